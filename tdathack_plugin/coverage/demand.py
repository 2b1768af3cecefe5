"""Demand (population, establishments...) weighted on the pieces of a territory unit."""

from qgis.core import QgsGeometry, QgsSpatialIndex

from .splitting import prepared


class PolygonDemand:
    """Polygons with a value spread evenly over their area (communes, INSEE 200 m cells)."""

    def __init__(self, items):
        """items: [(valid polygon in the metric CRS, value)]."""
        self._items = [[g, float(v or 0), g.area()] for g, v in items if g.area() > 0]
        self._index = QgsSpatialIndex()
        for number, (geometry, _value, _area) in enumerate(self._items):
            self._index.addFeature(number, geometry.boundingBox())
        self._engines = {}

    def calibrate(self, units) -> None:
        """Share each polygon's value over the units it overlaps, counted once.

        Real boundaries overlap a little (simplified communes): where a polygon falls in several
        units at once, its value is spread over the summed overlapped area instead of its own
        area, so no inhabitant is counted twice. Parts outside every unit stay uncounted.
        """
        overlapped = [0.0] * len(self._items)
        for unit in units:
            unit_engine = prepared(unit)
            for number in self._index.intersects(unit.boundingBox()):
                geometry = self._items[number][0]
                if unit_engine.contains(geometry.constGet()):
                    overlapped[number] += self._items[number][2]
                elif unit_engine.intersects(geometry.constGet()) and not unit_engine.touches(
                    geometry.constGet()
                ):
                    overlapped[number] += geometry.intersection(unit).area()
        for item, area in zip(self._items, overlapped):
            item[2] = max(item[2], area)

    def total(self) -> float:
        return sum(value for _g, value, _a in self._items)

    def _engine(self, number):
        if number not in self._engines:
            self._engines[number] = prepared(self._items[number][0])
        return self._engines[number]

    def weights(self, unit: QgsGeometry, unit_engine, pieces: dict) -> dict:
        """{piece key: demand inside the piece}."""
        result = dict.fromkeys(pieces, 0.0)
        for number in self._index.intersects(unit.boundingBox()):
            geometry, value, area = self._items[number]
            if self._engine(number).contains(unit.constGet()):  # area: see calibrate()
                for key, piece in pieces.items():
                    result[key] += value * piece.area() / area
                continue
            if unit_engine.contains(geometry.constGet()):
                inside = geometry
            elif unit_engine.intersects(geometry.constGet()) and not unit_engine.touches(
                geometry.constGet()
            ):  # neighbours that only share a border are the usual case: no overlay for them
                inside = geometry.intersection(unit)
            else:
                continue
            if inside.area() <= 0:
                continue
            inside_engine = prepared(inside)
            for key, piece in pieces.items():
                if inside_engine.intersects(piece.constGet()):
                    result[key] += value * piece.intersection(inside).area() / area
        return result


class PointDemand:
    """Points counted once each, or weighted by a value (addresses, establishments, sites)."""

    def __init__(self, items):
        """items: [(point geometry in the metric CRS, weight)]."""
        self._items = [(g, float(v)) for g, v in items if not g.isEmpty()]
        self._index = QgsSpatialIndex()
        for number, (geometry, _value) in enumerate(self._items):
            self._index.addFeature(number, geometry.boundingBox())
        self._assigned = set()

    def total(self) -> float:
        return sum(value for _g, value in self._items)

    def unassigned(self) -> int:
        """How many points fell in no territory unit so far."""
        return len(self._items) - len(self._assigned)

    def weights(self, unit: QgsGeometry, unit_engine, pieces: dict) -> dict:
        """{piece key: summed weight of the points inside}; a point is counted in one unit only."""
        result = dict.fromkeys(pieces, 0.0)
        engines = {key: prepared(piece) for key, piece in pieces.items()}
        for number in self._index.intersects(unit.boundingBox()):
            if number in self._assigned:
                continue
            point, value = self._items[number]
            if not unit_engine.intersects(point.constGet()):
                continue
            self._assigned.add(number)
            key = next((k for k, e in engines.items() if e.intersects(point.constGet())), None)
            if key is None:  # on a sliver dropped by the overlay: nearest piece
                key = min(pieces, key=lambda k: pieces[k].distance(point))
            result[key] += value
        return result
