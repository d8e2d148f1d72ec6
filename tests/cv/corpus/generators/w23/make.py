# -*- coding: utf-8 -*-
import os, sys, json, subprocess, shutil, random, tempfile
sys.path.insert(0, os.path.dirname(__file__))
from cvdata import CVS, TXT_008, T
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from PIL import Image, ImageFilter, ImageEnhance, ImageOps
import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "files")
TMP = tempfile.mkdtemp(prefix="w23_")
random.seed(23); np.random.seed(23)

def fname(cv, ext):
    return "w23_%03d_%s.%s" % (cv["n"], cv["layout"], ext)

def add_table(doc_or_cell, header, rows, style="Table Grid"):
    t = doc_or_cell.add_table(rows=1, cols=len(header))
    t.style = style
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]; c.text = ""
        r = c.paragraphs[0].add_run(h); r.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    return t

def heading(doc, text, font="Calibri"):
    p = doc.add_paragraph()
    r = p.add_run(text); r.bold = True; r.font.size = Pt(12); r.font.name = font
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
    p.paragraph_format.space_before = Pt(8); p.paragraph_format.space_after = Pt(2)
    return p

def build_docx(cv, path):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = random.choice(["Calibri", "Times New Roman", "Arial", "Cambria"]); st.font.size = Pt(10.5)
    sec = doc.sections[0]; sec.left_margin = sec.right_margin = Cm(2)
    mode = cv["contacts"]
    if mode in ("header", "header_footer"):
        hdr = sec.header
        lines = cv["contacts_lines"] if mode == "header" else cv["contacts_lines"][:1]
        hp = hdr.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = hp.add_run(lines[0]); r.bold = True; r.font.size = Pt(14)
        for l in lines[1:]:
            p = hdr.add_paragraph(l); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if mode == "header_footer":
            fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            fp.add_run(cv["contacts_lines"][1]).font.size = Pt(9)
    if cv.get("title"):
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(cv["title"]); r.bold = True; r.underline = True; r.font.size = Pt(15)
    if mode not in ("header", "header_footer") or cv.get("title"):
        if mode not in ("header",):
            p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER if mode != "twocol" else WD_ALIGN_PARAGRAPH.LEFT
            r = p.add_run(cv["name_display"]); r.bold = True; r.font.size = Pt(16)
    if mode == "body":
        for l in cv["contacts_lines"]:
            p = doc.add_paragraph(l); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.paragraph_format.space_after = Pt(0)
    elif mode == "table":
        t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
        for k, v in cv["contacts_lines"]:
            c = t.add_row().cells; c[0].text = k + ":"; c[1].text = v
    if mode == "twocol":
        t = doc.add_table(rows=0, cols=2); t.style = random.choice(["Table Grid", "Normal Table"])
        c = t.add_row().cells; c[0].text = "Contact"
        c[1].text = cv["contacts_lines"][0]
        for l in cv["contacts_lines"][1:]:
            c[1].add_paragraph(l)
        for title, items in cv["sections"]:
            c = t.add_row().cells
            c[0].text = ""; rr = c[0].paragraphs[0].add_run(title.upper()); rr.bold = True
            first = True
            for it in items:
                if isinstance(it, tuple):
                    add_table(c[1], it[1], it[2])
                elif first:
                    c[1].text = it; first = False
                else:
                    c[1].add_paragraph(it)
        for row in t.rows:
            row.cells[0].width = Cm(4.2); row.cells[1].width = Cm(12.8)
    else:
        for title, items in cv["sections"]:
            heading(doc, title)
            for it in items:
                if isinstance(it, tuple):
                    add_table(doc, it[1], it[2]); doc.add_paragraph()
                else:
                    p = doc.add_paragraph(it); p.paragraph_format.space_after = Pt(1)
    doc.save(path)

def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + fmt.split(":")[0])

def build_odt(cv, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
    from odf.text import P, H, Span
    from odf.table import Table, TableColumn, TableRow, TableCell
    doc = OpenDocumentText()
    hs = Style(name="Head", family="paragraph"); hs.addElement(TextProperties(fontsize="12pt", fontweight="bold", color="#203864"))
    hs.addElement(ParagraphProperties(margintop="0.25cm", marginbottom="0.1cm"))
    ns = Style(name="Name", family="paragraph"); ns.addElement(TextProperties(fontsize="17pt", fontweight="bold"))
    ns.addElement(ParagraphProperties(textalign="center"))
    cs = Style(name="Center", family="paragraph"); cs.addElement(ParagraphProperties(textalign="center"))
    bs = Style(name="Bold", family="text"); bs.addElement(TextProperties(fontweight="bold"))
    for s in (hs, ns, cs): doc.automaticstyles.addElement(s)
    doc.automaticstyles.addElement(bs)
    def table(header, rows):
        t = Table(name="T%d" % random.randint(1, 10**6))
        t.addElement(TableColumn(numbercolumnsrepeated=len(header or rows[0])))
        for ri, row in enumerate(([header] if header else []) + rows):
            tr = TableRow(); t.addElement(tr)
            for v in row:
                tc = TableCell(); tr.addElement(tc)
                p = P(); tc.addElement(p)
                if ri == 0 and header: p.addElement(Span(stylename=bs, text=v))
                else: p.addText(v)
        doc.text.addElement(t)
    if cv.get("title"):
        doc.text.addElement(P(stylename=cs, text=cv["title"]))
    doc.text.addElement(P(stylename=ns, text=cv["name_display"]))
    if cv["contacts"] == "table":
        table(None, [[k, v] for k, v in cv["contacts_lines"]])
    else:
        for l in cv["contacts_lines"]:
            doc.text.addElement(P(stylename=cs, text=l))
    for title, items in cv["sections"]:
        doc.text.addElement(H(outlinelevel=2, stylename=hs, text=title))
        for it in items:
            if isinstance(it, tuple): table(it[1], it[2])
            else: doc.text.addElement(P(text=it))
    doc.save(path)

def rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}": out.append("\\" + ch)
        elif o < 128: out.append(ch)
        else: out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)

def build_rtf(cv, path):
    L = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}{\f1\froman Times New Roman;}}",
         r"{\*\generator Riched20 10.0.19041}\viewkind4\uc1\pard\sa120\f1\fs22"]
    L.append(r"\qc\b\fs28 " + rtf_esc(cv["title"]) + r"\b0\fs22\par")
    L.append(r"\qc\b\fs32 " + rtf_esc(cv["name_display"]) + r"\b0\fs22\par")
    for l in cv["contacts_lines"]:
        L.append(r"\qc " + rtf_esc(l) + r"\par")
    L.append(r"\ql\par")
    for title, items in cv["sections"]:
        L.append(r"\pard\sa60\b\ul " + rtf_esc(title.upper()) + r"\ulnone\b0\par")
        for it in items:
            L.append(r"\pard\li360\sa40 " + rtf_esc(it) + r"\par")
    L.append("}")
    open(path, "w", encoding="ascii").write("\n".join(L))

def degrade(img, cv):
    rnd = random.Random(cv["n"])
    img = img.convert("L")
    angle = rnd.choice([-1, 1]) * rnd.uniform(0.5, 2.0)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=245)
    a = np.asarray(img).astype(np.float32)
    a = a + np.random.normal(0, rnd.uniform(8, 16), a.shape)
    # speckles
    m = np.random.random(a.shape) < 0.002; a[m] = 30
    a = np.clip(a, 0, 255).astype(np.uint8)
    img = Image.fromarray(a)
    img = img.filter(ImageFilter.GaussianBlur(rnd.uniform(0.5, 1.1)))
    img = ImageEnhance.Contrast(img).enhance(rnd.uniform(0.6, 0.85))
    return img, angle

def phone_photo(img, cv):
    img = img.convert("RGB")
    w, h = img.size
    bg = Image.new("RGB", (int(w * 1.15), int(h * 1.12)), (92, 74, 58))  # wooden desk
    bg.paste(img, (int(w * 0.07), int(h * 0.05)))
    W, H = bg.size
    # mild perspective
    coeffs_src = [(0, 0), (W, 0), (W, H), (0, H)]
    dst = [(W * 0.02, H * 0.01), (W * 0.985, H * 0.03), (W * 0.97, H * 0.99), (W * 0.0, H * 0.975)]
    def find_coeffs(pa, pb):
        A = []
        for p1, p2 in zip(pa, pb):
            A.append([p1[0], p1[1], 1, 0, 0, 0, -p2[0]*p1[0], -p2[0]*p1[1]])
            A.append([0, 0, 0, p1[0], p1[1], 1, -p2[1]*p1[0], -p2[1]*p1[1]])
        A = np.matrix(A, dtype=float); B = np.array(pb).reshape(8)
        return np.array(np.linalg.solve(A, B)).reshape(8)
    bg = bg.transform((W, H), Image.PERSPECTIVE, find_coeffs(dst, coeffs_src), Image.BICUBIC)
    bg = bg.rotate(1.3, resample=Image.BICUBIC, fillcolor=(80, 64, 50))
    a = np.asarray(bg).astype(np.float32)
    yy, xx = np.mgrid[0:H, 0:W]
    light = 0.55 + 0.5 * (1 - ((xx - W * 0.3) ** 2 + (yy - H * 0.25) ** 2) / (0.6 * (W ** 2 + H ** 2)))
    light = np.clip(light, 0.45, 1.05) * (1 - 0.18 * (xx > W * 0.62) * ((xx - W * 0.62) / (W * 0.38)))  # hand shadow
    a = a * light[..., None] * np.array([1.0, 0.97, 0.9])
    a = a + np.random.normal(0, 7, a.shape)
    bg = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.4))
    bg = bg.crop((int(W * 0.035), int(H * 0.03), int(W * 0.965), int(H * 0.97))); W, H = bg.size
    return bg.resize((int(W * 0.8), int(H * 0.8)))

def main():
    if os.path.isdir(OUT): shutil.rmtree(OUT)
    os.makedirs(OUT)
    truth = []
    for cv in CVS:
        fmt = cv["fmt"]
        if fmt == "docx":
            build_docx(cv, os.path.join(OUT, fname(cv, "docx")))
            ext = "docx"
        elif fmt == "odt":
            build_odt(cv, os.path.join(OUT, fname(cv, "odt"))); ext = "odt"
        elif fmt == "rtf":
            build_rtf(cv, os.path.join(OUT, fname(cv, "rtf"))); ext = "rtf"
        elif fmt == "txt":
            open(os.path.join(OUT, fname(cv, "txt")), "w", encoding="utf-8").write(TXT_008); ext = "txt"
        elif fmt == "pdf":
            src = os.path.join(TMP, fname(cv, "docx")); build_docx(cv, src)
            pdf = soffice(src, "pdf", TMP); shutil.move(pdf, os.path.join(OUT, fname(cv, "pdf"))); ext = "pdf"
        elif fmt.startswith("scan"):
            src = os.path.join(TMP, fname(cv, "docx")); build_docx(cv, src)
            pdf = soffice(src, "pdf", TMP)
            base = os.path.join(TMP, "pg%d" % cv["n"])
            subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", "-f", "1", "-l", "1", pdf, base], check=True)
            pg = [f for f in os.listdir(TMP) if f.startswith("pg%d-" % cv["n"]) or f.startswith("pg%d." % cv["n"])][0]
            img = Image.open(os.path.join(TMP, pg))
            if fmt == "scan_jpg":
                ext = "jpg"
                phone_photo(img, cv).save(os.path.join(OUT, fname(cv, ext)), quality=72)
            else:
                img, ang = degrade(img, cv)
                if fmt == "scan_png":
                    ext = "png"; img.save(os.path.join(OUT, fname(cv, ext)))
                else:
                    ext = "pdf"; img.save(os.path.join(OUT, fname(cv, ext)), "PDF", resolution=150.0)
        rec = {"file": fname(cv, ext), "layout": cv["layout"]}
        rec.update(cv["truth"])
        ents = rec["usce_entries"]
        rec["usce_months"] = months(ents)
        rec["usce_months_clinical"] = months([e for e in ents if e["type"] in ("hands_on", "observership")])
        if fmt.startswith("scan"): rec["needs_ocr"] = True
        keys = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
                "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages", "visa_status",
                "publications", "usce_months", "usce_months_clinical", "usce_entries"] + (["needs_ocr"] if "needs_ocr" in rec else [])
        truth.append({k: rec[k] for k in keys})
        print("built", rec["file"], flush=True)
    # damaged
    good_pdf = os.path.join(OUT, "w23_006_pdf_contacttable.pdf")
    data = open(good_pdf, "rb").read()
    open(os.path.join(OUT, "w23_022_damaged_truncated.pdf"), "wb").write(data[: len(data) * 2 // 5])
    from pypdf import PdfReader, PdfWriter
    w = PdfWriter(); w.append(PdfReader(os.path.join(OUT, "w23_010_pdf_header.pdf")))
    w.encrypt(user_password="Lahore@2024", owner_password="owner-w23", algorithm="RC4-128")
    with open(os.path.join(OUT, "w23_023_damaged_encrypted.pdf"), "wb") as f: w.write(f)
    rb = random.Random(2323)
    open(os.path.join(OUT, "w23_024_damaged_randombytes.docx"), "wb").write(bytes(rb.getrandbits(8) for _ in range(18437)))
    for n, lay, ext in [(22, "damaged_truncated", "pdf"), (23, "damaged_encrypted", "pdf"), (24, "damaged_randombytes", "docx")]:
        truth.append({"file": "w23_%03d_%s.%s" % (n, lay, ext), "layout": lay, "error": True})
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in truth: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)

def months(ents):
    s = set()
    for e in ents:
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)

if __name__ == "__main__":
    main()
