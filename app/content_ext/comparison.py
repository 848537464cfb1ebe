"""content/comparison.yaml: the intoxication vs withdrawal table (rows of features).

    rows:
      - feature: Pupils
        intoxication: Small, "pinned" ...
        withdrawal: Dilated ...
        links: [pinpoint-pupils, dilated-pupils]      # entries the row links to (at least one)
        sources: [samhsa-tip-45]                      # ids from sources.yaml (at least one)
    notes:                                            # optional, shown under the table
      - text: If you are not sure, treat it as an overdose.
        sources: [cdc-recognizing-overdose]

RecordCheck is also used by the body map's check (app.content_ext.bodymap).
"""

from __future__ import annotations

from typing import Any

from app.content_ext import CheckContext

NAME = "comparison"
FILES = "comparison.yaml"

ROW_KEYS = {"feature", "intoxication", "withdrawal", "links", "sources"}
NOTE_KEYS = {"text", "sources"}


class RecordCheck:
    """Checks the fields of one mapping in a data file; each problem names the record."""

    def __init__(self, record: Any, where: str, ctx: CheckContext, problems: list[str]) -> None:
        self.record = record if isinstance(record, dict) else {}
        self.where = where
        self.ctx = ctx
        self.problems = problems
        self.ok = isinstance(record, dict)
        if not self.ok:
            self.report("must be a mapping of fields (key: value)")

    def report(self, message: str) -> None:
        self.problems.append(f"{self.where} {message}")
        self.ok = False

    def only(self, allowed: set[str]) -> None:
        unknown = sorted(set(map(str, self.record)) - allowed)
        if unknown:
            self.report(f"has unknown field(s) {', '.join(unknown)} "
                        f"(allowed: {', '.join(sorted(allowed))})")

    def text(self, key: str, required: bool = True) -> str:
        if key not in self.record:
            if required:
                self.report(f"is missing '{key}'")
            return ""
        value = self.record[key]
        if not _is_text(value):
            self.report(f"has an empty or non-text '{key}'")
            return ""
        return str(value).strip()

    def texts(self, key: str, required: bool = True) -> list[str]:
        values = self._list(key, required)
        out = []
        for value in values:
            if not _is_text(value):
                self.report(f"has an empty or non-text item in '{key}': {value!r}")
                continue
            out.append(str(value).strip())
        repeated = sorted({v for v in out if out.count(v) > 1})
        if repeated:
            self.report(f"lists {', '.join(repeated)} more than once in '{key}'")
        return out

    def slugs(self, key: str) -> list[str]:
        """Entry slugs, each of which must be an entry file present in the content."""
        values = self.texts(key)
        for slug in values:
            if slug not in self.ctx.present:
                self.report(f"'{key}' points at no entry: '{slug}'")
        return values

    def sources(self, key: str = "sources") -> list[str]:
        values = self.texts(key)
        for sid in values:
            if sid not in self.ctx.sources:
                self.report(f"has an unknown source id '{sid}' (not in sources.yaml)")
        return values

    def _list(self, key: str, required: bool) -> list:
        if key not in self.record:
            if required:
                self.report(f"is missing '{key}'")
            return []
        value = self.record[key]
        if not isinstance(value, list):
            self.report(f"'{key}' must be a list (write it as [a, b] or one '- item' per line)")
            return []
        if required and not value:
            self.report(f"'{key}' must list at least one item")
        return value


def _is_text(value: Any) -> bool:
    return (isinstance(value, (str, int, float)) and not isinstance(value, bool)
            and bool(str(value).strip()))


def records(data: dict, key: str, problems: list[str], required: bool = True) -> list:
    """The list under a top-level key of a data file, or [] after reporting why not."""
    if key not in data:
        if required:
            problems.append(f"is missing '{key}': a list of records")
        return []
    value = data[key]
    if not isinstance(value, list) or (required and not value):
        problems.append(f"'{key}' must be a list with at least one record")
        return []
    return value


def top_level(data: dict, allowed: set[str], problems: list[str]) -> None:
    unknown = sorted(set(map(str, data)) - allowed)
    if unknown:
        problems.append(f"has unknown top-level key(s) {', '.join(unknown)} "
                        f"(allowed: {', '.join(sorted(allowed))})")


def check(data: dict, ctx: CheckContext) -> list[str]:
    problems: list[str] = []
    top_level(data, {"rows", "notes"}, problems)
    features: dict[str, int] = {}
    for number, row in enumerate(records(data, "rows", problems), start=1):
        record = RecordCheck(row, f"row {number}", ctx, problems)
        if not record.ok:
            continue
        feature = record.text("feature")
        if feature:
            record.where = f"row {number} ('{feature}')"
            if feature.casefold() in features:
                record.report(f"repeats the feature of row {features[feature.casefold()]}")
            features.setdefault(feature.casefold(), number)
        record.only(ROW_KEYS)
        record.text("intoxication")
        record.text("withdrawal")
        record.slugs("links")
        record.sources()
    for number, note in enumerate(records(data, "notes", problems, required=False), start=1):
        record = RecordCheck(note, f"note {number}", ctx, problems)
        if record.ok:
            record.only(NOTE_KEYS)
            record.text("text")
            record.sources()
    return problems


def compile(items: dict[str, Any]) -> dict[str, Any]:  # noqa: A001 (the extension API's name)
    """The table as stored: rows and notes with clean text (empty when the file is absent)."""
    data = items.get("comparison") or {}
    rows = [
        {
            "feature": str(row["feature"]).strip(),
            "intoxication": str(row["intoxication"]).strip(),
            "withdrawal": str(row["withdrawal"]).strip(),
            "links": [str(s).strip() for s in row["links"]],
            "sources": [str(s).strip() for s in row["sources"]],
        }
        for row in data.get("rows", [])
    ]
    notes = [
        {"text": str(note["text"]).strip(), "sources": [str(s).strip() for s in note["sources"]]}
        for note in data.get("notes", [])
    ]
    return {"rows": rows, "notes": notes}
