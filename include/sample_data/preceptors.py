"""The fictional preceptor roster and physician advisors that the sample config points at.

Placement fields (city, specialty) are laid out by hand so the sample applicants have real matches and
real near-misses; the remaining attributes come from a seeded generator, so the roster is the same on
every run.
"""

from __future__ import annotations

import random
from typing import Any

ROSTER_HEADERS = (
    "Preceptor ID",
    "Name",
    "Specialty",
    "City",
    "State",
    "Timezone",
    "Rotation Types",
    "Monthly Capacity",
    "Available Months",
    "IMG Friendly",
    "Accepts Visas",
    "Min Step 2 CK",
    "Max Years Since Graduation",
    "Requires ECFMG",
    "Provides LoR",
    "Languages",
    "Hospital Affiliation",
    "Fee (USD)",
    "ECFMG Required For",
    "Residency Program",
    "Step 2 CK Applies To Students",
)

_CITIES = {
    "New York": ("NY", "America/New_York"),
    "Brooklyn": ("NY", "America/New_York"),
    "Bronx": ("NY", "America/New_York"),
    "Newark": ("NJ", "America/New_York"),
    "Jersey City": ("NJ", "America/New_York"),
    "Philadelphia": ("PA", "America/New_York"),
    "Boston": ("MA", "America/New_York"),
    "Baltimore": ("MD", "America/New_York"),
    "Miami": ("FL", "America/New_York"),
    "Orlando": ("FL", "America/New_York"),
    "Atlanta": ("GA", "America/New_York"),
    "Detroit": ("MI", "America/Detroit"),
    "Chicago": ("IL", "America/Chicago"),
    "Houston": ("TX", "America/Chicago"),
    "Dallas": ("TX", "America/Chicago"),
    "San Antonio": ("TX", "America/Chicago"),
    "Nashville": ("TN", "America/Chicago"),
    "Denver": ("CO", "America/Denver"),
    "Salt Lake City": ("UT", "America/Denver"),
    "Phoenix": ("AZ", "America/Phoenix"),
    "Tucson": ("AZ", "America/Phoenix"),
    "Los Angeles": ("CA", "America/Los_Angeles"),
    "San Diego": ("CA", "America/Los_Angeles"),
    "Fresno": ("CA", "America/Los_Angeles"),
    "Seattle": ("WA", "America/Los_Angeles"),
}

# (specialty, city): Internal Medicine most common, then the specialties the sample applicants ask for.
_PLACEMENTS = (
    ("Internal Medicine", "Brooklyn"),
    ("Internal Medicine", "New York"),
    ("Cardiology", "New York"),
    ("Internal Medicine", "Newark"),
    ("Family Medicine", "Atlanta"),
    ("Pediatrics", "Jersey City"),
    ("Psychiatry", "San Diego"),
    ("Internal Medicine", "Houston"),
    ("Obstetrics and Gynecology", "Los Angeles"),
    ("Neurology", "Chicago"),
    ("General Surgery", "Bronx"),
    ("Internal Medicine", "Miami"),
    ("Family Medicine", "Dallas"),
    ("Internal Medicine", "Chicago"),  # deliberately bad: capacity "lots"
    ("Gastroenterology", "Philadelphia"),
    ("Emergency Medicine", "Baltimore"),
    ("Pediatrics", "San Antonio"),
    ("Internal Medicine", "Phoenix"),
    ("Psychiatry", "Boston"),
    ("Family Medicine", "Denver"),
    ("Internal Medicine", "Orlando"),
    ("Cardiology", "Seattle"),
    ("Obstetrics and Gynecology", "New York"),
    ("Internal Medicine", "Detroit"),
    ("Neurology", "Tucson"),
    ("Psychiatry", "Nashville"),
    ("", "Salt Lake City"),  # deliberately bad: no specialty
    ("General Surgery", "Fresno"),
    ("Pediatrics", "Los Angeles"),
    ("Emergency Medicine", "Dallas"),
)
BAD_ROSTER_IDS = {"PR-014": "Monthly Capacity is 'lots'", "PR-027": "Specialty is empty"}

_FIRST = (
    "Alan",
    "Beatrice",
    "Carlos",
    "Diane",
    "Edward",
    "Farah",
    "Gregory",
    "Hannah",
    "Ibrahim",
    "Julia",
    "Kenneth",
    "Leila",
    "Martin",
    "Nadia",
    "Oscar",
    "Paula",
    "Quentin",
    "Rita",
    "Sanjay",
    "Teresa",
)
_LAST = (
    "Abernathy",
    "Bellamy",
    "Castellanos",
    "Drummond",
    "Ellery",
    "Fairbanks",
    "Galloway",
    "Hargrove",
    "Iqbal",
    "Jennings",
    "Kowalski",
    "Lindgren",
    "Moreau",
    "Nakashima",
    "Okonkwo",
    "Prescott",
    "Quintero",
    "Rosenthal",
    "Sorensen",
    "Thornbury",
)
_LANGUAGES = ("English", "English;Spanish", "English;Hindi;Urdu", "English;Arabic", "English;Spanish", "English")
# Weighted by repetition: most preceptors offer hands-on and observership; few are research- or telehealth-only.
_TYPES = (
    "hands_on;observership",
    "hands_on;observership",
    "hands_on;observership",
    "hands_on",
    "hands_on",
    "observership",
    "observership",
    "hands_on;observership;research",
    "observership;research",
    "observership;telehealth",
    "telehealth",
    "research",
)
_HANDS_ON_VISAS = ("citizen;green_card;j1", "citizen;green_card", "citizen;green_card;j1")
# Visitors on B1/B2 can only observe, so b1b2 appears only where no hands-on care is offered.
_OBSERVER_VISAS = ("citizen;green_card;j1;b1b2", "citizen;green_card;b1b2")
_MONTHS = tuple(f"2027-{m:02d}" for m in range(1, 9))

# Hand-set rows that guarantee the sample applicants real matches (and competition for scarce seats).
_OVERRIDES: dict[str, dict[str, str]] = {
    "PR-001": {
        "Rotation Types": "hands_on;observership",
        "Monthly Capacity": "2",
        "Available Months": "2027-01;2027-02;2027-03",
        "IMG Friendly": "yes",
        "Accepts Visas": "citizen;green_card;j1",
        "Min Step 2 CK": "230",
        "Max Years Since Graduation": "",
        "Requires ECFMG": "yes",
        "Provides LoR": "yes",
        "Languages": "English;Hindi;Urdu",
        "Hospital Affiliation": "Brooklyn Riverside Teaching Hospital",
        "Fee (USD)": "3000",
    },
    "PR-002": {
        "Rotation Types": "observership",
        "Monthly Capacity": "3",
        "Available Months": "2027-01;2027-02;2027-03;2027-04",
        "IMG Friendly": "yes",
        "Accepts Visas": "citizen;green_card;j1;b1b2",
        "Min Step 2 CK": "",
        "Max Years Since Graduation": "",
        "Requires ECFMG": "no",
        "Provides LoR": "yes",
        "Fee (USD)": "1500",
    },
    "PR-003": {
        "Rotation Types": "hands_on;observership;research",
        "Monthly Capacity": "1",
        "Available Months": "2027-01;2027-02",
        "IMG Friendly": "yes",
        "Accepts Visas": "citizen;green_card;j1",
        "Min Step 2 CK": "235",
        "Max Years Since Graduation": "7",
        "Requires ECFMG": "yes",
        "Provides LoR": "yes",
        "Hospital Affiliation": "Hudson Cardiology Fellowship and Residency Program",
        "Fee (USD)": "3500",
    },
}


def _affiliation(rng: random.Random, city: str, specialty: str) -> str:
    pick = rng.randrange(3)
    if pick == 0:
        return f"{city} Metropolitan Teaching Hospital"
    if pick == 1:
        return f"{rng.choice(('Lakeshore', 'Unity', 'Mercy Valley', 'Crescent'))} {specialty} Residency Program"
    return f"{rng.choice(('Sunrise', 'Parkside', 'Oakwood', 'Summit'))} {specialty or 'Medical'} Clinic (private)"


def _names(rng: random.Random, count: int) -> list[str]:
    pairs = [(f, last) for f in _FIRST for last in _LAST]
    return [f"Dr. {f} {last}, {rng.choice(('MD', 'MD', 'DO'))}" for f, last in rng.sample(pairs, count)]


def roster_rows(seed: int = 2027) -> list[list[str]]:
    """The preceptor roster: header row, then one row per preceptor (two of them deliberately invalid)."""
    rng = random.Random(seed)
    rows = [list(ROSTER_HEADERS)]
    names = _names(rng, len(_PLACEMENTS))
    for number, (specialty, city) in enumerate(_PLACEMENTS, start=1):
        pid = f"PR-{number:03d}"
        state, tz = _CITIES[city]
        types = rng.choice(_TYPES)
        hands_on = "hands_on" in types
        first = rng.choice((0, 0, 0, 1, 1, 2, 3, 4))
        months = list(_MONTHS[first : first + rng.randint(2, 5)])
        if len(months) > 2 and rng.random() < 0.3:
            months.pop(rng.randrange(1, len(months) - 1))  # a month off mid-run (vacation, another student)
        row = [
            pid,
            names[number - 1],
            specialty,
            city,
            state,
            tz,
            types,
            "lots" if pid == "PR-014" else str(rng.randint(1, 4)),
            ";".join(months),
            "no" if rng.random() < 0.15 else "yes",
            rng.choice(_HANDS_ON_VISAS if hands_on else _OBSERVER_VISAS),
            str(rng.randrange(220, 241, 5)) if hands_on and rng.random() < 0.6 else "",
            rng.choice(("", "", "3", "5", "7")),
            "yes" if hands_on and rng.random() < 0.7 else "no",
            "yes" if rng.random() < 0.75 else "no",
            rng.choice(_LANGUAGES),
            _affiliation(rng, city, specialty),
            str(rng.randrange(1500, 4001, 250) if hands_on else rng.randrange(1000, 2501, 250)),
            *_advisor_columns(random.Random(seed * 1000 + number), row_affiliation=None, specialty=specialty),
        ]
        for header, value in _OVERRIDES.get(pid, {}).items():
            row[ROSTER_HEADERS.index(header)] = value
        row[-2] = _residency(row[ROSTER_HEADERS.index("Hospital Affiliation")], specialty)
        rows.append(row)
    return rows


def _advisor_columns(rng: random.Random, row_affiliation: str | None, specialty: str) -> list[str]:
    """ECFMG per rotation type (blank = hands-on only), residency program (filled in by the caller), Step 2 CK
    minimum for students. A separate generator, so the older columns stay as they were."""
    ecfmg = "hands_on;observership" if rng.random() < 0.1 else ""
    return [ecfmg, row_affiliation or "", "yes" if rng.random() < 0.1 else "no"]


def _residency(affiliation: str, specialty: str) -> str:
    """A residency program where the affiliation says so: in the preceptor's specialty, or just "yes"."""
    text = affiliation.lower()
    if "residency" in text:
        return specialty
    if "teaching" in text or "university" in text or "academic" in text:
        return "yes"
    return "no"


_WEEKDAY = ["09:00-12:00", "13:00-17:00"]


def advisors() -> dict[str, Any]:
    """Three physician advisors: one with Saturday mornings, one with evenings that reach Asian mornings."""
    days_off = ["2026-12-24", "2026-12-25", "2027-01-01"]
    return {
        "advisors": [
            {
                "id": "adv-ellison",
                "name": "Dr. Margaret Ellison, MD",
                "email": "margaret.ellison@example.com",
                "calendar_id": "margaret.ellison@example.com",
                "video_url": "https://video.clerkflow.example.com/ellison",
                "timezone": "America/New_York",
                "specialties": ["Internal Medicine", "Cardiology", "Family Medicine"],
                "working_hours": {
                    "mon": _WEEKDAY,
                    "tue": _WEEKDAY,
                    "wed": _WEEKDAY,
                    "thu": _WEEKDAY,
                    "fri": _WEEKDAY,
                    "sat": ["09:00-12:00"],
                },
                "slot_minutes": 30,
                "buffer_minutes": 10,
                "daily_max": 6,
                "days_off": days_off,
            },
            {
                "id": "adv-desai",
                "name": "Dr. Anika Desai, MD",
                "email": "anika.desai@example.com",
                "calendar_id": "anika.desai@example.com",
                "video_url": "https://video.clerkflow.example.com/desai",
                "timezone": "America/Chicago",
                "specialties": ["Pediatrics", "Psychiatry", "Neurology"],
                "working_hours": {
                    "mon": ["08:00-12:00", "13:00-16:00"],
                    "tue": ["08:00-12:00", "13:00-16:00"],
                    "wed": ["08:00-12:00", "13:00-16:00"],
                    "thu": ["08:00-12:00", "13:00-16:00"],
                    "fri": ["08:00-12:00"],
                },
                "slot_minutes": 30,
                "buffer_minutes": 15,
                "daily_max": 5,
                "days_off": days_off,
            },
            {
                "id": "adv-whitfield",
                "name": "Dr. Thomas Whitfield, MD",
                "email": "thomas.whitfield@example.com",
                "calendar_id": "thomas.whitfield@example.com",
                "video_url": "https://video.clerkflow.example.com/whitfield",
                "timezone": "America/Los_Angeles",
                "specialties": [
                    "General Surgery",
                    "Obstetrics and Gynecology",
                    "Emergency Medicine",
                    "Internal Medicine",
                ],
                # 18:00-21:00 Pacific is early morning in India, Nepal, Pakistan and the Philippines.
                "working_hours": {
                    "mon": ["10:00-12:00", "18:00-21:00"],
                    "tue": ["10:00-12:00", "18:00-21:00"],
                    "wed": ["10:00-12:00", "18:00-21:00"],
                    "thu": ["10:00-12:00", "18:00-21:00"],
                    "fri": ["10:00-14:00"],
                },
                "slot_minutes": 30,
                "buffer_minutes": 10,
                "daily_max": 4,
                "days_off": days_off,
            },
        ]
    }
