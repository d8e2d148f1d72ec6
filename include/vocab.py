"""Controlled vocabularies: specialties, US states, countries, languages, visa/ECFMG/rotation categories.

Applicants type free text into forms and CVs; matching and eligibility need fixed categories. Each reader
here maps what people actually write (aliases, abbreviations, small typos) to one canonical value and says
"unknown" rather than guessing: a wrong category is worse than an empty one because ops never see it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import fuzz, process

# Typos ("Internal Medecine", "Pensylvania") score 90+; distinct names that share a suffix
# ("Urology" vs "Neurology", "Dermatology" vs "Radiology") score below 88.
FUZZY_CUTOFF = 90
_FUZZY_MIN_LEN = 5

_ANYWHERE_WORDS = frozenset(
    {
        "anywhere",
        "any",
        "any state",
        "any location",
        "anywhere in us",
        "anywhere in usa",
        "anywhere in the us",
        "anywhere in the usa",
        "all",
        "all states",
        "no preference",
        "no pref",
        "open",
        "open to all",
        "open to any",
        "flexible",
        "doesn t matter",
        "does not matter",
        "nationwide",
        "any where",
    }
)


def strip_accents(text: str) -> str:
    """The text with its letters' accents dropped ("Formação" -> "Formacao"), case kept."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=8192)
def fold(text: str | None) -> str:
    """Lowercase, accents removed, punctuation to spaces, whitespace collapsed: the key every table uses."""
    if not text:
        return ""
    stripped = strip_accents(str(text)).casefold().replace("&", " and ").replace("'", "").replace("\u2019", "")
    return " ".join(re.sub(r"[\W_]+", " ", stripped).split())


def _long(choices: Iterable[str]) -> tuple[str, ...]:
    return tuple(c for c in choices if len(c) >= _FUZZY_MIN_LEN)


def _fuzzy(key: str, long_choices: tuple[str, ...], cutoff: int = FUZZY_CUTOFF) -> str | None:
    """The closest long-enough choice for a typo; short keys are abbreviations and never fuzzy."""
    if len(key) < _FUZZY_MIN_LEN:
        return None
    hit = process.extractOne(key, _near_length(long_choices, len(key), cutoff), scorer=fuzz.ratio, score_cutoff=cutoff)
    return hit[0] if hit else None


@lru_cache(maxsize=1024)
def _near_length(choices: tuple[str, ...], length: int, cutoff: int) -> tuple[str, ...]:
    """The choices whose length lets them reach ``cutoff`` against a key of ``length``, in order: ``fuzz.ratio``
    is 100 * (1 - distance / (a + b)) and the distance is at least the difference of the lengths a and b."""
    return tuple(c for c in choices if 200 * min(length, len(c)) >= (cutoff - 1e-6) * (length + len(c)))


def _dedupe(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


_HARD_SPLIT = re.compile(r"[,;\n\r|\u2022\t]+")
_SOFT_SPLIT = re.compile(r"\s*(?:/|\\|&|\+)\s*|\s+(?:and|or)\s+", re.IGNORECASE)
_PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]")


def without_asides(text: str) -> str:
    """The text with its bracketed asides blanked out ("MBBS (Khartoum)", "[in press]"): they qualify a name or a
    line without being part of it."""
    return _PARENS.sub(" ", text)


# --------------------------------------------------------------------------------------------- specialties

SPECIALTIES: tuple[str, ...] = (
    "Internal Medicine",
    "Family Medicine",
    "Pediatrics",
    "Psychiatry",
    "Neurology",
    "General Surgery",
    "Obstetrics and Gynecology",
    "Emergency Medicine",
    "Anesthesiology",
    "Radiology",
    "Pathology",
    "Cardiology",
    "Gastroenterology",
    "Nephrology",
    "Pulmonology/Critical Care",
    "Endocrinology",
    "Rheumatology",
    "Hematology/Oncology",
    "Infectious Disease",
    "Geriatrics",
)

PARENT_SPECIALTY: dict[str, str] = {
    sub: "Internal Medicine"
    for sub in (
        "Cardiology",
        "Gastroenterology",
        "Nephrology",
        "Pulmonology/Critical Care",
        "Endocrinology",
        "Rheumatology",
        "Hematology/Oncology",
        "Infectious Disease",
        "Geriatrics",
    )
}

_SPECIALTY_ALIASES: dict[str, tuple[str, ...]] = {
    "Internal Medicine": (
        "IM",
        "Int Med",
        "Int. Med.",
        "Internal Med",
        "Intern Med",
        "General Internal Medicine",
        "GIM",
        "Medicine",
        "General Medicine",
        "Gen Med",
        "Internist",
        "Hospital Medicine",
        "Hospitalist",
    ),
    "Family Medicine": (
        "FM",
        "Fam Med",
        "Family Med",
        "Family Practice",
        "FP",
        "Primary Care",
        "General Practice",
        "GP",
    ),
    "Pediatrics": (
        "Peds",
        "Paeds",
        "Ped",
        "Paediatrics",
        "Pediatric",
        "Paediatric",
        "Pediatric Medicine",
        "Pediatrician",
        "Paediatrician",
    ),
    "Psychiatry": ("Psych", "Psy", "Psychiatric", "Mental Health", "Psychiatrist"),
    "Neurology": ("Neuro", "Neurol", "Neurologist"),
    "General Surgery": ("Gen Surg", "Gen Surgery", "Surgery", "Surg", "GS", "General Surgeon"),
    "Obstetrics and Gynecology": (
        "OBGYN",
        "OB/GYN",
        "OB-GYN",
        "OB GYN",
        "OBG",
        "OB",
        "GYN",
        "Gyn",
        "Obs and Gynae",
        "Obs Gyn",
        "O&G",
        "Obstetrics",
        "Gynecology",
        "Gynaecology",
        "Obstetrician",
        "Gynecologist",
        "Gynaecologist",
        "Obstetrics and Gynaecology",
        "Obstetrics Gynecology",
        "Women's Health",
    ),
    "Emergency Medicine": ("EM", "ER", "ED", "Emergency", "Emergency Med", "Emergency Room", "Emerg Med"),
    "Anesthesiology": (
        "Anesthesia",
        "Anaesthesia",
        "Anaesthesiology",
        "Anesthetics",
        "Anaesthetics",
        "Anesth",
        "Anesthesiologist",
        "Anaesthetist",
    ),
    "Radiology": ("Rads", "Diagnostic Radiology", "DR", "Radiol", "Imaging", "Radiologist"),
    "Pathology": ("Path", "Patho", "Clinical Pathology", "Anatomic Pathology", "AP/CP", "Pathologist"),
    "Cardiology": (
        "Cards",
        "Cardio",
        "Cardiac",
        "Cardiovascular",
        "Cardiovascular Medicine",
        "Cardiovascular Disease",
        "Cardiologist",
    ),
    "Gastroenterology": ("GI", "Gastro", "Gastroenterology and Hepatology", "Hepatology", "Gastroenterologist"),
    "Nephrology": ("Nephro", "Renal", "Neph", "Nephrologist"),
    "Pulmonology/Critical Care": (
        "Pulm",
        "Pulmonary",
        "Pulmonology",
        "Critical Care",
        "Critical Care Medicine",
        "CCM",
        "PCCM",
        "Pulm/CC",
        "Pulm/Crit",
        "Pulmonary/Critical Care",
        "Pulmonary and Critical Care",
        "Pulmonary and Critical Care Medicine",
        "Pulmonary Critical Care",
        "ICU",
        "Intensive Care",
        "Pulmonary Medicine",
        "Respiratory Medicine",
        "Chest Medicine",
        "Pulmonologist",
        "Intensivist",
    ),
    "Endocrinology": ("Endo", "Endocrine", "Endocrinology Diabetes and Metabolism", "Diabetes", "Endocrinologist"),
    "Rheumatology": ("Rheum", "Rheumatology and Immunology", "Rheumatologist"),
    "Hematology/Oncology": (
        "Heme/Onc",
        "Hem/Onc",
        "Heme Onc",
        "Hemonc",
        "Hemeonc",
        "Hematology",
        "Haematology",
        "Oncology",
        "Medical Oncology",
        "Onc",
        "Heme",
        "Hematology and Oncology",
        "Haematology/Oncology",
        "Hematology Oncology",
        "Oncologist",
        "Hematologist",
        "Haematologist",
    ),
    "Infectious Disease": (
        "ID",
        "Infectious Diseases",
        "Infectious Disease Medicine",
        "Infection",
        "Infectious",
        "Infectiologist",
    ),
    "Geriatrics": ("Geri", "Geriatric Medicine", "Geriatric", "Gerontology", "Elderly Care", "Geriatrician"),
}

# The specialties as Latin-American, Brazilian, francophone, German and Italian CVs name them (accents are folded away).
_SPECIALTY_ABROAD: dict[str, tuple[str, ...]] = {
    "Internal Medicine": ("Medicina Interna", "Médecine Interne", "Clínica Médica", "Innere Medizin"),
    "Family Medicine": (
        "Medicina Familiar",
        "Medicina Familiar y Comunitaria",
        "Medicina de Família",
        "Medicina de Família e Comunidade",
        "Médecine de Famille",
        "Médecine Générale",
        "Allgemeinmedizin",
        "Medicina Generale",
        "Medicina di Famiglia",
    ),
    "Pediatrics": ("Pediatría", "Pédiatrie", "Pädiatrie", "Kinderheilkunde", "Kinder- und Jugendmedizin", "Pediatria"),
    "Psychiatry": ("Psiquiatría", "Psychiatrie"),
    "Neurology": ("Neurología", "Neurologie"),
    "General Surgery": (
        "Cirugía General",
        "Cirurgia Geral",
        "Chirurgie Générale",
        "Allgemeinchirurgie",
        "Chirurgia Generale",
    ),
    "Obstetrics and Gynecology": (
        "Ginecología y Obstetricia",
        "Obstetricia y Ginecología",
        "Ginecologia e Obstetrícia",
        "Gynécologie-Obstétrique",
        "Gynécologie Obstétrique",
        "Gynäkologie und Geburtshilfe",
        "Frauenheilkunde und Geburtshilfe",
        "Ginecologia e Ostetricia",
        "Ostetricia e Ginecologia",
    ),
    "Emergency Medicine": (
        "Medicina de Urgencias",
        "Medicina de Emergencia",
        "Medicina de Emergência",
        "Médecine d'Urgence",
        "Notfallmedizin",
        "Medicina d'Urgenza",
        "Medicina di Emergenza-Urgenza",
    ),
    "Anesthesiology": (
        "Anestesiología",
        "Anesthésiologie",
        "Anesthésie-Réanimation",
        "Anästhesie",
        "Anestesia e Rianimazione",
    ),
    "Radiology": ("Radiología", "Radiologie"),
    "Pathology": ("Patología", "Anatomía Patológica", "Anatomopathologie", "Pathologie", "Anatomia Patologica"),
    "Cardiology": ("Cardiología", "Cardiologie"),
    "Gastroenterology": ("Gastroenterología", "Gastroentérologie", "Gastro-entérologie"),
    "Nephrology": ("Nefrología", "Néphrologie"),
    "Pulmonology/Critical Care": (
        "Neumología",
        "Pneumologia",
        "Pneumologie",
        "Medicina Intensiva",
        "Terapia Intensiva",
    ),
    "Endocrinology": ("Endocrinología", "Endocrinologie"),
    "Rheumatology": ("Reumatología", "Rhumatologie"),
    "Hematology/Oncology": (
        "Hematología",
        "Oncología",
        "Hématologie",
        "Oncologie",
        "Hemato-oncología",
        "Hämatologie und Onkologie",
        "Onkologie",
        "Ematologia",
        "Oncologia",
    ),
    "Infectious Disease": (
        "Enfermedades Infecciosas",
        "Infectología",
        "Doenças Infecciosas",
        "Maladies Infectieuses",
        "Infectiologie",
    ),
    "Geriatrics": ("Geriatría", "Gériatrie"),
}

_SPECIALTY_FILLER = frozenset({"and", "of", "the", "in"})


def _spec_key(text: str) -> str:
    return " ".join(w for w in fold(text).split() if w not in _SPECIALTY_FILLER)


_SPECIALTY_INDEX: dict[str, str] = {}
for _name in SPECIALTIES:
    for _alias in (_name, *_SPECIALTY_ALIASES.get(_name, ()), *_SPECIALTY_ABROAD.get(_name, ())):
        _SPECIALTY_INDEX[_spec_key(_alias)] = _name
        _SPECIALTY_INDEX[_spec_key(_alias).replace(" ", "")] = _name
_SPECIALTY_LONG = _long(_SPECIALTY_INDEX)


@lru_cache(maxsize=8192)
def canonical_specialty(text: str | None) -> str | None:
    """One specialty name from one phrase (alias, abbreviation or a small typo), else None."""
    key = _spec_key(text or "")
    if not key:
        return None
    hit = _SPECIALTY_INDEX.get(key) or _SPECIALTY_INDEX.get(key.replace(" ", ""))
    if hit:
        return hit
    unbracketed = _spec_key(without_asides(text or ""))
    if unbracketed and unbracketed != key and unbracketed in _SPECIALTY_INDEX:
        return _SPECIALTY_INDEX[unbracketed]
    match = _fuzzy(key, _SPECIALTY_LONG)
    return _SPECIALTY_INDEX[match] if match else None


def _split_soft(piece: str, match_one) -> tuple[list[str], list[str]]:
    """Split ``piece`` on / & + and/or, then rejoin neighbours greedily so compound names survive."""
    parts = [p.strip() for p in _SOFT_SPLIT.split(piece) if p and p.strip()]
    found: list[str] = []
    unknown: list[str] = []
    i = 0
    while i < len(parts):
        for j in range(len(parts), i, -1):
            hit = match_one(" ".join(parts[i:j])) if j - i > 1 else match_one(parts[i])
            if hit:
                found.append(hit)
                i = j
                break
        else:
            unknown.append(parts[i])
            i += 1
    return found, unknown


def canonical_specialties(text: str | None) -> tuple[list[str], list[str]]:
    """Canonical specialties named in ``text`` in order (deduplicated), and the pieces not recognized.

    Commas/semicolons always separate; ``/ & and`` separate only when the whole phrase is not itself a
    name, so "Obstetrics and Gynecology", "OB/GYN" and "Hematology/Oncology" stay one specialty.
    """
    found, unknown = _specialties(text or "")
    return list(found), list(unknown)


@lru_cache(maxsize=8192)
def _specialties(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    found: list[str] = []
    unknown: list[str] = []
    for raw_piece in _HARD_SPLIT.split(text or ""):
        piece = raw_piece.strip(" .-:*")
        if not fold(piece):
            continue
        hit = canonical_specialty(piece)
        if hit:
            found.append(hit)
            continue
        f, u = _split_soft(without_asides(piece), canonical_specialty)
        found.extend(f)
        unknown.extend(u if f else [piece])
    return tuple(_dedupe(found)), tuple(_dedupe(unknown))


# ----------------------------------------------------------------------------------------------- US states

US_STATES: dict[str, str] = {
    "AL": "Alabama",
    "AK": "Alaska",
    "AZ": "Arizona",
    "AR": "Arkansas",
    "CA": "California",
    "CO": "Colorado",
    "CT": "Connecticut",
    "DE": "Delaware",
    "DC": "District of Columbia",
    "FL": "Florida",
    "GA": "Georgia",
    "HI": "Hawaii",
    "ID": "Idaho",
    "IL": "Illinois",
    "IN": "Indiana",
    "IA": "Iowa",
    "KS": "Kansas",
    "KY": "Kentucky",
    "LA": "Louisiana",
    "ME": "Maine",
    "MD": "Maryland",
    "MA": "Massachusetts",
    "MI": "Michigan",
    "MN": "Minnesota",
    "MS": "Mississippi",
    "MO": "Missouri",
    "MT": "Montana",
    "NE": "Nebraska",
    "NV": "Nevada",
    "NH": "New Hampshire",
    "NJ": "New Jersey",
    "NM": "New Mexico",
    "NY": "New York",
    "NC": "North Carolina",
    "ND": "North Dakota",
    "OH": "Ohio",
    "OK": "Oklahoma",
    "OR": "Oregon",
    "PA": "Pennsylvania",
    "PR": "Puerto Rico",
    "RI": "Rhode Island",
    "SC": "South Carolina",
    "SD": "South Dakota",
    "TN": "Tennessee",
    "TX": "Texas",
    "UT": "Utah",
    "VT": "Vermont",
    "VA": "Virginia",
    "WA": "Washington",
    "WV": "West Virginia",
    "WI": "Wisconsin",
    "WY": "Wyoming",
}

# US Census Bureau regions (PR belongs to none).
REGIONS: dict[str, tuple[str, ...]] = {
    "Northeast": ("CT", "ME", "MA", "NH", "RI", "VT", "NJ", "NY", "PA"),
    "Midwest": ("IL", "IN", "MI", "OH", "WI", "IA", "KS", "MN", "MO", "NE", "ND", "SD"),
    "South": ("DE", "DC", "FL", "GA", "MD", "NC", "SC", "VA", "WV", "AL", "KY", "MS", "TN", "AR", "LA", "OK", "TX"),
    "West": ("AZ", "CO", "ID", "MT", "NV", "NM", "UT", "WY", "AK", "CA", "HI", "OR", "WA"),
}

# What applicants mean by these phrases (an IMG placement advisor's reading, not Census regions: Texas is not
# in a Florida applicant's "South"). Matching scores "in the region" from the same table (matching/policy.py).
_EAST_COAST = ("ME", "NH", "VT", "MA", "RI", "CT", "NY", "NJ", "PA", "DE", "MD", "DC", "VA", "NC", "SC", "GA", "FL")
_SOUTH = ("TX", "OK", "AR", "LA", "MS", "AL", "TN", "KY", "WV", "VA", "NC", "SC", "GA", "FL")
REGION_PHRASES: dict[str, tuple[str, ...]] = {
    "east coast": _EAST_COAST,
    "eastern seaboard": _EAST_COAST,
    "west coast": ("CA", "OR", "WA"),
    "pacific northwest": ("WA", "OR"),
    "new england": ("CT", "ME", "MA", "NH", "RI", "VT"),
    "tri state": ("NY", "NJ", "CT"),
    "tristate": ("NY", "NJ", "CT"),
    "tri state area": ("NY", "NJ", "CT"),
    "dmv": ("DC", "MD", "VA"),
    "mid atlantic": ("NY", "NJ", "PA", "DE", "MD", "DC", "VA"),
    "southeast": ("FL", "GA", "SC", "NC", "AL", "MS", "TN"),
    "florida or nearby": ("FL", "GA", "AL"),
    "southwest": ("AZ", "NM", "TX", "OK", "NV"),
    "northeast": REGIONS["Northeast"],
    "north east": REGIONS["Northeast"],
    "midwest": REGIONS["Midwest"],
    "mid west": REGIONS["Midwest"],
    "south": _SOUTH,
    "southern states": _SOUTH,
    "west": REGIONS["West"],
}

_STATE_ALIASES: dict[str, str] = {
    "nyc": "NY",
    "new york city": "NY",
    "ny city": "NY",
    "manhattan": "NY",
    "brooklyn": "NY",
    "the bronx": "NY",
    "queens": "NY",
    "long island": "NY",
    "washington dc": "DC",
    "washington d c": "DC",
    "d c": "DC",
    "dist of columbia": "DC",
    "washington state": "WA",
    "new york state": "NY",
    "calif": "CA",
    "cali": "CA",
    "socal": "CA",
    "norcal": "CA",
    "fla": "FL",
    "tex": "TX",
    "penn": "PA",
    "penna": "PA",
    "mass": "MA",
    "mich": "MI",
    "minn": "MN",
    "wisc": "WI",
    "conn": "CT",
    "ariz": "AZ",
    "colo": "CO",
    "jersey": "NJ",
    "n carolina": "NC",
    "s carolina": "SC",
    "n dakota": "ND",
    "s dakota": "SD",
    "w virginia": "WV",
    "puerto rico": "PR",
    "chicago": "IL",
    "houston": "TX",
    "dallas": "TX",
    "san antonio": "TX",
    "austin": "TX",
    "boston": "MA",
    "philadelphia": "PA",
    "philly": "PA",
    "pittsburgh": "PA",
    "atlanta": "GA",
    "miami": "FL",
    "orlando": "FL",
    "tampa": "FL",
    "los angeles": "CA",
    "san francisco": "CA",
    "bay area": "CA",
    "san diego": "CA",
    "detroit": "MI",
    "seattle": "WA",
    "baltimore": "MD",
    "cleveland": "OH",
    "phoenix": "AZ",
    "las vegas": "NV",
    "denver": "CO",
    "minneapolis": "MN",
    "st louis": "MO",
    "saint louis": "MO",
    "new orleans": "LA",
    "nashville": "TN",
    "charlotte": "NC",
    # Cities of teaching hospitals whose name says the state alone (not Rochester, Columbus or Portland, shared by
    # two states; not Birmingham or Durham, shared with England).
    "honolulu": "HI",
    "ann arbor": "MI",
    "grand rapids": "MI",
    "royal oak": "MI",
    "dearborn": "MI",
    "lansing": "MI",
    "flint": "MI",
    "new haven": "CT",
    "hartford": "CT",
    "bridgeport": "CT",
    "danbury": "CT",
    "farmington": "CT",
    "cincinnati": "OH",
    "akron": "OH",
    "dayton": "OH",
    "youngstown": "OH",
    "salt lake city": "UT",
    "albuquerque": "NM",
    "omaha": "NE",
    "milwaukee": "WI",
    "memphis": "TN",
    "knoxville": "TN",
    "chattanooga": "TN",
    "louisville": "KY",
    "providence": "RI",
    "hackensack": "NJ",
    "paterson": "NJ",
    "camden": "NJ",
    "hoboken": "NJ",
    "new brunswick": "NJ",
    "morristown": "NJ",
    "livingston": "NJ",
    "neptune": "NJ",
    "edison": "NJ",
    "jersey city": "NJ",
    "bronx": "NY",
    "staten island": "NY",
    "buffalo": "NY",
    "syracuse": "NY",
    "mineola": "NY",
    "valhalla": "NY",
    "stony brook": "NY",
    "manhasset": "NY",
    "new hyde park": "NY",
    "yonkers": "NY",
    "cooperstown": "NY",
    "poughkeepsie": "NY",
    "bethesda": "MD",
    "silver spring": "MD",
    "charlottesville": "VA",
    "roanoke": "VA",
    "gainesville": "FL",
    "jacksonville": "FL",
    "fort lauderdale": "FL",
    "boca raton": "FL",
    "tallahassee": "FL",
    "pensacola": "FL",
    "galveston": "TX",
    "lubbock": "TX",
    "el paso": "TX",
    "kingwood": "TX",
    "amarillo": "TX",
    "corpus christi": "TX",
    "mcallen": "TX",
    "harlingen": "TX",
    "fort worth": "TX",
    "tucson": "AZ",
    "scottsdale": "AZ",
    "indianapolis": "IN",
    "sacramento": "CA",
    "palo alto": "CA",
    "oakland": "CA",
    "fresno": "CA",
    "loma linda": "CA",
    "irvine": "CA",
    "anaheim": "CA",
    "pasadena": "CA",
    "long beach": "CA",
    "little rock": "AR",
    "tulsa": "OK",
    "chapel hill": "NC",
    "winston-salem": "NC",
    "raleigh": "NC",
    "hershey": "PA",
    "scranton": "PA",
    "allentown": "PA",
    "danville": "PA",
    "shreveport": "LA",
    "baton rouge": "LA",
    "huntsville": "AL",
    "tuscaloosa": "AL",
    "savannah": "GA",
    "macon": "GA",
    "des moines": "IA",
    "iowa city": "IA",
    "sioux falls": "SD",
    "fargo": "ND",
    "boise": "ID",
    "spokane": "WA",
    "tacoma": "WA",
    "anchorage": "AK",
    "morgantown": "WV",
}

_STATE_NAME_INDEX: dict[str, str] = {fold(name): code for code, name in US_STATES.items()}
_STATE_NAME_INDEX.update({fold(k): v for k, v in _STATE_ALIASES.items()})
_STATE_NAME_INDEX.update({k.replace(" ", ""): v for k, v in list(_STATE_NAME_INDEX.items()) if " " in k})
_STATE_LONG = _long(_STATE_NAME_INDEX)
_STATE_NAMES = frozenset(fold(name) for name in US_STATES.values())
_STATE_BY_REGION: dict[str, str] = {code: region for region, codes in REGIONS.items() for code in codes}


def is_state_name(text: str) -> bool:
    """A US state's own name ("Georgia", "new york"), not a city or a nickname that leads to one: a word that
    is also a country's or a city's name needs telling apart."""
    return fold(text) in _STATE_NAMES


@lru_cache(maxsize=8192)
def state_code(text: str | None, *, typos: bool = True) -> str | None:
    """USPS code from a state name, code or common nickname ("NYC" -> NY), any case, small typos allowed unless
    ``typos`` is False (a CV's short word: "Queen" of "Queen Elizabeth University Hospital" is no "Queens")."""
    key = fold(text)
    if key.startswith("state of "):
        key = key[len("state of ") :]
    for suffix in (" state", " usa", " us"):
        if key.endswith(suffix) and key[: -len(suffix)] in _STATE_NAME_INDEX:
            key = key[: -len(suffix)]
    if not key:
        return None
    if all(len(t) == 1 for t in key.split()):  # "N.Y." folds to "n y"
        key = key.replace(" ", "")
    if len(key) == 2 and key.upper() in US_STATES:
        return key.upper()
    if key in _STATE_NAME_INDEX:
        return _STATE_NAME_INDEX[key]
    if key.replace(" ", "") in _STATE_NAME_INDEX:
        return _STATE_NAME_INDEX[key.replace(" ", "")]
    match = _fuzzy(key, _STATE_LONG, cutoff=88) if typos and key not in _NOT_STATES else None
    return _STATE_NAME_INDEX[match] if match else None


# Words a typo away from a US place that CVs write for themselves: "Nan Province" is no "Providence".
_NOT_STATES = frozenset({"province", "provence"})


@lru_cache(maxsize=8192)
def region_states(text: str | None) -> tuple[str, ...] | None:
    """The states a region phrase ("East Coast", "Midwest", "Tri-state") stands for, else None."""
    key = fold(text)
    for prefix in ("the ", "anywhere in the ", "anywhere on the ", "anywhere in "):
        if key.startswith(prefix):
            key = key[len(prefix) :]
    for suffix in (" region", " states", " area", " us", " usa"):
        if key.endswith(suffix) and key[: -len(suffix)] in REGION_PHRASES:
            key = key[: -len(suffix)]
    return REGION_PHRASES.get(key)


def is_anywhere(text: str | None) -> bool:
    """True when the text says the applicant has no location preference."""
    return fold(text) in _ANYWHERE_WORDS


def _state_or_region(piece: str) -> list[str] | None:
    code = state_code(piece)
    if code:
        return [code]
    region = region_states(piece)
    return list(region) if region else None


def state_codes(text: str | None) -> tuple[list[str], list[str], bool]:
    """USPS codes named in ``text`` (regions expanded), unrecognized pieces, and whether it says "anywhere"."""
    codes, unknown, anywhere = _state_codes(text or "")
    return list(codes), list(unknown), anywhere


@lru_cache(maxsize=8192)
def _state_codes(text: str) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    codes: list[str] = []
    unknown: list[str] = []
    anywhere = False
    for raw_piece in _HARD_SPLIT.split(text or ""):
        piece = raw_piece.strip(" .-:*")
        if not fold(piece):
            continue
        if is_anywhere(piece) or is_anywhere(without_asides(piece)):
            anywhere = True
            continue
        hit = _state_or_region(piece) or _state_or_region(without_asides(piece))
        if hit:
            codes.extend(hit)
            continue
        tokens = fold(piece).split()
        if len(tokens) > 1 and all(len(t) == 2 and t.upper() in US_STATES for t in tokens):
            codes.extend(t.upper() for t in tokens)  # "NY NJ CT"
            continue
        found: list[str] = []
        parts = [p.strip() for p in _SOFT_SPLIT.split(without_asides(piece)) if p and p.strip()]
        rest: list[str] = []
        for part in parts:
            if is_anywhere(part):
                anywhere = True
                continue
            sub = _state_or_region(part)
            if sub:
                found.extend(sub)
            else:
                rest.append(part)
        codes.extend(found)
        unknown.extend(rest if found else ([piece] if rest else []))
    return tuple(_dedupe(codes)), tuple(_dedupe(unknown)), anywhere


def state_region(code: str | None) -> str | None:
    """The US Census region of a USPS code, else None (PR and unknown codes)."""
    return _STATE_BY_REGION.get((code or "").strip().upper())


# ------------------------------------------------------------------------------------------------ countries

_COUNTRIES: dict[str, tuple[str, ...]] = {
    "IN": ("India", "Bharat", "IND", "Inde"),
    "NP": ("Nepal", "NPL"),
    "PK": ("Pakistan", "PAK"),
    "BD": ("Bangladesh", "BGD"),
    "LK": ("Sri Lanka", "Srilanka", "Ceylon", "LKA"),
    "AF": ("Afghanistan",),
    "MM": ("Myanmar", "Burma"),
    "NG": ("Nigeria", "NGA"),
    "GH": ("Ghana", "GHA"),
    "KE": ("Kenya", "KEN"),
    "ET": ("Ethiopia",),
    "UG": ("Uganda",),
    "TZ": ("Tanzania",),
    "ZA": ("South Africa", "RSA"),
    "ZW": ("Zimbabwe",),
    "ZM": ("Zambia",),
    "CM": ("Cameroon", "Cameroun"),
    "SN": ("Senegal",),
    "SO": ("Somalia",),
    "EG": ("Egypt", "EGY", "Arab Republic of Egypt", "Égypte"),
    "SD": ("Sudan", "SDN"),
    "LY": ("Libya", "Libye"),
    "TN": ("Tunisia", "Tunisie"),
    "DZ": ("Algeria", "Algérie"),
    "MA": ("Morocco", "Maroc"),
    "SA": ("Saudi Arabia", "KSA", "Kingdom of Saudi Arabia", "Saudi", "SAU", "Arabie saoudite"),
    "AE": ("United Arab Emirates", "UAE", "Emirates"),
    "QA": ("Qatar",),
    "KW": ("Kuwait",),
    "BH": ("Bahrain",),
    "OM": ("Oman",),
    "YE": ("Yemen",),
    "JO": ("Jordan", "JOR", "Jordanie"),
    "LB": ("Lebanon", "LBN", "Liban"),
    "SY": ("Syria", "Syrian Arab Republic", "SYR", "Syrie"),
    "IQ": ("Iraq", "IRQ", "Irak"),
    "IR": ("Iran", "Islamic Republic of Iran", "IRN"),
    "PS": ("Palestine", "State of Palestine", "West Bank", "Gaza"),
    "IL": ("Israel", "ISR"),
    "TR": ("Turkey", "Türkiye", "Turkiye", "TUR"),
    "PH": ("Philippines", "The Philippines", "Phillipines", "Philipines", "PHL"),
    "CN": ("China", "People's Republic of China", "PRC", "CHN", "Chine"),
    "HK": ("Hong Kong",),
    "TW": ("Taiwan",),
    "JP": ("Japan",),
    "KR": ("South Korea", "Korea", "Republic of Korea"),
    "VN": ("Vietnam", "Viet Nam", "VNM", "Viêt Nam"),
    "TH": ("Thailand",),
    "MY": ("Malaysia",),
    "SG": ("Singapore",),
    "ID": ("Indonesia",),
    "KZ": ("Kazakhstan",),
    "KG": ("Kyrgyzstan", "Kyrgyz Republic"),
    "UZ": ("Uzbekistan",),
    "TJ": ("Tajikistan",),
    "GE": ("Georgia (country)", "Republic of Georgia"),
    "AM": ("Armenia",),
    "AZ": ("Azerbaijan",),
    "BR": ("Brazil", "Brasil", "BRA", "Brésil"),
    "MX": ("Mexico", "México", "MEX", "Mexique"),
    "CO": ("Colombia", "COL", "Colombie"),
    "VE": ("Venezuela", "VEN"),
    "PE": ("Peru", "Perú", "PER", "Pérou"),
    "AR": ("Argentina",),
    "CL": ("Chile",),
    "EC": ("Ecuador",),
    "BO": ("Bolivia",),
    "PY": ("Paraguay",),
    "UY": ("Uruguay",),
    "CU": ("Cuba",),
    "HT": ("Haiti", "Haïti"),
    "GT": ("Guatemala",),
    "HN": ("Honduras",),
    "SV": ("El Salvador",),
    "NI": ("Nicaragua",),
    "CR": ("Costa Rica",),
    "PA": ("Panama",),
    "GY": ("Guyana",),
    "BZ": ("Belize",),
    "UA": ("Ukraine", "UKR", "The Ukraine"),
    "RU": ("Russia", "Russian Federation", "RUS", "Russie"),
    "BY": ("Belarus",),
    "PL": ("Poland", "POL", "Polska", "Pologne"),
    "RO": ("Romania", "ROU", "Roumanie"),
    "MD": ("Moldova",),
    "BG": ("Bulgaria",),
    "HU": ("Hungary",),
    "CZ": ("Czech Republic", "Czechia"),
    "SK": ("Slovakia",),
    "RS": ("Serbia",),
    "HR": ("Croatia",),
    "GR": ("Greece",),
    "CY": ("Cyprus",),
    "LT": ("Lithuania",),
    "LV": ("Latvia",),
    "EE": ("Estonia",),
    "IT": ("Italy", "Italia", "ITA", "Italie"),
    "ES": ("Spain", "España", "ESP", "Espagne"),
    "PT": ("Portugal",),
    "FR": ("France",),
    "DE": ("Germany", "Deutschland", "DEU", "Allemagne"),
    "NL": ("Netherlands", "The Netherlands", "Holland"),
    "BE": ("Belgium", "Belgique"),
    "CH": ("Switzerland", "Suisse"),
    "AT": ("Austria",),
    "SE": ("Sweden",),
    "NO": ("Norway",),
    "DK": ("Denmark",),
    "FI": ("Finland",),
    "GB": (
        "United Kingdom",
        "UK",
        "U.K.",
        "Great Britain",
        "Britain",
        "England",
        "Scotland",
        "Wales",
        "Northern Ireland",
        "GBR",
        "Royaume-Uni",
    ),
    "IE": ("Ireland", "Republic of Ireland", "Eire", "IRL"),
    "GD": ("Grenada", "GRD"),
    "DM": ("Dominica", "Commonwealth of Dominica", "DMA"),
    "KN": ("Saint Kitts and Nevis", "St Kitts and Nevis", "St Kitts", "Saint Kitts", "Nevis", "St Kitts Nevis", "KNA"),
    "LC": ("Saint Lucia", "St Lucia", "LCA"),
    "VC": (
        "Saint Vincent and the Grenadines",
        "St Vincent and the Grenadines",
        "St Vincent",
        "Saint Vincent",
        "SVG",
        "VCT",
    ),
    "SX": ("Sint Maarten", "St Maarten", "Saint Maarten", "St Martin", "Saint Martin", "SXM"),
    "CW": ("Curaçao", "Curacao", "CUW"),
    "AW": ("Aruba", "ABW"),
    "BQ": ("Saba", "Bonaire", "Sint Eustatius", "Caribbean Netherlands"),
    "AG": ("Antigua and Barbuda", "Antigua", "ATG"),
    "BB": ("Barbados", "BRB"),
    "JM": ("Jamaica", "JAM"),
    "KY": ("Cayman Islands", "Grand Cayman", "Cayman", "CYM"),
    "AI": ("Anguilla", "AIA"),
    "MS": ("Montserrat", "MSR"),
    "BS": ("Bahamas", "The Bahamas", "BHS"),
    "TT": ("Trinidad and Tobago", "Trinidad", "Tobago", "TTO"),
    "DO": ("Dominicana", "Dominican Republic", "DR", "Republica Dominicana", "República Dominicana", "DOM"),
    "BM": ("Bermuda",),
    "VG": ("British Virgin Islands", "BVI"),
    "US": (
        "United States",
        "United States of America",
        "USA",
        "U.S.",
        "U.S.A.",
        "US",
        "America",
        "The United States",
        "The US",
        "The USA",
    ),
    "CA": ("Canada", "CAN"),
    "AU": ("Australia", "AUS"),
    "NZ": ("New Zealand",),
}
# Countries fewer applicants come from, known by name only: their codes are words or US states ("AL", "GA", "ME",
# "IS", "TO"), and "Chad", "Niger" or "Benin" are left out (a name, Nigeria, Nigeria's Benin City).
_MORE_COUNTRIES: dict[str, tuple[str, ...]] = {
    "AL": ("Albania", "Shqipëria"),
    "AO": ("Angola",),
    "BF": ("Burkina Faso",),
    "BI": ("Burundi",),
    "BT": ("Bhutan",),
    "BW": ("Botswana",),
    "CF": ("Central African Republic", "Centrafrique"),
    "DJ": ("Djibouti",),
    "ER": ("Eritrea",),
    "FJ": ("Fiji",),
    "GA": ("Gabon",),
    "GM": ("Gambia", "The Gambia"),
    "GN": ("Guinea", "Guinée", "Republic of Guinea"),
    "GW": ("Guinea-Bissau", "Guinée-Bissau"),
    "IS": ("Iceland",),
    "KH": ("Cambodia", "Cambodge", "Kampuchea"),
    "LR": ("Liberia",),
    "LS": ("Lesotho",),
    "LU": ("Luxembourg",),
    "ME": ("Montenegro",),
    "MG": ("Madagascar",),
    "ML": ("Mali",),
    "MN": ("Mongolia",),
    "MR": ("Mauritania", "Mauritanie"),
    "MT": ("Malta",),
    "MU": ("Mauritius", "Île Maurice"),
    "MV": ("Maldives",),
    "MW": ("Malawi",),
    "MZ": ("Mozambique", "Moçambique"),
    "PG": ("Papua New Guinea",),
    "RW": ("Rwanda",),
    "SC": ("Seychelles",),
    "SI": ("Slovenia", "Slovenija"),
    "SL": ("Sierra Leone",),
    "SR": ("Suriname",),
    "SS": ("South Sudan",),
    "TG": ("Togo",),
    "TM": ("Turkmenistan",),
    "WS": ("Samoa",),
}

# What people type that ISO 3166 (pycountry) does not list: short forms, old names, native names.
_COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "CN": ("PR China", "P.R. China", "PRC China", "Mainland China", "China PR", "China (PRC)", "Zhongguo", "中国"),
    "TW": ("ROC", "Republic of China", "Chinese Taipei", "台灣", "台湾"),
    "KR": ("S Korea", "S. Korea", "Korea South", "Korea (South)", "ROK", "Hanguk", "대한민국", "한국"),
    "KP": ("North Korea", "N Korea", "N. Korea", "Korea North", "DPRK"),
    "GB": ("U.K", "United Kingdom of Great Britain", "Great Britain and Northern Ireland"),
    "US": ("U.S", "U S A", "United States (USA)", "Estados Unidos", "EEUU", "EE.UU."),
    "SA": ("K.S.A", "K.S.A.", "Saudi-Arabia", "Al Saudia", "السعودية"),
    "AE": ("U.A.E", "U.A.E.", "UAE (Dubai)", "الإمارات"),
    "EG": ("Misr", "مصر"),
    "IR": ("IR Iran", "I.R. Iran", "ایران"),
    "RU": ("Россия", "Rossiya", "Russie", "Rusia", "Russland"),
    "LY": ("Libyan Arab Jamahiriya",),
    "UA": ("Україна", "Ukraina"),
    "IN": ("Hindustan", "भारत"),
    "PK": ("پاکستان",),
    "BD": ("বাংলাদেশ",),
    "NP": ("नेपाल",),
    "JP": ("Nippon", "Nihon", "日本"),
    "VN": ("Việt Nam",),
    "PH": ("Pilipinas", "RP"),
    "DE": ("BRD", "West Germany"),
    "CZ": ("Czech",),
    "MK": ("Macedonia", "North Macedonia", "FYROM"),
    "CI": ("Ivory Coast", "Cote d'Ivoire"),
    "CD": ("DRC", "DR Congo", "D.R. Congo", "Congo-Kinshasa", "Congo Kinshasa", "Zaire", "Democratic Rep. of Congo"),
    "CG": ("Congo-Brazzaville", "Congo Brazzaville", "Republic of the Congo", "Republic of Congo"),
    "CV": ("Cape Verde",),
    "SZ": ("Swaziland",),
    "TL": ("East Timor",),
    "LA": ("Laos",),
    "BN": ("Brunei",),
    "BA": ("Bosnia", "Bosnia-Herzegovina"),
    "VA": ("Vatican", "Vatican City", "Holy See"),
    "FM": ("Micronesia",),
    "MD": ("Republic of Moldova",),
    "TZ": ("United Republic of Tanzania",),
    "BO": ("Plurinational State of Bolivia",),
    "VE": ("Bolivarian Republic of Venezuela",),
    "SY": ("Syrie",),
    "GE": ("Sakartvelo",),
    "GR": ("Hellas", "Ελλάδα"),
    "HU": ("Magyarország",),
    "AT": ("Österreich",),
    "CH": ("Schweiz", "Suisse", "Svizzera"),
    "SE": ("Sverige",),
    "NO": ("Norge",),
    "DK": ("Danmark",),
    "FI": ("Suomi",),
    "HR": ("Hrvatska",),
    "NL": ("Nederland",),
    "TR": ("Turkei", "Türkei", "Turquía"),
    "IL": ("ישראל",),
    "TH": ("Siam", "ประเทศไทย"),
}
# Translations of every ISO name shipped with pycountry: "Deutschland", "México", "Brasil", "Égypte"…
_COUNTRY_LANGUAGES = tuple(
    [
        "es",
        "fr",
        "pt",
        "pt_BR",
        "de",
        "it",
        "nl",
        "pl",
        "ro",
        "tr",
        "ru",
        "uk",
        "ar",
        "fa",
        "ur",
        "hi",
        "bn",
        "ne",
        "zh_CN",
        "zh_TW",
        "ja",
        "ko",
        "vi",
        "id",
        "th",
        "hu",
        "cs",
        "el",
        "he",
        "sv",
        "da",
        "fi",
        "hr",
    ]
)


def _add_names(index: dict[str, str], name: str, code: str, *, override: bool, typo: set[str] | None = None) -> None:
    for variant in _name_variants(name):
        for key in {fold(variant), fold(variant).replace(" ", "")}:
            if key and (override or key not in index):
                index[key] = code
                if typo is not None:
                    typo.add(key)


@lru_cache(maxsize=1)
def _country_tables() -> tuple[dict[str, str], dict[str, str], tuple[str, ...]]:
    """(folded English name/code/alias -> ISO alpha-2, flag emoji -> alpha-2, names worth a typo match)."""
    import pycountry

    index: dict[str, str] = {}
    flags: dict[str, str] = {}
    english: set[str] = set()
    for c in pycountry.countries:
        code = c.alpha_2
        flags[getattr(c, "flag", "")] = code
        index.setdefault(code.lower(), code)
        index.setdefault(c.alpha_3.lower(), code)
        for n in (c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)):
            if n:
                _add_names(index, n, code, override=False, typo=english)
    for table in (_COUNTRY_ALIASES, _COUNTRIES):  # hand-made aliases win over everything else
        for code, aliases in table.items():
            index[code.lower()] = code
            for alias in aliases:
                _add_names(index, alias, code, override=True, typo=english)
    for k in [k for k in index if k.startswith("saint ")]:
        index.setdefault("st " + k[len("saint ") :], index[k])
    flags.pop("", None)
    return index, flags, _long(english)


@lru_cache(maxsize=1)
def _translated_names() -> dict[str, str]:
    """Folded ISO names in ~30 languages -> alpha-2; loaded only when an English lookup misses (0.3 s)."""
    import gettext

    import pycountry

    index: dict[str, str] = {}
    english, _, _ = _country_tables()
    for lang in _COUNTRY_LANGUAGES:
        try:
            tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        except OSError:
            continue
        for c in pycountry.countries:
            for n in (c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)):
                translated = tr.gettext(n) if n else n
                if translated and translated != n:
                    _add_names(index, translated, c.alpha_2, override=False)
    return {k: v for k, v in index.items() if k not in english}


def _name_variants(name: str) -> list[str]:
    """ISO's inverted names read both ways: "Korea, Republic of" is also "Republic of Korea"."""
    variants = [name]
    head, sep, tail = name.partition(", ")
    if sep:
        variants.append(f"{tail} {head}")
    bare = re.sub(r"\s*\([^)]*\)", "", name).strip()
    if bare and bare != name:
        variants.append(bare)
    return variants


COUNTRY_NAMES: dict[str, str] = {code: names[0] for code, names in _COUNTRIES.items()}

# Read, but a person should check: the name is old, ambiguous or a city.
_COUNTRY_GUESSES: dict[str, tuple[str, str]] = {
    "korea": ("KR", "'Korea' read as South Korea"),
    "georgia": ("GE", "'Georgia' read as the country, not the US state"),
    "ca": ("CA", "'CA' read as Canada, not California"),
    "phillipines": ("PH", "a misspelling, read as the closest country name"),
    "philipines": ("PH", "a misspelling, read as the closest country name"),
    "columbia": ("CO", "a misspelling, read as the closest country name"),
    "america": ("US", "'America' read as the United States"),
    "ceylon": ("LK", "an old name, read as Sri Lanka"),
    "persia": ("IR", "an old name, read as Iran"),
    "zaire": ("CD", "an old name, read as DR Congo"),
}
_CITIES: dict[str, str] = {
    **dict.fromkeys(("lahore", "karachi", "islamabad", "rawalpindi", "peshawar", "multan", "faisalabad"), "PK"),
    **dict.fromkeys(("manila", "cebu", "quezon city", "davao", "iloilo"), "PH"),
    **dict.fromkeys(("kyiv", "kiev", "kharkiv", "odesa", "odessa", "lviv", "dnipro", "zaporizhzhia"), "UA"),
    **dict.fromkeys(("dubai", "abu dhabi", "sharjah", "ajman"), "AE"),
    **dict.fromkeys(("mumbai", "delhi", "new delhi", "chennai", "kolkata", "bangalore", "bengaluru", "pune"), "IN"),
    **dict.fromkeys(("cairo", "alexandria", "giza", "mansoura"), "EG"),
    **dict.fromkeys(("lagos", "ibadan", "abuja", "enugu", "port harcourt"), "NG"),
    **dict.fromkeys(("dhaka", "chittagong", "sylhet"), "BD"),
    **dict.fromkeys(("kathmandu",), "NP"),
    **dict.fromkeys(("tbilisi",), "GE"),
    **dict.fromkeys(("yerevan",), "AM"),
    **dict.fromkeys(("moscow", "saint petersburg", "st petersburg"), "RU"),
    **dict.fromkeys(("beijing", "shanghai", "wuhan"), "CN"),
    **dict.fromkeys(("tehran", "shiraz", "mashhad"), "IR"),
    **dict.fromkeys(("riyadh", "jeddah"), "SA"),
    **dict.fromkeys(("nairobi",), "KE"),
    **dict.fromkeys(("accra", "kumasi"), "GH"),
    **dict.fromkeys(("bishkek",), "KG"),
    **dict.fromkeys(("almaty",), "KZ"),
    **dict.fromkeys(("samarkand", "tashkent"), "UZ"),
}
# Never a country: placeholders, continents and regions, states that no longer exist.
_NOT_A_COUNTRY: dict[str, str] = {
    **dict.fromkeys(
        (
            "n a",
            "na",
            "none",
            "nil",
            "null",
            "other",
            "others",
            "see cv",
            "same as above",
            "as above",
            "unknown",
            "international",
            "overseas",
            "abroad",
            "foreign",
            "earth",
            "world",
            "islands",
            "test",
        ),
        "not a country",
    ),
    **dict.fromkeys(
        (
            "asia",
            "africa",
            "europe",
            "oceania",
            "middle east",
            "south america",
            "north america",
            "latin america",
            "central america",
            "caribbean",
            "west indies",
            "scandinavia",
            "south asia",
            "east asia",
            "southeast asia",
            "caribbean medical school",
            "eastern europe",
            "western europe",
            "gulf",
        ),
        "a region, not one country",
    ),
    **dict.fromkeys(
        ("ussr", "soviet union", "yugoslavia", "czechoslovakia", "east germany", "serbia and montenegro"),
        "a state that no longer exists",
    ),
    **dict.fromkeys(("congo", "virgin islands"), "ambiguous: more than one country has this name"),
}


# The CV parser's quick index (built at import, a few ms): the countries applicants mostly come from, with
# their aliases. Intake's read_country() below knows every ISO country in ~30 languages; the CV parser calls
# country_code() on many segments that are not countries, where loading all of that would cost its workers
# half a second on their first miss.
_COUNTRY_INDEX: dict[str, str] = {}
for _table in (_COUNTRY_ALIASES, _COUNTRIES):
    for _code, _names in _table.items():
        _COUNTRY_INDEX[_code.lower()] = _code
        for _n in _names:
            _COUNTRY_INDEX[fold(_n)] = _code
            _COUNTRY_INDEX[fold(_n).replace(" ", "")] = _code
for _code, _names in _MORE_COUNTRIES.items():
    for _n in _names:
        _COUNTRY_INDEX.setdefault(fold(_n), _code)
        _COUNTRY_INDEX.setdefault(fold(_n).replace(" ", ""), _code)
for _k in [k for k in _COUNTRY_INDEX if k.startswith("saint ")]:
    _COUNTRY_INDEX["st " + _k[len("saint ") :]] = _COUNTRY_INDEX[_k]
_COUNTRY_LONG = _long(_COUNTRY_INDEX)


# Places one letter from a country's name that are not it: Peru's and Argentina's San Martín (not Saint Martin).
_NOT_COUNTRIES = frozenset({"san martin"})


@lru_cache(maxsize=8192)
def country_code(text: str | None) -> str | None:
    """ISO 3166-1 alpha-2 code from a common country name, variant ("USA", "KSA", "Viet Nam") or code, for
    the CV parser; intake reads form cells with read_country(), which knows every ISO name."""
    key = fold(text)
    if not key:
        return None
    if key.startswith("the ") and key[4:] in _COUNTRY_INDEX:
        key = key[4:]
    hit = _COUNTRY_INDEX.get(key) or _COUNTRY_INDEX.get(key.replace(" ", ""))
    if hit:
        return hit
    if key in _NOT_COUNTRIES:
        return None
    match = _fuzzy(key, _COUNTRY_LONG, cutoff=88)
    return _COUNTRY_INDEX[match] if match else None


@lru_cache(maxsize=8192)
def read_country(text: str | None) -> tuple[str | None, str | None]:
    """(ISO alpha-2 or None, a note for ops): the note says why a code is a guess (typo, city, old or ambiguous
    name), or why nothing was read. (code, None) is a sure reading."""
    stripped = (text or "").strip()
    if not stripped:
        return None, None
    index, flags, typo_choices = _country_tables()
    if stripped in flags:
        return flags[stripped], None
    key = fold(text)
    if not key:
        return None, None
    if key in _NOT_A_COUNTRY:
        return None, _NOT_A_COUNTRY[key]
    if key in _COUNTRY_GUESSES:
        return _COUNTRY_GUESSES[key]
    unsure = "?" in stripped
    hit = _country_lookup(key, index)
    if hit:
        return (hit, "written with a question mark") if unsure else (hit, None)
    flag = next((flags[f] for f in flags if f in stripped), None)
    if flag:
        return flag, None
    parts = [p for p in re.split(r",| - |/|\bor\b|&|\band\b|;", stripped) if fold(p)]
    if len(parts) > 1:  # "Lahore, Pakistan": the part that is a country; "India/Nepal": two countries
        found = {code for p in parts if (code := _country_lookup(fold(p), index))}
        if len(found) == 1:
            return found.pop(), None
        if len(found) > 1:
            return None, "more than one country"
    if key in _CITIES:
        return _CITIES[key], "a city, not a country"
    match = _fuzzy(key, typo_choices, cutoff=85) or _transposed(key, typo_choices)
    if match:
        return index[match], "a misspelling, read as the closest country name"
    return None, None


def _transposed(key: str, choices: tuple[str, ...]) -> str | None:
    """ "Egpyt" -> "egypt", "Indai" -> "india": two neighbouring letters swapped (ratio scores these low)."""
    if len(key) < 4:
        return None
    for choice in choices:
        if len(choice) == len(key) and sorted(choice) == sorted(key):
            diff = [i for i, (a, b) in enumerate(zip(key, choice, strict=True)) if a != b]
            if len(diff) == 2 and diff[1] == diff[0] + 1:
                return choice
    return None


def _country_lookup(key: str, index: dict[str, str]) -> str | None:
    if not key:
        return None
    candidates = [c for c in (key, key[4:] if key.startswith("the ") else "", without_asides(key).strip()) if c]
    for table in (index, None):
        table = table if table is not None else _translated_names()
        for candidate in candidates:
            hit = table.get(candidate) or table.get(candidate.replace(" ", ""))
            if hit:
                return hit
    return None


def country_name(code: str | None) -> str | None:
    """The English short name for an ISO alpha-2 code ("KR" -> "South Korea"), for people to read."""
    if not code:
        return None
    if code in COUNTRY_NAMES:
        return COUNTRY_NAMES[code]
    import pycountry

    c = pycountry.countries.get(alpha_2=code)
    return None if c is None else getattr(c, "common_name", None) or c.name


# One representative zone per country: used to book consults in the applicant's daytime.
_COUNTRY_TZ: dict[str, str] = {
    "IN": "Asia/Kolkata",
    "NP": "Asia/Kathmandu",
    "PK": "Asia/Karachi",
    "BD": "Asia/Dhaka",
    "LK": "Asia/Colombo",
    "AF": "Asia/Kabul",
    "MM": "Asia/Yangon",
    "NG": "Africa/Lagos",
    "GH": "Africa/Accra",
    "KE": "Africa/Nairobi",
    "ET": "Africa/Addis_Ababa",
    "UG": "Africa/Kampala",
    "TZ": "Africa/Dar_es_Salaam",
    "ZA": "Africa/Johannesburg",
    "ZW": "Africa/Harare",
    "ZM": "Africa/Lusaka",
    "CM": "Africa/Douala",
    "SN": "Africa/Dakar",
    "SO": "Africa/Mogadishu",
    "EG": "Africa/Cairo",
    "SD": "Africa/Khartoum",
    "LY": "Africa/Tripoli",
    "TN": "Africa/Tunis",
    "DZ": "Africa/Algiers",
    "MA": "Africa/Casablanca",
    "SA": "Asia/Riyadh",
    "AE": "Asia/Dubai",
    "QA": "Asia/Qatar",
    "KW": "Asia/Kuwait",
    "BH": "Asia/Bahrain",
    "OM": "Asia/Muscat",
    "YE": "Asia/Aden",
    "JO": "Asia/Amman",
    "LB": "Asia/Beirut",
    "SY": "Asia/Damascus",
    "IQ": "Asia/Baghdad",
    "IR": "Asia/Tehran",
    "PS": "Asia/Gaza",
    "IL": "Asia/Jerusalem",
    "TR": "Europe/Istanbul",
    "PH": "Asia/Manila",
    "CN": "Asia/Shanghai",
    "HK": "Asia/Hong_Kong",
    "TW": "Asia/Taipei",
    "JP": "Asia/Tokyo",
    "KR": "Asia/Seoul",
    "VN": "Asia/Ho_Chi_Minh",
    "TH": "Asia/Bangkok",
    "MY": "Asia/Kuala_Lumpur",
    "SG": "Asia/Singapore",
    "ID": "Asia/Jakarta",
    "KZ": "Asia/Almaty",
    "KG": "Asia/Bishkek",
    "UZ": "Asia/Tashkent",
    "TJ": "Asia/Dushanbe",
    "GE": "Asia/Tbilisi",
    "AM": "Asia/Yerevan",
    "AZ": "Asia/Baku",
    "BR": "America/Sao_Paulo",
    "MX": "America/Mexico_City",
    "CO": "America/Bogota",
    "VE": "America/Caracas",
    "PE": "America/Lima",
    "AR": "America/Argentina/Buenos_Aires",
    "CL": "America/Santiago",
    "EC": "America/Guayaquil",
    "BO": "America/La_Paz",
    "PY": "America/Asuncion",
    "UY": "America/Montevideo",
    "CU": "America/Havana",
    "HT": "America/Port-au-Prince",
    "GT": "America/Guatemala",
    "HN": "America/Tegucigalpa",
    "SV": "America/El_Salvador",
    "NI": "America/Managua",
    "CR": "America/Costa_Rica",
    "PA": "America/Panama",
    "GY": "America/Guyana",
    "BZ": "America/Belize",
    "UA": "Europe/Kyiv",
    "RU": "Europe/Moscow",
    "BY": "Europe/Minsk",
    "PL": "Europe/Warsaw",
    "RO": "Europe/Bucharest",
    "MD": "Europe/Chisinau",
    "BG": "Europe/Sofia",
    "HU": "Europe/Budapest",
    "CZ": "Europe/Prague",
    "SK": "Europe/Bratislava",
    "RS": "Europe/Belgrade",
    "HR": "Europe/Zagreb",
    "GR": "Europe/Athens",
    "CY": "Asia/Nicosia",
    "LT": "Europe/Vilnius",
    "LV": "Europe/Riga",
    "EE": "Europe/Tallinn",
    "IT": "Europe/Rome",
    "ES": "Europe/Madrid",
    "PT": "Europe/Lisbon",
    "FR": "Europe/Paris",
    "DE": "Europe/Berlin",
    "NL": "Europe/Amsterdam",
    "BE": "Europe/Brussels",
    "CH": "Europe/Zurich",
    "AT": "Europe/Vienna",
    "SE": "Europe/Stockholm",
    "NO": "Europe/Oslo",
    "DK": "Europe/Copenhagen",
    "FI": "Europe/Helsinki",
    "GB": "Europe/London",
    "IE": "Europe/Dublin",
    "GD": "America/Grenada",
    "DM": "America/Dominica",
    "KN": "America/St_Kitts",
    "LC": "America/St_Lucia",
    "VC": "America/St_Vincent",
    "SX": "America/Lower_Princes",
    "CW": "America/Curacao",
    "AW": "America/Aruba",
    "BQ": "America/Kralendijk",
    "AG": "America/Antigua",
    "BB": "America/Barbados",
    "JM": "America/Jamaica",
    "KY": "America/Cayman",
    "AI": "America/Anguilla",
    "MS": "America/Montserrat",
    "BS": "America/Nassau",
    "TT": "America/Port_of_Spain",
    "DO": "America/Santo_Domingo",
    "BM": "Atlantic/Bermuda",
    "VG": "America/Tortola",
    "US": "America/New_York",
    "CA": "America/Toronto",
    "AU": "Australia/Sydney",
    "NZ": "Pacific/Auckland",
}


def country_timezone(code: str | None) -> str:
    """A representative IANA zone for an ISO country code (the tz database's first zone for countries not
    listed above); "UTC" when unknown."""
    key = (code or "").strip().upper()
    if key in _COUNTRY_TZ:
        return _COUNTRY_TZ[key]
    return _tz_database_zone(key) or "UTC"


@lru_cache(maxsize=512)
def _tz_database_zone(code: str) -> str | None:
    try:
        import pytz
    except ImportError:  # pragma: no cover - pytz comes with Airflow
        return None
    zones = pytz.country_timezones.get(code) if code else None
    return zones[0] if zones else None


# ------------------------------------------------------------------------------------------------ languages

_LANGUAGES: dict[str, tuple[str, ...]] = {
    "English": (
        "English",
        "Eng",
        "Inglés",
        "Inglês",
        "Anglais",
        "İngilizce",
        "Ingilizce",
        "英語",
        "英语",
        "영어",
        "Inglese",
        "Engleski",
        "Angličtina",
        "Engels",
        "Anglisht",
        "Anglès",
        "Englisch",
        "Αγγλικά",
        "Английский",
        "Angielski",
    ),
    "Spanish": (
        "Spanish",
        "Español",
        "Espanol",
        "Espanhol",
        "Castellano",
        "Castilian",
        "Spanisch",
        "Spagnolo",
        "İspanyolca",
        "Španjolski",
        "Španski",
        "Španělština",
        "Spaans",
        "Spanjisht",
        "Castellà",
        "Испанский",
        "Hiszpański",
    ),
    "Hindi": ("Hindi", "हिन्दी", "हिंदी"),
    "Urdu": ("Urdu", "اردو"),
    "Arabic": (
        "Arabic",
        "العربية",
        "Arabi",
        "Arabe",
        "Árabe",
        "Egyptian Arabic",
        "Levantine Arabic",
        "Sudanese Arabic",
        "Juba Arabic",
        "Sudanese",  # "Arabic (native, Sudanese dialect)": not Sundanese
        "Arabisch",
        "Arapça",
        "Арабский",
    ),
    "Tagalog": ("Tagalog", "Filipino", "Pilipino"),
    "Portuguese": (
        "Portuguese",
        "Português",
        "Portugues",
        "Portugués",
        "Brazilian Portuguese",
        "Portugiesisch",
        "Portugais",
        "Portugalski",
        "Portugees",
    ),
    "Ukrainian": ("Ukrainian", "Українська", "Ukranian", "Украинский", "Ukraiński"),
    "Russian": (
        "Russian",
        "Русский",
        "Russkiy",
        "Russisch",
        "Ruso",
        "Russo",
        "Russe",
        "Rusça",
        "Ruski",
        "Ruština",
        "Rusisht",
        "Rosyjski",
    ),
    "Nepali": ("Nepali", "Nepalese", "नेपाली"),
    "Bengali": ("Bengali", "Bangla", "বাংলা"),
    "Punjabi": ("Punjabi", "Panjabi", "ਪੰਜਾਬੀ", "پنجابی"),
    "French": (
        "French",
        "Français",
        "Francais",
        "Francés",
        "Francês",
        "Französisch",
        "Francese",
        "Fransızca",
        "Francuski",
        "Francouzština",
        "Frans",
        "Frëngjisht",
        "Francès",
        "Французский",
        "Francuski",
    ),
    "Mandarin": (
        "Mandarin",
        "Mandarin Chinese",
        "Chinese",
        "Putonghua",
        "Chinois",
        "Chino",
        "中文",
        "普通话",
        "汉语",
        "Китайский",
    ),
    "Cantonese": ("Cantonese", "廣東話", "粵語"),
    "German": (
        "German",
        "Deutsch",
        "Alemán",
        "Alemão",
        "Tedesco",
        "Allemand",
        "Almanca",
        "Njemački",
        "Nemački",
        "Němčina",
        "Duits",
        "Gjermanisht",
        "Alemany",
        "Немецкий",
        "Niemiecki",
    ),
    "Italian": (
        "Italian",
        "Italiano",
        "Italienisch",
        "Italien",
        "Talijanski",
        "Italijanski",
        "Italština",
        "Italiaans",
        "Italisht",
        "Italià",
        "Итальянский",
        "Włoski",
    ),
    "Polish": ("Polish", "Polski", "Polonais", "Польский"),
    "Romanian": ("Romanian", "Română", "Romana", "Roumain", "Румынский"),
    "Persian": ("Persian", "Farsi", "فارسی", "Dari", "دری"),
    "Turkish": ("Turkish", "Türkçe", "Turkce", "Türkisch", "Turc", "Turco", "Турецкий"),
    "Hebrew": ("Hebrew", "עברית", "Иврит"),
    "Tamil": ("Tamil", "தமிழ்"),
    "Telugu": ("Telugu", "తెలుగు"),
    "Malayalam": ("Malayalam", "മലയാളം"),
    "Kannada": ("Kannada", "ಕನ್ನಡ"),
    "Marathi": ("Marathi", "मराठी"),
    "Gujarati": ("Gujarati", "ગુજરાતી"),
    "Sinhala": ("Sinhala", "Sinhalese", "සිංහල"),
    "Yoruba": ("Yoruba", "Yorùbá"),
    "Igbo": ("Igbo", "Ibo"),
    "Hausa": ("Hausa",),
    "Swahili": ("Swahili", "Kiswahili", "Suaíli", "Suahili"),
    "Amharic": ("Amharic", "አማርኛ"),
    "Somali": ("Somali",),
    "Vietnamese": ("Vietnamese", "Tiếng Việt", "Tieng Viet"),
    "Korean": ("Korean", "한국어", "韓国語", "韩语", "Coréen", "Coreano", "Корейский"),
    "Japanese": ("Japanese", "日本語", "日语", "일본어", "Japonais", "Japonés", "Японский"),
    "Haitian Creole": ("Haitian Creole", "Kreyòl", "Kreyol", "Creole"),
    "Cape Verdean Creole": ("Cape Verdean Creole", "Kriolu", "Kabuverdianu", "Crioulo cabo-verdiano"),
    "Greek": ("Greek", "Ελληνικά", "Greqisht", "Grčki"),
    "Armenian": ("Armenian", "Հայերեն", "Армянский"),
    "Pashto": ("Pashto", "Pashtu", "پښتو"),
    "Malay": ("Malay", "Bahasa Melayu"),
    "Indonesian": ("Indonesian", "Bahasa Indonesia"),
    "Thai": ("Thai", "ภาษาไทย"),
    "Dutch": ("Dutch", "Nederlands"),
    "Cebuano": ("Cebuano", "Bisaya", "Visayan"),
    "Ilocano": ("Ilocano", "Ilokano"),
    # Languages IMGs list that the table lacked (issue 12's corpus: "Twi", "Sindhi").
    "Twi": ("Twi", "Asante Twi"),
    "Akan": ("Akan", "Fante", "Fanti"),
    "Sindhi": ("Sindhi", "سنڌي"),
    "Kurdish": ("Kurdish", "Kurmanji", "Sorani", "Kurdî"),
    "Uzbek": ("Uzbek", "Oʻzbek", "O'zbek", "Узбекский"),
    "Kazakh": ("Kazakh", "Қазақ", "Казахский"),
    "Georgian": ("Georgian", "ქართული", "Грузинский"),
    "Azerbaijani": ("Azerbaijani", "Azeri", "Azərbaycan", "Азербайджанский"),
    "Tigrinya": ("Tigrinya", "ትግርኛ"),
    "Oromo": ("Oromo", "Afaan Oromoo"),
    "Shona": ("Shona",),
    "Zulu": ("Zulu", "isiZulu"),
    "Xhosa": ("Xhosa", "isiXhosa"),
    "Serbian": ("Serbian", "Српски", "Srpski", "Srpski jezik"),
    "Croatian": ("Croatian", "Hrvatski", "hrvatski jezik"),
    "Albanian": ("Albanian", "Shqip", "Shqipe"),
    "Burmese": ("Burmese", "Myanmar language"),
    "Khmer": ("Khmer", "Cambodian"),
    "Mongolian": ("Mongolian", "Монгол"),
    # More languages of IMGs' home regions (issue 12's holdout: "Newari", "Kikuyu", "Ga").
    "Newari": ("Newari", "Nepal Bhasa", "Newar"),
    "Maithili": ("Maithili",),
    "Bhojpuri": ("Bhojpuri",),
    "Odia": ("Odia", "Oriya"),
    "Assamese": ("Assamese",),
    "Konkani": ("Konkani",),
    "Sylheti": ("Sylheti",),
    "Saraiki": ("Saraiki", "Seraiki"),
    "Balochi": ("Balochi", "Baluchi"),
    "Kikuyu": ("Kikuyu", "Gikuyu"),
    "Kalenjin": ("Kalenjin",),
    "Magar": ("Magar",),
    "Gurung": ("Gurung",),
    "Tamang": ("Tamang",),
    "Tharu": ("Tharu",),
    "Luo": ("Luo", "Dholuo"),
    "Ga": ("Ga", "Gã"),
    "Ewe": ("Ewe",),
    "Luganda": ("Luganda", "Ganda"),
    "Kinyarwanda": ("Kinyarwanda",),
    "Wolof": ("Wolof",),
    "Baoulé": ("Baoulé", "Baoule", "Baule"),
    "Dioula": ("Dioula", "Jula", "Dyula"),
    "Fula": ("Fula", "Fulani", "Fulfulde", "Pulaar"),
    "Lingala": ("Lingala",),
    "Kimbundu": ("Kimbundu", "Quimbundo"),  # Angola and Mozambique
    "Umbundu": ("Umbundu",),
    "Sena": ("Sena",),
    "Makhuwa": ("Makhuwa", "Emakhuwa", "Macua"),
    "Chichewa": ("Chichewa", "Nyanja", "Chewa"),
    "Bemba": ("Bemba",),
    "Tswana": ("Tswana", "Setswana"),
    "Sotho": ("Sotho", "Sesotho", "Southern Sotho"),
    "Afrikaans": ("Afrikaans",),
    "Tajik": ("Tajik", "Tajiki"),
    "Turkmen": ("Turkmen",),
    "Kyrgyz": ("Kyrgyz", "Kirghiz", "Киргизский", "Кыргызский"),
    "Uyghur": ("Uyghur", "Uighur"),
    "Lao": ("Lao", "Laotian"),
    "Hakka": ("Hakka",),
    "Hokkien": ("Hokkien", "Taiwanese Hokkien", "Taiwanese", "Min Nan"),
    "Czech": ("Czech", "Čeština", "Cestina"),
    "Slovak": ("Slovak", "Slovenština", "Slovenčina"),
    "Hungarian": ("Hungarian", "Magyar"),
    "Bulgarian": ("Bulgarian",),
    "Swedish": ("Swedish", "Svenska", "Schwedisch"),
    "Norwegian": ("Norwegian",),
    "Danish": ("Danish", "Dansk"),
    "Finnish": ("Finnish", "Suomi"),
    "Lithuanian": ("Lithuanian",),
    "Latvian": ("Latvian",),
    "Estonian": ("Estonian",),
    "Belarusian": ("Belarusian", "Белорусский"),
    "Macedonian": ("Macedonian",),
    "Bosnian": ("Bosnian", "Bosanski", "bosanski jezik"),
    "Montenegrin": ("Montenegrin", "Crnogorski"),
    "Dinka": ("Dinka", "Thuɔŋjäŋ"),
    "Nuer": ("Nuer",),
    "Kumaoni": ("Kumaoni",),
    "Garhwali": ("Garhwali",),
    "Slovenian": ("Slovenian", "Slovene"),
    "Catalan": ("Catalan", "Català"),
    # Spanish and Portuguese names of languages (Latin-American CVs: "Inglês", "Alemán"), and more home languages.
    "Quechua": ("Quechua", "Runa Simi", "Quichua"),
    "Aymara": ("Aymara",),
    "Guarani": ("Guarani", "Guaraní"),
    "Runyankole": ("Runyankole", "Runyankore", "Nyankole"),
    "Nigerian Pidgin": ("Nigerian Pidgin", "Naija"),
    "Cameroonian Pidgin English": ("Cameroonian Pidgin English", "Cameroonian Pidgin", "Kamtok"),
    # Home and heritage languages of Indonesian, British, Irish and New Zealand applicants, and more of Europe's.
    "Javanese": ("Javanese", "Basa Jawa"),
    "Sundanese": ("Sundanese",),
    "Irish": ("Irish", "Irish Gaelic", "Gaeilge"),
    "Scottish Gaelic": ("Scottish Gaelic", "Gàidhlig"),
    "Welsh": ("Welsh", "Cymraeg"),
    "Māori": ("Māori", "Maori", "te reo Māori", "te reo Maori", "te reo"),
    "Basque": ("Basque", "Euskara"),
    "Galician": ("Galician", "Galego"),
    "Maltese": ("Maltese",),
    "Icelandic": ("Icelandic",),
    "Luxembourgish": ("Luxembourgish",),
    "Yiddish": ("Yiddish",),
    "Kashmiri": ("Kashmiri",),
    "Tulu": ("Tulu",),
    "Hmong": ("Hmong",),
    # Regional languages of Africa, South and Central Asia, the Caucasus, Latin America and the Pacific that IMGs
    # list beside a national one (issue 12's eleventh round: "Ewondo").
    "Ewondo": ("Ewondo", "Beti"),
    "Bamileke": ("Bamileke", "Ghomala'", "Ghomala"),
    "Duala": ("Duala", "Douala"),
    "Bassa": ("Bassa",),
    "Tiv": ("Tiv",),
    "Efik": ("Efik",),
    "Ibibio": ("Ibibio",),
    "Edo": ("Edo", "Bini"),
    "Urhobo": ("Urhobo",),
    "Ijaw": ("Ijaw", "Izon"),
    "Kanuri": ("Kanuri",),
    "Nupe": ("Nupe",),
    "Fon": ("Fon", "Fongbe"),
    "Bambara": ("Bambara", "Bamanankan"),
    "Mandinka": ("Mandinka", "Mandingo"),
    "Krio": ("Krio",),
    "Temne": ("Temne",),
    "Mende": ("Mende",),
    "Dagbani": ("Dagbani", "Dagbanli"),
    "Mossi": ("Mossi", "Mooré", "Moore"),
    "Sango": ("Sango",),
    "Kirundi": ("Kirundi", "Rundi"),
    "Kikongo": ("Kikongo", "Kongo"),
    "Tshiluba": ("Tshiluba", "Luba-Kasai"),
    "Ndebele": ("Ndebele", "isiNdebele"),
    "Venda": ("Venda", "Tshivenda"),
    "Tsonga": ("Tsonga", "Xitsonga"),
    "Malagasy": ("Malagasy",),
    "Berber": ("Berber", "Tamazight", "Amazigh", "Tachelhit", "Tarifit"),
    "Kabyle": ("Kabyle",),
    "Chittagonian": ("Chittagonian",),
    "Rohingya": ("Rohingya",),
    "Pothwari": ("Pothwari", "Potohari"),
    "Hindko": ("Hindko",),
    "Brahui": ("Brahui",),
    "Dogri": ("Dogri",),
    "Awadhi": ("Awadhi",),
    "Rajasthani": ("Rajasthani", "Marwari"),
    "Haryanvi": ("Haryanvi",),
    "Santali": ("Santali",),
    "Manipuri": ("Manipuri", "Meitei", "Meiteilon"),
    "Mizo": ("Mizo",),
    "Tibetan": ("Tibetan",),
    "Dzongkha": ("Dzongkha",),
    "Dhivehi": ("Dhivehi", "Divehi", "Maldivian"),
    "Tatar": ("Tatar",),
    "Bashkir": ("Bashkir",),
    "Chechen": ("Chechen",),
    "Avar": ("Avar",),
    "Ossetian": ("Ossetian",),
    "Aramaic": ("Aramaic", "Assyrian", "Assyrian Neo-Aramaic", "Syriac", "Chaldean"),
    "Nahuatl": ("Nahuatl", "Náhuatl"),
    "Yucatec Maya": ("Yucatec Maya", "Maya", "Mayan"),
    "K'iche'": ("K'iche'", "Kiche", "Quiché"),
    "Mapudungun": ("Mapudungun",),
    "Papiamento": ("Papiamento", "Papiamentu"),
    "Garifuna": ("Garifuna",),
    "Jamaican Patois": ("Jamaican Patois", "Patois", "Patwa"),
    "Samoan": ("Samoan",),
    "Tongan": ("Tongan",),
    "Fijian": ("Fijian",),
    "Chamorro": ("Chamorro",),
    "Tetum": ("Tetum", "Tetun"),
}

# Languages as a Russian-language CV (hh.ru, a Russian Europass) names them: "Английский — C1".
_LANGUAGE_INDEX: dict[str, str] = {fold(v): name for name, variants in _LANGUAGES.items() for v in variants}
_LANGUAGE_INDEX = {k: v for k, v in _LANGUAGE_INDEX.items() if k}
_LANGUAGE_LONG = _long(_LANGUAGE_INDEX)


@lru_cache(maxsize=8192)
def canonical_language(text: str | None) -> str | None:
    """English name of a language from its English name, endonym ("Español") or a small typo."""
    key = fold(without_asides(text or ""))
    for suffix in (" language", " fluent", " native", " basic", " conversational"):
        if key.endswith(suffix):
            key = key[: -len(suffix)].strip()
    if not key:
        return None
    if key in _LANGUAGE_INDEX:
        return _LANGUAGE_INDEX[key]
    match = _fuzzy(key, _LANGUAGE_LONG, cutoff=88)
    return _LANGUAGE_INDEX[match] if match else None


# ------------------------------------------------------------------------------------ visa / ECFMG / rotation

VISA_STATUSES: tuple[str, ...] = ("citizen", "green_card", "j1", "h1b", "b1b2")
ECFMG_STATUSES: tuple[str, ...] = ("certified", "pending", "not_certified")
ROTATION_TYPES: tuple[str, ...] = ("hands_on", "observership", "research", "telehealth")

_US_WORD = r"(?:us|u s|usa|u s a|united states|american|america)"
_NEEDS = re.compile(
    r"\b(?:need|needs|needed|require|requires|required|requiring|apply|applying|want|wants|sponsor\w*)\b"
)
_PR_ABROAD = r"(?:canad\w*|australia\w*|british|uk|new zealand|german\w*|emirati|uae|singapore\w*)"
_FOREIGN_PR = re.compile(  # after fold(): "canadian permanent resident", "pr canada", "permanent resident of canada"
    rf"\b{_PR_ABROAD}\s+(?:permanent\s+resid\w*|pr)\b|"
    rf"\b(?:permanent\s+resid\w*|pr)\s+(?:status\s+)?(?:(?:of|in)\s+(?:the\s+)?)?{_PR_ABROAD}\b"
)
_CITIZEN_ELSEWHERE = re.compile(
    r"\b(?:cidada|cidadao|ciudadan[oa]|citoyen(?:ne)?)\s+(?:(?:dos|de|des|do)\s+)?(?:(?:los|la|los)\s+)?"
    r"(?:eua|ee uu|eeuu|estadunidense|estadounidense|norte americana?|americaine?|etats unis)\b"
)
_NEGATED_CITIZEN = re.compile(r"\b(?:non|not|no)\b(?:\s+\w+){0,2}\s+citizen")


@lru_cache(maxsize=8192)
def visa_status(text: str | None) -> str | None:
    """One of citizen / green_card / j1 / h1b / b1b2, the strongest status the text says the person holds.

    "Need visa" or "J-1 sponsorship required" name a status the person does not hold yet: None.
    """
    key = fold(text)
    if not key:
        return None
    compact = key.replace(" ", "")
    if not _NEGATED_CITIZEN.search(key) and (
        key in {"citizen", "usc", "us", "usa", "american", "naturalized", "naturalized citizen"}
        or re.search(rf"\b{_US_WORD}\b(?:\s+\w+)?\s+citizen", key)
        or re.search(rf"\bcitizen\w*\s+(?:of\s+)?(?:the\s+)?\b{_US_WORD}\b", key)
        or (key.startswith("citizen ") and not re.search(r"\bof\b", key))
        or re.search(rf"\bdual\s+(?:citizen\w*|nationalit\w*)(?:\s+\w+){{0,4}}\s+{_US_WORD}\b", key)  # "Türkiye / USA"
        or _CITIZEN_ELSEWHERE.search(key)  # "cidadã dos EUA", "ciudadano estadounidense"
    ):
        return "citizen"
    foreign = bool(_FOREIGN_PR.search(key))  # "Canadian permanent resident": not a US green card
    if not foreign and (
        re.search(r"greencard|permanentresiden|\blpr\b", compact) or key in {"gc", "pr", "lpr", "green card holder"}
    ):
        return "green_card"
    if not foreign and re.search(r"\b(?:gc|pr)\b", key) and not _NEEDS.search(key):
        return "green_card"
    if _NEEDS.search(key) or re.search(r"\b(?:no|none)\b", key):
        return None
    if re.search(r"\bh ?4\b|\b(?:spouse|husband|wife|dependent)\b", key):
        return None  # "H-4 EAD (spouse on H-1B)": the H-1B is the spouse's; an H-4 is none of the five
    if re.search(r"h1b|\bh 1 b\b", compact) or key in {"h1", "h 1"}:
        return "h1b"
    if re.search(r"\bj ?1\b", key) or "j1visa" in compact or "exchangevisitor" in compact:
        return "j1"
    if re.search(r"\bb ?1\b|\bb ?2\b|b1b2|touris|visitor|visit visa|business visa", key) or "b1b2" in compact:
        return "b1b2"
    return None


_PENDING_WORDS = re.compile(
    r"\b(?:pending|in progress|progress|in process|applied|await\w*|waiting|processing|partial|expected|soon|underway|"
    r"under review|"  # and in Spanish, French, Portuguese
    r"en tramite|en proceso|en curso|pendiente|en cours|en attente|em andamento|em curso|em processo|pendente)\b"
)


_NOT_APPLIED = re.compile(r"\b(?:not|never)\s+(?:yet\s+)?applied\b")


@lru_cache(maxsize=8192)
def ecfmg_status(text: str | None) -> str | None:
    """certified / pending / not_certified from what applicants write ("ECFMG certified", "in progress", "No")."""
    key = fold(text)
    if not key:
        return None
    if _NOT_APPLIED.search(key):
        return "not_certified"  # "not applied yet": no application pending
    if _PENDING_WORDS.search(key):  # whole words: "Ramkissoon" is no "soon"
        return "pending"
    # "N/A" and "student" say nothing about certification (a student cannot hold it yet): unknown, not "no".
    if key in {"n a", "na", "student", "med student", "medical student"}:
        return None
    if re.search(r"\b(?:not|non|un|no|nao|never)\b|uncertified|noncertified|not yet|^none$|^n$", key):
        return "not_certified"
    if re.search(r"certifi|\byes\b|\by\b|^done$|^complete", key):
        return "certified"
    return None


_ROTATION_KEYWORDS: dict[str, tuple[str, ...]] = {
    "hands_on": (
        "hands on",
        "handson",
        "clerkship",
        "externship",
        "extern",
        "sub internship",
        "subinternship",
        "sub i",
        "subi",
        "elective",
        "core rotation",
        "clinical rotation",
        "hands",
    ),
    "observership": ("observership", "observer", "observation", "shadowing", "shadow"),
    "research": ("research", "research fellowship"),
    "telehealth": ("telehealth", "telemedicine", "tele health", "tele medicine", "virtual", "online", "remote"),
}
_ROTATION_WORDS: dict[str, str] = {
    w: kind for kind, words in _ROTATION_KEYWORDS.items() for w in words if " " not in w and len(w) >= 6
}
_ROTATION_LONG = _long(_ROTATION_WORDS)


def _rotation_kinds(piece: str) -> list[str]:
    key = f" {fold(piece)} "
    kinds = [kind for kind, words in _ROTATION_KEYWORDS.items() if any(f" {w} " in key for w in words)]
    if kinds:
        return kinds
    for word in key.split():
        match = _fuzzy(word, _ROTATION_LONG, cutoff=85)
        if match:
            kinds.append(_ROTATION_WORDS[match])
    return _dedupe(kinds)


def rotation_types(text: str | None) -> tuple[list[str], list[str]]:
    """Rotation categories named in ``text`` (hands_on, observership, research, telehealth) and unknown pieces.

    "Any"/"All" means every type.
    """
    found, unknown = _rotation_types(text or "")
    return list(found), list(unknown)


@lru_cache(maxsize=8192)
def _rotation_types(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    found: list[str] = []
    unknown: list[str] = []
    for raw_piece in _HARD_SPLIT.split(text or ""):
        piece = raw_piece.strip(" .-:*")
        if not fold(piece):
            continue
        if fold(piece) in {"any", "all", "all types", "any type", "all of the above", "any of the above"}:
            found.extend(ROTATION_TYPES)
            continue
        kinds = _rotation_kinds(piece)
        if kinds:
            found.extend(kinds)
            continue
        for part in (p for p in _SOFT_SPLIT.split(piece) if p and p.strip()):
            sub = _rotation_kinds(part)
            found.extend(sub)
            if not sub:
                unknown.append(part.strip())
    return tuple(k for k in ROTATION_TYPES if k in found), tuple(_dedupe(unknown))
