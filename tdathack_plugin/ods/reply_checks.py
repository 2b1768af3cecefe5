"""What a portal's reply means: its JSON, or the typed error it stands for.

API replies are checked whole (QgsNetworkReplyContent); an export's reply once its body is on
disk, of which only the start is read back when the reply is an error.
"""

import json
from datetime import datetime, timezone
from pathlib import Path

from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from ..toolbelt.i18n import tr
from . import errors
from .urls import dataset_in, origin, server

ERROR_BODY_LIMIT = 64 * 1024  # bytes of an export's error reply read back from disk

# Besides cancel (always checked first), QGIS's network timeout aborts a reply, and so does a
# dropped connection: errors.stopped() tells them apart by the time the portal was silent.
_TIMEOUTS = (
    QNetworkReply.NetworkError.TimeoutError,
    QNetworkReply.NetworkError.OperationCanceledError,
)
_UNREACHABLE = {
    QNetworkReply.NetworkError.ConnectionRefusedError,
    QNetworkReply.NetworkError.RemoteHostClosedError,
    QNetworkReply.NetworkError.HostNotFoundError,
    QNetworkReply.NetworkError.TemporaryNetworkFailureError,
    QNetworkReply.NetworkError.NetworkSessionFailedError,
    QNetworkReply.NetworkError.UnknownNetworkError,
    QNetworkReply.NetworkError.ProxyConnectionRefusedError,
    QNetworkReply.NetworkError.ProxyConnectionClosedError,
    QNetworkReply.NetworkError.ProxyNotFoundError,
    QNetworkReply.NetworkError.ProxyAuthenticationRequiredError,
    QNetworkReply.NetworkError.UnknownProxyError,
}


def json_body(url: QUrl, reply, body: bytes, key_sent: bool, seconds: float):
    """The decoded JSON of an API reply (QgsNetworkReplyContent), else its typed error;
    `seconds`: how long the request took (nothing is streamed: also the longest silence)."""
    status = int(reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute) or 0)
    if not status:
        raise _network_error(url, reply.error(), reply.errorString(), (seconds, seconds))
    _refuse_redirect(url, status, reply.rawHeader(b"Location"), reply.request().url())
    _raise_for_status(url, status, _content_type(reply), body, key_sent)
    payload = _json_or_none(body)
    if payload is None:
        raise errors.UnexpectedResponseError(origin(url), status, tr("the answer is not JSON"))
    return payload


def check_download(url: QUrl, reply, partial: Path, received: int, key_sent: bool, timing):
    """Raise the typed error of an export's finished reply, whose body is in `partial`;
    `timing`: (seconds since the last data, seconds since the request) when it ended."""
    status = int(reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute) or 0)
    error = reply.error()
    expected = content_length(reply)
    if not status or error in _TIMEOUTS:
        raise _network_error(url, error, reply.errorString(), timing)
    _refuse_redirect(url, status, reply.rawHeader(b"Location"), reply.url())
    content_type = _content_type(reply)
    if status >= 400 or "text/html" in content_type.lower():
        with open(partial, "rb") as body:
            _raise_for_status(url, status, content_type, body.read(ERROR_BODY_LIMIT), key_sent)
    truncated = error == QNetworkReply.NetworkError.RemoteHostClosedError or (
        expected and received < expected
    )
    if truncated:
        raise errors.TruncatedDownloadError(origin(url), received, expected)
    if error != QNetworkReply.NetworkError.NoError:
        raise _network_error(url, error, reply.errorString(), timing)


def content_length(reply) -> int:
    """The size a reply announces, 0 when it announces none."""
    value = reply.header(QNetworkRequest.KnownHeaders.ContentLengthHeader)
    return int(value) if value else 0


def seconds_until(moment):
    """Seconds from now to an aware datetime (0 when past), None without one."""
    if moment is None:
        return None
    return max(0.0, (moment - datetime.now(timezone.utc)).total_seconds())


def _content_type(reply) -> str:
    return bytes(reply.rawHeader(b"Content-Type")).decode("latin-1")


def _refuse_redirect(url: QUrl, status: int, location, final: QUrl) -> None:
    """Raise when the answer is a redirect or comes from another portal than `url`'s.

    Qt does not follow a redirect to another origin: QGIS 3.22 reports it as an error, and from
    3.34 QgsBlockingNetworkRequest follows it itself (without the key). Either way the answer
    is not the portal's: both QGIS versions give the same error.
    """
    if final.isValid() and server(final) != server(url):
        raise errors.RedirectRefusedError(origin(url), server(final))
    if 300 <= status < 400:
        target = url.resolved(QUrl.fromEncoded(bytes(location))) if location else QUrl()
        raise errors.RedirectRefusedError(origin(url), server(target) if target.isValid() else "")


def _network_error(url: QUrl, code, detail: str, timing) -> errors.OdsError:
    """`timing`: (seconds of silence, seconds since the request) when the reply ended."""
    """A failure below HTTP (DNS, connection, TLS, proxy) as a typed error."""
    portal = origin(url)
    if code == QNetworkReply.NetworkError.SslHandshakeFailedError:
        return errors.SslError(portal, detail)
    if code in _TIMEOUTS:
        return errors.stopped(portal, *timing)
    if code in _UNREACHABLE:
        return errors.HostUnreachableError(portal, detail)
    return errors.UnexpectedResponseError(portal, 0, detail)


def _json_or_none(body: bytes):
    try:
        return json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        return None


def _looks_like_html(content_type: str, body: bytes) -> bool:
    start = body[:512].lstrip().lower()
    return "text/html" in content_type.lower() or start.startswith((b"<!doctype", b"<html"))


def _raise_for_status(url: QUrl, status: int, content_type: str, body: bytes, key_sent: bool):
    """Raise the typed error an HTTP answer stands for (nothing for a 2xx data answer)."""
    portal = origin(url)
    if status < 400:
        if _looks_like_html(content_type, body):
            raise errors.HtmlResponseError(portal)
        return
    payload = _json_or_none(body)
    payload = payload if isinstance(payload, dict) else {}
    message = str(payload.get("message") or payload.get("error") or "")
    dataset = dataset_in(url)
    if status in (401, 403):
        target = (
            tr("The dataset '{dataset}' of {portal}").format(dataset=dataset, portal=portal)
            if dataset
            else portal
        )
        raise errors.AuthenticationError(target, status, key_sent)
    if status == 404:
        if payload.get("error_code") == "NotFoundResource" and dataset:
            raise errors.DatasetNotFoundError(portal, dataset)
        raise errors.NotAPortalError(portal)
    if status == 429:
        raise errors.QuotaExceededError(
            portal,
            _parse_time(payload.get("reset_time")),
            payload.get("call_limit"),
            str(payload.get("limit_time_unit") or ""),
        )
    if status == 400 and message:
        raise errors.QueryError(message, str(payload.get("error_code") or ""))
    if status >= 500:
        raise errors.ServerError(portal, status, message)
    if _looks_like_html(content_type, body):
        raise errors.HtmlResponseError(portal)
    raise errors.UnexpectedResponseError(portal, status, message or tr("no explanation given"))


def _parse_time(text):
    """An ISO 8601 reset time as an aware UTC datetime, or None."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
