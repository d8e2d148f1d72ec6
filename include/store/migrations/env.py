"""Alembic environment: the URL comes from the caller's config or the app's own resolution."""

from alembic import context

from include.store.tables import metadata

config = context.config


def _url() -> str:
    url = config.get_main_option("sqlalchemy.url")
    if url:
        return url
    from include.config import load_settings
    from include.runtime import db_url

    return db_url(load_settings())


def run_migrations_online() -> None:
    from include.store.db import make_engine

    engine = make_engine(_url())
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


run_migrations_online()
