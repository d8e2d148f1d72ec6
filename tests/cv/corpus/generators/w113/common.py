"""Shared helpers for w113 generators (rendering only; truth is hand-written in truth.py)."""
import os, subprocess, shutil, tempfile, random

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FILES = os.path.join(ROOT, "files")
WORK = os.path.join(ROOT, "generators", "_work")
os.makedirs(FILES, exist_ok=True)
os.makedirs(WORK, exist_ok=True)


def out(name):
    return os.path.join(FILES, name)


def work(name):
    return os.path.join(WORK, name)


def soffice_convert(src, fmt, outdir, filt=None):
    """LibreOffice headless conversion; returns produced path."""
    target = fmt if not filt else f"{fmt}:{filt}"
    prof = tempfile.mkdtemp(prefix="lo_w113_")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                    "--convert-to", target, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.rmtree(prof, ignore_errors=True)
    base = os.path.splitext(os.path.basename(src))[0]
    return os.path.join(outdir, base + "." + fmt)


def chromium_pdf(html_text, dest, stem):
    hp = work(stem + ".html")
    with open(hp, "w", encoding="utf-8") as f:
        f.write(html_text)
    prof = tempfile.mkdtemp(prefix="chr_w113_")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    f"--user-data-dir={prof}", "--no-pdf-header-footer",
                    f"--print-to-pdf={dest}", "file://" + hp],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.rmtree(prof, ignore_errors=True)
    return dest


def pdf_to_images(pdf, dpi=150, gray=True):
    from PIL import Image
    stem = work(os.path.basename(pdf) + "_r")
    args = ["pdftoppm", "-r", str(dpi), "-png"]
    if gray:
        args.append("-gray")
    subprocess.run(args + [pdf, stem], check=True)
    d = os.path.dirname(stem)
    pages = sorted(p for p in os.listdir(d) if p.startswith(os.path.basename(stem)) and p.endswith(".png"))
    imgs = [Image.open(os.path.join(d, p)).copy() for p in pages]
    for p in pages:
        os.remove(os.path.join(d, p))
    return imgs
