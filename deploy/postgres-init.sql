-- Runs once, when the postgres volume is first initialised (docker-entrypoint-initdb.d), as POSTGRES_USER.
-- The Airflow metadata DB is POSTGRES_DB (airflow); clerkflow's own tables live in a separate database so
-- `airflow db reset` can never touch applicant data, and each side migrates on its own.
CREATE DATABASE clerkflow;
