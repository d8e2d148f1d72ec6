"""Hand-written flat ODT (.fodt) CVs -> LibreOffice headless conversions. Usage: build_fodt.py OUTDIR"""
import sys, os, subprocess, shutil
sys.path.insert(0, os.path.dirname(__file__))
from people import PEOPLE
from xml.sax.saxutils import escape as x

HEAD = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Curriculum Vitae</dc:title><meta:initial-creator>{author}</meta:initial-creator></office:meta>
<office:font-face-decls>
 <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
 <style:font-face style:name="DejaVu Serif" svg:font-family="'DejaVu Serif'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.08cm"/>
  <style:text-properties style:font-name="{font}" fo:font-size="10pt" style:font-name-complex="DejaVu Sans" fo:language="en" fo:country="US"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Name" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="20pt" fo:font-weight="bold" fo:color="{color}"/></style:style>
 <style:style style:name="RTL" style:family="paragraph"><style:paragraph-properties style:writing-mode="rl-tb" fo:text-align="end"/><style:text-properties style:font-size-complex="14pt"/></style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1" style:class="text">
  <style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.12cm" fo:border-bottom="0.6pt solid {color}" fo:padding-bottom="0.05cm"/>
  <style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:color="{color}" fo:text-transform="{tt}"/></style:style>
 <style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="8pt" fo:color="#555555"/></style:style>
 <style:style style:name="Footer" style:family="paragraph" style:class="extra"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8pt"/></style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.6cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  <style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
 <style:style style:name="T1" style:family="table"><style:table-properties style:width="17cm" table:align="left"/></style:style>
 <style:style style:name="T1.A" style:family="table-column"><style:table-column-properties style:column-width="{cw}"/></style:style>
 <style:style style:name="T1.B" style:family="table-column"><style:table-column-properties style:column-width="{cw2}"/></style:style>
 <style:style style:name="C1" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm" fo:border="{border}"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">{footer}</style:master-page></office:master-styles>
<office:body><office:text>
'''

def P(t, style="Standard"): return f'<text:p text:style-name="{style}">{t}</text:p>\n'
def H(t): return f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{x(t)}</text:h>\n'
def Bd(t): return f'<text:span text:style-name="B">{x(t)}</text:span>'

def table(rows):
    s = '<table:table table:name="T%d" table:style-name="T1"><table:table-column table:style-name="T1.A"/><table:table-column table:style-name="T1.B"/>\n' % id(rows)
    for a, b in rows:
        s += '<table:table-row>' + ''.join(f'<table:table-cell table:style-name="C1" office:value-type="string">{P(c)}</table:table-cell>' for c in (a, b)) + '</table:table-row>\n'
    return s + '</table:table>\n'

def fodt(p):
    st = p["fodt_style"]; hd = p.get("heads", {})
    h = lambda k, d: H(hd.get(k, d))
    footer = ""
    if st == "footer":
        footer = f'<style:footer>{P(x(p["full_name"]) + " · " + x(p["phone_disp"]) + " · " + x(p["email"]) + " · Philadelphia, PA 19104", "Footer")}</style:footer>'
    fmt = dict(author=x(p["full_name"]), font="DejaVu Serif" if st in ("spanish", "footer") else "DejaVu Sans",
               color={"spanish": "#9B1B30", "footer": "#1B3A6B", "table": "#0B6E4F", "plain": "#000000"}[st],
               tt="uppercase" if st in ("plain", "footer") else "none", cw="4.2cm", cw2="12.8cm",
               border="none" if st != "table" else "0.5pt solid #999999", footer=footer)
    s = HEAD.format(**fmt)
    s += P(x(p["full_name"]), "Name")
    if p.get("native"):
        s += P(x(p["native"]), "RTL" if st == "table" else "Standard")
    if st == "table":
        s += table([(Bd("Mobile"), x(p["phone_disp"])), (Bd("E-mail"), x(p["email"])), (Bd("Address"), x(p["address"])),
                    (Bd("Date of birth"), x(p["dob"])), (Bd("Nationality"), x(p["nationality"]))])
    elif st == "footer":
        s += P(x(p["objective"]) + " Born " + x(p["dob"]) + " · " + x(p["nationality"]), "Small")
    else:
        s += P(f'{x(p["address"])}<text:line-break/>Tel.: {x(p["phone_disp"])}<text:tab/>E-mail: {x(p["email"])}<text:line-break/>DOB: {x(p["dob"])} · {x(p["nationality"])}')
    if st != "footer":
        s += h("obj", "Objective") + P(x(p["objective"]))
    s += h("edu", "Education") + table([(x(d), Bd(t) + "<text:line-break/>" + x(pl)) for d, t, pl in p["edu"]])
    s += h("usce", "US Clinical Experience") + table([(x(e["disp"]), Bd(e["title"]) + "<text:line-break/>" + x(e["place"])) for e in p["usce"]])
    s += h("work", "Clinical Experience (outside the US)") + table([(x(d), Bd(t) + "<text:line-break/>" + x(pl)) for d, t, pl in p["work"]])
    s += h("exams", "Examinations & Certification") + table([(x(k), x(v)) for k, v in p["exams"]])
    if p["pubs"]:
        s += h("pubs", "Publications") + "".join(P(f"{i}. {x(t)}") for i, t in enumerate(p["pubs"], 1))
    s += h("langs", "Languages") + P(x(p["langs_disp"]))
    s += h("refs", "References") + "".join(P(f"{Bd(n)}, {x(r)}<text:line-break/>{x(e)} · {x(ph)}") for n, r, e, ph in p["refs"])
    return s + "</office:text></office:body></office:document>\n"

FILTER = {"pdf": "pdf:writer_pdf_Export", "odt": "odt", "docx": 'docx:MS Word 2007 XML', "rtf": "rtf"}

if __name__ == "__main__":
    outdir = sys.argv[1]; tmp = "/tmp/w19fodt"; os.makedirs(tmp, exist_ok=True)
    prof = "file:///tmp/w19_lo_profile"
    for p in PEOPLE:
        if p["gen"] != "fodt": continue
        stem = os.path.splitext(p["file"])[0]; src = os.path.join(tmp, stem + ".fodt")
        open(src, "w", encoding="utf-8").write(fodt(p))
        subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", FILTER[p["ext"]], "--outdir", tmp, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.copy(os.path.join(tmp, p["file"]), os.path.join(outdir, p["file"])); print("built", p["file"])
