"""CV parsing: PDF/DOCX/TXT to an IMG profile, each file isolated in a worker process.

``PARSER_VERSION`` is stored with every profile; bump it whenever a change could alter any profile
field for some CV (new heading words, date formats, extraction rules): stored profiles with an older
version are parsed again. Major: the profile's keys or value types change; minor: extraction rules
change; patch: fixes that cannot change results (performance, messages).
"""

from include.cv.document import parse_document
from include.cv.profile import PROFILE_KEYS, extract_profile
from include.cv.sandbox import CvParserPool, parse_cv

PARSER_VERSION = "1.1.0"

__all__ = ["PARSER_VERSION", "PROFILE_KEYS", "CvParserPool", "extract_profile", "parse_cv", "parse_document"]
