"""The app database: schema, migrations and the few shared write helpers."""
