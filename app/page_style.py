"""The style sheet of every page, from a theme's palette (no Qt, no Jinja).

Stored pages (app.build_pages) carry no colours: the entry view sets this as its document's
default style sheet, so one stored page serves every theme. Pages rendered on demand (slides,
print, the comparison table) put the same rules in their own <style> through base.html.
"""

from __future__ import annotations

from app.themes import theme

_RULES = """\
body {{ color: {text}; background-color: {background}; }}
h1 {{ font-size: 165%; margin-top: 4px; margin-bottom: 2px; }}
h2 {{ font-size: 125%; margin-top: 16px; margin-bottom: 4px; }}
h3 {{ font-size: 110%; margin-top: 12px; margin-bottom: 4px; }}
p, li {{ line-height: 135%; }}
p.picture {{ line-height: 100%; margin-top: 6px; margin-bottom: 10px; }}
a {{ color: {link}; }}
.category {{ color: {muted}; font-size: 90%; }}
.summary {{ font-size: 112%; }}
.muted {{ color: {muted}; }}
.small {{ font-size: 88%; }}
table.flags {{ background-color: {flag_background}; border-color: {flag_border}; border-style: solid; }}
table.flags td {{ color: {flag_text}; }}
table.card {{ background-color: {surface}; border-color: {border}; border-style: solid; }}
table.data {{ border-color: {border}; border-style: solid; }}
table.data th {{ background-color: {surface}; }}
table.disclaimer {{ background-color: {note_background}; border-color: {border}; border-style: solid; }}
.flagtitle {{ font-weight: bold; }}
"""


def css(theme_name: str | None) -> str:
    """The page rules in a theme's colours (an unknown name gives the light theme)."""
    return _RULES.format(**theme(theme_name))
