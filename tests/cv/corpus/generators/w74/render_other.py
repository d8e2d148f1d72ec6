# -*- coding: utf-8 -*-
"""HTML (for Chromium), reportlab, fpdf2, odfpy, RTF and plain-text renderers."""
import html as H
import re

esc = H.escape


def ent_html(e, cls="entry"):
    if isinstance(e, str):
        return "<li>%s</li>" % esc(e)
    b = "".join("<li>%s</li>" % esc(x) for x in e["b"])
    return ('<div class="%s"><div class="d">%s</div><div class="body"><div class="t">%s</div><div class="o">%s</div>%s</div></div>'
            % (cls, esc(e["d"]), esc(e["t"]), esc(e["o"]), "<ul>%s</ul>" % b if b else ""))


def sec_html(h, items, cls="entry"):
    strs = [x for x in items if isinstance(x, str)]
    ents = [x for x in items if not isinstance(x, str)]
    out = "<section><h2>%s</h2>" % esc(h)
    out += "".join(ent_html(e, cls) for e in ents)
    if strs:
        out += "<ul>%s</ul>" % "".join(ent_html(s) for s in strs)
    return out + "</section>"


# ---------------------------------------------------------- 003 sidebar: contacts, languages, references in a coloured sidebar
def html_sidebar(p):
    side_keys = ("Languages", "References", "USMLE")
    side = "".join(sec_html(h, it) for h, it in p["sections"] if h in side_keys)
    main = "".join(sec_html(h, it) for h, it in p["sections"] if h not in side_keys)
    return """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: A4; margin: 0 }
body { margin:0; font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; color:#222 }
.wrap { display:flex; min-height: 297mm }
aside { width: 62mm; background:#16324f; color:#e8eef5; padding: 14mm 6mm 10mm 8mm; box-sizing:border-box }
aside h2 { font-size: 10pt; border-bottom:1px solid #7fa3c7; color:#fff; letter-spacing:1px; text-transform:uppercase }
aside ul { padding-left: 12px } aside li { margin-bottom:3px; word-break: break-all }
.photo { width:32mm; height:32mm; border-radius:50%%; background:#7fa3c7; margin: 0 auto 6mm; }
.contact div { margin: 2px 0; font-size: 8.6pt }
main { flex:1; padding: 14mm 12mm 10mm 10mm }
h1 { margin:0; font-size: 22pt; color:#16324f } .ar { font-size: 15pt; color:#555; direction: rtl }
.headline { color:#8a6d3b; font-weight:bold; margin: 2mm 0 5mm }
main h2 { font-size: 11pt; color:#16324f; text-transform: uppercase; border-bottom: 2px solid #16324f; margin-top: 6mm }
.entry { display:grid; grid-template-columns: 30mm 1fr; gap: 3mm; margin-bottom: 3mm }
.entry .d { color:#666; font-size:8.6pt } .t { font-weight:bold } .o { font-style: italic }
.entry ul { margin: 1mm 0; padding-left: 14px }
</style></head><body><div class="wrap"><aside><div class="photo"></div>
<h2>Contact</h2><div class="contact"><div>&#9993; %s</div><div>&#9742; %s</div><div>%s</div><div>%s</div></div>
%s</aside><main><h1>%s</h1><div class="ar">%s</div><div class="headline">%s</div>%s</main></div></body></html>""" % (
        esc(p["email"]), esc(p["phone"]), esc(p["address"]), esc(p["extra"]), side, esc(p["name"]), esc(p.get("name_ar") or ""),
        esc(p["headline"]), main)


# ---------------------------------------------------------- 010 grid, bilingual
def html_grid(p):
    cards = "".join('<div class="card %s">%s</div>' % ("wide" if len(it) > 2 else "", sec_html(h, it)) for h, it in p["sections"])
    return """<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
@page { size: Letter; margin: 10mm }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.8pt; color:#1b1b1b }
header { display:grid; grid-template-columns: 1fr 1fr; border-bottom: 3px solid #b03a2e; padding-bottom: 3mm }
h1 { margin:0; font-size: 20pt } .ar { text-align:right; direction: rtl; font-size: 18pt; color:#b03a2e }
.contact { grid-column: 1 / span 2; display:flex; gap: 8mm; font-size: 8.5pt; color:#444; margin-top:2mm }
.grid { display:grid; grid-template-columns: 1fr 1fr; gap: 4mm; margin-top: 4mm }
.card { border:1px solid #ddd; border-radius: 3mm; padding: 2mm 4mm; break-inside: avoid }
.card.wide { grid-column: 1 / span 2 }
h2 { font-size: 10pt; color:#b03a2e; margin: 1mm 0 2mm }
.entry { margin-bottom: 2mm } .entry .d { float:right; color:#777 } .t { font-weight:bold } .o { color:#555 }
ul { margin: 0; padding-left: 14px }
</style></head><body><header><div><h1>%s</h1><div>%s</div></div><div class="ar">%s</div>
<div class="contact"><span>Email: %s</span><span>WhatsApp: %s</span><span>%s</span><span>%s</span></div></header>
<div class="grid">%s</div></body></html>""" % (esc(p["name"]), esc(p["headline"]), esc(p["name_ar"]), esc(p["email"]), esc(p["phone"]),
                                                 esc(p["address"]), esc(p["extra"]), cards)


# ---------------------------------------------------------- 015 vertical timeline; contacts in a footer band (position:fixed repeats per page)
def html_timeline(p):
    body = ""
    for h, items in p["sections"]:
        body += "<section><h2>%s</h2>" % esc(h)
        for e in items:
            if isinstance(e, str):
                body += '<p class="s">%s</p>' % esc(e)
            else:
                body += ('<div class="ev"><span class="dot"></span><div class="when">%s</div><div class="what"><b>%s</b><br>%s</div></div>'
                         % (esc(e["d"]), esc(e["t"]), esc(e["o"])))
        body += "</section>"
    return """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: A4; margin: 14mm 16mm 12mm 16mm }
body { padding-bottom: 12mm }
body { font-family: 'Liberation Serif', serif; font-size: 10.5pt }
h1 { font-size: 26pt; margin: 0; font-weight: normal; letter-spacing: 2px } .hl { color:#6c3483; margin-bottom: 6mm }
h2 { font-family: 'Liberation Sans', sans-serif; font-size: 10pt; text-transform: uppercase; color:#6c3483; margin: 5mm 0 2mm }
.ev { position: relative; display:grid; grid-template-columns: 38mm 1fr; border-left: 2px solid #c39bd3; margin-left: 3mm; padding: 0 0 3mm 5mm }
.dot { position:absolute; left:-5px; top:3px; width:8px; height:8px; border-radius:50%%; background:#6c3483 }
.when { color:#6c3483; font-style: italic } p.s { margin: 1mm 0 1mm 8mm }
.foot { position: fixed; bottom: 0; left: 0; right: 0; text-align:center; font-family:'Liberation Sans'; font-size: 8.5pt; color:#555; border-top: 1px solid #c39bd3; padding-top: 2mm }
</style></head><body><div class="foot">%s &nbsp;/&nbsp; %s &nbsp;/&nbsp; %s</div><h1>%s</h1><div class="hl">%s</div>%s</body></html>""" % (
        esc(p["email"]), esc(p["phone"]), esc(p["address"]), esc(p["name"]), esc(p["headline"]), body)


# simple html used for a scan (018)
def html_simple(p):
    return """<!doctype html><html><head><meta charset="utf-8"><style>@page{size:A4;margin:18mm} body{font-family:'Liberation Sans';font-size:12pt}
h1{font-size:24pt;margin:0} h2{font-size:13pt;border-bottom:1px solid #000;margin-top:6mm} .entry{margin-bottom:2mm} .d{float:right}.t{font-weight:bold}
</style></head><body><h1>%s</h1><div>%s</div><div>%s | %s | %s</div>%s</body></html>""" % (
        esc(p["name"]), esc(p["headline"]), esc(p["email"]), esc(p["phone"]), esc(p["address"]),
        "".join(sec_html(h, it) for h, it in p["sections"]))


# ---------------------------------------------------------- reportlab
def reportlab_twocol(p, out, minimal=False, big=False):
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak, NextPageTemplate)
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    fs = 12 if big else 9
    st = ParagraphStyle("n", fontName="DV", fontSize=fs, leading=fs * 1.3)
    stb = ParagraphStyle("b", parent=st, fontName="DVB")
    h2 = ParagraphStyle("h", fontName="DVB", fontSize=fs + 2, leading=fs * 1.6, textColor=colors.HexColor("#7d3c98" if not minimal else "#000000"), spaceBefore=6)
    title = ParagraphStyle("t", fontName="DVB", fontSize=fs + 11, leading=fs + 15)
    W, Hh = A4 if not minimal else letter
    e = esc

    def para_ent(x):
        if isinstance(x, str):
            return [Paragraph("• " + e(x), st)]
        r = [Paragraph("<b>%s</b> — %s" % (e(x["t"]), e(x["d"])), st), Paragraph("<i>%s</i>" % e(x["o"]), st)]
        r += [Paragraph("&nbsp;&nbsp;– " + e(b), st) for b in x["b"]]
        return r + [Spacer(1, 3)]

    story = []
    if minimal:
        doc = BaseDocTemplate(out, pagesize=letter, leftMargin=60, rightMargin=60, title="CV", author=p["name"])
        doc.addPageTemplates([PageTemplate(frames=[Frame(60, 50, W - 120, Hh - 100)])])
        story += [Paragraph(e(p["name"]), title), Paragraph(e(p["headline"]), st),
                  Paragraph("%s &nbsp;·&nbsp; %s &nbsp;·&nbsp; %s" % (e(p["email"]), e(p["phone"]), e(p["address"])), st), Spacer(1, 8)]
        for h, items in p["sections"]:
            story.append(Paragraph(e(h), h2))
            for x in items:
                story += para_ent(x)
    else:
        left_w = 165
        def deco(c, d):
            c.saveState(); c.setFillColor(colors.HexColor("#f4ecf7")); c.rect(0, 0, left_w + 30, Hh, stroke=0, fill=1); c.restoreState()
        doc = BaseDocTemplate(out, pagesize=A4, title="Curriculum Vitae", author=p["name"])
        fl = Frame(20, 30, left_w, Hh - 60, id="L"); fr = Frame(left_w + 45, 30, W - left_w - 65, Hh - 60, id="R")
        fr2 = Frame(left_w + 45, 30, W - left_w - 65, Hh - 60, id="R2")
        doc.addPageTemplates([PageTemplate("first", frames=[fl, fr], onPage=deco), PageTemplate("rest", frames=[fr2], onPage=deco)])
        story += [Paragraph(e(p["name"]).replace(" ", "<br/>", 1), ParagraphStyle("tt", parent=title, fontSize=17, leading=21)), Spacer(1, 6),
                  Paragraph("<b>Contact</b>", stb), Paragraph(e(p["email"]), st), Paragraph(e(p["phone"]), st), Paragraph(e(p["address"]), st),
                  Paragraph(e(p["extra"]), st), Spacer(1, 8)]
        left = [s for s in p["sections"] if s[0] in ("Exams", "Interests", "Languages", "Referees")]
        right = [s for s in p["sections"] if s not in left]
        for h, items in left:
            story.append(Paragraph(e(h), h2))
            for x in items:
                story += para_ent(x)
        story += [NextPageTemplate("rest"), FrameBreak(), Paragraph(e(p["headline"]), ParagraphStyle("hh", parent=h2, fontSize=12))]
        for h, items in right:
            story.append(Paragraph(e(h), h2))
            for x in items:
                story += para_ent(x)
    doc.build(story)


# ---------------------------------------------------------- fpdf2 classic (core Helvetica, latin-1 only)
def fpdf_classic(p, out, big=False):
    from fpdf import FPDF

    def L(s):
        return s.replace("–", "-").replace("—", "-").replace("’", "'").replace("·", "-").encode("latin-1", "replace").decode("latin-1")

    class P(FPDF):
        def footer(self):
            self.set_y(-12); self.set_font("Helvetica", "I", 8); self.set_text_color(120)
            self.cell(0, 6, "Page %d/{nb}" % self.page_no(), align="C")
    pdf = P(format="A4"); pdf.alias_nb_pages(); pdf.set_auto_page_break(True, 18); pdf.add_page()
    pdf.set_margins(18, 15, 18); pdf.set_xy(18, 15)
    k = 1.35 if big else 1.0
    pdf.set_font("Times", "B", 20 * k); pdf.cell(0, 10 * k, L(p["name"]), new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.set_font("Times", "I", 11 * k); pdf.cell(0, 6 * k, L(p["headline"]), new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.set_font("Times", "", 10 * k)
    pdf.cell(0, 6 * k, L("%s  |  %s  |  %s" % (p["address"], p["phone"], p["email"])), new_x="LMARGIN", new_y="NEXT", align="C")
    if p["extra"]:
        pdf.cell(0, 5 * k, L(p["extra"]), new_x="LMARGIN", new_y="NEXT", align="C")
    for h, items in p["sections"]:
        pdf.ln(3); pdf.set_font("Times", "B", 12 * k); pdf.set_text_color(0, 51, 102)
        pdf.cell(0, 7 * k, L(h.upper()), new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(0, 51, 102); pdf.line(18, pdf.get_y(), 192, pdf.get_y()); pdf.ln(1.5); pdf.set_text_color(0)
        for x in items:
            if isinstance(x, str):
                pdf.set_font("Times", "", 10.5 * k); pdf.multi_cell(0, 5.2 * k, L("- " + x), new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("Times", "B", 10.5 * k); y = pdf.get_y()
                pdf.multi_cell(125, 5.2 * k, L(x["t"]), new_x="LMARGIN", new_y="NEXT")
                y2 = pdf.get_y(); pdf.set_xy(145, y); pdf.set_font("Times", "I", 10 * k)
                pdf.multi_cell(47, 5.2 * k, L(x["d"]), align="R", new_x="LMARGIN", new_y="NEXT"); pdf.set_y(max(y2, pdf.get_y()))
                pdf.set_font("Times", "", 10.5 * k); pdf.multi_cell(0, 5.2 * k, L(x["o"]), new_x="LMARGIN", new_y="NEXT")
                for b in x["b"]:
                    pdf.set_x(24); pdf.multi_cell(0, 5 * k, L("- " + b), new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
    pdf.output(out)


# ---------------------------------------------------------- odfpy
def odt(p, out, contacts_where="body"):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, MasterPage, PageLayout, PageLayoutProperties, Footer, Header
    from odf.text import P, H as Hd, Span, List, ListItem
    doc = OpenDocumentText()
    def mk(name, family="paragraph", **tp):
        s = Style(name=name, family=family)
        pp = {k[3:]: v for k, v in tp.items() if k.startswith("pp_")}
        tp = {k: v for k, v in tp.items() if not k.startswith("pp_")}
        if tp: s.addElement(TextProperties(**tp))
        if pp: s.addElement(ParagraphProperties(**pp))
        doc.styles.addElement(s) if family != "text" else doc.automaticstyles.addElement(s)
        return s
    title = mk("Title1", fontsize="20pt", fontweight="bold", color="#1a5276", fontname="Liberation Sans", pp_textalign="center")
    sub = mk("Sub1", fontsize="10pt", fontstyle="italic", pp_textalign="center")
    arab = mk("Arab1", fontsize="14pt", fontnamecomplex="DejaVu Sans", fontsizecomplex="14pt", pp_textalign="center", pp_writingmode="rl-tb")
    hs = mk("Head1", fontsize="12pt", fontweight="bold", color="#1a5276", pp_margintop="0.3cm", pp_borderbottom="0.05pt solid #1a5276")
    body = mk("Body1", fontsize="10pt", fontname="Liberation Serif")
    bold = mk("B1", family="text", fontweight="bold")
    ital = mk("I1", family="text", fontstyle="italic", color="#555555")
    foot = mk("Foot1", fontsize="8pt", pp_textalign="center")
    pl = PageLayout(name="PL1"); pl.addElement(PageLayoutProperties(margin="1.8cm", pagewidth="21cm", pageheight="29.7cm"))
    doc.automaticstyles.addElement(pl)
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    if contacts_where == "footer":
        f = Footer(); f.addElement(P(stylename=foot, text="%s · %s · %s" % (p["email"], p["phone"], p["address"]))); mp.addElement(f)
    doc.masterstyles.addElement(mp)
    doc.text.addElement(P(stylename=title, text=p["name"]))
    if p.get("name_ar"):
        doc.text.addElement(P(stylename=arab, text=p["name_ar"]))
    doc.text.addElement(P(stylename=sub, text=p["headline"]))
    if contacts_where == "body":
        doc.text.addElement(P(stylename=sub, text="%s | %s | %s | %s" % (p["email"], p["phone"], p["address"], p["extra"])))
    for h, items in p["sections"]:
        doc.text.addElement(P(stylename=hs, text=h))
        for x in items:
            if isinstance(x, str):
                doc.text.addElement(P(stylename=body, text="• " + x))
            else:
                q = P(stylename=body); q.addElement(Span(stylename=bold, text=x["t"])); q.addText("   ")
                q.addElement(Span(stylename=ital, text=x["d"])); doc.text.addElement(q)
                doc.text.addElement(P(stylename=body, text=x["o"]))
                for b in x["b"]:
                    doc.text.addElement(P(stylename=body, text="    – " + b))
    doc.save(out)


# ---------------------------------------------------------- RTF by hand
def rtf(p, out):
    def r(s):
        o = ""
        for ch in s:
            c = ord(ch)
            if ch in "\\{}":
                o += "\\" + ch
            elif c < 128:
                o += ch
            else:
                o += "\\u%d?" % (c if c < 32768 else c - 65536)
        return o
    L = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}",
         r"{\colortbl;\red0\green0\blue0;\red0\green70\blue120;}", r"\paperw11906\paperh16838\margl1134\margr1134\margt1134\margb1134",
         r"{\header\pard\qr\f1\fs16 Curriculum Vitae\par}",
         r"\pard\qc\f1\fs36\b %s\b0\par" % r(p["name"]),
         r"\pard\qc\f1\fs20 %s\par" % r(p["headline"]),
         r"\pard\qc\f0\fs20 %s \u8226? %s \u8226? %s\par" % (r(p["address"]), r(p["phone"]), r(p["email"])),
         r"\pard\qc\f0\fs20\i %s\i0\par" % r(p["extra"])]
    for h, items in p["sections"]:
        L.append(r"\pard\sb240\sa60\brdrb\brdrs\brdrw10\f1\fs24\cf2\b %s\b0\cf1\par" % r(h.upper()))
        for x in items:
            if isinstance(x, str):
                L.append(r"\pard\fi-200\li200\f0\fs20 \bullet  %s\par" % r(x))
            else:
                L.append(r"\pard\tqr\tx9600\f0\fs21\b %s\b0\tab\i %s\i0\par" % (r(x["t"]), r(x["d"])))
                L.append(r"\pard\f0\fs20 %s\par" % r(x["o"]))
                for b in x["b"]:
                    L.append(r"\pard\li360\f0\fs19 - %s\par" % r(b))
    L.append("}")
    open(out, "w", encoding="ascii").write("\n".join(L))


# ---------------------------------------------------------- plain text
def txt_plain(p, out):
    w = []
    w.append(p["name"].upper())
    w.append(p["headline"])
    w.append("Email: %s   Phone: %s" % (p["email"], p["phone"]))
    w.append("Address: %s" % p["address"])
    w.append("=" * 72)
    for h, items in p["sections"]:
        w.append(""); w.append(h); w.append("-" * len(h))
        for x in items:
            if isinstance(x, str):
                w.append("  * " + x)
            else:
                w.append("  %-22s %s" % (x["d"], x["t"]))
                w.append("  %-22s %s" % ("", x["o"]))
                for b in x["b"]:
                    w.append("  %-22s   - %s" % ("", b))
    open(out, "w", encoding="utf-8").write("\n".join(w) + "\n")


def txt_email(p, out):
    w = ["From: Mostafa Gamal <%s>" % p["email"], "To: rotations@clinicalrotations-intake.org",
         "Subject: Application for Family Medicine externship - CV attached in body", "Date: Tue, 17 Nov 2026 08:42:19 +0300", "",
         "Dear Coordinator,", "",
         "Please find my CV below (I could not attach the Word file from my phone).", "",
         "------------------------------------------------------------",
         "CV - %s (MBBCh)" % p["name"],
         "Mobile/WhatsApp: %s | Al Khobar, KSA" % p["phone"], ""]
    for h, items in p["sections"]:
        w.append("%s:" % h.upper())
        for x in items:
            if isinstance(x, str):
                w.append("- " + x)
            else:
                w.append("- %s, %s, %s" % (x["t"], x["o"], x["d"]) if x["o"] else "- %s, %s" % (x["t"], x["d"]))
        w.append("")
    w += ["------------------------------------------------------------", "", "Best regards,", "Dr. Mostafa G. Abdel-Hamid", "Sent from my iPhone"]
    open(out, "w", encoding="utf-8").write("\r\n".join(w) + "\r\n")
