# -*- coding: utf-8 -*-
"""Damaged files: truncated PDF, PDF encrypted with a user password, random bytes named .docx."""
import os, sys
from pypdf import PdfReader, PdfWriter
out = sys.argv[1]
src = "/tmp/w17_html/scan_017.pdf"     # a real Chromium-printed CV used as raw material
data = open(src, "rb").read()
open(os.path.join(out, "w17_022_damaged_truncated_pdf.pdf"), "wb").write(data[: int(len(data) * 0.37)])
w = PdfWriter()
for pg in PdfReader("/tmp/w17_html/scan_019.pdf").pages: w.add_page(pg)
w.encrypt(user_password="Kh@rachi2024", owner_password="w17-owner", algorithm="RC4-128")
with open(os.path.join(out, "w17_023_damaged_encrypted_pdf.pdf"), "wb") as f: w.write(f)
import random
r = random.Random(24)
open(os.path.join(out, "w17_024_damaged_random_docx.docx"), "wb").write(bytes(r.getrandbits(8) for _ in range(23817)))
print("damaged done")
