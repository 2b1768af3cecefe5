"""A headless QGIS with Processing and the plugin's provider, for benchmark child processes."""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(ROOT))
sys.path.append("/usr/share/qgis/python/plugins")

from qgis.core import QgsApplication  # noqa: E402

APP = QgsApplication([], False)
APP.initQgis()

from processing.core.Processing import Processing  # noqa: E402

Processing.initialize()

from tdathack_plugin.processing.provider import TDatHackProvider  # noqa: E402

PROVIDER = TDatHackProvider()
QgsApplication.processingRegistry().addProvider(PROVIDER)
