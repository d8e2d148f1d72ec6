# -*- coding: utf-8 -*-
from common import sections, display_name
from reportlab.lib.pagesizes import A4, letter
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
import html

DJ = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DejaVu", DJ + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", DJ + "DejaVuSans-Bold.ttf"))

def reportlab_cv(p, path):
    ss = getSampleStyleSheet()
    N = ParagraphStyle("n", parent=ss["Normal"], fontName="DejaVu", fontSize=9.5, leading=12)
    Hh = ParagraphStyle("h", parent=N, fontName="DejaVu-Bold", fontSize=11, textColor=colors.HexColor("#8B0000"), spaceBefore=8, spaceAfter=3)
    T = ParagraphStyle("t", parent=N, fontName="DejaVu-Bold", fontSize=18, leading=22)
    def footer(c, d):
        c.saveState(); c.setFont("DejaVu", 8)
        c.drawString(18*mm, 10*mm, f"{p['name']} — CV"); c.drawRightString(A4[0]-18*mm, 10*mm, f"Page {d.page}")
        c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18*mm, rightMargin=18*mm, topMargin=16*mm, bottomMargin=18*mm,
                            title="CV", author=p["name"])
    st = [Paragraph(html.escape(display_name(p)), T)]
    ct = Table([[Paragraph("Mobile: " + html.escape(p["phone"]), N), Paragraph("Email: " + html.escape(p["email"]), N)],
                [Paragraph(html.escape(p["address"]), N), Paragraph(html.escape(p.get("dob", "")), N)]], colWidths=[85*mm, 85*mm])
    ct.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), .5, colors.grey), ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f4f4f4"))]))
    st += [ct, Spacer(1, 4)]
    for title, items in sections(p):
        st.append(Paragraph(html.escape(title), Hh))
        if items and isinstance(items[0], dict):
            rows = [[Paragraph(html.escape(it["when"]), N), Paragraph("<b>" + html.escape(it["title"]) + "</b><br/>" + html.escape(it["org"]) +
                     ("<br/><i>" + html.escape(it["desc"]) + "</i>" if it["desc"] else ""), N)] for it in items]
            t = Table(rows, colWidths=[38*mm, 132*mm]); t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), .25, colors.lightgrey)]))
            st.append(t)
        else:
            for i, s in enumerate(items):
                pre = f"{i+1}. " if title.startswith("Peer") else ""
                st.append(Paragraph(pre + html.escape(s), N))
    doc.build(st, onFirstPage=footer, onLaterPages=footer)

def fpdf_cv(p, path):
    from fpdf import FPDF
    pdf = FPDF(format="letter"); pdf.set_margins(16, 14, 16)
    pdf.add_font("DV", "", DJ + "DejaVuSans.ttf"); pdf.add_font("DV", "B", DJ + "DejaVuSans-Bold.ttf")
    pdf.add_page()
    pdf.set_font("DV", "B", 16); pdf.cell(0, 9, p["name"].upper(), new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.set_font("DV", "", 9)
    pdf.cell(0, 5, f"{p['address']}  ·  {p['phone']}  ·  {p['email']}", new_x="LMARGIN", new_y="NEXT", align="C")
    if p.get("dob"): pdf.cell(0, 5, p["dob"], new_x="LMARGIN", new_y="NEXT", align="C")
    for title, items in sections(p):
        pdf.ln(2); pdf.set_font("DV", "B", 10.5); pdf.cell(0, 6, title.upper(), new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(80, 80, 80); pdf.line(16, pdf.get_y(), pdf.w - 16, pdf.get_y()); pdf.ln(1)
        for it in items:
            if isinstance(it, dict):
                pdf.set_font("DV", "B", 9.5); y = pdf.get_y()
                pdf.multi_cell(120, 5, it["title"], new_x="RIGHT", new_y="TOP")
                pdf.set_font("DV", "", 9); pdf.multi_cell(0, 5, it["when"], align="R", new_x="LMARGIN", new_y="NEXT")
                pdf.set_y(max(pdf.get_y(), y + 5))
                pdf.multi_cell(0, 4.6, it["org"] + (("\n" + it["desc"]) if it["desc"] else ""), new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            else:
                pdf.set_font("DV", "", 9); pdf.multi_cell(0, 4.8, "• " + it, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)

def email_txt(p, path):
    L = []
    L.append(f"From: {p['name']} <{p['email']}>")
    L.append("To: rotations@clinicalplacements-example.org")
    L.append("Subject: Application for clinical rotation - CV below")
    L.append("")
    L.append("Dear Sir/Madam,")
    L.append("")
    L.append("Please find my CV pasted below as I was unable to attach the file from my phone. Kindly confirm receipt.")
    L.append("")
    L.append("-----")
    L.append("CURRICULUM VITAE")
    L.append("")
    L.append(f"NAME: {p['name'].upper()}")
    L.append(f"PHONE/WHATSAPP: {p['phone']}")
    L.append(f"ADDRESS: {p['address']}")
    L.append("")
    for title, items in sections(p):
        L.append(title.upper() + ":")
        for it in items:
            if isinstance(it, dict):
                L.append(f"- {it['when']}: {it['title']}, {it['org']}" + (f". {it['desc']}" if it["desc"] else ""))
            else:
                L.append(f"- {it}")
        L.append("")
    L.append("Thank you for your consideration.")
    L.append("")
    L.append("Best regards,")
    L.append(f"Dr. {p['name']}")
    L.append("")
    L.append("Sent from my Samsung Galaxy smartphone.")
    L.append("")
    L.append("> On Mon, 14 Oct 2024 at 09:12, Clinical Placements <rotations@clinicalplacements-example.org> wrote:")
    L.append("> Thank you for your interest. Please send your CV in the body of the email or as an attachment.")
    open(path, "w", encoding="utf-8", newline="\r\n").write("\n".join(L) + "\n")
