"""odfpy generators: 003 (ODT -> LibreOffice PDF), 011 (native ODT)."""
import shutil
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties
from odf.text import P, H, Span
from odf.table import Table, TableColumn, TableRow, TableCell
from common import out, work, soffice_convert, WORK


class Odt:
    def __init__(self, font="Liberation Sans"):
        self.doc = OpenDocumentText()
        s = self.doc.styles
        self.p = Style(name="Body", family="paragraph")
        self.p.addElement(TextProperties(fontsize="10.5pt", fontfamily=font))
        self.p.addElement(ParagraphProperties(margintop="0.05cm", marginbottom="0.08cm"))
        s.addElement(self.p)
        self.h = Style(name="Head", family="paragraph")
        self.h.addElement(TextProperties(fontsize="12pt", fontweight="bold", fontfamily=font, color="#7a1f1f"))
        self.h.addElement(ParagraphProperties(margintop="0.35cm", marginbottom="0.1cm", borderbottom="0.5pt solid #7a1f1f"))
        s.addElement(self.h)
        self.t = Style(name="Title", family="paragraph")
        self.t.addElement(TextProperties(fontsize="18pt", fontweight="bold", fontfamily=font))
        self.t.addElement(ParagraphProperties(textalign="center"))
        s.addElement(self.t)
        self.c = Style(name="Center", family="paragraph")
        self.c.addElement(TextProperties(fontsize="10.5pt", fontfamily=font))
        self.c.addElement(ParagraphProperties(textalign="center"))
        s.addElement(self.c)
        self.b = Style(name="Bold", family="text")
        self.b.addElement(TextProperties(fontweight="bold"))
        s.addElement(self.b)
        self.cell = Style(name="Cell", family="table-cell")
        self.cell.addElement(TableCellProperties(border="0.5pt solid #444444", padding="0.08cm"))
        self.doc.automaticstyles.addElement(self.cell)
        self.ntab = 0

    def title(self, text):
        self.doc.text.addElement(P(stylename=self.t, text=text))

    def center(self, text):
        self.doc.text.addElement(P(stylename=self.c, text=text))

    def head(self, text):
        self.doc.text.addElement(P(stylename=self.h, text=text))

    def para(self, text, boldlead=None):
        p = P(stylename=self.p)
        if boldlead:
            p.addElement(Span(stylename=self.b, text=boldlead))
        p.addText(text)
        self.doc.text.addElement(p)

    def table(self, rows, widths, header=False):
        self.ntab += 1
        t = Table(name=f"T{self.ntab}")
        for i, w in enumerate(widths):
            cs = Style(name=f"T{self.ntab}C{i}", family="table-column")
            cs.addElement(TableColumnProperties(columnwidth=w))
            self.doc.automaticstyles.addElement(cs)
            t.addElement(TableColumn(stylename=cs))
        for ri, row in enumerate(rows):
            tr = TableRow()
            for ci, v in enumerate(row):
                tc = TableCell(stylename=self.cell)
                p = P(stylename=self.p)
                if (header and ri == 0) or (not header and ci == 0 and len(row) == 2):
                    p.addElement(Span(stylename=self.b, text=v))
                else:
                    p.addText(v)
                tc.addElement(p)
                tr.addElement(tc)
            t.addElement(tr)
        self.doc.text.addElement(t)

    def save(self, path):
        self.doc.save(path)


def f003():
    o = Odt(font="Noto Sans")
    o.title("CURRICULUM VITAE")
    o.center("Dr. Farhana Akter  (ডা. ফারহানা আক্তার)")
    o.center("MBBS (DMC), FCPS Part-I (Obstetrics & Gynaecology)")
    o.head("Personal Particulars")
    o.table([
        ["Name", "Dr. Farhana Akter"],
        ["Father's Name", "Md. Abdul Karim"],
        ["Mother's Name", "Mst. Rokeya Begum"],
        ["Date of Birth", "17 February 1994"],
        ["Nationality", "Bangladeshi (by birth)"],
        ["Religion", "Islam"],
        ["Marital Status", "Married"],
        ["Present Address", "Flat 5B, House 12, Road 7, Dhanmondi, Dhaka-1205"],
        ["Mobile", "+880 1711-234567"],
        ["E-mail", "farhana.akter.dmc@gmail.com"],
        ["BMDC Reg. No.", "A-98214"],
    ], ["4.5cm", "12cm"])
    o.head("Career Objective")
    o.para("To obtain a residency position in Obstetrics and Gynecology in the USA; I am also open to "
           "Family Medicine programs with a strong women's health track.")
    o.head("Academic Qualifications")
    o.table([
        ["Degree", "Institution", "Year", "Result"],
        ["MBBS", "Dhaka Medical College, University of Dhaka", "2012 – 2018", "Passed (Honours in Gynae & Obs)"],
        ["HSC", "Holy Cross College, Dhaka", "2011", "GPA 5.00"],
        ["SSC", "Viqarunnisa Noon School, Dhaka", "2009", "GPA 5.00"],
    ], ["2.5cm", "7.5cm", "3cm", "4cm"], header=True)
    o.head("Internship")
    o.para("One year rotatory internship, Dhaka Medical College Hospital: 01/07/2018 – 30/06/2019 "
           "(Medicine, Surgery, Gynae & Obs).")
    o.head("Postgraduate Examinations")
    o.table([
        ["Examination", "Year", "Result"],
        ["FCPS Part-I (Obs & Gynae), BCPS", "2020", "Passed"],
        ["USMLE Step 1", "2023", "Pass"],
        ["USMLE Step 2 CK", "2024", "231"],
        ["ECFMG Certification", "—", "Pending (OET result awaited)"],
    ], ["8cm", "3cm", "5.5cm"], header=True)
    o.head("Professional Experience")
    o.para("Honorary Medical Officer, Department of Obstetrics & Gynaecology, Dhaka Medical College Hospital "
           "— July 2019 to December 2022.")
    o.para("Medical Officer, Marie Stopes Clinic, Mirpur, Dhaka — January 2023 to April 2025.")
    o.head("Clinical Experience in the USA")
    o.para(" Obstetrics & Gynecology, Maimonides-affiliated Women's Health Center, Brooklyn, NY — "
           "4 weeks, starting 2 June 2025.", boldlead="Observership —")
    o.para(" Family Medicine, Paterson Community Health Clinic, Paterson, NJ — Sep 2025 – Nov 2025.",
           boldlead="Hands-on Externship —")
    o.head("Publications")
    o.para("Akter F, Sultana N. Outcome of labour induction with misoprostol in a tertiary hospital of "
           "Bangladesh. Bangladesh J Obstet Gynaecol. 2021;36(1):22-7.")
    o.para("Poster: 'Eclampsia trends at DMCH 2015–2020', OGSB International Conference 2021.")
    o.head("Languages")
    o.para("Bengali (mother tongue), English (fluent), Hindi (conversational)")
    o.head("Reference")
    o.para("Prof. Dr. Nasreen Sultana, FCPS, Department of Obs & Gynae, DMCH. Mobile: +880 1819-112233")
    o.head("Declaration")
    o.para("I hereby declare that all the information furnished above is true to the best of my knowledge.")
    o.para("Place: Dhaka                                   Date: 14/11/2026")
    o.para("Signature: ____________________")
    src = work("w113_003_src.odt")
    o.save(src)
    pdf = soffice_convert(src, "pdf", WORK)
    shutil.move(pdf, out("w113_003_odt_pdf_biodata.pdf"))


def f011():
    o = Odt(font="Liberation Serif")
    o.title("RESUME")
    o.center("Dr. PRIYA NAIR, MBBS")
    o.center("TC 25/1190, Vazhuthacaud, Thiruvananthapuram, Kerala 695014 | +91 94470 12398 | priya.nair.tvm@gmail.com")
    o.head("Personal Data")
    o.table([
        ["Husband's Name", "Mr. Arun Menon"],
        ["Date of Birth", "29th May 1995"],
        ["Nationality", "Indian"],
        ["Marital Status", "Married"],
        ["Languages Known", "Malayalam, English, Hindi, Tamil"],
    ], ["5cm", "11.5cm"])
    o.head("Objective")
    o.para("Dedicated physician seeking a Psychiatry residency position; keen interest in child and "
           "adolescent mental health.")
    o.head("Education")
    o.table([
        ["Course", "College", "University", "Year of passing", "Percentage"],
        ["MBBS", "Government Medical College, Thiruvananthapuram", "Kerala University of Health Sciences", "2019", "71.2%"],
        ["Plus Two", "Holy Angels' ISC, Thiruvananthapuram", "ISC", "2013", "93%"],
    ], ["2cm", "5cm", "4.5cm", "2.5cm", "2.5cm"], header=True)
    o.head("House Surgency")
    o.para("Compulsory Rotating Residential Internship (house surgency), Medical College Hospital, "
           "Thiruvananthapuram — 15.04.2019 to 14.04.2020.")
    o.head("Work Experience")
    o.para("Assistant Surgeon (Medical Officer), Community Health Centre, Kazhakkoottam — May 2020 – Aug 2023.")
    o.head("USMLE / ECFMG")
    o.para("USMLE Step 1: PASS (2022); USMLE Step 2 CK: 229 (2023); ECFMG certified (2023). "
           "NEET-PG 2020: qualified.")
    o.head("US Experience")
    o.para(" Research Volunteer, Department of Psychiatry, Gulf Coast Behavioral Health Institute, Houston, TX — "
           "Oct 2023 – Mar 2024", boldlead="1.")
    o.para(" Observership, Psychiatry (inpatient & consult-liaison), Gulf Coast Behavioral Health Institute, "
           "Houston, TX — 04.2024 – 06.2024", boldlead="2.")
    o.head("Publications")
    o.para("1. Nair P, Menon A, Thomas S. Screen time and anxiety among adolescents in Kerala. Indian J Psychiatry. "
           "2022;64(4):380-5.")
    o.para("2. Nair P, et al. Postpartum depression screening in primary care: a cross-sectional study. "
           "Asian J Psychiatr. 2024;91:103850.")
    o.head("References")
    o.para("Dr. Susan Thomas, Professor of Psychiatry, GMC Thiruvananthapuram — +91 94460 33210")
    o.para("Dr. Robert Hale, MD, Gulf Coast Behavioral Health Institute, Houston — (832) 555-0175")
    o.head("Declaration")
    o.para("I hereby declare that the above-mentioned details are true to the best of my knowledge.")
    o.para("Place: Thiruvananthapuram          Date: 01/12/2026          (PRIYA NAIR)")
    o.save(out("w113_011_odt_resume.odt"))


if __name__ == "__main__":
    f003(); f011()
