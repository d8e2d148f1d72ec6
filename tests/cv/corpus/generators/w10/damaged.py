# -*- coding: utf-8 -*-
"""Two files a careful reader must refuse."""
import os, re, zipfile, zlib, subprocess, tempfile, shutil
from common import fname


def docx_cut_mid_tag(byn, out_path, files_dir):
    """Valid ZIP (all CRCs right), but word/document.xml ends in the middle of a tag, ~40% into the body."""
    src = os.path.join(files_dir, fname(byn[2]))
    zin = zipfile.ZipFile(src)
    with zipfile.ZipFile(out_path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "word/document.xml":
                s = data.decode("utf-8")
                body = s.index("<w:body>")
                cut = s.index("<w:r", body + int((len(s) - body) * 0.15))
                s = s[:cut] + '<w:rPr><w:rFonts w:ascii="Liberation Sans" w:hAnsi="Lib'
                data = s.encode("utf-8")
            zout.writestr(info, data)


def pdf_unsupported_filters(byn, out_path, files_dir):
    """Every stream is re-encoded and labelled with filters no PDF reader implements
    (/XORDecode over /BrotliDecode); xref is rebuilt so the file structure itself is valid."""
    src = os.path.join(files_dir, fname(byn[12]))
    work = tempfile.mkdtemp(prefix="w10_dmg_")
    qdf = os.path.join(work, "q.pdf")
    subprocess.run(["qpdf", "--qdf", "--object-streams=disable", "--stream-data=uncompress", "--decode-level=all",
                    src, qdf], check=False)
    raw = open(qdf, "rb").read()
    key = 0x5A

    def fix(m):
        head, dic, data = m.group(1), m.group(2), m.group(3)
        enc = bytes(b ^ key for b in zlib.compress(data, 9))
        dic = re.sub(rb"/Filter\s*(/\w+|\[[^\]]*\])", b"", dic)
        dic = re.sub(rb"/DecodeParms\s*(<<[^>]*>>|\[[^\]]*\])", b"", dic)
        dic = re.sub(rb"/Length\s+\d+(\s+0\s+R)?", b"", dic)
        dic = dic.rstrip()
        assert dic.endswith(b">>")
        dic = dic[:-2] + b" /Filter [/XORDecode /BrotliDecode] /Length " + str(len(enc)).encode() + b" >>"
        return head + dic + b"\nstream\n" + enc + b"\nendstream"

    out = re.sub(rb"(\d+ 0 obj\s*)(<<(?:(?!endobj).)*?>>)\s*stream\n(.*?)\nendstream", fix, raw, flags=re.S)
    tmp = os.path.join(work, "t.pdf")
    open(tmp, "wb").write(out)
    # rebuild xref without touching stream data
    subprocess.run(["qpdf", "--stream-data=preserve", "--decode-level=none", tmp, out_path], check=False)
    if not os.path.exists(out_path):
        shutil.copy(tmp, out_path)
    shutil.rmtree(work, ignore_errors=True)


DAMAGED = [
    dict(n=27, layout="damaged_docx_truncated_xml", ext="docx", make=docx_cut_mid_tag),
    dict(n=28, layout="damaged_pdf_unknown_filters", ext="pdf", make=pdf_unsupported_filters),
]
