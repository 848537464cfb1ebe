"""`opioidref cows` and `opioidref oud-severity` through a real subprocess: output, JSON shape,
exit codes and one-line error messages."""

from __future__ import annotations

import json

import pytest

from tests.test_tools_cows import FORM, ZERO, form_with_total


def words(points: dict) -> list[str]:
    return [f"{k}={v}" for k, v in points.items()]


@pytest.mark.parametrize("total, band", [
    (0, "none"), (4, "none"), (5, "mild"), (12, "mild"), (13, "moderate"), (24, "moderate"),
    (25, "moderately severe"), (36, "moderately severe"), (37, "severe"), (48, "severe"),
])
def test_cows_json_on_every_band_boundary(run, total, band):
    out = json.loads(run("cows", *words(form_with_total(total)), "--json").stdout)
    assert out == {"total": total, "band": band}


def test_cows_text_output_and_option_position(run):
    points = {"pulse": 1, "sweating": 2, "restlessness": 1, "pupils": 1, "aches": 1, "runny_nose": 1,
              "gi_upset": 1, "tremor": 1, "yawning": 1, "anxiety": 0, "gooseflesh": 0}
    proc = run("cows", "--json", *words(points))
    assert json.loads(proc.stdout) == {"total": 10, "band": "mild"}
    assert run("cows", *words(points)).stdout.strip() == "COWS 10 of 48: mild (5-12)"
    assert "below the form's bands" in run("cows", *words(ZERO)).stdout


@pytest.mark.parametrize("change, expected", [
    (["pulse=3"], "pulse: 3 is not allowed (pulse takes 0, 1, 2 or 4)"),
    (["restlessness=2"], "restlessness: 2 is not allowed (restlessness takes 0, 1, 3 or 5)"),
    (["gooseflesh=four"], "gooseflesh: 'four' is not allowed (gooseflesh takes 0, 3 or 5)"),
    (["pulse=1", "pulse=1"], "pulse is given more than once (pulse takes 0, 1, 2 or 4)"),
    (["sneezing=1"], "'sneezing' is not a COWS item"),
    (["yawn=1"], "(did you mean yawning?)"),
    (["tremor"], "'tremor' is not ITEM=POINTS"),
])
def test_cows_bad_input_exits_2_naming_the_item_and_its_values(run, change, expected):
    changed = {c.split("=")[0] for c in change}
    args = [w for w in words(ZERO) if w.split("=")[0] not in changed] + change
    proc = run("cows", *args, "--json", expect=2)
    assert proc.stdout == ""
    assert expected in proc.stderr
    assert proc.stderr.startswith("opioidref: cows: ") and proc.stderr.count("\n") == 1


def test_cows_missing_items_exit_2_with_their_values(run):
    proc = run("cows", *words(ZERO)[:-1], expect=2)
    assert "missing items: gooseflesh (0, 3 or 5)" in proc.stderr
    proc = run("cows", expect=2)
    assert all(key in proc.stderr for key in FORM)


def test_cows_unknown_option_exits_2(run):
    proc = run("cows", *words(ZERO), "--pulse=2", expect=2)
    assert "unrecognized arguments: --pulse=2" in proc.stderr


def test_cows_help_lists_items_and_their_values(run):
    out = run("cows", "--help").stdout
    assert "runny_nose    0, 1, 2 or 4" in out and "gooseflesh    0, 3 or 5" in out
    assert '"none"' in out


@pytest.mark.parametrize("args, expected", [
    (["--met", "1,4,7"], {"count": 3, "severity": "mild"}),
    (["--met", "none"], {"count": 0, "severity": "none"}),
    (["--met", "1"], {"count": 1, "severity": "none"}),
    (["--met", "1,2"], {"count": 2, "severity": "mild"}),
    (["--met", "1,2,3,4"], {"count": 4, "severity": "moderate"}),
    (["--met", "1,2,3,4,5"], {"count": 5, "severity": "moderate"}),
    (["--met", "1,2,3,4,5,6"], {"count": 6, "severity": "severe"}),
    (["--met", "1,2,3,4,10,11"], {"count": 6, "severity": "severe"}),
    (["--met", "1,2,3,4,10,11", "--prescribed"], {"count": 4, "severity": "moderate"}),
    (["--prescribed", "--met=10,11"], {"count": 0, "severity": "none"}),
])
def test_oud_severity_json(run, args, expected):
    assert json.loads(run("oud-severity", *args, "--json").stdout) == expected


def test_oud_severity_text_says_what_was_not_counted(run):
    out = run("oud-severity", "--met", "2,10,11", "--prescribed").stdout
    assert out.splitlines()[0] == "1 of 11 criteria counted: below the DSM-5 threshold for opioid use disorder (0-1 criteria)"
    assert "Not counted (taken only as prescribed under medical supervision): 10, 11" in out


@pytest.mark.parametrize("args, expected", [
    (["--met", "0"], "0 is outside 1-11"),
    (["--met", "1,12"], "12 is outside 1-11"),
    (["--met", "one"], "'one' is not a criterion number"),
    (["--met", "1,,2"], "an empty item between commas"),
    (["--met", ""], "--met is empty"),
    (["--met", "2,2"], "2 is given more than once"),
    ([], "the following arguments are required: --met"),
    (["--met"], "expected one argument"),
])
def test_oud_severity_bad_input_exits_2(run, args, expected):
    proc = run("oud-severity", *args, "--json", expect=2)
    assert proc.stdout == ""
    assert expected in proc.stderr and proc.stderr.count("\n") == 1
