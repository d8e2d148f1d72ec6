"""reportlab and fpdf2 layouts: LinkedIn Save-to-PDF, Europass-like form, reportlab tables, VSLO summary, CV builder."""
from reportlab.lib.pagesizes import letter, A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle,
                                SimpleDocTemplate, FrameBreak, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from fpdf import FPDF
import html

DJ = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", DJ + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", DJ + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", DJ + "DejaVuSans-Oblique.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DVI"); addMapping("DV", 1, 1, "DVB")
E = html.escape


def S(name, size=9, lead=None, color=colors.black, **kw):
    return ParagraphStyle(name, fontName="DV", fontSize=size, leading=lead or size * 1.3, textColor=color, **kw)


# ---------------------------------------------------------------- LinkedIn "Save to PDF"
def linkedin(p, out, pagesize=letter, one_page=False):
    W, H = pagesize
    side_w = 66 * mm
    grey = colors.HexColor("#e9edf2")

    def bg(c, d):
        c.saveState(); c.setFillColor(grey); c.rect(0, 0, side_w + 8 * mm, H, stroke=0, fill=1)
        c.setFont("DV", 8); c.setFillColor(colors.HexColor("#666666"))
        c.drawRightString(W - 12 * mm, 9 * mm, f"Page {d.page} of {{NP}}".replace("{NP}", str(getattr(d, 'np', 2))))
        c.restoreState()

    doc = BaseDocTemplate(out, pagesize=pagesize, leftMargin=10 * mm, rightMargin=12 * mm, topMargin=12 * mm, bottomMargin=16 * mm,
                          title=p["name"], author="LinkedIn")
    fs = Frame(8 * mm, 16 * mm, side_w - 4 * mm, H - 28 * mm, id="side")
    fm = Frame(side_w + 16 * mm, 16 * mm, W - side_w - 28 * mm, H - 28 * mm, id="main")
    fm2 = Frame(side_w + 16 * mm, 16 * mm, W - side_w - 28 * mm, H - 28 * mm, id="main2")
    fs2 = Frame(8 * mm, 16 * mm, side_w - 4 * mm, H - 28 * mm, id="side2")
    doc.addPageTemplates([PageTemplate("first", [fs, fm], onPage=bg, autoNextPageTemplate="later"),
                          PageTemplate("later", [fs2, fm2], onPage=bg)])
    sh = S("sh", 12.5, color=colors.HexColor("#000000")); sb = S("sb", 9, color=colors.HexColor("#333333"))
    h1 = S("h1", 24, 28); hl = S("hl", 11, 14); loc = S("loc", 9.5, color=colors.HexColor("#666666"))
    h2 = S("h2", 14.5, 20, spaceBefore=10); org = S("org", 11, 14, spaceBefore=6); role = S("role", 10, 13)
    dt = S("dt", 9.5, 12, color=colors.HexColor("#666666")); body = S("body", 9.5, 12.5)
    def story():
        st = []
        st.append(Paragraph("Contact", sh)); st.append(Spacer(1, 3))
        st.append(Paragraph(f"{E(p['phone'])} (Mobile)", sb))
        st.append(Paragraph(E(p["email"]), S("sbe", 8.2, color=colors.HexColor("#333333"))))
        st.append(Paragraph(f"{E(p['linkedin'])} (LinkedIn)", sb)); st.append(Spacer(1, 10))
        st.append(Paragraph("Top Skills", sh))
        for s in p["skills"]: st.append(Paragraph(E(s), sb))
        st.append(Spacer(1, 10)); st.append(Paragraph("Languages", sh))
        for a, b in p["langs"]: st.append(Paragraph(f"{E(a)} ({E(b)})", sb))
        if p.get("certs"):
            st.append(Spacer(1, 10)); st.append(Paragraph("Certifications", sh))
            for s in p["certs"]: st.append(Paragraph(E(s), sb))
        if p.get("honors"):
            st.append(Spacer(1, 10)); st.append(Paragraph("Honors-Awards", sh))
            for s in p["honors"]: st.append(Paragraph(E(s), sb))
        if p.get("pubs"):
            st.append(Spacer(1, 10)); st.append(Paragraph("Publications", sh))
            for s in p["pubs"]: st.append(Paragraph(E(s), sb)); st.append(Spacer(1, 3))
        st.append(FrameBreak())
        st.append(Paragraph(E(p["name"]), h1)); st.append(Paragraph(E(p["headline"]), hl)); st.append(Paragraph(E(p["location"]), loc))
        st.append(Paragraph("Summary", h2)); st.append(Paragraph(E(p["summary"]), body))
        st.append(Paragraph("Experience", h2))
        for company, total, roles in p["exp"]:
            st.append(Paragraph(E(company), org))
            if total: st.append(Paragraph(E(total), dt))
            for r, d, l, desc in roles:
                st.append(Paragraph(E(r), role)); st.append(Paragraph(E(d), dt)); st.append(Paragraph(E(l), dt))
                if desc: st.append(Paragraph(E(desc), body))
                st.append(Spacer(1, 4))
        st.append(Paragraph("Education", h2))
        for sch, deg, d in p["edu"]:
            st.append(Paragraph(E(sch), org)); st.append(Paragraph(f"{E(deg)} · {E(d)}", dt))
        return st
    # two-pass to know page count
    doc.np = 2
    doc.build(story())
    from pypdf import PdfReader
    doc.np = len(PdfReader(out).pages)
    doc.build(story())


# ---------------------------------------------------------------- Europass-like
def europass(p, out):
    blue = colors.HexColor("#1593cb")
    lab = S("lab", 8, 10, color=blue, alignment=2); val = S("val", 9, 12); big = S("big", 15, 18)
    hd = S("hd", 9.5, 12, color=blue); small = S("small", 8, 10)
    def foot(c, d):
        c.saveState(); c.setFont("DV", 7); c.setFillColor(colors.grey)
        c.drawString(20 * mm, 10 * mm, "© European Union, 2002-2020 | europass.cedefop.europa.eu")
        c.drawRightString(190 * mm, 10 * mm, f"Page {d.page}")
        c.setFillColor(blue); c.setFont("DVB", 14); c.drawString(20 * mm, 283 * mm, "europass")
        c.setFont("DV", 9); c.setFillColor(colors.black); c.drawRightString(190 * mm, 283 * mm, f"Curriculum Vitae — {p['name']}")
        c.restoreState()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=22 * mm, bottomMargin=18 * mm,
                            title="Europass CV")
    rows = []; style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEAFTER", (0, 0), (0, -1), 0.6, blue)]
    def add(l, v, head=False):
        rows.append([Paragraph(E(l).upper() if head else E(l), lab), v if not isinstance(v, str) else Paragraph(v, val)])
    add("PERSONAL INFORMATION", Paragraph(E(p["name"]), big), True)
    add("", E(p["address"]))
    add("", f"☎ {E(p['phone'])}")
    add("", f"✉ {E(p['email'])}")
    add("", f"Sex {p['sex']} | Date of birth {p['dob']} | Nationality {p['nationality']}")
    add("JOB APPLIED FOR", Paragraph(E(p["applied"]), S("x", 11, 14)), True)
    add("WORK EXPERIENCE", "", True)
    for d, t, o, desc in p["work"]:
        add(d, f"<b>{E(t)}</b><br/>{E(o)}<br/>{E(desc)}")
    add("EDUCATION AND TRAINING", "", True)
    for d, t, o, lvl in p["edu"]:
        add(d, f"<b>{E(t)}</b><br/>{E(o)}" + (f"<br/><font size=7>{E(lvl)}</font>" if lvl else ""))
    add("EXAMINATIONS", E(p["exams"]), True)
    add("PERSONAL SKILLS", "", True)
    add("Mother tongue(s)", E(p["mother"]))
    grid = [["Other language(s)", "Listening", "Reading", "Spoken interaction", "Spoken production", "Writing"]]
    for l, a, b, c, d, e, cert in p["other_langs"]:
        grid.append([l, a, b, c, d, e])
        if cert: grid.append(["", cert, "", "", "", ""])
    gt = Table(grid, colWidths=[26 * mm, 22 * mm, 22 * mm, 24 * mm, 24 * mm, 18 * mm])
    gt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 7.5), ("GRID", (1, 0), (-1, -1), 0.3, colors.lightgrey),
                            ("BACKGROUND", (1, 0), (-1, 0), colors.HexColor("#ecf5fb"))]))
    add("", gt)
    add("", "<font size=7>Levels: A1 and A2: Basic user - B1 and B2: Independent user - C1 and C2: Proficient user. Common European Framework of Reference for Languages</font>")
    add("ADDITIONAL INFORMATION", "", True)
    add("Publications", E(p["pubs"]))
    t = Table(rows, colWidths=[48 * mm, 132 * mm])
    t.setStyle(TableStyle(style + [("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    doc.build([t], onFirstPage=foot, onLaterPages=foot)


# ---------------------------------------------------------------- reportlab tables (016, Ghana)
def rl_tables(p, out):
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm, topMargin=14 * mm, bottomMargin=14 * mm,
                            title="CV Kwame A. Boateng")
    green = colors.HexColor("#006b3f")
    n = S("n", 8.5, 10.5); nb = S("nb", 9.5, 12); hd = S("hd", 11, 14, color=green, spaceBefore=8, spaceAfter=3)
    st = [Paragraph("<b>Dr. Kwame Asante Boateng, MB ChB</b>", S("t", 17, 21)),
          Paragraph("kwame.boateng.mb@gmail.com | +233 24 551 7320 | 4520 Chestnut St, Apt 2R, Philadelphia, PA 19139", n),
          Spacer(1, 6)]
    def tbl(title, data, widths):
        st.append(Paragraph(title, hd))
        data = [[Paragraph(c, n) for c in r] for r in data]
        t = Table(data, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3f1ea")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        st.append(t)
    tbl("PROFILE", [["Item", "Details"],
                    ["Date of birth", "4 March 1992 (Kumasi, Ghana)"],
                    ["Career goal", "Internal Medicine residency, then Hematology-Oncology fellowship"],
                    ["Visa", "J-1 (ECFMG-sponsored) required for residency"],
                    ["ECFMG", "Certified (2021)"]], [40 * mm, 138 * mm])
    tbl("EDUCATION", [["Dates", "Institution", "Qualification"],
                      ["2011 – 2018", "University of Ghana Medical School, College of Health Sciences, Korle Bu, Accra, Ghana", "MB ChB (Bachelor of Medicine and Bachelor of Surgery), awarded July 2018"],
                      ["2008 – 2011", "Prempeh College, Kumasi", "WASSCE (science)"]], [28 * mm, 80 * mm, 70 * mm])
    tbl("EXAMINATIONS", [["Exam", "Result", "Date"],
                         ["USMLE Step 1", "236", "Aug 2020"], ["USMLE Step 2 CK", "242", "Mar 2021"],
                         ["PLAB 1 (UK)", "Pass", "2019"], ["Medical and Dental Council of Ghana licensing exam", "Pass", "2018"]],
        [80 * mm, 40 * mm, 58 * mm])
    tbl("CLINICAL AND RESEARCH EXPERIENCE", [["Dates", "Position / institution", "Notes"],
        ["09/2023 – present", "Research Associate, Department of Hematology-Oncology, Fox Chase Cancer Center, Philadelphia, PA, USA", "Sickle-cell disease and myeloma outcomes; REDCap; biostatistics with R"],
        ["11/2023 – 12/2023", "Observership, Hematology/Oncology, Hospital of the University of Pennsylvania (Penn Medicine), Philadelphia, PA", "Outpatient heme clinic and leukemia inpatient service"],
        ["02/2024 – 04/2024", "Clinical Externship, Internal Medicine (hands-on), Cooper University Hospital, Camden, NJ", "Inpatient wards; notes co-signed by residents"],
        ["08/2020 – 08/2023", "Medical Officer, Department of Medicine, Korle Bu Teaching Hospital, Accra, Ghana", "Hematology ward and sickle-cell clinic"],
        ["08/2018 – 07/2020", "House Officer (rotating), Komfo Anokye Teaching Hospital, Kumasi, Ghana", "Medicine, Surgery, Paediatrics, O&G"]],
        [30 * mm, 86 * mm, 62 * mm])
    tbl("PUBLICATIONS AND PRESENTATIONS", [["Type", "Reference"],
        ["Journal article", "Boateng KA, Owusu-Ansah A, et al. Hydroxyurea adherence among adults with sickle cell disease in Accra. Ghana Med J. 2022;56(4):233-240."],
        ["Journal article", "Boateng KA, Mensah E, Lee J. Racial differences in time to daratumumab in myeloma. Blood Adv. 2025;9(11):2750-2758."],
        ["Abstract (ASH 2024)", "Boateng KA. Crizanlizumab discontinuation in a US cancer center. Blood. 2024;144(Suppl 1):5102."],
        ["Manuscript in preparation", "Boateng KA. Transfusion burden in thalassemia intermedia."]], [38 * mm, 140 * mm])
    tbl("LANGUAGES", [["Language", "Level"], ["English", "Native/official"], ["Twi (Akan)", "Native"], ["Ga", "Conversational"]], [60 * mm, 118 * mm])
    tbl("REFEREES", [["Name", "Contact"],
        ["Dr. Emily Carter, MD, Attending Physician, Fox Chase Cancer Center", "emily.carter.heme@fccc-mail.org · (215) 555-0139"],
        ["Prof. Yaw Amoateng, Head of Haematology, Korle Bu Teaching Hospital", "y.amoateng@kbth-mail.gh · +233 30 266 7759"]], [90 * mm, 88 * mm])
    doc.build(st)


# ---------------------------------------------------------------- fpdf2: VSLO application summary
class _F(FPDF):
    footer_text = None
    def footer(self):
        if self.footer_text:
            self.set_y(-14); self.set_font("dv", "", 7.5); self.set_text_color(90, 90, 90)
            self.cell(0, 5, self.footer_text, align="C")
            self.set_y(-10); self.cell(0, 5, f"{self.page_no()}/{{nb}}", align="R")


def _fpdf(footer=None):
    pdf = _F(format="Letter"); pdf.footer_text = footer
    pdf.add_font("dv", "", DJ + "DejaVuSans.ttf"); pdf.add_font("dv", "B", DJ + "DejaVuSans-Bold.ttf")
    pdf.add_font("dv", "I", DJ + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, 18); pdf.add_page(); return pdf


def vslo(p, out):
    pdf = _fpdf(footer="VSLO® Visiting Student Learning Opportunities — Application Summary — generated 11/20/2026")
    pdf.set_fill_color(0, 59, 92); pdf.rect(0, 0, 216, 20, "F")
    pdf.set_text_color(255, 255, 255); pdf.set_font("dv", "B", 14); pdf.set_xy(10, 6); pdf.cell(0, 8, "VSLO  |  Application Summary")
    pdf.set_text_color(0, 0, 0); pdf.set_y(26)
    def sec(t):
        pdf.ln(3); pdf.set_font("dv", "B", 10.5); pdf.set_fill_color(225, 232, 240); pdf.cell(0, 7, t, fill=True, new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
    def kv(k, v):
        pdf.set_font("dv", "B", 9); pdf.cell(55, 6, k); pdf.set_font("dv", "", 9); pdf.multi_cell(0, 6, v, new_x="LMARGIN", new_y="NEXT")
    sec("Applicant")
    kv("Applicant Name:", p["name"]); kv("Email:", p["email"]); kv("Phone:", p["phone"]); kv("Date of Birth:", p["dob"])
    kv("Visa / Immigration:", p["visa"])
    sec("Home Institution")
    kv("Home Institution:", p["home"]); kv("Location:", p["home_loc"]); kv("Degree Program:", p["degree"])
    kv("Current Year:", p["year"]); kv("Anticipated Graduation:", p["grad"])
    kv("Home Institution Contact:", "Dra. Leticia Ramos Beltrán, Coordinación de Movilidad, movilidad.fm@unam-mail.mx, +52 55 5623 2100")
    sec("Examinations & Documents")
    kv("USMLE:", p["usmle"]); kv("Immunizations:", "Complete (MMR, Varicella, Hep B, Tdap, Influenza 2025-26, TB IGRA negative 01/2026)")
    kv("Background check:", "Cleared 01/15/2026"); kv("Language proficiency:", p["langs"])
    kv("Career Interest:", p["interest"])
    sec("Elective Applications")
    pdf.set_font("dv", "B", 8.5)
    w = [58, 62, 38, 32]
    for i, h in enumerate(["Host Institution", "Elective", "Dates", "Status"]):
        pdf.cell(w[i], 7, h, border=1)
    pdf.ln()
    pdf.set_font("dv", "", 8.5)
    for host, loc, el, d, stt in p["apps"]:
        rows = [f"{host}\n{loc}", el, d, stt]
        with pdf.table(col_widths=w, first_row_as_headings=False, line_height=4.6) as t:
            r = t.row()
            for c in rows: r.cell(c)
    pdf.ln(4); pdf.set_font("dv", "I", 8)
    pdf.multi_cell(0, 4.5, "Completed electives were graded by the host institution. Evaluations are released to the home institution only.")
    pdf.output(out)


def cvbuilder(p, out):
    pdf = _fpdf(footer=f"{p['name']}  ·  {p['email']}  ·  WhatsApp {p['phone']}  ·  Colombo, Sri Lanka")
    pdf.set_font("dv", "B", 22); pdf.set_text_color(120, 40, 90); pdf.cell(0, 12, p["name"].upper(), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 10); pdf.set_text_color(90, 90, 90); pdf.cell(0, 6, "MBBS (Colombo) · Medical Officer · Curriculum Vitae", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4); pdf.set_text_color(0, 0, 0); pdf.set_font("dv", "", 9)
    with pdf.table(col_widths=(40, 150), line_height=5.2, first_row_as_headings=False) as t:
        for a, b in p["rows"]:
            r = t.row(); r.cell(a); r.cell(b)
    pdf.ln(3); pdf.set_font("dv", "I", 7.5); pdf.set_text_color(130, 130, 130)
    pdf.cell(0, 5, "Made with CVMaker Online — free template 'Grid'")
    pdf.output(out)


def table_cv(p, out):
    pdf = _fpdf()
    pdf.set_font("dv", "B", 15); pdf.cell(0, 10, "CURRICULUM VITAE", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
    pdf.set_font("dv", "", 10.5)
    with pdf.table(col_widths=(45, 145), line_height=6.5, first_row_as_headings=False) as t:
        for a, b in p["rows"]:
            r = t.row(); r.cell(a); r.cell(b)
    pdf.output(out)
