# source CV for the encrypted file (023): a short reportlab CV of an invented Spanish graduate
import sys, os
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
TMP = sys.argv[1]
c = canvas.Canvas(os.path.join(TMP, 'w111_022_enc_src.pdf'), pagesize=A4)
y = 800
for line in ['Lucía Herrero Gallardo', 'Universidad de Granada — Grado en Medicina 2019', 'lucia.herrero.md@gmail.com · +34 622 118 904',
             'USMLE Step 1: Pass · Step 2 CK: 240', 'Observership, Internal Medicine, Miami, FL, 01/2025 – 02/2025']:
    c.drawString(60, y, line); y -= 20
c.save()
