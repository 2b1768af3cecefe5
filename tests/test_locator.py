"""The locator filter (prefix `ods`) searches the dock's current portal and shows the choice."""

from qgis.core import QgsFeedback, QgsLocatorContext

from tdathack_plugin.ui.locator import OdsLocatorFilter


def fetch(locator_filter, text):
    found = []
    clone = locator_filter.clone()
    clone.resultFetched.connect(found.append)
    clone.fetchResults(text, QgsLocatorContext(), QgsFeedback())
    return found


def test_searches_the_current_portal_and_shows_the_chosen_dataset(portal_store, ods_portal):
    shown = []
    locator_filter = OdsLocatorFilter(
        lambda portal, dataset: shown.append((portal, dataset)), portal_store
    )
    assert locator_filter.prefix() == "ods"
    [result] = fetch(locator_filter, "vélib")
    assert result.displayString == "Vélib - Emplacement des stations"
    assert result.description == "Ville de Paris"
    locator_filter.triggerResult(result)
    assert shown == [(ods_portal.url, "velib-emplacement-des-stations")]


def test_short_text_and_unreachable_portal_give_nothing(portal_store):
    locator_filter = OdsLocatorFilter(lambda portal, dataset: None, portal_store)
    assert fetch(locator_filter, "v") == []
    portal_store.set_state("portal", "http://127.0.0.1:9")
    assert fetch(locator_filter, "vélib") == []
