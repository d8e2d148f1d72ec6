# -*- coding: utf-8 -*-
"""Builds files/ and truth.jsonl for writer w16.  Run via build.sh (uses ../.venv)."""
import io, json, os, random, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data, rl, fp, lo  # noqa: E402
from PIL import Image, ImageFilter, ImageEnhance, ImageDraw, ImageOps  # noqa: E402

ROOT = os.path.dirname(HERE)
FILES = os.path.join(ROOT, "files")
SRC = os.path.join(HERE, "lo_sources")   # the .fodt/.html that LibreOffice converted, kept for inspection
RENDER = {**rl.RENDER, **fp.RENDER, **lo.RENDER}
W = "w16"


def fname(p):
    return "%s_%03d_%s.%s" % (W, p["no"], p["layout"], p["ext"])


def months(a, b):
    ya, ma = map(int, a.split("-")); yb, mb = map(int, b.split("-"))
    return {(y, m) for y in range(ya, yb + 1) for m in range(1, 13) if (ya, ma) <= (y, m) <= (yb, mb)}


def truth_of(p):
    ents = [it["usce"] for _, items in p["sections"] for it in items if it.get("usce")]
    allm, clin = set(), set()
    for e in ents:
        m = months(e["start"], e["end"])
        allm |= m
        if e["type"] in ("hands_on", "observership"):
            clin |= m
    t = dict(file=fname(p), layout=p["layout"])
    for k in ("full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
              "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages", "visa_status",
              "publications"):
        t[k] = p[k]
    t["usce_months"] = len(allm)
    t["usce_months_clinical"] = len(clin)
    t["usce_entries"] = ents
    if p.get("scan"):
        t["needs_ocr"] = True
    return t


# ------------------------------------------------------------------ scans
def raster(pdf, dpi, page=1):
    tmp = tempfile.mkdtemp(prefix="w16r_")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-png", pdf, os.path.join(tmp, "p")], check=True)
    f = [x for x in os.listdir(tmp) if x.endswith(".png")][0]
    im = Image.open(os.path.join(tmp, f)).convert("RGB")
    im.load()
    shutil.rmtree(tmp)
    return im


def speckle(im, rng, n, dark=True):
    d = ImageDraw.Draw(im)
    w, h = im.size
    for _ in range(n):
        x, y = rng.randrange(w), rng.randrange(h)
        r = rng.choice((0, 0, 1, 1, 2))
        c = rng.randrange(0, 90) if dark else rng.randrange(200, 255)
        d.ellipse((x, y, x + r, y + r), fill=(c, c, c))
    return im


def noise(im, rng, amp):
    g = Image.effect_noise(im.size, amp).convert("RGB")
    return Image.blend(im, ImageOps.autocontrast(g), 0.08)


def jpeg_roundtrip(im, q):
    b = io.BytesIO(); im.save(b, "JPEG", quality=q); b.seek(0)
    return Image.open(b).convert("RGB")


def rotate(im, deg, fill=(250, 250, 248)):
    return im.rotate(deg, resample=Image.BICUBIC, expand=True, fillcolor=fill)


def degrade(p, pdf, out):
    rng = random.Random(1600 + p["no"])
    no = p["no"]
    if no == 17:    # 200 dpi, 1.2 deg skew, speckle, JPEG artefacts -> image-only PDF
        im = raster(pdf, 200)
        im = rotate(im, 1.2)
        im = speckle(im, rng, 2500)
        im = noise(im, rng, 40)
        im = jpeg_roundtrip(im, 35)
        im.save(out, "PDF", resolution=200)
    elif no == 18:  # 150 dpi PNG, -0.7 deg, slight blur, greyscale
        im = raster(pdf, 150)
        im = rotate(im, -0.7)
        im = im.filter(ImageFilter.GaussianBlur(0.7))
        im = speckle(im, rng, 800)
        im = ImageOps.grayscale(im)
        im.save(out, "PNG")
    elif no == 19:  # phone photo of printed page: warm tint, uneven light, 1.8 deg, JPEG q=62
        im = raster(pdf, 200)
        im = rotate(im, 1.8, fill=(120, 110, 95))
        w, h = im.size
        canvas = Image.new("RGB", (w + 160, h + 200), (92, 80, 66))      # desk behind the sheet
        canvas.paste(im, (70, 110))
        shade = Image.radial_gradient("L").resize(canvas.size)               # lamp light: bright centre, dim edges
        light = ImageOps.colorize(shade, (255, 244, 222), (70, 60, 50))
        im = Image.blend(canvas, light, 0.25)
        im = ImageEnhance.Contrast(im).enhance(0.85)
        im = im.filter(ImageFilter.GaussianBlur(0.9))
        im = noise(im, rng, 30)
        im.save(out, "JPEG", quality=62)
    elif no == 20:  # 150 dpi, low contrast grey scan, -1.5 deg -> PDF
        im = raster(pdf, 150)
        im = rotate(im, -1.5)
        im = ImageOps.grayscale(im)
        im = ImageEnhance.Contrast(im).enhance(0.45)
        im = ImageEnhance.Brightness(im).enhance(1.08)
        im = speckle(im.convert("RGB"), rng, 600).convert("L")
        im = jpeg_roundtrip(im.convert("RGB"), 50).convert("L")
        im.save(out, "PDF", resolution=150)
    elif no == 21:  # 300 dpi, 0.6 deg, blur, noise -> PDF
        im = raster(pdf, 300)
        im = rotate(im, 0.6)
        im = im.filter(ImageFilter.GaussianBlur(1.6))
        im = noise(im, rng, 50)
        im = speckle(im, rng, 4000)
        im = jpeg_roundtrip(im, 55)
        im.save(out, "PDF", resolution=300)


# ------------------------------------------------------------------ damaged
DAMAGED = [
    (22, "truncated_pdf", "pdf"),
    (23, "encrypted_pdf", "pdf"),
    (24, "random_bytes", "docx"),
]


def damaged(no, layout, ext, tmp):
    out = os.path.join(FILES, "%s_%03d_%s.%s" % (W, no, layout, ext))
    if layout == "truncated_pdf":
        # a complete CV (Saudi layout, another name) cut after 38% of its bytes (no xref, no trailer)
        src = os.path.join(tmp, "full22.pdf")
        q = dict(data.P[0]); q["display_name"] = "Dr. Omar Saleh Al-Dulaimi"
        rl.rl_table(q, src)
        b = open(src, "rb").read()
        open(out, "wb").write(b[: int(len(b) * 0.38)])
    elif layout == "encrypted_pdf":
        from pypdf import PdfReader, PdfWriter
        src = os.path.join(tmp, "full23.pdf")
        fp.fpdf_band(data.P[7], src)
        w = PdfWriter(clone_from=PdfReader(src))
        w.encrypt(user_password="Rotation#2026", owner_password="owner-w16-x", algorithm="AES-256")
        with open(out, "wb") as f:
            w.write(f)
    elif layout == "random_bytes":
        rng = random.Random(24)
        open(out, "wb").write(bytes(rng.randrange(256) for _ in range(18432)))
    return dict(file=os.path.basename(out), layout=layout, error=True)


def main():
    shutil.rmtree(FILES, ignore_errors=True)
    os.makedirs(FILES)
    os.makedirs(SRC, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="w16b_")
    truth = []
    for p in data.P:
        out = os.path.join(FILES, fname(p))
        if p.get("scan"):
            src = os.path.join(tmp, "src%03d.pdf" % p["no"])
            RENDER[p["src"]](p, src)
            degrade(p, src, out)
        elif p["layout"] in lo.RENDER:
            lo.RENDER[p["layout"]](p, out, srcdir=SRC)
        else:
            RENDER[p["layout"]](p, out)
        truth.append(truth_of(p))
        print("built", os.path.basename(out), flush=True)
    for no, layout, ext in DAMAGED:
        truth.append(damaged(no, layout, ext, tmp))
        print("built damaged", truth[-1]["file"], flush=True)
    shutil.rmtree(tmp, ignore_errors=True)
    truth.sort(key=lambda t: t["file"])
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for t in truth:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    print("truth lines:", len(truth))


if __name__ == "__main__":
    main()
