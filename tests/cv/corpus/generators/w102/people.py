# -*- coding: utf-8 -*-
"""Hand-written CV content and hand-written truth for writer w102.
Blocks: ("e", dates, what, where, [details]) | ("p", text) | ("l", [items]) | ("kv", [(k, v)])
        | ("pubs", [labelled strings]) | ("sub", title)
Publication counts are chosen by hand below; the truth 'publications' is written by hand, not derived."""
from pubgen import make as P, label as L


def U(t, spec, st, a, b):
    return {"type": t, "specialty": spec, "state": st, "start": a, "end": b}


PEOPLE = []

# ---------------------------------------------------------------- 001 Iran, moderncv (pdflatex)
a = P("article", 10, "Tavakoli MR", "cardio", 1, (2015, 2025))
PEOPLE.append(dict(
    id="001", layout="latex_moderncv", ext="pdf",
    first="Mohammad Reza", last="Tavakoli", post="MD, PhD",
    title="Postdoctoral Research Fellow -- Cardiovascular Biology",
    contacts=[("Address", "48 Park Drive, Apt 3B, Boston, MA 02215"), ("Mobile", "+1 (617) 555-0143"),
              ("Email", "mr.tavakoli.md@gmail.com"), ("ORCID", "0000-0002-7714-3920")],
    sections=[
        ("Personal", [("kv", [("Born", "1988, Isfahan, Iran"), ("Citizenship", "Iran"),
                              ("US immigration", "H-1B (Mass General Brigham), valid through 09/2028")])]),
        ("Career goal", [("p", "Applying for categorical Internal Medicine residency (Match 2027); long-term goal: "
                               "Cardiology fellowship and a physician-scientist career in heart failure biology.")]),
        ("Education", [
            ("e", "2014--2019", "PhD, Molecular Medicine", "Tehran University of Medical Sciences, Tehran, Iran",
             ["Thesis: NOTCH1 signalling in cardiac fibroblast activation. Advisor: Prof. H. Karimi"]),
            ("e", "2007--2014", "Doctor of Medicine (MD)", "Tehran University of Medical Sciences, Tehran, Iran",
             ["Graduated 09/2014, GPA 17.8/20, top 5% of class"]),
        ]),
        ("USMLE and certification", [("kv", [("Step 1", "245 (first attempt, 06/2021)"),
                                               ("Step 2 CK", "252 (first attempt, 05/2022)"),
                                               ("NBME CCSSA (practice)", "261"),
                                               ("ECFMG", "Certified, 03/2023")])]),
        ("Research experience (USA)", [
            ("e", "09/2023--present", "Research Scientist (Instructor track)",
             "Cardiovascular Research Center, Massachusetts General Hospital, Boston, MA",
             ["Lead on single-cell atlas of HFpEF myocardium; supervise 2 graduate students",
              "Wrote preliminary data for an NIH R01 (PI: Dr. L. Chen)"]),
            ("e", "09/2019--08/2023", "Postdoctoral Research Fellow",
             "Cardiovascular Research Center, Massachusetts General Hospital / Harvard Medical School, Boston, MA",
             ["Mouse models of pressure overload; echocardiography and histology core user",
              "AHA Postdoctoral Fellowship (2021--2023)"]),
        ]),
        ("Clinical experience", [
            ("e", "03/2022 (4 weeks)", "Clinical Observership -- Cardiology",
             "Beth Israel Deaconess Medical Center, Boston, MA",
             ["Inpatient cardiology consult service and heart failure clinic (observer)"]),
            ("e", "2016--2019", "General Practitioner (part-time, during PhD)", "Imam Khomeini Hospital Complex, Tehran, Iran", []),
            ("e", "2014--2016", "Physician, Medical Service Plan (Tarh)", "Rural health centre, Semirom, Isfahan Province, Iran", []),
        ]),
        ("Publications", [
            ("sub", "Peer-reviewed journal articles"), ("pubs", L(a, "bracket", 1)),
            ("pubs", L(P("inpress", 1, "Tavakoli MR", "cardio", 1), "bracket", 11)),
            ("sub", "Manuscripts under review"), ("pubs", L(P("submitted", 2, "Tavakoli MR", "cardio", 1), "bracket", 12)),
            ("sub", "Abstracts and posters"), ("pubs", L(P("abstract", 4, "Tavakoli MR", "cardio", 1), "bracket", 14)),
            ("sub", "Book chapters"), ("pubs", L(P("chapter", 1, "Tavakoli MR", "cardio", 1), "bracket", 18)),
        ]),
        ("Awards", [("l", ["AHA Postdoctoral Fellowship, 2021", "Best Young Investigator, Iranian Heart Association, 2018",
                           "National Elite Foundation grant, 2015"])]),
        ("Languages", [("kv", [("Persian", "native"), ("English", "fluent (TOEFL iBT 114)"),
                               ("Arabic", "reading (medical texts)"), ("French", "basic (A2)")])]),
        ("References", [("l", ["Lin Chen, MD, PhD -- Associate Professor of Medicine, MGH, lchen@mgh-cvrc.example.org, +1 (617) 555-0190",
                               "Daniel Brooks, MD -- Cardiology, BIDMC, dbrooks@bidmc-cards.example.org"])]),
    ],
    truth=dict(full_name="Mohammad Reza Tavakoli", email="mr.tavakoli.md@gmail.com", phone_e164="+16175550143",
               medical_school="Tehran University of Medical Sciences", medical_school_country="IR", graduation_year=2014,
               is_student=False, usmle_step1=245, usmle_step2ck=252, usmle_step3=None, ecfmg_status="certified",
               visa_status="h1b", specialties=["Internal Medicine", "Cardiology"],
               languages=["Persian", "English", "Arabic", "French"], publications=11,
               usce_entries=[U("research", "Cardiology", "MA", "2023-09", "2026-12"),
                             U("research", "Cardiology", "MA", "2019-09", "2023-08"),
                             U("observership", "Cardiology", "MA", "2022-03", "2022-03")],
               usce_months=88, usce_months_clinical=1)))

# ---------------------------------------------------------------- 002 China, xelatex article, bilingual headings
PEOPLE.append(dict(
    id="002", layout="latex_xelatex_cjk", ext="pdf",
    first="Yutong", last="Wang", native="王雨桐", post="MD",
    contacts=[("Mobile (US)", "+1 412-555-0178"), ("Email", "yutong.wang.research@outlook.com"),
              ("WeChat", "ytwang_pitt"), ("Address", "5500 Centre Ave, Pittsburgh, PA 15232")],
    sections=[
        ("教育背景 Education", [
            ("e", "2008.09 – 2016.07", "Doctor of Medicine (8-year MD program)",
             "Peking Union Medical College (北京协和医学院), Beijing, China", ["Rank 6/90; thesis in hematopathology"]),
        ]),
        ("职业目标 Career Objective", [("p", "Internal Medicine residency, followed by fellowship in Hematology/Oncology.")]),
        ("USMLE / ECFMG", [("kv", [("USMLE Step 1", "Pass (2023.02)"), ("USMLE Step 2 CK", "248 (2023.11)"),
                                    ("UWSA 2 (practice)", "257"), ("ECFMG", "Certified (2024.01)")])]),
        ("移民身份 Immigration", [("p", "U.S. Permanent Resident (green card, through marriage to a U.S. citizen, 2022). No sponsorship needed.")]),
        ("研究经历 Research Experience", [
            ("e", "2021.03 – 2024.06", "Research Associate", "UPMC Hillman Cancer Center, Pittsburgh, PA",
             ["Single-cell profiling of relapsed AML; managed biobank of 400+ marrow samples"]),
            ("e", "2017.03 – 2021.02", "Postdoctoral Associate, Department of Pathology",
             "University of Pittsburgh School of Medicine, Pittsburgh, PA", ["Flow cytometry of minimal residual disease"]),
        ]),
        ("临床经历 Clinical Experience", [
            ("e", "2025.01 – 2025.02", "Hands-on Clinical Externship, Internal Medicine (inpatient wards)",
             "Allegheny General Hospital, Pittsburgh, PA", ["Pre-rounded, wrote notes co-signed by attendings, presented on rounds"]),
            ("e", "2014.07 – 2015.06", "Clinical clerkship and internship rotations", "Peking Union Medical College Hospital, Beijing", []),
        ]),
        ("论文 Peer-reviewed Articles (* co-first author)", [("pubs", L(P("article", 7, "Wang Y", "onc", 2, (2017, 2025)), "none"))]),
        ("预印本 Preprints (not peer-reviewed)", [("pubs", L(P("preprint", 2, "Wang Y", "onc", 2), "none"))]),
        ("会议摘要 Conference Abstracts", [("pubs", L(P("abstract", 3, "Wang Y", "onc", 2), "none"))]),
        ("Letters and Commentaries (not peer-reviewed)", [("pubs", L(P("letter", 1, "Wang Y", "onc", 2), "none"))]),
        ("语言 Languages", [("p", "Chinese (Mandarin, native); English (fluent); Japanese (JLPT N2).")]),
        ("推荐人 References", [("l", ["Prof. Michael Hughes, Hillman Cancer Center, hughesm@upmc-onc.example.org, +1 412-555-0111"])]),
    ],
    truth=dict(full_name="Yutong Wang", email="yutong.wang.research@outlook.com", phone_e164="+14125550178",
               medical_school="Peking Union Medical College", medical_school_country="CN", graduation_year=2016,
               is_student=False, usmle_step1="pass", usmle_step2ck=248, usmle_step3=None, ecfmg_status="certified",
               visa_status="green_card", specialties=["Internal Medicine", "Hematology", "Oncology"],
               languages=["Chinese", "English", "Japanese"], publications=7,
               usce_entries=[U("research", "Oncology", "PA", "2021-03", "2024-06"),
                             U("research", "Pathology", "PA", "2017-03", "2021-02"),
                             U("hands_on", "Internal Medicine", "PA", "2025-01", "2025-02")],
               usce_months=90, usce_months_clinical=2)))

# ---------------------------------------------------------------- 003 Turkey, DOCX with header (contacts) + footer page numbers
PEOPLE.append(dict(
    id="003", layout="docx_header_footer", ext="docx",
    first="Zeynep Büşra", last="Yıldırım", post="MD",
    contacts=[("E-mail", "zbyildirim.neuro@gmail.com"), ("Tel", "+90 532 555 41 27"), ("City", "Ankara, Türkiye")],
    sections=[
        ("Objective", [("p", "Neurologist (Turkish board-certified) seeking a US Neurology residency position; "
                              "interest in neuroimmunology and multiple sclerosis.")]),
        ("Education", [("e", "2012 – 2018", "Doctor of Medicine (Tıp Doktoru)", "Hacettepe University Faculty of Medicine, Ankara, Türkiye",
                        ["Graduated June 2018; GPA 3.61/4.00"])]),
        ("Postgraduate Training (Türkiye)", [("e", "2018 – 2021", "Resident, Neurology", "Hacettepe University Hospitals, Ankara",
                                               ["Completed residency; Turkish Board of Neurology 2022"])]),
        ("US Experience", [
            ("e", "10/2021 – 09/2023", "Visiting Research Scholar (J-1), Department of Neurology",
             "University of Michigan, Ann Arbor, MI", ["CSF neurofilament light in early MS; REDCap database lead"]),
            ("e", "01.03.2023 – 31.03.2023", "Clinical Observer, Neurology (inpatient stroke and MS clinic)",
             "Henry Ford Hospital, Detroit, MI", []),
            ("e", "January 2024 (4 weeks)", "Tele-Neurology Virtual Rotation (telehealth)",
             "Mayo Clinic Florida, Jacksonville, FL (remote)", ["Participated in video visits and virtual case conferences"]),
        ]),
        ("Exams", [("kv", [("USMLE Step 1", "238 (2020)"), ("USMLE Step 2 CK", "244 (2021)"), ("USMLE Step 3", "229 (2024)"),
                           ("NBME 30 (practice)", "255"), ("ECFMG", "Certified (2021)")])]),
        ("Visa", [("p", "Currently in Türkiye; holds a valid B1/B2 visitor visa (through 2028).")]),
        ("Publications – peer-reviewed", [("pubs", L(P("article", 6, "Yıldırım ZB", "neuro", 3, (2018, 2025)), "num")),
                                          ("pubs", L(P("inpress", 1, "Yıldırım ZB", "neuro", 3), "num", 7))]),
        ("Posters", [("pubs", L(P("poster", 3, "Yıldırım ZB", "neuro", 3), "num"))]),
        ("Book chapter (Turkish)", [("pubs", ["Yıldırım ZB, Kaya A. Multipl Skleroz Tanısında Güncel Yaklaşımlar. In: Nöroloji Ders Kitabı. Güneş Tıp Kitabevleri; 2022:211-230."])]),
        ("Languages", [("l", ["Turkish – native", "English – fluent", "German – B1 (Goethe-Zertifikat)"])]),
        ("Referees", [("l", ["Dr. Sarah Miller, Associate Professor of Neurology, University of Michigan – smiller@umich-neuro.example.edu"])]),
    ],
    truth=dict(full_name="Zeynep Büşra Yıldırım", email="zbyildirim.neuro@gmail.com", phone_e164="+905325554127",
               medical_school="Hacettepe University Faculty of Medicine", medical_school_country="TR", graduation_year=2018,
               is_student=False, usmle_step1=238, usmle_step2ck=244, usmle_step3=229, ecfmg_status="certified",
               visa_status="b1b2", specialties=["Neurology"], languages=["Turkish", "English", "German"], publications=7,
               usce_entries=[U("research", "Neurology", "MI", "2021-10", "2023-09"),
                             U("observership", "Neurology", "MI", "2023-03", "2023-03"),
                             U("telehealth", "Neurology", "FL", "2024-01", "2024-01")],
               usce_months=25, usce_months_clinical=1)))

# ---------------------------------------------------------------- 004 Italy, DOCX -> LibreOffice PDF
PEOPLE.append(dict(
    id="004", layout="lo_docx_pdf", ext="pdf",
    first="Francesco", last="Di Lorenzo", post="MD, PhD",
    contacts=[("Email", "francesco.dilorenzo.onc@gmail.com"), ("Phone", "+39 347 555 2089"),
              ("US phone", "none – please use WhatsApp on the Italian number"), ("Address", "340 E 64th St, New York, NY 10065")],
    sections=[
        ("Profile", [("p", "Italian board-certified medical oncologist and translational researcher (MSKCC, Mount Sinai). "
                           "Applying to Internal Medicine residency with the goal of a Medical Oncology fellowship.")]),
        ("Education", [
            ("e", "2019 – 2022", "PhD in Clinical and Experimental Medicine", "Università degli Studi di Napoli Federico II", []),
            ("e", "2009 – 2015", "Laurea Magistrale in Medicina e Chirurgia (MD), 110/110 cum laude",
             "Università degli Studi di Napoli Federico II, Naples, Italy", ["Degree conferred 22 July 2015"]),
        ]),
        ("Clinical training in Italy", [("e", "2016 – 2021", "Specializzazione in Oncologia Medica (residency)",
                                          "AOU Federico II, Naples", ["Diploma di Specializzazione 70/70 cum laude"])]),
        ("Research and clinical experience in the United States", [
            ("e", "April 2024 – present", "Clinical Research Fellow, Division of Hematology and Medical Oncology",
             "Icahn School of Medicine at Mount Sinai, New York, NY", ["Phase I trial coordination; weekly GI tumor board"]),
            ("e", "Summer 2023 (June – August)", "Observership, Medical Oncology (GI service)",
             "Memorial Sloan Kettering Cancer Center, New York, NY", []),
            ("e", "April 2022 – March 2024", "Research Fellow, Human Oncology and Pathogenesis Program",
             "Memorial Sloan Kettering Cancer Center, New York, NY", ["ctDNA in KRAS-mutant colorectal cancer"]),
        ]),
        ("Examinations", [("kv", [("USMLE Step 1", "PASS (2023)"), ("USMLE Step 2 CK", "241 (2024)"),
                                  ("ECFMG", "Certified (October 2024)"), ("Italian medical licence", "Ordine dei Medici di Napoli, 2015")])]),
        ("Visa", [("p", "J-1 Research Scholar (DS-2019 valid through 2027).")]),
        ("Full papers", [("pubs", L(P("article", 12, "Di Lorenzo F", "onc", 4, (2016, 2025)), "num")),
                         ("pubs", L(P("inpress", 1, "Di Lorenzo F", "onc", 4), "num", 13))]),
        ("Abstracts (ASCO, ESMO)", [("pubs", L(P("abstract", 5, "Di Lorenzo F", "onc", 4), "num"))]),
        ("Book chapter (Italian)", [("pubs", ["Di Lorenzo F, Rossi M. Biopsia liquida nel carcinoma del colon-retto. In: Manuale di Oncologia Medica. Idelson-Gnocchi; 2021:145-160."])]),
        ("Languages", [("p", "Italian (mother tongue), English (C2), Spanish (B2), French (B1)")]),
        ("References", [("l", ["Prof. Marco Rossi, Università Federico II – marco.rossi@unina-onc.example.it – +39 081 555 7712",
                               "Dr. Karen Cohen, MSKCC – cohenk@mskcc-hopp.example.org"])]),
    ],
    truth=dict(full_name="Francesco Di Lorenzo", email="francesco.dilorenzo.onc@gmail.com", phone_e164="+393475552089",
               medical_school="Università degli Studi di Napoli Federico II", medical_school_country="IT", graduation_year=2015,
               is_student=False, usmle_step1="pass", usmle_step2ck=241, usmle_step3=None, ecfmg_status="certified",
               visa_status="j1", specialties=["Internal Medicine", "Oncology"],
               languages=["Italian", "English", "Spanish", "French"], publications=13,
               usce_entries=[U("research", "Oncology", "NY", "2024-04", "2026-12"),
                             U("observership", "Oncology", "NY", "2023-06", "2023-08"),
                             U("research", "Oncology", "NY", "2022-04", "2024-03")],
               usce_months=57, usce_months_clinical=3)))

# ---------------------------------------------------------------- 005 Germany, Europass-like, Chromium
PEOPLE.append(dict(
    id="005", layout="chromium_europass", ext="pdf",
    first="Johanna Katharina", last="Müller-Brandt", post="Dr. med.",
    contacts=[("Adresse / Address", "Schellingstraße 41, 80799 München, Deutschland"),
              ("Telefon / Phone", "+49 151 5550 3862"), ("E-Mail", "j.mueller-brandt@posteo.de"),
              ("Geburtsdatum / Date of birth", "14/07/1990"), ("Staatsangehörigkeit / Nationality", "Deutsch / German")],
    sections=[
        ("Berufserfahrung / Work experience", [
            ("e", "07/2023 – heute / present", "Assistenzärztin Radiologie (Radiology resident)",
             "Klinikum der Universität München (LMU), Deutschland", []),
            ("e", "02/2025", "Observership, Diagnostic Radiology (4 weeks, neuroradiology and body MRI)",
             "Johns Hopkins Hospital, Baltimore, MD, USA", []),
            ("e", "01/2022 – 06/2023", "Research Fellow, Department of Radiology and Biomedical Imaging",
             "University of California San Francisco, San Francisco, CA, USA", ["Prostate MRI; deep learning"]),
            ("e", "01/2019 – 12/2021", "Postdoctoral Research Fellow, Department of Radiology",
             "Stanford University School of Medicine, Stanford, CA, USA", ["Photon-counting CT phantom studies; DFG research fellowship"]),
            ("e", "12/2016 – 12/2018", "Assistenzärztin Innere Medizin", "Klinikum rechts der Isar, München", []),
        ]),
        ("Ausbildung / Education and training", [
            ("e", "2018", "Dr. med. (doctoral thesis, magna cum laude)", "Ludwig-Maximilians-Universität München", []),
            ("e", "10/2010 – 11/2016", "Ärztliche Prüfung (Staatsexamen), Humanmedizin – medical degree",
             "Ludwig-Maximilians-Universität München, Deutschland", ["Approbation als Ärztin 12/2016"]),
        ]),
        ("USMLE / ECFMG", [("kv", [("Step 1", "251 (2019)"), ("Step 2 CK", "258 (2020)"), ("ECFMG", "certified 2021")])]),
        ("Angestrebte Fachrichtung / Specialty sought", [("p", "Diagnostic Radiology (US residency, Match 2027)")]),
        ("Visum / Visa", [("p", "Valid US B1/B2 visa (until 2030).")]),
        ("Persönliche Fähigkeiten / Personal skills", [
            ("kv", [("Muttersprache / Mother tongue", "Deutsch (German)")]),
            ("langtable", [("Englisch / English", "C2", "C2", "C2", "C2", "C2"), ("Französisch / French", "B2", "B2", "B1", "B1", "B1"),
                           ("Italienisch / Italian", "A2", "A2", "A2", "A1", "A1")]),
        ]),
        ("Publikationen / Publications (peer-reviewed)", [("pubs", L(P("article", 9, "Müller-Brandt JK", "rad", 5, (2017, 2025)), "num"))]),
        ("Kongressbeiträge / Conference abstracts", [("pubs", L(P("abstract", 4, "Müller-Brandt JK", "rad", 5), "num"))]),
        ("Eingereicht / Submitted", [("pubs", L(P("submitted", 1, "Müller-Brandt JK", "rad", 5), "num"))]),
    ],
    truth=dict(full_name="Johanna Katharina Müller-Brandt", email="j.mueller-brandt@posteo.de", phone_e164="+4915155503862",
               medical_school="Ludwig-Maximilians-Universität München", medical_school_country="DE", graduation_year=2016,
               is_student=False, usmle_step1=251, usmle_step2ck=258, usmle_step3=None, ecfmg_status="certified",
               visa_status="b1b2", specialties=["Radiology"], languages=["German", "English", "French", "Italian"],
               publications=9,
               usce_entries=[U("observership", "Radiology", "MD", "2025-02", "2025-02"),
                             U("research", "Radiology", "CA", "2022-01", "2023-06"),
                             U("research", "Radiology", "CA", "2019-01", "2021-12")],
               usce_months=55, usce_months_clinical=1)))

# ---------------------------------------------------------------- 006 Russia, ODT (odfpy)
PEOPLE.append(dict(
    id="006", layout="odt_odfpy", ext="odt",
    first="Aleksei Dmitrievich", last="Kuznetsov", native="Алексей Дмитриевич Кузнецов", post="MD, PhD",
    contacts=[("Email", "a.d.kuznetsov.md@gmail.com"), ("Cell", "(713) 555-0191"), ("Address", "2200 Holcombe Blvd, Houston, TX 77030")],
    sections=[
        ("Summary", [("p", "Physician-scientist (gastrointestinal stem cell biology, 9 years at Baylor). Seeking Internal "
                           "Medicine residency; future Gastroenterology fellowship. U.S. citizen (naturalized 2023).")]),
        ("Education", [
            ("e", "2012/9 – 2016/6", "Candidate of Medical Sciences (PhD equivalent), Pathophysiology",
             "Pirogov Russian National Research Medical University, Moscow", []),
            ("e", "2006/9 – 2012/6", "Specialist degree in General Medicine (MD equivalent, диплом врача)",
             "Pirogov Russian National Research Medical University, Moscow, Russia", ["Diploma with honours"]),
        ]),
        ("Academic appointments (USA)", [
            ("e", "2020/9 –", "Instructor (research track), Section of Gastroenterology and Hepatology, Department of Medicine",
             "Baylor College of Medicine, Houston, TX", ["Colonic organoid platform; K01 applicant"]),
            ("e", "2017/9 – 2020/8", "Postdoctoral Fellow, Department of Molecular and Cellular Biology",
             "Baylor College of Medicine, Houston, TX", ["Intestinal stem cell niche; CPRIT training award"]),
        ]),
        ("Clinical and virtual experience", [
            ("e", "2024/10 – 2024/11", "Virtual rotation (telehealth), Internal Medicine",
             "University of Texas Medical Branch, Galveston, TX", ["Remote case presentations, tele-visits with attending"]),
            ("e", "2012/9 – 2014/8", "Clinical ordinator (residency), Gastroenterology", "City Clinical Hospital No. 31, Moscow, Russia", []),
        ]),
        ("USMLE / ECFMG", [("kv", [("USMLE Step 1", "Passed (2024)"), ("USMLE Step 2 CK", "236 (2025)"),
                                   ("ECFMG certification", "pending – OET Medicine passed, awaiting final verification of diploma")])]),
        ("Peer-reviewed publications", [("pubs", L(P("article", 16, "Kuznetsov AD", "gi", 6, (2013, 2026)), "num"))]),
        ("Book chapters", [("pubs", L(P("chapter", 2, "Kuznetsov AD", "gi", 6), "num"))]),
        ("Selected abstracts", [("pubs", L(P("abstract", 6, "Kuznetsov AD", "gi", 6), "num"))]),
        ("In preparation", [("pubs", L(P("prep", 2, "Kuznetsov AD", "gi", 6), "num"))]),
        ("Languages", [("p", "Russian (native), English (full professional), German (intermediate)")]),
        ("References", [("l", ["Robert Larsen, PhD, Professor, Baylor College of Medicine – (713) 555-0102 – larsen@bcm-mcb.example.edu"])]),
    ],
    truth=dict(full_name="Aleksei Dmitrievich Kuznetsov", email="a.d.kuznetsov.md@gmail.com", phone_e164="+17135550191",
               medical_school="Pirogov Russian National Research Medical University", medical_school_country="RU",
               graduation_year=2012, is_student=False, usmle_step1="pass", usmle_step2ck=236, usmle_step3=None,
               ecfmg_status="pending", visa_status="citizen", specialties=["Internal Medicine", "Gastroenterology"],
               languages=["Russian", "English", "German"], publications=16,
               usce_entries=[U("research", "Gastroenterology", "TX", "2020-09", "2026-12"),
                             U("research", None, "TX", "2017-09", "2020-08"),
                             U("telehealth", "Internal Medicine", "TX", "2024-10", "2024-11")],
               usce_months=112, usce_months_clinical=0)))

# ---------------------------------------------------------------- 007 Korea, reportlab with running headers
PEOPLE.append(dict(
    id="007", layout="reportlab_running_header", ext="pdf",
    first="Ji-hoon", last="Park", native="박지훈", post="M.D., Ph.D.",
    contacts=[("Mobile", "+1 (206) 555-0127"), ("E-mail", "jihoon.park.eye@naver.com"), ("Address", "1410 NE Campus Pkwy, Seattle, WA 98195")],
    sections=[
        ("Education", [
            ("e", "2013.03 – 2017.02", "Ph.D., Ophthalmology", "Yonsei University Graduate School, Seoul, Korea", []),
            ("e", "2005.03 – 2011.02", "M.D.", "Yonsei University College of Medicine, Seoul, Korea", []),
        ]),
        ("Clinical Training (Korea)", [
            ("e", "2011.03 – 2012.02", "Rotating Intern", "Severance Hospital, Seoul", []),
            ("e", "2012.03 – 2016.02", "Resident, Ophthalmology", "Severance Hospital, Seoul", ["Korean Board of Ophthalmology, 2016"]),
            ("e", "2016.04 – 2019.03", "Public Health Doctor (military service alternative)", "Gangwon Province, Korea", []),
        ]),
        ("US Appointments", [
            ("e", "2022.04 – 2025.08", "Acting Instructor / Research Scientist, Department of Ophthalmology",
             "University of Washington, Seattle, WA", ["Retinal organoids; grant-funded (BrightFocus)"]),
            ("e", "2019.04 – 2022.03", "Senior Research Fellow, Department of Ophthalmology",
             "University of Washington, Seattle, WA", []),
            ("e", "2025.09 – 2025.10", "Clinical Observership, Ophthalmology (retina and glaucoma clinics)",
             "Bascom Palmer Eye Institute, Miami, FL", []),
        ]),
        ("Examinations", [("kv", [("USMLE Step 1", "236 (2020)"), ("USMLE Step 2 CK", "240 (2021)"), ("USMLE Step 3", "218 (2023)"),
                                  ("ECFMG", "Certified")])]),
        ("Status", [("p", "H-1B (University of Washington). Applying to Ophthalmology residency (SF Match).")]),
        ("Peer-reviewed Publications (SCI/SCIE)", [("pubs", L(P("article", 18, "Park JH", "eye", 7, (2012, 2026)), "num")),
                                                    ("pubs", L(P("inpress", 2, "Park JH", "eye", 7), "num", 19))]),
        ("Submitted", [("pubs", L(P("submitted", 2, "Park JH", "eye", 7), "none"))]),
        ("Abstracts (ARVO etc.)", [("pubs", L(P("abstract", 5, "Park JH", "eye", 7), "none"))]),
        ("Book Chapter", [("pubs", ["Park JH, Lee SK. 망막 오가노이드 (Retinal organoids). In: 안과학 (Ophthalmology), 12th ed. Ilchokak; 2023:512-530."])]),
        ("Languages", [("p", "Korean (native), English (fluent), Japanese (basic)")]),
    ],
    truth=dict(full_name="Ji-hoon Park", email="jihoon.park.eye@naver.com", phone_e164="+12065550127",
               medical_school="Yonsei University College of Medicine", medical_school_country="KR", graduation_year=2011,
               is_student=False, usmle_step1=236, usmle_step2ck=240, usmle_step3=218, ecfmg_status="certified",
               visa_status="h1b", specialties=["Ophthalmology"], languages=["Korean", "English", "Japanese"], publications=20,
               usce_entries=[U("research", "Ophthalmology", "WA", "2022-04", "2025-08"),
                             U("research", "Ophthalmology", "WA", "2019-04", "2022-03"),
                             U("observership", "Ophthalmology", "FL", "2025-09", "2025-10")],
               usce_months=79, usce_months_clinical=2)))

# ---------------------------------------------------------------- 008 Sudan, plain text, mixed tagged publication list
mixed8 = (P("article", 5, "Osman MEA", "id", 8, (2014, 2025)) + [x + " [Poster]" for x in P("poster", 2, "Osman MEA", "id", 8)]
          + P("article", 3, "Osman MEA", "id", 88, (2014, 2025)) + [x + " [Poster]" for x in P("poster", 2, "Osman MEA", "id", 88)]
          + P("inpress", 1, "Osman MEA", "id", 8)
          + ["Osman MEA, Ahmed S. Cholera preparedness in Blue Nile State. WHO Sudan technical report; 2016. [Technical report, not peer-reviewed]",
             "Osman MEA. Antibiotic use in Khartoum teaching hospitals. Federal Ministry of Health report; 2015. [Technical report]"])
PEOPLE.append(dict(
    id="008", layout="plain_text", ext="txt",
    first="Mohamed Elfatih Abdelrahman", last="Osman", native="محمد الفاتح عبد الرحمن عثمان", post="MBBS, MSc",
    contacts=[("Phone", "+1 612 555 0164"), ("Email", "m.elfatih.osman@yahoo.com"), ("Address", "Minneapolis, MN 55455")],
    sections=[
        ("OBJECTIVE", [("p", "Internal Medicine residency; future Infectious Disease fellowship.")]),
        ("EDUCATION", [
            ("e", "2017", "MSc Control of Infectious Diseases", "London School of Hygiene & Tropical Medicine, UK", []),
            ("e", "2006 - 2013", "MBBS (Bachelor of Medicine and Bachelor of Surgery)", "University of Khartoum Faculty of Medicine, Khartoum, Sudan", []),
        ]),
        ("USMLE", [("kv", [("Step 1", "Passed, first attempt (2022)"), ("Step 2 CK", "232 (2023)"), ("Step 3", "not yet taken"),
                           ("ECFMG", "Certified (2023)")])]),
        ("IMMIGRATION", [("p", "Lawful Permanent Resident (green card, Diversity Visa 2018)")]),
        ("US EXPERIENCE", [
            ("e", "4 weeks, starting June 2, 2025", "Observership - Infectious Diseases", "Mayo Clinic, Rochester, MN", []),
            ("e", "March-May 2025", "Hands-on Externship - Internal Medicine (inpatient)", "John H. Stroger Jr. Hospital of Cook County, Chicago, IL",
             ["Admitted patients, wrote H&Ps under supervision"]),
            ("e", "Sep 2023 - Jun 2024", "Research Fellow", "Hennepin Healthcare Research Institute, Minneapolis, MN", ["TB contact tracing cohort"]),
            ("e", "Sept 2019 - Aug 2023", "Postdoctoral Research Associate, Division of Infectious Diseases",
             "University of Minnesota, Minneapolis, MN", ["Cryptococcal meningitis trials (with Uganda sites)"]),
        ]),
        ("EXPERIENCE IN SUDAN", [
            ("e", "2014 - 2016", "Medical Officer", "Omdurman Teaching Hospital, Sudan", []),
            ("e", "2013 - 2014", "House Officer (internship)", "Khartoum Teaching Hospital", []),
        ]),
        ("PUBLICATIONS, POSTERS AND REPORTS (chronological mix)", [("pubs", L(mixed8, "num"))]),
        ("LANGUAGES", [("p", "Arabic (native), English (fluent), French (basic)")]),
        ("REFERENCES", [("l", ["Dr. David Nguyen, Professor of Medicine, University of Minnesota, +1 612 555 0199, dnguyen@umn-id.example.edu"])]),
    ],
    truth=dict(full_name="Mohamed Elfatih Abdelrahman Osman", email="m.elfatih.osman@yahoo.com", phone_e164="+16125550164",
               medical_school="University of Khartoum Faculty of Medicine", medical_school_country="SD", graduation_year=2013,
               is_student=False, usmle_step1="pass", usmle_step2ck=232, usmle_step3=None, ecfmg_status="certified",
               visa_status="green_card", specialties=["Internal Medicine", "Infectious Disease"],
               languages=["Arabic", "English", "French"], publications=9,
               usce_entries=[U("observership", "Infectious Disease", "MN", "2025-06", "2025-06"),
                             U("hands_on", "Internal Medicine", "IL", "2025-03", "2025-05"),
                             U("research", None, "MN", "2023-09", "2024-06"),
                             U("research", "Infectious Disease", "MN", "2019-09", "2023-08")],
               usce_months=62, usce_months_clinical=4)))

# ---------------------------------------------------------------- 009 Japan, Chromium LaTeX-like HTML, Japanese dates
PEOPLE.append(dict(
    id="009", layout="chromium_latexlike", ext="pdf",
    first="Haruka", last="Tanaka", native="田中 遥", post="MD, PhD",
    contacts=[("Email", "haruka.tanaka.peds@gmail.com"), ("Phone", "+81 90-5555-2381"), ("Address", "Suita, Osaka, Japan")],
    sections=[
        ("学歴 / Education", [
            ("e", "2016年4月 – 2020年3月", "PhD (医学博士), Pediatrics", "Kyoto University Graduate School of Medicine", []),
            ("e", "2008年4月 – 2014年3月", "Bachelor of Medicine (M.D.)", "Osaka University Faculty of Medicine, Osaka, Japan", []),
        ]),
        ("臨床研修 / Clinical training (Japan)", [
            ("e", "2014年4月 – 2016年3月", "Initial postgraduate residency", "Osaka University Hospital", []),
            ("e", "2016年4月 – 2019年3月", "Pediatric resident (part-time during PhD)", "Kyoto University Hospital", ["Board certified pediatrician (JPS), 2019"]),
        ]),
        ("米国での経験 / US experience", [
            ("e", "2024年7月", "Virtual Pediatrics rotation (telehealth, 4 weeks)", "Seattle Children's Hospital, Seattle, WA (remote)", []),
            ("e", "2023年4月 – 2024年3月", "Visiting Scholar, Division of Pediatric Endocrinology, Department of Pediatrics",
             "Children's Hospital of Philadelphia, Philadelphia, PA", []),
            ("e", "2020年4月 – 2023年3月", "Research Fellow, Department of Pediatrics",
             "Cincinnati Children's Hospital Medical Center, Cincinnati, OH", ["JSPS Overseas Research Fellowship"]),
        ]),
        ("試験 / Examinations", [("kv", [("USMLE Step 1", "Pass (2023)"), ("USMLE Step 2 CK", "239 (2024)"),
                                        ("日本医師国家試験 (Japanese National Medical Licensing Exam)", "passed 2014"),
                                        ("ECFMG", "pending (Pathway 1, awaiting OET result)")])]),
        ("志望 / Goal", [("p", "Pediatrics residency. Will require a J-1 visa (ECFMG sponsorship).")]),
        ("原著論文 / Original articles (peer-reviewed)", [("pubs", L(P("article", 6, "Tanaka H", "peds", 9, (2015, 2025)), "bracket")
                                                          + L(["Tanaka H, Sato K. 新生児低血糖の長期予後 (Long-term outcome of neonatal hypoglycemia). 日本小児科学会雑誌 (J Jpn Pediatr Soc). 2019;123(4):712-719. [Japanese, peer-reviewed]",
                                                               "Tanaka H, Yamamoto T, Sato K. 小児1型糖尿病の治療実態 (Type 1 diabetes care in Japanese children). 日本小児科学会雑誌. 2021;125(2):301-308. [Japanese, peer-reviewed]"], "bracket", 7)
                                                          + L(P("inpress", 1, "Tanaka H", "peds", 9), "bracket", 9))]),
        ("総説 / Review articles (invited, not peer-reviewed, Japanese)", [("pubs", L(["田中 遥. 小児肥満の最新知見. 小児科 (Pediatrics of Japan). 2022;63:88-94.",
                                                                                   "田中 遥, 佐藤 健. 成長ホルモン治療. 小児内科. 2023;55:1201-1206."], "bracket", 10))]),
        ("学会発表 / Presentations", [("pubs", L(P("abstract", 4, "Tanaka H", "peds", 9), "bracket", 12))]),
        ("言語 / Languages", [("p", "Japanese (native), English (fluent; TOEFL 108)")]),
    ],
    truth=dict(full_name="Haruka Tanaka", email="haruka.tanaka.peds@gmail.com", phone_e164="+819055552381",
               medical_school="Osaka University Faculty of Medicine", medical_school_country="JP", graduation_year=2014,
               is_student=False, usmle_step1="pass", usmle_step2ck=239, usmle_step3=None, ecfmg_status="pending",
               visa_status="j1", specialties=["Pediatrics"], languages=["Japanese", "English"], publications=9,
               usce_entries=[U("telehealth", "Pediatrics", "WA", "2024-07", "2024-07"),
                             U("research", "Pediatrics", "PA", "2023-04", "2024-03"),
                             U("research", "Pediatrics", "OH", "2020-04", "2023-03")],
               usce_months=49, usce_months_clinical=0)))

# ---------------------------------------------------------------- 010 Ethiopia, RTF
PEOPLE.append(dict(
    id="010", layout="rtf_wordpad", ext="rtf",
    first="Selamawit Tesfaye", last="Gebremedhin", native="ሰላማዊት ተስፋዬ ገብረመድህን", post="MD, MPH",
    contacts=[("Email", "selam.tesfaye.obgyn@gmail.com"), ("Phone", "+251 91 155 5432"), ("Address", "Bole Sub-city, Addis Ababa, Ethiopia")],
    sections=[
        ("Career interest", [("p", "Obstetrics and Gynecology residency; maternal health research.")]),
        ("Education", [
            ("e", "09/2018 – 05/2019", "Master of Public Health", "Addis Ababa University School of Public Health", []),
            ("e", "2011 – 2017", "Doctor of Medicine (MD)", "Addis Ababa University, College of Health Sciences, Ethiopia",
             ["Graduated July 2017"]),
        ]),
        ("US clinical & research experience", [
            ("e", "01/2024 – 03/2024", "Global Health Telemedicine Rotation (telehealth), Obstetrics & Gynecology",
             "University of Michigan, Ann Arbor, MI (remote)", []),
            ("e", "15/05/2023 – 09/06/2023", "Observership, Obstetrics & Gynecology (labor and delivery, clinics)",
             "Grady Memorial Hospital, Atlanta, GA", []),
            ("e", "08/2020 – 07/2022", "Research Associate, Department of Gynecology and Obstetrics",
             "Emory University School of Medicine, Atlanta, GA", ["Postpartum hemorrhage registry"]),
        ]),
        ("Clinical experience (Ethiopia)", [
            ("e", "09/2022 – present", "General Practitioner, Maternity ward", "St. Paul's Hospital Millennium Medical College, Addis Ababa", []),
            ("e", "08/2017 – 08/2018", "General Practitioner", "Tikur Anbessa Specialized Hospital, Addis Ababa", []),
        ]),
        ("Examinations", [("kv", [("USMLE Step 1", "Pass (2022)"), ("USMLE Step 2 CK", "229 (2023)"), ("ECFMG", "Certified (2023)")])]),
        ("Visa", [("p", "Current B1/B2 visa holder (multiple entry)")]),
        ("Publications", [("sub", "Peer-reviewed"), ("pubs", L(P("article", 5, "Gebremedhin ST", "obgyn", 10, (2017, 2025)), "num")
                                                     + L(["Gebremedhin ST, Alemu B, Cohen R. Tranexamic acid timing and postpartum hemorrhage outcomes in Ethiopia. Obstet Gynecol. Accepted, in press (2026)."], "num", 6)),
                          ("sub", "Posters"), ("pubs", L(P("poster", 2, "Gebremedhin ST", "obgyn", 10), "none"))]),
        ("Languages", [("p", "Amharic (native), Tigrinya (fluent), English (fluent)")]),
        ("Referee", [("l", ["Dr. Rachel Cohen, Emory University – rcohen@emory-gyn.example.edu – +1 404 555 0133"])]),
    ],
    truth=dict(full_name="Selamawit Tesfaye Gebremedhin", email="selam.tesfaye.obgyn@gmail.com", phone_e164="+251911555432",
               medical_school="Addis Ababa University, College of Health Sciences", medical_school_country="ET",
               graduation_year=2017, is_student=False, usmle_step1="pass", usmle_step2ck=229, usmle_step3=None,
               ecfmg_status="certified", visa_status="b1b2", specialties=["Obstetrics and Gynecology"],
               languages=["Amharic", "Tigrinya", "English"], publications=6,
               usce_entries=[U("telehealth", "Obstetrics and Gynecology", "MI", "2024-01", "2024-03"),
                             U("observership", "Obstetrics and Gynecology", "GA", "2023-05", "2023-06"),
                             U("research", "Obstetrics and Gynecology", "GA", "2020-08", "2022-07")],
               usce_months=29, usce_months_clinical=2)))

# ---------------------------------------------------------------- 011 Brazil, fpdf2, bilingual Portuguese/English headings
PEOPLE.append(dict(
    id="011", layout="fpdf2_bilingual", ext="pdf",
    first="João Pedro", last="Albuquerque Nogueira", post="MD",
    contacts=[("E-mail", "jp.nogueira.nefro@gmail.com"), ("Celular / Mobile", "+55 (11) 95555-4821"), ("Cidade / City", "São Paulo, SP, Brasil")],
    sections=[
        ("Formação Acadêmica / Education", [
            ("e", "2021 – 2025", "Doutorado (PhD), Nefrologia", "Faculdade de Medicina da Universidade de São Paulo (FMUSP)",
             ["Doutorado-sanduíche (CAPES-PrInt) at UAB, 2022–2023"]),
            ("e", "2011 – 2016", "Graduação em Medicina (MD)", "Faculdade de Medicina da Universidade de São Paulo (FMUSP), Brasil", []),
        ]),
        ("Residência Médica / Residency (Brazil)", [
            ("e", "2017 – 2019", "Clínica Médica (Internal Medicine)", "Hospital das Clínicas FMUSP", []),
            ("e", "2019 – 2021", "Nefrologia (Nephrology)", "Hospital das Clínicas FMUSP", ["Título de especialista SBN, 2021"]),
        ]),
        ("Experiência nos EUA / US Experience", [
            ("e", "Sep 2022 – Aug 2023", "Visiting Research Scholar, Division of Nephrology", "University of Alabama at Birmingham, Birmingham, AL",
             ["APOL1 podocyte injury models"]),
            ("e", "Jul – Aug 2023", "Hands-on Clinical Elective, Nephrology (inpatient consult service)", "UAB Hospital, Birmingham, AL", []),
            ("e", "Oct 2025", "Observership, Nephrology", "Cleveland Clinic, Cleveland, OH", []),
        ]),
        ("Exames / Exams", [("kv", [("USMLE Step 1", "Pass (2024)"), ("USMLE Step 2 CK", "246 (2025)"), ("ECFMG", "Certified (2025)"),
                                   ("Revalida", "not applicable")])]),
        ("Visto / Visa", [("p", "Will require a J-1 visa (ECFMG sponsorship).")]),
        ("Interesse / Specialty interest", [("p", "Internal Medicine residency, then Nephrology fellowship.")]),
        ("Artigos publicados / Peer-reviewed articles", [("pubs", L(P("article", 10, "Nogueira JPA", "neph", 11, (2016, 2025)), "num"))]),
        ("Submetidos / Submitted", [("pubs", L(P("submitted", 2, "Nogueira JPA", "neph", 11), "num"))]),
        ("Resumos em congressos / Abstracts", [("pubs", L(P("abstract", 3, "Nogueira JPA", "neph", 11), "num"))]),
        ("Capítulo de livro / Book chapter", [("pubs", ["Nogueira JPA, Silva R. Lesão renal aguda no paciente crítico. In: Tratado de Nefrologia. Atheneu; 2022:301-318."])]),
        ("Idiomas / Languages", [("p", "Português (nativo / native), Inglês (fluente / English – fluent), Espanhol (intermediário / Spanish – intermediate)")]),
    ],
    truth=dict(full_name="João Pedro Albuquerque Nogueira", email="jp.nogueira.nefro@gmail.com", phone_e164="+5511955554821",
               medical_school="Faculdade de Medicina da Universidade de São Paulo", medical_school_country="BR", graduation_year=2016,
               is_student=False, usmle_step1="pass", usmle_step2ck=246, usmle_step3=None, ecfmg_status="certified",
               visa_status="j1", specialties=["Internal Medicine", "Nephrology"], languages=["Portuguese", "English", "Spanish"],
               publications=10,
               usce_entries=[U("research", "Nephrology", "AL", "2022-09", "2023-08"),
                             U("hands_on", "Nephrology", "AL", "2023-07", "2023-08"),
                             U("observership", "Nephrology", "OH", "2025-10", "2025-10")],
               usce_months=13, usce_months_clinical=3)))

# ---------------------------------------------------------------- 012 Ukraine, ODT -> LibreOffice PDF
PEOPLE.append(dict(
    id="012", layout="lo_odt_pdf", ext="pdf",
    first="Oleksandra", last="Kovalenko", native="Олександра Коваленко", post="MD, PhD",
    contacts=[("Phone", "+1 (312) 555-0158"), ("Email", "o.kovalenko.anes@gmail.com"), ("Address", "Chicago, IL 60637")],
    sections=[
        ("Professional goal", [("p", "Anesthesiology residency; long-term interest in Critical Care (trauma and blast injury).")]),
        ("Education", [
            ("e", "09.2016 – 06.2020", "PhD (Candidate of Medical Sciences), Anesthesiology", "Bogomolets National Medical University, Kyiv", []),
            ("e", "09.2009 – 06.2015", "Medical Doctor (General Medicine)", "Bogomolets National Medical University, Kyiv, Ukraine", []),
        ]),
        ("Clinical work (Ukraine)", [
            ("e", "08.2015 – 06.2017", "Intern (internatura), Anesthesiology and Intensive Care", "Kyiv City Clinical Hospital No. 17", []),
            ("e", "07.2017 – 02.2022", "Anesthesiologist", "Kyiv Regional Clinical Hospital", []),
        ]),
        ("United States", [
            ("e", "03.2024 – present", "Research Scholar, Department of Anesthesia and Critical Care", "University of Chicago, Chicago, IL", []),
            ("e", "09.2024 – 10.2024", "Observership, Critical Care Medicine (MICU)", "Rush University Medical Center, Chicago, IL", []),
            ("e", "03.2022 – 02.2024", "Research Fellow, Department of Anesthesiology", "Northwestern University Feinberg School of Medicine, Chicago, IL", []),
            ("e", "06.2022 – 12.2022", "Volunteer medical interpreter (Ukrainian/Russian), weekends", "Ann & Robert H. Lurie Children's Hospital, Chicago, IL", []),
        ]),
        ("USMLE", [("kv", [("Step 1", "PASS (2023)"), ("Step 2 CK", "237 (2024)"), ("ECFMG", "certified, 2024")])]),
        ("Work authorization", [("p", "H-1B (cap-exempt, University of Chicago)")]),
        ("Peer-reviewed publications", [("pubs", L(P("article", 5, "Kovalenko O", "anes", 12, (2016, 2025)), "num")
                                         + L(["Kovalenko O, Petrenko I. Регіонарна анестезія при мінно-вибухових травмах (Regional anesthesia in mine-blast injuries). Ukr J Perioper Med. 2022;5(3):44-51.",
                                              "Kovalenko O, Shevchenko A, Bondar M. Ketamine infusion after limb amputation: a cohort from Kyiv. Emerg Med (Ukraine). 2023;19(2):88-95."], "num", 6)
                                         + L(P("inpress", 1, "Kovalenko O", "anes", 12), "num", 8))]),
        ("Abstracts / posters", [("pubs", L(P("poster", 3, "Kovalenko O", "anes", 12), "num"))]),
        ("Languages", [("p", "Ukrainian (native), Russian (native), English (C1), Polish (B1)")]),
    ],
    truth=dict(full_name="Oleksandra Kovalenko", email="o.kovalenko.anes@gmail.com", phone_e164="+13125550158",
               medical_school="Bogomolets National Medical University", medical_school_country="UA", graduation_year=2015,
               is_student=False, usmle_step1="pass", usmle_step2ck=237, usmle_step3=None, ecfmg_status="certified",
               visa_status="h1b", specialties=["Anesthesiology", "Critical Care"], languages=["Ukrainian", "Russian", "English", "Polish"],
               publications=8,
               usce_entries=[U("research", "Anesthesiology", "IL", "2024-03", "2026-12"),
                             U("observership", "Critical Care", "IL", "2024-09", "2024-10"),
                             U("research", "Anesthesiology", "IL", "2022-03", "2024-02")],
               usce_months=58, usce_months_clinical=2)))

# ---------------------------------------------------------------- 013 Syria, DOCX with contacts in a table
PEOPLE.append(dict(
    id="013", layout="docx_table_contacts", ext="docx",
    first="Rami", last="Al-Khatib", native="رامي الخطيب", post="MD",
    contacts=[("Email", "rami.alkhatib.cardio@gmail.com"), ("Phone", "+1 (919) 555-0136"), ("Location", "Durham, NC"),
              ("Status", "U.S. Permanent Resident")],
    sections=[
        ("Interests", [("p", "Internal Medicine (categorical) → Cardiology; outcomes research, heart failure.")]),
        ("Education", [("e", "2010 – 2016", "Doctor of Medicine (MD)", "Damascus University Faculty of Medicine, Damascus, Syria", ["Graduated 2016"])]),
        ("Clinical experience", [
            ("e", "Aug 2025 – Sep 2025", "Hands-on Clinical Rotation, Internal Medicine (inpatient)", "WakeMed Health & Hospitals, Raleigh, NC", []),
            ("e", "2016 – 2018", "Resident, Internal Medicine (interrupted)", "Al-Mouwasat University Hospital, Damascus, Syria", []),
            ("e", "2018 – 2019", "Assistenzarzt (guest physician), Kardiologie", "Universitätsklinikum Heidelberg, Germany", []),
        ]),
        ("Research experience", [
            ("e", "Jan 2023 – Jun 2025", "Research Fellow, Division of Cardiology", "Duke University Medical Center, Durham, NC", []),
            ("e", "Jan 2020 – Dec 2022", "Postdoctoral Research Associate", "Duke Clinical Research Institute, Durham, NC", ["HF registries (GWTG-HF)"]),
        ]),
        ("USMLE", [("kv", [("Step 1", "247"), ("Step 2 CK", "255"), ("ECFMG", "Certified (2020)")])]),
        ("Publications (peer-reviewed)", [("pubs", L(P("article", 12, "Al-Khatib R", "cardio", 13, (2017, 2026)), "num"))]),
        ("Abstracts (AHA, ACC)", [("pubs", L(P("abstract", 6, "Al-Khatib R", "cardio", 13), "num"))]),
        ("Languages", [("p", "Arabic (native) · English (fluent) · German (B2)")]),
    ],
    truth=dict(full_name="Rami Al-Khatib", email="rami.alkhatib.cardio@gmail.com", phone_e164="+19195550136",
               medical_school="Damascus University Faculty of Medicine", medical_school_country="SY", graduation_year=2016,
               is_student=False, usmle_step1=247, usmle_step2ck=255, usmle_step3=None, ecfmg_status="certified",
               visa_status="green_card", specialties=["Internal Medicine", "Cardiology"], languages=["Arabic", "English", "German"],
               publications=12,
               usce_entries=[U("hands_on", "Internal Medicine", "NC", "2025-08", "2025-09"),
                             U("research", "Cardiology", "NC", "2023-01", "2025-06"),
                             U("research", "Cardiology", "NC", "2020-01", "2022-12")],
               usce_months=68, usce_months_clinical=2)))

# ---------------------------------------------------------------- 014 Lebanon, moderncv banking (xelatex)
PEOPLE.append(dict(
    id="014", layout="latex_moderncv_banking", ext="pdf",
    first="Nour Elias", last="Haddad", post="MD",
    title="Internal Medicine / Rheumatology",
    contacts=[("Mobile", "+1 (216) 555-0172"), ("Email", "nour.haddad.rheum@icloud.com"), ("Address", "Cleveland Heights, OH 44106")],
    sections=[
        ("Education", [("e", "2013--2017", "Doctor of Medicine (MD)", "American University of Beirut, Faculty of Medicine, Beirut, Lebanon", ["AOA equivalent honors"]),
                       ("e", "2010--2013", "BS Biology (pre-medical)", "American University of Beirut", [])]),
        ("Postgraduate training", [("e", "2017--2020", "Resident, Internal Medicine", "American University of Beirut Medical Center, Lebanon", [])]),
        ("US experience", [
            ("e", "March 2025", "Observership, Rheumatology", "University Hospitals Cleveland Medical Center, Cleveland, OH", []),
            ("e", "July 2022 -- December 2024", "Postdoctoral Research Fellow, Division of Rheumatology", "Case Western Reserve University, Cleveland, OH", []),
            ("e", "July 2020 -- June 2022", "Research Fellow, Department of Rheumatologic and Immunologic Disease", "Cleveland Clinic, Cleveland, OH", []),
        ]),
        ("USMLE & ECFMG", [("kv", [("Step 1", "250 (2019)"), ("Step 2 CK", "261 (2020)"), ("ECFMG", "Certified (2020)")])]),
        ("Citizenship", [("p", "US citizen (naturalized 2024); Lebanese citizen")]),
        ("Goal", [("p", "Internal Medicine residency with a subsequent Rheumatology fellowship")]),
        ("Journal articles", [("pubs", L(P("article", 11, "Haddad NE", "rheum", 14, (2016, 2025)), "num") + L(P("inpress", 1, "Haddad NE", "rheum", 14), "num", 12))]),
        ("Abstracts (ACR Convergence / EULAR)", [("pubs", L(P("abstract", 7, "Haddad NE", "rheum", 14), "num"))]),
        ("Book chapters", [("pubs", L(P("chapter", 2, "Haddad NE", "rheum", 14), "num"))]),
        ("Languages", [("kv", [("Arabic", "native"), ("English", "native-level"), ("French", "fluent (DELF B2)")])]),
    ],
    truth=dict(full_name="Nour Elias Haddad", email="nour.haddad.rheum@icloud.com", phone_e164="+12165550172",
               medical_school="American University of Beirut", medical_school_country="LB", graduation_year=2017,
               is_student=False, usmle_step1=250, usmle_step2ck=261, usmle_step3=None, ecfmg_status="certified",
               visa_status="citizen", specialties=["Internal Medicine", "Rheumatology"], languages=["Arabic", "English", "French"],
               publications=12,
               usce_entries=[U("observership", "Rheumatology", "OH", "2025-03", "2025-03"),
                             U("research", "Rheumatology", "OH", "2022-07", "2024-12"),
                             U("research", "Rheumatology", "OH", "2020-07", "2022-06")],
               usce_months=55, usce_months_clinical=1)))

# ---------------------------------------------------------------- 015 Iran, MD/PhD student, Chromium two-column, no visa info
PEOPLE.append(dict(
    id="015", layout="chromium_twocolumn", ext="pdf",
    first="Fatemeh", last="Rahimi Ardakani", native="فاطمه رحیمی اردکانی", post="",
    contacts=[("Email", "f.rahimi.ardakani@gmail.com"), ("Phone", "+98 917 555 6638"), ("City", "Shiraz, Iran"), ("ORCID", "0000-0003-1182-4475")],
    sections=[
        ("Education", [("e", "2017 – 2027 (expected)", "MD/PhD program (MD expected June 2027)", "Shiraz University of Medical Sciences, Shiraz, Iran",
                        ["PhD component: Neuroscience (2021–2023)", "Currently in clinical clerkships (externship years)"])]),
        ("Research", [
            ("e", "2023/6 – 2024/5", "Visiting Research Trainee, Department of Neurosurgery", "University of California, Los Angeles (UCLA), Los Angeles, CA",
             ["Glioblastoma margin imaging"]),
            ("e", "2019/9 – 2023/5", "Research assistant", "Shiraz Neuroscience Research Center, Iran", []),
        ]),
        ("Virtual experience", [("e", "2025/2", "Virtual neurosurgery elective (telehealth, 4 weeks)", "Stanford Health Care, Stanford, CA (remote)", [])]),
        ("USMLE", [("kv", [("Step 1", "Pass (2025)"), ("Step 2 CK", "scheduled 2027"), ("ECFMG", "not certified yet")])]),
        ("Specialty", [("p", "Neurosurgery")]),
        ("Peer-reviewed publications", [("pubs", L(P("article", 6, "Rahimi Ardakani F", "nsurg", 15, (2020, 2026)), "num"))]),
        ("Preprints", [("pubs", L(P("preprint", 2, "Rahimi Ardakani F", "nsurg", 15), "none"))]),
        ("Submitted", [("pubs", L(P("submitted", 1, "Rahimi Ardakani F", "nsurg", 15), "none"))]),
        ("Abstracts", [("pubs", L(P("abstract", 4, "Rahimi Ardakani F", "nsurg", 15), "none"))]),
        ("Languages", [("l", ["Persian (native)", "English (IELTS 8.0)", "Arabic (reading)"])]),
    ],
    truth=dict(full_name="Fatemeh Rahimi Ardakani", email="f.rahimi.ardakani@gmail.com", phone_e164="+989175556638",
               medical_school="Shiraz University of Medical Sciences", medical_school_country="IR", graduation_year=2027,
               is_student=True, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="not_certified",
               visa_status=None, specialties=["Neurosurgery"], languages=["Persian", "English", "Arabic"], publications=6,
               usce_entries=[U("research", "Neurosurgery", "CA", "2023-06", "2024-05"),
                             U("telehealth", "Neurosurgery", "CA", "2025-02", "2025-02")],
               usce_months=13, usce_months_clinical=0)))

# ---------------------------------------------------------------- 016 China, DOCX with contacts only in the footer
PEOPLE.append(dict(
    id="016", layout="docx_footer_contacts", ext="docx",
    first="Mingyuan", last="Li", native="李明远", post="MB, PhD",
    contacts=[("Email", "mingyuan.li.endo@163.com"), ("Tel", "+1 (858) 555-0119"), ("Address", "La Jolla, CA 92093")],
    sections=[
        ("Education", [
            ("e", "2012.09–2017.07", "PhD, Endocrinology", "Fudan University, Shanghai", []),
            ("e", "2007.09–2012.07", "Bachelor of Medicine (MB, equivalent to MBBS/MD)", "Fudan University Shanghai Medical College, Shanghai, China", []),
        ]),
        ("US positions", [
            ("e", "2025.06–2025.08", "Hands-on externship, Internal Medicine (outpatient)", "Kaiser Permanente Los Angeles Medical Center, Los Angeles, CA", []),
            ("e", "2025.03–2025.04", "Observership, Endocrinology", "Scripps Clinic, La Jolla, CA", []),
            ("e", "2021.10–2024.12", "Assistant Project Scientist, Division of Endocrinology and Metabolism", "University of California San Diego, La Jolla, CA", []),
            ("e", "2017.10–2021.09", "Postdoctoral Scholar, Division of Endocrinology and Metabolism", "University of California San Diego, La Jolla, CA", []),
        ]),
        ("Examinations", [("kv", [("USMLE Step 1", "229"), ("USMLE Step 2 CK", "243"), ("Step 2 CS", "Pass (2019)"), ("ECFMG", "Certified")])]),
        ("Immigration", [("p", "H-1B (current). I-485 adjustment of status pending.")]),
        ("Goal", [("p", "Internal Medicine residency → Endocrinology fellowship")]),
        ("Publications (* equal contribution)", [("pubs", L(P("article", 13, "Li M", "endo", 16, (2013, 2025)), "num") + L(P("inpress", 2, "Li M", "endo", 16), "num", 14))]),
        ("Posters", [("pubs", L(P("poster", 4, "Li M", "endo", 16), "none"))]),
        ("Languages", [("p", "Chinese (Mandarin), English")]),
    ],
    truth=dict(full_name="Mingyuan Li", email="mingyuan.li.endo@163.com", phone_e164="+18585550119",
               medical_school="Fudan University Shanghai Medical College", medical_school_country="CN", graduation_year=2012,
               is_student=False, usmle_step1=229, usmle_step2ck=243, usmle_step3=None, ecfmg_status="certified",
               visa_status="h1b", specialties=["Internal Medicine", "Endocrinology"], languages=["Chinese", "English"], publications=15,
               usce_entries=[U("hands_on", "Internal Medicine", "CA", "2025-06", "2025-08"),
                             U("observership", "Endocrinology", "CA", "2025-03", "2025-04"),
                             U("research", "Endocrinology", "CA", "2021-10", "2024-12"),
                             U("research", "Endocrinology", "CA", "2017-10", "2021-09")],
               usce_months=92, usce_months_clinical=5)))

# ================================================================ scans / photos (rendered, then degraded)
PEOPLE.append(dict(
    id="017", layout="scan_twopage_pdf", ext="pdf", render="html_serif",
    first="Mehmet Can", last="Öztürk", post="MD",
    contacts=[("E-posta / Email", "mehmetcan.ozturk.surg@gmail.com"), ("Telefon / Phone", "+90 533 555 19 84"), ("Adres", "Kadıköy, İstanbul")],
    sections=[
        ("Eğitim / Education", [("e", "2010 – 2016", "Doctor of Medicine (Tıp Doktoru)", "İstanbul University-Cerrahpaşa, Cerrahpaşa Faculty of Medicine, Türkiye", [])]),
        ("Uzmanlık / Residency (Türkiye)", [("e", "2016 – 2021", "General Surgery Resident", "Cerrahpaşa Medical Faculty Hospital, İstanbul", ["Board certified general surgeon, 2021"]),
                                             ("e", "2021 – 2022", "Attending surgeon (compulsory service)", "Van Training and Research Hospital", [])]),
        ("ABD Deneyimi / US Experience", [
            ("e", "Sep 2024", "Observership, General Surgery", "Johns Hopkins Bayview Medical Center, Baltimore, MD", []),
            ("e", "Aug 2022 – Jul 2024", "Surgical Research Fellow, Department of Surgery", "Johns Hopkins University School of Medicine, Baltimore, MD", ["Pancreatic surgery outcomes database"]),
        ]),
        ("Sınavlar / Exams", [("kv", [("USMLE Step 1", "Pass (2022)"), ("USMLE Step 2 CK", "240 (2023)"), ("ECFMG", "Certified (2023)")])]),
        ("Vize / Visa", [("p", "B1/B2 (valid)")]),
        ("Hedef / Goal", [("p", "General Surgery residency (categorical)")]),
        ("Yayınlar / Peer-reviewed publications", [("pubs", L(P("article", 7, "Öztürk MC", "surg", 17, (2017, 2025)), "num"))]),
        ("Bildiriler / Abstracts", [("pubs", L(P("abstract", 4, "Öztürk MC", "surg", 17), "num"))]),
        ("Diller / Languages", [("p", "Turkish (native), English (advanced), German (intermediate)")]),
    ],
    truth=dict(full_name="Mehmet Can Öztürk", email="mehmetcan.ozturk.surg@gmail.com", phone_e164="+905335551984",
               medical_school="İstanbul University-Cerrahpaşa, Cerrahpaşa Faculty of Medicine", medical_school_country="TR",
               graduation_year=2016, is_student=False, usmle_step1="pass", usmle_step2ck=240, usmle_step3=None,
               ecfmg_status="certified", visa_status="b1b2", specialties=["General Surgery"], languages=["Turkish", "English", "German"],
               publications=7,
               usce_entries=[U("observership", "General Surgery", "MD", "2024-09", "2024-09"),
                             U("research", "Surgery", "MD", "2022-08", "2024-07")],
               usce_months=25, usce_months_clinical=1)))

PEOPLE.append(dict(
    id="018", layout="photo_perspective_jpg", ext="jpg", render="html_sans",
    first="Seo-yeon", last="Kim", native="김서연", post="MD",
    contacts=[("Email", "seoyeon.kim.derm@gmail.com"), ("Phone", "+82 10-5555-7304")],
    sections=[
        ("Education", [("e", "2013.03 – 2019.02", "M.D.", "Seoul National University College of Medicine, Seoul, Korea", [])]),
        ("US Experience", [
            ("e", "2024.06", "Tele-dermatology rotation (telehealth, 4 weeks)", "Penn Medicine, Philadelphia, PA (remote)", []),
            ("e", "2022.03 – 2024.02", "Research Fellow, Department of Dermatology", "Massachusetts General Hospital, Boston, MA", []),
        ]),
        ("Exams", [("kv", [("USMLE Step 1", "Pass (2023)"), ("USMLE Step 2 CK", "250 (2024)"), ("ECFMG", "Certified")])]),
        ("Visa", [("p", "Will need J-1 (ECFMG) for residency")]),
        ("Interest", [("p", "Dermatology")]),
        ("Publications (peer-reviewed)", [("pubs", L(P("article", 5, "Kim SY", "derm", 18, (2019, 2025), pmid=False), "num"))]),
        ("Languages", [("p", "Korean, English")]),
    ],
    truth=dict(full_name="Seo-yeon Kim", email="seoyeon.kim.derm@gmail.com", phone_e164="+821055557304",
               medical_school="Seoul National University College of Medicine", medical_school_country="KR", graduation_year=2019,
               is_student=False, usmle_step1="pass", usmle_step2ck=250, usmle_step3=None, ecfmg_status="certified",
               visa_status="j1", specialties=["Dermatology"], languages=["Korean", "English"], publications=5,
               usce_entries=[U("telehealth", "Dermatology", "PA", "2024-06", "2024-06"),
                             U("research", "Dermatology", "MA", "2022-03", "2024-02")],
               usce_months=25, usce_months_clinical=0)))

PEOPLE.append(dict(
    id="019", layout="scan_png", ext="png", render="html_serif",
    css_extra="@page{margin:1.3cm 1.6cm} body{font-size:9pt;line-height:1.2} .pub{font-size:8.5pt}",
    first="Dawit Alemayehu", last="Bekele", post="MD",
    contacts=[("Email", "dawit.bekele.id@gmail.com"), ("Phone", "+1 615 555 0187"), ("Address", "Nashville, TN")],
    sections=[
        ("Education", [("e", "2009 – 2015", "Doctor of Medicine", "Jimma University, Institute of Health, Jimma, Ethiopia", [])]),
        ("US Experience", [
            ("e", "Nov 2022 – Dec 2022", "Observership, Infectious Diseases", "Vanderbilt University Medical Center, Nashville, TN", []),
            ("e", "Oct 2019 – Sep 2022", "Postdoctoral Fellow, Division of Infectious Diseases", "Vanderbilt University Medical Center, Nashville, TN", []),
        ]),
        ("Ethiopia", [("e", "2015 – 2019", "General Practitioner / HIV clinic physician", "Jimma University Medical Center", [])]),
        ("Exams", [("kv", [("USMLE Step 1", "Pass (2022)"), ("USMLE Step 2 CK", "226 (2023)"), ("ECFMG", "Certified")])]),
        ("Status", [("p", "Green card holder (through marriage)")]),
        ("Goal", [("p", "Internal Medicine, then Infectious Disease fellowship")]),
        ("Publications", [("pubs", L(P("article", 6, "Bekele DA", "id", 19, (2016, 2025)), "num"))]),
        ("Languages", [("p", "Amharic, Oromo (Afaan Oromoo), English")]),
    ],
    truth=dict(full_name="Dawit Alemayehu Bekele", email="dawit.bekele.id@gmail.com", phone_e164="+16155550187",
               medical_school="Jimma University", medical_school_country="ET", graduation_year=2015, is_student=False,
               usmle_step1="pass", usmle_step2ck=226, usmle_step3=None, ecfmg_status="certified", visa_status="green_card",
               specialties=["Internal Medicine", "Infectious Disease"], languages=["Amharic", "Oromo", "English"], publications=6,
               usce_entries=[U("observership", "Infectious Disease", "TN", "2022-11", "2022-12"),
                             U("research", "Infectious Disease", "TN", "2019-10", "2022-09")],
               usce_months=38, usce_months_clinical=2)))

PEOPLE.append(dict(
    id="020", layout="scan_lowcontrast_pdf", ext="pdf", render="html_serif",
    first="Chiara", last="Bellandi", post="MD",
    contacts=[("Email", "chiara.bellandi.pulm@gmail.com"), ("Phone", "+39 335 555 8841"), ("Address", "Bologna, Italia")],
    sections=[
        ("Education", [("e", "2011 – 2017", "Laurea in Medicina e Chirurgia", "Alma Mater Studiorum – Università di Bologna, Italy", [])]),
        ("US experience", [
            ("e", "04/2023", "Observership, Pulmonology", "UCHealth University of Colorado Hospital, Aurora, CO", []),
            ("e", "09/2022 – 02/2023", "Research Fellow, Interstitial Lung Disease Program", "National Jewish Health, Denver, CO", []),
            ("e", "09/2020 – 08/2022", "Research Fellow, Division of Pulmonary Sciences and Critical Care", "University of Colorado, Aurora, CO", []),
        ]),
        ("Exams", [("kv", [("USMLE Step 1", "243 (2021)"), ("USMLE Step 2 CK", "249 (2022)"), ("ECFMG", "Certified")])]),
        ("Visa", [("p", "Will require J-1 sponsorship")]),
        ("Goal", [("p", "Internal Medicine; Pulmonary and Critical Care fellowship")]),
        ("Publications (peer-reviewed)", [("pubs", L(P("article", 8, "Bellandi C", "pulm", 20, (2018, 2025)), "num"))]),
        ("Abstracts", [("pubs", L(P("abstract", 2, "Bellandi C", "pulm", 20), "num"))]),
        ("Languages", [("p", "Italian (native), English (C1), Spanish (B2)")]),
    ],
    truth=dict(full_name="Chiara Bellandi", email="chiara.bellandi.pulm@gmail.com", phone_e164="+393355558841",
               medical_school="Università di Bologna", medical_school_country="IT", graduation_year=2017, is_student=False,
               usmle_step1=243, usmle_step2ck=249, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
               specialties=["Internal Medicine", "Pulmonology", "Critical Care"], languages=["Italian", "English", "Spanish"],
               publications=8,
               usce_entries=[U("observership", "Pulmonology", "CO", "2023-04", "2023-04"),
                             U("research", "Pulmonology", "CO", "2022-09", "2023-02"),
                             U("research", "Pulmonology", "CO", "2020-09", "2022-08")],
               usce_months=31, usce_months_clinical=1)))

PEOPLE.append(dict(
    id="021", layout="photo_rotated_jpg", ext="jpg", render="html_sans",
    css_extra="@page{margin:1.2cm 1.4cm} body{font-size:9pt;line-height:1.2}",
    first="Ana Beatriz", last="Carvalho Lima", post="",
    contacts=[("E-mail", "anabeatriz.clima@gmail.com"), ("WhatsApp", "+55 31 95555-2267"), ("Cidade", "Belo Horizonte, MG")],
    sections=[
        ("Education", [("e", "2021 – Dec 2026 (expected)", "Medical student (6th year), MD expected December 2026",
                        "Universidade Federal de Minas Gerais (UFMG), Belo Horizonte, Brazil", [])]),
        ("US Experience", [
            ("e", "Sep – Oct 2025", "Sub-Internship (hands-on), Psychiatry", "University of Miami / Jackson Memorial Hospital, Miami, FL", []),
            ("e", "03/2025", "Telepsychiatry elective (telehealth)", "Columbia University Irving Medical Center, New York, NY (remote)", []),
            ("e", "Summer 2024", "Summer Research Intern, Department of Psychiatry", "Yale School of Medicine, New Haven, CT", []),
        ]),
        ("Exams", [("kv", [("USMLE Step 1", "Pass (2025)"), ("Step 2 CK", "—")])]),
        ("Visa", [("p", "B1/B2")]),
        ("Interest", [("p", "Psychiatry")]),
        ("Publications", [("pubs", L(P("article", 3, "Lima ABC", "psych", 21, (2023, 2025)), "num")),
                          ("pubs", ["Lima ABC, Moreno R. Burnout among Brazilian interns. Poster, Congresso Brasileiro de Psiquiatria, 2024."])]),
        ("Languages", [("p", "Portuguese (native), English (fluent), Spanish (intermediate)")]),
    ],
    truth=dict(full_name="Ana Beatriz Carvalho Lima", email="anabeatriz.clima@gmail.com", phone_e164="+5531955552267",
               medical_school="Universidade Federal de Minas Gerais", medical_school_country="BR", graduation_year=2026,
               is_student=True, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status="b1b2",
               specialties=["Psychiatry"], languages=["Portuguese", "English", "Spanish"], publications=3,
               usce_entries=[U("hands_on", "Psychiatry", "FL", "2025-09", "2025-10"),
                             U("telehealth", "Psychiatry", "NY", "2025-03", "2025-03"),
                             U("research", "Psychiatry", "CT", "2024-06", "2024-08")],
               usce_months=6, usce_months_clinical=2)))

DAMAGED = [("022", "damaged_truncated_pdf", "pdf"), ("023", "damaged_encrypted_pdf", "pdf"), ("024", "damaged_random_bytes_docx", "docx")]
