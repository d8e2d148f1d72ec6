"""Plain-text and hand-written RTF renderers: 007, 014 (TXT), 008 (RTF)."""
import textwrap
from common import pub_blocks, is_pub


def txt_plain(p, path):
    L = []
    L.append("CURRICULUM VITAE")
    L.append("")
    L.append(p["display_name"] + "  MBChB (UCT), FCOG(SA), MMed, Cert MFM(SA)")
    L.append("Consultant Obstetrician & Gynaecologist, Maternal and Fetal Medicine")
    L.append("")
    L.append("Address : " + p["address"])
    L.append("Cell    : " + p["phone_disp"])
    L.append("Email   : " + p["email"])
    L.append("ID/Passport: South African citizen | Born 1983, Durban")
    L.append("")
    for head, kind, items in p["sections"]:
        L.append(head.upper())
        L.append("-" * len(head))
        if kind == "entries":
            for e in items:
                L.append(f"{e['when']}: {e['what']}" + (f" -- {e['where']}" if e["where"] else ""))
                for n in e["notes"]:
                    L.append("    " + n)
        elif kind == "bullets":
            L += ["  * " + b for b in items]
        elif kind == "para":
            L += textwrap.wrap(items, 100)
        elif kind == "refs":
            for n, r, e, ph in items:
                L.append(f"  {n}, {r}. {e}, {ph}")
        elif is_pub(kind):
            for sub, texts, numbered in pub_blocks(p, kind):
                if sub:
                    L.append("  " + sub + ":")
                for i, t in enumerate(texts, 1):
                    L.append(f"  {i}. {t}")
        L.append("")
    L.append("Last updated: 28 Sept 2026")
    open(path, "w", encoding="utf-8").write("\n".join(L) + "\n")


def txt_columns(p, path):
    W = 96
    L = ["=" * W, p["display_name"].center(W), "MBBS, MD (Pathology) -- Associate Professor, BPKIHS".center(W), "=" * W,
         f"{'Address':<12}{p['address']}", f"{'Phone':<12}{p['phone_disp']}", f"{'E-mail':<12}{p['email']}",
         f"{'DOB':<12}1981/07/14 (2038 Shrawan 30 B.S.)", "-" * W, ""]
    for head, kind, items in p["sections"]:
        L.append(f"[ {head.upper()} ]")
        if kind == "entries":
            for e in items:
                first = True
                body = textwrap.wrap(e["what"] + (" | " + e["where"] if e["where"] else ""), W - 22)
                for n in e["notes"]:
                    body += textwrap.wrap("(" + n + ")", W - 22)
                for line in body:
                    L.append(f"  {e['when'] if first else '':<20}{line}")
                    first = False
        elif kind == "kv":
            for k, v in items:
                L.append(f"  {k:<20}{v}")
        elif kind == "bullets":
            for b in items:
                w = textwrap.wrap(b, W - 6)
                L.append("  - " + w[0]); L += ["    " + x for x in w[1:]]
        elif kind == "para":
            L += ["  " + x for x in textwrap.wrap(items, W - 2)]
        elif kind == "refs":
            for n, r, e, ph in items:
                L.append(f"  {n:<28}{r}")
                L.append(f"  {'':<28}{e} / {ph}")
        elif is_pub(kind):
            for sub, texts, numbered in pub_blocks(p, kind):
                if sub:
                    L.append(f"  {sub.upper()}")
                for i, t in enumerate(texts, 1):
                    w = textwrap.wrap(t, W - 8)
                    L.append(f"  {i:>3}. " + w[0]); L += ["       " + x for x in w[1:]]
        L.append("")
    L.append("-" * W)
    L.append("Page 1 of 1 (plain-text version) -- CV - Dr. B. P. Adhikari - updated 08/2026")
    open(path, "w", encoding="utf-8", newline="\r\n").write("\n".join(L) + "\n")


def _rtf_esc(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch in "\\{}":
            o.append("\\" + ch)
        elif c < 128:
            o.append(ch)
        else:
            if c > 32767:
                c -= 65536
            o.append(f"\\u{c}?")
    return "".join(o)


def rtf_doc(p, path):
    e = _rtf_esc
    R = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}",
         r"{\colortbl;\red0\green0\blue0;\red0\green70\blue40;}",
         r"\paperw11906\paperh16838\margl1300\margr1300\margt1200\margb1200",
         r"{\header\pard\qr\f1\fs16 " + e("Prof. Dr. Muhammad Asif Chaudhry \u2014 Curriculum Vitae") + r"\par}",
         r"{\footer\pard\qc\f1\fs16 " + e("CV \u2013 Dr. M. A. Chaudhry \u2013 updated 10/2026 \u2013 Page ")
         + r"{\field{\*\fldinst PAGE}{\fldrslt 1}} of {\field{\*\fldinst NUMPAGES}{\fldrslt 1}}\par}",
         r"\pard\qc\f1\fs36\b " + e(p["display_name"]) + r"\b0\par",
         r"\pard\qc\fs20 " + e("MBBS, FCPS (Psychiatry), MRCPsych (UK)") + r"\par",
         r"\pard\qc\fs18 " + e(f"{p['address']}") + r"\line " + e(f"Cell: {p['phone_disp']}  \u2022  E-mail: {p['email']}") + r"\par",
         r"\pard\qc\fs18 " + e("Date of birth: 04-01-1972  \u2022  CNIC 36302-4418275-3  \u2022  Domicile: Multan") + r"\par\pard\sa120\par"]
    for head, kind, items in p["sections"]:
        R.append(r"\pard\sb200\sa80\f1\fs22\b\cf2 " + e(head) + r"\b0\cf1\par")
        R.append(r"\f0\fs21")
        if kind == "entries":
            for it in items:
                R.append(r"\pard\tx2600\li2600\fi-2600\sa60 " + e(it["when"]) + r"\tab\b " + e(it["what"]) + r"\b0"
                         + (r"\line " + e(it["where"]) if it["where"] else "")
                         + "".join(r"\line\i " + e(n) + r"\i0" for n in it["notes"]) + r"\par")
        elif kind == "bullets":
            for b in items:
                R.append(r"\pard\li360\fi-240\sa40 \u8226? " + e(b) + r"\par")
        elif kind == "para":
            R.append(r"\pard\sa60 " + e(items) + r"\par")
        elif kind == "refs":
            for n, r_, em, ph in items:
                R.append(r"\pard\sa80\b " + e(n) + r"\b0\line " + e(r_) + r"\line " + e(f"{em}  |  {ph}") + r"\par")
        elif is_pub(kind):
            for sub, texts, numbered in pub_blocks(p, kind):
                if sub:
                    R.append(r"\pard\sb80\sa40\i " + e(sub) + r"\i0\par")
                for i, t in enumerate(texts, 1):
                    R.append(r"\pard\li420\fi-420\sa50\fs19 " + (f"{i}." if numbered else r"\u8211?") + r"\tab " + e(t) + r"\par")
    R.append("}")
    open(path, "w", encoding="ascii").write("\n".join(R))
