"""Bedside tools: pure scoring and lookup logic, used by both the CLI and the GUI (no Qt).

TOOLS names every tool; entries link to one with `[text](tool:NAME)` and the build checks
that NAME is here. The GUI's openers live in app/gui/tools/.
"""

def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks text for translation without importing Qt; returns it unchanged."""
    return text


TOOLS: dict[str, str] = {
    "cows": QT_TRANSLATE_NOOP("Tools", "COWS: Clinical Opiate Withdrawal Scale"),
    "oud": QT_TRANSLATE_NOOP("Tools", "DSM-5 opioid use disorder checklist"),
    "comparison": QT_TRANSLATE_NOOP("Tools", "Intoxication vs withdrawal"),
    "bodymap": QT_TRANSLATE_NOOP("Tools", "Injection-site body map"),
}


