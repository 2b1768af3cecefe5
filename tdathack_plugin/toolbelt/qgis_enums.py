"""The QGIS enum values the plugin uses, under the names of the QGIS it runs on.

QGIS 3.30 and 3.36 moved these enums into `Qgis` (QgsWkbTypes.PolygonGeometry became
Qgis.GeometryType.Polygon, QgsProcessing.TypeVectorPoint Qgis.ProcessingSourceType.VectorPoint...).
The old names live on as deprecated aliases, which QGIS 4 drops. Each value is taken from its
current home where this QGIS has it, from its QGIS 3.22 home otherwise: this module is the only
place that names the old homes (tests/test_qt6_ready.py checks the rest of the plugin).
"""

from qgis import core


def _moved(current: str, before: str):
    """The enum value spelled `current` where this QGIS has it, else the one spelled `before`.

    Both are dotted paths in qgis.core; `before` is only looked up on a QGIS without `current`
    (QGIS 3.22 has none of the new homes; 3.36 and later have all of them).
    """
    try:
        return _lookup(current)
    except AttributeError:
        return _lookup(before)


def _lookup(path: str):
    value = core
    for name in path.split("."):
        value = getattr(value, name)
    return value


POINT_GEOMETRY = _moved("Qgis.GeometryType.Point", "QgsWkbTypes.GeometryType.PointGeometry")
LINE_GEOMETRY = _moved("Qgis.GeometryType.Line", "QgsWkbTypes.GeometryType.LineGeometry")
POLYGON_GEOMETRY = _moved("Qgis.GeometryType.Polygon", "QgsWkbTypes.GeometryType.PolygonGeometry")
NULL_GEOMETRY = _moved("Qgis.GeometryType.Null", "QgsWkbTypes.GeometryType.NullGeometry")
UNKNOWN_GEOMETRY = _moved("Qgis.GeometryType.Unknown", "QgsWkbTypes.GeometryType.UnknownGeometry")

WKB_UNKNOWN = _moved("Qgis.WkbType.Unknown", "QgsWkbTypes.Type.Unknown")
WKB_NO_GEOMETRY = _moved("Qgis.WkbType.NoGeometry", "QgsWkbTypes.Type.NoGeometry")
WKB_POINT = _moved("Qgis.WkbType.Point", "QgsWkbTypes.Type.Point")
WKB_LINE_STRING = _moved("Qgis.WkbType.LineString", "QgsWkbTypes.Type.LineString")
WKB_POLYGON = _moved("Qgis.WkbType.Polygon", "QgsWkbTypes.Type.Polygon")
WKB_MULTI_POINT = _moved("Qgis.WkbType.MultiPoint", "QgsWkbTypes.Type.MultiPoint")
WKB_MULTI_LINE_STRING = _moved("Qgis.WkbType.MultiLineString", "QgsWkbTypes.Type.MultiLineString")
WKB_MULTI_POLYGON = _moved("Qgis.WkbType.MultiPolygon", "QgsWkbTypes.Type.MultiPolygon")

SOURCE_VECTOR = _moved("Qgis.ProcessingSourceType.Vector", "QgsProcessing.SourceType.TypeVector")
SOURCE_ANY_GEOMETRY = _moved(
    "Qgis.ProcessingSourceType.VectorAnyGeometry", "QgsProcessing.SourceType.TypeVectorAnyGeometry"
)
SOURCE_POINT = _moved(
    "Qgis.ProcessingSourceType.VectorPoint", "QgsProcessing.SourceType.TypeVectorPoint"
)
SOURCE_LINE = _moved(
    "Qgis.ProcessingSourceType.VectorLine", "QgsProcessing.SourceType.TypeVectorLine"
)
SOURCE_POLYGON = _moved(
    "Qgis.ProcessingSourceType.VectorPolygon", "QgsProcessing.SourceType.TypeVectorPolygon"
)
NUMBER_INTEGER = _moved(
    "Qgis.ProcessingNumberParameterType.Integer", "QgsProcessingParameterNumber.Type.Integer"
)
NUMBER_DOUBLE = _moved(
    "Qgis.ProcessingNumberParameterType.Double", "QgsProcessingParameterNumber.Type.Double"
)
FIELD_ANY = _moved(
    "Qgis.ProcessingFieldParameterDataType.Any", "QgsProcessingParameterField.DataType.Any"
)
FIELD_NUMERIC = _moved(
    "Qgis.ProcessingFieldParameterDataType.Numeric", "QgsProcessingParameterField.DataType.Numeric"
)
PARAMETER_ADVANCED = _moved(
    "Qgis.ProcessingParameterFlag.Advanced", "QgsProcessingParameterDefinition.Flag.FlagAdvanced"
)
PARAMETER_OPTIONAL = _moved(
    "Qgis.ProcessingParameterFlag.Optional", "QgsProcessingParameterDefinition.Flag.FlagOptional"
)
SKIP_GEOMETRY_VALIDITY_CHECKS = _moved(
    "Qgis.ProcessingFeatureSourceFlag.SkipGeometryValidityChecks",
    "QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks",
)
NO_THREADING = _moved(
    "Qgis.ProcessingAlgorithmFlag.NoThreading", "QgsProcessingAlgorithm.Flag.FlagNoThreading"
)

REQUEST_NO_GEOMETRY = _moved(
    "Qgis.FeatureRequestFlag.NoGeometry", "QgsFeatureRequest.Flag.NoGeometry"
)
REQUEST_SUBSET_OF_ATTRIBUTES = _moved(
    "Qgis.FeatureRequestFlag.SubsetOfAttributes", "QgsFeatureRequest.Flag.SubsetOfAttributes"
)
NO_GEOMETRY_CHECK = _moved(
    "Qgis.InvalidGeometryCheck.NoCheck", "QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck"
)
WKT_PREFERRED_GDAL = _moved(
    "Qgis.CrsWktVariant.PreferredGdal", "QgsCoordinateReferenceSystem.WktVariant.WKT_PREFERRED_GDAL"
)
NETWORK_SOURCES = _moved(
    "Qgis.DataItemProviderCapability.NetworkSources", "QgsDataProvider.DataCapability.Net"
)

LAYOUT_MILLIMETERS = _moved(
    "Qgis.LayoutUnit.Millimeters", "QgsUnitTypes.LayoutUnit.LayoutMillimeters"
)
RENDER_POINTS = _moved("Qgis.RenderUnit.Points", "QgsUnitTypes.RenderUnit.RenderPoints")

# Qgis.MapSettingsFlag exists in QGIS 3.22 already.
MAP_ANTIALIASING = core.Qgis.MapSettingsFlag.Antialiasing
MAP_DRAW_LABELING = core.Qgis.MapSettingsFlag.DrawLabeling
