# -*- coding: utf-8 -*-
import html as _h
def esc(s): return _h.escape(s)
def contact_val(p, label_sub):
    for ic, lab, val in p["contacts"]:
        if label_sub.lower() in lab.lower(): return val
    return ""
SEC = dict(summary="Profile", education="Education & Training", exams="Examinations & Certification",
           usce="US Clinical Experience", work="Clinical Experience (outside the US)", pubs="Research & Publications",
           languages="Languages", interests="Career Interests", referees="Referees")
