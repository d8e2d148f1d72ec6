"""Reading rules from issue 12's thirty-seventh round (before holdout36 was read: what holdout35 left unread)."""

from __future__ import annotations

from datetime import date

from include.cv.profile import extract_profile
from include.cv.sections import INTERESTS, WORK, heading_kind

TODAY = date(2026, 12, 1)

HH_RU = (
    "Dmitry Sokolov\n"
    "dm.sokolov@yandex.ru\n\n"
    "Желаемая должность и зарплата\n\n"
    "Врач-невролог / Neurology resident (USA)\n"
    "Занятость: полная занятость\n\n"
    "Опыт работы — 3 года 3 месяца\n\n"
    "Сентябрь 2023 — по настоящее время   ГБУЗ «ГКБ им. С.П. Боткина», Москва. Врач-невролог.\n"
    "Июль 2025 — Август 2025 Mayo Clinic, Rochester, Minnesota, USA. Observership, Department of\n"
    "Neurology (стажировка-наблюдение, Observer).\n\n"
    "Обо мне\n\n"
    "Цель — резидентура по неврологии в США.\n"
)


def test_an_hh_ru_export_s_headings() -> None:
    assert heading_kind("Опыт работы — 3 года 3 месяца") == (WORK, False)  # the length after it is no word of it
    assert heading_kind("Опыт работы — 11 месяцев") == (WORK, False)
    assert heading_kind("Желаемая должность и зарплата") == (INTERESTS, False)
    assert heading_kind("Тесты, экзамены") is not None
    assert heading_kind("Обо мне") == (INTERESTS, False)
    assert heading_kind("Опыт работы — Mayo Clinic") is None  # not a length: a line of its own


def test_an_hh_ru_export_s_desired_post_and_us_experience() -> None:
    profile = extract_profile(HH_RU, TODAY)
    assert profile["specialties"] == ["Neurology"]  # "Neurology resident" under the desired post
    assert [(e["type"], e["state"], e["start"], e["end"]) for e in profile["usce_entries"]] == [
        ("observership", "MN", "2025-07", "2025-08")
    ]
