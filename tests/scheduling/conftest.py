from tests.fakes.fixtures import fake_google, google_conn, sleeps  # noqa: F401
