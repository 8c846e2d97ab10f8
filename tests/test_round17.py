"""Fresh-eyes round 17 (thirteenth session): right after a name "kể" tells ("Già làng Đinh Blưn kể
từ nhỏ ..."); a comma inside brackets does not end "Theo X (Y, Z),"; a credit can close the
sentence (", theo tạp chí ... X."); a media head, two descriptive words, then the name ("tạp chí
quốc tế X"); dotted degrees name the post ("BS.CKII" is a doctor, so "nữ bác sĩ" is her); "Đại
diện này" is the body whose spokesperson spoke last; "Một lãnh đạo Cục X, Bộ Y, cho biết" is the
unnamed official, not the ministry. Sentences written for the project."""
import pytest

from claimviews import first_source as primary


@pytest.mark.parametrize("text,k,want", [
    ("Già làng Hồ Văn Blang kể từ nhỏ ông đã thấy đàn voọc về bên suối.", 0, ("Hồ Văn Blang", "person")),
    ("Theo Cục Cảnh sát giao thông (Cục CSGT, Bộ Công an), cả nước đã xử lý hơn 300.000 trường hợp vi phạm.", 0,
     ("Cục Cảnh sát giao thông", "organization")),
    ("Loài mới được đặt tên là thằn lằn núi Bà Đen, theo tạp chí quốc tế Zootaxa số ra tháng 8.", 0,
     ("Zootaxa", "media")),
    ('BS.CKII Phan Thị Ngọc Hà, Trưởng khoa Cấp cứu, cho biết đã tiếp nhận 9 ca. '
     '"Ngạt do chèn ép có thể xảy ra rất nhanh", nữ bác sĩ nói.', 1, ("Phan Thị Ngọc Hà", "person")),
    ("Người phát ngôn của Công ty Giày Hòa An cho rằng việc cắt thưởng là bất khả kháng. "
     "Nhiều công nhân cho biết họ không được báo trước. Đại diện này cũng nói công ty sẵn sàng đối thoại.", 2,
     ("Công ty Giày Hòa An", "organization")),
    ("Một lãnh đạo Cục Cảnh sát kinh tế, Bộ Công an, cho biết đã lập chuyên án.", 0,
     ("Một lãnh đạo Cục Cảnh sát kinh tế", "anonymous")),
])
def test_round17_classes(text, k, want):
    assert primary(text, k) == want


def test_kể_cả_after_a_noun_is_still_including():
    assert primary("Tất cả mọi người, kể cả trẻ em, đều phải sơ tán trước 17h.", 0) is None


# review mends (the same session)
@pytest.mark.parametrize("text", [
    "Công an TP Hà Nội kể từ ngày 1/7 đã xử lý hơn 2.000 trường hợp vi phạm.",
    "Các doanh nghiệp tại Bình Dương kể trên đều đã bị đình chỉ hoạt động.",
    "Ông Nguyễn Văn Hải kể từ năm 2020 đã không còn làm việc ở công ty.",
])
def test_kể_từ_since_and_kể_trên_above_report_nothing(text):
    assert primary(text, 0) is None


@pytest.mark.parametrize("text,k,want", [
    ("Một số hộ dân bức xúc, UBND xã Tân Phú cho biết sẽ kiểm tra lại.", 0, ("UBND xã Tân Phú", "organization")),
    ("Theo một tờ báo lớn nhất Nhật Bản, thủ tướng sẽ từ chức trong tuần tới.", 0,
     ("một tờ báo lớn nhất Nhật Bản", "person")),
])
def test_review_mends(text, k, want):
    assert primary(text, k)[0] == want[0]
