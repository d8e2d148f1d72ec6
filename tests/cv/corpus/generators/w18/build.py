"""Builds /work/blind/w18/files and truth.jsonl."""
import copy
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from data import APPLICANTS  # noqa: E402
import render as R  # noqa: E402
from usce import months_union  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "files")
TMP = tempfile.mkdtemp(prefix="w18_")

COORD_NYC = dict(name="Jennifer Alvarez", title="IMG Rotations Coordinator", org="Brooklyn Medical Rotations LLC",
                 addr="1 Metrotech Center, Brooklyn, NY 11201", email="rotations@bklynmedrotations.com",
                 phone="+1 (718) 555-0123", salutation="Ms. Alvarez", cc="Dr. Lisa Romano (lisa.romano@tuhs.temple.edu)")
COORD_MI = dict(name="Mark Peterson", title="Program Coordinator, Visiting Physicians", org="Beaumont Health",
                addr="3601 W 13 Mile Rd, Royal Oak, MI 48073", email="visiting.physicians@beaumont.org",
                phone="(248) 555-0161", salutation="Mr. Peterson", cc="my research mentor Dr. Justin Dimick (jdimick@med.umich.edu)")
COORD_GA = dict(name="Rotations Office", title="Visiting Clinicians Program", org="Piedmont Atlanta Hospital",
                addr="1968 Peachtree Rd NW, Atlanta, GA 30309", email="visiting.clinicians@piedmont.org",
                phone="(404) 555-0142", salutation="Sir/Madam", cc="Dr. Ellen Thompson (ellen.thompson@emory.edu)")
COORD_IL = dict(name="Denise Walker", title="Observership Program Manager", org="Department of Emergency Medicine",
                email="em.observers@cookcountyhhs.org", cc_email="rotations@usclinicals.org", phone="+1 312-555-0177",
                salutation="Ms. Walker")

truth = []


def P(key):
    return copy.deepcopy(APPLICANTS[key])


def add_truth(fname, layout, key, scan=False):
    p = APPLICANTS[key]
    entries = [x["truth"] for x in p["usce"] if x["truth"]]
    t = {"file": fname, "layout": layout, "full_name": p["name"], "email": p["email"], "phone_e164": p["e164"]}
    t.update(p["truth"])
    t["usce_months"] = months_union(entries)
    t["usce_months_clinical"] = months_union([e for e in entries if e["type"] not in ("research", "telehealth")])
    t["usce_entries"] = entries
    if scan:
        t["needs_ocr"] = True
    truth.append(t)


def soffice(src, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(OUT)
    f = lambda n: os.path.join(OUT, n)  # noqa: E731

    # ---- readable
    R.docx_twocol(P("eze"), f("w18_001_docx_twocol.docx")); add_truth("w18_001_docx_twocol.docx", "docx_twocol", "eze")
    m = P("malik")
    m["cover_extra"] = ("I hope to match into Internal Medicine and I have completed an observership at Mount Sinai "
                        "and an externship in Philadelphia.")
    R.docx_cover_cv(m, f("w18_002_docx_cover_cv.docx"), COORD_NYC); add_truth("w18_002_docx_cover_cv.docx", "docx_cover_cv", "malik")
    R.docx_boldhead(P("elsayed"), f("w18_003_docx_boldhead_tabs.docx")); add_truth("w18_003_docx_boldhead_tabs.docx", "docx_boldhead_tabs", "elsayed")
    R.docx_bullets(P("kamau"), f("w18_004_docx_oneline_bullets.docx")); add_truth("w18_004_docx_oneline_bullets.docx", "docx_oneline_bullets", "kamau")
    open(f("w18_005_txt_ascii.txt"), "w", encoding="utf-8").write(R.txt_ascii(P("boateng"), 1))
    add_truth("w18_005_txt_ascii.txt", "txt_ascii", "boateng")
    open(f("w18_006_txt_pdf_export.txt"), "w", encoding="utf-8").write(R.txt_pdfwrap(P("shrestha")))
    add_truth("w18_006_txt_pdf_export.txt", "txt_pdf_export", "shrestha")
    R.odt_plain(P("alemu"), f("w18_007_odt_plain.odt")); add_truth("w18_007_odt_plain.odt", "odt_plain", "alemu")
    R.odt_plain(P("elhassan"), f("w18_008_odt_contact_table.odt"), contacts_in_table=True)
    add_truth("w18_008_odt_contact_table.odt", "odt_contact_table", "elhassan")

    # LibreOffice PDFs
    R.docx_twocol(P("almusawi"), os.path.join(TMP, "w18_009_pdf_lo_twocol.docx"))
    a = P("alhakimi")
    a["cover_extra"] = ("After two years of surgical outcomes research at Michigan Medicine I am applying to General Surgery "
                        "residency and would value an observership in your department.")
    R.docx_cover_cv(a, os.path.join(TMP, "w18_010_pdf_lo_cover_cv.docx"), COORD_MI)
    R.odt_plain(P("mugisha"), os.path.join(TMP, "w18_011_pdf_lo_odt.odt"))
    R.docx_table(P("tariq"), os.path.join(TMP, "w18_016_pdf_lo_table.docx"))
    for n in ["w18_009_pdf_lo_twocol.docx", "w18_010_pdf_lo_cover_cv.docx", "w18_011_pdf_lo_odt.odt", "w18_016_pdf_lo_table.docx"]:
        pdf = soffice(os.path.join(TMP, n), TMP)
        shutil.copy(pdf, f(os.path.basename(pdf)))
    add_truth("w18_009_pdf_lo_twocol.pdf", "pdf_lo_twocol", "almusawi")
    add_truth("w18_010_pdf_lo_cover_cv.pdf", "pdf_lo_cover_cv", "alhakimi")
    add_truth("w18_011_pdf_lo_odt.pdf", "pdf_lo_odt", "mugisha")

    # Chromium e-mail
    hp = os.path.join(TMP, "mail.html")
    open(hp, "w", encoding="utf-8").write(R.html_email(P("elmabrouk"), COORD_IL))
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={f('w18_012_pdf_chromium_email.pdf')}", "file://" + hp],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    add_truth("w18_012_pdf_chromium_email.pdf", "pdf_chromium_email", "elmabrouk")

    R.docx_header_contacts(P("hakimi"), f("w18_013_docx_header_footer.docx"))
    add_truth("w18_013_docx_header_footer.docx", "docx_header_footer", "hakimi")
    open(f("w18_014_txt_ascii_burmese.txt"), "w", encoding="utf-8").write(R.txt_ascii(P("aung"), 2))
    add_truth("w18_014_txt_ascii_burmese.txt", "txt_ascii_burmese", "aung")
    R.odt_plain(P("lestari"), f("w18_015_odt_sidebar.odt"), sidebar=True)
    add_truth("w18_015_odt_sidebar.odt", "odt_sidebar", "lestari")
    add_truth("w18_016_pdf_lo_table.pdf", "pdf_lo_table", "tariq")

    # ---- scans
    import scans
    R.docx_bullets(P("abdullahi"), os.path.join(TMP, "s17.docx"))
    R.odt_plain(P("ochieng"), os.path.join(TMP, "s18.odt"))
    R.docx_boldhead(P("elshazly"), os.path.join(TMP, "s19.docx"))
    R.docx_table(P("mensah"), os.path.join(TMP, "s20.docx"))
    g = P("gebremariam")
    g["cover_extra"] = ("After a year as a research scholar at Emory I completed an Internal Medicine observership at Grady "
                        "and I am applying for hands-on Internal Medicine rotations.")
    R.docx_cover_cv(g, os.path.join(TMP, "s21.docx"), COORD_GA)
    pdfs = {k: soffice(os.path.join(TMP, k + ext), TMP) for k, ext in
            [("s17", ".docx"), ("s18", ".odt"), ("s19", ".docx"), ("s20", ".docx"), ("s21", ".docx")]}
    scans.scan_pdf(pdfs["s17"], f("w18_017_scan_rotated_noise.pdf"), TMP, mode="rotnoise", seed=17)
    add_truth("w18_017_scan_rotated_noise.pdf", "scan_rotated_noise", "abdullahi", scan=True)
    scans.phone_photo(pdfs["s18"], f("w18_018_scan_phone_photo.jpg"), TMP, seed=18)
    add_truth("w18_018_scan_phone_photo.jpg", "scan_phone_photo", "ochieng", scan=True)
    scans.png_blur(pdfs["s19"], f("w18_019_scan_blur.png"), TMP, seed=19)
    add_truth("w18_019_scan_blur.png", "scan_blur", "elshazly", scan=True)
    scans.scan_pdf(pdfs["s20"], f("w18_020_scan_lowcontrast.pdf"), TMP, mode="lowcontrast", seed=20)
    add_truth("w18_020_scan_lowcontrast.pdf", "scan_lowcontrast", "mensah", scan=True)
    scans.scan_pdf(pdfs["s21"], f("w18_021_scan_multipage.pdf"), TMP, mode="rotnoise", seed=21, dpi=110)
    add_truth("w18_021_scan_multipage.pdf", "scan_multipage", "gebremariam", scan=True)

    # ---- damaged
    src = open(f("w18_009_pdf_lo_twocol.pdf"), "rb").read()
    open(f("w18_022_damaged_truncated.pdf"), "wb").write(src[: len(src) * 2 // 5])
    truth.append({"file": "w18_022_damaged_truncated.pdf", "layout": "damaged_truncated", "error": True})
    from pypdf import PdfReader, PdfWriter
    w = PdfWriter(clone_from=PdfReader(f("w18_016_pdf_lo_table.pdf")))
    w.encrypt(user_password="Usman2024!", owner_password="owner-w18", algorithm="RC4-128")
    with open(f("w18_023_damaged_encrypted.pdf"), "wb") as fh:
        w.write(fh)
    truth.append({"file": "w18_023_damaged_encrypted.pdf", "layout": "damaged_encrypted", "error": True})
    rnd = random.Random(24)
    open(f("w18_024_damaged_random.docx"), "wb").write(bytes(rnd.getrandbits(8) for _ in range(23117)))
    truth.append({"file": "w18_024_damaged_random.docx", "layout": "damaged_random_bytes", "error": True})

    truth.sort(key=lambda t: t["file"])
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for t in truth:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)
    print("built", len(truth), "files")


if __name__ == "__main__":
    main()
