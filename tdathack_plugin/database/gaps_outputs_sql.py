"""The two outputs of mobile gaps, as queries on the working tables (gaps_sql.py): the same
fields, in the same order, as the local engine writes (algorithms/mobile_gaps_fields.py)."""

from psycopg2 import sql

from ..coverage.classes import ALL, BLANCHE, GRISE
from ..coverage.operators import field_suffix
from ..coverage.units import M2_PER_KM2
from .sources_sql import identifier, output_geometry, percent, text


def zones(binary: bool):
    """The zones; binary: their geometry as WKB (streamed to QGIS), else as it is (a table)."""
    return sql.SQL(
        """
SELECT z.unit_id AS zone_id, u.unit_name AS zone_name, z.class, z.n_operators,
       z.present AS operators, z.missing, z.area_m2 / {km2} AS area_km2,
       z.demand AS population, {geometry}
FROM tdh_zones AS z JOIN tdh_units AS u USING (unit_id)
ORDER BY u.unit_no, z.n_operators DESC, z.present"""
    ).format(
        km2=sql.Literal(M2_PER_KM2),
        geometry=output_geometry("z", binary),
    )


CLASSES = (BLANCHE, GRISE, ALL)
MEASURES = (("area", "area_m2"), ("pop", "demand"))  # (alias prefix, column of tdh_zones)


def _sums(operators) -> list:
    """Per unit: its area and population, and their parts in each class (area_0, pop_0...)
    and covered by each operator (op_area_0, op_pop_0...)."""
    sums = [
        sql.SQL("coalesce(sum(z.area_m2), 0) AS area"),
        sql.SQL("coalesce(sum(z.demand), 0) AS pop"),
    ]
    for prefix, condition, names in (
        ("", "z.class = {}", CLASSES),
        ("op_", "{} = ANY(z.operators)", operators),
    ):
        for number, name in enumerate(names):
            for kind, value in MEASURES:
                sums.append(
                    sql.SQL(
                        "coalesce(sum(z.{value}) FILTER (WHERE {condition}), 0) AS {alias}"
                    ).format(
                        value=identifier(value),
                        condition=sql.SQL(condition).format(text(name)),
                        alias=identifier(f"{prefix}{kind}_{number}"),
                    )
                )
    return sums


def _share(part: str, whole, alias: str):
    """The sum `part` as a percentage of `whole`, named alias."""
    part = sql.SQL("s.{}").format(identifier(part))
    return sql.SQL("{} AS {}").format(percent(part, whole), identifier(alias))


def _columns(operators) -> list:
    """The fields of the statistics, from the sums of _sums() (alias s)."""
    area, pop, km2 = sql.SQL("s.area"), sql.SQL("s.pop"), sql.Literal(M2_PER_KM2)
    classes = list(enumerate(CLASSES))
    columns = [sql.SQL("s.unit_id AS zone_id"), sql.SQL("s.unit_name AS zone_name")]
    columns.append(sql.SQL("s.area / {} AS area_km2").format(km2))
    columns += [
        sql.SQL("s.{} / {} AS {}").format(
            identifier(f"area_{n}"), km2, identifier(f"area_{name}_km2")
        )
        for n, name in classes
    ]
    columns += [_share(f"area_{n}", area, f"area_{name}_pct") for n, name in classes]
    columns.append(sql.SQL("s.pop AS pop_total"))
    columns += [
        sql.SQL("s.{} AS {}").format(identifier(f"pop_{n}"), identifier(f"pop_{name}"))
        for n, name in classes
    ]
    columns += [_share(f"pop_{n}", pop, f"pop_{name}_pct") for n, name in classes]
    for number, name in enumerate(operators):
        suffix = field_suffix(name)
        columns.append(_share(f"op_area_{number}", area, f"cov_{suffix}_pct"))
        columns.append(_share(f"op_pop_{number}", pop, f"pop_cov_{suffix}_pct"))
    return columns


def stats(operators):
    """Statistics per territory unit, with a coverage share per operator."""
    return sql.SQL(
        """
SELECT {columns}
FROM (SELECT u.unit_no, u.unit_id, u.unit_name, {sums}
      FROM tdh_units AS u LEFT JOIN tdh_zones AS z USING (unit_id)
      GROUP BY u.unit_no, u.unit_id, u.unit_name) AS s
ORDER BY s.unit_no"""
    ).format(
        columns=sql.SQL(", ").join(_columns(operators)),
        sums=sql.SQL(", ").join(_sums(operators)),
    )
