"""The Applicants page: a FastAPI app mounted in the Airflow API server (see ``plugins/clerkflow_plugin.py``)."""

URL_PREFIX = "/clerkflow"
