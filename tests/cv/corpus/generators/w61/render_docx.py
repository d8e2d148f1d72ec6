"""python-docx renderers: 001 (header/footer), 006 (two-column table), 009 (for LibreOffice PDF), 015 (footer contacts)."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from common import pub_blocks, is_pub


def add_field(par, instr, size=None):
    run = par.add_run()
    fb = OxmlElement("w:fldChar"); fb.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {instr} "
    fs = OxmlElement("w:fldChar"); fs.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    fe = OxmlElement("w:fldChar"); fe.set(qn("w:fldCharType"), "end")
    for el in (fb, it, fs, t, fe):
        run._r.append(el)
    if size:
        run.font.size = size
    return run


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}"); e.set(qn("w:val"), "nil"); b.append(e)
    tblPr.append(b)


def fix_widths(table, widths):
    table.autofit = False
    for i, w in enumerate(widths):
        table.columns[i].width = w
        for c in table.columns[i].cells:
            c.width = w


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), hexcolor)
    tcPr.append(s)


def set_base(doc, font="Calibri", size=10.5):
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(2)


# ------------------------------------------------------------------ 001
def docx_header_footer(p, path):
    doc = Document()
    set_base(doc, "Cambria", 10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Rajeshwari Venkataraman — Curriculum Vitae"); r.bold = True; r.font.size = Pt(9)
    hp2 = sec.header.add_paragraph()
    r = hp2.add_run(f"{p['email']}  |  {p['phone_disp']}  |  Chennai, India"); r.font.size = Pt(8.5)
    r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Page ").font.size = Pt(8.5)
    add_field(fp, "PAGE", Pt(8.5))
    fp.add_run(" of ").font.size = Pt(8.5)
    add_field(fp, "NUMPAGES", Pt(8.5))
    t = doc.add_paragraph(); t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("CURRICULUM VITAE"); r.bold = True; r.font.size = Pt(16)
    t = doc.add_paragraph(); t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run(p["display_name"]); r.font.size = Pt(13)
    t = doc.add_paragraph(); t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.add_run("Associate Professor of Neonatology, Madras Medical College").italic = True
    tb = doc.add_table(rows=0, cols=2); no_borders(tb)
    for k, v in p["personal"]:
        row = tb.add_row().cells
        row[0].text = k; row[1].text = v
        row[0].paragraphs[0].runs[0].bold = True
        row[0].width = Cm(4.5); row[1].width = Cm(12)
    fix_widths(tb, [Cm(4.5), Cm(12.1)])
    for head, kind, items in p["sections"]:
        h = doc.add_paragraph(); h.paragraph_format.space_before = Pt(10)
        r = h.add_run(head.upper()); r.bold = True; r.font.size = Pt(11.5); r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
        if kind == "entries":
            tb = doc.add_table(rows=0, cols=2); no_borders(tb)
            for e in items:
                c = tb.add_row().cells
                c[0].width = Cm(3.6); c[1].width = Cm(13)
                c[0].text = e["when"]
                para = c[1].paragraphs[0]
                para.add_run(e["what"]).bold = True
                if e["where"]:
                    c[1].add_paragraph(e["where"])
                for n in e["notes"]:
                    c[1].add_paragraph(n).runs[0].italic = True
            fix_widths(tb, [Cm(3.6), Cm(13)])
        elif kind == "kv":
            tb = doc.add_table(rows=0, cols=2); tb.style = "Table Grid"
            for k, v in items:
                c = tb.add_row().cells; c[0].text = k; c[1].text = v
        elif kind == "bullets":
            for b in items:
                doc.add_paragraph(b, style="List Bullet")
        elif kind == "para":
            doc.add_paragraph(items)
        elif kind == "refs":
            for name, role, em, ph in items:
                para = doc.add_paragraph(); para.add_run(name).bold = True
                para.add_run(f"\n{role}\nEmail: {em}   Tel: {ph}")
        elif is_pub(kind):
            for sub, texts, numbered in pub_blocks(p, kind):
                if sub:
                    doc.add_paragraph().add_run(sub).underline = True
                for i, tx in enumerate(texts, 1):
                    para = doc.add_paragraph(f"{i}. {tx}")
                    para.paragraph_format.left_indent = Cm(0.6)
                    para.paragraph_format.first_line_indent = Cm(-0.6)
    doc.add_paragraph("I certify that the information above is correct. — R. Venkataraman, Chennai, 01 October 2026")
    doc.save(path)


# ------------------------------------------------------------------ 006
def docx_two_col_table(p, path):
    doc = Document()
    set_base(doc, "Arial", 10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.6)
    sec.top_margin = Cm(1.5)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("A. R. Hosseini — CV — ").font.size = Pt(8)
    add_field(fp, "PAGE", Pt(8))
    top = doc.add_table(rows=1, cols=2)
    c0, c1 = top.rows[0].cells
    shade(c0, "DCE6F0"); shade(c1, "DCE6F0")
    r = c0.paragraphs[0].add_run(p["display_name"]); r.bold = True; r.font.size = Pt(18)
    c0.add_paragraph(p["native_name"])
    c0.add_paragraph("Professor of Medicine (Nephrology) — Tehran, Iran")
    for line in (f"E-mail: {p['email']}", f"Mobile/WhatsApp: {p['phone_disp']}", p["address"]):
        para = c1.add_paragraph(line); para.runs[0].font.size = Pt(9)
    doc.add_paragraph()
    tb = doc.add_table(rows=0, cols=2); tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for head, kind, items in p["sections"]:
        row = tb.add_row().cells
        row[0].width = Cm(4.2); row[1].width = Cm(13.6)
        shade(row[0], "F2F2F2")
        r = row[0].paragraphs[0].add_run(head); r.bold = True
        cell = row[1]
        first = cell.paragraphs[0]
        lines = []
        if kind == "entries":
            for e in items:
                lines.append(("b", f"{e['when']}  {e['what']}"))
                if e["where"]:
                    lines.append(("", e["where"]))
                for n in e["notes"]:
                    lines.append(("i", n))
        elif kind == "kv":
            lines = [("", f"{k}: {v}") for k, v in items]
        elif kind == "bullets":
            lines = [("", "• " + b) for b in items]
        elif kind == "para":
            lines = [("", items)]
        elif kind == "refs":
            for name, role, em, ph in items:
                lines += [("b", name), ("", role), ("", f"{em} · {ph}")]
        elif is_pub(kind):
            for sub, texts, numbered in pub_blocks(p, kind):
                if sub:
                    lines.append(("b", sub))
                lines += [("", f"{i}) {t}") for i, t in enumerate(texts, 1)]
        for j, (style, txt) in enumerate(lines):
            para = first if j == 0 else cell.add_paragraph()
            r = para.add_run(txt)
            r.bold = style == "b"; r.italic = style == "i"
    fix_widths(tb, [Cm(4.2), Cm(13.6)])
    fix_widths(top, [Cm(10.5), Cm(7.3)])
    doc.save(path)


# ------------------------------------------------------------------ 009 (source for LibreOffice PDF)
def docx_for_lo(p, path):
    doc = Document()
    set_base(doc, "Liberation Sans", 10)
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Gabriela Santos Ferreira, MD, PhD — Curriculum Vitae"); r.font.size = Pt(8); r.italic = True
    for ft in (sec.footer, sec.first_page_footer):
        fp = ft.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp.add_run("CV – Dr. Gabriela S. Ferreira – updated 10/2026 – Page ").font.size = Pt(8)
        add_field(fp, "PAGE", Pt(8))
        fp.add_run(" of ").font.size = Pt(8)
        add_field(fp, "NUMPAGES", Pt(8))
    h = doc.add_heading(p["display_name"], level=0)
    para = doc.add_paragraph()
    para.add_run(p["address"] + "\n")
    para.add_run(f"{p['phone_disp']}  ·  {p['email']}  ·  Lattes: lattes.cnpq.br/4417283309126650")
    for head, kind, items in p["sections"]:
        doc.add_heading(head, level=1)
        if kind == "entries":
            for e in items:
                para = doc.add_paragraph()
                para.paragraph_format.tab_stops.add_tab_stop(Cm(3.8))
                para.paragraph_format.left_indent = Cm(3.8)
                para.paragraph_format.first_line_indent = Cm(-3.8)
                para.add_run(e["when"] + "\t")
                para.add_run(e["what"]).bold = True
                if e["where"]:
                    para.add_run("\n" + e["where"])
                for n in e["notes"]:
                    para.add_run("\n" + n).italic = True
        elif kind in ("bullets",):
            for b in items:
                doc.add_paragraph(b, style="List Bullet")
        elif kind == "kv":
            for k, v in items:
                doc.add_paragraph(f"{k}: {v}", style="List Bullet")
        elif kind == "para":
            doc.add_paragraph(items)
        elif kind == "refs":
            for name, role, em, ph in items:
                doc.add_paragraph(f"{name} — {role} — {em} — {ph}", style="List Bullet")
        elif is_pub(kind):
            for sub, texts, numbered in pub_blocks(p, kind):
                if sub:
                    doc.add_heading(sub, level=2)
                for t in texts:
                    doc.add_paragraph(t, style="List Number")
    doc.save(path)


# ------------------------------------------------------------------ 015 (contacts only in footer)
def docx_footer_contacts(p, path):
    doc = Document()
    set_base(doc, "Georgia", 10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    r = hp.add_run("MIGUEL ÁNGEL FERNÁNDEZ RUIZ  ·  CURRICULUM VITAE ABREVIADO"); r.font.size = Pt(8); r.font.color.rgb = RGBColor(0x80, 0, 0)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(f"{p['address']}  ·  Tel. {p['phone_disp']}  ·  {p['email']}"); r.font.size = Pt(7.5)
    fp2 = sec.footer.add_paragraph(); fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp2.add_run("Página ").font.size = Pt(7.5); add_field(fp2, "PAGE", Pt(7.5))
    fp2.add_run(" / ").font.size = Pt(7.5); add_field(fp2, "NUMPAGES", Pt(7.5))
    t = doc.add_paragraph(); r = t.add_run("Dr. Miguel Ángel Fernández Ruiz"); r.font.size = Pt(20); r.bold = True
    t = doc.add_paragraph(); r = t.add_run("Jefe de Sección de Gastroenterología · Hospital Universitario Ramón y Cajal · Madrid"); r.italic = True
    doc.add_paragraph("Fecha de nacimiento: 03/05/1973 · Nacionalidad: española · Última actualización: 2026-09-30")
    for head, kind, items in p["sections"]:
        h = doc.add_paragraph(); h.paragraph_format.space_before = Pt(12)
        r = h.add_run(head); r.font.size = Pt(13); r.font.color.rgb = RGBColor(0x80, 0, 0); r.font.small_caps = True
        if kind == "entries":
            for e in items:
                para = doc.add_paragraph()
                para.add_run(e["what"]).bold = True
                para.add_run(f", {e['where']}" if e["where"] else "")
                para.add_run(f" ({e['when']})").italic = True
                for n in e["notes"]:
                    doc.add_paragraph(n).paragraph_format.left_indent = Cm(1)
        elif kind == "bullets":
            for b in items:
                doc.add_paragraph("– " + b)
        elif kind == "para":
            doc.add_paragraph(items)
        elif kind == "refs":
            tb = doc.add_table(rows=1, cols=len(items)); tb.style = "Table Grid"
            for c, (name, role, em, ph) in zip(tb.rows[0].cells, items):
                c.text = f"{name}\n{role}\n{em}\n{ph}"
        elif is_pub(kind):
            for sub, texts, numbered in pub_blocks(p, kind):
                if sub:
                    doc.add_paragraph().add_run(sub).bold = True
                for i, t in enumerate(texts, 1):
                    doc.add_paragraph(f"[{i}] {t}")
    doc.save(path)
