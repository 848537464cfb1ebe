"""Ed25519 keys for content packs: a publisher's key pair, fingerprints, the trusted public keys.

Private keys are PEM (PKCS#8, unencrypted) files written with 0600 permissions; public keys are
PEM (SubjectPublicKeyInfo) files named *.pub. A key's fingerprint is the first 32 hex digits of
the SHA-256 of its raw 32-byte public key; a pack's manifest names the key that signed it.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app import paths
from app.errors import AppError


class KeyFileError(AppError):
    """A key file is missing, unreadable, of the wrong kind, or would be overwritten."""


def fingerprint(public_key: Ed25519PublicKey) -> str:
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:32]


def public_pem(public_key: Ed25519PublicKey) -> bytes:
    return public_key.public_bytes(serialization.Encoding.PEM,
                                   serialization.PublicFormat.SubjectPublicKeyInfo)


def generate_keypair(private_path: Path, public_path: Path) -> str:
    """Write a new key pair; refuse to overwrite either file. Returns the fingerprint."""
    private_path, public_path = Path(private_path), Path(public_path)
    if private_path.resolve() == public_path.resolve():
        raise KeyFileError("The private and the public key need two different files.")
    for path in (private_path, public_path):
        if path.exists():
            raise KeyFileError(f"{path} already exists; a key file is never overwritten.")
        if not path.parent.is_dir():
            raise KeyFileError(f"There is no folder {path.parent}.")
    key = Ed25519PrivateKey.generate()
    private_bytes = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                      serialization.NoEncryption())
    _write_new(private_path, private_bytes, 0o600)
    try:
        _write_new(public_path, public_pem(key.public_key()), 0o644)
    except BaseException:
        private_path.unlink()
        raise
    return fingerprint(key.public_key())


def _write_new(path: Path, data: bytes, mode: int) -> None:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode)
    except FileExistsError:
        raise KeyFileError(f"{path} already exists; a key file is never overwritten.") from None
    except OSError as exc:
        raise KeyFileError(f"Cannot write {path}: {exc.strerror}.") from None
    with os.fdopen(fd, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    os.chmod(path, mode)  # the umask may have narrowed or, on some systems, ignored it


def load_private_key(path: Path) -> Ed25519PrivateKey:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise KeyFileError(f"Cannot read the private key {path}: {exc.strerror}.") from None
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except TypeError:
        raise KeyFileError(f"{path} is an encrypted private key; use an unencrypted PEM (PKCS#8) key.") from None
    except (ValueError, UnsupportedAlgorithm):
        hint = " (that is a public key)" if b"PUBLIC KEY" in data else ""
        raise KeyFileError(f"{path} is not a PEM private key{hint}.") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError(f"{path} is not an Ed25519 key; content packs are signed with Ed25519.")
    return key


def load_public_key(path: Path) -> Ed25519PublicKey | None:
    """The Ed25519 public key in a PEM file, or None if the file holds no such key."""
    try:
        key = serialization.load_pem_public_key(Path(path).read_bytes())
    except (OSError, ValueError, UnsupportedAlgorithm):
        return None
    return key if isinstance(key, Ed25519PublicKey) else None


def trusted_keys(folder: Path | None = None) -> dict[str, Ed25519PublicKey]:
    """Fingerprint -> key for every readable Ed25519 *.pub in the trusted-keys folder."""
    folder = Path(folder or paths.trusted_keys_dir())
    found: dict[str, Ed25519PublicKey] = {}
    if folder.is_dir():
        for path in sorted(folder.glob("*.pub")):
            key = load_public_key(path)
            if key is not None:
                found[fingerprint(key)] = key
    return found
