# -*- coding: utf-8 -*-
"""Render the 20 text CVs of w6. Run with any python3 that has reportlab (own venv: /work/blind/w6/venv).
Usage: venv/bin/python generators/render.py"""
import os, sys, subprocess, shutil, html, json
sys.path.insert(0, os.path.dirname(__file__))
import data
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files"); BUILD = os.path.join(ROOT, "build", "src")
os.makedirs(FILES, exist_ok=True); os.makedirs(BUILD, exist_ok=True)

def fname(p, ext):
    return "w6_%03d_%s.%s" % (p["id"], p["layout"], ext)

def soffice(src, target, outdir):
    env = dict(os.environ, HOME=os.path.join(ROOT, "build", "lohome"))
    subprocess.run(["soffice", "--headless", "--convert-to", target, "--outdir", outdir, src],
                   check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)

# ---------------------------------------------------------------- RTF
def rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}": out.append("\\" + ch)
        elif ch == "\n": out.append("\\line ")
        elif o < 128: out.append(ch)
        else:
            if o > 32767: o -= 65536
            out.append("\\u%d?" % o)
    return "".join(out)

def make_rtf(p):
    R = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}",
         r"{\colortbl;\red0\green0\blue0;\red31\green56\blue100;}",
         r"\paperw12240\paperh15840\margl1300\margr1300\margt1100\margb1100\f0\fs22"]
    R.append(r"\pard\qc\sb0\sa60{\f1\fs36\b\cf2 %s}\par" % rtf_esc(p["name"]))
    if p.get("alt_name"): R.append(r"\pard\qc\sa60{\fs24 %s}\par" % rtf_esc(p["alt_name"]))
    if p.get("headline"): R.append(r"\pard\qc\sa60{\i %s}\par" % rtf_esc(p["headline"]))
    R.append(r"\pard\qc\sa200{\fs20 %s}\par" % rtf_esc("  |  ".join(p["contacts"])))
    for sec in p["sections"]:
        R.append(r"\pard\sb240\sa100\brdrb\brdrs\brdrw10\brsp20{\f1\fs24\b\cf2 %s}\par" % rtf_esc(sec["h"].upper()))
        if "text" in sec:
            R.append(r"\pard\sa80 %s\par" % rtf_esc(sec["text"]))
        for it in sec.get("items", []):
            R.append(r"\pard\tqr\tx9640\sa20{\b %s}\tab %s\par" % (rtf_esc(it["t"]), rtf_esc(it.get("d", ""))))
            if it.get("s"): R.append(r"\pard\sa60{\i %s}\par" % rtf_esc(it["s"]))
            for b in it.get("b", []):
                R.append(r"\pard\fi-240\li480\sa20 \bullet\tab %s\par" % rtf_esc(b))
    R.append("}")
    return "\n".join(R)

def do_rtf(p, target):
    src = os.path.join(BUILD, "w6_%03d.rtf" % p["id"])
    open(src, "w", encoding="ascii").write(make_rtf(p))
    soffice(src, target, BUILD)
    ext = "pdf" if target == "pdf" else "docx"
    shutil.copy(os.path.join(BUILD, "w6_%03d.%s" % (p["id"], ext)), os.path.join(FILES, fname(p, ext)))

# ---------------------------------------------------------------- reportlab
def rl_setup():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    d = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", d + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", d + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVI", d + "DejaVuSans-Oblique.ttf"))
    from reportlab.lib.fonts import addMapping
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DVI"); addMapping("DV", 1, 1, "DVB")

def X(s): return html.escape(s, quote=False).replace("\n", "<br/>")

def do_rl2col(p):
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak
    from reportlab.platypus.flowables import HRFlowable
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.pagesizes import A4
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    W, H = A4
    side_w = 68 * mm
    out = os.path.join(FILES, fname(p, "pdf"))
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=0, rightMargin=0, topMargin=0, bottomMargin=0,
                          title="CV - " + p["truth"]["full_name"], author=p["truth"]["full_name"])
    def bg(c, d):
        c.saveState(); c.setFillColor(colors.HexColor("#E8EEF4")); c.rect(0, 0, side_w, H, stroke=0, fill=1); c.restoreState()
    f1 = Frame(8 * mm, 12 * mm, side_w - 14 * mm, H - 24 * mm, id="side")
    f2 = Frame(side_w + 8 * mm, 12 * mm, W - side_w - 18 * mm, H - 24 * mm, id="main")
    doc.addPageTemplates([PageTemplate(id="p", frames=[f1, f2], onPage=bg)])
    st = lambda **k: ParagraphStyle("x", **dict(dict(fontName="DV", fontSize=9.5, leading=12.5), **k))
    name = st(fontName="DVB", fontSize=17, leading=21, textColor=colors.HexColor("#1F3A5F"))
    sh = st(fontName="DVB", fontSize=10.5, textColor=colors.HexColor("#1F3A5F"), spaceBefore=10, spaceAfter=3)
    body = st(); small = st(fontSize=8.8, leading=11.5); it = st(fontName="DVI", fontSize=9, textColor=colors.HexColor("#444444"))
    F = [Paragraph(X(p["name"]), name), Paragraph(X(p.get("headline", "")), it), Spacer(1, 8)]
    F.append(Paragraph("CONTACT", sh)); F.append(HRFlowable(width="100%", thickness=0.6, color=colors.HexColor("#1F3A5F")))
    for c in p["contacts"]: F.append(Paragraph(X(c), st(fontSize=8, leading=11)))
    for s in p.get("sidebar", []):
        F.append(Paragraph(X(s["h"].upper()), sh)); F.append(HRFlowable(width="100%", thickness=0.6, color=colors.HexColor("#1F3A5F")))
        F.append(Paragraph(X(s["text"]), small))
    F.append(FrameBreak())
    for s in p["sections"]:
        F.append(Paragraph(X(s["h"].upper()), sh)); F.append(HRFlowable(width="100%", thickness=1, color=colors.HexColor("#1F3A5F"), spaceAfter=4))
        if "text" in s: F.append(Paragraph(X(s["text"]), body))
        for i in s.get("items", []):
            t = "<b>%s</b>" % X(i["t"])
            if i.get("d"): t += " &#8212; %s" % X(i["d"])
            F.append(Paragraph(t, body))
            if i.get("s"): F.append(Paragraph(X(i["s"]), it))
            for b in i.get("b", []): F.append(Paragraph("• " + X(b), st(leftIndent=10)))
            F.append(Spacer(1, 3))
    doc.build(F)

def do_rlright(p):
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.platypus.flowables import HRFlowable
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.enums import TA_RIGHT, TA_CENTER
    from reportlab.lib import colors
    from reportlab.lib.units import inch
    out = os.path.join(FILES, fname(p, "pdf"))
    doc = SimpleDocTemplate(out, pagesize=LETTER, leftMargin=0.8 * inch, rightMargin=0.8 * inch, topMargin=0.7 * inch, bottomMargin=0.7 * inch)
    W = LETTER[0] - 1.6 * inch
    st = lambda **k: ParagraphStyle("x", **dict(dict(fontName="DV", fontSize=9.8, leading=12.8), **k))
    F = [Paragraph(X(p["name"]), st(fontName="DVB", fontSize=19, leading=23, alignment=TA_CENTER))]
    if p.get("alt_name"): F.append(Paragraph(X(p["alt_name"]), st(fontSize=12, leading=15, alignment=TA_CENTER)))
    F.append(Paragraph(X(p.get("headline", "")), st(alignment=TA_CENTER, fontName="DVI")))
    F.append(Paragraph(X("  •  ".join(p["contacts"])), st(alignment=TA_CENTER)))
    F.append(Spacer(1, 6))
    for s in p["sections"]:
        F.append(Paragraph(X(s["h"]), st(fontName="DVB", fontSize=11.5, leading=15, spaceBefore=8)))
        F.append(HRFlowable(width="100%", thickness=0.8, color=colors.black, spaceAfter=3))
        if "text" in s: F.append(Paragraph(X(s["text"]), st()))
        rows = [[Paragraph(X(i["t"]), st()), Paragraph(X(i.get("d", "")), st(alignment=TA_RIGHT))] for i in s.get("items", [])]
        if rows:
            t = Table(rows, colWidths=[W - 1.75 * inch, 1.75 * inch])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
            F.append(t)
    doc.build(F)

# ---------------------------------------------------------------- Chromium
ICON = {
 "mail": '<svg viewBox="0 0 24 24" width="12" height="12"><path fill="#fff" d="M2 5h20v14H2z M2 5l10 8 10-8" stroke="#2b6777" stroke-width="1.5"/></svg>',
 "phone": '<svg viewBox="0 0 24 24" width="12" height="12"><path fill="#fff" d="M6 2h5l1 5-3 2a11 11 0 0 0 6 6l2-3 5 1v5a2 2 0 0 1-2 2A19 19 0 0 1 4 4a2 2 0 0 1 2-2z"/></svg>',
 "pin": '<svg viewBox="0 0 24 24" width="12" height="12"><path fill="#fff" d="M12 2a7 7 0 0 0-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 0 0-7-7zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5z"/></svg>'}

def do_chrome(p):
    H = lambda s: html.escape(s)
    def icon_for(c):
        if "@" in c: return ICON["mail"]
        if any(ch.isdigit() for ch in c) and "+" in c or c.startswith("("): return ICON["phone"]
        return ICON["pin"]
    side = ['<div class="photo"><svg viewBox="0 0 100 100" width="110" height="110"><circle cx="50" cy="50" r="50" fill="#cfd8dc"/><circle cx="50" cy="38" r="17" fill="#90a4ae"/><path d="M18 86a32 26 0 0 1 64 0z" fill="#90a4ae"/></svg><div class="ph">PHOTO</div></div>',
            '<h3>Contact</h3>']
    for c in p["contacts"]:
        side.append('<div class="ct"><span class="ic">%s</span><span>%s</span></div>' % (icon_for(c), H(c)))
    for s in p.get("sidebar", []):
        side.append("<h3>%s</h3>" % H(s["h"]))
        side.append("<ul class='sk'>" + "".join("<li>%s</li>" % H(x) for x in s["text"].split("\n")) + "</ul>")
    main = ['<h1>%s</h1>' % H(p["name"])]
    if p.get("alt_name"): main.append('<div class="alt" dir="auto">%s</div>' % H(p["alt_name"]))
    main.append('<div class="hl">%s</div>' % H(p.get("headline", "")))
    for s in p["sections"]:
        main.append('<h2>%s</h2>' % H(s["h"]))
        if "text" in s: main.append("<p>%s</p>" % H(s["text"]).replace("\n", "<br>"))
        for i in s.get("items", []):
            main.append('<div class="it"><div class="row"><b>%s</b><span class="d">%s</span></div>' % (H(i["t"]), H(i.get("d", ""))))
            if i.get("s"): main.append('<div class="pl">%s</div>' % H(i["s"]))
            if i.get("b"): main.append("<ul>" + "".join("<li>%s</li>" % H(b) for b in i["b"]) + "</ul>")
            main.append("</div>")
    css = """@page{size:A4;margin:0} body{margin:0;font-family:'Liberation Sans','DejaVu Sans',sans-serif;font-size:10pt;color:#263238}
.wrap{display:grid;grid-template-columns:1fr 68mm;min-height:297mm}
.main{padding:14mm 10mm 12mm 14mm}.side{background:#2b6777;color:#fff;padding:14mm 6mm}
h1{font-size:22pt;margin:0;color:#2b6777;letter-spacing:.5px}.alt{font-family:'Noto Naskh Arabic','Noto Sans',sans-serif;font-size:14pt;color:#546e7a}
.hl{font-size:11pt;color:#52ab98;margin:2px 0 8px 0;text-transform:uppercase;letter-spacing:1px}
h2{font-size:11.5pt;color:#2b6777;border-bottom:2px solid #52ab98;padding-bottom:2px;margin:14px 0 6px}
h3{font-size:10.5pt;text-transform:uppercase;letter-spacing:1px;border-bottom:1px solid #c8d8e4;padding-bottom:2px;margin:16px 0 6px}
.row{display:flex;justify-content:space-between;gap:8px}.d{white-space:nowrap;color:#52ab98;font-size:9pt}
.pl{font-style:italic;color:#546e7a;font-size:9.5pt}.it{margin-bottom:6px;break-inside:avoid}ul{margin:2px 0 0 0;padding-left:16px}
.photo{text-align:center;position:relative}.ph{font-size:8pt;color:#c8d8e4;margin-top:2px}
.ct{display:flex;gap:5px;align-items:flex-start;font-size:8.3pt;margin-bottom:5px;white-space:nowrap}.ic{flex:0 0 14px}
ul.sk{list-style:none;padding:0;font-size:9pt}ul.sk li{margin-bottom:3px}"""
    doc = '<!doctype html><html><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body><div class="wrap"><div class="main">%s</div><div class="side">%s</div></div></body></html>' % (
        H(p["truth"]["full_name"]), css, "\n".join(main), "\n".join(side))
    src = os.path.join(BUILD, "w6_%03d.html" % p["id"]); open(src, "w", encoding="utf-8").write(doc)
    out = os.path.join(FILES, fname(p, "pdf"))
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--user-data-dir=" + os.path.join(ROOT, "build", "chromehome"), "--print-to-pdf=" + out, "file://" + src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)

# ---------------------------------------------------------------- pandoc
def md_esc(s): return s.replace("*", "\\*").replace("#", "\\#")
def do_pandoc(p):
    L = ["# " + md_esc(p["name"]), ""]
    if p.get("alt_name"): L += [p["alt_name"], ""]
    if p.get("headline"): L += ["*" + p["headline"] + "*", ""]
    L += [" · ".join(p["contacts"]), ""]
    for s in p["sections"]:
        L += ["## " + s["h"], ""]
        if "text" in s: L += [md_esc(s["text"]), ""]
        for i in s.get("items", []):
            line = "- **%s**" % md_esc(i["t"])
            if i.get("s"): line += ", " + md_esc(i["s"])
            if i.get("d"): line += " (%s)" % i["d"]
            L.append(line)
        L.append("")
    src = os.path.join(BUILD, "w6_%03d.md" % p["id"]); open(src, "w", encoding="utf-8").write("\n".join(L))
    subprocess.run(["pandoc", src, "-f", "markdown-smart", "-o", os.path.join(FILES, fname(p, "docx"))], check=True)

# ---------------------------------------------------------------- Flat ODT -> DOCX
FODT_HEAD = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/><style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"/></office:font-face-decls>
<office:styles>
 <style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.06cm"/><style:text-properties style:font-name="Liberation Serif" fo:font-size="10.5pt"/></style:style>
 <style:style style:name="Name" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties style:font-name="Liberation Sans" fo:font-size="20pt" fo:font-weight="bold" fo:color="#7a1f2b"/></style:style>
 <style:style style:name="Contact" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.3cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="9.5pt"/></style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2"><style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.12cm" fo:border-bottom="0.5pt solid #7a1f2b" fo:padding-bottom="0.05cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="11.5pt" fo:font-weight="bold" fo:color="#7a1f2b" fo:font-variant="small-caps"/></style:style>
 <style:style style:name="Sub" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-style="italic" fo:color="#555555"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Tab" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>
 <style:style style:name="TabA" style:family="table-column"><style:table-column-properties style:column-width="4cm"/></style:style>
 <style:style style:name="TabB" style:family="table-column"><style:table-column-properties style:column-width="13cm"/></style:style>
 <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.12cm" fo:border-top="0.5pt solid #bbbbbb" fo:border-bottom="none" fo:border-left="none" fo:border-right="none"/></style:style>
 <style:style style:name="CellH" style:family="table-cell"><style:table-cell-properties fo:padding="0.12cm" fo:background-color="#f1ece4" fo:border-top="0.5pt solid #bbbbbb" fo:border-bottom="none" fo:border-left="none" fo:border-right="none"/></style:style>
 <style:style style:name="fr1" style:family="graphic"><style:graphic-properties fo:background-color="#1d4e5f" draw:fill="solid" draw:fill-color="#1d4e5f" fo:padding="0.3cm" fo:border="none" style:wrap="none" style:vertical-pos="top" style:horizontal-pos="center" style:horizontal-rel="paragraph" style:vertical-rel="paragraph"/></style:style>
 <style:style style:name="PW" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties style:font-name="Liberation Sans" fo:color="#ffffff" fo:font-size="9.5pt"/></style:style>
 <style:style style:name="PWN" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties style:font-name="Liberation Sans" fo:color="#ffffff" fo:font-size="18pt" fo:font-weight="bold"/></style:style>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
'''
def E(s): return html.escape(s, quote=False)
def item_paras(i):
    out = ['<text:p text:style-name="Standard"><text:span text:style-name="T1">%s</text:span>%s</text:p>' % (E(i["t"]), (" — " + E(i["d"])) if i.get("d") else "")]
    if i.get("s"): out.append('<text:p text:style-name="Sub">%s</text:p>' % E(i["s"]))
    for b in i.get("b", []): out.append('<text:p text:style-name="Standard">• %s</text:p>' % E(b))
    return out

def do_fodt(p, textbox):
    B = [FODT_HEAD]
    if textbox:
        inner = ['<text:p text:style-name="PWN">%s</text:p>' % E(p["name"])]
        if p.get("headline"): inner.append('<text:p text:style-name="PW">%s</text:p>' % E(p["headline"]))
        inner.append('<text:p text:style-name="PW">%s</text:p>' % E("   ·   ".join(p["contacts"])))
        B.append('<text:p text:style-name="Standard"><draw:frame draw:style-name="fr1" draw:name="HeaderBox" text:anchor-type="paragraph" svg:width="17cm" svg:y="0cm" draw:z-index="0"><draw:text-box fo:min-height="2.6cm">%s</draw:text-box></draw:frame></text:p>' % "".join(inner))
        B.append('<text:p text:style-name="Standard"/>' * 3)
        B.append('<table:table table:name="CV" table:style-name="Tab"><table:table-column table:style-name="TabA"/><table:table-column table:style-name="TabB"/>')
        for s in p["sections"]:
            cell = []
            if "text" in s: cell += ['<text:p text:style-name="Standard">%s</text:p>' % E(x) for x in s["text"].split("\n")]
            for i in s.get("items", []): cell += item_paras(i)
            B.append('<table:table-row><table:table-cell table:style-name="CellH" office:value-type="string"><text:p text:style-name="Standard"><text:span text:style-name="T1">%s</text:span></text:p></table:table-cell><table:table-cell table:style-name="Cell" office:value-type="string">%s</table:table-cell></table:table-row>' % (E(s["h"].upper()), "".join(cell)))
        B.append("</table:table>")
    else:
        B.append('<text:p text:style-name="Name">%s</text:p>' % E(p["name"]))
        if p.get("headline"): B.append('<text:p text:style-name="Sub">%s</text:p>' % E(p["headline"]))
        B.append('<text:p text:style-name="Contact">%s</text:p>' % "<text:tab/><text:tab/>".join(E(c) for c in p["contacts"]))
        for s in p["sections"]:
            B.append('<text:h text:style-name="Heading_20_2" text:outline-level="2">%s</text:h>' % E(s["h"]))
            if "text" in s: B += ['<text:p text:style-name="Standard">%s</text:p>' % E(x) for x in s["text"].split("\n")]
            for i in s.get("items", []): B += item_paras(i)
    B.append("</office:text></office:body></office:document>")
    src = os.path.join(BUILD, "w6_%03d.fodt" % p["id"]); open(src, "w", encoding="utf-8").write("\n".join(B))
    soffice(src, "docx:MS Word 2007 XML", BUILD)
    shutil.copy(os.path.join(BUILD, "w6_%03d.docx" % p["id"]), os.path.join(FILES, fname(p, "docx")))

# ---------------------------------------------------------------- plain text
def do_txt(p):
    L = [p["name"].upper() if p["id"] % 2 else p["name"]]
    if p.get("headline"): L.append(p["headline"])
    L += p["contacts"]; L.append("")
    for s in p["sections"]:
        L += [s["h"], "-" * len(s["h"])]
        if "text" in s: L.append(s["text"])
        for i in s.get("items", []):
            L.append(("%-9s  %s" % (i["d"], i["t"])) if i.get("d") else "  * " + i["t"])
        L.append("")
    open(os.path.join(FILES, fname(p, "txt")), "w", encoding="utf-8").write("\n".join(L))

def main(only=None):
    rl_setup()
    for p in data.P:
        if only and p["id"] not in only: continue
        f = p["fmt"]
        if f == "rtf2pdf": do_rtf(p, "pdf")
        elif f == "rtf2docx": do_rtf(p, "docx:MS Word 2007 XML")
        elif f == "rl2col": do_rl2col(p)
        elif f == "rlright": do_rlright(p)
        elif f == "chrome": do_chrome(p)
        elif f == "pandoc": do_pandoc(p)
        elif f == "fodt": do_fodt(p, False)
        elif f == "fodt_tb": do_fodt(p, True)
        elif f == "txt": do_txt(p)
        print("ok", p["id"], flush=True)

if __name__ == "__main__":
    main([int(x) for x in sys.argv[1:]] or None)
