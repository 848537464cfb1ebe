"""How the presentation window looks: the high-contrast colours whatever the app's theme, and
type sized from the screen so that it reads from the back of a room."""

from __future__ import annotations

from app.themes import THEMES

THEME = "contrast"
LINES_PER_SCREEN = 20
"""Body text size: the screen's height divided by this (54 px on a 1080 px projector; with the
line spacing that is about 14 lines of body text, headings larger)."""
MIN_BODY_PX = 16
FOOTER_RATIO = 0.5
"""The footer (counter, hints) relative to the body text."""
FIT_FACTORS = (1.0, 0.9, 0.8, 0.7, 0.62, 0.55, 0.5)
"""A slide that does not fit shrinks by these steps (to half, still 19 px at 768 px high), no
further; the rest scrolls."""
SCALE_MIN, SCALE_MAX, SCALE_STEP = 0.5, 2.0, 0.1
TOOL_ZOOM = 1.6
"""A tool opened from a slide: its type this much larger than on the desktop."""


def body_px(screen_height: int, scale: float = 1.0) -> int:
    return max(MIN_BODY_PX, round(screen_height / LINES_PER_SCREEN * scale))


def style_sheet(body: int) -> str:
    """The window's style sheet for a body text size in pixels."""
    c = THEMES[THEME]
    small = max(MIN_BODY_PX // 2 + 4, round(body * FOOTER_RATIO))
    border = max(2, body // 18)
    return f"""
PresentationWindow, PresentationWindow QWidget {{
    background-color: {c['background']}; color: {c['text']}; font-size: {small}px;
}}
PresentationWindow QTextBrowser {{ border: none; font-size: {body}px; }}
PresentationWindow QLabel#heading {{ font-size: {round(body * 1.3)}px; font-weight: bold; }}
PresentationWindow QLabel#message {{ color: {c['accent']}; }}
PresentationWindow QLabel#hint, PresentationWindow QLabel#more {{ color: {c['accent']}; }}
PresentationWindow QListWidget {{ font-size: {round(body * 0.8)}px;
                                 border: {border}px solid {c['border']}; }}
PresentationWindow QListWidget::item {{ padding: {border * 2}px; }}
PresentationWindow QListWidget::item:selected {{ background-color: {c['accent']};
                                                color: {c['background']}; }}
PresentationWindow QLineEdit {{ font-size: {round(body * 0.8)}px; padding: {border}px;
                              border: {border}px solid {c['accent']}; }}
PresentationWindow QFrame#jump {{ border: {border}px solid {c['border']}; }}
PresentationWindow QProgressBar {{ border: {border}px solid {c['border']};
                                 max-height: {max(8, body // 4)}px;
                                 background-color: {c['background']}; }}
PresentationWindow QProgressBar::chunk {{ background-color: {c['accent']}; }}
"""
