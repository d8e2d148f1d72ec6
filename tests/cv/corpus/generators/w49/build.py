# -*- coding: utf-8 -*-
import os, sys, json, random, shutil, subprocess, tempfile
sys.path.insert(0, os.path.dirname(__file__))
from people import P
from content import truth
import render as R

OUT = os.path.join(os.path.dirname(__file__), "..", "files"); OUT = os.path.abspath(OUT)
TMP = tempfile.mkdtemp(prefix="w49_")
shutil.rmtree(OUT, ignore_errors=True); os.makedirs(OUT)
T = []

READ = [  # (layout, ext, builder)
    ("docx_header", "docx"), ("docx_footer_lopdf", "pdf"), ("docx_table", "docx"), ("docx_2col_lopdf", "pdf"),
    ("rl_running_header", "pdf"), ("rl_sidebar", "pdf"), ("rl_classic_merged", "pdf"),
    ("chromium_fixed_hf", "pdf"), ("chromium_sidebar", "pdf"), ("chromium_plain", "pdf"),
    ("odt_footer", "odt"), ("odt_table", "odt"), ("rtf_header", "rtf"), ("rtf_plain", "rtf"),
    ("txt_plain", "txt"), ("docx_lo_odt", "odt")]

def nm(i, layout, ext): return f"w49_{i:03d}_{layout}.{ext}"

for i, (layout, ext) in enumerate(READ):
    p = P[i]; fn = nm(i + 1, layout, ext); path = os.path.join(OUT, fn)
    if layout.startswith("docx"):
        mode = {"docx_header": "header", "docx_footer_lopdf": "footer", "docx_table": "table",
                "docx_2col_lopdf": "sidebar", "docx_lo_odt": "plain"}[layout]
        if ext == "docx":
            R.make_docx(p, path, i, mode)
        else:
            src = os.path.join(TMP, fn.rsplit(".", 1)[0] + ".docx"); R.make_docx(p, src, i, mode)
            R.soffice(src, ext, TMP); shutil.move(os.path.join(TMP, fn), path)
    elif layout.startswith("rl_"):
        R.make_rl(p, path, i, {"rl_running_header": "running", "rl_sidebar": "sidebar", "rl_classic_merged": "classic"}[layout])
    elif layout.startswith("chromium"):
        R.make_chromium(p, path, i, {"chromium_fixed_hf": "headerfooter", "chromium_sidebar": "sidebar", "chromium_plain": "plain"}[layout], TMP)
    elif layout.startswith("odt"):
        R.make_odt(p, path, i, {"odt_footer": "footer", "odt_table": "table"}[layout])
    elif layout.startswith("rtf"):
        R.make_rtf(p, path, i, {"rtf_header": "header", "rtf_plain": "plain"}[layout])
    elif layout == "txt_plain":
        R.make_txt(p, path, i)
    T.append(truth(p, fn, layout))
    print("built", fn, flush=True)

# ---- scans ----
from PIL import Image, ImageFilter, ImageEnhance
SCANS = [("scan_photo_png", "png"), ("scan_photo_jpg", "jpg"), ("scan_pdf_image", "pdf"), ("scan_pdf_multipage", "pdf"), ("scan_lowcontrast_jpg", "jpg")]
def degrade(im, rnd, angle, contrast):
    im = im.convert("L")
    im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=235)
    im = im.filter(ImageFilter.GaussianBlur(rnd.uniform(0.6, 1.2)))
    im = ImageEnhance.Contrast(im).enhance(contrast)
    px = im.load(); w, h = im.size
    for _ in range(w * h // 60):
        x, y = rnd.randrange(w), rnd.randrange(h); px[x, y] = max(0, min(255, px[x, y] + rnd.randint(-70, 70)))
    return im
for k, (layout, ext) in enumerate(SCANS):
    i = 16 + k; p = P[i]; fn = nm(i + 1, layout, ext); path = os.path.join(OUT, fn)
    src = os.path.join(TMP, f"scan{k}.pdf"); R.make_rl(p, src, i, ("classic" if k % 2 else "running") + ("" if layout == "scan_pdf_multipage" else "_compact"))
    subprocess.run(["pdftoppm", "-r", "150", "-png", src, os.path.join(TMP, f"pg{k}")], check=True)
    pages = sorted(f for f in os.listdir(TMP) if f.startswith(f"pg{k}-"))
    rnd = random.Random(100 + k)
    ims = [degrade(Image.open(os.path.join(TMP, f)), rnd, rnd.choice([-1, 1]) * rnd.uniform(0.5, 2.0), 0.55 if k == 4 else 0.85) for f in pages]
    if ext == "png": ims[0].save(path)
    elif ext == "jpg": ims[0].convert("RGB").save(path, quality=60 if k == 4 else 75)
    else:
        ims = ims if layout == "scan_pdf_multipage" else ims[:1]
        ims[0].convert("RGB").save(path, save_all=True, append_images=[x.convert("RGB") for x in ims[1:]], resolution=150)
    t = truth(p, fn, layout)
    assert layout == "scan_pdf_multipage" or len(pages) == 1, (fn, len(pages))
    assert layout != "scan_pdf_multipage" or len(pages) > 1, fn
    t["needs_ocr"] = True
    T.append(t); print("built", fn, flush=True)

# ---- damaged ----
src = os.path.join(TMP, "dmg.pdf"); R.make_rl(P[0], src, 99, "classic")
b = open(src, "rb").read()
fn = nm(22, "damaged_truncated", "pdf"); open(os.path.join(OUT, fn), "wb").write(b[: len(b) * 2 // 5]); T.append(dict(file=fn, layout="damaged_truncated", error=True))
from pypdf import PdfReader, PdfWriter
w = PdfWriter(); [w.add_page(pg) for pg in PdfReader(src).pages]; w.encrypt(user_password="Cv2026!", owner_password="owner-w49", algorithm="RC4-128")
fn = nm(23, "damaged_encrypted", "pdf"); w.write(os.path.join(OUT, fn)); T.append(dict(file=fn, layout="damaged_encrypted", error=True))
fn = nm(24, "damaged_random_bytes", "docx"); open(os.path.join(OUT, fn), "wb").write(random.Random(7).randbytes(18000)); T.append(dict(file=fn, layout="damaged_random_bytes", error=True))

# strip internal notes
with open(os.path.join(OUT, "..", "truth.jsonl"), "w", encoding="utf-8") as f:
    for t in T:
        t.pop("_note", None)
        f.write(json.dumps(t, ensure_ascii=False) + "\n")
shutil.rmtree(TMP, ignore_errors=True)
print("done", len(T))
