# -*- coding: utf-8 -*-
"""Build the w29 CV files. Usage: python build.py OUTDIR WORKDIR"""
import html
import json
import os
import random
import shutil
import subprocess
import sys

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from PIL import Image, ImageEnhance, ImageFilter

sys.path.insert(0, os.path.dirname(__file__))
from data import DAMAGED, PEOPLE, build_truth, fname  # noqa: E402

OUT = sys.argv[1]
WORK = sys.argv[2]
os.makedirs(OUT, exist_ok=True)
os.makedirs(WORK, exist_ok=True)
E = html.escape

# ------------------------------------------------------------------ HTML layouts
SILHOUETTE = ('<svg width="100%" height="100%" viewBox="0 0 90 115" xmlns="http://www.w3.org/2000/svg">'
              '<rect width="90" height="115" fill="#d9dde3"/><circle cx="45" cy="42" r="20" fill="#a9b1bc"/>'
              '<path d="M10 115 C12 80 78 80 80 115 Z" fill="#a9b1bc"/></svg>')

BASE_CSS = "@page { size: A4; margin: 14mm 14mm 16mm 14mm; } body { font-family: 'Liberation Sans', 'Noto Sans CJK SC', 'Noto Sans Thai', sans-serif; font-size: 10pt; color:#222; }"


def item_html(it, mode):
    if isinstance(it, str):
        return f'<li class="plain">{E(it)}</li>' if mode != "table" else f'<tr><td colspan="3">{E(it)}</td></tr>'
    notes = "".join(f'<div class="note">{E(n)}</div>' for n in it["notes"])
    when, what, where = E(it["when"]), E(it["what"]), E(it["where"])
    if mode == "table":
        return f'<tr><td class="when">{when}</td><td><b>{what}</b></td><td>{where}{notes}</td></tr>'
    if mode == "right":
        return (f'<div class="row"><div class="l"><b>{what}</b>' + (f'<br><i>{where}</i>' if where else "") +
                f'{notes}</div><div class="r">{when}</div></div>')
    if mode == "left":
        return (f'<div class="row"><div class="w">{when}</div><div class="l"><b>{what}</b>' +
                (f' — {where}' if where else "") + f'{notes}</div></div>')
    # inline
    return (f'<div class="row"><b>{what}</b>' + (f', {where}' if where else "") +
            (f' <span class="when">({when})</span>' if when else "") + f'{notes}</div>')


def section_html(s, mode):
    items = s["items"]
    if s.get("break"):
        return '<div style="page-break-before:always"></div>' + section_html(dict(s, **{"break": False}), mode)
    if mode == "table":
        rows = "".join(item_html(i, "table") for i in items)
        return f'<h2>{E(s["title"])}</h2><table class="t">{rows}</table>'
    plain = [i for i in items if isinstance(i, str)]
    struct = [i for i in items if not isinstance(i, str)]
    body = ""
    if plain:
        body += "<ul>" + "".join(item_html(i, mode) for i in plain) + "</ul>"
    body += "".join(item_html(i, mode) for i in struct)
    return f'<h2>{E(s["title"])}</h2>{body}'


def html_photobox(cv, accent="#1f4e79"):
    contacts = " &nbsp;|&nbsp; ".join(f"{E(k)}: {E(v)}" for k, v in cv["contacts"])
    secs = "".join(section_html(s, "left") for s in cv["sections"])
    native = f' <span class="native">{E(cv["native"])}</span>' if cv["native"] else ""
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>Resume</title><style>{BASE_CSS}
.head {{ display:flex; gap:16px; align-items:center; border-bottom:3px solid {accent}; padding-bottom:10px; }}
.photo {{ width:90px; height:115px; border:1px solid #999; flex:none; }}
h1 {{ margin:0; font-size:22pt; color:{accent}; letter-spacing:.5px; }} .native {{ font-size:15pt; color:#555; }}
.tag {{ font-size:11pt; color:#444; margin:3px 0 6px; }} .contacts {{ font-size:9pt; color:#333; }}
h2 {{ font-size:11.5pt; color:#fff; background:{accent}; padding:3px 8px; margin:14px 0 6px; text-transform:uppercase; }}
.row {{ display:flex; margin:3px 0 5px; }} .w {{ width:150px; flex:none; color:{accent}; font-weight:bold; font-size:9pt; }}
.note {{ font-size:9pt; color:#555; }} ul {{ margin:2px 0 2px 18px; padding:0; }}
</style></head><body><div class="head"><div class="photo">{SILHOUETTE}</div><div>
<h1>{E(cv['name'])}{', ' + E(cv['title']) if cv['title'] else ''}{native}</h1><div class="tag">{E(cv['tagline'])}</div>
<div class="contacts">{contacts}</div></div></div>{secs}</body></html>"""


def html_twocol(cv):
    side = [s for s in cv["sections"] if s["side"]]
    main = [s for s in cv["sections"] if not s["side"]]
    contacts = "".join(f'<div class="c"><span>{E(k)}</span><br>{E(v)}</div>' for k, v in cv["contacts"])
    side_html = "".join(f'<h3>{E(s["title"])}</h3>' + "".join(f'<div class="si">{E(i)}</div>' for i in s["items"]) for s in side)
    main_html = "".join(section_html(s, "inline") for s in main)
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>{BASE_CSS}
@page {{ margin:0; }} body {{ margin:0; }}
.wrap {{ display:flex; min-height:297mm; }}
.side {{ width:64mm; background:#243447; color:#eef; padding:14mm 6mm 10mm 8mm; box-sizing:border-box; font-size:9pt; }}
.side h3 {{ color:#8fd3c8; font-size:10pt; border-bottom:1px solid #8fd3c8; margin:14px 0 6px; text-transform:uppercase; }}
.c span {{ color:#9fb3c8; font-size:8pt; }} .c {{ margin-bottom:6px; word-break:break-all; }} .si {{ margin:3px 0; }}
.main {{ flex:1; padding:14mm 10mm 10mm 9mm; }}
h1 {{ margin:0; font-size:24pt; color:#243447; }} .native {{ font-size:14pt; color:#667; margin-top:2px; }}
.tag {{ color:#2a9d8f; font-size:11pt; margin:4px 0 8px; font-weight:bold; }}
h2 {{ font-size:12pt; color:#243447; border-bottom:2px solid #2a9d8f; margin:14px 0 6px; }}
.row {{ margin:4px 0 7px; }} .when {{ color:#2a9d8f; font-size:9pt; }} .note {{ font-size:9pt; color:#555; }}
ul {{ margin:2px 0 2px 16px; padding:0; }}
</style></head><body><div class="wrap"><div class="side">
<div style="font-size:11pt;font-weight:bold;color:#fff">Contact</div>{contacts}{side_html}</div>
<div class="main"><h1>{E(cv['name'])}</h1><div class="native">{E(cv['native'])}</div>
<div class="tag">{E(cv['tagline'])}</div>{main_html}</div></div></body></html>"""


def html_academic(cv):
    contacts = "".join(f"<tr><th>{E(k)}</th><td>{E(v)}</td></tr>" for k, v in cv["contacts"])
    secs = "".join(section_html(s, "table") for s in cv["sections"])
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>{BASE_CSS}
body {{ font-family:'Liberation Serif','Noto Sans CJK JP',serif; font-size:10.5pt; }}
.title {{ text-align:center; font-size:10pt; letter-spacing:3px; text-transform:uppercase; }}
h1 {{ text-align:center; font-size:18pt; margin:4px 0 2px; }} .native {{ text-align:center; font-size:12pt; }}
table {{ border-collapse:collapse; width:100%; }} table.k th {{ text-align:left; width:35mm; font-weight:normal; color:#444; }}
table.k td, table.k th {{ border:1px solid #999; padding:2px 6px; }}
h2 {{ font-size:11pt; margin:12px 0 3px; border-bottom:1px solid #000; }}
table.t td {{ border:1px solid #bbb; padding:3px 5px; vertical-align:top; }} td.when {{ width:34mm; white-space:nowrap; }}
.note {{ font-size:9pt; color:#444; }}
</style></head><body><div class="title">{E(cv['tagline'])}</div>
<h1>{E(cv['name'])}{', ' + E(cv['title']) if cv['title'] else ''}</h1><div class="native">{E(cv['native'])}</div>
<table class="k" style="margin-top:8px">{contacts}</table>{secs}</body></html>"""


def html_rightdates(cv):
    contacts = " · ".join(E(v) for k, v in cv["contacts"])
    secs = "".join(section_html(s, "right") for s in cv["sections"])
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>{BASE_CSS}
body {{ font-family:'DejaVu Sans','Noto Sans CJK KR',sans-serif; font-size:9.5pt; }}
h1 {{ font-size:20pt; margin:0; font-weight:normal; letter-spacing:1px; }} .native {{ font-size:13pt; color:#666; }}
.tag {{ font-size:10pt; color:#8a1c1c; margin:2px 0 4px; }} .contacts {{ font-size:9pt; border-top:1px solid #8a1c1c; border-bottom:1px solid #8a1c1c; padding:4px 0; }}
h2 {{ font-size:10.5pt; color:#8a1c1c; text-transform:uppercase; letter-spacing:2px; margin:14px 0 4px; }}
.row {{ display:flex; justify-content:space-between; margin:3px 0 6px; }} .r {{ text-align:right; white-space:nowrap; padding-left:12px; color:#333; }}
.note {{ font-size:8.5pt; color:#555; }} ul {{ margin:2px 0 2px 16px; padding:0; }}
</style></head><body><h1>{E(cv['name'])}{' ' + E(cv['title']) if cv['title'] else ''} <span class="native">{E(cv['native'])}</span></h1>
<div class="tag">{E(cv['tagline'])}</div><div class="contacts">{contacts}</div>{secs}</body></html>"""


def html_scan(cv):
    # a plain word-processor look for the scanned pages
    contacts = "<br>".join(f"{E(k)}: {E(v)}" for k, v in cv["contacts"])
    secs = "".join(section_html(s, "left") for s in cv["sections"])
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>{BASE_CSS}
body {{ font-family:'Liberation Serif','Noto Sans CJK KR','Noto Sans Thai',serif; font-size:11.5pt; }}
h1 {{ font-size:20pt; margin:0; }} .native {{ font-size:14pt; }} .contacts {{ margin:6px 0 10px; }}
h2 {{ font-size:12.5pt; border-bottom:1px solid #000; margin:14px 0 5px; }}
.row {{ display:flex; margin:3px 0 6px; }} .w {{ width:165px; flex:none; }} .note {{ font-size:10pt; }}
ul {{ margin:2px 0 2px 18px; padding:0; }}
</style></head><body><h1>{E(cv['name'])}{', ' + E(cv['title']) if cv['title'] else ''} <span class="native">{E(cv['native'])}</span></h1>
<div>{E(cv['tagline'])}</div><div class="contacts">{contacts}</div>{secs}</body></html>"""


def chromium_pdf(html_text, pdf_path, stem):
    hp = os.path.join(WORK, stem + ".html")
    with open(hp, "w", encoding="utf-8") as f:
        f.write(html_text)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--user-data-dir={WORK}/chrome-profile", f"--print-to-pdf={pdf_path}", "file://" + hp],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


# ------------------------------------------------------------------ DOCX layouts
def set_cell_bg(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def base_doc(font="Calibri", size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    rf.set(qn("w:eastAsia"), "Noto Sans CJK SC")
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2)
        s.top_margin = Cm(2)
        s.bottom_margin = Cm(1.8)
    return d


def heading(d, text, color="1F4E79"):
    p = d.add_paragraph()
    r = p.add_run(text.upper())
    r.bold = True
    r.font.size = Pt(11.5)
    r.font.color.rgb = RGBColor.from_string(color)
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.space_after = Pt(3)
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", color)):
        b.set(qn(k), v)
    bdr.append(b)
    pPr.append(bdr)
    return p


def docx_table(cv, path):
    d = base_doc("Arial", 10)
    t = d.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c0, c1 = t.rows[0].cells
    c0.width, c1.width = Cm(10.5), Cm(6.5)
    p = c0.paragraphs[0]
    r = p.add_run(cv["name"] + (", " + cv["title"] if cv["title"] else ""))
    r.bold = True
    r.font.size = Pt(20)
    if cv["native"]:
        c0.add_paragraph(cv["native"]).runs[0].font.size = Pt(14)
    c0.add_paragraph(cv["tagline"]).runs[0].italic = True
    first = True
    for k, v in cv["contacts"]:
        pp = c1.paragraphs[0] if first else c1.add_paragraph()
        first = False
        pp.add_run(k + ": ").bold = True
        pp.add_run(v)
    set_cell_bg(c1, "E8EEF5")
    for s in cv["sections"]:
        heading(d, s["title"])
        plain = [i for i in s["items"] if isinstance(i, str)]
        struct = [i for i in s["items"] if not isinstance(i, str)]
        for i in plain:
            d.add_paragraph(i, style="List Bullet")
        if struct:
            tb = d.add_table(rows=0, cols=3)
            tb.style = "Table Grid"
            for i in struct:
                cells = tb.add_row().cells
                cells[0].width, cells[1].width, cells[2].width = Cm(4), Cm(6.5), Cm(6.5)
                cells[0].text = i["when"]
                cells[1].paragraphs[0].add_run(i["what"]).bold = True
                cells[2].text = i["where"]
                for n in i["notes"]:
                    cells[2].add_paragraph(n).runs[0].font.size = Pt(9)
    d.save(path)


def add_item_para(d, i, tabpos=Cm(17)):
    p = d.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(tabpos, WD_TAB_ALIGNMENT.RIGHT)
    p.paragraph_format.space_after = Pt(1)
    p.add_run(i["what"]).bold = True
    if i["when"]:
        p.add_run("\t" + i["when"])
    if i["where"]:
        q = d.add_paragraph()
        q.paragraph_format.space_after = Pt(1)
        q.add_run(i["where"]).italic = True
    for n in i["notes"]:
        q = d.add_paragraph(n, style="List Bullet")
        q.paragraph_format.space_after = Pt(0)


def docx_flow(cv, path, contacts_in="body", color="1F4E79", font="Calibri"):
    d = base_doc(font)
    sec = d.sections[0]
    cline = "   |   ".join(f"{k}: {v}" for k, v in cv["contacts"])
    if contacts_in == "header":
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = hp.add_run(cline)
        r.font.size = Pt(8.5)
    elif contacts_in == "footer":
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = fp.add_run(cline)
        r.font.size = Pt(8.5)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if contacts_in != "body" else WD_ALIGN_PARAGRAPH.LEFT
    prefix = cv["title"] in ("Dr.", "dr.")
    if prefix:
        p.add_run(cv["title"] + " ").font.size = Pt(14)
    r = p.add_run(cv["name"] + (" " + cv["native"] if cv["native"] else ""))
    r.bold = True
    r.font.size = Pt(20)
    r.font.color.rgb = RGBColor.from_string(color)
    if cv["title"] and not prefix:
        p.add_run("  " + cv["title"]).font.size = Pt(12)
    p2 = d.add_paragraph(cv["tagline"])
    p2.alignment = p.alignment
    if contacts_in == "body":
        for k, v in cv["contacts"]:
            q = d.add_paragraph()
            q.paragraph_format.space_after = Pt(0)
            q.add_run(f"{k}: ").bold = True
            q.add_run(v)
    for s in cv["sections"]:
        heading(d, s["title"], color)
        for i in s["items"]:
            if isinstance(i, str):
                q = d.add_paragraph(i)
                q.paragraph_format.space_after = Pt(2)
            else:
                add_item_para(d, i)
    d.save(path)


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", f"-env:UserInstallation=file://{WORK}/lo-profile", "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


# ------------------------------------------------------------------ TXT
def txt(cv, path):
    L = []
    L.append(f"{cv['name']}, {cv['title']}   ({cv['native']})" if cv["native"] else cv["name"])
    L.append("=" * 60)
    for k, v in cv["contacts"]:
        L.append(f"{k + ':':<10}{v}")
    for s in cv["sections"]:
        L.append("")
        L.append(s["title"])
        L.append("-" * len(s["title"]))
        for i in s["items"]:
            if isinstance(i, str):
                L.append(i)
            else:
                head = f"{i['when']:<24}" if i["when"] else ""
                L.append(head + i["what"] + (", " + i["where"] if i["where"] else ""))
                for n in i["notes"]:
                    L.append(" " * 24 + "- " + n)
    with open(path, "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(L) + "\n")


# ------------------------------------------------------------------ scans
def degrade(img, seed, angle, blur=0.8, contrast=0.85, noise=18, photo=False):
    rnd = random.Random(seed)
    img = img.convert("L")
    if photo:  # uneven lighting of a phone photo
        w, h = img.size
        grad = Image.linear_gradient("L").resize((w, h)).point(lambda v: 205 + v * 50 // 255)
        img = Image.composite(img, grad, img.point(lambda v: 255 - v))
    img = ImageEnhance.Contrast(img).enhance(contrast)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=236 if not photo else 120)
    img = img.filter(ImageFilter.GaussianBlur(blur))
    px = img.load()
    w, h = img.size
    for _ in range(int(w * h * 0.004)):
        x, y = rnd.randrange(w), rnd.randrange(h)
        px[x, y] = max(0, min(255, px[x, y] + rnd.randint(-noise * 4, noise * 4)))
    noise_img = Image.effect_noise((w, h), noise)
    img = Image.blend(img, noise_img.point(lambda v: v).convert("L"), 0.06)
    return img


def render_pages(cv, stem, dpi):
    pdf = os.path.join(WORK, stem + ".pdf")
    chromium_pdf(html_scan(cv), pdf, stem)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", pdf, os.path.join(WORK, stem + "_pg")], check=True)
    pages = sorted(f for f in os.listdir(WORK) if f.startswith(stem + "_pg") and f.endswith(".png"))
    return [Image.open(os.path.join(WORK, f)) for f in pages]


# ------------------------------------------------------------------ main
def main():
    built = {}
    for nnn, p in sorted(PEOPLE.items()):
        cv, lay = p["cv"], p["layout"]
        out = os.path.join(OUT, fname(nnn, p))
        stem = f"w29_{nnn}"
        if lay == "html_photobox":
            chromium_pdf(html_photobox(cv, "#1f4e79" if nnn == "001" else "#6b2d5c"), out, stem)
        elif lay == "html_twocol":
            chromium_pdf(html_twocol(cv), out, stem)
        elif lay == "html_academic_table":
            chromium_pdf(html_academic(cv), out, stem)
        elif lay == "html_rightdates":
            chromium_pdf(html_rightdates(cv), out, stem)
        elif lay == "docx_table":
            docx_table(cv, out)
        elif lay == "docx_header":
            docx_flow(cv, out, "header", "2E7D32")
        elif lay == "docx_plain":
            docx_flow(cv, out, "body", "000000", "Times New Roman")
        elif lay in ("lo_docx2pdf", "lo_docx2pdf_footer", "lo_docx2odt", "lo_docx2rtf"):
            src = os.path.join(WORK, stem + "_src.docx")
            docx_flow(cv, src, "footer" if lay.endswith("footer") else "body",
                      {"lo_docx2pdf": "006D77", "lo_docx2pdf_footer": "8E3B46", "lo_docx2odt": "3D405B",
                       "lo_docx2rtf": "283618"}[lay], "Liberation Serif" if lay == "lo_docx2rtf" else "Calibri")
            ext = {"lo_docx2pdf": "pdf", "lo_docx2pdf_footer": "pdf", "lo_docx2odt": "odt", "lo_docx2rtf": "rtf"}[lay]
            soffice(src, ext, WORK)
            shutil.move(os.path.join(WORK, stem + "_src." + ext), out)
        elif lay == "plain_txt":
            txt(cv, out)
        elif lay == "scan_pdf":
            pages = render_pages(cv, stem, 150)
            imgs = [degrade(pg, int(nnn), 1.2) for pg in pages]
            imgs[0].save(out, "PDF", resolution=150, save_all=True, append_images=imgs[1:])
        elif lay == "scan_pdf_2pages":
            pages = render_pages(cv, stem, 150)
            if len(pages) < 2:  # force two pages: split the content into two halves
                w, h = pages[0].size
                pages = [pages[0], Image.new("RGB", (w, h), "white")]
            imgs = [degrade(pg, int(nnn) + k, -0.7 + 0.4 * k, blur=0.6) for k, pg in enumerate(pages)]
            imgs[0].save(out, "PDF", resolution=150, save_all=True, append_images=imgs[1:])
        elif lay == "scan_png":
            pg = render_pages(cv, stem, 130)[0]
            degrade(pg, int(nnn), 0.8, blur=1.0, photo=True).save(out, "PNG", optimize=True)
        elif lay == "scan_jpg":
            pg = render_pages(cv, stem, 120 if nnn == "021" else 160)[0]
            ang = -1.5 if nnn == "021" else 1.8
            im = degrade(pg, int(nnn), ang, blur=1.1 if nnn == "021" else 0.9, contrast=0.6 if nnn == "021" else 0.7,
                         photo=(nnn == "019"))
            im.convert("RGB").save(out, "JPEG", quality=62)
        built[nnn] = out
        print("built", os.path.basename(out), flush=True)

    # damaged
    rnd = random.Random(29)
    for nnn, d in sorted(DAMAGED.items()):
        out = os.path.join(OUT, fname(nnn, d))
        if d["layout"] == "truncated_docx":
            tmp = os.path.join(WORK, "w29_022_full.docx")
            docx_table({**PEOPLE["005"]["cv"], "name": "Kittipong Chaiyaporn", "native": "กิตติพงษ์ ชัยพร"}, tmp)
            data = open(tmp, "rb").read()
            open(out, "wb").write(data[: int(len(data) * 0.45)])
        elif d["layout"] == "encrypted_pdf":
            from pypdf import PdfReader, PdfWriter
            src = os.path.join(WORK, "w29_023_plain.pdf")
            cv = dict(PEOPLE["001"]["cv"])
            cv["name"], cv["native"] = "ZHOU Mingyu", "周明宇"
            cv["contacts"] = [("Email", "mingyu.zhou.md@qq.com"), ("Mobile", "+86 135 0142 8876")]
            chromium_pdf(html_photobox(cv, "#333333"), src, "w29_023")
            w = PdfWriter(clone_from=PdfReader(src))
            w.encrypt(user_password="zmy2025cv", owner_password="owner-w29-023", algorithm="RC4-128")
            with open(out, "wb") as f:
                w.write(f)
        elif d["layout"] == "random_bytes_pdf":
            with open(out, "wb") as f:
                f.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(rnd.getrandbits(8) for _ in range(48_000)))
        print("built", os.path.basename(out), flush=True)

    with open(os.path.join(os.path.dirname(OUT.rstrip("/")), "truth.jsonl"), "w", encoding="utf-8") as f:
        for row in build_truth():
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("truth written")


if __name__ == "__main__":
    main()
