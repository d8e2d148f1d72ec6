# -*- coding: utf-8 -*-
import os, subprocess, html, shutil
from content import sections
from xml.sax.saxutils import escape

def it_text(x):
    return f"{x[0]}  —  {x[1]}" if isinstance(x, tuple) else x

# ---------------- python-docx ----------------
def make_docx(p, path, seed, mode):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    head, S = sections(p, seed, merged_pubs=(mode == "table"))
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Calibri" if seed % 2 else "Times New Roman"; st.font.size = Pt(10.5)
    sec = d.sections[0]; sec.left_margin = sec.right_margin = Cm(2)
    hdr = sec.header.paragraphs[0]; ftr = sec.footer.paragraphs[0]
    if mode == "header":       # contacts only in running header
        hdr.text = f"{head['name']}  |  {p['email']}  |  {p['phone']}"
        ftr.text = "Curriculum Vitae — confidential"
    elif mode == "footer":     # contacts only in footer
        hdr.text = f"CV — {head['name']}"
        ftr.text = f"{p['email']} · {p['phone']} · page"
    else:
        hdr.text = "CURRICULUM VITAE"
    t = d.add_paragraph(); r = t.add_run(head["name"].upper()); r.bold = True; r.font.size = Pt(18)
    d.add_paragraph(head["title"])
    if mode == "table":
        tb = d.add_table(rows=2, cols=2); tb.style = "Table Grid"
        tb.cell(0, 0).text = "E-mail"; tb.cell(0, 1).text = p["email"]
        tb.cell(1, 0).text = "Mobile"; tb.cell(1, 1).text = p["phone"]
    elif mode in ("plain", "sidebar"):
        d.add_paragraph("  •  ".join(head["contacts"]))
    for h, items in S:
        hp = d.add_paragraph(); rr = hp.add_run(h.upper()); rr.bold = True; rr.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
        if mode in ("table", "sidebar") and any(isinstance(x, tuple) for x in items):
            tb = d.add_table(rows=0, cols=2)
            for x in items:
                c = tb.add_row().cells
                if isinstance(x, tuple): c[0].text, c[1].text = x
                else: c[1].text = x
        else:
            for x in items:
                d.add_paragraph(it_text(x), style="List Bullet" if (seed % 2 and not isinstance(x, tuple)) else None)
    d.save(path)

def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)

# ---------------- reportlab ----------------
def rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    except Exception:
        pass

def make_rl(p, path, seed, mode):
    rl_fonts()
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle, FrameBreak)
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    head, S = sections(p, seed, merged_pubs=(mode == "classic"))
    ps = A4 if seed % 2 else letter
    W, H = ps
    cp = mode.endswith("compact"); mode = mode.replace("_compact", "")
    body = ParagraphStyle("b", fontName="DV", fontSize=7.6 if cp else 9.5, leading=9.2 if cp else 12.5)
    hs = ParagraphStyle("h", fontName="DVB", fontSize=9 if cp else 11.5, leading=11 if cp else 15, spaceBefore=3 if cp else 8, textColor=colors.HexColor("#173f5f"))
    ns = ParagraphStyle("n", fontName="DVB", fontSize=20, leading=24)
    def deco(c, doc):
        c.saveState(); c.setFont("DV", 8)
        if mode == "running":
            c.drawString(2 * cm, H - 1.2 * cm, f"{head['name']} — Curriculum Vitae")
            c.drawRightString(W - 2 * cm, H - 1.2 * cm, f"{p['email']}  ·  {p['phone']}")
        else:
            c.drawString(2 * cm, H - 1.2 * cm, f"CV · {head['name']}")
        c.drawRightString(W - 2 * cm, 1.0 * cm, f"Page {doc.page}")
        c.drawString(2 * cm, 1.0 * cm, "Updated November 2026")
        c.restoreState()
    story = []
    if mode == "sidebar":
        sw = 5.5 * cm
        side = Frame(1.2 * cm, 1.8 * cm, sw, H - 3.6 * cm, id="side")
        main = Frame(1.2 * cm + sw + 0.5 * cm, 1.8 * cm, W - sw - 3 * cm, H - 3.6 * cm, id="main")
        main2 = Frame(2 * cm, 1.8 * cm, W - 4 * cm, H - 3.6 * cm, id="m2")
        def sidebg(c, doc):
            c.saveState(); c.setFillColor(colors.HexColor("#e8eef5")); c.rect(0.8 * cm, 1.5 * cm, sw + 0.6 * cm, H - 3 * cm, fill=1, stroke=0); c.restoreState(); deco(c, doc)
        doc = BaseDocTemplate(path, pagesize=ps, title=f"CV {head['name']}", author=head["name"])
        doc.addPageTemplates([PageTemplate("first", [side, main], onPage=sidebg, autoNextPageTemplate="rest"),
                              PageTemplate("rest", [main2], onPage=deco)])
        sm = ParagraphStyle("s", fontName="DV", fontSize=8.3, leading=11)
        story += [Paragraph("<b>CONTACT</b>", sm), Paragraph(escape(p["email"]), ParagraphStyle("se", parent=sm, fontSize=7.2)),
                  Paragraph(escape(p["phone"]), sm), Spacer(1, 8), Paragraph("<b>LANGUAGES</b>", sm),
                  Paragraph(escape(p["langs_disp"]), sm), Spacer(1, 8), Paragraph("<b>EXAMS</b>", sm)]
        from content import usmle_lines
        story += [Paragraph(escape(x), sm) for x in usmle_lines(p) + [p["ecfmg_disp"]]]
        story += [FrameBreak(), Paragraph(escape(head["name"]), ns), Paragraph(escape(head["title"]), body), Spacer(1, 6)]
        S = [s for s in S if s[0] not in ("Languages", "USMLE & ECFMG")]
    else:
        fr = Frame(1.5 * cm, 1.5 * cm, W - 3 * cm, H - 3.0 * cm) if cp else Frame(2 * cm, 1.8 * cm, W - 4 * cm, H - 3.6 * cm)
        doc = BaseDocTemplate(path, pagesize=ps, title=f"CV {head['name']}")
        doc.addPageTemplates([PageTemplate("all", [fr], onPage=deco)])
        story += [Paragraph(escape(head["name"]), ns), Paragraph(escape(head["title"]), body)]
        if mode != "running":
            story.append(Paragraph(escape("  |  ".join(head["contacts"])), body))
        story.append(Spacer(1, 6))
    for h, items in S:
        story.append(Paragraph(escape(h), hs))
        rows = []
        for x in items:
            if isinstance(x, tuple):
                rows.append([Paragraph(escape(x[0]), body), Paragraph(escape(x[1]), body)])
            else:
                if rows:
                    story.append(Table(rows, colWidths=[3.5 * cm, None])); rows = []
                story.append(Paragraph(escape(x), body))
        if rows:
            t = Table(rows, colWidths=[3.5 * cm, None]); t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
    doc.build(story)

# ---------------- Chromium ----------------
def make_chromium(p, path, seed, mode, tmp):
    head, S = sections(p, seed, merged_pubs=(mode == "plain"))
    e = html.escape
    css = """@page { size: A4; margin: 22mm 16mm 20mm 16mm; }
    body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; }
    h1 { font-size: 20pt; margin: 0; } h2 { font-size: 11.5pt; color:#7a1f1f; border-bottom:1px solid #999; margin-top:12px; }
    .fx { position: fixed; left: 0; right: 0; font-size: 8pt; color:#444; }
    .top { top: -14mm; } .bot { bottom: -12mm; }
    .grid { display: grid; grid-template-columns: 52mm 1fr; gap: 6mm; }
    .side { background:#f1efe8; padding: 4mm; font-size: 8.5pt; }
    table { border-collapse: collapse; } .rh { font-size: 8pt; color:#555; padding: 2mm 0; border-bottom: 1px solid #ccc; } td { vertical-align: top; padding: 1px 6px 1px 0; }"""
    parts = []
    main = [f"<h1>{e(head['name'])}</h1><div>{e(head['title'])}</div>"]
    if mode == "plain":
        main.append(f"<div>{e(p['email'])} &nbsp;/&nbsp; {e(p['phone'])}</div>")
    for h, items in S:
        if mode == "sidebar" and h in ("Languages",):
            continue
        main.append(f"<h2>{e(h)}</h2>")
        if any(isinstance(x, tuple) for x in items):
            main.append("<table>" + "".join(f"<tr><td>{e(x[0])}</td><td>{e(x[1])}</td></tr>" if isinstance(x, tuple) else f"<tr><td></td><td>{e(x)}</td></tr>" for x in items) + "</table>")
        else:
            main.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in items) + "</ul>")
    if mode == "sidebar":
        side = (f"<div class='side'><b>Contact</b><br>{e(p['email'])}<br>{e(p['phone'])}<br><br><b>Languages</b><br>{e(p['langs_disp'])}"
                f"<br><br><b>Born</b><br>{e(p['dob'])}</div>")
        bodyh = f"<div class='grid'>{side}<div>{''.join(main)}</div></div>"
    elif mode == "headerfooter":   # thead/tfoot repeat on every printed page in Chromium
        bodyh = (f"<table style='width:100%'><thead><tr><td class='rh'>{e(head['name'])} · Curriculum Vitae</td></tr></thead>"
                 f"<tfoot><tr><td class='rh'>Contact: {e(p['email'])} · {e(p['phone'])}</td></tr></tfoot>"
                 f"<tbody><tr><td>{''.join(main)}</td></tr></tbody></table>")
    else:
        bodyh = "".join(main)
    doc = f"<!doctype html><html><head><meta charset='utf-8'><title>CV {e(head['name'])}</title><style>{css}</style></head><body>{''.join(parts)}{bodyh}</body></html>"
    hp = os.path.join(tmp, os.path.basename(path) + ".html")
    open(hp, "w", encoding="utf-8").write(doc)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={path}", "file://" + hp], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)

# ---------------- odfpy ----------------
def make_odt(p, path, seed, mode):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, MasterPage, PageLayout, PageLayoutProperties, Footer, Header
    from odf.text import P, H, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    head, S = sections(p, seed, merged_pubs=(mode == "table"))
    doc = OpenDocumentText()
    bold = Style(name="B", family="text"); bold.addElement(TextProperties(fontweight="bold")); doc.automaticstyles.addElement(bold)
    big = Style(name="Big", family="paragraph"); big.addElement(TextProperties(fontsize="18pt", fontweight="bold")); doc.styles.addElement(big)
    hh = Style(name="Hd", family="paragraph"); hh.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#204060")); doc.styles.addElement(hh)
    pl = PageLayout(name="pl"); pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margin="2cm")); doc.automaticstyles.addElement(pl)
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    f = Footer(); f.addElement(P(text=f"{head['name']} — CV — {p['email']}" if mode == "footer" else f"{head['name']} — CV")); mp.addElement(f)
    doc.masterstyles.addElement(mp)
    doc.text.addElement(P(stylename=big, text=head["name"]))
    doc.text.addElement(P(text=head["title"]))
    if mode == "table":
        t = Table(name="contact"); t.addElement(TableColumn(numbercolumnsrepeated=2))
        for a, b in (("E-mail", p["email"]), ("Telephone", p["phone"]), ("Born", p["dob"])):
            tr = TableRow(); c1 = TableCell(); c1.addElement(P(text=a)); c2 = TableCell(); c2.addElement(P(text=b)); tr.addElement(c1); tr.addElement(c2); t.addElement(tr)
        doc.text.addElement(t)
    elif mode != "footer":
        doc.text.addElement(P(text=" | ".join(head["contacts"])))
    else:
        doc.text.addElement(P(text=f"Tel. {p['phone']}"))
    for h, items in S:
        doc.text.addElement(P(stylename=hh, text=h))
        for x in items:
            doc.text.addElement(P(text=it_text(x) if not isinstance(x, tuple) else f"{x[0]}\t{x[1]}"))
    doc.save(path)

# ---------------- RTF ----------------
def rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}": out.append("\\" + ch)
        elif o < 128: out.append(ch)
        else: out.append(f"\\u{o if o < 32768 else o - 65536}?")
    return "".join(out)

def make_rtf(p, path, seed, mode):
    head, S = sections(p, seed)
    L = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}",
         r"\paperw11906\paperh16838\margl1134\margr1134\margt1134\margb1134\f1\fs20"]
    if mode == "header":
        L.append(r"{\header\pard\qr\fs16 " + rtf_esc(f"{head['name']} | {p['email']} | {p['phone']}") + r"\par}")
    L.append(r"{\footer\pard\qc\fs16 Page \chpgn\par}")
    L.append(r"\pard\qc{\b\fs36 " + rtf_esc(head["name"]) + r"}\par")
    L.append(r"\pard\qc " + rtf_esc(head["title"]) + r"\par")
    if mode != "header":
        L.append(r"\pard\qc " + rtf_esc(" / ".join(head["contacts"])) + r"\par")
    for h, items in S:
        L.append(r"\pard\sb200\ql{\b\fs24 " + rtf_esc(h) + r"}\par")
        for x in items:
            if isinstance(x, tuple):
                L.append(r"\pard\tx2200 " + rtf_esc(x[0]) + r"\tab " + rtf_esc(x[1]) + r"\par")
            else:
                L.append(r"\pard\fi-200\li200 " + rtf_esc(x) + r"\par")
    L.append("}")
    open(path, "w", encoding="ascii").write("\n".join(L))

def make_txt(p, path, seed):
    head, S = sections(p, seed, merged_pubs=True)
    L = [head["name"].upper(), head["title"], f"{p['email']}   {p['phone']}", "=" * 60]
    for h, items in S:
        L += ["", h.upper(), "-" * len(h)]
        for x in items:
            L.append(f"{x[0]:<14}{x[1]}" if isinstance(x, tuple) else f"  * {x}")
    open(path, "w", encoding="utf-8").write("\n".join(L) + "\n")
