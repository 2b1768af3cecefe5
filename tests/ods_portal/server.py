"""The HTTP server: routing of the Explore API v2.1 paths, API key, request log."""

import itertools
import json
import re
import secrets
import threading
import time
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit

from . import catalogue, records
from .errors import ApiError, html_page, not_found, unauthorized, unknown_resource
from .exports import Export
from .faults import Faults
from .registry import build_datasets

API = "/api/explore/v2.1/"
DATASET_PATH = re.compile(r"catalog/datasets/([^/]+)(?:/(records|exports)(?:/([^/]+))?)?/?")


class Handler(BaseHTTPRequestHandler):
    """One request; `self.server.portal` holds the datasets and the state."""

    protocol_version = "HTTP/1.1"
    server_version = "ods-portal-test/1.0"

    @property
    def portal(self):
        return self.server.portal

    def log_message(self, format, *args):
        """Quiet: the portal keeps its own request log."""

    def do_GET(self):
        self.portal.requests.append(("GET", self.path, dict(self.headers.items())))
        url = urlsplit(self.path)
        query = parse_qs(url.query, keep_blank_values=True)
        path = unquote(url.path)
        try:
            if not path.startswith("/api/explore/"):
                raise ApiError(404, html_page("404 Not Found", "The page does not exist."))
            if not path.startswith(API):
                raise unknown_resource(path)
            self.route(path, path[len(API) :], query)
        except ApiError as error:
            self.send_bytes(error.status, error.content_type, error.payload, error.headers)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def route(self, path, resource, query):
        datasets = self.portal.visible_datasets(self.api_key(query))
        base = self.portal.url
        if resource.rstrip("/") == "catalog/datasets":
            return self.send_json(catalogue.list_datasets(datasets, query))
        if resource.rstrip("/") == "catalog/exports/json":
            return self.send_json(catalogue.export_datasets(datasets, query))
        if resource.rstrip("/") == "catalog/facets":
            return self.send_json(catalogue.facets(datasets, query, base))
        match = DATASET_PATH.fullmatch(resource)
        if match is None:
            raise unknown_resource(path)
        dataset_id, kind, export_format = match.groups()
        dataset = self.portal.dataset(dataset_id, self.api_key(query))
        if dataset.fault:
            self.portal.faults.apply(dataset.fault, path, self.portal.slow_seconds)
        if kind is None:
            return self.send_json(catalogue.dataset_json(dataset))
        if kind == "records" and export_format is None:
            return self.send_json(records.list_records(dataset, query))
        if kind == "exports" and export_format is None:
            return self.send_json(export_links(base, dataset_id))
        if kind == "exports":
            time.sleep(self.portal.export_seconds)
            return self.send_export(Export(dataset, export_format, query), dataset.fault)
        raise unknown_resource(path)

    def api_key(self, query):
        """The API key of the request: `Authorization: Apikey <key>` or `?apikey=`."""
        header = self.headers.get("Authorization", "")
        scheme, _, key = header.partition(" ")
        if scheme.lower() == "apikey" and key.strip():
            return key.strip()
        return query.get("apikey", [None])[-1]

    # responses
    def send_bytes(self, status, content_type, body, headers=None):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def send_json(self, body):
        payload = json.dumps(body, ensure_ascii=False).encode()
        self.send_bytes(200, "application/json; charset=utf-8", payload)

    def send_export(self, export, fault):
        """Stream with chunked transfer encoding; `truncated` declares more than it sends."""
        chunks = export.chunks()
        first = next(chunks, b"")  # errors in the request surface before the status line
        self.send_response(200)
        self.send_header("Content-Type", export.content_type)
        self.send_header("Content-Disposition", f'attachment; filename="{export.filename}"')
        if fault == "truncated":
            body = first + b"".join(chunks)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.close_connection = True
            return
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        try:
            for chunk in itertools.chain([first], chunks):
                if chunk:
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            self.wfile.write(b"0\r\n\r\n")
        finally:
            chunks.close()


def export_links(base, dataset_id):
    href = f"{base}/api/explore/v2.1/catalog/datasets/{dataset_id}/exports"
    return {
        "links": [{"rel": "self", "href": href}]
        + [
            {"rel": name, "href": f"{href}/{name}"}
            for name in ("csv", "fgb", "geojson", "json", "jsonl")
        ]
    }


class Portal:
    """A running local ODS portal (see tests/ods_portal/__init__.py)."""

    def __init__(self, port=0, host="127.0.0.1", faults=True):
        """faults: also serve the test datasets that fail on purpose (429, 500, HTML...);
        a demo portal leaves them out."""
        self.datasets = {
            dataset_id: dataset
            for dataset_id, dataset in build_datasets().items()
            if faults or dataset.fault is None
        }
        self.api_key = secrets.token_hex(16)
        self.requests = []
        self.slow_seconds = 3.0
        self.export_seconds = 0.0  # before every export (a load in progress, for pictures)
        self.faults = Faults()
        self.server = ThreadingHTTPServer((host, port), Handler)
        self.server.daemon_threads = True
        self.server.portal = self
        self._thread = None

    @property
    def url(self):
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def reset(self):
        """Clear the request log and rearm the stateful faults."""
        self.requests.clear()
        self.faults.reset()

    def visible_datasets(self, key):
        authorized = key == self.api_key
        return [d for d in self.datasets.values() if authorized or not d.private]

    def dataset(self, dataset_id, key):
        dataset = self.datasets.get(dataset_id)
        if dataset is None:
            raise not_found(dataset_id)
        if dataset.private and key != self.api_key:
            raise unauthorized(key is not None)
        return dataset

    def start(self):
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


@contextmanager
def running_portal(port=0):
    """A portal serving in a daemon thread for the duration of the block."""
    portal = Portal(port)
    portal.start()
    try:
        yield portal
    finally:
        portal.stop()
