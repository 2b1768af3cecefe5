"""The portals the dock offers and what it remembers, kept in QgsSettings.

Well-known Opendatasoft portals come first; the user adds, renames and removes portals.
Only the id of a QGIS authentication configuration is stored per portal, never a key.
"""

import json
from dataclasses import asdict, dataclass

from qgis.core import QgsSettings

from ..ods.client import portal_root

GROUP = "tdathack/ods"
DOCK_GROUP = "tdathack/dock"  # the dock's layout and last search, apart from the portals
DEMO_URL = "http://127.0.0.1:8765"  # `make portal`


@dataclass(frozen=True)
class Portal:
    name: str
    url: str


# Portals confirmed to run Opendatasoft (Explore API v2.1), see docs/ and the reference notes.
WELL_KNOWN = (
    Portal("Opendatasoft Data Hub (data.opendatasoft.com)", "https://data.opendatasoft.com"),
    Portal("Opendatasoft public (public.opendatasoft.com)", "https://public.opendatasoft.com"),
    Portal("Paris Data (opendata.paris.fr)", "https://opendata.paris.fr"),
)


class PortalStore:
    """Portals and their authentication configuration ids; the dock's remembered state in a
    group of its own (resetting one never loses the other)."""

    def __init__(self, group: str = GROUP):
        self.group = group
        self.state_group = DOCK_GROUP if group == GROUP else f"{group}_dock"

    def _get(self, key: str, default):
        return QgsSettings().value(f"{self.group}/{key}", default)

    def _set(self, key: str, value) -> None:
        QgsSettings().setValue(f"{self.group}/{key}", value)

    def _json(self, key: str, default):
        try:
            return json.loads(self._get(key, "") or "null") or default
        except ValueError:
            return default

    def portals(self) -> list:
        stored = self._json("portals", None)
        if stored is None:
            return list(WELL_KNOWN)
        return [Portal(str(p["name"]), str(p["url"])) for p in stored if p.get("url")]

    def _save(self, portals) -> None:
        self._set("portals", json.dumps([asdict(p) for p in portals], ensure_ascii=False))

    def add(self, name: str, url: str) -> Portal:
        """Add a portal (its root address); an address already listed is returned as is."""
        root = portal_root(url)
        portals = self.portals()
        for portal in portals:
            if portal.url == root:
                return portal
        portal = Portal(name.strip() or root, root)
        self._save([*portals, portal])
        return portal

    def rename(self, url: str, name: str) -> None:
        self._save(
            [Portal(name.strip() or p.url, p.url) if p.url == url else p for p in self.portals()]
        )

    def remove(self, url: str) -> None:
        self._save([p for p in self.portals() if p.url != url])
        self.set_authcfg(url, "")

    def authcfg(self, url: str) -> str:
        return str(self._json("authcfg", {}).get(url, ""))

    def set_authcfg(self, url: str, authcfg: str) -> None:
        """Remember which authentication configuration holds the API key of a portal."""
        ids = self._json("authcfg", {})
        if authcfg:
            ids[url] = authcfg
        else:
            ids.pop(url, None)
        self._set("authcfg", json.dumps(ids))

    def state(self, key: str, default=""):
        """A remembered value of the dock (current portal, last search, layout...); one kept
        by an earlier version beside the portals is still read."""
        value = QgsSettings().value(f"{self.state_group}/{key}", None)
        if value is None:
            value = self._get(f"state/{key}", default)
        if isinstance(default, bool):
            return str(value).lower() in ("true", "1")
        return type(default)(value) if value is not None else default

    def set_state(self, key: str, value) -> None:
        QgsSettings().setValue(f"{self.state_group}/{key}", value)
