#!/usr/bin/env python3
"""010 plain-text CV with ASCII-art boxes; 011 RTF written the way an old word processor (WordPad-era) saves it."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, "..", "files"))

TXT = r"""
+==========================================================================+
|                                                                          |
|        M D .   T A N V I R   H A S A N   C H O W D H U R Y ,  M B B S   |
|                                                                          |
|   Cell : +880 1711-555123          Mail : tanvir.chowdhury.dmc@gmail.com |
|   Addr : House 12, Road 7, Dhanmondi, Dhaka-1205, Bangladesh             |
|   DOB  : 02/09/1993                Visa : H-1B sponsorship required      |
+==========================================================================+

 .------------------------------------------------------------------------.
 |  OBJECTIVE                                                             |
 '------------------------------------------------------------------------'
   Internal Medicine residency (categorical); long-term goal
   Gastroenterology & Hepatology fellowship.

 .------------------------------------------------------------------------.
 |  EDUCATION                                                             |
 '------------------------------------------------------------------------'
   * MBBS ......... Dhaka Medical College (University of Dhaka), Dhaka,
                    Bangladesh .......................... Jan 2012 - Jan 2018
   * Internship ... Dhaka Medical College Hospital ...... Feb 2018 - Jan 2019
   * HSC .......... Notre Dame College, Dhaka ........... 2011

 .------------------------------------------------------------------------.
 |  USMLE / ECFMG                                                         |
 '------------------------------------------------------------------------'
   +-----------------+---------+-----------+
   | Exam            | Score   | Date      |
   +-----------------+---------+-----------+
   | Step 1          | 228     | Aug 2020  |
   | Step 2 CK       | 240     | Jan 2021  |
   | Step 3          | 225     | Oct 2022  |
   | NBME 29 (self)  | 251     | Dec 2020  |
   +-----------------+---------+-----------+
   ECFMG Certified: YES (Feb 2021)

 .------------------------------------------------------------------------.
 |  U.S. CLINICAL EXPERIENCE                                              |
 '------------------------------------------------------------------------'
   [1] Observership | Gastroenterology
       University of Texas Medical Branch, Galveston, Texas
       Mar 2021 - Apr 2021

   [2] Research Scholar | Internal Medicine
       Rochester General Hospital, Rochester, New York
       May 2021 - Apr 2022

   [3] Clinical Externship (hands-on) | Internal Medicine
       Wyckoff Heights Medical Center, Brooklyn, NY
       May 2022 - Jul 2022

 .------------------------------------------------------------------------.
 |  WORK EXPERIENCE (BANGLADESH)                                          |
 '------------------------------------------------------------------------'
   - Medical Officer, Square Hospitals Ltd, Dhaka ....... Feb 2019 - Feb 2020
   - Honorary Medical Officer, Gastroenterology, BSMMU .. Mar 2020 - Dec 2020

 .------------------------------------------------------------------------.
 |  PUBLICATIONS (peer reviewed: 4)                                       |
 '------------------------------------------------------------------------'
   1. Chowdhury MTH, et al. HBV genotypes in Dhaka. Bangladesh Med Res
      Counc Bull. 2019;45(2):88-93.
   2. Chowdhury MTH, Rahman F. NAFLD among young adults. J Gastroenterol
      Hepatol Res. 2020;9(3):3201-6.
   3. Rahman F, Chowdhury MTH. Dengue hepatitis 2019 outbreak. Trop Gastro-
      enterol. 2021;42(1):12-17.
   4. Chowdhury MTH, et al. Readmissions in cirrhosis at a community
      hospital. Cureus. 2022;14(6):e25990.
   Posters: ACG 2021, DDW 2022

 .------------------------------------------------------------------------.
 |  LANGUAGES                                                             |
 '------------------------------------------------------------------------'
   Bengali [#####]   English [#####]   Hindi [###--]

 .------------------------------------------------------------------------.
 |  REFERENCES                                                            |
 '------------------------------------------------------------------------'
   Dr. Farhana Rahman, Assoc. Prof. of Hepatology, BSMMU
   farhana.rahman@bsmmu.example.bd  /  +880 2 9661 0000

 DECLARATION: I hereby declare that the above information is true to the
 best of my knowledge.

                                          ____________________________
                                          Md. Tanvir Hasan Chowdhury
                                          Dhaka, 15/11/2026
"""

def rtf_escape(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        elif o < 256:
            out.append("\\'%02x" % o)       # cp1252 hex escapes like WordPad
        else:
            out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)

RTF_LINES = [
    ("title", "Jo\u00e3o Pedro Gon\u00e7alves Ara\u00fajo"),
    ("p", "Medical Student (5th year, Internato) \u2013 Universidade Federal de Minas Gerais (UFMG), Belo Horizonte, Brazil"),
    ("p", "Expected graduation: December 2027"),
    ("p", "Rua Professor Baeta Viana 200, Santa Efig\u00eania, Belo Horizonte \u2013 MG   |   Tel.: +55 (31) 98765-4321   |   joao.araujo.med@gmail.com"),
    ("h", "OBJECTIVE"),
    ("p", "Orthopaedic Surgery residency in the United States (Match 2028)."),
    ("h", "EDUCATION"),
    ("p", "2022 \u2013 present\tMedicina (MD program), Faculdade de Medicina da UFMG"),
    ("p", "2019 \u2013 2021\tCol\u00e9gio Santo Ant\u00f4nio, Belo Horizonte"),
    ("h", "USMLE"),
    ("p", "Step 1: PASS (May 2025)"),
    ("p", "Step 2 CK: preparing (NBME 13 practice: 238)"),
    ("h", "U.S. CLINICAL ROTATIONS"),
    ("p", "07/2025\tObservership, Orthopaedic Trauma \u2013 Ryder Trauma Center (Jackson Memorial), Miami, FL"),
    ("p", "Jan 2026 \u2013 Feb 2026\tVisiting Student Elective (hands-on), Orthopaedic Surgery \u2013 Hospital for Special Surgery, New York, NY"),
    ("h", "CLINICAL TRAINING IN BRAZIL"),
    ("p", "2025 \u2013 present\tInternato (clerkships), Hospital das Cl\u00ednicas da UFMG"),
    ("p", "2023 \u2013 2024\tLiga Acad\u00eamica de Ortopedia e Traumatologia \u2013 president"),
    ("h", "RESEARCH"),
    ("p", "Poster: \u201cDistal radius fractures in the elderly\u201d \u2013 CBOT 2024 (Congresso Brasileiro de Ortopedia)."),
    ("p", "Manuscript submitted: ACL reconstruction outcomes in amateur football players (2026)."),
    ("h", "LANGUAGES"),
    ("p", "Portuguese (native); English (fluent, TOEFL 112); Spanish (intermediate)"),
    ("h", "REFERENCES"),
    ("p", "Prof. Dr. Ricardo Lima, Orthopaedics, UFMG \u2013 ricardo.lima@ufmg-orto.example.br \u2013 +55 31 3409-0000"),
]

def make_rtf():
    parts = [r"{\rtf1\ansi\ansicpg1252\deff0\deflang1046{\fonttbl{\f0\fswiss\fcharset0 Arial;}{\f1\froman\fcharset0 Times New Roman;}}",
             r"{\colortbl ;\red0\green51\blue102;}",
             r"{\*\generator Msftedit 5.41.21.2510;}\viewkind4\uc1\pard\sa120\f0\fs20"]
    for kind, text in RTF_LINES:
        t = rtf_escape(text).replace("\t", r"\tab ")
        if kind == "title":
            parts.append(r"\pard\qc\b\fs36 " + t + r"\b0\fs20\par")
        elif kind == "h":
            parts.append(r"\pard\sb200\cf1\b " + t + r"\cf0\b0\par")
        else:
            parts.append(r"\pard\tx2200 " + t + r"\par")
    parts.append("}")
    return "\r\n".join(parts) + "\r\n"

if __name__ == "__main__":
    open(os.path.join(OUT, "w103_010_txt_ascii_boxes.txt"), "w", encoding="utf-8").write(TXT.lstrip("\n"))
    open(os.path.join(OUT, "w103_011_rtf_oldwp.rtf"), "w", encoding="ascii").write(make_rtf())
    print("text done")
