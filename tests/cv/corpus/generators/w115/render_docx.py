# -*- coding: utf-8 -*-
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from content import blocks, contact_line


def add_field(par, instr, size=8):
    r = par.add_run(); r.font.size = Pt(size)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r2 = par.add_run(); r2.font.size = Pt(size)
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = instr; r2._r.append(t)
    r3 = par.add_run(); r3.font.size = Pt(size)
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r3._r.append(s)
    r4 = par.add_run("1"); r4.font.size = Pt(size)
    r5 = par.add_run(); e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r5._r.append(e)


def page_x_of_y(par, size=8, prefix="Page "):
    r = par.add_run(prefix); r.font.size = Pt(size)
    add_field(par, "PAGE", size)
    r = par.add_run(" of "); r.font.size = Pt(size)
    add_field(par, "NUMPAGES", size)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), hexcolor); tcPr.append(sh)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader"); el.set(qn("w:val"), "true"); trPr.append(el)


def build(p, path, variant, pubstyle="split", body_contacts=True, font="Calibri", size=10.5, heads=None):
    d = Document()
    st = d.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0); sec.top_margin = Cm(2.2); sec.bottom_margin = Cm(2.0)
    sec.page_width = Cm(21.59); sec.page_height = Cm(27.94)
    if variant == "header":          # 001: name+contacts header, Page X of Y footer
        hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = hp.add_run(f"{p['name']}  |  {p['email']}  |  {p['phone']}"); r.font.size = Pt(8); r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER; page_x_of_y(fp)
    elif variant == "header_contacts":   # 002: contacts ONLY in header
        hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = hp.add_run(p["display"]); r.bold = True; r.font.size = Pt(9)
        hp2 = sec.header.add_paragraph(); hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = hp2.add_run(f"{p['address']}  •  Mobile {p['phone']}  •  {p['email']}"); r.font.size = Pt(8)
        fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = fp.add_run("Curriculum Vitae — "); r.font.size = Pt(8); add_field(fp, "PAGE")
    elif variant == "firstpage_table":  # 012: first page header holds a contact table, others a short running head
        sec.different_first_page_header_footer = True
        fh = sec.first_page_header
        t = fh.add_table(rows=2, cols=2, width=Cm(17.5))
        t.cell(0, 0).text = p["display"]; t.cell(0, 0).paragraphs[0].runs[0].bold = True; t.cell(0, 0).paragraphs[0].runs[0].font.size = Pt(15)
        t.cell(0, 1).text = f"E-mail: {p['email']}"
        t.cell(1, 0).text = p["address"]
        t.cell(1, 1).text = f"Mobile (Spain/WhatsApp): {p['phone']}"
        for row in t.rows:
            for c in row.cells:
                shade(c, "E8EEF4")
        hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = hp.add_run("L. Fernández-Bermejo Castro — Curriculum Vitae (continued)"); r.italic = True; r.font.size = Pt(8)
        for f in (sec.footer, sec.first_page_footer):
            fp = f.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER; page_x_of_y(fp)
    elif variant == "footer_contacts":  # 013: name + contacts in footer
        fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = fp.add_run(f"{p['name']} · {p['phone']} · {p['email']}    "); r.font.size = Pt(8)
        add_field(fp, "PAGE")
    elif variant == "plain":
        fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER; page_x_of_y(fp)

    # title block
    if variant != "firstpage_table":
        h = d.add_paragraph(); r = h.add_run(p["display"]); r.bold = True; r.font.size = Pt(17)
        if body_contacts:
            c = d.add_paragraph(contact_line(p)); c.runs[0].font.size = Pt(9.5)
    bl = blocks(p, pubstyle=pubstyle, heads=heads)
    for blk in bl:
        k = blk[0]
        if k == "h":
            h = d.add_paragraph(); h.paragraph_format.space_before = Pt(10); h.paragraph_format.space_after = Pt(3)
            r = h.add_run(blk[1].upper()); r.bold = True; r.font.size = Pt(11.5); r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
            pPr = h._p.get_or_add_pPr(); bd = OxmlElement("w:pBdr"); bt = OxmlElement("w:bottom")
            for a, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "1F3A5F")):
                bt.set(qn(a), v)
            bd.append(bt); pPr.append(bd)
        elif k == "subh":
            h = d.add_paragraph(); r = h.add_run(blk[1]); r.bold = True; r.italic = True
        elif k == "p":
            d.add_paragraph(blk[1])
        elif k == "ul":
            for i in blk[1]:
                d.add_paragraph(i, style="List Bullet")
        elif k == "ol":
            if variant == "footer_contacts":
                for i in blk[1]:
                    d.add_paragraph(i, style="List Number")   # Word auto-numbering (one list → numbers continue)
            else:
                for n, i in enumerate(blk[1], blk[2]):
                    q = d.add_paragraph(f"{n}. {i}"); q.paragraph_format.left_indent = Cm(0.6); q.paragraph_format.first_line_indent = Cm(-0.6)
        elif k == "entry":
            e = blk[1]
            q = d.add_paragraph(); q.paragraph_format.space_before = Pt(4); q.paragraph_format.space_after = Pt(0)
            q.paragraph_format.tab_stops.add_tab_stop(Cm(17.5), WD_TAB_ALIGNMENT.RIGHT)
            r = q.add_run(e["title"]); r.bold = True
            q.add_run("\t" + e["dates"])
            q2 = d.add_paragraph(); q2.paragraph_format.space_after = Pt(1)
            r = q2.add_run(f"{e['org']}, {e['place']}"); r.italic = True
            for x in e["bullets"]:
                if x:
                    d.add_paragraph(x, style="List Bullet")
        elif k == "table":
            t = d.add_table(rows=1, cols=len(blk[1])); t.style = "Table Grid"
            for i, hname in enumerate(blk[1]):
                t.rows[0].cells[i].text = hname; shade(t.rows[0].cells[i], "D9E2F3")
            repeat_header(t.rows[0])
            for row in blk[2]:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    cells[i].text = v
        elif k == "ref":
            rf = blk[1]
            q = d.add_paragraph(); q.add_run(rf["name"]).bold = True
            q.add_run(f"\n{rf['title']}, {rf['inst']}, {rf['city']}\nEmail: {rf['email']}  |  Phone: {rf['phone']}")
    d.save(path)
