# -*- coding: utf-8 -*-
"""Build all w27 files + truth.jsonl. Run via build.sh (uses the folder's venv)."""
import io, json, os, random, shutil, subprocess, sys, tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = ROOT / "files"
sys.path.insert(0, str(HERE))
from people import PEOPLE, DAMAGED
import render_html as RH
import render_office as RO

WRITER = "w27"
TMP = Path(tempfile.mkdtemp(prefix="w27build_"))


def fname(p):
    return f"{WRITER}_{p['n']}_{p['layout']}.{p['ext']}"


def chromium_pdf(html, out):
    src = TMP / (Path(out).stem + ".html")
    src.write_text(html, encoding="utf-8")
    cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
           "--run-all-compositor-stages-before-draw", f"--print-to-pdf={out}", src.as_uri()]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    assert Path(out).exists() and Path(out).stat().st_size > 1000, out


def soffice_convert(src, fmt, outdir):
    prof = TMP / "lo_profile"
    subprocess.run(["soffice", f"-env:UserInstallation={prof.as_uri()}", "--headless", "--convert-to", fmt,
                    "--outdir", str(outdir), str(src)], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def months(entries):
    s = set()
    for e in entries:
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)


def truth_row(p, scan=False):
    t = dict(file=fname(p), layout=p["layout"])
    tr = dict(p["truth"])
    ents = tr.pop("usce_entries")
    t.update(tr)
    t["usce_months"] = months(ents)
    t["usce_months_clinical"] = months([e for e in ents if e["type"] not in ("research", "telehealth")])
    t["usce_entries"] = ents
    if scan:
        t["needs_ocr"] = True
    return t


# ------------------------------------------------------------------ scans
def degrade(img, sc, seed):
    from PIL import Image, ImageFilter, ImageEnhance
    import numpy as np
    rnd = random.Random(seed)
    img = img.convert("L" if sc.get("gray") else "RGB")
    # paper tint
    if not sc.get("gray"):
        tint = Image.new("RGB", img.size, (246, 243, 232))
        img = Image.blend(img, tint, 0.12)
    img = ImageEnhance.Contrast(img).enhance(sc["contrast"])
    img = img.rotate(sc["angle"], resample=Image.BICUBIC, expand=True, fillcolor=(200, 200, 196) if img.mode == "RGB" else 200)
    img = img.filter(ImageFilter.GaussianBlur(sc["blur"]))
    arr = np.asarray(img).astype("int16")
    noise = np.random.default_rng(seed).normal(0, sc["noise"], arr.shape)
    arr = np.clip(arr + noise, 0, 255).astype("uint8")
    img = Image.fromarray(arr)
    # uneven lighting for the phone photo
    if sc["kind"] == "jpg":
        w, hgt = img.size
        grad = Image.linear_gradient("L").resize((w, hgt)).rotate(90, expand=False)
        shade = Image.merge("RGB", [grad] * 3) if img.mode == "RGB" else grad
        img = Image.blend(img, Image.composite(img, shade, Image.new("L", (w, hgt), 200)), 0.25)
    return img


def make_scan(p, out):
    from PIL import Image
    sc = p["scan"]
    pdf = TMP / f"scan_src_{p['n']}.pdf"
    if sc["design"] == "docx":
        d = TMP / f"scan_src_{p['n']}.docx"; RO.docx_simple(p, d); soffice_convert(d, "pdf", TMP)
        pdf = TMP / f"scan_src_{p['n']}.pdf"
    else:
        chromium_pdf(RH.DESIGNS[sc["design"]](p), pdf)
    dpi = 170 if sc["kind"] == "jpg" else 200
    prefix = TMP / f"pg_{p['n']}"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
    pages = sorted(TMP.glob(f"pg_{p['n']}*.png"))
    imgs = [degrade(Image.open(x), sc, int(p["n"]) * 7 + i) for i, x in enumerate(pages)]
    if sc["kind"] == "pdf":
        imgs = [im.convert("RGB") for im in imgs]
        imgs[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=imgs[1:])
    elif sc["kind"] == "jpg":
        imgs[0].convert("RGB").save(out, "JPEG", quality=68)
    else:  # flatbed scan saved as PNG; 256-colour palette keeps the noisy image a realistic size
        im = imgs[0] if imgs[0].mode == "L" else imgs[0].convert("RGB").quantize(colors=256)
        im.save(out, "PNG", optimize=True)


# ------------------------------------------------------------------ main
def build_one(p):
    out = OUT / fname(p)
    lay = p["layout"]
    if "scan" in p:
        make_scan(p, out)
        return truth_row(p, scan=True)
    if lay.startswith("html_"):
        chromium_pdf(RH.DESIGNS[lay[5:]](p), out)
    elif lay == "docx_table":
        RO.docx_table(p, out)
    elif lay == "docx_headerfooter":
        RO.docx_headerfooter(p, out)
    elif lay == "odt_plain":
        RO.odt_plain(p, out)
    elif lay == "odt_sidebar":
        RO.odt_sidebar(p, out)
    elif lay == "lo_docx2pdf":
        src = TMP / (out.stem + ".docx"); RO.docx_simple(p, src); soffice_convert(src, "pdf", TMP)
        shutil.move(str(TMP / (out.stem + ".pdf")), out)
    elif lay == "lo_rtf":
        src = TMP / (out.stem + ".odt"); RO.odt_for_rtf(p, src); soffice_convert(src, "rtf", TMP)
        shutil.move(str(TMP / (out.stem + ".rtf")), out)
    elif lay == "txt_plain":
        RO.txt_plain(p, out)
    else:
        raise ValueError(lay)
    return truth_row(p)


def build_damaged():
    rows = []
    by = {p["n"]: p for p in PEOPLE}
    # 022: a real Chromium CV (cards design, a different applicant) cut at 45%
    d = DAMAGED[0]
    full = TMP / "dmg_full.pdf"
    q = dict(by["009"]); q.update(name="Tamar Kapanadze", native="თამარ კაპანაძე", email="tamar.kapanadze@gmail.com")
    chromium_pdf(RH.d_cards(q), full)
    data = full.read_bytes()
    (OUT / f"{WRITER}_{d['n']}_{d['layout']}.{d['ext']}").write_bytes(data[: int(len(data) * 0.45)])
    # 023: reportlab CV encrypted with a user password
    d = DAMAGED[1]
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib import pdfencrypt
    enc = pdfencrypt.StandardEncryption("Cv2025!", ownerPassword="owner-w27", canPrint=0, canCopy=0, strength=128)
    c = canvas.Canvas(str(OUT / f"{WRITER}_{d['n']}_{d['layout']}.{d['ext']}"), pagesize=A4, encrypt=enc)
    y = 800
    for line in ["Yusuf Hamdan, MD", "Amman, Jordan | +962 77 901 2345 | yusuf.hamdan.md@gmail.com",
                 "Jordan University of Science and Technology, MD 2021", "USMLE Step 1: Pass; Step 2 CK: 243",
                 "Observership, Internal Medicine, Cleveland Clinic, Cleveland, 04/2024 - 06/2024"]:
        c.drawString(60, y, line); y -= 18
    c.save()
    # 024: random bytes with a .docx name
    d = DAMAGED[2]
    rnd = random.Random(2427)
    (OUT / f"{WRITER}_{d['n']}_{d['layout']}.{d['ext']}").write_bytes(bytes(rnd.getrandbits(8) for _ in range(18_000)))
    for d in DAMAGED:
        rows.append(dict(file=f"{WRITER}_{d['n']}_{d['layout']}.{d['ext']}", layout=d["layout"], error=True))
    return rows


def main():
    OUT.mkdir(exist_ok=True)
    only = set(sys.argv[1:])
    if not only:
        for f in OUT.iterdir():
            f.unlink()
    rows = []
    for p in PEOPLE:
        if only and p["n"] not in only:
            continue
        print("building", fname(p), flush=True)
        rows.append(build_one(p))
    if not only:
        rows += build_damaged()
    with open(ROOT / "truth.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)
    print("done:", len(rows), "rows")


if __name__ == "__main__":
    main()
