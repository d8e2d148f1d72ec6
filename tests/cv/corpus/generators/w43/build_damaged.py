"""Damaged files: a truncated reportlab PDF, a PDF encrypted with a user password (pypdf), random bytes named .docx."""
import sys, os, random
sys.path.insert(0, os.path.dirname(__file__))
from people import P
from build_readable import rl_plain, OUT, TMP
from pypdf import PdfReader, PdfWriter

def person(name, email, school):
    return dict(name=name, alt=None, email=email, phone='+7 705 111 2233', addr='Almaty, Kazakhstan', extra=['Born 1998'],
                sections=[('Education', [f'2016 - 2022  General Medicine, {school}']), ('USMLE', ['Step 1: Pass; Step 2 CK: 240']),
                          ('US Clinical Experience', ['05/2024 - 07/2024  Observership, Internal Medicine, Rush University Medical Center, Chicago, IL'])] * 3)

def main():
    # 022 truncated: cut a valid PDF at 45% of its bytes (no xref/trailer)
    src = os.path.join(TMP, 'dmg22.pdf'); rl_plain(person('Timur Bekovich Akhmetov', 't.akhmetov@mail.kz', 'Kazakh National Medical University'), src)
    data = open(src, 'rb').read(); open(os.path.join(OUT, 'w43_022_truncated_pdf.pdf'), 'wb').write(data[: int(len(data) * 0.45)])
    # 023 encrypted with a user password
    src = os.path.join(TMP, 'dmg23.pdf'); rl_plain(person('Layla Nasser Al-Harbi', 'layla.alharbi@gmail.com', 'Qassim University'), src)
    w = PdfWriter(); [w.add_page(pg) for pg in PdfReader(src).pages]; w.encrypt(user_password='Layla2025!', owner_password='own-9f3k', algorithm='RC4-128')
    with open(os.path.join(OUT, 'w43_023_encrypted_pdf.pdf'), 'wb') as f: w.write(f)
    # 024 random bytes with a .docx name
    rnd = random.Random(43024); open(os.path.join(OUT, 'w43_024_random_bytes.docx'), 'wb').write(bytes(rnd.getrandbits(8) for _ in range(23457)))
    print('built damaged')

if __name__ == '__main__': main()
