"""Values as users' files hold them: numbers written as text, and what is set aside, counted
with its first ids for one message."""

import math
import re

FIRST_IDS = 10  # ids quoted in a message
_TEXT_NUMBER = re.compile(r"^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)(?:[eE][+-]?\d+)?$")
_AMBIGUOUS = re.compile(r"^[+-]?\d{1,3},\d{3}$")  # 1,234: a thousand (English) or 1.234 (French)
_SPACES = re.compile(r"[\s\u00a0\u202f']")


def number_from(value):
    """(number, read from text) of an attribute; (None, False) for NULL and what is no number.

    Text is read as French and English files write numbers: "1 234", "1234,5", "12.5", "1e3".
    "1,234" is refused: a thousand in English, 1.234 in French.
    """
    if value is None or isinstance(value, bool):
        return None, False
    if isinstance(value, (int, float)):
        return (float(value), False) if math.isfinite(value) else (None, False)
    if not isinstance(value, str):
        try:
            number = float(value)
        except (TypeError, ValueError):
            return None, False
        return (number, False) if math.isfinite(number) else (None, False)
    text = _SPACES.sub("", value)
    if not _TEXT_NUMBER.match(text) or _AMBIGUOUS.match(text):
        return None, False
    return float(text.replace(",", ".")), True


class Tally:
    """Features set aside for one reason: a count and the first ids, for one warning."""

    def __init__(self, message: str):
        """message: translated, with {n} (how many) and {ids} (the first ones)."""
        self.message = message
        self.count = 0
        self.ids = []

    def add(self, feature_id) -> None:
        self.count += 1
        if len(self.ids) < FIRST_IDS:
            self.ids.append(str(feature_id))

    def add_many(self, feature_ids) -> None:
        """Add a sequence of ids at once (a list, a numpy array)."""
        self.count += len(feature_ids)
        self.ids.extend(str(i) for i in feature_ids[: FIRST_IDS - len(self.ids)])

    def first(self) -> str:
        """The first ids, with an ellipsis when there are more."""
        return ", ".join(self.ids) + (" …" if self.count > len(self.ids) else "")

    def say(self, push) -> None:
        """Pass the message to `push` (feedback.pushWarning, pushInfo...) when any was set
        aside."""
        if self.count:
            push(self.message.format(n=self.count, ids=self.first()))

    def warn(self, feedback) -> None:
        self.say(feedback.pushWarning)
