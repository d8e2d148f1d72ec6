import json, os, sys, subprocess, random, shutil, re, io
sys.path.insert(0, os.path.dirname(__file__))
from data import P
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "files"); TMP = "/tmp/w80build"
os.makedirs(OUT, exist_ok=True); os.makedirs(TMP, exist_ok=True)
random.seed(80)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"; FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

VISA = {"j1": "Visa status: Will require J-1 visa sponsorship (ECFMG)", "h1b": "Visa status: Currently on H-1B visa",
        "b1b2": "Visa status: Holds valid B1/B2 visitor visa (valid till 2029)", "green_card": "Visa status: US Permanent Resident (Green Card holder)"}
ECF = {"certified": "ECFMG Certified (Certificate issued 2024)", "pending": "ECFMG certification: pending (awaiting OET result)",
       "not_certified": "ECFMG status: Not yet certified"}
SPELL = {"Obstetrics and Gynecology": "Obstetrics & Gynaecology", "Pulmonology/Critical Care": "Pulmonary & Critical Care Medicine",
         "Hematology/Oncology": "Hematology-Oncology"}

def sc(v): return "Not yet taken" if v is None else ("Pass" if v == "pass" else str(v))
def fullname(p): return (p["title"] + " " if p["title"] else "") + p["name"]

HV = {"Career Objective": ["Career Objective", "Objective", "Professional Summary"],
      "Educational Qualifications": ["Educational Qualifications", "Academic Qualification", "Education"],
      "US Clinical Experience": ["US Clinical Experience", "USCE (United States Clinical Experience)", "Clinical Rotations in USA"],
      "Clinical Experience (Home Country)": ["Clinical Experience (Home Country)", "Work Experience", "Professional Experience"],
      "Languages Known": ["Languages Known", "Languages", "Linguistic Proficiency"],
      "Personal Details": ["Personal Details", "Personal Profile", "Personal Information"],
      "Referees": ["Referees", "References", "Referees (contact with prior notice)"],
      "USMLE Scores": ["USMLE Scores", "USMLE", "Licensing Examinations"]}

def sections(p):
    S = _sections(p); v = p.get("v", 0)
    return [(HV[h][v] if h in HV else h, k, c) for h, k, c in S]

def _sections(p):
    """Return list of (heading, kind, content). kind: 'lines' | 'kv' | 'table'."""
    S = []
    specs = " / ".join(SPELL.get(s, s) for s in p["spec"])
    S.append(("Career Objective", "lines", [f"Dedicated {'medical student' if p['student'] else 'physician'} seeking US clinical experience and a residency position in {specs}, to contribute to patient care in a teaching hospital environment."]))
    edu = []
    if p["student"]:
        edu.append(f"MBBS (Final Year, expected {p['grad']}) — {p['school']}, affiliated to {p['univ']}")
    else:
        aff = p['univ'] if p['univ'].startswith(p['school']) else f"{p['school']}, affiliated to {p['univ']}"
        edu.append(f"MBBS — {aff} — {p['grad']}")
    if p["pg"]: edu.append(p["pg"])
    edu.append("Higher Secondary (12th / F.Sc. Pre-Medical) — " + str((p['grad'] - 6) if isinstance(p['grad'], int) else '') )
    S.append(("Educational Qualifications", "lines", edu))
    if p["s1"] is None and p["s2"] is None:
        S.append(("USMLE", "lines", ["Preparing for USMLE Step 1 (NBME Form 30 practice score: 68%; UWSA2: 231). PLAB 1 passed (2023)."]))
    else:
        S.append(("USMLE Scores", "table", [["Examination", "Score", "Attempt"], ["Step 1", sc(p["s1"]), "First"],
                                              ["Step 2 CK", sc(p["s2"]), "First" if p["s2"] else "-"], ["Step 3", sc(p["s3"]), "First" if p["s3"] else "-"]]))
    ex = []
    if p["ecfmg"]: ex.append(ECF[p["ecfmg"]])
    if p["visa"]: ex.append(VISA[p["visa"]])
    if ex: S.append(("ECFMG / Visa", "lines", ex))
    if p["usce"]:
        S.append(("US Clinical Experience", "lines", [u[5] for u in p["usce"]]))
    S.append(("Clinical Experience (Home Country)", "lines", p["home"]))
    if p["pubs"]:
        S.append(("Publications & Presentations", "lines", [x[0] for x in p["pubs"]]))
    S.append(("Languages Known", "lines", [", ".join(p["langs"])]))
    S.append(("Personal Details", "kv", [["Father's Name", p["father"]], ["Date of Birth", p["dob"]], ["Marital Status", p["marital"]],
                                         ["Nationality", {"IN": "Indian", "PK": "Pakistani", "BD": "Bangladeshi"}[p["country"]]],
                                         ["Medical Registration", p["reg"]]] +
                                        ([["CNIC No.", "3520%d-%07d-%d" % (p["grad"] % 10, p["grad"] * 331 % 9999991, p["grad"] % 9)]] if p["country"] == "PK" else
                                         [["Gender", "Female" if p["name"].split()[0] in ("Priyanka", "Sneha", "Nusrat", "Rumana", "Ananya") else "Male"]] if p["country"] == "IN" else [])))
    S.append(("Hobbies & Interests", "lines", ["Reading medical journals, cricket, volunteering at free medical camps (blood donation drives, flood relief 2022)"]))
    S.append(("Referees", "lines", [f"{r[0]} — Email: {r[1]} — Tel: {r[2]}" for r in p["refs"]]))
    city = {"IN": "Bengaluru", "PK": "Lahore", "BD": "Dhaka"}[p["country"]]
    S.append(("Declaration", "lines", ["I hereby declare that the information furnished above is true to the best of my knowledge and belief.",
                                       f"Place: {city}        Date: 15/11/2025", f"({p['name']})", "Signature"]))
    return S

def contact_line(p): return f"Mobile: {p['phone']} | Email: {p['email']}"

def to_text(p, caps=False):
    L = [fullname(p).upper() if caps else fullname(p)] + ([p["native"]] if p.get("native") else []) + [contact_line(p), ""]
    for h, k, c in sections(p):
        L.append(h.upper() if caps else h); L.append("-" * len(h))
        if k == "lines": L += ["  * " + x for x in c]
        elif k == "kv": L += [f"  {a:<22}: {b}" for a, b in c]
        else: L += ["  " + "  ".join(f"{x:<12}" for x in row) for row in c]
        L.append("")
    return "\n".join(L)

# ---------- renderers ----------
def r_txt(p, path, caps=False):
    open(path, "w", encoding="utf-8").write(to_text(p, caps))

def r_docx(p, path, contacts_in="body", textbox=False):
    from docx import Document
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document(); st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    sec = d.sections[0]
    if contacts_in in ("header", "headerfooter"):
        hp = sec.header.paragraphs[0]; hp.text = f"{fullname(p)}  |  {p['phone']}"; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp = sec.footer.paragraphs[0]; fp.text = f"E-mail: {p['email']}   •   Curriculum Vitae"; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = d.add_paragraph(); r = t.add_run("CURRICULUM VITAE"); r.bold = True; r.font.size = Pt(16); t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    n = d.add_paragraph(); r = n.add_run(fullname(p)); r.bold = True; r.font.size = Pt(13)
    if p.get("native"): d.add_paragraph(p["native"])
    if contacts_in == "textbox":
        from docx.oxml import parse_xml
        x = ('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml" '
             'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict><v:shape id="tb1" type="#_x0000_t202" '
             'style="position:absolute;margin-left:300pt;margin-top:-40pt;width:190pt;height:60pt;z-index:1" strokecolor="#1f3b5a">'
             '<v:textbox><w:txbxContent>'
             f'<w:p><w:r><w:t>Cell: {esc(p["phone"])}</w:t></w:r></w:p><w:p><w:r><w:t>{esc(p["email"])}</w:t></w:r></w:p>'
             '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
        n._p.append(parse_xml(x))
    if contacts_in == "body":
        d.add_paragraph(contact_line(p))
    elif contacts_in == "table":
        tb = d.add_table(rows=1, cols=2); tb.style = "Table Grid"
        tb.cell(0, 0).text = f"Mobile No.: {p['phone']}"; tb.cell(0, 1).text = f"E-mail ID: {p['email']}"
    for h, k, c in sections(p):
        hp = d.add_paragraph(); rr = hp.add_run(h); rr.bold = True; rr.underline = True; rr.font.size = Pt(12)
        if k == "lines":
            for x in c: d.add_paragraph(x, style="List Bullet")
        else:
            tb = d.add_table(rows=0, cols=len(c[0])); tb.style = "Table Grid"
            for row in c:
                cells = tb.add_row().cells
                for i, v in enumerate(row): cells[i].text = (v + " :" if (k == "kv" and i == 0) else v)
    d.save(path)

def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)

def esc(s): return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def r_html_pdf(p, path, style="sidebar"):
    secs = sections(p)
    def body(ss):
        o = ""
        for h, k, c in ss:
            o += f"<h2>{esc(h)}</h2>"
            if k == "lines": o += "<ul>" + "".join(f"<li>{esc(x)}</li>" for x in c) + "</ul>"
            else: o += "<table>" + "".join("<tr>" + "".join(f"<td>{esc(v)}</td>" for v in row) + "</tr>" for row in c) + "</table>"
        return o
    if style == "sidebar":
        side = [s for s in secs if s[0] in ("Languages Known", "Personal Details")]
        main = [s for s in secs if s not in side]
        html = f"""<html><head><meta charset="utf-8"><style>
        body{{font-family:'Liberation Sans',sans-serif;font-size:10pt;margin:0;display:flex}}
        .side{{width:34%;background:#1f3b5a;color:#fff;padding:18px;min-height:100vh}} .main{{width:66%;padding:18px}}
        h1{{font-size:18pt;margin:0}} h2{{font-size:11pt;border-bottom:1px solid #999;margin:10px 0 4px}} td{{padding:2px 4px;vertical-align:top}}
        ul{{margin:2px 0 2px 14px;padding:0}} .side td{{color:#fff}}</style></head><body>
        <div class="side"><h1>{esc(fullname(p))}</h1><p>☎ {esc(p['phone'])}</p><p>✉ {esc(p['email'])}</p>{body(side)}</div>
        <div class="main">{body(main)}</div></body></html>"""
    else:
        html = f"""<html><head><meta charset="utf-8"><style>
        body{{font-family:'Liberation Serif',serif;font-size:10.5pt;margin:28px}} h1{{text-align:center;margin:0}} .c{{text-align:center}}
        h2{{font-size:11.5pt;background:#ddd;padding:2px 6px;margin:12px 0 4px}} table{{border-collapse:collapse}} td{{border:1px solid #444;padding:3px 8px}}
        </style></head><body><h1>{esc(fullname(p))}</h1><p class="c">{esc(contact_line(p))}</p>{body(secs)}</body></html>"""
    hp = os.path.join(TMP, os.path.basename(path) + ".html"); open(hp, "w", encoding="utf-8").write(html)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", f"--print-to-pdf={path}", hp],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)

def r_reportlab(p, path, twocol=False, fs=10):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Frame, PageTemplate, BaseDocTemplate
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", FONT)); pdfmetrics.registerFont(TTFont("DVB", FONTB))
    ss = getSampleStyleSheet()
    N = ParagraphStyle("n", parent=ss["Normal"], fontName="DV", fontSize=fs, leading=fs * 1.25)
    H = ParagraphStyle("h", parent=N, fontName="DVB", fontSize=fs + 1.5, spaceBefore=5, spaceAfter=2, textColor=colors.HexColor("#003366"))
    T = ParagraphStyle("t", parent=N, fontName="DVB", fontSize=fs + 6, leading=fs + 9)
    st = [Paragraph(esc(fullname(p)), T), Paragraph(esc(contact_line(p)), N), Spacer(1, 6)]
    for h, k, c in sections(p):
        st.append(Paragraph(esc(h), H))
        if k == "lines": st += [Paragraph("• " + esc(x), N) for x in c]
        else:
            tb = Table([[Paragraph(esc(v), N) for v in row] for row in c])
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey)])); st.append(tb)
    if twocol:
        doc = BaseDocTemplate(path, pagesize=A4, leftMargin=30, rightMargin=30, topMargin=30, bottomMargin=30)
        w = (A4[0] - 60 - 12) / 2
        f1 = Frame(30, 30, w, A4[1] - 60, id="a"); f2 = Frame(30 + w + 12, 30, w, A4[1] - 60, id="b")
        doc.addPageTemplates([PageTemplate(id="two", frames=[f1, f2])])
        doc.build(st)
    else:
        SimpleDocTemplate(path, pagesize=A4, leftMargin=40, rightMargin=40, topMargin=36, bottomMargin=36).build(st)

def r_fpdf(p, path, table=False):
    from fpdf import FPDF
    pdf = FPDF(format="A4"); pdf.add_font("DV", "", FONT); pdf.add_font("DV", "B", FONTB); pdf.set_auto_page_break(True, 15)
    pdf.add_page(); pdf.set_font("DV", "B", 15); pdf.cell(0, 8, fullname(p), new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.set_font("DV", "", 9.5); pdf.cell(0, 6, contact_line(p), new_x="LMARGIN", new_y="NEXT", align="C"); pdf.ln(2)
    for h, k, c in sections(p):
        pdf.set_font("DV", "B", 11); pdf.set_fill_color(220, 230, 240); pdf.cell(0, 7, h, new_x="LMARGIN", new_y="NEXT", fill=True)
        pdf.set_font("DV", "", 9.5)
        if k == "lines":
            for x in c: pdf.multi_cell(0, 5, "- " + x, new_x="LMARGIN", new_y="NEXT")
        else:
            with pdf.table(col_widths=None if len(c[0]) > 2 else (40, 120)) as t:
                for row in c:
                    rr = t.row()
                    for v in row: rr.cell(v)
        pdf.ln(1)
    pdf.output(path)

def r_odt(p, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.text import P as OP, H as OH
    from odf.table import Table as OT, TableRow, TableCell, TableColumn
    doc = OpenDocumentText()
    b = Style(name="B", family="paragraph"); b.addElement(TextProperties(fontweight="bold", fontsize="13pt")); doc.automaticstyles.addElement(b)
    doc.text.addElement(OP(stylename=b, text=fullname(p))); doc.text.addElement(OP(text=contact_line(p)))
    for i, (h, k, c) in enumerate(sections(p)):
        doc.text.addElement(OH(outlinelevel=2, text=h))
        if k == "lines":
            for x in c: doc.text.addElement(OP(text="• " + x))
        else:
            t = OT(name=f"T{i}"); t.addElement(TableColumn(numbercolumnsrepeated=len(c[0])))
            for row in c:
                tr = TableRow(); t.addElement(tr)
                for v in row:
                    tc = TableCell(); tc.addElement(OP(text=v)); tr.addElement(tc)
            doc.text.addElement(t)
    doc.save(path)

def rtf_esc(s):
    o = ""
    for ch in s:
        if ch in "\\{}": o += "\\" + ch
        elif ord(ch) > 127: o += "\\u%d?" % (ord(ch) if ord(ch) < 32768 else ord(ch) - 65536)
        else: o += ch
    return o

def r_rtf(p, path):
    o = [r"{\rtf1\ansi\deff0{\fonttbl{\f0 Times New Roman;}{\f1 Arial;}}\paperw11906\paperh16838\margl1134\margr1134",
         r"\pard\qc\f1\fs32\b " + rtf_esc(fullname(p)) + r"\b0\par", r"\pard\qc\fs20 " + rtf_esc(contact_line(p)) + r"\par\pard\par"]
    for h, k, c in sections(p):
        o.append(r"\pard\f1\fs22\b\ul " + rtf_esc(h) + r"\ulnone\b0\par\f0\fs20")
        if k == "lines":
            for x in c: o.append(r"\pard\li360\fi-200 \bullet  " + rtf_esc(x) + r"\par")
        else:
            for row in c:
                o.append(r"\trowd\trgaph100" + "".join(r"\clbrdrt\brdrs\clbrdrb\brdrs\clbrdrl\brdrs\clbrdrr\brdrs\cellx%d" % (2600 * (i + 1)) for i in range(len(row))))
                o.append(r"\pard\intbl " + "".join(rtf_esc(v) + r"\cell " for v in row) + r"\row")
            o.append(r"\pard\par")
    o.append("}")
    open(path, "w", encoding="ascii").write("\n".join(o))

# ---------- scans ----------
def degrade_pages(pdf, n, dpi=110, seed=0):
    from PIL import Image, ImageFilter, ImageEnhance
    import numpy as np
    pref = os.path.join(TMP, f"scan{n}")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", pdf, pref], check=True)
    imgs = []
    rnd = random.Random(seed)
    for f in sorted(x for x in os.listdir(TMP) if x.startswith(f"scan{n}-")):
        im = Image.open(os.path.join(TMP, f)).convert("L")
        im = ImageEnhance.Contrast(im).enhance(rnd.uniform(0.55, 0.75))
        im = im.rotate(rnd.choice([-1, 1]) * rnd.uniform(0.6, 1.8), resample=Image.BICUBIC, expand=True, fillcolor=235)
        im = im.filter(ImageFilter.GaussianBlur(rnd.uniform(0.5, 0.9)))
        a = np.asarray(im).astype("int16"); a = a + np.random.default_rng(seed).normal(0, 12, a.shape).astype("int16")
        im = Image.fromarray(a.clip(0, 255).astype("uint8"))
        imgs.append(im)
    return imgs

# ---------- plan ----------
PLAN = [  # (idx, layout, ext, renderer)
 (0, "docx_naukri_table", "docx"), (1, "lo_docx_pdf_header", "pdf"), (2, "chromium_sidebar", "pdf"), (3, "reportlab_classic", "pdf"),
 (4, "fpdf2_fcps", "pdf"), (5, "txt_plain", "txt"), (6, "odt_odfpy", "odt"), (7, "rtf_word", "rtf"),
 (8, "docx_header_footer", "docx"), (9, "chromium_usmle_table", "pdf"), (10, "lo_odt_pdf", "pdf"), (11, "reportlab_twocol", "pdf"),
 (12, "txt_caps", "txt"), (13, "fpdf2_table", "pdf"), (14, "lo_docx_odt", "odt"), (15, "docx_textbox", "docx"),
 (16, "scan_png", "png"), (17, "scan_jpg", "jpg"), (18, "scan_pdf_image", "pdf"), (19, "scan_jpg_phone", "jpg"), (20, "scan_pdf_lowcontrast", "pdf"),
 (None, "damaged_truncated", "pdf"), (None, "damaged_encrypted", "pdf"), (None, "damaged_random", "docx")]

def months(a, b):
    y1, m1 = map(int, a.split("-")); y2, m2 = map(int, b.split("-")); return (y1, m1), (y2, m2)

def usce_count(entries):
    s = set()
    for e in entries:
        (y1, m1), (y2, m2) = months(e["start"], e["end"])
        k = y1 * 12 + m1 - 1
        while k <= y2 * 12 + m2 - 1: s.add(k); k += 1
    return len(s)

def truth(p, fn, layout, scan=False):
    ent = [{"type": u[0], "specialty": u[1], "state": u[2], "start": u[3], "end": "2026-12" if u[4] == "present" else u[4]} for u in p["usce"]]
    t = {"file": fn, "layout": layout, "full_name": p["name"], "email": p["email"], "phone_e164": p["e164"], "medical_school": p["school"],
         "medical_school_country": p["country"], "graduation_year": p["grad"], "is_student": p["student"], "usmle_step1": p["s1"],
         "usmle_step2ck": p["s2"], "usmle_step3": p["s3"], "ecfmg_status": p["ecfmg"], "specialties": p["spec"], "languages": p["langs"],
         "visa_status": p["visa"], "publications": sum(1 for x in p["pubs"] if x[1]), "usce_months": usce_count(ent),
         "usce_months_clinical": usce_count([e for e in ent if e["type"] in ("hands_on", "observership")]), "usce_entries": ent}
    if scan: t["needs_ocr"] = True
    return t

def main():
    for f in os.listdir(OUT): os.remove(os.path.join(OUT, f))
    T = []; good_pdf = None
    for n, (idx, layout, ext) in enumerate(PLAN, 1):
        fn = f"w80_{n:03d}_{layout}.{ext}"; path = os.path.join(OUT, fn)
        p = P[idx] if idx is not None else None
        if p is not None: p["v"] = n % 3
        print("building", fn, flush=True)
        if layout == "docx_naukri_table": r_docx(p, path, "table")
        elif layout == "docx_textbox": r_docx(p, path, "textbox")
        elif layout == "lo_docx_pdf_header":
            src = os.path.join(TMP, fn[:-4] + ".docx"); r_docx(p, src, "header"); soffice(src, "pdf", TMP); shutil.copy(src[:-5] + ".pdf", path)
        elif layout == "chromium_sidebar": r_html_pdf(p, path, "sidebar")
        elif layout == "chromium_usmle_table": r_html_pdf(p, path, "plain")
        elif layout == "reportlab_classic": r_reportlab(p, path)
        elif layout == "reportlab_twocol": r_reportlab(p, path, twocol=True, fs=8.5)
        elif layout.startswith("fpdf2"): r_fpdf(p, path)
        elif layout == "txt_plain": r_txt(p, path)
        elif layout == "txt_caps": r_txt(p, path, caps=True)
        elif layout == "odt_odfpy": r_odt(p, path)
        elif layout == "rtf_word": r_rtf(p, path)
        elif layout == "docx_header_footer": r_docx(p, path, "headerfooter")
        elif layout == "lo_odt_pdf":
            src = os.path.join(TMP, fn[:-4] + ".odt"); r_odt(p, src); soffice(src, "pdf", TMP); shutil.copy(src[:-4] + ".pdf", path)
        elif layout == "lo_docx_odt":
            src = os.path.join(TMP, fn[:-4] + ".docx"); r_docx(p, src, "body"); soffice(src, "odt", TMP); shutil.copy(src[:-5] + ".odt", path)
        elif layout == "lo_rtf_docx":
            src = os.path.join(TMP, fn[:-5] + ".rtf"); r_rtf(p, src); soffice(src, "docx:MS Word 2007 XML", TMP); shutil.copy(src[:-4] + ".docx", path)
        elif layout.startswith("scan"):
            src = os.path.join(TMP, fn + ".src.pdf"); r_reportlab(p, src, fs=7.2 if ext in ("png", "jpg") else (12 if "2page" in layout else 10))
            imgs = degrade_pages(src, n, dpi=130 if ext != "pdf" else 110, seed=n)
            if ext == "png": imgs[0].save(path)
            elif ext == "jpg": imgs[0].save(path, quality=55)
            else: imgs[0].save(path, "PDF", resolution=110, save_all=True, append_images=imgs[1:])
        elif layout == "damaged_truncated":
            data = open(os.path.join(OUT, "w80_004_reportlab_classic.pdf"), "rb").read(); open(path, "wb").write(data[: int(len(data) * 0.38)])
        elif layout == "damaged_encrypted":
            from pypdf import PdfReader, PdfWriter
            w = PdfWriter(); [w.add_page(pg) for pg in PdfReader(os.path.join(OUT, "w80_010_chromium_usmle_table.pdf")).pages]
            w.encrypt(user_password="cv2025", owner_password="owner-w80"); w.write(path)
        elif layout == "damaged_random":
            open(path, "wb").write(random.Random(8080).randbytes(23456))
        if p is None: T.append({"file": fn, "layout": layout, "error": True})
        else: T.append(truth(p, fn, layout, scan=layout.startswith("scan")))
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for t in T: f.write(json.dumps(t, ensure_ascii=False) + "\n")

if __name__ == "__main__": main()
