# -*- coding: utf-8 -*-
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, PageLayout, PageLayoutProperties, MasterPage, Header, Footer,
                       TableColumnProperties, TableCellProperties, TableProperties, HeaderStyle, FooterStyle, HeaderFooterProperties)
from odf.text import P, H, List, ListItem, PageNumber, PageCount, Span, ListStyle, ListLevelStyleBullet, ListLevelStyleNumber
from odf.style import ListLevelProperties
from odf.table import Table, TableColumn, TableRow, TableCell, TableHeaderRows
from content import blocks, contact_line


def build(p, path, header_text, footer_prefix, table_rows_pad=None):
    doc = OpenDocumentText()
    pl = PageLayout(name="pm1")
    pl.addElement(PageLayoutProperties(pagewidth="21.59cm", pageheight="27.94cm", margintop="1.5cm", marginbottom="1.5cm",
                                       marginleft="2cm", marginright="2cm"))
    hs = HeaderStyle(); hs.addElement(HeaderFooterProperties(minheight="0.6cm", marginbottom="0.4cm")); pl.addElement(hs)
    fs = FooterStyle(); fs.addElement(HeaderFooterProperties(minheight="0.6cm", margintop="0.4cm")); pl.addElement(fs)
    doc.automaticstyles.addElement(pl)
    small = Style(name="Small", family="paragraph"); small.addElement(TextProperties(fontsize="8pt", color="#555555"))
    small.addElement(ParagraphProperties(textalign="end")); doc.styles.addElement(small)
    smallc = Style(name="SmallC", family="paragraph"); smallc.addElement(TextProperties(fontsize="8pt")); smallc.addElement(ParagraphProperties(textalign="center"))
    doc.styles.addElement(smallc)
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    hd = Header(); hd.addElement(P(stylename=small, text=header_text)); mp.addElement(hd)
    ft = Footer(); fp = P(stylename=smallc, text=footer_prefix); fp.addElement(PageNumber(selectpage="current", text="1"))
    fp.addText(" of "); fp.addElement(PageCount(text="1")); ft.addElement(fp); mp.addElement(ft)
    doc.masterstyles.addElement(mp)

    body = Style(name="Body", family="paragraph"); body.addElement(TextProperties(fontsize="10.5pt", fontfamily="Liberation Sans", fontname="Liberation Sans"))
    body.addElement(ParagraphProperties(margintop="0.05cm", marginbottom="0.08cm")); doc.styles.addElement(body)
    name = Style(name="NameSt", family="paragraph"); name.addElement(TextProperties(fontsize="18pt", fontweight="bold", color="#0b5345")); doc.styles.addElement(name)
    h1 = Style(name="Heading 1", family="paragraph"); h1.addElement(TextProperties(fontsize="12.5pt", fontweight="bold", color="#0b5345"))
    h1.addElement(ParagraphProperties(margintop="0.35cm", marginbottom="0.12cm", borderbottom="0.06pt solid #0b5345", keepwithnext="always")); doc.styles.addElement(h1)
    h2 = Style(name="Heading 2", family="paragraph"); h2.addElement(TextProperties(fontsize="10.5pt", fontweight="bold", fontstyle="italic"))
    h2.addElement(ParagraphProperties(keepwithnext="always")); doc.styles.addElement(h2)
    bold = Style(name="B", family="text"); bold.addElement(TextProperties(fontweight="bold")); doc.styles.addElement(bold)
    ital = Style(name="I", family="text"); ital.addElement(TextProperties(fontstyle="italic")); doc.styles.addElement(ital)
    ind = Style(name="Ind", family="paragraph", parentstylename=body); ind.addElement(ParagraphProperties(marginleft="0.7cm", textindent="-0.7cm")); doc.styles.addElement(ind)
    bl_style = ListStyle(name="Bul")
    lv = ListLevelStyleBullet(level=1, bulletchar="•"); lv.addElement(ListLevelProperties(spacebefore="0.3cm", minlabelwidth="0.4cm")); bl_style.addElement(lv)
    doc.automaticstyles.addElement(bl_style)
    cellst = Style(name="Cell", family="table-cell"); cellst.addElement(TableCellProperties(border="0.5pt solid #666666", padding="0.08cm")); doc.automaticstyles.addElement(cellst)
    hcell = Style(name="HCell", family="table-cell"); hcell.addElement(TableCellProperties(border="0.5pt solid #666666", padding="0.08cm", backgroundcolor="#d5f5e3")); doc.automaticstyles.addElement(hcell)
    tp = Style(name="Tbl", family="table"); tp.addElement(TableProperties(width="17.5cm", align="left")); doc.automaticstyles.addElement(tp)
    tsmall = Style(name="TSmall", family="paragraph"); tsmall.addElement(TextProperties(fontsize="9pt")); doc.styles.addElement(tsmall)

    doc.text.addElement(P(stylename=name, text=p["display"]))
    doc.text.addElement(P(stylename=body, text=contact_line(p)))
    tcount = 0
    for blk in blocks(p):
        k = blk[0]
        if k == "h":
            doc.text.addElement(H(outlinelevel=1, stylename=h1, text=blk[1]))
        elif k == "subh":
            doc.text.addElement(H(outlinelevel=2, stylename=h2, text=blk[1]))
        elif k == "p":
            doc.text.addElement(P(stylename=body, text=blk[1]))
        elif k == "ul":
            L = List(stylename=bl_style)
            for i in blk[1]:
                li = ListItem(); li.addElement(P(stylename=body, text=i)); L.addElement(li)
            doc.text.addElement(L)
        elif k == "ol":
            for n, i in enumerate(blk[1], blk[2]):
                doc.text.addElement(P(stylename=ind, text=f"{n}.\t{i}"))
        elif k == "entry":
            e = blk[1]
            q = P(stylename=body); q.addElement(Span(stylename=bold, text=e["title"])); q.addText(f"  —  {e['dates']}")
            doc.text.addElement(q)
            q = P(stylename=body); q.addElement(Span(stylename=ital, text=f"{e['org']}, {e['place']}")); doc.text.addElement(q)
            xs = [x for x in e["bullets"] if x]
            if xs:
                L = List(stylename=bl_style)
                for x in xs:
                    li = ListItem(); li.addElement(P(stylename=body, text=x)); L.addElement(li)
                doc.text.addElement(L)
        elif k == "table":
            tcount += 1
            hdr, rows = blk[1], blk[2]
            t = Table(name=f"T{tcount}", stylename=tp)
            t.addElement(TableColumn(numbercolumnsrepeated=len(hdr)))
            th = TableHeaderRows(); tr = TableRow()
            for hname in hdr:
                c = TableCell(stylename=hcell); q = P(stylename=tsmall); q.addElement(Span(stylename=bold, text=hname)); c.addElement(q); tr.addElement(c)
            th.addElement(tr); t.addElement(th)
            for row in rows:
                tr = TableRow()
                for v in row:
                    c = TableCell(stylename=cellst); c.addElement(P(stylename=tsmall, text=v)); tr.addElement(c)
                t.addElement(tr)
            doc.text.addElement(t)
        elif k == "ref":
            r = blk[1]
            q = P(stylename=body); q.addElement(Span(stylename=bold, text=r["name"])); doc.text.addElement(q)
            doc.text.addElement(P(stylename=body, text=f"{r['title']}, {r['inst']}, {r['city']}"))
            doc.text.addElement(P(stylename=body, text=f"Email: {r['email']} — Tel.: {r['phone']}"))
    doc.save(path)
