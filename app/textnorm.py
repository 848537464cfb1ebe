"""Text normalisation shared by the builder and the search (so both sides agree)."""

from __future__ import annotations

import re
import unicodedata

_INVISIBLE = dict.fromkeys(
    [0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x180E], None
)
WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)


def fold(text: str) -> str:
    """Lower-case, width-folded, accent-free text with single spaces.

    "Naloxóne  ＮＡＲＣＡＮ" -> "naloxone narcan". Zero-width characters are dropped.
    """
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.split())


def words(text: str) -> list[str]:
    """The words of a text as search sees them: folded letters and digits only."""
    return WORD_RE.findall(fold(text))


def key(text: str) -> str:
    """The comparison form of a title or alias: its words joined by single spaces."""
    return " ".join(words(text))
