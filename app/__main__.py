"""`python -m app` is the same as the `opioidref` command."""

import sys

from app.cli import main

sys.exit(main())
