"""councilsearch: document intelligence and search over UK local-government committee papers."""

__version__ = "0.1.0"
