"""Coverage engine: pure PyQGIS geometry (no widgets, no Processing).

Every theme reduces to a partition of each territory unit by the exact set of services covering
it (`overlay`), demand weighted on that partition (`demand`), and per-unit statistics (`stats`).
"""
