"""Twenty-eighth session, by structure: a school's name after its level ("THPT chuyên", "Tiểu
học") is the school's, most often a historic person's name, and its holder's name may follow it;
a body's name with its holder's name run on ("Giám đốc Công ty X Trần Văn Nam") is no longer
name for the body when it is credited again. Sentences written for the project."""
import pytest

from claimviews import first_source as primary


@pytest.mark.parametrize("text,k,want", [
    # the level ends lower-case ("chuyên"); the historic person's name is the school's
    ("Theo Trường THPT chuyên Lê Quý Đôn, năm nay có 40 học sinh đạt giải quốc gia.", 0,
     ("Trường THPT chuyên Lê Quý Đôn", "organization")),
    ("Trường THPT chuyên Lê Quý Đôn cho biết sẽ tuyển thêm hai lớp.", 0,
     ("Trường THPT chuyên Lê Quý Đôn", "organization")),
    ("Trường Tiểu học Võ Thị Sáu cho biết đã hoàn trả tiền cho phụ huynh.", 0,
     ("Trường Tiểu học Võ Thị Sáu", "organization")),
    # the holder named before the school: the school's name is no one speaking
    ("Ông Phan Đức Minh, Hiệu trưởng Trường THPT chuyên Nguyễn Bỉnh Khiêm, cho biết năm nay có 40 học sinh đạt giải.", 0,
     ("Phan Đức Minh", "person")),
    # the holder named after the school's name
    ("Hiệu trưởng Trường THPT chuyên Lê Quý Đôn Đỗ Thanh Tùng cho biết trường sẽ tuyển thêm hai lớp.", 0,
     ("Đỗ Thanh Tùng", "person")),
])
def test_a_schools_name_after_its_level(text, k, want):
    assert primary(text, k) == want


@pytest.mark.parametrize("text,k,want", [
    ("Giám đốc Công ty Hoàng Long Trần Văn Nam cho biết năm nay doanh thu tăng gấp đôi. "
     "Theo Công ty Hoàng Long, đơn hàng đã kín đến tháng 6.", 1, ("Công ty Hoàng Long", "organization")),
    ("Hiệu trưởng Trường THPT Lê Quý Đôn Bùi Thị Lan cho biết trường có 40 học sinh đạt giải. "
     "Theo Trường THPT Lê Quý Đôn, số học sinh giỏi tăng ba năm liền.", 1,
     ("Trường THPT Lê Quý Đôn", "organization")),
])
def test_a_holders_name_is_no_longer_name_of_the_body(text, k, want):
    assert primary(text, k) == want


@pytest.mark.parametrize("text,k,want", [
    # someone named by initials only, then by the last initial
    ("Anh P.Q.H. (22 tuổi, trú xã Tân Lập) cho biết đã bị lừa sang biên giới. "
     "\"Họ hứa lương 25 triệu mỗi tháng\", H. nói.", 1, ("P.Q.H", "person")),
    ("Anh P.Q.H. (22 tuổi, trú xã Tân Lập) cho biết đã bị lừa sang biên giới. "
     "Theo lời H., nhóm này giữ hộ chiếu của anh suốt ba tháng.", 1, ("P.Q.H", "person")),
    # a full name whose given name is an initial keeps it ("bà Lê Thị K." then "bà K.")
    ("Bà Lê Thị K. (45 tuổi) là người phát hiện đám cháy. "
     "\"Tôi chỉ kịp hô hoán mọi người\", bà K. nói.", 1, ("Lê Thị K", "person")),
])
def test_people_named_by_initials(text, k, want):
    assert primary(text, k) == want


@pytest.mark.parametrize("text,k,want", [
    # a first predicate, then "và" and the cue: the subject is before the first verb
    ("Riêng gói thầu số 2, đoàn kiểm toán đo đạc lại và xác định khối lượng đá bị tính dư 40.000 m3.", 0,
     ("đoàn kiểm toán", "organization")),
    ("Đoàn kiểm tra làm việc tại hiện trường và kết luận nhà thầu đã thi công sai thiết kế.", 0,
     ("Đoàn kiểm tra", "organization")),
])
def test_a_subject_before_its_first_predicate(text, k, want):
    assert primary(text, k) == want


@pytest.mark.parametrize("text", [
    # a request: what the body was asked to do is no report
    "UBND tỉnh đã yêu cầu Sở Xây dựng kiểm tra việc thi công cầu và báo cáo trước ngày 15/5.",
    # a purpose clause: "để phân tích và làm rõ" belongs to it
    "Cơ quan chức năng đã lấy mẫu nước giếng để phân tích và làm rõ nguyên nhân.",
])
def test_a_verb_after_va_inside_a_request_or_purpose_clause(text):
    assert primary(text, 0) is None


@pytest.mark.parametrize("text,k,want", [
    # the convention after "theo" holds after a comma at the end too: the figures' owner is credited
    ("Số ca sởi cộng dồn của tỉnh đã tăng lên 214 ca, theo số liệu của Sở Y tế Kon Tum.", 0,
     ("Sở Y tế Kon Tum", "organization")),
    ("Tính đến 16h ngày 2/5, số ca sởi cộng dồn đã tăng lên 214 ca, theo cập nhật mới nhất của CDC Kon Tum.", 0,
     ("CDC Kon Tum", "organization")),
    # a report stays a paper
    ("Số ca sởi cộng dồn đã tăng lên 214 ca, theo báo cáo mới nhất của Sở Y tế Kon Tum.", 0,
     ("báo cáo mới nhất của Sở Y tế Kon Tum", "document")),
])
def test_a_closing_theo_credits_the_owner_of_figures(text, k, want):
    assert primary(text, k) == want


@pytest.mark.parametrize("text,k,want", [
    # a body's count of what it found credits the body
    ("Trước đó, trong báo cáo ngày 2/4, Trung tâm Y tế huyện Krông Pắc thống kê toàn huyện có 57 ca sởi.", 0,
     ("Trung tâm Y tế huyện Krông Pắc", "organization")),
    # the noun credits no one
    ("Số người chết tăng lên so với thống kê lúc 17h ngày 3/10 là 11 người.", 0, None),
])
def test_a_body_counting(text, k, want):
    assert primary(text, k) == want
