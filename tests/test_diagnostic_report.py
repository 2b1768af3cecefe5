"""tdathack:diagnosticreport: figures equal the statistics, offline HTML, maps, PDF, language."""

import base64
import re
from html.parser import HTMLParser

import processing
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtGui import QColor, QImage

from .algorithm_runs import in_french
from .squares import POPULATION, coverage_layer, territory_layer
from .test_mobile_gaps import gaps

pytestmark = pytest.mark.usefixtures("tdathack_provider")


class Report(HTMLParser):
    """What a test reads in the report: key figures, table rows, images, text."""

    def __init__(self, text):
        super().__init__()
        self.figures, self.units, self.sites, self.images, self.words = {}, [], [], [], []
        self._row = None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "data-key" in attrs:
            self.figures[attrs["data-key"]] = float(attrs["data-value"])
        if tag == "tr" and "data-zone-id" in attrs:
            self._row = [attrs["data-zone-id"]]
            self.units.append(self._row)
        elif tag == "tr" and "data-rank" in attrs:
            self._row = []
            self.sites.append(self._row)
        elif tag == "td" and self._row is not None and "data-value" in attrs:
            self._row.append(float(attrs["data-value"]))
        if tag == "img":
            self.images.append(attrs["src"])

    def handle_endtag(self, tag):
        if tag == "tr":
            self._row = None

    def handle_data(self, data):
        self.words.append(data)

    @property
    def text(self):
        return " ".join(self.words)


@pytest.fixture(scope="module")
def squares(tmp_path_factory):
    """mobilegaps and candidatesites on the known squares (zones blanches only in B)."""
    folder = tmp_path_factory.mktemp("squares")
    territory = territory_layer()
    zones, stats = gaps(
        coverage_layer(), territory, folder, POPULATION=territory, POPULATION_FIELD="population"
    )
    blanche = processing.run(
        "native:extractbyattribute",
        {
            "INPUT": zones,
            "FIELD": "class",
            "OPERATOR": 0,
            "VALUE": "blanche",
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    sites = processing.run(
        "tdathack:candidatesites",
        {
            "GAPS": blanche,
            "DEMAND": blanche,
            "DEMAND_WEIGHT_FIELD": "population",
            "GRID_SPACING": 100,
            "RADIUS": 150,
            "COUNT": 3,
            "OUTPUT": str(folder / "sites.gpkg"),
        },
    )["OUTPUT"]
    return zones, stats, QgsVectorLayer(sites, "sites", "ogr")


def report(squares, path, **extra):
    zones, stats, sites = squares
    processing.run(
        "tdathack:diagnosticreport",
        {
            "STATS": stats,
            "ZONES": zones,
            "CANDIDATES": sites,
            "TERRITORY_NAME": "Carrés",
            "OUTPUT": str(path),
            **extra,
        },
    )
    return path.read_text(encoding="utf-8")


def test_figures_equal_the_statistics_and_units_are_sorted(squares, tmp_path):
    _zones, stats, sites = squares
    parsed = Report(report(squares, tmp_path / "report.html"))
    rows = list(stats.getFeatures())
    for key in ("pop_total", "pop_blanche", "pop_grise", "area_km2", "area_blanche_km2"):
        assert parsed.figures[key] == pytest.approx(sum(f[key] for f in rows), rel=1e-12)
    assert parsed.figures["pop_total"] == sum(POPULATION.values())
    assert parsed.figures["pop_blanche"] == pytest.approx(500 * 0.21, rel=1e-9)
    assert parsed.figures["units"] == 2
    assert parsed.figures["units_with_blanche"] == 1
    # One row per commune, most inhabitants in zone blanche first, with the table's values.
    assert [row[0] for row in parsed.units] == ["B", "A"]
    by_id = {f["zone_id"]: f for f in rows}
    for zone_id, total, blanche, blanche_pct, grise, _grise_pct, area in parsed.units:
        unit = by_id[zone_id]
        assert (total, blanche, grise) == pytest.approx(
            (unit["pop_total"], unit["pop_blanche"], unit["pop_grise"]), rel=1e-12
        )
        assert blanche_pct == pytest.approx(unit["pop_blanche_pct"], rel=1e-12)
        assert area == pytest.approx(unit["area_blanche_km2"], rel=1e-12)
    # The proposed sites, as candidatesites ranked them.
    expected = sorted(
        (f["rank"], f["gain_population"], f["cumulative_population"], f["gain_area_km2"])
        for f in sites.getFeatures()
    )
    assert len(expected) >= 1
    assert parsed.sites == [pytest.approx(list(row), rel=1e-12) for row in expected]
    assert parsed.figures["sites_population"] == pytest.approx(expected[-1][2], rel=1e-12)
    assert "Mobile coverage diagnostic — Carrés" in parsed.text


def test_report_needs_no_network(squares, tmp_path):
    text = report(squares, tmp_path / "report.html")
    assert "http://" not in text and "https://" not in text
    assert "<script" not in text and "url(" not in text and "@import" not in text
    sources = re.findall(r'src="([^"]*)"', text)
    assert len(sources) == 2 and all(s.startswith("data:image/png;base64,") for s in sources)
    assert text.count("<svg") == 4  # classes, operators, communes, sites


def test_maps_are_rendered_pngs_with_the_zones(squares, tmp_path):
    parsed = Report(report(squares, tmp_path / "report.html"))
    for number, source in enumerate(parsed.images):
        image = QImage()
        assert image.loadFromData(base64.b64decode(source.split(",", 1)[1]), "PNG")
        assert (image.width(), image.height()) == (1000, 394)  # 3.3 km x 1.3 km with margins
        colours = [
            QColor(image.pixel(x, y)).name() for x in range(0, 1000, 5) for y in range(0, 394, 5)
        ]
        assert len(set(colours)) >= 3, f"map {number} is nearly blank"
        assert colours.count("#d7191c") > 100  # the zones blanches of B, in red
        # (2550 m, 950 m) from the south-west corner lies in B's zone blanche.
        assert QColor(image.pixel(818, 61)).name() == "#d7191c"


def test_pdf_through_a_print_layout(squares, tmp_path):
    report(squares, tmp_path / "report.html", OUTPUT_PDF=str(tmp_path / "report.pdf"))
    pdf = tmp_path / "report.pdf"
    assert pdf.read_bytes()[:5] == b"%PDF-"
    pages = gdal.Open(str(pdf)).GetMetadata("SUBDATASETS")
    assert len(pages) // 2 == 4  # key figures, two maps, the table of communes


def test_french_when_qgis_runs_in_french(squares, tmp_path):
    with in_french():
        text = report(squares, tmp_path / "rapport.html")
    assert '<html lang="fr">' in text
    parsed = Report(text)
    assert "Diagnostic de couverture mobile — Carrés" in parsed.text
    words = re.sub("[\u202f\xa0]", " ", parsed.text)  # French narrow and no-break spaces
    assert "habitants en zone blanche (4,2 %)" in words
    assert "2 500" in words


def test_english_by_default(squares, tmp_path):
    text = report(squares, tmp_path / "report.html")
    assert '<html lang="en">' in text
    assert "inhabitants in zone blanche (4.2%)" in Report(text).text
    assert "2,500" in Report(text).text


def test_statistics_must_come_from_mobilegaps(squares, tmp_path):
    zones, _stats, _sites = squares
    with pytest.raises(
        QgsProcessingException,
        match=r"\(STATS\) lacks the fields area_blanche_km2, area_grise_km2.*"
        r"tdathack:mobilegaps \(OUTPUT_STATS\)",
    ):
        processing.run(
            "tdathack:diagnosticreport",
            {"STATS": zones, "ZONES": zones, "OUTPUT": str(tmp_path / "r.html")},
        )
    assert list(tmp_path.iterdir()) == []
