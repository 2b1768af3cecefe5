"""Processing provider `tdathack` and its algorithms."""
