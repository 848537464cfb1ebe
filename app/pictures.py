"""Pictures in entries and on the home card (build time): drawn SVG files in content/pictures.

An entry shows one with Markdown's image syntax and a description for people who cannot see it:

    ![The recovery position: on the side, top knee bent](image:recovery-position.svg)

The build checks every picture (only `image:` names of files in content/pictures, each with its
description) and writes it into the page as a data: URL, so the page shows it on screen, in
print, in the PDF and on a slide with nothing to fetch. Files are drawn at twice the size they
are shown (their width attribute) so paper gets sharp lines.
"""

from __future__ import annotations

import base64
import re
from pathlib import Path

FOLDER = "pictures"
NAME_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\.svg")
MAX_BYTES = 200_000
SHOWN_MAX = 640
"""Widest a picture is shown, in pixels at zoom 1 (a page is about that wide on a laptop)."""

_MD_IMAGE_RE = re.compile(r"!\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
_HTML_IMG_RE = re.compile(r'<img src="image:([^"]*)" alt="([^"]*)"(?: title="[^"]*")? ?/?>')
_OWN_PARAGRAPH_RE = re.compile(r'<p>\s*(<img class="picture"[^>]*>)\s*</p>')
_WIDTH_RE = re.compile(r"<svg\b[^>]*\swidth=\"(\d+)(?:px)?\"", re.S)
_HEIGHT_RE = re.compile(r"<svg\b[^>]*\sheight=\"(\d+)(?:px)?\"", re.S)


def folder(content_dir: Path) -> Path:
    return content_dir / FOLDER


def check_file(path: Path) -> list[str]:
    """Problems with one picture file, each a sentence for the author."""
    if not NAME_RE.fullmatch(path.name):
        return ["a picture's name is lower-case words joined by '-', ending in .svg"]
    data = path.read_bytes()
    if len(data) > MAX_BYTES:
        return [f"is {len(data):,} bytes; a picture may have at most {MAX_BYTES:,}"]
    text = data.decode("utf-8", errors="replace")
    problems = []
    if "<svg" not in text:
        problems.append("is not an SVG drawing")
    elif not _WIDTH_RE.search(text):
        problems.append("the <svg> element needs a width in pixels (twice the width it is shown at)")
    if re.search(r"""(?:href|src)\s*=\s*["'](?!#)""", text):
        problems.append("links to another file or address: a picture must be drawn in one file")
    if "<script" in text.lower():
        problems.append("contains a script")
    return problems


def check_body(body_md: str, available: set[str]) -> list[str]:
    """Problems with the pictures an entry's Markdown shows."""
    problems = []
    for alt, src in _MD_IMAGE_RE.findall(body_md):
        if not src.startswith("image:"):
            problems.append(f"picture '{src}': pictures come from content/{FOLDER}, written "
                            "![what it shows](image:<name>.svg)")
        elif src[6:] not in available:
            problems.append(f"picture 'image:{src[6:]}' is not in content/{FOLDER} "
                            f"(there: {', '.join(sorted(available)) or 'nothing'})")
        if not alt.strip():
            problems.append(f"picture '{src}' needs a description between the brackets, "
                            "read out to people who cannot see it")
    return problems


def data_url(path: Path) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(path.read_bytes()).decode("ascii")


def shown_size(path: Path) -> tuple[int, int]:
    """Half the drawing's own size, at most SHOWN_MAX wide. Both are written in the tag: with
    the width alone Qt reserved the drawing's full height below the picture."""
    text = path.read_text(encoding="utf-8")
    width = int(_WIDTH_RE.search(text).group(1))
    found = _HEIGHT_RE.search(text)
    height = int(found.group(1)) if found else width // 2
    shown = min(width // 2, SHOWN_MAX)
    return shown, round(height * shown / width)


def img_tag(path: Path, alt_html: str) -> str:
    """The picture as an <img>; alt_html is already escaped."""
    width, height = shown_size(path)
    return (f'<img class="picture" src="{data_url(path)}" alt="{alt_html}" '
            f'width="{width}" height="{height}">')


def inline(html: str, drawings: dict[str, Path]) -> str:
    """Every <img src="image:NAME"> of rendered Markdown as the picture itself (names checked
    by check_body)."""
    html = _HTML_IMG_RE.sub(lambda m: img_tag(drawings[m.group(1)], m.group(2)), html)
    # a paragraph of its own gets the class page_style sets to single line height: with the
    # text's proportional line height Qt added a third of the picture as blank space below it
    return _OWN_PARAGRAPH_RE.sub(r'<p class="picture">\1</p>', html)
