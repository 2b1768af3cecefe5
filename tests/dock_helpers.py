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
