# -*- coding: utf-8 -*-
"""Scans / photos / screenshots (image-only) for w13. Pages are typeset with PIL, then degraded."""
import io
import os
import sys

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

sys.path.insert(0, os.path.dirname(__file__))
from data import P  # noqa: E402
from engine import fontpath  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), "..", "files")
RNG = np.random.default_rng(1313)


class Page:
    def __init__(self, dpi, fam=("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf"),
                 size=(8.5, 11)):
        self.dpi = dpi
        self.k = dpi / 72
        self.img = Image.new("L", (int(size[0] * dpi), int(size[1] * dpi)), 255)
        self.d = ImageDraw.Draw(self.img)
        self.fam = fam
        self.cache = {}

    def font(self, st, pt):
        key = (st, pt)
        if key not in self.cache:
            fn = self.fam[{"R": 0, "B": 1, "I": 2}[st]]
            self.cache[key] = ImageFont.truetype(fontpath(fn), int(pt * self.k))
        return self.cache[key]

    def text(self, x, y, s, st="R", pt=10, fill=0):
        self.d.text((x * self.k, y * self.k), s, font=self.font(st, pt), fill=fill)

    def w(self, s, st="R", pt=10):
        return self.d.textlength(s, font=self.font(st, pt)) / self.k

    def wrap(self, s, width, st, pt):
        out, cur = [], ""
        for wd in s.split():
            t = (cur + " " + wd).strip()
            if self.w(t, st, pt) <= width or not cur:
                cur = t
            else:
                out.append(cur)
                cur = wd
        if cur:
            out.append(cur)
        return out


def flow_sections(pages_new, p, x0, x1, y0, ymax, sections, pt=10, head_style="caps", summary=True, brk=()):
    """Typeset sections on pages obtained from pages_new(); returns list of pages."""
    pages = [pages_new(0)]
    pg = pages[-1]
    y = y0() if callable(y0) else y0

    def need(h):
        nonlocal pg, y
        if y + h > ymax:
            pages.append(pages_new(len(pages)))
            pg = pages[-1]
            y = 60

    def line(s, st="R", size=pt, x=x0, right=None):
        nonlocal y
        for ln in pg.wrap(s, (right or x1) - x, st, size):
            need(size * 1.35)
            pg.text(x, y, ln, st, size)
            y += size * 1.35

    items = ([("Objective", [p["summary"]])] if summary else []) + sections
    for nm, its in items:
        need(10000 if nm in brk else 40)
        y += 6
        h = nm.upper() if head_style == "caps" else nm
        pg.text(x0, y, h, "B", pt + 1.5)
        y += (pt + 1.5) * 1.3
        pg.d.line((x0 * pg.k, y * pg.k, x1 * pg.k, y * pg.k), fill=0, width=max(1, int(pg.k * 0.6)))
        y += 4
        for it in its:
            if isinstance(it, dict):
                need(30)
                dw = pg.w(it["date"], "R", pt - 0.5)
                pg.text(x1 - dw, y, it["date"], "R", pt - 0.5)
                line(it["head"], "B", pt, right=x1 - dw - 8)
                line(it["sub"], "I", pt)
                for b in it["bullets"]:
                    line("- " + b, "R", pt - 0.5, x=x0 + 10)
            else:
                line(it, "R", pt)
    return pages


def single_col(p, dpi, fam=None, pt=10, header=None, size=(8.5, 11), brk=()):
    def new(i):
        pg = Page(dpi, fam, size) if fam else Page(dpi, size=size)
        return pg
    first = {"y": 0}

    def newh(i):
        pg = new(i)
        if i == 0:
            first["y"] = header(pg, p)
        return pg
    W = size[0] * 72
    pages = flow_sections(newh, p, 60, W - 60, lambda: first["y"], size[1] * 72 - 60, p["sections"], pt, brk=brk)
    return pages


def hdr_center(pg, p):
    W = pg.img.width / pg.k
    nm = p["name"] + (", " + p["title"] if p["title"] else "")
    pg.text((W - pg.w(nm, "B", 18)) / 2, 50, nm, "B", 18)
    c = "  |  ".join(p["contact"])
    pt = 9.5
    while pg.w(c, "R", pt) > W - 100:
        pt -= 0.5
    pg.text((W - pg.w(c, "R", pt)) / 2, 78, c, "R", pt)
    return 100


def hdr_left(pg, p):
    pg.text(60, 48, p["name"], "B", 20)
    y = 76
    for c in p["contact"]:
        pg.text(60, y, c, "R", 9.5)
        y += 12.5
    return y + 4


def hdr_dark(pg, p):
    k = pg.k
    W = pg.img.width
    pg.d.rectangle((0, 0, W, int(120 * k)), fill=45)
    pg.text(60, 30, p["name"].upper(), "B", 22, fill=255)
    pg.text(60, 62, "Doctor of Medicine  ·  Pathology", "I", 11, fill=225)
    c1 = p["contact"][:2]
    pg.text(60, 88, "   ".join(c1), "R", 10, fill=255)
    pg.text(60, 102, p["contact"][2], "R", 10, fill=255)
    return 140


# ------------------------------------------------------------------ degradations
def to_rgb(img):
    return img.convert("RGB")


def scan_degrade(img, angle, speckle, blur=0.6, gamma=1.0):
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(img).astype(np.float32)
    a = 255 * (a / 255) ** gamma
    if blur:
        pass
    n = RNG.random(a.shape)
    a[n < speckle] = 20
    a[(n > 1 - speckle / 2)] = 255
    a = a + RNG.normal(0, 6, a.shape)
    # faint left-edge shadow like a scanner lid
    a[:, :int(a.shape[1] * 0.015)] *= 0.6
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
    if blur:
        out = out.filter(ImageFilter.GaussianBlur(blur))
    return out


def jpeg_bytes(img, q=70):
    b = io.BytesIO()
    img.save(b, "JPEG", quality=q)
    return b.getvalue()


def save_image_pdf(imgs, path, dpi):
    """Image-only PDF, one JPEG (or 1-bit) image per page, via reportlab drawImage."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader
    w0, h0 = imgs[0].size
    c = canvas.Canvas(path, pagesize=(w0 * 72 / dpi, h0 * 72 / dpi))
    c.setCreator("Canon iR-ADV C5535 Scan")
    for im in imgs:
        w, h = im.size
        c.setPageSize((w * 72 / dpi, h * 72 / dpi))
        if im.mode == "1":
            b = io.BytesIO()
            im.save(b, "PNG")
            b.seek(0)
            c.drawImage(ImageReader(b), 0, 0, w * 72 / dpi, h * 72 / dpi)
        else:
            c.drawImage(ImageReader(io.BytesIO(jpeg_bytes(im, 72))), 0, 0, w * 72 / dpi, h * 72 / dpi)
        c.showPage()
    c.save()


def two_col(p, dpi):
    pg = Page(dpi, ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"))
    k = pg.k
    pg.d.rectangle((0, 0, int(200 * k), pg.img.height), fill=232)
    pg.text(24, 50, "Devika", "B", 20)
    pg.text(24, 74, "Nair", "B", 20)
    pg.text(24, 100, "MBBS", "I", 10)
    y = 130
    secs = dict(p["sections"])
    blocks = [("CONTACT", p["contact"]), ("EXAMS", secs["Exams"]), ("LANGUAGES", secs["Languages"])]
    for h, lines in blocks:
        pg.text(24, y, h, "B", 10)
        y += 16
        for ln in lines:
            for w in pg.wrap(ln, 160, "R", 8.5):
                pg.text(24, y, w, "R", 8.5)
                y += 12
        y += 10
    rest = [s for s in p["sections"] if s[0] not in ("Exams", "Languages")]
    pages = flow_sections(lambda i: pg, p, 220, 580, 40, 740, rest, 9.2, head_style="plain")
    return pages


def build():
    out = {}
    # 015 office scan 150 dpi, slight rotation, speckle
    pages = single_col(P["anapaula"], 150, header=hdr_center)
    save_image_pdf([scan_degrade(pg.img, 0.8, 0.002) for pg in pages], os.path.join(OUT, "w13_015_scan150_rotated.pdf"), 150)
    # 016 office scan 300 dpi
    pages = single_col(P["josemiguel"], 300, fam=("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"),
                       header=hdr_left, size=(8.27, 11.69))
    save_image_pdf([scan_degrade(pg.img, -0.5, 0.0008, 0.8) for pg in pages], os.path.join(OUT, "w13_016_scan300_a4.pdf"), 300)
    # 017 fax-like 1-bit at 200x100-ish look (render 200 dpi, squash vertical, threshold)
    pages = single_col(P["tamar"], 200, fam=("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf",
                                             "LiberationSans-Italic.ttf"), header=hdr_center, pt=10.5)
    faxes = []
    for pg in pages:
        im = scan_degrade(pg.img, 0.3, 0.003, 0.9)
        w, h = im.size
        im = im.resize((w, h // 2)).resize((w, h), Image.NEAREST)
        d = ImageDraw.Draw(im)
        d.text((20, 8), "JAN-14-2025 09:42  FROM: +995 32 224 1100   TO: 12015550143   P.001/001",
               font=ImageFont.truetype(fontpath("DejaVuSansMono.ttf"), 22), fill=0)
        faxes.append(im.point(lambda v: 255 if v > 150 else 0).convert("1"))
    save_image_pdf(faxes, os.path.join(OUT, "w13_017_fax_1bit.pdf"), 200)
    # 018 two-column CV, scanned
    pages = two_col(P["devika"], 200)
    save_image_pdf([scan_degrade(pg.img, -1.1, 0.0015, 0.7, 1.2) for pg in pages],
                   os.path.join(OUT, "w13_018_scan_twocol.pdf"), 200)
    # 019 phone photo, perspective + uneven light
    pages = single_col(P["samuel"], 150, header=hdr_center)
    photo(pages[0].img, os.path.join(OUT, "w13_019_phone_photo.jpg"))
    # 020 screenshot png
    pages = single_col(P["reza"], 110, fam=("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
                       header=hdr_left, pt=9.5)
    screenshot(pages[0].img, os.path.join(OUT, "w13_020_screenshot.png"))
    # 021 two-page scan, dark header band with white contacts
    pages = single_col(P["zofia"], 200, fam=("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
                       header=hdr_dark, pt=11.5, size=(8.27, 11.69), brk=("Publications",))
    assert len(pages) >= 2, len(pages)
    save_image_pdf([scan_degrade(pg.img, a, 0.001, 0.6) for pg, a in zip(pages, (0.4, -0.6, 0.2))],
                   os.path.join(OUT, "w13_021_scan_2page_darkheader.pdf"), 200)
    # 022 grayscale office scan JPEG-in-PDF at 200 dpi, stronger rotation
    pages = single_col(P["alicia"], 200, header=hdr_center)
    save_image_pdf([scan_degrade(pg.img, 1.6, 0.0012, 0.5, 1.4) for pg in pages],
                   os.path.join(OUT, "w13_022_scan_skewed_gray.pdf"), 200)
    return out


def photo(img, path):
    src = img.convert("RGB")
    w, h = src.size
    W, H = int(w * 1.25), int(h * 1.2)
    bg = Image.new("RGB", (W, H), (112, 92, 70))  # wooden desk
    a = np.asarray(bg).astype(np.float32) + RNG.normal(0, 8, (H, W, 3))
    bg = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    # perspective: map paper corners to a trapezoid
    dst = [(int(W * 0.14), int(H * 0.07)), (int(W * 0.86), int(H * 0.10)), (int(W * 0.93), int(H * 0.95)),
           (int(W * 0.06), int(H * 0.92))]
    srcq = [(0, 0), (w, 0), (w, h), (0, h)]
    coeffs = _persp(dst, srcq)
    warped = src.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", (w, h), 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=0)
    bg.paste(warped, (0, 0), mask)
    a = np.asarray(bg).astype(np.float32)
    yy, xx = np.mgrid[0:H, 0:W]
    light = 0.55 + 0.5 * np.exp(-(((xx - W * 0.3) / (W * 0.7)) ** 2 + ((yy - H * 0.25) / (H * 0.8)) ** 2))
    a = a * light[..., None] * np.array([1.0, 0.97, 0.88])
    a += RNG.normal(0, 4, a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.8))
    out.save(path, "JPEG", quality=82)


def _persp(pa, pb):
    A = []
    for (x, y), (X, Y) in zip(pa, pb):
        A.append([x, y, 1, 0, 0, 0, -X * x, -X * y])
        A.append([0, 0, 0, x, y, 1, -Y * x, -Y * y])
    B = np.array([c for pt in pb for c in pt], dtype=np.float64)
    return np.linalg.solve(np.array(A, dtype=np.float64), B).tolist()


def screenshot(img, path):
    page = img.convert("RGB")
    w, h = page.size
    W, H = w + 260, h + 80
    sc = Image.new("RGB", (W, H), (82, 86, 89))
    d = ImageDraw.Draw(sc)
    d.rectangle((0, 0, W, 44), fill=(50, 54, 57))
    f = ImageFont.truetype(fontpath("DejaVuSans.ttf"), 15)
    d.text((16, 13), "Reza_Ahmadi_CV_final.pdf", font=f, fill=(235, 235, 235))
    d.text((W - 200, 13), "1 / 2      —   100%   +", font=f, fill=(235, 235, 235))
    crop = page.crop((0, 0, w, H - 60))
    sc.paste(crop, (130, 60))
    sc.save(path, "PNG")


if __name__ == "__main__":
    build()
