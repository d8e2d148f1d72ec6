# -*- coding: utf-8 -*-
"""Build the source documents (DOCX via python-docx, ODT via odfpy) for every person into /tmp/w14_src,
then convert with LibreOffice where the delivered format is pdf/rtf/txt (done by build.sh via convert.py)."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from people import PEOPLE

from docx import Document
from docx.shared import Pt, RGBColor, Cm, Inches
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

SRC = os.environ.get("W14_SRC", "/tmp/w14_src")
os.makedirs(SRC, exist_ok=True)


# ============================================================ DOCX helpers
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge); e.set(qn("w:val"), "nil"); b.append(e)
    tblPr.append(b)


def bottom_rule(par, color="1F4E79", sz="8"):
    pPr = par._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    bot = OxmlElement("w:bottom")
    bot.set(qn("w:val"), "single"); bot.set(qn("w:sz"), sz); bot.set(qn("w:space"), "1"); bot.set(qn("w:color"), color)
    pbdr.append(bot); pPr.append(pbdr)


def set_col_width(table, idx, width):
    table.columns[idx].width = width
    for row in table.rows:
        row.cells[idx].width = width


def base_doc(font="Calibri", size=10.5, margins=Cm(1.8)):
    d = Document()
    st = d.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.left_margin = s.right_margin = margins; s.top_margin = s.bottom_margin = Cm(1.6)
    return d


def run(par, text, bold=False, italic=False, size=None, color=None, font=None):
    r = par.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    if font: r.font.name = font
    return r


def add_items_docx(container, items, style="tab", date_color="555555", width_cm=17.0):
    """container: Document or table cell. style: tab (title ... date right), datefirst, below."""
    for it in items:
        if isinstance(it, str):
            p = container.add_paragraph(); run(p, it)
            p.paragraph_format.space_after = Pt(2)
            continue
        p = container.add_paragraph(); p.paragraph_format.space_after = Pt(1)
        if style == "tab":
            p.paragraph_format.tab_stops.add_tab_stop(Cm(width_cm), WD_TAB_ALIGNMENT.RIGHT)
            run(p, it["h"], bold=True)
            if it.get("d"):
                run(p, "\t" + it["d"], italic=True, color=date_color)
        elif style == "datefirst":
            if it.get("d"):
                run(p, it["d"] + "   |   ", bold=True, color=date_color)
            run(p, it["h"])
        else:  # below
            run(p, it["h"], bold=True)
            if it.get("d"):
                q = container.add_paragraph(); q.paragraph_format.space_after = Pt(1)
                run(q, it["d"], italic=True, color=date_color, size=9.5)
        for s in it.get("sub", []):
            b = container.add_paragraph(); b.paragraph_format.left_indent = Cm(0.6)
            b.paragraph_format.space_after = Pt(1); run(b, "• " + s, size=9.5)


def docx_heading(container, text, color="1F4E79", size=12, rule=True, upper=True):
    p = container.add_paragraph(); p.paragraph_format.space_before = Pt(8); p.paragraph_format.space_after = Pt(3)
    run(p, text.upper() if upper else text, bold=True, size=size, color=color)
    if rule: bottom_rule(p, color)
    return p


# ------------------------------------------------------------ DOCX layouts
def docx_sidebar(P, path, fill="D9E2F3", accent="1F3864"):
    """two-column layout table with a shaded left column (contacts, languages, exams)."""
    d = base_doc("Calibri", 10, Cm(1.2))
    t = d.add_table(rows=1, cols=2); no_borders(t); t.autofit = False
    left, right = t.rows[0].cells
    set_col_width(t, 0, Cm(6.0)); set_col_width(t, 1, Cm(12.6)); shade(left, fill)
    lp = left.paragraphs[0]; run(lp, "CONTACT", bold=True, color=accent, size=11)
    for c in P["contacts"]:
        q = left.add_paragraph(); run(q, c, size=9.5)
    for h, lines in P.get("side", []):
        q = left.add_paragraph(); q.paragraph_format.space_before = Pt(10); run(q, h.upper(), bold=True, color=accent, size=11)
        for l in lines:
            q = left.add_paragraph(); run(q, l, size=9.5)
    rp = right.paragraphs[0]; run(rp, P["display_name"], bold=True, size=18, color=accent)
    if P.get("alt_name"):
        q = right.add_paragraph(); run(q, P["alt_name"], size=12, font="DejaVu Sans")
    q = right.add_paragraph(); run(q, P["tagline"], italic=True, size=11, color="404040")
    for h, items in P["sections"]:
        docx_heading(right, h, accent, 11.5)
        add_items_docx(right, items, style="below")
    d.save(path)


def docx_header_contacts(P, path):
    d = base_doc("Cambria", 10.5)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(hp, P["display_name"], bold=True, size=15)
    hp2 = sec.header.add_paragraph(); hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(hp2, "  •  ".join(P["contacts"]), size=9.5, color="444444"); bottom_rule(hp2, "888888", "6")
    p = d.add_paragraph(); run(p, P["tagline"], italic=True)
    for h, items in P["sections"]:
        d.add_heading(h, level=2)
        add_items_docx(d, items, style="tab")
    d.save(path)


def docx_footer_contacts(P, path):
    d = base_doc("Georgia", 10.5)
    sec = d.sections[0]
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    run(p, P["display_name"], bold=True, size=20, color="7B2C2C")
    p = d.add_paragraph(); run(p, P["tagline"], size=11, color="555555"); bottom_rule(p, "7B2C2C", "12")
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(fp, " | ".join(P["contacts"]), size=8.5, color="333333")
    for h, items in P["sections"]:
        docx_heading(d, h, "7B2C2C", 11.5, rule=False, upper=False)
        add_items_docx(d, items, style="datefirst")
    d.save(path)


def docx_label_table(P, path, label_fill="EDEDED", accent="2E5E4E"):
    """heading labels in the left column of a table: 'US Clinical Experience' | entries."""
    d = base_doc("Arial", 10)
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, P["display_name"], bold=True, size=17, color=accent)
    if P.get("alt_name"):
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; run(p, P["alt_name"], size=11)
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; run(p, P["tagline"], italic=True)
    t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
    r = t.add_row().cells; run(r[0].paragraphs[0], "Contact", bold=True); shade(r[0], label_fill)
    r[1].paragraphs[0].text = ""
    run(r[1].paragraphs[0], P["contacts"][0])
    for c in P["contacts"][1:]:
        run(r[1].add_paragraph(), c)
    for h, items in P["sections"]:
        r = t.add_row().cells; shade(r[0], label_fill)
        run(r[0].paragraphs[0], h, bold=True, color=accent)
        first = r[1].paragraphs[0]
        add_items_docx(r[1], items, style="below")
        first._p.getparent().remove(first._p)
    set_col_width(t, 0, Cm(4.2)); set_col_width(t, 1, Cm(13.4))
    d.save(path)


def docx_styled_headings(P, path, accent="8B1E3F", style="tab"):
    """headings as styled paragraphs (not Word Heading styles), contacts in a 1-row table under the name."""
    d = base_doc("Calibri", 10.5)
    p = d.add_paragraph(); run(p, P["display_name"], bold=True, size=20, color=accent)
    p = d.add_paragraph(); run(p, P["tagline"], size=11, italic=True)
    t = d.add_table(rows=1, cols=len(P["contacts"])); no_borders(t)
    for i, c in enumerate(P["contacts"]):
        cp = t.rows[0].cells[i].paragraphs[0]; run(cp, c, size=9)
    for h, items in P["sections"]:
        docx_heading(d, h, accent, 11.5, rule=True, upper=False)
        add_items_docx(d, items, style=style)
    d.save(path)


def docx_creative(P, path, band="2F5D62", accent="2F5D62"):
    """shaded name band table, contacts in page header (right aligned), custom coloured headings."""
    d = base_doc("Century Gothic", 10)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run(hp, "   ◆   ".join(P["contacts"]), size=8.5, color="555555")
    t = d.add_table(rows=1, cols=1); no_borders(t); c = t.rows[0].cells[0]; shade(c, band)
    run(c.paragraphs[0], P["display_name"], bold=True, size=22, color="FFFFFF")
    run(c.add_paragraph(), P["tagline"], size=11, color="E8F0F0")
    for h, items in P["sections"]:
        p = d.add_paragraph(); p.paragraph_format.space_before = Pt(10)
        run(p, "▍" + h, bold=True, size=13, color=accent)
        add_items_docx(d, items, style="datefirst", date_color=accent)
    d.save(path)


def docx_simple(P, path):
    d = base_doc("Times New Roman", 11)
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; run(p, P["display_name"], bold=True, size=16)
    if P.get("alt_name"):
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; run(p, P["alt_name"], size=12, font="DejaVu Sans")
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; run(p, " · ".join(P["contacts"]), size=10)
    if P.get("tagline"):
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; run(p, P["tagline"], italic=True)
    for h, items in P["sections"]:
        d.add_heading(h, level=1)
        add_items_docx(d, items, style="tab")
    d.save(path)


# ============================================================ ODT (odfpy)
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties,
                       PageLayout, PageLayoutProperties, MasterPage, Header, Footer, TableProperties, TabStops, TabStop)
from odf.text import P as OP, H as OH, Span
from odf.table import Table, TableColumn, TableRow, TableCell


def odt_base(font="Liberation Serif", size="10.5pt", header=None, footer=None):
    doc = OpenDocumentText()
    s = doc.styles
    std = Style(name="Standard", family="paragraph")
    std.addElement(TextProperties(fontname=font, fontfamily=font, fontsize=size))
    s.addElement(std)
    pl = PageLayout(name="PL1")
    pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.5cm", marginbottom="1.5cm",
                                       marginleft="1.8cm", marginright="1.8cm"))
    doc.automaticstyles.addElement(pl)
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    hf = Style(name="HF", family="paragraph", parentstylename=std)
    hf.addElement(ParagraphProperties(textalign="center"))
    hf.addElement(TextProperties(fontsize="8.5pt", color="#333333"))
    s.addElement(hf)
    if header:
        h = Header()
        for line in header:
            h.addElement(OP(stylename=hf, text=line))
        mp.addElement(h)
    if footer:
        f = Footer()
        for line in footer:
            f.addElement(OP(stylename=hf, text=line))
        mp.addElement(f)
    doc.masterstyles.addElement(mp)
    st = {}
    def ps(name, **kw):
        x = Style(name=name, family="paragraph", parentstylename=std)
        pp = {k[2:]: v for k, v in kw.items() if k.startswith("p_")}
        tp = {k[2:]: v for k, v in kw.items() if k.startswith("t_")}
        if pp: x.addElement(ParagraphProperties(**pp))
        if tp: x.addElement(TextProperties(**tp))
        doc.automaticstyles.addElement(x); st[name] = x; return x
    ps("Name", t_fontsize="19pt", t_fontweight="bold", t_color="#1B3A57", p_textalign="left")
    ps("NameC", t_fontsize="17pt", t_fontweight="bold", p_textalign="center")
    ps("Center", p_textalign="center")
    ps("Tag", t_fontstyle="italic", t_color="#444444", p_marginbottom="0.2cm")
    ps("Head", t_fontsize="12pt", t_fontweight="bold", t_color="#1B3A57", p_margintop="0.35cm", p_marginbottom="0.1cm",
       p_borderbottom="0.5pt solid #1B3A57", p_padding="0.05cm")
    ps("Item", p_marginbottom="0.05cm")
    ps("Sub", p_marginleft="0.6cm", t_fontsize="9.5pt")
    ps("Date", t_fontstyle="italic", t_color="#555555", t_fontsize="9.5pt")
    bold = Style(name="B", family="text"); bold.addElement(TextProperties(fontweight="bold"))
    ital = Style(name="I", family="text"); ital.addElement(TextProperties(fontstyle="italic", color="#555555"))
    dejavu = Style(name="DV", family="text"); dejavu.addElement(TextProperties(fontname="DejaVu Sans", fontfamily="DejaVu Sans"))
    for x in (bold, ital, dejavu):
        doc.automaticstyles.addElement(x)
    st["B"], st["I"], st["DV"] = bold, ital, dejavu
    return doc, st


def odt_items(doc_or_cell, st, items, style="inline"):
    for it in items:
        if isinstance(it, str):
            doc_or_cell.addElement(OP(stylename=st["Item"], text=it)); continue
        p = OP(stylename=st["Item"])
        if style == "inline":
            p.addElement(Span(stylename=st["B"], text=it["h"]))
            if it.get("d"):
                p.addText(" — "); p.addElement(Span(stylename=st["I"], text=it["d"]))
            doc_or_cell.addElement(p)
        else:  # datefirst
            if it.get("d"):
                p.addElement(Span(stylename=st["B"], text=it["d"] + ":  "))
            p.addText(it["h"]); doc_or_cell.addElement(p)
        for s in it.get("sub", []):
            doc_or_cell.addElement(OP(stylename=st["Sub"], text="– " + s))


def odt_name_block(doc, st, P, center=False):
    doc.text.addElement(OP(stylename=st["NameC" if center else "Name"], text=P["display_name"]))
    if P.get("alt_name"):
        p = OP(stylename=st["Center"] if center else st["Item"]); p.addElement(Span(stylename=st["DV"], text=P["alt_name"]))
        doc.text.addElement(p)
    if P.get("tagline"):
        doc.text.addElement(OP(stylename=st["Tag"], text=P["tagline"]))


def odt_classic(P, path, center=False):
    doc, st = odt_base("Liberation Serif")
    odt_name_block(doc, st, P, center)
    for c in P["contacts"]:
        doc.text.addElement(OP(stylename=st["Center"] if center else st["Item"], text=c))
    for h, items in P["sections"]:
        doc.text.addElement(OH(outlinelevel=2, stylename=st["Head"], text=h))
        odt_items(doc.text, st, items)
    doc.save(path)


def odt_header_contacts(P, path):
    doc, st = odt_base("Liberation Sans", header=["  ·  ".join(P["contacts"])])
    odt_name_block(doc, st, P)
    for h, items in P["sections"]:
        doc.text.addElement(OH(outlinelevel=2, stylename=st["Head"], text=h))
        odt_items(doc.text, st, items, style="datefirst")
    doc.save(path)


def odt_footer_contacts(P, path):
    doc, st = odt_base("Liberation Serif", footer=P["contacts"])
    odt_name_block(doc, st, P, center=True)
    for h, items in P["sections"]:
        doc.text.addElement(OH(outlinelevel=2, stylename=st["Head"], text=h))
        odt_items(doc.text, st, items)
    doc.save(path)


def odt_table(P, path):
    doc, st = odt_base("Liberation Sans", size="10pt")
    odt_name_block(doc, st, P)
    tstyle = Style(name="T1", family="table"); tstyle.addElement(TableProperties(width="17.4cm", align="left"))
    c1 = Style(name="C1", family="table-column"); c1.addElement(TableColumnProperties(columnwidth="4.4cm"))
    c2 = Style(name="C2", family="table-column"); c2.addElement(TableColumnProperties(columnwidth="13cm"))
    lab = Style(name="LAB", family="table-cell"); lab.addElement(TableCellProperties(backgroundcolor="#E4E9F0", padding="0.1cm", border="0.5pt solid #999999"))
    val = Style(name="VAL", family="table-cell"); val.addElement(TableCellProperties(padding="0.1cm", border="0.5pt solid #999999"))
    for x in (tstyle, c1, c2, lab, val):
        doc.automaticstyles.addElement(x)
    t = Table(name="CV", stylename=tstyle)
    t.addElement(TableColumn(stylename=c1)); t.addElement(TableColumn(stylename=c2))
    rows = [("Contact", P["contacts"])] + P["sections"]
    for h, items in rows:
        tr = TableRow(); a = TableCell(stylename=lab); b = TableCell(stylename=val)
        p = OP(stylename=st["Item"]); p.addElement(Span(stylename=st["B"], text=h)); a.addElement(p)
        odt_items(b, st, items)
        tr.addElement(a); tr.addElement(b); t.addElement(tr)
    doc.text.addElement(t)
    doc.save(path)


def odt_plain(P, path):
    """plain content meant for LibreOffice 'Text' export: no tables, no header."""
    doc, st = odt_base("Liberation Mono", size="10pt")
    doc.text.addElement(OP(stylename=st["Item"], text=P["display_name"]))
    for c in P["contacts"]:
        doc.text.addElement(OP(stylename=st["Item"], text=c))
    for h, items in P["sections"]:
        doc.text.addElement(OP(stylename=st["Item"], text=""))
        doc.text.addElement(OP(stylename=st["Item"], text=h))
        doc.text.addElement(OP(stylename=st["Item"], text="-" * len(h)))
        for it in items:
            if isinstance(it, str):
                doc.text.addElement(OP(stylename=st["Item"], text=it))
            else:
                doc.text.addElement(OP(stylename=st["Item"], text=f"{it['d']}    {it['h']}"))
                for s in it.get("sub", []):
                    doc.text.addElement(OP(stylename=st["Item"], text="  * " + s))
    doc.save(path)


BUILDERS = {
    "001": (docx_sidebar, "docx"),
    "002": (docx_header_contacts, "docx"),
    "003": (docx_footer_contacts, "docx"),
    "004": (docx_label_table, "docx"),
    "005": (lambda P, p: docx_styled_headings(P, p, "006B3F", "tab"), "docx"),
    "006": (odt_classic, "odt"),
    "007": (odt_header_contacts, "odt"),
    "008": (docx_simple, "docx"),
    "009": (lambda P, p: odt_classic(P, p, center=True), "odt"),
    "010": (odt_footer_contacts, "odt"),
    "011": (lambda P, p: docx_sidebar(P, p, fill="3B3B3B" if False else "E7E6E6", accent="833C0B"), "docx"),
    "012": (docx_creative, "docx"),
    "013": (odt_table, "odt"),
    "014": (odt_plain, "odt"),
    "015": (lambda P, p: docx_label_table(P, p, "DEEAF6", "1F4E79"), "docx"),
    "016": (lambda P, p: docx_styled_headings(P, p, "B03A2E", "datefirst"), "docx"),
    "017": (docx_simple, "docx"),
    "018": (odt_classic, "odt"),
    "019": (lambda P, p: docx_styled_headings(P, p, "1F4E79", "tab"), "docx"),
    "020": (docx_header_contacts, "docx"),
    "021": (odt_table, "odt"),
}

if __name__ == "__main__":
    for P in PEOPLE:
        fn, ext = BUILDERS[P["id"]]
        out = os.path.join(SRC, f"w14_{P['id']}_{P['layout']}.{ext}")
        fn(P, out)
        print("built", out)
