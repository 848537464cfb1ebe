"""COWS scoring against the published form: items, point values, every band boundary, every
invalid value, the command-line parser, the buprenorphine thresholds and the series summary."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.tools import cows
from tests.conftest import ROOT

# The issue text: item keys and the point options of the published form (Wesson & Ling 2003).
FORM = {
    "pulse": (0, 1, 2, 4), "sweating": (0, 1, 2, 3, 4), "restlessness": (0, 1, 3, 5),
    "pupils": (0, 1, 2, 5), "aches": (0, 1, 2, 4), "runny_nose": (0, 1, 2, 4),
    "gi_upset": (0, 1, 2, 3, 5), "tremor": (0, 1, 2, 4), "yawning": (0, 1, 2, 4),
    "anxiety": (0, 1, 2, 4), "gooseflesh": (0, 3, 5),
}
ZERO = {key: 0 for key in FORM}


def form_with_total(total: int) -> dict[str, int]:
    """A valid form adding up to total (greedy from the largest values)."""
    points, left = dict(ZERO), total
    for key, allowed in FORM.items():
        pick = max(v for v in allowed if v <= left)
        points[key] = pick
        left -= pick
    assert left == 0, total
    return points


def test_items_and_point_values_are_the_forms():
    assert cows.ITEM_KEYS == tuple(FORM)
    assert {item.key: item.allowed for item in cows.ITEMS} == FORM
    assert cows.MAX_TOTAL == 48
    for item in cows.ITEMS:
        assert item.title and all(option.anchor for option in item.options)
        assert len({option.anchor for option in item.options}) == len(item.options)


def test_point_values_agree_with_the_cows_entry():
    """The tool and the COWS entry's table must give every item the same point options."""
    text = (ROOT / "content" / "withdrawal" / "cows.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| (\d+) \| .*? \| (.+) \|$", text, flags=re.M)
    in_entry = [tuple(int(p) for p in re.findall(r"(?:^|; )(\d+) = ", anchors)) for _n, anchors in rows[:11]]
    assert in_entry == list(FORM.values())


@pytest.mark.parametrize("total, band", [
    (0, "none"), (4, "none"), (5, "mild"), (12, "mild"), (13, "moderate"), (24, "moderate"),
    (25, "moderately severe"), (36, "moderately severe"), (37, "severe"), (48, "severe"),
])
def test_every_band_boundary(total, band):
    assert cows.band_of(total).key == band
    result = cows.score(form_with_total(total))
    assert (result.total, result.band.key) == (total, band)


def test_scores_below_five_are_below_the_forms_bands_not_a_made_up_label():
    label = cows.band_of(3).label
    assert "below the form's bands" in label
    assert "no withdrawal" not in label.lower()


@pytest.mark.parametrize("total", [-1, 49, 100])
def test_totals_outside_the_form_are_refused(total):
    with pytest.raises(cows.CowsError, match="0 to 48"):
        cows.band_of(total)


def test_band_lines_are_where_the_bands_start():
    assert cows.BAND_LINES == (5, 13, 25, 37)


@given(st.fixed_dictionaries({key: st.sampled_from(allowed) for key, allowed in FORM.items()}))
def test_every_valid_form_totals_its_points_and_has_exactly_one_band(points):
    result = cows.score(points)
    assert result.total == sum(points.values())
    assert result.as_dict() == points
    containing = [b for b in cows.BANDS if b.low <= result.total <= b.high]
    assert containing == [result.band]


@pytest.mark.parametrize("key, bad", [(key, v) for key, allowed in FORM.items() for v in range(-1, 7)
                                      if v not in allowed])
def test_every_value_the_item_does_not_allow_is_refused(key, bad):
    with pytest.raises(cows.CowsError) as caught:
        cows.score({**ZERO, key: bad})
    message = str(caught.value)
    assert key in message and str(bad) in message
    assert ", ".join(str(v) for v in FORM[key][:-1]) + f" or {FORM[key][-1]}" in message


@pytest.mark.parametrize("bad", [True, "2", 2.0, None])
def test_values_that_are_not_whole_numbers_are_refused(bad):
    with pytest.raises(cows.CowsError, match="pulse"):
        cows.score({**ZERO, "pulse": bad})


def test_missing_and_unknown_items_are_named():
    points = dict(ZERO)
    del points["tremor"]
    points["tremors"] = 1
    with pytest.raises(cows.CowsError) as caught:
        cows.score(points)
    message = str(caught.value)
    assert "missing items: tremor (0, 1, 2 or 4)" in message
    assert "'tremors' is not a COWS item (did you mean tremor?)" in message


# --- the command line's ITEM=POINTS words ------------------------------------------------------

def words(points: dict) -> list[str]:
    return [f"{k}={v}" for k, v in points.items()]


def test_parse_scores_a_complete_form_in_any_order():
    points = form_with_total(30)
    result = cows.parse_assignments(reversed(words(points)))
    assert (result.total, result.band.key) == (30, "moderately severe")
    assert cows.parse_assignments([" pulse = 2 ", *words(ZERO)[1:]]).total == 2


@pytest.mark.parametrize("args, expected", [
    (["pulse=3"], "pulse: 3 is not allowed (pulse takes 0, 1, 2 or 4)"),
    (["pulse=x"], "pulse: 'x' is not allowed (pulse takes 0, 1, 2 or 4)"),
    (["pulse="], "pulse: '' is not allowed (pulse takes 0, 1, 2 or 4)"),
    (["pulse=-1"], "pulse: '-1' is not allowed"),
    (["pulse=1.0"], "pulse: '1.0' is not allowed"),
    (["pulse=+1"], "pulse: '+1' is not allowed"),
    (["gooseflesh=1"], "gooseflesh: 1 is not allowed (gooseflesh takes 0, 3 or 5)"),
    (["pulse=1", "pulse=2"], "pulse is given more than once (pulse takes 0, 1, 2 or 4)"),
    (["pulse"], "'pulse' is not ITEM=POINTS"),
    (["=2"], "'=2' is not ITEM=POINTS"),
    (["heart=2"], "'heart' is not a COWS item"),
    (["Pulse=2"], "'Pulse' is not a COWS item (did you mean pulse?)"),
])
def test_parse_refuses_with_the_item_and_its_values(args, expected):
    rest = [w for w in words(ZERO) if w.split("=")[0] not in {a.split("=")[0] for a in args}]
    with pytest.raises(cows.CowsError) as caught:
        cows.parse_assignments([*args, *rest])
    assert expected in str(caught.value)


def test_parse_names_every_missing_item_with_its_values():
    with pytest.raises(cows.CowsError) as caught:
        cows.parse_assignments(words(ZERO)[:-2])
    assert str(caught.value) == "missing items: anxiety (0, 1, 2 or 4), gooseflesh (0, 3 or 5)"


def test_parse_with_nothing_names_all_items():
    with pytest.raises(cows.CowsError) as caught:
        cows.parse_assignments([])
    assert all(key in str(caught.value) for key in FORM)


def test_parse_lists_the_items_once_after_an_unknown_one():
    with pytest.raises(cows.CowsError) as caught:
        cows.parse_assignments(["nausea=2", *words(ZERO)])
    assert str(caught.value).endswith("the items are " + ", ".join(FORM))


# --- buprenorphine thresholds --------------------------------------------------------------

@pytest.mark.parametrize("total, reached", [
    (7, set()), (8, {8}), (12, {8}), (13, {8, 13}), (14, {8, 13, 14}), (48, {8, 13, 14}),
])
def test_thresholds_reached_at_their_boundaries(total, reached):
    assert {t.minimum for t, on in cows.thresholds_reached(total) if on} == reached


def test_each_threshold_names_its_source():
    sources = {(t.source, t.minimum) for t in cows.THRESHOLDS}
    assert ("CA Bridge", 8) in sources and ("ACEP BUPE tool", 13) in sources
    assert ("NIDA ED algorithm (2018)", 8) in sources and ("NIDA ED algorithm (2018)", 14) in sources
    assert all(source for _text, source in cows.WARNINGS)


def test_related_entries_exist_in_the_bundled_content(bundled_db):
    from app.store import Store

    store = Store(bundled_db)
    try:
        assert set(store.titles(list(cows.RELATED_ENTRIES))) == set(cows.RELATED_ENTRIES)
    finally:
        store.close()


# --- the series ----------------------------------------------------------------------------

def test_series_keeps_scores_in_time_order_and_summarises_them():
    series = cows.Series()
    first = datetime(2026, 11, 24, 14, 5)
    series.record(form_with_total(20), first + timedelta(hours=1))
    series.record(form_with_total(9), first)
    assert [r.score.total for r in series.records] == [9, 20]
    text = series.summary_text()
    lines = text.splitlines()
    assert lines[0] == cows.TITLE
    assert lines[1] == "2026-11-24 14:05  COWS 9 of 48: mild (5-12)"
    assert lines[2].startswith("  Pulse ") and lines[2].count(",") == 10
    assert lines[3] == "2026-11-24 15:05  COWS 20 of 48: moderate (13-24)"
    assert lines[-1] == "Change from 14:05 to 15:05: +11"


def test_series_item_points_in_the_summary_are_the_recorded_ones():
    series = cows.Series()
    points = {**ZERO, "pulse": 4, "gooseflesh": 5, "gi_upset": 3}
    series.record(points, datetime(2026, 1, 2, 3, 4))
    assert "Pulse 4," in series.summary_text() and "GI upset 3," in series.summary_text()
    assert series.summary_text().splitlines()[2].endswith("Gooseflesh 5")


def test_series_refuses_an_incomplete_form_and_stays_unchanged():
    series = cows.Series()
    with pytest.raises(cows.CowsError):
        series.record({"pulse": 1}, datetime.now())
    assert len(series) == 0
    assert series.summary_text() == "COWS: no scores recorded."


def test_series_summary_goes_through_the_translator_and_clears():
    series = cows.Series()
    series.record(ZERO, datetime(2026, 1, 1, 8, 0))
    shouted = series.summary_text(lambda s: s.upper())
    assert "BELOW THE FORM'S BANDS (0-4)" in shouted and "PULSE 0" in shouted
    series.clear()
    assert len(series) == 0


def test_series_html_for_paper_is_escaped_and_complete():
    series = cows.Series()
    series.record(form_with_total(25), datetime(2026, 11, 24, 9, 30))
    html = series.summary_html(lambda s: s.replace("Band", "<Band>"))
    assert "<th>&lt;Band&gt;</th>" in html
    assert "<td>2026-11-24 09:30</td><td>25</td><td>moderately severe (25-36)</td>" in html
    assert "<pre" in html and "COWS 25 of 48: moderately severe (25-36)" in html
