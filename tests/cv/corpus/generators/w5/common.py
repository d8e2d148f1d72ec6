"""Shared helpers: date formatting, truth computation, small text pools (deterministic)."""
import calendar
import random

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
       "octubre", "noviembre", "diciembre"]
PRESENT_YM = "2026-12"

STATES = {"AL": "Alabama", "AZ": "Arizona", "CA": "California", "CT": "Connecticut", "FL": "Florida",
          "GA": "Georgia", "IL": "Illinois", "KY": "Kentucky", "LA": "Louisiana", "MA": "Massachusetts",
          "MD": "Maryland", "MI": "Michigan", "MN": "Minnesota", "NJ": "New Jersey", "NV": "Nevada",
          "NY": "New York", "OH": "Ohio", "PA": "Pennsylvania", "TN": "Tennessee", "TX": "Texas",
          "WA": "Washington", "CO": "Colorado", "NC": "North Carolina", "MO": "Missouri"}

SPEC_DISPLAY = {
    "Obstetrics and Gynecology": ["OB/GYN", "Obstetrics & Gynecology", "Obstetrics and Gynecology"],
    "Pulmonology/Critical Care": ["Pulmonary & Critical Care Medicine", "Pulmonary and Critical Care",
                                  "Pulmonology / Critical Care"],
    "Hematology/Oncology": ["Hematology-Oncology", "Hematology & Medical Oncology", "Hematology/Oncology"],
}


def spec_disp(spec, rnd=None):
    opts = SPEC_DISPLAY.get(spec)
    if not opts:
        return spec
    return opts[0] if rnd is None else rnd.choice(opts)


def ym(s):
    y, m = s.split("-")
    return int(y), int(m)


def _end(e):
    return PRESENT_YM if e == "present" else e


def fmt_one(s, style):
    y, m = ym(s)
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style in ("month", "monrange", "linkedin"):
        return f"{MONTH[m-1]} {y}"
    if style == "num":
        return f"{m:02d}/{y}"
    if style == "iso":
        return f"{y}-{m:02d}"
    if style == "dot":
        return f"{m:02d}.{y}"
    if style == "apos":
        return f"{MON[m-1]} '{y % 100:02d}"
    if style == "es":
        return f"{MES[m-1]} {y}"
    if style == "dmy":
        return f"01/{m:02d}/{y}"
    raise ValueError(style)


def months_between(s, e):
    y1, m1 = ym(s)
    y2, m2 = ym(_end(e))
    return (y2 - y1) * 12 + (m2 - m1) + 1


def fmt_range(s, e, style, present_word="Present"):
    """Format a start..end month range. e may be 'present'."""
    if style == "es":
        present_word = "actualidad"
    if e == "present":
        return f"{fmt_one(s, style)} – {present_word}"
    if s == e:
        if style == "dmy":
            y, m = ym(s)
            return f"01/{m:02d}/{y} – {calendar.monthrange(y, m)[1]}/{m:02d}/{y}"
        return fmt_one(s, style)
    y1, m1 = ym(s)
    y2, m2 = ym(e)
    if style == "monrange":
        if y1 == y2:
            return f"{MONTH[m1-1]}–{MONTH[m2-1]} {y1}"
        return f"{MONTH[m1-1]} {y1} – {MONTH[m2-1]} {y2}"
    if style == "apos":
        if y1 == y2:
            return f"{MON[m1-1]}-{MON[m2-1]} '{y1 % 100:02d}"
        return f"{MON[m1-1]} '{y1 % 100:02d}-{MON[m2-1]} '{y2 % 100:02d}"
    if style == "dmy":
        return f"01/{m1:02d}/{y1} – {calendar.monthrange(y2, m2)[1]}/{m2:02d}/{y2}"
    if style == "iso":
        return f"{fmt_one(s, style)} to {fmt_one(e, style)}"
    if style == "linkedin":
        n = months_between(s, e)
        return f"{fmt_one(s, style)} - {fmt_one(e, style)} ({n} month{'s' if n > 1 else ''})"
    return f"{fmt_one(s, style)} – {fmt_one(e, style)}"


def fmt_range_linkedin(s, e):
    n = months_between(s, e)
    if e == "present":
        return f"{fmt_one(s, 'month')} - Present ({n} months)"
    return fmt_range(s, e, "linkedin")


def month_set(s, e):
    y, m = ym(s)
    y2, m2 = ym(_end(e))
    out = set()
    while (y, m) <= (y2, m2):
        out.add((y, m))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def usce_truth(entries):
    allm, clin = set(), set()
    out = []
    for u in entries:
        ms = month_set(u["start"], u["end"])
        allm |= ms
        if u["type"] in ("hands_on", "observership"):
            clin |= ms
        out.append({"type": u["type"], "specialty": u["spec"], "state": u["st"],
                    "start": u["start"], "end": _end(u["end"])})
    return out, len(allm), len(clin)


def truth_line(p, fname, layout, scan=False):
    entries, n_all, n_clin = usce_truth(p["usce"])
    t = {"file": fname, "layout": layout, "full_name": p["name"], "email": p["email"],
         "phone_e164": p["e164"], "medical_school": p["school"], "medical_school_country": p["cc"],
         "graduation_year": p["grad"], "is_student": p["student"], "usmle_step1": p["s1"],
         "usmle_step2ck": p["s2"], "usmle_step3": p["s3"], "ecfmg_status": p["ecfmg"],
         "specialties": p["specs"], "languages": p["langs"], "visa_status": p["visa"],
         "publications": (None if p["pubs"] is None else p["pubs"]), "usce_months": n_all,
         "usce_months_clinical": n_clin, "usce_entries": entries}
    if scan:
        t["needs_ocr"] = True
    return t


# ---------------------------------------------------------------- text pools
JOURNALS = ["Cureus", "BMJ Open", "Journal of Clinical Medicine", "Annals of Medicine and Surgery",
            "Frontiers in Medicine", "PLoS One", "Journal of Community Hospital Internal Medicine Perspectives",
            "World Journal of Clinical Cases", "BMC Medical Education", "Scientific Reports",
            "Journal of the American Heart Association", "American Journal of Case Reports",
            "Medicine (Baltimore)", "Journal of General Internal Medicine", "Pediatric Research",
            "Neurology Clinical Practice", "Clinical Rheumatology", "Endocrine Practice",
            "Journal of Investigative Dermatology", "Open Forum Infectious Diseases"]
TOPICS = ["outcomes of {x} in patients with {y}", "a retrospective cohort study of {x} among {y}",
          "{x} and its association with {y}: a systematic review", "burden of {x} in {y}: a cross-sectional study",
          "case report: atypical presentation of {x} in {y}", "predictors of {x} in hospitalized {y}",
          "trends in {x} among {y}, 2010-2022", "{x} in {y}: a meta-analysis"]
X = ["acute kidney injury", "diabetic ketoacidosis", "heart failure readmission", "sepsis", "atrial fibrillation",
     "vitamin D deficiency", "dengue fever", "tuberculosis", "iron deficiency anemia", "stroke thrombolysis",
     "hepatitis C treatment", "COVID-19 vaccination", "lupus nephritis", "thyroid nodules", "neonatal jaundice",
     "community-acquired pneumonia", "chronic kidney disease", "burnout", "hypertension control",
     "medication adherence", "pulmonary embolism", "gestational diabetes"]
Y = ["older adults", "medical students", "a tertiary care hospital", "low-income countries", "rural communities",
     "patients on hemodialysis", "children under five", "pregnant women", "cancer survivors",
     "COVID-19 patients", "intensive care units", "South Asian immigrants", "emergency department visits"]
FIRST = ["A.", "M.", "S.", "R.", "J.", "K.", "L.", "N.", "T.", "H.", "F.", "D."]
LAST = ["Smith", "Patel", "Khan", "Johnson", "Garcia", "Lee", "Brown", "Ahmed", "Williams", "Singh", "Chen",
        "Davis", "Martinez", "Okafor", "Hassan", "Kim", "Lopez", "Rossi", "Wang", "Ali"]


def make_pub(rnd, surname, year, kind="paper", first_initial="X."):
    au = [f"{rnd.choice(LAST)} {rnd.choice(FIRST)}" for _ in range(rnd.randint(1, 4))]
    pos = rnd.randint(0, len(au))
    au.insert(pos, f"{surname} {first_initial}")
    t = rnd.choice(TOPICS).format(x=rnd.choice(X), y=rnd.choice(Y))
    t = t[0].upper() + t[1:]
    if kind == "paper":
        j = rnd.choice(JOURNALS)
        vol = rnd.randint(5, 60)
        return f"{', '.join(au).rstrip('.')}. {t}. {j}. {year};{vol}({rnd.randint(1, 12)}):{rnd.randint(100, 999)}-{rnd.randint(1000, 1999)}. doi:10.{rnd.randint(1000, 9999)}/{rnd.randint(100000, 999999)}"
    conf = rnd.choice(["ACP Internal Medicine Meeting", "American Thoracic Society International Conference",
                       "AHA Scientific Sessions", "SHM Converge", "IDWeek", "ACG Annual Scientific Meeting",
                       "Pediatric Academic Societies Meeting", "AAN Annual Meeting", "ACR Convergence",
                       "ENDO Annual Meeting", "SGIM Annual Meeting"])
    city = rnd.choice(["Boston, MA", "San Diego, CA", "Chicago, IL", "Philadelphia, PA", "Washington, DC",
                       "Denver, CO", "Seattle, WA", "Orlando, FL"])
    lab = {"poster": "Poster presentation", "abstract": "Abstract", "talk": "Oral presentation"}[kind]
    return f"{', '.join(au).rstrip('.')}. {t}. {lab}, {conf}, {city}, {year}."


DUTIES = {
    "hands_on": ["Took histories and performed physical examinations on newly admitted patients; presented on daily rounds to the attending physician.",
                 "Wrote progress notes and admission H&Ps under supervision, placed pended orders in Epic and followed up laboratory and imaging results.",
                 "Managed a census of 4-6 patients, participated in family meetings and discharge planning with case management.",
                 "Performed supervised procedures including venipuncture, arterial blood gas sampling and Foley catheter insertion.",
                 "Presented a case-based teaching session to the team and received a letter of recommendation from the supervising attending."],
    "observership": ["Observed inpatient rounds and outpatient clinics; discussed differential diagnoses and management plans with attendings and residents.",
                     "Attended morning reports, noon conferences, grand rounds and journal clubs.",
                     "Became familiar with the US healthcare system, EMR documentation (Epic/Cerner) and interdisciplinary care.",
                     "Prepared short topic presentations for the team on evidence-based management."],
    "research": ["Designed and conducted retrospective chart reviews; built REDCap databases and performed statistical analysis in R and SPSS.",
                 "Drafted manuscripts, abstracts and IRB applications; coordinated with statisticians and co-investigators.",
                 "Screened and consented participants for prospective studies and maintained regulatory binders.",
                 "Performed systematic literature searches and data extraction for meta-analyses."],
    "telehealth": ["Participated in virtual patient encounters via a telemedicine platform under attending supervision.",
                   "Reviewed charts before virtual visits, presented assessments and drafted plans; attended virtual didactics."],
}
HOME_DUTIES = ["Rotated through Internal Medicine, Surgery, Pediatrics, Obstetrics & Gynecology and Emergency Medicine.",
               "Managed ward patients, took night calls and handled emergencies under supervision of consultants.",
               "Performed procedures including central lines, lumbar punctures, pleural taps and endotracheal intubation.",
               "Supervised junior house officers and medical students during ward rounds.",
               "Ran outpatient clinics with 40-60 patients per day in a high-volume public hospital."]
VOLUNTEER = ["Free medical camp volunteer, organized screening for hypertension and diabetes in rural villages.",
             "Blood donation drive coordinator, student society (collected 300+ units).",
             "Volunteer physician at a flood-relief medical camp.",
             "Basic Life Support instructor for nursing and medical students.",
             "Teaching volunteer, tutored underprivileged high-school students in biology and chemistry.",
             "Volunteer at a free clinic for uninsured patients."]


def duties(rnd, kind, n=2):
    pool = DUTIES[kind][:]
    rnd.shuffle(pool)
    return pool[:n]


def rng(p):
    return random.Random(1000 + p["id"])
