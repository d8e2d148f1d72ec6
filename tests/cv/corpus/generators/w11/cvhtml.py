"""HTML/CSS CVs imitating online builders, printed with headless Chromium."""
import html as H
import os
import subprocess
from common import rng

BUILD = os.path.join(os.path.dirname(__file__), "..", "build")
e = H.escape


def chrome_pdf(doc, name):
    os.makedirs(BUILD, exist_ok=True)
    src = os.path.abspath(os.path.join(BUILD, name + ".html"))
    out = os.path.abspath(os.path.join(BUILD, name + ".pdf"))
    with open(src, "w", encoding="utf-8") as f:
        f.write(doc)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--run-all-compositor-stages-before-draw", "--virtual-time-budget=3000",
                    f"--print-to-pdf={out}", "file://" + src], check=True, capture_output=True)
    return out


def usce(p):
    return sorted([x for x in p["exp"] if x["usce"]], key=lambda x: x["start"], reverse=True)


def other(p):
    return [x for x in p["exp"] if not x["usce"]]


def bl(x):
    return "<ul>" + "".join(f"<li>{e(b)}</li>" for b in x["bullets"]) + "</ul>" if x["bullets"] else ""


def pubs_html(p, labels=True):
    lab = {"paper": "", "poster": " <em>(poster)</em>", "abstract": " <em>(abstract)</em>", "submitted": " <em>(submitted)</em>"}
    return "<ol>" + "".join(f"<li>{e(t)}{lab[k] if labels else ''}</li>" for k, t in p["pubs"]) + "</ol>"


def page(css, body, lang="en"):
    return f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><style>{css}</style></head><body>{body}</body></html>'


# ---------------------------------------------------------------- Novoresume
NOVO_CSS = """@page{size:A4;margin:0}body{margin:0;font-family:'Open Sans','DejaVu Sans',sans-serif;font-size:9.5pt;color:#333}
.wrap{display:flex;min-height:297mm}.side{width:68mm;background:#1f3b57;color:#fff;padding:12mm 7mm}
.main{flex:1;padding:12mm 10mm}.photo{width:34mm;height:34mm;border-radius:50%;background:#c9d3dd;margin:0 auto 6mm;
display:flex;align-items:center;justify-content:center;color:#1f3b57;font-size:8pt}
h1{font-size:24pt;margin:0;color:#1f3b57;letter-spacing:.5px}.tag{color:#3b8ed0;font-size:11pt;margin:2px 0 10px}
.side h3{border-bottom:1px solid #7f9ab3;font-size:10.5pt;letter-spacing:1px;text-transform:uppercase;padding-bottom:2px;margin:14px 0 6px}
.main h2{color:#1f3b57;font-size:12pt;text-transform:uppercase;border-bottom:2px solid #3b8ed0;padding-bottom:2px;margin:14px 0 6px}
.item b{display:block;font-size:10.5pt}.item .org{color:#3b8ed0}.item .meta{display:flex;justify-content:space-between;font-style:italic;color:#777;font-size:8.5pt}
.item{margin-bottom:7px}ul{margin:2px 0 0 14px;padding:0}.dots span{display:inline-block;width:8px;height:8px;border-radius:50%;background:#fff;margin-left:2px}
.dots span.off{background:#4b6782}.lang{display:flex;justify-content:space-between;margin:3px 0}
.ct div{margin:4px 0;word-break:break-all}ol{padding-left:16px;margin:0}"""


def novoresume(p, v):
    ds = p["dstyle"]
    lvl = {"native": 5, "nativo": 5, "fluent": 4, "professional": 4, "C1": 4, "basic": 2, "conversational": 3, "B1": 3}
    side = ['<div class="photo">PHOTO</div>', '<h3>Contact</h3><div class="ct">',
            f'<div>✉ {e(p["email"])}</div><div>☎ {e(p["phone"])}</div><div>⌂ {e(p["addr"])}</div></div>',
            "<h3>Languages</h3>"]
    for l in p["langs"]:
        n = lvl.get(l[2], 3)
        side.append(f'<div class="lang"><span>{e(l[1])}</span><span class="dots">' +
                    "".join('<span></span>' if i < n else '<span class="off"></span>' for i in range(5)) + "</span></div>")
    side.append("<h3>Skills</h3>" + "".join(f"<div>• {e(s)}</div>" for s in p["skills"]))
    side.append("<h3>Exams</h3>" + "".join(f"<div><b>{e(a)}</b><br>{e(b)}</div>" for a, b in p["tests"]))
    if p["visa_text"]:
        side.append(f"<h3>Visa</h3><div>{e(p['visa_text'])}</div>")
    main = [f'<h1>{e(p["name"])}</h1><div class="tag">{e(p["degree"])} · {"Obstetrics & Gynecology" if v == 0 else "Pediatrics"}</div>']
    if p["objective"]:
        main.append(f"<p>{e(p['objective'])}</p>")
    main.append("<h2>%s</h2>" % ("Clinical Experience in the USA" if v == 0 else "U.S. Clinical Experience"))
    for x in usce(p):
        main.append(f'<div class="item"><b>{e(x["title"])}</b><span class="org">{e(x["org"])}</span>'
                    f'<div class="meta"><span>{rng(x["start"], x["end"], ds)}</span><span>{e(x["loc"])}</span></div>{bl(x)}</div>')
    main.append("<h2>Work Experience</h2>")
    for x in other(p):
        main.append(f'<div class="item"><b>{e(x["title"])}</b><span class="org">{e(x["org"])}</span>'
                    f'<div class="meta"><span>{rng(x["start"], x["end"], ds)}</span><span>{e(x["loc"])}</span></div>{bl(x)}</div>')
    main.append(f'<h2>Education</h2><div class="item"><b>{e(p["degree"])}</b><span class="org">{e(p["school"])}</span>'
                f'<div class="meta"><span>{e(p["grad_text"])}</span><span>{e(p["city"])}</span></div></div>')
    if p["ecfmg_text"]:
        main.append(f"<h2>Certification</h2><p>{e(p['ecfmg_text'])}</p>")
    if p["pubs"]:
        main.append("<h2>Research &amp; Publications</h2>" + pubs_html(p))
    if p["refs"]:
        main.append("<h2>References</h2>" + "".join(f"<p><b>{e(r[0])}</b><br>{e(r[1])}<br>{e(r[2])} · {e(r[3])}</p>" for r in p["refs"]))
    return page(NOVO_CSS, f'<div class="wrap"><div class="side">{"".join(side)}</div><div class="main">{"".join(main)}</div></div>')


# ---------------------------------------------------------------- Kickresume / Enhancv: band + two columns + timeline
BAND_CSS = """@page{size:Letter;margin:0}body{margin:0;font-family:'Roboto','Liberation Sans',sans-serif;font-size:9.5pt;color:#2d2d2d}
.band{background:%(c)s;color:#fff;padding:10mm 12mm 8mm}.band h1{margin:0;font-size:26pt;font-weight:300}.band .sub{font-size:11pt;opacity:.9}
.band .ct{margin-top:5px;font-size:9pt}.band .ct span{margin-right:14px}
.cols{display:flex;padding:6mm 12mm;gap:8mm}.l{flex:1.7}.r{flex:1}
h2{font-size:11pt;color:%(c)s;text-transform:uppercase;letter-spacing:1.5px;margin:10px 0 6px;border-bottom:1px solid #ddd}
.tl{border-left:2px solid %(c)s;margin-left:5px;padding-left:12px}.ev{position:relative;margin-bottom:8px}
.ev:before{content:'';position:absolute;left:-18px;top:3px;width:9px;height:9px;border-radius:50%%;background:#fff;border:2px solid %(c)s}
.ev .d{font-size:8.5pt;color:#888}.ev b{font-size:10pt}ul{margin:2px 0 0 14px;padding:0}.pill{display:inline-block;background:#eef;border-radius:10px;padding:1px 8px;margin:2px;font-size:8.5pt}
ol{padding-left:16px}.kv{margin:3px 0}.kv b{display:block}"""


def band(p, v):
    ds = p["dstyle"]
    c = "#0b7a75" if v == 0 else "#5b3cc4"
    native = {"yusuf": "يوسف عبد الرحمن السيد", "tran": ""}
    extra = (f' <span style="font-size:14pt">({native["yusuf"]})</span>' if v == 0 else "")
    hdr = (f'<div class="band"><h1>{e(p["pre"] + " " if p["pre"] else "")}{e(p["name"])}{extra}</h1>'
           f'<div class="sub">{e(p["degree"])} · {"General Surgery Applicant" if v == 0 else "Radiology · Imaging AI"}</div>'
           f'<div class="ct"><span>{e(p["phone"])}</span><span>{e(p["email"])}</span><span>{e(p["addr"])}</span></div></div>')
    L = []
    if p["objective"]:
        L.append(f"<h2>{'Summary' if v == 0 else 'About me'}</h2><p>{e(p['objective'])}</p>")
    L.append("<h2>%s</h2><div class='tl'>" % ("Experience" if v == 0 else "Career Timeline"))
    for x in sorted(p["exp"], key=lambda x: x["start"], reverse=True):
        L.append(f'<div class="ev"><div class="d">{rng(x["start"], x["end"], ds)} | {e(x["loc"])}</div>'
                 f'<b>{e(x["title"])}</b><div>{e(x["org"])}</div>{bl(x)}</div>')
    L.append("</div>")
    L.append("<h2>Publications</h2>" + pubs_html(p))
    R = [f"<h2>Education</h2><div class='kv'><b>{e(p['school'])}</b>{e(p['degree'])}, {e(p['grad_text'])}<br>{e(p['city'])}</div>"]
    R.append("<h2>USMLE</h2>" + "".join(f"<div class='kv'><b>{e(a)}</b>{e(b)}</div>" for a, b in p["tests"]))
    if p["ecfmg_text"]:
        R.append(f"<div class='kv'><b>ECFMG</b>{e(p['ecfmg_text'])}</div>")
    if p["visa_text"]:
        R.append(f"<h2>Work authorization</h2><p>{e(p['visa_text'])}</p>")
    R.append("<h2>Languages</h2>" + "".join(f"<div class='kv'>{e(l[1])} <span style='color:#888'>— {e(l[2])}</span></div>" for l in p["langs"]))
    if p["skills"]:
        R.append("<h2>Skills</h2>" + "".join(f"<span class='pill'>{e(s)}</span>" for s in p["skills"]))
    if p["refs"]:
        R.append("<h2>References</h2>" + "".join(f"<p><b>{e(r[0])}</b><br>{e(r[1])}<br>{e(r[2])}<br>{e(r[3])}</p>" for r in p["refs"]))
    return page(BAND_CSS % {"c": c}, hdr + f'<div class="cols"><div class="l">{"".join(L)}</div><div class="r">{"".join(R)}</div></div>')


# ---------------------------------------------------------------- FlowCV: small-caps titles, dates on the left
FLOW_CSS = """@page{size:A4;margin:16mm 16mm 18mm;%(pg)s}
body{font-family:'Source Serif Pro','Liberation Serif',serif;font-size:10.5pt;color:#222;margin:0}
h1{font-size:22pt;margin:0}.ct{color:#555;margin:4px 0 10px}.ct span:not(:last-child):after{content:'  |  '}
h2{font-variant:small-caps;letter-spacing:1px;font-size:13pt;border-bottom:1px solid #999;margin:16px 0 6px;font-weight:600}
.row{display:grid;grid-template-columns:34mm 1fr;gap:4mm;margin-bottom:7px;break-inside:avoid}.row .d{color:#555;font-size:9.5pt}
.row b{display:block}ul{margin:2px 0 0 16px;padding:0}ol{padding-left:18px}li{margin-bottom:2px}"""
FLOW_PG = """@top-right{content:"%s — Curriculum Vitae";font-size:8pt;color:#777;font-family:'Liberation Serif'}
@bottom-center{content:"Page " counter(page) " of " counter(pages);font-size:8pt;color:#777;font-family:'Liberation Serif'}"""


def flowcv(p, v):
    ds = p["dstyle"]
    css = FLOW_CSS % {"pg": FLOW_PG % p["name"] if v == 0 else ""}
    b = [f"<h1>{e(p['name'])}{', ' + e(p['post']) if p['post'] else ''}</h1>",
         f"<div class='ct'><span>{e(p['email'])}</span><span>{e(p['phone'])}</span><span>{e(p['addr'])}</span></div>"]
    if p["objective"]:
        b.append(f"<h2>Profile</h2><p>{e(p['objective'])}</p>")

    def row(d, t, sub, extra=""):
        return f"<div class='row'><div class='d'>{d}</div><div><b>{t}</b>{sub}{extra}</div></div>"
    b.append("<h2>Education</h2>" + row(e(p["grad_text"]), e(p["degree"]), f"{e(p['school'])}, {e(p['city'])}"))
    b.append("<h2>Examinations</h2>" + "".join(row("", e(a), e(b_)) for a, b_ in p["tests"]))
    if p["ecfmg_text"]:
        b.append(row("", "ECFMG", e(p["ecfmg_text"])))
    clin = [x for x in p["exp"] if x["usce"] and x["usce"][0] != "research"]
    res = [x for x in p["exp"] if x["sec"] == "res"]
    b.append("<h2>Clinical Experience</h2>")
    for x in sorted(clin + other(p), key=lambda x: x["start"], reverse=True):
        b.append(row(rng(x["start"], x["end"], ds), e(x["title"]), f"{e(x['org'])} · {e(x['loc'])}", bl(x)))
    if res:
        b.append("<h2>Research Experience</h2>")
        for x in res:
            b.append(row(rng(x["start"], x["end"], ds), e(x["title"]), f"{e(x['org'])} · {e(x['loc'])}", bl(x)))
    if v == 0:
        b.append("<h2>Peer-reviewed Publications</h2>" + "<ol>" + "".join(f"<li>{e(t)}</li>" for k, t in p["pubs"] if k == "paper") + "</ol>")
        b.append("<h2>Posters &amp; Presentations</h2><ol>" + "".join(f"<li>{e(t)}</li>" for k, t in p["pubs"] if k != "paper") +
                 "<li>Zhou ML. Grand rounds: CAR-T in 2024 — what the internist should know. Invited talk, Fred Hutch, Seattle, 2024.</li>"
                 "<li>Zhou ML, Wang H. Biomarkers of ICANS. Oral abstract, Tandem Meetings 2023, Orlando.</li></ol>")
        b.append("<h2>Teaching &amp; Service</h2>" + "".join(row(d, t, s) for d, t, s in [
            ("2022 – 2024", "Mentor", "Fred Hutch summer undergraduate research program (4 mentees)"),
            ("2019 – 2020", "Teaching assistant", "Physical diagnosis, Peking University"),
            ("2023", "Ad-hoc reviewer", "Leukemia Research, Annals of Hematology"),
            ("2018", "Volunteer physician", "Rural health outreach, Gansu Province")]))
        b.append("<h2>Certifications &amp; Skills</h2><ul><li>BLS/ACLS (AHA), valid 2025–2027</li><li>CITI Good Clinical Practice</li>"
                 "<li>Flow cytometry panel design; R / Bioconductor; GraphPad Prism</li><li>Clinical trial protocol writing</li></ul>")
    else:
        b.append("<h2>Publications</h2>" + pubs_html(p))
    b.append("<h2>Languages</h2><p>" + " · ".join(f"{e(l[1])} ({e(l[2])})" for l in p["langs"]) + "</p>")
    if p["visa_text"]:
        b.append(f"<h2>Visa Status</h2><p>{e(p['visa_text'])}</p>")
    if p["refs"]:
        b.append("<h2>References</h2>" + "".join(f"<p><b>{e(r[0])}</b>, {e(r[1])}<br>{e(r[2])} · {e(r[3])}</p>" for r in p["refs"]))
    return page(css, "".join(b))


# ---------------------------------------------------------------- JSON Resume "elegant"
ELEG_CSS = """@page{size:Letter;margin:0}body{margin:0;background:#f2f2f2;font-family:'Lato','DejaVu Sans',sans-serif;font-size:9.5pt;color:#5a5a5a}
.hd{background:#27ae60;color:#fff;padding:9mm 12mm;display:flex;align-items:center;gap:8mm}.av{width:26mm;height:26mm;border-radius:50%;background:#9bd6b4}
.hd h1{margin:0;font-weight:400;font-size:24pt}.hd .lbl{font-size:11pt;opacity:.9}
.grid{display:flex;gap:5mm;padding:6mm 10mm}.aside{width:62mm}.content{flex:1}
.card{background:#fff;border-radius:2px;box-shadow:0 1px 2px rgba(0,0,0,.15);padding:4mm 5mm;margin-bottom:4mm}
.card h3{margin:0 0 4px;color:#27ae60;font-size:11pt;text-transform:uppercase;font-weight:400;letter-spacing:1px}
.w{border-top:1px dashed #ddd;padding-top:4px;margin-top:4px}.w .when{float:right;color:#999;font-size:8.5pt}
ul{margin:2px 0 0 14px;padding:0}ol{padding-left:16px;margin:0}"""


def elegant(p, v):
    ds = p["dstyle"]
    A = [f"<div class='card'><h3>Contact</h3><div>Email<br><b>{e(p['email'])}</b></div><div>Phone<br><b>{e(p['phone'])}</b></div>"
         f"<div>Location<br><b>{e(p['addr'])}</b></div></div>",
         "<div class='card'><h3>Languages</h3>" + "".join(f"<div>{e(l[1])} <span style='color:#aaa'>{e(l[2])}</span></div>" for l in p["langs"]) + "</div>",
         "<div class='card'><h3>Skills</h3>" + "".join(f"<div>{e(s)}</div>" for s in p["skills"]) + "</div>",
         "<div class='card'><h3>Exams</h3>" + "".join(f"<div>{e(a)}: <b>{e(b)}</b></div>" for a, b in p["tests"]) +
         (f"<div>Visa: <b>{e(p['visa_text'])}</b></div>" if p["visa_text"] else "") + "</div>"]
    C = [f"<div class='card'><h3>About</h3>{e(p['objective'])}</div>", "<div class='card'><h3>Work Experience</h3>"]
    for x in sorted(p["exp"], key=lambda x: x["start"], reverse=True):
        C.append(f"<div class='w'><span class='when'>{rng(x['start'], x['end'], ds)}</span><b>{e(x['org'])}</b> — {e(x['loc'])}<br><i>{e(x['title'])}</i>{bl(x)}</div>")
    C.append("</div>")
    C.append(f"<div class='card'><h3>Education</h3><b>{e(p['school'])}</b><span style='float:right;color:#999'>{e(p['grad_text'])}</span><br>{e(p['degree'])} · {e(p['city'])}</div>")
    C.append("<div class='card'><h3>Publications</h3>" + pubs_html(p) + "</div>")
    if p["awards"]:
        C.append("<div class='card'><h3>Awards</h3>" + "<br>".join(e(a) for a in p["awards"]) + "</div>")
    return page(ELEG_CSS, f"<div class='hd'><div class='av'></div><div><h1>{e(p['name'])}</h1><div class='lbl'>Medical Student · EM / Anesthesiology</div></div></div>"
                          f"<div class='grid'><div class='aside'>{''.join(A)}</div><div class='content'>{''.join(C)}</div></div>")


# ---------------------------------------------------------------- JSON Resume "stackoverflow" (multi-page, running header)
SO_CSS = """@page{size:Letter;margin:20mm 16mm 18mm;
@top-left{content:"%(n)s";font-size:8pt;color:#888;font-family:'Liberation Sans'}
@top-right{content:"%(em)s";font-size:8pt;color:#888;font-family:'Liberation Sans'}
@bottom-right{content:"Page " counter(page) " of " counter(pages);font-size:8pt;color:#888;font-family:'Liberation Sans'}}
body{font-family:'Liberation Sans','Noto Sans Arabic',sans-serif;font-size:11pt;color:#242729;margin:0;line-height:1.45}
h1{font-size:28pt;font-weight:400;margin:0}.lbl{font-size:14pt;color:#6a737c}.ct{color:#6a737c;margin:6px 0 14px}
section{display:flex;gap:6mm;border-top:1px solid #e4e6e8;padding-top:8px;margin-top:10px}
section>h2{width:38mm;flex:none;font-size:12pt;font-weight:400;color:#f48024;margin:0;text-transform:uppercase}section>div{flex:1}
.it{margin-bottom:10px;break-inside:avoid}.it .t{font-weight:bold}.it .d{color:#6a737c;font-size:10pt}ul{margin:3px 0 0 16px;padding:0}"""


def stackoverflow(p, v):
    ds = p["dstyle"]
    css = SO_CSS % {"n": p["name"] + " — Résumé", "em": p["email"]}
    b = [f"<h1>{e(p['name'])} <span dir='rtl' style=\"font-family:'Noto Sans Arabic';font-size:18pt\">أحمد حسن محمود</span></h1>",
         f"<div class='lbl'>{e(p['degree'])} · Anesthesiology</div>",
         f"<div class='ct'>{e(p['phone'])} · {e(p['email'])} · {e(p['addr'])}</div>"]

    def sec(t, inner):
        b.append(f"<section><h2>{t}</h2><div>{inner}</div></section>")
    sec("Summary", e(p["objective"]) + " Eighteen months of anesthesia research at Duke with hands-on exposure to perioperative "
        "outcomes databases; anesthesia residency year completed in Riyadh before moving to the United States.")
    ex = ""
    bullets_extra = {
        "Research Fellow, Anesthesiology": ["Built a REDCap database of 2,400 bariatric anesthetics (PONV outcomes)",
                                            "Co-investigator, quality project on sugammadex use and PACU length of stay",
                                            "Presented monthly at the Perioperative Outcomes research meeting"],
        "Anesthesiology Observership": ["Observed cardiac, thoracic and pediatric anesthesia rooms; preoperative clinic",
                                        "Attended resident didactics and simulation sessions"],
        "Resident, Anesthesia": ["Managed ASA I–III cases under supervision; spinal and epidural placement",
                                 "Night call in obstetric anesthesia; rapid sequence induction in trauma bay"]}
    for x in sorted(p["exp"], key=lambda x: x["start"], reverse=True):
        ex += (f"<div class='it'><div class='t'>{e(x['title'])} — {e(x['org'])}</div><div class='d'>{rng(x['start'], x['end'], ds)} · {e(x['loc'])}</div>"
               + "<ul>" + "".join(f"<li>{e(z)}</li>" for z in bullets_extra.get(x["title"], [])) + "</ul></div>")
    sec("Experience", ex)
    sec("Education", f"<div class='it'><div class='t'>{e(p['degree'])} — {e(p['school'])}</div><div class='d'>{e(p['grad_text'])} · {e(p['city'])}</div>"
        "<ul><li>Graduated with first-class honours (GPA 4.71/5)</li><li>Internship year 2020–2021 (medicine, surgery, pediatrics, OB/GYN, emergency)</li></ul></div>")
    sec("Licensure &amp; Exams", "".join(f"<div>{e(a)}: <b>{e(b_)}</b></div>" for a, b_ in p["tests"]) + f"<div>{e(p['ecfmg_text'])}</div>"
        f"<div>Visa: {e(p['visa_text'])}</div>")
    sec("Publications", pubs_html(p) + "<p>Posters: Mahmoud AH. Quadratus lumborum block after cesarean delivery. Poster, ASA Annual Meeting 2023, San Francisco.</p>")
    sec("Certifications", "<ul><li>ACLS, BLS, PALS (American Heart Association) — valid to 2027</li><li>Saudi Commission for Health Specialties — licensed General Practitioner</li>"
        "<li>CITI Human Subjects Research</li><li>Ultrasound-guided regional anesthesia workshop, NYSORA (2023)</li></ul>")
    sec("Volunteer", "<div class='it'><div class='t'>Hajj Medical Mission — Mina field hospital</div><div class='d'>Jul 2019 · Makkah, Saudi Arabia</div></div>"
        "<div class='it'><div class='t'>Saudi Red Crescent — first aid instructor</div><div class='d'>2017 – 2020 · Riyadh</div></div>")
    sec("Languages", "<br>".join(f"{e(l[1])} — {e(l[2])}" for l in p["langs"]))
    sec("Interests", "Airway management, regional anesthesia, perioperative medicine; outside medicine: falconry, long-distance running, Arabic calligraphy.")
    sec("References", "<div class='it'><div class='t'>Dr. William Carter, MD</div><div class='d'>Professor of Anesthesiology, Duke University · wcarter@duke-anes.org · +1 919 555 0184</div></div>"
        "<div class='it'><div class='t'>Dr. Noura Alotaibi</div><div class='d'>Consultant Anesthesiologist, KKUH Riyadh · nalotaibi@ksu-med.sa · +966 11 467 0000</div></div>")
    return page(css, "".join(b))


# ---------------------------------------------------------------- Notion page export
NOTION_CSS = """@page{size:A4;margin:20mm 18mm}body{font-family:ui-sans-serif,-apple-system,'Segoe UI','DejaVu Sans',sans-serif;font-size:10.5pt;color:#37352f;line-height:1.5;margin:0}
.cover{height:28mm;background:linear-gradient(90deg,#f6c6a8,#c8d8f5);margin-bottom:6mm}.icon{font-size:34pt;margin-top:-14mm}
h1{font-size:26pt;font-weight:700;margin:2px 0 8px}h2{font-size:15pt;margin:18px 0 4px;font-weight:600}h3{font-size:12pt;margin:10px 0 2px}
.prop{display:flex;font-size:10pt;margin:2px 0}.prop .k{width:36mm;color:#9b9a97}hr{border:none;border-top:1px solid #e9e9e7}
table{border-collapse:collapse;width:100%;font-size:9.5pt}td,th{border:1px solid #e9e9e7;padding:4px 6px;text-align:left;vertical-align:top}th{color:#787774;font-weight:400;background:#f7f6f3}
.callout{background:#f1f1ef;border-radius:3px;padding:8px 12px;display:flex;gap:8px}.tag{background:#e3e2e0;border-radius:3px;padding:0 6px;margin-right:4px;font-size:9pt}
ul{padding-left:20px;margin:2px 0}"""


def notion(p, v):
    ds = p["dstyle"]
    b = ["<div class='cover'></div><div class='icon'>🩺</div>" if v == 0 else "<div class='icon'>📄</div>",
         f"<h1>{e(p['name'])}</h1>"]
    props = [("Email", p["email"]), ("Phone", p["phone"]), ("Location", p["addr"]), ("Status", p["visa_text"] or "—")]
    b.append("".join(f"<div class='prop'><span class='k'>{k}</span><span>{e(x)}</span></div>" for k, x in props))
    b.append("<hr>")
    if p["objective"]:
        b.append(f"<div class='callout'><span>💡</span><span>{e(p['objective'])}</span></div>")
    b.append("<h2>🎓 Education</h2>" + f"<p><b>{e(p['school'])}</b> — {e(p['degree'])}<br>{e(p['grad_text'])} · {e(p['city'])}</p>")
    b.append("<h2>📝 Exams</h2><ul>" + "".join(f"<li><b>{e(a)}</b>: {e(b_)}</li>" for a, b_ in p["tests"]) +
             (f"<li>{e(p['ecfmg_text'])}</li>" if p["ecfmg_text"] else "") + "</ul>")
    b.append("<h2>🏥 %s</h2>" % ("US Clinical Experience" if v == 0 else "Clinical rotations (USA)"))
    b.append("<table><tr><th>Rotation</th><th>Site</th><th>Dates</th><th>Type</th></tr>")
    tmap = {"hands_on": "Hands-on", "observership": "Observership", "research": "Research", "telehealth": "Telehealth"}
    for x in usce(p):
        b.append(f"<tr><td>{e(x['title'])}</td><td>{e(x['org'])}, {e(x['loc'])}</td><td>{rng(x['start'], x['end'], ds)}</td>"
                 f"<td><span class='tag'>{tmap[x['usce'][0]]}</span></td></tr>")
    b.append("</table>")
    if other(p):
        b.append("<h2>💼 Other experience</h2><ul>" + "".join(f"<li>{e(x['title'])}, {e(x['org'])} ({rng(x['start'], x['end'], ds)})</li>" for x in other(p)) + "</ul>")
    if p["pubs"]:
        b.append("<h2>📚 Research output</h2>" + pubs_html(p))
    b.append("<h2>🌐 Languages</h2><p>" + "".join(f"<span class='tag'>{e(l[1])}</span>" for l in p["langs"]) + "</p>")
    if p["awards"]:
        b.append("<h2>🏅 Awards</h2><ul>" + "".join(f"<li>{e(a)}</li>" for a in p["awards"]) + "</ul>")
    return page(NOTION_CSS, "".join(b))
