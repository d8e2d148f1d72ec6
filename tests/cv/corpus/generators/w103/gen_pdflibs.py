#!/usr/bin/env python3
"""013 reportlab canvas infographic (drawn skill bars, language dots, photo placeholder, two columns);
014 fpdf2 card layout."""
import os
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib import colors
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, "..", "files"))
DJ = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", DJ + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", DJ + "DejaVuSans-Bold.ttf"))

def cv013():
    c = canvas.Canvas(os.path.join(OUT, "w103_013_reportlab_skillbars.pdf"), pagesize=A4)
    c.setTitle("CV"); c.setAuthor("Nguyen Thi Thu Ha")
    W, H = A4
    c.setFillColor(colors.HexColor("#0e7490")); c.rect(0, 0, 70 * mm, H, stroke=0, fill=1)
    # photo placeholder
    c.setFillColor(colors.HexColor("#a5f3fc")); c.circle(35 * mm, H - 35 * mm, 20 * mm, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#0e7490")); c.setFont("DV", 8); c.drawCentredString(35 * mm, H - 36 * mm, "ẢNH / PHOTO")
    y = H - 66 * mm
    def side_head(t):
        nonlocal y
        c.setFillColor(colors.white); c.setFont("DVB", 10); c.drawString(8 * mm, y, t)
        c.setStrokeColor(colors.white); c.line(8 * mm, y - 2, 62 * mm, y - 2); y -= 6 * mm
    def side(t, size=8.2):
        nonlocal y
        c.setFillColor(colors.white); c.setFont("DV", size); c.drawString(8 * mm, y, t); y -= 4.6 * mm
    side_head("LIÊN HỆ  ·  CONTACT")
    side("\u260e  (+84) 90 555 1234"); side("\u2709  thuha.nguyen.md@gmail.com"); side("\u2302  Đống Đa, Hà Nội, Việt Nam"); side("Năm sinh / Born: 1997")
    y -= 3 * mm
    side_head("KỸ NĂNG  ·  SKILLS")
    for name, lvl in [("Bone marrow aspiration", .8), ("Chemotherapy protocols", .7), ("R / SPSS", .85), ("Epic, Cerner", .6)]:
        side(name, 7.8); c.setFillColor(colors.HexColor("#155e75")); c.rect(8 * mm, y + 2.2 * mm, 54 * mm, 2 * mm, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#fde047")); c.rect(8 * mm, y + 2.2 * mm, 54 * mm * lvl, 2 * mm, stroke=0, fill=1); y -= 2 * mm
    y -= 3 * mm
    side_head("NGÔN NGỮ  ·  LANGUAGES")
    for name, n in [("Vietnamese", 5), ("English", 5), ("French", 3)]:
        c.setFillColor(colors.white); c.setFont("DV", 8.2); c.drawString(8 * mm, y, name)
        for i in range(5):
            c.setFillColor(colors.HexColor("#fde047") if i < n else colors.HexColor("#155e75"))
            c.circle(40 * mm + i * 4.5 * mm, y + 1 * mm, 1.5 * mm, stroke=0, fill=1)
        y -= 5 * mm
    y -= 3 * mm
    side_head("USMLE")
    side("Step 1 ........ PASS"); side("Step 2 CK .... 252"); side("ECFMG ........ Certified"); side("Visa ............ J-1 required")

    # main column
    x = 78 * mm; y = H - 22 * mm
    c.setFillColor(colors.HexColor("#0e7490")); c.setFont("DVB", 22); c.drawString(x, y, "Nguyễn Thị Thu Hà"); y -= 7 * mm
    c.setFillColor(colors.grey); c.setFont("DV", 10); c.drawString(x, y, "MD · Internal Medicine applicant → Hematology/Oncology"); y -= 11 * mm
    def head(t):
        nonlocal y
        c.setFillColor(colors.HexColor("#0e7490")); c.setFont("DVB", 11.5); c.drawString(x, y, t)
        c.setStrokeColor(colors.HexColor("#0e7490")); c.setLineWidth(1.2); c.line(x, y - 2, W - 12 * mm, y - 2); y -= 6 * mm
    def line(t, bold=False, size=9):
        nonlocal y
        c.setFillColor(colors.black); c.setFont("DVB" if bold else "DV", size); c.drawString(x, y, t); y -= 4.6 * mm
    def dot_item(date, title, place):
        nonlocal y
        c.setFillColor(colors.HexColor("#0e7490")); c.circle(x + 1.5 * mm, y + 1.2 * mm, 1.3 * mm, stroke=0, fill=1)
        c.setFont("DV", 8); c.drawString(x + 5 * mm, y, date); y -= 4.4 * mm
        c.setFillColor(colors.black); c.setFont("DVB", 9); c.drawString(x + 5 * mm, y, title); y -= 4.4 * mm
        c.setFont("DV", 8.6); c.drawString(x + 5 * mm, y, place); y -= 6 * mm
    head("HỌC VẤN · EDUCATION")
    dot_item("09/2015 – 06/2021", "Bác sĩ Đa khoa (Doctor of Medicine, MD)", "Hanoi Medical University (Trường Đại học Y Hà Nội), Hà Nội, Việt Nam")
    head("US CLINICAL & RESEARCH EXPERIENCE")
    dot_item("02/2025 – 04/2025", "Hands-on Externship, Internal Medicine", "Ochsner Medical Center, New Orleans, Louisiana")
    dot_item("11/2024 – 12/2024", "Observership, Medical Oncology", "Dana-Farber Cancer Institute, Boston, MA")
    dot_item("10/2022 – 09/2024", "Research Fellow, Department of Hematology", "MD Anderson Cancer Center, Houston, Texas")
    head("VIETNAM")
    dot_item("07/2021 – 08/2022", "Resident doctor, Hematology", "National Institute of Hematology and Blood Transfusion, Hà Nội")
    head("PUBLICATIONS")
    line("1. Nguyen TTH, et al. FLT3-ITD in Vietnamese AML patients.", size=8.2)
    line("    Blood Adv. 2023;7(12):2890-8.", size=8.2)
    line("2. Tran V, Nguyen TTH. Thalassemia carrier screening in Hanoi.", size=8.2)
    line("    Hemoglobin. 2022;46(3):150-5.", size=8.2)
    line("Abstracts: ASH 2023, ASH 2024 (posters). One manuscript under review.", size=8.2)
    y -= 2 * mm
    head("REFERENCES")
    line("Dr. Sarah Whitfield, MD Anderson — swhitfield@mdacc.example.org", size=8.2)
    line("PGS.TS. Trần Văn Bình, HMU — tvbinh@hmu.example.vn — +84 24 3852 0000", size=8.2)
    c.showPage(); c.save()

class CardPDF(FPDF):
    pass

def cv014():
    pdf = CardPDF(format="A4"); pdf.set_auto_page_break(True, 12)
    pdf.add_font("DV", "", DJ + "DejaVuSans.ttf"); pdf.add_font("DV", "B", DJ + "DejaVuSans-Bold.ttf")
    pdf.set_title("Meron Alemu CV"); pdf.add_page()
    pdf.set_fill_color(30, 41, 59); pdf.rect(0, 0, 210, 38, style="F")
    pdf.set_text_color(255, 255, 255); pdf.set_font("DV", "B", 22); pdf.set_xy(12, 9); pdf.cell(0, 10, "Meron Tesfaye Alemu, MD")
    pdf.set_font("DV", "", 9); pdf.set_xy(12, 21)
    pdf.cell(0, 6, "Radiology applicant  •  ✉ meron.alemu@protonmail.com  •  ☎ +251 91 155 2233  •  London, Ontario, Canada")
    pdf.set_text_color(20, 20, 20)
    def card(x, y, w, title, lines, h=None):
        pdf.set_xy(x + 3, y + 3); pdf.set_font("DV", "B", 10.5); pdf.set_text_color(30, 64, 175); pdf.cell(w - 6, 6, title)
        pdf.set_text_color(20, 20, 20); pdf.set_font("DV", "", 8.6); yy = y + 10
        for ln in lines:
            pdf.set_xy(x + 3, yy); pdf.multi_cell(w - 6, 4.4, ln); yy = pdf.get_y() + 1
        hh = h or (yy - y + 2)
        pdf.set_draw_color(148, 163, 184); pdf.rect(x, y, w, hh, round_corners=True, corner_radius=3)
        return y + hh
    yL = card(10, 44, 92, "Education", ["MD (Doctor of Medicine), Addis Ababa University, College of Health Sciences (Tikur Anbessa), Addis Ababa, Ethiopia — 2014–2020",
                                         "Internship: Tikur Anbessa Specialized Hospital, 2019–2020"])
    yR = card(108, 44, 92, "USMLE & Status", ["Step 1: 236 (2021)", "Step 2 CK: 244 (2022)", "MCCQE Part I: pass (2023)",
                                              "ECFMG: certified", "Canadian PR; J-1 visa required for US training"])
    y = max(yL, yR) + 5
    y = card(10, y, 190, "US Clinical & Research Experience", [
        "• Observership, Diagnostic Radiology — Johns Hopkins Hospital, Baltimore — Spring 2024 (Mar–Apr)",
        "• Research Assistant, Department of Radiology — University of Michigan, Ann Arbor — May 2024 – Oct 2024"]) + 5
    y = card(10, y, 190, "Canada & Ethiopia", [
        "• Clinical Research Associate, Lawson Research Institute / London Health Sciences Centre, London, Ontario — 11/2024 – present",
        "• Observership, Radiology, Victoria Hospital (Western University), London, ON — 2023",
        "• General Practitioner, St. Paul's Hospital Millennium Medical College, Addis Ababa — 2020 – 2022"]) + 5
    yL = card(10, y, 92, "Publications", ["Alemu MT, Bekele H. Chest radiograph findings in pediatric TB in Addis Ababa. Ethiop Med J. 2021;59(2):101-7.",
                                           "RSNA 2024 poster; 1 manuscript in preparation."])
    yR = card(108, y, 92, "Languages", ["Amharic — native", "English — fluent", "Afaan Oromo (Oromo) — conversational"])
    y = max(yL, yR) + 5
    card(10, y, 190, "Referee", ["Dr. Helen Bekele, Dept. of Radiology, AAU — h.bekele@aau-rad.example.et — +251 11 551 0000"])
    pdf.output(os.path.join(OUT, "w103_014_fpdf_cards.pdf"))

if __name__ == "__main__":
    cv013(); cv014(); print("pdflibs done")
