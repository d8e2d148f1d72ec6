"""Scans/photos (17-21) and damaged files (22-24) for w121. Usage: python scans.py OUTDIR"""
import sys, os, subprocess, random, glob
import numpy as np
from PIL import Image, ImageFilter, ImageEnhance
import render
from data import P

OUT = sys.argv[1] if len(sys.argv) > 1 else "../files"
random.seed(121); np.random.seed(121)

def base_pdf(i):
    p = P[i]
    out, stem = render.render(i, p, render.TMP)
    if p["base"] == "docx_labelvalue":
        render.soffice(stem + ".docx", "pdf", render.TMP)
    return stem + ".pdf"

def raster(pdf, dpi):
    pref = pdf[:-4] + "_r"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", pdf, pref], check=True)
    return [Image.open(f).convert("RGB") for f in sorted(glob.glob(pref + "*.png"))]

def degrade(im, angle, noise=8, blur=0.6, contrast=1.0, bright=1.0, yellow=False):
    im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=(250, 250, 248))
    if blur: im = im.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(im).astype(np.float32)
    a += np.random.normal(0, noise, a.shape)
    if yellow: a[..., 2] *= 0.9
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if contrast != 1.0: im = ImageEnhance.Contrast(im).enhance(contrast)
    if bright != 1.0: im = ImageEnhance.Brightness(im).enhance(bright)
    return im

def jpeg_cycle(im, q):
    import io
    b = io.BytesIO(); im.save(b, "JPEG", quality=q); b.seek(0); return Image.open(b).convert("RGB")

def perspective(im):
    w, h = im.size
    # phone photo: page on a darker desk, keystone distortion
    canvas = Image.new("RGB", (int(w * 1.15), int(h * 1.12)), (92, 78, 64))
    canvas.paste(im, (int(w * 0.07), int(h * 0.05)))
    W, H = canvas.size
    src = [(0, 0), (W, 0), (W, H), (0, H)]
    dst = [(W * 0.04, H * 0.02), (W * 0.97, H * 0.05), (W * 1.0, H * 0.99), (W * 0.0, H * 0.97)]
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    coef = np.linalg.solve(np.array(A), np.array(B))
    out = canvas.transform((W, H), Image.PERSPECTIVE, coef, Image.BICUBIC)
    # uneven lighting
    g = np.linspace(1.0, 0.78, W)[None, :, None] * np.linspace(1.0, 0.9, H)[:, None, None]
    return Image.fromarray(np.clip(np.asarray(out) * g, 0, 255).astype(np.uint8))

def name(i): return os.path.join(OUT, f"w121_{i:03d}_{P[i]['layout']}.{P[i]['ext']}")

def main():
    os.makedirs(OUT, exist_ok=True)
    # 17: docx -> LibreOffice PDF -> 200 dpi scan, rotated 1.2 deg, image-only PDF
    pages = [jpeg_cycle(degrade(p, 1.2, noise=10, blur=0.7), 55) for p in raster(base_pdf(17), 200)]
    pages[0].save(name(17), "PDF", resolution=200, save_all=True, append_images=pages[1:])
    # 18: reportlab -> PNG scan, -2.1 deg, grey
    pages = raster(base_pdf(18), 150)
    degrade(pages[0], -2.1, noise=12, blur=0.8).convert("L").save(name(18))
    # 19: chromium gdocs -> phone photo JPG (perspective, uneven light)
    pages = raster(base_pdf(19), 170)
    perspective(degrade(pages[0], 0.8, noise=6, blur=0.9)).save(name(19), "JPEG", quality=62)
    # 20: fpdf2 -> low-contrast image-only PDF, all pages
    pages = [degrade(p, -0.6, noise=9, blur=0.5, contrast=0.45, bright=1.12, yellow=True) for p in raster(base_pdf(20), 180)]
    pages[0].save(name(20), "PDF", resolution=180, save_all=True, append_images=pages[1:])
    # 21: LibreOffice Calc PDF -> PNG scan, 2.8 deg, JPEG artefacts
    pages = raster(base_pdf(21), 220)
    jpeg_cycle(degrade(pages[0], 2.8, noise=7, blur=0.6), 40).save(name(21))
    # ---- damaged
    src = os.path.join(OUT, "w121_006_chromium_gdocs.pdf")
    data = open(src, "rb").read()
    open(os.path.join(OUT, "w121_022_truncated_pdf.pdf"), "wb").write(data[:1100])
    subprocess.run(["qpdf", "--encrypt", "Kx7#pl2q", "owner-w121-9", "256", "--", os.path.join(OUT, "w121_009_reportlab_grid.pdf"),
                    os.path.join(OUT, "w121_023_encrypted_pdf.pdf")], check=True)
    open(os.path.join(OUT, "w121_024_zero_length_docx.docx"), "wb").close()

if __name__ == "__main__":
    main()
