# -*- coding: utf-8 -*-
import os, sys, json, copy, random, subprocess, glob, shutil
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from people import PEOPLE
from common import truth, fname
import render as R
from render import OUT, TMP

def build_readable(p):
    path = os.path.join(OUT, fname(p)); L = p["layout"]
    if L == "lo_docx_pdf": R.lo_convert(p, "pdf", contact_where="body")
    elif L == "html_sidebar_pdf": R.chromium_pdf(R.html_sidebar(p), path)
    elif L == "docx_tables_header": R.docx_out(p, contact_where="header", tables=True)
    elif L == "reportlab_twocol": R.reportlab_twocol(p, path)
    elif L == "plain_txt": open(path, "w", encoding="utf-8").write(R.plain_txt(p))
    elif L == "odt_odfpy": R.odt_odfpy(p, path)
    elif L == "rtf_handmade": open(path, "w", encoding="ascii").write(R.rtf_handmade(p))
    elif L == "html_timeline_pdf": R.chromium_pdf(R.html_timeline(p), path)
    elif L == "docx_classic": R.docx_out(p, contact_where="body")
    elif L == "fpdf2_simple": R.fpdf_simple(p, path)
    elif L == "docx_footer_contacts": R.docx_out(p, contact_where="footer")
    elif L == "html_table_pdf": R.chromium_pdf(R.html_tables(p), path)
    elif L == "reportlab_tables": R.reportlab_tables(p, path)
    elif L == "markdown_txt": open(path, "w", encoding="utf-8").write(R.plain_txt(p, md=True))
    elif L == "lo_docx_rtf": R.lo_convert(p, "rtf", contact_where="body", tables=True)
    elif L == "lo_docx_odt": R.lo_convert(p, "odt", contact_where="header")
    else: raise ValueError(L)

def degrade(img, angle, seed, blur=0.0, contrast=1.0, noise=12, vignette=False):
    import numpy as np
    from PIL import Image, ImageFilter, ImageEnhance
    rng = np.random.default_rng(seed)
    img = img.convert("L")
    if contrast != 1.0:
        img = ImageEnhance.Contrast(img).enhance(contrast)
        img = ImageEnhance.Brightness(img).enhance(1.08)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=235)
    a = np.asarray(img).astype(np.float32)
    if vignette:
        h, w = a.shape; yy, xx = np.mgrid[0:h, 0:w]
        a = a * (0.82 + 0.18 * (1 - ((xx / w - 0.3) ** 2 + (yy / h - 0.4) ** 2)))
    a += rng.normal(0, noise, a.shape)
    # salt & pepper specks
    m = rng.random(a.shape); a[m < 0.0015] = 30; a[m > 0.9985] = 255
    img = Image.fromarray(np.clip(a, 0, 255).astype("uint8"))
    if blur: img = img.filter(ImageFilter.GaussianBlur(blur))
    return img

def raster(pdf, dpi, prefix):
    for f in glob.glob(prefix + "-*.png"): os.remove(f)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", pdf, prefix], check=True)
    from PIL import Image
    return [Image.open(f) for f in sorted(glob.glob(prefix + "-*.png"))]

def build_scan(p):
    from PIL import Image
    path = os.path.join(OUT, fname(p)); L = p["layout"]
    src = os.path.join(TMP, "scan_src_%03d.pdf" % p["num"])
    if p["num"] in (18, 21): R.chromium_pdf(R.html_timeline(p), src)
    else: R.reportlab_plain(p, src)
    pages = raster(src, 150 if p["ext"] == "pdf" else 170, os.path.join(TMP, "scan_%03d" % p["num"]))
    if L == "scan_png_rot":
        assert len(pages) == 1, (L, len(pages)); degrade(pages[0], 1.2, 17, noise=10).save(path)
    elif L == "scan_pdf_imageonly":
        imgs = [degrade(pg, -0.8 + 0.3 * i, 18 + i, noise=14, blur=0.4).convert("RGB") for i, pg in enumerate(pages)]
        imgs[0].save(path, "PDF", resolution=150, save_all=True, append_images=imgs[1:])
    elif L == "scan_jpg_photo":
        assert len(pages) == 1, (L, len(pages)); degrade(pages[0], 1.8, 19, blur=0.9, noise=9, vignette=True).save(path, "JPEG", quality=62)
    elif L == "scan_pdf_lowcontrast":
        pngs = []
        for i, pg in enumerate(pages):
            f = os.path.join(TMP, "lc_%d.png" % i); degrade(pg, 0.6, 20 + i, contrast=0.45, noise=8).save(f); pngs.append(f)
        # ImageMagick's policy forbids writing PDF here: ImageMagick re-encodes as JPEG, Pillow wraps the JPEGs (no text layer)
        jpgs = []
        for f in pngs:
            j = f[:-4] + ".jpg"; subprocess.run(["convert", f, "-quality", "70", j], check=True); jpgs.append(Image.open(j))
        jpgs[0].save(path, "PDF", resolution=150, save_all=True, append_images=jpgs[1:])
    elif L == "scan_jpg_blur":
        assert len(pages) <= 2
        im = pages[0]
        degrade(im, -1.4, 21, blur=1.3, noise=11, contrast=0.8).save(path, "JPEG", quality=55)
    else: raise ValueError(L)

DAMAGED = [(22, "damaged_truncated", "pdf"), (23, "damaged_encrypted", "pdf"), (24, "damaged_random_bytes", "docx")]

def build_damaged():
    from pypdf import PdfReader, PdfWriter
    out = []
    base = copy.deepcopy(PEOPLE[0]); base.update(display_name="Dr. Harini Subramanian", email="harini.subbu@gmail.com", num=22)
    tmp = os.path.join(TMP, "dmg_src.pdf"); R.chromium_pdf(R.html_sidebar(base), tmp)
    data = open(tmp, "rb").read()
    n, lay, ext = DAMAGED[0]; f = "w68_%03d_%s.%s" % (n, lay, ext)
    open(os.path.join(OUT, f), "wb").write(data[: int(len(data) * 0.42)]); out.append(f)
    base2 = copy.deepcopy(PEOPLE[12]); base2.update(display_name="Dr. Mohammed Irfan Sheikh", email="irfan.sheikh@gmail.com")
    tmp2 = os.path.join(TMP, "dmg_src2.pdf"); R.reportlab_tables(base2, tmp2)
    w = PdfWriter(clone_from=PdfReader(tmp2)); w.encrypt(user_password="irfan2025", owner_password="owner-w68", algorithm="AES-256")
    n, lay, ext = DAMAGED[1]; f = "w68_%03d_%s.%s" % (n, lay, ext)
    with open(os.path.join(OUT, f), "wb") as fh: w.write(fh)
    out.append(f)
    n, lay, ext = DAMAGED[2]; f = "w68_%03d_%s.%s" % (n, lay, ext)
    open(os.path.join(OUT, f), "wb").write(random.Random(68).randbytes(23456)); out.append(f)
    return out

def main():
    only = set(int(x) for x in sys.argv[1:])
    os.makedirs(OUT, exist_ok=True)
    lines = []
    for p in PEOPLE:
        if not only or p["num"] in only:
            print("building", fname(p), flush=True)
            (build_scan if p.get("scan") else build_readable)(p)
        lines.append(truth(p))
    if not only or 22 in only: build_damaged()
    for n, lay, ext in DAMAGED:
        lines.append({"file": "w68_%03d_%s.%s" % (n, lay, ext), "layout": lay, "error": True})
    with open(os.path.join(OUT, "..", "truth.jsonl"), "w", encoding="utf-8") as fh:
        for d in lines: fh.write(json.dumps(d, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
