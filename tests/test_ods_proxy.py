"""Requests follow the QGIS proxy settings (Settings > Options > Network), like QGIS itself.

The proof: the portal is given under a host name that does not resolve (`.invalid` is
reserved, RFC 2606). Only a proxy can reach it, so a successful call went through the
recording proxy started here, which maps that name to the local portal.
"""

import http.client
import http.server
import threading
from urllib.parse import urlsplit

import pytest
from qgis.core import QgsNetworkAccessManager, QgsSettings

from tdathack_plugin.ods import layers
from tdathack_plugin.ods.client import OdsClient
from tdathack_plugin.ods.errors import HostUnreachableError
from tdathack_plugin.toolbelt.about import USER_AGENT

HIDDEN_HOST = "ods-behind-proxy.invalid"
PROXY_KEYS = ("proxyEnabled", "proxyType", "proxyHost", "proxyPort", "proxyExcludedUrls")


class RecordingProxy(http.server.ThreadingHTTPServer):
    """A forward HTTP proxy that records request lines and sends them to one upstream port."""

    daemon_threads = True

    def __init__(self, upstream_port):
        super().__init__(("127.0.0.1", 0), _ProxyHandler)
        self.upstream_port = upstream_port
        self.seen = []


class _ProxyHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        self.server.seen.append((self.path, dict(self.headers)))
        target = urlsplit(self.path)
        if target.hostname != HIDDEN_HOST:
            self.send_error(502)
            return
        upstream = http.client.HTTPConnection("127.0.0.1", self.server.upstream_port, timeout=60)
        path = target.path + (f"?{target.query}" if target.query else "")
        headers = {k: v for k, v in self.headers.items() if k.lower() != "proxy-connection"}
        upstream.request("GET", path, headers=headers)
        answer = upstream.getresponse()
        body = answer.read()
        self.send_response(answer.status)
        for name, value in answer.getheaders():
            if name.lower() not in ("transfer-encoding", "content-length", "connection"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        upstream.close()

    def log_message(self, *args):
        pass


@pytest.fixture
def proxy(ods_portal):
    server = RecordingProxy(urlsplit(ods_portal.url).port)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def qgis_proxy(proxy):
    """QGIS's proxy settings pointed at the recording proxy, restored afterwards."""
    settings = QgsSettings()
    before = {key: settings.value(f"proxy/{key}") for key in PROXY_KEYS}
    settings.setValue("proxy/proxyEnabled", True)
    settings.setValue("proxy/proxyType", "HttpProxy")
    settings.setValue("proxy/proxyHost", "127.0.0.1")
    settings.setValue("proxy/proxyPort", str(proxy.server_address[1]))
    settings.setValue("proxy/proxyExcludedUrls", "")
    QgsNetworkAccessManager.instance().setupDefaultProxyAndCache()
    yield proxy
    for key, value in before.items():
        if value is None:
            settings.remove(f"proxy/{key}")
        else:
            settings.setValue(f"proxy/{key}", value)
    QgsNetworkAccessManager.instance().setupDefaultProxyAndCache()


def test_hidden_host_is_unreachable_without_the_proxy(ods_portal):
    with pytest.raises(HostUnreachableError):
        OdsClient(f"http://{HIDDEN_HOST}:{urlsplit(ods_portal.url).port}").search(limit=1)


def test_api_calls_and_exports_go_through_the_qgis_proxy(qgis_proxy, ods_portal, tmp_path):
    ods_portal.reset()
    portal = f"http://{HIDDEN_HOST}:{urlsplit(ods_portal.url).port}"
    client = OdsClient(portal)
    assert client.search(limit=1).total_count == 168
    dataset = client.dataset("arrondissements")
    path = layers.download(client, dataset, tmp_path)
    layer = layers.open_export(path, dataset, client.portal, client.dataset_page("arrondissements"))
    assert layer.featureCount() == 20

    seen = [request_line for request_line, _ in qgis_proxy.seen]
    assert seen == [
        f"{portal}/api/explore/v2.1/catalog/datasets?limit=1",
        f"{portal}/api/explore/v2.1/catalog/datasets/arrondissements",
        f"{portal}/api/explore/v2.1/catalog/datasets/arrondissements/exports/fgb",
    ]
    assert all(headers["User-Agent"] == USER_AGENT for _, headers in qgis_proxy.seen)
    assert len(ods_portal.requests) == 3


def test_background_thread_follows_the_proxy_too(qgis_proxy, ods_portal, tmp_path):
    """Processing runs algorithms in a background thread, with its own network manager."""
    portal = f"http://{HIDDEN_HOST}:{urlsplit(ods_portal.url).port}"
    outcome = {}

    def work():
        client = OdsClient(portal)
        dataset = client.dataset("velib-emplacement-des-stations")
        outcome["path"] = layers.download(client, dataset, tmp_path)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(120)
    assert outcome["path"].name == "velib-emplacement-des-stations.fgb"
    assert [line.split("/api/")[0] for line, _ in qgis_proxy.seen] == [portal, portal]
