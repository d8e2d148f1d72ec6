import os, random, shutil
from pypdf import PdfReader, PdfWriter
OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "files"))
random.seed(4040)
# 022: a real CV PDF cut at 45% of its bytes (as if the upload was interrupted)
b = open(os.path.join(OUT, "w40_002_rl_datemargin.pdf"), "rb").read()
open(os.path.join(OUT, "w40_022_damaged_truncated.pdf"), "wb").write(b[: int(len(b) * 0.45)])
# 023: a real CV PDF encrypted with a user password
r = PdfReader(os.path.join(OUT, "w40_014_md_chromium.pdf")); w = PdfWriter()
for pg in r.pages: w.add_page(pg)
w.encrypt(user_password="Irbid2025!", owner_password="owner-w40", algorithm="RC4-128")
with open(os.path.join(OUT, "w40_023_damaged_encrypted.pdf"), "wb") as f: w.write(f)
# 024: random bytes with a .docx name
open(os.path.join(OUT, "w40_024_damaged_random.docx"), "wb").write(bytes(random.getrandbits(8) for _ in range(23817)))
print("ok damaged")
