"""The reference's fixed names: its categories and languages (plain values, cheap to import:
the window's first screen needs them before anything else of app.models)."""

CATEGORIES: dict[str, str] = {
    "signs": "Signs",
    "overdose": "Overdose",
    "withdrawal": "Withdrawal",
    "complications": "Injection-site complications",
    "treatment": "Treatment",
    "support": "Support",
}
"""Category folder -> English label, in display order."""

LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}
"""Languages of the reference, each named in itself: English is the original; others are
translations."""
