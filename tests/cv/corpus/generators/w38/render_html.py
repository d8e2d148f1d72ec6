# -*- coding: utf-8 -*-
import subprocess, os, tempfile, shutil
from common import sections, display_name, e

def _items_html(items, cls="item"):
    out = []
    for it in items:
        if isinstance(it, dict):
            out.append(f'<div class="{cls}"><div class="when">{e(it["when"])}</div><div class="what"><b>{e(it["title"])}</b><br>'
                       f'<span class="org">{e(it["org"])}</span>' + (f'<br><small>{e(it["desc"])}</small>' if it["desc"] else '') + '</div></div>')
        else:
            out.append(f'<p>{e(it)}</p>')
    return "\n".join(out)

def sidebar(p, accent="#12355b", dark=False):
    secs = sections(p)
    side_keys = ("USMLE / ECFMG", "Languages", "Visa / Immigration")
    native = f'<div class="native" lang="{ "ar" if any(0x600<=ord(c)<=0x6ff for c in p.get("native","")) else "am"}">{e(p["native"])}</div>' if p.get("native") else ""
    side = "".join(f'<h3>{e(t)}</h3>{_items_html(i)}' for t, i in secs if t in side_keys)
    main = "".join(f'<h2>{e(t)}</h2>{_items_html(i)}' for t, i in secs if t not in side_keys)
    bg = accent if dark else "#eef2f6"; fg = "#fff" if dark else "#222"
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 0 }}
body {{ margin:0; font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9.5pt; }}
.wrap {{ display:flex; min-height: 297mm; }}
.side {{ width: 62mm; background:{bg}; color:{fg}; padding: 14mm 7mm; box-sizing:border-box; }}
.main {{ flex:1; padding: 14mm 10mm; }}
h1 {{ font-size: 17pt; margin:0 0 3mm 0; }} .native {{ font-size: 13pt; margin-bottom: 4mm; }}
h2 {{ color:{accent}; border-bottom: 1.5px solid {accent}; font-size: 11pt; margin: 5mm 0 2mm; text-transform: uppercase; letter-spacing: .5px }}
h3 {{ font-size: 10pt; margin: 5mm 0 1mm; text-transform: uppercase; }}
.item {{ display:flex; gap: 4mm; margin-bottom: 2.5mm; }} .when {{ width: 32mm; flex-shrink:0; color:#555 }}
.side .item {{ display:block }} .side .when {{ width:auto; color:inherit }}
p {{ margin: 1mm 0 }} .contact p {{ font-size: 8pt; white-space: nowrap; }}
</style></head><body><div class="wrap"><div class="side">
<h1>{" ".join('<span style="white-space:nowrap">' + e(w) + "</span>" for w in display_name(p).split())}</h1>{native}
<div class="contact"><h3>Contact</h3><p>&#9993; {e(p['email'])}</p><p>&#9742; {e(p['phone'])}</p><p>{e(p['address'])}</p><p>{e(p.get('dob',''))}</p></div>
{side}</div><div class="main">{main}</div></div></body></html>"""

def grid(p):
    secs = sections(p)
    cells = "".join(f'<section><h2>{e(t)}</h2>{_items_html(i)}</section>' for t, i in secs)
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: Letter; margin: 12mm }}
body {{ font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 10pt; color:#111 }}
header {{ display:grid; grid-template-columns: 2fr 1fr; border-bottom: 3px double #444; padding-bottom: 3mm; }}
header h1 {{ margin:0; font-size: 20pt; font-variant: small-caps }}
header .c {{ text-align:right; font-size: 9pt }}
main {{ display:grid; grid-template-columns: 1fr 1fr; column-gap: 8mm; row-gap: 2mm; margin-top: 4mm }}
section {{ break-inside: avoid }} h2 {{ font-size: 11pt; background:#eee; padding: 1mm 2mm; margin: 2mm 0 }}
.item {{ margin-bottom: 2mm }} .when {{ font-style: italic; color:#333 }} p {{ margin: 1mm 0 }}
</style></head><body><header><div><h1>{e(display_name(p))}</h1><div>{e(p.get('dob',''))}</div></div>
<div class="c">{e(p['address'])}<br>Tel. {e(p['phone'])}<br>{e(p['email'])}</div></header>
<main>{cells}</main></body></html>"""

def timeline(p, accent="#0b7a75"):
    secs = sections(p)
    body = []
    for t, items in secs:
        if items and isinstance(items[0], dict):
            li = "".join(f'<li><span class="dot"></span><div class="d">{e(it["when"])}</div><div class="t">{e(it["title"])}</div>'
                         f'<div class="o">{e(it["org"])}</div>' + (f'<div class="x">{e(it["desc"])}</div>' if it["desc"] else "") + '</li>' for it in items)
            body.append(f'<h2>{e(t)}</h2><ul class="tl">{li}</ul>')
        else:
            body.append(f'<h2>{e(t)}</h2>' + "".join(f'<p>{e(s)}</p>' for s in items))
    native = f'<div class="native">{e(p["native"])}</div>' if p.get("native") else ""
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 14mm 16mm }}
body {{ font-family: 'DejaVu Sans Condensed', sans-serif; font-size: 9.5pt; color:#222 }}
.top {{ background:{accent}; color:white; padding: 6mm; border-radius: 3mm }}
.top h1 {{ margin:0; font-size: 19pt }} .top .c {{ margin-top: 2mm; font-size: 9pt }} .native {{ font-size: 12pt }}
h2 {{ color:{accent}; font-size: 11pt; margin: 6mm 0 2mm; text-transform: uppercase }}
ul.tl {{ list-style:none; margin:0; padding-left: 6mm; border-left: 2px solid {accent} }}
ul.tl li {{ position:relative; margin-bottom: 3mm; break-inside: avoid }}
.dot {{ position:absolute; left: -8.2mm; top: 1mm; width: 3mm; height: 3mm; border-radius: 50%; background: {accent} }}
.d {{ font-weight:bold; color:{accent} }} .t {{ font-weight: bold }} .o {{ color:#444 }} .x {{ font-size: 8.5pt; color:#666 }}
p {{ margin: 1mm 0 }}
</style></head><body><div class="top"><h1>{e(display_name(p))}</h1>{native}
<div class="c">{e(p['email'])} &nbsp;|&nbsp; {e(p['phone'])} &nbsp;|&nbsp; {e(p['address'])}</div></div>
{''.join(body)}</body></html>"""

def to_pdf(html, out_pdf):
    tmp = tempfile.mkdtemp(prefix="w38h_")
    src = os.path.join(tmp, "cv.html")
    open(src, "w", encoding="utf-8").write(html)
    cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", f"--user-data-dir={tmp}/prof",
           "--no-pdf-header-footer", "--print-to-pdf-no-header", f"--print-to-pdf={out_pdf}", "file://" + src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    shutil.rmtree(tmp, ignore_errors=True)
