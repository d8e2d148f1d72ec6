"""The applicant's own name, email and phone, chosen among candidates by features, with the evidence.

Every line that could hold the value is a candidate; each earns points for what real CVs do with their
owner's details (the name in the largest type near the top of page 1, contacts in the header, a
contact block or a "Name:" field, a name that agrees with the email's local part) and loses points for
what marks someone else's (a references section, "Dr."/"supervisor"/"referee" nearby, a line deep in
an experience entry). References sections are never read, but for what follows "available upon request"
(the page's footer). The winner carries ``evidence``: page, line and the features that chose it, so ops
can see why. A PDF's page 1 in content order is a second reading of the name (see ``name``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import phonenumbers
from rapidfuzz.distance import Levenshtein

from include.cv.layout import TextLine, unspaced
from include.cv.places import place_country
from include.cv.sections import CELLS, HEADER, PERSONAL, REFERENCES, Section, has_latin, heading_kind, strip_bullet
from include.vocab import COUNTRY_NAMES, canonical_specialty, country_code, fold, state_code

_EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_OTHER_PERSON = re.compile(
    r"\b(?:dr\.?|prof\.?|professor|supervisor|preceptor|mentor|attending|referee|reference|program\s+director|"
    r"faculty|chair(?:man|person)?|head\s+of|director|consultant|hod|recommend\w*)\b",
    re.IGNORECASE,
)
# The number an applicant is reached on, where a line gives two (not WhatsApp: a second number).
_MOBILE_CUE = re.compile(r"\b(?:mobile|cell(?:ular)?|m[óo]vil|celular)\b", re.IGNORECASE)
_PHONE_CUE = re.compile(
    r"\b(?:phone|mobile|mob|tel|telephone|cell|contact|whatsapp|ph|call)\b|\+\s?\d|[\u260e\u2706\u2121]", re.IGNORECASE
)
_EMAIL_STANDING = re.compile(
    r"\s*\((preferred|primary|personal|current|main|old|former|previous|university|student|work)\)", re.IGNORECASE
)
_EMAIL_CUE = re.compile(r"\b(?:e-?mail|mail)\b", re.IGNORECASE)
_CREDENTIALS = re.compile(
    r"(?:[,\s]+(?:M\.?D\.?|MBBS|M\.B\.B\.S\.?|MBChB|M\.B\.Ch\.B\.?|(?-i:D\.?O\.?)|Ph\.?D\.?|MPH|MSc|M\.S\.|BSc|MBBCh|FCPS|MRCP|"
    r"ECFMG(?:\s+certified)?|MBBS\s*\(\w+\)|MD\s*\(\w+\)|B\.?Sc\.?|MHA|MBA|(?-i:MS)|"
    r"m[ée]dic[oa]\s+(?:y\s+)?cirujan[oa]|m[ée]dic[oa]\s+general))+\s*$",  # "…, Médica Cirujana"
    re.IGNORECASE,
)
# Degrees however they are dotted ("M.B.B.Ch.", "M.B.Ch.B", "Ph.D"): compared without dots or case.
_DEGREES = frozenset(
    {"md", "mbbs", "mbchb", "mbbch", "bmbs", "mdcm", "phd", "mph", "msc", "bsc", "mba", "mha", "fcps", "mcps", "mrcp",
     "mrcs", "frcs", "dnb", "mmed", "bds", "pharmd", "drph", "mbbchbao", "dm", "ms", "mch", "facp",
     "mrcpsych", "mrcog", "mrcpch", "mrcgp", "mrcem", "frcp", "frcr", "frcpath", "frcpc", "dch", "dgo", "mscr",
     "mb", "chb", "bch", "bm", "bmbch", "mrca", "frca", "fcai", "mrcsi", "mrcpi",
     "fwacp", "fmcp", "fwacs", "fmcs", "drmed", "drmeddent", "drmeduniv"}  # and German "Dr. med."
)  # fmt: skip
# and a degree's bracketed place or part: "MRCP(UK)", "MBChB (Mosul)", "MRCOG(Part 1)"
_TRAILING_DEGREE = re.compile(r"(?:,\s*|\s+)([A-Za-z][A-Za-z.]*(?:\s?\([\w ]{1,20}\))?)\s*$")


_DEGREE_MARKS = re.compile(r"\s?\([\w ]{2,20}\)$|[.()\s]")  # and a bracketed place or part: "MRCP(UK)"


def is_degree(token: str) -> bool:
    """A degree however it is dotted or spaced ("M.B.Ch.B.", "MB ChB", "MD")."""
    return _DEGREE_MARKS.sub("", token).lower() in _DEGREES


def _strip_degrees(text: str) -> str:
    """The text without the degrees after the name; a dotted or mostly capital token only ("Nguyen Do" keeps "Do")."""
    while (m := _TRAILING_DEGREE.search(text)) is not None:
        token = m.group(1)
        written = "." in token or sum(c.isupper() for c in token) >= 2
        if not written or not is_degree(token) or len(text[: m.start()].split()) < 1:
            break
        text = text[: m.start()].rstrip(" ,")
    return text


_COMMA_TOKEN = re.compile(r",\s*([A-Za-z][A-Za-z.()]*)(?:\s+([A-Za-z][A-Za-z.()]*))?")


def _before_degrees(line: str) -> str:
    """The line up to the comma that opens its degrees, whatever follows them ("Nourhan Hassan Mahmoud, MBBCh,
    MRCOG Part 1"; "Fatemeh Karimi Rad, MD ) راد کریمی)" from right-to-left text); a degree may be written in
    two words ("Kwame Asante, MB ChB", "MB BS")."""
    for m in _COMMA_TOKEN.finditer(line):
        if m.start() and (is_degree(m.group(1)) or (m.group(2) and is_degree(m.group(1) + m.group(2)))):
            return line[: m.start()]
    # the list's first degree after a space ("Dr. Bilal Ahmed Khan MBBS, MRCP(UK) Part 1"), in capitals
    for m in _LISTED_DEGREE.finditer(line):
        if m.start() and sum(c.isupper() for c in m.group(1)) >= 2 and is_degree(m.group(1)):
            return line[: m.start()]
    return line


_LISTED_DEGREE = re.compile(r"\s([A-Z][A-Za-z.]*)\s*,")


# Titles in the languages CVs come in: "Dra." (Spanish), "lek." and "lek. med." (Polish), "Dott.ssa" (Italian),
# "MUDr." (Czech, Slovak), "Dr. med." (German), "Uzm. Dr.", "Op. Dr.", "Doç. Dr." (Turkish); one after another.
# "r. Andrei Popescu": a scan's "Dr." less its D
_TITLE = re.compile(
    r"^(?:(?:dr\.?(?:\s*med\.)?|dra\.?|doctora?|mr\.?|mrs\.?|ms\.?|miss|prof\.?|lek\.(?:\s*med\.)?|"
    r"dott\.?(?:ssa\.?)?|mudr\.?|uzm\.?|op\.|do[çc]\.|(?-i:r\.))\s+)+",
    re.IGNORECASE,
)
# Combining marks are letters' accents left uncomposed ("Adébáyọ̀": ọ with a grave has no single code point).
_NAME_WORD = re.compile(r"^[^\W\d_][\w\u0300-\u036f'’.\-]*$")
_PARTICLES = frozenset(
    {"de", "da", "del", "della", "der", "den", "van", "von", "bin", "binti", "bint", "ibn", "al", "el", "la", "le",
     "du", "dos", "das", "di", "y", "e", "ben", "ter", "st", "abu", "ul", "ud", "dela", "delos", "los", "las",
     "zu", "op", "af", "ap", "bte", "binte", "ould", "lo", "degli", "dei"}
)  # fmt: skip
_NOT_NAME = frozenset(
    {
        "curriculum", "vitae", "resume", "résumé", "cv", "email", "e-mail", "phone", "address", "street", "road",
        "mobile", "tel", "telephone", "whatsapp", "fax",  # a contact's label ("Mobile No")
        "number", "gmc", "registration", "licence", "license",
        "avenue", "hospital", "university", "college", "medical", "medicine", "school", "clinic", "contact",
        "profile", "summary", "objective", "personal", "candidate", "applicant", "international", "graduate",
        "student", "residency", "city", "state", "page", "experience", "education", "linkedin", "details",
        "information", "center", "centre", "institute", "department", "program", "usmle", "ecfmg", "step",
        "research", "clinical", "observership", "externship", "rotation", "skills", "languages", "references",
        "publications", "present", "date", "birth", "nationality", "citizenship", "visa", "status", "health",
        "foundation", "memorial", "general", "faculty", "board", "society", "association", "journal", "award",
        "certificate", "certified", "physician", "doctor", "intern", "internship", "resident", "fellow",
        "mbbs", "usa", "united", "states", "kingdom", "republic", "interests", "hobbies", "volunteer",
        "member", "committee", "conference", "language", "english", "spanish", "name", "surname", "lane",
        "nagar", "apartment", "apt", "suite", "floor", "block", "sector", "district", "village", "town",
        "dear", "sincerely", "regards", "gmail", "outlook", "yahoo", "inbox", "message",
        "career", "interest", "about", "officer", "overview", "goals", "statement", "registrar", "consultant",
        "trainee", "highlights", "qualifications", "licensure", "achievements", "awards", "honors", "activities",
        "application", "worksheet", "submission", "submitted", "portal", "form",  # a form's or export's title
        "cirujano", "cirujana", "médico", "médica", "medico", "medica",  # the degree's title ("Médico Cirujano")
        "nome", "nombre", "apellidos", "prenume", "cognome",  # a name's own label ("Nome   Ana Luíza …")
    }
)  # fmt: skip


@dataclass
class Candidate:
    value: str
    score: float
    page: int
    line: int
    why: list[str] = field(default_factory=list)
    alt: str | None = None  # the value with a fragment before it joined on (an OCR'd address split by a space)
    ocr: bool = False  # read by OCR from a scan
    labelled: bool = False  # a "Name:" field's value
    others: bool = False  # near another person's title (a referee's, a supervisor's)

    def evidence(self) -> dict[str, Any]:
        return {"page": self.page, "line": self.line, "why": ", ".join(self.why)}


@dataclass
class _Line:
    text: str
    style: TextLine
    number: int
    kind: str
    order: int  # position among the non-blank lines of the applicant's own parts (header first)
    early: bool  # in the header or a personal/contact section


_ON_REQUEST = re.compile(r"\b(?:up)?on\s+request\b", re.IGNORECASE)


def _own_lines(section: Section) -> list[tuple[str, TextLine, int]]:
    """The section's lines, less a references section's own: only what follows its "available upon request" or a
    closing (the page's footer with the applicant's contacts, read after the last heading; a mail's signature)."""
    rows = list(zip(section.lines, section.styles, section.numbers, strict=False))
    if section.kind != REFERENCES:
        return rows
    # and a mail's signature after the referees ("Atenciosamente / Best regards," / "Lucas" / "WhatsApp: …")
    at = next((i for i, (text, _, _) in enumerate(rows) if _ON_REQUEST.search(text) or _CLOSING.match(text)), None)
    # and a page's footer read into them ("Nino Beridze, MD · nino@… · +995 …   page 1")
    return rows[at + 1 :] if at is not None else [row for row in rows if _PAGE_FOOTER.search(row[0])]


_PAGE_FOOTER = re.compile(r"\s(?:page|p\.)\s*\d+(?:\s*(?:of|/)\s*\d+)?\s*$", re.IGNORECASE)


_CV_TITLE = re.compile(r"(?:curriculum\s+vitae|r[eé]sum[eé]|cv)", re.IGNORECASE)
_GREETING = re.compile(r"^\s*(?:Dear|To whom it may concern)\b", re.IGNORECASE)
_CLOSING = re.compile(
    r"^\s*(?:sincerely|(?:best|kind|warm)(?:est)?\s+regards|regards|respectfully|yours\s+(?:truly|sincerely|faithfully)|"
    r"with\s+(?:best\s+)?regards|thank\s+you|atenciosamente|cordialmente|saludos(?:\s+cordiales)?|"
    r"mit\s+freundlichen\s+gr(?:ü|ue)(?:ß|ss)en|cordialement|distinti\s+saluti)"
    r"(?:\s*/\s*[^\W\d][\w ]{2,30})?[\s,.!]*$",  # "Atenciosamente / Best regards,"
    re.IGNORECASE,
)


def _greeting(lines: list[_Line]) -> int | None:
    """The line number of a cover letter's "Dear ...": what stands above it is the addressee's."""
    return next((x.number for x in lines if x.order < 40 and _GREETING.match(x.text)), None)


def _candidate_lines(sections: list[Section]) -> list[_Line]:
    """Non-blank lines outside the references: header and contact parts first, in document order."""
    rank = {HEADER: 0, PERSONAL: 1}
    ordered = sorted(sections, key=lambda s: rank.get(s.kind, 2))
    out: list[_Line] = []
    for section in ordered:
        early = section.kind in rank
        for text, style, number in _own_lines(section):
            # "> Dear applicant, … (tlin@…, +1 312 …)": a quoted e-mail is somebody else's
            if text.strip() and not text.lstrip().startswith(">"):
                out.append(_Line(text, style, number, section.kind, len(out), early))
    return out


def _someone_else(lines: list[_Line], i: int) -> bool:
    """The line, or the line above it outside the header, names another person (a referee, a supervisor).

    The applicant's own "Dr." at the top of the header is not someone else.
    """
    line = lines[i]
    # An address's own "dr." ("dr.sergei.morozov30@...") is not a title.
    cues = [m.group(0).lower().rstrip(".") for m in _OTHER_PERSON.finditer(_EMAIL.sub(" ", line.text))]
    if line.kind == HEADER and line.order < 5:
        cues = [c for c in cues if c not in {"dr", "doctor"}]
    if cues:
        return True
    return (
        i > 0
        and not lines[i].early
        and lines[i - 1].number == lines[i].number - 1
        and bool(_OTHER_PERSON.search(_EMAIL.sub(" ", lines[i - 1].text)))
    )


_SENTENCE_END = re.compile(r"(?<=[a-z]{3})\.\s+(?=[A-Z])")


def _pick(found: list[Candidate]) -> Candidate | None:
    if not found:
        return None
    best = max(found, key=lambda c: (c.score, -c.line))
    # "Karim Nassar <…@gmail.com>" atop an e-mail, "KARIM GEORGES NASSAR, MD" over the CV pasted in it: the fuller
    best = next((c for c in found if c.score >= best.score - 3 and _fuller(c.value, best.value)), best)
    if best.value.isupper():  # "ANJALI RAMDASS-MAHARAJ" over "Anjali Ramdass-Maharaj, MBBS": the name as cased
        best = next((c for c in found if c.value.casefold() == best.value.casefold() and not c.value.isupper()), best)
    # "Full legal name: Zaid Tareq Mansour" under the title "Zaid T. Mansour": the name written out in full
    return next((c for c in found if c.labelled and _spells_out(c.value, best.value)), best)


def _fuller(full: str, short: str) -> bool:
    """``full`` is ``short`` with a middle name more: the same first and last words."""
    a, b = full.casefold().split(), short.casefold().split()
    return len(a) > len(b) >= 2 and a[0] == b[0] and a[-1] == b[-1] and all(w in a for w in b)


def _spells_out(full: str, short: str) -> bool:
    """``full`` is ``short`` with its initials written out ("Zaid Tareq Mansour" for "Zaid T. Mansour")."""
    a, b = full.split(), short.split()
    if len(a) != len(b) or a == b:
        return False
    pairs = zip(a, b, strict=True)
    return all(x == y or (len(y.rstrip(".")) == 1 and x.startswith(y.rstrip(".")) and len(x) > 1) for x, y in pairs)


_CUT_ADDRESS = re.compile(r"\S@[\w.-]*$")
_ADDRESS_TAIL = re.compile(r"[a-z0-9.-]{1,6}")
_COMMON_END = re.compile(r"\.(?:com|org|net|edu|gov|info)$", re.IGNORECASE)


def _unwrapped(lines: list[_Line], i: int) -> str:
    """The line with the tail of an address a narrow column wrapped onto the next line ("…@yahoo.c" / "om")."""
    text = lines[i].text.rstrip()
    if (
        _CUT_ADDRESS.search(text)
        and i + 1 < len(lines)
        and lines[i + 1].number == lines[i].number + 1
        and _ADDRESS_TAIL.fullmatch(tail := lines[i + 1].text.strip())
        # cut at a dot or "@", or cut inside its ending ("…@hotmail.co" / "m"); a whole address stays as it is
        and (text.endswith((".", "@", "-")) or (_COMMON_END.search(text + tail) and not _COMMON_END.search(text)))
    ):
        return text + tail
    return text


# The local part's end before an address a space cut: "shevc huk22@"; on a scan also a dotted part before it
# ("bilal. chaudhry 18@": OCR read a space after the dot too).
_BEFORE = re.compile(r"(?:^|\s)([A-Za-z0-9._-]{2,30})(?:\s|\s?!)$")
_OCR_BEFORE = re.compile(r"(?:^|\s)((?:[A-Za-z0-9_-]{2,30}\.\s)?[A-Za-z0-9._-]{2,30})(?:\s|\s?!)$")


def email_candidates(sections: list[Section]) -> list[Candidate]:
    lines = _candidate_lines(sections)
    out: list[Candidate] = []
    for i, line in enumerate(lines):
        text = _unwrapped(lines, i)
        if line.style.ocr and "@" in text:
            # "…@umfcluj. ro", "…@auth gr.": a scan's top-level domain cut off
            text = _OCR_TLD_GAP.sub(lambda m: f"{m[1] or m[3]}.{m[2] or m[4]}", text)
            text = _OCR_DASHED_ADDRESS.sub("", text)  # "+30 697 765 4321 --eleni.nikolaidou@…": a dash glued on
        for m in _EMAIL.finditer(text):
            why: list[str] = []
            score = 1.0 - min(line.order, 40) / 40
            if line.early:
                score += 2
                why.append("header or contact section")
            if _EMAIL_CUE.search(line.text):
                score += 1
                why.append("labelled email")
            others = _someone_else(lines, i)
            if others:
                score -= 4
                why.append("near another person's title")
            if said := _EMAIL_STANDING.match(text, m.end()):  # "…@students.uonbi.ac.ke (old) / …@gmail.com (preferred)"
                preferred = said.group(1).lower() in {"preferred", "primary", "personal", "current", "main"}
                score += 1 if preferred else -1
                why.append(f"marked {said.group(1).lower()}")
            prefix = text[: m.start()]
            before = (_OCR_BEFORE if line.style.ocr else _BEFORE).search(prefix)
            glued = line.style.ocr and re.search(r"(?:^|\s)([a-z][a-z0-9._-]{1,29})[,:;]$", prefix)
            alt = None
            if glued:  # OCR's comma or colon for a dot: "joaopedro,flima@...", "gabriel:hos@..."
                alt = (glued.group(1) + "." + m.group(0)).rstrip(".")
            elif before:  # OCR: "dmytro.shevc huk22@...", "dr.mar !a.santos@..." ("!" for "i"), "bilal. chaudhry 18@"
                joined = before.group(1).replace(" ", "")
                alt = (joined + ("i" if prefix.endswith("!") else "") + m.group(0)).rstrip(".")
            value = m.group(0).rstrip(".")
            out.append(Candidate(value, score, line.style.page, line.number, why, alt, line.style.ocr, others=others))
    return out


def _name_tokens(name: str) -> list[str]:
    return [t for t in fold(name).split() if len(t) >= 3 and t not in _PARTICLES]


def agrees(name: str, address: str) -> bool:
    """The email's local part spells part of the name ("aisha.khan", "akhan91", "khana")."""
    local = re.sub(r"[^a-z]", "", fold(address.split("@")[0]))
    tokens = _name_tokens(name)
    if not local or not tokens:
        return False
    if any(t in local for t in tokens):
        return True
    initials = "".join(t[0] for t in fold(name).split())
    return len(initials) >= 2 and local.startswith(initials)


def _dot_lost(name: str, fragment: str, address: str) -> bool:
    """A whole name word before an address holding another one ("rafael mcosta@", "youssef.magdy hassan@"): OCR's
    space for a dot."""
    tokens = _name_tokens(name)
    word = fold(fragment.rsplit(".", 1)[-1])  # and "youssef.magdy hassan@": the dots before it say the lost one was
    local = fold(address.split("@")[0])
    return fragment.replace(".", "").isalpha() and word in tokens and any(t in local for t in tokens if t != word)


_LOOKALIKE_DIGITS = str.maketrans("lI|Oo", "11100")


def _digits_after_name(name: str, address: str) -> str:
    """OCR's "l"/"I" for "1" and "O" for "0" in the digits after a name in an address ("jahanl4" -> "jahan14"):
    a name word followed by look-alikes and then a digit; and its "I" for the "l" of an initial."""
    local, at, domain = address.partition("@")
    initials = {w[0] for w in fold(name).split() if w}
    if local.startswith("I") and local[1:2].islower() and "l" in initials and "i" not in initials:
        local = "l" + local[1:]  # "Inarayanan@" for Lakshmi Narayanan: OCR's capital I for a small l
    for token in _name_tokens(name):
        local = re.sub(
            rf"(?i)({re.escape(token)})([lI|Oo]+)(?=\d)",
            lambda m: m.group(1) + m.group(2).translate(_LOOKALIKE_DIGITS),
            local,
        )
    return local + at + domain


_MAIL_HOSTS = ("gmail", "yahoo", "hotmail", "outlook", "icloud")
_LETTERS = re.compile(r"[^\W\d_]+")


def _respelled(name: str, address: str) -> str:
    """OCR's slips of a letter or two in an address's name words and mail host ("aya.m.hasin@" for Aya Mostafa
    Hassan, "@gmait.com"): such a word becomes the name's or the host's spelling. Only name words of five letters
    or more: OCR misreads a name as often as an address, and a short name's slip ("Rupo" for Rudo) would be copied
    into an address read right. A word holding a whole name word is left ("ahassan": an initial and the surname)."""
    local, at, domain = address.partition("@")
    # as an address spells them: "Łukasz Yılmaz" is "lukasz", "yilmaz" (letters with no accent to strip)
    spelled = (t.translate(_ADDRESS_LETTERS) for t in _name_tokens(name))
    tokens = [t for t in spelled if len(t) >= 5 and t.isascii()]

    def near(word: str, choices: Iterable[str], limit: int) -> str:
        low = word.lower()
        if any(choice in low for choice in choices):
            return word
        for choice in choices:
            if abs(len(choice) - len(low)) <= limit and Levenshtein.distance(low, choice) <= limit:
                return choice
        return word

    host, dot, rest = domain.partition(".")
    if rest in {"com", "co.uk", "fr", "es", "in"} and len(host) >= 5 and host not in _OTHER_HOSTS:
        host = near(host, _MAIL_HOSTS, 1)
    return _LETTERS.sub(lambda m: near(m.group(0), tokens, 2), local) + at + host + dot + rest


_ADDRESS_LETTERS = str.maketrans({"ł": "l", "ı": "i", "ø": "o", "đ": "d", "ħ": "h", "æ": "ae", "œ": "oe"})  # ß folds
_OTHER_HOSTS = frozenset({"ymail", "email", "gmx", "hushmail"})  # real hosts a letter from the common ones


def email(sections: list[Section], name: str | None = None) -> Candidate | None:
    """The applicant's email: header first, agreeing with the name, never a referee's."""
    found = email_candidates(sections)
    if name:
        for c in found:
            if c.ocr:
                c.value = _respelled(name, _digits_after_name(name, c.value))
            fragment = c.alt[: len(c.alt) - len(c.value)] if c.alt else ""
            if c.ocr and _dot_lost(name, fragment, c.value):
                fragment += "."  # "abimbola adeyemi@": OCR read the dot as a space
                c.alt = fragment + c.value
            # a fragment of digits alone is the end of the phone number before it ("+961 3 482 119- karim@")
            lettered = re.search(r"[^\W\d_]", fragment)
            if (
                c.alt
                and lettered
                and agrees(name, c.alt)
                and (not agrees(name, c.value) or re.search(r"[._\d]", fragment))
            ):
                c.value = c.alt
                c.why.append("rejoined across a space")
            if agrees(name, c.value):
                c.score += 2
                c.why.append("agrees with the name")
                c.others = False
    # a referee's address is never the applicant's, though the applicant's own is unreadable (a scan)
    return _pick([c for c in found if not c.others])


_SEGMENTS = re.compile(r"\s*(?:,|\||;|•|·|\s[-–—]\s|\s{3,})\s*")
_STATE_ZIP = re.compile(r"[A-Z]{2}(?:\s+\d{5}(?:-\d{4})?)?")  # a line's first: "MD · Family Medicine", a degree


# A licence or health service of the country the applicant works in ("GMC: 7998812", "AHPRA: MED000…", "Indooroopilly
# QLD 4068"): where a national number without its code ("07700 900129", "0491 571 266") is dialled.
_WORKPLACES = (
    ("GB", re.compile(r"\b(?:GMC|NHS)\b")),
    ("AU", re.compile(r"\bAHPRA\b|\b(?:NSW|QLD|VIC|TAS|ACT)\s+\d{4}\b")),
    ("NZ", re.compile(r"\b(?:MCNZ|NZMC)\b")),
    ("IE", re.compile(r"\bIMC\s+(?:no\b|number|reg)|\bMedical Council of Ireland\b", re.IGNORECASE)),
)


def _regions(sections: list[Section], country: str | None) -> tuple[list[str], str | None]:
    """Regions to read numbers written without a country code in: the countries of the applicant's own
    address first (a US address puts the US first), then of their licence, then the medical school's country,
    then the US. Second, the applicant's home outside the US when the address or licence names one."""
    found: list[str] = []
    us_address = False
    own = [x for s in sections if s.kind in (HEADER, PERSONAL) for x in s.lines[:15]]
    for line in own:
        for k, segment in enumerate(_SEGMENTS.split(line)):
            segment = segment.strip(" .")
            if _CITIZENSHIP.search(segment):
                continue  # "Dual citizen: Türkiye / USA": a passport, not where the phone is
            if _STATE_ZIP.fullmatch(segment) and state_code(segment[:2]) and not (k == 0 and is_degree(segment)):
                us_address = True
            elif 4 <= len(segment) <= 30 and segment[:1].isupper():
                code = country_code(segment)
                if code == "US":
                    us_address = True
                elif code and code not in found and not state_code(segment):
                    found.append(code)
    # then the country of an own address's domain ("yuna.choi@korea.ac.kr": a "010-…" number is Korean)
    domains = [m.group(1).upper() for x in own if (m := _COUNTRY_DOMAIN.search(x))]
    domains = ["GB" if c == "UK" else c for c in domains if c in COUNTRY_NAMES or c == "UK"]
    text = "\n".join(x for s in sections for x in s.lines)
    found += [code for code, mark in _WORKPLACES if code not in found and mark.search(text)]
    regions = ["US"] if us_address else []
    regions += [c for c in [*found, country, *domains] if c and c not in regions]
    home = found[0] if found and not us_address else None
    return ([*regions, "US"] if "US" not in regions else regions), home


_ICON_DIGIT = re.compile(r"(?<=\d{3})\s+\d\s+(?=[^\W\d])")  # "+234 706 123 4567 6 Zaria": a place pin read as "6"
_CITIZENSHIP = re.compile(r"\b(?:citizen\w*|nationality|passport|visa)\b", re.IGNORECASE)
_OCR_TLD_GAP = re.compile(r"(@[\w-]{2,40})(?:\.\s|\s\.?)([a-z]{2,3})\b|(@[\w-]{2,40}\.[\w-]{2,40})\.\s([a-z]{2,3})\b")
_OCR_DASHED_ADDRESS = re.compile(r"(?:^|(?<=\s))[-–—]+(?=[A-Za-z0-9][\w.+-]*@)")
_COUNTRY_DOMAIN = re.compile(r"@[\w.-]+\.(?!(?:io|ai|me|co|tv|ly|cc|us)\b)([a-z]{2})\b")  # not the generic ones
_SEVEN_DIGITS = re.compile(r"\d(?:[\s().-]{0,2}\d){6}")  # any country's shortest number, in pairs too ("28 41 93 07")


_OPEN_NUMBER = re.compile(r"\+\s?\d[\d\s().-]{3,14}$")
_NUMBER_TAIL = re.compile(r"\s*(\d[\d -]{1,8}\d)(?=\s*(?:[|·•,;]|$))")


def phone(sections: list[Section], country: str | None, email: str | None = None) -> Candidate | None:
    """The applicant's phone in E.164: a valid number in the header, on a line labelled as a phone or beside the
    applicant's own ``email``."""
    lines = _candidate_lines(sections)
    regions, home = _regions(sections, country)
    greeting = _greeting(lines)
    found: list[Candidate] = []
    for i, line in enumerate(lines):
        cue = bool(_PHONE_CUE.search(line.text)) or (email is not None and _beside(lines, i, email))
        if not (line.early or cue) or _EMAIL.fullmatch(line.text.strip()):
            continue
        text = line.text
        after = lines[i + 1] if i + 1 < len(lines) and lines[i + 1].number == line.number + 1 else None
        if after is not None and _OPEN_NUMBER.search(text) and (tail := _NUMBER_TAIL.match(after.text)):
            text += " " + tail.group(1)  # "+91 98401" / "22378 · …", "+1 (216)" / "555-0143": wrapped at the line's end
        if not _SEVEN_DIGITS.search(text):
            continue
        text = _EMAIL.sub(" ", text)
        mobile = _MOBILE_CUE.search(text)  # "☎ +57 (601) 555 0182 · móvil +57 315 882 0431": the mobile reaches them
        number = (_first_number(text[mobile.end() :], regions) if mobile else None) or _first_number(text, regions)
        if number is None and home and (cue or line.early):
            number = _national_number(text, home)
        if number is None:
            continue
        why: list[str] = []
        score = 1.0 - min(line.order, 40) / 40
        if line.early:
            score += 2
            why.append("header or contact section")
        if cue:
            score += 1
            why.append("labelled phone")
        if _someone_else(lines, i):
            score -= 4
            why.append("near another person's title")
        if greeting is not None and line.number < greeting:
            score -= 4
            why.append("above a letter's greeting")
        found.append(Candidate(number, score, line.style.page, line.number, why))
    return _pick(found)


# Digits joined by what the phone library takes for a number's punctuation (its _VALID_PUNCTUATION, and more).
_DIGIT_RUN = re.compile(
    r"\d[\d\s\-x\u2010-\u2015\u2212\u30fc\uff0d-\uff0f\u00ad\u200b\u2060()\uff08\uff09\uff3b\uff3d.\[\]/~\u2053\u223c\uff5e]*"
)
_NOT_DIGIT = re.compile(r"\D")
_MONTH_YEAR = re.compile(r"(?<![\d/+])(?:0?[1-9]|1[0-2])/(?:19|20)\d{2}(?![\d/])")
# "+52 1 81 1234 5678": the mobile "1" Mexico dropped in 2019 (no area code starts with 1), not in E.164.
_MX_MOBILE = re.compile(r"\+\s?52[\s.-]*1[\s.-]+(?=\d)")
_PAREN_CODE = re.compile(r"\(\s*(\+\d{1,3})\s*\)")
_TRUNK_ZERO = re.compile(r"(\+\d{1,3})\s*\(0\)\s*")
_CODE_BEFORE = re.compile(r"\+\s?\d{1,3}[\s.-]*$")
_EXIT_CODE = re.compile(
    r"(?<![\d+.\-/]\s)(?<![\w+.\-/])00\s?(?=[1-9]\d{0,2}[\s.-]?\d)"
)  # "001 404 ..." dialled from abroad


def _beside(lines: list[_Line], i: int, email: str) -> bool:
    """A number alone on its line (an icon's speck at most), next to the applicant's address alone on its own: a
    contact block read out of the header (a scanned sidebar's "0333-7654321" / "bilal.chaudhry.md@gmail.com")."""
    if sum(c.isalpha() for c in lines[i].text) > 2:
        return False
    near = [x for x in lines[max(i - 1, 0) : i + 2] if abs(x.number - lines[i].number) == 1]
    return any(strip_bullet(x.text).strip(" .,;|").casefold() == email.casefold() for x in near)


_NATIONAL = re.compile(r"(?<![\w+])0[1-9]\d{1,3}[\s-]?\d{3}[\s-]?\d{3,4}(?![\d-])")


def _national_number(text: str, home: str) -> str | None:
    """A number in its national format with the trunk 0 ("07700 900129") that the numbering plan does not
    list (new, reserved or mistyped ranges), read in the applicant's home country when its length is possible."""
    for match in _NATIONAL.finditer(_MONTH_YEAR.sub(" ", text)):
        try:
            number = phonenumbers.parse(match.group(0), home)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_possible_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return None


def _first_number(text: str, regions: list[str]) -> str | None:
    """The first phone number in the text: a valid one in the first region that has one, else (numbers in
    CVs are not always valid for their country's plan) one of a possible length written with its "+code"."""
    text = _MONTH_YEAR.sub(" ", text)  # "06/2023 - 08/2023" on a contact line reads as a US number
    text = re.sub(r"(?<=\d)\.(?=\d)", " ", text)  # "+234.813.930.0064"
    text = re.sub(r"\+\s*(?=\+)", " ", text)  # "… @gmail.com + +84 935 118 642": a separator OCR read as "+"
    text = _EXIT_CODE.sub("+", _TRUNK_ZERO.sub(r"\1 ", _PAREN_CODE.sub(r"\1", text)))
    text = _ICON_DIGIT.sub("   ", _MX_MOBILE.sub("+52 ", text))
    if not any(len(_NOT_DIGIT.sub("", run)) >= 7 for run in _DIGIT_RUN.findall(text)):
        return None  # no run of digits long enough for any country's number: spare the (slow) matcher
    # A merely possible number counts only written with its "+code": without a "+", look for valid ones alone.
    plus = "+" in text
    for leniency in (phonenumbers.Leniency.VALID, phonenumbers.Leniency.POSSIBLE)[: 2 if plus else 1]:
        for region in regions:
            for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=leniency):
                if leniency == phonenumbers.Leniency.POSSIBLE and not match.raw_string.lstrip().startswith("+"):
                    continue
                if _CODE_BEFORE.search(text[: match.start]):
                    continue  # the tail of "+977 98..." read without its country code
                if re.match(r"[\s.-]?\d", text[match.end :]):
                    continue  # the head of a longer number ("+234 813 930" of "+234 813 930 0064")
                e164 = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
                if match.number.extension:
                    return e164  # "ext. 42", "x 201": an office line's extension is no part of E.164
                written = _NOT_DIGIT.sub("", match.raw_string)
                if match.raw_string.lstrip().startswith("+") and len(e164) < len(written):
                    # The library cut digits off a number it finds odd: keep them all (less a trunk 0).
                    code = str(match.number.country_code)
                    rest = written[len(code) :]
                    return "+" + code + (rest[1:] if rest.startswith("0") else rest)
                return e164
    return None


# "Name: …", and a table's or form's label cell: "Full name<tab>…", "Name   …", "Name | …".
# The label in English and the applicant's language, alone or both ("Imię i nazwisko / Name", "Nume", "Nome",
# "氏名 Name", "Name / ФИО").
_CJK_NAME_LABEL = r"성명|이름|氏名|姓名"  # Korean, Japanese, Chinese
_NAME_LABEL = (
    r"(?:(?:full\s+(?:legal\s+)?|legal\s+|applicant(?:'s)?\s+|candidate\s+|preferred\s+)?name"
    r"(?:\s*\([^()]{1,30}\))?|nume(?:\s+(?:și|si)\s+prenume)?|nome(?:\s+e\s+cognome)?|"
    r"nombre(?:\s+y\s+apellidos?|\s+completo)?|nom(?:\s+et\s+pr[ée]nom)?|imi[ęe]\s+i\s+nazwisko|ime\s+i\s+prezime|"
    rf"ad[ıi]\s+soyad[ıi]|ονοματεπώνυμο|фио|піб|{_CJK_NAME_LABEL})"
)
_LABELLED_NAME = re.compile(
    rf"^\s*(?:{_NAME_LABEL}(?:\s*/\s*{_NAME_LABEL}|[ \t]{_NAME_LABEL})?\s*(?:[:\-–|]|\t|\s{{3,}}|\s?\.{{3,}})|"
    r"name[ \t]+(?=(?-i:[A-ZÀ-ÖØ-Þ]))|"  # Europass's label column a space away: "Name Andrei-Mihai Popescu"
    # Europass's label column, its value a space away: "First name(s) / Surname(s) Giulia Esposito"
    r"(?:first\s+name\(s\)\s*/\s*surname\(s\)|surname\(s\)\s*/\s*first\s+name\(s\))\s*[:|]?)\s*(.+)$",
    re.IGNORECASE,
)
# The name in Latin letters on a Korean, Japanese or Chinese form: "성명 (한글) | 김민준 | 성명 (영문) | Kim Minjun".
_ENGLISH_NAME = re.compile(
    rf"(?:{_CJK_NAME_LABEL}|name)\s*[(（]\s*(?:영문|english|英文|ローマ字|romaji|latin)\s*[)）]\s*[|:：]\s*([^|]+)",
    re.IGNORECASE,
)
# "KHAN, Ahmed Raza": the surname in capitals before the given names, read back in the usual order.
_SURNAME_FIRST = re.compile(
    r"^([A-Z][A-Z'’\-]+(?:\s[A-Z][A-Z'’\-]+)?),\s+([A-Z][a-z][\w'’\-]*(?:\s[A-Z][a-z][\w'’\-]*){0,2})$"
)


# A form's "Last, First Middle" value: one surname, then given names ("Malik, Ayesha Siddiqa"; not "…, MD").
_LAST_FIRST = re.compile(r"([A-Z][\w'’]+(?:-[A-Z][\w'’]+)?),\s+([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})")
_NOT_ALNUM = re.compile(r"[\W_]+")
_TWO_FIELDS = re.compile(r"\s{3,}|\s[|·•]\s")
# Where a name's field ends: a separator, a wide gap, the email after a comma, a bracket, a colon.
_NAME_END = re.compile(r"\s*(?:\||•|·|\s{2,}|\t|\s[-–—]\s|,\s*(?=[^,]*@)|\s\(|\s<|:)\s*")


def _skeleton(text: str) -> str:
    """The line's letters and digits alone: one line read by two readers that space or punctuate it apart."""
    return _NOT_ALNUM.sub("", text.casefold())


def _stream_lines(stream: str) -> list[str]:
    """The first non-blank lines of page 1 in content order, cleaned as the layout lines are."""
    text = unicodedata.normalize("NFKC", stream[:4000]).replace("\ufffe", "").replace("\t", "   ")
    return [x.strip() for x in re.split(r"\r\n|[\r\n]", text) if x.strip()][:_STREAM_LINES]


_STREAM_LINES = 12


_LOGO_WORD = re.compile(r"^\s*europass\s+(?=\S)")


def _field_name(text: str) -> tuple[str | None, str]:
    """The name a line reads as, and the text it was read from: the line, or its field after a sidebar's
    heading or a template's logo word set on the name's row ("CONTACT   Ayşe Gül Yılmaz", "europass   Ștefania
    Rădulescu")."""
    text = _LOGO_WORD.sub("", text)  # "europass İrem Şahin": the logo's word set on the name's row
    value = clean_name(text)
    fields = _TWO_FIELDS.split(text.strip(), maxsplit=1)
    if (
        value is None
        and len(fields) == 2
        and (
            heading_kind(fields[0]) is not None
            or " " not in fields[0]
            or canonical_specialty(fields[0])  # "General Surgery | Vikram Singh Rathore"
            or not has_latin(fields[0])  # "ნინო ბერიძე  ·  Nino Beridze": the name in its own script first
        )
    ):
        return clean_name(fields[1]), fields[1]
    return value, text


_MARKDOWN_HEADING = re.compile(r"^\s*#{1,6}\s+")
# A scanned table's "Name | Bogdan-Mihai Stanciu": the bar and a speck read as letters ("Name i Ey Bogdan-Mihai …")
_OCR_LABEL_BAR = re.compile(r"^(\s*name)\s+(?-i:[a-z]|[^\w\s]{1,2})(?:\s+\S{1,2}){0,2}\s+(?=(?-i:[A-Z][a-z]))", re.I)
_OCR_BANG = re.compile(r"(?<=[a-z])!(?=[a-z]|\s|$)")  # "Bikash Adhikar!": "!" for "i"
_OCR_EDGE = re.compile(r"([a-z]{2,})(?=\s+[A-Z])")


def _edge_letter(text: str, address: str | None) -> str:
    """A name whose first letter the scan's edge cut ("eem Abdulaziz Al-Harbi"), spelt whole by the email
    ("reem.alharbi.md@…")."""
    edge = _OCR_EDGE.match(text)
    local = fold(address.split("@")[0]) if address else ""
    if edge and local[:1].isalpha() and local[1:].startswith(edge[1]):
        return local[0].upper() + text
    return text


_OCR_TAIL = re.compile(r",\s*[a-z]{1,6}\W*$")
# "Olena Kovalenko OneHa KosasieHKO": Cyrillic beside the name read by the Latin model (capitals inside words).
_OCR_GARBLED_TAIL = re.compile(r"(?:\s+(?!Mac)[^\W\d]*[a-z]{2}[A-Z]\S*){2,}\s*$")
_OCR_LEAD = re.compile(r"^\s*[-–—~*]\s+(?=[A-Z])")  # "- Tomás Oliveira Santos": a rule's end read as a dash


def name(sections: list[Section], address: str | None = None, stream: str = "") -> Candidate | None:
    """The applicant's name: large type near the top of page 1, a "Name:" field, agreeing with the email.

    ``stream`` (a PDF's page 1 in content order) is a second reading: a header line it spells otherwise
    ("Thompson-Reyes" where the layout read "Thompson - Reyes") gives the longer name, and its first lines
    that the layout put elsewhere are candidates too, scored by their order and the email."""
    lines = _candidate_lines(sections)
    respelled = {_skeleton(x): x for x in _stream_lines(stream)}
    page_one = [x.style.size for x in lines if x.style.page == 1 and x.style.size]
    largest = max(page_one) if page_one else None
    sizes = sorted(page_one)
    body = sizes[len(sizes) // 2] if sizes else None
    found: list[Candidate] = []
    # A cover letter before the CV: the name above "Dear ..." is the addressee's; the one under "Sincerely," signs.
    greeting = _greeting(lines)
    closings = {x.number for x in lines if _CLOSING.match(x.text)}
    for i, line in enumerate(lines):
        raw = _OCR_LABEL_BAR.sub(r"\1: ", line.text) if line.style.ocr else line.text
        labelled = _ENGLISH_NAME.search(raw) or _LABELLED_NAME.match(raw)
        text = labelled.group(1) if labelled else _MARKDOWN_HEADING.sub("", unspaced(raw))  # "# Anjali Shrestha"
        if line.style.ocr:
            text = _OCR_LEAD.sub("", _OCR_TAIL.sub("", text))  # "Yonas Girma Haile, sine": specks read as a word
            text = _OCR_BANG.sub("i", _OCR_GARBLED_TAIL.sub("", text))
            text = _edge_letter(text, address)
            cells = CELLS.split(text.strip())
            if 2 <= len(words := text.split()) <= 4 and all(c[:1].isupper() and heading_kind(c) is None for c in cells):
                text = " ".join(words)  # "Bikash   Adhikari": a large name's word gap read wide, not two cells
        if labelled:  # "Full legal name: Zaid Tareq Mansour. U.S. citizen (born in Chicago, IL); …"
            text = _SENTENCE_END.split(text, maxsplit=1)[0]
            if (last := _LAST_FIRST.fullmatch(text.strip())) and not any(map(is_degree, last.group(2).split())):
                text = f"{last.group(2)} {last.group(1)}"  # ERAS's "Applicant Name: Malik, Ayesha Siddiqa"
        top = line.style.top
        near_top = line.style.page == 1 and (top is None or top < 0.3)
        above = lines[i - 1] if i else None
        signed = above is not None and (above.number in closings or _CV_TITLE.fullmatch(above.text.strip()) is not None)
        if not (labelled or signed or (line.early and line.order < 14) or (near_top and line.order < 40)):
            continue
        value, text = _field_name(text)
        if heading_kind(text) is not None:
            continue
        wrapped = _wrapped_name(lines, i, text, largest)
        if wrapped is not None:
            value = wrapped
        why: list[str] = []
        other = respelled.get(_skeleton(line.text), line.text)
        again = _field_name(other)[0] if other != line.text else None
        if again and (value is None or len(_skeleton(again)) > len(_skeleton(value))):
            value = again
            why.append("as spelled in content order")
        if value is None:
            continue
        score = 0.0
        if labelled:
            score += 4
            why.append('labelled "Name"')
        if line.order == 0:
            score += 2
            why.append("first line")
        elif line.order < 3:
            score += 1
        elif line.order < 8:
            score += 0.5
        if largest and line.style.size and line.style.page == 1:
            if line.style.size >= largest - 0.1:
                score += 3
                why.append("largest text on page 1")
            elif body and line.style.size >= 1.2 * body:
                score += 1.5
                why.append("larger than the body text")
        if line.style.bold:
            score += 0.5
        if line.kind == HEADER:
            score += 1
            why.append("header")
        if address and agrees(value, address):
            score += 2.5
            why.append("agrees with the email")
        if greeting is not None and line.number < greeting:
            score -= 4
            why.append("above a letter's greeting")
        elif signed:
            score += 3
            why.append("signs a letter or follows the CV's title")
        if _someone_else(lines, i) and line.order > 2:
            score -= 4
            why.append("near another person's title")
        if place_country(value) and not (address and agrees(value, address)):
            score -= 2  # "Warszawa Poland", "Casablanca Maroc": the address line under the name
            why.append("names a place")
        found.append(Candidate(value, score, line.style.page, line.number, why, labelled=bool(labelled)))
    if (form := _form_name(lines)) is not None:
        found.append(form)
    return _latin_beside(_pick(found + _stream_candidates(stream, lines, found, address)), found)


# A web form's name in parts: "First name:" / "Luíza", "Middle name (optional):" / "Fernandes", "Last name: …"
_NAME_PART = re.compile(
    r"\s*(first|given|middle|last|family)\s+name(?:\(s\))?\s*(?:\([^()]{0,20}\))?\s*:\s*(.*)$|\s*(surname)\s*:\s*(.*)$",
    re.IGNORECASE,
)


_NAME_VALUE = re.compile(r"[^\W\d_][^\W\d_'’.\- ]{0,40}")


def _form_name(lines: list[_Line]) -> Candidate | None:
    """The name a form asks for in parts, each value on its label's line or the next, joined in order."""
    parts: dict[str, str] = {}
    where = None
    for i, line in enumerate(lines[:60]):
        if not (m := _NAME_PART.match(line.text)):
            continue
        part = (m[1] or m[3]).lower()
        value = (m[2] or m[4] or "").strip()
        if not value and i + 1 < len(lines) and not _NAME_PART.match(lines[i + 1].text):
            value = lines[i + 1].text.strip()
        part = {"given": "first", "family": "last", "surname": "last"}.get(part, part)
        if part not in parts and _NAME_VALUE.fullmatch(value):
            parts[part] = value
            where = where or line
    if "first" not in parts or "last" not in parts or where is None:
        return None
    value = " ".join(parts[k] for k in ("first", "middle", "last") if k in parts)
    return Candidate(value, 8.0, where.style.page, where.number, ["a form's name in parts"], labelled=True)


def _latin_beside(best: Candidate | None, found: list[Candidate]) -> Candidate | None:
    """The name in Latin script written beside the one chosen in its own script ("زينب حسين الجبوري" over "Dr
    Zainab Hussein Al-Jubouri MBChB"), or lower on the page agreeing with the email (an Arabic header block first):
    the contract reads the Latin one."""
    if best is None or has_latin(best.value):
        return best
    beside = [
        c
        for c in found
        if has_latin(c.value)
        and c.page == best.page
        and (abs(c.line - best.line) <= 2 or "agrees with the email" in c.why)
    ]
    return max(beside, key=lambda c: c.score) if beside else best


def _stream_candidates(stream: str, lines: list[_Line], found: list[Candidate], address: str | None) -> list[Candidate]:
    """Names on page 1's first lines in content order that no layout line spells: the layout put them
    elsewhere (a header band read after the column beside it). Without size or position, they earn points
    for coming first and for agreeing with the email, so they win only where the layout's own are weak."""
    known = {_skeleton(x.text) for x in lines} | {_skeleton(c.value) for c in found}
    out: list[Candidate] = []
    for k, text in enumerate(_stream_lines(stream)):
        value, field = _field_name(text)
        if value is None or _skeleton(text) in known or _skeleton(value) in known or heading_kind(field) is not None:
            continue
        score, why = (2.0 if k == 0 else 1.0 if k < 3 else 0.0), [f"line {k + 1} in content order"]
        if address and agrees(value, address):
            score += 2.5
            why.append("agrees with the email")
        if place_country(value) and not (address and agrees(value, address)):
            score -= 2
            why.append("names a place")
        out.append(Candidate(value, score, 1, k + 1, why))
    return out


def _name_words(text: str) -> int:
    """Words of a name, its particles ("de", "la", "da", "van") not counted."""
    return sum(w.lower() not in _PARTICLES for w in text.split())


def _wrapped_name(lines: list[_Line], i: int, text: str, largest: float | None) -> str | None:
    """The name with its next line when a narrow header wrapped it there in the same type ("Dr. Lê Thị" /
    "Phương, MD", "Olena" / "Kovalenko"), else None. The page's largest type may leave a blank line between."""
    if i + 1 >= len(lines):
        return None
    line, after = lines[i].style, lines[i + 1]
    gap, rest = after.number - lines[i].number, after.text
    biggest = largest is not None and line.size is not None and line.size >= largest - 0.1
    if biggest and after.style.size != line.size:
        # the largest type's next line at the same left edge, a right column's contacts read between them
        # ("Ximena Guadalupe Ibáñez   ✉" / "ximena…@gmail.com" / "⌂ McAllen, TX" / "Rentería   ✓ U.S. Permanent …")
        later = next((x for x in lines[i + 2 : i + 5] if x.style.size == line.size), None)
        if (
            later
            and line.left is not None
            and later.style.left is not None
            and abs(later.style.left - line.left) < 0.02
        ):
            after, gap, rest = later, 1, CELLS.split(later.text.strip())[0]
    # "Lucía Fernández-Bermejo   E-mail: …" / "Castro, MD, PhD": the name's cell (the line's weight is its cells')
    celled = len(cells := CELLS.split(text.strip())) > 1
    text = cells[0]
    if (
        not (gap == 1 or (gap == 2 and biggest))
        or line.size is None
        or after.style.size != line.size
        or (after.style.bold != line.bold and not celled)
        or after.style.page != line.page
        or _name_words(rest) > 3
    ):
        return None
    joined = clean_name(text.rstrip() + " " + rest.strip())
    single = clean_name(text)
    if joined is None or _name_words(joined) > 5:  # "María del Carmen" / "Ruiz de la Fuente"
        return None
    if single is None:
        # One word alone is no name: joined only when each line is one or two name words ("Olena" / "Kovalenko").
        alone = text.strip().split()
        if not 1 <= len(alone) <= 2 or len(joined.split()) < 2:
            return None
        return joined
    return joined if len(joined.split()) > len(single.split()) else None


def _latin(word: str) -> bool:
    """Every letter of the word is Latin (accented ones too: "Ștefania", "Nguyễn", Azerbaijani's "Məmmədova")."""
    return all(ord(c) < 0x250 or c == "ə" or 0x1E00 <= ord(c) <= 0x1EFF for c in word if c.isalpha())


def _one_script(text: str) -> str:
    """The Latin-script run of a name written twice, in Latin and in its own script beside it ("Layla Haddad
    حداد ليلى", "Oleksandr Kovalenko Олександр Коваленко"); other text as it is."""
    if text.isascii():
        return text  # every letter Latin: the common case, without a look at each character
    words = text.split()
    latin = [_latin(w) for w in words]
    if all(latin) or not any(latin):
        return text
    runs: list[list[str]] = [[]]
    for word, is_latin in zip(words, latin, strict=True):
        if is_latin:
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    return " ".join(max(runs, key=len)).strip(" /|·-–—")  # not the "/" between the two


# "CV - Dr. Lina Al-Khatib, MD", "Curriculum Vitae: Ana Ruiz", "Resume of Omar Said": the title before the name.
_CV_OF = re.compile(r"^\s*(?:CV|C\.V\.|Curriculum Vitae|R[eé]sum[eé])\s*(?:[-–—:|]+|\bof\b)\s*", re.IGNORECASE)
_CURRICULUM = re.compile(r"ricul+um", re.IGNORECASE)  # "RRICULUM VITA": a scan's title cut by OCR


_LATIN_IN_BRACKETS = re.compile(r"[(（]\s*([A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,3})\s*[)）]\s*$")
_SPECK = re.compile(r"\b([A-Z][a-z]+) [1|] (?=[A-Z][a-z])")  # "Vikram 1 Singh Rathore": a scan's speck
_OCR_CAPITAL_I = re.compile(r"l[a-z]{2,}$")
_NAME_CELL = re.compile(r"^.*\bname\s*[|:]", re.IGNORECASE)


_GLUED_BRACKET = re.compile(r"(?<=[^\W\d_])\(")
_TRAILING_INITIAL = re.compile(r"\s[A-Z]\.[\s,]*$")  # a South Indian initial after the name keeps its dot


def clean_name(line: str) -> str | None:
    """The line as a person's name (titles and degrees removed), or None when it does not read as one."""
    line = _before_degrees(_CV_OF.sub("", line.strip(" |")))  # "|  Kwame Asante   |": a box drawn in text
    line = line.replace(" , ", " ")  # "Mihai Constantin , Ionescu": a speck a scan read as a comma
    line = _GLUED_BRACKET.sub(" (", line)  # "TANAKA Kenta（田中 健太）" once NFKC made its bracket ASCII
    if (latin := _LATIN_IN_BRACKETS.search(line)) and not has_latin(_NAME_CELL.sub("", line[: latin.start()])):
        line = latin.group(1)  # "佐藤 美咲 (Misaki Sato)", "氏名 Name | 佐藤 美咲 (Misaki Sato)": the Latin one
    surname_first = _SURNAME_FIRST.match(_strip_degrees(line.strip()))
    if surname_first and not any(country_code(x) or state_code(x) for x in surname_first.groups()):
        line = f"{surname_first.group(2)} {surname_first.group(1).title()}"
    first = _NAME_END.split(line.strip())[0]
    first = _TITLE.sub("", _one_script(first))
    first = _strip_degrees(_CREDENTIALS.sub("", first).strip(" ,"))
    first = first.strip(" ,.") + ("." if _TRAILING_INITIAL.search(first) else "")  # "Mohammed Abdul Rahman S."
    if " 1 " in first or " | " in first:
        first = _SPECK.sub(r"\1 ", first)
    first = _TITLE.sub("", first).strip()
    words = first.split()
    while len(words) > 2 and not any(c.isalpha() for c in words[-1]):
        words.pop()  # "LEE Ji-hoon 02|2": a scan's guess at the Hangul beside the name ends it
        first = " ".join(words)
    half = len(words) // 2
    if len(words) % 2 == 0 and half >= 2 and fold(" ".join(words[:half])) == fold(" ".join(words[half:])):
        words = words[:half]  # "Trần Thị Mai TRAN Thi Mai": the name, then the same name without its diacritics
        first = " ".join(words)
    if not 2 <= _name_words(first) <= 6 or len(words) > 9 or len(first) > 60:  # "… Magalhães da Costa e Silva"
        return None
    if not all(_NAME_WORD.match(w) for w in words):
        return None
    lowered = [w.lower().strip(".") for w in words]
    if any(w in _NOT_NAME for w in lowered) or _CURRICULUM.search(first):
        return None
    if sum(c.isalpha() for c in first) < 4:
        return None
    # "loana Cristina Muresan": a scan's capital I read as "l" (no name starts with a small l)
    capital_i = [f"I{w[1:]}" if _OCR_CAPITAL_I.match(w) and w.lower() not in _PARTICLES else w for w in words]
    if capital_i != words:
        words, first = capital_i, " ".join(capital_i)
    cased = [w for w in words if any(c.isalpha() and (c.isupper() or c.islower()) for c in w)]
    if any(w[0].islower() and w.lower() not in _PARTICLES for w in cased):
        return None
    if canonical_specialty(first) or country_code(first) or state_code(first):
        return None
    if first.isupper():
        first = " ".join(w.capitalize() if len(w) > 1 else w for w in words)
        first = re.sub(r"(?<=[-'’])(\w)", lambda m: m.group(1).upper(), first)
        first = " ".join(w.lower() if w.lower() in _PARTICLES else w for w in first.split())
    return first
