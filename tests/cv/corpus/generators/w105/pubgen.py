"""Deterministic invented publication lists (titles are fictional)."""
import random

DESIGNS = ["a retrospective cohort study", "a single-centre experience", "a prospective observational study",
           "a systematic review and meta-analysis", "a randomized pilot trial", "a case series",
           "a cross-sectional analysis", "a multicentre registry analysis", "a propensity-matched analysis"]
TEMPL = ["{a} of {t} in {p}: {d}", "Predictors of {o} after {t}: {d}", "{t} and {o} in {p}",
         "Long-term {o} following {t} in {p}", "Role of {t} in {p}: {d}", "Trends in {t} among {p}, {y0}-{y1}"]
ADJ = ["Outcomes", "Prevalence", "Clinical spectrum", "Burden", "Impact", "Safety and efficacy"]
OUT = ["mortality", "readmission", "disease progression", "quality of life", "adverse events", "treatment response"]

def gen(seed, me, coauthors, topics, pops, journals, years, n_peer, n_abs=0, n_chap=0, n_sub=0, confs=None):
    r = random.Random(seed)
    def authors():
        co = r.sample(coauthors, k=min(len(coauthors), r.randint(2, 4)))
        pos = r.randint(0, len(co))
        co.insert(pos, me)
        if r.random() < 0.3:
            co.append("et al")
        return ", ".join(co)
    def title():
        y0 = r.randint(2000, 2010)
        return r.choice(TEMPL).format(a=r.choice(ADJ), t=r.choice(topics), p=r.choice(pops), d=r.choice(DESIGNS),
                                      o=r.choice(OUT), y0=y0, y1=y0 + r.randint(5, 12))
    out = {"P": [], "A": [], "C": [], "S": []}
    for _ in range(n_peer):
        y = r.randint(*years)
        sp = r.randint(100, 990)
        out["P"].append(f"{authors()}. {title()}. {r.choice(journals)}. {y};{r.randint(5,160)}({r.randint(1,12)}):{sp}-{sp + r.randint(5,14)}.")
    confs = confs or ["ACC Scientific Sessions", "ATS International Conference", "Digestive Disease Week",
                      "AHA Scientific Sessions", "ASCO Annual Meeting", "ACR Convergence"]
    for _ in range(n_abs):
        y = r.randint(*years)
        kind = r.choice(["Poster", "Abstract", "Oral presentation"])
        out["A"].append(f"{authors()}. {title()}. {kind}, {r.choice(confs)}, {y}.")
    for _ in range(n_chap):
        y = r.randint(*years)
        out["C"].append(f"{authors()}. {r.choice(topics).capitalize()}. In: {r.choice(['Smith JA','Kumar V','Brennan L','Ortiz M'])}, ed. "
                        f"Textbook of {r.choice(['Clinical Practice','Hospital Medicine','Applied Physiology'])}. {r.choice(['2nd','3rd','4th','5th'])} ed. "
                        f"{r.choice(['Elsevier','Springer','Wolters Kluwer','Jaypee'])}; {y}: Chapter {r.randint(3,40)}.")
    for _ in range(n_sub):
        out["S"].append(f"{authors()}. {title()}. Submitted to {r.choice(journals)}, {r.choice(['2025','2026'])}.")
    return out
