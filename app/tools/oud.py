"""The DSM-5 opioid use disorder checklist: the 11 criteria in DSM-5 order, the count and the
severity, with the rule that tolerance (10) and withdrawal (11) do not count for someone taking
opioids only as prescribed under appropriate medical supervision.

No Qt. Sources: DSM-5 as reproduced in PMC6590307 Table 1 and BCCSU Appendix 2 (clinical facts
§3). Every user-visible text is wrapped in QT_TRANSLATE_NOOP("oud", ...) for pyside6-lupdate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from app.errors import AppError
from app.tools import QT_TRANSLATE_NOOP




class OudError(AppError):
    """Criteria that are not criterion numbers 1 to 11."""


@dataclass(frozen=True)
class Criterion:
    number: int
    text: str
    physiological: bool = False
    """Tolerance and withdrawal: not counted when opioids are taken only as prescribed."""


CRITERIA: tuple[Criterion, ...] = (
    Criterion(1, QT_TRANSLATE_NOOP("oud", "Takes opioids in larger amounts, or for longer, than "
                                          "intended.")),
    Criterion(2, QT_TRANSLATE_NOOP("oud", "A persistent wish to cut down or control use, or "
                                          "attempts to that have not worked.")),
    Criterion(3, QT_TRANSLATE_NOOP("oud", "Spends a lot of time getting opioids, using them or "
                                          "recovering from them.")),
    Criterion(4, QT_TRANSLATE_NOOP("oud", "Craving: a strong desire or urge to use opioids.")),
    Criterion(5, QT_TRANSLATE_NOOP("oud", "Use leads to failing to meet major duties at work, "
                                          "school or home.")),
    Criterion(6, QT_TRANSLATE_NOOP("oud", "Keeps using despite repeated social or relationship "
                                          "problems caused or made worse by opioids.")),
    Criterion(7, QT_TRANSLATE_NOOP("oud", "Has given up or cut back important social, work or "
                                          "leisure activities because of use.")),
    Criterion(8, QT_TRANSLATE_NOOP("oud", "Uses again and again in situations where it is "
                                          "physically dangerous.")),
    Criterion(9, QT_TRANSLATE_NOOP("oud", "Keeps using despite knowing of a lasting or recurring "
                                          "physical or psychological problem that opioids likely "
                                          "cause or make worse.")),
    Criterion(10, QT_TRANSLATE_NOOP("oud", "Tolerance: needs markedly more for the same effect, "
                                           "or gets markedly less effect from the same amount."),
              physiological=True),
    Criterion(11, QT_TRANSLATE_NOOP("oud", "Withdrawal: has the typical opioid withdrawal "
                                           "syndrome, or takes opioids to relieve or avoid it."),
              physiological=True),
)
NUMBERS: tuple[int, ...] = tuple(c.number for c in CRITERIA)
TITLE = QT_TRANSLATE_NOOP("oud", "DSM-5 opioid use disorder checklist")
WINDOW = QT_TRANSLATE_NOOP("oud", "Count a criterion only if it occurred within the same "
                                  "12-month period.")
PRESCRIBED_RULE = QT_TRANSLATE_NOOP("oud", "Taking opioids only as prescribed under appropriate "
                                           "medical supervision: tolerance (10) and withdrawal "
                                           "(11) are not counted.")


@dataclass(frozen=True)
class Severity:
    key: str      # the JSON value
    low: int
    high: int
    label: str    # for people


SEVERITIES: tuple[Severity, ...] = (
    Severity("none", 0, 1, QT_TRANSLATE_NOOP("oud", "below the DSM-5 threshold for opioid use "
                                                    "disorder (0-1 criteria)")),
    Severity("mild", 2, 3, QT_TRANSLATE_NOOP("oud", "mild opioid use disorder (2-3 criteria)")),
    Severity("moderate", 4, 5, QT_TRANSLATE_NOOP("oud", "moderate opioid use disorder "
                                                        "(4-5 criteria)")),
    Severity("severe", 6, len(CRITERIA), QT_TRANSLATE_NOOP("oud", "severe opioid use disorder "
                                                                  "(6 or more criteria)")),
)


def severity_of(count: int) -> Severity:
    for severity in SEVERITIES:
        if severity.low <= count <= severity.high:
            return severity
    raise OudError(f"a criteria count runs from 0 to {len(CRITERIA)}; {count} is outside it")


@dataclass(frozen=True)
class Assessment:
    met: tuple[int, ...]          # as ticked, sorted
    counted: tuple[int, ...]      # what counts toward severity
    not_counted: tuple[int, ...]  # ticked but excluded by the prescribed rule
    prescribed: bool

    @property
    def count(self) -> int:
        return len(self.counted)

    @property
    def severity(self) -> Severity:
        return severity_of(self.count)


def assess(met: Iterable[int], prescribed: bool = False) -> Assessment:
    """Count the criteria met; with prescribed=True, 10 and 11 are not counted."""
    ticked = set()
    for number in met:
        if isinstance(number, bool) or not isinstance(number, int) or number not in NUMBERS:
            raise OudError(f"{number!r} is not a DSM-5 criterion; criteria are numbered "
                           f"1 to {len(CRITERIA)}")
        ticked.add(number)
    excluded = {c.number for c in CRITERIA if c.physiological} if prescribed else set()
    return Assessment(tuple(sorted(ticked)), tuple(sorted(ticked - excluded)),
                      tuple(sorted(ticked & excluded)), prescribed)


_NUMBER = re.compile(r"[0-9]+")


def parse_met(text: str) -> tuple[int, ...]:
    """"1,4,7" (spaces allowed) or "none" into criterion numbers; OudError on anything else."""
    cleaned = text.strip()
    if cleaned.lower() == "none":
        return ()
    if not cleaned:
        raise OudError("--met is empty; give criterion numbers such as 1,4,7, or 'none'")
    numbers, bad, seen = [], [], set()
    for part in (p.strip() for p in cleaned.split(",")):
        if not _NUMBER.fullmatch(part):
            bad.append(f"{part!r} is not a criterion number" if part
                       else "an empty item between commas")
        elif int(part) not in NUMBERS:
            bad.append(f"{part} is outside 1-{len(CRITERIA)}")
        elif int(part) in seen:
            bad.append(f"{part} is given more than once")
        else:
            seen.add(int(part))
            numbers.append(int(part))
    if bad:
        raise OudError(f"--met {text!r}: {'; '.join(bad)} (give criterion numbers 1 to "
                       f"{len(CRITERIA)} separated by commas, such as 1,4,7, or 'none')")
    return tuple(numbers)


def summary_text(result: Assessment, translate=lambda s: s) -> str:
    """Plain text for a chart: the criteria met, the count and the severity (translate()
    translates; placeholders are Qt-style %1, %2…)."""
    lines = [translate(TITLE), translate(WINDOW)]
    if result.prescribed:
        lines.append(translate(PRESCRIBED_RULE))
    counted = translate(QT_TRANSLATE_NOOP("oud", "Criteria counted: %1 of %2: %3"))
    lines.append(counted.replace("%3", translate(result.severity.label))
                 .replace("%2", str(len(CRITERIA))).replace("%1", str(result.count)))
    if not result.met:
        lines.append("  " + translate(QT_TRANSLATE_NOOP("oud", "No criteria ticked.")))
    not_counted = " " + translate(QT_TRANSLATE_NOOP("oud", "(not counted: taken as prescribed)"))
    by_number = {c.number: c for c in CRITERIA}
    for number in result.met:
        mark = "" if number in result.counted else not_counted
        lines.append(f"  {number}. {translate(by_number[number].text)}{mark}")
    return "\n".join(lines)
