# -*- coding: utf-8 -*-
"""Build all w42 files + truth.jsonl. Run via build.sh (uses ../.venv)."""
import html, json, os, random, shutil, subprocess, sys, tempfile
from persons import P, DAMAGED

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "files")
TMP = tempfile.mkdtemp(prefix="w42_")
random.seed(42)
os.makedirs(OUT, exist_ok=True)

EXT = {"chromium": "pdf", "docx": "docx", "docx2pdf": "pdf", "docx2odt": "odt", "rtf": "rtf", "txt": "txt",
       "scan_png": "png", "scan_jpg": "jpg", "scan_pdf": "pdf"}


def fname(p, ext=None):
    return "w42_%03d_%s.%s" % (p["n"], p["layout"], ext or EXT[p["kind"]])


def esc(s):
    return html.escape(s)


# ------------------------------------------------------------------ truth
def months(entries):
    s = set()
    for e in entries:
        y, m = map(int, e["start"].split("-"))
        y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m))
            m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)


def truth(p, fn):
    ent = []
    for _, items in p["sections"]:
        for it in items:
            if isinstance(it, dict) and it["usce"]:
                t, sp, st, a, b = it["usce"]
                ent.append({"type": t, "specialty": sp, "state": st, "start": a, "end": b})
    d = {"file": fn, "layout": p["layout"], "full_name": p["name"], "email": p["email"], "phone_e164": p["phone_e164"],
         "medical_school": p["school"], "medical_school_country": p["country"], "graduation_year": p["grad"],
         "is_student": p["student"], "usmle_step1": p["s1"], "usmle_step2ck": p["s2"], "usmle_step3": p["s3"],
         "ecfmg_status": p["ecfmg"], "specialties": p["specs"], "languages": p["langs"], "visa_status": p["visa"],
         "publications": p["pubs"], "usce_months": months(ent),
         "usce_months_clinical": months([e for e in ent if e["type"] in ("hands_on", "observership")]),
         "usce_entries": ent}
    if p["kind"].startswith("scan"):
        d["needs_ocr"] = True
    return d


# ------------------------------------------------------------------ HTML
ICON = {
    "mail": '<svg width="12" height="12" viewBox="0 0 24 24"><path fill="#1f6f8b" d="M2 5h20v14H2z M2 5l10 8 10-8" stroke="#fff" stroke-width="1.5"/></svg>',
    "phone": '<svg width="12" height="12" viewBox="0 0 24 24"><path fill="#1f6f8b" d="M6 2h5l2 5-3 2a11 11 0 0 0 5 5l2-3 5 2v5a2 2 0 0 1-2 2A18 18 0 0 1 4 4a2 2 0 0 1 2-2z"/></svg>',
    "pin": '<svg width="12" height="12" viewBox="0 0 24 24"><path fill="#1f6f8b" d="M12 2a7 7 0 0 1 7 7c0 5-7 13-7 13S5 14 5 9a7 7 0 0 1 7-7z"/></svg>',
}


def entry_html(it, cls="entry"):
    if isinstance(it, str):
        return '<p class="line">%s</p>' % esc(it)
    b = "".join("<li>%s</li>" % esc(x) for x in it["bullets"])
    return ('<div class="%s"><div class="eh"><span class="t">%s</span><span class="d">%s</span></div>'
            '<div class="o">%s</div>%s</div>') % (cls, esc(it["title"]), esc(it["dates"]), esc(it["org"]),
                                                  ("<ul>%s</ul>" % b) if b else "")


def sections_html(p, wrap=lambda h, body: "<section><h2>%s</h2>%s</section>" % (esc(h), body), cls="entry"):
    return "".join(wrap(h, "".join(entry_html(i, cls) for i in items)) for h, items in p["sections"])


BASE_CSS = """
@page { size: Letter; margin: 14mm 14mm 16mm 14mm; }
body { font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; font-size: 9.6pt; color: #222; margin:0; }
h1 { margin: 0; } h2 { font-size: 11pt; margin: 10px 0 4px; }
.entry { margin: 3px 0 6px; break-inside: avoid; } .eh { display:flex; justify-content: space-between; gap: 8px; }
.t { font-weight: bold; } .d { color:#555; white-space: nowrap; } .o { font-style: italic; color:#333; }
ul { margin: 2px 0 2px 16px; padding: 0; } .line { margin: 2px 0; }
"""


def html_doc(p):
    L = p["layout"]
    name = esc(p["display"]) + (", " + p["suffix"] if p["suffix"] else "")
    contacts = [("mail", p["email"]), ("phone", p["phone"]), ("pin", p["address"])]
    css = BASE_CSS
    if L == "chromium_sidebar":
        css += """@page { margin: 0; } body { display:grid; grid-template-columns: 64mm 1fr; min-height: 279mm; }
        aside { background:#17324d; color:#e9eef3; padding: 14mm 6mm; } aside h2 { color:#9fd3ff; border-bottom:1px solid #4b6b8b; }
        aside p { margin: 3px 0; font-size: 8.8pt; word-break: break-all; } main { padding: 14mm 10mm; }
        main h2 { color:#17324d; text-transform: uppercase; letter-spacing: 1px; border-bottom: 2px solid #17324d; }"""
        side = "<h2>Contacto</h2>" + "".join("<p>%s</p>" % esc(v) for _, v in contacts)
        side += "".join("<h2>%s</h2>%s" % (esc(h), "".join("<p>%s</p>" % esc(x) for x in xs)) for h, xs in p["sidebar"])
        body = ('<aside><div style="font-size:17pt;font-weight:bold;margin-bottom:8px">%s</div>%s</aside>'
                '<main><div style="font-size:12pt;color:#17324d">%s</div>%s</main>') % (name, side, esc(p["headline"]), sections_html(p))
    elif L == "chromium_timeline":
        css += """h1 { font-size: 22pt; color:#7a1f2b; } .hd { border-bottom: 3px solid #7a1f2b; padding-bottom: 6px; }
        .tl { border-left: 2px solid #c9a227; margin-left: 140px; padding-left: 14px; position: relative; }
        .tl .entry { position: relative; } .tl .entry::before { content:''; position:absolute; left:-20px; top:3px; width:10px; height:10px; border-radius:50%; background:#7a1f2b; }
        .tl .d { position:absolute; left:-150px; width:118px; text-align:right; font-size:8pt; white-space: normal; }
        h2 { color:#7a1f2b; }"""
        wrap = lambda h, b: '<section><h2>%s</h2><div class="tl">%s</div></section>' % (esc(h), b)
        body = ('<div class="hd"><h1>%s</h1><div>%s</div><div>%s &nbsp;|&nbsp; %s &nbsp;|&nbsp; %s</div></div>%s') % (
            name, esc(p["headline"]), esc(p["phone"]), esc(p["email"]), esc(p["address"]), sections_html(p, wrap))
    elif L == "chromium_grid":
        css += """.grid { display:grid; grid-template-columns: 1fr 1fr; gap: 6px 14px; }
        section { border: 1px solid #ccd; border-radius: 6px; padding: 4px 8px; break-inside: avoid; } section.wide { grid-column: 1 / span 2; }
        h2 { color:#0b5d3b; } .top { display:grid; grid-template-columns: 2fr 1fr; align-items:end; border-bottom: 4px solid #0b5d3b; margin-bottom:8px; }
        .top .c { font-size: 8.5pt; text-align: right; }"""
        secs = []
        for i, (h, items) in enumerate(p["sections"]):
            wide = ' class="wide"' if i in (1, 4) else ""
            secs.append('<section%s><h2>%s</h2>%s</section>' % (wide, esc(h), "".join(entry_html(x) for x in items)))
        body = '<div class="top"><div><h1>%s</h1><div>%s</div></div><div class="c">%s<br>%s<br>%s</div></div><div class="grid">%s</div>' % (
            name, esc(p["headline"]), esc(p["email"]), esc(p["phone"]), esc(p["address"]), "".join(secs))
    elif L == "chromium_icons":
        css += """.hd { background: linear-gradient(90deg,#1f6f8b,#99c1b9); color:#fff; padding: 10px 14px; border-radius: 8px; }
        .ct { display:flex; flex-wrap: wrap; gap: 14px; margin: 6px 0 4px; font-size: 8.8pt; } .ct span { display:flex; align-items:center; gap:4px; }
        h2 { color:#1f6f8b; } h2::before { content: '\\25C6  '; color:#99c1b9; }"""
        ct = "".join('<span>%s%s</span>' % (ICON[k], esc(v)) for k, v in contacts)
        body = '<div class="hd"><h1>%s</h1><div>%s</div></div><div class="ct">%s</div>%s' % (name, esc(p["headline"]), ct, sections_html(p))
    elif L == "chromium_bilingual":
        css += """table { width:100%; border-collapse: collapse; } td { vertical-align: top; padding: 3px 4px; }
        td.k { width: 30%; color:#8a3b12; font-weight:bold; border-right: 2px solid #e0b48a; } h1 { color:#8a3b12; }
        .sub { font-size: 9pt; color:#555; }"""
        rows = "".join('<tr><td class="k">%s</td><td>%s</td></tr>' % (esc(h), "".join(entry_html(x) for x in items)) for h, items in p["sections"])
        body = ('<h1>%s</h1><div class="sub">%s</div><div class="sub">Correo / E-mail: %s · Teléfono / Phone (WhatsApp): %s · %s</div>'
                '<hr><table>%s</table>') % (name, esc(p["headline"]), esc(p["email"]), esc(p["phone"]), esc(p["address"]), rows)
    elif L == "chromium_classic":
        css += """body { font-family: 'Liberation Serif', 'DejaVu Serif', serif; font-size: 10.5pt; } h1 { text-align:center; font-variant: small-caps; font-size: 20pt; }
        .c { text-align:center; } h2 { font-variant: small-caps; border-bottom: 1px solid #000; }"""
        body = '<h1>%s</h1><div class="c">%s</div><div class="c">%s • %s • %s</div>%s' % (
            name, esc(p["headline"]), esc(p["address"]), esc(p["phone"]), esc(p["email"]), sections_html(p))
    elif L == "chromium_modern":
        css += """@page { margin: 12mm 14mm 22mm 14mm; } .band { background:#2d1e4f; color:#fff; padding: 14px; }
        .band h1 { font-size: 21pt; letter-spacing: 1px; } h2 { color:#2d1e4f; border-left: 5px solid #f2a541; padding-left: 6px; }
        .foot { position: fixed; bottom: -14mm; left:0; right:0; font-size: 8pt; color:#555; border-top: 1px solid #aaa; text-align:center; }"""
        body = '<div class="band"><h1>%s</h1><div>%s</div></div>%s<div class="foot">%s · %s · %s</div>' % (
            name, esc(p["headline"]), sections_html(p), esc(p["email"]), esc(p["phone"]), esc(p["address"]))
    elif L == "chromium_table":
        css += """table { width:100%; border-collapse: collapse; margin-bottom: 6px; } td, th { border: 1px solid #999; padding: 3px 5px; vertical-align: top; font-size: 9pt; }
        th { background:#e8f0e0; text-align:left; } td.dt { width: 24%; white-space: nowrap; }"""
        head = '<table><tr><td rowspan="3" style="width:55%%"><h1>%s</h1>%s</td><td>✉ %s</td></tr><tr><td>☎ %s</td></tr><tr><td>%s</td></tr></table>' % (
            name, esc(p["headline"]), esc(p["email"]), esc(p["phone"]), esc(p["address"]))
        rows = ""
        for h, items in p["sections"]:
            rows += '<tr><th colspan="2">%s</th></tr>' % esc(h)
            for it in items:
                if isinstance(it, str):
                    rows += '<tr><td colspan="2">%s</td></tr>' % esc(it)
                else:
                    rows += '<tr><td class="dt">%s</td><td><b>%s</b><br>%s%s</td></tr>' % (
                        esc(it["dates"]), esc(it["title"]), esc(it["org"]), "".join("<br>• " + esc(b) for b in it["bullets"]))
        body = head + "<table>%s</table>" % rows
    elif L == "chromium_compact":
        css += """body { font-size: 8.4pt; } .hd { display:flex; justify-content: space-between; border-bottom: 1px solid #333; }
        .hd .r { text-align:right; font-size: 8pt; } h2 { font-size: 9.5pt; margin: 5px 0 2px; text-transform: uppercase; color:#444; }
        .entry { margin: 1px 0 3px; }"""
        body = '<div class="hd"><div><h1 style="font-size:15pt">%s</h1>%s</div><div class="r">%s<br>%s<br>%s</div></div>%s' % (
            name, esc(p["headline"]), esc(p["email"]), esc(p["phone"]), esc(p["address"]), sections_html(p))
    else:  # scans: plain typed-looking page
        css += """body { font-family: 'Liberation Serif', serif; font-size: 12.5pt; } h1 { font-size: 20pt; } h2 { font-size: 13.5pt; border-bottom: 1px solid #000; }"""
        body = '<h1>%s</h1><div>%s</div><div>%s · %s</div><div>%s</div>%s' % (
            name, esc(p["headline"]), esc(p["email"]), esc(p["phone"]), esc(p["address"]), sections_html(p))
    lang = "pt" if p["country"] == "BR" else ("en" if p["country"] in ("BB", "GD", "SX", "JM", "KN", "BQ") else "es")
    return '<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>CV</title><style>%s</style></head><body>%s</body></html>' % (lang, css, body)


def chromium_pdf(htmltext, out):
    src = os.path.join(TMP, "cv.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(htmltext)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf-no-header", "--print-to-pdf=" + out, "file://" + src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


# ------------------------------------------------------------------ DOCX
def build_docx(p, out):
    from docx import Document
    from docx.shared import Pt, RGBColor, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(1.8)
    L = p["layout"]
    name = p["display"] + (", " + p["suffix"] if p["suffix"] else "")
    if L == "docx_headerfooter":
        hp = sec.header.paragraphs[0]
        hp.text = "%s  |  %s  |  %s" % (p["phone"], p["email"], p["address"])
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp = sec.footer.paragraphs[0]
        fp.text = "%s — Curriculum Vitae — contact: %s" % (p["name"], p["email"])
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        h = d.add_heading(name, 0)
        d.add_paragraph(p["headline"])
    elif L == "docx_table":
        t = d.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        c0, c1 = t.rows[0].cells
        r = c0.paragraphs[0].add_run(name); r.bold = True; r.font.size = Pt(16)
        c0.add_paragraph(p["headline"])
        c1.paragraphs[0].text = "E-mail: " + p["email"]
        c1.add_paragraph("Cel./WhatsApp: " + p["phone"])
        c1.add_paragraph(p["address"])
    else:
        h = d.add_paragraph(); h.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = h.add_run(name); r.bold = True; r.font.size = Pt(18); r.font.color.rgb = RGBColor(0x1a, 0x3c, 0x6e)
        c = d.add_paragraph(); c.alignment = WD_ALIGN_PARAGRAPH.CENTER
        c.add_run(p["headline"] + "\n").italic = True
        c.add_run("%s · Tel. %s · %s" % (p["address"], p["phone"], p["email"]))
    for hd, items in p["sections"]:
        if L == "docx_table":
            d.add_paragraph().add_run(hd.upper()).bold = True
            t = d.add_table(rows=0, cols=2); t.style = "Light List Accent 1"
            for it in items:
                row = t.add_row().cells
                if isinstance(it, str):
                    row[0].text = ""; row[1].text = it
                else:
                    row[0].text = it["dates"]
                    row[1].paragraphs[0].add_run(it["title"]).bold = True
                    row[1].add_paragraph(it["org"])
                    for b in it["bullets"]:
                        row[1].add_paragraph("– " + b)
            continue
        d.add_heading(hd, level=1 if L != "docx_classic" else 2)
        for it in items:
            if isinstance(it, str):
                d.add_paragraph(it, style="List Bullet" if L == "docx2odt_soffice" else None)
                continue
            para = d.add_paragraph()
            para.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
            para.add_run(it["title"]).bold = True
            para.add_run("\t" + it["dates"])
            o = d.add_paragraph(); o.add_run(it["org"]).italic = True
            for b in it["bullets"]:
                d.add_paragraph(b, style="List Bullet")
    d.core_properties.author = p["name"]
    d.save(out)


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://%s/lo" % TMP, "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


# ------------------------------------------------------------------ RTF / TXT
def rtf_esc(s):
    o = []
    for ch in s:
        c = ord(ch)
        if ch in "\\{}":
            o.append("\\" + ch)
        elif c < 128:
            o.append(ch)
        elif c < 256:
            o.append("\\'%02x" % c)
        else:
            o.append("\\u%d?" % (c if c < 32768 else c - 65536))
    return "".join(o)


def build_rtf(p, out):
    L = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}{\f1\froman Times New Roman;}}",
         r"{\*\generator Riched20 10.0.19041}\viewkind4\uc1\pard\sa120\qc\f1\fs36\b " + rtf_esc(p["display"]) + r"\b0\fs22\par",
         r"\qc " + rtf_esc(p["headline"]) + r"\par",
         r"\qc " + rtf_esc("%s | %s | %s" % (p["address"], p["phone"], p["email"])) + r"\par\pard\sa60\f0\fs20"]
    for hd, items in p["sections"]:
        L.append(r"\par\b\ul " + rtf_esc(hd) + r"\ulnone\b0\par")
        for it in items:
            if isinstance(it, str):
                L.append(r"\bullet\tab " + rtf_esc(it) + r"\par")
            else:
                L.append(r"\b " + rtf_esc(it["title"]) + r"\b0\tab " + rtf_esc(it["dates"]) + r"\line\i " + rtf_esc(it["org"]) + r"\i0\par")
    L.append("}")
    with open(out, "w", encoding="ascii") as f:
        f.write("\r\n".join(L))


def build_txt(p, out):
    lines = ["---------- Forwarded message ---------",
             "From: Widlyne Joseph <%s>" % p["email"],
             "Date: Tue, Nov 17, 2026 at 9:42 PM",
             "Subject: Re: Rotation application - CV attached in body",
             "To: Admissions Team <apply@rotations-office.example>",
             "",
             "Hello,",
             "",
             "Sorry, the attachment would not upload from my phone so I am pasting my CV below.",
             "Please let me know if you need the PDF.",
             "",
             "Thank you,",
             "Widlyne",
             "",
             "> On Mon, Nov 16, 2026 at 10:05 AM Admissions Team <apply@rotations-office.example> wrote:",
             "> Dear applicant, please send your updated CV. Our coordinator Ms. Tracy Lin (tlin@rotations-office.example, +1 312 555 0100) will review it.",
             "",
             "=" * 40,
             p["display"].upper(),
             "%s | %s | %s" % (p["address"], p["phone"], p["email"]),
             "=" * 40, ""]
    for hd, items in p["sections"]:
        lines.append(hd)
        for it in items:
            if isinstance(it, str):
                lines.append("  * " + it)
            else:
                lines.append("  %s -- %s (%s)" % (it["dates"], it["title"], it["org"]))
        lines.append("")
    lines += ["--", "Sent from my iPhone"]
    with open(out, "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


# ------------------------------------------------------------------ scans
def scanify(pdf, out, kind, seed):
    from PIL import Image, ImageFilter, ImageEnhance
    rnd = random.Random(seed)
    base = os.path.join(TMP, "pg%d" % seed)
    subprocess.run(["pdftoppm", "-r", "130", "-png", "-f", "1", "-l", "1", "-singlefile", pdf, base], check=True)
    im = Image.open(base + ".png").convert("L")
    ang = rnd.choice([-1, 1]) * rnd.uniform(0.6, 1.9)
    im = im.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=235)
    im = im.filter(ImageFilter.GaussianBlur(rnd.uniform(0.5, 1.0)))
    contrast = 0.55 if "lowcontrast" in out else 0.8
    im = ImageEnhance.Contrast(im).enhance(contrast)
    im = ImageEnhance.Brightness(im).enhance(1.05)
    px = im.load(); w, h = im.size
    amp = 40 if "noisy" in out else 22
    for _ in range(w * h // 12):
        x, y = rnd.randrange(w), rnd.randrange(h)
        px[x, y] = max(0, min(255, px[x, y] + rnd.randint(-amp, amp)))
    if kind == "scan_jpg":  # phone photo: warm tint, uneven light
        shade = Image.linear_gradient("L").resize(im.size).point(lambda v: 255 - v // 4)  # uneven light, darker at bottom
        im = Image.composite(im, Image.new("L", im.size, 0), shade).point(lambda v: min(255, int(v * 1.12)))
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        rgb = Image.merge("RGB", (im, im.point(lambda v: int(v * 0.97)), im.point(lambda v: int(v * 0.88))))
        rgb.save(out, "JPEG", quality=68)
    elif kind == "scan_png":
        im.save(out, "PNG")
    else:
        im.convert("RGB").save(out, "PDF", resolution=130.0)


# ------------------------------------------------------------------ main
def main():
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    rows = []
    for p in P:
        fn = fname(p)
        out = os.path.join(OUT, fn)
        k = p["kind"]
        print("building", fn, flush=True)
        if k == "chromium":
            chromium_pdf(html_doc(p), out)
        elif k == "docx":
            build_docx(p, out)
        elif k in ("docx2pdf", "docx2odt"):
            src = os.path.join(TMP, "w42_%03d_src.docx" % p["n"])
            build_docx(p, src)
            soffice(src, EXT[k], TMP)
            shutil.move(os.path.join(TMP, "w42_%03d_src.%s" % (p["n"], EXT[k])), out)
        elif k == "rtf":
            build_rtf(p, out)
        elif k == "txt":
            build_txt(p, out)
        else:
            pdf = os.path.join(TMP, "scan%d.pdf" % p["n"])
            chromium_pdf(html_doc(p), pdf)
            scanify(pdf, out, k, p["n"])
        rows.append(truth(p, fn))
    # damaged
    import pypdf
    byn = {p["n"]: p for p in P}
    for dmg in DAMAGED:
        fn = "w42_%03d_%s.%s" % (dmg["n"], dmg["layout"], dmg["ext"])
        out = os.path.join(OUT, fn)
        print("building", fn, flush=True)
        if dmg["layout"] == "damaged_truncated_pdf":
            src = os.path.join(TMP, "t.pdf")
            q = dict(byn[dmg["base"]]); q["display"] = "Dra. Valeria Ocampo Londoño"
            chromium_pdf(html_doc(q), src)
            data = open(src, "rb").read()
            open(out, "wb").write(data[: int(len(data) * 0.42)])
        elif dmg["layout"] == "damaged_encrypted_pdf":
            src = os.path.join(TMP, "e.pdf")
            chromium_pdf(html_doc(byn[dmg["base"]]), src)
            r = pypdf.PdfReader(src); w = pypdf.PdfWriter()
            for pg in r.pages:
                w.add_page(pg)
            w.encrypt(user_password="Rafa2025!", owner_password="owner-w42", algorithm="RC4-128")
            with open(out, "wb") as f:
                w.write(f)
        else:
            rnd = random.Random(2424)
            open(out, "wb").write(bytes(rnd.getrandbits(8) for _ in range(18731)))
        rows.append({"file": fn, "layout": dmg["layout"], "error": True})
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)
    print("done", len(rows))


if __name__ == "__main__":
    main()
