"""The "Opendatasoft" entry of the Browser panel: portals, their datasets, drag and double-click."""

import json

import pytest
from qgis.core import Qgis, QgsErrorItem, QgsProject

from tdathack_plugin.ui.browser import (
    URI_KEY,
    DatasetLoads,
    OdsDataItemProvider,
    OdsDropHandler,
)
from tests.dock_helpers import CLOSED_PORT_URL, idle, wait_until


@pytest.fixture
def loads(iface, portal_store, tdathack_provider):
    return DatasetLoads(iface.messageBar(), portal_store)


def portal_item(loads, url):
    root = OdsDataItemProvider(loads).createDataItem("", None)
    assert root.name() == "Opendatasoft"
    return next(item for item in root.createChildren() if item.url == url), root


def test_portals_then_their_geographic_datasets(loads, ods_portal):
    portal, _root = portal_item(loads, ods_portal.url)
    assert portal.name() == "Local portal"
    datasets = portal.createChildren()
    names = [item.name() for item in datasets]
    assert names == sorted(names, key=str.lower)
    assert "Arrondissements" in names
    assert "communes-population" not in [item.dataset.dataset_id for item in datasets]


def test_dragged_dataset_is_loaded_by_the_drop_handler(loads, ods_portal, iface):
    portal, _root = portal_item(loads, ods_portal.url)
    item = next(i for i in portal.createChildren() if i.dataset.dataset_id == "arrondissements")
    assert item.hasDragEnabled()
    [uri] = item.mimeUris()
    assert (uri.layerType, uri.providerKey) == ("custom", URI_KEY)
    assert json.loads(uri.uri) == {"portal": ods_portal.url, "dataset": "arrondissements"}
    handler = OdsDropHandler(loads)
    assert handler.customUriProviderKey() == URI_KEY
    handler.handleCustomUriDrop(uri)
    wait_until(lambda: idle(loads))
    [layer] = QgsProject.instance().mapLayers().values()
    assert (layer.name(), layer.featureCount()) == ("Arrondissements", 20)
    assert layer.metadata().identifier() == "arrondissements"
    assert iface.messageBar().get_messages(Qgis.Success) == [
        f"Arrondissements:20 features loaded from {ods_portal.url}."
    ]


def test_double_click_loads_the_dataset(loads, ods_portal):
    portal, _root = portal_item(loads, ods_portal.url)
    item = next(i for i in portal.createChildren() if i.dataset.dataset_id == "sanisettesparis")
    assert item.handleDoubleClick()
    wait_until(lambda: idle(loads))
    [layer] = QgsProject.instance().mapLayers().values()
    assert layer.name() == "Sanisettes"
    assert layer.featureCount() == item.dataset.records_count


def test_unreachable_portal_shows_an_error_item(loads, portal_store):
    portal_store.add("Closed", CLOSED_PORT_URL)
    portal, _root = portal_item(loads, CLOSED_PORT_URL)
    [error] = portal.createChildren()
    assert isinstance(error, QgsErrorItem)
    assert error.name().startswith(f"Cannot reach {CLOSED_PORT_URL} (")
