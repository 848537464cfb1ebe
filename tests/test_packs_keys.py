"""Ed25519 key files for content packs: written, read back, refused with a reason, and in the
standard PEM forms other tools read (RFC 8410)."""

from __future__ import annotations

import base64
import shutil
import subprocess

import pytest

from app.packs_keys import (PRIVATE_DER_PREFIX, KeyFileError, fingerprint, generate_keypair,
                            load_private_key, load_public_key, public_pem, sign, verifies)


def _pem(label: str, der: bytes) -> bytes:
    return (f"-----BEGIN {label}-----\n".encode() + base64.encodebytes(der)
            + f"-----END {label}-----\n".encode())


@pytest.fixture
def pair(tmp_path):
    private, public = tmp_path / "p.key", tmp_path / "p.pub"
    fp = generate_keypair(private, public)
    return private, public, fp


def test_a_written_pair_reads_back_signs_and_verifies(pair):
    private, public, fp = pair
    key, pub = load_private_key(private), load_public_key(public)
    assert fingerprint(pub) == fp == fingerprint(key.verify_key) and len(fp) == 32
    signature = sign(key, b"manifest")
    assert len(signature) == 64
    assert verifies(pub, signature, b"manifest")
    assert not verifies(pub, signature, b"manifest!")
    assert not verifies(pub, signature[:-1], b"manifest")  # a cut signature is refused, not raised
    assert not verifies(pub, bytes(64), b"manifest")
    assert (private.stat().st_mode & 0o777) == 0o600
    assert public_pem(pub) == public.read_bytes()


def test_key_files_are_never_overwritten(pair, tmp_path):
    private, public, _fp = pair
    with pytest.raises(KeyFileError, match="never overwritten"):
        generate_keypair(private, tmp_path / "other.pub")
    with pytest.raises(KeyFileError, match="two different files"):
        generate_keypair(tmp_path / "same", tmp_path / "same")


@pytest.mark.parametrize("content, message", [
    (_pem("ENCRYPTED PRIVATE KEY", b"\x30\x03\x02\x01\x00"), "encrypted private key"),
    (None, "that is a public key"),
    (_pem("PRIVATE KEY", bytes.fromhex("302e020100300506032b656e04220420") + bytes(32)), "not an Ed25519 key"),
    (_pem("PRIVATE KEY", PRIVATE_DER_PREFIX + bytes(31)), "not an Ed25519 key"),
    (b"garbage", "not a PEM private key"),
    (b"-----BEGIN PRIVATE KEY-----\n!!!!\n-----END PRIVATE KEY-----\n", "not a PEM private key"),
])
def test_wrong_private_key_files_are_refused_with_the_reason(pair, tmp_path, content, message):
    path = tmp_path / "wrong.key"
    path.write_bytes(pair[1].read_bytes() if content is None else content)  # None: the .pub file
    with pytest.raises(KeyFileError, match=message):
        load_private_key(path)


def test_a_missing_private_key_is_refused(tmp_path):
    with pytest.raises(KeyFileError, match="Cannot read"):
        load_private_key(tmp_path / "nothing.key")


def test_public_files_that_hold_no_ed25519_key_are_not_keys(tmp_path, pair):
    x25519 = _pem("PUBLIC KEY", bytes.fromhex("302a300506032b656e032100") + bytes(32))
    for name, data in {"x": x25519, "short": _pem("PUBLIC KEY", bytes(10)), "junk": b"\xff\x00",
                       "private": pair[0].read_bytes()}.items():
        (tmp_path / f"{name}.pub").write_bytes(data)
        assert load_public_key(tmp_path / f"{name}.pub") is None
    assert load_public_key(tmp_path / "absent.pub") is None


@pytest.mark.skipif(not shutil.which("openssl"), reason="needs the openssl command")
def test_openssl_reads_our_private_key_and_derives_our_public_key(pair):
    private, public, _fp = pair
    derived = subprocess.run(["openssl", "pkey", "-in", str(private), "-pubout"], check=True,
                             capture_output=True).stdout
    assert derived.split() == public.read_bytes().split()
