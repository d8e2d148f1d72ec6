# -*- coding: utf-8 -*-
"""HTML/CSS look-alikes of online résumé builders (no downloaded templates)."""
from html import escape as e

BASE = """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: Letter; margin: %(margin)s; }
body { margin:0; font-family: %(font)s; font-size: 10pt; color:#222; }
%(css)s
</style></head><body>%(body)s</body></html>"""


def bar(p, color="#2b6cb0", bg="#dde"):
    return f'<div class="bar" style="background:{bg}"><div style="width:{p}%;background:{color}"></div></div>'


def items_html(items, date_cls="date", mode="above"):
    out = []
    for x in items:
        bl = "".join(f"<li>{e(b)}</li>" for b in x["b"])
        bl = f"<ul>{bl}</ul>" if bl else ""
        org = ", ".join(s for s in [x["o"], x["p"]] if s)
        if mode == "above":
            out.append(f'<div class="item"><div class="{date_cls}">{e(x["d"])}</div><div class="ttl">{e(x["t"])}</div>'
                       f'<div class="org">{e(org)}</div>{bl}</div>')
        elif mode == "right":
            out.append(f'<div class="item"><div class="row"><span class="ttl">{e(x["t"])}</span><span class="{date_cls}">{e(x["d"])}</span></div>'
                       f'<div class="org">{e(org)}</div>{bl}</div>')
        elif mode == "left":
            out.append(f'<table class="it"><tr><td class="{date_cls}">{e(x["d"])}</td><td><div class="ttl">{e(x["t"])}</div>'
                       f'<div class="org">{e(org)}</div>{bl}</td></tr></table>')
        elif mode == "timeline":
            out.append(f'<div class="tl"><span class="dot"></span><div class="{date_cls}">{e(x["d"])}</div><div class="ttl">{e(x["t"])}</div>'
                       f'<div class="org">{e(org)}</div>{bl}</div>')
    return "".join(out)


def langs_html(langs, style="bar", color="#2b6cb0"):
    out = []
    for n, v in langs:
        if isinstance(v, int) and style == "dots":
            d = "".join('<span class="ld on"></span>' if i < v else '<span class="ld"></span>' for i in range(5))
            out.append(f'<div class="lang"><span>{e(n)}</span> {d}</div>')
        elif isinstance(v, int) and style == "pct":
            out.append(f'<div class="lang"><span>{e(n)}</span><span class="pct">{v}%</span>{bar(v, color)}</div>')
        elif isinstance(v, int):
            out.append(f'<div class="lang"><span>{e(n)}</span>{bar(v, color)}</div>')
        else:
            out.append(f'<div class="lang"><b>{e(n)}</b> — <i>{e(v)}</i></div>')
    return "".join(out)


def contacts_html(cs):
    return "".join(f'<div class="ct"><span class="ic">{e(i)}</span> {e(t)}</div>' for i, t in cs)


# ------------------------------------------------------------------ Canva sidebar
def canva_sidebar(cv, dark="#1f3b4d", accent="#f2b134"):
    css = f"""
    .wrap {{ display:flex; min-height:10.9in; }}
    .side {{ width:2.55in; background:{dark}; color:#eef; padding:0.45in 0.25in; box-sizing:border-box; }}
    .main {{ flex:1; padding:0.45in 0.4in; }}
    .side h3 {{ color:{accent}; font-size:9.5pt; letter-spacing:2.5px; text-transform:uppercase; border-bottom:1px solid {accent}; padding-bottom:2px; margin:16px 0 6px; }}
    .ct {{ margin:5px 0; font-size:8.6pt; word-break:break-all; }} .ic {{ color:{accent}; font-size:11pt; }}
    .bar {{ height:5px; border-radius:3px; margin:2px 0 6px; }} .bar div {{ height:5px; border-radius:3px; }}
    .lang,.sk {{ font-size:8.6pt; }} .side li {{ font-size:8.6pt; margin:2px 0; }} .side ul {{ padding-left:14px; margin:2px 0; }}
    h1 {{ font-size:25pt; margin:0; color:{dark}; letter-spacing:1px; }} .native {{ font-size:12pt; color:#777; }}
    .sub {{ color:{accent}; font-weight:bold; letter-spacing:1.5px; text-transform:uppercase; font-size:9pt; margin-top:4px; }}
    .main h2 {{ font-size:11pt; letter-spacing:3px; text-transform:uppercase; color:{dark}; border-bottom:2px solid {accent}; margin:16px 0 6px; }}
    .item {{ margin-bottom:8px; }} .date {{ font-size:8.5pt; color:#888; font-weight:bold; }} .ttl {{ font-weight:bold; }}
    .org {{ font-style:italic; color:#555; font-size:9pt; }} ul {{ margin:2px 0; padding-left:16px; }} li {{ font-size:9pt; }}
    .prof {{ font-size:9.3pt; margin-top:10px; }}
    """
    side = f"<h3>Contact</h3>{contacts_html(cv['contacts'])}<h3>Languages</h3>{langs_html(cv['langs'], 'bar', accent)}"
    if cv["skills"]:
        side += "<h3>Skills</h3>" + "".join(f'<div class="sk">{e(n)}</div>{bar(p, accent, "#456")}' for n, p in cv["skills"])
    for h, lst in cv["side_extra"]:
        side += f"<h3>{e(h)}</h3><ul>" + "".join(f"<li>{e(x)}</li>" for x in lst) + "</ul>"
    main = f"<h1>{e(cv['name'])}</h1>"
    if cv.get("native"):
        main += f'<div class="native">{e(cv["native"])}</div>'
    main += f'<div class="sub">{e(cv["title"])}</div><div class="prof">{e(cv["profile"])}</div>'
    for h, items in cv["sections"]:
        main += f"<h2>{e(h)}</h2>{items_html(items, mode='above')}"
    body = f'<div class="wrap"><div class="side">{side}</div><div class="main">{main}</div></div>'
    return BASE % dict(margin="0", font="'Liberation Sans', 'Noto Sans', 'Noto Naskh Arabic', sans-serif", css=css, body=body)


# ------------------------------------------------------------------ Zety timeline
def zety_timeline(cv, color="#0e7c7b"):
    css = f"""
    .hdr {{ border-bottom:3px solid {color}; padding-bottom:8px; }}
    h1 {{ font-size:24pt; margin:0; font-weight:300; }} h1 b {{ color:{color}; }}
    .native {{ color:#777; font-size:11pt; }} .sub {{ font-size:10.5pt; color:#555; }}
    .cts {{ display:flex; gap:18px; flex-wrap:wrap; font-size:9pt; margin-top:6px; }} .ic {{ color:{color}; }}
    .cols {{ display:flex; gap:22px; margin-top:8px; }} .main {{ flex:2.2; }} .side {{ flex:1; }}
    h2 {{ font-size:10.5pt; letter-spacing:2px; text-transform:uppercase; color:{color}; margin:14px 0 6px; }}
    .tl {{ position:relative; border-left:2px solid #cfe3e3; padding-left:16px; margin-left:5px; padding-bottom:8px; }}
    .dot {{ position:absolute; left:-7px; top:2px; width:10px; height:10px; border-radius:50%; background:{color}; border:1px solid #fff; }}
    .date {{ font-size:8.5pt; color:{color}; font-weight:bold; }} .ttl {{ font-weight:bold; }} .org {{ font-size:9pt; color:#555; }}
    ul {{ margin:2px 0; padding-left:15px; }} li {{ font-size:9pt; }} .prof {{ font-size:9.5pt; margin-top:8px; }}
    .bar {{ height:6px; margin:2px 0 6px; }} .bar div {{ height:6px; }} .lang {{ font-size:9pt; margin:3px 0; }}
    .side ul {{ padding-left:14px; }}
    """
    first, last = cv["name"].rsplit(" ", 1)
    hdr = f'<div class="hdr"><h1>{e(first)} <b>{e(last)}</b></h1>'
    if cv.get("native"):
        hdr += f'<div class="native">{e(cv["native"])}</div>'
    hdr += f'<div class="sub">{e(cv["title"])}</div><div class="cts">' + "".join(
        f'<span><span class="ic">{e(i)}</span> {e(t)}</span>' for i, t in cv["contacts"]) + "</div></div>"
    main = f'<div class="prof">{e(cv["profile"])}</div>'
    for h, items in cv["sections"]:
        main += f"<h2>{e(h)}</h2>{items_html(items, mode='timeline')}"
    side = "<h2>Languages</h2>" + langs_html(cv["langs"]) + "<h2>Skills</h2>" + "".join(
        f'<div class="lang">{e(n)}</div>{bar(p, color)}' for n, p in cv["skills"])
    for h, lst in cv["side_extra"]:
        side += f"<h2>{e(h)}</h2><ul>" + "".join(f"<li>{e(x)}</li>" for x in lst) + "</ul>"
    body = hdr + f'<div class="cols"><div class="main">{main}</div><div class="side">{side}</div></div>'
    return BASE % dict(margin="0.5in", font="'DejaVu Sans', 'Noto Sans Bengali', sans-serif", css=css, body=body)


# ------------------------------------------------------------------ Novoresume (two pages; main column continues)
def novoresume(cv, color="#1e5aa8"):
    css = f"""
    .hdr {{ display:flex; justify-content:space-between; align-items:flex-end; }}
    h1 {{ font-size:26pt; color:{color}; margin:0; }} .native {{ font-size:13pt; color:#666; }}
    .sub {{ font-size:11pt; color:#333; }} .prof {{ font-size:9.5pt; margin:6px 0 4px; }}
    .cts {{ font-size:9pt; text-align:right; }} .ic {{ color:#fff; background:{color}; border-radius:50%; display:inline-block; width:15px; text-align:center; font-size:8pt; }}
    .cols {{ display:flex; gap:22px; }} .main {{ flex:2; }} .side {{ flex:1; }}
    h2 {{ font-size:12pt; color:{color}; text-transform:uppercase; border-bottom:2px solid {color}; margin:14px 0 6px; }}
    .item {{ margin-bottom:12px; break-inside:avoid; }} .ttl {{ font-weight:bold; font-size:10.5pt; }} .org {{ font-size:10pt; }}
    .date {{ font-size:8.5pt; color:{color}; font-style:italic; }} ul {{ margin:3px 0; padding-left:15px; }} li {{ font-size:9.5pt; }}
    .lang {{ font-size:9.5pt; margin:4px 0; }} .ld {{ display:inline-block; width:9px; height:9px; border-radius:50%; background:#d5dcea; margin-left:2px; }}
    .ld.on {{ background:{color}; }} .bar {{ height:6px; background:#d5dcea; margin:2px 0 6px; }} .bar div {{ height:6px; }}
    .sk {{ font-size:9.5pt; }} .side ul {{ padding-left:14px; }}
    .pg {{ position:fixed; bottom:0; right:0; font-size:8pt; color:#999; }}
    """
    hdr = f'<div class="hdr"><div><h1>{e(cv["name"])}</h1><div class="native">{e(cv["native"])}</div><div class="sub">{e(cv["title"])}</div></div>'
    hdr += '<div class="cts">' + "".join(f'<div>{e(t)} <span class="ic">{e(i)}</span></div>' for i, t in cv["contacts"]) + "</div></div>"
    hdr += f'<div class="prof">{e(cv["profile"])}</div>'
    main = ""
    for h, items in cv["sections"]:
        main += f"<h2>{e(h)}</h2>{items_html(items, mode='above')}"
    side = "<h2>Languages</h2>" + langs_html(cv["langs"], "dots", color) + "<h2>Skills</h2>" + "".join(
        f'<div class="sk">{e(n)}</div>{bar(p, color)}' for n, p in cv["skills"])
    for h, lst in cv["side_extra"]:
        side += f"<h2>{e(h)}</h2><ul>" + "".join(f"<li>{e(x)}</li>" for x in lst) + "</ul>"
    body = hdr + f'<div class="cols"><div class="main">{main}</div><div class="side">{side}</div></div>'
    return BASE % dict(margin="0.55in 0.55in", font="'Liberation Sans', 'Noto Sans Devanagari', sans-serif", css=css, body=body)


# ------------------------------------------------------------------ Resume.io (dates in right-aligned left column)
def resumeio(cv, color="#3b4a6b"):
    css = f"""
    h1 {{ font-size:22pt; margin:0; letter-spacing:0.5px; }} .sub {{ color:#777; font-size:10pt; text-transform:uppercase; letter-spacing:2px; }}
    .cts {{ margin:8px 0 4px; font-size:9pt; }} .cts span {{ margin-right:14px; }} .ic {{ color:{color}; }}
    h2 {{ font-variant:small-caps; font-size:13pt; letter-spacing:1px; color:{color}; margin:14px 0 6px; border-bottom:1px solid #ccc; }}
    table.it {{ width:100%; border-collapse:collapse; margin-bottom:6px; break-inside:avoid; }}
    td.date {{ width:1.35in; text-align:right; vertical-align:top; padding-right:14px; font-size:8.6pt; color:#666; white-space:nowrap; }}
    .ttl {{ font-weight:bold; }} .org {{ font-size:9pt; color:#444; }} ul {{ margin:2px 0; padding-left:15px; }} li {{ font-size:9pt; }}
    .two {{ display:flex; gap:30px; }} .two > div {{ flex:1; }} .lang {{ font-size:9pt; margin:2px 0; }}
    .bar {{ height:4px; margin:1px 0 5px; }} .bar div {{ height:4px; }} .prof {{ font-size:9.5pt; }}
    """
    hdr = f'<h1>{e(cv["name"])}</h1><div class="sub">{e(cv["title"])}</div><div class="cts">' + "".join(
        f'<span><span class="ic">{e(i)}</span> {e(t)}</span>' for i, t in cv["contacts"]) + "</div>"
    body = hdr + f'<h2>Profile</h2><div class="prof">{e(cv["profile"])}</div>'
    for h, items in cv["sections"]:
        body += f"<h2>{e(h)}</h2>{items_html(items, mode='left')}"
    extra = "".join(f"<div><h2>{e(h)}</h2>" + "".join(f'<div class="lang">{e(x)}</div>' for x in lst) + "</div>" for h, lst in cv["side_extra"])
    body += ('<div class="two"><div><h2>Languages</h2>' + langs_html(cv["langs"]) + "</div><div><h2>Skills</h2>" + "".join(
        f'<div class="lang">{e(n)}</div>{bar(p, color, "#e3e6ee")}' for n, p in cv["skills"]) + "</div>" + extra + "</div>")
    return BASE % dict(margin="0.6in", font="'Liberation Serif', serif", css=css, body=body)


# ------------------------------------------------------------------ Kickresume (colour header band, % languages)
def kickresume(cv, color="#c0392b"):
    css = f"""
    .band {{ background:{color}; color:#fff; padding:0.35in 0.5in 0.2in; }}
    h1 {{ margin:0; font-size:24pt; letter-spacing:4px; text-transform:uppercase; }} .sub {{ font-size:10pt; letter-spacing:2px; }}
    .cts {{ display:flex; gap:20px; font-size:9pt; margin-top:8px; }}
    .cols {{ display:flex; gap:24px; padding:0.2in 0.5in; }} .main {{ flex:2; }} .side {{ flex:1; }}
    h2 {{ font-size:10pt; letter-spacing:3px; text-transform:uppercase; color:{color}; margin:12px 0 6px; }}
    .item {{ margin-bottom:8px; }} .row {{ display:flex; justify-content:space-between; }} .ttl {{ font-weight:bold; }}
    .date {{ color:#888; font-size:8.5pt; white-space:nowrap; padding-left:8px; text-align:right; }} .org {{ font-size:9pt; color:#555; }}
    ul {{ margin:2px 0; padding-left:15px; }} li {{ font-size:9pt; }} .lang {{ font-size:9pt; }} .pct {{ float:right; color:#888; }}
    .bar {{ height:5px; margin:2px 0 7px; }} .bar div {{ height:5px; }} .prof {{ font-size:9.5pt; }} .side ul {{ padding-left:14px; }}
    """
    band = f'<div class="band"><h1>{e(cv["name"])}</h1><div class="sub">{e(cv["title"])}</div><div class="cts">' + "".join(
        f'<span>{e(i)} {e(t)}</span>' for i, t in cv["contacts"]) + "</div></div>"
    main = f'<h2>Summary</h2><div class="prof">{e(cv["profile"])}</div>'
    for h, items in cv["sections"]:
        main += f"<h2>{e(h)}</h2>{items_html(items, mode='right')}"
    side = "<h2>Languages</h2>" + langs_html(cv["langs"], "pct", color) + "<h2>Skills</h2>" + "".join(
        f'<div class="lang">{e(n)}<span class="pct">{p}%</span></div>{bar(p, color, "#eee")}' for n, p in cv["skills"])
    for h, lst in cv["side_extra"]:
        side += f"<h2>{e(h)}</h2><ul>" + "".join(f"<li>{e(x)}</li>" for x in lst) + "</ul>"
    body = band + f'<div class="cols"><div class="main">{main}</div><div class="side">{side}</div></div>'
    return BASE % dict(margin="0", font="'DejaVu Sans', sans-serif", css=css, body=body)


# ------------------------------------------------------------------ AltaCV look (LaTeX-ish, small caps, timeline)
def altacv(cv, color="#8f0d0d"):
    css = f"""
    h1 {{ font-family:'DejaVu Serif', serif; font-size:24pt; margin:0; font-weight:bold; }} .sub {{ color:{color}; font-size:11pt; }}
    .cts {{ font-size:8.8pt; margin:6px 0 10px; }} .cts span {{ margin-right:14px; }} .ic {{ color:{color}; }}
    .cols {{ display:flex; gap:24px; }} .main {{ flex:1.7; }} .side {{ flex:1; }}
    h2 {{ font-variant:small-caps; letter-spacing:2px; color:{color}; font-size:13pt; border-bottom:1.5px solid #333; margin:12px 0 6px; font-weight:bold; }}
    .tl {{ position:relative; padding-left:14px; margin-bottom:8px; border-left:1px dashed #bbb; }}
    .dot {{ position:absolute; left:-5px; top:3px; width:8px; height:8px; border-radius:50%; background:{color}; }}
    .date {{ font-size:8.5pt; color:#666; }} .ttl {{ font-size:10.5pt; }} .org {{ color:{color}; font-size:9pt; font-weight:bold; }}
    ul {{ margin:2px 0; padding-left:14px; }} li {{ font-size:9pt; }} .lang {{ font-size:9.2pt; margin:3px 0; }}
    .bar {{ height:5px; margin:2px 0 6px; border-radius:3px; }} .bar div {{ height:5px; border-radius:3px; }}
    .quote {{ font-style:italic; font-size:9.5pt; border-left:3px solid {color}; padding-left:8px; }} .side ul {{ padding-left:14px; }}
    """
    hdr = f'<h1>{e(cv["name"])}</h1><div class="sub">{e(cv["title"])}</div><div class="cts">' + "".join(
        f'<span><span class="ic">{e(i)}</span> {e(t)}</span>' for i, t in cv["contacts"]) + "</div>"
    main = ""
    for h, items in cv["sections"]:
        main += f"<h2>{e(h)}</h2>{items_html(items, mode='timeline')}"
    side = f'<h2>My Life Philosophy</h2><div class="quote">{e(cv["profile"])}</div><h2>Languages</h2>' + langs_html(cv["langs"], "bar", color)
    side += "<h2>Strengths</h2>" + "".join(f'<div class="lang">{e(n)}</div>{bar(p, color, "#eee")}' for n, p in cv["skills"])
    for h, lst in cv["side_extra"]:
        side += f"<h2>{e(h)}</h2><ul>" + "".join(f"<li>{e(x)}</li>" for x in lst) + "</ul>"
    body = hdr + f'<div class="cols"><div class="main">{main}</div><div class="side">{side}</div></div>'
    return BASE % dict(margin="0.5in", font="'DejaVu Sans', sans-serif", css=css, body=body)


# ------------------------------------------------------------------ moderncv classic (dates left, rule headings)
def moderncv(cv, color="#3873b3"):
    css = f"""
    body {{ font-family:'Liberation Sans', sans-serif; }}
    .top {{ display:flex; justify-content:space-between; }} h1 {{ font-size:30pt; font-weight:normal; margin:0; color:#333; }}
    .sub {{ font-size:13pt; color:#777; font-style:italic; }} .cts {{ text-align:right; font-size:9pt; font-style:italic; }} .ic {{ color:{color}; }}
    h2 {{ display:flex; align-items:center; font-weight:normal; color:{color}; font-size:14pt; margin:16px 0 6px; }}
    h2:before {{ content:''; display:inline-block; width:1.35in; height:6px; background:{color}; margin-right:12px; }}
    table.it {{ width:100%; border-collapse:collapse; margin-bottom:5px; }} td.date {{ width:1.35in; text-align:right; vertical-align:top; padding-right:12px; font-size:9pt; }}
    .ttl {{ font-weight:bold; display:inline; }} .org {{ display:inline; font-style:italic; font-size:9.5pt; }} .org:before {{ content:', '; }}
    ul {{ margin:1px 0; padding-left:15px; }} li {{ font-size:9.3pt; }}
    """
    top = f'<div class="top"><div><h1>{e(cv["name"])}</h1><div class="sub">{e(cv["title"])}</div></div><div class="cts">' + "".join(
        f'<div><span class="ic">{e(i)}</span> {e(t)}</div>' for i, t in cv["contacts"]) + "</div></div>"
    body = top
    for h, items in cv["sections"]:
        body += f"<h2>{e(h)}</h2>{items_html(items, mode='left')}"
    return BASE % dict(margin="0.6in", font="'Liberation Sans', sans-serif", css=css, body=body)
