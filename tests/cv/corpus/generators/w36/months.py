def _ym(s):
    y, m = s.split("-"); return int(y) * 12 + int(m) - 1

def usce_months(entries):
    allm, clin = set(), set()
    for e in entries:
        ms = set(range(_ym(e["start"]), _ym(e["end"]) + 1))
        allm |= ms
        if e["type"] not in ("research", "telehealth"): clin |= ms
    return len(allm), len(clin)
