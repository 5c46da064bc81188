"""Read a user-supplied JSON file (catalogs, form templates); a missing or malformed file says so in Vietnamese."""

from __future__ import annotations

import json
from pathlib import Path

from ..errors import ValidationError


def read_json(path: Path | str, what: str) -> object:
    """`what` names the kind of file in the message, e.g. "danh mục", "biểu mẫu"."""
    path = Path(path)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, IsADirectoryError):
        raise ValidationError(f"Không tìm thấy tệp {what} “{path}”.") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError(f"Tệp {what} “{path.name}” không phải JSON hợp lệ: {exc}.") from None
