"""Graduation years as people write them: "2017", "'17", "Class of '17", "May 2017", "expected 2027", "2011–2017".

A lost year is not cosmetic: eligibility rules on years since graduation then fail with "no data", so every
form in common use is read, and a value that cannot be read is always a warning (never a silent blank).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

EARLIEST = 1960  # nobody who graduated before this applies for US clinical experience
YEARS_AHEAD = 8  # a first-year student may name a year this far ahead

_APOSTROPHES = str.maketrans({c: "'" for c in "\u2018\u2019\u02bc\u00b4`\u2032"})
_HYPHENS = str.maketrans({c: "-" for c in "\u2010\u2011\u2212"})
_DASHES = str.maketrans({c: " - " for c in "\u2012\u2013\u2014\u2015"})  # "2011–12" is a range, never a month
_Y4 = r"(?:19|20)[0-9]{2}"
# "2011-2017", "2011 – 17", "2011 to 2017", "from 2011 till 2017": the end of a course is its graduation
_RANGE = re.compile(rf"(?<![0-9])({_Y4})\s*(?:-|/|to|till|until|through|thru)\s*({_Y4}|[0-9]{{2}})(?![0-9])")
_YEAR4 = re.compile(rf"(?<![0-9])({_Y4})(?![0-9])")
_APOSTROPHE_YY = re.compile(r"(?<![0-9A-Za-z])'\s?([0-9]{2})(?![0-9])")
_MONTH_WORDS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?|spring|summer|fall|autumn|winter"
)
_WORD_YY = re.compile(
    rf"\b(?:class\s+of|batch(?:\s+of)?|grad(?:uat(?:ed|ing|ion))?(?:\s+in)?|expected|exp|est|estimated|"
    rf"{_MONTH_WORDS})\.?\s*[,:]?\s*'?\s*([0-9]{{2}})(?![0-9])",
    re.IGNORECASE,
)
_MONTH_SLASH_YY = re.compile(r"^(?:0?[1-9]|1[0-2])\s*[/.\-]\s*([0-9]{2})$")
_BARE_YY = re.compile(r"^([0-9]{2})$")


def _ascii_digits(text: str) -> str:
    """Arabic-Indic, Devanagari and full-width digits read as 0-9."""
    if text.isascii():
        return text
    out = []
    for ch in unicodedata.normalize("NFKC", text):
        d = unicodedata.decimal(ch, None)
        out.append(str(d) if d is not None else ch)
    return "".join(out)


def expand_two_digit(yy: int, today: date) -> int:
    """'17 -> 2017, '95 -> 1995: the latest century that does not put the year beyond the window."""
    year = 2000 + yy
    return year if year <= today.year + YEARS_AHEAD else 1900 + yy


def read_graduation_year(text: str, today: date) -> tuple[int | None, str | None]:
    """(year, None) or (None, why it could not be read). ``text`` is already cleaned; "" is (None, None)."""
    if not text.strip():
        return None, None
    text = _ascii_digits(text).translate(_APOSTROPHES).translate(_HYPHENS).translate(_DASHES)
    text = re.sub(r"(?<=[0-9])\.0+\b", "", text)  # 2017.0 from a spreadsheet number
    year = _read(text, today)
    if year is None:
        return None, "could not read a year"
    if not EARLIEST <= year <= today.year + YEARS_AHEAD:
        return None, f"{year} is outside {EARLIEST}-{today.year + YEARS_AHEAD}"
    return year, None


def _read(text: str, today: date) -> int | None:
    ends: set[int] = set()
    rest = text
    for m in _RANGE.finditer(text):
        start, end_text = int(m.group(1)), m.group(2)
        sep_is_tight = not re.search(r"\s|to|till|until|through|thru", m.group(0))
        if len(end_text) == 2:
            yy = int(end_text)
            if sep_is_tight and 1 <= yy <= 12:
                continue  # "2017-05", "2017/06": a year and a month, not a range
            end = start - start % 100 + yy
            if end < start:
                end += 100
        else:
            end = int(end_text)
        if end < start:
            return None  # "2017-2011": not a course
        ends.add(end)
        rest = rest.replace(m.group(0), " ")
    years = ends | {int(y) for y in _YEAR4.findall(rest)}
    if ends and not (years - ends):
        return max(ends) if len(ends) == 1 else None
    if len(years) == 1:
        return years.pop()
    if years:
        return None  # "2015 or 2016": two different years, no way to tell which one
    short = {int(y) for y in _APOSTROPHE_YY.findall(text)} | {int(y) for y in _WORD_YY.findall(text)}
    stripped = text.strip()
    for pattern in (_MONTH_SLASH_YY, _BARE_YY):
        m = pattern.match(stripped)
        if m:
            short.add(int(m.group(1)))
    if len(short) == 1:
        return expand_two_digit(short.pop(), today)
    return None
