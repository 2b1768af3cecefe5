"""Opendatasoft Explore API v2.1: catalogue, facets, dataset metadata, records, exports.

Records pages (at most 100 records, offset + limit at most 10,000) are for previews; whole
datasets come from exports, streamed to disk. The catalogue is searched page by page within the
same window; beyond it, and for `iter_datasets()`, it comes from the documented catalogue export
(`/catalog/exports/json`, same where and refine), which has no window.
"""

import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Optional
from urllib.parse import quote

from qgis.PyQt.QtCore import QUrl

from ..toolbelt.i18n import tr
from . import errors, odsql, urls
from .http import Session
from .json_items import NotAnArrayError, array_items

API_PATH = "/api/explore/v2.1"
DATASET_ID = re.compile(r"[^\s/?#\\]+")  # what a dataset identifier can hold (no path)
PAGE_SIZE = 100  # the API maximum for `limit`
WINDOW = 10_000  # the largest offset + limit the search answers; the export has no such limit
EXPORT_PAGE_SIZE = 1_000  # a page read from the export: 10 times fewer round trips
CATALOG_FACETS = ("theme", "keyword", "publisher", "features")
GEO_TYPES = ("geo_shape", "geo_point_2d")  # in order of preference for the layer geometry
_PAGE_MARKERS = ("/api/", "/explore/", "/pages/", "/page/")


def checked_dataset_id(dataset_id: str) -> str:
    """The identifier, refused (DatasetIdError) when no dataset can have it: blank, a path."""
    if not DATASET_ID.fullmatch(dataset_id or ""):
        raise errors.DatasetIdError(dataset_id or "")
    return dataset_id


def portal_root(url: str) -> str:
    """The root of a portal from what a user may paste: host only, home page, dataset page."""
    text = (url or "").strip()
    if "://" not in text:
        text = f"https://{text}"
    qurl = QUrl(text)
    if not qurl.isValid() or not qurl.host():
        raise errors.NotAPortalError(url or "''")
    path = qurl.path() + "/"
    for marker in _PAGE_MARKERS:
        if marker in path:
            path = path[: path.index(marker) + 1]
    return urls.server(qurl) + path.rstrip("/")


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    type: str
    description: str = ""


@dataclass(frozen=True)
class Dataset:
    """What the catalogue says about one dataset (metas.default and the field list)."""

    dataset_id: str
    title: str
    description: str  # HTML, as written on the portal
    themes: tuple
    keywords: tuple
    publisher: str
    license: str
    license_url: str
    modified: str
    records_count: int
    fields: tuple
    features: tuple
    bbox: tuple  # (west, south, east, north) in EPSG:4326, or () when unknown
    geometry_types: tuple
    has_records: bool = True

    @property
    def geometry_field(self):
        """The field the layer geometry comes from: geo_shape first, else geo_point_2d."""
        for geo_type in GEO_TYPES:
            for candidate in self.fields:
                if candidate.type == geo_type:
                    return candidate
        return None

    @property
    def is_geo(self) -> bool:
        return self.geometry_field is not None

    @property
    def attribute_fields(self) -> tuple:
        """The fields that become attributes (every field but the geo ones)."""
        return tuple(f for f in self.fields if f.type not in GEO_TYPES)

    @classmethod
    def from_json(cls, data: dict) -> "Dataset":
        metas = (data.get("metas") or {}).get("default") or {}

        def meta(key, default=None):
            value = data.get(key, metas.get(key))
            return default if value is None else value

        return cls(
            dataset_id=data["dataset_id"],
            title=str(meta("title", data["dataset_id"])),
            description=str(meta("description", "")),
            themes=_strings(meta("theme", ())),
            keywords=_strings(meta("keyword", ())),
            publisher=str(meta("publisher", "")),
            license=str(meta("license", "")),
            license_url=str(meta("license_url", "")),
            modified=str(meta("modified", "")),
            records_count=int(meta("records_count", 0)),
            fields=tuple(
                Field(
                    name=f["name"],
                    label=f.get("label") or f["name"],
                    type=f.get("type") or "text",
                    description=f.get("description") or "",
                )
                for f in data.get("fields") or ()
            ),
            features=_strings(data.get("features") or ()),
            bbox=_bbox(meta("bbox")),
            geometry_types=_strings(meta("geometry_types", ())),
            has_records=bool(data.get("has_records", True)),
        )


@dataclass(frozen=True)
class Page:
    """One page of results: `total_count` matches in all (None for a page of the catalogue
    export, which does not count), `results` on this page."""

    total_count: Optional[int]
    results: list


class OdsClient:
    """The Explore API of one portal, for one user (`authcfg`), cancelable by `feedback`."""

    def __init__(self, portal: str, authcfg: str = "", feedback=None):
        self.portal = portal_root(portal)
        self.http = Session(authcfg, feedback)

    def api_url(self, *segments: str) -> str:
        return self.portal + API_PATH + "".join("/" + quote(s, safe="@") for s in segments)

    def dataset_page(self, dataset_id: str) -> str:
        """The dataset's page on the portal, for people."""
        return f"{self.portal}/explore/dataset/{quote(dataset_id, safe='@')}/"

    @staticmethod
    def page_limit(offset: int) -> int:
        """The size of the page at `offset` when paging through a catalogue: the search's
        maximum within its window, more beyond it (a page of the export is one streamed
        request whatever its size)."""
        return PAGE_SIZE if offset + PAGE_SIZE <= WINDOW else EXPORT_PAGE_SIZE

    def search(
        self, text="", refine=(), geo_only=False, order_by="", limit=PAGE_SIZE, offset=0, where=""
    ) -> Page:
        """One page of the catalogue: free `text`, `refine` [(facet, value)], geo datasets only.

        A page beyond the search's window (offset + limit > 10,000) comes from the catalogue
        export, with the same filters and order.
        """
        params = [
            *_catalog_filters(text, refine, geo_only, where),
            ("order_by", order_by),
            ("limit", limit),
            ("offset", offset or ""),
        ]
        if offset + limit > WINDOW:
            if not order_by:  # the export cannot rank by relevance: the pages would not follow
                raise errors.RelevanceWindowError()
            payload = self.http.get_json(self.api_url("catalog", "exports", "json"), params)
            if not isinstance(payload, list):
                raise self._not_datasets()
            return Page(None, list(self._datasets(payload)))
        payload = self.http.get_json(self.api_url("catalog", "datasets"), params)
        return Page(
            int(payload.get("total_count", 0)),
            [Dataset.from_json(item) for item in payload.get("results", [])],
        )

    def iter_datasets(self, text="", refine=(), geo_only=False, limit=-1):
        """Every matching dataset (the first `limit` when it is not -1) in dataset_id order,
        however large the catalogue: one request to the catalogue export, streamed to a
        temporary file and read one dataset at a time."""
        params = [
            *_catalog_filters(text, refine, geo_only, ""),
            ("order_by", "dataset_id"),
            ("limit", limit),
        ]
        with tempfile.TemporaryDirectory(prefix="tdathack_catalogue_") as folder:
            path = self.http.download(
                self.api_url("catalog", "exports", "json"), params, Path(folder, "catalogue.json")
            )
            try:
                yield from self._datasets(array_items(path))
            except (NotAnArrayError, UnicodeDecodeError) as error:
                raise self._not_datasets() from error

    def _datasets(self, items):
        """The datasets of the catalogue export's items, refused unless each is a dataset."""
        for item in items:
            if not isinstance(item, dict) or "dataset_id" not in item:
                raise self._not_datasets()
            yield Dataset.from_json(item)

    def _not_datasets(self):
        return errors.UnexpectedResponseError(
            self.portal, 200, tr("the catalogue export is not a list of datasets")
        )

    def facets(self, names=CATALOG_FACETS, text="", refine=(), geo_only=False) -> dict:
        """{facet name: [(value, count), ...]} for the catalogue, with the same filters."""
        payload = self.http.get_json(
            self.api_url("catalog", "facets"),
            [*(("facet", name) for name in names), *_catalog_filters(text, refine, geo_only, "")],
        )
        return {
            group["name"]: [(str(item["value"]), int(item["count"])) for item in group["facets"]]
            for group in payload.get("facets", [])
        }

    def dataset(self, dataset_id: str) -> Dataset:
        checked_dataset_id(dataset_id)
        payload = self.http.get_json(self.api_url("catalog", "datasets", dataset_id))
        if not isinstance(payload, dict) or "dataset_id" not in payload:
            raise errors.UnexpectedResponseError(
                self.portal, 200, tr("the answer does not describe a dataset")
            )
        return Dataset.from_json(payload)

    def records(self, dataset_id: str, where="", select="", order_by="", limit=10, offset=0):
        """A preview page of records (limit <= 100, offset + limit <= 10,000)."""
        payload = self.http.get_json(
            self.api_url("catalog", "datasets", dataset_id, "records"),
            [
                ("select", select),
                ("where", where),
                ("order_by", order_by),
                ("limit", limit),
                ("offset", offset or ""),
            ],
        )
        return Page(int(payload.get("total_count", 0)), list(payload.get("results", [])))

    def export(self, dataset_id, fmt, destination, where="", select="", epsg=None, progress=None):
        """Stream the dataset export in `fmt` (fgb, geojson, csv, json) to `destination`."""
        params = [("select", select), ("where", where), ("epsg", epsg)]
        if fmt == "csv":
            params += [("delimiter", ";"), ("with_bom", "false")]
        return self.http.download(
            self.api_url("catalog", "datasets", dataset_id, "exports", fmt),
            params,
            destination,
            progress,
        )


def _catalog_filters(text: str, refine, geo_only: bool, where: str) -> list:
    """The where and refine parameters of a catalogue query, alike for search, facets and
    export."""
    where = odsql.combine(
        odsql.text_search(text), odsql.equals("features", "geo") if geo_only else "", where
    )
    return [("where", where), *(("refine", odsql.refine(facet, value)) for facet, value in refine)]


def _strings(value) -> tuple:
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value or () if v is not None)


def _bbox(feature) -> tuple:
    """(west, south, east, north) of a GeoJSON Feature or geometry, () if there is none."""
    geometry = (feature or {}).get("geometry", feature) if isinstance(feature, dict) else None
    points = list(_positions((geometry or {}).get("coordinates")))
    if not points:
        return ()
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return (min(xs), min(ys), max(xs), max(ys))


def _positions(coordinates):
    if isinstance(coordinates, (list, tuple)) and coordinates:
        if isinstance(coordinates[0], (int, float)):
            yield coordinates
        else:
            for item in coordinates:
                yield from _positions(item)
