#!/usr/bin/env python3
"""Build w9 CVs: HTML -> Chromium print-to-PDF, scans (Pillow), broken files, truth.jsonl.
Run: cd /work/blind/w9 && .venv/bin/python generators/build.py"""
import html, json, os, subprocess, sys, random, shutil
from concurrent.futures import ThreadPoolExecutor
sys.path.insert(0, os.path.dirname(__file__))
from data import R, SCANS, BROKEN

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(BASE, "files")
WORK = os.path.join(BASE, "generators", "_html")
E = html.escape
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
PRESENT_WORDS = ["Present", "Current", "present", "ongoing", "Now"]


def ym(s):
    if s == "present":
        return (2026, 12)
    y, m = s.split("-")
    return int(y), int(m)


def months_set(s, e):
    y, m = ym(s)
    y2, m2 = ym(e)
    out = set()
    while (y, m) <= (y2, m2):
        out.add((y, m))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def fmt1(r, s):
    st = r["datefmt"]
    if s == "present":
        return PRESENT_WORDS[r["id"] % len(PRESENT_WORDS)] if st != "indeed" else "Present"
    y, m = ym(s)
    return {"mon": f"{MON[m-1]} {y}", "month": f"{MONTH[m-1]} {y}", "mm/yyyy": f"{m:02d}/{y}",
            "iso": f"{y}-{m:02d}", "dot": f"{m:02d}.{y}", "indeed": f"{MONTH[m-1]} {y}"}[st]


def dates(r, x):
    sep = " to " if r["datefmt"] == "indeed" else (" – " if r["id"] % 2 else " - ")
    if x["s"] == x["e"]:
        return fmt1(r, x["s"])
    return fmt1(r, x["s"]) + sep + fmt1(r, x["e"])


def duration(x):
    n = len(months_set(x["s"], x["e"]))
    y, m = divmod(n, 12)
    parts = []
    if y:
        parts.append(f"{y} year" + ("s" if y > 1 else ""))
    if m:
        parts.append(f"{m} month" + ("s" if m > 1 else ""))
    return " ".join(parts) or "1 month"


def display_name(r):
    n = r["name"]
    if r.get("prefix"):
        n = r["prefix"] + " " + n
    if r.get("suffix"):
        n = n + ", " + r["suffix"]
    return n


# ---------------------------------------------------------------- truth
def truth(r, fname, **extra):
    entries = []
    allm, clin = set(), set()
    for x in r["exp"]:
        if x.get("state"):
            entries.append({"type": x["type"], "specialty": x["spec"], "state": x["state"], "start": x["s"], "end": x["e"]})
            ms = months_set(x["s"], x["e"])
            allm |= ms
            if x["type"] in ("hands_on", "observership"):
                clin |= ms
    if r["pubs"] is None:
        pubs = None
    else:
        pubs = len(r["pubs"])
    t = {"file": fname, "layout": r["layout"], "full_name": r["name"], "email": r["email"], "phone_e164": r["e164"],
         "medical_school": r["school"], "medical_school_country": r["country"], "graduation_year": r["grad"],
         "is_student": r["student"], "usmle_step1": r["s1"], "usmle_step2ck": r["s2"], "usmle_step3": r["s3"],
         "ecfmg_status": r["ecfmg"], "specialties": r["specialties"], "languages": [l[2] for l in r["languages"]],
         "visa_status": r["visa"], "publications": pubs, "usce_months": len(allm), "usce_months_clinical": len(clin),
         "usce_entries": entries}
    t.update(extra)
    return t


# ---------------------------------------------------------------- svg icons
SVG = {
    "mail": '<svg width="11" height="11" viewBox="0 0 24 24"><path fill="currentColor" d="M2 4h20v16H2z M4 6v1l8 5 8-5V6l-8 5z"/></svg>',
    "phone": '<svg width="11" height="11" viewBox="0 0 24 24"><path fill="currentColor" d="M6.6 10.8a15 15 0 006.6 6.6l2.2-2.2a1 1 0 011-.25 11 11 0 003.6.6 1 1 0 011 1V20a1 1 0 01-1 1A17 17 0 013 4a1 1 0 011-1h3.5a1 1 0 011 1c0 1.25.2 2.45.6 3.6a1 1 0 01-.25 1z"/></svg>',
    "pin": '<svg width="11" height="11" viewBox="0 0 24 24"><path fill="currentColor" d="M12 2a7 7 0 00-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 00-7-7zm0 9.5A2.5 2.5 0 1112 6a2.5 2.5 0 010 5.5z"/></svg>',
    "cake": '<svg width="11" height="11" viewBox="0 0 24 24"><path fill="currentColor" d="M4 12h16v9H4z M11 5h2v6h-2z"/></svg>',
    "globe": '<svg width="11" height="11" viewBox="0 0 24 24"><circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2"/></svg>',
}


def bullets(x):
    return "<ul>" + "".join(f"<li>{E(b)}</li>" for b in x["bullets"]) + "</ul>"


def pubs_block(r, h="h2"):
    out = ""
    if r["pubs"] is None and not r.get("posters"):
        return ""
    heading = r.get("pubs_heading", "Publications")
    items = list(r["pubs"] or []) + list(r.get("posters") or [])
    out += f"<{h}>{E(heading)}</{h}>"
    if not items:
        out += f"<p>{E(r.get('pubs_none_text', 'None'))}</p>"
    else:
        out += "<ol class='pubs'>" + "".join(f"<li>{E(p)}</li>" for p in items) + "</ol>"
    return out


def refs_block(r, h="h2"):
    if not r["refs"]:
        return ""
    s = f"<{h}>References</{h}><div class='refs'>"
    for n, t, em, ph in r["refs"]:
        s += f"<div class='ref'><b>{E(n)}</b><br>{E(t)}<br>{E(em)} · {E(ph)}</div>"
    return s + "</div>"


# ---------------------------------------------------------------- layout 1: zety-like two-column
def L_zety(r):
    initials = "".join(w[0] for w in r["name"].split()[:2])
    color = ["#1f4e79", "#2d6a4f", "#5a189a", "#9d0208"][r["id"] % 4]
    dots = lambda n: "".join(f"<span class='dot {'on' if i < n else ''}'></span>" for i in range(5))
    left = f"""<div class='photo'>{E(initials)}</div>
<h3>Contact</h3>
<div class='ci'>{SVG['mail']} {E(r['email'])}</div>
<div class='ci'>{SVG['phone']} {E(r['phone'])}</div>
<div class='ci'>{SVG['pin']} {E(r['city'])}</div>"""
    if r.get("dob"):
        left += f"<div class='ci'>{SVG['cake']} {E(r['dob'])}</div>"
    if r.get("visa_text"):
        left += f"<div class='ci'>{SVG['globe']} {E(r['visa_text'])}</div>"
    left += "<h3>Skills</h3>" + "".join(f"<div class='sk'><span>{E(s)}</span><span>{dots(n)}</span></div>" for s, n in r["skills"])
    left += "<h3>Languages</h3>" + "".join(
        f"<div class='lg'>{E(l)}<div class='bar'><div style='width:{n*20}%'></div></div></div>" for l, n, _ in r["languages"])
    right = f"<h1>{E(display_name(r))}</h1><div class='hl'>{E(r['headline'])}</div>"
    right += f"<h2>Profile</h2><p>{E(r['objective'])}</p>"
    right += "<h2>Experience</h2>"
    for x in r["exp"]:
        right += f"<div class='job'><div class='jt'>{E(x['role'])}</div><div class='jm'>{E(x['org'])} | {E(x['place'])} | <i>{dates(r, x)}</i></div>{bullets(x)}</div>"
    right += "<h2>Education</h2>" + "".join(f"<div class='job'><div class='jt'>{E(d)}</div><div class='jm'>{E(s)} | {E(y)}</div></div>" for d, s, y in r["edu"])
    right += "<h2>Licensure &amp; Examinations</h2><ul>" + "".join(f"<li>{E(e)}</li>" for e in r["exams"]) + "</ul>"
    right += pubs_block(r) + refs_block(r)
    css = f"""@page {{ size: A4; margin: 0; }}
body {{ margin:0; font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; color:#222; }}
.bg {{ position: fixed; left:0; top:0; bottom:0; width:30%; background:{color}; z-index:-1; }}
.wrap {{ display:flex; }}
.left {{ width:30%; box-sizing:border-box; padding:14mm 4.5mm 14mm 5mm; color:#fff; }}
.right {{ width:70%; box-sizing:border-box; padding:14mm 10mm 12mm 9mm; }}
.photo {{ width:32mm; height:32mm; border-radius:50%; background:#ffffff33; border:3px solid #fff; margin:0 auto 8mm;
  display:flex; align-items:center; justify-content:center; font-size:24pt; font-weight:bold; }}
.left h3 {{ text-transform:uppercase; font-size:10pt; border-bottom:1px solid #fff8; padding-bottom:2px; margin:6mm 0 3mm; }}
.ci {{ margin:2mm 0; font-size:7.6pt; font-family:'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif; white-space:nowrap; }}
.sk {{ display:flex; justify-content:space-between; font-size:8.3pt; margin:1.5mm 0; }}
.dot {{ display:inline-block; width:7px; height:7px; border-radius:50%; border:1px solid #fff; margin-left:2px; }}
.dot.on {{ background:#fff; }}
.lg {{ font-size:8.5pt; margin:2mm 0; }} .bar {{ height:4px; background:#ffffff44; margin-top:1mm; }} .bar div {{ height:4px; background:#fff; }}
h1 {{ font-size:{'22pt' if len(display_name(r)) < 26 else '17pt'}; margin:0; color:{color}; white-space:nowrap; }} .hl {{ font-size:11pt; color:#555; margin-bottom:4mm; }}
h2 {{ font-size:11pt; color:{color}; text-transform:uppercase; border-bottom:2px solid {color}; margin:5mm 0 2mm; }}
.job {{ margin-bottom:3mm; break-inside:avoid; }} .jt {{ font-weight:bold; }} .jm {{ color:#555; font-size:8.8pt; }}
ul {{ margin:1mm 0; padding-left:5mm; }} .pubs {{ padding-left:5mm; font-size:8.8pt; }} .ref {{ margin-bottom:2mm; font-size:8.8pt; }}"""
    return f"<html><head><meta charset='utf-8'><style>{css}</style></head><body><div class='bg'></div><div class='wrap'><div class='left'>{left}</div><div class='right'>{right}</div></div></body></html>"


# ---------------------------------------------------------------- layout 2: resume.io-like
def L_resumeio(r):
    where = r.get("contact_where", "body")
    contact_line = " · ".join(E(v) for v in [r["city"], r["email"], r["phone"]] if v)
    head = f"<div class='name'>{E(display_name(r))}</div>"
    if r.get("native"):
        head += f"<div class='native'>{E(r['native'])}</div>"
    head += f"<div class='hl'>{E(r['headline'])}</div>"
    if where == "body":
        head += f"<div class='contact'>{contact_line}</div>"
    elif where == "table":
        head += f"""<table class='ct'><tr><td>Address</td><td>{E(r['city'])}</td><td>Phone</td><td>{E(r['phone'])}</td></tr>
<tr><td>E-mail</td><td>{E(r['email'])}</td><td>Birth</td><td>{E((r.get('dob') or '').split(':')[-1].strip())}</td></tr></table>"""
    head += "<hr>"
    body = ""
    if r.get("dob") and where != "table":
        body += f"<p class='small'>{E(r['dob'])}</p>"
    body += f"<h2>Profile</h2><p>{E(r['objective'])}"
    if r.get("visa_text"):
        body += f" {E(r['visa_text'])}."
    body += "</p>"
    body += "<h2>Employment History</h2>"
    for x in r["exp"]:
        body += f"<div class='job'><div class='row'><span class='jt'>{E(x['role'])}, {E(x['org'])}</span><span class='d'>{dates(r, x)}</span></div><div class='pl'>{E(x['place'])}</div>{bullets(x)}</div>"
    body += "<h2>Education</h2>" + "".join(
        f"<div class='job'><div class='row'><span class='jt'>{E(d)}, {E(s)}</span><span class='d'>{E(y)}</span></div></div>" for d, s, y in r["edu"])
    body += "<h2>Examinations</h2><ul>" + "".join(f"<li>{E(e)}</li>" for e in r["exams"]) + "</ul>"
    body += "<h2>Languages</h2><p>" + ", ".join(E(l) for l, _, _ in r["languages"]) + "</p>"
    body += pubs_block(r) + refs_block(r)
    foot = ""
    if where == "footer":
        foot = f"<div class='foot'>{E(r['email'])} &nbsp;|&nbsp; {E(r['phone'])} &nbsp;|&nbsp; {E(r['city'])}</div>"
    css = """@page { size: Letter; margin: 16mm 18mm 14mm 18mm; }
body { font-family: 'Liberation Serif', serif; font-size: 10.5pt; color:#111; margin:0; }
.name { font-family:'Liberation Sans', sans-serif; font-size: 34pt; font-weight: bold; letter-spacing: -0.5px; }
.native { font-family:'DejaVu Sans', sans-serif; font-size: 13pt; color:#444; }
.hl { font-size: 12pt; color:#555; margin-top:1mm; } .contact { font-size:9.5pt; margin-top:2mm; color:#333; }
hr { border:0; border-top: 0.6px solid #888; margin: 4mm 0 2mm; }
h2 { font-variant: small-caps; letter-spacing: 3px; font-size: 12pt; font-weight: normal; color:#333; margin: 5mm 0 2mm; font-family:'Liberation Sans', sans-serif; }
.row { display:flex; justify-content:space-between; } .jt { font-weight:bold; } .d { color:#555; white-space:nowrap; font-size:9.5pt; }
.pl { color:#666; font-size:9pt; font-style: italic; } ul { margin: 1mm 0 3mm; padding-left: 6mm; } .job { break-inside: avoid; }
.small { font-size:9pt; color:#555; } .ct td { font-size:9pt; padding:1mm 3mm 1mm 0; } .ct td:nth-child(odd) { color:#777; }
.pubs { padding-left:6mm; font-size:9.5pt; } .ref { margin-bottom: 2mm; }
.foot { position: fixed; bottom: 0; left:0; right:0; text-align:center; font-size:8.5pt; color:#555; font-family:'Liberation Sans', sans-serif; }"""
    return f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{foot}{head}{body}</body></html>"


# ---------------------------------------------------------------- layout 3: LinkedIn "Save to PDF"-like
def L_linkedin(r):
    slug = r["name"].lower().replace(" ", "-").encode("ascii", "ignore").decode()
    left = "<h3>Contact</h3>"
    if r["phone"]:
        left += f"<p>{E(r['phone'])} (Mobile)</p>"
    left += f"<p class='em'>{E(r['email'])}</p><p>www.linkedin.com/in/{E(slug)}-{r['id']*7391 % 9000 + 1000:x} (LinkedIn)</p>"
    left += "<h3>Top Skills</h3>" + "".join(f"<p>{E(s)}</p>" for s in r["top_skills"])
    left += "<h3>Languages</h3>" + "".join(f"<p>{E(l)}</p>" for l, _, _ in r["languages"])
    left += "<h3>Certifications</h3>" + "".join(f"<p>{E(e)}</p>" for e in r["exams"])
    if r["pubs"]:
        left += "<h3>Publications</h3>" + "".join(f"<p>{E(p.split(' (')[0])}</p>" for p in r["pubs"])
    right = f"<div class='name'>{E(r['name'])}</div>"
    if r.get("native"):
        right += f"<div class='native'>{E(r['native'])}</div>"
    right += f"<div class='hl'>{E(r['headline'])}</div><div class='loc'>{E(r['city'])}</div>"
    right += f"<h2>Summary</h2><p>{E(r['objective'])}</p>" + "".join(f"<p>{E(a)}</p>" for a in r.get("about", []))
    right += "<h2>Experience</h2>"
    for x in r["exp"]:
        right += (f"<div class='pos'><div class='co'>{E(x['org'])}</div><div class='ro'>{E(x['role'])}</div>"
                  f"<div class='dt'>{dates(r, x).replace(PRESENT_WORDS[r['id'] % 5], 'Present')} ({duration(x)})</div><div class='dt'>{E(x['place'])}</div>"
                  + "".join(f"<p>{E(b)}</p>" for b in x["bullets"]) + "</div>")
    right += "<h2>Education</h2>" + "".join(
        f"<div class='pos'><div class='co'>{E(s)}</div><div class='ro2'>{E(d)} · ({E(y)})</div></div>" for d, s, y in r["edu"])
    css = """@page { size: Letter; margin: 12mm 0 14mm 0; }
body { margin:0; font-family:'Liberation Sans', sans-serif; color:#000; font-size:10.5pt; }
.wrap { display:flex; align-items:flex-start; } .left { width:33%; background:#e9eef2; padding:6mm 4mm 10mm 6mm; box-sizing:border-box; font-size:9.3pt; }
.left p.em { font-size:8.4pt; white-space:nowrap; }
.left h3 { font-size:12pt; margin:6mm 0 2mm; } .left p { margin:0 0 1.5mm; color:#1a1a1a; word-break: break-word; }
.right { width:67%; padding:6mm 12mm 0 9mm; box-sizing:border-box; }
.name { font-size:26pt; } .right p { font-size:11.5pt; line-height:1.45; } .native { font-family:'DejaVu Sans'; font-size:12pt; color:#555; } .hl { font-size:12pt; margin-top:1mm; } .loc { color:#b0b0b0; font-size:10.5pt; margin-top:1mm; }
h2 { font-size:15pt; font-weight:normal; margin:7mm 0 3mm; } .pos { margin-bottom:5mm; break-inside: avoid; }
.co { font-size:13pt; } .ro { font-weight:bold; font-size:10.5pt; } .ro2 { font-size:10pt; } .dt { color:#b0b0b0; font-size:10pt; } .pos p { margin:1mm 0; }
.pg { position: fixed; bottom: -10mm; left: 0; right: 0; text-align: center; color:#aaa; font-size:9pt; }"""
    return f"<html><head><meta charset='utf-8'><style>{css}</style></head><body><div class='wrap'><div class='left'>{left}</div><div class='right'>{right}</div></div></body></html>"


# ---------------------------------------------------------------- layout 4: Indeed resume export
def L_indeed(r):
    h = f"<div class='name'>{E(r['name'])}</div>"
    if r.get("native"):
        h += f"<div class='sub'>{E(r['native'])}</div>"
    h += f"<div class='sub'>{E(r['headline'])}</div><div class='sub'>{E(r['city'])}</div><div class='sub'>{E(r['email'])}</div><div class='sub'>{E(r['phone'])}</div>"
    if r.get("dob"):
        h += f"<div class='sub'>{E(r['dob'])}</div>"
    h += f"<p class='sum'>{E(r['objective'])}</p>"
    if r.get("visa_text"):
        h += f"<p class='sum'>Authorized to work in the US for any employer: No. {E(r['visa_text'])}</p>"
    b = "<h2>Work Experience</h2>"
    for x in r["exp"]:
        b += f"<div class='it'><div class='t'>{E(x['role'])}</div><div>{E(x['org'])} - {E(x['place'])}</div><div class='d'>{dates(r, x)}</div>{bullets(x)}</div>"
    b += "<h2>Education</h2>" + "".join(f"<div class='it'><div class='t'>{E(d)}</div><div>{E(s)}</div><div class='d'>{E(y)}</div></div>" for d, s, y in r["edu"])
    b += "<h2>Skills</h2><ul>" + "".join(f"<li>{E(s)}</li>" for s in r["skills"]) + "</ul>"
    b += "<h2>Languages</h2><ul>" + "".join(f"<li>{E(l)} - {['','Beginner','Intermediate','Intermediate','Advanced','Fluent'][n]}</li>" for l, n, _ in r["languages"]) + "</ul>"
    b += "<h2>Certifications and Licenses</h2>" + "".join(f"<div class='it'><div class='t'>{E(e)}</div></div>" for e in r["exams"])
    if r["pubs"]:
        b += "<h2>Publications</h2>" + "".join(f"<div class='it'>{E(p)}</div>" for p in r["pubs"])
    if r["refs"]:
        b += "<h2>Additional Information</h2><p>References:</p>" + "".join(
            f"<div class='it'>{E(n)} — {E(t)} — {E(em)} — {E(ph)}</div>" for n, t, em, ph in r["refs"])
    css = """@page { size: Letter; margin: 18mm 20mm; }
body { font-family:'Liberation Sans', 'DejaVu Sans', sans-serif; font-size:10.5pt; color:#2d2d2d; margin:0; }
.name { font-size:20pt; font-weight:bold; color:#000; } .sub { font-size:10pt; color:#595959; }
.sum { margin:4mm 0; } h2 { font-size:13pt; border-bottom:1px solid #d4d2d0; padding-bottom:1mm; margin:6mm 0 3mm; color:#000; }
.it { margin-bottom:3mm; } .t { font-weight:bold; } .d { color:#767676; font-size:9.5pt; } ul { margin:1mm 0; }"""
    return f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{h}{b}</body></html>"


# ---------------------------------------------------------------- layout 5: ERAS "Experiences"-like
def L_eras(r):
    h = f"<div class='top'><div class='name'>{E(r['name'])}{', ' + E(r['suffix']) if r.get('suffix') else ''}</div>"
    if r.get("native"):
        h += f"<div class='nat'>{E(r['native'])}</div>"
    h += f"<table class='kv'><tr><td>Preferred Email</td><td>{E(r['email'])}</td></tr><tr><td>Preferred Phone</td><td>{E(r['phone'])}</td></tr><tr><td>Current Location</td><td>{E(r['city'])}</td></tr>"
    if r.get("dob"):
        h += f"<tr><td>Birth Date</td><td>{E(r['dob'].split(':')[-1].strip())}</td></tr>"
    if r.get("visa_text"):
        h += f"<tr><td>Citizenship / Visa</td><td>{E(r['visa_text'])}</td></tr>"
    h += f"<tr><td>Specialty</td><td>{E(r['objective'].split(':')[-1].strip())}</td></tr></table></div>"
    b = "<h2>Education</h2>" + "".join(f"<table class='kv'><tr><td>School</td><td>{E(s)}</td></tr><tr><td>Degree</td><td>{E(d)}</td></tr><tr><td>Dates</td><td>{E(y)}</td></tr></table>" for d, s, y in r["edu"])
    b += "<h2>Experiences</h2>"
    for x in r["exp"]:
        city = x["place"]
        b += f"""<table class='ex'><tr><th colspan=2>{E(x['role'])}</th></tr>
<tr><td>Experience Type</td><td>{E(x['etype'])}</td></tr><tr><td>Setting</td><td>{E(x['setting'])}</td></tr>
<tr><td>Organization</td><td>{E(x['org'])}</td></tr><tr><td>City/State</td><td>{E(city)}</td></tr>
<tr><td>Dates</td><td>{dates(r, x)}</td></tr><tr><td>Hours/week</td><td>{x['hours']}</td></tr>
<tr><td>Description</td><td>{E(' '.join(x['bullets']))}</td></tr></table>"""
    b += "<h2>Licensure Exams</h2><table class='kv'>" + "".join(
        f"<tr><td>{E(e.split(':')[0])}</td><td>{E(e.split(':', 1)[1].strip() if ':' in e else '')}</td></tr>" for e in r["exams"]) + "</table>"
    b += "<h2>Language Fluency</h2><table class='kv'>" + "".join(
        f"<tr><td>{E(l.split('–')[0].strip())}</td><td>{E(l.split('–')[1].strip().capitalize() if '–' in l else '')}</td></tr>" for l, _, _ in r["languages"]) + "</table>"
    b += pubs_block(r) + refs_block(r)
    css = """@page { size: Letter; margin: 15mm 15mm 18mm; }
body { font-family:'DejaVu Sans', sans-serif; font-size:9pt; margin:0; color:#000; }
.name { font-size:16pt; font-weight:bold; } .nat { font-size:11pt; }
h2 { background:#d9e2ec; font-size:10.5pt; padding:1.5mm 2mm; margin:5mm 0 2mm; }
table { border-collapse:collapse; width:100%; margin-bottom:3mm; break-inside: avoid; }
.kv td { padding:0.8mm 2mm; vertical-align:top; } .kv td:first-child { width:40mm; font-weight:bold; color:#333; }
.ex { border:1px solid #999; } .ex th { text-align:left; background:#f0f0f0; padding:1.2mm 2mm; border-bottom:1px solid #999; }
.ex td { padding:0.8mm 2mm; vertical-align:top; border-bottom:1px dotted #ccc; } .ex td:first-child { width:36mm; color:#444; }
.pubs { padding-left:6mm; } .ref { margin-bottom:2mm; }"""
    return f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{h}{b}</body></html>"


# ---------------------------------------------------------------- layout 6: CSS-grid cards
def L_cards(r):
    where = r.get("contact_where", "body")
    if where == "table":
        contact = f"""<table class='ct'><tr><th>E-mail</th><th>Telepon / Phone</th><th>Alamat / Address</th></tr>
<tr><td>{E(r['email'])}</td><td>{E(r['phone'])}</td><td>{E(r['city'])}</td></tr></table>"""
    else:
        contact = f"<p>✉ {E(r['email'])}<br>☎ {E(r['phone'])}<br>⌂ {E(r['city'])}</p>"
    if r.get("dob"):
        contact += f"<p class='sm'>{E(r['dob'])}</p>"
    cards = []
    cards.append(("Contact", contact))
    cards.append(("About", f"<p>{E(r['objective'])}</p>"))
    us = [x for x in r["exp"] if x.get("state")]
    other = [x for x in r["exp"] if not x.get("state")]
    ex = lambda xs: "".join(f"<div class='j'><b>{E(x['role'])}</b><br>{E(x['org'])}, {E(x['place'])}<br><span class='d'>{dates(r, x)}</span>{bullets(x)}</div>" for x in xs)
    cards.append(("U.S. Experience", ex(us) or "<p>—</p>"))
    cards.append(("Clinical Work (home country)", ex(other)))
    cards.append(("Education", "".join(f"<div class='j'><b>{E(d)}</b><br>{E(s)}<br><span class='d'>{E(y)}</span></div>" for d, s, y in r["edu"])))
    cards.append(("USMLE & Certification", "<ul>" + "".join(f"<li>{E(e)}</li>" for e in r["exams"]) + "</ul>"))
    cards.append(("Languages", "<ul>" + "".join(f"<li>{E(l)}</li>" for l, _, _ in r["languages"]) + "</ul>"))
    cards.append(("Skills", "<ul>" + "".join(f"<li>{E(s)}</li>" for s in r["skills"]) + "</ul>"))
    p = pubs_block(r, "h4")
    if p:
        cards.append(("Research Output", p))
    rf = refs_block(r, "h4")
    if rf:
        cards.append(("Referees", rf))
    grid = "".join(f"<section class='card'><h3>{E(t)}</h3>{c}</section>" for t, c in cards)
    accent = ["#0077b6", "#e76f51", "#2a9d8f"][r["id"] % 3]
    head = f"<header><div class='nm'>{E(display_name(r))}</div>"
    if r.get("native"):
        head += f"<div class='nat'>{E(r['native'])}</div>"
    head += f"<div class='hl'>{E(r['headline'])}</div></header>"
    css = f"""@page {{ size: A4; margin: 10mm; }}
body {{ font-family:'Liberation Sans', 'DejaVu Sans', sans-serif; font-size:8.8pt; margin:0; color:#222; }}
header {{ background:{accent}; color:#fff; padding:5mm 6mm; border-radius:3mm; margin-bottom:4mm; }}
.nm {{ font-size:20pt; font-weight:bold; }} .nat {{ font-size:12pt; font-family:'DejaVu Sans'; }} .hl {{ font-size:11pt; opacity:.9; }}
.grid {{ display:grid; grid-template-columns: 1fr 1fr; gap: 4mm; }}
.card {{ border:1px solid #ccc; border-top:3px solid {accent}; border-radius:2mm; padding:3mm 4mm; break-inside: avoid; }}
.card h3 {{ margin:0 0 2mm; font-size:10.5pt; color:{accent}; text-transform:uppercase; letter-spacing:1px; }}
.card h4 {{ display:none; }} .j {{ margin-bottom:2.5mm; }} .d {{ color:#777; }} ul {{ margin:1mm 0; padding-left:4.5mm; }}
.ct {{ border-collapse:collapse; width:100%; }} .ct td, .ct th {{ border:1px solid #bbb; padding:1mm; font-size:8pt; text-align:left; }}
.sm {{ color:#666; }} .pubs {{ padding-left:4.5mm; margin:0; }} .ref {{ margin-bottom:2mm; }}"""
    return f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{head}<div class='grid'>{grid}</div></body></html>"


LAYOUTS = {"zety2col": L_zety, "resumeio": L_resumeio, "linkedin": L_linkedin, "indeed": L_indeed, "eras": L_eras, "cards": L_cards}


def fname(r):
    return f"w9_{r['id']:03d}_{r['layout']}.pdf"


def chromium_pdf(htmlpath, pdfpath):
    prof = htmlpath + ".profile"
    cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={prof}", "--no-pdf-header-footer",
           f"--print-to-pdf={pdfpath}", "file://" + htmlpath]
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    shutil.rmtree(prof, ignore_errors=True)
    if not os.path.exists(pdfpath):
        raise RuntimeError("chromium failed for " + htmlpath)


def main():
    os.makedirs(FILES, exist_ok=True)
    os.makedirs(WORK, exist_ok=True)
    for f in os.listdir(FILES):
        os.remove(os.path.join(FILES, f))
    jobs = []
    for r in R:
        hp = os.path.join(WORK, f"w9_{r['id']:03d}.html")
        with open(hp, "w", encoding="utf-8") as fh:
            title = {"zety2col": r["name"].replace(" ", "_") + "_Resume", "resumeio": r["name"] + " - Resume", "linkedin": "Profile",
                     "indeed": "Resume", "eras": "CV - " + r["name"], "cards": r["name"] + " CV"}[r["layout"]]
            fh.write(LAYOUTS[r["layout"]](r).replace("<head>", f"<head><title>{E(title)}</title>", 1))
        jobs.append((hp, os.path.join(FILES, fname(r))))
    with ThreadPoolExecutor(6) as ex:
        list(ex.map(lambda j: chromium_pdf(*j), jobs))
    rows = [truth(r, fname(r)) for r in R]
    # scans
    import scans
    byid = {r["id"]: r for r in R}
    for src, num, style in SCANS:
        r = byid[src]
        out = scans.make_scan(os.path.join(FILES, fname(r)), FILES, f"w9_{num:03d}_scan_{style}", style, seed=num)
        rows.append(truth(r, os.path.basename(out), layout=f"scan_{style}", needs_ocr=True))
    # broken
    for num, kind in BROKEN:
        out = os.path.join(FILES, f"w9_{num:03d}_{kind}.pdf")
        scans.make_broken(kind, os.path.join(FILES, fname(byid[9 if kind == 'truncated_noxref' else 3])), out, seed=num)
        rows.append({"file": os.path.basename(out), "layout": kind, "error": True})
    with open(os.path.join(BASE, "truth.jsonl"), "w", encoding="utf-8") as fh:
        for t in rows:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    print(len(rows), "rows")


if __name__ == "__main__":
    main()
