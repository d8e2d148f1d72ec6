# -*- coding: utf-8 -*-
"""Content + ground truth for writer w14's CVs.

Each person: truth (contract fields), plus display content used by the layout builders.
Section items: plain string, or dict(h=headline, d=dates, sub=[bullets]).
"""

def E(t, sp, st, s, e):
    return {"type": t, "specialty": sp, "state": st, "start": s, "end": e}


PEOPLE = []

# ---------------------------------------------------------------- 001 Brazil, sidebar docx
PEOPLE.append(dict(
    id="001", layout="docx_sidebar", ext="docx", toolchain="python-docx",
    truth=dict(full_name="João Pedro Albuquerque Nogueira", email="jp.albuquerque.md@gmail.com",
               phone_e164="+5531998765432", medical_school="Universidade Federal de Minas Gerais",
               medical_school_country="BR", graduation_year=2022, is_student=False,
               usmle_step1="pass", usmle_step2ck=248, usmle_step3=None, ecfmg_status="certified",
               specialties=["Internal Medicine", "Cardiology"], languages=["Portuguese", "English", "Spanish"],
               visa_status="j1", publications=3,
               usce_entries=[E("hands_on", "Internal Medicine", "FL", "2024-01", "2024-02"),
                             E("observership", "Cardiology", "FL", "2024-03", "2024-03"),
                             E("research", "Cardiology", "MA", "2025-01", "2025-06")]),
    display_name="Dr. João Pedro Albuquerque Nogueira, MD",
    tagline="Internal Medicine applicant | interest in Cardiology",
    contacts=["Belo Horizonte, MG – Brazil", "+55 (31) 99876-5432", "jp.albuquerque.md@gmail.com",
              "linkedin.com/in/jpalbuquerque", "Born 1996"],
    side=[("Languages", ["Portuguese – native", "English – C2 (TOEFL iBT 114)", "Spanish – intermediate"]),
          ("Exams", ["USMLE Step 1: PASS (2022)", "USMLE Step 2 CK: 248 (2023)", "ECFMG Certified (Oct 2023)",
                     "NBME CCSSA form 12: 256 (practice)"]),
          ("Visa", ["Will require J-1 (ECFMG sponsored)"])],
    sections=[
        ("Profile", ["Brazilian physician seeking a categorical Internal Medicine residency; long-term goal "
                     "is a fellowship in Cardiology."]),
        ("Education", [dict(h="Doctor of Medicine (MD) – Universidade Federal de Minas Gerais (UFMG)",
                            d="Feb 2016 – Dec 2022", sub=["Belo Horizonte, Brazil. Class rank: top 10%"])]),
        ("US Clinical Experience", [
            dict(h="Sub-internship, Internal Medicine – Jackson Memorial Hospital, Miami, FL", d="Jan 2024 – Feb 2024",
                 sub=["Hands-on inpatient wards, wrote notes under supervision of attending"]),
            dict(h="Observership, Cardiology – Cleveland Clinic Florida, Weston, FL", d="Mar 2024",
                 sub=["Echo lab and cath lab observation"]),
            dict(h="Research Fellow, Cardiovascular Research – Massachusetts General Hospital, Boston, MA",
                 d="Jan 2025 – Jun 2025", sub=["Heart-failure registry, data abstraction, REDCap"])]),
        ("Clinical Experience in Brazil", [
            dict(h="General Practitioner – UPA Centro-Sul, Belo Horizonte", d="Feb 2023 – Dec 2023"),
            dict(h="Internship (Internato) – Hospital das Clínicas da UFMG", d="2021 – 2022")]),
        ("Publications", ["1. Nogueira JPA, et al. Sodium restriction in HFpEF. Arq Bras Cardiol. 2023;120(4):e2022.",
                          "2. Nogueira JPA, Lima R. Chagas cardiomyopathy outcomes. Rev Soc Bras Med Trop. 2022;55:e0311.",
                          "3. Ferreira T, Nogueira JPA. SGLT2 inhibitors in a Brazilian cohort. Int J Cardiol. 2024;398:131602.",
                          "Posters: ACC.24 Atlanta (poster); SBC Congress 2022 (abstract)"]),
        ("References", ["Dr. Mark Ellison, MD – Program Director, Jackson Memorial Hospital – mellison@jhsmiami.org – +1 (305) 585-1111",
                        "Dr. Renata Campos – Professor of Medicine, UFMG – renata.campos@ufmg.br"]),
    ]))

# ---------------------------------------------------------------- 002 Pakistan, header docx
PEOPLE.append(dict(
    id="002", layout="docx_header_contacts", ext="docx", toolchain="python-docx",
    truth=dict(full_name="Ayesha Siddiqa Malik", email="ayesha.s.malik@outlook.com", phone_e164="+13135550187",
               medical_school="Allama Iqbal Medical College", medical_school_country="PK", graduation_year=2021,
               is_student=False, usmle_step1="pass", usmle_step2ck=241, usmle_step3=225, ecfmg_status="certified",
               specialties=["Internal Medicine", "Nephrology"], languages=["English", "Urdu", "Punjabi"],
               visa_status="h1b", publications=4,
               usce_entries=[E("research", "Nephrology", "MI", "2023-09", "2026-12"),
                             E("hands_on", "Internal Medicine", "MI", "2024-04", "2024-05"),
                             E("observership", "Nephrology", "OH", "2025-02", "2025-02")]),
    display_name="AYESHA SIDDIQA MALIK, MBBS",
    tagline="Research Fellow, Nephrology | ECFMG Certified",
    contacts=["Ann Arbor, MI 48104", "Cell: (313) 555-0187", "ayesha.s.malik@outlook.com"],
    sections=[
        ("Education", [dict(h="MBBS, Allama Iqbal Medical College, Lahore, Pakistan", d="2016 – 2021"),
                       dict(h="House Job (Internship), Jinnah Hospital Lahore", d="2021 – 2022")]),
        ("Examinations", ["USMLE Step 1 – Pass (first attempt)", "USMLE Step 2 CK – 241", "USMLE Step 3 – 225",
                          "OET Medicine – Grade B in all sub-tests", "ECFMG Certification – Certified (2022)"]),
        ("US Clinical Experience", [
            dict(h="Postdoctoral Research Fellow, Division of Nephrology, University of Michigan, Ann Arbor, MI",
                 d="09/2023 – Present", sub=["CKD progression cohort; IRB submissions; data analysis in R"]),
            dict(h="Externship (hands-on), Internal Medicine, Henry Ford Hospital, Detroit, MI", d="04/2024 – 05/2024"),
            dict(h="Observership, Nephrology, Cleveland Clinic, Cleveland, OH", d="02/2025")]),
        ("Work Status", ["H-1B visa holder (research scholar, University of Michigan)"]),
        ("Publications", ["Malik AS, et al. Kidney Int Rep. 2024;9(2):301-310.",
                          "Malik AS, Khan U. J Nephrol. 2024;37:1123-1131.",
                          "Rahman F, Malik AS. Clin J Am Soc Nephrol. 2025;20(1):44-52.",
                          "Malik AS, et al. Am J Kidney Dis. 2025;85(3):270-279.",
                          "Abstract: ASN Kidney Week 2024 (poster); manuscript under review at JASN"]),
        ("Languages", ["English (fluent), Urdu (native), Punjabi (native)"]),
        ("Interests", ["Internal Medicine residency with a view to Nephrology fellowship."]),
        ("References", ["Dr. Steven Kowalski, MD, Associate Professor of Nephrology – skowal@med.umich.edu – (734) 555-0142",
                        "Dr. Imran Qureshi, Henry Ford Hospital – iqureshi1@hfhs.org"]),
    ]))

# ---------------------------------------------------------------- 003 Nigeria, footer docx -> pdf
PEOPLE.append(dict(
    id="003", layout="docx_footer_contacts", ext="pdf", toolchain="python-docx -> LibreOffice headless PDF",
    truth=dict(full_name="Chukwuemeka Obinna Eze", email="emeka.eze.mbbs@yahoo.com", phone_e164="+2348034567812",
               medical_school="University of Nigeria", medical_school_country="NG", graduation_year=2019,
               is_student=False, usmle_step1="pass", usmle_step2ck=236, usmle_step3=None, ecfmg_status="pending",
               specialties=["Family Medicine", "Internal Medicine"], languages=["English", "Igbo", "Yoruba"],
               visa_status="b1b2", publications=1,
               usce_entries=[E("observership", "Family Medicine", "TX", "2025-03", "2025-05"),
                             E("hands_on", "Family Medicine", "GA", "2025-07", "2025-08")]),
    display_name="Chukwuemeka Obinna Eze, MBBS",
    tagline="Applicant – Family Medicine / Internal Medicine",
    contacts=["No. 14 Ogui Road, Enugu, Nigeria", "Tel: +234 803 456 7812", "emeka.eze.mbbs@yahoo.com"],
    sections=[
        ("Personal Details", ["Date of birth: 12 June 1993", "Nationality: Nigerian",
                              "US visa: B1/B2 visitor visa (valid to 2029)"]),
        ("Education", [dict(h="Bachelor of Medicine, Bachelor of Surgery (MBBS) – College of Medicine, University of Nigeria, Enugu Campus",
                            d="2012 – 2019")]),
        ("Licensing Examinations", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 236",
                                    "PLAB 1 (UK GMC): Pass, 2021",
                                    "ECFMG certification: pending (awaiting final documents)"]),
        ("US Clinical Experience", [
            dict(h="Observer, Family Medicine – UT Health San Antonio, TX", d="March–May 2025"),
            dict(h="Hands-on Clinical Rotation, Family Medicine – Piedmont Athens Regional, Athens, GA",
                 d="2025-07 to 2025-08", sub=["Outpatient clinic, presented patients, drafted notes in Epic"])]),
        ("Clinical Experience – Nigeria", [
            dict(h="Medical Officer, General Outpatients – National Hospital Abuja", d="Jan 2021 – Dec 2024"),
            dict(h="House Officer – University of Nigeria Teaching Hospital (UNTH), Ituku-Ozalla", d="2019 – 2020"),
            dict(h="NYSC Medical Officer – Primary Health Centre, Kano", d="2020 – 2021")]),
        ("Publications", ["Eze CO, Nwankwo A. Hypertension awareness in rural Enugu. Niger J Clin Pract. 2022;25(3):312-8.",
                          "Eze CO et al. Malaria in pregnancy – submitted to Malaria Journal (2025)."]),
        ("Languages", ["English, Igbo (native), Yoruba (conversational)"]),
        ("Career Goal", ["Family Medicine residency; also applying to Internal Medicine."]),
        ("Referees", ["Dr. Laura Jimenez, MD, Dept. of Family & Community Medicine, UT Health San Antonio – jimenezl@uthscsa.edu – 210-555-0199",
                      "Prof. Ifeoma Okafor, UNTH Enugu – ifeoma.okafor@unn.edu.ng – +234 809 000 1122"]),
    ]))

# ---------------------------------------------------------------- 004 India, label-table docx
PEOPLE.append(dict(
    id="004", layout="docx_label_table", ext="docx", toolchain="python-docx",
    truth=dict(full_name="Priyanka Raghunathan", email="priyanka.raghu23@gmail.com", phone_e164="+919840123456",
               medical_school="Madras Medical College", medical_school_country="IN", graduation_year=2023,
               is_student=False, usmle_step1="pass", usmle_step2ck=255, usmle_step3=None, ecfmg_status="certified",
               specialties=["Neurology"], languages=["English", "Tamil", "Hindi"], visa_status="j1", publications=2,
               usce_entries=[E("hands_on", "Neurology", "NY", "2024-08", "2024-09"),
                             E("observership", "Neurology", "NJ", "2024-10", "2024-10"),
                             E("telehealth", "Neurology", "MN", "2024-11", "2024-12")]),
    display_name="Dr. Priyanka Raghunathan",
    alt_name="பிரியங்கா ரகுநாதன்",
    tagline="MBBS | Aspiring Neurology Resident",
    contacts=["Chennai, Tamil Nadu, India", "+91 98401 23456", "priyanka.raghu23@gmail.com"],
    sections=[
        ("Education", [dict(h="MBBS, Madras Medical College (The Tamil Nadu Dr. M.G.R. Medical University), Chennai",
                            d="Aug 2017 – Mar 2023", sub=["Compulsory Rotating Residential Internship: Apr 2022 – Mar 2023"])]),
        ("USMLE", ["Step 1: Pass (Jun 2022)", "Step 2 CK: 255 (Jan 2024)", "UWSA 2: 262 (self-assessment)"]),
        ("ECFMG", ["Certified – May 2024"]),
        ("US Clinical Experience", [
            dict(h="Neurology Externship (hands-on) – Mount Sinai Hospital, New York, NY", d="Aug 2024 – Sep 2024"),
            dict(h="Observership, Neurology – Rutgers New Jersey Medical School, Newark, NJ", d="10/2024"),
            dict(h="Virtual (telehealth) Neurology Rotation – Mayo Clinic, Rochester, MN", d="Nov–Dec 2024")]),
        ("Indian Clinical Work", [dict(h="Junior Resident (non-academic), Neurology – Apollo Hospitals, Chennai",
                                       d="Jan 2025 – present")]),
        ("Publications", ["Raghunathan P, et al. Stroke thrombolysis delays in South India. Neurol India. 2023;71(5):901-6.",
                          "Raghunathan P, Kumar S. Guillain-Barré outcomes. Ann Indian Acad Neurol. 2024;27(2):150-5.",
                          "Poster: AAN Annual Meeting 2025."]),
        ("Languages", ["English, Tamil (native), Hindi"]),
        ("Visa", ["J-1 visa required"]),
        ("Specialty Interest", ["Neurology"]),
        ("References", ["Dr. Alan Brightman, Neurology, Mount Sinai – alan.brightman@mountsinai.org – +1 212 555 0134"]),
    ]))

# ---------------------------------------------------------------- 005 Brazil student, PT bilingual docx
PEOPLE.append(dict(
    id="005", layout="docx_bilingual_pt", ext="docx", toolchain="python-docx",
    truth=dict(full_name="Mariana Lúcia Fonseca de Araújo", email="mariana.araujo@usp.br", phone_e164="+5511987651234",
               medical_school="Universidade de São Paulo", medical_school_country="BR", graduation_year=2027,
               is_student=True, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="not_certified",
               specialties=["Pediatrics"], languages=["Portuguese", "English", "Spanish", "French"],
               visa_status="b1b2", publications=1,
               usce_entries=[E("hands_on", "Pediatrics", "OH", "2026-01", "2026-02"),
                             E("observership", "Pediatrics", "PA", "2026-03", "2026-03")]),
    display_name="Mariana Lúcia Fonseca de Araújo",
    tagline="Estudante de Medicina, 6º ano / 6th-year Medical Student",
    contacts=["São Paulo – SP, Brasil", "Celular: +55 11 98765-1234", "E-mail: mariana.araujo@usp.br",
              "Nascimento / DOB: 03/09/2001"],
    sections=[
        ("Formação Acadêmica / Education", [
            dict(h="Faculdade de Medicina da Universidade de São Paulo (FMUSP) – Medicina (MD)",
                 d="fev/2021 – dez/2027 (previsão de formatura / expected graduation)")]),
        ("Experiência Clínica nos EUA / US Clinical Experience", [
            dict(h="Estágio prático (hands-on), Pediatria – Cincinnati Children's Hospital, Cincinnati, OH",
                 d="jan/2026 – fev/2026"),
            dict(h="Observership, Pediatria – Children's Hospital of Philadelphia (CHOP), Philadelphia, PA",
                 d="mar. 2026")]),
        ("Experiência Clínica no Brasil / Clinical Experience in Brazil", [
            dict(h="Internato – Instituto da Criança, HC-FMUSP", d="jan/2025 – atual / current")]),
        ("Exames / Examinations", ["USMLE Step 1: aprovada / Pass (2025)",
                                   "USMLE Step 2 CK: agendado / scheduled for 2027",
                                   "ECFMG: ainda não certificada / not yet certified",
                                   "Visto / Visa: B1/B2 válido"]),
        ("Publicações / Publications", ["Araújo MLF, et al. Bronquiolite em lactentes. Rev Paul Pediatr. 2025;43:e2024101.",
                                         "Resumo/Abstract: Congresso Brasileiro de Pediatria 2024 (pôster)."]),
        ("Idiomas / Languages", ["Português (nativo), Inglês (fluente), Espanhol (avançado), Francês (básico)"]),
        ("Área de interesse / Specialty of interest", ["Pediatria / Pediatrics"]),
        ("Referências / References", ["Dra. Karen Whitfield, MD – Cincinnati Children's – karen.whitfield@cchmc.org – (513) 555-0166"]),
    ]))

# ---------------------------------------------------------------- 006 Egypt, odt classic
PEOPLE.append(dict(
    id="006", layout="odt_classic", ext="odt", toolchain="odfpy",
    truth=dict(full_name="Mohamed Abdelrahman El-Sayed", email="m.abdelrahman.elsayed@gmail.com", phone_e164="+201001234567",
               medical_school="Cairo University", medical_school_country="EG", graduation_year=2020,
               is_student=False, usmle_step1="pass", usmle_step2ck=232, usmle_step3=None, ecfmg_status="certified",
               specialties=["General Surgery"], languages=["Arabic", "English", "German"], visa_status="j1",
               publications=2,
               usce_entries=[E("hands_on", "General Surgery", "NY", "2023-07", "2023-09"),
                             E("research", "General Surgery", "PA", "2023-10", "2024-06")]),
    display_name="Mohamed Abdelrahman El-Sayed, MBBCh",
    alt_name="محمد عبد الرحمن السيد",
    tagline="Surgical residency applicant",
    contacts=["Giza, Egypt", "Mobile/WhatsApp: +20 100 123 4567", "Email: m.abdelrahman.elsayed@gmail.com",
              "Date of birth: 1995"],
    sections=[
        ("Medical Education", [dict(h="MBBCh – Faculty of Medicine, Cairo University (Kasr Al Ainy)", d="2013 – 2020",
                                    sub=["Grade: Excellent with Honors"]),
                               dict(h="Internship year – Kasr Al Ainy University Hospitals", d="2020.03 – 2021.02")]),
        ("USMLE / ECFMG", ["Step 1: PASS", "Step 2 CK: 232", "ECFMG certified (2023)", "J-1 visa needed for residency"]),
        ("US Clinical Experience", [
            dict(h="Clinical Externship (hands-on), General Surgery – NYC Health + Hospitals/Lincoln, Bronx, NY", d="2023.07 – 2023.09"),
            dict(h="Research Fellow, Department of Surgery – University of Pittsburgh Medical Center, Pittsburgh, PA",
                 d="2023.10 – 2024.06", sub=["Outcomes research, NSQIP database"])]),
        ("Surgical Experience in Egypt", [dict(h="Resident, General Surgery – El Demerdash? no: Kasr Al Ainy", d="2021.03 – 2023.05")]),
        ("Publications (peer-reviewed)", ["El-Sayed MA, et al. Laparoscopic appendectomy in Egypt. World J Surg. 2022;46:2011-8.",
                                          "El-Sayed MA, Hassan O. Bariatric outcomes. Obes Surg. 2024;34(6):2100-7."]),
        ("Presentations", ["Oral presentation, Egyptian Society of Surgeons 2022", "Poster, American College of Surgeons Clinical Congress 2024"]),
        ("Languages", ["Arabic (mother tongue), English (IELTS 8.0), German (B1)"]),
        ("References", ["Dr. Richard Hoffmann, Professor of Surgery, UPMC – hoffmannr@upmc.edu – +1 412 555 0177",
                        "Prof. Dr. Ahmed Fathy, Kasr Al Ainy – ahmed.fathy@kasralainy.edu.eg"]),
    ]))
PEOPLE[-1]["sections"][3] = ("Surgical Experience in Egypt", [dict(h="Resident, General Surgery – Kasr Al Ainy University Hospitals",
                                                                    d="2021.03 – 2023.05")])

# ---------------------------------------------------------------- 007 Mexico, ES odt -> pdf
PEOPLE.append(dict(
    id="007", layout="odt_es_pdf", ext="pdf", toolchain="odfpy -> LibreOffice headless PDF",
    truth=dict(full_name="José Alejandro Hernández Villaseñor", email="jahv.medico@hotmail.com", phone_e164="+523312345678",
               medical_school="Universidad Nacional Autónoma de México", medical_school_country="MX", graduation_year=2021,
               is_student=False, usmle_step1="pass", usmle_step2ck=229, usmle_step3=None, ecfmg_status="certified",
               specialties=["Emergency Medicine", "Critical Care"], languages=["Spanish", "English"], visa_status="b1b2",
               publications=0,
               usce_entries=[E("observership", "Emergency Medicine", "TX", "2025-01", "2025-03"),
                             E("hands_on", "Emergency Medicine", "CA", "2026-09", "2026-12")]),
    display_name="Dr. José Alejandro Hernández Villaseñor",
    tagline="Médico Cirujano – Medicina de Urgencias",
    contacts=["Guadalajara, Jalisco, México", "Tel. +52 33 1234 5678", "jahv.medico@hotmail.com"],
    sections=[
        ("Datos personales", ["Fecha de nacimiento: 22/11/1996", "Nacionalidad: mexicana",
                              "Situación migratoria: visa B1/B2 vigente"]),
        ("Formación académica", [dict(h="Médico Cirujano – Facultad de Medicina, Universidad Nacional Autónoma de México (UNAM)",
                                      d="2015 – 2021"),
                                 dict(h="Servicio social – Centro de Salud Rural, Oaxaca", d="ago 2020 – jul 2021")]),
        ("Exámenes", ["USMLE Step 1: aprobado (Pass)", "USMLE Step 2 CK: 229", "ENARM 2022: 78.4 puntos",
                      "Certificación ECFMG: obtenida (certificado, 2024)"]),
        ("Experiencia clínica en EE. UU.", [
            dict(h="Observador, Medicina de Urgencias – Baylor Scott & White, Dallas, TX", d="ene 2025 – mar 2025"),
            dict(h="Rotación práctica (hands-on), Medicina de Urgencias – Harbor-UCLA Medical Center, Torrance, CA",
                 d="sep 2026 – actualidad")]),
        ("Experiencia clínica en México", [dict(h="Médico general de urgencias – Hospital Civil de Guadalajara",
                                                d="2022 – 2024")]),
        ("Áreas de interés", ["Medicina de Urgencias; Medicina Crítica (Critical Care)"]),
        ("Idiomas", ["Español (nativo), Inglés (avanzado, TOEFL 108)"]),
        ("Referencias", ["Dra. Emily Carter, Baylor Scott & White – emily.carter@bswhealth.org – +1 214 555 0110"]),
    ]))

# ---------------------------------------------------------------- 008 Colombia, docx -> rtf
PEOPLE.append(dict(
    id="008", layout="docx_rtf", ext="rtf", toolchain="python-docx -> LibreOffice headless RTF",
    truth=dict(full_name="Valentina Restrepo Gómez", email="valen.restrepo.md@gmail.com", phone_e164="+573004567890",
               medical_school="Universidad de Antioquia", medical_school_country="CO", graduation_year=2020,
               is_student=False, usmle_step1="pass", usmle_step2ck=244, usmle_step3=None, ecfmg_status="certified",
               specialties=["Psychiatry"], languages=["Spanish", "English", "Portuguese"], visa_status="green_card",
               publications=2,
               usce_entries=[E("hands_on", "Psychiatry", "FL", "2024-02", "2024-03"),
                             E("observership", "Psychiatry", "FL", "2024-03", "2024-04")]),
    display_name="Valentina Restrepo Gómez, MD",
    tagline="Psychiatry residency candidate – U.S. Permanent Resident",
    contacts=["Orlando, FL / Medellín, Colombia", "+57 300 456 7890", "valen.restrepo.md@gmail.com"],
    sections=[
        ("Education", [dict(h="Médica y Cirujana (MD) – Universidad de Antioquia, Medellín, Colombia", d="2014 – 2020"),
                       dict(h="Servicio Social Obligatorio (rural year) – Hospital San Juan de Dios, Rionegro", d="2020 – 2021")]),
        ("USMLE & Certification", ["Step 1 – Pass", "Step 2 CK – 244", "ECFMG Certified (2023)",
                                   "Immigration status: Permanent Resident (Green Card)"]),
        ("US Clinical Experience", [
            dict(h="Hands-on Clerkship, Adult Psychiatry – AdventHealth Orlando, Orlando, FL", d="Feb–Mar 2024"),
            dict(h="Observership, Child & Adolescent Psychiatry – University of Miami, Miami, FL", d="03/2024 – 04/2024")]),
        ("International Clinical Experience", [
            dict(h="Observership, Psychiatry – Centre for Addiction and Mental Health (CAMH), Toronto, ON, Canada",
                 d="Sep 2023 – Oct 2023"),
            dict(h="General Physician – Hospital Pablo Tobón Uribe, Medellín", d="2021 – 2023")]),
        ("Publications", ["Restrepo-Gómez V, et al. Depression in Colombian medical students. Rev Colomb Psiquiatr. 2021;50(3):180-7.",
                          "Restrepo-Gómez V, Arango C. Ketamine in TRD: a review. Actas Esp Psiquiatr. 2023;51(2):60-9."]),
        ("Languages", ["Spanish – native; English – fluent; Portuguese – intermediate"]),
        ("References", ["Dr. Michael Tran, MD – AdventHealth Orlando – michael.tran@adventhealth.com – (407) 555-0123",
                        "Dra. Luz Marina Arango – Universidad de Antioquia – luz.arango@udea.edu.co"]),
    ]))

# ---------------------------------------------------------------- 009 Philippines, odt -> rtf
PEOPLE.append(dict(
    id="009", layout="odt_rtf", ext="rtf", toolchain="odfpy -> LibreOffice headless RTF",
    truth=dict(full_name="Maria Cristina Dela Cruz Santos", email="mcdcsantos.md@yahoo.com.ph", phone_e164="+639171234567",
               medical_school="University of Santo Tomas", medical_school_country="PH", graduation_year=2018,
               is_student=False, usmle_step1="pass", usmle_step2ck=238, usmle_step3=221, ecfmg_status="certified",
               specialties=["Internal Medicine", "Geriatrics"], languages=["English", "Tagalog", "Cebuano"],
               visa_status="j1", publications=1,
               usce_entries=[E("hands_on", "Internal Medicine", "IL", "2024-06", "2024-08"),
                             E("observership", "Geriatrics", "IL", "2024-09", "2024-09")]),
    display_name="MARIA CRISTINA DELA CRUZ SANTOS, MD",
    tagline="Internal Medicine / Geriatrics",
    contacts=["Quezon City, Metro Manila, Philippines", "+63 917 123 4567", "mcdcsantos.md@yahoo.com.ph"],
    sections=[
        ("Education", [dict(h="Doctor of Medicine – University of Santo Tomas Faculty of Medicine and Surgery, Manila",
                            d="2014 – 2018"),
                       dict(h="BS Biology (pre-med) – University of the Philippines Diliman", d="2010 – 2014"),
                       dict(h="Post-graduate internship – Philippine General Hospital", d="2018 – 2019")]),
        ("Licensure", ["Philippine Physician Licensure Exam (PLE) – passed 2019", "USMLE Step 1: Passed",
                       "USMLE Step 2 CK: 238", "USMLE Step 3: 221", "ECFMG Certificate issued 2022"]),
        ("U.S. Clinical Experience", [
            dict(h="Clinical Extern (hands-on), Internal Medicine – Advocate Illinois Masonic Medical Center, Chicago, IL",
                 d="June–August 2024"),
            dict(h="Observer, Geriatric Medicine – Rush University Medical Center, Chicago, IL", d="Sept. 2024")]),
        ("Philippine Experience", [dict(h="Resident Physician, Internal Medicine – St. Luke's Medical Center, QC",
                                        d="2020 – 2023"),
                                   dict(h="Volunteer physician, medical mission, Samar", d="Summer 2019")]),
        ("Publication", ["Santos MCDC, et al. Frailty among older Filipino inpatients. Acta Med Philipp. 2023;57(8):45-52."]),
        ("Languages", ["English, Tagalog, Cebuano"]),
        ("Visa", ["Will need J-1 sponsorship"]),
        ("References", ["Dr. Patricia O'Neill, Program Director, Advocate Illinois Masonic – patricia.oneill@aah.org – 773-555-0148"]),
    ]))

# ---------------------------------------------------------------- 010 Haiti, FR odt
PEOPLE.append(dict(
    id="010", layout="odt_fr_bilingual", ext="odt", toolchain="odfpy",
    truth=dict(full_name="Wesner Jean-Baptiste", email="wesner.jbaptiste@gmail.com", phone_e164="+50937123456",
               medical_school="Université d'État d'Haïti", medical_school_country="HT", graduation_year=2019,
               is_student=False, usmle_step1="pass", usmle_step2ck=226, usmle_step3=None, ecfmg_status="pending",
               specialties=["Obstetrics and Gynecology"], languages=["French", "Haitian Creole", "English", "Spanish"],
               visa_status="b1b2", publications=0,
               usce_entries=[E("observership", "Obstetrics and Gynecology", "NY", "2024-09", "2024-11"),
                             E("hands_on", "Obstetrics and Gynecology", "FL", "2025-01", "2025-02")]),
    display_name="Dr Wesner Jean-Baptiste",
    tagline="Médecin – Obstétrique et Gynécologie / Obstetrics & Gynecology",
    contacts=["Pétion-Ville, Haïti", "Tél. : +509 3712-3456", "Courriel : wesner.jbaptiste@gmail.com"],
    sections=[
        ("Formation (Education)", [dict(h="Docteur en Médecine – Faculté de Médecine et de Pharmacie, Université d'État d'Haïti (UEH)",
                                        d="2012 – 2019"),
                                   dict(h="Service social – Hôpital Immaculée Conception, Les Cayes", d="2019 – 2020")]),
        ("Examens (Examinations)", ["USMLE Step 1 : réussi / Pass", "USMLE Step 2 CK : 226",
                                    "MCCQE Partie I (Canada) : réussi, 2023",
                                    "ECFMG : certification en cours / pending"]),
        ("Expérience clinique aux États-Unis (US Clinical Experience)", [
            dict(h="Observateur, Obstétrique-Gynécologie – SUNY Downstate, Brooklyn, NY", d="sept. 2024 – nov. 2024"),
            dict(h="Stage pratique (hands-on), Obstétrique-Gynécologie – Jackson Memorial Hospital, Miami, FL",
                 d="janv. 2025 – févr. 2025")]),
        ("Autre expérience clinique (Other clinical experience)", [
            dict(h="Observateur, Obstétrique – CHU Sainte-Justine, Montréal, QC, Canada", d="mai 2024 – juin 2024"),
            dict(h="Médecin résident, Gynécologie – Hôpital de l'Université d'État d'Haïti (HUEH)", d="2020 – en cours")]),
        ("Langues (Languages)", ["Français, Créole haïtien (langue maternelle), Anglais (courant), Espagnol (intermédiaire)"]),
        ("Visa", ["Visa B1/B2 valide"]),
        ("Références (References)", ["Dr. Sandra Whitaker, MD, SUNY Downstate – sandra.whitaker@downstate.edu – +1 718 555 0190"]),
    ]))

# ---------------------------------------------------------------- 011 Iran, twocol docx -> pdf
PEOPLE.append(dict(
    id="011", layout="docx_twocol_pdf", ext="pdf", toolchain="python-docx -> LibreOffice headless PDF",
    truth=dict(full_name="Seyed Amirhossein Mousavi", email="amir.mousavi.md@gmail.com", phone_e164="+12165550143",
               medical_school="Tehran University of Medical Sciences", medical_school_country="IR", graduation_year=2020,
               is_student=False, usmle_step1="pass", usmle_step2ck=259, usmle_step3=None, ecfmg_status="certified",
               specialties=["Cardiology", "Internal Medicine"], languages=["Persian", "English", "French"],
               visa_status="j1", publications=7,
               usce_entries=[E("research", "Cardiology", "OH", "2022-10", "2024-09"),
                             E("observership", "Cardiology", "OH", "2023-05", "2023-05"),
                             E("hands_on", "Internal Medicine", "MD", "2024-10", "2024-11")]),
    display_name="Seyed Amirhossein Mousavi, MD",
    alt_name="سید امیرحسین موسوی",
    tagline="Cardiovascular research fellow | Internal Medicine applicant",
    contacts=["Cleveland, OH", "(216) 555-0143", "amir.mousavi.md@gmail.com", "Year of birth: 1994"],
    side=[("Languages", ["Farsi (native)", "English (fluent)", "French (basic)"]),
          ("USMLE", ["Step 1: Pass", "Step 2 CK: 259", "ECFMG: Certified"]),
          ("Status", ["J-1 (ECFMG) needed"])],
    sections=[
        ("Education", [dict(h="Doctor of Medicine (MD), Tehran University of Medical Sciences, Tehran, Iran",
                            d="2013 – 2020")]),
        ("US Experience", [
            dict(h="Postdoctoral Research Fellow, Cardiovascular Medicine – Cleveland Clinic, Cleveland, OH",
                 d="Oct 2022 – Sep 2024"),
            dict(h="Clinical Observer, Cardiology – Cleveland Clinic, Cleveland, OH", d="May 2023"),
            dict(h="Hands-on Externship, Internal Medicine – MedStar Union Memorial, Baltimore, MD",
                 d="Oct 2024 – Nov 2024")]),
        ("Clinical Experience – Iran", [dict(h="General Physician (military service) – Imam Khomeini Hospital Complex",
                                             d="2020 – 2022")]),
        ("Peer-reviewed Publications (7)", [
            "Mousavi SA, et al. JACC Heart Fail. 2023;11(4):410-9.", "Mousavi SA, et al. Circ Cardiovasc Imaging. 2023;16:e014221.",
            "Nissen K, Mousavi SA. Eur Heart J. 2024;45(2):120-31.", "Mousavi SA, et al. Am J Cardiol. 2024;210:88-95.",
            "Mousavi SA, et al. J Am Heart Assoc. 2024;13:e031002.", "Rahimi N, Mousavi SA. Arch Iran Med. 2021;24(6):455-61.",
            "Mousavi SA, et al. Int J Cardiol. 2025;402:131850.",
            "Abstracts (AHA 2023, ACC 2024) and 2 manuscripts in preparation not listed."]),
        ("Career Goals", ["Internal Medicine residency followed by Cardiology fellowship."]),
        ("References", ["Dr. Wael Jaber, MD – Cleveland Clinic – jaberw@ccf.org – 216-555-0101"]),
    ]))

# ---------------------------------------------------------------- 012 Caribbean (Ross), creative docx
PEOPLE.append(dict(
    id="012", layout="docx_creative", ext="docx", toolchain="python-docx",
    truth=dict(full_name="Aaliyah Simone Baptiste", email="aaliyah.baptiste@mail.rossu.edu", phone_e164="+19545550172",
               medical_school="Ross University School of Medicine", medical_school_country="BB", graduation_year=2025,
               is_student=False, usmle_step1="pass", usmle_step2ck=247, usmle_step3=None, ecfmg_status="certified",
               specialties=["Family Medicine", "Pediatrics"], languages=["English", "Spanish"], visa_status="citizen",
               publications=0,
               usce_entries=[E("hands_on", "Internal Medicine", "GA", "2023-09", "2023-11"),
                             E("hands_on", "General Surgery", "NY", "2023-12", "2024-02"),
                             E("hands_on", "Pediatrics", "MD", "2024-03", "2024-04"),
                             E("hands_on", "Obstetrics and Gynecology", "NJ", "2024-05", "2024-06"),
                             E("hands_on", "Psychiatry", "CA", "2024-07", "2024-08"),
                             E("hands_on", "Family Medicine", "FL", "2024-09", "2024-10")]),
    display_name="Aaliyah Simone Baptiste, MD",
    tagline="Family Medicine & Pediatrics | U.S. Citizen",
    contacts=["Fort Lauderdale, FL", "954.555.0172", "aaliyah.baptiste@mail.rossu.edu"],
    sections=[
        ("Education", [dict(h="Doctor of Medicine – Ross University School of Medicine, Bridgetown, Barbados",
                            d="Jan 2021 – May 2025", sub=["Basic sciences on campus in Barbados (2021 – 2023)"]),
                       dict(h="B.S. Biology – Florida International University", d="2016 – 2020")]),
        ("Licensure", ["USMLE Step 1: Pass", "USMLE Step 2 CK: 247", "ECFMG Certified (June 2025)",
                       "Citizenship: U.S. Citizen (born in Port of Spain, Trinidad)"]),
        ("Core Clinical Clerkships (USA)", [
            dict(h="Internal Medicine – Atlanta Medical Center, Atlanta, GA", d="09/2023 – 11/2023"),
            dict(h="Surgery – Wyckoff Heights Medical Center, Brooklyn, NY", d="12/2023 – 02/2024"),
            dict(h="Pediatrics – Saint Agnes Hospital, Baltimore, MD", d="03/2024 – 04/2024"),
            dict(h="Obstetrics & Gynecology – Saint Michael's Medical Center, Newark, NJ", d="05/2024 – 06/2024"),
            dict(h="Psychiatry – Larkin? no", d="")]),
        ("Volunteer", ["Free clinic volunteer, Broward County (2019 – 2020)"]),
        ("Languages", ["English (native), Spanish (conversational)"]),
        ("Interests", ["Family Medicine, Pediatrics; community and underserved care"]),
        ("References", ["Dr. Denise Holloway, MD – Clerkship Director, Atlanta – dholloway@amc-atl.org – (404) 555-0155"]),
    ]))
PEOPLE[-1]["sections"][2][1][4] = dict(h="Psychiatry – Kern Medical Center, Bakersfield, CA", d="07/2024 – 08/2024")
PEOPLE[-1]["sections"][2][1].append(dict(h="Family Medicine – Larkin Community Hospital, South Miami, FL", d="09/2024 – 10/2024"))

# ---------------------------------------------------------------- 013 India, odt table -> pdf
PEOPLE.append(dict(
    id="013", layout="odt_table_pdf", ext="pdf", toolchain="odfpy -> LibreOffice headless PDF",
    truth=dict(full_name="Sneha Kulkarni", email="sneha.kulkarni.kem@gmail.com", phone_e164="+919823456701",
               medical_school="Seth GS Medical College and KEM Hospital", medical_school_country="IN", graduation_year=2024,
               is_student=False, usmle_step1="pass", usmle_step2ck=262, usmle_step3=None, ecfmg_status="certified",
               specialties=["Radiology"], languages=["English", "Marathi", "Hindi", "Gujarati"], visa_status="b1b2",
               publications=2,
               usce_entries=[E("observership", "Radiology", "MA", "2025-06", "2025-07"),
                             E("research", "Radiology", "MA", "2025-08", "2026-12")]),
    display_name="Dr. Sneha Kulkarni",
    tagline="MBBS (Mumbai) – Diagnostic Radiology",
    contacts=["Boston, MA / Pune, India", "+91 98234 56701", "sneha.kulkarni.kem@gmail.com"],
    sections=[
        ("Education", [dict(h="MBBS – Seth GS Medical College and KEM Hospital, Mumbai (Maharashtra University of Health Sciences)",
                            d="2019 – 2024"),
                       dict(h="Internship (CRMI) – KEM Hospital, Mumbai", d="2024-02 – 2025-01")]),
        ("Examinations", ["USMLE Step 1 – Pass", "USMLE Step 2 CK – 262", "NBME Form 13 – 270 (practice)",
                          "ECFMG – Certified (2025)", "NEET-PG 2024 – AIR 3412"]),
        ("US Clinical Experience", [
            dict(h="Observership, Diagnostic Radiology – Brigham and Women's Hospital, Boston, MA", d="2025-06 – 2025-07"),
            dict(h="Research Trainee, Neuroradiology – Massachusetts General Hospital, Boston, MA", d="2025-08 – ongoing")]),
        ("Publications", ["Kulkarni S, et al. Indian J Radiol Imaging. 2024;34(1):55-62.",
                          "Kulkarni S, Deshpande R. AJNR Am J Neuroradiol. 2025;46(3):512-8.",
                          "RSNA 2025 – education exhibit (not peer-reviewed)"]),
        ("Languages", ["English, Marathi, Hindi, Gujarati"]),
        ("Visa", ["B1/B2 (for observership); will need J-1 for residency"]),
        ("Interest", ["Radiology"]),
        ("References", ["Dr. Rajiv Gupta, MD, PhD – MGH Neuroradiology – rgupta.lab@mgh.harvard.edu – 617-555-0124"]),
    ]))

# ---------------------------------------------------------------- 014 Nigeria, plain text (LibreOffice txt export)
PEOPLE.append(dict(
    id="014", layout="txt_plain", ext="txt", toolchain="odfpy -> LibreOffice headless TXT",
    truth=dict(full_name="Folasade Temitope Ogunleye", email="fola.ogunleye@gmail.com", phone_e164="+14435550163",
               medical_school="University of Ibadan", medical_school_country="NG", graduation_year=2017,
               is_student=False, usmle_step1="pass", usmle_step2ck=221, usmle_step3=None, ecfmg_status="certified",
               specialties=["Internal Medicine", "Infectious Disease"], languages=["English", "Yoruba"],
               visa_status="green_card", publications=3,
               usce_entries=[E("hands_on", "Internal Medicine", "MD", "2022-10", "2022-12"),
                             E("telehealth", "Infectious Disease", "MD", "2023-01", "2023-02"),
                             E("observership", "Infectious Disease", "PA", "2023-02", "2023-04")]),
    display_name="FOLASADE TEMITOPE OGUNLEYE, MBBS",
    tagline="",
    contacts=["Baltimore, MD 21201 | 443-555-0163 | fola.ogunleye@gmail.com"],
    sections=[
        ("OBJECTIVE", ["Internal Medicine residency; future Infectious Disease fellowship."]),
        ("EDUCATION", [dict(h="MBBS, College of Medicine, University of Ibadan, Nigeria", d="2010 - 2017")]),
        ("EXAMS", ["USMLE Step 1: Fail (2019); Pass (2020)", "USMLE Step 2 CK: 221", "PLAB 2: Pass (2018)",
                   "ECFMG: Certified", "Status: US Permanent Resident"]),
        ("US CLINICAL EXPERIENCE", [
            dict(h="Hands-on Externship, Internal Medicine, University of Maryland Medical Center, Baltimore, MD",
                 d="Oct 2022 - Dec 2022"),
            dict(h="Telehealth elective, Infectious Disease, Johns Hopkins (virtual), Baltimore, MD", d="Jan 2023 - Feb 2023"),
            dict(h="Observership, Infectious Diseases, Penn Medicine, Philadelphia, PA", d="Feb 2023 - Apr 2023")]),
        ("UK / NIGERIA EXPERIENCE", [dict(h="Clinical Fellow in Acute Medicine, NHS Lincolnshire, UK", d="2019 - 2022"),
                                     dict(h="House Officer, University College Hospital Ibadan", d="2017 - 2018")]),
        ("PUBLICATIONS", ["1. Ogunleye FT et al. Lassa fever outcomes. Afr J Med Med Sci. 2018;47(2):101-9.",
                          "2. Ogunleye FT, Bello K. HIV PrEP uptake. BMC Infect Dis. 2021;21:880.",
                          "3. Ogunleye FT et al. Sepsis bundles in the NHS. Clin Med (Lond). 2022;22(4):320-5.",
                          "Poster: IDWeek 2023"]),
        ("LANGUAGES", ["English, Yoruba"]),
        ("REFERENCES", ["Dr. Karen Liu, MD, UMMC - kliu@som.umaryland.edu - 410-555-0102"]),
    ]))

# ---------------------------------------------------------------- 015 Egypt, docx table -> pdf
PEOPLE.append(dict(
    id="015", layout="docx_table_pdf", ext="pdf", toolchain="python-docx -> LibreOffice headless PDF",
    truth=dict(full_name="Nourhan Ahmed Abdelaziz", email="nourhan.abdelaziz@med.asu.edu.eg", phone_e164="+201112345678",
               medical_school="Ain Shams University", medical_school_country="EG", graduation_year=2022,
               is_student=False, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="pending",
               specialties=["Pediatrics"], languages=["Arabic", "English", "French"], visa_status="j1", publications=1,
               usce_entries=[E("observership", "Pediatrics", "OH", "2025-07", "2025-07"),
                             E("hands_on", "Pediatrics", "TX", "2025-09", "2025-10")]),
    display_name="Nourhan Ahmed Abdelaziz",
    alt_name="نورهان أحمد عبد العزيز",
    tagline="MBBCh – Pediatrics applicant",
    contacts=["Cairo, Egypt", "+20 111 234 5678", "nourhan.abdelaziz@med.asu.edu.eg"],
    sections=[
        ("Education", [dict(h="MBBCh, Faculty of Medicine, Ain Shams University, Cairo", d="2016 – 2022"),
                       dict(h="Internship, Ain Shams University Hospitals", d="Mar 2022 – Feb 2023")]),
        ("USMLE", ["Step 1: Pass (2024)", "Step 2 CK: scheduled Feb 2027", "ECFMG: pending (Step 2 CK outstanding)"]),
        ("US Clinical Experience", [
            dict(h="Observership, General Pediatrics – Nationwide Children's Hospital, Columbus, OH", d="Jul 2025"),
            dict(h="Hands-on Pediatric Externship – Texas Children's Hospital, Houston, TX", d="Sep 2025 – Oct 2025")]),
        ("Clinical Experience in Egypt", [dict(h="Pediatric Resident – Abou El Reesh Children's Hospital, Cairo University",
                                               d="Mar 2023 – present")]),
        ("Publications", ["Abdelaziz NA, et al. Neonatal sepsis in Cairo. Egypt Pediatric Assoc Gaz. 2024;72:15.",
                          "Manuscript in preparation: RSV bronchiolitis in Egypt."]),
        ("Languages", ["Arabic (native), English (fluent), French (school level)"]),
        ("Visa", ["J-1 visa required"]),
        ("References", ["Dr. Jennifer Moss, MD – Nationwide Children's – jennifer.moss@nationwidechildrens.org – (614) 555-0139"]),
    ]))

# ---------------------------------------------------------------- 016 Mexico, ES/EN bilingual docx
PEOPLE.append(dict(
    id="016", layout="docx_bilingual_es", ext="docx", toolchain="python-docx",
    truth=dict(full_name="Ximena Guadalupe Treviño Garza", email="ximena.trevino.g@gmail.com", phone_e164="+528112345678",
               medical_school="Universidad Autónoma de Nuevo León", medical_school_country="MX", graduation_year=2023,
               is_student=False, usmle_step1="pass", usmle_step2ck=239, usmle_step3=None, ecfmg_status="certified",
               specialties=["Anesthesiology"], languages=["Spanish", "English", "Italian"], visa_status="b1b2",
               publications=0,
               usce_entries=[E("hands_on", "Anesthesiology", "TX", "2024-06", "2024-07"),
                             E("observership", "Anesthesiology", "TX", "2024-08", "2024-08")]),
    display_name="Ximena Guadalupe Treviño Garza",
    tagline="Médica Cirujana y Partera | Anestesiología / Anesthesiology",
    contacts=["Monterrey, N.L., México", "Cel. 81 1234 5678 (+52)", "ximena.trevino.g@gmail.com"],
    sections=[
        ("Formación académica / Education", [
            dict(h="Médico Cirujano y Partero – Facultad de Medicina, Universidad Autónoma de Nuevo León (UANL)",
                 d="2016 – 2023"),
            dict(h="Internado de pregrado – Hospital Universitario “Dr. José Eleuterio González”", d="2021 – 2022")]),
        ("Exámenes / Exams", ["USMLE Step 1: Aprobado / Pass", "USMLE Step 2 CK: 239",
                              "ECFMG: Certificada / Certified (2024)", "Visa: B1/B2"]),
        ("Experiencia clínica en EE. UU. / US Clinical Experience", [
            dict(h="Rotación práctica / Hands-on rotation, Anestesiología – UT Southwestern, Dallas, TX",
                 d="06/2024 – 07/2024"),
            dict(h="Observership, Anestesiología – Methodist Hospital, San Antonio, TX", d="08/2024")]),
        ("Experiencia en México / Experience in Mexico", [
            dict(h="Servicio social – Secretaría de Salud, Nuevo León", d="ago 2022 – jul 2023")]),
        ("Idiomas / Languages", ["Español (nativo), Inglés (C1), Italiano (A2)"]),
        ("Especialidad de interés / Specialty interest", ["Anestesiología / Anesthesiology"]),
        ("Referencias / References", ["Dr. Kevin Park, MD – UT Southwestern – kevin.park@utsouthwestern.edu – +1 (214) 555-0177"]),
    ]))

# ================================================================ scans
PEOPLE.append(dict(
    id="017", layout="scan_png", ext="png", toolchain="python-docx -> LibreOffice PDF -> pdftoppm -> Pillow degrade",
    scan=True,
    truth=dict(full_name="Muhammad Hamza Farooq", email="hamza.farooq.dow@gmail.com", phone_e164="+923001234567",
               medical_school="Dow Medical College", medical_school_country="PK", graduation_year=2022,
               is_student=False, usmle_step1="pass", usmle_step2ck=245, usmle_step3=None, ecfmg_status="certified",
               specialties=["Internal Medicine", "Gastroenterology"], languages=["English", "Urdu", "Sindhi"],
               visa_status="j1", publications=2,
               usce_entries=[E("hands_on", "Internal Medicine", "NY", "2024-02", "2024-03"),
                             E("observership", "Gastroenterology", "NY", "2024-04", "2024-04")]),
    display_name="Muhammad Hamza Farooq, MBBS",
    tagline="Internal Medicine applicant",
    contacts=["Karachi, Pakistan", "+92 300 1234567", "hamza.farooq.dow@gmail.com"],
    sections=[
        ("Education", [dict(h="MBBS – Dow Medical College, Dow University of Health Sciences, Karachi", d="2017 – 2022")]),
        ("USMLE", ["Step 1: Pass", "Step 2 CK: 245", "ECFMG Certified"]),
        ("US Clinical Experience", [
            dict(h="Hands-on Externship, Internal Medicine – Brookdale Hospital, Brooklyn, NY", d="Feb 2024 – Mar 2024"),
            dict(h="Observership, Gastroenterology – NYU Langone, New York, NY", d="Apr 2024")]),
        ("Publications", ["Farooq MH, et al. J Pak Med Assoc. 2023;73(4):812-6.", "Farooq MH, et al. Cureus. 2024;16(2):e54021."]),
        ("Languages", ["English, Urdu, Sindhi"]),
        ("Visa / Interests", ["J-1 required. Interests: Internal Medicine, Gastroenterology"]),
        ("References", ["Dr. Samuel Green – Brookdale Hospital – sgreen@bhmcny.org – 718-555-0120"]),
    ]))

PEOPLE.append(dict(
    id="018", layout="scan_pdf", ext="pdf", toolchain="odfpy -> LibreOffice PDF -> pdftoppm -> Pillow -> image PDF",
    scan=True,
    truth=dict(full_name="John Paul Villanueva Reyes", email="jpvreyes.md@gmail.com", phone_e164="+639189876543",
               medical_school="University of the Philippines", medical_school_country="PH", graduation_year=2021,
               is_student=False, usmle_step1="pass", usmle_step2ck=233, usmle_step3=None, ecfmg_status="certified",
               specialties=["Family Medicine"], languages=["English", "Filipino"], visa_status="h1b", publications=0,
               usce_entries=[E("observership", "Family Medicine", "CA", "2025-01", "2025-02")]),
    display_name="John Paul Villanueva Reyes, MD",
    tagline="Family Medicine",
    contacts=["Los Angeles, CA", "+63 918 987 6543", "jpvreyes.md@gmail.com"],
    sections=[
        ("Education", [dict(h="Doctor of Medicine – University of the Philippines College of Medicine, Manila", d="2016 – 2021")]),
        ("Exams", ["USMLE Step 1 – Passed", "USMLE Step 2 CK – 233", "ECFMG – Certified"]),
        ("Work authorization", ["Currently on H-1B visa"]),
        ("US Clinical Experience", [dict(h="Observership, Family Medicine – Kaiser Permanente, Los Angeles, CA",
                                         d="January – February 2025")]),
        ("Languages", ["English, Filipino"]),
        ("Goal", ["Family Medicine residency"]),
    ]))

PEOPLE.append(dict(
    id="019", layout="scan_jpg", ext="jpg", toolchain="python-docx -> LibreOffice PDF -> pdftoppm -> Pillow photo-like JPEG",
    scan=True,
    truth=dict(full_name="Santiago Martínez Beltrán", email="santiago.martinezb@javeriana.edu.co", phone_e164="+573158889900",
               medical_school="Pontificia Universidad Javeriana", medical_school_country="CO", graduation_year=2022,
               is_student=False, usmle_step1="pass", usmle_step2ck=250, usmle_step3=None, ecfmg_status="certified",
               specialties=["Emergency Medicine"], languages=["Spanish", "English"], visa_status="j1", publications=1,
               usce_entries=[E("hands_on", "Emergency Medicine", "IL", "2024-09", "2024-10")]),
    display_name="Santiago Martínez Beltrán, MD",
    tagline="Emergency Medicine",
    contacts=["Bogotá, Colombia", "+57 315 888 9900", "santiago.martinezb@javeriana.edu.co"],
    sections=[
        ("Education", [dict(h="Médico Cirujano – Pontificia Universidad Javeriana, Bogotá", d="2016 – 2022")]),
        ("USMLE / ECFMG", ["Step 1: Pass", "Step 2 CK: 250", "ECFMG certified", "J-1 visa required"]),
        ("US Clinical Experience", [dict(h="Hands-on Rotation, Emergency Medicine – Cook County Health, Chicago, IL",
                                         d="Sep 2024 – Oct 2024")]),
        ("Experience in Colombia", [dict(h="Emergency physician – Hospital Universitario San Ignacio", d="2022 – present")]),
        ("Publications", ["Martínez-Beltrán S, et al. Rev Colomb Anestesiol. 2023;51(2):e1050."]),
        ("Languages", ["Spanish, English"]),
    ]))

PEOPLE.append(dict(
    id="020", layout="scan_pdf", ext="pdf", toolchain="python-docx -> LibreOffice PDF -> pdftoppm -> Pillow -> image PDF",
    scan=True,
    truth=dict(full_name="Fatemeh Rezaei", email="fatemeh.rezaei.neuro@gmail.com", phone_e164="+12035550148",
               medical_school="Shiraz University of Medical Sciences", medical_school_country="IR", graduation_year=2019,
               is_student=False, usmle_step1="pass", usmle_step2ck=254, usmle_step3=None, ecfmg_status="certified",
               specialties=["Neurology"], languages=["Persian", "English"], visa_status="j1", publications=4,
               usce_entries=[E("research", "Neurology", "CT", "2023-01", "2024-12"),
                             E("observership", "Neurology", "CT", "2024-06", "2024-06")]),
    display_name="Fatemeh Rezaei, MD",
    alt_name="فاطمه رضایی",
    tagline="Neurology",
    contacts=["New Haven, CT", "(203) 555-0148", "fatemeh.rezaei.neuro@gmail.com"],
    sections=[
        ("Education", [dict(h="MD – Shiraz University of Medical Sciences, Shiraz, Iran", d="2012 – 2019")]),
        ("USMLE", ["Step 1: Pass", "Step 2 CK: 254", "ECFMG Certified", "Visa: J-1 required"]),
        ("US Experience", [dict(h="Postdoctoral Research Associate, Neurology – Yale School of Medicine, New Haven, CT",
                                d="Jan 2023 – Dec 2024"),
                           dict(h="Observership, Stroke Neurology – Yale New Haven Hospital, CT", d="Jun 2024")]),
        ("Publications", ["4 peer-reviewed articles (Stroke 2024; Neurology 2023; J Neurol Sci 2022; Iran J Neurol 2020)"]),
        ("Languages", ["Farsi, English"]),
    ]))

PEOPLE.append(dict(
    id="021", layout="scan_png", ext="png", toolchain="odfpy -> LibreOffice PDF -> pdftoppm -> Pillow degrade",
    scan=True,
    truth=dict(full_name="Rahul Dev Persaud", email="rpersaud@sgu.edu", phone_e164="+17185550191",
               medical_school="St. George's University School of Medicine", medical_school_country="GD", graduation_year=2027,
               is_student=True, usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None,
               specialties=["General Surgery"], languages=["English", "Hindi"], visa_status="green_card", publications=0,
               usce_entries=[E("hands_on", "Internal Medicine", "NY", "2025-07", "2025-09"),
                             E("hands_on", "General Surgery", "NJ", "2025-10", "2025-12"),
                             E("hands_on", "Pediatrics", "NY", "2026-01", "2026-02"),
                             E("hands_on", "Psychiatry", "MI", "2026-03", "2026-04"),
                             E("hands_on", "Obstetrics and Gynecology", "NY", "2026-05", "2026-06"),
                             E("hands_on", "Family Medicine", "NY", "2026-10", "2026-12")]),
    display_name="Rahul Dev Persaud",
    tagline="MD Candidate 2027 – General Surgery",
    contacts=["Queens, NY", "718-555-0191", "rpersaud@sgu.edu"],
    sections=[
        ("Education", [dict(h="Doctor of Medicine (MD candidate) – St. George's University School of Medicine, Grenada",
                            d="Aug 2022 – expected May 2027")]),
        ("Exams", ["USMLE Step 1: Pass", "Status: U.S. Permanent Resident"]),
        ("Clinical Rotations (USA)", [
            dict(h="Internal Medicine – Kingsbrook? ", d="")]),
        ("Languages", ["English, Hindi"]),
        ("Interest", ["General Surgery"]),
    ]))
PEOPLE[-1]["sections"][2] = ("Clinical Rotations (USA)", [
    dict(h="Internal Medicine – Jamaica Hospital Medical Center, Queens, NY", d="Jul 2025 – Sep 2025"),
    dict(h="Surgery – St. Joseph's University Medical Center, Paterson, NJ", d="Oct 2025 – Dec 2025"),
    dict(h="Pediatrics – Brooklyn Hospital Center, Brooklyn, NY", d="Jan 2026 – Feb 2026"),
    dict(h="Psychiatry – Hurley Medical Center, Flint, MI", d="Mar 2026 – Apr 2026"),
    dict(h="OB/GYN – Kingsbrook Jewish Medical Center, Brooklyn, NY", d="May 2026 – Jun 2026"),
    dict(h="Family Medicine – Wyckoff Heights Medical Center, Brooklyn, NY", d="Oct 2026 – current")])

DAMAGED = [
    dict(id="022", layout="damaged_truncated_pdf", ext="pdf", source="003", how="first 40% of the bytes of a LibreOffice PDF"),
    dict(id="023", layout="damaged_encrypted_pdf", ext="pdf", source="011", how="pypdf user-password encryption (RC4-128)"),
    dict(id="024", layout="damaged_random_docx", ext="docx", source=None, how="32 KiB of os.urandom-style seeded random bytes"),
]
