"""Coverage classes from the number of covering operators (Arcep definitions)."""

BLANCHE = "blanche"  # no operator
GRISE = "grise"  # some operators, not all
ALL = "all"  # every expected operator
CLASSES = (BLANCHE, GRISE, ALL)


def coverage_class(count: int, expected: int) -> str:
    if count == 0:
        return BLANCHE
    if expected > 0 and count >= expected:
        return ALL
    return GRISE
