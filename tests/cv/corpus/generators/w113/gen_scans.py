"""Scans / photos (017-021) and damaged files (022-024)."""
import os, random
import numpy as np
from PIL import Image, ImageFilter, ImageDraw, ImageEnhance, ImageOps
from common import out, work, pdf_to_images, chromium_pdf
import gen_docx, gen_html

R = random.Random(113)
NP = np.random.default_rng(113)


def add_noise(img, sigma=8):
    a = np.asarray(img.convert("L"), dtype=np.float32)
    a = a + NP.normal(0, sigma, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def photocopy(img):
    """grey photocopy: lower contrast, grey background, speckles, edge darkening."""
    g = img.convert("L")
    g = ImageEnhance.Contrast(g).enhance(0.75)
    a = np.asarray(g, dtype=np.float32)
    a = a * 0.86 + 12  # paper goes grey (~231)
    h, w = a.shape
    # toner streak and darker left edge
    xs = np.linspace(0, 1, w)
    a -= (np.clip(0.08 - xs, 0, None) * 400)[None, :]
    a[:, int(w * 0.63):int(w * 0.632)] -= 25
    # speckles
    n = 2500
    ys, xs2 = NP.integers(0, h, n), NP.integers(0, w, n)
    a[ys, xs2] -= NP.uniform(60, 160, n)
    a = a + NP.normal(0, 6, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def staple(img):
    im = img.convert("L")
    d = ImageDraw.Draw(im)
    x, y = 60, 48
    # shadow blob
    sh = Image.new("L", im.size, 0)
    ds = ImageDraw.Draw(sh)
    ds.line([(x + 4, y + 10), (x + 96, y - 22)], fill=120, width=14)
    sh = sh.filter(ImageFilter.GaussianBlur(6))
    a = np.asarray(im, dtype=np.float32) - np.asarray(sh, dtype=np.float32) * 0.6
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    d = ImageDraw.Draw(im)
    d.line([(x, y), (x + 92, y - 30)], fill=40, width=5)
    d.line([(x, y), (x + 2, y + 8)], fill=40, width=4)
    d.line([(x + 92, y - 30), (x + 94, y - 22)], fill=40, width=4)
    # punched holes shadow on 2nd staple hole side
    return im


def rotate(img, deg, fill=235):
    return img.rotate(deg, resample=Image.BICUBIC, expand=True, fillcolor=fill)


def f017():
    pdf = gen_docx.scan_src_017()
    pages = pdf_to_images(pdf, dpi=150)
    outp = []
    for i, p in enumerate(pages):
        q = photocopy(p)
        if i == 0:
            q = staple(q)
        q = rotate(q, -0.8, fill=200)
        q = q.filter(ImageFilter.GaussianBlur(0.6))
        outp.append(q.convert("L"))
    outp[0].save(out("w113_017_scan_photocopy_staple.pdf"), save_all=True, append_images=outp[1:], resolution=150)


def find_coeffs(pa, pb):
    m = []
    for p1, p2 in zip(pa, pb):
        m.append([p1[0], p1[1], 1, 0, 0, 0, -p2[0] * p1[0], -p2[0] * p1[1]])
        m.append([0, 0, 0, p1[0], p1[1], 1, -p2[1] * p1[0], -p2[1] * p1[1]])
    A = np.array(m, dtype=np.float64)
    B = np.array(pb, dtype=np.float64).reshape(8)
    return np.linalg.solve(A, B).tolist()


def f018():
    pdf = gen_html.src_018()
    page = pdf_to_images(pdf, dpi=170, gray=False)[0].convert("RGB")
    W, H = page.size
    # place paper on a wooden-ish table and apply perspective
    CW, CH = int(W * 1.25), int(H * 1.18)
    bg = np.zeros((CH, CW, 3), dtype=np.float32)
    bg[..., 0], bg[..., 1], bg[..., 2] = 120, 84, 52
    bg += NP.normal(0, 10, (CH, CW, 1))
    canvas = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8))
    # destination quad of the paper corners (photo taken slightly from below-left)
    dst = [(int(CW * 0.11), int(CH * 0.06)), (int(CW * 0.90), int(CH * 0.09)),
           (int(CW * 0.94), int(CH * 0.96)), (int(CW * 0.07), int(CH * 0.93))]
    src = [(0, 0), (W, 0), (W, H), (0, H)]
    coeffs = find_coeffs(dst, src)
    warped = page.transform((CW, CH), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=None)
    mask = Image.new("L", page.size, 255).transform((CW, CH), Image.PERSPECTIVE, coeffs, Image.BILINEAR)
    canvas.paste(warped, (0, 0), mask)
    # lighting gradient + warm tint + shadow of phone
    a = np.asarray(canvas, dtype=np.float32)
    yy, xx = np.mgrid[0:CH, 0:CW]
    light = 0.78 + 0.27 * (xx / CW) - 0.08 * (yy / CH)
    a *= light[..., None]
    a[..., 2] *= 0.92
    sh = ((xx - CW * 0.2) ** 2 / (CW * 0.35) ** 2 + (yy - CH * 1.0) ** 2 / (CH * 0.25) ** 2) < 1
    a[sh] *= 0.72
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.1))
    img = img.rotate(1.5, resample=Image.BICUBIC, fillcolor=(110, 78, 48))
    # WhatsApp: downscale to 1600 long edge, heavy JPEG
    scale = 1600 / max(img.size)
    img = img.resize((int(img.width * scale), int(img.height * scale)), Image.LANCZOS)
    img.save(out("w113_018_whatsapp_photo.jpg"), "JPEG", quality=42, subsampling=2)


def f019():
    pdf = gen_docx.scan_src_019()
    pages = pdf_to_images(pdf, dpi=150)
    assert len(pages) == 2, len(pages)
    p1 = add_noise(pages[0], 5).filter(ImageFilter.GaussianBlur(0.5))
    p1 = rotate(p1, 0.4, fill=250)
    p2 = add_noise(pages[1], 5).filter(ImageFilter.GaussianBlur(0.5))
    p2 = rotate(p2, -2.3, fill=250)
    p2 = p2.resize(p1.size)
    p1.save(out("w113_019_scan_2page_rotated.pdf"), save_all=True, append_images=[p2], resolution=150)


def f020():
    pdf = gen_html.src_020()
    pages = pdf_to_images(pdf, dpi=140)
    p = add_noise(pages[0], 7)
    p = rotate(p, 1.2, fill=245).filter(ImageFilter.GaussianBlur(0.7))
    p.save(out("w113_020_scan_png.png"))


def f021():
    pdf = gen_html.src_021()
    pages = pdf_to_images(pdf, dpi=130)
    p = ImageEnhance.Contrast(pages[0]).enhance(0.45)
    p = ImageEnhance.Brightness(p).enhance(1.12)
    p = add_noise(p, 9).filter(ImageFilter.GaussianBlur(0.8))
    p = rotate(p, 2.6, fill=230)
    tmp = work("w113_021_tmp.jpg")
    p.save(tmp, "JPEG", quality=30)
    Image.open(tmp).save(out("w113_021_scan_lowcontrast.pdf"), resolution=130)


# ---- damaged
def f022():
    # a real CV PDF cut off after its header bytes: no xref, no complete page stream
    pdf = gen_html.src_021()
    data = open(pdf, "rb").read()
    open(out("w113_022_truncated.pdf"), "wb").write(data[:700])


def f023():
    from reportlab.pdfgen import canvas
    from reportlab.lib import pdfencrypt
    enc = pdfencrypt.StandardEncryption("w113-secret-9", ownerPassword="owner-113", canPrint=0, strength=128)
    c = canvas.Canvas(out("w113_023_encrypted.pdf"), encrypt=enc)
    c.setFont("Helvetica", 12)
    y = 800
    for line in ["Dr. Nadia Islam", "MBBS, Rajshahi Medical College, 2019", "Email: nadia.islam.rmc@gmail.com",
                 "USMLE Step 1: Pass; Step 2 CK: 235", "Observership, Internal Medicine, Boston, MA, 2024"]:
        c.drawString(60, y, line); y -= 18
    c.save()


def f024():
    rnd = random.Random(24113)
    data = bytes(rnd.getrandbits(8) for _ in range(18000))
    open(out("w113_024_random_bytes.docx"), "wb").write(data)


if __name__ == "__main__":
    f017(); f018(); f019(); f020(); f021(); f022(); f023(); f024()
