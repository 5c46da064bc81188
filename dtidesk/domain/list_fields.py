"""The fields of each Excel list (tasks, targets, projects, units, scores, directives) and how officers head them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..domain.text import fold

KINDS = ("tasks", "targets", "projects", "units", "scores", "directives")

KIND_LABELS = {
    "tasks": "Nhiệm vụ",
    "targets": "Chỉ tiêu",
    "projects": "Dự án",
    "units": "Đơn vị",
    "scores": "Điểm tiêu chí",
    "directives": "Văn bản chỉ đạo",
}


@dataclass(frozen=True)
class ListField:
    key: str
    label: str  # the Vietnamese name shown in the mapping step and printed in the template header
    aliases: tuple[str, ...] = ()  # other headings seen in real documents
    required: bool = False
    hint: str = ""  # one line for the template's “Hướng dẫn” sheet
    example: str = ""

    def spellings(self) -> tuple[str, ...]:
        return (self.label, *self.aliases)


_CODE = ListField("code", "STT", ("Số TT", "TT", "T T", "Số thứ tự", "Mã"),
                  hint="Số thứ tự; ở dòng nhóm ghi I, II, 1, 2, 1.1 … để tạo nhóm.", example="1.1")
_LEAD = ("Đơn vị chủ trì", "Chủ trì", "Đơn vị thực hiện", "Đơn vị chủ trì thực hiện", "Cơ quan chủ trì",
         "Phòng, ban, đơn vị chủ trì", "Đơn vị, cá nhân thực hiện", "Đơn vị chủ trì/phối hợp", "Chủ đầu tư")
_NOTE = ListField("note", "Ghi chú", ("Ghi chu", "Lưu ý"), hint="Tùy ý.")

FIELDS: dict[str, tuple[ListField, ...]] = {
    "tasks": (
        _CODE,
        ListField("objective", "Mục tiêu", ("Mục tiêu, chỉ tiêu", "Mục tiêu cần đạt"),
                  hint="Dòng trống ở cột này tiếp tục mục tiêu của dòng trên.",
                  example="100% TTHC công khai đúng hạn"),
        ListField("content", "Nhiệm vụ/hoạt động",
                  ("Nội dung", "Nhiệm vụ", "Tên nhiệm vụ", "Nội dung nhiệm vụ", "Nhiệm vụ, giải pháp",
                   "Nhiệm vụ, hoạt động", "Nội dung công việc", "Hoạt động", "Giải pháp", "Công việc"),
                  required=True, hint="Bắt buộc ở mỗi dòng nhiệm vụ.",
                  example="Công khai bộ TTHC trên Cổng dịch vụ công của tỉnh"),
        ListField("output", "Kết quả/sản phẩm", ("Sản phẩm", "Kết quả dự kiến", "Sản phẩm đầu ra", "Kết quả đầu ra"),
                  example="TTHC được công khai"),
        ListField("lead_unit", "Đơn vị chủ trì", _LEAD[1:],
                  hint="Tên hoặc tên viết tắt của đơn vị; nhiều đơn vị cách nhau bằng dấu chấm phẩy.",
                  example="Văn phòng Sở"),
        ListField("coop_units", "Đơn vị phối hợp", ("Phối hợp", "Cơ quan phối hợp", "Phòng, ban đơn vị phối hợp",
                                                    "Đơn vị phối hợp thực hiện"),
                  hint="Nhiều đơn vị cách nhau bằng dấu chấm phẩy.", example="Thanh tra Sở; Các phòng, đơn vị thuộc Sở"),
        ListField("timeline", "Thời gian hoàn thành",
                  ("Thời gian thực hiện", "Thời hạn", "Thời hạn hoàn thành", "Thời gian", "Tiến độ",
                   "Tiến độ thực hiện", "Thời gian hoàn thành dự kiến"),
                  hint="Như in trong kế hoạch: Thường xuyên, Quý IV/2024, Năm 2024, 30/6/2024 …",
                  example="Quý IV/2024"),
        ListField("due_date", "Hạn hoàn thành", ("Ngày đến hạn", "Hạn chót", "Hạn (ngày)"),
                  hint="Ngày cụ thể (ngày/tháng/năm); để trống thì tính từ thời gian hoàn thành.", example=""),
        ListField("criterion", "Tiêu chí", ("Mã tiêu chí", "Tiêu chí DTI", "Thuộc tiêu chí"),
                  hint="Mã tiêu chí của bộ chỉ số (ví dụ 1.2) mà nhiệm vụ nhằm cải thiện.", example=""),
        ListField("status", "Tình trạng", ("Trạng thái", "Tình hình thực hiện", "Tình trạng thực hiện"),
                  hint="Chưa thực hiện, Đang thực hiện hoặc Hoàn thành; để trống là chưa thực hiện.",
                  example="Đang thực hiện"),
        ListField("completed_on", "Ngày hoàn thành", ("Ngày hoàn thành thực tế",),
                  hint="Ngày/tháng/năm, cho nhiệm vụ đã hoàn thành.", example=""),
        ListField("result", "Kết quả thực hiện", ("Kết quả đạt được", "Kết quả triển khai"), example=""),
    ),
    "targets": (
        _CODE,
        ListField("content", "Nội dung chỉ tiêu", ("Chỉ tiêu", "Tên chỉ tiêu", "Nội dung", "Chỉ tiêu cụ thể"),
                  required=True, hint="Bắt buộc; mức chỉ tiêu được đọc từ nội dung nếu không có cột riêng.",
                  example="Tỷ lệ hồ sơ được xử lý hoàn toàn trực tuyến đạt trên 70%"),
        ListField("threshold", "Mức chỉ tiêu", ("Chỉ tiêu cần đạt", "Mức cần đạt", "Giá trị chỉ tiêu", "Ngưỡng",
                                                "Chỉ tiêu năm", "Kế hoạch năm"),
                  hint="Ví dụ: ≥ 97%, tối thiểu 97%, đạt trên 70%, 100%.", example="> 70%"),
        ListField("unit_of_measure", "Đơn vị tính", ("ĐVT", "Đơn vị đo"), example="%"),
        ListField("lead_unit", "Đơn vị chủ trì thực hiện", _LEAD, hint="Một đơn vị.", example="Văn phòng Sở"),
        ListField("monitor_unit", "Đơn vị theo dõi, đôn đốc", ("Đơn vị theo dõi", "Theo dõi, đôn đốc",
                                                                "Đơn vị đôn đốc", "Đơn vị theo dõi, đơn đốc"),
                  hint="Một đơn vị.", example="Văn phòng Sở"),
        _NOTE,
    ),
    "projects": (
        _CODE,
        ListField("name", "Tên dự án, hạng mục đầu tư", ("Tên dự án", "Dự án", "Hạng mục", "Tên hạng mục",
                                                         "Tên nhiệm vụ, dự án", "Dự án, hạng mục đầu tư"),
                  required=True, hint="Bắt buộc.", example="Nâng cấp phần mềm quản lý văn bản"),
        ListField("scale", "Nội dung, quy mô", ("Quy mô", "Nội dung đầu tư", "Nội dung"),
                  example="Nâng cấp, bổ sung chức năng"),
        ListField("timeframe", "Thời gian thực hiện", ("Thời gian", "Thời gian hoàn thành", "Thời hạn"),
                  example="2024"),
        ListField("lead_unit", "Đơn vị chủ trì", _LEAD[1:], hint="Một đơn vị.", example="Văn phòng Sở"),
        ListField("budget_total", "Kinh phí (triệu đồng)",
                  ("Kinh phí", "Tổng kinh phí", "Dự kiến kinh phí", "Tổng mức đầu tư", "Tổng số", "Tổng cộng"),
                  hint="Số, đơn vị triệu đồng (ví dụ 1.250,5).", example="500"),
        ListField("budget_state", "Ngân sách nhà nước (triệu đồng)", ("Ngân sách nhà nước", "NSNN", "Ngân sách",
                                                                       "Vốn ngân sách", "Nguồn ngân sách"),
                  hint="Số, triệu đồng.", example="500"),
        ListField("budget_social", "Vốn xã hội hóa", ("Xã hội hóa", "Vốn xã hội hoá", "Nguồn xã hội hóa",
                                                      "Vốn khác", "Nguồn khác"),
                  hint="Số, triệu đồng.", example=""),
        _NOTE,
    ),
    "units": (
        _CODE,
        ListField("name", "Tên đơn vị", ("Đơn vị", "Tên phòng, đơn vị", "Phòng, đơn vị", "Tên cơ quan, đơn vị",
                                         "Cơ quan, đơn vị"),
                  required=True, hint="Bắt buộc; đơn vị đã có trong tệp được giữ nguyên.", example="Văn phòng Sở"),
        ListField("short_name", "Tên viết tắt", ("Viết tắt", "Tên tắt", "Ký hiệu"), example="VP"),
        ListField("kind", "Loại đơn vị", ("Loại", "Phân loại"),
                  hint="Văn phòng, Phòng/đơn vị thuộc cơ quan, Đơn vị sự nghiệp, Cơ quan bên ngoài hoặc "
                       "Nhóm đơn vị; để trống là phòng, đơn vị thuộc cơ quan.", example="Văn phòng"),
    ),
    "scores": (
        ListField("code", "Mã tiêu chí", ("STT", "Số TT", "TT", "Mã", "Mã số"),
                  hint="Mã tiêu chí trong bộ chỉ số (1.1, 2.3 …); dòng “Tổng” ghi xếp hạng chung.", example="1.2"),
        ListField("name", "Tên tiêu chí", ("Tiêu chí", "Nội dung tiêu chí", "Nội dung", "Chỉ số, tiêu chí",
                                           "Tiêu chí, chỉ số"),
                  hint="Dùng để tìm tiêu chí khi không có mã.", example=""),
        ListField("max_score", "Điểm tối đa", ("Tối đa", "Điểm chuẩn", "Thang điểm"),
                  hint="Chỉ để đối chiếu với bộ chỉ số.", example="10"),
        ListField("self_score", "Điểm tự chấm", ("Tự chấm", "Điểm tự đánh giá", "Tự đánh giá"),
                  hint="Số, không vượt quá điểm tối đa.", example="10"),
        ListField("appraised_score", "Điểm thẩm định", ("Thẩm định", "Kết quả thẩm định", "Điểm đạt",
                                                        "Điểm được đánh giá"),
                  hint="Số, không vượt quá điểm tối đa.", example="8,5"),
        ListField("rank", "Xếp hạng", ("Thứ hạng", "Xếp thứ"),
                  hint="Ở dòng chỉ số thành phần hoặc dòng Tổng: 3 hoặc 3/18.", example=""),
        ListField("note", "Ghi chú", ("Lý do trừ điểm", "Nhận xét", "Ý kiến thẩm định"), example=""),
    ),
    "directives": (
        _CODE,
        ListField("doc_type", "Loại văn bản", ("Loại", "Hình thức văn bản", "Tên loại văn bản", "Thể loại"),
                  hint="Quyết định, Chỉ thị, Kế hoạch, Công văn …; để trống thì đọc từ số, ký hiệu (…/KH-… là "
                       "Kế hoạch).", example="Kế hoạch"),
        ListField("number_symbol", "Số, ký hiệu", ("Số ký hiệu", "Số/ký hiệu", "Số, ký hiệu văn bản", "Số hiệu",
                                                   "Số văn bản", "Số và ký hiệu", "Ký hiệu"),
                  hint="Như in trên văn bản.", example="300/KH-UBND"),
        ListField("issued_on", "Ngày ban hành", ("Ngày, tháng, năm ban hành", "Ngày văn bản", "Ngày ký", "Ngày",
                                                 "Ngày tháng năm", "Ngày ban hành văn bản"),
                  hint="Ngày/tháng/năm.", example="28/12/2023"),
        ListField("issuer", "Cơ quan ban hành", ("Cơ quan", "Nơi ban hành", "Đơn vị ban hành", "Tác giả",
                                                 "Cơ quan ban hành văn bản"),
                  example="UBND tỉnh"),
        ListField("summary", "Trích yếu", ("Trích yếu nội dung", "Tên văn bản", "Tên loại và trích yếu nội dung",
                                           "Nội dung", "Trích yếu văn bản", "Nội dung văn bản"),
                  required=True, hint="Bắt buộc.", example="Cải cách hành chính tỉnh năm 2024"),
        _NOTE,
    ),
}


# Below these every number of a list lies (money in triệu đồng; scores and ranks are small): a bigger one is a
# slip or a tampered file, and adding up or printing it would leave Decimal's 28 digits.
NUMBER_LIMITS = {"budget_total": 10**15, "budget_state": 10**15, "budget_social": 10**15, "threshold": 10**15,
                 "max_score": 10**4, "self_score": 10**4, "appraised_score": 10**4, "rank": 10**4}


def number_limit(key: str) -> int:
    return NUMBER_LIMITS.get(key, 10**15)


def fields_of(kind: str) -> tuple[ListField, ...]:
    return FIELDS[kind]


def field_of(kind: str, key: str) -> ListField:
    for f in FIELDS[kind]:
        if f.key == key:
            return f
    raise KeyError(key)


def words(text: object) -> str:
    """A heading reduced to plain words: folded, punctuation and line breaks gone ("Kết quả/\\nsản phẩm")."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(str(text or ""))).split())


EXACT = 1000


def match_score(heading: str, f: ListField) -> int:
    """How well a heading names a field: exact spelling beats a spelling inside a longer heading,
    and a longer spelling beats a shorter one ("Đơn vị phối hợp" over "Đơn vị")."""
    head = f" {words(heading)} "
    best = 0
    for spelling in f.spellings():
        w = words(spelling)
        if not w:
            continue
        if head.strip() == w:
            return EXACT + len(w)
        if f" {w} " in head and len(head.split()) <= len(w.split()) + 12:
            best = max(best, len(w))
    return best
