"""`python -m netprep` behaves exactly like the `netprep` command."""

import sys

from netprep.cli import main

sys.exit(main())
