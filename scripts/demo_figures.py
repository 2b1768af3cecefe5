"""Print the key figures of the demo from its statistics GeoPackage."""

import sys
from pathlib import Path

from osgeo import ogr

CLASSES = (
    ("blanche", "zone blanche (no operator)"),
    ("grise", "zone grise (some operators)"),
    ("all", "all operators"),
)


def main(out: Path) -> None:
    source = ogr.Open(str(out / "mobile-stats.gpkg"))
    rows = [feature.items() for feature in source.GetLayer(0)]
    area = sum(r["area_km2"] for r in rows)
    population = sum(r["pop_total"] for r in rows)
    print(
        f"\nAveyron, 4G estimated from the 2018 Arcep sites (5 km): {len(rows)} communes, "
        f"{area:,.0f} km², {population:,.0f} inhabitants"
    )
    for key, label in CLASSES:
        km2 = sum(r[f"area_{key}_km2"] for r in rows)
        inhabitants = sum(r[f"pop_{key}"] for r in rows)
        print(
            f"  {label:<30} {km2:>8,.0f} km² ({100 * km2 / area:4.1f} %)"
            f"  {inhabitants:>9,.0f} inhabitants ({100 * inhabitants / population:4.1f} %)"
        )
    print("Communes with the most inhabitants in zone blanche:")
    for r in sorted(rows, key=lambda r: -r["pop_blanche"])[:5]:
        print(f"  {r['zone_name']:<28} {r['pop_blanche']:>7,.0f} of {r['pop_total']:>7,.0f}")
    print(f"Outputs in {out}/: " + ", ".join(sorted(p.name for p in out.glob("*.gpkg"))))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
