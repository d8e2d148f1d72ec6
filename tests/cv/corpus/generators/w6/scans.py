# -*- coding: utf-8 -*-
"""Make 8 image-only 'scans' from rendered CVs and 2 unreadable files. Deterministic (fixed seeds).
Run after render.py with /work/main/.venv/bin/python (Pillow, numpy, pypdfium2)."""
import os, sys, subprocess, shutil, zipfile, io
import numpy as np
from PIL import Image, ImageFilter, ImageEnhance
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files"); BUILD = os.path.join(ROOT, "build", "scan"); os.makedirs(BUILD, exist_ok=True)

# (new id, source id, style, rotation degrees)
SCANS = [(21, 1, "office", 1.2), (22, 7, "phone", -2.4), (23, 4, "office", -0.7), (24, 8, "phone", 1.8),
         (25, 12, "office", 2.6), (26, 14, "phone", -1.1), (27, 16, "office", 0.9), (28, 10, "phone", 2.9)]
BROKEN = [(29, "objstm_pdf"), (30, "docx_notxml")]

def source_pdf(src_id):
    names = [f for f in os.listdir(FILES) if f.startswith("w6_%03d_" % src_id)]
    f = os.path.join(FILES, names[0])
    if f.endswith(".pdf"): return f
    env = dict(os.environ, HOME=os.path.join(ROOT, "build", "lohome"))
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", BUILD, f], check=True, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(BUILD, names[0].rsplit(".", 1)[0] + ".pdf")

def pages(pdf, dpi):
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf)
    return [doc[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(doc))]

def office(img, rot, rng):
    g = img.convert("L")
    g = g.rotate(rot, resample=Image.BICUBIC, expand=True, fillcolor=255)
    a = np.asarray(g).astype(np.float32)
    a = a * 0.93 + 10                                   # grey paper, lighter ink
    a += rng.normal(0, 9, a.shape)                      # sensor noise
    speck = rng.random(a.shape) < 0.0008; a[speck] = 40  # dust
    h, w = a.shape; a[:, : int(w * 0.012)] *= 0.55        # dark scanner edge
    g = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    return g.convert("RGB"), 45

def phone(img, rot, rng):
    w, h = img.size
    canvas = Image.new("RGB", (int(w * 1.12), int(h * 1.1)), (92, 78, 64))      # wooden desk
    canvas.paste(img, (int(w * 0.06), int(h * 0.05)))
    canvas = canvas.rotate(rot, resample=Image.BICUBIC, expand=False, fillcolor=(92, 78, 64))
    # perspective: slightly narrower top
    W, H = canvas.size; d = W * 0.025
    coeffs = _persp([(d, 0), (W - d, 0), (W, H), (0, H)], [(0, 0), (W, 0), (W, H), (0, H)])
    canvas = canvas.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(92, 78, 64))
    a = np.asarray(canvas).astype(np.float32)
    yy, xx = np.mgrid[0:H, 0:W]
    shade = 1 - 0.22 * np.clip((xx / W - 0.55) * 1.6 + (yy / H) * 0.35, 0, 1)   # hand/phone shadow to the right-bottom
    vign = 1 - 0.18 * (((xx - W / 2) / W) ** 2 + ((yy - H / 2) / H) ** 2) * 4
    a = a * (shade * vign)[..., None] * np.array([1.0, 0.96, 0.88])             # warm indoor light
    a += rng.normal(0, 5, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    im = ImageEnhance.Contrast(im).enhance(0.9)
    return im.resize((int(W * 0.85), int(H * 0.85)), Image.BILINEAR), 55

def _persp(pa, pb):
    A = []
    for (x, y), (X, Y) in zip(pa, pb):
        A.append([X, Y, 1, 0, 0, 0, -x * X, -x * Y]); A.append([0, 0, 0, X, Y, 1, -y * X, -y * Y])
    B = np.array(pa).reshape(8)
    return np.linalg.solve(np.array(A, dtype=float), B).tolist()

def make_scans():
    for new_id, src, style, rot in SCANS:
        rng = np.random.default_rng(1000 + new_id)
        src_pdf = source_pdf(src)
        out_imgs = []
        for i, pg in enumerate(pages(src_pdf, 200 if style == "office" else 220)):
            im, q = (office if style == "office" else phone)(pg, rot + 0.3 * i, rng)
            buf = io.BytesIO(); im.save(buf, "JPEG", quality=q); buf.seek(0)
            out_imgs.append(Image.open(buf).convert("RGB"))
        out = os.path.join(FILES, "w6_%03d_scan_%s.pdf" % (new_id, style))
        out_imgs[0].save(out, "PDF", resolution=200 if style == "office" else 170, save_all=True, append_images=out_imgs[1:])
        print("scan", out, len(out_imgs), "pages")

def make_broken():
    # 29: a real CV PDF rewritten by qpdf with object streams, then the compressed object stream body is corrupted
    src = os.path.join(FILES, [f for f in os.listdir(FILES) if f.startswith("w6_013_")][0])
    tmp = os.path.join(BUILD, "objstm.pdf")
    subprocess.run(["qpdf", "--object-streams=generate", "--compress-streams=y", src, tmp], check=True)
    b = bytearray(open(tmp, "rb").read())
    pos = 0; n = 0
    while True:
        i = b.find(b"/Type /ObjStm", pos)
        if i < 0: i = b.find(b"/Type/ObjStm", pos)
        if i < 0: break
        s = b.find(b"stream", i) + len(b"stream\n")
        rng = np.random.default_rng(29 + n)
        for k in range(s + 2, min(s + 400, len(b) - 20)):
            b[k] = int(rng.integers(0, 256))
        pos = s + 400; n += 1
    assert n > 0
    open(os.path.join(FILES, "w6_029_broken_objstm_pdf.pdf"), "wb").write(bytes(b))
    # 30: a real DOCX whose word/document.xml is replaced by non-XML bytes (a half-written file from a sync client)
    src = os.path.join(FILES, [f for f in os.listdir(FILES) if f.startswith("w6_020_")][0])
    out = os.path.join(FILES, "w6_030_broken_docx_notxml.docx")
    zin = zipfile.ZipFile(src); zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for item in zin.infolist():
        d = zin.read(item.filename)
        if item.filename == "word/document.xml":
            rng = np.random.default_rng(30)
            d = b"\x00\x00\x00\x00" * 64 + bytes(rng.integers(0, 256, 3000, dtype=np.uint8)) + d[1800:2600]
        zout.writestr(item, d)
    zout.close()
    print("broken files ok")

if __name__ == "__main__":
    make_scans(); make_broken()
