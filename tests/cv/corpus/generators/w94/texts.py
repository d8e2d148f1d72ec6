# -*- coding: utf-8 -*-
ERAS_TXT = """\
MyERAS-style Application Worksheet  (exported as text)
=====================================================

Applicant Name:      Malik, Ayesha Siddiqa
Preferred Name:      Ayesha Siddiqa Malik
Email:               ayesha.s.malik@gmail.com
Phone (Mobile):      +92-333-2190458
Mailing Address:     Flat B-7, Block 13-D, Gulshan-e-Iqbal, Karachi 75300, Pakistan
Citizenship:         Pakistan
Current Visa Status: B1/B2 (Visitor)  -- will require J-1 for residency
Birth Year:          1998

MEDICAL EDUCATION
-----------------
School:      Dow University of Health Sciences (Dow Medical College), Karachi, Pakistan
Degree:      MBBS
Dates:       11/2017 - 12/2023  (Degree awarded 12/2023)

USMLE / ECFMG
-------------
USMLE Step 1 ............ Pass (2024)
USMLE Step 2 CK ......... Not yet taken (scheduled 02/2027)
NBME CCSSA Form 11 ...... 231 (practice)
ECFMG Certification ..... Pending (Step 2 CK outstanding)

EXPERIENCE
----------
Experience Type:   Volunteer / Telehealth
Organization:      MindBridge Tele-Psychiatry (virtual clinic based in Columbus, Ohio)
Setting:           Telehealth, outpatient psychiatry
Position/Title:    Virtual Clinical Assistant
Dates:             01/05/2026 - 03/27/2026
Hours per week:    15
Total hours:       180
Description:       Remote scribing and PHQ-9/GAD-7 intake for an Ohio-licensed psychiatrist.

Experience Type:   Work / Clinical (hands-on)
Organization:      Zucker Hillside Hospital, Northwell Health
City/State:        Glen Oaks, NY
Setting:           Inpatient psychiatry
Position/Title:    Psychiatry Clinical Extern
Dates:             09/02/2025 - 09/26/2025
Hours per week:    40
Total hours:       160
Description:       Took histories, performed MSEs, presented patients at team rounds.

Experience Type:   Observership
Organization:      University of Illinois Hospital, Department of Psychiatry
City/State:        Chicago, IL
Setting:           Inpatient & consult-liaison psychiatry
Position/Title:    Clinical Observer
Dates:             07/07/2025 - 08/29/2025
Hours per week:    20
Total hours:       160
Description:       8-week observership on C-L service; attended didactics.

Experience Type:   Work / Clinical
Organization:      Civil Hospital Karachi (Dow University)
City/State:        Karachi, Pakistan
Setting:           Inpatient psychiatry & medicine
Position/Title:    House Officer
Dates:             01/2024 - 12/2024
Hours per week:    60
Description:       Rotating house job: Medicine 6 months, Psychiatry 3 months, Surgery 3 months.

Experience Type:   Research
Organization:      Department of Psychiatry, DUHS
City/State:        Karachi, Pakistan
Position/Title:    Research Assistant
Dates:             03/2022 - 10/2023
Hours per week:    6
Description:       Depression screening among medical students (cross-sectional).

PUBLICATIONS / PRESENTATIONS
----------------------------
[Poster]     Malik AS, et al. Burnout among house officers in Karachi. APA Annual Meeting 2025, San Francisco.
[Poster]     Malik AS. Postpartum depression screening in Sindh. Pakistan Psychiatric Society Conference 2023.
[Submitted]  Malik AS, Haider N. Prevalence of depression in medical students -- submitted to J Pak Med Assoc.

LANGUAGES
---------
English - Advanced/Fluent
Urdu - Native
Sindhi - Good

SPECIALTY PREFERENCE:  Psychiatry

REFERENCES (letter writers)
---------------------------
Dr. Raymond Kessler, MD - Attending Psychiatrist, Zucker Hillside Hospital - rkessler@northwell.edu - (718) 470-8000
Dr. Nadia Haider, FCPS - Associate Professor, DUHS - nadia.haider@duhs.edu.pk - +92 21 99215740
"""

WEBFORM_TXT = """\
--- Application submitted via rotations portal ---
Submission ID: 88312-UC    Submitted: 11/02/2026 08:14 PKT

Full name (as on passport): Muhammad Usman Chaudhry
First name: Muhammad Usman
Last name: Chaudhry
Email address: usman.chaudhry.aimc@hotmail.com
Confirm email: usman.chaudhry.aimc@hotmail.com
WhatsApp / phone: 0300 4561278
Country code: Pakistan (+92)
Year of birth: 1997
Current country of residence: Pakistan
Do you currently hold a US visa?: Yes - B1/B2 tourist visa (valid until 2034)

Medical school: Allama Iqbal Medical College, Lahore
Degree: MBBS
Graduation date: 2022
Are you currently a student?: No

USMLE Step 1: Passed
USMLE Step 2 CK score: 229
USMLE Step 3: N/A
ECFMG certified?: Yes

Specialty of interest: Internal Medicine; Cardiology
Languages spoken: English, Urdu, Punjabi
Number of publications: 1 (Pak Heart J 2023) + 2 posters

Previous US clinical experience (list all):
1) Cardiology observership - Houston Methodist Hospital, Houston TX - Mar 2025 to Apr 2025 (8 weeks)
2) Internal Medicine hands-on externship - Baylor Scott & White, Temple TX - May 2025 (4 wks, 160 hrs)
3) Telemedicine elective (IM) - virtual, with NYU Langone Internal Medicine, New York - Aug-Oct 2025

Other clinical experience:
House job, Jinnah Hospital Lahore, 2022-2023; Medical Officer, Punjab Institute of Cardiology, 2023-present

Reference 1: Dr. Saira Anwar, Punjab Institute of Cardiology, saira.anwar@pic.gov.pk, +92 42 99203051
Reference 2: Dr. Mark Ellison, Houston Methodist, mellison@houstonmethodist.org

Anything else we should know?:
i am available from Jan 2027, would prefer texas or new york.
"""

# ERAS-style experiences for docx table (014)
ERAS_ROWS = [
    dict(org="Yale New Haven Hospital / Yale School of Medicine", city="New Haven, CT", setting="Inpatient — General Medicine wards",
         position="Sub-Intern (hands-on), Internal Medicine", dates="08/2024 – 10/2024", hours="50 hrs/week · 12 weeks",
         desc="Carried 4–5 patients, wrote H&Ps and daily notes co-signed by residents; night float x 1 week."),
    dict(org="Brigham and Women's Hospital, Division of Rheumatology, Inflammation and Immunity", city="Boston, MA", setting="Research (clinical epidemiology)",
         position="Postdoctoral Research Fellow", dates="08/2022 – 07/2024", hours="40 hrs/week",
         desc="Lupus nephritis cohort; 4 of my 6 peer-reviewed papers came out of this fellowship."),
    dict(org="Brigham and Women's Hospital – Rheumatology Clinic", city="Boston, MA", setting="Outpatient clinic",
         position="Clinical Observer", dates="03/2023", hours="~60 hours total (4 weeks, part-time, during fellowship)",
         desc="Observed new-patient visits and joint injections."),
    dict(org="Aga Khan University Hospital", city="Karachi, Pakistan", setting="Inpatient & outpatient internal medicine",
         position="Resident, Internal Medicine (PGY-1 to PGY-2)", dates="07/2021 – 07/2022", hours="80 hrs/week",
         desc="Left to start US research."),
    dict(org="Aga Khan University Hospital", city="Karachi, Pakistan", setting="Rotating internship",
         position="Intern", dates="01/2020 – 12/2020", hours="—", desc=""),
]
