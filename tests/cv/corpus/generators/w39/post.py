# Scans (degrade rendered pages), damaged files, truth.jsonl
import os, sys, json, random, glob
import numpy as np
from PIL import Image, ImageFilter, ImageEnhance
sys.path.insert(0, os.path.dirname(__file__))
from people import P, DAMAGED

FILES, TMP, ROOT = sys.argv[1], sys.argv[2], sys.argv[3]
rng = random.Random(39)
np_rng = np.random.default_rng(39)


def degrade(png, angle, noise, blur, contrast, bg=255, gray=True):
    im = Image.open(png).convert("L" if gray else "RGB")
    im = ImageEnhance.Contrast(im).enhance(contrast)
    im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=bg if gray else (bg, bg, bg))
    a = np.asarray(im).astype(np.float32)
    a += np_rng.normal(0, noise, a.shape)
    a = np.clip(a, 0, 255).astype(np.uint8)
    im = Image.fromarray(a)
    if blur: im = im.filter(ImageFilter.GaussianBlur(blur))
    return im


def photo_effect(im):
    # uneven lighting like a phone photo of a printed page, on a darker desk border
    im = im.convert("RGB"); w, h = im.size
    yy, xx = np.mgrid[0:h, 0:w]
    grad = 0.78 + 0.22 * (xx / w) * (1 - 0.3 * yy / h)
    a = np.asarray(im).astype(np.float32) * grad[..., None]
    a[..., 2] *= 0.93  # warm tint
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    canvas = Image.new("RGB", (w + 160, h + 200), (92, 74, 58))
    canvas.paste(im, (70, 110))
    return canvas


def scans():
    pg = lambda k: sorted(glob.glob(os.path.join(TMP, f"{k}-*.png")))[0]
    im = degrade(pg("017"), 1.3, 14, 0.6, 0.9)
    im.save(os.path.join(FILES, "w39_017_scan_imgpdf.pdf"), "PDF", resolution=150)
    im = degrade(pg("018"), -1.7, 10, 1.1, 0.85, gray=False)
    photo_effect(im).save(os.path.join(FILES, "w39_018_scan_photo.jpg"), "JPEG", quality=72)
    im = degrade(pg("019"), 0.6, 9, 0.4, 0.8)
    im.save(os.path.join(FILES, "w39_019_scan_png.png"))
    im = degrade(pg("020"), -0.9, 12, 0.7, 0.9)
    im.convert("RGB").save(os.path.join(FILES, "w39_020_scan_europass.pdf"), "PDF", resolution=150)
    im = degrade(pg("021"), 1.9, 8, 0.9, 0.45)  # low contrast: ink washed toward grey
    a = np.asarray(im).astype(np.float32) * 0.55 + 105
    Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).save(os.path.join(FILES, "w39_021_scan_lowcontrast.jpg"), "JPEG", quality=65)


def damaged():
    from pypdf import PdfReader, PdfWriter
    src = os.path.join(TMP, "damage_src.pdf")
    data = open(src, "rb").read()
    open(os.path.join(FILES, "w39_022_truncated.pdf"), "wb").write(data[: int(len(data) * 0.42)])
    w = PdfWriter(clone_from=PdfReader(src))
    w.encrypt(user_password="Karachi2025", owner_password="owner-w39", algorithm="RC4-128")
    with open(os.path.join(FILES, "w39_023_encrypted.pdf"), "wb") as fh: w.write(fh)
    r = random.Random(2439)
    open(os.path.join(FILES, "w39_024_randombytes.docx"), "wb").write(bytes(r.getrandbits(8) for _ in range(23817)))


def months(e):
    y1, m1 = map(int, e[3].split("-")); y2, m2 = map(int, e[4].split("-"))
    return {(y, m) for y in range(y1, y2 + 1) for m in range(1, 13) if (y1, m1) <= (y, m) <= (y2, m2)}


def truth():
    out = []
    for p in P:
        allm, clin = set(), set()
        for e in p["usce"]:
            allm |= months(e)
            if e[0] in ("hands_on", "observership"): clin |= months(e)
        d = {"file": p["file"], "layout": p["layout"], "full_name": p["name"], "email": p["email"], "phone_e164": p["phone"],
             "medical_school": p["school"], "medical_school_country": p["country"], "graduation_year": p["grad"],
             "is_student": p["student"], "usmle_step1": p["s1"], "usmle_step2ck": p["s2"], "usmle_step3": p["s3"],
             "ecfmg_status": p["ecfmg"], "specialties": p["specs"], "languages": p["langs"], "visa_status": p["visa"],
             "publications": len(p["pubs"]), "usce_months": len(allm), "usce_months_clinical": len(clin),
             "usce_entries": [{"type": e[0], "specialty": e[1], "state": e[2], "start": e[3], "end": e[4]} for e in p["usce"]]}
        if p["kind"] == "scan": d["needs_ocr"] = True
        out.append(d)
    for f, l in DAMAGED:
        out.append({"file": f, "layout": l, "error": True})
    out.sort(key=lambda d: d["file"])
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for d in out: fh.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    scans(); damaged(); truth()
