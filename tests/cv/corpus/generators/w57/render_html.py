# -*- coding: utf-8 -*-
"""Designed HTML/CSS résumés, printed to PDF by headless Chromium."""
import html, subprocess, os
E = html.escape
TYPE_LABEL = {"hands_on": "Hands-on", "observership": "Observership", "research": "Research", "telehealth": "Telehealth"}

BASE = """
@page { size: A4; margin: 12mm 12mm 16mm 12mm; }
body { font-family: 'Liberation Sans','DejaVu Sans',sans-serif; font-size: 9.6pt; color:#222; margin:0; }
h1 { margin:0; font-size: 22pt; letter-spacing:.5px; }
h2 { font-size: 10.5pt; text-transform: uppercase; letter-spacing: 1.5px; color:#1d4e89; border-bottom: 1.5px solid #1d4e89; margin: 12px 0 6px; padding-bottom:2px;}
ul { margin: 2px 0 2px 16px; padding:0 } li { margin: 1px 0 }
.small { font-size: 8.5pt; color:#555 }
table { border-collapse: collapse; width:100% }
"""

def contact_block(r, sep="<br>"):
    return f"<div class='contact'>✉ {E(r['email'])}{sep}☎ {E(r['phone_disp'])}{sep}⌂ {E(r['city'])}</div>"

def list_block(title, items):
    if not items: return ""
    return f"<h2>{E(title)}</h2><ul>" + "".join(f"<li>{E(i)}</li>" for i in items) + "</ul>"

def exams_block(r):
    items = list(r['exams'])
    if r.get('ecfmg_line'): items.append(r['ecfmg_line'])
    return list_block("Licensing exams", items)

def usce_table(r):
    rows = "".join(f"<tr><td class='d'>{E(u['when'])}</td><td><b>{E(u['title'])}</b><br><span class='small'>{E(u['site'])}</span>"
                   + (f"<br>{E(u['desc'])}" if u['desc'] else "") + f"</td><td>{TYPE_LABEL[u['type']]}</td></tr>" for u in r['usce'])
    return ("<h2>US Clinical Experience</h2><table class='usce'><tr><th>Dates</th><th>Rotation / Site</th><th>Type</th></tr>" + rows + "</table>")

def other_block(r, title="Clinical Experience (Home Country)"):
    return f"<h2>{title}</h2>" + "".join(f"<div class='item'><b>{E(o['title'])}</b> — {E(o['site'])} <span class='when'>{E(o['when'])}</span></div>" for o in r['other'])

def namehead(r):
    alt = f"<div class='alt'>{E(r['alt_name'])}</div>" if r.get('alt_name') else ""
    post = f", {E(r['post'])}" if r.get('post') and r['post'] != 'lek.' else ""
    pre = "lek. " if r.get('post') == 'lek.' else ""
    return f"<h1>{pre}{E(r['name'])}{post}</h1>{alt}"

def misc_lines(r):
    out = []
    if r.get('visa_line'): out.append(r['visa_line'])
    out += r['misc']
    return out

def two_column(r, big=False):
    css = BASE + """
    .wrap { display:grid; grid-template-columns: 2.1fr 1fr; gap: 16px }
    .right { background:#eef3f8; padding: 8px 10px; border-radius:6px }
    .usce td, .usce th { border-bottom:1px solid #ccd; padding:3px 4px; vertical-align:top; text-align:left }
    .usce td.d { white-space:nowrap; width: 26% } .when { color:#777; float:right }
    .alt { color:#666; font-size: 12pt } .tag { color:#1d4e89; font-weight:bold }
    """
    if big: css += "body{font-size:12pt} h1{font-size:26pt}"
    left = (namehead(r) + f"<div class='tag'>{E(r['interest'])}</div>" + "<h2>Education</h2>" + f"<div>{E(r['degree_line'])}</div>"
            + usce_table(r) + other_block(r) + list_block("Publications & Presentations", r['pub_lines']))
    right = ("<h2>Contact</h2>" + contact_block(r) + exams_block(r) + list_block("Languages", r['lang_disp'])
             + list_block("Other", misc_lines(r)) + list_block("References", r['refs']))
    return css, f"<div class='wrap'><div class='left'>{left}</div><div class='right'>{right}</div></div>"

def sidebar_footer(r, big=False):
    css = BASE + """
    @page { margin: 0 }
    .side { position: absolute; left:0; top:0; height: 292mm; overflow:hidden; width: 62mm; background:#26323f; color:#e9eef3 }
    .sidein { padding: 14mm 6mm 0 8mm }
    .side h2 { color:#9fd3ff; border-color:#9fd3ff }
    .main { margin-left: 70mm; padding: 14mm 12mm 16mm 0 }
    .photo { width: 30mm; height: 36mm; background:#6d7b8a; border-radius:4px; margin-bottom:8px; text-align:center; line-height:36mm; color:#ccd }
    .foot { position: fixed; bottom: 6mm; left: 70mm; right: 12mm; font-size: 8.5pt; color:#444; border-top:1px solid #999; padding-top:2px }
    .item { margin: 3px 0 } .when { color:#1d4e89; font-weight:bold; display:block }
    .usce td, .usce th { border-bottom:1px solid #ccd; padding:3px 4px; vertical-align:top; text-align:left } .usce td.d{white-space:nowrap}
    .alt { color:#666; font-size: 13pt }
    """
    if big: css += "body{font-size:12pt}"
    side = ("<div class='photo'>PHOTO</div>" + exams_block(r) + list_block("Languages", r['lang_disp']) + list_block("Details", misc_lines(r)))
    main = (namehead(r) + f"<p><i>{E(r['interest'])}</i></p><h2>Education</h2><div>{E(r['degree_line'])}</div>"
            + usce_table(r) + other_block(r, "Work Experience") + list_block("Research output", r['pub_lines']) + list_block("Referees", r['refs']))
    foot = f"<div class='foot'>{E(r['name'])} · {E(r['email'])} · {E(r['phone_disp'])} · {E(r['city'])}</div>"
    return css, f"<div class='side'><div class='sidein'>{side}</div></div>{foot}<div class='main'>{main}</div>"

def timeline(r, big=False):
    css = BASE + """
    .head { display:flex; justify-content:space-between; align-items:flex-end; border-bottom: 3px solid #7a2e8e; padding-bottom:6px }
    .head .contact { text-align:right; font-size:8.8pt }
    h2 { color:#7a2e8e; border-color:#7a2e8e }
    .tl { border-left: 2px solid #7a2e8e; margin-left: 92px; padding-left: 14px }
    .ev { position: relative; margin: 0 0 8px }
    .ev:before { content:''; position:absolute; left:-20px; top:3px; width:10px; height:10px; border-radius:50%; background:#7a2e8e }
    .ev .d { position:absolute; left:-110px; width:84px; text-align:right; font-size:8.5pt; color:#7a2e8e; font-weight:bold }
    .badge { font-size:7.5pt; background:#f0e3f4; color:#7a2e8e; padding:1px 5px; border-radius:8px }
    .cols { display:grid; grid-template-columns: 1fr 1fr; gap: 14px } .alt{color:#666}
    """
    if big: css += "body{font-size:12pt}"
    evs = "".join(f"<div class='ev'><span class='d'>{E(u['when'])}</span><b>{E(u['title'])}</b> <span class='badge'>{TYPE_LABEL[u['type']]} · USA</span><br>{E(u['site'])}"
                  + (f"<br><span class='small'>{E(u['desc'])}</span>" if u['desc'] else "") + "</div>" for u in r['usce'])
    evs2 = "".join(f"<div class='ev'><span class='d'>{E(o['when'])}</span><b>{E(o['title'])}</b><br>{E(o['site'])}</div>" for o in r['other'])
    body = (f"<div class='head'><div>{namehead(r)}<div>{E(r['interest'])}</div></div>{contact_block(r)}</div>"
            f"<h2>Education</h2><div>{E(r['degree_line'])}</div>"
            f"<h2>Clinical Timeline — United States</h2><div class='tl'>{evs}</div>"
            f"<h2>Clinical Timeline — Abroad</h2><div class='tl'>{evs2}</div>"
            f"<div class='cols'><div>{exams_block(r)}{list_block('Languages', r['lang_disp'])}</div><div>{list_block('Publications', r['pub_lines'])}{list_block('Other', misc_lines(r))}{list_block('References', r['refs'])}</div></div>")
    return css, body

def cards(r, big=False):
    css = BASE + """
    body { background:#f4f5f7 } .top { background:#0f766e; color:white; padding: 10px 14px; border-radius: 8px }
    .top .alt{color:#d1fae5}
    .grid { display:grid; grid-template-columns: 1fr 1fr; gap: 8px; margin-top:8px }
    .card { background:white; border:1px solid #d6d9de; border-radius:8px; padding:7px 9px; break-inside: avoid }
    .card .t { font-size:7.5pt; text-transform:uppercase; color:#0f766e; font-weight:bold; letter-spacing:1px }
    .full { grid-column: 1 / span 2 } h2 { color:#0f766e; border-color:#0f766e }
    """
    if big: css += "body{font-size:12pt}"
    uc = "".join(f"<div class='card'><div class='t'>{TYPE_LABEL[u['type']]} · {E(u['when'])}</div><b>{E(u['title'])}</b><br>{E(u['site'])}</div>" for u in r['usce'])
    oc = "".join(f"<div class='card'><div class='t'>{E(o['when'])}</div><b>{E(o['title'])}</b><br>{E(o['site'])}</div>" for o in r['other'])
    body = (f"<div class='top'>{namehead(r)}<div>{E(r['interest'])}</div></div>"
            f"<h2>US Clinical Rotations</h2><div class='grid'>{uc}</div>"
            f"<h2>Education & Training</h2><div class='grid'><div class='card full'>{E(r['degree_line'])}</div>{oc}</div>"
            f"<div class='grid'><div class='card'>{exams_block(r)}</div><div class='card'>{list_block('Languages', r['lang_disp'])}{list_block('Other', misc_lines(r))}</div>"
            f"<div class='card full'>{list_block('Publications', r['pub_lines'])}{list_block('References', r['refs'])}</div>"
            f"<div class='card full'><div class='t'>Get in touch</div>{contact_block(r, ' &nbsp;|&nbsp; ')}</div></div>")
    return css, body

def grid_table(r, big=False):
    css = BASE + """
    .band { display:grid; grid-template-columns: 1.4fr 1fr; background:#fff4e5; border-left: 6px solid #d97706; padding:10px }
    h2 { color:#b45309; border-color:#b45309 }
    .usce td, .usce th { border:1px solid #e5c89a; padding:3px 5px; text-align:left; vertical-align:top } .usce th{background:#fde7c8}
    .g3 { display:grid; grid-template-columns: 1fr 1fr 1fr; gap: 10px } .alt{color:#7c4a03; font-size:13pt}
    .item{margin:2px 0} .when{color:#b45309}
    """
    if big: css += "body{font-size:12pt}"
    body = (f"<div class='band'><div>{namehead(r)}<div>{E(r['interest'])}</div></div><div>{contact_block(r)}</div></div>"
            f"<h2>Medical Education</h2>{E(r['degree_line'])}" + usce_table(r)
            + f"<div class='g3'><div>{exams_block(r)}</div><div>{list_block('Languages', r['lang_disp'])}{list_block('Other', misc_lines(r))}</div><div>{list_block('References', r['refs'])}</div></div>"
            + other_block(r, "International Clinical Experience") + list_block("Publications", r['pub_lines']))
    return css, body

LAYOUTS = {"two_column": two_column, "sidebar": sidebar_footer, "timeline": timeline, "cards": cards, "grid": grid_table}

def write_html(r, kind, path, big=False):
    css, body = LAYOUTS[kind](r, big)
    doc = f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>CV — {E(r['name'])}</title><style>{css}</style></head><body>{body}</body></html>"
    open(path, "w", encoding="utf-8").write(doc)

def chromium_pdf(html_path, pdf_path):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf_path}", "file://" + os.path.abspath(html_path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
