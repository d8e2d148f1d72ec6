# -*- coding: utf-8 -*-
"""python-docx and odfpy renderers, plus plain text."""
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement


def _shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def _heading(doc, text, color="1F4E79"):
    p = doc.add_paragraph()
    r = p.add_run(text.upper()); r.bold = True; r.font.size = Pt(11); r.font.color.rgb = RGBColor.from_string(color)
    p.paragraph_format.space_before = Pt(8); p.paragraph_format.space_after = Pt(2)
    # bottom border
    pPr = p._p.get_or_add_pPr(); bdr = OxmlElement("w:pBdr"); b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single"); b.set(qn("w:sz"), "6"); b.set(qn("w:space"), "1"); b.set(qn("w:color"), color)
    bdr.append(b); pPr.append(bdr)
    return p


def _base(font="Calibri"):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(10)
    st.element.rPr.rFonts.set(qn("w:cs"), "Arial")
    for s in doc.sections:
        s.page_width, s.page_height = Mm(210), Mm(297)
        s.left_margin = s.right_margin = Mm(16); s.top_margin = Mm(14); s.bottom_margin = Mm(14)
    return doc


def _exp_table(doc, lst, widths=(Mm(38), Mm(140))):
    t = doc.add_table(rows=0, cols=2)
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = w
    for e in lst:
        c = t.add_row().cells
        c[0].width, c[1].width = widths
        c[0].text = e["dates"]
        p = c[1].paragraphs[0]; r = p.add_run(e["role"]); r.bold = True
        c[1].add_paragraph(e["org"] + (", " + e["place"] if e["place"] else ""))
        for b in e["bullets"]:
            c[1].add_paragraph("• " + b)
    return t


def docx_table(p, path):
    doc = _base()
    t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    l, r = t.rows[0].cells
    _shade(l, "DCE6F1")
    pp = l.paragraphs[0]; run = pp.add_run(p["name"]); run.bold = True; run.font.size = Pt(18)
    pp.add_run(", " + p["suffix"]).font.size = Pt(12)
    if p["native"]:
        q = l.add_paragraph(); rr = q.add_run(p["native"]); rr.font.size = Pt(14); rr.font.rtl = True; rr.font.cs_bold = False
    l.add_paragraph(p["headline"]).runs[0].italic = True
    for lab, val in [("Mobile / WhatsApp", p["phone"]), ("E-mail", p["email"]), ("Address", p["address"]), ("", p["dob"])]:
        q = r.add_paragraph() if r.paragraphs[0].text else r.paragraphs[0]
        if lab:
            q.add_run(lab + ": ").bold = True
        q.add_run(val)
    if p["summary"]:
        _heading(doc, "Career objective"); doc.add_paragraph(p["summary"])
    _heading(doc, "Education")
    t = doc.add_table(rows=1, cols=3); t.style = "Light Grid Accent 1"
    for i, hd in enumerate(["Period", "Qualification", "Institution"]):
        t.rows[0].cells[i].text = hd
    for a, b, c, d in p["education"]:
        row = t.add_row().cells; row[0].text = a; row[1].text = b; row[2].text = c + (" — " + d if d else "")
    _heading(doc, "USMLE / ECFMG")
    t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
    for x in p["exams"]:
        k, _, v = x.partition(":")
        row = t.add_row().cells; row[0].text = k.strip(); row[1].text = v.strip()
    _heading(doc, "Clinical experience"); _exp_table(doc, p["experience"])
    if p["research"]:
        _heading(doc, "Research"); _exp_table(doc, p["research"])
    if p["pubs"]:
        _heading(doc, "Publications")
        for x in p["pubs"]:
            doc.add_paragraph(x, style="List Number")
    _heading(doc, "Languages"); doc.add_paragraph(", ".join(p["languages"]))
    if p["skills"]:
        _heading(doc, "Certifications"); doc.add_paragraph(" | ".join(p["skills"]))
    if p["visa"]:
        _heading(doc, "Visa"); doc.add_paragraph(p["visa"])
    _heading(doc, "References")
    t = doc.add_table(rows=1, cols=len(p["references"])); t.style = "Table Grid"
    for i, (n, ti, em, ph) in enumerate(p["references"]):
        c = t.rows[0].cells[i]; c.paragraphs[0].add_run(n).bold = True
        for line in (ti, em, ph):
            if line:
                c.add_paragraph(line)
    doc.save(path)


def docx_headerfooter(p, path):
    """Contacts ONLY in the section header/footer."""
    doc = _base("Georgia")
    sec = doc.sections[0]
    sec.header_distance = Mm(8); sec.footer_distance = Mm(8)
    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run(f"{p['email']}   |   {p['phone']}"); r.font.size = Pt(8.5); r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(f"{p['name']} · {p['address']}"); r.font.size = Pt(8); r.font.color.rgb = RGBColor(0x77, 0x77, 0x77)
    h = doc.add_paragraph(); h.alignment = WD_ALIGN_PARAGRAPH.LEFT
    r = h.add_run(p["name"]); r.font.size = Pt(22); r.bold = True; r.font.color.rgb = RGBColor(0x5B, 0x2C, 0x6F)
    if p["native"]:
        r = h.add_run("   " + p["native"]); r.font.size = Pt(14); r.font.rtl = True
    doc.add_paragraph(p["headline"]).runs[0].italic = True
    if p["summary"]:
        doc.add_paragraph(p["summary"])
    _heading(doc, "Education", "5B2C6F")
    for a, b, c, d in p["education"]:
        q = doc.add_paragraph(); q.add_run(b).bold = True; q.add_run(f"\t{a}")
        q.paragraph_format.tab_stops.add_tab_stop(Mm(178), alignment=2)
        doc.add_paragraph(c + (f" ({d})" if d else ""))
    _heading(doc, "Examinations", "5B2C6F")
    for x in p["exams"]:
        doc.add_paragraph(x, style="List Bullet")
    _heading(doc, "Clinical experience", "5B2C6F")
    for e in p["experience"]:
        q = doc.add_paragraph(); q.paragraph_format.tab_stops.add_tab_stop(Mm(178), alignment=2)
        q.add_run(e["role"]).bold = True; q.add_run("\t" + e["dates"])
        doc.add_paragraph(e["org"] + ", " + e["place"])
        for b in e["bullets"]:
            doc.add_paragraph(b, style="List Bullet 2")
    if p["pubs"]:
        _heading(doc, "Posters & presentations", "5B2C6F")
        for x in p["pubs"]:
            doc.add_paragraph(x)
    _heading(doc, "Languages", "5B2C6F"); doc.add_paragraph(" • ".join(p["languages"]))
    _heading(doc, "Referee", "5B2C6F")
    for n, ti, em, ph in p["references"]:
        doc.add_paragraph(f"{n}, {ti} — {em}" + (f", {ph}" if ph else ""))
    doc.save(path)


def docx_simple(p, path):
    """Plain Word-style CV later converted by LibreOffice."""
    doc = _base("Liberation Serif")
    q = doc.add_paragraph(); q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = q.add_run(p["name"].upper()); r.bold = True; r.font.size = Pt(17)
    if p["native"]:
        q = doc.add_paragraph(p["native"]); q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    q = doc.add_paragraph(f"{p['address']}\n{p['phone']}  •  {p['email']}" + (f"\n{p['dob']}" if p["dob"] else ""))
    q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if p["summary"]:
        _heading(doc, "Summary", "000000"); doc.add_paragraph(p["summary"])
    _heading(doc, "Education", "000000")
    for a, b, c, d in p["education"]:
        q = doc.add_paragraph(); q.add_run(a + "   ").bold = True; q.add_run(b + ", " + c)
        if d:
            doc.add_paragraph(d).runs[0].italic = True
    _heading(doc, "Licensure and examinations", "000000")
    for x in p["exams"]:
        doc.add_paragraph(x, style="List Bullet")
    _heading(doc, "Clinical experience", "000000")
    for e in p["experience"]:
        q = doc.add_paragraph(); q.add_run(e["dates"] + "   ").bold = True; q.add_run(f"{e['role']} — {e['org']}, {e['place']}")
        for b in e["bullets"]:
            doc.add_paragraph(b, style="List Bullet")
    if p["research"]:
        _heading(doc, "Research", "000000")
        for e in p["research"]:
            q = doc.add_paragraph(); q.add_run(e["dates"] + "   ").bold = True; q.add_run(f"{e['role']} — {e['org']}, {e['place']}")
            for b in e["bullets"]:
                doc.add_paragraph(b, style="List Bullet")
    if p["pubs"]:
        _heading(doc, "Publications", "000000")
        for x in p["pubs"]:
            doc.add_paragraph(x, style="List Number")
    _heading(doc, "Languages", "000000"); doc.add_paragraph(", ".join(p["languages"]))
    if p["skills"]:
        _heading(doc, "Skills", "000000"); doc.add_paragraph(", ".join(p["skills"]))
    if p["visa"]:
        _heading(doc, "Visa", "000000"); doc.add_paragraph(p["visa"])
    _heading(doc, "References", "000000")
    for n, ti, em, ph in p["references"]:
        doc.add_paragraph(f"{n}\n{ti}\n{em}" + (f"\n{ph}" if ph else ""))
    doc.save(path)


# ------------------------------------------------------------------ ODF
from odf.opendocument import OpenDocumentText
from odf.style import Style, TableProperties, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties, GraphicProperties
from odf.text import P, H, Span, List, ListItem
from odf.table import Table, TableColumn, TableRow, TableCell


def _odt_styles(doc, accent="#0b5394"):
    S = {}
    def ps(name, **tp):
        st = Style(name=name, family="paragraph")
        pp = {k: v for k, v in tp.items() if k in ("marginbottom", "margintop", "textalign", "marginleft")}
        tt = {k: v for k, v in tp.items() if k not in pp}
        if tt: st.addElement(TextProperties(**tt))
        if pp: st.addElement(ParagraphProperties(**pp))
        doc.automaticstyles.addElement(st); S[name] = st
    ps("Name", fontsize="20pt", fontweight="bold", color=accent, fontfamily="Liberation Sans")
    ps("Native", fontsize="14pt", fontfamily="Noto Naskh Arabic")
    ps("Head", fontsize="12pt", fontweight="bold", color=accent, margintop="0.25cm", marginbottom="0.1cm")
    ps("Body", fontsize="10pt", fontfamily="Liberation Sans", marginbottom="0.05cm")
    ps("Small", fontsize="9pt", fontfamily="Liberation Sans", color="#444444")
    ps("Side", fontsize="9pt", fontfamily="Liberation Sans", color="#ffffff")
    ps("SideHead", fontsize="10pt", fontweight="bold", color="#ffe599", margintop="0.3cm")
    b = Style(name="Bold", family="text"); b.addElement(TextProperties(fontweight="bold")); doc.automaticstyles.addElement(b); S["Bold"] = b
    return S


def odt_plain(p, path):
    doc = OpenDocumentText(); S = _odt_styles(doc, "#8e2b0e")
    doc.text.addElement(P(stylename=S["Name"], text=f"{p['name']}, {p['suffix']}"))
    doc.text.addElement(P(stylename=S["Body"], text=p["headline"]))
    for line in [p["dob"], p["address"], f"Tel: {p['phone']}", f"E-mail: {p['email']}"]:
        doc.text.addElement(P(stylename=S["Small"], text=line))
    def head(t): doc.text.addElement(P(stylename=S["Head"], text=t))
    def body(t): doc.text.addElement(P(stylename=S["Body"], text=t))
    if p["summary"]:
        head("Objective"); body(p["summary"])
    head("Education")
    for a, b, c, d in p["education"]:
        par = P(stylename=S["Body"]); par.addElement(Span(stylename=S["Bold"], text=a + "  ")); par.addText(f"{b} — {c}" + (f" ({d})" if d else "")); doc.text.addElement(par)
    head("USMLE")
    for x in p["exams"]: body("– " + x)
    head("Clinical Experience")
    for e in p["experience"]:
        par = P(stylename=S["Body"]); par.addElement(Span(stylename=S["Bold"], text=e["dates"] + "  ")); par.addText(f"{e['role']}, {e['org']}, {e['place']}"); doc.text.addElement(par)
        for b in e["bullets"]: body("    • " + b)
    if p["pubs"]:
        head("Publications")
        for i, x in enumerate(p["pubs"], 1): body(f"{i}. {x}")
    head("Languages"); body(", ".join(p["languages"]))
    if p["skills"]:
        head("Courses"); body(", ".join(p["skills"]))
    if p["visa"]:
        head("Visa"); body(p["visa"])
    head("References")
    for n, ti, em, ph in p["references"]: body(f"{n} — {ti} — {em}" + (f" — {ph}" if ph else ""))
    doc.save(path)


def odt_sidebar(p, path, accent="#274e13"):
    """Two-column table: left shaded cell is the sidebar holding all contacts."""
    doc = OpenDocumentText(); S = _odt_styles(doc, accent)
    c1 = Style(name="c1", family="table-column"); c1.addElement(TableColumnProperties(columnwidth="5.6cm")); doc.automaticstyles.addElement(c1)
    c2 = Style(name="c2", family="table-column"); c2.addElement(TableColumnProperties(columnwidth="12.4cm")); doc.automaticstyles.addElement(c2)
    side = Style(name="sidecell", family="table-cell"); side.addElement(TableCellProperties(backgroundcolor=accent, padding="0.25cm")); doc.automaticstyles.addElement(side)
    mainc = Style(name="maincell", family="table-cell"); mainc.addElement(TableCellProperties(padding="0.25cm")); doc.automaticstyles.addElement(mainc)
    tst = Style(name="layouttable", family="table"); tst.addElement(TableProperties(width="18cm", align="left")); doc.automaticstyles.addElement(tst)
    t = Table(name="Layout", stylename=tst); t.addElement(TableColumn(stylename=c1)); t.addElement(TableColumn(stylename=c2))
    tr = TableRow(); t.addElement(tr)
    L = TableCell(stylename=side); R = TableCell(stylename=mainc); tr.addElement(L); tr.addElement(R)
    def sp(st, txt, cell): cell.addElement(P(stylename=S[st], text=txt))
    if p["native"]:
        sp("Side", p["native"], L)
    sp("SideHead", "CONTACT", L)
    for x in [p["phone"], p["email"], p["address"], p["dob"]]:
        if x: sp("Side", x, L)
    sp("SideHead", "USMLE", L)
    for x in p["exams"]: sp("Side", x, L)
    sp("SideHead", "LANGUAGES", L)
    for x in p["languages"]: sp("Side", x, L)
    if p["visa"]:
        sp("SideHead", "VISA", L); sp("Side", p["visa"], L)
    sp("Name", p["name"], R); sp("Small", p["suffix"] + " · " + p["headline"], R)
    if p["summary"]:
        sp("Head", "Profile", R); sp("Body", p["summary"], R)
    sp("Head", "Education & Training", R)
    for a, b, c, d in p["education"]:
        par = P(stylename=S["Body"]); par.addElement(Span(stylename=S["Bold"], text=b)); R.addElement(par)
        sp("Small", f"{c} | {a}" + (f" | {d}" if d else ""), R)
    sp("Head", "Clinical Experience", R)
    for e in p["experience"]:
        par = P(stylename=S["Body"]); par.addElement(Span(stylename=S["Bold"], text=e["role"])); R.addElement(par)
        sp("Small", f"{e['org']}, {e['place']} | {e['dates']}", R)
        for b in e["bullets"]: sp("Body", "• " + b, R)
    if p["pubs"]:
        sp("Head", "Publications", R)
        for x in p["pubs"]: sp("Body", x, R)
    sp("Head", "References", R)
    for n, ti, em, ph in p["references"]: sp("Body", f"{n}, {ti}. {em}" + (f" {ph}" if ph else ""), R)
    doc.text.addElement(t)
    doc.save(path)


def odt_for_rtf(p, path):
    """ODT with paragraph layout; converted to RTF by LibreOffice."""
    doc = OpenDocumentText(); S = _odt_styles(doc, "#000000")
    def sp(st, txt): doc.text.addElement(P(stylename=S[st], text=txt))
    sp("Name", f"{p['name']}, {p['suffix']}")
    sp("Body", p["address"]); sp("Body", f"Cell {p['phone']} — {p['email']}")
    sp("Head", "OBJECTIVE"); sp("Body", p["summary"])
    sp("Head", "RESEARCH EXPERIENCE")
    for e in p["research"]:
        sp("Body", f"{e['dates']}: {e['role']}, {e['org']}, {e['place']}")
        for b in e["bullets"]: sp("Body", "   - " + b)
    sp("Head", "CLINICAL EXPERIENCE")
    for e in p["experience"]:
        sp("Body", f"{e['dates']}: {e['role']}, {e['org']}, {e['place']}")
    sp("Head", "EDUCATION")
    for a, b, c, d in p["education"]:
        sp("Body", f"{a}: {b}, {c}")
    sp("Head", "EXAMINATIONS")
    for x in p["exams"]: sp("Body", x)
    sp("Head", "PUBLICATIONS AND PRESENTATIONS")
    for x in p["pubs"]: sp("Body", x)
    sp("Head", "LANGUAGES"); sp("Body", "; ".join(p["languages"]))
    sp("Head", "VISA"); sp("Body", p["visa"])
    sp("Head", "REFERENCES")
    for n, ti, em, ph in p["references"]: sp("Body", f"{n}, {ti}, {em}, {ph}")
    doc.save(path)


def txt_plain(p, path):
    L = []
    L.append(f"{p['name'].upper()}, {p['suffix']}   ({p['native']})")
    L.append(p["address"])
    L.append(f"Cell: {p['phone']}   Email: {p['email']}")
    L.append(p["dob"]); L.append("")
    L.append("OBJECTIVE"); L.append("---------"); L.append(p["summary"]); L.append("")
    L.append("EDUCATION"); L.append("---------")
    for a, b, c, d in p["education"]:
        L.append(f"{a:<14}{b}"); L.append(f"{'':<14}{c}")
    L.append(""); L.append("USMLE / ECFMG"); L.append("-------------")
    for x in p["exams"]: L.append("  * " + x)
    L.append(""); L.append("U.S. AND INTERNATIONAL EXPERIENCE"); L.append("---------------------------------")
    for e in p["research"] + p["experience"]:
        L.append(f"{e['dates']:<22}{e['role']}"); L.append(f"{'':<22}{e['org']}, {e['place']}")
        for b in e["bullets"]: L.append(f"{'':<22}- {b}")
    L.append(""); L.append("PEER-REVIEWED PUBLICATIONS"); L.append("--------------------------")
    for i, x in enumerate(p["pubs"], 1): L.append(f"{i}. {x}")
    L.append(""); L.append("LANGUAGES: " + ", ".join(p["languages"]))
    L.append("IMMIGRATION: " + p["visa"])
    L.append(""); L.append("REFERENCES"); L.append("----------")
    for n, ti, em, ph in p["references"]: L.append(f"{n}, {ti}. {em}, {ph}")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\r\n".join(L) + "\r\n")
