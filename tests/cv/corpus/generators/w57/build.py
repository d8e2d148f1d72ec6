# -*- coding: utf-8 -*-
"""Builds files/ and truth.jsonl for writer w57. Run via build.sh."""
import os, sys, json, subprocess, shutil, random, tempfile
sys.path.insert(0, os.path.dirname(__file__))
import data, render_html as H, render_docx as D
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
OUT = os.path.join(ROOT, "files"); TMP = tempfile.mkdtemp(prefix="w57_")
random.seed(57)

HTML_KIND = {1: "two_column", 2: "sidebar", 3: "timeline", 4: "cards", 11: "timeline", 13: "grid",
             17: "sidebar", 18: "two_column", 19: "cards", 20: "timeline", 21: "grid"}
DOCX_STYLE = {5: ("header_table", "docx"), 6: ("twocol_footer", "docx"), 7: ("sidebar_table", "odt"),
              8: ("word_template", "rtf"), 9: ("section_cols", "odt"), 12: ("sidebar_table", "pdf"),
              14: ("textbox_header", "odt"), 15: ("header_table", "rtf"), 16: ("textbox", "docx")}
EXT = {"pdf": "pdf", "scan_pdf": "pdf", "scan_png": "png", "scan_jpg": "jpg", "docx": "docx", "odt": "odt", "rtf": "rtf", "txt": "txt", "pdf_from_docx": "pdf"}

def months(entries, clinical_only=False):
    s = set()
    for e in entries:
        if clinical_only and e['type'] in ("research", "telehealth"): continue
        y, m = map(int, e['start'].split('-')); y2, m2 = map(int, e['end'].split('-'))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)

def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)

def txt_cv(r):
    L = []
    L.append(r['name'].upper() + ", " + r['post']); L.append("=" * 72)
    L.append(r['interest']); L.append("")
    L.append("EDUCATION"); L.append("  " + r['degree_line']); L.append("")
    L.append("US CLINICAL EXPERIENCE")
    L.append("  %-22s %-13s %s" % ("Dates", "Type", "Rotation @ Site"))
    for u in r['usce']:
        L.append("  %-22s %-13s %s" % (u['when'], H.TYPE_LABEL[u['type']], u['title']))
        L.append("  %-22s %-13s   @ %s" % ("", "", u['site']))
    L.append(""); L.append("PAKISTAN CLINICAL EXPERIENCE")
    for o in r['other']: L.append(f"  {o['when']:<22} {o['title']} -- {o['site']}")
    L.append(""); L.append("EXAMS")
    for e in r['exams'] + [r['ecfmg_line']]: L.append("  - " + e)
    L.append(""); L.append("PUBLICATIONS")
    for p in r['pub_lines']: L.append("  - " + p)
    L.append(""); L.append("LANGUAGES: " + " / ".join(r['lang_disp']))
    L.append(r['visa_line'] + "   |   " + "; ".join(r['misc']))
    L.append(""); L.append("REFERENCE"); L += ["  " + x for x in r['refs']]
    L.append(""); L.append("-" * 72)
    L.append(f"Contact me: {r['email']}  //  cell {r['phone_disp']}  //  {r['city']}")
    return "\n".join(L) + "\n"

def scan(pdf, out, ext, seed):
    rnd = random.Random(seed)
    base = os.path.join(TMP, f"pg{seed}")
    subprocess.run(["pdftoppm", "-r", "120", "-png", pdf, base], check=True)
    pages = sorted(f for f in os.listdir(TMP) if f.startswith(f"pg{seed}-") or f.startswith(f"pg{seed}-0"))
    imgs = []
    for i, pg in enumerate(pages):
        src = os.path.join(TMP, pg); dst = os.path.join(TMP, f"sc{seed}_{i}.png")
        angle = rnd.choice([-1, 1]) * rnd.uniform(0.5, 2.0)
        subprocess.run(["convert", src, "-colorspace", "Gray", "-background", "white", "-rotate", f"{angle:.2f}",
                        "-attenuate", "0.5", "+noise", "Gaussian", "-blur", f"0x{rnd.uniform(0.4, 0.9):.2f}",
                        "-brightness-contrast", f"{rnd.randint(5, 15)}x-{rnd.randint(20, 35)}", dst], check=True)
        imgs.append(dst)
    from PIL import Image
    if ext == "pdf":
        ims = [Image.open(p).convert("L") for p in imgs]
        ims[0].save(out, "PDF", resolution=120, save_all=True, append_images=ims[1:])
    elif ext == "png":
        assert len(imgs) == 1, "png scan must be one page"
        shutil.copy(imgs[0], out)
    else:
        assert len(imgs) == 1, "jpg scan must be one page"
        Image.open(imgs[0]).convert("L").save(out, "JPEG", quality=62)

def truth(r, fname):
    u = [{k: e[k] for k in ("type", "specialty", "state", "start", "end")} for e in r['usce']]
    t = dict(file=fname, layout=r['layout'], full_name=r['name'], email=r['email'], phone_e164=r['phone'],
             medical_school=r['school'], medical_school_country=r['country'], graduation_year=r['grad'],
             is_student=r['student'], usmle_step1=r['step1'], usmle_step2ck=r['step2ck'], usmle_step3=r['step3'],
             ecfmg_status=r['ecfmg'], specialties=r['specialties'], languages=r['languages'], visa_status=r['visa'],
             publications=r['pubs'], usce_months=months(u), usce_months_clinical=months(u, True), usce_entries=u)
    if r['fmt'].startswith("scan"): t['needs_ocr'] = True
    return t

def main():
    if os.path.isdir(OUT): shutil.rmtree(OUT)
    os.makedirs(OUT)
    lines = []
    for r in data.R:
        n = r['n']; fname = f"w57_{n:03d}_{r['layout']}.{EXT[r['fmt']]}"; out = os.path.join(OUT, fname)
        if n in HTML_KIND:
            h = os.path.join(TMP, f"{n}.html"); pdf = os.path.join(TMP, f"{n}.pdf")
            H.write_html(r, HTML_KIND[n], h, big=r['fmt'].startswith("scan")); H.chromium_pdf(h, pdf)
            if r['fmt'] == "pdf": shutil.copy(pdf, out)
            else: scan(pdf, out, EXT[r['fmt']], n)
        elif n in DOCX_STYLE:
            style, target = DOCX_STYLE[n]
            dx = os.path.join(TMP, f"{os.path.splitext(fname)[0]}.docx"); D.build(r, style, dx)
            if target == "docx": shutil.copy(dx, out)
            else:
                soffice(dx, target, TMP); shutil.copy(os.path.splitext(dx)[0] + "." + target, out)
        elif r['fmt'] == "txt":
            open(out, "w", encoding="utf-8").write(txt_cv(r))
        lines.append(truth(r, fname)); print("built", fname, flush=True)
    # ---- damaged files ----
    src = os.path.join(OUT, "w57_004_html_cards.pdf"); b = open(src, "rb").read()
    f22 = "w57_022_truncated_pdf.pdf"; open(os.path.join(OUT, f22), "wb").write(b[: int(len(b) * 0.42)])
    import pikepdf
    f23 = "w57_023_encrypted_pdf.pdf"
    with pikepdf.open(os.path.join(OUT, "w57_013_html_grid_table.pdf")) as p:
        p.save(os.path.join(OUT, f23), encryption=pikepdf.Encryption(user="cv2025", owner="owner57", R=6))
    f24 = "w57_024_random_bytes.docx"
    open(os.path.join(OUT, f24), "wb").write(random.Random(2024).randbytes(48_000))
    for f, lay in ((f22, "truncated_pdf"), (f23, "encrypted_pdf"), (f24, "random_bytes")):
        lines.append(dict(file=f, layout=lay, error=True))
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for t in lines: fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)
    print("done", len(lines))

if __name__ == "__main__":
    main()
