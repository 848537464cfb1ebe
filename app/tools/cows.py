"""COWS, the Clinical Opiate Withdrawal Scale (Wesson & Ling 2003): items, scoring, bands,
the buprenorphine-start thresholds as each cited protocol gives them, and a series of scores.

No Qt. The item and anchor texts are the form's (SAMHSA TIP 40 table and PCSS copy, as in
docs/clinical-facts §2.4); the GUI and the CLI both read them from here. Every user-visible text
is wrapped in QT_TRANSLATE_NOOP("cows", ...) so that pyside6-lupdate collects it; the GUI passes
it through QCoreApplication.translate("cows", text).
"""

from __future__ import annotations

import difflib
from html import escape
from dataclasses import dataclass, field
from datetime import datetime
from typing import Callable, Iterable, Mapping

from app.errors import AppError
from app.tools import QT_TRANSLATE_NOOP


class CowsError(AppError):
    """A COWS item or point value the form does not have."""


@dataclass(frozen=True)
class Option:
    points: int
    anchor: str


@dataclass(frozen=True)
class Item:
    key: str
    title: str
    short: str
    how: str
    options: tuple[Option, ...]

    @property
    def allowed(self) -> tuple[int, ...]:
        return tuple(o.points for o in self.options)

    def anchor(self, points: int) -> str:
        for option in self.options:
            if option.points == points:
                return option.anchor
        raise CowsError(self.not_allowed(points))

    def allowed_text(self) -> str:
        *head, last = (str(p) for p in self.allowed)
        return f"{', '.join(head)} or {last}"

    def not_allowed(self, value: object) -> str:
        return f"{self.key}: {value!r} is not allowed ({self.key} takes {self.allowed_text()})"


def _item(key: str, title: str, short: str, how: str, *options: tuple[int, str]) -> Item:
    return Item(key, title, short, how, tuple(Option(p, a) for p, a in options))


ITEMS: tuple[Item, ...] = (
    _item("pulse",
          QT_TRANSLATE_NOOP("cows", "Resting pulse rate"),
          QT_TRANSLATE_NOOP("cows", "Pulse"),
          QT_TRANSLATE_NOOP("cows", "Beats per minute, measured after the patient has been "
                                    "sitting or lying for 1 minute."),
          (0, QT_TRANSLATE_NOOP("cows", "pulse rate 80 beats/min or below")),
          (1, QT_TRANSLATE_NOOP("cows", "pulse rate 81-100 beats/min")),
          (2, QT_TRANSLATE_NOOP("cows", "pulse rate 101-120 beats/min")),
          (4, QT_TRANSLATE_NOOP("cows", "pulse rate greater than 120 beats/min"))),
    _item("sweating",
          QT_TRANSLATE_NOOP("cows", "Sweating"),
          QT_TRANSLATE_NOOP("cows", "Sweating"),
          QT_TRANSLATE_NOOP("cows", "Over the past ½ hour, not accounted for by room "
                                    "temperature or patient activity."),
          (0, QT_TRANSLATE_NOOP("cows", "no report of chills or flushing")),
          (1, QT_TRANSLATE_NOOP("cows", "subjective report of chills or flushing")),
          (2, QT_TRANSLATE_NOOP("cows", "flushed or observable moistness on face")),
          (3, QT_TRANSLATE_NOOP("cows", "beads of sweat on brow or face")),
          (4, QT_TRANSLATE_NOOP("cows", "sweat streaming off face"))),
    _item("restlessness",
          QT_TRANSLATE_NOOP("cows", "Restlessness"),
          QT_TRANSLATE_NOOP("cows", "Restlessness"),
          QT_TRANSLATE_NOOP("cows", "Observed during the assessment."),
          (0, QT_TRANSLATE_NOOP("cows", "able to sit still")),
          (1, QT_TRANSLATE_NOOP("cows", "reports difficulty sitting still, but is able to do so")),
          (3, QT_TRANSLATE_NOOP("cows", "frequent shifting or extraneous movements of legs/arms")),
          (5, QT_TRANSLATE_NOOP("cows", "unable to sit still for more than a few seconds"))),
    _item("pupils",
          QT_TRANSLATE_NOOP("cows", "Pupil size"),
          QT_TRANSLATE_NOOP("cows", "Pupils"),
          "",
          (0, QT_TRANSLATE_NOOP("cows", "pupils pinned or normal size for room light")),
          (1, QT_TRANSLATE_NOOP("cows", "pupils possibly larger than normal for room light")),
          (2, QT_TRANSLATE_NOOP("cows", "pupils moderately dilated")),
          (5, QT_TRANSLATE_NOOP("cows", "pupils so dilated that only the rim of the iris "
                                        "is visible"))),
    _item("aches",
          QT_TRANSLATE_NOOP("cows", "Bone or joint aches"),
          QT_TRANSLATE_NOOP("cows", "Bone/joint aches"),
          QT_TRANSLATE_NOOP("cows", "If the patient was having pain before, score only the "
                                    "additional part attributed to opiate withdrawal."),
          (0, QT_TRANSLATE_NOOP("cows", "not present")),
          (1, QT_TRANSLATE_NOOP("cows", "mild diffuse discomfort")),
          (2, QT_TRANSLATE_NOOP("cows", "patient reports severe diffuse aching of joints/muscles")),
          (4,
           QT_TRANSLATE_NOOP("cows", "patient is rubbing joints or muscles and is unable to "
                                     "sit still because of discomfort"))),
    _item("runny_nose",
          QT_TRANSLATE_NOOP("cows", "Runny nose or tearing"),
          QT_TRANSLATE_NOOP("cows", "Runny nose/tearing"),
          QT_TRANSLATE_NOOP("cows", "Not accounted for by cold symptoms or allergies."),
          (0, QT_TRANSLATE_NOOP("cows", "not present")),
          (1, QT_TRANSLATE_NOOP("cows", "nasal stuffiness or unusually moist eyes")),
          (2, QT_TRANSLATE_NOOP("cows", "nose running or tearing")),
          (4, QT_TRANSLATE_NOOP("cows", "nose constantly running or tears streaming down cheeks"))),
    _item("gi_upset",
          QT_TRANSLATE_NOOP("cows", "GI upset"),
          QT_TRANSLATE_NOOP("cows", "GI upset"),
          QT_TRANSLATE_NOOP("cows", "Over the last ½ hour."),
          (0, QT_TRANSLATE_NOOP("cows", "no GI symptoms")),
          (1, QT_TRANSLATE_NOOP("cows", "stomach cramps")),
          (2, QT_TRANSLATE_NOOP("cows", "nausea or loose stool")),
          (3, QT_TRANSLATE_NOOP("cows", "vomiting or diarrhea")),
          (5, QT_TRANSLATE_NOOP("cows", "multiple episodes of diarrhea or vomiting"))),
    _item("tremor",
          QT_TRANSLATE_NOOP("cows", "Tremor"),
          QT_TRANSLATE_NOOP("cows", "Tremor"),
          QT_TRANSLATE_NOOP("cows", "Observation of outstretched hands."),
          (0, QT_TRANSLATE_NOOP("cows", "no tremor")),
          (1, QT_TRANSLATE_NOOP("cows", "tremor can be felt, but not observed")),
          (2, QT_TRANSLATE_NOOP("cows", "slight tremor observable")),
          (4, QT_TRANSLATE_NOOP("cows", "gross tremor or muscle twitching"))),
    _item("yawning",
          QT_TRANSLATE_NOOP("cows", "Yawning"),
          QT_TRANSLATE_NOOP("cows", "Yawning"),
          QT_TRANSLATE_NOOP("cows", "Observed during the assessment."),
          (0, QT_TRANSLATE_NOOP("cows", "no yawning")),
          (1, QT_TRANSLATE_NOOP("cows", "yawning once or twice during assessment")),
          (2, QT_TRANSLATE_NOOP("cows", "yawning three or more times during assessment")),
          (4, QT_TRANSLATE_NOOP("cows", "yawning several times/minute"))),
    _item("anxiety",
          QT_TRANSLATE_NOOP("cows", "Anxiety or irritability"),
          QT_TRANSLATE_NOOP("cows", "Anxiety/irritability"),
          "",
          (0, QT_TRANSLATE_NOOP("cows", "none")),
          (1, QT_TRANSLATE_NOOP("cows", "patient reports increasing irritability or anxiousness")),
          (2, QT_TRANSLATE_NOOP("cows", "patient obviously irritable or anxious")),
          (4,
           QT_TRANSLATE_NOOP("cows", "patient so irritable or anxious that participation in "
                                     "the assessment is difficult"))),
    _item("gooseflesh",
          QT_TRANSLATE_NOOP("cows", "Gooseflesh skin"),
          QT_TRANSLATE_NOOP("cows", "Gooseflesh"),
          "",
          (0, QT_TRANSLATE_NOOP("cows", "skin is smooth")),
          (3,
           QT_TRANSLATE_NOOP("cows", "piloerection of skin can be felt or hairs standing up on "
                                     "arms")),
          (5, QT_TRANSLATE_NOOP("cows", "prominent piloerection"))),
)
ITEM_KEYS: tuple[str, ...] = tuple(i.key for i in ITEMS)
BY_KEY: dict[str, Item] = {i.key: i for i in ITEMS}
MAX_TOTAL = sum(max(i.allowed) for i in ITEMS)
TITLE = QT_TRANSLATE_NOOP("cows", "COWS (Clinical Opiate Withdrawal Scale, Wesson & Ling 2003)")
INSTRUCTIONS = QT_TRANSLATE_NOOP(
    "cows", "For each item, pick the value that best describes the patient. Rate only what seems "
            "related to opiate withdrawal: a pulse raised because the patient was just jogging "
            "adds nothing.")


# --- bands -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Band:
    key: str      # the JSON value
    low: int
    high: int
    label: str    # for people


BANDS: tuple[Band, ...] = (
    Band("none", 0, 4, QT_TRANSLATE_NOOP("cows", "below the form's bands (0-4)")),
    Band("mild", 5, 12, QT_TRANSLATE_NOOP("cows", "mild (5-12)")),
    Band("moderate", 13, 24, QT_TRANSLATE_NOOP("cows", "moderate (13-24)")),
    Band("moderately severe", 25, 36, QT_TRANSLATE_NOOP("cows", "moderately severe (25-36)")),
    Band("severe", 37, MAX_TOTAL, QT_TRANSLATE_NOOP("cows", "severe (more than 36)")),
)
BAND_LINES: tuple[int, ...] = tuple(b.low for b in BANDS[1:])
"""Where each band of the form starts: 5, 13, 25, 37 (for charts)."""


def band_of(total: int) -> Band:
    for band in BANDS:
        if band.low <= total <= band.high:
            return band
    raise CowsError(f"a COWS total runs from 0 to {MAX_TOTAL}; {total} is outside it")


# --- scoring -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Score:
    points: tuple[int, ...]   # in ITEMS order
    total: int
    band: Band

    def as_dict(self) -> dict[str, int]:
        return dict(zip(ITEM_KEYS, self.points))

    def items_text(self, translate: Callable[[str], str] = lambda s: s) -> str:
        """Each item's short name and points: "Pulse 1, Sweating 2, …"."""
        return ", ".join(f"{translate(item.short)} {p}" for item, p in zip(ITEMS, self.points))


def problems(points: Mapping[str, object]) -> list[str]:
    """Every reason these item points are not a complete COWS form (empty when they are)."""
    found, unknown = [], False
    for key, value in points.items():
        item = BY_KEY.get(key)
        if item is None:
            close = difflib.get_close_matches(key.lower(), ITEM_KEYS, n=1, cutoff=0.6)
            hint = f" (did you mean {close[0]}?)" if close else ""
            found.append(f"{key!r} is not a COWS item{hint}")
            unknown = True
        elif isinstance(value, bool) or not isinstance(value, int) or value not in item.allowed:
            found.append(item.not_allowed(value))
    missing = [f"{item.key} ({item.allowed_text()})" for item in ITEMS if item.key not in points]
    if missing:
        found.append("missing items: " + ", ".join(missing))
    if unknown:
        found.append("the items are " + ", ".join(ITEM_KEYS))
    return found


def score(points: Mapping[str, object]) -> Score:
    """Total and band of a complete form; raises CowsError naming every bad or missing item."""
    found = problems(points)
    if found:
        raise CowsError("; ".join(found))
    values = tuple(int(points[k]) for k in ITEM_KEYS)
    total = sum(values)
    return Score(values, total, band_of(total))


def parse_assignments(args: Iterable[str]) -> Score:
    """Score ITEM=POINTS words as typed on the command line; CowsError names each malformed,
    repeated, unknown or missing item and each value the item does not allow."""
    points: dict[str, object] = {}
    found: list[str] = []
    for arg in args:
        key, sep, value = (part.strip() for part in arg.partition("="))
        if not sep or not key:
            found.append(f"{arg!r} is not ITEM=POINTS (for example pulse=2)")
        elif key in points:
            item = BY_KEY.get(key)
            allowed = f" ({key} takes {item.allowed_text()})" if item else ""
            found.append(f"{key} is given more than once{allowed}")
        else:
            points[key] = int(value) if value.isascii() and value.isdigit() else value
    found = found + problems(points)
    if found:
        raise CowsError("; ".join(found))
    return score(points)


# --- buprenorphine start: thresholds as each source gives them ------------------------------------

@dataclass(frozen=True)
class Threshold:
    source: str
    minimum: int   # the threshold is reached when total >= minimum
    text: str


THRESHOLDS: tuple[Threshold, ...] = (
    Threshold(QT_TRANSLATE_NOOP("cows", "CA Bridge"), 8, QT_TRANSLATE_NOOP(
        "cows", "COWS 8 or more, with at least 1 objective sign of withdrawal (2 preferred). "
                "If the person feels the withdrawal is only mild, it is too soon.")),
    Threshold(QT_TRANSLATE_NOOP("cows", "NIDA ED algorithm (2018)"), 8, QT_TRANSLATE_NOOP(
        "cows", "COWS 8 or more: first dose 4-8 mg buprenorphine SL. "
                "COWS 0-7: no buprenorphine yet.")),
    Threshold(QT_TRANSLATE_NOOP("cows", "ACEP BUPE tool"), 8, QT_TRANSLATE_NOOP(
        "cows", "COWS 8 or more in general.")),
    Threshold(QT_TRANSLATE_NOOP("cows", "ACEP BUPE tool"), 13, QT_TRANSLATE_NOOP(
        "cows", "COWS 13 or more for long-acting opioids, especially methadone.")),
    Threshold(QT_TRANSLATE_NOOP("cows", "NIDA ED algorithm (2018)"), 14, QT_TRANSLATE_NOOP(
        "cows", "COWS above 13: consider 8 mg as the first dose.")),
)

WARNINGS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("cows", "Methadone: withdrawal may not start until 48 h or more after the "
                               "last dose, and can take more than 72 h. Illicit fentanyl: the "
                               "onset is variable and may be more than 72 h."),
     QT_TRANSLATE_NOOP("cows", "CA Bridge")),
    (QT_TRANSLATE_NOOP("cows", "People on methadone can have withdrawal reactions to "
                               "buprenorphine up to 72 h after their last methadone dose; "
                               "consider consultation."),
     QT_TRANSLATE_NOOP("cows", "NIDA ED algorithm (2018)")),
    (QT_TRANSLATE_NOOP("cows", "People dependent on methadone or other long-acting opioids are "
                               "more prone to precipitated and prolonged withdrawal; "
                               "buprenorphine alone (monotherapy, without naloxone) is "
                               "recommended to start."),
     QT_TRANSLATE_NOOP("cows", "Suboxone label")),
)

RELATED_ENTRIES: tuple[str, ...] = (
    "buprenorphine-standard-induction", "buprenorphine-ed-high-dose",
    "precipitated-withdrawal", "precipitated-withdrawal-management",
)
"""Entries the tool links to (tests check that the bundled content has each)."""


def thresholds_reached(total: int) -> list[tuple[Threshold, bool]]:
    return [(t, total >= t.minimum) for t in THRESHOLDS]


TABLE_HEADERS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("cows", "Time"), QT_TRANSLATE_NOOP("cows", "Total"),
    QT_TRANSLATE_NOOP("cows", "Band"), QT_TRANSLATE_NOOP("cows", "Item points"),
)
"""Columns of a series table: on screen and on paper."""


# --- a series of scores (in memory only) -------------------------------------------------------

@dataclass(frozen=True)
class Record:
    when: datetime
    score: Score


@dataclass
class Series:
    """Scores recorded during one session of the tool. Never written to disk."""

    records: list[Record] = field(default_factory=list)

    def record(self, points: Mapping[str, int], when: datetime) -> Record:
        entry = Record(when, score(points))
        self.records.append(entry)
        self.records.sort(key=lambda r: r.when)
        return entry

    def clear(self) -> None:
        self.records.clear()

    def __len__(self) -> int:
        return len(self.records)

    def summary_text(self, translate: Callable[[str], str] = lambda s: s) -> str:
        """Plain text for a chart: each score's time, total, band and item points.

        translate() translates each text; placeholders are Qt-style %1, %2… (a translation that
        drops one loses that value, never raises)."""
        if not self.records:
            return translate(QT_TRANSLATE_NOOP("cows", "COWS: no scores recorded."))
        score_line = translate(QT_TRANSLATE_NOOP("cows", "%1  COWS %2 of %3: %4"))
        lines = [translate(TITLE)]
        for rec in self.records:
            lines.append(fill(score_line, rec.when.strftime("%Y-%m-%d %H:%M"), rec.score.total,
                              MAX_TOTAL, translate(rec.score.band.label)))
            lines.append("  " + rec.score.items_text(translate))
        if len(self.records) > 1:
            first, last = self.records[0], self.records[-1]
            lines.append(fill(translate(QT_TRANSLATE_NOOP("cows", "Change from %1 to %2: %3")),
                              first.when.strftime("%H:%M"), last.when.strftime("%H:%M"),
                              f"{last.score.total - first.score.total:+d}"))
        return "\n".join(lines)


    def summary_html(self, translate: Callable[[str], str] = lambda s: s) -> str:
        """The series as an HTML fragment for paper (escaped): a table of the scores, then the
        same plain-text summary that is copied to the clipboard."""
        rows = [(r.when.strftime("%Y-%m-%d %H:%M"), str(r.score.total),
                 translate(r.score.band.label), r.score.items_text(translate)) for r in self.records]
        cells = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>"
                        for row in rows)
        head = "".join(f"<th>{escape(translate(h))}</th>" for h in TABLE_HEADERS)
        return (f'<table class="data" border="1" cellspacing="0" cellpadding="4" width="100%">'
                f"<tr>{head}</tr>{cells}</table>"
                f'<pre style="white-space: pre-wrap">{escape(self.summary_text(translate))}</pre>')


def fill(template: str, *values: object) -> str:
    """Qt-style placeholders: %1 is the first value (highest number first, so %1 never eats %10)."""
    for number in range(len(values), 0, -1):
        template = template.replace(f"%{number}", str(values[number - 1]))
    return template
