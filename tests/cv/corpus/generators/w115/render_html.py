# -*- coding: utf-8 -*-
import html, subprocess, os
from content import blocks, contact_line

esc = html.escape


def body_html(p, bl, style):
    out = []
    ol_open = False
    for blk in bl:
        k = blk[0]
        if k == "h":
            out.append(f"<h2>{esc(blk[1])}</h2>")
        elif k == "subh":
            out.append(f"<h3>{esc(blk[1])}</h3>")
        elif k == "p":
            out.append(f"<p>{esc(blk[1])}</p>")
        elif k == "ul":
            out.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in blk[1]) + "</ul>")
        elif k == "ol":
            out.append(f"<ol start='{blk[2]}'>" + "".join(f"<li>{esc(i)}</li>" for i in blk[1]) + "</ol>")
        elif k == "entry":
            e = blk[1]
            if style == "europass":
                out.append(f"<div class='ep'><div class='epd'>{esc(e['dates'])}</div><div class='epc'><b>{esc(e['title'])}</b><br>"
                           f"{esc(e['org'])} — {esc(e['place'])}" + ("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in e['bullets'] if x) + "</ul>" if e['bullets'] else "") + "</div></div>")
            else:
                out.append(f"<div class='entry'><div class='eh'><span class='et'>{esc(e['title'])}</span><span class='ed'>{esc(e['dates'])}</span></div>"
                           f"<div class='eo'>{esc(e['org'])}, {esc(e['place'])}</div>" +
                           ("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in e['bullets'] if x) + "</ul>" if any(e['bullets']) else "") + "</div>")
        elif k == "table":
            out.append("<table><thead><tr>" + "".join(f"<th>{esc(h)}</th>" for h in blk[1]) + "</tr></thead><tbody>" +
                       "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in blk[2]) + "</tbody></table>")
        elif k == "ref":
            r = blk[1]
            out.append(f"<div class='ref'><b>{esc(r['name'])}</b><br>{esc(r['title'])}, {esc(r['inst'])}, {esc(r['city'])}<br>"
                       f"Email: {esc(r['email'])} · Tel: {esc(r['phone'])}</div>")
    return "\n".join(out)


CSS = {
 "running": """
 @page { size: Letter; margin: 22mm 18mm 20mm 18mm;
   @top-left { content: "{NAME} — Curriculum Vitae"; font: 8.5pt 'Liberation Sans'; color:#555 }
   @top-right { content: "{EMAIL} · {PHONE}"; font: 8.5pt 'Liberation Sans'; color:#555 }
   @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 8.5pt 'Liberation Sans' } }
 body { font: 10.5pt/1.38 'Liberation Sans', sans-serif; color:#111 }
 h1 { font-size: 19pt; margin:0 } .contact{color:#333;margin-bottom:8px}
 h2 { font-size: 12pt; text-transform: uppercase; border-bottom: 1.5px solid #1f4e79; color:#1f4e79; margin: 14px 0 5px }
 h3 { font-size: 10.5pt; margin: 8px 0 3px; font-style: italic }
 .eh { display:flex; justify-content: space-between } .et{font-weight:bold} .ed{white-space:nowrap}
 .eo { font-style: italic } .entry{margin-bottom:6px} ul,ol{margin:2px 0 4px 0; padding-left:20px} li{margin-bottom:2px}
 .ref{margin:6px 0}
 """,
 "latex": """
 @page { size: A4; margin: 25mm 25mm 25mm 25mm;
   @bottom-center { content: counter(page); font: 10pt 'DejaVu Serif' }
   @top-right { content: "P. Raghunathan — CV"; font: italic 9pt 'DejaVu Serif' } }
 @page :first { @top-right { content: none } }
 body { font: 10.5pt/1.35 'DejaVu Serif', serif; text-align: justify; hyphens: auto }
 h1 { font-variant: small-caps; font-weight: normal; font-size: 22pt; text-align:center; margin: 0 }
 .contact{ text-align:center; font-size: 9.5pt; margin-bottom: 10px }
 h2 { font-variant: small-caps; font-weight: normal; font-size: 13.5pt; border-bottom: 0.6pt solid #000; margin: 16px 0 6px }
 h3 { font-size: 10.5pt; font-style: italic; font-weight:normal; margin: 6px 0 2px }
 .eh { display:flex; justify-content: space-between } .et{font-weight:bold} .ed{font-style: italic}
 .eo{} .entry{margin-bottom:6px} ul{margin:2px 0; padding-left: 18px} ol{padding-left: 26px}
 ol li::marker{ content: "[" counter(list-item) "] " } .ref{margin:6px 0; display:inline-block; width: 48%; vertical-align: top}
 """,
 "table": """
 @page { size: Letter; margin: 18mm 15mm 20mm 15mm;
   @bottom-left { content: "Vikram Singh Rathore — Curriculum Vitae"; font: 8pt 'Noto Sans' }
   @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt 'Noto Sans' } }
 body { font: 10pt/1.35 'Noto Sans', sans-serif }
 h1 { font-size: 18pt; margin: 0; color: #7a1f1f } .contact{margin-bottom:8px}
 h2 { font-size: 11.5pt; background: #eee; padding: 3px 6px; margin: 12px 0 6px }
 h3 { font-size: 10pt; margin: 6px 0 2px }
 table { border-collapse: collapse; width: 100%; font-size: 9.2pt } th,td{ border: 0.6pt solid #777; padding: 4px 5px; vertical-align: top }
 thead { display: table-header-group } th { background: #f3e3e3 } tr { break-inside: avoid }
 .eh { display:flex; justify-content: space-between } .et{font-weight:bold} .eo{font-style:italic} .entry{margin-bottom:6px}
 ul,ol{margin:2px 0; padding-left:20px} .ref{margin:6px 0}
 """,
 "europass": """
 @page { size: A4; margin: 15mm 15mm 18mm 15mm;
   @bottom-left { content: "© European Union, 2002-2026 | europass.europa.eu"; font: 7.5pt 'Liberation Sans'; color:#666 }
   @bottom-right { content: "Page " counter(page) " / " counter(pages); font: 7.5pt 'Liberation Sans'; color:#666 } }
 body { font: 9.8pt/1.4 'Liberation Sans', sans-serif; color:#3f3a38 }
 h1 { font-size: 20pt; color:#0e4194; font-weight: normal; margin:0 } .contact{ margin: 4px 0 8px; color:#0e4194 }
 h2 { color:#0e4194; font-size: 11pt; font-weight: normal; text-transform: uppercase; border-bottom: 1px solid #0e4194; margin: 12px 0 6px }
 h3 { color:#0e4194; font-size: 10pt; margin: 6px 0 2px; font-weight: normal }
 .ep { display:flex; margin-bottom: 7px } .epd { width: 32mm; flex: none; color:#0e4194; font-size: 9pt; padding-top: 1px } .epc{ flex:1 }
 ul,ol{margin:2px 0; padding-left:18px} .ref{margin:6px 0}
 """,
 "scan": """
 @page { size: Letter; margin: 18mm 18mm 18mm 18mm;
   @bottom-right { content: "{NAME} — page " counter(page) " of " counter(pages); font: 8.5pt 'DejaVu Sans' } }
 body { font: 10.5pt/1.4 'DejaVu Serif', serif; color:#000 }
 h1 { font-size: 18pt; margin: 0 } .contact{ margin-bottom: 8px }
 h2 { font-size: 12pt; border-bottom: 1px solid #000; margin: 12px 0 5px; text-transform: uppercase }
 h3 { font-size: 10.5pt; margin: 6px 0 2px }
 .eh { display:flex; justify-content: space-between } .et{font-weight:bold} .eo{font-style:italic} .entry{margin-bottom:6px}
 ul,ol{margin:2px 0; padding-left:20px} .ref{margin:6px 0}
 """,
}


def make_html(p, style, pubstyle="split", heads=None, refs=3, extra_top=""):
    css = CSS[style].replace("{NAME}", p["name"]).replace("{EMAIL}", p["email"]).replace("{PHONE}", p["phone"])
    bl = blocks(p, pubstyle=pubstyle, heads=heads, refs=refs)
    top = f"<h1>{esc(p['display'])}</h1>"
    if p.get("native"):
        top += f"<div>{esc(p['native'])}</div>"
    top += f"<div class='contact'>{esc(contact_line(p))}</div>"
    return f"<!doctype html><html><head><meta charset='utf-8'><style>{css}</style></head><body>{top}{extra_top}{body_html(p, bl, style)}</body></html>"


def chromium_pdf(html_text, html_path, pdf_path):
    with open(html_path, "w", encoding="utf-8") as f:
        f.write(html_text)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf_path}", "file://" + os.path.abspath(html_path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
