"""Synthetic workloads at any size for load, chaos and crash runs: N fictional applicants with CVs.

People are recombined from the hand-written sample applicants (first names × last names × a running
number), so values stay realistic and every email is unique. CVs are mostly text PDFs rendered with a
core font (fast: about 5 ms each), with a share of plain-text CVs, missing files and corrupt uploads,
so the failure paths are exercised at scale too.
"""

from __future__ import annotations

import copy
import csv
import io
import random
import unicodedata
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import yaml

from include.config import DEFAULT_CONFIG
from include.sample_data.applicants import FORM_APPLICANTS, FORM_HEADERS, Applicant
from include.sample_data.cv_documents import CvContent, cv_content, render_pdf_corrupt, render_txt
from include.sample_data.preceptors import advisors as sample_advisors

SAMPLE_DIR = Path(__file__).resolve().parent
# cv kind → share of applicants; the rest are text PDFs
MIX = {"txt": 0.10, "missing": 0.03, "pdf_corrupt": 0.02}


@dataclass(frozen=True)
class Workload:
    folder: Path
    config: Path
    form_csv: Path
    cv_dir: Path
    applicants: list[Applicant]
    cv_files: dict[str, Path]  # Drive id -> file

    def form_rows(self) -> list[list[str]]:
        with self.form_csv.open(newline="", encoding="utf-8") as fh:
            return list(csv.reader(fh))


def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii() and (c.isalnum() or c in " -"))


def synthetic_applicants(n: int, seed: int = 7, start: datetime | None = None) -> list[Applicant]:
    """``n`` clean-enough applicants with unique emails and Drive ids, deterministic for ``seed``."""
    rng = random.Random(seed)
    bases = [a for a in FORM_APPLICANTS if a.email.strip() and a.name.strip() and "@" in a.email and a.cv_kind]
    firsts = sorted({_ascii(a.name).split()[0] for a in bases if _ascii(a.name).split()})
    lasts = sorted({_ascii(a.name).split()[-1] for a in bases if len(_ascii(a.name).split()) > 1})
    start = start or datetime(2026, 11, 20, 8, 0)
    out = []
    for i in range(n):
        base = bases[i % len(bases)]
        first, last = rng.choice(firsts), rng.choice(lasts)
        roll = rng.random()
        kind, acc = "pdf", 0.0
        for k, share in MIX.items():
            acc += share
            if roll < acc:
                kind = k
                break
        when = start + timedelta(seconds=37 * i)
        out.append(
            replace(
                base,
                key=f"syn-{seed}-{i}",
                submitted=f"{when.month}/{when.day}/{when.year} {when:%H:%M:%S}",
                name=f"{first} {last}",
                cv_name=f"{first} {last}",
                email=f"{first.lower()}.{last.lower()}.{i}@example.org",
                link_style=base.link_style or "file",
                cv_kind=kind,
                cv_step2ck=None,
                cv_graduation_year=None,
            )
        )
    return out


def render_fast_pdf(content: CvContent) -> bytes:
    """A one-column text PDF with a core font (no TTF embedding, which costs ~200 ms per file)."""
    from fpdf import FPDF

    from include.sample_data.cv_documents import _fold

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 8, _fold(content.name), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9.5)
    pdf.multi_cell(0, 5, _fold(content.contact), new_x="LMARGIN", new_y="NEXT")
    for section in content.sections:
        pdf.ln(2)
        pdf.set_font("Helvetica", "B", 12)
        pdf.multi_cell(0, 7, _fold(section.heading), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)
        for line in section.lines:
            pdf.multi_cell(0, 5, _fold(line), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def cv_bytes(a: Applicant, variant: int) -> tuple[str, bytes] | None:
    """(file suffix, content) of ``a``'s CV, or None when the link points at nothing."""
    if a.cv_kind == "missing":
        return None
    content = cv_content(a, variant)
    if a.cv_kind == "txt":
        return ".txt", render_txt(content)
    if a.cv_kind == "pdf_corrupt":
        return ".pdf", render_pdf_corrupt(content)
    return ".pdf", render_fast_pdf(content)


def synthetic_advisors(count: int) -> dict[str, Any]:
    """``count`` advisors cycling through the sample advisors' hours and specialties."""
    base = sample_advisors()["advisors"]
    out = []
    for i in range(count):
        adv = copy.deepcopy(base[i % len(base)])
        adv["id"] = f"adv-syn-{i:03d}"
        adv["name"] = f"Dr. Advisor {i:03d}, MD"
        adv["email"] = adv["calendar_id"] = f"advisor{i:03d}@clerkflow.example.com"
        out.append(adv)
    return {"advisors": out}


def write_workload(folder: Path, n: int, seed: int = 7, advisors: int | None = None) -> Workload:
    """Write the form CSV, CV files, advisors and a config YAML (local backends) under ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    cv_dir = folder / "cvs"
    cv_dir.mkdir(exist_ok=True)
    people = synthetic_applicants(n, seed)
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(FORM_HEADERS)
    cv_files: dict[str, Path] = {}
    for i, a in enumerate(people):
        writer.writerow(
            [a.submitted, a.name, a.email, a.phone, a.school, a.country, a.graduation_year, a.ecfmg, a.step1,
             a.step2ck, a.specialties, a.states, a.start, a.rotation, a.visa, a.cv_link, a.heard]
        )  # fmt: skip
        made = cv_bytes(a, i)
        if made:
            path = cv_dir / f"{a.drive_id}{made[0]}"
            path.write_bytes(made[1])
            cv_files[a.drive_id] = path
    form_csv = folder / "form_responses.csv"
    form_csv.write_text(buf.getvalue(), encoding="utf-8")
    adv_path = folder / "advisors.yaml"
    adv_path.write_text(yaml.safe_dump(synthetic_advisors(advisors or max(3, n // 25))), encoding="utf-8")
    config = yaml.safe_load(DEFAULT_CONFIG.read_text(encoding="utf-8"))
    form_source = dict(config["sources"][0], path=str(form_csv))
    config["sources"] = [form_source]
    config["roster"]["path"] = str(SAMPLE_DIR / "roster.csv")
    config["advisors"] = str(adv_path)
    config["cv_folder"] = str(cv_dir)
    config_path = folder / "clerkflow.yaml"
    config_path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return Workload(folder, config_path, form_csv, cv_dir, people, cv_files)
