"""The xlsx template of one list kind: a “Danh sách” sheet with drop-down lists and a “Hướng dẫn” sheet."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from ..domain.list_fields import KIND_LABELS, KINDS, ListField, fields_of
from ..domain.models import Indicator
from ..domain.plan_items import doc_type_names
from ..domain.status import STATUS_LABELS
from ..errors import ValidationError
from .xlsx_page import BOX, CENTER, HEAD_FILL, TOP, font, page_setup, save_workbook

DATA_SHEET = "Danh sách"
HELP_SHEET = "Hướng dẫn"
LISTS_SHEET = "Danh mục"
FIRST_DATA_ROW, LAST_VALIDATED_ROW = 2, 1000
WIDTHS = {"code": 8, "content": 48, "objective": 36, "name": 44, "output": 26, "lead_unit": 26, "coop_units": 26,
          "monitor_unit": 26, "timeline": 18, "scale": 36, "note": 24, "summary": 48, "number_symbol": 18,
          "issuer": 26, "issued_on": 14}
UNIT_KIND_CHOICES = ("Văn phòng", "Phòng, đơn vị thuộc cơ quan", "Đơn vị sự nghiệp", "Cơ quan bên ngoài",
                     "Nhóm đơn vị")


def _list_validation(ws: Worksheet, source: str, title: str) -> DataValidation:
    dv = DataValidation(type="list", formula1=source, allow_blank=True, showErrorMessage=False,
                        showInputMessage=True, promptTitle=title[:32], prompt="Chọn trong danh sách hoặc gõ tên mới.")
    ws.add_data_validation(dv)
    return dv


def _number_validation(ws: Worksheet) -> DataValidation:
    dv = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True,
                        showErrorMessage=True, errorTitle="Số không hợp lệ", error="Nhập một số không âm.")
    ws.add_data_validation(dv)
    return dv


def _help(wb: Workbook, kind: str, fields: tuple[ListField, ...]) -> None:
    ws = wb.create_sheet(HELP_SHEET, 1)
    ws["A1"] = f"HƯỚNG DẪN NHẬP DANH SÁCH {KIND_LABELS[kind].upper()}"
    ws["A1"].font = font(True)
    notes = [
        f"Nhập mỗi {KIND_LABELS[kind].lower()} trên một dòng của trang “{DATA_SHEET}”, bắt đầu từ dòng 2; "
        "không đổi tên các cột tiêu đề.",
        "Tệp được nhập tất cả hoặc không gì cả: mọi lỗi được báo theo dòng và cột, sửa xong rồi nhập lại.",
    ]
    if kind in ("tasks", "targets"):
        notes.append("Dòng nhóm: ghi I, II hoặc 1, 2, 1.1 ở cột STT và tên nhóm ở cột kế tiếp, để trống các cột "
                     "khác; các dòng bên dưới thuộc nhóm đó.")
    if kind in ("tasks", "targets", "projects"):
        notes.append("Tên đơn vị được so khớp không phân biệt hoa thường, có dấu hay không dấu; đơn vị chưa có "
                     "trong tệp sẽ được đề nghị tạo mới.")
    for i, text in enumerate(notes, start=2):
        cell = ws.cell(i, 1, f"– {text}")
        cell.font, cell.alignment = font(), TOP
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=5)
        ws.row_dimensions[i].height = 16 * (1 + len(text) // 130)
    start = len(notes) + 3
    for c, title in enumerate(("Cột", "Trường", "Bắt buộc", "Cách ghi", "Ví dụ"), start=1):
        cell = ws.cell(start, c, title)
        cell.font, cell.border, cell.fill = font(True), BOX, HEAD_FILL
    for r, f in enumerate(fields, start=start + 1):
        values = (get_column_letter(r - start), f.label, "Có" if f.required else "", f.hint, f.example)
        for c, value in enumerate(values, start=1):
            cell = ws.cell(r, c, value)
            cell.border, cell.alignment = BOX, TOP
            # The example is what a filled row looks like: grey italics, so it is not taken for data.
            cell.font = font(italic=c == 5, color="808080" if c == 5 else None)
        ws.row_dimensions[r].height = 16 * max(1, 1 + len(f.hint) // 62, 1 + len(f.example) // 36) + 2
    for letter, width in zip("ABCDE", (7, 30, 10, 60, 36), strict=True):
        ws.column_dimensions[letter].width = width
    page_setup(ws, True)


def _prefill_scores(ws: Worksheet, indicators: Sequence[Indicator], fields: tuple[ListField, ...]) -> None:
    col = {f.key: i for i, f in enumerate(fields, start=1)}
    for r, ind in enumerate(indicators, start=FIRST_DATA_ROW):
        ws.cell(r, col["code"], ind.code).number_format = "@"
        ws.cell(r, col["name"], ind.name)
        if ind.max_score is not None:
            ws.cell(r, col["max_score"], float(ind.max_score))
        for c in range(1, len(fields) + 1):
            ws.cell(r, c).font = font(bold=ind.kind == "group")
            ws.cell(r, c).alignment = TOP


def build_list_template(kind: str, units: Sequence[str] = (), indicators: Sequence[Indicator] = ()) -> Workbook:
    """`units` are offered in the unit columns' drop-down lists; `indicators` prefill a score template."""
    if kind not in KINDS:
        raise ValidationError(f"Loại danh sách “{kind}” không hợp lệ (chọn: {', '.join(KINDS)}).", "Loại")
    fields = fields_of(kind)
    wb = Workbook()
    ws = wb.active
    ws.title = DATA_SHEET
    for c, f in enumerate(fields, start=1):
        cell = ws.cell(1, c, f.label)
        cell.font, cell.border, cell.fill, cell.alignment = font(True), BOX, HEAD_FILL, CENTER
        ws.column_dimensions[get_column_letter(c)].width = WIDTHS.get(f.key, 16)
    ws.row_dimensions[1].height = 36
    ws.freeze_panes = "A2"
    page_setup(ws, True, (1, 1))
    col = {f.key: get_column_letter(c) for c, f in enumerate(fields, start=1)}

    def area(key: str) -> str:
        return f"{col[key]}{FIRST_DATA_ROW}:{col[key]}{LAST_VALIDATED_ROW}"

    if units:
        lists = wb.create_sheet(LISTS_SHEET)
        for r, name in enumerate(units, start=1):
            lists.cell(r, 1, name)
        lists.sheet_state = "hidden"
        source = f"'{LISTS_SHEET}'!$A$1:$A${len(units)}"
        for key in ("lead_unit", "coop_units", "monitor_unit"):
            if key in col:
                _list_validation(ws, source, "Đơn vị").add(area(key))
    choices = {"status": [str(v) for v in STATUS_LABELS.values()], "kind": list(UNIT_KIND_CHOICES),
               "doc_type": doc_type_names()}
    for key, values in choices.items():
        if key in col and kind in ("tasks", "units", "directives"):
            _list_validation(ws, '"' + ",".join(values) + '"', "Chọn").add(area(key))
    numbers = [k for k in ("budget_total", "budget_state", "budget_social", "self_score", "appraised_score",
                           "max_score") if k in col]
    if numbers:
        dv = _number_validation(ws)
        for key in numbers:
            dv.add(area(key))
    for key in ("code", "criterion", "number_symbol"):
        if key in col:  # “1.10” must stay text, not become the number 1.1 (nor “01/12” a date)
            for r in range(FIRST_DATA_ROW, 201):
                ws[f"{col[key]}{r}"].number_format = "@"
    if kind == "scores" and indicators:
        _prefill_scores(ws, indicators, fields)
    _help(wb, kind, fields)
    return wb


def write_list_template(kind: str, out: Path | str, units: Sequence[str] = (),
                        indicators: Sequence[Indicator] = ()) -> Path:
    """build_list_template, saved to `out` whole or not at all."""
    return save_workbook(build_list_template(kind, units, indicators), out)
