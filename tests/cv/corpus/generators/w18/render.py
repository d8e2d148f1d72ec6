"""Layout renderers (python-docx, odfpy, plain text, HTML for Chromium)."""
import html
import textwrap

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_TAB_ALIGNMENT, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor


def tcase(s):
    """Title case that keeps US / U.S. / USCE in capitals."""
    keep = {"US", "U.S.", "USCE", "USMLE", "ECFMG"}
    return " ".join(w if w in keep else w.capitalize() if w.isupper() else w for w in s.split(" "))


def exp_line(x, style):
    if style == "oneline":
        return f"• {x['role']} – {x['spec']} – {x['inst']}, {x['loc']} – {x['dates']}"
    if style == "comma":
        return f"{x['role']}, {x['spec']}, {x['inst']}, {x['loc']}, {x['dates']}"
    return f"{x['role']} – {x['spec']}, {x['inst']}, {x['loc']}"


def pub_block(p):
    out = []
    if p["pubs"]:
        out.append(("sub", "Peer-reviewed publications"))
        out += [("num", f"{i}. {t}") for i, t in enumerate(p["pubs"], 1)]
    if p.get("posters"):
        out.append(("sub", "Posters / presentations"))
        out += [("txt", t) for t in p["posters"]]
    for t in p.get("extra_pubs", []):
        out.append(("txt", t))
    if not out:
        out.append(("txt", "None yet."))
    return out


def display_name(p):
    n = p["name"]
    if p.get("prefix"):
        n = p["prefix"] + " " + n
    if p.get("creds"):
        n += ", " + p["creds"]
    return n


# ------------------------------------------------------------------ python-docx helpers
def bold_para(doc_or_cell, text, size=11, color=None, underline=False):
    para = doc_or_cell.add_paragraph()
    r = para.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    r.underline = underline
    if color:
        r.font.color.rgb = RGBColor(*color)
    para.paragraph_format.space_before = Pt(8)
    para.paragraph_format.space_after = Pt(2)
    return para


def tab_para(container, left, right, pos_cm, bold_left=False):
    para = container.add_paragraph()
    para.paragraph_format.tab_stops.add_tab_stop(Cm(pos_cm), WD_TAB_ALIGNMENT.RIGHT)
    r = para.add_run(left)
    r.bold = bold_left
    para.add_run("\t" + right)
    para.paragraph_format.space_after = Pt(0)
    return para


def set_cols(section, num, space_twips=360):
    sectPr = section._sectPr
    for old in sectPr.findall(qn("w:cols")):
        sectPr.remove(old)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(space_twips))
    sectPr.append(cols)


def base_doc(font="Calibri", size=10.5):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2)
        s.top_margin = s.bottom_margin = Cm(1.8)
    return doc


def cv_body_tabs(doc, p, right_cm=17.0, heading_caps=True):
    """CV body with bold-run headings and right-aligned tab-stop dates."""
    H = (lambda s: s.upper()) if heading_caps else (lambda s: s)
    bold_para(doc, H("Objective"))
    doc.add_paragraph(p["objective"])
    bold_para(doc, H("Education"))
    for deg, school, dates in p["education"]:
        tab_para(doc, deg, dates, right_cm, bold_left=True)
        doc.add_paragraph(school)
    bold_para(doc, H("USMLE / Certification"))
    for e in p["exams"]:
        doc.add_paragraph(e)
    bold_para(doc, p["usce_head"] if heading_caps else tcase(p["usce_head"]))
    if not p["usce"]:
        doc.add_paragraph(p.get("usce_none", "None"))
    for x in p["usce"]:
        tab_para(doc, exp_line(x, "dash"), x["dates"], right_cm, bold_left=False)
        if x["desc"]:
            doc.add_paragraph(x["desc"]).paragraph_format.left_indent = Cm(0.6)
    bold_para(doc, p["other_head"])
    for x in p["other"]:
        tab_para(doc, exp_line(x, "dash"), x["dates"], right_cm)
    bold_para(doc, H("Research & Publications"))
    for kind, t in pub_block(p):
        para = doc.add_paragraph()
        r = para.add_run(t)
        r.italic = kind == "sub"
    bold_para(doc, H("Languages"))
    doc.add_paragraph(p["languages"])
    if p["referees"]:
        bold_para(doc, H("References"))
        for r in p["referees"]:
            doc.add_paragraph(r)


def docx_twocol(p, path):
    doc = base_doc("Arial", 9.5)
    t = doc.add_paragraph()
    r = t.add_run(display_name(p))
    r.bold = True
    r.font.size = Pt(18)
    if p.get("native"):
        doc.add_paragraph(p["native"])
    doc.add_paragraph(f"{p['address']}  |  {p['phone']}  |  {p['email']}")
    if p.get("born"):
        doc.add_paragraph(p["born"])
    # continuous section with two Word columns
    sec = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(sec, 2)
    bold_para(doc, "PROFILE")
    doc.add_paragraph(p["objective"])
    bold_para(doc, "EDUCATION")
    for deg, school, dates in p["education"]:
        doc.add_paragraph(f"{deg}\n{school}\n{dates}")
    bold_para(doc, "EXAMS & STATUS")
    for e in p["exams"]:
        doc.add_paragraph(e, style="List Bullet")
    bold_para(doc, "LANGUAGES")
    doc.add_paragraph(p["languages"])
    bold_para(doc, p["usce_head"])
    for x in p["usce"]:
        para = doc.add_paragraph()
        para.add_run(f"{x['role']} – {x['spec']}").bold = True
        para.add_run(f"\n{x['inst']}, {x['loc']}\n{x['dates']}")
        if x["desc"]:
            para.add_run("\n" + x["desc"]).italic = True
    bold_para(doc, p["other_head"])
    for x in p["other"]:
        doc.add_paragraph(f"{x['role']} ({x['spec']})\n{x['inst']}, {x['loc']}\n{x['dates']}")
    bold_para(doc, "PUBLICATIONS")
    for kind, t in pub_block(p):
        doc.add_paragraph(t)
    if p["referees"]:
        bold_para(doc, "REFEREES")
        for r in p["referees"]:
            doc.add_paragraph(r)
    doc.save(path)


def docx_cover_cv(p, path, coordinator):
    doc = base_doc("Times New Roman", 11)
    doc.add_paragraph("November 18, 2026")
    doc.add_paragraph(f"{coordinator['name']}\n{coordinator['title']}\n{coordinator['org']}\n"
                      f"{coordinator['addr']}\n{coordinator['email']} | {coordinator['phone']}")
    doc.add_paragraph(f"Dear {coordinator['salutation']},")
    doc.add_paragraph(
        f"I am writing to apply for a clinical rotation through your program. I am an international medical graduate "
        f"and I completed my medical degree at {p['education'][0][1]}. {p['cover_extra']} "
        f"My curriculum vitae is pasted below for your convenience; please feel free to contact "
        f"{coordinator['cc']} if you need anything from my previous rotation site.")
    doc.add_paragraph("Thank you for considering my application.")
    doc.add_paragraph(f"Sincerely,\n{display_name(p)}\n{p['email']}\n{p['phone']}")
    para = doc.add_paragraph()
    para.add_run().add_break(WD_BREAK.PAGE)
    # the CV pasted below
    r = doc.add_paragraph().add_run("CURRICULUM VITAE")
    r.bold = True
    r.font.size = Pt(14)
    para = doc.add_paragraph()
    para.add_run(display_name(p)).bold = True
    para.add_run(f"\n{p['address']}\nTel: {p['phone']}   E-mail: {p['email']}")
    if p.get("born"):
        para.add_run("\n" + p["born"])
    cv_body_tabs(doc, p, 16.5)
    doc.save(path)


def docx_boldhead(p, path):
    doc = base_doc("Cambria", 10.5)
    para = doc.add_paragraph()
    r = para.add_run(p["name"])
    r.bold = True
    r.font.small_caps = True
    r.font.size = Pt(16)
    para.add_run(f"  {p['creds']}")
    doc.add_paragraph(f"{p['email']} • {p['phone']} • {p['address']}")
    cv_body_tabs(doc, p, 17.0, heading_caps=False)
    doc.save(path)


def docx_bullets(p, path):
    doc = base_doc("Calibri", 11)
    para = doc.add_paragraph()
    r = para.add_run(p["name"])
    r.bold = True
    r.font.size = Pt(20)
    doc.add_paragraph(f"{p['creds']} · {p['address']}")
    doc.add_paragraph(f"Mobile/WhatsApp: {p['phone']}")
    doc.add_paragraph(f"Email: {p['email']}")
    if p.get("born"):
        doc.add_paragraph(p["born"])
    bold_para(doc, "Career goal")
    doc.add_paragraph(p["objective"])
    bold_para(doc, "Education")
    for deg, school, dates in p["education"]:
        doc.add_paragraph(f"• {deg} – {school} – {dates}")
    bold_para(doc, "Board exams")
    for e in p["exams"]:
        doc.add_paragraph("• " + e)
    bold_para(doc, tcase(p["usce_head"]))
    for x in p["usce"]:
        doc.add_paragraph(exp_line(x, "oneline"))
    bold_para(doc, "Work experience – " + tcase(p["other_head"]))
    for x in p["other"]:
        doc.add_paragraph(exp_line(x, "oneline"))
    bold_para(doc, "Research")
    for kind, t in pub_block(p):
        doc.add_paragraph("• " + t if kind != "sub" else t)
    bold_para(doc, "Languages")
    doc.add_paragraph(p["languages"])
    bold_para(doc, "Referees")
    for r in p["referees"]:
        doc.add_paragraph("• " + r)
    doc.save(path)


def docx_header_contacts(p, path):
    """Contacts appear only in the page header and footer."""
    doc = base_doc("Georgia", 10.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run(display_name(p))
    r.bold = True
    r.font.size = Pt(14)
    if p.get("native"):
        hp.add_run("   " + p["native"])
    hp2 = sec.header.add_paragraph(p["address"])
    fp = sec.footer.paragraphs[0]
    fp.add_run(f"{p['email']}   ·   {p['phone']}")
    body_p = doc.add_paragraph()
    body_p.add_run("Curriculum Vitae").bold = True
    cv_body_tabs(doc, p, 17.0, heading_caps=True)
    doc.save(path)


def docx_table(p, path):
    doc = base_doc("Calibri", 10)
    para = doc.add_paragraph()
    r = para.add_run(display_name(p))
    r.bold = True
    r.font.size = Pt(17)
    tbl = doc.add_table(rows=0, cols=2)
    tbl.style = "Table Grid"

    def row(label, lines):
        cells = tbl.add_row().cells
        cells[0].width = Cm(4)
        cells[1].width = Cm(13)
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].paragraphs[0].text = lines[0] if lines else ""
        for ln in lines[1:]:
            cells[1].add_paragraph(ln)

    row("Contact", [f"Phone: {p['phone']}", f"Email: {p['email']}", p["address"]])
    row("Objective", [p["objective"]])
    row("Education", [f"{d} — {s} ({dt})" for d, s, dt in p["education"]])
    row("Examinations", p["exams"])
    row(p["usce_head"], [f"{x['dates']}: {exp_line(x, 'dash')}" for x in p["usce"]] or [p.get("usce_none", "")])
    row(p["other_head"], [f"{x['dates']}: {exp_line(x, 'dash')}" for x in p["other"]])
    row("Publications", [t for k, t in pub_block(p)])
    row("Languages", [p["languages"]])
    row("References", p["referees"] or ["Available upon request"])
    doc.save(path)


# ------------------------------------------------------------------ plain text
def txt_ascii(p, variant=1):
    L = []
    if variant == 1:
        bar = "=" * 72
        L += [bar, display_name(p).center(72), bar, f"  Tel : {p['phone']}", f"  Mail: {p['email']}",
              f"  Addr: {p['address']}", f"  {p['born']}" if p.get("born") else "", ""]

        def H(s):
            L.extend(["", "+" + "-" * (len(s) + 2) + "+", "| " + s.upper() + " |", "+" + "-" * (len(s) + 2) + "+"])
    else:
        L += ["*~" * 36, f"   {p['name']}  ({p.get('native', '')})", f"   {p['creds']}", "*~" * 36,
              f"   phone  >> {p['phone']}", f"   e-mail >> {p['email']}", f"   {p['address']} | {p['born']}", ""]

        def H(s):
            L.extend(["", f"#### {s.upper()} " + "#" * max(4, 60 - len(s)), ""])
    H("Objective")
    L.append(textwrap.fill(p["objective"], 72))
    H("Education")
    for d, s, dt in p["education"]:
        L.append(f"{dt:<24}{d}")
        L.append(" " * 24 + s)
    H("USMLE / ECFMG / Visa")
    L += ["  " + e for e in p["exams"]]
    H(p["usce_head"])
    if not p["usce"]:
        L.append(p.get("usce_none", ""))
    for x in p["usce"]:
        L.append(f"{x['dates']:<24}{x['role']} | {x['spec']}")
        L.append(" " * 24 + f"{x['inst']}, {x['loc']}")
    H(p["other_head"])
    for x in p["other"]:
        L.append(f"{x['dates']:<24}{x['role']} | {x['spec']}")
        L.append(" " * 24 + f"{x['inst']}, {x['loc']}")
    H("Publications")
    for k, t in pub_block(p):
        L.append(textwrap.fill(t, 72, subsequent_indent="   ") if k != "sub" else f"-- {t} --")
    H("Languages")
    L.append(p["languages"])
    H("References")
    L += p["referees"]
    L.append("")
    L.append("-" * 72 if variant == 1 else "*~" * 36)
    return "\n".join(L) + "\n"


def txt_pdfwrap(p, seed=7):
    """Simulates text copy-pasted from a PDF viewer: hard wraps at odd widths, hyphenation,
    page furniture in the middle, columns flattened."""
    import random
    rnd = random.Random(seed)
    blocks = [p["name"] + ", " + p["creds"],
              f"{p['address']} Mobile: {p['phone']} Email: {p['email']} {p['born']}",
              "OBJECTIVE", p["objective"], "EDUCATION"]
    blocks += [f"{d}, {s}, {dt}" for d, s, dt in p["education"]]
    blocks += ["EXAMINATIONS"] + p["exams"]
    blocks += [p["usce_head"].upper()]
    blocks += [f"{x['role']} in {x['spec']} at {x['inst']}, {x['loc']}, {x['dates']}" for x in p["usce"]]
    blocks += [p["other_head"].upper()]
    blocks += [f"{x['role']} ({x['spec']}), {x['inst']}, {x['loc']}, {x['dates']}" for x in p["other"]]
    blocks += ["PUBLICATIONS"] + [t for k, t in pub_block(p)]
    blocks += ["LANGUAGES", p["languages"], "REFERENCES"] + p["referees"]
    out = []
    nlines = 0
    protect = {p["name"], p["email"]}
    for b in blocks:
        width = rnd.choice([38, 44, 51, 57, 63])
        # never split name or email
        words = b.split(" ")
        cur = ""
        for w in words:
            if len(cur) + len(w) + 1 > width and cur:
                if rnd.random() < 0.3 and len(w) > 8 and "@" not in w and w not in p["name"]:
                    cut = len(w) // 2
                    out.append(cur + " " + w[:cut] + "-")
                    cur = w[cut:]
                else:
                    out.append(cur)
                    cur = w
                nlines += 1
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
        nlines += 1
    k = min(26, len(out) - 5)
    out[k:k] = ["", "Page 1 of 2", "\f" + p["name"].upper() + " – Curriculum Vitae (cont.)"]
    out += ["", "Page 2 of 2"]
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ ODT (odfpy)
def _odt_styles(doc):
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
    bold = Style(name="B", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    head = Style(name="Hd", family="paragraph")
    head.addElement(TextProperties(fontweight="bold", fontsize="12pt", color="#1F3A5F"))
    head.addElement(ParagraphProperties(margintop="0.25cm", marginbottom="0.1cm"))
    doc.automaticstyles.addElement(head)
    big = Style(name="Big", family="paragraph")
    big.addElement(TextProperties(fontweight="bold", fontsize="18pt"))
    doc.automaticstyles.addElement(big)
    c1 = Style(name="c1", family="table-column")
    c1.addElement(TableColumnProperties(columnwidth="5.2cm"))
    c2 = Style(name="c2", family="table-column")
    c2.addElement(TableColumnProperties(columnwidth="11.8cm"))
    doc.automaticstyles.addElement(c1)
    doc.automaticstyles.addElement(c2)
    return dict(bold=bold, head=head, big=big, c1=c1, c2=c2)


def odt_plain(p, path, sidebar=False, contacts_in_table=False):
    from odf.opendocument import OpenDocumentText
    from odf.text import P, Span, LineBreak
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    S = _odt_styles(doc)

    def para(container, text, style=None):
        e = P(stylename=style) if style else P()
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if i:
                e.addElement(LineBreak())
            e.addText(part)
        container.addElement(e)

    body = doc.text
    if sidebar or contacts_in_table:
        tbl = Table(name="Layout")
        tbl.addElement(TableColumn(stylename=S["c1"]))
        tbl.addElement(TableColumn(stylename=S["c2"]))
        tr = TableRow()
        left, right = TableCell(), TableCell()
        tr.addElement(left)
        tr.addElement(right)
        tbl.addElement(tr)
        body.addElement(tbl)
    else:
        left = right = body
    # header / sidebar
    para(right if (sidebar or contacts_in_table) else body, display_name(p), S["big"])
    if p.get("native"):
        para(right if (sidebar or contacts_in_table) else body, p["native"])
    side = left
    para(side, "Contact", S["head"])
    para(side, f"{p['phone']}\n{p['email']}\n{p['address']}")
    if p.get("born"):
        para(side, p["born"])
    if sidebar:
        para(side, "Languages", S["head"])
        for l in p["languages"].split(", "):
            para(side, l)
        para(side, "Exams", S["head"])
        for e in p["exams"]:
            para(side, e)
    main = right
    para(main, "Objective", S["head"])
    para(main, p["objective"])
    para(main, "Education", S["head"])
    for d, s, dt in p["education"]:
        para(main, f"{d}\n{s}\n{dt}")
    if not sidebar:
        para(main, "USMLE & ECFMG", S["head"])
        for e in p["exams"]:
            para(main, e)
    para(main, p["usce_head"], S["head"])
    if not p["usce"]:
        para(main, p.get("usce_none", ""))
    for x in p["usce"]:
        para(main, f"{x['dates']} — {x['role']}, {x['spec']}\n{x['inst']}, {x['loc']}")
    para(main, p["other_head"], S["head"])
    for x in p["other"]:
        para(main, f"{x['dates']} — {x['role']}, {x['spec']}\n{x['inst']}, {x['loc']}")
    para(main, "Publications", S["head"])
    for k, t in pub_block(p):
        para(main, t)
    if not sidebar:
        para(main, "Languages", S["head"])
        para(main, p["languages"])
    para(main, "References", S["head"])
    for r in p["referees"] or ["On request"]:
        para(main, r)
    doc.save(path)


# ------------------------------------------------------------------ HTML e-mail (Chromium print)
def html_email(p, coordinator):
    e = html.escape
    usce = "".join(f"<li>{e(x['role'])} — {e(x['spec'])} — {e(x['inst'])}, {e(x['loc'])} ({e(x['dates'])})</li>" for x in p["usce"])
    other = "".join(f"<li>{e(x['role'])}, {e(x['inst'])}, {e(x['loc'])}, {e(x['dates'])}</li>" for x in p["other"])
    exams = "".join(f"<li>{e(x)}</li>" for x in p["exams"])
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>Gmail - Application for observership</title>
<style>body{{font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222;margin:24px}}
.top{{display:flex;justify-content:space-between;border-bottom:1px solid #ccc;padding-bottom:6px}}
.logo{{color:#d93025;font-size:20px;font-weight:bold}} .hdr td{{padding:1px 8px 1px 0;font-size:12px}}
h2{{font-size:17px;font-weight:normal;margin:14px 0}} .quote{{border-left:2px solid #ccc;padding-left:10px;color:#555}}
.sig{{color:#555}}</style></head><body>
<div class="top"><span class="logo">Gmail</span><span>{e(p['name'])} &lt;{e(p['email'])}&gt;</span></div>
<h2>Application for Emergency Medicine observership – {e(p['name'])}</h2>
<p>1 message</p><hr>
<table class="hdr"><tr><td><b>{e(p['name'])}</b> &lt;{e(p['email'])}&gt;</td><td style="text-align:right">Mon, Nov 16, 2026 at 9:42 AM</td></tr>
<tr><td>To: {e(coordinator['email'])}</td></tr><tr><td>Cc: {e(coordinator['cc_email'])}</td></tr></table>
<p>Dear {e(coordinator['salutation'])},</p>
<p>I hope this e-mail finds you well. I am a Libyan physician ({e(p['education'][0][1])}, class of 2016) and I would like
to apply for a 4-week observership in your Emergency Department. My short CV is below; the full PDF is attached.</p>
<p><b>Exams / status</b></p><ul>{exams}</ul>
<p><b>US clinical experience</b></p><ul>{usce}</ul>
<p><b>Clinical experience in Libya</b></p><ul>{other}</ul>
<p><b>Languages:</b> {e(p['languages'])}</p>
<p>Best regards,</p>
<div class="sig">{e(display_name(p))}<br>WhatsApp: {e(p['phone'])}<br>{e(p['address'])}</div>
<br><div class="quote">On Fri, Nov 13, 2026 at 3:10 PM {e(coordinator['name'])} &lt;{e(coordinator['email'])}&gt; wrote:<br>
Dear Dr. Elmabrouk, thank you for your interest. Please send your CV, USMLE transcript and ECFMG status.
You can also call our office at {e(coordinator['phone'])}.<br>-- <br>{e(coordinator['name'])}<br>{e(coordinator['title'])}<br>{e(coordinator['org'])}</div>
<p style="font-size:11px;color:#777">ATT00001.pdf<br>212K</p>
</body></html>"""
