"""Renderers: a CV is a list of blocks; each renderer writes one real file format.

Block kinds:
  ('title', text)            big name line
  ('sub', text)              small line under the title
  ('h', text)                section heading
  ('p', text)                paragraph
  ('ul', [text, ...])        bullet list
  ('table', rows, opts)      rows = list of list of str; opts: {'head': bool, 'widths': [...]}
  ('photo',)                 a photo box (HTML/DOCX only; ignored elsewhere)
"""
import html, os, subprocess, shutil

CJK_CSS_FONTS = "'Noto Sans CJK SC','Noto Sans CJK JP','Noto Sans CJK KR','DejaVu Sans',sans-serif"


# ---------------------------------------------------------------- HTML / Chromium
def blocks_to_html(blocks, css="", sidebar=None, lang="en", font=CJK_CSS_FONTS):
    out = []
    for b in blocks:
        k = b[0]
        if k == 'title':
            out.append(f"<h1>{html.escape(b[1])}</h1>")
        elif k == 'sub':
            out.append(f"<div class='sub'>{html.escape(b[1])}</div>")
        elif k == 'h':
            out.append(f"<h2>{html.escape(b[1])}</h2>")
        elif k == 'p':
            out.append(f"<p>{html.escape(b[1])}</p>")
        elif k == 'ul':
            out.append("<ul>" + "".join(f"<li>{html.escape(x)}</li>" for x in b[1]) + "</ul>")
        elif k == 'table':
            rows, opts = b[1], (b[2] if len(b) > 2 else {})
            cls = opts.get('cls', 'grid')
            t = [f"<table class='{cls}'>"]
            if opts.get('widths'):
                t.append("<colgroup>" + "".join(f"<col style='width:{w}'>" for w in opts['widths']) + "</colgroup>")
            for i, r in enumerate(rows):
                tag = 'th' if (opts.get('head') and i == 0) else 'td'
                cells = []
                for c in r:
                    if c is None:
                        continue
                    span = ''
                    if isinstance(c, tuple):
                        c, n = c
                        span = f" colspan='{n}'"
                    cells.append(f"<{tag}{span}>{html.escape(c).replace(chr(10), '<br>')}</{tag}>")
                t.append("<tr>" + "".join(cells) + "</tr>")
            t.append("</table>")
            out.append("".join(t))
        elif k == 'photo':
            out.append("<div class='photo'>照片<br>PHOTO</div>")
    body = "\n".join(out)
    if sidebar is not None:
        side = blocks_to_html(sidebar, css=None, font=font)
        body = f"<div class='wrap'><aside>{side}</aside><main>{body}</main></div>"
    if css is None:
        return body
    base = f"""
    @page {{ size: A4; margin: 14mm 14mm 16mm 14mm; }}
    body {{ font-family: {font}; font-size: 10pt; color:#111; line-height:1.35; }}
    h1 {{ font-size: 19pt; margin: 0 0 2px 0; }}
    h2 {{ font-size: 11.5pt; border-bottom: 1.2px solid #444; margin: 12px 0 4px 0; padding-bottom:1px; }}
    .sub {{ color:#333; font-size:9.5pt; }}
    table.grid {{ border-collapse: collapse; width:100%; }}
    table.grid td, table.grid th {{ border: 1px solid #555; padding: 3px 5px; vertical-align: top; font-size:9.5pt; }}
    table.plain {{ border-collapse: collapse; width:100%; }}
    table.plain td {{ padding: 2px 4px; vertical-align: top; font-size:9.5pt; }}
    th {{ background:#e8e8e8; }}
    ul {{ margin: 2px 0 2px 18px; padding:0; }}
    p {{ margin: 3px 0; }}
    .photo {{ float:right; width:30mm; height:38mm; border:1px solid #333; text-align:center; padding-top:14mm;
              box-sizing:border-box; color:#777; font-size:9pt; margin-left:8px; }}
    .wrap {{ display:flex; gap:14px; }}
    aside {{ width: 34%; background:#eef2f6; padding: 10px; font-size:9pt; }}
    aside h2 {{ font-size:10pt; }}
    main {{ width: 66%; }}
    """
    return f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><style>{base}{css}</style></head><body>{body}</body></html>"


def chromium_pdf(html_text, out_pdf, tmpdir):
    os.makedirs(tmpdir, exist_ok=True)
    src = os.path.join(tmpdir, os.path.basename(out_pdf) + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html_text)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--user-data-dir={tmpdir}/chr-profile",
                    f"--print-to-pdf={out_pdf}", "file://" + os.path.abspath(src)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def soffice_pdf(src, out_pdf, tmpdir):
    os.makedirs(tmpdir, exist_ok=True)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{os.path.abspath(tmpdir)}/lo-profile",
                    "--headless", "--convert-to", "pdf", "--outdir", tmpdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    produced = os.path.join(tmpdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")
    shutil.move(produced, out_pdf)


# ---------------------------------------------------------------- DOCX
def blocks_to_docx(blocks, out, header=None, footer=None, east_asia="Noto Sans CJK JP", latin="Calibri",
                   size=10):
    from docx import Document
    from docx.shared import Pt, Mm, RGBColor
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(18)
    sec.top_margin = Mm(20)
    sec.bottom_margin = Mm(18)
    st = doc.styles['Normal']
    st.font.name = latin
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts')
        rpr.append(rf)
    rf.set(qn('w:eastAsia'), east_asia)
    rf.set(qn('w:ascii'), latin)
    rf.set(qn('w:hAnsi'), latin)

    def set_borders(table):
        tbl = table._tbl
        tblPr = tbl.tblPr
        b = OxmlElement('w:tblBorders')
        for edge in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
            e = OxmlElement(f'w:{edge}')
            e.set(qn('w:val'), 'single'); e.set(qn('w:sz'), '6'); e.set(qn('w:color'), '444444')
            b.append(e)
        tblPr.append(b)

    def add_table(container, rows, opts, width=None):
        ncol = max(sum((c[1] if isinstance(c, tuple) else 1) for c in r if c is not None) for r in rows)
        t = container.add_table(rows=len(rows), cols=ncol) if width is None else container.add_table(len(rows), ncol, width)
        if opts.get('cls', 'grid') == 'grid':
            set_borders(t)
        for i, r in enumerate(rows):
            j = 0
            for c in r:
                if c is None:
                    continue
                n = 1
                if isinstance(c, tuple):
                    c, n = c
                cell = t.cell(i, j)
                if n > 1:
                    cell = cell.merge(t.cell(i, j + n - 1))
                cell.text = ''
                run = cell.paragraphs[0].add_run(c)
                run.font.size = Pt(size - 0.5)
                if opts.get('head') and i == 0:
                    run.bold = True
                j += n
        widths = opts.get('widths') or (['28%', '72%'] if ncol == 2 else None)
        if widths:
            t.autofit = False
            ws = [Mm(float(w.rstrip('%')) * 1.74) if w.endswith('%') else Mm(float(w.rstrip('mm'))) for w in widths]
            for gc, w in zip(t._tbl.tblGrid.findall(qn('w:gridCol')), ws):
                gc.set(qn('w:w'), str(int(w.twips)))
            for row in t.rows:
                for i, cell in enumerate(row.cells):
                    if i < len(ws):
                        cell.width = ws[i]
        return t

    for b in blocks:
        k = b[0]
        if k == 'title':
            p = doc.add_paragraph(); r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(18)
        elif k == 'sub':
            p = doc.add_paragraph(); r = p.add_run(b[1]); r.font.size = Pt(size - 0.5)
            r.font.color.rgb = RGBColor(0x33, 0x33, 0x33)
        elif k == 'h':
            doc.add_heading(b[1], level=2)
        elif k == 'p':
            doc.add_paragraph(b[1])
        elif k == 'ul':
            for x in b[1]:
                doc.add_paragraph(x, style='List Bullet')
        elif k == 'table':
            add_table(doc, b[1], b[2] if len(b) > 2 else {})
            doc.add_paragraph()
        elif k == 'photo':
            pass
    if header:
        hp = sec.header.paragraphs[0]
        hp.text = header
    if footer:
        fp = sec.footer.paragraphs[0]
        fp.text = footer
    doc.save(out)


# ---------------------------------------------------------------- ODT
def blocks_to_odt(blocks, out, font="Liberation Sans"):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties, FontFace, TableProperties
    from odf.text import P, H, List, ListItem
    from odf.table import Table, TableColumn, TableRow, TableCell

    doc = OpenDocumentText()
    doc.fontfacedecls.addElement(FontFace(name=font, fontfamily=font))
    doc.fontfacedecls.addElement(FontFace(name="Noto Sans CJK SC", fontfamily="Noto Sans CJK SC"))
    tstyle = Style(name="Title1", family="paragraph")
    tstyle.addElement(TextProperties(fontsize="18pt", fontweight="bold", fontname=font, fontnameasian="Noto Sans CJK SC"))
    doc.styles.addElement(tstyle)
    hstyle = Style(name="Heading2x", family="paragraph")
    hstyle.addElement(TextProperties(fontsize="12pt", fontweight="bold", fontname=font, fontnameasian="Noto Sans CJK SC"))
    hstyle.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.1cm", borderbottom="0.5pt solid #000000"))
    doc.styles.addElement(hstyle)
    pstyle = Style(name="Body1", family="paragraph")
    pstyle.addElement(TextProperties(fontsize="10pt", fontname=font, fontnameasian="Noto Sans CJK SC"))
    doc.styles.addElement(pstyle)
    cstyle = Style(name="Cell1", family="table-cell")
    cstyle.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
    doc.automaticstyles.addElement(cstyle)

    tbl_counter = [0]
    for b in blocks:
        k = b[0]
        if k == 'title':
            doc.text.addElement(P(stylename=tstyle, text=b[1]))
        elif k == 'sub':
            doc.text.addElement(P(stylename=pstyle, text=b[1]))
        elif k == 'h':
            doc.text.addElement(H(outlinelevel=2, stylename=hstyle, text=b[1]))
        elif k == 'p':
            doc.text.addElement(P(stylename=pstyle, text=b[1]))
        elif k == 'ul':
            lst = List()
            for x in b[1]:
                li = ListItem(); li.addElement(P(stylename=pstyle, text=x)); lst.addElement(li)
            doc.text.addElement(lst)
        elif k == 'table':
            rows = b[1]
            ncol = max(sum((c[1] if isinstance(c, tuple) else 1) for c in r if c is not None) for r in rows)
            tbl_counter[0] += 1
            tst = Style(name=f"Tbl{tbl_counter[0]}", family="table")
            tst.addElement(TableProperties(width="17cm", align="left"))
            doc.automaticstyles.addElement(tst)
            t = Table(name=f"Table{tbl_counter[0]}", stylename=tst)
            fr = [0.3, 0.7] if ncol == 2 else [1.0 / ncol] * ncol
            for ci, w in enumerate(fr):
                cs = Style(name=f"Tbl{tbl_counter[0]}c{ci}", family="table-column")
                cs.addElement(TableColumnProperties(columnwidth=f"{17 * w:.2f}cm"))
                doc.automaticstyles.addElement(cs)
                t.addElement(TableColumn(stylename=cs))
            for r in rows:
                tr = TableRow()
                for c in r:
                    if c is None:
                        continue
                    n = 1
                    if isinstance(c, tuple):
                        c, n = c
                    tc = TableCell(stylename=cstyle, numbercolumnsspanned=n) if n > 1 else TableCell(stylename=cstyle)
                    for line in c.split("\n"):
                        tc.addElement(P(stylename=pstyle, text=line))
                    tr.addElement(tc)
                    for _ in range(n - 1):
                        from odf.table import CoveredTableCell
                        tr.addElement(CoveredTableCell())
                t.addElement(tr)
            doc.text.addElement(t)
            doc.text.addElement(P(stylename=pstyle, text=""))
    doc.save(out)


# ---------------------------------------------------------------- TXT
def blocks_to_txt(blocks, width=78):
    out = []
    for b in blocks:
        k = b[0]
        if k == 'title':
            out.append(b[1]); out.append("=" * min(width, max(10, len(b[1]) + 4)))
        elif k == 'sub':
            out.append(b[1])
        elif k == 'h':
            out.append(""); out.append(b[1].upper()); out.append("-" * len(b[1]))
        elif k == 'p':
            out.append(b[1])
        elif k == 'ul':
            out.extend("  * " + x for x in b[1])
        elif k == 'table':
            for r in b[1]:
                cells = [(c[0] if isinstance(c, tuple) else c).replace("\n", " / ") for c in r if c is not None]
                if len(cells) == 2:
                    out.append(f"{cells[0]:<22} {cells[1]}")
                else:
                    out.append("  |  ".join(cells))
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- RTF
def rtf_escape(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch in '\\{}':
            o.append('\\' + ch)
        elif ch == '\n':
            o.append('\\line ')
        elif c < 128:
            o.append(ch)
        elif c < 0x10000:
            v = c if c < 32768 else c - 65536
            o.append(f"\\u{v}?")
        else:
            o.append("?")
    return "".join(o)


def blocks_to_rtf(blocks):
    o = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}{\f1\fnil Noto Sans CJK KR;}}",
         r"\paperw11906\paperh16838\margl1134\margr1134\margt1134\margb1134\fs20"]
    for b in blocks:
        k = b[0]
        if k == 'title':
            o.append(r"{\pard\sa60\b\fs36 " + rtf_escape(b[1]) + r"\par}")
        elif k == 'sub':
            o.append(r"{\pard\sa20\fs19 " + rtf_escape(b[1]) + r"\par}")
        elif k == 'h':
            o.append(r"{\pard\sb200\sa60\b\fs24\brdrb\brdrs\brdrw10 " + rtf_escape(b[1]) + r"\par}")
        elif k == 'p':
            o.append(r"{\pard\sa40 " + rtf_escape(b[1]) + r"\par}")
        elif k == 'ul':
            for x in b[1]:
                o.append(r"{\pard\fi-240\li360\sa20 \bullet\tab " + rtf_escape(x) + r"\par}")
        elif k == 'table':
            rows = b[1]
            for r in rows:
                cells = [c for c in r if c is not None]
                ncol = len(cells)
                edges = [2700, 9600] if ncol == 2 else [9600 // ncol * (i + 1) for i in range(ncol)]
                defs = "".join(rf"\clbrdrt\brdrs\clbrdrl\brdrs\clbrdrb\brdrs\clbrdrr\brdrs\cellx{x}" for x in edges)
                o.append(r"\trowd\trgaph80" + defs)
                for c in cells:
                    c = c[0] if isinstance(c, tuple) else c
                    o.append(r"\pard\intbl " + rtf_escape(c) + r"\cell")
                o.append(r"\row")
            o.append(r"\pard\par")
    o.append("}")
    return "\n".join(o)
