# -*- coding: utf-8 -*-
"""HTML/CSS renderers: printed with Chromium (002 sidebar, 010 rotation table, 015 timeline) or
converted with LibreOffice (014 html -> docx)."""
from common import esc, SEC

ICON_SVG = {
    "☎": '<svg width="11" height="11" viewBox="0 0 24 24"><path fill="#fff" d="M6.6 10.8a15 15 0 006.6 6.6l2.2-2.2c.3-.3.7-.4 1-.2 1.1.4 2.3.6 3.6.6.6 0 1 .4 1 1V20c0 .6-.4 1-1 1A17 17 0 013 4c0-.6.4-1 1-1h3.5c.6 0 1 .4 1 1 0 1.3.2 2.5.6 3.6.1.3 0 .7-.2 1z"/></svg>',
    "✉": '<svg width="11" height="11" viewBox="0 0 24 24"><path fill="#fff" d="M20 4H4a2 2 0 00-2 2v12a2 2 0 002 2h16a2 2 0 002-2V6a2 2 0 00-2-2zm0 4l-8 5-8-5V6l8 5 8-5z"/></svg>',
    "⌂": '<svg width="11" height="11" viewBox="0 0 24 24"><path fill="#fff" d="M12 2a7 7 0 00-7 7c0 5.3 7 13 7 13s7-7.7 7-13a7 7 0 00-7-7zm0 9.5A2.5 2.5 0 1112 6.5a2.5 2.5 0 010 5z"/></svg>',
    "✈": '<svg width="11" height="11" viewBox="0 0 24 24"><path fill="#fff" d="M21 16v-2l-8-5V3.5a1.5 1.5 0 00-3 0V9l-8 5v2l8-2.5V19l-2 1.5V22l3.5-1 3.5 1v-1.5L13 19v-5.5z"/></svg>',
}


def _pubs(p):
    return "".join(f"<li>{esc(x)}</li>" for x in p["pubs"])


def _refs(p):
    return "".join(f"<div class='ref'><b>{esc(n)}</b><br>{esc(t)}<br>{esc(o)}<br>{esc(e)} · {esc(ph)}</div>"
                   for n, t, o, e, ph in p["referees"])


def _usce_rows(p):
    return "".join(f"<tr><td>{esc(d)}</td><td>{esc(h)}</td><td>{esc(c)}, {esc(s)}</td><td>{esc(t)}</td><td>{esc(sp)}</td></tr>"
                   for d, h, c, s, t, sp in p["usce"])


# ---------------------------------------------------------------- 002 sidebar with icons
def sidebar(p):
    contacts = "".join(f"<div class='c'><span class='ic'>{ICON_SVG.get(ic, '')}</span><span>{esc(v)}</span></div>"
                       for ic, lab, v in p["contacts"])
    exams = "".join(f"<div class='ex'><b>{esc(e)}</b><br>{esc(r)}{(' · ' + esc(d)) if d else ''}</div>" for e, r, d in p["exams"])
    langs = "".join(f"<li>{esc(x.strip())}</li>" for x in p["languages"].split("·"))
    edu = "".join(f"<div class='item'><div class='when'>{esc(d)}</div><div><b>{esc(g)}</b><br><i>{esc(i)}</i>, {esc(pl)}</div></div>"
                  for d, g, i, pl in p["education"])
    usce = "".join(f"<div class='item'><div class='when'>{esc(d)}</div><div><b>{esc(t)} — {esc(sp)}</b><br>{esc(h)}<br>{esc(c)}, {esc(s)}</div></div>"
                   for d, h, c, s, t, sp in p["usce"])
    work = "".join(f"<div class='item'><div class='when'>{esc(d)}</div><div><b>{esc(r)}</b><br>{esc(pl)}<br><small>{esc(de)}</small></div></div>"
                   for d, r, pl, de in p["work"])
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 0 }}
body {{ margin:0; font-family: 'DejaVu Sans', sans-serif; font-size: 9.2pt; color:#222 }}
.wrap {{ display:flex; min-height: 297mm }}
.side {{ width: 68mm; background:#0F4C5C; color:#f2f2f2; padding: 14mm 7mm }}
.main {{ flex:1; padding: 14mm 10mm 10mm 9mm }}
.photo {{ width: 30mm; height: 30mm; border-radius: 50%; background:#7FA9B3; margin: 0 auto 6mm; }}
.side h3 {{ font-size: 9pt; letter-spacing: 2px; border-bottom: 1px solid #8fb8c2; padding-bottom: 2px; margin-top: 7mm }}
.c {{ display:flex; gap:6px; margin: 5px 0; align-items:flex-start; word-break: break-all }}
.ic {{ display:inline-block; min-width:18px; height:18px; border-radius:50%; background:#E36414; text-align:center; line-height: 20px }}
.ex {{ margin: 5px 0 }}
h1 {{ font-size: 21pt; margin: 0; color:#0F4C5C }}
.sub {{ color:#E36414; font-weight:bold; margin: 2px 0 8px }}
h2 {{ font-size: 10.5pt; color:#0F4C5C; text-transform: uppercase; border-bottom: 2px solid #E36414; margin: 12px 0 6px }}
.item {{ display:flex; gap: 8px; margin-bottom: 6px }}
.when {{ width: 30mm; flex: none; color:#555; font-weight:bold }}
li {{ margin-bottom: 3px }}
.ref {{ margin-bottom: 6px }}
</style></head><body><div class="wrap">
<div class="side"><div class="photo"></div>
<h3>CONTACT</h3>{contacts}
<h3>EXAMS</h3>{exams}
<h3>LANGUAGES</h3><ul style="padding-left:14px">{langs}</ul>
<h3>INTERESTS</h3><p>{esc(p['interests'])}</p>
</div>
<div class="main"><h1>{esc(p['display_name'])}</h1><div class="sub">{esc(p['title_line'])}</div>
<p>{esc(p['summary'])}</p>
<h2>Education</h2>{edu}
<h2>US Clinical &amp; Research Experience</h2>{usce}
<h2>Clinical Experience — Indonesia</h2>{work}
<h2>Publications</h2><ol>{_pubs(p)}</ol>
<h2>References</h2>{_refs(p)}
</div></div></body></html>"""


# ---------------------------------------------------------------- 010 rotation table CV
def rotation_table(p):
    edu = "".join(f"<tr><td>{esc(d)}</td><td><b>{esc(g)}</b><br>{esc(i)}, {esc(pl)}</td></tr>" for d, g, i, pl in p["education"])
    work = "".join(f"<tr><td>{esc(d)}</td><td><b>{esc(r)}</b><br>{esc(pl)}<br><small>{esc(de)}</small></td></tr>" for d, r, pl, de in p["work"])
    exams = "".join(f"<tr><td>{esc(e)}</td><td>{esc(r)}</td><td>{esc(d)}</td></tr>" for e, r, d in p["exams"])
    contacts = " &nbsp; ".join(f"<span class='ci'>{ICON_SVG.get(ic,'')}</span> {esc(v)}" for ic, lab, v in p["contacts"])
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
@page {{ size: Letter; margin: 14mm 14mm 16mm }}
body {{ font-family: 'Liberation Sans', 'Noto Sans CJK JP', sans-serif; font-size: 9.5pt; color:#111 }}
header {{ border-bottom: 3px double #8B1E3F; padding-bottom: 6px }}
h1 {{ margin:0; font-size: 20pt }} h1 .jp {{ font-family: 'Noto Serif CJK JP'; font-weight: normal; font-size: 14pt; color:#8B1E3F }}
.ci {{ display:inline-block; background:#8B1E3F; border-radius:3px; padding:1px 2px; vertical-align: middle }}
h2 {{ font-size: 11pt; color:#8B1E3F; margin: 14px 0 4px; font-variant: small-caps }}
table {{ border-collapse: collapse; width:100% }}
td, th {{ border: 1px solid #bbb; padding: 3px 5px; vertical-align: top; text-align:left }}
th {{ background:#F3E6EA }}
table.plain td {{ border:none; border-bottom: 1px dotted #ccc }}
table.plain td:first-child {{ width: 36mm; color:#555 }}
</style></head><body>
<header><h1>{esc(p['display_name'])} <span class="jp">{esc(p['alt_name'])}</span></h1>
<div>{esc(p['title_line'])}</div><div style="margin-top:4px">{contacts}</div>
<div>Visa: {esc(p['personal'][0][1])}</div></header>
<h2>Summary</h2><p>{esc(p['summary'])}</p>
<h2>Education</h2><table class="plain">{edu}</table>
<h2>USMLE / ECFMG</h2><table><tr><th>Examination</th><th>Result</th><th>Year</th></tr>{exams}</table>
<h2>US Clinical Rotations</h2>
<table><tr><th>Dates</th><th>Hospital</th><th>City, State</th><th>Type</th><th>Specialty</th></tr>{_usce_rows(p)}</table>
<h2>Clinical Experience in Japan</h2><table class="plain">{work}</table>
<h2>Peer-reviewed Publications</h2><ol>{_pubs(p)}</ol>
<h2>Languages</h2><p>{esc(p['languages'])}</p>
<h2>Specialty of interest</h2><p>{esc(p['interests'])}</p>
<h2>Letters of Recommendation</h2><table><tr>{''.join(f"<td><b>{esc(n)}</b><br>{esc(t)}<br>{esc(o)}<br>{esc(e)}<br>{esc(ph)}</td>" for n,t,o,e,ph in p['referees'])}</tr></table>
</body></html>"""


# ---------------------------------------------------------------- 015 vertical timeline
def timeline(p):
    events = []
    for d, g, i, pl in p["education"]:
        events.append((d, "Education", g, f"{i}, {pl}"))
    for d, h, c, s, t, sp in p["usce"]:
        events.append((d, "USCE · " + t, sp, f"{h} — {c}, {s}"))
    for d, r, pl, de in p["work"]:
        events.append((d, "Clinical work", r, f"{pl}. {de}"))
    tl = "".join(f"<div class='ev'><div class='dot'></div><div class='d'>{esc(d)}</div><div class='k'>{esc(k)}</div>"
                 f"<div class='t'>{esc(t)}</div><div class='w'>{esc(w)}</div></div>" for d, k, t, w in events)
    exams = "".join(f"<span class='pill'>{esc(e)}: <b>{esc(r)}</b></span>" for e, r, d in p["exams"])
    contacts = "".join(f"<div><span class='ci'>{ICON_SVG.get(ic,'')}</span> {esc(v)}</div>" for ic, lab, v in p["contacts"])
    return f"""<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 12mm }}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 9pt }}
.top {{ display:grid; grid-template-columns: 1fr 70mm; gap: 8mm; align-items: end; border-bottom: 4px solid #2A9D8F; padding-bottom: 6px }}
h1 {{ margin:0; font-size: 22pt; color:#264653 }}
.ci {{ display:inline-block; background:#2A9D8F; border-radius:50%; width:16px; height:16px; text-align:center; line-height:18px }}
h2 {{ color:#2A9D8F; font-size: 11pt; margin: 12px 0 6px; text-transform: uppercase }}
.tl {{ border-left: 3px solid #2A9D8F; margin-left: 6px; padding-left: 14px }}
.ev {{ position: relative; margin-bottom: 8px; break-inside: avoid }}
.dot {{ position:absolute; left: -21px; top: 2px; width: 10px; height: 10px; border-radius: 50%; background:#E76F51 }}
.d {{ font-weight:bold; color:#E76F51 }} .k {{ font-size: 7.5pt; color:#777; text-transform: uppercase }}
.t {{ font-weight: bold }}
.pill {{ display:inline-block; border:1px solid #2A9D8F; border-radius: 10px; padding: 1px 7px; margin: 2px }}
.cols {{ display:grid; grid-template-columns: 1fr 1fr; gap: 8mm }}
</style></head><body>
<div class="top"><div><h1>{esc(p['display_name'])}</h1><div>{esc(p['title_line'])}</div></div><div>{contacts}</div></div>
<p>{esc(p['summary'])}</p>
<h2>Exams</h2><div>{exams}</div>
<h2>Timeline</h2><div class="tl">{tl}</div>
<div class="cols"><div><h2>Publication</h2><ul>{_pubs(p)}</ul><h2>Languages</h2><p>{esc(p['languages'])}</p>
<h2>Interests</h2><p>{esc(p['interests'])}</p></div>
<div><h2>Referees</h2>{_refs(p)}</div></div>
</body></html>"""


# ---------------------------------------------------------------- 014 simple HTML converted to DOCX by soffice
def for_soffice(p):
    edu = "".join(f"<tr><td>{esc(d)}</td><td>{esc(g)}</td><td>{esc(i)}, {esc(pl)}</td></tr>" for d, g, i, pl in p["education"])
    work = "".join(f"<li><b>{esc(d)}</b> — {esc(r)}, {esc(pl)}. {esc(de)}</li>" for d, r, pl, de in p["work"])
    exams = "".join(f"<li>{esc(e)}: <b>{esc(r)}</b> ({esc(d)})</li>" for e, r, d in p["exams"])
    personal = "".join(f"<tr><td>{esc(k)}</td><td>: {esc(v)}</td></tr>" for k, v in p["personal"])
    contacts = "".join(f"<tr><td>{esc(lab)}</td><td>: {esc(v)}</td></tr>" for ic, lab, v in p["contacts"])
    return f"""<html><head><meta charset="utf-8"><title>CV</title></head><body style="font-family: Liberation Serif">
<h1 style="text-align:center">CURRICULUM VITAE</h1>
<h2 style="text-align:center">{esc(p['display_name'])}</h2>
<p style="text-align:center"><i>{esc(p['title_line'])}</i></p>
<h3>DATA PRIBADI / PERSONAL DATA</h3><table>{contacts}{personal}</table>
<h3>PROFILE</h3><p>{esc(p['summary'])}</p>
<h3>PENDIDIKAN / EDUCATION</h3><table border="1" cellpadding="3"><tr><th>Periode</th><th>Degree</th><th>Institution</th></tr>{edu}</table>
<h3>EXAMINATIONS</h3><ul>{exams}</ul>
<h3>US CLINICAL EXPERIENCE</h3>
<table border="1" cellpadding="3"><tr><th>Dates</th><th>Hospital</th><th>City, State</th><th>Type</th><th>Specialty</th></tr>{_usce_rows(p)}</table>
<h3>PENGALAMAN KERJA / WORK EXPERIENCE</h3><ul>{work}</ul>
<h3>PUBLICATIONS</h3><ol>{_pubs(p)}</ol>
<h3>LANGUAGES</h3><p>{esc(p['languages'])}</p>
<h3>INTEREST</h3><p>{esc(p['interests'])}</p>
<h3>REFERENCES</h3>{_refs(p)}
<p>Yogyakarta, 20 November 2026<br><br><br>dr. Muhammad Rizky Pratama</p>
</body></html>"""
