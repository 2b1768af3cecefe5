"""Units and shares written in the outputs."""

M2_PER_KM2 = 1_000_000.0
M_PER_KM = 1000.0


def percent(part: float, whole: float) -> float:
    """part as a percentage of whole; 0 for an empty whole."""
    return 100.0 * part / whole if whole > 0 else 0.0
