"""Build all w124 files and truth.jsonl.  Run from anywhere: python build.py"""
import os, sys, json, subprocess, shutil, tempfile, random, io
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from people import P, DAMAGED
import r_html, r_docx, r_pdf
import numpy as np
from PIL import Image, ImageFilter, ImageEnhance, ImageOps

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
TMP = tempfile.mkdtemp(prefix="w124_build_")
random.seed(124); np.random.seed(124)
W = "w124"


def fname(i, ext):
    return f"{W}_{i:03d}_{P[i]['layout'] if i in P else DAMAGED[i]}.{ext}"


def soffice(src, fmt, outdir):
    prof = os.path.join(TMP, "lo_profile")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def plaintext_015():
    return """=====================================================================
 RESUME  |  exported from MedJobs Global (plain text)  |  2026-11-18
=====================================================================
Name ............ Min-jun Kim (김민준)
E-mail .......... minjun.kim.md@naver.com
Mobile .......... 010-4821-7763 (Republic of Korea)
Birth year ...... 1995
Desired field ... Diagnostic Radiology (will also apply Preliminary
                  Internal Medicine)

[EDUCATION]
 2015.03 - 2021.02   Yonsei University College of Medicine, Seoul
                     M.D. (의학사) - graduated February 2021
 2013.03 - 2015.02   Yonsei University, Premedical course

[LICENSES & EXAMS]
 2021.01   Korean Medical Licensing Examination - passed
 2022.06   USMLE Step 1 - PASS
 2023.01   USMLE Step 2 CK - 259
 2023.04   ECFMG Certificate issued
 2022.11   UWSA2 (self assessment) - 265

[WORK / TRAINING]
 2021.03 - 2022.02   Internship, Severance Hospital, Seoul
 2022.04 - 2024.02   Public Health Doctor (military service alternative),
                     Jeju-do public health center
 2024.03 - 2025.08   Research Fellow, Department of Radiology,
                     University of California San Diego, La Jolla, CA (USA)
                     - MRI radiomics for hepatocellular carcinoma
 2025.09 - 2025.10   Observer, Department of Radiological Sciences,
                     UC Irvine Medical Center, Orange, CA (USA)
                     - reading room and IR procedures observed

[PUBLICATIONS]
 1) Kim MJ, Sirlin CB, et al. LI-RADS radiomics in HCC. Radiology.
    2025;314(2):e241102.
 2) Kim MJ, Lee S. Pediatric appendicitis ultrasound in Korean EDs.
    Korean J Radiol. 2023;24(9):880-888.
 3) Park J, Kim MJ. Deep-learning chest X-ray triage in public
    health centers. J Korean Med Sci. 2024;39(12):e105.
 - Poster, RSNA 2025: "Texture features in LR-3 observations"

[LANGUAGES]
 Korean (native) / English (fluent, TOEFL 110)

[REFERENCE]
 Liver Imaging Group coordinator (UCSD): liver.imaging.lab@ucsd-mail.edu,
 +1 858 555 0107 (office)
=====================================================================
"""


def html_pdf(i, gen, out, **kw):
    r_html.chromium_pdf(gen(P[i]), out, **kw)


def build_readable():
    # 001 ERAS printout
    html_pdf(1, r_html.eras, os.path.join(FILES, fname(1, "pdf")))
    # 002 LinkedIn
    r_pdf.linkedin(P[2], os.path.join(FILES, fname(2, "pdf")))
    # 003 Google Docs Serif (Chromium)
    html_pdf(3, r_html.gdocs_serif, os.path.join(FILES, fname(3, "pdf")))
    # 004 Spearmint docx
    r_docx.spearmint(P[4], os.path.join(FILES, fname(4, "docx")))
    # 005 Coral docx -> pdf via LibreOffice
    src = os.path.join(TMP, fname(5, "docx")); r_docx.coral(P[5], src)
    soffice(src, "pdf", FILES)
    # 006 Canva
    html_pdf(6, r_html.canva, os.path.join(FILES, fname(6, "pdf")))
    # 007 Europass
    r_pdf.europass(P[7], os.path.join(FILES, fname(7, "pdf")))
    # 008 Markdown printed from browser, with browser header/footer
    html_pdf(8, r_html.markdown_page, os.path.join(FILES, fname(8, "pdf")), header_footer=True, url_name="README.html")
    # 009 tables + header docx
    r_docx.tables_header(P[9], os.path.join(FILES, fname(9, "docx")))
    # 010 VSLO fpdf2
    r_pdf.vslo(P[10], os.path.join(FILES, fname(10, "pdf")))
    # 011 docx -> odt
    src = os.path.join(TMP, fname(11, "docx")); r_docx.table_cyr(P[11], src)
    soffice(src, "odt", FILES)
    # 012 ERAS-style docx with footer contacts
    r_docx.eras_footer(P[12], os.path.join(FILES, fname(12, "docx")))
    # 013 Novoresume
    html_pdf(13, r_html.novo, os.path.join(FILES, fname(13, "pdf")))
    # 014 CV builder fpdf2 footer
    r_pdf.cvbuilder(P[14], os.path.join(FILES, fname(14, "pdf")))
    # 015 plain text
    with open(os.path.join(FILES, fname(15, "txt")), "w", encoding="utf-8") as f:
        f.write(plaintext_015())
    # 016 reportlab tables
    r_pdf.rl_tables(P[16], os.path.join(FILES, fname(16, "pdf")))


# ------------------------------------------------------------------ degradation helpers
def raster(pdf, dpi=150):
    d = tempfile.mkdtemp(dir=TMP)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", pdf, os.path.join(d, "p")], check=True)
    return [Image.open(os.path.join(d, f)).convert("RGB") for f in sorted(os.listdir(d))]


def scanify(im, angle, noise=10, blur=0.6, contrast=0.8, gray=True):
    if gray: im = ImageOps.grayscale(im).convert("RGB")
    im = ImageEnhance.Contrast(im).enhance(contrast)
    im = ImageEnhance.Brightness(im).enhance(1.04)
    im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=(236, 236, 232))
    a = np.asarray(im).astype(np.int16)
    a = a + np.random.normal(0, noise, a.shape[:2])[..., None].astype(np.int16)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    im = im.filter(ImageFilter.GaussianBlur(blur))
    buf = io.BytesIO(); im.save(buf, "JPEG", quality=55); buf.seek(0)
    return Image.open(buf).convert("RGB")


def _coeffs(src, dst):
    m = []
    for (x, y), (u, v) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    A = np.array(m, dtype=float); b = np.array(src, dtype=float).reshape(8)
    return np.linalg.solve(A, b)


def photo(im, angle=1.8):
    """phone photo: page on a desk, perspective, warm light, vignette, blur, JPEG."""
    w, h = im.size
    Wc, Hc = int(w * 1.25), int(h * 1.18)
    desk = Image.new("RGB", (Wc, Hc), (96, 74, 56))
    dn = np.asarray(desk).astype(np.int16) + np.random.normal(0, 12, (Hc, Wc, 1)).astype(np.int16)
    desk = Image.fromarray(np.clip(dn, 0, 255).astype(np.uint8))
    ox, oy = (Wc - w) // 2, (Hc - h) // 2
    # page corners in output (a trapezoid: top narrower, phone tilted)
    dst = [(ox + 0.06 * w, oy + 0.03 * h), (ox + 0.95 * w, oy + 0.0 * h), (ox + 1.02 * w, oy + 1.0 * h), (ox - 0.03 * w, oy + 0.98 * h)]
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    c = _coeffs(src, dst)
    page = im.transform((Wc, Hc), Image.PERSPECTIVE, tuple(c), Image.BICUBIC, fillcolor=None)
    mask = Image.new("L", (w, h), 255).transform((Wc, Hc), Image.PERSPECTIVE, tuple(c), Image.BICUBIC)
    desk.paste(page, (0, 0), mask)
    out = desk.rotate(angle, resample=Image.BICUBIC, fillcolor=(90, 70, 50))
    a = np.asarray(out).astype(float)
    yy, xx = np.mgrid[0:Hc, 0:Wc]
    vig = 1 - 0.35 * (((xx - Wc / 2) / Wc) ** 2 + ((yy - Hc / 2) / Hc) ** 2) * 2.2
    a = a * vig[..., None] * np.array([1.04, 1.0, 0.9]) + np.random.normal(0, 6, a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.9))
    return out


def build_scans():
    # 017 ERAS printout -> grey scan, image-only PDF
    pdf = os.path.join(TMP, "s17.pdf"); html_pdf(17, r_html.eras, pdf)
    pages = [scanify(im, ang) for im, ang in zip(raster(pdf, 150), [0.9, -1.4, 2.1, -0.7])]
    pages[0].save(os.path.join(FILES, fname(17, "pdf")), "PDF", resolution=150, save_all=True, append_images=pages[1:])
    # 018 Google Docs Serif -> phone photo JPG
    pdf = os.path.join(TMP, "s18.pdf"); html_pdf(18, r_html.gdocs_serif, pdf)
    pg = raster(pdf, 130); assert len(pg) == 1, len(pg)
    photo(pg[0], 1.6).save(os.path.join(FILES, fname(18, "jpg")), "JPEG", quality=72)
    # 019 LinkedIn -> PNG (pages stacked like a long screenshot), low contrast
    pdf = os.path.join(TMP, "s19.pdf"); r_pdf.linkedin(P[19], pdf)
    pg = raster(pdf, 120)
    tall = Image.new("RGB", (pg[0].width, sum(p.height for p in pg)), "white")
    y = 0
    for p in pg: tall.paste(p, (0, y)); y += p.height
    scanify(tall, -0.8, noise=7, blur=0.5, contrast=0.7, gray=False).save(os.path.join(FILES, fname(19, "png")))
    # 020 Europass -> scan, image-only PDF
    pdf = os.path.join(TMP, "s20.pdf"); r_pdf.europass(P[20], pdf)
    pages = [scanify(im, ang, noise=12, blur=0.8, contrast=0.75) for im, ang in zip(raster(pdf, 150), [-2.3, 1.2, -0.6])]
    pages[0].save(os.path.join(FILES, fname(20, "pdf")), "PDF", resolution=150, save_all=True, append_images=pages[1:])
    # 021 table CV -> phone photo JPG
    pdf = os.path.join(TMP, "s21.pdf"); r_pdf.table_cv(P[21], pdf)
    pg = raster(pdf, 130); assert len(pg) == 1
    photo(pg[0], -2.4).save(os.path.join(FILES, fname(21, "jpg")), "JPEG", quality=65)


def build_damaged():
    # 022: a real PDF CV cut off after its first 1.4 KB (download interrupted)
    src = os.path.join(TMP, "d22.pdf"); html_pdf(3, r_html.gdocs_serif, src)
    data = open(src, "rb").read()
    open(os.path.join(FILES, fname(22, "pdf")), "wb").write(data[:1400])
    # 023: password-protected PDF (user password unknown to the reader)
    from pypdf import PdfReader, PdfWriter
    src = os.path.join(TMP, "d23.pdf"); r_pdf.cvbuilder(P[14], src)
    wtr = PdfWriter(); [wtr.add_page(pg) for pg in PdfReader(src).pages]
    wtr.encrypt(user_password="Rotation#2026", owner_password="owner-w124", algorithm="RC4-128")
    with open(os.path.join(FILES, fname(23, "pdf")), "wb") as f: wtr.write(f)
    # 024: random bytes saved with a .docx name
    rnd = random.Random(24)
    open(os.path.join(FILES, fname(24, "docx")), "wb").write(bytes(rnd.getrandbits(8) for _ in range(18432)))


def ext_of(i):
    for f in os.listdir(FILES):
        if f.startswith(f"{W}_{i:03d}_"):
            return f
    raise FileNotFoundError(i)


def write_truth():
    keys = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
            "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages",
            "publications", "usce_entries", "usce_months", "usce_months_clinical"]
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for i in range(1, 25):
            fn = ext_of(i)
            if i in DAMAGED:
                rec = {"file": fn, "layout": DAMAGED[i], "error": True}
            else:
                t = P[i]["truth"]
                rec = {"file": fn, "layout": P[i]["layout"]}
                rec.update({k: t[k] for k in keys})
                if i >= 17: rec["needs_ocr"] = True
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    if os.path.isdir(FILES): shutil.rmtree(FILES)
    os.makedirs(FILES)
    build_readable(); build_scans(); build_damaged(); write_truth()
    shutil.rmtree(TMP, ignore_errors=True)
    print("\n".join(sorted(os.listdir(FILES))))
