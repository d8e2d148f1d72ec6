"""reportlab renderers: 004 (Page x of y, running header), 012 (two-column tables); also scan bases."""
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from xml.sax.saxutils import escape as esc
from common import pub_blocks, is_pub

D = "/usr/share/fonts/truetype/dejavu/"
L = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("DV", D + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", D + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", D + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("LS", L + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", L + "LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSI", L + "LiberationSerif-Italic.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVB")
registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSB")


def numbered_canvas(header, footer_left):
    class NC(canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k); self._saved = []
        def showPage(self):
            self._saved.append(dict(self.__dict__)); self._startPage()
        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                w, h = self._pagesize
                self.setFont("LS", 8); self.setFillGray(0.35)
                if header:
                    self.drawString(18 * mm, h - 11 * mm, header)
                    self.line(18 * mm, h - 12.5 * mm, w - 18 * mm, h - 12.5 * mm)
                self.drawString(18 * mm, 10 * mm, footer_left)
                self.drawRightString(w - 18 * mm, 10 * mm, f"Page {self._pageNumber} of {n}")
                super().showPage()
            super().save()
    return NC


def _styles(font="LS", base=10):
    return {
        "name": ParagraphStyle("name", fontName=font + "B" if font == "LS" else "DVB", fontSize=base + 9, leading=base + 13, spaceAfter=2),
        "sub": ParagraphStyle("sub", fontName=font, fontSize=base - 0.5, leading=base + 3),
        "h": ParagraphStyle("h", fontName=font + "B" if font == "LS" else "DVB", fontSize=base + 1.5, leading=base + 5, spaceBefore=9, spaceAfter=4,
                            textColor=colors.HexColor("#1b4332")),
        "b": ParagraphStyle("b", fontName=font, fontSize=base, leading=base + 3, spaceAfter=1.5),
        "bl": ParagraphStyle("bl", fontName=font, fontSize=base, leading=base + 3, leftIndent=12, bulletIndent=2),
        "pub": ParagraphStyle("pub", fontName=font, fontSize=base - 1, leading=base + 2, leftIndent=16, firstLineIndent=-16, spaceAfter=2.5),
        "sm": ParagraphStyle("sm", fontName=font, fontSize=base - 1, leading=base + 2),
    }


def _story(p, S, twocol=False, upper=True):
    st = []
    for head, kind, items in p["sections"]:
        st.append(Paragraph(esc(head.upper() if upper else head), S["h"]))
        if kind == "entries":
            if twocol:
                rows = [[Paragraph(esc(e["when"]), S["sm"]),
                         Paragraph(f"<b>{esc(e['what'])}</b>" + (f"<br/>{esc(e['where'])}" if e["where"] else "")
                                   + "".join(f"<br/><i>{esc(n)}</i>" for n in e["notes"]), S["b"])] for e in items]
                t = Table(rows, colWidths=[38 * mm, 134 * mm])
                t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey)]))
                st.append(t)
            else:
                for e in items:
                    txt = f"<b>{esc(e['when'])}</b> — {esc(e['what'])}" + (f", {esc(e['where'])}" if e["where"] else "")
                    st.append(Paragraph(txt, S["b"]))
                    for n in e["notes"]:
                        st.append(Paragraph(f"<i>{esc(n)}</i>", S["bl"]))
        elif kind == "kv":
            t = Table([[Paragraph(f"<b>{esc(k)}</b>", S["b"]), Paragraph(esc(v), S["b"])] for k, v in items], colWidths=[50 * mm, 120 * mm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            st.append(t)
        elif kind == "bullets":
            for b in items:
                st.append(Paragraph(esc(b), S["bl"], bulletText="•"))
        elif kind == "para":
            st.append(Paragraph(esc(items), S["b"]))
        elif kind == "refs":
            for n, r, e, ph in items:
                st.append(KeepTogether([Paragraph(f"<b>{esc(n)}</b>", S["b"]), Paragraph(esc(r), S["sm"]),
                                        Paragraph(f"{esc(e)} | {esc(ph)}", S["sm"]), Spacer(1, 4)]))
        elif is_pub(kind):
            for sub, texts, numbered in pub_blocks(p, kind):
                if sub:
                    st.append(Paragraph(f"<u>{esc(sub)}</u>", S["b"]))
                for i, t in enumerate(texts, 1):
                    st.append(Paragraph(f"{i}.&nbsp;&nbsp;{esc(t)}" if numbered else esc(t), S["pub"],
                                        bulletText=None if numbered else "–"))
    return st


def rl_numbered(p, path, header=None, footer_left="", title_lines=None, pagesize=A4, font="LS"):
    S = _styles(font)
    doc = SimpleDocTemplate(path, pagesize=pagesize, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title=f"CV {p['full_name']}", author=p["full_name"])
    st = [Paragraph(esc(p["display_name"]), S["name"])]
    for line in (title_lines or []):
        st.append(Paragraph(line, S["sub"]))
    st.append(Spacer(1, 6))
    st += _story(p, S)
    doc.build(st, canvasmaker=numbered_canvas(header, footer_left))


def rl_two_col(p, path, pagesize=LETTER, font="DV", banner="#3d405b", footer="", header_line=True):
    S = _styles(font, 9.5)
    S["h"].textColor = colors.HexColor(banner)
    doc = SimpleDocTemplate(path, pagesize=pagesize, leftMargin=16 * mm, rightMargin=16 * mm, topMargin=34 * mm,
                            bottomMargin=16 * mm, title=f"{p['full_name']} CV")

    def first(c, d):
        w, h = pagesize
        c.saveState(); c.setFillColor(colors.HexColor(banner)); c.rect(0, h - 28 * mm, w, 28 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white); c.setFont("DVB", 17); c.drawString(16 * mm, h - 13 * mm, p["display_name"])
        c.setFont("DV", 8.5)
        c.drawString(16 * mm, h - 20 * mm, f"{p['email']}   ·   {p['phone_disp']}")
        c.drawString(16 * mm, h - 24.5 * mm, p["address"])
        c.setFillColor(colors.grey); c.setFont("DV", 7.5); c.drawCentredString(w / 2, 8 * mm, footer + f"  p. {d.page}")
        c.restoreState()

    def later(c, d):
        w, h = pagesize
        c.saveState(); c.setFont("DV", 7.5); c.setFillColor(colors.grey)
        if header_line:
            c.drawString(16 * mm, h - 12 * mm, f"{p['full_name']} — Curriculum Vitae")
            c.line(16 * mm, h - 13.5 * mm, w - 16 * mm, h - 13.5 * mm)
        c.drawCentredString(w / 2, 8 * mm, footer + f"  p. {d.page}")
        c.restoreState()

    doc.build(_story(p, S, twocol=True, upper=False), onFirstPage=first, onLaterPages=later)
