"""Version numbers shared by the builder and the readers of the content database."""

SCHEMA_VERSION = 1
"""Bump when the tables change in a way older readers cannot read."""

BUILD_FORMAT = 4
"""Bump when the builder writes different bytes for the same content (forces a rebuild)."""

FTS_WEIGHTS = (10.0, 6.0, 3.0, 1.0)
"""bm25 weights of the FTS columns: title, aliases, summary, body."""
