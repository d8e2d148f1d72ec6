"""Rebuild everything: python generators/build.py  (run with the venv python, from /work/blind/w11)."""
import io
import os
import random
import shutil
import subprocess
import sys

import numpy as np
import pikepdf
from PIL import Image, ImageFilter

sys.path.insert(0, os.path.dirname(__file__))
from common import truth_row, error_row, dump  # noqa: E402
from people import P  # noqa: E402
import latex  # noqa: E402
import cvhtml  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
FILES = os.path.join(ROOT, "files")
BUILD = os.path.join(ROOT, "build")

# (number, layout tag, person, renderer, variant)
JOBS = [
    (1, "latex_jake", "hamza", "jake", 0),
    (2, "latex_jake", "ananya", "jake", 1),
    (3, "latex_jake", "kwame", "jake", 2),
    (4, "latex_altacv", "chinedu", "altacv", 0),
    (5, "latex_altacv", "aigerim", "altacv", 1),
    (6, "latex_deedy", "layla", "deedy", 0),
    (7, "latex_deedy", "tendai", "deedy", 1),
    (8, "latex_moderncv_banking", "oleksandr", "moderncv", 0),
    (9, "latex_moderncv_classic", "mariana", "moderncv", 1),
    (10, "latex_moderncv_classic", "katarzyna", "moderncv", 2),
    (11, "latex_xelatex_icons", "reza", "xeicons", 0),
    (12, "latex_xelatex_icons", "samir", "xeicons", 1),
    (13, "latex_xelatex_icons", "dawit", "xeicons", 2),
    (14, "html_novoresume", "farzana", "novoresume", 0),
    (15, "html_novoresume", "sofia", "novoresume", 1),
    (16, "html_kickresume", "yusuf", "band", 0),
    (17, "html_enhancv", "tran", "band", 1),
    (18, "html_flowcv_multipage", "mei", "flowcv", 0),
    (19, "html_flowcv", "maria", "flowcv", 1),
    (20, "html_jsonresume_elegant", "lucas", "elegant", 0),
    (21, "html_jsonresume_stackoverflow", "ahmed", "stackoverflow", 0),
    (22, "html_notion", "priya", "notion", 0),
    (23, "html_notion", "ayesha", "notion", 1),
]
SCANS = [(24, "scan_pdf", 1, "pdf", 0.9), (25, "scan_png", 15, "png", -1.3), (26, "scan_pdf", 9, "pdf", 1.6)]


def render(num, tag, pk, fn, v):
    p = P[pk]
    name = f"w11_{num:03d}_{tag}"
    if fn in ("jake", "altacv", "deedy", "moderncv", "xeicons"):
        eng = "xelatex" if fn in ("xeicons", "deedy") else "pdflatex"
        pdf = latex.compile_tex(getattr(latex, fn)(p, v), name, eng)
    else:
        pdf = cvhtml.chrome_pdf(getattr(cvhtml, fn)(p, v), name)
    out = os.path.join(FILES, name + ".pdf")
    shutil.copy(pdf, out)
    return out


def degrade(img, angle, seed):
    rnd = np.random.default_rng(seed)
    img = img.convert("L").rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=235)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    a = np.asarray(img).astype(np.float32)
    a = a * 0.9 + 18 + rnd.normal(0, 9, a.shape)          # grey paper + sensor noise
    a += np.linspace(0, 14, a.shape[1])[None, :]            # uneven lighting
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=38)
    return Image.open(io.BytesIO(buf.getvalue()))


def scan(num, tag, src_num, kind, angle, src_path):
    name = f"w11_{num:03d}_{tag}"
    prefix = os.path.join(BUILD, name)
    subprocess.run(["pdftoppm", "-r", "170", "-gray", "-png", src_path, prefix], check=True)
    pages = sorted(f for f in os.listdir(BUILD) if f.startswith(name + "-") and f.endswith(".png"))
    imgs = [degrade(Image.open(os.path.join(BUILD, f)), angle + 0.3 * i, num * 10 + i) for i, f in enumerate(pages)]
    if kind == "png":
        out = os.path.join(FILES, name + ".png")
        imgs[0].save(out)
    else:
        out = os.path.join(FILES, name + ".pdf")
        imgs[0].save(out, "PDF", resolution=170, save_all=True, append_images=imgs[1:])
    return out


def main():
    os.makedirs(FILES, exist_ok=True)
    for f in os.listdir(FILES):
        os.remove(os.path.join(FILES, f))
    rows, paths = [], {}
    for job in JOBS:
        num, tag, pk = job[:3]
        paths[num] = render(*job)
        rows.append(truth_row(P[pk], os.path.basename(paths[num]), tag))
        print("ok", paths[num])
    bynum = {j[0]: j for j in JOBS}
    for num, tag, src, kind, ang in SCANS:
        out = scan(num, tag, src, kind, ang, paths[src])
        rows.append(truth_row(P[bynum[src][2]], os.path.basename(out), tag, needs_ocr=True))
        print("ok", out)
    # 27: truncated PDF (first 40% only, no xref/trailer), 28: encrypted with unknown user password
    src = cvhtml.chrome_pdf(cvhtml.band(P["nadia"], 1), "w11_027_src")
    data = open(src, "rb").read()
    cut = data[: int(len(data) * 0.40)]
    out27 = os.path.join(FILES, "w11_027_damaged_truncated.pdf")
    open(out27, "wb").write(cut)
    rows.append(error_row(os.path.basename(out27), "damaged_truncated"))
    src = latex.compile_tex(latex.jake(P["omar"], 0), "w11_028_src")
    out28 = os.path.join(FILES, "w11_028_damaged_encrypted.pdf")
    with pikepdf.open(src) as pdf:
        pdf.save(out28, encryption=pikepdf.Encryption(user="q7#Lm2!vX9", owner="own-" + str(random.Random(28).random()), R=6))
    rows.append(error_row(os.path.basename(out28), "damaged_encrypted"))
    rows.sort(key=lambda r: r["file"])
    dump(rows, os.path.join(ROOT, "truth.jsonl"))
    print(len(rows), "rows")


if __name__ == "__main__":
    main()
