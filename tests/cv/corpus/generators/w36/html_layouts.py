# -*- coding: utf-8 -*-
import html
E = html.escape

SVG = {
 "email": '<svg width="11" height="11" viewBox="0 0 24 24"><path fill="currentColor" d="M2 5h20v14H2zM3 6l9 7 9-7"/></svg>',
 "phone": '<svg width="11" height="11" viewBox="0 0 24 24"><path fill="currentColor" d="M6.6 10.8a15 15 0 006.6 6.6l2.2-2.2a1 1 0 011-.25 11 11 0 003.6.6 1 1 0 011 1V20a1 1 0 01-1 1A17 17 0 013 4a1 1 0 011-1h3.5a1 1 0 011 1c0 1.2.2 2.4.6 3.6a1 1 0 01-.25 1z"/></svg>',
 "loc": '<svg width="11" height="11" viewBox="0 0 24 24"><path fill="currentColor" d="M12 2a7 7 0 00-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 00-7-7zm0 9.5A2.5 2.5 0 1112 6a2.5 2.5 0 010 5.5z"/></svg>',
 "web": '<svg width="11" height="11" viewBox="0 0 24 24"><circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2"/></svg>',
}
UNI = {"email": "✉", "phone": "☎", "loc": "⌂", "web": "◆"}

def contacts_html(cv, mode="svg", sep="<br>"):
    out = []
    for k, v in cv["contacts"]:
        icon = SVG[k] if mode == "svg" else (UNI[k] if mode == "uni" else "")
        out.append(f'<span class="ct">{icon} {E(v)}</span>')
    return sep.join(out)

def items_html(items, cls="it"):
    out = []
    for it in items:
        b = "".join(f"<li>{E(x)}</li>" for x in it["bullets"])
        out.append(f'<div class="{cls}"><div class="when">{E(it["when"])}</div><div class="body"><b>{E(it["what"])}</b>'
                   + (f'<div class="where">{E(it["where"])}</div>' if it["where"] else "")
                   + (f"<ul>{b}</ul>" if b else "") + "</div></div>")
    return "".join(out)

def refs_html(cv):
    return "".join(f'<div class="ref"><b>{E(r["name"])}</b><br>{E(r["role"])}<br>{E(r["email"])} · {E(r["phone"])}</div>' for r in cv["refs"])

def langs_html(cv, sep="<br>"):
    return sep.join(f"{E(l)} <i>({E(v)})</i>" for l, v in cv["languages"])

BASE = "@page{size:Letter;margin:0} body{margin:0;font-family:'%s',sans-serif;font-size:%s;color:#222} ul{margin:2px 0 0 14px;padding:0} li{margin:0}"

def sidebar(cv, right=False, color="#1f4e5f", font="Liberation Sans", labels=("Contacto","Datos","Idiomas","Referencias")):
    L = labels
    side = f"""<div class="side"><div class="photo">{E(''.join(w[0] for w in cv['name'].split()[:2]))}</div>
      <h3>{L[0]}</h3><div class="cts">{contacts_html(cv,'svg')}</div>
      <h3>{L[1]}</h3>{'<br>'.join(E(p) for p in cv['personal'])}
      <h3>{L[2]}</h3>{langs_html(cv)}
      <h3>{L[3]}</h3>{refs_html(cv)}</div>"""
    main = f"""<div class="main"><h1>{E(cv['name'])}</h1><div class="hl">{E(cv['headline'])}</div><p>{E(cv['summary'])}</p>
      {''.join(f'<h2>{E(s["title"])}</h2>' + items_html(s['items']) for s in cv['sections'])}</div>"""
    css = BASE % (font, "9.5pt") + f"""
      .wrap{{display:flex;flex-direction:{'row-reverse' if right else 'row'};min-height:11in}}
      .side{{width:2.3in;background:{color};color:#eef;padding:.4in .25in;font-size:8.5pt;box-sizing:border-box}}
      .side h3{{font-size:9pt;text-transform:uppercase;letter-spacing:2px;border-bottom:1px solid #9bc;margin:14px 0 5px}}
      .photo{{width:70px;height:70px;border-radius:50%;background:#fff3;font-size:26pt;text-align:center;line-height:70px;margin:0 auto}}
      .ct{{display:block;margin:3px 0;font-size:7.6pt;white-space:nowrap}} .ref{{margin-bottom:6px}}
      .main{{flex:1;padding:.45in .4in}} h1{{margin:0;font-size:21pt;color:{color}}} .hl{{color:#777;margin-bottom:6px}}
      h2{{font-size:11pt;color:{color};border-bottom:2px solid {color};margin:12px 0 4px}}
      .it{{display:flex;margin:3px 0}} .when{{width:1.25in;color:#666;font-size:8.5pt;flex:none}} .body{{flex:1}} .where{{font-style:italic}}"""
    return f"<html><head><meta charset='utf-8'><style>{css}</style></head><body><div class='wrap'>{side}{main}</div></body></html>"

def timeline(cv):
    secs = ""
    for s in cv["sections"]:
        secs += f'<h2>{E(s["title"])}</h2><div class="tl">' + items_html(s["items"], "tli") + "</div>"
    css = BASE % ("DejaVu Sans", "9pt") + """
      .top{background:#0b3954;color:#fff;padding:.35in .5in .25in} h1{margin:0;font-size:22pt;font-weight:300}
      .top .ct{margin-right:16px;font-size:8.5pt} .content{padding:.2in .5in}
      h2{font-size:10.5pt;color:#0b3954;margin:12px 0 4px;letter-spacing:1px}
      .tl{border-left:3px solid #bfd7ea;margin-left:1.15in;padding-left:12px}
      .tli{position:relative;margin:4px 0} .tli .when{position:absolute;left:-1.35in;width:1.15in;text-align:right;font-size:8pt;color:#087e8b;font-weight:bold}
      .tli:before{content:'';position:absolute;left:-18px;top:3px;width:9px;height:9px;border-radius:50%;background:#087e8b}
      .where{color:#555} .foot{display:flex;gap:30px;margin-top:10px;font-size:8.5pt} .ref{margin-top:4px}"""
    return f"""<html><head><meta charset='utf-8'><style>{css}</style></head><body><div class='top'><h1>{E(cv['name'])}</h1>
      <div>{E(cv['headline'])}</div><div style='margin-top:6px'>{contacts_html(cv,'uni',' ')}</div></div>
      <div class='content'><p>{E(cv['summary'])} {' · '.join(E(p) for p in cv['personal'])}</p>{secs}
      <div class='foot'><div><h2>Languages</h2>{langs_html(cv)}</div><div><h2>References</h2>{refs_html(cv)}</div></div></div></body></html>"""

def twocol(cv):
    secs = cv["sections"]
    half = (len(secs) + 1) // 2
    col = lambda ss: "".join(f'<div class="card"><h2>{E(s["title"])}</h2>{items_html(s["items"])}</div>' for s in ss)
    css = BASE % ("Liberation Serif", "9.5pt") + """
      .page{padding:.45in} h1{font-size:24pt;margin:0;color:#6a1b4d;font-variant:small-caps} .hl{font-size:11pt;color:#555}
      .bar{border-top:3px double #6a1b4d;border-bottom:1px solid #6a1b4d;padding:4px 0;margin:8px 0;font-size:8.5pt}
      .grid{display:grid;grid-template-columns:1fr 1fr;gap:14px} h2{font-size:10.5pt;background:#f3e5ee;padding:2px 6px;margin:8px 0 4px;color:#6a1b4d}
      .when{font-size:8.5pt;color:#6a1b4d;font-weight:bold} .where{font-style:italic;color:#444} .it{margin-bottom:5px}"""
    return f"""<html><head><meta charset='utf-8'><style>{css}</style></head><body><div class='page'><h1>{E(cv['name'])}</h1>
      <div class='hl'>{E(cv['headline'])}</div><div class='bar'>{contacts_html(cv,'svg',' &nbsp;|&nbsp; ')} &nbsp;|&nbsp; {' · '.join(E(p) for p in cv['personal'])}</div>
      <p>{E(cv['summary'])}</p><div class='grid'><div>{col(secs[:half])}</div><div>{col(secs[half:])}
      <div class='card'><h2>Idiomas</h2>{langs_html(cv)}</div><div class='card'><h2>Referências</h2>{refs_html(cv)}</div></div></div></div></body></html>"""

def barheads(cv, color="#c0392b"):
    css = BASE % ("Liberation Sans", "9.5pt") + f"""
      .page{{padding:.4in .5in}} .head{{display:flex;justify-content:space-between;align-items:flex-end}}
      h1{{margin:0;font-size:20pt}} .hl{{color:{color}}} .cts{{text-align:right;font-size:8.5pt}}
      h2{{background:{color};color:#fff;font-size:10pt;padding:3px 8px;margin:12px 0 5px;text-transform:uppercase}}
      table{{width:100%;border-collapse:collapse}} td{{vertical-align:top;padding:2px 4px}} td.w{{width:1.5in;color:{color};font-weight:bold;font-size:8.5pt}}"""
    secs = ""
    for s in cv["sections"]:
        rows = "".join(f'<tr><td class="w">{E(i["when"])}</td><td><b>{E(i["what"])}</b><br>{E(i["where"])}</td></tr>' for i in s["items"])
        secs += f"<h2>{E(s['title'])}</h2><table>{rows}</table>"
    return f"""<html><head><meta charset='utf-8'><style>{css}</style></head><body><div class='page'><div class='head'><div><h1>{E(cv['name'])}</h1>
      <div class='hl'>{E(cv['headline'])}</div></div><div class='cts'>{contacts_html(cv,'uni')}</div></div>
      <p>{E(cv['summary'])}<br>{' · '.join(E(p) for p in cv['personal'])}</p>{secs}
      <h2>Idiomas</h2>{langs_html(cv,' &nbsp; ')}<h2>Referencias</h2>{refs_html(cv)}</div></body></html>"""

def svgicons(cv):
    # header band with icons; contacts as a 2x2 grid of icon chips
    chips = "".join(f'<div class="chip">{SVG[k]}<span>{E(v)}</span></div>' for k, v in cv["contacts"])
    css = BASE % ("DejaVu Sans", "9pt") + """
      .page{padding:.4in .5in} .hdr{border-left:8px solid #2e7d32;padding-left:14px} h1{margin:0;font-size:20pt;color:#2e7d32}
      .chips{display:grid;grid-template-columns:1fr 1fr;gap:3px 20px;margin:8px 0;color:#2e7d32} .chip span{color:#222;margin-left:5px}
      h2{font-size:10pt;color:#2e7d32;border-bottom:1px dotted #2e7d32;margin:10px 0 4px} .it{display:grid;grid-template-columns:1.6in 1fr;margin:2px 0}
      .when{color:#555;font-size:8.5pt} .where{color:#555}"""
    secs = "".join(f'<h2>{E(s["title"])}</h2>' + items_html(s["items"]) for s in cv["sections"])
    return f"""<html><head><meta charset='utf-8'><style>{css}</style></head><body><div class='page'><div class='hdr'><h1>{E(cv['name'])}</h1>
      <div>{E(cv['headline'])}</div></div><div class='chips'>{chips}</div><p>{E(cv['summary'])}</p>{secs}
      <h2>Languages</h2>{langs_html(cv,', ')}<h2>Reference</h2>{refs_html(cv)}</div></body></html>"""

def smallcaps(cv):
    css = BASE % ("Liberation Serif", "10pt") + """
      .page{padding:.5in .7in} h1{text-align:center;font-variant:small-caps;letter-spacing:3px;font-size:22pt;margin:0}
      .c{text-align:center;font-size:9pt;margin:4px 0 8px} h2{font-variant:small-caps;font-size:12pt;letter-spacing:2px;border-bottom:.5px solid #000;margin:12px 0 4px;font-weight:normal}
      .it{display:flex} .when{order:2;margin-left:auto;font-style:italic;white-space:nowrap;padding-left:10px} .body{order:1} .where{font-style:italic}"""
    secs = "".join(f'<h2>{E(s["title"])}</h2>' + items_html(s["items"]) for s in cv["sections"])
    return f"""<html><head><meta charset='utf-8'><style>{css}</style></head><body><div class='page'><h1>{E(cv['name'])}</h1>
      <div class='c'>{contacts_html(cv,'none',' ◇ ')}</div><div class='c'>{' · '.join(E(p) for p in cv['personal'])}</div><p>{E(cv['summary'])}</p>{secs}
      <h2>Languages</h2>{langs_html(cv,'; ')}<h2>References</h2>{refs_html(cv)}</div></body></html>"""

def scan_simple(cv):
    css = BASE % ("Liberation Sans", "10.5pt") + """
      .page{padding:.55in .65in} h1{margin:0;font-size:20pt} h2{font-size:11.5pt;margin:10px 0 3px;border-bottom:1px solid #000}
      .it{display:flex;margin:2px 0} .when{width:1.6in;flex:none} .where{font-style:italic}"""
    secs = "".join(f'<h2>{E(s["title"])}</h2>' + items_html(s["items"]) for s in cv["sections"])
    return f"""<html><head><meta charset='utf-8'><style>{css}</style></head><body><div class='page'><h1>{E(cv['name'])}</h1>
      <div>{E(cv['headline'])}</div><div>{contacts_html(cv,'none',' | ')}</div><div>{' · '.join(E(p) for p in cv['personal'])}</div>
      <p>{E(cv['summary'])}</p>{secs}<h2>Languages</h2>{langs_html(cv,', ')}<h2>References</h2>{refs_html(cv)}</div></body></html>"""
