# -*- coding: utf-8 -*-
"""reportlab, fpdf2 and plain-text renderers."""
from xml.sax.saxutils import escape as x
from content import blocks, contact_line
from reportlab.lib.pagesizes import letter, A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

DV = "/usr/share/fonts/truetype/dejavu/"
LIB = "/usr/share/fonts/truetype/liberation/"
for nm, f in [("DV", DV + "DejaVuSans.ttf"), ("DV-B", DV + "DejaVuSans-Bold.ttf"), ("DV-I", DV + "DejaVuSans-Oblique.ttf"),
              ("LS", LIB + "LiberationSerif-Regular.ttf"), ("LS-B", LIB + "LiberationSerif-Bold.ttf"), ("LS-I", LIB + "LiberationSerif-Italic.ttf")]:
    pdfmetrics.registerFont(TTFont(nm, f))
from reportlab.lib.fonts import addMapping
addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DV-B"); addMapping("DV", 0, 1, "DV-I"); addMapping("DV", 1, 1, "DV-B")
addMapping("LS", 0, 0, "LS"); addMapping("LS", 1, 0, "LS-B"); addMapping("LS", 0, 1, "LS-I"); addMapping("LS", 1, 1, "LS-B")


def make_numbered_canvas(draw_fn):
    class NC(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k); self._saved = []
        def showPage(self):
            self._saved.append(dict(self.__dict__)); self._startPage()
        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st); draw_fn(self, self._pageNumber, n); super().showPage()
            super().save()
    return NC


def reportlab_pdf(p, path, variant):
    font = "LS" if variant == "template" else "DV"
    base = 10.5 if font == "LS" else 9.6
    def S(name, **kw):
        d = dict(fontName=font, fontSize=base, leading=base * 1.3); d.update(kw)
        return ParagraphStyle(name, **d)
    sN = S("n"); sH = S("h", fontSize=12, leading=15, spaceBefore=9, spaceAfter=3, textColor=colors.HexColor("#8b0000"))
    sSub = S("s", spaceBefore=4); sB = S("b", leftIndent=12, bulletIndent=2); sNum = S("num", leftIndent=18, firstLineIndent=-18, spaceAfter=2)
    sName = S("nm", fontSize=18, leading=22, spaceAfter=3)
    W, Hh = letter
    story = []
    if variant == "template":
        story.append(Paragraph(f"<b>{x(p['display'])}</b>", sName))
        story.append(Paragraph(x(contact_line(p)), sN))
    else:  # footer_contacts: no contacts in the body at all
        story.append(Paragraph(f"<b>{x(p['display'])}</b>", sName))
        story.append(Paragraph("Curriculum Vitae", sN))
    for blk in blocks(p):
        k = blk[0]
        if k == "h":
            story.append(Paragraph(f"<b>{x(blk[1])}</b>", sH))
        elif k == "subh":
            story.append(Paragraph(f"<b><i>{x(blk[1])}</i></b>", sSub))
        elif k == "p":
            story.append(Paragraph(x(blk[1]), sN))
        elif k == "ul":
            for i in blk[1]:
                story.append(Paragraph(x(i), sB, bulletText="•"))
        elif k == "ol":
            for n, i in enumerate(blk[1], blk[2]):
                story.append(Paragraph(f"{n}.&nbsp;&nbsp;{x(i)}", sNum))
        elif k == "entry":
            e = blk[1]
            t = Table([[Paragraph(f"<b>{x(e['title'])}</b>", sN), Paragraph(x(e["dates"]), S("r", alignment=2))]], colWidths=[120 * mm, 52 * mm])
            t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
            story.append(t)
            story.append(Paragraph(f"<i>{x(e['org'])}, {x(e['place'])}</i>", sN))
            for b in e["bullets"]:
                if b:
                    story.append(Paragraph(x(b), sB, bulletText="–"))
        elif k == "ref":
            r = blk[1]
            story.append(KeepTogether([Paragraph(f"<b>{x(r['name'])}</b>", S("rn", spaceBefore=5)),
                                       Paragraph(x(f"{r['title']}, {r['inst']}, {r['city']}"), sN),
                                       Paragraph(x(f"E-mail: {r['email']}   Phone: {r['phone']}"), sN)]))

    def deco(c, page, total):
        c.saveState()
        if variant == "template":
            c.setFont("LS-I", 8.5)
            if page > 1:
                c.drawString(20 * mm, Hh - 12 * mm, f"{p['name']} — Curriculum Vitae")
                c.drawRightString(W - 20 * mm, Hh - 12 * mm, p["email"])
                c.setLineWidth(0.4); c.line(20 * mm, Hh - 13.5 * mm, W - 20 * mm, Hh - 13.5 * mm)
            c.setFont("LS", 8.5); c.drawCentredString(W / 2, 10 * mm, f"Page {page} of {total}")
        else:
            c.setFont("DV", 7.5); c.setFillColor(colors.HexColor("#333333"))
            c.line(18 * mm, 15 * mm, W - 18 * mm, 15 * mm)
            c.drawString(18 * mm, 11 * mm, f"{p['name']}  ·  {p['email']}  ·  {p['phone']}  ·  {p['address']}")
            c.drawRightString(W - 18 * mm, 11 * mm, f"{page}/{total}")
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=letter, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm, bottomMargin=20 * mm,
                          title=f"CV {p['name']}", author=p["name"])
    fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="all", frames=[fr])])
    doc.build(story, canvasmaker=make_numbered_canvas(deco))


def fpdf_pdf(p, path):
    from fpdf import FPDF

    class CV(FPDF):
        def header(self):
            self.set_font("DV", "", 8); self.set_text_color(90, 90, 90)
            self.cell(0, 5, f"CURRICULUM VITAE — {p['name'].upper()}", align="L")
            self.cell(0, 5, p["email"], align="R", new_x="LMARGIN", new_y="NEXT")
            self.line(15, 16, 200.9, 16); self.ln(4); self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-13); self.set_font("DV", "", 8)
            self.cell(0, 6, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = CV(format="Letter"); pdf.alias_nb_pages()
    pdf.add_font("DV", "", DV + "DejaVuSans.ttf"); pdf.add_font("DV", "B", DV + "DejaVuSans-Bold.ttf"); pdf.add_font("DV", "I", DV + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(15, 15, 15); pdf.set_auto_page_break(True, 18); pdf.add_page()
    pdf.set_font("DV", "B", 16); pdf.multi_cell(0, 8, p["display"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9.5); pdf.multi_cell(0, 5, contact_line(p), new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
    for blk in blocks(p, pubstyle="unnumbered", heads={"summary": "Profile", "exams": "USMLE / ECFMG / Licensure"}):
        k = blk[0]
        if k == "h":
            pdf.ln(2); pdf.set_font("DV", "B", 11.5); pdf.set_fill_color(225, 235, 245)
            pdf.cell(0, 7, blk[1].upper(), fill=True, new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
        elif k == "subh":
            pdf.set_font("DV", "B", 9.8); pdf.cell(0, 6, blk[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "p":
            pdf.set_font("DV", "", 9.5); pdf.multi_cell(0, 5, blk[1], new_x="LMARGIN", new_y="NEXT")
        elif k in ("ul", "ol"):
            pdf.set_font("DV", "", 9.2)
            for i in blk[1]:
                pdf.set_x(19); pdf.multi_cell(0, 4.7, "■ " + i if k == "ul" else i, new_x="LMARGIN", new_y="NEXT"); pdf.ln(0.6)
        elif k == "entry":
            e = blk[1]
            pdf.set_font("DV", "B", 9.8); y = pdf.get_y()
            pdf.multi_cell(130, 5, e["title"], new_x="RIGHT", new_y="TOP")
            pdf.set_font("DV", "", 9.2); pdf.set_xy(145, y); pdf.multi_cell(0, 5, e["dates"], align="R", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DV", "I", 9.2); pdf.multi_cell(0, 5, f"{e['org']}, {e['place']}", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DV", "", 9.2)
            for b in e["bullets"]:
                if b:
                    pdf.set_x(19); pdf.multi_cell(0, 4.7, "– " + b, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif k == "ref":
            r = blk[1]
            pdf.set_font("DV", "B", 9.5); pdf.cell(0, 5, r["name"], new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DV", "", 9.2); pdf.multi_cell(0, 4.7, f"{r['title']}, {r['inst']}, {r['city']}\nEmail: {r['email']}   Tel: {r['phone']}", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
    pdf.set_title(f"CV - {p['name']}"); pdf.output(path)


def text_cv(p, path, width=92, lines_per_page=62):
    import textwrap
    L = []
    def wrap(s, ind=0, first=None):
        first = first if first is not None else " " * ind
        return textwrap.wrap(s, width=width, initial_indent=first, subsequent_indent=" " * ind) or [""]
    L += [p["display"], contact_line(p).replace("  ·  ", " | "), ""]
    for blk in blocks(p, pubstyle="continuous", heads={"summary": "PROFILE", "edu": "EDUCATION", "exams": "EXAMS AND LICENSURE",
                                                        "teach": "TEACHING", "grants": "AWARDS AND GRANTS", "pubs": "PUBLICATIONS",
                                                        "mem": "MEMBERSHIPS", "skills": "SKILLS", "lang": "LANGUAGES", "refs": "REFERENCES"}):
        k = blk[0]
        if k == "h":
            L += ["", blk[1].upper(), "=" * len(blk[1])]
        elif k == "subh":
            L += ["", blk[1], "-" * len(blk[1])]
        elif k == "p":
            L += wrap(blk[1])
        elif k == "ul":
            for i in blk[1]:
                L += wrap(i, 4, "  * ")
        elif k == "ol":
            for n, i in enumerate(blk[1], blk[2]):
                L += wrap(i, 5, f"{n:>3}. ")
        elif k == "entry":
            e = blk[1]
            L += [""]; L += wrap(f"{e['dates']:<22}{e['title']}", 22, "")
            L += wrap(f"{e['org']}, {e['place']}", 22, " " * 22)
            for b in e["bullets"]:
                if b:
                    L += wrap(b, 24, " " * 22 + "- ")
        elif k == "ref":
            r = blk[1]
            L += ["", r["name"], f"  {r['title']}, {r['inst']}, {r['city']}", f"  E-mail: {r['email']}  Phone: {r['phone']}"]
    body = lines_per_page - 4
    pages = [L[i:i + body] for i in range(0, len(L), body)]
    out = []
    for i, pg in enumerate(pages, 1):
        if i > 1:
            out += [f"{p['name']} - Curriculum Vitae".ljust(width - 12) + f"Page {i} of {len(pages)}".rjust(12), ""]
        out += pg
        out += [""] * (body - len(pg) + (2 if i == 1 else 0))
        out += ["", f"--- Page {i} of {len(pages)} ---".center(width)]
        if i < len(pages):
            out.append("\f")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out).replace("\n\f\n", "\n\f") + "\n")
    return len(pages)
