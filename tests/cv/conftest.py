"""Shared CV fixtures: each document is built once per session (fpdf2/python-docx are not free)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from include.cv import CvParserPool
from tests.cv import builders


@pytest.fixture(scope="session")
def documents() -> dict[str, bytes]:
    return {
        "txt": builders.cv_text().encode("utf-8"),
        "pdf_one_column": builders.one_column_pdf(),
        "pdf_two_column": builders.two_column_pdf(),
        "docx_table_header": builders.docx_with_table_and_header(),
    }


@pytest.fixture(scope="module")
def pool() -> Iterator[CvParserPool]:
    with CvParserPool(2, timeout_s=20.0) as p:
        yield p
