"""Twentieth session, attribution. Sentences written for the project."""
from claimviews import first_source as primary


def test_a_paper_described_by_a_passive_clause_speaks():
    # who signed it is a description of the paper, not a second subject
    text = ("Hai nước vừa kết thúc chuyến thăm cấp nhà nước.\n\n"
            "Tuyên bố chung được ngoại trưởng hai nước ký chiều qua nêu rõ hai bên sẽ mở rộng hợp tác hàng hải.")
    assert primary(text, 1) == ("Tuyên bố chung", "document")


def test_a_paper_passed_by_a_body_speaks():
    text = ("Kỳ họp kết thúc sau ba ngày làm việc.\n\n"
            "Nghị quyết được HĐND tỉnh thông qua sáng nay nêu rõ các huyện phải hoàn thành giải phóng mặt bằng trước tháng 6.")
    assert primary(text, 1) == ("Nghị quyết", "document")


def test_a_passive_clause_after_a_person_is_not_a_paper():
    # "được khen thưởng" describes no paper: the person still speaks
    text = ("Lễ tuyên dương diễn ra tại trụ sở công an tỉnh.\n\n"
            "Anh Lê Văn Tâm, người được UBND tỉnh khen thưởng, cho biết anh chỉ làm đúng trách nhiệm.")
    assert primary(text, 1) == ("Lê Văn Tâm", "person")


def test_a_record_reads_and_a_letter_states_plainly():
    text = ("Công an huyện vừa hoàn tất hồ sơ vụ cháy.\n\n"
            "Biên bản khám nghiệm hiện trường có ghi: nạn nhân tử vong do ngạt khói.\n\n"
            "Công văn số 215 ghi rõ công ty được phép vay thêm 20 tỉ đồng.")
    assert primary(text, 1) == ("Biên bản khám nghiệm hiện trường", "document")
    assert primary(text, 2) == ("Công văn số 215", "document")


def test_a_person_writing_down_reports_nothing():
    text = ("Người dân đến nộp hồ sơ từ sáng sớm.\n\n"
            "Anh Phạm Văn Hưng ghi rõ họ tên, địa chỉ vào tờ khai rồi nộp cho cán bộ một cửa.")
    assert primary(text, 1) is None
