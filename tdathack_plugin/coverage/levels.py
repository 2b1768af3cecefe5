"""Arcep coverage levels: très bonne (TBC) > bonne (BC) > limitée (CL)."""

LEVELS = ("CL", "BC", "TBC")


def level_rank(value):
    """Rank of an Arcep level code (CL=0, BC=1, TBC=2); None when the value is not a level."""
    text = str(value or "").strip().upper()
    return LEVELS.index(text) if text in LEVELS else None


def good_enough(value, min_rank: int) -> bool:
    rank = level_rank(value)
    return rank is not None and rank >= min_rank
