# -*- coding: utf-8 -*-
"""reportlab renderers (platypus + canvas)."""
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_RIGHT, TA_CENTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (SimpleDocTemplate, BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, Flowable, KeepTogether, HRFlowable, FrameBreak)
from xml.sax.saxutils import escape

LIB = "/usr/share/fonts/truetype/liberation/"
DJ = "/usr/share/fonts/truetype/dejavu/"
_done = False


def fonts():
    global _done
    if _done:
        return
    for name, f in [("LSans", "LiberationSans-Regular"), ("LSans-B", "LiberationSans-Bold"),
                    ("LSans-I", "LiberationSans-Italic"), ("LSerif", "LiberationSerif-Regular"),
                    ("LSerif-B", "LiberationSerif-Bold"), ("LSerif-I", "LiberationSerif-Italic")]:
        pdfmetrics.registerFont(TTFont(name, LIB + f + ".ttf"))
    pdfmetrics.registerFont(TTFont("DJ", DJ + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DJ-B", DJ + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("CJK", "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"))
    from reportlab.lib.fonts import addMapping
    addMapping("LSans", 0, 0, "LSans"); addMapping("LSans", 1, 0, "LSans-B"); addMapping("LSans", 0, 1, "LSans-I"); addMapping("LSans", 1, 1, "LSans-B")
    addMapping("LSerif", 0, 0, "LSerif"); addMapping("LSerif", 1, 0, "LSerif-B"); addMapping("LSerif", 0, 1, "LSerif-I"); addMapping("LSerif", 1, 1, "LSerif-B")
    addMapping("DJ", 0, 0, "DJ"); addMapping("DJ", 1, 0, "DJ-B"); addMapping("DJ", 0, 1, "DJ"); addMapping("DJ", 1, 1, "DJ-B")
    _done = True


def S(name, font="LSans", size=9.5, lead=None, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.3, **kw)


def esc(t):
    return escape(t)


def name_para(p, style):
    t = esc(p["display_name"])
    if p.get("native_name"):
        t += '  <font name="CJK" size="%d">%s</font>' % (int(style.fontSize * 0.8), esc(p["native_name"]))
    return Paragraph(t, style)


# ------------------------------------------------------------------ rl_table
def rl_table(p, out):
    fonts()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=15 * mm, bottomMargin=15 * mm,
                            title="CV - " + p["full_name"], author=p["full_name"])
    st = []
    h = S("h", "LSerif-B", 20, 24)
    small = S("sm", "LSans", 8.5, 11)
    body = S("b", "LSans", 9.2, 12)
    bold = S("bb", "LSans-B", 9.2, 12)
    sec = S("sec", "LSans-B", 10.5, 13, textColor=colors.HexColor("#1F4E79"))
    contact = "<br/>".join(esc(x) for x in [p["address"], "Mobile: " + p["phone_disp"], "E-mail: " + p["email"]])
    head = Table([[[name_para(p, h), Paragraph(esc(p["headline"]), S("hl", "LSans-I", 10, 13)),
                    Paragraph(esc(" · ".join(p["personal"])), small)],
                   Paragraph(contact, S("c", "LSans", 8.5, 11, alignment=TA_RIGHT))]],
                 colWidths=[100 * mm, 74 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.HexColor("#1F4E79")),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    st += [head, Spacer(1, 6)]
    for title, items in p["sections"]:
        rows = []
        for it in items:
            if it["kind"] == "text":
                rows.append(["", Paragraph(esc(it["text"]), body)])
            else:
                cell = [Paragraph(esc(it["title"]), bold)]
                if it["where"]:
                    cell.append(Paragraph(esc(it["where"]), S("w", "LSans-I", 9, 11.5)))
                for b in it["bullets"]:
                    cell.append(Paragraph("• " + esc(b), body))
                rows.append([Paragraph(esc(it["date"]), small), cell])
        t = Table([[Paragraph(esc(title.upper()), sec), ""]] + rows, colWidths=[32 * mm, 142 * mm])
        t.setStyle(TableStyle([("SPAN", (0, 0), (1, 0)), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (1, 0), 0.4, colors.grey),
                               ("GRID", (0, 1), (-1, -1), 0.25, colors.HexColor("#BBBBBB")),
                               ("BACKGROUND", (0, 1), (0, -1), colors.HexColor("#F2F6FA"))]))
        st += [t, Spacer(1, 7)]
    doc.build(st)


# ------------------------------------------------------------------ rl_twocol : header on canvas, two flowing columns
def rl_twocol(p, out):
    fonts()
    W, H = A4

    def page(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#0B3C5D"))
        c.setFont("LSans-B", 19)
        c.drawString(18 * mm, H - 20 * mm, p["display_name"])
        c.setFont("LSans", 9.5)
        c.setFillColor(colors.black)
        c.drawString(18 * mm, H - 26 * mm, p["headline"])
        c.setFont("LSans", 8.5)
        c.drawRightString(W - 18 * mm, H - 15 * mm, p["phone_disp"])
        c.drawRightString(W - 18 * mm, H - 19.5 * mm, p["email"])
        c.drawRightString(W - 18 * mm, H - 24 * mm, p["address"])
        c.drawRightString(W - 18 * mm, H - 28.5 * mm, " · ".join(p["personal"]))
        c.setStrokeColor(colors.HexColor("#0B3C5D")); c.setLineWidth(1.5)
        c.line(18 * mm, H - 32 * mm, W - 18 * mm, H - 32 * mm)
        c.setLineWidth(0.3); c.line(W / 2, 18 * mm, W / 2, H - 36 * mm)
        c.setFont("LSans", 7.5); c.drawCentredString(W / 2, 10 * mm, "Page %d" % d.page)
        c.restoreState()

    gap = 8 * mm
    cw = (W - 36 * mm - gap) / 2
    f1 = Frame(18 * mm, 16 * mm, cw, H - 52 * mm, id="c1", leftPadding=0, rightPadding=0)
    f2 = Frame(18 * mm + cw + gap, 16 * mm, cw, H - 52 * mm, id="c2", leftPadding=0, rightPadding=0)
    doc = BaseDocTemplate(out, pagesize=A4, title=p["full_name"] + " CV")
    doc.addPageTemplates([PageTemplate(id="two", frames=[f1, f2], onPage=page)])
    sec = S("sec", "LSans-B", 10.5, 14, textColor=colors.HexColor("#0B3C5D"), spaceBefore=6, spaceAfter=2)
    body = S("b", "LSans", 8.8, 11.2)
    st = []
    for title, items in p["sections"]:
        if title == p.get("colbreak"):
            st.append(FrameBreak())
        st.append(Paragraph(esc(title), sec))
        st.append(HRFlowable(width="100%", thickness=0.4, color=colors.grey, spaceAfter=3))
        for it in items:
            if it["kind"] == "text":
                st.append(Paragraph(esc(it["text"]), body))
            else:
                st.append(Paragraph("<b>%s</b>" % esc(it["title"]), body))
                st.append(Paragraph("<i>%s</i> — %s" % (esc(it["where"]), esc(it["date"])), body))
                for b in it["bullets"]:
                    st.append(Paragraph("– " + esc(b), body))
            st.append(Spacer(1, 3))
    doc.build(st)


# ------------------------------------------------------------------ rl_sidebar: sidebar drawn on canvas with contacts
def rl_sidebar(p, out):
    fonts()
    W, H = letter
    SB = 62 * mm
    side_sections = [s for s in p["sections"] if s[0] in ("References",)]
    main_sections = [s for s in p["sections"] if s[0] not in ("References",)]

    def page(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#2E3B4E"))
        c.rect(0, 0, SB, H, stroke=0, fill=1)
        if d.page == 1:
            y = H - 25 * mm
            c.setFillColor(colors.white)
            c.setFont("LSans-B", 11); c.drawString(8 * mm, y, "CONTACT"); y -= 7 * mm
            c.setFont("LSans", 8.3)
            for line in [p["phone_disp"], p["email"], "Hamra Street, Ras Beirut", "Lebanon"]:
                c.drawString(8 * mm, y, line); y -= 5 * mm
            y -= 5 * mm
            c.setFont("LSans-B", 11); c.drawString(8 * mm, y, "PERSONAL"); y -= 7 * mm
            c.setFont("LSans", 8.3)
            for line in p["personal"]:
                c.drawString(8 * mm, y, line); y -= 5 * mm
            y -= 5 * mm
            c.setFont("LSans-B", 11); c.drawString(8 * mm, y, "EXAMS"); y -= 7 * mm
            c.setFont("LSans", 8.3)
            for line in ["USMLE Step 1: Pass", "USMLE Step 2 CK: 256", "ECFMG: Certified (2024)", "Visa: J-1 required", "NBME Form 31 (practice): 262"]:
                c.drawString(8 * mm, y, line); y -= 5 * mm
            y -= 5 * mm
            c.setFont("LSans-B", 11); c.drawString(8 * mm, y, "LANGUAGES"); y -= 7 * mm
            c.setFont("LSans", 8.3)
            for line in ["Arabic – native", "French – native", "English – fluent"]:
                c.drawString(8 * mm, y, line); y -= 5 * mm
            y -= 5 * mm
            c.setFont("LSans-B", 11); c.drawString(8 * mm, y, "INTERESTS"); y -= 7 * mm
            c.setFont("LSans", 8.3)
            for line in ["Neurology (vascular,", "neuromuscular)", "Oud, long-distance cycling"]:
                c.drawString(8 * mm, y, line); y -= 5 * mm
        c.restoreState()

    frame = Frame(SB + 10 * mm, 15 * mm, W - SB - 22 * mm, H - 30 * mm, id="main")
    doc = BaseDocTemplate(out, pagesize=letter, title="Karim Haddad - Curriculum Vitae")
    doc.addPageTemplates([PageTemplate(id="sb", frames=[frame], onPage=page)])
    st = [Paragraph(esc(p["display_name"]), S("n", "LSerif-B", 24, 28)),
          Paragraph(esc(p["headline"]), S("hl", "LSerif-I", 11, 15, textColor=colors.HexColor("#555555"))), Spacer(1, 8)]
    sec = S("sec", "LSerif-B", 12, 15, textColor=colors.HexColor("#2E3B4E"), spaceBefore=8, spaceAfter=3)
    body = S("b", "LSerif", 9.5, 12.3)
    for title, items in main_sections + side_sections:
        st.append(Paragraph(esc(title), sec))
        for it in items:
            if it["kind"] == "text":
                st.append(Paragraph(esc(it["text"]), body))
            else:
                st.append(Paragraph("<b>%s</b>, %s <font color='#777777'>(%s)</font>" % (esc(it["title"]), esc(it["where"]), esc(it["date"])), body))
                for b in it["bullets"]:
                    st.append(Paragraph("· " + esc(b), body))
            st.append(Spacer(1, 2.5))
    doc.build(st)


# ------------------------------------------------------------------ rl_rightdates: dates right aligned
def rl_rightdates(p, out):
    fonts()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                            title="Curriculum Vitae")
    st = [name_para(p, S("n", "DJ-B", 18, 23, alignment=TA_CENTER)),
          Paragraph(esc(p["headline"]), S("hl", "DJ", 10, 14, alignment=TA_CENTER)),
          Paragraph(esc("%s  |  %s  |  %s" % (p["email"], p["phone_disp"], p["address"])), S("c", "DJ", 8.5, 12, alignment=TA_CENTER)),
          Paragraph(esc(" · ".join(p["personal"])), S("c2", "DJ", 8.5, 12, alignment=TA_CENTER)),
          Spacer(1, 4), HRFlowable(width="100%", thickness=0.8, color=colors.black), Spacer(1, 4)]
    sec = S("sec", "DJ-B", 10.5, 14, spaceBefore=6, spaceAfter=2)
    body = S("b", "DJ", 9, 11.8)
    left = S("l", "DJ", 9, 11.8)
    right = S("r", "DJ", 9, 11.8, alignment=TA_RIGHT)
    for title, items in p["sections"]:
        st.append(Paragraph(esc(title.upper()), sec))
        st.append(HRFlowable(width="100%", thickness=0.3, color=colors.grey, spaceAfter=3))
        for it in items:
            if it["kind"] == "text":
                st.append(Paragraph(esc(it["text"]), body))
            else:
                t = Table([[Paragraph("<b>%s</b><br/>%s" % (esc(it["title"]), esc(it["where"])), left), Paragraph(esc(it["date"]), right)]],
                          colWidths=[130 * mm, 40 * mm])
                t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                       ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
                st.append(t)
                for b in it["bullets"]:
                    st.append(Paragraph("• " + esc(b), body))
            st.append(Spacer(1, 2))
    doc.build(st)


# ------------------------------------------------------------------ rl_smallcaps: small-caps headings
def smallcaps(text, size):
    out = []
    for ch in text:
        if ch.islower():
            out.append('<font size="%.1f">%s</font>' % (size * 0.78, esc(ch.upper())))
        else:
            out.append(esc(ch))
    return "".join(out)


def rl_smallcaps(p, out):
    fonts()
    doc = SimpleDocTemplate(out, pagesize=letter, leftMargin=0.9 * 72, rightMargin=0.9 * 72, topMargin=0.7 * 72, bottomMargin=0.7 * 72,
                            title=p["full_name"])
    st = [Paragraph(smallcaps(p["display_name"], 20), S("n", "LSerif", 20, 24, alignment=TA_CENTER)),
          Paragraph(esc(p["address"]) + "<br/>" + esc(p["phone_disp"]) + " &nbsp;&#8226;&nbsp; " + esc(p["email"]),
                    S("c", "LSerif", 9.5, 12.5, alignment=TA_CENTER)),
          Paragraph(esc(" · ".join(p["personal"])), S("c2", "LSerif-I", 9, 12, alignment=TA_CENTER)), Spacer(1, 6)]
    body = S("b", "LSerif", 10, 13)
    for title, items in p["sections"]:
        st.append(Paragraph(smallcaps(title, 12.5), S("sec", "LSerif-B", 12.5, 16, spaceBefore=8)))
        st.append(HRFlowable(width="100%", thickness=0.5, color=colors.black, spaceAfter=3))
        for it in items:
            if it["kind"] == "text":
                st.append(Paragraph(esc(it["text"]), body))
            else:
                st.append(Paragraph("<b>%s</b> &nbsp;&nbsp;<i>%s</i>" % (esc(it["where"]), esc(it["date"])), body))
                st.append(Paragraph(esc(it["title"]), S("t", "LSerif-I", 10, 13, leftIndent=12)))
                for b in it["bullets"]:
                    st.append(Paragraph("&#8226; " + esc(b), S("bl", "LSerif", 10, 13, leftIndent=12)))
            st.append(Spacer(1, 3))
    doc.build(st)


# ------------------------------------------------------------------ rl_spaced: letter-spaced headings (canvas charSpace)
class SpacedHeading(Flowable):
    def __init__(self, text, size=10.5, space=3.2):
        super().__init__()
        self.text, self.size, self.space = text, size, space

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.size + 9

    def draw(self):
        c = self.canv
        t = c.beginText(0, 6)
        t.setFont("LSans-B", self.size)
        t.setCharSpace(self.space)
        t.setFillColor(colors.HexColor("#7A1F1F"))
        t.textLine(self.text.upper())
        c.drawText(t)
        c.setStrokeColor(colors.HexColor("#7A1F1F")); c.setLineWidth(0.6)
        c.line(0, 2, self.aw, 2)


def rl_spaced(p, out):
    fonts()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=18 * mm, bottomMargin=18 * mm,
                            title="Resume")
    st = [Paragraph(esc(p["display_name"]), S("n", "LSans-B", 21, 25)),
          Paragraph(esc(p["headline"]), S("hl", "LSans", 10.5, 14, textColor=colors.HexColor("#7A1F1F"))),
          Paragraph(esc(p["email"]) + " | " + esc(p["phone_disp"]) + " | " + esc(p["address"]), S("c", "LSans", 8.8, 12)),
          Paragraph(esc(" | ".join(p["personal"])), S("c2", "LSans", 8.8, 12)), Spacer(1, 6)]
    body = S("b", "LSans", 9.3, 12.2)
    for title, items in p["sections"]:
        st.append(Spacer(1, 4))
        st.append(SpacedHeading(title))
        st.append(Spacer(1, 3))
        for it in items:
            if it["kind"] == "text":
                st.append(Paragraph(esc(it["text"]), body))
            else:
                st.append(Paragraph("<b>%s</b> (%s)" % (esc(it["title"]), esc(it["date"])), body))
                st.append(Paragraph(esc(it["where"]), S("w", "LSans-I", 9.3, 12.2)))
                for b in it["bullets"]:
                    st.append(Paragraph("- " + esc(b), body))
            st.append(Spacer(1, 2.5))
    doc.build(st)


RENDER = dict(rl_table=rl_table, rl_twocol=rl_twocol, rl_sidebar=rl_sidebar, rl_rightdates=rl_rightdates,
              rl_smallcaps=rl_smallcaps, rl_spaced=rl_spaced)
