"""OpioidRef: an offline point-of-care reference on heroin and other opioids.

This package is the Qt-free core; only `app.gui` imports Qt.
"""

__version__ = "0.1.0"
APP_NAME = "OpioidRef"
ORG_NAME = "OpioidRef"

DISCLAIMER = (
    "OpioidRef is a reference. It supports, and does not replace, clinical judgement "
    "and local protocols. In an emergency call 911."
)
