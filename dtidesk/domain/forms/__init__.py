"""Statistics form templates (dtidesk-form/1): schema, typed values and formulas, checks, table shape.

The names are loaded from their modules on first use (PEP 562): opening a file reads its stored templates
(template, schema) while the values, checks and table code wait until a form is shown, checked or exported.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

_NAMES = {
    "checks": ("FormFinding", "check_entries", "check_table", "stored_problems"),
    "schema": ("parse_template", "template_warnings"),
    "tables": ("KIND_NAMES", "TableShape", "complete_table", "group_prefix", "kind_name", "kind_of",
               "merge_tables", "recompute_table", "row_label", "strip_group_prefix", "subtotal_members",
               "table_cells", "table_key", "table_shape"),
    "template": ("CHECK_OPS", "CODE_RE", "NUMERIC_TYPES", "ROW_COLUMNS", "ROW_TYPES", "SCHEMA", "SUMMABLE_TYPES",
                 "TABLE_TYPES", "TYPE_LABELS", "Choice", "FormRow", "FormTemplate", "Formula", "StoredForm",
                 "Submission", "TableColumn", "normalise_code"),
    "values": ("Entry", "Value", "compute", "display", "from_text", "read_entry", "to_text"),
}
_MODULE_OF = {name: module for module, names in _NAMES.items() for name in names}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # later lookups are plain attribute reads
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULE_OF])


if TYPE_CHECKING:
    from .checks import FormFinding, check_entries, check_table, stored_problems
    from .schema import parse_template, template_warnings
    from .tables import (
        KIND_NAMES,
        TableShape,
        complete_table,
        group_prefix,
        kind_name,
        kind_of,
        merge_tables,
        recompute_table,
        row_label,
        strip_group_prefix,
        subtotal_members,
        table_cells,
        table_key,
        table_shape,
    )
    from .template import (
        CHECK_OPS,
        CODE_RE,
        NUMERIC_TYPES,
        ROW_COLUMNS,
        ROW_TYPES,
        SCHEMA,
        SUMMABLE_TYPES,
        TABLE_TYPES,
        TYPE_LABELS,
        Choice,
        FormRow,
        FormTemplate,
        Formula,
        StoredForm,
        Submission,
        TableColumn,
        normalise_code,
    )
    from .values import Entry, Value, compute, display, from_text, read_entry, to_text

__all__ = [
    "CHECK_OPS", "CODE_RE", "KIND_NAMES", "NUMERIC_TYPES", "ROW_COLUMNS", "ROW_TYPES", "SCHEMA",
    "SUMMABLE_TYPES", "TABLE_TYPES", "TYPE_LABELS", "Choice", "Entry", "FormFinding", "FormRow", "FormTemplate",
    "Formula", "StoredForm", "Submission", "TableColumn", "TableShape", "Value", "check_entries", "check_table",
    "complete_table", "compute", "display", "from_text", "group_prefix", "kind_name", "kind_of", "merge_tables",
    "normalise_code", "parse_template", "read_entry", "recompute_table", "row_label", "stored_problems",
    "strip_group_prefix", "subtotal_members", "table_cells", "table_key", "table_shape", "template_warnings", "to_text",
]
