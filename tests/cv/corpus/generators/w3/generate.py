#!/usr/bin/env python3
"""w3 corpus generator. Deterministic: fixed seeds per file. Run with /work/corpus/w3/.venv/bin/python generate.py"""
import glob
import io
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from people import make_person, truth, error_truth  # noqa: E402
from build import build  # noqa: E402
from render import render_moderncv, render_article, render_fpdf, render_text  # noqa: E402

OUT = os.path.join(HERE, "files")
SEED = 20261203

# (layout, country, force-overrides)  -- situations spread deliberately
PLAN = [
    # latex_moderncv (11)
    ("latex_moderncv", "EG", dict(refs=True, visa="j1")),
    ("latex_moderncv", "IN", dict(refs=True, step1=241, step2=255, ecfmg="certified")),
    ("latex_moderncv", "VN", dict(refs=False)),
    ("latex_moderncv", "PK", dict(refs=True, step1="pass", step2=247)),
    ("latex_moderncv", "GD", dict(student=True, refs=False, step1="pass", n_usce=3)),
    ("latex_moderncv", "RU", dict(refs=True, visa="h1b")),
    ("latex_moderncv", "TR", dict(refs=False, visa="b1b2")),
    ("latex_moderncv", "SY", dict(refs=True, n_usce=4)),
    ("latex_moderncv", "MX", dict(refs=False, visa=None)),
    ("latex_moderncv", "NG", dict(refs=True, step1="fail", step2=None, ecfmg="not_certified")),
    ("latex_moderncv", "CO", dict(refs=False, n_usce=0)),
    # latex_article (8)
    ("latex_article", "BD", dict(refs=True)),
    ("latex_article", "UA", dict(refs=False, visa="j1")),
    ("latex_article", "JO", dict(refs=True, step1=232, step2=244, step3=221, ecfmg="certified", visa="h1b")),
    ("latex_article", "SX", dict(student=True, refs=False, n_usce=2)),
    ("latex_article", "NP", dict(refs=True, n_usce=0, ecfmg="pending")),
    ("latex_article", "BR", dict(refs=False)),
    ("latex_article", "IR", dict(refs=True, visa="j1")),
    ("latex_article", "CN", dict(refs=False, step1=None, step2=None, ecfmg=None, n_usce=1)),
    # fpdf_basic (10)
    ("fpdf_basic", "EG", dict(refs=True, n_usce=3)),
    ("fpdf_basic", "IN", dict(refs=False, student=True)),
    ("fpdf_basic", "PH", dict(refs=True, visa="green_card")),
    ("fpdf_basic", "VN", dict(refs=False)),
    ("fpdf_basic", "SY", dict(refs=False, visa="j1")),
    ("fpdf_basic", "TR", dict(refs=True)),
    ("fpdf_basic", "PK", dict(refs=False, ecfmg="pending", step1="pass", step2=None)),
    ("fpdf_basic", "GD", dict(refs=True, student=False, visa="citizen")),
    ("fpdf_basic", "UA", dict(refs=False)),
    ("fpdf_basic", "CO", dict(refs=True, n_usce=2)),
    # plain_text (8)
    ("plain_text", "IN", dict(refs=True)),
    ("plain_text", "EG", dict(refs=False, step1=None, step2=None, ecfmg=None)),
    ("plain_text", "NG", dict(refs=True, visa="b1b2")),
    ("plain_text", "PK", dict(refs=False, student=True)),
    ("plain_text", "MX", dict(refs=False, n_usce=3)),
    ("plain_text", "BD", dict(refs=True, no_email=False)),
    ("plain_text", "NP", dict(refs=False, visa="j1")),
    ("plain_text", "RU", dict(refs=True, visa="green_card")),
]
SCAN_PLAN = [  # (source renderer, country, force)
    ("fpdf", "EG", dict(refs=True)), ("article", "IN", dict()), ("moderncv", "PK", dict(refs=True)), ("fpdf", "NG", dict()),
    ("article", "VN", dict()), ("moderncv", "TR", dict()), ("fpdf", "GD", dict(student=True)), ("article", "SY", dict(refs=True)),
    ("moderncv", "PH", dict()), ("fpdf", "MX", dict()), ("article", "JO", dict()), ("moderncv", "BD", dict()),
    ("fpdf", "CO", dict(refs=True)), ("article", "IR", dict()), ("moderncv", "UA", dict()),
]
RENDER = {"latex_moderncv": render_moderncv, "latex_article": render_article, "fpdf_basic": render_fpdf,
          "moderncv": render_moderncv, "article": render_article, "fpdf": render_fpdf}


def shorten_for_scan(p):
    # keep scans to one or two pages
    p["nonus"] = p["nonus"][:2]
    p["pubs"] = p["pubs"][:3]
    p["posters"] = p["posters"][:1]
    p["usce"] = p["usce"][:3]
    return p


def scan_pdf(src_pdf, out_pdf, rng, idx):
    d = tempfile.mkdtemp()
    dpi = rng.choice([150, 200, 200, 300])
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", src_pdf, os.path.join(d, "pg")], check=True)
    pages = sorted(glob.glob(os.path.join(d, "pg*.png")))
    jpgs = []
    for i, pg in enumerate(pages):
        ang = rng.choice([-1, 1]) * rng.uniform(0.5, 2.0)
        jpg = os.path.join(d, "s%02d.jpg" % i)
        scale = "100%" if dpi <= 200 else "70%"  # keep size down; still ~210 dpi effective
        cmd = ["convert", pg, "-seed", str(1000 + idx * 10 + i), "-background", "white", "-rotate", "%.2f" % ang,
               "-attenuate", "%.2f" % rng.uniform(0.2, 0.5), "+noise", "Gaussian", "-blur", "0x%.1f" % rng.uniform(0.3, 0.9),
               "-resize", scale, "-colorspace", "Gray", "-quality", str(rng.choice([45, 55, 60])), jpg]
        subprocess.run(cmd, check=True)
        jpgs.append(jpg)
    import img2pdf
    with open(out_pdf, "wb") as f:
        f.write(img2pdf.convert(jpgs, layout_fun=img2pdf.get_fixed_dpi_layout_fun((dpi if scale == "100%" else dpi * 0.7,) * 2)))
    shutil.rmtree(d)


def make_docx_bytes(text_lines):
    import docx
    doc = docx.Document()
    for t in text_lines:
        doc.add_paragraph(t)
    b = io.BytesIO()
    doc.save(b)
    return b.getvalue()


def main():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    rows = []
    n = 0
    people_for_damage = []
    for layout, cc, force in PLAN:
        n += 1
        rng = random.Random(SEED * 1000 + n)
        p = make_person(rng, n, cc, force)
        cv = build(p, rng)
        if layout == "plain_text":
            fn = "w3_%03d_%s.txt" % (n, layout)
            render_text(cv, rng, os.path.join(OUT, fn))
        else:
            fn = "w3_%03d_%s.pdf" % (n, layout)
            RENDER[layout](cv, rng, os.path.join(OUT, fn))
            people_for_damage.append(fn)
        rows.append(truth(p, fn, layout))
        print(fn, flush=True)
    for src, cc, force in SCAN_PLAN:
        n += 1
        rng = random.Random(SEED * 1000 + n)
        p = shorten_for_scan(make_person(rng, n, cc, force))
        cv = build(p, rng)
        fn = "w3_%03d_scan_%s.pdf" % (n, src)
        tmp = tempfile.mktemp(suffix=".pdf")
        RENDER[src](cv, rng, tmp)
        scan_pdf(tmp, os.path.join(OUT, fn), rng, n)
        os.remove(tmp)
        rows.append(truth(p, fn, "scan", {"needs_ocr": True}))
        print(fn, flush=True)
    # damaged
    rng = random.Random(SEED + 99)
    dam = []
    src1 = open(os.path.join(OUT, people_for_damage[1]), "rb").read()
    src2 = open(os.path.join(OUT, people_for_damage[20]), "rb").read()
    dam.append(("truncated_pdf.pdf", src1[: len(src1) * 2 // 5]))
    dam.append(("truncated_header.pdf", src2[:1800]))
    dam.append(("random_bytes.pdf", bytes(rng.getrandbits(8) for _ in range(24000))))
    dam.append(("random_bytes.docx", bytes(rng.getrandbits(8) for _ in range(15000))))
    zb = io.BytesIO()
    with zipfile.ZipFile(zb, "w") as z:
        z.writestr("README.txt", "Scanned documents for my application - see attached photos.\n")
        z.writestr("photo_001.jpg", bytes(rng.getrandbits(8) for _ in range(4000)))
    dam.append(("zip_not_docx.docx", zb.getvalue()))
    # encrypted PDF (user password required to open)
    from pypdf import PdfReader, PdfWriter
    w = PdfWriter()
    for pg in PdfReader(io.BytesIO(src2)).pages:
        w.add_page(pg)
    w.encrypt(user_password="Kasr2019!", owner_password="owner-secret", algorithm="RC4-128")
    eb = io.BytesIO()
    w.write(eb)
    dam.append(("encrypted_password.pdf", eb.getvalue()))
    dam.append(("zero_bytes.pdf", b""))
    # docx whose document.xml is malformed
    good = make_docx_bytes(["Dr. Placeholder Applicant", "Curriculum Vitae", "Education: MBBS 2019"])
    zin = zipfile.ZipFile(io.BytesIO(good))
    zb = io.BytesIO()
    with zipfile.ZipFile(zb, "w", zipfile.ZIP_DEFLATED) as z:
        for it in zin.infolist():
            data = zin.read(it.filename)
            if it.filename == "word/document.xml":
                data = data[: len(data) // 2] + b"<w:p><w:r><w:t>broken &amp <unclosed"
            z.writestr(it, data)
    dam.append(("malformed_document_xml.docx", zb.getvalue()))
    good2 = make_docx_bytes(["CV"] + ["Line %d of a curriculum vitae" % i for i in range(200)])
    dam.append(("truncated_zip.docx", good2[: len(good2) // 2]))
    dam.append(("zero_bytes.docx", b""))
    for name, data in dam:
        n += 1
        fn = "w3_%03d_damaged_%s" % (n, name)
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(data)
        rows.append(error_truth(fn, "damaged"))
        print(fn, flush=True)
    with open(os.path.join(HERE, "truth.jsonl"), "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("rows", len(rows))


if __name__ == "__main__":
    main()
