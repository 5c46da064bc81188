"""Use cases: one function per user action, one transaction each, called alike by GUI, CLI and tests."""
