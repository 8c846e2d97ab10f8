"""A helper's review of the twelfth session's changes against the code before them: the cases
it found worse, mended. Sentences written for the project."""
import pytest

from claims.analyze import analyze_text
from claims.store import store_reports
from claimviews import first_source as primary, kinds, view


@pytest.mark.parametrize("text", [
    "Một người đàn ông đã bị Thiếu tá Lê Minh Tuấn bắt giữ khi đang chở hàng cấm. "
    "Người đàn ông này khai mua hàng từ một người quen.",
    "Đại úy Trần Văn Hùng cho biết công an đã tạm giữ một nam thanh niên chở 50 kg pháo. "
    "Người đàn ông này khai được thuê chở hàng.",
    "Bà Nguyễn Thị Hoa, Chủ tịch UBND phường 2, cho biết đã tiếp nhận phản ánh của một phụ nữ bán hàng rong. "
    "Người phụ nữ này cho rằng mình bị tịch thu hàng hóa trái phép.",
    "Ông Phạm Văn Long, bảo vệ của công ty, và ông Đỗ Văn Sơn, bảo vệ của tòa nhà bên cạnh, đã cùng dập lửa. "
    "Người bảo vệ này cho biết lửa bùng lên rất nhanh.",
])
def test_no_one_named_is_meant(text):
    got = primary(text, 1)
    assert got is not None and got[1] == "anonymous"


@pytest.mark.parametrize("text,want", [
    ("Một bác sĩ Bệnh viện Chợ Rẫy, người từng điều trị cho bệnh nhân cho biết tình trạng của anh rất nguy kịch.",
     ("Một bác sĩ Bệnh viện Chợ Rẫy", "anonymous")),
    ("Một cán bộ Sở Tài nguyên, người trực tiếp kiểm tra hiện trường cho biết nước thải có màu đen.",
     ("Một cán bộ Sở Tài nguyên", "anonymous")),
])
def test_an_apposition_left_unclosed_is_no_subject(text, want):
    assert primary(text, 0) == want


def test_a_question_line_credits_only_a_source_it_names():
    text = """# Trò chuyện với ông Nguyễn Văn Thắng

Phóng viên đã trò chuyện với ông Nguyễn Văn Thắng, chuyên gia năng lượng.

PV: Ông từng khẳng định giá điện sẽ không tăng trong năm nay. Vì sao?

Nguyễn Văn Thắng: Vì chi phí đầu vào đã giảm.
"""
    (r,) = analyze_text(text, "pv.txt")
    line = next(s for s in r.sentences if s.text.startswith("PV: Ông từng"))
    assert not [a for a in line.attributions if a.role == "speaker"]


def test_two_reports_of_one_payment_stay_linked():
    firm = view(0, "Công ty xây dựng Minh Long đã bồi thường cho mỗi gia đình nạn nhân 100 triệu đồng.")
    told = view(1, "Ông Lê Văn Phúc, Chủ tịch UBND phường Thạnh Mỹ Lợi, cho biết Công ty Minh Long đã bồi thường "
                   "cho mỗi gia đình nạn nhân 150 triệu đồng.", "Lê Văn Phúc", "person")
    assert kinds(told, firm) != []
    province = view(2, "UBND tỉnh Quảng Bình đã hỗ trợ mỗi gia đình có người tử vong 10 triệu đồng.")
    leaders = view(3, "Chiều cùng ngày, lãnh đạo tỉnh Quảng Bình đến thăm hỏi và hỗ trợ mỗi gia đình có người tử vong "
                      "15 triệu đồng.")
    assert kinds(leaders, province) != []


def test_tolls_listed_after_a_marked_correction_still_correct(engine):
    published = """# Lũ quét ở huyện Mù Cang

Lũ quét ở huyện Mù Cang làm 12 người chết.

Theo UBND huyện Mù Cang, có 30 người bị thương trong trận lũ quét.
"""
    notice = """# Đính chính số người thương vong trong lũ quét ở huyện Mù Cang

Bài viết về lũ quét ở huyện Mù Cang đưa tin 12 người chết, nay xin đính chính là 10 người chết.

Ngoài ra, số người bị thương trong trận lũ quét tại huyện Mù Cang là 23 người.
"""
    (a,) = analyze_text(published, "a.txt", use_nlp=False)
    (b,) = analyze_text(notice, "b.txt", use_nlp=False)
    store_reports(engine, [a])
    (sb,) = store_reports(engine, [b])
    assert ("correction", 2, 2) in {(x.kind, x.sentence, x.other_sentence) for x in sb.conflicts if x.other_article}
