# -*- coding: utf-8 -*-
"""Build w32 files/ and truth.jsonl. Run via build.sh (uses ../.venv)."""
import html, json, os, random, shutil, subprocess, sys, tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = ROOT / "files"
TMP = Path(tempfile.mkdtemp(prefix="w32build_"))
sys.path.insert(0, str(HERE))
from people import P  # noqa

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

random.seed(32)

# ---------------------------------------------------------------- helpers
def months(entries, clinical_only=False):
    s = set()
    for e in entries:
        if clinical_only and e["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, e["start"].split("-"))
        ye, me = map(int, e["end"].split("-"))
        while (y, m) <= (ye, me):
            s.add((y, m))
            m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)

KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status",
        "specialties", "languages", "publications"]

def truth_line(fname, layout, pid, scan=False):
    t = P[pid]["truth"]
    d = {"file": fname, "layout": layout}
    for k in KEYS:
        d[k] = t[k]
    d["usce_months"] = months(t["usce_entries"])
    d["usce_months_clinical"] = months(t["usce_entries"], True)
    d["usce_entries"] = t["usce_entries"]
    if scan:
        d["needs_ocr"] = True
    return d

def esc(s):
    return html.escape(s)

def chromium_pdf(html_text, out_pdf):
    src = TMP / (Path(out_pdf).stem + ".html")
    src.write_text(html_text, encoding="utf-8")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf-no-header", f"--print-to-pdf={out_pdf}", src.as_uri()],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)

def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + str(TMP / "lo_profile"),
                    "--convert-to", fmt, "--outdir", str(outdir), str(src)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)

# ---------------------------------------------------------------- HTML styles
ICONS = {"mail": "&#9993;", "phone": "&#9742;", "loc": "&#9873;", "web": "&#128279;"}

def items_html(items, timeline=False):
    out = []
    for it in items:
        if isinstance(it, str):
            out.append(f'<p class="li">{esc(it)}</p>')
        else:
            title, date, lines = it
            sub = "".join(f"<li>{esc(l)}</li>" for l in lines)
            cls = "entry tl" if timeline else "entry"
            out.append(f'<div class="{cls}"><div class="row"><span class="et">{esc(title)}</span>'
                       f'<span class="ed">{esc(date)}</span></div>' + (f"<ul>{sub}</ul>" if sub else "") + "</div>")
    return "\n".join(out)

def html_headerband(p):
    cv = p["cv"]
    c = cv["contacts"]
    bars = "".join(f'<div class="sk"><span>{esc(n)}</span><div class="bar"><i style="width:{v}%"></i></div></div>' for n, v in cv.get("skills", []))
    secs = "".join(f'<h2>{esc(h)}</h2>{items_html(it)}' for h, it in cv["sections"])
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: Letter; margin: 0 }}
body {{ margin:0; font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color:#222 }}
.band {{ background:#0b4f6c; color:#fff; padding:22px 40px 16px; }}
.band h1 {{ margin:0; font-size:26pt; letter-spacing:1px }}
.band .t {{ font-size:11pt; opacity:.9; margin-top:4px }}
.band .c {{ margin-top:10px; font-size:9pt }} .band .c span {{ margin-right:18px }}
.main {{ padding: 10px 40px 30px }}
h2 {{ color:#0b4f6c; border-bottom:2px solid #20bf55; font-size:12pt; margin:14px 0 6px; text-transform:uppercase }}
.row {{ display:flex; justify-content:space-between; gap:10px }} .et {{ font-weight:bold }} .ed {{ color:#555; white-space:nowrap }}
ul {{ margin:2px 0 6px 18px; padding:0 }} .li {{ margin:2px 0 }} .entry {{ margin-bottom:5px }}
.skills {{ display:grid; grid-template-columns:1fr 1fr; gap:4px 30px }}
.sk span {{ font-size:9pt }} .bar {{ background:#ddd; height:6px; border-radius:3px }} .bar i {{ display:block; height:6px; background:#20bf55; border-radius:3px }}
</style></head><body>
<div class="band"><h1>{esc(cv['name_line'])}</h1><div class="t">{esc(cv['title'])}</div>
<div class="c"><span>{ICONS['mail']} {esc(c[0])}</span><span>{ICONS['phone']} {esc(c[1])}</span><span>{ICONS['loc']} {esc(c[2])}</span><span>{ICONS['web']} {esc(c[3])}</span></div></div>
<div class="main">{secs}<h2>Clinical skills</h2><div class="skills">{bars}</div></div></body></html>"""

def html_sidebar(p):
    cv = p["cv"]
    c = cv["contacts"]
    bars = "".join(f'<div class="sk">{esc(n)}<div class="bar"><i style="width:{v}%"></i></div></div>' for n, v in cv.get("skills", []))
    langs = "".join(f"<li>{esc(l)}</li>" for l in cv.get("sidebar_langs", []))
    secs = "".join(f'<h2>{esc(h)}</h2>{items_html(it)}' for h, it in cv["sections"])
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 0 }}
body {{ margin:0; font-family: 'DejaVu Sans', sans-serif; font-size:9pt; color:#333 }}
.wrap {{ display:flex; min-height:297mm }}
.side {{ width:62mm; background:#2d3142; color:#eee; padding:24px 16px; box-sizing:border-box }}
.side h3 {{ color:#ef8354; font-size:10pt; text-transform:uppercase; border-bottom:1px solid #555; padding-bottom:3px }}
.side .ph {{ width:90px; height:90px; border-radius:50%; background:#bfc0c0; margin:0 auto 14px; display:flex; align-items:center; justify-content:center; color:#2d3142; font-size:26pt; font-weight:bold }}
.side p {{ margin:4px 0; word-break:break-all }} .side ul {{ padding-left:14px }}
.sk {{ margin:6px 0 }} .bar {{ background:#4f5d75; height:7px; margin-top:2px }} .bar i {{ display:block; height:7px; background:#ef8354 }}
.main {{ flex:1; padding:26px 26px }}
.main h1 {{ margin:0; font-size:22pt; color:#2d3142 }} .main .t {{ color:#ef8354; font-size:11pt; margin-bottom:10px }}
h2 {{ font-size:11pt; color:#2d3142; margin:12px 0 4px; border-left:4px solid #ef8354; padding-left:6px }}
.row {{ display:flex; justify-content:space-between; gap:8px }} .et {{ font-weight:bold }} .ed {{ color:#888; white-space:nowrap; font-style:italic }}
ul {{ margin:2px 0 6px 16px; padding:0 }} .li {{ margin:2px 0 }}
</style></head><body><div class="wrap">
<div class="side"><div class="ph">JL</div><h3>Contacto</h3>
<p>{ICONS['mail']} {esc(c[0])}</p><p>{ICONS['phone']} {esc(c[1])}</p><p>{ICONS['loc']} {esc(c[2])}</p>
<h3>Idiomas / Languages</h3><ul>{langs}</ul><h3>Skills</h3>{bars}</div>
<div class="main"><h1>{esc(cv['name_line'])}</h1><div class="t">{esc(cv['title'])}</div>{secs}</div></div></body></html>"""

def html_icons(p):
    cv = p["cv"]
    c = cv["contacts"]
    icon = {"Education": "&#127891;", "Licensing exams": "&#128221;", "Languages": "&#128172;", "References": "&#128101;", "Citizenship": "&#127760;"}
    secs = "".join(f'<div class="card"><h2><b class="ic">{icon.get(h, "&#10010;")}</b> {esc(h)}</h2>{items_html(it)}</div>' for h, it in cv["sections"])
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: Letter; margin: 12mm }}
body {{ font-family: 'Liberation Sans', sans-serif; font-size:9.5pt; color:#1d1d1d; margin:0 }}
header {{ display:grid; grid-template-columns: 1fr auto; border-bottom:3px solid #7b2cbf; padding-bottom:8px }}
header h1 {{ margin:0; font-size:24pt; color:#7b2cbf; font-weight:300 }} header .t {{ font-size:10.5pt }}
header .c {{ text-align:right; font-size:8.5pt; line-height:1.6 }}
.grid {{ columns: 2; column-gap: 18px; margin-top:10px }}
.card {{ break-inside: avoid; background:#f6f0fb; border-radius:6px; padding:6px 10px; margin-bottom:10px }}
h2 {{ font-size:10.5pt; margin:2px 0 6px; color:#3c096c }} .ic {{ font-weight:normal }}
.row {{ display:block }} .et {{ font-weight:bold; display:block }} .ed {{ color:#7b2cbf; font-size:8.5pt; display:block }}
ul {{ margin:2px 0 6px 14px; padding:0 }} .li {{ margin:2px 0 }} .entry {{ margin-bottom:5px }}
</style></head><body>
<header><div><h1>{esc(cv['name_line'])}</h1><div class="t">{esc(cv['title'])}</div></div>
<div class="c">{esc(c[0])} &#9993;<br>{esc(c[1])} &#9742;<br>{esc(c[2])} &#9873;</div></header>
<div class="grid">{secs}</div></body></html>"""

def html_timeline(p):
    cv = p["cv"]
    c = cv["contacts"]
    secs = "".join(f'<h2>{esc(h)}</h2><div class="tlw">{items_html(it, True)}</div>' for h, it in cv["sections"])
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 14mm 16mm }}
body {{ font-family: 'DejaVu Serif', serif; font-size:9.5pt; color:#222; margin:0 }}
h1 {{ text-align:center; font-size:21pt; margin:0; text-transform:uppercase; letter-spacing:0.5px }}
.t {{ text-align:center; font-style:italic }} .c {{ text-align:center; font-size:9pt; margin:4px 0 8px; color:#444 }}
h2 {{ font-family:'DejaVu Sans', sans-serif; font-size:10.5pt; color:#8d0801; margin:12px 0 4px; letter-spacing:1px; text-transform:uppercase }}
.tlw {{ border-left:2px solid #bf0603; margin-left:6px; padding-left:14px }}
.tl {{ position:relative; margin-bottom:6px }} .tl:before {{ content:''; position:absolute; left:-20px; top:4px; width:9px; height:9px; border-radius:50%; background:#bf0603 }}
.row {{ display:flex; flex-direction:row-reverse; justify-content:flex-end; gap:12px }} .ed {{ min-width:95px; color:#8d0801; font-weight:bold }} .et {{ font-weight:normal }}
ul {{ margin:2px 0 4px 120px; padding:0 }} .li {{ margin:2px 0 }}
</style></head><body><h1>{esc(cv['name_line'])}</h1><div class="t">{esc(cv['title'])}</div>
<div class="c">{esc(c[0])} &nbsp;|&nbsp; {esc(c[1])} &nbsp;|&nbsp; {esc(c[2])}</div>{secs}</body></html>"""

def html_minimal(p):
    cv = p["cv"]
    c = cv["contacts"]
    secs = "".join(f'<section><h2>{esc(h)}</h2><div>{items_html(it)}</div></section>' for h, it in cv["sections"])
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: Letter; margin: 18mm 20mm }}
body {{ font-family: 'URW Bookman', 'DejaVu Serif', serif; font-size:10pt; margin:0 }}
h1 {{ font-weight:normal; font-size:28pt; margin:0 }} .t {{ color:#666 }}
.c {{ font-size:9pt; margin:6px 0 14px; color:#333 }}
section {{ display:grid; grid-template-columns: 38mm 1fr; border-top:1px solid #aaa; padding:6px 0 }}
h2 {{ font-size:9.5pt; margin:2px 0; font-weight:bold; text-transform:uppercase; letter-spacing:1px; color:#555 }}
.row {{ display:flex; justify-content:space-between }} .et {{ font-weight:bold }} .ed {{ white-space:nowrap; padding-left:8px }}
ul {{ margin:2px 0 6px 16px; padding:0 }} .li {{ margin:2px 0 }}
</style></head><body><h1>{esc(cv['name_line'])}</h1><div class="t">{esc(cv['title'])}</div>
<div class="c">{esc(c[0])} · {esc(c[1])} · {esc(c[2])}</div>{secs}</body></html>"""

def html_scan(p):
    cv = p["cv"]
    c = cv["contacts"]
    secs = "".join(f'<h2>{esc(h)}</h2>{items_html(it)}' for h, it in cv["sections"])
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 20mm }}
body {{ font-family: 'Liberation Serif', serif; font-size:12pt; margin:0 }}
h1 {{ font-size:20pt; margin:0 }} h2 {{ font-size:13pt; border-bottom:1px solid #000; margin:14px 0 4px }}
.row {{ display:flex; justify-content:space-between }} .et {{ font-weight:bold }} ul {{ margin:2px 0 4px 18px; padding:0 }} .li {{ margin:3px 0 }}
</style></head><body><h1>{esc(cv['name_line'])}</h1><div>{esc(cv['title'])}</div>
<div>{esc(c[0])} | {esc(c[1])} | {esc(c[2])}</div>{secs}</body></html>"""

# ---------------------------------------------------------------- DOCX builders
def set_cell_bg(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), color)
    tcPr.append(shd)

def base_doc(font="Calibri", size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2)
        s.top_margin = s.bottom_margin = Cm(1.8)
    return d

def add_heading(d, text, color="1F4E79"):
    para = d.add_paragraph()
    r = para.add_run(text.upper())
    r.bold = True; r.font.size = Pt(11.5); r.font.color.rgb = RGBColor.from_string(color)
    para.paragraph_format.space_before = Pt(10); para.paragraph_format.space_after = Pt(2)
    # bottom border
    pPr = para._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr"); b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single"); b.set(qn("w:sz"), "6"); b.set(qn("w:space"), "1"); b.set(qn("w:color"), color)
    bdr.append(b); pPr.append(bdr)
    return para

def add_items_paras(d, items):
    for it in items:
        if isinstance(it, str):
            d.add_paragraph(it, style="List Bullet")
        else:
            title, date, lines = it
            para = d.add_paragraph()
            para.paragraph_format.tab_stops.add_tab_stop(Cm(17), alignment=2)
            r = para.add_run(title); r.bold = True
            para.add_run("\t" + date).italic = True
            for l in lines:
                d.add_paragraph(l, style="List Bullet")

def add_items_table(d, items, widths=(Cm(4), Cm(13)), grid=False):
    rows = [it for it in items]
    t = d.add_table(rows=0, cols=2)
    if grid:
        t.style = "Table Grid"
    for it in rows:
        cells = t.add_row().cells
        if isinstance(it, str):
            cells[0].text = ""
            cells[1].text = it
        else:
            title, date, lines = it
            cells[0].text = date
            cells[0].paragraphs[0].runs[0].italic = True
            cells[1].text = ""
            r = cells[1].paragraphs[0].add_run(title); r.bold = True
            for l in lines:
                cells[1].add_paragraph("• " + l)
        cells[0].width, cells[1].width = widths
    return t

def docx_plain(p, out, heading_color="1F4E79", table_sections=()):
    cv = p["cv"]
    d = base_doc()
    h = d.add_paragraph(); h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h.add_run(cv["name_line"]); r.bold = True; r.font.size = Pt(20)
    t = d.add_paragraph(cv["title"]); t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    c = d.add_paragraph("  |  ".join(cv["contacts"])); c.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for head, items in cv["sections"]:
        add_heading(d, head, heading_color)
        if head in table_sections:
            add_items_table(d, items)
        else:
            add_items_paras(d, items)
    d.core_properties.author = p["truth"]["full_name"]
    d.save(out)

def docx_header_contacts(p, out):
    """Contacts ONLY in the page header; body sections as 2-col tables."""
    cv = p["cv"]
    d = base_doc("Arial", 10)
    sec = d.sections[0]
    hdr = sec.header
    hp = hdr.paragraphs[0]
    hp.text = "  •  ".join(cv["contacts"])
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8.5); r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    h = d.add_paragraph(); r = h.add_run(cv["name_line"]); r.bold = True; r.font.size = Pt(22); r.font.color.rgb = RGBColor(0x00, 0x66, 0x33)
    d.add_paragraph(cv["title"]).runs[0].italic = True
    for head, items in cv["sections"]:
        add_heading(d, head, "006633")
        add_items_table(d, items)
    d.save(out)

def docx_footer_contacts(p, out):
    cv = p["cv"]
    d = base_doc("Cambria", 10.5)
    sec = d.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.text = "Contact: " + " · ".join(cv["contacts"])
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    h = d.add_paragraph(); r = h.add_run(cv["name_line"]); r.bold = True; r.font.size = Pt(24)
    d.add_paragraph(cv["title"])
    for head, items in cv["sections"]:
        add_heading(d, head, "7F0000")
        add_items_paras(d, items)
    d.save(out)

def docx_twocol(p, out):
    """Whole CV inside one 2-column table: left shaded sidebar (contacts, languages, visa), right main content."""
    cv = p["cv"]
    d = base_doc("Calibri", 10)
    side_heads = {"Languages", "Visa", "References"}
    t = d.add_table(rows=1, cols=2)
    left, right = t.rows[0].cells
    left.width, right.width = Cm(5.5), Cm(12)
    set_cell_bg(left, "DCE6F1")
    lp = left.paragraphs[0]; lr = lp.add_run("CONTACT"); lr.bold = True
    for ctext in cv["contacts"]:
        left.add_paragraph(ctext)
    for head, items in cv["sections"]:
        if head in side_heads:
            q = left.add_paragraph(); q.add_run(head.upper()).bold = True
            for it in items:
                left.add_paragraph(it if isinstance(it, str) else it[0])
    rp = right.paragraphs[0]; rr = rp.add_run(cv["name_line"]); rr.bold = True; rr.font.size = Pt(20)
    right.add_paragraph(cv["title"]).runs[0].italic = True
    for head, items in cv["sections"]:
        if head in side_heads:
            continue
        q = right.add_paragraph(); qr = q.add_run(head.upper()); qr.bold = True; qr.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        for it in items:
            if isinstance(it, str):
                right.add_paragraph("• " + it)
            else:
                title, date, lines = it
                a = right.add_paragraph(); a.add_run(title).bold = True
                right.add_paragraph(date).runs[0].italic = True
                for l in lines:
                    right.add_paragraph("– " + l)
    d.save(out)

def docx_grid(p, out):
    cv = p["cv"]
    d = base_doc("Times New Roman", 11)
    h = d.add_paragraph(); r = h.add_run(cv["name_line"]); r.bold = True; r.font.size = Pt(18)
    d.add_paragraph(cv["title"])
    ct = d.add_table(rows=1, cols=3); ct.style = "Table Grid"
    for i, ctext in enumerate(cv["contacts"]):
        ct.rows[0].cells[i].text = ctext
    for head, items in cv["sections"]:
        add_heading(d, head, "000000")
        add_items_table(d, items, grid=True)
    d.save(out)

# ---------------------------------------------------------------- scans
def degrade_pil(png_in, rot, contrast=1.0, blur=0.6, noise=10, seed=0, tint=(250, 248, 240)):
    from PIL import Image, ImageFilter, ImageEnhance, ImageChops
    rnd = random.Random(seed)
    im = Image.open(png_in).convert("L")
    im = ImageEnhance.Contrast(im).enhance(contrast)
    im = im.rotate(rot, resample=Image.BICUBIC, expand=True, fillcolor=235)
    im = im.filter(ImageFilter.GaussianBlur(blur))
    # noise
    w, h = im.size
    nz = Image.effect_noise((w, h), noise)
    im = ImageChops.blend(im, ImageChops.multiply(im, nz.point(lambda v: 200 + v // 4 if v < 220 else 255)), 0.35)
    rgb = Image.merge("RGB", [im.point(lambda v, t=t: v * t // 255) for t in tint])
    return rgb

def render_png(pdf, stem, dpi):
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-f", "1", "-l", "1", str(pdf), str(TMP / stem)], check=True)
    cands = sorted(TMP.glob(stem + "*.png"))
    return cands[0]

# ---------------------------------------------------------------- main
def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    truth = []

    def add(fname, layout, pid, scan=False):
        truth.append(truth_line(fname, layout, pid, scan))

    # --- Chromium HTML -> PDF
    for pid, layout, fn in [("001", "chromium_headerband", html_headerband), ("007", "chromium_sidebar_skillbars", html_sidebar),
                            ("009", "chromium_icons_cards", html_icons), ("011", "chromium_timeline", html_timeline),
                            ("016", "chromium_minimal_serif", html_minimal)]:
        f = f"w32_{pid}_{layout}.pdf"
        chromium_pdf(fn(P[pid]), OUT / f)
        add(f, layout, pid)

    # --- python-docx
    f = "w32_002_docx_header_contacts.docx"; docx_header_contacts(P["002"], OUT / f); add(f, "docx_header_contacts", "002")
    f = "w32_008_docx_twocol_table.docx"; docx_twocol(P["008"], OUT / f); add(f, "docx_twocol_table", "008")
    f = "w32_010_docx_footer_contacts.docx"; docx_footer_contacts(P["010"], OUT / f); add(f, "docx_footer_contacts", "010")
    f = "w32_015_docx_table_grid.docx"; docx_grid(P["015"], OUT / f); add(f, "docx_table_grid", "015")

    # --- LibreOffice conversions of python-docx sources
    conv = [("003", "lo_docx2pdf", "pdf", dict(table_sections=("U.S. Clinical Experience",))),
            ("012", "lo_docx2pdf_cyrillic", "pdf", dict(heading_color="005BBB")),
            ("004", "lo_docx2odt", "odt", dict(heading_color="008751", table_sections=("Housemanship", "US Clinical Experience"))),
            ("013", "lo_docx2odt_tables", "odt", dict(table_sections=("Education", "USCE", "Indian clinical work"))),
            ("005", "lo_docx2rtf", "rtf", dict(heading_color="800080")),
            ("014", "lo_docx2rtf_clerkships", "rtf", dict(table_sections=("Core Clerkships (USA)",)))]
    for pid, layout, ext, kw in conv:
        stem = f"w32_{pid}_{layout}"
        src = TMP / (stem + ".docx")
        docx_plain(P[pid], src, **kw)
        soffice(src, ext, OUT)
        add(f"{stem}.{ext}", layout, pid)

    # --- plain text
    f = "w32_006_plain_text.txt"
    shutil.copy(HERE / "txt006.txt", OUT / f)
    add(f, "plain_text", "006")

    # --- scans
    from PIL import Image
    scans = [("017", "scan_png", "png", 0.8, dict(contrast=0.9, blur=0.7, noise=18)),
             ("018", "scan_imgpdf", "pdf", -1.3, dict(contrast=0.85, blur=0.5, noise=12)),
             ("019", "photo_jpg", "jpg", 1.9, dict(contrast=0.75, blur=1.1, noise=25, tint=(245, 235, 215))),
             ("020", "scan_imgpdf_lowcontrast", "pdf", 0.6, dict(contrast=0.45, blur=0.8, noise=15)),
             ("021", "scan_png_rotated", "png", -1.7, dict(contrast=0.8, blur=0.9, noise=20))]
    for i, (pid, layout, ext, rot, kw) in enumerate(scans):
        stem = f"w32_{pid}_{layout}"
        pdf = TMP / (stem + "_src.pdf")
        chromium_pdf(html_scan(P[pid]), pdf)
        png = render_png(pdf, stem + "_r", 150 if ext != "jpg" else 130)
        img = degrade_pil(png, rot, seed=i, **kw)
        target = OUT / f"{stem}.{ext}"
        if ext == "png":
            img.save(target)
        elif ext == "jpg":
            img.save(target, quality=62)
        else:
            img.save(target, "PDF", resolution=150)
        add(target.name, layout, pid, scan=True)

    # --- damaged
    # 022 truncated chromium PDF (first 45% of the bytes)
    src = TMP / "trunc_src.pdf"
    chromium_pdf(html_headerband(dict(cv=dict(P["001"]["cv"], name_line="Kofi Mensah-Boateng"), truth={})), src)
    data = src.read_bytes()
    f = "w32_022_damaged_truncated.pdf"
    (OUT / f).write_bytes(data[: int(len(data) * 0.45)])
    truth.append({"file": f, "layout": "damaged_truncated", "error": True})
    # 023 encrypted with a user password (pypdf), source: a LibreOffice PDF
    from pypdf import PdfReader, PdfWriter
    stem = "w32_023_src"
    srcd = TMP / (stem + ".docx")
    docx_plain(P["011"], srcd)
    soffice(srcd, "pdf", TMP)
    w = PdfWriter()
    for pg in PdfReader(str(TMP / (stem + ".pdf"))).pages:
        w.add_page(pg)
    w.encrypt(user_password="Kasr2025!", owner_password="owner-w32-x", algorithm="AES-256")
    f = "w32_023_damaged_encrypted.pdf"
    with open(OUT / f, "wb") as fh:
        w.write(fh)
    truth.append({"file": f, "layout": "damaged_encrypted", "error": True})
    # 024 random bytes with a .docx name
    rnd = random.Random(2432)
    f = "w32_024_damaged_random.docx"
    (OUT / f).write_bytes(bytes(rnd.getrandbits(8) for _ in range(23117)))
    truth.append({"file": f, "layout": "damaged_random_bytes", "error": True})

    truth.sort(key=lambda d: d["file"])
    with open(ROOT / "truth.jsonl", "w", encoding="utf-8") as fh:
        for d in truth:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)
    print("built", len(truth), "files")

if __name__ == "__main__":
    main()
