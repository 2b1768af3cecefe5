"""A result table the database wrote, as the layer a Processing output gives back."""

from qgis.core import (
    QgsDataSourceUri,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsVectorLayer,
)

from ...database.table_outputs import GEOMETRY, KEY
from ...toolbelt.i18n import tr


def loaded_table(inputs, name: str, reference, target: tuple) -> str:
    """The id of the layer of a new table (schema, table, has geometry) in the reference
    table's database, loaded in the project when the output asks for it, as a sink's is."""
    schema, table, geometry = target
    uri = QgsDataSourceUri(reference.connection)
    uri.setDataSource(schema, table, GEOMETRY if geometry else None, "", KEY)
    layer = QgsVectorLayer(uri.uri(False), table, "postgres")
    if not layer.isValid():
        raise QgsProcessingException(
            tr('The table "{schema}"."{table}" was written but QGIS cannot open it.').format(
                schema=schema, table=table
            )
        )
    context = inputs.context
    context.temporaryLayerStore().addMapLayer(layer)
    definition = inputs.parameters.get(name)
    if isinstance(definition, QgsProcessingOutputLayerDefinition) and definition.destinationProject:
        details = QgsProcessingContext.LayerDetails(
            definition.destinationName or table, definition.destinationProject, name
        )
        context.addLayerToLoadOnCompletion(layer.id(), details)
    return layer.id()
