# -*- coding: utf-8 -*-
"""Build every file in ../files and ../truth.jsonl (w15)."""
import io
import json
import math
import os
import random
import shutil
import subprocess
import sys
import tempfile

from PIL import Image, ImageFilter, ImageEnhance, ImageOps, ImageDraw

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import PEOPLE, DAMAGED  # noqa: E402
import render  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "files")
WORK = os.path.join(tempfile.gettempdir(), "w15_build")
KEYS = ["medical_school", "medical_school_country", "graduation_year", "is_student", "usmle_step1",
        "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages", "visa_status", "publications"]


def months(start, end):
    y, m = map(int, start.split("-"))
    ye, me = map(int, end.split("-"))
    out = set()
    while (y, m) <= (ye, me):
        out.add((y, m))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def usce_counts(entries):
    allm, clin = set(), set()
    for e in entries:
        ms = months(e["start"], e["end"])
        allm |= ms
        if e["type"] in ("hands_on", "observership"):
            clin |= ms
    return len(allm), len(clin)


def chromium_pdf(html_text, pdf_path):
    hp = pdf_path[:-4] + ".html"
    with open(hp, "w", encoding="utf-8") as f:
        f.write(html_text)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf_path}", "file://" + hp],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    return pdf_path


def fname(p):
    ext = {"pdf": "pdf", "txt": "txt", "jpg": "jpg", "png": "png", "docx": "docx"}[p["kind"]]
    return f"w15_{p['n']}_{p['layout']}.{ext}"


def truth_of(p, f):
    t = {"file": f, "layout": p["layout"], "full_name": p["name"], "email": p["email"], "phone_e164": p["e164"]}
    for k in KEYS:
        t[k] = p["truth"][k]
    ents = [dict(type=u["type"], specialty=u["specialty"], state=u["state"], start=u["start"], end=u["end"])
            for u in p["usce"]]
    t["usce_months"], t["usce_months_clinical"] = usce_counts(ents)
    t["usce_entries"] = ents
    return t


# ------------------------------------------------------------------ scan degradation
def render_page(pdf, dpi, page=1):
    base = os.path.join(WORK, os.path.basename(pdf)[:-4] + f"_p{page}")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-png", "-singlefile", pdf, base],
                   check=True)
    return Image.open(base + ".png").convert("RGB")


def noise(img, amount, rnd):
    w, h = img.size
    n = Image.effect_noise((w, h), amount).convert("L")
    g = img.convert("RGB")
    return Image.blend(g, Image.merge("RGB", (n, n, n)), 0.12)


def find_coeffs(pa, pb):
    # pure python 8x8 solve (Gaussian elimination); pa = target quad, pb = source quad
    A, B = [], []
    for (x, y), (X, Y) in zip(pa, pb):
        A.append([x, y, 1, 0, 0, 0, -X * x, -X * y]); B.append(X)
        A.append([0, 0, 0, x, y, 1, -Y * x, -Y * y]); B.append(Y)
    n = 8
    M = [A[i] + [B[i]] for i in range(n)]
    for c in range(n):
        piv = max(range(c, n), key=lambda r: abs(M[r][c]))
        M[c], M[piv] = M[piv], M[c]
        for r in range(n):
            if r != c:
                fct = M[r][c] / M[c][c]
                M[r] = [a - fct * b for a, b in zip(M[r], M[c])]
    return [M[i][n] / M[i][i] for i in range(n)]


def phone_photo(img, rnd, angle, quad_jitter, dark_side="left"):
    w, h = img.size
    pad = int(w * 0.08)
    canvas = Image.new("RGB", (w + 2 * pad, h + 2 * pad), (96, 84, 70))  # wooden desk
    d = ImageDraw.Draw(canvas)
    for i in range(0, canvas.size[1], 9):
        d.line([(0, i), (canvas.size[0], i + rnd.randint(-4, 4))], fill=(90 + rnd.randint(-8, 8), 78, 62), width=3)
    canvas.paste(img, (pad, pad))
    W, H = canvas.size
    j = quad_jitter
    # where the corners of the output come from in the input (keystone: top narrower)
    src = [(j[0] * W, j[1] * H), (W - j[2] * W, j[3] * H), (W - j[4] * W, H - j[5] * H), (j[6] * W, H - j[7] * H)]
    dst = [(0, 0), (W, 0), (W, H), (0, H)]
    co = find_coeffs(dst, src)
    out = canvas.transform((W, H), Image.PERSPECTIVE, co, Image.BICUBIC)
    out = out.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(80, 70, 58))
    # uneven lighting
    grad = Image.linear_gradient("L").rotate(90 if dark_side == "left" else -90).resize((W, H))
    grad = grad.point(lambda v: 150 + int(v * 105 / 255))
    shade = Image.merge("RGB", (grad, grad, grad.point(lambda v: int(v * 0.93))))
    out = Image.composite(out, Image.new("RGB", (W, H), (0, 0, 0)), grad)  # vignette-ish darkening
    out = ImageEnhance.Color(out).enhance(0.85)
    out = Image.blend(out, shade, 0.08)
    out = noise(out, 40, rnd)
    out = out.filter(ImageFilter.GaussianBlur(1.1))
    return out.resize((int(W * 0.8), int(H * 0.8)), Image.LANCZOS)


def fax(img, rnd):
    g = img.convert("L")
    w, h = g.size
    g = g.resize((w, int(h * 0.5)), Image.BILINEAR).resize((w, h), Image.NEAREST)  # fine/standard fax lines
    g = g.rotate(-0.7, resample=Image.BICUBIC, expand=True, fillcolor=255)
    px = g.load()
    W, H = g.size
    for _ in range(int(W * H * 0.0015)):
        px[rnd.randrange(W), rnd.randrange(H)] = 0
    for _ in range(6):  # horizontal streaks
        y = rnd.randrange(H)
        for x in range(W):
            if rnd.random() < 0.3:
                px[x, y] = 0
    return g.point(lambda v: 255 if v > 150 else 0).convert("1")


def skew_scan(img, rnd):
    g = img.convert("L")
    g = ImageEnhance.Contrast(g).enhance(0.85)
    g = g.rotate(1.8, resample=Image.BICUBIC, expand=True, fillcolor=236)
    g = noise(g.convert("RGB"), 35, rnd).convert("L")
    return g.filter(ImageFilter.GaussianBlur(0.6))


def low_contrast(img, rnd):
    g = img.convert("L")
    g = g.point(lambda v: 110 + int(v * 0.45))  # grey, washed-out
    g = g.rotate(-0.6, resample=Image.BICUBIC, expand=True, fillcolor=205)
    g = noise(g.convert("RGB"), 25, rnd).convert("L")
    return g.filter(ImageFilter.GaussianBlur(1.3))


# ------------------------------------------------------------------ main
def main():
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(OUT)
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    truth = []
    built = {}
    for p in PEOPLE:
        f = fname(p)
        path = os.path.join(OUT, f)
        rnd = random.Random(int(p["n"]))
        lay = p.get("base_layout", p["layout"])
        if p["kind"] == "txt":
            with open(path, "wb") as fh:
                fh.write(render.txt(p))
        elif p.get("scan"):
            pdf = chromium_pdf(render.LAYOUTS[lay](p), os.path.join(WORK, f"src_{p['n']}.pdf"))
            if p["scan"] == "phone":
                img = render_page(pdf, 130)
                out = phone_photo(img, rnd, 1.3, [0.04, 0.02, 0.03, 0.025, 0.0, 0.0, 0.01, 0.005])
                out.save(path, "JPEG", quality=72)
            elif p["scan"] == "phone2":
                img = render_page(pdf, 130)
                out = phone_photo(img, rnd, -1.6, [0.02, 0.03, 0.03, 0.025, 0.01, 0.0, 0.0, 0.01], "right")
                out.save(path, "JPEG", quality=65)
            elif p["scan"] == "fax":
                img = render_page(pdf, 200)
                fax(img, rnd).save(path, "PDF", resolution=200)
            elif p["scan"] == "skew":
                img = render_page(pdf, 150)
                skew_scan(img, rnd).save(path, "PNG")
            elif p["scan"] == "lowcontrast":
                img = render_page(pdf, 150)
                low_contrast(img, rnd).save(path, "PDF", resolution=150)
        elif p["layout"].startswith("markdown"):
            src, h = render.markdown_html(p, p["layout"])
            with open(os.path.join(WORK, f"w15_{p['n']}.md"), "w", encoding="utf-8") as fh:
                fh.write(src)
            chromium_pdf(h, os.path.join(WORK, f"tmp_{p['n']}.pdf"))
            shutil.copy(os.path.join(WORK, f"tmp_{p['n']}.pdf"), path)
        else:
            chromium_pdf(render.LAYOUTS[lay](p), os.path.join(WORK, f"tmp_{p['n']}.pdf"))
            shutil.copy(os.path.join(WORK, f"tmp_{p['n']}.pdf"), path)
        built[p["n"]] = path
        t = truth_of(p, f)
        if p.get("scan"):
            t["needs_ocr"] = True
        truth.append(t)
        print("built", f, flush=True)

    for d in DAMAGED:
        f = f"w15_{d['n']}_{d['layout']}.{d['kind']}"
        path = os.path.join(OUT, f)
        if d["layout"] == "damaged_truncated":
            data = open(built[d["src"]], "rb").read()
            open(path, "wb").write(data[: int(len(data) * 0.45)])
        elif d["layout"] == "damaged_encrypted":
            from pypdf import PdfReader, PdfWriter
            w = PdfWriter()
            for pg in PdfReader(built[d["src"]]).pages:
                w.add_page(pg)
            w.encrypt(user_password="rotation2026", owner_password="w15-owner-secret", algorithm="AES-256")
            with open(path, "wb") as fh:
                w.write(fh)
        elif d["layout"] == "damaged_random_bytes":
            open(path, "wb").write(random.Random(24).randbytes(18431))
        truth.append({"file": f, "layout": d["layout"], "error": True})
        print("built", f, flush=True)

    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for t in truth:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    print(len(truth), "truth lines")


if __name__ == "__main__":
    main()
