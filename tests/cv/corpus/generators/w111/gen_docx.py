# python-docx generators: 001 (Europass grid -> LibreOffice PDF), 003 (Lebenslauf DOCX with photo box),
# 010 (DOCX with header/footer contacts), 013 (student Lebenslauf -> LibreOffice PDF)
import os, sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from PIL import Image, ImageDraw

OUT = sys.argv[1]; TMP = sys.argv[2]

def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd'); shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), color)
    tcPr.append(shd)

def no_borders(table):
    tbl = table._tbl; tblPr = tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top','left','bottom','right','insideH','insideV'):
        el = OxmlElement(f'w:{e}'); el.set(qn('w:val'), 'nil'); b.append(el)
    tblPr.append(b)

def setfont(doc, name='Arial', size=10):
    st = doc.styles['Normal']; st.font.name = name; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), name)

def cellp(cell, text, bold=False, size=None, color=None, align=None, italic=False, first=True):
    p = cell.paragraphs[0] if first and cell.paragraphs[0].text == '' and len(cell.paragraphs) == 1 else cell.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    if align == 'right': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(1)
    return p

# ---------------- 001 Europass grid ----------------
def europass():
    doc = Document(); setfont(doc, 'Arial', 9)
    s = doc.sections[0]; s.left_margin = s.right_margin = Cm(1.5); s.top_margin = Cm(1.2)
    t = doc.add_table(rows=0, cols=2); no_borders(t); t.alignment = WD_TABLE_ALIGNMENT.CENTER
    def row(label, lines, head=False):
        c = t.add_row().cells
        c[0].width = Cm(5.2); c[1].width = Cm(12.8)
        t.autofit = False; t.columns[0].width = Cm(5.2); t.columns[1].width = Cm(12.8)
        cellp(c[0], label, bold=head, size=10 if head else 8, color='0E4194', align='right')
        for i, (txt, b) in enumerate(lines):
            cellp(c[1], txt, bold=b, size=11 if head else 9, color='0E4194' if head else None)
        return c
    def sec(title):
        c = t.add_row().cells
        cellp(c[0], title, bold=True, size=10, color='0E4194', align='right')
        cellp(c[1], '______________________________________________________________', color='0E4194', size=7)
    row('europass\nCurriculum Vitae', [('', False)], head=True)
    sec('PERSONAL INFORMATION')
    row('', [('Giulia Marchetti', True)])
    row('', [('Via Giovanni Pacini 41, 20131 Milano (Italy)', False),
             ('+39 347 812 5530', False), ('giulia.marchetti.md@gmail.com', False),
             ('Sex Female | Date of birth 22/08/1995 | Nationality Italian', False)])
    row('JOB APPLIED FOR', [('Clinical observership / residency positions in Internal Medicine (USA), with a view to Cardiology fellowship', True)])
    sec('WORK EXPERIENCE')
    row('11/2021 – present', [('Resident physician (Medico in formazione specialistica), Internal Medicine', True),
        ('Fondazione IRCCS Ca\' Granda Ospedale Maggiore Policlinico, Milano (Italy)', False),
        ('Ward and outpatient care, heart-failure clinic, echocardiography (level I).', False)])
    row('03/2024 – 04/2024', [('Clinical Observer, Department of Cardiovascular Medicine', True),
        ('Cleveland Clinic, Cleveland, Ohio (USA)', False),
        ('Observed inpatient cardiology consults, cath lab and heart-failure rounds.', False)])
    row('09/2020 – 10/2021', [('Locum general practitioner (Sostituto MMG) and Guardia Medica', True),
        ('ATS Città Metropolitana di Milano (Italy)', False)])
    sec('EDUCATION AND TRAINING')
    row('10/2014 – 07/2020', [('Laurea Magistrale a ciclo unico in Medicina e Chirurgia (EQF level 7)', True),
        ('Università degli Studi di Milano, Milano (Italy)', False),
        ('Final grade 110/110 cum laude — 360 ECTS. Thesis: "Sacubitril/valsartan in HFrEF: a single-centre cohort".', False)])
    row('09/2018 – 02/2019', [('Erasmus+ exchange semester (tirocinio in Medicina Interna)', True),
        ('Universitat de Barcelona – Hospital Clínic, Barcelona (Spain), 30 ECTS', False)])
    row('02/2021', [('Abilitazione all\'esercizio della professione di Medico Chirurgo; Ordine dei Medici di Milano n. 47XXX', False)])
    sec('USMLE / ECFMG')
    row('', [('USMLE Step 1: Pass (06/2023)', False), ('USMLE Step 2 CK: 248 (02/2024)', False),
             ('ECFMG certified (09/2024). Will require J-1 visa sponsorship (ECFMG).', False)])
    sec('PERSONAL SKILLS')
    row('Mother tongue(s)', [('Italian', False)])
    row('Other language(s)', [('UNDERSTANDING  (Listening / Reading) — SPEAKING (Interaction / Production) — WRITING', True)])
    row('English', [('C1   C1   C1   C1   C1     — IELTS Academic 8.0', False)])
    row('French', [('B2   B2   B2   B1   B1', False)])
    row('Spanish', [('B1   B2   A2   A2   A2', False)])
    row('', [('Levels: A1 and A2: Basic user - B1 and B2: Independent user - C1 and C2: Proficient user. Common European Framework of Reference for Languages', False)])
    row('Digital skills', [('ECDL; REDCap, SPSS, R (basic)', False)])
    sec('ADDITIONAL INFORMATION')
    row('Publications', [('1. Marchetti G, et al. Sacubitril/valsartan titration in elderly patients. G Ital Cardiol. 2022;23(4):301-8.', False),
        ('2. Rossi A, Marchetti G, et al. Frailty and heart failure readmissions. Intern Emerg Med. 2023;18:1123-31.', False),
        ('3. Marchetti G, Bianchi L. Lung ultrasound B-lines in acute HF. Eur J Intern Med. 2024;120:55-61.', False)])
    row('Posters', [('ESC Heart Failure 2023 (Prague) — poster; SIMI National Congress 2022 — poster', False)])
    row('References', [('Prof. Marco Rinaldi, Internal Medicine, Università degli Studi di Milano — marco.rinaldi@unimi-med.example.it, +39 02 5503 4471', False)])
    row('', [('I authorise the processing of my personal data pursuant to Regulation (EU) 2016/679 (GDPR).', False)])
    p = os.path.join(TMP, 'w111_001.docx'); doc.save(p); return p

# ---------------- 003 Lebenslauf with photo box ----------------
def photo(path, w=300, h=380):
    im = Image.new('RGB', (w, h), (205, 210, 218)); d = ImageDraw.Draw(im)
    d.ellipse((w*0.3, h*0.15, w*0.7, h*0.5), fill=(150, 158, 170)); d.ellipse((w*0.12, h*0.55, w*0.88, h*1.2), fill=(150, 158, 170))
    im.save(path)

def lebenslauf():
    doc = Document(); setfont(doc, 'Calibri', 10.5)
    s = doc.sections[0]; s.left_margin = s.right_margin = Cm(2.2)
    hp = s.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run('Katharina Weißenberger · Lindwurmstraße 88 · 80337 München · +49 151 23456789 · k.weissenberger@posteo.de'); r.font.size = Pt(8); r.font.color.rgb = RGBColor(0x55,0x55,0x55)
    top = doc.add_table(rows=1, cols=2); no_borders(top)
    c = top.rows[0].cells
    c[0].width = Cm(12); c[1].width = Cm(4.5)
    cellp(c[0], 'Lebenslauf', bold=True, size=22)
    cellp(c[0], 'Dr. med. Katharina Weißenberger', size=13)
    cellp(c[0], 'Assistenzärztin Innere Medizin / Gastroenterologie', italic=True, size=10)
    ph = os.path.join(TMP, 'photo003.png'); photo(ph)
    c[1].paragraphs[0].add_run().add_picture(ph, width=Cm(3.5)); c[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    def sec(title):
        p = doc.add_paragraph(); r = p.add_run(title.upper()); r.bold = True; r.font.size = Pt(11); r.font.color.rgb = RGBColor(0x1F,0x4E,0x79)
        p.paragraph_format.space_before = Pt(10)
    def tab(rows):
        t = doc.add_table(rows=0, cols=2); no_borders(t)
        for a, b in rows:
            cc = t.add_row().cells; cc[0].width = Cm(4); cc[1].width = Cm(12.5)
            t.autofit = False; t.columns[0].width = Cm(4); t.columns[1].width = Cm(12.5)
            cellp(cc[0], a)
            for i, line in enumerate(b.split('\n')):
                cellp(cc[1], line, bold=(i == 0))
    sec('Persönliche Daten')
    tab([('Geburtsdatum', '14.05.1996 in Regensburg'), ('Staatsangehörigkeit', 'deutsch'), ('Familienstand', 'ledig'),
         ('Berufsziel', 'Residency Innere Medizin (USA), anschließend Fellowship Gastroenterologie\nVisum: J-1 (ECFMG-Sponsorship) erforderlich')])
    sec('Beruflicher Werdegang')
    tab([('seit 03/2022', 'Assistenzärztin, II. Medizinische Klinik (Gastroenterologie)\nKlinikum rechts der Isar der TU München\nEndoskopie (ÖGD, Koloskopie), Sonographie, Notaufnahme-Dienste')])
    sec('Studium')
    tab([('10/2015 – 11/2021', 'Studium der Humanmedizin\nLudwig-Maximilians-Universität München\nÄrztliche Prüfung (M3) 11/2021, Gesamtnote 1,7 („gut“)'),
         ('12/2021', 'Approbation als Ärztin (Regierung von Oberbayern)'),
         ('2019 – 2022', 'Promotion (Dr. med.), magna cum laude\nThema: „Mikrobiom und Rezidivrisiko bei Colitis ulcerosa“')])
    sec('Famulaturen und Praktisches Jahr')
    tab([('08/2018', 'Famulatur Gastroenterologie\nUniversitätsspital Zürich, Schweiz (4 Wochen)'),
         ('03/2019 – 04/2019', 'Famulatur / Clinical Clerkship Innere Medizin (hands-on, Stationsarbeit)\nMount Sinai Hospital, New York, NY, USA (11.03.–05.04.2019)'),
         ('11/2020 – 10/2021', 'Praktisches Jahr: Innere Medizin (LMU Klinikum), Chirurgie (Groote Schuur Hospital, Kapstadt, Südafrika), Wahlfach Anästhesiologie')])
    sec('US-Examina')
    tab([('USMLE', 'Step 1: bestanden (Pass), 05/2023\nStep 2 CK: 241 (10/2024)\nECFMG-Zertifizierung beantragt (pending)')])
    sec('Publikationen')
    tab([('2023', 'Weißenberger K, Hartl J, Schmid RM. Fecal microbiota signatures predict relapse in ulcerative colitis. Z Gastroenterol. 2023;61(7):845–853.'),
         ('2022', 'Posterbeitrag: DGVS Viszeralmedizin 2022, Hamburg')])
    sec('Sprachen')
    tab([('Deutsch', 'Muttersprache'), ('Englisch', 'verhandlungssicher (C1), TOEFL iBT 108'), ('Spanisch', 'gute Kenntnisse (B1)')])
    sec('Referenzen')
    tab([('', 'Prof. Dr. med. Roland M. Schmid, Klinikum rechts der Isar, Tel. +49 89 4140 2250, r.schmid@mri-klinikum.example.de')])
    doc.add_paragraph()
    t = doc.add_table(rows=2, cols=2); no_borders(t)
    cellp(t.rows[0].cells[0], 'München, 15.11.2026'); cellp(t.rows[0].cells[1], 'K. Weißenberger', italic=True, size=14)
    cellp(t.rows[1].cells[0], '________________________\nOrt, Datum', size=8); cellp(t.rows[1].cells[1], '________________________\nUnterschrift', size=8)
    p = os.path.join(OUT, 'w111_003_lebenslauf_photo.docx'); doc.save(p); return p

# ---------------- 010 header/footer docx ----------------
def rcsi():
    doc = Document(); setfont(doc, 'Cambria', 11)
    s = doc.sections[0]
    hp = s.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = hp.add_run('NURUL AISYAH BINTI HAMZAH, MB BCh BAO (Hons)'); r.bold = True; r.font.size = Pt(14)
    h2 = s.header.add_paragraph('Dublin 9, Ireland  |  nurul.hamzah@rcsi-alumni.ie'); h2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = s.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run('Mobile (IE): +353 87 123 4560  ·  IMC Registration No. 4XXXXX  ·  Curriculum Vitae – Nurul A. Hamzah'); fr.font.size = Pt(8)
    def H(t):
        p = doc.add_heading(t, level=2)
    def P(t, b=None):
        p = doc.add_paragraph(style=b) if b else doc.add_paragraph(); p.add_run(t); p.paragraph_format.space_after = Pt(2); return p
    H('Career Objective')
    P('Emergency medicine SHO seeking categorical Emergency Medicine residency in the United States (2027 Match).')
    H('Education')
    P('MB BCh BAO (Honours), Royal College of Surgeons in Ireland (RCSI), Dublin — Sept 2016 to June 2022')
    P('Sijil Tinggi Persekolahan / A-levels, Kolej Tuanku Ja\'afar, Malaysia — 2014–2015')
    H('Licensure & Examinations')
    P('Irish Medical Council — full registration (General Division), 2023', 'List Bullet')
    P('USMLE Step 1 — PASS (2021)', 'List Bullet')
    P('USMLE Step 2 CK — 244 (2024)', 'List Bullet')
    P('ECFMG Certified — March 2025', 'List Bullet')
    P('MRCEM Primary — passed (UK Royal College of Emergency Medicine)', 'List Bullet')
    H('Clinical Experience')
    P('Senior House Officer, Emergency Medicine — Mater Misericordiae University Hospital, Dublin — Jul 2023 – present')
    P('Intern (Medicine/Surgery/ED rotations) — Beaumont Hospital, Dublin — Jul 2022 – Jun 2023')
    P('Observership, Department of Emergency Medicine — NYC Health + Hospitals/Bellevue, New York, NY — Sep 2025 – Oct 2025 (6 weeks)')
    P('Visiting student elective (hands-on sub-internship), Emergency Medicine — Hospital of the University of Pennsylvania, Philadelphia, PA — June 2021 (4 weeks)')
    P('Elective, Accident & Emergency — Hospital Kuala Lumpur, Malaysia — Jul 2020')
    H('Research & Publications')
    P('Hamzah NA, Walsh C, O\'Connor P. Time-to-antibiotics in ED sepsis pathways: an Irish multicentre audit. Ir J Med Sci. 2024;193:1457–1463.')
    P('Poster: IAEM Annual Scientific Meeting 2023 — "Frailty screening in the ED". Poster: RCSI Research Day 2021.')
    H('Languages')
    P('Malay (native), English (fluent), Mandarin (conversational), Irish/Gaeilge (basic)')
    H('Referees')
    P('Dr. Patrick O\'Connor, Consultant in Emergency Medicine, Mater Hospital, Dublin — poconnor@mater-ed.example.ie — +353 1 803 2000')
    P('Dr. Rachel Kim, Attending Physician, Bellevue Hospital ED — rachel.kim@nychh-ed.example.org — +1 212 555 0187')
    p = os.path.join(OUT, 'w111_010_docx_header_footer.docx'); doc.save(p); return p

# ---------------- 013 student Lebenslauf -> PDF ----------------
def student():
    doc = Document(); setfont(doc, 'Liberation Sans', 10)
    s = doc.sections[0]; s.left_margin = s.right_margin = Cm(2)
    top = doc.add_table(rows=1, cols=2); no_borders(top)
    c = top.rows[0].cells
    cellp(c[0], 'Leonie Schäfer', bold=True, size=20)
    cellp(c[0], 'Medizinstudentin (10. Fachsemester) · Universität zu Köln')
    cellp(c[0], 'Zülpicher Straße 201, 50937 Köln')
    cellp(c[0], 'Mobil: 0176 98765432')
    cellp(c[0], 'E-Mail: leonie.schaefer@smail.uni-koeln.de')
    cellp(c[0], 'geb. 03.02.2001 in Göteborg (Schweden)')
    ph = os.path.join(TMP, 'photo013.png'); photo(ph, 260, 330)
    c[1].paragraphs[0].add_run().add_picture(ph, width=Cm(3.2)); c[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    def sec(title):
        p = doc.add_paragraph(); r = p.add_run(title); r.bold = True; r.font.size = Pt(12)
        p.paragraph_format.space_before = Pt(8)
        p2 = doc.add_paragraph('─' * 60); p2.paragraph_format.space_after = Pt(0)
    def tab(rows):
        t = doc.add_table(rows=0, cols=2); no_borders(t)
        for a, b in rows:
            cc = t.add_row().cells; cc[0].width = Cm(4); cc[1].width = Cm(13)
            t.autofit = False; t.columns[0].width = Cm(4); t.columns[1].width = Cm(13)
            cellp(cc[0], a)
            for i, line in enumerate(b.split('\n')):
                cellp(cc[1], line, bold=(i == 0))
    sec('Studium')
    tab([('seit 10/2021', 'Humanmedizin (Staatsexamen), Universität zu Köln\n1. Abschnitt der Ärztlichen Prüfung (M1): 08/2023, Note 2,0\n2. Abschnitt (M2): 10/2026; voraussichtlicher Abschluss (M3): 11/2027'),
         ('seit 11/2026', 'Praktisches Jahr, 1. Tertial Chirurgie, Uniklinik Köln'),
         ('2019 – 2021', 'Studium Molekulare Biomedizin, Universität Bonn (ohne Abschluss)')])
    sec('Famulaturen')
    tab([('02/2023', 'Allgemeinmedizin, Hausarztpraxis Dr. Berg, Köln (30 Tage)'),
         ('15.08.2024 – 12.09.2024', 'Neurologie (Clinical Elective, hands-on), University of Michigan, Ann Arbor (MI), USA'),
         ('03/2025', 'Psychiatrie, AKH Wien / Medizinische Universität Wien, Österreich'),
         ('09/2025', 'Neurologie, Karolinska Universitetssjukhuset, Stockholm, Schweden')])
    sec('Wissenschaftliche Tätigkeit')
    tab([('seit 04/2024', 'Experimentelle Doktorarbeit, Klinik und Poliklinik für Neurologie, Uniklinik Köln\nThema: Neuroinflammation bei Multipler Sklerose (in Vorbereitung)')])
    sec('Prüfungen (USA)')
    tab([('geplant', 'USMLE Step 1: geplant für 04/2027 (NBME-Übungsprüfung 24: 71 %)')])
    sec('Interessen / Ziele')
    tab([('', 'Facharztausbildung (Residency) in Neurologie oder Psychiatrie in den USA')])
    sec('Sprachen')
    tab([('Deutsch', 'Muttersprache'), ('Schwedisch', 'Muttersprache'), ('Englisch', 'C1 (Cambridge CAE)'), ('Französisch', 'B1')])
    sec('Sonstiges')
    tab([('', 'Deutschlandstipendium 2022–2024; Rettungssanitäterin (DRK Köln) 2019–2022; Querflöte')])
    doc.add_paragraph('\nKöln, den 20.11.2026\n\n_______________________\nLeonie Schäfer')
    p = os.path.join(TMP, 'w111_013.docx'); doc.save(p); return p

if __name__ == '__main__':
    print(europass()); print(lebenslauf()); print(rcsi()); print(student())
