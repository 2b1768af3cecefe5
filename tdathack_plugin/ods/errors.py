"""What can go wrong talking to an Opendatasoft portal, as exceptions a user can act on.

`str(error)` is a complete, translated sentence: the plugin shows it as is (message bar,
Processing log). No message ever contains an API key: only portal addresses, dataset ids,
HTTP statuses and the portal's own explanations.
"""

from datetime import datetime

from qgis.core import QgsNetworkAccessManager

from ..toolbelt.i18n import tr


def network_settings() -> str:
    """Where QGIS keeps its proxy and timeout settings, as its menus name it."""
    return tr("Settings > Options > Network")


def network_timeout() -> int:
    """QGIS's network timeout in seconds, as those settings show it."""
    return QgsNetworkAccessManager.timeout() // 1000


class OdsError(Exception):
    """Base class: the message is meant for the user.

    `text` is a translated sentence; `values`, when given, fill its {placeholders}.
    """

    def __init__(self, text: str, **values):
        super().__init__(text.format(**values) if values else text)


class CanceledError(OdsError):
    def __init__(self):
        super().__init__(tr("Canceled."))


class HostUnreachableError(OdsError):
    def __init__(self, portal: str, detail: str):
        super().__init__(
            tr(
                "Cannot reach {portal} ({detail}). Check the portal address, your connection "
                "and the proxy settings of QGIS ({settings})."
            ).format(portal=portal, detail=detail, settings=network_settings())
        )


class SslError(OdsError):
    def __init__(self, portal: str, detail: str):
        super().__init__(
            tr(
                "Secure connection to {portal} failed ({detail}). If your organisation inspects "
                "HTTPS traffic, add its certificate authority in QGIS (Settings > Options > "
                "Authentication > Certificate Manager)."
            ).format(portal=portal, detail=detail)
        )


class RequestTimeoutError(OdsError):
    """Nothing came from the portal for as long as QGIS's network timeout."""

    def __init__(self, portal: str):
        super().__init__(
            tr(
                "{portal} sent nothing for {seconds} s and the request was abandoned. Try again "
                "later, filter the dataset, or raise the timeout in {settings}."
            ).format(portal=portal, seconds=network_timeout(), settings=network_settings())
        )


class RelevanceWindowError(OdsError):
    """Past the search's window, the export cannot rank by relevance."""

    def __init__(self):
        super().__init__(
            tr(
                "Sorted by relevance, a portal lists its first 10,000 datasets only: "
                "sort by title or by date to see the others."
            )
        )


class ConnectionInterruptedError(OdsError):
    """The transfer stopped before QGIS's network timeout could have run out."""

    def __init__(self, portal: str, seconds: float):
        super().__init__(
            tr(
                "The connection to {portal} was interrupted after {seconds} s, before the answer "
                "was complete. Try again; if it happens again, filter the dataset to download less."
            ).format(portal=portal, seconds=f"{seconds:.0f}")
        )


TIMEOUT_TOLERANCE_SECONDS = 1  # QGIS restarts its timer on progress, at most every ~0.1 s


def stopped(portal: str, silent_seconds: float, elapsed_seconds: float) -> OdsError:
    """A transfer aborted without an answer: a timeout only when the portal was silent for
    about as long as QGIS's network timeout, else an interruption after `elapsed_seconds` (a
    reply is also aborted when the connection drops or QGIS closes it)."""
    if silent_seconds >= network_timeout() - TIMEOUT_TOLERANCE_SECONDS:
        return RequestTimeoutError(portal)
    return ConnectionInterruptedError(portal, elapsed_seconds)


class AuthenticationError(OdsError):
    """401/403: a private dataset or portal, with no key or a key the portal refuses."""

    def __init__(self, target: str, status: int, key_sent: bool):
        super().__init__(
            tr(
                "{target} refused the API key (HTTP {status}). Check the key stored in the "
                "authentication configuration and its rights on the portal."
            )
            if key_sent
            else tr(
                "{target} is private (HTTP {status}). Choose an authentication configuration "
                "holding an API key of this portal."
            ),
            target=target,
            status=status,
        )


class AuthConfigError(OdsError):
    """The QGIS authentication configuration cannot give an API key."""

    def __init__(self, authcfg: str, method: str = ""):
        super().__init__(
            tr(
                "The authentication configuration '{authcfg}' uses the method {method}, which "
                "holds no API key. Create a 'Basic' configuration with the API key as password "
                "(any user name)."
            )
            if method
            else tr(
                "The authentication configuration '{authcfg}' could not be read: it does not "
                "exist, or the QGIS master password was not entered."
            ),
            authcfg=authcfg,
            method=method,
        )


class DatasetNotFoundError(OdsError):
    def __init__(self, portal: str, dataset_id: str):
        super().__init__(
            tr(
                "The dataset '{dataset}' does not exist on {portal} (or it is private and no "
                "valid API key was given). Check its identifier in the dataset page address."
            ).format(dataset=dataset_id, portal=portal)
        )


class DatasetIdError(OdsError):
    """Not an identifier a dataset can have (blank, a path or an address)."""

    def __init__(self, dataset_id: str):
        super().__init__(
            tr(
                "'{dataset}' is not a dataset identifier. Copy it from the dataset's page "
                "address: …/explore/dataset/<identifier>/."
            ).format(dataset=dataset_id)
        )


class NotAPortalError(OdsError):
    def __init__(self, portal: str):
        super().__init__(
            tr(
                "{portal} does not look like an Opendatasoft portal: its Explore API v2.1 was "
                "not found. Give the portal home page address, e.g. https://opendata.paris.fr."
            ).format(portal=portal)
        )


class QueryError(OdsError):
    """400: the portal rejected the query; its own explanation is kept in `portal_message`."""

    def __init__(self, portal_message: str, error_code: str = ""):
        self.portal_message = portal_message
        self.error_code = error_code
        super().__init__(
            tr("The portal rejected the query: {message}").format(message=portal_message)
        )


class QuotaExceededError(OdsError):
    """429: the portal's call quota is used up until `reset_time` (aware datetime or None)."""

    def __init__(self, portal: str, reset_time, call_limit=None, unit: str = ""):
        self.reset_time = reset_time
        when = format_time(reset_time) if reset_time else tr("later")
        super().__init__(
            tr(
                "{portal} refuses more requests: the quota of {limit} calls per {unit} is "
                "used up. It resets on {when}; an API key may give a larger quota."
            ).format(portal=portal, limit=call_limit or "?", unit=_time_unit(unit), when=when)
        )


class ServerError(OdsError):
    def __init__(self, portal: str, status: int, detail: str = ""):
        self.status = status
        text = tr("{portal} had an internal error (HTTP {status}). Try again later.").format(
            portal=portal, status=status
        )
        super().__init__(f"{text} {detail}".strip())


class UnexpectedResponseError(OdsError):
    def __init__(self, portal: str, status: int, detail: str):
        super().__init__(
            tr("{portal} gave an unexpected answer (HTTP {status}): {detail}").format(
                portal=portal, status=status, detail=detail
            )
        )


class HtmlResponseError(OdsError):
    def __init__(self, portal: str):
        super().__init__(
            tr(
                "{portal} answered with a web page instead of data: a proxy or a network login "
                "page (captive portal) is probably in the way. Open the portal in a web browser, "
                "log in if asked, and check the proxy settings of QGIS ({settings})."
            ).format(portal=portal, settings=network_settings())
        )


class RedirectRefusedError(OdsError):
    """The portal sent the request on to another address, which the plugin does not follow."""

    def __init__(self, portal: str, target: str):
        super().__init__(
            tr(
                "{portal} sent the request on to {target}. The plugin only follows redirects "
                "within the same portal, so that an API key never leaves it. If {target} is "
                "the portal's new address, use it instead."
            ).format(portal=portal, target=target or tr("another address"))
        )


class TruncatedDownloadError(OdsError):
    def __init__(self, portal: str, received: int, expected):
        super().__init__(
            tr(
                "The download from {portal} stopped after {received} of {expected} bytes: the "
                "connection was cut. Nothing was kept; try again."
            )
            if expected
            else tr(
                "The download from {portal} stopped after {received} bytes: the connection was "
                "cut. Nothing was kept; try again."
            ),
            portal=portal,
            received=received,
            expected=expected,
        )


class DiskWriteError(OdsError):
    """The export could not be written to the temporary folder (a full disk, rights)."""

    def __init__(self, reason: str):
        super().__init__(
            tr(
                "The download could not be written to disk ({reason}): nothing was kept. Free "
                "some space, or set another temporary folder in Processing's options."
            ).format(reason=reason)
        )


def _time_unit(unit: str) -> str:
    """The portal's `limit_time_unit` (day, hour, minute, month) in the user's language."""
    units = {"month": tr("month"), "day": tr("day"), "hour": tr("hour"), "minute": tr("minute")}
    return units.get(unit, unit or "?")


def format_time(moment: datetime) -> str:
    """A reset time for messages: local time, ISO-like, with the UTC offset."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M %Z").strip()
