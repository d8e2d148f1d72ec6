"""LaTeX CVs: Jake's resume, AltaCV-like, Deedy-like, moderncv, xelatex+fontawesome."""
import os
import subprocess
from common import rng, fmt

BUILD = os.path.join(os.path.dirname(__file__), "..", "build")


def esc(s):
    if s is None:
        return ""
    for a, b in [("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("#", r"\#"), ("_", r"\_"),
                 ("$", r"\$"), ("~", r"\textasciitilde{}"), ("^", r"\^{}")]:
        s = s.replace(a, b)
    return s


def usce_clin(p):
    return [x for x in p["exp"] if x["usce"] and x["usce"][0] != "research"]


def research(p):
    return [x for x in p["exp"] if x["sec"] == "res"]


def work(p):
    return [x for x in p["exp"] if x["sec"] in ("work", "vol") and not x["usce"]]


def papers(p, kinds=("paper",)):
    return [t for k, t in p["pubs"] if k in kinds]


def compile_tex(src, name, engine="pdflatex"):
    os.makedirs(BUILD, exist_ok=True)
    path = os.path.join(BUILD, name + ".tex")
    with open(path, "w", encoding="utf-8") as f:
        f.write(src)
    for _ in range(2):
        r = subprocess.run([engine, "-interaction=nonstopmode", "-halt-on-error", name + ".tex"], cwd=BUILD,
                           capture_output=True, text=True)
        if r.returncode:
            raise RuntimeError(r.stdout[-3000:])
    return os.path.join(BUILD, name + ".pdf")


# ---------------------------------------------------------------- Jake's resume
JAKE_PRE = r"""\documentclass[letterpaper,11pt]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}
\usepackage{latexsym}\usepackage[empty]{fullpage}\usepackage{titlesec}\usepackage{marvosym}
\usepackage[usenames,dvipsnames]{color}\usepackage{verbatim}\usepackage{enumitem}
\usepackage[hidelinks]{hyperref}\usepackage{fancyhdr}\usepackage[english]{babel}\usepackage{tabularx}
\pagestyle{fancy}\fancyhf{}\fancyfoot{}\renewcommand{\headrulewidth}{0pt}\renewcommand{\footrulewidth}{0pt}
\addtolength{\oddsidemargin}{-0.5in}\addtolength{\evensidemargin}{-0.5in}\addtolength{\textwidth}{1in}
\addtolength{\topmargin}{-.5in}\addtolength{\textheight}{1.0in}
\urlstyle{same}\raggedbottom\raggedright\setlength{\tabcolsep}{0in}
\titleformat{\section}{\vspace{-4pt}\scshape\raggedright\large}{}{0em}{}[\color{black}\titlerule \vspace{-5pt}]
\newcommand{\resumeItem}[1]{\item\small{{#1 \vspace{-2pt}}}}
\newcommand{\resumeSubheading}[4]{\vspace{-2pt}\item
  \begin{tabular*}{0.97\textwidth}[t]{l@{\extracolsep{\fill}}r}
   \textbf{#1} & #2 \\ \textit{\small#3} & \textit{\small #4} \\ \end{tabular*}\vspace{-7pt}}
\newcommand{\resumeProjectHeading}[2]{\item
  \begin{tabular*}{0.97\textwidth}{l@{\extracolsep{\fill}}r}\small#1 & #2 \\ \end{tabular*}\vspace{-7pt}}
\renewcommand\labelitemii{$\vcenter{\hbox{\tiny$\bullet$}}$}
\newcommand{\resumeSubHeadingListStart}{\begin{itemize}[leftmargin=0.15in, label={}]}
\newcommand{\resumeSubHeadingListEnd}{\end{itemize}}
\newcommand{\resumeItemListStart}{\begin{itemize}}
\newcommand{\resumeItemListEnd}{\end{itemize}\vspace{-5pt}}
"""


def jake(p, v):
    ds = p["dstyle"]
    o = [JAKE_PRE, r"\begin{document}"]
    if v == 2:  # two-page variant: page footer with name
        o.insert(1, r"\fancyfoot[C]{\footnotesize %s --- CV --- page \thepage}" % esc(p["name"]))
    nm = p["name"] + (", " + p["post"] if p["post"] and v != 1 else "")
    o.append(r"\begin{center}\textbf{\Huge \scshape %s} \\ \vspace{1pt}\small %s $|$ \href{mailto:%s}{\underline{%s}} $|$ %s\end{center}"
             % (esc(nm), esc(p["phone"]), p["email"], esc(p["email"]), esc(p["addr"])))
    if p["objective"]:
        o.append(r"\section{%s}\small %s" % ("Career Objective" if v == 1 else "Objective", esc(p["objective"])))
    o.append(r"\section{Education}\resumeSubHeadingListStart")
    o.append(r"\resumeSubheading{%s}{%s}{%s}{%s}" % (esc(p["school"]), esc(p["city"]), esc(p["degree"]), esc(p["grad_text"])))
    o.append(r"\resumeSubHeadingListEnd")
    exams = r"\section{%s}\resumeSubHeadingListStart\small" % ("Licensing Examinations" if v != 1 else "USMLE \& Exams")
    for a, b in p["tests"]:
        exams += r"\resumeProjectHeading{\textbf{%s}}{%s}" % (esc(a), esc(b))
    if p["ecfmg_text"]:
        exams += r"\resumeProjectHeading{\textbf{ECFMG}}{%s}" % esc(p["ecfmg_text"].replace("ECFMG ", ""))
    exams += r"\resumeSubHeadingListEnd"
    clin = r"\section{%s}\resumeSubHeadingListStart" % ["US Clinical Experience", "Clinical Experience (USA)", "U.S. Clinical Rotations"][v]
    for x in usce_clin(p):
        clin += r"\resumeSubheading{%s}{%s}{%s}{%s}" % (esc(x["title"]), rng(x["start"], x["end"], ds, " -- "), esc(x["org"]), esc(x["loc"]))
        if x["bullets"]:
            clin += r"\resumeItemListStart" + "".join(r"\resumeItem{%s}" % esc(b) for b in x["bullets"]) + r"\resumeItemListEnd"
    clin += r"\resumeSubHeadingListEnd"
    res = ""
    if research(p):
        res = r"\section{Research Experience}\resumeSubHeadingListStart"
        for x in research(p):
            res += r"\resumeSubheading{%s}{%s}{%s}{%s}" % (esc(x["org"]), rng(x["start"], x["end"], ds, " -- "), esc(x["title"]), esc(x["loc"]))
            if x["bullets"]:
                res += r"\resumeItemListStart" + "".join(r"\resumeItem{%s}" % esc(b) for b in x["bullets"]) + r"\resumeItemListEnd"
        res += r"\resumeSubHeadingListEnd"
    wk = r"\section{Postgraduate Training \& Work}\resumeSubHeadingListStart"
    for x in work(p):
        wk += r"\resumeSubheading{%s}{%s}{%s}{%s}" % (esc(x["title"]), rng(x["start"], x["end"], ds, " -- "), esc(x["org"]), esc(x["loc"]))
        if x["bullets"]:
            wk += r"\resumeItemListStart" + "".join(r"\resumeItem{%s}" % esc(b) for b in x["bullets"]) + r"\resumeItemListEnd"
    wk += r"\resumeSubHeadingListEnd"
    pub = r"\section{Publications}\begin{enumerate}[leftmargin=0.3in]\small"
    for k, t in p["pubs"]:
        tag = {"paper": "", "poster": r" \textit{[Poster]}", "abstract": r" \textit{[Abstract]}", "submitted": r" \textit{[Submitted]}"}[k]
        pub += r"\item %s%s" % (esc(t), tag)
    pub += r"\end{enumerate}"
    order = [exams, clin, res, wk, pub] if v != 1 else [clin, exams, wk, res, pub]
    o += order
    extra = r"\section{Skills, Languages \& Other}\begin{itemize}[leftmargin=0.15in, label={}]\small{\item"
    extra += r"\textbf{Languages}{: %s} \\" % esc(", ".join(f"{l[1]} ({l[2]})" for l in p["langs"]))
    if p["skills"]:
        extra += r"\textbf{Skills}{: %s} \\" % esc("; ".join(p["skills"]))
    if p["awards"]:
        extra += r"\textbf{Honors}{: %s} \\" % esc("; ".join(p["awards"]))
    if p["visa_text"]:
        extra += r"\textbf{Visa}{: %s}" % esc(p["visa_text"])
    extra += r"}\end{itemize}"
    o.append(extra)
    if p["refs"]:
        o.append(r"\section{References}\small")
        for r in p["refs"]:
            o.append(r"\textbf{%s} \\ %s \\ %s $\cdot$ %s \\[4pt]" % tuple(esc(z) for z in r))
    if v == 2:
        o.append(r"\section{Conferences \& Teaching}\small\begin{itemize}[leftmargin=0.2in]"
                 r"\item Attended IDWeek 2023 (Boston, MA) and CROI 2024 (Denver, CO) --- attendee only."
                 r"\item Tutor, clinical skills lab for 3rd-year students, University of Ghana (2020--2021)."
                 r"\item Volunteer, Ghana Health Service COVID-19 vaccination drive, Accra (2021)."
                 r"\item Peer reviewer, Ghana Medical Journal (2 manuscripts, 2023)."
                 r"\item Member: American College of Physicians (IMG member), Ghana Medical Association.\end{itemize}")
        o.append(r"\section{Personal}\small Date of birth: 14 March 1996 $\cdot$ Nationality: Ghanaian $\cdot$ Hobbies: football, highlife music, chess.")
    o.append(r"\end{document}")
    return "\n".join(o)


# ---------------------------------------------------------------- AltaCV-like (paracol)
ALTA_PRE = r"""\documentclass[10pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage[default]{lato}
\usepackage[margin=1.25cm]{geometry}\usepackage{paracol}\usepackage{xcolor}\usepackage{fontawesome5}
\usepackage{enumitem}\usepackage{tikz}\usepackage[hidelinks]{hyperref}
\definecolor{accent}{HTML}{%s}\definecolor{emph}{HTML}{8F0D12}\definecolor{body}{HTML}{666666}
\pagestyle{empty}\setlength{\parindent}{0pt}\color{body}
\newcommand{\cvsection}[1]{\par\vspace{6pt}{\color{accent}\Large\bfseries\MakeUppercase{#1}}\\[-4pt]{\color{accent}\rule{\linewidth}{1.2pt}}\par\vspace{2pt}}
\newcommand{\cvevent}[4]{{\large\color{emph}#1\par}\smallskip\textbf{\color{accent}#2}\par\smallskip
 {\small\faCalendar[regular]~#3\hfill\faMapMarker*~#4}\par\smallskip}
\newcommand{\divider}{\textcolor{body!30}{\hdashrule}\smallskip}
\newcommand{\cvtag}[1]{\tikz[baseline]\node[anchor=base,draw=body!30,rounded corners,inner xsep=1ex,inner ysep=0.75ex,text height=1.5ex,text depth=.25ex]{#1};}
\newcommand{\skillbar}[2]{\textbf{#1}\hfill\foreach \x in {1,...,5}{\ifnum\x>#2\relax\color{body!30}\else\color{accent}\fi\faCircle\,}\color{body}\par}
\columnratio{0.33}\setlength{\columnsep}{1.5em}
"""


def altacv(p, v):
    ds = p["dstyle"]
    o = [ALTA_PRE % ("0E5484" if v == 0 else "2E7D32"), r"\begin{document}"]
    o.append(r"{\Huge\bfseries\color{accent}%s}\par\smallskip{\large\color{emph}%s}\par\medskip" %
             (esc(p["name"]), {0: "Physician \\textbullet{} Internal Medicine / Nephrology Applicant",
                                   1: "General Practitioner \\textbullet{} Family Medicine Applicant"}[v]))
    o.append(r"{\color{accent}\rule{\linewidth}{0.6pt}}\medskip")
    o.append(r"\begin{paracol}{2}")
    # LEFT narrow
    o.append(r"\cvsection{Contact}\small")
    o.append(r"\faEnvelope~%s\par\faPhone~%s\par\faMapMarker*~%s\par\medskip" % (esc(p["email"]), esc(p["phone"]), esc(p["addr"])))
    o.append(r"\cvsection{Exams}")
    for a, b in p["tests"]:
        o.append(r"\textbf{%s}\par %s\par\smallskip" % (esc(a), esc(b)))
    if p["ecfmg_text"]:
        o.append(r"\textbf{ECFMG}\par %s\par\smallskip" % esc(p["ecfmg_text"]))
    o.append(r"\cvsection{Languages}")
    lv = {"native": 5, "fluent": 4, "C1": 4, "conversational": 3, "basic": 2, "A2": 2}
    for l in p["langs"]:
        o.append(r"\skillbar{%s}{%d}" % (esc(l[1]), lv.get(l[2], 3)))
    if p["visa_text"]:
        o.append(r"\cvsection{Visa}%s" % esc(p["visa_text"]))
    o.append(r"\cvsection{Skills}" + r"\par\smallskip ".join(r"\cvtag{%s}" % esc(s) for s in p["skills"]))
    if p["refs"]:
        o.append(r"\cvsection{Referees}\footnotesize")
        for r in p["refs"]:
            o.append(r"\textbf{%s}\par %s\par %s\par %s\par\smallskip" % tuple(esc(z) for z in r))
    o.append(r"\switchcolumn")
    # RIGHT wide
    if p["objective"]:
        o.append(r"\cvsection{Career goal}\small %s" % esc(p["objective"]))
    allx = sorted([x for x in p["exp"] if x["usce"]], key=lambda x: x["start"], reverse=True)
    o.append(r"\cvsection{Experience in the United States}")
    for x in allx:
        o.append(r"\cvevent{%s}{%s}{%s}{%s}" % (esc(x["title"]), esc(x["org"]), rng(x["start"], x["end"], ds), esc(x["loc"])))
        if x["bullets"]:
            o.append(r"\begin{itemize}[leftmargin=1.2em,nosep]\small" + "".join(r"\item %s" % esc(b) for b in x["bullets"]) + r"\end{itemize}")
        o.append(r"\medskip")
    o.append(r"\cvsection{Experience abroad}")
    for x in work(p):
        o.append(r"\cvevent{%s}{%s}{%s}{%s}" % (esc(x["title"]), esc(x["org"]), rng(x["start"], x["end"], ds), esc(x["loc"])))
    o.append(r"\cvsection{Education}")
    o.append(r"\cvevent{%s}{%s}{%s}{%s}" % (esc(p["degree"]), esc(p["school"]), esc(p["grad_text"]), esc(p["city"])))
    if p["pubs"]:
        o.append(r"\cvsection{Publications \& Presentations}\small\begin{itemize}[leftmargin=1.2em]")
        for k, t in p["pubs"]:
            o.append(r"\item %s%s" % (esc(t), "" if k == "paper" else r" \textbf{(%s)}" % k))
        o.append(r"\end{itemize}")
    if p["awards"]:
        o.append(r"\cvsection{Awards}\small " + "; ".join(esc(a) for a in p["awards"]))
    o.append(r"\end{paracol}\end{document}")
    return "\n".join(o)


# ---------------------------------------------------------------- Deedy-like
DEEDY_PRE = r"""\documentclass[letterpaper,10pt]{article}
\usepackage{fontspec}\setmainfont{Lato}
\usepackage[left=0.5in,top=0.45in,right=0.5in,bottom=0.45in]{geometry}
\usepackage{raleway}\usepackage{xcolor}\usepackage{enumitem}\usepackage{titlesec}
\usepackage[hidelinks]{hyperref}
\hyphenpenalty=10000\exhyphenpenalty=10000
\definecolor{date}{HTML}{666666}\definecolor{primary}{HTML}{2b2b2b}\definecolor{headings}{HTML}{6A6A6A}\definecolor{subheadings}{HTML}{333333}
\pagestyle{empty}\setlength{\parindent}{0pt}
\newcommand{\namesection}[3]{\centering{\fontsize{40pt}{60pt}\ralewaythin #1 \ralewaylight #2}\\[5pt]
 \centering{\color{headings}\fontsize{10pt}{14pt}\selectfont #3}\par\vspace{4pt}\noindent\makebox[\linewidth]{\color{headings}\rule{\paperwidth}{0.4pt}}\par\vspace{2pt}}
\titleformat{\section}{\color{headings}\scshape\ralewaymedium\fontsize{16pt}{24pt}\selectfont\raggedright\uppercase}{}{0em}{}
\titleformat{\subsection}{\color{subheadings}\fontsize{11pt}{12pt}\selectfont\bfseries\uppercase}{}{0em}{}
\titlespacing{\subsection}{0pt}{\parskip}{-\parskip}
\titlespacing{\section}{0pt}{8pt}{4pt}
\newcommand{\runsubsection}[1]{\color{subheadings}\fontsize{11pt}{12pt}\selectfont\bfseries\uppercase{#1}\normalfont}
\newcommand{\descript}[1]{\color{subheadings}\raggedright\scshape\fontsize{10pt}{12pt}\selectfont{#1\\}\normalfont}
\newcommand{\location}[1]{\color{headings}\raggedright\fontsize{9pt}{11pt}\selectfont{#1\\}\normalfont}
\newenvironment{tightemize}{\vspace{-\topsep}\begin{itemize}[leftmargin=1.1em,nosep]\itemsep -0.3em}{\end{itemize}\vspace{-\topsep}}
"""


def deedy(p, v):
    ds = p["dstyle"]
    first, last = p["name"].split(" ", 1)
    o = [DEEDY_PRE, r"\begin{document}"]
    o.append(r"\namesection{%s}{%s}{\href{mailto:%s}{%s} | %s | %s}" % (esc(first), esc(last), p["email"], esc(p["email"]), esc(p["phone"]), esc(p["addr"])))
    o.append(r"\raggedright\begin{minipage}[t]{0.33\textwidth}")
    o.append(r"\section{Education}\subsection{%s}\descript{%s}\location{%s}\location{%s}" % (esc(p["school"]), esc(p["degree"]), esc(p["grad_text"]), esc(p["city"])))
    o.append(r"\section{Board Scores}")
    for a, b in p["tests"]:
        o.append(r"\descript{%s}\location{%s}" % (esc(a), esc(b)))
    if p["ecfmg_text"]:
        o.append(r"\descript{ECFMG}\location{%s}" % esc(p["ecfmg_text"]))
    o.append(r"\section{Languages}\location{%s}" % r"\\ ".join(esc(f"{l[1]} — {l[2]}") for l in p["langs"]))
    if p["visa_text"]:
        o.append(r"\section{Status}\location{%s}" % esc(p["visa_text"]))
    if p["awards"]:
        o.append(r"\section{Honors}\location{%s}" % r"\\ ".join(esc(a) for a in p["awards"]))
    if p["skills"]:
        o.append(r"\section{Skills}\location{%s}" % r"\\ ".join(esc(a) for a in p["skills"]))
    o.append(r"\end{minipage}\hfill\begin{minipage}[t]{0.64\textwidth}")
    if p["objective"]:
        o.append(r"\section{Interests}%s" % esc(p["objective"]))
    o.append(r"\section{Experience}")
    for x in sorted(p["exp"], key=lambda x: x["start"], reverse=True):
        o.append(r"\runsubsection{%s}\descript{| %s}\location{%s | %s}" % (esc(x["org"]), esc(x["title"]), rng(x["start"], x["end"], ds, " – "), esc(x["loc"])))
        if x["bullets"]:
            o.append(r"\begin{tightemize}" + "".join(r"\item %s" % esc(b) for b in x["bullets"]) + r"\end{tightemize}")
        o.append(r"\sectionsep\vspace{4pt}" if False else r"\vspace{4pt}")
    o.append(r"\section{Publications}\footnotesize")
    for k, t in p["pubs"]:
        lab = {"paper": "", "poster": "Poster: ", "abstract": "Abstract: ", "submitted": "Submitted: "}[k]
        o.append(r"%s%s\par\smallskip" % (lab, esc(t)))
    o.append(r"\end{minipage}\end{document}")
    return "\n".join(o)


# ---------------------------------------------------------------- moderncv
def moderncv(p, v):
    ds = p["dstyle"]
    style, color = [("banking", "blue"), ("classic", "green"), ("classic", "burgundy")][v]
    first, last = p["name"].rsplit(" ", 1) if v != 1 else p["name"].split(" ", 1)
    o = [r"\documentclass[11pt,a4paper,sans]{moderncv}", r"\moderncvstyle{%s}\moderncvcolor{%s}" % (style, color),
         r"\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage[scale=0.8]{geometry}",
         r"\name{%s}{%s}" % (esc(first), esc(last)),
         r"\title{%s}" % ["Curriculum Vitae", "Médica — Curriculum Vitae", "Physician"][v],
         r"\address{%s}{}{}" % esc(p["addr"]), r"\phone[mobile]{%s}" % esc(p["phone"]), r"\email{%s}" % p["email"]]
    if v == 2:
        o.append(r"\extrainfo{Date of birth: 02.11.1998}")
    o.append(r"\begin{document}\makecvtitle")
    if p["objective"]:
        o.append(r"\section{%s}\cvitem{}{%s}" % (["Objective", "Career Interests", "Profile"][v], esc(p["objective"])))
    o.append(r"\section{Education}\cventry{%s}{%s}{%s}{%s}{}{}" % (esc(p["grad_text"]), esc(p["degree"]), esc(p["school"]), esc(p["city"])))
    o.append(r"\section{USMLE \& Certification}")
    for a, b in p["tests"]:
        o.append(r"\cvitem{%s}{%s}" % (esc(a), esc(b)))
    if p["ecfmg_text"]:
        o.append(r"\cvitem{ECFMG}{%s}" % esc(p["ecfmg_text"]))
    if p["visa_text"]:
        o.append(r"\cvitem{Visa}{%s}" % esc(p["visa_text"]))
    o.append(r"\section{%s}" % ["U.S. Clinical \& Research Experience", "Experiencia clínica en EE.UU. / US Clinical Experience", "Experience in the USA"][v])
    for x in sorted([x for x in p["exp"] if x["usce"]], key=lambda x: x["start"], reverse=True):
        o.append(r"\cventry{%s}{%s}{%s}{%s}{}{%s}" % (rng(x["start"], x["end"], ds, "--"), esc(x["title"]), esc(x["org"]), esc(x["loc"]),
                                                   esc(" ".join(x["bullets"]))))
    o.append(r"\section{%s}" % ["Clinical Work (Ukraine)", "Experiencia en Colombia", "Work in Poland"][v])
    for x in work(p):
        o.append(r"\cventry{%s}{%s}{%s}{%s}{}{%s}" % (rng(x["start"], x["end"], ds, "--"), esc(x["title"]), esc(x["org"]), esc(x["loc"]), esc(" ".join(x["bullets"]))))
    o.append(r"\section{Publications}")
    for k, t in p["pubs"]:
        o.append(r"\cvitem{%s}{%s}" % ({"paper": "Article", "poster": "Poster", "abstract": "Abstract", "submitted": "Submitted"}[k], esc(t)))
    o.append(r"\section{Languages}")
    for l in p["langs"]:
        o.append(r"\cvitemwithcomment{%s}{%s}{}" % (esc(l[1]), esc(l[2])))
    if p["skills"]:
        o.append(r"\section{Skills}\cvlistitem{%s}" % esc("; ".join(p["skills"])))
    if p["refs"]:
        o.append(r"\section{References}")
        for r in p["refs"]:
            o.append(r"\cvitem{}{\textbf{%s}, %s. %s, %s}" % tuple(esc(z) for z in r))
    o.append(r"\end{document}")
    return "\n".join(o)


# ---------------------------------------------------------------- xelatex + fontawesome icons
XE_PRE = r"""\documentclass[10.5pt]{article}
\usepackage{fontspec}\setmainfont{%s}\usepackage{fontawesome5}
\usepackage[a4paper,margin=1.6cm]{geometry}\usepackage{xcolor}\usepackage{titlesec}\usepackage{enumitem}
\usepackage{tabularx}\usepackage[hidelinks]{hyperref}\usepackage{fancyhdr}\usepackage{lastpage}
\definecolor{acc}{HTML}{%s}
\titleformat{\section}{\large\bfseries\color{acc}}{}{0pt}{}[{\color{acc}\titlerule[0.8pt]}]
\titlespacing{\section}{0pt}{10pt}{5pt}
\setlength{\parindent}{0pt}
\newcommand{\entry}[4]{\textbf{#1}\hfill{\small\color{gray}#2}\\\textit{#3}\hfill{\small #4}\par\smallskip}
"""


def xeicons(p, v):
    ds = p["dstyle"]
    font, col = [("TeX Gyre Heros", "1F4E79"), ("Linux Libertine O", "7A1F1F"), ("Lato", "145A32")][v]
    o = [XE_PRE % (font, col)]
    if v == 1:
        o.append(r"\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}\fancyfoot[L]{\footnotesize %s}\fancyfoot[R]{\footnotesize Page \thepage\ of \pageref{LastPage}}" % esc(p["name"]))
    else:
        o.append(r"\pagestyle{empty}")
    o.append(r"\begin{document}")
    nm = (p["pre"] + " " if p["pre"] and v == 0 else "") + p["name"] + (", " + p["post"] if p["post"] else "")
    o.append(r"{\centering{\fontsize{24}{28}\selectfont\bfseries\color{acc} %s}\par\vspace{6pt}" % esc(nm))
    o.append(r"\faPhone*\ %s\quad \faEnvelope\ \href{mailto:%s}{%s}\quad \faMapMarker*\ %s%s\par}\vspace{4pt}"
             % (esc(p["phone"]), p["email"], esc(p["email"]), esc(p["addr"]),
                r"\quad \faLinkedin\ linkedin.com/in/%s" % p["email"].split("@")[0].replace(".", "-") if v != 2 else r"\quad \faWhatsapp\ same as phone"))
    if p["objective"]:
        o.append(r"\section{\faBullseye\ Personal Statement}%s" % esc(p["objective"]))
    o.append(r"\section{\faGraduationCap\ Medical Education}\entry{%s}{%s}{%s}{%s}" % (esc(p["school"]), esc(p["grad_text"]), esc(p["degree"]), esc(p["city"])))
    o.append(r"\section{\faAward\ Examinations \& Certification}\begin{tabularx}{\linewidth}{@{}lX@{}}")
    for a, b in p["tests"]:
        o.append(r"%s & %s\\" % (esc(a), esc(b)))
    if p["ecfmg_text"]:
        o.append(r"ECFMG & %s\\" % esc(p["ecfmg_text"]))
    if p["visa_text"]:
        o.append(r"Immigration status & %s\\" % esc(p["visa_text"]))
    o.append(r"\end{tabularx}")
    o.append(r"\section{\faHospital\ Clinical Experience}")
    for x in sorted([x for x in p["exp"] if x["sec"] in ("clin", "work")], key=lambda x: x["start"], reverse=True):
        o.append(r"\entry{%s}{%s}{%s}{%s}" % (esc(x["title"]), rng(x["start"], x["end"], ds, " – "), esc(x["org"]), esc(x["loc"])))
        if x["bullets"]:
            o.append(r"\begin{itemize}[nosep,leftmargin=1.2em]" + "".join(r"\item %s" % esc(b) for b in x["bullets"]) + r"\end{itemize}\smallskip")
    if research(p):
        o.append(r"\section{\faFlask\ Research}")
        for x in research(p):
            o.append(r"\entry{%s}{%s}{%s}{%s}" % (esc(x["title"]), rng(x["start"], x["end"], ds, " – "), esc(x["org"]), esc(x["loc"])))
    if p["pubs"]:
        o.append(r"\section{\faBook\ Publications \& Posters}\begin{enumerate}[leftmargin=1.5em]")
        for k, t in p["pubs"]:
            o.append(r"\item %s%s" % (esc(t), "" if k == "paper" else " (%s)" % k))
        o.append(r"\end{enumerate}")
    o.append(r"\section{\faLanguage\ Languages}" + ", ".join(esc(f"{l[1]} ({l[2]})") for l in p["langs"]))
    if p["skills"]:
        o.append(r"\section{\faTools\ Skills}" + esc(" · ".join(p["skills"])))
    if p["refs"]:
        o.append(r"\section{\faUserFriends\ References}")
        for r in p["refs"]:
            o.append(r"\textbf{%s}\\%s\\\faEnvelope\ %s \quad \faPhone*\ %s\par\medskip" % tuple(esc(z) for z in r))
    if v == 1:
        o.append(r"\section{\faHandsHelping\ Volunteering \& Activities}\begin{itemize}[leftmargin=1.2em]"
                 r"\item Medical volunteer, Syrian refugee camp clinics (Zaatari), UNHCR partner NGO, 2021--2022."
                 r"\item President, Jordanian Medical Students' Association --- research committee, 2019--2020."
                 r"\item Organizer, Amman Basic Life Support workshops for school teachers (6 sessions)."
                 r"\item Member, American Thoracic Society (ATS) and Society of Critical Care Medicine (SCCM)."
                 r"\end{itemize}")
        o.append(r"\section{\faUser\ Personal Details}Born 1998 in Irbid, Jordan. Hobbies: hiking, photography, oud.")
    o.append(r"\end{document}")
    return "\n".join(o)
