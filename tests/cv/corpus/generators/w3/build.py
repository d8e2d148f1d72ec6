"""Turn a person into an abstract CV (header + ordered sections) with varied wording."""
from people import ALIAS, fmt_date, DATE_STYLES, MONTHS, MON3


def spec_disp(rng, s, plain=False):
    return s if plain or rng.random() < 0.55 else rng.choice(ALIAS[s])


def rng_date(y, m, style):
    return fmt_date(y, m, style)


def build(p, rng):
    ds = rng.choice(DATE_STYLES)
    dash = rng.choice([" – ", " - ", " to ", " — "])
    cv = {}
    nm = p["full_name"]
    if rng.random() < 0.3:  # surname-first / caps variants keep the same name string for labels
        pass
    cv["name_line"] = p["title_prefix"] + nm + ((", " + p["degree_suffix"]) if p["degree_suffix"] else "")
    cv["first"], cv["last"] = p["first"], p["last"]
    cv["alt"] = p["alt"]
    cv["headline"] = ("Medical Student (MS%d)" % rng.choice([3, 4])) if p["is_student"] else rng.choice(
        ["International Medical Graduate", "Physician", "Medical Graduate | Residency Applicant", "IMG – Applicant for US Residency"])
    contacts = []
    if p["email"]:
        contacts.append((rng.choice(["Email", "E-mail", "Mail"]), p["email"]))
    contacts.append((rng.choice(["Phone", "Mobile", "Cell", "Tel", "WhatsApp / Mobile"]), p["phone_disp"]))
    contacts.append((rng.choice(["Address", "Location", "Based in"]), p["city"]))
    cv["contacts"] = contacts
    secs = []
    # objective
    if p["specialties"]:
        sp = [spec_disp(rng, s) for s in p["specialties"]]
        joined = " and ".join(sp)
        txt = rng.choice([
            "Seeking a categorical residency position in %s in the United States." % joined,
            "Career goal: residency training in %s, with a long-term interest in academic medicine." % joined,
            "Motivated graduate applying to %s residency programs (NRMP Match 2027)." % joined,
            "Interested in %s." % joined])
        secs.append((rng.choice(["Objective", "Career Objective", "Personal Statement", "Professional Summary", "Career Interests"]), "lines", [txt]))
    elif rng.random() < 0.4:
        secs.append(("Summary", "lines", ["Dedicated physician seeking US clinical experience and a residency position."]))
    # education
    ed = []
    eds = "mon_yyyy" if ds == "mon_'yy" else ds
    if p["is_student"]:
        when = "%d%sPresent" % (p["start_year"], dash)
        det = "Expected graduation: %s %d" % (MONTHS[p["grad_month"] - 1], p["grad_year"])
    else:
        when = rng.choice(["%d%s%d" % (p["start_year"], dash, p["grad_year"]),
                           "%s%s%s" % (fmt_date(p["start_year"], 9, eds), dash, fmt_date(p["grad_year"], p["grad_month"], eds))])
        det = rng.choice(["Graduated %s %d" % (MONTHS[p["grad_month"] - 1], p["grad_year"]), "Class rank: top %d%%" % rng.choice([5, 10, 15]), ""])
    ed.append({"when": when, "title": p["degree"], "org": p["school"], "where": p["city"].split(",")[-1].strip() if p["cc"] not in ("GD", "SX") else ("Grenada, West Indies" if p["cc"] == "GD" else "Sint Maarten"), "detail": det})
    if rng.random() < 0.35:
        y = p["start_year"] - 1
        ed.append({"when": "%d" % y, "title": rng.choice(["Higher Secondary Certificate (Pre-Medical)", "High School Diploma", "FSc Pre-Medical", "Premedical foundation year"]),
                   "org": rng.choice(["City Science College", "National Preparatory School", "Government College"]), "where": p["city"].split(",")[-1].strip(), "detail": ""})
    secs.append((rng.choice(["Education", "Medical Education", "EDUCATION & TRAINING", "Academic Background"]), "entries", ed))
    # exams
    kv = []
    s1 = p["step1"]
    if s1 is not None:
        v = {"pass": rng.choice(["Pass", "PASS", "Passed (first attempt)"]), "fail": rng.choice(["Fail", "Not passed (2023 attempt)"])}.get(s1, str(s1))
        if isinstance(s1, int) and rng.random() < 0.4:
            v += " (first attempt)"
        kv.append(("USMLE Step 1", v))
    if p["step2"]:
        kv.append((rng.choice(["USMLE Step 2 CK", "Step 2 CK", "Step 2 Clinical Knowledge"]), str(p["step2"])))
    elif p["is_student"] and rng.random() < 0.5:
        kv.append(("Step 2 CK", "Scheduled – %s 2027" % rng.choice(["March", "June", "August"])))
    if p["step2cs"]:
        kv.append(("Step 2 CS", "Pass (%d)" % min(p["grad_year"] + 1, 2020)))
    if p["step3"]:
        kv.append(("USMLE Step 3", str(p["step3"])))
    if p["practice"]:
        kv.append((rng.choice(["Practice exams", "Self-assessments", "NBME/UWSA practice"]), p["practice"]))
    if p["plab"]:
        kv.append(("PLAB 1 & 2 (UK GMC)", "Passed"))
    if p["mccqe"]:
        kv.append(("MCCQE Part I (Canada)", "Pass"))
    e = p["ecfmg"]
    if e:
        kv.append(("ECFMG", {"certified": rng.choice(["Certified", "Certified (%d)" % min(2026, p["grad_year"] + 1), "ECFMG Certified"]),
                             "pending": rng.choice(["Certification pending", "Pending (awaiting Pathway/OET result)", "In process – pending"]),
                             "not_certified": rng.choice(["Not yet certified", "Not certified"])}[e]))
    if kv:
        secs.append((rng.choice(["USMLE", "Examinations", "USMLE & Certification", "Licensing Examinations", "Board Scores"]), "kv", kv))
    # USCE
    usce = []
    research_sep = rng.random() < 0.4
    research_items = []
    for u in p["usce"]:
        t = u["type"]
        role = {"hands_on": rng.choice(["Hands-on Externship", "Sub-Internship (hands-on)", "Clinical Externship (hands-on)",
                                        "Core Clerkship" if p["is_student"] else "Hands-on Clinical Rotation", "Elective Rotation (hands-on)"]),
                "observership": rng.choice(["Observership", "Clinical Observership", "Observer"]),
                "research": rng.choice(["Research Fellow", "Clinical Research Volunteer", "Research Assistant", "Postdoctoral Research Fellow"]),
                "telehealth": rng.choice(["Telehealth Rotation", "Virtual Rotation (telemedicine)", "Tele-rotation"])}[t]
        sp = spec_disp(rng, u["specialty"])
        y, m = map(int, u["start"].split("-"))
        ey, em = map(int, u["end"].split("-"))
        if u["present"]:
            when = fmt_date(y, m, ds) + dash + rng.choice(["Present", "present", "Current"])
        elif (y, m) == (ey, em) and rng.random() < 0.6:
            when = fmt_date(y, m, ds) + " (4 weeks)"
        else:
            when = fmt_date(y, m, ds) + dash + fmt_date(ey, em, ds)
        site = u["site"]
        where = "%s, %s" % (site[1], site[2] if rng.random() < 0.7 else site[3])
        title = "%s – %s" % (role, sp) if rng.random() < 0.6 else "%s, %s" % (sp, role)
        det = {"hands_on": "Took histories, presented patients on rounds, wrote progress notes under supervision of %s." % u["supervisor"],
               "observership": "Observed inpatient and clinic care; attended morning report and noon conferences (%s)." % u["supervisor"],
               "research": "Retrospective chart review and manuscript preparation in %s; mentor %s." % (u["specialty"], u["supervisor"]),
               "telehealth": "Virtual patient encounters, case presentations and EMR documentation with %s." % u["supervisor"]}[t]
        item = {"when": when, "title": title, "org": site[0], "where": where, "detail": det}
        (research_items if (t == "research" and research_sep) else usce).append(item)
    if usce:
        secs.append((rng.choice(["US Clinical Experience", "USCE", "US Clinical Rotations", "Clinical Experience (USA)", "Clinical Experience in the United States"]), "entries", usce))
    if research_items:
        secs.append((rng.choice(["Research Experience", "Research"]), "entries", research_items))
    # non-US
    nu = []
    for x in p["nonus"]:
        when = fmt_date(*x["start"], ds) + dash + fmt_date(*x["end"], ds)
        nu.append({"when": when, "title": x["role"], "org": x["place"].rsplit(",", 1)[0] if x["place"].count(",") > 1 else x["place"], "where": x["place"].rsplit(",", 1)[-1].strip(), "detail": x["detail"]})
    if nu:
        secs.append((rng.choice(["Professional Experience", "Clinical Experience", "Work Experience", "Postgraduate Training", "Clinical Work Experience"]), "entries", nu))
    # publications
    if p["has_pub_section"]:
        if not p["pubs"] and not p["posters"]:
            secs.append((rng.choice(["Publications", "Publications"]), "lines", [rng.choice(["None to date.", "No peer-reviewed publications yet (manuscript in preparation)."])]))
        elif rng.random() < 0.5 or not p["pubs"]:
            lines = ["[Peer-reviewed] " + x for x in p["pubs"]] + ["[%s] " % x.split(":")[0] + x.split(": ", 1)[1] for x in p["posters"]]
            secs.append((rng.choice(["Publications & Presentations", "Publications and Posters", "Scholarly Activity"]), "lines", lines))
        else:
            secs.append((rng.choice(["Peer-Reviewed Publications", "Publications"]), "lines", p["pubs"]))
            if p["posters"]:
                secs.append((rng.choice(["Posters & Abstracts", "Presentations", "Conference Presentations"]), "lines", p["posters"]))
    elif p["posters"]:
        secs.append(("Presentations", "lines", p["posters"]))
    # languages
    if p["languages"]:
        parts = []
        for l in p["languages"]:
            lv = p["lang_levels"].get(l)
            parts.append("%s (%s)" % (l, lv) if lv and "(" not in l else ("%s – %s" % (l, lv) if lv else l))
        secs.append((rng.choice(["Languages", "Language Skills", "Languages Spoken"]), "lines", [", ".join(parts)] if rng.random() < 0.5 else parts))
    # personal
    pers = []
    if p["dob"]:
        y, m, d = p["dob"]
        pers.append(("Date of Birth", rng.choice(["%02d/%02d/%d" % (d, m, y), "%s %d, %d" % (MONTHS[m - 1], d, y), "%d" % y, "%d-%02d-%02d" % (y, m, d)])))
    v = p["visa"]
    if v:
        pers.append((rng.choice(["Visa status", "Immigration status", "Work authorization"]),
                     {"citizen": rng.choice(["US Citizen", "United States citizen"]),
                      "green_card": rng.choice(["US Permanent Resident (Green Card)", "Green Card holder"]),
                      "j1": rng.choice(["Will require J-1 visa (ECFMG sponsorship)", "J-1 visa required", "Requires J-1 sponsorship"]),
                      "h1b": rng.choice(["Requires H-1B visa sponsorship", "Seeking H-1B"]),
                      "b1b2": rng.choice(["Valid B1/B2 visitor visa (expires 2029)", "Holds B1/B2 visa"])}[v]))
    if pers:
        nat = {"EG": "Egyptian", "IN": "Indian", "PK": "Pakistani", "NG": "Nigerian", "PH": "Filipino", "MX": "Mexican",
               "BR": "Brazilian", "IR": "Iranian", "SY": "Syrian", "JO": "Jordanian", "VN": "Vietnamese", "UA": "Ukrainian",
               "RU": "Russian", "TR": "Turkish", "BD": "Bangladeshi", "NP": "Nepali", "CN": "Chinese", "CO": "Colombian"}.get(p["cc"])
        if nat:
            pers.append(("Nationality", nat))
        secs.append((rng.choice(["Personal Information", "Personal Details", "Additional Information"]), "kv", pers))
    # referees
    if p["refs"]:
        items = []
        for r in p["refs"]:
            items.append({"when": "", "title": r["name"], "org": r["title"], "where": r["site"],
                          "detail": "Email: %s | Phone: %s" % (r["email"], r["phone"])})
        secs.append((rng.choice(["References", "Referees", "Letters of Recommendation From"]), "refs", items))
    elif p["refs_on_request"]:
        secs.append(("References", "lines", ["Available upon request."]))
    # shuffle the middle a bit (keep objective first, refs last)
    head = secs[:1] if secs and secs[0][0] in ("Objective", "Career Objective", "Personal Statement", "Professional Summary", "Career Interests", "Summary") else []
    tail = [s for s in secs if s[2] == "refs" or s[0] == "References"]
    mid = [s for s in secs if s not in head and s not in tail]
    if rng.random() < 0.5:
        rng.shuffle(mid)
    cv["sections"] = head + mid + tail
    return cv
