"""The search of the dock: text (or a pasted dataset page address), sort, geographic only,
facets, the result count and the result list, paged in as it is scrolled."""

import re
from dataclasses import dataclass

from qgis.PyQt.QtCore import QItemSelectionModel, QObject, QSignalBlocker, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import QAbstractItemView

from ..ods import errors
from ..ods.client import portal_root
from ..toolbelt.i18n import tr
from .models import DatasetListModel, result_rows

DEBOUNCE_MS = 400
FACETS = ("theme", "keyword", "publisher")
SORTS = ("", "modified desc", "title")  # relevance, last modified first, title
DATASET_PAGE = re.compile(r"/explore/dataset/([^/?#]+)")


@dataclass(frozen=True)
class Query:
    """A catalogue search as the user set it up."""

    text: str
    refine: tuple
    geo_only: bool
    order_by: str

    def page(self, client, offset=0):
        """(ResultRows, total count or None) of the page of results starting at `offset`."""
        limit = client.page_limit(offset)
        page = client.search(
            self.text, self.refine, self.geo_only, self.order_by, limit=limit, offset=offset
        )
        return result_rows(page.results), page.total_count


class SearchPanel(QObject):
    """Searches the current portal as the user types and lists what it finds.

    `selected(dataset)` when the user chooses a result (None when the list starts again),
    `opened()` when they open it (Enter or double-click).
    """

    selected = pyqtSignal(object)
    opened = pyqtSignal()

    def __init__(self, browser):
        super().__init__(browser)
        self.browser = browser
        self.results = DatasetListModel(self)
        self.query = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        view = browser.resultsView
        view.setModel(self.results)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        for label, order in zip((tr("Relevance"), tr("Last modified"), tr("Title")), SORTS):
            browser.sortCombo.addItem(label, order)
        self._connect()

    def _connect(self):
        browser = self.browser
        browser.searchEdit.textChanged.connect(lambda _text: self.timer.start())
        browser.searchEdit.returnPressed.connect(self.search)
        self.timer.timeout.connect(self.search)
        browser.sortCombo.currentIndexChanged.connect(lambda _i: self.search())
        browser.geoOnlyCheck.toggled.connect(lambda _on: self.search())
        for combo in self._facet_combos():
            combo.activated.connect(lambda _i: self.search())
            combo.currentTextChanged.connect(combo.setToolTip)  # the value a narrow dock cuts
        browser.resultsView.selectionModel().currentChanged.connect(
            lambda current, _previous: self.selected.emit(self.results.dataset_at(current.row()))
        )
        browser.resultsView.activated.connect(lambda _index: self.opened.emit())
        browser.resultsView.verticalScrollBar().valueChanged.connect(self._scrolled)

    def restore(self):
        """Sort, geographic-only and search text as the user left them, without searching."""
        browser, store = self.browser, self.browser.store
        sort, geo_only, text = browser.sortCombo, browser.geoOnlyCheck, browser.searchEdit
        with QSignalBlocker(sort), QSignalBlocker(geo_only), QSignalBlocker(text):
            sort.setCurrentIndex(max(0, sort.findData(store.state("sort"))))
            geo_only.setChecked(store.state("geo_only", True))
            text.setText(store.state("text", ""))

    def _facet_combos(self):
        return (self.browser.themeCombo, self.browser.keywordCombo, self.browser.publisherCombo)

    def current_query(self) -> Query:
        refine = tuple(
            (facet, combo.currentData())
            for facet, combo in zip(FACETS, self._facet_combos())
            if combo.currentData()
        )
        return Query(
            self.browser.searchEdit.text().strip(),
            refine,
            self.browser.geoOnlyCheck.isChecked(),
            self.browser.sortCombo.currentData() or "",
        )

    def search(self):
        """Search the catalogue again (first page and facets)."""
        self.timer.stop()
        store, text = self.browser.store, self.browser.searchEdit.text().strip()
        store.set_state("text", text)
        store.set_state("geo_only", self.browser.geoOnlyCheck.isChecked())
        store.set_state("sort", self.browser.sortCombo.currentData() or "")
        page = DATASET_PAGE.search(text)
        if page and "://" in text:
            self.browser.open_dataset(page.group(1), portal_root(text))
            return
        query = self.current_query()
        self.query = query
        self.browser.runner.cancel("page")
        self._waiting(tr("Searching…"))

        make_client = self.browser.task_client()

        def fetch(feedback):
            client = make_client(feedback)
            rows, total = query.page(client)
            return rows, total, client.facets(FACETS, query.text, query.refine, query.geo_only)

        self._start("search", fetch, lambda result, error: self._searched(query, result, error))

    def _start(self, slot, fetch, done):
        searching = tr("Searching {portal}").format(portal=self.browser.portal())
        self.browser.runner.start(slot, searching, fetch, done)

    def _waiting(self, status):
        """A request starts: what answered the previous one is no longer chosen, and the list
        is greyed until the answer comes."""
        view = self.browser.resultsView
        view.selectionModel().clearCurrentIndex()
        view.clearSelection()
        view.setEnabled(False)
        self.selected.emit(None)
        self.browser.countLabel.setText(status)

    def _failed(self, error, retry):
        """Nothing of the previous answer is left under the error."""
        self.results.reset([], 0)
        self.browser.resultsView.setEnabled(True)
        self.browser.countLabel.setText("")
        self.browser.handle_error(error, retry)

    def _searched(self, query, result, error):
        if error is not None:
            self._failed(error, self.search)
            return
        rows, total, facets = result
        self._show_results(rows, total)
        self._fill_facets(facets, dict(query.refine))

    def _show_results(self, rows, total):
        self.browser.clear_error("search")
        self.browser.resultsView.setEnabled(True)
        self.results.reset(rows, total)
        if total == 0:
            self.browser.countLabel.setText(tr("No dataset found."))
        else:
            self.browser.countLabel.setText(
                tr("{count} datasets").format(count=total) if total > 1 else tr("1 dataset")
            )

    def start_over(self):
        """Search another portal: its own facets, none chosen."""
        self._clear_facets()
        self.search()

    def _clear_facets(self):
        for combo in self._facet_combos():
            combo.clear()

    def _fill_facets(self, facets, selected):
        titles = (tr("All themes"), tr("All keywords"), tr("All publishers"))
        for facet, combo, title in zip(FACETS, self._facet_combos(), titles):
            with QSignalBlocker(combo):
                combo.clear()
                combo.addItem(title, "")
                for value, count in facets.get(facet, []):
                    combo.addItem(f"{value} ({count})", value)
                current = selected.get(facet, "")
                if current and combo.findData(current) < 0:
                    combo.addItem(current, current)
                combo.setCurrentIndex(max(0, combo.findData(current)))

    def set_facet(self, facet: str, value: str) -> None:
        """Choose a facet value (as the user does in the combo box) and search."""
        combo = self._facet_combos()[FACETS.index(facet)]
        combo.setCurrentIndex(combo.findData(value))
        self.search()

    def _scrolled(self, value):
        bar = self.browser.resultsView.verticalScrollBar()
        if value >= bar.maximum() - bar.pageStep() // 2:
            self.fetch_more()

    def fetch_more(self):
        """The next page of results (called when the list is scrolled to its end)."""
        tasks = self.browser.runner.tasks
        if self.query is None or not self.results.has_more() or "page" in tasks:
            return
        if "search" in tasks:
            return
        query, offset = self.query, len(self.results.datasets)
        make_client = self.browser.task_client()
        self._start(
            "page",
            lambda feedback: query.page(make_client(feedback), offset),
            lambda result, error: self._paged(query, result, error),
        )

    def _paged(self, query, result, error):
        if query != self.query:
            return
        if error is not None:
            if isinstance(error, errors.RelevanceWindowError):
                self.results.stop_paging()  # for good: another sort order is needed
            self.browser.show_error(error, "page")  # else scrolling to the end again retries
            return
        self.browser.clear_error("page")
        rows, _total = result
        self.results.append(rows)

    def open_dataset(self, dataset_id: str):
        """List one dataset, found by its identifier, and select it."""
        self.browser.runner.cancel("search")
        self.browser.runner.cancel("page")
        self.query = None
        self._clear_facets()  # the filters of the previous search do not apply to it
        reading = tr("Reading {dataset}…").format(dataset=dataset_id)
        self._waiting(reading)

        make_client = self.browser.task_client()

        def done(rows, error):
            if error is not None:
                self._failed(error, lambda: self.open_dataset(dataset_id))
                return
            self._show_results(rows, 1)
            self.browser.countLabel.setText(tr("Opened directly, not from a search"))
            self.select_row(0)

        self.browser.runner.start(
            "search",
            reading,
            lambda feedback: result_rows([make_client(feedback).dataset(dataset_id)]),
            done,
        )

    def select_row(self, row: int):
        """Select a result (as a click does)."""
        self.browser.resultsView.selectionModel().setCurrentIndex(
            self.results.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
