from datetime import UTC, datetime

from include.backends.google import Backoff, retry_after_seconds


def test_retry_after_accepts_seconds_and_http_dates():
    now = datetime(2026, 11, 25, 12, 0, 0, tzinfo=UTC)
    assert retry_after_seconds("12") == 12.0
    assert retry_after_seconds("Wed, 25 Nov 2026 12:00:30 GMT", now=now) == 30.0
    assert retry_after_seconds("soon") is None
    assert retry_after_seconds(None) is None


def test_backoff_is_bounded_and_refuses_long_retry_after():
    sleeps: list[float] = []
    backoff = Backoff(sleeps.append, attempts=3, base=1.0, max_wait=60.0)
    assert backoff.wait(0, None)
    assert backoff.wait(1, None)
    assert not backoff.wait(2, None)
    assert 0.5 <= sleeps[0] <= 1.0
    assert 1.0 <= sleeps[1] <= 2.0
    assert not Backoff(sleeps.append).wait(0, 3600.0)
    assert len(sleeps) == 2
