# -*- coding: utf-8 -*-
"""Damaged files: truncated PDF, password-encrypted PDF, random bytes named .docx."""
import copy
import os
import random

from people import P


def _persona(base_n, name, email):
    p = copy.deepcopy([x for x in P if x["n"] == base_n][0])
    p["name"] = p["display_name"] = name
    p["email"] = email
    return p


def make(d, path, tmp, build_reportlab):
    if d["n"] == 22:
        src = os.path.join(tmp, "d22.pdf")
        build_reportlab(_persona(12, "Dr Tariq Mahmood Awan", "tariq.awan.med@gmail.com"), src, "classic")
        data = open(src, "rb").read()
        open(path, "wb").write(data[: int(len(data) * 0.4)])
    elif d["n"] == 23:
        from pypdf import PdfReader, PdfWriter
        src = os.path.join(tmp, "d23.pdf")
        build_reportlab(_persona(16, "Dr Rania Saleh Haddad", "rania.haddad.md@gmail.com"), src, "twocol")
        w = PdfWriter()
        for pg in PdfReader(src).pages:
            w.add_page(pg)
        w.encrypt(user_password="Rania2026!", owner_password="owner-w73-x", algorithm="AES-256")
        with open(path, "wb") as f:
            w.write(f)
    elif d["n"] == 24:
        rnd = random.Random(7324)
        open(path, "wb").write(bytes(rnd.getrandbits(8) for _ in range(18432)))
