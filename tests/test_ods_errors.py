"""Every way a portal call can fail gives a typed error with a message a user can act on."""

import socket

import pytest
from qgis.core import QgsFeedback, QgsNetworkAccessManager

from tdathack_plugin.ods import errors
from tdathack_plugin.ods.client import OdsClient

SETTINGS = "Settings > Options > Network"


@pytest.fixture
def portal(ods_portal):
    ods_portal.reset()
    return ods_portal


@pytest.fixture
def short_network_timeout():
    """QGIS's network timeout at 1 s (it is a saved setting: restored afterwards)."""
    before = QgsNetworkAccessManager.timeout()
    QgsNetworkAccessManager.setTimeout(1000)
    yield
    QgsNetworkAccessManager.setTimeout(before)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def failure(call):
    with pytest.raises(errors.OdsError) as caught:
        call()
    return caught.value


def test_connection_refused():
    url = f"http://127.0.0.1:{free_port()}"
    error = failure(lambda: OdsClient(url).dataset("arrondissements"))
    assert isinstance(error, errors.HostUnreachableError)
    assert str(error) == (
        f"Cannot reach {url} (Connection refused). Check the portal address, your connection "
        f"and the proxy settings of QGIS ({SETTINGS})."
    )


def test_unknown_host():
    error = failure(lambda: OdsClient("https://no-such-portal.invalid").search())
    assert isinstance(error, errors.HostUnreachableError)
    assert str(error).startswith(
        "Cannot reach https://no-such-portal.invalid (Host no-such-portal.invalid not found)."
    )


def test_tls_to_a_server_that_does_not_speak_it(portal):
    url = portal.url.replace("http://", "https://")
    error = failure(lambda: OdsClient(url).search())
    assert isinstance(error, errors.SslError)
    assert str(error).startswith(f"Secure connection to {url} failed (SSL handshake failed).")


def test_timeout(portal, short_network_timeout):
    error = failure(lambda: OdsClient(portal.url).dataset("tdathack-slow"))
    assert isinstance(error, errors.RequestTimeoutError)
    assert str(error) == (
        f"{portal.url} sent nothing for 1 s and the request was abandoned. Try again later, "
        f"filter the dataset, or raise the timeout in {SETTINGS}."
    )


def test_a_transfer_cut_sooner_is_not_called_a_timeout(short_network_timeout):
    """A reply aborted before QGIS's timeout could run out (a dropped connection) is reported
    as an interruption, with the time the transfer really lasted; a silence as long as the
    timeout (give or take QGIS's progress interval) is a timeout."""
    QgsNetworkAccessManager.setTimeout(60_000)
    dropped = errors.stopped("https://data.example.fr", 2.5, 300.2)
    assert isinstance(dropped, errors.ConnectionInterruptedError)
    assert str(dropped) == (
        "The connection to https://data.example.fr was interrupted after 300 s, before the "
        "answer was complete. Try again; if it happens again, filter the dataset to download less."
    )
    for silence in (59.9, 61.0):
        timeout = errors.stopped("https://data.example.fr", silence, 400.0)
        assert isinstance(timeout, errors.RequestTimeoutError)


def test_an_unreadable_export_is_named_by_its_format_not_its_path(tmp_path):
    from tdathack_plugin.ods.client import Dataset
    from tdathack_plugin.ods.layers import open_export

    export = tmp_path / "public-trees.fgb"
    export.write_bytes(b"not a FlatGeobuf file")
    dataset = Dataset.from_json({"dataset_id": "public-trees", "metas": {}, "fields": []})
    with pytest.raises(errors.UnexpectedResponseError) as raised:
        open_export(export, dataset, "https://data.example.fr", "")
    assert str(raised.value) == (
        "https://data.example.fr gave an unexpected answer (HTTP 200): the portal's FlatGeobuf "
        "export of this dataset cannot be read"
    )


def test_private_dataset_without_key(portal):
    error = failure(lambda: OdsClient(portal.url).dataset("tdathack-private"))
    assert isinstance(error, errors.AuthenticationError)
    assert str(error) == (
        f"The dataset 'tdathack-private' of {portal.url} is private (HTTP 401). Choose an "
        "authentication configuration holding an API key of this portal."
    )


def test_unknown_dataset(portal):
    error = failure(lambda: OdsClient(portal.url).dataset("no-such-dataset"))
    assert isinstance(error, errors.DatasetNotFoundError)
    assert str(error) == (
        f"The dataset 'no-such-dataset' does not exist on {portal.url} (or it is private and no "
        "valid API key was given). Check its identifier in the dataset page address."
    )


def test_web_site_that_is_not_an_ods_portal(portal):
    error = failure(lambda: OdsClient(f"{portal.url}/not-ods").dataset("arrondissements"))
    assert isinstance(error, errors.NotAPortalError)
    assert str(error) == (
        f"{portal.url}/not-ods does not look like an Opendatasoft portal: its Explore API v2.1 "
        "was not found. Give the portal home page address, e.g. https://opendata.paris.fr."
    )


def test_quota_used_up_until_tomorrow_fails_at_once(portal):
    error = failure(lambda: OdsClient(portal.url).dataset("tdathack-rate-limited"))
    assert isinstance(error, errors.QuotaExceededError)
    assert error.reset_time is not None
    assert str(error) == (
        f"{portal.url} refuses more requests: the quota of 10000 calls per day is used up. "
        f"It resets on {errors.format_time(error.reset_time)}; an API key may give a larger "
        "quota."
    )
    assert len(portal.requests) == 1


def test_quota_resetting_in_seconds_is_waited_for(portal):
    dataset = OdsClient(portal.url).dataset("tdathack-rate-limited-soon")
    assert dataset.dataset_id == "tdathack-rate-limited-soon"
    assert len(portal.requests) == 2


def test_unavailable_server_is_retried(portal):
    page = OdsClient(portal.url).records("tdathack-flaky", limit=1)
    assert page.total_count > 0
    assert len(portal.requests) == 3  # 503, 503, 200


def test_internal_error_is_not_retried(portal):
    error = failure(lambda: OdsClient(portal.url).dataset("tdathack-server-error"))
    assert isinstance(error, errors.ServerError)
    assert str(error).startswith(f"{portal.url} had an internal error (HTTP 500). Try again later.")
    assert len(portal.requests) == 1


def test_html_page_instead_of_json(portal):
    error = failure(lambda: OdsClient(portal.url).dataset("tdathack-html"))
    assert isinstance(error, errors.HtmlResponseError)
    assert str(error) == (
        f"{portal.url} answered with a web page instead of data: a proxy or a network login "
        "page (captive portal) is probably in the way. Open the portal in a web browser, log in "
        f"if asked, and check the proxy settings of QGIS ({SETTINGS})."
    )


def test_html_page_instead_of_an_export_leaves_no_file(portal, tmp_path):
    client = OdsClient(portal.url)
    error = failure(lambda: client.export("tdathack-html", "geojson", tmp_path / "x.geojson"))
    assert isinstance(error, errors.HtmlResponseError)
    assert list(tmp_path.iterdir()) == []


def test_truncated_export_leaves_no_file(portal, tmp_path):
    client = OdsClient(portal.url)
    error = failure(lambda: client.export("tdathack-truncated", "geojson", tmp_path / "t.geojson"))
    assert isinstance(error, errors.TruncatedDownloadError)
    assert str(error).startswith(f"The download from {portal.url} stopped after ")
    assert str(error).endswith("bytes: the connection was cut. Nothing was kept; try again.")
    assert list(tmp_path.iterdir()) == []


def test_cancel_mid_export_leaves_no_file(portal, tmp_path):
    feedback = QgsFeedback()
    received = []

    def progress(done, total):
        received.append(done)
        if done > 1_000_000:
            feedback.cancel()

    client = OdsClient(portal.url, feedback=feedback)
    error = failure(
        lambda: client.export(
            "tdathack-points-400k", "geojson", tmp_path / "p.geojson", progress=progress
        )
    )
    assert isinstance(error, errors.CanceledError)
    assert 1_000_000 < received[-1] < 10_000_000  # stopped early, not after the whole export
    assert list(tmp_path.iterdir()) == []


def test_a_full_disk_is_said_in_words_and_leaves_no_file(portal, tmp_path, monkeypatch):
    """The export written to a disk that fills up: the user reads why, not a bug report."""
    import errno

    from tdathack_plugin.ods import http

    class FullDisk:
        def __init__(self, path, _mode):
            self.file = open(path, "wb")  # noqa: SIM115 (closed by __exit__)

        def __enter__(self):
            return self

        def __exit__(self, *_exception):
            self.file.close()

        def write(self, _chunk):
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(http, "open", FullDisk, raising=False)
    client = OdsClient(portal.url)
    error = failure(lambda: client.export("arrondissements", "geojson", tmp_path / "a.geojson"))
    assert str(error) == (
        "The download could not be written to disk (No space left on device): nothing was "
        "kept. Free some space, or set another temporary folder in Processing's options."
    )
    assert list(tmp_path.iterdir()) == []


def test_warning_when_qgis_timeout_may_cut_a_big_export(short_network_timeout):
    from tdathack_plugin.ods.http import timeout_warning

    assert timeout_warning(20) == ""
    assert timeout_warning(400_000) == (
        "QGIS gives up on a request after 1 s without data. The portal may need longer to "
        "prepare an export of 400000 records; if the download is cut, raise the timeout in "
        f"{SETTINGS}."
    )


def test_cancel_from_another_thread_stops_an_api_call(portal):
    """Cancel in a Processing dialog: the feedback is canceled from the main thread while the
    request runs in a worker thread."""
    import threading
    import time

    from qgis.PyQt.QtCore import QCoreApplication

    portal.slow_seconds = 5
    feedback = QgsFeedback()
    outcome = {}

    def call():
        try:
            OdsClient(portal.url, feedback=feedback).dataset("tdathack-slow")
        except errors.OdsError as error:
            outcome["error"] = error

    worker = threading.Thread(target=call)
    started = time.monotonic()
    worker.start()
    while time.monotonic() - started < 0.5:
        QCoreApplication.processEvents()
    feedback.cancel()
    while worker.is_alive() and time.monotonic() - started < 4:
        QCoreApplication.processEvents()
        worker.join(0.05)
    assert not worker.is_alive(), "the request ignored the cancel"
    assert isinstance(outcome.get("error"), errors.CanceledError)
    assert time.monotonic() - started < 4  # well before the portal's 5 s answer
