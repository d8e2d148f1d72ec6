"""Split CV text into sections by their headings, whatever words the applicant chose for them.

Headings are short lines without digits that name a known section ("EDUCATION & TRAINING",
"U.S. Clinical Experience", "Licensure & Examinations") or are short and all capitals. The lines
before the first heading are the ``header`` section: the applicant's name and contact details.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from functools import lru_cache

from include.cv.dates import POINT_RE, RANGE_RE, normalize_dashes
from include.cv.layout import TextLine, body_size, plain_lines, unspaced
from include.vocab import country_code, is_state_name, state_code, strip_accents

HEADER = "header"
EDUCATION = "education"
USCE = "usce"
RESEARCH = "research"
WORK = "work"
EXAMS = "exams"
LANGUAGES = "languages"
PUBLICATIONS = "publications"
PRESENTATIONS = "presentations"  # talks, posters, abstracts: not papers, nor rotations (a "(virtual)" talk)
REFERENCES = "references"
INTERESTS = "interests"
PERSONAL = "personal"
OTHER = "other"

# Order matters: the first rule whose words all appear in the heading wins.
_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (REFERENCES, ("reference",)),
    (REFERENCES, ("referee",)),
    (REFERENCES, ("recommendation",)),
    (REFERENCES, ("referencia",)),
    (REFERENCES, ("referenz",)),  # "Referenzen"
    (REFERENCES, ("preporuke",)),  # Croatian
    (OTHER, ("grant",)),  # "Research Grants": money won, not research done
    (OTHER, ("audit",)),  # "Audit / Quality Improvement", "Clinical Audits": NHS CVs' projects, not rotations
    (PUBLICATIONS, ("publication",)),
    (PUBLICATIONS, ("pub",)),  # "PUBS:" in a plain-text CV
    (PUBLICATIONS, ("publica",)),  # "Publicações", "Publicaciones"
    (PUBLICATIONS, ("publikation",)),  # "PUBLIKATIONEN"
    (PUBLICATIONS, ("pubblicazion",)),  # Italian
    (PUBLICATIONS, ("objavljeni",)),  # Croatian "Objavljeni radovi"
    (PUBLICATIONS, ("yayinlar",)),  # Turkish
    (PUBLICATIONS, ("publikace",)),  # Czech
    (PUBLICATIONS, ("publicatie",)),  # Dutch
    (PUBLICATIONS, ("publikim",)),  # Albanian
    (PUBLICATIONS, ("scholarly",)),
    (PUBLICATIONS, ("produc", "cientif")),  # "Producción científica", "Produção científica"
    (PUBLICATIONS, ("output",)),  # "Research Output", "Scholarly Output"
    (PUBLICATIONS, ("article",)),
    (PUBLICATIONS, ("paper",)),
    (PUBLICATIONS, ("peer", "review")),
    (PUBLICATIONS, ("publicac",)),
    (PRESENTATIONS, ("presentation",)),
    (PRESENTATIONS, ("poster",)),
    (PRESENTATIONS, ("abstract",)),
    (PRESENTATIONS, ("talk",)),  # "Invited Talks"
    (PUBLICATIONS, ("scientific",)),  # "Scientific Work" (after the rules above: "Scientific Presentations")
    (LANGUAGES, ("language",)),
    (LANGUAGES, ("lang",)),  # "LANG: Sinhala, English, Tamil" in a plain-text CV
    (LANGUAGES, ("idioma",)),
    (LANGUAGES, ("lengua",)),
    (LANGUAGES, ("langue",)),
    (LANGUAGES, ("lingua",)),
    (LANGUAGES, ("tongue",)),  # Europass's "Mother tongue(s)"
    # Italian, German, Croatian/Serbian, Turkish, Albanian, Czech, Dutch, Catalan: "Lingue", "Sprachkenntnisse",
    # "Jezici", "Yabancı Diller", "Gjuhët", "Jazyky", "Talen", "Idiomes"
    (LANGUAGES, ("lingue",)),
    (LANGUAGES, ("sprach",)),
    (LANGUAGES, ("jezici",)),
    (LANGUAGES, ("diller",)),
    (LANGUAGES, ("gjuhet",)),
    (LANGUAGES, ("jazyky",)),
    (LANGUAGES, ("talen",)),
    (LANGUAGES, ("idiome",)),
    (LANGUAGES, ("dil",)),  # Turkish "Yabancı Dil"
    (EXAMS, ("usmle",)),
    (EXAMS, ("licens",)),
    (EXAMS, ("registration",)),  # "Registration": the medical council's and the exams
    (EXAMS, ("examination",)),
    (EXAMS, ("exam",)),
    (EXAMS, ("examen",)),
    (EXAMS, ("exame",)),
    (EXAMS, ("ecfmg",)),
    (EXAMS, ("examina",)),  # German: "US-Examina", "Prüfungen"
    (EXAMS, ("prufung",)),
    (EXAMS, ("sinav",)),  # Turkish "Sınavlar"
    (EXAMS, ("score",)),
    (EXAMS, ("board",)),
    (USCE, ("usce",)),
    (USCE, ("observership",)),
    (USCE, ("externship",)),
    (USCE, ("clerkship",)),
    (USCE, ("rotation",)),
    (USCE, ("rotac",)),
    (USCE, ("stage",)),  # "Stage d'observation (États-Unis)", "Stages cliniques": the French clinical placements
    (USCE, ("estagio",)),  # "Estágios Clínicos nos EUA": Portuguese clinical placements
    (USCE, ("famulatur",)),  # "Famulaturen und Praktisches Jahr": a German student's clinical placements
    (RESEARCH, ("research",)),
    (RESEARCH, ("investigacion",)),
    (RESEARCH, ("pesquisa",)),
    (RESEARCH, ("recherche",)),
    (RESEARCH, ("ricerca",)),
    (RESEARCH, ("forschung",)),
    (USCE, ("elective",)),
    (USCE, ("esperienz", "clinich")),  # "Esperienze cliniche"
    (USCE, ("clinical", "experience")),
    (USCE, ("clinica", "experiencia")),
    (USCE, ("clinique", "experience")),
    (USCE, ("clinical", "training")),
    (USCE, ("clinical", "exposure")),  # "US clinical exposure"
    (USCE, ("clinical", "science")),  # "Clinical Sciences — United States": a Caribbean school's clerkships
    (USCE, ("attachment",)),  # "Clinical Attachments (UK)": British observerships
    (USCE, ("us", "experience")),
    (USCE, ("usa", "experience")),
    (WORK, ("training", "employment")),  # "Training & Employment": posts held, not degrees
    # the UK's posts after the degree: "Foundation Programme and Specialty Training", "NHS Experience"
    (WORK, ("foundation", "programme")),
    (WORK, ("specialty", "training")),
    (WORK, ("nhs",)),
    (WORK, ("training", "work")),
    (WORK, ("training", "experience")),
    (EDUCATION, ("education",)),
    (EDUCATION, ("edu",)),  # "EDU: MBBS, Fac. of Med., Univ. of Colombo (2015-2021)"
    (EDUCATION, ("academic",)),
    (EDUCATION, ("qualification",)),
    (EDUCATION, ("degree",)),
    (EDUCATION, ("training",)),
    (EDUCATION, ("formacion",)),
    (EDUCATION, ("formacao",)),
    (EDUCATION, ("formation",)),
    # Italian, German, Croatian/Serbian, Turkish, Albanian, Czech, Dutch, Catalan
    (EDUCATION, ("istruzione",)),
    (EDUCATION, ("formazione",)),
    (EDUCATION, ("ausbildung",)),
    (EDUCATION, ("studium",)),
    (EDUCATION, ("obrazovanje",)),
    (EDUCATION, ("egitim",)),
    (EDUCATION, ("tehsil",)),  # Azerbaijani "Təhsil"
    (EDUCATION, ("arsimi",)),
    (EDUCATION, ("vzdelani",)),
    (EDUCATION, ("opleiding",)),
    (EDUCATION, ("formacio",)),
    (EDUCATION, ("educac",)),
    (EDUCATION, ("medical", "school")),  # "MEDICAL SCHOOL" (not "Medical School Clerkships", above)
    (EDUCATION, ("institution", "attended")),  # "Institutions Attended with Dates" (Nigeria)
    (EDUCATION, ("studie",)),  # "Studies", "Medical Studies"
    (USCE, ("experiencia", "unido")),  # "Experiência nos Estados Unidos"
    # "Visa Status", "Immigration", "Work Status": what the applicant holds ("Citizenship: United States" is a line,
    # not a heading: all its words are known ones)
    (PERSONAL, ("visa",)),
    (PERSONAL, ("immigration",)),
    (PERSONAL, ("work", "statu")),  # stemmed as a plural
    (INTERESTS, ("desired",)),  # "Desired Position", "Position Applied For": what is sought, not held
    (INTERESTS, ("position", "applied")),
    (INTERESTS, ("job", "applied")),  # Europass's "JOB APPLIED FOR"
    (INTERESTS, ("sought",)),  # "Position Sought", "Specialty sought"
    (INTERESTS, ("visee",)),  # "Spécialités visées", "Spécialité visée": the French for what is sought
    (WORK, ("experience",)),
    (WORK, ("employment",)),
    (WORK, ("work",)),
    (WORK, ("internship",)),
    (WORK, ("residency",)),
    (WORK, ("appointment",)),
    (WORK, ("timeline",)),
    (WORK, ("experiencia",)),
    (WORK, ("laboral",)),
    (WORK, ("esperienz",)),  # Italian "Esperienze professionali"
    (WORK, ("berufserfahrung",)),
    (WORK, ("werdegang",)),  # "Beruflicher Werdegang"
    (WORK, ("iskustvo",)),  # Croatian/Serbian
    (WORK, ("deneyim",)),  # Turkish
    (WORK, ("pervoja",)),  # Albanian
    (WORK, ("praxe",)),  # Czech
    (WORK, ("werkervaring",)),  # Dutch
    (WORK, ("position", "current")),  # not "Position" alone: a references table's "Position   Contact" row
    (WORK, ("position", "held")),
    (WORK, ("post",)),  # "Current & Previous Posts (UK Foundation Programme)"
    (WORK, ("practice",)),  # "Clinical Practice", "Medical Practice": years of work as a doctor
    (WORK, ("career", "history")),
    (WORK, ("working",)),  # "Working Experience"
    (WORK, ("trajector",)),  # "Professional Trajectory"
    (WORK, ("trayector",)),  # "Trayectoria profesional"
    (WORK, ("trajetor",)),  # "Trajetória profissional"
    (PERSONAL, ("personal",)),
    (PERSONAL, ("personlich",)),  # "Persönliche Daten"
    (PERSONAL, ("pessoai",)),  # "Dados Pessoais", "Informações Pessoais"
    (OTHER, ("sonstige",)),  # German "Sonstiges": the rest
    (PERSONAL, ("contact",)),
    (INTERESTS, ("interest",)),
    (INTERESTS, ("objective",)),
    (INTERESTS, ("goal",)),
    (INTERESTS, ("aim",)),  # "Aim", "Career aims"
    (INTERESTS, ("choice",)),  # "Specialty Choice"
    (INTERESTS, ("posizione",)),  # Europass's "POSIZIONE RICOPERTA / POSITION": the post applied for
    (INTERESTS, ("focu",)),  # "Focus", "Career focus" (stemmed as a plural)
    (INTERESTS, ("summary",)),
    (INTERESTS, ("glance",)),  # "At a glance", "Highlights", "Snapshot": a summary box at the top
    (INTERESTS, ("highlight",)),
    (INTERESTS, ("snapshot",)),
    (INTERESTS, ("profile",)),
    (INTERESTS, ("statement",)),
    (INTERESTS, ("intere",)),  # "Áreas de interés" (a final s is taken for a plural)
    (INTERESTS, ("perfil",)),
    (INTERESTS, ("resumen",)),
    (INTERESTS, ("resumo",)),
    (INTERESTS, ("objetivo",)),
    (INTERESTS, ("projet",)),  # "Projet professionnel": the French objective
    (INTERESTS, ("cilj",)),  # Croatian "Cilj"
    (INTERESTS, ("berufsziel",)),  # German
    (INTERESTS, ("obiettivo",)),
    (INTERESTS, ("hedef",)),  # Turkish
)
_GENERIC = frozenset(
    {
        "skill",
        "award",
        "honor",
        "honour",
        "achievement",
        "certification",
        "certificate",
        "activitie",
        "activity",
        "volunteer",
        "volunteering",
        "leadership",
        "membership",
        "affiliation",
        "hobbie",
        "hobby",
        "conference",
        "teaching",
        "extracurricular",
        "curricular",  # "Extra-curricular"
        "workshop",
        "course",
        "accomplishment",
        "service",
        "additional",
        "information",
        "info",  # LinkedIn's "Contact Info"
        "strength",
        "computer",
        "technical",
        "society",
        "committee",
        "comite",  # "Docencia y comités"
        "docencia",
        "funding",
        "supervision",  # "Teaching & Supervision"
        "financiamiento",
        "certificacion",
        "certificacione",  # stemmed as a plural
        "audit",  # "Audit & QI"
    }
)
# Every word of a heading is one of these (or a rule word): a body line such as "Internal Medicine
# Observership" names a specialty too, so it is not mistaken for a heading.
_FILLER = frozenset(
    {
        "recent",  # "Recent U.S. Clinical Experience", "Previous Experience", "Medical School Clerkships"
        "previou",  # stemmed as a plural
        "prior",
        "school",
        "away",  # "Away Rotations (Mainland U.S.)", "Visiting Student Rotations", "Positions Held"
        "mainland",
        "visiting",
        "full",  # "Full papers"
        "report",  # "PUBLICATIONS, POSTERS AND REPORTS"
        "completed",  # "Core clerkships completed / in progress (hands-on)"
        "held",
        "current",
        "student",
        "for",
        "and",
        "of",
        "in",
        "the",
        "a",
        "at",  # "At a glance"
        "all",  # a web form's question: "Previous US clinical experience (list all):"
        "my",
        "specialty",  # "Specialty Interest"
        "postdoctoral",  # "Postdoctoral & Research Positions (USA)"
        "estado",  # "Estados Unidos"
        "speciality",
        "other",
        "selected",
        "original",  # "Peer-reviewed Original Articles"
        "journal",
        "fluency",  # "Language Fluency"
        "proficiency",
        "relevant",
        "professional",
        "medical",
        "clinical",
        "background",
        "history",
        "experience",
        "u",
        "s",
        "us",
        "usa",
        "united",
        "state",
        "america",
        "american",
        "on",
        "spoken",
        "letter",
        "career",
        "detail",
        "postgraduate",
        "graduation",  # "Clinical & Research Experience (Post-Graduation)"
        "graduate",
        "undergraduate",
        "international",
        "foreign",
        "step",
        "result",
        "test",
        "key",
        "list",
        "available",
        "upon",
        "request",
        "scholarly",
        "work",
        "related",
        "patient",
        "care",
        "hospital",
        "observer",
        "elective",
        "virtual",
        "telehealth",
        "applicant",
        "statu",  # stemmed as a plural
        "visa",
        "immigration",
        "fellowship",
        "de",
        "en",
        "y",
        "e",
        "la",
        "el",
        "del",
        "da",
        "do",
        "nos",
        "et",
        "des",
        "du",
        "dato",  # "Datos personales"
        "ee",  # "EE. UU."
        "uu",
        "eua",
        "eeuu",
        "aux",  # "aux États-Unis"
        "d",  # "Stage d'observation", "Centres d'intérêt": French elision
        "l",
        "professionnel",
        "professionnelle",
        "observation",
        "clinique",
        "etat",
        "uni",
        "profesional",
        "profissional",
        "from",
        "extra",
        "field",
        "area",
        "invited",  # "Invited Talks", "Oral Presentations"
        "oral",
        "known",  # "LANGUAGES KNOWN"
        "revisada",  # "Publicações (revisadas por pares)", "Publicaciones (revisadas por pares)"
        "revisado",
        "por",
        "pare",
        "data",  # "Personal Data", "Dati personali", "Informazioni personali"
        "dati",
        "informazioni",
        "mother",  # "Mother tongue(s)"
        "artigo",  # "Publicações (artigos revisados por pares)"
        "articulo",
        "pubmed",  # "Publications (PubMed-indexed)"
        "indexed",
        "adicionale",
        "ricoperta",
        "administrative",  # "Teaching and Administrative Experience"
        "learned",  # "Publications in Learned Journals"
        "with",  # "Institutions Attended with Dates"
        "during",  # "Clinical Electives during Medical School"
        "most",  # "Posts Held (most recent first)", "(reverse chronological order)"
        "first",
        "reverse",
        "chronological",
        "order",
        "qi",  # "Audit & QI"
        "quality",  # "Audit / Quality Improvement"
        "improvement",
        "cliniche",  # "Esperienze cliniche", "Esperienze professionali"
        "professionali",
        "radovi",  # "Objavljeni radovi"
        "yabanci",  # "Yabancı Diller"
        "sad",  # "Iskustvo u SAD": the US in Croatian and Serbian
        "date",  # "Cursos y certificaciones adicionales"
        "name",  # a form's "Medical school name:"
        "und",  # German: "Famulaturen und Praktisches Jahr", "Beruflicher Werdegang", "Persönliche Daten"
        "praktische",
        "jahr",
        "beruflicher",
        "berufliche",
        "daten",
        "dado",  # "Dados Pessoais"
        "clinico",  # "Estágios Clínicos nos EUA"
        "informacoe",  # "Informações Pessoais"
    }
)
_RULE_WORDS = frozenset(w for _, words in _RULES for w in words)
_US_WORDS = frozenset(
    {"us", "usa", "usce", "united", "american", "america", "eeuu", "uu", "eua", "unis", "unidos", "sad"}
)
# "north" and the like name a continent ("Clinical Experience (North America)"): not the US alone.
_CONTINENT = frozenset({"north", "south", "latin", "central"})
# "U.S. and International Experience" holds both: its entries are US ones only where they name a US place.
_NOT_US = frozenset({"outside", "non", "home", "except", "international"}) | _CONTINENT
# Word's Symbol and Wingdings bullets as a PDF gives them: private-use characters (U+F0B7, U+F0A7, U+F0D8...).
WORD_BULLETS = "\uf0b7\uf0a7\uf0d8\uf076\uf0fc"
_BULLET = re.compile(
    rf"^(?:[\s\u2022\u25cf\u25aa\u25a0\u2023\u2043\u00b7*\-\u2013\u2014>\u2190-\u2bff{WORD_BULLETS}]|{{(?=\s))+"
)  # bullets, dashes, icons ("✚"), Word's, and moderncv's itemize mark as pdfium reads it ("{ AHA Fellowship")


@dataclass
class Section:
    """Lines under one heading; ``us`` is True when the heading itself says the experience is in the US."""

    kind: str
    heading: str
    lines: list[str] = field(default_factory=list)
    us: bool = False
    styles: list[TextLine] = field(default_factory=list)  # parallel to ``lines``: page, size, weight
    numbers: list[int] = field(default_factory=list)  # parallel to ``lines``: 1-based line in the document

    def add(self, text: str, style: TextLine, number: int) -> None:
        self.lines.append(text)
        self.styles.append(style)
        self.numbers.append(number)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def _words(line: str) -> list[str]:
    # "U.S." must become "us" before punctuation is dropped.
    line = strip_accents(line).replace("ı", "i").replace("ə", "e").replace("Ə", "E")  # "Yabancı Diller", "DİLLƏR"
    folded = _US_ABBREVIATION.sub(lambda m: "usa" if "a" in m.group(0)[2:] else "us", line.lower())
    return _NOT_LETTERS.sub(" ", folded.replace("&", " and ")).split()


_US_ABBREVIATION = re.compile(r"\bu(?:\.\s?|\s)s\b\.?(?:\s?a\b\.?)?")  # "U.S.", "U S" letter-spaced
_NOT_LETTERS = re.compile(r"[^a-z]+")


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _has(stem: str, needed: str) -> bool:
    return needed in _matches(stem)


@lru_cache(maxsize=4096)
def _matches(stem: str) -> frozenset[str]:
    """The rule words a heading word stands for ("educational" -> "education")."""
    return frozenset(r for r in _RULE_WORDS if stem == r or (len(r) >= 5 and stem.startswith(r)))


_US_DOT = re.compile(r"(?<=\bUU)\.$|(?<=\bU\.S)\.$|(?<=\bU\.S\.A)\.$", re.IGNORECASE)  # "... en EE. UU.", "the U.S."


def _heading_text(line: str) -> str:
    """A line's words as a heading: without its bullet, colon, or the rules of a heading boxed in plain text
    ("| EDUCATION |", "#### LANGUAGES ####"), and with "EE. UU." kept whole."""
    text = unspaced(_BULLET.sub("", line).strip(_RULE_CHARS).rstrip(":").strip())
    text = _SECTION_NUMBER.sub("", text)  # "1. EDUCATION", "5. PUBLICATIONS (peer-reviewed, 5)": a numbered heading
    return _US_DOT.sub("", _PLURAL_MARK.sub("", text))  # and a form's "Specialty(ies) of interest" as one


_SECTION_NUMBER = re.compile(r"^(?:\d{1,2}|[IVX]{1,4})[.)]\s+(?=[A-Z]{3,}\b)")
_PLURAL_MARK = re.compile(r"\((?:s|es|ies)\)")
_RULE_CHARS = " |=#*~-_[]"  # a heading boxed or ruled in plain text: "| EDUCATION |", "-=[ USCE ]=-----"
_NOT_HEADING_CHARS = re.compile(r"[\d@|]")


def heading_kind(line: str) -> tuple[str, bool] | None:
    """The section a heading line opens and whether it names the US, or None for a body line."""
    if len(line) > 80 and len(line.strip(_RULE_CHARS)) > 60:  # not "-=[ USCE ]=-----" ruled to the margin
        return None
    return _heading_kind(line)


# "PUBLICATIONS (4 peer-reviewed)", "Presentations (3)": a count after a heading, not a date or a duration.
_COUNT = re.compile(
    r"\s*\(\s*(?:\d{1,3}(?:\s+[A-Za-z][A-Za-z -]{0,30})?(?:\s*[,;]\s*\d{1,3}\s+[A-Za-z][A-Za-z -]{0,30})*|"
    r"[A-Za-z][A-Za-z -]{0,30}[:,=]\s*\d{1,3})\s*\)\s*$"
)  # also "(peer-reviewed: 5)", "(peer-reviewed, 5)", "(6 peer-reviewed, 3 posters)", "(N = 6)"
_DURATION = re.compile(r"\b(?:year|month|week|day|hour|mo|yr|wk)s?\b", re.IGNORECASE)
_COUNTED = frozenset({PUBLICATIONS, PRESENTATIONS, OTHER, LANGUAGES, REFERENCES})


_HANDS_ON = re.compile(r"(?:u\.?s\.?\s+)?hands[- ]on\s+(?:clinical\s+)?(?:rotations|experiences?)", re.IGNORECASE)
_SPECIALTY = re.compile(r"(?:SPECIALT(?:Y|IES)|SPECIALIT(?:Y|IES))(?:\s+(?:SOUGHT|OF\s+INTEREST))?")
_POSITIONS = re.compile(r"(?:(?:professional|clinical|hospital|medical|previous|current)\s+)?positions", re.IGNORECASE)


# "Core Clinical Clerkships", "CORE ROTATIONS": required ones (not "Core Rotation: Surgery", an entry's label)
_CORE = re.compile(r"core\s+(?=(?:clinical\s+)?(?:clerkships|rotations)\b)", re.IGNORECASE)


@lru_cache(maxsize=8192)
def _heading_kind(line: str) -> tuple[str, bool] | None:
    stripped = _CYRILLIC_LENGTH.sub("", _CORE.sub("", _heading_text(line), count=1))
    count = _COUNT.search(stripped)
    if count and count.start() > 0 and not _DURATION.search(count.group(0)):
        found = _heading_kind(stripped[: count.start()])
        return found if found is not None and found[0] in _COUNTED else None
    longest = 90 if _BILINGUAL.search(stripped) else 60  # a heading in two languages is two headings' length
    # "Formation | Education", "Intérêts de carrière | Career interests": a bar between two languages (not a table's
    # header row, "Cardiology | Observership")
    if bar := _BAR.fullmatch(stripped):
        kinds = [(half, _heading_kind(half)) for half in bar.groups()]
        found = [k for _half, k in kinds if k]
        other = [half for half, k in kinds if not k]
        if found and all(map(_other_language, other)):
            return found[0][0], any(us for _, us in found)
    if not stripped or len(stripped) > longest or _NOT_HEADING_CHARS.search(stripped) or stripped.endswith((".", ",")):
        return None
    if stripped.count("(") != stripped.count(")"):
        return None  # "services)": the end of a title wrapped out of its bracket
    if _SENTENCE_END.search(stripped):
        return None  # "hospitals. Specialty interest: Pediatrics": a sentence's end before an inline label
    if stripped.split(" ", 1)[0] in {"with", "and", "of", "in", "for", "to"}:
        return None  # "with Honours" under "… — Very Good 2019 – 2025": a line wrapped, not a heading
    if stripped in {"OTHER", "MISCELLANEOUS"}:
        return OTHER, False  # in capitals alone: the section ends the one above ("OTHER" / "Specialty: …")
    if _SPECIALTY.fullmatch(stripped):
        return INTERESTS, False  # "SPECIALTY" in capitals heads what is sought; a table's "Specialty" column does not
    if _POSITIONS.fullmatch(stripped):
        return WORK, False  # "Positions" alone is a heading; "Position" is also a table's column ("Position   Contact")
    if _HANDS_ON.fullmatch(stripped):
        return USCE, _names_us(_words(stripped))  # not one rotation's title ("Hands-on Externship")
    cells = CELLS.split(stripped)
    if len(cells) >= 2 and not stripped.isupper() and (len(cells) >= 3 or not all(map(_heading_kind, cells))):
        # a table's header row ("Examination   Board / University   Year   Marks", "Position   Contact"), not a
        # letter-spaced heading ("U S   CLINICAL   EXPERIENCE") or two headings of a grid side by side
        return None
    if _LABEL_VALUE.search(stripped):
        return None  # a label with its value ("Visa / Work Authorization: US Citizen"): read inline
    # not a slash inside brackets: "CLINICAL EXPERIENCE — USA (OBSERVERSHIPS / EXTERNSHIPS)"
    halves = _BILINGUAL.split(stripped) if not _SLASH_IN_BRACKETS.search(stripped) else [stripped]
    dotted = stripped.split(" · ")
    if len(dotted) == 2 and not stripped.replace("·", "").isascii():
        halves = dotted  # "HỌC VẤN · EDUCATION": the applicant's language, then English (not "USCE · HANDS-ON")
    if len(halves) == 2:  # "Experiencia clínica en EE. UU. / U.S. Clinical Experience": either half may be known
        kinds = [_heading_kind(half) for half in halves]
        found = [k for k in kinds if k]
        if any(k is None and _LISTING_ASIDE.search(half) for half, k in zip(halves, kinds, strict=True)):
            return None  # "Famulatur / Clinical Clerkship Internal Medicine (hands-on, ward work)": an entry's title
        return (found[0][0], any(us for _, us in found)) if found else None
    translated = _TRANSLATED.match(stripped)
    if translated and (inner := _heading_kind(translated["inner"])):
        # "Formação (Education)", "Experiência Clínica nos EUA (US Clinical Experience)": a heading in the
        # applicant's language with its English in brackets; an English title is not ("Cardiology (Observership)").
        outer = translated["outer"]
        known = _heading_kind(outer)
        if not outer.isascii() or _ROMANCE & set(_words(outer)) or known:
            return inner[0], inner[1] or bool(known and known[1])  # the US named outside the brackets counts too
    closing = translated if translated and translated.end() == len(stripped) else None  # brackets ending the line
    if (
        closing
        and not _US_WORDS & set(_words(closing["inner"]))
        and any(country_code(w) for w in closing["inner"].split() if w.isupper())
        and (outer := _heading_kind(closing["outer"]))
    ):
        # "Current & Previous Posts (UK Foundation Programme)": the brackets say where ("Clinical Clerkships (core)"
        # in a table is an entry's title)
        return outer
    # "CLINICAL ROTATIONS (all in Chicago)", "Core Clinical Clerkships (hands-on, United States)": the brackets say
    # where, in the US
    if closing and (_us_place(closing["inner"]) or _names_us(_words(closing["inner"]))):
        outer = _heading_kind(closing["outer"])
        if outer is not None:
            return outer[0], True
    aside = closing and _ASIDE.fullmatch(closing["inner"])
    place = aside and (country_code(closing["inner"]) or state_code(closing["inner"], typos=False))
    if aside and not place and "·" not in stripped:  # not a timeline's tag ("USCE · TELEHEALTH (REMOTE)")
        outer = _heading_kind(closing["outer"])
        if outer is not None:
            return outer  # "Publications (* equal contribution)", "Peer-reviewed Publications (SCI/SCIE)": an aside
    if (cjk := _cjk_heading(stripped)) is not None:
        return cjk, False
    if (english := _from_cyrillic(stripped)) is not None:
        return _heading_kind(english)
    if _ABOUT.fullmatch(stripped):
        return INTERESTS, False
    if _REACH.fullmatch(stripped):
        return PERSONAL, False  # "Get in touch", "Contact me": the applicant's own contacts, often last
    words = _words(stripped)
    if not words or sum(w not in _FUNCTION_WORDS for w in words) > 7:
        return None  # "Research and Clinical Experience in the United States": seven words that say something
    stems = [_stem(w) for w in words]
    known = [s in _FILLER or s in _GENERIC or bool(_matches(s)) for s in stems]
    if not all(known):
        if len(words) > 3 or known.count(False) > 1:
            return _dashed_aside(stripped)
        # one word misspelt in a short heading ("Educaton", "Clinical Experiance"): the word it was meant to be
        stems = [s if ok else _spelt(s) for s, ok in zip(stems, known, strict=True)]
        if "" in stems:
            return None
    return _kind(stems, words)


_DASHED = re.compile(r"(?P<outer>.+?)\s+[—–]\s+(?P<inner>.+)")
_LIST_KINDS = frozenset({EDUCATION, PUBLICATIONS, LANGUAGES, REFERENCES})  # no entry's title reads "Education — …"


def _dashed_aside(text: str) -> tuple[str, bool] | None:
    """A list's heading, a dash, then a few words on what it holds ("Education — combined MD–PhD track"); not an
    experience's ("Observership — Internal Medicine" is an entry's title)."""
    m = _DASHED.fullmatch(text)
    if m is None or len(m["inner"].split()) > 5:
        return None
    outer = _heading_kind(m["outer"])
    return outer if outer is not None and outer[0] in _LIST_KINDS else None


_TITLE_WORDS = frozenset({"resume", "curriculum"})  # a CV's title, not a misspelt "Resumen"
_HEADING_VOCABULARY = sorted(_RULE_WORDS | {w for w in _FILLER if len(w) >= 6})


@lru_cache(maxsize=4096)
def _spelt(stem: str) -> str:
    """The heading word a misspelt one of six letters or more stands for (a letter missed, added, swapped or
    wrong), else ""."""
    if len(stem) < 6 or stem in _TITLE_WORDS:
        return ""
    near = difflib.get_close_matches(stem, _HEADING_VOCABULARY, n=1, cutoff=0.85)  # not "Person" for "Personal"
    return near[0] if near and abs(len(near[0]) - len(stem)) <= 1 else ""


# Headings of Japanese (rirekisho), Chinese and Korean CVs, written without their English.
_CJK_HEADINGS = {
    "学歴": EDUCATION,
    "学歴職歴": EDUCATION,
    "職歴": WORK,
    "免許資格": EXAMS,
    "語学": LANGUAGES,
    "研究業績": PUBLICATIONS,
    "志望の動機": INTERESTS,
    "本人希望記入欄": INTERESTS,
    "教育背景": EDUCATION,
    "教育经历": EDUCATION,
    "工作经历": WORK,
    "语言能力": LANGUAGES,
    "发表论文": PUBLICATIONS,
    "科研成果": PUBLICATIONS,
    "求职意向": INTERESTS,
    "基本信息": PERSONAL,
    "학력": EDUCATION,
    "경력": WORK,
    "자격": EXAMS,
    "어학": LANGUAGES,
    "연구실적": PUBLICATIONS,
    "희망전공": INTERESTS,
}
_CJK_NOISE = re.compile(r"[\s・·、/]+|사항$")  # "学　歴", "学歴・職歴", "학력 사항"


def _cjk_heading(stripped: str) -> str | None:
    """The section a heading in Japanese, Chinese or Korean opens (its parts joined by "・" may name it)."""
    if stripped.isascii():
        return None
    bare = _CJK_NOISE.sub("", stripped)
    if bare in _CJK_HEADINGS:
        return _CJK_HEADINGS[bare]
    parts = [_CJK_NOISE.sub("", x) for x in re.split(r"[・·、]", stripped)]
    return next((_CJK_HEADINGS[x] for x in parts if x in _CJK_HEADINGS), None)


# Heading words of Russian and Ukrainian CVs written without their English, read as the English words the rules know
# ("Опыт в США" is "experience in usa"; "Опыт работы" is "experience work").
_CYRILLIC_WORDS = {
    "образование": "education", "освіта": "education", "высшее": "", "вища": "",
    "опыт": "experience", "досвід": "experience", "работы": "work", "роботи": "work", "трудовой": "work",
    "профессиональный": "professional", "професійний": "professional",
    "клинический": "clinical", "клінічний": "clinical", "в": "in", "у": "in", "и": "and", "і": "and", "та": "and",
    "сша": "usa", "публикации": "publications", "публікації": "publications", "научные": "", "наукові": "",
    "языки": "languages", "мови": "languages", "знание": "", "языков": "languages", "володіння": "", "мовами":
    "languages", "экзамены": "exams", "іспити": "exams", "специализация": "interest", "спеціалізація": "interest",
    "цель": "objective", "мета": "objective", "виза": "visa", "віза": "visa", "рекомендации": "references",
    "рекомендації": "references", "контакты": "contact", "контакти": "contact", "исследования": "research",
    "дослідження": "research", "научная": "research", "наукова": "research", "деятельность": "", "діяльність": "",
    "навыки": "skills", "навички": "skills", "сертификаты": "certificates", "сертифікати": "certificates",
    "обо": "about", "мне": "me", "про": "about", "мене": "me", "тесты": "", "тести": "", "желаемая": "desired",
    "бажана": "desired", "должность": "position", "посада": "position", "зарплата": "", "ключевые": "key",
    "ключові": "key",
}  # fmt: skip
_CYRILLIC = re.compile(r"[Ѐ-ӿ]")
# hh.ru's "Опыт работы — 3 года 3 месяца": the experience's length after the heading, not a word of it
_CYRILLIC_LENGTH = re.compile(r"\s+[—–-]\s+(?:\d+\s+[Ѐ-ӿ]+\s*){1,2}$")


def _from_cyrillic(stripped: str) -> str | None:
    """A heading in Russian or Ukrainian as English words, when every word is a heading word; else None."""
    if stripped.isascii() or not _CYRILLIC.search(stripped):
        return None
    words = re.findall(r"[^\W\d_]+", stripped.lower())
    english = [_CYRILLIC_WORDS.get(w) for w in words]
    if not words or None in english or not any(english):
        return None
    return " ".join(w for w in english if w)


_FUNCTION_WORDS = frozenset({"and", "of", "in", "the", "a", "for"})
_ABOUT = re.compile(r"about(?:\s+me)?", re.IGNORECASE)  # alone: "About   USMLE" is two columns' headings
_REACH = re.compile(r"get\s+in\s+touch|(?:contact|reach|find)\s+me|let['’]s\s+connect", re.IGNORECASE)


_BILINGUAL = re.compile(r"\s+/\s+")
_BAR = re.compile(r"([^|\d@]{3,40}?)\s+\|\s+([^|\d@]{3,40})")
_NOT_HEADING_PUNCT = re.compile(r"[,;:—–]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")


def _other_language(half: str) -> bool:
    """A heading's half no heading word explains, written like its other language: another script or Romance words,
    no punctuation ("Intérêts de carrière"; not "Docteur en Médecine — Faculté", not an English table cell)."""
    return not _NOT_HEADING_PUNCT.search(half) and (not has_latin(half) or bool(_ROMANCE & set(_words(half))))


def has_latin(text: str) -> bool:
    """The text holds a Latin letter: not a name or heading written only in its own script ("Энхжаргал Доржсүрэн",
    "التعليم")."""
    return _LATIN_LETTER.search(text) is not None


_SLASH_IN_BRACKETS = re.compile(r"\([^()]*\s/\s[^()]*\)")
CELLS = re.compile(r"\s{3,}|\t")  # a table's or a tab-stop layout's cell gap
_SENTENCE_END = re.compile(r"[a-z]{2}\.\s")
# Words that mark a heading as Spanish, Portuguese or French ("Rotaciones en EE. UU.", "Formação dos ...").
_ROMANCE = frozenset(
    {
        "en",
        "de",
        "del",
        "da",
        "do",
        "dos",
        "das",
        "nos",
        "na",
        "y",
        "e",
        "la",
        "las",
        "los",
        "el",
        "et",
        "des",
        "du",
        "le",
        "les",
    }
)
# A note in brackets: a footnote's legend, or a few words with no digits nor list ("SCI/SCIE", "selected")
_ASIDE = re.compile(r"\s*(?:[*†‡#][^()]*|[^\W\d][^()\d,;:]{0,30})")
_TRANSLATED = re.compile(r"(?P<outer>[^()]*[^\W\d][^()]*?)\s*\((?P<inner>[^()]+)\)")


def _kind(stems: list[str], words: list[str]) -> tuple[str, bool] | None:
    us = _names_us(words)
    for kind, needed in _RULES:
        if all(any(_has(s, n) for s in stems) for n in needed):
            return kind, us
    if any(s in _GENERIC for s in stems):
        return OTHER, us
    return None


def _us_place(text: str) -> bool:
    """``text`` names a US city or state in capitalised words ("all in Chicago", "New York")."""
    words = [w.strip(",.;") for w in text.split()]
    return any(
        all(w[:1].isupper() for w in words[i : i + n])
        and len(place := " ".join(words[i : i + n])) >= 4
        and state_code(place, typos=False) is not None
        and place != "Georgia"  # the country too: "Clinical Experience (Georgia)" is not the US
        for n in (2, 1)
        for i in range(len(words) - n + 1)
    )


def _names_us(words: list[str]) -> bool:
    """The heading's words name the US ("U.S. Clinical Experience"), not to exclude it ("Clinical Experience
    (outside the U.S.)", "Non-US Experience")."""
    return (bool(_US_WORDS & set(words)) or "united states" in " ".join(words)) and not _NOT_US & set(words)


_LABEL_VALUE = re.compile(r"[\w)]:\s*\S")  # "Visa / Work Authorization: US Citizen", "Mother tongue(s): Romanian"


def loose_heading_kind(line: str) -> tuple[str, bool] | None:
    """A heading with a few words beyond the known ones ("CLINICAL EXPERIENCE (NIGERIA)", "Pakistan Rotations"):
    used only for lines set apart like headings (capitals, bold or larger type)."""
    stripped = _heading_text(line)
    longest = 90 if _BILINGUAL.search(stripped) else 60  # a heading in two languages is two headings' length
    if not stripped or len(stripped) > longest or _NOT_HEADING_CHARS.search(stripped) or stripped.endswith((".", ",")):
        return None
    words = _words(stripped)
    if not words or len(words) > 7 or _LABEL_VALUE.search(stripped):  # not "Mother tongue(s): Romanian"
        return None
    stems = [_stem(w) for w in words]
    unknown = [w for w, s in zip(words, stems, strict=True) if not (s in _FILLER or s in _GENERIC or _matches(s))]
    if not unknown or len(unknown) > 3 or len(unknown) >= len(stems) - len(unknown) + 2:
        return None
    # The extra words must name where: a country or "home country", not a specialty or a site ("CORE ROTATIONS":
    # a kind of rotation, but "Core Rotation: Surgery" inline is an entry's title, so only set-apart lines).
    rest = " ".join(w for w in unknown if w not in _PLACE_WORDS and w != "core")
    places = rest.split()
    if rest and not ((len(rest) >= 4 or rest in _SHORT_COUNTRIES) and (country_code(rest) or _countries(places))):
        return None
    return _kind(stems, _words(stripped))


_SHORT_COUNTRIES = frozenset({"uk", "uae", "ksa"})  # "CLINICAL ATTACHMENTS (UK)"


def _countries(words: list[str]) -> bool:
    """Countries named apart ("(Pakistan / UAE)"); a name shared with a US state may be one of them when a
    country is named beside it ("(Georgia / India)")."""
    named = [len(w) >= 4 and country_code(w) is not None for w in words]
    shared = [is_state_name(w) for w in words]
    return any(named) and all(c or s for c, s in zip(named, shared, strict=True))


def _capitals_heading(line: str) -> tuple[str, bool] | None:
    """A heading in capitals naming a list, with one word of its own ("SURGICAL SKILLS", "PROCEDURAL SKILLS"):
    it ends the section above (a list of papers) rather than joining it. Capitals only: a bold "Leadership
    Skills" line may be a sub-heading inside a section."""
    stripped = _heading_text(line)
    if not stripped.isupper() or _NOT_HEADING_CHARS.search(stripped):
        return None
    stems = [_stem(w) for w in _words(stripped)]
    known = [s for s in stems if s in _FILLER or s in _GENERIC or _matches(s)]
    if not 2 <= len(stems) <= 3 or len(stems) - len(known) != 1 or not _LIST_NOUNS & set(stems):
        return None
    return OTHER, False


# Generic heading nouns that name a list (not "teaching" or "service", which also title an entry).
_LIST_NOUNS = frozenset(
    {"skill", "award", "honor", "honour", "achievement", "certification", "certificate", "activitie", "activity",
     "membership", "affiliation", "hobbie", "hobby", "course", "workshop", "accomplishment", "strength"}
)  # fmt: skip


_PLACE_WORDS = _CONTINENT | {
    "home", "country", "abroad", "overseas", "outside", "non", "international", "native",
    "origin", "pays", "origine", "pais", "origen",  # "(country of origin)", "(pays d'origine)", "(país de origen)"
}  # fmt: skip


_INLINE = re.compile(r"^\s*([A-Za-z][A-Za-z &/.()-]{2,40}?)\s*:\s*(\S.*)$")
# A label column's row read as one line: "PUBLICATIONS | Bondarenko K, …" (not a header row "EXAM | BOARD | YEAR")
_LABEL_CELL = re.compile(r"^\s*([A-Z][A-Z &/]{2,40}?)\s+\|\s+(?![A-Z &/|]+$)(\S.*)$")
# ... and in any case when the row has two cells only: "Formation | Docteur en Médecine — Faculté de Médecine d'Oran"
_LABEL_ROW = re.compile(r"^\s*([^\W\d_](?:[^\W\d_]|[ &/'’.-]){2,40}?)\s+\|\s+([^|]+)$")


_FOOTER_TOP = 0.85  # share of the page height below which a block of lines can be a running footer
_FOOTER_LINES = 3  # a footer is a short block: the name, the city, the contacts
_ADDRESS = re.compile(r"\S@[\w-]+\.\w")


def _footer(lines: list[TextLine], number: int) -> bool:
    """Line ``number`` (1-based) is in a running footer: a short block at the foot of its page, set apart by a
    gap above it (a referee's contact line that merely reaches the bottom of the page follows its entry
    without one)."""
    style = lines[number - 1]
    alone = [x for x in lines if x.page == style.page and x.text.strip()]
    if style.page > 1 and len(alone) <= 2 and not any(_TITLED.search(x.text) for x in alone):
        return True  # all its page holds: a footer a print left alone on the last page, nobody else's lines
    after = next((x for x in lines[number:] if x.text.strip()), None)
    below = after is not None and after.page == style.page and not _higher(after, style)
    if below and lines[number].text.strip() == "":
        return False  # more text below it on the page: not its foot (a sidebar read after it starts higher up)
    if style.ocr:
        return _ocr_footer(lines, number)
    for start in range(number, max(0, number - _FOOTER_LINES), -1):
        above = lines[start - 1]
        if above.top is None or above.top <= _FOOTER_TOP or above.page != style.page or _TITLED.search(above.text):
            return False
        if start == 1 or not lines[start - 2].text.strip():
            return start > 1
    return False


def _ocr_footer(lines: list[TextLine], number: int) -> bool:
    """A scan's footer: OCR leaves a blank line between any two paragraphs, so the block is the few lines inside the
    foot of the page, set apart by a blank line from the text above it and none of them a referee's ("David B.
    Reuben, MD" / "UCLA Geriatrics" / the address); a referee's line wrapped onto the foot ("…, Los Angeles," /
    "CA" / the address) joins the text above it with no blank between."""
    style = lines[number - 1]
    seen, gap = 0, False
    for above in [style, *reversed(lines[: number - 1])]:
        if not above.text.strip():
            gap = True
            continue
        if above.page != style.page or above.top is None:
            return False
        if above.top <= _FOOTER_TOP:
            return seen > 0 and gap
        if _TITLED.search(above.text) or seen == _FOOTER_LINES:
            return False
        seen, gap = seen + 1, False
    return False


_RULE = re.compile(r"\s*(?:-{3,}|={3,}|_{3,}|~{3,})\s*")


def _underlined(lines: list[TextLine], number: int) -> bool:
    """Line ``number`` (1-based) is underlined by a rule of dashes on the next line: a plain-text heading."""
    return number < len(lines) and bool(_RULE.fullmatch(lines[number].text))


def _higher(line: TextLine, than: TextLine) -> bool:
    return line.top is not None and than.top is not None and line.top < than.top


# A referee's block, not the owner's footer.
_TITLED = re.compile(
    r"^\s*(?:dr|prof)\b|\b(?:professor|director|supervisor|mentor|chair|attending|consultant)\b"
    r"|[a-z],\s*(?-i:MD|M\.D\.|PhD|FACP|FACS)\b",  # "David B. Reuben, MD" over his address
    re.IGNORECASE,
)


def split_sections(text: str | list[TextLine]) -> list[Section]:
    """Sections in reading order; the first is always the header (possibly empty).

    "Languages: English, Hindi" opens a languages section (the line stays in it). With layout, a line
    that names a section but is set like body text where the document's headings stand out (bold,
    larger or capitals) is body text: "Research" alone on a line under an entry is not a heading.
    """
    lines = plain_lines(text) if isinstance(text, str) else text
    # OCR knows no weight and its sizes are line heights ("Referees" has no descenders): style says nothing there.
    styled_headings = None if any(x.ocr for x in lines) else _headings_stand_out(lines)
    look = _heading_look(lines) if styled_headings else None
    sections = [Section(HEADER, "")]
    previous: TextLine | None = None  # the last line with text
    for number, style in enumerate(lines, 1):
        before, previous = previous, (style if style.text.strip() else previous)
        line = style.text.rstrip()
        if _ADDRESS.search(line) and _footer(lines, number):
            sections[0].add(line, style, number)  # a page footer with the applicant's contacts belongs to the header
            continue
        found = heading_kind(line) if line.strip() else None
        if found is not None and styled_headings and not _stands_out(style, styled_headings):
            found = None
        if found is None and 3 < len(line) <= 64 and _set_apart(style, styled_headings):
            found = loose_heading_kind(line) or _capitals_heading(line)
        if found is None and look is not None and _look(style) == look and (before is None or _look(before) != look):
            # Set exactly like the known headings: an icon before one ("ŵ Medical Education"), or a heading of
            # words not known ("Work Status") that ends the section above; not a heading's wrapped last word.
            bare = _ICON.sub("", line).strip()
            found = heading_kind(bare) if bare != line.strip() else None
            if found is None and len(bare.split()) >= 2 and _UNKNOWN_HEADING.fullmatch(bare):
                found = (OTHER, False)
        if (
            found is None
            and _US_TAIL.fullmatch(line)
            and ((look is not None and _look(style)[:2] == look[:2]) or _underlined(lines, number))
        ):
            # "USA" in the headings' size and weight (capitals or not), or underlined in plain text ("UNITED
            # STATES" / "-------------"): the US experience under it
            found = (USCE, True)
        if found is not None and found[0] == EXAMS and _COLUMN_TITLE.match(line) and _just_opened(sections[-1]):
            found = None  # "ACADEMIC QUALIFICATIONS" / "Exam" / "Board/University" / "Year": a table's first cell
        if _wraps_heading(sections[-1], line, found):
            # "Publications (peer-reviewed) and" / "Presentations", "Other Clinical Experience (outside the" / "U.S.)"
            opened = sections[-1]
            opened.heading += " " + line.strip()
            again = heading_kind(opened.heading) or loose_heading_kind(opened.heading)
            if again is not None:
                opened.kind, opened.us = again
            continue
        if found is not None:
            kind, us = found
            sections.append(Section(kind, line.strip(), [], us))
            continue
        if style.column_start and style.page == 1 and not _same_band(before, style, sections[-1].kind):
            # A column that opens without a heading (contacts in a sidebar, the name atop the main column)
            # does not continue the section the other column ended with.
            sections.append(Section(PERSONAL, "", [], False))
        if (resumed := _list_resumed(sections, line)) is not None:
            sections.append(resumed)  # a sidebar's end read between a numbered list's pages: the list goes on
        inline = _INLINE.match(line) or _LABEL_CELL.match(line) or _section_row(line)
        phase = sections[-1].kind == EDUCATION and inline and _SCHOOL_PHASE.fullmatch(inline.group(1).strip())
        if inline and not phase and (found := heading_kind(inline.group(1))) is not None:
            kind, us = found
            opened = sections[-1]
            if (
                kind == EDUCATION == opened.kind
                and _DEGREE_LABEL.fullmatch(inline.group(1))
                and opened.lines
                and not opened.lines[0].startswith(opened.heading)
            ):
                opened.add(line, style, number)  # "Degree: General Medicine (MD)" under its school's line, not a
                continue  # section of its own (a web form's "Degree:" after "Medical school city: …" still is)
            section = Section(kind, inline.group(1).strip(), [], us)
            section.add(line, style, number)
            sections.append(section)
            continue
        if _LABEL_ROW.match(line) and _opened_by_row(sections[-1]) and sections[-2].kind != sections[-1].kind:
            # A table's row of another label ("US Visa | B1/B2") after a row that opened a section ("Languages
            # Known | Hindi, English") amid personal details: those go on, not that section ("LANGUAGES" over
            # "Language | Proficiency" / "English | Fluent" is the section's own table).
            sections.append(Section(PERSONAL, "", [], False))
        sections[-1].add(line, style, number)
    return sections


_DEGREE_LABEL = re.compile(r"\s*(?:degree|qualification|programme|program)(?:\s+(?:awarded|obtained))?\s*", re.I)
_LISTING_ASIDE = re.compile(r"\([^()]*,[^()]*\)")  # "(hands-on, ward work)": an entry's details, not a heading's


# "Clinical sciences: U.S. affiliated hospitals (2023–2024)" in a school's entry: the years of its course, not a section
_SCHOOL_PHASE = re.compile(r"(?:basic|clinical|pre-?clinical)\s+(?:sciences?|years?)", re.IGNORECASE)


def _opened_by_row(section: Section) -> bool:
    """The section is one row so far, the row that opened it ("Languages Known | Hindi, English")."""
    row = _section_row(section.lines[0]) if len(section.lines) == 1 else None
    return row is not None and row.group(1).strip() == section.heading


def _section_row(line: str) -> re.Match[str] | None:
    """A two-cell row whose label names a section ("Langues | Arabe, français"), not a contact's ("E-mail | …")."""
    row = _LABEL_ROW.match(line)
    found = heading_kind(row.group(1)) if row else None
    return row if found is not None and found[0] != PERSONAL else None


_COLUMN_TITLE = re.compile(r"\s*(?:exam(?:ination)?\b(?!s)|board\b(?!s))", re.IGNORECASE)


_ITEM_NUMBER = re.compile(r"\s*(\d{1,3})[.)]\s+\S")


def _list_resumed(sections: list[Section], line: str) -> Section | None:
    """A new section continuing the numbered list of the section before an unheaded column's lines, when ``line``
    is the list's next item ("4. …" / a sidebar's referee / "5. …")."""
    current = sections[-1]
    item = _ITEM_NUMBER.match(line)
    if item is None or current.kind != PERSONAL or current.heading or len(sections) < 2:
        return None
    before = sections[-2]
    last = next((m for x in reversed(before.lines) if (m := _ITEM_NUMBER.match(x))), None)
    if last is None or int(last.group(1)) + 1 != int(item.group(1)):
        return None
    return Section(before.kind, before.heading, [], before.us)


_HEADING_GOES_ON = re.compile(r"(?:\s(?:and|of|in)|&|,)$", re.IGNORECASE)


def _wraps_heading(opened: Section, line: str, found: tuple[str, bool] | None) -> bool:
    """The line ends the heading just opened, wrapped onto it: after a word that must go on, a heading's words;
    after an open bracket, the bracket's short end."""
    if not opened.heading or opened.lines:
        return False
    if opened.heading.count("(") > opened.heading.count(")"):
        return ")" in line and len(line.strip()) <= 30
    if _US_TAIL.fullmatch(line):
        return True  # "CLINICAL ROTATIONS" / "IN THE UNITED STATES"
    if _HEADING_CUT.search(opened.heading) and _CAPITAL_WORDS.fullmatch(line):
        return True  # "CLINICAL EXPERIENCE — UNITED" / "STATES", "CLINICAL EXPERIENCE —" / "ELSEWHERE"
    return found is not None and bool(_HEADING_GOES_ON.search(opened.heading))


_HEADING_CUT = re.compile(r"(?:\s[-–—]|\sUNITED)$")
_CAPITAL_WORDS = re.compile(r"\s*[A-Z][A-Z.]+(?:\s[A-Z][A-Z.]+)?\s*")


_US_TAIL = re.compile(
    r"\s*[-–—(]?\s*(?:in\s+(?:the\s+)?)?(?:united\s+states(?:\s+of\s+america)?|u\.s\.(?:a\.)?|usa)\s*\)?\s*",
    re.IGNORECASE,
)


def _just_opened(section: Section) -> bool:
    """An education heading with nothing under it yet but its table's column titles ("Exam" / "Board / University")."""
    return (
        section.kind == EDUCATION
        and bool(section.heading)
        and all(_COLUMN_TITLE.match(x) or not x.strip() for x in section.lines)
    )


_BAND = 0.05  # share of the page height: a "column" that starts this close to the last line is that row's margin
_DATES_ONLY = re.compile(rf"^[\s\W]*(?:(?:{RANGE_RE.pattern}|{POINT_RE.pattern})[\s\W]*)+$", re.IGNORECASE)


def _same_band(before: TextLine | None, line: TextLine, kind: str) -> bool:
    """A block the reader took for a new column that goes on the section's entries: the right-margin date or place
    of an entry ("Aurora, CO" beside its hospital in LaTeX and typst CVs), an organisation line under a title, a
    date alone. Only sidebars of the name and contacts (header, personal) open a section of their own."""
    if kind in {HEADER, PERSONAL}:
        return False
    if _DATES_ONLY.match(normalize_dashes(line.text)):
        return True
    if before is None or before.top is None or line.top is None or before.page != line.page:
        return False
    return abs(before.top - line.top) <= _BAND


_UNKNOWN_HEADING = re.compile(r"[^\W\d][^\d,:;@|.()/]{1,30}")
_ICON = re.compile(r"^\S\s+(?=\w)|^[^\w\s]+\s*")


def _look(line: TextLine) -> tuple[float | None, bool, bool]:
    return line.size, line.bold, line.text.isupper()


def _heading_look(lines: list[TextLine]) -> tuple[float | None, bool, bool] | None:
    """The size, weight and case of the document's known headings, when nearly only headings are set that way
    (then a line set so is a heading whatever its words)."""
    texted = [x for x in lines if x.text.strip()]
    looks: dict[tuple[float | None, bool, bool], int] = {}
    for x in texted:
        if heading_kind(x.text) is not None:
            looks[_look(x)] = looks.get(_look(x), 0) + 1
    if not looks:
        return None
    look, known = max(looks.items(), key=lambda item: item[1])
    if known < 3 or look[0] is None or not (look[1] or look[2]):
        return None
    alike = sum(_look(x) == look for x in texted)
    # Bold capitals at the headings' size are a heading's look even when most of them use words not known here
    # (a long CV's "PROFESSIONAL TRAJECTORY", "RESEARCH GRANTS", "SCHOLARLY OUTPUT").
    room = known if look[1] and look[2] else 2
    return look if alike <= known + room else None


def _set_apart(line: TextLine, body: float | None) -> bool:
    """Capitals, or (with layout) bold or larger than the body text."""
    if len(line.text) >= 4 and line.text.isupper():
        return True
    return body is not None and _stands_out(line, body)


def _stands_out(line: TextLine, body: float) -> bool:
    return line.bold or line.text.isupper() or (line.size is not None and line.size > body + 0.4)


def _headings_stand_out(lines: list[TextLine]) -> float | None:
    """The body font size when the document sets (nearly) all its heading lines apart, else None."""
    body = body_size(lines)
    if body is None:
        return None
    headings = [x for x in lines if x.text.strip() and heading_kind(x.text) is not None]
    if len(headings) < 3:
        return None
    standing = sum(_stands_out(x, body) for x in headings)
    return body if standing >= 0.75 * len(headings) else None


def strip_bullet(line: str) -> str:
    """The line without its leading bullet or dash."""
    return _BULLET.sub("", line).strip()


def is_bullet(line: str) -> bool:
    """True when the line starts with a bullet mark (a detail under an entry, not a new entry)."""
    return bool(_BULLET_MARK.match(line))


def word_bullet(line: str) -> bool:
    """True when the line starts with one of Word's Symbol or Wingdings bullets, which ``is_bullet`` leaves out:
    Word's lists hold an entry's details as often as the entries themselves."""
    return bool(_WORD_BULLET.match(line))


_WORD_BULLET = re.compile(rf"\s*[{WORD_BULLETS}]\s")


# A mark then a space ("- ", "* ", "> "), or a round or square bullet with or without one.
_BULLET_MARK = re.compile(
    r"\s*(?:[\u2022\u25cf\u25aa\u25a0\u2023\u2043\u00b7*>\-\u2013{]\s|[\u2022\u25cf\u25aa\u25a0])"
)  # and moderncv's "{ "
