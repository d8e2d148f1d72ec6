# -*- coding: utf-8 -*-
"""Invented senior-IMG CVs. The truth for each is written by hand in TRUTH below each person."""
from pubgen import gen

def E(d, h, s=None, b=None):
    return {"d": d, "h": h, "s": s, "b": b or []}

PEOPLE = []

# ---------------------------------------------------------------- 001
P = dict(id="001", layout="latex_academic", title="Rajesh Venkataraman, MBBS, MD",
    name_line="Dr. Rajesh Venkataraman", email="rajesh.venkat.md@gmail.com", phone="+1 (412) 555-0187",
    address="2217 Murray Avenue, Apt 4B, Pittsburgh, PA 15217", personal="Born 1979, Chennai, India",
    pubs=gen(1, "Venkataraman R", ["Iyer S", "Kellerman D", "Patel NM", "O'Brien T", "Zhou L", "Harrington JB"],
             ["left ventricular assist devices", "heart failure with preserved ejection fraction", "cardiac amyloidosis",
              "transcatheter aortic valve replacement", "atrial fibrillation ablation"],
             ["older adults", "South Asian patients", "a tertiary referral cohort", "patients with chronic kidney disease"],
             ["J Card Fail", "Am J Cardiol", "JACC Heart Fail", "Indian Heart J", "Circ Heart Fail", "ESC Heart Fail"],
             (2010, 2025), 9, 6, 2, 2))
P["sections"] = [
 ("Summary", ["Internal medicine specialist with 8 years of independent practice in India and 5 years of cardiovascular research in the United States, seeking a categorical residency in Internal Medicine with a long-term goal of fellowship in Cardiology."]),
 ("Education", [
   E("Aug 1997 -- Feb 2003", "MBBS, Madras Medical College, Chennai, Tamil Nadu, India", "The Tamil Nadu Dr. M.G.R. Medical University; graduated February 2003, followed by compulsory rotating internship (Mar 2003 -- Feb 2004)"),
   E("May 2005 -- Apr 2008", "MD (Internal Medicine), Stanley Medical College, Chennai, India", "Postgraduate residency; thesis: Diastolic dysfunction in type 2 diabetes"),
 ]),
 ("Examinations and Certification", [
   "USMLE Step 1: 238 (first attempt, June 2015)",
   "USMLE Step 2 CK: 245 (first attempt, October 2023)",
   "USMLE Step 3: 231 (first attempt, May 2025)",
   "ECFMG Certified: November 2023 (Certificate #0-912-447-3)",
   "Visa status: H-1B (current employer-sponsored), valid through 2027",
 ]),
 ("US Research Experience", [
   E("08/2016 -- 07/2019", "Postdoctoral Research Fellow, Division of Cardiology, University of Pittsburgh Medical Center, Pittsburgh, PA", "PI: Dr. Daniel Kellerman", ["Heart-failure registry of 2,400 patients; built REDCap databases", "Co-authored 5 manuscripts and 4 abstracts"]),
   E("08/2019 -- 06/2021", "Research Associate, Johns Hopkins Heart and Vascular Institute, Baltimore, MD", "Cardiac amyloidosis imaging program", ["Echocardiographic strain analysis; IRB submissions"]),
 ]),
 ("US Clinical Experience", [
   E("Mar 2024 -- Apr 2024", "Clinical Observership, Heart and Vascular Institute, Cleveland Clinic, Cleveland, OH", "Inpatient cardiology and heart-failure service (8 weeks)"),
 ]),
 ("Clinical Experience Outside the US", [
   E("Jun 2008 -- Jun 2016", "Consultant Physician, Department of Medicine, Sri Ramachandra Hospital, Chennai, India", None, ["Managed 30-bed medical ward; ICU cover; taught MBBS students"]),
 ]),
 ("Gap in Training", ["July 2021 -- February 2024: Full-time USMLE preparation (Step 2 CK) and care for a parent after cardiac surgery in Chennai; continued remote data analysis for the Hopkins amyloidosis group (unpaid)."]),
 ("Research Interests", ["Heart failure, cardio-oncology, cardiac amyloidosis"]),
 ("Languages", ["English (fluent), Tamil (native), Hindi (fluent), Telugu (conversational)"]),
]
P["referees"] = [
 "Daniel Kellerman, MD, PhD, Professor of Medicine, Division of Cardiology, UPMC, 200 Lothrop St, Pittsburgh, PA 15213. dkellerman@upmc-example.edu; +1 412 555 0142",
 "Susan Iyer, MD, Associate Professor, Johns Hopkins School of Medicine, Baltimore, MD. siyer@jhmi-example.edu; (410) 555-0199",
 "Dr. K. Subramanian, MD, DM, Head of Medicine, Sri Ramachandra Hospital, Chennai. ksubramanian@srh-example.in; +91 98401 55123",
]
P["truth"] = dict(full_name="Rajesh Venkataraman", email="rajesh.venkat.md@gmail.com", phone_e164="+14125550187",
  medical_school="Madras Medical College", medical_school_country="IN", graduation_year=2003, is_student=False,
  usmle_step1=238, usmle_step2ck=245, usmle_step3=231, ecfmg_status="certified", visa_status="h1b",
  specialties=["Internal Medicine", "Cardiology"], languages=["English", "Tamil", "Hindi", "Telugu"], publications=9,
  usce_entries=[dict(type="research", specialty="Cardiology", state="PA", start="2016-08", end="2019-07"),
                dict(type="research", specialty="Cardiology", state="MD", start="2019-08", end="2021-06"),
                dict(type="observership", specialty="Cardiology", state="OH", start="2024-03", end="2024-04")],
  usce_months=61, usce_months_clinical=2)
PEOPLE.append(P)

# ---------------------------------------------------------------- 002
P = dict(id="002", layout="latex_twocol_dates", title="Marwa El-Sayed Abdelrahman, MBBCh, MSc",
    name_line="Marwa El-Sayed Abdelrahman, MBBCh, MSc (Pediatrics)", email="marwa.abdelrahman.peds@outlook.com", phone="(513) 555-0264",
    address="Mason, Ohio 45040, USA", personal="Date of birth: 14/02/1985",
    pubs=gen(2, "Abdelrahman M", ["Hassan A", "Fischer KL", "Ng D", "Morales R", "Whitcomb J"],
             ["neonatal sepsis", "bronchopulmonary dysplasia", "necrotizing enterocolitis", "hypoxic-ischemic encephalopathy"],
             ["preterm infants", "very low birth weight neonates", "Egyptian neonatal units"],
             ["J Pediatr", "Pediatr Res", "J Perinatol", "Neonatology", "Egypt Pediatric Assoc Gaz"], (2012, 2024), 6, 3, 0, 1,
             confs=["Pediatric Academic Societies Meeting", "Hot Topics in Neonatology"]))
P["sections"] = [
 ("Education", [
   E("2002 -- 2008", "MBBCh (Bachelor of Medicine and Surgery), Faculty of Medicine, Cairo University, Egypt", "Graduated 2008, grade: Excellent with honours"),
   E("2009 -- 2013", "MSc Pediatrics and Egyptian Fellowship Board of Pediatrics, Cairo University Children's Hospital (Abu El Reesh)"),
 ]),
 ("Licensure and Examinations", [
   "USMLE Step 1 -- 229 (2017)", "USMLE Step 2 CK -- 241 (2022)", "ECFMG certification -- certified (August 2022)",
   "Immigration -- U.S. Permanent Resident (Green Card holder); no sponsorship needed",
   "Kuwait Ministry of Health license (2013, inactive)",
 ]),
 ("Clinical Experience (USA)", [
   E("06/2024 -- 08/2024", "Pediatric Externship (hands-on), Department of Pediatrics, Brookdale University Hospital, Brooklyn, NY", None, ["Wrote notes and presented patients on the general pediatric ward under supervision; 12 weeks"]),
 ]),
 ("Research Experience (USA)", [
   E("09/2018 -- 08/2021", "Research Fellow, Department of Pediatrics (Division of Neonatology), Cincinnati Children's Hospital Medical Center, Cincinnati, OH", "Mentor: Jane Whitcomb, MD", ["Neonatal lung injury models; clinical database of 1,100 preterm infants"]),
 ]),
 ("Clinical Experience (Egypt and Kuwait)", [
   E("03/2009 -- 02/2013", "Pediatric Resident, Cairo University Children's Hospital, Cairo, Egypt"),
   E("04/2013 -- 06/2018", "Specialist Pediatrician, Al-Adan Hospital, Ministry of Health, Kuwait", None, ["NICU and general pediatrics; 40-bed unit"]),
 ]),
 ("Career Break", ["09/2021 -- 05/2024: maternity leave and childcare (two children); completed PALS, NRP and Step 2 CK during this period."]),
 ("Career Goal", ["Categorical Pediatrics residency, with later interest in neonatology."]),
 ("Languages", ["Arabic -- native; English -- fluent (IELTS 8.0, 2012); French -- intermediate"]),
]
P["referees"] = [
 "Jane Whitcomb, MD, Professor of Pediatrics, Perinatal Institute, Cincinnati Children's Hospital, 3333 Burnet Ave, Cincinnati, OH 45229 -- jane.whitcomb@cchmc-example.org -- (513) 555-0110",
 "Samuel Okafor, MD, Program Faculty, Brookdale University Hospital, Brooklyn, NY -- sokafor@brookdale-example.org -- (718) 555-0178",
]
P["truth"] = dict(full_name="Marwa El-Sayed Abdelrahman", email="marwa.abdelrahman.peds@outlook.com", phone_e164="+15135550264",
  medical_school="Cairo University", medical_school_country="EG", graduation_year=2008, is_student=False,
  usmle_step1=229, usmle_step2ck=241, usmle_step3=None, ecfmg_status="certified", visa_status="green_card",
  specialties=["Pediatrics"], languages=["Arabic", "English", "French"], publications=6,
  usce_entries=[dict(type="hands_on", specialty="Pediatrics", state="NY", start="2024-06", end="2024-08"),
                dict(type="research", specialty="Pediatrics", state="OH", start="2018-09", end="2021-08")],
  usce_months=39, usce_months_clinical=3)
PEOPLE.append(P)

# ---------------------------------------------------------------- 003
P = dict(id="003", layout="reportlab_twocol", title="Olumide Babatunde Adeyemi",
    name_line="DR. OLUMIDE BABATUNDE ADEYEMI, MBBS, FWACS", email="o.b.adeyemi.obgyn@yahoo.com", phone="+1 205-555-0331",
    address="1420 Highland Ave S, Birmingham, AL 35205", personal="Nationality: Nigerian",
    pubs=gen(3, "Adeyemi OB", ["Okonkwo C", "Bright TS", "Lawal A", "Fenwick R", "Suleiman H", "Dunmore K"],
             ["cervical cancer screening", "postpartum haemorrhage", "uterine fibroids", "endometrial cancer surgery", "preeclampsia"],
             ["women in sub-Saharan Africa", "a Nigerian teaching hospital", "Black women in Alabama", "HIV-positive women"],
             ["Gynecol Oncol", "Int J Gynaecol Obstet", "Obstet Gynecol", "Afr J Reprod Health", "BJOG"], (2011, 2025), 11, 5, 1, 1,
             confs=["SGO Annual Meeting on Women's Cancer", "ACOG Annual Clinical & Scientific Meeting"]))
P["sections"] = [
 ("Professional Summary", ["Fellow of the West African College of Surgeons (Obstetrics & Gynaecology) with 9 years of specialist practice in Nigeria and 3 years of US gynaecologic-oncology research. Applying for Obstetrics and Gynecology residency."]),
 ("Medical Education", [
   E("1999 -- 2006", "MBBS, College of Medicine, University of Ibadan, Nigeria", "Graduated December 2006"),
   E("2008 -- 2014", "Residency in Obstetrics & Gynaecology, University College Hospital (UCH), Ibadan", "FWACS (Obs & Gynae), 2014"),
 ]),
 ("Examinations", [
   "USMLE Step 1: 221 (2012)", "USMLE Step 2 CK: 236 (2019)", "USMLE Step 3: 224 (2021)",
   "PLAB Part 1: passed (2010) -- not pursued", "ECFMG: Certified (2019)", "Visa: H-1B holder",
 ]),
 ("United States Experience", [
   E("01/2018 -- 12/2020", "Postdoctoral Research Fellow, Department of Obstetrics & Gynecology, University of Alabama at Birmingham, AL", None, ["Disparities in endometrial cancer outcomes; NCI-funded cohort"]),
   E("09/2023 -- 10/2023", "Observer, Department of Obstetrics & Gynecology, John H. Stroger Jr. Hospital of Cook County, Chicago, IL"),
   E("June 2025 (4 weeks)", "Clinical Extern (hands-on), Labor & Delivery, Harris Health Ben Taub Hospital, Houston, TX", None, ["Admitted laboring patients, performed supervised deliveries, wrote notes"]),
 ]),
 ("Clinical Work in Nigeria", [
   E("2007 -- 2008", "House Officer (internship), UCH Ibadan"),
   E("2014 -- 2017", "Consultant Obstetrician & Gynaecologist, Federal Medical Centre, Abeokuta, Ogun State"),
 ]),
 ("Gap Explanation", ["Jan 2021 -- Aug 2023: Completed USMLE Step 3, worked in medical billing and coding (non-clinical administrative role), and supported family relocation."]),
 ("Languages", ["English, Yoruba, Nigerian Pidgin"]),
]
P["referees"] = [
 "Prof. Rebecca Fenwick, MD, Division of Gynecologic Oncology, UAB, 619 19th St S, Birmingham, AL 35233. rfenwick@uab-example.edu. Tel: 205-555-0199",
 "Dr. Chidi Okonkwo, FWACS, Head, Dept of O&G, Federal Medical Centre Abeokuta. c.okonkwo@fmca-example.ng. +234 803 555 0147",
]
P["truth"] = dict(full_name="Olumide Babatunde Adeyemi", email="o.b.adeyemi.obgyn@yahoo.com", phone_e164="+12055550331",
  medical_school="University of Ibadan", medical_school_country="NG", graduation_year=2006, is_student=False,
  usmle_step1=221, usmle_step2ck=236, usmle_step3=224, ecfmg_status="certified", visa_status="h1b",
  specialties=["Obstetrics and Gynecology"], languages=["English", "Yoruba", "Nigerian Pidgin"], publications=11,
  usce_entries=[dict(type="research", specialty="Obstetrics and Gynecology", state="AL", start="2018-01", end="2020-12"),
                dict(type="observership", specialty="Obstetrics and Gynecology", state="IL", start="2023-09", end="2023-10"),
                dict(type="hands_on", specialty="Obstetrics and Gynecology", state="TX", start="2025-06", end="2025-06")],
  usce_months=39, usce_months_clinical=3)
PEOPLE.append(P)

# ---------------------------------------------------------------- 004
P = dict(id="004", layout="reportlab_table", title="Tariq Mahmood Qureshi",
    name_line="Tariq Mahmood Qureshi, MBBS, FCPS (Medicine)", email="tmqureshi.pulm@gmail.com", phone="734-555-0419",
    address="Ann Arbor, MI 48105", personal="Year of birth: 1978",
    pubs=gen(4, "Qureshi TM", ["Lindqvist E", "Haider S", "Moreno P", "Kaplan DR", "Abbasi N", "Turner G"],
             ["ARDS", "interstitial lung disease", "COPD exacerbations", "prone positioning", "post-COVID fibrosis"],
             ["mechanically ventilated adults", "veterans", "Saudi ICU patients", "a Michigan cohort"],
             ["Chest", "Crit Care Med", "Ann Am Thorac Soc", "Respir Med", "Ann Thorac Med"], (2009, 2024), 14, 8, 0, 1,
             confs=["ATS International Conference", "CHEST Annual Meeting", "SCCM Critical Care Congress"]))
P["sections"] = [
 ("Education & Postgraduate Training", [
   E("1996 - 2002", "MBBS, King Edward Medical University (KEMU), Lahore, Pakistan", "Final professional passed Dec 2002; house job 2003"),
   E("2005 - 2009", "FCPS Medicine residency, Mayo Hospital, Lahore", "Fellow of College of Physicians & Surgeons Pakistan, 2009"),
 ]),
 ("USMLE / Certification", [
   "Step 1: 212 (taken 2009)", "Step 2 CK: 228 (taken 2021)", "Step 2 CS: Pass (2011)",
   "ECFMG certified (2021)", "Visa: U.S. Lawful Permanent Resident (EB-2 NIW, 2023)",
 ]),
 ("Professional Experience", [
   E("2010 - 2018", "Consultant Pulmonologist & Intensivist, King Fahad Medical City, Riyadh, Saudi Arabia", None, ["Saudi Board Pulmonology equivalency; 24-bed MICU"]),
   E("Jan 2019 - Dec 2021", "Research Fellow, Pulmonary & Critical Care Medicine, University of Michigan, Ann Arbor, MI", None, ["ARDS phenotyping; MICU data warehouse; 6 first-author papers"]),
   E("Feb 2022 - Mar 2022", "Observer, Pulmonary & Critical Care, Henry Ford Hospital, Detroit, MI"),
   E("Apr 2022 - present", "Medical Interpreter (Urdu/Punjabi), Michigan Medicine Language Services, Ann Arbor, MI", None, ["Part-time, non-clinical role"]),
 ]),
 ("Interests", ["Internal Medicine residency; fellowship in Pulmonary and Critical Care Medicine"]),
 ("Languages", ["Urdu, Punjabi, English, Arabic (working knowledge)"]),
]
P["referees"] = [
 "Erik Lindqvist, MD, Professor, Division of Pulmonary & Critical Care, University of Michigan, 1500 E Medical Center Dr, Ann Arbor, MI 48109; elindqvist@umich-example.edu; 734-555-0100",
 "Gregory Turner, MD, Henry Ford Hospital, Detroit, MI; gturner@hfhs-example.org; 313-555-0166",
]
P["truth"] = dict(full_name="Tariq Mahmood Qureshi", email="tmqureshi.pulm@gmail.com", phone_e164="+17345550419",
  medical_school="King Edward Medical University", medical_school_country="PK", graduation_year=2002, is_student=False,
  usmle_step1=212, usmle_step2ck=228, usmle_step3=None, ecfmg_status="certified", visa_status="green_card",
  specialties=["Internal Medicine", "Pulmonology/Critical Care"], languages=["Urdu", "Punjabi", "English", "Arabic"], publications=14,
  usce_entries=[dict(type="research", specialty="Pulmonology/Critical Care", state="MI", start="2019-01", end="2021-12"),
                dict(type="observership", specialty="Pulmonology/Critical Care", state="MI", start="2022-02", end="2022-03")],
  usce_months=38, usce_months_clinical=2)
PEOPLE.append(P)

# ---------------------------------------------------------------- 005
P = dict(id="005", layout="docx_header_contacts", title="Ana Lucía Restrepo Gómez",
    name_line="Ana Lucía Restrepo Gómez, MD", email="analucia.restrepo.anes@gmail.com", phone="+1 650 555 0723",
    address="Palo Alto, CA 94306", personal="Colombian citizen",
    pubs=gen(5, "Restrepo-Gómez AL", ["Whitfield S", "Chen Y", "Álvarez J", "Brooks M"],
             ["regional anesthesia", "postoperative delirium", "opioid-sparing analgesia", "difficult airway management"],
             ["elderly surgical patients", "Colombian hospitals", "orthopedic surgery patients"],
             ["Anesth Analg", "Reg Anesth Pain Med", "Br J Anaesth", "Rev Colomb Anestesiol"], (2013, 2024), 5, 4, 1, 2,
             confs=["ASA Annual Meeting (ANESTHESIOLOGY)", "ASRA Spring Meeting"]))
P["sections"] = [
 ("Education", [
   E("2003–2010", "Médico y Cirujano (MD), Universidad de Antioquia, Medellín, Colombia", "Graduated 2010; año rural (social service) 2010–2011, Urabá"),
   E("2011–2014", "Especialización en Anestesiología y Reanimación (residency), Universidad de Antioquia / Hospital San Vicente Fundación"),
 ]),
 ("Exams & Certification", ["USMLE Step 1: 232 (2018)", "USMLE Step 2 CK: 244 (2023)", "NBME CCSSA practice: 251 (not official)", "ECFMG certified — 2023",
   "Visa: currently J-1 research scholar; will require an ECFMG-sponsored J-1 for clinical training"]),
 ("U.S. Experience", [
   E("Oct 2019 – Sep 2022", "Research Fellow, Department of Anesthesiology, Perioperative and Pain Medicine, Stanford University, Stanford, CA", None, ["Randomized trial of nerve blocks; data monitoring"]),
   E("Jan 2024 – Feb 2024", "Observership, Department of Anesthesia, Critical Care and Pain Medicine, Massachusetts General Hospital, Boston, MA"),
 ]),
 ("Clinical Experience (Colombia)", [
   E("2014–2019", "Anestesióloga (Attending Anesthesiologist), Clínica Las Américas, Medellín"),
 ]),
 ("Gap", ["Oct 2022 – Dec 2023: Step 2 CK preparation; teaching assistant (online) for Universidad de Antioquia simulation course."]),
 ("Specialty Interest", ["Anesthesiology"]),
 ("Languages", ["Spanish (native), English (C1), Portuguese (basic)"]),
]
P["referees"] = [
 "Sarah Whitfield, MD, Professor of Anesthesiology, Stanford University School of Medicine, 300 Pasteur Dr, Stanford, CA 94305 · swhitfield@stanford-example.edu · +1 650 555 0148",
 "Michael Brooks, MD, MGH Department of Anesthesia, Boston, MA · mbrooks@mgh-example.org · +1 617 555 0171",
]
P["truth"] = dict(full_name="Ana Lucía Restrepo Gómez", email="analucia.restrepo.anes@gmail.com", phone_e164="+16505550723",
  medical_school="Universidad de Antioquia", medical_school_country="CO", graduation_year=2010, is_student=False,
  usmle_step1=232, usmle_step2ck=244, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Anesthesiology"], languages=["Spanish", "English", "Portuguese"], publications=5,
  usce_entries=[dict(type="research", specialty="Anesthesiology", state="CA", start="2019-10", end="2022-09"),
                dict(type="observership", specialty="Anesthesiology", state="MA", start="2024-01", end="2024-02")],
  usce_months=38, usce_months_clinical=2)
PEOPLE.append(P)

# ---------------------------------------------------------------- 006
P = dict(id="006", layout="docx_soffice_footer_contacts", title="Oksana Petrenko",
    name_line="Oksana Petrenko, MD, PhD  (Оксана Петренко)", email="oksana.petrenko.neuro@protonmail.com", phone="+1 (507) 555-0836",
    address="Rochester, MN 55901", personal="Born 1982, Kyiv, Ukraine",
    pubs=gen(6, "Petrenko O", ["Halvorsen K", "Shevchenko I", "Dobson T", "Lukianenko V", "Reiss A"],
             ["multiple sclerosis", "autoimmune encephalitis", "status epilepticus", "CSF biomarkers"],
             ["Ukrainian patients", "adults with refractory epilepsy", "a Midwestern cohort"],
             ["Neurology", "Mult Scler", "J Neuroimmunol", "Epilepsia", "Ukr Neurol J"], (2010, 2023), 7, 5, 1, 0,
             confs=["AAN Annual Meeting", "ECTRIMS Congress"]))
P["sections"] = [
 ("Education", [
   E("1999–2005", "Medical Doctor (Лікар / MD equivalent), Bogomolets National Medical University, Kyiv, Ukraine", "Diploma with honours, June 2005"),
   E("2005–2007", "Internship (інтернатура) in Neurology, Kyiv City Clinical Hospital No. 4"),
   E("2008–2012", "PhD (Candidate of Medical Sciences), Neurology, Bogomolets NMU"),
 ]),
 ("USMLE & ECFMG", ["Step 1 — 219 (07/2014)", "Step 2 CK — 233 (03/2023)", "ECFMG Certificate — issued 04/2023", "Status — U.S. Permanent Resident"]),
 ("Research Experience in the United States", [
   E("03.2016 – 02.2018", "Research Fellow, Department of Neurology, Mayo Clinic, Rochester, MN", None, ["Autoimmune neurology laboratory; antibody panels"]),
   E("03.2018 – 12.2020", "Postdoctoral Associate, Department of Neurology, University of Minnesota, Minneapolis, MN", None, ["MS imaging biomarkers"]),
 ]),
 ("Clinical Observerships (USA)", [
   E("09.2024 – 10.2024", "Observer, Department of Neurology, Northwestern Memorial Hospital, Chicago, IL", None, ["Stroke and epilepsy services"]),
 ]),
 ("Clinical Practice — Ukraine", [
   E("2007–2015", "Neurologist, Kyiv City Clinical Hospital No. 4, Kyiv"),
 ]),
 ("Explanation of Gap (2021–2024)", ["Supported relatives displaced by the war in Ukraine (2022) and prepared for Step 2 CK; volunteer neurologist (tele-consults to Ukrainian hospitals, not US clinical experience)."]),
 ("Specialty Sought", ["Neurology (categorical/advanced)"]),
 ("Languages", ["Ukrainian (native), Russian (native), English (fluent), Polish (intermediate)"]),
]
P["referees"] = [
 "Karl Halvorsen, MD, Consultant, Department of Neurology, Mayo Clinic, 200 First St SW, Rochester, MN 55905 — halvorsen.karl@mayo-example.edu — (507) 555-0122",
 "Anna Reiss, MD, Northwestern Medicine, Chicago, IL — areiss@nm-example.org — (312) 555-0190",
]
P["truth"] = dict(full_name="Oksana Petrenko", email="oksana.petrenko.neuro@protonmail.com", phone_e164="+15075550836",
  medical_school="Bogomolets National Medical University", medical_school_country="UA", graduation_year=2005, is_student=False,
  usmle_step1=219, usmle_step2ck=233, usmle_step3=None, ecfmg_status="certified", visa_status="green_card",
  specialties=["Neurology"], languages=["Ukrainian", "Russian", "English", "Polish"], publications=7,
  usce_entries=[dict(type="research", specialty="Neurology", state="MN", start="2016-03", end="2018-02"),
                dict(type="research", specialty="Neurology", state="MN", start="2018-03", end="2020-12"),
                dict(type="observership", specialty="Neurology", state="IL", start="2024-09", end="2024-10")],
  usce_months=60, usce_months_clinical=2)
PEOPLE.append(P)

# ---------------------------------------------------------------- 007
P = dict(id="007", layout="rtf_native", title="Hossein Rahimi-Nejad",
    name_line="Hossein Rahimi-Nejad, MD  (حسین رحیمی‌نژاد)", email="h.rahiminejad.gi@gmail.com", phone="+1 310-555-0952",
    address="Los Angeles, CA 90024", personal="DOB: 1977",
    pubs=gen(7, "Rahimi-Nejad H", ["Malekzadeh F", "Gordon ST", "Vance P", "Karimi A", "Ostrowski L"],
             ["Helicobacter pylori eradication", "esophageal squamous cell carcinoma", "inflammatory bowel disease", "NAFLD"],
             ["an Iranian cohort", "Hispanic patients in Los Angeles", "adults undergoing endoscopy"],
             ["Gastroenterology", "Am J Gastroenterol", "Arch Iran Med", "Dig Dis Sci", "Clin Gastroenterol Hepatol"], (2006, 2024), 12, 7, 2, 1,
             confs=["Digestive Disease Week (DDW)", "ACG Annual Scientific Meeting"]))
P["sections"] = [
 ("Education", [
   E("1995-2002", "Doctor of Medicine (MD), Tehran University of Medical Sciences, Tehran, Iran", "Graduated September 2002"),
   E("2003-2007", "Residency, Internal Medicine, Imam Khomeini Hospital Complex, Tehran"),
   E("2007-2009", "Fellowship, Gastroenterology & Hepatology, Shariati Hospital, Tehran"),
 ]),
 ("USMLE", ["Step 1: 226 (2016)", "Step 2 CK: 239 (2022)", "Step 3: 221 (2024)", "ECFMG status: Certified", "Immigration status: Green card"]),
 ("US Experience", [
   E("04/2018-03/2021", "Research Fellow, Vatche and Tamar Manoukian Division of Digestive Diseases, UCLA, Los Angeles, CA"),
   E("11/2023-12/2023", "Observership, Gastroenterology, Cedars-Sinai Medical Center, Los Angeles, CA"),
 ]),
 ("Clinical Work in Iran", [E("2009-2017", "Attending Gastroenterologist, Shariati Hospital and private clinic, Tehran")]),
 ("Gap 2021-2023", ["Step 2 CK and Step 3 preparation; part-time medical scribe in Los Angeles (non-physician role)."]),
 ("Interests", ["Internal Medicine residency followed by Gastroenterology fellowship"]),
 ("Languages", ["Persian (Farsi), English, Arabic (reading)"]),
]
P["referees"] = [
 "Stephen T. Gordon, MD, Professor of Medicine, UCLA Digestive Diseases, 10833 Le Conte Ave, Los Angeles, CA 90095; sgordon@ucla-example.edu; 310-555-0105",
 "Paula Vance, MD, Cedars-Sinai Medical Center, Los Angeles, CA; pvance@csmc-example.org; 310-555-0177",
]
P["truth"] = dict(full_name="Hossein Rahimi-Nejad", email="h.rahiminejad.gi@gmail.com", phone_e164="+13105550952",
  medical_school="Tehran University of Medical Sciences", medical_school_country="IR", graduation_year=2002, is_student=False,
  usmle_step1=226, usmle_step2ck=239, usmle_step3=221, ecfmg_status="certified", visa_status="green_card",
  specialties=["Internal Medicine", "Gastroenterology"], languages=["Persian", "English", "Arabic"], publications=12,
  usce_entries=[dict(type="research", specialty="Gastroenterology", state="CA", start="2018-04", end="2021-03"),
                dict(type="observership", specialty="Gastroenterology", state="CA", start="2023-11", end="2023-12")],
  usce_months=38, usce_months_clinical=2)
PEOPLE.append(P)

# ---------------------------------------------------------------- 008
P = dict(id="008", layout="rtf_soffice_pdf", title="João Pedro Carvalho Nogueira",
    name_line="João Pedro Carvalho Nogueira, M.D.", email="jp.nogueira.cirurgia@gmail.com", phone="+55 31 99876-5432",
    address="Rua Gonçalves Dias 1200, Belo Horizonte – MG, Brazil", personal="Brazilian, born 1984",
    pubs=gen(8, "Nogueira JPC", ["Silva RA", "Hargrove M", "Teixeira L", "Kapoor A", "Lemos F"],
             ["gastric cancer surgery", "cytoreductive surgery with HIPEC", "laparoscopic colectomy", "pancreaticoduodenectomy"],
             ["Brazilian patients", "older adults", "a high-volume centre"],
             ["Ann Surg Oncol", "J Surg Oncol", "Rev Col Bras Cir", "World J Surg", "JAMA Surg"], (2012, 2024), 8, 4, 1, 1,
             confs=["SSO Annual Cancer Symposium", "ACS Clinical Congress"]))
P["sections"] = [
 ("Education", [
   E("2003 – 2009", "Medicina (MD), Faculdade de Medicina, Universidade Federal de Minas Gerais (UFMG), Belo Horizonte, Brazil", "Graduated December 2009"),
   E("2010 – 2013", "Residency in General Surgery, Hospital das Clínicas da UFMG"),
   E("2013 – 2015", "Residency in Surgical Oncology, Instituto Nacional de Câncer (INCA), Rio de Janeiro"),
 ]),
 ("USMLE and ECFMG", ["USMLE Step 1: 240 (2018)", "USMLE Step 2 CK: 247 (2022)", "ECFMG Certified (2022)", "U.S. visa: B1/B2 valid until 2029"]),
 ("U.S. Research and Clinical Experience", [
   E("Jul 2019 – Jun 2021", "Research Fellow, Department of Surgery, McGovern Medical School at UTHealth Houston, Houston, TX"),
   E("May–June 2023", "Surgical Externship (hands-on, sub-intern level), Department of Surgery, Jackson Memorial Hospital, Miami, FL"),
   E("Aug 2024", "Observership, General Surgery, NewYork-Presbyterian/Weill Cornell, New York, NY"),
 ]),
 ("Clinical Practice in Brazil", [E("2015 – 2019", "Attending General & Oncologic Surgeon, Hospital Felício Rocho, Belo Horizonte"), E("2021 – present", "Attending Surgeon, Hospital Felício Rocho (returned after US fellowship)")]),
 ("Career Interest", ["General Surgery residency"]),
 ("Languages", ["Portuguese (native), Spanish (fluent), English (fluent)"]),
]
P["referees"] = [
 "Michael Hargrove, MD, Professor of Surgery, McGovern Medical School at UTHealth Houston, 6431 Fannin St, Houston, TX 77030 | mhargrove@uth-example.edu | (713) 555-0133",
 "Prof. Renato A. Silva, Departamento de Cirurgia, UFMG | renato.silva@ufmg-example.br | +55 31 3409-5555",
]
P["truth"] = dict(full_name="João Pedro Carvalho Nogueira", email="jp.nogueira.cirurgia@gmail.com", phone_e164="+5531998765432",
  medical_school="Universidade Federal de Minas Gerais", medical_school_country="BR", graduation_year=2009, is_student=False,
  usmle_step1=240, usmle_step2ck=247, usmle_step3=None, ecfmg_status="certified", visa_status="b1b2",
  specialties=["General Surgery"], languages=["Portuguese", "Spanish", "English"], publications=8,
  usce_entries=[dict(type="research", specialty="General Surgery", state="TX", start="2019-07", end="2021-06"),
                dict(type="hands_on", specialty="General Surgery", state="FL", start="2023-05", end="2023-06"),
                dict(type="observership", specialty="General Surgery", state="NY", start="2024-08", end="2024-08")],
  usce_months=27, usce_months_clinical=3)
PEOPLE.append(P)

# ---------------------------------------------------------------- 009
P = dict(id="009", layout="chromium_dense_academic", title="Xiaoyan Li",
    name_line="Xiaoyan Li, MD, PhD (李晓燕)", email="xiaoyan.li.rheum@gmail.com", phone="(415) 555-0648",
    address="1650 Owens St, San Francisco, CA 94158", personal="Born 1983, Beijing, China",
    pubs=gen(9, "Li X", ["Zhang Y", "Bernstein R", "Wang H", "Greer AM", "Liu J", "Patterson D", "Zeng X"],
             ["systemic lupus erythematosus", "lupus nephritis", "rheumatoid arthritis-associated ILD", "type I interferon signature", "ANCA vasculitis"],
             ["Chinese patients", "a US multiethnic cohort", "women of reproductive age"],
             ["Arthritis Rheumatol", "Ann Rheum Dis", "Lupus", "Rheumatology (Oxford)", "J Immunol", "Chin Med J"], (2009, 2025), 16, 9, 2, 2,
             confs=["ACR Convergence", "EULAR Congress", "APLAR Congress"]))
P["sections"] = [
 ("Education", [
   E("1999–2007", "MD (8-year program, Doctor of Medicine), Peking Union Medical College, Beijing, China", "Graduated July 2007"),
   E("2007–2012", "Resident and Chief Resident, Internal Medicine, Peking Union Medical College Hospital (PUMCH)"),
   E("2009–2012", "PhD (Clinical Immunology), Chinese Academy of Medical Sciences (concurrent)"),
 ]),
 ("Certification", ["USMLE Step 1: 251 (2019)", "USMLE Step 2 CK: 249 (2023)", "USMLE Step 3: 236 (2025)", "ECFMG: certified (2023)", "Visa: H-1B (cap-exempt, UCSF)"]),
 ("Postdoctoral & Research Positions (USA)", [
   E("2016.09 – 2019.08", "Postdoctoral Research Fellow, Autoimmunity and Inflammation Program, Hospital for Special Surgery, New York, NY", "Rheumatology research; PI: R. Bernstein"),
   E("2019.09 – 2022.12", "Research Associate (Specialist), Division of Rheumatology, University of California San Francisco, CA"),
   E("2023.01 – present", "Staff Research Scientist, Division of Rheumatology, University of California San Francisco, San Francisco, CA", "Lupus nephritis biomarker cohort (H-1B employer)"),
 ]),
 ("Clinical Experience (USA)", [E("2025.03 – 2025.04", "Observership, Division of Rheumatology, Johns Hopkins Hospital, Baltimore, MD")]),
 ("Clinical Experience (China)", [E("2012–2016", "Attending Physician, Department of Rheumatology, PUMCH, Beijing")]),
 ("Awards", ["ACR/REF Scientist Development Award (2021)", "PUMCH Outstanding Young Physician (2015)"]),
 ("Specialty Goals", ["Internal Medicine residency → Rheumatology fellowship"]),
 ("Languages", ["Mandarin Chinese (native), English (fluent), Cantonese (conversational)"]),
]
P["referees"] = [
 "Robert Bernstein, MD, PhD — Senior Scientist, Hospital for Special Surgery, 535 E 70th St, New York, NY 10021 — bernsteinr@hss-example.edu — (212) 555-0180",
 "Anne-Marie Greer, MD — Professor of Medicine, Division of Rheumatology, UCSF — amgreer@ucsf-example.edu — (415) 555-0121",
 "Zeng Xiaofeng, MD — Professor, Department of Rheumatology, PUMCH, Beijing — zengxf@pumch-example.cn — +86 10 6915 5555",
]
P["truth"] = dict(full_name="Xiaoyan Li", email="xiaoyan.li.rheum@gmail.com", phone_e164="+14155550648",
  medical_school="Peking Union Medical College", medical_school_country="CN", graduation_year=2007, is_student=False,
  usmle_step1=251, usmle_step2ck=249, usmle_step3=236, ecfmg_status="certified", visa_status="h1b",
  specialties=["Internal Medicine", "Rheumatology"], languages=["Mandarin Chinese", "English", "Cantonese"], publications=16,
  usce_entries=[dict(type="research", specialty="Rheumatology", state="NY", start="2016-09", end="2019-08"),
                dict(type="research", specialty="Rheumatology", state="CA", start="2019-09", end="2022-12"),
                dict(type="research", specialty="Rheumatology", state="CA", start="2023-01", end="2026-12"),
                dict(type="observership", specialty="Rheumatology", state="MD", start="2025-03", end="2025-04")],
  usce_months=124, usce_months_clinical=2)
PEOPLE.append(P)

# ---------------------------------------------------------------- 010
P = dict(id="010", layout="chromium_sidebar", title="Yazan Al-Khatib",
    name_line="Dr. med. Yazan Al-Khatib", email="yazan.alkhatib.md@gmx.de", phone="+49 176 5550 2841",
    address="Leipzig, Germany", personal="Born 1988, Damascus",
    pubs=gen(10, "Al-Khatib Y", ["Becker M", "Sorensen L", "Nakamura T", "Haddad R"],
             ["CAR-T cell therapy", "acute myeloid leukemia", "allogeneic stem cell transplantation", "cytokine release syndrome"],
             ["adults over 60", "refugee patients", "a German university hospital"],
             ["Blood Adv", "Bone Marrow Transplant", "Transplant Cell Ther", "Ann Hematol"], (2018, 2025), 4, 3, 0, 1,
             confs=["ASH Annual Meeting", "EHA Congress", "Tandem Meetings"]))
P["sections"] = [
 ("Education", [
   E("2006 – 2012", "Doctor of Medicine (MD), Faculty of Medicine, Damascus University, Syria", "Graduated 2012"),
   E("2017 – 2019", "Dr. med. (doctoral thesis), Universität Leipzig, Germany"),
 ]),
 ("Postgraduate Training", [
   E("10/2012 – 08/2015", "Resident, Internal Medicine, Al-Mouwasat University Hospital, Damascus (interrupted)"),
   E("01/2016 – 09/2020", "Assistenzarzt, Innere Medizin / Hämatologie, Universitätsklinikum Leipzig, Germany"),
 ]),
 ("Experience in the United States", [
   E("10/2020 – 09/2022", "Research Fellow, Clinical Research Division, Fred Hutchinson Cancer Center, Seattle, WA", "Hematology/Oncology — transplant outcomes"),
   E("Summer 2023", "Observer, Hematology & Oncology clinics, Fred Hutchinson Cancer Center, Seattle, WA"),
   E("03.2025 – 05.2025", "Hands-on Externship, Internal Medicine wards, Detroit Medical Center, Detroit, MI"),
 ]),
 ("Exams", ["USMLE Step 1 — 235 (2019)", "USMLE Step 2 CK — 250 (2024)", "ECFMG — certified 2024", "German Approbation (full medical license), 2016", "Goethe C1 German"]),
 ("Gap", ["08/2015 – 12/2015: relocation from Syria to Germany; language course (German B2)."]),
 ("Goals", ["Internal Medicine residency; Hematology-Oncology fellowship"]),
]
P["sidebar"] = ["Languages: Arabic (native), English (C2), German (C1)", "Skills: R, SAS, REDCap, flow cytometry", "Permanent residence: Germany (Niederlassungserlaubnis)"]
P["referees"] = [
 "Lars Sorensen, MD — Fred Hutchinson Cancer Center, 1100 Fairview Ave N, Seattle, WA 98109 — lsorensen@fredhutch-example.org — +1 206 555 0155",
 "Prof. Dr. Martin Becker — Universitätsklinikum Leipzig — martin.becker@ukl-example.de — +49 341 555 1234",
]
P["truth"] = dict(full_name="Yazan Al-Khatib", email="yazan.alkhatib.md@gmx.de", phone_e164="+4917655502841",
  medical_school="Damascus University", medical_school_country="SY", graduation_year=2012, is_student=False,
  usmle_step1=235, usmle_step2ck=250, usmle_step3=None, ecfmg_status="certified", visa_status=None,
  specialties=["Internal Medicine", "Hematology/Oncology"], languages=["Arabic", "English", "German"], publications=4,
  usce_entries=[dict(type="research", specialty="Hematology/Oncology", state="WA", start="2020-10", end="2022-09"),
                dict(type="observership", specialty="Hematology/Oncology", state="WA", start="2023-06", end="2023-08"),
                dict(type="hands_on", specialty="Internal Medicine", state="MI", start="2025-03", end="2025-05")],
  usce_months=30, usce_months_clinical=6)
PEOPLE.append(P)

# ---------------------------------------------------------------- 011
P = dict(id="011", layout="odt_odfpy", title="Maria Cristina Dela Cruz Santos",
    name_line="Maria Cristina Dela Cruz Santos, MD", email="mcdcsantos.fm@gmail.com", phone="(916) 555-0379",
    address="Elk Grove, CA 95757", personal="Naturalized U.S. citizen (2019)",
    pubs=gen(11, "Santos MCD", ["Reyes J", "Holloway K", "Tran P"],
             ["hypertension control", "diabetes self-management", "telehealth visits"],
             ["Filipino Americans", "rural primary care patients"],
             ["J Am Board Fam Med", "Fam Med", "Ann Fam Med"], (2018, 2023), 2, 4, 0, 1,
             confs=["STFM Annual Spring Conference", "NAPCRG Annual Meeting"]))
P["sections"] = [
 ("Education", [
   E("1998 - 2005", "Doctor of Medicine, Faculty of Medicine and Surgery, University of Santo Tomas, Manila, Philippines", "Graduated April 2005; Philippine Physician Licensure Exam passed 2006"),
   E("2006 - 2009", "Residency in Family Medicine, Philippine General Hospital, Manila"),
 ]),
 ("Examinations", ["USMLE Step 1: 214 (2016)", "USMLE Step 2 CK: 231 (2023)", "ECFMG Certified (2023)"]),
 ("Clinical & Research Experience", [
   E("07/2024 - 09/2024", "Family Medicine Externship (hands-on), Sutter Medical Group, Sacramento, CA"),
   E("01/2021 - 03/2021", "Virtual (telehealth) observership, Family Medicine, University of Nevada, Reno School of Medicine, NV"),
   E("06/2017 - 05/2020", "Research Fellow, Department of Family and Community Medicine, UC Davis Health, Sacramento, CA"),
   E("03/2015 - 05/2017", "Medical Assistant, Kaiser Permanente, Roseville, CA", "Non-physician role while completing licensure steps"),
   E("2009 - 2014", "Family Physician, Manila Doctors Hospital, Philippines"),
 ]),
 ("Interests", ["Family Medicine; Geriatrics"]),
 ("Languages", ["English, Filipino (Tagalog), Cebuano"]),
]
P["referees"] = [
 "Karen Holloway, MD, Professor, Family and Community Medicine, UC Davis Health, 4860 Y St, Sacramento, CA 95817 - kholloway@ucdavis-example.edu - (916) 555-0140",
 "Joseph Reyes, MD, Sutter Medical Group, Sacramento, CA - jreyes@sutter-example.org - (916) 555-0192",
]
P["truth"] = dict(full_name="Maria Cristina Dela Cruz Santos", email="mcdcsantos.fm@gmail.com", phone_e164="+19165550379",
  medical_school="University of Santo Tomas", medical_school_country="PH", graduation_year=2005, is_student=False,
  usmle_step1=214, usmle_step2ck=231, usmle_step3=None, ecfmg_status="certified", visa_status="citizen",
  specialties=["Family Medicine", "Geriatrics"], languages=["English", "Filipino", "Cebuano"], publications=2,
  usce_entries=[dict(type="hands_on", specialty="Family Medicine", state="CA", start="2024-07", end="2024-09"),
                dict(type="telehealth", specialty="Family Medicine", state="NV", start="2021-01", end="2021-03"),
                dict(type="research", specialty="Family Medicine", state="CA", start="2017-06", end="2020-05")],
  usce_months=42, usce_months_clinical=3)
PEOPLE.append(P)

# ---------------------------------------------------------------- 012
P = dict(id="012", layout="fpdf2_classic", title="Dimitrios Papadopoulos",
    name_line="Dimitrios Papadopoulos, MD, PhD (Δημήτριος Παπαδόπουλος)", email="d.papadopoulos.cardio@gmail.com", phone="+1 646 555 0917",
    address="New York, NY 10029", personal="Born 1976, Thessaloniki, Greece",
    pubs=gen(12, "Papadopoulos D", ["Georgiou N", "Whitaker B", "Kostas E", "Ramirez V", "Saliba W", "Tsiouris A"],
             ["atrial fibrillation ablation", "cardiac resynchronization therapy", "ventricular tachycardia", "left atrial appendage occlusion"],
             ["Greek patients", "elderly patients", "patients with heart failure"],
             ["Heart Rhythm", "Europace", "J Cardiovasc Electrophysiol", "Hellenic J Cardiol", "JACC Clin Electrophysiol"], (2006, 2023), 19, 10, 3, 0,
             confs=["Heart Rhythm Scientific Sessions", "ESC Congress"]))
P["sections"] = [
 ("Education", [
   E("1994 - 2001", "Ptychio Iatrikis (MD), Medical School, National and Kapodistrian University of Athens, Greece"),
   E("2002 - 2003", "Compulsory military service, Hellenic Army Medical Corps (medical officer)"),
   E("2003 - 2009", "Residency in Cardiology, Hippokration General Hospital, Athens"),
   E("2005 - 2010", "PhD, University of Athens Medical School"),
 ]),
 ("Examinations", ["USMLE Step 1: 209 (2011)", "USMLE Step 2 CK: 222 (2018)", "ECFMG Certificate: certified (2018)", "Status: US green card holder (2020)"]),
 ("Professional Experience", [
   E("2009 - 2017", "Consultant Cardiologist - Electrophysiology, Onassis Cardiac Surgery Center, Athens, Greece"),
   E("Sep 2017 - Aug 2019", "Research Fellow, Cardiac Electrophysiology, Cleveland Clinic, Cleveland, OH"),
   E("Oct 2024 - Nov 2024", "Observer, Cardiology, Mount Sinai Hospital, New York, NY"),
 ]),
 ("Gap (Sep 2019 - Sep 2024)", ["Family relocation to New York; caregiver for a child with a chronic illness; completed CME (ACC Self-Assessment Program)."]),
 ("Career Interest", ["Cardiology (will complete Internal Medicine residency first)"]),
 ("Languages", ["Greek (native), English (fluent), German (good)"]),
]
P["referees"] = [
 "Walid Saliba, MD, Cardiac Electrophysiology, Cleveland Clinic, 9500 Euclid Ave, Cleveland, OH 44195; wsaliba@ccf-example.org; 216-555-0113",
 "Prof. Nikolaos Georgiou, Onassis Cardiac Surgery Center, Athens; ngeorgiou@ocsc-example.gr; +30 210 555 4411",
]
P["truth"] = dict(full_name="Dimitrios Papadopoulos", email="d.papadopoulos.cardio@gmail.com", phone_e164="+16465550917",
  medical_school="National and Kapodistrian University of Athens", medical_school_country="GR", graduation_year=2001, is_student=False,
  usmle_step1=209, usmle_step2ck=222, usmle_step3=None, ecfmg_status="certified", visa_status="green_card",
  specialties=["Cardiology", "Internal Medicine"], languages=["Greek", "English", "German"], publications=19,
  usce_entries=[dict(type="research", specialty="Cardiology", state="OH", start="2017-09", end="2019-08"),
                dict(type="observership", specialty="Cardiology", state="NY", start="2024-10", end="2024-11")],
  usce_months=26, usce_months_clinical=2)
PEOPLE.append(P)

# ---------------------------------------------------------------- 013
P = dict(id="013", layout="plain_txt", title="Bishnu Prasad Adhikari",
    name_line="BISHNU PRASAD ADHIKARI, MBBS, MD (Psychiatry)", email="bp.adhikari.psych@gmail.com", phone="+1 203-555-0461",
    address="New Haven, CT 06511", personal="Nepali citizen",
    pubs=gen(13, "Adhikari BP", ["Sharma S", "Goldfarb E", "Thapa R", "Mensah K", "Lowry J"],
             ["depression screening", "suicide prevention", "alcohol use disorder", "first-episode psychosis"],
             ["Nepali adults", "South Asian immigrants", "veterans"],
             ["Psychiatr Serv", "J Affect Disord", "Asian J Psychiatr", "JNMA J Nepal Med Assoc"], (2014, 2024), 6, 3, 1, 1,
             confs=["APA Annual Meeting", "World Congress of Psychiatry"]))
P["sections"] = [
 ("EDUCATION", [
   E("2005-2011", "MBBS, B.P. Koirala Institute of Health Sciences (BPKIHS), Dharan, Nepal", "Graduated 2011; internship 2011-2012"),
   E("2013-2016", "MD Psychiatry (residency), BPKIHS, Dharan"),
 ]),
 ("USMLE", ["Step 1 .......... 224 (2018)", "Step 2 CK ....... 238 (2023)", "ECFMG .......... Certified", "Visa ........... J-1 (research scholar)"]),
 ("US EXPERIENCE", [
   E("08/2019-07/2021", "Postdoctoral Research Fellow, Department of Psychiatry, Yale School of Medicine, New Haven, CT"),
   E("08/2021-01/2023", "Research Associate, Center for Mental Health, University of Pennsylvania, Philadelphia, PA"),
   E("01/2024-02/2024", "Observership, Psychiatry, Bellevue Hospital Center, New York, NY"),
 ]),
 ("CLINICAL WORK IN NEPAL", [E("2016-2019", "Consultant Psychiatrist, Tribhuvan University Teaching Hospital, Kathmandu")]),
 ("GAP", ["02/2023-12/2023: Step 2 CK preparation; volunteer with a Nepali community mental-health helpline (non-clinical)."]),
 ("SPECIALTY", ["Psychiatry"]),
 ("LANGUAGES", ["Nepali, Hindi, English, Maithili"]),
]
P["referees"] = [
 "Eli Goldfarb, MD, Professor of Psychiatry, Yale School of Medicine, 300 George St, New Haven, CT 06511. eli.goldfarb@yale-example.edu. 203-555-0127",
 "Jennifer Lowry, MD, Bellevue Hospital Center, New York, NY. jlowry@nychh-example.org. 212-555-0164",
]
P["truth"] = dict(full_name="Bishnu Prasad Adhikari", email="bp.adhikari.psych@gmail.com", phone_e164="+12035550461",
  medical_school="B.P. Koirala Institute of Health Sciences", medical_school_country="NP", graduation_year=2011, is_student=False,
  usmle_step1=224, usmle_step2ck=238, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
  specialties=["Psychiatry"], languages=["Nepali", "Hindi", "English", "Maithili"], publications=6,
  usce_entries=[dict(type="research", specialty="Psychiatry", state="CT", start="2019-08", end="2021-07"),
                dict(type="research", specialty="Psychiatry", state="PA", start="2021-08", end="2023-01"),
                dict(type="observership", specialty="Psychiatry", state="NY", start="2024-01", end="2024-02")],
  usce_months=44, usce_months_clinical=2)
PEOPLE.append(P)

# ---------------------------------------------------------------- 014
P = dict(id="014", layout="html_soffice_docx", title="Fatima Zahra Benali",
    name_line="Dr. Fatima Zahra Benali", email="fz.benali.endo@gmail.com", phone="+1 (617) 555-0584",
    address="Brookline, MA 02446", personal="Née en 1987 à Rabat, Maroc",
    pubs=gen(14, "Benali FZ", ["Laroui M", "Castellano J", "Hughes P", "Bennani S"],
             ["gestational diabetes", "continuous glucose monitoring", "thyroid nodules", "primary aldosteronism"],
             ["Moroccan women", "adults with type 1 diabetes", "a Boston cohort"],
             ["Diabetes Care", "J Clin Endocrinol Metab", "Thyroid", "Endocr Pract", "Pan Afr Med J"], (2015, 2025), 8, 5, 1, 1,
             confs=["ADA Scientific Sessions", "ENDO Annual Meeting"]))
P["sections"] = [
 ("Education", [
   E("2005 – 2012", "Doctorat en Médecine (MD), Faculté de Médecine et de Pharmacie de Rabat, Université Mohammed V, Morocco", "Thesis defended July 2012"),
   E("2013 – 2017", "Résidanat (residency), Endocrinology, Diabetology & Nutrition, CHU Ibn Sina, Rabat"),
 ]),
 ("USMLE & Status", ["USMLE Step 1: 243 (2021)", "USMLE Step 2 CK: 252 (2023)", "ECFMG certified (2023)", "Visa: H-1B"]),
 ("U.S. Experience", [
   E("11/2020 – 10/2023", "Research Fellow, Joslin Diabetes Center / Harvard Medical School, Boston, MA", "Endocrinology: CGM in pregnancy"),
   E("01/2025 – 02/2025", "Observership, Endocrinology, Emory University Hospital, Atlanta, GA"),
 ]),
 ("Clinical Experience (Morocco)", [E("2017 – 2020", "Endocrinologist, Hôpital Cheikh Zaid, Rabat")]),
 ("Gap", ["11/2023 – 12/2024: Step 2 CK and visa transition; research volunteer (remote)."]),
 ("Interests", ["Endocrinology; Internal Medicine"]),
 ("Languages", ["Arabic, French, English, Tamazight (Berber)"]),
]
P["referees"] = [
 "Jorge Castellano, MD, Joslin Diabetes Center, One Joslin Place, Boston, MA 02215 – jcastellano@joslin-example.org – (617) 555-0101",
 "Pr. Meriem Laroui, CHU Ibn Sina, Rabat – m.laroui@chis-example.ma – +212 537 55 55 55",
]
P["truth"] = dict(full_name="Fatima Zahra Benali", email="fz.benali.endo@gmail.com", phone_e164="+16175550584",
  medical_school="Faculté de Médecine et de Pharmacie de Rabat", medical_school_country="MA", graduation_year=2012, is_student=False,
  usmle_step1=243, usmle_step2ck=252, usmle_step3=None, ecfmg_status="certified", visa_status="h1b",
  specialties=["Endocrinology", "Internal Medicine"], languages=["Arabic", "French", "English", "Tamazight"], publications=8,
  usce_entries=[dict(type="research", specialty="Endocrinology", state="MA", start="2020-11", end="2023-10"),
                dict(type="observership", specialty="Endocrinology", state="GA", start="2025-01", end="2025-02")],
  usce_months=38, usce_months_clinical=2)
PEOPLE.append(P)

# ---------------------------------------------------------------- 015
P = dict(id="015", layout="docx_table_layout", title="Zainab Al-Mousawi",
    name_line="Zainab Al-Mousawi, MBChB, FIBMS (Pathology)", email="zainab.almousawi.path@gmail.com", phone="832-555-0725",
    address="Houston, TX 77030", personal="Born 1983",
    pubs=gen(15, "Al-Mousawi Z", ["Hartley C", "Jassim A", "Nguyen T", "Ferguson L", "Kadhim H"],
             ["HER2-low breast carcinoma", "digital pathology", "renal cell carcinoma subtyping", "frozen section accuracy"],
             ["Iraqi women", "a Texas academic centre", "surgical specimens"],
             ["Mod Pathol", "Am J Surg Pathol", "Arch Pathol Lab Med", "Hum Pathol", "Iraqi Postgrad Med J"], (2011, 2025), 10, 6, 2, 1,
             confs=["USCAP Annual Meeting", "CAP Annual Meeting"]))
P["sections"] = [
 ("Education", [
   E("2000–2006", "MBChB, College of Medicine, University of Baghdad, Iraq", "Graduated June 2006"),
   E("2008–2012", "Iraqi Board (FIBMS) in Pathology, Medical City Teaching Hospital, Baghdad"),
 ]),
 ("USMLE", ["Step 1 – 218 (2015)", "Step 2 CK – 226 (2020)", "Step 3 – 219 (2022)", "ECFMG – Certified (2020)", "Green Card holder (permanent resident since 2016)"]),
 ("Experience", [
   E("2012–2015", "Specialist Pathologist, Medical City Teaching Laboratories, Baghdad"),
   E("Jul 2016 – Jun 2019", "Research Fellow, Department of Pathology, UT Southwestern Medical Center, Dallas, TX"),
   E("Jul 2019 – Aug 2021", "Postdoctoral Associate, Department of Pathology & Immunology, Baylor College of Medicine, Houston, TX"),
   E("Sep 2021 – Mar 2025", "Histotechnologist (non-physician), Houston Methodist Hospital, Houston, TX"),
   E("Apr–May 2025", "Observership, Department of Pathology and Genomic Medicine, Houston Methodist Hospital, Houston, TX"),
 ]),
 ("Specialty", ["Pathology (AP/CP)"]),
 ("Languages", ["Arabic (native), English (fluent), Kurdish (basic)"]),
]
P["referees"] = [
 "Claire Hartley, MD, Professor of Pathology, UT Southwestern, 5323 Harry Hines Blvd, Dallas, TX 75390 · chartley@utsw-example.edu · 214-555-0139",
 "Tuan Nguyen, MD, PhD, Baylor College of Medicine, Houston, TX · tnguyen@bcm-example.edu · 713-555-0186",
]
P["truth"] = dict(full_name="Zainab Al-Mousawi", email="zainab.almousawi.path@gmail.com", phone_e164="+18325550725",
  medical_school="University of Baghdad", medical_school_country="IQ", graduation_year=2006, is_student=False,
  usmle_step1=218, usmle_step2ck=226, usmle_step3=219, ecfmg_status="certified", visa_status="green_card",
  specialties=["Pathology"], languages=["Arabic", "English", "Kurdish"], publications=10,
  usce_entries=[dict(type="research", specialty="Pathology", state="TX", start="2016-07", end="2019-06"),
                dict(type="research", specialty="Pathology", state="TX", start="2019-07", end="2021-08"),
                dict(type="observership", specialty="Pathology", state="TX", start="2025-04", end="2025-05")],
  usce_months=64, usce_months_clinical=2)
PEOPLE.append(P)

# ---------------------------------------------------------------- 016
P = dict(id="016", layout="latex_compact_pubs_mixed", title="Kwame Mensah Boateng",
    name_line="Kwame Mensah Boateng, MBChB, MPH", email="kwame.boateng.em@gmail.com", phone="+1 404-555-0298",
    address="Decatur, GA 30030", personal="Ghanaian; born 1985",
    pubs=gen(16, "Boateng KM", ["Osei-Bonsu A", "Keller JD", "Appiah E", "Franklin R"],
             ["trauma triage", "prehospital care", "sepsis bundles", "point-of-care ultrasound"],
             ["Ghanaian emergency departments", "urban US emergency departments"],
             ["Ann Emerg Med", "Acad Emerg Med", "Afr J Emerg Med", "West J Emerg Med"], (2014, 2024), 5, 4, 1, 2,
             confs=["SAEM Annual Meeting", "ACEP Scientific Assembly"]))
P["mixed_pubs"] = True
P["sections"] = [
 ("Education", [
   E("2003–2009", "MBChB, University of Ghana Medical School, Accra, Ghana", "Graduated 2009; housemanship 2009–2011, Korle-Bu Teaching Hospital"),
   E("2011–2015", "Membership/Fellowship training, Emergency Medicine, Ghana College of Physicians and Surgeons, Komfo Anokye Teaching Hospital, Kumasi"),
   E("2019–2020", "MPH, Rollins School of Public Health, Emory University, Atlanta, GA"),
 ]),
 ("Examinations", ["USMLE Step 1: 230 (2019)", "USMLE Step 2 CK: 242 (2021)", "USMLE Step 3: 228 (2023)", "ECFMG certified: 2021", "Visa: H-1B"]),
 ("U.S. Experience", [
   E("Sep 2020 – Aug 2022", "Research Fellow, Department of Emergency Medicine, Emory University School of Medicine, Atlanta, GA"),
   E("Oct 2023 – Nov 2023", "Hands-on Clinical Externship, Emergency Department, Grady Memorial Hospital, Atlanta, GA"),
   E("02/2025", "Observership, Emergency Medicine, University of Chicago Medicine, Chicago, IL"),
 ]),
 ("Experience in Ghana", [E("2015–2019", "Emergency Physician Specialist, Komfo Anokye Teaching Hospital, Kumasi")]),
 ("Specialty", ["Emergency Medicine"]),
 ("Languages", ["English, Twi, Ga"]),
]
P["referees"] = [
 "Jonathan D. Keller, MD, Department of Emergency Medicine, Emory University, 49 Jesse Hill Jr Dr SE, Atlanta, GA 30303 — jkeller@emory-example.edu — 404-555-0111",
 "Dr. Abena Osei-Bonsu, Komfo Anokye Teaching Hospital, Kumasi — aoseibonsu@kath-example.gh — +233 24 555 0123",
]
P["truth"] = dict(full_name="Kwame Mensah Boateng", email="kwame.boateng.em@gmail.com", phone_e164="+14045550298",
  medical_school="University of Ghana Medical School", medical_school_country="GH", graduation_year=2009, is_student=False,
  usmle_step1=230, usmle_step2ck=242, usmle_step3=228, ecfmg_status="certified", visa_status="h1b",
  specialties=["Emergency Medicine"], languages=["English", "Twi", "Ga"], publications=5,
  usce_entries=[dict(type="research", specialty="Emergency Medicine", state="GA", start="2020-09", end="2022-08"),
                dict(type="hands_on", specialty="Emergency Medicine", state="GA", start="2023-10", end="2023-11"),
                dict(type="observership", specialty="Emergency Medicine", state="IL", start="2025-02", end="2025-02")],
  usce_months=27, usce_months_clinical=3)
PEOPLE.append(P)

# ================================================================ scans
# ---------------------------------------------------------------- 017
P = dict(id="017", layout="scan_pdf_skew", src="reportlab", title="Wojciech Kowalczyk",
    name_line="Wojciech Kowalczyk, MD, PhD", email="w.kowalczyk.nephro@gmail.com", phone="+1 (205) 555-0713",
    address="Hoover, AL 35216", personal="Born 1978, Łódź, Poland",
    pubs=gen(17, "Kowalczyk W", ["Nowak A", "Driscoll P", "Wiśniewska M", "Banerjee S"],
             ["IgA nephropathy", "peritoneal dialysis", "kidney transplant rejection"],
             ["Polish patients", "older dialysis patients"],
             ["Kidney Int", "Nephrol Dial Transplant", "Clin J Am Soc Nephrol", "Pol Arch Intern Med"], (2007, 2021), 9, 4, 1, 0,
             confs=["ASN Kidney Week", "ERA Congress"]))
P["sections"] = [
 ("Education", [E("1997 – 2003", "Lekarz (MD), Medical University of Warsaw, Poland", "Diploma 2003"),
                E("2004 – 2012", "Specialization in Internal Medicine (2009) and Nephrology (2012), Military Institute of Medicine, Warsaw")]),
 ("USMLE / ECFMG", ["Step 1: 215 (2017)", "Step 2 CK: 229 (2022)", "ECFMG certified 2022", "Permanent resident (green card)"]),
 ("US Experience", [E("10/2018 – 09/2020", "Research Fellow, Division of Nephrology, University of Alabama at Birmingham, AL"),
                    E("10/2023 – 11/2023", "Observer, Section of Nephrology, University of Chicago Medicine, Chicago, IL")]),
 ("Experience in Poland", [E("2012 – 2018", "Nephrologist, Dialysis Center, Warsaw")]),
 ("Interests", ["Nephrology; Internal Medicine"]),
 ("Languages", ["Polish, English, German"]),
]
P["referees"] = ["Patrick Driscoll, MD, Division of Nephrology, UAB, Birmingham, AL — pdriscoll@uab-example.edu — 205-555-0177"]
P["truth"] = dict(full_name="Wojciech Kowalczyk", email="w.kowalczyk.nephro@gmail.com", phone_e164="+12055550713",
  medical_school="Medical University of Warsaw", medical_school_country="PL", graduation_year=2003, is_student=False,
  usmle_step1=215, usmle_step2ck=229, usmle_step3=None, ecfmg_status="certified", visa_status="green_card",
  specialties=["Nephrology", "Internal Medicine"], languages=["Polish", "English", "German"], publications=9,
  usce_entries=[dict(type="research", specialty="Nephrology", state="AL", start="2018-10", end="2020-09"),
                dict(type="observership", specialty="Nephrology", state="IL", start="2023-10", end="2023-11")],
  usce_months=26, usce_months_clinical=2)
PEOPLE.append(P)

# ---------------------------------------------------------------- 018
P = dict(id="018", layout="scan_png_noise", src="docx", title="Mohammad Rafiqul Islam",
    name_line="Dr. Mohammad Rafiqul Islam, MBBS, FCPS", email="rafiqul.islam.id@gmail.com", phone="+1 410-555-0826",
    address="Columbia, MD 21044", personal="Bangladeshi",
    pubs=gen(18, "Islam MR", ["Rahman F", "Whitley A", "Chowdhury S", "Park J"],
             ["dengue", "multidrug-resistant tuberculosis", "carbapenem-resistant Enterobacterales", "HIV pre-exposure prophylaxis"],
             ["Bangladeshi adults", "Baltimore patients"],
             ["Clin Infect Dis", "Open Forum Infect Dis", "Am J Trop Med Hyg", "Bangladesh Med Res Counc Bull"], (2011, 2023), 7, 3, 0, 1,
             confs=["IDWeek", "ASTMH Annual Meeting"]))
P["sections"] = [
 ("Education", [E("2002 – 2008", "MBBS, Dhaka Medical College, University of Dhaka, Bangladesh", "Graduated 2008"),
                E("2010 – 2014", "FCPS (Medicine), Bangladesh College of Physicians and Surgeons")]),
 ("Examinations", ["USMLE Step 1: 223 (2016)", "USMLE Step 2 CK: 235 (2022)", "ECFMG: Certified", "Visa: H-1B"]),
 ("US Experience", [E("Jan 2017 – Dec 2019", "Research Fellow, Division of Infectious Diseases, University of Maryland School of Medicine, Baltimore, MD"),
                    E("Mar 2023 – Apr 2023", "Observership, Infectious Diseases, NYU Langone Health, New York, NY")]),
 ("Experience in Bangladesh", [E("2014 – 2016", "Assistant Registrar, Medicine, Dhaka Medical College Hospital")]),
 ("Interests", ["Infectious Disease; Internal Medicine"]),
 ("Languages", ["Bengali, English, Hindi"]),
]
P["referees"] = ["Anne Whitley, MD, Division of Infectious Diseases, University of Maryland, Baltimore, MD — awhitley@umaryland-example.edu — 410-555-0132"]
P["truth"] = dict(full_name="Mohammad Rafiqul Islam", email="rafiqul.islam.id@gmail.com", phone_e164="+14105550826",
  medical_school="Dhaka Medical College", medical_school_country="BD", graduation_year=2008, is_student=False,
  usmle_step1=223, usmle_step2ck=235, usmle_step3=None, ecfmg_status="certified", visa_status="h1b",
  specialties=["Infectious Disease", "Internal Medicine"], languages=["Bengali", "English", "Hindi"], publications=7,
  usce_entries=[dict(type="research", specialty="Infectious Disease", state="MD", start="2017-01", end="2019-12"),
                dict(type="observership", specialty="Infectious Disease", state="NY", start="2023-03", end="2023-04")],
  usce_months=38, usce_months_clinical=2)
PEOPLE.append(P)

# ---------------------------------------------------------------- 019
P = dict(id="019", layout="photo_jpg_perspective", src="html", title="Carlos Eduardo Mendoza Ruiz",
    name_line="Dr. Carlos Eduardo Mendoza Ruiz", email="ce.mendoza.geriatria@gmail.com", phone="+1 (409) 555-0357",
    address="Galveston, TX 77550", personal="Born 1977, Puebla, México",
    pubs=gen(19, "Mendoza-Ruiz CE", ["Gutiérrez L", "Haynes R", "Ortega P"],
             ["frailty", "falls prevention", "polypharmacy"],
             ["Mexican older adults", "Hispanic elders in Texas"],
             ["J Am Geriatr Soc", "Salud Publica Mex", "J Gerontol A Biol Sci Med Sci"], (2012, 2022), 4, 3, 1, 0,
             confs=["AGS Annual Scientific Meeting", "GSA Annual Scientific Meeting"]))
P["sections"] = [
 ("Education", [E("1995 – 2002", "Médico Cirujano, Facultad de Medicina, Universidad Nacional Autónoma de México (UNAM)", "Titulado 2002"),
                E("2004 – 2008", "Residency, Internal Medicine, Instituto Nacional de Ciencias Médicas y Nutrición Salvador Zubirán"),
                E("2008 – 2010", "Fellowship, Geriatrics, same institution")]),
 ("USMLE", ["Step 1: 210 (2018)", "Step 2 CK: 225 (2021)", "ECFMG certified", "Green card"]),
 ("US Experience", [E("08/2019 – 07/2022", "Research Fellow, Sealy Center on Aging (Geriatrics), University of Texas Medical Branch, Galveston, TX"),
                    E("05/2024 – 06/2024", "Observer, Geriatrics clinic, UT Health San Antonio, TX")]),
 ("Mexico", [E("2010 – 2019", "Geriatrician, Hospital Ángeles Puebla")]),
 ("Interests", ["Geriatrics; Internal Medicine"]),
 ("Languages", ["Spanish, English"]),
]
P["referees"] = ["Rachel Haynes, MD, Sealy Center on Aging, UTMB, Galveston, TX — rhaynes@utmb-example.edu — 409-555-0184"]
P["truth"] = dict(full_name="Carlos Eduardo Mendoza Ruiz", email="ce.mendoza.geriatria@gmail.com", phone_e164="+14095550357",
  medical_school="Universidad Nacional Autónoma de México", medical_school_country="MX", graduation_year=2002, is_student=False,
  usmle_step1=210, usmle_step2ck=225, usmle_step3=None, ecfmg_status="certified", visa_status="green_card",
  specialties=["Geriatrics", "Internal Medicine"], languages=["Spanish", "English"], publications=4,
  usce_entries=[dict(type="research", specialty="Geriatrics", state="TX", start="2019-08", end="2022-07"),
                dict(type="observership", specialty="Geriatrics", state="TX", start="2024-05", end="2024-06")],
  usce_months=38, usce_months_clinical=2)
PEOPLE.append(P)

# ---------------------------------------------------------------- 020
P = dict(id="020", layout="scan_jpg_lowcontrast", src="latex", title="Ekaterina Sokolova",
    name_line="Ekaterina Sokolova, MD (Екатерина Соколова)", email="e.sokolova.radiology@gmail.com", phone="+1 617-555-0492",
    address="Cambridge, MA 02139", personal="Born 1984, Moscow",
    pubs=gen(20, "Sokolova E", ["Ivanov P", "Brennan K", "Gupta R", "Morozova T"],
             ["lung cancer screening CT", "prostate MRI", "deep learning for chest radiographs"],
             ["Russian patients", "a Boston screening cohort"],
             ["Radiology", "AJR Am J Roentgenol", "Eur Radiol", "Acad Radiol"], (2010, 2024), 12, 5, 0, 1,
             confs=["RSNA Annual Meeting", "ECR"]))
P["sections"] = [
 ("Education", [E("2001 – 2007", "Physician (MD), Pirogov Russian National Research Medical University, Moscow, Russia"),
                E("2007 – 2009", "Ordinatura (residency), Radiology, Moscow")]),
 ("USMLE", ["Step 1: 237 (2016)", "Step 2 CK: 240 (2021)", "ECFMG certified", "Visa: H-1B"]),
 ("US Experience", [E("09/2017 – 08/2020", "Research Fellow, Department of Radiology, Massachusetts General Hospital, Boston, MA"),
                    E("08/2023", "Observership, Diagnostic Radiology, Houston Methodist Hospital, Houston, TX")]),
 ("Russia", [E("2009 – 2017", "Radiologist, City Clinical Hospital No. 1, Moscow")]),
 ("Interest", ["Diagnostic Radiology"]),
 ("Languages", ["Russian, English, French"]),
]
P["referees"] = ["Kevin Brennan, MD, Department of Radiology, MGH, Boston, MA — kbrennan@mgh-example.org — 617-555-0129"]
P["truth"] = dict(full_name="Ekaterina Sokolova", email="e.sokolova.radiology@gmail.com", phone_e164="+16175550492",
  medical_school="Pirogov Russian National Research Medical University", medical_school_country="RU", graduation_year=2007, is_student=False,
  usmle_step1=237, usmle_step2ck=240, usmle_step3=None, ecfmg_status="certified", visa_status="h1b",
  specialties=["Radiology"], languages=["Russian", "English", "French"], publications=12,
  usce_entries=[dict(type="research", specialty="Radiology", state="MA", start="2017-09", end="2020-08"),
                dict(type="observership", specialty="Radiology", state="TX", start="2023-08", end="2023-08")],
  usce_months=37, usce_months_clinical=1)
PEOPLE.append(P)

# ---------------------------------------------------------------- 021
P = dict(id="021", layout="scan_pdf_multipage_blur", src="chromium", title="Amal Osman Elhassan",
    name_line="Dr. Amal Osman Elhassan, MBBS, MD, MRCP (UK)", email="amal.elhassan.heme@gmail.com", phone="+1 813-555-0648",
    address="Tampa, FL 33612", personal="British-Sudanese",
    pubs=gen(21, "Elhassan AO", ["Mahgoub S", "Carver D", "Thompson E", "Idris M"],
             ["sickle cell disease", "multiple myeloma", "iron deficiency anaemia"],
             ["Sudanese patients", "a Florida cancer centre"],
             ["Br J Haematol", "Blood Adv", "Leuk Lymphoma", "Sudan J Med Sci"], (2010, 2024), 6, 6, 1, 1,
             confs=["ASH Annual Meeting", "BSH Annual Scientific Meeting"]))
P["sections"] = [
 ("Education", [E("1999 – 2005", "MBBS, Faculty of Medicine, University of Khartoum, Sudan", "Graduated 2005"),
                E("2007 – 2011", "MD Internal Medicine, Sudan Medical Specialization Board"),
                E("2013", "MRCP (UK)")]),
 ("Exams", ["PLAB 1 & 2: passed (2011)", "USMLE Step 1: 233 (2017)", "USMLE Step 2 CK: 238 (2023)", "ECFMG certified (2023)", "U.S. permanent resident"]),
 ("US Experience", [E("09/2018 – 08/2021", "Research Fellow, Department of Malignant Hematology, Moffitt Cancer Center, Tampa, FL"),
                    E("02/2024 – 03/2024", "Observer, Hematology/Oncology, Sylvester Comprehensive Cancer Center, University of Miami, FL")]),
 ("UK", [E("2012 – 2018", "Specialty Doctor, Haematology, Leeds Teaching Hospitals NHS Trust, UK")]),
 ("Interests", ["Hematology/Oncology; Internal Medicine"]),
 ("Languages", ["Arabic, English"]),
]
P["referees"] = ["David Carver, MD, Moffitt Cancer Center, Tampa, FL — dcarver@moffitt-example.org — 813-555-0150",
                 "Dr. Emma Thompson, Leeds Teaching Hospitals — e.thompson@nhs-example.uk — +44 113 555 0199"]
P["truth"] = dict(full_name="Amal Osman Elhassan", email="amal.elhassan.heme@gmail.com", phone_e164="+18135550648",
  medical_school="University of Khartoum", medical_school_country="SD", graduation_year=2005, is_student=False,
  usmle_step1=233, usmle_step2ck=238, usmle_step3=None, ecfmg_status="certified", visa_status="green_card",
  specialties=["Hematology/Oncology", "Internal Medicine"], languages=["Arabic", "English"], publications=6,
  usce_entries=[dict(type="research", specialty="Hematology/Oncology", state="FL", start="2018-09", end="2021-08"),
                dict(type="observership", specialty="Hematology/Oncology", state="FL", start="2024-02", end="2024-03")],
  usce_months=38, usce_months_clinical=2)
PEOPLE.append(P)

DAMAGED = [("022", "damaged_truncated_pdf", "pdf"), ("023", "damaged_encrypted_pdf", "pdf"), ("024", "damaged_random_bytes", "docx")]
