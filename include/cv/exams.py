"""USMLE results and ECFMG status as CVs state them.

A number counts as a score only right after its "Step 1" / "Step 2 CK" / "Step 3" token, and an
expected, scheduled or practice score is not a score (programs screen on real results only).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from include.cv.dates import MONTH_RE
from include.vocab import ecfmg_status as vocab_ecfmg_status
from include.vocab import without_asides

_STEP = re.compile(
    r"\b(?:step|usmle(?=\s+(?:[123]|i{1,3})\b))\s*-?\s*(?P<step>1|i|2\s*-?\s*\(?\s*ck\s*\)?|ii\s*-?\s*\(?\s*ck\s*\)?|2\s*\(?clinical\s+knowledge\)?"
    r"|ii\s*\(?clinical\s+knowledge\)?|2|ii|3|iii)(?![\w])(?!\s*-?\s*\(?\s*cs\b)",
    re.IGNORECASE,
)
_NOT_A_RESULT = re.compile(
    r"\b(?:expected|expecting|anticipated|scheduled|schedule|planned|planning|plan|target(?:ed|ing)?|predicted|"
    r"practice|nbme|uwsa|self[- ]assessment|preparing|prep|upcoming|awaiting|registered|booked|"
    r"not\s+(?:yet\s+)?taken|not\s+attempted|to\s+be\s+taken|will\s+take|n/?a|tbd)\b",
    re.IGNORECASE,
)
# "Step 1: Pass · Step 2 CK: 247 · NBME practice 260": a result's clause ends at a list separator.
_CLAUSE_END = re.compile(r"\s*[·•|;]\s*")


def _first_clause(window: str) -> str:
    """The first clause after the step token that says something ("| Pass | 2021" -> "Pass")."""
    for clause in _CLAUSE_END.split(window):
        if not _says_nothing(clause):
            return clause
    return ""


# and in Spanish, Portuguese, French: "Aprobado", "Aprovada", "Réussi", "Admis"
_PASS = re.compile(r"\bpass(?:ed)?\b|\bapro[bv]ad[oa]\b|\br[ée]ussie?\b|\badmise?\b", re.IGNORECASE)
# "Not passed", "did not pass", "unsuccessful": a failed attempt, however it is worded.
_FAIL = re.compile(
    r"\bfail(?:ed|ure)?\b|\b(?:not|n['’]t|never)\s+pass(?:ed)?\b|\bunsuccessful\b|\breprobad[oa]\b|"
    r"\breprovad[oa]\b|\b[ée]chou[ée]e?\b",
    re.IGNORECASE,
)  # "not yet passed" says neither
_NOT_PASSED = re.compile(r"\b(?:not|n['’]t|never)\s+(?:yet\s+)?pass(?:ed)?\b", re.IGNORECASE)
_SCORE = re.compile(r"(?<![\d.,/])(?<!\d-)([12]\d\d)(?![\d%])(?!\s*(?:th|st|nd|rd|percentile|days|hours)\b)")
_YEARISH = re.compile(r"\(?\b(?:19|20)\d\d\b\)?|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{1,2}/\d{4}\b")
# "Step 1   July 2023" / "ECFMG — Mar 2023": the date the exam was taken, not its result (which may follow below).
# Another exam named on a line: its numbers are not this step's result.
_OTHER_EXAM = re.compile(
    r"\b(?:comlex|level\s+[123]|plab|mccqe|nbme|uwsa|amc|ielts|oet|toefl|mrcp|fmge|nle|enarm|ple|exam|examination)\b"
    r"|\becfmg\b",
    re.IGNORECASE,
)


_LABEL_WORDS = re.compile(r"\b(?:usmle|score|result|ck|date|taken)\b", re.IGNORECASE)


def _says_nothing(window: str) -> bool:
    """Only labels and dates: "| Feb 2022", "— 06/2020", ": Score" (the result is on the next line)."""
    labels = _LABEL_WORDS.sub("", window)
    content = MONTH_RE.sub(" ", _YEARISH.sub(" ", labels))  # a month's name alone: not "Aprobado"
    return not re.search(r"[A-Za-z0-9]", content)


def _step_key(token: str) -> str:
    t = re.sub(r"[^a-z0-9]", "", token.lower())
    if t in {"1", "i"}:
        return "usmle_step1"
    if t in {"3", "iii"}:
        return "usmle_step3"
    return "usmle_step2ck"


_WRAPPED_LABEL = re.compile(r"^(.*\bstep)\s+(.+)$", re.IGNORECASE)
_STEP_ONLY = re.compile(r"^\s*(1|2\s*ck|2|3|i{1,3})\s*$", re.IGNORECASE)


def _unwrap_labels(seq: list[str]) -> list[str]:
    """A label wrapped in a margin column ("USMLE Step 226" over "1") put back together ("USMLE Step 1 226")."""
    out = list(seq)
    for i in range(len(out) - 1):
        m = _WRAPPED_LABEL.match(out[i])
        if m and _STEP_ONLY.match(out[i + 1]) and not _STEP.search(out[i]):
            out[i] = f"{m.group(1)} {out[i + 1].strip()} {m.group(2)}"
            out[i + 1] = ""
    return out


_CELLS = re.compile(r"\s{3,}|\s*\|\s*")
_PRACTICE = re.compile(r"\b(?:nbme|uwsa|ccssa|cbssa|practice|self[- ]assessment)\b", re.I)  # a practice test's name
_EXAM_HEAD = re.compile(rf"(?:usmle\s+)?(?:{_STEP.pattern})|\becfmg\b", re.IGNORECASE)


def _header_rows(seq: list[str]) -> list[str]:
    """A table whose column titles name the exams ("Step 1   Step 2 CK   Step 3   ECFMG") over one row of results
    ("Pass   236   221   Certified") read as "Step 1: Pass; Step 2 CK: 236; …", each result after its own label."""
    out = list(seq)
    for i, line in enumerate(out):
        lower = line.lower()
        if lower.count("step") + lower.count("ecfmg") < 2:
            continue  # cheap test first: most lines title no exam table
        heads = [c for c in _CELLS.split(line.strip()) if c]
        exams = sum(bool(_EXAM_HEAD.fullmatch(h.strip())) for h in heads)
        if exams < 2 or exams + sum(bool(_PRACTICE.search(h)) for h in heads) < len(heads):
            continue  # exams' titles, and a practice test's beside them ("UWSA 1 (practice)"): its score is read as one
        below = next((j for j in range(i + 1, min(i + 3, len(out))) if out[j].strip()), None)
        values = [c for c in _CELLS.split(out[below].strip()) if c] if below is not None else []
        if len(values) == len(heads) and not any(_EXAM_HEAD.search(v) for v in values):
            out[i] = "; ".join(f"{h}: {v}" for h, v in zip(heads, values, strict=True))
            out[below] = ""
    return out


def usmle_scores(lines: Iterable[str]) -> dict[str, str | int | None]:
    """``usmle_step1`` ("pass"/"fail"/int), ``usmle_step2ck`` (int), ``usmle_step3`` ("pass"/int)."""
    found: dict[str, str | int | None] = {}
    decided: set[str] = set()
    seq = _unwrap_labels(_header_rows([_short_steps_written_out(x) for x in lines]))
    for index, line in enumerate(seq):
        matches = list(_STEP.finditer(line))
        for pos, m in enumerate(matches):
            key = _step_key(m.group("step"))
            if key in decided or _PRACTICE_BEFORE.search(_CLAUSE_END.split(line[: m.start()])[-1]):
                continue  # "NBME CCSSA practice (Step 2 CK): 238": a practice test named after the step it prepares
            end = matches[pos + 1].start() if pos + 1 < len(matches) else len(line)
            if pos + 1 < len(matches) and (scored := _SCORED_BEFORE.search(line, m.end(), end)):
                end = scored.start()  # "… Step 1 on my first attempt and scored 236 on USMLE Step 2 CK": the next's
            window = _first_clause(line[m.end() : end][:80])
            nxt = _next_text(seq, index)
            last = pos + 1 == len(matches) and not _STEP.search(nxt)
            if not window.strip() and last:
                window = nxt[:80]
            value, final = _result(key, window)
            if value is None and not final and key != "usmle_step2ck" and _PASSED_BEFORE.search(line, 0, m.start()):
                value, final = "pass", True  # "Passed USMLE Step 1 (2024)": the result written before the step
            if value is None and not final and (scored := _SCORED_BEFORE.search(line, 0, m.start())):
                value, final = int(scored[1]), True  # "and scored 236 on USMLE Step 2 CK"
            if value is None and not final and last and not _OTHER_EXAM.search(nxt):
                # "Step 2 CK   2023   (a skill from the next column)" with "239" below it: a label row, then its value.
                value, final = _result(key, _first_clause(nxt[:80]))
            if final:
                decided.add(key)
                found[key] = value
    return {k: found.get(k) for k in ("usmle_step1", "usmle_step2ck", "usmle_step3")}


# "S1: 240", "S2CK — 229", "S1 P / S2 245": the steps as applicants abbreviate them
_SHORT_STEP = re.compile(r"\bS([123])(?:[ \t]?(CK))?\b(?=[ \t]*(?:[:\-–—|]|[12]\d\d\b|P\b|pass|fail))", re.IGNORECASE)


def _short_steps_written_out(line: str) -> str:
    """The line with "S1", "S2CK" written as "Step 1", "Step 2 CK" (not on another exam's line: "PLAB S1")."""
    if not _SHORT_STEP.search(line) or any(m[0].lower() != "ecfmg" for m in _OTHER_EXAM.finditer(line)):
        return line
    return _SHORT_STEP.sub(lambda m: f"Step {m[1]}{' CK' if m[2] else ''}", line)


def _next_text(seq: list[str], index: int) -> str:
    """The next non-blank line after ``index`` (a blank line between a label and its value is only spacing)."""
    return next((x for x in seq[index + 1 : index + 3] if x.strip()), "")


def _result(key: str, window: str) -> tuple[str | int | None, bool]:
    """The result in the text after a step token, and whether this mention settles the step."""
    if cue := _NOT_A_RESULT.search(window):
        # "Fail (2024) – reattempt scheduled for 2027": a result stated before the plan is still the result.
        first = _PLAN_BREAK.split(window[: cue.start()], maxsplit=1)
        practice = cue[0].lower() in {"nbme", "uwsa", "practice"} and _SCORE.search(window[cue.end() :])
        if len(first) == 1 and practice and _PRACTICE_ASIDE.search(first[0]):
            first = [_PRACTICE_ASIDE.sub("", first[0]), ""]
        if len(first) == 2 and first[0].strip():
            value, final = _result(key, first[0])
            if value is not None:
                return value, final
        return None, True
    cleaned = _YEARISH.sub(" ", window)
    score = next((int(s) for s in _SCORE.findall(cleaned) if 140 <= int(s) <= 300), None)
    passed = bool(_PASS.search(_NOT_PASSED.sub(" ", cleaned)) or _LONE_P.match(cleaned))
    failed = bool(_FAIL.search(cleaned)) and not passed
    if key == "usmle_step2ck":
        return (score, True) if score is not None else (None, False)
    if score is not None:
        return score, True
    if passed:
        return "pass", True
    if failed and key == "usmle_step1":
        return "fail", True
    return None, False


_LONE_P = re.compile(r"[\s:|\-–—]*P[\s.]*(?:[(/,]|$)")  # "Step 1: P", "Step 1 — P (first attempt)", "S1 P / S2 245"
# "…: 229. NBME practice (CCSSA): 238.", "Passed (Sep 2024). NBME CBSE practice: 81.", "245 (NBME 11: 238, …)"
_PLAN_BREAK = re.compile(r"\s[-–—]\s|[,;]|(?<=[\d)])\.(?:\s+(?=[A-Z])|\s*$)")
# "245 (NBME 11: 238, UWSA1: 250)": the practice tests' own scores in brackets after the result (not "230 (NBME
# practice)", a practice score itself)
_PRACTICE_ASIDE = re.compile(r"(?<=\d)\s*\(\s*$")
_FUTURE = re.compile(r"\b(?:eligible|will|upon|once|after|expected|anticipated|applying|apply)\b", re.IGNORECASE)


_OBTAINED = re.compile(
    r"\b(?:obtained|received|granted|awarded|achieved|completed?|issued|yes|obtenid[oa]|obtid[oa]|obtenue?|conclu[ií]d[oa])\b",
    re.IGNORECASE,
)
_LABEL = re.compile(
    r"^[\s:|\-–—·]*(?:(?:certification|certificate|cert\b\.?|status|zertifikat)[\s:|\-–—·]*)*", re.IGNORECASE
)  # and German's "ECFMG-Zertifikat: 04/2025"


_CLAUSES = re.compile(r"[;|•·]|\s{3,}")  # "ECFMG Certified · Step 2 CS — not taken": the next clause is another's
_CERTIFICATION_CLAUSE = re.compile(r"\s*certification\s*:?\s*(\S.*)", re.IGNORECASE)
_ID = re.compile(r"(?:id|number|no\.?|#)\b", re.IGNORECASE)
_AFTER_ID = re.compile(_ID.pattern + r"[\s:#.]*[\w-]*\d[\w-]*\s*[-–—,]\s*(.*)", re.IGNORECASE)


def ecfmg(lines: Iterable[str]) -> str | None:
    """certified / pending / not_certified from the first line that states an ECFMG status."""
    seq = _header_rows(list(lines))
    for index, line in enumerate(seq):
        m = re.search(r"ecfmg", line, re.IGNORECASE)
        if not m:
            continue
        if re.search(r"\b(?:not|non|never)\b[\w\s-]{0,12}$", line[: m.start()], re.IGNORECASE):
            return "not_certified"
        if _PENDING_BEFORE.search(line[: m.start()]):
            return "pending"  # "Awaiting ECFMG certification (OET passed, 2025)"
        if _CERTIFIED_BEFORE.search(line[: m.start()]):
            return "certified"  # French and Spanish order: "Certifié ECFMG depuis octobre 2023", "Certificado ECFMG"
        rest = _LIGATURE_GAP.sub(r"\1\2\3", line[m.end() :])  # "Certi fi ed": a PDF's ligature read apart
        value = _LABEL.sub("", rest)
        labelled = re.match(r"\W*(?:certific|zertifik|cert\b)", rest, re.IGNORECASE) is not None  # "cert. 2022"
        clauses = _CLAUSES.split(value)
        dated = labelled and _YEAR_ONLY.match(without_asides(clauses[0]).strip()) is not None  # "2004 (revalidated)"
        value = clauses[0].strip()
        following = _next_text(seq, index)
        if _says_nothing(value) and not (dated and _ITEM.match(following)):  # "ECFMG certification   2022" over
            # "Pending"; not the next item of a list ("▪ ECFMG Certificate — 2013" / "▪ Medical Association …").
            # Its first clause: under "USMLE / ECFMG", "Step 1 — Pass · … · ECFMG Certified · Step 2 CS — not taken"
            value = _CLAUSES.split(following)[0].strip()
        # "ECFMG ID obtained; certification pending graduation", "ECFMG: OET passed 2025; certification pending …"
        stated = next((m.group(1) for x in clauses[1:] if (m := _CERTIFICATION_CLAUSE.match(x))), None)
        if _ID.match(value):
            if labelled and re.match(r"\W*certificate", rest, re.IGNORECASE):
                return "certified"  # "ECFMG certificate #0-912-345-6": the certificate's number
            # an ID says nothing of the status; a clause after its number may ("ECFMG ID 1-234-567-8 — pendiente")
            value = after.group(1) if (after := _AFTER_ID.match(value)) else ""
        status = _status(value) or (_status(stated) if stated else None)
        if status:
            return status
        if dated:
            return "certified"  # "ECFMG certification — 2020": the year it was obtained
    return None


def _status(value: str) -> str | None:
    """The status a clause states, read first without its brackets ("Certified (certificate no. 0-812-345-6)"),
    then with them ("obtenida (certificado, 2024)"); a status said before another sentence or clause first
    ("certified, will require J1 visa": the visa is what will come)."""
    head = _NEXT_CLAUSE.split(value, maxsplit=1)[0]
    if head != value and (stated := _status(head)):
        return stated
    bare = without_asides(value)
    return (_stated(bare) if bare and bare != value else None) or _stated(value)


_PRACTICE_BEFORE = re.compile(rf"{_PRACTICE.pattern}[^.;)\d]{{0,12}}$", re.I)
# "certified, will require J1", "certified since 2023, and I will travel …": another clause after the status
_NEXT_CLAUSE = re.compile(r"(?:(?<=[a-z)])|(?<=(?:19|20)\d\d)),\s+(?=[a-z])|(?<=[a-z)])\.\s+(?=[A-Z])")
_PASSED_BEFORE = re.compile(r"\bpassed\s+(?:the\s+)?(?:usmle\s+)?$", re.IGNORECASE)
_SCORED_BEFORE = re.compile(r"\b(?:scored|score\s+of)\s+([12]\d\d)\s+(?:on|in)\s+(?:the\s+)?(?:usmle\s+)?$", re.I)


def _stated(value: str) -> str | None:
    if _FUTURE.search(value) and not re.search(r"\bnot\b", value, re.IGNORECASE):
        return "pending"
    status = vocab_ecfmg_status(value)
    if status is None and _OBTAINED.search(value) and not re.search(r"\bnot\b", value, re.IGNORECASE):
        status = "certified"  # "ECFMG certification: obtained October 2024"
    return status


_PENDING_BEFORE = re.compile(r"\b(?:awaiting|pending|applied\s+for|in\s+process\s+of)\s*$", re.IGNORECASE)
_CERTIFIED_BEFORE = re.compile(r"\b(?:certifi[ée]e?|certificad[oa])\s*$", re.IGNORECASE)
_ITEM = re.compile(r"\s*[•▪◦●■▸►*·-]\s")
_LIGATURE_GAP = re.compile(r"([a-z]) (fi|fl|ff|ffi|ffl) ([a-z])")
_YEAR_ONLY = re.compile(  # "2020", "Mar 2020", "04/2025", "2023年10月"
    r"^\(?(?:[A-Za-z]{3,9}\.?\s+|[01]?\d[/.])?(?:19|20)\d\d(?:年(?:\d{1,2}月)?)?\)?$"
)
