# -*- coding: utf-8 -*-
"""odfpy ODTs (010 source, 027, 028), LibreOffice PDF/A export (010), Chromium 7pt dense CV (011)."""
import html
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from data import P  # noqa: E402
from odf.opendocument import OpenDocumentText  # noqa: E402
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,  # noqa: E402
                       TableCellProperties, GraphicProperties, TableProperties)
from odf.text import P as TP, Span, H  # noqa: E402
from odf.table import Table, TableColumn, TableRow, TableCell  # noqa: E402
from odf.draw import Frame, TextBox  # noqa: E402

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "files"))


def styles(doc, font="Liberation Sans", accent="#1F4E79"):
    S = {}

    def ps(name, size, bold=False, italic=False, color="#000000", mt="0cm", mb="0.05cm", align=None):
        st = Style(name=name, family="paragraph")
        tp = dict(fontsize=f"{size}pt", fontname=font, fontfamily=font, color=color)
        if bold:
            tp["fontweight"] = "bold"
        if italic:
            tp["fontstyle"] = "italic"
        st.addElement(TextProperties(**tp))
        pp = dict(margintop=mt, marginbottom=mb)
        if align:
            pp["textalign"] = align
        st.addElement(ParagraphProperties(**pp))
        doc.automaticstyles.addElement(st)
        S[name] = st

    ps("Name", 20, True, color=accent)
    ps("Sub", 10, italic=True, color="#444444")
    ps("Head", 11.5, True, color=accent, mt="0.3cm", mb="0.1cm")
    ps("Body", 9.5)
    ps("Bold", 9.5, True)
    ps("Ital", 9, italic=True, color="#333333")
    ps("Right", 9, align="end", color="#333333")
    ps("Small", 8.5)
    return S


def table(doc, name, widths, rows, S, border="none"):
    ts = Style(name=name, family="table")
    ts.addElement(TableProperties(width=f"{sum(widths)}cm", align="left"))
    doc.automaticstyles.addElement(ts)
    cs = Style(name=name + "c", family="table-cell")
    cs.addElement(TableCellProperties(padding="0.06cm", border=border))
    doc.automaticstyles.addElement(cs)
    t = Table(name=name, stylename=ts)
    for i, w in enumerate(widths):
        c = Style(name=f"{name}col{i}", family="table-column")
        c.addElement(TableColumnProperties(columnwidth=f"{w}cm"))
        doc.automaticstyles.addElement(c)
        t.addElement(TableColumn(stylename=c))
    for r in rows:
        tr = TableRow()
        for cell in r:
            tc = TableCell(stylename=cs)
            for (st, txt) in (cell if isinstance(cell, list) else [("Body", cell)]):
                tc.addElement(TP(stylename=S[st], text=txt))
            tr.addElement(tc)
        t.addElement(tr)
    return t


def entry_rows(items):
    rows = []
    for it in items:
        if isinstance(it, dict):
            cell = [("Bold", it["head"]), ("Ital", it["sub"])] + [("Small", "• " + b) for b in it["bullets"]]
            rows.append([[("Body", it["date"])], cell])
        else:
            rows.append([[("Body", "")], [("Body", it)]])
    return rows


def odt_tables(p, path, heads=None):
    """Whole CV in tables: header table with contacts, then two-column date|content tables per section."""
    doc = OpenDocumentText()
    S = styles(doc, "Liberation Serif", "#5B2C6F")
    doc.text.addElement(table(doc, "Hdr", [10.5, 6.5], [[
        [("Name", p["name"]), ("Sub", "Doctor of Medicine — Anesthesiology")],
        [("Right", c) for c in p["contact"]]]], S))
    doc.text.addElement(TP(stylename=S["Head"], text="Professional Summary"))
    doc.text.addElement(TP(stylename=S["Body"], text=p["summary"]))
    for k, (nm, items) in enumerate(p["sections"]):
        doc.text.addElement(TP(stylename=S["Head"], text=(heads or {}).get(nm, nm)))
        doc.text.addElement(table(doc, f"T{k}", [3.6, 13.4], entry_rows(items), S,
                                  border="0.5pt solid #BBBBBB"))
    doc.save(path)


def odt_frame(p, path):
    """Contacts only inside a text-box frame anchored to the first paragraph (top right)."""
    doc = OpenDocumentText()
    S = styles(doc, "DejaVu Sans", "#7B241C")
    fs = Style(name="fr1", family="graphic")
    fs.addElement(GraphicProperties(border="0.6pt solid #7B241C", padding="0.2cm", backgroundcolor="#FBEEE6",
                                    wrap="left", verticalpos="top", horizontalpos="right",
                                    horizontalrel="page-content", verticalrel="paragraph"))
    doc.automaticstyles.addElement(fs)
    first = TP(stylename=S["Name"])
    fr = Frame(stylename=fs, width="6.2cm", height="2.6cm", anchortype="paragraph", x="10.8cm", y="0cm", name="Contact")
    tb = TextBox()
    tb.addElement(TP(stylename=S["Bold"], text="Contact"))
    for c in p["contact"]:
        tb.addElement(TP(stylename=S["Small"], text=c))
    fr.addElement(tb)
    first.addElement(fr)
    first.addText(p["name"])
    doc.text.addElement(first)
    doc.text.addElement(TP(stylename=S["Sub"], text="Internal Medicine / Gastroenterology"))
    doc.text.addElement(TP(stylename=S["Body"], text=""))
    doc.text.addElement(TP(stylename=S["Head"], text="Career Objective"))
    doc.text.addElement(TP(stylename=S["Body"], text=p["summary"]))
    for nm, items in p["sections"]:
        doc.text.addElement(TP(stylename=S["Head"], text=nm))
        for it in items:
            if isinstance(it, dict):
                par = TP(stylename=S["Bold"])
                par.addText(it["head"] + "  ")
                par.addElement(Span(text="(" + it["date"] + ")"))
                doc.text.addElement(par)
                doc.text.addElement(TP(stylename=S["Ital"], text=it["sub"]))
                for b in it["bullets"]:
                    doc.text.addElement(TP(stylename=S["Small"], text="– " + b))
            else:
                doc.text.addElement(TP(stylename=S["Body"], text=it))
    doc.save(path)


def odt_table_layout(p, path):
    """Two-column layout table: left sidebar cell (contacts, exams, languages), right main cell."""
    doc = OpenDocumentText()
    S = styles(doc, "Liberation Sans", "#0B5345")
    secs = dict(p["sections"])
    leftc = [("Name", "Mohammad R. Rahman"), ("Sub", "MBBS"), ("Head", "CONTACT")]
    leftc += [("Small", c) for c in p["contact"]]
    for nm in ["USMLE", "Languages"]:
        leftc.append(("Head", nm.upper()))
        leftc += [("Small", x) for x in secs[nm]]
    leftc += [("Head", "PERSONAL"), ("Small", "Date of birth: 12/01/1995"), ("Small", "Nationality: Bangladeshi")]
    rightc = [("Head", "OBJECTIVE"), ("Body", p["summary"])]
    for nm, items in p["sections"]:
        if nm in ("USMLE", "Languages"):
            continue
        rightc.append(("Head", nm.upper()))
        for it in items:
            if isinstance(it, dict):
                rightc += [("Bold", f"{it['head']} | {it['date']}"), ("Ital", it["sub"])]
            else:
                rightc.append(("Body", it))
    rightc += [("Head", "REFERENCES"),
               ("Small", "Prof. Dr. Abdul Karim, NICVD Dhaka — akarim.nicvd@gmail.com — +880 1819-223344"),
               ("Small", "Dr. Linda Park, Jamaica Hospital — lpark.md@yahoo.com — +1 718 555 0102")]
    doc.text.addElement(table(doc, "Layout", [5.5, 11.5], [[leftc, rightc]], S))
    doc.save(path)


def soffice_pdfa(odt, outdir):
    tmp = tempfile.mkdtemp()
    flt = 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}'
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/u", "--headless", "--convert-to", flt,
                    "--outdir", outdir, odt], check=True, capture_output=True, timeout=180)
    shutil.rmtree(tmp, ignore_errors=True)


def chromium_dense(p, path):
    css = """@page{size:Letter;margin:0.35in}body{font-family:'Liberation Sans',Arial;font-size:7pt;line-height:1.18;
    margin:0;color:#111}h1{font-size:13pt;margin:0}h2{font-size:7.6pt;margin:4px 0 1px;border-bottom:0.6pt solid #444;
    text-transform:uppercase;letter-spacing:.5px}.cols{column-count:2;column-gap:14px}.e{break-inside:avoid;margin:0 0 2px}
    .d{float:right;color:#444}.s{font-style:italic;color:#333}ul{margin:0;padding-left:10px}.top{display:flex;
    justify-content:space-between;align-items:flex-end;border-bottom:1.2pt solid #000;padding-bottom:2px}
    .c{text-align:right}"""
    e = html.escape
    out = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>",
           f"<div class='top'><div><h1>{e(p['name'])}, MD</h1><div>Emergency Medicine Applicant</div></div>"
           f"<div class='c'>{'<br>'.join(e(c) for c in p['contact'])}</div></div>",
           f"<h2>Summary</h2><div>{e(p['summary'])}</div><div class='cols'>"]
    for nm, items in p["sections"]:
        out.append(f"<h2>{e(nm)}</h2>")
        for it in items:
            if isinstance(it, dict):
                bl = "".join(f"<li>{e(b)}</li>" for b in it["bullets"])
                out.append(f"<div class='e'><span class='d'>{e(it['date'])}</span><b>{e(it['head'])}</b><br>"
                           f"<span class='s'>{e(it['sub'])}</span>{'<ul>' + bl + '</ul>' if bl else ''}</div>")
            else:
                out.append(f"<div class='e'>{e(it)}</div>")
    extra = ["ATLS provider (2021), ACLS/BLS (AHA, 2024), PALS (2023)",
             "Teaching assistant, Anatomy, UNAM (2016-2018)",
             "Volunteer, Cruz Roja Mexicana ambulance service (2014-2019)",
             "Hobbies: trail running, chess"]
    out.append("<h2>Certifications &amp; Other</h2>" + "".join(f"<div class='e'>{e(x)}</div>" for x in extra))
    out.append("</div></body></html>")
    tmp = tempfile.mkdtemp()
    hp = os.path.join(tmp, "cv.html")
    open(hp, "w", encoding="utf-8").write("\n".join(out))
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--user-data-dir={tmp}/prof", f"--print-to-pdf={path}", "file://" + hp],
                   check=True, capture_output=True, timeout=180)
    shutil.rmtree(tmp, ignore_errors=True)


def build():
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, "w13_010_lo_pdfa_odt_tables.odt")
    odt_tables(P["elena"], src)
    soffice_pdfa(src, OUT)
    shutil.rmtree(tmp, ignore_errors=True)
    chromium_dense(P["juanpablo"], os.path.join(OUT, "w13_011_chromium_dense7pt.pdf"))
    odt_frame(P["kenji"], os.path.join(OUT, "w13_027_odt_frame_contacts.odt"))
    odt_table_layout(P["mohammad"], os.path.join(OUT, "w13_028_odt_table_layout.odt"))


if __name__ == "__main__":
    build()
