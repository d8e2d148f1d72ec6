"""``python -m include.web``: serve the public pages (``$CLERKFLOW_WEB_HOST``:``$CLERKFLOW_WEB_PORT``, 127.0.0.1:8090).

``CLERKFLOW_WEB_SECURE_COOKIES=1`` behind HTTPS; ``CLERKFLOW_WEB_TRUST_PROXY=1`` only when a proxy that sets
``X-Forwarded-For`` is the sole way in (the rate limit then counts the real clients).

uvicorn's access log is off: it prints raw paths, which carry tokens; ``include.web.security`` logs instead.
"""

from __future__ import annotations

import logging
import os
import sys


def main() -> int:
    import uvicorn

    from include.config import ConfigError
    from include.web.app import create_app
    from include.web.security import RateLimit

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        app = create_app(
            secure_cookies=os.environ.get("CLERKFLOW_WEB_SECURE_COOKIES") == "1",
            # Behind the TLS proxy every request comes from the proxy: count clients by X-Forwarded-For then.
            limit=RateLimit(trust_forwarded=os.environ.get("CLERKFLOW_WEB_TRUST_PROXY") == "1"),
        )
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    host = os.environ.get("CLERKFLOW_WEB_HOST", "127.0.0.1")
    port = int(os.environ.get("CLERKFLOW_WEB_PORT", "8090"))
    uvicorn.run(app, host=host, port=port, access_log=False, proxy_headers=False, server_header=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
