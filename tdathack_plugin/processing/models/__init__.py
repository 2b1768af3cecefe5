"""Processing models shipped with the provider (.model3 files built by scripts/build_model.py)."""

from pathlib import Path

from qgis.core import QgsProcessingModelAlgorithm

from ...toolbelt.about import PROVIDER_ID
from ...toolbelt.i18n import tr
from ..help import algorithm_help

MODELS_DIR = Path(__file__).resolve().parent


def _titles() -> dict:
    """Translated toolbox names of the models, by file name."""
    return {
        "diagnostic_couverture_mobile": tr("Mobile coverage diagnostic of a territory"),
        "diagnostic_couverture_cartes": tr("Mobile coverage diagnostic from coverage maps"),
    }


class BundledModel(QgsProcessingModelAlgorithm):
    """A model of the plugin: an id like the algorithms' (letters only), translated name, help."""

    def __init__(self, path: Path):
        super().__init__()
        self.path = path
        if not self.fromFile(str(path)):
            raise ValueError(f"{path} is not a Processing model")

    def name(self):
        return self.path.stem.replace("_", "")

    def displayName(self):  # noqa: N802 (QGIS API)
        return _titles().get(self.path.stem, self.path.stem)

    def group(self):
        return tr("Mobile coverage (New Deal mobile)")

    def groupId(self):  # noqa: N802 (QGIS API)
        return "mobile"

    def tags(self):
        return [PROVIDER_ID, "T.Dat'Hack", *tr("model,diagnostic,report,zone blanche").split(",")]

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return algorithm_help(self.name())

    def createInstance(self):  # noqa: N802 (QGIS API)
        return BundledModel(self.path)


def bundled_models() -> list:
    return [BundledModel(path) for path in sorted(MODELS_DIR.glob("*.model3"))]
