"""The outputs of mobile gaps and axis coverage, on either engine: pieces (zones, segments)
classed by the operators covering them, and a statistics table of their units or axes."""

from qgis.core import QgsFeature, QgsField, QgsFields

from ...coverage.operators import field_suffix
from ...toolbelt import field_types


def classed_fields(id_field: QgsField, prefix: str, measures) -> QgsFields:
    """{prefix}_id (of id_field's type) and {prefix}_name, the class of a piece, its number of
    operators, their names and the missing ones, then its numeric `measures`."""
    fields = QgsFields()
    piece_id = QgsField(id_field)
    piece_id.setName(f"{prefix}_id")
    fields.append(piece_id)
    fields.append(QgsField(f"{prefix}_name", field_types.STRING))
    fields.append(QgsField("class", field_types.STRING))
    fields.append(QgsField("n_operators", field_types.INT))
    fields.append(QgsField("operators", field_types.STRING))
    fields.append(QgsField("missing", field_types.STRING))
    for name in measures:
        fields.append(QgsField(name, field_types.DOUBLE))
    return fields


def classed_feature(geometry, piece_id, name, coverage_class, operators, missing, *measures):
    """A feature of classed_fields(): operators and missing ones are lists of names."""
    feature = QgsFeature()
    feature.setGeometry(geometry)
    feature.setAttributes(
        [
            piece_id,
            name,
            coverage_class,
            len(operators),
            ", ".join(operators),
            ", ".join(missing),
            *measures,
        ]
    )
    return feature


def statistics_fields(pieces: QgsFields, columns, per_operator, operators) -> QgsFields:
    """The id and name fields of `pieces`, the numeric `columns`, then for each operator the
    columns of per_operator, templates of its field suffix ("cov_{}_pct")."""
    fields = QgsFields()
    fields.append(pieces.at(0))
    fields.append(pieces.at(1))
    suffixes = [field_suffix(operator) for operator in operators]
    for name in [*columns, *(c.format(s) for s in suffixes for c in per_operator)]:
        fields.append(QgsField(name, field_types.DOUBLE))
    return fields
