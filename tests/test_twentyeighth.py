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
