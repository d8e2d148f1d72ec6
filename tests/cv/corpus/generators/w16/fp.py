# -*- coding: utf-8 -*-
"""fpdf2 renderers."""
from fpdf import FPDF
from fpdf.enums import XPos, YPos

LIB = "/usr/share/fonts/truetype/liberation/"
DJ = "/usr/share/fonts/truetype/dejavu/"
NL = dict(new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def base(cls=FPDF, **kw):
    pdf = cls(format=kw.pop("format", "A4"), unit="mm")
    pdf.add_font("DejaVu", "", DJ + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", DJ + "DejaVuSans-Bold.ttf")
    pdf.add_font("DejaVu", "I", DJ + "DejaVuSans-Oblique.ttf")
    pdf.add_font("Lib", "", LIB + "LiberationSans-Regular.ttf")
    pdf.add_font("Lib", "B", LIB + "LiberationSans-Bold.ttf")
    pdf.add_font("Lib", "I", LIB + "LiberationSans-Italic.ttf")
    pdf.add_font("CJK", "", "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")
    return pdf


# ------------------------------------------------------------------ fpdf_multicell: plain multi_cell flow
def fpdf_multicell(p, out):
    pdf = base()
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 18)
    pdf.set_title("CV " + p["full_name"])
    pdf.add_page()
    pdf.set_font("Lib", "B", 17)
    pdf.multi_cell(0, 8, p["display_name"], **NL)
    pdf.set_font("Lib", "", 10)
    pdf.multi_cell(0, 5, p["headline"], **NL)
    pdf.multi_cell(0, 5, "Tel/WhatsApp: %s    Email: %s" % (p["phone_disp"], p["email"]), **NL)
    pdf.multi_cell(0, 5, p["address"] + ("    " + " ".join(p["personal"]) if p["personal"] else ""), **NL)
    pdf.ln(2)
    pdf.line(20, pdf.get_y(), 190, pdf.get_y())
    pdf.ln(3)
    for title, items in p["sections"]:
        pdf.set_font("Lib", "B", 11)
        pdf.multi_cell(0, 6, title, **NL)
        pdf.set_font("Lib", "", 9.5)
        for it in items:
            if it["kind"] == "text":
                pdf.multi_cell(0, 4.8, it["text"], **NL)
            else:
                pdf.set_font("Lib", "B", 9.5)
                pdf.multi_cell(0, 4.8, "%s   [%s]" % (it["title"], it["date"]), **NL)
                pdf.set_font("Lib", "", 9.5)
                pdf.multi_cell(0, 4.8, it["where"], **NL)
                for b in it["bullets"]:
                    pdf.multi_cell(0, 4.8, "  - " + b, **NL)
            pdf.ln(1)
        pdf.ln(2)
    pdf.output(out)


# ------------------------------------------------------------------ fpdf_band: dark header band with white text
def fpdf_band(p, out):
    pdf = base()
    pdf.set_margins(16, 14, 16)
    pdf.set_auto_page_break(True, 16)
    pdf.add_page()
    pdf.set_fill_color(28, 37, 54)
    pdf.rect(0, 0, 210, 42, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(16, 10)
    pdf.set_font("DejaVu", "B", 20)
    pdf.cell(0, 9, p["display_name"], **NL)
    if p.get("native_name"):
        pdf.set_font("CJK", "", 12)
        pdf.set_x(16)
        pdf.cell(0, 6, p["native_name"], **NL)
    pdf.set_font("DejaVu", "", 10)
    pdf.set_x(16)
    pdf.cell(0, 6, p["headline"], **NL)
    pdf.set_font("DejaVu", "", 8.5)
    pdf.set_x(16)
    pdf.cell(0, 5, "%s  ·  %s  ·  %s" % (p["phone_disp"], p["email"], p["address"]), **NL)
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(48)
    pdf.set_font("DejaVu", "", 8.5)
    pdf.multi_cell(0, 4.5, " · ".join(p["personal"]), **NL)
    pdf.ln(2)
    for title, items in p["sections"]:
        pdf.set_font("DejaVu", "B", 11)
        pdf.set_text_color(28, 37, 54)
        pdf.cell(0, 7, title, border="B", **NL)
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1)
        for it in items:
            if it["kind"] == "text":
                pdf.set_font("DejaVu", "", 9)
                pdf.multi_cell(0, 4.6, it["text"], **NL)
            else:
                y = pdf.get_y()
                pdf.set_font("DejaVu", "B", 9.3)
                pdf.multi_cell(135, 4.8, it["title"], new_x=XPos.RIGHT, new_y=YPos.TOP)
                pdf.set_xy(151, y)
                pdf.set_font("DejaVu", "", 8.5)
                pdf.cell(43, 4.8, it["date"], align="R", **NL)
                pdf.set_font("DejaVu", "I", 8.8)
                pdf.multi_cell(0, 4.6, it["where"], **NL)
                pdf.set_font("DejaVu", "", 8.8)
                for b in it["bullets"]:
                    pdf.multi_cell(0, 4.6, "• " + b, **NL)
            pdf.ln(1)
        pdf.ln(2)
    pdf.output(out)


# ------------------------------------------------------------------ fpdf_bordered: every entry in a bordered table
def fpdf_bordered(p, out):
    pdf = base()
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 18)
    pdf.cell(0, 9, p["display_name"], align="C", **NL)
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 6, p["headline"], align="C", **NL)
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 9)
    with pdf.table(col_widths=(22, 72, 20, 66), text_align="LEFT", first_row_as_headings=False, line_height=5.5) as t:
        r = t.row(); r.cell("Phone"); r.cell(p["phone_disp"]); r.cell("E-mail"); r.cell(p["email"])
        r = t.row(); r.cell("Address"); r.cell(p["address"]); r.cell("Personal"); r.cell(", ".join(p["personal"]))
    pdf.ln(4)
    for title, items in p["sections"]:
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.set_fill_color(220, 230, 241)
        pdf.cell(0, 7, "  " + title, border=1, fill=True, **NL)
        pdf.set_font("DejaVu", "", 8.8)
        with pdf.table(col_widths=(35, 145), text_align="LEFT", first_row_as_headings=False, line_height=4.8) as t:
            for it in items:
                r = t.row()
                if it["kind"] == "text":
                    r.cell("", ); r.cell(it["text"])
                else:
                    r.cell(it["date"])
                    r.cell("\n".join([it["title"], it["where"]] + ["• " + b for b in it["bullets"]]))
        pdf.ln(3)
    pdf.output(out)


# ------------------------------------------------------------------ fpdf_footer3p: 3 pages, contacts only in the footer
def fpdf_footer3p(p, out):
    class CV(FPDF):
        def footer(self):
            self.set_y(-16)
            self.set_draw_color(120, 120, 120)
            self.line(18, self.get_y(), 192, self.get_y())
            self.set_font("DejaVu", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4.5, "%s  |  %s  |  %s" % (p["address"], p["phone_disp"], p["email"]), align="C", **NL)
            self.cell(0, 4, "Page %d of {nb}" % self.page_no(), align="C")
            self.set_text_color(0, 0, 0)

    pdf = base(CV)
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, 24)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 22)
    pdf.cell(0, 11, p["display_name"], **NL)
    pdf.set_font("DejaVu", "", 11)
    pdf.cell(0, 6, p["headline"] + "  —  " + " ".join(p["personal"]), **NL)
    pdf.ln(4)
    for i, (title, items) in enumerate(p["sections"]):
        if title in ("Clinical experience in Romania", "Skills and certificates"):
            pdf.add_page()
        pdf.set_font("DejaVu", "B", 12.5)
        pdf.cell(0, 8, title.upper(), **NL)
        pdf.set_draw_color(0, 0, 0)
        pdf.line(22, pdf.get_y(), 188, pdf.get_y())
        pdf.ln(2.5)
        for it in items:
            if it["kind"] == "text":
                pdf.set_font("DejaVu", "", 10)
                pdf.multi_cell(0, 5.6, it["text"], **NL)
                pdf.ln(1.5)
            else:
                pdf.set_font("DejaVu", "B", 10)
                pdf.multi_cell(0, 5.6, it["title"], **NL)
                pdf.set_font("DejaVu", "I", 9.5)
                pdf.multi_cell(0, 5.2, "%s  —  %s" % (it["where"], it["date"]), **NL)
                pdf.set_font("DejaVu", "", 9.8)
                for b in it["bullets"]:
                    pdf.set_x(28)
                    pdf.multi_cell(0, 5.4, "•  " + b, **NL)
                pdf.ln(3)
        pdf.ln(4)
    pdf.output(out)


RENDER = dict(fpdf_multicell=fpdf_multicell, fpdf_band=fpdf_band, fpdf_bordered=fpdf_bordered, fpdf_footer3p=fpdf_footer3p)
