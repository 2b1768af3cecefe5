"""The report as one self-contained HTML page: styles inline, charts in SVG, maps as data URIs.

Every figure carries its exact value in a `data-value` attribute, beside the rounded text.
"""

import base64
from html import escape

from qgis.PyQt.QtCore import QDate, QLocale

from ...coverage.classes import ALL, BLANCHE, GRISE
from ...toolbelt.i18n import tr, user_language
from ..styles import RAMP
from .charts import bar_chart

TOP_UNITS = 15  # communes in the chart
CLASS_COLOURS = {BLANCHE: RAMP[0], GRISE: RAMP[2], ALL: RAMP[-1]}
OPERATOR_COLOUR = "#2b83ba"
BLANCHE_FIGURES = ("pop_blanche", "area_blanche_km2")

STYLE = """
body{font-family:sans-serif;margin:2em auto;max-width:1100px;color:#222;line-height:1.4}
h1{margin-bottom:.2em}.subtitle{color:#555;margin-top:0}
.figures{display:flex;flex-wrap:wrap;gap:12px;margin:1em 0}
.figure{border:1px solid #ccc;border-radius:6px;padding:10px 14px;min-width:190px}
.figure .value{font-size:1.6em;font-weight:bold}.figure .label{color:#555}
.blanche .value{color:#d7191c}
table{border-collapse:collapse;width:100%;font-size:.9em}
th,td{border-bottom:1px solid #ddd;padding:4px 6px}td.n,th.n{text-align:right}
th{background:#f2f2f2;text-align:left}
figure{margin:1em 0}figcaption{font-weight:bold;margin-bottom:.4em}
img.map{max-width:100%;border:1px solid #ccc}
.legend span.swatch{display:inline-block;width:14px;height:14px;margin:0 4px -2px 12px;
border:1px solid #6b6b6b}
.note{color:#555;font-size:.85em}
"""


class Numbers:
    """Numbers written the way the report's language writes them."""

    def __init__(self, language: str):
        self.locale = QLocale(
            QLocale.Language.French if language == "fr" else QLocale.Language.English
        )

    def __call__(self, value: float, decimals: int = 0) -> str:
        return self.locale.toString(float(value), "f", decimals)

    def percent(self, value: float) -> str:
        return tr("{value}%").format(value=self(value, 1))

    def km2(self, value: float) -> str:
        return tr("{value} km²").format(value=self(value, 2))


def cell(text: str, value=None, numeric: bool = False) -> str:
    attributes = f' data-value="{value!r}"' if value is not None else ""
    css = ' class="n"' if numeric else ""
    return f"<td{css}{attributes}>{escape(text)}</td>"


def figure_items(diagnostic, fmt: Numbers) -> list:
    """[(key, label, text, value)]: the key figures, for the HTML page and the PDF."""
    totals = diagnostic.totals

    def total(key, label, write=fmt):
        return key, label, write(totals[key]), totals[key]

    def share(key, label, write=fmt):
        """A total whose label tells its share ({pct}) of the whole."""
        return total(key, label.format(pct=fmt.percent(diagnostic.percent(key))), write)

    items = [
        ("units", tr("territory units"), fmt(len(diagnostic.units)), len(diagnostic.units)),
        total("pop_total", tr("inhabitants")),
        total("area_km2", tr("area"), fmt.km2),
        share("pop_blanche", tr("inhabitants in zone blanche ({pct})")),
        share("area_blanche_km2", tr("of zone blanche ({pct} of the area)"), fmt.km2),
        share("pop_grise", tr("inhabitants in zone grise ({pct})")),
        (
            "units_with_blanche",
            tr("territory units with a zone blanche"),
            fmt(diagnostic.units_with_blanche),
            diagnostic.units_with_blanche,
        ),
    ]
    if diagnostic.sites:
        last = diagnostic.sites[-1]
        items.append(
            (
                "sites_population",
                tr("inhabitants of zones blanches covered by {n} proposed sites").format(
                    n=len(diagnostic.sites)
                ),
                fmt(last.cumulative_population),
                last.cumulative_population,
            )
        )
    return items


def key_figures(diagnostic, fmt: Numbers) -> str:
    figures = "".join(
        f'<div class="figure{" blanche" if key in BLANCHE_FIGURES else ""}" data-key="{key}" '
        f'data-value="{value!r}"><div class="value">{escape(text)}</div>'
        f'<div class="label">{escape(label)}</div></div>'
        for key, label, text, value in figure_items(diagnostic, fmt)
    )
    return f'<div class="figures">{figures}</div>'


def charts(diagnostic, fmt: Numbers) -> str:
    totals = diagnostic.totals
    classes = [
        (tr("Zone blanche (no operator)"), totals["pop_blanche"], CLASS_COLOURS[BLANCHE]),
        (tr("Zone grise (some operators)"), totals["pop_grise"], CLASS_COLOURS[GRISE]),
        (tr("Every operator"), totals["pop_all"], CLASS_COLOURS[ALL]),
    ]
    parts = [bar_chart(tr("Inhabitants by coverage"), classes, fmt)]
    if diagnostic.operators:
        operators = [(n, v, OPERATOR_COLOUR) for n, v in diagnostic.operators.items()]
        parts.append(
            bar_chart(
                tr("Share of the inhabitants each operator covers"), operators, fmt.percent, 100.0
            )
        )
    top = [u for u in diagnostic.ranked_units() if u.values["pop_blanche"] > 0][:TOP_UNITS]
    if top:
        parts.append(
            bar_chart(
                tr("Territory units with the most inhabitants in zone blanche"),
                [
                    (u.name or u.zone_id, u.values["pop_blanche"], CLASS_COLOURS[BLANCHE])
                    for u in top
                ],
                fmt,
            )
        )
    if diagnostic.sites:
        parts.append(
            bar_chart(
                tr("Inhabitants of zones blanches covered, site after site"),
                [
                    (
                        tr("Site {rank}").format(rank=s.rank),
                        s.cumulative_population,
                        OPERATOR_COLOUR,
                    )
                    for s in diagnostic.sites
                ],
                fmt,
            )
        )
    return "".join(parts)


def map_figure(title: str, png: bytes, legend) -> str:
    data = base64.b64encode(png).decode("ascii")
    entries = "".join(
        f'<span class="swatch" style="background:{escape(colour)}"></span>{escape(label)}'
        for colour, label in legend
    )
    return (
        f'<figure class="map"><figcaption>{escape(title)}</figcaption>'
        f'<img class="map" alt="{escape(title)}" src="data:image/png;base64,{data}">'
        f'<div class="legend">{entries}</div></figure>'
    )


def unit_columns() -> list:
    """[(heading, numeric)] of the table of territory units."""
    return [
        (tr("Territory unit"), False),
        (tr("Code"), False),
        (tr("Inhabitants"), True),
        (tr("In zone blanche"), True),
        (tr("% in zone blanche"), True),
        (tr("In zone grise"), True),
        (tr("% in zone grise"), True),
        (tr("Zone blanche (km²)"), True),
    ]


def unit_rows(diagnostic, fmt: Numbers) -> list:
    """[(unit, [(text, exact value or None)])], most inhabitants in zone blanche first."""
    rows = []
    for unit in diagnostic.ranked_units():
        v = unit.values
        blanche_pct = 100 * v["pop_blanche"] / v["pop_total"] if v["pop_total"] else 0.0
        grise_pct = 100 * v["pop_grise"] / v["pop_total"] if v["pop_total"] else 0.0
        cells = [
            (unit.name, None),
            (unit.zone_id, None),
            (fmt(v["pop_total"]), v["pop_total"]),
            (fmt(v["pop_blanche"]), v["pop_blanche"]),
            (fmt.percent(blanche_pct), blanche_pct),
            (fmt(v["pop_grise"]), v["pop_grise"]),
            (fmt.percent(grise_pct), grise_pct),
            (fmt(v["area_blanche_km2"], 2), v["area_blanche_km2"]),
        ]
        rows.append((unit, cells))
    return rows


def units_table(diagnostic, fmt: Numbers) -> str:
    columns = unit_columns()
    head = "".join(f'<th{" class=n" if n else ""}>{escape(t)}</th>' for t, n in columns)
    rows = "".join(
        f'<tr data-zone-id="{escape(unit.zone_id)}">'
        + "".join(
            cell(text, value, numeric) for (text, value), (_t, numeric) in zip(cells, columns)
        )
        + "</tr>"
        for unit, cells in unit_rows(diagnostic, fmt)
    )
    return f'<table class="units"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'


def sites_table(diagnostic, fmt: Numbers) -> str:
    header = [
        tr("Rank"),
        tr("Inhabitants added"),
        tr("Cumulated inhabitants"),
        tr("Area added (km²)"),
    ]
    head = "".join(f"<th class=n>{escape(t)}</th>" for t in header)
    rows = [
        f'<tr data-rank="{s.rank}">'
        + cell(str(s.rank), s.rank, True)
        + cell(fmt(s.gain_population), s.gain_population, True)
        + cell(fmt(s.cumulative_population), s.cumulative_population, True)
        + cell(fmt(s.gain_area_km2, 2), s.gain_area_km2, True)
        + "</tr>"
        for s in diagnostic.sites
    ]
    return (
        f'<table class="sites"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
    )


def title(territory: str) -> str:
    base = tr("Mobile coverage diagnostic")
    return f"{base} — {territory}" if territory else base


def html_page(diagnostic, territory: str, maps) -> str:
    """maps: [(title, PNG bytes, legend [(colour, label)])]."""
    language = "fr" if user_language() == "fr" else "en"
    fmt = Numbers(language)
    today = fmt.locale.toString(QDate.currentDate(), QLocale.FormatType.LongFormat)
    sections = [
        f"<h1>{escape(title(territory))}</h1>",
        '<p class="subtitle">'
        + escape(tr("Produced with QGIS and the T.Dat'Hack plugin on {date}.").format(date=today))
        + "</p>",
        f"<h2>{escape(tr('Key figures'))}</h2>",
        key_figures(diagnostic, fmt),
        f"<h2>{escape(tr('Maps'))}</h2>",
        *(map_figure(t, png, legend) for t, png, legend in maps),
        f"<h2>{escape(tr('Charts'))}</h2>",
        charts(diagnostic, fmt),
    ]
    if diagnostic.sites:
        sections += [
            f"<h2>{escape(tr('Proposed sites'))}</h2>",
            '<p class="note">'
            + escape(
                tr(
                    "Sites chosen one by one: each one covers the most inhabitants of the zones "
                    "blanches not yet covered by the sites before it."
                )
            )
            + "</p>",
            sites_table(diagnostic, fmt),
        ]
    sections += [
        f"<h2>{escape(tr('Territory units, by inhabitants in zone blanche'))}</h2>",
        units_table(diagnostic, fmt),
        '<p class="note">'
        + escape(
            tr(
                "Zone blanche: no operator; zone grise: some operators only ({n} expected). "
                "Inhabitants are spread by area share inside each territory unit."
            ).format(n=diagnostic.expected_operators)
        )
        + "</p>",
    ]
    return (
        f'<!DOCTYPE html>\n<html lang="{escape(language)}"><head><meta charset="utf-8">'
        f"<title>{escape(title(territory))}</title><style>{STYLE}</style></head>"
        f"<body>{''.join(sections)}</body></html>\n"
    )
