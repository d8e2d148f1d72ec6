"""Independent checker for w113 truth.jsonl and files/ (reads the files, not the generators)."""
import json, os, re, subprocess, sys, zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
REF_END = (2026, 12)

KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
        "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties",
        "languages", "publications", "usce_entries", "usce_months", "usce_months_clinical"]
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
         "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
         "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
         "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC "
             "ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split())
ERRS = []


def err(f, msg):
    ERRS.append(f"{f}: {msg}")


def months(entries, clinical_only=False):
    s = set()
    for e in entries:
        if clinical_only and e["type"] in ("research", "telehealth"):
            continue
        y, m = map(int, e["start"].split("-"))
        ye, me = map(int, e["end"].split("-"))
        if (ye, me) > REF_END:
            ye, me = REF_END
        while (y, m) <= (ye, me):
            s.add((y, m))
            m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)


def rtf_text(raw):
    t = re.sub(r"\\u(-?\d+)\??", lambda m: chr(int(m.group(1)) % 65536), raw)
    t = re.sub(r"\\line ?", "\n", t)
    t = re.sub(r"\\par\b", "\n", t)
    t = re.sub(r"\\[a-z]+-?\d* ?", "", t)
    return t.replace("{", "").replace("}", "").replace("\\", "")


def xml_text(xml):
    xml = re.sub(r"</w:p>|</text:p>|</text:h>|<text:line-break/>|<text:tab/>|</table:table-cell>", "\n", xml)
    xml = re.sub(r"<text:s( text:c=\"(\d+)\")?/>", " ", xml)
    t = re.sub(r"<[^>]+>", "", xml)
    return (t.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&apos;", "'")
            .replace("&quot;", '"'))


def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        r = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True)
        r2 = subprocess.run(["pdftotext", path, "-"], capture_output=True)
        return r.returncode, r.stdout.decode("utf-8", "replace") + "\n" + r2.stdout.decode("utf-8", "replace")
    if ext == "docx":
        try:
            z = zipfile.ZipFile(path)
        except zipfile.BadZipFile:
            return 1, ""
        parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)]
        return 0, "\n".join(xml_text(z.read(n).decode("utf-8")) for n in parts)
    if ext == "odt":
        z = zipfile.ZipFile(path)
        return 0, xml_text(z.read("content.xml").decode("utf-8"))
    if ext == "rtf":
        return 0, rtf_text(open(path, encoding="ascii").read())
    if ext == "txt":
        return 0, open(path, encoding="utf-8").read()
    return None, None


def norm(s):
    return re.sub(r"\s+", " ", s).lower()


def digits(s):
    return re.sub(r"\D", "", s)


def main():
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "truth.jsonl"), encoding="utf-8")]
    names = [r["file"] for r in rows]
    on_disk = sorted(os.listdir(FILES))
    if sorted(names) != on_disk:
        err("ALL", f"file set mismatch: truth-only={set(names)-set(on_disk)} disk-only={set(on_disk)-set(names)}")
    if len(set(names)) != len(names):
        err("ALL", "duplicate file rows")
    n_read = n_scan = n_dmg = 0
    layouts = set()
    for r in rows:
        f = r["file"]
        path = os.path.join(FILES, f)
        if not re.match(r"^w113_\d{3}_[a-z0-9_]+\.[a-z]+$", f):
            err(f, "bad file name")
        if not f.split(".")[0].endswith(r["layout"].split("_")[0]) and r["layout"] not in f:
            pass
        if r.get("error"):
            n_dmg += 1
            if set(r) != {"file", "layout", "error"}:
                err(f, "damaged row must only have file, layout, error")
            code, text = extract(path)
            if f.endswith(".pdf"):
                info = subprocess.run(["pdfinfo", path], capture_output=True)
                if info.returncode == 0 and code == 0 and text.strip():
                    err(f, "damaged PDF still opens and yields text")
            elif f.endswith(".docx"):
                if zipfile.is_zipfile(path):
                    err(f, "damaged docx is a valid zip")
            continue
        missing = [k for k in KEYS if k not in r]
        if missing:
            err(f, f"missing keys {missing}")
            continue
        ocr = r.get("needs_ocr", False)
        ext = f.rsplit(".", 1)[-1]
        if ocr:
            n_scan += 1
        else:
            n_read += 1
            layouts.add(r["layout"])
        # enums / types
        if not re.fullmatch(r"\+[1-9]\d{7,14}", r["phone_e164"] or "+10000000000"):
            err(f, "phone not E.164")
        if r["email"] and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", r["email"]):
            err(f, "email malformed")
        if not re.fullmatch(r"[A-Z]{2}", r["medical_school_country"] or ""):
            err(f, "country not ISO-2")
        if not isinstance(r["graduation_year"], int):
            err(f, "graduation_year not int")
        if r["usmle_step1"] not in ("pass", "fail", None) and not (isinstance(r["usmle_step1"], int) and 100 <= r["usmle_step1"] <= 300):
            err(f, "step1 bad")
        for k in ("usmle_step2ck", "usmle_step3"):
            if r[k] is not None and not (isinstance(r[k], int) and 100 <= r[k] <= 300):
                err(f, f"{k} bad")
        if r["ecfmg_status"] not in ("certified", "pending", "not_certified", None):
            err(f, "ecfmg bad")
        if r["visa_status"] not in ("citizen", "green_card", "j1", "h1b", "b1b2", None):
            err(f, "visa bad")
        for s in r["specialties"]:
            if s not in SPECS:
                err(f, f"specialty {s} not allowed")
        if not isinstance(r["publications"], int) or r["publications"] < 0:
            err(f, "publications bad")
        for e in r["usce_entries"]:
            if set(e) != {"type", "specialty", "state", "start", "end"}:
                err(f, f"usce keys {e}")
            if e["type"] not in ("hands_on", "observership", "research", "telehealth"):
                err(f, f"usce type {e['type']}")
            if e["specialty"] is not None and e["specialty"] not in SPECS:
                err(f, f"usce specialty {e['specialty']}")
            if e["state"] not in STATES:
                err(f, f"usce state {e['state']}")
            if not (re.fullmatch(r"\d{4}-\d{2}", e["start"]) and re.fullmatch(r"\d{4}-\d{2}", e["end"])) or e["start"] > e["end"]:
                err(f, f"usce dates {e}")
        m, mc = months(r["usce_entries"]), months(r["usce_entries"], True)
        if (m, mc) != (r["usce_months"], r["usce_months_clinical"]):
            err(f, f"months recount {(m, mc)} != truth {(r['usce_months'], r['usce_months_clinical'])}")
        # file content
        if ocr:
            if ext == "pdf":
                fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
                txt = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
                if len(fonts) > 2 or txt.strip():
                    err(f, "scan PDF has a text layer")
            elif ext not in ("png", "jpg", "jpeg"):
                err(f, "needs_ocr on a non-image type")
            continue
        code, text = extract(path)
        if code != 0 or not text:
            err(f, "could not extract text")
            continue
        nt = norm(text)
        if norm(r["full_name"]) not in nt:
            err(f, f"name {r['full_name']!r} not in text")
        if r["email"] and r["email"].lower() not in nt:
            err(f, f"email {r['email']} not in text")
        if r["phone_e164"]:
            d = digits(text)
            p = digits(r["phone_e164"])
            # local forms: drop country code and add trunk 0 for PK/BD, or plain national number
            cands = [p, p[2:], p[3:], "0" + p[2:], "0" + p[3:], p[1:]]
            if not any(len(c) >= 9 and c in d for c in cands):
                err(f, f"phone {r['phone_e164']} digits not in text")
    if (n_read, n_scan, n_dmg) != (16, 5, 3):
        err("ALL", f"counts readable/scan/damaged = {(n_read, n_scan, n_dmg)}, want (16, 5, 3)")
    if len(layouts) < 8:
        err("ALL", f"only {len(layouts)} readable layouts")
    print(f"rows={len(rows)} readable={n_read} scans={n_scan} damaged={n_dmg} readable_layouts={len(layouts)}")
    for e in ERRS:
        print("ERROR", e)
    print("OK" if not ERRS else f"{len(ERRS)} problems")
    return 1 if ERRS else 0


if __name__ == "__main__":
    sys.exit(main())
