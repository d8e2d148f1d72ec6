"""Scanned CVs for OCR generalisation (split ``extra``): fpdf2 pages rasterised, rotated, blurred and noised.

Written for issue 12 by the parser's engineer (so not blind like dev/test): each CV puts the applicant's
contacts somewhere a scan makes hard (a bordered table, a sidebar, a footer, after the referees) and has
names with diacritics and referees with their own emails and phones. Only identity is scored on scans.
Re-run: ``python tests/cv/corpus/extra/generate.py`` (fpdf2, Pillow, numpy, pypdfium2; DejaVu fonts).
"""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from fpdf import FPDF
from PIL import Image, ImageFilter

HERE = Path(__file__).parent
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

PEOPLE = [
    # name, email, phone as written, E.164, city/country, layout
    ("Łukasz Wójcik", "lukasz.wojcik88@gmail.com", "+48 512 334 871", "+48512334871", "Kraków, Poland", "table"),
    (
        "Ayşe Gül Yılmaz",
        "aysegul.yilmaz@outlook.com",
        "+90 532 418 2290",
        "+905324182290",
        "Ankara, Türkiye",
        "sidebar",
    ),
    (
        "Nguyễn Thị Hương",
        "huong.nguyen.md@yahoo.com",
        "+84 912 345 678",
        "+84912345678",
        "Huế, Vietnam",
        "referees_first",
    ),
    (
        "João Gonçalves",
        "joao.goncalves@proton.me",
        "+55 11 98765 4321",
        "+5511987654321",
        "São Paulo, Brazil",
        "footer",
    ),
    ("Ştefan Dumitrescu", "s.dumitrescu@gmail.com", "+40 721 555 019", "+40721555019", "Iași, Romania", "table"),
    (
        "Chidinma Okonkwo-Eze",
        "chidinma.okonkwo@gmail.com",
        "+234 803 112 4567",
        "+2348031124567",
        "Enugu, Nigeria",
        "referees_first",
    ),
    (
        "María José Álvarez",
        "mj.alvarez.md@hotmail.com",
        "+57 310 222 7788",
        "+573102227788",
        "Medellín, Colombia",
        "sidebar",
    ),
    ("Rahul Deshpande", "rahul.deshpande91@gmail.com", "+91 98201 44556", "+919820144556", "Pune, India", "footer"),
]
REFEREES = [
    (
        "Dr. Karen Whitfield",
        "Program Director, Internal Medicine, Henry Ford Hospital, Detroit, MI",
        "kwhitfield@hfhs.org",
        "+1 313 555 0142",
    ),
    (
        "Dr. Samuel Ortiz",
        "Attending Physician, Jackson Memorial Hospital, Miami, FL",
        "sortiz@med.miami.edu",
        "+1 305 555 0199",
    ),
]
BODY = [
    ("EDUCATION", ["MD, Faculty of Medicine, 2016 - 2022", "Class rank: top 10%"]),
    ("USMLE", ["Step 1: Pass", "Step 2 CK: 241", "ECFMG: Certified (2024)"]),
    ("CLINICAL EXPERIENCE (USA)", ["03/2024 - 05/2024  Observership - Internal Medicine",
                                   "Mount Sinai Hospital, New York, NY"]),
    ("LANGUAGES", ["English (fluent), Spanish (basic)"]),
]  # fmt: skip


class Doc(FPDF):
    footer_text = ""

    def footer(self) -> None:
        if self.footer_text:
            self.set_y(-14)
            self.set_font("dv", size=9)
            self.cell(0, 6, self.footer_text, align="C")


def _doc() -> Doc:
    pdf = Doc(format="A4")
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", BOLD)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    return pdf


def _section(pdf: FPDF, title: str, lines: list[str], x: float = 15, w: float = 180) -> None:
    pdf.set_x(x)
    pdf.set_font("dv", "B", 11)
    pdf.cell(w, 7, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", size=10)
    for line in lines:
        pdf.set_x(x)
        pdf.multi_cell(w, 5.5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def _referees(pdf: FPDF, x: float = 15, w: float = 180) -> None:
    lines = []
    for name, role, mail, phone in REFEREES:
        lines += [name, role, f"Email: {mail} | Phone: {phone}"]
    _section(pdf, "REFEREES", lines, x, w)


def make(person: tuple[str, ...]) -> bytes:
    name, mail, phone, _, place, layout = person
    pdf = _doc()
    pdf.set_font("dv", "B", 20)
    if layout == "sidebar":
        pdf.set_fill_color(225, 225, 225)
        pdf.rect(0, 0, 62, 297, style="F")
        pdf.set_xy(8, 20)
        pdf.set_font("dv", "B", 11)
        pdf.cell(50, 7, "CONTACT", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", size=9)
        for line in (mail, phone, place):
            pdf.set_x(8)
            pdf.multi_cell(50, 5, line, new_x="LMARGIN", new_y="NEXT")
        pdf.set_xy(70, 18)
        pdf.set_font("dv", "B", 20)
        pdf.cell(130, 10, name, new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(34)
        for title, lines in BODY:
            _section(pdf, title, lines, 70, 125)
        _referees(pdf, 70, 125)
        return bytes(pdf.output())
    pdf.cell(0, 12, name + ", MD", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", size=10)
    pdf.cell(0, 6, "International Medical Graduate - Applicant for US Residency", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    if layout == "table":
        for label, value in (("Email", mail), ("Phone", phone), ("Address", place)):
            pdf.cell(35, 7, label, border=1)
            pdf.cell(80, 7, value, border=1, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    elif layout == "referees_first":
        _referees(pdf)
        pdf.set_font("dv", size=10)
        pdf.cell(0, 6, f"Contact: {mail}  |  Mobile: {phone}  |  {place}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    elif layout == "footer":
        pdf.footer_text = f"{name}  ·  {mail}  ·  {phone}  ·  {place}"
    for title, lines in BODY:
        _section(pdf, title, lines)
    if layout != "referees_first":
        _referees(pdf)
    return bytes(pdf.output())


def scan(pdf_bytes: bytes, rng: random.Random) -> bytes:
    """Pages rendered at 200 dpi, turned 0.5-2 degrees, blurred, noised and saved as JPEG in an image-only PDF."""
    doc = pdfium.PdfDocument(pdf_bytes)
    images = []
    for index in range(len(doc)):
        image = doc[index].render(scale=200 / 72, grayscale=True).to_pil().convert("L")
        image = image.rotate(rng.choice([-1, 1]) * rng.uniform(0.5, 2.0), expand=True, fillcolor=255)
        image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
        pixels = np.asarray(image, dtype=np.float32)
        noise = np.random.default_rng(rng.randrange(1 << 30)).normal(0, rng.uniform(6, 14), pixels.shape)
        images.append(Image.fromarray(np.clip(pixels + noise, 0, 255).astype(np.uint8)))
    out = io.BytesIO()
    images[0].save(out, "PDF", resolution=200.0, save_all=True, append_images=images[1:], quality=55)
    return out.getvalue()


def main() -> None:
    rng = random.Random(20261203)
    rows = []
    for n, person in enumerate(PEOPLE, 1):
        name = f"x_{n:03d}_scan_{person[5]}.pdf"
        (HERE / "files" / name).write_bytes(scan(make(person), rng))
        rows.append({"file": name, "needs_ocr": True, "full_name": person[0], "email": person[1],
                     "phone_e164": person[3]})  # fmt: skip
    (HERE / "truth.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")


if __name__ == "__main__":
    main()
