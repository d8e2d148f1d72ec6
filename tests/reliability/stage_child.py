"""One stage in its own process, for the crash tests to SIGKILL mid-batch and then run again.

    python -m tests.reliability.stage_child CONFIG {book,dispatch,notify} NOW

``notify`` is what the DAGs' notify task does: plan what is due, then dispatch.

The fakes and the app DB come from the environment the test set (``AIRFLOW_CONN_CLERKFLOW_*``,
``CLERKFLOW_DB_URL``). Prints the stage's counts as JSON.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path


def main(argv: list[str]) -> None:
    from include.config import load_settings
    from include.notify.dispatch import dispatch
    from include.scheduling.book import book_consults
    from tests.reliability.funnel import fast_runtime

    config, stage, now = argv
    rt = fast_runtime(load_settings(Path(config)), via_airflow=False)
    at = datetime.fromisoformat(now)
    if stage == "book":
        result = book_consults(rt, at)
    elif stage == "notify":
        from tests.reliability.funnel import notify_round

        result = notify_round(rt, at)
    else:
        result = dispatch(rt, at)
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
