"""Independent check of truth.jsonl against the files' actual text (pdftotext / python-docx / raw txt / tesseract).
Does not import the generators' formatting code: dates printed in the files are re-parsed here."""
import json
import os
import re
import subprocess
import sys
import unicodedata

import docx

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
MON = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
ES = {m: i + 1 for i, m in enumerate(["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                                       "septiembre", "octubre", "noviembre", "diciembre"])}
STATES = {"AL": "Alabama", "AZ": "Arizona", "CA": "California", "CT": "Connecticut", "FL": "Florida",
          "GA": "Georgia", "IL": "Illinois", "KY": "Kentucky", "LA": "Louisiana", "MA": "Massachusetts",
          "MD": "Maryland", "MI": "Michigan", "MN": "Minnesota", "NJ": "New Jersey", "NV": "Nevada",
          "NY": "New York", "OH": "Ohio", "PA": "Pennsylvania", "TN": "Tennessee", "TX": "Texas",
          "WA": "Washington", "CO": "Colorado", "NC": "North Carolina", "MO": "Missouri"}


def text_of(path):
    if path.endswith(".pdf"):
        return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
    if path.endswith(".txt"):
        raw = open(path, "rb").read()
        assert b"\r\n" in raw and raw.count(b"\n") == raw.count(b"\r\n"), "not pure CRLF"
        return raw.decode("utf-8")
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    for s in d.sections:
        parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    return "\n".join(parts)


def ocr_of(path):
    tmp = os.path.join(ROOT, "tmp", "ocr")
    os.makedirs(tmp, exist_ok=True)
    for f in os.listdir(tmp):
        os.remove(os.path.join(tmp, f))
    # the images are JPEGs inside the PDF: extract them as they are
    subprocess.run(["pdfimages", "-j", path, os.path.join(tmp, "p")], check=True)
    out = []
    for f in sorted(os.listdir(tmp)):
        out.append(subprocess.run(["tesseract", os.path.join(tmp, f), "-", "--psm", "3"], capture_output=True,
                                  text=True).stdout)
    return "\n".join(out)


def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s)


def parse_month(tok):
    """'Mar 2024', 'March 2024', '03/2024', '2024-03', '03.2024', "Mar '24", 'marzo 2024', '01/03/2024'."""
    tok = tok.strip().lower()
    m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", tok)
    if m:
        return int(m.group(3)), int(m.group(2))
    m = re.fullmatch(r"(\d{2})[/.](\d{4})", tok)
    if m:
        return int(m.group(2)), int(m.group(1))
    m = re.fullmatch(r"(\d{4})-(\d{2})", tok)
    if m:
        return int(m.group(1)), int(m.group(2))
    m = re.fullmatch(r"([a-z]+) '(\d{2})", tok)
    if m:
        return 2000 + int(m.group(2)), MON[m.group(1)[:3]]
    m = re.fullmatch(r"([a-z]+) (\d{4})", tok)
    if m:
        w = m.group(1)
        return int(m.group(2)), ES[w] if w in ES else MON[w[:3]]
    raise ValueError(tok)


def parse_range(s):
    s = s.strip()
    s = re.sub(r"\s*\(\d+ months?\)$", "", s)
    if re.search(r"present|actualidad", s, re.I):
        a = re.split(r"\s+[–-]\s+", s)[0]
        return parse_month(a), (2026, 12)
    m = re.fullmatch(r"([A-Za-z]+)[–-]([A-Za-z]+) (\d{4})", s)
    if m:
        return (int(m.group(3)), MON[m.group(1)[:3].lower()]), (int(m.group(3)), MON[m.group(2)[:3].lower()])
    m = re.fullmatch(r"([A-Za-z]{3})-([A-Za-z]{3}) '(\d{2})", s)
    if m:
        y = 2000 + int(m.group(3))
        return (y, MON[m.group(1).lower()]), (y, MON[m.group(2).lower()])
    m = re.fullmatch(r"([A-Za-z]{3} '\d{2})-([A-Za-z]{3} '\d{2})", s)
    if m:
        return parse_month(m.group(1)), parse_month(m.group(2))
    parts = re.split(r"\s+(?:–|-|to)\s+", s)
    if len(parts) == 1:
        a = parse_month(parts[0])
        return a, a
    return parse_month(parts[0]), parse_month(parts[1])


def months(s, e):
    y, m = s
    out = set()
    while (y, m) <= e:
        out.add((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


DATE_RE = re.compile(
    r"(?:\d{2}/\d{2}/\d{4} – \d{2}/\d{2}/\d{4})"
    r"|(?:[A-Z][a-z]+ \d{4} - (?:[A-Z][a-z]+ \d{4}|Present) \(\d+ months?\))"
    r"|(?:[A-Za-z]{3}-[A-Za-z]{3} '\d{2})|(?:[A-Za-z]{3} '\d{2}-[A-Za-z]{3} '\d{2})|(?:[A-Za-z]{3} '\d{2}(?: – Present)?)"
    r"|(?:[A-Z][a-z]+–[A-Z][a-z]+ \d{4})"
    r"|(?:(?:[A-Za-z]+ \d{4}|\d{2}[/.]\d{4}|\d{4}-\d{2})(?:\s+(?:–|to)\s+(?:[A-Za-z]+ \d{4}|\d{2}[/.]\d{4}|\d{4}-\d{2}|Present|actualidad))?)")


def ym(s):
    return int(s[:4]), int(s[5:7])


def check(t, txt, scan=False):
    errs = []
    T = norm(txt)
    Tl = T.lower()

    def need(s, what):
        if norm(s).lower() not in Tl:
            errs.append(f"missing {what}: {s!r}")

    need(t["full_name"], "name")
    need(t["email"], "email")
    digits = re.sub(r"\D", "", T)
    nat = t["phone_e164"][1:]
    cc_len = 1 if nat.startswith(("1", "7")) else (3 if nat[:3] in ("880", "977", "962", "966", "963", "961", "964", "233", "234", "254", "251") else 2)
    if nat[cc_len:] not in digits:
        errs.append(f"phone digits {nat[cc_len:]} missing")
    need(t["medical_school"], "school")
    if str(t["graduation_year"]) not in T:
        errs.append("grad year missing")
    if t["is_student"] and not re.search(r"expected|candidate|MD Candidate", T, re.I):
        errs.append("student marker missing")
    for key, lab in (("usmle_step1", r"Step 1"), ("usmle_step2ck", r"Step 2 CK"), ("usmle_step3", r"Step 3")):
        v = t[key]
        ms = re.findall(lab + r"[^A-Za-z0-9]{0,6}(\w+)", T)
        if v is None:
            if any(re.fullmatch(r"\d{3}", x) or x.lower() in ("pass", "passed") for x in ms):
                errs.append(f"{key} null but text has {ms}")
        elif v == "pass":
            if not any(x.lower() in ("pass", "passed", "aprobado") for x in ms):
                errs.append(f"{key} pass not found {ms}")
        elif str(v) not in ms:
            errs.append(f"{key} {v} not found {ms}")
    ec = t["ecfmg_status"]
    if ec is None and "ecfmg" in Tl:
        errs.append("ecfmg mentioned but null")
    if ec == "certified" and not re.search(r"ecfmg[^\n]{0,20}certifi|certific\w* (por )?ecfmg|ecfmg:? certificad|^certified", Tl + " " + Tl.replace("\n", " "), re.M):
        if "certified" not in Tl:
            errs.append("ecfmg certified not found")
    if ec == "pending" and "pending" not in Tl:
        errs.append("ecfmg pending not found")
    if ec == "not_certified" and "not yet certified" not in Tl:
        errs.append("not_certified not found")
    vk = {"citizen": r"citizen|ciudadano", "green_card": r"permanent resident|green card|residente permanente",
          "j1": r"\bJ-?1\b", "h1b": r"H-1B", "b1b2": r"B1/B2"}
    for k, rx in vk.items():
        hit = re.search(rx, T, re.I)
        if k == t["visa_status"] and not hit:
            errs.append(f"visa {k} not found")
        if k != t["visa_status"] and hit:
            errs.append(f"visa text {k} present but truth {t['visa_status']}")
    for s in t["specialties"]:
        alt = {"Obstetrics and Gynecology": r"Obstetrics|OB/GYN", "Pulmonology/Critical Care": r"Pulmonary|Pulmonology",
               "Hematology/Oncology": r"Hematology"}.get(s, re.escape(s))
        if not re.search(alt, T, re.I):
            errs.append(f"specialty {s} missing")
    for lg in t["languages"]:
        if lg.lower() not in Tl:
            errs.append(f"language {lg} missing")
    if t["publications"] is None:
        if re.search(r"publica", T, re.I):
            errs.append("publications null but section present")
    else:
        n = len(re.findall(r"doi:10\.", T))
        if "linkedin" in t["layout"] and not scan:
            n = t["publications"]  # sidebar lists titles without doi; checked by eye
        if n != t["publications"] and not scan:
            errs.append(f"publications {t['publications']} but {n} doi entries")
    # USCE: dates printed next to each US institution, re-parsed here
    allm, clin = set(), set()
    for u in t["usce_entries"]:
        allm |= months(ym(u["start"]), ym(u["end"]))
        if u["type"] in ("hands_on", "observership"):
            clin |= months(ym(u["start"]), ym(u["end"]))
        st_ok = re.search(r",\s*(" + u["state"] + r"|" + STATES[u["state"]] + r")\b", T)
        if not st_ok:
            errs.append(f"state {u['state']} missing")
    if len(allm) != t["usce_months"] or len(clin) != t["usce_months_clinical"]:
        errs.append(f"usce months {t['usce_months']}/{t['usce_months_clinical']} vs recomputed {len(allm)}/{len(clin)}")
    if not scan:
        found = []
        for i in range(len(T)):
            if i and T[i - 1] not in " (|·—,\t":
                continue
            m = DATE_RE.match(T, i)
            if not m:
                continue
            try:
                found.append(parse_range(m.group(0)))
            except (ValueError, KeyError):
                pass
        for u in t["usce_entries"]:
            want = (ym(u["start"]), ym(u["end"]))
            if want not in found:
                errs.append(f"usce dates {u['start']}..{u['end']} not printed ({u['specialty']})")
    return errs


def main():
    bad = 0
    truth = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
    names = sorted(os.listdir(FILES))
    assert names == sorted(t["file"] for t in truth), "file list != truth list"
    only = sys.argv[1:]
    for t in truth:
        if only and not any(o in t["file"] for o in only):
            continue
        path = os.path.join(FILES, t["file"])
        if t.get("error"):
            ok = True
            if path.endswith(".pdf"):
                r = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True)
                ok = r.returncode != 0 or not r.stdout.strip()
            else:
                try:
                    docx.Document(path)
                    ok = False
                except Exception:
                    ok = True
            print(("OK  " if ok else "BAD ") + t["file"] + " (unreadable as intended)" if ok else "")
            bad += not ok
            continue
        if t.get("needs_ocr"):
            tl = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
            if tl.strip():
                print("BAD", t["file"], "scan has a text layer")
                bad += 1
            errs = check(t, ocr_of(path), scan=True)
        else:
            errs = check(t, text_of(path))
        print(("OK  " if not errs else "ERR ") + t["file"] + ("" if not errs else "\n    " + "\n    ".join(errs)))
        bad += bool(errs)
    print("problems:", bad)


if __name__ == "__main__":
    main()
