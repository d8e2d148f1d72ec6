#!/usr/bin/env python3
"""Build all w52 files + truth.jsonl. Run via build.sh (uses the venv)."""
import html
import json
import os
import random
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
from cvdata import PEOPLE, DAMAGED, fname, sections, truth  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "files")
TMP = os.path.join("/tmp", "w52_build")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIFB = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
CJK = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
random.seed(52)


def display_name(p):
    return (p["title"] + " " if p["title"] else "") + p["name"] + (", " + p["degree"].split(" (")[0] if p["n"] in (1, 3, 9) else "")


# ---------------------------------------------------------------- docx
def make_docx(p, path, mode):
    from docx import Document
    from docx.shared import Pt, RGBColor, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans" if mode != "hf" else "Liberation Serif"
    st.font.size = Pt(10.5)
    accent = {"template": RGBColor(0x1F, 0x4E, 0x79), "table": RGBColor(0x7B, 0x1F, 0x3A),
              "twocol": RGBColor(0x2E, 0x6B, 0x4F), "hf": RGBColor(0, 0, 0)}[mode]
    contact = [p["email"], p["phone"], p["address"]]

    def heading(container, text):
        para = container.add_paragraph()
        r = para.add_run(text.upper())
        r.bold = True
        r.font.size = Pt(11.5)
        r.font.color.rgb = accent
        para.paragraph_format.space_before = Pt(10)
        para.paragraph_format.space_after = Pt(2)
        # bottom border like Google Docs "Coral/Spearmint" templates
        from docx.oxml.ns import qn
        from docx.oxml import OxmlElement
        pPr = para._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        b = OxmlElement("w:bottom")
        b.set(qn("w:val"), "single"); b.set(qn("w:sz"), "6"); b.set(qn("w:space"), "1")
        b.set(qn("w:color"), "%02X%02X%02X" % (accent[0], accent[1], accent[2]))
        bdr.append(b); pPr.append(bdr)

    def item(container, it):
        para = container.add_paragraph()
        para.paragraph_format.space_after = Pt(1)
        r = para.add_run(it["head"]); r.bold = bool(it["sub"] or it["date"])
        if it["date"]:
            para.add_run("\t" + it["date"]).italic = True
        if it["sub"]:
            sp = container.add_paragraph(it["sub"])
            sp.paragraph_format.space_after = Pt(1)
        for b in it["bullets"]:
            container.add_paragraph(b, style="List Bullet") if container is doc else container.add_paragraph("• " + b)

    secs = sections(p)
    if mode == "hf":
        hp = sec.header.paragraphs[0]
        hp.text = f"{display_name(p)}  |  {p['email']}  |  {p['phone']}"
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp = sec.footer.paragraphs[0]
        fp.text = f"{p['address']}  —  Curriculum Vitae of {p['name']}  —  page 1"
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        t = doc.add_paragraph(); r = t.add_run("CURRICULUM VITAE"); r.bold = True; r.font.size = Pt(16)
        t.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for title, items in secs:
            heading(doc, title)
            for it in items:
                item(doc, it)
    elif mode in ("template", "table"):
        t = doc.add_paragraph(); r = t.add_run(display_name(p)); r.bold = True; r.font.size = Pt(22)
        r.font.color.rgb = accent
        if mode == "template":
            c = doc.add_paragraph(" • ".join(contact)); c.runs[0].font.size = Pt(9.5)
            doc.add_paragraph("").add_run(p["spec_text"]).italic = True
        else:
            tbl = doc.add_table(rows=3, cols=2)
            tbl.style = "Table Grid"
            for i, (k, v) in enumerate([("E-mail", p["email"]), ("Mobile / Viber", p["phone"]), ("Address", p["address"])]):
                tbl.cell(i, 0).text = k
                tbl.cell(i, 1).text = v
        for title, items in secs:
            if mode == "table" and title.canon == "References":
                heading(doc, title)
                rt = doc.add_table(rows=1, cols=3); rt.style = "Table Grid"
                for i, h in enumerate(["Referee", "Institution", "Contact"]):
                    rt.rows[0].cells[i].text = h
                for r in p["refs"]:
                    row = rt.add_row().cells
                    row[0].text, row[1].text, row[2].text = r[0], r[1], f"{r[2]}\n{r[3]}"
                continue
            if mode == "table" and title.canon == "US Clinical Experience":
                heading(doc, title)
                ut = doc.add_table(rows=1, cols=3); ut.style = "Table Grid"
                for i, h in enumerate(["Dates", "Rotation", "Institution"]):
                    ut.rows[0].cells[i].text = h
                for it in items:
                    row = ut.add_row().cells
                    row[0].text, row[1].text, row[2].text = it["date"], it["head"], it["sub"]
                continue
            heading(doc, title)
            for it in items:
                item(doc, it)
    elif mode == "twocol":
        t = doc.add_paragraph(); r = t.add_run(display_name(p)); r.bold = True; r.font.size = Pt(20)
        tbl = doc.add_table(rows=1, cols=2)
        left, right = tbl.cell(0, 0), tbl.cell(0, 1)
        left.width = Cm(5.5); right.width = Cm(11.5)
        left.paragraphs[0].text = "CONTACT"
        left.paragraphs[0].runs[0].bold = True
        for v in contact:
            left.add_paragraph(v)
        side = ("Languages", "Personal", "Career Interests")
        for title, items in secs:
            tgt = left if title.canon in side else right
            heading(tgt, title)
            for it in items:
                item(tgt, it)
    doc.save(path)


def soffice_convert(src, outdir):
    subprocess.run(["soffice", "--headless", "--norestore", "-env:UserInstallation=file:///tmp/w52_lo_profile",
                    "--convert-to", "pdf", "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


# ---------------------------------------------------------------- odt
def make_odt(p, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    from odf.text import P, Span
    doc = OpenDocumentText()
    h = Style(name="Name", family="paragraph")
    h.addElement(TextProperties(fontsize="20pt", fontweight="bold", fontfamily="Liberation Serif"))
    h.addElement(ParagraphProperties(textalign="center"))
    c = Style(name="Contact", family="paragraph")
    c.addElement(TextProperties(fontsize="9.5pt"))
    c.addElement(ParagraphProperties(textalign="center"))
    sh = Style(name="SecHead", family="paragraph")
    sh.addElement(TextProperties(fontsize="12pt", fontweight="bold", fontvariant="small-caps"))
    sh.addElement(ParagraphProperties(margintop="0.3cm", borderbottom="0.5pt solid #000000"))
    b = Style(name="B", family="text"); b.addElement(TextProperties(fontweight="bold"))
    it = Style(name="I", family="text"); it.addElement(TextProperties(fontstyle="italic"))
    for s in (h, c, sh):
        doc.styles.addElement(s)
    doc.automaticstyles.addElement(b); doc.automaticstyles.addElement(it)
    doc.text.addElement(P(stylename=h, text=display_name(p)))
    doc.text.addElement(P(stylename=c, text=p["address"]))
    doc.text.addElement(P(stylename=c, text=f"Cell: {p['phone']}   Email: {p['email']}"))
    for title, items in sections(p):
        doc.text.addElement(P(stylename=sh, text=title))
        for x in items:
            para = P()
            if x["date"]:
                para.addElement(Span(stylename=it, text=x["date"] + "   "))
            para.addElement(Span(stylename=b if x["sub"] else None, text=x["head"]) if x["sub"] else Span(text=x["head"]))
            doc.text.addElement(para)
            if x["sub"]:
                doc.text.addElement(P(text="      " + x["sub"]))
            for bl in x["bullets"]:
                doc.text.addElement(P(text="      – " + bl))
    doc.save(path)


# ---------------------------------------------------------------- chromium
CSS_BASE = """
@page { size: A4; margin: 0; }
body { margin:0; font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; font-size: 9.6pt; color:#222; }
h2 { font-size: 11pt; letter-spacing: 1.5px; text-transform: uppercase; margin: 12px 0 5px; }
.item { margin-bottom: 5px; } .date { color:#666; font-size: 8.6pt; } .sub { color:#444; }
.bar { background:#ddd; height:6px; border-radius:3px; margin:2px 0 7px; }
.bar > div { height:6px; border-radius:3px; }
svg.ic { width:11px; height:11px; vertical-align:-1px; margin-right:5px; }
"""
ICON_MAIL = '<svg class="ic" viewBox="0 0 24 24"><path fill="currentColor" d="M2 4h20v16H2z M4 6l8 6 8-6"/></svg>'
ICON_PHONE = '<svg class="ic" viewBox="0 0 24 24"><path fill="currentColor" d="M6 2h5l2 5-3 2a11 11 0 0 0 5 5l2-3 5 2v5a2 2 0 0 1-2 2A19 19 0 0 1 4 4a2 2 0 0 1 2-2z"/></svg>'
ICON_PIN = '<svg class="ic" viewBox="0 0 24 24"><path fill="currentColor" d="M12 2a7 7 0 0 0-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 0 0-7-7z"/></svg>'


def items_html(items, timeline=False):
    out = []
    for x in items:
        cls = "item tl" if timeline else "item"
        s = f'<div class="{cls}">'
        if x["date"]:
            s += f'<div class="date">{html.escape(x["date"])}</div>'
        s += f'<div><b>{html.escape(x["head"])}</b></div>' if x["sub"] else f'<div>{html.escape(x["head"])}</div>'
        if x["sub"]:
            s += f'<div class="sub">{html.escape(x["sub"])}</div>'
        for b in x["bullets"]:
            s += f'<div class="sub">{html.escape(b)}</div>'
        out.append(s + "</div>")
    return "\n".join(out)


def make_html(p, variant):
    secs = sections(p)
    e = html.escape
    side_titles = {"Languages", "Career Interests", "Personal"}
    if variant == "chromium_timeline":
        accent = "#0b6e4f"
        head = (f'<div style="background:{accent};color:#fff;padding:22px 34px">'
                f'<div style="font-size:24pt;font-weight:bold">{e(display_name(p))}</div>'
                f'<div style="margin-top:6px">{ICON_MAIL}{e(p["email"])} &nbsp; {ICON_PHONE}{e(p["phone"])} &nbsp; {ICON_PIN}{e(p["address"])}</div></div>')
        body = ""
        for t, items in secs:
            tl = t.canon in ("US Clinical Experience", "Clinical Experience (Home Country / International)", "Education", "Clinical Experience")
            body += f'<h2 style="color:{accent}">{e(t)}</h2>' + items_html(items, tl)
        css = CSS_BASE + f""".tl {{ border-left: 3px solid {accent}; padding-left: 14px; position: relative; }}
.tl:before {{ content:''; position:absolute; left:-7px; top:2px; width:11px; height:11px; border-radius:50%; background:{accent}; }}
.main {{ padding: 6px 34px 20px; }}"""
        doc = f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{head}<div class='main'>{body}</div></body></html>"
        return doc
    # sidebar variants
    colors = {"chromium_canva_sidebar": ("#f3e3d3", "#8a4b2a", "#222"),
              "chromium_skillbars": ("#1d2b3a", "#4fb3bf", "#eee"),
              "chromium_icons_sidebar": ("#2f3e46", "#84a98c", "#f1f1f1")}[variant]
    bg, acc, fg = colors
    side = f'<div style="font-size:10pt;font-weight:bold;letter-spacing:2px;color:{acc}">CONTACT</div>'
    side += f'<div class="item">{ICON_MAIL}{e(p["email"])}</div><div class="item">{ICON_PHONE}{e(p["phone"])}</div><div class="item">{ICON_PIN}{e(p["address"])}</div>'
    if p.get("skills"):
        side += f'<h2 style="color:{acc}">Skills</h2>'
        for s, v in p["skills"]:
            side += f'<div>{e(s)}</div><div class="bar"><div style="width:{v}%;background:{acc}"></div></div>'
    main = ""
    for t, items in secs:
        if t.canon in side_titles:
            if t.canon == "Languages" and variant == "chromium_skillbars":
                side += f'<h2 style="color:{acc}">Languages</h2>'
                lv = [95, 90, 80, 60]
                for i, lang in enumerate(p["languages_text"].split(", ")):
                    side += f'<div>{e(lang)}</div><div class="bar"><div style="width:{lv[i % 4]}%;background:{acc}"></div></div>'
                continue
            side += f'<h2 style="color:{acc}">{e(t)}</h2>' + items_html(items)
        else:
            main += f'<h2 style="color:{acc};border-bottom:1.5px solid {acc}">{e(t)}</h2>' + items_html(items)
    alt = f'<div style="font-size:16pt;color:#888">{e(p["alt_name"])}</div>' if p.get("alt_name") else ""
    photo = f'<div style="width:110px;height:110px;border-radius:50%;background:{acc};margin:0 auto 18px;opacity:.6"></div>'
    name_first, _, name_rest = p["name"].partition(" ")
    title = (f'<div style="font-size:26pt;font-weight:bold;line-height:1.05">{e(name_first)}<br>'
             f'<span style="color:{acc}">{e(name_rest)}</span></div>{alt}'
             f'<div style="letter-spacing:3px;margin:6px 0 8px;color:#666">{e(p["degree"].upper())} · INTERNATIONAL MEDICAL GRADUATE</div>')
    css = CSS_BASE + f""".wrap {{ display:flex; min-height: 297mm; }}
.side {{ width: 34%; background:{bg}; color:{fg}; padding: 28px 20px; box-sizing:border-box; }}
.side .sub {{ color: inherit; opacity:.85 }}
.main {{ width: 66%; padding: 28px 26px; box-sizing:border-box; }}"""
    return (f"<html><head><meta charset='utf-8'><style>{css}</style></head><body><div class='wrap'>"
            f"<div class='side'>{photo}{side}</div><div class='main'>{title}{main}</div></div></body></html>")


def chromium_pdf(html_text, out):
    os.makedirs(TMP, exist_ok=True)
    src = os.path.join(TMP, os.path.basename(out) + ".html")
    open(src, "w", encoding="utf-8").write(html_text)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", "file://" + src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


# ---------------------------------------------------------------- reportlab (moderncv look-alikes)
def make_reportlab(p, out, style):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.colors import HexColor
    pdfmetrics.registerFont(TTFont("DV", FONT)); pdfmetrics.registerFont(TTFont("DVB", FONTB))
    pdfmetrics.registerFont(TTFont("DVS", SERIF))
    W, H = A4
    c = canvas.Canvas(out, pagesize=A4)
    c.setTitle(f"{p['name']} — CV"); c.setAuthor(p["name"]); c.setCreator("LaTeX with moderncv")
    blue = HexColor("#3873b3") if style == "classic" else HexColor("#a0522d")
    grey = HexColor("#777777")
    y = H - 60
    left, datecol = 50, 150

    def newpage():
        nonlocal y
        c.showPage(); y = H - 60

    def wrap(text, font, size, width):
        words, lines, cur = text.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if pdfmetrics.stringWidth(t, font, size) > width and cur:
                lines.append(cur); cur = w
            else:
                cur = t
        if cur:
            lines.append(cur)
        return lines

    if style == "classic":
        c.setFont("DVS", 28); c.setFillColor(HexColor("#222222"))
        first, _, last = p["name"].partition(" ")
        c.drawString(left, y, first); c.setFillColor(grey); c.drawString(left, y - 32, last)
        c.setFont("DV", 9); c.setFillColor(grey)
        ry = y + 8
        for line in p["address"].split(", "):
            c.drawRightString(W - 50, ry, line); ry -= 11
        c.drawRightString(W - 50, ry, "☎ " + p["phone"]); ry -= 11
        c.drawRightString(W - 50, ry, "✉ " + p["email"]); ry -= 11
        y = min(y - 60, ry - 14)
        c.setFont("DVS", 11); c.setFillColor(grey)
        c.drawString(left, y, p["degree"] + " — " + p["spec_text"][:80]); y -= 24
    else:  # banking: centred name, contacts on one line under a rule
        c.setFont("DVB", 24); c.setFillColor(HexColor("#222222"))
        c.drawCentredString(W / 2, y, p["name"]); y -= 18
        c.setFont("DV", 8.8); c.setFillColor(grey)
        c.drawCentredString(W / 2, y, f"{p['address']}  •  {p['phone']}  •  {p['email']}"); y -= 28

    for title, items in sections(p):
        if y < 120:
            newpage()
        c.setFillColor(blue)
        if style == "classic":
            c.rect(left, y - 1, datecol - left - 10, 5, stroke=0, fill=1)
            c.setFont("DVS", 13); c.drawString(datecol, y - 3, title); y -= 20
        else:
            c.setFont("DVB", 12); c.drawString(left, y, title)
            c.setStrokeColor(blue); c.line(left + pdfmetrics.stringWidth(title, "DVB", 12) + 8, y + 4, W - 50, y + 4); y -= 18
        for x in items:
            if y < 70:
                newpage()
            c.setFillColor(HexColor("#222222"))
            if style == "classic":
                c.setFont("DV", 8.5); c.setFillColor(grey)
                if x["date"]:
                    for i, dl in enumerate(wrap(x["date"], "DV", 8.5, datecol - left - 12)):
                        c.drawRightString(datecol - 10, y - 11 * i, dl)
                c.setFillColor(HexColor("#222222"))
                xs, width = datecol, W - 50 - datecol
            else:
                xs, width = left + 10, W - 60 - left - 90
                if x["date"]:
                    c.setFont("DV", 8.5); c.setFillColor(grey); c.drawRightString(W - 50, y, x["date"])
                    c.setFillColor(HexColor("#222222"))
            font = "DVB" if x["sub"] else "DV"
            for ln in wrap(x["head"], font, 9.5, width):
                c.setFont(font, 9.5); c.drawString(xs, y, ln); y -= 12
            if x["sub"]:
                c.setFont("DV", 9); c.setFillColor(grey)
                for ln in wrap(x["sub"], "DV", 9, width):
                    c.drawString(xs, y, ln); y -= 11
                c.setFillColor(HexColor("#222222"))
            for b in x["bullets"]:
                c.setFont("DV", 9); c.drawString(xs + 8, y, b); y -= 11
            y -= 4
        y -= 6
    c.save()


# ---------------------------------------------------------------- fpdf2
def make_fpdf(p, out, style):
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.add_font("DV", "", FONT); pdf.add_font("DV", "B", FONTB)
    pdf.add_font("DS", "", SERIF); pdf.add_font("DS", "B", SERIFB)
    pdf.set_author(p["name"]); pdf.set_creator("fpdf2")
    if style == "casual":
        # moderncv 'casual': name top-left, contacts in the page footer only
        class P(FPDF):
            def footer(self_):
                self_.set_y(-15); self_.set_font("DS", "", 8); self_.set_text_color(90, 90, 90)
                self_.cell(0, 5, f"{p['address']}  •  {p['phone']}  •  {p['email']}", align="C")
        pdf = P(format="A4")
        pdf.add_font("DV", "", FONT); pdf.add_font("DV", "B", FONTB)
        pdf.add_font("DS", "", SERIF); pdf.add_font("DS", "B", SERIFB)
        fam = "DS"; acc = (52, 120, 70)
    else:
        fam = "DV"; acc = (30, 30, 30)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    pdf.set_font(fam, "B", 22); pdf.set_text_color(*acc)
    pdf.cell(0, 11, display_name(p), new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(40, 40, 40)
    if style != "casual":
        pdf.set_font(fam, "", 9.5)
        pdf.cell(0, 5, f"Email: {p['email']}   |   WhatsApp: {p['phone']}", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 5, p["address"], new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.set_font(fam, "", 11); pdf.set_text_color(120, 120, 120)
        pdf.cell(0, 6, "Medical student — Curriculum Vitae", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for title, items in sections(p):
        pdf.set_font(fam, "B", 12); pdf.set_text_color(*acc)
        pdf.cell(0, 7, title if style == "casual" else title.upper(), new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(*acc); pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.ln(1.5); pdf.set_text_color(30, 30, 30)
        for x in items:
            line = x["head"] + (f"  ({x['date']})" if x["date"] else "")
            pdf.set_font(fam, "B" if x["sub"] else "", 9.5)
            pdf.multi_cell(0, 4.8, line, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(fam, "", 9)
            if x["sub"]:
                pdf.multi_cell(0, 4.6, "   " + x["sub"], new_x="LMARGIN", new_y="NEXT")
            for b in x["bullets"]:
                pdf.multi_cell(0, 4.6, "   - " + b, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
        pdf.ln(2)
    pdf.output(out)


# ---------------------------------------------------------------- rtf / txt
def rtf_escape(s):
    o = []
    for ch in s:
        if ch in "\\{}":
            o.append("\\" + ch)
        elif ord(ch) > 127:
            code = ord(ch)
            o.append(f"\\u{code if code < 32768 else code - 65536}?")
        else:
            o.append(ch)
    return "".join(o)


def make_rtf(p, out):
    r = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}",
         r"\paperw11906\paperh16838\margl1200\margr1200\f0\fs22"]
    r.append(r"{\pard\qc\b\fs34 " + rtf_escape(display_name(p)) + r"\par}")
    r.append(r"{\pard\qc\fs20 " + rtf_escape(p["address"]) + r"\line Mobile: " + rtf_escape(p["phone"]) +
             r" \u8226? E-mail: " + rtf_escape(p["email"]) + r"\par}")
    for title, items in sections(p):
        r.append(r"{\pard\sb200\brdrb\brdrs\brdrw10\b\f1\fs24 " + rtf_escape(title.upper()) + r"\par}")
        for x in items:
            line = (rtf_escape(x["date"]) + r"\tab " if x["date"] else "")
            r.append(r"{\pard\tx2600\li0 " + line + (r"\b " if x["sub"] else "") + rtf_escape(x["head"]) + r"\b0\par}")
            if x["sub"]:
                r.append(r"{\pard\li2600 " + rtf_escape(x["sub"]) + r"\par}")
            for b in x["bullets"]:
                r.append(r"{\pard\li2600 " + rtf_escape(b) + r"\par}")
    r.append("}")
    open(out, "w", encoding="ascii").write("\n".join(r))


def text_lines(p, width=78):
    L = [display_name(p).upper(), p["address"], f"Phone: {p['phone']} | Email: {p['email']}", "=" * width]
    for title, items in sections(p):
        L += ["", title.upper(), "-" * len(title)]
        for x in items:
            if x["date"]:
                L.append(f"{x['date']:<24}{x['head']}")
                if x["sub"]:
                    L.append(" " * 24 + x["sub"])
            else:
                L.append(("* " if title.canon not in ("Languages", "Career Interests") else "") + x["head"]
                         + (f" — {x['sub']}" if x["sub"] else ""))
            for b in x["bullets"]:
                L.append(" " * 6 + b)
    return L


def make_txt(p, out):
    open(out, "w", encoding="utf-8").write("\r\n".join(text_lines(p)) + "\r\n")


# ---------------------------------------------------------------- scans
def render_page_image(p, sidebar=False):
    from PIL import Image, ImageDraw, ImageFont
    W, H = 1654, 2339  # A4 @ 200 dpi
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT, 25); fb = ImageFont.truetype(FONTB, 27)
    fn = ImageFont.truetype(FONTB, 56); fs = ImageFont.truetype(FONT, 22)
    x0 = 120
    if sidebar:
        d.rectangle([0, 0, 520, H], fill=225)
        sx, sy = 40, 120
        for t in ["CONTACT", p["email"], p["phone"]] + p["address"].split(", "):
            d.text((sx, sy), t, font=fb if t == "CONTACT" else fs, fill=20); sy += 40
        x0 = 570
    y = 110
    d.text((x0, y), display_name(p), font=fn, fill=0); y += 80
    if p.get("alt_name"):
        try:
            fa = ImageFont.truetype(FONT, 34)
            d.text((x0, y), p["alt_name"], font=fa, fill=40, direction="rtl", language="ur")
        except Exception:
            fa = ImageFont.truetype(FONT, 34)
            d.text((x0, y), p["alt_name"], font=fa, fill=40)
        y += 56
    if not sidebar:
        d.text((x0, y), f"{p['address']}   |   {p['phone']}   |   {p['email']}", font=fs, fill=30); y += 50
    maxw = W - x0 - 100

    def wl(text, font):
        words, cur, out = text.split(), "", []
        for w in words:
            t = (cur + " " + w).strip()
            if d.textlength(t, font=font) > maxw and cur:
                out.append(cur); cur = w
            else:
                cur = t
        return out + [cur]

    for title, items in sections(p):
        if y > H - 200:
            break
        y += 16
        d.text((x0, y), title.upper(), font=fb, fill=0); y += 38
        d.line([x0, y - 4, W - 100, y - 4], fill=60, width=2)
        for x in items:
            txt = (x["date"] + "   " if x["date"] else "") + x["head"]
            for ln in wl(txt, f):
                d.text((x0, y), ln, font=f, fill=15); y += 33
            if x["sub"]:
                for ln in wl(x["sub"], fs):
                    d.text((x0 + 30, y), ln, font=fs, fill=50); y += 30
            for b in x["bullets"]:
                d.text((x0 + 30, y), b, font=fs, fill=50); y += 30
    return img


def degrade(img, angle, blur, contrast, noise, bg=235, seed=0):
    import numpy as np
    from PIL import Image, ImageFilter, ImageEnhance
    rnd = np.random.default_rng(seed)
    img = img.convert("L")
    img = ImageEnhance.Contrast(img).enhance(contrast)
    pad = Image.new("L", (img.width + 160, img.height + 160), bg - 60)  # table / background
    pad.paste(img, (80, 80))
    img = pad.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=bg - 70)
    a = np.asarray(img).astype(np.float32)
    # uneven lighting gradient (phone photo) + sensor noise
    h, w = a.shape
    grad = np.linspace(1.0, 0.82, w)[None, :] * np.linspace(1.0, 0.9, h)[:, None]
    a = a * grad + rnd.normal(0, noise, a.shape)
    img = Image.fromarray(np.clip(a, 0, 255).astype("uint8"))
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    return img


def make_scan(p, out, kind):
    from PIL import Image
    if kind == "scan_jpg":
        img = degrade(render_page_image(p), 1.4, 1.0, 0.8, 9, seed=17)
        img.convert("RGB").resize((1240, int(1240 * img.height / img.width))).save(out, "JPEG", quality=70)
    elif kind == "scan_jpg2":
        img = degrade(render_page_image(p), -0.8, 1.6, 0.85, 7, seed=21)
        # warm phone-camera tint
        rgb = Image.merge("RGB", [img.point(lambda v: min(255, int(v * 1.04))), img, img.point(lambda v: int(v * 0.9))])
        rgb.save(out, "JPEG", quality=62)
    elif kind == "scan_png":
        img = degrade(render_page_image(p), 0.6, 0.7, 0.45, 6, seed=19)
        img.save(out, "PNG")
    elif kind == "scan_pdf":
        img = degrade(render_page_image(p), -1.1, 0.6, 0.9, 10, seed=18)
        img.convert("L").save(out, "PDF", resolution=200)
    elif kind == "scan_pdf2":
        img = degrade(render_page_image(p, sidebar=True), 1.8, 0.9, 0.75, 8, seed=20)
        img.convert("L").save(out, "PDF", resolution=200)


# ---------------------------------------------------------------- damaged
def make_damaged(dm, out, donor_pdf):
    if dm["layout"] == "damaged_truncated":
        data = open(donor_pdf, "rb").read()
        open(out, "wb").write(data[: int(len(data) * 0.35)])
    elif dm["layout"] == "damaged_encrypted":
        from pypdf import PdfReader, PdfWriter
        w = PdfWriter()
        for pg in PdfReader(donor_pdf).pages:
            w.add_page(pg)
        w.encrypt(user_password="cv2026", owner_password="owner-w52", algorithm="RC4-128")
        with open(out, "wb") as fh:
            w.write(fh)
    else:
        rnd = random.Random(24)
        open(out, "wb").write(bytes(rnd.getrandbits(8) for _ in range(18000)))


# ---------------------------------------------------------------- main
def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT); os.makedirs(TMP, exist_ok=True)
    truths = []
    for p in PEOPLE:
        out = os.path.join(OUT, fname(p))
        f = p["fmt"]
        print("building", fname(p), flush=True)
        if f in ("lo_docx", "lo_docx_table"):
            src = os.path.join(TMP, os.path.splitext(fname(p))[0] + ".docx")
            make_docx(p, src, "template" if f == "lo_docx" else "twocol")
            soffice_convert(src, OUT)
        elif f == "docx":
            make_docx(p, out, "table")
        elif f == "docx_hf":
            make_docx(p, out, "hf")
        elif f == "odt":
            make_odt(p, out)
        elif f == "lo_odt":
            src = os.path.join(TMP, os.path.splitext(fname(p))[0] + ".odt")
            make_odt(p, src)
            soffice_convert(src, OUT)
        elif f == "chromium":
            chromium_pdf(make_html(p, p["layout"]), out)
        elif f == "reportlab_moderncv":
            make_reportlab(p, out, "classic")
        elif f == "reportlab_banking":
            make_reportlab(p, out, "banking")
        elif f == "fpdf2":
            make_fpdf(p, out, "simple")
        elif f == "fpdf2_casual":
            make_fpdf(p, out, "casual")
        elif f == "rtf":
            make_rtf(p, out)
        elif f == "txt":
            make_txt(p, out)
        elif f.startswith("scan"):
            make_scan(p, out, f)
        assert os.path.exists(out), out
        truths.append(truth(p))
    donor = os.path.join(TMP, "donor.pdf")
    donor_p = dict(PEOPLE[0], name="Rohan Mehta", email="rohan.mehta@gmail.com")
    make_reportlab(donor_p, donor, "classic")
    for dm in DAMAGED:
        fn = f"w52_{dm['n']:03d}_{dm['layout']}.{dm['ext']}"
        make_damaged(dm, os.path.join(OUT, fn), donor)
        truths.append({"file": fn, "layout": dm["layout"], "error": True})
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for t in truths:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    print("done", len(truths))


if __name__ == "__main__":
    main()
