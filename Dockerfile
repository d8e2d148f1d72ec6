# clerkflow's Airflow image: the official image plus the project's locked dependencies.
# The code is not baked in: docker-compose.yaml mounts the repo read-only at /opt/airflow/clerkflow,
# so a deploy of new DAGs is a `git pull`, and the image changes only when requirements.lock does.
# Keep this tag equal to the apache-airflow pin in requirements.txt (tests/deploy checks it).
FROM apache/airflow:3.3.2-python3.11

# The official image refuses pip installs as root; installing as `airflow` puts packages in its user site.
USER airflow

# The lock is complete (uv pip compile of requirements.txt, apache-airflow pinned inside), so no constraints file.
COPY --chown=airflow:0 requirements.lock /opt/airflow/requirements.lock
RUN pip install --no-cache-dir -r /opt/airflow/requirements.lock

# Named volumes take ownership from the image on first mount: create them here, group 0 writable,
# so any AIRFLOW_UID (which always runs with gid 0) can write outputs and the auth-manager password file.
RUN mkdir -p /opt/airflow/var /opt/airflow/auth \
    && chmod -R g+rwX /opt/airflow/var /opt/airflow/auth
