# -*- coding: utf-8 -*-
"""Validates ../truth.jsonl against ../files for writer w30. Exit 1 on any problem."""
import json, logging, os, re, subprocess, sys, unicodedata, zipfile
logging.getLogger("pypdf").setLevel(logging.CRITICAL)

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FILES = os.path.join(ROOT, "files")

KEYS = ["file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country",
        "graduation_year", "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status",
        "specialties", "languages", "visa_status", "publications", "usce_months", "usce_months_clinical",
        "usce_entries"]
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
             "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
ECFMG = {"certified", "pending", "not_certified", None}
VISA = {"citizen", "green_card", "j1", "h1b", "b1b2", None}
TYPES = {"hands_on", "observership", "research", "telehealth"}
READABLE_EXT = {"pdf", "docx", "odt", "rtf", "txt"}
errors = []


def err(f, msg):
    errors.append(f"{f}: {msg}")


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u00a0", " ").replace("\u2011", "-")
    return re.sub(r"\s+", " ", s).casefold()


def rtf_text(data):
    out, i, n = [], 0, len(data)
    skip_uc = 1
    depth_skip = []  # ignore destinations like fonttbl/stylesheet/info
    depth = 0
    while i < n:
        c = data[i]
        if c == "{":
            depth += 1
            i += 1
        elif c == "}":
            while depth_skip and depth_skip[-1] >= depth:
                depth_skip.pop()
            depth -= 1
            i += 1
        elif c == "\\":
            m = re.match(r"\\([a-zA-Z]+)(-?\d+)? ?", data[i:])
            if m:
                word, arg = m.group(1), m.group(2)
                i += m.end()
                if word in ("fonttbl", "stylesheet", "info", "colortbl", "pict", "listtable", "listoverridetable",
                            "rsidtbl", "generator", "xmlnstbl", "latentstyles", "datastore", "themedata"):
                    depth_skip.append(depth)
                elif word == "uc":
                    skip_uc = int(arg or 1)
                elif word == "u":
                    v = int(arg)
                    if v < 0:
                        v += 65536
                    if not depth_skip:
                        out.append(chr(v))
                    # skip fallback chars
                    k = 0
                    while k < skip_uc and i < n:
                        if data[i] == "\\" and data[i + 1] == "'":
                            i += 4
                        else:
                            i += 1
                        k += 1
                elif word in ("par", "line", "tab", "cell", "row", "sect", "page") and not depth_skip:
                    out.append(" ")
                continue
            if data[i + 1] == "'":
                if not depth_skip:
                    out.append(bytes([int(data[i + 2:i + 4], 16)]).decode("cp1252", "replace"))
                i += 4
                continue
            if data[i + 1] == "*":
                depth_skip.append(depth)
                i += 2
                continue
            if not depth_skip:
                out.append(data[i + 1])
            i += 2
        else:
            if not depth_skip and c not in "\r\n":
                out.append(c)
            i += 1
    return "".join(out)


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        r = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True)
        return r.stdout.decode("utf-8", "replace")
    if ext == "txt":
        return open(path, encoding="utf-8", newline="").read()
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        for s in d.sections:
            for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer):
                parts += [p.text for p in hf.paragraphs]
        return "\n".join(parts)
    if ext == "odt":
        z = zipfile.ZipFile(path)
        x = z.read("content.xml").decode("utf-8") + z.read("styles.xml").decode("utf-8")
        x = re.sub(r"<text:(s|tab|line-break)[^>]*/>", " ", x)
        x = re.sub(r"</text:(p|h)>", "\n", x)
        x = re.sub(r"<[^>]+>", "", x)
        import html
        return html.unescape(x)
    if ext == "rtf":
        return rtf_text(open(path, encoding="latin-1").read())
    raise ValueError(ext)


def month_set(ents, clinical):
    s = set()
    for e in ents:
        if clinical and e["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, e["start"].split("-"))
        y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m))
            m += 1
            if m == 13:
                y, m = y + 1, 1
    return s


def check_record(r):
    f = r["file"]
    path = os.path.join(FILES, f)
    if not os.path.exists(path):
        err(f, "file missing")
        return None
    ext = f.rsplit(".", 1)[1]
    if not f.startswith("w30_") or r.get("layout") not in f:
        err(f, "bad name/layout")
    if r.get("error"):
        if set(r) != {"file", "layout", "error"} or r["error"] is not True:
            err(f, "damaged record must have only file/layout/error")
        data = open(path, "rb").read()
        if ext == "pdf":
            from pypdf import PdfReader
            try:
                rd = PdfReader(path)
                if rd.is_encrypted:
                    if rd.decrypt("") != 0:
                        err(f, "encrypted PDF opens with empty password")
                else:
                    txt = "".join(p.extract_text() or "" for p in rd.pages)
                    if "@" in txt:
                        err(f, "damaged PDF still yields full text")
            except Exception:
                pass  # unreadable, as intended
        elif ext == "docx":
            if zipfile.is_zipfile(path):
                err(f, "random-bytes docx is a valid zip")
        if len(data) > 0 and data[:4] == b"%PDF" and b"%%EOF" in data[-64:] and b"/Encrypt" not in data:
            err(f, "damaged PDF looks complete")
        return "damaged"
    missing = [k for k in KEYS if k not in r]
    extra = [k for k in r if k not in KEYS + ["needs_ocr"]]
    if missing or extra:
        err(f, f"keys missing={missing} extra={extra}")
        return None
    if not r["full_name"] or re.search(r"\b(Dr|MD|MBBS|MBChB)\b\.?", r["full_name"]):
        err(f, "full_name empty or contains title/degree")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"] or ""):
        err(f, "bad email")
    if r["phone_e164"] is not None and not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"]):
        err(f, "phone not E.164")
    if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"] or ""):
        err(f, "country not ISO alpha-2")
    gy = r["graduation_year"]
    if not isinstance(gy, int) or not 1980 <= gy <= 2032:
        err(f, "graduation_year")
    if not isinstance(r["is_student"], bool):
        err(f, "is_student not bool")
    elif r["is_student"] != (gy > 2026):
        err(f, "is_student inconsistent with graduation_year (ref 2026-12-01)")
    s1 = r["usmle_step1"]
    if not (s1 in (None, "pass", "fail") or (isinstance(s1, int) and 100 <= s1 <= 300)):
        err(f, "usmle_step1")
    for k in ("usmle_step2ck", "usmle_step3"):
        v = r[k]
        if not (v is None or (isinstance(v, int) and not isinstance(v, bool) and 100 <= v <= 300)):
            err(f, k)
    if r["ecfmg_status"] not in ECFMG:
        err(f, "ecfmg_status enum")
    if r["visa_status"] not in VISA:
        err(f, "visa_status enum")
    if not all(s in SPECS for s in r["specialties"]) or len(set(r["specialties"])) != len(r["specialties"]):
        err(f, "specialties vocab/dupes")
    if not isinstance(r["languages"], list) or not all(isinstance(x, str) and x for x in r["languages"]):
        err(f, "languages")
    if not isinstance(r["publications"], int) or r["publications"] < 0:
        err(f, "publications")
    for e in r["usce_entries"]:
        if set(e) != {"type", "specialty", "state", "start", "end"}:
            err(f, f"entry keys {e}")
            continue
        if e["type"] not in TYPES or e["specialty"] not in SPECS or e["state"] not in STATES:
            err(f, f"entry enum {e}")
        if not (re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["start"]) and re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", e["end"])):
            err(f, f"entry dates {e}")
        elif e["start"] > e["end"] or e["end"] > "2026-12":
            err(f, f"entry order/future {e}")
    if len(month_set(r["usce_entries"], False)) != r["usce_months"]:
        err(f, f"usce_months {r['usce_months']} != {len(month_set(r['usce_entries'], False))}")
    if len(month_set(r["usce_entries"], True)) != r["usce_months_clinical"]:
        err(f, "usce_months_clinical recount")
    if r.get("needs_ocr"):
        if ext == "pdf":
            t = subprocess.run(["pdftotext", path, "-"], capture_output=True).stdout.decode("utf-8", "replace")
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
            if t.strip() or len(fonts) > 2:
                err(f, "scan PDF has a text layer")
        elif ext in ("png", "jpg", "jpeg"):
            from PIL import Image
            Image.open(path).verify()
        else:
            err(f, "scan with unexpected extension")
        return "scan"
    if ext not in READABLE_EXT:
        err(f, "readable file with non-accepted extension")
    txt = norm(text_of(path))
    if norm(r["full_name"]) not in txt:
        err(f, "full_name not found in extracted text")
    if norm(r["email"]) not in txt:
        err(f, "email not found in extracted text")
    if ext == "txt" and b"\r\n" not in open(path, "rb").read():
        err(f, "txt not CRLF")
    return "readable"


def main():
    recs = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8") if l.strip()]
    names = [r["file"] for r in recs]
    on_disk = sorted(os.listdir(FILES))
    if sorted(names) != on_disk:
        err("truth.jsonl", f"file list mismatch: {set(names) ^ set(on_disk)}")
    if len(set(names)) != len(names):
        err("truth.jsonl", "duplicate file names")
    kinds = {}
    for r in recs:
        k = check_record(r)
        kinds[k] = kinds.get(k, 0) + 1
    print("kinds:", kinds)
    if kinds.get("readable", 0) < 12 or kinds.get("scan", 0) < 3 or kinds.get("damaged", 0) < 2:
        err("truth.jsonl", "kind counts too low")
    for e in errors:
        print("FAIL", e)
    print(f"{len(recs) - len({e.split(':')[0] for e in errors})} passed, {len({e.split(':')[0] for e in errors})} failed")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
