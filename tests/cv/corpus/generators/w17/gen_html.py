# -*- coding: utf-8 -*-
"""HTML/CSS résumés in the style of Canva / online builders, printed by headless Chromium."""
import os, subprocess, sys, html
sys.path.insert(0, os.path.dirname(__file__))
from data import P

E = html.escape
ICON = {
 "mail": '<svg width="12" height="12" viewBox="0 0 24 24"><path fill="currentColor" d="M2 4h20v16H2z M4 6v.5l8 5 8-5V6z" fill-rule="evenodd"/></svg>',
 "phone": '<svg width="12" height="12" viewBox="0 0 24 24"><path fill="currentColor" d="M6.6 10.8a15 15 0 006.6 6.6l2.2-2.2a1 1 0 011-.25 11 11 0 003.5.56 1 1 0 011 1V20a1 1 0 01-1 1A17 17 0 013 4a1 1 0 011-1h3.5a1 1 0 011 1 11 11 0 00.56 3.5 1 1 0 01-.25 1z"/></svg>',
 "pin": '<svg width="12" height="12" viewBox="0 0 24 24"><path fill="currentColor" d="M12 2a7 7 0 00-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 00-7-7zm0 9.5A2.5 2.5 0 1112 6a2.5 2.5 0 010 5.5z"/></svg>',
 "cake": '<svg width="12" height="12" viewBox="0 0 24 24"><circle cx="12" cy="12" r="9" fill="currentColor"/></svg>',
}
def lang_names(p):
    return [l[0] if isinstance(l, tuple) else l for l in p["langs"]]

def chromium_pdf(html_text, out_pdf, tmpname):
    hp = f"/tmp/w17_html/{tmpname}.html"
    os.makedirs("/tmp/w17_html", exist_ok=True)
    open(hp, "w", encoding="utf-8").write(html_text)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--user-data-dir=/tmp/w17_chrome", f"--print-to-pdf={out_pdf}", "file://" + hp],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)

BASE = "<!DOCTYPE html><html><head><meta charset='utf-8'><style>@page{size:Letter;margin:0}body{margin:0;font-family:'DejaVu Sans','Liberation Sans',Arial,sans-serif;font-size:10.5px;color:#222}%s</style></head><body>%s</body></html>"

def scores_line(p):
    s = [f"USMLE Step 1: {p['s1_disp']}", f"Step 2 CK: {p['s2_disp']}"]
    if p.get("s3"): s.append(f"Step 3: {p['s3_disp']}")
    return s

# ---------- 001: colored header band, photo circle, icons, progress bars (absolute positioning)
def l_canva_band(p):
    css = """.band{position:absolute;left:0;top:0;width:816px;height:150px;background:#1f6f78}
.photo{position:absolute;left:40px;top:25px;width:100px;height:100px;border-radius:50%;background:#d9e6e8;border:4px solid #fff}
.nm{position:absolute;left:170px;top:38px;color:#fff;font-size:30px;font-weight:bold;letter-spacing:1px}
.tt{position:absolute;left:172px;top:82px;color:#cde;font-size:13px}
.left{position:absolute;left:0;top:150px;width:260px;height:906px;background:#eef4f5}
.blk{position:absolute}
h3{color:#1f6f78;font-size:12px;letter-spacing:2px;border-bottom:2px solid #1f6f78;margin:0 0 6px 0;padding-bottom:2px}
.ic{color:#1f6f78;margin-right:6px;vertical-align:middle}
.bar{height:6px;background:#cfdadc;border-radius:3px;margin:2px 0 7px}.bar i{display:block;height:6px;background:#1f6f78;border-radius:3px}
.it{margin-bottom:7px}.it b{display:block}.dt{color:#777;font-style:italic}"""
    c = []
    c.append("<div class='band'></div><div class='photo'></div>")
    c.append(f"<div class='nm'>{E(p['name'].upper())}</div><div class='tt'>{E(p['title'])}</div>")
    c.append("<div class='left'></div>")
    c.append(f"""<div class='blk' style='left:24px;top:175px;width:215px'><h3>CONTACT</h3>
<div class='it'><span class='ic'>{ICON['phone']}</span>{E(p['phone_disp'])}</div>
<div class='it'><span class='ic'>{ICON['mail']}</span>{E(p['email'])}</div>
<div class='it'><span class='ic'>{ICON['pin']}</span>{E(p['addr'])}</div>
<div class='it'><span class='ic'>{ICON['cake']}</span>{E(p['born'])}</div></div>""")
    sk = "".join(f"<div>{E(n)}</div><div class='bar'><i style='width:{v}%'></i></div>" for n, v in p["skills"])
    c.append(f"<div class='blk' style='left:24px;top:330px;width:215px'><h3>SKILLS</h3>{sk}</div>")
    lg = "".join(f"<div>{E(n)}</div><div class='bar'><i style='width:{v}%'></i></div>" for n, v in p["langs"])
    c.append(f"<div class='blk' style='left:24px;top:510px;width:215px'><h3>LANGUAGES</h3>{lg}</div>")
    c.append(f"<div class='blk' style='left:24px;top:640px;width:215px'><h3>EXAMS</h3>" + "".join(f"<div class='it'>{E(s)}</div>" for s in scores_line(p)) + f"<div class='it'>{E(p['ecfmg_disp'])}</div><div class='it'>{E(p['visa_disp'])}</div></div>")
    ex = "".join(f"<div class='it'><b>{E(u['role'])}</b>{E(u['org'])}, {E(u['city'])}<br><span class='dt'>{E(u['disp'])}</span></div>" for u in p["usce"])
    ex += "".join(f"<div class='it'><b>{E(r)}</b>{E(o)}, {E(pl)}<br><span class='dt'>{E(d)}</span></div>" for r, o, pl, d in p["nonus"])
    c.append(f"<div class='blk' style='left:290px;top:175px;width:490px'><h3>PROFILE</h3><div>Internal medicine-focused physician from Chennai seeking a categorical Internal Medicine residency position for the 2027 Match. Strong inpatient experience in a high-volume tertiary government hospital.</div></div>")
    c.append(f"<div class='blk' style='left:290px;top:250px;width:490px'><h3>EDUCATION</h3><div class='it'>{E(p['school_line'])}</div></div>")
    c.append(f"<div class='blk' style='left:290px;top:320px;width:490px'><h3>CLINICAL EXPERIENCE</h3>{ex}</div>")
    pb = "".join(f"<div class='it'>{i+1}. {E(x)}</div>" for i, x in enumerate(p["pubs"])) + "".join(f"<div class='it'>{E(x)}</div>" for x in p["posters"])
    c.append(f"<div class='blk' style='left:290px;top:610px;width:490px'><h3>PUBLICATIONS &amp; PRESENTATIONS</h3>{pb}</div>")
    rf = "".join(f"<div class='it'><b>{E(n)}</b>{E(t)}<br>{E(e)} · {E(ph)}</div>" for n, t, e, ph in p["refs"])
    c.append(f"<div class='blk' style='left:290px;top:790px;width:490px'><h3>REFERENCES</h3>{rf}</div>")
    return BASE % (css, "".join(c))

# ---------- 002: right column with dates
def l_right_dates(p):
    css = """body{padding:44px 54px}.hd{text-align:center;border-bottom:3px double #333;padding-bottom:8px}
.hd h1{margin:0;font-family:Georgia,'DejaVu Serif',serif;font-size:26px;font-weight:normal;letter-spacing:3px}
.hd div{font-size:10px;color:#444}
h2{font-family:Georgia,'DejaVu Serif',serif;font-size:13px;text-transform:uppercase;margin:14px 0 4px;color:#7a1f1f}
.row{display:flex;justify-content:space-between;margin-bottom:5px}.row .l{width:78%}.row .r{width:21%;text-align:right;font-weight:bold;color:#555}
ul{margin:2px 0 4px 16px;padding:0}"""
    c = [f"<div class='hd'><h1>{E(p['name'])}</h1><div>{E(p['title'])}</div><div>{E(p['addr'])} &nbsp;|&nbsp; {E(p['phone_disp'])} &nbsp;|&nbsp; {E(p['email'])} &nbsp;|&nbsp; {E(p['born'])}</div></div>"]
    c.append("<h2>Education</h2>" + f"<div class='row'><div class='l'>{E(p['school_line'])}</div><div class='r'>{E(p['school_dates'])}</div></div>")
    c.append("<h2>Licensing Examinations</h2>" + "".join(f"<div class='row'><div class='l'>{E(s)}</div><div class='r'></div></div>" for s in scores_line(p)) +
             f"<div class='row'><div class='l'>{E(p['ecfmg_disp'])}</div></div><div class='row'><div class='l'>{E(p['visa_disp'])}</div></div>")
    c.append("<h2>U.S. Clinical &amp; Research Experience</h2>")
    for u in p["usce"]:
        c.append(f"<div class='row'><div class='l'><b>{E(u['role'])}</b><br>{E(u['org'])} — {E(u['city'])}<ul><li>Pre-rounded on 6–8 patients, presented on rounds, wrote progress notes in Epic.</li></ul></div><div class='r'>{E(u['disp'])}</div></div>")
    c.append("<h2>Clinical Experience (Pakistan)</h2>")
    for r, o, pl, d in p["nonus"]:
        c.append(f"<div class='row'><div class='l'><b>{E(r)}</b><br>{E(o)}, {E(pl)}</div><div class='r'>{E(d)}</div></div>")
    c.append("<h2>Peer-Reviewed Publications</h2><ol style='margin:2px 0 0 16px;padding:0'>" + "".join(f"<li>{E(x)}</li>" for x in p["pubs"]) + "</ol>")
    c.append("<h2>Abstracts &amp; Works in Progress</h2><ul>" + "".join(f"<li>{E(x)}</li>" for x in p["posters"]) + "</ul>")
    c.append(f"<h2>Career Interest</h2><div>Internal Medicine residency with subsequent fellowship in Gastroenterology.</div>")
    c.append(f"<h2>Languages</h2><div>{', '.join(lang_names(p))}</div>")
    c.append("<h2>References</h2>" + "".join(f"<div class='row'><div class='l'><b>{E(n)}</b>, {E(t)}<br>{E(e)} · {E(ph)}</div></div>" for n, t, e, ph in p["refs"]))
    return BASE % (css, "".join(c))

# ---------- 003: ERAS-style Experiences list
def l_eras(p):
    css = """body{padding:40px 50px;font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5px}
.top{background:#003a70;color:#fff;padding:10px 14px;font-size:11px}.top b{font-size:18px}
h2{background:#e4e9f0;color:#003a70;font-size:12px;padding:3px 8px;margin:14px 0 6px}
table.f{border-collapse:collapse;width:100%;margin-bottom:8px}table.f td{padding:1px 6px;vertical-align:top}table.f td.k{width:150px;color:#555;font-weight:bold}
.exp{border-bottom:1px solid #ccc;padding-bottom:5px;margin-bottom:6px}"""
    c = [f"<div class='top'>MyERAS Application — Applicant Summary (print view)<br><b>{E(p['name'])}</b></div>"]
    c.append("<h2>Biographic Information</h2><table class='f'>" +
             f"<tr><td class='k'>Preferred Email</td><td>{E(p['email'])}</td></tr><tr><td class='k'>Preferred Phone</td><td>{E(p['phone_disp'])}</td></tr>"
             f"<tr><td class='k'>Permanent Address</td><td>{E(p['addr'])}</td></tr><tr><td class='k'>Birth Year</td><td>1995</td></tr>"
             f"<tr><td class='k'>Current Visa Status</td><td>{E(p['visa_disp'])}</td></tr><tr><td class='k'>ECFMG Status</td><td>{E(p['ecfmg_disp'])}</td></tr>"
             f"<tr><td class='k'>Specialty Applied</td><td>Pediatrics (Categorical)</td></tr></table>")
    c.append("<h2>Education</h2><table class='f'>" + f"<tr><td class='k'>Medical School</td><td>{E(p['school_line'])}</td></tr><tr><td class='k'>Degree</td><td>MBBS (awarded Oct 2020)</td></tr></table>")
    c.append("<h2>USMLE</h2><table class='f'>" + f"<tr><td class='k'>Step 1</td><td>{E(p['s1_disp'])}</td></tr><tr><td class='k'>Step 2 CK</td><td>{E(p['s2_disp'])}</td></tr><tr><td class='k'>Step 3</td><td>Not taken</td></tr></table>")
    c.append("<h2>Experiences</h2>")
    allx = [("Clinical Experience", u["org"], u["city"], u["disp"], u["role"]) for u in p["usce"]]
    allx += [("Work Experience", o, pl, d, r) for r, o, pl, d in p["nonus"]]
    allx.append(("Volunteer Experience", "Medical Missions Nigeria", "Nsukka, Enugu State", "2019 – 2020", "Volunteer, free pediatric outreach clinics"))
    for t, o, city, d, r in allx:
        c.append(f"<div class='exp'><table class='f'><tr><td class='k'>Experience Type</td><td>{E(t)}</td></tr><tr><td class='k'>Position Title</td><td>{E(r)}</td></tr>"
                 f"<tr><td class='k'>Organization</td><td>{E(o)}</td></tr><tr><td class='k'>City, State</td><td>{E(city)}</td></tr><tr><td class='k'>Dates</td><td>{E(d)}</td></tr></table></div>")
    c.append("<h2>Publications</h2><table class='f'>" + "".join(f"<tr><td class='k'>Peer Reviewed Journal Articles</td><td>{E(x)}</td></tr>" for x in p["pubs"]) +
             "".join(f"<tr><td class='k'>Poster / Oral Presentation</td><td>{E(x)}</td></tr>" for x in p["posters"]) + "</table>")
    c.append(f"<h2>Language Fluency</h2><table class='f'>" + "".join(f"<tr><td class='k'>{E(l)}</td><td>{'Native Proficiency' if l!='Yoruba' else 'Advanced'}</td></tr>" for l in lang_names(p)) + "</table>")
    c.append("<h2>Letter Authors</h2>" + "".join(f"<div>{E(n)} — {E(t)} — {E(e)} — {E(ph)}</div>" for n, t, e, ph in p["refs"]))
    return BASE % (css, "".join(c))

# ---------- 004: one-page clinical rotations table with merged cells
def l_rot_table(p):
    css = """body{padding:38px 48px;font-size:10px}h1{margin:0;font-size:24px;color:#3b2a6b}.sub{color:#555;margin-bottom:8px}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:4px 6px;vertical-align:top}th{background:#3b2a6b;color:#fff;text-align:left}
h2{font-size:12px;color:#3b2a6b;margin:12px 0 4px;text-transform:uppercase}.mrg{background:#f1edf9;font-weight:bold}"""
    c = [f"<h1>{E(p['name'])}, MD</h1><div class='sub'>{E(p['addr'])} · {E(p['phone_disp'])} · {E(p['email'])}</div>"]
    c.append("<h2>Education &amp; Examinations</h2><table><tr><th>Item</th><th>Detail</th></tr>" +
             f"<tr><td>Medical degree</td><td>{E(p['school_line'])}</td></tr><tr><td>USMLE</td><td>Step 1: {E(p['s1_disp'])}; Step 2 CK: {E(p['s2_disp'])}</td></tr>"
             f"<tr><td>ECFMG</td><td>{E(p['ecfmg_disp'])}</td></tr><tr><td>Immigration status</td><td>{E(p['visa_disp'])}</td></tr><tr><td>Specialty goal</td><td>Family Medicine (primary) / Emergency Medicine (parallel)</td></tr></table>")
    c.append("<h2>Clinical Rotations</h2><table><tr><th>Phase</th><th>Rotation</th><th>Hospital</th><th>Location</th><th>Dates</th><th>Weeks</th></tr>")
    n = len(p["usce"])
    wk = {"Internal Medicine": 12, "General Surgery": 12, "Psychiatry": 6, "Family Medicine": 6}
    for i, u in enumerate(p["usce"]):
        first = f"<td rowspan='{n}' class='mrg'>Core clinical clerkships (United States)</td>" if i == 0 else ""
        c.append(f"<tr>{first}<td>{E(u['specialty'])}</td><td>{E(u['org'])}</td><td>{E(u['city'])}</td><td>{E(u['disp'])}</td><td>{wk[u['specialty']]}</td></tr>")
    c.append("<tr><td class='mrg'>Pre-clinical</td><td colspan='3'>Basic Sciences, Ross University, Barbados</td><td colspan='2'>2021 – 2023</td></tr></table>")
    c.append("<h2>Other</h2><table><tr><td style='width:25%'>Presentations</td><td>" + "<br>".join(E(x) for x in p["posters"]) + "</td></tr><tr><td>Publications</td><td>None</td></tr>"
             f"<tr><td>Languages</td><td>English</td></tr><tr><td>Reference</td><td>{E(p['refs'][0][0])}, {E(p['refs'][0][1])}, {E(p['refs'][0][2])}, {E(p['refs'][0][3])}</td></tr></table>")
    return BASE % (css, "".join(c))

# ---------- 005: vertical left rail headings
def l_rail(p):
    css = """.sec{display:flex;border-bottom:1px solid #ddd;margin:0 40px}.rail{width:38px;background:#8b1e3f;position:relative;min-height:90px}
.rail span{position:absolute;left:50%;top:50%;transform:translate(-50%,-50%) rotate(-90deg);color:#fff;font-weight:bold;letter-spacing:3px;white-space:nowrap;font-size:11px}
.body{flex:1;padding:10px 14px}.hd{margin:36px 40px 12px}.hd h1{margin:0;font-size:28px;color:#8b1e3f}.nat{font-size:18px;color:#555;direction:rtl;font-family:'DejaVu Sans',sans-serif}
.it{margin-bottom:6px}.d{float:right;color:#666}"""
    c = [f"<div class='hd'><h1>{E(p['name'])}</h1><div class='nat'>{E(p['native'])}</div><div>{E(p['phone_disp'])} | {E(p['email'])} | {E(p['addr'])} | {E(p['born'])}</div></div>"]
    def sec(t, inner):
        c.append(f"<div class='sec'><div class='rail'><span>{E(t)}</span></div><div class='body'>{inner}</div></div>")
    sec("EDUCATION", f"<div class='it'>{E(p['school_line'])}</div>")
    sec("EXAMS", "<br>".join(E(s) for s in scores_line(p)) + f"<br>{E(p['ecfmg_disp'])}<br>Status: {E(p['visa_disp'])}")
    sec("US EXPERIENCE", "".join(f"<div class='it'><span class='d'>{E(u['disp'])}</span><b>{E(u['role'])}</b><br>{E(u['org'])}, {E(u['city'])}</div>" for u in p["usce"]))
    sec("IRAN", "".join(f"<div class='it'><span class='d'>{E(d)}</span><b>{E(r)}</b><br>{E(o)}, {E(pl)}</div>" for r, o, pl, d in p["nonus"]))
    sec("RESEARCH", "<ol style='margin:0;padding-left:16px'>" + "".join(f"<li>{E(x)}</li>" for x in p["pubs"]) + "</ol>" + "".join(f"<div>{E(x)}</div>" for x in p["posters"]))
    sec("GOALS", "Categorical Internal Medicine residency; long-term goal: Cardiology fellowship.")
    sec("LANG", "Farsi (native) · English (fluent) · Azerbaijani (conversational)")
    sec("REFS", "".join(f"<div>{E(n)}, {E(t)} — {E(e)}, {E(ph)}</div>" for n, t, e, ph in p["refs"]))
    return BASE % (css, "".join(c))

# ---------- 006: two-column grid that flows onto page 2
def l_two_col(p):
    css = """@page{margin:40px 0}body{padding:0 44px;font-size:13px}.hd{border-left:8px solid #2c7a3f;padding-left:12px;margin-bottom:10px}.hd h1{margin:0;font-size:24px}.nat{font-size:15px;color:#2c7a3f}
.grid{column-count:2;column-gap:26px}h2{font-size:12px;color:#2c7a3f;border-bottom:1px solid #2c7a3f;margin:10px 0 4px;break-after:avoid}
.it{margin-bottom:8px;break-inside:avoid}.d{color:#2c7a3f;font-weight:bold;display:block}p{margin:0 0 6px}"""
    c = [f"<div class='hd'><h1>{E(p['name'])}</h1><div class='nat'>{E(p['native'])}</div><div>{E(p['email'])} • {E(p['phone_disp'])} • {E(p['addr'])} • {E(p['born'])}</div></div><div class='grid'>"]
    c.append("<h2>Objective</h2><p>Seeking an Internal Medicine residency with a goal of Nephrology fellowship.</p>")
    c.append(f"<h2>Education</h2><div class='it'>{E(p['school_line'])}</div>")
    c.append("<h2>USMLE</h2>" + "".join(f"<div>{E(s)}</div>" for s in scores_line(p)) + f"<div>ECFMG: {E(p['ecfmg_disp'])}</div><div>{E(p['visa_disp'])}</div>")
    c.append("<h2>US Experience</h2>" + "".join(f"<div class='it'><span class='d'>{E(u['disp'])}</span><b>{E(u['role'])}</b><br>{E(u['org'])}, {E(u['city'])}<p>Managed patients with CKD, AKI, electrolyte disorders; attended dialysis rounds and transplant clinic. Participated in weekly journal clubs and morbidity conferences. Presented two cases at the renal grand rounds; reviewed biopsy slides with renal pathology; counseled patients on dialysis modality choices and transplant evaluation; coordinated discharges with social work and case management.</p></div>" for u in p["usce"]))
    c.append("<h2>Experience in Bangladesh</h2>" + "".join(f"<div class='it'><span class='d'>{E(d)}</span><b>{E(r)}</b><br>{E(o)}, {E(pl)}<p>Full-time clinical duties on a 60-bed medical ward; night on-calls; supervised interns. Performed temporary dialysis catheter insertions, managed peritoneal dialysis patients, ran the weekly CKD outpatient clinic with 40–60 patients per session, and taught third-year students bedside examination.</p></div>" for r, o, pl, d in p["nonus"]))
    c.append("<h2>Publications (peer-reviewed)</h2>" + "".join(f"<div class='it'>{i+1}. {E(x)}</div>" for i, x in enumerate(p["pubs"])))
    c.append("<h2>Posters &amp; Other</h2>" + "".join(f"<div class='it'>{E(x)}</div>" for x in p["posters"]))
    c.append("<h2>Awards</h2><div class='it'>Gold medal in Medicine, Dhaka Medical College (2016)</div><div class='it'>ISN Fellowship Award (2021)</div>")
    c.append("<h2>Volunteering</h2><div class='it'>Flood-relief medical camps, Sylhet (2017, 2022). Rohingya refugee camp clinics, Cox's Bazar (2018).</div>")
    c.append("<h2>Skills</h2><div class='it'>Hemodialysis catheter insertion (supervised), renal ultrasound, R, STATA, REDCap, Epic.</div>")
    c.append(f"<h2>Languages</h2><div class='it'>{', '.join(lang_names(p))}</div>")
    c.append("<h2>References</h2>" + "".join(f"<div class='it'><b>{E(n)}</b><br>{E(t)}<br>{E(e)}<br>{E(ph)}</div>" for n, t, e, ph in p["refs"]))
    c.append("</div>")
    return BASE % (css, "".join(c))

# ---------- 007: contacts only in a dark sidebar
def l_sidebar(p):
    css = """.sb{position:absolute;left:0;top:0;width:230px;height:1056px;background:#22303c;color:#e8eef2}
.sb .in{padding:40px 20px}.sb h4{color:#f5b971;letter-spacing:2px;font-size:11px;margin:18px 0 6px}.sb div{margin-bottom:5px;word-wrap:break-word}
.photo{width:110px;height:110px;border-radius:50%;background:#536471;margin:0 auto 10px}
.main{position:absolute;left:260px;top:40px;width:510px}.main h1{margin:0;font-size:30px;color:#22303c}.main h2{font-size:13px;color:#c27c2c;margin:16px 0 5px;border-bottom:1px solid #ddd}
.it{margin-bottom:7px}.d{color:#888;font-size:9.5px}"""
    c = [f"<div class='sb'><div class='in'><div class='photo'></div><h4>CONTACT</h4><div>{ICON['phone']} {E(p['phone_disp'])}</div><div>{ICON['mail']} {E(p['email'])}</div><div>{ICON['pin']} {E(p['addr'])}</div>"
         f"<h4>STATUS</h4><div>{E(p['visa_disp'])}</div><div>ECFMG: {E(p['ecfmg_disp'])}</div><h4>USMLE</h4>" + "".join(f"<div>{E(s)}</div>" for s in scores_line(p)) +
         f"<h4>LANGUAGES</h4>" + "".join(f"<div>{E(l)}</div>" for l in lang_names(p)) + "<h4>REFERENCE</h4>" + "".join(f"<div>{E(n)}<br>{E(t)}<br>{E(e)}<br>{E(ph)}</div>" for n, t, e, ph in p["refs"]) + "</div></div>"]
    c.append(f"<div class='main'><h1>{E(p['name'])}</h1><div>Third-year medical student · future OB/GYN resident</div>")
    c.append(f"<h2>Education</h2><div class='it'>{E(p['school_line'])}</div><div class='it'>B.S. Biology, Brooklyn College, CUNY — 2021</div>")
    c.append("<h2>Clinical Clerkships</h2>" + "".join(f"<div class='it'><b>{E(u['role'])}</b> — {E(u['org'])}, {E(u['city'])}<br><span class='d'>{E(u['disp'])}</span></div>" for u in p["usce"]))
    c.append("<h2>Research</h2>" + "".join(f"<div class='it'>{E(x)}</div>" for x in p["pubs"] + p["posters"]))
    c.append("<h2>Leadership</h2><div class='it'>President, SGU OB/GYN Interest Group (2024)</div><div class='it'>Volunteer doula, Brooklyn Birth Collective (2020 – 2022)</div>")
    c.append("</div>")
    return BASE % (css, "".join(c))

# ---------- 015: bilingual Arabic/English header, RTL name
def l_bilingual(p):
    css = """body{padding:40px 50px}.hd{display:flex;justify-content:space-between;border-bottom:2px solid #0b5e8a;padding-bottom:8px}
.hd .en h1{margin:0;font-size:24px;color:#0b5e8a}.hd .ar{direction:rtl;text-align:right;font-size:22px;color:#0b5e8a}
h2{font-size:12px;color:#0b5e8a;margin:12px 0 4px}.it{margin-bottom:6px}.d{display:inline-block;width:120px;color:#555}"""
    c = [f"<div class='hd'><div class='en'><h1>{E(p['name'])}</h1><div>Diagnostic Radiology applicant</div></div><div class='ar'>{E(p['native'])}<br><span style='font-size:12px'>طبيب — أشعة تشخيصية</span></div></div>"]
    c.append("<footer style='position:fixed;bottom:24px;left:50px;right:50px;border-top:1px solid #ccc;font-size:9px;color:#555;padding-top:4px'>" +
             f"{E(p['email'])} &nbsp;·&nbsp; {E(p['phone_disp'])} &nbsp;·&nbsp; {E(p['addr'])} &nbsp;·&nbsp; {E(p['born'])}</footer>")
    c.append(f"<h2>EDUCATION</h2><div class='it'>{E(p['school_line'])}</div>")
    c.append("<h2>LICENSURE</h2><div>" + " · ".join(E(s) for s in scores_line(p)) + f"</div><div>ECFMG {E(p['ecfmg_disp'])} · Current visa: {E(p['visa_disp'])}</div>")
    c.append("<h2>US EXPERIENCE</h2>" + "".join(f"<div class='it'><span class='d'>{E(u['disp'])}</span><b>{E(u['role'])}</b>, {E(u['org'])}, {E(u['city'])}</div>" for u in p["usce"]))
    c.append("<h2>EGYPT</h2>" + "".join(f"<div class='it'><span class='d'>{E(d)}</span><b>{E(r)}</b>, {E(o)}, {E(pl)}</div>" for r, o, pl, d in p["nonus"]))
    c.append("<h2>PEER-REVIEWED PUBLICATIONS</h2><ol style='margin:0;padding-left:16px'>" + "".join(f"<li>{E(x)}</li>" for x in p["pubs"]) + "</ol>")
    c.append("<h2>OTHER PRESENTATIONS</h2>" + "".join(f"<div>{E(x)}</div>" for x in p["posters"]))
    c.append(f"<h2>LANGUAGES</h2><div>Arabic (native), English (fluent)</div>")
    c.append("<h2>REFERENCES</h2>" + "".join(f"<div>{E(n)}, {E(t)}, {E(e)}, {E(ph)}</div>" for n, t, e, ph in p["refs"]))
    return BASE % (css, "".join(c))

# ---------- scans' source layout: simple plain document
def l_scan_src(p):
    css = """body{padding:50px 60px;font-family:'Liberation Serif','DejaVu Serif',serif;font-size:13px}h1{text-align:center;margin:0;font-size:24px}.c{text-align:center;margin-bottom:12px}
h2{font-size:14px;border-bottom:1px solid #000;margin:14px 0 4px}.it{margin-bottom:5px}"""
    c = [f"<h1>{E(p['name'])}</h1><div class='c'>{E(p['addr'])}<br>Phone: {E(p['phone_disp'])} &nbsp; Email: {E(p['email'])} &nbsp; Born: {E(p['born'])}</div>"]
    c.append(f"<h2>Career Objective</h2><div>Residency position in {' / '.join(p['specialties'])}.</div>")
    c.append(f"<h2>Education</h2><div>{E(p['school_line'])}</div>")
    c.append("<h2>Examinations</h2><div>" + "<br>".join(E(s) for s in scores_line(p)) + (f"<br>ECFMG: {E(p['ecfmg_disp'])}" if p['ecfmg_disp'] else "") + (f"<br>Visa: {E(p['visa_disp'])}" if p['visa_disp'] else "") + "</div>")
    c.append("<h2>US Clinical Experience</h2>" + "".join(f"<div class='it'><b>{E(u['role'])}</b>, {E(u['org'])}, {E(u['city'])} — {E(u['disp'])}</div>" for u in p["usce"]))
    c.append("<h2>Other Experience</h2>" + "".join(f"<div class='it'>{E(r)}, {E(o)}, {E(pl)} — {E(d)}</div>" for r, o, pl, d in p["nonus"]))
    c.append("<h2>Publications</h2>" + ("".join(f"<div class='it'>{i+1}. {E(x)}</div>" for i, x in enumerate(p["pubs"])) or "<div>None</div>"))
    c.append(f"<h2>Languages</h2><div>{', '.join(lang_names(p))}</div>")
    c.append("<h2>Referee</h2>" + "".join(f"<div>{E(n)}, {E(t)}, {E(e)}, {E(ph)}</div>" for n, t, e, ph in p["refs"]))
    return BASE % (css, "".join(c))

LAYOUTS = {"001": l_canva_band, "002": l_right_dates, "003": l_eras, "004": l_rot_table, "005": l_rail,
           "006": l_two_col, "007": l_sidebar, "015": l_bilingual}

if __name__ == "__main__":
    out = sys.argv[1]
    for k, f in LAYOUTS.items():
        p = P[k]
        chromium_pdf(f(p), os.path.join(out, f"w17_{k}_{p['layout']}.pdf"), k)
        print("made", k)
    for k in ["017", "018", "019", "020", "021"]:
        chromium_pdf(l_scan_src(P[k]), f"/tmp/w17_html/scan_{k}.pdf", "scan_" + k)
        print("made scan src", k)
