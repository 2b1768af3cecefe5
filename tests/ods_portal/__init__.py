"""A local Opendatasoft-compatible portal (Explore API v2.1) for tests and offline demos.

`running_portal(port=0)` yields a portal with `.url` (root, no trailing slash), `.api_key`
(key of the private dataset), `.requests` (method, path with query, headers) received,
`.slow_seconds` (delay of `tdathack-slow`), `.export_seconds` (delay of every export) and
`.reset()` (clears the log, rearms faults).
"""

from .server import Portal, running_portal

__all__ = ["Portal", "running_portal"]
