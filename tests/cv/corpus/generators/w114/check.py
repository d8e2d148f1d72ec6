#!/usr/bin/env python3
"""Independent checks of w114 truth.jsonl against the contract and the files."""
import json, re, subprocess, zipfile, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FILES = ROOT / 'files'
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
             "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages",
        "publications", "usce_entries", "usce_months", "usce_months_clinical"]
# email written in words in the file; the truth keeps the normal address
EMAIL_AS_WRITTEN = {"w114_015_lo_txt_pdf.pdf": "rquispe.medica at gmail dot com"}
# name given in separate form fields (first / middle / last) in the file
NAME_SPLIT = {"w114_001_webform_txt.txt"}
errs = []


def err(f, m):
    errs.append(f'{f}: {m}')


def months(entries, clinical_only=False):
    s = set()
    for e in entries:
        if clinical_only and e['type'] in ('research', 'telehealth'):
            continue
        y, m = map(int, e['start'].split('-')); ye, me = map(int, e['end'].split('-'))
        if (ye, me) > (2026, 12):
            ye, me = 2026, 12
        while (y, m) <= (ye, me):
            s.add((y, m)); m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)


def rtf_text(b):
    s = b.decode('latin-1')
    s = re.sub(r"\\'([0-9a-f]{2})", lambda m: bytes([int(m.group(1), 16)]).decode('cp1252'), s)
    s = re.sub(r'\\u(-?\d+)\??', lambda m: chr(int(m.group(1)) % 65536), s)
    s = re.sub(r'\{\\\*[^{}]*\}', '', s)
    s = re.sub(r'\{\\fonttbl[^{}]*\{[^{}]*\}\}', '', s)
    s = s.replace('\\par', '\n')
    s = re.sub(r'\\[a-zA-Z]+-?\d* ?', '', s)
    return s.replace('{', '').replace('}', '')


def text_of(p):
    ext = p.suffix.lower()
    if ext in ('.txt', '.md'):
        return p.read_bytes().decode('utf-8-sig')
    if ext == '.rtf':
        return rtf_text(p.read_bytes())
    if ext == '.docx':
        with zipfile.ZipFile(p) as z:
            parts = [n for n in z.namelist() if re.match(r'word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$', n)]
            xml = ' '.join(z.read(n).decode('utf-8') for n in parts)
        xml = re.sub(r'</w:p>', '\n', xml)
        return re.sub(r'<[^>]+>', '', xml)
    if ext == '.pdf':
        return subprocess.run(['pdftotext', str(p), '-'], capture_output=True, text=True).stdout
    raise ValueError(ext)


def norm(s):
    s = unicodedata.normalize('NFC', s).lower()
    return re.sub(r'\s+', ' ', s)


rows = [json.loads(l) for l in (ROOT / 'truth.jsonl').read_text().splitlines() if l.strip()]
names = {r['file'] for r in rows}
ondisk = {p.name for p in FILES.iterdir()}
if names != ondisk:
    err('*', f'truth/file mismatch: {sorted(names ^ ondisk)}')
if len(rows) != 24:
    err('*', f'{len(rows)} rows')
kinds = {'readable': 0, 'scan': 0, 'error': 0}
layouts = set()
seen_people = set()
for r in rows:
    f = r['file']; p = FILES / f
    if not re.fullmatch(r'w114_\d{3}_' + re.escape(r['layout']) + r'\.[a-z]+', f):
        err(f, 'name/layout')
    if r.get('error'):
        kinds['error'] += 1
        if set(r) != {'file', 'layout', 'error'}:
            err(f, 'extra keys on damaged')
        if p.suffix == '.pdf':
            rc = subprocess.run(['pdfinfo', str(p)], capture_output=True).returncode
            t = subprocess.run(['pdftotext', str(p), '-'], capture_output=True, text=True)
            if rc == 0 and t.stdout.strip():
                err(f, 'damaged pdf opens')
        elif p.suffix == '.docx':
            try:
                zipfile.ZipFile(p); err(f, 'damaged docx opens')
            except Exception:
                pass
        continue
    miss = [k for k in KEYS if k not in r]
    if miss:
        err(f, f'missing {miss}')
        continue
    scan = r.get('needs_ocr') is True
    kinds['scan' if scan else 'readable'] += 1
    if not scan:
        layouts.add(r['layout'])
    if not re.fullmatch(r'\+[1-9]\d{7,14}', r['phone_e164'] or '+10000000'):
        err(f, 'phone')
    if not re.fullmatch(r'[^@\s]+@[^@\s]+\.[a-z]{2,}', r['email'] or ''):
        err(f, 'email')
    if not re.fullmatch(r'[A-Z]{2}', r['medical_school_country']):
        err(f, 'country')
    if not isinstance(r['graduation_year'], int) or not 1990 <= r['graduation_year'] <= 2030:
        err(f, 'grad year')
    if r['is_student'] != (r['graduation_year'] > 2026):
        err(f, 'is_student vs graduation year')
    s1 = r['usmle_step1']
    if not (s1 in (None, 'pass', 'fail') or (isinstance(s1, int) and 100 <= s1 <= 300)):
        err(f, 'step1')
    for k in ('usmle_step2ck', 'usmle_step3'):
        if not (r[k] is None or (isinstance(r[k], int) and 100 <= r[k] <= 300)):
            err(f, k)
    if r['ecfmg_status'] not in ('certified', 'pending', 'not_certified', None):
        err(f, 'ecfmg')
    if r['visa_status'] not in ('citizen', 'green_card', 'j1', 'h1b', 'b1b2', None):
        err(f, 'visa')
    if not set(r['specialties']) <= SPECS or len(set(r['specialties'])) != len(r['specialties']):
        err(f, 'specialties')
    if not r['languages'] or not isinstance(r['publications'], int) or r['publications'] < 0:
        err(f, 'languages/publications')
    for e in r['usce_entries']:
        if set(e) != {'type', 'specialty', 'state', 'start', 'end'} or e['type'] not in (
                'hands_on', 'observership', 'research', 'telehealth') or e['state'] not in STATES or \
                (e['specialty'] is not None and e['specialty'] not in SPECS) or \
                not re.fullmatch(r'\d{4}-(0[1-9]|1[0-2])', e['start']) or not re.fullmatch(r'\d{4}-(0[1-9]|1[0-2])', e['end']) or \
                e['start'] > e['end']:
            err(f, f'bad usce entry {e}')
    if months(r['usce_entries']) != r['usce_months']:
        err(f, f"usce_months {r['usce_months']} != {months(r['usce_entries'])}")
    if months(r['usce_entries'], True) != r['usce_months_clinical']:
        err(f, f"usce_months_clinical {r['usce_months_clinical']} != {months(r['usce_entries'], True)}")
    person = (r['full_name'], r['email'])
    if person in seen_people:
        err(f, 'duplicate person')
    seen_people.add(person)
    # file-level checks
    if scan:
        if p.suffix == '.pdf':
            fonts = subprocess.run(['pdffonts', str(p)], capture_output=True, text=True).stdout.splitlines()
            txt = subprocess.run(['pdftotext', str(p), '-'], capture_output=True, text=True).stdout
            if len(fonts) > 2 or txt.strip():
                err(f, 'scan pdf has a text layer')
        else:
            from PIL import Image
            Image.open(p).verify()
        continue
    t = norm(text_of(p))
    if f in NAME_SPLIT:
        if not all(norm(w) in t for w in r['full_name'].split()):
            err(f, 'name parts not in text')
    elif norm(r['full_name']) not in t:
        err(f, f"name not in text: {r['full_name']}")
    em = EMAIL_AS_WRITTEN.get(f, r['email'])
    if norm(em) not in t:
        err(f, f'email not in text: {em}')
    digits = re.sub(r'\D', '', t)
    if r['phone_e164'][-8:] not in digits:
        err(f, 'phone digits not in text')

print('counts:', kinds, 'distinct readable layouts:', len(layouts))
if kinds != {'readable': 16, 'scan': 5, 'error': 3}:
    err('*', 'counts')
if len(layouts) < 8:
    err('*', 'layouts')
for e in errs:
    print('ERROR', e)
print('OK' if not errs else f'{len(errs)} problems')
sys.exit(1 if errs else 0)
