# -*- coding: utf-8 -*-
"""Render every CV in data.py through a real toolchain into ../files/."""
import html, os, subprocess, sys, shutil, tempfile, random
sys.path.insert(0, os.path.dirname(__file__))
from data import P, DAMAGED

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "files")
TMP = os.path.join(HERE, "..", "tmp")
os.makedirs(OUT, exist_ok=True); os.makedirs(TMP, exist_ok=True)
E = html.escape
DROID = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MYANMAR = "/usr/share/fonts/truetype/noto/NotoSansMyanmar-Regular.ttf"


def entry_html(e):
    if isinstance(e, str):
        return f"<p class='line'>{E(e)}</p>"
    b = "".join(f"<li>{E(x)}</li>" for x in e.get("b", []))
    return (f"<div class='entry'><div class='date'>{E(e['d'])}</div><div class='body'><b>{E(e['t'])}</b>"
            f"<br><span class='sub'>{E(e['s'])}</span>{'<ul>'+b+'</ul>' if b else ''}</div></div>")


CSS_FONT = "font-family:'Noto Sans','Noto Sans CJK SC','Noto Sans CJK JP','Noto Sans CJK KR','Noto Sans CJK TC',sans-serif;"

def html_doc(p, style):
    secs = "".join(f"<section><h2>{E(h)}</h2>{''.join(entry_html(x) for x in items)}</section>" for h, items in p["sections"])
    contact = "".join(f"<div>{E(c)}</div>" for c in p["contact"])
    alt = f"<span class='alt'>{E(p['alt'])}</span>" if p.get("alt") else ""
    if style == "grid":
        css = """body{margin:0} header{background:#0b3d62;color:#fff;padding:18px 28px;display:grid;grid-template-columns:2fr 1fr}
        h1{margin:0;font-size:26px} .alt{font-size:20px;margin-left:12px;color:#cde} .ttl{color:#cde}
        header .c{font-size:11px;line-height:1.5} main{display:grid;grid-template-columns:1fr 1fr;gap:6px 22px;padding:12px 28px}
        section:nth-child(1),section:nth-child(4),section:nth-child(5){grid-column:1/3}
        h2{font-size:13px;color:#0b3d62;border-bottom:2px solid #e5a100;margin:8px 0 4px} .entry{display:grid;grid-template-columns:130px 1fr;font-size:11px;margin-bottom:4px}
        .date{color:#666} .line{font-size:11px;margin:2px 0} ul{margin:2px 0 2px 16px;padding:0} .sub{color:#444}"""
        body = f"<header><div><h1>{E(p['name'])}{alt}</h1><div class='ttl'>{E(p['title'])}</div></div><div class='c'>{contact}</div></header><main>{secs}</main>"
    elif style == "timeline":
        css = """body{margin:28px 40px} h1{font-size:28px;margin:0;letter-spacing:1px} .alt{font-size:18px;color:#888;margin-left:14px}
        .top{border-bottom:1px solid #999;padding-bottom:8px} .c{display:flex;gap:18px;font-size:11px;color:#333;margin-top:4px}
        h2{font-size:14px;margin:14px 0 6px;color:#7a1f3d} section{border-left:3px solid #7a1f3d;padding-left:14px;position:relative}
        .entry{position:relative;font-size:11.5px;margin:0 0 8px 0} .entry:before{content:'';position:absolute;left:-21px;top:3px;width:10px;height:10px;border-radius:50%;background:#7a1f3d}
        .date{font-weight:bold;color:#7a1f3d} .line{font-size:11.5px;margin:2px 0} ul{margin:2px 0 0 16px;padding:0}"""
        body = f"<div class='top'><h1>{E(p['name'])}{alt}</h1><div>{E(p['title'])}</div><div class='c'>{contact}</div></div>{secs}"
    elif style == "sidebar":
        side_keys = ("Licensure", "Interests", "Languages", "Visa")
        side = "".join(f"<section><h2>{E(h)}</h2>{''.join(entry_html(x) for x in it)}</section>" for h, it in p["sections"] if h in side_keys)
        mainp = "".join(f"<section><h2>{E(h)}</h2>{''.join(entry_html(x) for x in it)}</section>" for h, it in p["sections"] if h not in side_keys)
        css = """body{margin:0;display:flex;min-height:100vh} aside{width:33%;background:#1d6b5a;color:#fff;padding:24px 16px;font-size:11px}
        aside h2{color:#ffd76a;font-size:13px;border-bottom:1px solid #ffd76a} main{width:67%;padding:24px 22px}
        h1{font-size:24px;margin:0 0 4px} .alt{display:block;font-size:12px;color:#cfe} main h2{font-size:14px;color:#1d6b5a;border-bottom:1px solid #1d6b5a}
        .entry{font-size:11px;margin-bottom:7px} .date{color:#888;font-style:italic} .line{margin:2px 0;font-size:11px} ul{margin:2px 0 0 14px;padding:0}"""
        body = f"<aside><h1>{E(p['name'])}{alt}</h1><div>{E(p['title'])}</div><section><h2>Contact</h2>{contact}</section>{side}</aside><main>{mainp}</main>"
    elif style == "cards":
        css = """body{margin:24px;background:#fff} .hd{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:4px solid #3949ab;padding-bottom:6px}
        h1{margin:0;font-size:26px;color:#3949ab} .alt{font-size:22px;margin-left:10px;color:#555} .c{text-align:right;font-size:11px}
        main{display:flex;flex-wrap:wrap;gap:10px;margin-top:12px} section{flex:1 1 45%;border:1px solid #c5cae9;border-radius:8px;padding:6px 12px;box-sizing:border-box}
        h2{font-size:13px;margin:2px 0 6px;color:#283593} .entry{font-size:11px} .date{color:#3949ab} .line{font-size:11px;margin:2px 0} ul{margin:0 0 0 14px;padding:0}"""
        body = f"<div class='hd'><div><h1>{E(p['name'])}{alt}</h1><div>{E(p['title'])}</div></div><div class='c'>{contact}</div></div><main>{secs}</main>"
    elif style == "table":
        rows = ""
        for h, items in p["sections"]:
            first = True
            for x in items:
                if isinstance(x, str):
                    cells = f"<td colspan=2>{E(x)}</td>"
                else:
                    cells = f"<td class='d'>{E(x['d'])}</td><td><b>{E(x['t'])}</b>, {E(x['s'])}</td>"
                rows += f"<tr>{'<th rowspan=%d>%s</th>' % (len(items), E(h)) if first else ''}{cells}</tr>"
                first = False
        css = """body{margin:30px} h1{text-align:center;font-size:24px;margin:0} .alt{margin-left:10px} .ttl{text-align:center}
        table{border-collapse:collapse;width:100%;font-size:11px;margin-top:10px} td,th{border:1px solid #555;padding:4px 6px;vertical-align:top}
        th{background:#eee;width:110px;text-align:left} td.d{width:150px;white-space:nowrap} .ct td{border:none;text-align:center}"""
        ct = "<table class='ct'><tr>" + "".join(f"<td>{E(c)}</td>" for c in p["contact"]) + "</tr></table>"
        body = f"<h1>{E(p['name'])}{alt}</h1><div class='ttl'>{E(p['title'])}</div>{ct}<table>{rows}</table>"
    else:  # plain (for scans) — big, simple
        css = """body{margin:40px 50px;font-size:15px} h1{font-size:30px;margin:0} .alt{font-size:22px;margin-left:12px}
        .c div{display:inline-block;margin-right:18px} h2{font-size:17px;border-bottom:1px solid #000;margin:14px 0 6px}
        .entry{display:flex;gap:14px;margin-bottom:6px} .date{width:210px;flex:none} .line{margin:3px 0} ul{margin:0}"""
        body = f"<h1>{E(p['name'])}{alt}</h1><div>{E(p['title'])}</div><div class='c'>{contact}</div>{secs}"
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>@page{{size:A4;margin:0}} body{{{CSS_FONT}}} {css}</style></head><body>{body}</body></html>"


def chromium_pdf(htmltext, out):
    src = os.path.join(TMP, os.path.basename(out) + ".html")
    open(src, "w", encoding="utf-8").write(htmltext)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", "file://" + os.path.abspath(src)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ------------------------------------------------------------------ python-docx
def make_docx(p, mode, path):
    from docx import Document
    from docx.shared import Pt, RGBColor, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Noto Sans"; st.font.size = Pt(10)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Sans CJK SC")
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2); s.top_margin = Cm(1.8)
    title = d.add_paragraph(); r = title.add_run(p["name"]); r.bold = True; r.font.size = Pt(20)
    if p.get("alt"):
        r2 = title.add_run("   " + p["alt"]); r2.font.size = Pt(14); r2.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    d.add_paragraph(p["title"]).runs[0].italic = True
    if mode == "plain":
        d.add_paragraph("  |  ".join(p["contact"]))
    elif mode == "header":
        hp = d.sections[0].header.paragraphs[0]
        hp.text = f"{p['name']} {p['alt']}  —  " + "  ·  ".join(p["contact"]); hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif mode == "footer":
        fp = d.sections[0].footer.paragraphs[0]
        fp.text = "Contact: " + "  /  ".join(p["contact"]); fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif mode == "table":
        t = d.add_table(rows=2, cols=3); t.style = "Table Grid"
        for i, lab in enumerate(["E-mail", "Mobile (WhatsApp)", "Address"]):
            t.cell(0, i).text = lab; t.cell(1, i).text = p["contact"][i]
    for h, items in p["sections"]:
        hh = d.add_heading(h, level=2)
        for x in items:
            if isinstance(x, str):
                d.add_paragraph(x, style="List Bullet" if mode != "footer" else None)
            else:
                para = d.add_paragraph(); a = para.add_run(x["t"]); a.bold = True
                para.add_run("\n" + x["s"] + "\t" + x["d"])
                para.paragraph_format.tab_stops.add_tab_stop(Cm(13))
                for b in x.get("b", []):
                    d.add_paragraph(b, style="List Bullet 2")
    if mode == "table" and p.get("refs"):
        d.add_heading("Referees", level=2)
        t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
        for i, lab in enumerate(["Name", "Position", "Email", "Phone"]):
            t.cell(0, i).text = lab
        for ref in p["refs"]:
            row = t.add_row().cells
            for i, v in enumerate(ref):
                row[i].text = v
    d.save(path)


# ------------------------------------------------------------------ RTF
def rtf_escape(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        else:
            out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def make_rtf(p, path):
    L = [r"{\rtf1\ansi\deff0{\fonttbl{\f0 Liberation Serif;}{\f1 Liberation Sans;}}\paperw11906\paperh16838\margl1300\margr1300\margt1100\margb1100",
         r"\pard\qc\f1\fs36\b " + rtf_escape(p["name"] + ", " + p["title"]) + r"\b0\par",
         r"\pard\qc\fs20 " + rtf_escape("  \u2022  ".join(p["contact"])) + r"\par\pard\sb120\par"]
    for h, items in p["sections"]:
        L.append(r"\pard\sb160\sa60\f1\fs22\b " + rtf_escape(h) + r"\b0\par")
        L.append(r"{\pard\brdrb\brdrs\brdrw10\par}")
        for x in items:
            if isinstance(x, str):
                L.append(r"\pard\li360\f0\fs21 " + rtf_escape(x) + r"\par")
            else:
                L.append(r"\pard\li360\tqr\tx9300\f0\fs21\b " + rtf_escape(x["t"]) + r"\b0\tab " + rtf_escape(x["d"]) + r"\par")
                L.append(r"\pard\li360\f0\fs21\i " + rtf_escape(x["s"]) + r"\i0\par")
    L.append("}")
    open(path, "w", encoding="ascii").write("\n".join(L))


# ------------------------------------------------------------------ reportlab
def make_reportlab(p, path, twocol=False):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Frame, PageTemplate, BaseDocTemplate,
                                    FrameBreak, Table, TableStyle)
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    pdfmetrics.registerFont(TTFont("DV", DEJAVU)); pdfmetrics.registerFont(TTFont("DVB", DEJAVU_B))
    pdfmetrics.registerFont(TTFont("MM", MYANMAR))
    H1 = ParagraphStyle("h1", fontName="DVB", fontSize=20, leading=24)
    H2 = ParagraphStyle("h2", fontName="DVB", fontSize=11.5, leading=15, spaceBefore=8, textColor=colors.HexColor("#8b0000"))
    N = ParagraphStyle("n", fontName="DV", fontSize=9.3, leading=12)
    S = ParagraphStyle("s", parent=N, textColor=colors.HexColor("#444444"))
    story = []
    alt = p["alt"]
    if twocol:
        story.append(Paragraph(E(p["name"]) + f" &nbsp;<font name='MM' size='14'>{E(alt)}</font>", H1))
    else:
        story.append(Paragraph(E(p["name"]), H1)); story.append(Paragraph(f"({E(alt)}) — {E(p['title'])}", S))
    story.append(Paragraph(" &nbsp;|&nbsp; ".join(E(c) for c in p["contact"]), N)); story.append(Spacer(1, 6))
    def sec(h, items):
        out = [Paragraph(E(h), H2)]
        for x in items:
            if isinstance(x, str):
                out.append(Paragraph(E(x), N))
            else:
                if twocol:
                    out.append(Paragraph(f"<b>{E(x['t'])}</b>", N)); out.append(Paragraph(f"{E(x['s'])} — <i>{E(x['d'])}</i>", S))
                else:
                    t = Table([[Paragraph(E(x["d"]), S), Paragraph(f"<font name='DVB'>{E(x['t'])}</font><br/>{E(x['s'])}", N)]],
                              colWidths=[95, 390])
                    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
                    out.append(t)
                for b in x.get("b", []):
                    out.append(Paragraph("• " + E(b), N))
            out.append(Spacer(1, 2))
        return out
    if not twocol:
        for h, items in p["sections"]:
            story += sec(h, items)
        SimpleDocTemplate(path, pagesize=A4, leftMargin=45, rightMargin=45, topMargin=40, bottomMargin=40,
                          title=f"CV {p['name']}").build(story)
        return
    W, Hh = A4
    doc = BaseDocTemplate(path, pagesize=A4, title="Curriculum Vitae")
    top = Frame(40, Hh - 110, W - 80, 75, id="top")
    left = Frame(40, 40, (W - 80) * 0.36, Hh - 155, id="left")
    right = Frame(40 + (W - 80) * 0.38, 40, (W - 80) * 0.62, Hh - 155, id="right")
    doc.addPageTemplates([PageTemplate(id="two", frames=[top, left, right])])
    leftkeys = ("Education", "USMLE / Certification", "Career Interest", "Languages", "Immigration")
    story.append(FrameBreak())
    for h, items in p["sections"]:
        if h in leftkeys: story += sec(h, items)
    story.append(FrameBreak())
    for h, items in p["sections"]:
        if h not in leftkeys: story += sec(h, items)
    doc.build(story)


# ------------------------------------------------------------------ fpdf2
def make_fpdf(p, path, style):
    from fpdf import FPDF
    pdf = FPDF(format="A4"); pdf.set_margins(18, 16, 18); pdf.add_page()
    pdf.add_font("dv", "", DEJAVU); pdf.add_font("dv", "B", DEJAVU_B); pdf.add_font("droid", "", DROID)
    pdf.set_fallback_fonts(["droid"])
    pdf.set_font("dv", "B", 20)
    if style == "cjk":
        pdf.cell(0, 10, f"{p['name']}  {p['alt']}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "", 10); pdf.cell(0, 6, p["title"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "", 9); pdf.cell(0, 6, "   ".join(p["contact"]), new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(180, 30, 30); pdf.set_line_width(0.6); pdf.line(18, pdf.get_y() + 1, 192, pdf.get_y() + 1); pdf.ln(4)
    else:
        pdf.cell(0, 10, p["name"], align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "", 12); pdf.cell(0, 6, p["alt"] + " · " + p["title"], align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "", 9); pdf.cell(0, 6, "  |  ".join(p["contact"]), align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
    for h, items in p["sections"]:
        pdf.set_font("dv", "B", 11); pdf.set_text_color(150, 20, 20) if style == "cjk" else pdf.set_text_color(0, 0, 0)
        if style == "cjk":
            pdf.cell(0, 7, h, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_fill_color(225, 225, 225); pdf.cell(0, 7, h, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        for x in items:
            pdf.set_font("dv", "", 9)
            if isinstance(x, str):
                pdf.multi_cell(0, 5, x, new_x="LMARGIN", new_y="NEXT")
            else:
                y = pdf.get_y()
                pdf.set_font("dv", "", 9); pdf.multi_cell(40, 5, x["d"], new_x="RIGHT", new_y="TOP")
                pdf.set_xy(60, y); pdf.set_font("dv", "B", 9); pdf.multi_cell(0, 5, x["t"], new_x="LMARGIN", new_y="NEXT")
                pdf.set_x(60); pdf.set_font("dv", "", 9); pdf.multi_cell(0, 5, x["s"], new_x="LMARGIN", new_y="NEXT")
                for b in x.get("b", []):
                    pdf.set_x(62); pdf.multi_cell(0, 5, "- " + b, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.output(path)


# ------------------------------------------------------------------ scans / photos
def degrade(p, out):
    import numpy as np
    from PIL import Image, ImageFilter, ImageEnhance
    rnd = random.Random(p["file"]); sc = p["scan"]
    pdf = os.path.join(TMP, p["file"] + ".src.pdf")
    chromium_pdf(html_doc(p, "plain"), pdf)
    subprocess.run(["pdftoppm", "-r", "150", "-f", "1", "-l", "1", "-png", pdf, os.path.join(TMP, p["file"] + "_pg")], check=True)
    pg = [f for f in os.listdir(TMP) if f.startswith(p["file"] + "_pg")][0]
    im = Image.open(os.path.join(TMP, pg)).convert("L")
    if sc.get("low"):
        im = ImageEnhance.Contrast(im).enhance(0.55); im = ImageEnhance.Brightness(im).enhance(1.12)
    im = im.rotate(sc["rot"], resample=Image.BICUBIC, expand=True, fillcolor=245)
    arr = np.asarray(im).astype(np.float32)
    arr += np.random.default_rng(abs(hash(p["file"])) % 2**32).normal(0, 9, arr.shape)
    im = Image.fromarray(np.clip(arr, 0, 255).astype("uint8")).filter(ImageFilter.GaussianBlur(0.6))
    if sc["kind"] == "photo":
        im = im.convert("RGB")
        w, h = im.size
        # phone-photo perspective: paper on a darker desk, keystone
        bg = Image.new("RGB", (int(w * 1.25), int(h * 1.2)), (92, 78, 64))
        bg.paste(im, (int(w * 0.12), int(h * 0.08)))
        W, H = bg.size
        d = 0.06
        quad = (W * d, H * 0.02, 0, H, W, H, W * (1 - d), H * 0.02)  # top narrower -> keystone
        im = bg.transform((W, H), Image.QUAD, quad, resample=Image.BICUBIC)
        # uneven lighting
        g = np.linspace(0.78, 1.05, W)[None, :, None] * np.linspace(0.9, 1.0, H)[:, None, None]
        im = Image.fromarray(np.clip(np.asarray(im) * g * np.array([1.0, 0.97, 0.9]), 0, 255).astype("uint8"))
        im = im.resize((int(W * 0.8), int(H * 0.8)))
        im.save(out, "JPEG", quality=58)
    elif sc["kind"] == "png":
        im.save(out, "PNG")
    else:
        j = os.path.join(TMP, p["file"] + ".jpg"); im.save(j, "JPEG", quality=45)
        Image.open(j).convert("RGB").save(out, "PDF", resolution=150)


# ------------------------------------------------------------------ damaged
def make_damaged():
    src = os.path.join(OUT, "w109_001_chromium_grid.pdf")
    data = open(src, "rb").read()
    open(os.path.join(OUT, "w109_022_damaged_truncated.pdf"), "wb").write(data[: len(data) // 3])
    from pypdf import PdfReader, PdfWriter
    w = PdfWriter(); w.append(PdfReader(os.path.join(OUT, "w109_013_fpdf2_plain.pdf")))
    w.encrypt(user_password="k7#Qm2!xZ", owner_password="own-9f3", algorithm="RC4-128")
    w.write(os.path.join(OUT, "w109_023_damaged_encrypted.pdf"))
    rnd = random.Random(24)
    open(os.path.join(OUT, "w109_024_damaged_random.docx"), "wb").write(bytes(rnd.getrandbits(8) for _ in range(18000)))


def main():
    for p in P:
        out = os.path.join(OUT, p["file"]); lay = p["layout"]
        if "scan" in p:
            degrade(p, out)
        elif lay.startswith("chromium_"):
            chromium_pdf(html_doc(p, lay.split("_")[1]), out)
        elif lay == "docx_lo":
            x = os.path.join(TMP, p["file"].replace(".pdf", ".docx")); make_docx(p, "plain", x); soffice(x, "pdf", TMP)
            shutil.move(x.replace(".docx", ".pdf"), out)
        elif lay == "docx_footer_lo":
            x = os.path.join(TMP, p["file"].replace(".pdf", ".docx")); make_docx(p, "footer", x); soffice(x, "pdf", TMP)
            shutil.move(x.replace(".docx", ".pdf"), out)
        elif lay == "docx_header":
            make_docx(p, "header", out)
        elif lay == "docx_table":
            make_docx(p, "table", out)
        elif lay == "rtf_lo":
            x = os.path.join(TMP, p["file"].replace(".pdf", ".rtf")); make_rtf(p, x); soffice(x, "pdf", TMP)
            shutil.move(x.replace(".rtf", ".pdf"), out)
        elif lay == "lo_odt":
            x = os.path.join(TMP, p["file"].replace(".pdf", ".html"))
            h = html_doc(p, "plain"); h = h[:h.index("<style>")] + "<title>CV</title>" + h[h.index("</style>") + 8:]
            open(x, "w", encoding="utf-8").write(h)
            subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "odt:writer8", "--outdir", TMP, x],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            o = x.replace(".html", ".odt"); soffice(o, "pdf", TMP)
            shutil.move(o.replace(".odt", ".pdf"), out)
        elif lay == "reportlab_single":
            make_reportlab(p, out)
        elif lay == "reportlab_twocol":
            make_reportlab(p, out, twocol=True)
        elif lay == "fpdf2_cjk":
            make_fpdf(p, out, "cjk")
        elif lay == "fpdf2_plain":
            make_fpdf(p, out, "plain")
        elif lay == "plaintext_fullwidth":
            open(out, "w", encoding="utf-8").write(p["text"])
        else:
            raise SystemExit("unknown layout " + lay)
        print("made", p["file"])
    make_damaged(); print("made damaged")


if __name__ == "__main__":
    main()
