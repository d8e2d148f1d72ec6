"""The advisor's tables matching reads: regions as applicants mean them, metro areas, visa interview waits.

Defaults live here; ``matching.regions`` / ``matching.metros`` / ``matching.visa_wait_months`` in the YAML
config replace a table entry by entry (``Policy.from_settings``). Everything is plain data so ops can read
and change it without touching the rules.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from include.vocab import REGION_PHRASES, fold, state_code

# The states applicants mean when they write these words: intake's table (``vocab.REGION_PHRASES``) plus what
# only matters for scoring (NYC as an area is the tri-state area). Keys are folded text ("tri state").
REGIONS: dict[str, tuple[str, ...]] = {
    **REGION_PHRASES,
    "nyc": ("NY", "NJ", "CT"),
    "new york city": ("NY", "NJ", "CT"),
}

# A city an applicant names stands for its whole state plus the nearby cities across a state line
# (commuting distance), not the whole neighbouring state.
METROS: dict[str, dict[str, Any]] = {
    "chicago": {
        "states": ["IL"],
        "cities": {"IN": ["Hammond", "Gary", "East Chicago"], "WI": ["Milwaukee", "Kenosha", "Racine"]},
    },
    "new york": {"states": ["NY", "NJ"], "cities": {"CT": ["Stamford", "Greenwich", "Bridgeport"]}},
    "philadelphia": {"states": ["PA"], "cities": {"NJ": ["Camden", "Cherry Hill"], "DE": ["Wilmington"]}},
    "washington": {"states": ["DC", "MD", "VA"], "cities": {}},
    "boston": {"states": ["MA"], "cities": {"NH": ["Nashua", "Manchester"], "RI": ["Providence"]}},
    "houston": {"states": ["TX"], "cities": {}},
    "dallas": {"states": ["TX"], "cities": {}},
    "atlanta": {"states": ["GA"], "cities": {}},
    "miami": {"states": ["FL"], "cities": {}},
    "detroit": {"states": ["MI"], "cities": {"OH": ["Toledo"]}},
    "los angeles": {"states": ["CA"], "cities": {}},
    "san francisco": {"states": ["CA"], "cities": {}},
    "seattle": {"states": ["WA"], "cities": {"OR": ["Portland"]}},
    "st louis": {"states": ["MO"], "cities": {"IL": ["East St. Louis", "Belleville"]}},
    "cincinnati": {"states": ["OH"], "cities": {"KY": ["Covington", "Newport"]}},
    "kansas city": {"states": ["MO"], "cities": {"KS": ["Kansas City", "Overland Park"]}},
}

# Typical wait, in months, for a B1/B2 interview at the US consulates of the applicant's school country.
VISA_WAIT_MONTHS: dict[str, int] = {
    "IN": 12, "NG": 12, "IR": 12, "SY": 12, "PK": 10, "BD": 8, "MX": 8, "CO": 8, "EG": 6, "PH": 6, "NP": 6,
    "LK": 6, "GH": 6, "ET": 6, "CM": 6, "UA": 5, "KE": 5, "BR": 4, "LB": 4, "JO": 3,
}  # fmt: skip
DEFAULT_VISA_WAIT = 4
# Visa Waiver Program countries: ESTA, same activity rules as B1/B2, no interview.
VISA_WAIVER = frozenset(
    [
        "AD",
        "AU",
        "AT",
        "BE",
        "BN",
        "HR",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "HU",
        "IS",
        "IE",
        "IL",
        "IT",
        "JP",
        "KR",
        "LV",
        "LI",
        "LT",
        "LU",
        "MT",
        "MC",
        "NL",
        "NZ",
        "NO",
        "PL",
        "PT",
        "QA",
        "SM",
        "SG",
        "SK",
        "SI",
        "ES",
        "SE",
        "CH",
        "TW",
        "GB",
    ]
)
_PIECES = re.compile(r"[,;/|\n]+|\s+(?:or|and)\s+", re.IGNORECASE)
ANYWHERE = frozenset({"anywhere", "any", "anywhere in us", "anywhere in the us", "no preference", "flexible", "open"})


@dataclass(frozen=True)
class Policy:
    regions: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: dict(REGIONS))
    metros: Mapping[str, Mapping[str, Any]] = field(default_factory=lambda: dict(METROS))
    visa_wait: Mapping[str, int] = field(default_factory=lambda: dict(VISA_WAIT_MONTHS))
    default_visa_wait: int = DEFAULT_VISA_WAIT

    @classmethod
    def from_settings(cls, matching: Mapping[str, Any] | None) -> Policy:
        matching = matching or {}
        regions = dict(REGIONS)
        regions.update({fold(k): tuple(v) for k, v in (matching.get("regions") or {}).items()})
        metros = dict(METROS)
        metros.update({fold(k): v for k, v in (matching.get("metros") or {}).items()})
        waits = dict(VISA_WAIT_MONTHS)
        waits.update({str(k).upper(): int(v) for k, v in (matching.get("visa_wait_months") or {}).items()})
        return cls(regions, metros, waits, int(matching.get("default_visa_wait_months", DEFAULT_VISA_WAIT)))

    def wait_months(self, country: str | None) -> int:
        """Months a visitor-visa interview takes from ``country``; 0 for visa-waiver countries."""
        code = (country or "").upper()
        if code in VISA_WAIVER:
            return 0
        return int(self.visa_wait.get(code, self.default_visa_wait))

    def area(self, text: str | None) -> tuple[frozenset[str], frozenset[tuple[str, str]], bool]:
        """(states, (state, folded city) pairs, anywhere) an applicant's region text stands for.

        "East Coast" gives its states; "Chicago IL" gives Illinois plus the nearby cities across the line;
        a bare state name is left to the explicit states list.
        """
        key = fold(text)
        if not key:
            return frozenset(), frozenset(), False
        if key in ANYWHERE:
            return frozenset(), frozenset(), True
        states: set[str] = set()
        cities: set[tuple[str, str]] = set()
        pieces = [fold(p) for p in _PIECES.split(text or "")]
        for piece in (p for p in pieces if p):
            if piece in self.regions:
                states.update(self.regions[piece])
                continue
            for name, metro in self.metros.items():
                if piece == name or piece.startswith(name + " "):
                    states.update(metro.get("states") or ())
                    for state, names in (metro.get("cities") or {}).items():
                        cities.update((state, fold(c)) for c in names)
                    break
        if key in self.regions:
            states.update(self.regions[key])
        return frozenset(states), frozenset(cities), False


def explicit_states(text: str | None) -> list[str]:
    """The states named one by one in a location answer ("NY, NJ or East Coast" gives NY and NJ)."""
    pieces = _PIECES.split(text or "")
    return list(dict.fromkeys(code for piece in pieces if (code := state_code(piece.strip()))))


DEFAULT_POLICY = Policy()
