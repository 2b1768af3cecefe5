"""Catalogues beyond the search's 10,000 window: the portal refuses the window as a real one
does, the client goes on through the documented catalogue export, read as a stream."""

import json
from urllib.parse import parse_qs, urlsplit

import pytest
from qgis.core import QgsSettings

from tdathack_plugin.ods.client import OdsClient
from tdathack_plugin.ods.errors import OdsError, QueryError, UnexpectedResponseError
from tdathack_plugin.ods.json_items import NotAnArrayError, array_items
from tests.dock_helpers import running_browser, settle
from tests.ods_portal import running_portal
from tests.ods_portal.registry import large_catalogue

SIZE = 30_000
EXPORT = "/api/explore/v2.1/catalog/exports/json"


@pytest.fixture(scope="module")
def large_portal():
    with running_portal() as portal:
        portal.datasets = large_catalogue(SIZE)
        yield portal


@pytest.fixture
def client(large_portal):
    large_portal.reset()
    return OdsClient(large_portal.url)


def paths(portal):
    return [urlsplit(path).path for _, path, _ in portal.requests]


def ids(datasets):
    return [d.dataset_id for d in datasets]


def expected(first, last):
    return [f"catalogue-{n:05d}" for n in range(first, last + 1)]


def test_the_search_route_refuses_the_window_as_a_portal_does(client):
    with pytest.raises(QueryError) as caught:
        client.http.get_json(
            client.api_url("catalog", "datasets"), [("offset", 9950), ("limit", 100)]
        )
    assert str(caught.value) == (
        "The portal rejected the query: Invalid value for offset API parameter: 9950 was found "
        "but offset + limit <= 10000 is expected."
    )


def test_pages_beyond_the_window_come_from_the_export_in_the_same_order(client, large_portal):
    last_in_window = client.search(order_by="dataset_id", offset=9_900)
    beyond = client.search(order_by="dataset_id", offset=10_000)
    far = client.search(order_by="dataset_id", offset=29_950)
    assert last_in_window.total_count == SIZE
    assert ids(last_in_window.results) == expected(9_901, 10_000)
    assert ids(beyond.results) == expected(10_001, 10_100)
    assert ids(far.results) == expected(29_951, 30_000)
    assert beyond.total_count is None  # the export does not count
    assert paths(large_portal) == ["/api/explore/v2.1/catalog/datasets", EXPORT, EXPORT]
    sent = parse_qs(urlsplit(large_portal.requests[1][1]).query)
    assert sent["offset"] == ["10000"] and sent["limit"] == ["100"]


def test_relevance_order_stops_at_the_window_and_says_how_to_go_on(client):
    with pytest.raises(OdsError) as caught:
        client.search(offset=10_000)
    assert str(caught.value) == (
        "Sorted by relevance, a portal lists its first 10,000 datasets only: sort by title or "
        "by date to see the others."
    )


def test_iter_datasets_asks_the_export_for_the_first_ones_only(client, large_portal):
    assert ids(client.iter_datasets(limit=1000)) == expected(1, 1000)
    assert parse_qs(urlsplit(large_portal.requests[0][1]).query)["limit"] == ["1000"]


def test_filters_apply_beyond_the_window_as_within(client):
    refine = [("keyword", "lot 3")]
    matching = [n for n in range(1, SIZE + 1) if n % 7 == 3]
    first = client.search(refine=refine, order_by="dataset_id")
    assert first.total_count == len(matching)  # 4,286: within the window
    page = client.search(refine=refine, order_by="dataset_id desc", offset=9_950, limit=50)
    assert ids(page.results) == [f"catalogue-{n:05d}" for n in matching[::-1][9_950:10_000]]


def test_iter_datasets_walks_30000_datasets_in_one_streamed_request(client, large_portal):
    walked = ids(client.iter_datasets())
    assert walked == expected(1, SIZE)
    assert paths(large_portal) == [EXPORT]
    assert "offset" not in parse_qs(urlsplit(large_portal.requests[0][1]).query)


def test_iter_datasets_keeps_the_filters(client):
    walked = ids(client.iter_datasets(text="00042"))
    assert walked == ["catalogue-00042"]
    assert len(ids(client.iter_datasets(refine=[("keyword", "lot 0")]))) == SIZE // 7


def test_a_catalogue_export_that_is_not_a_list_of_datasets_is_said_so(
    client, monkeypatch, tmp_path
):
    def download(_url, _params, destination, _progress=None):
        destination.write_text('{"error": "not a list"}', encoding="utf-8")
        return destination

    monkeypatch.setattr(client.http, "download", download)
    with pytest.raises(UnexpectedResponseError) as caught:
        list(client.iter_datasets())
    assert "the catalogue export is not a list of datasets" in str(caught.value)


@pytest.mark.parametrize("chunk", [1, 2, 7, 64, 1 << 16])
def test_array_items_reads_values_across_any_chunk_boundary(tmp_path, chunk):
    values = [
        {
            "dataset_id": "a",
            "text": '[brackets], {braces}, "quotes" and \\ a backslash',
            "n": 12345.678e-2,
        },
        1234567890,
        -0.5,
        "é€😀",
        [],
        {},
        None,
        True,
        [1, [2, [3]]],
    ]
    path = tmp_path / "items.json"
    path.write_text(
        " \n[ " + " ,\n ".join(json.dumps(v, ensure_ascii=False) for v in values) + " ]\n"
    )
    assert list(array_items(path, chunk)) == values


@pytest.mark.parametrize(
    "text",
    ["", "{}", "[1, 2", "[1, 2,", '[{"a": 1}', "[1 2]", "[1] x", "<html>", '[{"a": "b]'],
)
def test_array_items_refuses_what_is_not_one_whole_array(tmp_path, text):
    path = tmp_path / "bad.json"
    path.write_text(text)
    with pytest.raises(NotAnArrayError):
        list(array_items(path, 3))


def test_array_items_of_an_empty_array(tmp_path):
    path = tmp_path / "empty.json"
    path.write_text("[ ]")
    assert list(array_items(path)) == []


@pytest.fixture
def large_dock(iface, large_portal, tmp_path):
    """The dock on the 30,000-dataset portal, sorted by title, searching everything."""
    from tdathack_plugin.ui.portals import PortalStore

    store = PortalStore("tdathack_tests/large")
    QgsSettings().remove("tdathack_tests/large")
    store.add("Large", large_portal.url)
    for key, value in (("portal", large_portal.url), ("sort", "title"), ("geo_only", False)):
        store.set_state(key, value)
    yield from running_browser(iface, store, large_portal)
    QgsSettings().remove("tdathack_tests/large")


def scroll_to_the_end(widget, most=400):
    """Scroll the result list down as a user does, until nothing more comes."""
    bar = widget.resultsView.verticalScrollBar()
    for _ in range(most):
        before = len(widget.results.datasets)
        bar.setValue(bar.maximum())
        settle(widget)
        if len(widget.results.datasets) == before:
            return


def test_the_dock_scrolls_through_30000_datasets(large_dock, large_portal):
    """Pages of 100 in the search's window, then of 1,000 from the export: every dataset once,
    in title order, in 120 requests."""
    scroll_to_the_end(large_dock)
    assert ids(large_dock.results.datasets) == expected(1, SIZE)
    assert large_dock.errorBox.isHidden()
    pages = [p for p in paths(large_portal) if p.endswith(("/catalog/datasets", EXPORT))]
    assert len(pages) == 100 + 20
    assert large_dock.countLabel.text() == "30000 datasets"


def test_sorted_by_relevance_the_dock_stops_at_the_window_and_says_why(large_dock, large_portal):
    large_dock.sortCombo.setCurrentIndex(large_dock.sortCombo.findData(""))
    settle(large_dock)
    scroll_to_the_end(large_dock)
    assert len(large_dock.results.datasets) == 10_000
    assert large_dock.errorLabel.text() == (
        "Sorted by relevance, a portal lists its first 10,000 datasets only: sort by title or "
        "by date to see the others."
    )
    assert not any(p.endswith(EXPORT) for p in paths(large_portal))
