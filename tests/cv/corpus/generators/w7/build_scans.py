# -*- coding: utf-8 -*-
"""Scans (image-only PDFs) of some w7 CVs + 2 unreadable files. Run after build_docs.py."""
import io, json, os, random, subprocess, sys, zipfile
import numpy as np
from PIL import Image, ImageFilter, ImageOps
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_docs import FILES, WORK, fname, soffice_pdf, P, PLAN
from profiles import usce_truth

# scan number -> (source file number, style, dpi, angle, seed)
SCANS = {21: (1, "office", 150, -0.8, 21), 22: (3, "office", 150, 1.4, 22), 23: (5, "phone", 170, -2.6, 23),
         24: (9, "office", 200, 0.6, 24), 25: (12, "phone", 160, 2.1, 25), 26: (14, "office", 150, -1.9, 26),
         27: (18, "phone", 160, 1.1, 27), 28: (19, "office", 170, -2.9, 28)}


def scan_name(n):
    src = SCANS[n][0]
    return "w7_%03d_scan_%s_of_%s.pdf" % (n, SCANS[n][1], P[PLAN[src][0]]["layout"])


def render(pdf, dpi, prefix):
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", pdf, prefix], check=True)
    d = os.path.dirname(prefix); b = os.path.basename(prefix)
    return [os.path.join(d, f) for f in sorted(os.listdir(d)) if f.startswith(b + "-") and f.endswith(".png")]


def degrade(img, style, angle, rng):
    nrng = np.random.default_rng(rng.randint(0, 10**6))
    if style == "office":
        g = img.convert("L")
        g = g.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=250)
        a = np.asarray(g).astype(np.float32)
        h, w = a.shape
        # uneven light: darker towards one edge
        grad = np.linspace(0.86, 1.0, w)[None, :] * np.linspace(0.95, 1.0, h)[:, None]
        a = 255 - (255 - a) * 1.0
        a = a * grad + nrng.normal(0, 9, a.shape)
        # a few specks
        for _ in range(60):
            y, x = nrng.integers(0, h), nrng.integers(0, w); a[y:y + 2, x:x + 2] = 60
        out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))
        q = 45
    else:
        c = img.convert("RGB").rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=(235, 232, 225))
        w, h = c.size
        pad = ImageOps.expand(c, border=(int(w * 0.05), int(h * 0.04)), fill=(92, 74, 60))  # desk around the sheet
        a = np.asarray(pad).astype(np.float32)
        H, W = a.shape[:2]
        yy, xx = np.mgrid[0:H, 0:W]
        cx, cy = W * 0.35, H * 0.3
        light = 1.05 - 0.35 * np.sqrt(((xx - cx) / W) ** 2 + ((yy - cy) / H) ** 2)
        a = a * light[..., None] * np.array([1.0, 0.97, 0.88])[None, None, :]
        a = a + nrng.normal(0, 7, a.shape)
        out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.55))
        q = 38
    buf = io.BytesIO(); out.save(buf, "JPEG", quality=q); buf.seek(0)
    return Image.open(buf)


def main():
    truth = json.load(open(os.path.join(WORK, "truth_docs.json"), encoding="utf-8"))
    bynum = {int(t["file"][3:6]): t for t in truth}
    out_truth = []
    for n, (src, style, dpi, angle, seed) in sorted(SCANS.items()):
        rng = random.Random(seed)
        srcf = os.path.join(FILES, fname(src))
        if srcf.endswith(".docx"):
            pdfsrc = os.path.join(WORK, "scan_src_%03d.pdf" % src); soffice_pdf(srcf, pdfsrc)
        else:
            pdfsrc = srcf
        pages = render(pdfsrc, dpi, os.path.join(WORK, "pg%03d" % n))
        imgs = [degrade(Image.open(pg), style, angle + 0.3 * i * (-1) ** i, rng) for i, pg in enumerate(pages)]
        out = os.path.join(FILES, scan_name(n))
        imgs[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=imgs[1:])
        t = dict(bynum[src]); t["file"] = scan_name(n); t["layout"] = "scan (%s, %d page%s) of %s" % (style, len(imgs), "s" if len(imgs) > 1 else "", bynum[src]["layout"])
        t["needs_ocr"] = True
        out_truth.append(t)
        print("scan", out, len(imgs), "pages")

    # 29: PDF whose body after the header is zero bytes
    nul = {k: None for k in ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
                             "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status",
                             "specialties", "languages", "publications", "usce_months", "usce_months_clinical", "usce_entries"]}
    f29 = "w7_029_zero_filled_pdf.pdf"
    real = open(os.path.join(FILES, fname(13)), "rb").read()
    hdr = real[:real.index(b"\n", 10) + 1]  # "%PDF-1.x\n%...."
    open(os.path.join(FILES, f29), "wb").write(hdr + b"\x00" * (len(real) - len(hdr)))
    t = dict(file=f29, layout="unreadable: PDF header followed by zero bytes"); t.update(nul); t["error"] = True; out_truth.append(t)

    # 30: DOCX whose word/document.xml is ~120 MB of repeated whitespace (no body) — zip-bomb like
    f30 = "w7_030_whitespace_bomb_docx.docx"
    src = zipfile.ZipFile(os.path.join(FILES, fname(2)))
    with zipfile.ZipFile(os.path.join(FILES, f30), "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for it in src.infolist():
            if it.filename == "word/document.xml":
                with z.open("word/document.xml", "w", force_zip64=True) as w:
                    w.write(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n')
                    chunk = b" \t\r\n" * (1 << 18)
                    for _ in range(120):
                        w.write(chunk)
            else:
                z.writestr(it, src.read(it.filename))
    t = dict(file=f30, layout="unreadable: DOCX with 120 MB whitespace-only document.xml"); t.update(nul); t["error"] = True; out_truth.append(t)

    root = os.path.dirname(FILES)
    with open(os.path.join(root, "truth.jsonl"), "w", encoding="utf-8") as f:
        for t in truth + out_truth:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    print("truth lines", len(truth) + len(out_truth))


if __name__ == "__main__":
    main()
