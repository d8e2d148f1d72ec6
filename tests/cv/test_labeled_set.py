"""Every field of every CV in the labeled set, parsed in the sandboxed pool from the files the generator wrote."""

from __future__ import annotations

import json
from typing import Any

import pytest

from include.cv import PROFILE_KEYS, CvParserPool
from tests.cv.labeled import generate

IDS = generate.case_ids()


@pytest.fixture(scope="session")
def labeled(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[dict[str, Any], dict[str, Any]]]:
    """``case id -> (expected, parsed)``, read back from the generated folder."""
    folder = tmp_path_factory.mktemp("cv-labeled")
    paths = generate.write(folder)
    with CvParserPool(2) as pool:
        parsed = pool.parse_many([(p.read_bytes(), p.name) for p in paths], today=generate.TODAY)
    out = {}
    for path, profile in zip(paths, parsed, strict=True):
        case_id = path.stem
        out[case_id] = (json.loads((folder / f"{case_id}.json").read_text()), profile)
    return out


def test_set_has_forty_varied_cvs_and_the_hostile_files() -> None:
    good = [i for i in IDS if not i.startswith("9")]
    assert len(good) >= 40
    assert {i.split("-", 1)[1] for i in good} == set(generate.RENDERERS)
    assert len(IDS) == len(set(IDS))


def test_generator_is_deterministic() -> None:
    first = [generate._cv(i, "txt").expected for i in range(5)]
    again = [generate._cv(i, "txt").expected for i in range(5)]
    assert first == again
    assert generate.render_txt(generate._cv(3, "txt")) == generate.render_txt(generate._cv(3, "txt"))


def test_written_files_match_the_case_ids(labeled: dict) -> None:
    assert sorted(labeled) == sorted(IDS)


@pytest.mark.parametrize("key", PROFILE_KEYS)
@pytest.mark.parametrize("case_id", IDS)
def test_labeled_field(labeled: dict, case_id: str, key: str) -> None:
    expected, parsed = labeled[case_id]
    if key == "evidence":
        # Not labeled: every identity field found says where (page, line) and why.
        for field in ("full_name", "email", "phone_e164"):
            if parsed[field] is not None:
                where = parsed["evidence"][field]
                assert where["page"] >= 1
                assert where["line"] >= 1
                assert where["why"]
        return
    if key == "medical_school" and expected[key] and parsed[key]:
        assert expected[key] in parsed[key]  # the school with its faculty/campus/city parts
        return
    assert parsed[key] == expected[key]


def test_expected_files_name_every_profile_key(labeled: dict) -> None:
    for expected, _ in labeled.values():
        assert tuple(expected) == PROFILE_KEYS
