# -*- coding: utf-8 -*-
"""Hand-written CV contents for writer w104.
Mini markup per body: '# ' heading, '- ' bullet, '| a | b |' table row, '## ' sub-heading, other lines = paragraph.
"""

CVS = {}

CVS["001"] = dict(
    name="Dra. Ximena Itzel Ramírez Huerta",
    subtitle="Médico Cirujano — Internal Medicine applicant",
    contact=["Ciudad de México, México", "ximena.ramirezh@outlook.com", "Tel./WhatsApp: +52 (55) 3487-2210",
             "Fecha de nacimiento: 14/06/1997"],
    body="""
# Perfil
Mexican physician seeking a US clinical position. Áreas de interés: Internal Medicine (Medicina Interna), with a long-term goal of an Endocrinology fellowship.
# Formación académica
## Médico Cirujano — Universidad Nacional Autónoma de México, Facultad de Medicina
Ciudad de México · ago. 2015 – ene. 2022 · Fecha de titulación: sept. 2022
- Internado Rotatorio de Pregrado, Hospital General de México "Dr. Eduardo Liceaga" — ene. 2020 – dic. 2020
- Servicio Social en Comunidad, Centro de Salud Rural, Oaxaca — feb. 2021 – ene. 2022
## Bachillerato — Escuela Nacional Preparatoria No. 6 "Antonio Caso"
2012 – 2015
# Exámenes y certificaciones
- USMLE Step 1: Pass (mayo 2023)
- USMLE Step 2 CK: 246 (nov. 2023)
- UWSA 2 (practice): 252
- ECFMG: Certified (ene. 2024)
- Visa: requiere visa B1/B2 para rotaciones clínicas
# Experiencia clínica en EE.UU.
## Observership — Internal Medicine
Jackson Memorial Hospital, Miami, FL · feb. 2024 – mar. 2024
- Attended rounds, morning report and case presentations.
## Hands-on Externship — Family Medicine
Bayou Community Health Clinic, Houston, TX · abr. 2024 – jun. 2024
- Took histories, performed physical exams and wrote progress notes under supervision.
## Research Volunteer — Division of Endocrinology
UT Health San Antonio, San Antonio, TX · sept. 2024 – actualidad
- Retrospective chart review on GLP-1 receptor agonists in Hispanic patients.
# Experiencia clínica en México
- Médico General, Clínica Médica Coyoacán — mar. 2022 – ene. 2024
# Publicaciones
- Ramírez-Huerta X, Valdés H. Thyroid nodules in a Mexican referral center. Rev Med Hosp Gen Mex. 2022;85(3):112-118.
- Ramírez-Huerta X, et al. Diabetic ketoacidosis outcomes in young adults. Gac Med Mex. 2023;159(2):77-84.
- Poster: "Hyponatremia in the elderly", Congreso Nacional de Medicina Interna, 2021.
- Manuscript submitted: "Metformin adherence in rural Oaxaca" (2025).
# Idiomas
- Español — nativo
- Inglés — C1 (TOEFL iBT 108)
- Francés — básico
# Referencias
- Dr. Héctor Valdés Ochoa, Jefe de Medicina Interna, Hospital General de México — hvaldes.mi@hgm-ref.mx — +52 55 2789 2000
""")

CVS["002"] = dict(
    name="Andrés Felipe Quintero Salazar, MD",
    subtitle="Médico y Cirujano · Medellín, Colombia",
    header="Andrés F. Quintero Salazar  |  andres.quintero.md@gmail.com  |  +57 310 455 2981",
    contact=[],
    body="""
# Career Objective
Applicant for Internal Medicine residency; long-term interest in Cardiology.
# Education
## Médico y Cirujano — Universidad de Antioquia, Facultad de Medicina
Medellín, Colombia · 2014 – 2021 (Grado: diciembre 2021)
- Internado rotatorio, Hospital Universitario San Vicente Fundación — 2020 – 2021
# Servicio Social Obligatorio
Médico Rural, ESE Hospital San Juan de Dios, Santa Fe de Antioquia — ene. 2022 – dic. 2022
# Examinations
| Exam | Result | Date |
| USMLE Step 1 | Pass | 06/2022 |
| USMLE Step 2 CK | 238 | 11/2022 |
| USMLE Step 3 | 221 | 09/2024 |
| ECFMG | Certified | 12/2022 |
# Clinical Experience (United States and Canada)
| Dates | Type | Specialty | Institution | Location |
| 01/2023 – 02/2023 | Observership | Cardiology | Lakeshore Heart Institute | Cleveland, OH |
| 03/2023 – 03/2023 | Hands-on externship | Internal Medicine | Northside Community Hospital | Chicago, IL |
| 06/2023 – 08/2023 | Observership | Nephrology | Newark Renal Associates | Newark, NJ |
| 10/2023 – 11/2023 | Observership | Internal Medicine | Toronto Western Hospital | Toronto, ON |
# Visa
Current US visa: B1/B2 (valid until 2029).
# Publications & Presentations
- Quintero-Salazar AF, Restrepo L. Chagas cardiomyopathy in rural Antioquia. Iatreia. 2022;35(4):301-309.
- Poster: Heart failure readmissions, ACC Latin America Conference, 2023.
- Poster: Hyperkalemia management, ACP Colombia Chapter, 2022.
- Poster: Rural ECG screening, Congreso Colombiano de Cardiología, 2021.
# Languages
Spanish (native), English (fluent), Portuguese (intermediate)
# References
- Dra. Luisa Restrepo, Universidad de Antioquia — luisa.restrepo@udea-ref.co — +57 604 219 6000
""")

CVS["003"] = dict(
    name="Dr Aminata Diallo Ndiaye",
    subtitle="Docteur en Médecine — Pédiatrie",
    contact=["Dakar, Sénégal", "aminata.ndiaye.med@yahoo.fr", "+221 77 654 32 10", "Née en 1993"],
    side="""
# Contact
Dakar, Sénégal
aminata.ndiaye.med@yahoo.fr
+221 77 654 32 10
Née en 1993
# Langues
- Français (langue maternelle)
- Wolof (langue maternelle)
- Anglais (courant)
- Espagnol (notions)
# Examens
- USMLE Step 1 : Pass (2024)
- USMLE Step 2 CK : en préparation (prévu mars 2027)
- ECFMG : certification en cours (pending)
- Visa : J-1 requis
# Spécialités visées
- Pédiatrie (Pediatrics)
- Maladies infectieuses (Infectious Disease)
""",
    body="""
# Formation
## Docteur en Médecine (Diplôme d'État)
Faculté de Médecine, de Pharmacie et d'Odontologie, Université Cheikh Anta Diop de Dakar (ex-Faculté de Médecine de Dakar) · 2012 – 2019 · Thèse soutenue le 12.07.2019
## DES de Pédiatrie
Université Cheikh Anta Diop de Dakar · 2019 – 2023
# Expérience clinique aux États-Unis
## Observership en Pédiatrie
Peachtree Children's Hospital, Atlanta, GA · mars 2025 – mai 2025
## Externat clinique (hands-on) en Pédiatrie
Harbor Pediatric Associates, Baltimore, MD · du 02/06/2025 au 27/06/2025
## Télémédecine — Infectious Disease (virtual rotation)
Chesapeake Global Health Center, Baltimore, MD · sept. 2025 – nov. 2025
# Expérience clinique au Sénégal et en France
- Interne des Hôpitaux, Hôpital Principal de Dakar — 2019 – 2023
- Stage hospitalier, Pédiatrie, CHU de Bordeaux, France — janv. 2022 – févr. 2022
- Pédiatre, Centre Hospitalier Abass Ndao, Dakar — depuis oct. 2023
# Publications
- Ndiaye AD, Sow M. Paludisme grave de l'enfant à Dakar. Bull Soc Pathol Exot. 2020;113(2):88-94.
- Ndiaye AD, et al. Neonatal sepsis in a Senegalese NICU. Pan Afr Med J. 2021;40:155.
- Ndiaye AD, Fall B. Malnutrition aiguë sévère et VIH. Med Trop Sante Int. 2023;3(1):e45.
- Communications orales : Congrès de la Société Sénégalaise de Pédiatrie (2021, 2022).
# Références
- Pr Mamadou Sow, Chef de service de Pédiatrie — msow.pediatrie@ucad-ref.sn — +221 33 822 11 00
""")

CVS["004"] = dict(
    name="Nélia Isabel Macuácua",
    subtitle="Médica Generalista · Maputo, Moçambique",
    contact=["nelia.macuacua@gmail.com", "+258 84 312 7765", "Av. Julius Nyerere, Maputo"],
    body="""
# Formação Académica
## Licenciatura em Medicina — Faculdade de Medicina, Universidade Eduardo Mondlane
Maputo, Moçambique · 2013 – 2019 · Graduação: dezembro de 2019
# Estágios
- Internato Geral, Hospital Central de Maputo — jan. 2020 – dez. 2021
- Estágio de observação, Obstetrícia, Hospital de Santa Maria, Lisboa, Portugal — 2022
# Experiência clínica nos EUA
## Observership — Internal Medicine (Medicina Interna)
Back Bay General Hospital, Boston, MA · set. 2024 – out. 2024
## Externship (hands-on) — Obstetrics and Gynecology
Narragansett Women's Health, Providence, RI · jan. 2025 – mar. 2025
# Exames
- USMLE Step 1: Pass
- USMLE Step 2 CK: 229
- Certificação ECFMG: em curso
# Áreas de interesse
Obstetrícia e Ginecologia (Obstetrics and Gynecology)
# Publicações
Manuscrito em preparação: "Pré-eclâmpsia em Maputo" (2026).
# Idiomas
- Português (nativo)
- Inglês (fluente)
- Francês (intermédio)
- Espanhol (básico)
# Referências
- Dra. Celeste Mucavele, Hospital Central de Maputo — c.mucavele@hcm-ref.co.mz — +258 21 320 828
""")

CVS["005"] = dict(
    name="João Pedro Carvalho Antunes",
    subtitle="Médico Interno de Formação Especializada — Medicina Interna",
    contact=["Porto, Portugal", "jp.antunes.med@sapo.pt", "+351 926 481 307", "Data de nascimento: 22.11.1995"],
    body="""
# Formação Académica
## Mestrado Integrado em Medicina — Faculdade de Medicina da Universidade do Porto (FMUP)
Porto, Portugal · 09.2014 – 07.2020 · Média final: 17/20
# Formação Pós-Graduada
- Formação Geral (Ano Comum), Centro Hospitalar Universitário de São João — 01.01.2021 – 31.12.2021
- Internato de Formação Especializada em Medicina Interna, Hospital de Santo António — 01.01.2022 – presente
# Exames
- USMLE Step 1: 241 (2021)
- USMLE Step 2 CK: 250 (2022)
- ECFMG: certified
- Visto: J-1 (ECFMG sponsorship) planeado
# Experiência nos EUA (Estágios)
## Observership — Pulmonary and Critical Care Medicine
Allegheny River Medical Center, Pittsburgh, PA · 01.07.2023 – 28.07.2023
## Research elective (Investigação) — Gastroenterology
North Star Clinic, Rochester, MN · 03/04/2024 – 30/06/2024
# Interesses
Internal Medicine residency, followed by a Gastroenterology fellowship.
# Publicações
- Antunes JP, Sousa R. Cirrhosis decompensation in northern Portugal. Acta Med Port. 2021;34(5):350-356.
- Antunes JP, et al. Upper GI bleeding scores. GE Port J Gastroenterol. 2022;29(2):101-108.
- Antunes JP, Lima F. IBD and anaemia. Rev Port Med Interna. 2023;30(1):12-19.
- Submetido: Antunes JP. Capsule endoscopy yield (2025).
- Posters: SPMI 2022; Congresso Português de Gastrenterologia 2023.
# Idiomas
Português (nativo) · Inglês (C2) · Espanhol (B2) · Alemão (A2)
# Referências
- Prof. Ricardo Sousa, FMUP — rsousa@fmup-ref.pt — +351 22 551 3600
""")

CVS["006"] = dict(
    name="Luis Alberto Huamán Quispe, MD",
    subtitle="Médico Cirujano — Applicant for Neurology",
    contact=["Paterson, NJ, USA", "lhuamanq.md@gmail.com", "+51 954 218 736"],
    body="""
# Education
## Médico Cirujano — Universidad Nacional Mayor de San Marcos, Facultad de Medicina "San Fernando"
Lima, Perú · Apr 2012 – Mar 2019
- Internado Médico, Hospital Nacional Dos de Mayo — Jan 2018 – Dec 2018
# Rural Service
SERUMS (Servicio Rural y Urbano Marginal de Salud), Puesto de Salud Huancavelica — May 2019 – Apr 2020
# USMLE & Certification
- Step 1: 228 (2021)
- Step 2 CK: 241 (2022)
- Step 3: scheduled (pending)
- ECFMG: Certified (2022)
- Immigration: Green Card holder (US Permanent Resident since 2023)
# US Clinical Experience
## Hands-on Externship — Internal Medicine
St. Passaic Medical Group, Paterson, NJ · Jan 2024 – Apr 2024
## Observership — Neurology
Hudson Neurological Institute, New York, NY · Mar 2024 – May 2024
## Research Assistant — Neurology (Stroke Outcomes)
Hudson Neurological Institute, New York, NY · Oct 2024 – present
# Other US Work
- Medical Assistant, Passaic Family Clinic, Passaic, NJ — Feb 2023 – Dec 2023
# Specialties applying to
Neurology (categorical) and Internal Medicine (preliminary)
# Publications
- Huamán-Quispe LA, et al. Neurocysticercosis in the Peruvian Andes. Rev Peru Med Exp Salud Publica. 2020;37(3):455-461.
- Huamán-Quispe LA, Torres M. Thrombolysis delays in Lima. J Stroke Cerebrovasc Dis. 2021;30(9):105992.
# Languages
Spanish (native), English (fluent), Quechua (conversational)
# References
- Dr. Martín Torres, Hospital Dos de Mayo — mtorres.neuro@hdm-ref.pe — +51 1 328 0028
""")

CVS["007"] = dict(
    name="Giulia Ferraresi",
    subtitle="Medico Chirurgo",
    contact=["Nata nel 1998 - Roma, Italia", "Email: giulia.ferraresi91@libero.it", "Cell: +39 347 215 8890"],
    body="""
# OBIETTIVO / CAREER GOAL
Internal Medicine residency followed by a Hematology-Oncology fellowship.
# ISTRUZIONE / EDUCATION
## Laurea Magistrale a ciclo unico in Medicina e Chirurgia (110/110 e lode)
Sapienza Università di Roma, Facoltà di Medicina e Odontoiatria - 10.10.2017 - 22.07.2023
- Erasmus+ exchange, Universidad de Salamanca, Spain - 09.2021 - 02.2022
- Abilitazione all'esercizio della professione medica - 11.2023
# USMLE / ECFMG
- Step 1: PASS (14.02.2024)
- Step 2 CK: 255 (09.09.2024)
- NBME 31 (practice): 262
- ECFMG certified (10.2024)
- Visa: J-1 needed
# US CLINICAL EXPERIENCE
## Observership - Hematology/Oncology
Gulf Coast Cancer Center, Houston, TX - 15.01.2025 - 14.02.2025
## Clinical Elective (hands-on) - Internal Medicine
Schuylkill University Hospital, Philadelphia, PA - 03.03.2025 - 28.03.2025
# ESPERIENZA IN ITALIA
- Medico di Continuità Assistenziale (guardia medica), ASL Roma 1 - 12.2023 - oggi
# PUBBLICAZIONI
- Ferraresi G, Conti L. Febrile neutropenia in an Italian hematology ward. Ann Hematol. 2024;103(4):1201-1208.
- Abstract: EHA Congress 2024.
# LINGUE
Italiano (madrelingua), English (C1), Español (B2)
# REFERENZE
- Prof.ssa Laura Conti - laura.conti@uniroma-ref.it - +39 06 4997 1000
""")

CVS["008"] = dict(
    name="Dra. María del Carmen Ortega Bustos",
    subtitle="Médico Residente de Psiquiatría (MIR)",
    contact=["Barcelona, España", "mcortegab@gmail.com", "+34 655 908 214"],
    body="""
# Formación académica
## Grado en Medicina — Universitat de Barcelona, Facultat de Medicina i Ciències de la Salut
Barcelona · sept. 2016 – jun. 2022
# Formación sanitaria especializada
- Residente de Psiquiatría (MIR), Hospital Clínic de Barcelona — may. 2023 – actualidad
# USMLE
- Step 1: Pass (2024)
- Step 2 CK: scheduled Feb 2027
- NBME 30 (self-assessment): 245
- ECFMG status: Not certified
# Experiencia clínica en EE.UU.
## Observership — Psychiatry
Pacific Behavioral Health Hospital, Los Angeles, CA · jul. 2024 – ago. 2024
## Telehealth Observership — Consultation-Liaison Psychiatry (virtual)
Puget Sound Medical Center, Seattle, WA · Summer 2025 (June – August 2025)
# Especialidad de interés
Psychiatry
# Publicaciones
- Ortega-Bustos MC, Vidal E. First-episode psychosis and cannabis. Actas Esp Psiquiatr. 2023;51(2):60-68.
- Ortega-Bustos MC, et al. Lithium monitoring adherence. Rev Psiquiatr Salud Ment. 2024;17(1):22-29.
- Capítulo de libro: "Urgencias psiquiátricas", Manual de Psiquiatría Clínica, 2024.
# Idiomas
Español (nativo), Catalán (nativo), Inglés (C1), Francés (B1)
# Referencias
- Dr. Eduard Vidal, Hospital Clínic — evidal@clinic-ref.es — +34 93 227 5400
""")

CVS["009"] = dict(
    name="Brice-Aurélien Nkoulou Mbarga",
    subtitle="Étudiant en Médecine (7e année)",
    contact=["Yaoundé, Cameroun", "brice.nkoulou@gmail.com", "+237 6 77 45 12 89"],
    side="""
# Coordonnées
Yaoundé, Cameroun
brice.nkoulou@gmail.com
+237 6 77 45 12 89
# Langues
- Français
- Anglais
- Ewondo
# Examens
- USMLE Step 1 : Pass (oct. 2025)
- Visa : B1/B2
# Intérêts
- Chirurgie générale (General Surgery)
- Médecine d'urgence (Emergency Medicine)
""",
    body="""
# Formation
## Doctorat en Médecine (en cours — 7e année)
Faculté de Médecine et des Sciences Biomédicales (FMSB), Université de Yaoundé I, Cameroun · 2020 – en cours · Soutenance de thèse prévue : juin 2027
## Baccalauréat C (mention Bien)
Lycée Général Leclerc, Yaoundé · 2019
# Expérience clinique aux États-Unis
## Clinical elective (hands-on) — General Surgery
Motor City Surgical Associates, Detroit, MI · févr. 2026 – mars 2026
## Observership — Emergency Medicine
Garden State Emergency Physicians, Newark, NJ · août 2026 – en cours
# Stages hospitaliers au Cameroun
- Stage de Chirurgie, Hôpital Central de Yaoundé — janv. 2024 – avr. 2024
- Stage des Urgences, Centre Hospitalier Universitaire de Yaoundé — mai 2024 – juil. 2024
# Publications
Aucune publication à ce jour.
# Référence
- Pr Jean-Paul Essomba, Chirurgien — jp.essomba@fmsb-ref.cm — +237 2 22 31 05 86
""")

CVS["010"] = dict(
    name="Santiago Martín Ibarra",
    subtitle="Médico — Especialista en Clínica Médica",
    contact=["Buenos Aires, Argentina", "santi.ibarra.md@hotmail.com", "Cel.: +54 9 11 5832-4716"],
    body="""
# Formación académica
## Médico — Universidad de Buenos Aires, Facultad de Medicina
CABA, Argentina · 2011 – 2018 (Diploma: diciembre 2018)
# Residencia
- Residencia en Clínica Médica, Hospital de Clínicas "José de San Martín" — jun. 2019 – may. 2023
# USMLE / ECFMG
- USMLE Step 1: Pass
- USMLE Step 2 CK: 232
- ECFMG: Certified
- Visa: J-1 required
# US Clinical Experience
## Observership — Rheumatology
Trinity University Hospital, Dallas, TX · 4 weeks, starting June 2, 2025
## Research Fellow — Rheumatology
Trinity University Hospital, Dallas, TX · Jul 2025 – Jun 2026
# Career interests
Internal Medicine residency; Rheumatology fellowship.
# Publications (peer-reviewed)
- Ibarra SM, et al. Lupus nephritis in Argentina. Medicina (B Aires). 2019;79(4):260-266.
- Ibarra SM, Gómez P. Gout flares in hospitalized patients. Reumatol Clin. 2020;16(5):345-350.
- Ibarra SM, et al. Vasculitis mimics. Rev Argent Reumatol. 2021;32(2):15-22.
- Ibarra SM, Rossi A. Methotrexate hepatotoxicity. Clin Rheumatol. 2022;41(8):2411-2418.
- Ibarra SM, et al. Ultrasound in early RA. J Clin Rheumatol. 2024;30(3):101-106.
# Book chapters
- "Artritis reumatoidea", Tratado de Clínica Médica, 2020.
- "Esclerodermia", Manual de Reumatología, 2022.
# Idiomas
Español (nativo), Inglés (avanzado), Italiano (intermedio)
# Referencias
- Dr. Pablo Gómez, Hospital de Clínicas — pgomez@hc-ref.ar — +54 11 5950 8000
""")

CVS["011"] = dict(
    name="Yokasta Altagracia Peña Rosario",
    subtitle="Doctor en Medicina — Pediatrics",
    footer="Yokasta A. Peña Rosario · yokasta.pena@gmail.com · +1 (829) 714-3302 · Santo Domingo, República Dominicana",
    contact=[],
    body="""
# Objective
Pediatrics residency applicant.
# Education
## Doctor en Medicina — Instituto Tecnológico de Santo Domingo (INTEC)
Santo Domingo, República Dominicana · 2015 – 2021
# Pasantía médica (Servicio Social)
Hospital Municipal de Baní — 2021 – 2022
# Examinations
- USMLE Step 1: Pass
- USMLE Step 2 CK: 244
- ECFMG: Certified
- Immigration status: US Permanent Resident
# US Clinical Experience
## Hands-on Externship — Pediatrics
Sunshine Pediatric Partners, Orlando, FL · 05/2023 – 07/2023
## Observership — Pediatrics
Bronx Children's Medical Center, Bronx, NY · 08/2023 – 08/2023
# Other Work Experience
- Medical Interpreter (Spanish), Biscayne Medical Center, Miami, FL — 2022 – 2023
# Languages
Spanish, English
# Publications
None.
# References
- Dr. Ramón Almonte, INTEC — ralmonte@intec-ref.edu.do — +1 809 567 9271
""")

CVS["012"] = dict(
    name="Rafael Nogueira de Albuquerque",
    subtitle="Estudante de Medicina (6º ano) — FMUSP",
    contact=["São Paulo, Brasil", "rafa.nalbuquerque@gmail.com", "+55 (11) 97421-3368"],
    body="""
# Formação
## Graduação em Medicina — Faculdade de Medicina da Universidade de São Paulo (FMUSP)
São Paulo, Brasil · fev. 2021 – em curso · Conclusão prevista: dez. 2026
- Internato (5º e 6º anos), Hospital das Clínicas da FMUSP — 2025 – 2026
# Exames
- USMLE Step 1: Pass (2025)
- USMLE Step 2 CK: 262 (ago. 2026)
- ECFMG: pending (após a formatura)
- Visto: B1/B2 válido
# Estágios nos EUA
## Observership — Cardiology
Biscayne Heart Institute, Miami, FL · jan. 2026 – fev. 2026
## Visiting student elective (hands-on) — Internal Medicine
Gator University Hospital, Gainesville, FL · 04/2026
# Interesses
Internal Medicine, Cardiology
# Publicações
- Albuquerque RN, et al. Atrial fibrillation in Chagas disease. Arq Bras Cardiol. 2025;122(4):e20240311.
- Resumos / pôsteres: SOCESP 2024; Congresso Brasileiro de Cardiologia 2025; COMU 2023.
# Idiomas
Português (nativo), Inglês (fluente), Espanhol (intermediário)
# Referências
- Prof. Dr. Fábio Pinheiro, InCor — fpinheiro@incor-ref.br — +55 11 2661 5000
""")

CVS["013"] = dict(
    name="Jean-Marc KOUASSI",
    subtitle="Docteur en Médecine — Anesthésie-Réanimation",
    contact=["Abidjan, Côte d'Ivoire", "jm.kouassi@yahoo.fr", "+225 07 08 45 21 63"],
    body="""
# Formation
## Docteur en Médecine — UFR des Sciences Médicales d'Abidjan, Université Félix Houphouët-Boigny
Abidjan, Côte d'Ivoire · 2010 – 2018 · Thèse soutenue en nov. 2018
## DES d'Anesthésie-Réanimation
Université Félix Houphouët-Boigny · 2019 – 2023
# Examens américains
- USMLE Step 1 : Pass (2024)
- USMLE Step 2 CK : 226 (2025)
- ECFMG : Certified (2025)
- Visa : J-1 sollicité
# Expérience clinique aux USA
## Observership — Anesthesiology
Crescent City Medical Center, New Orleans, LA · du 06/01/2025 au 31/01/2025
## Observership — Medical ICU (Pulmonary & Critical Care)
Piedmont Park Hospital, Atlanta, GA · 03/02/2025 – 28/03/2025
# Expérience professionnelle
- Anesthésiste-Réanimateur, CHU de Cocody — depuis janv. 2024
- Stage inter-CHU, Hospices Civils de Lyon, France — mai 2022 – juil. 2022
# Spécialité visée
Anesthesiology
# Publications
- Kouassi JM, et al. Rachianesthésie et césarienne à Abidjan. Rev Afr Anesth Med Urg. 2021;26(1):33-39.
- Kouassi JM, Brou A. Sepsis mortality in an Ivorian ICU. Afr J Emerg Med. 2023;13(2):88-93.
# Langues
Français, Anglais, Baoulé
# Référence
- Pr Ama Brou — ama.brou@chu-ref.ci — +225 27 22 48 10 00
""")

CVS["014"] = dict(
    name="Valentina Andreína Márquez Villalobos, MD",
    subtitle="Médico Cirujano · Internist",
    contact=["Doral, FL", "vmarquezv.md@gmail.com", "+58 414-392-1187"],
    body="""
# Profile
Venezuelan-trained internist and naturalized US citizen (2024). Applying to Internal Medicine; interest in Nephrology.
# Education
| Degree | Institution | Dates |
| Médico Cirujano | Universidad Central de Venezuela (UCV), Escuela de Medicina "Luis Razetti", Caracas | sept. 2010 – jul. 2016 |
| Medicatura Rural | Ambulatorio Rural Tipo II, Estado Mérida | ene. 2017 – dic. 2017 |
| Postgrado de Medicina Interna | Hospital Universitario de Caracas | ene. 2018 – dic. 2021 |
# Exams
| Exam | Result |
| USMLE Step 1 | 219 |
| USMLE Step 2 CK | 233 |
| USMLE Step 3 | 218 |
| ECFMG | Certified |
| Citizenship | US citizen |
# US Experience
| Dates | Role | Specialty | Site |
| ene. 2023 – mar. 2023 | Observership | Nephrology | Kendall Kidney Center, Miami, FL |
| abr. 2023 – actualidad | Research Fellow (clinical trials) | Nephrology | Kendall Kidney Center, Miami, FL |
| sept. 2023 – dic. 2023 | Hands-on externship | Internal Medicine | Hialeah Medical Group, Hialeah, FL |
# Publications
- Márquez-Villalobos VA, et al. AKI in dengue. Gac Med Caracas. 2019;127(2):101-108.
- Márquez-Villalobos VA, Pérez J. Hyponatremia in cirrhosis. Med Interna (Caracas). 2020;36(1):12-18.
- Márquez-Villalobos VA, et al. SGLT2 inhibitors in CKD stage 4. Kidney360. 2025;6(3):410-417.
# Languages
Spanish (native), English (fluent)
# References
- Dr. José Pérez, Kendall Kidney Center — jperez@kkc-ref.com — +1 305 555 0177
""")

CVS["015"] = dict(
    name="Eleni Stavropoulou",
    greek="Ελένη Σταυροπούλου",
    subtitle="MD (Πτυχίο Ιατρικής) — Endocrinology research fellow",
    contact=["Athens, Greece", "eleni.stavropoulou.md@gmail.com", "+30 694 712 5583", "Born 1995"],
    side="""
# Contact
Athens, Greece
eleni.stavropoulou.md@gmail.com
+30 694 712 5583
Born 1995
# Exams
- USMLE Step 1: 245
- USMLE Step 2 CK: 251
- ECFMG: Certified
- Seeking H-1B sponsorship
# Languages
- Greek (native)
- English (C2)
- German (B2)
# Interests
- Endocrinology
- Internal Medicine
""",
    body="""
# Education
## Πτυχίο Ιατρικής (Degree in Medicine)
National and Kapodistrian University of Athens, School of Medicine (Ιατρική Σχολή ΕΚΠΑ) · 2013 – 2019
# Greek Service
- Rural service (Υπηρεσία υπαίθρου), Health Centre of Kalavryta · 2020 – 2021
# US Experience
## Observership — Endocrinology
Charles River Diabetes Center, Boston, MA · Sep – Oct 2022
## Research Fellowship — Endocrinology
Charles River Diabetes Center, Boston, MA · Nov 2022 – Oct 2024
# Publications
- Stavropoulou E, et al. Thyroid eye disease in Greece. Hormones (Athens). 2020;19(3):345-352.
- Stavropoulou E, et al. CGM in type 1 diabetes. Diabetes Care. 2023;46(5):1012-1019.
- Stavropoulou E, Miller K. Adrenal incidentaloma follow-up. J Clin Endocrinol Metab. 2023;108(9):2233-2241.
- Stavropoulou E, et al. Pituitary apoplexy outcomes. Pituitary. 2024;27(1):55-63.
- Stavropoulou E, et al. Insulin pump uptake. Endocr Pract. 2024;30(6):512-518.
- Stavropoulou E, Miller K. Hypercalcemia work-up. Endocrine. 2024;84(2):401-409.
- Poster: ENDO 2023, Chicago.
# References
- Dr. Kevin Miller — kmiller@crdc-ref.org — +1 617 555 0190
""")

CVS["016"] = dict(
    name="Marcus Anthony Delgado",
    subtitle="Doctor en Medicina (ELAM, Cuba) — Family Medicine",
    contact=["Bronx, NY", "marcus.delgado.elam@gmail.com", "(347) 829-4410"],
    body="""
# Education
## Doctor en Medicina — Escuela Latinoamericana de Medicina (ELAM)
La Habana, Cuba · Sept 2016 – July 2022
- Internado rotatorio, Hospital Universitario "General Calixto García" — Sept 2021 – July 2022
## B.S. Biology — Lehman College, City University of New York
Bronx, NY · 2011 – 2015
# Licensing
- USMLE Step 1: Pass
- USMLE Step 2 CK: 236
- ECFMG Certified
- Citizenship: US Citizen
# US Clinical Experience
## Hands-on Clinical Rotation — Family Medicine
Mott Haven Family Health Center, Bronx, NY · Sept 2022 – Nov 2022
## Observership — Geriatrics
Brooklyn Senior Care Hospital, Brooklyn, NY · Jan 2023 – Feb 2023
## Telehealth Rotation — Family Medicine
Rio Grande Telehealth Network, Albuquerque, NM · Mar 2023 – May 2023
# Other Experience
- ED Scribe, Bronx-Lebanon area hospital, Bronx, NY — 2014 – 2015
# Specialty Interests
Family Medicine; Geriatrics
# Languages
English (native), Spanish (fluent)
# Publications
None to date.
# References
- Dra. Odalys Fuentes, ELAM — ofuentes@elam-ref.cu — +53 7 210 4410
""")

# ---------------- scans ----------------
CVS["017"] = dict(
    name="Catalina Fernanda Rojas Muñoz",
    subtitle="Médico Cirujano — Anesthesiology",
    contact=["Santiago, Chile", "cata.rojasmunoz@gmail.com", "+56 9 8741 2036"],
    body="""
# Formación académica
## Médico Cirujano — Universidad de Chile, Facultad de Medicina
Santiago · 2013 – 2020
# Experiencia
- Médico EDF (Etapa de Destinación y Formación), Hospital de Castro — 2020 – 2023
# USMLE / ECFMG
- Step 1: Pass · Step 2 CK: 240
- ECFMG: Certified
- Visa: J-1
# US Clinical Experience
## Observership — Anesthesiology
Lakeshore University Hospital, Cleveland, OH · Oct 2024 – Nov 2024
# Interés
Anesthesiology
# Publicaciones
- Rojas-Muñoz CF, et al. Spinal anesthesia in rural Chile. Rev Med Chile. 2022;150(6):744-750.
# Idiomas
Español (nativo), Inglés (avanzado)
""")

CVS["018"] = dict(
    name="Wesner Pierre-Louis",
    subtitle="Docteur en Médecine — Médecine familiale",
    contact=["Port-au-Prince, Haïti", "wesner.pierrelouis@gmail.com", "+509 3712 4589"],
    body="""
# Formation
## Docteur en Médecine — Faculté de Médecine et de Pharmacie, Université d'État d'Haïti
Port-au-Prince · 2012 – 2019
# Service social
Médecin de service social, Centre de Santé de Jacmel — 2019 – 2020
# Examens
- USMLE Step 1 : Pass
- USMLE Step 2 CK : 228
- ECFMG : certification en attente
# Expérience clinique aux États-Unis
## Externship — Family Medicine (hands-on)
Flatbush Family Practice, Brooklyn, NY · mars 2024 – juin 2024
# Spécialité
Family Medicine
# Langues
Français, Créole haïtien, Anglais, Espagnol
# Publications
Aucune
""")

CVS["019"] = dict(
    name="Edvaldo Mateus Kiala",
    subtitle="Médico — Cirurgia Geral",
    contact=["Luanda, Angola", "edvaldo.kiala@hotmail.com", "+244 931 208 564"],
    body="""
# Formação
## Licenciatura em Medicina — Faculdade de Medicina da Universidade Agostinho Neto
Luanda, Angola · 2011 – 2018
# Experiência
- Médico, Hospital Américo Boavida, Luanda — 2019 – presente
# Exames
- USMLE Step 1: Pass
- Visto: B1/B2
# Estágio nos EUA
## Observership — General Surgery
Bayou City Surgical Center, Houston, TX · 05/2025 – 06/2025
# Interesse
General Surgery
# Idiomas
Português, Inglês, Francês
""")

CVS["020"] = dict(
    name="Daniela Estefanía Villacís Andrade",
    subtitle="Médico — Obstetrics and Gynecology applicant",
    contact=["Quito, Ecuador", "daniela.villacis.a@gmail.com", "+593 99 812 4470"],
    body="""
# Formación académica
## Médico — Pontificia Universidad Católica del Ecuador, Facultad de Medicina
Quito · 2014 – 2020
# Medicatura rural
Centro de Salud Otavalo — 2020 – 2021
# Exámenes
- USMLE Step 1: Pass
- USMLE Step 2 CK: 247
- ECFMG: Certified
# Experiencia en EE.UU.
## Observership — Obstetrics and Gynecology
Lakefront Women's Hospital, Chicago, IL · ene. 2024 – feb. 2024
## Research Volunteer — Obstetrics and Gynecology
Lakefront Women's Hospital, Chicago, IL · mar. 2024 – ago. 2024
# Especialidad
Obstetrics and Gynecology
# Publicaciones
- Villacís-Andrade DE, et al. Preeclampsia at altitude. Rev Fac Cienc Med (Quito). 2021;46(2):33-40.
- Villacís-Andrade DE, et al. Postpartum hemorrhage bundles. Int J Gynaecol Obstet. 2024;165(1):210-216.
# Idiomas
Español, Inglés
""")

CVS["021"] = dict(
    name="Yasmine El Amrani",
    arabic="ياسمين العمراني",
    subtitle="Docteur en Médecine — Radiologie",
    contact=["Casablanca, Maroc", "yasmine.elamrani.md@gmail.com", "+212 661 472 038"],
    body="""
# Formation
## Docteur en Médecine — Faculté de Médecine et de Pharmacie de Casablanca, Université Hassan II
Casablanca, Maroc · 2014 – 2021
# Examens
- USMLE Step 1 : Pass
- USMLE Step 2 CK : 243
- ECFMG : Certified
- Visa : J-1
# Expérience clinique aux États-Unis
## Observership — Radiology
Liberty Imaging Institute, Philadelphia, PA · sept. 2025 – oct. 2025
# Spécialité visée
Radiology
# Langues
Arabe, Français, Anglais, Espagnol
# Publications
Aucune
""")
