"""Builds the printed content of a CV (structured) from a person record. Layouts decide the look."""
from common import (STATES, fmt_range, fmt_range_linkedin, spec_disp, duties, rng, make_pub, HOME_DUTIES,
                    VOLUNTEER)

PREMED = {6: ("B.S. Biology", "University of Florida", "Gainesville, FL", "2018 – 2022"),
          25: ("B.A. Biochemistry", "Rutgers University", "New Brunswick, NJ", "2019 – 2023"),
          29: ("B.S. Neuroscience", "The University of Texas at Dallas", "Richardson, TX", "2019 – 2023")}


def dates(p, s, e):
    if p["style"] == "linkedin":
        return fmt_range_linkedin(s, e)
    return fmt_range(s, e, p["style"])


def place_us(p, u):
    st = STATES[u["st"]] if p["state_full"] or p["id"] % 3 == 0 else u["st"]
    return f"{u['city']}, {st}"


def usce_items(p):
    r = rng(p)
    out = []
    for u in p["usce"]:
        sd = spec_disp(u["spec"], r)
        role = u["role"]
        low = (role + " " + u["inst"]).lower()
        if u["spec"].lower() not in low and sd.lower() not in low and not (
                u["spec"] == "Obstetrics and Gynecology" and "ob/gyn" in low) and not (
                u["spec"] == "Pulmonology/Critical Care" and "pulmonary" in low):
            role = f"{role} – {sd}"
        n = 3 if p["layout"] == "eras" else 2
        out.append(dict(title=role, org=u["inst"], place=place_us(p, u), dates=dates(p, u["start"], u["end"]),
                        bullets=duties(r, u["type"], n), kind=u["type"]))
    return out


def home_items(p):
    r = rng(p)
    out = []
    for h in p["home"]:
        b = h["desc"] or r.sample(HOME_DUTIES, 2)
        out.append(dict(title=h["role"], org=h["inst"], place=h["place"], dates=dates(p, h["start"], h["end"]),
                        bullets=b if isinstance(b, list) else [b]))
    return out


def pubs(p):
    """Return dict kind -> list of citation strings."""
    r = rng(p)
    sur = p["name"].split()[-1]
    if p["cc"] in ("CN", "KR"):
        sur = p["name"].split()[-1]
    fi = p["name"][0] + "."
    years = list(range(max(2016, p["grad"] - 3), 2027))
    d = {"paper": [], "abstract": [], "poster": [], "talk": []}
    if p["pubs"] is None:
        return d
    for _ in range(p["pubs"]):
        d["paper"].append(make_pub(r, sur, r.choice(years), "paper", fi))
    for k, n in (("abstract", p["n_abs"]), ("poster", p["n_post"]), ("talk", p["n_talk"])):
        for _ in range(n):
            d[k].append(make_pub(r, sur, r.choice(years), k, fi))
    for k in d:
        d[k].sort(key=lambda s: -int(__import__("re").search(r"(20\d\d)", s).group(1)))
    return d


def volunteer(p):
    r = rng(p)
    return r.sample(VOLUNTEER, 2)


def edu_line(p):
    start = p["grad"] - (6 if p["cc"] in ("CO", "PE", "CU", "MX", "VE", "EG", "SY", "JO", "TR", "RU", "UA", "IQ", "SD", "CN", "KR", "IR", "ET") else 5)
    if p["student"]:
        start = p["grad"] - 4
        return f"{start} – {p['grad_disp']}"
    return f"{start} – {p['grad_disp']}"


def display_name(p, with_title=True, with_deg=True):
    s = p["name"]
    if with_title and p["title"]:
        s = p["title"] + " " + s
    if with_deg and p["deg"]:
        s = s + ", " + p["deg"]
    return s
