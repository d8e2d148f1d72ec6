import os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
import json
T = {
"docx_table": ("python-docx", "Name in CAPS; phone/email only in the page header; the two US rotations in a 3-column grid table (dates | type – specialty | hospital); MIR residency listed after the Grado (primary degree = Grado en Medicina, UCM); dates 'mar. 2024 – may. 2024'; Catalan; 1 poster + 1 manuscript in prep not counted."),
"docx_lo_pdf_footer": ("python-docx → LibreOffice headless PDF", "Portuguese; contacts only in footer (every page, 2 pages); dates 'jan/2025 – jun/2025'; research (6 mo) overlaps hands-on (2 mo) at the same hospital → 6 months total, 2 clinical; PLAB listed (not USMLE); Internato de Cardiologia is not the primary degree."),
"html_chromium_sidebar": ("HTML/CSS → Chromium print-to-PDF", "Two-column flex sidebar with contacts; text extraction interleaves columns; dates '03/2025 - 04/2025'; overlapping IM hands-on & Heme/Onc observership (Apr shared); 1-month telehealth '01/2025' start==end; Toronto (Canada) observership is NOT USCE; argentine mobile +54 9 11."),
"reportlab_plain": ("reportlab platypus", "Chile 'Médico Cirujano' with an intermediate 'Licenciatura en Medicina' line (2020) that is not the graduation; dates in full Spanish month names 'junio–julio 2025'; no Step 2 CK score (NBME practice 238 only); 'Aún sin certificación ECFMG' = not_certified."),
"fpdf2_twocol": ("fpdf2", "Grey left sidebar with name/contacts/languages/references; ISO dates; ongoing research 'desde enero 2025' → 2026-12; Step 3 score present; H-1B."),
"txt_plain": ("plain UTF-8 text", "Student (egreso previsto 2027) → is_student true; English month abbreviations in an otherwise Spanish CV; 'Mar 2026 – present' internship is in Bolivia (not USCE); Quechua/Aymara; no ECFMG statement → null."),
"odt_soffice": ("python-docx → LibreOffice ODT", "Title 'Dr.' before the CAPS name (excluded from full_name); contacts in header; Step 1 numeric 224; 'Maestría en Medicina Interna' residency is not the primary degree; overlapping GA rotations Oct–Nov & Nov–Dec → 3 months."),
"rtf_hand": ("hand-written RTF (\\uN escapes)", "Title 'Dra.'; contacts only in RTF \\header; telehealth (NY, 3 mo) + observership NJ; 'Step 2 CS' line is not a USMLE score; 2 manuscripts in prep not counted."),
"docx_textbox": ("python-docx + raw VML text box", "Contacts only inside a floating VML text box (w:txbxContent), not in body paragraphs; Guaraní; ongoing 'desde abril 2025' research → 2026-12."),
"html_chromium_table": ("HTML tables → Chromium print-to-PDF", "Everything in tables; dates '2024.05' (single month) and '2025.09 – 2025.10'; no visa statement → null."),
"reportlab_en": ("reportlab (Letter)", "English CV from Brazil; 'Dr. … , MD' around the name; 'Medicina (Grau)'; Residência in Neurology is not the primary degree; USCE predates graduation; NBME CBSSA practice score is not USMLE; research Jul–Dec 2022 + hands-on Jan–Feb 2023."),
"docx_header_footer": ("python-docx (header + footer + bullets)", "Contacts only in footer, header holds 'Curriculum Vitae — name'; graduation 2026 (before the 2026-12-01 reference) → not a student; Geriatrics observership single month 08/2025 overlapping hands-on Jul–Aug."),
"fpdf2_mixed_lang": ("fpdf2", "Angola; Portuguese with an English line; 'Licenciatura em Medicina' primary, 'Especialização em Cirurgia Geral' not; Kimbundu."),
"txt_pt": ("plain UTF-8 text", "Mozambique; Step 1 'Fail (1st attempt)' → 'fail'; ECFMG not certified; research at Johns Hopkins (MD state) Sep 2023–Feb 2024 is the only USCE → clinical 0; MPH is not the medical degree; home job 'atualmente'."),
"html_lo_docx": ("HTML → LibreOffice DOCX export", "DOCX produced by LibreOffice from HTML tables (different XML than python-docx); Canada (Toronto) observership is not USCE; MCCQE Part I is not USMLE; overlapping CA (Mar–May) and AZ (May–Jun) → 4 months."),
"rtf_lo_pdf": ("RTF → LibreOffice PDF", "Contacts in the header of the PDF; 'Médica Cirujana'; telehealth Mar–May 2024 excluded from clinical months; residency 'actualidad'."),
"scan_png_rotated": ("reportlab → pdftoppm 150 dpi → Pillow rotate/noise/blur → PNG", "Image only, rotated ~0.5–2°, Gaussian noise."),
"scan_jpg_photo": ("same pipeline → JPEG q70", "Image only, Portuguese, '04/2025 - 05/2025'."),
"scan_pdf_imageonly": ("same pipeline → Pillow image-only PDF", "No text layer, no fonts."),
"scan_pdf_lowcontrast": ("same pipeline, low contrast → image PDF", "Grey on grey; Step 1 numeric 231; PLAB 1 line is not USMLE; 6 publications."),
"scan_jpg_blur": ("same pipeline, strong blur → JPEG", "Blurred; Portuguese 'set/2024 – out/2024'."),
"damaged_truncated_pdf": ("Chromium PDF cut to 1/3 of its bytes", "no xref/EOF; error."),
"damaged_encrypted_pdf": ("pypdf encrypt, user password 'cv2025' (RC4-128)", "cannot open without password; error."),
"damaged_random_docx": ("20,000 random bytes named .docx", "not a zip; error."),
}
rows=[json.loads(l) for l in open(os.path.join(ROOT,'truth.jsonl'))]
out=["# w81 — Spanish/Portuguese-speaking IMG CVs","","16 readable (5 PDF via Chromium/LibreOffice/reportlab/fpdf2, 4 DOCX, 1 ODT, 1 RTF, 2 TXT, plus 3 more PDFs), 5 scans (2 image PDFs, 1 PNG, 2 JPG), 3 damaged. Rebuild: `bash generators/build.sh` (needs soffice, chromium, pdftoppm, pdftotext, pdffonts).","","| file | layout | toolchain | tricky |","|---|---|---|---|"]
for r in rows:
    tc,tr=T[r['layout']]; out.append(f"| {r['file']} | {r['layout']} | {tc} | {tr} |")
out+=["","## Judgement calls on the truth","",
"- Primary degree = the first medical degree (Grado/Licenciatura/Médico Cirujano/Mestrado Integrado/Medicina (Grau)); MIR, Residência, Internato de especialidade, Maestría (residency), Beca, Posgrado, MPH are never the primary degree. For Chile (004) the 'Licenciatura en Medicina (grado académico intermedio) 2020' is an intermediate academic degree; graduation_year is the Médico Cirujano year 2023.",
"- graduation_year 2026 with no month (012) is treated as awarded by 2026-12-01 → is_student false; 2027 (006) → true.",
"- Ongoing US entries ('desde enero 2025', 'desde abril 2025') end 2026-12.",
"- usce_months counts distinct calendar months across all US entries (overlaps once); clinical = hands_on + observership only.",
"- Publications: only lines marked 'peer-reviewed' journal articles; posters ('Póster', 'Pôster'), 'Manuscrito en preparación', 'Manuscrito submetido (em revisão)' are not counted.",
"- Specialties come from the OBJETIVO/OBJECTIVE line only (Spanish/Portuguese names mapped to the vocabulary, e.g. 'Neumología y Cuidados Críticos' → Pulmonology/Critical Care, 'Clínica Médica' → Internal Medicine, 'Infectologia' → Infectious Disease).",
"- Languages: English names; regional ones kept (Catalan, Quechua, Aymara, Guarani, Kimbundu, Changana).",
"- visa: 'Requiere visa J-1' / 'Necessita visto J-1' → j1; 'Visa B1/B2 vigente' → b1b2; 'Elegible / requiere visa H-1B' → h1b; no statement → null.",
"- ECFMG: 'en trámite (pendiente)' → pending; 'Aún sin certificación' / 'Ainda não certificado' → not_certified; nothing → null.",
"- Referees (US and home-country doctors with their own emails/phones) appear in every CV and are never the applicant's contact.",
"- Scans have the same truth as the source reportlab rendering (single page each); the PNG/JPG scans were checked visually to hold the whole page.",
"- Phones: Argentine mobiles keep the '9' (+54 9 11 … → +549…); Brazilian '(11) 98765-4321' → +5511987654321."]
open(os.path.join(ROOT,'NOTES.md'),'w').write("\n".join(out)+"\n")
