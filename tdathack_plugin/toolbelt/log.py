"""The plugin's lines in QGIS's message log (View › Panels › Log Messages, tab "T.Dat'Hack"):
portal requests, engine choices, counts and timings, never a secret."""

import re

from qgis.core import Qgis, QgsMessageLog

TAG = "T.Dat'Hack"

# A secret a URL or a connection string may carry: ?apikey=..., password='...', Apikey ...
_SECRETS = (
    re.compile(r"(?i)([?&;](?:apikey|api_key|access_token|token|password)=)[^&#\s]*"),
    re.compile(r"(?i)(\bpassword\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)"),
    re.compile(r"(?i)(\bapikey\s+)\S+"),
)


def redacted(text: str) -> str:
    """The text with every secret it may carry replaced by ***."""
    for pattern in _SECRETS:
        text = pattern.sub(lambda match: match.group(1) + "***", text)
    return text


def info(message: str) -> None:
    QgsMessageLog.logMessage(redacted(message), TAG, Qgis.MessageLevel.Info, False)


def warning(message: str) -> None:
    QgsMessageLog.logMessage(redacted(message), TAG, Qgis.MessageLevel.Warning, False)


def critical(message: str) -> None:
    QgsMessageLog.logMessage(redacted(message), TAG, Qgis.MessageLevel.Critical)
