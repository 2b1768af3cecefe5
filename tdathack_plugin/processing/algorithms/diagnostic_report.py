"""tdathack:diagnosticreport — one self-contained HTML file (and a PDF) from mobilegaps' outputs."""

import os
from pathlib import Path

from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProcessingUtils,
)

from ...coverage.crs import metric_crs_for
from ...toolbelt import qgis_enums
from ...toolbelt.i18n import tr_noop
from ..input_contract import Inputs
from ..outputs import partial_path, require_folder
from ..report.figures import SUMMED, diagnostic
from ..report.maps import (
    SITE_COLOUR,
    legend,
    map_settings,
    memory_copy,
    render_png,
    style_blanche,
    style_coverage,
    style_sites,
)
from ..report.page import html_page
from ..report.pdf import export_pdf
from ..run_steps import Steps
from ..source_facts import extent_of
from ..values import refuse_duplicates
from .base import TDatHackAlgorithm

STATS_FIELDS = ("zone_id", *SUMMED)
ZONE_FIELDS = ("zone_id", "operators", "missing", "n_operators")
SITE_FIELDS = ("rank", "gain_population", "cumulative_population", "gain_area_km2")
SOURCE_ALGORITHMS = {
    "STATS": "tdathack:mobilegaps (OUTPUT_STATS)",
    "ZONES": "tdathack:mobilegaps (OUTPUT_ZONES)",
    "CANDIDATES": "tdathack:candidatesites (OUTPUT)",
}


class DiagnosticReportAlgorithm(TDatHackAlgorithm):
    NAME = "diagnosticreport"
    GROUP = "mobile"
    DISPLAY_NAME = tr_noop("Coverage diagnostic of a territory")
    TAGS = tr_noop("report,diagnostic,html,pdf,elected officials,zone blanche,map")

    STATS = "STATS"
    ZONES = "ZONES"
    CANDIDATES = "CANDIDATES"
    TERRITORY_NAME = "TERRITORY_NAME"
    OUTPUT = "OUTPUT"
    OUTPUT_PDF = "OUTPUT_PDF"

    def flags(self):
        # Print layouts (QGraphicsScene) belong to the main thread: QGIS's own
        # native:printlayouttopdf runs there too. The report takes seconds.
        return super().flags() | qgis_enums.NO_THREADING

    def initAlgorithm(self, config=None):
        self.add_source(
            self.STATS,
            self.tr("Statistics per territory unit (mobilegaps OUTPUT_STATS)"),
            [qgis_enums.SOURCE_VECTOR],
        )
        self.add_source(
            self.ZONES,
            self.tr("Coverage zones (mobilegaps OUTPUT_ZONES)"),
            [qgis_enums.SOURCE_POLYGON],
        )
        self.add_source(
            self.CANDIDATES,
            self.tr("Proposed sites (candidatesites OUTPUT)"),
            [qgis_enums.SOURCE_POINT],
            optional=True,
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.TERRITORY_NAME, self.tr("Name of the territory"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, self.tr("Report (HTML)"), self.tr("HTML files (*.html)")
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_PDF,
                self.tr("Report (PDF)"),
                self.tr("PDF files (*.pdf)"),
                optional=True,
                createByDefault=False,
            )
        )

    def check_fields(self, inputs, stats, zones, sites) -> None:
        """Refuses a layer that lacks the fields of the output it should be, naming it."""
        for name, source, fields in (
            (self.STATS, stats, STATS_FIELDS),
            (self.ZONES, zones, ZONE_FIELDS),
            (self.CANDIDATES, sites, SITE_FIELDS),
        ):
            missing = [f for f in fields if source is not None and f not in source.fields().names()]
            if missing:
                raise QgsProcessingException(
                    self.tr(
                        "The layer {layer} lacks the fields {fields}: give the output of "
                        "{algorithm} it stands for."
                    ).format(
                        layer=inputs.label(name),
                        fields=", ".join(missing),
                        algorithm=SOURCE_ALGORITHMS[name],
                    )
                )

    def check_same_run(self, inputs, stats, zones) -> None:
        """Refuses statistics and zones that are not of one run of mobilegaps: a unit counted
        twice in the statistics, or zones of units the statistics do not hold."""
        rows = [(f.id(), f["zone_id"]) for f in stats.getFeatures()]
        refuse_duplicates(inputs.label(self.STATS), "zone_id", rows)
        known = {str(zone_id) for _fid, zone_id in rows}
        request = QgsFeatureRequest().setFlags(qgis_enums.REQUEST_NO_GEOMETRY)
        request.setSubsetOfAttributes(["zone_id"], zones.fields())
        strangers = sorted({str(f["zone_id"]) for f in zones.getFeatures(request)} - known)
        if strangers:
            raise QgsProcessingException(
                self.tr(
                    "{zones} hold units that {stats} does not ({ids}): give the two outputs of "
                    "one run of mobilegaps."
                ).format(
                    zones=inputs.label(self.ZONES),
                    stats=inputs.label(self.STATS),
                    ids=", ".join(strangers[:10]) + (" …" if len(strangers) > 10 else ""),
                )
            )

    def destinations(self, parameters, context) -> tuple:
        """(HTML path, PDF path or ''), their folders checked."""
        html_path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not html_path:  # no destination (a model output nobody asked for): a temporary file
            html_path = QgsProcessingUtils.generateTempFilename("report.html")
        pdf_path = self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context)
        for path in (html_path, pdf_path):
            if path:
                require_folder(path)
        return html_path, pdf_path

    def maps(self, report, zones, coverage, sites, crs, context) -> tuple:
        """(heading, map settings, legend) of the two maps, and the layers they draw besides
        `coverage`: copies of this thread, styled here (the user's layers are neither used nor
        changed), to keep while the maps are in use (map settings do not keep their layers)."""
        style_coverage(coverage, report.expected_operators)
        blanche = memory_copy(zones, crs, context, self.tr("Zones blanches"))
        style_blanche(blanche)
        layers, sites_legend = [blanche], legend(blanche)
        if sites is not None:
            proposed = memory_copy(sites, crs, context, self.tr("Proposed sites"))
            style_sites(proposed)
            layers.insert(0, proposed)
            sites_legend.append((SITE_COLOUR, self.tr("Proposed site, numbered by rank")))
        extent = coverage.extent()
        maps = [
            (
                self.tr("Coverage by number of operators"),
                map_settings([coverage], extent, crs),
                legend(coverage),
            ),
            (
                self.tr("Zones blanches and proposed sites")
                if sites is not None
                else self.tr("Zones blanches"),
                map_settings(layers, extent, crs),
                sites_legend,
            ),
        ]
        return maps, layers

    def processAlgorithm(self, parameters, context, feedback):
        inputs = Inputs(self, parameters, context, feedback)
        stats = inputs.source(self.STATS)
        zones = inputs.source(self.ZONES)
        sites = inputs.source(self.CANDIDATES, optional=True, allow_empty=True)
        self.check_fields(inputs, stats, zones, sites)
        self.check_same_run(inputs, stats, zones)
        territory = self.parameterAsString(parameters, self.TERRITORY_NAME, context).strip()
        html_path, pdf_path = self.destinations(parameters, context)
        crs = zones.sourceCrs()
        if not crs.isValid() or crs.isGeographic():
            crs = metric_crs_for(extent_of(zones), zones.sourceCrs())
        steps = Steps(4, feedback)  # reading, two maps, writing
        coverage = memory_copy(zones, crs, context, self.tr("Coverage zones"))
        if coverage.featureCount() == 0:
            raise QgsProcessingException(self.tr("The coverage zones layer has no feature."))
        report = diagnostic(
            stats.getFeatures(),
            coverage.getFeatures(),
            sites.getFeatures() if sites is not None else (),
        )
        if not report.units:
            raise QgsProcessingException(self.tr("The statistics table has no row."))
        maps, _drawn = self.maps(report, zones, coverage, sites, crs, context)
        images = []
        for heading, settings, entries in maps:
            steps.next()
            images.append((heading, render_png(settings), entries))
        steps.next()
        pages = [(heading, settings, settings.layers()[-1]) for heading, settings, _l in maps]
        write_report(
            html_path,
            html_page(report, territory, images),
            pdf_path,
            lambda path: export_pdf(path, report, territory, pages),
        )
        feedback.pushInfo(self.tr("Report written to {path}").format(path=html_path))
        results = {self.OUTPUT: html_path, self.OUTPUT_PDF: None}
        if pdf_path:
            feedback.pushInfo(self.tr("PDF written to {path}").format(path=pdf_path))
            results[self.OUTPUT_PDF] = pdf_path
        return results


def write_report(html_path: str, page: str, pdf_path: str, export_to) -> None:
    """Writes the HTML page and, when pdf_path is given, the PDF (export_to(path)), each to a
    partial file renamed once both are complete: an error leaves neither behind."""
    written = []  # (partial file, final path)
    try:
        partial = partial_path(html_path)
        written.append((partial, html_path))
        Path(partial).write_text(page, encoding="utf-8")
        if pdf_path:
            partial = partial_path(pdf_path)
            written.append((partial, pdf_path))
            export_to(partial)
        for partial, final in written:
            os.replace(partial, final)
    finally:
        for partial, _final in written:
            if os.path.exists(partial):
                os.remove(partial)
