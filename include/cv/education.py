"""Medical school, its country, graduation year and student status, read from the medical-degree entry.

The graduation year comes only from the line that names the medical degree (MD/MBBS/...) or its
neighbours in the education section: a CV is full of years (USCE, publications, exams) that are not it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import date

from include.cv.dates import (
    BARE_YEAR,
    POINT_RE,
    YEAR_RE,
    find_points,
    find_ranges,
    join_wrapped_ranges,
    normalize_dashes,
)
from include.cv.places import place_country
from include.cv.sections import (
    EDUCATION,
    EXAMS,
    HEADER,
    INTERESTS,
    PERSONAL,
    WORK,
    Section,
    heading_kind,
    is_bullet,
    strip_bullet,
)
from include.cv.usce import maryland
from include.vocab import COUNTRY_NAMES, country_code, fold, state_code, without_asides

_DEGREE = re.compile(
    r"(?:\bM\.\s?D\.|\bMD\b|\bM\.?\s?B\.?\s?[,;]?\s?B\.?\s?S\b\.?|\bMBChB\b|\bMB\s?ChB\b|\bMBBCh\b|\bMB\s?BCh\b|"
    r"\bM\.\s?B\.\s?(?:Ch\.\s?B|B\.\s?Ch)\b\.?|"  # "M.B.Ch.B.", "M.B.B.Ch."
    r"\bD\.O\.|\bDO\b|\bMBBS\b)"
    r"|(?i:\bdoctor\s+of\s+(?:osteopathic\s+)?medicine\b|\bbachelor\s+of\s+medicine\b|\bmedical\s+doctor\b|"
    r"\bm[eé]dic[oa]\s+(?:y\s+)?cirujan[oa]\b|\bphysician\s+and\s+surgeon\b|\bmedical\s+degree\b|\bdoctor\s+en\s+medicina\b|"
    r"\bdoct(?:eur|orat)\s+en\s+m[ée]decine\b|\bbacharel(?:ado)?\s+em\s+medicina\b|\bgradua[çc][ãa]o\s+em\s+medicina\b|"
    r"\blicenciatura\s+en\s+medicina\b|\blicenciad[oa]\s+en\s+medicina\b|"
    # Italian, German, Romanian, Russian: "Laurea Magistrale in Medicina e Chirurgia", "Staatsexamen Humanmedizin"
    r"\blaurea\s+(?:magistrale\s+)?(?:a\s+ciclo\s+unico\s+)?in\s+medicina\b|\bmedico\s+chirurgo\b|\bstaatsexamen\s+(?:human)?medizin\b|"
    r"\bhumanmedizin\s+\(staatsexamen\)|"
    # and Indonesia's "Profesi Dokter (dr.)", German's "Studium der Humanmedizin"
    r"\bdoctor[- ]medic\b|\blechebnoe\s+delo\b|\bprofesi\s+dokter\b|\bstudium\s+der\s+humanmedizin\b|"
    # Spain's, Portugal's, Greece's, the Netherlands', Albania's, Croatia's and Czechia's medical degrees
    r"\bgrado\s+en\s+medicina\b|\bmestrado\s+integrado\s+em\s+medicina\b|\bptychio\s+iatrikis\b|"
    r"\bmaster\s+geneeskunde\b|\bmaster\s+en\s+m[ée]decine\b|\bartsexamen\b|\bmaster\s+i\s+integruar\s+n[ëe]\s+mjek[ëe]si\b|\bdoktor\s+medicine\b|"
    r"\bv[šs]eobecn[ée]\s+l[ée]ka[řr]stv[ií]\b|"
    # the post-Soviet "Diploma of Specialist (General Medicine)", "Лечебное дело", "Лікувальна справа"
    r"\b(?:diploma\s+of\s+)?specialist(?:\s+degree)?\s*(?:in\s+|\(\s*)(?:general\s+)?medicine\b|"
    r"лечебное\s+дело|лікувальна\s+справа|"
    r"\bt[ıi]p\s+doktoru\b)"  # Turkish: "Tıp Doktoru"
)


def _has_degree(line: str) -> bool:
    """The line names a medical degree; not an "MD" that is Maryland ("… School of Public Health, Baltimore, MD")."""
    return any(m.group(0) != "MD" or not maryland(line, m.start(), m.end()) for m in _DEGREE.finditer(line))


_SCHOOL = re.compile(
    r"\b(?:universit\w*|universidad\w*|universidade|université|college|school|institute|instituto|faculty|faculté|faculdade|"
    r"escuela|tecnol[oó]gico|"
    # Turkish: "İstanbul Üniversitesi"; Nepal's "Maharajgunj Medical Campus"
    r"academy|aiims|medical\s+center|medical\s+campus|facultad|üniversitesi|fakültesi|universiteti|"
    r"UFR)\b",  # France's and West Africa's "UFR des Sciences Médicales" (a faculty)
    re.IGNORECASE,
)
_SEPARATORS = re.compile(r"\s*(?:,|\||;|\s[-–—]\s|\s{3,}|\t|\(|\))\s*")
_STUDENT_WORDS = re.compile(
    r"\b(?:expected|anticipated|expected\s+graduation|candidate|MS[1-4]|final[- ]year|fourth[- ]year|"
    r"(?:1st|2nd|3rd|4th|5th|6th|first|second|third|fifth|sixth)[- ]year\s+(?:medical\s+)?student|"
    r"medical\s+student|currently\s+enrolled|current\s+student|in\s+progress|"
    # Spanish, Portuguese, French: "egreso previsto 2027", "formatura prevista", "en curso", "diplôme prévu"
    r"previst[oa]|esperad[oa]|en\s+curso|cursando|em\s+andamento|pr[ée]vue?|attendue?|en\s+cours|in\s+corso)\b",
    re.IGNORECASE,
)
_SELF_STUDENT = re.compile(
    r"\b(?:MS[1-4]|(?:final|fourth|(?:1st|2nd|3rd|4th|5th|6th|first|second|third|fifth|sixth))[- ]year"
    r"\s+(?:medical\s+|MBBS\s+|MD\s+)?student|currently\s+enrolled)\b",
    re.IGNORECASE,
)
# The cue's year: "expected 07/2027", "(degree conferred): 2025"; not past a bracket the cue closes ("2027
# (expected)" / "SSCE 2018").
_GRAD_YEAR = re.compile(
    r"\b(?:graduat\w*|class\s+of|expected|anticipated|completed|conferred|awarded|previst[oa]|pr[ée]vue?|"
    r"egreso|formatura|graduaci[óo]n|titulaci[óo]n|esperad[oa]|promotion|voraussichtliche[rn]?)\b"  # French
    # "promotion 2020": class of; German "voraussichtlicher Abschluss (M3): 11/2027" (M3: the last state exam)
    r"(?:[^0-9)]|\)(?=\s*:)|\(M\d\)|(?<!\d)\d{1,2}(?:st|nd|rd|th)?(?=\s+[^\W\d])){0,25}(?:[01]?\d[/.-])?"
    r"((?:19|20)\d\d)\b(?![ \t]*-|[./]\d{1,2}[ \t]*-)",  # not a range's start: "conferred September   2016 - 2023",
    # "completed online" / "2016.09 - 2022.06 …"
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Education:
    medical_school: str | None
    medical_school_country: str | None
    graduation_year: int | None
    is_student: bool | None
    evidence: dict | None = None


def _degree_window(sections: list[Section]) -> tuple[list[str], dict | None]:
    """The medical-degree line and its neighbours (same entry), from the education section first,
    with the degree line's page and line number."""
    for kinds in ({EDUCATION}, {HEADER, PERSONAL, INTERESTS}):
        for section in sections:
            if section.kind not in kinds and not (
                section.kind == EXAMS and EDUCATION in kinds and _BOTH.search(section.heading)
            ):
                continue  # "Education & Examinations" reads as an exams heading: its degrees are read too
            lines = _unwrapped(section)
            for i, line in enumerate(lines):
                if not _has_degree(line) or _POSTGRADUATE.search(line) or _PRECLINICAL.search(line):
                    continue  # not "Sarjana Kedokteran (Bachelor of Medicine, pre-clinical)" before the "Dokter"
                if _SPECIALIST_MD.search(line) and any(_has_degree(x) and not _SPECIALIST_MD.search(x) for x in lines):
                    continue  # "MD (Paediatrics)" above the MBBS: South Asia's specialist degree
                if _TRANSFERRED.search(line) and any(_has_degree(x) and not _TRANSFERRED.search(x) for x in lines):
                    continue  # the school left for another, which awarded the degree
                if section.kind != EDUCATION and not (_SCHOOL.search(line) or _school_near(lines, i)):
                    continue
                why = _IN_EDUCATION if section.kind == EDUCATION else "degree line"
                return _entry(section, lines, i, why)
    # No degree written (a Europass title "Physician (lekarz)"): the education section's first medical school.
    if (named := _school_window(sections)) is not None:
        return named
    # No education section: a timeline of everything ("May 2023  MD conferred" / "St. George's University").
    for section in sections:
        if section.kind == WORK:
            lines = _unwrapped(section)
            for i, line in enumerate(lines):
                if _has_degree(line) and not _POSTGRADUATE.search(line) and _school_near(lines, i):
                    return _entry(section, lines, i, "degree line in a timeline")
    return [], None


def _school_window(sections: list[Section]) -> tuple[list[str], dict | None] | None:
    """The entry of the education sections' first medical school line."""
    for section in sections:
        if section.kind == EDUCATION:
            lines = _unwrapped(section)
            for i, line in enumerate(lines):
                if _MEDICAL_SCHOOL.search(line) and _SCHOOL.search(line) and not _OTHER_DEGREE.search(line):
                    if _TRANSFERRED.search(line) and any(
                        _MEDICAL_SCHOOL.search(x) and _SCHOOL.search(x) and not _TRANSFERRED.search(x)
                        for x in lines[i + 1 :]
                    ):
                        continue  # "Medizinische Universität Graz   Humanmedizin, 1st study segment; transferred"
                    return _entry(section, lines, i, _SCHOOL_LINE)
    return None


_SCHOOL_LINE = "medical school in the education section"


_BOTH = re.compile(r"\beducation\b.*\bexam", re.IGNORECASE)
# A medical school the applicant left for another: "transferred in good standing", "1st study segment; transferred"
# (not "transferred from …", said at the school that awarded the degree)
_TRANSFERRED = re.compile(r"\btransferred\b(?!\s+(?:from|here|in\s+(?:from|the\s+\w+\s+year|\d)))", re.IGNORECASE)
_MEDICAL_SCHOOL = re.compile(
    r"\b(?:medical|medicine|medicina|m[ée]decine|medizin\w*|medica|medicală|m[ée]dic[oa]|tibb|t[ıi]p(?=\s+fak))\b", re.I
)


def _unwrapped(section: Section) -> list[str]:
    """The section's lines with each date range a margin column wrapped written whole on its entry's first line
    ("01.09.2012 –   Specialist degree …, Pirogov Russian National" / "30.06.2018   Research Medical University"),
    so the name's end stands alone as a wrapped name's does; line for line, so evidence keeps its numbers."""
    joined = join_wrapped_ranges("\n".join(section.lines), keep_lines=True).split("\n")
    lines = joined if len(joined) == len(section.lines) else list(section.lines)
    for k in range(len(lines) - 1):
        # "Медицински факултет … (Faculty" / "of Medicine, University of Belgrade)": the name's head goes down to it
        if (head := _NAME_HEAD.search(lines[k])) and _NAME_TAIL.match(lines[k + 1]):
            lines[k], lines[k + 1] = lines[k][: head.start()].rstrip(), head.group(1) + " " + lines[k + 1].lstrip()
        # "MBBS, Amoud University, …, Borama, Somalia, 2014" / "- 2020.": the range's end goes up to its start
        if _YEAR_END.search(lines[k]) and (end := _RANGE_END_START.match(lines[k + 1])):
            lines[k], lines[k + 1] = f"{lines[k].rstrip()} {end.group(0).strip()}", lines[k + 1][end.end() :]
    return lines


_NAME_HEAD = re.compile(r"\s*[(—–-]?\s*\b((?:Faculty|School|College))\s*$")
_NAME_TAIL = re.compile(r"\s*of\s+Medicine\b")
_YEAR_END = re.compile(r"\b(?:19|20)\d\d\s*$")
_RANGE_END_START = re.compile(r"\s*[-–—]\s*(?:(?:19|20)\d\d\b|present\b|current\b)\.?", re.IGNORECASE)


_RANGE_ALONE = re.compile(
    r"\s*(?:\d{1,2}[./])?(?:19|20)\d\d\s*(?:[-–—]|to)\s*(?:(?:\d{1,2}[./])?(?:19|20)\d\d|present|current|ongoing)\s*",
    re.IGNORECASE,
)
_EXCHANGE = re.compile(r"\b(?:erasmus|exchange\s+(?:semester|student|program\w*)|visiting\s+student)\b", re.I)


def _entry(section: Section, lines: list[str], i: int, why: str) -> tuple[list[str], dict | None]:
    """The entry around line ``i`` of the section's ``lines``: the line, up to three lines after it and one
    before, and the school a narrow column wrapped; with the line's page and number."""
    line = lines[i]
    window = [line, *_neighbours(lines, i, 1, [line])]
    # "Erasmus+ semester — Medizinische Universität Graz" under the degree: an exchange's entry, not its school
    window = [line, *itertools.takewhile(lambda x: not _EXCHANGE.search(x), window[1:])]
    if _LEADING_DATES.match(line):  # "May 2023   MD conferred": the next line opening with dates is the next entry
        window = window[: next((k for k, x in enumerate(window) if k and _LEADING_DATES.match(x)), len(window))]
    before = _neighbours(lines, i, -1, window)
    # Dates on a line of their own above each entry of the section ("2013 – 2021" / "Fudan University Shanghai
    # Medical College" / "MD"): they are its dates, and the next such line opens the next entry.
    first = next((x for x in lines if x.strip()), "")
    led = next((k for k, x in enumerate(before) if _dates_alone(x)), None) if _dates_alone(first) else None
    if led is not None:
        window = list(itertools.takewhile(lambda x: not _dates_alone(x), window))
    # one line before, or two when the school is there alone (a label column's school wrapped over two lines)
    wanted = 2 if not any(_SCHOOL.search(x) for x in window) and any(_SCHOOL.search(x) for x in before[1:2]) else 1
    if before[:1] and before[0].count(")") > before[0].count("(") and any(_SCHOOL.search(x) for x in before[1:2]):
        wanted = 2  # the line above ends a bracket the school's line opened: "… University after Mkhitar Heratsi ("
    if _LEADING_DATES.match(line) and before[:1] and _LEADING_DATES.match(before[0]):
        wanted = 0  # the table's row above, dated on its own ("2011 – 2013   Medizinische Universität Graz   …")
    window[:0] = before[:wanted][::-1]
    if not any(YEAR_RE.search(x) for x in window) and (dated := next((x for x in before if YEAR_RE.search(x)), None)):
        window.insert(0, dated)  # "Specialist degree in   2014 – 2020" / "General Medicine" / "(Лечебное дело), MD"
    if led is not None and led >= wanted:
        window.insert(0, before[led])
    if not any(YEAR_RE.search(x) for x in window):
        # "MBBS" / "Osmania Medical College," / "Hyderabad" / "Kaloji … University" / "Health Sciences" / "2015 – 2021"
        window += [x for x in lines[i + 1 : i + 7] if _RANGE_ALONE.fullmatch(x)][:1]
    wrapped = _wrapped([line, *[x for x in lines[i + 1 : i + 5]]])
    if wrapped is not None:
        window.append(wrapped)
    where = None
    if i < len(section.numbers):
        where = {"page": section.styles[i].page, "line": section.numbers[i], "why": why}
    return window, where


def _dated_only(line: str) -> bool:
    """A year without a school or a degree: an entry's dates (and what a date cell holds beside them)."""
    return bool(YEAR_RE.search(line)) and not _SCHOOL.search(line) and not _has_degree(line)


def _dates_alone(line: str) -> bool:
    """Dates on a short line of their own ("2013 – 2021", "09/2021 – in corso (expected 07/2027)")."""
    return _dated_only(line) and len(line) < 40


# "MD (Paediatrics) – postgraduate residency": a degree line that says it is postgraduate is not the primary
# medical degree (an MD in a specialty alone may be: "MD (General Medicine)" is Russia's primary degree).
_PRECLINICAL = re.compile(r"\bpre-?clinical\b", re.IGNORECASE)
_POSTGRADUATE = re.compile(r"\bpost-?graduate\b", re.IGNORECASE)
_SPECIALIST_MD = re.compile(
    r"\bM\.?D\.?\s*(?:\(|in\s+|[-–—]\s*)(?i:paediatric|pediatric|general\s+medicine|internal|anaesth|anesth|radio|"
    r"patholog|psychiatr|dermato|obstet|community|microbio|pharmac|physiol|biochem|forensic|respirat|pulmon|emergency)"
)


# An entry's dates set before its title ("feb. 2014 – jun. 2021   Médica y Cirujana (MD)").
_LEADING_DATES = re.compile(
    r"^[^A-Za-z]*(?:[A-Za-z]{3,9}\.?\s*)?(?:19|20)\d\d[^A-Za-z]*?(?:[A-Za-z]{3,9}\.?\s*)?"
    r"(?:(?:19|20)\d\d|present)?\s*(?:\s{3,}|\t|\|)\s*",
    re.IGNORECASE,
)


def _school_near(lines: list[str], i: int) -> bool:
    """A line that opens with the degree (after its dates) and has its school on one of the two lines after
    or before it ("MBBS (Bachelor of Medicine...)" / "Madras Medical College, Chennai"; an ERAS or Ghanaian
    layout's school line over its "MB ChB"): the entry of a label-column or bilingual layout whose education
    heading was not read as one."""
    if not _DEGREE.match(_LEADING_DATES.sub("", strip_bullet(lines[i]).strip())):
        return False
    below = [x for x in lines[i + 1 : i + 4] if x.strip()][:2]
    above = [x for x in lines[max(0, i - 3) : i] if x.strip()][-2:]
    return any(_SCHOOL.search(x) and not _has_degree(x) and not _OTHER_DEGREE.search(x) for x in below + above)


def _dates_column(sections: list[Section]) -> list[str]:
    """The education section's lines when it holds only dates (a label-column layout such as Europass keeps
    the dates under the heading and the entries in the other column, read elsewhere); its first entry's
    dates come first, as the entries do."""
    for section in sections:
        if section.kind == EDUCATION:
            lines = [x for x in section.lines if x.strip()]
            if lines and all(_dated_only(x) for x in lines):
                return lines[:1]
    return []


_IN_EDUCATION = "degree line in the education section"


def _neighbours(lines: list[str], i: int, step: int, window: list[str]) -> list[str]:
    """Up to two lines of the same entry next to line ``i``; a blank line ends the entry unless the
    entry still lacks its school or its year (PDF gaps and spaced-out templates split entries). In double-spaced
    text (a plain-text export with a blank line after every line) only a run of blanks is a gap."""
    out: list[str] = []
    j, blanks = i + step, 0
    spaced = _double_spaced(lines)
    while 0 <= j < len(lines) and len(out) < (3 if step > 0 else 2):
        line = lines[j]
        if not line.strip():
            if spaced and 0 <= j + step < len(lines) and lines[j + step].strip():
                j += step
                continue
            complete = any(_SCHOOL.search(x) for x in window + out) and any(YEAR_RE.search(x) for x in window + out)
            blanks += 1
            if complete or blanks > 1:
                break
        elif heading_kind(line) is not None or _OTHER_DEGREE.search(without_asides(_OPEN_ASIDE.sub("", line))):
            break  # not "(incl. compulsory rotating internship)" after the degree's dates, nor one wrapped open
        elif _has_degree(line) and not (step > 0 and line.lstrip().startswith("(")):
            break  # another degree's line, not the wrapped end of this one ("Doctor of Medicine" / "(MD), June 2023")
        elif _EXAM_LINE.search(line):
            break  # the exams listed right after the degree (a label-column layout's right column)
        elif is_bullet(line) and is_bullet(lines[i]):
            break  # the next item of a bulleted list ("• 2020 – 2022: Dr. med. (doctoral thesis …)")
        elif step > 0 and blanks and _dates_alone(line) and _dates_alone(next(x for x in lines if x.strip())):
            break  # dates above each entry ("09/2021 – in corso" / … / "2015 – 2020"): the next entry's
        elif step < 0 and j > 0 and _OTHER_DEGREE.search(lines[j - 1]):
            break  # the school line of the entry above ("BS Psychology" / "Rutgers University")
        else:
            out.append(line)
        j += step
    return out


_OPEN_ASIDE = re.compile(r"\([^()]*$")  # "Dhaka Medical College   2012–2018 (internship" / "… 2018–2019)"


def _double_spaced(lines: list[str]) -> bool:
    """No two non-blank lines are adjacent, and there are a few of them."""
    filled = [bool(x.strip()) for x in lines]
    return sum(filled) >= 3 and not any(a and b for a, b in itertools.pairwise(filled))


_EXAM_LINE = re.compile(r"\b(?:USMLE|COMLEX|PLAB|MCCQE|ECFMG|OET|IELTS|TOEFL)\b")


# Degrees and posts that are not the primary medical degree: their lines belong to other entries.
_OTHER_DEGREE = re.compile(
    r"\b(?:B\.?\s?S\.?c?|B\.?A|M\.?P\.?H|M\.?S\.?c|Ph\.?D|MBA|FCPS|MRCP|pre-?med\w*|"
    r"bachelor\s+of\s+(?:science|arts)|master\s+of|high\s+school|secondary\s+school|intermediate|"
    # school before university: "Senior Secondary, … School", "G.C.E. Advanced Level, … College", "+2 Science"
    r"(?:senior|higher)\s+secondary|G\.C\.E|(?:advanced|ordinary)\s+level|A[- ]levels?|pre-?university|"
    r"matriculation|residency|internship|internado|internato|ordinatura|house\s+officer|fellowship|"
    r"(?:diploma|certificate)\s+(?:in|of)\s)\b(?!\s*,?\s*(?:MD|MBBS))|(?<![\w+])\+\s?2\s+(?:science|biology|level)\b",
    re.IGNORECASE,
)


# The entry's dates at the end of its line ("2021 to Present", "Sep 2012 - Dec 2018", "Jan '18 - Dec '18").
_TRAILING_DATES = re.compile(
    r"\s*(?:(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?(?:'\d\d|(?:19|20)\d\d)\s*"
    r"(?:-|to)\s*(?:(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?(?:'\d\d|(?:19|20)\d\d)|"
    r"present|current|now)|(?:19|20)\d\d)\s*\.?$",
    re.IGNORECASE,
)


_AWARDED = re.compile(r"\b(?:conferred|awarded|completed|obtained|received)\s*$", re.IGNORECASE)


def _wrapped(window: list[str]) -> str | None:
    """The degree line with the lines a narrow table cell or a CV class's column wrapped its school name onto
    ("MBBS   Bangalore Medical" / "College and Research" / "Institute, Bengaluru,"; "Doctor of Medicine (MD)
    Hanoi Medical   2021 to Present" / "University , Vietnam."); the entry's dates at the line's end are dropped."""
    at = next((i for i, x in enumerate(window) if _has_degree(x)), None)
    if at is None:
        return None
    head = _TRAILING_DATES.sub("", normalize_dashes(window[at]).rstrip())
    tail = next((x for x in reversed(_SEPARATORS.split(head)) if x.strip()), "").strip(" -:")  # ") - Universidad"
    if not tail or not tail[:1].isupper() or _DATED.search(tail) or _AWARDED.search(tail) or _PROGRAMME.search(tail):
        return None  # "MD conferred", "Excellent with Honours" / "St. George's University": no name wraps; nor
        # a programme's ("Integrated Studies of Medicine in English" / "Lithuanian University of Health Sciences")
    joined = head
    found = False
    for line in window[at + 1 : at + 5]:
        line = re.sub(r"\s+,", ",", line.strip())  # "University , Vietnam." (LaTeX spacing)
        if _OPEN_NAME.search(joined):  # "Universidad de" / "Antioquia, Medellín — 2008–2014": the name's end, dated
            line = _TRAILING_DATES.sub("", _DATED_ASIDE.sub("", normalize_dashes(line))).rstrip(" -") or line
        if not line or re.search(r"\s{3,}|\|", line) or YEAR_RE.search(line):
            break
        if _DATED.search(line) and not _SCHOOL.search(line) and not _OPEN_NAME.search(joined):
            continue  # the degree's grade between it and its school ("Grade: Excellent with honours")
        goes_on = joined.endswith(",") or line[:1].islower() or bool(_OPEN_NAME.search(tail) or _SCHOOL.match(line))
        if _SCHOOL.search(tail) and not (found or goes_on):
            break  # the school is whole on the degree line ("King Edward Medical University" / "Lahore, Pakistan")
        if line[:1].islower() and joined[-1:].isalpha():
            joined += line  # a word broken at a soft hyphen ("Kharkiv National Medical Uni" / "versity, Ukraine")
            found = found or bool(_SCHOOL.search(tail + line))
            if found and _name_ends(line):
                break
            continue
        joined += " " + line
        found = found or bool(_SCHOOL.search(line)) or bool(_SCHOOL.search(tail))
        if found and _name_ends(line):
            break
    return joined if found else None


_PROGRAMME = re.compile(
    r"\b(?:integrated\s+studies|in\s+english|english[- ](?:language|medium|division|track))\b", re.IGNORECASE
)
_DATED_ASIDE = re.compile(r"\s*\([^()]*\b(?:19|20)\d\d\b[^()]*\)\s*$")  # "Medical Sciences (graduated 2007)"


def _name_ends(line: str) -> bool:
    """A wrapped line that ends the school's name: a place after a comma ("Institute, Bengaluru"), not a comma
    or a word that must go on ("University of Beirut, Faculty of" / "Medicine, Beirut, Lebanon")."""
    return "," in line and not line.endswith(",") and not _OPEN_NAME.search(line)


# A school name cut where it cannot end ("Universidad" / "Autónoma de Guadalajara", "University of" / "Lagos").
_OPEN_NAME = re.compile(
    r"\b(?:universidad|universidade|université|università|universitas|facultad|faculdade|faculté|instituto|escuela)"
    r"\s*$|\s(?:of|de|del|da|do|di|and|&)\s*$",
    re.IGNORECASE,
)


_FIELDS = re.compile(r"\s*(?:\||;|\s[-–—]\s|\s{3,}|\t|[·•]|\.{4,})\s*")  # and dot leaders ("School ........ 2018")
_DATED = re.compile(r"\d|\b(?:gpa|grade|honou?rs?|distinction|expected|anticipated|graduat\w*|class\s+of)\b", re.I)


def _school_name(field: str) -> str | None:
    """The school in one field of a line, with the comma parts that follow it (faculty, campus, city,
    country): "Universidad Nacional (UNAM), Facultad de Medicina, Bogotá, Colombia". Degree and date parts
    around it are left out."""
    if field.rstrip().endswith(":") and len(field) <= 30 and "," not in field:
        return None  # a label's cell ("Medical School:   Cairo University …")
    field = _HONOURS_ASIDE.sub("", _DATED_ASIDE.sub("", field))
    parts = [_undoubled(p.strip()) for p in re.split(r"\s*,\s*", field)]
    parts = [p for i, p in enumerate(parts) if not (i and p and p == parts[i - 1])]
    start = next((i for i, p in enumerate(parts) if _SCHOOL.search(p)), None)
    if start is None or re.search(r"\bhigh\s+school\b", parts[start], re.IGNORECASE):
        return None
    kept: list[str] = []
    for i, part in enumerate(parts[start:]):
        if i and (_DATED.search(_CAMPUS_NUMBER.sub("", part)) or _DEGREE.search(part) or not part):
            school = _YEAR_AFTER.sub("", part)  # "Cairo University (Kasr Al Ainy) 2020": a table's next cell
            if school != part and _SCHOOL.search(school) and not _DATED.search(school):
                kept.append(school)
            break
        kept.append(part)
    while len(kept) > 1 and (country_code(kept[-1]) or state_code(kept[-1])) and not _SCHOOL.search(kept[-1]):
        kept.pop()  # the country is its own field
    name = ", ".join(kept)
    # The degree written before the school in the same part: "Médico Cirujano (MD equivalent) Universidad ...".
    lead = re.match(r"^([^()]*)\([^()]*\)\s*", name)  # not "… Universidad Autónoma de Santo Domingo (UASD), …"
    if (
        lead
        and _DEGREE.search(lead.group(0))
        and not _SCHOOL.search(lead.group(1))
        and _SCHOOL.search(name[lead.end() :])
    ):
        name = name[lead.end() :]
    name = _DEGREE.sub(" ", name)
    # "06.2020 Tashkent Medical Academy", "2021 – 2027 (expected)  Faculty of Medicine": the dates and their brackets
    name = _EMPTIED_ASIDE.sub(" ", YEAR_RE.sub(" ", POINT_RE.sub(" ", name)))
    if name.count("(") > name.count(")"):
        # "Armed Forces Medical College, Pune (MUHS" of "(MUHS, Nashik) 2019"; but "MD (Windsor University School
        # of Medicine" of "MD (Windsor University School of Medicine, Cayon, St. Kitts)" is the school in brackets
        head, _, tail = name.rpartition("(")
        name = tail if _SCHOOL.search(tail) and not _SCHOOL.search(head) else head
    name = _INNER_ACRONYM.sub("", " ".join(name.split())).strip(" -:,;/(").lstrip(")")  # "(…, MD)" / "Hanoi …"
    name = _GRADE_LEAD.sub("", name.strip())
    if _SCHOOL.fullmatch(name):
        return None  # a form's label ("School   Ross University ...", ERAS): the name is in the next field
    return name if len(name) >= 4 and _SCHOOL.search(name) else None


# An Egyptian grade wrapped before the school ("… (MBBCh) — Very Good 2019 – 2025" / "with Honours" / "Faculty …")
_GRADE_LEAD = re.compile(r"^(?:(?:very\s+good|excellent|good|with\s+honou?rs?|honou?rs?)\b[\s,]*)+", re.IGNORECASE)
_HONOURS_ASIDE = re.compile(
    r"\s*\([^()]*\b(?:distinction|honou?rs?|cum\s+laude|mention|gpa|grade)\b[^()]*\)", re.IGNORECASE
)  # "Université catholique de Louvain (grande distinction)"
# A university's number among its city's ("Université d'Alger 1", "Université Oran 1 Ahmed Ben Bella"), not a date
_CAMPUS_NUMBER = re.compile(r"\b(?:univ\w*(?:\s+[\w'’-]+)?\s+)\d{1,2}\b(?![./:–-]?\s*\d)", re.IGNORECASE)
_EMPTIED_ASIDE = re.compile(r"\(\s*(?:expected|anticipated|in\s+progress|ongoing|present|current)?\s*\)", re.I)
# "Sawai Man Singh (SMS) Medical College": an acronym inside the name it abbreviates (one at its end stays).
_INNER_ACRONYM = re.compile(r"\s*\([A-Z]{2,6}\)(?=\s+[A-Z][a-z])")
_YEAR_AFTER = re.compile(r"\s+\(?(?:19|20)\d\d\b.*$")  # and "Université Cheikh Anta Diop de Dakar (2016–"


def _undoubled(name: str) -> str:
    """One copy of a name written twice in a row: a table's institution and university cells holding the same
    name, read as one line ("Facultad de Medicina UNAM Facultad de Medicina UNAM")."""
    half = re.fullmatch(r"(.{4,}?)[\s,]+\1", name)
    return half.group(1) if half else name


def _joined(window: list[str]) -> list[str]:
    """Lines cut at a comma or a linking word joined to the next ("College of Medicine, University of" / "Nigeria,
    Enugu Campus", "…, de Pharmacie et" / "d'Odonto-Stomatologie, …"), unless the next is the two already joined."""
    out: list[str] = []
    for line in window:
        if out and _GOES_ON.search(out[-1]) and not line.startswith(out[-1]):
            out[-1] = f"{out[-1].rstrip()} {line.lstrip()}"
        else:
            out.append(line)
    return out


_GOES_ON = re.compile(
    r"(?:,|\s(?:of|de|del|da|do|du|des|et|and|&)|"
    # a Spanish or Portuguese university's adjective, its name's start: "Universidad Nacional" / "Autónoma de México"
    r"\bUniversidade?\s+[A-ZÁÉÍÓÚ][a-záéíóú]+(?:al|ana|ano|ica|ico|oma|ia|ense))[ \t]*$"
)


_SCHOOL_LABEL = re.compile(r"^\s*(?:medical\s+)?(?:school|university|institution)(?:\s+name)?\s*:\s*", re.IGNORECASE)


def _school(window: list[str]) -> str | None:
    # A line the window also holds whole, with its wrapped school (``_entry`` adds it), is read as the whole one
    # only; a name that goes on after a comma or a linking word at the line's end ("Mbarara University of Science
    # and Technology," / "Faculty of Medicine · 2015 – 2020") as one line.
    window = _joined([_SCHOOL_LABEL.sub("", x) for x in window])
    whole = [x for x in window if not any(len(y) > len(x) and y.startswith(x) for y in window)]
    ordered = sorted(whole, key=lambda x: 0 if _has_degree(x) else 1)
    wrapped = _wrapped(window) or _name_wrapped(window)
    if wrapped is not None:
        ordered.insert(0, wrapped)
    # "MBBS (University of Dhaka)" names the awarding university: the college named on its own comes first.
    awarding = [m.group(1) for x in ordered if (m := _AWARDING.search(x))]
    lines = [_AWARDING.sub(" ", x) for x in ordered] + awarding
    numbered = [(n, field) for n, line in enumerate(lines) for field in _FIELDS.split(normalize_dashes(line))]
    fields = [field for _n, field in numbered]
    for k, (n, field) in enumerate(numbered):
        name = _school_name(field)
        unit = bool(name and _SUB_UNIT.match(name))
        if name and not _UNIVERSITY.search(name) and (unit or (k + 1 < len(numbered) and numbered[k + 1][0] == n)):
            # "Faculty of Medicine, Kasr Al-Ainy — Cairo University": a faculty is named with its university; so is a
            # college with the one it belongs to, next on its line ("Dow Medical College — Dow University of …")
            later = fields[k + 1 :] if unit else fields[k + 1 : k + 2]
            university = next((u for f in later if _UNIVERSITY.search(f) and (u := _school_name(f))), None)
            if university or unit:
                return f"{name}, {university}" if university else name
        city = _CITY_FIELD.fullmatch(fields[k + 1]) if name and k + 1 < len(fields) else None
        if city and _GENERIC_NAME.fullmatch(name):
            return f"{name} – {city.group(1)}"  # "Medical University – Sofia"
        if name:
            return name
    return None


def _name_wrapped(window: list[str]) -> str | None:
    """A school's name begun at the end of one line and ended on the next ("…, 5-year program, Fudan" /
    "University Shanghai Medical College, Shanghai")."""
    for line, after in itertools.pairwise(window):
        head = _NAME_HEAD.search(line)
        if head and _SCHOOL_WORD_FIRST.match(after) and not _DEGREE.search(head.group(1)):
            return f"{head.group(1)} {after}"
    return None


_NAME_HEAD = re.compile(r"(?:,|\s[-–—])\s*([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*$")
_SCHOOL_WORD_FIRST = re.compile(r"(?:[A-Z][a-z]+\s+){0,3}(?:University|College|School|Institute)\b")


# A name of generic words alone takes its city along: Bulgaria's "Medical University – Sofia", "– Varna".
_GENERIC_NAME = re.compile(r"(?:Medical\s+)?University(?:\s+of\s+Medicine(?:\s+and\s+Pharmacy)?)?", re.IGNORECASE)
_CITY_FIELD = re.compile(r"([A-Z][a-zà-ÿ]+(?:[ -][A-Z][a-zà-ÿ]+)?)\s*,?(?:\s+.*)?")
_SUB_UNIT = re.compile(r"(?:faculty|school|college|facultad|faculdade|facult[ée]|centro|escuela|ufr)\b", re.IGNORECASE)
# university, universidad, université, Universität, Universitas, Uniwersytet, Univerzita, Üniversitesi...
_UNIVERSITY = re.compile(
    r"\b(?:univ(?:ersit(?:y|é|e|ät|at|as|eit|à|atea|ate)|ersidad|ersidade|erzit\w*)|uniwersytet\w*|üniversite\w*|"
    r"tecnol[oó]gico)\b",
    re.IGNORECASE,
)  # not "Centro Universitario", an adjective


_AWARDING = re.compile(
    r"(?:(?<=MBBS)|(?<=MBChB)|(?<=MBBCh))\s*\(([^()]*\b(?:universit\w*|academy)\b[^()]*)\)", re.IGNORECASE
)


_DATE_WORDS = re.compile(
    r"\b(?:graduat\w*|completed|conferred|awarded|expected|anticipated|class\s+of|since|from|until|present|"
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?|\d+",
    re.IGNORECASE,
)


_NOT_SCHOOLS = re.compile(r"@|\b(?:citizen\w*|nationality|address|passport)\b", re.IGNORECASE)  # the applicant's own
_SENTENCE = re.compile(r"(?<=[a-z]{3})\.\s+")  # "Warsaw, Poland. Expected graduation VI.2027."


def _country(window: list[str], school: str | None) -> str | None:
    window = [x for x in window if not _NOT_SCHOOLS.search(x)]  # a header's degree line among the contacts
    # The school's own line first: its city names the country before another entry's written country does
    # ("… Carol Davila București" over "Erasmus+ semester, Université Paris Cité, France" below it).
    own = [x for x in window if school and school[:16] in x]
    if own and ((code := _written_country(own, school)) or (code := place_country(" ".join([school or "", *own])))):
        return code
    if code := _written_country(window, school):
        return code
    if school:
        words = fold(school).split()
        for name_code, name in COUNTRY_NAMES.items():
            key = fold(name).split()
            if any(words[i : i + len(key)] == key for i in range(len(words))):
                return name_code
    # No country written: the school's own name, then its entry's lines, through the gazetteer.
    for text in ([school] if school else []) + window:
        if code := place_country(text):
            return code
    return None


def _written_country(lines: list[str], school: str | None) -> str | None:
    """A country named in a field of its own on the lines."""
    for line in lines:
        for segment in (x for part in _SEPARATORS.split(normalize_dashes(line)) for x in _SENTENCE.split(part)):
            # "Saudi Arabia Completed 2023": dates written after the place, the gap lost in extraction.
            segment = " ".join(_DATE_WORDS.sub(" ", segment).split()).strip(" .-:/")
            if len(segment) < 4 or len(segment.split()) > 4 or _DEGREE.search(segment) or _SCHOOL.search(segment):
                continue
            if school and re.search(rf"(?<!\w){re.escape(segment)}(?!\w)", school):
                continue  # the name's own first words, wrapped apart ("MD — American" / "University of Beirut");
                # not a country the name holds a longer word of ("Lithuanian University …, Kaunas, Lithuania")
            if segment.upper() in {"UK", "USA"} or segment[:1].isupper():
                code = country_code(segment)
                if code and not (code == "US" and state_code(segment)):
                    return code
    return None


# "CRRI internship … — MBBS degree conferred 08/2020": the degree's own conferral, on another entry's line (India
# confers the MBBS after the internship year).
_CONFERRED = re.compile(
    rf"(?:{_DEGREE.pattern})(?i:\s+(?:degree\s+)?(?:was\s+)?(?:conferred|awarded|granted)\b)[^0-9\n]{{0,12}}"
    r"(?:[01]?\d[/.-])?((?:19|20)\d\d)\b"
)


_INTERNSHIP_BEFORE = re.compile(r"\bintern(?:ship|ado|ato)?\W*$", re.IGNORECASE)


def _plausible(today: date) -> range:
    """Years a medical degree can have been or be taken in, read on ``today``."""
    return range(1960, today.year + 8)


def _graduation_year(window: list[str], today: date) -> tuple[int | None, bool]:
    """The year and whether the entry is still ongoing ("2019 - Present")."""
    text = _OTHER_CALENDAR.sub("", normalize_dashes("\n".join(window)))
    plausible = _plausible(today)
    for m in _GRAD_YEAR.finditer(text):
        if _INTERNSHIP_BEFORE.search(text, text.rfind("\n", 0, m.start()) + 1, m.start()):
            continue  # "(internship completed 2023)": the year after the degree's, not the degree's
        year = int(m.group(1))
        if year in plausible:
            return year, False
        break
    degree = next((k for k, x in enumerate(window) if _has_degree(x)), None)
    if degree is not None:
        # "Doctor of Medicine (MD), June 2024" over "Basic sciences, Sep 2019 – Dec 2021"; "… Doctor of Medicine," /
        # "2019": the degree line's own year (its next line's when that holds only a year)
        line = normalize_dashes(window[degree])
        if degree + 1 < len(window) and BARE_YEAR.fullmatch(window[degree + 1]):
            line += " " + window[degree + 1]
        years = [int(y) for y in YEAR_RE.findall(line)]
        if len(years) == 1 and years[0] in plausible and not _RANGE_CUT.search(line):
            return years[0], False
        # "1986 – 1991 – School Certificate" / "1992 – 1999 – MB BS, …": the degree line's range first
        ranges = find_ranges(line) or find_ranges(text)
    else:
        ranges = find_ranges(text)
    if ranges:
        first = ranges[0]
        if first.ongoing:
            return None, True
        if first.end and first.end[0] in plausible:
            return first.end[0], False
    years = [int(y) for y in YEAR_RE.findall(text) if int(y) in plausible]
    return (max(years) if years else None), False


# A year of the Ethiopian or Hijri calendar, next to its Gregorian one ("Hamle 2012 E.C. (July 2020)", "1441 AH")
_OTHER_CALENDAR = re.compile(r"\b(?:19|20)\d\d\s*(?:E\.\s?C\.?|A\.?\s?H\.?(?![\w.])|SH\b|H\.?\s?Sh\.?)", re.IGNORECASE)


# A year with a dash beside it is one end of a range, the other on another line ("(MBBS), 2012 -" / "2019").
_RANGE_CUT = re.compile(
    r"(?:19|20)\d\d(?:[./]\d{1,2})?\)?\s*(?:-|to\b)|(?:-|\bto)\s*\(?\s*(?:[^\W\d]{3,9}\.?\s+|\d{1,2}[./])?(?:19|20)\d\d"
)  # also "2015.09 -", "09.2012 to"


def _stated_graduation(sections: list[Section], today: date) -> int | None:
    """The year an education section says the degree was or will be taken, away from the degree's entry
    (a web form's labels each with its value on the next line, blank lines between)."""
    text = normalize_dashes("\n".join(x for s in sections if s.kind == EDUCATION for x in s.lines if x.strip()))
    years = [int(m.group(1)) for m in _GRAD_YEAR.finditer(text)]
    return next((y for y in years if y in _plausible(today)), None)


def _past(year: int, window: list[str], today: date) -> bool:
    """The graduation is behind ``today``: an earlier year, or this year's month gone by ("expected graduation
    June 2026" read in December 2026)."""
    if year != today.year:
        return year < today.year
    months = [p[1] for p, _ in find_points("\n".join(window)) if p[0] == year and p[1] is not None]
    return bool(months) and max(months) < today.month


def education(sections: list[Section], today: date) -> Education:
    """What the medical-degree entry says; every field None when there is none."""
    window, where = _degree_window(sections)
    school = _school(window) if window else None
    if window and school is None and where["why"] != _SCHOOL_LINE and (named := _school_window(sections)) is not None:
        # ERAS-style labels, each its own section: "Medical School: Cairo University …" above "Degree: MBBCh"
        school, where = _school(named[0]), named[1]
        window = [*named[0], *window]
    country = _country(window, school) if window else None
    year, ongoing = _graduation_year(window, today) if window else (None, False)
    conferred = next((m for s in sections if s.kind == EDUCATION and (m := _CONFERRED.search(s.text))), None)
    if window and conferred and int(conferred.group(1)) <= today.year:
        year, ongoing = int(conferred.group(1)), False
    if window and where and where["why"] != _IN_EDUCATION and (dates := _dates_column(sections)):
        year, ongoing = _graduation_year(dates, today)
    if window and year is None:
        # a form's "Expected graduation:" / "July 2027" apart; under an entry still going on ("10/2021 – present"),
        # only a year still to come
        stated = _stated_graduation(sections, today)
        if stated is not None and (not ongoing or stated >= today.year):
            year = stated
    about = "\n".join(s.text for s in sections if s.kind in {HEADER, INTERESTS})
    if year is not None and year > today.year:
        is_student: bool | None = True
    elif year is not None and not ongoing and _past(year, window, today):
        is_student = False  # "2012 – 2019 MBBS" over "Final-year elective abroad": the final year is past
    elif ongoing or _STUDENT_WORDS.search("\n".join(window)) or _SELF_STUDENT.search(about):
        is_student = True
    elif year is not None:
        is_student = False
    else:
        is_student = None
    return Education(school, country, year, is_student, where)
