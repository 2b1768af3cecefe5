"""The territorial diagnostic report: figures, SVG charts, QGIS map images, HTML and PDF."""
