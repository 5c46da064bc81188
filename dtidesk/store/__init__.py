"""The agency file: SQLite through sqlite-utils. The only package that writes SQL."""

from .connection import AgencyFile, create_agency_file, inspect, open_agency_file
from .migrations import SCHEMA_VERSION

__all__ = ["AgencyFile", "SCHEMA_VERSION", "create_agency_file", "inspect", "open_agency_file"]
