"""Points appended in bulk to an empty GeoPackage table, spatial index included.

QGIS's writer converts and inserts one feature at a time and GDAL then builds the R-tree
entry by entry: about 20 µs a point. Here the rows go through one SQLite statement and the
R-tree is packed (sort-tile-recursive) and written node by node, in the format of SQLite's
rtree module (sqlite/ext/rtree/rtree.c: node 1 is the root, whose first two bytes hold the
depth; then the cell count; then cells of an 8-byte id and float32 bounds, big-endian).
"""

import os
import sqlite3
from collections.abc import Callable, Sequence
from contextlib import closing
from typing import Optional

import numpy as np

PLAIN = (type(None), str, int, float, bool)
CELL = np.dtype([("id", ">i8"), ("bounds", ">f4", 4)])  # minx, maxx, miny, maxy
GPKG_POINT_HEADER = b"GP\x00\x01"  # magic, version 0, little-endian, no envelope
WKB_POINT = bytes([1, 1, 0, 0, 0])
ROWS_PER_STEP = 50_000
FID = "fid"  # the FID column QGIS's writer gives a GeoPackage table


def quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def values_fit(names: Sequence[str], columns: Sequence[Sequence]) -> bool:
    """Whether columns of values (of fields names) go into SQLite as they are: every value
    is None, a string or a number, and FIDs (a field named fid), if given, distinct integers."""
    if not all(set(map(type, column)) <= set(PLAIN) for column in columns):
        return False
    fids = [column for name, column in zip(names, columns) if name.lower() == FID]
    return all(set(map(type, c)) <= {int} and len(set(c)) == len(c) for c in fids)


def point_blobs(xy: np.ndarray, srs_id: int) -> list:
    """GeoPackage geometry blobs (header without envelope + WKB point) of (n, 2) coordinates."""
    head = GPKG_POINT_HEADER + np.int32(srs_id).astype("<i4").tobytes() + WKB_POINT
    raw = np.empty((len(xy), len(head) + 16), dtype=np.uint8)
    raw[:, : len(head)] = np.frombuffer(head, dtype=np.uint8)
    raw[:, len(head) :] = np.ascontiguousarray(xy, dtype="<f8").view(np.uint8).reshape(-1, 16)
    return [bytes(row) for row in raw.view(f"V{raw.shape[1]}").ravel()]


def _float32(values: np.ndarray, direction: float) -> np.ndarray:
    """values as float32, rounded towards direction (-inf for minima, +inf for maxima) as the
    rtree module stores bounds, so that a box always contains what it bounds."""
    rounded = values.astype(np.float32)
    wrong = rounded > values if direction < 0 else rounded < values
    rounded[wrong] = np.nextafter(rounded[wrong], np.float32(direction))
    return rounded


def _tiles(boxes: np.ndarray, capacity: int) -> np.ndarray:
    """Sort-tile-recursive order of boxes (minx, maxx, miny, maxy): vertical slices by
    x centre, each sorted by y centre, so consecutive runs of capacity boxes are compact."""
    nodes = -(-len(boxes) // capacity)
    per_slice = capacity * int(np.ceil(np.sqrt(nodes)))
    by_x = np.argsort(boxes[:, 0] + boxes[:, 1], kind="stable")
    slice_of = np.arange(len(boxes)) // per_slice
    y = boxes[by_x, 2] + boxes[by_x, 3]
    return by_x[np.lexsort((y, slice_of))]


def packed_rtree(ids: np.ndarray, xy: np.ndarray, capacity: int) -> list:
    """Levels of a packed R-tree over points, leaves first: per level (ids of the cells,
    float32 bounds of the cells, node of each cell); the last level has one node."""
    x, y = xy[:, 0], xy[:, 1]
    boxes = np.column_stack(
        [_float32(x, -np.inf), _float32(x, np.inf), _float32(y, -np.inf), _float32(y, np.inf)]
    )
    cell_ids = np.asarray(ids, dtype=np.int64)
    levels = []
    while True:
        order = _tiles(boxes.astype(float), capacity)
        cell_ids, boxes = cell_ids[order], boxes[order]
        node = np.arange(len(boxes)) // capacity
        levels.append((cell_ids, boxes, node))
        if node[-1] == 0:
            return levels
        starts = np.arange(0, len(boxes), capacity)
        boxes = np.column_stack(
            [
                np.minimum.reduceat(boxes[:, 0], starts),
                np.maximum.reduceat(boxes[:, 1], starts),
                np.minimum.reduceat(boxes[:, 2], starts),
                np.maximum.reduceat(boxes[:, 3], starts),
            ]
        )
        cell_ids = np.arange(len(starts), dtype=np.int64)  # node positions, numbered later


def rtree_rows(levels: list, node_size: int) -> tuple:
    """(node rows, parent rows, rowid rows) of the rtree shadow tables for packed levels."""
    capacity = (node_size - 4) // CELL.itemsize
    first, numbers = 1, []
    for _ids, _boxes, node in reversed(levels):  # root is node 1, then level by level
        count = int(node[-1]) + 1
        numbers.insert(0, np.arange(first, first + count, dtype=np.int64))
        first += count
    depth = len(levels) - 1
    node_rows, parent_rows = [], []
    for level, (ids, boxes, node) in enumerate(levels):
        cells = np.zeros((len(numbers[level]), capacity), dtype=CELL)
        slot = np.arange(len(ids)) - node * capacity
        cells["id"][node, slot] = ids if level == 0 else numbers[level - 1][ids]
        cells["bounds"][node, slot] = boxes
        counts = np.bincount(node, minlength=len(numbers[level]))
        header = np.zeros((len(counts), 4), dtype=np.uint8)
        header[:, 2:] = counts.astype(">u2").view(np.uint8).reshape(-1, 2)
        if level == depth:
            header[0, :2] = list(depth.to_bytes(2, "big"))
        padding = bytes(node_size - 4 - capacity * CELL.itemsize)
        blobs = [h.tobytes() + c.tobytes() + padding for h, c in zip(header, cells)]
        node_rows += zip(numbers[level].tolist(), blobs)
        if level > 0:
            children = numbers[level - 1][ids]
            parent_rows += zip(children.tolist(), numbers[level][node].tolist())
    leaf_ids, _boxes, leaf_node = levels[0]
    by_id = np.argsort(leaf_ids, kind="stable")  # SQLite inserts keys in order far faster
    rowid_rows = zip(leaf_ids[by_id].tolist(), numbers[0][leaf_node[by_id]].tolist())
    return node_rows, parent_rows, list(rowid_rows)


class GeoPackageTable:
    """An empty point table of a GeoPackage that QGIS or GDAL created, filled in bulk."""

    def __init__(self, path: str, table: str):
        self.path, self.table = path, table
        with closing(sqlite3.connect(path)) as connection:
            info = connection.execute(f"PRAGMA table_info({quoted(table)})").fetchall()
            self.columns = [row[1] for row in info]
            self.fid = next(row[1] for row in info if row[5])
            self.geometry, self.srs_id = connection.execute(
                "SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE table_name = ?",
                (table,),
            ).fetchone()
            first = connection.execute(f"SELECT 1 FROM {quoted(table)} LIMIT 1").fetchone()
            self.empty = first is None
        self.rtree = f"rtree_{table}_{self.geometry}"

    @classmethod
    def find(cls, path: str, table: Optional[str]) -> Optional["GeoPackageTable"]:
        """The feature table of a GeoPackage (the only one when table is not given), or None."""
        if not os.path.exists(path):
            return None
        with closing(sqlite3.connect(path)) as connection:
            rows = connection.execute(
                "SELECT table_name FROM gpkg_contents WHERE data_type = 'features'"
            ).fetchall()
        tables = [row[0] for row in rows]
        if not table and len(tables) == 1:
            table = tables[0]
        return cls(path, table) if table in tables else None

    def accepts(self, names: Sequence[str]) -> bool:
        """Whether the table is empty and its attribute columns are exactly names (the FID
        column may be one of them), as SQLite compares names: without regard to case."""
        attributes = sorted(c.lower() for c in self.columns if c != self.geometry)
        wanted = {name.lower() for name in names} | {self.fid.lower()}
        return (
            self.empty
            and len(names) == len(set(n.lower() for n in names))
            and (attributes == sorted(wanted))
        )

    def append_points(
        self,
        names: Sequence[str],
        columns: Sequence[Sequence],
        xy: np.ndarray,
        progress: Callable[[float], None],
    ) -> None:
        """Insert one row per point (values_fit and accepts must hold), then the spatial index,
        extent and feature count, in one transaction. progress(share done) is called between
        steps and may raise to cancel: nothing is then added."""
        columns, names = list(columns), list(names)
        lowered = [name.lower() for name in names]
        if self.fid.lower() in lowered:
            fids = np.asarray(columns[lowered.index(self.fid.lower())], dtype=np.int64)
        else:
            fids = np.arange(1, len(xy) + 1, dtype=np.int64)
            names.append(self.fid)
            columns.append(fids.tolist())
        names.append(self.geometry)
        columns.append(point_blobs(xy, self.srs_id))
        insert = (
            f"INSERT INTO {quoted(self.table)} ({', '.join(map(quoted, names))}) "
            f"VALUES ({', '.join('?' * len(names))})"
        )
        connection = sqlite3.connect(self.path, isolation_level=None)
        try:
            connection.execute("BEGIN IMMEDIATE")  # waits for, rather than fails on, a lock
            triggers = connection.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
                "AND sql LIKE '%AFTER INSERT%'",
                (self.table,),
            ).fetchall()
            for name, _sql in triggers:  # per-row R-tree and count updates, done in bulk below
                connection.execute(f"DROP TRIGGER {quoted(name)}")
            rows = list(zip(*columns))
            for start in range(0, len(rows), ROWS_PER_STEP):
                progress(0.8 * start / len(rows))
                connection.executemany(insert, rows[start : start + ROWS_PER_STEP])
            progress(0.8)
            self._index(connection, fids, xy)
            for _name, sql in triggers:
                connection.execute(sql)
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:  # SQLite has already rolled back on a full disk
                connection.execute("ROLLBACK")
            raise
        finally:
            connection.close()

    def _index(self, connection, fids: np.ndarray, xy: np.ndarray) -> None:
        """R-tree, gpkg_contents extent and gpkg_ogr_contents count of the new rows."""
        if len(xy):
            connection.execute(
                "UPDATE gpkg_contents SET min_x = ?, max_x = ?, min_y = ?, max_y = ?, "
                "last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE table_name = ?",
                (
                    *map(float, (xy[:, 0].min(), xy[:, 0].max(), xy[:, 1].min(), xy[:, 1].max())),
                    self.table,
                ),
            )
        if connection.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'gpkg_ogr_contents'"
        ).fetchone():
            connection.execute(
                "UPDATE gpkg_ogr_contents SET feature_count = ? WHERE lower(table_name) = lower(?)",
                (len(xy), self.table),
            )
        exists = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE name = ?", (f"{self.rtree}_node",)
        ).fetchone()
        if not exists or not len(xy):
            return
        node_size = connection.execute(
            f"SELECT length(data) FROM {quoted(self.rtree + '_node')} WHERE nodeno = 1"
        ).fetchone()[0]
        levels = packed_rtree(fids, xy, (node_size - 4) // CELL.itemsize)
        nodes, parents, rowids = rtree_rows(levels, node_size)
        for suffix in ("_node", "_parent", "_rowid"):
            connection.execute(f"DELETE FROM {quoted(self.rtree + suffix)}")
        connection.executemany(f"INSERT INTO {quoted(self.rtree + '_node')} VALUES (?, ?)", nodes)
        connection.executemany(
            f"INSERT INTO {quoted(self.rtree + '_parent')} VALUES (?, ?)", parents
        )
        connection.executemany(f"INSERT INTO {quoted(self.rtree + '_rowid')} VALUES (?, ?)", rowids)
