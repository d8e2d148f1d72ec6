"""CV parser: per-field accuracy on a labeled corpus split, text-PDF throughput, OCR pages/s, each beside a baseline.

- Accuracy: the newest ``holdoutN`` split of ``tests/cv/corpus/`` (the newest split written blind, scored once
  untouched when it landed), else the newest earlier split present, scored with ``tests/cv/scoring.py``;
  baseline:
  pdfminer.six's plain ``extract_text`` feeding the same profile extractor (isolates layout-aware extraction:
  reading order, sidebars, font sizes).
- Throughput on the split's text PDFs (the labeled set's when no split is present): in process (target
  >= 200 CVs/s) against pdfminer, and through the sandboxed pool with two workers (target >= 100 CVs/s)
  against the naive sandbox, one fresh worker process per CV. Beside them, pdfium alone (each page and its
  text page loaded, the text read, nothing parsed): the ceiling of any parser built on it.
- OCR pages/s on scans (the split's, else a generated noisy scan): Tesseract through pytesseract on
  pages rendered at 300 dpi, against the tesseract command line on a PNG of the same page.

    PYTHONPATH=. .venv/bin/python bench/cv_parse.py [--seconds 3] [--split dev]
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from include.cv import CvParserPool, extract_profile, parse_cv, parse_document
from tests.cv import scoring
from tests.cv.corpus_floors import REFERENCE_DATE

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "cv" / "corpus"
TARGET_IN_PROCESS = 200.0
TARGET_SANDBOX = 100.0


def pdfminer_profile(content: bytes) -> dict[str, Any]:
    """The baseline: pdfminer's plain text through the same extractor."""
    from pdfminer.high_level import extract_text

    if not content.startswith(b"%PDF"):
        return parse_document(content, REFERENCE_DATE)
    try:
        return extract_profile(extract_text(io.BytesIO(content)), REFERENCE_DATE)
    except Exception:  # pdfminer raises many types on hostile files
        return {"error": True}


def pdfium_only(content: bytes) -> int:
    """What pdfium's own C code costs a CV before any of ours runs: pages and text pages loaded, text read."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(content)
    try:
        for index in range(len(doc)):
            page = doc[index]
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        return len(doc)
    finally:
        doc.close()


def rate(fn: Callable[[bytes], Any], docs: list[bytes], seconds: float) -> tuple[float, float]:
    """Documents per second and this process's CPU milliseconds per document (steadier than wall time
    on a shared, loaded machine), looping over ``docs`` for at least ``seconds``."""
    for doc in docs[:3]:
        fn(doc)  # warm imports and caches
    done, start, cpu = 0, time.perf_counter(), time.process_time()
    while True:
        for doc in docs:
            fn(doc)
        done += len(docs)
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            return done / elapsed, 1000 * (time.process_time() - cpu) / done


def pool_rate(docs: list[bytes], seconds: float) -> tuple[float, float]:
    """CVs per second through a two-worker sandboxed pool, in batches as the CV stage sends them, and the
    CPU milliseconds per CV of this process and the workers together."""
    import psutil

    def cpu() -> float:
        workers = [p for p in psutil.Process().children() if "include.cv.worker" in p.cmdline()]
        return time.process_time() + sum(sum(p.cpu_times()[:2]) for p in workers)

    with CvParserPool(2) as pool:
        pool.parse_many([(d, "cv.pdf") for d in docs[:4]], today=REFERENCE_DATE)
        done, start, used = 0, time.perf_counter(), cpu()
        while time.perf_counter() - start < seconds:
            pool.parse_many([(d, "cv.pdf") for d in docs], today=REFERENCE_DATE)
            done += len(docs)
        return done / (time.perf_counter() - start), 1000 * (cpu() - used) / done


def split_files(split: str) -> tuple[list[dict[str, Any]], Path] | None:
    truth_path = CORPUS / split / "truth.jsonl"
    if not truth_path.is_file():
        return None
    return scoring.read_jsonl(truth_path), CORPUS / split / "files"


def accuracy(split: str) -> tuple[list[bytes], list[bytes]]:
    """Print per-field accuracy for the split; return its text PDFs and its scans."""
    found = split_files(split)
    if found is None:
        return [], []
    truth, folder = found
    contents = {row["file"]: (folder / row["file"]).read_bytes() for row in truth}
    with CvParserPool(2, timeout_s=120) as pool:
        profiles = pool.parse_many([(c, n) for n, c in contents.items()], today=REFERENCE_DATE)
    ours = scoring.score([{**p, "file": n} for p, n in zip(profiles, contents, strict=True)], truth)
    base = scoring.score([{**pdfminer_profile(c), "file": n} for n, c in contents.items()], truth)
    print(f"accuracy on the {split} split ({len(truth)} files), clerkflow vs pdfminer.six text + same extractor:")
    print(f"  clerkflow  {ours.line()}")
    print(f"  pdfminer   {base.line()}")
    print(f"  {'field':<24}{'clerkflow':>10}{'pdfminer':>10}")
    readable = [r for r in truth if not r.get("error") and not r.get("needs_ocr")]
    for _group, fields in scoring.GROUPS.items():
        for name, _compare in fields:
            a = 1 - len(ours.misses.get(name, [])) / max(1, len(readable))
            b = 1 - len(base.misses.get(name, [])) / max(1, len(readable))
            print(f"  {name:<24}{a:>10.1%}{b:>10.1%}")
    for name in ("usce_months", "usce_entries"):
        a = 1 - len(ours.misses.get(name, [])) / max(1, len(readable))
        b = 1 - len(base.misses.get(name, [])) / max(1, len(readable))
        print(f"  {name + ' (exact)':<24}{a:>10.1%}{b:>10.1%}")
    text_pdfs = [c for r in readable if (c := contents[r["file"]]).startswith(b"%PDF")]
    scans = [contents[r["file"]] for r in truth if r.get("needs_ocr") and contents[r["file"]].startswith(b"%PDF")]
    return text_pdfs, scans


def fallback_pdfs() -> list[bytes]:
    from tests.cv.labeled.generate import labeled_set

    return [
        c.content
        for c in labeled_set()
        if c.content.startswith(b"%PDF") and not c.expected["error"] and not c.expected["needs_ocr"]
    ]


def ocr_rates(scans: list[bytes], seconds: float) -> None:
    import pypdfium2 as pdfium

    from include.cv import ocr

    if not ocr.available():
        print("\nOCR: tesseract is not installed (scans are flagged needs_ocr)")
        return
    if not scans:
        from tests.cv.builders import scanned_cv

        scans = [scanned_cv(1), scanned_cv(2)]

    def ours(content: bytes) -> int:
        doc = pdfium.PdfDocument(content)
        try:
            return ocr.ocr_document(doc).pages
        finally:
            doc.close()

    def naive(content: bytes) -> int:
        doc = pdfium.PdfDocument(content)
        pages = 0
        with tempfile.TemporaryDirectory() as tmp:
            for index in range(min(len(doc), ocr.MAX_OCR_PAGES)):
                png = os.path.join(tmp, f"{index}.png")
                doc[index].render(scale=300 / 72).to_pil().save(png)
                subprocess.run([shutil.which("tesseract") or "tesseract", png, "stdout"], capture_output=True)
                pages += 1
        doc.close()
        return pages

    def pages_per_second(fn: Callable[[bytes], int]) -> float:
        done, start = 0, time.perf_counter()
        while True:
            for scan in scans:
                done += fn(scan)
            if time.perf_counter() - start >= seconds:
                return done / (time.perf_counter() - start)

    a, b = pages_per_second(ours), pages_per_second(naive)
    print(
        f"\nOCR pages/s ({len(scans)} scans, 300 dpi): clerkflow {a:.2f} (pytesseract, greyscale, one thread); "
        f"naive tesseract CLI on an RGB PNG {b:.2f}  ({a / b:.1f}x)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="timing window per measurement")
    parser.add_argument(
        "--split",
        default=None,
        help="corpus split to score (default: the newest holdoutN, else holdout, test, dev)",
    )
    args = parser.parse_args()
    import pdfminer

    numbered = sorted((int(p.parent.name[7:]), p.parent.name) for p in CORPUS.glob("holdout[0-9]*/truth.jsonl"))
    newest_first = (*(name for _, name in reversed(numbered)), "holdout", "test")
    present = [s for s in newest_first if (CORPUS / s / "truth.jsonl").is_file()]
    split = args.split or (present[0] if present else "dev")
    print(f"baseline extractor: pdfminer.six=={pdfminer.__version__}; reference date {REFERENCE_DATE}\n")
    text_pdfs, scans = accuracy(split)
    if not text_pdfs:
        print(f"no corpus split {split!r}: throughput on the labeled set's text PDFs")
        text_pdfs = fallback_pdfs()

    (ours, ours_cpu) = rate(lambda d: parse_document(d, REFERENCE_DATE), text_pdfs, args.seconds)
    (base, base_cpu) = rate(pdfminer_profile, text_pdfs, args.seconds)
    (_, floor_cpu) = rate(pdfium_only, text_pdfs, args.seconds)
    (pooled, pooled_cpu) = pool_rate(text_pdfs, args.seconds)
    (one_shot, _) = rate(lambda d: parse_cv(d, "cv.pdf"), text_pdfs[:6], args.seconds)
    print(f"\ntext-PDF CVs/s ({len(text_pdfs)} files), load average {os.getloadavg()[0]:.1f}:")
    print(f"  in process, one core: clerkflow {ours:.1f} (target >= {TARGET_IN_PROCESS:g}); pdfminer {base:.1f}"
          f"  ({ours / base:.1f}x)")  # fmt: skip
    print(f"  CPU ms per CV in process: clerkflow {ours_cpu:.2f} (= {1000 / ours_cpu:.0f} CVs/s on an idle core); "
          f"pdfminer {base_cpu:.2f}")  # fmt: skip
    print(f"  of which pdfium alone (pages and text loaded, nothing parsed): {floor_cpu:.2f} CPU ms "
          f"(= {1000 / floor_cpu:.0f} CVs/s, the ceiling); the rest, layout and fields, "
          f"{ours_cpu - floor_cpu:.2f} ms")  # fmt: skip
    print(f"  sandboxed pool, 2 workers: {pooled:.1f} (target >= {TARGET_SANDBOX:g}); naive one process per CV "
          f"{one_shot:.1f}  ({pooled / one_shot:.1f}x); {pooled_cpu:.2f} CPU ms per CV (pool and workers)")  # fmt: skip
    ocr_rates(scans, args.seconds)


if __name__ == "__main__":
    main()
