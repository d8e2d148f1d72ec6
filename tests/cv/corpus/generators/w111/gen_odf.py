# odfpy generators: 004 Italian CV (ODT -> LibreOffice PDF, privacy footer), 012 Czech CV with contact in
# text-box frames (ODT -> LibreOffice DOCX). Also 014 Spanish HTML -> LibreOffice PDF.
import sys, os
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties, GraphicProperties, MasterPage, PageLayout, PageLayoutProperties, Footer, Header
from odf.text import P, H, Span
from odf.draw import Frame, TextBox

TMP = sys.argv[1]

def base():
    doc = OpenDocumentText()
    st = {}
    def ps(name, size='10pt', bold=False, color='#000000', align=None, mt='0cm', mb='0.1cm', italic=False):
        s = Style(name=name, family='paragraph')
        tp = dict(fontsize=size, color=color, fontfamily='Liberation Serif' if name.startswith('S') else 'Liberation Sans')
        if bold: tp['fontweight'] = 'bold'
        if italic: tp['fontstyle'] = 'italic'
        s.addElement(TextProperties(**tp))
        pp = dict(margintop=mt, marginbottom=mb)
        if align: pp['textalign'] = align
        s.addElement(ParagraphProperties(**pp))
        doc.styles.addElement(s); st[name] = s
    return doc, st, ps

def it():
    doc, st, ps = base()
    ps('Title', '20pt', True, '#7a1f1f', 'center'); ps('Sub', '10pt', False, '#333333', 'center')
    ps('Sec', '12pt', True, '#7a1f1f', None, '0.35cm', '0.1cm'); ps('Body', '10pt'); ps('BodyB', '10pt', True)
    ps('Foot', '7.5pt', False, '#444444', 'justify', italic=True)
    pl = PageLayout(name='PL'); pl.addElement(PageLayoutProperties(pagewidth='21cm', pageheight='29.7cm', margintop='1.6cm', marginbottom='1.4cm', marginleft='2cm', marginright='2cm'))
    doc.automaticstyles.addElement(pl)
    mp = MasterPage(name='Standard', pagelayoutname=pl)
    f = Footer()
    f.addElement(P(stylename=st['Foot'], text='Autorizzo il trattamento dei dati personali contenuti nel mio curriculum vitae in base all\'art. 13 del D.Lgs. 196/2003 e all\'art. 13 del Regolamento UE 2016/679 (GDPR).'))
    f.addElement(P(stylename=st['Foot'], text='Napoli, 20/11/2026                                                                                    Firma: Alessandro De Luca'))
    mp.addElement(f); doc.masterstyles.addElement(mp)
    B = lambda t, s='Body': doc.text.addElement(P(stylename=st[s], text=t))
    B('CURRICULUM VITAE', 'Title')
    B('Dott. Alessandro De Luca', 'Sub')
    B('Nato a Caserta il 02/11/1991 — Via Santa Lucia 112, 80132 Napoli (NA)', 'Sub')
    B('Cell. 333 456 7812 — e-mail: ale.deluca.med@libero.it — PEC: a.deluca@pec.omceona.example.it', 'Sub')
    B('OBIETTIVO PROFESSIONALE', 'Sec')
    B('Residency in Anesthesiology negli Stati Uniti (Match 2027/2028).')
    B('ISTRUZIONE E FORMAZIONE', 'Sec')
    B('a.a. 2012/2013 – a.a. 2017/2018', 'BodyB')
    B('Corso di Laurea Magistrale in Medicina e Chirurgia (LM-41), Università degli Studi di Napoli Federico II')
    B('Laurea conseguita il 21/03/2019 con voto 108/110. Tesi sperimentale in Anestesiologia: "Blocchi di parete ecoguidati nella chirurgia addominale".')
    B('a.a. 2016/2017 (secondo semestre)', 'BodyB')
    B('Programma Erasmus+ — Universitat de València, Spagna: tirocinio in Anestesiología y Reanimación (Hospital Clínico Universitario).')
    B('07/2019', 'BodyB')
    B('Abilitazione all\'esercizio della professione — Iscrizione all\'Ordine dei Medici Chirurghi di Napoli.')
    B('2020 – 2025', 'BodyB')
    B('Scuola di Specializzazione in Anestesia, Rianimazione, Terapia Intensiva e del Dolore — Università Federico II; diploma di specializzazione 10/2025 (70/70 e lode).')
    B('ESPERIENZE PROFESSIONALI', 'Sec')
    B('dal 12/2025 ad oggi', 'BodyB')
    B('Dirigente Medico, UOC Anestesia e Rianimazione, AORN Antonio Cardarelli, Napoli.')
    B('dal 15/09/2025 al 14/11/2025', 'BodyB')
    B('Clinical Observership — Department of Anesthesiology and Critical Care Medicine, The Johns Hopkins Hospital, Baltimore (MD), USA.')
    B('2019 – 2020', 'BodyB')
    B('Guardia medica turistica e sostituzioni di medicina generale, ASL Napoli 3 Sud.')
    B('ESAMI USMLE', 'Sec')
    B('USMLE Step 1: superato (Pass), 08/2024. USMLE Step 2 CK: in preparazione (NBME self-assessment: 232).')
    B('PUBBLICAZIONI', 'Sec')
    B('1. De Luca A, Romano F, et al. Erector spinae plane block vs TAP block after laparoscopic colectomy: a randomized trial. Minerva Anestesiol. 2023;89(5):410-418.')
    B('2. Esposito G, De Luca A, et al. Sugammadex and postoperative pulmonary complications in the elderly. J Clin Anesth. 2024;95:111432.')
    B('Abstract: SIAARTI National Congress 2022, Roma (comunicazione orale).')
    B('LINGUE', 'Sec')
    B('Madrelingua: Italiano. Inglese: C1 (IELTS 7.5). Spagnolo: B2.')
    B('COMPETENZE', 'Sec')
    B('ACLS/BLSD (IRC), ecografia point-of-care, gestione vie aeree difficili.')
    p = os.path.join(TMP, 'w111_004.odt'); doc.save(p); return p

def cz():
    doc, st, ps = base()
    ps('Name', '22pt', True, '#12355b'); ps('Sec', '12pt', True, '#12355b', None, '0.3cm', '0.1cm'); ps('Body', '10pt'); ps('BodyB', '10pt', True)
    ps('Box', '9pt', False, '#12355b')
    fs = Style(name='fr1', family='graphic'); fs.addElement(GraphicProperties(border='0.05cm solid #12355b', padding='0.15cm', backgroundcolor='#eef3f8', wrap='none', verticalpos='top', horizontalpos='right', horizontalrel='paragraph', verticalrel='paragraph'))
    doc.automaticstyles.addElement(fs)
    p0 = P(stylename=st['Name'])
    fr = Frame(stylename=fs, width='6.2cm', height='3.2cm', anchortype='paragraph', x='11cm', y='0cm')
    tb = TextBox()
    for line in ['KONTAKT / CONTACT', 'Tomáš Dvořák', 'Korunní 2569/108, 101 00 Praha 10', 'Tel.: +420 603 512 478', 'tomas.dvorak.kardio@seznam.cz', 'Born 1993, Czech citizen']:
        tb.addElement(P(stylename=st['Box'], text=line))
    fr.addElement(tb); p0.addElement(fr)
    p0.addText('MUDr. Tomáš Dvořák')
    doc.text.addElement(p0)
    B = lambda t, s='Body': doc.text.addElement(P(stylename=st[s], text=t))
    B('Cardiology resident · Curriculum vitae')
    B(''); B(''); B('')
    B('EDUCATION', 'Sec')
    B('09/2013 – 06/2019  Charles University, Third Faculty of Medicine (Univerzita Karlova, 3. lékařská fakulta), Prague — General Medicine, MUDr. (graduated with honours / s vyznamenáním)')
    B('02/2017 – 06/2017  Erasmus semester, Universität Wien (Medizinische Universität Wien), Austria')
    B('CLINICAL & RESEARCH EXPERIENCE', 'Sec')
    B('09/2019 – 06/2022  Resident physician, Department of Cardiology, IKEM (Institute for Clinical and Experimental Medicine), Prague')
    B('07/2022 – 06/2023  Postdoctoral Research Fellow, Department of Cardiovascular Medicine, Mayo Clinic, Rochester, MN, USA (cardio-oncology imaging)')
    B('05/2023 – 06/2023  Clinical observership, Cardiology (echo lab and heart-failure service), Mayo Clinic, Rochester, MN — concurrent with the fellowship')
    B('07/2023 – present  Cardiology resident (atestační příprava), IKEM, Prague')
    B('EXAMINATIONS', 'Sec')
    B('USMLE Step 1: 231 (2021) · USMLE Step 2 CK: 240 (2022) · ECFMG certified (2022)')
    B('Czech board exam in Internal Medicine (kmen): passed 2022')
    B('PUBLICATIONS (peer-reviewed)', 'Sec')
    B('1. Dvořák T, Kautzner J. Left atrial strain in paroxysmal AF. Cor Vasa. 2021;63:412-418.')
    B('2. Dvořák T, et al. Cardiac MRI after anthracyclines. JACC CardioOncol. 2023;5(2):201-210.')
    B('3. Novák P, Dvořák T, et al. Global longitudinal strain in trastuzumab therapy. Eur Heart J Cardiovasc Imaging. 2023;24:988-996.')
    B('4. Dvořák T, Villarraga HR. Strain imaging in cardio-oncology: review. Echocardiography. 2024;41:e15722.')
    B('Submitted: Dvořák T, et al. AI-based LVEF estimation in cancer survivors (under review).')
    B('INTERESTS', 'Sec')
    B('Cardiology (cardio-oncology, echocardiography); Internal Medicine residency in the US as pathway to Cardiology fellowship.')
    B('LANGUAGES', 'Sec')
    B('Czech — native; Slovak — fluent; English — C2; German — B2')
    B('REFERENCES', 'Sec')
    B('Prof. Hector R. Villarraga, Mayo Clinic, Rochester, MN — villarraga.h@mayo-cardio.example.org, +1 507 555 0166')
    p = os.path.join(TMP, 'w111_012.odt'); doc.save(p); return p

def es_html():
    html = '''<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>CV</title></head><body style="font-family:Liberation Serif">
<h1 style="color:#8b0000">María del Carmen López Fernández</h1>
<p><b>Médica especialista en Obstetricia y Ginecología</b><br>
Calle de Andrés Mellado 54, 28015 Madrid &middot; Tel. (+34) 655 12 39 87 &middot; mcarmen.lopezfdez@gmail.com<br>
Fecha de nacimiento: 1996 &middot; Nacionalidad: española</p>
<h2>Objetivo</h2><p>Residencia en Obstetrics and Gynecology en EE. UU. Necesitaré visado J-1 (patrocinio ECFMG).</p>
<h2>Formación académica</h2>
<table border="0" cellpadding="3">
<tr><td width="160">sept. 2014 – jun. 2020</td><td><b>Grado en Medicina</b>, Universidad Complutense de Madrid. Nota media 8,6/10 (360 ECTS).</td></tr>
<tr><td>ene. 2021</td><td>Examen MIR 2021 — número de orden 1.203</td></tr>
<tr><td>may. 2021 – may. 2025</td><td><b>Médico Interno Residente (MIR) en Obstetricia y Ginecología</b>, Hospital Universitario 12 de Octubre, Madrid</td></tr>
</table>
<h2>Experiencia clínica</h2>
<table border="0" cellpadding="3">
<tr><td width="160">desde jun. 2025</td><td><b>Facultativa Especialista de Área (FEA)</b>, Servicio de Ginecología y Obstetricia, Hospital Universitario La Paz, Madrid</td></tr>
<tr><td>sept. 2024 – nov. 2024</td><td><b>Rotación externa (observership)</b>, Department of Obstetrics, Gynecology &amp; Reproductive Sciences, Jackson Memorial Hospital / University of Miami, Miami, Florida, EE. UU.</td></tr>
<tr><td>feb. 2023 – abr. 2023</td><td>Rotación externa en Medicina Materno-Fetal, Hospital Clínic de Barcelona</td></tr>
</table>
<h2>Exámenes USMLE / ECFMG</h2>
<ul><li>USMLE Step 1: aprobado (Pass), marzo 2025</li><li>USMLE Step 2 CK: 233 (agosto 2026)</li><li>Certificación ECFMG: en trámite</li></ul>
<h2>Publicaciones</h2>
<ol><li>López Fernández MC, Pérez Medina T. Preeclampsia precoz y ratio sFlt-1/PlGF. Prog Obstet Ginecol. 2022;65:120-127.</li>
<li>García-Honduvilla N, López Fernández MC, et al. Cesarean scar niche and subsequent fertility. Eur J Obstet Gynecol Reprod Biol. 2024;293:44-50.</li></ol>
<p>Comunicaciones a congresos: 4 pósteres (SEGO 2022, 2023, 2024; FIGO 2023).</p>
<h2>Idiomas</h2><p>Castellano: lengua materna &middot; Inglés: C1 (Cambridge Advanced) &middot; Francés: B1</p>
<h2>Referencias</h2><p>Dra. Ana Belén Ruiz, Jefa de Servicio, Hospital 12 de Octubre — abruiz@h12o-gine.example.es — +34 91 390 8000</p>
</body></html>'''
    p = os.path.join(TMP, 'w111_014.html'); open(p, 'w', encoding='utf-8').write(html); return p

if __name__ == '__main__':
    print(it()); print(cz()); print(es_html())
