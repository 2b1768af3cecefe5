"""The "Opendatasoft" entry of the QGIS Browser panel: portals, then their datasets.

Double-clicking a dataset, or dragging it onto the map, loads it through ui/loader.py,
the same path as the dock (tdathack:downloaddataset in a background task).
"""

import json

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsDataCollectionItem,
    QgsDataItem,
    QgsDataItemProvider,
    QgsErrorItem,
    QgsMimeDataUtils,
)
from qgis.gui import QgsCustomDropHandler
from qgis.PyQt.QtCore import QObject
from qgis.PyQt.QtGui import QIcon

from ..ods import errors
from ..ods.client import OdsClient
from ..toolbelt import qgis_enums
from ..toolbelt.i18n import tr
from ..toolbelt.icons import ODS_ICON
from .loader import DatasetLoader, LoadRequest
from .models import geometry_icon
from .portals import PortalStore
from .tasks import FunctionTask

PROVIDER_NAME = "Opendatasoft"
URI_KEY = "tdathack_ods"  # provider key of dragged datasets (handled by OdsDropHandler)
MAX_DATASETS = 1000  # per portal in the Browser; the dock searches the whole catalogue


class DatasetLoads(QObject):
    """Loads started from the Browser panel (one loader per dataset, kept until it ends)."""

    def __init__(self, message_bar, store=None, parent=None):
        super().__init__(parent)
        self.message_bar = message_bar
        self.store = store or PortalStore()
        self.running = set()

    def load(self, portal: str, dataset_id: str, dataset=None) -> None:
        """Read the dataset (when only its id is known) and load it."""
        authcfg = self.store.authcfg(portal)
        if dataset is not None:
            self._start(LoadRequest(portal, dataset, authcfg))
            return

        def done(found, error):
            if error is not None:
                self._warn(str(error))
            else:
                self._start(LoadRequest(portal, found, authcfg))

        task = FunctionTask(
            tr("Reading {dataset}").format(dataset=dataset_id),
            lambda feedback: OdsClient(portal, authcfg, feedback).dataset(dataset_id),
            done,
            self.running.discard,
        )
        self.running.add(task)
        QgsApplication.taskManager().addTask(task)

    def _start(self, request: LoadRequest) -> None:
        loader = DatasetLoader(self.message_bar, self)
        self.running.add(loader)
        for signal in (loader.loaded, loader.failed, loader.canceled):
            signal.connect(lambda *_args, loader=loader: self._finished(loader))
        loader.load(request)

    def _finished(self, loader) -> None:
        self.running.discard(loader)
        loader.deleteLater()

    def _warn(self, message: str) -> None:
        if self.message_bar is not None:
            self.message_bar.pushMessage(tr("Opendatasoft"), message, Qgis.MessageLevel.Warning, 8)

    def busy(self) -> bool:
        return bool(self.running)


class OdsDatasetItem(QgsDataItem):
    """One dataset: double-click or drag onto the map to load it."""

    def __init__(self, parent, portal: str, dataset, loads):
        super().__init__(
            Qgis.BrowserItemType.Custom,
            parent,
            dataset.title,
            f"{parent.path()}/{dataset.dataset_id}",
        )
        self.portal = portal
        self.dataset = dataset
        self.loads = loads
        self.setIcon(geometry_icon(dataset))
        self.setToolTip(f"{dataset.title}\n{dataset.publisher}\n{dataset.dataset_id}")
        self.setState(Qgis.BrowserItemState.Populated)

    def hasDragEnabled(self):
        return True

    def mimeUri(self):
        uri = QgsMimeDataUtils.Uri()
        uri.layerType = "custom"
        uri.providerKey = URI_KEY
        uri.name = self.dataset.title
        uri.uri = json.dumps({"portal": self.portal, "dataset": self.dataset.dataset_id})
        return uri

    def mimeUris(self):
        return [self.mimeUri()]

    def handleDoubleClick(self):
        self.loads.load(self.portal, self.dataset.dataset_id, self.dataset)
        return True


class OdsPortalItem(QgsDataCollectionItem):
    """A portal: its geographic datasets, read in the Browser's worker thread."""

    def __init__(self, parent, name: str, url: str, loads):
        super().__init__(parent, name, f"{parent.path()}/{url}", PROVIDER_NAME)
        self.url = url
        self.loads = loads
        self.setIcon(QIcon(ODS_ICON))
        self.setToolTip(url)

    def createChildren(self):
        authcfg = self.loads.store.authcfg(self.url)
        try:
            client = OdsClient(self.url, authcfg)
            datasets = list(client.iter_datasets(geo_only=True, limit=MAX_DATASETS))
        except errors.OdsError as error:
            return [QgsErrorItem(self, str(error), f"{self.path()}/error")]
        datasets.sort(key=lambda d: d.title.lower())
        return [OdsDatasetItem(self, self.url, d, self.loads) for d in datasets]


class OdsRootItem(QgsDataCollectionItem):
    def __init__(self, loads):
        super().__init__(None, PROVIDER_NAME, "ods:", PROVIDER_NAME)
        self.loads = loads
        self.setIcon(QIcon(ODS_ICON))
        self.setCapabilitiesV2(Qgis.BrowserItemCapabilities(Qgis.BrowserItemCapability.Fast))

    def createChildren(self):
        return [OdsPortalItem(self, p.name, p.url, self.loads) for p in self.loads.store.portals()]


class _UsesLoads:
    """What the plugin registers with QGIS for the Browser panel: built on the loads."""

    def __init__(self, loads):
        super().__init__()
        self.loads = loads


class OdsDataItemProvider(_UsesLoads, QgsDataItemProvider):
    """Adds the "Opendatasoft" root to the Browser panel."""

    def name(self):
        return PROVIDER_NAME

    def capabilities(self):
        return qgis_enums.NETWORK_SOURCES

    def createDataItem(self, path, parent):
        return OdsRootItem(self.loads) if not path else None


class OdsDropHandler(_UsesLoads, QgsCustomDropHandler):
    """Loads a dataset dragged from the Browser panel onto the map."""

    def customUriProviderKey(self):
        return URI_KEY

    def handleCustomUriDrop(self, uri):
        target = json.loads(uri.uri)
        self.loads.load(target["portal"], target["dataset"])
