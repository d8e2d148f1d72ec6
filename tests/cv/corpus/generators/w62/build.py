# -*- coding: utf-8 -*-
"""Render every CV in data.P into ../files with a real toolchain, then write ../truth.jsonl."""
import html, json, os, random, shutil, subprocess, sys, tempfile
from data import P, DAMAGED, truth_for, fname

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "files")
TMP = tempfile.mkdtemp(prefix="w62_")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
random.seed(62)


def g(p, k, d=None):
    v = p.get(k)
    return d if v is None else v


def plain(x):
    return x[0] if isinstance(x, tuple) else x


# ------------------------------------------------------------------ generic HTML (Chromium)
def esc(s):
    return html.escape(s)


def exp_html(p, cls="job"):
    out = []
    for e in p["exp"]:
        b = "".join("<li>%s</li>" % esc(x) for x in e["bullets"])
        out.append('<div class="%s"><div class="role">%s</div><div class="org">%s</div>'
                   '<div class="meta">%s%s</div>%s</div>' % (
                       cls, esc(e["role"]), esc(e["org"]), esc(e["dates"]),
                       (" &nbsp;|&nbsp; " + esc(e["place"])) if e["place"] else "", ("<ul>%s</ul>" % b) if b else ""))
    return "\n".join(out)


def list_html(items):
    return "<ul>%s</ul>" % "".join("<li>%s</li>" % esc(plain(x)) for x in items)


def chromium_pdf(html_text, out_pdf):
    hp = os.path.join(TMP, os.path.basename(out_pdf) + ".html")
    open(hp, "w", encoding="utf-8").write(html_text)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + out_pdf, "file://" + hp], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


def render_canva(p, out):
    bars = lambda xs: "".join('<div class="bar"><span>%s</span><div class="track"><div class="fill" style="width:%d%%"></div></div></div>' % (esc(n), v) for n, v in xs)
    h = """<!doctype html><html><head><meta charset="utf-8"><style>
@page{size:A4;margin:0} body{margin:0;font-family:'DejaVu Sans',sans-serif;font-size:9.5pt;color:#222}
.band{background:#1f6f78;color:#fff;padding:22px 30px} .band h1{margin:0;font-size:24pt;letter-spacing:1px}
.band .hl{font-size:11pt;color:#cdeeed}
.wrap{display:flex} .side{width:34%%;background:#eef6f6;padding:18px 18px;min-height:900px} .main{width:66%%;padding:18px 24px}
h2{font-size:11pt;color:#1f6f78;border-bottom:2px solid #f4a259;padding-bottom:2px;margin:14px 0 6px}
.bar span{display:block;font-size:8.5pt}.track{background:#cfd8dc;height:6px;border-radius:3px;margin:2px 0 6px}
.fill{background:#f4a259;height:6px;border-radius:3px} .role{font-weight:bold}.org{color:#1f6f78}.meta{font-size:8.5pt;color:#666}
.job{margin-bottom:8px} ul{margin:3px 0;padding-left:16px}
</style></head><body>
<div class="band"><h1>%(name)s</h1><div class="hl">%(hl)s</div></div>
<div class="wrap"><div class="side">
<h2>&#9679; CONTACT</h2><div>&#9993; %(email)s</div><div>&#9742; %(phone)s</div><div>&#8962; %(loc)s</div><div>&#128279; %(link)s</div>
<h2>&#9679; SKILLS</h2>%(skills)s<h2>&#9679; LANGUAGES</h2>%(langs)s
<h2>&#9679; EXAMS</h2>%(exams)s<h2>&#9679; CERTIFICATES</h2>%(certs)s
</div><div class="main"><h2>PROFILE</h2><p>%(summary)s</p><h2>WORK EXPERIENCE</h2>%(exp)s
<h2>EDUCATION</h2>%(edu)s<h2>PUBLICATIONS</h2>%(pubs)s<h2>REFERENCES</h2>%(refs)s</div></div></body></html>""" % dict(
        name=esc(p["disp_name"]), hl=esc(p["headline"]), email=esc(p["email"]), phone=esc(p["phone"]),
        loc=esc(p["location"]), link=esc(p["links"][0]), skills=bars(p["skills"]), langs=bars(p["langs"]),
        exams=list_html(p["exams"]), certs=list_html(p["certs"]), summary=esc(p["summary"]), exp=exp_html(p),
        edu="".join('<div class="job"><div class="role">%s</div><div class="org">%s</div><div class="meta">%s</div></div>' % (esc(a), esc(b), esc(d)) for a, b, c, d in p["edu"]),
        pubs=list_html(p["pubs"] + p.get("posters", [])), refs=list_html(p["refs"]))
    chromium_pdf(h, out)


AVATAR = """<svg width="110" height="110" xmlns="http://www.w3.org/2000/svg"><defs><clipPath id="c"><circle cx="55" cy="55" r="52"/></clipPath></defs>
<circle cx="55" cy="55" r="54" fill="#3b5b92"/><g clip-path="url(#c)"><circle cx="55" cy="44" r="20" fill="#e8c4a0"/>
<ellipse cx="55" cy="105" rx="38" ry="30" fill="#e8c4a0"/><path d="M30 44 Q55 0 80 44 L80 70 Q55 60 30 70Z" fill="#2a2a2a" opacity=".85"/></g></svg>"""


def render_zety(p, out):
    h = """<!doctype html><html><head><meta charset="utf-8"><style>
@page{size:Letter;margin:12mm} body{font-family:'Liberation Serif',serif;font-size:10pt;margin:0;color:#222}
.top{display:flex;align-items:center;gap:18px;border-bottom:3px solid #3b5b92;padding-bottom:8px}
.top h1{font-size:22pt;margin:0;color:#3b5b92}.top .hl{font-style:italic}
.cols{display:flex;gap:18px;margin-top:10px}.left{width:64%%}.right{width:36%%;background:#f2f4f8;padding:10px;font-size:9pt}
h2{font-family:'Liberation Sans',sans-serif;font-size:10.5pt;text-transform:uppercase;color:#3b5b92;margin:12px 0 4px}
.role{font-weight:bold}.org{font-style:italic}.meta{color:#555;font-size:9pt} ul{margin:2px 0;padding-left:16px}
.job{margin-bottom:7px} .ct div{margin-bottom:5px;word-break:break-all}
</style></head><body><div class="top">%(avatar)s<div><h1>%(name)s</h1><div class="hl">%(hl)s</div></div></div>
<div class="cols"><div class="left"><h2>Summary</h2><p>%(summary)s</p><h2>Experience</h2>%(exp)s<h2>Education</h2>%(edu)s
<h2>Publications</h2><ol>%(pubs)s</ol><h2>Posters &amp; Presentations</h2>%(posters)s</div>
<div class="right"><h2>Contact</h2><div class="ct"><div><b>Address</b><br>%(loc)s</div><div><b>Phone</b><br>%(phone)s</div>
<div><b>E-mail</b><br>%(email)s</div><div><b>ORCID</b><br>%(link)s</div></div>
<h2>Licensure &amp; Exams</h2>%(exams)s<h2>Skills</h2>%(skills)s<h2>Languages</h2>%(langs)s<h2>Reference</h2>%(refs)s</div></div>
</body></html>""" % dict(avatar=AVATAR, name=esc(p["disp_name"]), hl=esc(p["headline"]), summary=esc(p["summary"]),
                         exp=exp_html(p), edu="".join("<div class='job'><div class='role'>%s</div><div class='org'>%s, %s</div><div class='meta'>%s</div></div>" % tuple(map(esc, e)) for e in p["edu"]),
                         pubs="".join("<li>%s</li>" % esc(x) for x in p["pubs"]), posters=list_html(p["posters"]),
                         loc=esc(p["location"]), phone=esc(p["phone"]), email=esc(p["email"]), link=esc(p["links"][0]),
                         exams=list_html(p["exams"]), skills=list_html(p["skills"]), langs=list_html(p["langs"]), refs=list_html(p["refs"]))
    chromium_pdf(h, out)


def render_linkedin_web(p, out):
    exps = "".join("""<div class="item"><div class="logo"></div><div><div class="role">%s</div><div>%s</div>
<div class="grey">%s</div><div class="grey">%s</div>%s</div></div>""" % (esc(e["role"]), esc(e["org"]), esc(e["dates"]), esc(e["place"]),
        "".join("<p>%s</p>" % esc(b) for b in e["bullets"])) for e in p["exp"])
    h = """<!doctype html><html><head><meta charset="utf-8"><style>
body{font-family:'DejaVu Sans','Noto Sans CJK KR',sans-serif;background:#f3f2ef;margin:0;font-size:10pt;color:rgba(0,0,0,.9)}
.card{background:#fff;border-radius:8px;margin:10px 16px;padding:14px 18px;border:1px solid #ddd}
.cover{height:60px;background:linear-gradient(90deg,#a0b4b7,#70b5f9);border-radius:8px 8px 0 0;margin:-14px -18px 10px}
h1{font-size:18pt;margin:0} h2{font-size:13pt;margin:0 0 8px} .grey{color:#666;font-size:9pt}
.item{display:flex;gap:10px;margin-bottom:10px}.logo{width:36px;height:36px;background:#d9e2ea;flex:none}.role{font-weight:bold}
.nav{background:#fff;padding:6px 16px;border-bottom:1px solid #ddd;font-size:9pt;color:#666}
p{margin:3px 0}
</style></head><body><div class="nav">in &nbsp; Home &nbsp; My Network &nbsp; Jobs &nbsp; Messaging &nbsp; Notifications</div>
<div class="card"><div class="cover"></div><h1>%(name)s</h1><div>%(hl)s</div><div class="grey">%(loc)s · Contact info</div>
<div class="grey">500+ connections</div></div>
<div class="card"><h2>Contact info</h2><div>Email: %(email)s</div><div>Phone: %(phone)s (Mobile)</div><div>%(link)s</div></div>
<div class="card"><h2>About</h2><p>%(summary)s</p></div>
<div class="card"><h2>Experience</h2>%(exps)s</div>
<div class="card"><h2>Education</h2>%(edu)s</div>
<div class="card"><h2>Licenses &amp; certifications</h2>%(exams)s</div>
<div class="card"><h2>Publications</h2>%(pubs)s</div>
<div class="card"><h2>Skills</h2>%(skills)s</div>
<div class="card"><h2>Languages</h2>%(langs)s</div></body></html>""" % dict(
        name=esc(p["disp_name"]), hl=esc(p["headline"]), loc=esc(p["location"]), email=esc(p["email"]),
        phone=esc(p["phone"]), link=esc(p["links"][0]), summary=esc(p["summary"]), exps=exps,
        edu="".join("<div class='item'><div class='logo'></div><div><div class='role'>%s</div><div>%s</div><div class='grey'>%s</div></div></div>" % (esc(b), esc(a), esc(d)) for a, b, c, d in p["edu"]),
        exams="".join("<div class='item'><div class='logo'></div><div class='role'>%s</div></div>" % esc(x) for x in p["exams"]),
        pubs="".join("<p>%s</p>" % esc(x) for x in p["pubs"]), skills="".join("<p>%s</p>" % esc(x) for x in p["skills"]),
        langs="".join("<p>%s</p>" % esc(x) for x in p["langs"]))
    chromium_pdf(h, out)


def render_scan_html(p, out_pdf):
    """Plain Word-like page used as the source of the scans."""
    h = """<!doctype html><html><head><meta charset="utf-8"><style>@page{size:A4;margin:18mm}
body{font-family:'Liberation Serif','DejaVu Serif',serif;font-size:12pt} h1{font-size:20pt;margin:0;text-align:center}
.c{text-align:center;margin-bottom:10px} h2{font-size:13pt;border-bottom:1px solid #000;margin:14px 0 4px}
.role{font-weight:bold}</style></head><body><h1>%s</h1><div class="c">%s<br>%s &middot; %s &middot; %s</div>
<h2>EXPERIENCE</h2>%s<h2>EDUCATION</h2>%s<h2>EXAMINATIONS</h2>%s<h2>LANGUAGES</h2><p>%s</p>%s</body></html>""" % (
        esc(p["disp_name"]), esc(p["headline"]), esc(p["location"]), esc(p["phone"]), esc(p["email"]),
        "".join("<div><span class='role'>%s</span>, %s, %s &mdash; %s</div>" % (esc(e["role"]), esc(e["org"]), esc(e["place"]), esc(e["dates"])) for e in p["exp"]),
        "".join("<div>%s, %s, %s (%s)</div>" % tuple(map(esc, e)) for e in p["edu"]),
        "".join("<div>%s</div>" % esc(x) for x in p["exams"]), esc(", ".join(p["langs"])),
        ("<h2>PUBLICATIONS</h2>" + "".join("<div>%d. %s</div>" % (i + 1, esc(x)) for i, x in enumerate(p["pubs"]))) if p["pubs"] else "")
    chromium_pdf(h, out_pdf)


# ------------------------------------------------------------------ scans (Pillow)
def make_scan(p, out):
    from PIL import Image, ImageFilter, ImageEnhance
    import numpy as np
    src = os.path.join(TMP, p["id"] + "_src.pdf")
    render_scan_html(p, src)
    subprocess.run(["pdftoppm", "-r", "110", "-png", "-f", "1", "-l", "1", src, os.path.join(TMP, p["id"] + "_pg")], check=True)
    pg = [f for f in os.listdir(TMP) if f.startswith(p["id"] + "_pg")][0]
    im = Image.open(os.path.join(TMP, pg)).convert("L")
    rng = np.random.default_rng(int(p["id"]))
    angle = {"017": 1.2, "018": -0.8, "019": 0.6, "020": -1.9, "021": 1.5}[p["id"]]
    im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=235)
    if p["id"] == "021":
        im = ImageEnhance.Contrast(im).enhance(0.45)
        im = ImageEnhance.Brightness(im).enhance(1.15)
    im = im.filter(ImageFilter.GaussianBlur(0.8 if p["id"] != "018" else 1.1))
    a = np.asarray(im).astype(np.float32)
    a += rng.normal(0, 9, a.shape)
    # uneven lighting like a phone photo
    h, w = a.shape
    yy, xx = np.mgrid[0:h, 0:w]
    a -= 25 * ((xx / w - 0.3) ** 2 + (yy / h - 0.4) ** 2)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if p["ext"] == "png":
        im.convert("RGB").save(out)
    elif p["ext"] == "jpg":
        im.convert("RGB").save(out, quality=55)
    else:
        im.convert("RGB").save(out, "PDF", resolution=110)


# ------------------------------------------------------------------ reportlab LinkedIn export
def render_linkedin_reportlab(p, out):
    from reportlab.lib.pagesizes import letter
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak, NextPageTemplate
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib import colors
    pdfmetrics.registerFont(TTFont("DV", FONT)); pdfmetrics.registerFont(TTFont("DVB", FONTB))
    W, H = letter
    S = lambda n, **k: ParagraphStyle(n, fontName=k.pop("f", "DV"), **k)
    side_h = S("sh", f="DVB", fontSize=12, leading=15, spaceBefore=10, spaceAfter=4)
    side = S("s", fontSize=9, leading=12, textColor=colors.HexColor("#333333"))
    name = S("n", fontSize=24, leading=28)
    hl = S("hl", fontSize=11, leading=14)
    grey = S("g", fontSize=10, leading=13, textColor=colors.HexColor("#b0b0b0"))
    h2 = S("h2", fontSize=15, leading=19, spaceBefore=14, spaceAfter=6)
    org = S("o", f="DVB", fontSize=11, leading=14, spaceBefore=6)
    body = S("b", fontSize=10, leading=13)
    from xml.sax.saxutils import escape as _x
    _P = Paragraph
    Paragraph = lambda t, s: _P(_x(t), s)
    doc = BaseDocTemplate(out, pagesize=letter, title=p["name"] + " - LinkedIn", author="LinkedIn")
    f_side = Frame(0, 0, 190, H, leftPadding=22, topPadding=30, id="side", showBoundary=0)
    f_main = Frame(190, 40, W - 190, H - 40, leftPadding=24, rightPadding=30, topPadding=30, id="main")
    f_main2 = Frame(190, 40, W - 190, H - 70, leftPadding=24, rightPadding=30, id="main2")

    def deco(c, d):
        c.saveState()
        if d.page == 1:
            c.setFillColor(colors.HexColor("#e7ebee")); c.rect(0, 0, 190, H, stroke=0, fill=1)
        c.setFont("DV", 8); c.setFillColor(colors.grey)
        c.drawCentredString(W / 2 + 95, 20, "Page %d of 2" % d.page)
        c.restoreState()
    doc.addPageTemplates([PageTemplate("first", [f_side, f_main], onPage=deco),
                          PageTemplate("later", [f_main2], onPage=deco)])
    st = [NextPageTemplate("later"), Paragraph("Contact", side_h), Paragraph(p["email"], side),
          Paragraph(p["phone"], side)]
    st += [Paragraph(l, side) for l in p["links"]]
    st += [Paragraph("Top Skills", side_h)] + [Paragraph(s, side) for s in p["skills"]]
    st += [Paragraph("Languages", side_h)] + [Paragraph(s, side) for s in p["langs"]]
    st += [Paragraph("Certifications", side_h)] + [Paragraph(s, side) for s in p["certs"]]
    st += [Paragraph("Honors-Awards", side_h), Paragraph("Best Outgoing Intern 2023", side)]
    st += [Paragraph("Publications", side_h)] + [Paragraph(s.split(". ")[1] if ". " in s else s, side) for s in p["pubs"]]
    st += [FrameBreak(), Paragraph(p["disp_name"], name), Paragraph(p["headline"], hl), Paragraph(p["location"], grey),
           Paragraph("Summary", h2), Paragraph(p["summary"], body), Paragraph("Experience", h2)]
    for e in p["exp"]:
        st += [Paragraph(e["org"], org), Paragraph(e["role"], body), Paragraph(e["dates"], grey), Paragraph(e["place"], grey)]
        st += [Paragraph(b, body) for b in e["bullets"]]
    st += [Paragraph("Education", h2)]
    for a, b, c_, d in p["edu"]:
        st += [Paragraph(b, org), Paragraph("%s · (%s)" % (a, d), body)]
    st += [Paragraph("Posters (from Featured)", h2)] + [Paragraph(x, body) for x in p["posters"]]
    st += [Paragraph("Recommendations", h2)] + [Paragraph(x, body) for x in p["refs"]]
    doc.build(st)


# ------------------------------------------------------------------ fpdf2
def fpdf_base():
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.add_font("DV", "", FONT); pdf.add_font("DV", "B", FONTB)
    pdf.set_auto_page_break(True, 15)
    return pdf


def render_linkedin_fpdf(p, out):
    pdf = fpdf_base(); pdf.add_page()
    pdf.set_fill_color(235, 239, 242); pdf.rect(0, 0, 62, 297, "F")
    # sidebar
    pdf.set_xy(8, 14)
    def sh(t):
        pdf.set_x(8); pdf.set_font("DV", "B", 11); pdf.cell(50, 7, t, new_x="LMARGIN", new_y="NEXT")
    def sl(t):
        pdf.set_x(8); pdf.set_font("DV", "", 8); pdf.multi_cell(50, 4.2, t, new_x="LMARGIN", new_y="NEXT")
    sh("Contact"); sl(p["phone"]); sl(p["email"]); [sl(l) for l in p["links"]]
    pdf.ln(3); sh("Top Skills"); [sl(s) for s in p["skills"]]
    pdf.ln(3); sh("Languages"); [sl(s) for s in p["langs"]]
    pdf.ln(3); sh("Certifications"); [sl(s) for s in p["certs"]]
    pdf.set_left_margin(70); pdf.set_xy(70, 14)
    pdf.set_font("DV", "", 22); pdf.multi_cell(130, 10, p["disp_name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 10.5); pdf.multi_cell(130, 5, p["headline"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(150, 150, 150); pdf.multi_cell(130, 5, p["location"], new_x="LMARGIN", new_y="NEXT"); pdf.set_text_color(0)
    def h2(t):
        pdf.ln(4); pdf.set_font("DV", "", 14); pdf.cell(130, 8, t, new_x="LMARGIN", new_y="NEXT")
    h2("Summary"); pdf.set_font("DV", "", 9.5); pdf.multi_cell(130, 4.8, p["summary"], new_x="LMARGIN", new_y="NEXT")
    h2("Experience")
    for e in p["exp"]:
        pdf.set_font("DV", "B", 10.5); pdf.multi_cell(130, 5.5, e["org"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 9.5); pdf.multi_cell(130, 4.8, e["role"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(140, 140, 140); pdf.multi_cell(130, 4.8, e["dates"], new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(130, 4.8, e["place"], new_x="LMARGIN", new_y="NEXT"); pdf.set_text_color(0)
        for b in e["bullets"]:
            pdf.multi_cell(130, 4.8, b, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    h2("Education")
    for a, b, c, d in p["edu"]:
        pdf.set_font("DV", "B", 10.5); pdf.multi_cell(130, 5.5, b, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 9.5); pdf.multi_cell(130, 4.8, "%s · (%s)" % (a, d), new_x="LMARGIN", new_y="NEXT")
    h2("Publications"); pdf.set_font("DV", "", 9.5)
    [pdf.multi_cell(130, 4.8, x, new_x="LMARGIN", new_y="NEXT") for x in p["pubs"]]
    pdf.set_title(p["name"]); pdf.output(out)


def render_skillbars_fpdf(p, out):
    pdf = fpdf_base(); pdf.add_page()
    pdf.set_fill_color(94, 53, 177); pdf.rect(0, 0, 210, 38, "F")
    pdf.set_text_color(255); pdf.set_font("DV", "B", 22); pdf.set_xy(12, 9); pdf.cell(0, 10, p["disp_name"])
    pdf.set_font("DV", "", 11); pdf.set_xy(12, 21); pdf.cell(0, 8, p["headline"]); pdf.set_text_color(30)
    pdf.set_fill_color(243, 238, 252); pdf.rect(0, 38, 70, 259, "F")
    y = 46
    def sh(t, x=8, w=56):
        nonlocal y
        pdf.set_xy(x, y); pdf.set_font("DV", "B", 11); pdf.set_text_color(94, 53, 177); pdf.cell(w, 7, t); pdf.set_text_color(30); y += 8
    def sl(t, x=8, w=56, size=8.5):
        nonlocal y
        pdf.set_xy(x, y); pdf.set_font("DV", "", size); pdf.multi_cell(w, 4.3, t); y = pdf.get_y() + 1
    sh("CONTACT"); sl("✆  " + p["phone"]); sl("✉  " + p["email"]); sl("⌂  " + p["location"])
    y += 3; sh("SKILLS")
    for n, v in p["skills"]:
        sl(n); pdf.set_fill_color(210, 200, 235); pdf.rect(8, y, 54, 2.5, "F"); pdf.set_fill_color(94, 53, 177)
        pdf.rect(8, y, 54 * v / 100, 2.5, "F"); y += 5
    y += 3; sh("LANGUAGES")
    for n, v in p["langs"]:
        sl(n); 
        for i in range(5):
            pdf.set_fill_color(*((94, 53, 177) if i < round(v / 20) else (210, 200, 235)))
            pdf.ellipse(8 + i * 6, y, 3.5, 3.5, "F")
        y += 6
    y += 3; sh("REFERENCE"); [sl(r) for r in p["refs"]]
    y = 46
    X, Wm = 78, 122
    sh("EXPERIENCE", X, Wm)
    for e in p["exp"]:
        pdf.set_xy(X, y); pdf.set_font("DV", "B", 10); pdf.multi_cell(Wm, 5, e["role"]); y = pdf.get_y()
        sl("%s — %s" % (e["org"], e["place"]), X, Wm, 9); sl(e["dates"], X, Wm, 8); y += 2
    sh("EDUCATION", X, Wm)
    for a, b, c, d in p["edu"]:
        pdf.set_xy(X, y); pdf.set_font("DV", "B", 10); pdf.multi_cell(Wm, 5, a); y = pdf.get_y(); sl("%s, %s · %s" % (b, c, d), X, Wm, 9)
    y += 2; sh("EXAMS", X, Wm); [sl("▪ " + x, X, Wm, 9) for x in p["exams"]]
    y += 2; sh("PUBLICATIONS", X, Wm); [sl(x, X, Wm, 9) for x in p["pubs"]]
    pdf.set_title("Canva design - CV"); pdf.set_creator("Canva"); pdf.output(out)


# ------------------------------------------------------------------ python-docx
def docx_common_sections(d, p, heading):
    """heading(text) adds a section heading."""
    for title, items in [("Examinations & Certification", p.get("exams", [])), ("Languages", [plain(x) for x in p["langs"]]),
                         ("Skills", [plain(x) for x in p.get("skills", [])]), ("Publications", p["pubs"]),
                         ("Posters, Abstracts & Other Work", p.get("posters", [])), ("Additional Information", p.get("misc", [])),
                         ("References", p.get("refs", []))]:
        if not items:
            continue
        heading(title)
        for i, x in enumerate(items):
            d.add_paragraph(("%d. " % (i + 1) if title == "Publications" else "") + x,
                            style=None if title == "Publications" else "List Bullet")


def render_gdocs_docx(p, out, lo_pdf=False):
    from docx import Document
    from docx.shared import Pt, RGBColor
    d = Document()
    d.core_properties.title = "Copy of Resume Template - " + p["name"]
    d.core_properties.author = p["name"]
    d.core_properties.comments = "Docs"
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
    d.add_paragraph(p["disp_name"], style="Title")
    d.add_paragraph(p["headline"], style="Subtitle")
    d.add_paragraph("%s  •  %s  •  %s" % (p["location"], p["phone"], p["email"]))
    def H(t):
        h = d.add_heading(t, level=1)
    H("Clinical Experience")
    for e in p["exp"]:
        h = d.add_heading("", level=2)
        r = h.add_run(e["org"] + ", "); r2 = h.add_run(e["place"] + " — " if e["place"] else ""); h.add_run(e["role"]).italic = True
        d.add_heading(e["dates"].upper(), level=3)
        for b in e["bullets"]:
            d.add_paragraph(b, style="List Bullet")
    H("Education")
    for a, b, c, dt in p["edu"]:
        h = d.add_heading(b + ", " + c + " — " + a, level=2)
        d.add_heading(dt, level=3)
    docx_common_sections(d, p, H)
    if lo_pdf:
        tmp = os.path.join(TMP, os.path.basename(out).replace(".pdf", ".docx"))
        d.save(tmp)
        lo_convert(tmp, "pdf", out)
    else:
        d.save(out)


def lo_convert(src, fmt, out):
    od = os.path.join(TMP, "lo_" + os.path.basename(out))
    os.makedirs(od, exist_ok=True)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + TMP + "/lo_profile", "--convert-to", fmt,
                    "--outdir", od, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    res = [f for f in os.listdir(od) if f.endswith("." + fmt)][0]
    shutil.move(os.path.join(od, res), out)


def set_cell_bg(cell, hexcolor):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def render_word_table(p, out):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    d = Document()
    sec = d.sections[0]; sec.left_margin = sec.right_margin = Cm(1.8)
    d.styles["Normal"].font.name = "Calibri"; d.styles["Normal"].font.size = Pt(10)
    t = d.add_table(rows=1, cols=2); t.style = "Table Grid"
    c0, c1 = t.rows[0].cells
    r = c0.paragraphs[0].add_run(p["disp_name"]); r.bold = True; r.font.size = Pt(18)
    c0.add_paragraph(p["headline"]); c0.add_paragraph(p["location"])
    c1.paragraphs[0].add_run("Mobile: " + p["phone"]); c1.add_paragraph("Email: " + p["email"])
    set_cell_bg(c0, "DCE6F1")
    def H(txt):
        pp = d.add_paragraph(); rr = pp.add_run(txt.upper()); rr.bold = True; rr.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    H("Professional Experience")
    t = d.add_table(rows=0, cols=2); t.style = "Light List Accent 1"
    for e in p["exp"]:
        row = t.add_row().cells
        row[0].text = e["dates"]; row[0].width = Cm(3.5)
        row[1].text = ""
        row[1].paragraphs[0].add_run(e["role"]).bold = True
        row[1].add_paragraph("%s, %s" % (e["org"], e["place"]))
        for b in e["bullets"]:
            row[1].add_paragraph("• " + b)
    H("Education")
    t = d.add_table(rows=0, cols=2)
    for a, b, c, dt in p["edu"]:
        row = t.add_row().cells; row[0].text = dt; row[1].text = "%s — %s, %s" % (a, b, c)
    H("Licensure & Examinations")
    t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
    for x in p["exams"]:
        k, _, v = x.partition(" – ")
        row = t.add_row().cells; row[0].text = k; row[1].text = v
    H("Languages"); d.add_paragraph(" | ".join(p["langs"]))
    H("Skills"); d.add_paragraph(", ".join(p["skills"]))
    H("Presentations"); [d.add_paragraph(x) for x in p["posters"]]
    H("Character References")
    t = d.add_table(rows=1, cols=len(p["refs"])); t.style = "Table Grid"
    for i, r_ in enumerate(p["refs"]):
        t.rows[0].cells[i].text = r_.replace(" – ", "\n")
    d.save(out)


def render_sidebar_docx(p, out):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    d = Document()
    sec = d.sections[0]; sec.left_margin = sec.right_margin = Cm(1.2); sec.top_margin = Cm(1.2)
    d.styles["Normal"].font.name = "Calibri"; d.styles["Normal"].font.size = Pt(9.5)
    t = d.add_table(rows=1, cols=2)
    side, main = t.rows[0].cells
    side.width = Cm(6); main.width = Cm(12.5)
    set_cell_bg(side, "263238")
    def sp(txt, bold=False, size=9, color=(255, 255, 255)):
        pp = side.add_paragraph(); r = pp.add_run(txt); r.bold = bold; r.font.size = Pt(size); r.font.color.rgb = RGBColor(*color)
    side.paragraphs[0].add_run(" ")
    sp("CONTACTO / CONTACT", True, 10, (255, 193, 7)); sp(p["phone"]); sp(p["email"]); sp(p["location"])
    for x in p["misc"]:
        sp(x)
    sp("IDIOMAS / LANGUAGES", True, 10, (255, 193, 7)); [sp(l) for l in p["langs"]]
    sp("USMLE", True, 10, (255, 193, 7)); [sp(x) for x in p["exams"]]
    sp("REFERENCIAS", True, 10, (255, 193, 7)); [sp(x) for x in p["refs"]]
    r = main.paragraphs[0].add_run(p["disp_name"]); r.bold = True; r.font.size = Pt(20)
    main.add_paragraph(p["headline"])
    def mh(txt):
        pp = main.add_paragraph(); rr = pp.add_run(txt); rr.bold = True; rr.font.size = Pt(11); rr.font.color.rgb = RGBColor(0x26, 0x32, 0x38)
    mh("EXPERIENCIA CLÍNICA / CLINICAL EXPERIENCE")
    for e in p["exp"]:
        pp = main.add_paragraph(); pp.add_run(e["dates"] + "   ").bold = True; pp.add_run(e["role"])
        main.add_paragraph("%s — %s" % (e["org"], e["place"]))
        for b in e["bullets"]:
            main.add_paragraph("· " + b)
    mh("EDUCACIÓN / EDUCATION")
    for a, b, c, dt in p["edu"]:
        main.add_paragraph("%s\n%s, %s\n%s" % (a, b, c, dt))
    mh("PUBLICACIONES / PUBLICATIONS")
    for x in p["pubs"]:
        main.add_paragraph(x)
    d.save(out)


def render_header_footer_docx_pdf(p, out):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    d.styles["Normal"].font.name = "Cambria"; d.styles["Normal"].font.size = Pt(10.5)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.add_run("%s\n%s | %s" % (p["disp_name"], p["email"], p["phone"])).font.size = Pt(8)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run(p["location"] + "  ·  Curriculum Vitae").font.size = Pt(8)
    tp = d.add_paragraph(style="Title"); tp.add_run("CURRICULUM VITAE")
    d.add_paragraph(p["headline"], style="Subtitle")
    def H(t):
        d.add_heading(t, level=1)
    H("Clinical Experience")
    t = d.add_table(rows=0, cols=3); t.style = "Table Grid"
    for e in p["exp"]:
        c = t.add_row().cells; c[0].text = e["dates"]; c[1].text = e["role"]; c[2].text = "%s\n%s" % (e["org"], e["place"])
    H("Education")
    for a, b, c, dt in p["edu"]:
        d.add_paragraph("%s — %s, %s (%s)" % (a, b, c, dt))
    docx_common_sections(d, p, H)
    tmp = os.path.join(TMP, "w62_011.docx"); d.save(tmp)
    lo_convert(tmp, "pdf", out)


# ------------------------------------------------------------------ odfpy
def render_novoresume_odt(p, out, frame=False):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, GraphicProperties, TableColumnProperties, TableCellProperties
    from odf.text import P as TP, H as TH, Span, List, ListItem
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.draw import Frame, TextBox
    doc = OpenDocumentText()
    def pst(name, size=10, bold=False, color="#222222", mt="0cm"):
        s = Style(name=name, family="paragraph")
        s.addElement(TextProperties(fontsize="%spt" % size, fontweight="bold" if bold else "normal", color=color, fontname="DejaVu Sans"))
        s.addElement(ParagraphProperties(margintop=mt, marginbottom="0.08cm"))
        doc.automaticstyles.addElement(s); return s
    sName = pst("Nm", 22, True, "#0a4c6a"); sHl = pst("Hl", 11, False, "#0a4c6a"); sH = pst("Hd", 12, True, "#0a4c6a", "0.35cm")
    sB = pst("Bd", 9.5); sR = pst("Rl", 10, True); sG = pst("Gr", 8.5, False, "#666666")
    def para(t, s=sB):
        return TP(stylename=s, text=t)
    if frame:
        fs = Style(name="fr1", family="graphic")
        fs.addElement(GraphicProperties(border="0.06pt solid #0a4c6a", padding="0.2cm", backgroundcolor="#eaf3f7", fill="solid", fillcolor="#eaf3f7",
                                        wrap="parallel", anchortype="paragraph"))
        doc.automaticstyles.addElement(fs)
        anchor = para("")
        fr = Frame(stylename=fs, width="6.5cm", height="3.6cm", x="10.5cm", y="0cm", anchortype="paragraph", name="Contact")
        tb = TextBox()
        for t in ["Contact", "☎ " + p["phone"], "✉ " + p["email"], "⌂ " + p["location"]] + p.get("misc", []):
            tb.addElement(para(t, sG))
        fr.addElement(tb); anchor.addElement(fr); doc.text.addElement(anchor)
        doc.text.addElement(para(p["disp_name"], sName)); doc.text.addElement(para(p["headline"], sHl))
        doc.text.addElement(para("")); doc.text.addElement(para(""))
    else:
        doc.text.addElement(para(p["disp_name"], sName))
        if p.get("name_alt"):
            doc.text.addElement(para(p["name_alt"], sG))
        doc.text.addElement(para(p["headline"], sHl))
        # contact table, 3 cols
        cs = Style(name="c1", family="table-cell"); cs.addElement(TableCellProperties(backgroundcolor="#0a4c6a", padding="0.1cm"))
        doc.automaticstyles.addElement(cs)
        wt = pst("Wt", 8.5, False, "#ffffff")
        tbl = Table(name="contacts"); tbl.addElement(TableColumn(numbercolumnsrepeated=3))
        tr = TableRow()
        for t in ["✉ " + p["email"], "☎ " + p["phone"], "⌖ " + p["location"]]:
            tc = TableCell(stylename=cs); tc.addElement(para(t, wt)); tr.addElement(tc)
        tbl.addElement(tr); doc.text.addElement(tbl)
        if p.get("summary"):
            doc.text.addElement(para(p["summary"]))
    doc.text.addElement(para("WORK EXPERIENCE", sH))
    for e in p["exp"]:
        doc.text.addElement(para(e["role"], sR)); doc.text.addElement(para(e["org"]))
        doc.text.addElement(para("%s    %s" % (e["dates"], e["place"]), sG))
        for b in e["bullets"]:
            doc.text.addElement(para("• " + b))
    doc.text.addElement(para("EDUCATION", sH))
    for a, b, c, dt in p["edu"]:
        doc.text.addElement(para(a, sR)); doc.text.addElement(para("%s, %s" % (b, c))); doc.text.addElement(para(dt, sG))
    for title, items in [("EXAMS & LICENSES", p["exams"]), ("SKILLS", p.get("skills", [])), ("LANGUAGES", p["langs"]),
                         ("PUBLICATIONS", p["pubs"]), ("ADDITIONAL", [] if frame else p.get("misc", [])), ("REFERENCES", p["refs"])]:
        if items:
            doc.text.addElement(para(title, sH))
            for x in items:
                doc.text.addElement(para("• " + plain(x)))
    doc.save(out)


# ------------------------------------------------------------------ text formats
def render_email_txt(p, out):
    L = ["From: Lucas Ferreira <%s>" % p["email"], "To: rotations@clinical-placements.example", "Subject: Application - Neurology rotation - CV below",
         "", "Dear Rotation Coordinator,", "",
         "I am a sixth-year medical student at UFMG (Brazil) interested in Neurology and would like to apply for a clinical rotation.",
         "My attachments keep bouncing, so I pasted my CV below. Thank you for your time!", "",
         "-----", "", p["disp_name"].upper(), p["headline"] + " | " + p["location"], "", "EDUCATION"]
    for a, b, c, d in p["edu"]:
        L.append("%s\t%s, %s\t%s" % (d, b, c, a))
    L += ["", "CLINICAL EXPERIENCE"]
    for e in p["exp"]:
        L.append("* %s -- %s, %s (%s)" % (e["role"], e["org"], e["place"], e["dates"]))
    L += ["", "EXAMS"] + ["  " + x for x in p["exams"]]
    L += ["", "PUBLICATIONS"] + ["  1. " + p["pubs"][0]] + ["  " + x for x in p["posters"]]
    L += ["", "LANGUAGES: " + "; ".join(p["langs"]), "", "OTHER: " + " ".join(p["misc"]), "",
          "REFERENCE: " + p["refs"][0], "", "-----", "", "Atenciosamente / Best regards,", "Lucas",
          "WhatsApp: " + p["phone"], "", "Enviado do meu iPhone"]
    open(out, "w", encoding="utf-8", newline="\r\n").write("\n".join(L) + "\n")


def render_markdown_txt(p, out):
    L = ["# %s  (%s)" % (p["disp_name"], p["name_alt"]), "", "**%s** — %s" % (p["headline"], p["location"]), "",
         "- Email: <%s>" % p["email"]] + ["- " + x for x in p["misc"]] + ["", "## Experience", ""]
    for e in p["exp"]:
        L.append("### %s" % e["role"])
        L.append("*%s* · %s · `%s`" % (e["org"], e["place"], e["dates"]))
        for b in e["bullets"]:
            L.append("  - " + b)
        L.append("")
    L += ["## Education", ""] + ["- **%s**, %s, %s (%s)" % e for e in p["edu"]]
    L += ["", "## USMLE / Certification", ""] + ["| %s |" % x.replace(" — ", " | ") for x in p["exams"]]
    L += ["", "## Publications (peer-reviewed)", ""] + ["%d. %s" % (i + 1, x) for i, x in enumerate(p["pubs"])]
    L += ["", "## Abstracts", ""] + ["- " + x for x in p["posters"]]
    L += ["", "## Languages", "", ", ".join(p["langs"]), "", "## Referee", "", "> " + p["refs"][0], ""]
    open(out, "w", encoding="utf-8").write("\n".join(L))


def rtf_esc(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch in "\\{}":
            o.append("\\" + ch)
        elif c < 128:
            o.append(ch)
        else:
            o.append("\\u%d?" % (c if c < 32768 else c - 65536))
    return "".join(o)


def render_rtf(p, out):
    R = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}",
         r"{\info{\title CV %s}{\author %s}}" % (rtf_esc(p["name"]), rtf_esc(p["name"])),
         r"\paperw12240\paperh15840\margl1200\margr1200\f1\fs20",
         r"{\pard\qc\b\fs32 %s\b0\par}" % rtf_esc(p["disp_name"]),
         r"{\pard\qc %s\par}" % rtf_esc("%s | %s | %s" % (p["location"], p["phone"], p["email"])),
         r"{\pard\qc\i %s\i0\par}\par" % rtf_esc(p["headline"])]
    def H(t):
        R.append(r"{\pard\sb200\brdrb\brdrs\brdrw10\b %s\b0\par}" % rtf_esc(t))
    H("CLINICAL EXPERIENCE")
    for e in p["exp"]:
        R.append(r"{\pard\tx7200\b %s\b0\tab %s\par}" % (rtf_esc(e["role"]), rtf_esc(e["dates"])))
        R.append(r"{\pard\i %s, %s\i0\par}" % (rtf_esc(e["org"]), rtf_esc(e["place"])))
        for b in e["bullets"]:
            R.append(r"{\pard\li360\fi-180 \bullet  %s\par}" % rtf_esc(b))
    H("EDUCATION")
    for a, b, c, d in p["edu"]:
        R.append(r"{\pard\tx7200 %s, %s, %s\tab %s\par}" % (rtf_esc(a), rtf_esc(b), rtf_esc(c), rtf_esc(d)))
    for t, items in [("EXAMINATIONS", p["exams"]), ("LANGUAGES", p["langs"]), ("RESEARCH", p["posters"]), ("REFERENCES", p["refs"])]:
        H(t)
        for x in items:
            R.append(r"{\pard\li360\fi-180 \bullet  %s\par}" % rtf_esc(x))
    R.append("}")
    open(out, "w", encoding="ascii").write("\n".join(R))


# ------------------------------------------------------------------ damaged
def make_damaged(num, layout, ext, out):
    if layout == "damaged_truncated_pdf":
        src = os.path.join(TMP, "trunc_src.pdf")
        q = dict(P[0]); render_linkedin_reportlab(dict(q, disp_name="Rahul Verma", email="rahul.verma@gmail.com"), src)
        b = open(src, "rb").read(); open(out, "wb").write(b[: len(b) * 2 // 5])
    elif layout == "damaged_encrypted_pdf":
        from pypdf import PdfReader, PdfWriter
        src = os.path.join(TMP, "enc_src.pdf")
        render_skillbars_fpdf(dict(P[14], disp_name="Selam Haile"), src)
        w = PdfWriter(clone_from=PdfReader(src)); w.encrypt(user_password="Selam2025!", owner_password="own-62", algorithm="RC4-128")
        w.write(out)
    else:
        rnd = random.Random(24)
        open(out, "wb").write(bytes(rnd.randrange(256) for _ in range(18000)))


RENDER = {
    "linkedin_pdf": render_linkedin_reportlab, "canva_two_column": render_canva, "gdocs_docx": render_gdocs_docx,
    "zety_photo_right_column": render_zety, "word_table_docx": render_word_table, "email_body_txt": render_email_txt,
    "markdown_txt": render_markdown_txt, "linkedin_fpdf": render_linkedin_fpdf, "novoresume_odt": render_novoresume_odt,
    "plain_rtf": render_rtf, "word_header_footer_lo_pdf": render_header_footer_docx_pdf,
    "gdocs_lo_pdf": lambda p, o: render_gdocs_docx(p, o, lo_pdf=True), "linkedin_chromium_print": render_linkedin_web,
    "docx_sidebar_table": render_sidebar_docx, "canva_skillbars_fpdf": render_skillbars_fpdf,
    "odt_text_frame": lambda p, o: render_novoresume_odt(p, o, frame=True),
}


def main():
    only = sys.argv[1:]
    os.makedirs(OUT, exist_ok=True)
    rows = []
    for p in P:
        out = os.path.join(OUT, fname(p))
        if not only or p["id"] in only:
            print("building", fname(p), flush=True)
            if p["layout"].startswith("scan"):
                make_scan(p, out)
            else:
                RENDER[p["layout"]](p, out)
        rows.append(truth_for(p))
    for num, layout, ext in DAMAGED:
        f = "w62_%s_%s.%s" % (num, layout, ext)
        if not only or num in only:
            print("building", f, flush=True)
            make_damaged(num, layout, ext, os.path.join(OUT, f))
        rows.append({"file": f, "layout": layout, "error": True})
    with open(os.path.join(HERE, "..", "truth.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)


if __name__ == "__main__":
    main()
