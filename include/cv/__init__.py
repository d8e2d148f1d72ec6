"""CV parsing: PDF/DOCX/TXT to an IMG profile, each file isolated in a worker process.

``PARSER_VERSION`` is stored with every profile; bump it whenever a change could alter any profile
field for some CV (new heading words, date formats, extraction rules): stored profiles with an older
version are parsed again. Major: the profile's keys or value types change; minor: extraction rules
change; patch: fixes that cannot change results (performance, messages).
"""

from __future__ import annotations

from typing import Any

from include.cv.keys import PROFILE_KEYS

PARSER_VERSION = "2.59.0"

__all__ = ["PARSER_VERSION", "PROFILE_KEYS", "CvParserPool", "extract_profile", "parse_cv", "parse_document"]

_LAZY = {
    "CvParserPool": "include.cv.sandbox",
    "parse_cv": "include.cv.sandbox",
    "parse_document": "include.cv.document",
    "extract_profile": "include.cv.profile",
}


def __getattr__(name: str) -> Any:
    """The parser's entry points, imported on first use: the pool's parent never loads pdfium or lxml."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(name)
