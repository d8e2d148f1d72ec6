# -*- coding: utf-8 -*-
import os, subprocess, shutil, random, glob, tempfile
import numpy as np
from PIL import Image, ImageFilter, ImageOps, ImageEnhance, ImageDraw
import templates as T
import build_docs as D
from cvdata import CV

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "files"); OUT = os.path.abspath(OUT)
TMP = os.path.join(HERE, "..", ".tmp"); os.makedirs(TMP, exist_ok=True); os.makedirs(OUT, exist_ok=True)
random.seed(112); np.random.seed(112)


def chromium_pdf(html, pdf):
    h = os.path.join(TMP, os.path.basename(pdf) + ".html")
    open(h, "w", encoding="utf-8").write(html)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", h], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def raster(pdf, dpi, gray=False):
    base = os.path.join(TMP, os.path.basename(pdf) + f"_{dpi}")
    for f in glob.glob(base + "*.png"): os.remove(f)
    args = ["pdftoppm", "-r", str(dpi), "-png"] + (["-gray"] if gray else []) + [pdf, base]
    subprocess.run(args, check=True)
    return [Image.open(f).convert("RGB") for f in sorted(glob.glob(base + "*.png"))]


def noise(img, sigma=8):
    a = np.asarray(img).astype(np.float32)
    a += np.random.normal(0, sigma, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def jpeg_cycle(img, q):
    p = os.path.join(TMP, "cyc.jpg"); img.save(p, quality=q); return Image.open(p).convert(img.mode)


def find_coeffs(pa, pb):
    m = []
    for p1, p2 in zip(pa, pb):
        m.append([p1[0], p1[1], 1, 0, 0, 0, -p2[0] * p1[0], -p2[0] * p1[1]])
        m.append([0, 0, 0, p1[0], p1[1], 1, -p2[1] * p1[0], -p2[1] * p1[1]])
    A = np.array(m, dtype=float); B = np.array(pb).reshape(8)
    return np.linalg.solve(A, B).tolist()


def phone_photo(page):
    """Printed page lying on a wooden desk, shot at an angle with a phone."""
    w, h = page.size
    W, H = int(w * 1.35), int(h * 1.25)
    # desk: brown gradient with wood streaks
    desk = np.zeros((H, W, 3), np.float32)
    yy = np.linspace(0, 1, H)[:, None]
    desk[..., 0] = 120 + 30 * yy; desk[..., 1] = 82 + 20 * yy; desk[..., 2] = 50 + 10 * yy
    for _ in range(60):
        y0 = random.randint(0, H - 1); desk[y0:y0 + random.randint(1, 4), :, :] -= random.randint(5, 20)
    desk = Image.fromarray(np.clip(desk, 0, 255).astype(np.uint8))
    # perspective: page corners mapped to a trapezoid
    ox, oy = int(w * 0.17), int(h * 0.12)
    dst = [(ox + 60, oy + 10), (ox + w - 30, oy + 55), (ox + w + 40, oy + h - 20), (ox - 20, oy + h + 15)]
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    coeffs = find_coeffs(dst, src)
    warped = page.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", page.size, 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=0)
    # soft shadow
    shadow = mask.filter(ImageFilter.GaussianBlur(25)).point(lambda v: int(v * 0.5))
    desk.paste((30, 20, 10), (18, 22), shadow)
    desk.paste(warped, (0, 0), mask)
    # uneven lighting (phone shadow in one corner)
    a = np.asarray(desk).astype(np.float32)
    gx = np.linspace(1.05, 0.75, W)[None, :, None]; gy = np.linspace(1.0, 0.85, H)[:, None, None]
    a = a * gx * gy
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.9))
    img = noise(img, 6)
    return img


def image_pdf(pages, path, dpi):
    pages[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])


def main():
    F = lambda n: os.path.join(OUT, n)
    # ---------------- readable, Chromium
    chromium_pdf(T.canva_sidebar(CV["001"]), F("w112_001_chromium_canva_sidebar.pdf"))
    chromium_pdf(T.zety_timeline(CV["002"]), F("w112_002_chromium_zety_timeline.pdf"))
    chromium_pdf(T.novoresume(CV["003"]), F("w112_003_chromium_novoresume_2p.pdf"))
    chromium_pdf(T.resumeio(CV["004"]), F("w112_004_chromium_resumeio.pdf"))
    chromium_pdf(T.kickresume(CV["005"]), F("w112_005_chromium_kickresume.pdf"))
    chromium_pdf(T.altacv(CV["006"]), F("w112_006_chromium_altacv.pdf"))
    chromium_pdf(T.moderncv(CV["007"]), F("w112_007_chromium_moderncv.pdf"))
    chromium_pdf(T.resumeio(CV["012"], color="#5a3e8c"), F("w112_012_chromium_resumeio_2p.pdf"))
    # ---------------- readable, python-docx / LibreOffice / reportlab / fpdf2 / text
    D.gdocs_serif(F("w112_008_docx_gdocs_serif.docx"))
    D.gdocs_spearmint(F("w112_009_docx_gdocs_spearmint.docx"))
    src = os.path.join(TMP, "w112_010_soffice_canva_table.docx"); D.canva_table(src); soffice(src, "pdf", OUT)
    D.header_footer(F("w112_011_docx_header_footer.docx"))
    D.reportlab_bars(F("w112_013_reportlab_kickresume_bars.pdf"))
    D.fpdf_minimal(F("w112_014_fpdf_minimal_icons.pdf"))
    D.ats_txt(F("w112_015_txt_ats_export.txt"))
    src = os.path.join(TMP, "w112_016_soffice_odt.docx"); D.trinidad(src); soffice(src, "odt", OUT)
    # ---------------- scans / photos
    p = os.path.join(TMP, "s017.pdf"); chromium_pdf(T.canva_sidebar(CV["017"], dark="#234a3a", accent="#e7c36a"), p)
    pg = raster(p, 110)[0]
    img = phone_photo(pg); img = jpeg_cycle(img, 72)
    img.save(F("w112_017_photo_canva_desk.jpg"), quality=78)

    p = os.path.join(TMP, "s018.pdf"); chromium_pdf(T.canva_sidebar(CV["018"], dark="#141414", accent="#c9c9c9"), p)
    pages = []
    for pg in raster(p, 150):
        pg = pg.rotate(-1.3, resample=Image.BICUBIC, expand=True, fillcolor=(245, 245, 240))
        pg = ImageEnhance.Contrast(pg).enhance(0.85); pg = noise(pg, 10); pg = jpeg_cycle(pg, 55)
        pages.append(pg)
    image_pdf(pages, F("w112_018_scan_dark_sidebar.pdf"), 150)

    p = os.path.join(TMP, "s019.pdf"); chromium_pdf(T.moderncv(CV["019"], color="#555555"), p)
    pg = raster(p, 90, gray=True)[0].convert("L")
    pg = pg.rotate(0.7, resample=Image.BICUBIC, expand=True, fillcolor=235)
    pg = ImageEnhance.Contrast(pg).enhance(0.7); pg = ImageEnhance.Brightness(pg).enhance(1.05)
    pg = pg.filter(ImageFilter.GaussianBlur(0.6)); pg = noise(pg.convert("RGB"), 7).convert("L")
    pg.save(F("w112_019_scan_gray_lowdpi.png"))

    p = os.path.join(TMP, "s020.pdf"); chromium_pdf(T.zety_timeline(CV["020"], color="#7a2f8f"), p)
    pages = []
    for i, pg in enumerate(raster(p, 140)):
        pg = pg.rotate([0.9, -1.6][i % 2], resample=Image.BICUBIC, expand=True, fillcolor=(250, 250, 250))
        pg = noise(pg, 9); pg = jpeg_cycle(pg, 40); pages.append(pg)
    image_pdf(pages, F("w112_020_scan_zety.pdf"), 140)

    p = os.path.join(TMP, "s021.pdf"); chromium_pdf(T.altacv(CV["021"], color="#1b5e20"), p)
    pg = raster(p, 120)[0]
    pg = pg.rotate(2.4, resample=Image.BICUBIC, expand=True, fillcolor=(210, 205, 195))
    pg = pg.filter(ImageFilter.GaussianBlur(1.0)); pg = ImageEnhance.Contrast(pg).enhance(0.8); pg = noise(pg, 8)
    pg.save(F("w112_021_scan_altacv_blur.png"))

    # ---------------- damaged
    p = os.path.join(TMP, "d022.pdf"); chromium_pdf(T.kickresume(CV["005"]), p)
    data = open(p, "rb").read(); open(F("w112_022_damaged_truncated.pdf"), "wb").write(data[:900])
    from pypdf import PdfReader, PdfWriter
    p = os.path.join(TMP, "d023.pdf"); chromium_pdf(T.altacv(CV["006"]), p)
    w = PdfWriter(); [w.add_page(pp) for pp in PdfReader(p).pages]
    w.encrypt(user_password="Hamza#2025", owner_password="owner-w112", algorithm="RC4-128")
    with open(F("w112_023_damaged_encrypted.pdf"), "wb") as f: w.write(f)
    rnd = random.Random(23); open(F("w112_024_damaged_random.docx"), "wb").write(bytes(rnd.getrandbits(8) for _ in range(6144)))


if __name__ == "__main__":
    main()
