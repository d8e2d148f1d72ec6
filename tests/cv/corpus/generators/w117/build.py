# -*- coding: utf-8 -*-
"""Build all w117 files + truth.jsonl + NOTES.md table."""
import json, os, random, shutil, subprocess, sys, tempfile
import numpy as np
from PIL import Image, ImageFilter, ImageEnhance

sys.path.insert(0, os.path.dirname(__file__))
from people import PEOPLE, DAMAGED
import render as R

ME = "w117"
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
FILES = os.path.join(ROOT, "files")
random.seed(117); np.random.seed(117)

EXT = {"chromium_sidebar": "pdf", "chromium_classic": "pdf", "docx_table": "docx", "docx_headerfooter_pdf": "pdf",
       "odt_pdf": "pdf", "odt_raw": "odt", "fpdf2_classic": "pdf", "reportlab_table": "pdf", "plain_txt": "txt", "rtf": "rtf",
       "scan_pdf": "pdf", "scan_png": "png", "photo_jpg": "jpg", "scan_jpg": "jpg"}
TOOL = {"chromium_sidebar": "Chromium headless print-to-pdf of HTML/CSS (flex sidebar)",
        "chromium_classic": "Chromium headless print-to-pdf of HTML/CSS (serif, centred header)",
        "docx_table": "python-docx (.docx delivered), contacts in a table",
        "docx_headerfooter_pdf": "python-docx -> LibreOffice soffice --convert-to pdf; contacts in header/footer",
        "odt_pdf": "odfpy .odt -> LibreOffice soffice --convert-to pdf", "odt_raw": "odfpy (.odt delivered)",
        "fpdf2_classic": "fpdf2 with DejaVu Serif TTF", "reportlab_table": "reportlab platypus tables (DejaVu Sans)",
        "plain_txt": "plain UTF-8 text, CRLF", "rtf": "hand-written RTF 1.x"}


def render_to(layout, p, out):
    """Render person p with a readable layout into path out (extension as layout)."""
    tmp = tempfile.mkdtemp(prefix="w117_b_")
    if layout == "chromium_sidebar":
        R.chromium_pdf(R.html_sidebar(p), out)
    elif layout == "chromium_classic":
        R.chromium_pdf(R.html_classic(p), out)
    elif layout == "docx_table":
        R.docx_table(p, out)
    elif layout == "docx_headerfooter_pdf":
        src = os.path.join(tmp, "cv.docx"); R.docx_headerfooter(p, src)
        shutil.move(R.soffice_convert(src, tmp), out)
    elif layout == "odt_pdf":
        src = os.path.join(tmp, "cv.odt"); R.odt(p, src)
        shutil.move(R.soffice_convert(src, tmp), out)
    elif layout == "odt_raw":
        R.odt(p, out)
    elif layout == "fpdf2_classic":
        R.fpdf2_classic(p, out)
    elif layout == "reportlab_table":
        R.reportlab_table(p, out)
    elif layout == "plain_txt":
        R.plain_txt(p, out)
    elif layout == "rtf":
        R.rtf(p, out)
    else:
        raise ValueError(layout)
    shutil.rmtree(tmp, ignore_errors=True)


def pdf_pages(pdf, dpi=150):
    d = tempfile.mkdtemp(prefix="w117_r_")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", pdf, os.path.join(d, "pg")], check=True)
    imgs = [Image.open(os.path.join(d, f)).convert("RGB") for f in sorted(os.listdir(d))]
    shutil.rmtree(d, ignore_errors=True)
    return imgs


def degrade(img, angle, noise=10, blur=0.6, contrast=0.85, bright=1.0):
    g = img.convert("L")
    g = ImageEnhance.Contrast(g).enhance(contrast)
    g = ImageEnhance.Brightness(g).enhance(bright)
    g = g.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=235)
    g = g.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(g).astype(np.float32)
    a += np.random.normal(0, noise, a.shape)
    # faint scanner streak
    col = random.randint(50, a.shape[1] - 50); a[:, col:col + 2] -= 25
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def jpeg_cycle(img, q):
    import io
    b = io.BytesIO(); img.save(b, "JPEG", quality=q); b.seek(0)
    return Image.open(b).convert(img.mode)


def phone_photo(img):
    img = img.convert("RGB")
    w, h = img.size
    pad = 140
    bg = Image.new("RGB", (w + 2 * pad, h + 2 * pad), (92, 74, 60))  # wooden desk
    bg.paste(img, (pad, pad))
    W, H = bg.size
    # perspective: find coeffs mapping output quad -> input
    src = [(pad - 60, pad - 30), (W - pad + 40, pad + 10), (W - pad + 10, H - pad + 50), (pad - 20, H - pad - 10)]
    dst = [(0, 0), (W, 0), (W, H), (0, H)]
    A, Bv = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); Bv.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); Bv.append(v)
    coeffs = np.linalg.solve(np.array(A, float), np.array(Bv, float))
    out = bg.transform((W, H), Image.PERSPECTIVE, tuple(coeffs), Image.BICUBIC)
    # uneven lighting
    a = np.asarray(out).astype(np.float32)
    yy, xx = np.mgrid[0:H, 0:W]
    shade = 0.78 + 0.25 * (xx / W) * (1 - 0.4 * yy / H)
    a = a * shade[..., None] + np.random.normal(0, 6, a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).rotate(-1.8, expand=False, fillcolor=(60, 50, 40))
    return out.filter(ImageFilter.GaussianBlur(0.9)).resize((int(W * 0.7), int(H * 0.7)))


def stack(imgs):
    w = max(i.width for i in imgs); h = sum(i.height for i in imgs)
    c = Image.new(imgs[0].mode, (w, h), 255 if imgs[0].mode == "L" else (255, 255, 255))
    y = 0
    for i in imgs:
        c.paste(i, (0, y)); y += i.height
    return c


def main():
    os.makedirs(FILES, exist_ok=True)
    for f in os.listdir(FILES):
        os.remove(os.path.join(FILES, f))
    truth_rows, notes = [], []
    for p in PEOPLE:
        lay = p["layout"]; ext = EXT[lay]
        fn = f"{ME}_{p['id']:03d}_{lay}.{ext}"; out = os.path.join(FILES, fn)
        if lay.startswith(("scan", "photo")):
            tmp = tempfile.mkdtemp(prefix="w117_s_")
            src = os.path.join(tmp, "src.pdf"); render_to(p["render"], p, src)
            pages = pdf_pages(src, dpi=150 if lay != "photo_jpg" else 130)
            if lay == "scan_pdf":
                ims = [degrade(pg, angle=random.choice([-1, 1]) * random.uniform(0.6, 2.2), noise=9, blur=0.5) for pg in pages]
                ims = [jpeg_cycle(i, 55) for i in ims]
                ims[0].save(out, "PDF", resolution=150, save_all=True, append_images=ims[1:])
                tool = f"{TOOL[p['render']]} -> pdftoppm 150dpi -> PIL rotate/noise/blur/JPEG -> image-only PDF"
            elif lay == "scan_png":
                im = degrade(stack(pages), angle=1.3, noise=12, blur=0.8, contrast=0.6, bright=1.12)
                im.save(out, "PNG", optimize=True)
                tool = f"{TOOL[p['render']]} -> pdftoppm -> PIL low-contrast/blur/noise -> PNG"
            elif lay == "scan_jpg":
                im = degrade(stack(pages), angle=-2.6, noise=8, blur=0.7)
                im.save(out, "JPEG", quality=38)
                tool = f"{TOOL[p['render']]} -> pdftoppm -> PIL rotate -> JPEG q38"
            else:  # photo_jpg
                im = phone_photo(stack(pages))
                im.save(out, "JPEG", quality=62)
                tool = f"{TOOL[p['render']]} -> pdftoppm -> PIL perspective warp + shading -> JPEG (phone photo)"
            shutil.rmtree(tmp, ignore_errors=True)
            t = dict(p["truth"]); t["needs_ocr"] = True
        else:
            render_to(lay, p, out)
            tool = TOOL[lay]
            t = dict(p["truth"])
        row = {"file": fn, "layout": lay}; row.update(t)
        truth_rows.append(row)
        notes.append((fn, lay, tool, p["tricky"]))
        print("built", fn)

    # ---------------- damaged
    base = PEOPLE[0]
    for d in DAMAGED:
        fn = f"{ME}_{d['id']:03d}_{d['layout']}.{d['ext']}"; out = os.path.join(FILES, fn)
        if d["layout"] == "truncated_pdf":
            tmp = tempfile.mkdtemp(prefix="w117_d_"); src = os.path.join(tmp, "x.pdf")
            q = dict(base); q["name"] = "Dr Imran Saeed Chaudhry"
            R.reportlab_table(q, src)
            data = open(src, "rb").read()
            open(out, "wb").write(data[:1500])
            shutil.rmtree(tmp, ignore_errors=True); tool = "reportlab PDF truncated to 1500 bytes"
        elif d["layout"] == "zero_length_docx":
            open(out, "wb").close(); tool = "empty file"
        elif d["layout"] == "encrypted_pdf":
            from pypdf import PdfReader, PdfWriter
            tmp = tempfile.mkdtemp(prefix="w117_d_"); src = os.path.join(tmp, "x.pdf")
            q = dict(PEOPLE[5]); q["name"] = "Dr Oliver Brennan"
            R.fpdf2_classic(q, src)
            w = PdfWriter(clone_from=PdfReader(src))
            w.encrypt(user_password="k7#Qz!w117-locked", owner_password="own-9981", algorithm="RC4-128")
            with open(out, "wb") as fh: w.write(fh)
            shutil.rmtree(tmp, ignore_errors=True); tool = "fpdf2 PDF -> pypdf RC4-128 encryption with user password"
        truth_rows.append({"file": fn, "layout": d["layout"], "error": True})
        notes.append((fn, d["layout"], tool, d["tricky"]))
        print("built", fn)

    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for r in truth_rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "generators", "NOTES.md"), "w", encoding="utf-8") as fh:
        fh.write("# w117 - UK/Ireland/Australia/NZ-trained doctors and IMGs with NHS-style CVs\n\n")
        fh.write("Rebuild: `bash generators/build.sh` (venv at ../.venv). Check: `.venv/bin/python generators/check.py`.\n")
        fh.write("Reference date 2026-12-01. All names, emails and phones are invented (UK mobiles in Ofcom's 07700 900xxx drama range, "
                 "Australian mobiles in ACMA's 0491 57x fictitious range, US numbers 555-01xx).\n\n")
        fh.write("| file | layout | toolchain | what is tricky |\n|---|---|---|---|\n")
        for n in notes:
            fh.write("| " + " | ".join(x.replace("|", "/") for x in n) + " |\n")
        fh.write("""
## Judgement calls in the truth
- 004: research in a 'Department of Colorectal Surgery' is labelled General Surgery (colorectal is a surgical subspecialty; not on the list).
- 005: '03/06/2024 - 28/06/2024 (4 weeks)' is day-first (UK) -> June 2024 only, 1 month.
- 008/016: Australian national-format mobiles 0491 ... -> +61491...; 002/021 Irish +353 (0)87 / 083 -> trunk zero dropped.
- 009: telehealth-only USCE -> usce_months 2, usce_months_clinical 0. 'Maori' written without macron in the file.
- 011 and 012, 017, 019, 021: publication counts stated as a number in a sentence ('Five peer-reviewed papers').
- 014: 'dual British/US citizen' -> citizen. 015: Saudi residency and all NHS posts are not USCE.
- 016: 'ECFMG certification: pending' -> pending; AMC exams are not USMLE.
- 020: student, MBChB expected Jul 2027 -> graduation_year 2027, is_student true; 'Will travel on a B1/B2' -> b1b2.
- PLAB, MRCP(UK), MRCS, MRCPI, MRCPCH, MRCOG, MRCEM, FRCA, FRCR, FRCPath, AMC, RANZCP/ACEM exams, NBME/UWSA practice scores are never USMLE values.
- Referees' NHS / HSE / .edu emails and phones are never the applicant's.
""")


if __name__ == "__main__":
    main()
