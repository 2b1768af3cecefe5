"""The items of a JSON array read from a file piece by piece: memory holds one item at a time,
however long the array (a catalogue export of 30,000 datasets)."""

import json

CHUNK = 1 << 16  # characters read at once
_DECODER = json.JSONDecoder()
_BLANK = " \t\r\n"
_NUMBER = "0123456789.eE+-"  # what may follow the part of a number a chunk ends with


class NotAnArrayError(ValueError):
    """The file does not hold one JSON array (not JSON, another value, or cut short)."""


def array_items(path, chunk: int = CHUNK):
    """Yields each item of the JSON array in the file at path, in order."""
    with open(path, encoding="utf-8") as stream:
        reader = _Reader(stream, chunk)
        if reader.next_char() != "[":
            raise NotAnArrayError("no JSON array")
        if reader.peek() == "]":
            reader.next_char()
        else:
            while True:
                yield reader.value()
                separator = reader.next_char()
                if separator == "]":
                    break
                if separator != ",":
                    raise NotAnArrayError(f"{separator!r} between items")
        if reader.next_char() != "":
            raise NotAnArrayError("text after the array")


class _Reader:
    """A window on a text stream: JSON values decoded as soon as they are whole."""

    def __init__(self, stream, chunk: int):
        self.stream, self.chunk = stream, chunk
        self.buffer, self.position, self.ended = "", 0, False

    def _more(self) -> bool:
        """Reads the next chunk into the window; False at the end of the stream."""
        text = "" if self.ended else self.stream.read(self.chunk)
        self.ended = not text
        self.buffer = self.buffer[self.position :] + text
        self.position = 0
        return bool(text)

    def peek(self) -> str:
        """The next character that is not white space ("" at the end)."""
        while True:
            while self.position < len(self.buffer) and self.buffer[self.position] in _BLANK:
                self.position += 1
            if self.position < len(self.buffer):
                return self.buffer[self.position]
            if not self._more():
                return ""

    def next_char(self) -> str:
        character = self.peek()
        self.position += len(character)
        return character

    def value(self):
        """The next JSON value, read until it is whole."""
        self.peek()
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buffer, self.position)
            except json.JSONDecodeError:
                if not self._more():
                    raise NotAnArrayError("the array is cut short") from None
                continue
            cut = end == len(self.buffer) or self.buffer[end] in _NUMBER
            if cut and not self.ended and self._more():
                continue  # a number may go on in the next chunk: decode it again, whole
            self.position = end
            return value
