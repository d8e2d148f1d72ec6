# -*- coding: utf-8 -*-
"""Programmatic text PDFs (reportlab / fpdf2) for w13."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from data import P  # noqa: E402
from engine import RL, FP, Flow  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), "..", "files")


def spaced(s):
    return " ".join(list(s.upper())).replace("   ", "     ")


def heading(fl, text, style, color=(0, 0, 0), size=10.5):
    be = fl.be
    fl.need(30)
    fl.y += 16
    if style == "spaced":
        be.color(*color)
        fl.f("B", size)
        fl.put(fl.x0, fl.y, spaced(text), mode="char")
        be.color(150, 150, 150)
        be.line(fl.x0, fl.y + 4, fl.x1, fl.y + 4, 0.4)
        be.color(0, 0, 0)
        fl.y += 3
    elif style == "tracked":
        be.color(*color)
        fl.f("B", size)
        fl.put(fl.x0, fl.y, text.upper(), spacing=2.2)
        be.color(0, 0, 0)
        fl.y += 2
    elif style == "bar":
        be.color(*color)
        be.rect(fl.x0, fl.y - size - 1, fl.x1 - fl.x0, size + 6)
        be.color(255, 255, 255)
        fl.f("B", size)
        fl.put(fl.x0 + 5, fl.y + 1, text.upper())
        be.color(0, 0, 0)
        fl.y += 5
    elif style == "rule":
        fl.f("B", size + 1)
        be.color(*color)
        fl.put(fl.x0, fl.y, text)
        be.line(fl.x0, fl.y + 3, fl.x1, fl.y + 3, 0.8)
        be.color(0, 0, 0)
        fl.y += 3
    else:
        fl.f("B", size)
        be.color(*color)
        fl.put(fl.x0, fl.y, text)
        be.color(0, 0, 0)


def entry(fl, e, estyle, size=9.5, justify=False, datecol=90):
    if estyle == "left_date":
        fl.need(28)
        fl.y += size * 1.4
        fl.f("R", size - 1)
        fl.be.color(90, 90, 90)
        fl.put(fl.x0, fl.y, e["date"])
        fl.be.color(0, 0, 0)
        fl.f("B", size)
        y0 = fl.y
        fl.y -= size * 1.4
        fl.para(e["head"], "B", size, x=fl.x0 + datecol)
        fl.para(e["sub"], "I", size, x=fl.x0 + datecol)
        for b in e["bullets"]:
            fl.para("- " + b, "R", size - 0.5, x=fl.x0 + datecol + 8, justify=justify)
        del y0
        return
    if estyle == "inline":
        fl.para(f"{e['head']} — {e['sub']} ({e['date']})", "R", size, justify=justify)
        for b in e["bullets"]:
            fl.para("• " + b, "R", size - 0.5, indent=12, justify=justify)
        return
    # right_date
    fl.need(30)
    dw = 0
    fl.f("R", size - 0.5)
    dw = fl.be.width(e["date"]) + 10
    fl.para(e["head"], "B", size, x1=fl.x1 - dw)
    fl.right(e["date"], fl.y, "R", size - 0.5)
    fl.para(e["sub"], "I", size)
    for b in e["bullets"]:
        fl.para("• " + b, "R", size - 0.5, indent=12, justify=justify)


def body(fl, p, hstyle="rule", estyle="right_date", size=9.5, justify=False, color=(0, 0, 0), skip=(),
         summary_head="Profile", rename=None, hsize=10.5):
    rename = rename or {}
    if p.get("summary") and "summary" not in skip:
        heading(fl, summary_head, hstyle, color, hsize)
        fl.para(p["summary"], "R", size, justify=justify)
    for name, items in p["sections"]:
        heading(fl, rename.get(name, name), hstyle, color, hsize)
        for it in items:
            if isinstance(it, dict):
                entry(fl, it, estyle, size, justify)
            else:
                fl.para(it, "R", size, justify=justify, indent=0)
        fl.y += 2


# --------------------------------------------------------------------------- layouts
def l001(fn):  # reportlab, char-by-char, letter-spaced headings
    p = P["rohan"]
    be = RL(fn)
    fl = Flow(be, "libsans", mode="char")
    fl.f("B", 22)
    fl.y += 20
    fl.put(fl.x0, fl.y, p["name"].upper(), spacing=3)
    fl.f("R", 10)
    fl.y += 16
    fl.put(fl.x0, fl.y, "M B B S   ·   I N T E R N A L   M E D I C I N E   A P P L I C A N T", mode="char")
    fl.y += 14
    fl.put(fl.x0, fl.y, "   |   ".join(p["contact"]), mode="char")
    body(fl, p, "spaced", "right_date", 9.5, summary_head="Objective")
    be.save()


def l002(fn):  # fpdf2 word-by-word, justified paragraphs
    p = P["chiamaka"]
    be = FP(fn, pagesize=(612, 792))
    fl = Flow(be, "dejavuserif", x0=64, x1=548, mode="word")
    fl.f("B", 18)
    fl.y += 18
    w = be.width(p["name"] + ", MBBS")
    fl.put((612 - w) / 2, fl.y, p["name"] + ", MBBS")
    fl.f("R", 9.5)
    line = "  ◆  ".join(p["contact"])
    fl.y += 15
    fl.put((612 - be.width(line)) / 2, fl.y, line)
    be.line(64, fl.y + 6, 548, fl.y + 6, 1)
    fl.y += 6
    body(fl, p, "plain", "inline", 10, justify=True, color=(20, 60, 120), summary_head="Personal Statement")
    be.save()


def l003(fn):  # reportlab, rotated vertical sidebar label, sidebar contacts
    p = P["mariana"]
    be = RL(fn)
    sb = 172

    def side(fl):
        be.color(38, 70, 83)
        be.rect(0, 0, sb, be.H)
        be.color(255, 255, 255)
        be.font("notosans-B", 30)
        be.rotated(40, be.H - 50, "CURRICULUM  VITAE", 90)
        be.font("notosans-R", 7.5)
        if fl.page == 1:
            y = 80
            for c in p["contact"]:
                for ln in fl.wrap(c, 110):
                    be.text(56, y, ln)
                    y += 11
                y += 4
        be.color(0, 0, 0)

    fl = Flow(be, "notosans", x0=sb + 24, x1=be.W - 40, mode="word", on_newpage=side)
    side(fl)
    fl.f("B", 20)
    fl.y += 14
    fl.put(fl.x0, fl.y, p["name"])
    fl.f("I", 10)
    fl.y += 14
    fl.put(fl.x0, fl.y, "Médica Cirujana · Neurology")
    body(fl, p, "rule", "right_date", 9, color=(38, 70, 83), summary_head="Career Goal")
    be.save()


def l004(fn):  # fpdf2, multi-page, contacts only on the last page
    p = P["ahmed"]
    be = FP(fn)
    fl = Flow(be, "libserif", x0=60, x1=535, mode="word", bottom=90)
    fl.f("B", 24)
    fl.y += 24
    fl.put(fl.x0, fl.y, "Ahmed Hassan El-Sayed, MBBCh")
    fl.f("I", 11)
    fl.y += 16
    fl.put(fl.x0, fl.y, "Curriculum Vitae — General Surgery")
    be.line(60, fl.y + 8, 535, fl.y + 8, 1.2)
    fl.y += 8
    body(fl, p, "tracked", "right_date", 11, color=(110, 20, 20), summary_head="Summary", hsize=11)
    while fl.page < 3:
        fl.need(10000)
    heading(fl, "Contact Details", "tracked", (110, 20, 20), 11)
    for c in p["contact"]:
        fl.para(c, "R", 11)
    fl.para("Date of birth: 03 May 1995   |   Nationality: Egyptian", "R", 11)
    be.save()


def l005(fn):  # reportlab, cover letter first page, CV after
    p = P["sana"]
    be = RL(fn, pagesize=(612, 792))
    fl = Flow(be, "dejavuserif", x0=72, x1=540, mode="word")
    fl.f("R", 10.5)
    fl.y += 10
    for ln in ["Sana Tariq, MBBS", "Lahore, Pakistan", "November 2, 2025", "",
               "Program Director", "Psychiatry Residency Program", "Rutgers New Jersey Medical School",
               "Newark, NJ 07103", ""]:
        fl.y += 14
        fl.put(fl.x0, fl.y, ln)
    fl.y += 8
    paras = [
        "Dear Program Director,",
        "I am writing to express my sincere interest in the categorical Psychiatry residency position at your program. "
        "During my observership at Hackensack Meridian Health and my telepsychiatry externship with Penn Behavioral Health, "
        "I saw how integrated care and careful listening change the trajectory of patients with severe mental illness.",
        "As a graduate of King Edward Medical University, I completed my house job at Mayo Hospital, Lahore, where I cared "
        "for patients with psychiatric emergencies in a resource-limited setting. My research on depression among medical "
        "students was published in the Journal of the Pakistan Medical Association.",
        "I have passed USMLE Step 1 and scored 251 on Step 2 CK, and I am ECFMG certified. I will require J-1 visa sponsorship. "
        "I would be grateful for the opportunity to interview with your program.",
        "Sincerely,", "", "Sana Tariq"]
    for t in paras:
        fl.para(t, "R", 10.5, lead=15, justify=True)
        fl.y += 8
    be.newpage()
    fl.page += 1
    fl.y = 60
    fl.f("B", 20)
    fl.put(fl.x0, fl.y, "SANA TARIQ")
    fl.f("R", 9.5)
    fl.right("  •  ".join(p["contact"]), fl.y, "R", 8.5)
    be.line(72, fl.y + 8, 540, fl.y + 8, 0.7)
    fl.y += 8
    body(fl, p, "plain", "right_date", 10, color=(90, 40, 120), summary_head="Career Objective")
    be.save()


def l006(fn):  # fpdf2, 3-column footer with contacts on every page
    p = P["minhanh"]
    be = FP(fn)

    def footer(fl):
        be.color(0, 105, 92)
        be.line(50, be.H - 48, be.W - 50, be.H - 48, 0.8)
        fl.f("R", 8)
        cols = [("EMAIL", p["contact"][0]), ("PHONE", p["contact"][1]), ("ADDRESS", p["contact"][2])]
        for k, (lab, val) in enumerate(cols):
            x = 50 + k * (be.W - 100) / 3
            fl.f("B", 7)
            be.text(x, be.H - 36, lab)
            be.color(40, 40, 40)
            fl.f("R", 8.5)
            be.text(x, be.H - 25, val)
            be.color(0, 105, 92)
        be.color(0, 0, 0)

    fl = Flow(be, "notosans", x0=50, x1=545, mode="word", bottom=80, on_newpage=footer)
    footer(fl)
    fl.f("B", 26)
    be.color(0, 105, 92)
    fl.y += 22
    fl.put(fl.x0, fl.y, p["name"])
    be.color(0, 0, 0)
    fl.f("R", 11)
    fl.y += 16
    fl.put(fl.x0, fl.y, "Doctor of Medicine · Family Medicine Applicant")
    body(fl, p, "bar", "right_date", 10, color=(0, 105, 92), summary_head="About me")
    be.save()


def l007(fn):  # fpdf2 with CJK name (Noto Sans CJK SC from the .ttc collection)
    p = P["liwei"]
    be = FP(fn)
    be.p.add_font("CJK", "", "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", collection_font_number=2)
    fl = Flow(be, "dejavu", x0=50, x1=545, mode="word")
    fl.y += 28
    fl.f("B", 22)
    x = fl.put(fl.x0, fl.y, "LIWEI ZHANG")
    be.p.set_font("CJK", "", 20)
    be.text(x + 14, fl.y, p["alt"])
    fl.f("R", 9.5)
    fl.y += 16
    fl.put(fl.x0, fl.y, "MBBS  |  " + "  |  ".join(p["contact"]))
    body(fl, p, "spaced", "left_date", 9, color=(140, 20, 30), summary_head="Summary")
    be.save()


def _shaped_fpdf(fn, p, script_font, label, hcolor):
    be = FP(fn)
    be.p.add_font("alt", "", __import__("engine").fontpath(script_font))
    fl = Flow(be, "notosans", x0=54, x1=541, mode="word")
    fl.f("B", 22)
    fl.y += 24
    fl.put(fl.x0, fl.y, p["name"])
    be.p.set_font("alt", "", 18)
    be.p.set_text_shaping(True)
    be.p.set_xy(fl.x0, fl.y + 6)
    be.p.cell(300, 22, p["alt"])
    be.p.set_text_shaping(False)
    fl.y += 32
    fl.f("R", 9)
    be.color(80, 80, 80)
    fl.put(fl.x0, fl.y, label)
    for c in p["contact"]:
        fl.y += 12
        fl.put(fl.x0, fl.y, c)
    be.color(0, 0, 0)
    body(fl, p, "rule", "right_date", 9.5, color=hcolor, summary_head="Objective")
    return be


def l008(fn):  # fpdf2 + Devanagari name (shaped)
    be = _shaped_fpdf(fn, P["priya"], "NotoSansDevanagari-Regular.ttf", "MBBS · Obstetrics & Gynecology", (150, 60, 0))
    be.save()


def l009(fn):  # fpdf2 + Arabic name (shaped, RTL)
    be = _shaped_fpdf(fn, P["omar"], "NotoNaskhArabic-Regular.ttf", "Doctor of Medicine · Internal Medicine / Nephrology",
                      (0, 80, 40))
    be.save()


def l012(fn):  # fpdf2 char-by-char two-column
    p = P["fatima"]
    be = FP(fn)
    fl = Flow(be, "dejavu", x0=40, x1=555, mode="char")
    be.color(60, 30, 90)
    be.rect(0, 0, be.W, 92)
    be.color(255, 255, 255)
    fl.f("B", 24)
    fl.put(40, 48, p["name"], mode="char")
    fl.f("R", 10)
    fl.put(40, 70, "MD  ·  Internal Medicine → Infectious Disease", mode="char")
    be.color(0, 0, 0)
    # left column: contacts, exams, languages ; right: the rest
    left = Flow(be, "dejavu", x0=40, x1=185, top=100, mode="char")
    left.y = 100
    heading(left, "Contact", "tracked", (60, 30, 90), 9)
    for c in p["contact"]:
        left.para(c, "R", 8.5)
    secs = dict(p["sections"])
    for nm in ["USMLE / ECFMG", "Langues / Languages"]:
        heading(left, nm, "tracked", (60, 30, 90), 9)
        for it in secs[nm]:
            left.para(it, "R", 8.5)
    right = Flow(be, "dejavu", x0=205, x1=555, top=100, mode="char")
    right.y = 100
    q = dict(p)
    q["sections"] = [s for s in p["sections"] if s[0] not in ("USMLE / ECFMG", "Langues / Languages")]
    body(right, q, "tracked", "right_date", 9, color=(60, 30, 90), summary_head="Objectif / Objective", hsize=9)
    be.save()


def l013(fn):  # reportlab justified serif, multi-page, referees
    p = P["oleksandr"]
    be = RL(fn, pagesize=(612, 792))

    def hdr(fl):
        fl.f("I", 8)
        be.color(120, 120, 120)
        be.text(72, 40, "Oleksandr Kovalenko — Curriculum Vitae")
        fl.right("Page %d" % fl.page, 40, "I", 8)
        be.color(0, 0, 0)

    fl = Flow(be, "notoserif", x0=72, x1=540, top=58, mode="word", on_newpage=hdr)
    fl.f("B", 17)
    fl.y += 10
    fl.put(fl.x0, fl.y, "Oleksandr Kovalenko, M.D.")
    for c in p["contact"]:
        fl.para(c, "R", 10)
    body(fl, p, "rule", "left_date", 10.5, justify=True, summary_head="Personal Statement", hsize=11)
    fl.para("I confirm that the information above is accurate. — O. Kovalenko, Kyiv, 2025", "I", 9, justify=True)
    be.save()


def l014(fn):  # fpdf2 timeline with letter-spaced headings, student
    p = P["kwame"]
    be = FP(fn, pagesize=(612, 792))
    fl = Flow(be, "libsans", x0=60, x1=552, mode="word")
    fl.f("B", 28)
    fl.y += 28
    fl.put(fl.x0, fl.y, "KWAME", spacing=6)
    be.color(200, 120, 0)
    fl.put(fl.x0 + 150, fl.y, "ASANTE", spacing=6)
    be.color(0, 0, 0)
    fl.f("R", 9.5)
    fl.y += 18
    fl.put(fl.x0, fl.y, "Medical Student (Final Year)  /  " + "  /  ".join(p["contact"]))
    be.color(200, 120, 0)
    be.line(60, fl.y + 8, 552, fl.y + 8, 2)
    be.color(0, 0, 0)
    fl.y += 6
    body(fl, p, "spaced", "left_date", 9.5, color=(200, 120, 0), summary_head="About", datecol=None) \
        if False else body(fl, p, "spaced", "left_date", 9.5, color=(200, 120, 0), summary_head="About")
    be.save()


LAYOUTS = [
    ("001", "rl_charwise_spaced", "rohan", l001),
    ("002", "fpdf_wordwise_justified", "chiamaka", l002),
    ("003", "rl_vertical_sidebar", "mariana", l003),
    ("004", "fpdf_contacts_lastpage", "ahmed", l004),
    ("005", "rl_coverletter_first", "sana", l005),
    ("006", "fpdf_footer3col", "minhanh", l006),
    ("007", "fpdf_cjk_name", "liwei", l007),
    ("008", "fpdf_devanagari_name", "priya", l008),
    ("009", "fpdf_arabic_name", "omar", l009),
    ("012", "fpdf_charwise_twocol", "fatima", l012),
    ("013", "rl_justified_serif_refs", "oleksandr", l013),
    ("014", "fpdf_timeline_student", "kwame", l014),
]


def build():
    rows = []
    for num, lay, key, fn in LAYOUTS:
        name = f"w13_{num}_{lay}.pdf"
        fn(os.path.join(OUT, name))
        rows.append((name, lay, key, {}))
    return rows


if __name__ == "__main__":
    for r in build():
        print(r[0])
