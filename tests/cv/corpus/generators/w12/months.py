def _months(start, end):
    if end == "present": end = "2026-12"
    y, m = map(int, start.split("-")); ye, me = map(int, end.split("-"))
    out = set()
    while (y, m) <= (ye, me):
        out.add((y, m)); m += 1
        if m == 13: y, m = y + 1, 1
    return out

def month_union(entries):
    s = set()
    for e in entries: s |= _months(e["start"], e["end"])
    return len(s)
