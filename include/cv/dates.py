"""Dates as CVs write them: "2019–2023", "06/2021", "Jun 2021", "June 2021 - Present", "2021.06".

A parsed point is a ``(year, month)`` pair; ``month`` is None when only the year was written, so callers
decide what a bare year means (a graduation year, or a whole-year range for experience).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date

YearMonth = tuple[int, int | None]

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
    # Spanish ("enero 2024 - marzo 2024"): the bilingual CVs of Latin American applicants.
    "ene": 1,
    "abr": 4,
    "ago": 8,
    "set": 9,
    "dic": 12,
    # Portuguese and French ("jan/2026 – fev/2026", "janv. 2025 – févr. 2025").
    "fev": 2,
    "fév": 2,
    "mai": 5,
    "avr": 4,
    "aoû": 8,
    "aou": 8,
    "out": 10,
    "dez": 12,
    "déc": 12,
    # Russian and Ukrainian ("сентябрь – октябрь 2023", "березень–квітень 2025"), by their first three letters
    **{
        m: k
        for k, m in enumerate(("янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"), 1)
    },
    "мая": 5,
    **{
        m: k
        for k, m in enumerate(("січ", "лют", "бер", "кві", "тра", "чер", "лип", "сер", "вер", "жов", "лис", "гру"), 1)
    },
}
_MONTH_EXACT = {"juin": 6, "juil": 7, "juillet": 7}  # French months whose first three letters are shared


def _month(word: str) -> int:
    word = word.lower().rstrip(".")
    return _MONTH_EXACT.get(word) or _MONTHS[word[:3]]


_MONTH_WORD = (
    r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|se(?:p)?tiembre|octubre|noviembre|diciembre|ene|abr|ago|dic|"
    r"janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro|fev|mai|out|dez|set|"
    r"janv(?:ier)?|f[ée]v(?:r(?:ier)?)?|mars|avr(?:il)?|juin|juil(?:let)?|ao[ûu]t|septembre|octobre|novembre|"
    r"d[ée]c(?:embre)?|"
    # Russian and Ukrainian, tried only where a Cyrillic letter stands (every date pattern holds this alternation)
    r"(?=[\u0400-\u04ff])(?:январ[ьяе]|феврал[ьяе]|марта?|апрел[ьяе]|ма[йя]|июн[ьяе]|июл[ьяе]|августа?|сентябр[ьяе]|"
    r"октябр[ьяе]|ноябр[ьяе]|декабр[ьяе]|янв|фев|мар|апр|авг|сент?|окт|ноя|дек|"
    r"січ(?:ень|ня)|лют(?:ий|ого)|берез(?:ень|ня)|квіт(?:ень|ня)|трав(?:ень|ня)|черв(?:ень|ня)|лип(?:ень|ня)|"
    r"серп(?:ень|ня)|верес(?:ень|ня)|жовт(?:ень|ня)|листопада?|груд(?:ень|ня))|"
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_YEAR = r"(?:19[5-9]\d|20\d\d)"
_NOW_WORD = (
    r"(?:actualidad|actual|presente|present|current(?:ly)?|now|ongoing|to\s+date|till\s+date|today|"
    r"atual(?:mente)?|em\s+curso|en\s+cours|in\s+corso|aujourd['’]hui|maintenant|"
    r"(?:(?:hasta|a)\s+)?la\s+fecha|hasta\s+(?:hoy|el\s+presente)|at[ée]\s+(?:o\s+momento|hoje|o\s+presente)|"
    r"obecnie|nadal|devam\s+ediyor|halen|(?:[îi]n\s+)?prezent|oggi|heute|aktuell|laufend|σήμερα|по\s+настоящее\s+время|н\.?\s?в\.?|"
    r"現在|现在|至今|현재)"
)

_ROMAN_NUMERALS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
_ROMAN = {numeral: month for month, numeral in enumerate(_ROMAN_NUMERALS, 1)}
_ROMAN_MONTH = r"(?-i:(?=[IVX]{1,4}\.\d)(?:XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I))"  # capitals only: not "vi. 2024"
# One point in time; the alternation order matters (longest forms first).
_POINT = (
    # "julho de 2026", "15 de março de 2024": Spanish and Portuguese join them with "de"
    rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+|de\s+)?)?{_MONTH_WORD}\s*[,/]?\s*(?:de\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?'?{_YEAR}"
    rf"|{_MONTH_WORD}\s*['’]\d\d(?!\d)"  # Feb '23
    # Jun 2021, June 5, 2021, 5 June 2021
    rf"|\d{{1,2}}[/.-]\d{{1,2}}[/.-]{_YEAR}"  # 06/15/2021
    rf"|(?:0?[1-9]|1[0-2])\s*[/.-]\s*{_YEAR}"  # 06/2021, 6-2021
    rf"|{_YEAR}\s*[/.-]\s*(?:0?[1-9]|1[0-2])(?:[/.-](?:[12]\d|3[01]|0?[1-9]))?(?!\d)"  # 2021.06, 2024/09/02
    rf"|{_ROMAN_MONTH}\.{_YEAR}"  # III.2024: Central European CVs write the month in Roman numerals
    rf"|{_YEAR}\s+{_MONTH_WORD}(?![\w])"  # 2024 Mar (year first, as East Asian CVs write it)
    rf"|{_YEAR})"
)
# "desde marzo hasta mayo 2024"; "2022/07 -- 2022/08" (LaTeX's en dash); "vom … bis …"; an ATS export's "Start Date:
# 08/2024 End Date: Present"
_DASH = r"(?:-+>|=>|-{1,3}|to|until|till|through|thru|hasta|jusqu['’]\s?(?:à|a|au)|até|bis|(?:to|end\s+date):)"
RANGE_RE = re.compile(rf"(?<![\w/.])({_POINT})\s*{_DASH}\s*({_POINT}|{_NOW_WORD})(?![\w])", re.IGNORECASE)
# "June - August 2021": the year is written once, after the second month.
# Days may follow each month: "Feb 24 – Apr 4, 2025", "Jul 8 – Aug 2, 2024"; or one month's days: "Jul 8–26, 2024".
_DAY = r"(?:\s*\d{1,2}(?:st|nd|rd|th)?)"
_SHARED_YEAR_RE = re.compile(
    # and days before the months: "15 Jan – 12 Feb 2024"
    rf"(?<![\w])({_MONTH_WORD}){_DAY}?\s*{_DASH}\s*(?:(?:\d{{1,2}}\s+)?({_MONTH_WORD}){_DAY}?|{_DAY})\s*,?\s*"
    rf"({_YEAR}|['’]\d\d)(?![\w])",
    re.IGNORECASE,
)
# "06/22 - 08/22": months with two-digit years, read only as a range (a lone "06/22" may be a day and month).
_MONTH_NUMBER = r"(0?[1-9]|1[0-2])"
_SHORT_RANGE_RE = re.compile(
    rf"(?<![\w/.]){_MONTH_NUMBER}\s*/\s*(\d\d)\s*{_DASH}\s*(?:{_MONTH_NUMBER}\s*/\s*(\d\d)|({_NOW_WORD}))(?![\w/])",
    re.IGNORECASE,
)
_HALF_SHORT_RE = re.compile(rf"(?<![\w/.]){_MONTH_NUMBER}\s*/\s*({_YEAR})\s*-\s*{_MONTH_NUMBER}\s*/\s*(\d\d)(?![\w/])")
_MDY_SHORT_RE = re.compile(r"(?<![\w/.])(\d{1,2})/(\d{1,2})/(\d\d)\s*-\s*(\d{1,2})/(\d{1,2})/(\d\d)(?![\w/])")
# "2025年7月 – 8月" once its marks are a dot and a space ("2025.7 - 8 "): a range in one year, written once.
_YEAR_ONCE_RE = re.compile(r"(?<![\w.])((?:19|20)\d\d)\.(\d{1,2})\s*-\s*(\d{1,2})(?=\s|$)")
_LENGTH_HINT = re.compile(r"\(\s*\d{1,2}\s*m", re.IGNORECASE)  # a cheap test before the pattern below
_FROM_HINT = re.compile(r"start|from|begin|commenc", re.IGNORECASE)  # and before _LENGTH_FROM_RE
_FOR_MONTHS_RE = re.compile(
    rf"(?<![\w/.])({_MONTH_WORD}\s*{_YEAR})\s*\(\s*(\d{{1,2}})\s*(?:months?|mos?|mois|meses|mesi|monate)\s*\)",
    re.IGNORECASE,
)
# "6 weeks, starting 1 November 2023": a length, then the date it starts (not a rotation going on since then).
_LENGTH_FROM_RE = re.compile(
    rf"(?<![\w.])(\d{{1,2}})\s*(weeks?|wks?|months?|mos?)\b[\s,;(]*(?:starting|from|beginning|commencing)"
    rf"(?:\s+(?:in|on))?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?({_POINT})(?![\w])",
    re.IGNORECASE,
)
# "Summer 2023": a season of a year, its three months (winter straddles two years and is left alone).
# Spanish and Portuguese too ("Verano 2024", "verão de 2023"): a US rotation's season, so the northern one.
# A quarter ("Q1 2025") is three months too.
_SEASONS = {
    "spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "primavera": (3, 5), "verano": (6, 8),
    "verão": (6, 8), "verao": (6, 8), "otoño": (9, 11), "otono": (9, 11), "outono": (9, 11),
    "q1": (1, 3), "q2": (4, 6), "q3": (7, 9), "q4": (10, 12),
}  # fmt: skip
# A table's "From" and "To" cells: two dates at a line's start, apart by a cell's gap.
_CELL_RANGE_RE = re.compile(rf"^[ \t]*({_POINT})[ \t]{{3,}}({_POINT}|{_NOW_WORD})(?=[ \t]{{3,}}|[ \t]*\|)", re.I | re.M)
_DAY = r"(?:\s*\d{1,2}(?:st|nd|rd|th)?)?"  # "July 1": a day after the month's name
_SEASON_MONTHS = re.compile(  # "(June–July)", "(8 weeks, June–July)", "(June)", "(July 1 - August 9)", "(July 2025)"
    rf"\s*\((?:[^(),]{{0,20}},)?\s*({_MONTH_WORD})\.?{_DAY}\s*(?:-\s*({_MONTH_WORD})\.?{_DAY}\s*)?,?\s*(?:{_YEAR}\s*)?\)",
    re.IGNORECASE,
)
_SEASON_RE = re.compile(rf"(?<![\w])({'|'.join(_SEASONS)})\s*(?:of\s+|de\s+)?({_YEAR})(?![\w])", re.IGNORECASE)
POINT_RE = re.compile(rf"(?<![\w/.])({_POINT})(?![\w])", re.IGNORECASE)
NOW_RE = re.compile(rf"(?<![\w]){_NOW_WORD}(?![\w])", re.IGNORECASE)  # "present", "ongoing", "obecnie"
MONTH_RE = re.compile(rf"(?<![\w]){_MONTH_WORD}(?![\w])", re.IGNORECASE)  # a month's name alone
YEAR_RE = re.compile(rf"(?<!\d){_YEAR}(?!\d)")
BARE_YEAR = re.compile(r"\s*(?:19|20)\d\d\s*")  # a line that is a year alone (fullmatch)
# Every Unicode dash (and arrow: "2025-06 → 2025-07") and the tildes East Asian CVs range with ("2024/03～2024/05")
# become "-"; their year and month marks become the dot and space of "2024.3" ("2024年3月", "2023년 3월"). One
# character for one, so spans found in the normalised text hold in the original.
_DATE_MARKS = str.maketrans(
    {**{c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d\u2192\u27f6~\uff5e\u301c"},
     "年": ".", "년": ".", "月": " ", "월": " "}
)  # fmt: skip
_DIGIT = re.compile(r"\d")
# Where a range's first date ends (every date ends in a digit) and its dash begins: a search that starts only
# at digits, run before RANGE_RE, which tries its long first date at every character.
_RANGE_HINGE = re.compile(rf"\d(?:\s+[^\W\d]{{3,9}}\.?)?\s*{_DASH}", re.IGNORECASE)  # "2024 Mar - 2024 Apr" too


def normalize_dashes(text: str) -> str:
    """Every Unicode dash becomes "-", so one pattern reads "2019–2023", "2019 - 2023" and "2024年3月～2024年5月"."""
    return text.translate(_DATE_MARKS)


# parse_point's forms, compiled once (built from f-strings, they were formatted and looked up on every call).
_NAMED_MONTH = re.compile(
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+|de\s+)?)?({_MONTH_WORD})\s*[,/]?\s*(?:de\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?'?({_YEAR})"
)
_MONTH_SHORT_YEAR = re.compile(rf"({_MONTH_WORD})\s*['’](\d\d)")
_DAY_MONTH_YEAR = re.compile(rf"(\d{{1,2}})[/.-](\d{{1,2}})[/.-]({_YEAR})")
_MONTH_YEAR = re.compile(rf"(\d{{1,2}})\s*[/.-]\s*({_YEAR})")
_YEAR_MONTH = re.compile(rf"({_YEAR})\s*[/.-]\s*(\d{{1,2}})")
_YEAR_MONTH_DAY = re.compile(rf"({_YEAR})[/.-](\d{{1,2}})[/.-]\d{{1,2}}")
_ROMAN_YEAR = re.compile(rf"([ivx]{{1,4}})\.({_YEAR})")  # parse_point reads lower case
_YEAR_NAMED = re.compile(rf"({_YEAR})\s+({_MONTH_WORD})")
_YEAR_ONLY = re.compile(_YEAR)
_NOW_ONLY = re.compile(_NOW_WORD, re.IGNORECASE)
_POINT_ONLY = re.compile(_POINT, re.IGNORECASE)


def parse_point(text: str) -> YearMonth | None:
    """``(year, month)`` of one written date; month None for a bare year."""
    s = text.strip().lower().rstrip(".")
    if m := _NAMED_MONTH.fullmatch(s):
        return int(m.group(2)), _month(m.group(1))
    if m := _MONTH_SHORT_YEAR.fullmatch(s):
        return 2000 + int(m.group(2)), _month(m.group(1))
    if m := _DAY_MONTH_YEAR.fullmatch(s):
        first, second = int(m.group(1)), int(m.group(2))
        if "." in s and 1 <= second <= 12:
            first, second = second, first  # dots are Europe's: 05.04.2019 is the 5th of April
        month = first if 1 <= first <= 12 else second  # US order first; 15/06/2021 can only be day-first
        return (int(m.group(3)), month) if 1 <= month <= 12 else (int(m.group(3)), None)
    if m := _MONTH_YEAR.fullmatch(s):
        return int(m.group(2)), int(m.group(1))
    if m := _YEAR_MONTH_DAY.fullmatch(s):
        return int(m.group(1)), int(m.group(2))
    if m := _YEAR_MONTH.fullmatch(s):
        return int(m.group(1)), int(m.group(2))
    if (m := _ROMAN_YEAR.fullmatch(s)) and m.group(1) in _ROMAN:
        return int(m.group(2)), _ROMAN[m.group(1)]
    if m := _YEAR_NAMED.fullmatch(s):
        return int(m.group(1)), _month(m.group(2))
    if _YEAR_ONLY.fullmatch(s):
        return int(s), None
    return None


_NUMERIC_DATE = re.compile(rf"(\d{{1,2}})[/.-](\d{{1,2}})[/.-]({_YEAR})")


def _day_first(*texts: str) -> bool:
    """Numeric dates of one range written day first: one of them only reads that way ("30/05/2024"), or the range
    only runs forward that way."""
    found = [m for t in texts if (m := _NUMERIC_DATE.fullmatch(t.strip()))]
    if not found or not all(1 <= int(m.group(2)) <= 12 for m in found):
        return False
    if any(int(m.group(1)) > 12 for m in found):
        return True
    # "12/02/2024 – 08/03/2024": read month first it would end before it starts (December to August)
    us = [(int(m.group(3)), int(m.group(1))) for m in found]
    return len(us) == 2 and us[0] > us[1]


def _dmy(text: str) -> YearMonth | None:
    m = _NUMERIC_DATE.fullmatch(text.strip())
    return (int(m.group(3)), int(m.group(2))) if m else parse_point(text)


@dataclass(frozen=True)
class DateRange:
    """A written range; ``end`` None with ``ongoing`` True means "Present"."""

    start: YearMonth
    end: YearMonth | None
    ongoing: bool
    span: tuple[int, int]

    def months(self, today: date) -> tuple[tuple[int, int], tuple[int, int]]:
        """First and last calendar month covered; a bare year covers January to December."""
        start = (self.start[0], self.start[1] or 1)
        if self.ongoing or self.end is None:
            end = (today.year, today.month) if self.ongoing else (start[0], self.start[1] or 12)
        else:
            end = (self.end[0], self.end[1] or 12)
        return start, end


_CELL_RANGE = re.compile(
    rf"(?<![\w/.])({_POINT})([ \t]*)\|([ \t]*)(?=(?:{_POINT}|{_NOW_WORD})[ \t]*(?:\||$))", re.IGNORECASE | re.MULTILINE
)  # same length: the spans found stay the text's


def a_to_dash(text: str) -> str:
    """Spanish, Portuguese, French and Italian "to" between dates ("09/2023 a 02/2024", "de marzo a mayo 2024",
    "03/2024 al 05/2024", "12/2025 ad oggi", "03/2025 a   Research fellow" / "08/2025") written as a dash, padded so
    that spans found in the text hold."""
    if not (" a" in text or " à" in text) or not _A_HINGE.search(text):  # the pattern below tries a long date
        return text  # at every character: most text has no "a" between dates
    return _A_CONNECTOR.sub(lambda m: m[1] + m[2] + "-".rjust(len(m[3])), text)


def _between_as_dash(text: str) -> str:
    """ "Between April and June 2024" written as "April - June 2024", padded so that spans found in the text hold."""
    if "etween" not in text:
        return text
    return _BETWEEN.sub(lambda m: " " * 7 + m[1] + m[2] + "-".ljust(3), text)


_BETWEEN = re.compile(rf"\b[Bb]etween(\s+(?:{_POINT}|{_MONTH_WORD}))(\s+)and(?=\s)", re.IGNORECASE)
_A_HINGE = re.compile(  # after a date's digits, or before a month and its year ("marzo a mayo 2024")
    r"\d[ \t]+(?:a|ad|al|à|au)(?:[ \t]|$)|(?<!\w)(?:a|al|à|au)[ \t]+[^\W\d]{3,10}\.?[ \t]+(?:19|20)\d\d", re.MULTILINE
)
_A_CONNECTOR = re.compile(
    rf"(?<![\w/.])({_POINT}|{_MONTH_WORD})([ \t]+)(a|ad|al|à|au)"
    rf"(?=[ \t]+(?:{_POINT}|{_MONTH_WORD}|{_NOW_WORD})|[ \t]{{2}}|[ \t]*$)",  # a date after it, a column gap, the end
    re.IGNORECASE | re.MULTILINE,
)


def find_ranges(text: str) -> list[DateRange]:
    """Every date range in ``text``, left to right; "Jun 2021 - Aug 2021" and "2019-2023" alike."""
    if not _DIGIT.search(text):
        return []  # every form below has a digit; most lines of a CV have none
    text = _between_as_dash(a_to_dash(normalize_dashes(text)))
    if "|" in text:  # a table's From and To cells: "Aug 2023 | Jul 2024 | Rochester, MN"
        text = _CELL_RANGE.sub(r"\1\2-\3", text)
    found: list[DateRange] = []
    for m in RANGE_RE.finditer(text) if _RANGE_HINGE.search(text) else ():
        start = parse_point(m.group(1))
        if start is None:
            continue
        end_text = m.group(2)
        if _NOW_ONLY.fullmatch(end_text.strip()):
            found.append(DateRange(start, None, True, m.span()))
            continue
        end = parse_point(end_text)
        if _day_first(m.group(1), end_text):  # "01/03/2024 - 30/05/2024": March to May, not January to May
            start, end = _dmy(m.group(1)), _dmy(end_text)
        if end is None or end[0] < start[0] or end[0] - start[0] > 15:
            continue
        if end[1] is None and start[1] is not None and end[0] == start[0]:
            end = (end[0], start[1])
        found.append(DateRange(start, end, False, m.span()))
    for m in _SHORT_RANGE_RE.finditer(text) if "/" in text else ():
        start = (2000 + int(m.group(2)), int(m.group(1)))
        if m.group(5):
            found.append(DateRange(start, None, True, m.span()))
        elif (end := (2000 + int(m.group(4)), int(m.group(3)))) >= start:
            found.append(DateRange(start, end, False, m.span()))
    for m in _MDY_SHORT_RE.finditer(text) if "/" in text else ():  # "7/8/24–8/2/24": days with two-digit years
        first, second = (int(m.group(1)), int(m.group(4))), (int(m.group(2)), int(m.group(5)))
        months = second if max(first) > 12 and max(second) <= 12 else first  # US order unless only day-first reads
        start, end = (2000 + int(m.group(3)), months[0]), (2000 + int(m.group(6)), months[1])
        if max(months) <= 12 and start <= end and not any(r.span[0] <= m.start() < r.span[1] for r in found):
            found.append(DateRange(start, end, False, m.span()))
    for m in _YEAR_ONCE_RE.finditer(text) if "." in text else ():  # "2025年7月 – 8月": the year written once
        first, last = int(m.group(2)), int(m.group(3))
        if 1 <= first < last <= 12 and not any(r.span[0] <= m.start() < r.span[1] for r in found):
            found.append(DateRange((int(m.group(1)), first), (int(m.group(1)), last), False, m.span()))
    for m in _HALF_SHORT_RE.finditer(text) if "/" in text else ():  # "01/2023-03/23" in a narrow column
        start, end = (int(m.group(2)), int(m.group(1))), (2000 + int(m.group(4)), int(m.group(3)))
        if end >= start and not any(r.span[0] <= m.start() < r.span[1] for r in found):
            found.append(DateRange(start, end, False, m.span()))
    for m in _FOR_MONTHS_RE.finditer(text) if _LENGTH_HINT.search(text) else ():  # "juil. 2024 (3 mois)"
        if any(r.span[0] <= m.start() < r.span[1] for r in found):
            continue  # "October 2024 - December 2024 (3 months)": the length of a range written whole
        start = parse_point(m.group(1))
        if start is not None and start[1] is not None and 1 <= (n := int(m.group(2))) <= 24:
            found.append(_lasting(start, n, m.span()))
    for m in _LENGTH_FROM_RE.finditer(text) if _FROM_HINT.search(text) else ():
        start = parse_point(m.group(3))
        n = int(m.group(1))
        months = math.ceil(n * 7 / 30.44) if m.group(2)[0] in "wW" else n  # 6 weeks from June 1st end in July
        if start is not None and start[1] is not None and 1 <= months <= 24:
            found.append(_lasting(start, months, m.span()))
    for m in _CELL_RANGE_RE.finditer(text) if "   " in text else ():  # "04/2024   06/2024   Observership …"
        start = parse_point(m.group(1))
        if start is None or start[1] is None or any(r.span[0] <= m.start() < r.span[1] for r in found):
            continue
        if NOW_RE.fullmatch(m.group(2)):
            found.append(DateRange(start, None, True, m.span()))
            continue
        end = parse_point(m.group(2))
        if _day_first(m.group(1), m.group(2)):  # "01/07/2024   31/08/2024": July to August, as a dashed range
            start, end = _dmy(m.group(1)), _dmy(m.group(2))
        if start is not None and end is not None and end[1] is not None and start <= end:
            found.append(DateRange(start, end, False, m.span()))
    seasons = []
    for m in _SEASON_RE.finditer(text):
        first, last = _SEASONS[m.group(1).lower()]
        end = m.end()
        if named := _SEASON_MONTHS.match(text, end):  # "Summer 2024 (June–July)": the months it names
            first, last, end = _month(named[1]), _month(named[2] or named[1]), named.end()
        if first <= last:
            seasons.append(DateRange((int(m.group(2)), first), (int(m.group(2)), last), False, (m.start(), end)))
    for m in _SHARED_YEAR_RE.finditer(text):
        if any(r.span[0] <= m.start() < r.span[1] or m.start() <= r.span[0] < m.end() for r in found):
            continue
        year = int(m.group(3)) if m.group(3)[0].isdigit() else 2000 + int(m.group(3)[1:])  # "Jan-Mar '25"
        first = _month(m.group(1))
        last = _month(m.group(2)) if m.group(2) else first  # "Jul 8–26, 2024": one month's days
        start_year = year - 1 if first > last else year  # "Nov - Feb 2022" starts the year before
        found.append(DateRange((start_year, first), (year, last), False, m.span()))
    # "Summer 2023 (June - July 2023)": a range in brackets after the season says which months
    found += [s for s in seasons if not any(s.span[0] <= r.span[0] <= s.span[1] + 3 for r in found)]
    return sorted(found, key=lambda r: r.span)


def _lasting(start: tuple[int, int], months: int, span: tuple[int, int]) -> DateRange:
    """The range of ``months`` calendar months from ``start`` ("juil. 2024 (3 mois)": July to September)."""
    last = start[0] * 12 + start[1] - 1 + months - 1
    return DateRange(start, (last // 12, last % 12 + 1), False, span)


def find_points(text: str) -> list[tuple[YearMonth, tuple[int, int]]]:
    """Every single date in ``text`` with its span (ranges yield both ends)."""
    if not _DIGIT.search(text):
        return []
    text = normalize_dashes(text)
    out = []
    for m in POINT_RE.finditer(text):
        point = parse_point(m.group(1))
        if point is not None:
            out.append((point, m.span()))
    for m in _CELL_MONTH.finditer(text):  # "… | Houston, TX | 09/24 (4 weeks)": a table's date cell, month and year
        out.append(((2000 + int(m.group(2)), int(m.group(1))), m.span()))
    return sorted(out, key=lambda found: found[1])


# A month and a two-digit year alone in a cell ("| 01/25") or a line's last field ("Cards obs., MGH, Boston, 4/23"),
# never a fraction or a score: a two-digit month in a cell, a year from 2010 (2015 after a comma: "pain, 7/10") to
# 2029, and the cell's end (a bar, an aside in brackets, the line's end) after it.
_CELL_MONTH = re.compile(
    r"(?:(?:^|\|)\s*(?=\d\d/)|,\s*(?=\d{1,2}/(?:1[5-9]|2\d)))(0?[1-9]|1[0-2])/(1\d|2\d)(?=\s*(?:\(|\||$))", re.MULTILINE
)


def runs_on(text: str, span: tuple[int, int]) -> bool:
    """The single date at ``span`` of ``text`` starts something still going on ("since October 2026", "May
    2025, ongoing"): it reads as a range to this month, not as one month."""
    text = normalize_dashes(text)
    return bool(_SINCE.search(text, 0, span[0]) or _ONGOING_AFTER.match(text, span[1]))


_SINCE = re.compile(r"\b(?:since|starting(?:\s+in)?|desde|depuis|seit)\s+$", re.IGNORECASE)
_ONGOING_AFTER = re.compile(rf"[\s,;(]*(?:-\s*)?{_NOW_WORD}\b", re.IGNORECASE)


def month_set(start: tuple[int, int], end: tuple[int, int]) -> set[tuple[int, int]]:
    """Calendar months from ``start`` to ``end`` inclusive (empty when reversed)."""
    first = start[0] * 12 + start[1] - 1
    last = end[0] * 12 + end[1] - 1
    if last < first or last - first > 240:
        return set()
    return {(i // 12, i % 12 + 1) for i in range(first, last + 1)}


def ym(value: tuple[int, int]) -> str:
    """``"YYYY-MM"``."""
    return f"{value[0]:04d}-{value[1]:02d}"


_WRAPPED_END = re.compile(rf"({_POINT})\s*(?:-|to)\s*\n([^\n]*?)\s*({_POINT}|{_NOW_WORD})\s*(?=\n|$)", re.IGNORECASE)
_WRAPPED_YEAR = re.compile(
    rf"({_POINT})\s*(?:-|to)\s*({_MONTH_WORD})\s*\n([^\n]*?)\s*({_YEAR})[).\]]?\s*(?=\n|$)", re.IGNORECASE
)


_WRAPPED_MONTH = re.compile(rf"\(\s*({_MONTH_WORD})\s*\n[ \t]*({_YEAR})\s*\)", re.IGNORECASE)
_DASHED_MONTH = re.compile(rf"(\s-)[ \t]*({_MONTH_WORD})[ \t]*\n[ \t]*({_YEAR})(?![\w/.-])([^\n]*)", re.IGNORECASE)
_WRAPPED_SHARED_YEAR = re.compile(  # the year may end the next line, after a table's other cells
    rf"(?<![\w])({_MONTH_WORD})\s*-\s*({_MONTH_WORD})[ \t]*\n([^\n]*?)[ \t]*({_YEAR})[ \t]*(?=\n|$)", re.IGNORECASE
)
_COLUMN_SHARED_YEAR = re.compile(
    rf"^([ \t]*)({_MONTH_WORD})[ \t]*-[ \t]*({_MONTH_WORD})([ \t]{{2,}}[^\n]*)\n[ \t]*({_YEAR})[ \t]{{2,}}(?=\S)",
    re.IGNORECASE | re.MULTILINE,
)
_WRAPPED_START = re.compile(
    rf"^([ \t]*)({_POINT})[ \t]*(?:-|to)[ \t]+(?!{_POINT}|{_NOW_WORD})([^\n]*)\n[ \t]*({_POINT}|{_NOW_WORD})(?=[ \t]|$)"
    rf"(?![ \t]*(?:-|to)[ \t]*(?:{_POINT}|{_NOW_WORD}))",  # the next line's own range is no wrapped end
    re.IGNORECASE | re.MULTILINE,
)


# A margin column that cut a range's end across two lines, the rest beginning the next line: "2025-02 - 2025-" /
# "03   Clinic", "June 2025 - July Neurology" / "2025   Observed", "August 2025 - Oc" / "tober 2025   FL".
_CUT_END = re.compile(
    rf"({_POINT})[ \t]*-[ \t]*([A-Za-z]{{1,9}}\.?|{_YEAR}-|)([ \t][^\n]*)?\n([ \t]*)"
    rf"([A-Za-z]{{1,9}}\.?[ \t]+{_YEAR}|{_YEAR}|\d{{1,2}})(?=[ \t]|$)"
    rf"(?![ \t]*(?:-|to)[ \t]*(?:{_POINT}|{_NOW_WORD}))",  # the next line's own range is no wrapped end
    re.IGNORECASE | re.MULTILINE,
)


# "Feb-Mar 2024 -", "June - July 2025 -": the date is a range's end already (not "Observership - 03/2024 -")
_RANGE_BEFORE = re.compile(rf"(?:\w-|\bto[ \t]+|\b{_MONTH_WORD}\.?[ \t]+-[ \t]+)\Z", re.IGNORECASE)


def _cut_end(m: re.Match[str], keep_lines: bool = False) -> str:
    cut, head = m.group(2), m.group(5)
    if POINT_RE.match((m.group(3) or "").strip()) or _RANGE_BEFORE.search(m.string, 0, m.start()):
        # the first line has its end already ("2019 - 2021 Title" / "2020 detail", "Feb-Mar 2024 - Title" / "April
        # 2024 - Observership")
        return m.group(0)
    tries = (cut + head, f"{cut} {head}") if cut.endswith("-") else (f"{cut} {head}".strip(), cut + head)
    end = next((e for e in tries if _POINT_ONLY.fullmatch(e)), None)
    start, whole = parse_point(m.group(1)), parse_point(end) if end else None
    if start is None or whole is None or (whole[0], whole[1] or 12) < (start[0], start[1] or 1):
        return m.group(0)
    if _rest_blank(m):
        return m.group(0) if keep_lines else f"{m.group(1)} - {end}{m.group(3) or ''}"
    return f"{m.group(1)} - {end}{m.group(3) or ''}\n{m.group(4)}"


def _wrapped_start(m: re.Match[str], keep_lines: bool = False) -> str:
    # The end alone on its line ("July 2025 -   Sub-Internship" / "August 2025"): its line goes with it, leaving
    # no blank line that would cut the entry in two (so too in _cut_end); where lines must map one to one, the
    # range stays as written.
    joined = f"{m.group(1)}{m.group(2)} - {m.group(4)} {m.group(3)}"
    if _rest_blank(m):
        return m.group(0) if keep_lines else joined
    return joined + "\n"


def _rest_blank(m: re.Match[str]) -> bool:
    """Nothing follows the match on its line: the wrapped end was alone there."""
    return not m.string[m.end() :].split("\n", 1)[0].strip()


# What each pattern above needs where its first date ends (a date always ends in a digit): a search that starts
# only at digits, so the patterns themselves, which try their long first date at every character, run only on
# the few sections that have a range wrapped at all.
_CUT_END_HINGE = re.compile(
    rf"\d[ \t]*-[^\n]*\n[ \t]*(?:[A-Za-z]{{1,9}}\.?[ \t]+{_YEAR}|{_YEAR}|\d{{1,2}})(?=[ \t]|$)",
    re.IGNORECASE | re.MULTILINE,
)
_WRAPPED_YEAR_HINGE = re.compile(rf"\d\s*(?:-|to)\s*{_MONTH_WORD}\s*\n", re.IGNORECASE)
_WRAPPED_END_HINGE = re.compile(r"\d\s*(?:-|to)\s*\n", re.IGNORECASE)


def join_wrapped_ranges(text: str, *, keep_lines: bool = False) -> str:
    """A date range wrapped in a narrow column ("Mar 2023 -" / "... May 2023", "Apr 2023 - Jun" / "... 2023",
    "02.2018 - Title" / "03.2018 detail") written whole again on the first line. ``keep_lines``: only where the
    end's line keeps other text, so the lines still map one to one."""
    text = normalize_dashes(text)
    text = a_to_dash(text)
    if _GLUED_MONTH_HINGE.search(text):  # "Internal MedicineNov 2024 – Jan 2025": a tab stop lost, no space left
        text = _GLUED_MONTH.sub(" ", text)
    if "\n" not in text:
        return text
    if _CUT_END_HINGE.search(text):
        text = _CUT_END.sub(lambda m: _cut_end(m, keep_lines), text)
    if _WRAPPED_YEAR_HINGE.search(text):
        text = _WRAPPED_YEAR.sub(
            lambda m: _kept(m, f"{m.group(1)} - {m.group(2)} {m.group(4)}", m.group(3), keep_lines), text
        )
    if not keep_lines and "(" in text:  # "… Chicago, IL (June" / "2024)": one month's date wrapped in its bracket
        text = _WRAPPED_MONTH.sub(lambda m: f"({m.group(1)} {m.group(2)})", text)
    if not keep_lines:  # "… London, United Kingdom - Mar" / "2022 (4 weeks)": the month's year wrapped
        text = _DASHED_MONTH.sub(_dashed_month, text)
        # "Research Fellow, Department of Radiology Mar" / "2023 – present": a range's start wrapped after its month
        text = _WRAPPED_START_MONTH.sub(r" \1 \2", text)
        # ERAS's labelled fields: "Start Date: 06/2024" / "End Date: 07/2024" written as one range
        if _START_END_HINGE.search(text):
            text = _START_END_FIELDS.sub(r"\1\2 - \3", text)
        # "… Houston, TX — 4" / "weeks, starting 1 June 2026": a length wrapped after its number, taken down whole
        if "eek" in text or "onth" in text:
            text = _WRAPPED_LENGTH.sub(r"\n\1 \2", text)
        # "… Houston, TX May" / "2026": one month's year alone on the next line (a capital month: not "may")
        if _YEAR_LINE.search(text):
            text = _WRAPPED_POINT.sub(lambda m: f" {m[1]} {m[2]}" if m[1][0].isupper() else m[0], text)
    if not keep_lines:  # "… Columbus, Ohio. March–May" / "2025": two months sharing the year of the next line
        text = _WRAPPED_SHARED_YEAR.sub(lambda m: f"{m.group(1)} - {m.group(2)} {m.group(4)}\n{m.group(3)}", text)
    # A margin column: "02.2018 - Observership ..." over "03.2018 Observed ...".
    text = _WRAPPED_START.sub(lambda m: _wrapped_start(m, keep_lines), text)
    # A margin column's two months over their year: "May – June   Observership, …" / "2018   Perioperative …".
    text = _COLUMN_SHARED_YEAR.sub(r"\1\2 \5 - \3 \5\4\n\1", text)
    if not _WRAPPED_END_HINGE.search(text):
        return text
    return _WRAPPED_END.sub(lambda m: _kept(m, f"{m.group(1)} - {m.group(3)}", m.group(2), keep_lines), text)


_WRAPPED_LENGTH = re.compile(r"[ \t]+(\d{1,2})[ \t]*\n[ \t]*(weeks?|months?)(?=[\s,;(])", re.IGNORECASE)
_WRAPPED_START_MONTH = re.compile(
    rf"[ \t]({_MONTH_WORD})[ \t]*\n[ \t]*({_YEAR})(?=[ \t]*(?:-|to)[ \t]*(?:{_POINT}|{_NOW_WORD}))", re.IGNORECASE
)
# Cheap tests first (join_wrapped_ranges runs on every section): the patterns below try a long date at every character.
_START_END_HINGE = re.compile(r"\b(?:end|to)\s+date\b", re.IGNORECASE)
_YEAR_LINE = re.compile(rf"\n[ \t]*{_YEAR}[ \t]*(?:\n|$)")

_START_END_FIELDS = re.compile(
    rf"((?:start|from)\s+date\s*:\s*)({_POINT})[ \t]*\n[ \t]*(?:end|to)\s+date\s*:\s*({_POINT}|{_NOW_WORD})",
    re.IGNORECASE,
)
_WRAPPED_POINT = re.compile(rf"[ \t]({_MONTH_WORD})\.?[ \t]*\n[ \t]*({_YEAR})[ \t]*(?=\n|$)", re.IGNORECASE)
_GLUED_MONTH_HINGE = re.compile(r"(?:[a-z]|, [A-Z]{2})(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
_GLUED_MONTH = re.compile(  # after a word, or a state's code ("Cleveland, OHJul 2026")
    r"(?:(?<=[a-z])|(?<=, [A-Z]{2}))(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:19|20)\d\d\b)"
)


def _dashed_month(m: re.Match[str]) -> str:
    """The month with its year; the rest of the year's line after it stays on it when it ends the range
    ("Aug" / "2025 - ongoing"), else on a line of its own ("Mar" / "2022 (4 weeks)")."""
    rest = m[4].strip()
    joined = f"{m[1]} {m[2]} {m[3]}"
    return f"{joined} {rest}" if re.match(r"(?:-|to\b)", rest) else f"{joined}\n{rest}" if rest else joined


def _kept(m: re.Match[str], joined: str, rest: str, keep_lines: bool) -> str:
    """The range written whole over the rest of the end's line; as written where lines must map one to one and
    nothing else was on the end's line (it would be left blank, cutting the entry)."""
    if not rest.strip():  # the end was alone on its line: that line goes with it (no blank line left by it)
        whole = m.group(0)
        return whole if keep_lines else joined + whole[len(whole.rstrip()) :]  # blank lines after it stay
    return f"{joined}\n{rest}"
