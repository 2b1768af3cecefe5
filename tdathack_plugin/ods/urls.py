"""Portal addresses: API URLs with their query, and the parts of a URL replies are checked by."""

from urllib.parse import quote

from qgis.PyQt.QtCore import QUrl


def build_url(url: str, params=()) -> QUrl:
    """A URL with its query parameters fully percent-encoded (ODSQL holds & + = # ' ")."""
    pairs = [(key, value) for key, value in params if value is not None and value != ""]
    query = "&".join(f"{quote(str(k), safe='')}={quote(str(v), safe='')}" for k, v in pairs)
    return QUrl.fromEncoded(f"{url}?{query}".encode() if query else url.encode())


def server(url: QUrl) -> str:
    """scheme://host[:port] of a URL: what a redirect may not change."""
    return url.adjusted(
        QUrl.UrlFormattingOption.RemovePath
        | QUrl.UrlFormattingOption.RemoveQuery
        | QUrl.UrlFormattingOption.RemoveFragment
        | QUrl.UrlFormattingOption.RemoveUserInfo
    ).toString()


def origin(url: QUrl) -> str:
    """The portal an API URL belongs to (scheme://host[:port][/path before /api/explore])."""
    return server(url) + url.path().split("/api/explore/")[0].rstrip("/")


def dataset_in(url: QUrl) -> str:
    """The dataset id of a /catalog/datasets/<id>/... URL, else ''."""
    parts = url.path().split("/")
    if "datasets" in parts:
        index = parts.index("datasets")
        if index + 1 < len(parts) and parts[index + 1]:
            return parts[index + 1]
    return ""
