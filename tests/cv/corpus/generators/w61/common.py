from pubs import by_kind, PEER

LABEL = {"article": "", "review": "", "case_report": "", "abstract": "[Abstract] ", "poster": "[Poster] ",
         "oral": "[Oral presentation] ", "chapter": "[Book chapter] ", "talk": "[Invited talk] ",
         "letter": "[Letter to the Editor] ", "submitted": "[Submitted] ", "in_prep": "[In preparation] "}

GROUP_TITLES = [
    (("article", "review", "case_report"), "Peer-reviewed journal articles"),
    (("chapter",), "Book chapters"),
    (("abstract", "oral"), "Published abstracts and oral presentations"),
    (("poster",), "Posters"),
    (("talk",), "Invited lectures"),
    (("letter",), "Letters to the editor (not peer-reviewed)"),
    (("submitted", "in_prep"), "Submitted / in preparation"),
]


def pub_blocks(p, spec):
    """Return list of (subheading|None, [item texts], numbered:bool)."""
    out = p["output"]
    if spec == "pubs_mixed":
        if int(p["nnn"]) % 2 == 0:  # grouped
            blocks = []
            for kinds, title in GROUP_TITLES:
                items = by_kind(out, kinds)
                if items:
                    blocks.append((title, [i["text"] for i in items], True))
            return blocks
        items = sorted(out, key=lambda i: (i["year"], i["text"]), reverse=True)
        return [(None, [LABEL[i["kind"]] + i["text"] for i in items], True)]
    if spec in ("pubs_peer", "pubs_peer_numbered"):
        return [(None, [i["text"] for i in by_kind(out, PEER)], spec.endswith("numbered") or True)]
    if spec == "pubs_other":
        kinds = set(k for k in LABEL if k not in PEER)
        return [(None, [LABEL[i["kind"]] + i["text"] for i in by_kind(out, kinds)], False)]
    if spec.startswith("pubs_kind:"):
        kinds = spec.split(":", 1)[1].split(",")
        items = by_kind(out, kinds)
        if len(kinds) == 1:
            return [(None, [i["text"] for i in items], False)]
        return [(None, [LABEL[i["kind"]] + i["text"] for i in items], False)]
    raise ValueError(spec)


def is_pub(kind):
    return kind.startswith("pubs")


def contact_bits(p):
    return [p["email"], p["phone_disp"], p["address"]]
