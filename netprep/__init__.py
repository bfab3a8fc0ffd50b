"""netprep: prepare, run and follow up the 20-minute networking meeting."""

__version__ = "0.1.0"
APP_ID = "io.github.netprep.NetPrep"
APP_NAME = "netprep"
