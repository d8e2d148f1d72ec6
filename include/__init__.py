"""clerkflow's domain package: plain Python with no Airflow import (except ``include.hooks``)."""
