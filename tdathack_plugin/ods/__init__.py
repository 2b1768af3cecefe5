"""Opendatasoft Explore API v2.1 client: HTTP, ODSQL builders, catalogue, exports, layers.

No widgets and no iface here: everything runs headless, from any thread.
"""
