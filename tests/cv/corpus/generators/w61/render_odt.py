"""odfpy renderers: 003 (ODT, forward chronological, Spanish/English) and 010 (ODT -> LibreOffice PDF, tables)."""
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, PageLayout, PageLayoutProperties,
                       MasterPage, Header, Footer, TableColumnProperties, TableCellProperties, HeaderStyle,
                       HeaderFooterProperties)
from odf.text import P, Span, PageNumber, PageCount, H, List, ListItem
from odf.table import Table, TableColumn, TableRow, TableCell
from common import pub_blocks, is_pub


def _styles(doc, font="Liberation Serif"):
    S = {}
    def ps(name, **kw):
        st = Style(name=name, family="paragraph")
        tp = {k: v for k, v in kw.items() if k in ("fontsize", "fontweight", "fontstyle", "color", "fontfamily")}
        pp = {k.replace("_", ""): v for k, v in kw.items() if k in ("marginleft", "margintop", "marginbottom", "textalign", "textindent", "borderbottom", "paddingbottom")}
        tp.setdefault("fontfamily", font)
        st.addElement(TextProperties(**tp))
        if pp:
            st.addElement(ParagraphProperties(**pp))
        doc.automaticstyles.addElement(st)
        S[name] = st
    ps("Body", fontsize="10pt", marginbottom="0.05cm")
    ps("Name", fontsize="20pt", fontweight="bold", textalign="center")
    ps("Center", fontsize="9.5pt", textalign="center")
    ps("Head", fontsize="12pt", fontweight="bold", color="#234d20", margintop="0.35cm", marginbottom="0.12cm",
       borderbottom="0.5pt solid #234d20", paddingbottom="0.05cm")
    ps("Entry", fontsize="10pt", fontweight="bold", margintop="0.12cm")
    ps("Sub", fontsize="10pt", marginleft="0.6cm")
    ps("Note", fontsize="9pt", fontstyle="italic", marginleft="0.6cm")
    ps("Pub", fontsize="9.5pt", marginleft="0.7cm", textindent="-0.7cm", marginbottom="0.08cm")
    ps("HF", fontsize="8pt", textalign="center", color="#555555")
    b = Style(name="Bold", family="text"); b.addElement(TextProperties(fontweight="bold")); doc.automaticstyles.addElement(b)
    S["Bold"] = b
    return S


def _master(doc, S, head_txt, foot_txt, page_of=True):
    pl = PageLayout(name="PL")
    pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.3cm", marginbottom="1.2cm",
                                       marginleft="2cm", marginright="2cm"))
    hs = HeaderStyle(); hs.addElement(HeaderFooterProperties(marginbottom="0.3cm")); pl.addElement(hs)
    doc.automaticstyles.addElement(pl)
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    h = Header(); h.addElement(P(stylename=S["HF"], text=head_txt)); mp.addElement(h)
    f = Footer(); fp = P(stylename=S["HF"], text=foot_txt)
    if page_of:
        fp.addText("  ·  Page "); fp.addElement(PageNumber(selectpage="current", text="1")); fp.addText(" of ")
        fp.addElement(PageCount(text="1"))
    f.addElement(fp); mp.addElement(f)
    doc.masterstyles.addElement(mp)


def odt_forward_chrono(p, path):
    doc = OpenDocumentText()
    S = _styles(doc, "Liberation Sans")
    _master(doc, S, "María Fernanda Quispe Huamán — Curriculum Vitae (ES/EN)",
            "CV – Dra. M. F. Quispe Huamán – actualizado 09/2026")
    doc.text.addElement(P(stylename=S["Name"], text=p["full_name"]))
    doc.text.addElement(P(stylename=S["Center"], text="Médica Infectóloga · Infectious Diseases Physician · Lima, Perú"))
    doc.text.addElement(P(stylename=S["Center"], text=f"{p['address']}  |  Cel. {p['phone_disp']}  |  {p['email']}"))
    doc.text.addElement(P(stylename=S["Center"], text="Fecha de nacimiento: 21/08/1983 · DNI 41873326 · Nacionalidad peruana"))
    for head, kind, items in p["sections"]:
        doc.text.addElement(P(stylename=S["Head"], text=head))
        if kind == "entries":
            for e in items:
                para = P(stylename=S["Entry"], text=f"{e['when']}   ")
                para.addText(e["what"])
                doc.text.addElement(para)
                if e["where"]:
                    doc.text.addElement(P(stylename=S["Sub"], text=e["where"]))
                for n in e["notes"]:
                    doc.text.addElement(P(stylename=S["Note"], text=n))
        elif kind == "kv":
            for k, v in items:
                para = P(stylename=S["Body"]); para.addElement(Span(stylename=S["Bold"], text=k + ": ")); para.addText(v)
                doc.text.addElement(para)
        elif kind == "bullets":
            for b in items:
                doc.text.addElement(P(stylename=S["Sub"], text="• " + b))
        elif kind == "para":
            doc.text.addElement(P(stylename=S["Body"], text=items))
        elif kind == "refs":
            for name, role, em, ph in items:
                para = P(stylename=S["Body"]); para.addElement(Span(stylename=S["Bold"], text=name))
                doc.text.addElement(para)
                doc.text.addElement(P(stylename=S["Sub"], text=f"{role} — {em} — {ph}"))
        elif is_pub(kind):
            for sub, texts, numbered in pub_blocks(p, kind):
                if sub:
                    doc.text.addElement(P(stylename=S["Entry"], text=sub))
                # forward chronological: oldest first
                for i, t in enumerate(reversed(texts), 1):
                    doc.text.addElement(P(stylename=S["Pub"], text=f"{i}.  {t}"))
    doc.save(path)


def odt_tables(p, path):
    """Greek cardiologist; entry dates in a narrow table column. Converted to PDF by LibreOffice."""
    doc = OpenDocumentText()
    S = _styles(doc, "DejaVu Serif")
    _master(doc, S, "Ioannis Papadopoulos, MD, PhD — Curriculum Vitae", "Dr. I. Papadopoulos — CV — updated 11/2026")
    c1 = Style(name="C1", family="table-column"); c1.addElement(TableColumnProperties(columnwidth="3.4cm")); doc.automaticstyles.addElement(c1)
    c2 = Style(name="C2", family="table-column"); c2.addElement(TableColumnProperties(columnwidth="13.6cm")); doc.automaticstyles.addElement(c2)
    cell = Style(name="Cell", family="table-cell"); cell.addElement(TableCellProperties(padding="0.06cm", border="none")); doc.automaticstyles.addElement(cell)
    doc.text.addElement(P(stylename=S["Name"], text=p["display_name"]))
    doc.text.addElement(P(stylename=S["Center"], text=p["native_name"] + "  ·  Interventional Cardiologist"))
    doc.text.addElement(P(stylename=S["Center"], text=f"{p['address']} · mobile {p['phone_disp']} · {p['email']}"))
    doc.text.addElement(P(stylename=S["Center"], text="Born 1980, Larissa · Greek citizen (EU) · Military service completed 2005"))
    for head, kind, items in p["sections"]:
        doc.text.addElement(P(stylename=S["Head"], text=head))
        if kind == "entries":
            t = Table(name=head[:20].replace(" ", "_"))
            t.addElement(TableColumn(stylename=c1)); t.addElement(TableColumn(stylename=c2))
            for e in items:
                tr = TableRow()
                a = TableCell(stylename=cell); a.addElement(P(stylename=S["Body"], text=e["when"])); tr.addElement(a)
                b = TableCell(stylename=cell)
                b.addElement(P(stylename=S["Entry"], text=e["what"]))
                if e["where"]:
                    b.addElement(P(stylename=S["Body"], text=e["where"]))
                for n in e["notes"]:
                    b.addElement(P(stylename=S["Note"], text=n))
                tr.addElement(b); t.addElement(tr)
            doc.text.addElement(t)
        elif kind == "bullets":
            for b in items:
                doc.text.addElement(P(stylename=S["Sub"], text="▪ " + b))
        elif kind == "para":
            doc.text.addElement(P(stylename=S["Body"], text=items))
        elif kind == "refs":
            for name, role, em, ph in items:
                doc.text.addElement(P(stylename=S["Sub"], text=f"{name}, {role}. E-mail {em}; phone {ph}"))
        elif is_pub(kind):
            for sub, texts, numbered in pub_blocks(p, kind):
                if sub:
                    doc.text.addElement(P(stylename=S["Entry"], text=sub))
                for i, t in enumerate(texts, 1):
                    doc.text.addElement(P(stylename=S["Pub"], text=f"{i}. {t}"))
    doc.save(path)
