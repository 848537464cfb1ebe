"""Ed25519 keys for content packs: a publisher's key pair, fingerprints, the trusted public keys.

Private keys are PEM (PKCS#8, unencrypted) files written with 0600 permissions; public keys are
PEM (SubjectPublicKeyInfo) files named *.pub. A key's fingerprint is the first 32 hex digits of
the SHA-256 of its raw 32-byte public key; a pack's manifest names the key that signed it.

Signing and verifying use PyNaCl (libsodium, about 1 MiB) rather than `cryptography` (16 MiB
installed). For Ed25519 both PEM forms are fixed byte layouts (RFC 8410): a 16-byte DER prefix
and the 32-byte seed, a 12-byte prefix and the 32-byte public key, read and written here.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import re
from pathlib import Path

from nacl.exceptions import CryptoError
from nacl.signing import SigningKey as Ed25519PrivateKey
from nacl.signing import VerifyKey as Ed25519PublicKey

from app import paths
from app.errors import AppError


class KeyFileError(AppError):
    """A key file is missing, unreadable, of the wrong kind, or would be overwritten."""


PRIVATE_DER_PREFIX = bytes.fromhex("302e020100300506032b657004220420")
"""PKCS#8 OneAsymmetricKey v1, algorithm id-Ed25519 (1.3.101.112), then the 32-byte seed."""
PUBLIC_DER_PREFIX = bytes.fromhex("302a300506032b6570032100")
"""SubjectPublicKeyInfo, algorithm id-Ed25519, then the 32-byte public key."""
_PEM_RE = re.compile(rb"-----BEGIN ([A-Z ]+)-----\s*([A-Za-z0-9+/=\s]+?)-----END \1-----")


def sign(private_key: Ed25519PrivateKey, data: bytes) -> bytes:
    """The 64-byte Ed25519 signature of data."""
    return private_key.sign(data).signature


def verifies(public_key: Ed25519PublicKey, signature: bytes, data: bytes) -> bool:
    try:
        public_key.verify(data, signature)
    except (CryptoError, ValueError, TypeError):  # a changed text, a wrong-size signature
        return False
    return True


def fingerprint(public_key: Ed25519PublicKey) -> str:
    return hashlib.sha256(bytes(public_key)).hexdigest()[:32]


def _pem(label: str, der: bytes) -> bytes:
    body = base64.encodebytes(der).replace(b"\n", b"")
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return b"\n".join([f"-----BEGIN {label}-----".encode(), *lines, f"-----END {label}-----".encode()]) + b"\n"


def _pem_blocks(data: bytes) -> list[tuple[str, bytes]]:
    """(label, DER bytes) of each PEM block in data; blocks whose base64 is broken are skipped."""
    blocks = []
    for match in _PEM_RE.finditer(data):
        try:
            blocks.append((match.group(1).decode(), base64.b64decode(b"".join(match.group(2).split()),
                                                                      validate=True)))
        except (binascii.Error, ValueError):
            continue
    return blocks


def public_pem(public_key: Ed25519PublicKey) -> bytes:
    return _pem("PUBLIC KEY", PUBLIC_DER_PREFIX + bytes(public_key))


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
    _write_new(private_path, _pem("PRIVATE KEY", PRIVATE_DER_PREFIX + bytes(key)), 0o600)
    try:
        _write_new(public_path, public_pem(key.verify_key), 0o644)
    except BaseException:
        private_path.unlink()
        raise
    return fingerprint(key.verify_key)


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
    blocks = _pem_blocks(data)
    labels = [label for label, _der in blocks]
    if "ENCRYPTED PRIVATE KEY" in labels:
        raise KeyFileError(f"{path} is an encrypted private key; use an unencrypted PEM (PKCS#8) key.")
    private = [der for label, der in blocks if label == "PRIVATE KEY" or label.endswith(" PRIVATE KEY")]
    if not private:
        hint = " (that is a public key)" if "PUBLIC KEY" in labels else ""
        raise KeyFileError(f"{path} is not a PEM private key{hint}.")
    der = private[0]
    if not (len(der) == len(PRIVATE_DER_PREFIX) + 32 and der.startswith(PRIVATE_DER_PREFIX)):
        raise KeyFileError(f"{path} is not an Ed25519 key; content packs are signed with Ed25519.")
    return Ed25519PrivateKey(der[len(PRIVATE_DER_PREFIX):])


def load_public_key(path: Path) -> Ed25519PublicKey | None:
    """The Ed25519 public key in a PEM file, or None if the file holds no such key."""
    try:
        data = Path(path).read_bytes()
    except OSError:
        return None
    for label, der in _pem_blocks(data):
        if (label == "PUBLIC KEY" and len(der) == len(PUBLIC_DER_PREFIX) + 32
                and der.startswith(PUBLIC_DER_PREFIX)):
            return Ed25519PublicKey(der[len(PUBLIC_DER_PREFIX):])
        return None  # the first block decides, as a PEM reader does
    return None


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
