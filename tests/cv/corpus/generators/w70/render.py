# -*- coding: utf-8 -*-
"""Renderers for w70 CVs. Usage: python render.py OUTDIR"""
import html, os, subprocess, sys, shutil, tempfile, random
from people import PEOPLE, DAMAGED, fname

OUT = sys.argv[1] if len(sys.argv) > 1 else "files"
TMP = tempfile.mkdtemp(prefix="w70_")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTI = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
e = html.escape

# ------------------------------------------------------------------ HTML helpers
ICON = {"mail": "✉", "phone": "☎", "loc": "⌂", "web": "⚲", "cal": "◷"}

def bar(pct, color="#2b6cb0"):
    return (f'<div class="bar"><div class="fill" style="width:{pct}%;background:{color}"></div></div>' if pct else "")

def h_exp(items, cls="exp"):
    out = []
    for it in items:
        role, site, dates, desc = it
        out.append(f'<div class="{cls}"><div class="row"><b>{e(role)}</b><span class="dates">{e(dates)}</span></div>'
                   f'<div class="site">{e(site)}</div>' + (f'<div class="desc">{e(desc)}</div>' if desc else "") + '</div>')
    return "\n".join(out)

def usce_items(p):
    return [(u["role"], u["site"], u["dates"], u["desc"]) for u in p["usce"]]

def h_list(xs):
    return "<ul>" + "".join(f"<li>{e(x)}</li>" for x in xs) + "</ul>" if xs else "<p>—</p>"

def h_refs(p):
    return "".join(f'<div class="ref"><b>{e(r["name"])}</b><br>{e(r["title"])}, {e(r["org"])}<br>'
                   f'{e(r["email"])} · {e(r["phone"])}</div>' for r in p["referees"]) or "<p>Available on request.</p>"

def h_status(p):
    xs = list(p["exams"])
    if p.get("ecfmg_disp"): xs.append(p["ecfmg_disp"])
    if p.get("visa_disp"): xs.append(p["visa_disp"])
    return h_list(xs)

def html_page(css, body):
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 0; }}
* {{ box-sizing: border-box; }}
body {{ margin:0; font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; font-size: 9.2pt; color:#222; }}
ul {{ margin: 2px 0 4px 16px; padding:0; }} li {{ margin-bottom: 2px; }}
.row {{ display:flex; justify-content:space-between; gap:8px; }}
.dates {{ white-space:nowrap; color:#555; }}
.site {{ font-style: italic; color:#444; }}
.desc {{ font-size: 8.5pt; }}
.exp {{ margin-bottom: 6px; }}
.bar {{ height:6px; background:#ddd; border-radius:3px; margin:2px 0 6px; }}
.fill {{ height:6px; border-radius:3px; }}
.ref {{ margin-bottom:6px; font-size:8.5pt; }}
{css}
</style></head><body>{body}</body></html>"""

def html_zety(p):
    langs = "".join(f'<div>{e(l)} <small>({e(lv)})</small>{bar(pct, "#f6ad55")}</div>' for l, lv, pct in p["languages"])
    skills = "".join(f'<div>{e(s)}{bar(pct, "#f6ad55")}</div>' for s, pct in p["skills"])
    css = """
.wrap { display:flex; min-height: 297mm; }
.side { width: 34%; background:#1f3a5f; color:#eef; padding: 18px 14px; }
.side h2 { color:#f6ad55; font-size:10.5pt; border-bottom:1px solid #f6ad55; margin:14px 0 6px; }
.main { width: 66%; padding: 20px 20px; }
.main h2 { color:#1f3a5f; font-size:11.5pt; text-transform: uppercase; border-bottom:2px solid #1f3a5f; margin:12px 0 6px; }
.name { font-size: 22pt; font-weight:bold; color:#1f3a5f; text-transform: uppercase; letter-spacing: 0.5px; }
.head { color:#b7791f; font-size: 11pt; margin-bottom:6px; }
.ic { display:inline-block; width:16px; color:#f6ad55; }
.side .site, .side .dates { color:#dde; }
.photo { width:90px; height:90px; border-radius:50%; background:#cbd5e0; margin: 0 auto 10px; display:flex; align-items:center; justify-content:center; color:#1f3a5f; font-size:8pt;}
"""
    body = f"""<div class="wrap"><div class="side">
<div class="photo">PHOTO</div>
<h2>Contact</h2>
<div><span class="ic">{ICON['mail']}</span>{e(p['email'])}</div>
<div><span class="ic">{ICON['phone']}</span>{e(p['phone_disp'])}</div>
<div><span class="ic">{ICON['loc']}</span>{e(p['address'])}</div>
{f"<div><span class='ic'>{ICON['cal']}</span>{e(p['dob'])}</div>" if p['dob'] else ''}
<h2>Languages</h2>{langs}
<h2>Skills</h2>{skills}
<h2>Exams &amp; Status</h2>{h_status(p)}
<h2>References</h2>{h_refs(p)}
</div><div class="main">
<div class="name">{e(p['name'])}</div><div class="head">{e(p['headline'])}</div>
<h2>Profile</h2><p>Career interest: {e(p['interest_disp'])}.</p>
<h2>Education</h2><div class="exp"><div class="row"><b>{e(p['degree'])}</b><span class="dates">{e(p['grad_disp'])}</span></div>
<div class="site">{e(p['school'])} — {e(p['school_city'])}</div></div>
<h2>US Clinical Experience</h2>{h_exp(usce_items(p))}
<h2>Clinical Experience (International)</h2>{h_exp(p['other'])}
<h2>Publications</h2>{h_list(p['pubs'])}
{('<h2>Posters &amp; Presentations</h2>' + h_list(p['posters'])) if p['posters'] else ''}
</div></div>"""
    return html_page(css, body)

def html_europass(p):
    css = """
.page { padding: 22px 30px; }
.top { display:flex; align-items:center; gap:14px; border-bottom: 3px solid #0e4c92; padding-bottom:8px; }
.logo { color:#0e4c92; font-weight:bold; font-size:13pt; }
.logo span { display:inline-block; width:22px; height:22px; border-radius:50%; background:#0e4c92; color:#ffd617; text-align:center; line-height:22px; margin-right:4px;}
.name { font-size: 18pt; color:#0e4c92; }
.sec { display:flex; margin-top: 10px; }
.lab { width: 28%; color:#0e4c92; text-transform:uppercase; font-size:8.5pt; text-align:right; padding-right:12px; font-weight:bold; border-right:1px solid #0e4c92; }
.val { width: 72%; padding-left: 12px; }
table.lang { border-collapse: collapse; font-size:8.5pt; } table.lang td, table.lang th { border:1px solid #9ab; padding:2px 6px; }
"""
    def sec(lab, val):
        return f'<div class="sec"><div class="lab">{e(lab)}</div><div class="val">{val}</div></div>'
    langs = "<table class='lang'><tr><th>Language</th><th>Level (CEFR / self-assessed)</th></tr>" + "".join(
        f"<tr><td>{e(l)}</td><td>{e(lv)}</td></tr>" for l, lv, _ in p["languages"]) + "</table>"
    pi = (f"<b>{e(p['name'])}</b>" + (f" <span dir='rtl'>{e(p['name_alt'])}</span>" if p.get('name_alt') else "") +
          f"<br>{e(p['dob'])}<br>Address: {e(p['address'])}<br>Phone: {e(p['phone_disp'])}<br>Email address: {e(p['email'])}")
    body = f"""<div class="page"><div class="top"><div class="logo"><span>★</span>europass</div>
<div class="name">Curriculum Vitae — {e(p['name'])}</div></div>
{sec('Personal information', pi)}
{sec('Job applied for', e(p['interest_disp']) + ' — clinical rotation / residency')}
{sec('Education and training', f"<div class='row'><b>{e(p['degree'])}</b><span class='dates'>{e(p['grad_disp'])}</span></div><div class='site'>{e(p['school'])}, {e(p['school_city'])}</div>")}
{sec('Work experience (United States)', h_exp(usce_items(p)))}
{sec('Work experience (other)', h_exp(p['other']))}
{sec('Licensing examinations', h_status(p))}
{sec('Language skills', langs)}
{sec('Publications', h_list(p['pubs']))}
{sec('Conferences', h_list(p['posters'])) if p['posters'] else ''}
{sec('References', h_refs(p))}
</div>"""
    return html_page(css, body)

def html_moderncv(p):
    css = """
.page { padding: 26px 34px; font-family: 'Liberation Serif', serif; font-size: 10pt; }
.name { font-size: 26pt; color:#3873b3; } .name .last { color:#555; }
.head { font-style: italic; color:#777; font-size: 12pt; }
.contact { text-align:right; margin-top:-58px; font-size:8.8pt; color:#555; line-height:1.5; }
h2 { font-weight:normal; color:#3873b3; font-size: 14pt; display:flex; align-items:center; margin: 16px 0 6px; }
h2::before { content:""; display:inline-block; width:24%; height:5px; background:#3873b3; margin-right:8px; opacity:.6 }
.it { display:flex; margin-bottom:5px; } .it .l { width:24%; text-align:right; padding-right:10px; color:#555; } .it .r { width:76%; }
"""
    parts = p["name"].split(" ")
    first, last = " ".join(parts[:-2]) if len(parts) > 2 else parts[0], " ".join(parts[-2:]) if len(parts) > 2 else " ".join(parts[1:])
    def items(xs):
        return "".join(f'<div class="it"><div class="l">{e(d)}</div><div class="r"><b>{e(r)}</b>, <i>{e(s)}</i>' +
                       (f'<br><small>{e(ds)}</small>' if ds else "") + "</div></div>" for r, s, d, ds in xs)
    body = f"""<div class="page"><div class="name">{e(first)} <span class="last">{e(last)}</span></div>
<div class="head">{e(p['headline'])}</div>
<div class="contact">{e(p['address'])}<br>☎ {e(p['phone_disp'])}<br>✉ {e(p['email'])}<br>{e(p['dob'])}</div>
<h2>Education</h2>{items([(p['degree'], p['school'] + ', ' + p['school_city'], p['grad_disp'], '')])}
<h2>Examinations</h2>{"".join(f'<div class="it"><div class="l">exam</div><div class="r">{e(x)}</div></div>' for x in p['exams'])}
<div class="it"><div class="l">status</div><div class="r">{e(p.get('ecfmg_disp') or '')}; {e(p.get('visa_disp') or '')}</div></div>
<h2>Clinical experience in the USA</h2>{items(usce_items(p))}
<h2>Other clinical experience</h2>{items(p['other'])}
<h2>Interests</h2><div class="it"><div class="l">specialty</div><div class="r">{e(p['interest_disp'])}</div></div>
<h2>Languages</h2>{"".join(f'<div class="it"><div class="l">{e(l)}</div><div class="r"><i>{e(lv)}</i></div></div>' for l, lv, _ in p['languages'])}
<h2>Publications</h2>{"".join(f'<div class="it"><div class="l">[{i+1}]</div><div class="r">{e(x)}</div></div>' for i, x in enumerate(p['pubs']))}
{('<h2>Presentations</h2>' + ''.join(f'<div class="it"><div class="l">•</div><div class="r">{e(x)}</div></div>' for x in p['posters'])) if p['posters'] else ''}
<h2>Referees</h2>{"".join(f'<div class="it"><div class="l">referee</div><div class="r">{e(r["name"])}, {e(r["title"])}, {e(r["org"])} — {e(r["email"])}, {e(r["phone"])}</div></div>' for r in p['referees'])}
</div>"""
    return html_page(css, body)

def html_altacv(p):
    css = """
.page { padding: 22px 26px; }
.name { font-size: 22pt; font-weight: bold; } .alt { font-size: 13pt; color:#666; margin-left:8px; }
.tag { color:#8f0d0d; font-weight:bold; font-size:11pt; }
.cl { font-size:8.5pt; color:#333; margin: 4px 0 10px; } .cl span { margin-right: 14px; } .cl .i { color:#8f0d0d; }
.cols { display:flex; gap: 18px; } .c1 { width: 61%; } .c2 { width: 39%; }
h2 { color:#8f0d0d; text-transform: uppercase; font-size: 12pt; border-bottom: 1.5px solid #8f0d0d; margin: 10px 0 6px; }
.dates::before { content: "◷ "; } .chip { display:inline-block; border:1px solid #8f0d0d; border-radius:4px; padding:1px 5px; margin:2px; font-size:8pt; }
.dot { display:inline-block; width:8px; height:8px; border-radius:50%; background:#8f0d0d; margin-right:2px; } .dot.o { background:#ddd; }
"""
    def dots(pct):
        n = round(pct / 20)
        return "".join('<span class="dot"></span>' for _ in range(n)) + "".join('<span class="dot o"></span>' for _ in range(5 - n))
    body = f"""<div class="page"><div class="name">{e(p['name'])}<span class="alt">{e(p.get('name_alt') or '')}</span></div>
<div class="tag">{e(p['headline'])}</div>
<div class="cl"><span><span class="i">✉</span> {e(p['email'])}</span><span><span class="i">☎</span> {e(p['phone_disp'])}</span><span><span class="i">⌖</span> {e(p['address'])}</span><span>{e(p['dob'])}</span></div>
<div class="cols"><div class="c1">
<h2>US Clinical Experience</h2>{h_exp(usce_items(p))}
<h2>Experience</h2>{h_exp(p['other'])}
<h2>Publications</h2>{h_list(p['pubs'])}
<h2>Posters</h2>{h_list(p['posters'])}
</div><div class="c2">
<h2>Most proud of</h2><p>★ {e(p['exams'][1] if len(p['exams'])>1 else p['exams'][0])}</p>
<h2>Career goal</h2><p>{e(p['interest_disp'])}</p>
<h2>Exams</h2>{h_status(p)}
<h2>Education</h2><b>{e(p['degree'])}</b><br><i>{e(p['school'])}</i><br><span class="dates">{e(p['grad_disp'])}</span>
<h2>Languages</h2>{"".join(f'<div>{e(l)} {dots(pct)}</div>' for l, lv, pct in p['languages'])}
<h2>Skills</h2>{"".join(f'<span class="chip">{e(s)}</span>' for s, _ in p['skills'])}
<h2>Referees</h2>{h_refs(p)}
</div></div></div>"""
    return html_page(css, body)

def html_canva(p):
    css = """
body { background: #fdf2e9; }
.poster { height: 297mm; padding: 0; position: relative; }
.band { background: linear-gradient(120deg,#f4a261,#e76f51); height: 62mm; padding: 18px 24px 0 200px; color:white; }
.photo { position:absolute; left: 28px; top: 22px; width: 150px; height:150px; border-radius: 50%; border: 6px solid white; background:#e9c46a url() ; display:flex; align-items:center; justify-content:center; color:#7a4a20; font-size: 9pt; text-align:center;}
.name { font-size: 27pt; font-family: 'DejaVu Serif', serif; font-weight:bold; line-height:1.1; }
.head { font-size: 13pt; margin-top: 4px; }
.grid { display:grid; grid-template-columns: 1fr 1fr; gap: 12px; padding: 28px 22px 10px; }
.card { background:white; border-radius: 14px; padding: 10px 14px; box-shadow: 0 2px 6px rgba(0,0,0,.12); }
.card h3 { color:#e76f51; margin: 0 0 6px; font-size: 12pt; }
.contact { position:absolute; bottom: 0; left:0; right:0; background:#264653; color:white; padding: 10px 22px; font-size: 9pt; display:flex; justify-content:space-around; }
"""
    body = f"""<div class="poster"><div class="photo">YOUR<br>PHOTO<br>HERE</div>
<div class="band"><div class="name">{e(p['name'])}</div><div class="head">{e(p['headline'])}</div>
<div style="margin-top:8px;font-size:9.5pt">{e(p['degree'])} · {e(p['school'])} · {e(p['grad_disp'])}</div></div>
<div class="grid">
<div class="card"><h3>✚ US Clinical Experience</h3>{h_exp(usce_items(p))}</div>
<div class="card"><h3>⌂ Experience at home</h3>{h_exp(p['other'])}</div>
<div class="card"><h3>✎ Exams</h3>{h_status(p)}</div>
<div class="card"><h3>☏ Languages</h3>{"".join(f'<div>{e(l)}{bar(pct, "#2a9d8f")}</div>' for l, lv, pct in p['languages'])}
<h3>★ Strengths</h3>{"".join(f'<div>{e(s)}{bar(pct, "#e9c46a")}</div>' for s, pct in p['skills'])}</div>
<div class="card"><h3>➤ Goal</h3><p>Matching into {e(p['interest_disp'])}.</p><h3>♫ Presentations</h3>{h_list(p['posters'])}</div>
<div class="card"><h3>☺ Referee</h3>{h_refs(p)}</div>
</div>
<div class="contact"><span>✉ {e(p['email'])}</span><span>☎ {e(p['phone_disp'])}</span><span>⌖ {e(p['address'])}</span></div>
</div>"""
    return html_page(css, body)

def html_ats(p):
    css = """.page { padding: 40px 56px; font-family: 'Liberation Serif', serif; font-size: 11pt; }
h1 { font-size: 17pt; margin:0; text-align:center; } .c { text-align:center; }
h2 { font-size: 11.5pt; text-transform: uppercase; border-bottom: 1px solid #000; margin: 12px 0 4px; }"""
    body = f"""<div class="page"><h1>{e(p['name'])}</h1>
<div class="c">{e(p['address'])} | {e(p['phone_disp'])} | {e(p['email'])}</div>
<h2>Objective</h2><p>Seeking US clinical experience and residency in {e(p['interest_disp'])}.</p>
<h2>Education</h2><p><b>{e(p['degree'])}</b>, {e(p['school'])}, {e(p['school_city'])} — {e(p['grad_disp'])}</p>
<h2>Examinations &amp; Certification</h2>{h_status(p)}
<h2>US Clinical Experience</h2>{h_exp(usce_items(p))}
<h2>Other Experience</h2>{h_exp(p['other'])}
<h2>Publications</h2>{h_list(p['pubs'])}
<h2>Languages</h2><p>{e(', '.join(l for l, _, _ in p['languages']))}</p>
<h2>References</h2>{h_refs(p)}</div>"""
    return html_page(css, body)

def chromium_pdf(htmltext, out):
    src = os.path.join(TMP, os.path.basename(out) + ".html")
    open(src, "w", encoding="utf-8").write(htmltext)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", "file://" + src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)

# ------------------------------------------------------------------ DOCX
def docx_novo(p, out):
    from docx import Document
    from docx.shared import Pt, RGBColor, Cm
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = Document()
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(1.3); s.top_margin = s.bottom_margin = Cm(1.2)
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(9.5)
    t = d.add_table(rows=1, cols=2); t.autofit = False
    left, right = t.rows[0].cells
    left.width, right.width = Cm(12.2), Cm(6.2)
    t.columns[0].width, t.columns[1].width = Cm(12.2), Cm(6.2)
    # shade right column
    tcPr = right._tc.get_or_add_tcPr(); shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), "EAF2F8"); tcPr.append(shd)
    def H(cell, text):
        para = cell.add_paragraph(); r = para.add_run(text.upper()); r.bold = True; r.font.size = Pt(11)
        r.font.color.rgb = RGBColor(0x00, 0x6D, 0x77)
    def P(cell, text, bold=False, italic=False, size=None):
        para = cell.add_paragraph(); r = para.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        para.paragraph_format.space_after = Pt(1); return para
    left.paragraphs[0].add_run(p["name"]).bold = True
    left.paragraphs[0].runs[0].font.size = Pt(22)
    P(left, p["headline"], italic=True, size=11)
    H(left, "Work Experience – USA")
    for u in p["usce"]:
        P(left, u["role"], bold=True); P(left, f'{u["site"]}    {u["dates"]}', italic=True)
        if u["desc"]: P(left, "• " + u["desc"])
    H(left, "Work Experience – Nigeria")
    for r, s, dts, ds in p["other"]:
        P(left, r, bold=True); P(left, f"{s}    {dts}", italic=True)
        if ds: P(left, "• " + ds)
    H(left, "Education"); P(left, p["degree"], bold=True); P(left, f'{p["school"]}, {p["school_city"]}  ({p["grad_disp"]})', italic=True)
    H(left, "Publications")
    for x in p["pubs"]: P(left, "• " + x)
    H(left, "Conferences & Posters")
    for x in p["posters"]: P(left, "• " + x)
    right.paragraphs[0].add_run("✉  " + p["email"])
    P(right, "☎  " + p["phone_disp"]); P(right, "⌂  " + p["address"]); P(right, p["dob"])
    H(right, "Exams"); [P(right, x) for x in p["exams"]]
    P(right, p["ecfmg_disp"]); P(right, p["visa_disp"])
    H(right, "Interests"); P(right, p["interest_disp"])
    H(right, "Languages")
    for l, lv, pct in p["languages"]:
        P(right, f"{l}  " + "●" * round(pct / 20) + "○" * (5 - round(pct / 20)) + f"  ({lv})")
    H(right, "Skills")
    for s, pct in p["skills"]:
        P(right, s); P(right, "█" * round(pct / 10) + "░" * (10 - round(pct / 10)), size=8)
    H(right, "References")
    for r in p["referees"]:
        P(right, r["name"], bold=True); P(right, f'{r["title"]}, {r["org"]}'); P(right, r["email"]); P(right, r["phone"])
    d.save(out)

def docx_ats_doc(p, contacts_in="header"):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
    sec = d.sections[0]; sec.left_margin = sec.right_margin = Cm(2.2)
    contact_line = f'{p["address"]} | {p["phone_disp"]} | {p["email"]}'
    if contacts_in == "header":
        hp = sec.header.paragraphs[0]; hp.text = p["name"] + "\n" + contact_line; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        d.add_heading(p["name"], level=0)
    elif contacts_in == "footer":
        fp = sec.footer.paragraphs[0]; fp.text = "Contact: " + p["email"] + "  ·  Mobile/WhatsApp " + p["phone_disp"] + "  ·  " + p["address"]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        d.add_heading(p["name"], level=0)
    else:
        d.add_heading(p["name"], level=0); d.add_paragraph(contact_line)
    d.add_paragraph(p["headline"]).runs[0].italic = True
    if p["dob"]: d.add_paragraph(p["dob"])
    d.add_heading("Career Objective", level=1); d.add_paragraph(f'Specialty interest: {p["interest_disp"]}.')
    d.add_heading("Education", level=1)
    d.add_paragraph(f'{p["degree"]} — {p["school"]}, {p["school_city"]} ({p["grad_disp"]})')
    d.add_heading("Licensing Examinations", level=1)
    for x in p["exams"]: d.add_paragraph(x, style="List Bullet")
    if p.get("ecfmg_disp"): d.add_paragraph(p["ecfmg_disp"], style="List Bullet")
    if p.get("visa_disp"): d.add_paragraph(p["visa_disp"], style="List Bullet")
    d.add_heading("US Clinical Experience", level=1)
    for u in p["usce"]:
        para = d.add_paragraph(); para.add_run(u["role"]).bold = True
        para.add_run(f'\n{u["site"]}\n{u["dates"]}')
        if u["desc"]: d.add_paragraph(u["desc"], style="List Bullet")
    d.add_heading("International Clinical Experience", level=1)
    for r, s, dts, ds in p["other"]:
        para = d.add_paragraph(); para.add_run(r).bold = True; para.add_run(f"\n{s}\n{dts}")
        if ds: d.add_paragraph(ds, style="List Bullet")
    d.add_heading("Peer-Reviewed Publications", level=1)
    if p["pubs"]:
        for x in p["pubs"]: d.add_paragraph(x, style="List Number")
    else: d.add_paragraph("None")
    if p["posters"]:
        d.add_heading("Posters and Presentations", level=1)
        for x in p["posters"]: d.add_paragraph(x, style="List Bullet")
    d.add_heading("Languages", level=1)
    d.add_paragraph(", ".join(l + (f" ({lv})" if lv else "") for l, lv, _ in p["languages"]))
    if p["skills"]:
        d.add_heading("Skills", level=1); d.add_paragraph("; ".join(s for s, _ in p["skills"]))
    d.add_heading("References", level=1)
    for r in p["referees"]:
        d.add_paragraph(f'{r["name"]}, {r["title"]}, {r["org"]}. Email: {r["email"]}. Tel: {r["phone"]}')
    return d

def docx_ats(p, out): docx_ats_doc(p, "header").save(out)
def docx_footer(p, out): docx_ats_doc(p, "footer").save(out)

def docx_to_pdf_soffice(p, out):
    src = os.path.join(TMP, os.path.basename(out).replace(".pdf", ".docx"))
    docx_ats_doc(p, "body").save(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", TMP, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(src[:-5] + ".pdf", out)

# ------------------------------------------------------------------ ODT (europass-like)
def odt_europass(p, out):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
    from odf.text import P, Span, H
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    lab = Style(name="Lab", family="paragraph"); lab.addElement(TextProperties(color="#0e4c92", fontweight="bold", fontsize="9pt"))
    lab.addElement(ParagraphProperties(textalign="end")); doc.automaticstyles.addElement(lab)
    big = Style(name="Big", family="paragraph"); big.addElement(TextProperties(fontsize="18pt", color="#0e4c92")); doc.automaticstyles.addElement(big)
    bold = Style(name="B", family="text"); bold.addElement(TextProperties(fontweight="bold")); doc.automaticstyles.addElement(bold)
    c1 = Style(name="C1", family="table-column"); c1.addElement(TableColumnProperties(columnwidth="4.5cm")); doc.automaticstyles.addElement(c1)
    c2 = Style(name="C2", family="table-column"); c2.addElement(TableColumnProperties(columnwidth="12.5cm")); doc.automaticstyles.addElement(c2)
    doc.text.addElement(P(stylename=big, text="europass  Curriculum Vitae"))
    t = Table(name="CV"); t.addElement(TableColumn(stylename=c1)); t.addElement(TableColumn(stylename=c2))
    def row(label, lines):
        tr = TableRow(); a = TableCell(); a.addElement(P(stylename=lab, text=label.upper())); tr.addElement(a)
        b = TableCell()
        for ln in lines:
            if isinstance(ln, tuple):
                para = P(); para.addElement(Span(stylename=bold, text=ln[0])); para.addText(ln[1]); b.addElement(para)
            else:
                b.addElement(P(text=ln))
        tr.addElement(b); t.addElement(tr)
    row("Personal information", [(p["name"], ""), p.get("name_alt") or "", p["dob"], "Address: " + p["address"],
                                 "Telephone: " + p["phone_disp"], "E-mail: " + p["email"]])
    row("Desired employment", [p["interest_disp"]])
    for u in p["usce"]:
        row("Work experience", [u["dates"], (u["role"], ""), u["site"], u["desc"]])
    for r, s, dts, ds in p["other"]:
        row("Work experience", [dts, (r, ""), s, ds])
    row("Education and training", [p["grad_disp"], (p["degree"], ""), p["school"] + ", " + p["school_city"]])
    row("Examinations", p["exams"] + [p["ecfmg_disp"], p["visa_disp"]])
    row("Mother tongue(s)", [l for l, lv, _ in p["languages"] if "Mother" in lv])
    row("Other language(s)", [f"{l} – {lv}" for l, lv, _ in p["languages"] if "Mother" not in lv])
    row("Publications", [f"{i+1}. {x}" for i, x in enumerate(p["pubs"])])
    row("Conference abstracts", p["posters"])
    row("Digital skills", [s for s, _ in p["skills"]])
    row("References", [f'{r["name"]} – {r["title"]}, {r["org"]} – {r["email"]} – {r["phone"]}' for r in p["referees"]])
    doc.text.addElement(t)
    doc.save(out)

# ------------------------------------------------------------------ RTF
def rtf_esc(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch in "\\{}": o.append("\\" + ch)
        elif c < 128: o.append(ch)
        else:
            v = c if c < 32768 else c - 65536
            o.append(f"\\u{v}?")
    return "".join(o)

def rtf_ats(p, out):
    L = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Times New Roman;}{\f1 Arial;}}\fs22 "]
    def para(t, b=False, size=None, center=False):
        pre = r"\pard" + (r"\qc" if center else "") + (f"\\fs{size}" if size else r"\fs22") + (r"\b " if b else " ")
        L.append(pre + rtf_esc(t) + (r"\b0" if b else "") + r"\par" + "\n")
    def head(t): L.append(r"\pard\sb200\brdrb\brdrs\brdrw10\fs24\b " + rtf_esc(t.upper()) + r"\b0\par" + "\n")
    para(p["name"].upper(), b=True, size=32, center=True)
    para(f'{p["address"]}  \u2022  {p["phone_disp"]}  \u2022  {p["email"]}', center=True)
    head("Summary"); para(f'{p["headline"]}. Seeking: {p["interest_disp"]}. {p["visa_disp"]}.')
    head("Education"); para(f'{p["degree"]}, {p["school"]}, {p["school_city"]}, {p["grad_disp"]}')
    head("Board Examinations"); [para("- " + x) for x in p["exams"]]; para("- " + p["ecfmg_disp"])
    head("Clinical Experience - United States")
    for u in p["usce"]:
        para(u["role"] + "  |  " + u["dates"], b=True); para(u["site"])
        if u["desc"]: para("- " + u["desc"])
    head("Clinical Experience - Philippines")
    for r, s, dts, ds in p["other"]:
        para(r + "  |  " + dts, b=True); para(s)
    head("Publications"); para("None to date." if not p["pubs"] else "; ".join(p["pubs"]))
    head("Languages"); para(", ".join(l for l, _, _ in p["languages"]))
    head("Skills & Certifications"); para(", ".join(s for s, _ in p["skills"]))
    head("References")
    for r in p["referees"]: para(f'{r["name"]}, {r["title"]}, {r["org"]} | {r["email"]} | {r["phone"]}')
    L.append("}")
    open(out, "w", encoding="ascii").write("".join(L))

# ------------------------------------------------------------------ TXT
def txt_ats(p, out):
    L = [p["name"].upper(), p["headline"], p["address"], "Phone: " + p["phone_disp"], "Email: " + p["email"], ""]
    def head(t): L.extend(["", t.upper(), "-" * len(t)])
    head("Education"); L.append(f'{p["degree"]} | {p["school"]} | {p["school_city"]} | {p["grad_disp"]}')
    head("Licensure & Exams"); L += ["* " + x for x in p["exams"]] + ["* " + p["ecfmg_disp"], "* Status: " + p["visa_disp"]]
    head("Specialty Interest"); L.append(p["interest_disp"])
    head("US Clinical Experience")
    for u in p["usce"]:
        L += [f'{u["role"]} | {u["site"]} | {u["dates"]}', "  - " + u["desc"]]
    head("Clinical Experience Outside US")
    for r, s, dts, ds in p["other"]:
        L += [f"{r} | {s} | {dts}", "  - " + ds]
    head("Research & Presentations"); L.append("Peer-reviewed publications: none yet")
    L += ["* " + x for x in p["posters"]]
    head("Languages"); L.append(" / ".join(l for l, _, _ in p["languages"]))
    head("Certifications"); L += ["* " + s for s, _ in p["skills"]]
    head("References")
    for r in p["referees"]: L += [r["name"], "  " + r["title"] + ", " + r["org"], "  " + r["email"] + " | " + r["phone"]]
    open(out, "w", encoding="utf-8").write("\r\n".join(L) + "\r\n")

# ------------------------------------------------------------------ reportlab
def rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", FONT)); pdfmetrics.registerFont(TTFont("DVB", FONTB)); pdfmetrics.registerFont(TTFont("DVI", FONTI))

def rl_wrap(c, text, x, y, width, font="DV", size=8.5, lead=11):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    words, line = text.split(), ""
    for w in words:
        if stringWidth(line + " " + w, font, size) > width and line:
            c.setFont(font, size); c.drawString(x, y, line); y -= lead; line = w
        else:
            line = (line + " " + w).strip()
    if line: c.setFont(font, size); c.drawString(x, y, line); y -= lead
    return y

def rl_resumeio(p, out):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.colors import HexColor
    rl_fonts(); W, Hh = letter
    c = canvas.Canvas(out, pagesize=letter); c.setTitle(p["name"] + " - Resume")
    c.setFillColor(HexColor("#0f2c3f")); c.rect(0, 0, 200, Hh, fill=1, stroke=0)
    c.setFillColor(HexColor("#ffffff")); c.setFont("DVB", 15)
    y = Hh - 50; y = rl_wrap(c, p["name"], 20, y, 165, "DVB", 15, 18)
    c.setFont("DV", 8.5); y = rl_wrap(c, p["headline"], 20, y - 2, 165, "DVI", 8.5)
    def side_h(t, y):
        c.setFillColor(HexColor("#7fd1ae")); c.setFont("DVB", 10); c.drawString(20, y, t); c.setFillColor(HexColor("#ffffff")); return y - 14
    y = side_h("Details", y - 14)
    for t in [p["address"], p["phone_disp"], p["email"], p["dob"]]:
        y = rl_wrap(c, t, 20, y, 170, "DV", 8)
    y = side_h("Languages", y - 10)
    for l, lv, pct in p["languages"]:
        c.setFont("DV", 8); c.drawString(20, y, f"{l}"); y -= 6
        c.setFillColor(HexColor("#335566")); c.rect(20, y - 3, 160, 4, fill=1, stroke=0)
        c.setFillColor(HexColor("#7fd1ae")); c.rect(20, y - 3, 160 * pct / 100, 4, fill=1, stroke=0)
        c.setFillColor(HexColor("#ffffff")); y -= 14
    y = side_h("Skills", y - 6)
    for s, pct in p["skills"]:
        c.setFont("DV", 8); c.drawString(20, y, s); y -= 6
        c.setFillColor(HexColor("#335566")); c.rect(20, y - 3, 160, 4, fill=1, stroke=0)
        c.setFillColor(HexColor("#7fd1ae")); c.rect(20, y - 3, 160 * pct / 100, 4, fill=1, stroke=0)
        c.setFillColor(HexColor("#ffffff")); y -= 14
    y = side_h("Examinations", y - 6)
    for x in p["exams"] + [p["ecfmg_disp"]]: y = rl_wrap(c, x, 20, y, 170, "DV", 8)
    # main
    c.setFillColor(HexColor("#222222")); X, MW = 220, W - 250
    y = Hh - 50
    def mh(t, y):
        c.setFont("DVB", 12); c.setFillColor(HexColor("#0f2c3f")); c.drawString(X, y, t); c.setFillColor(HexColor("#222222")); return y - 16
    y = mh("Profile", y); y = rl_wrap(c, f"Doctor of Medicine from {p['school']} seeking residency in {p['interest_disp']}.", X, y, MW)
    y = mh("Employment History", y - 8)
    for u in p["usce"] + [dict(role=r, site=s, dates=d, desc=ds) for r, s, d, ds in p["other"]]:
        y = rl_wrap(c, f'{u["role"]}, {u["site"]}', X, y, MW, "DVB", 9)
        c.setFont("DV", 7.5); c.setFillColor(HexColor("#777777")); c.drawString(X, y, u["dates"].upper()); c.setFillColor(HexColor("#222222")); y -= 11
        if u["desc"]: y = rl_wrap(c, u["desc"], X, y, MW)
        y -= 4
    y = mh("Education", y - 4)
    y = rl_wrap(c, f'{p["degree"]}, {p["school"]}', X, y, MW, "DVB", 9)
    c.setFont("DV", 7.5); c.drawString(X, y, p["grad_disp"] + " · " + p["school_city"]); y -= 14
    y = mh("Publications", y - 4)
    for x in p["pubs"]: y = rl_wrap(c, "• " + x, X, y, MW) - 2
    y = mh("Posters & Abstracts", y - 4)
    for x in p["posters"]: y = rl_wrap(c, "• " + x, X, y, MW) - 2
    y = mh("References", y - 4)
    for r in p["referees"]:
        y = rl_wrap(c, f'{r["name"]} from {r["org"]}', X, y, MW, "DVB", 8.5)
        y = rl_wrap(c, f'{r["email"]} | {r["phone"]}', X, y, MW)
    c.showPage(); c.save()

def rl_moderncv(p, out):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.colors import HexColor
    rl_fonts(); W, Hh = A4
    c = canvas.Canvas(out, pagesize=A4)
    G = HexColor("#2e7d32"); c.setFillColor(G); c.setFont("DV", 24)
    first, last = p["name"].split(" ", 1)
    c.drawString(50, Hh - 60, first); c.setFillColor(HexColor("#666666")); c.drawString(50 + c.stringWidth(first + " ", "DV", 24), Hh - 60, last)
    c.setFont("DVI", 11); c.drawString(50, Hh - 78, p["headline"])
    c.setFont("DV", 8.5); ry = Hh - 50
    for t in [p["address"], "☎ " + p["phone_disp"], "✉ " + p["email"], p["dob"]]:
        c.drawRightString(W - 45, ry, t); ry -= 11
    y = Hh - 115
    LX, RX, RW = 50, 165, W - 210
    def sec(t, y):
        c.setFillColor(G); c.rect(LX, y + 2, 105, 5, fill=1, stroke=0); c.setFont("DV", 13); c.drawString(RX, y, t)
        c.setFillColor(HexColor("#222222")); return y - 16
    def item(left, text, y, font="DV"):
        c.setFont("DV", 8); c.setFillColor(HexColor("#555555")); c.drawRightString(RX - 8, y, left); c.setFillColor(HexColor("#222222"))
        return rl_wrap(c, text, RX, y, RW, font, 8.8, 11.5) - 2
    y = sec("Education", y); y = item(p["grad_disp"], f'{p["degree"]}, {p["school"]}, {p["school_city"]}', y)
    y = sec("Exams", y - 4)
    for x in p["exams"]: y = item("", x, y)
    y = sec("US rotations", y - 4)
    for u in p["usce"]: y = item(u["dates"], f'{u["role"]} — {u["site"]}. {u["desc"]}', y)
    y = sec("Clinical electives", y - 4)
    for r, s, d, ds in p["other"]: y = item(d, f"{r} — {s}. {ds}", y)
    y = sec("Interests", y - 4); y = item("specialty", p["interest_disp"], y); y = item("visa", p["visa_disp"], y)
    y = sec("Languages", y - 4)
    for l, lv, _ in p["languages"]: y = item(l, lv, y)
    y = sec("Publications", y - 4)
    for i, x in enumerate(p["pubs"]): y = item(f"[{i+1}]", x, y)
    y = sec("Posters", y - 4)
    for x in p["posters"]: y = item("", x, y)
    y = sec("References", y - 4)
    for r in p["referees"]: y = item("", f'{r["name"]}, {r["title"]}, {r["org"]} — {r["email"]}, {r["phone"]}', y)
    c.showPage(); c.save()

# ------------------------------------------------------------------ fpdf2
def fpdf_base():
    from fpdf import FPDF
    pdf = FPDF(format="A4"); pdf.add_font("DV", "", FONT); pdf.add_font("DV", "B", FONTB); pdf.add_font("DV", "I", FONTI)
    pdf.set_auto_page_break(True, 15); return pdf

def fpdf_eras(p, out):
    pdf = fpdf_base(); pdf.add_page()
    pdf.set_font("DV", "B", 15); pdf.cell(0, 8, p["name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9)
    pdf.multi_cell(0, 5, f'Email: {p["email"]}    Preferred Phone: {p["phone_disp"]}\n{p["address"]}    {p["dob"]}', new_x="LMARGIN", new_y="NEXT")
    def head(t):
        pdf.ln(2); pdf.set_fill_color(220, 228, 240); pdf.set_font("DV", "B", 11)
        pdf.cell(0, 7, t, fill=True, new_x="LMARGIN", new_y="NEXT"); pdf.set_font("DV", "", 9)
    def kv(k, v):
        pdf.set_font("DV", "B", 9); pdf.cell(48, 5, k); pdf.set_font("DV", "", 9); pdf.multi_cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    head("Medical Education")
    kv("Medical School:", p["school"]); kv("Location:", p["school_city"]); kv("Degree:", p["degree"]); kv("Dates of Attendance:", p["grad_disp"])
    head("Licensure Examinations")
    for x in p["exams"]: kv("", x)
    kv("ECFMG:", p["ecfmg_disp"]); kv("Visa:", p["visa_disp"]); kv("Specialty Applying:", p["interest_disp"])
    head("Experiences")
    exps = [(("Research" if u["type"] == "research" else "Clinical – " + ("Observership" if u["type"] == "observership" else "Externship/Hands-on")),
             u["role"], u["site"], u["start"], u["end"], u["dates"], u["desc"]) for u in p["usce"]]
    for r, s, d, ds in p["other"]:
        exps.append(("Work – Clinical", r, s, None, None, d, ds))
    for typ, role, site, st, en, dd, desc in exps:
        pdf.ln(1)
        kv("Organization:", site); kv("Position/Title:", role); kv("Experience Type:", typ)
        if st:
            kv("Start Date:", st[5:] + "/" + st[:4]); kv("End Date:", en[5:] + "/" + en[:4])
        else:
            kv("Dates:", dd)
        if desc: kv("Description:", desc)
        pdf.set_draw_color(180, 180, 180); pdf.line(10, pdf.get_y() + 1, 200, pdf.get_y() + 1); pdf.ln(2)
    head("Publications – Peer Reviewed Journal Articles")
    for i, x in enumerate(p["pubs"]): pdf.multi_cell(0, 5, f"{i+1}. {x}", new_x="LMARGIN", new_y="NEXT")
    head("Poster Presentations / Abstracts")
    for i, x in enumerate(p["posters"]): pdf.multi_cell(0, 5, f"{i+1}. {x}", new_x="LMARGIN", new_y="NEXT")
    head("Language Fluency")
    for l, lv, _ in p["languages"]: kv(l + ":", lv)
    head("Letters of Recommendation")
    for r in p["referees"]: pdf.multi_cell(0, 5, f'{r["name"]}, {r["title"]}, {r["org"]}. {r["email"]}, {r["phone"]}', new_x="LMARGIN", new_y="NEXT")
    pdf.output(out)

def fpdf_skillbars(p, out):
    pdf = fpdf_base(); pdf.set_auto_page_break(False); pdf.add_page()
    pdf.set_fill_color(34, 49, 63); pdf.rect(0, 0, 70, 297, "F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_fill_color(180, 190, 200); pdf.ellipse(17, 12, 36, 36, "F")
    pdf.set_xy(5, 54); pdf.set_font("DV", "B", 10); pdf.cell(60, 6, "CONTATO / CONTACT", new_x="LEFT", new_y="NEXT")
    pdf.set_font("DV", "", 7.5)
    for t in [p["email"], p["phone_disp"], p["address"], p["dob"]]:
        pdf.set_x(5); pdf.multi_cell(60, 4.5, t, new_x="LEFT", new_y="NEXT")
    def sbar(label, pct):
        pdf.set_x(5); pdf.set_font("DV", "", 7.5); pdf.cell(60, 4.5, label, new_x="LEFT", new_y="NEXT")
        y = pdf.get_y(); pdf.set_fill_color(80, 95, 110); pdf.rect(5, y, 58, 2.2, "F")
        pdf.set_fill_color(26, 188, 156); pdf.rect(5, y, 58 * pct / 100, 2.2, "F"); pdf.set_y(y + 4)
    pdf.ln(3); pdf.set_x(5); pdf.set_font("DV", "B", 10); pdf.cell(60, 6, "IDIOMAS", new_x="LEFT", new_y="NEXT")
    for l, lv, pct in p["languages"]: sbar(f"{l} – {lv}", pct)
    pdf.ln(3); pdf.set_x(5); pdf.set_font("DV", "B", 10); pdf.cell(60, 6, "SKILLS", new_x="LEFT", new_y="NEXT")
    for s, pct in p["skills"]: sbar(s, pct)
    pdf.ln(3); pdf.set_x(5); pdf.set_font("DV", "B", 10); pdf.cell(60, 6, "USMLE", new_x="LEFT", new_y="NEXT")
    pdf.set_font("DV", "", 7.5)
    for t in p["exams"] + [p["ecfmg_disp"], p["visa_disp"]]:
        pdf.set_x(5); pdf.multi_cell(60, 4.5, t, new_x="LEFT", new_y="NEXT")
    pdf.set_text_color(30, 30, 30); X = 76; pdf.set_xy(X, 14)
    pdf.set_font("DV", "B", 17); pdf.multi_cell(128, 8, p["name"], new_x="LEFT", new_y="NEXT")
    pdf.set_font("DV", "I", 11); pdf.set_text_color(26, 140, 120); pdf.cell(128, 7, p["headline"], new_x="LEFT", new_y="NEXT")
    pdf.set_text_color(30, 30, 30)
    def head(t):
        pdf.ln(2); pdf.set_x(X); pdf.set_font("DV", "B", 11); pdf.cell(128, 6, t.upper(), new_x="LEFT", new_y="NEXT")
        pdf.set_draw_color(26, 188, 156); pdf.line(X, pdf.get_y(), 200, pdf.get_y()); pdf.ln(1)
    def item(a, b, c_, d):
        pdf.set_x(X); pdf.set_font("DV", "B", 8.5); pdf.multi_cell(128, 4.6, a, new_x="LEFT", new_y="NEXT")
        pdf.set_x(X); pdf.set_font("DV", "I", 8); pdf.multi_cell(128, 4.4, f"{b}  |  {c_}", new_x="LEFT", new_y="NEXT")
        if d: pdf.set_x(X); pdf.set_font("DV", "", 8); pdf.multi_cell(128, 4.4, d, new_x="LEFT", new_y="NEXT")
        pdf.ln(1)
    head("Objetivo / Objective"); pdf.set_x(X); pdf.set_font("DV", "", 8.5); pdf.multi_cell(128, 4.6, "Residency position in " + p["interest_disp"] + ".", new_x="LEFT", new_y="NEXT")
    head("Formação / Education"); item(p["degree"], p["school"] + ", " + p["school_city"], p["grad_disp"], "")
    head("US Experience")
    for u in p["usce"]: item(u["role"], u["site"], u["dates"], u["desc"])
    head("Experiência no Brasil")
    for r, s, d, ds in p["other"]: item(r, s, d, ds)
    head("Publicações (peer-reviewed)")
    for x in p["pubs"]: pdf.set_x(X); pdf.set_font("DV", "", 8); pdf.multi_cell(128, 4.4, "• " + x, new_x="LEFT", new_y="NEXT")
    head("Abstracts")
    for x in p["posters"]: pdf.set_x(X); pdf.set_font("DV", "", 8); pdf.multi_cell(128, 4.4, "• " + x, new_x="LEFT", new_y="NEXT")
    head("Referências")
    for r in p["referees"]:
        pdf.set_x(X); pdf.set_font("DV", "", 8); pdf.multi_cell(128, 4.4, f'{r["name"]} — {r["title"]}, {r["org"]} — {r["email"]} — {r["phone"]}', new_x="LEFT", new_y="NEXT")
    pdf.output(out)

# ------------------------------------------------------------------ scans
def make_scan(p, out):
    from PIL import Image, ImageFilter, ImageEnhance
    import numpy as np
    pdf = os.path.join(TMP, f"scan_{p['id']}.pdf")
    chromium_pdf(HTML[p["scan_of"]](p), pdf)
    pref = os.path.join(TMP, f"scan_{p['id']}")
    subprocess.run(["pdftoppm", "-r", "170", "-f", "1", "-l", "1", "-png", pdf, pref], check=True)
    png = [f for f in sorted(os.listdir(TMP)) if f.startswith(f"scan_{p['id']}-") and f.endswith(".png")][0]
    im = Image.open(os.path.join(TMP, png)).convert("L")
    rng = np.random.default_rng(int(p["id"]))
    im = im.rotate(p["scan_rot"], resample=Image.BICUBIC, expand=True, fillcolor=235)
    im = im.filter(ImageFilter.GaussianBlur(0.7))
    a = np.asarray(im).astype(np.float32)
    if p["scan_out"] == "png_low":
        a = 110 + a * 0.45  # low contrast, grey paper
    a = a + rng.normal(0, 11, a.shape)
    # a slightly darker band (scanner lid shadow) on the left
    a[:, :40] *= 0.8
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if p["scan_out"] == "jpg":
        im = ImageEnhance.Contrast(im.convert("RGB")).enhance(0.85)
        im.save(out, "JPEG", quality=62)
    elif p["scan_out"] in ("png", "png_low"):
        im.save(out, "PNG")
    else:
        im.convert("RGB").save(out, "PDF", resolution=170.0)

HTML = dict(html_zety=html_zety, html_europass=html_europass, html_moderncv=html_moderncv, html_altacv=html_altacv,
            html_canva=html_canva, html_ats=html_ats)

def render(p, out):
    r = p["renderer"]
    if r in HTML: chromium_pdf(HTML[r](p), out)
    elif r == "scan": make_scan(p, out)
    else: globals()[r](p, out)

def damaged(dm, outdir):
    out = os.path.join(outdir, f"w70_{dm['id']}_{dm['layout']}.{dm['ext']}")
    if dm["how"] == "truncate":
        base = [p for p in PEOPLE if p["id"] == dm["base"]][0]
        tmp = os.path.join(TMP, "full.pdf"); chromium_pdf(HTML[base["renderer"]](base), tmp)
        data = open(tmp, "rb").read(); open(out, "wb").write(data[: int(len(data) * 0.42)])
    elif dm["how"] == "encrypt":
        from pypdf import PdfReader, PdfWriter
        base = [p for p in PEOPLE if p["id"] == dm["base"]][0]
        tmp = os.path.join(TMP, "enc.pdf"); chromium_pdf(HTML[base["renderer"]](base), tmp)
        w = PdfWriter(); [w.add_page(pg) for pg in PdfReader(tmp).pages]
        w.encrypt(user_password="Haddad2025!", owner_password="owner-w70", algorithm="RC4-128"); w.write(out)
    elif dm["how"] == "random":
        random.seed(2470); open(out, "wb").write(bytes(random.getrandbits(8) for _ in range(23117)))

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    only = sys.argv[2:]
    for p in PEOPLE:
        if only and p["id"] not in only: continue
        out = os.path.join(OUT, fname(p)); render(p, out); print("made", out)
    for dm in DAMAGED:
        if only and dm["id"] not in only: continue
        damaged(dm, OUT); print("made damaged", dm["id"])
