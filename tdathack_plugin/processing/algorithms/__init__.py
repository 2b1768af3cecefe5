"""The algorithms the provider registers, one module each."""

from .coverage_from_sites import CoverageFromSitesAlgorithm
from .download_dataset import DownloadDatasetAlgorithm
from .mobile_gaps import MobileGapsAlgorithm


def all_algorithms() -> list:
    """A fresh instance of every algorithm of the provider."""
    return [MobileGapsAlgorithm(), CoverageFromSitesAlgorithm(), DownloadDatasetAlgorithm()]
