#!/bin/bash
# Rebuilds /work/blind/w39/files and truth.jsonl. Needs: .venv (python-docx odfpy reportlab fpdf2 Pillow pypdf numpy),
# chromium, soffice, pdftoppm.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PY=$ROOT/.venv/bin/python
G=$ROOT/generators
TMP=$(mktemp -d /tmp/w39build.XXXX)
FILES=$ROOT/files
rm -rf "$FILES"; mkdir -p "$FILES"
export HOME=$TMP   # private LibreOffice / Chromium profile

chrome_pdf() { chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir=$TMP/chr \
               --print-to-pdf="$2" "file://$1" >/dev/null 2>&1; }

# 1) HTML -> Chromium print-to-PDF
$PY $G/html_cvs.py $TMP
chrome_pdf $TMP/001.html $FILES/w39_001_linkedin_savepdf.pdf
chrome_pdf $TMP/004.html $FILES/w39_004_canva_twocol.pdf
chrome_pdf $TMP/005.html $FILES/w39_005_novoresume_datescol.pdf
chrome_pdf $TMP/006.html $FILES/w39_006_resumeio_sidebar.pdf

# 2) python-docx / odfpy / fpdf2 / reportlab / RTF / TXT
$PY $G/docs.py $FILES $TMP

# 3) LibreOffice headless conversions of Word/Google-Docs style DOCX
cd $TMP
soffice --headless -env:UserInstallation=file://$TMP/lo --convert-to pdf --outdir $TMP $TMP/w39_008_gdocs_footer_lo.docx $TMP/w39_013_word_datescol_lo.docx >/dev/null 2>&1
soffice --headless -env:UserInstallation=file://$TMP/lo --convert-to odt --outdir $TMP $TMP/w39_015_word2odt_lo.docx >/dev/null 2>&1
soffice --headless -env:UserInstallation=file://$TMP/lo --convert-to rtf --outdir $TMP $TMP/w39_016_docx2rtf_lo.docx >/dev/null 2>&1
cp $TMP/w39_008_gdocs_footer_lo.pdf $TMP/w39_013_word_datescol_lo.pdf $TMP/w39_015_word2odt_lo.odt $TMP/w39_016_docx2rtf_lo.rtf $FILES/

# 4) scans: Chromium PDF -> 150 dpi raster -> degrade (no text layer)
for k in 017 018 019 020 021; do
  chrome_pdf $TMP/$k.html $TMP/$k.pdf
  pdftoppm -r 150 -f 1 -l 1 -png $TMP/$k.pdf $TMP/$k
done
# source for the damaged PDFs (a CV that is then cut / encrypted)
cat > $TMP/dmg.html <<'H'
<!doctype html><html><head><meta charset="utf-8"></head><body style="font-family:Liberation Sans">
<h1>Bilal Rasheed</h1><p>bilal.rasheed@gmail.com · +92 300 1234567</p><h2>Education</h2><p>MBBS, Nishtar Medical University, Multan, 2020</p>
<h2>USCE</h2><p>Observer, Internal Medicine, Jersey City, NJ, 05/2024–06/2024</p><h2>USMLE</h2><p>Step 1 Pass; Step 2 CK 242</p></body></html>
H
chrome_pdf $TMP/dmg.html $TMP/damage_src.pdf
$PY $G/post.py $FILES $TMP $ROOT

rm -rf "$TMP"
ls -la $FILES | tail -n +2
