<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AgencyDialog</name>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="31" />
        <source>Parent agency:</source>
        <translation>Cơ quan chủ quản:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="31" />
        <source>Parent agency, abbreviated:</source>
        <translation>Cơ quan chủ quản (viết tắt):</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="32" />
        <source>Issuing agency:</source>
        <translation>Cơ quan ban hành:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="32" />
        <source>Agency name in text:</source>
        <translation>Tên cơ quan trong văn bản:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="32" />
        <source>Short code:</source>
        <translation>Chữ viết tắt:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="33" />
        <source>Place name:</source>
        <translation>Địa danh:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="33" />
        <source>Head's title:</source>
        <translation>Chức vụ người đứng đầu:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="33" />
        <source>Head's name:</source>
        <translation>Họ tên người đứng đầu:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="34" />
        <source>Deputy's title:</source>
        <translation>Chức vụ cấp phó:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="34" />
        <source>Deputy's name:</source>
        <translation>Họ tên cấp phó:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="42" />
        <source>Agency profile and units</source>
        <translation>Thông tin cơ quan và đơn vị</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="56" />
        <source>Default recipients (one per line):</source>
        <translation>Nơi nhận mặc định (mỗi dòng một nơi):</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="57" />
        <source>Save profile</source>
        <translation>Lưu thông tin</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="60" />
        <source>Profile</source>
        <translation>Thông tin cơ quan</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="65" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="65" />
        <source>Short name</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="65" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="66" />
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="66" />
        <source>Also written as</source>
        <translation>Còn viết là</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="72" />
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="72" />
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="73" />
        <source>Activate / deactivate</source>
        <translation>Bật / tắt hoạt động</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="73" />
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="74" />
        <source>Merge units…</source>
        <translation>Gộp đơn vị…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="84" />
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="94" />
        <source>Office of the agency</source>
        <translation>Văn phòng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="94" />
        <source>Section</source>
        <translation>Phòng, đơn vị thuộc cơ quan</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="95" />
        <source>Public service unit</source>
        <translation>Đơn vị sự nghiệp</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="95" />
        <source>Outside body</source>
        <translation>Cơ quan bên ngoài</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="96" />
        <source>Group of units</source>
        <translation>Nhóm đơn vị</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="103" />
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="103" />
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="111" />
        <source>Also written as: {0}</source>
        <translation>Còn viết là: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="126" />
        <source>edit agency profile</source>
        <translation>sửa thông tin cơ quan</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="131" />
        <source>Add a unit</source>
        <translation>Thêm đơn vị</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="131" />
        <source>Unit name:</source>
        <translation>Tên đơn vị:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="145" />
        <source>add unit</source>
        <translation>thêm đơn vị</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="153" />
        <source>Rename unit</source>
        <translation>Đổi tên đơn vị</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="153" />
        <source>New name:</source>
        <translation>Tên mới:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="155" />
        <source>rename unit</source>
        <translation>đổi tên đơn vị</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="165" />
        <source>deactivate unit</source>
        <translation>ngừng hoạt động đơn vị</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="165" />
        <source>activate unit</source>
        <translation>kích hoạt đơn vị</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="177" />
        <source>change unit kind</source>
        <translation>đổi loại đơn vị</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="187" />
        <source>Delete unit</source>
        <translation>Xóa đơn vị</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="187" />
        <source>Delete the unit “{0}”?</source>
        <translation>Xóa đơn vị “{0}”?</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="190" />
        <source>delete unit</source>
        <translation>xóa đơn vị</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="204" />
        <source>{0} (inactive)</source>
        <translation>{0} (ngừng hoạt động)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="206" />
        <source>Merge units</source>
        <translation>Gộp đơn vị</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="207" />
        <source>Merge “{0}” into the unit:
(its tasks, targets, projects and form figures go to that unit, and “{0}” becomes another way of writing its name)</source>
        <translation>Gộp “{0}” vào đơn vị:
(nhiệm vụ, chỉ tiêu, dự án và số liệu biểu mẫu của đơn vị này chuyển sang đơn vị được chọn; “{0}” trở thành một cách viết khác của tên đơn vị đó)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/agency_dialog.py" line="221" />
        <source>merge “{0}” into “{1}”</source>
        <translation>gộp “{0}” vào “{1}”</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../dtidesk/gui/app.py" line="42" />
        <source>Unexpected error</source>
        <translation>Lỗi ngoài dự kiến</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/app.py" line="43" />
        <source>DTI Desk met an unexpected error. What you were doing at that moment may not have been saved; the changes made before it are in the file.

Details were written to:
{0}</source>
        <translation>DTI Desk gặp lỗi không lường trước. Việc đang làm lúc đó có thể chưa được lưu; các thay đổi trước đó đã có trong tệp.

Chi tiết đã ghi vào:
{0}</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="53" />
        <source>Save as PNG…</source>
        <translation>Lưu hình (PNG)…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="54" />
        <source>Save this chart as a picture (PNG) to put in a document or slide</source>
        <translation>Lưu biểu đồ này thành tệp hình (PNG) để chèn vào văn bản, trình chiếu</translation>
    </message>
</context>
<context>
    <name>CriteriaTab</name>
    <message>
        <location filename="../dtidesk/gui/score_commands.py" line="33" />
        <source>edit self score {0}</source>
        <translation>sửa điểm tự chấm {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/score_commands.py" line="35" />
        <source>edit appraised score {0}</source>
        <translation>sửa điểm thẩm định {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/score_commands.py" line="64" />
        <source>edit rank {0}</source>
        <translation>sửa xếp hạng {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/score_commands.py" line="82" />
        <source>enter the inputs of {0}</source>
        <translation>nhập số liệu tiêu chí {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/score_commands.py" line="96" />
        <source>change the score of {0}</source>
        <translation>sửa điểm tiêu chí {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/score_commands.py" line="120" />
        <source>import index {0}</source>
        <translation>nhập bộ chỉ số {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="115" />
        <source>Framework:</source>
        <translation>Bộ chỉ số:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="123" />
        <source>Find a criterion by code or name…</source>
        <translation>Tìm tiêu chí theo mã hoặc tên…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="127" />
        <source>See tasks</source>
        <translation>Xem nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="128" />
        <source>Open the Tasks tab at the tasks of the selected criterion</source>
        <translation>Mở thẻ Nhiệm vụ tại các nhiệm vụ của tiêu chí đang chọn</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="129" />
        <source>New task…</source>
        <translation>Tạo nhiệm vụ…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="130" />
        <source>Create a task that raises the selected criterion</source>
        <translation>Tạo nhiệm vụ để nâng điểm tiêu chí đang chọn</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="133" />
        <source>Points at stake…</source>
        <translation>Điểm có thể giành lại…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="134" />
        <source>The criteria ranked by points lost and by points that can be won back, with the tasks linked to each</source>
        <translation>Các tiêu chí xếp theo điểm bị mất và điểm có thể giành lại, kèm các nhiệm vụ đã gắn với từng tiêu chí</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="172" />
        <source>lost points at appraisal</source>
        <translation>bị trừ điểm khi thẩm định</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="173" />
        <source>appraised below the self score</source>
        <translation>thẩm định thấp hơn tự chấm</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="174" />
        <source>Double-click a score to edit it; Ctrl+Z undoes.</source>
        <translation>Nhấp đúp vào ô điểm để sửa; Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="190" />
        <source>Scoring</source>
        <translation>Cách chấm điểm</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="191" />
        <source>Evidence</source>
        <translation>Tài liệu kiểm chứng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="343" />
        <source>Create the {0} assessment</source>
        <translation>Tạo kỳ đánh giá năm {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="345" />
        <source>Open a file and choose a year.</source>
        <translation>Hãy mở một tệp và chọn năm.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="346" />
        <source>Choose the assessment year on the toolbar.</source>
        <translation>Chọn năm đánh giá trên thanh công cụ.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="350" />
        <source>{0} (version {1})</source>
        <translation>{0} (phiên bản {1})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="353" />
        <source>no assessment for {0} yet: create it to enter the self and appraised scores.</source>
        <translation>chưa có kỳ đánh giá năm {0}: hãy tạo kỳ đánh giá để nhập điểm tự chấm và điểm thẩm định.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="357" />
        <source>appraised {0}/{1} points ({2})</source>
        <translation>thẩm định {0}/{1} điểm ({2})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="360" />
        <source>self score {0}</source>
        <translation>tự chấm {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="361" />
        <source>rank {0}</source>
        <translation>xếp hạng {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="362" />
        <source>rating: {0}</source>
        <translation>xếp loại: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="362" />
        <source>not set</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="365" />
        <source>{0} of {1} criteria lost points</source>
        <translation>{0}/{1} tiêu chí bị trừ điểm</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="366" />
        <source>assessment {0}</source>
        <translation>kỳ đánh giá năm {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="474" />
        <source>See tasks of {0}</source>
        <translation>Xem nhiệm vụ của tiêu chí {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="475" />
        <source>New task for {0}…</source>
        <translation>Tạo nhiệm vụ cho tiêu chí {0}…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="476" />
        <source>Add evidence…</source>
        <translation>Thêm tài liệu kiểm chứng…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="478" />
        <source>History…</source>
        <translation>Lịch sử…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="481" />
        <source>Edit rank…</source>
        <translation>Sửa xếp hạng…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="483" />
        <source>Expand all</source>
        <translation>Mở rộng tất cả</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_tab.py" line="484" />
        <source>Collapse all</source>
        <translation>Thu gọn tất cả</translation>
    </message>
</context>
<context>
    <name>CriteriaTreeModel</name>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="106" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="106" />
        <source>Code of the index or criterion</source>
        <translation>Mã chỉ số hoặc tiêu chí</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="107" />
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="107" />
        <source>Component index or criterion</source>
        <translation>Chỉ số thành phần hoặc tiêu chí</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="108" />
        <source>Max</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="108" />
        <source>Maximum score</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="109" />
        <source>Last year</source>
        <translation>Năm trước</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="109" />
        <source>Appraised score of the year before</source>
        <translation>Điểm thẩm định của năm trước</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="110" />
        <source>Self</source>
        <translation>Tự chấm</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="110" />
        <source>Self score (double-click to edit)</source>
        <translation>Điểm tự chấm (nhấp đúp để sửa)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="111" />
        <source>Appraised</source>
        <translation>Thẩm định</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="111" />
        <source>Appraised score, the one that counts (double-click to edit)</source>
        <translation>Điểm thẩm định, là điểm được tính (nhấp đúp để sửa)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="112" />
        <source>Deduction</source>
        <translation>Điểm trừ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="112" />
        <source>Points lost: maximum minus appraised score</source>
        <translation>Điểm bị trừ: điểm tối đa trừ điểm thẩm định</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="113" />
        <source>%</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="113" />
        <source>Appraised score as a percent of the maximum</source>
        <translation>Điểm thẩm định tính theo % điểm tối đa</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="114" />
        <source>Rank</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="114" />
        <source>Rank among the agencies, e.g. 3/18 (double-click to edit)</source>
        <translation>Thứ hạng trong số các cơ quan, ví dụ 3/18 (nhấp đúp để sửa)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="115" />
        <source>Evidence</source>
        <translation>Tài liệu KC</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="115" />
        <source>Number of evidence documents</source>
        <translation>Số tài liệu kiểm chứng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="116" />
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="116" />
        <source>Number of linked tasks (double-click to open them)</source>
        <translation>Số nhiệm vụ gắn với tiêu chí (nhấp đúp để mở)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="323" />
        <source>Total — rating: {0}</source>
        <translation>Tổng cộng — xếp loại: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="323" />
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="365" />
        <source>Self score {0} — appraised {1}: cut by {2} points</source>
        <translation>Tự chấm {0} — thẩm định {1}: bị trừ {2} điểm</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="368" />
        <source>Lost {0} of {1} points</source>
        <translation>Bị trừ {0}/{1} điểm</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="370" />
        <source>Double-click to see the tasks of this criterion</source>
        <translation>Nhấp đúp để xem các nhiệm vụ của tiêu chí này</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="386" />
        <source>Rank: “{0}” is not a rank; write it like 3/18.</source>
        <translation>Xếp hạng: “{0}” không phải là thứ hạng; hãy viết như 3/18.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criteria_model.py" line="445" />
        <source>total</source>
        <translation>tổng điểm</translation>
    </message>
</context>
<context>
    <name>CriterionMethodPanel</name>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="190" />
        <source>Record as not met</source>
        <translation>Ghi là không đạt</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="191" />
        <source>Record every item above as not met (0)</source>
        <translation>Ghi mọi nội dung ở trên là không đạt (0)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="201" />
        <source>Change score…</source>
        <translation>Sửa điểm…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="202" />
        <source>Type a self score other than the computed one, with the reason</source>
        <translation>Ghi điểm tự chấm khác điểm tính được, kèm lý do</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="205" />
        <source>Evidence…</source>
        <translation>Tài liệu kiểm chứng…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="206" />
        <source>See and add the evidence of this criterion</source>
        <translation>Xem và thêm tài liệu kiểm chứng của tiêu chí này</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="288" />
        <source>Scoring</source>
        <translation>Cách chấm điểm</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="289" />
        <source>Select a criterion to see how it is scored and enter its inputs.</source>
        <translation>Chọn một tiêu chí để xem cách tính điểm và nhập số liệu.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="298" />
        <source>maximum {0} points</source>
        <translation>điểm tối đa {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="301" />
        <source>How it is scored:</source>
        <translation>Cách tính điểm:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="303" />
        <source>The document:</source>
        <translation>Văn bản ghi:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="304" />
        <source>(no text)</source>
        <translation>(không ghi)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="316" />
        <source>Scored by the council: enter the self score in the table (double-click its self score cell).</source>
        <translation>Hội đồng chấm: nhập điểm tự chấm trong bảng (nhấp đúp vào ô Tự chấm).</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="319" />
        <source>There is no {0} assessment yet: create it to enter the inputs.</source>
        <translation>Chưa có kỳ đánh giá năm {0}: tạo kỳ đánh giá để nhập số liệu.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="322" />
        <source>The file is open read-only.</source>
        <translation>Tệp đang mở chỉ để đọc.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="324" />
        <source>Create the {0} assessment</source>
        <translation>Tạo kỳ đánh giá năm {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="333" />
        <source>none: the council scores it</source>
        <translation>không có: hội đồng chấm</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="339" />
        <source>not computed yet — missing: {0}</source>
        <translation>chưa tính được — còn thiếu: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="340" />
        <source>Computed score:</source>
        <translation>Điểm tính được:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="343" />
        <source>Self score:</source>
        <translation>Điểm tự chấm:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="346" />
        <source>changed by hand — reason: {0}</source>
        <translation>sửa tay — lý do: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="351" />
        <source>Evidence the decision requires:</source>
        <translation>Tài liệu kiểm chứng theo quyết định:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="352" />
        <source>not stated</source>
        <translation>không ghi</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="355" />
        <source>{0} documents entered</source>
        <translation>đã nhập {0} tài liệu</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="361" />
        <source>Still missing:</source>
        <translation>Còn thiếu:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="364" />
        <source>Nothing missing.</source>
        <translation>Đã đủ số liệu và tài liệu.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="387" />
        <source>— choose the case —</source>
        <translation>— chọn trường hợp —</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="395" />
        <source>Case</source>
        <translation>Trường hợp</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="400" />
        <source>Yes (met)</source>
        <translation>Có (đạt)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="415" />
        <source>day/month/year, e.g. 30/6/2024</source>
        <translation>ngày/tháng/năm, ví dụ 30/6/2024</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="417" />
        <source>a whole number</source>
        <translation>một số nguyên</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="419" />
        <source>a number, e.g. 92,4</source>
        <translation>một số, ví dụ 92,4</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="106" />
        <source>Index whose scores are shown over the years</source>
        <translation>Bộ chỉ số có điểm được thể hiện qua các năm</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="107" />
        <source>Index:</source>
        <translation>Bộ chỉ số:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="109" />
        <source>Component index whose criteria are shown</source>
        <translation>Chỉ số thành phần có các tiêu chí được thể hiện</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="110" />
        <source>Component index:</source>
        <translation>Chỉ số thành phần:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="112" />
        <source>Form whose sending is shown</source>
        <translation>Biểu mẫu có tình hình gửi được thể hiện</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="113" />
        <source>Form:</source>
        <translation>Biểu mẫu:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="200" />
        <source>{0}: component indices and the total over the years {1}–{2} (% of the maximum)</source>
        <translation>{0}: các chỉ số thành phần và tổng điểm qua các năm {1}–{2} (% điểm tối đa)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="202" />
        <source>{0}: component indices and the total in {1} (% of the maximum)</source>
        <translation>{0}: các chỉ số thành phần và tổng điểm năm {1} (% điểm tối đa)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="203" />
        <source>% of the maximum</source>
        <translation>% điểm tối đa</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="203" />
        <location filename="../dtidesk/gui/dashboard_view.py" line="232" />
        <source>Index</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="203" />
        <source>Total score</source>
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="204" />
        <source>The file has no assessment yet: enter a year's scores in the Criteria tab, or import the appraisal results.</source>
        <translation>Tệp chưa có kết quả đánh giá nào: nhập điểm của một năm ở thẻ Tiêu chí, hoặc nhập kết quả thẩm định.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="208" />
        <source>No lead unit yet</source>
        <translation>Chưa giao đơn vị chủ trì</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="208" />
        <source>Other tasks</source>
        <translation>Nhiệm vụ khác</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="212" />
        <source>Overdue, not done</source>
        <translation>Quá hạn, chưa hoàn thành</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="213" />
        <source>Tasks</source>
        <translation>Số nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="217" />
        <source>Choose a plan in the toolbar to see its task progress.</source>
        <translation>Chọn một kế hoạch trên thanh công cụ để xem tiến độ thực hiện nhiệm vụ.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="224" />
        <source>Task progress by lead unit, as of {0}</source>
        <translation>Tiến độ thực hiện nhiệm vụ theo đơn vị chủ trì, đến ngày {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="225" />
        <location filename="../dtidesk/gui/dashboard_view.py" line="251" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="226" />
        <source>The plan has no tasks yet.</source>
        <translation>Kế hoạch chưa có nhiệm vụ nào.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="230" />
        <source>Task progress by component index, as of {0}</source>
        <translation>Tiến độ thực hiện nhiệm vụ theo chỉ số thành phần, đến ngày {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="231" />
        <source>Task progress by area of the plan, as of {0}</source>
        <translation>Tiến độ thực hiện nhiệm vụ theo lĩnh vực của kế hoạch, đến ngày {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="232" />
        <source>Area</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="233" />
        <source>The plan's tasks are not grouped by area or criterion.</source>
        <translation>Nhiệm vụ của kế hoạch chưa được xếp theo lĩnh vực hay tiêu chí.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="239" />
        <source>Task progress by criterion of index {0}, as of {1}</source>
        <translation>Tiến độ thực hiện nhiệm vụ theo tiêu chí của chỉ số {0}, đến ngày {1}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="241" />
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="242" />
        <source>No task of this plan is tied to a criterion.</source>
        <translation>Chưa có nhiệm vụ nào của kế hoạch gắn với tiêu chí.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="249" />
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="249" />
        <source>Not sent</source>
        <translation>Chưa gửi</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="249" />
        <source>Not due yet</source>
        <translation>Chưa đến kỳ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="250" />
        <source>{0}, {1}: periods each unit has sent</source>
        <translation>{0} năm {1}: số kỳ báo cáo từng đơn vị đã gửi</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="251" />
        <source>Reporting periods</source>
        <translation>Số kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="252" />
        <source>No unit has sent a statistics form yet.</source>
        <translation>Chưa có đơn vị nào gửi biểu số liệu thống kê.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="262" />
        <source>score trends</source>
        <translation>Điểm chỉ số qua các năm</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="262" />
        <source>progress by unit</source>
        <translation>Tiến độ theo đơn vị</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="263" />
        <source>progress by index</source>
        <translation>Tiến độ theo chỉ số</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="263" />
        <source>progress by criterion</source>
        <translation>Tiến độ theo tiêu chí</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="264" />
        <source>forms sent</source>
        <translation>Tình hình gửi biểu</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="265" />
        <source>Save the chart as a picture</source>
        <translation>Lưu biểu đồ thành tệp hình</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="266" />
        <source>PNG pictures (*.png)</source>
        <translation>Tệp hình PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="272" />
        <source>Not saved</source>
        <translation>Chưa lưu được</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="272" />
        <source>The chart could not be saved to {0}: check that the folder exists and can be written.</source>
        <translation>Không lưu được biểu đồ vào {0}: hãy kiểm tra thư mục có tồn tại và được phép ghi.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dashboard_view.py" line="278" />
        <source>Chart saved: {0}</source>
        <translation>Đã lưu biểu đồ: {0}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="75" />
        <source>Missing information</source>
        <translation>Thiếu thông tin</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="75" />
        <source>Enter the name of the issuing agency.</source>
        <translation>Hãy nhập tên cơ quan ban hành.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="80" />
        <source>Where to save the new file</source>
        <translation>Lưu tệp mới vào đâu</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="81" />
        <source>DTI Desk files (*.dtidesk)</source>
        <translation>Tệp DTI Desk (*.dtidesk)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="88" />
        <source>File exists</source>
        <translation>Tệp đã tồn tại</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="89" />
        <source>The file {0} already exists. Choose another name.</source>
        <translation>Tệp {0} đã tồn tại. Hãy chọn tên khác.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="94" />
        <source>Cannot create the file</source>
        <translation>Không tạo được tệp</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="107" />
        <source>File in use</source>
        <translation>Tệp đang được sử dụng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="108" />
        <source>Open read-only</source>
        <translation>Mở chỉ để xem</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="109" />
        <source>Open anyway</source>
        <translation>Vẫn mở để sửa</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="110" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="111" />
        <source>“Open anyway” is safe only if that computer no longer has the file open.</source>
        <translation>Chỉ chọn “Vẫn mở để sửa” khi chắc chắn máy kia đã đóng tệp.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="123" />
        <source>Damaged file</source>
        <translation>Tệp bị hỏng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="123" />
        <source>Restore from a backup copy now?</source>
        <translation>Khôi phục từ bản sao lưu ngay bây giờ?</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="130" />
        <source>Backups</source>
        <translation>Bản sao lưu</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="131" />
        <source>There is no backup copy of {0} on this computer yet. A copy is made automatically before the first change each time the file is opened.</source>
        <translation>Máy này chưa có bản sao lưu nào của {0}. Mỗi lần mở tệp, chương trình tự sao lưu trước lần sửa đầu tiên.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="136" />
        <source>Backups of {0}</source>
        <translation>Các bản sao lưu của {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="139" />
        <source>Taken at</source>
        <translation>Thời điểm sao lưu</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="139" />
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="149" />
        <source>Restore this copy</source>
        <translation>Khôi phục bản này</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="154" />
        <source>The current content is itself backed up before it is replaced.</source>
        <translation>Nội dung hiện tại cũng được sao lưu trước khi bị thay thế.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="163" />
        <source>About DTI Desk</source>
        <translation>Giới thiệu DTI Desk</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="164" />
        <source>&lt;b&gt;DTI Desk&lt;/b&gt; {0}&lt;br&gt;Plans, scores, tasks and periodic reports for the Digital Transformation Index and administrative reform of provincial departments.&lt;br&gt;&lt;br&gt;Your data stays in one file on this computer.</source>
        <translation>&lt;b&gt;DTI Desk&lt;/b&gt; {0}&lt;br&gt;Kế hoạch, điểm số, nhiệm vụ và báo cáo định kỳ về Chỉ số chuyển đổi số (DTI) và cải cách hành chính của các sở, ngành.&lt;br&gt;&lt;br&gt;Dữ liệu của cơ quan nằm trong một tệp trên máy tính này.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="174" />
        <source>Check the file</source>
        <translation>Kiểm tra tệp</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="177" />
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="177" />
        <source>Where</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="177" />
        <source>Finding</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="178" />
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="178" />
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="178" />
        <source>Note</source>
        <translation>Lưu ý</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="190" />
        <source>No problem found.</source>
        <translation>Không phát hiện vấn đề nào.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="200" />
        <source>Undo history</source>
        <translation>Lịch sử thao tác</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dialogs.py" line="203" />
        <source>&lt;opened file&gt;</source>
        <translation>&lt;khi mở tệp&gt;</translation>
    </message>
</context>
<context>
    <name>DirectiveTasksPane</name>
    <message>
        <location filename="../dtidesk/gui/plan_list_panes.py" line="182" />
        <source>Find a task (accents optional)…</source>
        <translation>Tìm nhiệm vụ (không cần dấu)…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_panes.py" line="197" />
        <source>Select a directive to tick the tasks it gave rise to.</source>
        <translation>Chọn một văn bản để đánh dấu các nhiệm vụ phát sinh từ văn bản đó.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_panes.py" line="201" />
        <source>Tasks it gave rise to:</source>
        <translation>Nhiệm vụ phát sinh từ văn bản:</translation>
    </message>
</context>
<context>
    <name>DossierExport</name>
    <message>
        <location filename="../dtidesk/gui/dossier_export.py" line="23" />
        <location filename="../dtidesk/gui/dossier_export.py" line="55" />
        <location filename="../dtidesk/gui/dossier_export.py" line="72" />
        <source>Self-assessment dossier</source>
        <translation>Hồ sơ tự đánh giá</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dossier_export.py" line="28" />
        <source>The file has no self-assessment yet.</source>
        <translation>Tệp chưa có kỳ tự đánh giá nào.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dossier_export.py" line="31" />
        <source>Which year's self-assessment?</source>
        <translation>Hồ sơ tự đánh giá năm nào?</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dossier_export.py" line="37" />
        <source>There is no self-assessment for {0} yet: create it on the Criteria tab.</source>
        <translation>Chưa có kỳ tự đánh giá năm {0}: hãy tạo ở thẻ Tiêu chí.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dossier_export.py" line="47" />
        <source>Which index's self-assessment?</source>
        <translation>Hồ sơ tự đánh giá theo bộ chỉ số nào?</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dossier_export.py" line="56" />
        <source>{0} points are still missing or would be questioned by the appraisers. Write the dossier as it is, or stop and complete them first?</source>
        <translation>Còn {0} điểm thiếu hoặc sẽ bị hội đồng thẩm định hỏi lại. Vẫn ghi hồ sơ như hiện có, hay dừng lại để bổ sung trước?</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dossier_export.py" line="61" />
        <source>… and {0} more (see the details).</source>
        <translation>… và {0} điểm khác (xem phần chi tiết).</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dossier_export.py" line="63" />
        <source>Write it anyway</source>
        <translation>Vẫn ghi hồ sơ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dossier_export.py" line="64" />
        <source>Stop</source>
        <translation>Dừng lại</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dossier_export.py" line="73" />
        <source>Write the dossier as a folder, or as one .zip file to send by email or on a USB stick?</source>
        <translation>Ghi hồ sơ thành một thư mục, hay thành một tệp .zip để gửi qua thư điện tử hoặc chép vào USB?</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dossier_export.py" line="75" />
        <source>Folder…</source>
        <translation>Thư mục…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dossier_export.py" line="76" />
        <source>Zip file…</source>
        <translation>Tệp .zip…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dossier_export.py" line="83" />
        <source>Save the dossier as</source>
        <translation>Lưu hồ sơ thành</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dossier_export.py" line="84" />
        <source>Zip file (*.zip)</source>
        <translation>Tệp nén Zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/dossier_export.py" line="92" />
        <source>Folder in which to make the dossier</source>
        <translation>Thư mục sẽ chứa hồ sơ</translation>
    </message>
</context>
<context>
    <name>DuePanel</name>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="78" />
        <source>Periodic report</source>
        <translation>Báo cáo định kỳ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="79" />
        <source>Self-assessment</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="80" />
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="81" />
        <source>Unit's form</source>
        <translation>Biểu mẫu của đơn vị</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="87" />
        <source>{0} days left</source>
        <translation>còn {0} ngày</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="89" />
        <source>today</source>
        <translation>hôm nay</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="91" />
        <source>{0} days overdue</source>
        <translation>quá hạn {0} ngày</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="92" />
        <source>passed {0} days ago</source>
        <translation>đã qua {0} ngày</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="98" />
        <source>Report for {0}</source>
        <translation>Báo cáo {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="100" />
        <source>Send the self-assessment dossier of {0}</source>
        <translation>Gửi hồ sơ tự đánh giá năm {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="102" />
        <source>Send the figures for {0}</source>
        <translation>Gửi số liệu kỳ {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="116" />
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="116" />
        <source>Days left</source>
        <translation>Còn lại</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="117" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="117" />
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="118" />
        <source>Plan or form</source>
        <translation>Kế hoạch / biểu mẫu</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="118" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="119" />
        <source>Reminder from</source>
        <translation>Nhắc từ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="203" />
        <source>Warnings start {0} days before a report, {1} days before the self-assessment, {2} days before a task and {3} days before a unit's form.</source>
        <translation>Cảnh báo bắt đầu trước hạn {0} ngày với báo cáo, {1} ngày với tự đánh giá, {2} ngày với nhiệm vụ và {3} ngày với biểu mẫu của đơn vị.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="214" />
        <source>Everything</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="221" />
        <source>due within </source>
        <translation>đến hạn trong </translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="222" />
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="223" />
        <source>Overdue items are always listed</source>
        <translation>Việc quá hạn luôn được liệt kê</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="225" />
        <source>Export calendar (.ics)…</source>
        <translation>Xuất lịch (.ics)…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="226" />
        <source>Every date of the file for Outlook or a phone, with a reminder when its warning starts</source>
        <translation>Mọi mốc hạn trong tệp để đưa vào Outlook hoặc điện thoại, kèm lời nhắc từ ngày bắt đầu cảnh báo</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="228" />
        <source>Print the list (PDF)…</source>
        <translation>In danh sách (PDF)…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="229" />
        <source>The list shown, as a table to print</source>
        <translation>Danh sách đang hiển thị, dạng bảng để in</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="258" />
        <source>Double-click a line to open the task, report, form or self-assessment. Overdue lines are red.</source>
        <translation>Nhấp đúp vào một dòng để mở nhiệm vụ, báo cáo, biểu mẫu hoặc bảng tự đánh giá. Dòng màu đỏ là việc đã quá hạn.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="342" />
        <source>Cannot read the file: {0}</source>
        <translation>Không đọc được tệp: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="346" />
        <source>Nothing overdue and nothing due within {0} days.</source>
        <translation>Không có việc quá hạn, không có việc đến hạn trong {0} ngày tới.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="348" />
        <source>Overdue: {0}</source>
        <translation>Quá hạn: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="349" />
        <source>due within {0} days: {1}</source>
        <translation>đến hạn trong {0} ngày tới: {1}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="363" />
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="376" />
        <source>Calendar (*.ics)</source>
        <translation>Lịch (*.ics)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="379" />
        <source>Export the calendar</source>
        <translation>Xuất lịch</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="387" />
        <source>Print the list</source>
        <translation>In danh sách</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="400" />
        <source>Not exported</source>
        <translation>Chưa xuất được</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="404" />
        <source>Exported</source>
        <translation>Đã xuất</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="405" />
        <source>Saved to:
{0}</source>
        <translation>Đã lưu vào:
{0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="406" />
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="407" />
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="408" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="427" />
        <location filename="../dtidesk/gui/due_panel.py" line="438" />
        <source>Due / overdue</source>
        <translation>Sắp đến hạn / Quá hạn</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/due_panel.py" line="428" />
        <source>Reports, the self-assessment, tasks and units' forms due soon or overdue, across every plan and year</source>
        <translation>Báo cáo, tự đánh giá, nhiệm vụ và biểu mẫu của đơn vị sắp đến hạn hoặc quá hạn, trên mọi kế hoạch và mọi năm</translation>
    </message>
</context>
<context>
    <name>EvidenceCommands</name>
    <message>
        <location filename="../dtidesk/gui/evidence_commands.py" line="53" />
        <source>attach “{0}” to {1}</source>
        <translation>đính kèm “{0}” vào tiêu chí {1}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_commands.py" line="82" />
        <source>Storing “{0}” ({1}) in the data file…</source>
        <translation>Đang lưu “{0}” ({1}) vào tệp dữ liệu…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_commands.py" line="115" />
        <source>Attach evidence</source>
        <translation>Đính kèm tài liệu kiểm chứng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_commands.py" line="129" />
        <source>Storing “{0}” in the data file…</source>
        <translation>Đang lưu “{0}” vào tệp dữ liệu…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_commands.py" line="142" />
        <source>replace the file of “{0}” ({1})</source>
        <translation>thay tệp của “{0}” (tiêu chí {1})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_commands.py" line="145" />
        <source>Replace the file</source>
        <translation>Thay tệp</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_commands.py" line="158" />
        <source>edit evidence “{0}” ({1})</source>
        <translation>sửa tài liệu kiểm chứng “{0}” (tiêu chí {1})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_commands.py" line="169" />
        <source>unlink “{0}” from {1}</source>
        <translation>bỏ “{0}” khỏi tiêu chí {1}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_commands.py" line="179" />
        <source>remove evidence “{0}” ({1})</source>
        <translation>xóa tài liệu kiểm chứng “{0}” (tiêu chí {1})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_commands.py" line="194" />
        <source>explanation of {0}</source>
        <translation>giải trình tiêu chí {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_commands.py" line="202" />
        <source>Open the evidence file</source>
        <translation>Mở tệp tài liệu kiểm chứng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_commands.py" line="204" />
        <source>Copying “{0}” out of the data file…</source>
        <translation>Đang lấy “{0}” ra từ tệp dữ liệu…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_commands.py" line="211" />
        <source>Save a copy</source>
        <translation>Lưu bản sao</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_commands.py" line="213" />
        <source>Writing “{0}”…</source>
        <translation>Đang ghi “{0}”…</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../dtidesk/gui/evidence_dialog.py" line="62" />
        <source>Attach evidence — criterion {0}</source>
        <translation>Đính kèm tài liệu kiểm chứng — tiêu chí {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_dialog.py" line="64" />
        <source>Evidence — criterion {0}</source>
        <translation>Tài liệu kiểm chứng — tiêu chí {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_dialog.py" line="72" />
        <source>e.g. Decision approving the digitisation plan</source>
        <translation>ví dụ: Quyết định phê duyệt Kế hoạch số hóa</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_dialog.py" line="75" />
        <source>each file's name (change it afterwards with Edit…)</source>
        <translation>tên của từng tệp (sửa sau bằng nút Sửa…)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_dialog.py" line="77" />
        <source>e.g. 40/QĐ-STP</source>
        <translation>ví dụ: 40/QĐ-STP</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_dialog.py" line="79" />
        <source>day/month/year, e.g. 30/1/2021</source>
        <translation>ngày/tháng/năm, ví dụ 30/01/2021</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_dialog.py" line="81" />
        <source>e.g. UBND tỉnh, Sở Thông tin và Truyền thông</source>
        <translation>ví dụ: UBND tỉnh, Sở Thông tin và Truyền thông</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_dialog.py" line="83" />
        <source>e.g. Văn phòng, hồ sơ năm 2022, tủ số 3</source>
        <translation>ví dụ: Văn phòng, hồ sơ năm 2022, tủ số 3</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_dialog.py" line="84" />
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_dialog.py" line="84" />
        <source>Files:</source>
        <translation>Các tệp:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_dialog.py" line="88" />
        <source>&amp;Issued by:</source>
        <translation>&amp;Cơ quan ban hành:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_dialog.py" line="89" />
        <source>&amp;Paper copy kept at:</source>
        <translation>Nơi lưu &amp;bản giấy:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_dialog.py" line="92" />
        <source>Find a criterion by code or name</source>
        <translation>Tìm tiêu chí theo mã hoặc tên</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_dialog.py" line="109" />
        <source>Also &amp;supports these criteria:</source>
        <translation>Cũng là &amp;tài liệu kiểm chứng cho các tiêu chí:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_dialog.py" line="121" />
        <source>The number, date, issuing body and criteria below apply to each of the {0} files.</source>
        <translation>Số, ngày, cơ quan ban hành và các tiêu chí dưới đây áp dụng cho cả {0} tệp.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_dialog.py" line="140" />
        <source>and {0} more</source>
        <translation>và {0} tệp khác</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_dialog.py" line="144" />
        <source>none kept in the data file</source>
        <translation>chưa lưu trong tệp dữ liệu</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_dialog.py" line="145" />
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_dialog.py" line="85" />
        <source>&amp;Title:</source>
        <translation>&amp;Tên tài liệu:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_dialog.py" line="86" />
        <source>Document &amp;number:</source>
        <translation>&amp;Số, ký hiệu:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_dialog.py" line="87" />
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="182" />
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="175" />
        <source>&amp;Attach files…</source>
        <translation>Đính &amp;kèm tệp…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="176" />
        <source>Keep PDF scans, Word, Excel or image files in the data file for this criterion (you can also drag files onto this panel)</source>
        <translation>Lưu bản quét PDF, tệp Word, Excel hoặc ảnh vào tệp dữ liệu cho tiêu chí này (cũng có thể kéo thả tệp vào khung này)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="178" />
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="179" />
        <source>Open the file with the program of this computer</source>
        <translation>Mở tệp bằng chương trình có trên máy này</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="180" />
        <source>Save a copy…</source>
        <translation>Lưu bản sao…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="181" />
        <source>Replace file…</source>
        <translation>Thay tệp…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="183" />
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="184" />
        <source>Attach this file to the data file</source>
        <translation>Đính kèm tệp này vào tệp dữ liệu</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="185" />
        <source>This item only names a file on this computer: copy the file into the data file so it travels with it</source>
        <translation>Tài liệu này chỉ ghi đường dẫn tới một tệp trên máy này: chép tệp vào tệp dữ liệu để tệp đi cùng dữ liệu</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="209" />
        <source>Saved when you leave the box, or with Ctrl+Enter</source>
        <translation>Tự lưu khi rời ô này, hoặc bấm Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="274" />
        <source>Select a criterion to see and attach its evidence.</source>
        <translation>Chọn một tiêu chí để xem và đính kèm tài liệu kiểm chứng.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="278" />
        <source>Drop files here (PDF scans, Word, Excel, images) or click “Attach files…”. Missing evidence is the commonest reason a score is cut.</source>
        <translation>Kéo thả tệp vào đây (bản quét PDF, Word, Excel, ảnh) hoặc bấm “Đính kèm tệp…”. Thiếu tài liệu kiểm chứng là lý do hay gặp nhất khiến tiêu chí bị trừ điểm.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="291" />
        <source>Evidence</source>
        <translation>Tài liệu kiểm chứng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="294" />
        <source>{0} documents</source>
        <translation>{0} tài liệu</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="294" />
        <source>no document yet</source>
        <translation>chưa có tài liệu</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="295" />
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="313" />
        <source>No. {0}</source>
        <translation>Số {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="313" />
        <source>no number</source>
        <translation>chưa ghi số</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="314" />
        <source>no date</source>
        <translation>chưa ghi ngày</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="319" />
        <source>File: {0} ({1})</source>
        <translation>Tệp: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="321" />
        <source>Paper copy: {0}</source>
        <translation>Bản giấy: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="323" />
        <source>Path only, not in the data file: {0}</source>
        <translation>Chỉ có đường dẫn, chưa lưu vào tệp dữ liệu: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="325" />
        <source>No file kept; noted: {0}</source>
        <translation>Không có tệp; ghi chú: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="327" />
        <source>No file and no note of the paper copy</source>
        <translation>Chưa có tệp, chưa ghi nơi lưu bản giấy</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="333" />
        <source>Attached to criterion {0}, also supports {1}</source>
        <translation>Đính kèm ở tiêu chí {0}, cũng dùng cho {1}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="335" />
        <source>Also supports criteria {0}</source>
        <translation>Cũng dùng cho tiêu chí {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="375" />
        <source>… and {0} more (point here to see them)</source>
        <translation>… và {0} điểm khác (trỏ chuột vào đây để xem)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="378" />
        <source>What an appraiser would hold against the evidence of this criterion</source>
        <translation>Những điểm hội đồng thẩm định có thể không chấp nhận ở tài liệu của tiêu chí này</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="401" />
        <source>Explanation — no evidence attached</source>
        <translation>Giải trình — chưa có tài liệu kiểm chứng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="402" />
        <source>The decision requires: {0}. Attach it, or explain here why it is missing.</source>
        <translation>Quyết định yêu cầu: {0}. Hãy đính kèm, hoặc giải trình tại đây vì sao chưa có.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="408" />
        <source>Explanation</source>
        <translation>Giải trình</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="409" />
        <source>where evidence is missing; it goes into the dossier</source>
        <translation>khi thiếu tài liệu; được đưa vào hồ sơ tự đánh giá</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="440" />
        <source>Unlink it from this criterion (it stays with its own)</source>
        <translation>Bỏ khỏi tiêu chí này (tài liệu vẫn thuộc tiêu chí của nó)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="442" />
        <source>Remove the item and its file (Ctrl+Z brings them back)</source>
        <translation>Xóa tài liệu và tệp của nó (Ctrl+Z để lấy lại)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="486" />
        <source>Attach evidence files</source>
        <translation>Đính kèm tệp tài liệu kiểm chứng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="487" />
        <location filename="../dtidesk/gui/evidence_panel.py" line="552" />
        <source>PDF, Word, Excel and images ({0});;All files (*)</source>
        <translation>PDF, Word, Excel và ảnh ({0});;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="533" />
        <source>Save a copy of the evidence file</source>
        <translation>Lưu bản sao tệp tài liệu kiểm chứng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="534" />
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="542" />
        <source>Copy saved: {0}</source>
        <translation>Đã lưu bản sao: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="551" />
        <source>Replace the file of “{0}”</source>
        <translation>Thay tệp của “{0}”</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="566" />
        <source>attach the file of “{0}” to the data file ({1})</source>
        <translation>đính kèm tệp của “{0}” vào tệp dữ liệu (tiêu chí {1})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/evidence_panel.py" line="276" />
        <source>Create the assessment of this year first.</source>
        <translation>Hãy tạo kỳ đánh giá của năm này trước.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="44" />
        <source>Periodic report (period chosen in the Reports tab)</source>
        <translation>Báo cáo định kỳ (kỳ chọn ở thẻ Báo cáo)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="52" />
        <source>Index (PDF)…</source>
        <translation>Bộ chỉ số (PDF)…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="52" />
        <source>Index (Excel)…</source>
        <translation>Bộ chỉ số (Excel)…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="54" />
        <source>The index version shown on the Criteria tab, as the program understood it, to check against the decision</source>
        <translation>Bộ chỉ số đang hiển thị ở thẻ Tiêu chí, theo cách chương trình đã hiểu, để đối chiếu với quyết định</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="58" />
        <source>Self-assessment dossier…</source>
        <translation>Hồ sơ tự đánh giá…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="59" />
        <source>The self-assessment table, the cover letter and every evidence file of the year, as a folder or a .zip</source>
        <translation>Bảng tự đánh giá, công văn gửi kèm và mọi tệp tài liệu kiểm chứng của năm, thành một thư mục hoặc một tệp .zip</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="70" />
        <source>Numbers below 10 in headings</source>
        <translation>Cách viết số nhỏ hơn 10 trong đề mục</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="74" />
        <source>As the sample plan: 5/5 points, 05 criteria, rank 01/18, deduction 03</source>
        <translation>Như văn bản mẫu: điểm 5/5, 05 tiêu chí, đứng thứ 01/18, điểm trừ 03</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="75" />
        <source>Always a leading zero: 05/05 points, 05 criteria, rank 01/18</source>
        <translation>Luôn thêm số 0: điểm 05/05, 05 tiêu chí, đứng thứ 01/18</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="76" />
        <source>Never a leading zero: 5/5 points, 5 criteria, rank 1/18</source>
        <translation>Không thêm số 0: điểm 5/5, 5 tiêu chí, đứng thứ 1/18</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="80" />
        <source>How the plan document writes numbers below 10 in the index and criterion headings; kept in the file</source>
        <translation>Cách văn bản kế hoạch viết các số nhỏ hơn 10 trong đề mục chỉ số, tiêu chí; lưu trong tệp dữ liệu</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="92" />
        <source>numbers in headings</source>
        <translation>cách viết số trong đề mục</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="97" />
        <source>Plan document</source>
        <translation>Văn bản kế hoạch</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="97" />
        <source>Appendix: tasks</source>
        <translation>Phụ lục nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="98" />
        <source>Appendix: targets</source>
        <translation>Phụ lục chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="98" />
        <source>Appendix: projects</source>
        <translation>Phụ lục dự án</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="99" />
        <source>Appendix: directive documents</source>
        <translation>Phụ lục văn bản chỉ đạo, điều hành</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="100" />
        <source>Criteria score sheet</source>
        <translation>Bảng điểm tiêu chí</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="161" />
        <source>The report would state these figures in two places with two values:</source>
        <translation>Báo cáo sẽ ghi các số liệu sau ở hai nơi với hai giá trị khác nhau:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="163" />
        <source>Export anyway? Choose No to fix the figures first.</source>
        <translation>Vẫn xuất báo cáo? Chọn Không để sửa số liệu trước.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="164" />
        <source>Figures differ</source>
        <translation>Số liệu không khớp</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="199" />
        <source>Export index</source>
        <translation>Xuất bộ chỉ số</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="200" />
        <source>Which index version to export?</source>
        <translation>Xuất phiên bản bộ chỉ số nào?</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="206" />
        <location filename="../dtidesk/gui/export_menu.py" line="224" />
        <source>Export</source>
        <translation>Xuất văn bản</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="226" />
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="157" />
        <location filename="../dtidesk/gui/export_menu.py" line="225" />
        <source>Not exported</source>
        <translation>Chưa xuất được</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="232" />
        <source>Exported</source>
        <translation>Đã xuất</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="233" />
        <source>Saved to:
{0}</source>
        <translation>Đã lưu vào:
{0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="234" />
        <source>Open</source>
        <translation>Mở tệp</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="235" />
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="236" />
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/export_menu.py" line="237" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>FormPanel</name>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="90" />
        <source>Form:</source>
        <translation>Biểu mẫu:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="96" />
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="101" />
        <source>Figures of:</source>
        <translation>Số liệu của:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="108" />
        <source>Send to a unit (Excel)…</source>
        <translation>Gửi đơn vị (Excel)…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="109" />
        <source>Export this form for one unit to fill in offline</source>
        <translation>Xuất biểu mẫu cho một đơn vị điền (không cần mạng)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="110" />
        <source>Import units' files…</source>
        <translation>Nhận tệp của đơn vị…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="111" />
        <source>Read filled files from units; each file is taken whole or refused</source>
        <translation>Đọc các tệp đơn vị đã điền; mỗi tệp được nhận trọn vẹn hoặc bị từ chối cả tệp</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="112" />
        <location filename="../dtidesk/gui/form_panel.py" line="395" />
        <source>Consolidate</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="113" />
        <source>The agency's figures = the sum of the units' submissions</source>
        <translation>Số liệu của cơ quan = tổng số liệu các đơn vị đã gửi</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="114" />
        <source>Carry cumulative figures</source>
        <translation>Lấy số lũy kế kỳ trước</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="115" />
        <source>Blank cumulative rows take the previous period's figure</source>
        <translation>Các dòng lũy kế còn trống lấy số của kỳ trước</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="116" />
        <source>Fill the province's workbook…</source>
        <translation>Điền vào biểu mẫu của tỉnh…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="117" />
        <source>Save as Excel…</source>
        <translation>Lưu ra Excel…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="118" />
        <source>Add a form (JSON)…</source>
        <translation>Thêm biểu mẫu (JSON)…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="158" />
        <source>Checks:</source>
        <translation>Kiểm tra:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="233" />
        <source>{0} (version of {1})</source>
        <translation>{0} (mẫu năm {1})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="247" />
        <source>The agency (consolidated)</source>
        <translation>Toàn cơ quan (tổng hợp)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="282" />
        <source>No statistics form in this file.</source>
        <translation>Tệp chưa có biểu mẫu thống kê nào.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="306" />
        <source>No problem found.</source>
        <translation>Không phát hiện sai sót.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="323" />
        <source>This unit has not sent its figures for the period yet.</source>
        <translation>Đơn vị này chưa gửi số liệu của kỳ.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="326" />
        <source>Received {0}</source>
        <translation>Đã nhận lúc {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="328" />
        <source>Not submitted yet ({0}): {1}</source>
        <translation>Chưa gửi ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="330" />
        <source>Every unit has submitted its figures.</source>
        <translation>Tất cả đơn vị đã gửi số liệu.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="361" />
        <source>edit figure {0}</source>
        <translation>sửa số liệu dòng {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="373" />
        <source>edit table rows</source>
        <translation>sửa các dòng của bảng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="394" />
        <source>consolidate figures</source>
        <translation>tổng hợp số liệu</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="389" />
        <source>Consolidated the figures of {0} units.</source>
        <translation>Đã tổng hợp số liệu của {0} đơn vị.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="391" />
        <source>Not submitted yet: {0}.</source>
        <translation>Chưa gửi: {0}.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="396" />
        <source>Consolidating the units' figures…</source>
        <translation>Đang tổng hợp số liệu của các đơn vị…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="402" />
        <source>carry cumulative figures</source>
        <translation>lấy số lũy kế kỳ trước</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="419" />
        <location filename="../dtidesk/gui/form_panel.py" line="424" />
        <location filename="../dtidesk/gui/form_panel.py" line="429" />
        <location filename="../dtidesk/gui/form_panel.py" line="435" />
        <location filename="../dtidesk/gui/form_panel.py" line="441" />
        <source>Send to a unit</source>
        <translation>Gửi biểu mẫu cho đơn vị</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="419" />
        <source>The file has no units yet.</source>
        <translation>Tệp chưa có đơn vị nào.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="424" />
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="430" />
        <source>Prefill the file with the unit's figures of the previous period?</source>
        <translation>Điền sẵn số liệu kỳ trước của đơn vị vào tệp?</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="436" />
        <location filename="../dtidesk/gui/form_panel.py" line="455" />
        <location filename="../dtidesk/gui/form_panel.py" line="492" />
        <location filename="../dtidesk/gui/form_panel.py" line="505" />
        <location filename="../dtidesk/gui/form_panel.py" line="530" />
        <source>Excel files (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="445" />
        <location filename="../dtidesk/gui/form_panel.py" line="539" />
        <source>Not exported</source>
        <translation>Chưa xuất được</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="444" />
        <location filename="../dtidesk/gui/form_panel.py" line="538" />
        <source>Saved {0}</source>
        <translation>Đã lưu {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="446" />
        <location filename="../dtidesk/gui/form_panel.py" line="540" />
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="454" />
        <location filename="../dtidesk/gui/form_panel.py" line="483" />
        <source>Import units' files</source>
        <translation>Nhận tệp của đơn vị</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="482" />
        <source>import {0} files</source>
        <translation>nhận {0} tệp của đơn vị</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="484" />
        <source>Reading the units' files…</source>
        <translation>Đang đọc tệp của các đơn vị…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="491" />
        <source>The province's workbook</source>
        <translation>Biểu mẫu của tỉnh</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="495" />
        <location filename="../dtidesk/gui/form_panel.py" line="499" />
        <location filename="../dtidesk/gui/form_panel.py" line="514" />
        <location filename="../dtidesk/gui/form_panel.py" line="516" />
        <source>Fill the province's workbook</source>
        <translation>Điền vào biểu mẫu của tỉnh</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="496" />
        <source>Column holding the row codes:</source>
        <translation>Cột chứa mã dòng (STT):</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="500" />
        <source>Column to write the figures into:</source>
        <translation>Cột ghi số liệu:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="504" />
        <source>Save the filled copy</source>
        <translation>Lưu bản đã điền</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="519" />
        <source>Not filled</source>
        <translation>Chưa điền được</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="511" />
        <source>Wrote {0} figures into {1}.</source>
        <translation>Đã ghi {0} số liệu vào {1}.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="520" />
        <source>Filling the workbook…</source>
        <translation>Đang điền số liệu vào biểu mẫu…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="529" />
        <location filename="../dtidesk/gui/form_panel.py" line="535" />
        <source>Save as Excel</source>
        <translation>Lưu ra Excel</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="545" />
        <source>Add a form</source>
        <translation>Thêm biểu mẫu</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="546" />
        <source>Form templates (*.json)</source>
        <translation>Mẫu biểu (*.json)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="561" />
        <source>add form {0}</source>
        <translation>thêm biểu mẫu {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="572" />
        <source>✔ {0}: imported ({1})</source>
        <translation>✔ {0}: đã nhận ({1})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="575" />
        <source>✖ {0}: refused, nothing imported</source>
        <translation>✖ {0}: bị từ chối, không nhận số liệu nào</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="578" />
        <source>{0} imported, {1} refused.</source>
        <translation>Đã nhận {0} tệp, từ chối {1} tệp.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_panel.py" line="581" />
        <source>Import of units' files</source>
        <translation>Nhận tệp của đơn vị</translation>
    </message>
</context>
<context>
    <name>FormRowsTableModel</name>
    <message>
        <location filename="../dtidesk/gui/form_model.py" line="88" />
        <source>Code</source>
        <translation>Mã số</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_model.py" line="88" />
        <source>Indicator</source>
        <translation>Chỉ tiêu thống kê</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_model.py" line="89" />
        <source>Unit of measure</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_model.py" line="89" />
        <source>Figure</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_model.py" line="90" />
        <source>Previous period</source>
        <translation>Kỳ trước</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_model.py" line="90" />
        <source>Change</source>
        <translation>Tăng/giảm</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_model.py" line="185" />
        <source>{0} pts</source>
        <translation>{0} điểm %</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_model.py" line="196" />
        <source>Computed: {0}</source>
        <translation>Tự tính: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_model.py" line="198" />
        <source>Cumulative figure carried from the previous period; type a figure to replace it.</source>
        <translation>Số lũy kế lấy từ kỳ trước; nhập số mới để thay.</translation>
    </message>
</context>
<context>
    <name>FormTableEditor</name>
    <message>
        <location filename="../dtidesk/gui/form_table.py" line="38" />
        <source>Add row</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_table.py" line="40" />
        <source>Delete row</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_table.py" line="41" />
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_table.py" line="42" />
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_table.py" line="60" />
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_table.py" line="60" />
        <source>Field (group)</source>
        <translation>Lĩnh vực (nhóm)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_table.py" line="60" />
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_table.py" line="69" />
        <source>Row kind</source>
        <translation>Loại dòng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/form_table.py" line="94" />
        <source>Computed from the rows below</source>
        <translation>Tự tính từ các dòng bên dưới</translation>
    </message>
</context>
<context>
    <name>FrameworkMapDialog</name>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="36" />
        <source>save criteria mapping</source>
        <translation>lưu ánh xạ tiêu chí</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="51" />
        <source>Unchanged</source>
        <translation>Giữ nguyên</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="51" />
        <source>Renumbered</source>
        <translation>Đổi mã</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="51" />
        <source>Merged</source>
        <translation>Gộp</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="52" />
        <source>Split</source>
        <translation>Tách</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="52" />
        <source>Reworded</source>
        <translation>Sửa đổi</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="54" />
        <source>Criteria across framework versions</source>
        <translation>Tiêu chí qua các phiên bản bộ chỉ số</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="70" />
        <source>&amp;Old version:</source>
        <translation>Phiên bản &amp;cũ:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="71" />
        <source>&amp;New version:</source>
        <translation>Phiên bản &amp;mới:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="73" />
        <source>Old code</source>
        <translation>Mã cũ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="73" />
        <source>Old criterion</source>
        <translation>Tiêu chí cũ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="74" />
        <source>New criterion</source>
        <translation>Tiêu chí mới</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="74" />
        <source>Relation</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="84" />
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="84" />
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="84" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="84" />
        <source>Appraised</source>
        <translation>Thẩm định</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="85" />
        <source>Max</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="85" />
        <source>Self score</source>
        <translation>Tự chấm</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="91" />
        <source>History of the selected criterion:</source>
        <translation>Điểm của tiêu chí đang chọn qua các năm:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="104" />
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="149" />
        <source>(no counterpart)</source>
        <translation>(không có tiêu chí tương ứng)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/framework_map_dialog.py" line="163" />
        <source>New criteria with no predecessor: {0}</source>
        <translation>Tiêu chí mới, không có tiêu chí cũ tương ứng: {0}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../dtidesk/gui/help_dialog.py" line="45" />
        <source>User guide — DTI Desk</source>
        <translation>Hướng dẫn sử dụng — DTI Desk</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/help_dialog.py" line="50" />
        <source>Find:</source>
        <translation>Tìm:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/help_dialog.py" line="52" />
        <source>A word in the guide, e.g. evidence (Enter: next match)</source>
        <translation>Từ cần tìm trong hướng dẫn, ví dụ: kiểm chứng (Enter: kết quả tiếp theo)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/help_dialog.py" line="61" />
        <source>Topics of the guide</source>
        <translation>Các mục của hướng dẫn</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/help_dialog.py" line="169" />
        <source>Not found</source>
        <translation>Không tìm thấy</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="51" />
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="52" />
        <source>Scores and results</source>
        <translation>Điểm, kết quả chấm</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="53" />
        <source>Evidence</source>
        <translation>Tài liệu kiểm chứng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="54" />
        <source>Forms and figures</source>
        <translation>Biểu mẫu, số liệu</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="55" />
        <source>Units and agency</source>
        <translation>Đơn vị, cơ quan</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="56" />
        <source>Plans, targets, projects, directives</source>
        <translation>Kế hoạch, chỉ tiêu, dự án, văn bản</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="57" />
        <source>Indices</source>
        <translation>Bộ chỉ số</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="58" />
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="143" />
        <location filename="../dtidesk/gui/history_view.py" line="314" />
        <source>Change history</source>
        <translation>Lịch sử thay đổi</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="149" />
        <source>Every change made to {0}</source>
        <translation>Mọi thay đổi trong tệp {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="152" />
        <source>This history is kept in the file: it is still here after the file is closed and opened again, on any computer. Undo (Ctrl+Z) is not: it only reaches back to the changes made since the file was opened.</source>
        <translation>Lịch sử này được lưu ngay trong tệp: đóng tệp rồi mở lại, trên máy nào cũng vẫn còn. Hoàn tác (Ctrl+Z) thì không: chỉ lùi lại được những thay đổi từ lúc mở tệp lần này.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="162" />
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="168" />
        <source>All kinds</source>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="172" />
        <source>Clear filters</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="175" />
        <source>Who:</source>
        <translation>Người sửa:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="175" />
        <source>From:</source>
        <translation>Từ ngày:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="176" />
        <source>To:</source>
        <translation>Đến ngày:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="176" />
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="212" />
        <source>Select a line to see everything it changed.</source>
        <translation>Chọn một dòng để xem đầy đủ những gì đã thay đổi.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="216" />
        <source>Export to Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="218" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="248" />
        <source>Everyone</source>
        <translation>Mọi người</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="259" />
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="260" />
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="292" />
        <source>Changes: {0}</source>
        <translation>Số thay đổi: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="315" />
        <source>Export the history to Excel</source>
        <translation>Xuất lịch sử thay đổi ra Excel</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="316" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="326" />
        <source>Exported: {0}</source>
        <translation>Đã xuất: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="328" />
        <source>Export to Excel</source>
        <translation>Xuất Excel</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="330" />
        <source>Not exported</source>
        <translation>Chưa xuất được</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="331" />
        <source>Writing the change history to {0}…</source>
        <translation>Đang ghi lịch sử thay đổi vào {0}…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/file_tools.py" line="25" />
        <source>Change &amp;history…</source>
        <translation>&amp;Lịch sử thay đổi…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/file_tools.py" line="26" />
        <source>Who changed what in this file, on which computer, and when</source>
        <translation>Ai đã sửa gì trong tệp, trên máy nào, lúc nào</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="74" />
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="74" />
        <source>Who</source>
        <translation>Người sửa</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="74" />
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="74" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="74" />
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="75" />
        <source>Item</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/history_view.py" line="75" />
        <source>What changed</source>
        <translation>Thay đổi</translation>
    </message>
</context>
<context>
    <name>IndexEditorDialog</name>
    <message>
        <location filename="../dtidesk/gui/index_edit_commands.py" line="42" />
        <source>new index version {0}</source>
        <translation>tạo bộ chỉ số {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_edit_commands.py" line="50" />
        <source>copy index {0} to {1}</source>
        <translation>sao chép bộ chỉ số {0} sang năm {1}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_edit_commands.py" line="65" />
        <source>delete index version {0}/{1}</source>
        <translation>xóa bộ chỉ số {0}/{1}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_edit_commands.py" line="80" />
        <source>edit index version {0}</source>
        <translation>sửa bộ chỉ số {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_edit_commands.py" line="88" />
        <source>add {0}</source>
        <translation>thêm {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_edit_commands.py" line="112" />
        <source>edit {0}</source>
        <translation>sửa {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_edit_commands.py" line="127" />
        <source>delete {0}</source>
        <translation>xóa {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="52" />
        <source>Indices</source>
        <translation>Bộ chỉ số</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="58" />
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="87" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="58" />
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="58" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="58" />
        <source>Level</source>
        <translation>Cấp áp dụng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="65" />
        <source>&amp;New version…</source>
        <translation>Phiên bản &amp;mới…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="66" />
        <source>&amp;Copy for next year</source>
        <translation>&amp;Sao chép cho năm sau</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="67" />
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="409" />
        <source>Delete version</source>
        <translation>Xóa phiên bản</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="74" />
        <source>Index versions in this file:</source>
        <translation>Các phiên bản bộ chỉ số trong tệp:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="87" />
        <source>Component / criterion</source>
        <translation>Chỉ số thành phần / tiêu chí</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="87" />
        <source>Maximum</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="100" />
        <source>Add &amp;component…</source>
        <translation>Thêm chỉ số &amp;thành phần…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="101" />
        <source>Add c&amp;riterion…</source>
        <translation>Thêm tiêu &amp;chí…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="102" />
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="103" />
        <source>Check &amp;sums</source>
        <translation>&amp;Kiểm tra tổng điểm</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="125" />
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="126" />
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="127" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="153" />
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="162" />
        <source>Code:</source>
        <translation>Mã:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="164" />
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="166" />
        <source>Level:</source>
        <translation>Cấp:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="168" />
        <source>Province:</source>
        <translation>Tỉnh:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="170" />
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="172" />
        <source>Decision:</source>
        <translation>Quyết định:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="182" />
        <source>Selected criterion</source>
        <translation>Tiêu chí đang chọn</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="184" />
        <source>How it is scored, in the decision's words</source>
        <translation>Cách tính điểm, ghi như trong văn bản</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="186" />
        <source>Evidence the decision requires</source>
        <translation>Tài liệu kiểm chứng văn bản yêu cầu</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="192" />
        <source>&amp;Apply</source>
        <translation>Á&amp;p dụng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="197" />
        <source>Scoring method (the decision's words):</source>
        <translation>Cách tính điểm (theo lời văn bản):</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="198" />
        <source>Evidence required:</source>
        <translation>Tài liệu kiểm chứng:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="289" />
        <source>Sum of its criteria (a component has no maximum of its own)</source>
        <translation>Tổng điểm các tiêu chí trong nhóm (chỉ số thành phần không có điểm tối đa riêng)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="292" />
        <source>Deduction row</source>
        <translation>Dòng điểm trừ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="311" />
        <source>Select a criterion to see how it is scored.</source>
        <translation>Chọn một tiêu chí để xem cách tính điểm.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="313" />
        <source>A component scores the sum of its criteria.</source>
        <translation>Điểm của chỉ số thành phần là tổng điểm các tiêu chí trong đó.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="322" />
        <source>The program computes: {0}</source>
        <translation>Chương trình tính: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="324" />
        <source>Not settled: {0}</source>
        <translation>Chưa rõ: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="352" />
        <source>A component has no maximum of its own: it is the sum of its criteria.</source>
        <translation>Chỉ số thành phần không có điểm tối đa riêng: đó là tổng điểm các tiêu chí trong nó.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="410" />
        <source>Delete the index version {0}/{1} with all its criteria? (Undo brings it back.)</source>
        <translation>Xóa bộ chỉ số {0}/{1} cùng toàn bộ tiêu chí? (Bấm Hoàn tác để lấy lại.)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="452" />
        <source>Nothing wrong found.</source>
        <translation>Không thấy chỗ nào sai.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="452" />
        <source>To check:</source>
        <translation>Cần xem lại:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_dialog.py" line="454" />
        <source>Check sums</source>
        <translation>Kiểm tra tổng điểm</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_forms.py" line="22" />
        <source>Departments</source>
        <translation>Sở, ban, ngành</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_forms.py" line="22" />
        <source>Districts</source>
        <translation>Cấp huyện</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_forms.py" line="23" />
        <source>Not stated</source>
        <translation>Không ghi</translation>
    </message>
</context>
<context>
    <name>IndexImportDialog</name>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="55" />
        <location filename="../dtidesk/gui/index_import_dialog.py" line="179" />
        <source>Import an index</source>
        <translation>Nhập bộ chỉ số</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="59" />
        <source>the province's decision: Word (.docx), Excel (.xlsx) or text (.txt)</source>
        <translation>quyết định của tỉnh: Word (.docx), Excel (.xlsx) hoặc văn bản (.txt)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="63" />
        <source>Paste the table of the index here (copied from Word, Excel, a web page or a PDF), then press Preview.</source>
        <translation>Dán bảng bộ chỉ số vào đây (chép từ Word, Excel, trang web hoặc PDF), rồi bấm Xem trước.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="70" />
        <source>Choose the decision that issues the index, or paste its table.</source>
        <translation>Chọn tệp quyết định ban hành bộ chỉ số, hoặc dán bảng của nó.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="82" />
        <source>— choose —</source>
        <translation>— chọn —</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="83" />
        <source>The year the index applies from; required when the document does not say</source>
        <translation>Năm bắt đầu áp dụng bộ chỉ số; bắt buộc khi văn bản không ghi</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="89" />
        <source>A short code for this version, e.g. DTI-TN-SO (letters without accents, digits, hyphens)</source>
        <translation>Mã ngắn của phiên bản này, ví dụ DTI-TN-SO (chữ không dấu, số, dấu gạch ngang)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="98" />
        <source>Decision:</source>
        <translation>Văn bản:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="100" />
        <source>Province:</source>
        <translation>Tỉnh:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="102" />
        <source>Level:</source>
        <translation>Cấp:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="104" />
        <source>&amp;Year applied:</source>
        <translation>&amp;Năm áp dụng:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="106" />
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="108" />
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="114" />
        <source>Maximum:</source>
        <translation>Tổng điểm tối đa:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="123" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="123" />
        <source>Criterion</source>
        <translation>Chỉ số / tiêu chí</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="123" />
        <source>Max</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="123" />
        <source>Method</source>
        <translation>Cách tính điểm</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="124" />
        <source>Evidence</source>
        <translation>Tài liệu kiểm chứng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="134" />
        <source>Click a line to see its row in the index</source>
        <translation>Bấm vào một dòng để xem hàng tương ứng trong bộ chỉ số</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="195" />
        <source>To check</source>
        <translation>Cần xem lại</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="148" />
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="60" />
        <source>Choose the index decision</source>
        <translation>Chọn quyết định ban hành bộ chỉ số</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="61" />
        <source>Index decisions (*.docx *.xlsx *.txt);;All files (*)</source>
        <translation>Quyết định bộ chỉ số (*.docx *.xlsx *.txt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="180" />
        <source>Reading the index…</source>
        <translation>Đang đọc bộ chỉ số…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="211" />
        <source>{0} component indices, {1} criteria ({2} scored from inputs)</source>
        <translation>{0} chỉ số thành phần, {1} tiêu chí ({2} tính điểm từ số liệu)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="213" />
        <source>Assessment period: {0}</source>
        <translation>Kỳ đánh giá: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="216" />
        <source>{0} of {1}</source>
        <translation>{0} ngày {1}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="217" />
        <location filename="../dtidesk/gui/index_import_dialog.py" line="218" />
        <location filename="../dtidesk/gui/index_import_dialog.py" line="219" />
        <source>not stated</source>
        <translation>không ghi</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="222" />
        <source>{0} (the document states {1})</source>
        <translation>{0} (văn bản ghi {1})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="241" />
        <source>Text after the table, kept with the index: {0}</source>
        <translation>Phần ghi sau bảng, lưu kèm bộ chỉ số: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="247" />
        <source>To check ({0})</source>
        <translation>Cần xem lại ({0})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="248" />
        <source>Nothing to check: the sums add up.</source>
        <translation>Không có gì cần xem lại: các tổng điểm khớp nhau.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="259" />
        <source>{0} {1} of the document</source>
        <translation>{0} {1} của văn bản</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="263" />
        <source>As understood: {0}</source>
        <translation>Chương trình hiểu là: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="265" />
        <source>The document: {0}</source>
        <translation>Văn bản ghi: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="316" />
        <source>Nothing to import: no criterion was recognised.</source>
        <translation>Không có gì để nhập: không nhận ra tiêu chí nào.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="319" />
        <source>Cannot import: criteria {0} have no maximum score.</source>
        <translation>Không nhập được: tiêu chí {0} chưa có điểm tối đa.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="339" />
        <source>Choose a file or paste the text of the index first.</source>
        <translation>Hãy chọn tệp hoặc dán văn bản bộ chỉ số trước.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="345" />
        <source>The document does not state the year the index applies from: choose it.</source>
        <translation>Văn bản không ghi năm áp dụng: hãy chọn năm.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="351" />
        <source>The file already has the index {0} for {1}: choose another code.</source>
        <translation>Tệp đã có bộ chỉ số {0} năm {1}: hãy đặt mã khác.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_import_dialog.py" line="374" />
        <source>Not imported.</source>
        <translation>Chưa nhập được.</translation>
    </message>
</context>
<context>
    <name>IssuesBox</name>
    <message>
        <location filename="../dtidesk/gui/source_picker.py" line="87" />
        <source>To check</source>
        <translation>Cần xem lại</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <location filename="../dtidesk/gui/jobs.py" line="70" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/jobs.py" line="90" />
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../dtidesk/gui/labels.py" line="32" />
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/labels.py" line="35" />
        <location filename="../dtidesk/gui/labels.py" line="45" />
        <source>Not started</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/labels.py" line="36" />
        <location filename="../dtidesk/gui/labels.py" line="44" />
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/labels.py" line="37" />
        <location filename="../dtidesk/gui/labels.py" line="42" />
        <source>Done</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/labels.py" line="40" />
        <source>Done on time</source>
        <translation>Hoàn thành đúng hạn</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/labels.py" line="41" />
        <source>Done late</source>
        <translation>Hoàn thành quá hạn</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/labels.py" line="48" />
        <source>Quarter I</source>
        <translation>Quý I</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/labels.py" line="49" />
        <source>6 months</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/labels.py" line="50" />
        <source>9 months</source>
        <translation>9 tháng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/labels.py" line="51" />
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/labels.py" line="52" />
        <source>Ad hoc</source>
        <translation>Đột xuất</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/labels.py" line="55" />
        <source>quarter I of {0}</source>
        <translation>quý I năm {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/labels.py" line="56" />
        <source>first 6 months of {0}</source>
        <translation>6 tháng đầu năm {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/labels.py" line="57" />
        <source>9 months of {0}</source>
        <translation>9 tháng năm {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/labels.py" line="58" />
        <source>year {0}</source>
        <translation>năm {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/labels.py" line="59" />
        <source>ad hoc, {0}</source>
        <translation>đột xuất năm {0}</translation>
    </message>
</context>
<context>
    <name>ListImportDialog</name>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="68" />
        <location filename="../dtidesk/gui/list_import_dialog.py" line="221" />
        <location filename="../dtidesk/gui/list_import_dialog.py" line="380" />
        <source>Import a list from Excel</source>
        <translation>Nhập danh sách từ Excel</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="75" />
        <source>No file chosen</source>
        <translation>Chưa chọn tệp</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="76" />
        <source>Choose file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="80" />
        <source>Excel file:</source>
        <translation>Tệp Excel:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="84" />
        <source>List of:</source>
        <translation>Danh sách:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="86" />
        <source>Sheet:</source>
        <translation>Trang:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="92" />
        <source>Plan:</source>
        <translation>Kế hoạch:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="97" />
        <source>Assessment year:</source>
        <translation>Năm đánh giá:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="100" />
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="100" />
        <source>Heading in the file</source>
        <translation>Tiêu đề trong tệp</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="101" />
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="113" />
        <source>Create the units not yet in the file</source>
        <translation>Tạo các đơn vị chưa có trong tệp</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="128" />
        <source>Download template…</source>
        <translation>Tải mẫu…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="130" />
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="133" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="161" />
        <source>Choose an Excel list</source>
        <translation>Chọn danh sách Excel</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="162" />
        <location filename="../dtidesk/gui/list_import_dialog.py" line="344" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="205" />
        <source>Choose the Excel file to import.</source>
        <translation>Hãy chọn tệp Excel cần nhập.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="225" />
        <source>Reading the workbook…</source>
        <translation>Đang đọc bảng tính…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="241" />
        <source>New units: {0}</source>
        <translation>Đơn vị mới: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="247" />
        <source>{0} rows, {1} headings, {2} errors, {3} warnings</source>
        <translation>{0} dòng, {1} dòng nhóm, {2} lỗi, {3} lưu ý</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="265" />
        <source>Column mapping remembered from the last import of these headings.</source>
        <translation>Ghép cột được nhớ từ lần nhập trước có cùng các tiêu đề này.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="266" />
        <source>Column mapping proposed from the headings; change it if needed.</source>
        <translation>Ghép cột được đề xuất theo tiêu đề; sửa lại nếu cần.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="267" />
        <source>Column mapping as you chose it.</source>
        <translation>Ghép cột theo lựa chọn của bạn.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="268" />
        <source>Header row: {0}</source>
        <translation>Dòng tiêu đề: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="274" />
        <source>(ignore)</source>
        <translation>(bỏ qua)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="304" />
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="343" />
        <source>Save the template</source>
        <translation>Lưu tệp mẫu</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="350" />
        <source>Template not saved</source>
        <translation>Chưa lưu được tệp mẫu</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="353" />
        <source>Template</source>
        <translation>Tệp mẫu</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="353" />
        <source>Template saved: {0}</source>
        <translation>Đã lưu tệp mẫu: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="379" />
        <source>import a list from Excel</source>
        <translation>nhập danh sách từ Excel</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="381" />
        <source>Importing the list…</source>
        <translation>Đang nhập danh sách…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/list_import_dialog.py" line="373" />
        <source>Imported</source>
        <translation>Đã nhập</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.ui" line="6" />
        <source>DTI Desk</source>
        <translation>DTI Desk</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="16" />
        <location filename="../dtidesk/gui/main_window.py" line="81" />
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="17" />
        <location filename="../dtidesk/gui/main_window.py" line="82" />
        <source>Criteria</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="18" />
        <location filename="../dtidesk/gui/main_window.py" line="83" />
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="26" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="27" />
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="43" />
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="49" />
        <source>E&amp;xport</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="52" />
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="61" />
        <source>Toolbar</source>
        <translation>Thanh công cụ</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="68" />
        <source>&amp;New…</source>
        <translation>&amp;Mới…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="69" />
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="72" />
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="73" />
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="76" />
        <source>Open the &amp;demo file</source>
        <translation>Mở tệp &amp;mẫu</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="79" />
        <source>Save a &amp;copy…</source>
        <translation>&amp;Lưu bản sao…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="80" />
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="83" />
        <source>&amp;Backups / Restore…</source>
        <translation>Sao lưu / &amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="86" />
        <source>Agency &amp;profile and units…</source>
        <translation>Thông tin &amp;cơ quan và đơn vị…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="89" />
        <source>&amp;Import an index catalog…</source>
        <translation>&amp;Nhập danh mục bộ chỉ số…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="92" />
        <source>C&amp;heck the file</source>
        <translation>&amp;Kiểm tra tệp</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="95" />
        <source>Close the file</source>
        <translation>Đóng tệp</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="96" />
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="99" />
        <source>E&amp;xit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="100" />
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="103" />
        <source>&amp;Find…</source>
        <translation>&amp;Tìm…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="104" />
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="107" />
        <source>Undo &amp;history</source>
        <translation>&amp;Lịch sử thao tác</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="110" />
        <source>&amp;About DTI Desk</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="86" />
        <source>Targets, projects, directives</source>
        <translation>Chỉ tiêu, dự án, văn bản</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="90" />
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="225" />
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="228" />
        <source>Assessment year shown in the Criteria tab</source>
        <translation>Năm đánh giá hiển thị ở thẻ Tiêu chí</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="230" />
        <source>Plan:</source>
        <translation>Kế hoạch:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="233" />
        <source>Plan whose tasks and reports are shown</source>
        <translation>Kế hoạch có nhiệm vụ và báo cáo đang hiển thị</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="240" />
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="242" />
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="255" />
        <source>&amp;Tools</source>
        <translation>&amp;Công cụ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="258" />
        <source>&amp;Options…</source>
        <translation>&amp;Tùy chọn…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="261" />
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="263" />
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="265" />
        <source>How to enter scores, write the plan, track tasks, collect forms and print</source>
        <translation>Cách nhập điểm, viết kế hoạch, theo dõi nhiệm vụ, thu thập biểu mẫu và in văn bản</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="280" />
        <source>Import a plan &amp;document (Word, text)…</source>
        <translation>Nhập kế hoạch từ &amp;văn bản (Word, văn bản thường)…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="281" />
        <source>Read criteria, scores and tasks from an existing plan</source>
        <translation>Đọc tiêu chí, điểm và nhiệm vụ từ một kế hoạch đã có</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="282" />
        <source>Import a &amp;list from Excel…</source>
        <translation>Nhập &amp;danh sách từ Excel…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="283" />
        <source>Tasks, targets, projects, units or scores from a spreadsheet</source>
        <translation>Nhiệm vụ, chỉ tiêu, dự án, đơn vị hoặc điểm từ bảng tính</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="286" />
        <source>&amp;Plan</source>
        <translation>&amp;Kế hoạch</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="289" />
        <source>Create &amp;next year's plan…</source>
        <translation>Tạo kế hoạch &amp;năm sau…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="290" />
        <source>Copy the selected plan to next year, timelines moved on</source>
        <translation>Chép kế hoạch đang chọn sang năm sau, thời gian lùi thêm một năm</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="291" />
        <source>&amp;Match criteria between index versions…</source>
        <translation>Đối &amp;chiếu tiêu chí giữa các phiên bản bộ chỉ số…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="303" />
        <source>Import &amp;index…</source>
        <translation>Nhập &amp;bộ chỉ số…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="304" />
        <source>Read the criteria, maximum scores and scoring methods from the province's decision (Word, Excel, text)</source>
        <translation>Đọc tiêu chí, điểm tối đa và cách tính điểm từ quyết định của tỉnh (Word, Excel, văn bản)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="325" />
        <source>Index imported: {0} ({1}). Ctrl+Z removes it.</source>
        <translation>Đã nhập bộ chỉ số {0} ({1}). Ctrl+Z để gỡ bỏ.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="354" />
        <source>&amp;Indices…</source>
        <translation>&amp;Bộ chỉ số…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="355" />
        <source>Create an index version, edit its components and criteria, copy it for next year, check the sums</source>
        <translation>Tạo phiên bản bộ chỉ số, sửa chỉ số thành phần và tiêu chí, sao chép cho năm sau, kiểm tra tổng điểm</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="414" />
        <source>Open a DTI Desk file</source>
        <translation>Mở tệp DTI Desk</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="415" />
        <source>DTI Desk files (*.dtidesk);;All files (*)</source>
        <translation>Tệp DTI Desk (*.dtidesk);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="433" />
        <location filename="../dtidesk/gui/main_window.py" line="436" />
        <source>Cannot open the file</source>
        <translation>Không mở được tệp</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="455" />
        <source>Cannot create the demo file</source>
        <translation>Không tạo được tệp mẫu</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="479" />
        <location filename="../dtidesk/gui/main_window.py" line="590" />
        <source>Not saved</source>
        <translation>Chưa lưu thay đổi</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="494" />
        <source>&amp;Undo {0}</source>
        <translation>&amp;Hoàn tác {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="497" />
        <source>&amp;Redo {0}</source>
        <translation>&amp;Làm lại {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="521" />
        <source> [read only]</source>
        <translation> [chỉ xem]</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="582" />
        <location filename="../dtidesk/gui/main_window.py" line="588" />
        <source>Save a copy</source>
        <translation>Lưu bản sao</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="582" />
        <source> (copy)</source>
        <translation> (bản sao)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="583" />
        <source>DTI Desk files (*.dtidesk)</source>
        <translation>Tệp DTI Desk (*.dtidesk)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="589" />
        <source>Copy saved: {0}</source>
        <translation>Đã lưu bản sao: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="596" />
        <source>Backups</source>
        <translation>Bản sao lưu</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="596" />
        <source>Open a file first.</source>
        <translation>Hãy mở một tệp trước.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="607" />
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="610" />
        <source>Cannot restore</source>
        <translation>Không khôi phục được</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="611" />
        <source>Restoring {0}…</source>
        <translation>Đang khôi phục {0}…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="623" />
        <source>Import an index catalog</source>
        <translation>Nhập danh mục bộ chỉ số</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="625" />
        <source>Index catalogs (*.json)</source>
        <translation>Danh mục bộ chỉ số (*.json)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="631" />
        <source>Not imported</source>
        <translation>Chưa nhập được</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="634" />
        <source>Index catalog</source>
        <translation>Danh mục bộ chỉ số</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="635" />
        <source>Imported: {0}</source>
        <translation>Đã nhập: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/main_window.py" line="636" />
        <source>The file already has every index in this catalog.</source>
        <translation>Tệp đã có đủ các bộ chỉ số trong danh mục này.</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <location filename="../dtidesk/gui/new_plan_dialog.py" line="164" />
        <source>New self-assessment</source>
        <translation>Tạo kỳ tự đánh giá</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/new_plan_dialog.py" line="168" />
        <source>&amp;Index:</source>
        <translation>&amp;Bộ chỉ số:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/new_plan_dialog.py" line="169" />
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/new_plan_dialog.py" line="171" />
        <source>Create the self-assessment</source>
        <translation>Tạo kỳ tự đánh giá</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/new_plan_dialog.py" line="174" />
        <source>The year is added to the year list. Enter the self scores, appraised scores, ranks and evidence in the Criteria tab.</source>
        <translation>Năm này được thêm vào danh sách năm. Nhập điểm tự chấm, điểm thẩm định, xếp hạng và tài liệu kiểm chứng ở thẻ Tiêu chí.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/new_plan_dialog.py" line="177" />
        <source>The file has no index yet: import your province's index first (File → Import an index catalog…).</source>
        <translation>Tệp chưa có bộ chỉ số: nhập bộ chỉ số của tỉnh trước (Tệp → Nhập danh mục bộ chỉ số…).</translation>
    </message>
</context>
<context>
    <name>NewFileDialog</name>
    <message>
        <location filename="../ui/new_file_dialog.ui" line="6" />
        <source>Create a new file</source>
        <translation>Tạo tệp mới</translation>
    </message>
    <message>
        <location filename="../ui/new_file_dialog.ui" line="8" />
        <source>One file holds every year of your agency: scores, plans, tasks and reports. These details print in the header of every document; you can change them later.</source>
        <translation>Mỗi cơ quan dùng một tệp cho mọi năm: điểm số, kế hoạch, nhiệm vụ và báo cáo. Các thông tin dưới đây được in ở phần đầu mọi văn bản; có thể sửa lại sau.</translation>
    </message>
    <message>
        <location filename="../ui/new_file_dialog.ui" line="10" />
        <source>Parent agency (upper case):</source>
        <translation>Cơ quan chủ quản (chữ in hoa):</translation>
    </message>
    <message>
        <location filename="../ui/new_file_dialog.ui" line="11" />
        <source>ỦY BAN NHÂN DÂN TỈNH …</source>
        <translation>ỦY BAN NHÂN DÂN TỈNH …</translation>
    </message>
    <message>
        <location filename="../ui/new_file_dialog.ui" line="12" />
        <source>Issuing agency (upper case):</source>
        <translation>Cơ quan ban hành (chữ in hoa):</translation>
    </message>
    <message>
        <location filename="../ui/new_file_dialog.ui" line="13" />
        <source>SỞ …</source>
        <translation>SỞ …</translation>
    </message>
    <message>
        <location filename="../ui/new_file_dialog.ui" line="14" />
        <source>Agency name as written in text:</source>
        <translation>Tên cơ quan viết trong văn bản:</translation>
    </message>
    <message>
        <location filename="../ui/new_file_dialog.ui" line="15" />
        <source>Sở …</source>
        <translation>Sở …</translation>
    </message>
    <message>
        <location filename="../ui/new_file_dialog.ui" line="16" />
        <source>Short code used in symbols:</source>
        <translation>Chữ viết tắt trong ký hiệu văn bản:</translation>
    </message>
    <message>
        <location filename="../ui/new_file_dialog.ui" line="17" />
        <source>STP</source>
        <translation>STP</translation>
    </message>
    <message>
        <location filename="../ui/new_file_dialog.ui" line="18" />
        <source>Place name on documents:</source>
        <translation>Địa danh ghi trên văn bản:</translation>
    </message>
    <message>
        <location filename="../ui/new_file_dialog.ui" line="19" />
        <source>Tuyên Quang</source>
        <translation>Tuyên Quang</translation>
    </message>
    <message>
        <location filename="../ui/new_file_dialog.ui" line="20" />
        <source>Signer's title:</source>
        <translation>Chức vụ người ký:</translation>
    </message>
    <message>
        <location filename="../ui/new_file_dialog.ui" line="21" />
        <source>GIÁM ĐỐC</source>
        <translation>GIÁM ĐỐC</translation>
    </message>
    <message>
        <location filename="../ui/new_file_dialog.ui" line="22" />
        <source>Signer's name:</source>
        <translation>Họ tên người ký:</translation>
    </message>
    <message>
        <location filename="../ui/new_file_dialog.ui" line="24" />
        <source>Units, one per line:</source>
        <translation>Các đơn vị (mỗi dòng một đơn vị):</translation>
    </message>
    <message>
        <location filename="../ui/new_file_dialog.ui" line="25" />
        <source>Văn phòng Sở
Thanh tra Sở
Phòng …</source>
        <translation>Văn phòng Sở
Thanh tra Sở
Phòng …</translation>
    </message>
    <message>
        <location filename="../ui/new_file_dialog.ui" line="28" />
        <source>Index to import now (optional):</source>
        <translation>Nhập bộ chỉ số ngay (không bắt buộc):</translation>
    </message>
    <message>
        <location filename="../ui/new_file_dialog.ui" line="30" />
        <source>Tick an index only if your agency is scored on it; nothing is ticked for you. Your province's own index can be imported later: File → Import an index catalog…</source>
        <translation>Chỉ đánh dấu bộ chỉ số mà cơ quan được chấm điểm theo; không bộ nào được đánh dấu sẵn. Bộ chỉ số của tỉnh mình có thể nhập sau: Tệp → Nhập danh mục bộ chỉ số…</translation>
    </message>
</context>
<context>
    <name>NewIndicatorDialog</name>
    <message>
        <location filename="../dtidesk/gui/index_editor_forms.py" line="74" />
        <source>New criterion</source>
        <translation>Tiêu chí mới</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_forms.py" line="74" />
        <source>New component</source>
        <translation>Chỉ số thành phần mới</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_forms.py" line="79" />
        <source>points; negative for a deduction row</source>
        <translation>điểm; ghi số âm cho dòng điểm trừ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_forms.py" line="81" />
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_forms.py" line="82" />
        <source>&amp;Name:</source>
        <translation>Tê&amp;n:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_forms.py" line="84" />
        <source>&amp;Maximum:</source>
        <translation>Điểm &amp;tối đa:</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <location filename="../dtidesk/gui/new_plan_dialog.py" line="66" />
        <source>(no index)</source>
        <translation>(không theo bộ chỉ số nào)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/new_plan_dialog.py" line="92" />
        <source>New plan</source>
        <translation>Tạo kế hoạch mới</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/new_plan_dialog.py" line="94" />
        <source>Digital Transformation Index (DTI)</source>
        <translation>Chỉ số chuyển đổi số (DTI)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/new_plan_dialog.py" line="95" />
        <source>Administrative reform (CCHC)</source>
        <translation>Cải cách hành chính (CCHC)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/new_plan_dialog.py" line="96" />
        <source>Digital transformation</source>
        <translation>Chuyển đổi số</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/new_plan_dialog.py" line="96" />
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/new_plan_dialog.py" line="99" />
        <source>optional, e.g. 09</source>
        <translation>không bắt buộc, ví dụ 09</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/new_plan_dialog.py" line="107" />
        <source>&amp;Kind:</source>
        <translation>&amp;Loại kế hoạch:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/new_plan_dialog.py" line="108" />
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/new_plan_dialog.py" line="109" />
        <source>&amp;Number:</source>
        <translation>&amp;Số:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/new_plan_dialog.py" line="110" />
        <source>&amp;Title:</source>
        <translation>&amp;Tên kế hoạch:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/new_plan_dialog.py" line="111" />
        <source>&amp;Index followed:</source>
        <translation>&amp;Bám theo bộ chỉ số:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/new_plan_dialog.py" line="112" />
        <source>Create the plan</source>
        <translation>Tạo kế hoạch</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/new_plan_dialog.py" line="140" />
        <source>The file has no index yet. The plan can be made now; import your province's index (File → Import an index catalog…) to score criteria.</source>
        <translation>Tệp chưa có bộ chỉ số. Vẫn tạo được kế hoạch ngay; nhập bộ chỉ số của tỉnh (Tệp → Nhập danh mục bộ chỉ số…) để chấm điểm các tiêu chí.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/new_plan_dialog.py" line="143" />
        <source>The plan follows the {0} results of this index, the ones it sets out to raise. If the file has no {0} assessment yet, an empty one is created for you to enter them.</source>
        <translation>Kế hoạch bám theo kết quả đánh giá năm {0} của bộ chỉ số này (kết quả kế hoạch đặt ra để nâng lên). Nếu tệp chưa có kỳ đánh giá năm {0}, chương trình tạo một kỳ đánh giá trống để nhập kết quả đó.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/new_plan_dialog.py" line="147" />
        <source>Without an index the plan lists tasks only, with no scores.</source>
        <translation>Không bám theo bộ chỉ số: kế hoạch chỉ có nhiệm vụ, không có điểm.</translation>
    </message>
</context>
<context>
    <name>NewVersionDialog</name>
    <message>
        <location filename="../dtidesk/gui/index_editor_forms.py" line="31" />
        <source>New index version</source>
        <translation>Phiên bản bộ chỉ số mới</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_forms.py" line="39" />
        <source>Administrative reform (PAR Index)</source>
        <translation>Cải cách hành chính (PAR Index)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_forms.py" line="40" />
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_forms.py" line="46" />
        <source>e.g. Decision No. 2747/QĐ-UBND of 18/12/2019</source>
        <translation>Ví dụ: Quyết định số 2747/QĐ-UBND ngày 18/12/2019</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_forms.py" line="49" />
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_forms.py" line="50" />
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_forms.py" line="51" />
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_forms.py" line="52" />
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_forms.py" line="53" />
        <source>&amp;Level:</source>
        <translation>&amp;Cấp áp dụng:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_forms.py" line="54" />
        <source>&amp;Decision:</source>
        <translation>&amp;Quyết định:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/index_editor_forms.py" line="55" />
        <source>&amp;Province:</source>
        <translation>Tỉn&amp;h:</translation>
    </message>
</context>
<context>
    <name>OverrideScoreDialog</name>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="111" />
        <source>Change the score of {0}</source>
        <translation>Sửa điểm tiêu chí {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="114" />
        <source>Computed from the inputs: {0} (maximum {1})</source>
        <translation>Điểm tính từ số liệu: {0} (tối đa {1})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="115" />
        <source>not computed</source>
        <translation>chưa tính được</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="118" />
        <source>blank: the computed score</source>
        <translation>để trống: dùng điểm tính được</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="120" />
        <source>e.g. the council counted the meeting of 12/3 as chaired by the chairman</source>
        <translation>ví dụ: hội đồng tính cuộc họp ngày 12/3 là do Chủ tịch chủ trì</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="126" />
        <source>&amp;Score:</source>
        <translation>Đ&amp;iểm:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="127" />
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/criterion_method_panel.py" line="150" />
        <source>Write why the score differs from the computed one.</source>
        <translation>Hãy ghi lý do điểm khác điểm tính được.</translation>
    </message>
</context>
<context>
    <name>PdfPrinter</name>
    <message>
        <location filename="../dtidesk/gui/print_pages.py" line="81" />
        <location filename="../dtidesk/gui/print_pages.py" line="114" />
        <source>Not printed</source>
        <translation>Chưa in được</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/print_pages.py" line="82" />
        <location filename="../dtidesk/gui/print_pages.py" line="128" />
        <source>The PDF to print could not be read: {0}</source>
        <translation>Không đọc được tệp PDF cần in: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/print_pages.py" line="90" />
        <source>Print — {0}</source>
        <translation>In — {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/print_pages.py" line="108" />
        <source>Sent {0} page(s) to {1}.</source>
        <translation>Đã gửi {0} trang tới {1}.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/print_pages.py" line="117" />
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/print_pages.py" line="119" />
        <source>Sending the pages to the printer…</source>
        <translation>Đang gửi các trang tới máy in…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/print_pages.py" line="133" />
        <source>Sending page {0} ({1} of {2}) to the printer…</source>
        <translation>Đang gửi trang {0} ({1}/{2}) tới máy in…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/print_pages.py" line="139" />
        <source>The printer could not be opened. Check it and print again.</source>
        <translation>Không mở được máy in. Hãy kiểm tra máy in rồi in lại.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/print_pages.py" line="141" />
        <source>The printer took no more pages. Check it and print again.</source>
        <translation>Máy in không nhận thêm trang. Hãy kiểm tra máy in rồi in lại.</translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <location filename="../dtidesk/gui/plan_commands.py" line="42" />
        <source>create plan {0}</source>
        <translation>tạo kế hoạch năm {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_commands.py" line="60" />
        <source>create {0} self-assessment</source>
        <translation>tạo kỳ tự đánh giá năm {0}</translation>
    </message>
</context>
<context>
    <name>PlanImportDialog</name>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="59" />
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="135" />
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="292" />
        <source>Import a plan from a document</source>
        <translation>Nhập kế hoạch từ văn bản</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="63" />
        <source>a Word (.docx) or text (.txt) file of the plan</source>
        <translation>tệp Word (.docx) hoặc văn bản (.txt) của kế hoạch</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="66" />
        <source>Paste the text of the plan here (copied from Word or a PDF), then press Preview.</source>
        <translation>Dán nội dung kế hoạch vào đây (sao chép từ Word hoặc PDF), rồi bấm Xem trước.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="73" />
        <source>Choose a file or paste the text of a plan.</source>
        <translation>Chọn tệp hoặc dán nội dung một kế hoạch.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="76" />
        <source>Recognised</source>
        <translation>Nhận ra được</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="76" />
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="76" />
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="76" />
        <source>Timeline</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="89" />
        <source>Ticked names are added to the file's units; an unticked name is kept in the task's unit note</source>
        <translation>Tên được đánh dấu sẽ thêm vào danh sách đơn vị của tệp; tên không đánh dấu được giữ trong ghi chú đơn vị của nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="92" />
        <source>Not understood</source>
        <translation>Không hiểu</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="93" />
        <source>Warnings</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="94" />
        <source>New units</source>
        <translation>Đơn vị mới</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="102" />
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="64" />
        <source>Choose the plan document</source>
        <translation>Chọn văn bản kế hoạch</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="65" />
        <source>Plans (*.docx *.txt);;All files (*)</source>
        <translation>Kế hoạch (*.docx *.txt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="136" />
        <source>Reading the plan…</source>
        <translation>Đang đọc văn bản kế hoạch…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="150" />
        <source>Projects ({0})</source>
        <translation>Dự án ({0})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="153" />
        <source>{0} million VND</source>
        <translation>{0} triệu đồng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="175" />
        <source>Not understood ({0})</source>
        <translation>Không hiểu ({0})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="176" />
        <source>Warnings ({0})</source>
        <translation>Cảnh báo ({0})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="177" />
        <source>New units ({0})</source>
        <translation>Đơn vị mới ({0})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="188" />
        <source>Scores of {0} go into the index {1}</source>
        <translation>Điểm năm {0} được ghi vào bộ chỉ số {1}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="189" />
        <source>A new index will be created: {0} (scores of {1})</source>
        <translation>Sẽ tạo bộ chỉ số mới: {0} (điểm năm {1})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="202" />
        <source>{0} (kept as a note)</source>
        <translation>{0} (giữ làm ghi chú)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="204" />
        <source>{0} (new)</source>
        <translation>{0} (mới)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="208" />
        <source>with: {0}</source>
        <translation>phối hợp: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="223" />
        <source> (self {0})</source>
        <translation> (tự chấm {0})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="240" />
        <source>, rank {0}/{1}</source>
        <translation>, hạng {0}/{1}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="247" />
        <source>Target: {0}</source>
        <translation>Chỉ tiêu: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="291" />
        <source>import plan {0}</source>
        <translation>nhập kế hoạch {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="293" />
        <source>Importing the plan…</source>
        <translation>Đang nhập kế hoạch…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="282" />
        <source>Plan imported</source>
        <translation>Đã nhập kế hoạch</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_import_dialog.py" line="282" />
        <source>Imported: {0}</source>
        <translation>Đã nhập: {0}</translation>
    </message>
</context>
<context>
    <name>PlanListPage</name>
    <message>
        <location filename="../dtidesk/gui/plan_list_page.py" line="96" />
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_page.py" line="98" />
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_page.py" line="114" />
        <source>Search (accents optional)…</source>
        <translation>Tìm (không cần dấu)…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_page.py" line="115" />
        <source>Finds words in any column, with or without accents</source>
        <translation>Tìm các từ ở mọi cột, gõ có dấu hay không dấu đều được</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_page.py" line="125" />
        <source>Clear filters</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_page.py" line="128" />
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_page.py" line="167" />
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_page.py" line="293" />
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Có thể hoàn tác bằng Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>PlanListsTab</name>
    <message>
        <location filename="../dtidesk/gui/plan_list_commands.py" line="54" />
        <source>edit target</source>
        <translation>sửa chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_commands.py" line="56" />
        <source>edit project</source>
        <translation>sửa dự án</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_commands.py" line="57" />
        <source>edit directive</source>
        <translation>sửa văn bản chỉ đạo</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_commands.py" line="110" />
        <source>add target</source>
        <translation>thêm chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_commands.py" line="112" />
        <source>add project</source>
        <translation>thêm dự án</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_commands.py" line="114" />
        <source>add directive</source>
        <translation>thêm văn bản chỉ đạo</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_commands.py" line="129" />
        <source>delete {0} targets</source>
        <translation>xóa {0} chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_commands.py" line="131" />
        <source>delete {0} projects</source>
        <translation>xóa {0} dự án</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_commands.py" line="133" />
        <source>delete {0} directives</source>
        <translation>xóa {0} văn bản chỉ đạo</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_commands.py" line="147" />
        <source>record target result</source>
        <translation>ghi kết quả chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_commands.py" line="161" />
        <source>link tasks to a directive</source>
        <translation>gắn nhiệm vụ với văn bản chỉ đạo</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="27" />
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="38" />
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="27" />
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="38" />
        <source>Not met</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="54" />
        <source>Type as the plan words it: ≥ 97%, tối thiểu 97%, đạt trên 70%</source>
        <translation>Gõ như kế hoạch viết: ≥ 97%, tối thiểu 97%, đạt trên 70%</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="55" />
        <source>The plan year's most recent achieved figure (record it on the right)</source>
        <translation>Kết quả gần nhất trong năm kế hoạch (ghi ở khung bên phải)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="56" />
        <source>Whether the latest result meets the period's planned figure, or the threshold</source>
        <translation>Kết quả gần nhất có đạt kế hoạch của kỳ (hoặc mức chỉ tiêu) không</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="58" />
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="58" />
        <source>Target</source>
        <translation>Nội dung chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="59" />
        <source>Threshold</source>
        <translation>Mức chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="60" />
        <source>Unit</source>
        <translation>ĐVT</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="60" />
        <source>Unit of measure</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="61" />
        <location filename="../dtidesk/gui/plan_item_models.py" line="124" />
        <source>Lead unit</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="62" />
        <source>Monitoring unit</source>
        <translation>Đơn vị theo dõi</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="62" />
        <source>Unit that monitors and urges</source>
        <translation>Đơn vị theo dõi, đôn đốc</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="63" />
        <source>Latest result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="64" />
        <source>Assessment</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="121" />
        <source>million đồng</source>
        <translation>triệu đồng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="122" />
        <source>Project, investment item</source>
        <translation>Dự án, hạng mục đầu tư</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="123" />
        <source>Period</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="123" />
        <source>Implementation period</source>
        <translation>Thời gian thực hiện</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="125" />
        <source>Total budget</source>
        <translation>Tổng kinh phí</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="125" />
        <source>Total budget, {0}</source>
        <translation>Tổng kinh phí, {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="126" />
        <source>State budget</source>
        <translation>NSNN</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="127" />
        <source>State budget (NSNN), {0}</source>
        <translation>Ngân sách nhà nước, {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="128" />
        <source>Socialised</source>
        <translation>Xã hội hóa</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="129" />
        <source>Socialised capital (xã hội hóa), {0}</source>
        <translation>Vốn xã hội hóa, {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="130" />
        <source>Other</source>
        <translation>Nguồn khác</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="130" />
        <source>Other sources, {0}</source>
        <translation>Các nguồn khác, {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="131" />
        <source>Disbursed</source>
        <translation>Đã giải ngân</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="131" />
        <source>Disbursed so far, {0}</source>
        <translation>Đã giải ngân đến nay, {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="132" />
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="156" />
        <source>The sources do not add up to the total</source>
        <translation>Các nguồn vốn cộng lại không bằng tổng kinh phí</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="158" />
        <source>More disbursed than the total budget</source>
        <translation>Đã giải ngân nhiều hơn tổng kinh phí</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="160" />
        <source>{0} of the budget</source>
        <translation>bằng {0} kinh phí</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="190" />
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="190" />
        <source>Number, symbol</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="191" />
        <source>Issued on</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="191" />
        <source>Issuing body</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="192" />
        <source>Summary</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="193" />
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="193" />
        <source>Tasks the directive gave rise to</source>
        <translation>Nhiệm vụ phát sinh từ văn bản</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="200" />
        <source>{0} tasks</source>
        <translation>{0} nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_item_models.py" line="212" />
        <source>(cited by every plan)</source>
        <translation>(dùng chung cho mọi kế hoạch)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_delegates.py" line="53" />
        <source>(no unit)</source>
        <translation>(không có đơn vị)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_delegates.py" line="74" />
        <source>day/month/year</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="35" />
        <source>New target</source>
        <translation>Chỉ tiêu mới</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="35" />
        <source>Add a target after the selected one</source>
        <translation>Thêm chỉ tiêu sau chỉ tiêu đang chọn</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="36" />
        <source>Delete the selected targets</source>
        <translation>Xóa các chỉ tiêu đang chọn</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="36" />
        <source>Delete targets</source>
        <translation>Xóa chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="37" />
        <source>Delete these {0} targets (with their results)?</source>
        <translation>Xóa {0} chỉ tiêu này (cùng kết quả đã ghi)?</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="38" />
        <source>All results</source>
        <translation>Mọi kết quả</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="39" />
        <source>No result yet</source>
        <translation>Chưa có kết quả</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="41" />
        <source>New project</source>
        <translation>Dự án mới</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="41" />
        <source>Add a project after the selected one</source>
        <translation>Thêm dự án sau dự án đang chọn</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="42" />
        <source>Delete the selected projects</source>
        <translation>Xóa các dự án đang chọn</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="42" />
        <source>Delete projects</source>
        <translation>Xóa dự án</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="43" />
        <source>Delete these {0} projects?</source>
        <translation>Xóa {0} dự án này?</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="44" />
        <source>All statuses</source>
        <translation>Mọi tình trạng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="46" />
        <source>New directive</source>
        <translation>Văn bản mới</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="46" />
        <source>Add a directive to this plan</source>
        <translation>Thêm văn bản chỉ đạo cho kế hoạch này</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="47" />
        <source>Delete the selected directives</source>
        <translation>Xóa các văn bản đang chọn</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="47" />
        <source>Delete directives</source>
        <translation>Xóa văn bản chỉ đạo</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="48" />
        <source>Delete these {0} directives?</source>
        <translation>Xóa {0} văn bản chỉ đạo này?</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="49" />
        <source>All types</source>
        <translation>Mọi loại văn bản</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="61" />
        <source>Targets ({0})</source>
        <translation>Chỉ tiêu ({0})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="61" />
        <source>Projects ({0})</source>
        <translation>Dự án ({0})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_lists_tab.py" line="61" />
        <source>Directives ({0})</source>
        <translation>Văn bản chỉ đạo ({0})</translation>
    </message>
</context>
<context>
    <name>PlanSetupController</name>
    <message>
        <location filename="../dtidesk/gui/plan_setup_actions.py" line="26" />
        <source>&amp;New plan…</source>
        <translation>&amp;Tạo kế hoạch mới…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_setup_actions.py" line="27" />
        <source>A DTI, administrative reform or other plan for a year, to which tasks are added</source>
        <translation>Kế hoạch DTI, cải cách hành chính hoặc kế hoạch khác của một năm, để thêm nhiệm vụ vào</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_setup_actions.py" line="29" />
        <source>New &amp;self-assessment…</source>
        <translation>Tạo kỳ tự &amp;đánh giá…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_setup_actions.py" line="30" />
        <source>Score an index for a year: the year is added to the list</source>
        <translation>Chấm điểm một bộ chỉ số cho một năm: năm đó được thêm vào danh sách năm</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_setup_actions.py" line="41" />
        <source>Add a year: create a self-assessment for it</source>
        <translation>Thêm năm: tạo kỳ tự đánh giá của năm đó</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_setup_actions.py" line="88" />
        <source>Plan created. Add its tasks with “{0}” ({1}).</source>
        <translation>Đã tạo kế hoạch. Thêm nhiệm vụ bằng nút “{0}” ({1}).</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_setup_actions.py" line="100" />
        <source>No plan yet</source>
        <translation>Chưa có kế hoạch</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_setup_actions.py" line="101" />
        <source>Create a plan for the year (DTI, administrative reform, digital transformation…) and add its tasks, or import a plan you already have as a Word document.</source>
        <translation>Tạo kế hoạch của năm (DTI, cải cách hành chính, chuyển đổi số…) rồi thêm nhiệm vụ, hoặc nhập kế hoạch đã có từ văn bản Word.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_setup_actions.py" line="106" />
        <source>No index yet</source>
        <translation>Chưa có bộ chỉ số</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_setup_actions.py" line="107" />
        <source>Import your province's index from its decision (Word, Excel or text) or from a catalog file, to enter self scores and appraised scores; a plan document you import also brings the criteria it lists.</source>
        <translation>Nhập bộ chỉ số của tỉnh từ quyết định ban hành (Word, Excel hoặc văn bản) hoặc từ tệp danh mục, để nhập điểm tự chấm và điểm thẩm định; văn bản kế hoạch được nhập cũng mang theo các tiêu chí nó liệt kê.</translation>
    </message>
</context>
<context>
    <name>PointsDialog</name>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="58" />
        <source>Points at stake</source>
        <translation>Điểm có thể giành lại</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="65" />
        <source>&lt;b&gt;Lost&lt;/b&gt; = maximum − appraised score (not appraised yet: maximum − self score, shown as such); a deduction row counts the points it took. &lt;b&gt;Recoverable&lt;/b&gt; = self score − appraised score, what the council cut: &lt;i&gt;with evidence&lt;/i&gt; attached a request for review can argue it, &lt;i&gt;without&lt;/i&gt; next year's evidence can win it back.</source>
        <translation>&lt;b&gt;Điểm bị mất&lt;/b&gt; = điểm tối đa − điểm thẩm định (tiêu chí chưa thẩm định: điểm tối đa − điểm tự chấm, ghi rõ “chưa thẩm định”); dòng điểm trừ tính số điểm đã bị trừ. &lt;b&gt;Điểm có thể giành lại&lt;/b&gt; = điểm tự chấm − điểm thẩm định, phần Hội đồng thẩm định cắt giảm: &lt;i&gt;có tài liệu kiểm chứng&lt;/i&gt; thì đề nghị xem xét lại được, &lt;i&gt;chưa có&lt;/i&gt; thì bổ sung tài liệu kiểm chứng để giành lại ở kỳ đánh giá sau.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="72" />
        <source>Points lost</source>
        <translation>Điểm bị mất</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="73" />
        <source>Points recoverable</source>
        <translation>Điểm có thể giành lại</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="80" />
        <source>Rank by:</source>
        <translation>Xếp theo:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="90" />
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="90" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="90" />
        <location filename="../dtidesk/gui/points_dialog.py" line="107" />
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="90" />
        <source>Max</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="90" />
        <source>Self</source>
        <translation>Tự chấm</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="91" />
        <source>Appraised</source>
        <translation>Thẩm định</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="91" />
        <source>Lost</source>
        <translation>Bị mất</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="91" />
        <source>Recoverable
with evidence</source>
        <translation>Giành lại được:
có TLKC</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="92" />
        <source>Recoverable
without evidence</source>
        <translation>Giành lại được:
chưa có TLKC</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="92" />
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="100" />
        <source>Double-click a criterion to select it on the Criteria tab</source>
        <translation>Nhấp đúp vào một tiêu chí để chọn tiêu chí đó trên thẻ Tiêu chí</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="107" />
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="107" />
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="107" />
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="130" />
        <source>Export PDF…</source>
        <translation>Xuất PDF…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="131" />
        <source>Export Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="132" />
        <source>Plan next year…</source>
        <translation>Lập kế hoạch năm sau…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="133" />
        <source>Create next year's plan from the newest plan, the criteria that lost points first</source>
        <translation>Tạo kế hoạch năm sau từ kế hoạch mới nhất, các tiêu chí bị mất điểm nhiều nhất được nêu trước</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="178" />
        <source>No plan of this index up to next year to start from: create this year's plan first.</source>
        <translation>Chưa có kế hoạch nào (đến năm sau) theo bộ chỉ số này để lập tiếp: hãy tạo kế hoạch năm nay trước.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="191" />
        <source>{0} (version {1}), assessment {2}</source>
        <translation>{0} (phiên bản {1}), kết quả đánh giá năm {2}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="193" />
        <source>{0} criteria lost {1} points; {2} points recoverable ({3} with evidence, {4} without).</source>
        <translation>{0} tiêu chí bị mất {1} điểm; có thể giành lại {2} điểm ({3} điểm đã có tài liệu kiểm chứng, {4} điểm chưa có).</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="203" />
        <source>not appraised</source>
        <translation>chưa thẩm định</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="215" />
        <source>Not appraised yet: maximum − self score</source>
        <translation>Chưa thẩm định: điểm tối đa − điểm tự chấm</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="217" />
        <source>Deduction row: the points it took</source>
        <translation>Dòng điểm trừ: số điểm đã bị trừ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="220" />
        <source>{0} evidence items attached: a request for review can argue these points</source>
        <translation>Đã có {0} tài liệu kiểm chứng: có thể đề nghị xem xét lại số điểm này</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="224" />
        <source>No task of this year's or next year's plan is linked to it yet</source>
        <translation>Chưa có nhiệm vụ nào của kế hoạch năm nay hoặc năm sau gắn với tiêu chí này</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="250" />
        <source>Tasks linked to the selected criterion</source>
        <translation>Nhiệm vụ gắn với tiêu chí đang chọn</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="253" />
        <source>Tasks linked to {0} in the plans of {1}: {2}</source>
        <translation>Nhiệm vụ gắn với tiêu chí {0} trong kế hoạch năm {1}: {2}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="278" />
        <location filename="../dtidesk/gui/points_dialog.py" line="291" />
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="292" />
        <source>Not exported</source>
        <translation>Chưa xuất được</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="293" />
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/points_dialog.py" line="297" />
        <source>Saved to {0}</source>
        <translation>Đã lưu: {0}</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="66" />
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="68" />
        <source>Print what this tab shows: the filtered task list, the score sheet, the periodic report or the statistics form</source>
        <translation>In nội dung thẻ đang xem: danh sách nhiệm vụ đã lọc, bảng điểm, báo cáo định kỳ hoặc biểu mẫu thống kê</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="70" />
        <source>Print pre&amp;view…</source>
        <translation>&amp;Xem trước khi in…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="72" />
        <source>See the pages of what this tab shows before printing them</source>
        <translation>Xem các trang của nội dung thẻ đang xem trước khi in</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="73" />
        <source>Print a &amp;document</source>
        <translation>In &amp;văn bản khác</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="96" />
        <source>Plan document</source>
        <translation>Văn bản kế hoạch</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="96" />
        <source>Appendix: tasks (the whole plan)</source>
        <translation>Phụ lục nhiệm vụ (toàn bộ kế hoạch)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="97" />
        <source>Appendix: targets</source>
        <translation>Phụ lục chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="97" />
        <source>Appendix: projects</source>
        <translation>Phụ lục dự án</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="98" />
        <source>Appendix: directive documents</source>
        <translation>Phụ lục văn bản chỉ đạo, điều hành</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="99" />
        <source>Criteria score sheet</source>
        <translation>Bảng điểm tiêu chí</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="100" />
        <source>Periodic report (period chosen in the Reports tab)</source>
        <translation>Báo cáo định kỳ (kỳ chọn ở thẻ Báo cáo)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="120" />
        <source>Open a file first.</source>
        <translation>Hãy mở một tệp trước.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="122" />
        <location filename="../dtidesk/gui/printing.py" line="137" />
        <location filename="../dtidesk/gui/printing.py" line="158" />
        <location filename="../dtidesk/gui/printing.py" line="198" />
        <source>Choose a plan on the toolbar first.</source>
        <translation>Hãy chọn kế hoạch trên thanh công cụ trước.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="129" />
        <source>There is no assessment for this year: no score sheet to print.</source>
        <translation>Năm này chưa có kết quả đánh giá: không có bảng điểm để in.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="131" />
        <source>Score sheet {0}</source>
        <translation>Bảng điểm năm {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="145" />
        <source>This tab has nothing of its own to print: choose a document under File → Print a document.</source>
        <translation>Thẻ này không có nội dung riêng để in: hãy chọn văn bản ở Tệp → In văn bản khác.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="160" />
        <source>Task list (all {0} tasks)</source>
        <translation>Danh sách nhiệm vụ (cả {0} nhiệm vụ)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="162" />
        <source>No task is shown: change the filters to print.</source>
        <translation>Không có nhiệm vụ nào đang hiện: hãy đổi bộ lọc rồi in.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="164" />
        <source>Task list ({0} of {1} tasks, filtered)</source>
        <translation>Danh sách nhiệm vụ (đã lọc: {0} trên {1} nhiệm vụ)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="170" />
        <source>No statistics form is shown.</source>
        <translation>Chưa chọn biểu mẫu thống kê nào.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="182" />
        <source>Periodic report: {0} {1}</source>
        <translation>Báo cáo định kỳ: {0} năm {1}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="205" />
        <source>Nothing to print</source>
        <translation>Không có gì để in</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="219" />
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="220" />
        <source>Nothing printed</source>
        <translation>Chưa in được</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/printing.py" line="221" />
        <source>Preparing the pages…</source>
        <translation>Đang chuẩn bị các trang in…</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../dtidesk/gui/print_preview.py" line="40" />
        <source>Print preview — {0}</source>
        <translation>Xem trước khi in — {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/print_preview.py" line="56" />
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/print_preview.py" line="57" />
        <source>Choose a printer and print these pages</source>
        <translation>Chọn máy in và in các trang này</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/print_preview.py" line="62" />
        <source>◀ Previous</source>
        <translation>◀ Trang trước</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/print_preview.py" line="64" />
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/print_preview.py" line="70" />
        <source>of {0}</source>
        <translation>/ {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/print_preview.py" line="72" />
        <source>Next ▶</source>
        <translation>Trang sau ▶</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/print_preview.py" line="75" />
        <source>Fit &amp;width</source>
        <translation>Vừa &amp;chiều ngang</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/print_preview.py" line="76" />
        <source>Whole &amp;page</source>
        <translation>Cả t&amp;rang</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/print_preview.py" line="77" />
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/print_preview.py" line="78" />
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/print_preview.py" line="82" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>ProjectPane</name>
    <message>
        <location filename="../dtidesk/gui/plan_list_panes.py" line="136" />
        <source>Content, scale:</source>
        <translation>Nội dung, quy mô:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_panes.py" line="137" />
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_panes.py" line="156" />
        <source>Select a project.</source>
        <translation>Chọn một dự án.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_panes.py" line="162" />
        <source>The sources do not add up to the total budget.</source>
        <translation>Các nguồn vốn cộng lại không bằng tổng kinh phí.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_panes.py" line="164" />
        <source>More has been disbursed than the total budget.</source>
        <translation>Số đã giải ngân vượt tổng kinh phí.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_panes.py" line="166" />
        <source>Disbursed: {0} of the budget.</source>
        <translation>Đã giải ngân: {0} kinh phí.</translation>
    </message>
</context>
<context>
    <name>ReportTextPanel</name>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="45" />
        <source>Sections written by you:</source>
        <translation>Các đoạn do chuyên viên viết:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="50" />
        <source>Figures, task progress and directives are filled in from the file when the report is exported.</source>
        <translation>Số liệu, tiến độ nhiệm vụ và văn bản chỉ đạo được lấy từ tệp khi xuất báo cáo.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="60" />
        <source>Write this section of the report here. An empty section prints as a dotted line to fill in by hand.</source>
        <translation>Viết đoạn này của báo cáo tại đây. Đoạn để trống được in thành dòng chấm để viết tay.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="71" />
        <source>Save text</source>
        <translation>Lưu đoạn văn</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="72" />
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="77" />
        <source>Report (PDF)…</source>
        <translation>Báo cáo (PDF)…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="77" />
        <source>Report (Word)…</source>
        <translation>Báo cáo (Word)…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="78" />
        <source>Report appendices (Excel)…</source>
        <translation>Phụ lục báo cáo (Excel)…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="93" />
        <source>Results achieved</source>
        <translation>Kết quả đạt được</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="94" />
        <source>II.1 Direction and management</source>
        <translation>II.1 Công tác chỉ đạo, điều hành</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="95" />
        <source>II.2 Institutional reform</source>
        <translation>II.2 Cải cách thể chế</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="96" />
        <source>II.3 Administrative procedure reform, one-stop shop</source>
        <translation>II.3 Cải cách TTHC, một cửa</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="97" />
        <source>II.4 Reform of the administrative apparatus</source>
        <translation>II.4 Cải cách tổ chức bộ máy</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="98" />
        <source>II.5 Civil service reform</source>
        <translation>II.5 Cải cách chế độ công vụ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="99" />
        <source>II.6 Public finance reform</source>
        <translation>II.6 Cải cách tài chính công</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="100" />
        <source>II.7 E-government and digital government</source>
        <translation>II.7 Chính phủ điện tử, số</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="101" />
        <source>Positive aspects</source>
        <translation>Mặt tích cực</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="102" />
        <source>Shortcomings and limitations</source>
        <translation>Tồn tại, hạn chế</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="103" />
        <source>Causes</source>
        <translation>Nguyên nhân</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="104" />
        <source>Directions and tasks for the next period</source>
        <translation>Phương hướng, nhiệm vụ kỳ tới</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="105" />
        <source>Proposals and recommendations</source>
        <translation>Đề xuất, kiến nghị</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="161" />
        <source>The report would state these figures in two places with two values; fix them before exporting:</source>
        <translation>Báo cáo sẽ ghi các số liệu sau ở hai nơi với hai giá trị khác nhau; hãy sửa trước khi xuất:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="183" />
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="202" />
        <source>Not saved yet</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="218" />
        <source>edit report section “{0}”</source>
        <translation>sửa đoạn “{0}” của báo cáo</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/report_text_panel.py" line="229" />
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="44" />
        <source>Reporting period:</source>
        <translation>Kỳ báo cáo:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="78" />
        <source>Progress of the plan</source>
        <translation>Tiến độ thực hiện kế hoạch</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="69" />
        <source>Unit</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="69" />
        <source>Planned</source>
        <translation>Số nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="69" />
        <source>Done on time</source>
        <translation>Hoàn thành đúng hạn</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="69" />
        <source>Done late</source>
        <translation>Hoàn thành quá hạn</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="70" />
        <source>Done (no due date)</source>
        <translation>Hoàn thành (không có hạn)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="70" />
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="70" />
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="70" />
        <source>Not started</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="81" />
        <source>Statistics forms</source>
        <translation>Biểu mẫu thống kê</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="75" />
        <source>Export</source>
        <translation>Xuất văn bản</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="83" />
        <source>Periodic report</source>
        <translation>Báo cáo định kỳ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="91" />
        <source>Plan document (PDF)</source>
        <translation>Văn bản kế hoạch (PDF)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="92" />
        <source>Plan document (Word)</source>
        <translation>Văn bản kế hoạch (Word)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="93" />
        <source>Task appendix (Excel)</source>
        <translation>Phụ lục nhiệm vụ (Excel)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="94" />
        <source>Score sheet (PDF)</source>
        <translation>Bảng điểm (PDF)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reminder.py" line="30" />
        <source>in {0} days</source>
        <translation>còn {0} ngày</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reminder.py" line="30" />
        <source>today</source>
        <translation>hôm nay</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reminder.py" line="32" />
        <source>{0} report of “{1}”: by {2} ({3})</source>
        <translation>báo cáo {0} của “{1}”: hạn {2} ({3})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reminder.py" line="34" />
        <source>Next reports due:</source>
        <translation>Sắp đến hạn báo cáo:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="139" />
        <source>No plan selected.</source>
        <translation>Chưa chọn kế hoạch.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="152" />
        <source>{0} days left</source>
        <translation>còn {0} ngày</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="154" />
        <source>{0} days ago</source>
        <translation>đã qua {0} ngày</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="155" />
        <source>national default</source>
        <translation>theo hạn chung</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="155" />
        <source>set by the plan</source>
        <translation>theo kế hoạch</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="156" />
        <source>Report due by {0} ({1}; {2})</source>
        <translation>Hạn gửi báo cáo: {0} ({1}; {2})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="157" />
        <source>Tasks due by {0} and recurring tasks; figures counted from {1} to {2}</source>
        <translation>Nhiệm vụ có hạn đến {0} và nhiệm vụ thường xuyên; số liệu tính từ {1} đến {2}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/reports_tab.py" line="159" />
        <source>Whole plan</source>
        <translation>Toàn kế hoạch</translation>
    </message>
</context>
<context>
    <name>ResultsImportDialog</name>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="67" />
        <source>import appraisal results {0}</source>
        <translation>nhập kết quả thẩm định năm {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="84" />
        <location filename="../dtidesk/gui/results_import_dialog.py" line="159" />
        <source>Import appraisal results</source>
        <translation>Nhập kết quả thẩm định</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="88" />
        <source>the province's result table: Excel (.xlsx), Word (.docx) or text (.txt)</source>
        <translation>bảng kết quả của tỉnh: Excel (.xlsx), Word (.docx) hoặc văn bản (.txt)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="97" />
        <source>— choose —</source>
        <translation>— chọn —</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="102" />
        <source>The agency whose row is taken from a table of every agency</source>
        <translation>Cơ quan được lấy hàng kết quả trong bảng xếp hạng các cơ quan</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="105" />
        <source>&amp;Year assessed:</source>
        <translation>&amp;Năm đánh giá:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="107" />
        <source>&amp;Agency:</source>
        <translation>&amp;Cơ quan:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="116" />
        <source>Choose the table of results the province published.</source>
        <translation>Chọn bảng kết quả thẩm định tỉnh đã công bố.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="123" />
        <source>Click a line to see its row</source>
        <translation>Bấm vào một dòng để xem hàng tương ứng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="138" />
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="89" />
        <source>Choose the appraisal results</source>
        <translation>Chọn tệp kết quả thẩm định</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="90" />
        <source>Result tables (*.xlsx *.docx *.txt);;All files (*)</source>
        <translation>Bảng kết quả (*.xlsx *.docx *.txt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="161" />
        <source>Reading the table…</source>
        <translation>Đang đọc bảng…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="169" />
        <source>— this file's agency —</source>
        <translation>— cơ quan của tệp này —</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="209" />
        <source>will be written</source>
        <translation>sẽ ghi</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="209" />
        <source>unchanged</source>
        <translation>không đổi</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="210" />
        <source>not matched: not written</source>
        <translation>không khớp: không ghi</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="211" />
        <source>above the maximum: not written</source>
        <translation>vượt điểm tối đa: không ghi</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="212" />
        <source>no appraised score</source>
        <translation>không có điểm thẩm định</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="212" />
        <source>repeated: not written</source>
        <translation>trùng lặp: không ghi</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="213" />
        <source>component index</source>
        <translation>chỉ số thành phần</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="213" />
        <source>total</source>
        <translation>tổng cộng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="220" />
        <source>Results of {0} for the index {1}</source>
        <translation>Kết quả năm {0} của bộ chỉ số {1}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="232" />
        <source>To check ({0})</source>
        <translation>Cần xem lại ({0})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="233" />
        <source>Nothing to check.</source>
        <translation>Không có gì cần xem lại.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="234" />
        <source>{0} appraised scores</source>
        <translation>{0} điểm thẩm định</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="236" />
        <source>{0} component ranks</source>
        <translation>{0} xếp hạng chỉ số thành phần</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="238" />
        <source>rank {0}/{1}</source>
        <translation>xếp hạng {0}/{1}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="240" />
        <source>rating {0}</source>
        <translation>xếp loại {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="244" />
        <source>Import writes: {0}.</source>
        <translation>Sẽ ghi: {0}.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="257" />
        <location filename="../dtidesk/gui/results_import_dialog.py" line="287" />
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="257" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="257" />
        <source>Criterion</source>
        <translation>Chỉ số / tiêu chí</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="257" />
        <source>Max</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="257" />
        <source>Self</source>
        <translation>Tự chấm</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="258" />
        <source>Appraised</source>
        <translation>Thẩm định</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="258" />
        <source>In the file now</source>
        <translation>Hiện có trong tệp</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="258" />
        <source>Comment</source>
        <translation>Ý kiến thẩm định</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="258" />
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="268" />
        <source>{0} (by name)</source>
        <translation>{0} (theo tên)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="287" />
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="287" />
        <source>Total</source>
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="287" />
        <source>Rank</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="288" />
        <source>Rating</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="333" />
        <source>Choose the table of results first.</source>
        <translation>Hãy chọn bảng kết quả trước.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="335" />
        <source>Choose the agency in the table.</source>
        <translation>Hãy chọn cơ quan trong bảng.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="337" />
        <source>Nothing to write: no appraised score, rank or rating matches this assessment.</source>
        <translation>Không có gì để ghi: không có điểm thẩm định, xếp hạng hay xếp loại nào khớp với kỳ đánh giá này.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="362" />
        <source>Not imported.</source>
        <translation>Chưa nhập được.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="372" />
        <source>Import appraisal results…</source>
        <translation>Nhập kết quả thẩm định…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="373" />
        <source>Read the province's appraised scores, ranks and rating into the year's assessment</source>
        <translation>Đọc điểm thẩm định, xếp hạng và xếp loại của tỉnh vào kỳ đánh giá của năm</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="385" />
        <source>Appraisal results imported. Ctrl+Z undoes it.</source>
        <translation>Đã nhập kết quả thẩm định. Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="397" />
        <source>Request a review…</source>
        <translation>Đề nghị xem xét lại…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="398" />
        <source>A letter asking the council to appraise again the criteria scored below the self score that have evidence</source>
        <translation>Công văn đề nghị thẩm định lại các tiêu chí có điểm thẩm định thấp hơn điểm tự chấm mà đã có tài liệu kiểm chứng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/results_import_dialog.py" line="427" />
        <source>Request a review</source>
        <translation>Đề nghị xem xét lại</translation>
    </message>
</context>
<context>
    <name>RollForwardDialog</name>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="53" />
        <source>create next year's plan</source>
        <translation>tạo kế hoạch năm sau</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="54" />
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="64" />
        <source>Create next year's plan</source>
        <translation>Tạo kế hoạch năm sau</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="55" />
        <source>Creating next year's plan…</source>
        <translation>Đang tạo kế hoạch năm sau…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="68" />
        <source>Leave out one-off tasks already done</source>
        <translation>Bỏ nhiệm vụ một lần đã hoàn thành</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="69" />
        <source>Recurring tasks (regular, yearly, quarterly) are always kept.</source>
        <translation>Nhiệm vụ thường xuyên, hằng năm, hằng quý luôn được giữ.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="71" />
        <source>Automatic: the version in force next year</source>
        <translation>Tự động: phiên bản áp dụng cho năm sau</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="75" />
        <source>Criteria of next year:</source>
        <translation>Tiêu chí năm sau theo bộ chỉ số:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="79" />
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="79" />
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="79" />
        <source>Timeline this year</source>
        <translation>Thời gian năm nay</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="80" />
        <source>Timeline next year</source>
        <translation>Thời gian năm sau</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="80" />
        <source>Due date</source>
        <translation>Hạn hoàn thành</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="80" />
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="91" />
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="81" />
        <source>Next year</source>
        <translation>Năm sau</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="91" />
        <source>Name</source>
        <translation>Tên tiêu chí</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="91" />
        <source>Max</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="91" />
        <source>Appraised</source>
        <translation>Thẩm định</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="92" />
        <source>Deduction</source>
        <translation>Điểm trừ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="92" />
        <source>Next year's criterion</source>
        <translation>Tiêu chí năm sau</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="92" />
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="101" />
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="102" />
        <source>Criteria that lost points</source>
        <translation>Tiêu chí bị trừ điểm</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="103" />
        <source>To check</source>
        <translation>Cần xem lại</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="109" />
        <source>&amp;Create</source>
        <translation>&amp;Tạo</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="140" />
        <source>&lt;b&gt;{0}&lt;/b&gt; (year {1})&lt;br&gt;{2} tasks kept, {3} left out; {4} criteria lost points in the assessment of {5}.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; (năm {1})&lt;br&gt;Giữ {2} nhiệm vụ, bỏ {3}; {4} tiêu chí bị trừ điểm trong kết quả đánh giá năm {5}.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="146" />
        <source>kept</source>
        <translation>giữ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="146" />
        <source>left out</source>
        <translation>bỏ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/rollforward_dialog.py" line="167" />
        <source>To check ({0})</source>
        <translation>Cần xem lại ({0})</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <location filename="../dtidesk/gui/score_chart.py" line="49" />
        <source>Score by component index (% of the maximum)</source>
        <translation>Điểm theo chỉ số thành phần (% điểm tối đa)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/score_chart.py" line="56" />
        <source>Self score</source>
        <translation>Tự chấm</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/score_chart.py" line="57" />
        <source>Appraised score</source>
        <translation>Thẩm định</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/score_chart.py" line="99" />
        <source>{0}. {1}
Self score: {2}/{3} ({4})</source>
        <translation>{0}. {1}
Tự chấm: {2}/{3} điểm ({4})</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/score_chart.py" line="100" />
        <source>{0}. {1}
Appraised score: {2}/{3} ({4})</source>
        <translation>{0}. {1}
Thẩm định: {2}/{3} điểm ({4})</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../dtidesk/gui/search_dialog.py" line="41" />
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/search_dialog.py" line="41" />
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/search_dialog.py" line="42" />
        <source>Directive</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/search_dialog.py" line="42" />
        <source>Evidence</source>
        <translation>Tài liệu kiểm chứng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/search_dialog.py" line="92" />
        <source>Find in the whole file</source>
        <translation>Tìm trong cả tệp</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/search_dialog.py" line="95" />
        <source>Words to find, accents optional…</source>
        <translation>Từ cần tìm, có dấu hoặc không dấu…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/search_dialog.py" line="96" />
        <source>Tasks, targets, directives and evidence of every plan and year: “ra soat” finds “Rà soát”</source>
        <translation>Nhiệm vụ, chỉ tiêu, văn bản và tài liệu kiểm chứng của mọi kế hoạch, mọi năm: gõ “ra soat” cũng tìm được “Rà soát”</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/search_dialog.py" line="99" />
        <source>Everything</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/search_dialog.py" line="122" />
        <source>Go to</source>
        <translation>Đến mục này</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/search_dialog.py" line="126" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/search_dialog.py" line="171" />
        <source>Type words from a task, target, directive or evidence item.</source>
        <translation>Gõ vài từ của nhiệm vụ, chỉ tiêu, văn bản hoặc tài liệu kiểm chứng cần tìm.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/search_dialog.py" line="173" />
        <source>Nothing found.</source>
        <translation>Không tìm thấy.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/search_dialog.py" line="175" />
        <source>{0} found; the first {1} are listed: add a word to narrow the search.</source>
        <translation>Tìm thấy {0} mục; đang liệt kê {1} mục đầu: thêm từ để thu hẹp.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/search_dialog.py" line="177" />
        <source>{0} found. Double-click or press Enter to go to one.</source>
        <translation>Tìm thấy {0} mục. Nhấp đúp hoặc nhấn Enter để đến mục đó.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/search_dialog.py" line="210" />
        <source>This directive belongs to no plan of the file.</source>
        <translation>Văn bản này không thuộc kế hoạch nào của tệp.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/file_tools.py" line="43" />
        <source>Find in the &amp;whole file…</source>
        <translation>Tìm trong &amp;cả tệp…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/file_tools.py" line="45" />
        <source>Tasks, targets, directives and evidence of every plan and year</source>
        <translation>Nhiệm vụ, chỉ tiêu, văn bản và tài liệu kiểm chứng của mọi kế hoạch, mọi năm</translation>
    </message>
</context>
<context>
    <name>SearchResultTableModel</name>
    <message>
        <location filename="../dtidesk/gui/search_dialog.py" line="50" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/search_dialog.py" line="50" />
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/search_dialog.py" line="50" />
        <source>Plan or index</source>
        <translation>Kế hoạch / bộ chỉ số</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/search_dialog.py" line="50" />
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/search_dialog.py" line="51" />
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../dtidesk/gui/session.py" line="21" />
        <source>Not saved: “{0}”. A program error stopped it, so the file is as it was before this action; earlier changes are saved. Details were written to {1}.</source>
        <translation>Chưa lưu: “{0}”. Một lỗi của chương trình đã dừng thao tác này nên tệp vẫn như trước thao tác; các thay đổi trước đó đã được lưu. Chi tiết đã ghi vào {1}.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/session.py" line="28" />
        <source>No backup</source>
        <translation>Không sao lưu được</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/session.py" line="30" />
        <source>Continue without a backup</source>
        <translation>Tiếp tục, không sao lưu lần này</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/session.py" line="32" />
        <source>Stop</source>
        <translation>Dừng lại</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../dtidesk/gui/settings_dialog.py" line="33" />
        <source>Options</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/settings_dialog.py" line="36" />
        <location filename="../dtidesk/gui/settings_dialog.py" line="76" />
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/settings_dialog.py" line="42" />
        <source>Language:</source>
        <translation>Ngôn ngữ:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/settings_dialog.py" line="44" />
        <source>Numbers and dates:</source>
        <translation>Số và ngày tháng:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/settings_dialog.py" line="45" />
        <source>Menus, buttons, numbers and dates on screen follow this language. Official documents — plans, reports, statistics forms — are always in Vietnamese.</source>
        <translation>Trình đơn, nút bấm, số và ngày tháng trên màn hình theo ngôn ngữ này. Văn bản chính thức — kế hoạch, báo cáo, biểu mẫu thống kê — luôn bằng tiếng Việt.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/settings_dialog.py" line="77" />
        <source>{0} will be used from the next start of DTI Desk.

Restart DTI Desk now?</source>
        <translation>{0} sẽ được dùng từ lần mở DTI Desk tiếp theo.

Khởi động lại DTI Desk ngay bây giờ?</translation>
    </message>
</context>
<context>
    <name>SourcePicker</name>
    <message>
        <location filename="../dtidesk/gui/source_picker.py" line="37" />
        <source>Choose file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/source_picker.py" line="44" />
        <source>From a file</source>
        <translation>Từ tệp</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/source_picker.py" line="50" />
        <source>&amp;Preview</source>
        <translation>&amp;Xem trước</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/source_picker.py" line="56" />
        <source>Pasted text</source>
        <translation>Văn bản dán vào</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../dtidesk/gui/start_page.py" line="36" />
        <source>DTI Desk</source>
        <translation>DTI Desk</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/start_page.py" line="42" />
        <source>Digital transformation index, administrative reform plans, tasks and periodic reports of your agency — in one file on this computer.</source>
        <translation>Chỉ số chuyển đổi số, kế hoạch cải cách hành chính, nhiệm vụ và báo cáo định kỳ của cơ quan — trong một tệp trên máy tính này.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/start_page.py" line="48" />
        <source>Starting from nothing: create a new file for your agency, import your province's index (File → Import an index catalog…), then create the year's plan or self-assessment from the Plan menu — or import a plan you already have as a Word document.</source>
        <translation>Bắt đầu từ tệp trống: tạo tệp mới cho cơ quan, nhập bộ chỉ số của tỉnh (Tệp → Nhập danh mục bộ chỉ số…), rồi tạo kế hoạch hoặc kỳ tự đánh giá của năm ở menu Kế hoạch — hoặc nhập kế hoạch đã có từ văn bản Word.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/start_page.py" line="56" />
        <source>Create a new file…</source>
        <translation>Tạo tệp mới…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/start_page.py" line="57" />
        <source>Open the demo file</source>
        <translation>Mở tệp mẫu</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/start_page.py" line="58" />
        <source>Open a file…</source>
        <translation>Mở tệp…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/start_page.py" line="63" />
        <source>New to DTI Desk? Read the user guide (F1)</source>
        <translation>Lần đầu dùng DTI Desk? Xem hướng dẫn sử dụng (F1)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/start_page.py" line="72" />
        <source>Recent files</source>
        <translation>Tệp mở gần đây</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/start_page.py" line="76" />
        <source>No file opened yet.</source>
        <translation>Chưa mở tệp nào.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/start_page.py" line="110" />
        <source>Due soon and overdue in {0}</source>
        <translation>Sắp đến hạn và quá hạn trong tệp {0}</translation>
    </message>
</context>
<context>
    <name>TargetValuesPane</name>
    <message>
        <location filename="../dtidesk/gui/plan_list_panes.py" line="62" />
        <source>Results of the year:</source>
        <translation>Kết quả năm:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_panes.py" line="65" />
        <source>Planned</source>
        <translation>Kế hoạch kỳ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_panes.py" line="65" />
        <source>Achieved</source>
        <translation>Đạt được</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_panes.py" line="65" />
        <source>Assessment</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_panes.py" line="73" />
        <source>Leave “Planned” empty to judge the period against the target's threshold.</source>
        <translation>Để trống “Kế hoạch kỳ” thì kết quả được so với mức chỉ tiêu.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_panes.py" line="84" />
        <source>Select a target to record its results.</source>
        <translation>Chọn một chỉ tiêu để ghi kết quả.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_panes.py" line="87" />
        <source>no threshold</source>
        <translation>chưa có mức</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/plan_list_panes.py" line="89" />
        <source>Threshold: {0}</source>
        <translation>Mức chỉ tiêu: {0}</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <location filename="../dtidesk/gui/task_commands.py" line="52" />
        <source>edit task</source>
        <translation>sửa nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_commands.py" line="62" />
        <source>change lead unit</source>
        <translation>đổi đơn vị chủ trì</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_commands.py" line="64" />
        <source>change coordinating units</source>
        <translation>đổi đơn vị phối hợp</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_commands.py" line="72" />
        <source>record progress</source>
        <translation>ghi tiến độ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_commands.py" line="94" />
        <source>add task</source>
        <translation>thêm nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_commands.py" line="112" />
        <source>duplicate task</source>
        <translation>nhân bản nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_commands.py" line="129" />
        <source>delete task</source>
        <translation>xóa nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_commands.py" line="131" />
        <source>delete {0} tasks</source>
        <translation>xóa {0} nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_commands.py" line="138" />
        <source>move task</source>
        <translation>di chuyển nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_commands.py" line="157" />
        <source>change status</source>
        <translation>đổi tình trạng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_commands.py" line="158" />
        <source>change status of {0} tasks</source>
        <translation>đổi tình trạng {0} nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_commands.py" line="179" />
        <location filename="../dtidesk/gui/task_model.py" line="503" />
        <source>link criterion</source>
        <translation>liên kết tiêu chí</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="72" />
        <location filename="../dtidesk/gui/tasks_tab.py" line="718" />
        <source>(no criterion)</source>
        <translation>(không liên kết tiêu chí)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="89" />
        <source>e.g. Quý IV/2023, Năm 2023, Thường xuyên</source>
        <translation>ví dụ: Quý IV/2023, Năm 2023, Thường xuyên</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="120" />
        <location filename="../dtidesk/gui/tasks_tab.py" line="419" />
        <source>{0} (inactive)</source>
        <translation>{0} (ngừng hoạt động)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="129" />
        <source>Space: tick · Enter: save · Esc: cancel</source>
        <translation>Space: chọn · Enter: lưu · Esc: hủy</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="197" />
        <source>{0} (several units)</source>
        <translation>{0} (nhiều đơn vị)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="198" />
        <source>(none)</source>
        <translation>(chưa giao)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="213" />
        <location filename="../dtidesk/gui/task_delegates.py" line="424" />
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="390" />
        <source>Select a task to see and edit it here.</source>
        <translation>Chọn một nhiệm vụ để xem và sửa tại đây.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="407" />
        <source>Task (Ctrl+Enter saves)</source>
        <translation>Nội dung (Ctrl+Enter để lưu)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="408" />
        <source>Objective</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="409" />
        <source>Output / product</source>
        <translation>Kết quả/sản phẩm</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="410" />
        <location filename="../dtidesk/gui/task_model.py" line="353" />
        <source>Result achieved</source>
        <translation>Kết quả thực hiện</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="415" />
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="418" />
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="420" />
        <source>e.g. theo chức năng, nhiệm vụ được giao</source>
        <translation>ví dụ: theo chức năng, nhiệm vụ được giao</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="422" />
        <source>Note on the units</source>
        <translation>Ghi chú đơn vị</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="428" />
        <source>Completed on</source>
        <translation>Ngày hoàn thành</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="435" />
        <source>What was done by the end of this period</source>
        <translation>Kết quả đạt được đến hết kỳ này</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="481" />
        <source>{0} tasks selected</source>
        <translation>Đã chọn {0} nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="483" />
        <source>“Change status…” and “Link criterion…” apply to all of them.</source>
        <translation>“Đổi tình trạng…” và “Liên kết tiêu chí…” áp dụng cho tất cả các nhiệm vụ này.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="504" />
        <source>Task {0}</source>
        <translation>Nhiệm vụ {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="509" />
        <source>Lead:</source>
        <translation>Chủ trì:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="510" />
        <source>Coordinating:</source>
        <translation>Phối hợp:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="511" />
        <source>Timeline:</source>
        <translation>Thời gian:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="521" />
        <source>Set the status to “{0}” first; the completion date is then today and can be corrected here.</source>
        <translation>Chọn tình trạng “{0}” trước; khi đó ngày hoàn thành là hôm nay và có thể sửa ở đây.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="528" />
        <source>(no target)</source>
        <translation>(không liên kết chỉ tiêu)</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_delegates.py" line="535" />
        <source>Progress in {0}</source>
        <translation>Tiến độ năm {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="265" />
        <source>Not in a group</source>
        <translation>Không thuộc nhóm</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="339" />
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="339" />
        <source>Task</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="340" />
        <source>Criterion / target</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="340" />
        <source>Lead</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="341" />
        <source>Coordinating</source>
        <translation>Phối hợp</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="341" />
        <source>Timeline</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="342" />
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="342" />
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="342" />
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="346" />
        <source>Number as printed in the plan</source>
        <translation>Số thứ tự như trong kế hoạch</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="347" />
        <source>What is to be done</source>
        <translation>Nội dung công việc cần thực hiện</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="348" />
        <source>Criterion or target the task serves</source>
        <translation>Tiêu chí hoặc chỉ tiêu mà nhiệm vụ phục vụ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="349" />
        <source>Lead unit</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="349" />
        <source>Coordinating units</source>
        <translation>Đơn vị phối hợp</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="350" />
        <source>Timeline as printed in the plan</source>
        <translation>Thời gian thực hiện như ghi trong kế hoạch</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="351" />
        <source>Due date derived from the timeline</source>
        <translation>Hạn hoàn thành suy ra từ thời gian thực hiện</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="352" />
        <source>Status; “Quá hạn” when the due date has passed</source>
        <translation>Tình trạng; “Quá hạn” khi đã qua hạn hoàn thành</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="478" />
        <source>Overdue: due {0}; recorded status: {1}</source>
        <translation>Quá hạn: hạn {0}; tình trạng đã ghi: {1}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="481" />
        <source>Completed on {0}</source>
        <translation>Hoàn thành ngày {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="516" />
        <source>→ Due: {0}</source>
        <translation>→ Hạn: {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="518" />
        <source>{0} — no due date</source>
        <translation>{0} — không có hạn</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="520" />
        <source>Depends on an event — no due date</source>
        <translation>Theo sự kiện, chỉ đạo — không có hạn</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/task_model.py" line="522" />
        <source>No due date recognised</source>
        <translation>Chưa xác định được hạn</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="178" />
        <source>History…</source>
        <translation>Lịch sử…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="179" />
        <source>Who changed this task, when, and from what to what</source>
        <translation>Ai đã sửa nhiệm vụ này, lúc nào, từ gì thành gì</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="209" />
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="210" />
        <source>Add a task after the selected one</source>
        <translation>Thêm nhiệm vụ ngay sau nhiệm vụ đang chọn</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="212" />
        <source>Duplicate</source>
        <translation>Nhân bản</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="213" />
        <source>Copy the selected task right below it</source>
        <translation>Sao chép nhiệm vụ đang chọn ngay bên dưới</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="215" />
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="215" />
        <source>Delete the selected tasks</source>
        <translation>Xóa các nhiệm vụ đang chọn</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="217" />
        <source>Up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="217" />
        <source>Move the task up</source>
        <translation>Chuyển nhiệm vụ lên trên</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="219" />
        <source>Down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="219" />
        <source>Move the task down</source>
        <translation>Chuyển nhiệm vụ xuống dưới</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="221" />
        <source>Change status…</source>
        <translation>Đổi tình trạng…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="222" />
        <source>Set the status of every selected task at once</source>
        <translation>Đặt tình trạng cho mọi nhiệm vụ đang chọn cùng một lúc</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="224" />
        <source>Link criterion…</source>
        <translation>Liên kết tiêu chí…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="225" />
        <source>Link the selected tasks to a criterion</source>
        <translation>Liên kết các nhiệm vụ đang chọn với một tiêu chí</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="249" />
        <source>Search (accents optional)…</source>
        <translation>Tìm (không cần dấu)…</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="250" />
        <source>Finds words in any column, with or without accents: “thuong xuyen” finds “Thường xuyên”</source>
        <translation>Tìm từ ở mọi cột, gõ có dấu hay không dấu đều được: “thuong xuyen” tìm thấy “Thường xuyên”</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="257" />
        <source>Tasks the unit leads or coordinates</source>
        <translation>Nhiệm vụ đơn vị chủ trì hoặc phối hợp</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="260" />
        <source>All statuses</source>
        <translation>Mọi tình trạng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="265" />
        <source>Tasks due in the reporting period, and those without a due date</source>
        <translation>Nhiệm vụ có hạn trong kỳ báo cáo và các nhiệm vụ không có hạn</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="266" />
        <source>Overdue only</source>
        <translation>Chỉ quá hạn</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="270" />
        <source>Showing one criterion's tasks; click to show all</source>
        <translation>Đang xem nhiệm vụ của một tiêu chí; bấm để xem tất cả</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="274" />
        <source>Clear filters</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="277" />
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="277" />
        <source>Status:</source>
        <translation>Tình trạng:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="278" />
        <source>Period:</source>
        <translation>Kỳ:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="417" />
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="421" />
        <source>All periods</source>
        <translation>Mọi kỳ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="468" />
        <source>Criterion {0}</source>
        <translation>Tiêu chí {0}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="597" />
        <source>{0} tasks · {1} overdue · {2} shown</source>
        <translation>{0} nhiệm vụ · {1} quá hạn · hiển thị {2}</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="633" />
        <source>New task</source>
        <translation>Nhiệm vụ mới</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="666" />
        <source>Delete the task “{0}”?</source>
        <translation>Xóa nhiệm vụ “{0}”?</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="669" />
        <source>Delete these {0} tasks?</source>
        <translation>Xóa {0} nhiệm vụ này?</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="670" />
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Có thể hoàn tác bằng Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="671" />
        <source>Delete task</source>
        <translation>Xóa nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="703" />
        <source>Change status</source>
        <translation>Đổi tình trạng</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="704" />
        <source>New status for {0} selected tasks:</source>
        <translation>Tình trạng mới cho {0} nhiệm vụ đang chọn:</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="724" />
        <source>Link criterion</source>
        <translation>Liên kết tiêu chí</translation>
    </message>
    <message>
        <location filename="../dtidesk/gui/tasks_tab.py" line="725" />
        <source>Criterion for {0} selected tasks:</source>
        <translation>Tiêu chí cho {0} nhiệm vụ đang chọn:</translation>
    </message>
</context>
</TS>