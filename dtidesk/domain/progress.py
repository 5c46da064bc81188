"""How a long use case reports progress and learns that the officer cancelled it.

A use case that may run for more than about half a second takes `progress: Progress = no_progress` and
calls `progress(done, total, text)` between items. The caller's implementation may raise
`errors.Cancelled` from inside that call: the use case lets it propagate, so its transaction rolls back
(or the half-written file is removed) and nothing changes. The window's job runner supplies one that
updates a progress dialog; the CLI and tests pass nothing.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int, str], None]


def no_progress(done: int, total: int, text: str = "") -> None:
    """The default: nobody is watching and nobody can cancel."""
