"""Every text colour of every screen theme against the backgrounds it is drawn on meets WCAG AA
(4.5:1), and outlines of controls the 3:1 of non-text contrast (WCAG 1.4.11)."""

from __future__ import annotations

import pytest

from app.themes import THEMES

TEXT_ON = [  # (text colour, background) as the themes' pages and widgets pair them
    ("text", "background"), ("text", "surface"), ("muted", "background"), ("muted", "surface"),
    ("link", "background"), ("link", "surface"), ("flag_text", "flag_background"),
    ("text", "note_background"), ("link", "note_background"), ("placeholder", "background"),
    ("background", "accent"),  # selected rows: the background colour on the accent
]


def luminance(hex_colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def ratio(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("name", ["light", "dark", "contrast"])
@pytest.mark.parametrize("fore, back", TEXT_ON)
def test_text_meets_wcag_aa(name, fore, back):
    colours = THEMES[name]
    text = colours.get(fore, colours["muted"] if fore == "placeholder" else None)
    assert ratio(text, colours[back]) >= 4.5, (name, fore, back, round(ratio(text, colours[back]), 2))


@pytest.mark.parametrize("name", ["light", "dark", "contrast"])
def test_red_flag_border_and_control_outlines_stand_out(name):
    colours = THEMES[name]
    assert ratio(colours["flag_border"], colours["flag_background"]) >= 3
    outline = {"light": "border", "dark": "muted", "contrast": "text"}[name]
    if name != "light":  # Fusion's own outlines in light; ours in dark and high contrast
        assert ratio(colours[outline], colours["background"]) >= 3
