"""The plugin loads through classFactory, registers its GUI and provider, and unloads cleanly."""

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QDockWidget, QToolBar

import tdathack_plugin
from tdathack_plugin.plugin import TOOLBAR_NAME
from tdathack_plugin.toolbelt.i18n import tr
from tdathack_plugin.ui.dock import OdsBrowserDock


def flush_deletions():
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def plugin_menu_actions(iface):
    for action in iface.webMenu().actions():
        if action.menu() is not None and action.text() == "T.Dat'Hack":
            return [a.text() for a in action.menu().actions()]
    return None


def toolbars(iface):
    return iface.mainWindow().findChildren(QToolBar, TOOLBAR_NAME)


def docks(iface):
    return iface.mainWindow().findChildren(QDockWidget, OdsBrowserDock.OBJECT_NAME)


def browser_providers():
    registry = QgsApplication.dataItemProviderRegistry()
    return [p for p in registry.providers() if p.name() == "Opendatasoft"]


def provider_registered():
    return QgsApplication.processingRegistry().providerById("tdathack") is not None


def test_load_unload_twice_leaves_nothing(iface):
    for _ in range(2):
        plugin = tdathack_plugin.classFactory(iface)
        plugin.initGui()
        assert provider_registered()
        assert plugin_menu_actions(iface) == [
            "Opendatasoft browser",
            "T.Dat'Hack algorithms",
            "T.Dat'Hack help",
        ]
        assert len(toolbars(iface)) == 1
        assert [a.text() for a in toolbars(iface)[0].actions()] == [
            "Opendatasoft browser",
            "T.Dat'Hack algorithms",
        ]
        assert len(docks(iface)) == 1
        assert len(browser_providers()) == 1
        assert [f.prefix() for f in iface.locator_filters] == ["ods"]
        assert [h.customUriProviderKey() for h in iface.drop_handlers] == ["tdathack_ods"]
        assert [f.title() for f in iface.options_factories] == ["T.Dat'Hack"]

        plugin.unload()
        flush_deletions()
        assert not provider_registered()
        assert plugin_menu_actions(iface) is None
        assert toolbars(iface) == []
        assert docks(iface) == []
        assert browser_providers() == []
        assert iface.locator_filters == []
        assert iface.drop_handlers == []
        assert iface.options_factories == []


def test_dock_action_shows_the_dock_and_its_state_is_remembered(iface):
    settings = QgsSettings()
    settings.remove("tdathack/ods")
    settings.remove("tdathack/dock")
    settings.setValue("tdathack/ods/portals", '[{"name": "Closed", "url": "http://127.0.0.1:9"}]')
    iface.mainWindow().show()
    plugin = tdathack_plugin.classFactory(iface)
    plugin.initGui()
    assert not plugin.dock.isUserVisible()
    plugin.dock_action.trigger()
    assert plugin.dock.isUserVisible()
    assert plugin.dock_action.isChecked()
    plugin.dock.browser.close_tasks()
    plugin.unload()
    flush_deletions()

    plugin = tdathack_plugin.classFactory(iface)
    plugin.initGui()
    assert plugin.dock.isUserVisible()
    plugin.dock.setUserVisible(False)
    plugin.dock.browser.close_tasks()
    plugin.unload()
    flush_deletions()
    settings.remove("tdathack/ods")
    settings.remove("tdathack/dock")


def test_init_processing_alone_registers_provider_once():
    """What qgis_process does: classFactory(None) then initProcessing(), no GUI."""
    plugin = tdathack_plugin.classFactory(None)
    plugin.initProcessing()
    plugin.initProcessing()
    providers = [p for p in QgsApplication.processingRegistry().providers() if p.id() == "tdathack"]
    assert len(providers) == 1
    assert providers[0].name() == "T.Dat'Hack"
    plugin.unload()
    assert not provider_registered()


def test_menu_follows_the_qgis_language(iface):
    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "fr_FR")
    try:
        plugin = tdathack_plugin.classFactory(iface)
        plugin.initGui()
        assert plugin_menu_actions(iface) == [
            "Navigateur Opendatasoft",
            "Algorithmes T.Dat'Hack",
            "Aide de T.Dat'Hack",
        ]
        provider = QgsApplication.processingRegistry().providerById("tdathack")
        assert provider.longName().startswith("T.Dat'Hack : données ouvertes télécoms")
        plugin.unload()
        assert tr("T.Dat'Hack help") == "T.Dat'Hack help"
    finally:
        settings.remove("locale/overrideFlag")
        settings.remove("locale/userLocale")
