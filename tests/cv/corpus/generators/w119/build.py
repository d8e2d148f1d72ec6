# -*- coding: utf-8 -*-
"""Build all files of writer w119 and truth.jsonl."""
import io, json, os, random, subprocess, sys, tempfile, glob
sys.path.insert(0, os.path.dirname(__file__))
from cvdata import CVS, DAMAGED
from render import render

W = "w119"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")

# usce months written by hand (total, clinical) — check.py recounts them from the entries
MONTHS = {"001": (4, 4), "002": (14, 2), "003": (28, 2), "004": (3, 3), "005": (9, 5), "006": (2, 2),
          "007": (7, 1), "008": (3, 3), "009": (3, 3), "010": (13, 1), "011": (2, 2), "012": (7, 3),
          "013": (3, 3), "014": (2, 2), "015": (12, 0), "016": (2, 2), "017": (19, 1), "018": (6, 6),
          "019": (2, 2), "020": (16, 1), "021": (8, 2)}

KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties",
        "languages", "publications", "usce_entries", "usce_months", "usce_months_clinical"]


def fname(cv):
    return f"{W}_{cv['id']}_{cv['layout']}.{cv['ext']}"


def degrade(img, rnd, photo=False, jpeg_q=None, low_contrast=False):
    from PIL import Image, ImageFilter, ImageEnhance
    import numpy as np
    img = img.convert("L" if not photo else "RGB")
    angle = rnd.uniform(0.5, 3.0) * rnd.choice([-1, 1])
    fill = 255 if img.mode == "L" else (255, 255, 255)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=fill)
    if photo:
        w, h = img.size
        # perspective: map a slightly trapezoidal quad to the full frame
        dx, dy = w * 0.05, h * 0.03
        quad = (-dx, -dy * 0.5, -dx * 0.2, h + dy, w + dx * 0.3, h + dy * 0.6, w + dx, -dy)
        img = img.transform((w, h), Image.QUAD, quad, resample=Image.BICUBIC, fillcolor=(90, 80, 70))
        # warm tint, uneven lighting
        a = np.asarray(img).astype(np.float32)
        yy, xx = np.mgrid[0:h, 0:w]
        light = 0.75 + 0.25 * (1 - ((xx - w * 0.3) ** 2 + (yy - h * 0.35) ** 2) / (w ** 2 + h ** 2))
        a = a * light[..., None] * np.array([1.0, 0.96, 0.88])
        img = Image.fromarray(np.clip(a, 0, 255).astype("uint8"))
    img = img.filter(ImageFilter.GaussianBlur(rnd.uniform(0.6, 1.1)))
    a = np.asarray(img).astype(np.float32)
    a += np.random.default_rng(rnd.randint(0, 10**6)).normal(0, 9, a.shape)
    img = Image.fromarray(np.clip(a, 0, 255).astype("uint8"))
    if low_contrast:
        img = ImageEnhance.Contrast(img).enhance(0.55)
        img = ImageEnhance.Brightness(img).enhance(1.1)
    if jpeg_q:
        b = io.BytesIO(); img.convert("RGB").save(b, "JPEG", quality=jpeg_q); b.seek(0)
        img = Image.open(b); img.load()
    return img


def make_scan(cv, out, rnd):
    from PIL import Image
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, "src.pdf")
        render(cv, src, cv["render_as"])
        subprocess.run(["pdftoppm", "-r", "150", "-png", src, os.path.join(td, "pg")], check=True)
        pages = sorted(glob.glob(os.path.join(td, "pg*.png")))
        imgs = [Image.open(p) for p in pages]
        kind = cv["scan"]
        if kind == "pdf":
            deg = [degrade(i, rnd, jpeg_q=70).convert("RGB") for i in imgs]
            deg[0].save(out, "PDF", resolution=150, save_all=True, append_images=deg[1:])
        elif kind == "png":
            assert len(imgs) == 1, (cv["id"], len(imgs))
            degrade(imgs[0], rnd, low_contrast=True).save(out, "PNG")
        elif kind == "jpg":
            assert len(imgs) == 1, (cv["id"], len(imgs))
            degrade(imgs[0], rnd, jpeg_q=38, low_contrast=True).convert("RGB").save(out, "JPEG", quality=45)
        elif kind == "photo":
            assert len(imgs) == 1, (cv["id"], len(imgs))
            degrade(imgs[0], rnd, photo=True).save(out, "JPEG", quality=72)


def main():
    os.makedirs(FILES, exist_ok=True)
    for f in glob.glob(os.path.join(FILES, "*")):
        os.remove(f)
    rnd = random.Random(119)
    rows = []
    built = {}
    for cv in CVS:
        out = os.path.join(FILES, fname(cv))
        if cv.get("scan"):
            make_scan(cv, out, rnd)
        else:
            render(cv, out, cv["layout"])
        built[cv["id"]] = out
        t = dict(cv["truth"])
        t["usce_months"], t["usce_months_clinical"] = MONTHS[cv["id"]]
        row = {"file": fname(cv), "layout": cv["layout"]}
        row.update({k: t[k] for k in KEYS})
        if cv.get("scan"):
            row["needs_ocr"] = True
        rows.append(row)
        print("built", fname(cv))
    # damaged
    for d in DAMAGED:
        out = os.path.join(FILES, f"{W}_{d['id']}_{d['layout']}.{d['ext']}")
        if d["layout"] == "damaged_truncated":
            data = open(built[d["src"]], "rb").read()
            open(out, "wb").write(data[: int(len(data) * 0.35)])
        elif d["layout"] == "damaged_encrypted":
            from pypdf import PdfReader, PdfWriter
            r = PdfReader(built[d["src"]]); w = PdfWriter()
            for p in r.pages:
                w.add_page(p)
            w.encrypt(user_password="Kx7#q9-lock", owner_password="own-w119-zz", algorithm="RC4-128")
            with open(out, "wb") as fh:
                w.write(fh)
        else:
            open(out, "wb").write(random.Random(2419).randbytes(48213))
        rows.append({"file": os.path.basename(out), "layout": d["layout"], "error": True})
        print("built", os.path.basename(out))
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
