"""The bundle's entry point: the same `netprep` command as the installed wheel."""

import sys

from netprep.cli import main

if __name__ == "__main__":
    sys.exit(main())
