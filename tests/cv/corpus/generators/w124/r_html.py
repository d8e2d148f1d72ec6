"""Chromium-printed HTML layouts: ERAS printout, Google Docs Serif, Canva skill bars, Markdown print, Novoresume."""
import html, os, subprocess, tempfile, shutil
import markdown as mdlib

E = html.escape


def chromium_pdf(html_text, out, header_footer=False, url_name=None):
    tmpd = tempfile.mkdtemp(prefix="w124_chr_")
    name = url_name or "cv.html"
    src = os.path.join(tmpd, name)
    with open(src, "w", encoding="utf-8") as f:
        f.write(html_text)
    cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + tmpd + "/prof",
           "--print-to-pdf=" + out]
    if not header_footer:
        cmd.append("--no-pdf-header-footer")
    cmd.append("file://" + src)
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    shutil.rmtree(tmpd, ignore_errors=True)


# ------------------------------------------------------------------ ERAS / MyERAS application printout
def eras(p):
    css = """
    body{font-family:Arial,Helvetica,sans-serif;font-size:10.5px;color:#000;margin:0}
    .top{display:flex;justify-content:space-between;border-bottom:2px solid #000;padding-bottom:4px;margin-bottom:6px}
    .top .t{font-size:15px;font-weight:bold}
    .sec{background:#d9d9d9;font-weight:bold;padding:2px 4px;margin-top:10px;border:1px solid #999;font-size:11px}
    table.f{width:100%;border-collapse:collapse} table.f td{padding:2px 4px;vertical-align:top}
    table.f td.l{width:190px;font-weight:bold}
    .exp{border-bottom:1px dotted #888;padding:4px 0}
    .exp table td.l{width:120px}
    .foot{font-size:9px;color:#333;margin-top:12px;border-top:1px solid #000;padding-top:2px}
    @page{size:Letter;margin:0.5in}
    """
    h = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    h.append("<div class='top'><div><div class='t'>ERAS 2027 Application</div>"
             "<div>Electronic Residency Application Service - Applicant Printout</div></div>"
             f"<div style='text-align:right'>AAMC ID: {p['aamc_id']}<br>Printed: 11/24/2026</div></div>")
    def fields(rows):
        return "<table class='f'>" + "".join(f"<tr><td class='l'>{E(a)}:</td><td>{b}</td></tr>" for a, b in rows) + "</table>"
    h.append("<div class='sec'>General Information</div>")
    h.append(fields([("Name", E(p["name"])), ("Preferred Email", E(p["email"])), ("Preferred Phone #", E(p["phone"])),
                     ("Mailing Address", E(p["address"])), ("Birth Date", p["dob"]), ("USMLE ID", p["usmle_id"]),
                     ("NBOME ID", "")]))
    h.append("<div class='sec'>Citizenship</div>")
    h.append(fields([("Citizenship", p["citizenship"]), ("Visa / Work Authorization", p["visa"])]))
    h.append("<div class='sec'>Program Applied To</div>")
    h.append(fields([("Specialty", E(p["applying"]))]))
    h.append("<div class='sec'>Education</div>")
    h.append(fields([("Medical School", E(p["school"])), ("Location", E(p["school_loc"])), ("Degree", E(p["degree"])),
                     ("Dates of Attendance", p["school_dates"]), ("Degree Date", p["degree_date"])]))
    h.append("<div class='sec'>Licensure Exams / ECFMG</div><table class='f'><tr><td class='l'>Exam</td><td><b>Result</b></td><td><b>Date</b></td></tr>")
    for a, b, c in p["exams"]:
        h.append(f"<tr><td class='l'>{a}</td><td>{b}</td><td>{c}</td></tr>")
    h.append("</table>")
    h.append("<div class='sec'>Experiences</div>")
    for x in p["exp"]:
        h.append("<div class='exp'><table class='f'>"
                 f"<tr><td class='l'>Position Title:</td><td><b>{E(x['title'])}</b></td></tr>"
                 f"<tr><td class='l'>Organization:</td><td>{E(x['org'])}</td></tr>"
                 f"<tr><td class='l'>Location:</td><td>{E(x['place'])}</td></tr>"
                 f"<tr><td class='l'>Setting:</td><td>{x['setting']}</td></tr>"
                 f"<tr><td class='l'>Dates:</td><td>{x['dates']}</td></tr>"
                 f"<tr><td class='l'>Hours:</td><td>{x['hours']}</td></tr>"
                 f"<tr><td class='l'>Description:</td><td>{E(x['desc'])}</td></tr></table></div>")
    h.append("<div class='sec'>Publications</div>")
    for kind, t in p["pubs"]:
        h.append(f"<div class='exp'><b>{E(kind)}</b><br>{E(t)}</div>")
    h.append("<div class='sec'>Language Fluency</div>")
    h.append(fields([(a, b) for a, b in p["langs"]]))
    h.append("<div class='sec'>Hobbies &amp; Interests</div>" + f"<div style='padding:3px'>{E(p['hobbies'])}</div>")
    h.append(f"<div class='foot'>{E(p['name'])} - AAMC ID {p['aamc_id']} - Confidential applicant information. "
             "ERAS® is a program of the AAMC.</div></body></html>")
    return "".join(h)


# ------------------------------------------------------------------ Google Docs "Serif" template
def gdocs_serif(p):
    css = """
    @page{size:Letter;margin:0.6in 0.7in}
    body{font-family:'Merriweather','DejaVu Serif',Georgia,serif;color:#000;font-size:10px;line-height:1.35}
    .hdr{display:flex;justify-content:space-between}
    h1{font-family:'Playfair Display','DejaVu Serif',serif;font-size:30px;margin:0 0 4px 0;font-weight:bold}
    .tag{color:#333;font-size:10px;max-width:340px}
    .addr{text-align:right;font-size:10px}
    h2{color:#3d85c6;font-family:'DejaVu Serif',serif;font-size:11px;letter-spacing:1px;margin:16px 0 4px 0}
    .ent{margin-bottom:9px}.org{font-weight:bold}.role{font-style:normal}
    .dt{color:#666;font-size:8.5px;letter-spacing:.5px}
    """
    h = [f"<html><head><meta charset='utf-8'><title>{E(p['name'])} - Resume</title><style>{css}</style></head><body>"]
    h.append(f"<div class='hdr'><div><h1>{E(p['name'])}</h1><div class='tag'>{E(p['tagline'])}</div></div>"
             "<div class='addr'>" + "<br>".join(E(a) for a in p["address"]) +
             f"<br><b>{E(p['phone'])}</b><br><b>{E(p['email'])}</b></div></div>")
    h.append("<h2>EXPERIENCE</h2>")
    for org, loc, role, dt, desc in p["exp"]:
        h.append(f"<div class='ent'><span class='org'>{E(org)}</span>, {E(loc)} — <i>{E(role)}</i><br>"
                 f"<span class='dt'>{E(dt)}</span><br>{E(desc)}</div>")
    h.append("<h2>EDUCATION</h2>")
    for sch, loc, deg, dt, note in p["edu"]:
        h.append(f"<div class='ent'><span class='org'>{E(sch)}</span>, {E(loc)} — <i>{E(deg)}</i><br>"
                 f"<span class='dt'>{E(dt)}</span><br>{E(note)}</div>")
    h.append(f"<h2>SKILLS</h2><div>{E(p['skills'])}</div>")
    if p.get("projects"):
        h.append("<h2>PROJECTS</h2>")
        for t in p["projects"]:
            h.append(f"<div class='ent'>{E(t)}</div>")
    if p.get("awards"):
        h.append(f"<h2>AWARDS</h2><div>{E(p['awards'])}</div>")
    h.append(f"<h2>LANGUAGES</h2><div>{E(p['langs'])}</div></body></html>")
    return "".join(h)


# ------------------------------------------------------------------ Canva-like with SVG icons and skill bars
ICON = {
    "mail": "<svg width='12' height='12' viewBox='0 0 24 24'><path fill='#fff' d='M2 4h20v16H2z M2 4l10 8 10-8' stroke='#0f4c5c' stroke-width='1.5'/></svg>",
    "phone": "<svg width='12' height='12' viewBox='0 0 24 24'><path fill='#fff' d='M6 2h5l2 5-3 2a11 11 0 0 0 5 5l2-3 5 2v5c0 1-1 2-2 2A19 19 0 0 1 4 4c0-1 1-2 2-2z'/></svg>",
    "pin": "<svg width='12' height='12' viewBox='0 0 24 24'><path fill='#fff' d='M12 2a7 7 0 0 1 7 7c0 5-7 13-7 13S5 14 5 9a7 7 0 0 1 7-7z'/></svg>",
}


def canva(p):
    css = """
    @page{size:A4;margin:0}
    body{margin:0;font-family:'DejaVu Sans',Arial,sans-serif;font-size:10px;color:#222}
    .wrap{display:flex;min-height:297mm}
    .side{width:70mm;background:#0f4c5c;color:#fff;padding:14mm 7mm}
    .main{flex:1;padding:14mm 10mm}
    .photo{width:34mm;height:34mm;border-radius:50%;background:#e6b8a2;margin:0 auto 8mm auto}
    .side h3{font-size:11px;letter-spacing:2px;border-bottom:1px solid #5fa8a8;padding-bottom:2px;margin-top:9mm}
    .row{display:flex;gap:6px;align-items:center;margin:4px 0;word-break:break-all}
    .bar{height:6px;background:#2b7a78;border-radius:3px;margin:2px 0 7px 0}.bar i{display:block;height:6px;background:#f9c74f;border-radius:3px}
    h1{font-size:26px;margin:0;color:#0f4c5c;line-height:1.1}
    .ttl{letter-spacing:3px;color:#e07a5f;font-size:10px;margin:4px 0 10px 0}
    h2{font-size:12px;color:#0f4c5c;letter-spacing:2px;border-bottom:2px solid #e07a5f;padding-bottom:2px;margin-top:16px}
    .it{margin:8px 0}.it b{font-size:11px}.it .d{float:right;background:#f2e9e4;border-radius:8px;padding:1px 6px;font-size:9px}
    .sc{display:inline-block;border:1px solid #0f4c5c;border-radius:6px;padding:4px 8px;margin:3px;text-align:center}
    .sc span{display:block;font-size:15px;font-weight:bold;color:#e07a5f}
    """
    h = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body><div class='wrap'><div class='side'><div class='photo'></div>"]
    h.append("<h3>CONTACT</h3>")
    h.append(f"<div class='row'>{ICON['mail']}<span>{E(p['email'])}</span></div>")
    h.append(f"<div class='row'>{ICON['phone']}<span>{E(p['phone'])}</span></div>")
    h.append(f"<div class='row'>{ICON['pin']}<span>{E(p['city'])}</span></div>")
    h.append(f"<div class='row'><span>{E(p['born'])}</span></div>")
    h.append("<h3>IDIOMAS / LANGUAGES</h3>")
    for n, v in p["bars"]:
        h.append(f"<div>{E(n)}</div><div class='bar'><i style='width:{v}%'></i></div>")
    h.append("<h3>SKILLS</h3>")
    for n, v in p["skillbars"]:
        h.append(f"<div>{E(n)}</div><div class='bar'><i style='width:{v}%'></i></div>")
    h.append("</div><div class='main'>")
    first, *rest = p["name"].split(" ")
    h.append(f"<h1>{E(' '.join(p['name'].split()[:2]))}<br>{E(' '.join(p['name'].split()[2:]))}</h1><div class='ttl'>{E(p['title'])}</div>")
    h.append(f"<h2>PROFILE</h2><p>{E(p['profile'])}</p>")
    h.append("<h2>USMLE</h2>" + "".join(f"<div class='sc'>{E(a)}<span>{E(b)}</span></div>" for a, b in p["scores"]))
    h.append("<h2>EXPERIENCE</h2>")
    for t, o, d, desc in p["exp"]:
        h.append(f"<div class='it'><span class='d'>{E(d)}</span><b>{E(t)}</b><br><i>{E(o)}</i><br>{E(desc)}</div>")
    h.append("<h2>EDUCATION</h2>")
    for t, o, d in p["edu"]:
        h.append(f"<div class='it'><span class='d'>{E(d)}</span><b>{E(t)}</b><br><i>{E(o)}</i></div>")
    h.append("<h2>MORE</h2><ul>" + "".join(f"<li>{E(x)}</li>" for x in p["extras"]) + "</ul>")
    h.append("</div></div></body></html>")
    return "".join(h)


# ------------------------------------------------------------------ Markdown printed from the browser
def markdown_page(p):
    body = mdlib.markdown(p["md"], extensions=["tables"])
    css = """
    body{font-family:-apple-system,'DejaVu Sans','WenQuanYi Micro Hei',sans-serif;max-width:800px;margin:0 auto;font-size:13px;line-height:1.5;color:#24292f}
    h1{border-bottom:1px solid #d0d7de;padding-bottom:.3em} h2{border-bottom:1px solid #d0d7de;padding-bottom:.2em;font-size:1.3em}
    table{border-collapse:collapse} td,th{border:1px solid #d0d7de;padding:4px 10px}
    blockquote{color:#57606a;border-left:.25em solid #d0d7de;margin:0;padding:0 1em}
    """
    return (f"<html><head><meta charset='utf-8'><title>README.md - yuxinchen-neuro/cv</title><style>{css}</style></head>"
            f"<body>{body}</body></html>")


# ------------------------------------------------------------------ Novoresume-like timeline
def novo(p):
    css = """
    @page{size:A4;margin:12mm}
    body{font-family:'DejaVu Sans',sans-serif;font-size:9.5px;color:#333}
    .head{background:#2d3e50;color:#fff;padding:10px 14px;border-radius:4px}
    .head h1{margin:0;font-size:22px}.head .t{color:#8fd3fe;font-size:11px}
    .ct{display:flex;gap:18px;margin-top:6px;font-size:9px}
    .cols{display:flex;gap:14px;margin-top:10px}.l{flex:2}.r{flex:1}
    h2{font-size:12px;color:#2d3e50;border-bottom:2px solid #2d3e50;margin:12px 0 6px 0;text-transform:uppercase}
    .tl{border-left:2px solid #8fd3fe;padding-left:10px;margin-left:4px}
    .ev{position:relative;margin-bottom:9px}.ev:before{content:'';position:absolute;left:-15px;top:2px;width:8px;height:8px;border-radius:50%;background:#2d3e50}
    .ev b{font-size:10.5px}.ev .m{color:#777;font-style:italic;display:flex;justify-content:space-between}
    .dots span{display:inline-block;width:8px;height:8px;border-radius:50%;background:#2d3e50;margin-right:2px}
    .dots span.o{background:#ccc}
    """
    h = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    h.append(f"<div class='head'><h1>{E(p['name'])}</h1><div class='t'>{E(p['title'])}</div>"
             f"<div class='ct'><span>✉ {E(p['email'])}</span><span>☎ {E(p['phone'])}</span><span>⌂ {E(p['loc'])}</span></div></div>")
    h.append(f"<p style='margin-top:8px'>{E(p['summary'])}</p><div class='cols'><div class='l'><h2>Work Experience</h2><div class='tl'>")
    for t, o, loc, d, bl in p["exp"]:
        h.append(f"<div class='ev'><b>{E(t)}</b><br>{E(o)}<div class='m'><span>{E(d)}</span><span>{E(loc)}</span></div>"
                 + ("<ul style='margin:2px 0'>" + "".join(f"<li>{E(b)}</li>" for b in bl) + "</ul>" if bl else "") + "</div>")
    h.append("</div><h2>Education</h2><div class='tl'>")
    for d, o, loc, dt in p["edu"]:
        h.append(f"<div class='ev'><b>{E(d)}</b><br>{E(o)}<div class='m'><span>{E(dt)}</span><span>{E(loc)}</span></div></div>")
    h.append("</div></div><div class='r'><h2>Publications</h2><ul style='padding-left:12px'>" +
             "".join(f"<li>{E(x)}</li>" for x in p["pubs"]) + "</ul><h2>Languages</h2>")
    for n, v in p["langs"]:
        h.append(f"<div>{E(n)}</div><div class='dots'>" + "".join("<span></span>" if i < v else "<span class='o'></span>" for i in range(5)) + "</div>")
    h.append("<h2>Certificates</h2><ul style='padding-left:12px'>" + "".join(f"<li>{E(x)}</li>" for x in p["certs"]) + "</ul>")
    h.append("</div></div></body></html>")
    return "".join(h)
