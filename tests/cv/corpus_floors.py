"""Accuracy floors per corpus split: ``tests/cv/test_corpus.py`` fails when a split scores below its row.

Each row is what the parser reached on that split when the row was set (rounded down a little for
the figures that move with OCR timing); a split present in ``tests/cv/corpus/`` without a row fails,
so a new split cannot be added without saying what it must keep. Groups as in ``tests/cv/scoring.py``.
"""

from __future__ import annotations

from datetime import date

# The date the corpus was written against: "present" ends here, ages and student status are read from it.
REFERENCE_DATE = date(2026, 12, 1)

FLOORS: dict[str, dict[str, float]] = {
    # Reached 2026-12-03, issue 12's third round (general reading rules, Tesseract 5.3.0 English + Latin):
    # identity 100, education 98.0, exams 99.3, other 97.4, usce 98.1, robustness 100, ocr 95.8 (8 scans,
    # 24 fields: one field is 4.2 points, so the floor leaves room for one). Was 99.1/98.0/99.3/96.7/98.1/100/91.7.
    # Fifth round (cvident: identity and education rules): education 99.3.
    "dev": {
        "identity": 0.99,
        "education": 0.98,
        "exams": 0.98,
        "other": 0.96,
        "usce": 0.97,
        "robustness": 1.0,
        "ocr": 0.91,
    },
    # Scans written for issue 12's second round by the parser's engineer (not blind; extra/generate.py): contacts
    # in a bordered table, a sidebar, a page footer or after the referees; names with diacritics. Only identity
    # by OCR is scored: 95.8 on 2026-12-03 (8 scans, 24 fields: one is 4.2 points; Vietnamese tones are missed).
    "extra": {
        "robustness": 1.0,
        "ocr": 0.91,
    },
    # Written for issue 12's third round by two new helpers (w4, w5) who never saw the parser or the earlier
    # corpus: 92 files in 17 layouts (Europass, Google-Docs-style headers, LibreOffice HTML, Chromium timelines,
    # bands, sidebars, two- and three-page CVs, pandoc, ERAS-style, South-Asian biodata, Latin-American bilingual,
    # Arabic-script names, LinkedIn-like exports, whole-CV tables, pasted text; 22 phone-photo and office scans;
    # 6 damaged). Scored once, untouched, on 2026-12-03 (parser 2.1.0): identity 98.4, education 77.7, exams
    # 100, other 72.3, usce 61.1, robustness 98.9 (w5_044, a DOCX without [Content_Types].xml, is read rather
    # than refused), ocr 89.4. Tuned on from then on, like dev and test. Fourth round (cvedu: gazetteer, label-
    # column and bilingual education entries, names before degrees, OCR title pass): identity 100, education
    # 99.2, ocr 92.4 (66 fields: one is 1.5 points, so the floor leaves room for one).
    "dev2": {
        "identity": 0.99,
        "education": 0.98,
        "exams": 0.99,
        "other": 0.86,  # 82.4 after the USCE/other reading rules of branch cvusce; 86.3 after round four's
        "usce": 0.94,  # 85.9 after the same; 95.5 after round four's layout fixes (Europass label column)
        "robustness": 0.98,
        "ocr": 0.9,
    },
    # The third round's held-out split (writers w6, w7, who saw neither the parser nor any other split): 60 files,
    # kept outside the repository until every parser change of the round had merged, then scored once on
    # 2026-12-03 (parser 2.1.0): identity 91.7, education 97.5, exams 82.5, other 78.8, usce 61.0, robustness 100,
    # ocr 79.2 (16 scans, 48 fields: one is 2.1 points). Tuning data from the fourth round on (branches cvlayout,
    # cvfields, 2026-12-03, parser 2.2.0): identity 100, education 99.4, exams 100, other 92.5, usce 87.7,
    # robustness 100, ocr 81.2. Fifth round (cvident, cvusce): education 100, usce 92.8. Sixth round (parser
    # 2.4.0: label columns of Word tables, headings with their English in brackets): usce 94.2; 2.5.0: usce 97.1.
    "holdout": {
        "identity": 0.99,
        "education": 0.99,
        "exams": 0.99,
        "other": 0.91,
        "usce": 0.96,
        "robustness": 1.0,
        "ocr": 0.79,
    },
    # The fourth round's held-out split (writers w8, w9, w10, who saw neither the parser nor any other split): 84
    # files (LaTeX, typst, ODT biodata, Nigerian/Ghanaian/Filipino DOCX, Zety/Resume.io/LinkedIn/Indeed/ERAS/card
    # layouts by Chromium, LibreOffice Writer DOCX/PDF, Europass 2020, fpdf2 mixed scripts, RTF, plain text; 15
    # scans as PDF, JPEG and PNG; 6 damaged), kept outside the repository until every parser change of the round
    # had merged, then scored once on 2026-12-03 (parser 2.2.0): identity 93.7, education 90.5, exams 97.6, other
    # 82.1, usce 71.5, robustness 100, ocr 80.0 (15 scans, 45 fields: one is 2.2 points). The parser before the
    # round (2.1.0) scored it 86.2/79.8/91.7/73.4/62.4/88.1 (nine ODT/RTF/image files refused), ocr 88.9 on the
    # nine PDF scans it read. Tuning data from the fifth round on (cvident, identity and education rules, page 1
    # in content order as a second reading of the name): identity 100, education 98.0; (cvusce, right-margin
    # USCE entries, day-first ranges, stated paper counts, ECFMG years) exams 98.8, other 82.9, and usce 88.9 once
    # its truth wrote ongoing entries' end as 2026-12 like every other split (it said "present": 81.7 before).
    # Sixth round (parser 2.4.0): usce 89.3; (2.5.0) other 83.7, usce 90.9. Seventh (2.8.0): other 84.5, usce 92.8.
    "holdout2": {
        "identity": 0.99,
        "education": 0.97,
        "exams": 0.98,
        "other": 0.82,
        "usce": 0.92,
        "robustness": 1.0,
        "ocr": 0.75,
    },
    # The fifth round's held-out split (writers w11, w12, w13, who saw neither the parser nor any other split): 84
    # files (LaTeX Jake's/AltaCV/Deedy/moderncv/xelatex icons, Chromium Novoresume/Kickresume/Enhancv/FlowCV/JSON
    # Resume/Notion with running headers; Word and Google Docs templates as DOCX, PDF, ODT and RTF by LibreOffice
    # with country conventions; plain text quoted, BOM+CRLF, ASCII columns; reportlab/fpdf2 glyph-by-glyph, letter-
    # spaced, rotated sidebar, cover letter first, contacts last, CJK/Devanagari/Arabic names, PDF/A; 14 scans and
    # photos; 8 damaged), kept outside the repository until every parser change of the round had merged, then
    # scored once on 2026-12-03 (parser 2.3.0): identity 98.4, education 91.1, exams 99.2, other 81.0, usce 73.1
    # (months 74.2, entries F1 72.1; 70.4 against the writers' "present" ends), robustness 100, ocr 83.3 (14 scans,
    # 42 fields: one is 2.4 points). The parser before the round (2.2.0): 97.8/89.5/98.4/81.0/73.1/100/83.3.
    # Tuning data from then on: specialty headlines beside "applicant"/"candidate" (branch cvspec): other 85.5.
    # Sixth round (parser 2.4.0): thin dashes kept on their row, the label column of Word CV tables read as
    # headings, headings with their English in brackets ("Formação (Education)"), an RTF label cell naming a
    # section: education 96.0, usce 82.5. Parser 2.5.0 (tuned on holdout4): identity 98.9, other 86.7, usce 87.5;
    # 2.6.0: usce 87.9; 2.8.0: usce 90.2.
    "holdout3": {
        "identity": 0.98,
        "education": 0.95,
        "exams": 0.98,
        "other": 0.86,
        "usce": 0.89,
        "robustness": 1.0,
        "ocr": 0.78,
    },
    # The sixth round's held-out split (writers w14, w15, w16, who saw neither the parser nor any other split): 72
    # files (python-docx Word templates with label-column tables, contacts in headers/footers, Portuguese/Spanish/
    # French headings, delivered as DOCX and through LibreOffice as PDF, RTF and text; odfpy ODT; Chromium prints
    # of sidebars, a dates gutter, card grids, a rotations table, two pages with a running header, Markdown; pasted
    # and forwarded e-mail text; reportlab platypus/canvas and fpdf2 layouts, small caps, letter spacing, a dark
    # band, bordered tables, contacts only in a footer, DOCX text boxes from LibreOffice frames; 15 scans and
    # photos; 9 damaged), kept outside the repository until every parser change of the round had merged, then
    # scored once on 2026-12-04 (parser 2.4.0): identity 98.6, education 98.4, exams 98.4, other 76.0, usce 76.7
    # (months 75.0, entries F1 78.4), robustness 100, ocr 80.0 (15 scans, 45 fields: one is 2.2 points). The
    # parser before the round (2.3.1): 98.6/98.4/98.4/76.0/75.9/100/80.0. The round's brief listed specialties
    # outside the service's vocabulary ("Oncology", "Critical Care", "Dermatology"...); the truth's specialties
    # were then mapped onto it (include.vocab.SPECIALTIES, as every earlier split's writers were given): other 78.1
    # untouched. Tuning data from then on (parser 2.5.0: Spanish/Portuguese/French headings and rotation types,
    # nationality sub-headings, a country on a line of its own, titles under the name, "Neurology-bound"):
    # other 82.8, usce 83.9; e-mail quote marks, "CV - Name", "Miami FL" in a table cell, clauses split at "·":
    # identity 99.3, other 83.9, usce 87.7; Portuguese and French months ("jan/2026", "févr. 2025", "en cours"):
    # usce 91.8; paper counts stated in words: other 84.9; lines set like the known headings: other 85.4, usce 92.2;
    # an arrow between dates: usce 94.3.
    "holdout4": {
        "identity": 0.98,
        "education": 0.98,
        "exams": 0.98,
        "other": 0.85,
        "usce": 0.94,
        "robustness": 1.0,
        "ocr": 0.75,
    },
    # The sixth round's second held-out split (writers w17, w18, w19, briefed when holdout4 had been scored and was
    # being tuned on; they saw neither the parser nor any other split): 72 files (Chromium prints imitating Canva
    # and online builders: icons, photo circle, progress bars, an ERAS "Experiences" list, a rotations table with
    # merged cells, a vertical heading rail, a grid flowing to page 2; python-docx with numbered lists, tab-stop
    # dates, content controls and mailto links, through LibreOffice to PDF, ODT and RTF; messy DOCX: Word
    # columns, a CV below its cover letter, bold-run headings, one-line rotations, "NYC"/"LA"/"Philly", states in
    # full; ASCII-art and PDF-export text; an HTML e-mail printed; reportlab/fpdf2 Europass, Lebenslauf,
    # rirekisho, Korean/Chinese family names in capitals, photo boxes, "Formazione"; 17 scans and photos incl.
    # stamps and a fax; 9 damaged), kept outside the repository until every parser change had merged, then scored
    # once on 2026-12-04 (parser 2.5.0, specialties mapped onto the service's vocabulary as for holdout4): identity
    # 96.4, education 92.4, exams 97.8, other 83.7 (82.6 against the writers' own spellings), usce 77.9 (months
    # 82.6, entries F1 73.2), robustness 100, ocr 74.5 (17 scans, 51 fields: one is 2.0 points). The parser at
    # the start of the round (2.3.1): 96.4/92.4/97.8/82.1/79.0/100/74.5. Tuning data from then on (2.6.0: a cover
    # letter's addressee and a mail header are not the applicant; "Los Angeles, LA"; headings boxed in plain text,
    # "2024 Mar"): identity 99.3, other 84.8, usce 82.6, ocr 76.5; 2.7.0: usce 82.9; 2.8.0: other 85.3, usce 85.1.
    "holdout5": {
        "identity": 0.99,
        "education": 0.93,
        "exams": 0.97,
        "other": 0.84,
        "usce": 0.86,
        "robustness": 1.0,
        "ocr": 0.7,
    },
    # The sixth round's third held-out split (writers w20, w21, w22, briefed when holdout5 had been scored, with the
    # service's specialty list this time; they saw neither the parser nor any other split): 72 files of the kinds
    # the service receives most (South-Asian self-made Word CVs with personal-details and qualification tables
    # and declarations, through LibreOffice to PDF/ODT/RTF/text; Google-Docs, Canva and Word template looks,
    # Europass, Spanish/Portuguese/Arabic headings, dates like "Ene 2024", "since 2023"; ERAS-style CVs, Caribbean
    # core clerkship lists, LinkedIn exports, three-page academic CVs, a CV pasted in an e-mail; 15 scans and
    # photos; 9 damaged), scored once on 2026-12-04 (parser 2.6.0): identity 97.2, education 75.5, exams 100, other
    # 78.1, usce 78.8, robustness 100, ocr 86.7 (15 scans, 45 fields: one is 2.2 points). The parser at the start of
    # the round (2.3.1): 95.1/79.7/100/77.6/74.5/100/86.7 — the round's label-column rule took a qualifications
    # table's "Exam" header for a heading (education −4.2), fixed next as tuning: education 78.6, usce 79.3; table
    # cells wrapped over lines read whole (2.7.0): education 80.7; a table's header row is no heading (2.7.1):
    # education 90.1; 2.8.0 (after holdout7's score): identity 98.6, education 92.2, usce 83.3.
    "holdout6": {
        "identity": 0.98,
        "education": 0.92,
        "exams": 0.99,
        "other": 0.77,
        "usce": 0.86,
        "robustness": 1.0,
        "ocr": 0.82,
    },
    # The seventh round's held-out split (writers w23, w24, w25, same brief, a theme each: South-Asian and
    # Middle-Eastern Word CVs; résumé-builder designs printed by Chromium; Africa and East/Central Asia through
    # Europass, reportlab/fpdf2, RTF and text): 72 files, 15 scans and photos, 9 damaged. Scored once on 2026-12-04
    # (parser 2.7.1, the same at 2.7.0): identity 96.5, education 90.1, exams 99.5, other 80.7, usce 81.2,
    # robustness 100, ocr 75.6 (15 scans, 45 fields: one is 2.2 points; w24's 130-dpi designs read worst).
    # Tuning data from then on (2.8.0: well-known US hospitals' states, wrapped table cells with narrow gaps,
    # names before a degree list or in a text box, dates-first education entries, Italian/German degrees):
    # identity 98.6, education 98.4, other 83.3, usce 92.0; 2.8.1 (a scan's address split at its "@" icon, a CV
    # title cut by OCR): ocr 80.0; 2.9.0 (the eighth round's rules): other 83.9, usce 96.9, ocr 82.2.
    "holdout7": {
        "identity": 0.98,
        "education": 0.98,
        "exams": 0.99,
        "other": 0.83,
        "usce": 0.96,
        "robustness": 1.0,
        "ocr": 0.75,
    },
    # The eighth round's held-out split (writers w26, w27, w28, same brief, a region each: Latin America, the
    # Caribbean and the Philippines; the Middle East, North Africa and Eastern Europe; South Asia and Sub-Saharan
    # Africa): 72 files, 15 scans and photos, 9 damaged. Scored once on 2026-12-05, untouched (parser 2.8.1, and the
    # same with the round's changes made before it was read): identity 97.9, education 91.1, exams 97.9, other 80.7,
    # usce 78.8, robustness 100, ocr 82.2 (15 scans, 45 fields: one is 2.2 points). Tuning data from then on (2.9.0:
    # Spanish month abbreviations, "actual", "Verano 2024"; a line's own range is no wrapped end; a margin of dates
    # with headings in it read on its rows; headings such as "Away Rotations", "Current position", "Immigration";
    # a faculty named with its university; "+52 1" mobiles; OCR's space or comma for an address's dot):
    # identity 99.3, education 97.9, exams 100, other 85.4, usce 98.6, robustness 100, ocr 86.7.
    "holdout8": {
        "identity": 0.99,
        "education": 0.97,
        "exams": 0.99,
        "other": 0.84,
        "usce": 0.98,
        "robustness": 1.0,
        "ocr": 0.84,
    },
    # The ninth round's held-out split (writers w29, w30, w31, same brief, a theme each: East and Southeast Asia;
    # European and Commonwealth schools; CVs heavy with US clinical experience): 72 files, 15 scans and photos, 9
    # damaged. Scored once on 2026-12-05, untouched (parser 2.9.0): identity 99.3, education 92.7, exams 98.4,
    # other 84.4, usce 72.2, robustness 100, ocr 95.6 (15 scans, 45 fields). Tuned on in the same round (2.10.0:
    # year-first full dates, Roman-numeral months, day ranges; long and bracketed headings; a table's state column; a
    # scanned label column read by rows; teaching-hospital cities): identity 99.3, education 98.4, exams 99.5,
    # other 91.1, usce 97.1, robustness 100, ocr 97.8.
    "holdout9": {
        "identity": 0.99,
        "education": 0.97,
        "exams": 0.99,
        "other": 0.9,
        "usce": 0.96,
        "robustness": 1.0,
        "ocr": 0.95,
    },
    # The tenth round's held-out split (writers w32, w33, w34, written while holdout9 was tuned on: students and
    # recent graduates; experienced physicians with long academic CVs; the messy files applicants upload): 72 files,
    # 15 scans and photos, 9 damaged. Scored once on 2026-12-05, untouched (parser 2.10.0): identity 97.9, education
    # 94.8, exams 99.0, other 79.2, usce 83.0, robustness 100, ocr 95.6. Tuned on in the same round (2.10.0: status
    # pieces of a title, "Future Paediatrician", Spanish/French ranges, "(3 mois)", book chapters, wrapped phones and
    # school names): identity 99.3, education 97.4, exams 99.0, other 85.9, usce 91.7, robustness 100, ocr 95.6.
    "holdout10": {
        "identity": 0.99,
        "education": 0.96,
        "exams": 0.98,
        "other": 0.85,
        "usce": 0.9,
        "robustness": 1.0,
        "ocr": 0.93,
    },
    # The eleventh round's held-out split (writers w35, w36, w37: South Asia and the Middle East in table-heavy Word
    # and ODT files; Latin America, the Caribbean and Africa in designed Chromium CVs with Spanish/Portuguese/French
    # dates; experienced physicians' long academic CVs): 72 files, 15 scans and photos, 9 damaged. Scored once on
    # 2026-12-05, untouched (parser 2.10.0): identity 98.6, education 92.7, exams 98.4, other 84.4, usce 83.8
    # (months 85.4, entries F1 82.1), robustness 100, ocr 95.6. Tuned on in the same round (2.11.0: a dates column
    # under its table headings, "MEDICAL SCHOOL", "Positions", "Hands-on rotations", the internship's year,
    # Spanish/French specialties and ECFMG status, papers one a paragraph): identity 100, education 98.4, exams 100,
    # other 90.1, usce 99.9 (months 100, entries F1 99.7), robustness 100, ocr 95.6.
    "holdout11": {
        "identity": 0.99,
        "education": 0.97,
        "exams": 0.99,
        "other": 0.89,
        "usce": 0.98,
        "robustness": 1.0,
        "ocr": 0.93,
    },
    # Issue 12's twelfth round: three new blind writers, w38–w40 (Sub-Saharan Africa, Egypt and Sudan; CVs exported
    # from résumé builders and job sites; long training paths with US research and telehealth): 72 files, 15 scans and
    # photos, 9 damaged. Scored once on 2026-12-06, untouched (parser 2.11.1): identity 99.3, education 94.8, exams
    # 98.4, other 88.5, usce 93.1 (months 93.8, entries F1 92.5), robustness 100, ocr 77.8 (2.11.0: other 87.5, the
    # rest the same). Tuned on in the same round (2.12.0: "…, Baltimore, MD" is no degree, dates margins wrapping a
    # school, the degree conferred after the internship, ECFMG "in process", papers whose journal wrapped, "Kansas
    # City, Missouri", "Washington, D.C.", "Q1 2025", publications 0 when none): identity 100, education 99.0, exams
    # 100, other 100, usce 100, robustness 100, ocr 77.8 (blurred and unevenly lit scans: 60.0 on w38's).
    "holdout12": {
        "identity": 0.99,
        "education": 0.98,
        "exams": 0.99,
        "other": 0.99,
        "usce": 0.99,
        "robustness": 1.0,
        "ocr": 0.75,
    },
    # Issue 12's thirteenth round: three new blind writers, w41–w43 (South Asia; Latin America and the Caribbean
    # with offshore schools and Spanish/Portuguese CVs; the Middle East, Eastern Europe and Central Asia with students
    # abroad): 72 files, 15 scans and photos, 9 damaged. Scored once on 2026-12-06, untouched (parser 2.12.0):
    # identity 96.5, education 88.5, exams 96.9, other 89.6, usce 91.0 (months 89.6, entries F1 92.5), robustness 100,
    # ocr 93.3. Tuned on in the same round (2.13.0: Spanish/Portuguese results, ECFMG statuses and objectives, a
    # qualifications table's column titles, schools in brackets, "expected June 2026" read in December, a quoted
    # e-mail's phone, the mobile of two, contacts alone on the last page, a year column before papers, "March–May" /
    # "2025", Georgia the country): identity 100, education 96.9, exams 100, other 98.4, usce 95.4 (months 93.8,
    # entries F1 97.1), robustness 100, ocr 93.3.
    "holdout13": {
        "identity": 0.99,
        "education": 0.96,
        "exams": 0.99,
        "other": 0.98,
        "usce": 0.95,
        "robustness": 1.0,
        "ocr": 0.91,
    },
    # Issue 12's fourteenth round: three new blind writers, w44–w46 (messy uploads through several tools; heavy US
    # experience with rotation tables, "7/8/24–8/2/24", Kansas City, Washington DC, Virginia Mason; East and Southeast
    # Asia and Africa): 72 files, 15 scans and photos, 9 damaged. Scored once on 2026-12-06, untouched (parser 2.13.0):
    # identity 98.6, education 95.3, exams 99.5, other 95.3, usce 87.6 (months 85.4, entries F1 89.7), robustness
    # 100, ocr 91.1. Tuned on in the same round (2.14.0: pdfium's kerned pairs and hyphen runs, a slash inside a
    # heading's brackets, pipe-table state columns, m/d/yy ranges, months whose year ends the next line, "Specialty:"
    # outside past work, an e-mail marked "(old)"): identity 100, education 97.4, exams 100, other 99.5, usce 93.1
    # (months 89.6, entries F1 96.7), robustness 100, ocr 91.1.
    "holdout14": {
        "identity": 0.99,
        "education": 0.97,
        "exams": 0.99,
        "other": 0.99,
        "usce": 0.92,
        "robustness": 1.0,
        "ocr": 0.89,
    },
    # Issue 12's fifteenth split: three new blind writers, w47–w49 (a week's cross-section of uploads; students and
    # new graduates seeking first electives; experienced specialists with long academic CVs): 72 files, 15 scans and
    # photos, 9 damaged. Scored once on 2026-12-06 with the fourteenth round's final parser (2.14.0), untouched:
    # identity 99.3, education 96.4, exams 97.4, other 92.7, usce 88.4 (months 87.5, entries F1 89.2), robustness
    # 100, ocr 95.6. Tuned on in the sixteenth round (2.15.0: commas and full stops kept in PDF runs, a rectangle no
    # probe finds, wrapped months, "since October 2026, ongoing", rotations sought, exam tables by column): identity
    # 100, education 99.0, exams 100, other 97.9, usce 100 (months 100, entries F1 100), robustness 100, ocr 100.
    "holdout15": {
        "identity": 0.99,
        "education": 0.98,
        "exams": 0.99,
        "other": 0.97,
        "usce": 0.99,
        "robustness": 1.0,
        "ocr": 0.97,
    },
    # Issue 12's sixteenth split: three new blind writers, w50–w52 (Europe and the Mediterranean: Europass, national
    # CV habits; applicants with several US experiences each, written every way; CVs from the tools applicants use,
    # South/Southeast Asia, the Caribbean, Africa): 72 files, 15 scans and photos, 9 damaged. Scored once on
    # 2026-12-06 with parser 2.15.0, untouched: identity 93.8, education 95.3, exams 100, other 92.7, usce 84.4
    # (months 83.3, entries F1 85.5), robustness 100, ocr 88.9. Tuned on in the same round (2.16.0: names labelled
    # in the applicant's language and Europass's, dates above each entry with "obecnie", From/To cells, "->",
    # headings wrapped onto "IN THE UNITED STATES", entries whose titles or dates wrap, a main column's headings
    # beside a contacts sidebar): identity 99.3, education 99.0, exams 100, other 99.0, usce 100, robustness 100,
    # ocr 93.3 (15 scans, 45 fields: one is 2.2 points, so the floor leaves room for one).
    "holdout16": {
        "identity": 0.99,
        "education": 0.98,
        "exams": 0.99,
        "other": 0.98,
        "usce": 0.99,
        "robustness": 1.0,
        "ocr": 0.91,
    },
    # Issue 12's seventeenth split: three new blind writers, w53–w55 (the Middle East, North Africa and the Gulf;
    # Latin America and the Caribbean in Spanish and Portuguese; a week's mixed inbox): 72 files, 15 scans and
    # photos, 9 damaged. Scored once on 2026-12-06 with parser 2.16.0, untouched: identity 95.8, education 93.2, exams
    # 98.4, other 91.7, usce 90.5 (months 87.5, entries F1 93.5), robustness 98.6 (a French CV's "mars–avril" crashed
    # the profile: no month for "avr"), ocr 91.1. Tuned on in the same round (2.17.0: the month, days before months,
    # a research year listed with the degrees, "USA" set as a heading, a legal name written out, Europass's "Name"
    # and language grid, Escuela/Tecnológico/Graduação, M.B.Ch.B., "d'Alger", paper titles holding a talk's words):
    # identity 100, education 100, exams 100, other 97.4, usce 98.8 (months 97.9, entries F1 99.7), robustness 100,
    # ocr 91.1 (45 fields: one is 2.2 points, so the floor leaves room for one).
    "holdout17": {
        "identity": 0.99,
        "education": 0.99,
        "exams": 0.99,
        "other": 0.96,
        "usce": 0.98,
        "robustness": 1.0,
        "ocr": 0.88,
    },
    # Issue 12's eighteenth split, the session's last: three new blind writers, w56–w58 (South Asia and the
    # Philippines: biodata, CRRI, hospitals named without a state; designed résumés from anywhere with 1–4 US
    # experiences in tables, timelines and sidebars; Africa, Eastern Europe and Central Asia with Cyrillic and
    # Georgian beside the Latin): 72 files, 15 scans and photos, 9 damaged. Scored once on 2026-12-06 with the
    # session's final parser (2.17.1) and NOT tuned on: identity 95.1, education 97.9, exams 98.4, other 95.3, usce
    # 91.0 (months 93.8, entries F1 88.2), robustness 100, ocr 88.9. Tuned on in the nineteenth round (2.18.0: drawing
    # shapes in ODF, a sidebar read after the footer, "Get in touch", side-by-side cards and grid cells, a dash-led
    # dates line, "(degree conferred): 2025", poster lines under a citation, CJK date marks, ~150 more US hospitals):
    # identity 100, education 99.0, exams 100, other 99.0, usce 99.0 (months 100, entries F1 97.9), robustness 100,
    # ocr 93.3 (45 fields: one is 2.2 points, so the floor leaves room for one).
    "holdout18": {
        "identity": 0.99,
        "education": 0.98,
        "exams": 0.99,
        "other": 0.98,
        "usce": 0.98,
        "robustness": 1.0,
        "ocr": 0.91,
    },
    # Issue 12's nineteenth split: three new blind writers, w59–w61 (East and Southeast Asia with CJK and Thai script,
    # family names first, 2024年3月 and "2025.03 ~ 현재"; Caribbean schools' core clerkships and US-citizen IMGs with
    # states written every way; long academic CVs of older graduates with running headers and "Page x of y"): 72 files,
    # 15 scans and photos, 9 damaged. Scored once on 2026-12-06 with parser 2.18.0, untouched: identity 97.2,
    # education 90.1, exams 96.9, other 88.0, usce 79.2 (months 77.1, entries F1 81.3), robustness 100, ocr 71.1.
    # Tuned on in the same round (2.19.0: long academic CVs' headings, bold capitals at the headings' size, letters to
    # the editor, a numbered list across a sidebar, the primary degree of older graduates, CJK headings and names,
    # languages with levels, states as "N.J.", scans' footers and referees): identity 99.3, education 98.4, exams
    # 97.9, other 94.8, usce 94.8 (months 93.8, entries F1 95.8), robustness 100, ocr 82.2 (the floor leaves room
    # for one field).
    "holdout19": {
        "identity": 0.99,
        "education": 0.98,
        "exams": 0.97,
        "other": 0.94,
        "usce": 0.94,
        "robustness": 1.0,
        "ocr": 0.8,
    },
    # Issue 12's twentieth split: three new blind writers, w62–w64 (CVs from the tools applicants use: LinkedIn
    # exports, Canva and Zety-like designs, Google Docs; Europe and Latin America in Spanish, Portuguese, Italian,
    # German and French; Africa and South Asia with 2–5 US experiences each in tables, one-liners and blocks): 72
    # files, 15 scans and photos, 9 damaged. Written while holdout19 was tuned on and scored once on 2026-12-06 with
    # parser 2.19.0, untouched: identity 98.6, education 93.2, exams 97.4, other 92.7, usce 91.1 (months 91.7, entries
    # F1 90.5), robustness 100, ocr 75.6. The floors are those figures rounded down (ocr leaves room for one field).
    # Tuned on in the same round (2.20.0: a table's From and To cells, German CVs, title lines and Europass's
    # position, counts after a papers heading, LinkedIn's metro areas, the school line's own city, a mail's
    # signature, scans' cut-off domains): identity 99.3, education 96.4, exams 98.4, other 96.4, usce 95.9,
    # robustness 100, ocr 80.0 (the floor leaves room for one field).
    "holdout20": {
        "identity": 0.99,
        "education": 0.96,
        "exams": 0.98,
        "other": 0.96,
        "usce": 0.95,
        "robustness": 1.0,
        "ocr": 0.77,
    },
    # Issue 12's twenty-first split, the session's last: three new blind writers, w65–w67 (the Middle East, North
    # Africa, Turkey and Iran with Arabic and Persian script and French sections; medical students with expected
    # graduations, confirmed rotations not yet started and exams only scheduled; IMGs living in the US with research,
    # scribe and medical-assistant jobs, ERAS-style CVs and ZIP codes): 72 files, 15 scans and photos, 9 damaged.
    # Scored once on 2026-12-06 with the session's final parser (2.20.0) and NOT tuned on: identity 97.9, education
    # 94.8, exams 100, other 93.2, usce 82.3 (months 77.1, entries F1 87.4), robustness 100, ocr 80.0. The floors are
    # those figures rounded down (ocr leaves room for one field).
    "holdout21": {
        "identity": 0.97,
        "education": 0.94,
        "exams": 1.0,
        "other": 0.93,
        "usce": 0.82,
        "robustness": 1.0,
        "ocr": 0.77,
    },
    # Issue 12's twenty-second split: three new blind writers, w68–w70 (South Asia with two to six US experiences each
    # and US scribe and interpreter jobs that are not USCE; Russia, Ukraine, the Caucasus, Central Asia and Eastern
    # Europe with Cyrillic, Georgian and Armenian names, internatura/ordinatura and Russian, Ukrainian and Polish
    # headings; résumé-builder and template designs: Zety, Europass, moderncv, AltaCV, ERAS lists, a Canva poster):
    # 72 files, 15 scans and photos, 9 damaged. Scored once on 2026-12-06 with parser 2.21.0 before anyone read it:
    # identity 97.9, education 92.2, exams 99.0, other 94.3, usce 92.5 (months 93.8, entries F1 91.3), robustness 100,
    # ocr 77.8. The floors are those figures rounded down.
    "holdout22": {
        "identity": 0.97,
        "education": 0.92,
        "exams": 0.99,
        "other": 0.94,
        "usce": 0.92,
        "robustness": 1.0,
        "ocr": 0.77,
    },
    # Issue 12's twenty-third split: three new blind writers, w71–w73 (Latin America and the Caribbean with Spanish
    # and Portuguese CVs and offshore schools' US clerkships; Sub-Saharan Africa with house jobs, NYSC, local phone
    # formats and ECFMG wording of every kind; careers through the UK, Ireland, Australia and the Gulf: NHS-style
    # multi-page CVs, GMC numbers, many with no US experience): 72 files, 15 scans and photos, 9 damaged. Scored once
    # on 2026-12-06 with parser 2.23.0 before anyone read it: identity 96.5, education 92.2, exams 99.5, other 95.3,
    # usce 88.3 (months 85.4, entries F1 91.1), robustness 100, ocr 75.6. The floors are those figures rounded down.
    "holdout23": {
        "identity": 0.96,
        "education": 0.92,
        "exams": 0.99,
        "other": 0.95,
        "usce": 0.88,
        "robustness": 1.0,
        "ocr": 0.75,
    },
    # Issue 12's twenty-fourth split: three new blind writers, w74–w76 (Egypt, the Levant, Iraq, the Gulf and Yemen with
    # house-officer years, Arab/Saudi Boards and Arabic lines; CVs written in haste from anywhere, with typos in
    # headings, several emails and phones, mixed date styles and one "Experience" list for everything; South-East and
    # East Asia and the Pacific in designed layouts, surname-first names and rotation tables): 72 files, 15 scans and
    # photos, 9 damaged. Scored once on 2026-12-06 with parser 2.24.0 before anyone read it: identity 97.9, education
    # 93.2, exams 96.4, other 95.8, usce 90.5 (months 89.6, entries F1 91.3), robustness 100, ocr 84.4. The floors are
    # those figures rounded down.
    "holdout24": {
        "identity": 0.97,
        "education": 0.93,
        "exams": 0.96,
        "other": 0.95,
        "usce": 0.90,
        "robustness": 1.0,
        "ocr": 0.84,
    },
    # Issue 12's twenty-fifth split: three new blind writers, w77–w79 (applicants with three to seven US experiences in
    # tables of every column order, one-line entries, weeks for months, rotations not yet done; European and Turkish
    # schools with local-language headings and degrees, Erasmus electives, Greek and Cyrillic names beside the Latin;
    # senior IMGs with 2–4 page CVs, long numbered publication lists and postgraduate degrees): 72 files, 15 scans and
    # photos, 9 damaged. Scored once on 2026-12-06 with parser 2.25.0 before anyone read it: identity 97.2, education
    # 84.9, exams 100, other 82.3, usce 90.3 (months 89.6, entries F1 90.9), robustness 100, ocr 82.2. The floors are
    # those figures rounded down.
    "holdout25": {
        "identity": 0.97,
        "education": 0.84,
        "exams": 1.0,
        "other": 0.82,
        "usce": 0.90,
        "robustness": 1.0,
        "ocr": 0.82,
    },
    # Issue 12's twenty-sixth split: three new blind writers, w80–w82 (India, Pakistan and Bangladesh in Naukri/Word
    # styles with personal-details tables and declarations; Spanish- and Portuguese-speaking applicants from Iberia,
    # Latin America, Angola and Mozambique; West and East Africa and the Caribbean in designed layouts): 72 files, 15
    # scans and photos, 9 damaged. Scored once on 2026-12-06 with parser 2.27.0 before anyone read it: identity 99.3,
    # education 90.6, exams 97.9, other 91.7, usce 99.0 (months 100, entries F1 97.9), robustness 100, ocr 97.8 —
    # every target of issue 12 but education's. The floors are those figures rounded down (usce 98.96: 0.98).
    "holdout26": {
        "identity": 0.99,
        "education": 0.90,
        "exams": 0.97,
        "other": 0.91,
        "usce": 0.98,
        "robustness": 1.0,
        "ocr": 0.97,
    },
    # Issue 12's twenty-seventh split, the session's last: three new blind writers, w83–w85 (a month's cross-section of
    # applications from a dozen countries, students to experienced doctors, none to four US rotations; Francophone
    # applicants from the Maghreb, West and Central Africa, Lebanon, Haiti, France, Belgium and Quebec, in French,
    # English or both; China, Mongolia, Central Asia, the Caucasus, Iran, Afghanistan, Myanmar, Cambodia and Sri Lanka,
    # many trained abroad, names in several scripts): 72 files, 15 scans and photos, 9 damaged. Scored once on
    # 2026-12-06 with the session's final parser (2.28.0) and not tuned on: identity 99.3, education 87.5, exams 99.0,
    # other 83.3, usce 90.5 (months 89.6, entries F1 91.4), robustness 100, ocr 64.4. The floors are those figures
    # rounded down (exams 98.96: 0.98). Tuned on in the next session (2.30.0-2.34.0): 100 / 93.2 / 100 / 85.4 / 100
    # (months 100, F1 100) / 100 / 82.2 with OCR; the floors stay the untouched ones.
    "holdout27": {
        "identity": 0.99,
        "education": 0.87,
        "exams": 0.98,
        "other": 0.83,
        "usce": 0.90,
        "robustness": 1.0,
        "ocr": 0.64,
    },
    # Issue 12's twenty-eighth split: three new blind writers, w86-w88 (the Levant and North Africa, in French and
    # Arabic beside English; Southeast Asia, the smaller South Asian countries and the Pacific; US citizens and
    # green-card holders from Caribbean schools and Europe's English-language programmes with core clerkships in many
    # states): 72 files, 15 scans and photos, 9 damaged. Scored once on 2026-12-07 with the session's final parser
    # (2.34.0) and NOT tuned on: identity 98.6, education 97.4, exams 99.5, other 96.9, usce 91.6 (months 87.5,
    # entries F1 95.6), robustness 100, ocr 88.9. The floors are those figures rounded down.
    "holdout28": {
        "identity": 0.98,
        "education": 0.97,
        "exams": 0.99,
        "other": 0.96,
        "usce": 0.91,
        "robustness": 1.0,
        "ocr": 0.88,
    },
    # Issue 12's twenty-ninth split: three new blind writers, w89-w91 (Latin America in Spanish and Portuguese, with
    # Puerto Rico rotations and servicio social; South Asia with many short US observerships, research and telehealth
    # in tables and one-line entries; Sub-Saharan Africa and the former Soviet region, names in Cyrillic, Georgian
    # and Armenian beside their transliteration): 72 files, 15 scans and photos, 9 damaged. Scored once on 2026-12-07
    # with the parser as committed when they arrived (2.36.0), before any tuning on it: identity 99.3, education
    # 96.4, exams 99.5, other 96.4, usce 93.8 (months 91.7, entries F1 95.9), robustness 100, ocr 86.7.
    "holdout29": {
        "identity": 0.99,
        "education": 0.96,
        "exams": 0.99,
        "other": 0.96,
        "usce": 0.93,
        "robustness": 1.0,
        "ocr": 0.86,
    },
    # Issue 12's thirtieth split: three new blind writers, w92-w94 (Egypt, Iran, Turkey, Iraq, the Gulf and the Levant,
    # with house-officer, tarh and intörn years and US rotations in tables, prose and month-only lines; East Asia and
    # the EU's English-language schools, CJK dates, day-first ranges, "Electives" mixing US and European sites;
    # résumé-builder exports from anywhere: Europass, LinkedIn, Canva, ERAS worksheets, web-form pastes): 72 files,
    # 15 scans and photos, 9 damaged. Scored once on 2026-12-07 with 2.38.0 (tuned on holdout28 and holdout29)
    # before any tuning on it: identity 97.9, education 94.8, exams 99.0, other 94.8, usce 92.4 (months 91.7,
    # entries F1 93.1), robustness 100, ocr 86.7.
    "holdout30": {
        "identity": 0.97,
        "education": 0.94,
        "exams": 0.99,
        "other": 0.94,
        "usce": 0.92,
        "robustness": 1.0,
        "ocr": 0.86,
    },
    # Issue 12's thirty-first split: three new blind writers, w95-w97 (a week of applications written in haste:
    # "IM obs.", "Peds ext.", mixed date formats, US experience inside a summary's sentence; experienced IMGs
    # re-entering medicine, US support jobs beside observerships, long mixed publication lists; the scan-heavy end of
    # uploads, 8 scans of 24: angled phone photos, 150-dpi and fax-like scans, a two-page image PDF, text boxes, a
    # name in a banner image): 72 files, 18 scans and photos, 9 damaged. Scored once on 2026-12-07 with 2.40.0
    # (tuned on holdout28-30) before any tuning on it: identity 99.3, education 98.9, exams 96.7, other 93.9, usce
    # 81.8 (months 77.8, entries F1 85.9), robustness 100, ocr 90.7 (49 of 54 fields).
    "holdout31": {
        "identity": 0.99,
        "education": 0.98,
        "exams": 0.96,
        "other": 0.93,
        "usce": 0.81,
        "robustness": 1.0,
        "ocr": 0.88,
    },
    # Issue 12's thirty-second split: three new blind writers, w98-w100 (one month's applications crossing every
    # section: contacts only in a Word header, all-table DOCX, one-line "EDU:/EXAMS:/USCE:" text CVs, sidebars on the
    # right; CVs rich in US experience, 2-7 US entries each, "Dates:" lines above or below, "6 weeks, starting June
    # 2025", DD/MM ranges, paid lab and interpreter jobs beside rotations; CVs as applicants' tools export them: Word
    # templates, Google Docs, Canva timelines, LinkedIn, Europass, e-mail pastes, RTF): 72 files, 15 scans and photos,
    # 9 damaged. Scored once on 2026-12-07 with 2.42.0 (tuned on holdout28-31) before any tuning on it: identity
    # 99.3, education 96.9, exams 99.5, other 94.8, usce 86.2 (months 85.4, entries F1 86.9), robustness 100, ocr
    # 71.1 (32 of 45 fields). Tuned on from 2.43.0: education 98.4, exams 100, other 96.9, usce 100, ocr 80.0 (a
    # field is 2.2 points; w98's phone photo and skewed scan read poorly).
    "holdout32": {
        "identity": 0.99,
        "education": 0.98,
        "exams": 0.99,
        "other": 0.96,
        "usce": 0.99,
        "robustness": 1.0,
        "ocr": 0.77,
    },
    # Issue 12's thirty-third split: three new blind writers, w101-w103, given only the contract (students and new
    # graduates: Caribbean core clerkships in US hospitals, European six-year programs, planned 2027 electives,
    # Step 2 "scheduled"; academic, research-heavy IMGs with 2-4 page CVs: moderncv and xelatex LaTeX, long mixed
    # publication lists, research posts at US universities, every visa; design-heavy files: icons, skill bars,
    # timelines, cards, colour bands, letter-spaced headings, right-to-left names, text boxes, one big table, a page
    # scanned on its side): 72 files, 15 scans and photos, 9 damaged. Scored once on 2026-12-07 with 2.43.0 (tuned
    # on holdout32 the same session) before any tuning on it: identity 97.9, education 92.7, exams 99.5, other 84.4
    # (the writers were given a specialty list without the service's "Pulmonology/Critical Care" and
    # "Hematology/Oncology": 6 of its 22 misses), usce 89.7 (months 89.6, entries F1 89.7), robustness 100, ocr
    # 84.4. Tuned on from 2.44.0 (2.45.0): identity 98.6, education 95.3, other 89.1, usce 98.0, ocr 88.9 (a
    # field is 2.2).
    "holdout33": {
        "identity": 0.98,
        "education": 0.95,
        "exams": 0.99,
        "other": 0.89,
        "usce": 0.97,
        "robustness": 1.0,
        "ocr": 0.86,
    },
    # Issue 12's thirty-fourth split: three new blind writers, w104-w106, given the contract with the service's own
    # twenty specialty names (Latin America, Francophone and Lusophone Africa, Southern Europe: Spanish, French and
    # Portuguese headings and months; senior IMGs re-entering medicine: long CVs, US postdocs, exams years apart,
    # support jobs; South Asia and the Middle East through everyday tools: Canva-like designs, dark contact strips,
    # LinkedIn and Google Docs exports, an e-mail paste, names beside another script, photographed print-outs): 72
    # files, 15 scans and photos, 9 damaged. Scored once on 2026-12-07 with 2.47.0 before any tuning on it: identity
    # 99.3, education 97.4, exams 99.0, other 94.8, usce 92.2 (months 91.7, entries F1 92.8), robustness 100, ocr 77.8.
    # Tuned on (2.48.0): identity 100, education 97.9, exams 100, other 98.4, usce 99.3 (months 100, entries F1
    # 98.6), ocr 91.1 (a field is 2.2).
    "holdout34": {
        "identity": 0.99,
        "education": 0.97,
        "exams": 0.99,
        "other": 0.97,
        "usce": 0.98,
        "robustness": 1.0,
        "ocr": 0.88,
    },
    # Issue 12's thirty-fifth split: three new blind writers, w107-w109, given the same contract (Eastern Europe, the
    # Caucasus and Central Asia: Cyrillic and Georgian names beside their transliterations, Europass, an hh.ru export;
    # Anglophone Africa: personal-data tables, housemanship, referees, WPS-like exports; East and Southeast Asia:
    # family names first beside CJK or Hangul, "2025年7月 – 8月", full-width text): 72 files, 15 scans and photos, 9
    # damaged. Scored once on 2026-12-07 with 2.48.0 before any tuning on it: identity 97.9, education 96.9, exams
    # 100, other 94.3, usce 93.2 (months 93.8, entries F1 92.7), robustness 100, ocr 84.4. Tuned on (2.49.0): identity
    # 100, other 97.4, usce 96.9 (months 97.9, entries F1 95.8), ocr 93.3 (a field is 2.2).
    "holdout35": {
        "identity": 0.99,
        "education": 0.96,
        "exams": 0.99,
        "other": 0.97,
        "usce": 0.96,
        "robustness": 1.0,
        "ocr": 0.91,
    },
    # Issue 12's thirty-sixth split: three new blind writers, w110-w112, given the same contract (the Middle East and
    # North Africa: Arabic, Persian and Turkish script, Hijri dates, local phone formats; Western and Central Europe:
    # Europass, a German Lebenslauf, an Italian CV, Famulaturen and Erasmus semesters; résumé builders: icons, skill
    # bars, letter-spaced headings): 72 files, 15 scans and photos, 9 damaged. Scored once on 2026-12-07 with 2.50.0
    # before any tuning on it: identity 97.2, education 93.8, exams 100, other 91.7, usce 85.4 (months 83.3, entries
    # F1 87.5), robustness 100, ocr 64.4. Tuned on (2.51.0): identity 100, education 99.0, other 97.9, usce 97.6
    # (months 97.9, entries F1 97.2), ocr 75.6 (a field is 2.2).
    "holdout36": {
        "identity": 0.99,
        "education": 0.98,
        "exams": 0.99,
        "other": 0.97,
        "usce": 0.97,
        "robustness": 1.0,
        "ocr": 0.73,
    },
    # Issue 12's thirty-seventh split: three new blind writers, w113-w115, given the same contract (South Asian biodata
    # CVs with declarations and decoy ID numbers; CVs pasted or exported as text: web forms, e-mails, Markdown, ATS,
    # LinkedIn, ASCII tables, an HTML page saved as .pdf; long multi-page CVs of senior IMGs with running headers and
    # staff jobs beside research posts): 72 files, 15 scans and photos, 9 damaged. Scored once on 2026-12-07 with
    # 2.51.0 before any tuning on it: identity 95.1, education 93.8, exams 99.0, other 95.3, usce 79.2 (months 72.9,
    # entries F1 85.5), robustness 98.6, ocr 86.7. Tuned on (2.52.0): identity 98.6, education 96.9, other 97.9, usce
    # 91.1 (months 93.8, entries F1 88.5), robustness 100, ocr 86.7 (a field is 2.2).
    "holdout37": {
        "identity": 0.98,
        "education": 0.96,
        "exams": 0.98,
        "other": 0.97,
        "usce": 0.9,
        "robustness": 1.0,
        "ocr": 0.84,
    },
    # Issue 12's thirty-eighth split: three new blind writers, w116-w118, given the same contract (Portuguese- and
    # Spanish-speaking IMGs with a Lattes export; doctors of the UK, Ireland, Australia and New Zealand with NHS CVs and
    # national-format mobiles; Turkey, Iran, Afghanistan and the Caucasus with Turkish, Persian and Azerbaijani
    # headings): 72 files, 15 scans and photos, 9 damaged. Scored once on 2026-12-07 with 2.53.0 before any tuning on
    # it: identity 93.1, education 93.8, exams 98.4, other 90.6, usce 88.6 (months 87.5, entries F1 89.7), robustness
    # 100, ocr 91.1. Tuned on (2.54.0): identity 98.6, education 95.3, exams 100, other 96.9, usce 97.9 (months 97.9,
    # entries F1 97.9), robustness 100, ocr 91.1.
    "holdout38": {
        "identity": 0.98,
        "education": 0.95,
        "exams": 1.0,
        "other": 0.96,
        "usce": 0.97,
        "robustness": 1.0,
        "ocr": 0.88,
    },
    # Issue 12's thirty-ninth split: three new blind writers, w119-w121 (Southeast Europe and the Balkans; IMGs living
    # in the US with US support jobs and complicated status; table-heavy CVs from office suites): 72 files, 15 scans
    # and photos, 9 damaged. Scored once on 2026-12-07 with 2.54.0 before any tuning on it: identity 97.9, education
    # 93.8, exams 98.4, other 92.7, usce 81.3 (months 75.0, entries F1 87.6), robustness 100, ocr 86.7. Tuned briefly
    # (2.55.0): education 94.8, usce 83.8 (months 79.2, entries F1 88.5). With PDF tables read by their ruling lines
    # (2.56.0): education 96.9, exams 100, other 93.8, usce 85.9 (months 81.2, entries F1 90.6); 2.57.0: other 94.8.
    "holdout39": {
        "identity": 0.97,
        "education": 0.96,
        "exams": 0.99,
        "other": 0.93,
        "usce": 0.85,
        "robustness": 1.0,
        "ocr": 0.84,
    },
    # Issue 12's fortieth split: three new blind writers, w122-w124 (South Asians who studied medicine abroad; the Horn
    # of Africa, Sudan, Yemen, Libya and Somalia; CVs out of application systems and online tools): 72 files, 15 scans
    # and photos, 9 damaged. Scored once on 2026-12-08 with 2.55.0, and with 2.56.0 before any tuning on it, alike:
    # identity 99.3, education 89.1, exams 99.0, other 94.3, usce 91.2 (months 91.7, entries F1 90.8), robustness
    # 100, ocr 88.9. Tuned on (2.57.0): identity 99.3, education 97.9, exams 100, other 96.4, usce 91.7 (months 91.7,
    # entries F1 91.8), robustness 100, ocr 88.9.
    "holdout40": {
        "identity": 0.99,
        "education": 0.97,
        "exams": 0.99,
        "other": 0.96,
        "usce": 0.91,
        "robustness": 1.0,
        "ocr": 0.86,
    },
    # Issue 12's forty-first split: three new blind writers, w125-w127 (CVs dense with US clinical experience; CVs that
    # arrive on paper from West and Central Africa and South Asia, 9 scans and photos of 24; unusual paths to the
    # medical degree): 72 files, 19 scans and photos, 9 damaged. Scored once on 2026-12-08 with 2.57.0 before any
    # tuning on it: identity 100, education 93.8, exams 98.3, other 95.5, usce 88.6 (months 93.2, entries F1 84.0),
    # robustness 100, ocr 87.7. Tuned on (2.58.0): identity 100, education 98.3, exams 100, other 97.2, usce 93.9
    # (months 95.5, entries F1 92.4), robustness 100, ocr 87.7. With Word's bullets before USCE entries (2.59.0):
    # usce 95.1 (entries F1 94.7).
    "holdout41": {
        "identity": 0.99,
        "education": 0.98,
        "exams": 0.99,
        "other": 0.97,
        "usce": 0.94,
        "robustness": 1.0,
        "ocr": 0.86,
    },
    # The first held-out split; seen twice since, so tuning data from the third round on (a new blind split is
    # scored by the lead). First scored when committed (parser 2.0.0): identity 96.3, education 93.5, exams 98.3,
    # other 92.8, usce 91.2, robustness 100, ocr 52.4 (7 scans, 21 fields: one is 4.8 points). Second round:
    # 95.4/99.3/99.3/93.5/92.4/100/61.9. Third round (2026-12-03): identity 100, education 99.3, exams 99.7,
    # other 95.2, usce 95.8 (months 95.9, entries F1 95.7), robustness 100, ocr 95.2. Fourth round: other 95.5.
    # Fifth round (cvident): education 100.
    "test": {
        "identity": 0.99,
        "education": 0.99,
        "exams": 0.99,
        "other": 0.95,
        "usce": 0.94,
        "robustness": 1.0,
        "ocr": 0.9,
    },
}
