"""Build all 24 files of writer w61 and truth.jsonl.  Run from anywhere: python build.py"""
import json
import os
import random
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)
FILES = os.path.join(ROOT, "files")
TMP = "/tmp/w61_build"

from people_d import ALL  # noqa: E402
from pubs import count_peer  # noqa: E402
import render_docx as RD  # noqa: E402
import render_odt as RO  # noqa: E402
import render_html as RH  # noqa: E402
import render_rl as RL  # noqa: E402
import render_fpdf as RF  # noqa: E402
import render_text as RT  # noqa: E402
from reportlab.lib.pagesizes import LETTER, A4  # noqa: E402


def months(entries, clinical_only=False):
    s = set()
    for e in entries:
        if clinical_only and e["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, e["start"].split("-"))
        y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m))
            m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/w61_lo_profile", "--headless", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def fname(p):
    return f"w61_{p['nnn']}_{p['layout']}.{p['ext']}"


def render(p, out):
    n = p["nnn"]
    if n == "001":
        RD.docx_header_footer(p, out)
    elif n == "002":
        h = os.path.join(TMP, "002.html"); open(h, "w").write(RH.html_margin_boxes(p)); RH.chromium_pdf(h, out)
    elif n == "003":
        RO.odt_forward_chrono(p, out)
    elif n == "004":
        RL.rl_numbered(p, out, header="Nwachukwu C.O. — Curriculum Vitae (FWACS, FACS)",
                       footer_left="CV – Dr. C. O. Nwachukwu – updated 10/2026",
                       title_lines=["MB BS (Nig.), FWACS, FACS", "Reader in Surgery &amp; Consultant General Surgeon",
                                    f"{p['address']}", f"GSM: {p['phone_disp']} &nbsp; E-mail: {p['email']}"])
    elif n == "005":
        RF.fpdf_header_footer(p, out)
    elif n == "006":
        RD.docx_two_col_table(p, out)
    elif n == "007":
        RT.txt_plain(p, out)
    elif n == "008":
        RT.rtf_doc(p, out)
    elif n == "009":
        src = os.path.join(TMP, "w61_009_src.docx"); RD.docx_for_lo(p, src); soffice(src, "pdf", TMP)
        shutil.move(os.path.join(TMP, "w61_009_src.pdf"), out)
    elif n == "010":
        src = os.path.join(TMP, "w61_010_src.odt"); RO.odt_tables(p, src); soffice(src, "pdf", TMP)
        shutil.move(os.path.join(TMP, "w61_010_src.pdf"), out)
    elif n == "011":
        h = os.path.join(TMP, "011.html"); open(h, "w").write(RH.html_sidebar(p)); RH.chromium_pdf(h, out)
    elif n == "012":
        RL.rl_two_col(p, out, footer="Rojas Cifuentes D.A. — CV (Sep 2026)")
    elif n == "013":
        RF.fpdf_boxed(p, out)
    elif n == "014":
        RT.txt_columns(p, out)
    elif n == "015":
        RD.docx_footer_contacts(p, out)
    elif n == "016":
        os.makedirs(os.path.join(TMP, "Downloads"), exist_ok=True); h = os.path.join(TMP, "Downloads", "layla_haddad_cv.html"); open(h, "w").write(RH.html_plain_browser(p)); RH.chromium_pdf(h, out, header_footer=True)
    else:
        raise ValueError(n)


def scan_base(p, out):
    n = p["nnn"]
    if n == "017":
        RL.rl_numbered(p, out, header="S. B. Wijesinghe — CV", footer_left="Curriculum Vitae – Dr. S. B. Wijesinghe",
                       title_lines=["MBBS, MD, MRCP (UK) — Consultant Respiratory Physician", p["address"],
                                    f"Mobile {p['phone_disp']} · {p['email']}"])
    elif n == "018":
        RF.fpdf_boxed(p, out, foot="Y. A. Osman — CV 2026")
    elif n == "019":
        RL.rl_two_col(p, out, banner="#7f5539", footer="A. Guzmán Villalobos — CV")
    elif n == "020":
        RF.fpdf_boxed(p, out, fmt="Letter", foot="CV of Dr. Md. Rafiqul Islam Chowdhury — updated 07/2026", fam="dvs")
    elif n == "021":
        RL.rl_numbered(p, out, header="Andrei Popescu — CV", footer_left="", pagesize=LETTER,
                       title_lines=["Medic primar, Emergency Medicine", p["address"], f"{p['phone_disp']} · {p['email']}"])


def degrade(img, rng, angle, contrast, blur, noise, dark=0):
    from PIL import Image, ImageFilter, ImageEnhance
    import numpy as np
    img = img.convert("L")
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=235)
    img = ImageEnhance.Contrast(img).enhance(contrast)
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(img).astype("float32")
    a += np.random.default_rng(rng.randint(0, 10**6)).normal(0, noise, a.shape)
    if dark:  # uneven lighting gradient (phone photo)
        h, w = a.shape
        a -= (np.linspace(0, dark, w)[None, :] + np.linspace(0, dark / 2, h)[:, None])
    a = a.clip(0, 255).astype("uint8")
    return Image.fromarray(a)


def make_scan(p, out):
    from PIL import Image
    rng = random.Random(int(p["nnn"]))
    base = os.path.join(TMP, f"scanbase_{p['nnn']}.pdf")
    scan_base(p, base)
    pref = os.path.join(TMP, f"scan_{p['nnn']}")
    dpi = {"017": 150, "018": 130, "019": 120, "020": 150, "021": 140}[p["nnn"]]
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", base, pref], check=True)
    pages = sorted(f for f in os.listdir(TMP) if f.startswith(f"scan_{p['nnn']}") and f.endswith(".png"))
    params = {"017": dict(angle=0.8, contrast=0.85, blur=0.6, noise=9),
              "018": dict(angle=-1.7, contrast=0.7, blur=1.0, noise=14, dark=60),
              "019": dict(angle=1.2, contrast=0.8, blur=0.7, noise=10),
              "020": dict(angle=-1.9, contrast=0.9, blur=0.5, noise=8),
              "021": dict(angle=0.6, contrast=0.45, blur=0.9, noise=12)}[p["nnn"]]
    imgs = []
    for i, f in enumerate(pages):
        if p["ext"] != "pdf" and i == len(pages) - 1:  # trim blank tail of the last page in stacked images
            from PIL import ImageOps
            im0 = Image.open(os.path.join(TMP, f)).convert("L")
            bb = ImageOps.invert(im0.crop((0, 0, im0.width, int(im0.height * 0.9)))).point(lambda v: 255 if v > 40 else 0).getbbox()
            if bb:
                im0.crop((0, 0, im0.width, min(im0.height, bb[3] + 60))).save(os.path.join(TMP, f))
        prm = dict(params)
        prm["angle"] = prm["angle"] + (0.3 * (i % 2) - 0.15)
        imgs.append(degrade(Image.open(os.path.join(TMP, f)), rng, **prm))
        os.remove(os.path.join(TMP, f))
    if p["ext"] == "pdf":
        imgs[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=imgs[1:])
    else:  # all pages stacked into one tall image (multi-page scan saved as one picture)
        W = max(i.width for i in imgs); H = sum(i.height for i in imgs) + 20 * (len(imgs) - 1)
        canvas = Image.new("L", (W, H), 60)
        y = 0
        for im in imgs:
            canvas.paste(im, (0, y)); y += im.height + 20
        if p["ext"] == "jpg":
            canvas.save(out, "JPEG", quality=55)
        else:
            canvas.save(out, "PNG", optimize=True)


def make_damaged():
    from pypdf import PdfReader, PdfWriter
    rows = []
    # 022: truncated PDF (download cut off at ~38%)
    src = os.path.join(FILES, "w61_012_reportlab_two_col.pdf")
    data = open(src, "rb").read()
    out = os.path.join(FILES, "w61_022_truncated_pdf.pdf")
    open(out, "wb").write(data[: int(len(data) * 0.38)])
    rows.append({"file": os.path.basename(out), "layout": "truncated_pdf", "error": True})
    # 023: PDF encrypted with a user password
    out = os.path.join(FILES, "w61_023_encrypted_pdf.pdf")
    r = PdfReader(os.path.join(FILES, "w61_005_fpdf2_header_footer.pdf"))
    w = PdfWriter()
    for pg in r.pages:
        w.add_page(pg)
    w.encrypt(user_password="Kasia2026!", owner_password="owner-w61-x", algorithm="AES-128")
    with open(out, "wb") as f:
        w.write(f)
    rows.append({"file": os.path.basename(out), "layout": "encrypted_pdf", "error": True})
    # 024: random bytes with a .docx name
    out = os.path.join(FILES, "w61_024_random_bytes.docx")
    rnd = random.Random(24)
    open(out, "wb").write(bytes(rnd.getrandbits(8) for _ in range(48213)))
    rows.append({"file": os.path.basename(out), "layout": "random_bytes", "error": True})
    return rows


KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages",
        "visa_status"]


def truth_row(p):
    row = {"file": fname(p), "layout": p["layout"]}
    for k in KEYS:
        row[k] = p[k]
    row["publications"] = count_peer(p["output"])
    row["usce_months"] = months(p["usce_entries"])
    row["usce_months_clinical"] = months(p["usce_entries"], True)
    row["usce_entries"] = p["usce_entries"]
    if p.get("scan"):
        row["needs_ocr"] = True
    return row


def main():
    os.makedirs(FILES, exist_ok=True)
    shutil.rmtree(TMP, ignore_errors=True); os.makedirs(TMP)
    for f in os.listdir(FILES):
        os.remove(os.path.join(FILES, f))
    rows = []
    for p in ALL:
        out = os.path.join(FILES, fname(p))
        print("building", fname(p), flush=True)
        if p.get("scan"):
            make_scan(p, out)
        else:
            render(p, out)
        rows.append(truth_row(p))
    rows += make_damaged()
    rows.sort(key=lambda r: r["file"])
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "truth rows")


if __name__ == "__main__":
    main()
