"""The DSM-5 OUD checklist: criteria order, every severity boundary, the prescribed rule,
invalid criteria and the --met parser."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.tools import oud


def test_eleven_criteria_in_dsm5_order_with_tolerance_and_withdrawal_last():
    assert oud.NUMBERS == tuple(range(1, 12))
    assert [c.number for c in oud.CRITERIA if c.physiological] == [10, 11]
    assert oud.CRITERIA[3].text.startswith("Craving")
    assert oud.CRITERIA[9].text.startswith("Tolerance")
    assert oud.CRITERIA[10].text.startswith("Withdrawal")
    assert "12-month" in oud.WINDOW


@pytest.mark.parametrize("count, severity", [
    (0, "none"), (1, "none"), (2, "mild"), (3, "mild"), (4, "moderate"), (5, "moderate"),
    (6, "severe"), (11, "severe"),
])
def test_every_severity_boundary(count, severity):
    assert oud.severity_of(count).key == severity
    result = oud.assess(range(1, count + 1))
    assert (result.count, result.severity.key) == (count, severity)


@pytest.mark.parametrize("count", [-1, 12])
def test_counts_outside_the_checklist_are_refused(count):
    with pytest.raises(oud.OudError):
        oud.severity_of(count)


def test_prescribed_rule_drops_tolerance_and_withdrawal_only():
    plain = oud.assess([1, 10, 11])
    assert (plain.count, plain.severity.key, plain.not_counted) == (3, "mild", ())
    supervised = oud.assess([1, 10, 11], prescribed=True)
    assert (supervised.count, supervised.severity.key) == (1, "none")
    assert supervised.counted == (1,) and supervised.not_counted == (10, 11)
    # The rule changes nothing when 10 and 11 are not ticked.
    assert oud.assess([1, 2, 3, 4], prescribed=True).severity.key == "moderate"
    # Tolerance and withdrawal alone are opioid use disorder only without supervision.
    assert oud.assess([10, 11]).severity.key == "mild"
    assert oud.assess([10, 11], prescribed=True).severity.key == "none"
    # Six criteria, two of them 10 and 11: severe, or moderate under supervision.
    assert oud.assess([1, 2, 3, 4, 10, 11]).severity.key == "severe"
    assert oud.assess([1, 2, 3, 4, 10, 11], prescribed=True).severity.key == "moderate"


@given(st.sets(st.integers(1, 11)), st.booleans())
def test_count_is_the_ticked_criteria_less_the_excluded_ones(met, prescribed):
    result = oud.assess(met, prescribed)
    expected = met - {10, 11} if prescribed else met
    assert result.count == len(expected)
    assert [s for s in oud.SEVERITIES if s.low <= result.count <= s.high] == [result.severity]


def test_a_criterion_ticked_twice_counts_once():
    assert oud.assess([4, 4, 4]).count == 1


@pytest.mark.parametrize("bad", [0, 12, -1, True, "1", 1.0, None])
def test_assess_refuses_what_is_not_a_criterion(bad):
    with pytest.raises(oud.OudError, match="1 to 11"):
        oud.assess([1, bad])


@pytest.mark.parametrize("text, numbers", [
    ("1,4,7", (1, 4, 7)), (" 1 , 4 ,7 ", (1, 4, 7)), ("11", (11,)), ("none", ()), ("NONE", ()),
    ("07", (7,)),
])
def test_parse_met(text, numbers):
    assert oud.parse_met(text) == numbers


@pytest.mark.parametrize("text, expected", [
    ("", "--met is empty"), ("   ", "--met is empty"),
    ("0", "0 is outside 1-11"), ("12", "12 is outside 1-11"), ("1,99", "99 is outside 1-11"),
    ("a", "'a' is not a criterion number"), ("1;2", "'1;2' is not a criterion number"),
    ("-1", "'-1' is not a criterion number"), ("1.5", "'1.5' is not a criterion number"),
    ("1,,2", "an empty item between commas"), ("1,", "an empty item between commas"),
    ("3,3", "3 is given more than once"), ("１", "'１' is not a criterion number"),
])
def test_parse_met_refuses_with_a_clear_message(text, expected):
    with pytest.raises(oud.OudError) as caught:
        oud.parse_met(text)
    assert expected in str(caught.value)


def test_summary_lists_ticked_criteria_and_marks_the_ones_not_counted():
    text = oud.summary_text(oud.assess([4, 10], prescribed=True))
    lines = text.splitlines()
    assert lines[0] == oud.TITLE and lines[1] == oud.WINDOW and lines[2] == oud.PRESCRIBED_RULE
    assert lines[3] == "Criteria counted: 1 of 11: below the DSM-5 threshold for opioid use disorder (0-1 criteria)"
    assert lines[4].startswith("  4. Craving") and "not counted" not in lines[4]
    assert lines[5].startswith("  10. Tolerance") and lines[5].endswith("(not counted: taken as prescribed)")
    assert "No criteria ticked." in oud.summary_text(oud.assess([]))
