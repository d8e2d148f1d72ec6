# -*- coding: utf-8 -*-
"""Convert sources with LibreOffice headless, make scans (pdftoppm + Pillow), damaged files, and truth.jsonl."""
import os, sys, json, shutil, subprocess, glob, random, io
sys.path.insert(0, os.path.dirname(__file__))
from people import PEOPLE, DAMAGED
from PIL import Image, ImageFilter, ImageEnhance, ImageOps
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = os.environ.get("W14_SRC", "/tmp/w14_src")
OUT = os.path.join(ROOT, "files")
TMP = "/tmp/w14_conv"
PROFILE = "file:///tmp/w14_lo_profile"
os.makedirs(OUT, exist_ok=True); os.makedirs(TMP, exist_ok=True)


def soffice(src, target, outdir):
    subprocess.run(["soffice", f"-env:UserInstallation={PROFILE}", "--headless", "--convert-to", target,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=180)


def src_of(P):
    return glob.glob(os.path.join(SRC, f"w14_{P['id']}_*"))[0]


def months(entries):
    s = set()
    for e in entries:
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)


def degrade(img, rng, angle, blur, noise, contrast, photo=False):
    img = img.convert("L")
    img = ImageEnhance.Contrast(img).enhance(contrast)
    img = ImageEnhance.Brightness(img).enhance(1.04 if not photo else 0.93)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=235 if not photo else 120)
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(img).astype(np.float32)
    a += np.asarray(np.random.default_rng(rng.randint(0, 10**6)).normal(0, noise, a.shape), dtype=np.float32)
    if photo:  # uneven lighting / vignette of a phone photo
        h, w = a.shape
        yy, xx = np.mgrid[0:h, 0:w]
        v = 1 - 0.28 * (((xx - w * 0.45) / w) ** 2 + ((yy - h * 0.4) / h) ** 2)
        a = a * v
    a = np.clip(a, 0, 255).astype(np.uint8)
    img = Image.fromarray(a)
    if photo:
        img = ImageOps.colorize(img, black=(40, 32, 25), white=(236, 226, 205))
    return img


def page_images(pdf, dpi, tag):
    prefix = os.path.join(TMP, tag)
    for f in glob.glob(prefix + "*.png"):
        os.remove(f)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", pdf, prefix], check=True)
    return [Image.open(f) for f in sorted(glob.glob(prefix + "-*.png"))]


def main():
    for f in glob.glob(os.path.join(OUT, "*")):
        os.remove(f)
    rng = random.Random(1414)
    truth = []
    for P in PEOPLE:
        name = f"w14_{P['id']}_{P['layout']}.{P['ext']}"
        src = src_of(P)
        sext = src.rsplit(".", 1)[1]
        dst = os.path.join(OUT, name)
        if P.get("scan"):
            soffice(src, "pdf", TMP)
            pdf = os.path.join(TMP, os.path.basename(src).rsplit(".", 1)[0] + ".pdf")
            pages = page_images(pdf, 150 if P["ext"] != "pdf" else 130, P["id"])
            angle = rng.choice([-1.7, -1.1, -0.6, 0.7, 1.3, 1.9]) * 1.0
            if P["ext"] == "pdf":
                imgs = [degrade(im, rng, angle + rng.uniform(-0.2, 0.2), 0.7, 9, 0.75) for im in pages]
                imgs = [im.convert("RGB") if im.mode != "L" else im for im in imgs]
                imgs[0].save(dst, "PDF", resolution=130, save_all=True, append_images=imgs[1:])
            else:
                im = pages[0]
                if len(pages) > 1:  # stack pages like a long phone screenshot/scan strip
                    w = max(p.width for p in pages); h = sum(p.height for p in pages)
                    im = Image.new("RGB", (w, h), "white"); y = 0
                    for p in pages:
                        im.paste(p, (0, y)); y += p.height
                if P["ext"] == "jpg":
                    out = degrade(im, rng, angle, 1.1, 12, 0.7, photo=True)
                    out.save(dst, "JPEG", quality=62)
                else:
                    out = degrade(im, rng, angle, 0.8, 14, 0.65)
                    out.save(dst, "PNG")
        elif P["ext"] == sext:
            shutil.copy(src, dst)
        else:
            target = {"pdf": "pdf", "rtf": "rtf", "txt": "txt:Text (encoded):UTF8"}[P["ext"]]
            soffice(src, target, TMP)
            conv = os.path.join(TMP, os.path.basename(src).rsplit(".", 1)[0] + "." + P["ext"])
            shutil.move(conv, dst)
        t = dict(file=name, layout=P["layout"])
        t.update(P["truth"])
        t["usce_months"] = months(t["usce_entries"])
        t["usce_months_clinical"] = months([e for e in t["usce_entries"] if e["type"] in ("hands_on", "observership")])
        if P.get("scan"):
            t["needs_ocr"] = True
        # key order as in the brief example
        order = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country",
                 "graduation_year", "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status",
                 "specialties", "languages", "visa_status", "publications", "usce_months", "usce_months_clinical",
                 "usce_entries", "needs_ocr"]
        truth.append({k: t[k] for k in order if k in t})
        print("ok", name)

    # ---- damaged files
    for D in DAMAGED:
        name = f"w14_{D['id']}_{D['layout']}.{D['ext']}"
        dst = os.path.join(OUT, name)
        if D["layout"] == "damaged_truncated_pdf":
            src = glob.glob(os.path.join(OUT, f"w14_{D['source']}_*.pdf"))[0]
            data = open(src, "rb").read()
            open(dst, "wb").write(data[: int(len(data) * 0.4)])
        elif D["layout"] == "damaged_encrypted_pdf":
            from pypdf import PdfReader, PdfWriter
            src = glob.glob(os.path.join(OUT, f"w14_{D['source']}_*.pdf"))[0]
            w = PdfWriter(clone_from=PdfReader(src))
            w.encrypt(user_password="Kasr-2024!", owner_password="owner-w14-secret", algorithm="RC4-128")
            with open(dst, "wb") as fh:
                w.write(fh)
        else:
            r = random.Random(24)
            open(dst, "wb").write(bytes(r.getrandbits(8) for _ in range(32768)))
        truth.append(dict(file=name, layout=D["layout"], error=True))
        print("ok", name)

    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for t in truth:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
