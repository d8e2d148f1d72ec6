# -*- coding: utf-8 -*-
"""Build all w59 files and truth.jsonl.  Run via build.sh (uses the venv)."""
import json, os, random, shutil, subprocess, sys, glob
sys.path.insert(0, os.path.dirname(__file__))
from render import (blocks_to_html, chromium_pdf, soffice_pdf, blocks_to_docx, blocks_to_odt,
                    blocks_to_txt, blocks_to_rtf)
from cvs import CVS, DAMAGED

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
FILES = os.path.join(ROOT, "files")
TMP = "/tmp/w59_build"
ORDER = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country",
         "graduation_year", "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status",
         "specialties", "languages", "visa_status", "publications", "usce_months", "usce_months_clinical",
         "usce_entries"]


def months(entries):
    s = set()
    for e in entries:
        y, m = map(int, e["start"].split("-"))
        ey, em = map(int, e["end"].split("-"))
        while (y, m) <= (ey, em):
            s.add((y, m))
            m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)


def render_reportlab(blocks, out):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from xml.sax.saxutils import escape
    pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    body = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=12.5)
    title = ParagraphStyle("t", fontName="DVB", fontSize=18, leading=22)
    sub = ParagraphStyle("s", fontName="DV", fontSize=9, leading=12, textColor=colors.HexColor("#333333"))
    head = ParagraphStyle("h", fontName="DVB", fontSize=11, leading=14, spaceBefore=8, spaceAfter=3,
                          textColor=colors.HexColor("#0b3d6e"))
    story = []
    for b in blocks:
        k = b[0]
        if k == 'title':
            story.append(Paragraph(escape(b[1]), title))
        elif k == 'sub':
            story.append(Paragraph(escape(b[1]), sub))
        elif k == 'h':
            story.append(Paragraph(escape(b[1]).upper(), head))
        elif k == 'p':
            story.append(Paragraph(escape(b[1]), body))
        elif k == 'ul':
            for x in b[1]:
                story.append(Paragraph("• " + escape(x), body))
        elif k == 'table':
            data = [[Paragraph(escape(c if isinstance(c, str) else c[0]), body) for c in r if c is not None] for r in b[1]]
            t = Table(data, colWidths=[40 * mm, 130 * mm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey)]))
            story.append(t)
        story.append(Spacer(1, 2))
    SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                      bottomMargin=16 * mm, title="Curriculum Vitae", author="").build(story)


def degrade(png_in, cfg, seed):
    from PIL import Image, ImageFilter, ImageEnhance
    import numpy as np
    rng = np.random.default_rng(seed)
    im = Image.open(png_in).convert("L")
    im = ImageEnhance.Contrast(im).enhance(cfg["contrast"])
    im = ImageEnhance.Brightness(im).enhance(1.04)
    im = im.rotate(cfg["angle"], resample=Image.BICUBIC, expand=True, fillcolor=235)
    im = im.filter(ImageFilter.GaussianBlur(cfg["blur"]))
    a = np.asarray(im).astype(np.float32)
    a += rng.normal(0, cfg["noise"], a.shape)
    # uneven lighting (photo-like gradient)
    h, w = a.shape
    grad = np.linspace(-12, 10, w)[None, :] + np.linspace(-6, 8, h)[:, None]
    a += grad
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a)
    if cfg["kind"] == "jpg":
        out = out.convert("RGB")
        tint = Image.new("RGB", out.size, (245, 238, 222))
        out = Image.blend(out, tint, 0.12)
    return out


def make_scan(cv, out):
    cfg = cv["scan"]
    os.makedirs(TMP, exist_ok=True)
    pdf = os.path.join(TMP, cv["file"] + ".src.pdf")
    chromium_pdf(blocks_to_html(cv["blocks"], css="body{font-size:11pt}"), pdf, TMP)
    prefix = os.path.join(TMP, cv["file"] + ".page")
    for f in glob.glob(prefix + "*"):
        os.remove(f)
    subprocess.run(["pdftoppm", "-r", str(cfg["dpi"]), "-png", "-f", "1", "-l", "1", pdf, prefix], check=True)
    page = sorted(glob.glob(prefix + "*.png"))[0]
    im = degrade(page, cfg, seed=sum(map(ord, cv["file"])))
    if cfg["kind"] == "pdf":
        im.convert("L").save(out, "PDF", resolution=cfg["dpi"])
    elif cfg["kind"] == "jpg":
        im.save(out, "JPEG", quality=72)
    else:
        im.save(out, "PNG", optimize=True)


def build_one(cv):
    out = os.path.join(FILES, cv["file"])
    fmt = cv["fmt"]
    if fmt == "chromium":
        chromium_pdf(blocks_to_html(cv["blocks"], css="", sidebar=cv.get("sidebar")), out, TMP)
    elif fmt == "docx":
        blocks_to_docx(cv["blocks"], out, header=cv.get("header"), footer=cv.get("footer"), **cv.get("docx_opts", {}))
    elif fmt == "lo_docx":
        src = os.path.join(TMP, os.path.splitext(cv["file"])[0] + ".docx")
        blocks_to_docx(cv["blocks"], src, **cv.get("docx_opts", {}))
        soffice_pdf(src, out, TMP)
    elif fmt == "lo_odt":
        src = os.path.join(TMP, os.path.splitext(cv["file"])[0] + ".odt")
        blocks_to_odt(cv["blocks"], src)
        soffice_pdf(src, out, TMP)
    elif fmt == "odt":
        blocks_to_odt(cv["blocks"], out)
    elif fmt == "txt":
        with open(out, "w", encoding="utf-8") as f:
            f.write(blocks_to_txt(cv["blocks"]))
    elif fmt == "rtf":
        with open(out, "w", encoding="ascii") as f:
            f.write(blocks_to_rtf(cv["blocks"]))
    elif fmt == "reportlab":
        render_reportlab(cv["blocks"], out)
    elif fmt in ("scan_pdf", "scan_img"):
        make_scan(cv, out)
    else:
        raise ValueError(fmt)


def truth_line(cv):
    t = dict(cv["truth"])
    t["file"], t["layout"] = cv["file"], cv["layout"]
    t["usce_months"] = months(t["usce_entries"])
    t["usce_months_clinical"] = months([e for e in t["usce_entries"] if e["type"] in ("hands_on", "observership")])
    if cv["fmt"].startswith("scan"):
        t["needs_ocr"] = True
    keys = ORDER + [k for k in t if k not in ORDER]
    return {k: t[k] for k in keys}


def main():
    os.makedirs(FILES, exist_ok=True)
    os.makedirs(TMP, exist_ok=True)
    for f in glob.glob(os.path.join(FILES, "*")):
        os.remove(f)
    lines = []
    for cv in CVS:
        print("building", cv["file"], flush=True)
        build_one(cv)
        lines.append(truth_line(cv))
    rnd = random.Random(59)
    for d in DAMAGED:
        out = os.path.join(FILES, d["file"])
        print("building", d["file"], flush=True)
        if d["how"] == "truncate":
            data = open(os.path.join(FILES, CVS[d["src"]]["file"]), "rb").read()
            open(out, "wb").write(data[: int(len(data) * 0.35)])
        elif d["how"] == "encrypt":
            from pypdf import PdfReader, PdfWriter
            w = PdfWriter(clone_from=PdfReader(os.path.join(FILES, CVS[d["src"]]["file"])))
            w.encrypt(user_password="kw2025!", owner_password="owner-w59-x", algorithm="RC4-128")
            with open(out, "wb") as f:
                w.write(f)
        elif d["how"] == "random":
            open(out, "wb").write(bytes(rnd.getrandbits(8) for _ in range(23817)))
        lines.append({"file": d["file"], "layout": d["layout"], "error": True})
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for l in lines:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print("done:", len(lines), "files")


if __name__ == "__main__":
    main()
