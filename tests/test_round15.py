"""Fresh-eyes round 15 (thirteenth session): "chủ tài khoản này" is the account's owner named
before; "vị CEO 34 tuổi" is the chief executive named before (the age describes);
"Nhóm phân tích của công ty này" speaks for the firm named before; a time after a body's name
("hồi tháng 4") is no part of it, but a capitalised "Ngày Nay" in an outlet's name is; a woman's
full name after "Đại biểu Quốc hội" is whole; "Anh thanh niên" opening a sentence is a man, not
Britain; a comma inside a body's name does not end a "Theo X," credit; "công điện" and "văn
kiện" are papers that speak; a plan to announce ("dự kiến công bố") and a paper signed ("lễ ký
tuyên bố chung") report nothing. Sentences written for the project."""
import pytest

from claims.analyze import analyze_text
from claimviews import first_source as primary


@pytest.mark.parametrize("text,k,want", [
    ('Chủ trang "Chuyện Phố Núi", được xác định là anh Đinh Văn Khải (30 tuổi), đã đăng bài phản hồi. '
     '"Tôi chỉ chia sẻ lại thông tin", chủ tài khoản này viết.', 1, ("Đinh Văn Khải", "person")),
    ("Khi đó, CEO Lưu Minh Trí tuyên bố công ty sẽ mở rộng ra miền Bắc. "
     '"Tôi chịu trách nhiệm về quyết định này", vị CEO 41 tuổi nói.', 1, ("Lưu Minh Trí", "person")),
    ("Theo báo cáo tháng 5 của Công ty Chứng khoán Hòa Phong (HPS), lãi suất sẽ đi ngang. "
     "Nhóm phân tích của công ty này cho rằng lạm phát vẫn trong tầm kiểm soát.", 1, ("HPS", "organization")),
    # (the fullest name as written, with the short form it introduces: fourteenth session)
    ("Tổ chức Y tế Thế giới (WHO) hồi tháng 4 cảnh báo số ca sốt xuất huyết có thể tăng mạnh.", 0,
     ("Tổ chức Y tế Thế giới (WHO)", "organization")),
    ("Vụ việc do báo Học Trò Ngày Nay phản ánh. Theo tờ báo này, đề thi bị chụp lại trong phòng thi.", 1,
     ("Học Trò Ngày Nay", "media")),
    ("Đại biểu Quốc hội Trịnh Thị Kim Hà (đoàn Cần Thơ) cho rằng dự án chậm quá lâu.", 0,
     ("Trịnh Thị Kim Hà", "person")),
    ("Theo Sở Văn hóa, Thể thao và Du lịch tỉnh Hòa Lâm, toàn tỉnh đón khoảng 500.000 lượt khách.", 0,
     ("Sở Văn hóa, Thể thao và Du lịch tỉnh Hòa Lâm", "organization")),
    ("UBND tỉnh ban hành công điện khẩn. Công điện nêu rõ các xã phải sơ tán dân trước 17h.", 1,
     ("Công điện", "document")),
])
def test_round15_classes(text, k, want):
    assert primary(text, k) == want


def test_an_unnamed_young_man_is_a_person_not_britain():
    (report,) = analyze_text('Tin\n\nAnh thanh niên gãi đầu: "Em không biết chuyện này".', use_nlp=True)
    speaker = next(a for s in report.sentences for a in s.attributions if a.role == "speaker")
    assert speaker.source_type != "organization"


@pytest.mark.parametrize("text", [
    "Công ty dự kiến công bố kế hoạch tái cấu trúc vào cuối tháng 10.",
    "Bộ trưởng Lê Hoài Nam và Ngoại trưởng Ratna Wulandari tại lễ ký tuyên bố chung ở Hà Nội.",
])
def test_a_plan_or_a_signed_paper_reports_nothing(text):
    (report,) = analyze_text("Tin\n\n" + text, use_nlp=True)
    assert not [a for s in report.sentences for a in s.attributions if a.role == "speaker"]


@pytest.mark.parametrize("text,k,want", [
    # review mends: an employee or another shop's owner is not "chủ quán/doanh nghiệp này"
    ("Anh Nguyễn Văn Hậu, nhân viên quán, cho biết lửa bùng lên từ phòng hát số 3. "
     "Chủ quán này cho biết quán đã được cấp phép phòng cháy.", 1, ("Chủ quán này", "anonymous")),
    ("Chị Lê Thị Hoa, chủ một tiệm tạp hóa gần đó, kể chị nghe tiếng nổ lớn. "
     "Chủ doanh nghiệp này cho biết thiệt hại ước tính 2 tỷ đồng.", 1, ("Chủ doanh nghiệp này", "anonymous")),
    ("Theo Trung tâm Can thiệp sớm và Phục hồi, số trẻ được đưa đến khám tăng gấp đôi.", 0,
     ("Trung tâm Can thiệp sớm và Phục hồi", "organization")),
])
def test_review_mends(text, k, want):
    assert primary(text, k) == want
