"""The plugin's page in Settings › Options: what it shows, what OK saves, what it changes."""

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsNetworkAccessManager, QgsSettings

from tdathack_plugin.toolbelt import settings
from tdathack_plugin.ui.options_page import URL_ROLE, OptionsFactory

from .algorithm_runs import Recorder, output_layers
from .squares import coverage_layer, territory_layer


@pytest.fixture
def options(portal_store):
    QgsSettings().remove(settings.GROUP)
    timeout = QgsNetworkAccessManager.timeout()
    factory = OptionsFactory(portal_store)
    page = factory.createWidget(None)
    yield page
    page.deleteLater()
    QgsNetworkAccessManager.setTimeout(timeout)
    QgsSettings().remove(settings.GROUP)


def test_ok_saves_portals_timeout_crs_and_demo_portal(options, portal_store, ods_portal):
    assert options.portals.count() == len(portal_store.portals())
    assert options.timeout.value() == QgsNetworkAccessManager.timeout() // 1000
    assert not options.demo.isChecked() and not settings.demo_portal()
    options.add_portal("Portail de test", "https://data.example.org/explore/?sort=modified")
    options.portals.item(0).setSelected(True)
    removed = options.portals.item(0).data(URL_ROLE)
    options.remove_selected()
    options.timeout.setValue(95)
    options.metric_crs.setCrs(QgsCoordinateReferenceSystem("EPSG:2154"))
    options.demo.setChecked(True)
    assert "https://data.example.org" not in [p.url for p in portal_store.portals()]
    options.apply()  # what OK does
    urls = [p.url for p in portal_store.portals()]
    assert "https://data.example.org" in urls and removed not in urls
    assert QgsNetworkAccessManager.timeout() == 95_000
    assert settings.default_metric_crs() == "EPSG:2154"
    assert settings.demo_portal()


@pytest.mark.usefixtures("tdathack_provider")
def test_the_default_crs_is_used_only_where_it_fits_the_data(options):
    """A default of Lambert-93 computes metropolitan data in Lambert-93; La Réunion's
    official projection, set as default, never measures metropolitan data."""
    for default, expected in (("EPSG:3857", "EPSG:3857"), ("EPSG:2975", "EPSG:2154")):
        settings.set_default_metric_crs(default)
        log = Recorder()
        parameters = {"COVERAGE": [coverage_layer()], "TERRITORY": territory_layer()}
        output_layers(
            "tdathack:mobilegaps",
            {**parameters, "TERRITORY_ID_FIELD": "code"},
            ("OUTPUT_ZONES", "OUTPUT_STATS"),
            feedback=log,
        )
        assert f"Computation CRS: {expected}" in log.lines


def test_the_dock_calls_the_demo_portal_only_when_the_options_ask(options, iface, portal_store):
    """Off by default: QGIS never calls 127.0.0.1 by itself; on, a running demo portal is
    offered in the list."""
    from tdathack_plugin.ui.dock import OdsBrowserWidget

    from .dock_helpers import settle
    from .ods_portal import running_portal

    offered = {}
    with running_portal() as demo:
        for enabled in (False, True):
            settings.set_demo_portal(enabled)
            widget = OdsBrowserWidget(iface, portal_store)
            widget.demo_url = demo.url
            widget.start()
            settle(widget)
            offered[enabled] = widget.portalCombo.findData(demo.url) >= 0
            widget.close_tasks()
            settle(widget)
            widget.deleteLater()
    assert offered == {False: False, True: True}


def test_the_dock_state_lives_apart_from_the_portals(portal_store):
    """Removing the portal settings keeps the dock's layout, and the other way round; a state
    an earlier version kept beside the portals is still read."""
    portal_store.set_state("text", "wifi")
    QgsSettings().remove(portal_store.group)
    assert portal_store.state("text", "") == "wifi"
    portal_store.add("Portail", "https://data.example.org")
    QgsSettings().remove(portal_store.state_group)
    assert "https://data.example.org" in [p.url for p in portal_store.portals()]
    QgsSettings().setValue(f"{portal_store.group}/state/sort", "-modified")
    assert portal_store.state("sort", "") == "-modified"
