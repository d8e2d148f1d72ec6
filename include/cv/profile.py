"""The IMG profile from a CV's text: one pure function, ``extract_profile``, testable without files.

Absent facts are None; lists (USCE entries, specialties, languages) are empty rather than None, so
callers can iterate them. Each field is read from the section it belongs to (see ``sections``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import date
from typing import Any

from include.cv import education as edu
from include.cv import exams, identity, usce
from include.cv.dates import BARE_YEAR
from include.cv.keys import MAX_TEXT_CHARS, PROFILE_KEYS, empty_profile, error_profile

__all__ = ["PROFILE_KEYS", "empty_profile", "error_profile", "extract_profile"]
import itertools

from include.cv.layout import TextLine, plain_lines
from include.cv.sections import (
    EDUCATION,
    EXAMS,
    HEADER,
    INTERESTS,
    LANGUAGES,
    OTHER,
    PERSONAL,
    PUBLICATIONS,
    REFERENCES,
    RESEARCH,
    USCE,
    WORD_BULLETS,
    WORK,
    Section,
    heading_kind,
    is_bullet,
    split_sections,
    strip_bullet,
    word_bullet,
)
from include.vocab import canonical_language, fold, visa_status, without_asides

_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_LINE_BREAKS = re.compile(r"[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


# A date cell run into the text beside it ("Jan 2024 – Feb 2024US Telehealth", "2022 – presentMedical Officer"):
# Europass through LibreOffice.
# And a place's state run into its dates ("Minneapolis, MN03.2018 – 12.2020": a tab stop overrun).
_GLUED = re.compile(
    r"(?<=\b(?:19|20)\d\d)(?=[A-Z])|(?<=\b[Pp]resent)(?=[A-Z])"
    r"|(?<=[ ,][A-Z]{2})(?=(?:0[1-9]|1[0-2])[./](?:19|20)\d\d\b)"
)


# A row's label in Chinese, Japanese or Korean before the same label in English and its value.
_CJK_LABEL = re.compile(
    r"^\s*[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{1,6}\s+([A-Z][A-Za-z &/]{2,30}?)(?=\s{3,}|\s*\|)"
)
_PAGE_NUMBER = re.compile(r"\s*(?:page|p\.)\s*\d{1,2}(?:\s*(?:of|/)\s*\d{1,2})?\s*", re.IGNORECASE)  # "Page 1 of 2"


def _clean(lines: list[TextLine]) -> list[TextLine]:
    """NFKC text, tabs as wide gaps, no invisible characters; one TextLine stays one line."""
    out: list[TextLine] = []
    budget = MAX_TEXT_CHARS
    for line in lines:
        if budget <= 0:
            break
        text = unicodedata.normalize("NFKC", line.text[:budget])
        budget -= len(text) + 1
        text = _INVISIBLE.sub("", text.replace("\t", "   ").replace("\u00a0", " "))
        text = _GLUED.sub(" ", _LINE_BREAKS.sub(" ", text).rstrip())
        if (cjk := _CJK_LABEL.match(text)) and heading_kind(cjk.group(1)) is not None:
            text = text[cjk.start(1) :]  # "語言 Languages   Chinese, …": the heading's English alone
        text = "" if _PAGE_NUMBER.fullmatch(text) else text  # a footer left among the lines: a blank
        out.append(line if text == line.text else replace(line, text=text))
    return out


def _form_answers(lines: list[TextLine]) -> list[TextLine]:
    """A web form's answers saved as text ("Medical school name:" / "Universidade Federal de Minas Gerais" / blank):
    each one-line answer written after its question, as a label and its value (the answer's line left blank)."""
    if any(x.size is not None for x in lines[:40]):
        return lines  # a laid-out document, not a form's text
    text = [x.text.strip() for x in lines]
    pairs = [
        i
        for i in range(len(text) - 1)
        if _QUESTION.search(text[i])
        and text[i + 1]
        and not _QUESTION.search(text[i + 1])
        and (i + 2 >= len(text) or not text[i + 2] or _QUESTION.search(text[i + 2]))
    ]
    if len(pairs) < 6:
        return lines
    out = list(lines)
    for i in pairs:
        out[i] = replace(lines[i], text=f"{text[i].rstrip(':').rstrip()}: {text[i + 1]}")
        out[i + 1] = replace(lines[i + 1], text="")
    return out


_QUESTION = re.compile(r"[:?]$")


def _lines(sections: list[Section], first: set[str], *, headings: bool = False) -> list[str]:
    """Lines of ``first`` kinds, then of all other sections except the references.

    ``headings``: each section's own heading line comes first (a heading "ECFMG" over "Certified" is the label
    of the line below it), unless the heading is already the start of its first line ("Score: 248").
    """

    def text(s: Section) -> list[str]:
        if headings and s.heading and not (s.lines and s.lines[0].lstrip().startswith(s.heading)):
            return [s.heading, *s.lines]
        return s.lines

    chosen = [x for s in sections if s.kind in first for x in text(s)]
    rest = [x for s in sections if s.kind not in first and s.kind != REFERENCES for x in text(s)]
    return chosen + rest


# "Languages: English, Hindi", also after a sentence ("U.S. citizen. Languages: English, Igbo. Interested in ..."),
# where the list ends with its sentence.
_LIST_MARK = rf"(?:[*•·\-–{WORD_BULLETS}]\s+)?"  # "* Languages: …" in a bulleted list too
_LANG_INLINE = re.compile(
    rf"(?:^\s*{_LIST_MARK}|(?<=[.;])\s+)"
    r"(?:languages?(?:\s+(?:spoken|skills|proficiency|known))?|spoken\s+languages?|bilingual|trilingual)"
    r"\s*(?:[:\-–|]|\s{3,})\s*(.+?)(?:(?<=[a-z])\.\s+[A-Z].*)?$"
    r"|^\s*(?:[^\W\d_]+\s*/\s*)?(?:mother\s+tongue|other\s+language)(?:\(s\)|s)?\s*:?\s+(.+)$"  # Europass's labels
    # a run-in label in capitals: "LANGUAGES English · Haitian Creole (native)"
    rf"|^\s*{_LIST_MARK}(?-i:LANGUAGES)\s+(.+)$",
    re.IGNORECASE,
)
_LANG_SPLIT = re.compile(r"\s*(?:[,;|/•·:()\[\]]|\s[-–—]\s|\band\b|&|\s{3,})\s*", re.IGNORECASE)


# Names CVs use that the vocabulary folds into another: kept as the applicant wrote them ("Mandarin" alone is
# Mandarin; "Chinese (Mandarin)" and "Mandarin Chinese" are Chinese).
_AS_WRITTEN = {
    "Tagalog": {"filipino": "Filipino"},
    "Mandarin": {"chinese": "Chinese"},
    "Hokkien": {"taiwanese": "Taiwanese"},
    "Persian": {"dari": "Dari"},  # Afghanistan's Persian, listed by its own name ("Persian (Dari)" is Persian)
}
# Two names of one language the vocabulary keeps apart ("Twi/Akan"): listed once, under the first.
_ALSO_CALLED = ({"Twi", "Akan"},)
_ALTERNATIVE = re.compile(r"([^\W\d_][\w'-]*)\s*(?:/|\()\s*([^\W\d_][\w'-]*)\)?")  # "Twi/Akan", "Twi (Akan)"


_RESTATED = re.compile(r"([^\W\d_][\w'-]*)\s*\(([^\W\d_][\w'-]*)\s[^()]*\)")  # "Azerbaijani (Azeri Turkish)"


def _restated(m: re.Match[str]) -> str:
    """A language, then its other name in brackets: the language alone (not Turkish too)."""
    name = canonical_language(m.group(1))
    return m.group(1) if name is not None and canonical_language(m.group(2)) == name else m.group(0)


def _first_name_only(m: re.Match[str]) -> str:
    """ "Twi/Akan", "Twi (Akan)" -> "Twi" (not "Hindi/Urdu", two languages)."""
    a, b = canonical_language(m.group(1)), canonical_language(m.group(2))
    return m.group(1) if a is not None and any({a, b} <= same for same in _ALSO_CALLED) else m.group(0)


_LANG_LABEL = re.compile(
    r"\s*(?:[^\W\d_][^–/:]{0,30}?\s[–/-]\s+)?"  # Europass's "PERSONAL SKILLS – Mother tongue"
    r"(?:languages?|languages?\s+spoken|spoken\s+languages?|idiomas|langues|línguas|other\s+languages?|"
    r"mother\s+tongues?|native\s+languages?)\s*:?\s*",
    re.I,
)


# Europass's self-assessment grid: a language (or two names of it, "Englisch / English"), then five levels
# (a certificate may follow: "English C1 C1 C1 C1 C1 — IELTS Academic 8.0")
_CEFR_ROW = re.compile(
    r"\s*([^\W\d_][^\W\d_ ]{2,20}(?:\s*/\s*[^\W\d_][^\W\d_ ]{2,20})?)\s+(?:[ABC][12]\b\s*){3,}(?:[—–-]\s.*)?$"
)
_CEFR_LEVELS = re.compile(
    r"\s*(?:[ABC][12]\b\s*){3,}(?:[—–-]\s.*)?$"
)  # a row whose language wrapped onto the line above


_LEVELLED = re.compile(r"\s*([^\W\d_]+(?:\s[^\W\d_]+)?)\s*\([^()]{2,30}\)\s*")


def _levelled_languages(line: str) -> bool:
    """Every item of the comma list is a language with its level in brackets, and there are two or more."""
    items = strip_bullet(line).split(",")
    return len(items) >= 2 and all((m := _LEVELLED.fullmatch(x)) and canonical_language(m.group(1)) for x in items)


def languages(sections: list[Section]) -> list[str]:
    """English names of the languages listed, in CV order."""
    lines = [x for s in sections if s.kind == LANGUAGES for x in s.lines]
    lines += [
        m.group(1) or m.group(2) or m.group(3)
        for s in sections
        if s.kind != REFERENCES
        for x in s.lines
        if (m := _LANG_INLINE.search(x))
    ]
    # Europass's self-assessment grid wherever it was read ("English   C2   C2   C1   C1   C2")
    lines += [
        m.group(1) if m else s.lines[i - 1]
        for s in sections
        if s.kind not in {LANGUAGES, REFERENCES}
        for i, x in enumerate(s.lines)
        if (m := _CEFR_ROW.match(x)) or (i and _CEFR_LEVELS.match(x))
    ]
    # A list of languages, each with its level, under no languages heading ("• Georgian (native), Russian (fluent)")
    lines += [
        x for s in sections if s.kind in {OTHER, PERSONAL, HEADER, INTERESTS} for x in s.lines if _levelled_languages(x)
    ]
    # "Languages" alone on a line set like the body (so read as no heading), the list on the next line
    lines += [
        s.lines[i + 1]
        for s in sections
        if s.kind not in {LANGUAGES, REFERENCES}
        for i, x in enumerate(s.lines[:-1])
        if _LANG_LABEL.fullmatch(x)
    ]
    found: list[str] = []
    seen: set[str] = set()  # canonical names: "Filipino/Tagalog" and "Chinese (Mandarin)" are one language each

    def add(name: str | None, written: str | None) -> None:
        if name and name not in seen:
            seen.add(name)
            found.append(written or name)

    for line in lines:
        for piece in _LANG_SPLIT.split(_ALTERNATIVE.sub(_first_name_only, _RESTATED.sub(_restated, line))):
            piece = piece.strip(" .-*\u2022")
            if not piece or len(piece) > 30:
                continue
            words = piece.split()
            names = [canonical_language(w) for w in words]
            if len(words) > 1 and all(names) and len(set(names)) == len(names):  # "Turkish English": a bare list
                for word in words:
                    name = canonical_language(word)
                    add(name, _AS_WRITTEN.get(name or "", {}).get(word.casefold(), name))
                continue
            name = canonical_language(piece) or canonical_language(piece.split()[0])
            if name is None:  # "native English": the level and the language ran together
                name = next((n for w in piece.split() if w[:1].isupper() and (n := canonical_language(w))), None)
            written = name
            if name in _AS_WRITTEN:
                written = next((v for w in piece.split() if (v := _AS_WRITTEN[name].get(w.casefold()))), name)
            add(name, written)
    return found


_VISA_CUE = re.compile(
    r"\b(?:visa|citizen\w*|cidad[ãa]o?|ciudadan[oa]|citoyenn?e?|green\s*card|permanent\s+resident|work\s+authori\w+|"
    r"immigration|"
    r"J-?1|H-?1B|B-?1\s*/\s*B-?2|B1/B2|EAD|LPR)\b",
    re.IGNORECASE,
)


_LABEL_CELL = re.compile(
    r"^\s*((?:US\s+)?(?:citizenship|nationality|visa(?:\s+status)?))\s*(?:\||\t|\s{3,})\s*(?=\S)", re.IGNORECASE
)
_NATIONALITY = re.compile(r"\b(?:citizenship|nationality)\b", re.IGNORECASE)
_FOR_RESIDENCY = re.compile(
    r"[\s,;(–—-]*\b(?:will|would)\s+(?:need|require)\b[^.;]*?\bfor\s+(?:(?:US|U\.S\.)\s+)?(?:residency|the\s+match)\b.*$",
    re.IGNORECASE,
)
_WIDE_AFTER_LABEL = re.compile(r"(?<=\w):\s{3,}(?=\S)")
_NEED_WORDS = re.compile(
    r"\b(?:will\s+)?(?:need|needs|needed|require|requires|required|requiring|apply|applying|seeking|seek|"
    r"sponsor\w*|eligible\s+for|pending|in\s+process|to\s+be\s+obtained)\b",
    re.IGNORECASE,
)
_NOT_NEEDED = re.compile(r"\b(?:no|not|none|never)\b", re.IGNORECASE)


def visa_of(value: str) -> str | None:
    """The status a visa clause names, held or needed ("J-1 visa required" is j1; "no visa needed" is None)."""
    status = visa_status(value)
    if status is None and _NEED_WORDS.search(value) and not _NOT_NEEDED.search(value):
        status = visa_status(_NEED_WORDS.sub(" ", value))
    return status


def visa(sections: list[Section]) -> str | None:
    """The status the applicant holds, or the visa they will need for a US rotation."""
    for line in _lines(sections, {HEADER, PERSONAL, INTERESTS}):  # "About: U.S. citizen."
        if not _VISA_CUE.search(line) or identity_other_person(line):
            continue
        # "US Permanent Resident · DOB: 1991", "U.S. citizen. Languages: English": two clauses
        line = _LABEL_CELL.sub(r"\1: ", line)  # "Citizenship | Israel": a table's label and value cells
        line = _WIDE_AFTER_LABEL.sub(": ", line)  # "Citizenship:         Pakistan": a form's label and its value
        for clause in re.split(r"[;|•·]|\s{3,}|(?<=[a-z])\.\s+", line):
            if not _VISA_CUE.search(clause) or clause.rstrip().endswith(":"):
                continue  # and a form's label whose value is on the next line ("Citizenship:" / "India")
            value = clause.split(":", 1)[1] if ":" in clause and clause.split(":", 1)[1].strip() else clause
            # "Green card holder (through spouse, US citizen)": an aside may name another person's status
            # "B1/B2 (Visitor) -- will require J-1 for residency": the visa held for the rotation, not the Match's
            held = _FOR_RESIDENCY.sub("", value)
            status = visa_of(without_asides(held)) or visa_of(without_asides(value)) or visa_of(value)
            if status is None and value is not clause:
                status = visa_of(clause)  # "H-1B (employer: X)"
            if status is None and value is not clause and _NATIONALITY.search(clause.split(":", 1)[0]):
                status = visa_status("citizen of " + value)  # "Citizenship: United States"
            if status:
                return status
    return None


def identity_other_person(line: str) -> bool:
    return bool(re.search(r"\b(?:referee|reference|supervisor)\b", line, re.IGNORECASE))


_NUMBERED = re.compile(r"^\s*(?:\[\d+\]|\d{1,3}[.)]|\d{1,3}\s+\|)\s+\S")  # "1. ", "[1] ", a table's "1 | "
# "None", "Nil", "Peer-reviewed publications: none to date", "Ninguna / None", "No peer-reviewed publications yet.",
# "Aucune publication à ce jour", "Nenhuma publicação"
_NONE = re.compile(
    r"^\s*(?:[•\-*·\uf0b7]\s*)?(?:[\w -]{0,40}[:|]\s*)?"  # a label: "Peer-reviewed publications:", "Peer-reviewed |"
    r"(?:none|n/?a|nil|ninguna|nenhuma|aucune|-(?=\s*$)|no\s+(?:peer[- ]reviewed\s+)?publications?)(?:\W|$)",
    re.IGNORECASE,
)


# Posters, abstracts, talks and unpublished manuscripts are not peer-reviewed papers.
_NOT_A_PAPER = re.compile(
    r"\b(?:posters?|abstracts?|oral\s+presentation|presented\s+at|presentation|podium|talks?|conferences?|congress|"
    r"symposi(?:um|a)|annual\s+meeting|scientific\s+meeting|summit|in\s+preparation|submitted|under\s+review|"
    r"manuscript\s+in|pending\s+(?:publication|review)|book\s+chapters?|blog|newsletter|preprint|medrxiv|"
    r"biorxiv|thesis|dissertation|case\s+presentation|e-?poster|grand\s+rounds|exhibit|not\s+peer[- ]reviewed|"
    r"p[óô]ster(?:es|s)?|ponencia|congreso|congresso|congrès|resumen|resumo|en\s+preparaci[oó]n|em\s+prepara[cç][aã]o|"
    r"submetid[oa]|sometid[oa]|em\s+revis[ãa]o|en\s+revisi[oó]n|manuscrito\s+enviado|enviado\s+a|"
    r"(?:not|un)\s*published|cap[ií]tulo\s+de\s+(?:livro|libro)|chapitre|"
    r"letters?\s+to\s+the\s+editor|letter(?=\])|vortrag|kongress\w*|communication\s+(?:orale|affich[ée]e)|comunica[çc][ãa]o\s+(?:oral|livre)|comunicaci[óo]n\s+oral)\b",
    # German: a talk, a congress; French, Portuguese and Spanish: a talk, a poster
    re.IGNORECASE,
)


# A line that opens an item of its own after a numbered list ("Manuscript in preparation: ...").
# A line of other items after the papers: "Posters: …", "(Also: 3 conference abstracts; 1 manuscript …)".
_OWN_ITEM = re.compile(  # capitalised: "presentation of Kikuchi-Fujimoto disease" goes on a wrapped title
    r"^\s*\(?(?i:also:?\s+)?(?=[A-Z\d])(?i:\d+\s+(?:conference\s+)?(?=[a-z]))?"
    r"(?i:manuscripts?|posters?|pósters?|ponencias?|abstracts?|oral|presentations?|submitted|under\s+review|"
    r"in\s+preparation)\b"
)


_RUN_ON_ITEMS = re.compile(r"\s*;\s*(?=(?i:posters?|abstracts?|talks?|presentations?)\s*:)")


def _entries(lines: list[str]) -> list[str]:
    """Publication entries: numbered or bulleted items, else blank-line blocks, else sentence-wrapped lines."""
    lines = [x for x in lines if not (len(x) <= 80 and _NONE.match(x))]
    lines = [part for x in lines for part in _RUN_ON_ITEMS.split(x)]  # "… 2024;47(3):e21. ; posters: ENDO 2024"
    # a rule drawn under the heading ("-----"), moderncv's page number ("1/2")
    lines = [x if any(c.isalnum() for c in x) and not _PAGE_NUMBER.fullmatch(x) else "" for x in lines]
    lines = ["" if BARE_YEAR.fullmatch(x) else x for x in lines]  # a year on its own line heads the paper below
    marks = [i for i, x in enumerate(lines) if x.strip() and (_NUMBERED.match(x) or is_bullet(x) or word_bullet(x))]
    if marks:
        marks = sorted({*marks, *(i for i, x in enumerate(lines) if i > marks[0] and _other_item(lines, i))})
        cut = [*marks, len(lines)]
        return ["\n".join(lines[a:b]) for a, b in itertools.pairwise(cut)]
    blocks = [b.strip("\n") for b in re.split(r"\n\s*\n", "\n".join(lines)) if b.strip()]
    if len(blocks) == 1:
        return _wrapped_papers(blocks[0].split("\n"))
    # A block is a paper, unless it cites more than one journal ("… Cephalalgia Rep. 2020;3:1-7." / "Volkova E, et
    # al. … Front Neurol. 2023;14:1187."): papers set apart, the last two run together; or it is papers each opening
    # with its authors ("… J Stroke Cerebrovasc" / "Dis. 2022." / "Tavakoli N, Rahimi A. … Headache. 2020.").
    return [paper for block in blocks for paper in _block_papers(block)]


def _block_papers(block: str) -> list[str]:
    papers = _wrapped_papers(block.split("\n"))
    authored = len(papers) > 1 and all(_AUTHOR_LEAD.match(x.lstrip()) for x in papers)
    return papers if authored or len(_JOURNAL_CITATION.findall(block)) > 1 else [block]


_PAGE_NUMBER = re.compile(r"\s*\d{1,2}\s*/\s*\d{1,2}\s*|\s*page\s+\d{1,2}(?:\s+of\s+\d{1,2})?\s*", re.IGNORECASE)


def _other_item(lines: list[str], i: int) -> bool:
    """Line ``i`` after a list of papers is an item of its own, not the paper above going on: "Posters: …", or a
    poster or talk under a citation that ended with its year ("… Endocr Pract. 2024." / "ENDO 2023 — poster")."""
    if _OWN_ITEM.match(lines[i]):
        return True
    above = lines[i - 1].rstrip()
    return bool(_NOT_A_PAPER.search(lines[i])) and above.endswith((".", ")", "]")) and bool(_CITED.search(above))


def _wrapped_papers(lines: list[str]) -> list[str]:
    """The papers of lines with no marks: each begins a line, after one that ends the paper before."""
    entries: list[str] = []
    previous = ""
    for line in lines:
        # A paper ends with a full stop; the next begins with a capital or its year ("2024   Mensah AS, et al. …").
        # One ending in its DOI still ends where the next author list begins ("… doi:10.1020/x.2016.654" /
        # "Kim S, Zhang W, …"), unless the list itself wrapped there (the line above ends in a comma).
        # Either only once the paper so far has its year: a journal wrapped to the next line ("… primary PCI. Egypt"
        # / "Heart J. 2022;74:55.", "… in a US cohort." / "Stroke. 2025;56:1201.") is no new paper.
        last = previous.rstrip()
        starts_new = (
            not previous
            or (
                bool(_CITED.search(_YEAR_COLUMN.sub("", entries[-1])))  # its own year, not a column's "2025   Kim S, …"
                and (
                    (last.endswith((".", ")", "]")) and (line.lstrip()[:1].isupper() or bool(_YEAR_COLUMN.match(line))))
                    or (last.endswith((".", ")", "]")) and bool(_NOT_A_PAPER.search(line)))  # "(+ 2 abstracts, …)"
                    or (bool(_AUTHOR_LEAD.match(line.lstrip())) and not last.endswith((",", "&", " and")))
                )
            )
        )
        if starts_new:
            entries.append(line)
        else:
            entries[-1] += "\n" + line
        previous = line
    return entries


_JOURNAL_CITATION = re.compile(r"\b(?:19|20)\d\d\s*;\s*\d+|\bdoi\b", re.IGNORECASE)  # "2023;23:412", "doi:10…"
_CITED = re.compile(r"\b(?:19|20)\d\d\b|\bdoi\b|\bin\s+press\b|\bPMID\b", re.IGNORECASE)  # a paper's year or id
# A Vancouver-style author list's first author: "Kim S,", "Nowak-Wiśniewska K,", "Mensah-Bonsu AS."
_AUTHOR_LEAD = re.compile(r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\s[A-Z]{1,3}[,.]\s")
# A year set apart before a paper ("2024   Mensah AS, …", "2024 Villanueva Reyes JM, …"), not a citation's
# "2023;25(2):261".
_YEAR_COLUMN = re.compile(rf"^\s*(?:19|20)\d\d(?:\s{{2,}}(?=\S)|\s(?={_AUTHOR_LEAD.pattern}))")


# "7 peer-reviewed papers (list available on request)", "PUBLICATIONS (4 peer-reviewed articles)": a count the
# applicant states, whatever few items follow as examples.
_NUMBER_WORDS = {
    w: n
    for n, w in enumerate(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"), 1
    )
}
_STATED = re.compile(
    r"(?<![\d.,/-])(\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")\s+"  # "7 papers", "Five peer-reviewed articles"
    r"(?:(?:peer[- ]reviewed\s+|published\s+|indexed\s+|pubmed[- ]indexed\s+)?"
    r"(?:journal\s+)?(?:papers|publications|articles|manuscripts\s+published)\b"
    r"|peer[- ]reviewed(?=\s*[(:;,]))",  # "3 peer-reviewed (World J Surg 2025; …); 2 posters"
    re.IGNORECASE,
)


_NUMBER_OF_PAPERS = re.compile(
    r"\b(?:number|no\.?)\s+of\s+(?:peer[- ]reviewed\s+)?(?:publications|papers)\s*[:?]+\s*(\d{1,2})\b", re.I
)
_HEADING_COUNT = re.compile(r"\b(?:publications|papers|articles)\s*\((\d{1,2})\)", re.IGNORECASE)


def _stated_count(section: Section) -> int | None:
    """The number of papers the section's heading or first line says there are."""
    first = next((x for x in section.lines if any(c.isalnum() for c in x)), "")  # not a rule under the heading
    if (m := _HEADING_COUNT.search(section.heading)) and not _NOT_A_PAPER.search(section.heading):
        return int(m.group(1))  # "Peer-Reviewed Publications (10)": the list may go on past a page's running header
    for text in (section.heading, first):
        if (m := _STATED.search(text)) is None:
            continue
        clause = re.split(r"[,;(]", text[m.end() :], maxsplit=1)[0]  # "2 papers in preparation" are not papers
        if not _NOT_A_PAPER.search(text[: m.start()]) and not _NOT_A_PAPER.search(clause):
            count = m.group(1).lower()
            return int(count) if count.isdigit() else _NUMBER_WORDS[count]
    return None


def publications(sections: list[Section]) -> int:
    """Peer-reviewed papers in the Publications section(s); 0 when the CV lists none, as ``usce_months`` (a CV
    read is one whose papers are known; only an unreadable file leaves the count null)."""
    total = 0
    if not any(s.kind == PUBLICATIONS for s in sections):
        # a form's answer: "Number of publications: 1 (Pak Heart J 2023) + 2 posters"
        if asked := next((m for s in sections for x in s.lines if (m := _NUMBER_OF_PAPERS.search(x))), None):
            return int(asked.group(1))
        # No such section: the papers cited under "Research" ("Nguyen TMA, Tran VH. … BMC Pediatrics. 2023;23:412."),
        # "Academic Achievements" or "Additional information" (Europass's "Publications" cell beside its list), or a
        # template's "Projects" (Google Docs' Serif résumé)
        return sum(
            1
            for s in sections
            if s.kind in {RESEARCH, EDUCATION, OTHER, INTERESTS}
            for entry in _entries([_PAPERS_CELL.sub("", x) for x in s.lines])
            if _AUTHOR_LEAD.match(_ITEM_LABEL.sub("", strip_bullet(entry)))  # "Case report: Haddad L, Obeidat N. …"
            and _JOURNAL_CITATION.search(entry)
            and not _not_a_paper(_cited_paper(entry))
        )
    for section in (s for s in sections if s.kind == PUBLICATIONS):
        if stated := _stated_count(section):
            total += stated
            continue
        for heading, lines in _sub_lists(section):
            heading_not_papers = bool(_NOT_A_PAPER.search(heading)) and not re.search(
                r"peer|journal|paper|article|publication", heading, re.IGNORECASE
            )  # "Posters & Abstracts" under the papers; not "PUBLICATIONS & PRESENTATIONS"
            for entry in _entries(lines):
                if _not_a_paper(_cited_paper(entry)):
                    continue
                if heading_not_papers and not re.search(r"journal|\bj\.|doi", entry, re.I):
                    continue
                if _LIST_LABEL.fullmatch(strip_bullet(entry)):
                    continue  # "Artigos em revistas com revisão por pares:": the label of the list below
                total += not _label_column_rows(entry)
    return total


_LIST_LABEL = re.compile(r"[^\d:]{3,80}:\s*")
_ITEM_LABEL = re.compile(r"^\s*(?:[A-Z][\w -]{2,28}:|\[\d+\]|\d{1,3}[.)])\s+")  # "Case report: ", "1. ", "[2] "
_CITATION_END = re.compile(r"(?<=\d)\.\s+(?=[A-Z])")  # a citation's last number, then another sentence
_PAPERS_CELL = re.compile(r"^\s*Publications\s+(?=\d{1,3}[.)]\s)")  # Europass's label cell before its list
# Words of a poster or a talk that a cited paper's title may hold ("DKA at presentation", "a conference's cohort").
_TITLE_WORDS = frozenset({"presentation", "conference", "conferences", "congress", "meeting", "summit"})


def _not_a_paper(entry: str) -> bool:
    """A poster, abstract, talk or unpublished manuscript; a journal citation's title words alone ("Atypical
    presentation of lupus nephritis. Cureus. 2022;14(5)") do not make one."""
    cues = {m.group(0).lower() for m in _NOT_A_PAPER.finditer(entry)}
    if not cues:
        return False
    return not (cues <= _TITLE_WORDS and _JOURNAL_CITATION.search(entry))


def _cited_paper(entry: str) -> str:
    """The entry up to its journal citation's end: sentences after it tell of other work ("… Pan Afr Med J.
    2022;41:210. I also presented two posters at SMFM 2025, and one manuscript is under review.")."""
    if (cited := _JOURNAL_CITATION.search(entry)) is None:
        return entry
    return entry[: cited.start()] + _CITATION_END.split(entry[cited.start() :], maxsplit=1)[0]


def _label_column_rows(entry: str) -> bool:
    """Rows of a label column after the papers ("GOAL | Internal Medicine residency" / "LANGUAGES | Vietnamese"), not
    the papers' own ("PUBLICATIONS | Bondarenko K, …")."""
    rows = [x for x in entry.split("\n") if x.strip()]
    return all(
        (m := _LABEL_ROW.match(x)) and (kind := heading_kind(m.group(1))) is not None and kind[0] != PUBLICATIONS
        for x in rows
    )


_SUB_LIST = re.compile(r"\s*[A-Z][A-Za-z &/-]{2,40}:?\s*")  # "Book Chapters", "Posters & Abstracts" on a line alone


def _sub_lists(section: Section) -> list[tuple[str, list[str]]]:
    """The section's lists under its own sub-headings ("Book Chapters" after the papers), each with its heading."""
    parts: list[tuple[str, list[str]]] = [(section.heading, [])]
    for line in section.lines:
        if _SUB_LIST.fullmatch(line) and _NOT_A_PAPER.search(line):
            parts.append((line.strip(), []))
        else:
            parts[-1][1].append(line)
    return parts


_INTEREST_CUE = re.compile(
    r"\b(?:inter[eé]s\w*|intéress\w*|seeking|seek|pursu\w+|applying|apply|residency\s+in|career\s+in|specialty|aspir\w+|"
    r"train(?:ing)?\s+in|join|"
    r"passion\w*|match\s+in(?:to)?|goal|intend\w*|plan\s+to|hope\s+to|consider\w*|looking\s+for|position\s+in|"
    r"aim\w*|preparing\s+for|wish\s+to)\b",
    re.IGNORECASE,
)
_INTEREST_HEADING = re.compile(
    r"\b(?:interest|objective|goal|career|specialt|applied\s+for|aim|focus|desired|preferen|statement|objetivo|objectif|obiettivo|projet|"
    r"posizione|cilj|hedef|ziel|doel|желаем|бажан|цел[ьи]\b)",  # Europass's "POSIZIONE RICOPERTA": the post applied
    # for; Croatian, Turkish, German, Dutch aims; hh.ru's "Желаемая должность" (the desired post)
    re.IGNORECASE,
)  # and Europass's "Desired employment / Occupational field"
# In an objective, the specialty often comes before its cue: "Neurology applicant", "Pediatrics residency".
_OBJECTIVE_CUE = re.compile(
    r"\b(?:applicant|candidate|residency|resident|fellowship|track|residencia|resid[êe]ncia|r[ée]sidence|internat)\b|"
    r"\u2192|->",
    re.IGNORECASE,
)  # and in Spanish, Portuguese, French ("Obtener una posición de residencia en Obstetricia y Ginecología")
_SENTENCE_END = re.compile(r"(?<=[a-z)])\.\s+|;\s*|\.$")
_LEAD = re.compile(r"\s[-–—:]\s|:\s")
# A headline naming the specialty right beside "applicant": "Pediatrics applicant", "Internal Medicine residency
# candidate", "PGY-1 applicant in Internal Medicine". Read in any section but the ones of past work, since
# headlines sit under the name or open a summary; only the words touching the cue count ("Emergency Medicine
# applicant with hands-on experience in EM and IM" pursues Emergency Medicine).
_APPLICANT_BEFORE = re.compile(
    r"((?:[A-Za-z/&-]+\s+){0,3}[A-Za-z/&-]+)\s+(?:residency\s+|fellowship\s+)?(?:applicant|candidate)\b", re.IGNORECASE
)
_APPLICANT_AFTER = re.compile(
    r"\b(?:applicant|candidate)\s+(?:in|for|to)\s+(?:(?:categorical|preliminary|advanced)\s+)?"
    r"((?:[A-Za-z/&-]+\s+){0,3}[A-Za-z/&-]+)",
    re.IGNORECASE,
)


# "Pediatrics-focused graduate", "Neurology-bound graduate": the specialty joined to its cue by a hyphen.
_BOUND = re.compile(r"((?:[A-Za-z&/]+\s+){0,2}[A-Za-z&/]+)-(?:focused|bound|oriented)\b", re.IGNORECASE)
# "Future Paediatrician", "Aspiring Psychiatrist": the specialty the applicant means to practise.
_FUTURE = re.compile(r"\b(?:future|aspiring|prospective|budding)\s+((?:[A-Za-z/&-]+\s+){0,2}[A-Za-z/&-]+)", re.I)
_HEADLINE_CUES = ("pplicant", "andidate", "-focused", "-bound", "-oriented", "uture", "spiring", "rospective", "udding")


def _headline_specialties(sentence: str) -> list[str]:
    """The specialties written right beside "applicant"/"candidate" (or joined to "-bound") in ``sentence``."""
    names: list[str] = []
    for pattern in (_APPLICANT_BEFORE, _APPLICANT_AFTER, _BOUND, _FUTURE):
        for m in pattern.finditer(sentence):
            names += [x for x in usce.find_specialties(m.group(1)) if x not in names]
    return names


def _paragraphs(lines: list[str]) -> list[str]:
    """Wrapped lines joined back into paragraphs (an objective often wraps mid-phrase)."""
    out: list[str] = []
    current: list[str] = []
    for line in [*lines, ""]:
        if not any(c.isalnum() for c in line):
            line = ""  # a rule drawn under the heading ("-----") parts paragraphs as a blank line does
        if line.strip() and not is_bullet(line):
            if current and re.search(r"[a-z]-$", current[-1]):  # "cardio-" / "oncology": one word again
                current[-1] += line.strip()
            else:
                current.append(line.strip())
            continue
        if current:
            out.append(" ".join(current))
            current = []
        if line.strip():
            out.append(line.strip())
    return out


# "INTERESTS | Infectious Disease, Family Medicine", "GOAL   Internal Medicine residency": a label row of a table.
_LABEL_ROW = re.compile(r"^\s*(?:[*•·\-–]\s+)?([A-Za-z][A-Za-z &/]{2,40}?)\s*(?:[:|]|\s{3,})\s*(\S.*)$")  # "* Goal: …"
_LIST_SPLIT = re.compile(r"\s*(?:[,;/|&+→]|->|\band\b|\bor\b)\s*", re.IGNORECASE)


def _only_specialties(sentence: str) -> list[str]:
    """The specialties of a sentence that lists nothing else ("Family Medicine / Geriatrics."), else []."""
    pieces = [p.strip(" .") for p in _LIST_SPLIT.split(sentence) if p.strip(" .")]
    names = [usce.find_specialties(p) for p in pieces]
    found = [n[0] for n in names] if pieces and all(len(n) == 1 for n in names) else []
    return list(dict.fromkeys(found))  # "Pulmonary & Critical Care": one specialty, named twice


_TITLE_PIECES = re.compile(r"\s*(?:[|·•,—–]|\s-\s)\s*")
_NOT_TITLE = re.compile(
    r"@|\b(?:department|dept|hospital|resident|residency|observer|fellow|university|clinic|cent(?:er|re)|"
    r"rotation|externship|service|unit|ward)\b",
    re.IGNORECASE,
)
# A title's pieces that say what the applicant is, not what they pursue: "MD Candidate", "Class of 2026",
# "Medical student (6th year)", "Intern Doctor", "2024".
_STATUS_PIECE = re.compile(
    r"\d|\b(?:student|estudiante|estudante|[ée]tudiant|candidate|class|intern|house\s+officer|graduate|doctor|"
    r"medic|m[ée]dic[oa]|m[ée]decin|lekarz|practitioner|physician|b[aá]c\s+s[iĩ]|"  # "General Practitioner", "Bác sĩ"
    r"final[- ]year|img)\b",
    re.IGNORECASE,
)  # "Médica · Neurologia & Psiquiatria": what she is, then what she pursues
_TITLE_DEGREES = frozenset({"medico cirujano", "medica cirujana", "doctor of medicine", "physician", "img"})


_SPECIALTY_LABEL = re.compile(r"\s*special(?:t|it)(?:y|ies)(?:\s+(?:sought|of\s+interest))?\s*:?\s*", re.IGNORECASE)
_INTERESTS_HEADING = re.compile(r"\binter[eé]s|\bint[ée]r[êe]t|\bsought\b|\bvis[ée]es?\b", re.IGNORECASE)  # and sought
_AIM = re.compile(r"\b(?:residency|fellowship)\b", re.IGNORECASE)
_NOT_AIM = re.compile(r"\d|@|\b(?:hospital|university|college|clinic|cent(?:er|re)|department|program(?:me)?)\b", re.I)


def _aim_specialties(line: str) -> list[str]:
    """The specialties of an aim under the name ("Internal Medicine residency, then Pulmonary & Critical Care
    fellowship."): a line about training sought that names no place (not a post held at a hospital)."""
    if len(line) > 120 or not _AIM.search(line) or _NOT_AIM.search(line):
        return []
    return usce.find_specialties(line)


def _title_specialties(line: str) -> list[str]:
    """The specialties of a title line under the name that names only degrees and specialties ("M.B.Ch.B. —
    Internal Medicine / Nephrology", "MBBS (Khartoum) - Family Medicine", "Anatomic & Clinical Pathology"); each
    cell of a row apart ("Médico Cirujano · Emergency Medicine   San Pedro Garza García, N.L., México")."""
    names: list[str] = []
    for cell in re.split(r"\s{3,}|\t", line.strip()):
        names += [x for x in _title_cell(cell) if x not in names]
    return names


_END_PIECES = re.compile(r"\s+[·•—|]\s+")


def _end_specialties(line: str) -> list[str]:
    """The specialties a title line under the name opens or ends with, beside its degree, school or status
    ("Doctor of Medicine, University of Santo Tomas (2025) · Family Medicine", "Family Medicine & Emergency
    Medicine · US Permanent Resident (Green Card)")."""
    pieces = _END_PIECES.split(line.strip())
    if len(pieces) < 2 or "@" in line:
        return []
    return _only_specialties(pieces[-1]) or _only_specialties(pieces[0])


def _title_cell(line: str) -> list[str]:
    line = _CONTACTS_AFTER.sub("", line)  # "Médica Cirujana — Psychiatry — Santiago, Chile / +56 9 … / …@uc.cl"
    if len(line) > 90 or _NOT_TITLE.search(line):
        return []
    names: list[str] = []
    for piece in _TITLE_PIECES.split(line.strip()):
        bare = without_asides(piece).strip(" .")
        if not bare or identity.is_degree(bare) or fold(bare) in _TITLE_DEGREES or not identity.has_latin(bare):
            continue  # and the name in its own script ("Энхжаргал Доржсүрэн · MD · Obstetrics & Gynecology")
        found = usce.find_specialties(bare) if len(bare.split()) <= 6 else []
        if not found and _STATUS_PIECE.search(piece):
            continue
        if not found:
            return names if names and _PLACE_PIECE.fullmatch(bare) else []  # the title's place after its specialty
        names += [x for x in found if x not in names]
    return names


# The contacts a title line goes on with: a phone or an address in the next piece, and all after it.
_CONTACTS_AFTER = re.compile(r"\s*(?:/|\||·|•|—|–)\s*(?:\+?\d[\d\s().-]{6,}|[\w.+-]+@).*$")
_PLACE_PIECE = re.compile(r"[A-Z][a-zà-ÿ]+(?:[ -][A-Z][a-zà-ÿ]+){0,2}")  # "Santiago", "Chile", "Belo Horizonte"


def _sought(label: str, kind: str) -> bool:
    """A label row says what is sought: a heading's words ("INTERESTS | …", "Goal: …"), or "Specialty:" outside
    the entries of past work (where ERAS writes each rotation's own "Specialty: Cardiology")."""
    if heading_kind(label) is not None:
        return True
    return bool(re.fullmatch(r"\s*specialt(?:y|ies)\s*", label, re.IGNORECASE)) and kind not in _PAST_WORK


_PAST_WORK = frozenset({USCE, RESEARCH, WORK, EDUCATION})


def specialties(sections: list[Section]) -> list[str]:
    """Specialties the applicant says they pursue or are interested in (not every past rotation's)."""
    found: list[str] = []
    # A title under the name: in the header, or in the column the name opens (the header then is empty).
    top = next((x for x in sections[:2] if x.kind in {HEADER, PERSONAL} and not x.heading and x.text.strip()), None)
    if top is not None:
        for line in [x for x in top.lines if x.strip()][:6]:
            names = _title_specialties(line) or _aim_specialties(line) or _end_specialties(line)
            found += [x for x in names if x not in found]
    # The main column's title beside a sidebar that holds the name ("Pediatrics; Infectious Disease" atop it):
    # the first line of a column opened without a heading on page 1, when it lists specialties and nothing else.
    for section in sections:
        if section is top or section.kind != PERSONAL or section.heading or not section.styles:
            continue
        if section.styles[0].page == 1:
            opening = next((x for x in section.lines if x.strip()), "")
            found += [x for x in _only_specialties(opening) if x not in found]
    # "Specialty" alone on a line set like the body (read as no heading: a table's column is named so too), the
    # specialty sought on the next line ("Pathology (AP/CP)")
    for section in sections:
        if section.kind != REFERENCES:
            for i, line in enumerate(section.lines[:-1]):
                if _SPECIALTY_LABEL.fullmatch(line):
                    found += [x for x in _only_specialties(without_asides(section.lines[i + 1])) if x not in found]
    for section in sections:
        if section.kind != REFERENCES:
            for line in section.lines:
                if not ("|" in line or ":" in line or "   " in line) or not _INTEREST_HEADING.search(line, 0, 45):
                    continue  # cheap tests first: most lines are no label row
                row = _LABEL_ROW.match(line)
                if row and _INTEREST_HEADING.search(row.group(1)) and _sought(row.group(1), section.kind):
                    found += [x for x in usce.find_specialties(row.group(2)) if x not in found]
        objective = bool(_INTEREST_HEADING.search(section.heading))  # also "Research Statement & Career Goals"
        if section.kind in {REFERENCES, PUBLICATIONS, EXAMS, USCE, RESEARCH, WORK, EDUCATION} and not objective:
            continue
        # "Interests", "Intereses", "Interesses", "Centres d'intérêt": a list of specialties read whole
        # (and "RESIDENCY INTEREST", which reads as a work heading)
        whole = section.kind in {INTERESTS, WORK} and bool(_INTERESTS_HEADING.search(section.heading))
        for paragraph in _paragraphs(section.lines):
            cued = False  # the sentence before named what is sought: "… position in Internal Medicine; Nephrology."
            for sentence in _SENTENCE_END.split(paragraph):
                match = _INTEREST_CUE.search(sentence)
                names = usce.find_specialties(sentence[match.end() :]) if match else []
                if whole:  # "Internal Medicine, with a long-term interest in Infectious Disease": all of it
                    names = usce.find_specialties(sentence)
                elif (objective or cued or section.kind == INTERESTS) and not names:
                    # "Family Medicine — border health and Spanish-speaking communities": the specialty it opens with
                    names = _only_specialties(sentence) or _only_specialties(_LEAD.split(sentence, maxsplit=1)[0])
                cued = bool(match and names)
                if objective and _OBJECTIVE_CUE.search(sentence):
                    names += [x for x in usce.find_specialties(sentence) if x not in names]
                if any(cue in sentence for cue in _HEADLINE_CUES):  # "IM applicant with an interest in Nephrology"
                    names += [x for x in _headline_specialties(sentence) if x not in names]
                for name in names:
                    if name not in found:
                        found.append(name)
    return found


def extract_profile(text: str | list[TextLine], today: date | None = None, *, stream: str = "") -> dict[str, Any]:
    """The profile read from a CV's text or lines; never raises on odd text, every key always present.

    ``stream``: a PDF's page 1 in content order, a second reading the name is also looked for in."""
    today = today or date.today()
    lines = plain_lines(text or "") if isinstance(text, str) else text
    sections = split_sections(_form_answers(_clean(lines)))
    profile = empty_profile()
    school = edu.education(sections, today)
    entries = usce.usce_entries(sections, today)
    mail = identity.email(sections)
    who = identity.name(sections, mail.value if mail else None, stream=stream[:MAX_TEXT_CHARS])
    if who is not None:
        mail = identity.email(sections, who.value)
    phone = identity.phone(sections, school.medical_school_country, mail.value if mail else None)
    evidence = {
        key: c.evidence() for key, c in (("full_name", who), ("email", mail), ("phone_e164", phone)) if c is not None
    }
    if school.evidence is not None:
        evidence["medical_school"] = school.evidence
    exam_lines = _lines(sections, {EXAMS}, headings=True)
    profile.update(
        full_name=who.value if who else None,
        email=mail.value if mail else None,
        phone_e164=phone.value if phone else None,
        medical_school=school.medical_school,
        medical_school_country=school.medical_school_country,
        graduation_year=school.graduation_year,
        is_student=school.is_student,
        ecfmg_status=exams.ecfmg(exam_lines),
        usce_entries=entries,
        usce_months=usce.usce_months(entries, today),
        specialties=specialties(sections),
        languages=languages(sections),
        visa_status=visa(sections),
        publications=publications(sections),
        evidence=evidence,
    )
    profile.update(exams.usmle_scores(exam_lines))
    return profile
