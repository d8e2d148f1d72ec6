#!/usr/bin/env python3
"""Render HTML CVs with headless Chromium. 004 keeps Chromium's default header/footer (date, title, URL,
page numbers) like a web page printed from the browser; the others use --no-pdf-header-footer."""
import os, subprocess, sys, threading, functools, http.server, socketserver
sys.path.insert(0, os.path.dirname(__file__))
from html_cvs import page
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "files")
TMP = os.path.join(HERE, "build_tmp"); os.makedirs(TMP, exist_ok=True)
NAMES = {"001": "w103_001_chromium_infographic_sidebar.pdf", "002": "w103_002_chromium_timeline_spaced.pdf",
         "003": "w103_003_chromium_three_column_cards.pdf", "004": "w103_004_chromium_webprint_headers.pdf",
         "005": "w103_005_chromium_color_bands.pdf", "006": "w103_006_chromium_contact_last_page.pdf",
         "007": "w103_007_chromium_merged_table.pdf"}
SCAN_SRC = ["017", "018", "019", "020", "021"]

PORT = 18763

def serve():
    """004 is printed from a 'live' personal web page: serve build_tmp over http and map a fake host name
    onto it, so Chromium's footer shows https-like site URL instead of a local file path."""
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *a, **k):
            pass
    handler = functools.partial(Quiet, directory=TMP)
    socketserver.TCPServer.allow_reuse_address = True
    global PORT
    srv = socketserver.TCPServer(("127.0.0.1", 0), handler)   # any free port
    PORT = srv.server_address[1]
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv

def render(key, out, header_footer=False):
    html = os.path.join(TMP, f"cv_{key}.html")
    open(html, "w", encoding="utf-8").write(page(key))
    cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={out}"]
    if not header_footer:
        cmd.append("--no-pdf-header-footer")
        cmd.append("file://" + html)
    else:
        os.makedirs(os.path.join(TMP, "cv"), exist_ok=True)
        open(os.path.join(TMP, "cv", "index.html"), "w", encoding="utf-8").write(page(key))
        cmd += [f"--host-resolver-rules=MAP priyareddy.example.in 127.0.0.1:{PORT}", "http://priyareddy.example.in/cv/"]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)

if __name__ == "__main__":
    srv = serve()
    for k, name in NAMES.items():
        render(k, os.path.join(OUT, name), header_footer=(k == "004"))
    for k in SCAN_SRC:
        render(k, os.path.join(TMP, f"scan_src_{k}.pdf"))
    srv.shutdown()
    print("chromium done")
