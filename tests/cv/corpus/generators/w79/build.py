import os, sys, json, random, shutil, subprocess, tempfile, glob
sys.path.insert(0, os.path.dirname(__file__))
from people import P
from content import build, truth
import render as R
from PIL import Image, ImageFilter, ImageEnhance
import numpy as np

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
OUT = os.path.join(ROOT, "files"); TMP = tempfile.mkdtemp(prefix="w79_")
shutil.rmtree(OUT, ignore_errors=True); os.makedirs(OUT)
W = "w79"; T = []
def fn(n, layout, ext): return f"{W}_{n:03d}_{layout}.{ext}"
PP = {p["id"]: p for p in P}

def readable(n, pid, layout, ext, maker, **kw):
    p = PP[pid]; c = build(p, **kw); f = fn(n, layout, ext); path = os.path.join(OUT, f)
    maker(c, path); T.append(truth(p, f, layout)); print("made", f)

def via_soffice(src_maker, srcext):
    def m(c, path):
        src = os.path.join(TMP, os.path.splitext(os.path.basename(path))[0] + "." + srcext)
        src_maker(c, src); R.soffice(src, TMP, "pdf"); shutil.move(os.path.splitext(src)[0] + ".pdf", path)
    return m
def write(text_fn, enc="utf-8"):
    def m(c, path): open(path, "w", encoding=enc, newline="\r\n" if "crlf" in path else None).write(text_fn(c))
    return m

readable(1, 1, "docx_header_tables", "docx", lambda c, p: R.to_docx(c, p, "table_header"), style=0)
readable(2, 2, "lo_docx2pdf", "pdf", via_soffice(lambda c, p: R.to_docx(c, p, "body", "Liberation Sans"), "docx"), style=1)
readable(3, 3, "chromium_sidebar", "pdf", lambda c, p: R.chromium_pdf(R.to_html(c, "sidebar"), p), style=2, cont_number=True)
readable(4, 4, "reportlab_plain", "pdf", lambda c, p: R.to_reportlab(c, p), style=3)
readable(5, 5, "fpdf_footer_contacts", "pdf", lambda c, p: R.to_fpdf(c, p, "footer"), style=4)
readable(6, 6, "plain_txt_numbered", "txt", write(R.to_txt), style=5, cont_number=True)
readable(7, 7, "odt_odfpy", "odt", lambda c, p: R.to_odt(c, p), style=0)
readable(8, 8, "rtf_header_contacts", "rtf", write(R.to_rtf, "ascii"), style=1)
readable(9, 9, "docx_footer_contacts", "docx", lambda c, p: R.to_docx(c, p, "footer", "Cambria"), style=2)
readable(10, 10, "chromium_classic_letter", "pdf", lambda c, p: R.chromium_pdf(R.to_html(c, "classic"), p), style=3, cont_number=True)
readable(11, 11, "lo_odt2pdf", "pdf", via_soffice(R.to_odt, "odt"), style=4)
readable(12, 12, "reportlab_contnum", "pdf", lambda c, p: R.to_reportlab(c, p), style=5, cont_number=True)
readable(13, 13, "fpdf_top", "pdf", lambda c, p: R.to_fpdf(c, p, "top"), style=0)
readable(14, 14, "txt_crlf_wrapped", "txt", write(lambda c: R.to_txt(c, 72, upper=False)), style=1)
readable(15, 15, "docx_contact_table", "docx", lambda c, p: R.to_docx(c, p, "table"), style=2)
readable(16, 16, "chromium_modern", "pdf", lambda c, p: R.chromium_pdf(R.to_html(c, "modern"), p), style=3, cont_number=True)

# ---- scans
def degrade(img, rnd, angle, blur, contrast, noise):
    img = img.convert("L")
    img = ImageEnhance.Contrast(img).enhance(contrast)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=235)
    img = img.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(img).astype(np.int16)
    a = a + np.random.default_rng(rnd).normal(0, noise, a.shape).astype(np.int16)
    # uneven lighting
    h, w = a.shape; grad = np.linspace(-18, 12, w)[None, :]
    a = np.clip(a + grad, 0, 255).astype(np.uint8)
    return Image.fromarray(a)

def raster(pdf, dpi):
    pre = os.path.join(TMP, os.path.basename(pdf) + "_pg")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", pdf, pre], check=True)
    return [Image.open(f) for f in sorted(glob.glob(pre + "*.png"))]

DROP = {"Teaching & Grants", "Memberships", "Career Objective", "Presentations", "Work in Progress"}
def scan(n, pid, layout, ext, src, angle, blur, contrast, noise, compact=False):
    p = PP[pid]; c = build(p, style=n % 6, refs=3 if compact else 4)
    if compact: c["sections"] = [s for s in c["sections"] if s[0] not in DROP]
    pdf = os.path.join(TMP, f"src{n}.pdf")
    if src == "reportlab": R.to_reportlab(c, pdf, compact=compact)
    else: R.chromium_pdf(R.to_html(c, src), pdf)
    pages = raster(pdf, 120 if ext == "pdf" else 170)
    if ext != "pdf": assert len(pages) == 1, (n, len(pages))
    imgs = [degrade(im, n * 31 + i, angle if i % 2 == 0 else -angle * 0.7, blur, contrast, noise) for i, im in enumerate(pages)]
    f = fn(n, layout, ext); path = os.path.join(OUT, f)
    if ext == "pdf": imgs[0].save(path, "PDF", resolution=110, save_all=True, append_images=imgs[1:])
    elif ext == "jpg": imgs[0].save(path, "JPEG", quality=62)
    else: imgs[0].save(path, "PNG", optimize=True)
    T.append(truth(p, f, layout, scan=True)); print("made", f)

scan(17, 17, "scan_pdf_reportlab", "pdf", "reportlab", 1.2, 0.6, 0.8, 9)
scan(18, 18, "scan_photo_png", "png", "reportlab", -0.8, 0.9, 0.7, 12, compact=True)
scan(19, 19, "scan_photo_jpg", "jpg", "reportlab", 1.7, 0.8, 0.75, 9, compact=True)
scan(20, 20, "scan_pdf_chromium", "pdf", "classic", -1.5, 0.7, 0.65, 11)
scan(21, 21, "scan_lowcontrast_jpg", "jpg", "reportlab", 0.6, 0.7, 0.55, 9, compact=True)

# ---- damaged
from pypdf import PdfReader, PdfWriter
c = build(PP[4], style=2); full = os.path.join(TMP, "full22.pdf"); R.chromium_pdf(R.to_html(c, "modern"), full)
data = open(full, "rb").read(); f = fn(22, "truncated_pdf", "pdf"); open(os.path.join(OUT, f), "wb").write(data[: int(len(data) * 0.38)])
T.append(dict(file=f, layout="truncated_pdf", error=True))
c = build(PP[7], style=1); full = os.path.join(TMP, "full23.pdf"); R.to_reportlab(c, full)
w = PdfWriter(); [w.add_page(pg) for pg in PdfReader(full).pages]; w.encrypt(user_password="cv2025!", owner_password="0wner-w79", algorithm="AES-128")
f = fn(23, "encrypted_pdf", "pdf"); w.write(os.path.join(OUT, f)); T.append(dict(file=f, layout="encrypted_pdf", error=True))
f = fn(24, "random_bytes_docx", "docx"); open(os.path.join(OUT, f), "wb").write(random.Random(24).randbytes(23817))
T.append(dict(file=f, layout="random_bytes_docx", error=True))

with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as fh:
    for t in T: fh.write(json.dumps(t, ensure_ascii=False) + "\n")
shutil.rmtree(TMP, ignore_errors=True)
print("done", len(T))
