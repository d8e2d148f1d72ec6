# -*- coding: utf-8 -*-
"""Scans: render some of our own CVs to bitmaps and degrade them like phones / office scanners."""
import os, glob, subprocess, tempfile, shutil, random
import numpy as np
from PIL import Image, ImageFilter, ImageDraw
from common import fname

SCANS = [
    dict(n=22, src=1, layout="scan_phone_photo", ext="pdf", kind="phone", angle=-2.3, seed=22),
    dict(n=23, src=6, layout="scan_office_1bit", ext="pdf", kind="bitonal", angle=0.7, seed=23),
    dict(n=24, src=16, layout="scan_phone_jpg", ext="jpg", kind="phone", angle=1.6, seed=24),
    dict(n=25, src=14, layout="scan_office_gray", ext="pdf", kind="gray", angle=-0.9, seed=25),
    dict(n=26, src=21, layout="scan_fax_png", ext="png", kind="bitonal", angle=1.2, seed=26),
]


def to_pdf(src_path, work):
    if src_path.endswith(".pdf"):
        return src_path
    prof = tempfile.mkdtemp(prefix="lo_w10_")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                    "--outdir", work, src_path], check=True, capture_output=True, timeout=180)
    shutil.rmtree(prof, ignore_errors=True)
    return os.path.join(work, os.path.splitext(os.path.basename(src_path))[0] + ".pdf")


def pages(pdf, work, dpi):
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", pdf, os.path.join(work, "pg")], check=True)
    return [Image.open(p).convert("RGB") for p in sorted(glob.glob(os.path.join(work, "pg*.png")))]


def phone(img, angle, rng):
    w, h = img.size
    # page lying on a wooden desk, shot slightly rotated
    bg = Image.new("RGB", (int(w * 1.12), int(h * 1.08)), (92, 70, 52))
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=(92, 70, 52))
    bg.paste(img, ((bg.width - img.width) // 2, (bg.height - img.height) // 2))
    a = np.asarray(bg).astype(np.float32)
    H, W = a.shape[:2]
    yy, xx = np.mgrid[0:H, 0:W]
    light = 1.04 - 0.30 * (xx / W) * (yy / H) - 0.12 * (((xx - W * 0.3) / W) ** 2 + ((yy - H * 0.35) / H) ** 2)
    a *= light[..., None]
    # hand/phone shadow from one side
    sh = (xx + 0.4 * yy) > (W * 0.95)
    a[sh] *= 0.74
    a *= np.array([1.0, 0.97, 0.9])  # warm indoor light
    a += rng.normal(0, 7, a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    out = out.filter(ImageFilter.GaussianBlur(0.9))
    return out.resize((int(out.width * 0.8), int(out.height * 0.8)), Image.BILINEAR)


def office(img, angle, rng, bitonal):
    g = img.convert("L").rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(g).astype(np.float32)
    H, W = a.shape
    a *= (0.93 + 0.07 * np.linspace(0, 1, W))[None, :]  # uneven lamp
    a += rng.normal(0, 9, a.shape)
    a[:, :int(W * 0.012)] *= 0.55  # dark binding edge
    g = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    if bitonal:
        g = g.point(lambda v: 255 if v > 150 else 0).convert("1")
        d = ImageDraw.Draw(g)
        for _ in range(350):  # toner specks
            x, y = rng.integers(0, W), rng.integers(0, H)
            d.point((int(x), int(y)), fill=0)
    return g


def make(sc, rec, out_path, files_dir):
    rng = np.random.default_rng(sc["seed"])
    work = tempfile.mkdtemp(prefix="w10_scan_")
    pdf = to_pdf(os.path.join(files_dir, fname(rec)), work)
    dpi = {"phone": 130, "bitonal": 200, "gray": 150}[sc["kind"]]
    imgs = pages(pdf, work, dpi)
    outs = []
    for i, im in enumerate(imgs):
        ang = sc["angle"] + (0.4 * i if i else 0)
        if sc["kind"] == "phone":
            outs.append(phone(im, ang, rng))
        else:
            outs.append(office(im, ang, rng, sc["kind"] == "bitonal"))
    if sc["ext"] == "jpg":
        assert len(outs) == 1, "single-page source expected for an image file"
        outs[0].save(out_path, "JPEG", quality=58)
    elif sc["ext"] == "png":
        assert len(outs) == 1, "single-page source expected for an image file"
        outs[0].save(out_path, "PNG")
    else:
        if sc["kind"] in ("phone", "gray"):
            # recompress as JPEG like a phone/scanner app does, then wrap into an image-only PDF
            import img2pdf
            jp = []
            for i, o in enumerate(outs):
                p = os.path.join(work, f"s{i}.jpg")
                o.save(p, "JPEG", quality=62)
                jp.append(p)
            open(out_path, "wb").write(img2pdf.convert(jp, dpi=dpi))
        else:
            outs[0].save(out_path, "PDF", save_all=True, append_images=outs[1:], resolution=dpi)
    shutil.rmtree(work, ignore_errors=True)
