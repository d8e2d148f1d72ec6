"""HTML sources printed to PDF by headless Chromium: 002 (margin boxes), 011 (sidebar), 016 (browser header/footer)."""
import html
import subprocess
import os
from common import pub_blocks, is_pub

esc = html.escape


def _section_html(p, head, kind, items, cls=""):
    o = [f'<section class="{cls}"><h2>{esc(head)}</h2>']
    if kind == "entries":
        for e in items:
            o.append(f'<div class="e"><span class="d">{esc(e["when"])}</span><div><b>{esc(e["what"])}</b>'
                     + (f'<br>{esc(e["where"])}' if e["where"] else "")
                     + "".join(f'<br><i>{esc(n)}</i>' for n in e["notes"]) + "</div></div>")
    elif kind == "kv":
        o.append("<table class='kv'>" + "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in items) + "</table>")
    elif kind == "bullets":
        o.append("<ul>" + "".join(f"<li>{esc(b)}</li>" for b in items) + "</ul>")
    elif kind == "para":
        o.append(f"<p>{esc(items)}</p>")
    elif kind == "refs":
        o.append("<div class='refs'>" + "".join(
            f"<div class='ref'><b>{esc(n)}</b><br>{esc(r)}<br>{esc(e)}<br>{esc(ph)}</div>" for n, r, e, ph in items) + "</div>")
    elif is_pub(kind):
        for sub, texts, numbered in pub_blocks(p, kind):
            if sub:
                o.append(f"<h3>{esc(sub)}</h3>")
            tag = "ol" if numbered else "ul"
            o.append(f"<{tag} class='pubs'>" + "".join(f"<li>{esc(t)}</li>" for t in texts) + f"</{tag}>")
    o.append("</section>")
    return "\n".join(o)


def html_margin_boxes(p):
    css = """
@page { size: A4; margin: 22mm 18mm 20mm 18mm;
  @top-left { content: "Omar K. Al-Harbi, MBBS — Curriculum Vitae"; font: 8pt 'Liberation Serif'; color:#666 }
  @top-right { content: "CV – Dr. O. Al-Harbi – updated 10/2026"; font: 8pt 'Liberation Serif'; color:#666 }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 8pt 'Liberation Serif' } }
body { font-family: 'Liberation Serif', serif; font-size: 10.5pt; line-height: 1.3 }
h1 { font-size: 22pt; margin: 0; letter-spacing: 1px } .ar { font-family: 'DejaVu Sans'; font-size: 13pt; color:#444 }
.contact { border-top: 2px solid #7a1f1f; border-bottom: 2px solid #7a1f1f; padding: 4px 0; margin: 8px 0 12px }
h2 { font-variant: small-caps; color: #7a1f1f; font-size: 13pt; border-bottom: 1px solid #ccc; margin: 14px 0 6px }
.e { display: grid; grid-template-columns: 32mm 1fr; margin-bottom: 5px; break-inside: avoid }
.d { color: #333 } ol.pubs li { margin-bottom: 3px } .refs { display:flex; gap: 20mm }
"""
    body = [f"<h1>{esc(p['display_name'])}</h1><div class='ar'>{p['native_name']}</div>",
            f"<div class='contact'>{esc(p['address'])}<br>Mobile: {esc(p['phone_disp'])} &nbsp;•&nbsp; E-mail: {esc(p['email'])}"
            f" &nbsp;•&nbsp; Date of birth: 9 Rajab 1402 H (3 May 1982)</div>"]
    for s in p["sections"]:
        body.append(_section_html(p, *s))
    return f"<!doctype html><html><head><meta charset='utf-8'><title>CV Omar Al-Harbi</title><style>{css}</style></head><body>{''.join(body)}</body></html>"


def html_sidebar(p):
    css = """
@page { size: Letter; margin: 12mm 12mm 14mm 12mm;
  @bottom-right { content: "Benali FZ · " counter(page) "/" counter(pages); font: 7.5pt 'DejaVu Sans'; color:#888 } }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; margin: 0 }
.wrap { display: grid; grid-template-columns: 58mm 1fr; gap: 7mm }
aside { background: #12395b; color: #fff; padding: 8mm 5mm; border-radius: 2mm; align-self: start }
aside h1 { font-size: 17pt; margin: 0 0 2mm } aside .ar { font-size: 12pt; margin-bottom: 5mm }
aside h2 { font-size: 9.5pt; text-transform: uppercase; border-bottom: 1px solid #8fb3d9; margin-top: 6mm }
aside a { color: #fff } main h2 { color:#12395b; font-size: 11.5pt; text-transform: uppercase; letter-spacing: .5px;
  border-left: 4px solid #12395b; padding-left: 2mm; margin: 5mm 0 2mm }
.e { display:grid; grid-template-columns: 30mm 1fr; margin-bottom: 3mm; break-inside: avoid } .d { color:#12395b; font-weight: bold }
table.kv th { text-align:left; padding-right: 4mm } ol.pubs li { margin-bottom: 2px; font-size: 8.5pt }
.refs .ref { margin-bottom: 3mm }
"""
    side_keys = ("USMLE", "References")
    main_secs = [s for s in p["sections"] if s[0] not in side_keys]
    side = [f"<h1>{esc(p['display_name'])}</h1><div class='ar'>{p['native_name']}</div>",
            "<h2>Contact</h2>", f"<div>Tel/WhatsApp: {esc(p['phone_disp'])}</div><div>Email: <a>{esc(p['email'])}</a></div><div>{esc(p['address'])}</div>",
            "<h2>Languages</h2>", "<ul>" + "".join(f"<li>{esc(l)}</li>" for l in p["languages_disp"]) + "</ul>"]
    for s in p["sections"]:
        if s[0] in side_keys:
            side.append(_section_html(p, *s))
    main = [_section_html(p, *s) for s in main_secs]
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>Fatima Zahra Benali CV</title><style>{css}</style></head>"
            f"<body><div class='wrap'><aside>{''.join(side)}</aside><main>{''.join(main)}</main></div></body></html>")


def html_plain_browser(p):
    css = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; max-width: 760px; margin: auto }
header { text-align: center } h1 { margin-bottom: 0 } h2 { background: #eee; padding: 2px 6px; font-size: 12pt }
.e { display:flex; gap: 12px; margin-bottom: 6px } .d { flex: 0 0 150px; color:#555 } ol.pubs li, ul li { margin-bottom: 2px }
.refs { display:flex; gap: 30px }
"""
    body = [f"<header><h1>{esc(p['display_name'])}</h1><div dir='rtl'>{p['native_name']}</div>"
            f"<p>{esc(p['address'])} · {esc(p['phone_disp'])} · <a href='mailto:{esc(p['email'])}'>{esc(p['email'])}</a></p></header>"]
    for s in p["sections"]:
        body.append(_section_html(p, *s))
    return f"<!doctype html><html><head><meta charset='utf-8'><title>Layla Haddad - CV (2026)</title><style>{css}</style></head><body>{''.join(body)}</body></html>"


def chromium_pdf(html_path, pdf_path, header_footer=False):
    args = ["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--user-data-dir=/tmp/w61-chromium", f"--print-to-pdf={pdf_path}"]
    if not header_footer:
        args.append("--no-pdf-header-footer")
    args.append("file://" + os.path.abspath(html_path))
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
