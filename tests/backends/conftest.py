import os
import tempfile

# include.hooks imports Airflow, which needs a home; a throwaway one keeps tests off ~/airflow.
os.environ.setdefault("AIRFLOW_HOME", tempfile.mkdtemp(prefix="clerkflow-airflow-"))

from tests.fakes.fixtures import (  # noqa: F401
    fake_google,
    fake_sendgrid,
    google_conn,
    sendgrid_conn,
    sleeps,
)
