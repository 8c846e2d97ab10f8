"""Fresh-eyes round 16 (thirteenth session): "Bản kiến nghị" is a paper that speaks; "công văn
này" is the numbered letter named before, not the last paper credited; "Bộ này" is the ministry
named before, not the last body credited; a bar association ("Đoàn Luật sư") is no person named
Đoàn; "Chị này" right after an unnamed mother spoke is her; "Vị chủ tịch" after "Chủ tịch CLB,
ông X," is X; "ông Thuận" is "Y Thuận Niê"; "Một lính cứu hỏa trẻ" is someone unnamed; "xin giấu
tên" between commas is an aside; "bày tỏ" before "lo lắng rằng" is no part of the subject, "bày tỏ mong muốn" reports nothing; "Theo
thuyền trưởng" is the captain named before. Sentences written for the project."""
import pytest

from claims.analyze import analyze_text
from claimviews import first_source as primary


@pytest.mark.parametrize("text,k,want", [
    ("Hơn 2.000 người đã ký một bản kiến nghị trực tuyến. Bản kiến nghị cho rằng phí gửi xe mới quá cao.", 1,
     ("Bản kiến nghị", "document")),
    ("Hội Doanh nghiệp tỉnh đã gửi công văn số 87/HDN tới UBND tỉnh. Theo Quyết định số 12/2025/QĐ-UBND, phí "
     "tăng 20%. Cũng theo công văn này, nhiều doanh nghiệp sẽ phải giảm giờ làm.", 2,
     ("công văn số 87/HDN", "document")),
    ("Bộ Y tế đã có công điện gửi các tỉnh. Công an tỉnh Gia Lai cho biết đang điều tra. "
     "Bộ này nhận định dịch có thể lan rộng.", 2, ("Bộ Y tế", "organization")),
    ("Luật sư Trần Thị Minh Thư, Đoàn Luật sư tỉnh Bình Định, lý giải quy định mới. "
     "Bà cũng lưu ý người dân có quyền khiếu nại.", 1, ("Trần Thị Minh Thư", "person")),
    ("Chị Đỗ Thị Hạnh cho biết con chị bị bỏ đói. Một phụ huynh khác, xin không nêu tên, cho rằng "
     "nhà trẻ từng từ chối cho xem camera. Chị này nói sẽ làm đơn gửi công an.", 2, ("Một phụ huynh khác", "anonymous")),
    ("Chủ tịch CLB, ông Hồ Văn Lộc, nói việc chia tay là cần thiết. "
     "Vị chủ tịch khẳng định CLB đã tìm được HLV mới.", 1, ("Hồ Văn Lộc", "person")),
    ('Ông Y Blin Êban, Hạt trưởng Hạt Kiểm lâm, cho biết lửa bắt đầu từ rẫy. "Gió đổi hướng liên tục", ông Blin nói.',
     1, ("Y Blin Êban", "person")),
    ("Một lính cứu hỏa trẻ, mặt đen nhẻm khói, kể anh đã thức trắng hai đêm.", 0,
     ("Một lính cứu hỏa trẻ", "anonymous")),
    ("Một cựu sinh viên khóa 2018, xin giấu tên, cho biết chị chưa từng được trường liên hệ.", 0,
     ("Một cựu sinh viên khóa 2018", "anonymous")),
    ("Nhiều sinh viên năm cuối bày tỏ lo lắng rằng bằng cấp của họ sẽ mất giá.", 0,
     ("Nhiều sinh viên năm cuối", "anonymous")),
    ("Thuyền trưởng Phan Văn Khôi (51 tuổi) kể sóng đánh liên tục. Theo thuyền trưởng, nước trong khoang đã rút.", 1,
     ("Phan Văn Khôi", "person")),
])
def test_round16_classes(text, k, want):
    assert primary(text, k) == want


def test_an_unnamed_official_keeps_giau_ten_in_the_description():
    assert primary("Một cán bộ điều hành bay giấu tên nói khu vực phía bắc rất đông máy bay.", 0) == \
        ("Một cán bộ điều hành bay giấu tên", "anonymous")


def test_a_wish_expressed_is_not_reported_speech():
    (report,) = analyze_text("Tin\n\nNhiều cổ đông bày tỏ mong muốn ngân hàng chia cổ tức bằng tiền mặt.", use_nlp=True)
    assert not [a for s in report.sentences for a in s.attributions if a.role == "speaker"]


# review mends (the same session)
@pytest.mark.parametrize("text,k,want", [
    ('Ông Nguyễn Văn An, Hiệu trưởng Trường Đại học Bách khoa, bày tỏ: "Chúng tôi sẽ xét lại quy chế".', 0,
     ("Nguyễn Văn An", "person")),
    ("BV Chợ Rẫy cho biết đã tiếp nhận bệnh nhân chuyển từ Bệnh viện Đa khoa tỉnh Tây Ninh lên. "
     "Bệnh viện này cho biết bệnh nhân bị bỏng khoảng 80%.", 1, ("BV Chợ Rẫy", "organization")),
    ("Sở Y tế Hà Nội cho biết đã ghi nhận 300 ca. Trong đó, quận Hoàng Mai báo cáo 45 ca. "
     "Báo cáo này cũng cảnh báo dịch đang lan rộng.", 2, ("Báo cáo này", "document")),
])
def test_review_mends(text, k, want):
    assert primary(text, k) == want


def test_this_man_is_not_an_unnamed_mother():
    text = ("Ông Trần Văn Bình có con học ở đây. Một phụ huynh khác cho biết con chị đã bị đánh. "
            "Ông này cho biết sẽ gửi đơn lên phường.")
    assert primary(text, 2) != ("Một phụ huynh khác", "anonymous")
