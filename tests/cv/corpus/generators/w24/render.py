# -*- coding: utf-8 -*-
"""Render people.py into HTML (-> Chromium PDF), docx (python-docx), scans (pdftoppm + Pillow), damaged files."""
import html, json, os, random, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(__file__))
from people import P, DAMAGED

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "files")
TMP = tempfile.mkdtemp(prefix="w24_")
h = html.escape

SVG = {
    "mail": '<svg width="12" height="12" viewBox="0 0 24 24"><path fill="currentColor" d="M2 5h20v14H2z M4 7l8 6 8-6" stroke="#fff" stroke-width="1.5"/></svg>',
    "phone": '<svg width="12" height="12" viewBox="0 0 24 24"><path fill="currentColor" d="M6.6 10.8a15 15 0 0 0 6.6 6.6l2.2-2.2c.3-.3.7-.4 1-.2 1.1.4 2.3.6 3.6.6.6 0 1 .4 1 1V20c0 .6-.4 1-1 1A17 17 0 0 1 3 4c0-.6.4-1 1-1h3.5c.6 0 1 .4 1 1 0 1.3.2 2.5.6 3.6.1.3 0 .7-.2 1z"/></svg>',
    "pin": '<svg width="12" height="12" viewBox="0 0 24 24"><path fill="currentColor" d="M12 2a7 7 0 0 0-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 0 0-7-7zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5z"/></svg>',
    "link": '<svg width="12" height="12" viewBox="0 0 24 24"><rect x="3" y="3" width="18" height="18" rx="3" fill="currentColor"/></svg>',
}
UNI = {"mail": "✉", "phone": "☎", "pin": "⌂", "link": "in"}


def contacts_html(p, icons="svg", sep="<br>"):
    out = []
    for k, v in p["contacts"]:
        ic = SVG[k] if icons == "svg" else UNI[k]
        out.append(f'<span class="ct">{ic}&nbsp;{h(v)}</span>')
    return sep.join(out)


def items_html(items, gutter=False):
    s = []
    for d, t, pl, ds in items:
        if gutter:
            s.append(f'<div class="it"><div class="dt">{h(d)}</div><div class="bd"><b>{h(t)}</b>'
                     + (f'<div class="pl">{h(pl)}</div>' if pl else "") + (f'<div class="ds">{h(ds)}</div>' if ds else "") + "</div></div>")
        else:
            s.append(f'<div class="it"><div><b>{h(t)}</b>' + (f' <span class="dt">{h(d)}</span>' if d else "") + "</div>"
                     + (f'<div class="pl">{h(pl)}</div>' if pl else "") + (f'<div class="ds">{h(ds)}</div>' if ds else "") + "</div>")
    return "".join(s)


def side_html(p):
    return "".join(f'<h3>{h(t)}</h3><ul>' + "".join(f"<li>{h(x)}</li>" for x in xs) + "</ul>" for t, xs in p["side"])


def rows_html(p):
    if not p.get("rows"):
        return ""
    r = "".join(f"<tr><td>{h(a)}</td><td>{h(b)}</td></tr>" for a, b in p["rows"])
    return f'<h2>{h(p["rows_heading"])}</h2><table class="rot"><tr><th>Clerkship</th><th>Site &amp; Dates</th></tr>{r}</table>'


BASE = "@page{size:A4;margin:0} body{margin:0;font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5pt;color:#222} ul{margin:0;padding-left:14px} .pl{color:#555;font-size:9.5pt} .ds{font-size:9.5pt} .it{margin-bottom:7px}"


def tpl_sidebar(p):
    c = p["color"]
    alt = f'<div class="alt">{h(p["alt_name"])}</div>' if p.get("alt_name") else ""
    photo = '<div class="photo">PHOTO</div>' if "photo" in p["layout"] else ""
    css = BASE + f"""
    .wrap{{display:flex;min-height:297mm}} .side{{width:74mm;background:{c};color:#fff;padding:14mm 7mm;box-sizing:border-box}}
    .side h3{{font-size:9pt;letter-spacing:2px;text-transform:uppercase;border-bottom:1px solid rgba(255,255,255,.5);margin:14px 0 5px}}
    .side li{{font-size:9.5pt;margin-bottom:2px}} .ct{{display:block;font-size:8.5pt;margin-bottom:4px;white-space:nowrap}}
    .main{{flex:1;padding:14mm 10mm}} h1{{margin:0;color:{c};font-size:22pt}} .ti{{color:#666;margin-bottom:10px}}
    h2{{font-size:11pt;color:{c};letter-spacing:1.5px;text-transform:uppercase;border-bottom:2px solid {c};padding-bottom:2px;margin:14px 0 6px}}
    .dt{{color:{c};font-size:9pt;float:right}} .photo{{width:30mm;height:36mm;background:rgba(255,255,255,.25);margin:0 auto 10px;text-align:center;line-height:36mm;font-size:8pt}}
    .alt{{color:#666}}"""
    return f"""<html><head><meta charset="utf-8"><style>{css}</style></head><body><div class="wrap">
    <div class="side">{photo}<h3>Contact</h3>{contacts_html(p)}{side_html(p)}</div>
    <div class="main"><h1>{h(p['name'])}</h1>{alt}<div class="ti">{h(p['title'])}</div>
    {''.join(f'<h2>{h(t)}</h2>' + items_html(its) for t, its in p['sections'])}</div></div></body></html>"""


def tpl_timeline(p):
    c = p["color"]
    css = BASE + f"""
    body{{padding:14mm 14mm}} header{{border-bottom:3px solid {c};padding-bottom:6px;margin-bottom:6px}} h1{{margin:0;font-size:21pt}}
    .ct{{margin-right:14px;font-size:9.5pt;color:{c}}} .ti{{color:#555}}
    h2{{font-variant:small-caps;letter-spacing:2px;font-size:12.5pt;color:{c};margin:14px 0 6px 36mm}}
    .it{{display:flex}} .it .dt{{width:33mm;flex:none;text-align:right;padding-right:4mm;font-size:9pt;color:#444;border-right:2px solid {c}}}
    .it .bd{{padding-left:4mm;flex:1}}"""
    return f"""<html><head><meta charset="utf-8"><style>{css}</style></head><body><header><h1>{h(p['name'])}</h1>
    <div class="ti">{h(p['title'])}</div><div>{contacts_html(p, icons='uni', sep=' ')}</div></header>
    {''.join(f'<h2>{h(t)}</h2>' + items_html(its, gutter=True) for t, its in p['sections'])}</body></html>"""


def tpl_cards(p):
    c = p["color"]
    alt = f' <span style="font-weight:normal;color:#888">/ {h(p["alt_name"])}</span>' if p.get("alt_name") else ""
    css = BASE + f"""
    body{{padding:12mm}} .top{{background:{c};color:#fff;padding:10px 14px;border-radius:8px}} h1{{margin:0;font-size:20pt}}
    .ct{{margin-right:12px;font-size:9pt}} .grid{{display:grid;grid-template-columns:1fr 1fr;gap:8px;margin-top:10px}}
    .card{{border:1px solid #cbd5e1;border-radius:8px;padding:8px 10px;break-inside:avoid}} .card.wide{{grid-column:span 2}}
    .card h2{{font-size:10pt;text-transform:uppercase;letter-spacing:1.5px;color:{c};margin:0 0 6px}} .dt{{font-size:8.5pt;color:#555}}
    .card h3{{font-size:10pt;text-transform:uppercase;letter-spacing:1.5px;color:{c};margin:0 0 4px}}"""
    side = "".join(f'<div class="card"><h3>{h(t)}</h3><ul>' + "".join(f"<li>{h(x)}</li>" for x in xs) + "</ul></div>" for t, xs in p["side"])
    cards = "".join(f'<div class="card{" wide" if len(its) > 1 or len(str(its)) > 200 else ""}"><h2>{h(t)}</h2>{items_html(its)}</div>' for t, its in p["sections"])
    return f"""<html><head><meta charset="utf-8"><style>{css}</style></head><body><div class="top"><h1>{h(p['name'])}{alt}</h1>
    <div>{h(p['title'])}</div><div>{contacts_html(p, sep=' ')}</div></div><div class="grid">{side}{cards}</div></body></html>"""


def tpl_canva(p):
    c = p["color"]
    css = BASE + f"""
    body{{font-family:'URW Gothic','DejaVu Sans',sans-serif}} .band{{background:{c};color:#fff;padding:12mm 12mm 8mm;clip-path:polygon(0 0,100% 0,100% 80%,0 100%)}}
    h1{{margin:0;font-size:26pt}} .ti{{letter-spacing:4px;font-size:9pt}} .row{{display:flex;padding:4mm 12mm}}
    .l{{width:60mm;padding-right:6mm}} .r{{flex:1}} .ct{{display:block;font-size:9pt;margin:3px 0;color:{c}}}
    h2,h3{{font-size:10pt;letter-spacing:3px;text-transform:uppercase;color:{c};margin:12px 0 5px}}
    h2:after{{content:'';display:block;width:30px;height:3px;background:{c};margin-top:3px}} li{{font-size:9.5pt}} .dt{{font-size:8.5pt;color:#777;display:block}}"""
    return f"""<html><head><meta charset="utf-8"><style>{css}</style></head><body><div class="band"><h1>{h(p['name'])}</h1>
    <div class="ti">{h(p['title'])}</div></div><div class="row"><div class="l"><h3>Contacto</h3>{contacts_html(p)}{side_html(p)}</div>
    <div class="r">{''.join(f'<h2>{h(t)}</h2>' + items_html(its) for t, its in p['sections'])}</div></div></body></html>"""


def tpl_latex(p):
    css = """@page{size:Letter;margin:22mm 24mm} body{font-family:'C059','Nimbus Roman','DejaVu Serif',serif;font-size:10.5pt}
    h1{text-align:center;font-size:20pt;margin:0;font-weight:normal} .sub{text-align:center;font-size:9.5pt;margin-bottom:8px}
    h2{font-variant:small-caps;font-weight:normal;font-size:13pt;border-bottom:.6pt solid #000;margin:14px 0 6px}
    .it{display:flex;margin-bottom:4px} .it .dt{width:30mm;flex:none;font-size:9.5pt} .it .bd{flex:1} .pl{font-style:italic;font-size:10pt} .ds{font-size:9.5pt}"""
    ct = " &nbsp;&bull;&nbsp; ".join(h(v) for k, v in p["contacts"])
    return f"""<html><head><meta charset="utf-8"><style>{css}</style></head><body><h1>{h(p['name'])}</h1><div class="sub">{h(p['title'])}</div>
    <div class="sub">{ct}</div>{''.join(f'<h2>{h(t)}</h2>' + items_html(its, gutter=True) for t, its in p['sections'])}</body></html>"""


def tpl_smallcaps(p):
    c = p["color"]
    css = BASE + f"""
    body{{font-family:'P052','DejaVu Serif',serif;padding:16mm 20mm}} h1{{font-size:24pt;margin:0;color:{c};font-weight:normal}}
    .ti{{font-style:italic}} .hdr{{display:flex;justify-content:space-between;border-bottom:1px solid {c};padding-bottom:6px}} .ct{{display:block;text-align:right;font-size:9pt}}
    h2{{font-variant:small-caps;letter-spacing:3px;font-weight:normal;font-size:13pt;color:{c};margin:14px 0 4px}} .dt{{font-style:italic;float:right;font-size:9.5pt}}"""
    return f"""<html><head><meta charset="utf-8"><style>{css}</style></head><body><div class="hdr"><div><h1>{h(p['name'])}</h1><div class="ti">{h(p['title'])}</div></div>
    <div>{contacts_html(p, icons='uni')}</div></div>{''.join(f'<h2>{h(t)}</h2>' + items_html(its) for t, its in p['sections'])}</body></html>"""


def tpl_clerk(p):
    c = p["color"]
    css = BASE + f"""
    body{{padding:14mm 16mm}} h1{{margin:0;font-size:20pt;color:{c}}} .ti{{color:#444}} .ct{{margin-right:12px;font-size:9.5pt}}
    h2{{font-size:10.5pt;letter-spacing:2px;text-transform:uppercase;color:{c};border-bottom:1px solid {c};margin:14px 0 6px}}
    table.rot{{border-collapse:collapse;width:100%;font-size:9.5pt}} .rot td,.rot th{{border:1px solid #bbb;padding:4px 6px;text-align:left;vertical-align:top}}
    .rot th{{background:#f3f3f3}} .rot td:first-child{{width:38%;font-weight:bold}} .dt{{color:#666;font-size:9pt}}"""
    return f"""<html><head><meta charset="utf-8"><style>{css}</style></head><body><h1>{h(p['name'])}</h1><div class="ti">{h(p['title'])}</div>
    <div>{contacts_html(p, sep=' ')}</div>{''.join(f'<h2>{h(t)}</h2>' + items_html(its) for t, its in p['sections'][:1])}{rows_html(p)}
    {''.join(f'<h2>{h(t)}</h2>' + items_html(its) for t, its in p['sections'][1:])}</body></html>"""


TPL = dict(sidebar=tpl_sidebar, timeline=tpl_timeline, cards=tpl_cards, canva=tpl_canva, latex=tpl_latex, smallcaps=tpl_smallcaps, clerk=tpl_clerk)


def chromium_pdf(p, out):
    src = os.path.join(TMP, p["id"] + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(TPL[p["tpl"]](p))
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", "file://" + src], check=True, capture_output=True)


def docx_out(p, out):
    from docx import Document
    from docx.shared import Pt, RGBColor, Cm
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.5)
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10)

    def shade(cell, hexcol):
        tcPr = cell._tc.get_or_add_tcPr(); shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol); tcPr.append(shd)

    def add_items(container, items):
        for dt, t, pl, ds in items:
            para = container.add_paragraph()
            r = para.add_run(t); r.bold = True
            if dt:
                para.add_run("   " + dt).italic = True
            if pl:
                container.add_paragraph(pl)
            if ds:
                container.add_paragraph(ds)

    if p["tpl"] == "docx_sidebar":
        t = d.add_table(rows=1, cols=2)
        left, right = t.rows[0].cells
        left.width = Cm(6); right.width = Cm(12)
        shade(left, "1F3A5F")
        lp = left.paragraphs[0]; r = lp.add_run("CONTACT"); r.bold = True; r.font.color.rgb = RGBColor(255, 255, 255)
        for k, v in p["contacts"]:
            rr = left.add_paragraph().add_run(v); rr.font.color.rgb = RGBColor(255, 255, 255); rr.font.size = Pt(9)
        for head, xs in p["side"]:
            rr = left.add_paragraph().add_run(head); rr.bold = True; rr.font.color.rgb = RGBColor(0xF2, 0xC0, 0x4C)
            for x in xs:
                rr = left.add_paragraph().add_run("• " + x); rr.font.color.rgb = RGBColor(255, 255, 255); rr.font.size = Pt(9)
        rp = right.paragraphs[0]; r = rp.add_run(p["name"]); r.bold = True; r.font.size = Pt(20)
        right.add_paragraph(p["title"])
        for head, its in p["sections"]:
            rr = right.add_paragraph().add_run(head); rr.bold = True; rr.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
            add_items(right, its)
    else:  # docx_rot: contacts in the page header, rotations as a 2-column table
        hdr = sec.header.paragraphs[0]
        hdr.text = "  |  ".join(v for k, v in p["contacts"])
        para = d.add_paragraph(); r = para.add_run(p["name"]); r.bold = True; r.font.size = Pt(22)
        d.add_paragraph(p["title"])
        for i, (head, its) in enumerate(p["sections"]):
            d.add_heading(head, level=2)
            add_items(d, its)
            if i == 0:
                d.add_heading(p["rows_heading"], level=2)
                t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
                for a, b in p["rows"]:
                    c1, c2 = t.add_row().cells; c1.text = a; c2.text = b
    d.core_properties.author = p["name"]
    d.save(out)


def scan(p, out_base):
    from PIL import Image, ImageFilter, ImageEnhance
    sc = p["scan"]
    pdf = os.path.join(TMP, p["id"] + "_src.pdf")
    chromium_pdf(p, pdf)
    subprocess.run(["pdftoppm", "-r", "130", "-png", "-f", "1", "-l", "1", pdf, os.path.join(TMP, p["id"] + "_pg")], check=True)
    pg = [f for f in sorted(os.listdir(TMP)) if f.startswith(p["id"] + "_pg")][0]
    im = Image.open(os.path.join(TMP, pg)).convert("L")
    im = ImageEnhance.Contrast(im).enhance(sc["contrast"])
    im = im.point(lambda v: min(255, v + 18))  # greyish paper
    im = im.rotate(sc["angle"], resample=Image.BICUBIC, expand=True, fillcolor=235)
    im = im.filter(ImageFilter.GaussianBlur(sc["blur"]))
    noise = Image.effect_noise(im.size, sc["noise"])
    im = Image.blend(im, noise, 0.12)
    rnd = random.Random(int(p["id"]))
    if sc["fmt"] == "png":
        im = im.convert("RGB")
        im = Image.merge("RGB", [c.point(lambda v, k=k: max(0, min(255, v + k))) for c, k in zip(im.split(), (8, 2, -12))])  # warm photo cast
        out = out_base + ".png"; im.save(out)
    else:
        out = out_base + ".pdf"; im.save(out, "PDF", resolution=130)
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    truth = []
    for p in P:
        base = os.path.join(OUT, f"w24_{p['id']}_{p['layout']}")
        if p["kind"] == "html":
            out = base + ".pdf"; chromium_pdf(p, out)
        elif p["kind"] == "docx":
            out = base + ".docx"; docx_out(p, out)
        else:
            out = scan(p, base)
        t = dict(file=os.path.basename(out), layout=p["layout"])
        t.update(p["truth"])
        ents = t.pop("usce_entries")
        t["usce_months"] = months(ents)
        t["usce_months_clinical"] = months([e for e in ents if e["type"] in ("hands_on", "observership")])
        t["usce_entries"] = ents
        if p["kind"] == "scan":
            t["needs_ocr"] = True
        truth.append(t)
        print("made", t["file"])
    srcmap = {p["id"]: p for p in P}
    for dmg in DAMAGED:
        out = os.path.join(OUT, f"w24_{dmg['id']}_{dmg['layout']}.{dmg['ext']}")
        if dmg["how"] == "truncated":
            tmp = os.path.join(TMP, "trunc.pdf"); chromium_pdf(dict(srcmap[dmg["src"]], name="Beatriz Lopes Carvalho"), tmp)
            data = open(tmp, "rb").read(); open(out, "wb").write(data[: int(len(data) * 0.4)])
        elif dmg["how"] == "encrypted":
            from pypdf import PdfReader, PdfWriter
            tmp = os.path.join(TMP, "enc.pdf"); chromium_pdf(dict(srcmap[dmg["src"]], name="Iryna Bondarenko"), tmp)
            w = PdfWriter(); w.append(PdfReader(tmp)); w.encrypt(user_password="cv2025!", owner_password="owner-w24", algorithm="RC4-128")
            with open(out, "wb") as f:
                w.write(f)
        else:
            open(out, "wb").write(random.Random(24).randbytes(8192))
        truth.append(dict(file=os.path.basename(out), layout=dmg["layout"], error=True))
        print("made", os.path.basename(out))
    with open(os.path.join(HERE, "..", "truth.jsonl"), "w", encoding="utf-8") as f:
        for t in truth:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")


def months(ents):
    s = set()
    for e in ents:
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)


if __name__ == "__main__":
    main()
