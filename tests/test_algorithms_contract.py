"""What users' models and scripts call: algorithm ids, parameter names, output names, help."""

import re

import pytest
from qgis.core import QgsApplication

from tdathack_plugin.processing.help import algorithm_help, help_file

# From the issues: ids and parameter names are a public contract (add, never rename).
CONTRACT = {
    "tdathack:mobilegaps": {
        "COVERAGE",
        "OPERATOR_FIELD",
        "LEVEL_FIELD",
        "MIN_LEVEL",
        "OPERATORS",
        "TERRITORY",
        "TERRITORY_ID_FIELD",
        "POPULATION",
        "POPULATION_FIELD",
        "OUTPUT_ZONES",
        "OUTPUT_STATS",
    },
    "tdathack:coveragefromsites": {
        "SITES",
        "OPERATOR_FIELD",
        "FILTER",
        "RADIUS",
        "RADIUS_FIELD",
        "CLIP",
        "OUTPUT",
    },
    "tdathack:downloaddataset": {"PORTAL", "DATASET", "WHERE", "EXTENT", "AUTHCFG", "OUTPUT"},
}

pytestmark = pytest.mark.usefixtures("tdathack_provider")


def algorithms():
    provider = QgsApplication.processingRegistry().providerById("tdathack")
    return {algorithm.id(): algorithm for algorithm in provider.algorithms()}


@pytest.mark.parametrize("algorithm_id", sorted(CONTRACT))
def test_contract_parameters_exist(algorithm_id):
    algorithm = algorithms()[algorithm_id]
    names = {p.name() for p in algorithm.parameterDefinitions()}
    assert CONTRACT[algorithm_id] <= names


def test_every_algorithm_documents_every_parameter_in_french_and_english():
    for algorithm_id, algorithm in algorithms().items():
        names = [p.name() for p in algorithm.parameterDefinitions()]
        for language in ("fr", "en"):
            assert help_file(algorithm.name(), language).exists(), f"{algorithm_id}: no {language}"
            text = algorithm_help(algorithm.name(), language)
            missing = [n for n in names if not re.search(rf"\b{n}\b", text)]
            assert missing == [], f"{algorithm_id} {language} help lacks {missing}"
        assert algorithm.shortHelpString()
        assert algorithm.name() == algorithm_id.split(":")[1]
        assert re.fullmatch(r"[a-z]+", algorithm.name())
        assert "tdathack" in algorithm.tags()


def raising(error):
    """An algorithm of the plugin whose processAlgorithm() raises `error` (or returns it when
    it is not an exception)."""
    from tdathack_plugin.processing.algorithms.base import TDatHackAlgorithm

    class Broken(TDatHackAlgorithm):
        def name(self):
            return "broken"

        def displayName(self):
            return "Broken"

        def processAlgorithm(self, parameters, context, feedback):
            if isinstance(error, Exception):
                raise error
            return error

    return Broken()


@pytest.fixture
def logged():
    """[(tag, message)] of what reaches QGIS's message log during the test."""
    lines = []
    log = QgsApplication.messageLog()

    def keep(message, tag, _level):
        lines.append((tag, message))

    log.messageReceived.connect(keep)
    yield lines
    log.messageReceived.disconnect(keep)


def test_each_run_says_in_the_log_how_it_ended_and_how_long_it_took(logged):
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    from tdathack_plugin.toolbelt.log import TAG as LOG_TAG

    assert raising({"OUTPUT": "x"}).processAlgorithm({}, None, QgsProcessingFeedback())
    with pytest.raises(QgsProcessingException):
        refused = QgsProcessingException("The layer has no CRS.")
        raising(refused).processAlgorithm({}, None, QgsProcessingFeedback())
    lines = [text for tag, text in logged if tag == LOG_TAG]
    assert any(re.fullmatch(r"broken: done in \d+\.\d s", text) for text in lines), lines
    stopped = r"broken: stopped after \d+\.\d s: The layer has no CRS\."
    assert any(re.fullmatch(stopped, text) for text in lines), lines


def test_an_unexpected_error_is_a_sentence_and_its_traceback_goes_to_the_log(logged):
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    from tdathack_plugin.toolbelt.log import TAG as LOG_TAG

    with pytest.raises(QgsProcessingException) as raised:
        bug = ValueError("no such file /tmp/processing_x/public-trees.csv")
        raising(bug).processAlgorithm({}, None, QgsProcessingFeedback())
    message = str(raised.value)
    assert message.startswith("Broken stopped on an unexpected error (ValueError): nothing")
    assert "Traceback" not in message and "/tmp" not in message
    assert any(
        tag == LOG_TAG and "Traceback" in text and "public-trees.csv" in text
        for tag, text in logged
    )


def test_an_engine_error_reaches_the_user_as_its_own_sentence():
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    from tdathack_plugin.coverage.errors import OverlayError

    sentence = "A geometry overlay failed (GEOS returned parts that do not add up)."
    with pytest.raises(QgsProcessingException) as raised:
        raising(OverlayError(sentence)).processAlgorithm({}, None, QgsProcessingFeedback())
    assert str(raised.value) == sentence
