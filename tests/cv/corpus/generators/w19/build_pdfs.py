"""reportlab + fpdf2 renderers for w19 CVs. Usage: build_pdfs.py OUTDIR [n ...]"""
import sys, os, re
sys.path.insert(0, os.path.dirname(__file__))
from people import PEOPLE
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, Frame, PageTemplate, BaseDocTemplate, FrameBreak
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from fpdf import FPDF

DJ = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DJ", DJ + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DJB", DJ + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DJS", DJ + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DJSB", DJ + "DejaVuSerif-Bold.ttf"))
for f in ("HeiseiMin-W3", "STSong-Light"):
    pdfmetrics.registerFont(UnicodeCIDFont(f))

def esc(s):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    # CJK runs need a CID font; DejaVu has no CJK glyphs
    return re.sub(r"([\u3000-\u9fff\uff00-\uffef]+)", r'<font name="HeiseiMin-W3">\1</font>', s)

def S(name, font="DJ", size=9.5, lead=None, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.3, **kw)

# ---------------------------------------------------------------- reportlab: Europass-like
def europass(p, out):
    lab = S("lab", size=8.5, alignment=2, textColor=colors.HexColor("#0E4194"))
    body = S("b", size=9.5); big = S("big", font="DJB", size=15, textColor=colors.HexColor("#0E4194"))
    sec = S("sec", font="DJB", size=9, alignment=2, textColor=colors.HexColor("#0E4194"))
    rows, st = [], []
    def add(l, r, style=body, lstyle=lab):
        rows.append([Paragraph(esc(l), lstyle), Paragraph(r if isinstance(r, str) else "", style)])
    def head(t):
        st.append(("LINEBELOW", (1, len(rows)), (1, len(rows)), 0.6, colors.HexColor("#0E4194")))
        add(t.upper(), "", lstyle=sec)
    head("Personal information"); add("", esc(p["full_name"]), big)
    if p.get("native"): add("", esc(p["native"]))
    add("Address", esc(p["address"])); add("Telephone", esc(p["phone_disp"])); add("E-mail", esc(p["email"]))
    add("Date of birth", esc(p["dob"])); add("Nationality", esc(p["nationality"]))
    head("Job applied for"); add("", esc(p["objective"]))
    head("Work experience")
    for d, t, pl in p["work"]: add(d, f"<b>{esc(t)}</b><br/>{esc(pl)}")
    head("US clinical experience")
    for e in p["usce"]: add(e["disp"], f"<b>{esc(e['title'])}</b><br/>{esc(e['place'])}")
    head("Education and training")
    for d, t, pl in p["edu"]: add(d, f"<b>{esc(t)}</b><br/>{esc(pl)}")
    head("Examinations / certification")
    for k, v in p["exams"]: add(k, esc(v))
    head("Personal skills"); add("Languages", esc(p["langs_disp"]))
    if p["pubs"]:
        head("Publications")
        for i, x in enumerate(p["pubs"], 1): add(f"[{i}]", esc(x))
    head("References")
    for n, r, e, ph in p["refs"]: add("", f"{esc(n)}, {esc(r)} – {esc(e)}, {esc(ph)}")
    t = Table(rows, colWidths=[48 * mm, 122 * mm])
    t.setStyle(TableStyle(st + [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEAFTER", (0, 0), (0, -1), 0.5, colors.HexColor("#0E4194")),
                                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    def foot(c, d):
        c.setFont("DJ", 7); c.setFillColor(colors.grey)
        c.drawString(20 * mm, 10 * mm, f"Page {d.page} - Curriculum vitae of {p['full_name']}")
        c.drawRightString(190 * mm, 10 * mm, "© European Union, 2002-2026 | europass format")
    SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=18 * mm,
                      title="Curriculum Vitae", author=p["full_name"]).build([Paragraph("<font size=20 color='#0E4194'>europass</font>  <font size=11>Curriculum Vitae</font>", S("t", size=11, lead=24)), Spacer(1, 6), t], onFirstPage=foot, onLaterPages=foot)

# ---------------------------------------------------------------- reportlab: rirekisho grid
def rirekisho(p, out):
    b = S("b", size=9); sm = S("sm", size=7); big = S("big", size=16, lead=20)
    jp = S("jp", font="HeiseiMin-W3", size=16, lead=20)
    G = colors.black
    story = [Paragraph(esc("RÉSUMÉ (Rirekisho / 履歴書)"), S("h", font="DJB", size=16, lead=20)),
             Paragraph("As of 2026 / 11 / 01", S("r", size=8, alignment=2)), Spacer(1, 4)]
    top = Table([[Paragraph("Furigana: TAKAHASHI HARUTO", sm), "", Paragraph("PHOTO<br/>30 x 40 mm", S("ph", size=7, alignment=1))],
                 [Paragraph("Name", sm), [Paragraph(esc(p["native"]), jp), Paragraph(esc(p["full_name"]), big)], ""],
                 [Paragraph("Date of birth", sm), Paragraph(esc(p["dob"]) + " (Age 30)   Sex: Male", b), ""],
                 [Paragraph("Address", sm), Paragraph(esc(p["address"]), b), ""],
                 [Paragraph("Tel", sm), Paragraph(esc(p["phone_disp"]), b), ""],
                 [Paragraph("E-mail", sm), Paragraph(esc(p["email"]), b), ""]],
                colWidths=[25 * mm, 110 * mm, 35 * mm])
    top.setStyle(TableStyle([("GRID", (0, 0), (1, -1), 0.6, G), ("BOX", (2, 0), (2, 2), 0.6, G), ("SPAN", (2, 0), (2, 2)),
                             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("SPAN", (0, 0), (1, 0))]))
    story += [top, Spacer(1, 8)]
    # year/month grid, chronological, US and Japan mixed
    rows = [[Paragraph("<b>Year</b>", b), Paragraph("<b>Month</b>", b), Paragraph("<b>Education / Employment history</b> " + esc("(学歴・職歴)"), b)]]
    rows.append(["", "", Paragraph("<b>Education</b>", S("c", size=9, alignment=1))])
    for d, t, _ in p["edu"]:
        y, m = d.split("/"); rows.append([y, m, Paragraph(esc(t), b)])
    rows.append(["", "", Paragraph("<b>Employment / Clinical training</b>", S("c", size=9, alignment=1))])
    items = [(d, f"{t}, {pl}") for d, t, pl in p["work"]] + [(e["disp"], f"{e['title']}, {e['place']}") for e in p["usce"]]
    items.sort(key=lambda x: x[0])
    for d, t in items:
        a = d.split("–")[0].strip(); y, m = a.split("/")
        end = d.split("–")[1].strip() if "–" in d else ""
        rows.append([y, m, Paragraph(esc(t) + (f"  (until {esc(end)})" if end else ""), b)])
    rows.append(["", "", Paragraph(esc("End of list (以上)"), S("r2", size=9, alignment=2))])
    g = Table(rows, colWidths=[16 * mm, 17 * mm, 137 * mm]); g.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, G), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONT", (0, 0), (-1, -1), "DJ", 9)]))
    story += [g, Spacer(1, 8)]
    rows = [[Paragraph("<b>Licenses / Qualifications</b> " + esc("(免許・資格)"), b), ""]] + [[Paragraph(esc(k), b), Paragraph(esc(v), b)] for k, v in p["exams"]]
    q = Table(rows, colWidths=[60 * mm, 110 * mm]); q.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, G), ("SPAN", (0, 0), (1, 0))]))
    story += [q, Spacer(1, 8)]
    rows = [[Paragraph("<b>Motivation / Career goals</b> " + esc("(志望動機)"), b)], [Paragraph(esc(p["objective"]), b)],
            [Paragraph("<b>Languages</b>: " + esc(p["langs_disp"]), b)],
            [Paragraph("<b>Publications</b>: " + "<br/>".join(esc(x) for x in p["pubs"]), b)],
            [Paragraph("<b>Reference</b>: " + "; ".join(f"{esc(n)}, {esc(r)}, {esc(e)}, {esc(ph)}" for n, r, e, ph in p["refs"]), b)]]
    m = Table(rows, colWidths=[170 * mm]); m.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, G), ("LINEBELOW", (0, 0), (-1, -2), 0.3, G)]))
    story.append(m)
    SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=14 * mm, bottomMargin=14 * mm, title="Rirekisho").build(story)

# ---------------------------------------------------------------- reportlab: Chinese CV with sidebar
def chinese(p, out):
    side = S("s", size=8.5, textColor=colors.white); sideh = S("sh", font="DJB", size=9.5, textColor=colors.white, spaceBefore=8)
    body = S("b", size=9.5); h = S("h", font="DJB", size=11, textColor=colors.HexColor("#8B0000"), spaceBefore=8, spaceAfter=3)
    sb = ([Paragraph(p["native"], S("n", font="STSong-Light", size=20, lead=26, textColor=colors.white))] if p.get("native") else []) + [
          Paragraph(esc(p["full_name"]), S("n2", font="DJB", size=14, lead=18, textColor=colors.white)), Spacer(1, 6),
          Paragraph("CONTACT", sideh), Paragraph("Mobile: " + esc(p["phone_disp"]), side), Paragraph("Email: " + esc(p["email"]), side),
          Paragraph(esc(p["address"]), side), Paragraph("PERSONAL", sideh), Paragraph("Born: " + esc(p["dob"]), side),
          Paragraph("Nationality: " + esc(p["nationality"]), side), Paragraph("LANGUAGES", sideh), Paragraph(esc(p["langs_disp"]), side),
          Paragraph("EXAMS", sideh)] + [Paragraph(f"{esc(k)}: {esc(v)}", side) for k, v in p["exams"]]
    main = [Paragraph("OBJECTIVE", h), Paragraph(esc(p["objective"]), body), Paragraph("EDUCATION", h)]
    main += [Paragraph(f"<b>{esc(d)}</b>  {esc(t)}<br/>{esc(pl)}", body) for d, t, pl in p["edu"]]
    main += [Paragraph("CLINICAL EXPERIENCE", h)]
    main += [Paragraph(f"<b>{esc(e['disp'])}</b>  {esc(e['title'])}<br/>{esc(e['place'])}", body) for e in p["usce"]]
    main += [Paragraph(f"<b>{esc(d)}</b>  {esc(t)}<br/>{esc(pl)}", body) for d, t, pl in p["work"]]
    main += [Paragraph("PUBLICATIONS", h)] + [Paragraph(f"{i}. {esc(x)}", body) for i, x in enumerate(p["pubs"], 1)]
    main += [Paragraph("REFEREE", h)] + [Paragraph(f"{esc(n)}, {esc(r)}<br/>{esc(e)} | {esc(ph)}", body) for n, r, e, ph in p["refs"]]
    doc = BaseDocTemplate(out, pagesize=A4, title="CV " + p["full_name"])
    W, H = A4
    def bg(c, d):
        c.setFillColor(colors.HexColor("#5A1010")); c.rect(0, 0, 62 * mm, H, fill=1, stroke=0)
    doc.addPageTemplates([PageTemplate(id="a", frames=[Frame(6 * mm, 10 * mm, 52 * mm, H - 20 * mm, id="side"), Frame(68 * mm, 10 * mm, W - 80 * mm, H - 20 * mm, id="main")], onPage=bg)])
    doc.build(sb + [FrameBreak()] + main)

# ---------------------------------------------------------------- reportlab: Iranian CV with photo box + details table
def iranian(p, out, twocol=False):
    body = S("b", size=9.5); h = S("h", font="DJSB", size=11.5, textColor=colors.HexColor("#1F4E79"), spaceBefore=9, spaceAfter=3)
    W, H = A4
    def later(c, d):
        c.setFont("DJ", 7); c.drawCentredString(W / 2, 8 * mm, f"{p['full_name']} – CV – page {d.page}")
    def deco(c, d):
        c.setStrokeColor(colors.grey); c.rect(W - 52 * mm, H - 58 * mm, 32 * mm, 40 * mm)
        c.setFillColor(colors.HexColor("#d8d8d8")); c.circle(W - 36 * mm, H - 32 * mm, 8 * mm, fill=1, stroke=0)
        c.ellipse(W - 48 * mm, H - 57 * mm, W - 24 * mm, H - 42 * mm, fill=1, stroke=0)
        c.setFillColor(colors.black); c.setFont("DJ", 7); c.drawCentredString(W / 2, 8 * mm, f"{p['full_name']} – CV – page {d.page}")
    det = [["Full name", p["full_name"]], ["Date of birth", p["dob"]], ["Nationality", p["nationality"]]] + [list(x) for x in p.get("personal", [])] + \
          [["Mobile", p["phone_disp"]], ["E-mail", p["email"]], ["Address", p["address"]]]
    t = Table([[Paragraph("<b>" + esc(a) + "</b>", body), Paragraph(esc(b), body)] for a, b in det], colWidths=[35 * mm, 90 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EAF1F8"))]))
    story = [Paragraph("CURRICULUM VITAE", S("t", font="DJSB", size=18, lead=22)), Spacer(1, 12), Paragraph("PERSONAL DETAILS", h), t,
             Paragraph("CAREER OBJECTIVE", h), Paragraph(esc(p["objective"]), body), Paragraph("EDUCATION", h)]
    story += [Paragraph(f"<b>{esc(d)}</b> — {esc(t_)}, {esc(pl)}", body) for d, t_, pl in p["edu"]]
    story += [Paragraph("EXAMINATIONS & CERTIFICATION", h)] + [Paragraph(f"• {esc(k)}: {esc(v)}", body) for k, v in p["exams"]]
    story += [Paragraph("CLINICAL EXPERIENCE IN THE UNITED STATES", h)] + [Paragraph(f"<b>{esc(e['disp'])}</b> — {esc(e['title'])}, {esc(e['place'])}", body) for e in p["usce"]]
    story += [Paragraph("PROFESSIONAL EXPERIENCE (HOME COUNTRY)", h)] + [Paragraph(f"<b>{esc(d)}</b> — {esc(t_)}, {esc(pl)}", body) for d, t_, pl in p["work"]]
    story += [Paragraph("PUBLICATIONS", h)] + [Paragraph(f"{i}. {esc(x)}", body) for i, x in enumerate(p["pubs"], 1)]
    story += [Paragraph("LANGUAGES", h), Paragraph(esc(p["langs_disp"]), body), Paragraph("REFERENCES", h)]
    story += [Paragraph(f"{esc(n)}, {esc(r)}, {esc(e)}, Tel. {esc(ph)}", body) for n, r, e, ph in p["refs"]]
    SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm, bottomMargin=16 * mm, title="CV").build(story, onFirstPage=deco, onLaterPages=later)

# ---------------------------------------------------------------- reportlab: two-column newsletter style (for scan)
def twocol(p, out):
    body = S("b", font="DJS", size=9); h = S("h", font="DJSB", size=10.5, spaceBefore=7, spaceAfter=2, textColor=colors.HexColor("#333366"))
    W, H = A4
    def hdr(c, d):
        c.setFont("DJSB", 20); c.drawString(18 * mm, H - 22 * mm, p["full_name"])
        c.setFont("DJS", 9); c.drawString(18 * mm, H - 29 * mm, f"{p['address']}  ·  {p['phone_disp']}  ·  {p['email']}")
        c.line(18 * mm, H - 32 * mm, W - 18 * mm, H - 32 * mm); c.line(W / 2, H - 36 * mm, W / 2, 15 * mm)
    col = (W - 36 * mm - 8 * mm) / 2
    fr = [Frame(18 * mm, 15 * mm, col, H - 52 * mm, id="l"), Frame(18 * mm + col + 8 * mm, 15 * mm, col, H - 52 * mm, id="r")]
    st = [Paragraph("PROFILE", h), Paragraph(esc(p["objective"]), body), Paragraph("EDUCATION", h)]
    st += [Paragraph(f"<b>{esc(d)}</b><br/>{esc(t)}<br/>{esc(pl)}", body) for d, t, pl in p["edu"]]
    st += [Paragraph("USMLE & CERTIFICATION", h)] + [Paragraph(f"{esc(k)}: <b>{esc(v)}</b>", body) for k, v in p["exams"]]
    st += [Paragraph("LANGUAGES", h), Paragraph(esc(p["langs_disp"]), body), Paragraph("US CLINICAL & RESEARCH EXPERIENCE", h)]
    st += [Paragraph(f"<b>{esc(e['disp'])}</b><br/>{esc(e['title'])}<br/>{esc(e['place'])}", body) for e in p["usce"]]
    st += [Paragraph("OTHER EXPERIENCE", h)] + [Paragraph(f"<b>{esc(d)}</b><br/>{esc(t)}, {esc(pl)}", body) for d, t, pl in p["work"]]
    st += [FrameBreak(), Paragraph("PEER-REVIEWED PUBLICATIONS", h)] + [Paragraph(f"{i}. {esc(x)}", body) for i, x in enumerate(p["pubs"], 1)]
    st += [Paragraph("REFERENCES", h)] + [Paragraph(f"{esc(n)}<br/>{esc(r)}<br/>{esc(e)} · {esc(ph)}", body) for n, r, e, ph in p["refs"]]
    doc = BaseDocTemplate(out, pagesize=A4); doc.addPageTemplates([PageTemplate(frames=fr, onPage=hdr)]); doc.build(st)

# ---------------------------------------------------------------- fpdf2 helpers
class PDF(FPDF):
    footer_text = None
    def footer(self):
        if self.footer_text:
            self.set_y(-12); self.set_font("dj", "", 7); self.set_text_color(110)
            self.cell(0, 5, self.footer_text.replace("{n}", str(self.page_no())), align="C"); self.set_text_color(0)

def newpdf(p, footer=None):
    pdf = PDF(format="A4"); pdf.footer_text = footer
    pdf.add_font("dj", "", DJ + "DejaVuSans.ttf"); pdf.add_font("dj", "B", DJ + "DejaVuSans-Bold.ttf")
    pdf.add_font("djs", "", DJ + "DejaVuSerif.ttf"); pdf.add_font("djs", "B", DJ + "DejaVuSerif-Bold.ttf")
    pdf.set_auto_page_break(True, 8); pdf.set_margins(18, 16, 18); pdf.add_page(); pdf.set_author(p["full_name"]); return pdf

def rowtab(pdf, left, right, lw=42, size=9.5, font="dj"):
    if pdf.get_y() > pdf.h - 32: pdf.add_page()
    pdf.set_font(font, "", size); y = pdf.get_y(); x = pdf.l_margin
    pdf.multi_cell(lw, 5, left, new_x="RIGHT", new_y="TOP"); y1 = pdf.get_y()
    pdf.set_xy(x + lw, y); pdf.multi_cell(0, 5, right, new_x="LMARGIN", new_y="NEXT", markdown=True)
    pdf.set_y(max(pdf.get_y(), y + 5) + 1.2)

def fhead(pdf, t, font="dj", color=(0, 0, 0), line=True, size=11.5):
    if pdf.get_y() > pdf.h - 42: pdf.add_page()
    pdf.ln(2); pdf.set_font(font, "B", size); pdf.set_text_color(*color); pdf.cell(0, 7, t, new_x="LMARGIN", new_y="NEXT"); pdf.set_text_color(0)
    if line: pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y()); pdf.ln(1.5)

def lebenslauf(p, out, fax=False):
    pdf = newpdf(p); F = "djs"
    sz = 11 if fax else 9.5
    pdf.set_font(F, "B", 20); pdf.cell(0, 10, "Lebenslauf / Curriculum Vitae", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
    fhead(pdf, "Persönliche Daten / Personal data", F)
    for a, b in [("Name", p["full_name"]), ("Geburtsdatum / born", p["dob"]), ("Staatsangehörigkeit", p["nationality"]), ("Anschrift", p["address"]),
                 ("Telefon", p["phone_disp"]), ("E-Mail", p["email"])]:
        rowtab(pdf, a, b, 48, sz, F)
    fhead(pdf, "Berufsziel / Objective", F); pdf.set_font(F, "", sz); pdf.multi_cell(0, 5, p["objective"], new_x="LMARGIN", new_y="NEXT")
    fhead(pdf, "Ausbildung / Education", F)
    for d, t, pl in p["edu"]: rowtab(pdf, d, f"**{t}**\n{pl}", 48, sz, F)
    fhead(pdf, "Klinische Erfahrung / Clinical experience", F)
    items = [(d, t, pl) for d, t, pl in p["work"]] + [(e["disp"], e["title"], e["place"]) for e in p["usce"]]
    for d, t, pl in items: rowtab(pdf, d, f"**{t}**\n{pl}", 48, sz, F)
    fhead(pdf, "Prüfungen / Examinations", F)
    for k, v in p["exams"]: rowtab(pdf, k, v, 48, sz, F)
    fhead(pdf, "Sprachen / Languages", F); pdf.set_font(F, "", sz); pdf.multi_cell(0, 5, p["langs_disp"], new_x="LMARGIN", new_y="NEXT")
    fhead(pdf, "Publikationen / Publications", F)
    for i, x in enumerate(p["pubs"], 1): rowtab(pdf, f"{i}.", x, 10, sz, F)
    fhead(pdf, "Referenzen / References", F)
    for n, r, e, ph in p["refs"]: rowtab(pdf, "", f"{n}, {r}\n{e} · {ph}", 0.1, sz, F)
    pdf.ln(6); pdf.set_font(F, "", sz); city = p["address"].split(",")[-1].split()[-1] if p["address"] else ""
    pdf.cell(0, 6, f"{city}, 15.11.2026", new_x="LMARGIN", new_y="NEXT"); pdf.set_font(F, "", 14); pdf.cell(0, 8, p["full_name"])
    pdf.output(out)

def korean(p, out):
    pdf = newpdf(p, footer="{n}")
    pdf.set_font("dj", "B", 24); pdf.cell(0, 12, p["full_name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dj", "", 9); pdf.set_text_color(80)
    pdf.cell(0, 5, f"Phone {p['phone_disp']}   |   E-mail {p['email']}   |   {p['address']}", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, f"Date of Birth {p['dob']}   |   Citizenship {p['nationality']}", new_x="LMARGIN", new_y="NEXT"); pdf.set_text_color(0)
    C = (0, 70, 140)
    fhead(pdf, "OBJECTIVE", color=C); pdf.set_font("dj", "", 9.5); pdf.multi_cell(0, 5, p["objective"], new_x="LMARGIN", new_y="NEXT")
    fhead(pdf, "EDUCATION", color=C)
    for d, t, pl in p["edu"]: rowtab(pdf, d, f"**{t}**, {pl}", 38)
    fhead(pdf, "LICENSURE & EXAMINATIONS", color=C)
    for k, v in p["exams"]: rowtab(pdf, k, v, 58)
    fhead(pdf, "RESEARCH & CLINICAL EXPERIENCE (USA)", color=C)
    for e in p["usce"]: rowtab(pdf, e["disp"], f"**{e['title']}**, {e['place']}", 38)
    fhead(pdf, "TRAINING IN KOREA", color=C)
    for d, t, pl in p["work"]: rowtab(pdf, d, f"**{t}**, {pl}", 38)
    fhead(pdf, "PUBLICATIONS & PRESENTATIONS", color=C)
    for i, x in enumerate(p["pubs"], 1): rowtab(pdf, f"{i}.", x, 8)
    fhead(pdf, "LANGUAGES", color=C); pdf.set_font("dj", "", 9.5); pdf.multi_cell(0, 5, p["langs_disp"], new_x="LMARGIN", new_y="NEXT")
    fhead(pdf, "REFERENCES", color=C)
    for n, r, e, ph in p["refs"]: rowtab(pdf, "", f"{n} — {r} — {e} — {ph}", 0.1)
    pdf.output(out)

def turkish(p, out):
    pdf = newpdf(p, footer="Özgeçmiş / CV – {n}")
    pdf.set_font("dj", "B", 18); pdf.cell(0, 10, "ÖZGEÇMİŞ / CURRICULUM VITAE", new_x="LMARGIN", new_y="NEXT")
    # photo box
    pdf.set_draw_color(120); pdf.rect(160, 14, 32, 40); pdf.set_fill_color(215); pdf.ellipse(168, 20, 16, 18, style="F"); pdf.ellipse(163, 40, 26, 16, style="F")
    pdf.set_draw_color(0); pdf.ln(3)
    pdf.set_font("dj", "", 9.5); pdf.set_fill_color(235, 235, 245)
    rows = [("Adı Soyadı / Name", p["full_name"]), ("Doğum Tarihi / Date of birth", p["dob"]), ("Uyruk / Nationality", p["nationality"])] + list(p.get("personal", [])) + \
           [("Telefon / Phone", p["phone_disp"]), ("E-posta / E-mail", p["email"]), ("Adres / Address", p["address"])]
    for a, b in rows:
        pdf.set_font("dj", "B", 9); pdf.cell(52, 7, a, border=1, fill=True); pdf.set_font("dj", "", 9.5); pdf.cell(84, 7, b, border=1, new_x="LMARGIN", new_y="NEXT")
    R = (150, 20, 30)
    fhead(pdf, "Kariyer Hedefi / Career Objective", color=R); pdf.set_font("dj", "", 9.5); pdf.multi_cell(0, 5, p["objective"], new_x="LMARGIN", new_y="NEXT")
    fhead(pdf, "Eğitim / Education", color=R)
    for d, t, pl in p["edu"]: rowtab(pdf, d, f"**{t}**\n{pl}", 30)
    fhead(pdf, "Sınavlar / Examinations", color=R)
    for k, v in p["exams"]: rowtab(pdf, k, v, 50)
    fhead(pdf, "ABD Klinik Deneyim / US Clinical Experience", color=R)
    for e in p["usce"]: rowtab(pdf, e["disp"], f"**{e['title']}**\n{e['place']}", 40)
    fhead(pdf, "İş Deneyimi / Work Experience (Turkey)", color=R)
    for d, t, pl in p["work"]: rowtab(pdf, d, f"**{t}**\n{pl}", 40)
    fhead(pdf, "Yayınlar / Publications", color=R)
    for i, x in enumerate(p["pubs"], 1): rowtab(pdf, f"{i}.", x, 8)
    fhead(pdf, "Yabancı Dil / Languages", color=R); pdf.set_font("dj", "", 9.5); pdf.multi_cell(0, 5, p["langs_disp"], new_x="LMARGIN", new_y="NEXT")
    fhead(pdf, "Referanslar / References", color=R)
    for n, r, e, ph in p["refs"]: rowtab(pdf, "", f"{n}, {r}, {e}, {ph}", 0.1)
    pdf.output(out)

def formazione(p, out):
    pdf = newpdf(p, footer="Autorizzo il trattamento dei miei dati personali ai sensi del D.Lgs. 196/2003 e del GDPR (UE 2016/679).  – pag. {n}")
    G = (0, 110, 60)
    pdf.set_font("djs", "B", 22); pdf.cell(0, 11, p["full_name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("djs", "", 9.5); pdf.multi_cell(0, 5, f"Nata il {p['dob']} · Nazionalità {p['nationality']} · {p['address']}\nCell. {p['phone_disp']} · {p['email']}", new_x="LMARGIN", new_y="NEXT")
    fhead(pdf, "PROFILO / PROFILE", "djs", G); pdf.set_font("djs", "", 9.5); pdf.multi_cell(0, 5, p["objective"], new_x="LMARGIN", new_y="NEXT")
    fhead(pdf, "FORMAZIONE / EDUCATION", "djs", G)
    for d, t, pl in p["edu"]: rowtab(pdf, d, f"**{t}**\n{pl}", 45, font="djs")
    fhead(pdf, "ESPERIENZE CLINICHE / CLINICAL EXPERIENCE", "djs", G)
    for e in p["usce"]: rowtab(pdf, e["disp"], f"**{e['title']}**\n{e['place']}", 45, font="djs")
    for d, t, pl in p["work"]: rowtab(pdf, d, f"**{t}**\n{pl}", 45, font="djs")
    fhead(pdf, "ESAMI / EXAMINATIONS", "djs", G)
    for k, v in p["exams"]: rowtab(pdf, k, v, 45, font="djs")
    fhead(pdf, "PUBBLICAZIONI E POSTER / PUBLICATIONS", "djs", G)
    for x in p["pubs"]: rowtab(pdf, "–", x, 6, font="djs")
    fhead(pdf, "LINGUE / LANGUAGES", "djs", G); pdf.set_font("djs", "", 9.5); pdf.multi_cell(0, 5, p["langs_disp"], new_x="LMARGIN", new_y="NEXT")
    fhead(pdf, "REFERENZE / REFERENCES", "djs", G)
    for n, r, e, ph in p["refs"]: rowtab(pdf, "", f"{n}, {r} – {e} – tel. {ph}", 0.1, font="djs")
    pdf.output(out)

def vietnam(p, out):
    pdf = newpdf(p)
    pdf.set_fill_color(0, 95, 115); pdf.rect(0, 0, 210, 34, style="F"); pdf.set_text_color(255)
    pdf.set_xy(18, 8); pdf.set_font("dj", "B", 20); pdf.cell(0, 10, p["full_name"].upper(), new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(18); pdf.set_font("dj", "", 10); pdf.cell(0, 6, "Medical Doctor · Family Medicine", new_x="LMARGIN", new_y="NEXT"); pdf.set_text_color(0); pdf.set_y(40)
    # contact table
    pdf.set_font("dj", "", 9)
    for a, b in [("Email", p["email"]), ("Phone/Zalo", p["phone_disp"]), ("Address", p["address"]), ("Year of birth", p["dob"])]:
        pdf.cell(30, 6, a, border="B"); pdf.cell(0, 6, b, border="B", new_x="LMARGIN", new_y="NEXT")
    C = (0, 95, 115)
    fhead(pdf, "Career goal", color=C); pdf.set_font("dj", "", 9.5); pdf.multi_cell(0, 5, p["objective"], new_x="LMARGIN", new_y="NEXT")
    fhead(pdf, "Education", color=C)
    for d, t, pl in p["edu"]: rowtab(pdf, d, f"**{t}**\n{pl}", 32)
    fhead(pdf, "USMLE / ECFMG", color=C)
    for k, v in p["exams"]: rowtab(pdf, k, v, 40)
    fhead(pdf, "Clinical experience", color=C)
    for e in p["usce"]: rowtab(pdf, e["disp"], f"**{e['title']}**\n{e['place']}", 36)
    for d, t, pl in p["work"]: rowtab(pdf, d, f"**{t}**\n{pl}", 36)
    fhead(pdf, "Publications", color=C)
    for i, x in enumerate(p["pubs"], 1): rowtab(pdf, f"{i}.", x, 8)
    fhead(pdf, "Languages", color=C); pdf.set_font("dj", "", 9.5); pdf.multi_cell(0, 5, p["langs_disp"], new_x="LMARGIN", new_y="NEXT")
    fhead(pdf, "References", color=C)
    for n, r, e, ph in p["refs"]: rowtab(pdf, "", f"{n}, {r}, {e}, {ph}", 0.1)
    pdf.output(out)

GENS = dict(europass=europass, lebenslauf=lebenslauf, rirekisho=rirekisho, korean=korean, chinese=chinese, turkish=turkish,
            iranian=iranian, formazione=formazione, vietnam=vietnam, twocol=twocol)

if __name__ == "__main__":
    outdir = sys.argv[1]; only = set(map(int, sys.argv[2:]))
    for p in PEOPLE:
        if p["gen"] == "fodt" or (only and p["n"] not in only):
            continue
        # scans are rendered to an intermediate PDF first
        out = os.path.join(outdir, p["file"] if not p.get("scan") else f"src_{p['n']:03d}.pdf")
        if p["gen"] == "lebenslauf": lebenslauf(p, out, fax=p.get("scan") == "fax")
        else: GENS[p["gen"]](p, out)
        print("built", out)
