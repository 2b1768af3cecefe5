"""T.Dat'Hack QGIS plugin: Opendatasoft open data and telecom coverage gaps."""


def classFactory(iface):
    """Return the plugin instance QGIS loads (iface is None under qgis_process)."""
    from .plugin import TDatHackPlugin

    return TDatHackPlugin(iface)
