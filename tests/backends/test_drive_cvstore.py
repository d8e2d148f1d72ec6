import pytest

from include.backends.cvstore import CvFetchError
from include.backends.google import DOCX, GOOGLE_DOC, DriveCvStore
from tests.fakes.server import Fault

FILE_ID = "1aBcDeFgHiJkLmNoPqRsTuVwXyZ_-0123"
PDF = b"%PDF-1.7\n" + b"x" * 3000


def store(sleeps: list[float] | None = None, chunk_size: int = 1024) -> DriveCvStore:
    kw = {"sleep": sleeps.append} if sleeps is not None else {}
    cv = DriveCvStore.from_connection(**kw)
    cv.chunk_size = chunk_size
    return cv


@pytest.mark.parametrize(
    "ref",
    [
        f"https://drive.google.com/file/d/{FILE_ID}/view?usp=sharing",
        f"https://drive.google.com/open?id={FILE_ID}",
        f"https://drive.google.com/uc?id={FILE_ID}&export=download",
        f"  {FILE_ID} ",
    ],
)
def test_every_drive_link_form_fetches_the_file(google_conn, ref):
    google_conn.add_file(FILE_ID, "cv.pdf", "application/pdf", PDF)
    cv = store().fetch(ref)
    assert (cv.name, cv.content, cv.mime_type) == ("cv.pdf", PDF, "application/pdf")
    meta = google_conn.calls("GET")[0]
    assert meta.path == f"/drive/v3/files/{FILE_ID}"
    assert set(meta.param("fields").split(",")) == {"id", "name", "mimeType", "size"}


def test_download_is_chunked_with_range_requests(google_conn):
    google_conn.add_file(FILE_ID, "cv.pdf", "application/pdf", PDF)
    assert store(chunk_size=1024).fetch(FILE_ID).content == PDF
    media = [r for r in google_conn.requests if r.param("alt") == "media"]
    assert [r.headers["range"] for r in media] == ["bytes=0-1023", "bytes=1024-2047", "bytes=2048-3071"]


def test_file_over_the_cap_is_refused_before_download(google_conn):
    google_conn.add_file(FILE_ID, "cv.pdf", "application/pdf", PDF)
    with pytest.raises(CvFetchError, match="over the 1000-byte limit"):
        store().fetch(FILE_ID, max_bytes=1000)
    assert [r.param("alt") for r in google_conn.requests] == ["json"]


def test_cap_holds_when_metadata_understates_the_size(google_conn):
    google_conn.add_file(FILE_ID, "cv.pdf", "application/pdf", PDF, size=10)
    with pytest.raises(CvFetchError, match="over the 1500-byte limit"):
        store(chunk_size=1024).fetch(FILE_ID, max_bytes=1500)
    assert len([r for r in google_conn.requests if r.param("alt") == "media"]) == 2


def test_missing_file_names_the_file_id(google_conn):
    with pytest.raises(CvFetchError) as info:
        store().fetch(f"https://drive.google.com/file/d/{FILE_ID}/view")
    assert str(info.value) == f"CV not found on Drive (file id {FILE_ID})"


def test_unshared_file_says_no_access_without_the_file_name(google_conn):
    google_conn.add_file(FILE_ID, "Jane Doe CV.pdf", "application/pdf", PDF, forbidden=True)
    with pytest.raises(CvFetchError) as info:
        store().fetch(FILE_ID)
    assert str(info.value).startswith("no access to the CV on Drive")
    assert "Jane" not in str(info.value)


def test_google_doc_is_exported_as_docx(google_conn):
    google_conn.add_file(FILE_ID, "My CV", GOOGLE_DOC, b"PK\x03\x04docx-bytes")
    cv = store().fetch(FILE_ID)
    assert (cv.name, cv.mime_type, cv.content) == ("My CV.docx", DOCX, b"PK\x03\x04docx-bytes")
    export = google_conn.calls("GET", "/export$")
    assert [r.param("mimeType") for r in export] == [DOCX]


def test_a_folder_link_is_refused(google_conn):
    google_conn.add_file(FILE_ID, "CVs", "application/vnd.google-apps.folder", b"")
    with pytest.raises(CvFetchError, match="is a folder"):
        store().fetch(FILE_ID)


def test_not_a_drive_link(google_conn):
    with pytest.raises(CvFetchError, match="not a Google Drive link"):
        store().fetch("https://example.org/cv.pdf")
    assert google_conn.requests == []


def test_server_errors_and_rate_limits_are_retried(google_conn, sleeps):
    google_conn.add_file(FILE_ID, "cv.pdf", "application/pdf", PDF)
    google_conn.inject(
        Fault.http(500),
        Fault.http(403, body={"error": {"code": 403, "errors": [{"reason": "userRateLimitExceeded"}]}}),
        Fault.http(503, method="GET", retry_after=2),
    )
    assert store(sleeps, chunk_size=4096).fetch(FILE_ID).content == PDF
    assert len(sleeps) == 3
    assert sleeps[2] == 2.0
    assert len(google_conn.requests) == 5
