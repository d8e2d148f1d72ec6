# -*- coding: utf-8 -*-
"""Builds every file in ../files and ../truth.jsonl. Run through build.sh."""
import glob, json, os, random, shutil, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import numpy as np
from PIL import Image, ImageFilter, ImageEnhance
import render as R
from people import PEOPLE, DAMAGED, fname, W
from special import LATTES_HTML, TXT_006, TXT_015

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, ".."))
FILES = os.path.join(ROOT, "files")
os.makedirs(FILES, exist_ok=True)
for f in glob.glob(os.path.join(FILES, "*")):
    os.remove(f)
random.seed(116); np.random.seed(116)

DISPATCH = {
    "docx_lo_header": R.docx_lo_header, "odt_lo": R.odt_lo, "fpdf2_classic": R.fpdf2_classic,
    "reportlab_twocol": R.reportlab_twocol, "rtf_student": R.rtf_cv, "docx_native_table": R.docx_native_table,
    "chromium_sidebar": R.chromium_sidebar, "reportlab_table": R.reportlab_table, "docx_lo_europass": R.docx_lo_europass,
    "odt_native": R.odt_native, "chromium_modern": R.chromium_modern, "fpdf2_banner": R.fpdf2_banner,
    "rtf_pt_student": R.rtf_cv, "docx": R.docx_plain_pdf,
}


def find_coeffs(src, dst):
    m = []
    for (x, y), (X, Y) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -X * x, -X * y]); m.append([0, 0, 0, x, y, 1, -Y * x, -Y * y])
    A = np.array(m, dtype=float); b = np.array(src, dtype=float).reshape(8)
    return np.linalg.solve(A, b).tolist()


def degrade(img, angle, noise, blur, contrast, photo=False, jpeg_q=None):
    img = img.convert("RGB")
    if photo:
        w, h = img.size
        pad = int(0.06 * w)
        canvas = Image.new("RGB", (w + 2 * pad, h + 2 * pad), (92, 80, 66))  # table surface
        canvas.paste(img, (pad, pad)); img = canvas; w, h = img.size
        d = [(pad * 0.4, pad * 0.9), (w - pad * 0.2, pad * 0.3), (w - pad * 0.9, h - pad * 0.2), (pad * 0.1, h - pad * 0.7)]
        src = [(0, 0), (w, 0), (w, h), (0, h)]
        img = img.transform((w, h), Image.PERSPECTIVE, find_coeffs(src, d), Image.BICUBIC, fillcolor=(60, 52, 44))
        # uneven lighting
        a = np.asarray(img).astype(float)
        yy, xx = np.mgrid[0:h, 0:w]
        light = 0.78 + 0.25 * (1 - ((xx / w - 0.35) ** 2 + (yy / h - 0.3) ** 2))
        a = a * light[..., None]
        img = Image.fromarray(np.clip(a, 0, 255).astype("uint8"))
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=(250, 250, 247) if not photo else (60, 52, 44))
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    img = ImageEnhance.Contrast(img).enhance(contrast)
    a = np.asarray(img).astype(float)
    a += np.random.normal(0, noise, a.shape)
    img = Image.fromarray(np.clip(a, 0, 255).astype("uint8"))
    if jpeg_q:
        tmp = os.path.join(R.TMP, "q.jpg"); img.save(tmp, quality=jpeg_q); img = Image.open(tmp).convert("RGB")
    return img


def rasterize(pdf, dpi):
    prefix = os.path.join(R.TMP, os.path.basename(pdf) + "_pg")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", pdf, prefix], check=True)
    return [Image.open(f) for f in sorted(glob.glob(prefix + "*.png"))]


SCAN_PARAMS = {
    17: dict(dpi=150, angle=1.3, noise=9, blur=0.7, contrast=0.8, jpeg_q=45),
    18: dict(dpi=110, angle=-2.6, noise=7, blur=1.0, contrast=0.9, photo=True),
    19: dict(dpi=130, angle=0.7, noise=12, blur=0.6, contrast=0.65, jpeg_q=30),
    20: dict(dpi=140, angle=-2.0, noise=10, blur=0.8, contrast=0.75, jpeg_q=50),
    21: dict(dpi=110, angle=1.8, noise=8, blur=1.2, contrast=0.85, photo=True, jpeg_q=55),
}

truth_rows = []
for p in PEOPLE:
    out = os.path.join(FILES, fname(p))
    if p.get("scan"):
        base_pdf = os.path.join(R.TMP, f"base_{p['n']:03d}.pdf")
        DISPATCH[p["base"]](p, base_pdf)
        sp = SCAN_PARAMS[p["n"]]
        pages = rasterize(base_pdf, sp["dpi"])
        kw = {k: v for k, v in sp.items() if k != "dpi"}
        imgs = [degrade(im, **kw) for im in pages]
        if p["ext"] == "pdf":
            imgs[0].save(out, "PDF", resolution=sp["dpi"], save_all=True, append_images=imgs[1:])
        elif p["ext"] == "png":
            imgs[0].save(out, "PNG")
        else:
            imgs[0].save(out, "JPEG", quality=sp.get("jpeg_q", 60))
    elif p["n"] == 1:
        R.chromium_pdf(LATTES_HTML, out)
    elif p["n"] == 6:
        with open(out, "w", encoding="utf-8", newline="\r\n") as f:
            f.write(TXT_006)
    elif p["n"] == 15:
        with open(out, "w", encoding="utf-8") as f:
            f.write(TXT_015)
    else:
        DISPATCH[p["layout"]](p, out)
    row = {"file": fname(p), "layout": p["layout"]}
    row.update(p["truth"])
    if p.get("scan"):
        row["needs_ocr"] = True
    truth_rows.append(row)

# ------------------------------------------------------------------ damaged
# 022: a real CV PDF cut in half (no xref/trailer)
tmp_pdf = os.path.join(R.TMP, "dmg_src.pdf")
R.chromium_modern(dict(name="Rodrigo Amaral Peixoto", title="Médico",
                       contact=["+55 (41) 99876-1122", "rodrigo.apeixoto@gmail.com"],
                       sections=[("Formação", [("2014 – 2019", "Medicina, Universidade Federal do Paraná")])]), tmp_pdf)
data = open(tmp_pdf, "rb").read()
open(os.path.join(FILES, fname(DAMAGED[0])), "wb").write(data[: len(data) // 3])
# 023: encrypted with an unknown user password
tmp2 = os.path.join(R.TMP, "dmg_src2.pdf")
R.fpdf2_classic(dict(name="Sofia Rangel Quintela", title="Médica", contact=["+351 965 000 111", "sofia.rq@gmail.com"],
                     sections=[("Formação", [("2015 – 2021", "Mestrado Integrado em Medicina, NOVA Medical School")])]), tmp2)
subprocess.run(["qpdf", "--encrypt", "Qx7!lattes", "own3r-w116", "256", "--", tmp2,
                os.path.join(FILES, fname(DAMAGED[1]))], check=True)
# 024: random bytes with a .docx name
rng = random.Random(24116)
open(os.path.join(FILES, fname(DAMAGED[2])), "wb").write(bytes(rng.getrandbits(8) for _ in range(18432)))
for d in DAMAGED:
    truth_rows.append({"file": fname(d), "layout": d["layout"], "error": True})

truth_rows.sort(key=lambda r: r["file"])
with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
    for r in truth_rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("built", len(truth_rows), "files")
