# -*- coding: utf-8 -*-
"""Rebuild every file in ../files and ../truth.jsonl.  Run: .venv/bin/python generators/build.py"""
import os, sys, io, json, re, random, shutil, subprocess, zipfile, tempfile, glob
import numpy as np
from PIL import Image, ImageFilter, ImageDraw
from docx import Document
from docx.shared import Pt, RGBColor, Inches, Emu
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "files")
sys.path.insert(0, HERE)
from data import P, DAMAGED
from months import month_union

W = "w12"
random.seed(12)

# ------------------------------------------------------------------ docx helpers
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)

def table_borders(table, val="nil", color="auto", sz="4", only=None):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        v = val if (only is None or edge in only) else "nil"
        e.set(qn("w:val"), v); e.set(qn("w:sz"), sz); e.set(qn("w:space"), "0"); e.set(qn("w:color"), color)
        b.append(e)
    tblPr.append(b)

def para_border(p, edge="bottom", color="000000", sz="6"):
    pPr = p._p.get_or_add_pPr()
    pb = OxmlElement("w:pBdr")
    e = OxmlElement("w:" + edge); e.set(qn("w:val"), "single"); e.set(qn("w:sz"), sz); e.set(qn("w:space"), "1"); e.set(qn("w:color"), color)
    pb.append(e); pPr.append(pb)

def run(p, text, bold=False, italic=False, size=None, color=None, font=None, caps=False):
    r = p.add_run(text)
    r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
        rPr = r._r.get_or_add_rPr(); rf = rPr.find(qn("w:rFonts"))
        rf.set(qn("w:eastAsia"), font); rf.set(qn("w:cs"), font)
    if caps: r.font.all_caps = True
    return r

def sp(p, before=0, after=2, line=None):
    pf = p.paragraph_format
    pf.space_before = Pt(before); pf.space_after = Pt(after)
    if line: pf.line_spacing = line

def set_col_width(table, idx, inches):
    table.autofit = False
    gc = table._tbl.tblGrid.findall(qn("w:gridCol"))
    gc[idx].set(qn("w:w"), str(int(inches * 1440)))
    for row in table.rows:
        row.cells[idx].width = Inches(inches)

def base_doc(font, size, margins=0.7):
    d = Document()
    st = d.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Inches(margins)
        s.top_margin = s.bottom_margin = Inches(0.6)
    return d

class Style:
    def __init__(self, font, size, accent, head_font=None, width=7.1, date_italic=False, title_color=None):
        self.font, self.size, self.accent = font, size, accent
        self.head_font = head_font or font; self.width = width
        self.date_italic = date_italic; self.title_color = title_color

def render_items(c, items, st, width):
    """c: Document or _Cell."""
    first = True
    for it in items:
        if isinstance(it, str):
            for line in it.split("\n"):
                p = _newpara(c, first); first = False
                run(p, line, font=st.font); sp(p, 0, 3)
        elif "bl" in it:
            for line in it["bl"]:
                p = _newpara(c, first, style="List Bullet"); first = False
                run(p, line, font=st.font); sp(p, 0, 1)
        elif "kv" in it:
            for k, v in it["kv"]:
                p = _newpara(c, first); first = False
                p.paragraph_format.tab_stops.add_tab_stop(Inches(1.9))
                run(p, k, bold=True, font=st.font); run(p, "\t" + v, font=st.font); sp(p, 0, 1)
        else:
            p = _newpara(c, first); first = False
            p.paragraph_format.tab_stops.add_tab_stop(Inches(width), WD_TAB_ALIGNMENT.RIGHT)
            run(p, it["t"], bold=True, font=st.font, color=st.title_color)
            if it["d"]:
                run(p, "\t" + it["d"], italic=st.date_italic, font=st.font, color="595959")
            sp(p, 4, 0)
            if it["o"]:
                p = c.add_paragraph(); run(p, it["o"], italic=True, font=st.font); sp(p, 0, 1)
            for b in it["b"]:
                p = c.add_paragraph(style="List Bullet"); run(p, b, font=st.font); sp(p, 0, 0)

def _newpara(c, first, style=None):
    # table cells start with one empty paragraph: reuse it
    if first and not hasattr(c, "sections") and len(c.paragraphs) == 1 and not c.paragraphs[0].text:
        p = c.paragraphs[0]
        if style: p.style = style
        return p
    return c.add_paragraph(style=style) if style else c.add_paragraph()

def contact_line(p):
    return " | ".join(p["contact"])

def put_header_contacts(d, p, st):
    hp = d.sections[0].header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run(hp, "   ·   ".join(p["contact"]), size=8.5, color="666666", font=st.font)

# ------------------------------------------------------------------ templates
def t_word_modern_chrono(p):
    st = Style("Calibri", 10.5, "2F5496", width=7.1)
    d = base_doc(st.font, st.size)
    tb = d.add_table(rows=1, cols=1); tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell = tb.rows[0].cells[0]; shade(cell, "1F3864")
    cp = cell.paragraphs[0]; run(cp, p["header_name"], bold=True, size=24, color="FFFFFF", font="Calibri Light", caps=True); sp(cp, 6, 0)
    if p.get("subtitle"):
        q = cell.add_paragraph(); run(q, p["subtitle"], size=12, color="D9E2F3"); sp(q, 0, 2)
    for line in p["contact"]:
        q = cell.add_paragraph(); run(q, line, size=10, color="FFFFFF"); sp(q, 0, 2)
    cell.add_paragraph()
    for s in p["sections"]:
        h = d.add_paragraph(); run(h, s["h"].upper(), bold=True, size=12, color=st.accent, font="Calibri Light")
        sp(h, 12, 3); para_border(h, "bottom", st.accent, "8")
        render_items(d, s["items"], st, st.width)
    return d

def t_word_bold_modern(p):
    st = Style("Franklin Gothic Book", 10, "D0352B", width=5.15)
    d = base_doc(st.font, st.size, 0.75)
    h = d.add_paragraph(); run(h, p["header_name"], bold=True, size=34, color=st.accent, font="Franklin Gothic Demi"); sp(h, 0, 0)
    if p.get("subtitle"):
        q = d.add_paragraph(); run(q, p["subtitle"], size=13, color="404040", caps=True); sp(q, 0, 2)
    q = d.add_paragraph(); run(q, "  |  ".join(p["contact"]), size=9.5, color="404040"); sp(q, 0, 10)
    para_border(q, "bottom", st.accent, "18")
    tb = d.add_table(rows=0, cols=2); table_borders(tb)
    for s in p["sections"]:
        r = tb.add_row(); lc, rc = r.cells
        lp = lc.paragraphs[0]; run(lp, s["h"], bold=True, size=11.5, color=st.accent, font="Franklin Gothic Demi"); sp(lp, 6, 0)
        render_items(rc, s["items"], st, st.width)
        for para in rc.paragraphs[:1]: para.paragraph_format.space_before = Pt(6)
    set_col_width(tb, 0, 1.6); set_col_width(tb, 1, 5.4)
    return d

def t_word_polished(p):
    st = Style("Garamond", 10.5, "7F6000", width=4.75)
    d = base_doc(st.font, st.size, 0.6)
    h = d.add_paragraph(); run(h, p["header_name"], size=28, color="262626", font="Garamond", caps=not p["header_name"].split()[0].isupper()); sp(h, 0, 0)
    if p.get("subtitle"):
        q = d.add_paragraph(); run(q, p["subtitle"], size=12, italic=True, color=st.accent); sp(q, 0, 6)
    para_border(d.paragraphs[-1], "bottom", "A6A6A6", "6")
    tb = d.add_table(rows=1, cols=2); table_borders(tb)
    lc, rc = tb.rows[0].cells; shade(lc, "F2F2F2")
    lfirst = True
    for s in [s for s in p["sections"] if s["side"]]:
        hp = lc.paragraphs[0] if lfirst else lc.add_paragraph(); lfirst = False
        run(hp, s["h"].upper(), bold=True, size=10.5, color=st.accent); sp(hp, 8, 2)
        for it in s["items"]:
            q = lc.add_paragraph(); run(q, it, size=9.5); sp(q, 0, 1)
    rfirst = True
    for s in [s for s in p["sections"] if not s["side"]]:
        hp = rc.paragraphs[0] if rfirst else rc.add_paragraph(); rfirst = False
        run(hp, s["h"].upper(), bold=True, size=12, color=st.accent); sp(hp, 8, 2); para_border(hp, "bottom", "BFBFBF", "4")
        render_items(rc, s["items"], st, st.width)
    set_col_width(tb, 0, 2.2); set_col_width(tb, 1, 5.0)
    return d

def _gdocs(p, body_font, name_font, name_size, accent, head_size=11, head_caps=False, rule=None, name_color="000000",
           contact_color="666666", head_border=False, width=6.5):
    st = Style(body_font, 10, accent, width=width)
    d = base_doc(body_font, 10, 1.0)
    if rule:
        r = d.add_paragraph(); para_border(r, "top", rule, "36"); sp(r, 0, 6)
    h = d.add_paragraph(); run(h, p["header_name"], bold=(name_font in ("Arial", "Lato")), size=name_size, color=name_color, font=name_font); sp(h, 0, 2)
    if p.get("subtitle"):
        q = d.add_paragraph(); run(q, p["subtitle"], size=12, color=accent); sp(q, 0, 2)
    if p.get("contact_in_header"):
        put_header_contacts(d, p, st)
    else:
        for line in (p["contact"] if len(p["contact"]) == 1 else ["  •  ".join(p["contact"])]):
            q = d.add_paragraph(); run(q, line, size=9.5, color=contact_color, font=body_font); sp(q, 0, 8)
    for s in p["sections"]:
        hp = d.add_paragraph(); run(hp, s["h"], bold=True, size=head_size, color=accent, font=name_font if name_font != "Playfair Display" else body_font, caps=head_caps)
        sp(hp, 12, 4)
        if head_border: para_border(hp, "bottom", accent, "6")
        render_items(d, s["items"], st, width)
    return d

def t_gdocs_serif(p):
    return _gdocs(p, "Merriweather", "Playfair Display", 28, "A61C00", head_size=10, head_caps=True)

def t_gdocs_swiss(p):
    return _gdocs(p, "Lato", "Arial", 26, "F35A2C", head_size=11, head_border=True)

def t_gdocs_spearmint(p):
    return _gdocs(p, "Lato", "Raleway", 26, "2E8B7A", head_size=12, rule="2E8B7A", name_color="1C4F47")

def t_gdocs_coral(p):
    return _gdocs(p, "Source Sans Pro", "Montserrat", 30, "F75D5D", head_size=11, contact_color="F75D5D")

TEMPLATES = {k[2:]: v for k, v in globals().items() if k.startswith("t_")}

# ------------------------------------------------------------------ conversions
def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/w12_lo_profile", "--headless", "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + fmt.split(":")[0])

# ------------------------------------------------------------------ phone photo effect
def persp_coeffs(dst, src):
    A, B = [], []
    for (x, y), (X, Y) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -X * x, -X * y]); B.append(X)
        A.append([0, 0, 0, x, y, 1, -Y * x, -Y * y]); B.append(Y)
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()

def phone_photo(page, rng):
    page = page.convert("RGB")
    w, h = page.size
    CW, CH = int(w * 1.22), int(h * 1.18)
    # background: a desk
    bg = np.zeros((CH, CW, 3), np.float32)
    base = np.array(rng.choice([(120, 92, 64), (88, 84, 80), (150, 140, 126)]), np.float32)
    bg[:] = base
    bg += np.random.default_rng(rng.randint(0, 9999)).normal(0, 9, bg.shape).astype(np.float32)
    j = lambda a: rng.uniform(-a, a)
    ox, oy = (CW - w) / 2, (CH - h) / 2
    dst = [(ox + j(40) + 25, oy + j(30) + 10), (ox + w + j(40) - 15, oy + j(30) + 30),
           (ox + w + j(30) + 10, oy + h + j(30) - 5), (ox + j(30) - 10, oy + h + j(30) - 20)]
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    co = persp_coeffs(dst, src)
    warped = page.transform((CW, CH), Image.PERSPECTIVE, co, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", (w, h), 255).transform((CW, CH), Image.PERSPECTIVE, co, Image.BICUBIC, fillcolor=0)
    mask = mask.filter(ImageFilter.GaussianBlur(1.2))
    m = np.asarray(mask, np.float32)[..., None] / 255.0
    img = np.asarray(warped, np.float32) * m + bg * (1 - m)
    # lighting: gradient + soft shadow blob (phone/hand)
    yy, xx = np.mgrid[0:CH, 0:CW].astype(np.float32)
    grad = 0.78 + 0.25 * (xx / CW) * (1 - 0.4 * yy / CH)
    cx, cy = rng.uniform(0.1, 0.4) * CW, rng.uniform(0.6, 0.95) * CH
    blob = np.exp(-(((xx - cx) / (0.35 * CW)) ** 2 + ((yy - cy) / (0.25 * CH)) ** 2))
    light = grad * (1 - 0.38 * blob)
    img = img * light[..., None]
    img *= np.array([1.0, 0.98, 0.92], np.float32)  # warm cast
    img += np.random.default_rng(rng.randint(0, 9999)).normal(0, 4, img.shape)
    out = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    return out.rotate(rng.uniform(-1.5, 1.5), resample=Image.BICUBIC, expand=False, fillcolor=tuple(int(v) for v in base))

# ------------------------------------------------------------------ plain text renderers
def flat_lines(p, bullet="- "):
    out = []
    for s in p["sections"]:
        out.append(("H", s["h"]))
        for it in s["items"]:
            if isinstance(it, str): out.append(("T", it))
            elif "bl" in it: out += [("T", bullet + x) for x in it["bl"]]
            elif "kv" in it: out += [("KV", k, v) for k, v in it["kv"]]
            else: out.append(("E", it))
    return out

def txt_email(p):
    t = p["truth"]
    L = ["---------- Forwarded message ---------",
         "From: Anjali Thomas <%s>" % t["email"],
         "Date: Tue, 4 Mar 2025 at 21:12",
         "Subject: CV for observership - Anjali Thomas MBBS",
         "To: <imgprogram.coordinator@outlook.com>", "",
         "Dear Sir/Madam,", "Please find my CV pasted below as the attachment did not open on your side.", "Regards,", "Anjali", ""]
    Q = ["Anjali Mariam Thomas, MBBS", "Kozhikode, Kerala, India",
         "Mobile:\t+91 94960 17742\tEmail:\t" + t["email"], ""]
    for row in flat_lines(p):
        if row[0] == "H": Q += ["", row[1], ""]
        elif row[0] == "T": Q.append(row[1])
        elif row[0] == "KV": Q.append(row[1] + ":\t" + row[2])
        else:
            e = row[1]
            Q.append("%s\t%s\t%s" % (e["d"], e["t"], e["o"]))
            Q += ["\t* " + b for b in e["b"]]
    Q += ["", "REFERENCES", "Dr. K. Suresh Kumar\tProfessor of Community Medicine, GMC Kozhikode\tsureshkumar.gmck@gmail.com\t+91 94470 55120"]
    body = "\n".join(L) + "\n" + "\n".join(("> " + x) if x else ">" for x in Q) + "\n"
    return body.encode("utf-8")

def txt_bom(p):
    t = p["truth"]
    L = ["NGUYEN Thi Lan (Nguyễn Thị Lan), MD", "Rochester, MN 55902, USA",
         "Phone: +84 912 406 735 (WhatsApp)   Email: " + t["email"], "Date of birth: 1994-02-17", ""]
    for row in flat_lines(p, "* "):
        if row[0] == "H": L += ["", row[1].upper(), "-" * len(row[1])]
        elif row[0] == "T": L.append(row[1])
        elif row[0] == "KV": L.append(row[1] + ": " + row[2])
        else:
            e = row[1]; L.append("%s | %s" % (e["d"], e["t"])); L.append("    " + e["o"])
    L += ["", "REFERENCES", "----------", "Dr. Tran Van Hung, Bach Mai Hospital - tvhung.bm@gmail.com", ""]
    return ("\ufeff" + "\r\n".join(L)).encode("utf-8")

def txt_ascii(p):
    t = p["truth"]
    L = ["=" * 78, " " * 29 + "Omar Haddad, MD", "=" * 78,
         "%-38s%40s" % ("Buffalo, NY 14214", "Tel: +1 716 555 0139"),
         "%-38s%40s" % ("DOB: 03/1991", "E-mail: " + t["email"]), "-" * 78]
    for row in flat_lines(p):
        if row[0] == "H": L += ["", row[1], "-" * 78]
        elif row[0] == "T": L.append("  " + row[1])
        elif row[0] == "KV": L.append("  %-22s %s" % (row[1], row[2]))
        else:
            e = row[1]
            if len(e["t"]) <= 24:
                L.append("  %-16s %-24s %s" % (e["d"], e["t"], e["o"]))
            else:
                L.append("  %-16s %s" % (e["d"], e["t"])); L.append("  %-16s %s" % ("", e["o"]))
    L += ["", "=" * 78, "  References available on request", "=" * 78, ""]
    return "\n".join(L).encode("utf-8")

# ------------------------------------------------------------------ truth
def e164(disp):
    return "+" + re.sub(r"\D", "", disp)

def truth_row(p, fname):
    t = p["truth"]
    entries = []
    for s in p["sections"]:
        for it in s["items"]:
            if isinstance(it, dict) and "u" in it:
                entries.append(dict(it["u"]))
    allm = month_union(entries)
    clin = month_union([e for e in entries if e["type"] in ("hands_on", "observership")])
    row = dict(file=fname, layout=p["layout"], full_name=t["full_name"], email=t["email"],
               phone_e164=e164(t["phone"]) if t["phone"] else None,
               medical_school=t["medical_school"], medical_school_country=t["medical_school_country"],
               graduation_year=t["graduation_year"], is_student=t["is_student"],
               usmle_step1=t["usmle_step1"], usmle_step2ck=t["usmle_step2ck"], usmle_step3=t["usmle_step3"],
               ecfmg_status=t["ecfmg_status"], specialties=t["specialties"], languages=t["languages"],
               visa_status=t["visa_status"], publications=t["publications"],
               usce_months=allm, usce_months_clinical=clin, usce_entries=entries)
    return row

KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages",
        "visa_status", "publications", "usce_months", "usce_months_clinical", "usce_entries"]

# ------------------------------------------------------------------ main
def main():
    if os.path.isdir(OUT): shutil.rmtree(OUT)
    os.makedirs(OUT)
    tmp = tempfile.mkdtemp(prefix="w12_")
    rows = []
    byn = {p["n"]: p for p in P}
    for p in P:
        n = p["n"]; stem = "%s_%03d_%s" % (W, n, p["layout"])
        fmt = p["fmt"]
        if fmt.startswith("txt"):
            data = {"txt_email": txt_email, "txt_bom": txt_bom, "txt_ascii": txt_ascii}[fmt](p)
            fname = stem + ".txt"; open(os.path.join(OUT, fname), "wb").write(data)
            rows.append(truth_row(p, fname)); continue
        tpl = p.get("base", p["layout"])
        d = TEMPLATES[tpl](p)
        d.core_properties.author = p["truth"]["full_name"].title() if fmt != "docx" else p["truth"]["full_name"]
        d.core_properties.title = "Resume"
        dx = os.path.join(tmp, stem + ".docx"); d.save(dx)
        if fmt == "docx":
            fname = stem + ".docx"; shutil.copy(dx, os.path.join(OUT, fname))
        elif fmt in ("pdf", "odt", "rtf"):
            fname = stem + "." + fmt; shutil.copy(soffice(dx, fmt, tmp), os.path.join(OUT, fname))
        elif fmt in ("jpg", "pdf_scan"):
            pdf = soffice(dx, "pdf", tmp)
            subprocess.run(["pdftoppm", "-r", "120", "-png", pdf, os.path.join(tmp, stem + "_pg")], check=True)
            pages = sorted(glob.glob(os.path.join(tmp, stem + "_pg*.png")))
            rng = random.Random(n)
            photos = [phone_photo(Image.open(pg), rng) for pg in pages]
            if fmt == "jpg":
                if len(photos) > 1:  # stack pages into one tall photo
                    Wd = max(ph.width for ph in photos); Ht = sum(ph.height for ph in photos)
                    canvas = Image.new("RGB", (Wd, Ht)); y = 0
                    for ph in photos: canvas.paste(ph, (0, y)); y += ph.height
                    photos = [canvas]
                fname = stem + ".jpg"; photos[0].save(os.path.join(OUT, fname), quality=68)
            else:
                fname = stem + ".pdf"
                jp = []
                for ph in photos:
                    b = io.BytesIO(); ph.save(b, "JPEG", quality=65); b.seek(0); jp.append(Image.open(b))
                jp[0].save(os.path.join(OUT, fname), "PDF", save_all=True, append_images=jp[1:], resolution=120.0)
        r = truth_row(p, fname)
        if fmt in ("jpg", "pdf_scan"): r["needs_ocr"] = True
        rows.append(r)
    # damaged
    for dm in DAMAGED:
        src = byn[dm["base_from"]]
        d = TEMPLATES[src.get("base", src["layout"])](src)
        b = io.BytesIO(); d.save(b); raw = b.getvalue()
        fname = "%s_%03d_%s.docx" % (W, dm["n"], dm["layout"])
        if dm["layout"] == "docx_truncated_zip":
            data = raw[: int(len(raw) * 0.46)]
        else:
            zin = zipfile.ZipFile(io.BytesIO(raw)); ob = io.BytesIO()
            with zipfile.ZipFile(ob, "w", zipfile.ZIP_DEFLATED) as zout:
                for info in zin.infolist():
                    content = zin.read(info.filename)
                    if info.filename == "word/document.xml":
                        content = random.Random(28).randbytes(len(content))
                    zout.writestr(info, content)
            data = ob.getvalue()
        open(os.path.join(OUT, fname), "wb").write(data)
        row = {k: None for k in KEYS}; row.update(file=fname, layout=dm["layout"], error=True)
        rows.append(row)
    rows.sort(key=lambda r: r["file"])
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    shutil.rmtree(tmp, ignore_errors=True)
    print("built", len(rows), "files")

if __name__ == "__main__":
    main()
