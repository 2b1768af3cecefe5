"""Geometry hygiene for big coverage inputs: repair, keep polygons, subdivide."""

import struct

from qgis.core import QgsGeometry, QgsRectangle, QgsWkbTypes

from ..toolbelt import qgis_enums
from .splitting import POLYGONS

MAX_VERTICES = 256


def polygonal(geometry: QgsGeometry) -> QgsGeometry:
    """The polygon parts of a geometry (a repair may leave lines or points beside them)."""
    return POLYGONS.parts(geometry)


def repaired(geometry: QgsGeometry):
    """(valid polygonal geometry, True when it had to be repaired)."""
    if geometry.isNull() or geometry.isEmpty():
        return QgsGeometry(), False
    if geometry.isGeosValid():
        return geometry, False
    return polygonal(geometry.makeValid()), True


def vertex_count(geometry: QgsGeometry) -> int:
    return geometry.constGet().nCoordinates() if not geometry.isNull() else 0


def subdivide(geometry: QgsGeometry, max_vertices: int = MAX_VERTICES):
    """Split a (valid) polygon into pieces of at most about max_vertices vertices.

    Halves the bounding box along its longer side until pieces are small, so later overlays
    only touch the few vertices near each territory unit instead of a national multipolygon.
    """
    if geometry.isNull() or geometry.isEmpty():
        return
    if vertex_count(geometry) <= max_vertices:
        yield geometry
        return
    box = geometry.boundingBox()
    if box.width() >= box.height():
        middle = box.xMinimum() + box.width() / 2
        halves = (
            QgsRectangle(box.xMinimum(), box.yMinimum(), middle, box.yMaximum()),
            QgsRectangle(middle, box.yMinimum(), box.xMaximum(), box.yMaximum()),
        )
    else:
        middle = box.yMinimum() + box.height() / 2
        halves = (
            QgsRectangle(box.xMinimum(), box.yMinimum(), box.xMaximum(), middle),
            QgsRectangle(box.xMinimum(), middle, box.xMaximum(), box.yMaximum()),
        )
    for half in halves:
        piece = polygonal(geometry.intersection(QgsGeometry.fromRect(half)))
        if not piece.isEmpty() and piece.area() > 0:
            yield from subdivide(piece, max_vertices)


def outline_chunks(geometry: QgsGeometry, max_vertices: int = MAX_VERTICES):
    """The rings of a polygon as lines of at most max_vertices vertices each (consecutive
    chunks share their end vertex), so that only the chunks near a place need noding.

    Chunks are cut from each ring's WKB: a national outline has millions of vertices, too many
    to go through Python one point at a time."""
    if geometry.isNull() or geometry.isEmpty():
        return
    boundary = QgsGeometry(geometry.constGet().boundary())
    for ring in boundary.constParts():
        if QgsWkbTypes.flatType(ring.wkbType()) != qgis_enums.WKB_LINE_STRING:
            ring = ring.segmentize()  # a curve (CircularString, CompoundCurve): straight lines
        wkb = bytes(ring.asWkb())
        order = "<" if wkb[0] == 1 else ">"
        (count,) = struct.unpack_from(order + "I", wkb, 5)
        if count < 2:
            continue
        size = (len(wkb) - 9) // count  # bytes per vertex: 16, 24 (Z or M) or 32 (ZM)
        for start in range(0, count - 1, max_vertices - 1):
            end = min(start + max_vertices, count)
            chunk = QgsGeometry()
            chunk.fromWkb(
                wkb[:5]
                + struct.pack(order + "I", end - start)
                + wkb[9 + start * size : 9 + end * size]
            )
            yield chunk
