"""Chromium headless print-to-pdf generators: 004, 010, 014 (+ HTML sources for scans 018, 020, 021)."""
from common import out, work, chromium_pdf

CSS_TWOCOL = """
@page { size: A4; margin: 0; }
body { margin:0; font-family: 'Noto Sans', 'DejaVu Sans', sans-serif; font-size: 9.6pt; color:#222; }
.wrap { display:grid; grid-template-columns: 62% 38%; min-height: 297mm; }
.main { padding: 14mm 8mm 10mm 14mm; }
.side { background:#f3efe7; padding: 14mm 12mm 10mm 8mm; border-left: 3px solid #b0683a; }
h1 { font-size: 24pt; margin:0; letter-spacing: .5px; color:#6a2e0f; }
.tag { color:#b0683a; font-weight:600; margin-bottom: 8mm; }
h2 { font-size: 10.5pt; text-transform: uppercase; letter-spacing: 1.5px; color:#6a2e0f; border-bottom:1px solid #d9c7b3; padding-bottom:2px; margin: 6mm 0 2mm; }
.item { margin-bottom: 3mm; } .item b { display:block; } .muted { color:#666; font-size: 8.8pt; }
ul { margin: 1mm 0 0 4mm; padding:0; } li { margin-bottom: 1mm; }
"""


def f004():
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>{CSS_TWOCOL}</style></head><body>
<div class="wrap"><div class="main">
<h1>Ananya Reddy</h1><div class="tag">MBBS · Internal Medicine → Hematology-Oncology</div>
<h2>Summary</h2>
<p>ECFMG-certified physician from Hyderabad with U.S. clinical and research experience in Internal Medicine and
Hematology-Oncology. Applying to Internal Medicine residency with a long-term goal of a Hematology-Oncology
fellowship.</p>
<h2>U.S. Clinical &amp; Research Experience</h2>
<div class="item"><b>Research Fellow — Hematology-Oncology</b>
<span class="muted">Charles River Cancer Institute, Boston, MA · Jul 2024 – Present</span>
<ul><li>Retrospective cohort of 1,100 DLBCL patients; REDCap database build; R survival analysis.</li></ul></div>
<div class="item"><b>Observership — Hematology-Oncology clinic</b>
<span class="muted">Charles River Cancer Institute, Boston, MA · Oct 2024 – Nov 2024</span></div>
<div class="item"><b>Clinical Externship (hands-on) — Internal Medicine</b>
<span class="muted">Harborview Union Hospital, Baltimore, MD · Mar 2024 – May 2024</span>
<ul><li>Took histories, presented on rounds, wrote progress notes under supervision.</li></ul></div>
<h2>Experience in India</h2>
<div class="item"><b>Medical Officer</b><span class="muted">Apollo-affiliated Clinic, Secunderabad · Aug 2021 – Dec 2023</span></div>
<div class="item"><b>Compulsory Rotating Internship</b><span class="muted">Osmania General Hospital, Hyderabad · 2020 – 2021</span></div>
<h2>Publications (peer-reviewed)</h2>
<ol style="margin:1mm 0 0 4mm;padding:0">
<li>Reddy A, et al. Outcomes of R-CHOP in elderly DLBCL. <i>Clin Lymphoma Myeloma Leuk.</i> 2025;25(3):e112-9.</li>
<li>Reddy A, Chen L. Venous thromboembolism in ambulatory cancer patients. <i>J Thromb Thrombolysis.</i> 2025;58:401-8.</li>
<li>Chen L, Reddy A, Park J. CAR-T toxicity in community practice. <i>Transplant Cell Ther.</i> 2026;32(1):77-84.</li>
<li>Reddy A, Rao S. Dengue-associated HLH: a case report. <i>BMJ Case Rep.</i> 2022;15:e249812.</li>
</ol>
<h2>Abstracts &amp; Posters</h2>
<ul><li>ASH Annual Meeting 2024 — poster (DLBCL cohort)</li><li>ASCO 2025 — online abstract</li><li>ACP Massachusetts Chapter 2025 — poster</li></ul>
</div><div class="side">
<h2>Contact</h2>
<p>(617) 555-0143<br>ananya.reddy.md@gmail.com<br>Brookline, MA 02446</p>
<h2>Education</h2>
<p><b>MBBS</b><br>Osmania Medical College, Hyderabad<br>Kaloji Narayana Rao University of Health Sciences<br>2015 – 2021</p>
<h2>USMLE</h2>
<p>Step 1: Pass<br>Step 2 CK: 255<br>ECFMG: Certified (2023)</p>
<h2>Visa</h2><p>Will require H-1B sponsorship</p>
<h2>Languages</h2><p>English, Telugu, Hindi</p>
<h2>Skills</h2><p>R, REDCap, SPSS, Epic (observer access)</p>
<h2>References</h2>
<p>Dr. Lisa Chen, MD — Charles River Cancer Institute — (617) 555-0190<br><br>
Dr. S. Rao — Osmania General Hospital — +91 90100 22334</p>
</div></div></body></html>"""
    chromium_pdf(html, out("w113_004_chromium_twocol.pdf"), "w113_004")


CSS_SIDEBAR = """
@page { size: Letter; margin: 0; }
body { margin:0; font-family: 'DejaVu Sans', sans-serif; font-size: 9.3pt; }
.side { position: fixed; left:0; top:0; bottom:0; width: 68mm; background:#12355b; color:#eef; padding: 12mm 7mm; box-sizing:border-box; }
.main { margin-left: 68mm; padding: 12mm 12mm 10mm 10mm; }
.side h3 { font-size: 9pt; text-transform: uppercase; letter-spacing: 2px; color:#9cc3ee; margin: 7mm 0 2mm; }
.name { font-size: 19pt; font-weight: bold; line-height: 1.15; }
.dev { font-family: 'Noto Sans Devanagari', sans-serif; font-size: 12pt; color:#cfe0f5; }
h2 { color:#12355b; font-size: 11pt; border-bottom: 2px solid #12355b; margin: 5mm 0 2mm; }
.row { display:flex; justify-content: space-between; } .row span:last-child { color:#555; white-space:nowrap; margin-left: 4mm;}
p { margin: 1mm 0 2mm; }
"""


def f010():
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>{CSS_SIDEBAR}</style></head><body>
<div class="side">
<div class="name">Pratiksha<br>Adhikari</div>
<div class="dev">प्रतीक्षा अधिकारी</div>
<p style="margin-top:3mm">MBBS · ECFMG Certified</p>
<h3>Contact</h3>
<p>Phone: 703.555.0196<br>pratiksha.adk@gmail.com<br>Fairfax, VA 22030</p>
<h3>Status</h3>
<p>U.S. Permanent Resident (Green Card)</p>
<h3>USMLE</h3>
<p>Step 1 — Pass (2022)<br>Step 2 CK — 250 (2023)</p>
<h3>Languages</h3>
<p>Nepali · English · Hindi</p>
<h3>Interests</h3>
<p>Family Medicine, Pediatrics, rural &amp; immigrant health</p>
</div>
<div class="main">
<h2>Education</h2>
<div class="row"><span><b>MBBS</b>, B.P. Koirala Institute of Health Sciences (BPKIHS), Dharan, Nepal</span><span>2014 – 2020</span></div>
<div class="row"><span>Rotating internship, BPKIHS Teaching Hospital</span><span>2019 – 2020</span></div>
<h2>U.S. Clinical Experience</h2>
<div class="row"><span><b>Clinical Externship (hands-on), Family Medicine</b> — Fairfax Family Health Center, Fairfax, VA</span><span>2024-02 – 2024-04</span></div>
<p>Outpatient continuity clinic; chronic disease management; well-child visits; preceptor-supervised procedures.</p>
<div class="row"><span><b>Observership, Pediatrics</b> — James River Children's Hospital, Richmond, VA</span><span>2024-04 – 2024-05</span></div>
<p>General pediatrics wards and newborn nursery.</p>
<h2>Other U.S. Work</h2>
<div class="row"><span><b>Medical Scribe</b>, Emergency Department — Northern Virginia Regional Hospital, Alexandria, VA</span><span>2022-06 – 2023-08</span></div>
<h2>Experience in Nepal</h2>
<div class="row"><span><b>Medical Officer</b>, District Hospital, Ilam</span><span>2020 – 2022</span></div>
<h2>Publications</h2>
<p>1. Adhikari P, Shrestha R. Neonatal sepsis in eastern Nepal. <i>J Nepal Paediatr Soc.</i> 2021;41(2):150-5.</p>
<p>2. Adhikari P, et al. Hypertension awareness in rural Ilam. <i>Kathmandu Univ Med J.</i> 2022;20(3):301-6.</p>
<p>3. Rai K, Adhikari P. Childhood pneumonia and indoor air pollution. <i>BMC Pediatr.</i> 2023;23:412.</p>
<h2>Volunteering</h2>
<p>Nepali community health camps, Annandale, VA (2023 – present).</p>
<h2>References</h2>
<p>Dr. Angela Brooks, MD, Fairfax Family Health Center — 703-555-0124<br>
Dr. Ramesh Shrestha, Prof. of Pediatrics, BPKIHS — +977-25-525555</p>
</div></body></html>"""
    chromium_pdf(html, out("w113_010_chromium_sidebar.pdf"), "w113_010")


CSS_BIODATA = """
@page { size: A4; margin: 16mm 16mm; }
body { font-family: 'Liberation Serif', 'Noto Serif Devanagari', serif; font-size: 11pt; }
h1 { text-align:center; text-decoration: underline; font-size: 17pt; margin: 0 0 1mm; }
.hi { text-align:center; font-family: 'Noto Serif Devanagari', serif; font-size: 13pt; margin-bottom: 4mm; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 3mm; }
td, th { border: 1px solid #000; padding: 3px 6px; vertical-align: top; }
th { background: #ddd; }
td.k { width: 34%; font-weight: bold; }
h2 { font-size: 12pt; text-decoration: underline; margin: 4mm 0 1mm; }
.photo { float:right; width: 30mm; height: 36mm; border:1px solid #000; text-align:center; font-size:9pt; line-height:36mm; margin: 0 0 2mm 4mm;}
"""


def f014():
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>{CSS_BIODATA}</style></head><body>
<h1>BIO-DATA</h1>
<div class="hi">विकास यादव</div>
<div class="photo">Photograph</div>
<table>
<tr><td class="k">Name</td><td>Vikas Yadav</td></tr>
<tr><td class="k">Father's Name</td><td>Shri Rajendra Prasad Yadav</td></tr>
<tr><td class="k">Date of Birth</td><td>09-Oct-2002</td></tr>
<tr><td class="k">Nationality</td><td>Indian</td></tr>
<tr><td class="k">Category</td><td>OBC</td></tr>
<tr><td class="k">Marital Status</td><td>Unmarried</td></tr>
<tr><td class="k">Correspondence Address</td><td>Room 214, Gandhi Hostel, KGMU Campus, Chowk, Lucknow, U.P. – 226003</td></tr>
<tr><td class="k">Mobile</td><td>+91-8795012345</td></tr>
<tr><td class="k">Email</td><td>vikas.yadav.kgmu@gmail.com</td></tr>
<tr><td class="k">Languages Known</td><td>Hindi (हिन्दी), English, Urdu</td></tr>
<tr><td class="k">US Visa</td><td>B1/B2 (issued 2025)</td></tr>
</table>
<h2>Present Status</h2>
<p>Final Professional MBBS (Part II) student, King George's Medical University (KGMU), Lucknow.
MBBS batch 2021; final examination 2026; compulsory rotating internship 2026 – 2027; expected
graduation: March 2027.</p>
<h2>Academic Record</h2>
<table>
<tr><th>Examination</th><th>Board / University</th><th>Year</th><th>Marks</th></tr>
<tr><td>1st Professional MBBS</td><td>KGMU, Lucknow</td><td>2022</td><td>72%</td></tr>
<tr><td>2nd Professional MBBS</td><td>KGMU, Lucknow</td><td>2024</td><td>69%</td></tr>
<tr><td>Intermediate (XII)</td><td>U.P. Board</td><td>2019</td><td>88.6%</td></tr>
<tr><td>High School (X)</td><td>U.P. Board</td><td>2017</td><td>91%</td></tr>
</table>
<h2>USMLE / ECFMG</h2>
<table>
<tr><td class="k">USMLE Step 1</td><td>Pass (July 2025)</td></tr>
<tr><td class="k">USMLE Step 2 CK</td><td>Not yet taken</td></tr>
<tr><td class="k">ECFMG Status</td><td>Not certified</td></tr>
</table>
<h2>US Clinical Electives</h2>
<table>
<tr><th>Rotation</th><th>Hospital</th><th>Dates</th></tr>
<tr><td>Hands-on Clerkship – General Surgery</td><td>Peachtree Memorial Hospital, Atlanta, GA</td><td>4 weeks, starting 02 January 2026</td></tr>
<tr><td>Observership – Surgery</td><td>Peachtree Memorial Hospital, Atlanta, GA</td><td>Feb 2026 – Mar 2026</td></tr>
</table>
<h2>Career Objective</h2>
<p>To pursue residency training in Surgery in the United States.</p>
<h2>Achievements / Activities</h2>
<p>Poster: "Appendicitis scoring in a north-Indian cohort", ASICON 2025 (poster only). Member, KGMU Surgical Society.</p>
<h2>Referees</h2>
<p>1. Prof. (Dr.) Anil Kumar Singh, Department of General Surgery, KGMU, Lucknow — Mob. +91-9415012345<br>
2. Dr. Michael Grant, MD, FACS, Peachtree Memorial Hospital, Atlanta, GA — (404) 555-0108</p>
<h2>Declaration</h2>
<p>I hereby declare that the above information is true and correct to the best of my knowledge.</p>
<p>Place: Lucknow<br>Date: 20/11/2026<span style="float:right">Signature<br>(Vikas Yadav)</span></p>
</body></html>"""
    chromium_pdf(html, out("w113_014_chromium_biodata_devanagari.pdf"), "w113_014")


# ---- scan sources ---------------------------------------------------------
CSS_PLAIN = """
@page { size: A4; margin: 14mm 16mm; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 11.5pt; line-height: 1.3; }
h1 { font-size: 19pt; margin: 0; } h2 { font-size: 12.5pt; border-bottom: 1px solid #000; margin: 4mm 0 1.5mm; }
table { border-collapse: collapse; } td { padding: 1px 8px 1px 0; vertical-align: top; }
p { margin: 1mm 0; }
"""


def src_018():
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>{CSS_PLAIN}</style></head><body>
<h1>Dr. Asad Ullah Khan</h1>
<p>MBBS (Khyber Medical College, Peshawar) &nbsp;|&nbsp; Cell: 0345-9123456 &nbsp;|&nbsp; asadkhan.kmc@gmail.com</p>
<p>Hayatabad Phase 3, Peshawar, Khyber Pakhtunkhwa</p>
<h2>Personal Details</h2>
<table><tr><td>Father's Name:</td><td>Haji Rahim Ullah Khan</td></tr>
<tr><td>Date of Birth:</td><td>11-02-1996</td></tr><tr><td>Nationality:</td><td>Pakistani</td></tr>
<tr><td>Marital Status:</td><td>Single</td></tr><tr><td>Languages:</td><td>Pashto, Urdu, English</td></tr></table>
<h2>Education</h2>
<p>MBBS — Khyber Medical College, Peshawar (Khyber Medical University), 2014 – 2019</p>
<p>House Job — Lady Reading Hospital, Peshawar, 2019 – 2020</p>
<h2>Examinations</h2>
<p>USMLE Step 1: 224 (2020) &nbsp; • &nbsp; USMLE Step 2 CK: 239 (2021)</p>
<p>ECFMG: Certified (2021) &nbsp; • &nbsp; FCPS Part 1 (Surgery): Passed 2020</p>
<h2>Experience</h2>
<p>Medical Officer, Cardiology, Lady Reading Hospital — 2020 – 2023</p>
<p>Research Fellow, Cardiology, Lakeside Heart Institute, Milwaukee, WI — 03/2023 – 02/2024</p>
<p>Observership, Cardiology, Lakeside Heart Institute, Milwaukee, WI — 01/2024 – 03/2024</p>
<h2>Interest</h2>
<p>Internal Medicine residency, then Cardiology fellowship. J-1 visa required.</p>
<h2>Publications</h2>
<p>Khan AU, et al. Door-to-balloon time in Peshawar. Pak Heart J. 2022;55(1):40-4.</p>
<p>Khan AU, Malik F. Rheumatic heart disease burden in KP. J Ayub Med Coll. 2023;35(2):210-4.</p>
<h2>Reference</h2>
<p>Prof. Dr. Fazal Malik, Cardiology, LRH Peshawar — 0300-5901234</p>
</body></html>"""
    p = work("w113_018_src.pdf")
    return chromium_pdf(html, p, "w113_018_src")


def src_020():
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>{CSS_PLAIN}</style></head><body>
<h1 style="text-align:center">CURRICULUM VITAE</h1>
<p style="text-align:center"><b>Dr. Tasnim Rahman Chowdhury</b><br>MBBS (Chittagong Medical College)</p>
<h2>Contact</h2>
<p>Mobile: 01819-204617 (Bangladesh) &nbsp; Email: tasnim.rc@yahoo.com</p>
<p>Address: 45/A O.R. Nizam Road, Panchlaish, Chattogram-4000</p>
<h2>Education</h2>
<p>MBBS, Chittagong Medical College, University of Chittagong — Session 2014-15, Passed Nov 2020</p>
<p>Internship: Chittagong Medical College Hospital, Dec 2020 – Nov 2021</p>
<h2>Licensing Examinations</h2>
<p>USMLE Step 1 — Pass (2023)</p><p>USMLE Step 2 CK — 244 (2024)</p>
<p>ECFMG — Certified (2024)</p>
<h2>US Clinical Experience</h2>
<p>Externship (hands-on), Pediatrics — Lone Star Children's Clinic, San Antonio, TX — Mar 2025 – Apr 2025</p>
<p>Telehealth rotation, Pediatrics — Lone Star Children's Clinic (virtual, TX) — May 2025 – Jun 2025</p>
<h2>Work Experience</h2>
<p>Medical Officer, Chattogram Maa-O-Shishu Hospital — 2022 – 2024</p>
<h2>Specialty Interest</h2>
<p>Pediatrics. Visa: Will need J-1.</p>
<h2>Publications</h2><p>None yet (one manuscript in preparation).</p>
<h2>Languages</h2><p>Bangla, English, Chittagonian</p>
<h2>Referee</h2>
<p>Prof. Dr. Mahbubul Alam, Paediatrics, CMCH — +880 1711-509988</p>
</body></html>"""
    p = work("w113_020_src.pdf")
    return chromium_pdf(html, p, "w113_020_src")


def src_021():
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>{CSS_PLAIN}</style></head><body>
<h1>Meera Krishnan</h1>
<p>+91 98860 43127 · meera.krishnan.bmc@gmail.com · Bengaluru, Karnataka</p>
<h2>Education</h2>
<p><b>MBBS</b>, Bangalore Medical College and Research Institute (RGUHS), 2013 – 2019, 69.4%</p>
<p>Internship, Victoria Hospital, Bengaluru, 2018 – 2019</p>
<h2>Exams</h2>
<p>USMLE Step 1: 218 (2020) · Step 2 CK: 230 (2021) · ECFMG certified (2021)</p>
<p>PLAB 1: passed (2022) · NEET-PG 2020: 79 percentile</p>
<h2>US Experience</h2>
<p>Observership, Psychiatry — Cedar Plains Behavioral Hospital, Omaha, NE — 15/05/2023 – 14/07/2023</p>
<p>Observership, Neurology — Cedar Plains Medical Center, Omaha, NE — 01/07/2023 – 31/08/2023</p>
<h2>UK Experience</h2>
<p>Clinical Attachment, Psychiatry — Leeds Community NHS Trust — Jan 2023 – Mar 2023</p>
<h2>Goals</h2>
<p>Applying for Psychiatry and Neurology residency programs. Visa status: H-4 dependent, will require H-1B.</p>
<h2>Publications</h2>
<p>Peer-reviewed: 1 (Krishnan M, et al. Catatonia in a tertiary centre. Indian J Psychol Med. 2021).</p>
<h2>Languages</h2><p>Kannada, Tamil, English, Hindi</p>
<h2>Referee</h2><p>Dr. Shalini Rao, Psychiatry, BMCRI — +91 94480 11276</p>
</body></html>"""
    p = work("w113_021_src.pdf")
    return chromium_pdf(html, p, "w113_021_src")


if __name__ == "__main__":
    f004(); f010(); f014()
