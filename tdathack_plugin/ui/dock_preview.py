"""The Preview tab of the dock: the first records of the chosen dataset, read when the tab is
shown."""

from qgis.PyQt.QtCore import QObject

from ..toolbelt.i18n import tr
from .models import RecordsModel, records_text

PREVIEW_ROWS = 20


class PreviewPanel(QObject):
    """The first PREVIEW_ROWS records of the chosen dataset, read once per portal and dataset."""

    def __init__(self, browser):
        super().__init__(browser)
        self.browser = browser
        self.model = RecordsModel(self)
        self.shown = None  # (portal, dataset id) of the records shown or being read
        browser.previewTable.setModel(self.model)
        browser.tabs.currentChanged.connect(lambda _i: self.fetch())

    def display(self, dataset):
        """Empty for None, else read the records when the tab is in view."""
        if dataset is not None:
            self.fetch()
            return
        self.model.reset([], [])
        self.browser.previewLabel.setText("")
        self.shown = None

    def fetch(self):
        dataset = self.browser.dataset
        if dataset is None or self.browser.tabs.currentWidget() is not self.browser.previewTab:
            return
        key = (self.browser.portal(), dataset.dataset_id)
        if self.shown == key:
            return
        self.shown = key
        self.model.reset([], [])
        self.browser.previewLabel.setText(tr("Loading the first records…"))
        make_client = self.browser.task_client()
        self.browser.runner.start(
            "preview",
            tr("Preview of {dataset}").format(dataset=dataset.dataset_id),
            lambda feedback: make_client(feedback).records(dataset.dataset_id, limit=PREVIEW_ROWS),
            lambda page, error: self._read(key, dataset, page, error),
        )

    def _read(self, key, dataset, page, error):
        if self.shown != key:
            return
        if error is not None:
            self.shown = None
            self.browser.previewLabel.setText(tr("The preview could not be read."))
            self.browser.handle_error(error, self.fetch, "preview")
            return
        self.browser.clear_error("preview")
        self.model.reset(dataset.attribute_fields, page.results)
        text = preview_text(len(page.results), page.total_count, dataset.records_count)
        self.browser.previewLabel.setText(text)


def preview_text(shown: int, total: int, listed) -> str:
    """What the preview holds, in words; `listed`: the record count the catalogue gives."""
    if shown:
        return tr("First {shown} of {total}.").format(shown=shown, total=records_text(total))
    if listed:
        return tr(
            "The catalogue lists {count} for this dataset, but the portal gives none to read: "
            "they may be restricted to some users."
        ).format(count=records_text(listed))
    return tr("This dataset has no records.")
