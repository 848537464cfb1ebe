"""Item data roles of the lists, as plain numbers: the side panel's first screen uses them
without building the Python types of the Qt namespace (tests/gui check them against Qt's)."""

USER_ROLE = 0x0100
"""Qt.ItemDataRole.UserRole: the first role free for applications (fixed by Qt)."""
SLUG_ROLE = USER_ROLE + 1
HTML_ROLE = USER_ROLE + 2
LANG_ROLE = SLUG_ROLE + 10
