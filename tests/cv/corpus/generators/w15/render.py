# -*- coding: utf-8 -*-
"""HTML / Markdown / TXT renderers for the w15 CV set."""
import html
import markdown as md

E = html.escape


def full_title(p):
    t = p["name"]
    if p.get("prefix"):
        t = p["prefix"] + " " + t
    if p.get("suffix"):
        t = t + ", " + p["suffix"]
    return t


def all_exp(p):
    """US + non-US experiences in one list, as display rows (newest first by given order)."""
    rows = []
    for u in p["usce"]:
        rows.append(dict(dates=u["dates"], title=u["role"], site=u["site"], place=u["city"], desc=u.get("desc", "")))
    for x in p["other"]:
        rows.append(dict(dates=x["dates"], title=x["title"], site=x["site"], place=x["place"], desc=x.get("desc", "")))
    return rows


def exam_lines(p):
    out = list(p["exams"])
    if p.get("ecfmg"):
        out.append(p["ecfmg"])
    return out


def ref_html(p):
    s = ""
    for (n, t, o, em, ph) in p["referees"]:
        s += f'<div class="ref"><b>{E(n)}</b><br>{E(t)}, {E(o)}<br>Email: {E(em)} &nbsp;|&nbsp; Tel: {E(ph)}</div>'
    return s


def pubs_html(p):
    if not p["pubs"]:
        return ""
    return "<ol class='pubs'>" + "".join(f"<li>{E(x)}</li>" for x in p["pubs"]) + "</ol>"


def exp_html(p, cls="exp"):
    s = ""
    for r in all_exp(p):
        s += (f'<div class="{cls}"><div class="eh"><b>{E(r["title"])}</b><span class="dt">{E(r["dates"])}</span></div>'
              f'<div class="es">{E(r["site"])} — {E(r["place"])}</div>')
        if r["desc"]:
            s += f'<div class="ed">{E(r["desc"])}</div>'
        s += "</div>"
    return s


def edu_html(p):
    return "".join(f'<div class="exp"><div class="eh"><b>{E(d)}</b><span class="dt">{E(dt)}</span></div>'
                   f'<div class="es">{E(s)}, {E(pl)}</div></div>' for (dt, d, s, pl) in p["education"])


def lst(items):
    return "<ul>" + "".join(f"<li>{E(i)}</li>" for i in items) + "</ul>"


BASE_CSS = """
@page { size: Letter; margin: 0.6in 0.65in; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.2pt; color:#222; line-height:1.32; margin:0; }
h1 { font-size: 20pt; margin: 0 0 2px 0; }
h2 { font-size: 11.5pt; margin: 12px 0 4px 0; border-bottom: 1px solid #999; padding-bottom:2px; }
.exp { margin: 0 0 6px 0; } .eh { display:flex; justify-content:space-between; } .dt { white-space:nowrap; color:#444; }
.es { font-style: italic; } .ed { font-size: 9.4pt; }
ul { margin: 2px 0 4px 18px; padding:0; } ol.pubs { margin: 2px 0 4px 18px; padding:0; font-size:9.4pt; }
.ref { margin-bottom: 6px; font-size: 9.4pt; }
"""


def native_line(p):
    return f'<div class="native">{E(p["native"])}</div>' if p.get("native") else ""


# ------------------------------------------------------------------ layouts
def ats_simple(p):
    contact = f'{E(p["address"])}<br>{E(p["phone"])} &nbsp;•&nbsp; {E(p["email"])}'
    body = f"""
<h1>{E(full_title(p))}</h1>{native_line(p)}
<div class="contact">{contact}</div>
<h2>PROFILE</h2><p>{E(p["summary"])}</p>
<h2>EDUCATION</h2>{edu_html(p)}
<h2>USMLE / LICENSING</h2>{lst(exam_lines(p))}
<h2>CLINICAL EXPERIENCE</h2>{exp_html(p)}
{'<h2>PUBLICATIONS &amp; PRESENTATIONS</h2>' + pubs_html(p) if p['pubs'] else ''}
<h2>ADDITIONAL</h2>{lst(["Languages: " + p["langs_display"], "Skills: " + ", ".join(p["skills"])] + (["Visa: " + p["visa"]] if p.get("visa") else []) + [p["personal"]])}
<h2>REFERENCES</h2>{ref_html(p)}
"""
    css = BASE_CSS + ".native{font-size:13pt;color:#555;} .contact{margin-bottom:6px;}"
    return page(css, body)


def right_sidebar(p):
    side = f"""
<div class="side">
<div class="sh">Contact</div><p>{E(p["email"])}<br>{E(p["phone"])}<br>{E(p["address"])}</p>
<div class="sh">Exams</div>{lst(exam_lines(p))}
<div class="sh">Visa</div><p>{E(p["visa"] or "")}</p>
<div class="sh">Languages</div><p>{E(p["langs_display"])}</p>
<div class="sh">Skills</div>{lst(p["skills"])}
<div class="sh">Personal</div><p>{E(p["personal"])}</p>
</div>"""
    main = f"""
<div class="main">
<h1>{E(p["name"])}</h1>{native_line(p)}<div class="deg">{E(p["suffix"])}</div>
<p class="sum">{E(p["summary"])}</p>
<h2>Clinical Experience</h2>{exp_html(p)}
<h2>Education</h2>{edu_html(p)}
{'<h2>Publications</h2>' + pubs_html(p) if p['pubs'] else ''}
<h2>References</h2>{ref_html(p)}
</div>"""
    css = BASE_CSS + """
@page { margin: 0.5in; }
.wrap { display:flex; gap: 18px; } .main { flex: 1; } .side { width: 2.1in; background:#eef3f7; padding: 10px; font-size:9.2pt; }
.sh { font-weight:bold; color:#1d4e70; text-transform:uppercase; font-size:8.8pt; margin-top:10px; border-bottom:1px solid #1d4e70; }
.side p { margin: 3px 0; } .deg { color:#1d4e70; font-weight:bold; } .native{font-size:12pt;color:#555;}
h1 { color:#1d4e70; } .sum{font-size:9.6pt;}
"""
    return page(css, f'<div class="wrap">{main}{side}</div>')


ICON_MAIL = '<svg width="11" height="11" viewBox="0 0 24 24"><path fill="#fff" d="M2 4h20v16H2z M2 4l10 8 10-8" stroke="#2b2b2b" stroke-width="1.5"/></svg>'
ICON_PHONE = '<svg width="11" height="11" viewBox="0 0 24 24"><path fill="#fff" d="M6 2h5l2 5-3 2a11 11 0 0 0 5 5l2-3 5 2v5c0 1-1 2-2 2A18 18 0 0 1 4 4c0-1 1-2 2-2z"/></svg>'
ICON_PIN = '<svg width="11" height="11" viewBox="0 0 24 24"><path fill="#fff" d="M12 2a7 7 0 0 1 7 7c0 5-7 13-7 13S5 14 5 9a7 7 0 0 1 7-7z"/></svg>'


def left_sidebar_skillbars(p):
    bars = "".join(f'<div class="bl">{E(n)}</div><div class="bar"><div style="width:{v}%"></div></div>'
                   for n, v in p.get("skill_bars", []))
    side = f"""
<div class="side">
<div class="photo">{E("".join(w[0] for w in p["name"].split()[:2]))}</div>
<div class="ct"><span class="ic">{ICON_MAIL}</span>{E(p["email"])}</div>
<div class="ct"><span class="ic">{ICON_PHONE}</span>{E(p["phone"])}</div>
<div class="ct"><span class="ic">{ICON_PIN}</span>{E(p["address"])}</div>
<div class="sh">Clinical skills</div>{bars}
<div class="sh">Languages</div><p>{E(p["langs_display"])}</p>
<div class="sh">Certifications</div>{lst(p["skills"])}
<div class="sh">Status</div><p>{E(p.get("visa") or "")}<br>{E(p["personal"])}</p>
</div>"""
    main = f"""
<div class="main">
<h1>{E(p["name"])}</h1><div class="deg">{E(p["suffix"])}</div>
<p>{E(p["summary"])}</p>
<h2>USMLE &amp; Certification</h2>{lst(exam_lines(p))}
<h2>Education</h2>{edu_html(p)}
<h2>Experience</h2>{exp_html(p)}
{'<h2>Research</h2>' + pubs_html(p) if p['pubs'] else ''}
<h2>Referees</h2>{ref_html(p)}
</div>"""
    css = BASE_CSS + """
@page { margin: 0; }
body { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.wrap { display:flex; min-height: 11in; } .side { width: 2.4in; background:#2f3e4e; color:#f2f2f2; padding: 0.45in 0.2in; font-size:9pt; }
.main { flex:1; padding: 0.45in 0.45in; }
.photo { width:70px; height:70px; border-radius:50%; background:#7b93aa; color:#fff; font-size:24pt; text-align:center; line-height:70px; margin:0 auto 14px; }
.ct { margin: 4px 0; overflow-wrap: break-word; } .ic { display:inline-block; background:#5b7894; border-radius:3px; padding:2px; margin-right:5px; vertical-align:middle; line-height:0; }
.sh { margin-top: 14px; font-weight:bold; font-size:9.5pt; border-bottom:1px solid #8aa; color:#fff; }
.bl { margin-top:5px; } .bar { background:#55687b; height:6px; border-radius:3px; } .bar div { background:#e3b34a; height:6px; border-radius:3px; }
.side ul { margin-left: 14px; } h1 { color:#2f3e4e; } .deg { color:#b07d12; font-weight:bold; }
"""
    return page(css, f'<div class="wrap">{side}{main}</div>')


def timeline_gutter(p):
    def tl(rows):
        return "".join(f'<div class="row"><div class="g">{E(r["dates"])}</div><div class="c"><b>{E(r["title"])}</b><br>'
                       f'<i>{E(r["site"])}, {E(r["place"])}</i>{("<br>" + E(r["desc"])) if r["desc"] else ""}</div></div>'
                       for r in rows)
    edu_rows = [dict(dates=dt, title=d, site=s, place=pl, desc="") for (dt, d, s, pl) in p["education"]]
    name = E(p["name"]) + (f' <span class="nat">{E(p["native"])}</span>' if p.get("native") else "")
    body = f"""
<div class="hd"><h1>{name}</h1><div>{E(p["suffix"])} &nbsp;|&nbsp; {E(p["email"])} &nbsp;|&nbsp; {E(p["phone"])} &nbsp;|&nbsp; {E(p["address"])}</div></div>
<p>{E(p["summary"])}</p>
<h2>Experience</h2><div class="tl">{tl(all_exp(p))}</div>
<h2>Education</h2><div class="tl">{tl(edu_rows)}</div>
<h2>Examinations</h2>{lst(exam_lines(p) + ([("Visa: " + p["visa"])] if p.get("visa") else []))}
{'<h2>Publications</h2>' + pubs_html(p) if p['pubs'] else ''}
<h2>Languages</h2><p>{E(p["langs_display"])} &nbsp;·&nbsp; {E(p["personal"])}</p>
<h2>References</h2>{ref_html(p)}
"""
    css = BASE_CSS + """
body { font-family: 'DejaVu Serif', serif; font-size: 9.6pt; }
.hd { border-bottom: 3px solid #7a1f2b; margin-bottom: 8px; } h1 { color:#7a1f2b; } .nat { font-family:'Droid Sans Fallback'; font-size:15pt; color:#555; }
.tl { border-left: 2px solid #7a1f2b; margin-left: 1.25in; }
.row { display:flex; margin-bottom:6px; } .g { width:1.2in; margin-left:-1.3in; text-align:right; padding-right:0.1in; color:#7a1f2b; font-size:8.8pt; flex-shrink:0; }
.c { padding-left: 10px; }
"""
    return page(css, body)


def two_page_header(p):
    hdr = f'{p["name"]}  ·  {p["email"]}  ·  {p["phone"]}'
    body = f"""
<h1>{E(full_title(p))}</h1>
<p><i>{E(p["personal"])}</i></p>
<h2>Professional Summary</h2><p>{E(p["summary"])}</p>
<h2>Education</h2>{edu_html(p)}
<h2>Examinations and Certification</h2>{lst(exam_lines(p) + ["Visa: " + p["visa"]])}
<h2>Clinical Experience</h2>{exp_html(p)}
<h2>Research and Publications</h2><p><b>Peer-reviewed articles</b></p><ol class="pubs">{"".join(f"<li>{E(x)}</li>" for x in p["pubs"][:4])}</ol>
<p><b>Abstracts and work in progress</b></p><ul>{"".join(f"<li>{E(x)}</li>" for x in p["pubs"][4:])}</ul>
<h2>Teaching</h2><ul><li>Clinical tutor for 3rd-year MBBS students, University of Colombo (2021–2023)</li>
<li>Instructor, Basic Life Support course, Sri Lanka Medical Association (2022)</li></ul>
<h2>Skills</h2><p>{E(", ".join(p["skills"]))}</p>
<h2>Languages</h2><p>{E(p["langs_display"])}</p>
<h2>Awards</h2><ul><li>Gold medal in Medicine, Final MBBS examination (2019)</li><li>Best oral presentation, SLMA Annual Congress (2022)</li></ul>
<h2>Referees</h2>{ref_html(p)}
"""
    css = BASE_CSS.replace("@page { size: Letter; margin: 0.6in 0.65in; }", "") + f"""
@page {{ size: A4; margin: 0.9in 0.75in 0.8in 0.75in;
  @top-left {{ content: "{hdr}"; font-family: 'Liberation Sans'; font-size: 8.5pt; color:#555; }}
  @top-right {{ content: "Curriculum Vitae"; font-family: 'Liberation Sans'; font-size: 8.5pt; color:#555; }}
  @bottom-right {{ content: "Page " counter(page) " of " counter(pages); font-family: 'Liberation Sans'; font-size: 8.5pt; }} }}
body {{ font-family: 'Liberation Serif', serif; font-size: 11pt; line-height:1.45; }}
"""
    return page(css, body)


def card_grid(p):
    def card(title, inner, cls=""):
        return f'<div class="card {cls}"><div class="ct">{E(title)}</div>{inner}</div>'
    cards = [
        card("About", f"<p>{E(p['summary'])}</p><p>{E(p['personal'])}</p>"),
        card("USMLE", lst(exam_lines(p))),
        card("Education", edu_html(p), "wide"),
        card("Clinical Experience", exp_html(p), "wide"),
        card("Work Authorization", f"<p>{E(p['visa'])}</p>"),
        card("Languages", f"<p>{E(p['langs_display'])}</p>"),
        card("Skills & Certifications", lst(p["skills"])),
        card("Publications", pubs_html(p) or "<p>—</p>"),
        card("Reference", ref_html(p), "wide"),
    ]
    body = f"""
<div class="top"><h1>{E(p["name"])}</h1><div class="deg">{E(p["suffix"])}</div></div>
<div class="grid">{"".join(cards)}</div>
<div class="foot">{E(p["email"])} &nbsp;◆&nbsp; {E(p["phone"])} &nbsp;◆&nbsp; {E(p["address"])}</div>
"""
    css = BASE_CSS + """
@page { margin: 0.45in 0.45in 0.35in 0.45in; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.6pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.top { text-align:center; margin-bottom: 8px; } .grid { margin-bottom: 0.45in; } .deg { color:#0a6b5c; font-weight:bold; }
.grid { display:grid; grid-template-columns: 1fr 1fr; gap: 8px; }
.card { border:1px solid #bfd8d3; border-radius:8px; padding:7px 9px; background:#f5fbfa; break-inside: avoid; }
.card.wide { grid-column: span 2; } .ct { font-weight:bold; color:#0a6b5c; margin-bottom:3px; font-size:9.5pt; }
.card p { margin: 2px 0; }
.foot { position: fixed; bottom: 0; left:0; right:0; text-align:center; font-size:8.5pt; color:#0a6b5c; border-top:1px solid #0a6b5c; padding-top:3px; }
"""
    return page(css, body)


def rotations_table(p):
    rows = []
    for u in p["usce"]:
        rows.append((u["dates"], u["site"], u["city"], u["role"]))
    for x in p["other"]:
        rows.append((x["dates"], x["site"], x["place"], x["title"]))
    tbl = "<table class='rot'><tr><th>Dates</th><th>Site</th><th>City, State</th><th>Type</th></tr>" + \
        "".join(f"<tr><td>{E(a)}</td><td>{E(b)}</td><td>{E(c)}</td><td>{E(d)}</td></tr>" for a, b, c, d in rows) + "</table>"
    body = f"""
<table class="hdr"><tr><td><h1>{E(p["name"])}, {E(p["suffix"])}</h1>{E(p["personal"])}</td>
<td class="r">{E(p["email"])}<br>{E(p["phone"])}<br>{E(p["address"])}</td></tr></table>
<h2>Objective</h2><p>{E(p["summary"])}</p>
<h2>Clinical Rotations</h2>{tbl}
<h2>Education</h2>{edu_html(p)}
<h2>USMLE / ECFMG</h2>{lst(exam_lines(p) + ["Visa: " + p["visa"]])}
{'<h2>Publications</h2>' + pubs_html(p) if p['pubs'] else ''}
<h2>Languages</h2><p>{E(p["langs_display"])}</p>
<h2>Letters of Recommendation</h2>{ref_html(p)}
"""
    css = BASE_CSS + """
body { font-size: 9.4pt; }
table.hdr { width:100%; border-collapse:collapse; } table.hdr td { vertical-align:top; } td.r { text-align:right; font-size:9pt; }
table.rot { width:100%; border-collapse: collapse; font-size: 8.6pt; }
table.rot th, table.rot td { border: 1px solid #777; padding: 2px 4px; text-align:left; }
table.rot th { background:#ddd; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
table.rot tr:nth-child(even) td { background: #f4f4f4; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
"""
    return page(css, body)


def page(css, body, lang="en"):
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>CV</title>
<style>{css}</style></head><body>{body}</body></html>"""


# ------------------------------------------------------------------ markdown
def md_text(p, variant):
    L = []
    if variant == "markdown_arabic":
        L.append(f"# {full_title(p)}\n\n**{p['native']}**\n")
        L.append(f"📧 {p['email']} | 📱 {p['phone']} | {p['address']}\n")
    elif variant == "markdown_compact":
        L.append(f"# {p['name']}\n")
        L.append(f"*{p['suffix']}* — {p['address']}  \nEmail: <{p['email']}>  \nPhone: {p['phone']}\n")
    else:
        L.append(f"# {p['name']}\n")
        L.append(f"- **Email:** {p['email']}\n- **Phone:** {p['phone']}\n- **Location:** {p['address']}\n")
    L.append(f"## Summary\n\n{p['summary']}\n")
    L.append("## Education\n")
    for dt, d, s, pl in p["education"]:
        L.append(f"- **{d}**, {s}, {pl} ({dt})")
    L.append("\n## USMLE & Certification\n")
    for e in exam_lines(p):
        L.append(f"- {e}")
    if p.get("visa"):
        L.append(f"- Visa: {p['visa']}")
    if variant == "markdown_compact":
        L.append("\n## Clinical Experience\n")
        L.append("| Period | Position | Institution | Location |\n|---|---|---|---|")
        for r in all_exp(p):
            L.append(f"| {r['dates']} | {r['title']} | {r['site']} | {r['place']} |")
    else:
        L.append("\n## Clinical Experience\n")
        for r in all_exp(p):
            L.append(f"### {r['title']}\n*{r['site']}, {r['place']}* — {r['dates']}\n")
            if r["desc"]:
                L.append(r["desc"] + "\n")
    if p["pubs"]:
        L.append("\n## Publications\n")
        for i, x in enumerate(p["pubs"], 1):
            L.append(f"{i}. {x}")
    L.append(f"\n## Languages\n\n{p['langs_display']}\n")
    if p["skills"]:
        L.append("## Skills\n\n" + ", ".join(p["skills"]) + "\n")
    L.append(f"## Personal\n\n{p['personal']}\n")
    L.append("## References\n")
    for (n, t, o, em, ph) in p["referees"]:
        L.append(f"- {n}, {t}, {o} — {em}, {ph}")
    return "\n".join(L) + "\n"


MD_CSS = {
    "markdown_basic": "@page{size:A4;margin:2cm} body{font-family:'DejaVu Sans';font-size:10pt;max-width:none} h1{font-size:18pt} h2{font-size:12pt;color:#333;border-bottom:1px solid #ccc} h3{font-size:10.5pt;margin:8px 0 0}",
    "markdown_arabic": "@page{size:Letter;margin:1.8cm} body{font-family:'Liberation Serif','DejaVu Sans';font-size:10.5pt} h1{font-size:17pt;margin-bottom:0} h2{font-size:12pt;background:#eee;padding:2px 4px} h3{font-size:10.5pt;margin:6px 0 0}",
    "markdown_compact": "@page{size:A4;margin:1.5cm} body{font-family:'DejaVu Sans';font-size:9pt} h1{font-size:16pt} h2{font-size:11pt;color:#0b5394} table{border-collapse:collapse;width:100%} td,th{border:1px solid #aaa;padding:2px 4px;font-size:8.5pt}",
}


def markdown_html(p, variant):
    src = md_text(p, variant)
    body = md.markdown(src, extensions=["tables"])
    return src, page(MD_CSS[variant], body)


# ------------------------------------------------------------------ plain text
def txt_body(p, style):
    L = []
    if style == "txt_crlf_bom":
        L += [f"{p['name']} ({p['native']})", f"{p['address']}", f"Mobile: {p['phone']}   E-mail: {p['email']}", "",
              "CURRICULUM VITAE", "=" * 16, ""]
    elif style == "txt_plain":
        L += [f"{full_title(p)}", f"{p['address']} | {p['phone']} | {p['email']}", ""]
    else:
        L += [f"CV - {full_title(p)}", f"Email: {p['email']}", f"Phone/WhatsApp: {p['phone']}", f"{p['address']}", ""]
    L += ["OBJECTIVE", p["summary"], "", "EDUCATION"]
    for dt, d, s, pl in p["education"]:
        L.append(f"  {dt}  {d} - {s}, {pl}")
    L += ["", "EXAMS"]
    for e in exam_lines(p):
        L.append(f"  * {e}")
    if p.get("visa"):
        L.append(f"  * Visa status: {p['visa']}")
    L += ["", "CLINICAL EXPERIENCE"]
    for r in all_exp(p):
        L.append(f"  {r['dates']}: {r['title']}")
        L.append(f"      {r['site']}, {r['place']}")
        if r["desc"]:
            L.append(f"      {r['desc']}")
    if p["pubs"]:
        L += ["", "PUBLICATIONS"]
        for i, x in enumerate(p["pubs"], 1):
            L.append(f"  {i}. {x}")
    L += ["", "LANGUAGES", "  " + p["langs_display"], "", "PERSONAL", "  " + p["personal"], "", "REFERENCES"]
    for (n, t, o, em, ph) in p["referees"]:
        L.append(f"  {n} - {t}, {o}")
        L.append(f"  {em} / {ph}")
    return L


def txt(p):
    style = p["layout"]
    L = txt_body(p, style)
    if style == "txt_forwarded":
        head = ["Sent from my iPhone", "", "Begin forwarded message:", "",
                "---------- Forwarded message ---------",
                "From: Omar Al-Khatib <omar.alkhatib.agency@gmail.com>",
                "Date: Tue, Nov 17, 2026 at 9:42 AM",
                "Subject: Fwd: CV for clinical rotation - Dr. Lina Al-Khatib",
                "To: <rotations@usclinicalrotations.example>", "",
                "Dear coordinator,", "",
                "Please find below the CV of my sister, Dr. Lina, for the psychiatry rotation in spring.",
                "You can reply to her directly at her own email below (not this address).", "",
                "Best regards,", "Omar", "", "> " + "-" * 60]
        body = ["> " + x if x else ">" for x in L]
        foot = ["> " + "-" * 60, "", "--", "Omar Al-Khatib | Al-Khatib Education Consulting, Amman",
                "Tel: +962 6 555 0100"]
        return ("\n".join(head + body + foot) + "\n").encode("utf-8")
    if style == "txt_crlf_bom":
        return ("\ufeff" + "\r\n".join(L) + "\r\n").encode("utf-8")
    head = ["Hello,", "", "Pasting my CV below as the attachment did not upload on your portal.",
            "Thank you,", "Irfan", "", ""]
    return ("\n".join(head + L) + "\n").encode("utf-8")


LAYOUTS = {
    "ats_simple": ats_simple, "ats_simple_cyrillic": ats_simple,
    "right_sidebar": right_sidebar, "right_sidebar_cyrillic": right_sidebar,
    "left_sidebar_skillbars": left_sidebar_skillbars,
    "timeline_gutter": timeline_gutter, "timeline_cjk": timeline_gutter,
    "two_page_header": two_page_header, "card_grid": card_grid, "rotations_table": rotations_table,
}
