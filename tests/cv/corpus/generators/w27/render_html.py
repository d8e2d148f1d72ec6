# -*- coding: utf-8 -*-
"""HTML/CSS designs for Chromium print-to-PDF (and screenshots for scans)."""
from html import escape as h

def fullname(p):
    return p["name"] + (", " + p["suffix"] if p.get("suffix") else "")

def native_span(p, cls="native"):
    if not p.get("native"):
        return ""
    return f'<span class="{cls}" dir="auto" lang="und">{h(p["native"])}</span>'

def items(lst, fmt):
    return "".join(fmt(x) for x in lst)

def exp_block(e, style="std"):
    bl = "".join(f"<li>{h(b)}</li>" for b in e["bullets"])
    place = f", {h(e['place'])}" if e["place"] else ""
    if style == "std":
        return (f'<div class="exp"><div class="exp-top"><b>{h(e["role"])}</b><span class="date">{h(e["dates"])}</span></div>'
                f'<div class="org">{h(e["org"])}{place}</div>' + (f"<ul>{bl}</ul>" if bl else "") + "</div>")
    if style == "timeline":
        return (f'<div class="tl-item"><div class="tl-date">{h(e["dates"])}</div><div class="tl-dot"></div>'
                f'<div class="tl-body"><b>{h(e["role"])}</b><br><i>{h(e["org"])}{place}</i>' + (f"<ul>{bl}</ul>" if bl else "") + "</div></div>")
    if style == "card":
        return (f'<div class="card"><div class="card-date">{h(e["dates"])}</div><h4>{h(e["role"])}</h4>'
                f'<p class="org">{h(e["org"])}{place}</p>' + (f"<ul>{bl}</ul>" if bl else "") + "</div>")
    raise ValueError(style)

def edu_block(ed, style="std"):
    dates, deg, inst, note = ed
    note_html = f'<div class="note">{h(note)}</div>' if note else ""
    if style == "timeline":
        return (f'<div class="tl-item"><div class="tl-date">{h(dates)}</div><div class="tl-dot"></div>'
                f'<div class="tl-body"><b>{h(deg)}</b><br><i>{h(inst)}</i>{note_html}</div></div>')
    return (f'<div class="exp"><div class="exp-top"><b>{h(deg)}</b><span class="date">{h(dates)}</span></div>'
            f'<div class="org">{h(inst)}</div>{note_html}</div>')

def refs_html(p):
    out = []
    for (n, t, em, ph) in p["references"]:
        out.append(f'<div class="ref"><b>{h(n)}</b><br>{h(t)}<br>{h(em)}' + (f"<br>{h(ph)}" if ph else "") + "</div>")
    return "".join(out)

def pubs_html(p, ordered=True):
    tag = "ol" if ordered else "ul"
    return f"<{tag} class='pubs'>" + "".join(f"<li>{h(x)}</li>" for x in p["pubs"]) + f"</{tag}>"

BASE_CSS = """
@page { size: A4; margin: 13mm 12mm; }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans Georgian', sans-serif; font-size: 10pt; color: #222; margin: 0; }
ul { margin: 2px 0 4px 16px; padding: 0; } li { margin: 1px 0; }
.exp { margin: 0 0 7px 0; page-break-inside: avoid; }
.exp-top { display: flex; justify-content: space-between; gap: 10px; }
.date { white-space: nowrap; color: #555; }
.org { color: #444; } .note { font-size: 9pt; color: #666; }
.native { font-family: 'Noto Naskh Arabic', 'Noto Sans Georgian', 'Noto Sans', sans-serif; }
.ref { margin-bottom: 6px; font-size: 9pt; }
.pubs li { font-size: 9pt; margin-bottom: 3px; }
"""

def section(title, body, cls="sec"):
    return f'<section class="{cls}"><h2>{h(title)}</h2>{body}</section>' if body else ""

def common_sections(p, exp_style="std", pubs_title="Publications"):
    s = []
    if p["summary"]:
        s.append(section("Profile", f"<p>{h(p['summary'])}</p>"))
    s.append(section("Education", items(p["education"], lambda e: edu_block(e, exp_style if exp_style == "timeline" else "std"))))
    s.append(section("Examinations & Certification", "<ul>" + items(p["exams"], lambda x: f"<li>{h(x)}</li>") + "</ul>"))
    s.append(section("Clinical Experience", items(p["experience"], lambda e: exp_block(e, exp_style))))
    if p["research"]:
        s.append(section("Research Experience", items(p["research"], lambda e: exp_block(e, exp_style))))
    if p["pubs"]:
        s.append(section(p.get("pubs_note", pubs_title), pubs_html(p)))
    return s

# ------------------------------------------------------------------ designs
def d_grid(p):
    css = BASE_CSS + """
    header { display: grid; grid-template-columns: 2fr 1fr; border-bottom: 3px solid #0b6e4f; padding-bottom: 8px; }
    header h1 { margin: 0; font-size: 19pt; color: #0b6e4f; white-space: nowrap; } header .native { font-size: 16pt; color: #333; }
    .contact-grid { display: grid; grid-template-columns: 1fr 1fr; gap: 4px 10px; font-size: 8.5pt; margin-top: 6px; }
    .contact-grid div { background: #eef6f2; padding: 3px 6px; border-radius: 3px; }
    main { display: grid; grid-template-columns: 1fr 1fr; gap: 10px 18px; margin-top: 10px; }
    main .wide { grid-column: 1 / span 2; }
    h2 { font-size: 11pt; text-transform: uppercase; letter-spacing: 1px; color: #0b6e4f; border-bottom: 1px solid #bcd; margin: 0 0 5px 0; }
    """
    c = [h(p["address"]), "☎ " + h(p["phone"]), "✉ " + h(p["email"])] + [h(x) for x in p["links"]] + ([h(p["dob"])] if p["dob"] else [])
    secs = common_sections(p)
    left = [section("Languages", "<ul>" + items(p["languages"], lambda x: f"<li>{h(x)}</li>") + "</ul>"),
            section("Skills & Certificates", "<ul>" + items(p["skills"], lambda x: f"<li>{h(x)}</li>") + "</ul>") if p["skills"] else "",
            section("Honours", "<ul>" + items(p["awards"], lambda x: f"<li>{h(x)}</li>") + "</ul>") if p["awards"] else "",
            section("Visa", f"<p>{h(p['visa'])}</p>") if p["visa"] else ""]
    body = (f'<div class="wide">{secs[0]}</div>' + f"<div>{secs[1]}{secs[2]}</div><div>{''.join(left)}</div>"
            + f'<div class="wide">{"".join(secs[3:])}</div>'
            + '<div class="wide">' + section("References", '<div style="display:grid;grid-template-columns:1fr 1fr;gap:8px">' + refs_html(p) + "</div>") + '</div>')
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>{css}</style></head><body>
<header><div><h1>{h(fullname(p))}</h1>{native_span(p)}<div style="margin-top:4px;font-weight:bold">{h(p['headline'])}</div></div>
<div class="contact-grid">{''.join(f'<div>{x}</div>' for x in c)}</div></header>
<main>{body}</main></body></html>"""

def d_sidebar(p, color="#1f3a5f"):
    css = BASE_CSS + f"""
    @page {{ margin: 0; }}
    .wrap {{ display: flex; min-height: 297mm; }}
    aside {{ width: 68mm; background: {color}; color: #f0f0f0; padding: 14mm 7mm; font-size: 9pt; }}
    aside h2 {{ font-size: 10pt; color: #ffd27f; border-bottom: 1px solid #8aa; margin: 14px 0 4px; text-transform: uppercase; }}
    aside .native {{ font-size: 15pt; display:block; margin: 6px 0; }}
    main {{ flex: 1; padding: 14mm 10mm; }}
    main h1 {{ font-size: 21pt; margin: 0; color: {color}; }}
    main h2 {{ font-size: 12pt; color: {color}; border-bottom: 2px solid {color}; margin: 12px 0 5px; }}
    """
    side = (f"{native_span(p)}<h2>Contact</h2><div>{h(p['phone'])}</div><div>{h(p['email'])}</div><div>{h(p['address'])}</div>"
            + "".join(f"<div>{h(x)}</div>" for x in p["links"]) + (f"<div>{h(p['dob'])}</div>" if p["dob"] else "")
            + "<h2>Exams</h2>" + "".join(f"<div>{h(x)}</div>" for x in p["exams"])
            + "<h2>Languages</h2>" + "".join(f"<div>{h(x)}</div>" for x in p["languages"])
            + ("<h2>Skills</h2>" + "".join(f"<div>{h(x)}</div>" for x in p["skills"]) if p["skills"] else "")
            + (f"<h2>Visa</h2><div>{h(p['visa'])}</div>" if p["visa"] else ""))
    secs = common_sections(p)
    secs = [s for s in secs if "Examinations" not in s]
    main = (f"<h1>{h(fullname(p))}</h1><div style='font-size:12pt;color:#666'>{h(p['headline'])}</div>" + "".join(secs)
            + (section("Honours", "<ul>" + items(p["awards"], lambda x: f"<li>{h(x)}</li>") + "</ul>") if p["awards"] else "")
            + section("References", refs_html(p)))
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>{css}</style></head><body>
<div class="wrap"><aside>{side}</aside><main>{main}</main></div></body></html>"""

def d_timeline(p):
    css = BASE_CSS + """
    h1 { font-size: 24pt; margin: 0; font-weight: 300; } h1 b { font-weight: 700; }
    .contact { color: #555; font-size: 9pt; margin: 4px 0 10px; }
    h2 { font-size: 12pt; color: #c0392b; margin: 14px 0 6px; }
    .tl { position: relative; margin-left: 0; }
    .tl-item { display: grid; grid-template-columns: 33mm 12px 1fr; gap: 8px; margin-bottom: 8px; page-break-inside: avoid; }
    .tl-date { text-align: right; font-size: 9pt; color: #c0392b; font-weight: bold; }
    .tl-dot { width: 10px; height: 10px; border-radius: 50%; background: #c0392b; margin-top: 3px; box-shadow: 0 0 0 3px #f5d0cb; }
    """
    parts = p["name"].split(" ")
    nm = " ".join(parts[:-1]) + f" <b>{h(parts[-1])}</b>"
    contact = " | ".join(h(x) for x in [p["phone"], p["email"], p["address"], p["dob"]] + p["links"] if x)
    s = []
    if p["summary"]:
        s.append(section("Profile", f"<p>{h(p['summary'])}</p>"))
    s.append(section("Education", "<div class='tl'>" + items(p["education"], lambda e: edu_block(e, "timeline")) + "</div>"))
    s.append(section("Clinical Timeline", "<div class='tl'>" + items(p["experience"], lambda e: exp_block(e, "timeline")) + "</div>"))
    if p["research"]:
        s.append(section("Research", "<div class='tl'>" + items(p["research"], lambda e: exp_block(e, "timeline")) + "</div>"))
    s.append(section("USMLE & Licensing", "<ul>" + items(p["exams"], lambda x: f"<li>{h(x)}</li>") + "</ul>"))
    if p["pubs"]:
        s.append(section("Publications", pubs_html(p)))
    s.append(section("Languages", "<p>" + " · ".join(h(x) for x in p["languages"]) + "</p>"))
    if p["skills"]:
        s.append(section("Certifications", "<p>" + " · ".join(h(x) for x in p["skills"]) + "</p>"))
    if p["visa"]:
        s.append(section("Immigration status", f"<p>{h(p['visa'])}</p>"))
    s.append(section("References", refs_html(p)))
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>{css}</style></head><body>
<h1>{nm}{', ' + h(p['suffix']) if p['suffix'] else ''}</h1>{native_span(p)}<div style="font-size:12pt">{h(p['headline'])}</div>
<div class="contact">{contact}</div>{''.join(s)}</body></html>"""

ICON = {
    "phone": '<svg width="11" height="11" viewBox="0 0 24 24"><path fill="#2a7ab0" d="M6.6 10.8a15 15 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z"/></svg>',
    "mail": '<svg width="11" height="11" viewBox="0 0 24 24"><path fill="#2a7ab0" d="M20 4H4a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h16a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2zm0 4-8 5-8-5V6l8 5 8-5z"/></svg>',
    "pin": '<svg width="11" height="11" viewBox="0 0 24 24"><path fill="#2a7ab0" d="M12 2a7 7 0 0 0-7 7c0 5.25 7 13 7 13s7-7.75 7-13a7 7 0 0 0-7-7zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5z"/></svg>',
    "link": '<svg width="11" height="11" viewBox="0 0 24 24"><path fill="#2a7ab0" d="M3.9 12a3.1 3.1 0 0 1 3.1-3.1h4V7H7a5 5 0 0 0 0 10h4v-1.9H7A3.1 3.1 0 0 1 3.9 12zM8 13h8v-2H8zm9-6h-4v1.9h4a3.1 3.1 0 0 1 0 6.2h-4V17h4a5 5 0 0 0 0-10z"/></svg>',
    "cake": '<svg width="11" height="11" viewBox="0 0 24 24"><circle cx="12" cy="12" r="9" fill="none" stroke="#2a7ab0" stroke-width="2"/></svg>',
}

def d_icons(p):
    css = BASE_CSS + """
    .top { text-align: center; border-bottom: 1px solid #2a7ab0; padding-bottom: 8px; }
    .top h1 { margin: 0; font-size: 22pt; color: #2a7ab0; letter-spacing: 1px; }
    .top .native { font-size: 14pt; color: #555; }
    .icons { display: flex; flex-wrap: wrap; justify-content: center; gap: 4px 16px; font-size: 9pt; margin-top: 6px; }
    .icons span svg { vertical-align: -1px; margin-right: 3px; }
    h2 { font-size: 11.5pt; color: #2a7ab0; margin: 12px 0 4px; }
    h2::before { content: "▸ "; }
    .chips span { display: inline-block; border: 1px solid #2a7ab0; border-radius: 10px; padding: 1px 8px; margin: 2px; font-size: 9pt; }
    """
    ic = [("phone", p["phone"]), ("mail", p["email"]), ("pin", p["address"])] + [("link", x) for x in p["links"]] + ([("cake", p["dob"])] if p["dob"] else [])
    icons = "".join(f"<span>{ICON[k]}{h(v)}</span>" for k, v in ic)
    s = common_sections(p)
    s.append(section("Languages", "<div class='chips'>" + "".join(f"<span>{h(x)}</span>" for x in p["languages"]) + "</div>"))
    if p["skills"]:
        s.append(section("Skills", "<div class='chips'>" + "".join(f"<span>{h(x)}</span>" for x in p["skills"]) + "</div>"))
    if p["awards"]:
        s.append(section("Awards", "<ul>" + items(p["awards"], lambda x: f"<li>{h(x)}</li>") + "</ul>"))
    if p["visa"]:
        s.append(section("Visa", f"<p>{h(p['visa'])}</p>"))
    s.append(section("Referees", refs_html(p)))
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>{css}</style></head><body>
<div class="top"><h1>{h(fullname(p))}</h1>{native_span(p)}<div>{h(p['headline'])}</div><div class="icons">{icons}</div></div>
{''.join(s)}</body></html>"""

def d_twocol(p):
    css = BASE_CSS + """
    header { background: #2d2d2d; color: white; padding: 10px 14px; display: flex; justify-content: space-between; align-items: flex-end; }
    header h1 { margin: 0; font-size: 20pt; } header .native { font-size: 13pt; color: #ddd; }
    header .ct { text-align: right; font-size: 8.5pt; line-height: 1.5; }
    .cols { column-count: 2; column-gap: 9mm; margin-top: 10px; column-rule: 1px solid #ccc; }
    h2 { font-size: 11pt; background: #eee; padding: 2px 6px; margin: 8px 0 4px; break-after: avoid; }
    section { break-inside: avoid-column; }
    """
    s = common_sections(p)
    s.append(section("Languages", "<ul>" + items(p["languages"], lambda x: f"<li>{h(x)}</li>") + "</ul>"))
    if p["skills"]:
        s.append(section("Skills", "<ul>" + items(p["skills"], lambda x: f"<li>{h(x)}</li>") + "</ul>"))
    if p["visa"]:
        s.append(section("Visa status", f"<p>{h(p['visa'])}</p>"))
    s.append(section("References", refs_html(p)))
    ct = "<br>".join(h(x) for x in [p["address"], p["phone"], p["email"], p["dob"]] if x)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>{css}</style></head><body>
<header><div><h1>{h(fullname(p))}</h1>{native_span(p)}<div style="font-size:10pt">{h(p['headline'])}</div></div><div class="ct">{ct}</div></header>
<div class="cols">{''.join(s)}</div></body></html>"""

def d_table(p):
    css = BASE_CSS + """
    table { width: 100%; border-collapse: collapse; margin-bottom: 8px; }
    td, th { border: 1px solid #999; padding: 3px 5px; vertical-align: top; font-size: 9.5pt; }
    th { background: #d9e2ec; text-align: left; }
    .h { background: #34495e; color: #fff; font-size: 11pt; }
    h1 { margin: 0; font-size: 18pt; }
    """
    rows = lambda lst: "".join(f"<tr><td style='width:36mm'>{h(a)}</td><td><b>{h(b)}</b><br>{h(c)}" + (f"<br><i>{h(d)}</i>" if d else "") + "</td></tr>" for a, b, c, d in lst)
    exps = lambda lst: "".join(f"<tr><td style='width:36mm'>{h(e['dates'])}</td><td><b>{h(e['role'])}</b><br>{h(e['org'])}</td><td style='width:30mm'>{h(e['place'])}</td></tr>" for e in lst)
    info = f"""<table><tr><td rowspan="5" style="width:55%"><h1>{h(fullname(p))}</h1>{native_span(p)}<div>{h(p['headline'])}</div></td>
      <th>Telephone</th><td>{h(p['phone'])}</td></tr><tr><th>E-mail</th><td>{h(p['email'])}</td></tr>
      <tr><th>Address</th><td>{h(p['address'])}</td></tr><tr><th>Born</th><td>{h(p['dob'])}</td></tr>
      <tr><th>Visa</th><td>{h(p['visa'])}</td></tr></table>"""
    body = (f"<table><tr><th class='h' colspan='2'>EDUCATION</th></tr>{rows(p['education'])}</table>"
            f"<table><tr><th class='h' colspan='2'>USMLE / LICENSURE</th></tr>" + "".join(f"<tr><td colspan='2'>{h(x)}</td></tr>" for x in p['exams']) + "</table>"
            f"<table><tr><th class='h' colspan='3'>CLINICAL EXPERIENCE</th></tr><tr><th>Dates</th><th>Position / Institution</th><th>City</th></tr>{exps(p['experience'])}</table>"
            + (f"<table><tr><th class='h' colspan='3'>RESEARCH</th></tr>{exps(p['research'])}</table>" if p['research'] else "")
            + f"<table><tr><th class='h'>PUBLICATIONS</th></tr>" + "".join(f"<tr><td>{h(x)}</td></tr>" for x in p['pubs']) + "</table>"
            + f"<table><tr><th class='h' colspan='2'>LANGUAGES & SKILLS</th></tr><tr><td>{h(', '.join(p['languages']))}</td><td>{h(', '.join(p['skills']))}</td></tr></table>"
            + f"<table><tr><th class='h' colspan='4'>REFERENCES</th></tr><tr><th>Name</th><th>Position</th><th>E-mail</th><th>Phone</th></tr>"
            + "".join(f"<tr><td>{h(a)}</td><td>{h(b)}</td><td>{h(c)}</td><td>{h(d)}</td></tr>" for a, b, c, d in p['references']) + "</table>")
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>{css}</style></head><body>{info}{body}</body></html>"""

def d_headerfooter(p):
    """Contacts only in CSS @page margin boxes (running header/footer repeated on every page)."""
    q = lambda x: '"' + x.replace('"', "'") + '"'
    css = BASE_CSS + f"""
    @page {{ margin: 24mm 14mm 20mm 14mm;
      @top-left {{ content: {q(p['name'] + ' — Curriculum Vitae')}; font-size: 8.5pt; color: #555; border-bottom: 0.5pt solid #999; }}
      @top-right {{ content: {q(p['email'])}; font-size: 8.5pt; color: #555; border-bottom: 0.5pt solid #999; }}
      @bottom-left {{ content: {q(p['address'] + ' · Mobile/WhatsApp ' + p['phone'])}; font-size: 8pt; color: #555; }}
      @bottom-right {{ content: "Page " counter(page) " of " counter(pages); font-size: 8pt; color: #555; }}
    }}
    h1 {{ font-size: 20pt; margin: 0; color: #6b2c2c; }} h2 {{ font-size: 11.5pt; color: #6b2c2c; margin: 12px 0 4px; font-variant: small-caps; }}
    """
    s = common_sections(p)
    s.append(section("Languages", "<p>" + "; ".join(h(x) for x in p["languages"]) + "</p>"))
    if p["skills"]:
        s.append(section("Procedural Skills", "<ul>" + items(p["skills"], lambda x: f"<li>{h(x)}</li>") + "</ul>"))
    if p.get("extra"):
        s.append(section(p["extra"][0], "<ul>" + items(p["extra"][1], lambda x: f"<li>{h(x)}</li>") + "</ul>"))
    s.append(section("References", refs_html(p)))
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>{css}</style></head><body>
<h1>{h(fullname(p))}</h1>{native_span(p)}<div><i>{h(p['headline'])}</i> · {h(p['dob'])}</div>{''.join(s)}</body></html>"""

def d_cards(p):
    css = BASE_CSS + """
    body { background: #fff; }
    .hero { background: linear-gradient(90deg,#7b1f3a,#b0413e); color: #fff; border-radius: 8px; padding: 12px 16px; }
    .hero h1 { margin: 0; font-size: 21pt; } .hero .native { font-size: 14pt; opacity: .9; }
    .hero .meta { display: flex; gap: 14px; font-size: 9pt; margin-top: 6px; flex-wrap: wrap; }
    .grid { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
    .card { border: 1px solid #e0c8cc; border-radius: 8px; padding: 6px 9px; page-break-inside: avoid; }
    .card h4 { margin: 0; font-size: 10pt; } .card-date { float: right; font-size: 8.5pt; color: #7b1f3a; font-weight: bold; }
    h2 { font-size: 11pt; color: #7b1f3a; margin: 12px 0 5px; }
    .chips span { background: #f6e7ea; border-radius: 10px; padding: 1px 8px; margin-right: 4px; font-size: 9pt; }
    """
    meta = "".join(f"<span>{h(x)}</span>" for x in [p["email"], p["phone"], p["address"], p["dob"]] if x)
    s = []
    if p["summary"]:
        s.append(section("About", f"<p>{h(p['summary'])}</p>"))
    s.append(section("Education", "<div class='grid'>" + "".join(f"<div class='card'><div class='card-date'>{h(a)}</div><h4>{h(b)}</h4><p class='org'>{h(c)}</p></div>" for a, b, c, d in p["education"]) + "</div>"))
    s.append(section("USMLE", "<div class='grid'>" + "".join(f"<div class='card'>{h(x)}</div>" for x in p["exams"]) + "</div>"))
    s.append(section("Clinical", "<div class='grid'>" + items(p["experience"], lambda e: exp_block(e, "card")) + "</div>"))
    if p["research"]:
        s.append(section("Research", "<div class='grid'>" + items(p["research"], lambda e: exp_block(e, "card")) + "</div>"))
    if p["pubs"]:
        s.append(section("Publications & Abstracts", pubs_html(p)))
    s.append(section("Languages", "<div class='chips'>" + "".join(f"<span>{h(x)}</span>" for x in p["languages"]) + "</div>"))
    if p["awards"]:
        s.append(section("Awards", "<ul>" + items(p["awards"], lambda x: f"<li>{h(x)}</li>") + "</ul>"))
    if p["visa"]:
        s.append(section("Visa", f"<p>{h(p['visa'])}</p>"))
    s.append(section("Reference", refs_html(p)))
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>{css}</style></head><body>
<div class="hero"><h1>{h(fullname(p))}</h1>{native_span(p)}<div>{h(p['headline'])}</div><div class="meta">{meta}</div></div>{''.join(s)}</body></html>"""

def d_minimal(p):
    css = BASE_CSS + """
    body { font-family: 'Liberation Serif', 'Noto Serif Georgian', serif; font-size: 11pt; }
    h1 { font-size: 19pt; margin: 0; text-align: center; font-weight: normal; letter-spacing: 3px; text-transform: uppercase; }
    .native { display: block; text-align: center; font-family: 'Noto Serif Georgian', 'Noto Naskh Arabic', serif; }
    .ct { text-align: center; font-size: 10pt; margin-bottom: 10px; }
    h2 { font-size: 11pt; text-transform: uppercase; letter-spacing: 2px; border-bottom: 0.5px solid #000; margin: 14px 0 5px; font-weight: normal; }
    """
    s = common_sections(p)
    s.append(section("Languages", "<p>" + ", ".join(h(x) for x in p["languages"]) + "</p>"))
    if p["visa"]:
        s.append(section("Status", f"<p>{h(p['visa'])}</p>"))
    s.append(section("References", refs_html(p)))
    ct = " · ".join(h(x) for x in [p["address"], p["phone"], p["email"], p["dob"]] if x)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>{css}</style></head><body>
<h1>{h(fullname(p))}</h1>{native_span(p)}<div class="ct">{h(p['headline'])}<br>{ct}</div>{''.join(s)}</body></html>"""

DESIGNS = {"grid": d_grid, "sidebar": d_sidebar, "timeline": d_timeline, "icons": d_icons, "twocol": d_twocol,
           "table": d_table, "headerfooter": d_headerfooter, "cards": d_cards, "minimal": d_minimal}
