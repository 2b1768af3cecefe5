"""Catalogue endpoints: dataset list, catalogue facets, one dataset's metadata."""

import re
from collections import Counter

from . import geo
from .errors import bad_parameter, odsql_error
from .params import facet_filters, facet_match, integer, paging
from .where_parser import ODSQLError, Schema, compile_where, parse_order_by, sort_records

FACETS = ("features", "theme", "keyword", "publisher", "language")
CATALOGUE_SCHEMA = Schema(
    {
        "dataset_id": "text",
        "title": "text",
        "description": "text",
        "theme": "text",
        "keyword": "text",
        "publisher": "text",
        "license": "text",
        "language": "text",
        "territory": "text",
        "features": "text",
        "modified": "datetime",
        "records_count": "int",
        "has_records": "boolean",
    },
    ["dataset_id", "title", "description", "theme", "keyword", "publisher", "territory"],
)
ROOT_KEYS = (
    "dataset_id",
    "dataset_uid",
    "has_records",
    "features",
    "fields",
    "metas",
    "attachments",
    "data_visible",
    "visibility",
)


def features(dataset):
    return ["analyze", "geo"] if dataset.is_geo else ["analyze"]


def default_metas(dataset):
    """`metas.default` of a dataset."""
    extent = dataset.extent
    return {
        **dataset.metas,
        "records_count": dataset.records_count,
        "bbox": geo.bbox_feature(extent),
        "geometry_types": dataset.geometry_types,
        "data_processed": dataset.metas["modified"],
        "metadata_processed": dataset.metas["modified"],
        "timezone": None,
        "federated": False,
        "update_frequency": None,
    }


def dataset_json(dataset):
    """The dataset object of the catalogue and of `GET /catalog/datasets/{id}`."""
    return {
        "visibility": "restricted" if dataset.private else "domain",
        "dataset_id": dataset.dataset_id,
        "dataset_uid": dataset.uid,
        "has_records": dataset.records_count > 0,
        "data_visible": True,
        "features": features(dataset),
        "attachments": [],
        "alternative_exports": [],
        "fields": [field.to_json() for field in dataset.fields],
        "metas": {"default": default_metas(dataset)},
    }


def entry(dataset):
    """The values the catalogue's where/refine/order_by look at (made once per dataset)."""
    if "_entry" not in dataset.__dict__:
        dataset._entry = _entry(dataset)
    return dataset._entry


def _entry(dataset):
    return {
        **{k: dataset.metas.get(k) for k in CATALOGUE_SCHEMA.types},
        "description": re.sub(r"<[^>]+>", " ", dataset.metas["description"]),
        "dataset_id": dataset.dataset_id,
        "records_count": dataset.records_count,
        "has_records": dataset.records_count > 0,
        "features": features(dataset),
        "_dataset": dataset,
    }


def select_fields(text):
    """Names kept by a catalogue `select` (None = whole objects)."""
    if text is None or text.strip() in ("", "*"):
        return None
    names = [name.strip().strip("`") for name in text.split(",") if name.strip()]
    known = (
        set(ROOT_KEYS)
        | set(CATALOGUE_SCHEMA.types)
        | {"bbox", "geometry_types", "license_url", "modified"}
    )
    for name in names:
        if name not in known:
            raise odsql_error(ODSQLError(f"Unknown field: {name}.", "select"))
    return names


def project(dataset, names):
    """A dataset object restricted to `select`: metas asked by name come at the root (v2.1)."""
    full = dataset_json(dataset)
    if names is None:
        return full
    metas = full["metas"]["default"]
    return {name: full[name] if name in ROOT_KEYS else metas.get(name) for name in names}


def matching(datasets, query):
    """Catalogue entries passing where, refine and exclude."""
    try:
        predicate = compile_where(query.get("where", []), CATALOGUE_SCHEMA)
    except ODSQLError as error:
        raise odsql_error(error) from None
    refine = facet_filters(query, "refine")
    exclude = facet_filters(query, "exclude")
    for facet, _ in refine + exclude:
        if facet not in CATALOGUE_SCHEMA.types:
            raise bad_parameter("refine", facet, f"one of {', '.join(FACETS)}")
    entries = []
    for dataset in datasets:
        item = entry(dataset)
        if not predicate(item):
            continue
        if all(facet_match(item[f], v) for f, v in refine) and not any(
            facet_match(item[f], v) for f, v in exclude
        ):
            entries.append(item)
    return entries


_ORDERED = {}  # the last answers of ordered(): paging a large catalogue filters it once
_ORDERED_KEPT = 8


def ordered(datasets, query):
    """Catalogue entries passing the filters, in `order_by` order."""
    key = (
        tuple(id(d) for d in datasets),
        *(tuple(query.get(name, ())) for name in ("where", "refine", "exclude", "order_by")),
    )
    if key not in _ORDERED:
        if len(_ORDERED) >= _ORDERED_KEPT:
            _ORDERED.pop(next(iter(_ORDERED)))
        _ORDERED[key] = _filtered_and_sorted(datasets, query)
    return _ORDERED[key]


def _filtered_and_sorted(datasets, query):
    entries = matching(datasets, query)
    try:
        keys = parse_order_by(query.get("order_by", [None])[-1], CATALOGUE_SCHEMA)
    except ODSQLError as error:
        raise odsql_error(error) from None
    return sort_records(entries, keys)


def list_datasets(datasets, query):
    """`GET /catalog/datasets`: one page (offset + limit <= 10,000)."""
    offset, limit = paging(query)
    names = select_fields(query.get("select", [None])[-1])
    entries = ordered(datasets, query)
    page = entries[offset : offset + limit]
    return {
        "total_count": len(entries),
        "results": [project(item["_dataset"], names) for item in page],
    }


def export_datasets(datasets, query):
    """`GET /catalog/exports/json`: the whole filtered catalogue, without the paging window
    (offset and limit are taken, their sum is not capped)."""
    names = select_fields(query.get("select", [None])[-1])
    limit = integer(query, "limit", -1, minimum=-1)
    offset = integer(query, "offset", 0, minimum=0)
    entries = ordered(datasets, query)[offset:]
    if limit != -1:
        entries = entries[:limit]
    return [project(item["_dataset"], names) for item in entries]


def facets(datasets, query, base_url):
    """`GET /catalog/facets`: value counts of theme, keyword, publisher, features…"""
    names = query.get("facet") or list(FACETS)
    for name in names:
        if name not in FACETS:
            raise bad_parameter("facet", name, f"one of {', '.join(FACETS)}")
    refined = facet_filters(query, "refine")
    result = []
    for name in names:
        counts = Counter()
        for item in matching(datasets, query):
            value = item[name]
            counts.update(value if isinstance(value, list) else [value])
        counts.pop(None, None)
        values = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold()))
        result.append(
            {
                "name": name,
                "facets": [
                    {
                        "name": value,
                        "count": count,
                        "value": value,
                        "state": "refined" if (name, value) in refined else "displayed",
                    }
                    for value, count in values
                ],
            }
        )
    return {
        "links": [
            {"rel": "self", "href": f"{base_url}/api/explore/v2.1/catalog/facets"},
            {"rel": "source", "href": f"{base_url}/api/explore/v2.1/catalog"},
        ],
        "facets": result,
    }
