"""Statistics form templates (dtidesk-form/1): schema, typed values and formulas, checks, table shape."""

from __future__ import annotations

from .checks import FormFinding, check_entries, check_table
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
    "normalise_code", "parse_template", "read_entry", "recompute_table", "row_label", "strip_group_prefix",
    "subtotal_members", "table_cells", "table_key", "table_shape", "template_warnings", "to_text",
]
