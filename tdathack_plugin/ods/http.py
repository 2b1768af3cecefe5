"""The one place that talks HTTP, through QGIS's network stack.

API calls use QgsBlockingNetworkRequest; exports are streamed to disk chunk by chunk through
QgsNetworkAccessManager (QgsBlockingNetworkRequest keeps whole replies in memory). Both follow
the QGIS proxy, SSL and timeout settings, appear in the QGIS network logger, work from any
thread, and stop when the QgsFeedback is canceled. API calls from several threads take turns.

Timeouts: QGIS's network timeout (Settings > Options > Network, 60 s by default) counts
silence, not total time: it is restarted by every chunk received, so a long export runs as
long as data flows. It only cuts exports the portal takes longer than that to start sending
(see `timeout_warning`).

The API key comes from a QGIS authentication configuration and only ever goes into the
`Authorization: Apikey <key>` request header: never in a URL, a setting, a log or a message.

What a reply means (its JSON or its typed error) is read in `reply_checks`.
"""

import os
import threading
import time
from contextlib import contextmanager
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsAuthMethodConfig,
    QgsBlockingNetworkRequest,
    QgsFeedback,
    QgsNetworkAccessManager,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QEventLoop, QMetaObject, Qt, QThread, QUrl
from qgis.PyQt.QtNetwork import QNetworkRequest

from ..toolbelt import log
from ..toolbelt.about import USER_AGENT
from ..toolbelt.i18n import tr
from . import errors, reply_checks
from .urls import build_url, origin

RETRY_STATUSES = (502, 503, 504)
MAX_RETRIES = 3  # after the first attempt; waits of 1, 2, 4 s
BACKOFF_SECONDS = 1.0
MAX_QUOTA_WAIT_SECONDS = 60  # a quota resetting sooner than this is waited for
SLOW_EXPORT_RECORDS = 100_000  # exports this big may take a while before the first byte
SLOW_EXPORT_TIMEOUT_SECONDS = 300

_ORIGIN = QNetworkRequest.Attribute(QNetworkRequest.Attribute.User + 0x7D4)
_ORIGIN_VALUE = "tdathack_plugin"
_user_agent_hook = {"id": None}
_hook_lock = threading.Lock()
# QgsBlockingNetworkRequests running at once in several threads crash QGIS 3.22 (and, more
# rarely, 3.40): the plugin's API calls take turns. Each is short; exports stream elsewhere.
_api_call_turn = threading.Lock()

READ_BUFFER = 1 << 20  # bytes held in memory at most while an export streams to disk


def _set_user_agent(request: QNetworkRequest) -> None:
    """Request preprocessor: QGIS 3.22 overwrites User-Agent, so ours is set again after it."""
    if request.attribute(_ORIGIN) == _ORIGIN_VALUE:
        request.setRawHeader(b"User-Agent", USER_AGENT.encode())


def install() -> None:
    """Register the User-Agent preprocessor once (done before the first request)."""
    with _hook_lock:
        if _user_agent_hook["id"] is None:
            _user_agent_hook["id"] = QgsNetworkAccessManager.setRequestPreprocessor(_set_user_agent)


def uninstall() -> None:
    """Remove the preprocessor (plugin unload)."""
    with _hook_lock:
        if _user_agent_hook["id"] is not None:
            QgsNetworkAccessManager.removeRequestPreprocessor(_user_agent_hook["id"])
            _user_agent_hook["id"] = None


@contextmanager
def feedback_of_this_thread(feedback):
    """A feedback living in the calling thread, canceled when `feedback` is.

    QGIS 3.22's QgsBlockingNetworkRequest can wait forever when its feedback is canceled from
    another thread (Cancel in a Processing dialog while an algorithm runs in a worker thread):
    the cancel is handed over as a queued call, run by the request's own event loop.

    The local feedback is destroyed on the way out, in this thread and with the GIL held. Left
    to Python's garbage collector it could die later, or in another thread, after the request
    that listens to it: Qt then tells the feedback of the lost listener from a thread without
    the GIL, and QGIS crashes or freezes (see `_get_json_once`).
    """
    if feedback is None:
        yield None
        return
    local = QgsFeedback()
    if feedback.isCanceled():
        local.cancel()

    def forward():
        if not sip.isdeleted(local):  # a cancel queued just before the request ended
            QMetaObject.invokeMethod(local, "cancel", Qt.ConnectionType.QueuedConnection)

    feedback.canceled.connect(forward)
    try:
        yield local
    finally:
        feedback.canceled.disconnect(forward)
        sip.delete(local)


def api_key(authcfg: str) -> str:
    """The API key held by a QGIS authentication configuration ('' without configuration).

    QGIS 3.22 has no "API header" method, so the key is read from what the user could
    store it in: a Basic configuration (key = password, user name ignored), an ESRI token
    configuration (key = token), or, on newer QGIS, an API header configuration holding
    `Authorization: Apikey <key>` or an `apikey` header.
    """
    if not authcfg:
        return ""
    loaded = QgsApplication.authManager().loadAuthenticationConfig(
        authcfg, QgsAuthMethodConfig(), True
    )
    ok, config = loaded if isinstance(loaded, tuple) else (loaded, None)
    if not ok or config is None or not config.isValid():
        raise errors.AuthConfigError(authcfg)
    method = config.method()
    key = ""
    if method == "Basic":
        key = config.config("password")
    elif method == "EsriToken":
        key = config.config("token")
    else:
        for name, value in config.configMap().items():
            if name.lower() == "authorization" and value.lower().startswith("apikey "):
                key = value[len("apikey ") :]
            elif name.lower() == "apikey":
                key = value
    if not key.strip():
        raise errors.AuthConfigError(authcfg, method)
    return key.strip()


def timeout_warning(records_count) -> str:
    """A warning when QGIS's network timeout may cut a big export before it starts, else ''."""
    seconds = errors.network_timeout()
    if (records_count or 0) < SLOW_EXPORT_RECORDS or seconds >= SLOW_EXPORT_TIMEOUT_SECONDS:
        return ""
    return tr(
        "QGIS gives up on a request after {seconds} s without data. The portal may need longer "
        "to prepare an export of {count} records; if the download is cut, raise the timeout "
        "in {settings}."
    ).format(seconds=seconds, count=records_count, settings=errors.network_settings())


class Session:
    """HTTP for one portal user: API key from `authcfg`, cancel through `feedback`."""

    def __init__(self, authcfg: str = "", feedback=None):
        self.authcfg = authcfg or ""
        self.feedback = feedback
        self._key = None

    def _has_key(self) -> bool:
        if self._key is None:
            self._key = api_key(self.authcfg)
        return bool(self._key)

    def _request(self, url: QUrl, accept: str) -> QNetworkRequest:
        install()
        request = QNetworkRequest(url)
        request.setAttribute(_ORIGIN, _ORIGIN_VALUE)
        request.setRawHeader(b"User-Agent", USER_AGENT.encode())
        request.setRawHeader(b"Accept", accept.encode())
        request.setAttribute(
            QNetworkRequest.Attribute.RedirectPolicyAttribute,
            QNetworkRequest.RedirectPolicy.SameOriginRedirectPolicy,
        )
        if self._has_key():
            request.setRawHeader(b"Authorization", f"Apikey {self._key}".encode())
        return request

    def _check_canceled(self) -> None:
        if self.feedback is not None and self.feedback.isCanceled():
            raise errors.CanceledError()

    def _sleep(self, seconds: float) -> None:
        """Wait, waking up every 0.1 s to honour cancel."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self._check_canceled()
            time.sleep(min(0.1, max(0.0, deadline - time.monotonic())))
        self._check_canceled()

    @contextmanager
    def _turn(self):
        """Hold the plugin's one API call turn; waiting honours cancel every 0.1 s. The main
        thread keeps handling events meanwhile: the call in progress in a task may need it (a
        login, proxy or SSL prompt)."""
        on_main_thread = QThread.currentThread() == QCoreApplication.instance().thread()
        while not _api_call_turn.acquire(timeout=0.1):
            self._check_canceled()
            if on_main_thread:
                QCoreApplication.processEvents()
        try:
            yield
        finally:
            _api_call_turn.release()

    def _retrying(self, attempt_once):
        """Run one attempt, retrying 502/503/504 with backoff and near quota resets."""
        for attempt in range(MAX_RETRIES + 1):
            self._check_canceled()
            try:
                return attempt_once()
            except errors.ServerError as error:
                if error.status not in RETRY_STATUSES or attempt == MAX_RETRIES:
                    raise
                self._sleep(BACKOFF_SECONDS * 2**attempt)
            except errors.QuotaExceededError as error:
                wait = reply_checks.seconds_until(error.reset_time)
                if wait is None or wait > MAX_QUOTA_WAIT_SECONDS or attempt == MAX_RETRIES:
                    raise
                self._sleep(wait + 0.5)
        raise AssertionError("unreachable")

    def get_json(self, url: str, params=()):
        """GET an API URL and return its decoded JSON body."""
        qurl = build_url(url, params)
        return self._retrying(lambda: self._get_json_once(qurl))

    def _get_json_once(self, url: QUrl):
        request = self._request(url, "application/json")
        # Both Qt objects made here die here, the feedback first, so that nothing connected to a
        # Python-made object is left for Qt to delete later from a thread without the GIL (a
        # crash, or a freeze, when dock searches run while the main thread connects signals).
        with self._turn():
            blocking = QgsBlockingNetworkRequest()
            start = time.perf_counter()
            try:
                with feedback_of_this_thread(self.feedback) as feedback:
                    code = blocking.get(request, True, feedback)
                reply = blocking.reply()
            finally:
                sip.delete(blocking)
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        body = bytes(reply.content())
        logged(url, status, len(body), start)
        self._check_canceled()
        elapsed = time.perf_counter() - start  # the silence at most: nothing is streamed here
        if code == QgsBlockingNetworkRequest.ErrorCode.TimeoutError:
            raise errors.stopped(origin(url), elapsed, elapsed)
        return reply_checks.json_body(url, reply, body, bool(self._key), elapsed)

    def download(self, url: str, params, destination, progress=None) -> Path:
        """Stream a GET to `destination`; it appears only once complete.

        The body goes to `<destination>.part`, chunk by chunk as it arrives, and is renamed
        when the transfer is complete and checked. `progress(received, total)` is called as
        data arrives (total is 0 when the portal does not announce a size).
        """
        qurl = build_url(url, params)
        destination = Path(destination)
        partial = destination.with_name(destination.name + ".part")
        try:
            self._retrying(lambda: self._download_once(qurl, partial, progress))
            os.replace(partial, destination)
        finally:
            if partial.exists():
                partial.unlink()
        return destination

    def _download_once(self, url: QUrl, partial: Path, progress) -> None:
        request = self._request(url, "*/*")
        # Exports are one-off and large: keep them out of QGIS's network cache, which would
        # otherwise hold a copy of the whole body while it downloads.
        request.setAttribute(QNetworkRequest.Attribute.CacheSaveControlAttribute, False)
        request.setAttribute(
            QNetworkRequest.Attribute.CacheLoadControlAttribute,
            QNetworkRequest.CacheLoadControl.AlwaysNetwork,
        )
        manager = QgsNetworkAccessManager.instance()
        start = time.perf_counter()
        state = {"received": 0, "last": start}
        reply = manager.get(request)
        reply.setReadBufferSize(READ_BUFFER)  # Qt stops reading the socket when it is full
        try:
            with open(partial, "wb") as output:
                self._receive(reply, output, state, progress)
            status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
            logged(url, status, state["received"], start)
            self._check_canceled()
            now = time.perf_counter()
            timing = (now - state["last"], now - start)
            reply_checks.check_download(
                url, reply, partial, state["received"], bool(self._key), timing
            )
        finally:
            # Deleted here, in its thread. Left to deleteLater(), it waited for the next event
            # loop of its task thread, the next download's, and QGIS 3.40 aborted there.
            sip.delete(reply)

    def _receive(self, reply, output, state: dict, progress) -> None:
        """Writes the reply's body to output as it arrives, until it ends or is cancelled.

        The event loop stops at each chunk and the chunk is written here, outside any Qt
        slot: no Python callback is connected to the reply (PyQt frees a callback's proxy
        later, from the thread's next event loop), and an error (a full disk) is raised as
        it is."""
        loop = QEventLoop()
        reply.readyRead.connect(loop.quit)
        reply.finished.connect(loop.quit)
        if self.feedback is not None:
            self.feedback.canceled.connect(reply.abort)
            if self.feedback.isCanceled():
                reply.abort()
        try:
            while True:
                finished = reply.isFinished()
                if not finished:
                    loop.exec()
                chunk = reply.readAll()
                if chunk:
                    state["last"] = time.perf_counter()
                    _write(output, chunk)
                state["received"] += len(chunk)
                if progress is not None:
                    progress(state["received"], reply_checks.content_length(reply))
                if finished:
                    break
        finally:
            if self.feedback is not None:
                self.feedback.canceled.disconnect(reply.abort)
            reply.readyRead.disconnect(loop.quit)
            reply.finished.disconnect(loop.quit)


def _write(output, chunk) -> None:
    """A chunk into the partial file; a full disk or missing rights said in words."""
    try:
        output.write(chunk)
    except OSError as error:
        raise errors.DiskWriteError(error.strerror or type(error).__name__) from None


def logged(url: QUrl, status, size: int, start: float) -> None:
    """One request in QGIS's message log: address (the key travels in a header, and any secret
    a pasted address carries is masked), status, size and time."""
    outcome = f"HTTP {int(status)}" if status else "no answer"
    seconds = time.perf_counter() - start
    log.info(f"GET {url.toString()} → {outcome}, {size:,} bytes, {seconds:.2f} s")
