# -*- coding: utf-8 -*-
"""Builds /work/blind/w31/files/* and truth.jsonl from data.py. Run via build.sh (uses the venv)."""
import html, io, json, os, random, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FILES = os.path.join(ROOT, "files")
TMP = tempfile.mkdtemp(prefix="w31_")
sys.path.insert(0, HERE)
from data import P, DAMAGED  # noqa

random.seed(31)
W = "w31"


def fname(n, p=None, ext="pdf", layout=None):
    return f"{W}_{n:03d}_{layout or p['layout']}.{ext}"


# ------------------------------------------------------------------ truth
def months(s, e):
    y, m = map(int, s.split("-")); y2, m2 = map(int, e.split("-"))
    out = set()
    while (y, m) <= (y2, m2):
        out.add((y, m)); m += 1
        if m == 13: y, m = y + 1, 1
    return out


def truth(n, p, f, scan=False):
    ents = []
    for x in p["exps"] + p.get("other", []):
        if x["u"]:
            t, sp, st, s, e = x["u"]
            ents.append(dict(type=t, specialty=sp, state=st, start=s, end=e))
    allm, clin = set(), set()
    for e in ents:
        mm = months(e["start"], e["end"]); allm |= mm
        if e["type"] in ("hands_on", "observership"): clin |= mm
    d = dict(file=f, layout=p["layout"], full_name=p["name"], email=p["email"], phone_e164=p["phone_e164"],
             medical_school=p["school"], medical_school_country=p["cc"], graduation_year=p["grad_year"],
             is_student=p["is_student"], usmle_step1=p["s1"], usmle_step2ck=p["s2"], usmle_step3=p["s3"],
             ecfmg_status=p["ecfmg"], specialties=p["specs"], languages=p["langs"], visa_status=p["visa"],
             publications=len(p["pubs"]), usce_months=len(allm), usce_months_clinical=len(clin), usce_entries=ents)
    if scan: d["needs_ocr"] = True
    return d


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        raise SystemExit(f"FAILED {cmd}: {r.stderr[-800:]}")
    return r


def chromium_pdf(html_text, out):
    src = os.path.join(TMP, os.path.basename(out) + ".html")
    open(src, "w", encoding="utf-8").write(html_text)
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--print-to-pdf={out}", "file://" + src], timeout=180)


def chromium_png(html_text, out, w=1240, h=1754):
    src = os.path.join(TMP, os.path.basename(out) + ".html")
    open(src, "w", encoding="utf-8").write(html_text)
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", f"--window-size={w},{h}",
         f"--screenshot={out}", "file://" + src], timeout=180)


def soffice_convert(src, fmt, outdir):
    run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{TMP}/lo_profile",
         "--convert-to", fmt, "--outdir", outdir, src], timeout=300)


E = html.escape


def exam_block(p):
    lines = list(p["exams"])
    if p.get("ecfmg_disp"): lines.append(p["ecfmg_disp"])
    return lines


# ------------------------------------------------------------------ HTML layouts (Chromium)
BASE_CSS = """@page { size: Letter; margin: 14mm 14mm; } body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color:#222; }
h1 { margin:0; font-size: 21pt; } h2 { font-size: 11.5pt; text-transform: uppercase; letter-spacing: .06em; border-bottom: 1.5px solid #1f4e79; color:#1f4e79; margin: 14px 0 6px; }
ul { margin: 3px 0 3px 18px; padding:0 } li { margin: 1px 0 }"""


def pubs_html(p, heading="Publications (peer-reviewed)"):
    s = f"<h2>{heading}</h2><ol>" + "".join(f"<li>{E(x)}</li>" for x in p["pubs"]) + "</ol>" if p["pubs"] else ""
    if p["other_pubs"]:
        s += "<h2>Posters, Abstracts &amp; Other Work</h2><ul>" + "".join(f"<li>{E(x)}</li>" for x in p["other_pubs"]) + "</ul>"
    return s


def refs_html(p):
    if not p["refs"]: return ""
    return "<h2>References</h2>" + "".join(
        f"<p style='margin:3px 0'><b>{E(a)}</b><br>{E(b)}<br>{E(c)} · {E(d)}</p>" for a, b, c, d in p["refs"])


def html_rotation_table(p):
    rows = "".join(
        f"<tr><td>{E(x['t'])}</td><td>{E(x['org'])}</td><td>{E(x['city'])}</td><td>{E(x['st'])}</td><td class=d>{E(x['d'])}</td></tr>"
        for x in p["exps"])
    oth = "".join(f"<li><b>{E(x['t'])}</b>, {E(x['org'])}, {E(x['loc'])} — {E(x['d'])}</li>" for x in p["other"])
    css = BASE_CSS + """ table{border-collapse:collapse;width:100%;font-size:9pt} th{background:#1f4e79;color:#fff;text-align:left;padding:4px}
    td{border-bottom:1px solid #ccc;padding:3px 4px;vertical-align:top} td.d{white-space:nowrap} .hdr{display:flex;justify-content:space-between;align-items:flex-end}"""
    return f"""<html><head><meta charset='utf-8'><style>{css}</style></head><body>
<div class=hdr><div><h1>{E(p['name'])}</h1><div>{E(p['degree'])} · {E(p['grad_disp'])}</div></div>
<div style='text-align:right'>{E(p['address'])}<br>{E(p['phone'])}<br>{E(p['email'])}<br>{E(p['visa_disp'])}</div></div>
<h2>Career Objective</h2><p>{E(p['objective'])}</p>
<h2>Education</h2><p><b>{E(p['school_disp'])}</b><br>{E(p['degree'])} — {E(p['grad_disp'])}</p>
<h2>Licensing Examinations</h2><ul>{''.join(f'<li>{E(x)}</li>' for x in exam_block(p))}</ul>
<h2>U.S. Clinical Rotations</h2>
<table><tr><th>Rotation</th><th>Hospital</th><th>City</th><th>State</th><th>Dates</th></tr>{rows}</table>
<h2>Research &amp; Other Experience</h2><ul>{oth}</ul>
{pubs_html(p)}
<h2>Languages</h2><p>{E(p['langs_disp'])}</p>
{refs_html(p)}</body></html>"""


def html_timeline(p):
    items = "".join(
        f"<div class=item><div class=when>{E(x['d'])}</div><div class=dot></div><div class=what><b>{E(x['t'])}</b><br>{E(x['org'])} — {E(x['loc'])}"
        + (f"<br><i>{E(x['desc'])}</i>" if x['desc'] else "") + "</div></div>" for x in p["exps"])
    css = BASE_CSS + """ .item{display:flex;margin:0 0 8px} .when{width:120px;text-align:right;padding-right:10px;color:#555;font-size:9pt}
    .dot{width:10px;height:10px;border-radius:50%;background:#c0392b;margin-top:3px;flex:none} .what{padding-left:10px;border-left:2px solid #ddd;flex:1}
    .top{background:#f2f5f9;padding:10px 12px;border-radius:6px}"""
    return f"""<html><head><meta charset='utf-8'><style>{css}</style></head><body>
<div class=top><h1>Dr. {E(p['name'])}, {E(p['suffix'])}</h1>
<div>{E(p['email'])} &nbsp;|&nbsp; WhatsApp/Mobile: {E(p['phone'])} &nbsp;|&nbsp; {E(p['address'])}</div></div>
<h2>Objective</h2><p>{E(p['objective'])}</p>
<h2>Education</h2><p><b>{E(p['degree'])}</b>, {E(p['school_disp'])} &nbsp; <span style='color:#555'>{E(p['grad_disp'])}</span></p>
<h2>Examinations &amp; Certification</h2><ul>{''.join(f'<li>{E(x)}</li>' for x in exam_block(p))}</ul>
<p><b>Visa:</b> {E(p['visa_disp'])}</p>
<h2>Clinical &amp; Research Timeline</h2>{items}
{pubs_html(p)}
<h2>Languages</h2><p>{E(p['langs_disp'])}</p>
{refs_html(p)}</body></html>"""


def html_sidebar(p):
    langs = "".join(f"<li>{E(x)}</li>" for x in p["langs_disp"].split("|"))
    exps = "".join(
        f"<div class=exp><div class=row><b>{E(x['t'])}</b><span>{E(x['d'])}</span></div><div>{E(x['org'])}</div><div class=loc>{E(x['loc'])}</div>"
        + (f"<div class=desc>{E(x['desc'])}</div>" if x['desc'] else "") + "</div>" for x in p["exps"])
    css = """@page{size:A4;margin:0} body{margin:0;font-family:'DejaVu Sans',sans-serif;font-size:9.5pt;color:#222}
    .wrap{display:flex;min-height:297mm} .side{width:62mm;background:#16324f;color:#e9eef4;padding:16mm 7mm}
    .side h3{font-size:10pt;border-bottom:1px solid #7fa1c3;padding-bottom:2px;margin:16px 0 6px;text-transform:uppercase}
    .side ul{padding-left:14px;margin:0} .main{flex:1;padding:16mm 12mm} h1{font-size:20pt;margin:0;color:#16324f} .ar{font-size:13pt;color:#555;direction:rtl}
    h2{font-size:11pt;color:#16324f;border-bottom:2px solid #16324f;margin:14px 0 6px;text-transform:uppercase}
    .exp{margin-bottom:7px} .row{display:flex;justify-content:space-between} .row span{color:#555;white-space:nowrap;margin-left:8px}
    .loc{color:#666;font-style:italic} .desc{font-size:9pt}"""
    return f"""<html><head><meta charset='utf-8'><style>{css}</style></head><body><div class=wrap>
<div class=side><h3>Contact</h3><div>{E(p.get('dob',''))}</div><div>✉ {E(p['email'])}</div><div>☎ {E(p['phone'])}</div><div>⌂ {E(p['address'])}</div>
<h3>Languages</h3><ul>{langs}</ul>
<h3>USMLE</h3><ul>{''.join(f'<li>{E(x)}</li>' for x in p['exams'])}</ul>
<h3>Status</h3><div>{E(p['ecfmg_disp'])}</div><div>{E(p['visa_disp'])}</div>
<h3>References</h3>{''.join(f"<div style='margin-bottom:6px'><b>{E(a)}</b><br>{E(b)}<br>{E(c)}<br>{E(d)}</div>" for a,b,c,d in p['refs'])}
</div><div class=main><h1>{E(p['name'])}</h1><div class=ar>{E(p.get('name_alt',''))}</div><div>{E(p['degree'])}</div>
<h2>Profile</h2><p>{E(p['objective'])}</p>
<h2>Education</h2><p><b>{E(p['school_disp'])}</b><br>{E(p['degree'])}, {E(p['grad_disp'])}</p>
<h2>Clinical &amp; Research Experience</h2>{exps}
{pubs_html(p)}</div></div></body></html>"""


def html_eras_list(p):
    blocks = "".join(f"""<div class=blk><div class=k>Experience Type:</div><div>{'Research' if 'Research' in x['t'] else 'Clinical Rotation'}</div>
<div class=k>Position Title:</div><div>{E(x['t'])}</div><div class=k>Organization:</div><div>{E(x['org'])}</div>
<div class=k>City:</div><div>{E(x['city'])}</div><div class=k>State/Province:</div><div>{E(x['st'])}</div>
<div class=k>Dates:</div><div>{E(x['d'])}</div></div>""" for x in p["exps"])
    css = BASE_CSS + """ .blk{display:grid;grid-template-columns:120px 1fr;border:1px solid #ccd;padding:5px 8px;margin-bottom:6px;break-inside:avoid;font-size:9pt}
    .k{color:#555;font-weight:bold}"""
    return f"""<html><head><meta charset='utf-8'><style>{css}</style></head><body>
<h1>{E(p['name'])}, {E(p['suffix'])}</h1>
<p>Email: {E(p['email'])} · Cell: {E(p['phone'])} · {E(p['address'])}</p>
<h2>Medical Education</h2><p>{E(p['school_disp'])}<br>{E(p['degree'])} — {E(p['grad_disp'])}</p>
<h2>USMLE / Licensure</h2><ul>{''.join(f'<li>{E(x)}</li>' for x in exam_block(p))}</ul>
<h2>Specialty Interest</h2><p>{E(p['objective'])}</p>
<h2>Experiences</h2>{blocks}
{pubs_html(p, 'Peer Reviewed Journal Articles')}
<h2>Language Fluency</h2><p>{E(p['langs_disp'])}</p>
{refs_html(p)}</body></html>"""


def html_scan(p):
    """Plain one-page CV used as the source for scans."""
    exps = "".join(f"<p style='margin:4px 0'><b>{E(x['t'])}</b> — {E(x['org'])}, {E(x['loc'])}<br>{E(x['d'])}</p>" for x in p["exps"])
    pubs = "".join(f"<li>{E(x)}</li>" for x in p["pubs"])
    css = """body{font-family:'Liberation Serif',serif;font-size:17pt;margin:70px 80px;color:#111;background:#fff} h1{font-size:30pt;margin:0}
    h2{font-size:18pt;margin:16px 0 4px;border-bottom:1px solid #000}"""
    return f"""<html><head><meta charset='utf-8'><style>{css}</style></head><body>
<h1>{E(p['name'])}{', ' + E(p['suffix']) if p['suffix'] else ''}</h1>
<div>{E(p['email'])} | {E(p['phone'])} | {E(p['address'])}</div>
<h2>Education</h2><div>{E(p['school_disp'])}<br>{E(p['degree'])}, {E(p['grad_disp'])}</div>
<h2>Exams</h2><div>{'; '.join(E(x) for x in exam_block(p))}</div>
<div>{('Visa: ' + E(p['visa_disp'])) if p['visa_disp'] else ''}</div>
<h2>Experience</h2>{exps}
{('<h2>Publications</h2><ol>' + pubs + '</ol>') if pubs else ''}
<h2>Interests &amp; Languages</h2><div>{E(p['objective'])} Languages: {E(p['langs_disp'])}</div>
</body></html>"""


# ------------------------------------------------------------------ python-docx layouts
def docx_common():
    from docx import Document
    from docx.shared import Pt
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    for s in d.sections:
        from docx.shared import Cm
        s.left_margin = s.right_margin = Cm(1.8); s.top_margin = s.bottom_margin = Cm(1.6)
    return d


def add_table(d, header, rows, style="Table Grid"):
    from docx.shared import Pt
    t = d.add_table(rows=1, cols=len(header)); t.style = style
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]; c.text = ""; r = c.paragraphs[0].add_run(h); r.bold = True; r.font.size = Pt(9.5)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = ""
            parts = v.split("\n")
            para = cells[i].paragraphs[0]
            for j, part in enumerate(parts):
                if j: para = cells[i].add_paragraph()
                rr = para.add_run(part); rr.font.size = Pt(9.5)
    return t


def docx_sections_tail(d, p, pubs_title="Publications"):
    if p["pubs"]:
        d.add_heading(pubs_title, level=2)
        for x in p["pubs"]: d.add_paragraph(x, style="List Number")
    if p["other_pubs"]:
        d.add_heading("Presentations and Posters", level=2)
        for x in p["other_pubs"]: d.add_paragraph(x, style="List Bullet")
    d.add_heading("Languages", level=2); d.add_paragraph(p["langs_disp"])
    if p["refs"]:
        d.add_heading("References", level=2)
        for a, b, c, e in p["refs"]: d.add_paragraph(f"{a}\n{b}\n{c} | {e}")


def docx_rotation_table(p, out):
    d = docx_common()
    d.add_heading(f"{p['name']}, {p['suffix']}", level=0)
    d.add_paragraph(f"{p['address']}\nPhone: {p['phone']}   Email: {p['email']}")
    d.add_heading("Objective", level=2); d.add_paragraph(p["objective"])
    d.add_heading("Medical Education", level=2); d.add_paragraph(f"{p['degree']} — {p['school_disp']}\n{p['grad_disp']}")
    d.add_heading("USMLE & ECFMG", level=2)
    for x in exam_block(p): d.add_paragraph(x, style="List Bullet")
    d.add_paragraph(p["visa_disp"])
    d.add_heading("Clinical Experience", level=2)
    add_table(d, ["Type", "Specialty / Department", "Hospital", "Location", "Dates"],
              [[x["kind"], x["t"], x["org"], f"{x['city']},\n{x['st']}", x["d"]] for x in p["exps"]])
    docx_sections_tail(d, p)
    d.save(out)


def docx_eras(p, out):
    from docx.shared import Pt
    d = docx_common()
    h = d.add_paragraph(); r = h.add_run(p["name"]); r.bold = True; r.font.size = Pt(18)
    d.add_paragraph(f"{p['address']}  •  {p['phone']}  •  {p['email']}")
    d.add_heading("Medical Education", level=1)
    d.add_paragraph(f"{p['school_disp']}\n{p['degree']}    {p['grad_disp']}")
    d.add_heading("Licensure / Examinations", level=1)
    for x in exam_block(p) + [p["visa_disp"]]: d.add_paragraph(x)
    d.add_heading("Experiences", level=1)
    for x in p["exps"]:
        para = d.add_paragraph(); rr = para.add_run(f"{x['kind']}"); rr.bold = True; rr.italic = True
        d.add_paragraph(f"Organization: {x['org']}\nPosition: {x['t']}\nCity: {x['city']}    State: {x['st']}    "
                        f"Country: {'United States' if x['u'] else ('Jordan' if not x['st'] else 'United States')}\n"
                        f"Dates: {x['d']}" + (f"\nDescription: {x['desc']}" if x['desc'] else ""))
    d.add_heading("Specialty Interests", level=1); d.add_paragraph(p["objective"])
    docx_sections_tail(d, p, "Peer Reviewed Journal Articles/Abstracts")
    d.save(out)


def docx_clerkships(p, out):
    """for LibreOffice -> PDF"""
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx_common()
    t = d.add_paragraph(); t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run(p["name"].upper()); r.bold = True; r.font.size = Pt(20)
    c = d.add_paragraph(f"{p['address']} | {p['phone']} | {p['email']}"); c.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_heading("Education", level=2)
    d.add_paragraph(f"{p['school_disp']}\n{p['degree']}, {p['grad_disp']}")
    for x in p["other"]: d.add_paragraph(f"{x['t']} — {x['org']}, {x['loc']} ({x['d']})")
    d.add_heading("Board Examinations & Status", level=2)
    for x in exam_block(p) + [p["visa_disp"]]: d.add_paragraph(x, style="List Bullet")
    d.add_heading("Clinical Clerkships (United States)", level=2)
    add_table(d, ["Clerkship", "Hospital", "City, State", "Dates"],
              [[x["t"], x["org"], f"{x['city']}, {x['st']}", x["d"]] for x in p["exps"]])
    d.add_heading("Career Interest", level=2); d.add_paragraph(p["objective"])
    docx_sections_tail(d, p)
    d.save(out)


def docx_header_footer(p, out):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx_common()
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]; hp.text = f"{p['email']}    |    {p['phone']}"; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]; fp.text = f"{p['address']} · {p['email']} · Curriculum Vitae"; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    h = d.add_paragraph(); r = h.add_run(f"{p['name']}, {p['suffix']}"); r.bold = True; r.font.size = Pt(20)
    d.add_paragraph("CURRICULUM VITAE")
    d.add_paragraph(p.get("dob", ""))
    d.add_heading("Career Goal", level=2); d.add_paragraph(p["objective"])
    d.add_heading("Education", level=2); d.add_paragraph(f"{p['degree']}, {p['school_disp']} ({p['grad_disp']})")
    d.add_heading("Examinations", level=2)
    for x in exam_block(p): d.add_paragraph(x, style="List Bullet")
    d.add_paragraph("Immigration: " + p["visa_disp"])
    d.add_heading("Clinical Experience", level=2)
    add_table(d, ["Dates", "Position", "Institution", "City", "State / Country"],
              [[x["d"], x["t"], x["org"], x["city"], x["st"]] for x in p["exps"]], style="Light Grid Accent 1")
    docx_sections_tail(d, p)
    d.save(out)


def docx_two_tables(p, out):
    """US experience and international experience in two separate tables; converted to PDF by LibreOffice."""
    from docx.shared import Pt
    d = docx_common()
    h = d.add_paragraph(); r = h.add_run(p["name"]); r.bold = True; r.font.size = Pt(20)
    d.add_paragraph(f"{p['degree']}  ·  {p['email']}  ·  {p['phone']}  ·  {p['address']}")
    d.add_heading("Education", level=2); d.add_paragraph(f"{p['school_disp']} — {p['degree']}, {p['grad_disp']}")
    d.add_heading("Examinations", level=2); d.add_paragraph("; ".join(exam_block(p)) + ". " + p["visa_disp"])
    d.add_heading("Clinical & Research Experience — United States", level=2)
    add_table(d, ["Role", "Institution", "City", "State", "Period"],
              [[x["t"], x["org"], x["city"], x["st"], x["d"]] for x in p["exps"] if x["u"]])
    d.add_heading("International Experience", level=2)
    add_table(d, ["Role", "Institution", "City", "Country", "Period"],
              [[x["t"], x["org"], x["city"], x["st"], x["d"]] for x in p["exps"] if not x["u"]])
    d.add_heading("Career Plans", level=2); d.add_paragraph(p["objective"])
    docx_sections_tail(d, p, "Peer-Reviewed Publications")
    d.save(out)


def docx_list(p, out):
    from docx.shared import Pt
    d = docx_common()
    h = d.add_paragraph(); r = h.add_run(p["name"]); r.bold = True; r.font.size = Pt(18)
    d.add_paragraph(p.get("name_alt", ""))
    d.add_paragraph(f"{p['address']}\n{p['phone']} (WhatsApp) · {p['email']}")
    d.add_heading("Education", level=2); d.add_paragraph(f"{p['school_disp']}\n{p['degree']} · {p['grad_disp']}")
    d.add_heading("USMLE", level=2)
    for x in exam_block(p): d.add_paragraph(x, style="List Bullet")
    d.add_paragraph("Status: " + p["visa_disp"])
    d.add_heading("Experience", level=2)
    for x in p["exps"]:
        para = d.add_paragraph(); rr = para.add_run(x["t"]); rr.bold = True
        para.add_run(f"\n{x['org']}\n{x['loc']}\n{x['d']}")
    d.add_heading("Interests", level=2); d.add_paragraph(p["objective"])
    docx_sections_tail(d, p)
    d.save(out)


# ------------------------------------------------------------------ odfpy
def odt_state_next_line(p, out):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    from odf.text import P as TP, H, Span, LineBreak
    doc = OpenDocumentText()
    big = Style(name="Big", family="paragraph"); big.addElement(TextProperties(fontsize="20pt", fontweight="bold")); doc.styles.addElement(big)
    hd = Style(name="Hd", family="paragraph"); hd.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#2e5e2e"))
    hd.addElement(ParagraphProperties(margintop="0.3cm", borderbottom="0.5pt solid #2e5e2e")); doc.styles.addElement(hd)
    bold = Style(name="B", family="text"); bold.addElement(TextProperties(fontweight="bold")); doc.automaticstyles.addElement(bold)

    def para(lines, style=None):
        el = TP(stylename=style) if style else TP()
        for i, ln in enumerate(lines):
            if i: el.addElement(LineBreak())
            if isinstance(ln, tuple): el.addElement(Span(stylename=bold, text=ln[0]))
            else: el.addText(ln)
        doc.text.addElement(el)
    para([f"{p['name']}, {p['suffix']}"], big)
    para([p["address"], f"Mobile: {p['phone']}", f"E-mail: {p['email']}"])
    para(["PROFESSIONAL GOAL"], hd); para([p["objective"]])
    para(["EDUCATION"], hd); para([(p["degree"],), p["school_disp"], p["grad_disp"]])
    para(["EXAMINATIONS"], hd)
    for x in exam_block(p): para(["• " + x])
    para(["CLINICAL AND RESEARCH EXPERIENCE"], hd)
    for x in p["exps"]:
        # hospital on one line, city/state on the next line, dates on a separate line
        para([(x["t"],), x["org"], x["loc"], x["d"]])
    para(["PUBLICATIONS"], hd)
    for x in p["pubs"]: para([x])
    for x in p["other_pubs"]: para([x])
    para(["LANGUAGES"], hd); para([p["langs_disp"]])
    para(["REFERENCES"], hd)
    for a, b, c, d in p["refs"]: para([(a,), b, c, d])
    doc.save(out)


# ------------------------------------------------------------------ reportlab
def rl_styles():
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    ss = getSampleStyleSheet()
    return ss, ParagraphStyle


def reportlab_right_dates(p, out, encrypt=None):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.lib import pdfencrypt
    enc = pdfencrypt.StandardEncryption(encrypt, ownerPassword="owner-" + encrypt, strength=128) if encrypt else None
    c = canvas.Canvas(out, pagesize=A4, encrypt=enc)
    W_, H_ = A4; L, R = 50, W_ - 50
    y = [H_ - 60]

    def need(h):
        if y[0] - h < 60:
            c.showPage(); y[0] = H_ - 60

    def line(txt, font="Helvetica", size=10, right=None, dy=13, x=L):
        need(dy); c.setFont(font, size); c.drawString(x, y[0], txt)
        if right:
            c.setFont("Helvetica-Oblique", size); c.drawRightString(R, y[0], right)
        y[0] -= dy

    def head(t):
        y[0] -= 6; need(20); c.setFont("Helvetica-Bold", 11.5); c.setFillColorRGB(.55, .1, .1); c.drawString(L, y[0], t.upper())
        c.setFillColorRGB(0, 0, 0); c.line(L, y[0] - 3, R, y[0] - 3); y[0] -= 17

    def wrap(txt, font="Helvetica", size=9.5, x=L, width=None):
        from reportlab.lib.utils import simpleSplit
        for ln in simpleSplit(txt, font, size, (width or (R - x))):
            line(ln, font, size, dy=12, x=x)
    c.setFont("Helvetica-Bold", 22); c.drawString(L, y[0], f"{p['name']}, {p['suffix']}"); y[0] -= 18
    line(f"{p['email']}   •   {p['phone']}   •   {p['address']}", size=9.5)
    if p.get("dob"): line(p["dob"], size=9)
    head("Education")
    line(p["school_disp"], "Helvetica-Bold", right=p["grad_disp"]); line(p["degree"])
    head("Examinations and Certification")
    for x in exam_block(p): line("– " + x)
    line(p["visa_disp"])
    head("Clinical and Research Experience")
    for x in p["exps"]:
        line(x["t"], "Helvetica-Bold", right=x["d"])
        # hospital name on one line, city/state on the next
        line(x["org"], x=L + 10); line(x["loc"], "Helvetica-Oblique", 9.5, x=L + 10, dy=15)
    head("Career Interests"); wrap(p["objective"])
    head("Peer-Reviewed Publications")
    for i, x in enumerate(p["pubs"], 1): wrap(f"{i}. {x}")
    head("Abstracts and Presentations")
    for x in p["other_pubs"]: wrap("• " + x)
    head("Languages"); line(p["langs_disp"])
    head("References")
    for a, b, cc, d in p["refs"]: line(a, "Helvetica-Bold"); line(b); line(f"{cc}  |  {d}", dy=16)
    c.save()


def reportlab_footer_contacts(p, out):
    from reportlab.lib.pagesizes import letter
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib import colors
    ss, PS = rl_styles()
    body = PS("b", parent=ss["Normal"], fontSize=9.5, leading=12)
    h2 = PS("h", parent=ss["Heading2"], fontSize=12, textColor=colors.HexColor("#333366"), spaceBefore=8, spaceAfter=3)
    rt = PS("r", parent=body, alignment=2)

    def footer(c, doc):
        c.saveState(); c.setFont("Helvetica", 8.5)
        c.drawCentredString(letter[0] / 2, 30, f"{p['name']}  ·  {p['address']}  ·  Tel {p['phone']}  ·  {p['email']}  ·  page {doc.page}")
        c.restoreState()
    st = [Paragraph(f"<b>{E(p['name'])}, {p['suffix']}</b>", PS("t", parent=ss["Title"], alignment=0, fontSize=22)),
          Paragraph(E(p["objective"]), body), Paragraph("Education", h2),
          Table([[Paragraph(f"<b>{E(p['school_disp'])}</b><br/>{E(p['degree'])}", body), Paragraph(E(p["grad_disp"]), rt)]], colWidths=[380, 120]),
          Paragraph("USMLE / ECFMG / Immigration", h2),
          Paragraph("<br/>".join(E(x) for x in exam_block(p) + [p["visa_disp"]]), body),
          Paragraph("Professional Experience", h2)]
    rows = [[Paragraph(f"<b>{E(x['t'])}</b><br/>{E(x['org'])}, {E(x['loc'])}", body), Paragraph(E(x["d"]), rt)] for x in p["exps"]]
    t = Table(rows, colWidths=[380, 120]); t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    st.append(t)
    st.append(Paragraph("Publications", h2))
    st += [Paragraph(f"{i}. {E(x)}", body) for i, x in enumerate(p["pubs"], 1)]
    st.append(Paragraph("Abstracts", h2)); st += [Paragraph(E(x), body) for x in p["other_pubs"]]
    st.append(Paragraph("Languages", h2)); st.append(Paragraph(E(p["langs_disp"]), body))
    st.append(Paragraph("References", h2)); st += [Paragraph(f"{E(a)}, {E(b)} — {E(c)}, {E(d)}", body) for a, b, c, d in p["refs"]]
    SimpleDocTemplate(out, pagesize=letter, leftMargin=50, rightMargin=50, topMargin=45, bottomMargin=55).build(st, onFirstPage=footer, onLaterPages=footer)


# ------------------------------------------------------------------ fpdf2
def fpdf_compact(p, out):
    from fpdf import FPDF
    pdf = FPDF(format="A4"); pdf.set_auto_page_break(True, 15); pdf.add_page(); pdf.set_margins(15, 15, 15)
    pdf.set_font("Helvetica", "B", 18); pdf.cell(0, 9, f"{p['name']} {p['suffix']}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9.5)
    pdf.cell(0, 5, f"Tel: {p['phone']}  |  Email: {p['email']}  |  {p['address']}", new_x="LMARGIN", new_y="NEXT")

    def head(t):
        pdf.ln(2); pdf.set_font("Helvetica", "B", 11); pdf.set_fill_color(220, 230, 220)
        pdf.cell(0, 6, t, fill=True, new_x="LMARGIN", new_y="NEXT"); pdf.set_font("Helvetica", "", 9.5)
    head("EDUCATION"); pdf.multi_cell(0, 5, f"{p['degree']} ({p['grad_disp']})\n{p['school_disp']}")
    head("EXAMS / STATUS"); pdf.multi_cell(0, 5, "\n".join(exam_block(p) + [p["visa_disp"]]))
    head("CLINICAL EXPERIENCE")
    for x in p["exps"]:
        pdf.set_font("Helvetica", "B", 9.5); pdf.cell(130, 5, x["t"])
        pdf.set_font("Helvetica", "", 9.5); pdf.cell(0, 5, x["d"], align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 5, f"{x['org']} ({x['loc']})", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
    head("INTERESTS"); pdf.multi_cell(0, 5, p["objective"])
    head("RESEARCH"); pdf.multi_cell(0, 5, "\n".join(p["other_pubs"]) or "-")
    head("LANGUAGES"); pdf.multi_cell(0, 5, p["langs_disp"])
    head("REFEREES")
    for a, b, c, d in p["refs"]: pdf.multi_cell(0, 5, f"{a} - {b}\n{c}, {d}"); pdf.ln(1)
    pdf.output(out)


# ------------------------------------------------------------------ RTF
def rtf_escape(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}": out.append("\\" + ch)
        elif o > 127: out.append(f"\\u{o if o < 32768 else o - 65536}?")
        else: out.append(ch)
    return "".join(out)


def rtf_tabbed(p, out):
    R = rtf_escape
    L = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}{\f1\froman Times New Roman;}}",
         r"{\colortbl;\red0\green0\blue0;\red20\green60\blue120;}", r"\paperw11906\paperh16838\margl1134\margr1134\margt1134\margb1134",
         r"\pard\qc\f0\fs36\b " + R(p["name"]) + r"\b0\par", r"\pard\qc\fs26 " + R(p["name_alt"]) + r"\par",
         r"\pard\qc\fs20 " + R(f"{p['address']} | {p['phone']} | {p['email']}") + r"\par", r"\pard\qc\fs18 " + R(p.get("dob", "")) + r"\par\pard\par"]

    def head(t): L.append(r"\pard\sb120\sa60\brdrb\brdrs\brdrw10\cf2\fs24\b " + R(t) + r"\b0\cf1\fs20\par")
    head("EDUCATION")
    L.append(r"\pard\tqr\tx9600 " + R(p["school_disp"]) + r"\tab " + R(p["grad_disp"]) + r"\par " + R(p["degree"]) + r"\par")
    head("USMLE AND CERTIFICATION")
    for x in exam_block(p): L.append(r"\pard\li360 " + R("- " + x) + r"\par")
    head("EXPERIENCE")
    for x in p["exps"]:
        L.append(r"\pard\tqr\tx9600\b " + R(x["t"]) + r"\b0\tab\i " + R(x["d"]) + r"\i0\par")
        L.append(r"\pard\li360 " + R(f"{x['org']}, {x['loc']}") + r"\par")
    head("CAREER INTEREST"); L.append(r"\pard " + R(p["objective"]) + r"\par")
    head("PUBLICATIONS")
    for i, x in enumerate(p["pubs"], 1): L.append(r"\pard\li360 " + R(f"{i}. {x}") + r"\par")
    for x in p["other_pubs"]: L.append(r"\pard\li360 " + R(x) + r"\par")
    head("LANGUAGES"); L.append(r"\pard " + R(p["langs_disp"]) + r"\par")
    head("REFERENCES")
    for a, b, c, d in p["refs"]: L.append(r"\pard " + R(f"{a}, {b}") + r"\line " + R(f"{c} / {d}") + r"\par")
    L.append("}")
    open(out, "w", encoding="ascii").write("\n".join(L))


# ------------------------------------------------------------------ TXT pasted e-mail
def txt_email(p, out):
    L = [f"From: {p['name']} <{p['email']}>", "To: Clinical Rotations Team <rotations@usclinicalrotations.example>",
         "Sent: Monday, 3 November 2025 9:14 PM", "Subject: CV for hands-on rotation - Psychiatry - " + p["name"], "",
         "Dear Rotation Coordinator,", "",
         "Please find my CV pasted below (the attachment did not upload from my phone). " + p["objective"], "",
         "Kind regards,", "Nusrat", "", "-----", "",
         f"{p['name'].upper()}, {p['suffix']}", f"{p['address']}", f"Cell/WhatsApp: {p['phone']}", f"Email: {p['email']}", "",
         "EDUCATION", f"  {p['degree']}, {p['school_disp']}, {p['grad_disp']}", "",
         "USMLE", *[f"  * {x}" for x in exam_block(p)], f"  * Visa: {p['visa_disp']}", "", "EXPERIENCE"]
    for x in p["exps"]:
        L += [f"  {x['d']}", f"    {x['t']}", f"    {x['org']}, {x['loc']}", ""]
    L += ["PUBLICATIONS"] + [f"  {i}) {x}" for i, x in enumerate(p["pubs"], 1)] + [f"  - {x}" for x in p["other_pubs"]]
    L += ["", "LANGUAGES: " + p["langs_disp"], "", "REFERENCE"] + [f"  {a}, {b}, {c}, {d}" for a, b, c, d in p["refs"]]
    L += ["", "Sent from my iPhone"]
    open(out, "w", encoding="utf-8", newline="\r\n").write("\n".join(L) + "\n")


# ------------------------------------------------------------------ scans
def degrade(png_in, angle, blur, contrast, noise, jpeg_q=None):
    from PIL import Image, ImageFilter, ImageEnhance
    import numpy as np
    im = Image.open(png_in).convert("L")
    im = ImageEnhance.Contrast(im).enhance(contrast)
    im = ImageEnhance.Brightness(im).enhance(1.06)
    im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=235)
    a = np.asarray(im).astype(np.float32)
    rng = np.random.default_rng(31)
    a += rng.normal(0, noise, a.shape)
    a = np.clip(a, 0, 255).astype("uint8")
    im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(blur))
    return im


def make_scan(n, p, kind, angle, blur, contrast, noise):
    png = os.path.join(TMP, f"scan{n}.png")
    chromium_png(html_scan(p), png)
    im = degrade(png, angle, blur, contrast, noise)
    if kind == "pdf":
        f = fname(n, p, "pdf"); im.convert("RGB").save(os.path.join(FILES, f), "PDF", resolution=150)
    elif kind == "jpg":
        f = fname(n, p, "jpg"); im.convert("RGB").save(os.path.join(FILES, f), "JPEG", quality=70)
    else:
        f = fname(n, p, "png"); im.save(os.path.join(FILES, f), "PNG")
    return f


# ------------------------------------------------------------------ main
def main():
    if os.path.isdir(FILES): shutil.rmtree(FILES)
    os.makedirs(FILES)
    T = []

    def out(n, ext):
        return os.path.join(FILES, fname(n, P[n], ext))

    chromium_pdf(html_rotation_table(P[1]), out(1, "pdf")); T.append(truth(1, P[1], fname(1, P[1], "pdf")))
    chromium_pdf(html_timeline(P[2]), out(2, "pdf")); T.append(truth(2, P[2], fname(2, P[2], "pdf")))
    chromium_pdf(html_sidebar(P[3]), out(3, "pdf")); T.append(truth(3, P[3], fname(3, P[3], "pdf")))
    docx_rotation_table(P[4], out(4, "docx")); T.append(truth(4, P[4], fname(4, P[4], "docx")))
    docx_eras(P[5], out(5, "docx")); T.append(truth(5, P[5], fname(5, P[5], "docx")))
    # 006: python-docx -> LibreOffice PDF
    src = os.path.join(TMP, fname(6, P[6], "docx")); docx_clerkships(P[6], src); soffice_convert(src, "pdf", FILES)
    T.append(truth(6, P[6], fname(6, P[6], "pdf")))
    odt_state_next_line(P[7], out(7, "odt")); T.append(truth(7, P[7], fname(7, P[7], "odt")))
    reportlab_right_dates(P[8], out(8, "pdf")); T.append(truth(8, P[8], fname(8, P[8], "pdf")))
    fpdf_compact(P[9], out(9, "pdf")); T.append(truth(9, P[9], fname(9, P[9], "pdf")))
    rtf_tabbed(P[10], out(10, "rtf")); T.append(truth(10, P[10], fname(10, P[10], "rtf")))
    txt_email(P[11], out(11, "txt")); T.append(truth(11, P[11], fname(11, P[11], "txt")))
    reportlab_footer_contacts(P[12], out(12, "pdf")); T.append(truth(12, P[12], fname(12, P[12], "pdf")))
    chromium_pdf(html_eras_list(P[13]), out(13, "pdf")); T.append(truth(13, P[13], fname(13, P[13], "pdf")))
    docx_header_footer(P[14], out(14, "docx")); T.append(truth(14, P[14], fname(14, P[14], "docx")))
    src = os.path.join(TMP, fname(15, P[15], "docx")); docx_two_tables(P[15], src); soffice_convert(src, "pdf", FILES)
    T.append(truth(15, P[15], fname(15, P[15], "pdf")))
    src = os.path.join(TMP, fname(16, P[16], "docx")); docx_list(P[16], src); soffice_convert(src, "odt", FILES)
    T.append(truth(16, P[16], fname(16, P[16], "odt")))
    # scans
    for n, kind, ang, bl, con, noi in [(17, "pdf", 0.8, 0.8, 0.75, 10), (18, "jpg", -1.4, 1.1, 0.65, 14),
                                       (19, "png", 1.9, 0.7, 0.7, 12), (20, "pdf", -0.6, 1.0, 0.6, 9),
                                       (21, "jpg", 1.2, 1.3, 0.7, 16)]:
        f = make_scan(n, P[n], kind, ang, bl, con, noi); T.append(truth(n, P[n], f, scan=True))
    # damaged
    # 022: truncated Chromium PDF (first 35% of the bytes of a real CV)
    tmp_pdf = os.path.join(TMP, "full22.pdf")
    p22 = dict(P[2]); p22.update(name="Zainab Ahmadzai", email="zainab.ahmadzai@gmail.com")
    chromium_pdf(html_timeline(p22), tmp_pdf)
    data = open(tmp_pdf, "rb").read()
    f = f"{W}_022_truncated_pdf.pdf"; open(os.path.join(FILES, f), "wb").write(data[: int(len(data) * 0.35)])
    T.append(dict(file=f, layout="truncated_pdf", error=True))
    # 023: encrypted with a user password
    p23 = dict(P[8]); p23.update(name="Olamide Bankole", email="olamide.bankole@yahoo.com")
    f = f"{W}_023_encrypted_pdf.pdf"; reportlab_right_dates(p23, os.path.join(FILES, f), encrypt="ibadan2018")
    T.append(dict(file=f, layout="encrypted_pdf", error=True))
    # 024: random bytes named .docx
    f = f"{W}_024_random_bytes_docx.docx"; open(os.path.join(FILES, f), "wb").write(random.randbytes(48213))
    T.append(dict(file=f, layout="random_bytes_docx", error=True))

    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for t in T: fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)
    print("built", len(T), "files")


if __name__ == "__main__":
    main()
