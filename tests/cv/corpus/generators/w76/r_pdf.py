# -*- coding: utf-8 -*-
"""reportlab (003 timeline, 012 student, scan masters) and fpdf2 (004, 013) renderers."""
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from common import esc, SEC

DJ = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", DJ + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", DJ + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", DJ + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", DJ + "DejaVuSerif-Bold.ttf"))

def S(name, font="DV", size=9, lead=None, color=colors.black, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.3, textColor=color, **kw)

TEAL = colors.HexColor("#005F73")


# ---------------------------------------------------------------- 003 reportlab timeline
def rl_timeline(p, out):
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm, topMargin=14 * mm, bottomMargin=14 * mm,
                            title="CV", author="")
    body = S("b", size=9); bold = S("bb", "DVB", 9); date = S("d", "DVB", 8.5, color=TEAL, alignment=2)
    h = S("h", "DVB", 11, color=TEAL, spaceBefore=8, spaceAfter=4)
    st = []
    st.append(Paragraph(esc(p["display_name"]), S("n", "DVB", 22, color=TEAL)))
    st.append(Paragraph(esc(p["title_line"]), S("t", "DV", 10, color=colors.grey)))
    st.append(Spacer(1, 3 * mm))
    ct = Table([[Paragraph(f"<b>{lab}</b>  {esc(v)}", body) for ic, lab, v in p["contacts"][:2]],
                [Paragraph(f"<b>{p['contacts'][2][0]}</b>  {esc(p['contacts'][2][2])}", body), ""]],
               colWidths=[89 * mm, 89 * mm])
    ct.setStyle(TableStyle([("SPAN", (0, 1), (1, 1)), ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#E9F5F7"))]))
    st.append(ct)
    st.append(Paragraph("PROFILE", h)); st.append(Paragraph(esc(p["summary"]), body))

    def tl(rows):
        t = Table([[Paragraph(esc(d), date), "", [Paragraph(esc(a), bold), Paragraph(esc(b), body)]] for d, a, b in rows],
                  colWidths=[34 * mm, 6 * mm, 138 * mm])
        t.setStyle(TableStyle([("LINEAFTER", (1, 0), (1, -1), 1.5, TEAL), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        return t
    st.append(Paragraph("EDUCATION", h))
    st.append(tl([(d, g, f"{i}, {pl}") for d, g, i, pl in p["education"]]))
    st.append(Paragraph("US CLINICAL EXPERIENCE (USCE)", h))
    st.append(tl([(d, f"{t} – {sp}", f"{hh}, {c}, {s}") for d, hh, c, s, t, sp in p["usce"]]))
    st.append(Paragraph("WORK EXPERIENCE – MALAYSIA", h))
    st.append(tl([(d, r, f"{pl}. {de}") for d, r, pl, de in p["work"]]))
    st.append(Paragraph("EXAMINATIONS", h))
    et = Table([[e, r, d] for e, r, d in p["exams"]], colWidths=[70 * mm, 60 * mm, 48 * mm])
    et.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 9), ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey)]))
    st.append(et)
    st.append(Paragraph("PUBLICATIONS", h))
    for x in p["pubs"]: st.append(Paragraph("• " + esc(x), body))
    st.append(Paragraph("LANGUAGES", h)); st.append(Paragraph(esc(p["languages"]), body))
    st.append(Paragraph("CAREER GOAL", h)); st.append(Paragraph(esc(p["interests"]), body))
    st.append(Paragraph("REFEREES", h))
    rt = Table([[Paragraph(f"<b>{esc(n)}</b><br/>{esc(t)}<br/>{esc(o)}<br/>{esc(e)}<br/>{esc(ph)}", body) for n, t, o, e, ph in p["referees"]]],
               colWidths=[89 * mm, 89 * mm])
    st.append(rt)
    doc.build(st)


# ---------------------------------------------------------------- 012 reportlab student CV (Letter, serif)
def rl_student(p, out):
    def footer(c, d):
        c.saveState(); c.setFont("DVS", 7.5); c.setFillColor(colors.grey)
        c.drawString(18 * mm, 10 * mm, f"{p['display_name']} · CV · page {d.page}")
        c.restoreState()
    doc = SimpleDocTemplate(out, pagesize=LETTER, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=15 * mm, bottomMargin=18 * mm)
    body = S("b", "DVS", 9.5); h = S("h", "DVSB", 11, color=colors.HexColor("#7B1113"), spaceBefore=9, spaceAfter=3)
    st = [Paragraph(esc(p["display_name"]), S("n", "DVSB", 20, alignment=1)),
          Paragraph(esc(p["title_line"]), S("t", "DVS", 9.5, alignment=1)),
          Paragraph(" | ".join(esc(v) for _, _, v in p["contacts"]), S("c", "DVS", 9, alignment=1)), Spacer(1, 3 * mm)]
    for k, v in p["personal"]:
        st.append(Paragraph(f"<b>{esc(k)}:</b> {esc(v)}", body))
    st.append(Paragraph("Objective", h)); st.append(Paragraph(esc(p["summary"]), body))
    st.append(Paragraph("Education", h))
    for d, g, i, pl in p["education"]:
        st.append(Paragraph(f"<b>{esc(g)}</b> — {esc(i)}, {esc(pl)} <i>({esc(d)})</i>", body))
    st.append(Paragraph("USMLE", h))
    for e, r, d in p["exams"]:
        st.append(Paragraph(f"{esc(e)}: <b>{esc(r)}</b> ({esc(d)})", body))
    st.append(Paragraph("US Clinical Experience", h))
    data = [["Dates", "Hospital", "City, State", "Type", "Specialty"]] + \
           [[Paragraph(esc(x), S("x", "DVS", 8.5)) for x in (d, hh, f"{c}, {s}", t, sp)] for d, hh, c, s, t, sp in p["usce"]]
    t = Table(data, colWidths=[26 * mm, 46 * mm, 28 * mm, 40 * mm, 38 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "DVSB", 8.5), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F2E3E3")), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st.append(t)
    st.append(Paragraph("Clinical Clerkship (Philippines)", h))
    for d, r, pl, de in p["work"]:
        st.append(Paragraph(f"<b>{esc(d)}</b> {esc(r)}, {esc(pl)} — {esc(de)}", body))
    st.append(Paragraph("Presentations", h))
    for x in p["pubs"]: st.append(Paragraph("• " + esc(x), body))
    st.append(Paragraph("Languages", h)); st.append(Paragraph(esc(p["languages"]), body))
    st.append(Paragraph("Specialty Interest", h)); st.append(Paragraph(esc(p["interests"]), body))
    st.append(Paragraph("References", h))
    for n, tt, o, e, ph in p["referees"]:
        st.append(Paragraph(f"<b>{esc(n)}</b>, {esc(tt)}, {esc(o)} — {esc(e)}, {esc(ph)}", body))
    doc.build(st, onFirstPage=footer, onLaterPages=footer)


# ---------------------------------------------------------------- scan master: plain typewriter-ish CV
def rl_scan_master(p, out):
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm, bottomMargin=15 * mm)
    body = S("b", "DVS", 11, 14.5); h = S("h", "DVSB", 12.5, spaceBefore=8, spaceAfter=3)
    st = [Paragraph(esc(p["display_name"]), S("n", "DVSB", 20, 26)), Paragraph(esc(p["title_line"]), body)]
    for ic, lab, v in p["contacts"]:
        st.append(Paragraph(f"{esc(lab)}: {esc(v)}", body))
    for k, v in p.get("personal", []):
        st.append(Paragraph(f"{esc(k)}: {esc(v)}", body))
    st.append(Paragraph("EDUCATION", h))
    for d, g, i, pl in p["education"]:
        st.append(Paragraph(f"{esc(d)}  {esc(g)}, {esc(i)}, {esc(pl)}", body))
    st.append(Paragraph("EXAMINATIONS", h))
    for e, r, d in p["exams"]:
        st.append(Paragraph(f"{esc(e)}: {esc(r)} ({esc(d)})", body))
    st.append(Paragraph("US CLINICAL EXPERIENCE", h))
    if not p["usce"]:
        st.append(Paragraph("None yet - seeking first US rotation (Family Medicine).", body))
    for d, hh, c, s, t, sp in p["usce"]:
        st.append(Paragraph(f"{esc(d)}  {esc(t)}, {esc(sp)} - {esc(hh)}, {esc(c)}, {esc(s)}", body))
    st.append(Paragraph("WORK EXPERIENCE", h))
    for d, r, pl, de in p["work"]:
        st.append(Paragraph(f"{esc(d)}  {esc(r)}, {esc(pl)}", body))
    st.append(Paragraph("PUBLICATIONS", h))
    st.append(Paragraph("; ".join(esc(x) for x in p["pubs"]) or "None", body))
    st.append(Paragraph("LANGUAGES: " + esc(p["languages"]), body))
    st.append(Paragraph("INTEREST: " + esc(p["interests"]), body))
    st.append(Paragraph("REFERENCE", h))
    for n, tt, o, e, ph in p["referees"]:
        st.append(Paragraph(f"{esc(n)}, {esc(tt)}, {esc(o)}, {esc(e)}, {esc(ph)}", body))
    doc.build(st)


# ---------------------------------------------------------------- fpdf2
def _fpdf():
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.add_font("DV", "", DJ + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", DJ + "DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", DJ + "DejaVuSans-Oblique.ttf")
    return pdf


def fpdf_classic(p, out):
    """004: single column, Thai script name under the Latin one."""
    pdf = _fpdf(); pdf.set_auto_page_break(True, 15); pdf.add_page(); pdf.set_margins(18, 15, 18)
    try:
        pdf.set_text_shaping(True)
    except Exception:
        pass
    pdf.set_font("DV", "B", 18); pdf.cell(0, 10, p["display_name"], new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.set_font("DV", "", 12); pdf.cell(0, 7, p["alt_name"], new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.set_font("DV", "I", 9.5); pdf.cell(0, 6, p["title_line"], new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.set_font("DV", "", 9)
    pdf.cell(0, 5, "   ".join(f"{lab}: {v}" for _, lab, v in p["contacts"][:2]), new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.cell(0, 5, p["contacts"][2][2], new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.cell(0, 5, " · ".join(f"{k}: {v}" for k, v in p["personal"]), new_x="LMARGIN", new_y="NEXT", align="C")

    def H(t):
        pdf.ln(2); pdf.set_font("DV", "B", 11); pdf.set_text_color(120, 20, 20)
        pdf.cell(0, 7, t, new_x="LMARGIN", new_y="NEXT"); pdf.set_draw_color(120, 20, 20)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y()); pdf.ln(1.5)
        pdf.set_text_color(0, 0, 0); pdf.set_font("DV", "", 9.5)
    H("PROFESSIONAL SUMMARY"); pdf.multi_cell(0, 5, p["summary"], new_x="LMARGIN", new_y="NEXT")
    H("EDUCATION")
    for d, g, i, pl in p["education"]:
        pdf.set_font("DV", "B", 9.5); pdf.cell(30, 5, d); pdf.multi_cell(0, 5, g, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 9.5); pdf.cell(30, 5, ""); pdf.multi_cell(0, 5, f"{i}, {pl}", new_x="LMARGIN", new_y="NEXT")
    H("USMLE / ECFMG")
    with pdf.table(col_widths=(50, 40, 30), text_align="LEFT", line_height=5.5) as t:
        r = t.row(); [r.cell(x) for x in ("Examination", "Score", "Year")]
        for e, res, d in p["exams"]:
            r = t.row(); [r.cell(x) for x in (e, res, d)]
    H("U.S. CLINICAL EXPERIENCE")
    with pdf.table(col_widths=(24, 40, 28, 34, 30), text_align="LEFT", line_height=5) as t:
        r = t.row(); [r.cell(x) for x in ("Dates", "Hospital", "City, State", "Type", "Specialty")]
        for d, hh, c, s, ty, sp in p["usce"]:
            r = t.row(); [r.cell(x) for x in (d, hh, f"{c}, {s}", ty, sp)]
    H("CLINICAL EXPERIENCE – THAILAND")
    for d, r_, pl, de in p["work"]:
        pdf.set_font("DV", "B", 9.5); pdf.cell(30, 5, d); pdf.multi_cell(0, 5, f"{r_} — {pl}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 9.5); pdf.cell(30, 5, ""); pdf.multi_cell(0, 5, de, new_x="LMARGIN", new_y="NEXT")
    H("PUBLICATIONS (peer-reviewed)")
    for k, x in enumerate(p["pubs"], 1):
        pdf.multi_cell(0, 5, f"{k}. {x}", new_x="LMARGIN", new_y="NEXT")
    H("LANGUAGES"); pdf.multi_cell(0, 5, p["languages"], new_x="LMARGIN", new_y="NEXT")
    H("SPECIALTY"); pdf.multi_cell(0, 5, p["interests"], new_x="LMARGIN", new_y="NEXT")
    H("REFEREES")
    for n, tt, o, e, ph in p["referees"]:
        pdf.multi_cell(0, 5, f"{n} — {tt}, {o}\n{e} | {ph}", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
    pdf.set_title("Curriculum Vitae"); pdf.output(out)


def fpdf_twocol(p, out):
    """013: coloured left band drawn with rect(), two columns placed with set_xy."""
    pdf = _fpdf(); pdf.set_auto_page_break(False); pdf.add_page()
    pdf.set_fill_color(38, 70, 83); pdf.rect(0, 0, 66, 297, "F")
    pdf.set_text_color(255, 255, 255)
    x0, w0 = 7, 53
    pdf.set_xy(x0, 16); pdf.set_font("DV", "B", 17); pdf.multi_cell(w0, 8, p["display_name"], new_x="LEFT", new_y="NEXT")
    pdf.set_font("DV", "", 8.5); pdf.multi_cell(w0, 4.5, p["title_line"], new_x="LEFT", new_y="NEXT"); pdf.ln(4)

    def SH(t):
        pdf.ln(2); pdf.set_font("DV", "B", 9.5); pdf.set_x(x0); pdf.cell(w0, 6, t.upper(), new_x="LEFT", new_y="NEXT")
        pdf.set_draw_color(233, 196, 106); pdf.line(x0, pdf.get_y(), x0 + w0, pdf.get_y()); pdf.ln(1); pdf.set_font("DV", "", 8.3)
    SH("Contact")
    for _, lab, v in p["contacts"]:
        pdf.set_x(x0); pdf.multi_cell(w0, 4.3, f"{lab}: {v}", new_x="LEFT", new_y="NEXT")
    SH("Details")
    for k, v in p["personal"]:
        pdf.set_x(x0); pdf.multi_cell(w0, 4.3, f"{k}: {v}", new_x="LEFT", new_y="NEXT")
    SH("Exams")
    for e, r, d in p["exams"]:
        pdf.set_x(x0); pdf.multi_cell(w0, 4.3, f"{e} — {r} ({d})", new_x="LEFT", new_y="NEXT")
    SH("Languages"); pdf.set_x(x0); pdf.multi_cell(w0, 4.3, p["languages"], new_x="LEFT", new_y="NEXT")
    SH("Career goal"); pdf.set_x(x0); pdf.multi_cell(w0, 4.3, p["interests"], new_x="LEFT", new_y="NEXT")

    pdf.set_text_color(30, 30, 30)
    X, W = 73, 125
    pdf.set_xy(X, 16)

    def MH(t):
        pdf.ln(2); pdf.set_x(X); pdf.set_font("DV", "B", 11); pdf.set_text_color(231, 111, 81)
        pdf.cell(W, 7, t, new_x="LEFT", new_y="NEXT"); pdf.set_text_color(30, 30, 30); pdf.set_font("DV", "", 9)
    MH("Profile"); pdf.set_x(X); pdf.multi_cell(W, 4.8, p["summary"], new_x="LEFT", new_y="NEXT")
    MH("Education")
    for d, g, i, pl in p["education"]:
        pdf.set_x(X); pdf.set_font("DV", "B", 9); pdf.multi_cell(W, 4.8, f"{g}  ({d})", new_x="LEFT", new_y="NEXT")
        pdf.set_x(X); pdf.set_font("DV", "", 9); pdf.multi_cell(W, 4.8, f"{i}, {pl}", new_x="LEFT", new_y="NEXT")
    MH("International Clinical Experience")
    for d, hh, c, s, ty, sp in p["usce"]:
        pdf.set_x(X); pdf.set_font("DV", "B", 9); pdf.multi_cell(W, 4.8, f"{d}  ·  {ty}, {sp}", new_x="LEFT", new_y="NEXT")
        pdf.set_x(X); pdf.set_font("DV", "", 9); pdf.multi_cell(W, 4.8, f"{hh}, {c}, {s}", new_x="LEFT", new_y="NEXT")
    MH("Employment (New Zealand)")
    for d, r, pl, de in p["work"]:
        pdf.set_x(X); pdf.multi_cell(W, 4.8, f"{d}  {r}, {pl}", new_x="LEFT", new_y="NEXT")
    MH("Publication")
    for x in p["pubs"]:
        pdf.set_x(X); pdf.multi_cell(W, 4.8, x, new_x="LEFT", new_y="NEXT")
    MH("Referees")
    for n, tt, o, e, ph in p["referees"]:
        pdf.set_x(X); pdf.multi_cell(W, 4.8, f"{n}, {tt}, {o}\n{e} · {ph}", new_x="LEFT", new_y="NEXT"); pdf.ln(1)
    pdf.output(out)
