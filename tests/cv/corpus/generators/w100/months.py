def _idx(ym):
    y, m = ym.split("-")
    return int(y) * 12 + int(m) - 1


def months(entries):
    """Inclusive month count of the union of [start, end] ranges."""
    s = set()
    for e in entries:
        s.update(range(_idx(e["start"]), _idx(e["end"]) + 1))
    return len(s)
