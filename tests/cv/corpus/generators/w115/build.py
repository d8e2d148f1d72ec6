# -*- coding: utf-8 -*-
"""Render all 24 files into ../files and write ../truth.jsonl. Run via build.sh."""
import os, sys, json, subprocess, shutil, random, copy
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import people, render_html, render_docx, render_odt, render_misc, scan

ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "files")
TMP = os.path.join(ROOT, ".tmp")
os.makedirs(OUT, exist_ok=True); os.makedirs(TMP, exist_ok=True)
W = "w115"
KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages",
        "publications", "usce_entries", "usce_months", "usce_months_clinical"]

# 018: only page 1 was photographed; truth = what page 1 shows (checked against the rendered page 1 text).
PAGE1_TRUTH = dict(full_name="Andrés Felipe Montoya Arango", email="afmontoya.md@gmail.com", phone_e164="+573152078842",
   medical_school="Pontificia Universidad Javeriana", medical_school_country="CO", graduation_year=2011, is_student=False,
   usmle_step1=225, usmle_step2ck=238, usmle_step3=None, ecfmg_status="certified", visa_status="h1b",
   specialties=["Anesthesiology"], languages=["Spanish", "English"], publications=0,
   usce_entries=[{"type": "research", "specialty": "Anesthesiology", "state": "FL", "start": "2016-08", "end": "2019-07"},
                 {"type": "research", "specialty": "Anesthesiology", "state": "TN", "start": "2019-08", "end": "2023-06"},
                 {"type": "observership", "specialty": "Anesthesiology", "state": "TN", "start": "2023-09", "end": "2023-11"}],
   usce_months=86, usce_months_clinical=3)


def fname(p):
    return f"{W}_{p['id']:03d}_{p['layout']}.{p['ext']}"


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{TMP}/lo_profile",
                    "--convert-to", fmt, "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def tmp(name):
    return os.path.join(TMP, name)


def scan_source_pdf(p, fontpt=None):
    h = render_html.make_html(p, "scan", refs=len(p["refinst"]))
    if fontpt:
        h = h.replace("font: 10.5pt/1.4 'DejaVu Serif'", f"font: {fontpt}pt/1.32 'DejaVu Serif'")
    pdf = tmp(f"src_{p['id']:03d}.pdf")
    render_html.chromium_pdf(h, tmp(f"src_{p['id']:03d}.html"), pdf)
    return pdf


def build_one(p):
    out = os.path.join(OUT, fname(p)); i = p["id"]; rng = random.Random(1000 + i)
    if i == 1:
        render_docx.build(p, tmp("001.docx"), "header", font="Liberation Serif", size=11)
        soffice(tmp("001.docx"), "pdf", TMP); shutil.copy(tmp("001.pdf"), out)
    elif i == 2:
        render_docx.build(p, out, "header_contacts", body_contacts=False, font="Cambria", size=10.5)
    elif i == 3:
        render_html.chromium_pdf(render_html.make_html(p, "running"), tmp("003.html"), out)
    elif i == 4:
        render_misc.reportlab_pdf(p, out, "template")
    elif i == 5:
        render_html.chromium_pdf(render_html.make_html(p, "latex", pubstyle="mixed", refs=4,
                                 heads={"summary": "Research Statement", "exams": "Licensure and Examinations"}), tmp("005.html"), out)
    elif i == 6:
        render_odt.build(p, out, f"Catalina Restrepo Gómez — CV — {p['email']}", "Página / Page ")
    elif i == 7:
        render_misc.text_cv(p, out)
    elif i == 8:
        render_odt.build(p, tmp("008.odt"), "J. P. Albuquerque Nogueira · Curriculum Vitae", "Page ")
        soffice(tmp("008.odt"), "pdf", TMP); shutil.copy(tmp("008.pdf"), out)
    elif i == 9:
        q = copy.deepcopy(p)
        rows = []
        rot = [("Coronary Care Unit", "SMS Hospital, Jaipur"), ("Cardiac Cath Lab", "PGIMER, Chandigarh"), ("Echocardiography", "PGIMER, Chandigarh"),
               ("Electrophysiology", "PGIMER, Chandigarh"), ("Pediatric Cardiology", "PGIMER, Chandigarh"), ("Cardiac Surgery ICU", "PGIMER, Chandigarh"),
               ("General Medicine wards", "SMS Hospital, Jaipur"), ("Medical ICU", "SMS Hospital, Jaipur"), ("Nephrology", "SMS Hospital, Jaipur"),
               ("Neurology", "SMS Hospital, Jaipur"), ("Emergency Medicine", "SMS Hospital, Jaipur"), ("Non-invasive cardiology (TMT, Holter)", "PGIMER, Chandigarh")]
        months = ["Jan", "Apr", "Jul", "Oct"]
        y = 2008
        for k in range(24):
            r, h = rot[k % len(rot)]
            m0 = months[k % 4]; yy = 2008 + (k * 3) // 12
            rows.append([f"{m0} {yy}", r, h, "3 months", "Rotation (India)"])
        q["tables"] = [("Clinical Rotations (India, MD & DM training)", ["Start", "Rotation", "Hospital", "Duration", "Type"], rows)] + q["tables"]
        render_html.chromium_pdf(render_html.make_html(q, "table", refs=4), tmp("009.html"), out)
    elif i == 10:
        render_docx.build(p, tmp("010.docx"), "plain", font="Liberation Sans", size=10)
        soffice(tmp("010.docx"), "rtf", TMP); shutil.copy(tmp("010.rtf"), out)
    elif i == 11:
        render_misc.fpdf_pdf(p, out)
    elif i == 12:
        render_docx.build(p, tmp("012.docx"), "firstpage_table", pubstyle="continuous", font="Liberation Sans", size=10.5)
        soffice(tmp("012.docx"), "pdf", TMP); shutil.copy(tmp("012.pdf"), out)
    elif i == 13:
        render_docx.build(p, out, "footer_contacts", body_contacts=False, font="Calibri", size=11)
    elif i == 14:
        render_html.chromium_pdf(render_html.make_html(p, "europass", heads={"summary": "Personal statement", "edu": "Education and training",
                                 "exams": "Licences and exams", "skills": "Digital and other skills", "lang": "Language skills"}), tmp("014.html"), out)
    elif i == 15:
        render_misc.reportlab_pdf(p, out, "footer")
    elif i == 16:
        render_odt.build(p, tmp("016.odt"), "Ananya Mukherjee (অনন্যা মুখার্জি) — Curriculum Vitae", "— ")
        soffice(tmp("016.odt"), "docx:MS Word 2007 XML", TMP); shutil.copy(tmp("016.docx"), out)
    elif i == 17:
        imgs = scan.rasterize(scan_source_pdf(p, fontpt=11), 150, tmp("r017"))
        imgs = [scan.degrade(im, rng, rng.uniform(-2.2, 2.2), noise=9, blur=0.7) for im in imgs]
        scan.to_pdf(imgs, out, 150)
    elif i == 18:
        src = scan_source_pdf(p, fontpt=11)
        imgs = scan.rasterize(src, 130, tmp("r018"), first=1, last=1)
        scan.phone_photo(imgs[0], rng).save(out, "JPEG", quality=72)
    elif i == 19:
        src = scan_source_pdf(p, fontpt=8.6)
        imgs = scan.rasterize(src, 200, tmp("r019"))
        hdr = "NOV-18-2026 09:42  FROM: CLINICA PEDIATRICA SAN JAVIER  FAX +52 33 3615 0020  TO: 18005550199"
        imgs = [scan.fax(im, rng, hdr, k + 1, len(imgs)) for k, im in enumerate(imgs)]
        scan.to_pdf(imgs, out, 200)
    elif i == 20:
        imgs = scan.rasterize(scan_source_pdf(p, fontpt=11.5), 120, tmp("r020"))
        imgs = [scan.degrade(im, rng, rng.uniform(-1.5, 1.5), noise=7, blur=0.9, contrast=0.45, tint=(1.0, 0.97, 0.88), brightness=1.08) for im in imgs]
        scan.to_pdf(imgs, out, 120)
    elif i == 21:
        imgs = scan.rasterize(scan_source_pdf(p, fontpt=10.5), 100, tmp("r021"))
        imgs = [scan.degrade(im, rng, rng.uniform(-0.8, 0.8), noise=6, blur=0.5) for im in imgs]
        from PIL import Image
        Wd = max(im.size[0] for im in imgs); Ht = sum(im.size[1] for im in imgs) + 12 * (len(imgs) - 1)
        tall = Image.new("RGB", (Wd, Ht), (160, 160, 160)); y = 0
        for im in imgs:
            tall.paste(im, (0, y)); y += im.size[1] + 12
        tall.convert("L").save(out, "PNG", optimize=True)
    elif i == 22:
        q = copy.deepcopy(people.P[2]); q.update(name="Sofía Beatriz Quintana Herrera", display="Sofía Beatriz Quintana Herrera, MD",
                                                  email="sofia.quintana.h@gmail.com", phone="+54 9 261 455 8812", cite="Quintana-Herrera SB")
        render_html.chromium_pdf(render_html.make_html(q, "running"), tmp("022.html"), tmp("022_full.pdf"))
        data = open(tmp("022_full.pdf"), "rb").read()
        open(out, "wb").write(data[: int(len(data) * 0.42)])
    elif i == 23:
        q = copy.deepcopy(people.P[11]); q.update(name="Pablo Iñaki Etxeberria Lasa", display="Pablo Iñaki Etxeberria Lasa, MD",
                                                   email="pablo.etxeberria.md@gmail.com", phone="+34 688 301 922", cite="Etxeberria-Lasa PI")
        render_html.chromium_pdf(render_html.make_html(q, "running"), tmp("023.html"), tmp("023_plain.pdf"))
        from pypdf import PdfReader, PdfWriter
        w = PdfWriter(); r = PdfReader(tmp("023_plain.pdf"))
        for pg in r.pages:
            w.add_page(pg)
        w.encrypt(user_password="Etx-2026!", owner_password="owner-lock-77", algorithm="RC4-128")
        with open(out, "wb") as f:
            w.write(f)
    elif i == 24:
        open(out, "wb").write(random.Random(24).randbytes(18731))
    return out


def truth_row(p):
    row = {"file": fname(p), "layout": p["layout"]}
    if p["kind"] == "damaged":
        row["error"] = True
        return row
    t = PAGE1_TRUTH if p["id"] == 18 else p["truth"]
    for k in KEYS:
        row[k] = t[k]
    if p["kind"] == "scan":
        row["needs_ocr"] = True
    return row


if __name__ == "__main__":
    only = set(int(a) for a in sys.argv[1:])
    for p in people.P:
        if only and p["id"] not in only:
            continue
        print("building", fname(p), flush=True)
        build_one(p)
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for p in people.P:
            f.write(json.dumps(truth_row(p), ensure_ascii=False) + "\n")
