# -*- coding: utf-8 -*-
import json, os, random, shutil, subprocess, sys, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from people import PEOPLE, DAMAGED, fname, truth_line
import render_docx as RD
import render_other as RO

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
TMP = "/tmp/w74build"
os.makedirs(FILES, exist_ok=True)
shutil.rmtree(TMP, ignore_errors=True); os.makedirs(TMP)
for f in glob.glob(os.path.join(FILES, "*")):
    os.remove(f)

BY = {p["num"]: p for p in PEOPLE}
SOFFICE_PROFILE = "-env:UserInstallation=file:///tmp/w74build/lo_profile"


def sh(cmd):
    print("+", " ".join(cmd)); subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


def soffice(src, fmt, outdir=TMP):
    sh(["soffice", SOFFICE_PROFILE, "--headless", "--convert-to", fmt, "--outdir", outdir, src])
    base = os.path.splitext(os.path.basename(src))[0]
    return os.path.join(outdir, base + "." + fmt.split(":")[0])


def chromium(html, out_pdf):
    src = os.path.join(TMP, os.path.basename(out_pdf) + ".html")
    open(src, "w", encoding="utf-8").write(html)
    sh(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
        "--user-data-dir=/tmp/w74build/chrome", "--print-to-pdf=" + out_pdf, "file://" + src])


def dest(p):
    return os.path.join(FILES, fname(p))


# -------------------------------------------------------------- readable files
RD.docx_table(BY[1], dest(BY[1]))
src = os.path.join(TMP, "w74_002.docx"); RD.docx_header_contacts(BY[2], src)
shutil.move(soffice(src, "pdf"), dest(BY[2]))
chromium(RO.html_sidebar(BY[3]), dest(BY[3]))
RO.reportlab_twocol(BY[4], dest(BY[4]))
RO.fpdf_classic(BY[5], dest(BY[5]))
RO.txt_plain(BY[6], dest(BY[6]))
RO.odt(BY[7], dest(BY[7]), "body")
RO.rtf(BY[8], dest(BY[8]))
RD.docx_textbox_footer(BY[9], dest(BY[9]))
chromium(RO.html_grid(BY[10]), dest(BY[10]))
src = os.path.join(TMP, "w74_011.odt"); RO.odt(BY[11], src, "footer")
shutil.move(soffice(src, "pdf"), dest(BY[11]))
RD.docx_arabic(BY[12], dest(BY[12]))
src = os.path.join(TMP, "w74_013.docx"); RD.docx_twocol_table(BY[13], src)
shutil.move(soffice(src, "odt"), dest(BY[13]))
RO.reportlab_twocol(BY[14], dest(BY[14]), minimal=True)
chromium(RO.html_timeline(BY[15]), dest(BY[15]))
RO.txt_email(BY[16], dest(BY[16]))

# -------------------------------------------------------------- scans
from PIL import Image, ImageFilter, ImageEnhance, ImageOps
import numpy as np
rng = np.random.default_rng(74)


def raster(pdf, dpi, prefix):
    sh(["pdftoppm", "-r", str(dpi), "-png", pdf, os.path.join(TMP, prefix)])
    return sorted(glob.glob(os.path.join(TMP, prefix + "*.png")))


def degrade(img, angle, noise=10, blur=0.6, contrast=0.85, bright=1.0, photo=False):
    img = img.convert("L")
    img = ImageEnhance.Contrast(img).enhance(contrast)
    img = ImageEnhance.Brightness(img).enhance(bright)
    if photo:  # put the page on a darker "desk" with uneven lighting
        w, h = img.size
        canvas = Image.new("L", (int(w * 1.12), int(h * 1.08)), 70)
        canvas.paste(img, (int(w * 0.06), int(h * 0.04)))
        img = canvas
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=70 if photo else 245)
    a = np.asarray(img).astype(np.float32)
    if photo:
        yy, xx = np.mgrid[0:a.shape[0], 0:a.shape[1]]
        a = a * (0.78 + 0.22 * (xx / a.shape[1])) * (0.9 + 0.1 * (yy / a.shape[0]))
    a += rng.normal(0, noise, a.shape)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    return img


# 017: docx -> LibreOffice PDF -> 150 dpi raster -> image-only PDF
src = os.path.join(TMP, "w74_017.docx"); RD.docx_plain(BY[17], src)
pdf = soffice(src, "pdf")
pages = [degrade(Image.open(x), -0.8, noise=9, blur=0.5) for x in raster(pdf, 150, "s17")]
pages[0].save(dest(BY[17]), "PDF", resolution=150, save_all=True, append_images=pages[1:])

# 018: Chromium HTML -> raster -> "phone photo" JPEG, rotated 1.6 deg
pdf = os.path.join(TMP, "s18.pdf"); chromium(RO.html_simple(BY[18]), pdf)
img = degrade(Image.open(raster(pdf, 140, "s18")[0]), 1.6, noise=12, blur=1.0, contrast=0.8, photo=True)
img.save(dest(BY[18]), "JPEG", quality=62)

# 019: reportlab -> raster -> low-contrast grey PNG, rotated -1.2 deg
pdf = os.path.join(TMP, "s19.pdf"); RO.reportlab_twocol(BY[19], pdf, minimal=True, big=True)
img = degrade(Image.open(raster(pdf, 130, "s19")[0]), -1.2, noise=14, blur=0.7, contrast=0.45, bright=1.15)
img.save(dest(BY[19]), "PNG")

# 020: fpdf2 large type (2 pages) -> raster -> 2-page image-only PDF, 0.6 deg
pdf = os.path.join(TMP, "s20.pdf"); RO.fpdf_classic(BY[20], pdf, big=True)
pages = [degrade(Image.open(x), 0.6, noise=8, blur=0.4, contrast=0.9) for x in raster(pdf, 150, "s20")]
pages = [pg.convert("RGB") for pg in pages]
pages[0].save(dest(BY[20]), "PDF", resolution=150, save_all=True, append_images=pages[1:])

# 021: odfpy ODT -> LibreOffice PDF -> blurred photo JPEG, rotated -1.9 deg
src = os.path.join(TMP, "w74_021.odt"); RO.odt(BY[21], src, "body")
pdf = soffice(src, "pdf")
img = degrade(Image.open(raster(pdf, 150, "s21")[0]), -1.9, noise=10, blur=1.3, contrast=0.75, photo=True)
img.save(dest(BY[21]), "JPEG", quality=55)

# -------------------------------------------------------------- damaged
D = {d["num"]: d for d in DAMAGED}
# 022: a Chromium PDF of a real-looking CV, cut at 38% of its bytes
full = os.path.join(TMP, "d22.pdf")
p22 = dict(BY[3]); p22.update(name="Bilal Ahmad Al-Rawashdeh", email="bilal.rawashdeh@gmail.com", name_ar="بلال أحمد الرواشدة")
chromium(RO.html_sidebar(p22), full)
data = open(full, "rb").read()
open(os.path.join(FILES, fname(D[22])), "wb").write(data[: int(len(data) * 0.38)])
# 023: fpdf2 CV encrypted with a user password (pypdf, RC4-128)
from pypdf import PdfReader, PdfWriter
plain = os.path.join(TMP, "d23.pdf")
p23 = dict(BY[5]); p23.update(name="Sultan bin Nasser Al-Dosari", email="sultan.aldosari@gmail.com")
RO.fpdf_classic(p23, plain)
w = PdfWriter(); [w.add_page(pg) for pg in PdfReader(plain).pages]
w.encrypt(user_password="Riyadh2026", owner_password="owner-w74", algorithm="RC4-128")
with open(os.path.join(FILES, fname(D[23])), "wb") as fh:
    w.write(fh)
# 024: random bytes named .docx
open(os.path.join(FILES, fname(D[24])), "wb").write(random.Random(74).randbytes(23817))

# -------------------------------------------------------------- truth
with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as fh:
    for p in PEOPLE:
        fh.write(json.dumps(truth_line(p), ensure_ascii=False) + "\n")
    for d in DAMAGED:
        fh.write(json.dumps({"file": fname(d), "layout": d["layout"], "error": True}) + "\n")
print("built", len(os.listdir(FILES)), "files")
