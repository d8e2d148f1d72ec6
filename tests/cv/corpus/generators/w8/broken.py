# -*- coding: utf-8 -*-
"""Two files a careful reader must refuse."""
import json, os, zipfile, struct
import pikepdf
from build import FILES, WORK

rows = []
# 027: DOCX cut 24 bytes into the compressed word/document.xml stream: no central directory,
#      no end-of-central-directory record, and the body text is gone (a failed upload/download).
src = os.path.join(FILES, "w8_019_docx_nigeria.docx")
data = open(src, "rb").read()
with zipfile.ZipFile(src) as z:
    zi = z.getinfo("word/document.xml")
off = zi.header_offset
n, e = struct.unpack("<HH", data[off + 26:off + 30])
cut = off + 30 + n + e + 24
out = os.path.join(FILES, "w8_027_broken_docx_truncated.docx")
open(out, "wb").write(data[:cut])
rows.append({"file": os.path.basename(out), "layout": "broken_docx_truncated", "error": True})

# 028: PDF encrypted with AES-256 and both an owner and a (unknown) user password.
src = os.path.join(FILES, "w8_007_typst_grid.pdf")
out = os.path.join(FILES, "w8_028_broken_pdf_encrypted.pdf")
with pikepdf.open(src) as pdf:
    pdf.save(out, encryption=pikepdf.Encryption(user="Medellin#2017", owner="owner-9f3c", R=6))
rows.append({"file": os.path.basename(out), "layout": "broken_pdf_encrypted", "error": True})

with open(os.path.join(WORK, "truth_broken.jsonl"), "w") as f:
    for r in rows:
        f.write(json.dumps(r) + "\n")
print("broken files written")
