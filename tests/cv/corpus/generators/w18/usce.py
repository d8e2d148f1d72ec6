def months_union(entries):
    """Inclusive month count of the union of [start, end] intervals (YYYY-MM)."""
    months = set()
    for e in entries:
        y, m = map(int, e["start"].split("-"))
        ey, em = map(int, e["end"].split("-"))
        while (y, m) <= (ey, em):
            months.add((y, m))
            m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(months)
