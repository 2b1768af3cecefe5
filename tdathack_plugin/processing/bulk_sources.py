"""Point sources read in bulk from their GeoPackage instead of feature by feature."""

from qgis.core import QgsProcessingFeatureSourceDefinition, QgsProviderRegistry

from ..coverage.ogr_points import read_points


def geopackage_points(algorithm, parameters, name, context, crs, fields=()):
    """(feature ids, coordinates, {field: values}) of every feature of a point source parameter
    (see coverage.ogr_points.read_points), read straight from its GeoPackage; None when QGIS
    must read it: another provider or format, a subset, selected features only, a feature
    limit, or a CRS other than crs (QGIS would transform the points)."""
    value = parameters.get(name)
    if isinstance(value, QgsProcessingFeatureSourceDefinition) and (
        value.selectedFeaturesOnly or value.featureLimit >= 0
    ):
        return None
    layer = algorithm.parameterAsVectorLayer(parameters, name, context)
    if layer is None or layer.providerType() != "ogr" or layer.subsetString():
        return None
    if not layer.crs().isValid() or layer.crs() != crs:
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    if set(parts) != {"path", "layerName", "layerId"} or parts["layerId"] is not None:
        return None
    return read_points(parts["path"], parts["layerName"] or None, fields)
