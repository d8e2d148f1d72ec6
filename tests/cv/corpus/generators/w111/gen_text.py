# 009 plain UTF-8 text; 011 hand-written RTF (unicode escapes)
import sys, os
OUT = sys.argv[1]
TXT = '''ANDREEA-IOANA DUMITRAȘCU, MD
Medic specialist psihiatru / Psychiatrist
Bucharest, Romania | +40 722 345 618 | andreea.dumitrascu.psy@yahoo.com
Date of birth: 1994 | Visa: B1/B2 visitor visa (valid until 2029)

==========================================================
OBJECTIVE
==========================================================
Psychiatry residency (PGY-1) in the United States.

==========================================================
EDUCATION
==========================================================
2013 - 2019   "Carol Davila" University of Medicine and Pharmacy
              (Universitatea de Medicină și Farmacie „Carol Davila”),
              Bucharest, Romania - Doctor-medic (MD), general average 9.48
2016 - 2017   Erasmus+ semester, Université Paris Cité, France

==========================================================
LICENSURE & EXAMS
==========================================================
- USMLE Step 1 ............. PASS (2023)
- USMLE Step 2 CK .......... 236 (2024)
- ECFMG .................... Certified (January 2025)
- PLAB 1 ................... Passed (2022) - UK
- OET Medicine ............. Grade B in all sub-tests
- Rezidențiat exam (Romania) 2019: 862 points

==========================================================
POSTGRADUATE TRAINING / WORK
==========================================================
01/2020 - 12/2024   Resident in Psychiatry (medic rezident),
                    Spitalul Clinic de Psihiatrie "Prof. Dr. Alexandru
                    Obregia", Bucharest
since 01/2025       Specialist psychiatrist (part-time), Centrul de
                    Sănătate Mintală Sector 4, Bucharest
Aug 2023            Clinical attachment (observer), South London and
                    Maudsley NHS Foundation Trust, London, UK (3 weeks)

==========================================================
US CLINICAL EXPERIENCE
==========================================================
* Observership - Psychiatry (adult inpatient & consult-liaison)
  Zucker Hillside Hospital, Northwell Health, Glen Oaks, NY
  6 weeks, Apr-May 2025

* Externship (hands-on) - Psychiatry
  Larkin Community Hospital, Miami, FL
  05/2025 - 07/2025
  (overlapped with the last week of the Zucker observership)

==========================================================
PUBLICATIONS
==========================================================
1. Dumitrașcu AI, Marinescu D, et al. Clozapine-associated myocarditis:
   a Romanian case series. Rom J Psychiatry. 2022;24(2):58-63.
Posters: EPA Congress 2023 (Paris); APA Annual Meeting 2025 (San Francisco)
In preparation: ketamine-assisted therapy in TRD - retrospective review.

==========================================================
LANGUAGES
==========================================================
Romanian (native), English (C2), French (B2), Italian (B1)

==========================================================
REFERENCES
==========================================================
Dr. Dragoș Marinescu, Head of Department, "Al. Obregia" Hospital
  dragos.marinescu@obregia-psy.example.ro, +40 21 334 1920
Dr. Samuel Greene, MD, Larkin Community Hospital, Miami, FL
  sgreene@larkin-psych.example.org, +1 305 555 0133
'''
open(os.path.join(OUT, 'w111_009_plain.txt'), 'w', encoding='utf-8').write(TXT)

def rtf_escape(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in '\\{}': out.append('\\' + ch)
        elif o > 127: out.append('\\u%d?' % (o if o < 32768 else o - 65536))
        else: out.append(ch)
    return ''.join(out)

paras = [
 ('title', 'JOÃO PEDRO CARVALHO SOUSA'),
 ('c', 'Médico de Família · Braga, Portugal'),
 ('c', 'Telemóvel: 912 345 678 · E-mail: jp.carvalhosousa@sapo.pt'),
 ('c', 'Nascido em 1996 · Nacionalidade portuguesa'),
 ('h', 'OBJETIVO / OBJECTIVE'),
 ('p', 'Applying to Family Medicine residency programs in the USA (2027 Match). I will require a J-1 visa.'),
 ('h', 'FORMAÇÃO ACADÉMICA'),
 ('p', '2014/2015 – 2019/2020: Mestrado Integrado em Medicina, Faculdade de Medicina da Universidade do Porto (FMUP). Média final: 17/20.'),
 ('p', '2018/2019: Erasmus+ — Universidad de Salamanca, Espanha (2.º semestre).'),
 ('h', 'EXPERIÊNCIA PROFISSIONAL'),
 ('p', '01/2021 – 12/2021: Internato de Formação Geral (Ano Comum), Hospital de Braga.'),
 ('p', '01/2022 – 12/2025: Internato de Formação Especializada em Medicina Geral e Familiar, USF Maxisaúde, ACES Cávado I – Braga.'),
 ('p', 'desde 01/2026: Médico especialista em MGF, USF Maxisaúde, Braga.'),
 ('h', 'EXPERIÊNCIA CLÍNICA NOS EUA'),
 ('p', 'Mar 2026: Telemedicine rotation (virtual), Internal Medicine — Houston Methodist Primary Care Group, Houston, TX.'),
 ('p', 'Sep 2026 – Oct 2026: Hands-on clinical rotation, Family Medicine — Trinity Health Michigan Family Medicine Residency clinic, Ann Arbor, MI.'),
 ('h', 'EXAMES'),
 ('p', 'USMLE Step 1: Pass (05/2025) · USMLE Step 2 CK: 229 (01/2026) · ECFMG: certification pending (OET passed, awaiting final verification)'),
 ('p', 'Prova Nacional de Acesso (2020): 121/150'),
 ('h', 'PUBLICAÇÕES'),
 ('p', 'No peer-reviewed publications. Poster: 14.º Encontro Nacional de Medicina Geral e Familiar (2023).'),
 ('h', 'LÍNGUAS'),
 ('p', 'Português (língua materna), Inglês (C1 – OET B), Espanhol (B2).'),
 ('h', 'REFERÊNCIAS'),
 ('p', 'Dra. Helena Macedo, orientadora de formação, USF Maxisaúde — helena.macedo@usf-maxisaude.example.pt — +351 253 000 111'),
]
rtf = [r'{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}{\colortbl;\red0\green70\blue120;}',
       r'\paperw11906\paperh16838\margl1247\margr1247\margt1134\margb1134']
for kind, t in paras:
    e = rtf_escape(t)
    if kind == 'title': rtf.append(r'{\pard\qc\sa80\f1\fs34\b ' + e + r'\par}')
    elif kind == 'c': rtf.append(r'{\pard\qc\sa40\f0\fs21 ' + e + r'\par}')
    elif kind == 'h': rtf.append(r'{\pard\sb200\sa60\f1\fs23\b\cf1 ' + e + r'\par}')
    else: rtf.append(r'{\pard\sa60\f0\fs21 ' + e + r'\par}')
rtf.append('}')
open(os.path.join(OUT, 'w111_011_rtf_portuguese.rtf'), 'w', encoding='ascii').write('\n'.join(rtf))
print('ok')
