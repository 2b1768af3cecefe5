"""The Opendatasoft dock against the local portal: search, facets, details, preview, paging."""

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProject,
    QgsRectangle,
    QgsSettings,
)

from tdathack_plugin.ods import errors
from tdathack_plugin.ods.client import OdsClient
from tdathack_plugin.ods.rich_text import sanitize
from tdathack_plugin.ui.dock import OdsBrowserWidget
from tdathack_plugin.ui.models import records_text, short_date
from tdathack_plugin.ui.portals import PortalStore
from tests.dock_helpers import (
    CLOSED_PORT_URL,
    TEST_GROUP,
    running_browser,
    settle,
    wait_until,
)


@pytest.fixture
def browser(iface, portal_store, ods_portal):
    yield from running_browser(iface, portal_store, ods_portal)


def ids(widget):
    return [d.dataset_id for d in widget.results.datasets]


def search(widget, text):
    widget.searchEdit.setText(text)
    widget.searchEdit.returnPressed.emit()
    settle(widget)


def catalogue(ods_portal, **query):
    return OdsClient(ods_portal.url).search(**query)


def test_first_search_lists_the_geographic_datasets(browser, ods_portal):
    expected = catalogue(ods_portal, geo_only=True)
    assert browser.results.total == expected.total_count
    assert ids(browser) == [d.dataset_id for d in expected.results]
    assert browser.countLabel.text() == f"{expected.total_count} datasets"
    assert "communes-population" not in ids(browser)  # a table: geographic only by default
    assert browser.errorBox.isHidden()


def test_text_search_narrows_the_results(browser):
    search(browser, "vélib")
    assert ids(browser) == ["velib-emplacement-des-stations"]
    assert browser.countLabel.text() == "1 dataset"
    first = browser.results.index(0, 0).data()
    assert first.splitlines()[0] == "Vélib - Emplacement des stations"
    assert first.splitlines()[1] == " · ".join(
        ("Ville de Paris", records_text(1465), short_date("2024-06-01T03:02:11+00:00"))
    )


def test_typing_searches_after_a_pause(browser):
    browser.searchEdit.setText("arbres")
    wait_until(lambda: browser.query is not None and browser.query.text == "arbres")
    settle(browser)
    assert ids(browser) == ["arbresremarquablesparis"]


def test_facets_have_counts_and_narrow_the_results(browser, ods_portal):
    themes = [browser.themeCombo.itemText(i) for i in range(browser.themeCombo.count())]
    assert themes[0] == "All themes"
    assert "Commerces (1)" in themes
    browser.set_facet("theme", "Commerces")
    settle(browser)
    assert ids(browser) == ["marches-decouverts"]
    assert browser.themeCombo.currentText() == "Commerces (1)"
    publishers = [browser.publisherCombo.itemText(i) for i in range(browser.publisherCombo.count())]
    assert publishers == ["All publishers", "Ville de Paris (1)"]
    browser.set_facet("theme", "")
    settle(browser)
    assert len(ids(browser)) > 1


def test_geographic_only_and_sort_by_title(browser, ods_portal):
    browser.geoOnlyCheck.setChecked(False)
    settle(browser)
    assert browser.results.total == catalogue(ods_portal).total_count
    assert browser.results.total > 100
    browser.sortCombo.setCurrentIndex(browser.sortCombo.findData("title"))
    settle(browser)
    titles = [d.title for d in browser.results.datasets]
    assert titles == [d.title for d in catalogue(ods_portal, order_by="title").results]


def test_results_page_in_on_scroll(browser, ods_portal):
    browser.geoOnlyCheck.setChecked(False)
    settle(browser)
    assert len(ids(browser)) == 100
    bar = browser.resultsView.verticalScrollBar()
    bar.setValue(bar.maximum())
    settle(browser)
    total = catalogue(ods_portal).total_count
    assert len(ids(browser)) == min(200, total)
    assert len(set(ids(browser))) == len(ids(browser))


def test_selecting_shows_the_details(browser):
    search(browser, "arrondissements")
    browser.select_row(0)
    text = browser.detailsBrowser.toPlainText()
    assert text.startswith("Arrondissements")
    for expected in (
        "Ville de Paris",
        "Open Database License (ODbL)",
        "20 records",
        "Administration, Urbanisme, Logement",
        "Limites des 20 arrondissements",
    ):
        assert expected in text
    table = browser.fieldsTable
    rows = [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]
    assert rows[0] == ("n_sq_ar", "Identifiant séquentiel de l'arrondissement", "int")
    assert ("geom", "Geometry", "geo_shape") in rows
    assert browser.zoomButton.isEnabled()


def test_zoom_to_the_dataset_extent(browser, iface):
    """The bbox (WGS84) is shown in the map's own CRS: Lambert-93 here, as in most projects."""
    canvas = iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:2154"))
    search(browser, "arrondissements")
    browser.select_row(0)
    browser.zoom_to_dataset()
    bbox = QgsRectangle(*browser.dataset.bbox)
    to_map = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"),
        canvas.mapSettings().destinationCrs(),
        QgsProject.instance(),
    )
    expected = to_map.transformBoundingBox(bbox)
    extent = canvas.extent()
    assert extent.contains(expected)
    assert extent.width() < 3 * expected.width()  # zoomed to it, not to France


def test_preview_shows_the_first_20_records(browser, ods_portal):
    search(browser, "vélib")
    browser.select_row(0)
    browser.tabs.setCurrentWidget(browser.previewTab)
    settle(browser)
    assert browser.preview.rowCount() == 20
    headers = [browser.preview.headerData(c, 1) for c in range(browser.preview.columnCount())]
    assert headers == ["Code de la station", "Nom de la station", "Capacité de la station"]
    assert browser.previewLabel.text() == f"First 20 of {records_text(1465)}."
    first = OdsClient(ods_portal.url).records("velib-emplacement-des-stations", limit=1)
    assert browser.preview.index(0, 1).data() == first.results[0]["name"]


def test_unreachable_portal_shows_an_error_and_the_dock_stays_usable(
    browser, portal_store, ods_portal
):
    portal_store.add("Closed", CLOSED_PORT_URL)
    browser._fill_portals(keep=ods_portal.url)
    browser.select_portal(CLOSED_PORT_URL)
    settle(browser)
    assert browser.errorBox.isVisible()
    assert browser.errorLabel.text().startswith(f"Cannot reach {CLOSED_PORT_URL} (")
    assert browser.results.rowCount() == 0 or browser.portal() == CLOSED_PORT_URL
    browser.select_portal(ods_portal.url)
    settle(browser)
    assert browser.errorBox.isHidden()
    search(browser, "vélib")
    assert ids(browser) == ["velib-emplacement-des-stations"]


def test_search_state_is_remembered(browser, portal_store, iface, ods_portal):
    search(browser, "vélib")
    browser.geoOnlyCheck.setChecked(False)
    settle(browser)
    again = OdsBrowserWidget(iface, PortalStore(TEST_GROUP))
    assert again.portal() == ods_portal.url
    assert again.searchEdit.text() == "vélib"
    assert not again.geoOnlyCheck.isChecked()


def test_portals_are_added_renamed_and_removed(portal_store):
    portal_store.add("Rennes", "https://data.rennesmetropole.fr/explore/dataset/x/")
    portal_store.rename("https://data.rennesmetropole.fr", "Rennes Métropole")
    assert ("Rennes Métropole", "https://data.rennesmetropole.fr") in [
        (p.name, p.url) for p in portal_store.portals()
    ]
    portal_store.remove("https://data.rennesmetropole.fr")
    assert "https://data.rennesmetropole.fr" not in [p.url for p in portal_store.portals()]
    assert QgsSettings().value(f"{TEST_GROUP}/portals")


def test_well_known_portals_by_default():
    QgsSettings().remove("tdathack_tests/fresh")
    urls = [p.url for p in PortalStore("tdathack_tests/fresh").portals()]
    assert urls == [
        "https://data.opendatasoft.com",
        "https://public.opendatasoft.com",
        "https://opendata.paris.fr",
    ]


def test_descriptions_are_sanitised():
    html = (
        '<p onclick="steal()">Hello <b>world</b><script>alert(1)</script>'
        '<img src="https://tracker.example/pixel.png"><iframe src="https://x"></iframe>'
        '<a href="javascript:alert(1)">bad</a> <a href="https://ok.example/?a=1&b=2" '
        'onmouseover="x()">good</a><style>p {}</style></p>'
    )
    assert sanitize(html) == (
        '<p>Hello <b>world</b><a>bad</a> <a href="https://ok.example/?a=1&amp;b=2">good</a></p>'
    )


def test_error_messages_come_from_the_client(ods_portal):
    with pytest.raises(errors.HostUnreachableError):
        OdsClient(CLOSED_PORT_URL).search(limit=0)
