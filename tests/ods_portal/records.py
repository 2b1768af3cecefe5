"""Record queries (select, where, refine, exclude, order_by) and `GET …/records`."""

import itertools

from . import geo
from .errors import odsql_error
from .params import facet_filters, facet_match, paging
from .where_parser import ODSQLError, compile_where, parse_order_by, parse_select, sort_records


def json_value(value):
    """A record value as the API writes it in JSON."""
    if isinstance(value, geo.Point):
        return {"lon": value.lon, "lat": value.lat}
    if isinstance(value, geo.Shape):
        return {"type": "Feature", "geometry": value.geojson, "properties": {}}
    return value


class RecordQuery:
    """The records of a dataset that a request selects, in order."""

    def __init__(self, dataset, query):
        self.dataset = dataset
        schema = dataset.schema
        try:
            self.selection = parse_select(query.get("select", [None])[-1], schema) or [
                (f.name, f.name) for f in dataset.fields
            ]
            self.predicate = compile_where(query.get("where", []), schema)
            self.order = parse_order_by(query.get("order_by", [None])[-1], schema)
        except ODSQLError as error:
            raise odsql_error(error) from None
        self.refine = facet_filters(query, "refine")
        self.exclude = facet_filters(query, "exclude")
        for facet, _ in self.refine + self.exclude:
            try:
                schema.check(facet, "refine")
            except ODSQLError as error:
                raise odsql_error(error) from None

    @property
    def fields(self):
        """(field, output name) of the selected fields."""
        by_name = {f.name: f for f in self.dataset.fields}
        return [(by_name[name], label) for name, label in self.selection]

    def accepts(self, record):
        return (
            self.predicate(record)
            and all(facet_match(record.get(f), v) for f, v in self.refine)
            and not any(facet_match(record.get(f), v) for f, v in self.exclude)
        )

    def records(self):
        """Matching records (a generator unless ordering needs them all)."""
        matching = (r for r in self.dataset.iter_records() if self.accepts(r))
        return iter(sort_records(matching, self.order)) if self.order else matching

    def as_json(self, record):
        return {label: json_value(record.get(name)) for name, label in self.selection}


def list_records(dataset, query):
    """`GET /catalog/datasets/{id}/records`: one page and the total count."""
    offset, limit = paging(query)
    records_query = RecordQuery(dataset, query)
    counter = itertools.count()
    page = []
    for record in records_query.records():
        index = next(counter)
        if offset <= index < offset + limit:
            page.append(records_query.as_json(record))
    return {"total_count": next(counter), "results": page}
