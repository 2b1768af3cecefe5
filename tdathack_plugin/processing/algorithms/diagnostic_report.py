"""tdathack:diagnosticreport — one self-contained HTML file (and a PDF) from mobilegaps' outputs."""

import os
from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProcessingUtils,
)

from ...coverage.crs import metric_crs_for
from ...toolbelt import qgis_enums
from ..outputs import partial_path, require_folder
from ..report.figures import diagnostic
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
from .base import TDatHackAlgorithm


class DiagnosticReportAlgorithm(TDatHackAlgorithm):
    STATS = "STATS"
    ZONES = "ZONES"
    CANDIDATES = "CANDIDATES"
    TERRITORY_NAME = "TERRITORY_NAME"
    OUTPUT = "OUTPUT"
    OUTPUT_PDF = "OUTPUT_PDF"

    def name(self):
        return "diagnosticreport"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Coverage diagnostic of a territory")

    def groupId(self):  # noqa: N802 (QGIS API)
        return "mobile"

    def extraTags(self):  # noqa: N802 (QGIS API)
        return self.tr("report,diagnostic,html,pdf,elected officials,zone blanche,map").split(",")

    def flags(self):
        # Print layouts (QGraphicsScene) belong to the main thread: QGIS's own
        # native:printlayouttopdf runs there too. The report takes seconds.
        return super().flags() | qgis_enums.NO_THREADING

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.STATS,
                self.tr("Statistics per territory unit (mobilegaps OUTPUT_STATS)"),
                [qgis_enums.SOURCE_VECTOR],
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.ZONES,
                self.tr("Coverage zones (mobilegaps OUTPUT_ZONES)"),
                [qgis_enums.SOURCE_POLYGON],
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.CANDIDATES,
                self.tr("Proposed sites (candidatesites OUTPUT)"),
                [qgis_enums.SOURCE_POINT],
                optional=True,
            )
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

    def source(self, parameters, name, context, required=True):
        source = self.parameterAsSource(parameters, name, context)
        if source is None and required:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        return source

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        stats = self.source(parameters, self.STATS, context)
        zones = self.source(parameters, self.ZONES, context)
        sites = self.source(parameters, self.CANDIDATES, context, required=False)
        territory = self.parameterAsString(parameters, self.TERRITORY_NAME, context).strip()
        html_path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not html_path:  # no destination (a model output nobody asked for): a temporary file
            html_path = QgsProcessingUtils.generateTempFilename("report.html")
        pdf_path = self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context)
        for path in (html_path, pdf_path):
            if path:
                require_folder(path)
        crs = zones.sourceCrs()
        if not crs.isValid() or crs.isGeographic():
            crs = metric_crs_for(zones.sourceExtent(), zones.sourceCrs())

        # Layers of this thread, styled here: the user's layers are neither used nor changed.
        coverage = memory_copy(zones, crs, context, self.tr("Coverage zones"))
        if coverage.featureCount() == 0:
            raise QgsProcessingException(self.tr("The coverage zones layer has no feature."))
        try:
            report = diagnostic(
                stats.getFeatures(),
                coverage.getFeatures(),
                sites.getFeatures() if sites is not None else (),
            )
        except KeyError as missing:
            raise QgsProcessingException(
                self.tr(
                    "The statistics table lacks the fields {fields}: give the OUTPUT_STATS "
                    "table of tdathack:mobilegaps."
                ).format(fields=missing.args[0])
            ) from None
        if not report.units:
            raise QgsProcessingException(self.tr("The statistics table has no row."))
        feedback.setProgress(20)

        style_coverage(coverage, report.expected_operators)
        blanche = memory_copy(zones, crs, context, self.tr("Zones blanches"))
        style_blanche(blanche)
        layers = [blanche]
        if sites is not None:
            proposed = memory_copy(sites, crs, context, self.tr("Proposed sites"))
            style_sites(proposed)
            layers.insert(0, proposed)
        extent = coverage.extent()
        maps = [
            (self.tr("Coverage by number of operators"), map_settings([coverage], extent, crs)),
            (
                self.tr("Zones blanches and proposed sites")
                if sites is not None
                else self.tr("Zones blanches"),
                map_settings(layers, extent, crs),
            ),
        ]
        legends = [legend(coverage), legend(blanche)]
        if sites is not None:
            legends[1].append((SITE_COLOUR, self.tr("Proposed site, numbered by rank")))
        images = []
        for number, ((heading, settings), entries) in enumerate(zip(maps, legends)):
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Cancelled: no output was written."))
            images.append((heading, render_png(settings), entries))
            feedback.setProgress(20 + 30 * (number + 1))
        written = []  # (partial file, final path): renamed once both are complete
        try:
            partial = partial_path(html_path)
            written.append((partial, html_path))
            Path(partial).write_text(html_page(report, territory, images), encoding="utf-8")
            if pdf_path:
                partial = partial_path(pdf_path)
                written.append((partial, pdf_path))
                export_pdf(
                    partial,
                    report,
                    territory,
                    [(heading, settings, settings.layers()[-1]) for heading, settings in maps],
                )
            for partial, final in written:
                os.replace(partial, final)
        finally:
            for partial, _final in written:
                if os.path.exists(partial):
                    os.remove(partial)
        feedback.pushInfo(self.tr("Report written to {path}").format(path=html_path))
        results = {self.OUTPUT: html_path, self.OUTPUT_PDF: None}
        if pdf_path:
            feedback.pushInfo(self.tr("PDF written to {path}").format(path=pdf_path))
            results[self.OUTPUT_PDF] = pdf_path
        return results
