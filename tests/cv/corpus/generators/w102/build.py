# -*- coding: utf-8 -*-
import json, os, sys, random, subprocess, glob, io
import numpy as np
from PIL import Image, ImageFilter, ImageEnhance, ImageOps
import render as R
from people import PEOPLE, DAMAGED

KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages",
        "publications", "usce_entries", "usce_months", "usce_months_clinical"]

DISPATCH = {
    "001": lambda p: R.r_moderncv(p, "classic", "pdflatex"),
    "002": R.r_xelatex_article,
    "003": lambda p: R.r_docx(p, "header"),
    "004": R.r_lo_docx,
    "005": lambda p: R.r_chromium(p, "europass"),
    "006": R.r_odt,
    "007": R.r_reportlab,
    "008": R.r_txt,
    "009": lambda p: R.r_chromium(p, "latexlike"),
    "010": R.r_rtf,
    "011": R.r_fpdf,
    "012": R.r_lo_odt,
    "013": lambda p: R.r_docx(p, "table"),
    "014": lambda p: R.r_moderncv(p, "banking", "xelatex"),
    "015": lambda p: R.r_chromium(p, "twocolumn"),
    "016": lambda p: R.r_docx(p, "footer"),
}


def raster(p, dpi):
    pdf = os.path.join(R.TMP, f"scan_{p['id']}.pdf")
    R.chromium_pdf(R.make_html(p, p["render"].split("_")[1]), pdf)
    prefix = os.path.join(R.TMP, f"scan_{p['id']}")
    for f in glob.glob(prefix + "-*.png"):
        os.remove(f)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", pdf, prefix], check=True)
    return [Image.open(f).convert("RGB") for f in sorted(glob.glob(prefix + "-*.png"))]


def degrade(img, rng, angle, noise=10, blur=0.6, contrast=1.0, bright=1.0, gray=True, jpegq=60):
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=(245, 245, 240))
    if gray:
        img = ImageOps.grayscale(img).convert("RGB")
    a = np.asarray(img).astype(np.float32)
    a += np.random.default_rng(rng.randint(0, 10**6)).normal(0, noise, a.shape[:2])[..., None]
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    img = img.filter(ImageFilter.GaussianBlur(blur))
    img = ImageEnhance.Contrast(img).enhance(contrast)
    img = ImageEnhance.Brightness(img).enhance(bright)
    buf = io.BytesIO(); img.save(buf, "JPEG", quality=jpegq); buf.seek(0)
    return Image.open(buf).convert("RGB")


def perspective_photo(img, rng):
    w, h = img.size
    W, H = int(w * 1.25), int(h * 1.18)
    bg = Image.new("RGB", (W, H), (92, 70, 52))  # wooden desk
    # shading gradient on the page (uneven light)
    a = np.asarray(img).astype(np.float32)
    grad = np.linspace(1.0, 0.78, w)[None, :, None] * np.linspace(0.95, 1.0, h)[:, None, None]
    img = Image.fromarray(np.clip(a * grad, 0, 255).astype(np.uint8))
    # quad where the page lands (tl, tr, br, bl)
    dst = [(W * 0.12, H * 0.06), (W * 0.90, H * 0.09), (W * 0.95, H * 0.95), (W * 0.06, H * 0.92)]
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    A = []
    B = []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    coeffs = np.linalg.solve(np.array(A, float), np.array(B, float))
    page = img.transform((W, H), Image.PERSPECTIVE, tuple(coeffs), Image.BICUBIC, fillcolor=None)
    mask = Image.new("L", (w, h), 255).transform((W, H), Image.PERSPECTIVE, tuple(coeffs), Image.BICUBIC)
    bg.paste(page, (0, 0), mask)
    return bg


def build_scans(p):
    rng = random.Random(p["id"])
    out = os.path.join(R.OUT, R.fname(p))
    if p["id"] == "017":
        pages = raster(p, 150)
        assert len(pages) == 2, len(pages)
        imgs = [degrade(pg, rng, ang, noise=9, blur=0.7, jpegq=55) for pg, ang in zip(pages, (1.3, -0.7))]
        imgs[0].save(out, "PDF", resolution=150, save_all=True, append_images=imgs[1:])
    elif p["id"] == "018":
        pages = raster(p, 170)
        assert len(pages) == 1, len(pages)
        img = perspective_photo(pages[0], rng)
        img = degrade(img, rng, 0.0, noise=6, blur=1.0, gray=False, jpegq=72)
        img.save(out, "JPEG", quality=80)
    elif p["id"] == "019":
        pages = raster(p, 150)
        assert len(pages) == 1, len(pages)
        img = degrade(pages[0], rng, -2.1, noise=12, blur=0.5, jpegq=65)
        img.convert("L").save(out, "PNG")
    elif p["id"] == "020":
        pages = raster(p, 140)
        imgs = [degrade(pg, rng, 0.6, noise=7, blur=0.8, contrast=0.55, bright=1.15, jpegq=50) for pg in pages]
        imgs[0].save(out, "PDF", resolution=140, save_all=True, append_images=imgs[1:])
    elif p["id"] == "021":
        pages = raster(p, 160)
        assert len(pages) == 1, len(pages)
        img = degrade(pages[0], rng, 2.8, noise=8, blur=1.1, gray=False, bright=0.93, jpegq=68)
        img.save(out, "JPEG", quality=75)


def build_damaged(tag):
    num, layout, ext = tag
    out = os.path.join(R.OUT, f"w102_{num}_{layout}.{ext}")
    if num == "022":
        # a real LibreOffice PDF of another invented CV, cut off after 9% of its bytes (download interrupted)
        import copy
        from people import PEOPLE as PP
        q = copy.deepcopy([x for x in PP if x["id"] == "012"][0])
        q["first"], q["last"], q["native"] = "Iryna", "Melnyk", "Ірина Мельник"
        q["contacts"] = [("Phone", "+380 67 555 3011"), ("Email", "iryna.melnyk.md@ukr.net")]
        src = os.path.join(R.TMP, "w102_022_source.odt"); R.odt_doc(q, src)
        full = os.path.join(R.TMP, "w102_022_full.pdf"); R.soffice_pdf(src, full)
        data = open(full, "rb").read()
        open(out, "wb").write(data[: int(len(data) * 0.09)])
    elif num == "023":
        import copy
        q = copy.deepcopy([x for x in PEOPLE if x["id"] == "007"][0])
        q["first"], q["last"], q["native"] = "Min-jae", "Choi", "최민재"
        q["contacts"] = [("Mobile", "+1 (617) 555-0104"), ("E-mail", "minjae.choi.md@example.com")]
        R.r_reportlab(q, out=out, encrypt="Kq7!vZ2m")
    elif num == "024":
        rng = random.Random(24)
        open(out, "wb").write(bytes(rng.randrange(256) for _ in range(48213)))


def main():
    os.makedirs(R.OUT, exist_ok=True)
    only = set(sys.argv[1:])
    truth = []
    for p in PEOPLE:
        if only and p["id"] not in only:
            pass
        elif p["id"] in DISPATCH:
            DISPATCH[p["id"]](p)
        else:
            build_scans(p)
        rec = {"file": R.fname(p), "layout": p["layout"]}
        rec.update({k: p["truth"][k] for k in KEYS})
        if "render" in p:
            rec["needs_ocr"] = True
        truth.append(rec)
    for t in DAMAGED:
        if not only or t[0] in only:
            build_damaged(t)
        truth.append({"file": f"w102_{t[0]}_{t[1]}.{t[2]}", "layout": t[1], "error": True})
    with open(os.path.join(R.OUT, "..", "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in truth:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("built", len(truth))


if __name__ == "__main__":
    main()
