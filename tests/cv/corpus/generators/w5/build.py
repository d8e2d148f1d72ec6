"""Build every file of writer w5 into ../files and write ../truth.jsonl. Deterministic (fixed seeds).
Run: /work/blind/w5/venv/bin/python build.py  (needs soffice, chromium, pdftoppm, qpdf)"""
import io
import json
import os
import random
import shutil
import subprocess
import sys
import zipfile

import img2pdf
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from people import P, BY_ID  # noqa: E402
from common import truth_line  # noqa: E402
import render_docx  # noqa: E402
import render_html  # noqa: E402
import render_other  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
TMP = os.path.join(ROOT, "tmp")
W = "w5"
LAYOUT_NAME = {"eras": "eras_docx", "biodata": "biodata", "latam": "latam_bilingual", "mideast": "mideast_arabic",
               "academic": "academic3p", "linkedin": "linkedin_export", "table2col": "table2col", "txt": "plaintext"}


def sh(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        raise RuntimeError(f"{cmd}: {r.stderr[-800:]}")
    return r


def soffice_pdf(src, outdir):
    sh(["soffice", f"-env:UserInstallation=file://{TMP}/lo_profile", "--headless", "--convert-to", "pdf",
        "--outdir", outdir, src])
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")


def chromium_pdf(html, out):
    sh(["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", f"--user-data-dir={TMP}/chrome_profile",
        "--no-pdf-header-footer", "--run-all-compositor-stages-before-draw", f"--print-to-pdf={out}",
        "file://" + html])
    return out


def render_source_pdf(p, base):
    """Render person p in its layout; return (path_of_final_text_file, path_of_pdf_for_scanning_or_None)."""
    lay = p["layout"]
    if lay in ("eras", "biodata", "table2col"):
        docx = os.path.join(TMP, base + ".docx")
        getattr(render_docx, lay)(p, docx)
        if p["out"] == "docx":
            return docx, None
        return None, soffice_pdf(docx, TMP)
    if lay in ("mideast", "academic", "linkedin"):
        html = os.path.join(TMP, base + ".html")
        getattr(render_html, lay)(p, html)
        return None, chromium_pdf(html, os.path.join(TMP, base + ".pdf"))
    if lay == "latam":
        out = os.path.join(TMP, base + ".pdf")
        render_other.latam(p, out)
        return None, out
    if lay == "txt":
        t = os.path.join(TMP, base + ".txt")
        render_other.txt(p, t)
        if p["out"] == "txt":
            return t, None
        return None, soffice_pdf(t, TMP)
    raise ValueError(lay)


# ---------------------------------------------------------------------------------------------- scans
SCAN = {  # id: degradation recipe
    33: dict(dpi=200, angle=1.2, persp=0.0, light=0.25, noise=8, jpeg=55, stamp=True),
    34: dict(dpi=150, angle=-2.6, persp=0.0, light=0.15, noise=10, jpeg=45, scribble=True),
    35: dict(dpi=200, angle=0.6, persp=0.03, light=0.35, noise=6, jpeg=50, phone=True),
    36: dict(dpi=300, angle=-0.8, persp=0.0, light=0.1, noise=5, jpeg=60, stamp=True, scribble=True),
    37: dict(dpi=200, angle=2.2, persp=0.02, light=0.3, noise=9, jpeg=40, phone=True),
    38: dict(dpi=200, angle=-1.5, persp=0.0, light=0.2, noise=7, jpeg=50, scribble=True),
    39: dict(dpi=200, angle=0.9, persp=0.0, light=0.05, noise=6, jpeg=55, lowcontrast=True),
    40: dict(dpi=200, angle=-0.5, persp=0.0, light=0.15, noise=6, jpeg=60, stamp=True),
    41: dict(dpi=200, angle=3.0, persp=0.025, light=0.3, noise=8, jpeg=45, phone=True),
    42: dict(dpi=250, angle=-1.8, persp=0.0, light=0.2, noise=12, jpeg=35),
    43: dict(dpi=200, angle=1.6, persp=0.0, light=0.1, noise=7, jpeg=50, stamp=True),
}


def _find_coeffs(src, dst):
    m = []
    for (x, y), (X, Y) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -X * x, -X * y])
        m.append([0, 0, 0, x, y, 1, -Y * x, -Y * y])
    A = np.array(m, dtype=float)
    B = np.array(src, dtype=float).reshape(8)
    return np.linalg.solve(A, B).tolist()


def degrade(img, rc, rnd, page_no):
    img = img.convert("RGB")
    w, h = img.size
    d = ImageDraw.Draw(img)
    if page_no == 0 and rc.get("stamp"):
        cx, cy, r = int(w * 0.88), int(h * 0.032), int(w * 0.036)
        col = (40, 60, 170) if rnd.random() < 0.5 else (175, 35, 45)
        for k in range(3):
            d.ellipse([cx - r + k, cy - r + k, cx + r - k, cy + r - k], outline=col)
        d.ellipse([cx - r * 0.72, cy - r * 0.72, cx + r * 0.72, cy + r * 0.72], outline=col, width=2)
        try:
            f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", max(9, r // 3))
        except OSError:
            f = ImageFont.load_default()
        d.text((cx, cy - r * 0.15), "TRUE COPY", fill=col, font=f, anchor="mm")
        d.text((cx, cy + r * 0.25), "ATTESTED", fill=col, font=f, anchor="mm")
    if page_no == 0 and rc.get("scribble"):
        x0, y0 = int(w * 0.72), int(h * 0.022)
        pts = []
        for i in range(60):
            x = x0 + i * w * 0.0035 + rnd.uniform(-3, 3)
            y = y0 + (h / 200) * np.sin(i / 3.0) * (1 + 0.3 * np.sin(i / 7.0)) + rnd.uniform(-2, 2)
            pts.append((x, y))
        d.line(pts, fill=(20, 30, 120), width=max(2, w // 600), joint="curve")
        d.line([(x0, y0 + 30), (x0 + w * 0.2, y0 + 26)], fill=(20, 30, 120), width=2)
    # rotation
    img = img.rotate(rc["angle"], resample=Image.BICUBIC, expand=True, fillcolor=(235, 233, 228))
    w, h = img.size
    if rc.get("persp"):
        k = rc["persp"]
        src = [(0, 0), (w, 0), (w, h), (0, h)]
        dst = [(w * k, h * k * 0.5), (w * (1 - k * 0.4), 0), (w, h), (0, h * (1 - k * 0.3))]
        img = img.transform((w, h), Image.PERSPECTIVE, _find_coeffs(src, dst), Image.BICUBIC, fillcolor=(70, 65, 60))
    a = np.asarray(img).astype(np.float32)
    yy, xx = np.mgrid[0:h, 0:w]
    cx, cy = rnd.uniform(0.2, 0.8) * w, rnd.uniform(0.2, 0.8) * h
    dist = np.sqrt(((xx - cx) / w) ** 2 + ((yy - cy) / h) ** 2)
    light = 1.0 - rc["light"] * dist / dist.max()
    a = a * light[..., None]
    if rc.get("phone"):
        a = a * np.array([1.0, 0.97, 0.9])  # warm indoor light
    if rc.get("lowcontrast"):
        a = 150 + (a - 128) * 0.32
    nrs = np.random.RandomState(rnd.randint(0, 10 ** 6))
    a = a + nrs.normal(0, rc["noise"], a.shape)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if rc.get("phone"):
        img = img.filter(ImageFilter.GaussianBlur(0.7))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=rc["jpeg"], dpi=(rc["dpi"], rc["dpi"]))
    return buf.getvalue()


def make_scan(pdf, rc, out, seed):
    rnd = random.Random(seed)
    pref = os.path.join(TMP, f"scan{seed}")
    for f in os.listdir(TMP):
        if f.startswith(f"scan{seed}-"):
            os.remove(os.path.join(TMP, f))
    sh(["pdftoppm", "-r", str(rc["dpi"]), "-png", pdf, pref])
    pages = sorted(f for f in os.listdir(TMP) if f.startswith(f"scan{seed}-") and f.endswith(".png"))
    jpgs = [degrade(Image.open(os.path.join(TMP, f)), rc, rnd, i) for i, f in enumerate(pages)]
    with open(out, "wb") as f:
        f.write(img2pdf.convert(jpgs))
    return len(pages)


# ---------------------------------------------------------------------------------------------- broken
def broken_files(truth):
    # 044: a real DOCX with [Content_Types].xml removed
    p = dict(BY_ID[1])
    p.update(name="Imran Yousaf Butt", email="imran.butt@gmail.com", id=44)
    tmpd = os.path.join(TMP, "b44.docx")
    render_docx.eras(p, tmpd)
    out = os.path.join(FILES, f"{W}_044_eras_docx.docx")
    with zipfile.ZipFile(tmpd) as zi, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for it in zi.infolist():
            if it.filename != "[Content_Types].xml":
                zo.writestr(it, zi.read(it.filename))
    # 045: only a PDF header and an empty xref table
    out45 = os.path.join(FILES, f"{W}_045_header_only.pdf")
    with open(out45, "wb") as f:
        f.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\nxref\n0 0\ntrailer\n<< /Size 0 >>\nstartxref\n15\n%%EOF\n")
    # 046: AES-256 password-protected PDF (user password unknown)
    src = os.path.join(TMP, "w5_046_src.html")
    q = dict(BY_ID[16])
    q.update(name="Yazan Khaled Obeidat", native="يزن خالد عبيدات", email="yazan.obeidat@gmail.com", id=46)
    render_html.mideast(q, src)
    pdf = chromium_pdf(src, os.path.join(TMP, "w5_046_src.pdf"))
    out46 = os.path.join(FILES, f"{W}_046_mideast_arabic.pdf")
    sh(["qpdf", "--encrypt", "Yk#83!visa", "own3r-K3y-2026", "256", "--", pdf, out46])
    for fn, lay in ((os.path.basename(out), "broken docx: [Content_Types].xml missing"),
                    (os.path.basename(out45), "broken pdf: header + empty xref only"),
                    (os.path.basename(out46), "encrypted pdf: AES-256 user password")):
        t = {"file": fn, "layout": lay}
        for k in ("full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
                  "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties",
                  "languages", "visa_status", "publications", "usce_months", "usce_months_clinical", "usce_entries"):
            t[k] = None
        t["error"] = True
        truth.append(t)


def main():
    os.makedirs(FILES, exist_ok=True)
    os.makedirs(TMP, exist_ok=True)
    only = set(int(a) for a in sys.argv[1:])
    truth = []
    if only:  # partial rebuild: keep the other files and their truth lines
        keep = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
        truth = [t for t in keep if int(t["file"].split("_")[1]) not in only]
        for f in os.listdir(FILES):
            if int(f.split("_")[1]) in only:
                os.remove(os.path.join(FILES, f))
    else:
        for f in os.listdir(FILES):
            os.remove(os.path.join(FILES, f))
    for p in P:
        if only and p["id"] not in only:
            continue
        lay = LAYOUT_NAME[p["layout"]]
        base = f"{W}_{p['id']:03d}_{lay}"
        final, pdf = render_source_pdf(p, base)
        if p["scan"]:
            fn = f"{W}_{p['id']:03d}_scan_{lay}.pdf"
            n = make_scan(pdf, SCAN[p["id"]], os.path.join(FILES, fn), p["id"])
            truth.append(truth_line(p, fn, f"scan of {lay} ({n} page{'s' if n > 1 else ''}), image-only", scan=True))
        else:
            src = final or pdf
            ext = os.path.splitext(src)[1]
            fn = base + ext
            shutil.copy(src, os.path.join(FILES, fn))
            truth.append(truth_line(p, fn, lay))
        print("built", fn, flush=True)
    if not only:
        broken_files(truth)
    truth.sort(key=lambda t: t["file"])
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for t in truth:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
