"""Qt user interface: the annotation window and its parts (never imported by domain code)."""
