# -*- coding: utf-8 -*-
"""Rebuild /work/blind/w38/files and truth.jsonl. Run via build.sh."""
import os, sys, json, subprocess, shutil, random, tempfile, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from people import P
import render_docx as RD, render_html as RH, render_misc as RM

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "files")
TMP = tempfile.mkdtemp(prefix="w38b_")
LO_PROFILE = "file:///tmp/w38_lo_profile"
random.seed(38)

def soffice(src, fmt, outname):
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", fmt, "--outdir", TMP, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(":")[0]
    shutil.move(os.path.join(TMP, base + "." + ext), os.path.join(OUT, outname))

def months(entries, clinical_only=False):
    s = set()
    for en in entries:
        if clinical_only and en["type"] in ("research", "telehealth"): continue
        y, m = map(int, en["start"].split("-")); y2, m2 = map(int, en["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)

def truth_for(p, fname, layout, scan=False):
    ents = [dict(type=x["usce"][0], specialty=x["usce"][1], state=x["usce"][2], start=x["usce"][3], end=x["usce"][4])
            for x in p["experience"] if x.get("usce")]
    t = dict(file=fname, layout=layout, full_name=p["name"], email=p["email"], phone_e164=p["e164"],
             medical_school=p["school"], medical_school_country=p["country"], graduation_year=p["grad"], is_student=p["student"],
             usmle_step1=p["step1"], usmle_step2ck=p["step2"], usmle_step3=p["step3"], ecfmg_status=p["ecfmg_s"],
             specialties=p["specialties"], languages=p["languages"], visa_status=p["visa_s"], publications=p["n_pubs"],
             usce_months=months(ents), usce_months_clinical=months(ents, True), usce_entries=ents)
    if scan: t["needs_ocr"] = True
    return t

def docx_tmp(fn, p, name):
    path = os.path.join(TMP, name + ".docx"); fn(p, path); return path

def degrade(png_in, rng, angle, contrast=0.6, blur=0.8, noise=18):
    from PIL import Image, ImageFilter, ImageEnhance
    im = Image.open(png_in).convert("L")
    im = ImageEnhance.Contrast(im).enhance(contrast)
    im = ImageEnhance.Brightness(im).enhance(1.05)
    im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=235)
    im = im.filter(ImageFilter.GaussianBlur(blur))
    px = im.load(); w, h = im.size
    for _ in range(int(w * h * 0.02)):
        x, y = rng.randrange(w), rng.randrange(h)
        px[x, y] = max(0, min(255, px[x, y] + rng.randint(-noise * 3, noise * 3)))
    # uneven lighting: darker gradient towards one edge like a phone photo
    grad = Image.linear_gradient("L").resize((w, h)).point(lambda v: 255 - v // 6)
    from PIL import ImageChops
    im = ImageChops.multiply(im, grad)
    return im

def raster(pdf, dpi, prefix):
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", pdf, prefix], check=True)
    return sorted(glob.glob(prefix + "*.png"))

def main():
    if os.path.isdir(OUT): shutil.rmtree(OUT)
    os.makedirs(OUT)
    truth = []
    def add(n, layout, ext, p, scan=False):
        fname = f"w38_{n:03d}_{layout}.{ext}"
        truth.append(truth_for(p, fname, layout, scan)); return os.path.join(OUT, fname), fname

    # ---- readable ----
    path, _ = add(1, "docx_header_table", "docx", P[1]); RD.docx_header_table(P[1], path)
    _, f = add(2, "docx_footer_lo_pdf", "pdf", P[2]); soffice(docx_tmp(RD.docx_footer_contacts, P[2], "p2"), "pdf", f)
    _, f = add(3, "docx_table_lo_odt", "odt", P[3]); soffice(docx_tmp(RD.docx_header_table, P[3], "p3"), "odt", f)
    _, f = add(4, "docx_twocol_lo_rtf", "rtf", P[4]); soffice(docx_tmp(RD.docx_twocol, P[4], "p4"), "rtf", f)
    path, _ = add(5, "html_sidebar", "pdf", P[5]); RH.to_pdf(RH.sidebar(P[5], "#4a2c6e"), path)
    path, _ = add(6, "html_grid", "pdf", P[6]); RH.to_pdf(RH.grid(P[6]), path)
    path, _ = add(7, "html_timeline", "pdf", P[7]); RH.to_pdf(RH.timeline(P[7]), path)
    path, _ = add(8, "html_sidebar_dark", "pdf", P[8]); RH.to_pdf(RH.sidebar(P[8], "#1b3a2f", dark=True), path)
    path, _ = add(9, "email_paste", "txt", P[9]); RM.email_txt(P[9], path)
    path, _ = add(10, "docx_contact_table", "docx", P[10]); RD.docx_contact_table(P[10], path)
    path, _ = add(11, "html_timeline_arabic", "pdf", P[11]); RH.to_pdf(RH.timeline(P[11], "#8a3b12"), path)
    path, _ = add(12, "reportlab_table", "pdf", P[12]); RM.reportlab_cv(P[12], path)
    path, _ = add(13, "fpdf_classic", "pdf", P[13]); RM.fpdf_cv(P[13], path)
    _, f = add(14, "docx_twocol_lo_pdf", "pdf", P[14]); soffice(docx_tmp(RD.docx_twocol, P[14], "p14"), "pdf", f)
    _, f = add(15, "docx_contact_table_lo_odt", "odt", P[15]); soffice(docx_tmp(RD.docx_contact_table, P[15], "p15"), "odt", f)
    _, f = add(16, "docx_footer_lo_rtf", "rtf", P[16]); soffice(docx_tmp(RD.docx_footer_contacts, P[16], "p16"), "rtf", f)

    # ---- scans ----
    rng = random.Random(3817)
    def scan_src(n, p, kind):
        src = os.path.join(TMP, f"scan{n}.pdf")
        if kind == "fpdf": RM.fpdf_cv(p, src)
        elif kind == "rl": RM.reportlab_cv(p, src)
        elif kind == "grid": RH.to_pdf(RH.grid(p), src)
        elif kind == "sidebar": RH.to_pdf(RH.sidebar(p), src)
        return src
    # 17: phone photo png (single page)
    path, _ = add(17, "scan_photo", "png", P[17], True)
    pages = raster(scan_src(17, P[17], "fpdf"), 110, os.path.join(TMP, "s17"))
    assert len(pages) == 1, pages
    degrade(pages[0], rng, 1.3).save(path)
    # 18: jpg, low contrast, counter-clockwise tilt
    path, _ = add(18, "scan_lowcontrast", "jpg", P[18], True)
    pages = raster(scan_src(18, P[18], "rl"), 150, os.path.join(TMP, "s18"))
    assert len(pages) == 1, pages
    degrade(pages[0], rng, -0.7, contrast=0.6, blur=0.9).save(path, quality=55)
    # 19: image-only PDF (all pages scanned)
    path, _ = add(19, "scan_pdf", "pdf", P[19], True)
    pages = raster(scan_src(19, P[19], "grid"), 150, os.path.join(TMP, "s19"))
    ims = [degrade(pg, rng, 0.6 + 0.3 * i, contrast=0.75, blur=0.7).convert("RGB") for i, pg in enumerate(pages)]
    ims[0].save(path, "PDF", resolution=150, save_all=True, append_images=ims[1:])
    # 20: jpg, blurrier, 2 degree tilt
    path, _ = add(20, "scan_blur", "jpg", P[20], True)
    pages = raster(scan_src(20, P[20], "fpdf"), 130, os.path.join(TMP, "s20"))
    assert len(pages) == 1, pages
    degrade(pages[0], rng, -1.9, contrast=0.55, blur=1.4, noise=25).save(path, quality=45)
    # 21: image-only PDF of a sidebar CV
    path, _ = add(21, "scan_sidebar_pdf", "pdf", P[21], True)
    pages = raster(scan_src(21, P[21], "sidebar"), 130, os.path.join(TMP, "s21"))
    ims = [degrade(pg, rng, -1.1).convert("RGB") for pg in pages]
    ims[0].save(path, "PDF", resolution=130, save_all=True, append_images=ims[1:])

    # ---- damaged ----
    def dmg(n, layout, ext):
        fname = f"w38_{n:03d}_{layout}.{ext}"; truth.append(dict(file=fname, layout=layout, error=True)); return os.path.join(OUT, fname)
    full = os.path.join(TMP, "full.pdf"); RM.reportlab_cv(P[1], full)
    data = open(full, "rb").read()
    open(dmg(22, "truncated_pdf", "pdf"), "wb").write(data[: int(len(data) * 0.35)])
    from pypdf import PdfReader, PdfWriter
    full2 = os.path.join(TMP, "full2.pdf"); RH.to_pdf(RH.grid(P[3]), full2)
    w = PdfWriter(clone_from=PdfReader(full2)); w.encrypt(user_password="Kamau2024!", owner_password="owner-w38", algorithm="RC4-128")
    with open(dmg(23, "encrypted_pdf", "pdf"), "wb") as fh: w.write(fh)
    open(dmg(24, "random_bytes_docx", "docx"), "wb").write(random.Random(24).randbytes(48_000))

    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for t in truth: fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)
    print("built", len(truth), "files")

if __name__ == "__main__":
    main()
