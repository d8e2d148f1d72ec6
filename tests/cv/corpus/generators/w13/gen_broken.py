# -*- coding: utf-8 -*-
"""Unrecoverable files: zero-byte PDF, every stream truncated, random bytes .docx, user-password PDF."""
import os
import sys
import tempfile

import numpy as np
import pikepdf

sys.path.insert(0, os.path.dirname(__file__))
import gen_text  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), "..", "files")


def build():
    open(os.path.join(OUT, "w13_023_zero_byte.pdf"), "wb").close()
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, "src.pdf")
    gen_text.l013(src)  # a real multi-page CV as the base
    pdf = pikepdf.open(src)
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Stream):
            raw = obj.read_raw_bytes()
            obj.write(raw[:2], filter=obj.get("/Filter"), decode_parms=obj.get("/DecodeParms"))
    pdf.save(os.path.join(OUT, "w13_024_truncated_streams.pdf"))
    rng = np.random.default_rng(24)
    open(os.path.join(OUT, "w13_025_random_bytes.docx"), "wb").write(rng.bytes(48_213))
    src2 = os.path.join(tmp, "src2.pdf")
    gen_text.l006(src2)
    with pikepdf.open(src2) as p2:
        p2.save(os.path.join(OUT, "w13_026_user_password.pdf"),
                encryption=pikepdf.Encryption(user="Vx7-qL2#w13", owner="own-9fT!kq", R=6))


if __name__ == "__main__":
    build()
