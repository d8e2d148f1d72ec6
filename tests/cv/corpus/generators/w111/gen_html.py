# HTML/CSS sources printed with Chromium headless: 005 sidebar, 006 grid (contacts only in fixed footer),
# 015 Europass online-editor look, 019 two-column page (later rasterised + skewed as a scan).
import sys, os
TMP = sys.argv[1]

SIDEBAR = '''<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page { size: A4; margin: 0; }
body { margin:0; font-family: "Noto Sans", "DejaVu Sans", sans-serif; font-size: 9.5pt; color:#222; }
.wrap { display:flex; min-height:297mm; }
.side { width: 68mm; background:#1d3557; color:#f1faee; padding: 14mm 8mm; box-sizing:border-box; }
.side h3 { font-size:10pt; letter-spacing:1px; border-bottom:1px solid #a8dadc; padding-bottom:2px; margin-top:18px; }
.side p, .side li { font-size:8.8pt; margin:3px 0; }
.side ul { padding-left:14px; }
.main { flex:1; padding: 14mm 10mm; }
h1 { font-size:24pt; margin:0; color:#1d3557; } .ar { font-size:13pt; color:#457b9d; margin:2px 0 4px 0; }
h2 { font-size:11.5pt; color:#e63946; text-transform:uppercase; border-bottom:2px solid #e63946; margin:14px 0 6px; }
.item { margin-bottom:7px; } .item b { color:#1d3557; } .d { float:right; color:#555; font-size:8.5pt; }
</style></head><body><div class="wrap">
<div class="side">
<div style="width:34mm;height:34mm;border-radius:50%;background:#a8dadc;margin:0 auto 10px;"></div>
<h3>CONTACT</h3>
<p>&#9742; +36 30 412 7789</p><p>&#9993; yasmin.alkhatib.md@outlook.com</p><p>Budapest, Hungary</p><p>linkedin.com/in/yasmin-alkhatib-md</p>
<h3>PERSONAL</h3><p>Born 1998, Amman, Jordan</p><p>Citizenship: Jordanian</p><p>Visa: will require H-1B sponsorship</p>
<h3>LANGUAGES</h3><ul><li>Arabic — native</li><li>English — C2 (IELTS 8.5)</li><li>Hungarian — B1 (medical Hungarian)</li><li>German — A2</li></ul>
<h3>EXAMS</h3><ul><li>USMLE Step 1 — Pass (first attempt, 2022)</li><li>USMLE Step 2 CK — 262 (2023)</li><li>ECFMG Certified — Feb 2024</li><li>OET Medicine — A</li></ul>
<h3>SKILLS</h3><ul><li>Epic, Cerner (observer access)</li><li>POCUS basics</li><li>BLS / ACLS (AHA)</li></ul>
</div>
<div class="main">
<h1>Yasmin Al-Khatib</h1><div class="ar">ياسمين الخطيب</div>
<div>Doctor of Medicine (dr. med.) · Applicant — Internal Medicine residency, interest in Nephrology</div>
<h2>Education</h2>
<div class="item"><span class="d">Sep 2017 – Jul 2023</span><b>Semmelweis University, Faculty of Medicine</b> — Budapest, Hungary<br>Doctor of Medicine (English-language programme, 6 years, 360 ECTS). Diploma grade: 4.62/5 ("cum laude").</div>
<div class="item"><span class="d">Feb 2021 – Jun 2021</span><b>Erasmus+ semester</b> — Medizinische Universität Graz, Austria</div>
<h2>US Clinical Experience</h2>
<div class="item"><span class="d">Jan 2024 – Feb 2024</span><b>Hands-on Externship, Internal Medicine</b> — University of Illinois Hospital, Chicago, IL<br>Pre-rounded on 4–6 patients, wrote notes co-signed by attendings, presented on rounds.</div>
<div class="item"><span class="d">March 2024 (4 weeks)</span><b>Observership, Nephrology</b> — Houston Methodist Hospital, Houston, TX</div>
<div class="item"><span class="d">05/2024 – 06/2024</span><b>Telehealth rotation, Family Medicine</b> — Orlando Family Health Partners, Orlando, FL (virtual)</div>
<h2>Clinical Experience (outside the US)</h2>
<div class="item"><span class="d">Aug 2023 – Dec 2023</span><b>Junior doctor (internship)</b> — Jordan University Hospital, Amman, Jordan</div>
<div class="item"><span class="d">Jul 2022 (4 weeks)</span><b>Summer clinical practice (nyári gyakorlat), Internal Medicine</b> — Semmelweis University Dept. of Internal Medicine and Oncology, Budapest</div>
<h2>Research &amp; Publications</h2>
<div class="item">1. Al-Khatib Y, Kovács T, et al. Hyponatraemia outcomes in elderly inpatients. <i>Orv Hetil.</i> 2022;163(41):1630-1637.</div>
<div class="item">2. Szabó M, Al-Khatib Y, et al. SGLT2 inhibitors and AKI in diabetic CKD: a retrospective cohort. <i>BMC Nephrol.</i> 2023;24:318.</div>
<div class="item">Poster: ASN Kidney Week 2024, San Diego — "Telehealth follow-up after AKI".</div>
<div class="item">Manuscript under review: "Contrast nephropathy risk scores in Hungarian cohorts".</div>
<h2>References</h2>
<div class="item">Dr. John Whitaker, MD — Program Faculty, UI Health, Chicago · jwhitaker@uihealth-im.example.edu · +1 312 555 0119</div>
</div></div></body></html>'''

GRID = '''<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page { size: A4; margin: 14mm 12mm 12mm 12mm; }
body { font-family: "DejaVu Sans", sans-serif; font-size:9pt; color:#1b1b1b; }
header h1 { margin:0; font-size:22pt; letter-spacing:0.5px; } header p { margin:2px 0 8px; color:#555; }
.grid { display:grid; grid-template-columns: 1fr 1fr; gap: 8px 12px; }
.card { border:1px solid #cfd8dc; border-radius:6px; padding:6px 9px; break-inside:avoid; }
.card h2 { font-size:10pt; margin:0 0 4px; color:#00695c; text-transform:uppercase; }
.wide { grid-column: 1 / span 2; }
.card p { margin:2px 0; }
.foot { position: fixed; bottom: 0; left:0; right:0; text-align:center; font-size:8pt; color:#333; border-top:1px solid #999; padding-top:3px; }
</style></head><body>
<div class="foot">Arjun Venkataraman · +420 732 118 904 · arjun.venkat.med@gmail.com · Prague 2, Czech Republic</div>
<header><h1>ARJUN VENKATARAMAN</h1><p>Final-year medical student · General Medicine (English programme) · Charles University, First Faculty of Medicine</p></header>
<div class="grid">
<div class="card"><h2>Education</h2><p><b>Charles University, First Faculty of Medicine</b>, Prague, Czechia<br>General Medicine (MUDr.), taught in English — 10/2021 – present<br>Expected graduation: June 2027 · GPA 1.45 (1 = best)</p><p>Pre-med: B.Sc. Biotechnology (1st year only), Anna University, Chennai, India — 2020–2021</p></div>
<div class="card"><h2>Examinations</h2><p>USMLE Step 1: <b>Pass</b> (March 2026)</p><p>USMLE Step 2 CK: scheduled for Feb 2027 (UWSA2 practice: 245)</p><p>ECFMG certification: pending (Step 2 CK and graduation outstanding)</p></div>
<div class="card wide"><h2>US Clinical Experience</h2>
<p><b>Sub-internship, Internal Medicine</b> — Mercy Hospital &amp; Medical Center, Chicago, IL — Nov 2026 – present (hands-on)</p>
<p><b>Clinical clerkship, General Surgery</b> — Ben Taub Hospital (Baylor College of Medicine), Houston, TX — 4 weeks, starting 1 June 2026 (hands-on, scrubbed in)</p>
<p><b>Observership, Cardiology</b> — Newark Beth Israel Medical Center, Newark, NJ — Summer 2025 (July–August 2025)</p></div>
<div class="card"><h2>Other Clinical Experience</h2><p>Clinical practice (Emergency Medicine) — Apollo Hospitals, Chennai, India — Aug 2024</p><p>Summer practice, Surgery — Thomayer University Hospital, Prague — Jul 2023</p><p>Erasmus traineeship — Karolinska Institutet, Stockholm, Sweden — Feb–Jun 2025</p></div>
<div class="card"><h2>Research</h2><p>Venkataraman A, Šmíd M, et al. Outcomes of laparoscopic appendectomy in children: a 10-year single-centre review. <i>Rozhl Chir.</i> 2025;104(3):98-104.</p><p>In preparation: trauma triage scores in Czech EDs.</p></div>
<div class="card"><h2>Interests</h2><p>General Surgery · Emergency Medicine · global surgery, trauma</p></div>
<div class="card"><h2>Languages</h2><p>English (fluent) · Tamil (native) · Hindi (fluent) · Czech (A2, medical Czech course)</p></div>
<div class="card wide"><h2>Referees</h2><p>MUDr. Martin Šmíd, Ph.D., Dept. of Surgery, General University Hospital Prague — martin.smid@vfn-surg.example.cz, +420 224 962 111</p><p>Dr. Laura Benson, MD, FACS — Baylor College of Medicine — lbenson@bcm-surg.example.edu</p></div>
</div>
<div style="break-before: page"></div>
<div class="grid"><div class="card wide"><h2>Activities &amp; Awards</h2><p>President, Surgical Society of First Faculty of Medicine (2024–2025). Dean's list 2023, 2024. Volunteer, Czech Red Cross vaccination drive 2022.</p></div>
<div class="card wide"><h2>Skills</h2><p>Suturing and knot tying, FAST ultrasound (basic), ATLS-style primary survey (simulation), Python/R for data analysis.</p></div></div>
</body></html>'''

EUROPASS = '''<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page { size: A4; margin: 12mm 14mm; }
body { font-family: "Noto Sans","DejaVu Sans",sans-serif; font-size:9.5pt; color:#333; }
.top { display:flex; align-items:center; border-bottom: 3px solid #0a3c8c; padding-bottom:6px; }
.logo { color:#0a3c8c; font-weight:bold; font-size:14pt; width:45mm; }
.name { font-size:20pt; color:#0a3c8c; font-weight:bold; }
.meta { font-size:8.5pt; margin-top:3px; }
h2 { color:#0a3c8c; font-size:11pt; border-bottom:1px solid #0a3c8c; margin:12px 0 6px; }
.entry { margin: 4px 0 8px; } .dt { color:#0a3c8c; font-size:8.5pt; } .t { font-weight:bold; }
table.lang { border-collapse:collapse; width:100%; font-size:8.5pt; } table.lang td, table.lang th { border:1px solid #ccd; padding:2px 4px; text-align:center; }
</style></head><body>
<div class="top"><div class="logo">europass</div><div><div class="name">Nagy Eszter</div>
<div class="meta"><b>Date of birth:</b> 11/06/1993 &nbsp; <b>Nationality:</b> Hungarian &nbsp; <b>Gender:</b> Female<br>
<b>Phone number:</b> (+36) 20 555 1234 (Mobile) &nbsp; <b>Email address:</b> eszter.nagy.hemato@gmail.com<br>
<b>Address:</b> Üllői út 78/B, 1082 Budapest (Hungary)</div></div></div>
<h2>ABOUT ME</h2><p>Hungarian haematologist (dr. med.) seeking US residency/fellowship training in Hematology/Oncology and Internal Medicine.</p>
<h2>WORK EXPERIENCE</h2>
<div class="entry"><span class="dt">[ 01/09/2023 – Current ]</span> <span class="t">Specialist in Haematology</span><br>Semmelweis University, Department of Internal Medicine and Haematology — Budapest, Hungary</div>
<div class="entry"><span class="dt">[ 01/03/2025 – 30/04/2025 ]</span> <span class="t">Clinical Observer, Department of Leukemia</span><br>The University of Texas MD Anderson Cancer Center — Houston, United States (Texas)</div>
<div class="entry"><span class="dt">[ 01/09/2018 – 31/08/2023 ]</span> <span class="t">Resident (rezidens), Internal Medicine → Haematology</span><br>Semmelweis University Clinical Centre — Budapest, Hungary</div>
<h2>EDUCATION AND TRAINING</h2>
<div class="entry"><span class="dt">[ 01/09/2012 – 30/06/2018 ]</span> <span class="t">Doctor of Medicine (dr. med., általános orvos)</span><br>Semmelweis University, Faculty of Medicine (Semmelweis Egyetem, Általános Orvostudományi Kar) — Budapest, Hungary<br>Final grade: summa cum laude · Level in EQF: EQF level 7 · 360 ECTS</div>
<div class="entry"><span class="dt">[ 01/02/2016 – 30/06/2016 ]</span> <span class="t">Erasmus exchange</span><br>Ruprecht-Karls-Universität Heidelberg — Germany</div>
<div class="entry"><span class="dt">[ 2023 ]</span> <span class="t">Board certification in Haematology (szakvizsga)</span></div>
<h2>US LICENSING</h2><p>USMLE Step 1: Pass (2022) · USMLE Step 2 CK: 246 (2023) · ECFMG certificate issued 01/2025</p>
<h2>LANGUAGE SKILLS</h2><p>Mother tongue(s): <b>Hungarian</b></p>
<table class="lang"><tr><th></th><th>Listening</th><th>Reading</th><th>Spoken production</th><th>Spoken interaction</th><th>Writing</th></tr>
<tr><td><b>English</b></td><td>C1</td><td>C2</td><td>C1</td><td>C1</td><td>C1</td></tr>
<tr><td><b>German</b></td><td>B2</td><td>B2</td><td>B1</td><td>B1</td><td>B1</td></tr></table>
<h2>PUBLICATIONS</h2>
<p>Nagy E, Masszi T, et al. Venetoclax-azacitidine in unfit AML: real-world Hungarian data. <i>Pathol Oncol Res.</i> 2022;28:1610412.<br>
Kovács G, Nagy E, et al. Infection prophylaxis in CLL on BTK inhibitors. <i>Orv Hetil.</i> 2023;164(12):455-462.<br>
Nagy E, et al. MRD-guided therapy in Ph-negative ALL. <i>Ann Hematol.</i> 2025;104:233-241.</p>
<p>Conference abstracts: EHA 2023 (poster), ASH 2024 (poster).</p>
<h2>REFERENCES</h2><p>Prof. Dr. Tamás Masszi — masszi.tamas@semmelweis-hem.example.hu — (+36) 1 210 0278</p>
</body></html>'''

TWOCOL = '''<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page { size: A4; margin: 14mm; }
body { font-family: "Noto Serif","DejaVu Serif",serif; font-size:9.6pt; color:#111; }
h1 { text-align:center; margin:0; font-size:21pt; } .sub { text-align:center; margin:2px 0 10px; }
.cols { column-count:2; column-gap:9mm; column-rule:1px solid #888; }
h2 { font-size:11pt; border-bottom:1px solid #000; margin:8px 0 4px; break-after:avoid; } p { margin:2px 0 5px; }
</style></head><body>
<h1>Noa Ben-David, MD</h1><div class="sub">נועה בן-דוד · Tel Aviv, Israel · +972 52-876-5431 · noa.bendavid.md@gmail.com</div>
<div class="cols">
<h2>Education</h2><p><b>Carol Davila University of Medicine and Pharmacy</b>, Bucharest, Romania — Doctor-Medic (MD), English-language programme, Oct 2016 – Sep 2022. Final exam (licență) 9.10/10.</p>
<p>Israeli Medical Licensing Exam (Ministry of Health) — passed 2023.</p>
<h2>Licensing</h2><p>USMLE Step 1: PASS (2022)<br>USMLE Step 2 CK: 252 (2023)<br>ECFMG Certified (2023)<br>Visa: J-1 required</p>
<h2>US Clinical Experience</h2>
<p><b>Externship (hands-on), Internal Medicine</b> — Maimonides Medical Center, Brooklyn, NY — 01/2024 – 03/2024</p>
<p><b>Observership, Rheumatology</b> — Hospital for Special Surgery, New York, NY — 04/2024</p>
<h2>Other Clinical Experience</h2>
<p>Stage (internship), Sheba Medical Center, Ramat Gan, Israel — 10/2022 – 09/2023</p>
<p>Resident, Internal Medicine C, Tel Aviv Sourasky Medical Center — 11/2024 – present</p>
<h2>Research</h2>
<p>Ben-David N, Elkayam O, et al. Hydroxychloroquine levels and SLE flares. <i>Lupus.</i> 2024;33(6):601-608.</p>
<p>Poster: ACR Convergence 2024.</p>
<h2>Interests</h2><p>Internal Medicine, Rheumatology</p>
<h2>Languages</h2><p>Hebrew (native), English (fluent), Romanian (B2), Russian (conversational)</p>
<h2>References</h2><p>Dr. Ori Elkayam, Tel Aviv Sourasky MC — oelkayam@tlvmc-rheum.example.il</p>
</div></body></html>'''

for n, h in (('005', SIDEBAR), ('006', GRID), ('015', EUROPASS), ('019', TWOCOL)):
    open(os.path.join(TMP, f'w111_{n}.html'), 'w', encoding='utf-8').write(h)
print('ok')
