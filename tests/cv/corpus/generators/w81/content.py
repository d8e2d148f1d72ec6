# -*- coding: utf-8 -*-
"""Turn a person dict into CV sections (list of (heading, [lines])) in es/pt/en."""
ES = ["ene.","feb.","mar.","abr.","may.","jun.","jul.","ago.","sept.","oct.","nov.","dic."]
ESL = ["enero","febrero","marzo","abril","mayo","junio","julio","agosto","septiembre","octubre","noviembre","diciembre"]
PT = ["jan","fev","mar","abr","mai","jun","jul","ago","set","out","nov","dez"]
EN = ["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"]

def fm(ym, df):
    y, m = int(ym[:4]), int(ym[5:7])
    if df == "es_abbr": return f"{ES[m-1]} {y}"
    if df == "es_long": return f"{ESL[m-1]} {y}"
    if df == "pt_abbr": return f"{PT[m-1]}/{y}"
    if df == "slash": return f"{m:02d}/{y}"
    if df == "iso": return f"{y}-{m:02d}"
    if df == "dot": return f"{y}.{m:02d}"
    return f"{EN[m-1]} {y}"

def rng(s, e, df, ongoing, lang):
    if e == "ongoing":
        if ongoing == "desde":
            return (f"desde {ESL[int(s[5:7])-1]} {s[:4]}" if lang == "es" else f"desde {fm(s, df)}")
        return f"{fm(s, df)} – {ongoing}"
    if s == e:
        return fm(s, df)
    if df == "es_long" and s[:4] == e[:4]:
        return f"{ESL[int(s[5:7])-1]}–{ESL[int(e[5:7])-1]} {s[:4]}"
    sep = " - " if df in ("slash", "iso") else " – "
    return f"{fm(s, df)}{sep}{fm(e, df)}"

HOSP = {"FL": "Jackson Memorial Hospital, Miami, FL", "TX": "Baylor St. Luke's Medical Center, Houston, TX",
        "NY": "Mount Sinai Hospital, New York, NY", "IL": "John H. Stroger Jr. Hospital of Cook County, Chicago, IL",
        "CA": "Cedars-Sinai Medical Center, Los Angeles, CA", "MA": "Massachusetts General Hospital, Boston, MA",
        "OH": "Cleveland Clinic, Cleveland, OH", "PA": "Temple University Hospital, Philadelphia, PA",
        "MI": "Henry Ford Hospital, Detroit, MI", "GA": "Grady Memorial Hospital, Atlanta, GA",
        "NJ": "Hackensack University Medical Center, Hackensack, NJ", "AZ": "Banner – University Medical Center Phoenix, AZ",
        "MN": "Mayo Clinic, Rochester, MN", "MD": "Johns Hopkins Bloomberg School of Public Health, Baltimore, MD"}
TYPE = {"es": {"hands_on": "Rotación clínica (externado, hands-on)", "observership": "Observación (Observership)",
               "research": "Investigación clínica (Research)", "telehealth": "Rotación de telemedicina (Telehealth)"},
        "pt": {"hands_on": "Estágio prático (hands-on)", "observership": "Estágio de observação (Observership)",
               "research": "Estágio de pesquisa (Research)", "telehealth": "Estágio de telemedicina (Telehealth)"},
        "en": {"hands_on": "Hands-on clinical rotation", "observership": "Observership",
               "research": "Research fellowship", "telehealth": "Telehealth rotation"}}
SPEC = {"es": {"Internal Medicine": "Medicina Interna", "Family Medicine": "Medicina Familiar", "Pediatrics": "Pediatría",
               "Psychiatry": "Psiquiatría", "Neurology": "Neurología", "General Surgery": "Cirugía General",
               "Obstetrics and Gynecology": "Ginecología y Obstetricia", "Emergency Medicine": "Medicina de Urgencias",
               "Anesthesiology": "Anestesiología", "Radiology": "Radiología", "Cardiology": "Cardiología",
               "Gastroenterology": "Gastroenterología", "Nephrology": "Nefrología", "Pulmonology/Critical Care": "Neumología y Cuidados Críticos",
               "Endocrinology": "Endocrinología", "Hematology/Oncology": "Hematología/Oncología", "Infectious Disease": "Enfermedades Infecciosas",
               "Geriatrics": "Geriatría"},
        "pt": {"Internal Medicine": "Clínica Médica", "Family Medicine": "Medicina de Família", "Pediatrics": "Pediatria",
               "Cardiology": "Cardiologia", "General Surgery": "Cirurgia Geral", "Infectious Disease": "Infectologia",
               "Geriatrics": "Geriatria", "Endocrinology": "Endocrinologia", "Neurology": "Neurologia"}}
LANG = {"es": {"Spanish": "Español (nativo)", "English": "Inglés (C1)", "Catalan": "Catalán", "Italian": "Italiano (B1)",
               "German": "Alemán (A2)", "Quechua": "Quechua", "Aymara": "Aymara (básico)", "Guarani": "Guaraní",
               "Portuguese": "Portugués (B2)", "French": "Francés"},
        "pt": {"Portuguese": "Português (nativo)", "English": "Inglês (avançado)", "Spanish": "Espanhol (intermediário)",
               "French": "Francês", "Kimbundu": "Kimbundu", "Changana": "Changana (xichangana)"},
        "en": {}}
H = {"es": dict(edu="FORMACIÓN ACADÉMICA", usmle="EXÁMENES USMLE / ECFMG", us="EXPERIENCIA CLÍNICA EN EE. UU.",
                loc="EXPERIENCIA CLÍNICA EN MI PAÍS", pub="PUBLICACIONES", lang="IDIOMAS", obj="OBJETIVO PROFESIONAL",
                ref="REFERENCIAS", other="DATOS PERSONALES"),
     "pt": dict(edu="FORMAÇÃO ACADÊMICA", usmle="USMLE / ECFMG", us="EXPERIÊNCIA CLÍNICA NOS EUA",
                loc="EXPERIÊNCIA PROFISSIONAL", pub="PUBLICAÇÕES", lang="IDIOMAS", obj="OBJETIVO",
                ref="REFERÊNCIAS", other="DADOS PESSOAIS"),
     "en": dict(edu="EDUCATION", usmle="USMLE / ECFMG", us="US CLINICAL EXPERIENCE", loc="CLINICAL EXPERIENCE (BRAZIL)",
                pub="PUBLICATIONS", lang="LANGUAGES", obj="OBJECTIVE", ref="REFERENCES", other="PERSONAL DETAILS")}
REFS = [("Dr. Michael R. Levinson, MD", "Program Director, Internal Medicine", "mlevinson@mhs-med.org", "+1 (305) 585-1111"),
        ("Dra. Carmen Aurora Vidal Soto", "Jefa de Servicio", "carmen.vidal@hospital-referencia.org", "+34 913 30 80 00"),
        ("Dr. Steven K. Patel, MD", "Attending Physician", "spatel@clinicalfaculty.edu", "+1 (713) 798-4951"),
        ("Prof. Dr. Ricardo Almeida Braga", "Professor Titular", "ricardo.braga@fm.edu.br", "+55 11 3061-7000")]
VISA = {"es": {"j1": "Requiere visa J-1 para rotaciones en EE. UU.", "b1b2": "Visa B1/B2 vigente (hasta 2029)",
               "h1b": "Elegible / requiere visa H-1B", "citizen": "Ciudadano estadounidense", "green_card": "Residente permanente (Green Card)"},
        "pt": {"j1": "Necessita visto J-1", "b1b2": "Possui visto B1/B2 válido", "h1b": "Requer visto H-1B"},
        "en": {"j1": "J-1 visa required", "b1b2": "Holds valid B1/B2 visa", "h1b": "Will require H-1B visa"}}
ECF = {"es": {"certified": "Certificado ECFMG obtenido", "pending": "Certificación ECFMG en trámite (pendiente)",
              "not_certified": "Aún sin certificación ECFMG"},
       "pt": {"certified": "Certificado ECFMG", "pending": "Certificação ECFMG pendente", "not_certified": "Ainda não certificado pelo ECFMG"},
       "en": {"certified": "ECFMG Certified", "pending": "ECFMG certification pending", "not_certified": "Not yet ECFMG certified"}}

def sp(p, s):
    l = p["lang"]
    if l in SPEC and s in SPEC[l]:
        return f"{SPEC[l][s]} ({s})" if p["n"] % 2 else SPEC[l][s]
    return s

def contact_lines(p):
    lab = {"es": ("Correo", "Tel./WhatsApp", "Nacimiento"), "pt": ("E-mail", "Celular", "Nascimento"), "en": ("Email", "Phone", "Born")}[p["lang"]]
    return [f"{lab[0]}: {p['email']}", f"{lab[1]}: {p['phone_disp']}", f"{lab[2]}: {p['born']}  ·  {p['city']}"]

def sections(p):
    l, df, og = p["lang"], p["df"], p["ongoing"]
    h = H[l]
    S = []
    obj = {"es": "Médico/a en búsqueda de rotaciones clínicas en EE. UU. con interés en: ",
           "pt": "Busco estágios clínicos nos EUA nas áreas de: ",
           "en": "Seeking US clinical rotations; specialty interests: "}[l]
    S.append((h["obj"], [obj + ", ".join(sp(p, s) for s in p["specialties"]) + "."]))
    grad = p["graduation_year"]
    if p["is_student"]:
        g = {"es": f"en curso – egreso previsto {grad}", "pt": f"em curso – previsão de conclusão {grad}", "en": f"expected {grad}"}[l]
    else:
        g = {"es": f"Egreso: {grad}", "pt": f"Conclusão: {grad}", "en": f"Graduated {grad}"}[l]
    edu = [f"{p['degree']} — {p['medical_school']}, {p['city']}. {g}"]
    for t, d in p["extra_edu"]:
        edu.append(f"{t}. {d}")
    edu.append({"es": f"Bachillerato – Colegio Nacional, {p['city']} ({grad-7})", "pt": f"Ensino Médio – Colégio Estadual, {p['city']} ({grad-7})",
                "en": f"High school diploma, {p['city']} ({grad-7})"}[l])
    S.append((h["edu"], edu))
    u = []
    s1 = p["usmle_step1"]
    u.append(f"USMLE Step 1: {'Aprobado (Pass)' if s1 == 'pass' and l=='es' else 'Aprovado (Pass)' if s1=='pass' and l=='pt' else 'Pass' if s1=='pass' else 'Fail (1st attempt)' if s1=='fail' else s1}")
    if p["usmle_step2ck"]: u.append(f"USMLE Step 2 CK: {p['usmle_step2ck']}")
    else: u.append({"es": "USMLE Step 2 CK: en preparación (NBME práctica: 238)", "pt": "USMLE Step 2 CK: em preparação (NBME simulado: 231)", "en": "Step 2 CK: scheduled (UWSA2 practice 245)"}[l])
    if p["usmle_step3"]: u.append(f"USMLE Step 3: {p['usmle_step3']}")
    u += p.get("other_exams", [])
    if p["ecfmg_status"]: u.append(ECF[l][p["ecfmg_status"]])
    if p["visa_status"]: u.append(VISA[l][p["visa_status"]])
    S.append((h["usmle"], u))
    us = []
    for t, s, st, a, b in sorted(p["usce"], key=lambda x: x[3], reverse=True):
        us.append(f"{rng(a, b, df, og, l)} | {TYPE[l][t]} – {s} | {HOSP[st]}")
    if us: S.append((h["us"], us))
    loc = [f"{rng(a, b, df, og, l)} | {t}" for t, a, b in p["local"]]
    S.append((h["loc"], loc))
    pub = []
    for i in range(p["publications"]):
        pub.append(f"{['García','Silva','Moreno','Costa','Rojas','Pereira'][i%6]} A, {p['full_name'].split()[0][0]}. {p['full_name'].split()[-2]}, et al. "
                   f"{['Outcomes of','Prevalence of','Clinical features of','Risk factors for','Management of','Trends in'][i%6]} "
                   f"{['sepsis','anemia','heart failure','dengue','preeclampsia','stroke'][(i+p['n'])%6]} in a tertiary center. "
                   f"{['Rev Med Chile','Arq Bras Cardiol','Medicina (B Aires)','Rev Clin Esp','Lancet Reg Health Am','BMJ Open'][(i+p['n'])%6]}. {2019+i}; peer-reviewed.")
    for i in range(p["posters"]):
        pub.append({"es": "Póster (no indexado): ", "pt": "Pôster (resumo em congresso): ", "en": "Poster abstract: "}[l] + f"Congreso/Congress {2021+i}, case report.")
    for i in range(p["inprep"]):
        pub.append({"es": "Manuscrito en preparación: ", "pt": "Manuscrito submetido (em revisão): ", "en": "Manuscript in preparation: "}[l] + "retrospective cohort study.")
    if not pub:
        pub.append({"es": "Sin publicaciones a la fecha.", "pt": "Sem publicações.", "en": "None yet."}[l])
    S.append((h["pub"], pub))
    S.append((h["lang"], [", ".join(LANG[l].get(x, x) for x in p["languages"])]))
    r = [REFS[p["n"] % 4], REFS[(p["n"] + 1) % 4]]
    S.append((h["ref"], [f"{a} — {b} — {c} — {d}" for a, b, c, d in r]))
    return S
