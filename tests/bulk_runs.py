"""An algorithm run twice on the same parameters: its point sources read in bulk, then through
QGIS feature by feature (bulk_sources.bulk_points refusing them), for tests that compare the
outputs and the messages of both ways."""

from qgis.PyQt.QtCore import QVariant

from tdathack_plugin.processing import bulk_sources

from .algorithm_runs import Recorder, output_layers

WAYS = ("bulk", "qgis")


def plain(value):
    return None if isinstance(value, QVariant) and value.isNull() else value


def contents(layer):
    """(field names, [(attributes, geometry as WKB)]) of a layer, NULL as None."""
    return layer.fields().names(), [
        ([plain(value) for value in feature.attributes()], feature.geometry().asWkb().data())
        for feature in layer.getFeatures()
    ]


def both_ways(monkeypatch, folder, algorithm, parameters, outputs, temporary=False):
    """({(way, "gpkg" or "memory"): ([contents of each output], messages)}, how many sources
    the bulk way read in bulk). Outputs go to GeoPackages in folder, and also to temporary
    layers when temporary. Messages leave out what differs by nature: the results' paths,
    database queries and the lines saying a source is read feature by feature."""
    in_bulk, original = [], bulk_sources.bulk_points

    def counted(*args):
        found = original(*args)
        in_bulk.append(found[0] is not None)
        return found

    runs = {}
    for way, replacement in zip(WAYS, (counted, lambda *args: (None, "a test"))):
        for output in ("gpkg", "memory") if temporary else ("gpkg",):
            destination = folder / f"{way}-{output}"
            destination.mkdir(parents=True)
            feedback = Recorder()
            with monkeypatch.context() as patch:
                patch.setattr(bulk_sources, "bulk_points", replacement)
                layers = output_layers(
                    algorithm,
                    parameters,
                    outputs,
                    destination if output == "gpkg" else None,
                    feedback,
                )
            messages = [
                line
                for line in feedback.lines
                if not line.startswith(("Results:", "SELECT")) and "feature by feature" not in line
            ]
            runs[way, output] = ([contents(layer) for layer in layers], messages)
    return runs, sum(in_bulk)
