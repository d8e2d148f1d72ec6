#!/bin/bash
# Rebuild all w111 files. Needs: soffice, chromium, poppler-utils, qpdf, fonts-dejavu/noto/liberation,
# venv at ../.venv with reportlab fpdf2 python-docx odfpy pillow numpy pypdf.
set -euo pipefail
cd "$(dirname "$0")"
PY=../.venv/bin/python
OUT=../files; TMP=$(mktemp -d /tmp/w111build.XXXX)
rm -rf "$OUT"; mkdir -p "$OUT"
$PY gen_docx.py "$OUT" "$TMP"            # 001/013 docx sources, 003/010 final docx
$PY gen_odf.py "$TMP"                     # 004/012 odt, 014 html
$PY gen_html.py "$TMP"                    # 005/006/015/019 html
$PY gen_pdflibs.py "$OUT" "$TMP"          # 002/007/008/016 final, 017/018/020/021 sources
$PY gen_text.py "$OUT"                    # 009 txt, 011 rtf
$PY gen_enc_src.py "$TMP"
cd "$TMP"
soffice --headless --convert-to pdf w111_001.docx w111_013.docx w111_004.odt >/dev/null 2>&1
soffice --headless --convert-to docx w111_012.odt >/dev/null 2>&1
soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export w111_014.html >/dev/null 2>&1
for n in 005 006 015 019; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$TMP/w111_$n.pdf" "file://$TMP/w111_$n.html" 2>/dev/null
done
cd - >/dev/null
cp "$TMP/w111_001.pdf" "$OUT/w111_001_europass_docx_lo.pdf"
cp "$TMP/w111_004.pdf" "$OUT/w111_004_italian_odt_lo.pdf"
cp "$TMP/w111_005.pdf" "$OUT/w111_005_chromium_sidebar.pdf"
cp "$TMP/w111_006.pdf" "$OUT/w111_006_chromium_grid.pdf"
cp "$TMP/w111_012.docx" "$OUT/w111_012_odt_textbox_lo.docx"
cp "$TMP/w111_013.pdf" "$OUT/w111_013_lebenslauf_student_lo.pdf"
cp "$TMP/w111_014.pdf" "$OUT/w111_014_html_lo_spanish.pdf"
cp "$TMP/w111_015.pdf" "$OUT/w111_015_chromium_europass.pdf"
$PY gen_scans.py "$OUT" "$TMP"            # 017-021
$PY gen_damaged.py "$OUT" "$TMP"          # 022-024
$PY write_truth.py ../truth.jsonl
$PY check.py
rm -rf "$TMP"
