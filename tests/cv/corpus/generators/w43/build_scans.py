"""Scans: render a plain reportlab CV, rasterise with pdftoppm, degrade with Pillow (rotation, noise, blur, low contrast).
Image-only PDFs are written by Pillow (no text layer)."""
import sys, os, subprocess, random
sys.path.insert(0, os.path.dirname(__file__))
from people import P
from build_readable import rl_plain, OUT, TMP
from PIL import Image, ImageFilter, ImageEnhance, ImageDraw
from reportlab.lib.pagesizes import letter

CFG = {17: dict(angle=1.2, blur=0.8, noise=18, contrast=0.85, dpi=110),
       18: dict(angle=-0.7, blur=1.1, noise=14, contrast=0.8, dpi=120, jpeg=55),
       19: dict(angle=0.5, blur=0.6, noise=10, contrast=0.9, dpi=150),
       20: dict(angle=-1.8, blur=0.9, noise=20, contrast=0.85, dpi=130),
       21: dict(angle=0.9, blur=0.7, noise=12, contrast=0.45, dpi=140)}

def degrade(img, c, seed):
    rnd = random.Random(seed)
    img = img.convert('L')
    # paper tint / uneven lighting
    w, h = img.size
    grad = Image.linear_gradient('L').resize((w, h)).point(lambda v: 255 - v // 6)
    img = Image.composite(img, grad, img.point(lambda v: 255 - v))  # darken background slightly in gradient
    img = img.rotate(c['angle'], resample=Image.BICUBIC, expand=True, fillcolor=235)
    img = img.filter(ImageFilter.GaussianBlur(c['blur']))
    img = ImageEnhance.Contrast(img).enhance(c['contrast'])
    px = img.load(); W, H = img.size
    for _ in range(int(W * H * 0.02)):
        x, y = rnd.randrange(W), rnd.randrange(H)
        px[x, y] = max(0, min(255, px[x, y] + rnd.randint(-c['noise'] * 3, c['noise'] * 3)))
    noise = Image.effect_noise((W, H), c['noise'])
    img = Image.blend(img, noise, 0.12)
    return img

def build(num):
    p = P[num]; c = CFG[num]
    src = os.path.join(TMP, f'scan_src_{num}.pdf'); rl_plain(p, src, pagesize=letter if num % 2 else __import__('reportlab.lib.pagesizes', fromlist=['A4']).A4)
    base = os.path.join(TMP, f'scan_{num}')
    subprocess.run(['pdftoppm', '-r', str(c['dpi']), '-png', '-f', '1', '-l', '1', '-singlefile', src, base], check=True)
    img = degrade(Image.open(base + '.png'), c, num)
    out = os.path.join(OUT, p['file'])
    if p['ext'] == 'png': img.save(out)
    elif p['ext'] == 'jpg': img.convert('RGB').save(out, quality=c.get('jpeg', 70))
    else: img.convert('RGB').save(out, 'PDF', resolution=c['dpi'])
    print('built', p['file'])

if __name__ == '__main__':
    for n in [int(x) for x in sys.argv[1:]] or sorted(CFG): build(n)
