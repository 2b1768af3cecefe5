"""Misbehaviours of the `tdathack-*` test datasets: quotas, 5xx, slowness, HTML pages."""

import math
import threading
import time
from collections import Counter
from datetime import datetime, timedelta, timezone

from .errors import ApiError, html_page

CAPTIVE_PORTAL = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Connexion requise</title></head>
<body><form method="post" action="/login">
<h1>Accès internet — authentification requise</h1>
<p>Veuillez vous identifier pour accéder à internet depuis le réseau de la collectivité.</p>
<label>Identifiant <input name="user"></label> <label>Mot de passe
<input name="password" type="password"></label> <button>Se connecter</button>
</form></body></html>
"""


def iso_utc(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def quota_error(reset_time):
    """429 with the legacy body the Explore API still sends for quotas."""
    return ApiError(
        429,
        {
            "errorcode": 10002,
            "reset_time": reset_time,
            "limit_time_unit": "day",
            "call_limit": 10000,
            "error": "Too many requests on the domain. Please contact the domain administrator.",
        },
    )


class Faults:
    """Stateful counters (per dataset and path) of the faulty datasets; `reset()` rearms them."""

    def __init__(self):
        self._lock = threading.Lock()
        self._counts = Counter()

    def reset(self):
        with self._lock:
            self._counts.clear()

    def _count(self, fault, path):
        with self._lock:
            self._counts[fault, path] += 1
            return self._counts[fault, path]

    def apply(self, fault, path, slow_seconds):
        """Raise the fault's error response, or sleep, or do nothing (the request goes on)."""
        if fault == "rate-limited":
            tomorrow = datetime.now(timezone.utc).date() + timedelta(days=1)
            raise quota_error(f"{tomorrow.isoformat()}T00:00:00Z")
        if fault == "rate-limited-soon" and self._count(fault, path) == 1:
            soon = math.ceil(time.time() + 2)
            raise quota_error(iso_utc(datetime.fromtimestamp(soon, timezone.utc)))
        if fault == "flaky" and self._count(fault, path) <= 2:
            raise ApiError(
                503,
                html_page(
                    "503 Service Temporarily Unavailable",
                    "The server is temporarily unable to answer.",
                ),
            )
        if fault == "server-error":
            raise ApiError(
                500,
                {
                    "error_code": "InternalServerError",
                    "message": "An unexpected error occurred on the server.",
                },
            )
        if fault == "html":
            raise ApiError(200, CAPTIVE_PORTAL)
        if fault == "slow":
            time.sleep(slow_seconds)
