"""Hostile input everywhere (hypothesis): every CLI verb's arguments, content files and pack
files end in a result or a message for people, never in an unexpected exception."""

from __future__ import annotations

import shutil
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.cli import main
from app.content import load_content
from app.errors import AppError, ContentError

VERBS = ["search", "show", "list", "build", "cows", "oud-severity", "export", "keygen", "pack",
         "import", "info"]
TOKENS = ["--json", "--limit", "--category", "--format", "--pdf", "--out", "--key", "--content",
          "--check", "--met", "--prescribed", "--revert", "--allow-downgrade", "--", "-", "0", "1",
          "-5", "999999", "signs", "html", "text", "naloxone", "lesson:", "lesson:x", "pulse=4",
          "pulse=3", "gooseflesh=5", "1,4,7", "1,,2", "12", "x.pdf", "nowhere/x.pdf", ".", "=",
          "'", '"', "NEAR(", "😀", "\x00", "a" * 300]
ARG = st.one_of(st.sampled_from(TOKENS), st.text(max_size=30))
SETTINGS = settings(max_examples=120, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@pytest.fixture
def sandbox(monkeypatch, tmp_path, content_copy):
    """The CLI pointed at a throwaway content copy, database, user folder and working folder."""
    monkeypatch.setenv("OPIOIDREF_CONTENT", str(content_copy))
    monkeypatch.setenv("OPIOIDREF_DB", str(tmp_path / "db" / "content.db"))
    monkeypatch.setenv("OPIOIDREF_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("OPIOIDREF_TRUSTED_KEYS", str(tmp_path / "keys"))
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    return tmp_path


@SETTINGS
@given(verb=st.sampled_from(VERBS), args=st.lists(ARG, max_size=6))
def test_every_verb_survives_any_arguments(sandbox, capsys, verb, args):
    try:
        code = main([verb, *args])
    except SystemExit as exc:  # --help and --version print and exit 0
        assert exc.code in (0, None), (verb, args, exc.code)
        return
    finally:
        capsys.readouterr()
    assert code in (0, 1, 2), (verb, args, code)


FRONT = st.fixed_dictionaries({}, optional={
    "title": st.one_of(st.text(max_size=40), st.integers(), st.none(), st.lists(st.text(max_size=5))),
    "summary": st.one_of(st.text(max_size=60), st.none(), st.booleans()),
    "aliases": st.one_of(st.lists(st.text(max_size=10), max_size=4), st.text(max_size=10), st.integers()),
    "see_also": st.one_of(st.lists(st.sampled_from(["naloxone", "abscess", "nope", ""]), max_size=3),
                          st.text(max_size=10)),
    "sources": st.one_of(st.lists(st.sampled_from(["test-source", "nope"]), max_size=2), st.none()),
    "reviewed": st.one_of(st.sampled_from(["2026-01-01", "2026-02-30", "yesterday", "2999-01-01"]),
                          st.integers(), st.none()),
    "handout": st.one_of(st.booleans(), st.text(max_size=5)),
})


@SETTINGS
@given(front=FRONT, body=st.text(max_size=200), raw=st.binary(max_size=200), use_raw=st.booleans())
def test_any_entry_file_is_accepted_or_refused_with_reasons(content_copy, front, body, raw, use_raw):
    import yaml

    target = content_copy / "signs" / "fuzzed.md"
    if use_raw:
        target.write_bytes(raw)
    else:
        target.write_text("---\n" + yaml.safe_dump(front, allow_unicode=True) + "---\n" + body,
                          encoding="utf-8", errors="surrogatepass")
    try:
        load_content(content_copy)
    except ContentError as exc:
        assert exc.problems and all(str(p) for p in exc.problems)


@SETTINGS
@given(text=st.text(max_size=300))
def test_any_yaml_data_file_is_accepted_or_refused_with_reasons(content_copy, text):
    for name in ("sources.yaml", "home.yaml"):
        original = (content_copy / name).read_bytes()
        (content_copy / name).write_text(text, encoding="utf-8", errors="surrogatepass")
        try:
            load_content(content_copy)
        except ContentError as exc:
            assert exc.problems
        finally:
            (content_copy / name).write_bytes(original)


@pytest.fixture(scope="module")
def signed_pack(tmp_path_factory):
    from app.packs import make_pack
    from app.packs_keys import generate_keypair
    from tests.conftest import FIXTURE_CONTENT

    root = tmp_path_factory.mktemp("pack")
    generate_keypair(root / "p.key", root / "p.pub")
    pack = root / "good.orpack"
    make_pack(pack, root / "p.key", content_dir=FIXTURE_CONTENT, build_date="2099-01-01T00:00:00Z")
    return pack


@SETTINGS
@given(data=st.data())
def test_any_pack_file_is_verified_or_refused(sandbox, signed_pack, data):
    from app import packs

    trusted = sandbox / "keys"
    trusted.mkdir(exist_ok=True)
    shutil.copy(signed_pack.parent / "p.pub", trusted / "p.pub")
    original = signed_pack.read_bytes()
    kind = data.draw(st.sampled_from(["flip", "cut", "random", "rezip"]))
    if kind == "flip":
        blob = bytearray(original)
        for _ in range(data.draw(st.integers(1, 8))):
            blob[data.draw(st.integers(0, len(blob) - 1))] ^= data.draw(st.integers(1, 255))
        blob = bytes(blob)
    elif kind == "cut":
        blob = original[: data.draw(st.integers(0, len(original) - 1))]
    elif kind == "random":
        blob = data.draw(st.binary(max_size=2000))
    else:  # a zip with the right names and hostile contents
        path = sandbox / "rezip.zip"
        with zipfile.ZipFile(path, "w") as z:
            for name in ("manifest.json", "manifest.sig", "content.db"):
                z.writestr(name, data.draw(st.binary(max_size=300)))
        blob = path.read_bytes()
    target = sandbox / "hostile.orpack"
    target.write_bytes(blob)
    before = sorted(p.name for p in (sandbox / "home").rglob("*")) if (sandbox / "home").exists() else []
    try:
        packs.inspect(target)
    except AppError:
        pass
    try:
        packs.install(target)
    except AppError:
        after = sorted(p.name for p in (sandbox / "home").rglob("*")) if (sandbox / "home").exists() else []
        assert after == before  # a refused pack changes nothing
    else:
        assert blob == original or kind == "flip"  # only an untouched (or harmlessly flipped) pack installs
        packs.revert()
