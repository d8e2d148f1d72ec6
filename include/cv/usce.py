"""US clinical experience: entries (type, specialty, state, months) and the total months.

An entry is counted only when it is in the US: a state ("New York, NY", "Texas"), "USA", or a heading
that says US ("US Clinical Experience", "USCE"). Home-country clerkships are not USCE.
"""

from __future__ import annotations

import itertools
import re
from datetime import date

from include.cv.dates import (
    MONTH_RE,
    NOW_RE,
    POINT_RE,
    RANGE_RE,
    DateRange,
    find_points,
    find_ranges,
    join_wrapped_ranges,
    month_set,
    normalize_dashes,
    runs_on,
    ym,
)
from include.cv.places import hospital_state, place_country
from include.cv.sections import (
    CELLS,
    EDUCATION,
    INTERESTS,
    OTHER,
    PERSONAL,
    RESEARCH,
    USCE,
    WORK,
    Section,
    heading_kind,
    is_bullet,
    strip_bullet,
    word_bullet,
)
from include.vocab import US_STATES, canonical_specialty, country_code, is_state_name, state_code, without_asides

_TYPE_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (  # not a hospital's name ("St. Jude Children's Research Hospital", "Research Medical Center")
        "research",
        re.compile(
            r"\b(?:research(?!\s+(?:hospital|medical\s+center))|investigaci[oó]n|pesquisa|recherche|"
            r"post-?doc(?:toral)?|scientist)\b",  # "Assistant Project Scientist, Division of Endocrinology"
            re.I,
        ),
    ),
    (
        "telehealth",
        re.compile(
            r"\b(?:tele-?health|tele-?medicine|tele-?medicina|telesalud|tele-?rotation|virtual|online|remote)\b", re.I
        ),
    ),
    (
        "hands_on",
        re.compile(
            r"\b(?:(?<!non )(?<!non-)(?<!no )(?<!not )hands?[- ]?on|"  # "Observer (non hands-on)" is not
            r"clerkships?|externships?|extern|sub[- ]?internships?|sub-?i|electives?|"
            r"(?:clinical|core)\s+rotations?|acting\s+intern(?:ship)?|"
            # Spanish, Portuguese, French: "Rotación práctica", "Estágio prático", "Stage clinique"
            r"externado|rotaci[oó]n(?:es)?\s+(?:pr[aá]ctica|cl[ií]nica)s?|rota[cç](?:[aã]o|[oõ]es)\s+(?:pr[aá]tica|cl[ií]nica)s?|"
            r"est[aá]gios?\s+pr[aá]ticos?|stages?\s+cliniques?)\b|\bext\.(?!\s*\d)",  # "Peds ext.", not "ext. 22"
            re.I,
        ),
    ),
    (
        "observership",
        re.compile(
            r"\b(?:observerships?|observer|shadowing|shadowed|visiting\s+(?:physician|doctor|scholar|clinician)|"
            r"observador[ae]?|observaci[oó]n|observa[cç][aã]o|"
            r"observacional|observat(?:eur|rice)|stages?\s+d['’]\s?observation)\b|"
            r"\bobs\b(?!\.?\s*(?:[&/+-]|and)?\s*g)",  # "IM obs.", "Nephrology obs —"; not "Obs. & Gynae"
            re.I,
        ),
    ),
    # A rotation named by its specialty alone ("Emergency Medicine Rotation, UMC El Paso, TX", a Caribbean
    # school's "Surgery Core"): a clinical one.
    ("hands_on", re.compile(r"\b(?:rotations?|rotaci[oó]n|rota[cç][aã]o|core)\b", re.I)),
)
_TYPE_WORD_STRIP = re.compile(
    r"\b(?:hands?[- ]?on|clinical|core|clerkships?|externships?|observerships?|observer|rotations?|electives?|"
    r"sub[- ]?internships?|research|virtual|tele-?health|tele-?medicine|shadowing|program|department\s+of|"
    r"dept\.?\s+of|division\s+of|section\s+of|in|of|at|the|us|usa|u\.s\.|experience|fellow(?:ship)?)\b",
    re.I,
)
_SEGMENT_SPLIT = re.compile(r"\s*(?:,|\||;|:|\(|\)|\s[-–—]\s|\s{3,}|\t|\n|\bat\b)\s*")
_CLAUSE_SPLIT = re.compile(  # English, Spanish, Portuguese, French
    r"\s(?:where|which|who|that|with|to|for|under|so|while|and\s+to|and\s+(?:then|subsequently|later)|followed\s+by|en|para|con|donde|que|em|com|onde|"
    r"dans|pour|avec|où)\s",
    re.IGNORECASE,
)
_NOT_SPECIALTY = re.compile(  # and specialties outside the service's list that read like one in it
    r"\b(?:school|college|university|faculty|doctor|bachelor|institute|physical\s+medicine|rehabilitation|"
    r"reproductive\s+endocrinology)\b",
    re.I,
)
# Oncologies outside the service's list, taken out of a phrase ("General Surgeon · Surgical Oncology Research Fellow"
# pursues General Surgery, not Hematology/Oncology)
_OTHER_ONCOLOGY = re.compile(r"\b(?:surgical|radiation|gyn(?:a?e)?cologic(?:al)?)\s+oncology\b", re.I)
_SHORT_ALIAS_BLOCK = frozenset({"DR", "ID", "ED", "OR", "GS", "PR", "DO", "MD", "OB", "GP", "FP", "PATH", "PSY"})
_CODE_AFTER_COMMA = re.compile(r",\s*([A-Z]{2})\b(?!-)(?:\s+\d{5})?")
_GREATER = re.compile(r"^(?:Greater|Metro)\s+(?=[A-Z])")
_CODE_DOTTED = re.compile(r",\s*([A-Z])\.\s?([A-Z])\.(?!\w)")
_CODE_BEFORE_ZIP = re.compile(r"\b([A-Z]{2})\s+\d{5}(?:-\d{4})?\b")
_STATE_NAMES = re.compile(  # "New" / "York" wrapped by a narrow column too
    r"\b("
    + "|".join(sorted((re.escape(n).replace("\\ ", r"\s+") for n in US_STATES.values()), key=len, reverse=True))
    + r")\b"
)
# "Dallas TX", "Miami FL   Hands-on" (a table's next cell)
_AUTHOR_BEFORE = re.compile(r"\b[A-Z][a-z]+\s[A-Z]{1,3},\s*$")  # the author before in a citation: "Bautista JMS, "
_CODE_AFTER_CITY = re.compile(  # and "Boston MA, 1/23-2/23": a comma, then the dates
    r"\b[A-Z][a-z]+\s([A-Z]{2})(?:\s*(?:$|\n|[|;.)])|,\s*(?=\d)|\s{3,}|\s+-{1,2}\s)", re.MULTILINE
)
# "Newark   NJ   04/07/2025": a table's state column, a cell of its own after the city's (not MD or DO, a degree's).
_CODE_CELL = re.compile(r"[a-z.]\s{2,}([A-Z]{2})(?=\s{2,}|\s+\d|\s*$)", re.MULTILINE)
_CODE_BRACKETED = re.compile(r"[a-z]\s\(([A-Z]{2})\)")
_CODE_LABELLED = re.compile(rf"\bState(?:\s*/\s*Province)?\s*:\s*({'|'.join(US_STATES)})\b")
_USA = re.compile(r"\b(?:USA|U\.S\.A?\.?|United States(?: of America)?)(?![\w])")


def entry_type(text: str) -> str | None:
    """The rotation type named in ``text``; research, then telehealth, outrank the clinical words, except words
    only in brackets ("Observership, Oncology (part-time alongside postdoc)", "Observership, Nephrology (overlaps
    one month with externship)"); "(virtual)" still counts."""
    kind = _first_type(text)
    if kind != "telehealth" and "(" in text:
        if (gloss := _TYPE_GLOSS.search(text)) and (glossed := _first_type(gloss[1])):
            return glossed  # "Rotación externa (observership)": the bracket says what the title's word means
        bare = _first_type(without_asides(text))
        return bare if bare is not None else kind
    return kind


_TYPE_GLOSS = re.compile(r"\(\s*(observership|hands[- ]on|externship|research|telehealth)\s*\)", re.IGNORECASE)


def _first_type(text: str) -> str | None:
    for kind, pattern in _TYPE_WORDS:
        if pattern.search(text):
            return kind
    return None


def _specialty(phrase: str) -> str | None:
    phrase = phrase.strip(" .,;:-")
    if not phrase or (len(phrase) <= 4 and (phrase.upper() in _SHORT_ALIAS_BLOCK or not phrase[0].isupper())):
        return None
    return canonical_specialty(phrase)


def find_specialties(text: str) -> list[str]:
    """Canonical specialties named in ``text``, in order.

    Each phrase between separators is tried whole ("Internal Medicine Observership" minus the type
    words), then word windows of three, two and one, so "residency in Pediatrics" is found too.
    """
    found: list[str] = []
    # A long sentence without commas is cut at its clause words first ("… position in Internal Medicine in a
    # reputed US residency programme where I can utilise …").
    segments = (p for seg in _SEGMENT_SPLIT.split(text) for p in (_CLAUSE_SPLIT.split(seg) if len(seg) > 80 else [seg]))
    for segment in segments:
        phrase = " ".join(_OTHER_ONCOLOGY.sub(" ", _TYPE_WORD_STRIP.sub(" ", segment)).split())
        if not phrase or len(phrase) > 80 or _NOT_SPECIALTY.search(phrase):
            continue
        whole = _specialty(phrase)
        placed: list[tuple[int, str]] = [(0, whole)] if whole else []
        if not placed:
            words = phrase.split()
            used: set[int] = set()
            for n in (3, 2, 1):
                for i in range(len(words) - n + 1):
                    if used & set(range(i, i + n)):
                        continue
                    if n == 1 and words[i].lower().strip(".,;:") == "medicine":
                        continue  # "academic medicine", "family and community medicine": not Internal Medicine alone
                    if hit := _specialty(" ".join(words[i : i + n])):
                        placed.append((i, hit))
                        used |= set(range(i, i + n))
        for _, hit in sorted(placed):
            if hit not in found:
                found.append(hit)
    return found


def find_state(text: str, *, hospitals: bool = True) -> str | None:
    """USPS code of the first US location in ``text`` ("Houston, TX", "New York", "Chicago", "Cleveland Clinic");
    ``hospitals`` False: only a place written, not a hospital's name alone."""
    if m := _CODE_LABELLED.search(text):  # "State/Province:   MD" (ERAS's form): a state, whichever it is
        return m.group(1)
    for pattern in (_CODE_AFTER_COMMA, _CODE_BEFORE_ZIP):
        for m in pattern.finditer(text):
            code = m.group(1)
            rest = re.split(r"[,\n]", text[m.end() :], maxsplit=1)[0]
            if _FACILITY.search(rest) or (code == "UT" and _UT_NAME.match(text, m.end())):  # "UT" / "Southwestern"
                continue  # ", UT Southwestern Medical Center", ", UT Health San Antonio": a name, not a state
            if code == "LA" and "Los Angeles" in text:
                return "CA"  # "Children's Hospital Los Angeles, LA": the city's short name, not Louisiana
            if code in US_STATES and (code not in {"MD", "DO"} or maryland(text, m.start(1), m.end(1))):
                return code
    if _DC.search(text):
        return "DC"
    for m in _CODE_DOTTED.finditer(text):  # "North Bergen, N.J. 01/05/2026 – 02/13/2026"
        if (code := m.group(1) + m.group(2)) in US_STATES and code not in {"MD", "DO"}:  # not "Jane Roe, M.D."
            return code
    # A table's state column, its cells split by bars or wide gaps ("Saint Luke's Hospital of Kansas City | Kansas
    # City | MO", "Kansas City   MO   5/1/23"): before state names, which "Kansas City" holds
    for m in itertools.chain(_CODE_PIPE_CELL.finditer(text), _CODE_CELL.finditer(text)):
        if m.group(1) in US_STATES and m.group(1) not in {"MD", "DO"}:
            return m.group(1)
    named = list(_STATE_NAMES.finditer(text))
    if named:
        # A state named as a field of its own ("Virginia Mason Medical Center, Seattle, Washington"), else one not
        # part of a city's or school's name ("Kansas City, Missouri"), else the first.
        alone = [m for m in named if _FIELD_START.search(text, 0, m.start()) and _FIELD_END.match(text, m.end())]
        loose = [m for m in named if not _NAME_PART.match(text, m.end())]
        return state_code((alone or loose or named)[0].group(1))
    for m in _CODE_AFTER_CITY.finditer(text):  # "Dallas TX" with no comma; "Baltimore MD" but not "Jane Roe MD"
        if _AUTHOR_BEFORE.search(text, 0, m.start()):
            continue  # "Bautista JMS, Cruz AL.": a paper's authors, surnames and initials
        if m.group(1) in US_STATES and (m.group(1) not in {"MD", "DO"} or _MARYLAND_CITY.search(text, 0, m.start(1))):
            return m.group(1)
    for m in _CODE_BRACKETED.finditer(text):  # "Mount Sinai Hospital (NY)"; not "Observership (ID)"
        code = m.group(1)
        maryland_ok = code != "MD" or _MARYLAND_CITY.search(text, 0, m.start())
        if code in US_STATES and code not in {"DO", "ID"} and maryland_ok:
            return code
    for segment in re.split(r"\s*(?:,|\||;|·|•|\n|\s[-–—]\s|\s{3,})\s*", text):
        segment = _GREATER.sub("", segment)  # "Greater Boston", LinkedIn's metro areas
        words = segment.split()
        named = len(segment) > 3 or (len(segment) == 3 and segment.isupper())  # "Cleveland", "NYC"; not "Dr."
        if 1 <= len(words) <= 3 and segment[:1].isupper() and named:
            code = state_code(segment, typos=len(segment) >= 8)  # a city or state alone
            if code and segment.lower() not in {"india", "georgia"}:
                return code
    for segment in _PLACE_SPLIT.split(text):  # "MD Anderson Cancer Center Houston", "Jefferson Health Philadelphia"
        words = segment.split()
        if len(words) >= 3 and _FACILITY.search(segment):
            for n in (3, 2, 1):
                city = " ".join(words[-n:])
                if not is_state_name(city) and (code := state_code(city, typos=False)):
                    return code
    if _NYC.search(text):
        return "NY"  # "NYC-based community clinic (remote)"
    return hospital_state(text) if hospitals else None  # "Johns Hopkins Hospital", "Mayo Clinic, Rochester"


_NYC = re.compile(r"\bNYC\b")
_DC = re.compile(r"\bWashington\W{0,4}(?:D\.\s?C\b\.?|DC\b|District\s+of\s+Columbia\b)")  # ", D.C.", " | DC"
# A field of its own: a table's state column, cells split by "|", or a place between dashes ("Cardiology — WI — 2025")
_CODE_PIPE_CELL = re.compile(r"(?:\||\s[-–—]\s)\s*([A-Z]{2})\s*(?=\||\s[-–—]\s|$)", re.MULTILINE)
_FIELD_START = re.compile(r"(?:^|[,|(\n]|\s[-–—])\s*$")
_FIELD_END = re.compile(r"\s*(?:$|[,|).;\n]|\s[-–—·]\s)")
_NAME_PART = re.compile(r"\s+(?:City|University)\b")  # "Kansas City", "Washington University": a name's part


# A place's parts: commas, bars, brackets, dashes between words, wide gaps, line ends.
_PLACE_SPLIT = re.compile(r"\s*(?:,|\||;|\(|\)|\n|\s[-–—]\s|\s{3,})\s*")


_UT_NAME = re.compile(r"\s*(?:Southwestern|MD\s+Anderson|Tyler|Austin|Physicians)\b")  # Texas's "UT …"
_FACILITY = re.compile(r"\b(?:hospital|medical\s+cent(?:er|re)|health|clinic|university|institute)\b", re.IGNORECASE)


_MARYLAND_CITY = re.compile(r"\b(?:Baltimore|Bethesda|Rockville|Silver Spring|Annapolis|Towson|Columbia|Largo)\s$")


_BEFORE_CITY = re.compile(r"(?:\(|,|\s[-–—])\s*$")  # not "Dr. Chen"


def maryland(text: str, start: int, end: int) -> bool:
    """``text[start:end]``, an "MD" after a comma, is Maryland, not a degree, where a facility's city ends the
    place: "Johns Hopkins Hospital (Baltimore, MD)", "Sinai Hospital, Baltimore, MD" ("Jane Roe, MD" after a
    name is the degree)."""
    line_start = text.rfind("\n", 0, start) + 1
    before = re.sub(r",\s*$", "", text[line_start:start])
    city = re.search(r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?$", before)
    if city is not None and not before[: city.start()].strip():  # "Prince George's Hospital Center," / "Cheverly, MD"
        above = text[text.rfind("\n", 0, max(line_start - 1, 0)) + 1 : line_start].rstrip()
        before = above + " " + before if above.endswith(",") else before
        city = re.search(r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?$", before)
    return (
        text[start:end] == "MD"
        and city is not None
        # "(Baltimore", ", Baltimore", "- Bethesda", or the line's start ("Towson, MD" under its hospital)
        and bool(_BEFORE_CITY.search(before[: city.start()]) or not before[: city.start()].strip())
        and bool(_FACILITY.search(before[: city.start()]) or _MARYLAND_CITY.search(city.group(0) + " "))
        and bool(re.match(r"\s*(?:\)|$|\n|\d{5}|[|·•;]|[-–—]\s)", text[end:]))  # and a field's end
    )


def _foreign(text: str, *, in_names: bool = True) -> bool:
    """True when a place in ``text`` is a country other than the US or a city abroad; ``in_names`` False: only a
    place standing on its own ("… – Qatar", ", Dublin"), not a name that opens with its city."""
    for segment in _PLACE_SPLIT.split(text):
        segment = segment.strip(" .")
        if len(segment) < 4 or not segment[:1].isupper():
            continue
        words = segment.split()
        if len(words) > 2 and not in_names:
            continue
        if len(words) > 3:  # a name that opens with its city ("Moscow City Oncology Hospital No. 62")
            segment = " ".join(words[:2])
        if _abroad(segment):  # "Gdańsk", "Brampton": a city abroad
            return True
    # in a sentence: "… an observership at The Hospital for Sick Children in Toronto, Ontario in May 2024."
    return any(_abroad(m.group(1)) for m in _IN_PLACE.finditer(text))


def _abroad(place: str) -> bool:
    """``place`` is a country other than the US or a city abroad, and no US state's name."""
    code = country_code(place) or place_country(place)
    return code is not None and code != "US" and state_code(place) is None


_IN_PLACE = re.compile(r"\bin\s+([A-Z][a-zà-ÿ]+(?:\s[A-Z][a-zà-ÿ]+)?)\b")


def _detail_sentence(line: str) -> bool:
    """A sentence about the entry above (titles end without a full stop)."""
    return line.rstrip().endswith(".") and len(line.split()) >= 5


_LABEL = re.compile(r"\s*([^\W\d][^:|,\d]{2,38}):\s+")


def split_entries(lines: list[str]) -> list[list[str]]:
    """Entries of an experience section: blank-line blocks, cut again at each line that carries a date."""
    first = next((i for i, x in enumerate(lines) if any(c.isalnum() for c in x)), None)
    if first is not None and _COLUMN_HEADS.match(lines[first]):
        lines = lines[first + 1 :]  # a table's column headings over its rows name no entry
    blocks: list[list[str]] = [[]]
    for line in lines:
        label = _LABEL.match(line)
        if label and _place_heading(label[1]) is not None:  # "EGYPT: Intern, Ain Shams …": a place heading inline
            blocks += [[label[1]], []]
            line = line[label.end() :]
        if " || " in line:  # entries run together on one line ("… – 4 weeks, Aug 2025 || Research – …")
            blocks += [[part] for part in line.split(" || ") if any(c.isalnum() for c in part)] + [[]]
        elif any(c.isalnum() for c in line):
            blocks[-1].append(line)
        elif blocks[-1]:  # a blank line, or a rule drawn in text ("+--------+", "=====")
            blocks.append([])
    items = [_bullet_items(b) for b in blocks if b]
    blocks = [item for split in items for item in split]
    own = {id(item) for split in items if len(split) > 1 for item in split}  # bulleted entries stand alone
    # and so does a timeline's dated dot over its title and place ("●   Apr 2023" / "Hands-on rotation · …")
    own |= {id(b) for b in blocks if len(b) > 1 and _dated_dot(b[0])}
    titled = _titled(blocks)
    if blocks and _dates_only(blocks[0]) and not titled:
        return _date_led(blocks)
    merged: list[list[str]] = []
    pending: list[str] = []
    for index, block in enumerate(blocks):
        if id(block) in own:
            merged.append(pending + block)
            pending = []
            continue
        if not any(_is_anchor(x) for x in block):
            # A sub-heading ("Research & Clinical Experience in the United States") heads the entries below it.
            heading = len(block) == 1 and _sub_heading(block[0])
            below = titled and not heading and not _titles_next(block, blocks[index + 1 : index + 2])
            # A sentence under a dates line that closed the entry above ("Dates: 07/2023 – 08/2023" / "Inpatient
            # psychiatry and CPEP.") tells of that entry, not of the next title.
            told = not pending and bool(merged) and _dates_only(merged[-1][-1:]) and block[-1].rstrip().endswith(".")
            if (below or told or all(is_bullet(x) for x in block)) and merged:
                merged[-1].extend(block)
            else:
                pending.extend(block)  # a title whose dates sit in the next block
            continue
        merged.append(pending + block)
        pending = []
    if pending and merged and entry_type(pending[0]) is None:
        merged[-1].extend(pending)  # the place and details under the last dated title ("Dana-Farber ..., Boston")
    elif pending:
        merged.append(pending)
    entries: list[list[str]] = []
    for block in merged:
        if placed := _under_places(block):
            entries += placed
            continue
        dated = [i for i, x in enumerate(block) if _is_anchor(x)]
        anchors = [
            k
            for j, k in enumerate(dated)
            if not (j and k - dated[j - 1] > 1 and _dates_only([block[dated[j - 1]]]) and _dated_aside(block[k]))
        ]
        if len(anchors) <= 1:
            entries.append(block)
            continue
        lead = anchors[0]
        starts = [0]
        for prev, k in itertools.pairwise(anchors):
            if lead == 0:
                # Dates alone on a line close the entry they date ("Observership — Nephrology, Cleveland Clinic" /
                # "Cleveland, OH" / "March–May 2025" after "Senior Resident, AIIMS — Jul 2019 – Jun 2022"), where
                # the entry above had its dates on its title line (not in a layout of dates above each entry).
                closing = k - prev > 1 and _dates_only([block[k]]) and not _dates_only([block[prev]])
                # A title over its place-and-dates line ("Research Scholar, Critical Care Medicine" / "University of
                # Pittsburgh Medical Center, Pittsburgh, PA   01/2024 – 09/2024") after the entry above's place.
                # Or a title wrapped over two lines, the place and dates ending the second, under an entry whose
                # one line held its own place ("Observership, …, Detroit, MI - 03.2025 - 04.2025" / "Telehealth
                # elective, Internal Medicine (remote, … with Johns Hopkins" / "affiliated clinic, Baltimore, MD) - …").
                wrapped = k - prev == 2 and find_state(block[prev]) and _wrapped_title(*block[prev : k + 1])
                placed = k - prev > 2 or wrapped
                titled = placed and entry_type(block[k - 1]) and _place_of([], block[k])
                # "Clinical clerkship, Surgery — Ben Taub Hospital, Houston, TX —" / "4 weeks, starting 1 June 2026":
                # a title wrapped at its dash, its dates on the next line
                dashed = k - prev > 1 and block[k - 1].rstrip().endswith(" -")
                starts.append(prev + 1 if closing else k - 1 if titled or dashed else k)
                continue
            bullets = [i for i in range(prev + 1, k) if is_bullet(block[i])]
            start = bullets[-1] + 1 if bullets else max(prev + 1, k - lead)
            while start < k - 1 and _detail_sentence(block[start]):
                start += 1  # "Participated in remote case conferences." ends the entry above, not this one's title
            place_above = start == prev + 1 and _place_of(block[starts[-1] : start], block[start])
            if place_above and start < k - 1:
                start += 1  # a title wrapped over two lines: the place under the dates is the entry's above
            elif place_above and start == k - 1 and not _dates_only([block[k]]):
                start = k  # "Observership — Psychiatry 03/2023 –" titles its own entry: the place above is the last's
            elif prev + 1 < start < k and entry_type(block[start - 1]) and _place_of([], block[start]):
                start -= 1  # "Observership, Internal Medicine" / "Beaumont Hospital, Royal Oak, MI" / "June 2022"
            starts.append(start)
        # "… University of Miami, Miami," / "Florida, EE. UU.": a place going on from the line above is that entry's
        starts = [
            s + 1
            if s and block[s - 1].rstrip().endswith(",") and _place_of([], block[s]) and not _is_anchor(block[s])
            else s
            for s in starts
        ]
        for s, e in zip(starts, [*starts[1:], len(block)], strict=False):
            if block[s:e]:
                entries.append(block[s:e])
    return _dates_above(entries)


def _under_places(block: list[str]) -> list[list[str]]:
    """Rotations listed under their hospital's line, each on a line of its own with its dates ("UF Health Shands
    Hospital — Gainesville, FL" / "Neurology Observership (Aug 2025 – Sep 2025)" / "Neurocritical Care Observership
    (Oct 2025)"): each rotation an entry with that place. Empty when the block is laid out otherwise, or when no
    place heads more than one rotation (the usual place-above entries, cut as usual)."""
    if len(block) < 3 or not _hospital_line(block[0]):
        return []
    entries: list[list[str]] = []
    place, under, shared = block[0], 0, False  # the place line, how many rotations it heads so far
    for line in block[1:]:
        if _is_anchor(line):
            if _dates_only([line]):
                return []  # dates on a line of their own: a layout of title, place and dates lines
            if find_state(line) is not None:
                entries.append([line])
                continue
            under += 1
            shared = shared or under > 1
            entries.append([place, line])
        elif _hospital_line(line):
            place, under = line, 0
        elif entries and entry_type(line) is None:
            entries[-1].append(line)  # a detail under its rotation
        else:
            return []  # a title without dates: its dates are on another line
    return entries if shared else []


def _hospital_line(line: str) -> bool:
    """An undated US place naming no rotation: a hospital with its city and state."""
    return not is_bullet(line) and not _is_anchor(line) and _place_of([], line)


def _wrapped_title(above: str, line: str, below: str) -> bool:
    """``line`` is a rotation's title in running text, wrapped onto ``below`` (an open bracket, a lower-case
    start), under a one-line entry: not a table's row or a bullet."""
    if is_bullet(line) or _DIGIT.search(line) or any(CELLS.search(x) or "|" in x for x in (above, line)):
        return False
    return line.count("(") > line.count(")") or below.lstrip()[:1].islower()


def _titles_next(block: list[str], after: list[list[str]]) -> bool:
    """A rotation's title alone, over a block opening with its place and dates ("Observership — Internal Medicine"
    / "Jackson Memorial Hospital, Miami, FL · feb. 2024 – mar. 2024"), paragraphs apart."""
    return (
        len(block) == 1
        and entry_type(block[0]) is not None
        and bool(after)
        and _is_anchor(after[0][0])
        and _place_of([], after[0][0])
    )


def _dates_above(entries: list[list[str]]) -> list[list[str]]:
    """Dates alone, then an undated entry: the dates of a table row whose title and place come after them
    ("2024/03 – 2024/09" / "Research Assistant, ..." / "University of Washington, Seattle")."""
    out: list[list[str]] = []
    for entry in entries:
        if out and _dates_only(out[-1]) and not any(map(_is_anchor, entry)):
            out[-1] = out[-1] + entry
        else:
            out.append(entry)
    return out


def _dated_dot(line: str) -> bool:
    """A bullet holding only dates: a timeline's dot ("●   Apr 2023")."""
    return is_bullet(line) and bool(_DIGIT.search(line)) and _dates_only([strip_bullet(line)])


def _place_of(entry: list[str], line: str) -> bool:
    """``line`` is the place of ``entry`` (which names none): a US place with no rotation word of its own."""
    return find_state(line) is not None and entry_type(line) is None and not any(map(find_state, entry))


_DATE_TEXT = re.compile(
    rf"{RANGE_RE.pattern}|{POINT_RE.pattern}|{MONTH_RE.pattern}|{NOW_RE.pattern}|\b(?:\d+\s+)?(?:months?|weeks?|mos?|wks?|mths?|semanas?|meses|m[eê]s)\b|"
    r"\b(?:dates?|period|duration|when)\s*:|"  # the label of a dates line ("Dates: 07/2023 – 08/2023")
    r"^\s*(?:from|dal|del|du|de|desde|vom|von|seit|od)\b",  # "dal 15/09/2025 al 14/11/2025", "vom … bis …"
    re.I,
)


def _dates_only(block: list[str]) -> bool:
    """A block holding nothing but dates: the left cell of a table row ("09/2024 - 11/2024", "March–May 2025")."""
    return all(not any(c.isalpha() for c in _DATE_TEXT.sub("", _without_ranges(normalize_dashes(x)))) for x in block)


def _without_ranges(text: str) -> str:
    for found in reversed(find_ranges(text)):
        text = text[: found.span[0]] + text[found.span[1] :]
    return text


def _titled(blocks: list[list[str]]) -> bool:
    """Every dated block opens with its title and dates on one line ("Research Fellow, Neonatology   Sept 2024 -
    present"): an undated block then goes on the entry above it (its hospital, or the place a margin showed
    beside it), not on the next one. A stray date alone (a margin date read out of place) is let pass."""
    dated = [b for b in blocks if any(_is_anchor(x) for x in b)]
    heads = [b for b in dated if _is_anchor(b[0]) and not _dates_only(b[:1])]
    return len(heads) >= 2 and len(heads) >= len(dated) - 1 and all(_is_anchor(b[0]) for b in dated)


def _bullet_items(block: list[str]) -> list[list[str]]:
    """A block that is a bulleted list of dated entries, one item each ("• Externship, ..., OH (2024)"), Word's
    bullets too where every item is dated."""
    if not is_bullet(block[0]) and not word_bullet(block[0]):
        return [block]
    items: list[list[str]] = []
    for line in block:
        # "• Observership, Cardiology, Baylor St. Luke's, Houston, TX" / "— May 2026 – present": the dates after a
        # dash go on the item above (dashes read as bullet marks once normalised).
        if (is_bullet(line) and not _dash_continued(line)) or word_bullet(line) or not items:
            items.append([line])
        else:
            items[-1].append(line)
    dated = all(find_ranges(" ".join(item)) or find_points(" ".join(item)) for item in items)
    return items if len(items) > 1 and dated else [block]


# A table's column headings over its rows: "Dates | Role / Institution", "When | What | Where", "Duration   Position".
_COLUMN_HEADS = re.compile(r"(?i)\s*(?:dates?|when|period|duration|years?|from)(?:\s*\||\s{2,})[^\d|]+(?:\|[^\d|]+)*$")


def _date_led(blocks: list[list[str]]) -> list[list[str]]:
    """Entries of a section whose dates stand before each entry in a cell or column of their own; a row
    written on one line with its dates ("2021 – 2022 | House Officer | Mayo Hospital") starts an entry too."""
    entries: list[list[str]] = []
    for block in blocks:
        if _dates_only(block) or not entries:
            entries.append(list(block))
            continue
        for line in block:
            aside = _dates_only(entries[-1][:1]) and _dated_aside(line)  # the days of the entry's own dates
            if _is_anchor(line) and not _dates_only(entries[-1]) and not aside:
                entries.append([line])
            else:
                entries[-1].append(line)
    return entries


def _dated_aside(line: str) -> bool:
    """A line dated only in brackets: under "03/2019 – 04/2019" and its title, "Mount Sinai Hospital, New York, NY
    (11.03.–05.04.2019)" gives the days of the dates above, not an entry of its own."""
    return "(" in line and not _is_anchor(without_asides(line))


def _dash_continued(line: str) -> bool:
    """The end of the line above wrapped at its dash, not a bullet of its own (dashes read as bullet marks once
    normalised): dates alone ("Johns Hopkins Hospital" / "- 04/2025 - present") or an undated place ("Research
    Assistant, Pediatrics" / "— Boston Children's Hospital, Boston, MA")."""
    if not line.lstrip().startswith("-") or entry_type(line) is not None:
        return False
    rest = strip_bullet(line)
    # and "— 2025.03 (4 weeks, concurrent with fellowship)": the dates with an aside about them
    return _dates_only([without_asides(rest)]) or (find_state(rest) is not None and not _is_anchor(rest))


_ENDED = re.compile(r"\W*(?:ended|completed|finished|until)\b", re.IGNORECASE)


def _is_anchor(line: str) -> bool:
    """A line whose dates start an entry: not a bullet's, nor the end of the entry above ("Ended 29 June 2025" under
    "… 4 weeks, starting 2 June 2025")."""
    if (is_bullet(line) and not _dash_continued(line)) or _ENDED.match(line):
        return False
    return bool(find_ranges(line)) or any(p[1] is not None for p, _ in find_points(line))


def _entry_dates(text: str, today: date) -> tuple[tuple[int, int], tuple[int, int]] | None:
    text = _BORN.sub(" ", text)
    ranges: list[DateRange] = find_ranges(text)
    if ranges:
        return ranges[0].months(today)
    for point, span in find_points(text):
        if point[1] is not None:
            start = (point[0], point[1])
            ongoing = runs_on(text, span) or _CURRENT_LEAD.match(text)
            return start, (max(start, (today.year, today.month)) if ongoing else start)
    return None


# A birth year a sidebar ran into an entry's line ("B1/B2 visa holder b. 1996   Nov 2024   Emergency Medicine").
_BORN = re.compile(r"\b(?:b\.|born(?:\s+in)?|DOB:?|year\s+of\s+birth:?)\s*(?:19|20)\d\d\b", re.IGNORECASE)
_CURRENT_LEAD = re.compile(r"\W*current(?:ly)?\b", re.IGNORECASE)  # "• Currently doing an externship … (Oct 2026)"


def usce_entries(sections: list[Section], today: date) -> list[dict]:
    """US entries from clinical, research and work sections, in CV order."""
    out: list[dict] = []
    for section in sections:
        if section.kind not in {USCE, RESEARCH, WORK, PERSONAL, OTHER, EDUCATION}:
            continue
        if section.kind in {PERSONAL, OTHER} and entry_type(section.text) is None:
            continue  # only a rotation the reader lost the heading of is read there (most such sections hold none)
        if section.kind == WORK and _TEACHING.search(section.heading):
            continue  # "Teaching Experience": a mentor's or instructor's roles, in a research program too
        if section.kind == EDUCATION and not (
            _USCE_MARK.search(section.text) or any(p.search(section.text) for k, p in _TYPE_WORDS if k in _STUDY_TYPES)
        ):
            continue  # a research year or an observership listed with the degrees; most education sections hold none
        abroad = False  # under a sub-heading naming another country ("Service in Nepal", "VIETNAM")
        for lines in split_entries(join_wrapped_ranges("\n".join(section.lines)).split("\n")):
            lead = _place_heading(lines[0])
            trail = _place_heading(lines[-1]) if len(lines) > 1 else None
            if lead is not None:
                abroad = lead
            # A place heading closing the block heads the next entries, not this one.
            entry = _entry(section, lines[:-1] if trail is not None else lines, today, abroad=abroad)
            if entry is not None and (entry["state"] or entry["start"]):  # not "None to date; seeking an observership"
                out.append(entry)
            if trail is not None:
                abroad = trail
    for section in sections:
        if section.kind in {INTERESTS, PERSONAL}:
            out += [e for e in _told_entries(section, today) if not any(_same_stay(e, x) for x in out)]
    return out


# A summary's sentence telling of a US experience ("Did a radiology obs. at Emory University Hospital, Atlanta GA
# in May 2025."), read clause by clause: "… observership … in Ohio (Sep-Oct 2023) prior to hands-on work in New York".
_SENTENCE_END = re.compile(r"(?<=[a-z)\]][.!?])\s+(?=[A-Z])")
_CLAUSE_END = re.compile(r";|\s(?:prior\s+to|before|after|followed\s+by|then|while)\s", re.IGNORECASE)
_OBSERVED = re.compile(r"\b(?:observed|shadowed)\s+(?:at|in|with)\b", re.IGNORECASE)  # "Recently observed at a …"
_PLANNED = re.compile(
    r"\b(?:will|plan(?:s|ned|ning)?|hop(?:e|es|ing)|seek(?:s|ing)?|looking\s+for|apply(?:ing)?|upcoming|"
    r"scheduled|intend(?:s|ing)?|aim(?:s|ing)?)\b",
    re.IGNORECASE,
)


def _told_entries(section: Section, today: date) -> list[dict]:
    """US experiences told in a summary's or statement's sentences, each with a US place and a month."""
    out = []
    text = " ".join(line.strip() for line in section.lines)
    for sentence in _SENTENCE_END.split(text):
        for clause in _CLAUSE_END.split(sentence):
            if _PLANNED.search(clause) or not _month_dated(clause):
                continue
            kind = entry_type(clause) or ("observership" if _OBSERVED.search(clause) else None)
            entry = _entry(Section(USCE, ""), [clause], today) if kind else None
            if entry is not None and entry["state"] and entry["start"]:
                out.append({**entry, "type": kind})
    return out


def _month_dated(text: str) -> bool:
    ranges = find_ranges(text)
    if ranges:
        return ranges[0].start[1] is not None
    return any(point[1] is not None for point, _ in find_points(text))


def _same_stay(a: dict, b: dict) -> bool:
    """Two entries at once in one state: a summary restating an entry listed below it."""
    return a["state"] == b["state"] and a["start"] <= (b["end"] or b["start"] or "") and (b["start"] or "") <= a["end"]


_DIGIT = re.compile(r"\d")
_TEACHING = re.compile(r"\bteaching\b", re.IGNORECASE)
# Words of a sub-heading about where the work was ("Hospital Service in Jordan"), not an entry's own place line
# ("Accra Ghana", "Newark NJ" under a title).
_HEADING_WORDS = frozenset(
    {"service", "services", "work", "experience", "training", "in", "rotations", "practice", "positions",
     "employment", "career", "posts", "abroad", "home", "country", "clinical"}
)  # fmt: skip


# "TURKISH EXPERIENCE", "Egyptian Rotations": the nationality words the country index does not read as a country.
_DEMONYMS = frozenset(
    {"turkish", "egyptian", "canadian", "mexican", "brazilian", "colombian", "peruvian", "venezuelan", "cuban",
     "dominican", "chinese", "korean", "japanese", "vietnamese", "nepali", "nepalese", "bangladeshi", "lankan",
     "ghanaian", "kenyan", "ethiopian", "sudanese", "ukrainian", "russian", "polish", "romanian", "italian",
     "german", "british", "iranian", "syrian", "jordanian", "lebanese", "saudi", "iraqi", "filipino", "emirati",
     "moroccan", "tunisian", "algerian", "libyan", "yemeni", "afghan", "uzbek", "kazakh", "ugandan", "zimbabwean",
     "haitian", "jamaican", "argentine", "argentinian", "chilean", "ecuadorian", "bolivian", "indonesian",
     "malaysian", "thai", "burmese", "palestinian", "greek", "dutch"}
)  # fmt: skip


_REGIONS_ABROAD = frozenset({"europe", "european", "asia", "asian", "africa", "african", "caribbean", "gulf"})


def _sub_heading(line: str) -> bool:
    """A line heading the entries below it: a section's words, a place heading, or the US named without a
    city ("Research & Clinical Experience in the United States")."""
    if _place_heading(line) is not None or heading_kind(line) is not None:
        return True
    return "," not in line and not _DIGIT.search(line) and _USA.search(line) is not None


def _place_heading(line: str) -> bool | None:
    """A short undated line heading the entries below it by place: True for another country ("Hospital Service
    in Jordan", "EXPERIENCE IN TÜRKIYE", "Rural Service (Colombia)", "VIETNAM"), False for the US ("United States
    Experience"), None for any other line (an entry's own "Accra Ghana" or "Newark NJ" included)."""
    if len(line) > 90 or "," in line or _DIGIT.search(line) or is_bullet(line):
        return None
    line = line.strip(" |")  # "| GHANA / UK |": a heading boxed in text
    halves = line.split(" / ")
    if len(halves) == 2:  # "Experiencia en México / Experience in Mexico": either half may say where
        found = [_place_heading(half) for half in halves]
        return next((x for x in found if x is not None), None)
    if len(line) > 60:
        return None
    text = line.strip(" :")
    words = text.split()
    if not words or len(words) > 5:
        return None
    heading = bool(_HEADING_WORDS & {w.strip("()").casefold() for w in words})
    whole = country_code(text) if len(words) <= 3 and len(text) > 3 else None
    if whole is None and not heading:
        return None
    words = re.findall(r"[^\W\d_][\w'.-]*", text)
    if whole == "US" or _USA.search(text) or (whole is None and find_state(text) is not None):
        return False
    if whole is not None or (heading and any(w.casefold() in _DEMONYMS | _REGIONS_ABROAD for w in words)):
        return True  # "TURKISH EXPERIENCE", "CLINICAL EXPERIENCE IN EUROPE"
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            phrase = " ".join(words[i : i + n])
            if phrase[:1].isupper() and len(phrase) > 3 and (code := country_code(phrase)) and code != "US":
                return True
    return None


def _entry(section: Section, lines: list[str], today: date, *, abroad: bool = False) -> dict | None:
    text = "\n".join(lines)
    # A bulleted item is the entry itself ("• Externship, Surgery, Mercy Hospital, Dayton, OH (2024)").
    head = [strip_bullet(lines[0])] if lines and is_bullet(lines[0]) else []
    kept = [x for i, x in enumerate(lines) if not is_bullet(x) or (i == 1 and _dash_continued(x))]
    title = join_wrapped_ranges("\n".join(head + kept)[:400])
    state = find_state(title)
    if state is not None and (
        (state == "GA" and _foreign(title))
        or (_foreign(title, in_names=False) and find_state(title, hospitals=False) is None)
    ):
        # "Clinical Rotations (Georgia)" over "Internal Medicine, First University Clinic, Tbilisi"; a US hospital's
        # namesake or campus abroad ("Weill Cornell Medicine – Qatar", "Beaumont Hospital, Dublin")
        state = None
    # "(… relocated to U.S.)" aside a residency in Mexico City names the US, not where the entry was
    named_us = bool(_USA.search(without_asides(title)) or (_USA.search(title) and not _foreign(title)))
    in_us = state is not None or named_us or (section.us and not abroad and not _foreign(title))
    if not in_us:
        return None
    # The type its title names, before one a sentence under it mentions ("Taken during research fellowship.")
    named = "\n".join(x for x in [*head, *kept] if not _detail_sentence(x))
    own = entry_type(named) or entry_type(title)
    kind = own or entry_type(section.heading)
    if own is None and (_SUPPORT_JOB.search(title) or (kind is None and section.kind != USCE)):
        return None  # a US job beside the rotations (scribe, medical assistant) is not a physician's training,
        # whatever its section's heading ("Medical Assistant, Kaiser Permanente" under "Research & Clinical …")
    if _EMPLOYMENT.search(title):
        return None  # "Clinical Research Coordinator II (non-clinical employment), OhioHealth …": a job, as it says
    role = next((x for x in [*head, *kept] if x.strip()), "")
    if _SUPPORT_JOB.search(role) and entry_type(role) is None:
        return None  # "Arabic Medical Interpreter, 2016 – 2018" / "ACCESS Community Health & Research Center, …"
    dates = _entry_dates(title, today) or _entry_dates(text, today)
    if dates is None and kind is None:
        return None
    if _NOT_DONE.match(_ENTRY_LABEL.sub("", title)) or (dates is not None and dates[0] > (today.year, today.month)):
        return None  # "None yet - seeking a first US elective for 2026-2027", one starting next year: none done
    if section.kind in {PERSONAL, OTHER} and (state is None or dates is None):
        return None  # a rotation under a label or heading the reader lost ("Visa: B1/B2" above it) names all
    if section.kind == EDUCATION and (
        state is None or dates is None or (entry_type(title) not in _STUDY_TYPES and not _USCE_MARK.search(title))
    ):
        return None  # a research year or an observership listed with the degrees ("Servicio social en investigación")
    specialties = find_specialties(title) or find_specialties(section.heading)
    return {
        "type": kind,
        "specialty": specialties[0] if specialties else None,
        "state": state,
        "start": ym(dates[0]) if dates else None,
        "end": ym(dates[1]) if dates else None,
    }


# Jobs in US health care that are not clinical experience as a physician: listed under "US Clinical Experience" by
# IMGs living in the US, or beside it by those with an earlier career, left out of USCE when the entry names no
# rotation type.
_SUPPORT_JOB = re.compile(
    r"\b(?:scribe|medical\s+assistant|patient\s+(?:navigator|care\s+(?:tech(?:nician)?|assistant))|"
    r"care\s+coordinator|phlebotomist|emt|paramedic|(?:certified\s+)?nurs(?:e|ing)\s+(?:aide|assistant)|cna|"
    r"interpreter|translator|receptionist|(?:pharmacy|lab(?:oratory)?|ekg|ecg)\s+tech(?:nician)?|"
    r"health\s+coach|community\s+health\s+worker|volunteer|"
    # a career before medicine: licensed in its own right, not a physician's training ("PA-C, Kaiser, 2015–2022")
    r"registered\s+nurse|RN|nurse\s+practitioner|physician\s+assistant|PA-C|pharmacist|(?:combat\s+)?medic|"
    r"corpsman|(?:physical|respiratory|occupational)\s+therapist|sonographer|(?:radiologic|surgical)\s+technologist)\b",
    re.IGNORECASE,
)
_EMPLOYMENT = re.compile(  # "(non-clinical employment)", "Research Coordinator (non-clinical, …)", "paid technician"
    r"(?:\bnon[- ]?clinical\s+(?:employment|job|work|role|position|staff)|\(\s*non[- ]?clinical|"
    r"\bnot\s+a\s+(?:clinical|training)\s+(?:role|position|job|post)|\bpaid\s+(?:\w+\s+)?(?:technician|staff|position|job)|"
    r"\bnon[- ]?physician\s+(?:role|position|job|work)|"
    # a research unit's staff: "(staff position)", "(hourly lab job)", "(laboratory staff)", "Salaried analyst"
    r"\b(?:lab(?:oratory)?\s+)?staff\s+(?:job|position|role)|\bsalaried|\bhourly\s+(?:staff|lab|job|position)|"
    r"\blab(?:oratory)?\s+(?:technician|manager)|"
    r"\bhistotechnician|\bresearch\s+(?:sonographer|interviewer)|\bcore\s+lab(?:oratory)?\s+analyst)\b|"
    r"\(\s*(?:(?:lab(?:oratory)?\s+)?staff(?:\s+(?:position|job|role))?|hourly[^()]*|salaried[^()]*|undergraduate|pre-?med)\s*\)",
    re.IGNORECASE,
)
_ENTRY_LABEL = re.compile(r"^\W*(?:entries|list|details)\s*:\s*", re.IGNORECASE)  # a form's "Entries:" / "None yet."
_NOT_DONE = re.compile(
    r"\W*(?:none\s+(?:yet|so\s+far|to\s+date)|not\s+yet|seeking|looking\s+for|hoping|planning|applying)\b", re.I
)


_STUDY_TYPES = frozenset({"research", "observership"})
_USCE_MARK = re.compile(r"\bUSCE\b")  # "USCE · HANDS-ON": a timeline's own label on each US entry


def usce_months(entries: list[dict], today: date) -> int:
    """Distinct calendar months covered by the entries, up to this month (overlaps count once); 0 for none."""
    dated = [e for e in entries if e["start"] and e["end"]]
    if not dated:
        return 0
    months: set[tuple[int, int]] = set()
    now = (today.year, today.month)
    for e in dated:
        start = (int(e["start"][:4]), int(e["start"][5:7]))
        end = min((int(e["end"][:4]), int(e["end"][5:7])), now)
        months |= month_set(start, end)
    return len(months)
