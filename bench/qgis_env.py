"""A headless QGIS with Processing and the plugin's provider, for benchmark child processes."""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_started = []


def start():
    """Start QGIS once (offscreen), initialise Processing and register the tdathack provider."""
    if _started:
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    sys.path.append("/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    from tdathack_plugin.processing.provider import TDatHackProvider

    provider = TDatHackProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    _started.extend([app, provider])


def lambert_request():
    """A feature request giving geometries in Lambert-93 (EPSG:2154), once QGIS is started."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransformContext,
        QgsFeatureRequest,
    )

    lambert = QgsCoordinateReferenceSystem("EPSG:2154")
    return QgsFeatureRequest().setDestinationCrs(lambert, QgsCoordinateTransformContext())
