import json, os, sys, subprocess, html, shutil, random
sys.path.insert(0, os.path.dirname(__file__))
from data import P
W = "/work/blind/w82"; F = W + "/files"; T = "/tmp/w82build"
os.makedirs(F, exist_ok=True); os.makedirs(T, exist_ok=True)
def fn(p): return f"w82_{p['n']:03d}_{p['layout']}.{p['fmt']}"

def sections(p):
    """ordered list of (heading, [lines]) shared by all renderers"""
    S = []
    S.append(("Profile", [f"{'Physician' if not p['student'] else 'Medical student'} from {p['addr'].split(', ')[-1]} seeking US clinical experience. Specialty interest: {p['spec']}."]))
    ed = [f"{p['school']} — {p['grad']}"]
    S.append(("Education", ed))
    ex = [x for x in [p['s1'], p['s2'], p['s3'], p['ecfmg']] if x] + p['extra']
    if ex: S.append(("Examinations & Certification", ex))
    if p['rot']: S.append(("US Clinical Experience", [f"{r['title']} | {r['place']} | {r['date']}" for r in p['rot']]))
    if p['other']: S.append(("Clinical Experience (outside the US)", [f"{r['title']} | {r['place']} | {r['date']}" for r in p['other']]))
    if p['pubs']: S.append(("Peer-reviewed Publications", p['pubs']))
    if p['posters']: S.append(("Presentations & Other Work", p['posters']))
    S.append(("Languages", [", ".join(p['langs'])]))
    info = [f"Year of birth: {p['born']}"] + ([p['visa']] if p['visa'] else [])
    S.append(("Personal", info))
    S.append(("Referees", p['refs']))
    return S

def disp_name(p): return " ".join(x for x in [p['pre'], p['name']] if x) + (", " + p['post'] if p['post'] else "")
def esc(s): return html.escape(s)

# ---------------- HTML / Chromium ----------------
def html_doc(p, style):
    S = sections(p); nm = esc(disp_name(p))
    contacts = [("✉", p['email']), ("☎", p['phone']), ("⌂", p['addr'])]
    def sec_html(h, lines, cls="sec"):
        if h == "US Clinical Experience" and style == "timeline":
            items = "".join(f"<div class='ti'><div class='dot'></div><b>{esc(r['date'])}</b><br>{esc(r['title'])}, {esc(r['place'])}</div>" for r in p['rot'])
            return f"<div class='{cls}'><h2>{esc(h)}</h2><div class='tl'>{items}</div></div>"
        return f"<div class='{cls}'><h2>{esc(h)}</h2>" + "".join(f"<p>{esc(l)}</p>" for l in lines) + "</div>"
    bars = "".join(f"<div class='sk'>{esc(n)}<div class='bar'><div style='width:{v}%'></div></div></div>" for n, v in p['skills'])
    css = """body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10pt;margin:0;color:#222}h2{font-size:11pt;color:#0b5;border-bottom:1px solid #ccc;margin:8px 0 4px}
    p{margin:2px 0}.bar{background:#ddd;height:6px;width:100%}.bar div{background:#0b5;height:6px}.sk{margin:4px 0;font-size:9pt}"""
    if style == "sidebar":
        side = f"<div class='side'><div class='ph'>{''.join(n[0] for n in p['name'].split()[:2])}</div>" + "".join(f"<p><span class='ic'>{i}</span> {esc(v)}</p>" for i, v in contacts) + \
               "".join(sec_html(h, l) for h, l in S if h in ("Languages", "Personal")) + (f"<h2>Skills</h2>{bars}" if bars else "") + "</div>"
        main = f"<div class='main'><h1>{nm}</h1>" + "".join(sec_html(h, l) for h, l in S if h not in ("Languages", "Personal")) + "</div>"
        body = f"<div class='wrap'>{side}{main}</div>"
        css += ".wrap{display:flex}.side{width:32%;background:#123d5a;color:#fff;padding:14px;min-height:270mm}.side h2{color:#9fe}.main{width:68%;padding:14px}.ph{width:60px;height:60px;border-radius:30px;background:#9fe;color:#123;font-size:22pt;text-align:center;line-height:60px}h1{font-size:18pt;margin:0 0 6px}"
    elif style == "cards":
        band = f"<div class='band'><h1>{nm}</h1><div class='icons'>" + "".join(f"<span>{i} {esc(v)}</span>" for i, v in contacts) + "</div></div>"
        cols = [[], [], []]
        for k, (h, l) in enumerate(S): cols[k % 3].append(sec_html(h, l, "card"))
        body = band + "<div class='cols'>" + "".join(f"<div class='col'>{''.join(c)}</div>" for c in cols) + "</div>"
        css += ".band{background:#7a1f5c;color:#fff;padding:14px 20px}.band h1{margin:0;font-size:20pt}.icons span{margin-right:18px;font-size:9pt}.cols{display:flex;gap:8px;padding:10px}.col{flex:1}.card{background:#f6eef3;border-radius:8px;padding:8px;margin-bottom:8px}.card h2{color:#7a1f5c}"
    elif style == "timeline":
        band = f"<div class='band'><h1>{nm}</h1><p>{esc(p['email'])} &nbsp;|&nbsp; {esc(p['phone'])} &nbsp;|&nbsp; {esc(p['addr'])}</p></div>"
        body = band + "<div class='main'>" + "".join(sec_html(h, l) for h, l in S) + "</div>"
        css += ".band{background:#e08a00;color:#fff;padding:14px 24px}.band h1{margin:0}.main{padding:6px 24px}.tl{border-left:3px solid #e08a00;margin-left:8px;padding-left:14px}.ti{position:relative;margin:6px 0}.dot{position:absolute;left:-21px;top:3px;width:10px;height:10px;border-radius:5px;background:#e08a00}"
    else:  # icons + bars, two-column right sidebar
        top = f"<div class='top'><h1>{nm}</h1><div class='icons'>" + "".join(f"<div><span class='ic'>{i}</span>{esc(v)}</div>" for i, v in contacts) + "</div></div>"
        left = "".join(sec_html(h, l) for h, l in S if h not in ("Languages", "Personal", "Referees"))
        right = "".join(sec_html(h, l) for h, l in S if h in ("Languages", "Personal", "Referees")) + f"<h2>Skills</h2>{bars}"
        body = top + f"<div class='wrap'><div class='l'>{left}</div><div class='r'>{right}</div></div>"
        css += ".top{border-bottom:4px solid #2a7;padding:14px 20px;display:flex;justify-content:space-between}.top h1{margin:0;font-size:20pt}.ic{display:inline-block;width:16px;height:16px;border-radius:8px;background:#2a7;color:#fff;text-align:center;font-size:8pt;margin-right:4px}.wrap{display:flex;padding:10px 20px;gap:16px}.l{width:64%}.r{width:36%;background:#eef8f2;padding:8px}"
    return f"<!doctype html><html><head><meta charset='utf-8'><style>@page{{size:A4;margin:0}}{css}</style></head><body>{body}</body></html>"

def chromium_pdf(htmltext, out):
    src = f"{T}/{os.path.basename(out)}.html"; open(src, "w").write(htmltext)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", f"--print-to-pdf={out}", "file://" + src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)

# ---------------- DOCX ----------------
def make_docx(p, out, style):
    from docx import Document
    from docx.shared import Pt, RGBColor
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = Document(); S = sections(p)
    st = d.styles['Normal']; st.font.name = 'Calibri'; st.font.size = Pt(10)
    sec = d.sections[0]
    def shade(cell, color):
        tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement('w:shd'); s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), color); tcPr.append(s)
    if style == "header_table":
        ht = sec.header.add_table(1, 3, sec.page_width - sec.left_margin - sec.right_margin)
        for c, v in zip(ht.rows[0].cells, [p['email'], p['phone'], p['addr']]): c.text = v
        d.add_heading(disp_name(p), 0)
    elif style == "footer":
        d.add_heading(disp_name(p), 0)
        sec.footer.paragraphs[0].text = f"Contact: {p['email']}  •  Tel/WhatsApp {p['phone']}  •  {p['addr']}"
    elif style == "band":
        t = d.add_table(1, 1); c = t.rows[0].cells[0]; shade(c, "1F4E79")
        r = c.paragraphs[0].add_run(disp_name(p)); r.bold = True; r.font.size = Pt(20); r.font.color.rgb = RGBColor(255, 255, 255)
        r2 = c.add_paragraph().add_run(f"☎ {p['phone']}    ✉ {p['email']}    ⌂ {p['addr']}"); r2.font.color.rgb = RGBColor(255, 255, 255)
    else:
        r0 = d.add_paragraph().add_run(p['name']); r0.bold = True; r0.font.size = Pt(16)
        d.add_paragraph(f"{p['addr']} | {p['phone']} | {p['email']}")
    for h, lines in S:
        if style == "header_table" and h == "US Clinical Experience":
            d.add_heading(h, 1); t = d.add_table(1, 3); t.style = 'Table Grid'
            for c, v in zip(t.rows[0].cells, ["Rotation", "Location", "Dates"]): c.text = v
            for r in p['rot']:
                row = t.add_row().cells; row[0].text, row[1].text, row[2].text = r['title'], r['place'], r['date']
            continue
        if style == "band":
            t = d.add_table(1, 1); shade(t.rows[0].cells[0], "DDEBF7"); t.rows[0].cells[0].paragraphs[0].add_run(h.upper()).bold = True
        else:
            d.add_heading(h, 1)
        for l in lines: d.add_paragraph(l, style='List Bullet' if h in ("US Clinical Experience", "Peer-reviewed Publications") else None)
    d.save(out)

# ---------------- ReportLab ----------------
def rl_pdf(p, out, style):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.lib import colors
    from reportlab.lib.utils import simpleSplit
    c = canvas.Canvas(out, pagesize=A4); Wd, H = A4; S = sections(p)
    fix = lambda s: s.replace("→", "->")
    if style == "band3":
        c.setFillColor(colors.HexColor("#0E6655")); c.rect(0, H - 95, Wd, 95, fill=1, stroke=0)
        c.setFillColor(colors.white); c.setFont("Helvetica-Bold", 22); c.drawString(30, H - 45, disp_name(p))
        c.setFont("Helvetica", 9)
        for k, v in enumerate([p['email'], p['phone'], p['addr']]): c.drawString(30 + k * 185, H - 75, v)
        colw = (Wd - 60 - 20) / 3; xs = [30, 30 + colw + 10, 30 + 2 * (colw + 10)]; ys = [H - 120] * 3
        for k, (h, lines) in enumerate(S):
            i = ys.index(max(ys)); x, y = xs[i], ys[i]
            c.setFillColor(colors.HexColor("#0E6655")); c.setFont("Helvetica-Bold", 10); c.drawString(x, y, h); y -= 14
            c.setFillColor(colors.black); c.setFont("Helvetica", 8)
            for l in lines:
                for ln in simpleSplit(fix(l), "Helvetica", 8, colw): c.drawString(x, y, ln); y -= 10
                y -= 3
            ys[i] = y - 10
    else:
        y = H - 50; c.setFont("Times-Bold", 16); c.drawCentredString(Wd / 2, y, disp_name(p)); y -= 16
        c.setFont("Times-Roman", 10); c.drawCentredString(Wd / 2, y, f"{p['addr']}  ·  {p['phone']}  ·  {p['email']}"); y -= 24
        for h, lines in S:
            c.setFont("Times-Bold", 11); c.drawString(50, y, h.upper()); c.line(50, y - 3, Wd - 50, y - 3); y -= 16; c.setFont("Times-Roman", 10)
            for l in lines:
                for ln in simpleSplit(fix(l), "Times-Roman", 10, Wd - 110): c.drawString(58, y, ln); y -= 12
                if y < 60: c.showPage(); y = H - 50; c.setFont("Times-Roman", 10)
            y -= 6
    c.save()

# ---------------- fpdf2 ----------------
def fpdf_pdf(p, out, style):
    from fpdf import FPDF
    lat = lambda s: s.replace("—", "-").replace("–", "-").replace("→", "->").replace("·", "-").replace("’", "'")
    pdf = FPDF(); pdf.add_page(); pdf.set_auto_page_break(True, 15); S = sections(p)
    pdf.set_fill_color(40, 60, 120); pdf.rect(0, 0, 210, 38, "F"); pdf.set_text_color(255, 255, 255)
    pdf.set_font("Helvetica", "B", 20); pdf.set_xy(12, 8); pdf.cell(0, 10, lat(disp_name(p)))
    pdf.set_font("Helvetica", "", 9)
    if style == "icons":
        pdf.set_xy(12, 24)
        for lab, v in [("@", p['email']), ("T", p['phone']), ("A", p['addr'])]:
            x, y = pdf.get_x(), pdf.get_y(); pdf.set_fill_color(255, 200, 0); pdf.ellipse(x, y + 0.5, 5, 5, "F")
            pdf.set_text_color(40, 60, 120); pdf.set_xy(x + 1.1, y); pdf.cell(4, 6, lab); pdf.set_text_color(255, 255, 255)
            pdf.set_xy(x + 6.5, y); pdf.cell(pdf.get_string_width(lat(v)) + 8, 6, lat(v))
        pdf.set_xy(12, 44); pdf.set_text_color(0, 0, 0)
        for h, lines in S:
            pdf.set_font("Helvetica", "B", 11); pdf.set_text_color(40, 60, 120); pdf.cell(0, 7, h, new_x="LMARGIN", new_y="NEXT"); pdf.set_text_color(0, 0, 0); pdf.set_font("Helvetica", "", 9)
            for l in lines: pdf.multi_cell(0, 5, lat(l), new_x="LMARGIN", new_y="NEXT")
    else:  # skill bars left column, main right
        pdf.set_xy(12, 22); pdf.cell(0, 6, lat(f"{p['email']}   |   {p['phone']}   |   {p['addr']}"))
        pdf.set_text_color(0, 0, 0); y = 46
        pdf.set_font("Helvetica", "B", 11); pdf.set_xy(10, y); pdf.cell(55, 6, "SKILLS"); y += 8; pdf.set_font("Helvetica", "", 8)
        for n, v in p['skills']:
            pdf.set_xy(10, y); pdf.cell(55, 4, lat(n)); y += 5; pdf.set_fill_color(220, 220, 220); pdf.rect(10, y, 50, 2.5, "F")
            pdf.set_fill_color(40, 60, 120); pdf.rect(10, y, 50 * v / 100, 2.5, "F"); y += 6
        pdf.set_left_margin(72); pdf.set_xy(72, 46)
        for h, lines in S:
            pdf.set_font("Helvetica", "B", 11); pdf.cell(0, 7, h.upper(), new_x="LMARGIN", new_y="NEXT"); pdf.set_font("Helvetica", "", 9)
            for l in lines: pdf.multi_cell(0, 5, lat(l), new_x="LMARGIN", new_y="NEXT")
    pdf.output(out)

# ---------------- ODT (odfpy) ----------------
def odt_doc(p, out):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    from odf.text import P as OP, H as OH, Span
    d = OpenDocumentText()
    ts = Style(name="Title1", family="paragraph"); ts.addElement(TextProperties(fontsize="20pt", fontweight="bold", color="#8B0000")); d.styles.addElement(ts)
    hs = Style(name="Head1", family="paragraph"); hs.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#8B0000")); hs.addElement(ParagraphProperties(margintop="0.3cm", borderbottom="0.5pt solid #8B0000")); d.styles.addElement(hs)
    tl = Style(name="TL", family="paragraph"); tl.addElement(ParagraphProperties(marginleft="0.8cm", borderleft="2pt solid #8B0000", padding="0.1cm")); d.automaticstyles.addElement(tl)
    d.text.addElement(OP(stylename=ts, text=disp_name(p)))
    d.text.addElement(OP(text=f"{p['email']}  |  {p['phone']}  |  {p['addr']}"))
    for h, lines in sections(p):
        d.text.addElement(OP(stylename=hs, text=h))
        for l in lines:
            if h == "US Clinical Experience":
                parts = l.split(" | "); d.text.addElement(OP(stylename=tl, text=f"● {parts[2]}  —  {parts[0]}, {parts[1]}"))
            else: d.text.addElement(OP(text=l))
    d.save(out)

# ---------------- RTF ----------------
def rtf_doc(p, out):
    def r(s): return "".join(c if ord(c) < 128 else f"\\u{ord(c) if ord(c) < 32768 else ord(c) - 65536}?" for c in s.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}"))
    o = ["{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}{\\f1 Arial;}}", f"\\qc\\f1\\fs32\\b {r(disp_name(p))}\\b0\\par", f"\\fs20 {r(p['addr'])} \\bullet  {r(p['phone'])} \\bullet  {r(p['email'])}\\par\\ql\\f0"]
    for h, lines in sections(p):
        o.append(f"\\par\\b\\fs22 {r(h.upper())}\\b0\\fs20\\par")
        for l in lines: o.append(f"{r(l)}\\par")
    o.append("}"); open(out, "w").write("\n".join(o))

def txt_doc(p, out):
    o = [disp_name(p), f"Email: {p['email']}    Mobile: {p['phone']}", p['addr'], "=" * 60]
    for h, lines in sections(p):
        o += ["", h.upper(), "-" * len(h)] + ["  * " + l for l in lines]
    open(out, "w").write("\n".join(o) + "\n")

# ---------------- scans ----------------
def degrade(pdf, out_img, seed, rot):
    from PIL import Image, ImageFilter, ImageEnhance
    base = f"{T}/scan{seed}"; subprocess.run(["pdftoppm", "-r", "150", "-f", "1", "-l", "1", "-png", pdf, base], check=True)
    im = Image.open(base + "-1.png").convert("L")
    im = im.rotate(rot, resample=Image.BICUBIC, expand=True, fillcolor=235)
    im = ImageEnhance.Contrast(im).enhance(0.7); im = im.filter(ImageFilter.GaussianBlur(0.8))
    rnd = random.Random(seed); px = im.load(); w, h = im.size
    for _ in range(w * h // 40):
        x, y = rnd.randrange(w), rnd.randrange(h); px[x, y] = max(0, min(255, px[x, y] + rnd.randint(-60, 60)))
    return im

def main():
    truth = []
    for p in P:
        out = f"{F}/{fn(p)}"; L = p['layout']; n = p['n']
        if n == 1: chromium_pdf(html_doc(p, "sidebar"), out)
        elif n == 2: make_docx(p, out, "header_table")
        elif n == 3:
            tmp = f"{T}/w82_003.docx"; make_docx(p, tmp, "band")
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", T, tmp], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
            shutil.move(f"{T}/w82_003.pdf", out)
        elif n == 4: rl_pdf(p, out, "band3")
        elif n == 5: fpdf_pdf(p, out, "bars")
        elif n == 6: txt_doc(p, out)
        elif n == 7: odt_doc(p, out)
        elif n == 8: rtf_doc(p, out)
        elif n == 9: chromium_pdf(html_doc(p, "cards"), out)
        elif n == 10: make_docx(p, out, "footer")
        elif n == 11: chromium_pdf(html_doc(p, "timeline"), out)
        elif n == 12: make_docx(p, out, "plain")
        elif n == 13: rl_pdf(p, out, "plain")
        elif n == 14: fpdf_pdf(p, out, "icons")
        elif n == 15:
            src = f"{T}/w82_015.html"; open(src, "w").write(html_doc(p, "sidebar").replace("display:flex", "display:block"))
            # HTML -> ODT via LibreOffice writer filter
            subprocess.run(["soffice", "--headless", "--convert-to", "odt:writer8", "--outdir", T, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
            shutil.move(f"{T}/w82_015.odt", out)
        elif n == 16: chromium_pdf(html_doc(p, "icons"), out)
        elif n >= 17:
            srcpdf = f"{T}/src{n}.pdf"
            if n == 17: chromium_pdf(html_doc(p, "timeline"), srcpdf)
            elif n == 21: chromium_pdf(html_doc(p, "sidebar"), srcpdf)
            elif n == 19: rl_pdf(p, srcpdf, "band3")
            else: rl_pdf(p, srcpdf, "plain")
            rot = {17: 1.2, 18: -0.8, 19: 0.6, 20: -1.7, 21: 1.9}[n]
            im = degrade(srcpdf, out, n, rot)
            if p['fmt'] == "png": im.save(out)
            elif p['fmt'] == "jpg": im.save(out, quality=55)
            else: im.convert("RGB").save(out, "PDF", resolution=150)
        t = dict(file=fn(p), layout=L, full_name=p['name'], email=p['email'], phone_e164=p['e164'], medical_school=p['school_key'],
                 medical_school_country=p['cc'], graduation_year=p['gy'], is_student=p['student'], usmle_step1=p['t1'], usmle_step2ck=p['t2'],
                 usmle_step3=p['t3'], ecfmg_status=p['tecfmg'], visa_status=p['tvisa'], specialties=p['tspec'], languages=p['tlangs'],
                 publications=p['npubs'])
        ents = [dict(type=r['type'], specialty=r['specialty'], state=r['state'], start=r['start'], end=r['end']) for r in p['rot']]
        def months(es):
            s = set()
            for e in es:
                y, m = map(int, e['start'].split('-')); ye, me = map(int, e['end'].split('-'))
                while (y, m) <= (ye, me): s.add((y, m)); m += 1; y, m = (y + 1, 1) if m == 13 else (y, m)
            return len(s)
        t['usce_months'] = months(ents); t['usce_months_clinical'] = months([e for e in ents if e['type'] in ("hands_on", "observership")])
        t['usce_entries'] = ents
        if n >= 17: t['needs_ocr'] = True
        truth.append(t)
    # damaged
    src = f"{F}/w82_013_reportlab_plain.pdf"; data = open(src, "rb").read()
    open(f"{F}/w82_022_truncated.pdf", "wb").write(data[:len(data) * 2 // 5])
    from pypdf import PdfReader, PdfWriter
    w = PdfWriter(); [w.add_page(pg) for pg in PdfReader(f"{F}/w82_001_chromium_sidebar.pdf").pages]; w.encrypt(user_password="abuja2025", owner_password="own3r!", algorithm="RC4-128")
    w.write(f"{F}/w82_023_encrypted.pdf")
    open(f"{F}/w82_024_random_bytes.docx", "wb").write(random.Random(24).randbytes(18000))
    for f, L in [("w82_022_truncated.pdf", "truncated"), ("w82_023_encrypted.pdf", "encrypted"), ("w82_024_random_bytes.docx", "random_bytes")]:
        truth.append(dict(file=f, layout=L, error=True))
    with open(W + "/truth.jsonl", "w") as fh:
        for t in truth: fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    print("built", len(truth))

if __name__ == "__main__": main()
