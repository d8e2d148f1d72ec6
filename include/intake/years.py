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
_MONTH_WORDS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?|spring|summer|fall|autumn|winter"
)
_RANGE = re.compile(
    rf"(?<![0-9])({_Y4})\s*(?:-|/|to|till|until|through|thru)\s*(?:(?:{_MONTH_WORDS})\.?\s*)?({_Y4}|[0-9]{{2}})(?![0-9])",
    re.IGNORECASE,
)
_YEAR4 = re.compile(rf"(?<![0-9])({_Y4})(?![0-9])")
_APOSTROPHE_YY = re.compile(r"(?<![0-9A-Za-z])'\s?([0-9]{2})(?![0-9])")
_WORD_YY = re.compile(
    rf"\b(?:class\s+of|batch(?:\s+of)?|grad(?:uat(?:ed|ing|ion))?(?:\s+in)?|expected|exp|est|estimated|"
    rf"{_MONTH_WORDS})\.?\s*[,:\-/]?\s*'?\s*([0-9]{{2}})(?![0-9])",
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
    """(year, None) when sure; (year, note) when read with a guess; (None, why) when it cannot be read.

    ``text`` is already cleaned; "" is (None, None).
    """
    if not text.strip():
        return None, None
    if len(text) == 4 and text.isascii() and text.isdigit() and text[:2] in {"19", "20"}:  # most rows: "2017"
        year = int(text)
        if EARLIEST <= year <= today.year + YEARS_AHEAD:
            return year, None
    text = _ascii_digits(text).translate(_APOSTROPHES).translate(_HYPHENS).translate(_DASHES)
    text = re.sub(r"(?<=[0-9])\.0+\b", "", text)  # 2017.0 from a spreadsheet number
    year, note = _read(text, today)
    if year is None:
        repaired = _repair(text)
        if repaired != text:
            year, _ = _read(repaired, today)
            note = "a typing slip repaired" if year is not None else note
    if year is None:
        return None, note or "could not read a year"
    if not EARLIEST <= year <= today.year + YEARS_AHEAD:
        return None, f"{year} is outside {EARLIEST}-{today.year + YEARS_AHEAD}"
    if note is None and _UNSURE.search(text):
        note = "written as approximate"
    return year, note


_UNSURE = re.compile(r"\?|~|\b(?:around|approx\w*|about|circa|ca\.|maybe|probably|roughly)", re.IGNORECASE)
_OPEN_END = re.compile(r"(?:-|to|till|until)\s*(?:present|current|now|ongoing|date|today)\b", re.IGNORECASE)
# a year right after one of these belongs to something else ("2019 (internship 2020)", "ECFMG 2010")
_OTHER_EVENT = re.compile(
    r"(?:intern\w*|house\s*job|housemanship|residen\w*|fellow\w*|ecfmg|usmle|step|board\w*|job|work\w*|"
    r"practi\w*|employ\w*|service|abroad)\W+(?:\w+\W+){0,2}$",
    re.IGNORECASE,
)
_PRIMARY_DEGREE = re.compile(r"\b(?:mbbs|mbchb|mbbch|bmbs|mb\s*bs|bds|mbb)\b", re.IGNORECASE)
_POSTGRAD = re.compile(r"\b(?:md|ms|mch|dm|dnb|fcps|mrcp|mrcs|diploma|phd|mph|msc|pg)\b", re.IGNORECASE)


def _repair(text: str) -> str:
    """ "2,017" -> "2017", "2O17" -> "2017": thousands separators and letters typed for digits."""
    text = re.sub(r"\b([12]),([0-9]{3})\b", r"\1\2", text)
    return re.sub(r"\b[12][0-9Oo]{3}\b", lambda m: m.group(0).replace("O", "0").replace("o", "0"), text)


def _years_in_context(text: str) -> tuple[set[int], str | None]:
    """Four-digit years that are the graduation's (not an internship's, an exam's or a postgraduate degree's)."""
    kept: list[tuple[int, str, str]] = []
    for m in _YEAR4.finditer(text):
        before, after = text[: m.start()], text[m.end() :]
        if _OTHER_EVENT.search(before[-40:]):
            continue
        segment_before = re.split(r"[,;(]", before)[-1]
        segment_after = re.split(r"[,;]", after)[0]
        kept.append((int(m.group(1)), segment_before, segment_after))
    years = {y for y, _, _ in kept}
    if len(years) > 1:
        primary = {y for y, b, a in kept if _PRIMARY_DEGREE.search(b) or _PRIMARY_DEGREE.search(a)}
        postgrad = {y for y, b, a in kept if _POSTGRAD.search(b) or _POSTGRAD.search(a)}
        if len(primary) == 1 and years - primary <= postgrad:
            return primary, "two degree years; took the primary medical degree (MBBS) year"
        if not primary and not postgrad:  # "2019 (internship 2020)" handled above; "2015, 2016": first wins?
            return years, None
    return years, None


def _read(text: str, today: date) -> tuple[int | None, str | None]:
    if _OPEN_END.search(text):
        return None, "no end year given (still studying?)"
    ends: set[int] = set()
    note: str | None = None
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
            return None, "the range ends before it starts"
        if "/" in m.group(0) and end == start + 1:
            note = "two years with a slash, read as an academic year ending in the later one"
        ends.add(end)
        rest = rest.replace(m.group(0), " ")
    years, context_note = _years_in_context(rest)
    years |= ends
    if ends and not (years - ends):
        return (max(ends), note) if len(ends) == 1 else (None, "more than one range")
    if len(years) == 1:
        return years.pop(), note or context_note
    if years:
        return None, "more than one year, no way to tell which is the graduation"
    short = {int(y) for y in _APOSTROPHE_YY.findall(text)} | {int(y) for y in _WORD_YY.findall(text)}
    stripped = text.strip()
    m = _MONTH_SLASH_YY.match(stripped)
    if m:
        short.add(int(m.group(1)))
        if int(m.group(1)) <= 12:
            note = "read as month/year; it may be a day and month"
    m = _BARE_YY.match(stripped)
    if m:
        short.add(int(m.group(1)))
    if len(short) == 1:
        return expand_two_digit(short.pop(), today), note
    return None, None
