# -*- coding: utf-8 -*-
"""HTML/CSS designs printed to PDF with headless Chromium."""
import html, os, subprocess

ICONS = {
    "mail": '<svg width="11" height="11" viewBox="0 0 24 24"><path fill="currentColor" d="M2 5h20v14H2z M3 6l9 7 9-7" stroke="#fff" stroke-width="1.2"/></svg>',
    "phone": '<svg width="11" height="11" viewBox="0 0 24 24"><path fill="currentColor" d="M6.6 10.8a15 15 0 0 0 6.6 6.6l2.2-2.2c.3-.3.7-.4 1-.2 1.1.4 2.3.6 3.6.6.6 0 1 .4 1 1V20c0 .6-.4 1-1 1A17 17 0 0 1 3 4c0-.6.4-1 1-1h3.5c.6 0 1 .4 1 1 0 1.3.2 2.5.6 3.6.1.3 0 .7-.2 1z"/></svg>',
    "pin": '<svg width="11" height="11" viewBox="0 0 24 24"><path fill="currentColor" d="M12 2a7 7 0 0 0-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 0 0-7-7zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5z"/></svg>',
    "id": '<svg width="11" height="11" viewBox="0 0 24 24"><rect x="2" y="5" width="20" height="14" rx="2" fill="currentColor"/></svg>',
}
e = html.escape


def item_html(it, date_left=False):
    if isinstance(it, str):
        return f'<p class="plain">{e(it)}</p>'
    b = "".join(f"<li>{e(x)}</li>" for x in it.get("b", []))
    b = f"<ul>{b}</ul>" if b else ""
    if date_left:
        return (f'<div class="row"><div class="dcol">{e(it["d"])}</div><div class="bcol"><div class="t">{e(it["t"])}</div>'
                f'<div class="o">{e(it["o"])}</div>{b}</div></div>')
    return (f'<div class="item"><div class="hd"><span class="t">{e(it["t"])}</span> <span class="d">{e(it["d"])}</span></div>'
            f'<div class="o">{e(it["o"])}</div>{b}</div>')


def sections_html(secs, date_left=False):
    out = []
    for title, items in secs:
        out.append(f'<section><h2>{e(title)}</h2>{"".join(item_html(i, date_left) for i in items)}</section>')
    return "".join(out)


def sidebar(cv):
    icons = ["mail", "phone", "pin", "id"]
    contact = "".join(f'<li><span class="ic">{ICONS[icons[i % 4]]}</span>{e(c)}</li>' for i, c in enumerate(cv["contact"]))
    side = "".join(f'<h3>{e(t)}</h3><ul>{"".join(f"<li>{e(x)}</li>" for x in xs)}</ul>' for t, xs in cv.get("side", []))
    css = """
    @page { size: Letter; margin: 0 }
    body { margin:0; font-family: 'DejaVu Sans', sans-serif; font-size: 9.3pt; color:#222 }
    .wrap { display:flex; min-height: 11in }
    aside { width: 2.7in; background:#123d5a; color:#eef4f8; padding: .45in .25in; box-sizing:border-box }
    aside h1 { font-size: 17pt; margin:0 0 4px 0; line-height:1.15 }
    aside .hl { font-size: 8.5pt; color:#9fd0ee; margin-bottom:14px }
    aside ul { list-style:none; padding:0; margin:0 0 10px 0 } aside li { margin: 3px 0; font-size:8.2pt; white-space: nowrap }
    aside h3 { font-size: 9pt; text-transform: uppercase; letter-spacing: 1px; border-bottom:1px solid #4b7898; padding-bottom:2px; margin:14px 0 5px }
    .ic { color:#9fd0ee; margin-right:5px }
    main { flex:1; padding: .45in .4in .4in .35in }
    h2 { font-size: 11pt; color:#123d5a; text-transform: uppercase; letter-spacing: 1.2px; border-bottom: 2px solid #c9dbe7; margin: 12px 0 6px }
    .item { margin-bottom: 6px; break-inside: avoid } .hd { display:flex; justify-content: space-between }
    .t { font-weight: bold } .d { color:#555; white-space: nowrap; margin-left: 8px; font-style: italic } .o { color:#444 }
    ul { margin: 2px 0 0 0; padding-left: 16px } .plain { margin: 2px 0 }
    """
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>{e(cv["name"])} – CV</title><style>{css}</style></head><body><div class="wrap">
    <aside><h1>{e(cv["name"])}</h1><div class="hl">{e(cv["headline"])}</div><h3>Contact</h3><ul>{contact}</ul>{side}</aside>
    <main>{sections_html(cv["sections"])}</main></div></body></html>"""


def twocol(cv):
    css = """
    @page { size: Letter; margin: .55in .6in }
    body { font-family: 'Liberation Serif', serif; font-size: 10.5pt; color:#111 }
    header { text-align:center; border-bottom: 1px solid #000; padding-bottom: 6px; margin-bottom: 6px }
    header h1 { font-variant: small-caps; font-size: 20pt; margin: 0 }
    header .c { font-size: 9.5pt } header .hl { font-style: italic; font-size: 10pt }
    h2 { font-variant: small-caps; font-size: 12.5pt; margin: 10px 0 3px; border-bottom: .5px solid #888 }
    .row { display: grid; grid-template-columns: 1.45in 1fr; column-gap: 10px; margin: 3px 0; break-inside: avoid }
    .dcol { font-size: 9.5pt; color:#333 } .t { font-weight: bold } .o { font-style: italic }
    ul { margin: 1px 0; padding-left: 16px } .plain { margin: 2px 0 2px 1.55in }
    """
    contact = " &nbsp;|&nbsp; ".join(e(c) for c in cv["contact"])
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>{e(cv["name"])} – CV</title><style>{css}</style></head><body>
    <header><h1>{e(cv["name"])}</h1><div class="hl">{e(cv["headline"])}</div><div class="c">{contact}</div></header>
    {sections_html(cv["sections"], date_left=True)}</body></html>"""


def icons_header(cv):
    icons = ["phone", "mail", "pin", "id"]
    contact = "".join(f'<span class="ci">{ICONS[icons[i % 4]]}&nbsp;{e(c)}</span>' for i, c in enumerate(cv["contact"]))
    css = """
    @page { size: A4; margin: 0 0 .5in 0 }
    body { margin: 0; font-family: 'Liberation Sans', sans-serif; font-size: 9.8pt; color: #2b2b2b }
    .band { background: linear-gradient(90deg,#7b2d5b,#b34a6f); color: #fff; padding: .4in .55in .25in }
    .band h1 { margin: 0; font-size: 22pt; font-weight: 300; letter-spacing: .5px } .band .hl { opacity: .9; margin-top: 2px }
    .cbar { background: #f4e6ee; padding: 7px .55in; display: flex; flex-wrap: wrap; gap: 6px 18px; font-size: 8.8pt; color:#5b2144 }
    .cols { display: grid; grid-template-columns: 1fr 1fr; column-gap: .35in; padding: .1in .55in }
    h2 { font-size: 10.5pt; color: #7b2d5b; margin: 12px 0 5px; border-left: 4px solid #b34a6f; padding-left: 6px }
    .item { margin-bottom: 7px; break-inside: avoid } .hd { display:block } .t { font-weight: bold; display:block } .d { color: #8a5572; font-size: 8.8pt }
    .o { color:#444 } ul { margin: 2px 0; padding-left: 15px } .plain { margin: 2px 0 }
    """
    secs = cv["sections"]
    half = (len(secs) + 1) // 2
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>{e(cv["name"])} – CV</title><style>{css}</style></head><body>
    <div class="band"><h1>{e(cv["name"])}</h1><div class="hl">{e(cv["headline"])}</div></div>
    <div class="cbar">{contact}</div>
    <div class="cols"><div>{sections_html(secs[:half])}</div><div>{sections_html(secs[half:])}</div></div></body></html>"""


def timeline(cv):
    css = """
    @page { size: Letter; margin: .5in .6in }
    body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.2pt; color:#1d2a2a }
    .top { display:flex; justify-content: space-between; align-items: flex-end; border-bottom: 3px solid #0f7c6b; padding-bottom: 6px }
    .top h1 { margin:0; font-size: 19pt; color:#0f7c6b } .top .r { text-align: right; font-size: 8.6pt; line-height: 1.45 }
    h2 { font-size: 10.5pt; color:#0f7c6b; margin: 12px 0 6px; text-transform: uppercase }
    .tl { position: relative; margin-left: 1.45in; border-left: 2px solid #9cd3c8; padding-left: 14px }
    .tl .row { position: relative; margin-bottom: 8px; break-inside: avoid }
    .tl .row:before { content: ''; position: absolute; left: -20px; top: 3px; width: 9px; height: 9px; border-radius: 50%; background: #0f7c6b }
    .tl .dcol { position: absolute; left: -1.6in; width: 1.3in; white-space: nowrap; text-align: right; font-size: 8.3pt; color:#555 }
    .t { font-weight: bold } .o { color:#444 } .plain { margin: 2px 0 } ul { margin: 2px 0; padding-left: 15px }
    """
    contact = "<br>".join(e(c) for c in cv["contact"])
    secs = cv["sections"]
    first = secs[0]
    tl = "".join(item_html(i, date_left=True) for i in first[1])
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>{e(cv["name"])} – CV</title><style>{css}</style></head><body>
    <div class="top"><div><h1>{e(cv["name"])}</h1><div>{e(cv["headline"])}</div></div><div class="r">{contact}</div></div>
    <h2>{e(first[0])}</h2><div class="tl">{tl}</div>{sections_html(secs[1:])}</body></html>"""


def plain_letter(cv):
    """simple serif page used for scans / damaged files"""
    css = """@page { size: Letter; margin: .7in } body { font-family: 'Liberation Serif', serif; font-size: 11pt }
    h1 { font-size: 18pt; margin: 0 } h2 { font-size: 12pt; border-bottom: 1px solid #000; margin: 12px 0 4px }
    .item { margin-bottom: 5px } .hd { display:flex; justify-content: space-between } .t { font-weight: bold }
    .o { font-style: italic } ul { margin: 2px 0 } .plain { margin: 2px 0 }"""
    contact = " · ".join(e(c) for c in cv["contact"])
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>{e(cv["name"])} – CV</title><style>{css}</style></head><body>
    <h1>{e(cv["name"])}</h1><div>{e(cv["headline"])}</div><div>{contact}</div>{sections_html(cv["sections"])}</body></html>"""


DESIGNS = dict(sidebar=sidebar, twocol=twocol, icons=icons_header, timeline=timeline, plain=plain_letter)


def chromium_pdf(html_text, out_pdf, tmpdir):
    os.makedirs(tmpdir, exist_ok=True)
    src = os.path.join(tmpdir, os.path.basename(out_pdf) + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html_text)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--user-data-dir=" + os.path.join(tmpdir, "chrome-profile"),
                    "--print-to-pdf=" + out_pdf, "file://" + os.path.abspath(src)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    return src
