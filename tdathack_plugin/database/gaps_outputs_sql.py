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


def stats(operators):
    """Statistics per territory unit, with a coverage share per operator."""
    sums = [
        sql.SQL("coalesce(sum(z.area_m2), 0) AS area"),
        sql.SQL("coalesce(sum(z.demand), 0) AS pop"),
    ]
    for number, name in enumerate((BLANCHE, GRISE, ALL)):
        for kind, value in (("area", "area_m2"), ("pop", "demand")):
            sums.append(
                sql.SQL(
                    "coalesce(sum(z.{value}) FILTER (WHERE z.class = {name}), 0) AS {alias}"
                ).format(
                    value=identifier(value),
                    name=text(name),
                    alias=identifier(f"{kind}_{number}"),
                )
            )
    for number, name in enumerate(operators):
        for kind, value in (("op_area", "area_m2"), ("op_pop", "demand")):
            sums.append(
                sql.SQL(
                    "coalesce(sum(z.{value}) FILTER (WHERE {name} = ANY(z.operators)), 0) "
                    "AS {alias}"
                ).format(
                    value=identifier(value),
                    name=text(name),
                    alias=identifier(f"{kind}_{number}"),
                )
            )
    area, pop, km2 = sql.SQL("s.area"), sql.SQL("s.pop"), sql.Literal(M2_PER_KM2)
    columns = [sql.SQL("s.unit_id AS zone_id"), sql.SQL("s.unit_name AS zone_name")]
    columns.append(sql.SQL("s.area / {} AS area_km2").format(km2))
    names = (BLANCHE, GRISE, ALL)
    for number, name in enumerate(names):
        columns.append(
            sql.SQL("s.{} / {} AS {}").format(
                identifier(f"area_{number}"), km2, identifier(f"area_{name}_km2")
            )
        )
    for number, name in enumerate(names):
        part = sql.SQL("s.{}").format(identifier(f"area_{number}"))
        columns.append(
            sql.SQL("{} AS {}").format(percent(part, area), identifier(f"area_{name}_pct"))
        )
    columns.append(sql.SQL("s.pop AS pop_total"))
    for number, name in enumerate(names):
        columns.append(
            sql.SQL("s.{} AS {}").format(identifier(f"pop_{number}"), identifier(f"pop_{name}"))
        )
    for number, name in enumerate(names):
        part = sql.SQL("s.{}").format(identifier(f"pop_{number}"))
        columns.append(
            sql.SQL("{} AS {}").format(percent(part, pop), identifier(f"pop_{name}_pct"))
        )
    for number, name in enumerate(operators):
        suffix = field_suffix(name)
        for kind, whole, alias in (
            ("op_area", area, f"cov_{suffix}_pct"),
            ("op_pop", pop, f"pop_cov_{suffix}_pct"),
        ):
            part = sql.SQL("s.{}").format(identifier(f"{kind}_{number}"))
            columns.append(sql.SQL("{} AS {}").format(percent(part, whole), identifier(alias)))
    return sql.SQL(
        """
SELECT {columns}
FROM (SELECT u.unit_no, u.unit_id, u.unit_name, {sums}
      FROM tdh_units AS u LEFT JOIN tdh_zones AS z USING (unit_id)
      GROUP BY u.unit_no, u.unit_id, u.unit_name) AS s
ORDER BY s.unit_no"""
    ).format(columns=sql.SQL(", ").join(columns), sums=sql.SQL(", ").join(sums))
