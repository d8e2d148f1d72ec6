# -*- coding: utf-8 -*-
"""Applicant data (truth) + rendering hints. Every truth value is rendered into the CV by render.py."""
P = []
def add(**k): P.append(k)

add(n=1, layout="docx_table", ext="docx", lang="es", df="es_abbr", ongoing="actualmente",
    full_name="María José Fernández Ruiz", email="mjfernandez.ruiz@gmail.com", phone_disp="+34 612 34 56 78", phone_e164="+34612345678",
    degree="Grado en Medicina", medical_school="Universidad Complutense de Madrid", city="Madrid", medical_school_country="ES", graduation_year=2021, is_student=False,
    extra_edu=[("MIR – Residencia en Medicina Familiar y Comunitaria, Hospital Universitario 12 de Octubre, Madrid", "2022 – 2026")],
    usmle_step1="pass", usmle_step2ck=241, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
    specialties=["Internal Medicine", "Family Medicine"], languages=["Spanish", "English", "Catalan"], publications=2, posters=1, inprep=1,
    usce=[("observership","Internal Medicine","FL","2024-03","2024-05"),("research","Cardiology","FL","2024-06","2024-08")],
    local=[("Rotación de Urgencias, Hospital Clínico San Carlos, Madrid","2020-09","2020-12")], born=1996)

add(n=2, layout="docx_lo_pdf_footer", ext="pdf", lang="pt", df="pt_abbr", ongoing="até o momento",
    full_name="João Pedro Gonçalves Tavares", email="jp.goncalves.tavares@outlook.pt", phone_disp="+351 912 345 678", phone_e164="+351912345678",
    degree="Mestrado Integrado em Medicina", medical_school="Faculdade de Medicina da Universidade de Lisboa", city="Lisboa", medical_school_country="PT", graduation_year=2020, is_student=False,
    extra_edu=[("Internato de Formação Específica em Cardiologia, Hospital de Santa Maria, Lisboa", "2022 – presente")],
    usmle_step1="pass", usmle_step2ck=238, other_exams=["PLAB 1 e PLAB 2: aprovado (GMC, Reino Unido)"], usmle_step3=None, ecfmg_status="certified", visa_status="j1",
    specialties=["Cardiology", "Internal Medicine"], languages=["Portuguese", "English", "Spanish"], publications=4, posters=2, inprep=0,
    usce=[("hands_on","Cardiology","OH","2025-01","2025-02"),("research","Cardiology","OH","2025-01","2025-06")],
    local=[("Estágio em Medicina Interna, Hospital de São José","2019-02","2019-06")], born=1995)

add(n=3, layout="html_chromium_sidebar", ext="pdf", lang="es", df="slash", ongoing="hasta la fecha",
    full_name="Santiago Ignacio Pereyra Olmos", email="santiago.pereyra.olmos@gmail.com", phone_disp="+54 9 11 4567-8901", phone_e164="+5491145678901",
    degree="Médico (Título de grado)", medical_school="Universidad de Buenos Aires", city="Buenos Aires", medical_school_country="AR", graduation_year=2022, is_student=False,
    extra_edu=[("Residencia de Clínica Médica, Hospital de Clínicas José de San Martín", "2023 – 2024")],
    usmle_step1="pass", usmle_step2ck=252, usmle_step3=None, ecfmg_status="pending", visa_status="b1b2",
    specialties=["Internal Medicine", "Hematology/Oncology"], languages=["Spanish", "English", "Italian"], publications=1, posters=3, inprep=1,
    usce=[("hands_on","Internal Medicine","NY","2025-03","2025-04"),("observership","Hematology/Oncology","NY","2025-04","2025-05"),("telehealth","Internal Medicine","TX","2025-01","2025-01")],
    local=[("Guardia de Clínica Médica, Hospital Italiano de Buenos Aires","2022-04","2022-12"),("Observership en Pediatría, The Hospital for Sick Children, Toronto, ON (Canadá)","2024-09","2024-10")], born=1997)

add(n=4, layout="reportlab_plain", ext="pdf", lang="es", df="es_long", ongoing="actualmente",
    full_name="Valentina Ignacia Muñoz Sepúlveda", email="vale.munoz.sepulveda@uc.cl", phone_disp="+56 9 8765 4321", phone_e164="+56987654321",
    degree="Médico Cirujano", medical_school="Pontificia Universidad Católica de Chile", city="Santiago", medical_school_country="CL", graduation_year=2023, is_student=False,
    extra_edu=[("Licenciatura en Medicina (grado académico intermedio)", "2020")],
    usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status="not_certified", visa_status="b1b2",
    specialties=["Pediatrics"], languages=["Spanish", "English", "German"], publications=0, posters=1, inprep=1,
    usce=[("observership","Pediatrics","TX","2025-06","2025-07")],
    local=[("Médico General de Zona, CESFAM Puerto Natales","2023-05","2025-04")], born=1998)

add(n=5, layout="fpdf2_twocol", ext="pdf", lang="es", df="iso", ongoing="desde",
    full_name="Andrés Sebastián Játiva Cevallos", email="andres.jativa.c@hotmail.com", phone_disp="+593 99 876 5432", phone_e164="+593998765432",
    degree="Médico", medical_school="Universidad San Francisco de Quito", city="Quito", medical_school_country="EC", graduation_year=2021, is_student=False,
    extra_edu=[], usmle_step1="pass", usmle_step2ck=230, usmle_step3=218, ecfmg_status="certified", visa_status="h1b",
    specialties=["Emergency Medicine"], languages=["Spanish", "English"], publications=1, posters=0, inprep=0,
    usce=[("hands_on","Emergency Medicine","IL","2024-09","2024-10"),("research","Emergency Medicine","IL","2025-01","ongoing")],
    local=[("Medicina Rural, Centro de Salud Tipo B, Otavalo","2021-09","2022-08")], born=1995)

add(n=6, layout="txt_plain", ext="txt", lang="es", df="mixed_en", ongoing="present",
    full_name="Camila Fernanda Quispe Mamani", email="camila.quispe.m@gmail.com", phone_disp="+591 71234567", phone_e164="+59171234567",
    degree="Licenciada en Medicina", medical_school="Universidad Mayor de San Andrés", city="La Paz", medical_school_country="BO", graduation_year=2027, is_student=True,
    extra_edu=[], usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status="b1b2",
    specialties=["Obstetrics and Gynecology"], languages=["Spanish", "Quechua", "Aymara", "English"], publications=0, posters=1, inprep=0,
    usce=[("observership","Obstetrics and Gynecology","CA","2026-01","2026-02")],
    local=[("Internado Rotatorio, Hospital de Clínicas Universitario, La Paz","2026-03","ongoing")], born=2000)

add(n=7, layout="odt_soffice", ext="odt", lang="es", df="es_abbr", ongoing="hasta la fecha",
    full_name="José Alejandro Girón Castañeda", email="ja.giron.castaneda@gmail.com", phone_disp="+502 5512 3456", phone_e164="+50255123456",
    degree="Médico y Cirujano (Licenciatura)", medical_school="Universidad de San Carlos de Guatemala", city="Ciudad de Guatemala", medical_school_country="GT", graduation_year=2019, is_student=False,
    extra_edu=[("Maestría en Medicina Interna (residencia), Hospital Roosevelt", "2020 – 2023")],
    usmle_step1=224, usmle_step2ck=226, title="Dr.", usmle_step3=None, ecfmg_status="certified", visa_status="j1",
    specialties=["Internal Medicine", "Nephrology"], languages=["Spanish", "English"], publications=3, posters=1, inprep=0,
    usce=[("hands_on","Nephrology","GA","2024-10","2024-11"),("hands_on","Internal Medicine","GA","2024-11","2024-12")],
    local=[("Médico Residente, Hospital Roosevelt","2020-01","2023-12")], born=1993)

add(n=8, layout="rtf_hand", ext="rtf", lang="es", df="slash", ongoing="actualmente",
    full_name="Daniela Alejandra Zelaya Ordóñez", email="dani.zelaya.ordonez@yahoo.com", phone_disp="+504 9876-5432", phone_e164="+50498765432",
    degree="Doctora en Medicina y Cirugía", medical_school="Universidad Nacional Autónoma de Honduras", city="Tegucigalpa", medical_school_country="HN", graduation_year=2022, is_student=False,
    extra_edu=[("Servicio Social, Centro de Salud de Danlí", "2022 – 2023")],
    usmle_step1="pass", usmle_step2ck=244, title="Dra.", other_exams=["Step 2 CS: no aplica (descontinuado)"], usmle_step3=None, ecfmg_status="certified", visa_status="j1",
    specialties=["Psychiatry"], languages=["Spanish", "English"], publications=1, posters=0, inprep=2,
    usce=[("telehealth","Psychiatry","NY","2024-02","2024-04"),("observership","Psychiatry","NJ","2024-07","2024-08")],
    local=[("Servicio Social","2022-06","2023-05")], born=1996)

add(n=9, layout="docx_textbox", ext="docx", lang="es", df="es_abbr", ongoing="desde",
    full_name="Lucía Belén Benítez Giménez", email="lucia.benitez.gimenez@gmail.com", phone_disp="+595 981 234567", phone_e164="+595981234567",
    degree="Médico Cirujano", medical_school="Universidad Nacional de Asunción", city="Asunción", medical_school_country="PY", graduation_year=2020, is_student=False,
    extra_edu=[("Residencia en Pediatría, Hospital de Clínicas, San Lorenzo", "2021 – 2024")],
    usmle_step1="pass", usmle_step2ck=235, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
    specialties=["Pediatrics", "Infectious Disease"], languages=["Spanish", "Guarani", "English", "Portuguese"], publications=2, posters=2, inprep=0,
    usce=[("observership","Pediatrics","MA","2025-02","2025-03"),("research","Infectious Disease","MA","2025-04","ongoing")],
    local=[("Residente de Pediatría","2021-03","2024-02")], born=1994)

add(n=10, layout="html_chromium_table", ext="pdf", lang="es", df="dot", ongoing="actualmente",
    full_name="Martín Nicolás Acosta Ferreira", email="martin.acosta.ferreira@gmail.com", phone_disp="+598 99 123 456", phone_e164="+59899123456",
    degree="Doctor en Medicina", medical_school="Universidad de la República", city="Montevideo", medical_school_country="UY", graduation_year=2021, is_student=False,
    extra_edu=[("Posgrado de Anestesiología, Hospital de Clínicas Dr. Manuel Quintela", "2022 – 2025")],
    usmle_step1="pass", usmle_step2ck=247, usmle_step3=None, ecfmg_status="certified", visa_status=None,
    specialties=["Anesthesiology"], languages=["Spanish", "English", "Portuguese"], publications=1, posters=1, inprep=0,
    usce=[("observership","Anesthesiology","PA","2024-05","2024-05"),("hands_on","Anesthesiology","PA","2025-09","2025-10")],
    local=[("Posgrado de Anestesiología","2022-03","2025-02")], born=1995)

add(n=11, layout="reportlab_en", ext="pdf", lang="en", df="en_abbr", ongoing="present",
    full_name="Thiago Henrique Albuquerque Lima", email="thiago.h.lima@usp.br", phone_disp="+55 (11) 98765-4321", phone_e164="+5511987654321",
    degree="Medicina (Grau) – Doctor of Medicine equivalent", medical_school="Universidade de São Paulo", city="São Paulo", medical_school_country="BR", graduation_year=2023, is_student=False,
    extra_edu=[("Residência Médica em Neurologia, Hospital das Clínicas FMUSP", "2024 – present")],
    usmle_step1="pass", usmle_step2ck=255, title="Dr.", other_exams=["Revalida: not applicable; NBME CBSSA practice: 68"], usmle_step3=None, ecfmg_status="pending", visa_status="j1",
    specialties=["Neurology"], languages=["Portuguese", "English", "Spanish", "French"], publications=5, posters=3, inprep=1,
    usce=[("hands_on","Neurology","MN","2023-01","2023-02"),("research","Neurology","MN","2022-07","2022-12")],
    local=[("Internato, Hospital das Clínicas FMUSP","2021-01","2022-12")], born=1998)

add(n=12, layout="docx_header_footer", ext="docx", lang="pt", df="slash", ongoing="até o momento",
    full_name="Ana Beatriz Oliveira Nascimento", email="anabeatriz.nascimento@gmail.com", phone_disp="+55 31 99123-4567", phone_e164="+5531991234567",
    degree="Graduação em Medicina", medical_school="Universidade Federal de Minas Gerais", city="Belo Horizonte", medical_school_country="BR", graduation_year=2026, is_student=False,
    extra_edu=[], usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status="b1b2",
    specialties=["Family Medicine", "Geriatrics"], languages=["Portuguese", "English", "Spanish"], publications=1, posters=2, inprep=1,
    usce=[("hands_on","Family Medicine","MI","2025-07","2025-08"),("observership","Geriatrics","MI","2025-08","2025-08")],
    local=[("Internato em Medicina de Família, Centro de Saúde Santa Tereza","2025-02","2025-06")], born=2001)

add(n=13, layout="fpdf2_mixed_lang", ext="pdf", lang="pt", df="pt_abbr", ongoing="atualmente",
    full_name="Edson Manuel Kiala Domingos", email="edson.kiala.domingos@gmail.com", phone_disp="+244 923 456 789", phone_e164="+244923456789",
    degree="Licenciatura em Medicina", medical_school="Faculdade de Medicina da Universidade Agostinho Neto", city="Luanda", medical_school_country="AO", graduation_year=2018, is_student=False,
    extra_edu=[("Especialização em Cirurgia Geral, Hospital Américo Boavida", "2019 – 2023")],
    usmle_step1="pass", usmle_step2ck=221, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
    specialties=["General Surgery"], languages=["Portuguese", "English", "French", "Kimbundu"], publications=2, posters=1, inprep=0,
    usce=[("observership","General Surgery","TX","2024-04","2024-06")],
    local=[("Médico Interno, Hospital Josina Machel","2018-01","2018-12")], born=1991)

add(n=14, layout="txt_pt", ext="txt", lang="pt", df="pt_abbr", ongoing="atualmente",
    full_name="Nélia Cândida Mussa Macuácua", email="nelia.macuacua@uem.ac.mz", phone_disp="+258 84 123 4567", phone_e164="+258841234567",
    degree="Licenciatura em Medicina", medical_school="Universidade Eduardo Mondlane", city="Maputo", medical_school_country="MZ", graduation_year=2020, is_student=False,
    extra_edu=[("Mestrado em Saúde Pública", "2022 – 2024")],
    usmle_step1="fail", usmle_step2ck=None, usmle_step3=None, ecfmg_status="not_certified", visa_status="b1b2",
    specialties=["Infectious Disease", "Internal Medicine"], languages=["Portuguese", "English", "Changana"], publications=3, posters=0, inprep=1,
    usce=[("research","Infectious Disease","MD","2023-09","2024-02")],
    local=[("Médica de Clínica Geral, Hospital Central de Maputo","2020-03","ongoing")], born=1994)

add(n=15, layout="html_lo_docx", ext="docx", lang="es", df="es_long", ongoing="desde",
    full_name="Pablo Emilio Herrera Villalobos", email="pablo.herrera.villalobos@gmail.com", phone_disp="+56 9 7654 3210", phone_e164="+56976543210",
    degree="Médico Cirujano", medical_school="Universidad de Chile", city="Santiago", medical_school_country="CL", graduation_year=2020, is_student=False,
    extra_edu=[("Beca de Especialidad en Medicina de Urgencia", "2021 – 2024")],
    usmle_step1="pass", usmle_step2ck=249, other_exams=["MCCQE Part I: aprobado (Canadá)"], usmle_step3=None, ecfmg_status="certified", visa_status="j1",
    specialties=["Emergency Medicine", "Pulmonology/Critical Care"], languages=["Spanish", "English"], publications=2, posters=1, inprep=0,
    usce=[("hands_on","Pulmonology/Critical Care","CA","2025-03","2025-05"),("observership","Emergency Medicine","AZ","2025-05","2025-06")],
    local=[("Beca de Urgencia, Hospital del Salvador","2021-04","2024-03"),("Observación en Medicina de Urgencias – Toronto General Hospital, Toronto, ON, Canadá","2024-06","2024-07")], born=1994)

add(n=16, layout="rtf_lo_pdf", ext="pdf", lang="es", df="slash", ongoing="hasta la fecha",
    full_name="Florencia Agustina Ríos Ibáñez", email="flor.rios.ibanez@gmail.com", phone_disp="+54 9 351 555-1234", phone_e164="+5493515551234",
    degree="Médica Cirujana", medical_school="Universidad Nacional de Córdoba", city="Córdoba", medical_school_country="AR", graduation_year=2022, is_student=False,
    extra_edu=[("Residencia en Tocoginecología, Hospital Materno Provincial", "2023 – actualidad")],
    usmle_step1="pass", usmle_step2ck=233, usmle_step3=None, ecfmg_status="pending", visa_status="b1b2",
    specialties=["Obstetrics and Gynecology"], languages=["Spanish", "English"], publications=0, posters=2, inprep=1,
    usce=[("observership","Obstetrics and Gynecology","FL","2024-01","2024-02"),("telehealth","Obstetrics and Gynecology","FL","2024-03","2024-05")],
    local=[("Residencia en Tocoginecología","2023-06","ongoing")], born=1997)

# ---- scans (content rendered, then rasterised) ----
add(n=17, layout="scan_png_rotated", ext="png", lang="es", df="es_abbr", ongoing="actualmente", scan=True,
    full_name="Rodrigo Esteban Salazar Peña", email="rodrigo.salazar.pena@gmail.com", phone_disp="+593 98 765 4321", phone_e164="+593987654321",
    degree="Médico", medical_school="Universidad Central del Ecuador", city="Quito", medical_school_country="EC", graduation_year=2019, is_student=False,
    extra_edu=[], usmle_step1="pass", usmle_step2ck=228, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
    specialties=["General Surgery"], languages=["Spanish", "English"], publications=1, posters=0, inprep=0,
    usce=[("observership","General Surgery","FL","2024-08","2024-09")],
    local=[("Médico Residente de Cirugía, Hospital Eugenio Espejo","2020-01","2023-12")], born=1993)

add(n=18, layout="scan_jpg_photo", ext="jpg", lang="pt", df="slash", ongoing="até o momento", scan=True,
    full_name="Rafaela Souza Carvalho", email="rafaela.s.carvalho@gmail.com", phone_disp="+55 21 98888-1234", phone_e164="+5521988881234",
    degree="Medicina (Grau)", medical_school="Universidade Federal do Rio de Janeiro", city="Rio de Janeiro", medical_school_country="BR", graduation_year=2022, is_student=False,
    extra_edu=[("Residência em Pediatria, IPPMG/UFRJ", "2023 – 2025")],
    usmle_step1="pass", usmle_step2ck=240, usmle_step3=None, ecfmg_status="certified", visa_status="j1",
    specialties=["Pediatrics"], languages=["Portuguese", "English"], publications=1, posters=1, inprep=0,
    usce=[("hands_on","Pediatrics","NY","2025-04","2025-05")],
    local=[("Residência em Pediatria","2023-03","2025-02")], born=1997)

add(n=19, layout="scan_pdf_imageonly", ext="pdf", lang="es", df="iso", ongoing="actualmente", scan=True,
    full_name="Gabriel Antonio Mendoza Arriaza", email="gabriel.mendoza.arriaza@gmail.com", phone_disp="+502 4123 9876", phone_e164="+50241239876",
    degree="Médico y Cirujano", medical_school="Universidad Francisco Marroquín", city="Ciudad de Guatemala", medical_school_country="GT", graduation_year=2021, is_student=False,
    extra_edu=[], usmle_step1="pass", usmle_step2ck=236, usmle_step3=None, ecfmg_status="pending", visa_status="b1b2",
    specialties=["Gastroenterology", "Internal Medicine"], languages=["Spanish", "English"], publications=0, posters=1, inprep=0,
    usce=[("observership","Gastroenterology","TX","2025-02","2025-03")],
    local=[("Médico General, Sanatorio Hermano Pedro","2021-11","2024-10")], born=1996)

add(n=20, layout="scan_pdf_lowcontrast", ext="pdf", lang="es", df="es_abbr", ongoing="actualmente", scan=True,
    full_name="Inés Pilar Castaño Lozano", email="ines.castano.lozano@gmail.com", phone_disp="+34 655 98 76 54", phone_e164="+34655987654",
    degree="Licenciada en Medicina y Cirugía", medical_school="Universidad de Barcelona", city="Barcelona", medical_school_country="ES", graduation_year=2009, is_student=False,
    extra_edu=[("MIR Radiodiagnóstico, Hospital Clínic de Barcelona", "2010 – 2014")],
    usmle_step1=231, usmle_step2ck=229, other_exams=["PLAB 1: aprobado (2016) – examen del Reino Unido"], usmle_step3=None, ecfmg_status="certified", visa_status="h1b",
    specialties=["Radiology"], languages=["Spanish", "Catalan", "English"], publications=6, posters=4, inprep=0,
    usce=[("research","Radiology","MA","2023-01","2023-06")],
    local=[("Facultativa Especialista de Área, Radiodiagnóstico","2014-06","ongoing")], born=1984)

add(n=21, layout="scan_jpg_blur", ext="jpg", lang="pt", df="pt_abbr", ongoing="atualmente", scan=True,
    full_name="Tiago Miguel Ferreira Sousa", email="tiago.ferreira.sousa@gmail.com", phone_disp="+351 936 112 233", phone_e164="+351936112233",
    degree="Mestrado Integrado em Medicina", medical_school="Faculdade de Medicina da Universidade do Porto", city="Porto", medical_school_country="PT", graduation_year=2024, is_student=False,
    extra_edu=[("Ano Comum (internato), Hospital de São João", "2025")],
    usmle_step1="pass", usmle_step2ck=None, usmle_step3=None, ecfmg_status=None, visa_status="b1b2",
    specialties=["Endocrinology", "Internal Medicine"], languages=["Portuguese", "English", "Spanish"], publications=0, posters=1, inprep=1,
    usce=[("observership","Endocrinology","IL","2024-09","2024-10")],
    local=[("Ano Comum, Hospital de São João","2025-01","2025-12")], born=1999)

DAMAGED = [(22, "damaged_truncated_pdf", "pdf"), (23, "damaged_encrypted_pdf", "pdf"), (24, "damaged_random_docx", "docx")]
