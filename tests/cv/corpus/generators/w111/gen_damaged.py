# 022 truncated PDF, 023 password-encrypted PDF (qpdf AES-256), 024 random bytes named .docx
import sys, os, subprocess
import numpy as np
OUT, TMP = sys.argv[1], sys.argv[2]
src = open(os.path.join(TMP, 'w111_019.pdf'), 'rb').read()
open(os.path.join(OUT, 'w111_022_truncated.pdf'), 'wb').write(src[:int(len(src) * 0.18)])
subprocess.run(['qpdf', '--encrypt', 'Lisboa2026!', 'owner-w111-x', '256', '--', os.path.join(TMP, 'w111_022_enc_src.pdf'),
                os.path.join(OUT, 'w111_023_encrypted.pdf')], check=True)
open(os.path.join(OUT, 'w111_024_random_bytes.docx'), 'wb').write(np.random.default_rng(24).integers(0, 256, 18432, dtype=np.uint8).tobytes())
print('ok')
