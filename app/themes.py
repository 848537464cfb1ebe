"""Colour palettes shared by the Qt style and the entry HTML (no Qt here)."""

from __future__ import annotations

THEMES: dict[str, dict[str, str]] = {
    "light": {
        "name": "light",
        "text": "#1b1b1b", "muted": "#555555", "background": "#ffffff", "surface": "#f3f4f6",
        "border": "#c8ccd2", "link": "#0b57d0", "accent": "#0b57d0",
        "flag_text": "#7a0b0b", "flag_background": "#fdecec", "flag_border": "#c62828",
        "note_background": "#eef4fb", "highlight": "#fff3a3",
    },
    "dark": {
        "name": "dark",
        "text": "#e8e8e8", "muted": "#a8adb4", "background": "#1e1f22", "surface": "#2a2c30",
        "border": "#4a4d52", "link": "#8ab4f8", "accent": "#8ab4f8",
        "flag_text": "#ffd6d6", "flag_background": "#4a1d1d", "flag_border": "#ef5350",
        "note_background": "#23303d", "highlight": "#6b5d00",
    },
    "contrast": {
        "name": "contrast",
        "text": "#ffffff", "muted": "#ffffff", "background": "#000000", "surface": "#000000",
        "border": "#ffffff", "link": "#ffff00", "accent": "#ffff00",
        "flag_text": "#ffffff", "flag_background": "#000000", "flag_border": "#ff4040",
        "note_background": "#000000", "highlight": "#0000aa",
        "placeholder": "#a8a8a8",  # 8.9:1 on black, yet unlike typed (white) text
    },
}
THEME_NAMES = tuple(THEMES)


def theme(name: str | None) -> dict[str, str]:
    return THEMES.get(name or "light", THEMES["light"])


THEMES["print"] = {
    # For paper (app.printdoc), not a screen theme, so not in THEME_NAMES: black on white,
    # no tinted boxes, so printouts and photocopies stay legible.
    "name": "print",
    "text": "#000000", "muted": "#222222", "background": "#ffffff", "surface": "#ffffff",
    "border": "#000000", "link": "#000000", "accent": "#000000",
    "flag_text": "#000000", "flag_background": "#ffffff", "flag_border": "#000000",
    "note_background": "#ffffff", "highlight": "#ffffff",
}
