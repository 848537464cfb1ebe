"""The content version: a hash of every file under content/ (cheap enough for every start)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from app.schema import BUILD_FORMAT, SCHEMA_VERSION


def content_files(content_dir: Path) -> list[Path]:
    """Every non-hidden file under the content folder, in a stable order."""
    files = [
        p
        for p in content_dir.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(content_dir).parts)
    ]
    return sorted(files, key=lambda p: p.relative_to(content_dir).as_posix())


def content_version(content_dir: Path) -> str:
    digest = hashlib.sha256(f"schema={SCHEMA_VERSION};format={BUILD_FORMAT}\n".encode())
    for path in content_files(content_dir):
        digest.update(path.relative_to(content_dir).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:16]
