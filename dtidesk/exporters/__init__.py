"""Exports of plans, appendices and score sheets (PDF, Word, Excel) and the page geometry they share."""

from __future__ import annotations

# NĐ 30/2020/NĐ-CP, Phụ lục I: A4; top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
PAGE_W_MM = 210.0
PAGE_H_MM = 297.0
MARGIN_TOP_MM = 20.0
MARGIN_BOTTOM_MM = 20.0
MARGIN_LEFT_MM = 30.0
MARGIN_RIGHT_MM = 15.0
FRAME_W_MM = PAGE_W_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM  # 165 mm
LANDSCAPE_FRAME_W_MM = PAGE_H_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM  # 252 mm

# The national title at 13 pt is 95.7 mm wide: the right column must be at least 96 mm.
HEADER_LEFT_MM = 68.0
HEADER_RIGHT_MM = FRAME_W_MM - HEADER_LEFT_MM

# Sizes (pt) chosen inside the decree's ranges.
SIZE_AGENCY = 13  # ô 2: 12–13
SIZE_NATIONAL = 13  # ô 1 quốc hiệu: 12–13
SIZE_MOTTO = 14  # ô 1 tiêu ngữ: 13–14
SIZE_NUMBER = 13  # ô 3: 13
SIZE_PLACE_DATE = 14  # ô 4: 13–14
SIZE_BODY = 14  # ô 5a, 6, 7: 13–14
SIZE_RECIPIENTS_LABEL = 12  # ô 9b "Nơi nhận:": 12
SIZE_RECIPIENTS = 11  # ô 9b list: 11
SIZE_PAGE_NUMBER = 13  # 13–14
SIZE_FOOTNOTE = 11
SIZE_TABLE = 12
SIZE_APPENDIX_LABEL = 14  # "Phụ lục I": 14 bold
SIZE_APPENDIX_TITLE = 13  # title 13–14 bold upper
BODY_LEADING = 18  # between single (16.1 pt at 14 pt) and 1.5 lines
PARA_SPACE_AFTER = 6  # at least 6 pt between paragraphs
FIRST_LINE_INDENT_MM = 12.7  # 1 cm or 1.27 cm
SIGNATURE_SPACE_MM = 28  # room for the signature and seal
# NĐ 30, ô 5a: the rule under the trích yếu is 1/3 to 1/2 of the line's length: the middle of that range.
TITLE_RULE_SHARE = 5 / 12

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
DOC_FONT_NAME = "Times New Roman"  # what Word and Excel files ask for; Word substitutes if absent

FORMATS = ("pdf", "docx", "xlsx")
APPENDIX_KINDS = ("tasks", "targets", "projects", "directives", "scores")
WHATS = ("document", *(f"appendix-{k}" for k in APPENDIX_KINDS[:4]), "scores")
