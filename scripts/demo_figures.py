"""Print the key figures of the demo from its statistics GeoPackage."""

import sys
from pathlib import Path

from osgeo import ogr

CLASSES = (
    ("blanche", "zone blanche (no operator)"),
    ("grise", "zone grise (some operators)"),
    ("all", "all operators"),
)


def records(path: Path) -> list:
    """The attributes of every feature of a GeoPackage's first layer."""
    source = ogr.Open(str(path))  # kept referenced while its layer is read
    return [feature.items() for feature in source.GetLayer(0)]


def main(out: Path) -> None:
    rows = records(out / "mobile-stats.gpkg")
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
    sites = records(out / "candidate-sites.gpkg")
    if sites:
        print(
            f"{len(sites)} candidate sites would bring coverage to "
            f"{sites[-1]['cumulative_population']:,.0f} inhabitants of the zones blanches "
            f"(the first: {sites[0]['gain_population']:,.0f})."
        )
    markets = records(out / "wifi-markets.gpkg")
    uncovered = [m for m in markets if not m["covered"]]
    print(
        f"Paris: {len(uncovered)} of {len(markets)} open-air markets have no operational public "
        f"Wi-Fi hotspot within 100 m."
    )
    print(
        f"Outputs in {out}/: report.html, " + ", ".join(sorted(p.name for p in out.glob("*.gpkg")))
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
