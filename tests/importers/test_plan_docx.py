"""Word plans: the project's own export (real footnotes) comes back with the same scores; a hand-made docx."""

from __future__ import annotations

from decimal import Decimal as D

from docx import Document

from dtidesk.domain.models import Agency
from dtidesk.importers.plan_text import parse_plan_file
from dtidesk.services.export import export
from dtidesk.services.files import new_file
from dtidesk.services.plan_import import commit_plan_import, preview_plan_import
from dtidesk.services.scoring import scores_json


def test_exported_docx_imports_back_with_the_same_scores(demo, tmp_path):
    out = export(demo, 1, "document", "docx", tmp_path / "kh.docx")
    before = scores_json(demo, 2022)
    demo_tasks = len(demo.repo.tasks.for_plan(1))
    af = new_file(tmp_path / "moi.dtidesk", Agency(agency="SỞ TƯ PHÁP", agency_name="Sở Tư pháp"))
    try:
        preview = preview_plan_import(af, out)
        assert preview.framework.framework is not None and preview.framework.framework.code == "DTI-TQ-SO"
        assert preview.assessment_year == 2022 and preview.plan.where == "đoạn"
        assert preview.unrecognised == []
        plan_id, changes = commit_plan_import(af, preview)
        after = scores_json(af, 2022)
        assert after["total"] == before["total"]
        strip = [{k: n[k] for k in ("code", "self_score", "appraised_score", "max_score", "rank", "rank_of")}
                 for n in before["nodes"]]
        assert [{k: n[k] for k in strip[0]} for n in after["nodes"]] == strip
        tasks = af.repo.tasks.for_plan(plan_id)
        assert len(tasks) == demo_tasks
        assert all(t.criterion_id for t in tasks)
        assert changes.touches("tasks", "scores")
        plan = af.repo.plans.get(plan_id)
        assert plan.kind == "dti" and plan.year == 2023 and plan.assessment_id is not None
        assert plan.indicator_intros["1"].startswith("Tiếp tục tổ chức thực hiện tốt")
    finally:
        af.close()


def _superscript(paragraph, text: str) -> None:
    paragraph.add_run(text).font.superscript = True


def test_hand_made_docx_with_typed_superscripts_and_a_table(tmp_path):
    doc = Document()
    doc.add_paragraph("KẾ HOẠCH")
    doc.add_paragraph("Cải thiện Chỉ số chuyển đổi số của Sở Công Thương năm 2025")
    doc.add_paragraph("II. NỘI DUNG")
    doc.add_paragraph("1. Chỉ tiêu “Thể chế số” (03 tiêu chí; năm 2024 đạt 17/20 điểm; đứng thứ 2/19)")
    p = doc.add_paragraph("1.1. Tiêu chí “Kế hoạch chuyển đổi số” (năm 2024 đạt 7/10 điểm; trừ 3 điểm)")
    _superscript(p, "1")
    doc.add_paragraph("Ban hành kế hoạch năm 2025 đúng hạn.")
    doc.add_paragraph("- Đơn vị chủ trì: Văn phòng Sở.")
    doc.add_paragraph("- Thời gian hoàn thành: Quý I/2025.")
    doc.add_paragraph("1.2. Tiêu chí “Quy chế”, “Kiến trúc” (năm 2024 đạt 05/05 điểm)")
    doc.add_paragraph("Duy trì quy chế và kiến trúc.")
    doc.add_paragraph("- Đơn vị thực hiện: Phòng Quản lý thương mại")
    note = doc.add_paragraph()
    _superscript(note, "1")
    note.add_run(" Sở tự chấm 10/10 điểm; thẩm định 7/10 điểm, thiếu biên bản.")
    doc.add_paragraph("PHỤ LỤC")
    table = doc.add_table(rows=3, cols=5)
    rows = [["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"],
            ["I", "Hạ tầng số", "", "", ""],
            ["1", "Thay thế máy chủ", "Văn phòng Sở", "Trung tâm Khuyến công", "Năm 2025"]]
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    path = tmp_path / "sct.docx"
    doc.save(str(path))
    p = parse_plan_file(path)
    g = p.groups[0]
    assert (g.name, g.stated_score, g.rank, g.rank_of) == ("Thể chế số", D(17), 2, 19)
    assert [c.code for c in g.criteria] == ["1.1", "1.2"]  # "03 tiêu chí": 1.2 names two things, one criterion
    c11 = g.criteria[0]
    assert (c11.self_score, c11.appraised_score, c11.note) == (D(10), D(7), "thiếu biên bản")
    assert (c11.tasks[0].lead_units, c11.tasks[0].timeline) == (["Văn phòng Sở"], "Quý I/2025")
    c12 = g.criteria[1]  # "05/05" is each thing's: the criterion is worth 10, and the index adds up to 20
    assert (c12.name, c12.parts, c12.appraised_score, c12.max_score) == (
        "“Quy chế”, “Kiến trúc”", ["Quy chế", "Kiến trúc"], D(10), D(10))
    row = p.groups[1].children[0].tasks[0]
    assert (row.content, row.lead_units, row.coop_units, row.timeline) == (
        "Thay thế máy chủ", ["Văn phòng Sở"], ["Trung tâm Khuyến công"], "Năm 2025")
    assert [w.message for w in p.warnings] == ["Tiêu chí 1.2 nêu 2 nội dung và chỉ số 1 ghi gồm 03 tiêu chí: đọc là "
                                               "một tiêu chí tối đa 10 điểm (5/5 điểm mỗi nội dung)."]
    assert p.unrecognised == []


def test_word_list_numbers_and_bullets_are_read_as_printed(tmp_path):
    doc = Document()
    doc.add_paragraph("KẾ HOẠCH")
    doc.add_paragraph("Cải cách hành chính năm 2025 của Sở Giao thông vận tải")
    doc.add_paragraph("I. NỘI DUNG")
    doc.add_paragraph("Cải cách thể chế", style="List Number")
    doc.add_paragraph("Rà soát văn bản quy phạm pháp luật.", style="List Bullet")
    doc.add_paragraph("Tham mưu ban hành quy chế làm việc.", style="List Bullet")
    doc.add_paragraph("Đơn vị chủ trì: Thanh tra Sở")
    doc.add_paragraph("Cải cách thủ tục hành chính", style="List Number")
    doc.add_paragraph("Công khai thủ tục hành chính.", style="List Bullet")
    doc.add_paragraph("Đơn vị chủ trì: Văn phòng Sở; Thời gian: Thường xuyên")
    path = tmp_path / "sgtvt.docx"
    doc.save(str(path))
    p = parse_plan_file(path)
    assert p.title == "Cải cách hành chính năm 2025 của Sở Giao thông vận tải"
    assert [(g.code, g.name) for g in p.groups] == [("1", "Cải cách thể chế"), ("2", "Cải cách thủ tục hành chính")]
    assert [(t.content, t.lead_units) for t in p.groups[0].tasks] == [
        ("Rà soát văn bản quy phạm pháp luật.", ["Thanh tra Sở"]),
        ("Tham mưu ban hành quy chế làm việc.", ["Thanh tra Sở"])]  # two bullets, not one paragraph
    t = p.groups[1].tasks[0]
    assert (t.lead_units, t.timeline) == (["Văn phòng Sở"], "Thường xuyên")
    assert p.unrecognised == []


def test_exported_area_plan_comes_back_with_its_groups_units_and_timelines(demo, tmp_path):
    out = export(demo, 2, "document", "docx", tmp_path / "cchc.docx")
    p = parse_plan_file(out)
    names = {u.id: u.name for u in demo.repo.units.all()}
    want = [(t.content.splitlines()[0], [names[i] for i in t.lead_unit_ids], [names[i] for i in t.coop_unit_ids],
             t.timeline) for t in demo.repo.tasks.for_plan(2)]
    got = [(t.content.rstrip("."), t.lead_units, t.coop_units, t.timeline) for t in p.tasks()]  # "." added
    # The last task of the demo holds three lines ("… truyền thông:", "- Chương trình …", "- Các sản phẩm …"),
    # printed as three paragraphs under one set of fields: read back as three tasks.
    assert got[:-3] == [(c.rstrip("."), lead, coop, tl) for c, lead, coop, tl in want[:-1]]
    assert [g.title for g in demo.repo.plans.groups(2)] == [g.name for g in p.all_groups()]
    assert p.kind == "cchc" and p.unrecognised == []
