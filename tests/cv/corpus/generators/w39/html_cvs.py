# HTML sources for Chromium print-to-PDF CVs (001, 004, 005, 006) and for the scans (017-021).
import os

ICON_MAIL = '<svg width="11" height="11" viewBox="0 0 16 16"><rect x="1" y="3" width="14" height="10" rx="1" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M1 4l7 5 7-5" fill="none" stroke="currentColor" stroke-width="1.5"/></svg>'
ICON_PHONE = '<svg width="11" height="11" viewBox="0 0 16 16"><path d="M3 1h3l1 4-2 1c1 2 3 4 5 5l1-2 4 1v3c0 1-1 2-2 2C7 15 1 9 1 3c0-1 1-2 2-2z" fill="currentColor"/></svg>'
ICON_PIN = '<svg width="11" height="11" viewBox="0 0 16 16"><path d="M8 1a5 5 0 0 0-5 5c0 4 5 9 5 9s5-5 5-9a5 5 0 0 0-5-5zm0 7a2 2 0 1 1 0-4 2 2 0 0 1 0 4z" fill="currentColor"/></svg>'
ICON_IN = '<svg width="11" height="11" viewBox="0 0 16 16"><rect width="16" height="16" rx="2" fill="currentColor"/><text x="3" y="12" font-size="10" fill="#fff" font-family="Arial">in</text></svg>'


def linkedin_001():
    return """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: Letter; margin: 0.5in 0.45in; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color:#000; margin:0 }
.wrap { display:flex; }
.side { width: 30%; background:#f3f2ef; padding: 14px 12px; font-size: 9pt; }
.side h3 { font-size: 11pt; margin: 14px 0 4px; }
.main { width: 70%; padding: 6px 0 0 22px; }
h1 { font-size: 24pt; font-weight: normal; margin: 0 0 4px; }
.headline { font-size: 11pt; margin-bottom: 2px; } .loc { color:#777; font-size: 10pt; margin-bottom: 14px }
h2 { font-size: 14pt; font-weight: normal; margin: 16px 0 6px; }
.co { font-size: 11pt; margin-top: 8px } .role { font-size: 10pt; } .dur, .where { color:#777; font-size: 9.5pt }
p { margin: 3px 0 }
.pagefoot { color:#999; font-size:8pt; text-align:center; margin-top:20px }
</style></head><body><div class="wrap"><div class="side">
<h3>Contact</h3>
<p>+92 333 2149078 (Mobile)</p>
<p>ayesha.siddiqui.md@gmail.com</p>
<p>www.linkedin.com/in/ayesha-siddiqui-md (LinkedIn)</p>
<h3>Top Skills</h3><p>Clinical Research</p><p>Electrocardiography (EKG)</p><p>Patient Counseling</p>
<h3>Languages</h3><p>English (Full Professional)</p><p>Urdu (Native or Bilingual)</p><p>Sindhi (Limited Working)</p>
<h3>Certifications</h3><p>ECFMG Certified</p><p>Basic Life Support (BLS) &ndash; AHA</p><p>ACLS Provider</p>
<h3>Publications</h3>
<p>Predictors of in-hospital mortality in acute STEMI in Karachi: a retrospective cohort (Cureus, 2024)</p>
<p>Statin adherence after PCI in a tertiary-care public hospital (JPMA, 2025)</p>
</div><div class="main">
<h1>Ayesha Siddiqui</h1>
<div class="headline">MBBS | ECFMG Certified | USMLE Step 1 Pass, Step 2 CK 248 | Aspiring Internal Medicine Resident | Cardiology Research</div>
<div class="loc">Houston, Texas, United States</div>
<h2>Summary</h2>
<p>International medical graduate from Dow University of Health Sciences seeking a categorical Internal Medicine
residency position for the 2027 Match, with a long-term interest in Cardiology. US clinical experience as an
observer at Mount Sinai and ongoing cardiovascular outcomes research at Houston Methodist. Scored 262 on an
NBME self-assessment before sitting Step 2 CK.</p>
<h2>Experience</h2>
<div class="co">Houston Methodist</div>
<div class="role">Research Volunteer &ndash; Cardiology</div>
<div class="dur">September 2024&nbsp;-&nbsp;Present&nbsp;(2 years 4 months)</div>
<div class="where">Houston, Texas, United States</div>
<p>Chart abstraction and REDCap data entry for a heart-failure readmission registry; co-author on two abstracts presented at ACC.25.</p>
<div class="co">Mount Sinai Health System</div>
<div class="role">Clinical Observer &ndash; Internal Medicine</div>
<div class="dur">June 2024&nbsp;-&nbsp;August 2024&nbsp;(3 months)</div>
<div class="where">New York, New York, United States</div>
<p>Observed inpatient general medicine teams at The Mount Sinai Hospital; attended morning report and noon conferences.</p>
<div class="co">Civil Hospital Karachi</div>
<div class="role">House Officer</div>
<div class="dur">March 2023&nbsp;-&nbsp;March 2024&nbsp;(1 year 1 month)</div>
<div class="where">Karachi, Sindh, Pakistan</div>
<p>Rotations in Medicine, Surgery, Gynaecology &amp; Obstetrics, Paediatrics.</p>
<h2>Education</h2>
<div class="co">Dow University of Health Sciences</div>
<div class="role">Bachelor of Medicine, Bachelor of Surgery - MBBS, Medicine&nbsp;&middot;&nbsp;(2017&nbsp;-&nbsp;2023)</div>
<div class="co">Karachi Grammar School</div>
<div class="role">A Levels, Biology, Chemistry, Physics&nbsp;&middot;&nbsp;(2014&nbsp;-&nbsp;2016)</div>
<div class="pagefoot">Page 1 of 1</div>
</div></div></body></html>"""


def canva_004():
    bar = lambda pct: f'<div class="bar"><div style="width:{pct}%"></div></div>'
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 0; }}
body {{ margin:0; font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color:#333 }}
.page {{ display:flex; min-height: 297mm; }}
.left {{ width: 36%; background:#2f4858; color:#f0f0f0; padding: 28px 18px; box-sizing:border-box }}
.right {{ width: 64%; padding: 30px 26px; box-sizing:border-box }}
.photo {{ width:110px; height:110px; border-radius:50%; background:#c9d6df; margin: 0 auto 18px; }}
.left h3 {{ font-size: 10pt; letter-spacing: 1px; border-bottom:1px solid #8fb3c4; padding-bottom:3px; margin: 18px 0 8px; text-transform: uppercase }}
.ic {{ display:flex; align-items:center; gap:7px; margin: 5px 0; font-size: 8.5pt }}
.bar {{ height:5px; background:#5b7a8c; border-radius:3px; margin: 2px 0 7px }} .bar div {{ height:5px; background:#f6c667; border-radius:3px }}
h1 {{ font-size: 22pt; color:#2f4858; margin:0 }} .title {{ font-size: 11pt; color:#b07d2b; margin: 2px 0 14px }}
h2 {{ font-size: 11pt; color:#2f4858; text-transform:uppercase; border-bottom:2px solid #f6c667; padding-bottom:2px; margin: 16px 0 6px }}
.it b {{ color:#2f4858 }} .it {{ margin-bottom: 7px }} .d {{ color:#888; font-size:8.5pt }}
</style></head><body><div class="page"><div class="left">
<div class="photo"></div>
<h3>Contact</h3>
<div class="ic">{ICON_PHONE}<span>+84 912 345 678</span></div>
<div class="ic">{ICON_MAIL}<span>minhanh.nguyen.hmu@gmail.com</span></div>
<div class="ic">{ICON_PIN}<span>Đống Đa, Hà Nội, Vietnam</span></div>
<h3>Board Examinations</h3>
<div>USMLE Step 1 &mdash; Pass (2023)</div>
<div>USMLE Step 2 CK &mdash; 255 (2024)</div>
<div>ECFMG Certified &mdash; Oct 2024</div>
<h3>Clinical Skills</h3>
<div>Neonatal resuscitation</div>{bar(85)}
<div>Pediatric history &amp; exam</div>{bar(95)}
<div>EMR (Epic)</div>{bar(60)}
<h3>Languages</h3>
<div>Tiếng Việt (native)</div>{bar(100)}
<div>English</div>{bar(90)}
<div>日本語 / Japanese</div>{bar(40)}
<h3>Interests</h3><div>Pediatric residency; neonatology; global child health</div>
</div><div class="right">
<h1>Nguyễn Thị Minh Anh</h1><div class="title">Doctor of Medicine &bull; Future Pediatrician</div>
<p>Recent graduate of Hanoi Medical University applying to Pediatrics residency programs. Hands-on US experience at a
large children's hospital and observership in general pediatrics.</p>
<h2>Observerships &amp; Externships</h2>
<div class="it"><b>Clinical Extern (hands-on), Pediatrics</b><br>Texas Children's Hospital &middot; Houston, TX<br><span class="d">02/2025 &ndash; 04/2025</span></div>
<div class="it"><b>Observer, General Pediatrics</b><br>Children's Hospital of Philadelphia &middot; Philadelphia, PA<br><span class="d">Jul &ndash; Aug 2024</span></div>
<h2>Academic Background</h2>
<div class="it"><b>Hanoi Medical University</b> (Trường Đại học Y Hà Nội)<br>Doctor of Medicine (Bác sĩ Y khoa)<br><span class="d">2016 &ndash; 2022 &middot; GPA 8.1/10</span></div>
<h2>Experience in Vietnam</h2>
<div class="it"><b>Resident physician, Pediatrics</b><br>Vietnam National Children's Hospital, Hà Nội<br><span class="d">09/2022 &ndash; 12/2023</span></div>
<h2>Research</h2>
<div class="it">Nguyen TMA, Tran VH. Risk factors for severe hand, foot and mouth disease in children under 5 in Hanoi. <i>BMC Pediatrics</i>. 2023;23:412.</div>
<div class="it">Poster: Kangaroo mother care uptake in northern Vietnam. PAS Meeting 2024.</div>
<h2>Reference</h2>
<div class="it">Dr. Trần Văn Hùng, Head of Department of Pediatrics, Hanoi Medical University<br>tranvanhung@hmu.edu.vn &middot; +84 24 3852 3798</div>
</div></div></body></html>"""


def novo_005():
    def row(left, right):
        return f'<tr><td class="l">{left}</td><td class="r">{right}</td></tr>'
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 14mm 14mm; }}
body {{ font-family: 'Liberation Sans', sans-serif; font-size: 9.5pt; color:#222; margin:0 }}
.hdr {{ border-bottom: 3px solid #1b6ca8; padding-bottom: 8px }}
h1 {{ margin:0; font-size: 24pt; color:#1b6ca8 }} .tag {{ font-size: 11pt; color:#555 }}
.contacts {{ display:flex; gap: 18px; margin-top: 6px; font-size: 9pt }} .contacts span {{ display:flex; gap:4px; align-items:center }}
h2 {{ color:#1b6ca8; font-size: 12pt; text-transform: uppercase; margin: 14px 0 4px; border-bottom: 1px solid #ccc }}
table {{ width:100%; border-collapse: collapse }} td {{ vertical-align: top; padding: 3px 0 }}
td.r {{ width: 24%; text-align: right; color:#1b6ca8; font-style: italic }}
.sub {{ color:#666; font-size: 9pt }}
.dots span {{ display:inline-block; width:8px; height:8px; border-radius:4px; background:#1b6ca8; margin-right:2px }}
.dots span.o {{ background:#cfdfeb }}
</style></head><body>
<div class="hdr"><h1>Omar Khaled Al-Masri, MD</h1><div class="tag">Internal Medicine applicant &middot; Gastroenterology research</div>
<div class="contacts"><span>{ICON_MAIL} omar.almasri@protonmail.com</span><span>{ICON_PHONE} +962 79 555 1234</span><span>{ICON_PIN} Rochester, MN / Amman</span><span>{ICON_IN} linkedin.com/in/omar-almasri</span></div></div>
<h2>Where I've trained</h2><table>
{row('<b>Clinical Rotation (hands-on), Internal Medicine</b><br><span class="sub">Henry Ford Hospital &mdash; Detroit, MI</span>', '09/2023 &ndash; 10/2023')}
{row('<b>Observership, Gastroenterology &amp; Hepatology</b><br><span class="sub">University of Chicago Medicine &mdash; Chicago, IL</span>', '11/2023')}
{row('<b>Research Fellow, Division of Gastroenterology</b><br><span class="sub">Mayo Clinic &mdash; Rochester, MN. IBD outcomes, retrospective cohorts; 2 first-author papers.</span>', '01/2024 &ndash; 12/2024')}
{row('<b>Intern (Internship year)</b><br><span class="sub">Jordan University Hospital &mdash; Amman, Jordan</span>', '07/2021 &ndash; 06/2022')}
{row('<b>General Practitioner</b><br><span class="sub">Ministry of Health, Al-Bashir Hospital &mdash; Amman</span>', '07/2022 &ndash; 08/2023')}
</table>
<h2>Education</h2><table>
{row('<b>Doctor of Medicine (MD)</b><br><span class="sub">Faculty of Medicine, The University of Jordan &mdash; Amman, Jordan</span>', 'Class of 2021')}
</table>
<h2>Board Examinations</h2><table>
{row('USMLE Step 1', 'Pass')}{row('USMLE Step 2 CK', '239')}{row('USMLE Step 3', '221')}{row('ECFMG Certification', 'Certified (2023)')}
</table>
<h2>Publications</h2>
<ol style="margin:2px 0 0 16px; padding:0">
<li>Al-Masri OK, et al. Vedolizumab persistence in elderly IBD patients. <i>Inflamm Bowel Dis</i>. 2025;31(4):880-887.</li>
<li>Al-Masri OK, Loftus EV. Early ustekinumab trough levels and endoscopic remission. <i>Clin Gastroenterol Hepatol</i>. 2025.</li>
<li>Haddadin R, Al-Masri OK. Helicobacter pylori eradication rates in Jordan. <i>Saudi J Gastroenterol</i>. 2023;29:190-5.</li>
<li>Al-Masri OK, et al. Colonoscopy quality metrics in a Jordanian teaching hospital. <i>JGH Open</i>. 2022;6:771-6.</li>
</ol>
<p style="margin:4px 0"><b>Abstracts:</b> DDW 2024 (poster); ACG 2024 (oral presentation).</p>
<h2>Languages</h2>
<table>{row('Arabic', '<span class="dots"><span></span><span></span><span></span><span></span><span></span></span>')}
{row('English', '<span class="dots"><span></span><span></span><span></span><span></span><span class="o"></span></span>')}</table>
<h2>Visa</h2><p>Currently on H-1B (research, Mayo Clinic).</p>
</body></html>"""


def resumeio_006():
    return """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: Letter; margin: 0.55in; }
body { font-family: 'DejaVu Serif', serif; font-size: 9.5pt; color:#222; margin:0 }
.grid { display:grid; grid-template-columns: 1fr 170px; gap: 26px }
h1 { font-family:'DejaVu Sans'; font-size: 22pt; margin:0 } .job { font-family:'DejaVu Sans'; color:#666; letter-spacing: 1px; font-size:9pt }
h2 { font-family:'DejaVu Sans'; font-size: 11pt; margin: 16px 0 6px; }
.aside h4 { font-family:'DejaVu Sans'; font-size: 9.5pt; margin: 14px 0 3px } .aside p { margin: 1px 0; font-size: 8.8pt }
.e { margin-bottom: 9px } .e .t { font-weight: bold } .e .d { color:#888; font-size: 8.5pt; font-family:'DejaVu Sans'; letter-spacing:.5px }
</style></head><body><div class="grid"><div>
<h1>Priya Raghavan</h1><div class="job">PSYCHIATRY &middot; IMG APPLICANT</div>
<h2>Profile</h2>
<p>MBBS graduate seeking Psychiatry residency (Neurology as alternative pathway); interest in neuropsychiatry and first-episode psychosis.</p>
<h2>Clinical Exposure in the USA</h2>
<div class="e"><div class="t">Observer, Psychiatry &mdash; McLean Hospital, Belmont, MA (Mar 2024 &ndash; May 2024)</div>
<div>Inpatient psychotic disorders unit; attended grand rounds and case conferences.</div></div>
<div class="e"><div class="t">Virtual tele-rotation (telehealth), Psychiatry &mdash; UPMC Western Psychiatric Hospital, Pittsburgh, PA</div>
<div class="d">2024.06 &ndash; 2024.07</div><div>Remote participation in outpatient telepsychiatry visits with supervising attending.</div></div>
<h2>Clinical Experience &mdash; India</h2>
<div class="e"><div class="t">Junior Resident (non-academic), Psychiatry, Institute of Mental Health, Chennai</div><div class="d">2020.09 &ndash; 2023.12</div></div>
<div class="e"><div class="t">Compulsory Rotating Residential Internship, Rajiv Gandhi Government General Hospital</div><div class="d">2019.04 &ndash; 2020.03</div></div>
<h2>Education</h2>
<div class="e"><div class="t">MBBS &mdash; Madras Medical College, Chennai (The Tamil Nadu Dr. M.G.R. Medical University)</div>
<div class="d">2014 &ndash; 2020 (degree awarded after internship, 2020)</div></div>
<h2>Examinations</h2>
<p>USMLE Step 1: Pass &middot; USMLE Step 2 CK: 261 &middot; NBME CCSSA practice: 270 &middot; PLAB 1: passed (2021) &middot; ECFMG certified (2024)</p>
<h2>Publications</h2>
<p>1. Raghavan P, Menon S. Duration of untreated psychosis in South India. <i>Asian J Psychiatr</i>. 2022;71:103067.<br>
2. Raghavan P, et al. Catatonia in a tertiary psychiatric hospital. <i>Indian J Psychiatry</i>. 2023;65(5):540-6.<br>
Manuscript submitted: Telepsychiatry follow-up adherence (2025).</p>
<h2>References</h2>
<p>Dr. Sunita Menon, Professor of Psychiatry, IMH Chennai &mdash; sunita.menon@imhchennai.in &middot; +91 44 2642 5585</p>
</div><div class="aside">
<h4>Details</h4><p>Chennai, Tamil Nadu</p><p>India</p><p>+91 98410 22736</p><p>priya.raghavan91@gmail.com</p>
<h4>Date of birth</h4><p>11/07/1996</p>
<h4>Nationality</h4><p>Indian</p>
<h4>Visa</h4><p>Will require J-1 sponsorship (ECFMG)</p>
<h4>Languages</h4><p>English</p><p>Tamil</p><p>Hindi</p><p>Telugu</p>
<h4>Skills</h4><p>MSE &amp; risk assessment</p><p>ECT assistance</p><p>SPSS / R</p>
</div></div></body></html>"""


# ----------------------------- scans (printed then photographed/scanned) -----------------------------
SCAN_CSS = """<style>@page { size: A4; margin: 18mm } body { font-family: 'Liberation Serif', serif; font-size: 12pt; color:#111 }
h1 { font-size: 22pt; margin: 0 } h2 { font-size: 13pt; border-bottom: 1px solid #000; margin: 14px 0 4px; text-transform: uppercase }
p { margin: 3px 0 } table { border-collapse: collapse; width:100% } td, th { border: 1px solid #444; padding: 3px 5px; font-size: 11pt; text-align:left }</style>"""


def scan_017():
    return f"""<!doctype html><html><head><meta charset="utf-8">{SCAN_CSS}</head><body>
<h1>Sana Iqbal</h1><p>MBBS &middot; House No. 14, Block C, Johar Town, Lahore &middot; 0321-4458712 &middot; sana.iqbal.aimc@gmail.com</p>
<h2>Education</h2><p>MBBS &mdash; Allama Iqbal Medical College, Lahore (University of Health Sciences) &mdash; 2016&ndash;2021</p>
<h2>Examinations</h2><p>USMLE Step 1: PASS (2022) &nbsp; USMLE Step 2 CK: 240 (2023) &nbsp; ECFMG: Certified</p>
<h2>US Clinical Experience</h2><p>Observer, Internal Medicine &mdash; University of Illinois Hospital, Chicago, IL &mdash; Jan 2024 &ndash; Feb 2024</p>
<h2>Experience in Pakistan</h2><p>House Officer, Medicine &amp; Surgery, Jinnah Hospital Lahore, 2021&ndash;2022</p><p>Medical Officer, Emergency, Services Hospital Lahore, 2022&ndash;2023</p>
<h2>Career goal</h2><p>Residency in Internal Medicine.</p>
<h2>Languages</h2><p>English, Urdu, Punjabi</p>
<h2>Referee</h2><p>Prof. Dr. Khalid Mahmood, Head of Medicine, Jinnah Hospital &mdash; khalid.mahmood@aimc.edu.pk &mdash; +92 42 99231400</p>
</body></html>"""


def scan_018():
    return f"""<!doctype html><html><head><meta charset="utf-8">{SCAN_CSS}</head><body>
<h1>Tomás Ignacio Fernández</h1><p>Buenos Aires, Argentina &middot; +54 9 11 5432-8871 &middot; tomas.fernandez.md@gmail.com</p>
<h2>Formación académica</h2><p>Universidad de Buenos Aires, Facultad de Medicina &mdash; Médico (MD) &mdash; 2011&ndash;2018</p>
<h2>USMLE / ECFMG</h2><p>Step 1: Pass &middot; Step 2 CK: 226 &middot; ECFMG certification: pending (OET scheduled)</p>
<h2>US Clinical Experience</h2><p>Observer, Surgical Pathology &mdash; Massachusetts General Hospital, Boston, MA &mdash; Summer 2024 (Jun&ndash;Aug)</p>
<h2>Experiencia en Argentina</h2><p>Residencia en Anatomía Patológica, Hospital de Clínicas José de San Martín, 2019&ndash;2023</p>
<h2>Interés</h2><p>Pathology residency (AP/CP)</p>
<h2>Publicaciones</h2><p>Fernández TI, et al. Tumor budding in colorectal carcinoma. Rev Argent Patol. 2022;14:33-9.</p><p>Poster: USCAP 2024.</p>
<h2>Idiomas</h2><p>Español (nativo), English (C1), Italiano (B1)</p>
</body></html>"""


def scan_019():
    return f"""<!doctype html><html><head><meta charset="utf-8">{SCAN_CSS}</head><body>
<h1>Putri Ayu Lestari</h1><p>Jakarta, Indonesia | +62 812-8834-5521 | putri.lestari@ui.ac.id</p>
<h2>Education</h2><p>Universitas Indonesia, Faculty of Medicine &mdash; Dokter (MD) &mdash; Class of 2020</p>
<h2>USMLE</h2><p>Step 1 &mdash; Pass (2024). Step 2 CK &mdash; scheduled 2026.</p>
<h2>US Clinical Experience</h2><table><tr><th>Type</th><th>Specialty</th><th>Site</th><th>Dates</th></tr>
<tr><td>Observership</td><td>Anesthesiology</td><td>UT Southwestern, Dallas, TX</td><td>Apr 2025 &ndash; May 2025</td></tr></table>
<h2>Work</h2><p>Dokter umum (GP), RSUPN Dr. Cipto Mangunkusumo, Jakarta, 2021&ndash;2024</p>
<h2>Specialty interest</h2><p>Anesthesiology</p>
<h2>Languages</h2><p>Bahasa Indonesia, English, Javanese</p>
</body></html>"""


def scan_020():
    return f"""<!doctype html><html><head><meta charset="utf-8">{SCAN_CSS}<style>h2 {{ color:#0c4da2; border-color:#0c4da2 }} body {{ font-family:'Liberation Sans' }}</style></head><body>
<p style="color:#0c4da2;font-weight:bold">europass</p>
<h1>Katarzyna Nowak</h1>
<p>Date of birth: 02/05/1997 &nbsp; Nationality: Polish</p><p>Phone number: (+48) 601 772 940 &nbsp; Email address: katarzyna.nowak@wum.edu.pl</p>
<h2>Work experience</h2><p><b>01/03/2025 &ndash; 31/03/2025 Rochester, United States</b><br>OBSERVER, RADIOLOGY &ndash; University of Rochester Medical Center (NY)</p>
<p><b>01/10/2022 &ndash; CURRENT Warsaw, Poland</b><br>JUNIOR DOCTOR (STAŻ PODYPLOMOWY), Central Clinical Hospital</p>
<h2>Education and training</h2><p><b>2016 &ndash; 2022 Warsaw, Poland</b><br>PHYSICIAN (LEKARZ) &ndash; Medical University of Warsaw</p>
<h2>Board examinations</h2><p>USMLE Step 1: Pass | USMLE Step 2 CK: 249 | ECFMG Certified | LEK: 172/200</p>
<h2>Language skills</h2><p>Mother tongue(s): POLISH &nbsp; Other language(s): ENGLISH C1, GERMAN B2</p>
<h2>Publications</h2><p>1. Nowak K, et al. Pol J Radiol. 2023;88:e12-e19. &nbsp; 2. Nowak K, Zieliński P. Eur J Radiol Open. 2024;12:100541.</p>
<h2>Career goal</h2><p>Diagnostic Radiology residency. Will require J-1 visa.</p>
</body></html>"""


def scan_021():
    return f"""<!doctype html><html><head><meta charset="utf-8">{SCAN_CSS}</head><body>
<h1>Dilshan Perera</h1><p>Colombo 05, Sri Lanka &middot; +94 77 318 4520 &middot; dilshan.perera.md@gmail.com</p>
<h2>Medical Education</h2><p>MBBS, Faculty of Medicine, University of Colombo &mdash; 2013&ndash;2019</p>
<h2>Licensing Examinations</h2><p>USMLE Step 1 &mdash; Pass; USMLE Step 2 CK &mdash; 237; ECFMG certified (2024)</p>
<h2>Hands-on US Clinical Experience</h2><p>Endocrinology, Diabetes &amp; Metabolism &mdash; Newark Beth Israel Medical Center, Newark, NJ &mdash; 10/2024 &ndash; 12/2024</p>
<h2>Experience in Sri Lanka</h2><p>Intern House Officer, National Hospital of Sri Lanka, 2019&ndash;2020</p><p>Senior House Officer, Endocrinology, 2021&ndash;2024</p>
<h2>Interests</h2><p>Endocrinology via Internal Medicine residency</p>
<h2>Languages</h2><p>Sinhala, English, Tamil</p>
</body></html>"""


def write_all(outdir):
    m = {"001": linkedin_001, "004": canva_004, "005": novo_005, "006": resumeio_006,
         "017": scan_017, "018": scan_018, "019": scan_019, "020": scan_020, "021": scan_021}
    for k, f in m.items():
        with open(os.path.join(outdir, f"{k}.html"), "w", encoding="utf-8") as fh:
            fh.write(f())


if __name__ == "__main__":
    import sys
    write_all(sys.argv[1])
