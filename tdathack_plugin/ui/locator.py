"""Locator filter (Ctrl+K, prefix `ods`): search the current portal of the dock by text."""

from qgis.core import QgsLocatorFilter, QgsLocatorResult
from qgis.PyQt.QtGui import QIcon

from ..ods import errors
from ..ods.client import OdsClient
from ..toolbelt.i18n import tr
from ..toolbelt.icons import ODS_ICON
from .portals import PortalStore

MIN_LENGTH = 2
MAX_RESULTS = 20


class OdsLocatorFilter(QgsLocatorFilter):
    """Datasets of the dock's current portal; choosing one shows it in the dock.

    `show_dataset(portal, dataset_id)` is called on the main thread when a result is chosen.
    """

    def __init__(self, show_dataset, store=None, portal="", authcfg=""):
        super().__init__()
        self.show_dataset = show_dataset
        self.store = store or PortalStore()
        self.portal = portal
        self.authcfg = authcfg

    def clone(self):
        """A copy for one search (it runs in a worker thread), bound to the current portal."""
        portal = self.store.state("portal", "")
        return OdsLocatorFilter(self.show_dataset, self.store, portal, self.store.authcfg(portal))

    def name(self):
        return "tdathack_ods"

    def displayName(self):
        return tr("Opendatasoft datasets")

    def prefix(self):
        return "ods"

    def priority(self):
        return QgsLocatorFilter.Priority.Low

    def fetchResults(self, string, context, feedback):
        text = (string or "").strip()
        if len(text) < MIN_LENGTH or not self.portal:
            return
        try:
            page = OdsClient(self.portal, self.authcfg, feedback).search(text, limit=MAX_RESULTS)
        except errors.OdsError as error:
            if not isinstance(error, errors.CanceledError):
                self.logMessage(str(error))
            return
        icon = QIcon(ODS_ICON)
        for dataset in page.results:
            result = QgsLocatorResult(self, dataset.title, [self.portal, dataset.dataset_id])
            result.description = dataset.publisher
            result.icon = icon
            self.resultFetched.emit(result)

    def triggerResult(self, result):
        """Called on the registered filter, not the clone: the portal travels with the result."""
        portal, dataset_id = result_data(result)
        self.show_dataset(portal, dataset_id)


def result_data(result: QgsLocatorResult):
    """The data a result was made with: getUserData() on QGIS 3.22 (reading its `userData`
    member there can crash), the `userData` property from 3.34, a method should it become one."""
    getter = getattr(result, "getUserData", None)
    if getter is not None:
        return getter()
    data = result.userData
    return data() if callable(data) else data
