# -*- coding: utf-8 -*-
"""Hand-written flat ODT (.fodt) and HTML sources, converted by LibreOffice headless."""
import os, shutil, subprocess, tempfile
from xml.sax.saxutils import escape as esc

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"')

STYLES = """
 <office:font-face-decls>
  <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
  <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
  <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" style:font-family-generic="swiss"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.08cm"/>
   <style:text-properties style:font-name="{font}" fo:font-size="10pt" fo:language="en" fo:country="US"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph"/>
  <style:style style:name="Name" style:family="paragraph">
   <style:text-properties style:font-name="{font}" fo:font-size="21pt" fo:font-weight="bold" fo:color="{accent}"/>
  </style:style>
  <style:style style:name="Headline" style:family="paragraph">
   <style:paragraph-properties fo:margin-bottom="0.2cm"/>
   <style:text-properties fo:font-size="11pt" fo:font-style="italic"/>
  </style:style>
  <style:style style:name="Small" style:family="paragraph">
   <style:text-properties fo:font-size="8.5pt"/>
  </style:style>
  <style:style style:name="SmallWhite" style:family="paragraph">
   <style:text-properties fo:font-size="8.5pt" fo:color="#ffffff"/>
  </style:style>
  <style:style style:name="Section" style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.12cm" fo:padding-bottom="0.04cm"
      fo:border-bottom="0.6pt solid {accent}" fo:keep-with-next="always"/>
   <style:text-properties fo:font-size="11.5pt" fo:font-weight="bold" fo:color="{accent}" fo:text-transform="uppercase" fo:letter-spacing="0.03cm"/>
  </style:style>
  <style:style style:name="EntryTitle" style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0.1cm">
    <style:tab-stops><style:tab-stop style:position="{tabpos}" style:type="right"/></style:tab-stops>
   </style:paragraph-properties>
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Where" style:family="paragraph">
   <style:text-properties fo:font-style="italic" fo:font-size="9.5pt"/>
  </style:style>
  <style:style style:name="Bullet" style:family="paragraph">
   <style:paragraph-properties fo:margin-left="0.5cm" fo:text-indent="-0.3cm"/>
   <style:text-properties fo:font-size="9.5pt"/>
  </style:style>
  <style:style style:name="Date" style:family="text">
   <style:text-properties fo:font-weight="normal" fo:color="#555555"/>
  </style:style>
 </office:styles>
"""


def entry_xml(it):
    if it["kind"] == "text":
        return '<text:p text:style-name="Standard">%s</text:p>\n' % esc(it["text"])
    x = '<text:p text:style-name="EntryTitle">%s<text:tab/><text:span text:style-name="Date">%s</text:span></text:p>\n' % (
        esc(it["title"]), esc(it["date"]))
    x += '<text:p text:style-name="Where">%s</text:p>\n' % esc(it["where"])
    for b in it["bullets"]:
        x += '<text:p text:style-name="Bullet">• %s</text:p>\n' % esc(b)
    return x


def sections_xml(sections):
    x = ""
    for title, items in sections:
        x += '<text:p text:style-name="Section">%s</text:p>\n' % esc(title)
        for it in items:
            x += entry_xml(it)
    return x


def fodt(body, auto="", master="", font="Liberation Sans", accent="#1a4d2e", tabpos="16.5cm", page="",
         title=""):
    page = page or ('<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" '
                    'fo:page-height="29.7cm" fo:margin-top="1.6cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" '
                    'fo:margin-right="2cm"/></style:page-layout>')
    master = master or '<style:master-page style:name="Standard" style:page-layout-name="pm1"/>'
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.3" '
            'office:mimetype="application/vnd.oasis.opendocument.text">\n'
            '<office:meta><dc:title>%s</dc:title></office:meta>\n%s'
            '<office:automatic-styles>%s\n%s</office:automatic-styles>\n'
            '<office:master-styles>%s</office:master-styles>\n'
            '<office:body><office:text>\n%s</office:text></office:body></office:document>\n') % (
        NS, esc(title), STYLES.replace("{font}", font).replace("{accent}", accent).replace("{tabpos}", tabpos),
        page, auto, master, body)


def convert(src, fmt, outdir, infilter=None):
    """soffice --convert-to, with a private profile so parallel writers don't collide."""
    prof = tempfile.mkdtemp(prefix="w16lo_")
    cmd = ["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--norestore"]
    if infilter:
        cmd.append("--infilter=" + infilter)
    cmd += ["--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    shutil.rmtree(prof, ignore_errors=True)


def _finish(src_text, src_ext, fmt, out, infilter=None, keep_src_dir=None):
    tmp = tempfile.mkdtemp(prefix="w16src_")
    stem = os.path.splitext(os.path.basename(out))[0]
    src = os.path.join(tmp, stem + "." + src_ext)
    with open(src, "w", encoding="utf-8") as f:
        f.write(src_text)
    if keep_src_dir:
        shutil.copy(src, keep_src_dir)
    convert(src, fmt, tmp, infilter)
    ext = os.path.splitext(out)[1]
    shutil.move(os.path.join(tmp, stem + ext), out)
    shutil.rmtree(tmp, ignore_errors=True)


# ------------------------------------------------------------------ fodt_pdf: header table with contacts, right-tab dates
def fodt_pdf(p, out, srcdir=None):
    auto = ('<style:style style:name="HT" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>'
            '<style:style style:name="HT.A" style:family="table-column"><style:table-column-properties style:column-width="10.5cm"/></style:style>'
            '<style:style style:name="HT.B" style:family="table-column"><style:table-column-properties style:column-width="6.5cm"/></style:style>'
            '<style:style style:name="HT.C" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border-bottom="1.5pt solid #1a4d2e"/></style:style>'
            '<style:style style:name="PR" style:family="paragraph" style:parent-style-name="Small"><style:paragraph-properties fo:text-align="end"/></style:style>')
    head = ('<table:table table:name="Header" table:style-name="HT"><table:table-column table:style-name="HT.A"/>'
            '<table:table-column table:style-name="HT.B"/><table:table-row>'
            '<table:table-cell table:style-name="HT.C" office:value-type="string">'
            '<text:p text:style-name="Name">%s</text:p><text:p text:style-name="Headline">%s</text:p>'
            '<text:p text:style-name="Small">%s</text:p></table:table-cell>'
            '<table:table-cell table:style-name="HT.C" office:value-type="string">'
            '<text:p text:style-name="PR">%s</text:p><text:p text:style-name="PR">Cell: %s</text:p>'
            '<text:p text:style-name="PR">%s</text:p></table:table-cell></table:table-row></table:table>\n') % (
        esc(p["display_name"]), esc(p["headline"]), esc(" · ".join(p["personal"])),
        esc(p["address"]), esc(p["phone_disp"]), esc(p["email"]))
    doc = fodt(head + sections_xml(p["sections"]), auto=auto, font="Liberation Serif", title="Curriculum Vitae")
    _finish(doc, "fodt", "pdf:writer_pdf_Export", out, keep_src_dir=srcdir)


# ------------------------------------------------------------------ fodt_odt: contacts only in the page header
def fodt_odt(p, out, srcdir=None):
    page = ('<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.59cm" fo:page-height="27.94cm" '
            'fo:margin-top="1.2cm" fo:margin-bottom="1.5cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/>'
            '<style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm"/></style:header-style>'
            '</style:page-layout>')
    master = ('<style:master-page style:name="Standard" style:page-layout-name="pm1"><style:header>'
              '<text:p text:style-name="HdrP">%s · %s · %s</text:p></style:header></style:master-page>') % (
        esc(p["email"]), esc(p["phone_disp"]), esc(p["address"]))
    auto = ('<style:style style:name="HdrP" style:family="paragraph" style:parent-style-name="Small">'
            '<style:paragraph-properties fo:text-align="center" fo:border-bottom="0.5pt solid #7b3f00" fo:padding-bottom="0.05cm"/></style:style>')
    body = ('<text:p text:style-name="Name">%s</text:p><text:p text:style-name="Headline">%s</text:p>'
            '<text:p text:style-name="Small">%s</text:p>\n') % (esc(p["display_name"]), esc(p["headline"]), esc(" · ".join(p["personal"])))
    doc = fodt(body + sections_xml(p["sections"]), auto=auto, master=master, page=page, font="DejaVu Sans",
               accent="#7b3f00", tabpos="17.19cm", title="CV José Luis Quispe")
    _finish(doc, "fodt", "odt", out, keep_src_dir=srcdir)


# ------------------------------------------------------------------ HTML sources
CSS = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; }
h1 { font-size: 20pt; margin: 0; color: #243b55; }
h2 { font-size: 11.5pt; color: #243b55; border-bottom: 1px solid #243b55; margin: 12pt 0 4pt 0; }
p { margin: 0 0 3pt 0; }
td { vertical-align: top; font-size: 10pt; }
.date { color: #555; white-space: nowrap; }
"""


def html_doc(p, contact_block, dates="left"):
    h = ['<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s - CV</title><style>%s</style></head><body>' % (
        esc(p["full_name"]), CSS)]
    h.append(contact_block)
    for title, items in p["sections"]:
        h.append("<h2>%s</h2>" % esc(title))
        rows = []
        for it in items:
            if it["kind"] == "text":
                h.append("<p>%s</p>" % esc(it["text"]))
            else:
                bl = "".join("<br>&bull; %s" % esc(b) for b in it["bullets"])
                if dates == "left":
                    h.append('<table width="100%%" cellpadding="1"><tr><td width="22%%" class="date">%s</td>'
                             '<td><b>%s</b><br><i>%s</i>%s</td></tr></table>' % (esc(it["date"]), esc(it["title"]), esc(it["where"]), bl))
                else:
                    h.append('<p><b>%s</b>, %s &mdash; %s%s</p>' % (esc(it["title"]), esc(it["where"]), esc(it["date"]), bl))
    h.append("</body></html>")
    return "\n".join(h)


def html_pdf(p, out, srcdir=None):
    cb = ('<table width="100%%"><tr><td><h1>%s</h1><p dir="rtl" lang="fa" style="font-family:\'DejaVu Sans\'; font-size:14pt">%s</p>'
          '<p><i>%s</i></p></td><td align="right" style="font-size:9pt">%s<br>%s<br>%s<br>%s</td></tr></table>') % (
        esc(p["display_name"]), esc(p["native_name"]), esc(p["headline"]), esc(p["email"]), esc(p["phone_disp"]),
        esc(p["address"]), esc(" · ".join(p["personal"])))
    _finish(html_doc(p, cb, "left"), "html", "pdf:writer_pdf_Export", out, infilter="HTML (StarWriter)", keep_src_dir=srcdir)


def html_rtf(p, out, srcdir=None):
    cb = ('<h1>%s</h1><p><i>%s</i></p><p>%s &nbsp;|&nbsp; Cell %s &nbsp;|&nbsp; %s</p><p>%s</p>') % (
        esc(p["display_name"]), esc(p["headline"]), esc(p["address"]), esc(p["phone_disp"]), esc(p["email"]),
        esc(" · ".join(p["personal"])))
    _finish(html_doc(p, cb, "inline"), "html", "rtf:Rich Text Format", out, infilter="HTML (StarWriter)", keep_src_dir=srcdir)


# ------------------------------------------------------------------ DOCX with text boxes (draw:frame/draw:text-box -> wps:txbx)
def _frame(name, x, y, w, h, inner, fill="#ffffff", anchor="page", z=0):
    return ('<draw:frame draw:style-name="%s" draw:name="%s" text:anchor-type="%s" %s svg:x="%s" svg:y="%s" svg:width="%s" svg:height="%s" '
            'draw:z-index="%d"><draw:text-box>%s</draw:text-box></draw:frame>') % (
        "fr" + name, name, anchor, 'text:anchor-page-number="1"' if anchor == "page" else "", x, y, w, h, z, inner)


def _frstyle(name, fill, border="none"):
    return ('<style:style style:name="fr%s" style:family="graphic"><style:graphic-properties fo:background-color="%s" '
            'draw:fill="solid" draw:fill-color="%s" fo:border="%s" fo:padding="0.25cm" style:wrap="none" '
            'style:vertical-pos="from-top" style:vertical-rel="page" style:horizontal-pos="from-left" style:horizontal-rel="page"/>'
            '</style:style>') % (name, fill, fill, border)


def docx_textbox(p, out, srcdir=None):
    """Name/contact banner and an exam summary box are text boxes; the rest is body text."""
    page = ('<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.59cm" fo:page-height="27.94cm" '
            'fo:margin-top="5.2cm" fo:margin-bottom="1.6cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout>')
    auto = (_frstyle("Banner", "#0d3b66") + _frstyle("Exam", "#f4f4f4", "0.5pt solid #0d3b66") +
            '<style:style style:name="BW" style:family="paragraph"><style:paragraph-properties fo:margin-left="1.2cm" fo:margin-top="0.4cm"/><style:text-properties fo:color="#ffffff" fo:font-size="20pt" fo:font-weight="bold"/></style:style>'
            '<style:style style:name="BW2" style:family="paragraph"><style:paragraph-properties fo:margin-left="1.2cm"/><style:text-properties fo:color="#ffffff" fo:font-size="9.5pt"/></style:style>')
    banner = ('<text:p text:style-name="BW">%s</text:p><text:p text:style-name="BW2">%s</text:p>'
              '<text:p text:style-name="BW2">%s | %s | %s</text:p>') % (
        esc(p["display_name"]), esc(p["headline"]), esc(p["phone_disp"]), esc(p["email"]), esc(p["address"]))
    exams = [s for s in p["sections"] if s[0].startswith("USMLE")][0]
    exam_inner = '<text:p text:style-name="EntryTitle">%s</text:p>' % esc(exams[0]) + "".join(
        '<text:p text:style-name="Small">%s</text:p>' % esc(it["text"]) for it in exams[1])
    first = ('<text:p text:style-name="Small">%s%s%s</text:p>\n') % (
        _frame("Banner", "0cm", "0cm", "21.59cm", "3.3cm", banner, z=0),
        _frame("Exam", "2cm", "3.7cm", "17.59cm", "1.2cm", exam_inner, z=1),
        esc(" · ".join(p["personal"])))
    rest = [s for s in p["sections"] if not s[0].startswith("USMLE")]
    doc = fodt(first + sections_xml(rest), auto=auto, page=page, accent="#0d3b66", tabpos="17.59cm", title="Resume")
    _finish(doc, "fodt", "docx:MS Word 2007 XML", out, keep_src_dir=srcdir)


def docx_textbox_sidebar(p, out, srcdir=None):
    """Left sidebar text box holding contacts, exams and languages; the main column is body text."""
    page = ('<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" '
            'fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="7.4cm" fo:margin-right="1.6cm"/></style:page-layout>')
    auto = (_frstyle("Side", "#e8eef5") +
            '<style:style style:name="SH" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm"/>'
            '<style:text-properties fo:font-size="10pt" fo:font-weight="bold" fo:color="#8b1e3f"/></style:style>')
    side = []
    side.append('<text:p text:style-name="SH">CONTACT</text:p>')
    for l in [p["phone_disp"], p["email"], p["address"], " · ".join(p["personal"])]:
        side.append('<text:p text:style-name="Small">%s</text:p>' % esc(l))
    for s in p["sections"]:
        if s[0] in ("Examinations", "Languages", "References"):
            side.append('<text:p text:style-name="SH">%s</text:p>' % esc(s[0].upper()))
            for it in s[1]:
                side.append('<text:p text:style-name="Small">%s</text:p>' % esc(it["text"]))
    side_frame = _frame("Side", "0.8cm", "1.2cm", "5.8cm", "26.5cm", "".join(side))
    body = ('<text:p text:style-name="Name">%s%s</text:p><text:p text:style-name="Headline">%s</text:p>\n') % (
        side_frame, esc(p["display_name"]), esc(p["headline"]))
    main = [s for s in p["sections"] if s[0] not in ("Examinations", "Languages", "References")]
    doc = fodt(body + sections_xml(main), auto=auto, page=page, accent="#8b1e3f", tabpos="12cm", title="CV")
    _finish(doc, "fodt", "docx:MS Word 2007 XML", out, keep_src_dir=srcdir)


RENDER = dict(fodt_pdf=fodt_pdf, fodt_odt=fodt_odt, html_pdf=html_pdf, html_rtf=html_rtf,
              docx_textbox=docx_textbox, docx_textbox_sidebar=docx_textbox_sidebar)
