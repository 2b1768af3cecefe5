"""Helpers of the widget tests: a portal store of their own and waiting for background tasks."""

import time

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication

TEST_GROUP = "tdathack_tests/ods"
CLOSED_PORT_URL = "http://127.0.0.1:9"  # nothing listens there: connection refused
TIMEOUT_SECONDS = 60


def wait_until(condition, timeout=TIMEOUT_SECONDS):
    """Run the Qt event loop until `condition()` holds (fails after `timeout` seconds)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for the background tasks ({task_state()})")
        QCoreApplication.processEvents()
        time.sleep(0.005)
    QCoreApplication.processEvents()


def task_state() -> str:
    """What QGIS's task manager and thread pool hold, to tell a stuck task from a full pool."""
    from qgis.PyQt.QtCore import QThreadPool

    manager = QgsApplication.taskManager()
    pool = QThreadPool.globalInstance()
    tasks = [f"{t.description()}: {t.status()}" for t in manager.tasks()]
    return (
        f"tasks {tasks}, active {manager.countActiveTasks()}, pool threads "
        f"{pool.activeThreadCount()}/{pool.maxThreadCount()}"
    )


def idle(*workers):
    """True when no task of the workers (or of QGIS's task manager) is running."""
    return (
        not any(worker.busy() for worker in workers)
        and QgsApplication.taskManager().countActiveTasks() == 0
    )


def running_browser(iface, portal_store, ods_portal):
    """An Opendatasoft browser widget on the local portal, its first search done (fixtures)."""
    from tdathack_plugin.ui.dock import OdsBrowserWidget

    ods_portal.reset()
    widget = OdsBrowserWidget(iface, portal_store)
    widget.demo_url = CLOSED_PORT_URL
    widget.resize(340, 760)
    widget.show()
    widget.start()
    settle(widget)
    yield widget
    widget.close_tasks()
    settle(widget)
    widget.deleteLater()


def settle(widget):
    """Wait until the widget's background work is over."""
    wait_until(lambda: idle(widget.runner, widget.loader))


# --- what a user sees: shared by the widget tests and the check in a real QGIS ------------


def in_view(widget, dock) -> bool:
    """Shown whole inside the dock: not hidden, not clipped by a scroll area or the dock."""
    if not widget.isVisible() or widget.visibleRegion().boundingRect() != widget.rect():
        return False
    top_left = widget.mapTo(dock, widget.rect().topLeft())
    bottom_right = widget.mapTo(dock, widget.rect().bottomRight())
    return dock.rect().contains(top_left) and dock.rect().contains(bottom_right)


def elided(widget) -> bool:
    """A button, box or one-line label narrower than its text."""
    return widget.width() < widget.sizeHint().width()


def out_of_view(dock) -> dict:
    """{tab: [controls not shown whole]} with each tab in front in turn (a dataset chosen)."""
    browser = dock.browser
    always = [browser.portalCombo, browser.portalButton, browser.searchEdit, browser.sortCombo]
    always += [browser.geoOnlyCheck, browser.resultsView, browser.tabs.tabBar()]
    if not browser.facetsGroup.isCollapsed():
        always += [browser.themeCombo, browser.keywordCombo, browser.publisherCombo]
    per_tab = {
        browser.detailsTab: [browser.zoomButton, browser.openPortalButton, browser.detailsBrowser],
        browser.previewTab: [browser.previewLabel, browser.previewTable],
        browser.loadTab: [browser.loadButton, browser.cancelButton, browser.whereEdit],
    }
    found = {}
    for tab, controls in per_tab.items():
        browser.tabs.setCurrentWidget(tab)
        settle(browser)
        shown = always + controls
        found[tab.objectName()] = [
            w.objectName() or type(w).__name__ for w in shown if not in_view(w, dock)
        ]
    return found


def cut_texts(browser) -> list:
    """The main controls whose text is cut and that have no tooltip to give it whole."""
    from qgis.PyQt.QtWidgets import QCheckBox, QPushButton, QRadioButton

    cut = [
        widget.objectName()
        for kind in (QCheckBox, QRadioButton, QPushButton)
        for widget in browser.findChildren(kind)
        if widget.isVisible() and elided(widget) and widget.text() not in widget.toolTip()
    ]
    cut += [
        label.objectName()
        for label in (browser.countLabel, browser.themeLabel, browser.publisherLabel)
        if label.isVisible() and elided(label)
    ]
    bar = browser.tabs.tabBar()
    cut += [bar.tabText(i) for i in range(bar.count()) if bar.tabRect(i).right() > bar.width()]
    combos = (browser.portalCombo, browser.themeCombo, browser.keywordCombo, browser.publisherCombo)
    cut += [
        combo.objectName()
        for combo in combos
        if combo.isVisible() and elided(combo) and combo.currentText() not in combo.toolTip()
    ]
    edit = browser.searchEdit
    room = edit.width() - 2 * edit.height()  # the search icon and the clear button
    if edit.fontMetrics().horizontalAdvance(edit.placeholderText()) > room:
        cut.append("searchEdit placeholder")
    return cut


def shows_nothing_of_before(browser) -> bool:
    """No result, choice, details or preview is left from an earlier answer."""
    return (
        browser.dataset is None
        and browser.results.rowCount() == 0
        and not browser.resultsView.selectionModel().hasSelection()
        and browser.detailsBrowser.toPlainText() == ""
        and browser.fieldsTable.rowCount() == 0
        and browser.preview.rowCount() == 0
        and not browser.tabs.isEnabled()
    )
