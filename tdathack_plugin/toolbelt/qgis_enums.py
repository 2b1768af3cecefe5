"""The QGIS enum values the plugin uses, under the names of the QGIS it runs on.

QGIS 3.30 and 3.36 moved these enums into `Qgis` (QgsWkbTypes.PolygonGeometry became
Qgis.GeometryType.Polygon, QgsProcessing.TypeVectorPoint Qgis.ProcessingSourceType.VectorPoint...).
The old names live on as deprecated aliases, which QGIS 4 drops. Each value is taken from its
current home where this QGIS has it, from its QGIS 3.22 home otherwise: this module is the only
place that names the old homes (tests/test_qt6_ready.py checks the rest of the plugin).
"""

from qgis.core import (
    Qgis,
    QgsDataProvider,
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingFeatureSource,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsUnitTypes,
    QgsWkbTypes,
)

if hasattr(Qgis, "GeometryType"):  # QGIS 3.30
    POINT_GEOMETRY = Qgis.GeometryType.Point
    LINE_GEOMETRY = Qgis.GeometryType.Line
    POLYGON_GEOMETRY = Qgis.GeometryType.Polygon
    NULL_GEOMETRY = Qgis.GeometryType.Null
    UNKNOWN_GEOMETRY = Qgis.GeometryType.Unknown
else:
    POINT_GEOMETRY = QgsWkbTypes.GeometryType.PointGeometry
    LINE_GEOMETRY = QgsWkbTypes.GeometryType.LineGeometry
    POLYGON_GEOMETRY = QgsWkbTypes.GeometryType.PolygonGeometry
    NULL_GEOMETRY = QgsWkbTypes.GeometryType.NullGeometry
    UNKNOWN_GEOMETRY = QgsWkbTypes.GeometryType.UnknownGeometry

if hasattr(Qgis, "WkbType"):  # QGIS 3.30
    WKB_UNKNOWN = Qgis.WkbType.Unknown
    WKB_NO_GEOMETRY = Qgis.WkbType.NoGeometry
    WKB_POINT = Qgis.WkbType.Point
    WKB_LINE_STRING = Qgis.WkbType.LineString
    WKB_POLYGON = Qgis.WkbType.Polygon
    WKB_MULTI_POINT = Qgis.WkbType.MultiPoint
    WKB_MULTI_LINE_STRING = Qgis.WkbType.MultiLineString
    WKB_MULTI_POLYGON = Qgis.WkbType.MultiPolygon
else:
    WKB_UNKNOWN = QgsWkbTypes.Type.Unknown
    WKB_NO_GEOMETRY = QgsWkbTypes.Type.NoGeometry
    WKB_POINT = QgsWkbTypes.Type.Point
    WKB_LINE_STRING = QgsWkbTypes.Type.LineString
    WKB_POLYGON = QgsWkbTypes.Type.Polygon
    WKB_MULTI_POINT = QgsWkbTypes.Type.MultiPoint
    WKB_MULTI_LINE_STRING = QgsWkbTypes.Type.MultiLineString
    WKB_MULTI_POLYGON = QgsWkbTypes.Type.MultiPolygon

if hasattr(Qgis, "ProcessingSourceType"):  # QGIS 3.36: the Processing enums
    SOURCE_VECTOR = Qgis.ProcessingSourceType.Vector
    SOURCE_ANY_GEOMETRY = Qgis.ProcessingSourceType.VectorAnyGeometry
    SOURCE_POINT = Qgis.ProcessingSourceType.VectorPoint
    SOURCE_LINE = Qgis.ProcessingSourceType.VectorLine
    SOURCE_POLYGON = Qgis.ProcessingSourceType.VectorPolygon
    NUMBER_INTEGER = Qgis.ProcessingNumberParameterType.Integer
    NUMBER_DOUBLE = Qgis.ProcessingNumberParameterType.Double
    FIELD_ANY = Qgis.ProcessingFieldParameterDataType.Any
    FIELD_NUMERIC = Qgis.ProcessingFieldParameterDataType.Numeric
    PARAMETER_ADVANCED = Qgis.ProcessingParameterFlag.Advanced
    PARAMETER_OPTIONAL = Qgis.ProcessingParameterFlag.Optional
    SKIP_GEOMETRY_VALIDITY_CHECKS = Qgis.ProcessingFeatureSourceFlag.SkipGeometryValidityChecks
    NO_THREADING = Qgis.ProcessingAlgorithmFlag.NoThreading
else:
    SOURCE_VECTOR = QgsProcessing.SourceType.TypeVector
    SOURCE_ANY_GEOMETRY = QgsProcessing.SourceType.TypeVectorAnyGeometry
    SOURCE_POINT = QgsProcessing.SourceType.TypeVectorPoint
    SOURCE_LINE = QgsProcessing.SourceType.TypeVectorLine
    SOURCE_POLYGON = QgsProcessing.SourceType.TypeVectorPolygon
    NUMBER_INTEGER = QgsProcessingParameterNumber.Type.Integer
    NUMBER_DOUBLE = QgsProcessingParameterNumber.Type.Double
    FIELD_ANY = QgsProcessingParameterField.DataType.Any
    FIELD_NUMERIC = QgsProcessingParameterField.DataType.Numeric
    PARAMETER_ADVANCED = QgsProcessingParameterDefinition.Flag.FlagAdvanced
    PARAMETER_OPTIONAL = QgsProcessingParameterDefinition.Flag.FlagOptional
    SKIP_GEOMETRY_VALIDITY_CHECKS = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks
    NO_THREADING = QgsProcessingAlgorithm.Flag.FlagNoThreading

if hasattr(Qgis, "FeatureRequestFlag"):  # QGIS 3.36
    REQUEST_NO_GEOMETRY = Qgis.FeatureRequestFlag.NoGeometry
    REQUEST_SUBSET_OF_ATTRIBUTES = Qgis.FeatureRequestFlag.SubsetOfAttributes
    NO_GEOMETRY_CHECK = Qgis.InvalidGeometryCheck.NoCheck
    NETWORK_SOURCES = Qgis.DataItemProviderCapability.NetworkSources
else:
    REQUEST_NO_GEOMETRY = QgsFeatureRequest.Flag.NoGeometry
    REQUEST_SUBSET_OF_ATTRIBUTES = QgsFeatureRequest.Flag.SubsetOfAttributes
    NO_GEOMETRY_CHECK = QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck
    NETWORK_SOURCES = QgsDataProvider.DataCapability.Net

if hasattr(Qgis, "LayoutUnit"):  # QGIS 3.30
    LAYOUT_MILLIMETERS = Qgis.LayoutUnit.Millimeters
    RENDER_POINTS = Qgis.RenderUnit.Points
else:
    LAYOUT_MILLIMETERS = QgsUnitTypes.LayoutUnit.LayoutMillimeters
    RENDER_POINTS = QgsUnitTypes.RenderUnit.RenderPoints

# Qgis.MapSettingsFlag exists in QGIS 3.22 already.
MAP_ANTIALIASING = Qgis.MapSettingsFlag.Antialiasing
MAP_DRAW_LABELING = Qgis.MapSettingsFlag.DrawLabeling
