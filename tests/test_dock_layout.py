"""The dock as users meet it: at the size QGIS gives a new dock (about 300 × 630 px), in French
and English, every action is in reach and shows its whole text or a tooltip; after an error
nothing of the previous answer is left; the keyboard works."""

import pytest
from qgis.core import Qgis, QgsProject, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtTest import QTest

from tdathack_plugin.ods.client import OdsClient
from tdathack_plugin.toolbelt.i18n import install_translator
from tdathack_plugin.ui.dock import OdsBrowserDock
from tdathack_plugin.ui.dock_preview import preview_text
from tdathack_plugin.ui.models import records_text
from tests.dock_helpers import (
    CLOSED_PORT_URL,
    cut_texts,
    in_view,
    out_of_view,
    settle,
    shows_nothing_of_before,
    wait_until,
)

DOCK_SIZE = (300, 630)  # what QGIS gives a new dock on the right of a 1280 × 800 window


@pytest.fixture(params=["en", "fr"])
def language(request):
    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", request.param)
    translator = install_translator()
    yield request.param
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
    settings.remove("locale/overrideFlag")
    settings.remove("locale/userLocale")


def open_dock(iface, portal_store, size=DOCK_SIZE):
    dock = OdsBrowserDock(iface, portal_store)
    dock.browser.demo_url = CLOSED_PORT_URL
    dock.resize(*size)
    dock.show()
    if not dock.browser.started:
        dock.browser.start()
    settle(dock.browser)
    return dock


@pytest.fixture
def dock(iface, portal_store, ods_portal, tdathack_provider, language):
    ods_portal.reset()
    dock = open_dock(iface, portal_store)
    yield dock
    dock.close_tasks()
    settle(dock.browser)
    dock.deleteLater()


def search(browser, text):
    browser.searchEdit.setText(text)
    browser.searchEdit.returnPressed.emit()
    settle(browser)


def paste(browser, portal, dataset_id):
    search(browser, f"{portal.url}/explore/dataset/{dataset_id}/")


def test_the_dock_fits_its_default_width(dock):
    assert dock.browser.minimumSizeHint().width() <= DOCK_SIZE[0] - 20
    dock.browser.facetsGroup.setCollapsed(False)
    assert dock.browser.minimumSizeHint().height() <= DOCK_SIZE[1] - 40


@pytest.mark.parametrize("facets_open", [False, True])
def test_every_action_is_in_reach_without_scrolling(dock, facets_open):
    browser = dock.browser
    browser.facetsGroup.setCollapsed(not facets_open)
    search(browser, "wi-fi")
    browser.select_row(0)
    settle(browser)
    assert out_of_view(dock) == {"detailsTab": [], "previewTab": [], "loadTab": []}
    assert browser.resultsView.height() >= 2 * browser.resultsView.sizeHintForRow(0)


def test_main_controls_show_their_whole_text_or_a_tooltip(dock):
    browser = dock.browser
    browser.facetsGroup.setCollapsed(False)
    search(browser, "wi-fi")
    browser.select_row(0)
    browser.tabs.setCurrentWidget(browser.loadTab)
    settle(browser)
    assert cut_texts(browser) == []
    dataset = browser.results.datasets[0]
    assert dataset.title in browser.results.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    for tool in (browser.zoomButton, browser.openPortalButton, browser.errorCloseButton):
        assert tool.toolTip()


def test_the_splits_are_remembered(iface, portal_store, ods_portal, language):
    dock = open_dock(iface, portal_store)
    dock.browser.splitter.setSizes([300, 200])
    dock.browser.detailsSplitter.setSizes([80, 120])
    sizes = dock.browser.splitter.sizes(), dock.browser.detailsSplitter.sizes()
    dock.close_tasks()
    dock.deleteLater()
    again = open_dock(iface, portal_store)
    try:
        assert (again.browser.splitter.sizes(), again.browser.detailsSplitter.sizes()) == sizes
    finally:
        again.close_tasks()
        again.deleteLater()


@pytest.mark.parametrize(
    "dataset_id, message",
    [
        ("no-such-dataset", "The dataset 'no-such-dataset' does not exist on"),
        ("tdathack-private", "The dataset 'tdathack-private' of"),
        ("tdathack-rate-limited", "refuses more requests: the quota of"),
        ("tdathack-server-error", "had an internal error (HTTP 500)"),
    ],
)
def test_after_an_error_nothing_of_the_previous_answer_is_left(
    dock, ods_portal, dataset_id, message, language
):
    browser = dock.browser
    browser.ask_api_key = lambda portal, error: None
    search(browser, "vélib")
    browser.select_row(0)
    browser.tabs.setCurrentWidget(browser.previewTab)
    settle(browser)
    assert browser.preview.rowCount() == 20
    paste(browser, ods_portal, dataset_id)
    assert browser.errorBox.isVisible()
    if language == "en":
        assert message in browser.errorLabel.text()
    assert shows_nothing_of_before(browser)
    search(browser, "vélib")
    assert browser.errorBox.isHidden()
    assert browser.results.rowCount() == 1


def test_a_search_greys_and_unselects_the_previous_answer(dock, ods_portal):
    browser = dock.browser
    search(browser, "vélib")
    browser.select_row(0)
    settle(browser)
    ods_portal.slow_seconds = 1
    try:
        browser.searchEdit.setText("marchés")
        browser.search()
        assert not browser.resultsView.isEnabled()
        assert browser.dataset is None and not browser.tabs.isEnabled()
        settle(browser)
    finally:
        ods_portal.slow_seconds = 3
    assert browser.resultsView.isEnabled()


def test_a_pasted_address_clears_the_previous_filters(dock, ods_portal):
    browser = dock.browser
    browser.set_facet("theme", "Equipements, Services, Social")
    settle(browser)
    assert browser.themeCombo.currentData() == "Equipements, Services, Social"
    paste(browser, ods_portal, "velib-emplacement-des-stations")
    assert [d.dataset_id for d in browser.results.datasets] == ["velib-emplacement-des-stations"]
    assert not any(c.currentData() for c in (browser.themeCombo, browser.keywordCombo))
    assert not browser.publisherCombo.currentData()


def test_an_error_can_be_dismissed(dock, ods_portal, language):
    browser = dock.browser
    paste(browser, ods_portal, "no-such-dataset")
    assert browser.errorBox.isVisible()
    browser.errorCloseButton.click()
    assert browser.errorBox.isHidden()


def load_with_a_filter_the_portal_refuses(browser):
    search(browser, "marchés")
    browser.select_row(0)
    browser.tabs.setCurrentWidget(browser.loadTab)
    browser.whereEdit.setPlainText("ardt == 11")
    browser.loadButton.click()
    settle(browser)


def test_a_rejected_filter_is_reported_in_the_error_box(dock, ods_portal, language):
    browser = dock.browser
    load_with_a_filter_the_portal_refuses(browser)
    assert browser.errorBox.isVisible()
    if language == "en":
        assert browser.errorLabel.text().startswith("The portal rejected the filter: ")
        assert browser.errorLabel.text().endswith(" Nothing was downloaded.")
        assert browser.loadStatus.text() == "Nothing was loaded."
    assert in_view(browser.errorLabel, dock)


def test_an_empty_preview_says_why():
    assert preview_text(20, 1465, 1465) == f"First 20 of {records_text(1465)}."
    assert preview_text(0, 0, 0) == "This dataset has no records."
    assert preview_text(0, 0, 185845) == (
        f"The catalogue lists {records_text(185845)} for this dataset, but the portal gives "
        "none to read: they may be restricted to some users."
    )


def focus_order(browser, names):
    """The named widgets in the order Tab reaches them from the first one."""
    widget, seen = getattr(browser, names[0]), []
    for _ in range(200):
        if widget.objectName() in names and widget.objectName() not in seen:
            seen.append(widget.objectName())
        widget = widget.nextInFocusChain()
    return seen


def test_tab_order_follows_the_layout(dock):
    names = [
        "portalCombo",
        "searchEdit",
        "sortCombo",
        "geoOnlyCheck",
        "themeCombo",
        "resultsView",
        "tabs",
        "zoomButton",
        "detailsBrowser",
        "previewTable",
        "whereEdit",
        "extentCheck",
        "fieldsList",
        "loadButton",
    ]
    assert focus_order(dock.browser, names) == names


def test_enter_searches_and_opens_a_result_and_ctrl_enter_loads(dock, ods_portal, language):
    browser = dock.browser
    dock.activateWindow()
    browser.searchEdit.setText("marchés")
    QTest.keyClick(browser.searchEdit, Qt.Key.Key_Return)
    settle(browser)
    assert [d.dataset_id for d in browser.results.datasets] == ["marches-decouverts"]
    browser.tabs.setCurrentWidget(browser.previewTab)
    browser.resultsView.setFocus()
    browser.select_row(0)
    QTest.keyClick(browser.resultsView, Qt.Key.Key_Return)
    assert browser.tabs.currentWidget() is browser.detailsTab
    settle(browser)
    browser.tabs.setCurrentWidget(browser.loadTab)
    browser.whereEdit.setFocus()
    QTest.keyClick(browser.whereEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(browser)
    assert browser.whereEdit.toPlainText() == ""
    [layer] = QgsProject.instance().mapLayers().values()
    total = OdsClient(ods_portal.url).records("marches-decouverts", limit=0).total_count
    assert layer.featureCount() == total
    QgsProject.instance().removeAllMapLayers()


def test_a_failed_load_is_reported_once_in_the_error_box(dock, ods_portal, iface, language):
    browser = dock.browser
    before = len(iface.messageBar().get_messages(Qgis.MessageLevel.Warning))
    paste(browser, ods_portal, "tdathack-truncated")
    browser.tabs.setCurrentWidget(browser.loadTab)
    browser.loadButton.click()
    settle(browser)
    assert browser.errorBox.isVisible() and browser.errorLabel.text()
    assert len(iface.messageBar().get_messages(Qgis.MessageLevel.Warning)) == before
    assert QgsProject.instance().mapLayers() == {}


def test_every_action_stays_in_reach_with_an_error_shown(dock, ods_portal):
    browser = dock.browser
    search(browser, "wi-fi")
    browser.select_row(0)
    browser.show_error(
        "A long message from a portal that fills several lines of the error box, as the quota "
        "and authentication messages do, with what the user can do next about it."
    )
    settle(browser)
    assert out_of_view(dock) == {"detailsTab": [], "previewTab": [], "loadTab": []}
    assert in_view(browser.errorCloseButton, dock)


def test_a_preview_read_does_not_clear_a_refused_filter(dock, ods_portal, language):
    browser = dock.browser
    load_with_a_filter_the_portal_refuses(browser)
    refused = browser.errorLabel.text()
    browser.tabs.setCurrentWidget(browser.previewTab)
    settle(browser)
    assert browser.preview.rowCount() > 0
    assert browser.errorBox.isVisible() and browser.errorLabel.text() == refused
    search(browser, "marchés")
    assert browser.errorBox.isHidden()


def test_cancel_stays_in_reach_when_a_search_starts_during_a_load(dock, ods_portal, language):
    browser = dock.browser
    search(browser, "marchés")
    browser.select_row(0)
    browser.tabs.setCurrentWidget(browser.loadTab)
    ods_portal.export_seconds = 2
    try:
        browser.loadButton.click()
        wait_until(lambda: browser.cancelButton.isEnabled())
        status = browser.loadStatus.text()
        browser.searchEdit.setText("vélib")
        browser.search()
        assert browser.tabs.isEnabled() and browser.cancelButton.isEnabled()
        assert browser.loadStatus.text() == status
        browser.cancelButton.click()
        settle(browser)
    finally:
        ods_portal.export_seconds = 0
    assert QgsProject.instance().mapLayers() == {}
    assert browser.loadButton.isEnabled()


def test_a_search_canceled_in_the_task_manager_leaves_the_list_usable(dock, ods_portal):
    from qgis.core import QgsApplication

    browser = dock.browser
    ods_portal.slow_seconds = 2
    try:
        browser.open_dataset("tdathack-slow")
        assert not browser.resultsView.isEnabled()
        wait_until(lambda: QgsApplication.taskManager().countActiveTasks() > 0)
        for task in QgsApplication.taskManager().activeTasks():
            task.cancel()  # as the user does in QGIS's task manager
        settle(browser)
    finally:
        ods_portal.slow_seconds = 3
    assert browser.resultsView.isEnabled()
    assert browser.errorBox.isVisible()
    search(browser, "vélib")
    assert browser.results.rowCount() == 1


def test_another_dataset_does_not_inherit_the_filter(dock, ods_portal):
    browser = dock.browser
    search(browser, "marchés")
    browser.select_row(0)
    browser.whereEdit.setPlainText("ardt = 11")
    search(browser, "marchés")
    browser.select_row(0)
    assert browser.whereEdit.toPlainText() == "ardt = 11"
    search(browser, "vélib")
    browser.select_row(0)
    assert browser.whereEdit.toPlainText() == ""


def test_a_failed_load_from_a_closed_dock_reaches_the_message_bar(dock, ods_portal, iface):
    browser = dock.browser
    before = len(iface.messageBar().get_messages(Qgis.MessageLevel.Warning))
    paste(browser, ods_portal, "tdathack-truncated")
    dock.hide()
    browser.load()
    settle(browser)
    assert len(iface.messageBar().get_messages(Qgis.MessageLevel.Warning)) == before + 1
