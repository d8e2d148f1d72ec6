# -*- coding: utf-8 -*-
"""odfpy (005), plain text (006) and hand-written RTF (008)."""
from common import SEC


# ---------------------------------------------------------------- 005 ODT via odfpy
def odt(p, out):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
    from odf.text import P, H, Span, List, ListItem
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    def pstyle(name, size="10pt", bold=False, color=None, align=None, italic=False):
        s = Style(name=name, family="paragraph")
        tp = dict(fontsize=size, fontfamily="DejaVu Sans")
        if bold: tp["fontweight"] = "bold"
        if italic: tp["fontstyle"] = "italic"
        if color: tp["color"] = color
        s.addElement(TextProperties(**tp))
        pp = dict(marginbottom="0.08cm")
        if align: pp["textalign"] = align
        s.addElement(ParagraphProperties(**pp))
        doc.automaticstyles.addElement(s); return s
    nm = pstyle("Name", "20pt", True, "#9b2226", "center")
    sub = pstyle("Sub", "10pt", italic=True, align="center")
    hd = pstyle("Hd", "12pt", True, "#005f73")
    bd = pstyle("Bd", "10pt")
    bb = Style(name="BB", family="text"); bb.addElement(TextProperties(fontweight="bold")); doc.automaticstyles.addElement(bb)
    doc.text.addElement(P(stylename=nm, text=p["display_name"]))
    doc.text.addElement(P(stylename=sub, text=p["title_line"]))
    for _, lab, v in p["contacts"]:
        q = P(stylename=sub); q.addElement(Span(stylename=bb, text=lab + ": ")); q.addText(v); doc.text.addElement(q)
    for k, v in p["personal"]:
        q = P(stylename=sub); q.addElement(Span(stylename=bb, text=k + ": ")); q.addText(v); doc.text.addElement(q)

    def h(t): doc.text.addElement(P(stylename=hd, text=t))
    def b(t, lead=None):
        q = P(stylename=bd)
        if lead: q.addElement(Span(stylename=bb, text=lead))
        q.addText(t); doc.text.addElement(q)
    h("MỤC TIÊU / OBJECTIVE"); b(p["summary"])
    h("HỌC VẤN / EDUCATION")
    for d, g, i, pl in p["education"]:
        b(f" {g} — {i}, {pl}", d)
    h("KỲ THI / EXAMINATIONS")
    for e, r, d in p["exams"]:
        b(f" {r}" + (f" ({d})" if d else ""), e + ":")
    h("KINH NGHIỆM LÂM SÀNG TẠI MỸ / US CLINICAL EXPERIENCE")
    tcs = Style(name="TC", family="table-cell"); doc.automaticstyles.addElement(tcs)
    t = Table(name="USCE")
    for _ in range(5): t.addElement(TableColumn())
    for row in [("Dates", "Hospital", "City, State", "Type", "Specialty")] + \
               [(d, hh, f"{c}, {s}", ty, sp) for d, hh, c, s, ty, sp in p["usce"]]:
        tr = TableRow()
        for v in row:
            tc = TableCell(); tc.addElement(P(stylename=bd, text=v)); tr.addElement(tc)
        t.addElement(tr)
    doc.text.addElement(t)
    h("KINH NGHIỆM / EXPERIENCE IN VIETNAM")
    for d, r, pl, de in p["work"]:
        b(f" {r}, {pl}. {de}", d)
    h("NGHIÊN CỨU / RESEARCH")
    for x in p["pubs"]: b(x, "• ")
    h("NGÔN NGỮ / LANGUAGES"); b(p["languages"])
    h("CHUYÊN NGÀNH QUAN TÂM / INTERESTS"); b(p["interests"])
    h("NGƯỜI THAM CHIẾU / REFEREES")
    for n, tt, o, e, ph in p["referees"]:
        b(f" {tt}, {o}. Email: {e}. Tel: {ph}", n + ",")
    doc.save(out)


# ---------------------------------------------------------------- 006 plain text
def txt(p, out):
    L = []
    L.append("=" * 64)
    L.append(p["display_name"].center(64).rstrip())
    L.append(p["title_line"].center(64).rstrip())
    L.append("=" * 64)
    for _, lab, v in p["contacts"]:
        L.append(f"{lab:<10}: {v}")
    for k, v in p["personal"]:
        L.append(f"{k:<10}: {v}")
    def H(t): L.extend(["", t.upper(), "-" * len(t)])
    H("Education")
    for d, g, i, pl in p["education"]:
        L.append(f"{d:<14}{g}"); L.append(f"{'':<14}{i}, {pl}")
    H("Licensing Examinations")
    for e, r, d in p["exams"]:
        L.append(f"  * {e:<18} {r:<24} {d}")
    H("US Clinical Experience")
    L.append(f"  {'Dates':<22}| {'Hospital':<31}| {'City, State':<16}| {'Type':<18}| Specialty")
    for d, hh, c, s, ty, sp in p["usce"]:
        L.append(f"  {d:<22}| {hh:<31}| {c + ', ' + s:<16}| {ty:<18}| {sp}")
    H("Other Clinical Experience")
    for d, r, pl, de in p["work"]:
        L.append(f"{d:<14}{r}, {pl}"); L.append(f"{'':<14}{de}")
    H("Research")
    for x in p["pubs"]: L.append("  - " + x)
    H("Languages"); L.append("  " + p["languages"])
    H("Specialty Interest"); L.append("  " + p["interests"])
    H("References")
    for n, tt, o, e, ph in p["referees"]:
        L.append(f"  {n}"); L.append(f"  {tt}, {o}"); L.append(f"  {e} / {ph}"); L.append("")
    with open(out, "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(L) + "\n")


# ---------------------------------------------------------------- 008 hand-written RTF
def _r(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch in "\\{}": o.append("\\" + ch)
        elif c < 128: o.append(ch)
        else:
            if c > 32767: c -= 65536
            o.append("\\u%d?" % c)
    return "".join(o)


def rtf(p, out):
    R = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}{\f1\fnil Noto Sans CJK TC;}}",
         r"{\colortbl;\red0\green0\blue0;\red120\green40\blue90;}", r"\paperw11906\paperh16838\margl1134\margr1134\margt1000\margb1000",
         r"\f0\fs20"]
    R.append(r"\pard\qc{\b\fs36 " + _r(p["display_name"]) + r"}  {\f1\fs28 " + _r(p["alt_name"]) + r"}\par")
    R.append(r"\pard\qc{\i " + _r(p["title_line"]) + r"}\par")
    R.append(r"\pard\qc " + _r("  |  ".join(v for _, _, v in p["contacts"])) + r"\par\pard\par")
    def H(t): R.append(r"\pard\sb160\sa60\brdrb\brdrs\brdrw10\brsp20{\b\cf2\fs24 " + _r(t) + r"}\par\pard")
    H("Profile"); R.append(_r(p["summary"]) + r"\par")
    H("Education")
    for d, g, i, pl in p["education"]:
        R.append(r"{\b " + _r(d) + r"}\tab " + _r(g) + r"\line\tab {\i " + _r(f"{i}, {pl}") + r"}\par")
    H("Examinations")
    for e, r_, d in p["exams"]:
        R.append(_r(f"{e}: ") + r"{\b " + _r(r_) + r"}" + _r(f" ({d})") + r"\par")
    H("Clinical Rotations (USA & Canada)")
    cells = [1800, 4600, 6400, 8200, 9600]
    def row(vals, bold=False):
        s = r"\trowd\trgaph80" + "".join(r"\clbrdrt\brdrs\clbrdrl\brdrs\clbrdrb\brdrs\clbrdrr\brdrs\cellx%d" % c for c in cells)
        s += r"\pard\intbl" + "".join((r"{\b " if bold else "{") + _r(v) + r"}\cell" for v in vals) + r"\row"
        R.append(s)
    row(["Dates", "Hospital", "City, State", "Type", "Specialty"], True)
    for d, hh, c, s, ty, sp in p["usce"]:
        row([d, hh, f"{c}, {s}", ty, sp])
    R.append(r"\pard\par")
    H("Current Position")
    for d, r_, pl, de in p["work"]:
        R.append(r"{\b " + _r(d) + r"}\tab " + _r(f"{r_}, {pl}. {de}") + r"\par")
    H("Publication")
    for x in p["pubs"]: R.append(_r(x) + r"\par")
    H("Languages"); R.append(_r(p["languages"]) + r"\par")
    H("Interest"); R.append(_r(p["interests"]) + r"\par")
    H("References")
    for n, tt, o, e, ph in p["referees"]:
        R.append(r"{\b " + _r(n) + r"}\line " + _r(f"{tt}, {o}") + r"\line " + _r(f"{e}  {ph}") + r"\par\par")
    R.append("}")
    with open(out, "w", encoding="ascii") as f:
        f.write("\n".join(R))
