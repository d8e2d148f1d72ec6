# -*- coding: utf-8 -*-
"""Hand-written bodies for the CVs that do not fit the generic section model:
001 (Currículo Lattes export, HTML), 006 and 015 (plain text)."""

LATTES_HTML = """<!DOCTYPE html>
<html lang="pt-BR"><head><meta charset="utf-8"><title>Currículo do Sistema de Currículos Lattes (Mariana Oliveira dos Santos Ferreira)</title>
<style>
 @page { size: A4; margin: 14mm 14mm 16mm 14mm; }
 body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.5pt; color:#333; }
 .topo { border-bottom: 3px solid #2a5a8a; padding-bottom:6px; display:flex; gap:12px; }
 .foto { width:70px; height:90px; background:#ccd; border:1px solid #999; font-size:7pt; text-align:center; }
 .nome { font-size: 16pt; color:#2a5a8a; font-weight:bold; }
 .cnpq { font-size:8pt; color:#666; }
 .resumo { margin:8px 0; text-align:justify; }
 h1 { font-size:11pt; color:#fff; background:#2a5a8a; padding:3px 6px; margin:14px 0 4px 0; }
 h2 { font-size:10pt; color:#2a5a8a; border-bottom:1px solid #aac; margin:8px 0 4px 0; }
 table.l { width:100%; border-collapse:collapse; }
 table.l td { vertical-align:top; padding:2px 4px; }
 table.l td.a { width:24%; text-align:right; font-weight:bold; color:#555; }
 .rodape { margin-top:16px; font-size:7.5pt; color:#888; text-align:center; border-top:1px solid #ccc; }
</style></head><body>
<div class="topo"><div class="foto">foto</div><div>
 <div class="nome">Mariana Oliveira dos Santos Ferreira</div>
 <div class="cnpq">Bolsista de Mestrado do CNPq<br>
 Endereço para acessar este CV: http://lattes.cnpq.br/4817263509128374<br>
 ID Lattes: 4817263509128374<br>
 Última atualização do currículo em 12/10/2026</div></div></div>
<div class="resumo">Possui graduação em Medicina pela Universidade de São Paulo (2020). Concluiu Residência Médica em Clínica Médica (2023)
e em Cardiologia (2025) no Hospital das Clínicas da Faculdade de Medicina da Universidade de São Paulo. Atualmente é mestranda em
Ciências Médicas (Cardiologia) pela FMUSP e pesquisadora visitante no Massachusetts General Hospital. Tem experiência na área de Medicina,
com ênfase em Cardiologia, atuando principalmente nos seguintes temas: insuficiência cardíaca, ecocardiografia, cardiomiopatias.
<i>(Texto informado pelo autor)</i></div>

<h1>Identificação</h1>
<table class="l">
<tr><td class="a">Nome</td><td>Mariana Oliveira dos Santos Ferreira</td></tr>
<tr><td class="a">Nome em citações bibliográficas</td><td>FERREIRA, M. O. S.;FERREIRA, MARIANA O. DOS S.;Ferreira, Mariana Oliveira dos Santos</td></tr>
<tr><td class="a">Lattes iD</td><td>http://lattes.cnpq.br/4817263509128374</td></tr>
<tr><td class="a">Orcid iD</td><td>https://orcid.org/0000-0002-8141-5930</td></tr>
</table>

<h1>Endereço</h1>
<table class="l"><tr><td class="a">Endereço Profissional</td><td>Universidade de São Paulo, Faculdade de Medicina, Instituto do Coração (InCor).<br>
Avenida Doutor Enéas Carvalho de Aguiar, 44<br>Cerqueira César<br>05403900 - São Paulo, SP - Brasil<br>Telefone: (11) 26615000<br>
URL da Homepage: https://www.incor.usp.br</td></tr></table>

<h1>Formação acadêmica/titulação</h1>
<table class="l">
<tr><td class="a">2025</td><td>Mestrado em andamento em Ciências Médicas (Conceito CAPES 7).<br>Universidade de São Paulo, USP, Brasil.<br>
Título: Strain miocárdico global na cardiomiopatia chagásica, Orientador: Fábio Nogueira Torres.<br>Bolsista do(a): Conselho Nacional de Desenvolvimento Científico e Tecnológico, CNPq, Brasil.</td></tr>
<tr><td class="a">2023 - 2025</td><td>Residência médica.<br>Instituto do Coração do Hospital das Clínicas da FMUSP, INCOR, Brasil.<br>Residência médica em: Cardiologia (Número do registro: 2023-0417)</td></tr>
<tr><td class="a">2021 - 2023</td><td>Residência médica.<br>Hospital das Clínicas da Faculdade de Medicina da USP, HCFMUSP, Brasil.<br>Residência médica em: Clínica Médica (Número do registro: 2021-1188)</td></tr>
<tr><td class="a">2015 - 2020</td><td>Graduação em Medicina.<br>Faculdade de Medicina da Universidade de São Paulo, FMUSP, Brasil.<br>
Título: Internato médico (5º e 6º anos) em Clínica Médica, Cirurgia, Pediatria, Ginecologia e Obstetrícia e Saúde da Família.</td></tr>
<tr><td class="a">2012 - 2014</td><td>Ensino Médio (2º grau).<br>Colégio Bandeirantes, CB, Brasil.</td></tr>
</table>

<h1>Atuação Profissional</h1>
<h2>Massachusetts General Hospital, MGH, Estados Unidos.</h2>
<table class="l">
<tr><td class="a">Vínculo institucional</td><td></td></tr>
<tr><td class="a">2026 - Atual</td><td>Vínculo: Pesquisadora visitante, Enquadramento Funcional: Research Fellow, Carga horária: 40</td></tr>
<tr><td class="a">Atividades</td><td></td></tr>
<tr><td class="a">03/2026 - Atual</td><td>Pesquisa e desenvolvimento, Cardiovascular Imaging Research Center (Boston, Massachusetts).<br>
Linhas de pesquisa: Ecocardiografia avançada em cardiomiopatias</td></tr>
</table>
<h2>Cleveland Clinic Foundation, CCF, Estados Unidos.</h2>
<table class="l">
<tr><td class="a">Vínculo institucional</td><td></td></tr>
<tr><td class="a">2025 - 2025</td><td>Vínculo: Observership, Enquadramento Funcional: Médica observadora, Carga horária: 40</td></tr>
<tr><td class="a">Atividades</td><td></td></tr>
<tr><td class="a">07/2025 - 08/2025</td><td>Estágios, Heart, Vascular &amp; Thoracic Institute (Cleveland, Ohio).<br>Estágio realizado: Observership em Cardiologia Clínica e Insuficiência Cardíaca.</td></tr>
</table>
<h2>Hospital das Clínicas da Faculdade de Medicina da USP, HCFMUSP, Brasil.</h2>
<table class="l">
<tr><td class="a">2021 - 2025</td><td>Vínculo: Médica residente, Enquadramento Funcional: Residente, Carga horária: 60</td></tr>
</table>

<h1>Áreas de atuação</h1>
<table class="l"><tr><td class="a">1.</td><td>Grande área: Ciências da Saúde / Área: Medicina / Subárea: Cardiologia.</td></tr>
<tr><td class="a">2.</td><td>Grande área: Ciências da Saúde / Área: Medicina / Subárea: Clínica Médica.</td></tr></table>

<h1>Idiomas</h1>
<table class="l">
<tr><td class="a">Inglês</td><td>Compreende Bem, Fala Bem, Lê Bem, Escreve Bem.</td></tr>
<tr><td class="a">Espanhol</td><td>Compreende Razoavelmente, Fala Razoavelmente, Lê Bem, Escreve Razoavelmente.</td></tr>
<tr><td class="a">Francês</td><td>Compreende Pouco, Fala Pouco, Lê Razoavelmente, Escreve Pouco.</td></tr>
</table>

<h1>Prêmios e títulos</h1>
<table class="l"><tr><td class="a">2024</td><td>Prêmio Jovem Investigador, Sociedade de Cardiologia do Estado de São Paulo (SOCESP).</td></tr></table>

<h1>Produções</h1>
<h2>Produção bibliográfica — Artigos completos publicados em periódicos</h2>
<table class="l">
<tr><td class="a">1.</td><td>FERREIRA, M. O. S.; TORRES, F. N.; AZEVEDO, V. M. C. Global longitudinal strain in chronic Chagas cardiomyopathy. ARQUIVOS BRASILEIROS DE CARDIOLOGIA, v. 121, p. e20230512, 2024.</td></tr>
<tr><td class="a">2.</td><td>FERREIRA, M. O. S.; PEREIRA, L. R.; TORRES, F. N. Sacubitril-valsartana em pacientes com doença de Chagas. REVISTA DA SOCIEDADE DE CARDIOLOGIA DO ESTADO DE SÃO PAULO, v. 34, p. 201-207, 2024.</td></tr>
<tr><td class="a">3.</td><td>ALMEIDA, J. P.; FERREIRA, M. O. S. Hospital readmission after acute heart failure in a Brazilian cohort. ESC HEART FAILURE, v. 12, p. 1440-1448, 2025.</td></tr>
</table>
<h2>Resumos publicados em anais de congressos</h2>
<table class="l">
<tr><td class="a">1.</td><td>FERREIRA, M. O. S. et al. Strain do ventrículo direito na doença de Chagas. In: 78º Congresso Brasileiro de Cardiologia, 2023.</td></tr>
<tr><td class="a">2.</td><td>FERREIRA, M. O. S. et al. Biomarcadores e remodelamento. In: Congresso SOCESP, 2024.</td></tr>
<tr><td class="a">3.</td><td>FERREIRA, M. O. S. et al. Echocardiographic predictors in Chagas. In: ESC Congress, 2024.</td></tr>
<tr><td class="a">4.</td><td>FERREIRA, M. O. S.; TORRES, F. N. Myocardial work indices. In: ASE Scientific Sessions, 2025.</td></tr>
</table>
<h2>Capítulos de livros publicados</h2>
<table class="l"><tr><td class="a">1.</td><td>FERREIRA, M. O. S.; TORRES, F. N. Cardiomiopatia chagásica. In: Manual de Cardiologia SOCESP. 2. ed. Barueri: Manole, 2025, p. 410-422.</td></tr></table>
<h2>Apresentações de Trabalho</h2>
<table class="l"><tr><td class="a">1.</td><td>FERREIRA, M. O. S. Insuficiência cardíaca na doença de Chagas. 2024. (Apresentação de Trabalho/Conferência ou palestra).</td></tr></table>

<h1>Outras informações relevantes</h1>
<div class="resumo">Registro profissional: CRM-SP 187.452. USMLE Step 1: Pass (2024); USMLE Step 2 CK: 251 (2025); certificação ECFMG obtida em 2025.
Objetivo: residência em Internal Medicine nos Estados Unidos, com posterior fellowship em Cardiology.
Contato pessoal: mariana.osferreira@gmail.com · celular/WhatsApp +55 (11) 98734-2106.</div>

<div class="rodape">Página gerada pelo Sistema Currículo Lattes em 14/10/2026 às 09:12:47</div>
</body></html>
"""

TXT_006 = """EDMILSON TAVARES FORTES LOPES
Medico / Medical Doctor
Praia, Ilha de Santiago, Cabo Verde
Tlm: +238 991 23 45   |   E-mail: edmilson.tlopes@gmail.com
Data de nascimento / DOB: 21.07.1993   Nacionalidade: cabo-verdiana

========================================================================
FORMACAO ACADEMICA / EDUCATION
========================================================================
09.2013 - 07.2019   Mestrado Integrado em Medicina (Integrated Master in
                    Medicine), Faculdade de Medicina da Universidade de
                    Coimbra, Portugal (bolsa de cooperacao Cabo Verde-Portugal)
01.2019 - 06.2019   Estagio profissionalizante (6.o ano), Centro
                    Hospitalar e Universitario de Coimbra

========================================================================
EXPERIENCIA PROFISSIONAL / WORK EXPERIENCE
========================================================================
01.2020 - present   Medico de Clinica Geral, Hospital Universitario Dr.
                    Agostinho Neto, Praia, Cabo Verde
06.2023 - 12.2023   Medico, Centro de Saude de Achada Santo Antonio, Praia

========================================================================
US CLINICAL EXPERIENCE
========================================================================
03.2025 - 05.2025   Clinical Externship (hands-on), Family Medicine
                    Bayou City Family Health Clinic, Houston, TX
                    - took histories, presented patients, wrote notes
                      under supervision

========================================================================
EXAMS
========================================================================
USMLE Step 1 ............ Pass (2023)
USMLE Step 2 CK ......... 229 (2024)
OET Medicine ............ Passed (B in all sub-tests), 2025
ECFMG certification ..... pending (final documents under review)

========================================================================
AREA DE INTERESSE / SPECIALTY INTEREST
========================================================================
Family Medicine

========================================================================
IDIOMAS / LANGUAGES
========================================================================
Portugues (native) - Kriolu / Cape Verdean Creole (native) -
English (fluent) - Frances / French (intermediate)

========================================================================
PUBLICACOES / PUBLICATIONS
========================================================================
None yet. Poster: "Hipertensao arterial nos cuidados primarios em Praia"
- Jornadas Medicas de Cabo Verde, 2022.

========================================================================
REFERENCES
========================================================================
Dr. Arlindo Monteiro, Director Clinico, Hospital Dr. Agostinho Neto
  arlindo.monteiro@hapn.cv  |  +238 261 24 62
Dr. Karen Whitfield, Preceptor, Houston, TX  |  (713) 555-0148
"""

TXT_015 = """Javier Ignacio Morales Sánchez, MD, PhD
Dallas, TX 75390, USA  ·  Cell (Spain): +34 699 123 987  ·  jimorales.md@gmail.com
Current status: H-1B (cap-exempt), Research Scientist, UT Southwestern Medical Center

SUMMARY
Spanish-trained cardiologist (MIR) with 4+ years of full-time cardiovascular
research in the US, applying to Internal Medicine residency (categorical) with the
goal of a Cardiology fellowship.

EDUCATION
  2004–2010   Licenciado en Medicina y Cirugía — Facultad de Medicina,
              Universidad de Sevilla, Spain
  2013–2016   PhD (Doctorado en Medicina), Universidad de Sevilla

POSTGRADUATE TRAINING (SPAIN)
  2011–2016   MIR residency, Cardiology — Hospital Universitario Virgen
              del Rocío, Sevilla
  2016–2022   Staff cardiologist (FEA Cardiología), Hospital Universitario
              Virgen Macarena, Sevilla

US EXPERIENCE
  Sep 2022 – present   Research Scientist, Division of Cardiology,
                       UT Southwestern Medical Center, Dallas, TX
                       (heart failure with preserved EF; cardiac MRI)
  March 2023           Observership, Cardiology consult service,
                       Parkland Memorial Hospital, Dallas, TX

USMLE / ECFMG
  Step 1: 238   Step 2 CK: 245   Step 3: 230   ECFMG certified (2021)

PEER-REVIEWED PUBLICATIONS (7)
  1. Morales Sánchez JI, et al. Rev Esp Cardiol. 2014;67(9):712-718.
  2. Morales Sánchez JI, Díaz A. Rev Esp Cardiol. 2016;69(2):150-157.
  3. Morales JI, et al. Eur Heart J Cardiovasc Imaging. 2018;19(6):640-648.
  4. Morales JI, Ruiz-Peña M. Int J Cardiol. 2020;301:88-94.
  5. Morales JI, Brandt KE, et al. JACC Heart Fail. 2023;11(10):1302-1312.
  6. Morales JI, et al. Circ Cardiovasc Imaging. 2024;17(3):e015870.
  7. Morales JI, Hollins PL. J Am Heart Assoc. 2025;14(5):e036102.
  Abstracts: AHA 2023, AHA 2024, ACC 2025 (not counted above).

LANGUAGES
  Spanish (native), English (full professional), Portuguese (good)

REFERENCES
  Dr. Peter L. Hollins, UT Southwestern — phollins.cardio@example.org — (214) 555-0190
"""
