# -*- coding: utf-8 -*-
"""Renderers: python-docx, odfpy, reportlab, fpdf2, HTML (Chromium), plain text."""
import html as H
import os
import subprocess

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIFB = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"

PUBLABEL = {"pub": "", "press": " [In press]", "review": " [Under review]", "submitted": " [Submitted]", "prep": " [In preparation]"}


def sections(p, pub_mode="split", pub_head="Peer-Reviewed Publications", usce_head="U.S. Clinical and Research Experience"):
    """Generic list of (heading, kind, items). kind: 'dated' items are (date, text); 'list'; 'num'."""
    S = []
    S.append(("Career Objective", "para", [p["objective"]]))
    S.append(("Education and Postgraduate Qualifications", "dated", [(str(p["graduation_year"]), p["primary_degree"])] + p["postgrad"]))
    S.append(("Examinations and Certification", "list", p["exams"]))
    if p["experience"]:
        S.append(("Professional Appointments (outside the U.S.)", "dated", p["experience"]))
    S.append((usce_head, "dated", [(e["date"], e["text"]) for e in p["usce"]]))
    if p["other_clin"]:
        S.append(("Other International Clinical Attachments", "dated", p["other_clin"]))
    pubs = p["pubs"]
    if pub_mode == "split":
        S.append((pub_head, "num", [t for s, t in pubs if s in ("pub", "press")]))
        rest = [t for s, t in pubs if s not in ("pub", "press")]
        if rest:
            S.append(("Manuscripts Under Review / In Preparation", "list", rest))
    else:  # one mixed numbered list, the status only visible in the citation
        S.append(("Publications", "num", [t for s, t in pubs]))
    if p["chapters"]:
        S.append(("Book Chapters", "list", p["chapters"]))
    if p["posters"]:
        S.append(("Posters and Abstracts", "list", p["posters"]))
    if p["talks"]:
        S.append(("Invited Talks", "list", p["talks"]))
    if p["teaching"]:
        S.append(("Teaching Experience", "list", p["teaching"]))
    if p["awards"]:
        S.append(("Honours and Awards", "list", p["awards"]))
    if p["memberships"]:
        S.append(("Professional Memberships", "list", p["memberships"]))
    S.append(("Personal Information", "kv", [("Date of birth", p["dob"]), ("Nationality", p["nationality"]),
                                             ("Visa status", p["visa_disp"]), ("Languages", p["lang_disp"])]))
    S.append(("References", "refs", p["referees"]))
    return S


def contact_line(p):
    parts = [p["address"]]
    if p["phone_disp"]:
        parts.append("Tel: " + p["phone_disp"])
    parts.append("Email: " + p["email"])
    return parts


# ------------------------------------------------------------------ python-docx
def docx_build(p, path, contacts="body", pub_mode="split", font="Calibri", heading_color=(0x1F, 0x3A, 0x5F), quals=None):
    from docx import Document
    from docx.shared import Pt, RGBColor, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    name = f"{p['title']} {p['full_name']}"
    if contacts == "header":
        hp = sec.header.paragraphs[0]
        hp.text = " | ".join(contact_line(p))
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for r in hp.runs:
            r.font.size = Pt(8.5)
    if contacts == "footer":
        fp = sec.footer.paragraphs[0]
        fp.text = "  •  ".join(contact_line(p)[1:]) + "  •  " + p["address"]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for r in fp.runs:
            r.font.size = Pt(8)
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run(name)
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(*heading_color)
    if quals:
        t.add_run(", " + quals).font.size = Pt(12)
    if p.get("alt_name"):
        a = d.add_paragraph(p["alt_name"])
        a.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if contacts == "body":
        c = d.add_paragraph(" · ".join(contact_line(p)))
        c.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if contacts == "footer":
        d.add_paragraph("Curriculum Vitae — updated November 2026").alignment = WD_ALIGN_PARAGRAPH.CENTER
    for head, kind, items in sections(p, pub_mode):
        h = d.add_paragraph()
        hr = h.add_run(head.upper())
        hr.bold = True
        hr.font.color.rgb = RGBColor(*heading_color)
        h.paragraph_format.space_before = Pt(10)
        if kind == "para":
            d.add_paragraph(items[0])
        elif kind == "dated":
            tb = d.add_table(rows=0, cols=2)
            tb.autofit = False
            tb.columns[0].width = Cm(3.6)
            tb.columns[1].width = Cm(13.4)
            for dt, tx in items:
                row = tb.add_row().cells
                row[0].text = dt
                row[1].text = tx
                row[0].width = Cm(3.6)
                row[1].width = Cm(13.4)
        elif kind == "list":
            for it in items:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "num":
            for i, it in enumerate(items, 1):
                d.add_paragraph(f"{i}. {it}")
        elif kind == "kv":
            tb = d.add_table(rows=0, cols=2)
            tb.style = "Table Grid"
            for k, v in items:
                row = tb.add_row().cells
                row[0].text = k
                row[1].text = v
        elif kind == "refs":
            for nm, aff, ph, em in items:
                d.add_paragraph(f"{nm}\n{aff}\nPhone: {ph}   Email: {em}")
    d.save(path)



def soffice(src, fmt, outdir):
    prof = "file:///tmp/w33_lo_profile"
    subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


# ------------------------------------------------------------------ odfpy
def odt_build(p, path, table_layout=False, pub_mode="split"):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
    from odf.text import P, H as OH, List, ListItem, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    hs = Style(name="Hd", family="paragraph")
    hs.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#7a1f1f"))
    hs.addElement(ParagraphProperties(margintop="0.3cm", borderbottom="0.5pt solid #7a1f1f"))
    ns = Style(name="Nm", family="paragraph")
    ns.addElement(TextProperties(fontsize="20pt", fontweight="bold"))
    small = Style(name="Sm", family="paragraph")
    small.addElement(TextProperties(fontsize="9pt"))
    bold = Style(name="B", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    c1 = Style(name="c1", family="table-column")
    c1.addElement(TableColumnProperties(columnwidth="4cm"))
    c2 = Style(name="c2", family="table-column")
    c2.addElement(TableColumnProperties(columnwidth="13cm"))
    for s in (hs, ns, small, bold):
        doc.styles.addElement(s)
    for s in (c1, c2):
        doc.automaticstyles.addElement(s)
    T = doc.text

    def table(rows, tname):
        tb = Table(name=tname)
        tb.addElement(TableColumn(stylename=c1))
        tb.addElement(TableColumn(stylename=c2))
        for a, b in rows:
            tr = TableRow()
            for v in (a, b):
                tc = TableCell()
                tc.addElement(P(text=v))
                tr.addElement(tc)
            tb.addElement(tr)
        T.addElement(tb)

    if table_layout:
        # name + contacts in a 2-col table at the top
        table([(f"{p['title']} {p['full_name']}", "Curriculum Vitae"),
               ("Address", p["address"]), ("Mobile", p["phone_disp"] or "—"), ("E-mail", p["email"])], "Contact")
    else:
        T.addElement(P(stylename=ns, text=p["full_name"].upper()))
        if p.get("alt_name"):
            T.addElement(P(text=p["alt_name"]))
        for c in contact_line(p):
            T.addElement(P(stylename=small, text=c))
    ti = 0
    for head, kind, items in sections(p, pub_mode, pub_head="Publications in Peer-Reviewed Journals"):
        T.addElement(P(stylename=hs, text=head))
        if kind == "para":
            T.addElement(P(text=items[0]))
        elif kind == "dated":
            ti += 1
            if table_layout:
                table(items, f"T{ti}")
            else:
                for dt, tx in items:
                    pp = P()
                    pp.addElement(Span(stylename=bold, text=dt + ":  "))
                    pp.addText(tx)
                    T.addElement(pp)
        elif kind in ("list", "num"):
            for i, it in enumerate(items, 1):
                T.addElement(P(text=(f"[{i}] " if kind == "num" else "• ") + it))
        elif kind == "kv":
            ti += 1
            table(items, f"T{ti}")
        elif kind == "refs":
            for nm, aff, ph, em in items:
                pp = P()
                pp.addElement(Span(stylename=bold, text=nm))
                T.addElement(pp)
                T.addElement(P(text=aff))
                T.addElement(P(text=f"Tel. {ph} — {em}"))
    doc.save(path)


# ------------------------------------------------------------------ reportlab
def rl_build(p, path, mode="running", pub_mode="split", accent="#0b4f6c", serif=False):
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                    FrameBreak, NextPageTemplate)
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    pdfmetrics.registerFont(TTFont("DV", SERIF if serif else FONT))
    pdfmetrics.registerFont(TTFont("DVB", SERIFB if serif else FONTB))
    acc = colors.HexColor(accent)
    base = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=12.5)
    small = ParagraphStyle("s", parent=base, fontSize=8.5, leading=11)
    hd = ParagraphStyle("h", fontName="DVB", fontSize=11.5, leading=15, textColor=acc, spaceBefore=9, spaceAfter=3)
    nm = ParagraphStyle("n", fontName="DVB", fontSize=20, leading=24, textColor=acc)
    side = ParagraphStyle("sd", parent=base, fontSize=8.5, leading=11, textColor=colors.white)
    sideh = ParagraphStyle("sh", parent=side, fontName="DVB", fontSize=10, spaceBefore=8)
    pagesize = letter if mode == "sidebar" else A4
    W, Hh = pagesize
    e = H.escape

    def running(c, doc):
        c.saveState()
        c.setFont("DV", 8)
        c.setFillColor(colors.grey)
        if mode in ("running", "footer_contacts", "numbered"):
            c.drawString(2 * cm, Hh - 1.2 * cm, f"{p['full_name']} — Curriculum Vitae")
            c.drawRightString(W - 2 * cm, Hh - 1.2 * cm, "Updated November 2026")
            c.line(2 * cm, Hh - 1.35 * cm, W - 2 * cm, Hh - 1.35 * cm)
        if mode == "footer_contacts":
            c.drawCentredString(W / 2, 1.5 * cm, f"{p['address']}")
            c.drawCentredString(W / 2, 1.1 * cm, f"Mobile/WhatsApp {p['phone_disp']}   ·   {p['email']}")
            c.drawRightString(W - 2 * cm, 0.6 * cm, f"Page {doc.page}")
        elif mode == "sidebar":
            c.drawRightString(W - 1.2 * cm, 0.8 * cm, f"{p['full_name']}  |  {doc.page}")
        else:
            c.drawCentredString(W / 2, 1 * cm, f"{p['full_name']}  –  page {doc.page}")
        c.restoreState()

    def sidebar_bg(c, doc):
        c.saveState()
        c.setFillColor(acc)
        c.rect(0, 0, 6.3 * cm, Hh, stroke=0, fill=1)
        c.restoreState()
        running(c, doc)

    story = []
    secs = sections(p, pub_mode)
    if mode == "sidebar":
        kv = [s for s in secs if s[1] == "kv"][0]
        secs = [s for s in secs if s[1] != "kv"]
        story.append(Paragraph(e(p["full_name"]), ParagraphStyle("sn", parent=sideh, fontSize=15, leading=18)))
        story.append(Paragraph("Consultant Psychiatrist<br/>MBBS, FWACP, MSc", side))
        story.append(Paragraph("CONTACT", sideh))
        story.append(Paragraph(e(p["address"]), side))
        story.append(Paragraph("Mobile: " + e(p["phone_disp"]), side))
        story.append(Paragraph("Email:", side))
        story.append(Paragraph(e(p["email"]), ParagraphStyle("em", parent=side, fontSize=8)))
        story.append(Paragraph("DETAILS", sideh))
        for k, v in kv[2]:
            story.append(Paragraph(f"<b>{e(k)}</b>: {e(v)}", side))
        story.append(FrameBreak())
        frames1 = [Frame(0.6 * cm, 1.5 * cm, 5.2 * cm, Hh - 3 * cm, id="side"),
                   Frame(7 * cm, 1.5 * cm, W - 8.2 * cm, Hh - 3 * cm, id="main")]
        frames2 = [Frame(7 * cm, 1.5 * cm, W - 8.2 * cm, Hh - 3 * cm, id="main2")]
        doc = BaseDocTemplate(path, pagesize=pagesize, title=f"CV {p['full_name']}", author=p["full_name"])
        doc.addPageTemplates([PageTemplate("first", frames1, onPage=sidebar_bg, autoNextPageTemplate="rest"),
                              PageTemplate("rest", frames2, onPage=sidebar_bg)])
    else:
        doc = BaseDocTemplate(path, pagesize=pagesize, title="Curriculum Vitae", author=p["full_name"],
                              leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2.2 * cm)
        doc.addPageTemplates([PageTemplate("all", [Frame(2 * cm, 2.2 * cm, W - 4 * cm, Hh - 4.2 * cm)], onPage=running)])
        story.append(Paragraph(e(p["full_name"]), nm))
        if p.get("alt_name"):
            story.append(Paragraph(e(p["alt_name"]), base))
        if mode != "footer_contacts":
            story.append(Paragraph(" · ".join(e(x) for x in contact_line(p)), small))
        story.append(Spacer(1, 6))
    for head, kind, items in secs:
        story.append(Paragraph(e(head), hd))
        if kind == "para":
            story.append(Paragraph(e(items[0]), base))
        elif kind == "dated":
            data = [[Paragraph(e(a), small), Paragraph(e(b), base)] for a, b in items]
            t = Table(data, colWidths=[3.3 * cm, None] if mode != "sidebar" else [2.6 * cm, None])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
            story.append(t)
        elif kind == "list":
            for it in items:
                story.append(Paragraph("• " + e(it), base))
        elif kind == "num":
            for i, it in enumerate(items, 1):
                story.append(Paragraph(f"{i}. " + e(it), base))
        elif kind == "kv":
            for k, v in items:
                story.append(Paragraph(f"<b>{e(k)}:</b> {e(v)}", base))
        elif kind == "refs":
            for n_, aff, ph, em in items:
                story.append(Paragraph(f"<b>{e(n_)}</b><br/>{e(aff)}<br/>Tel: {e(ph)} · {e(em)}", base))
                story.append(Spacer(1, 4))
    doc.build(story)


# ------------------------------------------------------------------ fpdf2
def fpdf_build(p, path, accent=(120, 30, 30), pub_mode="split", scan_style=False):
    from fpdf import FPDF

    class CV(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("DV", "", 8)
                self.set_text_color(110)
                self.cell(0, 5, f"CV – {p['full_name']}", align="L")
                self.ln(7)

        def footer(self):
            self.set_y(-12)
            self.set_font("DV", "", 8)
            self.set_text_color(110)
            self.cell(0, 5, f"{self.page_no()}/{{nb}}", align="C")

    pdf = CV(format="A4")
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONTB)
    pdf.set_auto_page_break(True, 16)
    pdf.set_margins(18, 15, 18)
    pdf.add_page()
    pdf.set_font("DV", "B", 19 if not scan_style else 16)
    pdf.set_text_color(*accent)
    pdf.cell(0, 10, p["full_name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0)
    pdf.set_font("DV", "", 9.5)
    if p.get("alt_name"):
        pdf.cell(0, 5, p["alt_name"], new_x="LMARGIN", new_y="NEXT")
    for c in contact_line(p):
        pdf.cell(0, 5, c, new_x="LMARGIN", new_y="NEXT")
    for head, kind, items in sections(p, pub_mode):
        pdf.ln(2)
        pdf.set_font("DV", "B", 11)
        pdf.set_text_color(*accent)
        pdf.cell(0, 7, head, new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(*accent)
        pdf.line(18, pdf.get_y(), 192, pdf.get_y())
        pdf.set_text_color(0)
        pdf.set_font("DV", "", 9.5)
        if kind == "para":
            pdf.multi_cell(0, 5, items[0], new_x="LMARGIN", new_y="NEXT")
        elif kind == "dated":
            for a, b in items:
                y = pdf.get_y()
                pdf.set_font("DV", "B", 9)
                pdf.multi_cell(38, 5, a, new_x="RIGHT", new_y="TOP")
                pdf.set_font("DV", "", 9.5)
                pdf.set_xy(58, y)
                pdf.multi_cell(0, 5, b, new_x="LMARGIN", new_y="NEXT")
                pdf.set_y(max(pdf.get_y(), y + 5) + 1)
        elif kind in ("list", "num"):
            for i, it in enumerate(items, 1):
                pdf.multi_cell(0, 5, (f"{i}. " if kind == "num" else "– ") + it, new_x="LMARGIN", new_y="NEXT")
        elif kind == "kv":
            for k, v in items:
                pdf.multi_cell(0, 5, f"{k}: {v}", new_x="LMARGIN", new_y="NEXT")
        elif kind == "refs":
            for n_, aff, ph, em in items:
                pdf.set_font("DV", "B", 9.5)
                pdf.cell(0, 5, n_, new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("DV", "", 9.5)
                pdf.multi_cell(0, 5, f"{aff}\nPhone: {ph} | Email: {em}", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ------------------------------------------------------------------ HTML -> Chromium
def html_build(p, path_html, path_pdf, pub_mode="split"):
    e = H.escape
    out = ["<!doctype html><html lang='en'><head><meta charset='utf-8'><title>CV</title><style>",
           "@page{size:Letter;margin:18mm 16mm}body{font-family:'DejaVu Serif',serif;font-size:10pt;color:#222}",
           "header{border-bottom:3px double #6b2d5c;margin-bottom:8px}h1{font-size:22pt;margin:0;color:#6b2d5c}",
           "h2{font-size:12pt;color:#6b2d5c;border-bottom:1px solid #ccc;margin:14px 0 4px;font-variant:small-caps}",
           ".c{font-size:9pt;color:#444}table{border-collapse:collapse;width:100%}td{vertical-align:top;padding:2px 4px}",
           "td.d{width:30%;font-style:italic;white-space:nowrap}ol li,ul li{margin-bottom:3px}</style></head><body>",
           f"<header><h1>{e(p['full_name'])}, MD</h1>",
           "<div class='c'>Emergency Physician · MSc Clinical Epidemiology</div>",
           f"<div class='c'>{e(p['address'])}<br>WhatsApp: {e(p['phone_disp'])} &nbsp;|&nbsp; <a href='mailto:{e(p['email'])}'>{e(p['email'])}</a>"
           " &nbsp;|&nbsp; ORCID 0000-0002-7316-4480</div></header>"]
    for head, kind, items in sections(p, pub_mode, pub_head="Selected Peer-Reviewed Articles"):
        out.append(f"<h2>{e(head)}</h2>")
        if kind == "para":
            out.append(f"<p>{e(items[0])}</p>")
        elif kind == "dated":
            out.append("<table>" + "".join(f"<tr><td class='d'>{e(a)}</td><td>{e(b)}</td></tr>" for a, b in items) + "</table>")
        elif kind == "list":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in items) + "</ul>")
        elif kind == "num":
            out.append("<ol>" + "".join(f"<li>{e(i)}</li>" for i in items) + "</ol>")
        elif kind == "kv":
            out.append("<table>" + "".join(f"<tr><td class='d'>{e(a)}</td><td>{e(b)}</td></tr>" for a, b in items) + "</table>")
        elif kind == "refs":
            out.append("<table><tr>" + "".join(f"<td><b>{e(n)}</b><br>{e(a)}<br>{e(ph)}<br>{e(em)}</td>" for n, a, ph, em in items) + "</tr></table>")
    out.append("</body></html>")
    open(path_html, "w", encoding="utf-8").write("\n".join(out))
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={path_pdf}", "file://" + os.path.abspath(path_html)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


# ------------------------------------------------------------------ plain text
def txt_build(p, path):
    L = []
    L.append(f"{p['full_name'].upper()}, MBBS, FCPS (Radiology)")
    L.append(p["address"])
    L.append(f"Cell: {p['phone_disp']}    E-mail: {p['email']}")
    L.append("=" * 78)
    for head, kind, items in sections(p, "split"):
        L.append("")
        L.append(head.upper())
        L.append("-" * len(head))
        if kind == "para":
            L.append(items[0])
        elif kind == "dated":
            for a, b in items:
                L.append(f"{a:<22}{b}")
        elif kind == "list":
            L += ["  * " + i for i in items]
        elif kind == "num":
            L += [f"  {i}) {t}" for i, t in enumerate(items, 1)]
        elif kind == "kv":
            L += [f"  {k}: {v}" for k, v in items]
        elif kind == "refs":
            for n, a, ph, em in items:
                L += [f"  {n}", f"  {a}", f"  Ph: {ph}  |  {em}", ""]
    open(path, "w", encoding="utf-8", newline="\r\n").write("\n".join(L) + "\n")
