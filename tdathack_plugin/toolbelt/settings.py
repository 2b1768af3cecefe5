"""The plugin's options (Settings › Options › T.Dat'Hack), kept in QgsSettings apart from the
portal list (ui/portals.py) and the dock's layout."""

from qgis.core import QgsNetworkAccessManager, QgsSettings

GROUP = "tdathack/options"


def _value(key: str, default):
    return QgsSettings().value(f"{GROUP}/{key}", default)


def demo_portal() -> bool:
    """Whether the dock offers the local demo portal (`make portal`): off unless asked for,
    so that QGIS never calls 127.0.0.1 on a user's computer by itself."""
    return str(_value("demo_portal", "false")).lower() in ("true", "1")


def set_demo_portal(enabled: bool) -> None:
    QgsSettings().setValue(f"{GROUP}/demo_portal", bool(enabled))


def default_metric_crs() -> str:
    """The computation CRS algorithms use when METRIC_CRS is not given ('' = chosen from the
    data), e.g. EPSG:2154."""
    return str(_value("metric_crs", "") or "")


def set_default_metric_crs(authid: str) -> None:
    QgsSettings().setValue(f"{GROUP}/metric_crs", authid or "")


def network_timeout_seconds() -> int:
    """QGIS's network timeout, which every portal request follows (Settings › Network)."""
    return QgsNetworkAccessManager.timeout() // 1000


def set_network_timeout_seconds(seconds: int) -> None:
    """QGIS's own setting: the Network page of the Options shows the same value."""
    QgsNetworkAccessManager.setTimeout(int(seconds) * 1000)
