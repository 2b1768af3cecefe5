"""tdathack:axiscoverage computed inside PostGIS, when the axes and the coverage live in one
database (database/axes_sql.py); outputs as for mobile gaps (database_run.py)."""

from qgis.core import QgsEllipsoidUtils, QgsProcessingException

from ...coverage.classes import ALL, BLANCHE, GRISE
from ...coverage.operators import field_suffix
from ...database import axes_sql
from ...toolbelt import qgis_enums
from ...toolbelt.i18n import tr
from ..values import Tally
from .database_run import DatabaseRun

BOX_MARGIN = 10.0  # metres around the axes' box, as the local engine reads coverage


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

    def __init__(self, algorithm, inputs, tables, layers, crs, measure):
        axes, *coverage = tables
        super().__init__(algorithm, inputs, axes, coverage, layers, crs)
        self.values["spheroid"] = spheroid(measure.ellipsoid())

    def axes(self, id_field, name_field, id_type, segment_fields, stats_fields):
        """The algorithm's results: {output name: layer id}; *_fields(id_type[, operators])."""
        feedback = self.inputs.feedback

        def compute(session):
            self.read_axes(session, id_field, name_field)
            feedback.setProgress(10)
            operators = self.read_coverage(session)
            feedback.setProgress(30)
            self.split(session)
            feedback.setProgress(80)
            suffixes = [(name, field_suffix(name)) for name in operators]
            return {
                self.algorithm.OUTPUT_SEGMENTS: (
                    axes_sql.segments,
                    segment_fields(id_type),
                    qgis_enums.WKB_MULTI_LINE_STRING,
                ),
                self.algorithm.OUTPUT_STATS: (
                    lambda _binary: axes_sql.stats(suffixes, (ALL, GRISE, BLANCHE)),
                    stats_fields(id_type, operators),
                    qgis_enums.WKB_NO_GEOMETRY,
                ),
            }

        return self.run(compute)

    def read_axes(self, session, id_field, name_field):
        session.run(
            axes_sql.axes(self.main, id_field, name_field),
            self.values,
            tr("Axes, in the computation CRS:"),
        )
        empty = Tally(
            tr(
                "{n} axis features without a line or of zero length were left out (features "
                "{ids})."
            )
        )
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
        session.run(axes_sql.AXIS_COVER, None, tr("Each operator's coverage along each axis:"))
        session.run(axes_sql.PIECES, None, tr("Axes cut where coverage begins and ends:"))
        self.refuse_mismatch(
            session,
            axes_sql.FEATURES_NOT_ADDING_UP,
            tr("The database's cut of axes {ids} does not add up to their length."),
        )
        session.run(axes_sql.SEGMENTS, self.values, tr("Segments per set of operators:"))
        self.check_covered(
            session,
            "SELECT coalesce(sum(metres), 0) FROM tdh_segments WHERE n_operators > 0",
            self.algorithm.AXES,
        )
