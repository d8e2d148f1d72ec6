"""Turn w19's own intermediate PDFs (src_NNN.pdf) into scans/photos. Usage: make_scans.py SRCDIR OUTDIR"""
import sys, os, subprocess, random, math
sys.path.insert(0, os.path.dirname(__file__))
from people import PEOPLE
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps

DJ = "/usr/share/fonts/truetype/dejavu/"
def font(sz, bold=False): return ImageFont.truetype(DJ + ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"), sz)

def render(pdf, dpi, gray=False):
    base = f"/tmp/w19render_{os.getpid()}"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png"] + (["-gray"] if gray else []) + [pdf, base], check=True)
    pages = sorted(f for f in os.listdir("/tmp") if f.startswith(os.path.basename(base) + "-"))
    ims = [Image.open(os.path.join("/tmp", f)).convert("L" if gray else "RGB") for f in pages]
    for f in pages: os.remove(os.path.join("/tmp", f))
    return ims

def noise(im, sigma, rng):
    a = np.asarray(im).astype(np.float32)
    a += rng.normal(0, sigma, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), im.mode)

def find_coeffs(dst, src):
    A = []
    for (x, y), (X, Y) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -X * x, -X * y]); A.append([0, 0, 0, x, y, 1, -Y * x, -Y * y])
    return np.linalg.solve(np.array(A, float), np.array(src, float).reshape(8)).tolist()

def phone(src, out, rng):
    pg = render(src, 170)[0]; w, h = pg.size
    W, H = int(w * 1.25), int(h * 1.2)
    bg = Image.new("RGB", (W, H), (92, 74, 58))  # wooden desk
    bg = noise(bg, 10, rng).filter(ImageFilter.GaussianBlur(2))
    # page corners in the photo (perspective: top narrower than bottom)
    dst = [(int(W * .16), int(H * .06)), (int(W * .86), int(H * .08)), (int(W * .95), int(H * .96)), (int(W * .05), int(H * .95))]
    coeffs = find_coeffs(dst, [(0, 0), (w, 0), (w, h), (0, h)])
    warped = pg.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", (W, H), 0); ImageDraw.Draw(mask).polygon(dst, fill=255)
    bg.paste(warped, (0, 0), mask)
    # shadow of the phone/hand from the upper right, plus uneven light
    a = np.asarray(bg).astype(np.float32)
    yy, xx = np.mgrid[0:H, 0:W]
    light = 0.78 + 0.22 * (1 - (xx / W) * 0.6 - (yy / H) * 0.3)
    sh = np.zeros((H, W), np.float32); shimg = Image.new("L", (W, H), 0)
    ImageDraw.Draw(shimg).polygon([(int(W * .55), 0), (W, 0), (W, int(H * .45)), (int(W * .8), int(H * .30))], fill=110)
    sh = np.asarray(shimg.filter(ImageFilter.GaussianBlur(60))).astype(np.float32) / 255
    a = a * light[..., None] * (1 - sh[..., None]); a[..., 2] *= 0.93  # warm indoor light
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.9))
    noise(im, 5, rng).save(out, "JPEG", quality=78)

def fax(src, out, rng):
    pg = render(src, 200, gray=True)[0]; w, h = pg.size
    pg = pg.resize((w, h // 2), Image.BILINEAR)  # 200 x 100 dpi "standard" fax resolution
    d = ImageDraw.Draw(pg); d.text((20, 4), "NOV-18-2026 09:14  FROM: RIZGARY HOSP HR      TO: 18005551234      P.001/001", font=font(18), fill=0)
    a = np.asarray(pg).astype(np.float32) + rng.normal(0, 22, (h // 2, w))
    bw = (a > 150)
    speck = rng.random(bw.shape) < 0.0015; bw[speck] = False
    img = Image.fromarray((bw * 255).astype(np.uint8)).convert("1", dither=Image.Dither.NONE)
    img.save(out, "PDF", dpi=(200, 100))

def skew(src, out, rng):
    pg = render(src, 300, gray=True)[0]
    pg = pg.rotate(2.0, resample=Image.BICUBIC, expand=True, fillcolor=255).filter(ImageFilter.GaussianBlur(0.7))
    pg = noise(pg, 9, rng)
    pg = ImageOps.autocontrast(pg, cutoff=0).point(lambda v: int(20 + v * 0.9))
    pg.save(out, "PDF", resolution=300)

def photocopy(src, out, rng):
    ims = render(src, 150, gray=True); res = []
    for pg in ims:
        pg = pg.point(lambda v: int(118 + v * 0.33))  # washed out toner: text ~118, paper ~202
        a = np.asarray(pg).astype(np.float32); h, w = a.shape
        a -= np.linspace(25, 0, w)[None, :] * (np.arange(w)[None, :] < w * .08)  # grey band at the binding edge
        a += rng.normal(0, 7, a.shape)
        sp = rng.random(a.shape) < 0.0008; a[sp] = 90
        pg = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).rotate(-0.6, resample=Image.BICUBIC, fillcolor=200).filter(ImageFilter.GaussianBlur(0.8))
        res.append(pg)
    res[0].save(out, "PDF", resolution=150, save_all=True, append_images=res[1:])

def twocol_scan(src, out, rng):
    pg = render(src, 200)[0].rotate(0.8, resample=Image.BICUBIC, expand=True, fillcolor=(250, 250, 247))
    pg = noise(pg.filter(ImageFilter.GaussianBlur(0.6)), 6, rng)
    pg.save(out, "PDF", resolution=200, quality=70)

def stamp(src, out, rng):
    pg = render(src, 200)[0].convert("RGBA"); w, h = pg.size
    ov = Image.new("RGBA", (w, h), (0, 0, 0, 0)); d = ImageDraw.Draw(ov)
    cx, cy, r = int(w * .68), int(h * .47), int(w * .13)
    for rr in (r, r - 14): d.ellipse((cx - rr, cy - rr, cx + rr, cy + rr), outline=(190, 30, 40, 170), width=7)
    d.ellipse((cx - r + 70, cy - r + 70, cx + r - 70, cy + r - 70), outline=(190, 30, 40, 150), width=4)
    txt = "CERTIFIED TRUE COPY * NOTARY PUBLIC CLUJ *"
    for i, ch in enumerate(txt):
        ang = -math.pi / 2 + i * 2 * math.pi / len(txt); x = cx + (r - 38) * math.cos(ang); y = cy + (r - 38) * math.sin(ang)
        g = Image.new("RGBA", (40, 40), (0, 0, 0, 0)); ImageDraw.Draw(g).text((8, 4), ch, font=font(26, True), fill=(190, 30, 40, 180))
        g = g.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC); ov.alpha_composite(g, (int(x) - 20, int(y) - 20))
    d.text((cx - 95, cy - 20), "No. 4471/2026", font=font(30, True), fill=(190, 30, 40, 170))
    # blue ink signature over the lower text
    pts = []; x0, y0 = int(w * .35), int(h * .56)
    for t in np.linspace(0, 1, 400):
        pts.append((x0 + t * w * .35 + 40 * math.sin(t * 31), y0 + 55 * math.sin(t * 13) * math.cos(t * 5) - t * 80))
    d.line(pts, fill=(20, 40, 150, 200), width=5, joint="curve")
    pg = Image.alpha_composite(pg, ov).convert("RGB").rotate(-0.5, resample=Image.BICUBIC, fillcolor=(255, 255, 255))
    noise(pg.filter(ImageFilter.GaussianBlur(0.5)), 5, rng).save(out, "PDF", resolution=200, quality=75)

def screenshot(src, out, rng):
    pg = render(src, 110)[0]; w, h = pg.size
    W, H = w + 260, h + 120
    im = Image.new("RGB", (W, H), (58, 58, 62)); d = ImageDraw.Draw(im)
    d.rectangle((0, 0, W, 44), fill=(32, 33, 36)); d.text((16, 12), "CV_LEE_SeoYeon_2026.pdf", font=font(17), fill=(230, 230, 230))
    d.text((W - 330, 12), "1 / 1      –   110%   +", font=font(17), fill=(200, 200, 200))
    for i, c in enumerate([(237, 106, 94), (245, 191, 79), (98, 197, 84)]): d.ellipse((W - 90 + i * 26, 14, W - 74 + i * 26, 30), fill=c)
    im.paste(pg, (130, 70)); d.rectangle((W - 14, 60, W - 6, 400), fill=(120, 120, 120))
    im.save(out, "PNG")

FX = dict(phone=phone, fax=fax, skew=skew, photocopy=photocopy, twocol=twocol_scan, stamp=stamp, screenshot=screenshot)
if __name__ == "__main__":
    srcdir, outdir = sys.argv[1:3]
    for p in PEOPLE:
        if not p.get("scan"): continue
        rng = np.random.default_rng(p["n"])
        FX[p["scan"]](os.path.join(srcdir, f"src_{p['n']:03d}.pdf"), os.path.join(outdir, p["file"]), rng); print("scan", p["file"])
