# -*- coding: utf-8 -*-
"""The invented applicants. Truth is written by hand next to each person's content."""

def E(title, org, place, dates, *bullets):
    return {"title": title, "org": org, "place": place, "dates": dates, "bullets": list(bullets)}

def U(t, spec, st, a, b):
    return {"type": t, "specialty": spec, "state": st, "start": a, "end": b}

P = []

# ---------------------------------------------------------------- 001 Philippines, LibreOffice DOCX->PDF, running header/footer
P.append(dict(
 id=1, layout="lo_docx_header", ext="pdf", kind="readable",
 name="Maria Angelica Dela Cruz Villanueva", display="MARIA ANGELICA DELA CRUZ VILLANUEVA, MD",
 email="mavillanueva.md@gmail.com", phone="+63 917 482 3915", address="1208 Vine Street Apt 4B, Birmingham, AL 35205, USA",
 cite="Villanueva MA", pubkey="neph", pubn=(14, 6, 1, 2), years=(2015, 2026), seed=101,
 summary="Filipino internist with seven years of nephrology research in the United States (UAB). Applying for categorical "
         "Internal Medicine residency positions; long-term goal: fellowship in Nephrology.",
 education=[("2007 – 2011", "Doctor of Medicine (MD)", "University of Santo Tomas Faculty of Medicine and Surgery", "Manila, Philippines", "Cum laude"),
            ("2003 – 2007", "BS Biology (pre-medicine)", "University of the Philippines Los Baños", "Laguna, Philippines", ""),
            ("2011 – 2012", "Post-graduate internship", "Philippine General Hospital", "Manila, Philippines", "")],
 exams=["USMLE Step 1: 231 (first attempt, 2018)", "USMLE Step 2 CK: 244 (first attempt, 2019)",
        "ECFMG Certified — certificate #0-912-447-3 (2019)", "Philippine Physician Licensure Examination: passed, 2012 (PRC License No. 0129384)"],
 visa="Current visa: J-1 (Research Scholar; DS-2019 valid through 06/2027).",
 languages="English (fluent), Filipino (native), Cebuano (conversational)",
 sections=[
  ("Research Experience — United States", [
    E("Postdoctoral Research Fellow", "Division of Nephrology, Department of Medicine, University of Alabama at Birmingham", "Birmingham, AL", "08/2019 – 07/2022",
      "Conducted patient-oriented research on APOL1 genotypes and CKD progression (PI: Dr. Hansen).", "Screened and consented 300+ participants in the nephrology clinic; performed chart abstraction for REDCap databases.",
      "First-authored 5 manuscripts; presented at ASN Kidney Week 2020 and 2021."),
    E("Clinical Research Coordinator II (staff position)", "UAB Kidney Clinical Research Unit", "Birmingham, AL", "08/2022 – present",
      "Non-physician staff role: regulatory binders, IRB submissions, sample shipping, sponsor monitoring visits.", "Coordinates four industry-sponsored trials in diabetic kidney disease."),
  ]),
  ("U.S. Clinical Experience", [
    E("Clinical Observer, Internal Medicine", "Brookwood Baptist Medical Center", "Birmingham, AL", "03/2023 – 04/2023",
      "Observed inpatient general medicine team rounds, morning reports and noon conferences.", "Attending: Dr. Paul Whitaker."),
  ]),
  ("Clinical Experience — Philippines", [
    E("Resident Physician, Internal Medicine", "Philippine General Hospital", "Manila, Philippines", "01/2013 – 12/2015",
      "Completed three-year residency; Chief Resident (2015).", "Managed 20–30 ward patients daily; renal and ICU rotations."),
    E("Clinical Research Assistant", "Section of Nephrology, PGH", "Manila, Philippines", "01/2016 – 06/2019",
      "Assisted the hemodialysis outcomes registry; trained nurses on data collection."),
  ]),
 ],
 memberships=["American Society of Nephrology (2019–present)", "Philippine College of Physicians (Diplomate, 2016)", "American College of Physicians (International Medical Graduate member)"],
 skills=["REDCap, SAS, Stata, R (survival analysis)", "Good Clinical Practice (CITI) certified", "BLS/ACLS (AHA) current"],
 refinst=[("University of Alabama at Birmingham", "uabmed.edu", "Birmingham, AL", "205"), ("Brookwood Baptist Medical Center", "bbmc-health.org", "Birmingham, AL", "205"),
          ("Philippine General Hospital", "pgh.gov.ph", "Manila", "205")],
 truth=dict(full_name="Maria Angelica Dela Cruz Villanueva", email="mavillanueva.md@gmail.com", phone_e164="+639174823915",
   medical_school="University of Santo Tomas Faculty of Medicine and Surgery", medical_school_country="PH", graduation_year=2011, is_student=False,
   usmle_step1=231, usmle_step2ck=244, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
   specialties=["Internal Medicine", "Nephrology"], languages=["English", "Filipino", "Cebuano"], publications=14,
   usce_entries=[U("research", "Nephrology", "AL", "2019-08", "2022-07"), U("observership", "Internal Medicine", "AL", "2023-03", "2023-04")],
   usce_months=38, usce_months_clinical=2),
))

# ---------------------------------------------------------------- 002 Spain, python-docx DOCX, contacts only in header
P.append(dict(
 id=2, layout="docx_header_contacts", ext="docx", kind="readable",
 name="Álvaro Martínez Ibáñez", display="Álvaro Martínez Ibáñez, MD, PhD",
 email="alvaro.mtz.ibanez@outlook.es", phone="+1 (305) 448-2719", address="Coral Gables, FL 33134",
 cite="Martínez-Ibáñez Á", pubkey="cardio", pubn=(18, 8, 2, 1), years=(2012, 2026), seed=202,
 summary="Spanish cardiologist (MIR, Hospital Universitario 12 de Octubre) and cardiac imaging researcher. Seeking residency in Internal Medicine "
         "as a pathway to a Cardiology fellowship in the United States.",
 education=[("Sep 2003 – Jun 2009", "Licenciado en Medicina y Cirugía (MD equivalent)", "Universidad Complutense de Madrid", "Madrid, Spain", "Premio Extraordinario de Licenciatura"),
            ("2010 – 2015", "Specialist in Cardiology (MIR residency)", "Hospital Universitario 12 de Octubre", "Madrid, Spain", "MIR exam rank 412 / 12,000"),
            ("2012 – 2016", "PhD (Doctorado en Medicina), cum laude", "Universidad Complutense de Madrid", "Madrid, Spain", "Thesis: Myocardial fibrosis in hypertrophic cardiomyopathy")],
 exams=["USMLE Step 1 — Pass (2023)", "USMLE Step 2 CK — 238 (2024)", "ECFMG certification: Certified (September 2024)",
        "European Exam in Core Cardiology (EECC): passed 2015", "Licensed physician, Ilustre Colegio Oficial de Médicos de Madrid (colegiado 28/4471902)"],
 visa="Immigration status: H-1B (employer-sponsored, valid until 2027).",
 languages="Spanish (native), English (C2, full professional), Italian (B2)",
 sections=[
  ("Research appointments in the U.S.", [
    E("Postdoctoral Research Fellow in Cardiovascular Imaging", "Cardiovascular Division, University of Miami Miller School of Medicine", "Miami, FL", "September 2016 – August 2019",
      "Cardiac MRI research on myocardial tissue characterization (T1 mapping, ECV) in cardiomyopathies.", "Designed the imaging protocol of a 400-patient registry; trained 6 junior fellows in CMR post-processing.",
      "Grant writing for the AHA Career Development Award (funded, see below)."),
    E("Imaging Core Laboratory Analyst (staff position)", "CMR Core Laboratory, Miami Clinical Imaging Research Group", "Miami, FL", "September 2019 – present",
      "Salaried analyst: quantitative analysis of CMR studies for multicenter sponsor trials; quality-control reports; no patient contact."),
  ]),
  ("U.S. clinical observership", [
    E("Observer, Cardiology (Heart Failure and Cardiac Imaging)", "Cleveland Clinic Florida", "Weston, FL", "3–28 June 2024 (4 weeks)",
      "Attended heart failure clinic, echo and CMR reading sessions and cardiology grand rounds."),
  ]),
  ("Clinical experience (Spain & Europe)", [
    E("Attending Cardiologist (Facultativo Especialista de Área)", "Hospital Universitario de Getafe", "Getafe, Madrid, Spain", "June 2015 – August 2016",
      "Inpatient cardiology ward and outpatient clinic; on-call coronary care unit."),
    E("Visiting Research Fellow (3-month stay)", "Royal Brompton Hospital, CMR Unit", "London, United Kingdom", "January 2015 – March 2015",
      "Research stay funded by the Spanish Society of Cardiology."),
    E("Resident in Cardiology (MIR)", "Hospital Universitario 12 de Octubre", "Madrid, Spain", "May 2010 – May 2015",
      "Five-year cardiology residency including 18 months of internal medicine and 6 months of CCU."),
  ]),
 ],
 memberships=["Sociedad Española de Cardiología (SEC)", "Society for Cardiovascular Magnetic Resonance (SCMR)", "American College of Cardiology — FIT member"],
 skills=["CMR post-processing: cvi42, Segment, Medis", "Statistics: R, SPSS", "Level 3 CMR accreditation (EACVI, 2018)"],
 refinst=[("University of Miami Miller School of Medicine", "med.miami-univ.edu", "Miami, FL", "305"), ("Cleveland Clinic Florida", "ccf-weston.org", "Weston, FL", "954"),
          ("Hospital Universitario 12 de Octubre", "salud-madrid.es", "Madrid, Spain", "305")],
 truth=dict(full_name="Álvaro Martínez Ibáñez", email="alvaro.mtz.ibanez@outlook.es", phone_e164="+13054482719",
   medical_school="Universidad Complutense de Madrid", medical_school_country="ES", graduation_year=2009, is_student=False,
   usmle_step1="pass", usmle_step2ck=238, usmle_step3=None, ecfmg_status="certified", visa_status="h1b",
   specialties=["Internal Medicine", "Cardiology"], languages=["Spanish", "English", "Italian"], publications=18,
   usce_entries=[U("research", "Cardiology", "FL", "2016-09", "2019-08"), U("observership", "Cardiology", "FL", "2024-06", "2024-06")],
   usce_months=37, usce_months_clinical=1),
))

# ---------------------------------------------------------------- 003 Mexico, Chromium @page running header
P.append(dict(
 id=3, layout="chromium_running_header", ext="pdf", kind="readable",
 name="Luis Fernando Cárdenas Villalobos", display="Luis Fernando Cárdenas Villalobos, M.D.",
 email="lf.cardenas.v@gmail.com", phone="+52 55 3874 2190", address="Houston, TX 77030 · Ciudad de México",
 cite="Cárdenas-Villalobos LF", pubkey="gi", pubn=(22, 7, 1, 2), years=(2016, 2026), seed=303,
 summary="Mexican internist and gastroenterology researcher (Mayo Clinic, Baylor). Pursuing Internal Medicine residency followed by Gastroenterology fellowship.",
 education=[("Aug 2007 – Jul 2013", "Médico Cirujano (MD)", "Facultad de Medicina, Universidad Nacional Autónoma de México (UNAM)", "Mexico City, Mexico", "GPA 9.4/10"),
            ("Aug 2013 – Jul 2014", "Servicio Social (mandatory social service year)", "Centro de Salud Rural, Oaxaca", "Oaxaca, Mexico", ""),
            ("Mar 2015 – Feb 2019", "Especialidad en Medicina Interna", "Instituto Nacional de Ciencias Médicas y Nutrición Salvador Zubirán", "Mexico City, Mexico", "")],
 exams=["USMLE Step 1: 228", "USMLE Step 2 CK: 241", "ECFMG: certified (2020)", "ENARM (Mexican national residency exam): 2014, percentile 96",
        "Consejo Mexicano de Medicina Interna: board certified 2019"],
 visa="Visa: J-1 Research Scholar (current).",
 languages="Spanish — native; English — fluent; French — basic",
 sections=[
  ("Research Experience", [
    E("Research Fellow", "Division of Gastroenterology and Hepatology, Mayo Clinic", "Rochester, MN", "Jan 2020 – Dec 2021",
      "Epidemiology of young-onset colorectal cancer; built Rochester Epidemiology Project cohorts.", "Weekly GI clinical research conference; mentored two medical students."),
    E("Postdoctoral Research Fellow", "Section of Gastroenterology & Hepatology, Baylor College of Medicine", "Houston, TX", "Jan 2022 – Jun 2024",
      "MASLD and Hispanic health disparities (VA and Harris Health cohorts).", "Led secondary analyses; co-wrote NIH R01 resubmission."),
    E("Research Laboratory Technician (hourly lab job)", "Texas Medical Center Digestive Diseases Center — Cellular & Molecular Morphology Core", "Houston, TX", "Jul 2024 – Present",
      "Tissue processing, sectioning and stain preparation for core users. Not a clinical or physician-training role."),
  ]),
  ("U.S. Clinical Experience", [
    E("Observership — Internal Medicine", "Houston Methodist Hospital", "Houston, TX", "Oct 2024 – Nov 2024",
      "Observed general medicine teaching service; attended morning report and M&M conferences."),
  ]),
  ("Clinical Experience in Mexico", [
    E("Attending physician, Internal Medicine", "Hospital Ángeles Pedregal", "Mexico City, Mexico", "Mar 2019 – Dec 2019", "Inpatient medicine and consult service."),
    E("Resident, Internal Medicine", "INCMNSZ", "Mexico City, Mexico", "Mar 2015 – Feb 2019", "Four-year residency; GI and hepatology rotations 6 months."),
  ]),
 ],
 memberships=["American Gastroenterological Association (trainee member)", "Asociación Mexicana de Gastroenterología", "American College of Physicians"],
 skills=["SAS, R, Python (pandas)", "Epic and Cerner (research access)", "CITI human subjects research certification"],
 refinst=[("Mayo Clinic", "mayoclinic-mail.org", "Rochester, MN", "507"), ("Baylor College of Medicine", "bcm-gi.edu", "Houston, TX", "713"),
          ("Houston Methodist Hospital", "houstonmethodist-med.org", "Houston, TX", "713")],
 truth=dict(full_name="Luis Fernando Cárdenas Villalobos", email="lf.cardenas.v@gmail.com", phone_e164="+525538742190",
   medical_school="Universidad Nacional Autónoma de México (UNAM)", medical_school_country="MX", graduation_year=2013, is_student=False,
   usmle_step1=228, usmle_step2ck=241, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
   specialties=["Internal Medicine", "Gastroenterology"], languages=["Spanish", "English", "French"], publications=22,
   usce_entries=[U("research", "Gastroenterology", "MN", "2020-01", "2021-12"), U("research", "Gastroenterology", "TX", "2022-01", "2024-06"),
                 U("observership", "Internal Medicine", "TX", "2024-10", "2024-11")],
   usce_months=56, usce_months_clinical=2),
))

# ---------------------------------------------------------------- 004 Egypt, reportlab page templates
P.append(dict(
 id=4, layout="reportlab_page_template", ext="pdf", kind="readable",
 name="Ahmed Mostafa El-Sherbiny", display="Ahmed Mostafa El-Sherbiny, MBBCh, MSc",
 email="a.elsherbiny.md@yahoo.com", phone="+20 100 672 4183", address="Brookline, MA 02446, USA",
 cite="El-Sherbiny AM", pubkey="neph", pubn=(12, 9, 2, 1), years=(2012, 2025), seed=404,
 summary="Egyptian nephrologist (MSc Internal Medicine) with eight years of research in the Renal Division at Brigham and Women's Hospital. "
         "Applying to Internal Medicine residency; career goal: academic Nephrology.",
 education=[("2002 – 2008", "Bachelor of Medicine and Bachelor of Surgery (MBBCh), Very Good with Honors", "Faculty of Medicine, Ain Shams University", "Cairo, Egypt", ""),
            ("2009 – 2010", "Rotating internship (house officer year)", "Ain Shams University Hospitals", "Cairo, Egypt", ""),
            ("2011 – 2014", "Master of Science (MSc) in Internal Medicine", "Ain Shams University", "Cairo, Egypt", "Thesis on contrast-induced nephropathy")],
 exams=["USMLE Step 1: 219", "USMLE Step 2 CK: 226", "USMLE Step 3: 211 (2022)", "ECFMG Certified (2021)",
        "Egyptian Medical Syndicate license No. 187342", "MRCP (UK) Part 1: passed 2013"],
 visa="U.S. Permanent Resident (Green Card holder since 2020) — no visa sponsorship required.",
 languages="Arabic (native); English (fluent); German (basic, A2)",
 sections=[
  ("Research Positions", [
    E("Research Fellow", "Renal Division, Brigham and Women's Hospital / Harvard Medical School", "Boston, MA", "10/2015 – 09/2018",
      "Translational studies of urinary biomarkers of tubular injury (KIM-1, NGAL).", "Clinical sample collection from inpatients with AKI; weekly renal grand rounds."),
    E("Laboratory Manager (staff)", "Renal Division Biomarker Laboratory, Brigham and Women's Hospital", "Boston, MA", "10/2018 – 06/2021",
      "Managed ELISA/Luminex platform, ordering, biosafety compliance and technician schedules (non-clinical staff position)."),
  ]),
  ("Clinical Experience — United States", [
    E("Hands-on Clinical Externship, Internal Medicine", "Saint Anthony Hospital", "Chicago, IL", "01/2022 – 02/2022",
      "Took histories, performed examinations and presented patients on the inpatient teaching service under attending supervision; wrote progress notes co-signed by residents."),
    E("Observership, Nephrology", "University of Pittsburgh Medical Center (UPMC) Presbyterian", "Pittsburgh, PA", "03/2022",
      "Dialysis unit, transplant nephrology clinic and renal consult rounds."),
  ]),
  ("Clinical Experience — Egypt", [
    E("Assistant Lecturer of Internal Medicine & Nephrology", "Ain Shams University Hospitals", "Cairo, Egypt", "2011 – 2015",
      "Nephrology unit specialist; hemodialysis and renal biopsy service; taught 5th-year medical students."),
    E("Resident, Internal Medicine", "Ain Shams University Hospitals", "Cairo, Egypt", "2010 – 2011", ""),
  ]),
 ],
 memberships=["American Society of Nephrology", "Egyptian Society of Nephrology and Transplantation", "International Society of Nephrology"],
 skills=["ELISA, Luminex, qPCR", "GraphPad Prism, SPSS, R", "Ultrasound-guided renal biopsy (performed 60+ in Egypt)"],
 refinst=[("Brigham and Women's Hospital", "bwh-renal.org", "Boston, MA", "617"), ("UPMC Presbyterian", "upmc-neph.edu", "Pittsburgh, PA", "412"),
          ("Saint Anthony Hospital", "sahchicago-med.org", "Chicago, IL", "773")],
 truth=dict(full_name="Ahmed Mostafa El-Sherbiny", email="a.elsherbiny.md@yahoo.com", phone_e164="+201006724183",
   medical_school="Faculty of Medicine, Ain Shams University", medical_school_country="EG", graduation_year=2008, is_student=False,
   usmle_step1=219, usmle_step2ck=226, usmle_step3=211, ecfmg_status="certified", visa_status="green_card",
   specialties=["Internal Medicine", "Nephrology"], languages=["Arabic", "English", "German"], publications=12,
   usce_entries=[U("research", "Nephrology", "MA", "2015-10", "2018-09"), U("hands_on", "Internal Medicine", "IL", "2022-01", "2022-02"),
                 U("observership", "Nephrology", "PA", "2022-03", "2022-03")],
   usce_months=39, usce_months_clinical=3),
))

# ---------------------------------------------------------------- 005 India, LaTeX-like HTML (Chromium), 5 pages
P.append(dict(
 id=5, layout="chromium_latex_like", ext="pdf", kind="readable",
 name="Priyanka Raghunathan", display="Priyanka Raghunathan, MBBS, MD",
 email="priyanka.raghunathan.res@gmail.com", phone="+1 (713) 829-4406", address="2450 Holcombe Blvd, Houston, TX 77021",
 cite="Raghunathan P", pubkey="hemonc", pubn=(28, 10, 2, 3), years=(2013, 2026), seed=505,
 summary="Physician-scientist trained in pathology in India with eleven years of leukemia and myeloma research at MD Anderson. "
         "Seeking Internal Medicine residency with the aim of Hematology/Oncology fellowship.",
 education=[("2004 – 2010", "MBBS", "Madras Medical College (The Tamil Nadu Dr. M.G.R. Medical University)", "Chennai, India", "Including 1-year compulsory rotating internship (2009–10)"),
            ("2011 – 2014", "MD (Pathology)", "Jawaharlal Institute of Postgraduate Medical Education and Research (JIPMER)", "Puducherry, India", "")],
 exams=["USMLE Step 1: 247", "USMLE Step 2 CK: 255", "ECFMG certified (2016)", "NBME self-assessment (CCSSA) 262 — practice only",
        "Medical Council of India registration: TNMC 98123"],
 visa="Status: H-1B (cap-exempt, MD Anderson).",
 languages="English, Tamil (native), Hindi, Telugu",
 sections=[
  ("Research Experience", [
    E("Postdoctoral Fellow", "Department of Leukemia, The University of Texas MD Anderson Cancer Center", "Houston, TX", "July 2014 – June 2018",
      "Studied BCL-2 dependence and venetoclax resistance in AML; patient sample biobanking from leukemia clinic.", "Presented at ASH 2016–2018."),
    E("Research Fellow (Translational)", "Department of Lymphoma/Myeloma, MD Anderson Cancer Center", "Houston, TX", "July 2018 – August 2021",
      "Clinical-translational correlative studies of CAR T-cell therapy; attended multidisciplinary tumor boards weekly."),
    E("Clinical Research Coordinator — Multiple Myeloma Program", "Dan L Duncan Comprehensive Cancer Center, Baylor College of Medicine", "Houston, TX", "September 2021 – present",
      "Employed coordinator (non-physician role): eligibility checklists, source documentation, sponsor queries."),
  ]),
  ("US Clinical Exposure", [
    E("Observer — Hematology/Oncology", "Baylor St. Luke's Medical Center", "Houston, TX", "March–May 2025",
      "Outpatient hematology and inpatient leukemia service; observed bone marrow biopsies."),
  ]),
  ("Clinical Experience — India", [
    E("Senior Resident, Pathology (Hematopathology)", "JIPMER", "Puducherry, India", "2011 – 2014", "Bone marrow reporting, flow cytometry, blood bank duties."),
    E("Junior Medical Officer", "Government General Hospital", "Chennai, India", "2010 – 2011", "Emergency and general medicine wards."),
  ]),
 ],
 memberships=["American Society of Hematology (ASH)", "American Association for Cancer Research (AACR)", "Indian Association of Pathologists and Microbiologists"],
 skills=["Flow cytometry (FACSDiva, FlowJo)", "Single-cell RNA-seq analysis (Seurat)", "R, Python, GraphPad"],
 refinst=[("MD Anderson Cancer Center", "mdanderson-leuk.org", "Houston, TX", "713"), ("Baylor College of Medicine", "bcm-onc.edu", "Houston, TX", "713"),
          ("Baylor St. Luke's Medical Center", "bslmc-med.org", "Houston, TX", "832"), ("JIPMER", "jipmer-path.in", "Puducherry, India", "713")],
 truth=dict(full_name="Priyanka Raghunathan", email="priyanka.raghunathan.res@gmail.com", phone_e164="+17138294406",
   medical_school="Madras Medical College", medical_school_country="IN", graduation_year=2010, is_student=False,
   usmle_step1=247, usmle_step2ck=255, usmle_step3=None, ecfmg_status="certified", visa_status="h1b",
   specialties=["Internal Medicine", "Hematology/Oncology"], languages=["English", "Tamil", "Hindi", "Telugu"], publications=28,
   usce_entries=[U("research", "Hematology/Oncology", "TX", "2014-07", "2018-06"), U("research", "Hematology/Oncology", "TX", "2018-07", "2021-08"),
                 U("observership", "Hematology/Oncology", "TX", "2025-03", "2025-05")],
   usce_months=89, usce_months_clinical=3),
))

# ---------------------------------------------------------------- 006 Colombia, ODT via odfpy
P.append(dict(
 id=6, layout="odt_odfpy", ext="odt", kind="readable",
 name="Catalina Restrepo Gómez", display="Dra. Catalina Restrepo Gómez",
 email="catalina.restrepo.g@hotmail.com", phone="+57 310 482 7716", address="Durham, NC 27705 (USA) · Medellín, Colombia",
 cite="Restrepo-Gómez C", pubkey="pulm", pubn=(16, 5, 1, 2), years=(2016, 2026), seed=606,
 summary="Colombian internist and critical care researcher. Interested in Internal Medicine residency and subsequent Pulmonary and Critical Care Medicine fellowship.",
 education=[("02/2006 – 12/2012", "Médica y Cirujana (MD)", "Facultad de Medicina, Universidad de Antioquia", "Medellín, Colombia", ""),
            ("01/2013 – 12/2013", "Servicio Social Obligatorio (rural year)", "Hospital San Juan de Dios, Rionegro", "Antioquia, Colombia", ""),
            ("02/2014 – 01/2017", "Especialización en Medicina Interna", "Universidad de Antioquia – Hospital San Vicente Fundación", "Medellín, Colombia", "")],
 exams=["USMLE Step 1: PASS (2023)", "USMLE Step 2 CK: scheduled February 2027", "ECFMG certification: pending (awaiting Step 2 CK)",
        "OET Medicine: Grade B in all sub-tests (2023)", "Colombian medical registration (RETHUS) 1.036.882.417"],
 visa="Visa: J-1 (Research Scholar, Duke University).",
 languages="Spanish (native), English (fluent), Portuguese (intermediate)",
 sections=[
  ("Research experience in the United States", [
    E("Research Fellow, Pulmonary, Allergy and Critical Care Medicine", "University of Pittsburgh — Department of Medicine", "Pittsburgh, PA", "02/2018 – 01/2021",
      "ARDS biomarker cohort; daily enrollment of mechanically ventilated ICU patients.", "Co-investigator in a COVID-19 ARDS observational study (2020)."),
    E("Postdoctoral Associate", "Division of Pulmonary, Allergy, and Critical Care Medicine, Duke University", "Durham, NC", "03/2021 – present",
      "Diaphragm ultrasound and ventilator-induced diaphragm dysfunction; runs the ICU ultrasound research protocol.", "Supervises two research assistants."),
  ]),
  ("U.S. clinical experience", [
    E("Observership, Medical Intensive Care Unit (Pulmonary & Critical Care)", "Duke University Hospital", "Durham, NC", "15/01/2025 – 28/02/2025",
      "Observed MICU rounds, family meetings and bronchoscopies."),
  ]),
  ("Other international experience", [
    E("Visiting Research Trainee", "Interdepartmental Division of Critical Care, Toronto General Hospital", "Toronto, Canada", "06/2017 – 11/2017",
      "Research stay on mechanical ventilation (not U.S.)."),
    E("Internist, Intensive Care Unit", "Clínica Las Américas", "Medellín, Colombia", "02/2017 – 01/2018", "Full-time ICU attending duties."),
  ]),
 ],
 memberships=["American Thoracic Society", "Asociación Colombiana de Medicina Interna (ACMI)", "Society of Critical Care Medicine"],
 skills=["Point-of-care ultrasound (lung, diaphragm)", "Stata, R", "Spanish–English medical translation"],
 refinst=[("Duke University", "duke-pccm.edu", "Durham, NC", "919"), ("University of Pittsburgh", "pitt-pccm.edu", "Pittsburgh, PA", "412"),
          ("Duke University Hospital", "dukehealth-micu.org", "Durham, NC", "919")],
 truth=dict(full_name="Catalina Restrepo Gómez", email="catalina.restrepo.g@hotmail.com", phone_e164="+573104827716",
   medical_school="Universidad de Antioquia", medical_school_country="CO", graduation_year=2012, is_student=False,
   usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending", visa_status="j1",
   specialties=["Internal Medicine", "Pulmonology/Critical Care"], languages=["Spanish", "English", "Portuguese"], publications=16,
   usce_entries=[U("research", "Pulmonology/Critical Care", "PA", "2018-02", "2021-01"), U("research", "Pulmonology/Critical Care", "NC", "2021-03", "2026-12"),
                 U("observership", "Pulmonology/Critical Care", "NC", "2025-01", "2025-02")],
   usce_months=106, usce_months_clinical=2),
))

# ---------------------------------------------------------------- 007 Argentina, plain text with page breaks
P.append(dict(
 id=7, layout="plain_text_paged", ext="txt", kind="readable",
 name="Martín Ezequiel Sosa Iturralde", display="MARTÍN EZEQUIEL SOSA ITURRALDE, M.D.",
 email="martin.sosa.iturralde@gmail.com", phone="+54 9 11 4827-3361", address="Cambridge, MA 02139",
 cite="Sosa Iturralde M", pubkey="psych", pubn=(11, 6, 2, 1), years=(2014, 2026), seed=707,
 summary="Argentine psychiatrist with eight years of clinical research in mood disorders in New York and Boston. Applying for Psychiatry residency.",
 education=[("2004-2010", "Médico (MD)", "Facultad de Medicina, Universidad de Buenos Aires (UBA)", "Buenos Aires, Argentina", "Diploma de Honor"),
            ("2011-2015", "Residencia en Psiquiatría (4 years)", "Hospital de Emergencias Psiquiátricas Torcuato de Alvear", "Buenos Aires, Argentina", ""),
            ("2013-2015", "Master in Clinical Psychopharmacology", "Universidad Favaloro", "Buenos Aires, Argentina", "")],
 exams=["USMLE Step 1 ........ 222", "USMLE Step 2 CK ..... 239", "ECFMG ............... Certified (2017)",
        "Specialist in Psychiatry, Ministerio de Salud de la Nación (MN 138.442)"],
 visa="Immigration: U.S. Permanent Resident (since 2023).",
 languages="Spanish (native) / English (fluent) / Italian (fluent) / Portuguese (basic)",
 sections=[
  ("RESEARCH EXPERIENCE (USA)", [
    E("Research Fellow, Division of Molecular Imaging and Neuropathology", "Columbia University / New York State Psychiatric Institute", "New York, NY", "Apr 2016 - Mar 2019",
      "PET imaging studies in major depressive disorder; clinical ratings (HAM-D, MADRS, C-SSRS) with research participants.", "Trained in SCID-5 administration."),
    E("Bilingual Research Interviewer (staff)", "New York State Psychiatric Institute", "New York, NY", "Apr 2019 - Dec 2020",
      "Hourly staff position conducting structured Spanish-language research interviews; not physician training."),
    E("Postdoctoral Research Fellow, Depression Clinical and Research Program", "Massachusetts General Hospital / Harvard Medical School", "Boston, MA", "Jan 2021 - Aug 2024",
      "Ketamine and esketamine trials for treatment-resistant depression; digital phenotyping of suicidal ideation.", "Co-investigator on two industry-funded studies."),
  ]),
  ("U.S. CLINICAL EXPERIENCE", [
    E("Observership, Psychiatry (Inpatient Mood and Psychotic Disorders)", "McLean Hospital", "Belmont, MA", "Sep-Oct 2024",
      "Observed intake evaluations, ECT sessions and interdisciplinary team meetings."),
  ]),
  ("CLINICAL EXPERIENCE (ARGENTINA)", [
    E("Staff Psychiatrist", "Hospital Italiano de Buenos Aires", "Buenos Aires, Argentina", "Jun 2015 - Mar 2016", "Consultation-liaison psychiatry and outpatient clinic."),
    E("Resident in Psychiatry", "Hospital T. de Alvear", "Buenos Aires, Argentina", "Jun 2011 - May 2015", "Emergency psychiatry; Chief resident 2014-2015."),
  ]),
 ],
 memberships=["American Psychiatric Association (IMG member)", "Asociación de Psiquiatras Argentinos (APSA)", "Society of Biological Psychiatry"],
 skills=["Clinical rating scales: HAM-D, MADRS, YMRS, PANSS, C-SSRS", "R, SPSS, MATLAB", "Motivational interviewing"],
 refinst=[("Massachusetts General Hospital", "mgh-psych.org", "Boston, MA", "617"), ("Columbia University / NYSPI", "nyspi-research.org", "New York, NY", "646"),
          ("McLean Hospital", "mclean-med.org", "Belmont, MA", "617")],
 truth=dict(full_name="Martín Ezequiel Sosa Iturralde", email="martin.sosa.iturralde@gmail.com", phone_e164="+5491148273361",
   medical_school="Facultad de Medicina, Universidad de Buenos Aires (UBA)", medical_school_country="AR", graduation_year=2010, is_student=False,
   usmle_step1=222, usmle_step2ck=239, usmle_step3=None, ecfmg_status="certified", visa_status="green_card",
   specialties=["Psychiatry"], languages=["Spanish", "English", "Italian", "Portuguese"], publications=11,
   usce_entries=[U("research", "Psychiatry", "NY", "2016-04", "2019-03"), U("research", "Psychiatry", "MA", "2021-01", "2024-08"),
                 U("observership", "Psychiatry", "MA", "2024-09", "2024-10")],
   usce_months=82, usce_months_clinical=2),
))

# ---------------------------------------------------------------- 008 Brazil, odfpy ODT -> LibreOffice PDF, rotation table split
P.append(dict(
 id=8, layout="lo_odt_table_split", ext="pdf", kind="readable",
 name="João Pedro Albuquerque Nogueira", display="João Pedro Albuquerque Nogueira, MD",
 email="jp.nogueira.md@gmail.com", phone="+55 11 98734-2250", address="Baltimore, MD 21205",
 cite="Nogueira JPA", pubkey="id", pubn=(20, 8, 2, 1), years=(2012, 2026), seed=808,
 summary="Brazilian infectious diseases physician (residency at Instituto de Infectologia Emílio Ribas) with a decade of HIV and vaccine research in the US. "
         "Seeking Internal Medicine residency; long-term goal Infectious Disease fellowship.",
 education=[("03.2003 – 12.2009", "Médico (MD)", "Faculdade de Medicina da Universidade de São Paulo (FMUSP)", "São Paulo, Brazil", ""),
            ("03.2010 – 02.2013", "Residência Médica em Infectologia", "Instituto de Infectologia Emílio Ribas", "São Paulo, Brazil", ""),
            ("2015 – 2017", "MPH (part-time)", "Rollins School of Public Health, Emory University", "Atlanta, GA", "")],
 exams=["USMLE Step 1 — 226", "USMLE Step 2 CK — 233", "ECFMG certified (2018)", "CRM-SP 148.772 (Brazil)", "UWSA 2 practice test: 241 (not an official score)"],
 visa="",
 languages="Portuguese (native), English (fluent), Spanish (fluent)",
 sections=[],   # replaced by tables in the renderer
 tables=[
  ("Research positions and US clinical rotations", ["Period", "Position / Rotation", "Institution", "City, State", "Type"], [
    ["01.2014 – 12.2016", "Research Fellow, Division of Infectious Diseases", "Emory University School of Medicine", "Atlanta, GA", "Research fellowship"],
    ["01.2017 – 06.2020", "Postdoctoral Fellow, Vaccine Research Center", "National Institutes of Health (NIAID)", "Bethesda, MD", "Research fellowship"],
    ["07.2020 – 03.2024", "Research Program Manager (staff)", "Johns Hopkins HIV Clinical Trials Unit", "Baltimore, MD", "Employment — administrative"],
    ["04.2024 – 05.2024", "Observership, Infectious Diseases consult service", "The Johns Hopkins Hospital", "Baltimore, MD", "Observership"],
    ["08.2024 – 10.2024", "Clinical Externship (hands-on), Internal Medicine", "Newark Beth Israel Medical Center", "Newark, NJ", "Hands-on"],
    ["01.2025 – 02.2025", "Telehealth Rotation, Internal Medicine (virtual clinic)", "Sunshine Telemedicine Group", "Tampa, FL", "Telehealth"],
  ]),
  ("Clinical training and rotations in Brazil", ["Period", "Rotation", "Institution", "City", "Duration"], [
    ["03.2010 – 08.2010", "HIV/AIDS ward", "Instituto Emílio Ribas", "São Paulo", "6 months"],
    ["09.2010 – 12.2010", "Infectious Diseases ICU", "Instituto Emílio Ribas", "São Paulo", "4 months"],
    ["01.2011 – 06.2011", "Tropical medicine outpatient", "Instituto Emílio Ribas", "São Paulo", "6 months"],
    ["07.2011 – 12.2011", "Transplant infectious diseases", "Hospital das Clínicas FMUSP", "São Paulo", "6 months"],
    ["01.2012 – 06.2012", "Hospital infection control", "Hospital das Clínicas FMUSP", "São Paulo", "6 months"],
    ["07.2012 – 02.2013", "Infectious Diseases consults", "Instituto Emílio Ribas", "São Paulo", "8 months"],
    ["03.2013 – 12.2013", "Attending physician, HIV clinic", "SAE Campos Elíseos", "São Paulo", "10 months"],
  ]),
 ],
 memberships=["Infectious Diseases Society of America", "Sociedade Brasileira de Infectologia", "International AIDS Society"],
 skills=["Clinical trials (ICH-GCP), DAIDS regulations", "SAS, R, REDCap", "Portuguese/Spanish medical interpreting"],
 refinst=[("Johns Hopkins University", "jhu-idmed.edu", "Baltimore, MD", "410"), ("National Institutes of Health", "niaid-vrc.org", "Bethesda, MD", "301"),
          ("Emory University", "emory-id.edu", "Atlanta, GA", "404")],
 truth=dict(full_name="João Pedro Albuquerque Nogueira", email="jp.nogueira.md@gmail.com", phone_e164="+5511987342250",
   medical_school="Faculdade de Medicina da Universidade de São Paulo (FMUSP)", medical_school_country="BR", graduation_year=2009, is_student=False,
   usmle_step1=226, usmle_step2ck=233, usmle_step3=None, ecfmg_status="certified", visa_status=None,
   specialties=["Internal Medicine", "Infectious Disease"], languages=["Portuguese", "English", "Spanish"], publications=20,
   usce_entries=[U("research", "Infectious Disease", "GA", "2014-01", "2016-12"), U("research", "Infectious Disease", "MD", "2017-01", "2020-06"),
                 U("observership", "Infectious Disease", "MD", "2024-04", "2024-05"), U("hands_on", "Internal Medicine", "NJ", "2024-08", "2024-10"),
                 U("telehealth", "Internal Medicine", "FL", "2025-01", "2025-02")],
   usce_months=85, usce_months_clinical=5),
))

# ---------------------------------------------------------------- 009 India, Chromium, long table split across pages (thead repeats)
P.append(dict(
 id=9, layout="chromium_table_split", ext="pdf", kind="readable",
 name="Vikram Singh Rathore", display="Dr. Vikram Singh Rathore, MBBS, MD, DM (Cardiology)",
 email="vikram.rathore.cardio@gmail.com", phone="+91 98290 47713", address="C-42, Malviya Nagar, Jaipur 302017, Rajasthan, India",
 cite="Rathore VS", pubkey="cardio", pubn=(25, 9, 2, 2), years=(2010, 2026), seed=909,
 summary="Interventional cardiologist (DM Cardiology, India) with seven years of cardiovascular research at Cleveland Clinic and Stanford. "
         "Applying for Cardiology-track positions (Cardiovascular Disease fellowship after ACGME residency).",
 education=[("2001 – 2007", "MBBS", "Sawai Man Singh (SMS) Medical College, Rajasthan University of Health Sciences", "Jaipur, India", "Internship 2006–2007 included"),
            ("2008 – 2011", "MD (General Medicine)", "SMS Medical College", "Jaipur, India", ""),
            ("2012 – 2014", "DM (Cardiology)", "Post Graduate Institute of Medical Education and Research (PGIMER)", "Chandigarh, India", "")],
 exams=["USMLE Step 1: 214", "USMLE Step 2 CK: 229", "USMLE Step 3: 218", "ECFMG: Certified", "Step 2 CS: passed (2016, exam discontinued 2021)"],
 visa="Valid U.S. B1/B2 visitor visa (expires 2029); will require J-1 for residency.",
 languages="English, Hindi, Marwari",
 sections=[
  ("Current Position (India)", [
    E("Consultant Interventional Cardiologist", "Eternal Heart Care Centre", "Jaipur, India", "June 2022 – present", "Primary PCI program; 600+ coronary angiograms per year."),
  ]),
 ],
 tables=[
  ("Research Posts and Observerships in the United States", ["Dates", "Position", "Department / Institution", "Location", "Counts as"], [
    ["Aug 2015 – Jul 2017", "Research Fellow", "Heart, Vascular & Thoracic Institute, Cleveland Clinic", "Cleveland, OH", "Research"],
    ["Sep 2017 – Aug 2020", "Postdoctoral Research Fellow", "Division of Cardiovascular Medicine, Stanford University School of Medicine", "Stanford, CA", "Research"],
    ["Sep 2020 – Mar 2022", "Research Sonographer (echo core-lab technician, staff)", "Stanford Cardiovascular Institute Echo Core Laboratory", "Palo Alto, CA", "Employment (non-clinical)"],
    ["Apr 2022 – May 2022", "Clinical Observer, Interventional Cardiology", "Mount Sinai Hospital", "New York, NY", "Observership"],
  ]),
 ],
 memberships=["Cardiological Society of India (Life Member)", "American College of Cardiology (International Associate)", "Society for Cardiovascular Angiography & Interventions"],
 skills=["Coronary angiography & PCI (1,800+ procedures as operator in India)", "Transthoracic & transesophageal echocardiography", "R, Stata, machine learning (scikit-learn)"],
 refinst=[("Stanford University School of Medicine", "stanford-cvmed.edu", "Stanford, CA", "650"), ("Cleveland Clinic", "ccf-hvti.org", "Cleveland, OH", "216"),
          ("Mount Sinai Hospital", "mountsinai-cards.org", "New York, NY", "212"), ("PGIMER Chandigarh", "pgimer-cardio.in", "Chandigarh, India", "650")],
 truth=dict(full_name="Vikram Singh Rathore", email="vikram.rathore.cardio@gmail.com", phone_e164="+919829047713",
   medical_school="Sawai Man Singh (SMS) Medical College", medical_school_country="IN", graduation_year=2007, is_student=False,
   usmle_step1=214, usmle_step2ck=229, usmle_step3=218, ecfmg_status="certified", visa_status="b1b2",
   specialties=["Cardiology"], languages=["English", "Hindi", "Marwari"], publications=25,
   usce_entries=[U("research", "Cardiology", "OH", "2015-08", "2017-07"), U("research", "Cardiology", "CA", "2017-09", "2020-08"),
                 U("observership", "Cardiology", "NY", "2022-04", "2022-05")],
   usce_months=62, usce_months_clinical=2),
))

# ---------------------------------------------------------------- 010 Philippines, DOCX -> RTF via LibreOffice
P.append(dict(
 id=10, layout="lo_rtf", ext="rtf", kind="readable",
 name="Jose Emmanuel Bautista Reyes", display="JOSE EMMANUEL BAUTISTA REYES, MD, MPH",
 email="je.reyes.fammed@gmail.com", phone="+63 918 227 6054", address="Quezon City, Metro Manila, Philippines",
 cite="Reyes JEB", pubkey="fm", pubn=(10, 7, 1, 2), years=(2015, 2026), seed=1010,
 summary="Board-certified Filipino family physician with five years of primary-care and geriatrics research in Seattle and San Francisco. "
         "Seeking Family Medicine residency; special interest in Geriatrics.",
 education=[("June 2008 – May 2012", "Doctor of Medicine", "University of the Philippines College of Medicine", "Manila, Philippines", "Intarmed program (7-year accelerated BS–MD)"),
            ("2012 – 2013", "Post-graduate internship", "Philippine General Hospital", "Manila", ""),
            ("2016 – 2017", "Master of Public Health", "University of the Philippines Manila College of Public Health", "Manila", "")],
 exams=["USMLE Step 1: 233 | USMLE Step 2 CK: 248", "ECFMG certified — 2018", "Diplomate, Philippine Academy of Family Physicians (2018)",
        "Physician license (PRC) No. 0131577"],
 visa="Will require J-1 visa sponsorship (ECFMG) for residency.",
 languages="English, Filipino, Ilocano",
 sections=[
  ("United States Research Experience", [
    E("Research Scholar", "Department of Family Medicine, University of Washington", "Seattle, WA", "June 2018 – May 2020",
      "Hypertension control among Filipino-American patients in community clinics; qualitative interviews.", "WWAMI rural health research network."),
    E("Research Fellow, Division of Geriatrics", "University of California, San Francisco (UCSF)", "San Francisco, CA", "July 2020 – June 2023",
      "Deprescribing interventions for nursing home residents; chart review and caregiver interviews."),
    E("Medical Scribe (part-time)", "Bay Area Urgent Care Partners", "Oakland, CA", "Sept 2021 – Aug 2022",
      "Real-time documentation for emergency/urgent care physicians (paid scribe job)."),
  ]),
  ("United States Clinical Experience", [
    E("Observership, Family Medicine", "Swedish Family Medicine Residency — First Hill", "Seattle, WA", "March 2024",
      "Continuity clinic and inpatient family medicine service."),
    E("Hands-on Clinical Elective, Geriatrics", "Jewish Home & Senior Living / UCSF affiliated", "San Francisco, CA", "January 2025 – February 2025",
      "Examined patients, wrote notes and presented on rounds under attending supervision."),
  ]),
  ("Clinical Experience — Philippines", [
    E("Resident, Family and Community Medicine", "Philippine General Hospital", "Manila", "2014 – 2017", "Three-year residency; Chief Resident 2017."),
    E("Rural Health Physician (Doctors to the Barrios)", "Municipal Health Office, Pagudpud", "Ilocos Norte, Philippines", "2013 – 2014", ""),
  ]),
 ],
 memberships=["American Academy of Family Physicians (International Member)", "American Geriatrics Society", "Philippine Academy of Family Physicians"],
 skills=["Qualitative methods (NVivo, Dedoose)", "Stata, REDCap", "Community health needs assessment"],
 refinst=[("UCSF Division of Geriatrics", "ucsf-geri.edu", "San Francisco, CA", "415"), ("University of Washington", "uw-fammed.edu", "Seattle, WA", "206"),
          ("Swedish Medical Center", "swedish-fm.org", "Seattle, WA", "206")],
 truth=dict(full_name="Jose Emmanuel Bautista Reyes", email="je.reyes.fammed@gmail.com", phone_e164="+639182276054",
   medical_school="University of the Philippines College of Medicine", medical_school_country="PH", graduation_year=2012, is_student=False,
   usmle_step1=233, usmle_step2ck=248, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
   specialties=["Family Medicine", "Geriatrics"], languages=["English", "Filipino", "Ilocano"], publications=10,
   usce_entries=[U("research", "Family Medicine", "WA", "2018-06", "2020-05"), U("research", "Geriatrics", "CA", "2020-07", "2023-06"),
                 U("observership", "Family Medicine", "WA", "2024-03", "2024-03"), U("hands_on", "Geriatrics", "CA", "2025-01", "2025-02")],
   usce_months=63, usce_months_clinical=3),
))

# ---------------------------------------------------------------- 011 Egypt, fpdf2 with header()/footer()
P.append(dict(
 id=11, layout="fpdf2_header_footer", ext="pdf", kind="readable",
 name="Omar Khaled Fathy Abdelaziz", display="Omar Khaled Fathy Abdelaziz, MBBCh, MSc (Surgery)",
 email="omar.abdelaziz.surg@gmail.com", phone="+20 122 584 9037", address="Ann Arbor, MI 48104 / Giza, Egypt",
 cite="Abdelaziz OKF", pubkey="surg", pubn=(19, 6, 1, 3), years=(2014, 2026), seed=1111,
 summary="Egyptian general surgeon (MSc Surgery, Cairo University) with over five years of surgical outcomes research at Johns Hopkins and Michigan. "
         "Applying for General Surgery residency (categorical).",
 education=[("2004 - 2010", "MBBCh (Bachelor of Medicine & Surgery), Excellent with Honors", "Kasr Al-Ainy Faculty of Medicine, Cairo University", "Cairo, Egypt", "Ranked 14th of 1,400"),
            ("2011 - 2012", "House officer (internship year)", "Kasr Al-Ainy Hospitals", "Cairo, Egypt", ""),
            ("2012 - 2016", "MSc in General Surgery", "Cairo University", "Cairo, Egypt", "")],
 exams=["USMLE Step 1 - 240", "USMLE Step 2 CK - 251", "ECFMG: certified 2017", "MRCS (England) Part A - passed 2015 (not a US exam)"],
 visa="Visa status: J-1 research scholar.",
 languages="Arabic (native), English (fluent), French (intermediate)",
 sections=[
  ("Research Experience in the USA", [
    E("Research Fellow, Department of Surgery", "Johns Hopkins University School of Medicine", "Baltimore, MD", "09/2017 - 08/2019",
      "Surgical outcomes using NSQIP and NIS databases; frailty in emergency general surgery.", "Attended surgical M&M and grand rounds weekly."),
    E("Postdoctoral Research Fellow, Center for Healthcare Outcomes & Policy", "University of Michigan, Department of Surgery", "Ann Arbor, MI", "09/2019 - 12/2022",
      "Michigan Surgical Quality Collaborative analyses; textbook outcome after pancreatectomy."),
    E("Laboratory Technician II", "Department of Surgery Research Laboratory, University of Michigan", "Ann Arbor, MI", "01/2023 - 08/2023",
      "Animal colony maintenance and tissue processing (lab staff job, non-clinical)."),
  ]),
  ("US Clinical Experience", [
    E("Observership - General Surgery", "Henry Ford Hospital", "Detroit, MI", "09/2023 - 11/2023",
      "Observed in operating rooms (colorectal, hepatobiliary), surgical ICU rounds and trauma activations."),
  ]),
  ("Clinical Experience in Egypt", [
    E("Resident / Assistant Lecturer, General Surgery", "Kasr Al-Ainy Hospitals", "Cairo, Egypt", "03/2012 - 08/2017",
      "Five-year surgical training: 350+ operations as primary surgeon (hernia, cholecystectomy, appendectomy, trauma laparotomy)."),
  ]),
 ],
 memberships=["American College of Surgeons (International Associate)", "Egyptian Society of Surgeons", "Association for Academic Surgery"],
 skills=["NSQIP, NIS, SEER databases", "Stata, R, SQL", "Laparoscopic skills: FLS certified (2019)"],
 refinst=[("University of Michigan", "umich-surg.edu", "Ann Arbor, MI", "734"), ("Johns Hopkins University", "jhmi-surg.edu", "Baltimore, MD", "410"),
          ("Henry Ford Hospital", "hfhs-surg.org", "Detroit, MI", "313")],
 truth=dict(full_name="Omar Khaled Fathy Abdelaziz", email="omar.abdelaziz.surg@gmail.com", phone_e164="+201225849037",
   medical_school="Kasr Al-Ainy Faculty of Medicine, Cairo University", medical_school_country="EG", graduation_year=2010, is_student=False,
   usmle_step1=240, usmle_step2ck=251, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
   specialties=["General Surgery"], languages=["Arabic", "English", "French"], publications=19,
   usce_entries=[U("research", "General Surgery", "MD", "2017-09", "2019-08"), U("research", "General Surgery", "MI", "2019-09", "2022-12"),
                 U("observership", "General Surgery", "MI", "2023-09", "2023-11")],
   usce_months=67, usce_months_clinical=3),
))

# ---------------------------------------------------------------- 012 Spain, DOCX (contact table in first-page header) -> PDF
P.append(dict(
 id=12, layout="lo_docx_firstpage_table", ext="pdf", kind="readable",
 name="Lucía Fernández-Bermejo Castro", display="Lucía Fernández-Bermejo Castro, MD, PhD",
 email="lucia.fbermejo@gmail.com", phone="+34 622 917 348", address="New Haven, CT 06511",
 cite="Fernández-Bermejo L", pubkey="neuro", pubn=(24, 8, 2, 2), years=(2013, 2026), seed=1212,
 summary="Spanish neurologist (MIR, Hospital Universitario Virgen del Rocío) and stroke researcher at MGH and Yale. Applying to Neurology residency programs.",
 education=[("2005 – 2011", "Licenciatura en Medicina", "Facultad de Medicina, Universidad de Sevilla", "Seville, Spain", ""),
            ("2012 – 2016", "MIR Neurology residency", "Hospital Universitario Virgen del Rocío", "Seville, Spain", ""),
            ("2014 – 2018", "PhD in Neuroscience (international mention)", "Universidad de Sevilla", "Seville, Spain", "")],
 exams=["USMLE Step 1: Pass", "USMLE Step 2 CK: 242", "ECFMG: certified (2022)", "Spanish Board of Neurology (Título de Especialista), 2016"],
 visa="Currently on a J-1 visa (Yale University).",
 languages="Spanish (native), English (fluent), French (B2)",
 sections=[
  ("Research Experience", [
    E("Research Fellow, J. Philip Kistler Stroke Research Center", "Department of Neurology, Massachusetts General Hospital", "Boston, MA", "2017-01 – 2019-06",
      "Neuroimaging of small vessel disease; MRI lesion segmentation in acute stroke cohorts."),
    E("Postdoctoral Fellow, Department of Neurology", "Yale School of Medicine", "New Haven, CT", "2019-07 – 2023-06",
      "Intracerebral hemorrhage outcomes; blood biomarkers of hemorrhagic transformation.", "Daily stroke alert research enrollment in the ED."),
    E("Clinical Research Coordinator", "Yale Stroke Center", "New Haven, CT", "2023-07 – present",
      "Staff coordinator role managing trial enrollment logistics (not a training position)."),
  ]),
  ("US Clinical Experience", [
    E("Observership, Neurology (vascular neurology and neurology wards)", "Yale New Haven Hospital", "New Haven, CT", "2023-09 – 2023-10",
      "Observed stroke service rounds, EEG reading and neurology clinic."),
  ]),
  ("Clinical Experience (Spain)", [
    E("Neurologist (Facultativo Especialista)", "Hospital Universitario Virgen Macarena", "Seville, Spain", "2016-06 – 2016-12", "Stroke unit and general neurology ward."),
    E("Resident in Neurology (MIR)", "Hospital Universitario Virgen del Rocío", "Seville, Spain", "2012-05 – 2016-05", ""),
  ]),
 ],
 memberships=["Sociedad Española de Neurología", "American Academy of Neurology", "World Stroke Organization"],
 skills=["MRI analysis: FSL, ITK-SNAP, 3D Slicer", "NIHSS and mRS certified", "R, Python"],
 refinst=[("Yale School of Medicine", "yale-neuro.edu", "New Haven, CT", "203"), ("Massachusetts General Hospital", "mgh-stroke.org", "Boston, MA", "617"),
          ("Hospital Universitario Virgen del Rocío", "hvr-neuro.es", "Seville, Spain", "203")],
 truth=dict(full_name="Lucía Fernández-Bermejo Castro", email="lucia.fbermejo@gmail.com", phone_e164="+34622917348",
   medical_school="Facultad de Medicina, Universidad de Sevilla", medical_school_country="ES", graduation_year=2011, is_student=False,
   usmle_step1="pass", usmle_step2ck=242, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
   specialties=["Neurology"], languages=["Spanish", "English", "French"], publications=24,
   usce_entries=[U("research", "Neurology", "MA", "2017-01", "2019-06"), U("research", "Neurology", "CT", "2019-07", "2023-06"),
                 U("observership", "Neurology", "CT", "2023-09", "2023-10")],
   usce_months=80, usce_months_clinical=2),
))

# ---------------------------------------------------------------- 013 Mexico, python-docx DOCX with numbered lists; contacts in footer
P.append(dict(
 id=13, layout="docx_numbered_footer", ext="docx", kind="readable",
 name="Ana Sofía Treviño Garza", display="Ana Sofía Treviño Garza, MD",
 email="anasofia.trevino.md@gmail.com", phone="+52 81 1937 4482", address="Monterrey, Nuevo León, México",
 cite="Treviño-Garza AS", pubkey="endo", pubn=(13, 7, 1, 2), years=(2015, 2026), seed=1313,
 summary="Mexican physician with six years of diabetes and metabolism research (UT Southwestern, Joslin). Goal: Internal Medicine residency and Endocrinology fellowship.",
 education=[("Aug 2008 – Jul 2014", "Médico Cirujano y Partero (MD)", "Facultad de Medicina, Universidad Autónoma de Nuevo León (UANL)", "Monterrey, Mexico", "Includes internado de pregrado"),
            ("Aug 2014 – Jul 2015", "Servicio social", "Hospital Universitario Dr. José Eleuterio González", "Monterrey, Mexico", "")],
 exams=["USMLE Step 1: 237", "USMLE Step 2 CK: 246", "ECFMG: Certified (2016)", "UWorld self-assessment 1: 250 (practice)"],
 visa="",
 languages="Spanish (native), English (fluent)",
 sections=[
  ("Research Experience", [
    E("Research Fellow, Division of Endocrinology, Diabetes & Metabolism", "UT Southwestern Medical Center", "Dallas, TX", "Aug 2016 – Jul 2018",
      "Dallas Heart Study analyses of adipose distribution and insulin resistance."),
    E("Postdoctoral Research Fellow", "Joslin Diabetes Center / Harvard Medical School", "Boston, MA", "Aug 2018 – Jan 2022",
      "Beta-cell function in youth-onset type 2 diabetes; oral glucose tolerance test protocols with research participants."),
    E("Medical Assistant", "South Texas Family Clinic", "San Antonio, TX", "Jan 2016 – Jul 2016",
      "Vital signs, rooming patients, phlebotomy (paid MA position, pre-research)."),
  ]),
  ("U.S. Clinical Experience", [
    E("Observership, Endocrinology", "University Hospital (UT Health San Antonio)", "San Antonio, TX", "6 weeks starting 10 January 2022",
      "Diabetes clinic, thyroid nodule clinic and inpatient endocrine consults."),
    E("Hands-on Externship, Internal Medicine", "Doctors Hospital at Renaissance", "Edinburg, TX", "March – April 2022",
      "Direct patient care on inpatient medicine team under supervision; admission H&Ps and daily notes."),
  ]),
  ("Clinical Experience (Mexico)", [
    E("General Physician", "Clínica de Diabetes, Hospital Universitario UANL", "Monterrey, Mexico", "Aug 2015 – Dec 2015", "Outpatient diabetes management."),
  ]),
 ],
 memberships=["American Diabetes Association", "Endocrine Society (early career)", "Sociedad Mexicana de Nutrición y Endocrinología"],
 skills=["OGTT/clamp study protocols", "SAS, R", "Bilingual patient education"],
 refinst=[("Joslin Diabetes Center", "joslin-research.org", "Boston, MA", "617"), ("UT Southwestern Medical Center", "utsw-endo.edu", "Dallas, TX", "214"),
          ("UT Health San Antonio", "uthscsa-endo.edu", "San Antonio, TX", "210")],
 truth=dict(full_name="Ana Sofía Treviño Garza", email="anasofia.trevino.md@gmail.com", phone_e164="+528119374482",
   medical_school="Facultad de Medicina, Universidad Autónoma de Nuevo León (UANL)", medical_school_country="MX", graduation_year=2014, is_student=False,
   usmle_step1=237, usmle_step2ck=246, usmle_step3=None, ecfmg_status="certified", visa_status=None,
   specialties=["Internal Medicine", "Endocrinology"], languages=["Spanish", "English"], publications=13,
   usce_entries=[U("research", "Endocrinology", "TX", "2016-08", "2018-07"), U("research", "Endocrinology", "MA", "2018-08", "2022-01"),
                 U("observership", "Endocrinology", "TX", "2022-01", "2022-02"), U("hands_on", "Internal Medicine", "TX", "2022-03", "2022-04")],
   usce_months=69, usce_months_clinical=4),
))

# ---------------------------------------------------------------- 014 Argentina, Europass-like (Chromium)
P.append(dict(
 id=14, layout="chromium_europass", ext="pdf", kind="readable",
 name="Valentina Agustina Ferrari", display="Valentina Agustina Ferrari",
 email="valentina.ferrari.reuma@gmail.com", phone="+54 9 351 612-4478", address="Philadelphia, PA 19104 (USA)",
 cite="Ferrari VA", pubkey="rheum", pubn=(15, 6, 1, 2), years=(2014, 2026), seed=1414,
 summary="Argentine rheumatologist with eight years of lupus and rheumatoid arthritis research in New York and Philadelphia. "
         "Job applied for: Internal Medicine residency (PGY-1), long-term Rheumatology.",
 dob="Date of birth: 14/05/1986 · Nationality: Argentine and Italian",
 education=[("03/2005 – 12/2011", "Médica Cirujana (MD)", "Facultad de Ciencias Médicas, Universidad Nacional de Córdoba", "Córdoba, Argentina", "EQF level 7"),
            ("06/2012 – 05/2015", "Residencia en Reumatología", "Hospital Córdoba", "Córdoba, Argentina", "")],
 exams=["USMLE Step 1: 229 · USMLE Step 2 CK: 235", "ECFMG certified (2017)", "Specialist in Rheumatology, Consejo de Médicos de la Provincia de Córdoba"],
 visa="Visa: H-1B (cap-exempt), valid through 2027.",
 languages="Mother tongue: Spanish · Other languages: English (C1), Italian (B2), Portuguese (A2)",
 sections=[
  ("Work experience", [
    E("Research Fellow, Division of Rheumatology", "Hospital for Special Surgery", "New York, NY, United States", "03.2016 – 02.2018",
      "Interferon signature in SLE; recruited patients from the lupus clinic."),
    E("Postdoctoral Research Fellow, Division of Rheumatology", "Perelman School of Medicine, University of Pennsylvania", "Philadelphia, PA, United States", "03.2018 – 09.2021",
      "Cardiovascular risk in lupus; carotid ultrasound research protocol.", "Supervised visiting scholars from Latin America."),
    E("Lupus Registry Coordinator (employee)", "Penn Lupus Registry, University of Pennsylvania", "Philadelphia, PA, United States", "10.2021 – 12.2023",
      "Data management and participant scheduling; non-physician staff role."),
    E("Clinical Observer, Rheumatology", "Penn Presbyterian Medical Center", "Philadelphia, PA, United States", "01.2024 – 03.2024",
      "Rheumatology clinic and inpatient consults (observership)."),
    E("Staff Rheumatologist", "Hospital Privado Universitario de Córdoba", "Córdoba, Argentina", "06.2015 – 02.2016", "Outpatient rheumatology and infusion center."),
  ]),
 ],
 memberships=["American College of Rheumatology", "Sociedad Argentina de Reumatología", "PANLAR"],
 skills=["Musculoskeletal ultrasound (EULAR level 2)", "SPSS, R", "Digital skills: proficient user (Europass self-assessment)"],
 refinst=[("University of Pennsylvania", "penn-rheum.edu", "Philadelphia, PA", "215"), ("Hospital for Special Surgery", "hss-rheum.org", "New York, NY", "212"),
          ("Penn Presbyterian Medical Center", "pennpresby-med.org", "Philadelphia, PA", "215")],
 truth=dict(full_name="Valentina Agustina Ferrari", email="valentina.ferrari.reuma@gmail.com", phone_e164="+5493516124478",
   medical_school="Facultad de Ciencias Médicas, Universidad Nacional de Córdoba", medical_school_country="AR", graduation_year=2011, is_student=False,
   usmle_step1=229, usmle_step2ck=235, usmle_step3=None, ecfmg_status="certified", visa_status="h1b",
   specialties=["Internal Medicine", "Rheumatology"], languages=["Spanish", "English", "Italian", "Portuguese"], publications=15,
   usce_entries=[U("research", "Rheumatology", "NY", "2016-03", "2018-02"), U("research", "Rheumatology", "PA", "2018-03", "2021-09"),
                 U("observership", "Rheumatology", "PA", "2024-01", "2024-03")],
   usce_months=70, usce_months_clinical=3),
))

# ---------------------------------------------------------------- 015 Brazil, reportlab, contacts only in the footer
P.append(dict(
 id=15, layout="reportlab_footer_contacts", ext="pdf", kind="readable",
 name="Fernanda Cristina Lopes de Oliveira", display="Fernanda Cristina Lopes de Oliveira, M.D.",
 email="fernanda.lopes.oliveira@gmail.com", phone="+55 21 99642-8130", address="Nashville, TN 37212",
 cite="Lopes de Oliveira FC", pubkey="path", pubn=(17, 9, 2, 1), years=(2014, 2026), seed=1515,
 summary="Brazilian pathologist with seven years of surgical and molecular pathology research at MSKCC and Vanderbilt. Applying to AP/CP Pathology residency.",
 education=[("2007/03 – 2012/12", "Médica (MD)", "Faculdade de Medicina, Universidade Federal do Rio de Janeiro (UFRJ)", "Rio de Janeiro, Brazil", ""),
            ("2013/03 – 2016/02", "Residência Médica em Patologia", "Instituto Nacional de Câncer (INCA)", "Rio de Janeiro, Brazil", "")],
 exams=["USMLE Step 1: Pass", "USMLE Step 2 CK: 231", "ECFMG: certified (2019)", "Título de Especialista em Patologia (SBP), 2016"],
 visa="Permanent resident of the United States (green card).",
 languages="Portuguese (native); English (fluent); Spanish (intermediate)",
 sections=[
  ("Research Experience", [
    E("Research Fellow, Department of Pathology and Laboratory Medicine", "Memorial Sloan Kettering Cancer Center", "New York, NY", "2017/04 – 2019/03",
      "Tumor budding and mismatch repair in colorectal carcinoma; attended GI pathology sign-out."),
    E("Histotechnician (laboratory staff)", "Quest Diagnostics Anatomic Pathology Laboratory", "Teterboro, NJ", "2019/04 – 2020/06",
      "Paid histology bench job: grossing assistance, embedding, microtomy, IHC staining."),
    E("Postdoctoral Fellow, Department of Pathology, Microbiology and Immunology", "Vanderbilt University Medical Center", "Nashville, TN", "2020/07 – 2024/06",
      "Digital pathology and tumor-infiltrating lymphocytes in breast cancer; deep-learning annotation."),
  ]),
  ("U.S. Clinical Experience", [
    E("Observership, Surgical Pathology", "Vanderbilt University Medical Center", "Nashville, TN", "2024/09 – 2024/10",
      "Frozen sections, grossing room and daily sign-out with attending pathologists."),
  ]),
  ("Clinical Experience — Brazil", [
    E("Staff Pathologist", "Laboratório Diagnóstico Rio", "Rio de Janeiro, Brazil", "2016/03 – 2017/03", "Surgical pathology and cytology sign-out."),
  ]),
 ],
 memberships=["United States and Canadian Academy of Pathology (USCAP)", "College of American Pathologists (junior member)", "Sociedade Brasileira de Patologia"],
 skills=["QuPath, HALO, Aperio ImageScope", "Python (PyTorch) for image analysis", "Immunohistochemistry interpretation"],
 refinst=[("Vanderbilt University Medical Center", "vumc-path.org", "Nashville, TN", "615"), ("Memorial Sloan Kettering Cancer Center", "mskcc-path.org", "New York, NY", "212"),
          ("Instituto Nacional de Câncer", "inca-pat.gov.br", "Rio de Janeiro", "615")],
 truth=dict(full_name="Fernanda Cristina Lopes de Oliveira", email="fernanda.lopes.oliveira@gmail.com", phone_e164="+5521996428130",
   medical_school="Faculdade de Medicina, Universidade Federal do Rio de Janeiro (UFRJ)", medical_school_country="BR", graduation_year=2012, is_student=False,
   usmle_step1="pass", usmle_step2ck=231, usmle_step3=None, ecfmg_status="certified", visa_status="green_card",
   specialties=["Pathology"], languages=["Portuguese", "English", "Spanish"], publications=17,
   usce_entries=[U("research", "Pathology", "NY", "2017-04", "2019-03"), U("research", "Pathology", "TN", "2020-07", "2024-06"),
                 U("observership", "Pathology", "TN", "2024-09", "2024-10")],
   usce_months=74, usce_months_clinical=2),
))

# ---------------------------------------------------------------- 016 India, odfpy ODT -> DOCX via LibreOffice; Bengali script
P.append(dict(
 id=16, layout="lo_odt_to_docx", ext="docx", kind="readable",
 name="Ananya Mukherjee", display="Dr. Ananya Mukherjee, MBBS, MD",
 native="অনন্যা মুখার্জি",
 email="ananya.mukherjee.neuro@gmail.com", phone="+91 98310 55274", address="St. Louis, MO 63110, USA",
 cite="Mukherjee A", pubkey="neuro", pubn=(21, 8, 2, 2), years=(2014, 2026), seed=1616,
 summary="Indian physician (MD Psychiatry) with nine years of dementia research at UCSF and Washington University. Pursuing Neurology residency "
         "with a focus on cognitive neurology; strong interest in Geriatrics.",
 education=[("2006 – 2012", "MBBS", "Medical College, Kolkata (West Bengal University of Health Sciences)", "Kolkata, India", "Internship 2011–2012"),
            ("2013 – 2016", "MD (Psychiatry)", "Institute of Psychiatry – IPGME&R", "Kolkata, India", "")],
 exams=["USMLE Step 1: PASS", "USMLE Step 2 CK: 257", "ECFMG Certified (2023)", "PLAB 1: passed 2016 (UK; not pursued)"],
 visa="J-1 research scholar (Washington University).",
 languages="English, Bengali (native), Hindi",
 sections=[
  ("Research Experience (United States)", [
    E("Research Fellow, Memory and Aging Center", "Department of Neurology, University of California San Francisco", "San Francisco, CA", "Oct 2017 – Sep 2020",
      "Frontotemporal dementia cohort; cognitive testing and research neurological examinations.", "Weekly clinical case conference."),
    E("Postdoctoral Research Scholar", "Knight Alzheimer Disease Research Center, Department of Neurology, Washington University School of Medicine", "St. Louis, MO", "Oct 2020 – present",
      "Blood-based biomarkers of amyloid and tau; longitudinal cognitive assessments."),
  ]),
  ("US Clinical Exposure", [
    E("Observership, Neurology (memory clinic and inpatient neurology)", "Barnes-Jewish Hospital", "St. Louis, MO", "July–August 2023",
      "Observed cognitive neurology clinic and general neurology consult service."),
  ]),
  ("Clinical Experience — India", [
    E("Senior Resident, Psychiatry", "IPGME&R and SSKM Hospital", "Kolkata, India", "2016 – 2017", "Geriatric psychiatry clinic; ECT services."),
  ]),
 ],
 memberships=["Alzheimer's Association ISTAART", "American Academy of Neurology (international)", "Indian Psychiatric Society"],
 skills=["Neuropsychological batteries (MoCA, CDR, UDS 3.0)", "R, MATLAB", "Bengali–English research translation"],
 refinst=[("Washington University School of Medicine", "wustl-neuro.edu", "St. Louis, MO", "314"), ("UCSF Memory and Aging Center", "ucsf-mac.edu", "San Francisco, CA", "415"),
          ("Barnes-Jewish Hospital", "bjc-neuro.org", "St. Louis, MO", "314")],
 truth=dict(full_name="Ananya Mukherjee", email="ananya.mukherjee.neuro@gmail.com", phone_e164="+919831055274",
   medical_school="Medical College, Kolkata", medical_school_country="IN", graduation_year=2012, is_student=False,
   usmle_step1="pass", usmle_step2ck=257, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
   specialties=["Neurology", "Geriatrics"], languages=["English", "Bengali", "Hindi"], publications=21,
   usce_entries=[U("research", "Neurology", "CA", "2017-10", "2020-09"), U("research", "Neurology", "MO", "2020-10", "2026-12"),
                 U("observership", "Neurology", "MO", "2023-07", "2023-08")],
   usce_months=111, usce_months_clinical=2),
))

# ---------------------------------------------------------------- 017 Egypt, 3-page scanned PDF
P.append(dict(
 id=17, layout="scan_3page_pdf", ext="pdf", kind="scan",
 name="Nourhan Adel Mahmoud Soliman", display="Nourhan Adel Mahmoud Soliman, MBBCh",
 email="nourhan.soliman.md@gmail.com", phone="+20 111 093 4527", address="Rochester, NY 14620",
 cite="Soliman NA", pubkey="id", pubn=(12, 5, 1, 1), years=(2016, 2026), seed=1717,
 summary="Egyptian physician with five years of infectious diseases research in Miami and Rochester. Seeking Internal Medicine residency; career interest Infectious Disease.",
 education=[("2007 – 2013", "MBBCh", "Faculty of Medicine, Alexandria University", "Alexandria, Egypt", "Grade: Excellent with honors"),
            ("2014 – 2015", "Internship", "Alexandria Main University Hospital", "Alexandria, Egypt", "")],
 exams=["USMLE Step 1: 233", "USMLE Step 2 CK: 245", "ECFMG certified", "IELTS Academic: 8.0"],
 visa="J-1 (research scholar).",
 languages="Arabic, English",
 sections=[
  ("Research Experience", [
    E("Research Fellow, Division of Infectious Diseases", "University of Miami Miller School of Medicine", "Miami, FL", "Jan 2019 – Dec 2020",
      "Outcomes of CMV reactivation in transplant recipients."),
    E("Postdoctoral Associate, Infectious Diseases Division", "University of Rochester Medical Center", "Rochester, NY", "Feb 2021 – Jan 2024",
      "Antimicrobial stewardship and carbapenem-resistant Enterobacterales."),
  ]),
  ("US Clinical Experience", [
    E("Observership, Internal Medicine", "Rochester General Hospital", "Rochester, NY", "Mar 2024 – Apr 2024", "General medicine wards and resident teaching sessions."),
  ]),
  ("Clinical Experience — Egypt", [
    E("Resident, Tropical Medicine and Infectious Diseases", "Alexandria Fever Hospital", "Alexandria, Egypt", "2015 – 2018", "Hepatitis C treatment program; infection control."),
  ]),
 ],
 memberships=["Infectious Diseases Society of America", "Egyptian Medical Syndicate"],
 skills=["Stata, R", "Antimicrobial stewardship (SIDP certificate)"],
 refinst=[("University of Rochester Medical Center", "urmc-id.edu", "Rochester, NY", "585"), ("University of Miami", "um-id.edu", "Miami, FL", "305")],
 truth=dict(full_name="Nourhan Adel Mahmoud Soliman", email="nourhan.soliman.md@gmail.com", phone_e164="+201110934527",
   medical_school="Faculty of Medicine, Alexandria University", medical_school_country="EG", graduation_year=2013, is_student=False,
   usmle_step1=233, usmle_step2ck=245, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
   specialties=["Internal Medicine", "Infectious Disease"], languages=["Arabic", "English"], publications=12,
   usce_entries=[U("research", "Infectious Disease", "FL", "2019-01", "2020-12"), U("research", "Infectious Disease", "NY", "2021-02", "2024-01"),
                 U("observership", "Internal Medicine", "NY", "2024-03", "2024-04")],
   usce_months=62, usce_months_clinical=2),
))

# ---------------------------------------------------------------- 018 Colombia, phone photo of page 1 only (JPG)
P.append(dict(
 id=18, layout="photo_page1_jpg", ext="jpg", kind="scan",
 name="Andrés Felipe Montoya Arango", display="Andrés Felipe Montoya Arango, MD",
 email="afmontoya.md@gmail.com", phone="+57 315 207 8842", address="Nashville, TN 37203",
 cite="Montoya-Arango AF", pubkey="anes", pubn=(16, 6, 1, 2), years=(2015, 2026), seed=1818,
 summary="Colombian anesthesiologist with seven years of perioperative research in the US. Applying for Anesthesiology residency. Languages: Spanish (native), English (fluent).",
 education=[("2005 – 2011", "Médico Cirujano (MD)", "Pontificia Universidad Javeriana", "Bogotá, Colombia", ""),
            ("2012 – 2015", "Especialización en Anestesiología", "Hospital Universitario San Ignacio", "Bogotá, Colombia", "")],
 exams=["USMLE Step 1: 225 · Step 2 CK: 238", "ECFMG certified (2018)"],
 visa="Current status: H-1B.",
 languages="Spanish (native), English (fluent)",
 sections=[
  ("Research Experience (USA)", [
    E("Research Fellow, Department of Anesthesiology", "University of Florida College of Medicine", "Gainesville, FL", "Aug 2016 – Jul 2019",
      "Postoperative delirium in older adults; perioperative cognitive testing."),
    E("Postdoctoral Research Associate", "Department of Anesthesiology, Vanderbilt University Medical Center", "Nashville, TN", "Aug 2019 – Jun 2023",
      "Intraoperative hypotension and acute kidney injury; data science for perioperative outcomes.", "Coordinated a pragmatic trial across 4 ORs."),
  ]),
  ("U.S. Clinical Experience", [
    E("Observership, Anesthesiology", "Vanderbilt University Hospital", "Nashville, TN", "Sep 2023 – Nov 2023", "Operating room observership (cardiac and regional anesthesia)."),
  ]),
  ("Clinical Experience — Colombia", [
    E("Anesthesiologist", "Fundación Santa Fe de Bogotá", "Bogotá, Colombia", "2015 – 2016", "Cardiac and obstetric anesthesia."),
  ]),
 ],
 memberships=["American Society of Anesthesiologists", "Sociedad Colombiana de Anestesiología (SCARE)"],
 skills=["R, Python, SQL (perioperative data warehouse)", "Ultrasound-guided regional anesthesia"],
 refinst=[("Vanderbilt University Medical Center", "vumc-anes.org", "Nashville, TN", "615"), ("University of Florida", "ufl-anes.edu", "Gainesville, FL", "352")],
 truth=None,  # filled in build (page 1 only) — see build.py PAGE1_TRUTH
))

# ---------------------------------------------------------------- 019 Mexico, faxed 2-page PDF
P.append(dict(
 id=19, layout="fax_2page_pdf", ext="pdf", kind="scan",
 name="Ricardo Alejandro Domínguez Peña", display="Ricardo Alejandro Domínguez Peña, M.D.",
 email="ricardo.dominguez.pena@gmail.com", phone="+52 33 1845 6279", address="Zapopan, Jalisco, México",
 cite="Domínguez-Peña RA", pubkey="peds", pubn=(8, 4, 1, 1), years=(2016, 2025), seed=1919,
 summary="Mexican pediatrician with research experience in pediatric respiratory infections in Colorado. Applying for Pediatrics residency.",
 education=[("2006 – 2012", "Médico Cirujano y Partero", "Centro Universitario de Ciencias de la Salud, Universidad de Guadalajara", "Guadalajara, Mexico", ""),
            ("2013 – 2016", "Especialidad en Pediatría", "Hospital Civil de Guadalajara Fray Antonio Alcalde", "Guadalajara, Mexico", "")],
 exams=["USMLE Step 1: 218", "USMLE Step 2 CK: 230", "ECFMG Certified"],
 visa="B1/B2 visa (valid).",
 languages="Spanish, English",
 sections=[
  ("U.S. Experience", [
    E("Research Fellow, Department of Pediatrics (Pediatric Infectious Diseases)", "University of Colorado / Children's Hospital Colorado", "Aurora, CO", "05/2017 – 04/2019",
      "RSV bronchiolitis cohort; enrollment in the pediatric ED and wards."),
    E("Observership, Pediatrics", "Rady Children's Hospital", "San Diego, CA", "06/2019 – 07/2019", "General pediatrics inpatient service."),
    E("Research Laboratory Technician", "UC San Diego School of Medicine, Virology Laboratory", "La Jolla, CA", "08/2019 – 02/2021", "Bench job: viral culture and PCR (non-clinical)."),
  ]),
  ("Clinical Experience — Mexico", [
    E("Pediatrician", "Hospital San Javier", "Guadalajara, Mexico", "2021 – present", "Inpatient pediatrics and newborn nursery."),
  ]),
 ],
 memberships=["Academia Mexicana de Pediatría", "American Academy of Pediatrics (international affiliate)"],
 skills=["PALS/NRP instructor"],
 refinst=[("University of Colorado", "ucdenver-peds.edu", "Aurora, CO", "720"), ("Rady Children's Hospital", "rchsd-peds.org", "San Diego, CA", "858")],
 truth=dict(full_name="Ricardo Alejandro Domínguez Peña", email="ricardo.dominguez.pena@gmail.com", phone_e164="+523318456279",
   medical_school="Centro Universitario de Ciencias de la Salud, Universidad de Guadalajara", medical_school_country="MX", graduation_year=2012, is_student=False,
   usmle_step1=218, usmle_step2ck=230, usmle_step3=None, ecfmg_status="certified", visa_status="b1b2",
   specialties=["Pediatrics"], languages=["Spanish", "English"], publications=8,
   usce_entries=[U("research", "Pediatrics", "CO", "2017-05", "2019-04"), U("observership", "Pediatrics", "CA", "2019-06", "2019-07")],
   usce_months=26, usce_months_clinical=2),
))

# ---------------------------------------------------------------- 020 Philippines, low-contrast 4-page scan PDF
P.append(dict(
 id=20, layout="scan_lowcontrast_4page", ext="pdf", kind="scan",
 name="Kristine Joy Mendoza Aquino", display="KRISTINE JOY MENDOZA AQUINO, MD",
 email="kjaquino.md@gmail.com", phone="+63 927 613 4408", address="Salt Lake City, UT 84108",
 cite="Aquino KJM", pubkey="obgyn", pubn=(14, 6, 1, 2), years=(2016, 2026), seed=2020,
 summary="Filipino-American physician (naturalized U.S. citizen) with OB/GYN research at Northwestern and the University of Utah. Applying for Obstetrics and Gynecology residency.",
 education=[("2010 – 2014", "Doctor of Medicine", "Cebu Doctors' University College of Medicine", "Mandaue City, Cebu, Philippines", ""),
            ("2014 – 2015", "Post-graduate internship", "Vicente Sotto Memorial Medical Center", "Cebu City, Philippines", "")],
 exams=["USMLE Step 1: Pass", "USMLE Step 2 CK: 240", "ECFMG: Certified (2017)"],
 visa="Citizenship: U.S. citizen (naturalized 2024).",
 languages="English, Filipino, Waray",
 sections=[
  ("Research Experience", [
    E("Research Fellow, Department of Obstetrics & Gynecology", "Northwestern University Feinberg School of Medicine", "Chicago, IL", "09/2017 – 08/2019",
      "Preeclampsia and aspirin prophylaxis cohort; recruited patients at the prenatal clinic."),
    E("Postdoctoral Fellow, Division of Maternal-Fetal Medicine", "Department of OB/GYN, University of Utah", "Salt Lake City, UT", "09/2019 – 02/2023",
      "Placental pathology and fetal growth restriction; high-altitude pregnancy study."),
    E("Patient Care Technician", "St. Mark's Hospital", "Salt Lake City, UT", "03/2023 – 08/2023", "Paid nursing-support role (not physician training)."),
  ]),
  ("US Clinical Experience", [
    E("Observership, Obstetrics & Gynecology", "Intermountain Medical Center", "Murray, UT", "04/2023 – 05/2023", "Labor & delivery and gynecologic surgery observership."),
    E("Hands-on Externship, Family Medicine", "Family Health Centers", "Chicago, IL", "06/2023 – 08/2023", "Supervised direct patient care in prenatal and women's health clinics."),
  ]),
  ("Clinical Experience — Philippines", [
    E("Resident, Obstetrics and Gynecology (1st–2nd year)", "Vicente Sotto Memorial Medical Center", "Cebu City", "2015 – 2017", ""),
  ]),
 ],
 memberships=["Society for Maternal-Fetal Medicine (trainee)", "Philippine Obstetrical and Gynecological Society"],
 skills=["SAS, R", "Obstetric ultrasound (basic)"],
 refinst=[("University of Utah", "utah-mfm.edu", "Salt Lake City, UT", "801"), ("Northwestern University", "nw-obgyn.edu", "Chicago, IL", "312"),
          ("Intermountain Medical Center", "imc-obgyn.org", "Murray, UT", "801")],
 truth=dict(full_name="Kristine Joy Mendoza Aquino", email="kjaquino.md@gmail.com", phone_e164="+639276134408",
   medical_school="Cebu Doctors' University College of Medicine", medical_school_country="PH", graduation_year=2014, is_student=False,
   usmle_step1="pass", usmle_step2ck=240, usmle_step3=None, ecfmg_status="certified", visa_status="citizen",
   specialties=["Obstetrics and Gynecology"], languages=["English", "Filipino", "Waray"], publications=14,
   usce_entries=[U("research", "Obstetrics and Gynecology", "IL", "2017-09", "2019-08"), U("research", "Obstetrics and Gynecology", "UT", "2019-09", "2023-02"),
                 U("observership", "Obstetrics and Gynecology", "UT", "2023-04", "2023-05"), U("hands_on", "Family Medicine", "IL", "2023-06", "2023-08")],
   usce_months=71, usce_months_clinical=5),
))

# ---------------------------------------------------------------- 021 Brazil, 3 pages stitched into one tall PNG (scanner app)
P.append(dict(
 id=21, layout="scan_tall_png", ext="png", kind="scan",
 name="Rafael Henrique Carvalho Bastos", display="Rafael Henrique Carvalho Bastos, MD",
 email="rafael.bastos.md@gmail.com", phone="+55 31 98421-5537", address="Providence, RI 02903",
 cite="Bastos RHC", pubkey="em", pubn=(13, 5, 1, 1), years=(2017, 2026), seed=2121,
 summary="Brazilian emergency physician with research in Cincinnati and Providence. Applying for Emergency Medicine residency.",
 education=[("2007 – 2013", "Médico (MD)", "Faculdade de Medicina, Universidade Federal de Minas Gerais (UFMG)", "Belo Horizonte, Brazil", ""),
            ("2014 – 2017", "Residência em Medicina de Emergência", "Hospital Risoleta Tolentino Neves", "Belo Horizonte, Brazil", "")],
 exams=["USMLE Step 1: 238", "USMLE Step 2 CK: 249", "ECFMG certified (2019)"],
 visa="J-1 visa holder.",
 languages="Portuguese, English, Spanish, Italian",
 sections=[
  ("Research Experience — USA", [
    E("Research Fellow, Department of Emergency Medicine", "University of Cincinnati College of Medicine", "Cincinnati, OH", "Mar 2018 – Feb 2020", "Sepsis recognition and ED boarding."),
    E("Postdoctoral Research Fellow, Department of Emergency Medicine", "Warren Alpert Medical School of Brown University", "Providence, RI", "Mar 2020 – Aug 2023",
      "Opioid overdose and prehospital naloxone; ED-based enrollment."),
  ]),
  ("US Clinical Experience", [
    E("Observership, Emergency Medicine", "Rhode Island Hospital", "Providence, RI", "Sep 2023", "Level I trauma center ED shifts as observer."),
  ]),
  ("Clinical Experience — Brazil", [
    E("Emergency Physician", "Hospital João XXIII", "Belo Horizonte, Brazil", "2017 – 2018", "Trauma and emergency department attending."),
  ]),
 ],
 memberships=["Society for Academic Emergency Medicine", "Associação Brasileira de Medicina de Emergência"],
 skills=["POCUS", "R, REDCap"],
 refinst=[("Brown University", "brown-em.edu", "Providence, RI", "401"), ("University of Cincinnati", "uc-em.edu", "Cincinnati, OH", "513")],
 truth=dict(full_name="Rafael Henrique Carvalho Bastos", email="rafael.bastos.md@gmail.com", phone_e164="+5531984215537",
   medical_school="Faculdade de Medicina, Universidade Federal de Minas Gerais (UFMG)", medical_school_country="BR", graduation_year=2013, is_student=False,
   usmle_step1=238, usmle_step2ck=249, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
   specialties=["Emergency Medicine"], languages=["Portuguese", "English", "Spanish", "Italian"], publications=13,
   usce_entries=[U("research", "Emergency Medicine", "OH", "2018-03", "2020-02"), U("research", "Emergency Medicine", "RI", "2020-03", "2023-08"),
                 U("observership", "Emergency Medicine", "RI", "2023-09", "2023-09")],
   usce_months=67, usce_months_clinical=1),
))

# ---------------------------------------------------------------- 022-024 damaged
P.append(dict(id=22, layout="damaged_truncated_pdf", ext="pdf", kind="damaged", base=3))
P.append(dict(id=23, layout="damaged_encrypted_pdf", ext="pdf", kind="damaged", base=12))
P.append(dict(id=24, layout="damaged_random_bytes_docx", ext="docx", kind="damaged"))
