# -*- coding: utf-8 -*-
"""Builds every file of writer w76 into ../files and writes ../truth.jsonl."""
import os, sys, json, shutil, subprocess, random, tempfile, glob
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)
FILES = os.path.join(ROOT, "files")
TMP = tempfile.mkdtemp(prefix="w76_")
from people import P, DAMAGED
import r_docx, r_html, r_pdf, r_text

W = "w76"
def fname(pid):
    if pid in P: return f"{W}_{pid}_{P[pid]['layout']}.{P[pid]['ext']}"
    lay, ext = DAMAGED[pid]; return f"{W}_{pid}_{lay}.{ext}"
def out(pid): return os.path.join(FILES, fname(pid))


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=240, **kw)
    if r.returncode != 0:
        print("CMD FAILED", cmd, r.stdout, r.stderr); raise SystemExit(1)
    return r


def chromium_pdf(html, dst):
    src = os.path.join(TMP, os.path.basename(dst) + ".html")
    open(src, "w", encoding="utf-8").write(html)
    prof = os.path.join(TMP, "chrome-profile")
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", f"--user-data-dir={prof}",
         "--no-pdf-header-footer", f"--print-to-pdf={dst}", "file://" + src])


def soffice(src, fmt, outdir, infilter=None):
    cmd = ["soffice", f"-env:UserInstallation=file://{TMP}/lo-profile", "--headless"]
    if infilter: cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", fmt, "--outdir", outdir, src]
    run(cmd)


def months(entries):
    s = set()
    for e in entries:
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)


def truth_line(pid):
    p = P[pid]; t = dict(p["truth"])
    d = {"file": fname(pid), "layout": p["layout"]}
    for k in ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
              "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties",
              "languages", "publications"]:
        d[k] = t[k]
    d["usce_months"] = months(t["usce_entries"])
    d["usce_months_clinical"] = months([e for e in t["usce_entries"] if e["type"] in ("hands_on", "observership")])
    d["usce_entries"] = t["usce_entries"]
    if p.get("scan"): d["needs_ocr"] = True
    return d


# ---------------------------------------------------------------- scans
def degrade(png_in, dst, angle, extra):
    """ImageMagick: rotate slightly, blur, add noise, reduce contrast -> photo/scan look."""
    cmd = ["convert", png_in, "-background", "white", "-rotate", str(angle)] + extra + ["-strip"]
    run(cmd + [dst])


def make_scan(pid):
    p = P[pid]
    master = os.path.join(TMP, f"{pid}_master.pdf")
    r_pdf.rl_scan_master(p, master)
    run(["pdftoppm", "-r", "110", "-png", "-f", "1", "-l", "1", master, os.path.join(TMP, f"{pid}_pg")])
    pg = sorted(glob.glob(os.path.join(TMP, f"{pid}_pg*.png")))[0]
    dst = out(pid)
    if pid == "017":   # phone photo of a printed page: warm tint, noise, slight blur, jpeg-ish
        degrade(pg, dst, 1.3, ["-blur", "0x0.6", "-attenuate", "0.35", "+noise", "Gaussian",
                               "-fill", "#f3e7cf", "-colorize", "12%", "-colorspace", "sRGB", "-depth", "8"])
    elif pid == "019":
        degrade(pg, dst, -0.8, ["-blur", "0x0.7", "-attenuate", "0.25", "+noise", "Gaussian", "-quality", "62"])
    elif pid == "021":  # low contrast, blurred grey
        degrade(pg, dst, 0.6, ["-blur", "0x0.9", "+level", "25%,85%", "-attenuate", "0.3", "+noise", "Gaussian",
                               "-colorspace", "Gray", "-depth", "8"])
    else:              # image-only PDFs (018 scanner grey, 020 low contrast)
        tmp = os.path.join(TMP, f"{pid}_deg.png")
        if pid == "018":
            degrade(pg, tmp, -1.6, ["-blur", "0x0.5", "-attenuate", "0.3", "+noise", "Gaussian", "-colorspace", "Gray"])
        else:
            degrade(pg, tmp, 0.9, ["-blur", "0x0.8", "+level", "30%,90%", "-attenuate", "0.2", "+noise", "Impulse",
                                   "-colorspace", "Gray"])
        from PIL import Image
        Image.open(tmp).convert("L").save(dst, "PDF", resolution=110.0)


# ---------------------------------------------------------------- damaged
def make_damaged():
    random.seed(7622)
    # 022: a complete reportlab CV, then cut at 45 % (no xref / trailer)
    full = os.path.join(TMP, "022_full.pdf")
    r_pdf.rl_timeline(P["003"] | {"display_name": "GOH SIEW LING (Cheryl)",
                                  "contacts": [("Tel", "Tel", "+60 16-220 8812"), ("Mail", "Email", "cheryl.goh.sl@gmail.com"),
                                               ("Addr", "Address", "Penang, Malaysia")]}, full)
    data = open(full, "rb").read()
    open(out("022"), "wb").write(data[: int(len(data) * 0.45)])
    # 023: user-password encrypted PDF (pypdf, RC4-128; no cryptography module needed)
    from pypdf import PdfReader, PdfWriter
    src = os.path.join(TMP, "023_plain.pdf")
    r_pdf.rl_student(P["012"] | {"display_name": "Patricia Anne L. Ramos",
                                 "contacts": [("", "Mobile", "+63 917 555 0123"), ("", "Email", "pat.ramos@gmail.com"), ("", "Address", "Iloilo City")]}, src)
    w = PdfWriter(clone_from=PdfReader(src))
    w.encrypt(user_password="Ramos2026!", owner_password="owner-w76-023", algorithm="RC4-128")
    with open(out("023"), "wb") as f: w.write(f)
    # 024: random bytes under a .docx name (does not start with PK)
    b = bytearray(random.randbytes(48_000)); b[0:2] = b"\x8f\x1c"
    open(out("024"), "wb").write(bytes(b))


def main():
    os.makedirs(FILES, exist_ok=True)
    for f in glob.glob(os.path.join(FILES, "*")): os.remove(f)
    # docx family
    r_docx.docx_twocol(P["001"], out("001"))
    r_docx.docx_footer(P["009"], out("009"))
    r_docx.docx_textbox(P["011"], out("011"))
    d7 = os.path.join(TMP, "w76_007.docx"); r_docx.docx_header(P["007"], d7)
    soffice(d7, "pdf", TMP); shutil.move(os.path.join(TMP, "w76_007.pdf"), out("007"))
    d16 = os.path.join(TMP, "w76_016.docx"); r_docx.docx_for_rtf(P["016"], d16)
    soffice(d16, "rtf", TMP); shutil.move(os.path.join(TMP, "w76_016.rtf"), out("016"))
    h14 = os.path.join(TMP, "w76_014.html"); open(h14, "w", encoding="utf-8").write(r_html.for_soffice(P["014"]))
    soffice(h14, "docx:MS Word 2007 XML", TMP, infilter="HTML (StarWriter)")
    shutil.move(os.path.join(TMP, "w76_014.docx"), out("014"))
    # chromium
    chromium_pdf(r_html.sidebar(P["002"]), out("002"))
    chromium_pdf(r_html.rotation_table(P["010"]), out("010"))
    chromium_pdf(r_html.timeline(P["015"]), out("015"))
    # reportlab / fpdf2
    r_pdf.rl_timeline(P["003"], out("003"))
    r_pdf.rl_student(P["012"], out("012"))
    r_pdf.fpdf_classic(P["004"], out("004"))
    r_pdf.fpdf_twocol(P["013"], out("013"))
    # odt, txt, rtf
    r_text.odt(P["005"], out("005"))
    r_text.txt(P["006"], out("006"))
    r_text.rtf(P["008"], out("008"))
    for pid in ["017", "018", "019", "020", "021"]:
        make_scan(pid)
    make_damaged()
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for pid in sorted(list(P) + list(DAMAGED)):
            if pid in P: d = truth_line(pid)
            else: d = {"file": fname(pid), "layout": DAMAGED[pid][0], "error": True}
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)
    print("built", len(os.listdir(FILES)), "files")


if __name__ == "__main__":
    main()
