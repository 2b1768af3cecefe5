"""The API key lives in the QGIS authentication database and nowhere else.

A private dataset is loaded with the key, through the client and through the algorithm, the
project is saved, and the key is searched for in every place a user or a colleague could
read: settings, message log, layer source and metadata, the .qgz project, error messages.
"""

import zipfile
from pathlib import Path

import pytest
from qgis.core import (
    QgsApplication,
    QgsAuthMethodConfig,
    QgsProject,
    QgsSettings,
)

from tdathack_plugin.ods import errors, layers, odsql
from tdathack_plugin.ods.client import OdsClient
from tdathack_plugin.ods.http import api_key


def store_config(method: str, **config) -> str:
    manager = QgsApplication.authManager()
    auth = QgsAuthMethodConfig(method)
    auth.setName(f"ODS test key ({method})")
    for key, value in config.items():
        auth.setConfig(key, value)
    stored = manager.storeAuthenticationConfig(auth)
    assert stored[0] if isinstance(stored, tuple) else stored
    return auth.id()


@pytest.fixture
def key_config(auth_manager, ods_portal):
    authcfg = store_config("Basic", username="apikey", password=ods_portal.api_key)
    yield authcfg
    auth_manager.removeAuthenticationConfig(authcfg)


@pytest.fixture
def log():
    messages = []

    def record(message, tag, level):
        messages.append(f"{tag}: {message}")

    QgsApplication.messageLog().messageReceived.connect(record)
    yield messages
    QgsApplication.messageLog().messageReceived.disconnect(record)


def test_key_read_from_basic_and_esri_token_configurations(auth_manager):
    basic = store_config("Basic", username="anything", password=" k-basic ")
    token = store_config("EsriToken", token="k-token")
    try:
        assert api_key(basic) == "k-basic"
        assert api_key(token) == "k-token"
        assert api_key("") == ""
    finally:
        auth_manager.removeAuthenticationConfig(basic)
        auth_manager.removeAuthenticationConfig(token)


def test_unusable_configurations_are_explained(auth_manager):
    with pytest.raises(errors.AuthConfigError, match="could not be read"):
        api_key("nosuch1")
    pki = store_config("PKI-Paths", certpath="/nowhere.pem", keypath="/nowhere.key")
    try:
        with pytest.raises(errors.AuthConfigError, match="uses the method PKI-Paths"):
            api_key(pki)
    finally:
        auth_manager.removeAuthenticationConfig(pki)


def test_private_dataset_with_the_key_and_nowhere_else(key_config, ods_portal, tmp_path, log):
    import processing

    from tdathack_plugin.processing.provider import TDatHackProvider

    key = ods_portal.api_key
    ods_portal.reset()
    client = OdsClient(ods_portal.url, key_config)
    listed = client.search(where=odsql.equals("dataset_id", "tdathack-private"))
    assert listed.total_count == 1  # listed once the key is given

    dataset = client.dataset("tdathack-private")
    path = layers.download(client, dataset, tmp_path)
    layer = layers.open_export(
        path, dataset, client.portal, client.dataset_page(dataset.dataset_id)
    )
    assert layer.featureCount() == 20
    assert all(h.get("Authorization") == f"Apikey {key}" for _, _, h in ods_portal.requests)
    assert not any(key in request_path for _, request_path, _ in ods_portal.requests)

    provider = TDatHackProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    try:
        result = processing.run(
            "tdathack:downloaddataset",
            {
                "PORTAL": ods_portal.url,
                "DATASET": "tdathack-private",
                "AUTHCFG": key_config,
                "OUTPUT": str(tmp_path / "private.gpkg"),
            },
        )
    finally:
        QgsApplication.processingRegistry().removeProvider(provider)
    from qgis.core import QgsVectorLayer

    saved = QgsVectorLayer(result["OUTPUT"], "private", "ogr")
    assert saved.featureCount() == 20

    places = {
        "layer source": layer.source() + layer.publicSource() + saved.source(),
        "layer metadata": _metadata_xml(layer),
    }
    project = QgsProject.instance()
    project.addMapLayers([layer, saved])
    project_file = tmp_path / "private.qgz"
    assert project.write(str(project_file))
    project.clear()
    places["message log"] = "\n".join(log)
    with zipfile.ZipFile(project_file) as archive:
        for name in archive.namelist():
            places[f"project {name}"] = archive.read(name).decode("utf-8", "replace")
    QgsSettings().sync()
    places["settings"] = Path(QgsSettings().fileName()).read_text(
        encoding="utf-8", errors="replace"
    )
    auth_db = Path(QgsApplication.authManager().authenticationDatabasePath())
    places["authentication database (encrypted)"] = auth_db.read_bytes().decode("latin-1")
    for path_in_output in tmp_path.rglob("*"):
        if path_in_output.is_file() and path_in_output.suffix != ".qgz":
            places[str(path_in_output)] = path_in_output.read_bytes().decode("latin-1")
    leaks = [place for place, text in places.items() if key in text]
    assert leaks == []


def test_a_refused_key_is_not_repeated_in_the_message(auth_manager, ods_portal):
    wrong = "wrong-key-12345"
    authcfg = store_config("Basic", username="apikey", password=wrong)
    try:
        with pytest.raises(errors.AuthenticationError) as caught:
            OdsClient(ods_portal.url, authcfg).dataset("tdathack-private")
    finally:
        auth_manager.removeAuthenticationConfig(authcfg)
    assert str(caught.value) == (
        f"The dataset 'tdathack-private' of {ods_portal.url} refused the API key (HTTP 401). "
        "Check the key stored in the authentication configuration and its rights on the portal."
    )
    assert wrong not in str(caught.value)


def _metadata_xml(layer) -> str:
    from qgis.PyQt.QtXml import QDomDocument

    document = QDomDocument()
    root = document.createElement("metadata")
    layer.metadata().writeMetadataXml(root, document)
    document.appendChild(root)
    return document.toString()


def test_key_is_not_sent_to_another_host_on_redirect(key_config, tmp_path):
    """A portal answering 302 to another host must not make the plugin hand it the key."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from tdathack_plugin.ods.http import Session

    seen = []

    class Elsewhere(BaseHTTPRequestHandler):
        def do_GET(self):
            seen.append(dict(self.headers))
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(b"{}")

        def log_message(self, *args):
            pass

    other = ThreadingHTTPServer(("127.0.0.1", 0), Elsewhere)

    class Redirecting(Elsewhere):
        def do_GET(self):
            self.send_response(302)
            self.send_header("Location", f"http://localhost:{other.server_port}/steal")
            self.end_headers()

    portal = ThreadingHTTPServer(("127.0.0.1", 0), Redirecting)
    for server in (other, portal):
        threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        # QGIS 3.22 stops at such a redirect; from 3.34 QgsBlockingNetworkRequest follows it.
        with pytest.raises(errors.RedirectRefusedError, match=f"localhost:{other.server_port}"):
            Session(key_config).get_json(f"http://127.0.0.1:{portal.server_port}/api")
        with pytest.raises(errors.RedirectRefusedError):
            Session(key_config).download(
                f"http://127.0.0.1:{portal.server_port}/api", (), tmp_path / "export.fgb"
            )
        assert list(tmp_path.iterdir()) == []
    finally:
        for server in (other, portal):
            server.shutdown()
    assert not any("Authorization" in headers for headers in seen)


def test_requests_reach_the_message_log_without_the_key(key_config, ods_portal, log, tmp_path):
    """Each portal request has its line in QGIS's message log (tab T.Dat'Hack): address,
    status, size, time; the key, sent in a header, is in none of them, nor a key a user
    pasted into an address."""
    from tdathack_plugin.ods.http import Session
    from tdathack_plugin.toolbelt.log import TAG

    key = ods_portal.api_key
    client = OdsClient(ods_portal.url, key_config)
    dataset = client.dataset("tdathack-private")
    layers.download(client, dataset, tmp_path)
    requests = [line for line in log if line.startswith(f"{TAG}: GET {ods_portal.url}")]
    assert any("/datasets/tdathack-private →" in line and "HTTP 200" in line for line in requests)
    assert any("/exports/" in line and "HTTP 200" in line for line in requests)
    Session(key_config).get_json(
        client.api_url("catalog", "datasets"), [("apikey", key), ("limit", "1")]
    )
    assert any("apikey=***" in line for line in log)
    assert not [line for line in log if key in line]
