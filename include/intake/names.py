"""Applicant names: the title ("Dr.", "Prof.") and credentials ("MBBS", "MD, MPH") go to their own fields,
emoji and control characters are dropped, and the case is fixed only when the whole name is upper or lower
case (a name typed with deliberate capitals, "DeShawn", "McKay", "van der Berg", is left as typed).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# folded token (letters only, lower case) -> how the title is shown
TITLES: dict[str, str] = {
    "dr": "Dr.",
    "doctor": "Dr.",
    "dra": "Dra.",
    "prof": "Prof.",
    "professor": "Prof.",
    "mr": "Mr.",
    "mister": "Mr.",
    "mrs": "Mrs.",
    "ms": "Ms.",
    "miss": "Miss",
    "mx": "Mx.",
    "sir": "Sir",
    "dame": "Dame",
}

# folded credential -> display. Unambiguous: removed wherever they trail the name.
CREDENTIALS: dict[str, str] = {
    "md": "MD",
    "mbbs": "MBBS",
    "mbchb": "MBChB",
    "mbbch": "MBBCh",
    "mbbchbao": "MBBCh BAO",
    "bmbs": "BMBS",
    "mbbsmd": "MBBS, MD",
    "phd": "PhD",
    "mph": "MPH",
    "msc": "MSc",
    "mba": "MBA",
    "bsc": "BSc",
    "mrcp": "MRCP",
    "mrcpuk": "MRCP(UK)",
    "mrcpi": "MRCPI",
    "mrcs": "MRCS",
    "mrcog": "MRCOG",
    "mrcpch": "MRCPCH",
    "mrcgp": "MRCGP",
    "frcs": "FRCS",
    "frcp": "FRCP",
    "fcps": "FCPS",
    "facp": "FACP",
    "facs": "FACS",
    "dnb": "DNB",
    "mch": "MCh",
    "mmed": "MMed",
    "mdphd": "MD-PhD",
    "bds": "BDS",
    "dds": "DDS",
    "pharmd": "PharmD",
    "drph": "DrPH",
    "dmd": "DMD",
    "usmle": "",  # "USMLE" after a name is noise, not a credential; dropped
    "ecfmg": "",
}
# These are also surnames or words ("Do", "Ma", "Ms"): a credential only after a comma, with dots (D.O.),
# or in capitals when the name itself is not written in capitals.
AMBIGUOUS: dict[str, str] = {"do": "DO", "ma": "MA", "ms": "MS", "bs": "BS", "dm": "DM", "rn": "RN", "pa": "PA"}

# Lower-cased inside a name when fixing case. "Van", "Le" and "La" are Vietnamese/other names on their own,
# so they are particles only in "van der", "van den", "de la", "de le".
_PARTICLES = frozenset({"de", "da", "del", "della", "der", "den", "di", "dos", "das", "du", "von", "y"})
_PAIRED = {"van": frozenset({"der", "den", "de"}), "la": frozenset(), "le": frozenset()}
_AFTER = frozenset({"de", "del"})
_DROP_CATEGORIES = frozenset({"So", "Sk", "Me", "Co", "Cn", "Cs", "Cc", "Cf"})
_KEEP_FORMAT = frozenset({"\u200c", "\u200d"})  # ZWNJ/ZWJ shape Indic and Persian names
_TOKEN = re.compile(r"\S+")


@dataclass(frozen=True)
class ParsedName:
    full_name: str
    title: str | None
    credentials: str | None


def _fold(token: str) -> str:
    return re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", token).casefold())


def drop_symbols(text: str) -> str:
    """Emoji, pictographs, private-use and control characters removed; ZWJ kept only between letters."""
    out: list[str] = []
    chars = list(text)
    for i, ch in enumerate(chars):
        cat = unicodedata.category(ch)
        if ch in _KEEP_FORMAT:
            before = chars[i - 1] if i else ""
            after = chars[i + 1] if i + 1 < len(chars) else ""
            if _letter_or_mark(before) and _letter_or_mark(after):
                out.append(ch)
            continue
        if cat in {"Zl", "Zp"} or (cat == "Cc" and ch in "\t\r\n"):
            out.append(" ")
        elif cat in _DROP_CATEGORIES or ch == "\ufe0f" or ch == "\ufe0e":
            continue
        else:
            out.append(ch)
    return " ".join("".join(out).split())


def _letter_or_mark(ch: str) -> bool:
    return bool(ch) and unicodedata.category(ch)[0] in {"L", "M"}


def _is_title(token: str) -> str | None:
    return TITLES.get(_fold(token)) if re.fullmatch(r"[A-Za-z]+\.?", token) else None


def _credential(token: str, after_comma: bool, name_all_caps: bool) -> str | None:
    core = token.strip(",;()[]")
    key = _fold(core)
    if not key or not re.fullmatch(r"[A-Za-z.()\-&/]+", core):
        return None
    if key in CREDENTIALS:
        return CREDENTIALS[key]
    if key in AMBIGUOUS:
        dotted = "." in core
        capitals = core.isupper() and not name_all_caps
        if after_comma or dotted or capitals:
            return AMBIGUOUS[key]
    return None


def fix_case(name: str) -> str:
    """Title case for a name typed all upper or all lower ("JOHN O'BRIEN-SMITH" -> "John O'Brien-Smith")."""
    cased = [c for c in name if c.isupper() or c.islower()]
    if not cased or not (all(c.isupper() for c in cased) or all(c.islower() for c in cased)):
        return name  # mixed case (or a script without case): as typed
    words = name.split(" ")
    out = []
    for i, word in enumerate(words):
        low = word.lower()
        last = i == len(words) - 1
        nxt = words[i + 1].lower() if not last else ""
        prev = words[i - 1].lower() if i else ""
        paired = low in _PAIRED and (nxt in _PAIRED[low] or (low in {"la", "le"} and prev in _AFTER))
        if i and not last and (low in _PARTICLES or paired):
            out.append(low)
            continue
        out.append("-".join(_cap(part) for part in low.split("-")))
    return " ".join(out)


def _cap(part: str) -> str:
    m = re.match(r"^([a-z])'(\w)(.*)$", part)  # o'brien, d'souza
    if m:
        return f"{m.group(1).upper()}'{m.group(2).upper()}{m.group(3)}"
    if part.startswith("mc") and len(part) > 2:
        return "Mc" + part[2:].capitalize()
    return part[:1].upper() + part[1:]


def parse_name(text: str) -> ParsedName | None:
    """Split ``text`` (one cleaned line) into name, title and credentials; None when no letter is left."""
    text = drop_symbols(text)
    if not text:
        return None
    text = re.sub(r"\b(M\.?\s?B\.?)\s+(Ch\.?\s?B|B\.?\s?S|B\.?\s?Ch)\b", r"\1\2", text, flags=re.IGNORECASE)
    tokens = _TOKEN.findall(text.replace(",", ", "))
    titles: list[str] = []
    while len(tokens) > 1:
        title = _is_title(tokens[0].rstrip(","))
        if title is None:
            break
        titles.append(title)
        tokens.pop(0)
    letters = [c for c in " ".join(tokens) if c.isalpha()]
    all_caps = bool(letters) and all(c.isupper() for c in letters if c.isupper() or c.islower())
    creds: list[str] = []
    while len(tokens) > 1:
        last = tokens[-1]
        after_comma = tokens[-2].endswith(",")
        cred = _credential(last, after_comma, all_caps)
        if cred is None:
            inner = re.fullmatch(r"\(([^()]*)\)", last)  # "(MBBS)"
            cred = _credential(inner.group(1), True, all_caps) if inner else None
        if cred is None:
            break
        if cred:
            creds.append(cred)
        tokens.pop()
        if tokens:
            tokens[-1] = tokens[-1].rstrip(",;")
    name = " ".join(t for t in tokens if t).strip(" ,;")
    name = re.sub(r"\s+,", ",", name)
    if not any(c.isalpha() for c in name):
        return None
    return ParsedName(
        full_name=fix_case(name),
        title=" ".join(dict.fromkeys(titles)) or None,
        credentials=", ".join(dict.fromkeys(reversed(creds))) or None,
    )
