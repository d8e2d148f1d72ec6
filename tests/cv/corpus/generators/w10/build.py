# -*- coding: utf-8 -*-
"""Rebuild everything: ../.venv/bin/python build.py  (from generators/)"""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from records import RECORDS
from common import fname, truth_row
import lo_writer, others, scans, damaged

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")


def main(only=None):
    os.makedirs(FILES, exist_ok=True)
    rows = []
    for rec in RECORDS:
        out = os.path.join(FILES, fname(rec))
        lay = rec["layout"]
        if only and rec["n"] not in only:
            rows.append(truth_row(rec)); continue
        if lay == "lo_table_docx":
            lo_writer.render(rec, "table", out, "docx:MS Word 2007 XML")
        elif lay == "lo_frame_docx":
            lo_writer.render(rec, "frame", out, "docx:MS Word 2007 XML")
        elif lay == "lo_pdf":
            lo_writer.render(rec, "pdf", out, "pdf:writer_pdf_Export")
        elif lay == "europass_html":
            others.europass(rec, out)
        elif lay.startswith("fpdf_"):
            others.fpdf_cv(rec, out)
        elif lay.startswith("txt_"):
            others.txt_cv(rec, out)
        elif lay == "rtf_hand":
            others.rtf_cv(rec, out)
        else:
            raise ValueError(lay)
        print("built", fname(rec))
        rows.append(truth_row(rec))
    byn = {r["n"]: r for r in RECORDS}
    for sc in scans.SCANS:
        fn = f"w10_{sc['n']:03d}_{sc['layout']}.{sc['ext']}"
        if not only or sc["n"] in only:
            scans.make(sc, byn[sc["src"]], os.path.join(FILES, fn), FILES)
            print("built", fn)
        rows.append(truth_row(byn[sc["src"]], file=fn, layout=sc["layout"], needs_ocr=True))
    for d in damaged.DAMAGED:
        fn = f"w10_{d['n']:03d}_{d['layout']}.{d['ext']}"
        if not only or d["n"] in only:
            d["make"](byn, os.path.join(FILES, fn), FILES)
            print("built", fn)
        rows.append({"file": fn, "layout": d["layout"], "error": True})
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main({int(x) for x in sys.argv[1:]} or None)
