"""One roster row (a preceptor, as ops typed it in the sheet) to a preceptors-table record, or a reason.

Bad rows are never skipped silently: the caller quarantines them with the reason, which names every
unreadable field and its value (preceptor names are personal data and are never echoed).

Blank means "not stated": a blank requirement is no requirement, a blank offer (letters, IMG-friendly)
is no offer, a blank ``accepts_visas`` accepts no visa holders (citizens and green-card holders need
none; "any" accepts every visa), and blank months mean no availability yet. A blank
``ecfmg_required_for`` means hands-on only; a blank ``residency_program`` means no residency program.
Rotation types, capacity, specialty, id and name are required because a preceptor without them cannot be matched at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from include.vocab import canonical_language, canonical_specialties, rotation_types, state_codes, visa_status

ROSTER_FIELDS: tuple[str, ...] = (
    "preceptor_id",
    "name",
    "specialty",
    "city",
    "state",
    "timezone",
    "rotation_types",
    "monthly_capacity",
    "available_months",
    "img_friendly",
    "accepts_visas",
    "min_step2ck",
    "max_years_since_graduation",
    "requires_ecfmg",
    "provides_lor",
    "languages",
    "hospital_affiliation",
    "fee_usd",
    "ecfmg_required_for",
    "residency_program",
    "min_step2ck_applies_to_students",
    "contact_email",
    "site_address",
    "required_documents",
)

_LIST_SPLIT = re.compile(r"[;,\n]+")
_TRUE = frozenset({"yes", "y", "true", "t", "1"})
_FALSE = frozenset({"no", "n", "false", "f", "0"})
_MONTH_NAMES = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_WHOLE = re.compile(r"^-?\d+(?:\.0*)?$")
_ISO_MONTH = re.compile(r"^(\d{4})[-/.](\d{1,2})$")
_NAMED_MONTH = re.compile(r"^([a-z]+)\.?[\s\-/']*(\d{4})$")


class _Bad(ValueError):
    """One unreadable field; the message is shown to ops as is."""


def normalize_preceptor(fields: Mapping[str, str | None]) -> tuple[dict[str, Any] | None, str | None]:
    """(record, None) for a usable row, else (None, every problem joined by "; ")."""
    record: dict[str, Any] = {}
    problems: list[str] = []
    for column, field, parse in _PARSERS:
        raw = fields.get(field)
        text = str(raw).strip() if raw is not None else ""
        try:
            record[column] = parse(text)
        except _Bad as bad:
            problems.append(f"{field}: {bad}")
    if problems:
        return None, "; ".join(problems)
    return record, None


def _required(parse: Callable[[str], Any]) -> Callable[[str], Any]:
    def parse_required(text: str) -> Any:
        if not text:
            raise _Bad("is required")
        return parse(text)

    return parse_required


def _optional(parse: Callable[[str], Any]) -> Callable[[str], Any]:
    return lambda text: parse(text) if text else None


def _show(text: str) -> str:
    return repr(text if len(text) <= 40 else text[:37] + "...")


def _items(text: str) -> list[str]:
    return [item.strip() for item in _LIST_SPLIT.split(text) if item.strip()]


def _preceptor_id(text: str) -> str:
    if len(text) > 64:
        raise _Bad("is longer than 64 characters")
    return text


def _name(text: str) -> str:
    cleaned = " ".join("".join(c if c.isprintable() else " " for c in text).split())
    if not cleaned or len(cleaned) > 200:
        raise _Bad("must be 1 to 200 printable characters")
    return cleaned


def _specialty(text: str) -> str:
    found, unknown = canonical_specialties(text)
    if unknown or len(found) != 1:
        raise _Bad(f"{_show(text)} is not one known specialty")
    return found[0]


def _state(text: str) -> str:
    codes, unknown, anywhere = state_codes(text)
    if unknown or anywhere or len(codes) != 1:
        raise _Bad(f"{_show(text)} is not a US state")
    return codes[0]


def _timezone(text: str) -> str:
    try:
        ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError) as err:
        raise _Bad(f"{_show(text)} is not an IANA time zone") from err
    return text


def _rotation_types(text: str) -> list[str]:
    found, unknown = rotation_types(text)
    if unknown:
        raise _Bad(f"{_show(', '.join(unknown))} is not a rotation type")
    if not found:
        raise _Bad("is required")
    return found


def _whole(text: str, low: int, high: int | None = None) -> int:
    cleaned = text.replace(",", "").replace("$", "").removesuffix("USD").removesuffix("usd").strip()
    if not _WHOLE.match(cleaned):
        raise _Bad(f"{_show(text)} is not a whole number")
    number = int(float(cleaned))
    if number < low or (high is not None and number > high):
        bounds = f"{low} to {high}" if high is not None else f"at least {low}"
        raise _Bad(f"{_show(text)} must be {bounds}")
    return int(number)


def _month(text: str) -> str:
    key = text.strip().lower()
    iso = _ISO_MONTH.match(key)
    named = _NAMED_MONTH.match(key)
    if iso and 1 <= int(iso.group(2)) <= 12:
        return f"{iso.group(1)}-{int(iso.group(2)):02d}"
    if named and named.group(1) in _MONTH_NAMES:
        return f"{named.group(2)}-{_MONTH_NAMES[named.group(1)]:02d}"
    raise _Bad(f"{_show(text)} is not a month like 2027-01 or Jan 2027")


def _months(text: str) -> list[str]:
    return sorted({_month(item) for item in _items(text)})


def _flag(text: str) -> bool:
    key = text.lower()
    if not key or key in _FALSE:
        return False
    if key in _TRUE:
        return True
    raise _Bad(f"{_show(text)} is not yes or no")


def _visas(text: str) -> list[str] | None:
    """Visa statuses accepted; "any" (or "all") accepts every visa (None), blank accepts no visa holders."""
    if text.strip().lower() in {"any", "all", "any visa", "all visas"}:
        return None
    visas = []
    for item in _items(text):
        visa = visa_status(item)
        if visa is None:
            raise _Bad(f"{_show(item)} is not a visa status")
        visas.append(visa)
    return list(dict.fromkeys(visas))


def _ecfmg_types(text: str) -> list[str] | None:
    """Rotation types that need ECFMG certification from graduates; blank means hands-on only (None)."""
    if not text:
        return None
    if text.strip().lower() in {"none", "no", "n/a", "-"}:
        return []
    return _rotation_types(text)


def _residency(text: str) -> str | None:
    """Residency program affiliation: "yes", a specialty name (the program's), or None for no / blank."""
    key = text.strip().lower()
    if not key or key in _FALSE or key == "none":
        return None
    if key in _TRUE:
        return "yes"
    return _specialty(text)


def _languages(text: str) -> list[str]:
    languages = []
    for item in _items(text):
        language = canonical_language(item)
        if language is None:
            raise _Bad(f"{_show(item)} is not a known language")
        languages.append(language)
    return list(dict.fromkeys(languages))


def _text(limit: int) -> Callable[[str], str]:
    def parse(text: str) -> str:
        if len(text) > limit:
            raise _Bad(f"is longer than {limit} characters")
        return " ".join(text.split())

    return parse


def _email(text: str) -> str:
    """The preceptor's (or their coordinator's) address for placement requests."""
    if len(text) > 320 or not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", text):
        raise _Bad("is not an email address")
    return text


# (table column, roster field, parser of the stripped text); blank text reaches the parser as "".
_PARSERS: tuple[tuple[str, str, Callable[[str], Any]], ...] = (
    ("id", "preceptor_id", _required(_preceptor_id)),
    ("name", "name", _required(_name)),
    ("specialty", "specialty", _required(_specialty)),
    ("city", "city", _optional(_text(100))),
    ("state", "state", _optional(_state)),
    ("timezone", "timezone", _optional(_timezone)),
    ("rotation_types", "rotation_types", _required(_rotation_types)),
    ("monthly_capacity", "monthly_capacity", _required(lambda t: _whole(t, 0, 50))),
    ("available_months", "available_months", _months),
    ("img_friendly", "img_friendly", _flag),
    ("accepts_visas", "accepts_visas", _visas),
    ("min_step2ck", "min_step2ck", _optional(lambda t: _whole(t, 1, 300))),
    ("max_years_since_graduation", "max_years_since_graduation", _optional(lambda t: _whole(t, 0, 60))),
    ("requires_ecfmg", "requires_ecfmg", _flag),
    ("provides_lor", "provides_lor", _flag),
    ("languages", "languages", _languages),
    ("hospital_affiliation", "hospital_affiliation", _optional(_text(200))),
    ("fee_usd", "fee_usd", _optional(lambda t: _whole(t, 0))),
    ("ecfmg_required_for", "ecfmg_required_for", _ecfmg_types),
    ("residency_program", "residency_program", _residency),
    ("min_step2ck_applies_to_students", "min_step2ck_applies_to_students", _flag),
    ("contact_email", "contact_email", _optional(_email)),
    ("site_address", "site_address", _optional(_text(300))),
    ("required_documents", "required_documents", lambda t: _items(t) or None),
)
