# -*- coding: utf-8 -*-
"""Hand-written flat ODT (.fodt) -> LibreOffice Writer headless -> .docx / .pdf"""
import os, subprocess, shutil, tempfile
from common import xesc, fmt_range

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text"')

FONTS = {1: "Liberation Serif", 2: "Liberation Sans", 3: "DejaVu Sans", 4: "Liberation Sans", 5: "Liberation Serif",
         6: "Liberation Serif", 7: "Liberation Sans", 8: "DejaVu Serif", 9: "Liberation Sans"}


def styles(font, mode, accent):
    hb = ('fo:border-bottom="0.6pt solid %s" fo:padding-bottom="0.05cm"' % accent) if mode == "pdf" else ""
    body_w = "12.3cm" if mode == "table" else "17cm"
    return f"""
<office:font-face-decls>
 <style:font-face style:name="{font}" svg:font-family="'{font}'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="{'0.12cm' if mode == 'pdf' else '0.06cm'}"/>
  <style:text-properties style:font-name="{font}" fo:font-size="{'11.5pt' if mode == 'pdf' else '10.5pt'}" fo:language="en" fo:country="US"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Name" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.1cm"/>
  <style:text-properties fo:font-size="18pt" fo:font-weight="bold" fo:color="{accent}"/>
 </style:style>
 <style:style style:name="Contact" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="9.5pt"/>
 </style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1">
  <style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.12cm" {hb}/>
  <style:text-properties fo:font-size="11.5pt" fo:font-weight="bold" fo:text-transform="uppercase" fo:color="{accent}"/>
 </style:style>
 <style:style style:name="CellHead" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="10.5pt" fo:font-weight="bold" fo:color="{accent}"/>
 </style:style>
 <style:style style:name="Entry" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.12cm">
   <style:tab-stops><style:tab-stop style:position="{body_w}" style:type="right"/></style:tab-stops>
  </style:paragraph-properties>
 </style:style>
 <style:style style:name="Org" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-style="italic"/>
 </style:style>
 <style:style style:name="KV" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties><style:tab-stops><style:tab-stop style:position="4.5cm"/></style:tab-stops></style:paragraph-properties>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="8.5pt" fo:color="#555555"/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="end"/>
  <style:text-properties fo:font-size="8.5pt" fo:color="#333333"/>
 </style:style>
 <text:list-style style:name="L1">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm" fo:text-indent="-0.4cm" fo:margin-left="0.6cm"/>
   </style:list-level-properties>
  </text:list-level-style-bullet>
 </text:list-style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="T1" style:family="table"><style:table-properties style:width="17cm" table:align="left"/></style:style>
 <style:style style:name="T1.A" style:family="table-column"><style:table-column-properties style:column-width="4.5cm"/></style:style>
 <style:style style:name="T1.B" style:family="table-column"><style:table-column-properties style:column-width="12.5cm"/></style:style>
 <style:style style:name="T1.C" style:family="table-cell"><style:table-cell-properties fo:padding-top="0.12cm" fo:padding-bottom="0.08cm" fo:padding-left="0.05cm" fo:padding-right="0.1cm" fo:border="none"/></style:style>
 <style:style style:name="T2" style:family="table"><style:table-properties style:width="17cm" table:align="left"/></style:style>
 <style:style style:name="T2.A" style:family="table-column"><style:table-column-properties style:column-width="8.5cm"/></style:style>
 <style:style style:name="T2.C" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #9aa5b1" fo:background-color="#f3f5f8"/></style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="fr1" style:family="graphic">
  <style:graphic-properties style:wrap="parallel" style:number-wrapped-paragraphs="no-limit" style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="right" style:horizontal-rel="paragraph" draw:fill="solid" draw:fill-color="#eef3f8" fo:padding="0.2cm" fo:border="0.5pt solid #7f96ad"/>
 </style:style>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.4cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-bottom="0.3cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.3cm"/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>"""


def p(style, text):
    return f'<text:p text:style-name="{style}">{text}</text:p>'


def bullets(items):
    return '<text:list text:style-name="L1">' + "".join(
        f'<text:list-item><text:p text:style-name="Standard">{xesc(b)}</text:p></text:list-item>' for b in items) + "</text:list>"


def render_items(rec, items, mode):
    out = []
    for it in items:
        if isinstance(it, str):
            out.append(p("Standard", xesc(it)))
        elif isinstance(it, dict):
            dates = xesc(fmt_range(rec, it, " – " if mode != "table" else " - "))
            if mode == "table":
                out.append(p("Entry", f'<text:span text:style-name="B">{xesc(it["title"])}</text:span>'))
                org = it["org"] + (", " + it["place"] if it["place"] else "")
                out.append(p("Org", xesc(org) + " | " + dates))
            else:
                out.append(p("Entry", f'<text:span text:style-name="B">{xesc(it["title"])}</text:span><text:tab/>{dates}'))
                org = it["org"] + (", " + it["place"] if it["place"] else "")
                out.append(p("Org", xesc(org)))
            if it["bul"]:
                out.append(bullets(it["bul"]))
        elif it[0] == "b":
            out.append(bullets(it[1]))
        elif it[0] == "kv":
            for k, v in it[1]:
                out.append(p("KV", f'<text:span text:style-name="B">{xesc(k)}:</text:span><text:tab/>{xesc(v)}'))
        elif it[0] == "ref":
            _, name, role, org, em, ph = it
            out.append(p("Entry", f'<text:span text:style-name="B">{xesc(name)}</text:span>'))
            out.append(p("Standard", xesc(role) + "<text:line-break/>" + xesc(org) +
                         "<text:line-break/>Email: " + xesc(em) + " · Tel: " + xesc(ph)))
    return "".join(out)


def contact_lines(rec):
    return [f"Email: {rec['email']}", f"Phone: {rec['phone_disp']}"] + rec["extra"]


def build_fodt(rec, mode):
    accent = {"table": "#1f3864", "frame": "#2e5e4e", "pdf": "#243f60"}[mode]
    if rec["n"] == 8:
        accent = "#000000"
    font = FONTS.get(rec["n"], "Liberation Serif")
    header = footer = ""
    body = [p("Name", xesc(rec["header_name"]))]
    cw = rec["contact_where"]
    if cw == "body":
        body.append(p("Contact", " | ".join(xesc(x) for x in contact_lines(rec)[:2])))
        for x in rec["extra"]:
            body.append(p("Contact", xesc(x)))
    elif cw == "frame":
        inner = "".join(p("Contact", xesc(x)) for x in contact_lines(rec))
        body = [p("Standard",
                  f'<draw:frame draw:style-name="fr1" draw:name="ContactBox" text:anchor-type="paragraph" '
                  f'svg:width="6.3cm" draw:z-index="0"><draw:text-box fo:min-height="2.2cm">{inner}'
                  f'</draw:text-box></draw:frame>' + xesc(rec["header_name"])).replace(
                      'text:style-name="Standard"', 'text:style-name="Name"', 1)]
        body.append(p("Standard", ""))
        body.append(p("Standard", ""))
    elif cw == "header":
        header = ('<style:header>' + p("Header", xesc(rec["header_name"]) + " · " + xesc(rec["email"]) + " · " +
                                       xesc(rec["phone_disp"]) + " · " + xesc(" · ".join(rec["extra"]))) + '</style:header>')
    elif cw == "table" and mode == "pdf":
        rows = [("Email", rec["email"]), ("Mobile", rec["phone_disp"])] + [("Address", x) for x in rec["extra"]]
        t = '<table:table table:name="ContactTable" table:style-name="T2"><table:table-column table:style-name="T2.A" table:number-columns-repeated="2"/>'
        for k, v in rows:
            t += (f'<table:table-row><table:table-cell table:style-name="T2.C" office:value-type="string">{p("CellHead", xesc(k))}</table:table-cell>'
                  f'<table:table-cell table:style-name="T2.C" office:value-type="string">{p("Standard", xesc(v))}</table:table-cell></table:table-row>')
        body.append(t + "</table:table>")
    if mode == "pdf":
        footer = ('<style:footer>' + p("Footer", xesc(rec["full_name"]) + " – Curriculum Vitae – Page "
                  '<text:page-number text:select-page="current">1</text:page-number> of <text:page-count>2</text:page-count>') +
                  '</style:footer>')
    if mode == "table":
        t = '<table:table table:name="CV" table:style-name="T1"><table:table-column table:style-name="T1.A"/><table:table-column table:style-name="T1.B"/>'
        rows = list(rec["sections"])
        if cw == "table":
            rows.insert(0, ("Contact", [f"E-mail: {rec['email']}", f"Mobile/WhatsApp: {rec['phone_disp']}"] + rec["extra"]))
        for h, items in rows:
            t += (f'<table:table-row><table:table-cell table:style-name="T1.C" office:value-type="string">{p("CellHead", xesc(h))}</table:table-cell>'
                  f'<table:table-cell table:style-name="T1.C" office:value-type="string">{render_items(rec, items, mode)}</table:table-cell></table:table-row>')
        body.append(t + "</table:table>")
    else:
        for h, items in rec["sections"]:
            body.append(p("Heading_20_1", xesc(h)))
            body.append(render_items(rec, items, mode))
    master = (f'<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">'
              f'{header}{footer}</style:master-page></office:master-styles>')
    meta = (f'<office:meta><dc:title>CV {xesc(rec["full_name"])}</dc:title><meta:initial-creator>{xesc(rec["full_name"])}'
            f'</meta:initial-creator></office:meta>')
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS}>{meta}{styles(font, mode, accent)}{master}'
            f'<office:body><office:text>{"".join(body)}</office:text></office:body></office:document>')


def convert(src, fmt, outdir):
    prof = tempfile.mkdtemp(prefix="lo_w10_")
    cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, capture_output=True, timeout=180)
    shutil.rmtree(prof, ignore_errors=True)


def render(rec, mode, out_path, fmt):
    work = tempfile.mkdtemp(prefix="w10_fodt_")
    base = os.path.splitext(os.path.basename(out_path))[0]
    src = os.path.join(work, base + ".fodt")
    open(src, "w", encoding="utf-8").write(build_fodt(rec, mode))
    convert(src, fmt, work)
    ext = fmt.split(":")[0]
    shutil.move(os.path.join(work, base + "." + ext), out_path)
    shutil.rmtree(work, ignore_errors=True)
