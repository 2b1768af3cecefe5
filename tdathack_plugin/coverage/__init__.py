"""Coverage engine: pure PyQGIS geometry (no widgets, no Processing).

Every theme reduces to a partition of each territory unit by the exact set of services covering
it (`arrangement` for many units at once, `overlay` unit by unit), demand weighted on that
partition (`demand`), and per-unit statistics (`gaps`).
"""
