"""Units partitioned tile by tile give what unit-by-unit overlays give."""

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsGeometry,
)

from tdathack_plugin.coverage import arrangement
from tdathack_plugin.coverage.geometry import outline_chunks, repaired
from tdathack_plugin.coverage.overlay import CoverageSources, point_inside
from tdathack_plugin.toolbelt import qgis_enums

from . import aveyron
from .squares import COVERAGE, UNITS, expected_areas, rect

pytestmark = pytest.mark.usefixtures("tdathack_provider")


def square_sources():
    return CoverageSources({name: [rect(b) for b in boxes] for name, boxes in COVERAGE.items()})


def areas(pieces: dict) -> dict:
    return {key: geometry.area() for key, geometry in pieces.items()}


def assert_same_partitions(sources, units, tolerance):
    tiled = dict(arrangement.partitions(sources, units))
    assert sorted(tiled) == list(range(len(units)))
    for number, unit in enumerate(units):
        expected = areas(sources.partition(unit))
        got = areas(tiled[number])
        assert set(got) == set(expected), number
        for key, value in expected.items():
            assert got[key] == pytest.approx(value, abs=tolerance * unit.area()), (number, key)
        assert all(geometry.isGeosValid() for geometry in tiled[number].values())


def test_tiles_hold_every_unit_once_within_the_vertex_budget():
    units = [
        rect((x * 100, y * 100, x * 100 + 100, y * 100 + 100)) for x in range(30) for y in range(30)
    ]
    tiles = arrangement.tiles(units, max_vertices=50)  # 5 vertices a square: 10 squares a tile
    assert sorted(n for tile in tiles for n in tile) == list(range(900))
    assert all(len(tile) <= 10 for tile in tiles) and len(tiles) <= 120
    for tile in tiles:  # neighbours together, not rows across the grid
        box = units[tile[0]].boundingBox()
        for number in tile[1:]:
            box.combineExtentWith(units[number].boundingBox())
        assert box.area() <= arrangement.MAX_SPREAD * 100 * 100 * len(tile)


def test_squares_have_their_exact_areas():
    units = [rect(box) for box in UNITS.values()]
    found = dict(arrangement.partitions(square_sources(), units))
    for number, box in enumerate(UNITS.values()):
        expected = expected_areas(box)
        assert set(found[number]) == set(expected)
        for key, value in expected.items():
            assert found[number][key].area() == pytest.approx(value, rel=1e-9)


def test_overlapping_units_each_get_the_overlap():
    units = [rect((700000, 6600000, 701000, 6601000)), rect((700500, 6600000, 701500, 6601000))]
    found = dict(arrangement.partitions(square_sources(), units))
    for number, unit in enumerate(units):
        assert sum(areas(found[number]).values()) == pytest.approx(unit.area(), rel=1e-9)
    assert_same_partitions(square_sources(), units, 1e-9)


def test_a_tile_whose_faces_do_not_add_up_falls_back_to_unit_by_unit(monkeypatch):
    original = arrangement.collected

    def losing_one_face(faces):
        return original(faces[1:]) if len(faces) > 1 else QgsGeometry()

    monkeypatch.setattr(arrangement, "collected", losing_one_face)
    units = [rect(box) for box in UNITS.values()]
    units.append(rect((700000, 6600000, 701000, 6601000)))
    overlaid = []
    partition = CoverageSources.partition
    monkeypatch.setattr(
        CoverageSources,
        "partition",
        lambda self, unit: overlaid.append(unit) or partition(self, unit),
    )
    assert_same_partitions(square_sources(), units, 1e-9)
    assert len(overlaid) == 2 * len(units)  # once by the fallback, once by the comparison


def test_a_unit_smaller_than_a_sliver_stays_whole_with_its_operators():
    tiny = rect((700100, 6600700, 700100.0005, 6600700.0005))
    big = rect(UNITS["B"])
    found = dict(arrangement.partitions(square_sources(), [tiny, big]))
    assert list(found[0]) == [frozenset({"Orange"})]
    assert found[0][frozenset({"Orange"})].area() == pytest.approx(2.5e-7)


def aveyron_inputs():
    """(commune outlines, {operator: estimated 4G coverage}, their extent) in Lambert-93."""
    crs = QgsCoordinateReferenceSystem("EPSG:2154")
    request = QgsFeatureRequest().setDestinationCrs(crs, QgsCoordinateTransformContext())
    units = [repaired(f.geometry())[0] for f in aveyron.communes().getFeatures(request)]
    sources = {}
    for feature in aveyron.coverage_4g(aveyron.communes()).getFeatures(request):
        sources.setdefault(feature["operator"], []).append(feature.geometry())
    box = units[0].boundingBox()
    for unit in units[1:]:
        box.combineExtentWith(unit.boundingBox())
    return units, sources, box


def test_aveyron_pieces_lie_in_exactly_their_operators():
    """Real communes and coverage: every piece is inside the coverage of each operator of its
    set and outside the others' (checked by overlays with each operator's whole coverage),
    and the pieces of a commune add up to it."""
    units, sources, box = aveyron_inputs()
    coverage = {name: QgsGeometry.unaryUnion(geometries) for name, geometries in sources.items()}
    found = dict(arrangement.partitions(CoverageSources(sources, box), units))
    assert len(found) == 285
    for number, unit in enumerate(units):
        assert sum(areas(found[number]).values()) == pytest.approx(unit.area(), rel=1e-9)
        wrong = 0.0
        for key, piece in found[number].items():
            for name, covered in coverage.items():
                outside = piece.difference(covered) if name in key else piece.intersection(covered)
                wrong += outside.area() if not outside.isEmpty() else 0.0
        assert wrong <= 1e-6 * unit.area(), number


def test_coverage_in_overlapping_and_adjacent_pieces_gives_the_same_areas():
    """Coverage as it often comes (discs per site, one polygon per level): several polygons
    per operator, overlapping or sharing edges, count once."""
    pieces = dict(COVERAGE)
    pieces["Orange"] = [(700000, 6600000, 701000, 6601000), (700800, 6600000, 701500, 6601000)]
    pieces["SFR"] = [(700500, 6600000, 701500, 6601000), (701500, 6600000, 702500, 6601000)]
    sources = CoverageSources({name: [rect(b) for b in boxes] for name, boxes in pieces.items()})
    units = [rect(box) for box in UNITS.values()]
    found = dict(arrangement.partitions(sources, units))
    for number, box in enumerate(UNITS.values()):
        expected = expected_areas(box)
        assert set(found[number]) == set(expected)
        for key, value in expected.items():
            assert found[number][key].area() == pytest.approx(value, rel=1e-9)
            assert found[number][key].isGeosValid()


def test_aveyron_tiles_give_what_unit_by_unit_overlays_give():
    units, sources, box = aveyron_inputs()
    assert_same_partitions(CoverageSources(sources, box), units, 1e-9)


@pytest.mark.parametrize(
    "wkt",
    [  # faces of Bretagne's arrangement where GEOS 3.11's pointOnSurface is not inside
        "Polygon ((236977.07316477445 6731983.25716789, 237014.70205588813 6732397.070547932, "
        "237033.8781743334 6732374.000281179, 237014.01631587002 6732364.606321742, "
        "237011.6193786454 6732363.169652858, 236977.07316477445 6731983.25716789))",
        "Polygon ((239055.0102712391 6734408.590575748, 238935.04373440798 6735169.693753332, "
        "239042.26118435006 6735105.430086949, 238942.84873358658 6735120.176531007, "
        "239055.0102712391 6734408.590575748))",
        "Polygon ((0 0, 10 0, 10 10, 0 10, 0 0))",
    ],
)
def test_the_point_that_classifies_a_face_is_inside_it(wkt):
    face = QgsGeometry.fromWkt(wkt)
    assert face.contains(point_inside(face))


@pytest.mark.parametrize(
    "wkt",
    [
        "Polygon ((0 0, 9 0, 9 9, 5 9, 0 9, 0 0), (2 2, 3 2, 3 3, 2 3, 2 2))",
        "PolygonZM ((0 0 1 5, 9 0 2 6, 9 9 3 7, 0 9 4 8, 0 0 1 5))",
    ],
)
def test_outline_chunks_follow_every_ring_vertex_by_vertex(wkt):
    """Consecutive chunks share their end vertex and together give each ring back, Z and M
    included."""
    polygon = QgsGeometry.fromWkt(wkt)
    chunks = list(outline_chunks(polygon, max_vertices=3))
    assert all(chunk.constGet().nCoordinates() <= 3 for chunk in chunks)
    boundary = QgsGeometry(polygon.constGet().boundary())
    rings = [ring.points() for ring in boundary.constParts()]
    rebuilt = []
    for chunk in chunks:
        points = chunk.constGet().points()
        ring_open = rebuilt and len(rebuilt[-1]) < len(rings[len(rebuilt) - 1])
        if ring_open and rebuilt[-1][-1] == points[0]:
            rebuilt[-1].extend(points[1:])
        else:
            rebuilt.append(points)
    assert rebuilt == rings


def test_a_curved_outline_is_chunked_as_straight_lines():
    polygon = QgsGeometry.fromWkt(
        "CurvePolygon (CompoundCurve (CircularString (0 0, 5 5, 10 0), (10 0, 0 0)))"
    )
    chunks = list(outline_chunks(polygon, max_vertices=16))
    assert len(chunks) > 1
    assert all(chunk.wkbType() == qgis_enums.WKB_LINE_STRING for chunk in chunks)
    assert chunks[0].constGet().startPoint() == chunks[-1].constGet().endPoint()


def test_tiles_come_back_in_order_and_a_stop_leaves_no_work_running():
    """partitions() nodes tiles on every core but yields them in order; leaving early (cancel)
    returns at once with the tiles in progress finished."""
    units = [rect((x * 10, 0, x * 10 + 10, 10)) for x in range(200)]
    sources = CoverageSources({"A": [rect((0, 0, 1000, 5))]})
    numbers = [number for number, _pieces in arrangement.partitions(sources, units)]
    tiles = arrangement.tiles(units, arrangement.TILE_VERTICES, sources.outline_density())
    assert numbers == [number for tile in tiles for number in tile]
    early = arrangement.partitions(sources, units)
    next(early)
    early.close()  # the pool is shut down: no thread keeps running
