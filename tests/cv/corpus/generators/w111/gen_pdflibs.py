# reportlab: 002 LinkedIn "Save to PDF" look, 008 Greek CV (platypus) and 017 source (scan later);
# fpdf2: 007 Polish CV, 016 two-column CV, 018/020/021 sources (scanned later)
import sys, os
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Frame, PageTemplate, BaseDocTemplate, FrameBreak, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from fpdf import FPDF

OUT, TMP = sys.argv[1], sys.argv[2]
D = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D + 'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DVS', D + 'DejaVuSerif.ttf')); pdfmetrics.registerFont(TTFont('DVSB', D + 'DejaVuSerif-Bold.ttf'))
from reportlab.lib.fonts import addMapping
addMapping('DV', 0, 0, 'DV'); addMapping('DV', 1, 0, 'DVB'); addMapping('DV', 0, 1, 'DV'); addMapping('DV', 1, 1, 'DVB')
addMapping('DVS', 0, 0, 'DVS'); addMapping('DVS', 1, 0, 'DVSB'); addMapping('DVS', 0, 1, 'DVS'); addMapping('DVS', 1, 1, 'DVSB')

def S(name, font='DV', size=9, lead=None, color=colors.black, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.3, textColor=color, **kw)

# ---------- 002 LinkedIn ----------
def linkedin():
    path = os.path.join(OUT, 'w111_002_linkedin_export.pdf')
    doc = BaseDocTemplate(path, pagesize=letter, leftMargin=0, rightMargin=0, topMargin=0, bottomMargin=0,
                          title='Pablo Martínez Ortega', author='LinkedIn')
    W, H = letter
    side = Frame(0, 0, 2.6 * 72, H, leftPadding=16, rightPadding=10, topPadding=40, id='side')
    main = Frame(2.6 * 72, 30, W - 2.6 * 72, H - 30, leftPadding=26, rightPadding=36, topPadding=40, id='main')
    mainonly = Frame(2.6 * 72, 30, W - 2.6 * 72, H - 30, leftPadding=26, rightPadding=36, topPadding=40, id='m2')
    def bg(c, d):
        c.saveState(); c.setFillColor(colors.HexColor('#e1e9ee')); c.rect(0, 0, 2.6 * 72, H, stroke=0, fill=1)
        c.setFont('DV', 8); c.setFillColor(colors.HexColor('#666666')); c.drawCentredString(W / 2 + 80, 18, f'Page {d.page} of 1'); c.restoreState()
    doc.addPageTemplates([PageTemplate('first', [side, main], onPage=bg), PageTemplate('later', [side, mainonly], onPage=bg)])
    sh = S('sh', 'DVB', 12, color=colors.HexColor('#000000'), spaceBefore=10, spaceAfter=4)
    st = S('st', 'DV', 9, color=colors.HexColor('#181818'))
    name = S('nm', 'DV', 24, 30); head = S('hd', 'DV', 11, 14); loc = S('lc', 'DV', 10, color=colors.HexColor('#b0b0b0'))
    mh = S('mh', 'DV', 14, 18, spaceBefore=12, spaceAfter=6); co = S('co', 'DV', 10.5, 13); ti = S('ti', 'DV', 10, 12)
    gr = S('gr', 'DV', 9.5, 12, color=colors.HexColor('#b0b0b0')); bd = S('bd', 'DV', 9.5, 12.5)
    F = []
    F += [Paragraph('Contact', sh), Paragraph('+34 612 45 78 90 (Mobile)', st), Paragraph('pablo.mtz.ortega@outlook.es', st), Spacer(1, 4),
          Paragraph('www.linkedin.com/in/pablo-martinez-ortega-md (LinkedIn)', st),
          Paragraph('Top Skills', sh), Paragraph('Neurology', st), Paragraph('Clinical Research', st), Paragraph('Stroke', st),
          Paragraph('Languages', sh), Paragraph('Spanish (Native or Bilingual)', st), Paragraph('Catalan (Native or Bilingual)', st), Paragraph('English (Full Professional)', st),
          Paragraph('Certifications', sh), Paragraph('ECFMG Certification', st), Paragraph('NIH Stroke Scale Certification', st), Paragraph('USMLE Step 2 CK', st),
          Paragraph('Publications', sh), Paragraph('Thrombectomy outcomes in elderly patients with large vessel occlusion', st),
          Paragraph('Serum NfL as a marker of post-stroke cognitive decline', st), Paragraph('Tenecteplase vs alteplase: a Catalan registry analysis', st),
          Paragraph('Late-window thrombectomy in the Boston region (abstract, AAN 2025)', st),
          FrameBreak()]
    F += [Paragraph('Pablo Martínez Ortega', name), Paragraph('Research Scholar in Vascular Neurology at Massachusetts General Hospital | ECFMG Certified | Applying to Neurology Residency', head),
          Paragraph('Boston, Massachusetts, United States', loc),
          Paragraph('Summary', mh),
          Paragraph('Spanish physician (Universitat de Barcelona) with neurology residency training at Vall d\'Hebron. Currently a research scholar on a J-1 visa at MGH working on acute stroke trials. USMLE Step 1 Pass, Step 2 CK 255. Seeking a categorical Neurology residency position.', bd),
          Paragraph('Experience', mh),
          Paragraph('Massachusetts General Hospital', co), Paragraph('Research Scholar, Vascular Neurology', ti), Paragraph('September 2024 - Present (2 years 4 months)', gr), Paragraph('Boston, Massachusetts, United States', gr),
          Paragraph('Stroke trial coordination, imaging core lab (CTP/MRI), registry analyses.', bd), Spacer(1, 8),
          Paragraph('Hospital Universitari Vall d\'Hebron', co), Paragraph('Médico Interno Residente (MIR) - Neurología', ti), Paragraph('June 2023 - August 2024 (1 year 3 months)', gr), Paragraph('Barcelona, Catalonia, Spain', gr), Spacer(1, 8),
          Paragraph('Hospital Clínic de Barcelona', co), Paragraph('Médico de urgencias (locum)', ti), Paragraph('September 2022 - May 2023 (9 months)', gr), Paragraph('Barcelona, Catalonia, Spain', gr), Spacer(1, 8),
          Paragraph('Mayo Clinic', co), Paragraph('Visiting Medical Student - Observership, Neurology', ti), Paragraph('July 2021 - August 2021 (2 months)', gr), Paragraph('Rochester, Minnesota, United States', gr), Spacer(1, 8),
          Paragraph('Education', mh),
          Paragraph('Universitat de Barcelona', co), Paragraph('Grado en Medicina (Degree in Medicine), Medicine · (2016 - 2022)', gr), Spacer(1, 6),
          Paragraph('Karolinska Institutet', co), Paragraph('Erasmus exchange, Neurology and Psychiatry · (2020 - 2020)', gr), Spacer(1, 6),
          Paragraph('Institut Jaume Balmes', co), Paragraph('Batxillerat, Ciències de la Salut · (2014 - 2016)', gr)]
    doc.build(F)

# ---------- 008 Greek ----------
def greek():
    path = os.path.join(OUT, 'w111_008_reportlab_greek.pdf')
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=15 * mm, bottomMargin=15 * mm, title='CV')
    h1 = S('h1', 'DVSB', 18, 22); g = S('g', 'DVS', 11, 14, colors.HexColor('#444444'))
    sec = S('sec', 'DVSB', 11, 14, colors.HexColor('#003366'), spaceBefore=9, spaceAfter=3); b = S('b', 'DVS', 9.5, 12.5)
    F = [Paragraph('Dimitrios Papadopoulos, MD', h1), Paragraph('Δημήτριος Παπαδόπουλος — Ιατρός, Ειδικός Παθολόγος', g),
         Paragraph('Boston, MA (current) · Athens, Greece (permanent) · Mobile (GR): +30 694 412 3587 · US: +1 617 555 0193 · d.papadopoulos.md@gmail.com · b. 1993', b),
         Paragraph('CAREER GOAL', sec), Paragraph('Residency in Internal Medicine (USA) followed by fellowship in Pulmonary and Critical Care Medicine. Current visa: J-1 (research scholar).', b),
         Paragraph('EDUCATION', sec),
         Paragraph('<b>2012-09 – 2018-07</b> &nbsp; Medical School, National and Kapodistrian University of Athens (Εθνικό και Καποδιστριακό Πανεπιστήμιο Αθηνών, ΕΚΠΑ). Ptychio Iatrikis (MD equivalent), grade 8.12/10 (“Λίαν Καλώς”).', b),
         Paragraph('<b>2016-02 – 2016-06</b> &nbsp; Erasmus+ semester, Università degli Studi di Padova, Italy.', b),
         Paragraph('TRAINING AND EMPLOYMENT', sec),
         Paragraph('<b>2026-01 – present</b> &nbsp; Research Fellow, Division of Pulmonary and Critical Care Medicine, Brigham and Women\'s Hospital, Boston, MA, USA (ARDS biomarker cohort).', b),
         Paragraph('<b>2025-10 – 2025-11</b> &nbsp; Clinical Observer, Pulmonary, Critical Care and Sleep Medicine (MICU), Yale New Haven Hospital, New Haven, CT, USA.', b),
         Paragraph('<b>2020-03 – 2025-06</b> &nbsp; Resident in Internal Medicine (Ειδικευόμενος Παθολογίας), Evangelismos General Hospital, Athens; board certified in Internal Medicine 09/2025.', b),
         Paragraph('<b>2018-11 – 2019-08</b> &nbsp; Medical officer (compulsory military service), Hellenic Army, 401 General Military Hospital, Athens.', b),
         Paragraph('<b>2019-09 – 2020-02</b> &nbsp; Rural service physician (αγροτικό), Health Centre of Kalavryta, Greece.', b),
         Paragraph('USMLE / CERTIFICATION', sec),
         Paragraph('USMLE Step 1: 238 (2021) · USMLE Step 2 CK: 250 (2023) · ECFMG certified (2023). Greek medical licence (Άδεια ασκήσεως επαγγέλματος), 2018.', b),
         Paragraph('PUBLICATIONS (peer-reviewed)', sec)]
    pubs = ['Papadopoulos D, Kotanidou A, et al. Angiopoietin-2 in septic ARDS. Crit Care. 2021;25:311.',
            'Papadopoulos D, Orfanos SE. Prone positioning in COVID-19 ARDS: Greek ICU experience. Pneumon. 2021;34(2):14.',
            'Vassiliou AG, Papadopoulos D, et al. Endothelial biomarkers and ventilator-free days. J Crit Care. 2022;71:154102.',
            'Papadopoulos D, et al. High-flow nasal oxygen failure predictors. Respir Care. 2023;68(9):1201-1209.',
            'Papadopoulos D, Levy BD, et al. Specialized pro-resolving mediators in ARDS plasma. Am J Respir Cell Mol Biol. 2026;74(2):180-189.']
    for i, p in enumerate(pubs, 1):
        F.append(Paragraph(f'{i}. {p}', b))
    F += [Paragraph('Conference abstracts: ERS Congress 2022 (poster); ATS 2026 (poster). Book chapter: “Μηχανικός αερισμός” in Εντατική Θεραπεία, Εκδόσεις Πασχαλίδη, 2024.', b),
          Paragraph('LANGUAGES', sec), Paragraph('Greek (native) · English (C2, ECPE Michigan Proficiency) · French (B2, DELF)', b),
          Paragraph('REFERENCES', sec),
          Paragraph('Prof. Anastasia Kotanidou, NKUA, 1st ICU Evangelismos — akotanidou@med-uoa.example.gr — +30 210 7201 000', b),
          Paragraph('Dr. Bruce D. Levy, Brigham and Women\'s Hospital — blevy@bwh-pccm.example.org — +1 617 555 0148', b)]
    doc.build(F)

# ---------- 017 source (Romanian surgeon, will be scanned with stamp) ----------
def ro_src():
    path = os.path.join(TMP, 'w111_017_src.pdf')
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm, bottomMargin=18 * mm)
    h1 = S('h1', 'DVSB', 17, 21); sec = S('sec', 'DVSB', 11, 14, spaceBefore=8, spaceAfter=3); b = S('b', 'DVS', 10, 13)
    rows = [['Name', 'Bogdan-Mihai Stanciu'], ['Born', '1992, Cluj-Napoca, Romania'], ['Phone', '+40 744 981 235'],
            ['E-mail', 'bogdan.stanciu.surg@gmail.com'], ['Address', 'Str. Republicii 34, Cluj-Napoca 400015']]
    t = Table(rows, colWidths=[30 * mm, 120 * mm]); t.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'DVS', 10), ('FONT', (0, 0), (0, -1), 'DVSB', 10), ('GRID', (0, 0), (-1, -1), 0.4, colors.grey)]))
    F = [Paragraph('CURRICULUM VITAE', h1), Spacer(1, 6), t,
         Paragraph('EDUCATION', sec),
         Paragraph('2011 – 2017: Faculty of Medicine, Iuliu Hațieganu University of Medicine and Pharmacy, Cluj-Napoca, Romania — Doctor-medic (diplomă de licență), average 9.34.', b),
         Paragraph('POSTGRADUATE TRAINING', sec),
         Paragraph('01.2018 – 12.2023: Resident in General Surgery (medic rezident Chirurgie Generală), Spitalul Clinic Județean de Urgență Cluj.', b),
         Paragraph('since 01.2024: Specialist surgeon (medic specialist), same hospital.', b),
         Paragraph('10.2024 – 12.2024: Observer, Department of Surgery, Henry Ford Hospital, Detroit, Michigan, USA.', b),
         Paragraph('USMLE', sec), Paragraph('Step 1: 228 (2020); Step 2 CK: 235 (2021); ECFMG certified 2022.', b),
         Paragraph('PUBLICATIONS', sec),
         Paragraph('1. Stanciu BM, et al. Laparoscopic vs open repair of perforated peptic ulcer. Chirurgia (Bucur). 2021;116(4):455-462.', b),
         Paragraph('2. Stanciu BM, Iancu C. ERAS protocol compliance in colorectal surgery. Clujul Med. 2023;96(1):88-94.', b),
         Paragraph('LANGUAGES', sec), Paragraph('Romanian (native), English (C1), Hungarian (B1).', b),
         Paragraph('OBJECTIVE', sec), Paragraph('General Surgery residency in the United States.', b),
         Spacer(1, 30), Paragraph('Cluj-Napoca, 12.10.2026 &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Semnătura / Signature:', b)]
    doc.build(F)

# ---------- fpdf2 ----------
class PDF(FPDF):
    def setup(self):
        self.add_font('DV', '', D + 'DejaVuSans.ttf'); self.add_font('DV', 'B', D + 'DejaVuSans-Bold.ttf')
        self.add_font('DVS', '', D + 'DejaVuSerif.ttf'); self.add_font('DVS', 'B', D + 'DejaVuSerif-Bold.ttf')

def polish():
    pdf = PDF(format='A4'); pdf.setup(); pdf.set_auto_page_break(True, 15); pdf.add_page(); pdf.set_margins(18, 15, 18)
    pdf.set_font('DV', 'B', 18); pdf.cell(0, 10, 'Małgorzata Wiśniewska-Król', new_x='LMARGIN', new_y='NEXT')
    pdf.set_font('DV', '', 9.5)
    pdf.multi_cell(0, 5, 'lek. med. · specjalizacja: pediatria\nul. Marszałkowska 84/92 m. 17, 00-514 Warszawa\ntel. +48 601 234 587 · m.wisniewska.krol@onet.pl\nData urodzenia: 07.07.1994', new_x='LMARGIN', new_y='NEXT', align='L')
    def sec(t):
        pdf.ln(2); pdf.set_font('DV', 'B', 11); pdf.set_text_color(150, 20, 40); pdf.cell(0, 7, t, new_x='LMARGIN', new_y='NEXT')
        pdf.set_draw_color(150, 20, 40); pdf.line(18, pdf.get_y(), 192, pdf.get_y()); pdf.set_text_color(0, 0, 0); pdf.ln(1)
    def row(d, t):
        pdf.set_font('DV', 'B', 9); y = pdf.get_y(); pdf.multi_cell(38, 4.8, d, new_x='RIGHT', new_y='TOP')
        pdf.set_xy(58, y); pdf.set_font('DV', '', 9); pdf.multi_cell(134, 4.8, t, new_x='LMARGIN', new_y='NEXT'); pdf.ln(1)
    sec('Cel zawodowy / Objective')
    row('', 'Residency in Pediatrics (USA); long-term interest in Hematology-Oncology. Wymagana wiza J-1 (J-1 visa sponsorship needed).')
    sec('Wykształcenie / Education')
    row('10.2014 – 06.2020', 'Uniwersytet Jagielloński – Collegium Medicum, Wydział Lekarski, Kraków (Jagiellonian University Medical College). Kierunek lekarski, dyplom lekarza (MD), średnia 4,62.')
    row('02.2018 – 07.2018', 'Erasmus+: Ruprecht-Karls-Universität Heidelberg, Medizinische Fakultät, Niemcy (Germany).')
    row('09.2020', 'LEK (Lekarski Egzamin Końcowy): 168/200 pkt. Prawo wykonywania zawodu lekarza (PWZ) 10.2021.')
    sec('Doświadczenie zawodowe / Experience')
    row('od 10.2021', 'Lekarz rezydent, pediatria — Dziecięcy Szpital Kliniczny WUM, Warszawa.')
    row('10.2020 – 09.2021', 'Staż podyplomowy — Szpital Uniwersytecki w Krakowie.')
    row('02.2025 – 03.2025', 'Observership, Pediatrics (general inpatient pediatrics) — Children\'s Hospital of Philadelphia, Philadelphia, PA, USA.')
    row('10.2025 – 01.2026', 'Research elective (remote data analysis + 2 weeks on site), Hematology/Oncology — Dana-Farber Cancer Institute, Boston, MA, USA.')
    sec('USMLE')
    row('', 'Step 1: PASS (01.2024) · Step 2 CK: 239 (06.2025) · Step 3: 221 (05.2026) · ECFMG Certified (07.2025)')
    sec('Publikacje / Publications')
    row('2022', 'Wiśniewska-Król M, Kowalski J. Neutropenic fever in paediatric ALL: a 5-year audit. Pediatr Pol. 2022;97(3):181-187.')
    row('2025', 'Nowak A, Wiśniewska-Król M, et al. Iron deficiency in Polish toddlers. Nutrients. 2025;17(4):702.')
    row('', 'Plakaty: PTHiT 2023, SIOP Europe 2024.')
    sec('Języki / Languages')
    row('', 'polski – ojczysty; angielski – C1 (CAE); niemiecki – B2; rosyjski – A2')
    sec('Referencje')
    row('', 'prof. dr hab. n. med. Jan Kowalski — Klinika Pediatrii WUM — jkowalski@wum-ped.example.pl — +48 22 317 9400')
    pdf.ln(4); pdf.set_font('DV', '', 7)
    pdf.multi_cell(0, 3.5, 'Wyrażam zgodę na przetwarzanie moich danych osobowych dla potrzeb niezbędnych do realizacji procesu rekrutacji zgodnie z Rozporządzeniem Parlamentu Europejskiego i Rady (UE) 2016/679 (RODO).')
    pdf.output(os.path.join(OUT, 'w111_007_fpdf2_polish.pdf'))

def twocol():
    pdf = PDF(format='Letter'); pdf.setup(); pdf.set_auto_page_break(False); pdf.add_page()
    pdf.set_fill_color(240, 240, 240); pdf.rect(0, 0, 216, 34, 'F')
    pdf.set_xy(12, 8); pdf.set_font('DVS', 'B', 22); pdf.cell(0, 10, 'Michael J. Kowalczyk, MD')
    pdf.set_xy(12, 19); pdf.set_font('DV', '', 9)
    pdf.cell(0, 5, 'Chicago, IL · (773) 555-0142 · mkowalczyk.md@gmail.com · U.S. Citizen')
    L, R = 12, 82
    def lsec(y, t, lines):
        pdf.set_xy(L, y); pdf.set_font('DV', 'B', 10); pdf.cell(62, 6, t); y += 6
        pdf.set_font('DV', '', 8.5)
        for ln in lines:
            pdf.set_xy(L, y); pdf.multi_cell(62, 4.3, ln); y = pdf.get_y() + 1
        return y + 3
    y = 42
    y = lsec(y, 'LICENSING', ['USMLE Step 1: Pass (2022)', 'USMLE Step 2 CK: 221 (2024)', 'ECFMG Certified (Oct 2024)', 'LEK (Polish final exam): passed'])
    y = lsec(y, 'LANGUAGES', ['English — native', 'Polish — fluent (heritage speaker)'])
    y = lsec(y, 'INTERESTS', ['Internal Medicine', 'Family Medicine', 'Primary care for Polish-speaking communities'])
    y = lsec(y, 'CERTIFICATIONS', ['BLS / ACLS (AHA), 2024'])
    y = lsec(y, 'VOLUNTEERING', ['Free clinic volunteer (medical interpreter, Polish), Chicago, IL — 2019–2021'])
    def rsec(y, t):
        pdf.set_xy(R, y); pdf.set_font('DVS', 'B', 11.5); pdf.cell(120, 6, t); pdf.line(R, y + 6.5, 204, y + 6.5); return y + 8
    def ritem(y, head, date, body=None):
        pdf.set_xy(R, y); pdf.set_font('DV', 'B', 9); pdf.multi_cell(122, 4.5, head); y = pdf.get_y() + 0.3
        if date:
            pdf.set_xy(R, y); pdf.set_font('DV', '', 8.5); pdf.set_text_color(90, 90, 90); pdf.cell(122, 4.3, date); pdf.set_text_color(0, 0, 0); y += 4.6
        if body:
            pdf.set_xy(R, y); pdf.set_font('DV', '', 8.5); pdf.multi_cell(122, 4.2, body); y = pdf.get_y()
        return y + 2.5
    y = 42
    y = rsec(y, 'EDUCATION')
    y = ritem(y, 'Medical University of Warsaw — English Division', '10/2018 – 06/2024', 'Warsaw, Poland. 6-year MD program (lekarz), taught in English. Diploma 2024.')
    y = ritem(y, 'B.S. Biology, University of Illinois Chicago', '2014 – 2018', 'Chicago, IL. Minor in Chemistry.')
    y = rsec(y, 'U.S. CLINICAL EXPERIENCE')
    y = ritem(y, 'Sub-Internship, Internal Medicine — Advocate Illinois Masonic', '7/2023 – 8/2023', 'Chicago, IL. Hands-on: admitted patients, wrote H&Ps, presented at rounds.')
    y = ritem(y, 'Elective, Family Medicine — Loyola University Medical Center', '07/2022', 'Maywood, IL. Hands-on outpatient clerkship (4 weeks).')
    y = rsec(y, 'RESEARCH')
    y = ritem(y, 'Summer Research Assistant — Northwestern University, Center for Health Services and Outcomes Research', 'Summer 2021 (Jun–Aug)', 'Chicago, IL. Chart review for a diabetes quality-improvement project (no publications).')
    y = rsec(y, 'CLINICAL EXPERIENCE — POLAND')
    y = ritem(y, 'Clinical rotations (Internal Medicine, Surgery, Pediatrics, OB/GYN)', '2021 – 2024', 'Central Clinical Hospital (UCK WUM), Warsaw.')
    y = ritem(y, 'Research/clinical volunteer, Dept. of Cardiology', '09/2024 – present', 'Medical University of Warsaw, 1st Department of Cardiology.')
    y = rsec(y, 'REFERENCES')
    y = ritem(y, 'Dr. Anna Lewandowska, MD — Advocate Illinois Masonic', '', 'anna.lewandowska@aah-im.example.org · (773) 555-0175')
    pdf.output(os.path.join(OUT, 'w111_016_fpdf2_twocol.pdf'))

def it_src():  # 018 source, big font for low-res jpg
    pdf = PDF(format='A4'); pdf.setup(); pdf.add_page(); pdf.set_margins(20, 18, 20)
    pdf.set_font('DVS', 'B', 22); pdf.cell(0, 12, 'Chiara Romano', new_x='LMARGIN', new_y='NEXT')
    pdf.set_font('DV', '', 11.5)
    for ln in ['Medico Chirurgo · Bologna, Italia', 'Tel. +39 349 221 0456', 'chiara.romano.ped@gmail.com', '']:
        pdf.cell(0, 6.5, ln, new_x='LMARGIN', new_y='NEXT')
    blocks = [('ISTRUZIONE', ['Laurea in Medicina e Chirurgia — Alma Mater Studiorum', 'Università di Bologna, a.a. 2015/2016 – 2020/2021', 'Voto: 110/110 e lode (luglio 2021)']),
              ('ESPERIENZA', ['dal 11/2021: Specializzanda in Pediatria,', 'Policlinico di Sant\'Orsola, Bologna', '09/2019 – 12/2019: tirocinio Erasmus, Pediatria,', 'Hospital Universitario La Paz, Madrid (Spagna)']),
              ('USMLE', ['Step 1: Pass (2025) · Step 2 CK: in preparazione']),
              ('OBIETTIVO', ['Residency in Pediatrics (USA)']),
              ('LINGUE', ['Italiano (madrelingua), Inglese (C1)'])]
    for t, lines in blocks:
        pdf.ln(3); pdf.set_font('DV', 'B', 13); pdf.cell(0, 8, t, new_x='LMARGIN', new_y='NEXT'); pdf.set_font('DV', '', 11.5)
        for ln in lines: pdf.cell(0, 6.5, ln, new_x='LMARGIN', new_y='NEXT')
    pdf.ln(6); pdf.set_font('DV', '', 8); pdf.multi_cell(0, 4, 'Autorizzo il trattamento dei dati personali ai sensi del Regolamento UE 2016/679.')
    pdf.output(os.path.join(TMP, 'w111_018_src.pdf'))

def pt_src():  # 020 source
    pdf = PDF(format='A4'); pdf.setup(); pdf.add_page(); pdf.set_margins(18, 16, 18)
    pdf.set_font('DV', 'B', 20); pdf.cell(0, 11, 'Inês Martins Rocha', new_x='LMARGIN', new_y='NEXT')
    pdf.set_font('DV', '', 10.5)
    pdf.multi_cell(0, 5.5, 'Médica · Lisboa, Portugal\nTelemóvel: +351 934 567 120 · ines.mrocha@gmail.com\n')
    blocks = [('FORMAÇÃO', ['2015 – 2021  Mestrado Integrado em Medicina, Faculdade de Medicina da Universidade de Lisboa', '                   Classificação final: 17/20', '2019 (Erasmus)  Università di Padova, Itália']),
              ('EXPERIÊNCIA CLÍNICA', ['2022 – presente  Interna de Formação Especializada, Endocrinologia e Nutrição,', '                   Hospital de Santa Maria (CHULN), Lisboa',
                                      'Jun 2025 – Jul 2025  Observership, Endocrinology — Joslin Diabetes Center,', '                   Boston, MA, USA', '2021  Internato de Formação Geral, Hospital de Cascais']),
              ('EXAMES', ['USMLE Step 1: Pass (2024) · Step 2 CK: 238 (2025) · ECFMG certified (2025)', 'Prova Nacional de Acesso (PNA) 2021: 92/150']),
              ('INTERESSES', ['Endocrinology; Internal Medicine residency (USA)']),
              ('PUBLICAÇÕES', ['Rocha IM, et al. Time-in-range with hybrid closed-loop systems in adults with T1D.', 'Acta Med Port. 2024;37(3):190-197.', 'Posters: ENDO 2025; Congresso Português de Endocrinologia 2024']),
              ('LÍNGUAS', ['Português (nativo), Inglês (C1), Francês (B2)'])]
    for t, lines in blocks:
        pdf.ln(3); pdf.set_font('DV', 'B', 12); pdf.cell(0, 7, t, new_x='LMARGIN', new_y='NEXT'); pdf.set_font('DV', '', 10.5)
        for ln in lines: pdf.cell(0, 5.6, ln, new_x='LMARGIN', new_y='NEXT')
    pdf.output(os.path.join(TMP, 'w111_020_src.pdf'))

def ie_src():  # 021 source, two pages
    pdf = PDF(format='A4'); pdf.setup(); pdf.set_auto_page_break(True, 20); pdf.add_page(); pdf.set_margins(22, 20, 22)
    pdf.set_font('DVS', 'B', 20); pdf.cell(0, 11, 'Ciarán Ó Briain', new_x='LMARGIN', new_y='NEXT', align='C')
    pdf.set_font('DVS', '', 10.5); pdf.cell(0, 6, 'MB BCh BAO, MCAI · Cork, Ireland · +353 86 123 4789 · ciaran.obriain@gmail.com', new_x='LMARGIN', new_y='NEXT', align='C')
    def sec(t):
        pdf.ln(4); pdf.set_font('DVS', 'B', 12.5); pdf.cell(0, 7, t, new_x='LMARGIN', new_y='NEXT'); pdf.set_font('DVS', '', 10.5)
    def P(t): pdf.multi_cell(0, 5.6, t, new_x='LMARGIN', new_y='NEXT'); pdf.ln(1)
    sec('PERSONAL STATEMENT'); P('Irish anaesthetist seeking an Anesthesiology residency in the United States; will require H-1B visa sponsorship.')
    sec('EDUCATION'); P('University College Cork (UCC), School of Medicine — MB BCh BAO, First Class Honours, 2013–2019.')
    P('Leaving Certificate, Coláiste Chríost Rí, Cork — 2013.')
    sec('POSTGRADUATE EXPERIENCE')
    P('Aug 2023 – present: Anaesthesia Registrar, Royal Perth Hospital, Western Australia (AHPRA registered).')
    P('Jul 2020 – Jul 2023: Basic Specialist Training in Anaesthesiology (CAI), Cork University Hospital and Mercy University Hospital, Cork.')
    P('Jul 2019 – Jun 2020: Intern, Cork University Hospital (Medicine and Surgery).')
    sec('US EXPERIENCE'); P('Jun 2018 – Aug 2018: Summer research student, Department of Anesthesiology, Perioperative and Pain Medicine, Stanford University School of Medicine, Stanford, CA (no patient contact).')
    sec('EXAMINATIONS'); P('USMLE Step 1: 245 (2018)\nUSMLE Step 2 CK: 251 (2019)\nECFMG certified (2020)\nPrimary FCAI (College of Anaesthesiologists of Ireland) — passed 2021\nMCAI (Membership, College of Anaesthesiologists of Ireland) — 2022')
    pdf.add_page()
    sec('PUBLICATIONS')
    P('1. Ó Briain C, Buggy DJ. Regional anaesthesia and cancer recurrence: an update. Br J Anaesth. 2019;123(3):e410-e412.')
    P('2. Ó Briain C, et al. Quadratus lumborum block for caesarean delivery: RCT. Int J Obstet Anesth. 2022;50:103262.')
    P('3. Murphy S, Ó Briain C. Sugammadex use in Irish hospitals: national survey. Ir J Med Sci. 2023;192:2011-2016.')
    P('Oral presentation: CAI Annual Congress 2022. Poster: ASA 2018 (medical student section).')
    sec('LANGUAGES'); P('English (native); Irish / Gaeilge (fluent, Gaeltacht upbringing).')
    sec('REFEREES')
    P('Prof. Donal J. Buggy, Mater Misericordiae University Hospital, Dublin — dbuggy@mater-anaes.example.ie — +353 1 803 2111')
    P('Dr. Sinead Murphy, Consultant Anaesthetist, Cork University Hospital — smurphy@cuh-anaes.example.ie')
    pdf.output(os.path.join(TMP, 'w111_021_src.pdf'))

if __name__ == '__main__':
    linkedin(); greek(); ro_src(); polish(); twocol(); it_src(); pt_src(); ie_src(); print('ok')
