"""Coverage files as Arcep publishes them: a GeoPackage inside a .7z archive.

Where GDAL reads 7-Zip archives (`/vsi7z/`: GDAL 3.7 or later, built with libarchive), the vector
files inside are extracted, streaming, into the Processing temporary folder (once per QGIS
session and archive version), then read from there: GDAL reads inside a 7-Zip archive by
decompressing it again from the start at every jump, which a GeoPackage's spatial index would make
endless. Elsewhere the user is told to extract it.
"""

import os
import tempfile
from pathlib import Path

from osgeo import gdal
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingUtils,
    QgsVectorLayer,
)

from ..toolbelt.i18n import tr
from .input_contract import parameter_label
from .run_steps import stop_if_cancelled

ARCHIVE_SUFFIX = ".7z"
VECTOR_SUFFIXES = (".gpkg", ".geojson", ".fgb", ".shp", ".shx", ".dbf", ".prj", ".cpg")
READABLE_SUFFIXES = (".gpkg", ".geojson", ".fgb", ".shp")
CHUNK_BYTES = 4 * 1024 * 1024


def is_archive(value) -> bool:
    return isinstance(value, str) and value.lower().endswith(ARCHIVE_SUFFIX)


def values_with_archives(values):
    """A multiple-layer parameter's values as a list when an archive is among them (one path,
    as qgis_process gives it, or a list), else None."""
    values = [values] if is_archive(values) else values
    if isinstance(values, (list, tuple)) and any(map(is_archive, values)):
        return list(values)
    return None


def reads_7z() -> bool:
    return "/vsi7z/" in gdal.GetFileSystemsPrefixes()


def refusal(path: str, label: str) -> str:
    """Why an archive cannot be read here ('' when it can be)."""
    if not reads_7z():
        return tr(
            "{parameter}: {file} is a 7-Zip archive, which the GDAL of this QGIS (GDAL "
            "{version}) cannot open. Extract it first (with 7-Zip, or 7z x {file} in a "
            "terminal) and give the .gpkg file it holds."
        ).format(parameter=label, file=Path(path).name, version=gdal.__version__)
    if not os.path.isfile(path):
        return tr("{parameter}: the archive {file} does not exist.").format(
            parameter=label, file=path
        )
    return ""


def checked_parameters(algorithm, parameters: dict):
    """(refusal or '', parameters for QGIS's own checks, stand-in layer) for archives given to
    multiple-layer parameters. QGIS would refuse them as layers it cannot load: each archive is
    checked here, without being extracted (the run extracts it), and an empty layer stands in
    for it in QGIS's checks (keep it alive until they are done)."""
    stand_in = None
    others = dict(parameters)
    for name, values in parameters.items():
        definition = algorithm.parameterDefinition(name)
        if not isinstance(definition, QgsProcessingParameterMultipleLayers):
            continue
        values = values_with_archives(values)
        if values is None:
            continue
        for value in filter(is_archive, values):
            why = refusal(value, parameter_label(algorithm, name))
            if why:
                return why, parameters, stand_in
        stand_in = stand_in or QgsVectorLayer("Polygon?crs=EPSG:2154", "archive", "memory")
        others[name] = [stand_in if is_archive(value) else value for value in values]
    return "", others, stand_in


def extracted(path: str, label: str, feedback) -> list:
    """The vector files of a .7z archive, extracted to temporary files (once per QGIS session
    and archive version); refused with the way out when this GDAL cannot read the archive."""
    name = Path(path).name
    why = refusal(path, label)
    if why:
        raise QgsProcessingException(why)
    root = f"/vsi7z/{path}"
    stat = os.stat(path)
    folder = Path(QgsProcessingUtils.tempFolder()) / f"{name}-{stat.st_size}-{stat.st_mtime_ns}"
    members = [
        m for m in _members(root, name) if (folder / m).resolve().is_relative_to(folder.resolve())
    ]
    readable = [m for m in members if m.lower().endswith(READABLE_SUFFIXES)]
    if not readable:
        raise QgsProcessingException(
            tr("{parameter}: the archive {file} holds no GeoPackage or other vector file.").format(
                parameter=label, file=name
            )
        )
    for member in members:
        _extract(f"{root}/{member}", folder / member, feedback)
    return [str(folder / member) for member in readable]


def _damaged(name: str) -> QgsProcessingException:
    return QgsProcessingException(
        tr("The archive member {file} cannot be read: the archive may be damaged.").format(
            file=name
        )
    )


def _members(root: str, name: str) -> list:
    """The vector files listed in the archive (GDAL may raise or return None on a bad one)."""
    try:
        listed = gdal.ReadDirRecursive(root) or []
    except RuntimeError as error:
        raise _damaged(name) from error
    return sorted(m for m in listed if m.lower().endswith(VECTOR_SUFFIXES))


def _extract(source: str, target: Path, feedback) -> None:
    """Copy one archive member to target, unless a previous run already did. The copy is
    written under a name of its own and renamed once complete: two runs may extract at once."""
    if target.exists():
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    member = source.rsplit("/", 1)[-1]
    try:
        expected = gdal.VSIStatL(source).size
        handle = gdal.VSIFOpenL(source, "rb")
    except (RuntimeError, AttributeError) as error:
        raise _damaged(member) from error
    if handle is None:
        raise _damaged(member)
    descriptor, partial = tempfile.mkstemp(dir=target.parent, suffix=".part")
    try:
        written = 0
        with os.fdopen(descriptor, "wb") as output:
            while True:
                stop_if_cancelled(feedback)
                chunk = gdal.VSIFReadL(1, CHUNK_BYTES, handle)
                if not chunk:
                    break
                output.write(chunk)
                written += len(chunk)
        if written != expected:
            raise _damaged(member)
        os.replace(partial, target)
    finally:
        gdal.VSIFCloseL(handle)
        if os.path.exists(partial):
            os.unlink(partial)
