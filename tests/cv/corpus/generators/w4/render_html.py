# -*- coding: utf-8 -*-
"""HTML/CSS, Markdown and plain-text layouts."""
import textwrap
from common import esc, display_name, pub_lines, us_exp, other_exp

ICON_MAIL = '<svg width="13" height="13" viewBox="0 0 24 24"><path fill="#fff" d="M2 5h20v14H2z" opacity=".25"/><path fill="none" stroke="#fff" stroke-width="2" d="M2 5h20v14H2zM2 5l10 8 10-8"/></svg>'
ICON_PHONE = '<svg width="13" height="13" viewBox="0 0 24 24"><path fill="#fff" d="M6.6 10.8a15 15 0 0 0 6.6 6.6l2.2-2.2c.3-.3.7-.4 1-.2 1.1.4 2.3.6 3.6.6.6 0 1 .4 1 1V20c0 .6-.4 1-1 1A17 17 0 0 1 3 4c0-.6.4-1 1-1h3.5c.6 0 1 .4 1 1 0 1.3.2 2.5.6 3.6.1.3 0 .7-.2 1z"/></svg>'
ICON_PIN = '<svg width="13" height="13" viewBox="0 0 24 24"><path fill="#fff" d="M12 2a7 7 0 0 0-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 0 0-7-7zm0 9.5A2.5 2.5 0 1 1 12 6a2.5 2.5 0 0 1 0 5.5z"/></svg>'

def _name_html(p):
    n = esc(display_name(p))
    if p.get("native"):
        n += f' <span class="native" dir="auto">({esc(p["native"])})</span>'
    return n

def _pubs_html(p, tag="h2"):
    pl = pub_lines(p)
    if not pl: return ""
    head, lines = pl
    if len(lines) == 1:
        return f"<{tag}>{esc(head)}</{tag}><p>{esc(lines[0])}</p>"
    return f"<{tag}>{esc(head)}</{tag}><ol>" + "".join(f"<li>{esc(l)}</li>" for l in lines) + "</ol>"

def _refs_html(p, tag="h2"):
    if not p["refs"]: return ""
    out = f"<{tag}>References</{tag}>"
    for r in p["refs"]:
        out += f'<p class="ref"><b>{esc(r["name"])}</b><br>{esc(r["role"])}, {esc(r["org"])}<br>{esc(r["email"])} · {esc(r["phone"])}</p>'
    return out

def _exams_html(p):
    lines = list(p["exams"]) + [x for x in [p.get("ecfmg_line"), p.get("visa_line")] if x]
    return "<ul>" + "".join(f"<li>{esc(x)}</li>" for x in lines) + "</ul>"

# ---------------------------------------------------------------- LibreOffice HTML (old Word-like) -> DOCX/PDF
def lo_html(p):
    rows = [("Email", p["email"]), ("Mobile", p["phone"]), ("Address", p["address"])]
    if p.get("dob"): rows.append(("Date of Birth", p["dob"]))
    if p.get("visa_line"): rows.append(("Visa / Citizenship", p["visa_line"]))
    contact = "".join(f"<tr><td width='28%'><b>{esc(a)}</b></td><td>{esc(b)}</td></tr>" for a, b in rows)
    exp = ""
    for e in p["exp"]:
        exp += (f"<tr><td width='28%' valign='top'>{esc(e['dates'])}</td><td><b>{esc(e['title'])}</b><br>"
                f"{esc(e['org'])}, {esc(e['place'])}" + (f"<br><i>{esc(e['desc'])}</i>" if e["desc"] else "") + "</td></tr>")
    edu = "".join(f"<tr><td width='28%' valign='top'>{esc(d)}</td><td><b>{esc(deg)}</b><br>{esc(org)}</td></tr>" for deg, org, d in p["edu"])
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>CV {esc(p['name'])}</title>
<style>body{{font-family:'Liberation Serif';font-size:11pt}} h1{{font-size:20pt;text-align:center;margin-bottom:2pt}}
h2{{font-size:12pt;border-bottom:1px solid #000;text-transform:uppercase;margin-top:12pt}} td{{font-size:10.5pt}}</style></head>
<body><h1>{_name_html(p)}</h1><p align="center"><i>Curriculum Vitae</i></p>
<table width="100%" border="1" cellspacing="0" cellpadding="4">{contact}</table>
<h2>Objective</h2><p>{esc(p['objective'])}</p>
<h2>Education</h2><table width="100%" border="0" cellpadding="3">{edu}</table>
<h2>Examinations &amp; Certification</h2>{_exams_html(p)}
<h2>Clinical Experience</h2><table width="100%" border="0" cellpadding="3">{exp}</table>
{_pubs_html(p)}
<h2>Languages</h2><p>{esc(', '.join(p['langs_disp']))}</p>
{_refs_html(p)}
</body></html>"""

# ---------------------------------------------------------------- Chromium: timeline with dots, dates on the right
def timeline(p):
    items = ""
    for e in p["exp"]:
        tag = '<span class="tag">USCE</span>' if e["usce"] else ""
        items += (f'<div class="item"><div class="dot"></div><div class="body"><div class="t">{esc(e["title"])} {tag}</div>'
                  f'<div class="o">{esc(e["org"])} — {esc(e["place"])}</div>'
                  + (f'<div class="d">{esc(e["desc"])}</div>' if e["desc"] else "") +
                  f'</div><div class="date">{esc(e["dates"])}</div></div>')
    edu = "".join(f'<div class="item"><div class="dot"></div><div class="body"><div class="t">{esc(deg)}</div><div class="o">{esc(org)}</div></div><div class="date">{esc(d)}</div></div>' for deg, org, d in p["edu"])
    dob = f" · DOB {esc(p['dob'])}" if p.get("dob") else ""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 14mm 16mm; }}
body {{ font-family: 'Noto Sans', 'DejaVu Sans', sans-serif; font-size: 10pt; color:#222; }}
h1 {{ font-size: 24pt; margin: 0; color:#0b5563; }} .native{{font-size:14pt;color:#555}}
.contact {{ color:#444; margin: 4px 0 10px; }}
h2 {{ font-size: 11.5pt; text-transform: uppercase; letter-spacing: 1.5px; color:#0b5563; margin: 14px 0 6px; }}
.tl {{ border-left: 2px solid #9cc; margin-left: 6px; padding-left: 14px; }}
.item {{ position: relative; display: flex; justify-content: space-between; margin-bottom: 8px; }}
.dot {{ position:absolute; left:-21px; top:3px; width:10px; height:10px; border-radius:50%; background:#0b5563; border:2px solid #fff; }}
.body {{ width: 74%; }} .t {{ font-weight: 700; }} .o {{ color:#555; }} .d {{ font-size: 9pt; color:#333; }}
.date {{ width: 24%; text-align: right; font-weight:600; color:#0b5563; font-size:9.5pt; }}
.tag {{ font-size:7pt; background:#0b5563; color:#fff; padding:1px 4px; border-radius:3px; vertical-align:middle; }}
ul, ol {{ margin: 2px 0 2px 18px; padding:0; }}
</style></head><body>
<h1>{_name_html(p)}</h1>
<div class="contact">{esc(p['email'])} · {esc(p['phone'])} · {esc(p['address'])}{dob}</div>
<h2>Profile</h2><p>{esc(p['objective'])}</p>
<h2>Experience</h2><div class="tl">{items}</div>
<h2>Education</h2><div class="tl">{edu}</div>
<h2>Exams &amp; Status</h2>{_exams_html(p)}
{_pubs_html(p)}
<h2>Languages</h2><p>{esc(' | '.join(p['langs_disp']))}</p>
{_refs_html(p)}
</body></html>"""

# ---------------------------------------------------------------- Chromium: header band with SVG icons
def band(p):
    exp = ""
    for e in p["exp"]:
        exp += (f'<div class="job"><div class="row"><b>{esc(e["title"])}</b><span>{esc(e["dates"])}</span></div>'
                f'<div class="org">{esc(e["org"])}, {esc(e["place"])}</div>' + (f'<p>{esc(e["desc"])}</p>' if e["desc"] else "") + '</div>')
    edu = "".join(f'<div class="job"><div class="row"><b>{esc(deg)}</b><span>{esc(d)}</span></div><div class="org">{esc(org)}</div></div>' for deg, org, d in p["edu"])
    initials = "".join(w[0] for w in p["name"].split()[:2])
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page {{ size: Letter; margin: 0; }}
body {{ margin:0; font-family: 'Liberation Sans', Arial, sans-serif; font-size:10pt; color:#263238; }}
.band {{ background: linear-gradient(90deg,#37474f,#546e7a); color:#fff; padding: 22px 36px; display:flex; align-items:center; }}
.photo {{ width:78px; height:78px; border-radius:50%; background:#b0bec5; color:#37474f; font-size:28pt; font-weight:700;
  display:flex; align-items:center; justify-content:center; margin-right:22px; border:3px solid #fff; }}
.band h1 {{ margin:0; font-size:22pt; }} .band .native{{font-size:13pt;color:#eceff1}}
.band .sub {{ font-size:10.5pt; opacity:.9; margin:2px 0 8px; }}
.ci {{ display:inline-flex; align-items:center; margin-right:16px; font-size:9.5pt; }} .ci svg {{ margin-right:5px; }}
.main {{ padding: 10px 36px 24px; }}
h2 {{ font-size:12pt; color:#37474f; border-bottom:2px solid #90a4ae; padding-bottom:2px; margin:14px 0 6px; }}
.row {{ display:flex; justify-content:space-between; }} .row span {{ color:#607d8b; white-space:nowrap; margin-left:10px; }}
.org {{ color:#546e7a; font-style:italic; }} .job {{ margin-bottom:7px; }} .job p {{ margin:2px 0; font-size:9.5pt; }}
ul, ol {{ margin:2px 0 2px 18px; padding:0; }}
</style></head><body>
<div class="band"><div class="photo">{esc(initials)}</div><div>
<h1>{_name_html(p)}</h1><div class="sub">{esc(p['objective'])}</div>
<div><span class="ci">{ICON_MAIL}{esc(p['email'])}</span><span class="ci">{ICON_PHONE}{esc(p['phone'])}</span><span class="ci">{ICON_PIN}{esc(p['address'])}</span></div>
</div></div>
<div class="main">
<h2>Education</h2>{edu}
<h2>USMLE / Certification</h2>{_exams_html(p)}
<h2>Clinical Experience</h2>{exp}
{_pubs_html(p)}
<h2>Languages</h2><p>{esc(', '.join(p['langs_disp']))}</p>
{('<h2>Personal</h2><p>Date of birth: ' + esc(p['dob']) + '</p>') if p.get('dob') else ''}
{_refs_html(p)}
</div></body></html>"""

# ---------------------------------------------------------------- Chromium: coloured right sidebar with skill bars
def sidebar(p, skills):
    exp = ""
    for e in p["exp"]:
        exp += (f'<div class="job"><div class="dt">{esc(e["dates"])}</div><b>{esc(e["title"])}</b><br>'
                f'<span class="org">{esc(e["org"])} · {esc(e["place"])}</span>' + (f'<p>{esc(e["desc"])}</p>' if e["desc"] else "") + '</div>')
    edu = "".join(f'<div class="job"><div class="dt">{esc(d)}</div><b>{esc(deg)}</b><br><span class="org">{esc(org)}</span></div>' for deg, org, d in p["edu"])
    bars = "".join(f'<div class="sk">{esc(n)}<div class="bar"><div style="width:{v}%"></div></div></div>' for n, v in skills)
    lv = [5, 4, 4, 3, 2]
    langs = "".join(f'<div class="lg">{esc(l)}<span>' + "".join('<i class="on"></i>' if k < lv[min(i,4)] else '<i></i>' for k in range(5)) + '</span></div>' for i, l in enumerate(p["langs_disp"]))
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 0; }}
body {{ margin:0; font-family:'DejaVu Sans', sans-serif; font-size:9.2pt; color:#222; }}
.wrap {{ display:flex; min-height:297mm; }}
.main {{ width: 64%; padding: 16mm 8mm 12mm 14mm; }}
.side {{ width: 36%; background:#7b1f3a; color:#fff; padding: 16mm 9mm 12mm 9mm; box-sizing:border-box; }}
h1 {{ font-size:20pt; margin:0 0 2px; color:#7b1f3a; }} .native{{font-size:12pt;color:#555}}
.role {{ font-size:10.5pt; color:#555; margin-bottom:10px; }}
h2 {{ font-size:11pt; color:#7b1f3a; text-transform:uppercase; margin:12px 0 5px; letter-spacing:1px; }}
.side h2 {{ color:#ffd9e3; border-bottom:1px solid #ffd9e3; }}
.job {{ margin-bottom:7px; }} .dt {{ float:right; color:#7b1f3a; font-weight:700; font-size:8.5pt; }}
.org {{ color:#666; }} .job p {{ margin:2px 0; }}
.sk {{ margin:4px 0; }} .bar {{ height:6px; background:rgba(255,255,255,.25); border-radius:3px; margin-top:2px; }}
.bar div {{ height:6px; background:#ffd9e3; border-radius:3px; }}
.lg {{ display:flex; justify-content:space-between; margin:4px 0; }} .lg i {{ display:inline-block; width:7px; height:7px; border-radius:50%; border:1px solid #ffd9e3; margin-left:2px; }}
.lg i.on {{ background:#ffd9e3; }} .side p {{ margin:3px 0; }} .side p.em {{ font-size:8pt; white-space:nowrap; }}
ul, ol {{ margin:2px 0 2px 16px; padding:0; }}
</style></head><body><div class="wrap">
<div class="main">
<h1>{_name_html(p)}</h1><div class="role">{esc(p['objective'])}</div>
<h2>Clinical Experience</h2>{exp}
<h2>Education</h2>{edu}
{_pubs_html(p)}
{_refs_html(p)}
</div>
<div class="side">
<h2>Contact</h2><p class="em">{esc(p['email'])}</p><p>{esc(p['phone'])}</p><p>{esc(p['address'])}</p>
{('<p>Born: ' + esc(p['dob']) + '</p>') if p.get('dob') else ''}
<h2>USMLE</h2>{_exams_html(p)}
<h2>Skills</h2>{bars}
<h2>Languages</h2>{langs}
</div></div></body></html>"""

# ---------------------------------------------------------------- Chromium: two-page CV, name + page numbers in margin boxes
def twopage(p, extra_sections):
    exp = ""
    for e in p["exp"]:
        exp += (f'<tr><td class="d">{esc(e["dates"])}</td><td><b>{esc(e["title"])}</b>, {esc(e["org"])}<br><span class="pl">{esc(e["place"])}</span>'
                + (f'<div class="ds">{esc(e["desc"])}</div>' if e["desc"] else "") + '</td></tr>')
    edu = "".join(f'<tr><td class="d">{esc(d)}</td><td><b>{esc(deg)}</b><br>{esc(org)}</td></tr>' for deg, org, d in p["edu"])
    extras = "".join(f"<h2>{esc(h)}</h2><ul>" + "".join(f"<li>{esc(x)}</li>" for x in items) + "</ul>" for h, items in extra_sections)
    dob = f"<br>Date of birth: {esc(p['dob'])}" if p.get("dob") else ""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page {{ size: Letter; margin: 22mm 18mm 20mm 18mm;
  @top-left {{ content: "{esc(display_name(p, True, False))} — Curriculum Vitae"; font: 8.5pt 'Liberation Serif'; color:#666; }}
  @top-right {{ content: "{esc(p['email'])}"; font: 8.5pt 'Liberation Serif'; color:#666; }}
  @bottom-center {{ content: "Page " counter(page) " of " counter(pages); font: 8.5pt 'Liberation Serif'; color:#666; }} }}
body {{ font-family:'Liberation Serif', serif; font-size:11pt; color:#111; }}
h1 {{ font-size:21pt; margin:0; font-variant: small-caps; }} .native{{font-size:13pt}}
.c {{ margin:4px 0 8px; }} h2 {{ font-size:12.5pt; font-variant: small-caps; border-bottom:1px solid #333; margin:14px 0 5px; }}
table {{ border-collapse:collapse; width:100%; }} td {{ vertical-align:top; padding:3px 4px; }}
td.d {{ width:27%; white-space:nowrap; }} .pl {{ color:#444; font-style:italic; }} .ds {{ font-size:10pt; }}
ol, ul {{ margin:3px 0 3px 20px; padding:0; }} li {{ margin-bottom:2px; }}
</style></head><body>
<h1>{_name_html(p)}</h1>
<div class="c">{esc(p['address'])}<br>Phone: {esc(p['phone'])} · Email: {esc(p['email'])}{dob}</div>
<h2>Objective</h2><p>{esc(p['objective'])}</p>
<h2>Education</h2><table>{edu}</table>
<h2>Examinations</h2>{_exams_html(p)}
<h2>Professional &amp; Clinical Experience</h2><table>{exp}</table>
{_pubs_html(p)}
{extras}
<h2>Languages</h2><p>{esc('; '.join(p['langs_disp']))}</p>
{_refs_html(p)}
</body></html>"""

# ---------------------------------------------------------------- Markdown (pandoc)
def markdown(p):
    L = [f"# {display_name(p)}", ""]
    if p.get("native"): L += [f"*{p['native']}*", ""]
    L += [f"**Email:** {p['email']}  ", f"**Phone:** {p['phone']}  ", f"**Location:** {p['address']}", ""]
    if p.get("dob"): L += [f"**Date of birth:** {p['dob']}", ""]
    L += ["## Summary", "", p["objective"], "", "## Education", ""]
    for deg, org, d in p["edu"]:
        L += [f"- **{deg}**, {org} ({d})"]
    L += ["", "## USMLE and Certification", ""]
    L += [f"- {x}" for x in p["exams"] + [y for y in [p.get("ecfmg_line"), p.get("visa_line")] if y]]
    ue, oe = us_exp(p), other_exp(p)
    if ue:
        L += ["", "## U.S. Clinical Experience", ""]
        for e in ue:
            L += [f"### {e['title']}", "", f"{e['org']}, {e['place']} | *{e['dates']}*", ""]
            if e["desc"]: L += [f"- {e['desc']}", ""]
    if oe:
        L += ["", "## Clinical Experience", ""]
        L += ["| Dates | Position | Institution |", "|---|---|---|"]
        for e in oe:
            L += [f"| {e['dates']} | {e['title']} | {e['org']}, {e['place']} |"]
    pl = pub_lines(p)
    if pl:
        head, lines = pl
        L += ["", f"## {head}", ""]
        L += [f"{i}. {l}" for i, l in enumerate(lines, 1)] if len(lines) > 1 else [lines[0]]
    L += ["", "## Languages", "", ", ".join(p["langs_disp"]), ""]
    if p["refs"]:
        L += ["## References", ""]
        for r in p["refs"]:
            L += [f"- {r['name']}, {r['role']}, {r['org']} — {r['email']}, {r['phone']}"]
    return "\n".join(L) + "\n"

PANDOC_CSS = """body{font-family:'Noto Serif','DejaVu Serif',serif;font-size:10.5pt;max-width:none;margin:0 6mm;color:#1a1a1a}
h1{font-size:22pt;margin-bottom:4px;border-bottom:3px double #444}h2{font-size:13pt;color:#7a3b00;margin-top:16px;margin-bottom:4px}
h3{font-size:11pt;margin:8px 0 0}table{border-collapse:collapse;width:100%;font-size:9.5pt}th,td{border:1px solid #bbb;padding:3px 5px;text-align:left}
p{margin:4px 0}@page{size:A4;margin:16mm}"""

# ---------------------------------------------------------------- plain text as pasted into an email
def plaintext(p, width=72, bullet="•"):
    w = lambda s, ind="   ": textwrap.fill(s, width, initial_indent="", subsequent_indent=ind)
    L = [display_name(p), "=" * len(display_name(p))]
    if p.get("native"): L.append(p["native"])
    L += [f"{p['address']}", f"Cell/WhatsApp: {p['phone']}", f"E-mail: {p['email']}"]
    if p.get("dob"): L.append(f"DOB: {p['dob']}")
    L += ["", "OBJECTIVE", w(p["objective"], ""), "", "EDUCATION"]
    for deg, org, d in p["edu"]:
        L.append(w(f"{bullet} {deg} — {org}, {d}"))
    L += ["", "USMLE / ECFMG"]
    for x in p["exams"] + [y for y in [p.get("ecfmg_line"), p.get("visa_line")] if y]:
        L.append(w(f"{bullet} {x}"))
    L += ["", "CLINICAL EXPERIENCE"]
    for e in p["exp"]:
        L.append(w(f"{bullet} {e['title']}, {e['org']}, {e['place']} ({e['dates']})"))
        if e["desc"]: L.append(w(f"   ‣ {e['desc']}", "     "))
    pl = pub_lines(p)
    if pl:
        head, lines = pl
        L += ["", head.upper()]
        for i, l in enumerate(lines, 1):
            L.append(w(f"{i}) {l}" if len(lines) > 1 else l, "   "))
    L += ["", "LANGUAGES", w(", ".join(p["langs_disp"]), "")]
    if p["refs"]:
        L += ["", "REFERENCES"]
        for r in p["refs"]:
            L.append(w(f"{bullet} {r['name']}, {r['role']}, {r['org']}. {r['email']} / {r['phone']}"))
    return "\n".join(L) + "\n"
