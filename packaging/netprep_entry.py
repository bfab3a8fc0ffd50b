"""The bundle's entry point: the same `netprep` command as the installed wheel."""

import multiprocessing
import sys

from netprep.cli import main

if __name__ == "__main__":
    # User templates render in a worker process (spawn/forkserver): a frozen bundle must let
    # that child run the worker instead of starting the app again.
    multiprocessing.freeze_support()
    sys.exit(main())
