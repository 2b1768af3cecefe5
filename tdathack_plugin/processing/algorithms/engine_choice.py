"""ENGINE: where a coverage algorithm computes, this computer or the database holding its inputs."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterEnum,
)

from ...database.session import driver
from ...database.tables import one_database
from ...toolbelt import log, qgis_enums
from ...toolbelt.i18n import tr

ENGINE = "ENGINE"
AUTOMATIC, LOCAL, DATABASE = range(3)


def add_engine_parameter(algorithm) -> None:
    parameter = QgsProcessingParameterEnum(
        ENGINE,
        tr("Engine"),
        options=[
            tr("Automatic (the database when the inputs are there and it is faster)"),
            tr("This computer"),
            tr("The database (PostGIS)"),
        ],
        defaultValue=AUTOMATIC,
    )
    parameter.setFlags(parameter.flags() | qgis_enums.PARAMETER_ADVANCED)
    algorithm.addParameter(parameter)


def computed_here_instead(inputs, error) -> None:
    """After the database's overlay did not add up: with the automatic engine, this computer
    computes (the log says why); with the database chosen, the run stops, nothing written."""
    algorithm, parameters, context = inputs.algorithm, inputs.parameters, inputs.context
    if algorithm.parameterAsEnum(parameters, ENGINE, context) != AUTOMATIC:
        raise QgsProcessingException(
            tr("{error} Nothing was written: run on this computer (ENGINE).").format(error=error)
        )
    inputs.feedback.pushWarning(
        tr("{error} Nothing was written there: this computer computes instead.").format(error=error)
    )


def _say(inputs, text: str) -> None:
    """The engine chosen, and why, in the run's log and in QGIS's message log."""
    inputs.feedback.pushInfo(text)
    log.info(f"{inputs.algorithm.id()}: {text}")


def _partial_source(parameters, names) -> str:
    """The first source given with only its selected features, a limit or a filter
    expression (what QGIS applies itself, not the database), or ''."""
    for name in names:
        value = parameters.get(name)
        if not isinstance(value, QgsProcessingFeatureSourceDefinition):
            continue
        expression = getattr(value, "filterExpression", "")
        if value.selectedFeaturesOnly or value.featureLimit != -1 or expression:
            return name
    return ""


def database_tables(inputs, layers: list, source_names: list, faster_there: str = ""):
    """The inputs' PostgisTables when the database runs the algorithm, else None.

    layers: the input layers (None for an optional one left empty); source_names: the feature
    source parameters among them; faster_there: why the database is expected to be faster for
    these inputs (docs/benchmarks.md), or '': Automatic then runs here. The log says which
    engine runs, and why."""
    algorithm, parameters, context = inputs.algorithm, inputs.parameters, inputs.context
    choice = algorithm.parameterAsEnum(parameters, ENGINE, context)
    if choice == LOCAL:
        _say(inputs, tr("Engine: this computer (chosen)."))
        return None
    tables, why = one_database(layers)
    partial = _partial_source(parameters, source_names)
    if tables is not None and partial:
        tables, why = (
            None,
            tr("{parameter} is limited to selected or filtered features").format(
                parameter=inputs.label(partial)
            ),
        )
    if tables is not None and driver() is None:
        tables, why = None, tr("QGIS's Python lacks psycopg2, its PostgreSQL driver")
    if tables is None:
        if choice == DATABASE:
            raise QgsProcessingException(
                tr("The database cannot run this: {why}. Choose this computer as ENGINE.").format(
                    why=why
                )
            )
        _say(inputs, tr("Engine: this computer ({why}).").format(why=why))
        return None
    if choice == DATABASE:
        _say(inputs, tr("Engine: the database (chosen)."))
    elif faster_there:
        _say(
            inputs,
            tr("Engine: the database (every input is in one PostGIS database; {why}).").format(
                why=faster_there
            ),
        )
    else:
        _say(
            inputs,
            tr(
                "Engine: this computer (every input is in one PostGIS database, but this "
                "computer computes such inputs faster; choose the database as ENGINE to "
                "compute there)."
            ),
        )
        return None
    return tables
