"""Render one email kind to a one-line subject, an HTML part and a plain-text part.

Pure: templates in, strings out; no sending, no database. Every string in the context is cleaned of
control characters first, so an applicant-supplied name cannot break a header or a text layout; the
HTML part is autoescaped, the text part is not (a ``<`` in a name stays readable there). StrictUndefined
makes a missing context key fail at render time instead of mailing a blank.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from include.config import MailConfig
from include.labels import report_count

TEMPLATES_DIR = Path(__file__).with_name("templates")

KINDS: tuple[str, ...] = (
    "application_received",
    "cv_needed",
    "cv_nudge",
    "consult_booked",
    "consult_rescheduled",
    "consult_cancelled",
    "reminder_24h",
    "reminder_1h",
    "followup",
    "no_show",
    "advisor_brief",
    "advisor_rescheduled",
    "advisor_cancelled",
    "ops_alert",
    "ops_report",
    "consult_offer",
    "offer_reminder",
    # placements (include/placements/messages.py)
    "placement_request",
    "placement_reminder",
    "placement_unanswered",
    "placement_declined",
    "placement_confirmed",
    "placement_checklist",
    "placement_thanks",
    "placement_feedback",
)
# Staff mail (ops, advisors) has its own layout (templates/staff.*): no applicant footer, no unsubscribe.
STAFF_KINDS: frozenset[str] = frozenset(
    {"ops_alert", "ops_report", "advisor_brief", "advisor_rescheduled", "advisor_cancelled"}
    | {"placement_request", "placement_reminder", "placement_thanks", "placement_unanswered"}
)
OPS_KINDS = STAFF_KINDS

# C0/C1 controls and Unicode line/paragraph separators become a space; bidi overrides are dropped
# because they can make a name display as different text.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
_BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069]")
# A SendGrid substitution tag such as <%asm_group_unsubscribe_raw_url%> must reach SendGrid unescaped.
_SENDGRID_TAG = re.compile(r"<%[a-z_]+%>")
_LINK_SCHEMES = frozenset({"http", "https", "mailto"})

_HONORIFICS = frozenset({"dr", "doctor", "prof", "professor", "mr", "mrs", "ms", "miss", "mx"})
_SUFFIXES = frozenset({"md", "mbbs", "mbchb", "phd", "mph", "ms", "jr", "sr", "ii", "iii", "iv"})


@dataclass(frozen=True)
class Rendered:
    subject: str
    html: str
    text: str


def plain(value: str) -> str:
    """``value`` without control characters (each run becomes one space) or bidi overrides."""
    return _CONTROL.sub(" ", _BIDI.sub("", value))


def first_name(full_name: str, given_name: str | None = None, country: str | None = None) -> str:
    """The name to greet someone by, as they wrote it; the full name when the order is unclear.

    A separate given-name field wins. Otherwise "Sharma, Priya" and "NGUYEN Van An" (surname in capitals)
    say which part is given; in countries that write the family name first (Vietnam, China, Hungary, ...)
    with no such sign, the first word is likely the surname, so the whole name is used. Titles, initials
    and credentials are dropped. Returns "" when nothing usable is left; the templates then say "Hello,".
    """
    given = " ".join(plain(given_name or "").split())
    if any(c.isalpha() for c in given):
        return _person_case(given)
    name = " ".join(plain(full_name).split())
    ordered = False
    if "," in name:
        head, _, tail = name.partition(",")
        # "Sharma, Priya" names the given name after the comma; "Priya Sharma, MD" only a credential.
        after = [w for w in tail.replace(",", " ").split() if w.strip(".").lower() not in _SUFFIXES]
        name, ordered = (" ".join(after), True) if after else (head, False)
    words = [w for w in name.split() if w.strip(".").lower() not in _HONORIFICS | _SUFFIXES]
    # "K. Ramesh": a leading initial is not what people are called.
    words = [w for w in words if len(w.strip(".")) > 1] or words
    if not words:
        return ""
    if ordered:
        return _person_case(" ".join(words))
    capital = [w.isupper() and len(w) > 1 for w in words]
    if len(words) > 1 and any(capital) and not all(capital):
        # "NGUYEN Van An" / "Priya SHARMA": the capitalised word is the surname, the rest is given.
        return _person_case(" ".join(w for w, cap in zip(words, capital, strict=True) if not cap))
    if len(words) > 1 and (
        (country or "").upper() in FAMILY_NAME_FIRST
        or _fold(words[0]) in FAMILY_FIRST_SURNAMES
        or _VIETNAMESE.search(name)
    ):
        return _person_case(" ".join(words))
    return _person_case(words[0])


# Countries whose names are commonly written family name first (where the medical school is: a proxy).
FAMILY_NAME_FIRST = frozenset({"CN", "TW", "HK", "MO", "JP", "KR", "KP", "VN", "HU", "KH", "MN"})
# The commonest Vietnamese, Chinese and Hungarian family names, none of them a common given name elsewhere:
# a name starting with one is probably written family name first, wherever the school is.
_VIETNAMESE_SURNAMES = ("nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho")
_CHINESE_SURNAMES = ("wang", "zhang", "liu", "chen", "yang", "huang", "zhao", "zhou", "xu", "sun", "zhu", "gao", "guo")
_HUNGARIAN_SURNAMES = ("nagy", "kovacs", "toth", "szabo", "horvath", "varga", "kiss", "molnar", "nemeth", "farkas")
FAMILY_FIRST_SURNAMES = frozenset(_VIETNAMESE_SURNAMES + _CHINESE_SURNAMES + _HUNGARIAN_SURNAMES)
_VIETNAMESE = re.compile("[ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")


def _fold(word: str) -> str:
    """Lower case without accents ("Nguyễn" -> "nguyen", "Kovács" -> "kovacs")."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", word.replace("đ", "d").replace("Đ", "D")) if c.isascii()
    ).lower()


def _person_case(name: str) -> str:
    return " ".join(w.title() if w.isupper() or w.islower() else w for w in name.split())


def render_email(kind: str, ctx: Mapping[str, Any], mail: MailConfig) -> Rendered:
    """Render ``kind`` with ``ctx`` (plain dicts, lists, strings and numbers) and the brand from ``mail``.

    ``ctx["brand"]``, if given, overrides single brand keys (e.g. a per-recipient unsubscribe URL).
    Raises ``jinja2.UndefinedError`` when the context lacks a key the template uses.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown email kind {kind!r}")
    env = _environment()
    data: dict[str, Any] = _clean(dict(ctx))
    data["brand"] = {**_brand(mail), **data.get("brand", {})}
    subject = " ".join(env.get_template(f"{kind}.subject.txt").render(data).split())
    if not subject:
        raise ValueError(f"the {kind} template rendered an empty subject")
    data["subject"] = subject
    html = env.get_template(f"{kind}.html").render(data)
    text = _tidy(env.get_template(f"{kind}.txt").render(data))
    return Rendered(subject=subject, html=html, text=text)


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES_DIR),
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False, default=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )
    env.filters["url"] = _link
    env.filters["count_rows"] = lambda counts: [(report_count(k), v) for k, v in sorted(counts.items())]
    return env


def _link(value: object) -> str:
    """A link target for href or text: http(s)/mailto only, so data can never inject ``javascript:``."""
    url = str(value)
    if _SENDGRID_TAG.fullmatch(url):
        return Markup(url)  # noqa: S704 - fullmatch allows only <%name%>, nothing else
    if urlsplit(url).scheme.lower() not in _LINK_SCHEMES:
        raise ValueError("refusing a link that is not http, https or mailto")
    return url


def _brand(mail: MailConfig) -> dict[str, str]:
    return {
        "from_name": plain(mail.from_name),
        "footer": "\n".join(plain(line) for line in mail.footer.splitlines()),
        "unsubscribe_url": plain(mail.unsubscribe_url),
    }


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return plain(value)
    if isinstance(value, Mapping):
        return {_clean(k): _clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_clean(v) for v in value]
    return value


def _tidy(text: str) -> str:
    """Trailing spaces off, at most one blank line in a row: templates can stay readable."""
    lines = [line.rstrip() for line in text.strip("\n").splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)) + "\n"
