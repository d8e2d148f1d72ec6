"""Property tests: no text makes ``extract_profile`` raise, no bytes make ``parse_cv`` raise."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from include.cv import PROFILE_KEYS, CvParserPool, extract_profile, parse_cv
from include.cv.extract import decode_text

_CV_WORDS = st.sampled_from(
    [
        "Education",
        "USMLE",
        "Step 1:",
        "Step 2 CK",
        "245",
        "(expected)",
        "Pass",
        "Observership",
        "Jun 2021 -",
        "Present",
        "2019–2023",
        "06/2021",
        "2021.06",
        ", NY",
        "Houston, TX",
        "MBBS",
        "MD",
        "ECFMG",
        "References",
        "Languages",
        "Publications",
        "1.",
        "•",
        "@",
        "+1 212 555 0100",
        "a@b.co",
        "\n",
        "\n\n",
        "   ",
        "|",
    ]
)
_CV_LIKE = st.lists(st.one_of(_CV_WORDS, st.text(max_size=12)), max_size=60).map(" ".join)
_PREFIXES = st.sampled_from([b"", b"%PDF-1.7\n", b"PK\x03\x04", b"\xef\xbb\xbf", b"\xff\xfe"])


@settings(max_examples=150, deadline=None)
@given(text=st.one_of(st.text(), _CV_LIKE), today=st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)))
def test_extract_profile_never_raises_and_always_has_every_key(text: str, today: date) -> None:
    profile = extract_profile(text, today)
    assert tuple(profile) == PROFILE_KEYS
    assert isinstance(profile["usce_entries"], list)
    assert profile["usmle_step2ck"] is None or 140 <= profile["usmle_step2ck"] <= 300
    assert profile["usce_months"] is None or profile["usce_months"] >= 0


@settings(max_examples=10, deadline=None)
@given(content=st.binary(max_size=2000))
def test_parse_cv_on_random_bytes_returns_a_profile(content: bytes) -> None:
    profile = parse_cv(content, "random.pdf", timeout_s=10)
    assert tuple(profile) == PROFILE_KEYS
    assert profile["error"] is True or decode_text(content) is not None


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(prefix=_PREFIXES, body=st.binary(max_size=4000))
def test_pool_on_random_bytes_with_file_signatures_never_raises(pool: CvParserPool, prefix: bytes, body: bytes) -> None:
    content = prefix + body
    profile = pool.parse(content, "random.docx")
    assert tuple(profile) == PROFILE_KEYS
    if prefix in {b"%PDF-1.7\n", b"PK\x03\x04"}:
        assert profile["error"] is True
        assert profile["error_reason"]
    else:
        assert profile["error"] is True or decode_text(content) is not None
