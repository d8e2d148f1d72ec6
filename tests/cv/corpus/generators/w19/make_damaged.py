"""Damaged files: truncated PDF, user-password-encrypted PDF, random bytes named .docx. Usage: make_damaged.py SRCDIR OUTDIR"""
import sys, os, random
sys.path.insert(0, os.path.dirname(__file__))
from people import DAMAGED
from pypdf import PdfReader, PdfWriter
src, out = sys.argv[1:3]
d = {x["n"]: os.path.join(out, x["file"]) for x in DAMAGED}
data = open(os.path.join(src, "w19_014_vietnam_fpdf2.pdf"), "rb").read()
open(d[22], "wb").write(data[: int(len(data) * 0.42)])          # cut mid-stream, no xref / %%EOF
w = PdfWriter(); [w.add_page(pg) for pg in PdfReader(os.path.join(src, "w19_008_formazione_fpdf2.pdf")).pages]
w.encrypt(user_password="Milano#2026", owner_password="owner-w19-secret", algorithm="RC4-128"); w.write(d[23])
open(d[24], "wb").write(random.Random(24).randbytes(23817))      # not a zip at all
print("damaged ok")
