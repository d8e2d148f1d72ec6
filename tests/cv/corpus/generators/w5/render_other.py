"""fpdf2 Latin-American bilingual layout and the plain-text CRLF layout."""
from fpdf import FPDF

from content import usce_items, home_items, pubs, volunteer, edu_line, display_name

NOTO = "/usr/share/fonts/truetype/noto/"


# ---------------------------------------------------------------------------------------------- Latam (fpdf2)
class _PDF(FPDF):
    def footer(self):
        self.set_y(-12)
        self.set_font("NS", "", 8)
        self.set_text_color(120)
        self.cell(0, 6, f"Página {self.page_no()} / Page {self.page_no()}", align="C")


def latam(p, path):
    pdf = _PDF(format="Letter")
    pdf.add_font("NS", "", NOTO + "NotoSans-Regular.ttf")
    pdf.add_font("NS", "B", NOTO + "NotoSans-Bold.ttf")
    pdf.add_font("NS", "I", NOTO + "NotoSans-Italic.ttf")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    pdf.set_fill_color(122, 28, 40)
    pdf.rect(0, 0, 216, 34, "F")
    pdf.set_text_color(255)
    pdf.set_xy(18, 8)
    pdf.set_font("NS", "B", 19)
    pdf.cell(0, 9, display_name(p), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("NS", "", 9.5)
    pdf.cell(0, 5, f"Tel.: {p['phone']}   |   Correo / Email: {p['email']}", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, p["address"] + (f"   |   Fecha de nacimiento / DOB: {p['dob']}" if p["dob"] else ""),
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(30)
    pdf.set_y(40)
    W = pdf.w - 36

    def head(t):
        pdf.ln(2)
        pdf.set_font("NS", "B", 11.5)
        pdf.set_text_color(122, 28, 40)
        pdf.cell(0, 7, t, new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(122, 28, 40)
        pdf.line(18, pdf.get_y(), 18 + W, pdf.get_y())
        pdf.ln(1.5)
        pdf.set_text_color(30)

    def text(t, style="", size=9.8):
        pdf.set_font("NS", style, size)
        pdf.multi_cell(W, 5, t, new_x="LMARGIN", new_y="NEXT")

    def entry(it, nb=2):
        pdf.set_font("NS", "B", 10)
        y = pdf.get_y()
        pdf.multi_cell(W - 58, 5, it["title"], new_x="LMARGIN", new_y="NEXT")
        y2 = pdf.get_y()
        pdf.set_xy(18 + W - 58, y)
        pdf.set_font("NS", "I", 9.5)
        pdf.cell(58, 5, it["dates"], align="R")
        pdf.set_xy(18, y2)
        text(f"{it['org']} · {it['place']}", "I", 9.5)
        for b in it.get("bullets", [])[:nb]:
            pdf.set_x(22)
            pdf.set_font("NS", "", 9.3)
            pdf.multi_cell(W - 4, 4.6, "• " + b, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    head("Perfil / Profile")
    text(p["objective"])
    head("Formación / Education")
    entry(dict(title=p["degree_name"], org=p["school"], place=p["school_city"], dates=edu_line(p)))
    head("Exámenes y certificaciones / Examinations & Certification")
    for e in p["exams"]:
        text("• " + e)
    if p["ecfmg_txt"]:
        text("• " + p["ecfmg_txt"])
    if p["visa_txt"]:
        text("• Estatus migratorio / Visa status: " + p["visa_txt"])
    head("Experiencia clínica en EE. UU. / U.S. Clinical Experience")
    for it in usce_items(p):
        entry(it)
    head("Experiencia profesional / Professional Experience")
    for it in home_items(p):
        entry(it)
    pb = pubs(p)
    if p["pubs"] is not None:
        head("Publicaciones / Publications")
        if p["pubs"] == 0:
            text(p["pubs_none_text"])
        for i, s in enumerate(pb["paper"], 1):
            text(f"{i}. {s}", size=9.2)
        if pb["poster"] or pb["abstract"]:
            head("Pósteres y resúmenes / Posters & Abstracts")
            for s in pb["poster"] + pb["abstract"]:
                text("• " + s, size=9.2)
    head("Idiomas / Languages")
    text(" · ".join(p["lang_disp"]))
    head("Voluntariado / Volunteer Work")
    for v in volunteer(p):
        text("• " + v)
    if p["refs"]:
        head("Referencias / References")
        for r in p["refs"]:
            text(f"{r['name']} – {r['title']}, {r['inst']}. {r['email']} · {r['phone']}")
    pdf.output(path)


# ---------------------------------------------------------------------------------------------- plain text
def txt(p, path):
    L = []
    nm = display_name(p)
    L.append(nm.upper())
    if p["native"]:
        L.append(p["native"])
    L.append("")
    L.append(f"Email:\t\t{p['email']}")
    L.append(f"Phone:\t\t{p['phone']}")
    L.append(f"Address:\t{p['address']}")
    if p["dob"]:
        L.append(f"DOB:\t\t{p['dob']}")
    bar = "=" * 72

    def head(t):
        L.extend(["", bar, t.upper(), bar])

    head("Objective")
    L.append(p["objective"])
    head("Education")
    L.append(f"{edu_line(p)}\t{p['degree_name']}")
    L.append(f"\t\t{p['school']}, {p['school_city']}")
    head("USMLE / ECFMG")
    L.extend(p["exams"])
    L.append(p["ecfmg_txt"])
    if p["visa_txt"]:
        L.append(f"Visa:\t\t{p['visa_txt']}")
    head("US Clinical Experience")
    for it in usce_items(p):
        L.append(f"{it['dates']}\t{it['title']}")
        L.append(f"\t\t{it['org']}, {it['place']}")
        for b in it["bullets"][:2]:
            L.append(f"\t\t- {b}")
        L.append("")
    head("Other Clinical Experience")
    for it in home_items(p):
        L.append(f"{it['dates']}\t{it['title']}")
        L.append(f"\t\t{it['org']}, {it['place']}")
        L.append(f"\t\t- {it['bullets'][0]}")
    pb = pubs(p)
    if p["pubs"] is not None:
        head("Publications (peer-reviewed)")
        if p["pubs"] == 0:
            L.append(p["pubs_none_text"])
        for i, s in enumerate(pb["paper"], 1):
            L.append(f"{i}.\t{s}")
        if pb["poster"] or pb["abstract"]:
            head("Abstracts / Posters")
            for s in pb["abstract"] + pb["poster"]:
                L.append(f"-\t{s}")
    head("Languages")
    L.append(", ".join(p["lang_disp"]))
    head("Volunteering")
    for v in volunteer(p):
        L.append(f"-\t{v}")
    if p["refs"]:
        head("References")
        for r in p["refs"]:
            L.append(f"{r['name']}\t{r['title']}, {r['inst']}")
            L.append(f"\t\t{r['email']}\t{r['phone']}")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(L) + "\r\n")
