"""Render the Opendatasoft dock in its main states to docs/img/*.png (French interface).

Runs headless (QT_QPA_PLATFORM=offscreen) against the local test portal, in a throw-away QGIS
profile: `make screenshots`. Each picture is the dock widget itself (QWidget.grab()).
"""

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.append("/usr/share/qgis/python/plugins")

from qgis.core import QgsApplication, QgsSettings  # noqa: E402
from qgis.gui import QgsMapCanvas, QgsMessageBar  # noqa: E402
from qgis.PyQt.QtCore import QCoreApplication  # noqa: E402
from qgis.testing import start_app  # noqa: E402

OUTPUT = ROOT / "docs" / "img"
SIZE = (340, 720)
GROUP = "tdathack_screenshots/ods"


class Interface:
    """What the dock asks of QGIS's iface: the map canvas and the message bar."""

    def __init__(self):
        self.canvas = QgsMapCanvas()
        self.bar = QgsMessageBar()

    def mapCanvas(self):
        return self.canvas

    def messageBar(self):
        return self.bar


def wait_until(condition, timeout=60):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise RuntimeError("timed out")
        QCoreApplication.processEvents()
        time.sleep(0.01)
    for _ in range(20):
        QCoreApplication.processEvents()


def save(widget, name):
    path = OUTPUT / name
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(ROOT)}")


def main():
    start_app()
    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "fr_FR")
    settings.remove(GROUP)

    from tdathack_plugin.processing.provider import TDatHackProvider
    from tdathack_plugin.toolbelt.i18n import install_translator
    from tdathack_plugin.ui.dock import OdsBrowserWidget
    from tdathack_plugin.ui.portals import PortalStore
    from tests.ods_portal import running_portal

    translator = install_translator()  # noqa: F841 (installed while it lives)
    provider = TDatHackProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    OUTPUT.mkdir(parents=True, exist_ok=True)
    with running_portal() as portal:
        store = PortalStore(GROUP)
        store.add("Portail de démonstration", portal.url)
        store.set_state("portal", portal.url)
        widget = OdsBrowserWidget(Interface(), store)
        widget.demo_url = portal.url
        widget.resize(*SIZE)
        widget.show()

        def idle():
            return not widget.runner.busy() and not widget.loader.busy()

        widget.start()
        wait_until(idle)
        widget.facetsGroup.setCollapsed(False)
        widget.searchEdit.setText("paris")
        widget.search()
        wait_until(idle)
        widget.set_facet("theme", "Equipements, Services, Social")
        wait_until(idle)
        save(widget, "ods-dock-search.png")
        widget.set_facet("theme", "")
        wait_until(idle)

        widget.facetsGroup.setCollapsed(True)
        widget.searchEdit.setText("wi-fi")
        widget.search()
        wait_until(idle)
        widget.select_row(0)
        widget.tabs.setCurrentWidget(widget.detailsTab)
        wait_until(idle)
        save(widget, "ods-dock-details.png")

        widget.tabs.setCurrentWidget(widget.previewTab)
        wait_until(idle)
        save(widget, "ods-dock-preview.png")

        widget.searchEdit.setText("tdathack-slow")
        widget.search()
        wait_until(idle)
        widget.select_row(0)
        widget.tabs.setCurrentWidget(widget.loadTab)
        widget.whereEdit.setPlainText("nombre_de_borne_wifi >= 4")
        portal.slow_seconds = 2
        widget.load()
        wait_until(lambda: widget.progressBar.isVisible() and widget.cancelButton.isEnabled())
        wait_until(lambda: any("/exports/" in p for _m, p, _h in portal.requests))
        widget.progressBar.setValue(35)  # the slow portal announces no size: show some progress
        save(widget, "ods-dock-loading.png")
        widget.close_tasks()
        wait_until(idle)
        portal.slow_seconds = 0
    settings.remove(GROUP)


if __name__ == "__main__":
    main()
