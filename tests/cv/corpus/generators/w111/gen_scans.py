# Rasterise rendered CVs (pdftoppm) and degrade them with PIL/numpy into scans/photos (no text layer).
import sys, os, subprocess, glob, math
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageEnhance, ImageOps
OUT, TMP = sys.argv[1], sys.argv[2]
rng = np.random.default_rng(111)

def raster(pdf, dpi, prefix):
    subprocess.run(['pdftoppm', '-r', str(dpi), '-png', pdf, os.path.join(TMP, prefix)], check=True)
    return [Image.open(p).convert('RGB') for p in sorted(glob.glob(os.path.join(TMP, prefix + '*.png')))]

def noise(im, amt=10):
    a = np.asarray(im).astype(np.int16)
    a = a + rng.normal(0, amt, a.shape[:2])[..., None].astype(np.int16)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))

def rotate(im, deg):
    return im.rotate(deg, resample=Image.BICUBIC, expand=True, fillcolor=(246, 246, 242))

# 017: printed, signed, stamped, scanned
def s017():
    im = raster(os.path.join(TMP, 'w111_017_src.pdf'), 150, 'r017')[0]
    d = ImageDraw.Draw(im, 'RGBA')
    W, H = im.size
    # find signature area: bottom of text region
    a = np.asarray(im.convert('L')); rows = np.where(a.min(axis=1) < 128)[0]; yb = rows.max()
    # signature scribble
    pts = []
    x0, y0 = int(W * 0.68), yb - 8
    for i in range(120):
        t = i / 119
        pts.append((x0 + t * 230, y0 - 12 * math.sin(t * 14) - 18 * t * math.sin(t * 3) + 6 * math.cos(t * 31)))
    d.line(pts, fill=(20, 30, 110, 255), width=3)
    d.line([(x0 - 5, y0 + 14), (x0 + 240, y0 + 4)], fill=(20, 30, 110, 255), width=2)
    # round stamp
    cx, cy, r = int(W * 0.55), yb - 40, 95
    f = ImageFont.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf', 17)
    st = Image.new('RGBA', (2 * r + 20, 2 * r + 20), (0, 0, 0, 0)); sd = ImageDraw.Draw(st)
    c = r + 10
    sd.ellipse((10, 10, 2 * r + 10, 2 * r + 10), outline=(40, 60, 170, 170), width=5)
    sd.ellipse((38, 38, 2 * r - 18, 2 * r - 18), outline=(40, 60, 170, 150), width=2)
    text = 'CONFORM CU ORIGINALUL * CLUJ-NAPOCA * '
    for i, ch in enumerate(text):
        ang = 2 * math.pi * i / len(text) - math.pi / 2
        x, y = c + (r - 18) * math.cos(ang), c + (r - 18) * math.sin(ang)
        g = Image.new('RGBA', (24, 24), (0, 0, 0, 0)); ImageDraw.Draw(g).text((4, 2), ch, font=f, fill=(40, 60, 170, 170))
        g = g.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        st.alpha_composite(g, (int(x - 12), int(y - 12)))
    sd.text((c - 38, c - 10), 'NOTAR', font=f, fill=(40, 60, 170, 170))
    st = st.rotate(14, resample=Image.BICUBIC)
    im = im.convert('RGBA'); im.alpha_composite(st, (cx - c, cy - c)); im = im.convert('RGB')
    im = noise(ImageEnhance.Contrast(im).enhance(0.9), 7)
    im = rotate(im, -0.8).filter(ImageFilter.GaussianBlur(0.5))
    im.save(os.path.join(OUT, 'w111_017_scan_stamp.pdf'), 'PDF', resolution=150)

# 018: low-res blurred JPG
def s018():
    im = raster(os.path.join(TMP, 'w111_018_src.pdf'), 72, 'r018')[0]
    im = im.filter(ImageFilter.GaussianBlur(0.9))
    im = noise(ImageEnhance.Brightness(im).enhance(0.93), 6)
    im.save(os.path.join(OUT, 'w111_018_blurred_lowres.jpg'), 'JPEG', quality=38)

# 019: skewed scan of two-column page
def s019():
    im = raster(os.path.join(TMP, 'w111_019.pdf'), 150, 'r019')[0]
    im = rotate(im, 1.7)
    im = noise(im, 9).filter(ImageFilter.GaussianBlur(0.6))
    buf = os.path.join(TMP, 'r019.jpg'); im.save(buf, 'JPEG', quality=55)
    Image.open(buf).save(os.path.join(OUT, 'w111_019_skewed_twocol_scan.pdf'), 'PDF', resolution=150)

def find_coeffs(pa, pb):
    m = []
    for p1, p2 in zip(pa, pb):
        m.append([p1[0], p1[1], 1, 0, 0, 0, -p2[0] * p1[0], -p2[0] * p1[1]])
        m.append([0, 0, 0, p1[0], p1[1], 1, -p2[1] * p1[0], -p2[1] * p1[1]])
    A = np.array(m, dtype=float); B = np.array(pb).reshape(8)
    return np.linalg.solve(A, B).tolist()

# 020: phone photo with perspective, on a desk, uneven light
def s020():
    im = raster(os.path.join(TMP, 'w111_020_src.pdf'), 120, 'r020')[0]
    w, h = im.size
    Wc, Hc = int(w * 1.18), int(h * 1.12)
    bg = Image.new('RGB', (Wc, Hc), (92, 70, 52))
    bgn = noise(bg, 12).filter(ImageFilter.GaussianBlur(2))
    dst = [(70, 55), (Wc - 40, 95), (Wc - 95, Hc - 30), (40, Hc - 70)]  # page corners in photo
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    coeffs = find_coeffs(dst, src)
    page = im.transform((Wc, Hc), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=None)
    mask = Image.new('L', (w, h), 255).transform((Wc, Hc), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    out = Image.composite(page, bgn, mask)
    # lighting gradient
    g = np.linspace(1.05, 0.72, Wc)[None, :, None] * np.linspace(1.0, 0.85, Hc)[:, None, None]
    a = np.clip(np.asarray(out).astype(float) * g, 0, 255).astype(np.uint8)
    out = noise(Image.fromarray(a), 6).filter(ImageFilter.GaussianBlur(0.7))
    out.save(os.path.join(OUT, 'w111_020_phone_photo.png'))

# 021: two-page low-contrast grey scan
def s021():
    pages = raster(os.path.join(TMP, 'w111_021_src.pdf'), 120, 'r021')
    outp = []
    for i, im in enumerate(pages):
        g = im.convert('L')
        a = np.asarray(g).astype(float); a = 95 + a * (205 - 95) / 255.0
        g = Image.fromarray(a.astype(np.uint8)).convert('RGB')
        g = rotate(noise(g, 8), 0.6 if i == 0 else -0.9).filter(ImageFilter.GaussianBlur(0.5)).convert('L')
        outp.append(g)
    outp[0].save(os.path.join(OUT, 'w111_021_scan_lowcontrast_2p.pdf'), 'PDF', resolution=120, save_all=True, append_images=outp[1:])

if __name__ == '__main__':
    s017(); s018(); s019(); s020(); s021(); print('ok')
