"""Damaged files: a truncated PDF, an encrypted PDF (unknown password), a zero-length DOCX."""
import os, sys, tempfile, shutil
from people import P, DAMAGED
from render import render, fname
from pypdf import PdfReader, PdfWriter

outdir = sys.argv[1]
tmp = tempfile.mkdtemp()
src = os.path.join(tmp, "src.pdf")
base = dict(next(p for p in P if p["n"] == 2)); base = dict(base, layout="chromium_header_band")
render(base, src)  # a real CV PDF to damage (from a different imaginary applicant is irrelevant: it will not open)
data = open(src, "rb").read()
d = {x["n"]: x for x in DAMAGED}

# 022: truncated mid-stream: keep the first 35 % of bytes (no xref, no trailer, no %%EOF)
open(os.path.join(outdir, fname(d[22])), "wb").write(data[: int(len(data) * 0.35)])

# 023: encrypted with a user password the service does not know (RC4-128)
w = PdfWriter(clone_from=PdfReader(src))
w.encrypt(user_password="Hx7!qP2v-w106", owner_password="own-9f3k", algorithm="RC4-128")
with open(os.path.join(outdir, fname(d[23])), "wb") as f:
    w.write(f)

# 024: zero-length .docx (failed upload)
open(os.path.join(outdir, fname(d[24])), "wb").close()
shutil.rmtree(tmp)
print("ok damaged")
