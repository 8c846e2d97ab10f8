"""The twenty-seventh session's review: its own sentences, each a case the session's first change
got wrong. Sentences written for the project."""
import pytest

from claimviews import first_source as primary


@pytest.mark.parametrize("text,k", [
    # someone new described after a pronoun's word speaks the untagged line, not the one named before
    ("Bà Năm nói với con gái:\n– Con đi đường cẩn thận.\nCô gái gật đầu, kéo vali ra cửa.\n"
     "– Mẹ ở nhà giữ sức khỏe nhé.", 3),
    ("Chị Hồng dắt con vào lớp.\nCô bé níu áo mẹ, mắt đỏ hoe.\n– Mẹ về sớm đón con nha.", 2),
])
def test_a_line_showing_someone_new_credits_no_one_named(text, k):
    assert primary(text, k) is None


@pytest.mark.parametrize("text,k,want", [
    # a pronoun after residents' complaint still means the official, not the crowd
    ("Chủ tịch UBND xã Đinh Minh Khoa cho biết xã đã hỗ trợ 60 hộ. Người dân phản ánh tiền chưa đến tay. "
     "Ông khẳng định sẽ rà soát lại danh sách.", 2, ("Đinh Minh Khoa", "person")),
    ("Bí thư Đảng ủy xã Lò Ngọc Anh cho biết con đường sẽ xong trong tháng 9. Tiểu thương trong chợ cho rằng "
     "công trình chậm tiến độ. Bà khẳng định nhà thầu đã cam kết.", 2, ("Lò Ngọc Anh", "person")),
    # "Bộ này" after a deputy minister of it: his ministry, not an older one
    ("Theo Bộ Tài chính, thu ngân sách 5 tháng đạt 45% dự toán. Thứ trưởng Bộ Công Thương Trương Văn Hòa "
     "cho biết sản lượng điện tăng 10%. Bộ này cho biết sẽ trình phương án giá điện mới.", 2,
     ("Bộ Công Thương", "organization")),
])
def test_pronouns_and_ministries(text, k, want):
    assert primary(text, k) == want


def test_a_short_form_after_another_body_of_its_kind_is_not_the_one_credited_before():
    text = ("Theo Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Hà Tĩnh, tuần qua có 15 ca sốt xuất huyết. "
            "Tại Mỹ, Trung tâm Kiểm soát và Phòng ngừa dịch bệnh Hoa Kỳ ghi nhận dịch sởi lan rộng. "
            "CDC khuyến cáo người dân Mỹ tiêm vaccine trước khi đi du lịch.")
    assert primary(text, 2) != ("Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Hà Tĩnh", "organization")


def test_a_short_form_after_a_body_of_another_kind_named_since_is_still_the_one_credited():
    text = ("Theo Trung tâm Kiểm soát bệnh tật (CDC) TP Vĩnh Long, tuần qua có 215 ca sốt xuất huyết. "
            "Trung tâm Y tế phường 5 cho biết đã phun hóa chất hai đợt. "
            "CDC khẳng định số ca đã được xác minh.")
    assert primary(text, 2) == ("Trung tâm Kiểm soát bệnh tật (CDC) TP Vĩnh Long", "organization")
