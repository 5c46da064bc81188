"""`dtidesk-cli`: one module per command group; `main` is the console entry point."""

from .main import main

__all__ = ["main"]
