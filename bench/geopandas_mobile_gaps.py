"""The GeoPandas overlay a data scientist would write for the same question (benchmark peer).

Runs in bench/.venv-geopandas (GeoPandas wheels bring their own numpy, which must not shadow the
numpy QGIS's GDAL bindings were built with). Prints class totals as JSON.
"""

import json
import sys
import time
from pathlib import Path

import geopandas as gpd
import pandas as pd

workdir = Path(sys.argv[1])
start = time.perf_counter()
communes = gpd.read_file(workdir / "communes.gpkg").to_crs(2154)
communes["geometry"] = communes.geometry.make_valid()
communes["commune_area"] = communes.area
coverage = gpd.read_file(workdir / "coverage.gpkg").to_crs(2154)
operators = sorted(coverage["operator"].unique())

union = None
for name in operators:
    layer = coverage[coverage["operator"] == name].dissolve()[["geometry"]]
    layer[name] = 1
    union = layer if union is None else gpd.overlay(union, layer, how="union", keep_geom_type=True)
union["n"] = union[operators].fillna(0).sum(axis=1)
pieces = gpd.overlay(
    communes[["code", "population", "commune_area", "geometry"]],
    union[["n", "geometry"]],
    how="identity",
    keep_geom_type=True,
)
pieces["n"] = pieces["n"].fillna(0)
pieces["cls"] = pd.cut(
    pieces["n"], [-1, 0, len(operators) - 1, len(operators)], labels=["blanche", "grise", "all"]
)
pieces["area"] = pieces.area
pieces["pop"] = pieces["population"].fillna(0) * pieces["area"] / pieces["commune_area"]
totals = pieces.groupby("cls", observed=False)[["area", "pop"]].sum()
seconds = time.perf_counter() - start
result = {k: totals.loc[k, "area"] / 1e6 for k in ("blanche", "grise", "all")}
result.update({f"pop_{k}": totals.loc[k, "pop"] for k in ("blanche", "grise", "all")})
print(json.dumps({"seconds": seconds, "totals": result}))
