"""Loading from the dock: one path with tdathack:downloaddataset, filter checked first,
cancel leaves nothing, a private dataset leads to the API key prompt."""

import pytest
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProject,
    QgsRectangle,
    QgsSettings,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import Qt

from tdathack_plugin.ods import errors
from tdathack_plugin.ods.client import OdsClient
from tests.conftest import ROOT
from tests.dock_helpers import running_browser, settle, wait_until
from tests.test_ods_secrets import store_config

VELIB = ROOT / "sample_data" / "paris" / "velib-emplacement-des-stations.geojson"


@pytest.fixture
def browser(iface, portal_store, ods_portal, tdathack_provider):
    yield from running_browser(iface, portal_store, ods_portal)


def choose(widget, text):
    widget.searchEdit.setText(text)
    widget.searchEdit.returnPressed.emit()
    settle(widget)
    widget.select_row(0)
    widget.tabs.setCurrentWidget(widget.loadTab)


def project_layers():
    return list(QgsProject.instance().mapLayers().values())


def exports(ods_portal):
    return [path for _method, path, _headers in ods_portal.requests if "/exports/" in path]


def test_load_adds_the_filtered_layer_with_its_metadata(browser, iface, ods_portal):
    choose(browser, "marchés")
    browser.whereEdit.setPlainText("ardt = 11")
    browser.loadButton.click()
    settle(browser)
    [layer] = project_layers()
    assert layer.name() == "Marchés découverts"
    assert layer.featureCount() == 7
    assert {f["ardt"] for f in layer.getFeatures()} == {11}
    assert layer.wkbType() == QgsWkbTypes.Type.MultiPolygon
    metadata = layer.metadata()
    assert metadata.identifier() == "marches-decouverts"
    assert metadata.parentIdentifier() == ods_portal.url
    assert metadata.licenses() == ["Open Database License (ODbL)"]
    assert metadata.abstract().startswith("Localisation, jours et horaires")
    assert isinstance(layer.renderer(), QgsSingleSymbolRenderer)
    assert iface.messageBar().get_messages(Qgis.Success) == [
        f"Marchés découverts:7 features loaded from {ods_portal.url}."
    ]
    assert browser.loadStatus.text() == "7 features loaded in the layer 'Marchés découverts'."
    checks = [p for _m, p, _h in ods_portal.requests if "/records?" in p and "limit=0" in p]
    assert len(checks) == 1  # the filter was checked before the download


def test_load_chosen_fields_into_a_geopackage(browser, tmp_path):
    choose(browser, "arrondissements")
    for row in range(browser.fieldsList.count()):
        item = browser.fieldsList.item(row)
        if item.data(Qt.ItemDataRole.UserRole) not in ("c_ar", "l_aroff"):
            item.setCheckState(Qt.CheckState.Unchecked)
    target = tmp_path / "arrondissements.gpkg"
    browser.geopackageRadio.setChecked(True)
    browser.geopackageFile.setFilePath(str(target))
    browser.loadButton.click()
    settle(browser)
    [layer] = project_layers()
    assert target.exists()
    assert layer.source().startswith(str(target))
    assert [f.name() for f in layer.fields() if f.name() != "fid"] == ["c_ar", "l_aroff"]
    assert layer.featureCount() == 20


def test_load_only_the_map_extent(browser, iface):
    canvas = iface.mapCanvas()
    lambert = QgsCoordinateReferenceSystem("EPSG:2154")
    canvas.setDestinationCrs(lambert)
    extent = QgsRectangle(651000, 6861000, 654000, 6863000)
    canvas.setExtent(extent)
    visible = canvas.extent()
    box = QgsCoordinateTransform(
        lambert, QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance()
    ).transformBoundingBox(visible)
    sample = QgsVectorLayer(str(VELIB), "velib", "ogr")
    expected = sum(1 for f in sample.getFeatures() if box.contains(f.geometry().asPoint()))
    choose(browser, "vélib")
    browser.extentCheck.setChecked(True)
    browser.loadButton.click()
    settle(browser)
    [layer] = project_layers()
    assert layer.featureCount() == expected
    assert 20 < expected < 1465


def test_bad_filter_shows_the_portal_message_and_downloads_nothing(browser, ods_portal):
    choose(browser, "marchés")
    where = "ardt == 11"
    with pytest.raises(errors.QueryError) as caught:
        OdsClient(ods_portal.url).records("marches-decouverts", where=where, limit=0)
    ods_portal.reset()
    browser.whereEdit.setPlainText(where)
    browser.loadButton.click()
    settle(browser)
    assert browser.errorBox.isVisible()
    assert browser.errorLabel.text() == (
        f"The portal rejected the filter: {caught.value.portal_message.rstrip('.')}. "
        "Nothing was downloaded."
    )
    assert browser.loadStatus.text() == "Nothing was loaded."
    assert exports(ods_portal) == []
    assert project_layers() == []
    assert browser.loadButton.isEnabled()


def test_cancel_leaves_no_layer_and_no_file(browser, ods_portal, tmp_path):
    """Canceled while the export downloads (the portal answers after 2 s)."""
    ods_portal.slow_seconds = 2
    try:
        choose(browser, "tdathack-slow")
        target = tmp_path / "slow.gpkg"
        browser.geopackageRadio.setChecked(True)
        browser.geopackageFile.setFilePath(str(target))
        ods_portal.reset()
        browser.loadButton.click()
        assert browser.cancelButton.isEnabled()
        wait_until(lambda: exports(ods_portal))
        browser.cancelButton.click()
        settle(browser)
    finally:
        ods_portal.slow_seconds = 3
    assert project_layers() == []
    assert list(tmp_path.iterdir()) == []
    assert browser.loadStatus.text() == "Canceled: nothing was loaded."
    assert browser.loadButton.isEnabled()


def test_private_dataset_leads_to_the_key_prompt(browser, ods_portal, auth_manager, portal_store):
    authcfg = store_config("Basic", username="apikey", password=ods_portal.api_key)
    asked = []

    def prompt(portal, error):
        asked.append((portal, type(error)))
        return authcfg

    browser.ask_api_key = prompt
    try:
        browser.searchEdit.setText(f"{ods_portal.url}/explore/dataset/tdathack-private/")
        browser.searchEdit.returnPressed.emit()
        settle(browser)
        assert asked == [(ods_portal.url, errors.AuthenticationError)]
        assert [d.dataset_id for d in browser.results.datasets] == ["tdathack-private"]
        assert browser.detailsBrowser.toPlainText().startswith("Arrondissements")
        assert portal_store.authcfg(ods_portal.url) == authcfg
        browser.tabs.setCurrentWidget(browser.loadTab)
        browser.loadButton.click()
        settle(browser)
        [layer] = project_layers()
        assert layer.featureCount() == 20
        settings = QgsSettings()
        values = [str(settings.value(key)) for key in settings.allKeys()]
        assert not any(ods_portal.api_key in value for value in values)
        assert ods_portal.api_key not in layer.source()
    finally:
        auth_manager.removeAuthenticationConfig(authcfg)


def test_preview_refused_for_want_of_a_key_offers_the_key_prompt(
    browser, ods_portal, auth_manager, portal_store
):
    authcfg = store_config("Basic", username="apikey", password=ods_portal.api_key)
    asked = []

    def prompt(portal, error):
        asked.append(type(error))
        return authcfg

    browser.ask_api_key = prompt
    try:
        browser.searchEdit.setText(f"{ods_portal.url}/explore/dataset/tdathack-private/")
        browser.searchEdit.returnPressed.emit()
        settle(browser)
        portal_store.set_authcfg(ods_portal.url, "")  # the key was forgotten since
        browser.tabs.setCurrentWidget(browser.previewTab)
        settle(browser)
        assert asked == [errors.AuthenticationError, errors.AuthenticationError]
        assert browser.preview.rowCount() == 20
        assert browser.previewLabel.text().startswith("First 20 of")
        assert portal_store.authcfg(ods_portal.url) == authcfg
    finally:
        auth_manager.removeAuthenticationConfig(authcfg)


def test_refused_key_prompt_leaves_the_error(browser, ods_portal):
    browser.ask_api_key = lambda portal, error: None
    browser.searchEdit.setText(f"{ods_portal.url}/explore/dataset/tdathack-private/")
    browser.searchEdit.returnPressed.emit()
    settle(browser)
    assert browser.errorLabel.text() == (
        f"The dataset 'tdathack-private' of {ods_portal.url} is private (HTTP 401). Choose an "
        "authentication configuration holding an API key of this portal."
    )
    assert browser.results.rowCount() == 0 or browser.dataset is None


def test_a_load_the_toolbox_would_refuse_is_refused_before_anything_is_queued(
    ods_portal, tdathack_provider
):
    """The dock asks downloaddataset's own checkParameterValues first: a value the toolbox
    would refuse is said at once, and nothing reaches the portal."""
    import dataclasses

    from tdathack_plugin.ui.loader import DatasetLoader, LoadRequest

    ods_portal.reset()
    dataset = OdsClient(ods_portal.url).dataset("arrondissements")
    loader = DatasetLoader()
    failures = []
    loader.failed.connect(lambda message, _error: failures.append(message))
    asked = len(ods_portal.requests)
    loader.load(LoadRequest(ods_portal.url, dataclasses.replace(dataset, dataset_id="")))
    assert failures == [
        "'' is not a dataset identifier. Copy it from the dataset's page address: "
        "…/explore/dataset/<identifier>/."
    ]
    assert not loader.busy() and len(ods_portal.requests) == asked
