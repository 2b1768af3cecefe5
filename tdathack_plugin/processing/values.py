"""Values as users' files hold them: numbers written as text, what is set aside (counted with
its first ids for one message), and ids that must name one feature each."""

import math
import re

from qgis.core import NULL, QgsProcessingException

from ..toolbelt.i18n import tr

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


class NumberReader:
    """Reads a numeric attribute (population, weight, radius) for one layer: a negative value
    or one that is not a number is missing (None), never a value; one warning says how many,
    and what is used instead."""

    def __init__(self, layer_label: str, field: str, instead: str, missing: str = ""):
        """instead: what the algorithm does with a missing value ("counted as 0"...); missing:
        a message ({n}, {ids}) for NULL or blank values, when they are worth a warning."""
        self.negative = Tally(
            tr(
                '{{n}} features of {layer} have a negative "{field}": {instead} (features {{ids}}).'
            ).format(layer=layer_label, field=field, instead=instead)
        )
        self.invalid = Tally(
            tr(
                '{{n}} features of {layer} have a "{field}" that is not a number: {instead} '
                "(features {{ids}})."
            ).format(layer=layer_label, field=field, instead=instead)
        )
        self.missing = Tally(missing)
        self.from_text = 0
        self.field = field

    def read(self, value, feature_id):
        if value is None or (hasattr(value, "isNull") and value.isNull()):
            self.missing.add(feature_id)
            return None
        number, from_text = number_from(value)
        if number is None:
            (self.invalid if str(value).strip() else self.missing).add(feature_id)
            return None
        if number < 0:
            self.negative.add(feature_id)
            return None
        self.from_text += from_text
        return number

    def warn(self, feedback) -> None:
        self.negative.warn(feedback)
        self.invalid.warn(feedback)
        if self.missing.message:
            self.missing.warn(feedback)
        if self.from_text:
            feedback.pushInfo(
                tr('{n} values of "{field}" were written as text and read as numbers.').format(
                    n=self.from_text, field=self.field
                )
            )


def counted_as_zero() -> str:
    return tr("counted as 0")


def refuse_duplicates(label: str, field: str, ids_by_feature) -> None:
    """Refuses a layer in which an id stands for several features (they would be counted as
    separate units with the same id): the first duplicated ids are named."""
    seen, twice, without = {}, {}, Tally("")
    for feature_id, value in ids_by_feature:
        if value is None or value == NULL or str(value).strip() == "":
            without.add(feature_id)
        elif value in seen:
            twice.setdefault(value, [seen[value]]).append(feature_id)
        else:
            seen[value] = feature_id
    if without.count:
        raise QgsProcessingException(
            tr(
                '{n} features of {layer} have no "{field}" (features {ids}): each unit needs '
                "an id to be counted on its own."
            ).format(n=without.count, layer=label, field=field, ids=without.first())
        )
    if not twice:
        return
    shown = list(twice.items())[:FIRST_IDS]
    raise QgsProcessingException(
        tr(
            '{n} values of "{field}" are shared by several features of {layer}: {ids}. Each unit '
            "needs its own id. If the features are parts of one unit, merge them first "
            "(Vector › Geoprocessing Tools › Dissolve, by this field)."
        ).format(
            n=len(twice),
            field=field,
            layer=label,
            ids="; ".join(
                tr("{value} (features {features})").format(
                    value=value, features=", ".join(str(f) for f in features)
                )
                for value, features in shown
            ),
        )
    )
