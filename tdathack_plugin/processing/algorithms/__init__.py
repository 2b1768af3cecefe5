"""The algorithms the provider registers, one module each."""

from .axis_coverage import AxisCoverageAlgorithm
from .candidate_sites import CandidateSitesAlgorithm
from .coverage_from_sites import CoverageFromSitesAlgorithm
from .diagnostic_report import DiagnosticReportAlgorithm
from .download_dataset import DownloadDatasetAlgorithm
from .fibre_pro import FibreProAlgorithm
from .measurement_grid import MeasurementGridAlgorithm
from .mobile_gaps import MobileGapsAlgorithm
from .service_coverage import ServiceCoverageAlgorithm


def all_algorithms() -> list:
    """A fresh instance of every algorithm of the provider."""
    return [
        MobileGapsAlgorithm(),
        CoverageFromSitesAlgorithm(),
        DownloadDatasetAlgorithm(),
        FibreProAlgorithm(),
        AxisCoverageAlgorithm(),
        ServiceCoverageAlgorithm(),
        MeasurementGridAlgorithm(),
        CandidateSitesAlgorithm(),
        DiagnosticReportAlgorithm(),
    ]
