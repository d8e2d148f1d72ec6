# HTML/CSS sources for the Chromium-rendered CVs (readable 001-007) and for the pages that get
# rasterized into scans (017-021).  Each entry: key -> (title, html_body, extra_css)

BASE_CSS = """
@page { size: A4; margin: 12mm; }
body { font-family: 'Noto Sans', 'DejaVu Sans', sans-serif; font-size: 10pt; color:#222; margin:0; }
.ico { font-family: 'Noto Sans Symbols 2', 'Noto Sans Symbols', 'DejaVu Sans'; }
.ar { font-family: 'Noto Naskh Arabic', 'Noto Sans Arabic'; direction: rtl; unicode-bidi: embed; }
.ur { font-family: 'Noto Nastaliq Urdu'; direction: rtl; unicode-bidi: embed; }
.he { font-family: 'Noto Sans Hebrew', 'Noto Serif Hebrew'; direction: rtl; unicode-bidi: embed; }
h1,h2,h3 { margin: 0; }
ul { margin: 2px 0 6px 16px; padding:0; }
"""

CVS = {}

# ---------------------------------------------------------------- 001 Egypt: infographic sidebar
CVS["001"] = ("Omar Abdelrahman - CV", """
<div class="wrap">
 <aside>
  <div class="photo">PHOTO</div>
  <div class="ar big">عمر خالد عبد الرحمن</div>
  <h3>CONTACT</h3>
  <p><span class="ico">&#x2706;</span> +20 10 2345 6789</p>
  <p><span class="ico">&#x2709;</span> o.k.abdelrahman98@gmail.com</p>
  <p><span class="ico">&#x2302;</span> Nasr City, Cairo, Egypt</p>
  <p><span class="ico">&#x1F310;</span> linkedin.com/in/omar-k-abdelrahman</p>
  <p>Born: 1998 &middot; Egyptian</p>
  <h3>SKILLS</h3>
  <div class="sk">Clinical history &amp; exam<div class="bar"><i style="width:90%"></i></div></div>
  <div class="sk">ECG interpretation<div class="bar"><i style="width:80%"></i></div></div>
  <div class="sk">Epic EMR<div class="bar"><i style="width:70%"></i></div></div>
  <div class="sk">Point-of-care ultrasound<div class="bar"><i style="width:55%"></i></div></div>
  <h3>LANGUAGES</h3>
  <p>Arabic <span class="stars">★★★★★</span></p>
  <p>English <span class="stars">★★★★★</span></p>
  <p>French <span class="stars">★★☆☆☆</span></p>
  <h3>USMLE</h3>
  <p>Step 1 &nbsp; <b>PASS</b></p>
  <p>Step 2 CK &nbsp; <b>248</b></p>
  <p>ECFMG &nbsp; <b>Certified</b> (2024)</p>
  <p>Visa: will require J-1 (ECFMG sponsorship)</p>
 </aside>
 <main>
  <h1>OMAR KHALED ABDELRAHMAN, MBBCh</h1>
  <div class="role">Applicant &mdash; Internal Medicine Residency &middot; future Cardiology fellowship</div>
  <h2>Education</h2>
  <div class="item"><b>MBBCh (Bachelor of Medicine &amp; Surgery)</b> &mdash; Ain Shams University Faculty of Medicine, Cairo, Egypt<br>
   2015 &ndash; 2021 &middot; Grade: Excellent with Honours</div>
  <div class="item">Rotating Internship &mdash; Ain Shams University Hospitals, Cairo &middot; 03/2022 &ndash; 02/2023</div>
  <h2>US Clinical Experience</h2>
  <div class="item"><b>Observership, Cardiovascular Medicine</b> &mdash; Cleveland Clinic, Cleveland<br>Jan 2024 &ndash; Feb 2024 &middot; rounds with heart failure team, echo reading sessions</div>
  <div class="item"><b>Clinical Externship (hands-on), Internal Medicine</b> &mdash; Henry Ford Hospital, Detroit, Michigan<br>03/2024 &ndash; 05/2024 &middot; admitted and presented patients, wrote notes under supervision</div>
  <div class="item"><b>Clinical Research Volunteer, Division of Cardiology</b> &mdash; University of Pittsburgh Medical Center, Pittsburgh, PA<br>06/2024 &ndash; Present &middot; retrospective AF ablation registry</div>
  <h2>Other Clinical Work</h2>
  <div class="item">Resident Physician (Internal Medicine), El-Demerdash Hospital, Cairo &middot; 03/2023 &ndash; 12/2023</div>
  <h2>Publications</h2>
  <ol>
   <li>Abdelrahman OK, Fathy M. Predictors of early readmission in decompensated heart failure. <i>Egypt Heart J.</i> 2023;75:41.</li>
   <li>Saleh A, Abdelrahman OK, et al. QTc prolongation among hospitalized COVID-19 patients. <i>Cureus.</i> 2022;14(8):e28011.</li>
  </ol>
  <p class="small">Poster: ACC Middle East 2023, &ldquo;Sacubitril/valsartan uptake in Cairo&rdquo;. Manuscript submitted: AF registry outcomes (2025).</p>
  <h2>Reference</h2>
  <p class="small">Prof. Hesham Fathy, Cardiology, Ain Shams University &middot; h.fathy@asu-med.example.eg &middot; +20 2 2482 0000</p>
 </main>
</div>
""", """
.wrap { display:flex; min-height: 270mm; }
aside { width: 62mm; background:#1f3a5f; color:#fff; padding: 8mm 5mm; }
aside h3 { font-size:9pt; letter-spacing:2px; border-bottom:1px solid #8fb3e0; margin:10px 0 4px; }
aside p { margin: 3px 0; font-size: 8.5pt; }
.photo { width:32mm; height:32mm; border-radius:50%; background:#8fb3e0; color:#1f3a5f; text-align:center; line-height:32mm; margin:0 auto 6px; font-size:8pt; }
.big { font-size: 13pt; text-align:center; }
.sk { font-size:8pt; margin-bottom:4px; } .bar { height:5px; background:#3b5b85; } .bar i { display:block; height:5px; background:#f2b134; }
.stars { color:#f2b134; float:right; }
main { flex:1; padding: 8mm 7mm; }
main h1 { font-size: 18pt; color:#1f3a5f; }
.role { color:#777; margin-bottom: 8px; }
main h2 { font-size: 11pt; color:#1f3a5f; border-bottom: 2px solid #f2b134; margin: 10px 0 4px; }
.item { margin: 4px 0; } .small { font-size: 8.5pt; }
""")

# ---------------------------------------------------------------- 002 Pakistan: timeline dots, spaced headings
CVS["002"] = ("Ayesha Malik CV", """
<header>
 <h1>Dr. Ayesha Siddiqa Malik <span class="ur">عائشہ صدیقہ ملک</span></h1>
 <div class="sub">MBBS &middot; ECFMG Certified &middot; Pediatrics applicant</div>
 <div class="contact"><span class="ico">&#x260E;</span> +92-321-4567890 &nbsp;|&nbsp; <span class="ico">&#x2709;</span> ayesha.s.malik@outlook.com &nbsp;|&nbsp; <span class="ico">&#x2691;</span> DHA Phase 5, Lahore, Pakistan</div>
</header>
<h2>P R O F I L E</h2>
<p>Pediatrics-focused graduate seeking a categorical Pediatrics residency (will need H-1B visa sponsorship). Step 1: 232 &middot; Step 2 CK: 251 &middot; PLAB 1: passed (2023).</p>
<h2>E X P E R I E N C E</h2>
<div class="tl">
 <div class="ev"><span class="d">Jun 2024 &ndash; Jul 2024</span><b>Clinical Attachment, Paediatrics</b> &mdash; Birmingham Children's Hospital, Birmingham, UK</div>
 <div class="ev"><span class="d">Jan 2024 &ndash; Mar 2024</span><b>Telehealth Elective, Pediatrics</b> (virtual) &mdash; Johns Hopkins Children's Center, Baltimore, Maryland</div>
 <div class="ev"><span class="d">Oct 2023</span><b>Hands-on Clinical Externship, Pediatrics</b> &mdash; The Brookdale Hospital Medical Center, Brooklyn, New York &mdash; 4 weeks, starting 2 October 2023</div>
 <div class="ev"><span class="d">Aug 2023 &ndash; Sep 2023</span><b>Observership, General Pediatrics</b> &mdash; Cleveland Clinic Children's</div>
 <div class="ev"><span class="d">03/2022 &ndash; 03/2023</span><b>House Officer (Pediatrics, Medicine, Surgery)</b> &mdash; Mayo Hospital, Lahore</div>
</div>
<h2>E D U C A T I O N</h2>
<div class="tl">
 <div class="ev"><span class="d">2017 &ndash; 2022</span><b>MBBS</b> &mdash; King Edward Medical University, Lahore, Pakistan (gold medal, Paediatrics)</div>
 <div class="ev"><span class="d">2015 &ndash; 2017</span>FSc Pre-Medical &mdash; Kinnaird College, Lahore</div>
</div>
<h2>R E S E A R C H</h2>
<p>Peer-reviewed publications (3):</p>
<ol>
 <li>Malik AS, Rauf H. Neonatal sepsis patterns in a tertiary NICU. <i>J Pak Med Assoc.</i> 2022;72(9):1750-4.</li>
 <li>Rauf H, Malik AS, Iqbal Z. Vitamin D status in children with pneumonia. <i>Pak J Med Sci.</i> 2023;39(2):401-5.</li>
 <li>Malik AS, et al. Typhoid XDR outbreaks in Lahore schoolchildren. <i>Cureus.</i> 2024;16(1):e52210.</li>
</ol>
<p>Abstracts: PAS 2024 (2 abstracts). Manuscript in preparation on Kawasaki disease.</p>
<h2>L A N G U A G E S</h2>
<p>Urdu (native) &middot; Punjabi (native) &middot; English (fluent, IELTS 8.0)</p>
<h2>R E F E R E N C E S</h2>
<p>Dr. Hina Rauf, Professor of Paediatrics, KEMU &mdash; hina.rauf@kemu.example.pk &mdash; +92 42 9921 1111</p>
""", """
body { padding: 0 4mm; }
header { background:#0f766e; color:#fff; padding: 6mm; margin-bottom: 6px; }
header h1 { font-size: 19pt; } .sub { opacity:.85; } .contact { margin-top: 4px; font-size: 9pt; }
h2 { font-size: 10.5pt; color:#0f766e; margin: 10px 0 4px; font-weight: 700; }
.tl { border-left: 2px solid #0f766e; margin-left: 6px; padding-left: 14px; }
.ev { position: relative; margin: 6px 0; }
.ev:before { content:''; position:absolute; left:-20px; top:4px; width:10px; height:10px; border-radius:50%; background:#0f766e; }
.d { display:block; color:#0f766e; font-size: 8.5pt; }
""")

# ---------------------------------------------------------------- 003 Nigeria: three-column grid cards
CVS["003"] = ("Chukwuemeka Eze | Curriculum Vitae", """
<div class="top"><div class="photo">[photo]</div><div><h1>Chukwuemeka Obinna Eze, MBBS</h1>
<div>Family Medicine &amp; Emergency Medicine &middot; US Permanent Resident (Green Card)</div></div></div>
<div class="grid">
 <div class="card"><h3>&#x25C9; Contact</h3>
  <p><span class="ico">&#x2706;</span> +234 803 555 1234</p><p><span class="ico">&#x2709;</span> chuk.eze.md@yahoo.com</p>
  <p><span class="ico">&#x2302;</span> Enugu, Nigeria / Houston, TX</p></div>
 <div class="card"><h3>&#x25C9; Exams</h3><p>USMLE Step 1: Pass</p><p>USMLE Step 2 CK: 239</p><p>USMLE Step 3: 221</p><p>ECFMG: Certified (2021)</p></div>
 <div class="card"><h3>&#x25C9; Languages</h3><p>English &#x25CF;&#x25CF;&#x25CF;&#x25CF;&#x25CF;</p><p>Igbo &#x25CF;&#x25CF;&#x25CF;&#x25CF;&#x25CF;</p><p>Yoruba &#x25CF;&#x25CF;&#x25CF;&#x25CB;&#x25CB;</p></div>
 <div class="card"><h3>&#x25C9; Education</h3><p><b>MBBS</b>, University of Nigeria College of Medicine, Enugu Campus</p><p>2012 &ndash; 2019</p><p>Housemanship: UNTH Ituku-Ozalla, 2019&ndash;2020</p></div>
 <div class="card wide"><h3>&#x25C9; US Clinical Experience</h3>
  <p><b>Observership &ndash; Emergency Medicine</b><br>MGH, Boston &middot; Jun&ndash;Jul 2022</p>
  <p><b>Research Fellow &ndash; Dept. of Family &amp; Community Medicine</b><br>UCSF &middot; 09/2022 &ndash; 08/2023</p>
  <p><b>Hands-on Externship &ndash; Family Medicine</b><br>Cook County Health, Chicago, Illinois &middot; Oct 2023 &ndash; Dec 2023</p></div>
 <div class="card"><h3>&#x25C9; Other Work</h3><p>Medical Scribe, ScribeAmerica &ndash; Houston, TX &middot; 2024 &ndash; present</p>
  <p>Medical Officer, Enugu State Primary Health Care &middot; 2020&ndash;2022</p></div>
 <div class="card"><h3>&#x25C9; Publications</h3><p>Eze CO, Okafor N. Hypertension awareness in rural Enugu. <i>Niger J Clin Pract.</i> 2021;24(5):660-6.</p><p>Poster: STFM 2023.</p></div>
 <div class="card"><h3>&#x25C9; Skills</h3><p>BLS/ACLS &#x2605;&#x2605;&#x2605;&#x2605;&#x2605;</p><p>Point-of-care US &#x2605;&#x2605;&#x2605;&#x2606;&#x2606;</p><p>REDCap / R &#x2605;&#x2605;&#x2605;&#x2605;&#x2606;</p></div>
 <div class="card"><h3>&#x25C9; Referee</h3><p>Dr. Ngozi Okafor, UNTH<br>n.okafor@unth.example.ng<br>+234 802 000 1111</p></div>
</div>
""", """
.top { display:flex; gap:12px; align-items:center; background:#7c2d12; color:#fff; padding:6mm; }
.top h1 { font-size:18pt; } .photo { width:24mm; height:28mm; background:#fde68a; color:#7c2d12; text-align:center; line-height:28mm; font-size:8pt; }
.grid { display:grid; grid-template-columns: 1fr 1fr 1fr; gap: 8px; margin-top:8px; }
.card { border:1px solid #e5e7eb; border-radius:6px; padding: 6px 8px; box-shadow: 0 1px 3px rgba(0,0,0,.15); font-size: 8.8pt; }
.card.wide { grid-column: span 2; } .card h3 { font-size:10pt; color:#7c2d12; } .card p { margin:3px 0; }
""")

# ---------------------------------------------------------------- 004 India: web page printed with Chromium headers/footers
CVS["004"] = ("Dr. V. S. Priya Reddy — Curriculum Vitae — Personal Site", """
<nav>priyareddy.example.in &nbsp; Home &nbsp; CV &nbsp; Research &nbsp; Blog &nbsp; Contact</nav>
<h1>Venkata Sai Priya Reddy</h1>
<p class="lead">MBBS (Osmania) &middot; ECFMG certified &middot; Internal Medicine applicant with a Nephrology focus</p>
<p>Email: <a href="mailto:priya.reddy.vsp@gmail.com">priya.reddy.vsp@gmail.com</a> &middot; Mobile/WhatsApp: +91 98480 22334 &middot; Banjara Hills, Hyderabad, Telangana, India</p>
<p>Visa: currently in the US on a B1/B2 visitor visa.</p>
<h2>Education</h2>
<table><tr><td>2014&ndash;2020</td><td>MBBS, Osmania Medical College, Hyderabad (Kaloji Narayana Rao University of Health Sciences)</td></tr>
<tr><td>2019&ndash;2020</td><td>Compulsory Rotating Internship, Osmania General Hospital, Hyderabad</td></tr></table>
<h2>USMLE</h2>
<table><tr><td>Step 1</td><td>Pass (2021)</td></tr><tr><td>Step 2 CK</td><td>245 (2022)</td></tr><tr><td>OET Medicine</td><td>Pass</td></tr><tr><td>NBME 30 (practice)</td><td>262</td></tr></table>
<h2>Clinical Experience &mdash; United States</h2>
<table>
<tr><td>2023-02 to 2023-03</td><td><b>Observership, Nephrology</b> &mdash; Mayo Clinic, Rochester</td></tr>
<tr><td>2023-05 to 2023-07</td><td><b>Hands-on Externship, Internal Medicine</b> &mdash; Saint Peter's University Hospital, New Brunswick, New Jersey</td></tr>
<tr><td>2023-06 to 2024-05</td><td><b>Research Assistant, Division of Nephrology</b> &mdash; University of Alabama at Birmingham (UAB) &mdash; CKD progression cohort</td></tr>
</table>
<h2>Clinical Experience &mdash; India</h2>
<table><tr><td>2021-08 to 2022-12</td><td>Junior Resident (non-academic), Nephrology, Nizam's Institute of Medical Sciences, Hyderabad</td></tr></table>
<h2>Publications</h2>
<ol><li>Reddy VSP, Rao K. Contrast-induced AKI after PCI in South Indian patients. <i>Indian J Nephrol.</i> 2022;32(4):345-50.</li>
<li>Patel D, Reddy VSP, et al. Trends in eGFR decline in APOL1 carriers. <i>Kidney360.</i> 2024;5(3):410-418.</li></ol>
<p>Book chapter: &ldquo;Hyponatremia&rdquo; in <i>Bedside Nephrology Handbook</i> (2023).</p>
<h2>Interests</h2><p>Residency in Internal Medicine; fellowship in Nephrology.</p>
<h2>Languages</h2><p>Telugu, Hindi, English</p>
<h2>References</h2><p>Dr. Deepak Patel, UAB Nephrology &mdash; dpatel@uab-neph.example.org</p>
<footer>&copy; 2025 Priya Reddy &middot; Built with a static site generator &middot; <a href="#">Back to top</a></footer>
""", """
@page { margin: 14mm 10mm; }
nav { background:#111; color:#ddd; padding:6px 10px; font-size:9pt; }
h1 { font-family: Georgia, 'DejaVu Serif', serif; font-size: 22pt; margin-top: 10px; }
.lead { color:#555; } h2 { font-size: 12pt; border-bottom: 1px solid #ccc; margin-top: 12px; }
table { border-collapse: collapse; width: 100%; } td { padding: 3px 6px; vertical-align: top; border-bottom: 1px dotted #ddd; }
td:first-child { width: 34mm; color:#555; white-space: nowrap; }
a { color: #1a56db; } footer { margin-top: 16px; color:#888; font-size: 8pt; border-top:1px solid #eee; }
""")

# ---------------------------------------------------------------- 005 Iran: white text on coloured bands
CVS["005"] = ("CV Niloufar Rahimi", """
<div class="band b1"><h1>NILOUFAR RAHIMI, MD <span class="ar fa">نیلوفر رحیمی</span></h1>
<div>Neurology &nbsp;&bull;&nbsp; Boston, Massachusetts &nbsp;&bull;&nbsp; (617) 555-0143 &nbsp;&bull;&nbsp; niloufar.rahimi.md@gmail.com</div></div>
<div class="band b2"><h2>EDUCATION</h2></div>
<p><b>Doctor of Medicine (MD)</b>, Tehran University of Medical Sciences, Tehran, Iran &mdash; Sept 2013 &ndash; Aug 2020</p>
<div class="band b2"><h2>EXAMINATIONS &amp; STATUS</h2></div>
<p>USMLE Step 1: 241 (2021) &nbsp;|&nbsp; Step 2 CK: 255 (2022) &nbsp;|&nbsp; ECFMG Certified &nbsp;|&nbsp; Visa: J-1 (ECFMG) required</p>
<div class="band b2"><h2>US EXPERIENCE</h2></div>
<p><b>Research Fellow</b>, Department of Neurology, Brigham and Women's Hospital, Boston, MA &mdash; Sept 2022 &ndash; Aug 2024<br>Stroke imaging biomarkers; supervised by Dr. A. Lindqvist.</p>
<p><b>Observership, Neurology</b>, Yale New Haven Hospital, Connecticut &mdash; Oct 2024 &ndash; Nov 2024</p>
<p><b>Clinical Observer, Stroke Service</b>, MGH &mdash; January 2025</p>
<div class="band b2"><h2>CLINICAL WORK (IRAN)</h2></div>
<p>General Practitioner (mandatory service), Khatam-al-Anbiya Hospital, Zahedan &mdash; 2020 &ndash; 2022</p>
<div class="band b2"><h2>PUBLICATIONS (5 peer-reviewed)</h2></div>
<ol class="small">
<li>Rahimi N, et al. Perfusion mismatch and outcome after thrombectomy. <i>Stroke.</i> 2023;54:1021-9.</li>
<li>Rahimi N, Lindqvist A. White-matter hyperintensity volume in young stroke. <i>Neurology.</i> 2023;101:e880-9.</li>
<li>Karimi S, Rahimi N. Migraine prevalence among Tehran medical students. <i>Iran J Neurol.</i> 2021;20:55-60.</li>
<li>Rahimi N, et al. Automated ASPECTS reliability. <i>J Neuroimaging.</i> 2024;34:201-8.</li>
<li>Lindqvist A, Rahimi N, et al. Tenecteplase in wake-up stroke. <i>JAMA Neurol.</i> 2024;81:700-8.</li>
</ol>
<p class="small">Posters: AAN 2023, ISC 2024.</p>
<div class="band b2"><h2>LANGUAGES</h2></div>
<p>Persian (native), English (fluent), German (B1)</p>
<div class="band b3">References available on request &mdash; Dr. Anders Lindqvist, BWH Neurology, alindqvist@bwh-neuro.example.org</div>
""", """
.band { color:#fff; padding: 4px 8px; margin: 8px 0 4px; }
.b1 { background:#4c1d95; padding: 7mm 8px; } .b1 h1 { font-size: 20pt; } .fa { font-size: 16pt; }
.b2 { background:#7c3aed; } .b2 h2 { font-size: 10pt; letter-spacing: 1px; }
.b3 { background:#4c1d95; font-size: 8.5pt; } .small { font-size: 8.6pt; }
""")

# ---------------------------------------------------------------- 006 Philippines: 2 pages, contact block at bottom of last page
CVS["006"] = ("Aquino CV 2026", """
<h1>Kristine Joy Mendoza Aquino, MD</h1>
<p class="tag">Obstetrics &amp; Gynecology &mdash; residency applicant, Match 2027</p>
<h2>Summary</h2>
<p>Filipino physician with 2+ years of OB-GYN residency training at the Philippine General Hospital seeking a US residency position in Obstetrics and Gynecology.</p>
<h2>Education</h2>
<p><b>Doctor of Medicine</b> &mdash; University of Santo Tomas Faculty of Medicine and Surgery, Manila, Philippines, 2017&ndash;2021<br>
Post-graduate internship, Ospital ng Maynila Medical Center, 2021&ndash;2022 &middot; Physician Licensure Exam passed, Aug 2022</p>
<h2>Licensing Exams</h2>
<ul><li>USMLE Step 1 &mdash; PASS</li><li>USMLE Step 2 CK &mdash; 236</li><li>ECFMG certification: pending (OET Medicine result awaited)</li><li>UWSA 2 (practice): 241</li></ul>
<h2>US Clinical Experience</h2>
<ul>
<li><b>Telehealth elective, Women's Health</b> &mdash; virtual rotation with UTHealth Houston, Texas &mdash; 01/2025 &ndash; 02/2025</li>
<li><b>Observership, Obstetrics &amp; Gynecology</b> &mdash; NYU Langone Health, New York, NY &mdash; March&ndash;May 2025</li>
<li><b>Hands-on Clinical Rotation, OB/GYN</b> &mdash; Jackson Memorial Hospital, Miami, Florida &mdash; Summer 2025 (June&ndash;August)</li>
</ul>
<h2>Clinical Experience &mdash; Philippines</h2>
<ul><li>Resident Physician, Dept. of Obstetrics and Gynecology, Philippine General Hospital, Manila &mdash; Oct 2022 &ndash; Dec 2024</li>
<li>Volunteer physician, medical missions in Leyte and Samar &mdash; 2023</li></ul>
<div style="page-break-after: always"></div>
<div class="p2">
<h2>Research</h2>
<ul><li>Poster: &ldquo;Postpartum hemorrhage bundles in a low-resource setting&rdquo;, FIGO 2025.</li>
<li>Manuscript in preparation: Outcomes of vaginal birth after cesarean at PGH.</li></ul>
<p>Peer-reviewed publications: none yet.</p>
<h2>Languages</h2><p>Filipino, English, Cebuano</p>
<h2>Visa</h2><p>Will require J-1 visa sponsorship through ECFMG.</p>
<h2>Certifications</h2><p>BLS, ACLS (AHA, 2025); Neonatal Resuscitation Program</p>
<h2>References</h2>
<p>Dr. Maria Teresa Santos, Chair, OB-GYN, PGH &mdash; mt.santos@pgh.example.ph &mdash; +63 2 8554 8400<br>
Dr. Rachel Kim, NYU Langone &mdash; rachel.kim@nyulangone.example.org</p>
<div class="contact"><b>CONTACT</b><br>
Kristine Joy M. Aquino &middot; 1450 Dapitan St., Sampaloc, Manila 1015, Philippines<br>
Mobile: +63 917 555 0182 &middot; E-mail: kjm.aquino@gmail.com</div>
</div>
""", """
h1 { font-size: 20pt; color:#9d174d; } .tag { color:#666; } h2 { font-size: 11pt; color:#9d174d; margin-top: 10px; }
.p2 { display:flex; flex-direction:column; min-height: 268mm; } .contact { margin-top: auto; border-top: 2px solid #9d174d; padding-top: 4px; font-size: 9pt; }
""")

# ---------------------------------------------------------------- 007 Georgia (country) / Israel: rotations in a merged-cell table
CVS["007"] = ("Daniel Ben-Ami CV", """
<h1>Daniel Ben-Ami <span class="he">דניאל בן-עמי</span></h1>
<p>MD, Tbilisi State Medical University (Tbilisi, Georgia), 2018&ndash;2024 &middot; General Surgery applicant</p>
<p><span class="ico">&#x2706;</span> +972 52-555-3471 &nbsp; <span class="ico">&#x2709;</span> daniel.benami.md@gmail.com &nbsp; <span class="ico">&#x2302;</span> Haifa, Israel</p>
<p>Citizenship: United States and Israel (dual citizen) &middot; Born 1997</p>
<h2>USMLE / ECFMG</h2>
<p>Step 1: Pass &middot; Step 2 CK: 243 &middot; ECFMG certified (June 2025)</p>
<h2>US Clinical Rotations</h2>
<table>
<tr><th>Institution</th><th>Rotation</th><th>Type</th><th>Dates</th></tr>
<tr><td rowspan="2">Mount Sinai Hospital<br>New York, NY</td><td>General Surgery</td><td>Hands-on clerkship (visiting student)</td><td>07/2023 &ndash; 08/2023</td></tr>
<tr><td>Anesthesiology</td><td>Hands-on elective</td><td>09/2023</td></tr>
<tr><td rowspan="2">Emory University Hospital<br>Atlanta, Georgia</td><td rowspan="2">General Surgery</td><td>Observership</td><td>02/2024 &ndash; 03/2024</td></tr>
<tr><td>Research (surgical outcomes)</td><td>04/2024 &ndash; 12/2024</td></tr>
</table>
<h2>Clinical Rotations Abroad</h2>
<table>
<tr><th>Hospital</th><th>Rotation</th><th>Dates</th></tr>
<tr><td>Sheba Medical Center, Ramat Gan, Israel</td><td>Surgery elective</td><td>Summer 2022</td></tr>
<tr><td>Tbilisi First University Clinic, Georgia</td><td>Core clerkships</td><td>2021 &ndash; 2023</td></tr>
</table>
<h2>Publications</h2>
<p>1. Ben-Ami D, Levi R. Frailty index and outcomes after emergency laparotomy. <i>World J Surg.</i> 2024;48:1123-30.</p>
<p>Oral presentation: Georgia Surgical Society (Savannah, GA), 2024.</p>
<h2>Languages</h2>
<table class="lang"><tr><td>Hebrew</td><td>native</td></tr><tr><td>English</td><td>native</td></tr><tr><td>Russian</td><td>fluent</td></tr><tr><td>Georgian</td><td>basic</td></tr></table>
<h2>Referees</h2><p>Prof. Ronit Levi, Emory Surgery &mdash; rlevi@emory-surg.example.org</p>
""", """
h1 { font-size: 20pt; } h2 { font-size: 11pt; background:#e0f2fe; padding: 2px 6px; margin-top: 12px; }
table { border-collapse: collapse; width: 100%; margin-top: 4px; } th, td { border: 1px solid #555; padding: 4px 6px; text-align:left; vertical-align: middle; font-size:9pt; }
th { background:#0369a1; color:#fff; } table.lang { width: 50%; }
""")

# ================================================================ scan sources
CVS["017"] = ("Lama Alqahtani", """
<div class="hd"><h1>Lama Abdullah Alqahtani</h1><div class="ar">لمى عبدالله القحطاني</div>
<p><span class="ico">&#x2706;</span> +966 55 555 0147 &nbsp; <span class="ico">&#x2709;</span> lama.alqahtani.md@gmail.com &nbsp; <span class="ico">&#x2302;</span> Riyadh, Saudi Arabia</p></div>
<h2>Education</h2><p>MBBS, King Saud University College of Medicine, Riyadh &mdash; 2016&ndash;2022 (GPA 4.8/5)<br>Internship year, King Khalid University Hospital, 2021&ndash;2022</p>
<h2>USMLE</h2><p>Step 1: Pass &nbsp; | &nbsp; Step 2 CK: 250 &nbsp; | &nbsp; ECFMG: Certified &nbsp; | &nbsp; Visa: J-1 (SACM sponsored)</p>
<h2>Goal</h2><p>Dermatology residency.</p>
<h2>US Experience</h2>
<p>&#x25CF; Observership, Dermatology &mdash; University of Iowa Hospitals &amp; Clinics, Iowa City, IA &mdash; Sep 2023 &ndash; Oct 2023</p>
<p>&#x25CF; Research Fellow, Department of Dermatology &mdash; UCSF &mdash; Nov 2023 &ndash; Oct 2024</p>
<h2>Saudi Experience</h2><p>Dermatology resident (R1), King Fahad Medical City, Riyadh &mdash; Nov 2024 &ndash; present</p>
<h2>Publications</h2><p>4 peer-reviewed articles (J Am Acad Dermatol 2024; JAAD Case Rep 2023; Saudi Med J 2022; Cureus 2023). 2 posters (AAD 2024).</p>
<h2>Languages</h2><p>Arabic &#x2605;&#x2605;&#x2605;&#x2605;&#x2605; &nbsp; English &#x2605;&#x2605;&#x2605;&#x2605;&#x2606;</p>
<h2>Reference</h2><p>Dr. Faisal Alotaibi, KSU Dermatology &mdash; f.alotaibi@ksu-derm.example.sa</p>
""", """
body { font-size: 12pt; } .hd { background:#065f46; color:#fff; padding: 6mm; } .hd h1 { font-size: 24pt; } .ar { font-size: 18pt; }
h2 { color:#065f46; font-size: 14pt; border-bottom: 2px solid #065f46; margin-top: 12px; }
""")

CVS["018"] = ("Wojcik-Zielinska CV", """
<h1>Katarzyna Wójcik-Zielińska, MD</h1>
<p>ul. Marszałkowska 84/12, 00-514 Warszawa, Poland &middot; tel. +48 601 555 234 &middot; k.wojcik.zielinska@wp.pl</p>
<h2>Education</h2><p>Lekarz (MD), Medical University of Warsaw (Warszawski Uniwersytet Medyczny), 10.2015 &ndash; 06.2021<br>Staż podyplomowy (internship), Szpital Bielański, Warszawa, 10.2021 &ndash; 09.2022</p>
<h2>USMLE</h2><p>Step 1: PASS &middot; Step 2 CK: 242 &middot; ECFMG Certified &middot; J-1 visa required</p>
<h2>Interest</h2><p>Neurology residency</p>
<h2>US Clinical Experience</h2>
<p>Observership, Neurology &mdash; Mayo Clinic, Jacksonville, Florida &mdash; 04.2023 &ndash; 05.2023</p>
<p>Externship (hands-on), Neurology &mdash; SUNY Downstate Health Sciences University, Brooklyn, NY &mdash; 06.2023 &ndash; 08.2023</p>
<h2>Work in Poland</h2><p>Rezydent neurologii, Mazowiecki Szpital Bródnowski &mdash; 10.2023 &ndash; obecnie (present)</p>
<h2>Publications</h2><p>3 peer-reviewed (Neurol Neurochir Pol 2022, 2024; Front Neurol 2023); 1 conference abstract.</p>
<h2>Languages</h2><p>Polish (native), English (C1), German (B2)</p>
""", """ body { font-size: 12.5pt; } h1 { font-size: 22pt; } h2 { font-size: 14pt; border-bottom: 1px solid #000; margin-top: 12px; } """)

CVS["019"] = ("Quispe CV", """
<h1>Diego Alonso Quispe Huamán</h1>
<p>Lima, Perú &middot; +51 987 555 321 &middot; diego.quispe.h@gmail.com</p>
<h2>Formación</h2><p>Médico Cirujano, Universidad Peruana Cayetano Heredia, Lima &mdash; 2013&ndash;2020<br>SERUMS, Puesto de Salud Ccorca, Cusco &mdash; 2020&ndash;2021</p>
<h2>USMLE</h2><p>Step 1: Pass &middot; Step 2 CK: 231 &middot; ECFMG: Certified &middot; B1/B2 visa</p>
<h2>Objective</h2><p>General Surgery residency</p>
<h2>US Experience</h2>
<p>Observership, General Surgery &mdash; Cedars-Sinai Medical Center, Los Angeles, California &mdash; Aug 2022 &ndash; Sep 2022</p>
<p>Research Fellow, Department of Surgery &mdash; University of Arizona, Tucson, AZ &mdash; Oct 2022 &ndash; Mar 2023</p>
<h2>Publications</h2><p>1 peer-reviewed paper (Rev Gastroenterol Peru 2021). 1 poster (ACS Clinical Congress 2023).</p>
<h2>Idiomas / Languages</h2><p>Spanish (native), Quechua (conversational), English (fluent)</p>
""", """ body { font-size: 12.5pt; } h1 { font-size: 22pt; } h2 { font-size: 14pt; color:#555; margin-top: 12px; } """)

CVS["020"] = ("Perera CV", """
<p style="text-align:right">FAX &nbsp; Page 1/1</p>
<h1>THARUSHI NETHMINI PERERA</h1>
<p>No. 27, Ward Place, Colombo 07, Sri Lanka &middot; Tel: +94 77 555 6789 &middot; tharushi.perera@gmail.com</p>
<h2>EDUCATION</h2><p>MBBS, University of Colombo Faculty of Medicine, 2013&ndash;2019 (Second Class Upper)</p>
<h2>USMLE</h2><p>Step 1: 224 &middot; Step 2 CK: 235 &middot; Step 3: 219 &middot; ECFMG Certified &middot; Requires H-1B sponsorship</p>
<h2>SPECIALTY</h2><p>Pathology (Anatomic &amp; Clinical)</p>
<h2>US EXPERIENCE</h2>
<p>Observership, Pathology, Henry Ford Hospital, Detroit, Michigan, 01/2022 &ndash; 02/2022</p>
<p>Research Fellow, Pathology, Johns Hopkins Hospital, Baltimore, MD, 03/2022 &ndash; 02/2023</p>
<h2>SRI LANKA</h2><p>Intern House Officer, National Hospital of Sri Lanka, 2019&ndash;2020; Medical Officer, Histopathology, 2020&ndash;2021</p>
<h2>PUBLICATIONS</h2><p>2 peer-reviewed papers (Ceylon Med J 2021; Am J Clin Pathol 2023)</p>
<h2>LANGUAGES</h2><p>Sinhala, Tamil, English</p>
""", """ body { font-family: 'DejaVu Serif', serif; font-size: 12.5pt; } h1 { font-size: 20pt; } h2 { font-size: 13pt; margin-top: 12px; } """)

CVS["021"] = ("Boateng CV", """
<h1>Kwame Asante Boateng, MBChB</h1>
<p>Accra, Ghana &middot; +233 24 555 7890 &middot; kwame.boateng.md@gmail.com</p>
<h2>Education</h2><p>MBChB, University of Ghana Medical School, Korle Bu, Accra &mdash; 2014&ndash;2020</p>
<h2>Exams</h2><p>USMLE Step 1: Pass &middot; Step 2 CK: 237 &middot; ECFMG Certified &middot; Visa: J-1 needed</p>
<h2>Applying to</h2><p>Internal Medicine</p>
<h2>US Clinical Experience</h2>
<p>Observership, Cardiology &mdash; Baylor St. Luke's Medical Center, Houston, TX &mdash; May 2023</p>
<p>Hands-on Externship, Internal Medicine &mdash; Piedmont Atlanta Hospital, Atlanta, Georgia &mdash; Jun 2023 &ndash; Aug 2023</p>
<h2>Ghana Experience</h2><p>House Officer, Korle Bu Teaching Hospital, 2020&ndash;2022; Medical Officer, Ridge Hospital, 2022&ndash;present</p>
<h2>Publications</h2><p>1 peer-reviewed article (Ghana Med J 2022)</p>
<h2>Languages</h2><p>English, Twi, Ga</p>
""", """ body { font-size: 12.5pt; } h1 { font-size: 22pt; } h2 { font-size: 14pt; color:#92400e; margin-top: 12px; } """)


def page(key):
    title, body, css = CVS[key]
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title><style>{BASE_CSS}{css}</style></head><body>{body}</body></html>"
