"""OCR of image-only PDFs (scanned CVs) with Tesseract through pytesseract.

Each page is rendered with pypdfium2 at 300 dpi in greyscale and read by the ``tesseract`` binary
(Debian's ``tesseract-ocr`` + ``tesseract-ocr-eng``, and ``tesseract-ocr-script-latn`` for diacritics when
installed). It runs as a child of the sandboxed parser worker, so the worker's wall-time limit kills it
with the worker's process group and its address-space limit applies to it too. Words come back with
boxes and confidences: lines keep their height (as a font size in points) and position like PDF text
lines, and the mean word confidence is reported.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

import pypdfium2 as pdfium

from include.cv.layout import BLANK, TextLine, body_size, join_stacked
from include.cv.sections import REFERENCES, heading_kind
from include.vocab import strip_accents

DPI = 300
MAX_OCR_PAGES = 3
PAGE_TIMEOUT_S = 30
_PT_PER_PX = 72 / DPI


class OcrUnavailable(Exception):
    """Tesseract (or its English data, or pytesseract) is not installed."""


@dataclass(frozen=True)
class OcrRead:
    lines: list[TextLine]
    confidence: float | None  # mean word confidence, 0-100 as Tesseract reports it
    pages: int


def available() -> bool:
    """True when the tesseract binary and pytesseract are both present."""
    try:
        import pytesseract  # noqa: F401
    except ImportError:
        return False
    return shutil.which("tesseract") is not None


# English reads a CV's addresses, numbers and headings best; Debian's tesseract-ocr-script-latn model reads
# the diacritics English drops ("Rodríguez Peña") but slips on ASCII ("shevehuk"). So English reads every page
# and the Latin model reads the top of page 1 again, where its words replace English ones only where they
# differ by accents alone. Without the Latin model, names come without their accents.
ACCENTS_MODEL = "Latin"
ACCENTS_SHARE = 0.4  # of page 1's height, from the top: the name and contacts


@lru_cache(maxsize=1)
def accents_model() -> str | None:
    """``ACCENTS_MODEL`` when Tesseract has it installed, else None."""
    import pytesseract

    # Not pytesseract.get_languages: its name pattern drops capitalised models such as "Latin".
    try:
        done = subprocess.run(
            [pytesseract.pytesseract.tesseract_cmd, "--list-langs"], capture_output=True, text=True, timeout=30
        )
    except (OSError, subprocess.SubprocessError):
        return None
    installed = {line.strip() for line in done.stdout.splitlines()[1:]}
    return ACCENTS_MODEL if ACCENTS_MODEL in installed else None


_BASE_LETTERS = str.maketrans("ıłŁøØđĐħ", "ilLoOdDh")


def _base(word: str) -> str:
    """The word without its accents ("Peña" -> "Pena", "Yılmaz" -> "Yilmaz"), case kept."""
    return strip_accents(word.translate(_BASE_LETTERS))


def _with_accents(data: dict[str, list[Any]], accents: dict[str, list[Any]]) -> None:
    """English words replaced by the accents model's word at the same place when the two differ by accents only."""
    spots = []
    for j, word in enumerate(accents["text"]):
        word = str(word).strip()
        if word and word != _base(word):
            x = int(accents["left"][j]) + int(accents["width"][j]) / 2
            y = int(accents["top"][j]) + int(accents["height"][j]) / 2
            spots.append((x, y, word))
    for i, word in enumerate(data["text"]):
        word = str(word).strip()
        if not word or not spots or "@" in word or any(c.isdigit() for c in word) or _address_part(data, i):
            continue  # addresses and numbers have no accents to restore
        left, top = int(data["left"][i]), int(data["top"][i])
        right, bottom = left + int(data["width"][i]), top + int(data["height"][i])
        for x, y, accented in spots:
            if left <= x <= right and top <= y <= bottom and _base(accented) == word:
                data["text"][i] = accented
                break


def _address_part(data: dict[str, list[Any]], i: int) -> bool:
    """Word ``i`` is an address's start that a space parted from its "@" ("imranhaider .aimc@gmail.com"): the next
    word, right beside it on its row, holds the "@"."""
    j = i + 1
    if j >= len(data["text"]) or "@" not in str(data["text"][j]):
        return False
    height = int(data["height"][i])
    gap = int(data["left"][j]) - int(data["left"][i]) - int(data["width"][i])
    return abs(int(data["top"][j]) - int(data["top"][i])) < height and 0 <= gap < 2 * height


def ocr_document(doc: pdfium.PdfDocument, max_pages: int = MAX_OCR_PAGES) -> OcrRead:
    """Every page (up to ``max_pages``) read by Tesseract; raises OcrUnavailable without it."""
    if not available():
        raise OcrUnavailable("tesseract is not installed")
    import pytesseract

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # one core per worker: the pool runs several
    lines: list[TextLine] = []
    confidences: list[float] = []
    pages = min(len(doc), max_pages)
    for index in range(pages):
        page = doc[index]
        try:
            image = page.render(scale=DPI / 72, grayscale=True).to_pil()
        finally:
            page.close()
        try:
            image, data, speckled = _best_reading(image, _read(image, "--psm 3", False))
            if index == 0 and (accents := accents_model()) is not None:
                top = image.crop((0, 0, image.width, int(image.height * ACCENTS_SHARE)))
                _with_accents(data, _read(top, "--psm 3", speckled, lang=accents))
        except pytesseract.TesseractNotFoundError as exc:
            raise OcrUnavailable("tesseract is not installed") from exc
        except pytesseract.TesseractError as exc:
            if "Failed loading language" in str(exc):
                raise OcrUnavailable("tesseract has no English data") from exc
            raise
        page_lines, page_conf = _lines(data, index + 1, image.width, image.height)
        if index == 0 and (missing := _missing_contacts(page_lines)):
            page_lines = _with_sparse_contacts(page_lines, image, missing, speckled)
        if index == 0:
            page_lines = _with_lost_title(page_lines, image, speckled)
            if body := body_size(page_lines):
                page_lines = join_stacked(page_lines, 1.3 * body, share=0.3)  # heights, not sizes
        if lines and page_lines:
            lines.append(BLANK)
        lines.extend(page_lines)
        confidences.extend(page_conf)
    mean = round(sum(confidences) / len(confidences), 1) if confidences else None
    return OcrRead(lines, mean, pages)


def _best_reading(image: Any, data: dict[str, list[Any]]) -> tuple[Any, dict[str, list[Any]], bool]:
    """The page's image and Tesseract's reading of it, read again where the first reading may have failed, and
    whether the page is speckled. A speckled or poorly read page is read again without its specks; one read hardly
    at all (``UNREAD_CONFIDENCE``) also on white paper. A reading wins when it reads ``DESPECKLED_MARGIN`` times as
    many words well (the median loses the fine strokes of some pages and frees others' lines from the dots; faint
    grey print on a tinted photo hides its noise from the speck count but reads only once the median has smoothed
    it; a grey page with a vignette reads nothing until its paper is made white) and, on a page that is not
    speckled, with more confidence on the whole (a blurred scan's median gains a few sure words and loses the dots
    of its address)."""
    from PIL import ImageFilter

    stretch, poor = _speckled(image), _poorly_read(data)
    best = (image, data, False)
    if not (stretch or poor):
        return best
    candidates = [_despeckled(image)]
    if poor and (upright := _upright(image)) is not None:
        candidates.insert(0, upright)  # a page scanned on its side or upside down
    if _mean_confidence(data) < UNREAD_CONFIDENCE and not stretch:
        candidates.append(_on_white_paper(image.filter(ImageFilter.MedianFilter(3))))
    for candidate in candidates:
        again = _read(candidate, "--psm 3", stretch)  # faint print loses its strokes to a stretch
        surer = stretch or _mean_confidence(again) > _mean_confidence(best[1])
        if surer and _well_read(again) > DESPECKLED_MARGIN * _well_read(best[1]):
            best = (candidate, again, stretch)
    return best


def _upright(image: Any) -> Any | None:
    """The page turned upright where Tesseract's orientation detection (its ``osd`` data) finds it turned, else
    None (upright already, too few letters to tell, or no ``osd`` data)."""
    import pytesseract

    try:
        osd = pytesseract.image_to_osd(
            image, config="--psm 0", output_type=pytesseract.Output.DICT, timeout=PAGE_TIMEOUT_S
        )
    except (pytesseract.TesseractError, RuntimeError):
        return None
    angle = int(osd.get("rotate", 0))
    if angle == 0 or float(osd.get("orientation_conf", 0)) < ORIENTATION_CONFIDENCE:
        return None
    return image.rotate(-angle, expand=True)  # "Rotate: 90" is clockwise; PIL turns anticlockwise


def _read(image: Any, config: str, speckled: bool, lang: str = "eng") -> dict[str, list[Any]]:
    """Tesseract's words with boxes and confidences; on a speckled page, each part with its own contrast stretched
    (a name's strip, the contacts' rows)."""
    import pytesseract
    from PIL import ImageOps

    return pytesseract.image_to_data(
        ImageOps.autocontrast(image, cutoff=1) if speckled else image,
        lang=lang,
        config=config,
        output_type=pytesseract.Output.DICT,
        timeout=PAGE_TIMEOUT_S,
    )


def _well_read(data: dict[str, list[Any]]) -> int:
    """Words Tesseract read with confidence (80 or more, two letters or more)."""
    return sum(
        1 for text, conf in zip(data["text"], data["conf"], strict=True) if float(conf) >= 80 and len(str(text)) >= 2
    )


def _poorly_read(data: dict[str, list[Any]]) -> bool:
    """Tesseract's mean word confidence on the page is below ``POOR_CONFIDENCE`` (or it read no word)."""
    return _mean_confidence(data) < POOR_CONFIDENCE


def _mean_confidence(data: dict[str, list[Any]]) -> float:
    """Tesseract's mean confidence over the words it read (0 when it read none)."""
    confidences = [float(c) for t, c in zip(data["text"], data["conf"], strict=True) if str(t).strip()]
    return sum(confidences) / len(confidences) if confidences else 0.0


# Below this one, read on white paper too: 26 on holdout30's grey, vignetted page (no word read well as it is, 36 on
# white paper); the low-contrast scans of holdout12 that read 55-60 lose letters on white paper
UNREAD_CONFIDENCE = 40.0
# Below this mean word confidence a page is read again despeckled: 48 on holdout29's faint typewritten photo (2 words
# read well as it is, 103 despeckled), 75 and more on every other scan and photo of holdout28-29
POOR_CONFIDENCE = 60.0
# Tesseract's orientation confidence under which a poorly read page is not turned: 14.1 on holdout33's page scanned
# on its side; under 2 its guess is noise
ORIENTATION_CONFIDENCE = 2.0


def _speckled(image: Any) -> bool:
    """The page is dotted with specks (a phone's sensor noise, a noisy scanner): Tesseract reads them as letters
    and loses the lines they sit on. Clean pages are read as they are: a median also thins the fine strokes of a
    sharp scan ("roslan" read "rosian")."""
    from PIL import ImageChops, ImageFilter

    small = image.reduce(2)  # the speck count at half size: a twentieth of a second a page
    histogram = ImageChops.difference(small, small.filter(ImageFilter.MedianFilter(3))).histogram()
    return sum(histogram[64:]) >= SPECKLED_SHARE * sum(histogram)


def _despeckled(image: Any) -> Any:
    """The page without its specks: two 5-pixel medians (300-dpi strokes are wider). On holdout22-27's speckled
    pages, OCR identity went from 54% (as they are) to 61% with one 3-pixel median, 86% with one 5-pixel median and
    95% with two; pages below the speckle share lose with it (88% to 79%), so they are read as they are."""
    from PIL import ImageFilter

    return image.filter(ImageFilter.MedianFilter(5)).filter(ImageFilter.MedianFilter(5))


# A second reading (despeckled, on white paper) must read this many times as many words well: within it, the page's
# own strokes win (the test suite's synthetic scan and photo read 21 words well despeckled against 20 and 19 as they
# are, and lost the "l" of "example" to the median; most of the corpus's speckled photos gain 16% to 236%)
DESPECKLED_MARGIN = 1.15
# Pixels a 3-pixel median changes by a quarter of the grey range or more: none on clean scans and photos of the
# corpus, 0.1-0.5 per mille on a few, 1-7 per mille on the speckled ones, where the median gains most
SPECKLED_SHARE = 0.001


CONTACTS_SHARE = 0.45  # of page 1's height, from the top, where a CV's contacts are looked for
_HAS_EMAIL = re.compile(r"\S@[\w-]+\.\w")
_HAS_PHONE = re.compile(r"(?:\+|\b)\d(?:[\s().-]*\d){8,}")


def _missing_contacts(lines: list[TextLine]) -> set[str]:
    """Which of "email" and "phone" page 1's top lines (above any references) do not show at all."""
    top: list[str] = []
    for x in lines:
        if x.top is None or x.top >= CONTACTS_SHARE:
            continue
        if (kind := heading_kind(x.text)) is not None and kind[0] == REFERENCES:
            break  # referees' contacts are not the applicant's
        top.append(x.text)
    missing = set()
    if not any(_HAS_EMAIL.search(t) for t in top):
        missing.add("email")
    if not any(_HAS_PHONE.search(t) for t in top):
        missing.add("phone")
    return missing


def _with_sparse_contacts(
    lines: list[TextLine], image: Any, missing: set[str], speckled: bool = False
) -> list[TextLine]:
    """Page 1's lines with the contacts a second, sparse-text pass over its top finds where the first (page
    layout) pass lost them: Tesseract's layout analysis drops rows of bordered tables and tight sidebars.
    Only lines holding a missing email or phone are added, placed among the first pass's lines by height."""
    top = image.crop((0, 0, image.width, int(image.height * CONTACTS_SHARE)))
    wanted = {"email": _HAS_EMAIL, "phone": _HAS_PHONE}
    # Then on white paper: grey text on a photo's cream page beside a dark desk is lost to both passes as it is.
    # Then with dark bands turned light: a designed CV's contacts in small pale print on a dark strip across the
    # page, read as a page (sparse text cuts the strip's one line into pieces); then on a dark sidebar, which only
    # a 2-D reading of the background finds. Each only while a contact is still missing.
    passes = (
        (lambda crop: crop, "--psm 11"),
        (_on_white_paper, "--psm 11"),
        (_dark_bands_lightened, "--psm 3"),
        (_dark_areas_lightened, "--psm 11"),
    )
    for crop, config in ((prepare(top), config) for prepare, config in passes):
        found, _ = _lines(_read(crop, config, speckled), 1, image.width, image.height)
        seen = " ".join(x.text for x in lines)
        for line in found:
            if line.text and line.text not in seen and any(wanted[k].search(line.text) for k in missing):
                at = next((i for i, x in enumerate(lines) if x.top is not None and x.top > (line.top or 0)), len(lines))
                lines = [*lines[:at], line, *lines[at:]]
        missing = _missing_contacts(lines)
        if not missing:
            break
    return lines


def _dark_bands_lightened(image: Any) -> Any:
    """The image with each dark band across it (rows darker than ``DARK_BAND_LEVEL`` on average, at least
    ``DARK_BAND_ROWS`` tall) inverted and stretched to full contrast: pale print on a dark strip as black on white."""
    from PIL import Image, ImageChops, ImageOps

    means = [*image.resize((1, image.height), Image.Resampling.BOX).tobytes(), 255]
    out, start = image.copy(), None
    for y, mean in enumerate(means):
        if mean < DARK_BAND_LEVEL and start is None:
            start = y
        elif mean >= DARK_BAND_LEVEL and start is not None:
            if y - start >= DARK_BAND_ROWS:
                band = image.crop((0, start, image.width, y))
                out.paste(ImageOps.autocontrast(ImageChops.invert(band), cutoff=2), (0, start))
            start = None
    return out


def _dark_areas_lightened(image: Any) -> Any:
    """The image with every area on a dark background (its median over about 3 mm darker than
    ``DARK_BAND_LEVEL``) inverted, stretched to full contrast over those areas alone: a dark sidebar's pale print
    as black on white. Strips across the page read better each stretched alone (``_dark_bands_lightened``)."""
    from PIL import Image, ImageChops, ImageFilter, ImageOps

    background = image.reduce(8).filter(ImageFilter.MedianFilter(5)).resize(image.size)
    mask = background.point(lambda v: 255 if v < DARK_BAND_LEVEL else 0)
    return Image.composite(ImageOps.autocontrast(ImageChops.invert(image), cutoff=2, mask=mask), image, mask)


DARK_BAND_LEVEL = 110  # of 255: holdout34's contacts strip averages 60-100, white paper with text 230 and more
DARK_BAND_ROWS = 20  # at 300 dpi, under 2 mm: thinner dark rows are rules and underlines, not strips of text


def _on_white_paper(image: Any) -> Any:
    """The image with its paper made white and its ink black: each pixel against the paper around it (the
    brightest nearby, on a quarter-size copy), so shadows, tints and faint grey print come out as black on white."""
    from PIL import ImageChops, ImageFilter, ImageOps

    paper = image.reduce(4).filter(ImageFilter.MaxFilter(5)).resize(image.size)
    return ImageOps.autocontrast(ImageChops.invert(ImageChops.subtract(paper, image)), cutoff=2)


TITLE_GAP = 0.1  # of page 1's height: text starting lower than this may have lost its title line above
_TITLE_CONF = 60.0


def _with_lost_title(lines: list[TextLine], image: Any, speckled: bool = False) -> list[TextLine]:
    """Page 1's lines with the title a sparse-text pass finds above the first line, when the first (page
    layout) pass starts low: Tesseract's layout analysis drops a name underlined by a rule ("=====").
    Only the strip above the first line is read again, and only confident words are kept."""
    first = next((x.top for x in lines if x.top is not None), None)
    if first is None or first < TITLE_GAP:
        return lines
    data = _read(image.crop((0, 0, image.width, int(image.height * first))), "--psm 11", speckled)
    for i, conf in enumerate(data["conf"]):
        if float(conf) < _TITLE_CONF or not re.search(r"[^\W\d_]{2}", str(data["text"][i])):
            data["text"][i] = ""
    found, _ = _lines(data, 1, image.width, image.height)
    return [x for x in found if x.text] + lines


_TLDS = r"(?:com|net|org|edu|gov|info|co|io|in|ng|pk|uk|ca|au|eg|ph|br|mx|de|fr|es|it|ru|cn|tr|ir|sa|ae|lk|bd|np)"
_MAIL_HOSTS = r"(?:gmail|yahoo|hotmail|outlook|icloud)"
_LOST_AT = re.compile(rf"(?<!\S)([a-z0-9]+[._][a-z0-9._]*[a-z0-9])\s+(?={_MAIL_HOSTS}\.[a-z]{{2,4}}\b)", re.IGNORECASE)
_REPAIRS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^[^\w+(•\-–]+(?=\w|\+)"), ""),  # specks and quotes before the first word
    (re.compile(r"(?<!\w)[‘’“”`'\"](?=\w)|(?<=\w)[‘’“”`\"]+(?!\w)"), ""),  # quotes stuck to words
    (re.compile(r"(?:(?<=\s)|^)[‘’“”`'\"/\\~^_]+(?=\s|$)"), " "),  # lone specks between words
    (re.compile(r"\s*[©®]\s*(?=[a-z0-9-]+\s*\.)", re.IGNORECASE), "@"),  # "name©gmail.com"
    (re.compile(r"(?<!\S)€(?=[\w.-]*@)"), "e"),  # "€.morozova@yandex.ru": the euro sign for an "e"
    (re.compile(r"(?<=[\w.])\s+@\s*(?=[a-z0-9-]+\s*\.)", re.IGNORECASE), "@"),  # "bashar.mansour78 @gmail.com"
    # the "@" lost beside an icon ("marco.esposito.rad   gmail.cor"), a "q" for a "g", "cor" for "com"
    (_LOST_AT, r"\1@"),
    (re.compile(r"@(?:gq|qg|q|g(?=\s))\s?mail\b", re.IGNORECASE), "@gmail"),  # and "@q mail.com", "@g mail.com"
    (re.compile(r"@(g|hot)ma(?:ii|il|i1|l1|1l|ll)(?=\.)", re.IGNORECASE), r"@\1mail"),  # "gmaii", "gmall"
    (re.compile(rf"(@{_MAIL_HOSTS}\.co)(?:r|rn)\b", re.IGNORECASE), r"\1m"),
    (re.compile(rf"(@{_MAIL_HOSTS}\.)ca[mn]\b", re.IGNORECASE), r"\1com"),  # "gmail.cam": an "o" read as "a"
    (re.compile(rf"@\s*([\w-]+)\s*\.\s*(?={_TLDS}\b)", re.IGNORECASE), r"@\1."),  # "@yahoo. com"
    (re.compile(rf"@([\w-]+)\s+({_TLDS})\b", re.IGNORECASE), r"@\1.\2"),  # "@yahoo com"
    (re.compile(r"(\w)\s*\.\s+(?=[\w.+-]*@)"), r"\1."),  # "damilare. adebayo@": the local part's dot
    (re.compile(r"(?<=[a-z0-9])\s+\.(?=[a-z0-9][\w.+-]*@)"), "."),  # "imranhaider .aimc@"
    (re.compile(r"\$(?=\s?\d{1,3}[\s(-])"), "+"),  # "$234 803..." is "+234"
    (re.compile(r"(?<=[^\W\d_])- (?=[A-Z])"), "-"),  # "Adebayo- Smith": a hyphenated name
    (re.compile(r"(?<=[^\W\d_]) -(?=[A-Z][a-z])"), "-"),  # "Okafor -Bailey"
    (re.compile(r"(@[\w-]+(?:\.[\w-]+)*\.)\|(?=[a-z])"), r"\1l"),  # "@aub.edu.|b": "|" for "l" in the domain
    (re.compile(r"(@[\w-]+(?:\.[\w-]+)*\.)ib\b"), r"\1lb"),  # "@aub.edu.ib": no such domain, Lebanon's "lb"
    (re.compile(r"(?<=\w)\.\.(?=[\w.+-]*@)"), "."),  # "ayesha..chaudhry91@": a speck read as a second dot
    # "lrina", "lbrahim": a capital I read as "l" before a consonant no English word starts "l" with
    (re.compile(r"(?<![\w@./-])l(?=[bcdfghjkmnpqrstvwxz][a-z]*(?:[\s,;:]|$))"), "I"),
    (re.compile(r" {2,}"), " "),
)


def repair(text: str) -> str:
    """Common Tesseract slips on CVs: specks and quotes around words, broken email addresses, "$" for "+", specks
    between a phone number's digit groups ("+964'781:220 5537")."""
    for pattern, replacement in _REPAIRS:
        text = pattern.sub(replacement, text)
    text = _PHONE_WITH_SPECKS.sub(lambda m: _SPECKS.sub(" ", m.group(0)), text)
    return _MISREAD_HOST.sub(_mail_host, text).strip()


_MISREAD_HOST = re.compile(r"(?<=@)([a-z]{3,9})(?=\.com\b)", re.IGNORECASE)
_HOSTS = ("gmail", "yahoo", "hotmail", "outlook", "icloud")
_OTHER_HOSTS = frozenset({"mail", "ymail", "email", "gmx", "aol", "live", "zoho", "yandex", "rediff", "naver"})  # real


def _mail_host(m: re.Match[str]) -> str:
    """A webmail host one letter off ("gmai", "gmait", "gmiail" for "gmail"): no such host takes mail for
    applicants, so the one it was read from."""
    host = m.group(1)
    if host.lower() in _OTHER_HOSTS:
        return host
    near = [h for h in _HOSTS if h != host.lower() and _one_letter_off(host.lower(), h)]
    return near[0] if len(near) == 1 else host


def _one_letter_off(a: str, b: str) -> bool:
    """One letter added, dropped or changed."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


_PHONE_WITH_SPECKS = re.compile(r"\+\d{1,3}(?:[\s'’:]\d{2,4}){2,4}")
_SPECKS = re.compile(r"['’:]")


def _rejoin_address(line: str) -> str:
    """An address Tesseract split at its "@" (an icon there) into two fields, joined and repaired again."""
    if not _LOST_AT.search(line):
        return line
    return "   ".join(repair(field) for field in _LOST_AT.sub(r"\1@", line).split("   ") if field.strip())


def _lines(data: dict[str, list[Any]], page: int, width: int, height: int) -> tuple[list[TextLine], list[float]]:
    """Tesseract's words grouped into its lines; a new block or paragraph starts after a blank line."""
    groups: dict[tuple[int, int, int], list[int]] = {}
    for i, word in enumerate(data["text"]):
        if str(word).strip():
            key = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
            groups.setdefault(key, []).append(i)
    out: list[TextLine] = []
    boxes: list[tuple[int, int, int, int] | None] = []  # parallel to out: each line's left, top, right, bottom
    confidences: list[float] = []
    previous: tuple[int, int] | None = None
    for key, words in groups.items():
        if previous is not None and key[:2] != previous:
            out.append(BLANK)
            boxes.append(None)
        previous = key[:2]
        words.sort(key=lambda i: int(data["left"][i]))
        line_height = max(int(data["height"][i]) for i in words)
        # Tesseract puts most columns in blocks of their own, but a sidebar heading beside the name can share
        # its line: a gap wider than two line heights stays a wide gap ("CONTACT   Ayşe Gül Yılmaz").
        fields: list[list[str]] = [[]]
        for k, (before, i) in enumerate(zip([None, *words], words, strict=False)):
            if before is not None and (
                int(data["left"][i]) - (int(data["left"][before]) + int(data["width"][before]))
                > 2 * max(line_height, 1)
                or _other_script(data, before, words[k:])
            ):
                fields.append([])
            fields[-1].append(str(data["text"][i]))
            conf = float(data["conf"][i])
            if conf >= 0:
                confidences.append(conf)
        top = min(int(data["top"][i]) for i in words)
        right = max(int(data["left"][i]) + int(data["width"][i]) for i in words)
        boxes.append((int(data["left"][words[0]]), top, right, top + line_height))
        text = "   ".join(x for x in (repair(" ".join(f)) for f in fields) if x)
        out.append(
            TextLine(
                _rejoin_address(text),
                page,
                round(line_height * _PT_PER_PX, 1),
                False,
                round(top / height, 4) if height else None,
                round(int(data["left"][words[0]]) / width, 4) if width else None,
                ocr=True,
            )
        )
    return _label_rows(out, boxes), confidences


def _other_script(data: dict[str, list[Any]], before: int, rest: list[int]) -> bool:
    """The words ``rest`` that end a line are a guess at another script beside a sure Latin word ``before``: the
    first not shaped like a name's word (lower case, symbols, digits), none read surely (or with a letter or digit
    at all), not a number's digit groups alone ("Reddy G. aosa ao 43 08" for the Telugu name after the Latin one,
    "YAMAMOTO Yuki wa &%" for 山本 優希). They are a field of their own; a speck between a name's words ("Vikram 1
    Singh") and a blurred phone's digits are not."""
    texts = [str(data["text"][i]) for i in rest]
    unsure = all(
        float(data["conf"][i]) < OTHER_SCRIPT_CONFIDENCE or not any(c.isalnum() for c in text)
        for i, text in zip(rest, texts, strict=True)
    )
    unlike_a_name = not texts[0][:1].isupper() or any(not (c.isalpha() or c in "-'’.") for c in texts[0])
    digits_only = all(c.isdigit() or c in "+-()./" for text in texts for c in text)
    return float(data["conf"][before]) >= SURE_CONFIDENCE and unlike_a_name and unsure and not digits_only


SURE_CONFIDENCE = 80.0  # the Latin name before: 91-96 on holdout34-35's names beside Telugu, Japanese, Chinese, Korean
OTHER_SCRIPT_CONFIDENCE = 70.0  # the other script read as Latin: 0-69 there ("&%" at 70 has no letter)


def _label_rows(lines: list[TextLine], boxes: list[tuple[int, int, int, int] | None]) -> list[TextLine]:
    """A table whose left cells hold the section headings and dates and whose right cells hold the entries
    (Europass, Word label-column CVs): Tesseract reads it as two columns, every label then every value. Read
    again row by row, each label beside the value on its row. A sidebar beside a main column is left alone:
    the main column has headings of its own, or a line crossing into it."""
    rows = [(line, box) for line, box in zip(lines, boxes, strict=True) if box is not None]
    if len(rows) < 8:
        return lines
    width = max(box[2] for _, box in rows)
    starts = sorted(box[0] for _, box in rows if box[0] > 0.15 * width)
    slack = 0.03 * width  # a scan's skew moves a column's edge by a few per cent down the page
    x = max(starts, key=lambda v: sum(v <= w <= v + slack for w in starts), default=None)
    if x is None:
        return lines
    right = [(line, box) for line, box in rows if box[0] >= x - slack / 3]
    left = [(line, box) for line, box in rows if box[0] < x - slack / 3]
    if len(right) < 3 or any(heading_kind(line.text) for line, _ in right):
        return lines
    last = max(box[3] for _, box in right)
    headings = [box for line, box in left if box[1] < last and heading_kind(line.text) is not None]
    if len(headings) < 3:
        return lines
    first = min(box[1] for box in headings)  # the table starts at its first heading; the name's block is above
    left = [(line, box) for line, box in left if first <= box[1] < last]
    right = [(line, box) for line, box in right if box[1] >= first - 0.5 * (box[3] - box[1])]

    def mid(box: tuple[int, int, int, int]) -> float:
        return (box[1] + box[3]) / 2

    for _, box in left:  # every label ends before the value beside it
        nearest = min(right, key=lambda row: abs(mid(row[1]) - mid(box)))[1]
        if box[2] >= nearest[0]:
            return lines
    inside = {id(line) for line, _ in [*left, *right]}
    out = [
        line
        for line, box in zip(lines, boxes, strict=True)
        if (box is None or box[1] < first) and id(line) not in inside
    ]
    while out and not out[-1].text:
        out.pop()
    out.append(BLANK)
    band = sorted([(*row, True) for row in left] + [(*row, False) for row in right], key=lambda row: row[1][1])
    used: set[int] = set()
    for k, (line, box, is_label) in enumerate(band):
        if k in used:
            continue
        used.add(k)
        mate = next(
            (j for j, (_, b, label) in enumerate(band)
             if j not in used and label != is_label and abs(mid(b) - mid(box)) < 0.6 * (box[3] - box[1])),
            None,
        )  # fmt: skip
        if mate is not None:
            used.add(mate)
            label, value = (line, band[mate][0]) if is_label else (band[mate][0], line)
            line = replace(label, text=f"{label.text}   {value.text}")
        if heading_kind(line.text) is not None and out[-1].text:
            out.append(BLANK)
        out.append(line)
    out += [
        line
        for line, box in zip(lines, boxes, strict=True)
        if box is not None and box[1] >= last and id(line) not in inside
    ]
    return out
