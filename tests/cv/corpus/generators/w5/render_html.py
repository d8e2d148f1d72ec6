"""HTML layouts printed by headless Chromium: Middle-East (Arabic name), academic 3-page, LinkedIn export."""
from html import escape as E

from content import usce_items, home_items, pubs, volunteer, edu_line, display_name


def _entries(items, show_bullets=True):
    h = []
    for it in items:
        h.append(f'<div class="ent"><div class="row"><b>{E(it["title"])}</b><span class="dt">{E(it["dates"])}</span></div>'
                 f'<div class="org">{E(it["org"])} — {E(it["place"])}</div>')
        if show_bullets and it.get("bullets"):
            h.append("<ul>" + "".join(f"<li>{E(b)}</li>" for b in it["bullets"]) + "</ul>")
        h.append("</div>")
    return "".join(h)


# ---------------------------------------------------------------------------------------------- Middle East
def mideast(p, path):
    css = """
    @page { size: A4; margin: 16mm 16mm 20mm 16mm; }
    body { font-family: 'Noto Sans', 'DejaVu Sans', sans-serif; font-size: 10.2pt; color:#222; }
    .hdr { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:3px solid #0b5d3b; padding-bottom:6px; }
    .nm { font-size: 20pt; font-weight: 700; color:#0b5d3b; }
    .ar { font-family: 'Noto Naskh Arabic', 'Noto Sans Arabic', serif; font-size: 20pt; direction: rtl; color:#0b5d3b; white-space: nowrap; margin-left: 12px; }
    .sub { font-size: 10pt; color:#555; }
    h2 { font-size: 11.5pt; color:#fff; background:#0b5d3b; padding:2px 8px; margin:12px 0 5px; }
    .row { display:flex; justify-content:space-between; } .dt { color:#0b5d3b; white-space:nowrap; margin-left:10px; }
    .org { font-style: italic; color:#444; } ul { margin:2px 0 6px 0; padding-left:18px; } .ent { margin-bottom:5px; }
    .foot { text-align:center; font-size:8.5pt; color:#555; border-top:1px solid #0b5d3b; padding-top:2px; margin-top:8px; }
    table.pg { width:100%; border-collapse:collapse; } table.pg > tbody > tr > td, table.pg > tfoot > tr > td { padding:0; }
    table.kv td { padding: 1px 8px 1px 0; vertical-align: top; }
    """
    contact = f"{E(p['phone'])} · {E(p['email'])}" + (f" · {E(p['address'])}" if p["address"] else "")
    h = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    h.append(f"<div class='hdr'><div><div class='nm'>{E(display_name(p))}</div>"
             f"<div class='sub'>{E(p['degree_name'])} · {E(p['school'])}</div>")
    if not p["contacts_footer"]:
        h.append(f"<div class='sub'>{contact}</div>")
    h.append(f"</div><div class='ar' lang='ar'>{E(p['native'])}</div></div>")
    if p["contacts_footer"]:  # repeated on every printed page via a table footer group
        h.append(f"<table class='pg'><tfoot><tr><td><div class='foot'>{contact}</div></td></tr></tfoot><tbody><tr><td>")
    kv = []
    if p["dob"]:
        kv.append(("Date of birth", p["dob"]))
    if p["nationality"]:
        kv.append(("Nationality", p["nationality"]))
    if p["visa_txt"]:
        kv.append(("Visa", p["visa_txt"]))
    if kv:
        h.append("<h2>Personal Information</h2><table class='kv'>" +
                 "".join(f"<tr><td><b>{E(k)}</b></td><td>{E(v)}</td></tr>" for k, v in kv) + "</table>")
    h.append(f"<h2>Objective</h2><p>{E(p['objective'])}</p>")
    h.append("<h2>Education</h2>" + _entries([dict(title=p["degree_name"], org=p["school"], place=p["school_city"],
                                                     dates=edu_line(p))]))
    h.append("<h2>USMLE &amp; Certification</h2><ul>" + "".join(f"<li>{E(e)}</li>" for e in p["exams"]) +
             (f"<li>{E(p['ecfmg_txt'])}</li>" if p["ecfmg_txt"] else "") + "</ul>")
    h.append("<h2>U.S. Clinical &amp; Research Experience</h2>" + _entries(usce_items(p)))
    h.append("<h2>Postgraduate Training &amp; Experience</h2>" + _entries(home_items(p)))
    pb = pubs(p)
    if p["pubs"] is not None:
        h.append("<h2>Publications</h2>")
        if p["pubs"] == 0:
            h.append(f"<p>{E(p['pubs_none_text'])}</p>")
        if pb["paper"]:
            h.append("<ol>" + "".join(f"<li>{E(s)}</li>" for s in pb["paper"]) + "</ol>")
        if pb["poster"] or pb["abstract"]:
            h.append("<h2>Posters &amp; Abstracts</h2><ul>" + "".join(f"<li>{E(s)}</li>" for s in pb["poster"] + pb["abstract"]) + "</ul>")
    h.append("<h2>Languages</h2><p>" + E(", ".join(p["lang_disp"])) + "</p>")
    h.append("<h2>Volunteer Work</h2><ul>" + "".join(f"<li>{E(v)}</li>" for v in volunteer(p)) + "</ul>")
    if p["refs"]:
        h.append("<h2>References</h2>" + "".join(
            f"<p><b>{E(r['name'])}</b><br>{E(r['title'])}, {E(r['inst'])}<br>{E(r['email'])} · {E(r['phone'])}</p>" for r in p["refs"]))
    if p["contacts_footer"]:
        h.append("</td></tr></tbody></table>")
    h.append("</body></html>")
    open(path, "w", encoding="utf-8").write("".join(h))


# ---------------------------------------------------------------------------------------------- Academic
def academic(p, path):
    css = """
    @page { size: Letter; margin: 22mm 20mm 20mm 20mm; }
    body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 10.5pt; line-height: 1.25; }
    .nm { text-align:center; font-size: 19pt; font-weight: bold; letter-spacing: 0.5px; }
    .native { text-align:center; font-size: 14pt; font-family: 'Noto Serif CJK SC', 'Noto Sans CJK KR', 'Noto Naskh Arabic', 'Noto Serif', serif; }
    .ct { text-align:center; font-size: 10pt; margin-bottom: 8px; }
    h2 { font-size: 12.5pt; font-variant: small-caps; border-bottom: 1px solid #000; margin: 14px 0 6px; }
    h3 { font-size: 11pt; font-style: italic; margin: 8px 0 3px; }
    .row { display:flex; justify-content:space-between; } .dt { white-space:nowrap; margin-left:12px; }
    .org { font-style: italic; } ul { margin:2px 0 6px; padding-left: 18px; } .ent { margin-bottom: 6px; }
    ol li { margin-bottom: 4px; }
    .pb { break-before: page; }
    """
    pb = pubs(p)
    h = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    h.append(f"<div class='nm'>{E(display_name(p))}</div>")
    if p["native"]:
        h.append(f"<div class='native'>{E(p['native'])}</div>")
    h.append(f"<div class='ct'>{E(p['address'])}<br>{E(p['phone'])} &nbsp;•&nbsp; {E(p['email'])}</div>")
    h.append(f"<h2>Research Statement &amp; Career Goals</h2><p>{E(p['objective'])}</p>")
    h.append("<h2>Education</h2>" + _entries([dict(title=p["degree_name"], org=p["school"], place=p["school_city"], dates=edu_line(p))]))
    h.append("<h2>Examinations, Certification &amp; Immigration</h2><ul>" + "".join(f"<li>{E(e)}</li>" for e in p["exams"]) +
             f"<li>{E(p['ecfmg_txt'])}</li>" + (f"<li>Visa: {E(p['visa_txt'])}</li>" if p["visa_txt"] else "") + "</ul>")
    h.append("<h2>Postgraduate Clinical Training (outside the US)</h2>" + _entries([dict(it, bullets=it["bullets"][:1]) for it in home_items(p)]))
    h.append("<h2>Research &amp; Clinical Experience in the United States</h2>" + _entries(usce_items(p)))
    h.append("<h2 class='pb'>Peer-Reviewed Publications</h2><ol>" + "".join(f"<li>{E(s)}</li>" for s in pb["paper"]) + "</ol>")
    h.append("<h2>Teaching &amp; Service</h2><ul>" + "".join(f"<li>{E(v)}</li>" for v in volunteer(p)) +
             "<li>Peer reviewer for BMJ Open and Cureus</li></ul>")
    h.append("<h2>Languages</h2><p>" + E("; ".join(p["lang_disp"])) + "</p>")
    h.append("<h2 class='pb'>Abstracts, Posters &amp; Presentations</h2>")
    if pb["abstract"]:
        h.append("<h3>Published abstracts</h3><ol>" + "".join(f"<li>{E(s)}</li>" for s in pb["abstract"]) + "</ol>")
    if pb["poster"]:
        h.append("<h3>Poster presentations</h3><ol>" + "".join(f"<li>{E(s)}</li>" for s in pb["poster"]) + "</ol>")
    if pb["talk"]:
        h.append("<h3>Oral presentations / invited talks</h3><ol>" + "".join(f"<li>{E(s)}</li>" for s in pb["talk"]) + "</ol>")
    if p["refs"]:
        h.append("<h2>References</h2>" + "".join(
            f"<p><b>{E(r['name'])}</b>, {E(r['title'])}, {E(r['inst'])} — {E(r['email'])}, {E(r['phone'])}</p>" for r in p["refs"]))
    h.append("</body></html>")
    open(path, "w", encoding="utf-8").write("".join(h))


# ---------------------------------------------------------------------------------------------- LinkedIn
def linkedin(p, path):
    css = """
    @page { size: Letter; margin: 0; }
    body { margin:0; font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color:#000; }
    .wrap { display:flex; min-height: 279mm; }
    .side { width: 62mm; background:#e9eef3; padding: 18mm 6mm 10mm 10mm; box-sizing:border-box; }
    .main { flex:1; padding: 18mm 14mm 10mm 10mm; }
    .side h3 { font-size: 12pt; margin: 14px 0 4px; color:#000; }
    .side p { margin: 2px 0 6px; font-size: 9.5pt; word-wrap: break-word; }
    .nm { font-size: 24pt; } .hl { font-size: 11.5pt; margin: 4px 0; } .loc { color:#6b6b6b; font-size:10pt; }
    h2 { font-size: 15pt; font-weight: normal; margin: 18px 0 6px; }
    .co { font-size: 11.5pt; margin-top: 10px; } .ti { font-size: 10.5pt; } .gr { color:#6b6b6b; font-size:9.5pt; }
    .foot { position: fixed; bottom: 6mm; right: 14mm; color:#999; font-size: 9pt; }
    """
    us = usce_items(p)
    hm = home_items(p)
    city = p["usce"][-1]["city"] + ", " + p["usce"][-1]["st"] if p["cc"] in ("BB",) else p["school_city"]
    h = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body><div class='wrap'><div class='side'>"]
    h.append(f"<h3>Contact</h3><p>{E(p['phone'])} (Mobile)</p><p>{E(p['email'])}</p>"
             f"<p>{E(p['linkedin_url'])} (LinkedIn)</p>")
    h.append("<h3>Top Skills</h3>" + "".join(f"<p>{E(s)}</p>" for s in p["skills"]))
    h.append("<h3>Languages</h3>" + "".join(f"<p>{E(l)}</p>" for l in p["lang_disp"]))
    h.append("<h3>Certifications</h3>" + "".join(f"<p>{E(e)}</p>" for e in p["exams"]) +
             (f"<p>{E(p['ecfmg_txt'])}</p>" if p["ecfmg_txt"] else "") + "<p>Basic Life Support (BLS)</p>")
    pb = pubs(p)
    if p["pubs"]:
        h.append("<h3>Publications</h3>" + "".join(f"<p>{E(s.split('. ')[1] if s.count('. ') > 1 else s)}</p>" for s in pb["paper"]))
    h.append("</div><div class='main'>")
    h.append(f"<div class='nm'>{E(display_name(p, True, True))}</div><div class='hl'>{E(p['objective'])}</div>"
             f"<div class='loc'>{E(city)}</div>")
    summ = (f"Physician and graduate of {p['school']}. " if not p["student"] else f"Medical student at {p['school']}. ")
    summ += "Passionate about evidence-based, compassionate patient care and teamwork."
    if p["visa_txt"]:
        summ += f" {p['visa_txt']}."
    h.append(f"<h2>Summary</h2><p>{E(summ)}</p><h2>Experience</h2>")
    for it in us + hm:
        h.append(f"<div class='co'>{E(it['org'])}</div><div class='ti'>{E(it['title'])}</div>"
                 f"<div class='gr'>{E(it['dates'])}</div><div class='gr'>{E(it['place'])}</div>")
        if it.get("bullets"):
            h.append(f"<p>{E(it['bullets'][0])}</p>")
    h.append("<h2>Education</h2>")
    h.append(f"<div class='co'>{E(p['school'])}</div><div class='ti'>{E(p['degree_name'])} · ({E(edu_line(p))})</div>")
    if p["id"] == 25:
        h.append("<div class='co'>Rutgers University</div><div class='ti'>Bachelor of Arts - BA, Biochemistry · (2019 - 2023)</div>")
    h.append("</div></div></body></html>")
    open(path, "w", encoding="utf-8").write("".join(h))
