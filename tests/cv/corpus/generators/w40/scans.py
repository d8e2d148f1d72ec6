# Render the scan CVs through a real renderer, rasterize, degrade (rotate/noise/blur/contrast), save image-only.
import os, subprocess, random
from PIL import Image, ImageFilter, ImageEnhance
import render
from data import P, fname
random.seed(40)
base = {17: render.rl_twocol, 18: render.fpdf_datemargin, 19: render.rl_sidepanel, 20: render.fpdf_sidepanel, 21: render.rl_datemargin}
angle = {17: 0.8, 18: -1.4, 19: 1.9, 20: -0.6, 21: 1.2}
def degrade(im, n):
    im = im.convert("L")
    im = ImageEnhance.Contrast(im).enhance(0.55 if n != 21 else 0.7)
    im = ImageEnhance.Brightness(im).enhance(1.08)
    im = im.rotate(angle[n], resample=Image.BICUBIC, expand=True, fillcolor=235)
    px = im.load(); w, h = im.size
    for _ in range(w * h // 25):
        x, y = random.randrange(w), random.randrange(h); v = px[x, y]
        px[x, y] = max(0, min(255, v + random.randint(-70, 70)))
    im = im.filter(ImageFilter.GaussianBlur(0.9 if n != 20 else 1.2))
    if n == 21:  # photo of a page: warm tint, vignette-ish gradient
        g = Image.linear_gradient("L").resize(im.size).point(lambda v: 40 + v // 4)
        im = Image.merge("RGB", (im.point(lambda v: min(255, v + 6)), im, im.point(lambda v: max(0, v - 18))))
        shade = Image.merge("RGB", (g, g, g)); im = Image.blend(im, shade, 0.12)
    return im
for p in P:
    if not p.get("scan"): continue
    n = p["n"]; src = f"/tmp/w40build/scan_{n}.pdf"; base[n](p, src)
    subprocess.run(["pdftoppm", "-r", "130", "-png", "-f", "1", "-l", "1", src, f"/tmp/w40build/scan_{n}"], check=True)
    pngs = sorted(f for f in os.listdir("/tmp/w40build") if f.startswith(f"scan_{n}-") and f.endswith(".png"))
    im = degrade(Image.open("/tmp/w40build/" + pngs[0]), n)
    out = os.path.join(render.OUT, fname(p))
    if p["ext"] == "pdf": im.convert("RGB").save(out, "PDF", resolution=130)
    elif p["ext"] == "jpg": im.convert("RGB").save(out, "JPEG", quality=62)
    else: im.save(out, "PNG")
    print("ok", fname(p))
