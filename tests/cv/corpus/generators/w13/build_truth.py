# -*- coding: utf-8 -*-
"""Writes truth.jsonl from data.py."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from data import P, months  # noqa: E402

ROOT = os.path.join(os.path.dirname(__file__), "..")

FILES = [
    ("w13_001_rl_charwise_spaced.pdf", "rohan"),
    ("w13_002_fpdf_wordwise_justified.pdf", "chiamaka"),
    ("w13_003_rl_vertical_sidebar.pdf", "mariana"),
    ("w13_004_fpdf_contacts_lastpage.pdf", "ahmed"),
    ("w13_005_rl_coverletter_first.pdf", "sana"),
    ("w13_006_fpdf_footer3col.pdf", "minhanh"),
    ("w13_007_fpdf_cjk_name.pdf", "liwei"),
    ("w13_008_fpdf_devanagari_name.pdf", "priya"),
    ("w13_009_fpdf_arabic_name.pdf", "omar"),
    ("w13_010_lo_pdfa_odt_tables.pdf", "elena"),
    ("w13_011_chromium_dense7pt.pdf", "juanpablo"),
    ("w13_012_fpdf_charwise_twocol.pdf", "fatima"),
    ("w13_013_rl_justified_serif_refs.pdf", "oleksandr"),
    ("w13_014_fpdf_timeline_student.pdf", "kwame"),
    ("w13_015_scan150_rotated.pdf", "anapaula"),
    ("w13_016_scan300_a4.pdf", "josemiguel"),
    ("w13_017_fax_1bit.pdf", "tamar"),
    ("w13_018_scan_twocol.pdf", "devika"),
    ("w13_019_phone_photo.jpg", "samuel"),
    ("w13_020_screenshot.png", "reza"),
    ("w13_021_scan_2page_darkheader.pdf", "zofia"),
    ("w13_022_scan_skewed_gray.pdf", "alicia"),
    ("w13_023_zero_byte.pdf", None),
    ("w13_024_truncated_streams.pdf", None),
    ("w13_025_random_bytes.docx", None),
    ("w13_026_user_password.pdf", None),
    ("w13_027_odt_frame_contacts.odt", "kenji"),
    ("w13_028_odt_table_layout.odt", "mohammad"),
]
KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country",
        "graduation_year", "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status",
        "specialties", "languages", "visa_status", "publications", "usce_months", "usce_months_clinical",
        "usce_entries"]


def layout_of(fn):
    return fn.split("_", 2)[2].rsplit(".", 1)[0]


def rows():
    out = []
    for fn, key in FILES:
        r = {k: None for k in KEYS}
        r["file"], r["layout"] = fn, layout_of(fn)
        if key is None:
            r["error"] = True
        else:
            t = P[key]["truth"]
            r.update(t)
            r["usce_months"] = months(t["usce_entries"])
            r["usce_months_clinical"] = months(t["usce_entries"], {"hands_on", "observership"})
            n = int(fn.split("_")[1])
            if 15 <= n <= 22:
                r["needs_ocr"] = True
        out.append(r)
    return out


if __name__ == "__main__":
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
