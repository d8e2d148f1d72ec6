#!/usr/bin/env python3
"""Damaged files: 022 truncated PDF, 023 encrypted PDF (user password), 024 corrupt DOCX zip."""
import os, subprocess, io, zipfile, random
from pypdf import PdfReader, PdfWriter
from docx import Document
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, "..", "files"))
TMP = os.path.join(HERE, "build_tmp")
random.seed(1031)

HTML = """<!DOCTYPE html><html><head><meta charset='utf-8'><title>CV</title></head><body style="font-family:'Noto Sans'">
<h1>{name}</h1><p>{contact}</p><h2>Education</h2><p>{edu}</p><h2>USMLE</h2><p>Step 1: Pass; Step 2 CK: {ck}</p>
<h2>US Clinical Experience</h2><p>{usce}</p></body></html>"""

def chrome(html, out):
    src = out + ".html"; open(src, "w", encoding="utf-8").write(html)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", "file://" + src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

# 022: upload cut off at ~35% of the bytes (no xref, no trailer, no %%EOF)
full = os.path.join(TMP, "dmg022_full.pdf")
chrome(HTML.format(name="Farah Naz Qureshi", contact="farah.qureshi.md@gmail.com · +92 333 555 7788",
                   edu="MBBS, Dow University of Health Sciences, Karachi, 2021", ck="234",
                   usce="Observership, Internal Medicine, Houston Methodist, Houston, TX, 02/2024–03/2024"), full)
data = open(full, "rb").read()
open(os.path.join(OUT, "w103_022_damaged_truncated.pdf"), "wb").write(data[: int(len(data) * 0.35)])

# 023: PDF encrypted with an unknown user password (RC4-128)
full = os.path.join(TMP, "dmg023_full.pdf")
chrome(HTML.format(name="Andrei Popescu", contact="andrei.popescu.md@yahoo.ro · +40 722 555 019",
                   edu="MD, Carol Davila University of Medicine and Pharmacy, Bucharest, 2022", ck="241",
                   usce="Externship, Internal Medicine, Chicago, IL, 05/2024–07/2024"), full)
w = PdfWriter(clone_from=PdfReader(full))
w.encrypt(user_password="Rotations#2026", owner_password="owner-w103-x", algorithm="RC4-128")
with open(os.path.join(OUT, "w103_023_damaged_encrypted.pdf"), "wb") as f:
    w.write(f)

# 024: DOCX whose zip is broken: local headers kept, central directory lost, bytes in the middle overwritten
d = Document(); d.add_heading("Curriculum Vitae", 0); d.add_paragraph("Nadia Benali — nadia.benali.md@gmail.com — +212 661 555 432")
d.add_paragraph("MD, Faculté de Médecine et de Pharmacie de Rabat, 2023")
buf = io.BytesIO(); d.save(buf); data = bytearray(buf.getvalue())
cut = data[: int(len(data) * 0.55)]
for i in range(600, min(len(cut), 4600)):
    cut[i] = random.randrange(256)
open(os.path.join(OUT, "w103_024_damaged_corrupt_zip.docx"), "wb").write(bytes(cut))
print("damaged done")
