"""The algorithms the provider registers, one module each."""


def all_algorithms() -> list:
    """A fresh instance of every algorithm of the provider."""
    return []
