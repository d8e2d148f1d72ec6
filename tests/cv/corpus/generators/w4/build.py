# -*- coding: utf-8 -*-
"""Build all text documents (and the intermediate PDFs for scans). Run with /work/main/.venv/bin/python."""
import os, sys, subprocess, shutil, json
sys.path.insert(0, os.path.dirname(__file__))
from persons import P
from common import truth
import render_docx, render_html

ROOT = "/work/blind/w4"
FILES = f"{ROOT}/files"; BUILD = f"{ROOT}/build"
os.makedirs(FILES, exist_ok=True); os.makedirs(BUILD, exist_ok=True)
LO = ["soffice", f"-env:UserInstallation=file://{BUILD}/lo_profile", "--headless"]

def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        print("FAIL", cmd, r.stdout, r.stderr); raise SystemExit(1)
    return r

def lo_convert(src, fmt, outdir, infilter=None):
    cmd = list(LO)
    if infilter: cmd.append(f"--infilter={infilter}")
    run(cmd + ["--convert-to", fmt, "--outdir", outdir, src])

def chrome_pdf(html_path, pdf_path):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={BUILD}/chrome_profile",
         f"--print-to-pdf={pdf_path}", "--no-pdf-header-footer", "file://" + html_path])

SKILLS = {
    "p21": [("Chemotherapy protocols", 85), ("Bone marrow aspiration", 70), ("Epic EMR", 65), ("Research / SPSS", 75)],
    "p22": [("Psychiatric interview", 90), ("CBT techniques", 70), ("Crisis management", 75), ("Epic EMR", 60)],
    "p23": [("Inpatient medicine", 85), ("Point-of-care US", 60), ("Cerner / Epic", 70), ("Evidence-based medicine", 80)],
    "p37": [("Neonatal resuscitation (NRP)", 85), ("IV cannulation", 90), ("Child growth monitoring", 80), ("EMR", 60)],
}
EXTRAS = {
    "p24": [("Operative Experience", ["Laparoscopic cholecystectomy — 64 cases (primary surgeon 41)", "Appendectomy (open/laparoscopic) — 52 cases",
             "Inguinal and ventral hernia repair — 48 cases", "Exploratory laparotomy for trauma — 19 cases"]),
            ("Presentations", ["Oral presentation, Egyptian Society of Surgeons Annual Meeting, Cairo, 2021",
             "Grand Rounds, NYU Department of Surgery: 'Frailty in emergency general surgery', 2023"]),
            ("Certifications", ["ATLS (American College of Surgeons), 2022", "BLS/ACLS (AHA), valid through 2026"]),
            ("Teaching", ["Clinical tutor for 4th-year students, Alexandria Faculty of Medicine, 2019–2022"])],
    "p25": [("Leadership & Service", ["President, Ross University Family Medicine Interest Group (2024)", "Volunteer, Hidalgo County free clinic (2019–2023)",
             "Peer tutor, Biochemistry and Physiology (2024)"]),
            ("Skills", ["Bilingual patient interviews (Spanish/English)", "Epic EMR (student access)", "BLS / ACLS certified"]),
            ("Honors", ["Dean's List, Basic Sciences (4 semesters)", "UTRGV Magna Cum Laude (2023)"])],
    "p26": [("Teaching Experience", ["Clinical tutor, Dow Medical College (2017–2020)", "Workshop facilitator: insulin initiation for GPs (2019)"]),
            ("Conferences & Posters", ["Poster: Hyperthyroidism in pregnancy, ENDO 2022, Atlanta", "Poster: DKA protocols, AACE 2023, Seattle"]),
            ("Certifications", ["BLS / ACLS — American Heart Association", "Certified Diabetes Care course (IDF), 2020"]),
            ("Professional Memberships", ["Endocrine Society (Associate member)", "American College of Physicians (IMG member)"])],
    "p38": [("Research Skills", ["R, SAS and STATA; survival analysis", "REDCap database design", "Systematic reviews and meta-analysis"]),
            ("Presentations", ["ASN Kidney Week 2022 — poster", "ASN Kidney Week 2023 — oral abstract"]),
            ("Certifications", ["BLS / ACLS", "CITI Human Subjects Research"])],
    "p39": [("Wartime Medical Service", ["Volunteer anaesthesia provider, Kharkiv field hospital, Mar–Jun 2022",
             "Trained 60 civilian volunteers in tourniquet use and basic airway management"]),
            ("Skills", ["Regional anesthesia (US-guided blocks)", "Airway management incl. video laryngoscopy", "Central venous access"]),
            ("Certifications", ["BLS / ACLS (AHA)", "ATLS provider (2023)"]),
            ("Interests", ["Mountain hiking, chess, amateur photography"])],
}

def build_one(num, pid, layout, ext, scan=False):
    p = P[pid]
    base = f"w4_{num:03d}_{layout}"
    work = f"{BUILD}/{base}"; os.makedirs(work, exist_ok=True)
    outdir = work if scan else FILES
    target = f"{outdir}/{base}.{ext}"
    if layout in ("europass", "gdocs"):
        dx = f"{work}/{base}.docx"
        long = pid in ("p33", "p43")
        (render_docx.europass if layout == "europass" else render_docx.gdocs)(p, dx, long=long)
        if ext == "docx": shutil.copy(dx, target)
        else:
            lo_convert(dx, "pdf", work); shutil.copy(f"{work}/{base}.pdf", target) if work != outdir else None
    elif layout == "lohtml":
        h = f"{work}/{base}.html"; open(h, "w").write(render_html.lo_html(p))
        if ext == "docx":
            lo_convert(h, 'docx:MS Word 2007 XML', work, "HTML (StarWriter)")
        else:
            lo_convert(h, "pdf:writer_pdf_Export", work, "HTML (StarWriter)")
        if work != outdir: shutil.copy(f"{work}/{base}.{ext}", target)
    elif layout in ("timeline", "band", "sidebar", "twopage"):
        h = f"{work}/{base}.html"
        html = {"timeline": lambda: render_html.timeline(p), "band": lambda: render_html.band(p),
                "sidebar": lambda: render_html.sidebar(p, SKILLS.get(pid, [("Clinical skills", 80)])),
                "twopage": lambda: render_html.twopage(p, EXTRAS.get(pid, []))}[layout]()
        open(h, "w").write(html); chrome_pdf(h, target)
    elif layout == "pandoc":
        md = f"{work}/{base}.md"; open(md, "w").write(render_html.markdown(p))
        css = f"{work}/style.css"; open(css, "w").write(render_html.PANDOC_CSS)
        h = f"{work}/{base}.html"
        run(["pandoc", md, "-f", "markdown", "-t", "html5", "-s", "--css", "style.css", "--metadata", f"pagetitle=CV - {p['name']}", "-o", h])
        chrome_pdf(h, target)
    elif layout == "plaintext":
        txt = render_html.plaintext(p, width=70 if pid != "p31" else 64, bullet="•" if pid != "p32" else "▪")
        if pid == "p30":
            txt = "Dear Program Coordinator,\n\nPlease find my CV pasted below for the observership application.\n\nRegards,\nBilal\n\n-----\n\n" + txt
        if pid == "p32":
            txt = "---------- Forwarded message ---------\nSubject: CV – Rafael Lima Nascimento – Cardiology externship\n\n" + txt
        t = f"{work}/{base}.txt"; open(t, "w").write(txt)
        if ext == "txt": shutil.copy(t, target)
        else:
            lo_convert(t, "pdf", work)
            if work != outdir: shutil.copy(f"{work}/{base}.pdf", target)
    return target

PLAN = [  # num, pid, layout, ext
    (1, "p01", "europass", "pdf"), (2, "p02", "europass", "docx"), (3, "p03", "europass", "pdf"), (4, "p04", "europass", "pdf"), (5, "p05", "europass", "pdf"),
    (6, "p06", "gdocs", "docx"), (7, "p07", "gdocs", "docx"), (8, "p08", "gdocs", "docx"), (9, "p09", "gdocs", "docx"), (10, "p10", "gdocs", "pdf"),
    (11, "p11", "lohtml", "docx"), (12, "p12", "lohtml", "pdf"), (13, "p13", "lohtml", "docx"), (14, "p14", "lohtml", "pdf"),
    (15, "p15", "timeline", "pdf"), (16, "p16", "timeline", "pdf"), (17, "p17", "timeline", "pdf"),
    (18, "p18", "band", "pdf"), (19, "p19", "band", "pdf"), (20, "p20", "band", "pdf"),
    (21, "p21", "sidebar", "pdf"), (22, "p22", "sidebar", "pdf"), (23, "p23", "sidebar", "pdf"),
    (24, "p24", "twopage", "pdf"), (25, "p25", "twopage", "pdf"), (26, "p26", "twopage", "pdf"),
    (27, "p27", "pandoc", "pdf"), (28, "p28", "pandoc", "pdf"), (29, "p29", "pandoc", "pdf"),
    (30, "p30", "plaintext", "txt"), (31, "p31", "plaintext", "txt"), (32, "p32", "plaintext", "txt"),
]
SCAN_PLAN = [  # num, pid, source layout, degradation profile
    (33, "p33", "europass", "phone_colour"), (34, "p34", "gdocs", "scanner_grey"), (35, "p35", "timeline", "phone_colour"),
    (36, "p36", "band", "scanner_grey_lowq"), (37, "p37", "sidebar", "scanner_colour"), (38, "p38", "twopage", "scanner_grey"),
    (39, "p39", "twopage", "phone_colour"), (40, "p40", "pandoc", "fax"), (41, "p41", "lohtml", "scanner_grey_lowq"),
    (42, "p42", "plaintext", "phone_colour"), (43, "p43", "gdocs", "scanner_grey"),
]
LAYOUT_DESC = {"europass": "Europass-style DOCX (label column table)", "gdocs": "Google-Docs-like DOCX, contacts only in page header",
    "lohtml": "HTML converted by LibreOffice", "timeline": "Chromium timeline (dots, dates right)", "band": "Chromium header band with SVG icons",
    "sidebar": "Chromium coloured right sidebar, skill bars", "twopage": "Chromium two-page, name/page numbers in margin boxes",
    "pandoc": "Markdown -> pandoc HTML -> Chromium", "plaintext": "plain-text CV pasted into email"}

if __name__ == "__main__":
    only = set(sys.argv[1:])
    for num, pid, layout, ext in PLAN:
        if only and pid not in only: continue
        print(build_one(num, pid, layout, ext))
    for num, pid, layout, prof in SCAN_PLAN:
        if only and pid not in only: continue
        print(build_one(num, pid, layout, "pdf", scan=True))
