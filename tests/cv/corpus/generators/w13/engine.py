# -*- coding: utf-8 -*-
"""Tiny absolute-positioning text engine with reportlab and fpdf2 backends (text placed word/char-wise)."""
import os

FONTDIRS = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation",
            "/usr/share/fonts/truetype/noto", "/usr/share/fonts/opentype/noto", "/usr/share/fonts/truetype/crosextra"]


def fontpath(fn):
    for d in FONTDIRS:
        p = os.path.join(d, fn)
        if os.path.exists(p):
            return p
    raise FileNotFoundError(fn)


FAMILIES = {
    "dejavu": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
    "dejavuserif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"),
    "libsans": ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf"),
    "libserif": ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf"),
    "notosans": ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf"),
    "notoserif": ("NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf", "NotoSerif-Italic.ttf"),
}


class RL:
    def __init__(self, path, pagesize=(595.28, 841.89)):
        from reportlab.pdfgen import canvas
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        self.pm, self.TTFont = pdfmetrics, TTFont
        self.W, self.H = pagesize
        self.c = canvas.Canvas(path, pagesize=pagesize)
        self.c.setTitle("CV")
        self.fonts = set()
        self.cur = None

    def reg(self, key, fn):
        if key not in self.fonts:
            self.pm.registerFont(self.TTFont(key, fontpath(fn)))
            self.fonts.add(key)

    def font(self, key, size):
        self.cur = (key, size)
        self.c.setFont(key, size)

    def width(self, s):
        return self.pm.stringWidth(s, *self.cur)

    def text(self, x, y, s):  # y from top, baseline
        self.c.drawString(x, self.H - y, s)

    def color(self, r, g, b):
        self.c.setFillColorRGB(r / 255, g / 255, b / 255)
        self.c.setStrokeColorRGB(r / 255, g / 255, b / 255)

    def rect(self, x, y, w, h):
        self.c.rect(x, self.H - y - h, w, h, stroke=0, fill=1)

    def line(self, x1, y1, x2, y2, lw=0.5):
        self.c.setLineWidth(lw)
        self.c.line(x1, self.H - y1, x2, self.H - y2)

    def rotated(self, x, y, s, angle=90):
        self.c.saveState()
        self.c.translate(x, self.H - y)
        self.c.rotate(angle)
        self.c.drawString(0, 0, s)
        self.c.restoreState()

    def newpage(self):
        self.c.showPage()
        if self.cur:
            self.c.setFont(*self.cur)

    def save(self):
        self.c.save()


class FP:
    def __init__(self, path, pagesize=(595.28, 841.89), shaping=False):
        from fpdf import FPDF
        self.path = path
        self.W, self.H = pagesize
        self.p = FPDF(unit="pt", format=pagesize)
        self.p.set_auto_page_break(False)
        self.p.set_title("Curriculum Vitae")
        self.p.add_page()
        self.fonts = set()
        self.shaping = shaping
        self.cur = None

    def reg(self, key, fn):
        if key not in self.fonts:
            self.p.add_font(key, "", fontpath(fn))
            self.fonts.add(key)

    def font(self, key, size):
        self.cur = (key, size)
        self.p.set_font(key, "", size)

    def width(self, s):
        return self.p.get_string_width(s)

    def text(self, x, y, s):
        self.p.text(x, y, s)

    def color(self, r, g, b):
        self.p.set_text_color(r, g, b)
        self.p.set_fill_color(r, g, b)
        self.p.set_draw_color(r, g, b)

    def rect(self, x, y, w, h):
        self.p.rect(x, y, w, h, style="F")

    def line(self, x1, y1, x2, y2, lw=0.5):
        self.p.set_line_width(lw)
        self.p.line(x1, y1, x2, y2)

    def rotated(self, x, y, s, angle=90):
        with self.p.rotation(angle, x, y):
            self.p.text(x, y, s)

    def newpage(self):
        self.p.add_page()

    def save(self):
        self.p.output(self.path)


class Flow:
    """Cursor-based layout on top of a backend. mode: 'word' | 'char' | 'line'."""

    def __init__(self, be, family="dejavu", x0=56, x1=None, top=60, bottom=70, mode="word", on_newpage=None):
        self.be, self.x0, self.top, self.bottom, self.mode = be, x0, top, bottom, mode
        self.x1 = x1 if x1 is not None else be.W - 56
        self.y = top
        self.on_newpage = on_newpage
        self.page = 1
        self.setfamily(family)

    def setfamily(self, family):
        r, b, i = FAMILIES[family]
        self.be.reg(family + "-R", r)
        self.be.reg(family + "-B", b)
        self.be.reg(family + "-I", i)
        self.fam = family

    def f(self, style, size):
        self.be.font(self.fam + "-" + style, size)
        self.size = size

    def need(self, h):
        if self.y + h > self.be.H - self.bottom:
            self.be.newpage()
            self.page += 1
            self.y = self.top
            if self.on_newpage:
                self.on_newpage(self)

    def put(self, x, y, s, mode=None, spacing=0.0):
        mode = mode or self.mode
        be = self.be
        if mode == "char" or spacing:
            cx = x
            for ch in s:
                if ch != " ":
                    be.text(cx, y, ch)
                cx += be.width(ch) + spacing
            return cx
        if mode == "word":
            cx = x
            sw = be.width(" ")
            for w in s.split(" "):
                if w:
                    be.text(cx, y, w)
                cx += be.width(w) + sw
            return cx
        be.text(x, y, s)
        return x + be.width(s)

    def wrap(self, s, width):
        words, lines, cur = s.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if self.be.width(t) <= width or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    def para(self, s, style="R", size=9.5, lead=None, indent=0, justify=False, x=None, x1=None, mode=None):
        lead = lead or size * 1.35
        self.f(style, size)
        xa = (x if x is not None else self.x0) + indent
        xb = x1 if x1 is not None else self.x1
        lines = self.wrap(s, xb - xa)
        for k, ln in enumerate(lines):
            self.need(lead)
            self.y += lead
            self.f(style, size)
            if justify and k < len(lines) - 1 and " " in ln:
                ws = ln.split(" ")
                tot = sum(self.be.width(w) for w in ws)
                gap = (xb - xa - tot) / (len(ws) - 1)
                cx = xa
                for w in ws:
                    self.put(cx, self.y, w, mode=mode)
                    cx += self.be.width(w) + gap
            else:
                self.put(xa, self.y, ln, mode=mode)

    def right(self, s, y, style="R", size=9, x1=None):
        self.f(style, size)
        xb = x1 if x1 is not None else self.x1
        self.put(xb - self.be.width(s), y, s)
