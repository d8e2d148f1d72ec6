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
    "dra": "Dr.",
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
_PARTICLES = frozenset(
    {"de", "da", "del", "della", "der", "den", "di", "dos", "das", "du", "von", "y", "bin", "binti", "bint", "ibn"}
)
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
    notes: tuple[str, ...] = ()  # what a person should check ("one word only")


# Not a name: test rows, keyboard mash
_JUNK = frozenset({"test", "test test", "testing", "asdf", "asdfgh", "qwerty", "abc", "xyz", "xxx", "aaa", "sample"})
_SEPARATORS = frozenset({"-", "\u2013", "\u2014", "|", "/", ":"})


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


def _credentials(token: str, after_comma: bool, name_all_caps: bool) -> list[str] | None:
    """The credentials one token holds ("MBBS", "MD/MPH", "MD-PhD", "MRCP(UK)"), or None if it is not one."""
    core = re.sub(r"\([^()]*\)$", "", token.strip(",;")).strip("()[]")  # "MRCP(UK)": the qualifier is dropped
    parts = [p for p in re.split(r"[/\-]", core) if p] if re.search(r"[A-Za-z][/\-][A-Za-z]", core) else [core]
    found = [_credential(p, after_comma or len(parts) > 1, name_all_caps) for p in parts]
    if not parts or any(f is None for f in found):
        return None
    return [f for f in found if f]


def _credential(core: str, after_comma: bool, name_all_caps: bool) -> str | None:
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


# "Priya Sharma", "Mary-Jane O'Neil": most names need none of the work below
_PLAIN = re.compile(r"[A-Z][a-z]+(?:['-][A-Za-z][a-z]+)*(?: [A-Z][a-z]+(?:['-][A-Za-z][a-z]+)*)+")
_JUNK_KEYS = frozenset(_fold(j) for j in _JUNK)


def parse_name(text: str) -> ParsedName | None:
    """Split ``text`` (one cleaned line) into name, title and credentials; None when no name is left."""
    if _PLAIN.fullmatch(text):
        words = text.split(" ")
        if _fold(words[0]) not in TITLES and _fold(words[-1]) not in CREDENTIALS and _fold(text) not in _JUNK_KEYS:
            return ParsedName(text, None, None)
    text = drop_symbols(text)
    if not text:
        return None
    text = re.sub(r"^((?:dr|dra|prof|mr|mrs|ms|mx)\.)(?=[^\s.])", r"\1 ", text, flags=re.IGNORECASE)  # "Dr.Priya"
    text = re.sub(r"\b(M\.?\s?B\.?)\s+(Ch\.?\s?B|B\.?\s?S|B\.?\s?Ch)\b", r"\1\2", text, flags=re.IGNORECASE)
    text = re.sub(r"\s*,\s*", ", ", text)
    group: list[str] = []
    m = re.search(r"\s*\(([^()]*)\)\s*$", text)  # "Ahmed Khan (MBBS, FCPS)"
    if m and m.start() > 0:
        items = [i for i in re.split(r"[,\s]+", m.group(1)) if i]
        found = [_credentials(i, True, False) for i in items]
        if items and all(f is not None for f in found):
            group = [c for f in found for c in (f or [])]
            text = text[: m.start()]
    text = re.sub(r"\s+(\([^()]*\))", r"\1", text)  # "FCPS (Medicine)" -> one token
    tokens = _TOKEN.findall(text)
    titles: list[str] = []
    while tokens:
        title = _is_title(tokens[0].rstrip(","))
        if title is None:
            break
        titles.append(title)
        tokens.pop(0)
    letters = [c for c in " ".join(tokens) if c.isupper() or c.islower()]
    all_caps = bool(letters) and all(c.isupper() for c in letters)
    creds: list[str] = []
    while tokens:
        last = tokens[-1]
        if last in _SEPARATORS:
            tokens.pop()
            continue
        after_comma = len(tokens) > 1 and tokens[-2].endswith(",")
        found = _credentials(last, after_comma or len(tokens) == 1, all_caps)
        if found is None and len(tokens) > 1 and tokens[-2] in _SEPARATORS:
            found = _credentials(last, True, all_caps)
        if found is None:
            break
        creds[:0] = found
        tokens.pop()
        if tokens:
            tokens[-1] = tokens[-1].rstrip(",;")
    creds += group
    while tokens and tokens[-1] in _SEPARATORS:
        tokens.pop()
    name = " ".join(t for t in tokens if t).strip(" ,;")
    if not any(c.isalpha() for c in name) or "@" in name or _fold(name) in _JUNK_KEYS:
        return None
    if name.casefold() in _JUNK or re.fullmatch(r"(\w)\1+", name.casefold()):
        return None
    notes = []
    if "," in name:
        notes.append("has a comma: the family name may come first")
    elif len(name.split()) == 1 and not _is_unspaced_script(name):
        notes.append("one word only: the full name may be missing")
    return ParsedName(
        full_name=fix_case(name),
        title=" ".join(dict.fromkeys(titles)) or None,
        credentials=", ".join(dict.fromkeys(creds)) or None,
        notes=tuple(notes),
    )


def _is_unspaced_script(name: str) -> bool:
    """Chinese, Japanese and Thai names are written without spaces."""
    return any(unicodedata.name(c, "").startswith(("CJK", "HIRAGANA", "KATAKANA", "THAI", "HANGUL")) for c in name)
