# -*- coding: utf-8 -*-
import os, sys, json, glob, random, shutil, subprocess
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from render import *
from persons import PEOPLE, DAMAGED
import numpy as np
from PIL import Image, ImageFilter, ImageEnhance

TOOL = {}

def pdf_pages_to_images(pdf, dpi, tag):
    pre = os.path.join(WORK, f"ras_{tag}")
    for f in glob.glob(pre + "*.png"): os.remove(f)
    run(["pdftoppm", "-r", str(dpi), "-png", pdf, pre])
    return [Image.open(f).convert("L") for f in sorted(glob.glob(pre + "*.png"))]

def degrade(img, seed, angle, noise=10, blur=0.6, contrast=1.0, bright=1.0):
    r = np.random.default_rng(seed)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=235)
    if blur: img = img.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(img).astype(np.float32)
    a = a + r.normal(0, noise, a.shape)
    # faint scanner streak and uneven illumination
    h, w = a.shape
    a += np.linspace(-8, 8, w)[None, :]
    a = np.clip(a, 0, 255).astype(np.uint8)
    img = Image.fromarray(a)
    if contrast != 1.0: img = ImageEnhance.Contrast(img).enhance(contrast)
    if bright != 1.0: img = ImageEnhance.Brightness(img).enhance(bright)
    return img

def stack(imgs):
    w = max(i.width for i in imgs); h = sum(i.height for i in imgs)
    out = Image.new("L", (w, h), 255); y = 0
    for i in imgs: out.paste(i, (0, y)); y += i.height
    return out

def perspective(img, seed):
    """phone photo: paper on a darker desk, slight keystone."""
    r = random.Random(seed)
    w, h = img.size
    pad = int(0.06 * w)
    canvas = Image.new("RGB", (w + 2 * pad, h + 2 * pad), (92, 78, 64))
    canvas.paste(img.convert("RGB"), (pad, pad))
    W2, H2 = canvas.size
    d = lambda: r.uniform(0.01, 0.045)
    # quad (UL, LL, LR, UR) in source coords, mapped to output rectangle
    quad = (-d() * W2, -d() * H2, -d() * W2 * 0.4, H2 * (1 + d() * 0.5), W2 * (1 + d() * 0.6), H2 * (1 + d() * 0.3), W2 * (1 + d()), -d() * H2 * 0.3)
    out = canvas.transform((W2, H2), Image.QUAD, quad, resample=Image.BICUBIC, fillcolor=(70, 60, 50))
    a = np.asarray(out).astype(np.float32)
    yy, xx = np.mgrid[0:H2, 0:W2]
    shade = 1.0 - 0.22 * ((xx / W2 - 0.3) ** 2 + (yy / H2 - 0.2) ** 2)
    a = a * shade[..., None] * np.array([1.0, 0.97, 0.9])
    a += np.random.default_rng(seed).normal(0, 6, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.8))

def main():
    for f in glob.glob(os.path.join(FILES, "*")): os.remove(f)
    truth = []
    for p in PEOPLE:
        pid, lay = p["id"], p["layout"]
        if pid == "001":
            out = os.path.join(FILES, fname(p, "pdf")); shutil.copy(render_latex(p, "academic"), out); TOOL[pid] = "pdflatex (article + titlesec/fancyhdr)"
        elif pid == "002":
            out = os.path.join(FILES, fname(p, "pdf")); shutil.copy(render_latex(p, "twocol"), out); TOOL[pid] = "pdflatex (tabular date column)"
        elif pid == "016":
            out = os.path.join(FILES, fname(p, "pdf")); shutil.copy(render_latex(p, "compact"), out); TOOL[pid] = "pdflatex (compact, one mixed publication list)"
        elif pid == "003":
            out = render_reportlab(p, "twocol", os.path.join(FILES, fname(p, "pdf"))); TOOL[pid] = "reportlab platypus (date/description tables)"
        elif pid == "004":
            out = render_reportlab(p, "table", os.path.join(FILES, fname(p, "pdf"))); TOOL[pid] = "reportlab platypus (A4, gridded tables)"
        elif pid == "005":
            out = render_docx(p, "header", os.path.join(FILES, fname(p, "docx"))); TOOL[pid] = "python-docx (contacts in page header)"
        elif pid == "006":
            src = render_docx(p, "footer", os.path.join(WORK, "cv006.docx")); soffice(src, "pdf", WORK)
            out = os.path.join(FILES, fname(p, "pdf")); shutil.copy(os.path.join(WORK, "cv006.pdf"), out); TOOL[pid] = "python-docx -> LibreOffice PDF (contacts in footer)"
        elif pid == "015":
            out = render_docx(p, "table", os.path.join(FILES, fname(p, "docx"))); TOOL[pid] = "python-docx (tables for header and entries)"
        elif pid == "007":
            out = render_rtf(p, os.path.join(FILES, fname(p, "rtf"))); TOOL[pid] = "hand-written RTF (\\u escapes for Persian)"
        elif pid == "008":
            src = render_rtf(p, os.path.join(WORK, "cv008.rtf")); soffice(src, "pdf", WORK)
            out = os.path.join(FILES, fname(p, "pdf")); shutil.copy(os.path.join(WORK, "cv008.pdf"), out); TOOL[pid] = "RTF -> LibreOffice PDF"
        elif pid == "009":
            out = os.path.join(FILES, fname(p, "pdf")); chromium_pdf(render_html(p, "dense"), out); TOOL[pid] = "Chromium print-to-pdf (dense academic HTML, CJK)"
        elif pid == "010":
            out = os.path.join(FILES, fname(p, "pdf")); chromium_pdf(render_html(p, "sidebar"), out); TOOL[pid] = "Chromium print-to-pdf (flex sidebar)"
        elif pid == "014":
            src = render_html(p, "simple"); soffice(src, "docx:MS Word 2007 XML", WORK)
            out = os.path.join(FILES, fname(p, "docx")); shutil.copy(os.path.join(WORK, "cv_014.docx"), out); TOOL[pid] = "HTML -> LibreOffice DOCX"
        elif pid == "011":
            out = render_odt(p, os.path.join(FILES, fname(p, "odt"))); TOOL[pid] = "odfpy ODT"
        elif pid == "012":
            out = render_fpdf(p, os.path.join(FILES, fname(p, "pdf"))); TOOL[pid] = "fpdf2 (DejaVu Serif, Greek)"
        elif pid == "013":
            out = render_txt(p, os.path.join(FILES, fname(p, "txt"))); TOOL[pid] = "plain UTF-8 text"
        elif pid == "017":
            src = render_reportlab(p, "plain", os.path.join(WORK, "src017.pdf"))
            pages = [degrade(im, 17 + i, angle=1.7 if i == 0 else -1.1, noise=9, blur=0.5) for i, im in enumerate(pdf_pages_to_images(src, 150, "017"))]
            out = os.path.join(FILES, fname(p, "pdf"))
            pages[0].save(out, "PDF", resolution=150, save_all=True, append_images=pages[1:]); TOOL[pid] = "reportlab -> pdftoppm 150dpi -> skew/noise -> PIL image-only PDF"
        elif pid == "018":
            src = render_docx(p, "plain", os.path.join(WORK, "src018.docx")); soffice(src, "pdf", WORK)
            pages = pdf_pages_to_images(os.path.join(WORK, "src018.pdf"), 140, "018")
            img = degrade(stack(pages), 18, angle=-0.8, noise=14, blur=0.7)
            out = os.path.join(FILES, fname(p, "png")); img.save(out, optimize=True); TOOL[pid] = "python-docx -> LibreOffice PDF -> PNG (pages stacked), noise, -0.8 deg"
        elif pid == "019":
            h = render_html(p, "simple")
            txt = open(h, encoding="utf-8").read().replace("font-size:10.5pt", "font-size:8.3pt").replace("margin:0.4in auto", "margin:0.2in auto").replace("h2{font-size:12pt", "h2{font-size:10pt;margin:6px 0 2px")
            open(h, "w", encoding="utf-8").write(txt)
            pdf = os.path.join(WORK, "src019.pdf"); chromium_pdf(h, pdf)
            pages = pdf_pages_to_images(pdf, 170, "019")
            img = perspective(stack(pages), 19)
            out = os.path.join(FILES, fname(p, "jpg")); img.save(out, quality=72); TOOL[pid] = f"Chromium PDF ({len(pages)} page) -> 170dpi -> keystone/shading phone photo JPG q72"
        elif pid == "020":
            src = render_reportlab(p, "twocol", os.path.join(WORK, "src020.pdf"))
            pages = pdf_pages_to_images(src, 150, "020")
            img = degrade(stack(pages), 20, angle=2.3, noise=7, blur=0.4, contrast=0.55, bright=1.15)
            out = os.path.join(FILES, fname(p, "jpg")); img.save(out, quality=55); TOOL[pid] = "reportlab -> 150dpi -> 2.3 deg, low contrast, JPEG q55 (pages stacked)"
        elif pid == "021":
            pdf = os.path.join(WORK, "src021.pdf"); chromium_pdf(render_html(p, "dense"), pdf)
            pages = [degrade(im, 21 + i, angle=(-0.6, 0.9, -1.4)[i % 3], noise=11, blur=1.1) for i, im in enumerate(pdf_pages_to_images(pdf, 130, "021"))]
            out = os.path.join(FILES, fname(p, "pdf"))
            pages[0].save(out, "PDF", resolution=130, save_all=True, append_images=pages[1:]); TOOL[pid] = "Chromium PDF -> 130dpi -> blur 1.1 + noise, multipage image-only PDF"
        t = {"file": os.path.basename(out), "layout": lay}
        t.update(p["truth"])
        if pid in ("017", "018", "019", "020", "021"):
            t["needs_ocr"] = True
        truth.append(t)
    # ---------------- damaged
    base = os.path.join(WORK, "dmg_src.pdf")
    render_reportlab(PEOPLE[2], "twocol", base)
    raw = open(base, "rb").read()
    for pid, lay, ext in DAMAGED:
        out = os.path.join(FILES, f"{W}_{pid}_{lay}.{ext}")
        if lay == "damaged_truncated_pdf":
            open(out, "wb").write(raw[:1100]); TOOL[pid] = "reportlab PDF cut to first 1100 bytes"
        elif lay == "damaged_encrypted_pdf":
            import pikepdf
            with pikepdf.open(base) as pdf:
                pdf.save(out, encryption=pikepdf.Encryption(user="r3entry!", owner="0wner#2026", R=6)); TOOL[pid] = "pikepdf AES-256, unknown user password"
        else:
            open(out, "wb").write(np.random.default_rng(24).integers(0, 256, 48000, dtype=np.uint8).tobytes()); TOOL[pid] = "48 kB random bytes named .docx"
        truth.append({"file": os.path.basename(out), "layout": lay, "error": True})
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for t in truth: f.write(json.dumps(t, ensure_ascii=False) + "\n")
    json.dump(TOOL, open(os.path.join(WORK, "toolchains.json"), "w"), indent=1)
    print("built", len(truth))

if __name__ == "__main__":
    main()
