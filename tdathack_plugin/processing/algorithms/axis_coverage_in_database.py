"""tdathack:axiscoverage computed inside PostGIS, when the axes and the coverage live in one
database (database/axes_sql.py); outputs as for mobile gaps (database_run.py)."""

from qgis.core import QgsEllipsoidUtils, QgsProcessingException

from ...coverage.classes import ALL, BLANCHE, GRISE
from ...coverage.operators import field_suffix
from ...database import axes_sql
from ...toolbelt.i18n import tr, tr_noop
from .axis_coverage_fields import BOX_MARGIN, axes_without_length, segment_fields, stats_fields
from .database_run import DatabaseRun


def spheroid(ellipsoid: str) -> str:
    """PostGIS's SPHEROID text of a QGIS ellipsoid (EPSG:7019, WGS84...)."""
    parameters = QgsEllipsoidUtils.ellipsoidParameters(ellipsoid)
    if not parameters.valid:
        raise QgsProcessingException(
            tr("The ellipsoid {ellipsoid} is not one QGIS knows.").format(ellipsoid=ellipsoid)
        )
    a = parameters.semiMajor
    flattening = parameters.inverseFlattening or a / (a - parameters.semiMinor)
    return f'SPHEROID["ellipsoid",{a!r},{flattening!r}]'


class DatabaseAxes(DatabaseRun):
    """One run of axis coverage; tables: axes, coverage..."""

    NOT_ADDING_UP = tr_noop("The database's cut of axes {ids} does not add up to their length.")
    COVERED = "SELECT coalesce(sum(metres), 0) FROM tdh_segments WHERE n_operators > 0"

    def __init__(self, algorithm, inputs, tables, layers, crs, measure):
        axes, *coverage = tables
        super().__init__(algorithm, inputs, axes, coverage, layers, crs)
        self.values["spheroid"] = spheroid(measure.ellipsoid())

    def axes(self, id_field, name_field, id_type):
        """The algorithm's results: {output name: layer id}."""
        stages = [
            lambda session: self.read_axes(session, id_field, name_field),
            self.read_coverage,
            self.split,
        ]
        return self.run(stages, lambda operators: self.outputs(operators, id_type))

    def outputs(self, operators, id_type) -> tuple:
        """((the segments' query, their fields), (the statistics' query, their fields))."""
        suffixes = [(name, field_suffix(name)) for name in operators]
        stats = axes_sql.stats(suffixes, (ALL, GRISE, BLANCHE))
        segments = (axes_sql.segments, segment_fields(id_type))
        return segments, (stats, stats_fields(id_type, operators))

    def read_axes(self, session, id_field, name_field):
        session.run(
            axes_sql.axes(self.main, id_field, name_field),
            self.values,
            tr("Axes, in the computation CRS:"),
        )
        empty = axes_without_length()
        empty.add_many([row[0] for row in session.run(axes_sql.DROP_EMPTY)])
        empty.warn(self.inputs.feedback)
        summary = session.run(axes_sql.AXES_SUMMARY)[0]
        if not self.set_box(summary, BOX_MARGIN):
            raise QgsProcessingException(tr("The axes layer has no line of non-zero length."))
        if summary[1]:
            self.inputs.feedback.pushInfo(
                tr("{n} multi-part axis features: every part is measured.").format(n=summary[1])
            )

    def split(self, session):
        """Each axis cut where an operator's coverage begins or ends; its pieces grouped into
        segments, one per set of operators."""
        session.run(axes_sql.AXIS_COVER, None, tr("Each operator's coverage along each axis:"))
        session.run(axes_sql.PIECES, None, tr("Axes cut where coverage begins and ends:"))
        self.refuse_mismatch(session, axes_sql.FEATURES_NOT_ADDING_UP)
        session.run(axes_sql.SEGMENTS, self.values, tr("Segments per set of operators:"))
        self.check_covered(session)
