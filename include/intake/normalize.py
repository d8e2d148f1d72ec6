"""Turn one application row (canonical field -> text) into applicants-table values plus warnings.

The rule ops agreed on: a row is rejected only when there is no usable email or no name, because
those are what we need to reach a person; every other field that cannot be read becomes empty with a
warning so staff can fix it later. Warnings are shown in the ops UI, so they never quote the email
or phone, and quote other input only when it is short and cannot be contact data.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from include import vocab
from include.intake.names import ParsedName, parse_name
from include.intake.years import read_graduation_year
from include.timeutil import zone

CANONICAL_FIELDS: tuple[str, ...] = (
    "submitted_at",
    "full_name",
    "given_name",  # optional: a separate "first/given name" field, kept as written for the greeting
    "email",
    "phone",
    "medical_school",
    "medical_school_country",
    "graduation_year",
    "ecfmg_status",
    "usmle_step1",
    "usmle_step2ck",
    "specialties",
    "preferred_states",
    "preferred_start",
    "rotation_types",
    "visa_status",
    "cv_url",
    "target_match_year",  # optional form fields for matching (the applicant's plan)
    "rotation_blocks",
)

VALUE_KEYS: tuple[str, ...] = (
    "full_name",
    "name_title",
    "name_credentials",
    "given_name",
    "email",
    "phone_e164",
    "phone_raw",
    "medical_school",
    "country",
    "timezone",
    "graduation_year",
    "ecfmg_status",
    "usmle_step1",
    "usmle_step2ck",
    "specialties",
    "preferred_states",
    "preferred_start",
    "rotation_types",
    "visa_status",
    "is_student",
    "cv_url",
    "submitted_at",
    "target_match_year",
    "rotation_blocks",
    "preferred_region",
    "step2ck_expected",
    "step2ck_exam_month",
)

# Column widths in include/store/tables.py; longer text is cut rather than failing the insert.
_MAX_NAME = 200
_MAX_TITLE = 40
_MAX_CREDENTIALS = 200
_MAX_SCHOOL = 300
_MAX_PHONE_RAW = 64

_ASCII_CONTROLS = re.compile(r"[\x00-\x1f\x7f]")
_KEEP_FORMAT_CHARS = frozenset({"\u200c", "\u200d"})  # ZWNJ/ZWJ shape Indic and Persian names
_PLACEHOLDER_NAMES = frozenset({"n/a", "n.a.", "none", "null", "nil", "unknown", "name", "full name", "-"})
_EMPTY_MARKERS = frozenset({"n a", "na", "none", "nil", "null", "not applicable", "not taken", "not yet", "no", "-"})
_NOT_YET = re.compile(
    r"expect|schedul|pending|await|plan|tentativ|target|\bwill\b|upcoming|predict|estimat|\best\b|"
    r"practice|nbme|uwsa|\bnot\s+(?:yet|taken)\b|\bto be\b|\btbd\b|\bbooked\b|\bgoal\b"
)


@dataclass(frozen=True)
class Normalized:
    """Applicants-table values for one row, what could not be read, and why the row is rejected (if it is)."""

    values: dict[str, Any]
    warnings: list[str]
    reject_reason: str | None


# ------------------------------------------------------------------------------------------------- text


def _as_text(value: object) -> str:
    """Sheets give strings, XLSX gives numbers and datetimes; everything becomes text here."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def clean_text(value: object) -> str:
    """NFC text on one line: control characters and line breaks become spaces, whitespace collapsed."""
    text = _as_text(value)
    if text.isascii() and text.isprintable() and "  " not in text and text == text.strip():
        return text
    if text.isascii():
        return " ".join(_ASCII_CONTROLS.sub(" ", text).split())
    text = unicodedata.normalize("NFC", text)
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if cat in {"Cc", "Zl", "Zp"} or (cat == "Cf" and ch not in _KEEP_FORMAT_CHARS):
            out.append(" ")
        elif cat == "Cs":  # lone surrogates cannot be stored or encoded
            continue
        else:
            out.append(ch)
    return " ".join("".join(out).split())


def _echo(text: str) -> str:
    """Input quoted in a warning only when it is short and cannot be an email or phone number."""
    if len(text) <= 40 and "@" not in text and not re.search(r"\d", text):
        return f"'{text}'"
    return "an item"


def _cut(text: str, limit: int, field: str, warnings: list[str]) -> str:
    if len(text) > limit:
        warnings.append(f"{field}: longer than {limit} characters, shortened")
        return text[:limit].rstrip()
    return text


# ------------------------------------------------------------------------------------------- identity


def normalize_name(value: object, warnings: list[str]) -> str | None:
    """Trimmed, single-line, NFC name without title, credentials or emoji; None when there is no letter
    in it or it is a placeholder."""
    parsed = parse_full_name(value, warnings)
    return None if parsed is None else parsed.full_name


def parse_full_name(value: object, warnings: list[str]) -> ParsedName | None:
    """The name with its title ("Dr.") and credentials ("MBBS, MD") split off (include.intake.names)."""
    text = clean_text(value)
    if not any(c.isalpha() for c in text) or text.casefold() in _PLACEHOLDER_NAMES:
        return None
    parsed = parse_name(text)
    if parsed is None or parsed.full_name.casefold() in _PLACEHOLDER_NAMES:
        return None
    warnings.extend(f"full_name: {note}" for note in parsed.notes)
    return ParsedName(
        _cut(parsed.full_name, _MAX_NAME, "full_name", warnings),
        parsed.title and parsed.title[:_MAX_TITLE],
        parsed.credentials and parsed.credentials[:_MAX_CREDENTIALS],
    )


_DIGIT = re.compile(r"\d")
_PLAIN_PHONE = re.compile(r"[0-9+()\-. ]*")
_EMAIL_LIKE = re.compile(r"[^\s<>(),;:\"'\[\]]+@[^\s<>(),;:\"'\[\]]+")


# A plain ASCII dot-atom local part: a strict subset of what email-validator accepts, so for these only
# the domain needs its check, and domains repeat (gmail.com), so that check is cached.
_PLAIN_EMAIL = re.compile(r"([A-Za-z0-9_%+\-]+(?:\.[A-Za-z0-9_%+\-]+)*)@([A-Za-z0-9.\-]+)")


def _valid_email(text: str) -> str | None:
    plain = _PLAIN_EMAIL.fullmatch(text)
    if plain and len(plain.group(1)) <= 64 and len(text) <= 254:
        domain = _valid_domain(plain.group(2).lower())
        return None if domain is None else f"{plain.group(1).lower()}@{domain}"
    return _validated(text)


@lru_cache(maxsize=4096)
def _valid_domain(domain: str) -> str | None:
    email = _validated(f"a@{domain}")
    return None if email is None else email.partition("@")[2]


def _validated(text: str) -> str | None:
    try:
        return validate_email(text, check_deliverability=False).normalized.lower()
    except (EmailNotValidError, ValueError, TypeError, UnicodeError):
        return None


_MAILTO = re.compile(r"^mailto:", re.IGNORECASE)
_BRACKETED = re.compile(r".*<([^<>]+)>\s*")


def normalize_email(value: object, warnings: list[str]) -> tuple[str | None, str | None]:
    """(normalized email, reject reason). A cell holding several addresses keeps the first valid one."""
    text = clean_text(value)
    text = _MAILTO.sub("", text).strip()
    if not text:
        return None, "missing email"
    bracketed = _BRACKETED.fullmatch(text)
    if bracketed:
        text = bracketed.group(1).strip()
    email = _valid_email(text)
    if email:
        return deliverable_email(email)
    for candidate in _EMAIL_LIKE.findall(text):
        email = _valid_email(candidate.strip(".,;"))
        if email:
            warnings.append("email: the cell held more than an address; used the first valid one")
            return deliverable_email(email)
    return None, "invalid email address"


NON_ASCII_LOCAL = "email has accented or non-Latin letters before the @ (our mail service cannot send to it)"
LOOKALIKE_DOMAIN = "email domain mixes alphabets, a look-alike of another domain"
# Scripts whose letters pass for Latin ones ("а" U+0430, "ο" U+03BF): a domain mixing them with Latin is a
# look-alike; CJK, Arabic or Devanagari labels under a Latin TLD are real domains and are kept.
_CONFUSABLE_SCRIPTS = frozenset({"CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE", "COPTIC"})


def deliverable_email(email: str) -> tuple[str | None, str | None]:
    """(the address with an ASCII (IDNA) domain, None) or (None, why mail cannot go there).

    SendGrid and the .eml outbox do not speak SMTPUTF8, so a non-ASCII local part is rejected up front
    rather than crashing every later send; a domain whose letters mix Latin with a look-alike script
    ("gmаil.com" with a Cyrillic "а") is rejected as a likely typo-squat.
    """
    local, _, domain = email.rpartition("@")
    if not local.isascii():
        return None, NON_ASCII_LOCAL
    if domain.isascii() and "xn--" not in domain:
        return email, None
    unicode_domain, ascii_domain = _idna(domain)
    if ascii_domain is None:
        return None, "invalid email address"
    if _lookalike(unicode_domain):
        return None, LOOKALIKE_DOMAIN
    return f"{local}@{ascii_domain}", None


@lru_cache(maxsize=1024)
def _idna(domain: str) -> tuple[str, str | None]:
    try:
        v = validate_email(f"a@{domain}", check_deliverability=False)
    except (EmailNotValidError, ValueError, UnicodeError):
        return domain, None
    return v.domain.lower(), v.ascii_domain.lower()


def _scripts(label: str) -> set[str]:
    return {unicodedata.name(c, "UNKNOWN").split()[0] for c in label if c.isalpha()}


def _lookalike(domain: str) -> bool:
    """True when one label mixes scripts, or a Cyrillic/Greek-like label sits beside Latin ones."""
    labels = [_scripts(label) for label in domain.split(".")]
    if any(len(s) > 1 and (s & _CONFUSABLE_SCRIPTS or "LATIN" in s) for s in labels):
        return True
    everything = set().union(*labels)
    return bool(everything & _CONFUSABLE_SCRIPTS) and "LATIN" in everything


def normalize_phone(value: object, country: str | None, warnings: list[str]) -> tuple[str | None, str | None]:
    """(E.164, raw). The medical school country is the default region; many applicants live in the US."""
    raw = clean_text(value)
    if not raw or not _DIGIT.search(raw):
        if raw:
            warnings.append("phone: no digits, kept as typed")
            return None, _cut(raw, _MAX_PHONE_RAW, "phone", warnings)
        return None, None
    text = "+" + raw[2:].lstrip() if raw.startswith("00") else raw
    if text.startswith("+"):
        regions: list[str | None] = [None]
    else:
        regions = [country] if country else []
        if country != "US":
            regions.append("US")
    for region in regions:
        number = _parse_phone(text, region)
        if number is not None:
            if region == "US" and country and country != "US":
                warnings.append("phone: not a number of the school's country; read as a US number")
            elif region == "US" and not country:
                warnings.append("phone: no country code or school country; read as a US number")
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), None
    warnings.append("phone: could not read the number, kept as typed")
    return None, _cut(raw, _MAX_PHONE_RAW, "phone", warnings)


def _parse_phone(text: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    try:
        number = phonenumbers.parse(text, region)
        if phonenumbers.is_valid_number(number):
            return number
    except phonenumbers.NumberParseException:
        pass
    if len(text) > 200 or _PLAIN_PHONE.fullmatch(text):
        return None  # nothing else in the text to find a number in
    try:  # "+91 98765 43210 / WhatsApp same": find the first valid number inside the text
        for match in phonenumbers.PhoneNumberMatcher(text, region or "ZZ"):
            if phonenumbers.is_valid_number(match.number):
                return match.number
    except Exception:  # the matcher has raised on pathological input; a phone is never worth a crash
        return None
    return None


# --------------------------------------------------------------------------------------- scores, years


def normalize_graduation_year(value: object, today: date, warnings: list[str]) -> int | None:
    """A year between 1960 and eight years ahead, from any common form (include.intake.years)."""
    text = clean_text(value)
    if not text:
        if value is not None:  # a blank cell: eligibility rules on years since graduation will say "no data"
            warnings.append("graduation_year: not given")
        return None
    year, problem = read_graduation_year(text, today)
    if problem and year is None:
        warnings.append(f"graduation_year: {problem}, left empty")
    elif problem:
        warnings.append(f"graduation_year: read as {year} ({problem})")
    return year


def normalize_step1(value: object, warnings: list[str]) -> str | None:
    """ "pass" / "fail" (exams since 2022) or a 3-digit score as text."""
    text = clean_text(value)
    key = vocab.fold(text)
    if not key:
        return None
    if _NOT_YET.search(key):
        warnings.append("usmle_step1: not a reported result (expected or scheduled), left empty")
        return None
    # Nobody retakes a passed Step 1, so a text mentioning both failing and passing ends in a pass.
    if re.search(r"\bpass(?:ed)?\b|^p$", key):
        return "pass"
    if re.search(r"\bfail(?:ed)?\b|^f$", key):
        return "fail"
    score = _single_score(text)
    if score is not None and score >= 100:
        return str(score)
    warnings.append("usmle_step1: not pass/fail or a 3-digit score, left empty")
    return None


def normalize_step2ck(value: object, warnings: list[str]) -> int | None:
    """An integer score 1-300. "N/A", "not taken", "scheduled", "245 (expected)" are not scores."""
    text = clean_text(value)
    key = vocab.fold(text)
    if not key:
        return None
    if _NOT_YET.search(key):
        warnings.append("usmle_step2ck: not a reported score (expected or scheduled), left empty")
        return None
    if key in _EMPTY_MARKERS:
        warnings.append("usmle_step2ck: no score given, left empty")
        return None
    score = _single_score(_STEP2_LABEL.sub(" ", text))
    if score is not None:
        return score
    warnings.append("usmle_step2ck: not a score between 1 and 300, left empty")
    return None


# "Step 2: 250", "step2 CK - 250", "2CK 250": the exam's own name in the cell is not a number to read
_STEP2_LABEL = re.compile(
    r"(?:\busmle\s*)?(?:\bstep\s*(?:2|ii)\b\s*(?:ck\b|c\.k\.)?|\b2\s*ck\b)\s*(?:score\b)?\s*[:=\-]?", re.IGNORECASE
)


def _single_score(text: str) -> int | None:
    """The one integer 1-300 in ``text``; "245/300" names the scale and a 4-digit year is not a score."""
    text = re.sub(r"(?:/|\bout of\b|\bof\b)\s*300\b", " ", text, flags=re.IGNORECASE)
    numbers = [
        n
        for n in re.findall(r"(?<![0-9.])[0-9]+(?:\.0+)?(?![0-9.])", text)
        if not re.fullmatch(r"(?:19|20)[0-9]{2}", n)
    ]
    if len(numbers) != 1:
        return None
    score = int(float(numbers[0]))
    return score if 1 <= score <= 300 and len(str(score)) <= 3 else None


# ---------------------------------------------------------------------------------------------- dates

_DATETIME_FORMATS = (
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y %H:%M",
    "%m/%d/%Y %I:%M:%S %p",
    "%m/%d/%Y %I:%M %p",
    "%m/%d/%Y",
    "%m/%d/%y %H:%M:%S",
    "%m/%d/%y %H:%M",
    "%m/%d/%y",
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d",
    "%d.%m.%Y %H:%M:%S",
    "%d.%m.%Y",
    "%d-%m-%Y",
    "%b %d %Y %I:%M %p",
    "%b %d %Y %H:%M:%S",
    "%b %d %Y %H:%M",
    "%b %d %Y",
    "%B %d %Y %I:%M %p",
    "%B %d %Y %H:%M",
    "%B %d %Y",
    "%d %b %Y %H:%M:%S",
    "%d %b %Y %H:%M",
    "%d %b %Y",
    "%d %B %Y %H:%M",
    "%d %B %Y",
    "%a %b %d %Y %H:%M:%S",
    "%a %d %b %Y %H:%M:%S",
    "%A %B %d %Y",
)


def parse_datetime(value: object, source_tz: str = "America/New_York") -> datetime | None:
    """An aware UTC datetime from Google's "11/20/2026 14:03:11", ISO 8601, spreadsheet serials or
    common written forms. Times without a zone are in ``source_tz`` (the sheet's zone); US month/day
    order unless the first number cannot be a month."""
    tz = zone(source_tz, "America/New_York")
    if isinstance(value, datetime):
        naive = value
    else:
        text = clean_text(value)
        if not text:
            return None
        naive = _parse_datetime_text(text)
        if naive is None:
            return None
    try:
        aware = naive if naive.tzinfo else naive.replace(tzinfo=tz)
        return aware.astimezone(UTC)
    except (OverflowError, ValueError):
        return None


_GOOGLE_TIMESTAMP = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4}) (\d{1,2}):(\d{2}):(\d{2})")


def _parse_datetime_text(text: str) -> datetime | None:
    google = _GOOGLE_TIMESTAMP.fullmatch(text)  # Google Forms' own format, most rows: skip the format loop
    if google:
        try:
            return datetime(*(int(g) for g in google.group(3, 1, 2, 4, 5, 6)))
        except ValueError:
            pass
    iso = text.replace("Z", "+00:00") if text.endswith("Z") else text
    try:
        return datetime.fromisoformat(iso)
    except ValueError:
        pass
    if re.fullmatch(r"\d{5}(?:\.\d+)?", text):  # Sheets/Excel serial day number
        serial = float(text)
        if 20000 <= serial <= 80000:
            return datetime(1899, 12, 30) + timedelta(days=serial)
        return None
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text, flags=re.IGNORECASE)
    cleaned = re.sub(r"\s*(?:,|\bat\b)\s*", " ", cleaned)
    cleaned = re.sub(r"\s+(?:GMT|UTC|EST|EDT|ET)$", "", cleaned, flags=re.IGNORECASE)
    cleaned = " ".join(cleaned.split())
    for fmt in _DATETIME_FORMATS:
        try:
            return datetime.strptime(cleaned, fmt)
        except ValueError:
            continue
    return None


_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan", "enero", "janvier"),
            ("february", "feb", "febrero"),
            ("march", "mar", "marzo"),
            ("april", "apr", "abril"),
            ("may", "mayo"),
            ("june", "jun", "junio"),
            ("july", "jul", "julio"),
            ("august", "aug", "agosto"),
            ("september", "sep", "sept", "septiembre"),
            ("october", "oct", "octubre"),
            ("november", "nov", "noviembre"),
            ("december", "dec", "diciembre"),
        ]
    )
    for m in names
}
_SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9}
_ASAP = re.compile(r"\basap\b|as soon as possible|immediate|right away|\bnow\b|earliest|\bsoonest\b|next month")
_NO_PREFERENCE = re.compile(r"^(?:any|anytime|any time|flexible|open|no preference|not sure|undecided|whenever)$")


def _next_month(today: date) -> str:
    return f"{today.year + 1}-01" if today.month == 12 else f"{today.year}-{today.month + 1:02d}"


def normalize_preferred_start(value: object, today: date, warnings: list[str]) -> str | None:
    """A "YYYY-MM" month from "January 2027", "2027-02", "03/2027", "Mar 2027"; "ASAP" is next month."""
    key = vocab.fold(clean_text(value))
    if not key:
        return None
    if _ASAP.search(key):
        month = _next_month(today)
        warnings.append(f"preferred_start: 'as soon as possible' read as {month}")
        return month
    if _NO_PREFERENCE.match(key):
        return None
    year_month = _year_month(key, today, warnings)
    if year_month is None:
        warnings.append("preferred_start: could not read a month, left empty")
        return None
    year, month = year_month
    if not 2000 <= year <= today.year + 10 or not 1 <= month <= 12:
        warnings.append("preferred_start: not a plausible month, left empty")
        return None
    if (year, month) < (today.year, today.month):
        warnings.append("preferred_start: the month has already passed")
    return f"{year:04d}-{month:02d}"


def _year_month(key: str, today: date, warnings: list[str]) -> tuple[int, int] | None:
    words = key.split()
    months = [_MONTHS[w] for w in words if w in _MONTHS]
    seasons = [_SEASONS[w] for w in words if w in _SEASONS]
    years = [int(w) for w in words if re.fullmatch(r"[0-9]{4}", w)]
    # a 2-digit number is a year only when it is a near one ("Jan 27"); otherwise a day ("January 15")
    short_years = [
        2000 + int(w)
        for w in words
        if re.fullmatch(r"[0-9]{2}", w) and today.year - 1 <= 2000 + int(w) <= today.year + 5
    ]
    if months:
        year = years[0] if years else (short_years[-1] if short_years else None)
        if year is None:  # "January": the next January from today
            year = today.year if months[0] > today.month else today.year + 1
            warnings.append(f"preferred_start: no year given, read as {year}-{months[0]:02d}")
        return year, months[0]
    if seasons and years:
        warnings.append(f"preferred_start: a season, read as {years[0]}-{seasons[0]:02d}")
        return years[0], seasons[0]
    numbers = [int(w) for w in words if re.fullmatch(r"[0-9]{1,4}", w)]
    if len(numbers) >= 2 and len(words) == len(numbers):
        if len(words[0]) == 4:  # 2027-02, 2027-02-15
            return numbers[0], numbers[1]
        if len(words) == 2:  # 03/2027, 3-27
            year = numbers[1] if len(words[1]) == 4 else 2000 + numbers[1]
            return year, numbers[0]
        if len(words) == 3 and len(words[2]) == 4:  # 01/15/2027 (US), 15/01/2027
            month = numbers[0] if numbers[0] <= 12 else numbers[1]
            return numbers[2], month
    return None


# ------------------------------------------------------------------------------------------- categories


def _categories(
    field: str, text: str, reader: Callable[[str], tuple[list[str], list[str]]], warnings: list[str]
) -> list[str]:
    found, unknown = reader(text)
    for piece in unknown:
        warnings.append(f"{field}: {_echo(piece)} not recognized")
    return found


def _category(field: str, text: str, reader: Callable[[str], str | None], warnings: list[str]) -> str | None:
    if not text:
        return None
    hit = reader(text)
    if hit is None:
        warnings.append(f"{field}: not recognized, left empty")
    return hit


_LINK = re.compile(r"https?://[^\s,;<>\"']+", re.IGNORECASE)


def normalize_cv_url(value: object, warnings: list[str]) -> str | None:
    """The first http(s) link in the cell (Google Forms joins several uploads with commas)."""
    text = clean_text(value)
    if not text:
        return None
    links = _LINK.findall(text)
    for link in links:
        parts = urlsplit(link)
        if parts.scheme.lower() in {"http", "https"} and parts.netloc:
            if len(links) > 1:
                warnings.append("cv_url: several links, kept the first")
            return link
    warnings.append("cv_url: not an http(s) link, left empty")
    return None


# ------------------------------------------------------------------------------------------------- row


def _memo(read: Callable[..., Any], size: int = 8192) -> Callable[..., Any]:
    """``read(*args, warnings)`` cached on ``args``: a form's columns repeat a few hundred answers (countries,
    scores, specialties, months) over thousands of rows, so each distinct answer is read once. The warnings
    it added are replayed; lists are copied. Arguments that cannot be hashed are read uncached."""

    @lru_cache(maxsize=size)
    def once(*args: Any) -> tuple[Any, tuple[str, ...]]:
        notes: list[str] = []
        return read(*args, notes), tuple(notes)

    def cached(*args: Any) -> Any:
        try:
            value, notes = once(*args[:-1])
        except TypeError:  # unhashable argument (odd input): read it directly
            return read(*args)
        if notes:
            args[-1].extend(notes)
        return value.copy() if value.__class__ is list else value

    return cached


_full_name = _memo(parse_full_name)
_given_name = _memo(normalize_name)
_country_code = _memo(lambda raw, warnings: _country(clean_text(raw), raw, warnings))
_phone = _memo(normalize_phone)
_graduation_year = _memo(normalize_graduation_year)
_step1 = _memo(normalize_step1)
_step2ck = _memo(normalize_step2ck)
_preferred_start = _memo(normalize_preferred_start)
# these take the cell as it is and clean it inside: an answer that repeats is not even cleaned again
_category_of = _memo(lambda field, raw, reader, warnings: _category(field, clean_text(raw), reader, warnings))
_categories_of = _memo(lambda field, raw, reader, warnings: _categories(field, clean_text(raw), reader, warnings))
_states_of = _memo(lambda raw, warnings: _states(clean_text(raw), warnings))
_plan = _memo(
    lambda year, blocks, step2ck, states, warnings: matching_plan(
        {"target_match_year": year, "rotation_blocks": blocks, "usmle_step2ck": step2ck, "preferred_states": states}
    )
)


def normalize_application(
    fields: Mapping[str, str | None], today: date, source_tz: str = "America/New_York"
) -> Normalized:
    """Normalize one application row; never raises. Rejected only for a missing name or unusable email."""
    warnings: list[str] = []
    values: dict[str, Any] = dict.fromkeys(VALUE_KEYS)
    values.update(specialties=[], preferred_states=[], rotation_types=[])
    try:
        get = fields.get
    except AttributeError:
        return Normalized(values, ["row: not a mapping of fields"], "missing email")

    def field(name: str) -> object:
        try:
            return get(name)
        except Exception:
            return None

    def attempt(key: str, step: Callable[[], Any], default: Any = None) -> Any:
        try:
            return step()
        except Exception:  # one unreadable field must not cost the whole application
            warnings.append(f"{key}: could not be read, left empty")
            return default

    def text(name: str) -> str:
        return clean_text(field(name))

    email_reason: str | None = "invalid email address"
    try:
        values["email"], email_reason = normalize_email(field("email"), warnings)
    except Exception:
        values["email"] = None
    name = attempt("full_name", lambda: _full_name(field("full_name"), warnings))
    if name is not None:
        values.update(full_name=name.full_name, name_title=name.title, name_credentials=name.credentials)
    values["given_name"] = attempt("given_name", lambda: _given_name(field("given_name"), warnings))

    values["country"] = attempt("country", lambda: _country_code(field("medical_school_country"), warnings))
    values["timezone"] = vocab.country_timezone(values["country"])
    values["phone_e164"], values["phone_raw"] = attempt(
        "phone", lambda: _phone(field("phone"), values["country"], warnings), (None, None)
    )
    values["medical_school"] = attempt(
        "medical_school", lambda: _cut(text("medical_school"), _MAX_SCHOOL, "medical_school", warnings) or None
    )
    year = attempt("graduation_year", lambda: _graduation_year(field("graduation_year"), today, warnings))
    values["graduation_year"] = year
    values["is_student"] = None if year is None else year > today.year
    values["ecfmg_status"] = attempt(
        "ecfmg_status", lambda: _category_of("ecfmg_status", field("ecfmg_status"), vocab.ecfmg_status, warnings)
    )
    values["usmle_step1"] = attempt("usmle_step1", lambda: _step1(field("usmle_step1"), warnings))
    values["usmle_step2ck"] = attempt("usmle_step2ck", lambda: _step2ck(field("usmle_step2ck"), warnings))
    values["specialties"] = attempt(
        "specialties",
        lambda: _categories_of("specialties", field("specialties"), vocab.canonical_specialties, warnings),
        [],
    )
    values["preferred_states"] = attempt(
        "preferred_states", lambda: _states_of(field("preferred_states"), warnings), []
    )
    values["preferred_start"] = attempt(
        "preferred_start", lambda: _preferred_start(field("preferred_start"), today, warnings)
    )
    values["rotation_types"] = attempt(
        "rotation_types",
        lambda: _categories_of("rotation_types", field("rotation_types"), vocab.rotation_types, warnings),
        [],
    )
    values["visa_status"] = attempt(
        "visa_status", lambda: _category_of("visa_status", field("visa_status"), vocab.visa_status, warnings)
    )
    values["cv_url"] = attempt("cv_url", lambda: normalize_cv_url(field("cv_url"), warnings))
    plan_cells = ("target_match_year", "rotation_blocks", "usmle_step2ck", "preferred_states")
    values.update(attempt("matching_plan", lambda: _plan(*map(field, plan_cells), warnings), {}))

    def submitted() -> datetime | None:
        raw = field("submitted_at")
        parsed = parse_datetime(raw, source_tz)
        if parsed is None and clean_text(raw):
            warnings.append("submitted_at: could not read the date, left empty")
        return parsed

    values["submitted_at"] = attempt("submitted_at", submitted)
    if values["email"] is None:
        reason: str | None = email_reason or "invalid email address"
    elif values["full_name"] is None:
        reason = "missing name"
    else:
        reason = None
    return Normalized(values=values, warnings=warnings, reject_reason=reason)


def _country(text: str, raw: object, warnings: list[str]) -> str | None:
    """ISO alpha-2; a guess (typo, city, old name) is kept with a warning, anything unread is a warning."""
    if not text:
        if raw is not None:  # the column is there and blank: ops should know the school country is missing
            warnings.append("medical_school_country: not given")
        return None
    code, note = vocab.read_country(text)
    if code and note:
        warnings.append(f"medical_school_country: {_echo(text)} read as {vocab.country_name(code) or code} ({note})")
    elif code is None:
        detail = f" ({note})" if note else ""
        warnings.append(f"medical_school_country: {_echo(text)} not recognized{detail}, left empty")
    return code


_MATCH_YEAR = re.compile(r"\b(20[2-4]\d)\b")
_BLOCKS = re.compile(r"\b([1-6])\b")
_EXPECTED = re.compile(r"\b(\d{3})\b\s*\(?\s*(?:expected|pending|anticipated|predicted|est)", re.IGNORECASE)
_SCHEDULED = re.compile(r"(?:scheduled|booked|planned|taking|exam)\D{0,20}(\d{4})[-/.](\d{1,2})\b", re.IGNORECASE)


def matching_plan(cells: Mapping[str, object]) -> dict[str, Any]:
    """What matching needs beyond the stored answers: the target Match year and blocks (optional form fields),
    the region as typed ("Chicago IL"), and a pending Step 2 CK ("245 (expected)", "scheduled 2027-01")."""

    def text(name: str) -> str:
        return clean_text(cells.get(name))

    year = _MATCH_YEAR.search(text("target_match_year"))
    blocks = _BLOCKS.search(text("rotation_blocks"))
    step2 = text("usmle_step2ck")
    expected = _EXPECTED.search(step2)
    exam = _SCHEDULED.search(step2)
    month = int(exam.group(2)) if exam else 0
    return {
        "target_match_year": int(year.group(1)) if year else None,
        "rotation_blocks": int(blocks.group(1)) if blocks else None,
        "preferred_region": text("preferred_states")[:200] or None,
        "step2ck_expected": int(expected.group(1)) if expected and 1 <= int(expected.group(1)) <= 300 else None,
        "step2ck_exam_month": f"{exam.group(1)}-{month:02d}" if exam and 1 <= month <= 12 else None,
    }


def _states(text: str, warnings: list[str]) -> list[str]:
    """USPS codes; "anywhere" wins over a list because [] already means every state."""
    codes, unknown, anywhere = vocab.state_codes(text)
    for piece in unknown:
        warnings.append(f"preferred_states: {_echo(piece)} not recognized")
    return [] if anywhere else codes
