"""Processing models shipped with the provider (.model3 files built by scripts/build_model.py)."""

from pathlib import Path

from qgis.core import QgsProcessing, QgsProcessingModelAlgorithm

from ...toolbelt import qgis_enums
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
        self.attach_outputs()

    def attach_outputs(self) -> None:
        """(Re)load the model: the outputs of its children become its own output parameters,
        so that a dialog, a batch or qgis_process can name them, each optional (a run without
        it writes a temporary file). Its children must be known to QGIS's registry: the
        provider calls this again once it is registered."""
        if not self.fromFile(str(self.path)):
            raise ValueError(f"{self.path} is not a Processing model")
        self.updateDestinationParameters()
        for parameter in self.destinationParameterDefinitions():
            parameter.setFlags(parameter.flags() | qgis_enums.PARAMETER_OPTIONAL)
            parameter.setDefaultValue(QgsProcessing.TEMPORARY_OUTPUT)

    def name(self):
        return self.path.stem.replace("_", "")

    def displayName(self):
        return _titles().get(self.path.stem, self.path.stem)

    def group(self):
        return tr("Mobile coverage (New Deal mobile)")

    def groupId(self):
        return "mobile"

    def tags(self):
        return [PROVIDER_ID, "T.Dat'Hack", *tr("model,diagnostic,report,zone blanche").split(",")]

    def shortHelpString(self):
        return algorithm_help(self.name())

    def createInstance(self):
        return BundledModel(self.path)


def bundled_models() -> list:
    return [BundledModel(path) for path in sorted(MODELS_DIR.glob("*.model3"))]
