"""fpdf2 renderers: 005 (running header + Page x of y), 013 (boxed headings + updated line); scan bases."""
from fpdf import FPDF
from common import pub_blocks, is_pub

D = "/usr/share/fonts/truetype/dejavu/"


class CV(FPDF):
    head_txt = ""
    foot_txt = ""
    page_fmt = "Page {n} of {nb}"

    def header(self):
        if self.head_txt and self.page_no() > 1:
            self.set_font("dv", "I", 8); self.set_text_color(110)
            self.cell(0, 5, self.head_txt, align="R", new_x="LMARGIN", new_y="NEXT")
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y()); self.ln(3)
            self.set_text_color(0)

    def footer(self):
        self.set_y(-12); self.set_font("dv", "", 7.5); self.set_text_color(110)
        if self.foot_txt:
            self.cell(0, 4, self.foot_txt, align="L")
            self.set_x(self.l_margin)
        self.cell(0, 4, self.page_fmt.format(n=self.page_no(), nb="{nb}"), align="R")
        self.set_text_color(0)


def _mk(orientation="P", fmt="A4"):
    pdf = CV(orientation, "mm", fmt)
    pdf.add_font("dv", "", D + "DejaVuSans.ttf"); pdf.add_font("dv", "B", D + "DejaVuSans-Bold.ttf")
    pdf.add_font("dv", "I", D + "DejaVuSans-Oblique.ttf"); pdf.add_font("dv", "BI", D + "DejaVuSans-BoldOblique.ttf")
    pdf.add_font("dvs", "", D + "DejaVuSerif.ttf"); pdf.add_font("dvs", "B", D + "DejaVuSerif-Bold.ttf")
    pdf.add_font("dvs", "I", D + "DejaVuSerif-Italic.ttf"); pdf.add_font("dvs", "BI", D + "DejaVuSerif-BoldItalic.ttf")
    pdf.set_auto_page_break(True, 16)
    pdf.alias_nb_pages()
    return pdf


def _body(pdf, p, fam, heading):
    W = pdf.w - pdf.l_margin - pdf.r_margin
    for head, kind, items in p["sections"]:
        heading(pdf, head)
        pdf.set_font(fam, "", 9.5)
        if kind == "entries":
            for e in items:
                y = pdf.get_y()
                if y > pdf.h - 30:
                    pdf.add_page(); y = pdf.get_y()
                pdf.set_font(fam, "", 9); pdf.multi_cell(34, 4.6, e["when"], new_x="RIGHT", new_y="TOP")
                pdf.set_xy(pdf.l_margin + 36, y)
                pdf.set_font(fam, "B", 9.5); pdf.multi_cell(W - 36, 4.8, e["what"], new_x="LMARGIN", new_y="NEXT")
                pdf.set_font(fam, "", 9.5)
                if e["where"]:
                    pdf.set_x(pdf.l_margin + 36); pdf.multi_cell(W - 36, 4.6, e["where"], new_x="LMARGIN", new_y="NEXT")
                for n in e["notes"]:
                    pdf.set_font(fam, "I", 8.8); pdf.set_x(pdf.l_margin + 36)
                    pdf.multi_cell(W - 36, 4.4, n, new_x="LMARGIN", new_y="NEXT"); pdf.set_font(fam, "", 9.5)
                pdf.ln(1.2)
        elif kind == "kv":
            for k, v in items:
                pdf.set_font(fam, "B", 9.5); pdf.cell(48, 5, k)
                pdf.set_font(fam, "", 9.5); pdf.multi_cell(W - 48, 5, v, new_x="LMARGIN", new_y="NEXT")
        elif kind == "bullets":
            for b in items:
                pdf.set_x(pdf.l_margin + 3); pdf.cell(4, 5, "•")
                pdf.multi_cell(W - 7, 5, b, new_x="LMARGIN", new_y="NEXT")
        elif kind == "para":
            pdf.multi_cell(W, 5, items, new_x="LMARGIN", new_y="NEXT")
        elif kind == "refs":
            for n, r, e, ph in items:
                pdf.set_font(fam, "B", 9.5); pdf.multi_cell(W, 5, n, new_x="LMARGIN", new_y="NEXT")
                pdf.set_font(fam, "", 9); pdf.multi_cell(W, 4.6, f"{r}\n{e}  —  {ph}", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
        elif is_pub(kind):
            for sub, texts, numbered in pub_blocks(p, kind):
                if sub:
                    pdf.set_font(fam, "BI", 9.5); pdf.multi_cell(W, 5, sub, new_x="LMARGIN", new_y="NEXT")
                pdf.set_font(fam, "", 8.8)
                for i, t in enumerate(texts, 1):
                    pdf.cell(8, 4.5, f"{i}." if numbered else "–")
                    pdf.multi_cell(W - 8, 4.5, t, new_x="LMARGIN", new_y="NEXT"); pdf.ln(0.8)
        pdf.ln(1)


def fpdf_header_footer(p, path):
    pdf = _mk()
    pdf.head_txt = f"{p['full_name']} — CV (Neurology)"
    pdf.foot_txt = "Curriculum vitae — stan na dzień 15.10.2026"
    pdf.add_page()
    pdf.set_font("dvs", "B", 19); pdf.cell(0, 10, p["display_name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dvs", "", 10)
    pdf.cell(0, 5, "Neurologist · Multiple sclerosis & neuroimmunology · Warsaw, Poland", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, f"{p['address']}", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, f"tel. {p['phone_disp']}    e-mail: {p['email']}    ORCID 0000-0002-7731-4409", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Date of birth: 1978-11-02 · Citizenship: Polish (EU)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def heading(pdf, h):
        if pdf.get_y() > pdf.h - 35:
            pdf.add_page()
        pdf.ln(2); pdf.set_font("dvs", "B", 12); pdf.set_text_color(20, 60, 120)
        pdf.cell(0, 7, h, new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(20, 60, 120); pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.set_text_color(0); pdf.ln(2)
    _body(pdf, p, "dvs", heading)
    if p.get("refs_note"):
        pdf.set_font("dvs", "I", 9.5); pdf.cell(0, 6, p["refs_note"])
    pdf.output(path)


def fpdf_boxed(p, path, fmt="A4", foot=None, head=None, fam="dv"):
    pdf = _mk(fmt=fmt)
    pdf.head_txt = head or f"{p['full_name']} — Curriculum Vitae"
    pdf.foot_txt = foot if foot is not None else p.get("updated", "")
    pdf.page_fmt = "{n}/{nb}"
    pdf.add_page()
    pdf.set_fill_color(235, 235, 235)
    pdf.set_font(fam, "B", 18); pdf.cell(0, 11, p["display_name"], align="C", new_x="LMARGIN", new_y="NEXT", fill=True)
    pdf.set_font(fam, "", 9)
    pdf.cell(0, 5, p["address"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, f"Mobile: {p['phone_disp']}   |   Email: {p['email']}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def heading(pdf, h):
        if pdf.get_y() > pdf.h - 35:
            pdf.add_page()
        pdf.ln(2); pdf.set_font(fam, "B", 10.5); pdf.set_fill_color(40, 40, 40); pdf.set_text_color(255)
        pdf.cell(0, 6.5, "  " + h.upper(), new_x="LMARGIN", new_y="NEXT", fill=True)
        pdf.set_text_color(0); pdf.ln(2)
    _body(pdf, p, fam, heading)
    pdf.output(path)
