# -*- coding: utf-8 -*-
"""Build all w60 CV files + truth.jsonl.  Run via build.sh (uses ../.venv)."""
import os, sys, json, random, subprocess, shutil, html
from datetime import date
sys.path.insert(0, os.path.dirname(__file__))
from data import PEOPLE

W = "w60"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "files")
TMP = "/tmp/w60_build"
FONT = "/usr/share/fonts/truetype/dejavu/"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONF = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DASH = "\u2013"


def D(s):
    y, m, d = map(int, s.split("-"))
    return date(y, m, d)


def fmt_dates(r, P):
    if r.get("txt"):
        return r["txt"]
    st = r.get("ds") or P.get("ds", "mon_y")
    s = D(r["s"]); e = D(r["e"]) if r["e"] else None
    pres = P.get("present", "Present")
    if e and (s.year, s.month) == (e.year, e.month) and st in ("mon_y", "mmyyyy", "iso", "dot", "slash_ym"):
        return {"mon_y": f"{MON[s.month-1]} {s.year}", "mmyyyy": f"{s.month:02d}/{s.year}", "iso": f"{s.year}-{s.month:02d}",
                "dot": f"{s.year}.{s.month:02d}", "slash_ym": f"{s.year}/{s.month:02d}"}[st]
    if st == "mon_y":
        a = f"{MON[s.month-1]} {s.year}"; b = f"{MON[e.month-1]} {e.year}" if e else pres
        return f"{a} {DASH} {b}"
    if st == "mmyyyy":
        return f"{s.month:02d}/{s.year} - " + (f"{e.month:02d}/{e.year}" if e else pres)
    if st == "full":
        a = f"{MON[s.month-1]} {s.day}, {s.year}"; b = f"{MON[e.month-1]} {e.day}, {e.year}" if e else pres
        return f"{a} {DASH} {b}"
    if st == "us_full":
        return f"{s.month:02d}/{s.day:02d}/{s.year} {DASH} " + (f"{e.month:02d}/{e.day:02d}/{e.year}" if e else pres)
    if st == "iso":
        return f"{s.year}-{s.month:02d} to " + (f"{e.year}-{e.month:02d}" if e else pres)
    if st == "dot":
        return f"{s.year}.{s.month:02d} {DASH} " + (f"{e.year}.{e.month:02d}" if e else pres)
    if st == "slash_ym":
        return f"{s.year}/{s.month:02d} -- " + (f"{e.year}/{e.month:02d}" if e else pres)
    if st == "month_full":
        if not e:
            return f"{MONF[s.month-1]} {s.year} {DASH} {pres}"
        if s.year == e.year:
            if s.month == e.month:
                return f"{MONF[s.month-1]} {s.year}"
            return f"{MONF[s.month-1]} {DASH} {MONF[e.month-1]} {s.year}"
        return f"{MONF[s.month-1]} {s.year} {DASH} {MONF[e.month-1]} {e.year}"
    if st == "weeks":
        if not e:
            return f"{MON[s.month-1]} {s.year} {DASH} {pres}"
        wk = round(((e - s).days + 3) / 7)
        if s.year == e.year:
            per = f"{MON[s.month-1]} {s.year}" if s.month == e.month else f"{MON[s.month-1]}{DASH}{MON[e.month-1]} {s.year}"
        else:
            per = f"{MON[s.month-1]} {s.year}{DASH}{MON[e.month-1]} {e.year}"
        return f"{wk} weeks, {per}"
    raise ValueError(st)


# ------------------------------------------------------------------ truth
def ym(d):
    return f"{d.year}-{d.month:02d}"


def months_set(entries):
    S = set()
    for en in entries:
        y, m = map(int, en["start"].split("-")); y2, m2 = map(int, en["end"].split("-"))
        while (y, m) <= (y2, m2):
            S.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return S


def truth_for(P):
    ents = []
    for r in P["rots"]:
        if not r["us"] or r["planned"]:
            continue
        ents.append({"type": r["type"], "specialty": r["spec"], "state": r["state"],
                     "start": ym(D(r["s"])), "end": ym(D(r["e"])) if r["e"] else "2026-12"})
    ents.sort(key=lambda x: (x["start"], x["end"]))
    fname = f"{W}_{P['n']}_{P['layout']}.{P['ext']}"
    t = {"file": fname, "layout": P["layout"], "full_name": P["name"], "email": P["email"], "phone_e164": P["phone"],
         "medical_school": P["school"], "medical_school_country": P["sc"], "graduation_year": P["grad"],
         "is_student": P["student"], "usmle_step1": P["step1"], "usmle_step2ck": P["step2"], "usmle_step3": P["step3"],
         "ecfmg_status": P["ecfmg"], "specialties": P["specs"], "languages": P["langs"], "visa_status": P["visa"],
         "publications": sum(1 for _, peer in P.get("pubs", []) if peer),
         "usce_months": len(months_set(ents)),
         "usce_months_clinical": len(months_set([e for e in ents if e["type"] in ("hands_on", "observership")])),
         "usce_entries": ents}
    if P.get("scan"):
        t["needs_ocr"] = True
    return fname, t


# ------------------------------------------------------------------ generic section model
def sections(P):
    """list of (title, kind, payload); kind in lines|rots"""
    S = []
    S.append(("Career Objective" if P["n"] not in ("009", "012") else "Specialty Interest", "lines", [P["objective"]]))
    S.append(("Education", "lines", P["edu"]))
    S.append(("USMLE & Examinations", "lines", P["exams"]))
    for key, title in P["groups"]:
        rs = [r for r in P["rots"] if r["group"] == key]
        if rs:
            S.append((title, "rots", rs))
    if P.get("other"):
        S.append(("Activities & Leadership", "lines", P["other"]))
    if P.get("pubs"):
        S.append(("Publications & Presentations", "lines", [p for p, _ in P["pubs"]]))
    extra = [P["lang_line"]]
    if P.get("visa_line"):
        extra.append(P["visa_line"])
    S.append(("Additional Information", "lines", extra))
    if P.get("refs"):
        S.append(("References", "lines", P["refs"]))
    return S


def rot_line(r, P):
    d = fmt_dates(r, P)
    g = f"  [{r['grade']}]" if r.get("grade") else ""
    return r["label"], r["site"].replace(" | ", ", "), d, g


def plain_text(P, width=92):
    L = [P["name_disp"] + (f"  ({P['name_alt']})" if P.get("name_alt") else "")]
    L += P["contact"]
    L.append("")
    for title, kind, pay in sections(P):
        L.append(title.upper()); L.append("-" * len(title))
        if kind == "lines":
            L += pay
        else:
            for r in pay:
                lab, site, d, g = rot_line(r, P)
                L.append(f"{lab} | {site} | {d}{g}")
        L.append("")
    return L


def mspe_text(P):
    L = ["CURRICULUM VITAE (MSPE FORMAT)", "=" * 30, "", f"Name: {P['name_disp']}"]
    L += P["contact"]
    L += ["", "IDENTIFYING INFORMATION", f"  {P['name_disp']} is a graduate of the {P['school']} ({P['edu'][0].split(' — ')[-1]}).",
          "", "ACADEMIC HISTORY"] + ["  " + e for e in P["edu"]]
    L += ["", "USMLE / LICENSING EXAMINATIONS"] + ["  " + x for x in P["exams"]]
    L += ["", "ACADEMIC PROGRESS - CLINICAL CLERKSHIPS (chronological)"]
    for key, title in P["groups"]:
        rs = [r for r in P["rots"] if r["group"] == key]
        L.append(""); L.append(f"  {title}")
        for i, r in enumerate(rs, 1):
            wk = round(((D(r['e']) - D(r['s'])).days + 3) / 7)
            L.append(f"  {i}. {r['label']}")
            L.append(f"     Site:  {r['site']}")
            L.append(f"     Dates: {fmt_dates(r, P)}   ({wk} wks)")
    L += ["", "SPECIALTY CHOICE", "  " + P["objective"], "", "PUBLICATIONS"] + ["  - " + p for p, _ in P["pubs"]]
    L += ["", "OTHER", "  " + P["lang_line"], "", "LETTER WRITERS"] + ["  " + r for r in P["refs"]]
    return L


# ------------------------------------------------------------------ tools
def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240, **kw)


def soffice(src, fmt, outdir):
    run(["soffice", "-env:UserInstallation=file:///tmp/w60_lo_profile", "--headless", "--convert-to", fmt,
         "--outdir", outdir, src])


def chromium_pdf(html_path, pdf_path):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         "--user-data-dir=/tmp/w60_chrome", f"--print-to-pdf={pdf_path}", "file://" + html_path])


# ------------------------------------------------------------------ DOCX (python-docx)
def docx_build(P, path, mode):
    from docx import Document
    from docx.shared import Pt, RGBColor, Inches
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Inches(0.8)
    if mode == "header_footer":
        hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rn = hp.add_run(P["name_disp"]); rn.bold = True; rn.font.size = Pt(18)
        fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fr = fp.add_run(P["contact"][0]); fr.font.size = Pt(8.5)
        doc.add_paragraph("CURRICULUM VITAE").alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif mode == "template":
        t = doc.add_table(rows=1, cols=2)
        c0, c1 = t.rows[0].cells
        t.autofit = False
        c0.width = Inches(4.6); c1.width = Inches(2.3)
        t.columns[0].width = Inches(4.6); t.columns[1].width = Inches(2.3)
        p = c0.paragraphs[0]; r = p.add_run(P["name_disp"]); r.bold = True; r.font.size = Pt(19); r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        c0.add_paragraph("Medical Student | MD Candidate 2027")
        c1.paragraphs[0].add_run(P["contact"][0])
        for c in P["contact"][1:]:
            c1.add_paragraph(c).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    else:
        h = doc.add_paragraph(); r = h.add_run(P["name_disp"]); r.bold = True; r.font.size = Pt(20)
        doc.add_paragraph("  •  ".join(P["contact"]))
    for title, kind, pay in sections(P):
        hp = doc.add_paragraph(); hr = hp.add_run(title.upper() if mode != "plainrtf" else title); hr.bold = True
        hr.font.size = Pt(12); hr.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        if kind == "lines":
            for l in pay:
                doc.add_paragraph(l, style="List Bullet" if mode in ("template",) else None)
        elif P.get("rot_mode") == "table" and mode in ("table", "header_footer"):
            split = all(" | " in r["site"] for r in pay)
            cols = ["Clerkship", "Hospital", "Location", "Dates", "Weeks"] if split else ["Rotation", "Hospital / Location", "Dates"]
            t = doc.add_table(rows=1, cols=len(cols)); t.style = "Table Grid"
            for i, c in enumerate(cols):
                t.rows[0].cells[i].text = c
                t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
            for r in pay:
                cells = t.add_row().cells
                d = fmt_dates(r, P)
                if split:
                    hosp, loc = r["site"].split(" | ")
                    wk = round(((D(r["e"]) - D(r["s"])).days + 3) / 7) if r["e"] else ""
                    vals = [r["label"], hosp, loc, d, str(wk)]
                else:
                    vals = [r["label"], r["site"], d]
                for i, v in enumerate(vals):
                    cells[i].text = v
        else:
            for r in pay:
                lab, site, d, g = rot_line(r, P)
                p = doc.add_paragraph(); a = p.add_run(lab); a.bold = True
                p.add_run(f"\t{d}")
                doc.add_paragraph(site).paragraph_format.left_indent = Inches(0.3)
    doc.save(path)


# ------------------------------------------------------------------ ODT (odfpy)
def odt_build(P, path, mode):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, GraphicProperties, TableColumnProperties
    from odf.text import P as TP, Span, H
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.draw import Frame, TextBox
    doc = OpenDocumentText()
    big = Style(name="Big", family="paragraph"); big.addElement(TextProperties(fontsize="20pt", fontweight="bold", fontfamily="Liberation Serif"))
    hd = Style(name="Hd", family="paragraph"); hd.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#203864"))
    hd.addElement(ParagraphProperties(margintop="0.25cm", borderbottom="0.5pt solid #203864"))
    sm = Style(name="Sm", family="paragraph"); sm.addElement(TextProperties(fontsize="9.5pt"))
    bold = Style(name="B", family="text"); bold.addElement(TextProperties(fontweight="bold"))
    for s in (big, hd, sm):
        doc.styles.addElement(s)
    doc.automaticstyles.addElement(bold)
    if mode == "frame":
        fs = Style(name="fr1", family="graphic")
        fs.addElement(GraphicProperties(backgroundcolor="#E8EEF4", border="none", padding="0.2cm",
                                        wrap="right", verticalpos="top", horizontalpos="left", horizontalrel="page-content",
                                        verticalrel="page-content"))
        doc.automaticstyles.addElement(fs)
        anchor = TP(stylename=sm)
        fr = Frame(stylename=fs, width="5.2cm", height="9cm", anchortype="paragraph", x="0cm", y="0cm")
        tb = TextBox()
        tb.addElement(TP(stylename=hd, text="CONTACT"))
        for c in P["contact"]:
            tb.addElement(TP(stylename=sm, text=c))
        tb.addElement(TP(stylename=hd, text="LANGUAGES"))
        tb.addElement(TP(stylename=sm, text=P["lang_line"]))
        if P.get("name_alt"):
            tb.addElement(TP(stylename=sm, text="Korean name: " + P["name_alt"]))
        fr.addElement(tb); anchor.addElement(fr)
        doc.text.addElement(anchor)
        doc.text.addElement(TP(stylename=big, text=P["name_disp"]))
        doc.text.addElement(TP(stylename=sm, text="Medical Student — St. Matthew's University"))
    else:
        doc.text.addElement(TP(stylename=big, text=P["name_disp"]))
        for c in P["contact"]:
            doc.text.addElement(TP(stylename=sm, text=c))
    tcount = [0]
    for title, kind, pay in sections(P):
        if mode == "frame" and title == "Additional Information":
            continue
        doc.text.addElement(TP(stylename=hd, text=title))
        if kind == "lines":
            for l in pay:
                doc.text.addElement(TP(text=l))
        elif mode == "table":
            tcount[0] += 1
            t = Table(name=f"Rot{tcount[0]}")
            t.addElement(TableColumn(numbercolumnsrepeated=3))
            hr = TableRow()
            for c in ("Rotation", "Site", "Dates"):
                tc = TableCell(); p = TP(); p.addElement(Span(stylename=bold, text=c)); tc.addElement(p); hr.addElement(tc)
            t.addElement(hr)
            for r in pay:
                tr = TableRow()
                for v in (r["label"], r["site"], fmt_dates(r, P)):
                    tc = TableCell(); tc.addElement(TP(text=v)); tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
        else:
            for r in pay:
                lab, site, d, g = rot_line(r, P)
                p = TP(); p.addElement(Span(stylename=bold, text=lab)); p.addText(f" — {site}, {d}")
                doc.text.addElement(p)
    doc.save(path)


# ------------------------------------------------------------------ RTF (hand-written)
def rtf_escape(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o > 127:
            out.append(f"\\u{o if o < 32768 else o - 65536}?")
        else:
            out.append(ch)
    return "".join(out)


def rtf_build(P, path):
    R = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}",
         r"{\colortbl;\red31\green58\blue95;}\paperw12240\paperh15840\margl1200\margr1200\margt1000\margb1000",
         r"{\pard\qc\f1\fs36\b " + rtf_escape(P["name_disp"]) + r"\b0\par}"]
    R.append(r"{\pard\qc\f1\fs18 " + rtf_escape("  |  ".join(P["contact"])) + r"\par}")
    for title, kind, pay in sections(P):
        R.append(r"{\pard\sb200\sa60\brdrb\brdrs\brdrw10\f1\fs22\b\cf1 " + rtf_escape(title.upper()) + r"\b0\cf0\par}")
        if kind == "lines":
            for l in pay:
                R.append(r"{\pard\li200\f0\fs20 " + rtf_escape(l) + r"\par}")
        else:
            for r in pay:
                lab, site, d, g = rot_line(r, P)
                R.append(r"{\pard\li200\tqr\tx9800\f0\fs20\b " + rtf_escape(lab) + r"\b0\tab " + rtf_escape(d) + r"\par}")
                R.append(r"{\pard\li500\f0\fs20\i " + rtf_escape(site) + r"\i0\par}")
    R.append("}")
    open(path, "w", encoding="ascii").write("\n".join(R))


# ------------------------------------------------------------------ HTML -> Chromium
def html_twocol(P):
    e = html.escape
    side = "".join(f"<p>{e(c)}</p>" for c in P["contact"])
    body = []
    for title, kind, pay in sections(P):
        if title in ("USMLE & Examinations", "Additional Information"):
            continue
        body.append(f"<h2>{e(title)}</h2>")
        if kind == "lines":
            body.append("<ul>" + "".join(f"<li>{e(l)}</li>" for l in pay) + "</ul>")
        else:
            for r in pay:
                lab, site, d, g = rot_line(r, P)
                body.append(f"<div class=rot><div class=rh><b>{e(lab)}</b><span>{e(d)}</span></div><div class=site>{e(site)}</div></div>")
    exams = "".join(f"<p>{e(x)}</p>" for x in P["exams"])
    return f"""<!doctype html><html><head><meta charset=utf-8><style>
@page {{ size: Letter; margin: 0; }}
body {{ margin:0; font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9.5pt; }}
.wrap {{ display:grid; grid-template-columns: 2.3in 1fr; min-height: 11in; }}
.side {{ background:#23395d; color:#fff; padding: 0.5in 0.25in; }}
.side h3 {{ font-size:10pt; border-bottom:1px solid #8fa8c8; margin-top:18px; }}
.side p {{ margin: 4px 0; word-wrap: break-word; }}
.main {{ padding: 0.45in 0.45in; }}
h1 {{ font-size: 24pt; margin:0; color:#23395d; }}
h2 {{ font-size: 11pt; color:#23395d; border-bottom: 1.5px solid #23395d; margin: 14px 0 6px; text-transform: uppercase; }}
.rh {{ display:flex; justify-content: space-between; }} .site {{ color:#444; font-style: italic; margin-bottom:4px; }}
ul {{ margin: 2px 0 2px 16px; padding:0; }}
</style></head><body><div class=wrap><div class=side><h3>CONTACT</h3>{side}<h3>USMLE</h3>{exams}
<h3>LANGUAGES</h3><p>{e(P['lang_line'])}</p></div>
<div class=main><h1>{e(P['name_disp'])}</h1><p>MD Candidate · Trinity School of Medicine</p>{''.join(body)}</div></div></body></html>"""


def html_gdocs(P):
    e = html.escape
    body = []
    for title, kind, pay in sections(P):
        body.append(f'<h2 class="c5"><span class="c2">{e(title)}</span></h2>')
        if kind == "lines":
            body += [f'<p class="c1"><span class="c0">{e(l)}</span></p>' for l in pay]
        else:
            for r in pay:
                lab, site, d, g = rot_line(r, P)
                body.append(f'<p class="c1"><span class="c3">{e(lab)}</span><span class="c0">, {e(site)} {DASH} </span><span class="c4">{e(d)}</span></p>')
    return f"""<!doctype html><html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">
@page {{ size: Letter; margin: 0.6in 0.7in; }}
.c0{{color:#000000;font-weight:400;font-size:10.5pt;font-family:"Arial"}} .c1{{padding-top:0pt;padding-bottom:2pt;line-height:1.15;margin:0}}
.c2{{color:#1155cc;font-weight:700;font-size:12.5pt;font-family:"Arial"}} .c3{{font-weight:700;font-size:10.5pt;font-family:"Arial"}}
.c4{{font-style:italic;font-size:10.5pt;font-family:"Arial";color:#666}} .c5{{padding-top:12pt;margin:0 0 4pt 0;border-bottom:1px solid #ccc}}
.title{{font-size:24pt;font-family:"Arial";margin:0}} body{{background-color:#ffffff;max-width:7.1in}}
</style></head><body class="doc-content"><p class="title"><span>{e(P['name_disp'])}</span></p>
<p class="c1"><span class="c0">{e(' | '.join(P['contact']))}</span></p>{''.join(body)}</body></html>"""


# ------------------------------------------------------------------ reportlab
def reportlab_latex(P, path):
    from reportlab.lib.pagesizes import letter
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib import colors
    pdfmetrics.registerFont(TTFont("DVS", FONT + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DVSB", FONT + "DejaVuSerif-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVSI", FONT + "DejaVuSerif-Italic.ttf"))
    N = ParagraphStyle("n", fontName="DVS", fontSize=9.5, leading=12)
    T = ParagraphStyle("t", fontName="DVSB", fontSize=17, leading=21, alignment=1)
    C = ParagraphStyle("c", parent=N, alignment=1)
    H = ParagraphStyle("h", fontName="DVSB", fontSize=11, leading=14, spaceBefore=9, spaceAfter=3,
                       borderWidth=0, textColor=colors.black)
    e = html.escape
    story = [Paragraph(e(P["name_disp"]) + (f" <font name='DVS' size=11>({e(P['name_alt'])})</font>" if P.get("name_alt") else ""), T),
             Paragraph(" \u00b7 ".join(e(c) for c in P["contact"]), C), Spacer(1, 6)]
    for title, kind, pay in sections(P):
        story.append(Paragraph(f"<font name='DVSB'>{e(title)}</font>", H))
        story.append(Table([[""]], colWidths=[6.9 * 72], rowHeights=[1], style=TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.black)])))
        if kind == "lines":
            for l in pay:
                story.append(Paragraph("\u2022 " + e(l), N))
        else:
            rows = []
            for r in pay:
                lab, site, d, g = rot_line(r, P)
                rows.append([Paragraph(f"<font name='DVSB'>{e(lab)}</font><br/><font name='DVSI'>{e(site)}</font>", N), Paragraph(e(d), N)])
            story.append(Table(rows, colWidths=[5.1 * 72, 1.8 * 72], style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                                                     ("LEFTPADDING", (0, 0), (-1, -1), 0)])))
    SimpleDocTemplate(path, pagesize=letter, leftMargin=0.8 * 72, rightMargin=0.8 * 72, topMargin=0.7 * 72,
                      bottomMargin=0.7 * 72, title="Curriculum Vitae", author=P["name"]).build(story)


def reportlab_sidebar(P, path):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.utils import simpleSplit
    pdfmetrics.registerFont(TTFont("DV", FONT + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", FONT + "DejaVuSans-Bold.ttf"))
    c = canvas.Canvas(path, pagesize=letter)
    Wp, Hp = letter
    SW = 170

    def side():
        c.setFillColorRGB(0.12, 0.30, 0.28); c.rect(0, 0, SW, Hp, fill=1, stroke=0)
    side()
    c.setFillColorRGB(1, 1, 1)
    y = Hp - 60
    c.setFont("DVB", 10); c.drawString(15, y, "CONTACT"); y -= 16
    c.setFont("DV", 8)
    for ln in P["contact"]:
        for s in simpleSplit(ln, "DV", 8, SW - 25):
            c.drawString(15, y, s); y -= 12
    y -= 10; c.setFont("DVB", 10); c.drawString(15, y, "LANGUAGES"); y -= 16; c.setFont("DV", 8)
    for s in simpleSplit(P["lang_line"], "DV", 8, SW - 25):
        c.drawString(15, y, s); y -= 12
    y -= 10; c.setFont("DVB", 10); c.drawString(15, y, "USMLE"); y -= 16; c.setFont("DV", 8)
    for ln in P["exams"]:
        for s in simpleSplit(ln, "DV", 8, SW - 25):
            c.drawString(15, y, s); y -= 12
    X = SW + 25; MW = Wp - X - 35
    y = Hp - 60
    c.setFillColorRGB(0.1, 0.1, 0.1); c.setFont("DVB", 22); c.drawString(X, y, P["name_disp"]); y -= 18
    c.setFont("DV", 9); c.drawString(X, y, "MD Candidate, Xavier University School of Medicine (Aruba)"); y -= 20

    def need(h):
        nonlocal y
        if y - h < 50:
            c.showPage(); side(); c.setFillColorRGB(0.1, 0.1, 0.1); y = Hp - 50
    for title, kind, pay in sections(P):
        if title in ("USMLE & Examinations",):
            continue
        need(40); c.setFont("DVB", 11); c.setFillColorRGB(0.12, 0.30, 0.28); c.drawString(X, y, title.upper())
        c.line(X, y - 3, X + MW, y - 3); y -= 17; c.setFillColorRGB(0.1, 0.1, 0.1)
        if kind == "lines":
            for l in pay:
                for s in simpleSplit(l, "DV", 9, MW):
                    need(12); c.setFont("DV", 9); c.drawString(X, y, s); y -= 12
        else:
            for r in pay:
                lab, site, d, g = rot_line(r, P)
                need(28); c.setFont("DVB", 9); c.drawString(X, y, lab); c.setFont("DV", 9)
                c.drawRightString(X + MW, y, d); y -= 12
                c.drawString(X + 10, y, site); y -= 15
        y -= 6
    c.setTitle("CV"); c.save()


# ------------------------------------------------------------------ fpdf2 MSPE
def fpdf_mspe(P, path):
    from fpdf import FPDF
    pdf = FPDF(format="letter"); pdf.set_auto_page_break(True, 15)
    pdf.add_font("DV", "", FONT + "DejaVuSans.ttf"); pdf.add_font("DV", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.add_page(); pdf.set_font("DV", "B", 15)
    pdf.cell(0, 8, "CURRICULUM VITAE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "B", 12); pdf.cell(0, 7, P["name_disp"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9)
    pdf.cell(0, 5, "   ".join(P["contact"]), align="C", new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
    for title, kind, pay in sections(P):
        pdf.set_font("DV", "B", 10.5); pdf.set_fill_color(225, 225, 225)
        pdf.cell(0, 6, title.upper(), fill=True, new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
        pdf.set_font("DV", "", 9)
        if kind == "lines":
            for l in pay:
                pdf.multi_cell(0, 4.8, l, new_x="LMARGIN", new_y="NEXT")
        else:
            with pdf.table(col_widths=(48, 72, 45, 22), text_align="LEFT", line_height=4.8) as t:
                row = t.row()
                for h in ("Clerkship", "Clinical Site", "Dates", "Grade"):
                    row.cell(h)
                for r in pay:
                    row = t.row()
                    for v in (r["label"], r["site"], fmt_dates(r, P), r.get("grade") or ""):
                        row.cell(v)
        pdf.ln(2)
    pdf.set_title("MSPE-style CV"); pdf.output(path)


# ------------------------------------------------------------------ scans
def render_page_images(P, dpi_scale=1.0):
    from PIL import Image, ImageDraw, ImageFont
    Wd, Hd = int(1700 * dpi_scale), int(2200 * dpi_scale)
    f = ImageFont.truetype(FONT + "DejaVuSerif.ttf", int(25 * dpi_scale))
    fb = ImageFont.truetype(FONT + "DejaVuSerif-Bold.ttf", int(27 * dpi_scale))
    ft = ImageFont.truetype(FONT + "DejaVuSerif-Bold.ttf", int(44 * dpi_scale))
    pages = []
    img = Image.new("L", (Wd, Hd), 255); d = ImageDraw.Draw(img)
    x0 = int(150 * dpi_scale); y = int(150 * dpi_scale); lh = int(36 * dpi_scale)
    d.text((x0, y), P["name_disp"], font=ft, fill=0); y += int(70 * dpi_scale)
    for c in P["contact"]:
        d.text((x0, y), c, font=f, fill=0); y += lh
    y += lh // 2
    for title, kind, pay in sections(P):
        lines = pay if kind == "lines" else []
        if kind == "rots":
            for r in pay:
                lab, site, dd, g = rot_line(r, P)
                lines.append(f"{lab}, {site}: {dd}")
        need = lh * (len(lines) + 2)
        if y + min(need, lh * 4) > Hd - 150 * dpi_scale:
            pages.append(img); img = Image.new("L", (Wd, Hd), 255); d = ImageDraw.Draw(img); y = int(150 * dpi_scale)
        d.text((x0, y), title.upper(), font=fb, fill=0); y += lh + 4
        d.line((x0, y - 6, Wd - x0, y - 6), fill=0, width=2)
        import textwrap
        for l in lines:
            for s in textwrap.wrap(l, 95):
                if y > Hd - 150 * dpi_scale:
                    pages.append(img); img = Image.new("L", (Wd, Hd), 255); d = ImageDraw.Draw(img); y = int(150 * dpi_scale)
                d.text((x0 + 10, y), s, font=f, fill=0); y += lh
        y += lh // 2
    pages.append(img)
    return pages


def raster_pdf(pdf, dpi):
    from PIL import Image
    base = os.path.join(TMP, "rast")
    for f in os.listdir(TMP):
        if f.startswith("rast"):
            os.remove(os.path.join(TMP, f))
    run(["pdftoppm", "-r", str(dpi), "-gray", "-png", pdf, base])
    return [Image.open(os.path.join(TMP, f)).convert("L") for f in sorted(os.listdir(TMP)) if f.startswith("rast")]


def degrade(img, rng, angle, blur, contrast, noise, photo=False):
    from PIL import Image, ImageFilter, ImageEnhance
    import numpy as np
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(blur))
    img = ImageEnhance.Contrast(img).enhance(contrast)
    a = np.asarray(img).astype(np.float32)
    a += np.random.default_rng(rng.randint(0, 10**6)).normal(0, noise, a.shape)
    if photo:  # uneven lighting
        h, w = a.shape
        gy = np.linspace(-14, 8, h)[:, None]; gx = np.linspace(-6, 10, w)[None, :]
        a += gy + gx
    a = np.clip(a, 0, 255).astype("uint8")
    return Image.fromarray(a)


# ------------------------------------------------------------------ main
def main():
    rng = random.Random(60)
    shutil.rmtree(TMP, ignore_errors=True); os.makedirs(TMP)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    truths = []
    for P in PEOPLE:
        fname, t = truth_for(P)
        out = os.path.join(OUT, fname)
        lay = P["layout"]
        print("building", fname, flush=True)
        if lay == "docx_table":
            docx_build(P, out, "table")
        elif lay == "pdf_lo_word_template":
            src = os.path.join(TMP, f"{W}_{P['n']}_cv.docx"); docx_build(P, src, "template")
            soffice(src, "pdf", TMP); shutil.copy(src[:-5] + ".pdf", out)
        elif lay == "txt_plain":
            open(out, "w", encoding="utf-8").write("\n".join(plain_text(P)) + "\n")
        elif lay == "odt_plain":
            odt_build(P, out, "plain")
        elif lay == "pdf_chromium_twocol":
            h = os.path.join(TMP, "twocol.html"); open(h, "w", encoding="utf-8").write(html_twocol(P)); chromium_pdf(h, out)
        elif lay == "rtf_handmade":
            rtf_build(P, out)
        elif lay == "pdf_reportlab_latex":
            reportlab_latex(P, out)
        elif lay == "docx_header_footer":
            docx_build(P, out, "header_footer")
        elif lay == "pdf_fpdf_mspe":
            fpdf_mspe(P, out)
        elif lay == "pdf_chromium_gdocs":
            h = os.path.join(TMP, "gdocs.html"); open(h, "w", encoding="utf-8").write(html_gdocs(P)); chromium_pdf(h, out)
        elif lay == "docx_textbox_sidebar":
            src = os.path.join(TMP, f"{W}_{P['n']}_cv.odt"); odt_build(P, src, "frame")
            soffice(src, "docx:MS Word 2007 XML", TMP); shutil.copy(src[:-4] + ".docx", out)
        elif lay == "txt_mspe":
            L = mspe_text(P)
            open(out, "w", encoding="utf-8", newline="\r\n").write("\n".join(L) + "\n")
        elif lay == "pdf_lo_odt":
            src = os.path.join(TMP, f"{W}_{P['n']}_cv.odt"); odt_build(P, src, "table")
            soffice(src, "pdf", TMP); shutil.copy(src[:-4] + ".pdf", out)
        elif lay == "rtf_soffice":
            src = os.path.join(TMP, f"{W}_{P['n']}_cv.docx"); docx_build(P, src, "plainrtf")
            soffice(src, "rtf", TMP); shutil.copy(src[:-5] + ".rtf", out)
        elif lay == "pdf_reportlab_sidebar":
            reportlab_sidebar(P, out)
        elif lay == "odt_table":
            odt_build(P, out, "table")
        elif lay.startswith("scan"):
            if lay in ("scan_pdf", "scan_png"):
                # print a real layout first, then "scan" the printed page
                src = os.path.join(TMP, f"scan_src_{P['n']}.pdf")
                if lay == "scan_pdf":
                    reportlab_latex(P, src)
                else:
                    h = os.path.join(TMP, "scan_gdocs.html"); open(h, "w", encoding="utf-8").write(html_gdocs(P)); chromium_pdf(h, src)
                pages = raster_pdf(src, 200 if lay == "scan_pdf" else 170)
            else:
                pages = render_page_images(P, 1.0 if P["ext"] == "pdf" else 0.9)
            if lay == "scan_pdf":
                imgs = [degrade(p, rng, rng.uniform(0.5, 1.5), 0.8, 0.85, 10) for p in pages]
                imgs[0].convert("RGB").save(out, "PDF", resolution=200, save_all=True, append_images=[i.convert("RGB") for i in imgs[1:]])
            elif lay == "scan_pdf_lowcontrast":
                imgs = [degrade(p, rng, -rng.uniform(0.6, 1.8), 1.0, 0.45, 8) for p in pages]
                imgs[0].convert("RGB").save(out, "PDF", resolution=200, save_all=True, append_images=[i.convert("RGB") for i in imgs[1:]])
            else:
                # single tall image: stack pages
                from PIL import Image
                if len(pages) > 1:
                    H = sum(p.size[1] for p in pages); big = Image.new("L", (pages[0].size[0], H), 255); yy = 0
                    for p in pages:
                        big.paste(p, (0, yy)); yy += p.size[1]
                    pages = [big]
                if lay == "scan_jpg_photo":
                    im = degrade(pages[0], rng, 1.3, 1.1, 0.7, 11, photo=True)
                    im.convert("RGB").save(out, "JPEG", quality=62)
                elif lay == "scan_png_skewed":
                    im = degrade(pages[0], rng, -1.9, 0.9, 0.7, 12)
                    im.save(out, "PNG")
                else:
                    im = degrade(pages[0], rng, 0.7, 0.7, 0.8, 9)
                    im.save(out, "PNG")
        else:
            raise ValueError(lay)
        truths.append(t)
    # ---------------- damaged
    from data import R, PEOPLE as PP
    import copy
    base = copy.deepcopy(PP[8]); base.update(n="022", name="Kwabena Ofori", name_disp="Kwabena Ofori",
                                             contact=["Brooklyn, NY", "(347) 555-0110", "kofori@sgu.edu"])
    full = os.path.join(TMP, "dmg_src.pdf"); reportlab_latex(base, full)
    data = open(full, "rb").read()
    f22 = f"{W}_022_damaged_truncated.pdf"; open(os.path.join(OUT, f22), "wb").write(data[: int(len(data) * 0.42)])
    from pypdf import PdfReader, PdfWriter
    src2 = os.path.join(TMP, "dmg_src2.pdf")
    b2 = copy.deepcopy(PP[11]); b2.update(name_disp="Rosa Delgado-Pérez", contact=["Miami, FL", "(305) 555-0181", "rdelgado@auamed.net"])
    reportlab_sidebar(b2, src2)
    w = PdfWriter(); [w.add_page(p) for p in PdfReader(src2).pages]; w.encrypt(user_password="r0tations2026", owner_password="owner-w60", algorithm="RC4-128")
    f23 = f"{W}_023_damaged_encrypted.pdf"; w.write(os.path.join(OUT, f23))
    f24 = f"{W}_024_damaged_random.docx"
    open(os.path.join(OUT, f24), "wb").write(random.Random(2460).randbytes(23817))
    for f, lay in ((f22, "damaged_truncated"), (f23, "damaged_encrypted"), (f24, "damaged_random")):
        truths.append({"file": f, "layout": lay, "error": True})
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for t in truths:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    print("done", len(truths))


if __name__ == "__main__":
    main()
