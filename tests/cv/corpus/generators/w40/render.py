# -*- coding: utf-8 -*-
import os, sys, subprocess, html, shutil
from data import P, fname, sections
OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "files"))
TMP = "/tmp/w40build"; os.makedirs(TMP, exist_ok=True); os.makedirs(OUT, exist_ok=True)
DJ = "/usr/share/fonts/truetype/dejavu/"

def disp_name(p):
    s = p["full_name"]
    if p["title"]: s = p["title"] + " " + s
    if p["deg"]: s += ", " + p["deg"]
    return s

# ---------------- reportlab ----------------
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle, FrameBreak)
pdfmetrics.registerFont(TTFont("DV", DJ + "DejaVuSans.ttf")); pdfmetrics.registerFont(TTFont("DVB", DJ + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", DJ + "DejaVuSerif.ttf")); pdfmetrics.registerFont(TTFont("DVSB", DJ + "DejaVuSerif-Bold.ttf"))
E = html.escape

def st(name, font="DV", size=9, lead=None, color=colors.black, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.3, textColor=color, **kw)

def rl_twocol(p, path):
    W, H = A4
    doc = BaseDocTemplate(path, pagesize=A4, title="CV", author=p["full_name"])
    left = Frame(36, 36, 170, H - 150, id="l"); right = Frame(216, 36, W - 252, H - 150, id="r")
    def hdr(c, d):
        c.setFont("DVB", 18); c.drawString(36, H - 60, disp_name(p))
        c.setFont("DV", 9); c.drawString(36, H - 78, f"{p['addr']}  |  {p['email']}  |  {p['phone_disp']}")
        c.setStrokeColor(colors.HexColor("#8a1538")); c.setLineWidth(2); c.line(36, H - 90, W - 36, H - 90)
    doc.addPageTemplates([PageTemplate("t", [left, right], onPage=hdr)])
    H1 = st("h", "DVB", 10.5, color=colors.HexColor("#8a1538"), spaceBefore=8, spaceAfter=3); B = st("b", size=8.5)
    D = st("d", "DVB", 8)
    S = sections(p); side = [s for s in S if s[0] in ("Examinations & Certification", "Languages", "References")]
    main = [s for s in S if s not in side]
    fl = []
    for h, items in side:
        fl.append(Paragraph(E(h.upper()), H1))
        for d, t in items: fl.append(Paragraph(E(t), B)); fl.append(Spacer(1, 2))
    fl.append(FrameBreak())
    for h, items in main:
        fl.append(Paragraph(E(h), H1))
        for d, t in items:
            if d: fl.append(Paragraph(E(d), D))
            fl.append(Paragraph(E(t), B)); fl.append(Spacer(1, 3))
    doc.build(fl)

def rl_datemargin(p, path):
    W, H = letter
    doc = BaseDocTemplate(path, pagesize=letter, title=f"CV {p['full_name']}")
    fr = Frame(50, 50, W - 100, H - 100)
    doc.addPageTemplates([PageTemplate("t", [fr])])
    N = st("n", "DVSB", 20, alignment=1); A = st("a", "DVS", 11, alignment=1, color=colors.grey)
    C = st("c", "DVS", 9, alignment=1); H1 = st("h", "DVSB", 11, spaceBefore=10, spaceAfter=4)
    B = st("b", "DVS", 9); D = st("d", "DVS", 8.5, color=colors.HexColor("#333366"))
    fl = [Paragraph(E(p["full_name"] + (", " + p["deg"] if p["deg"] else "")), N)]
    if p["alt"]: fl.append(Paragraph(E(p["alt"]), A))
    fl += [Paragraph(E(f"{p['addr']} · tel. {p['phone_disp']} · e-mail: {p['email']}"), C), Spacer(1, 6)]
    for h, items in sections(p):
        fl.append(Paragraph(E(h), H1))
        rows = [[Paragraph(E(d), D), Paragraph(E(t), B)] for d, t in items]
        t = Table(rows, colWidths=[110, W - 210]); t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0), ("LINEBEFORE", (1, 0), (1, -1), 0.5, colors.lightgrey)]))
        fl.append(t)
    doc.build(fl)

def rl_sidepanel(p, path):
    W, H = A4; PW = 180
    doc = BaseDocTemplate(path, pagesize=A4, title="Curriculum Vitae")
    side = Frame(14, 30, PW - 28, H - 60, id="s"); main = Frame(PW + 20, 30, W - PW - 50, H - 60, id="m")
    main2 = Frame(PW + 20, 30, W - PW - 50, H - 60, id="m2")
    def bg(c, d):
        c.setFillColor(colors.HexColor("#1f4e5f")); c.rect(0, 0, PW, H, fill=1, stroke=0)
    doc.addPageTemplates([PageTemplate("first", [side, main], onPage=bg, autoNextPageTemplate="later"),
                          PageTemplate("later", [main2], onPage=bg)])
    WS = st("w", size=8.5, color=colors.white); WH = st("wh", "DVB", 10, color=colors.HexColor("#ffd27f"), spaceBefore=10, spaceAfter=3)
    N = st("n", "DVB", 19, 23); H1 = st("h", "DVB", 11, color=colors.HexColor("#1f4e5f"), spaceBefore=8, spaceAfter=3)
    B = st("b", size=9); D = st("d", "DV", 8, color=colors.grey)
    S = sections(p)
    fl = [Paragraph("CONTACT", WH), Paragraph(E("✉ " + p["email"]), WS), Paragraph(E("☎ " + p["phone_disp"]), WS), Paragraph(E(p["addr"]), WS)]
    for h, items in S:
        if h in ("Languages", "Examinations & Certification"):
            fl.append(Paragraph(E(h.split(" ")[0].upper()), WH))
            for d, t in items: fl.append(Paragraph(E("• " + t), WS))
    fl.append(FrameBreak())
    fl += [Paragraph(E(disp_name(p)), N), Spacer(1, 6)]
    for h, items in S:
        if h in ("Languages", "Examinations & Certification"): continue
        fl.append(Paragraph(E(h), H1))
        for d, t in items:
            fl.append(Paragraph(E(t) + (f"  <font color='#777777' size='8'>({E(d)})</font>" if d else ""), B)); fl.append(Spacer(1, 2))
    doc.build(fl)

def rl_multipage(p, path):
    W, H = letter
    doc = BaseDocTemplate(path, pagesize=letter, title="CV")
    fr = Frame(60, 60, W - 120, H - 130)
    def deco(c, d):
        c.setFont("DV", 8); c.setFillColor(colors.HexColor("#555555"))
        c.drawString(60, H - 40, f"{p['full_name']} — Curriculum Vitae"); c.drawRightString(W - 60, H - 40, f"Page {d.page}")
        c.line(60, H - 45, W - 60, H - 45)
        c.drawCentredString(W / 2, 35, f"{p['email']}  ·  {p['phone_disp']}  ·  {p['addr']}")
    doc.addPageTemplates([PageTemplate("t", [fr], onPage=deco)])
    N = st("n", "DVSB", 22, 28); A = st("a", "DV", 12); H1 = st("h", "DVSB", 13, spaceBefore=14, spaceAfter=6, color=colors.HexColor("#2b5797"))
    B = st("b", "DVS", 10.5, 15); D = st("d", "DVSB", 9.5)
    fl = [Paragraph(E(disp_name(p)), N)]
    for h, items in sections(p):
        fl.append(Paragraph(E(h), H1))
        for d, t in items:
            if d: fl.append(Paragraph(E(d), D))
            fl.append(Paragraph(E(t), B)); fl.append(Spacer(1, 6))
        fl.append(Spacer(1, 18))
    doc.build(fl)

# ---------------- fpdf2 ----------------
from fpdf import FPDF
def fpdf_new():
    pdf = FPDF(format="A4"); pdf.add_font("DV", "", DJ + "DejaVuSans.ttf"); pdf.add_font("DV", "B", DJ + "DejaVuSans-Bold.ttf")
    pdf.set_auto_page_break(True, 15); return pdf

def fpdf_twocol(p, path):
    pdf = fpdf_new(); pdf.add_page(); pdf.set_title("Curriculum Vitae")
    pdf.set_font("DV", "B", 17); pdf.cell(0, 9, disp_name(p), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9); pdf.cell(0, 5, f"{p['email']}   {p['phone_disp']}   {p['addr']}", new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
    S = sections(p); L = [s for s in S if s[0] in ("Examinations & Certification", "Languages", "References", "Career Objective")]
    R = [s for s in S if s not in L]
    y0 = pdf.get_y(); colw = 88
    def col(x, secs):
        pdf.set_xy(x, y0 if x < 100 else y0)
        for h, items in secs:
            pdf.set_x(x); pdf.set_font("DV", "B", 10); pdf.set_text_color(0, 90, 60); pdf.multi_cell(colw, 5, h, new_x="LEFT", new_y="NEXT")
            pdf.set_text_color(0); pdf.set_font("DV", "", 8)
            for d, t in items:
                pdf.set_x(x)
                pdf.multi_cell(colw, 4, (d + " — " if d else "") + t, new_x="LEFT", new_y="NEXT"); pdf.ln(1)
            pdf.ln(2)
    col(10, L); pdf.page = 1; col(108, R)
    pdf.output(path)

def fpdf_sidepanel(p, path):
    pdf = fpdf_new(); pdf.set_auto_page_break(False); pdf.add_page()
    pdf.set_fill_color(120, 40, 90); pdf.rect(0, 0, 62, 297, "F")
    pdf.set_text_color(255); pdf.set_xy(5, 20); pdf.set_font("DV", "B", 11); pdf.multi_cell(52, 6, "Contacto / Contact", new_x="LEFT", new_y="NEXT")
    pdf.set_font("DV", "", 8)
    for t in (p["email"], p["phone_disp"], p["addr"]): pdf.multi_cell(52, 4.5, t, new_x="LEFT", new_y="NEXT"); pdf.ln(1)
    pdf.ln(4); pdf.set_font("DV", "B", 11); pdf.multi_cell(52, 6, "Idiomas", new_x="LEFT", new_y="NEXT"); pdf.set_font("DV", "", 8)
    pdf.multi_cell(52, 4.5, p["langs_disp"], new_x="LEFT", new_y="NEXT"); pdf.ln(4)
    pdf.set_font("DV", "B", 11); pdf.multi_cell(52, 6, "Exams", new_x="LEFT", new_y="NEXT"); pdf.set_font("DV", "", 8)
    for t in p["exams"] + ([p["visa_line"]] if p["visa_line"] else []): pdf.multi_cell(52, 4.5, "• " + t, new_x="LEFT", new_y="NEXT")
    pdf.set_text_color(0); pdf.set_xy(68, 15); pdf.set_font("DV", "B", 18); pdf.multi_cell(135, 8, disp_name(p), new_x="LEFT", new_y="NEXT"); pdf.ln(3)
    for h, items in sections(p):
        if h in ("Languages", "Examinations & Certification"): continue
        pdf.set_x(68); pdf.set_font("DV", "B", 10.5); pdf.set_text_color(120, 40, 90); pdf.cell(135, 6, h.upper(), new_x="LEFT", new_y="NEXT")
        pdf.set_text_color(0); pdf.set_font("DV", "", 8.5)
        for d, t in items:
            pdf.set_x(68); pdf.multi_cell(135, 4.3, t + (f"  [{d}]" if d else ""), new_x="LEFT", new_y="NEXT"); pdf.ln(0.8)
        pdf.ln(2)
    pdf.output(path)

def fpdf_datemargin(p, path):
    pdf = fpdf_new()
    class PDF(FPDF):
        def header(s):
            if s.page_no() > 1:
                s.set_font("DV", "", 7); s.set_text_color(120); s.cell(0, 5, f"CV — {p['full_name']}", align="R", new_x="LMARGIN", new_y="NEXT"); s.set_text_color(0)
    pdf = PDF(format="Letter"); pdf.add_font("DV", "", DJ + "DejaVuSans.ttf"); pdf.add_font("DV", "B", DJ + "DejaVuSans-Bold.ttf")
    pdf.add_page(); pdf.set_font("DV", "B", 16); pdf.cell(0, 8, p["full_name"].upper() + (", " + p["deg"] if p["deg"] else ""), new_x="LMARGIN", new_y="NEXT")
    if p["alt"]: pdf.set_font("DV", "", 11); pdf.cell(0, 6, p["alt"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9); pdf.cell(0, 5, f"Mobile: {p['phone_disp']}    E-mail: {p['email']}    {p['addr']}", new_x="LMARGIN", new_y="NEXT"); pdf.ln(4)
    for h, items in sections(p):
        pdf.set_font("DV", "B", 11); pdf.cell(0, 7, h, border="B", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
        for d, t in items:
            if pdf.get_y() > 255: pdf.add_page()
            pdf.set_font("DV", "B", 8); y = pdf.get_y(); pdf.multi_cell(38, 4.2, d or "", new_x="LMARGIN", new_y="NEXT"); yd = pdf.get_y()
            pdf.set_xy(pdf.l_margin + 40, y); pdf.set_font("DV", "", 9); pdf.multi_cell(0, 4.5, t, new_x="LMARGIN", new_y="NEXT")
            pdf.set_y(max(yd, pdf.get_y())); pdf.ln(1)
        pdf.ln(2)
    pdf.output(path)

# ---------------- odfpy ----------------
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
from odf.text import P as OP, H as OH, Span
from odf.table import Table as OT, TableColumn, TableRow, TableCell
def odt_doc():
    doc = OpenDocumentText()
    hs = Style(name="Heading 2", family="paragraph"); hs.addElement(TextProperties(fontsize="13pt", fontweight="bold", color="#1a5276")); hs.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.1cm")); doc.styles.addElement(hs)
    ts = Style(name="Title", family="paragraph"); ts.addElement(TextProperties(fontsize="20pt", fontweight="bold")); doc.styles.addElement(ts)
    bs = Style(name="Bold", family="text"); bs.addElement(TextProperties(fontweight="bold")); doc.automaticstyles.addElement(bs)
    return doc, hs, ts, bs

def odt_plain(p, path):
    doc, hs, ts, bs = odt_doc()
    doc.text.addElement(OP(stylename=ts, text=disp_name(p)))
    doc.text.addElement(OP(text=f"Adres / Address: {p['addr']}"))
    doc.text.addElement(OP(text=f"GSM: {p['phone_disp']}   E-posta: {p['email']}"))
    for h, items in sections(p):
        doc.text.addElement(OH(outlinelevel=2, stylename=hs, text=h))
        for d, t in items:
            para = OP()
            if d: para.addElement(Span(stylename=bs, text=d + ": "))
            para.addText(t); doc.text.addElement(para)
    doc.save(path)

def odt_table(p, path):
    doc, hs, ts, bs = odt_doc()
    c1 = Style(name="c1", family="table-column"); c1.addElement(TableColumnProperties(columnwidth="4cm")); doc.automaticstyles.addElement(c1)
    c2 = Style(name="c2", family="table-column"); c2.addElement(TableColumnProperties(columnwidth="13cm")); doc.automaticstyles.addElement(c2)
    doc.text.addElement(OP(stylename=ts, text=disp_name(p)))
    tb = OT(name="contact")
    tb.addElement(TableColumn(stylename=c1)); tb.addElement(TableColumn(stylename=c2))
    for k, v in (("Email", p["email"]), ("Phone", p["phone_disp"]), ("Address", p["addr"])):
        r = TableRow(); c = TableCell(); c.addElement(OP(text=k)); r.addElement(c); c = TableCell(); c.addElement(OP(text=v)); r.addElement(c); tb.addElement(r)
    doc.text.addElement(tb)
    for h, items in sections(p):
        doc.text.addElement(OH(outlinelevel=2, stylename=hs, text=h))
        tb = OT(name=h[:20].replace(" ", "_")); tb.addElement(TableColumn(stylename=c1)); tb.addElement(TableColumn(stylename=c2))
        for d, t in items:
            r = TableRow(); c = TableCell(); c.addElement(OP(text=d)); r.addElement(c); c = TableCell(); c.addElement(OP(text=t)); r.addElement(c); tb.addElement(r)
        doc.text.addElement(tb)
    doc.save(path)

# ---------------- RTF ----------------
def rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}": out.append("\\" + ch)
        elif o < 128: out.append(ch)
        else: out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)

def make_rtf(p):
    r = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Liberation Sans;}{\f1\froman Liberation Serif;}}{\colortbl;\red0\green51\blue102;}", r"\paperw12240\paperh15840\margl1200\margr1200\f1\fs21"]
    r.append(r"{\pard\qc\b\fs34 " + rtf_esc(disp_name(p)) + r"\par}")
    r.append(r"{\pard\qc\fs19 " + rtf_esc(f"{p['addr']} | Cel: {p['phone_disp']} | {p['email']}") + r"\par}\pard\par")
    for h, items in sections(p):
        r.append(r"{\pard\sb200\sa80\b\cf1\fs24 " + rtf_esc(h) + r"\par}")
        for d, t in items:
            if d: r.append(r"{\pard\li2200\fi-2200\tx2200 {\b " + rtf_esc(d) + r"}\tab " + rtf_esc(t) + r"\par}")
            else: r.append(r"{\pard\li2200 " + rtf_esc(t) + r"\par}")
    r.append("}")
    return "\n".join(r)

def soffice_pdf(src):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/w40lo", "--convert-to", "pdf", "--outdir", TMP, src], check=True, capture_output=True, timeout=240)
    return os.path.join(TMP, os.path.splitext(os.path.basename(src))[0] + ".pdf")

def rtf_raw(p, path):
    open(path, "w", encoding="ascii").write(make_rtf(p))

def rtf_lo_pdf(p, path):
    src = os.path.join(TMP, "cv_quispe.rtf"); open(src, "w", encoding="ascii").write(make_rtf(p))
    shutil.move(soffice_pdf(src), path)

# ---------------- python-docx ----------------
import docx
from docx.shared import Pt, RGBColor, Cm
def make_docx(p, path, header_contacts):
    d = docx.Document()
    for s in d.sections: s.left_margin = s.right_margin = Cm(2)
    if header_contacts:
        hp = d.sections[0].header.paragraphs[0]; hp.text = f"{p['email']}  |  {p['phone_disp']}  |  {p['addr']}"
        fp = d.sections[0].footer.paragraphs[0]; fp.text = "Curriculum Vitae — references available on request"
    h = d.add_paragraph(); rr = h.add_run(disp_name(p)); rr.bold = True; rr.font.size = Pt(18)
    if not header_contacts:
        d.add_paragraph(f"{p['addr']} • Mobile/WhatsApp: {p['phone_disp']} • {p['email']}")
    for hd, items in sections(p):
        hh = d.add_heading(hd, level=2)
        if hd.startswith("U.S.") or hd == "Education":
            t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
            for dd, tt in items:
                c = t.add_row().cells; c[0].text = dd; c[1].text = tt; c[0].width = Cm(4); c[1].width = Cm(13)
        else:
            for dd, tt in items:
                d.add_paragraph((dd + " – " if dd else "") + tt, style="List Bullet")
    d.core_properties.author = p["full_name"]; d.save(path)

def docx_header(p, path): make_docx(p, path, True)
def docx_lo_pdf(p, path):
    src = os.path.join(TMP, "CV_Tanvir_final_v3.docx"); make_docx(p, src, False); shutil.move(soffice_pdf(src), path)

# ---------------- Markdown -> Chromium ----------------
import markdown
def chromium_pdf(html_text, path):
    hp = os.path.join(TMP, "cv.html"); open(hp, "w", encoding="utf-8").write(html_text)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", f"--print-to-pdf={path}", "file://" + hp], check=True, capture_output=True, timeout=240)

def md_text(p, rtl_name):
    L = [f"# {disp_name(p)}"]
    if p["alt"]: L.append(f'<p dir="rtl" style="font-size:15pt">{p["alt"]}</p>')
    L.append(f"**Email:** {p['email']} · **Phone:** {p['phone_disp']} · {p['addr']}\n")
    for h, items in sections(p):
        L.append(f"## {h}\n")
        for d, t in items: L.append(f"- {('**' + d + '** — ') if d else ''}{t}")
        L.append("")
    return "\n".join(L)

CSS = "<style>body{font-family:'DejaVu Sans',sans-serif;font-size:10pt;margin:1.5cm} h1{color:#224;border-bottom:3px solid #c60} h2{font-size:12pt;color:#c60;margin-bottom:2px} li{margin:2px 0}</style>"
def md_chromium(p, path):
    chromium_pdf("<html><head><meta charset='utf-8'>" + CSS + "</head><body>" + markdown.markdown(md_text(p, False)) + "</body></html>", path)
def md_chromium_fa(p, path):
    body = markdown.markdown(md_text(p, True))
    chromium_pdf("<html lang='en'><head><meta charset='utf-8'>" + CSS.replace("#c60", "#067") + "</head><body>" + body + "</body></html>", path)

# ---------------- plain text ----------------
def txt_plain(p, path):
    L = [p["full_name"].upper() + ", " + p["deg"], p["alt"], "=" * 60, f"Address: {p['addr']}", f"Tel: {p['phone_disp']}", f"Email: {p['email']}", ""]
    for h, items in sections(p):
        L += [h.upper(), "-" * len(h)]
        for d, t in items: L.append((f"{d:<22}" if d else " " * 22) + t)
        L.append("")
    open(path, "w", encoding="utf-8").write("\n".join(L))

R = dict(rl_twocol=rl_twocol, rl_datemargin=rl_datemargin, rl_sidepanel=rl_sidepanel, rl_multipage=rl_multipage,
         fpdf_twocol=fpdf_twocol, fpdf_sidepanel=fpdf_sidepanel, fpdf_datemargin=fpdf_datemargin,
         odt_plain=odt_plain, odt_table=odt_table, rtf_raw=rtf_raw, rtf_lo_pdf=rtf_lo_pdf,
         docx_header=docx_header, docx_lo_pdf=docx_lo_pdf, md_chromium=md_chromium, md_chromium_fa=md_chromium_fa, txt_plain=txt_plain)

if __name__ == "__main__":
    only = sys.argv[1:]
    for p in P:
        if p.get("scan"): continue
        if only and p["layout"] not in only: continue
        R[p["layout"]](p, os.path.join(OUT, fname(p))); print("ok", fname(p))
