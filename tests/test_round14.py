"""Fresh-eyes round 14 (twelfth session): "người X này" points back by the role or the sex it
names, unless someone was brought in unnamed with those words; "Vị chiến lược gia người Hàn
Quốc" and "Vị CEO" are the coach and the chief executive named before; "khảo sát của tờ báo
này" is the paper's; an organisation's name that ends an officer's title is still the
organisation; "Số khác" are others, unnamed; an unnamed subject right before the cue beats a
first clause; who published a report ("do X công bố cuối năm"); "ban hành kết luận" is a noun;
a reporter's question that names who claimed something keeps that credit. Sentences written
for the project."""
import pytest

from claimviews import first_source as primary


@pytest.mark.parametrize("text,k,want", [
    ("Ông Lê Văn Tám, bảo vệ của khu chợ, cho biết ông thấy khói bốc lên từ gian hàng số 4. "
     "Người bảo vệ này thừa nhận bình chữa cháy trong chợ đã hết hạn.", 1, ("Lê Văn Tám", "person")),
    ("Anh Ngô Minh Đạt (29 tuổi) đăng video lên mạng. Theo người đàn ông này, nhân viên quán đã tính sai giá.", 1,
     ("Ngô Minh Đạt", "person")),
    ("Ở phía bên kia, HLV Kim Sang-ho của đội khách tỏ ra thất vọng. "
     "Vị chiến lược gia người Hàn Quốc cho rằng trọng tài đã bỏ qua một quả phạt đền.", 1, ("Kim Sang-ho", "person")),
    ("Ông Đỗ Minh Quân, Tổng giám đốc Công ty CP Thép Nam Phát, thừa nhận doanh nghiệp bị bất ngờ. "
     "Vị CEO cho hay công ty đang tìm thị trường mới ở châu Phi.", 1, ("Đỗ Minh Quân", "person")),
    ("Khảo sát của báo Thanh Niên với 800 hộ gia đình cho thấy giá điện là nỗi lo lớn nhất. "
     "Theo khảo sát của tờ báo này, 40% hộ đã cắt giảm chi tiêu.", 1, ("Thanh Niên", "media")),
    ("Chỉ huy đội chữa cháy của Phòng Cảnh sát PCCC Công an tỉnh Đồng Nai cho biết lửa bắt nguồn từ tầng hai. "
     "Sáng 12/5, Công an tỉnh Đồng Nai thông tin vụ cháy làm 2 người tử vong.", 1,
     ("Công an tỉnh Đồng Nai", "organization")),
    ("Nhiều người chỉ trích nhà hàng. Số khác bênh vực chủ quán, cho rằng khách nên hỏi giá trước khi gọi món.", 1,
     ("Số khác", "anonymous")),
    ("Bệnh nhân tử vong sau ca mổ, gia đình cho rằng bệnh viện tắc trách.", 0, ("gia đình", "anonymous")),
    ("Học sinh nghỉ học hàng loạt, nhiều phụ huynh phản ánh nhà trường không thông báo.", 0,
     ("nhiều phụ huynh", "anonymous")),
    ("Báo cáo về tình trạng buôn bán chim hoang dã do Hội Bảo tồn Chim công bố cuối năm ngoái ghi nhận "
     "hơn 40% số vụ diễn ra ở vùng biên giới.", 0, ("Hội Bảo tồn Chim", "organization")),
])
def test_round14_classes(text, k, want):
    assert primary(text, k) == want


def test_someone_brought_in_unnamed_stays_unnamed():
    text = ("Thiếu tá Hà Văn Lợi cho biết đã bắt giữ một người đàn ông chở 3 bao pháo. "
            "Người đàn ông này khai được thuê với giá 2 triệu đồng.")
    got = primary(text, 1)
    assert got is not None and got[0] != "Hà Văn Lợi" and got[1] == "anonymous"


@pytest.mark.parametrize("text", [
    "Bộ Công Thương Indonesia vừa ban hành kết luận sơ bộ, áp thuế 12% đối với sợi polyester của Việt Nam.",
    "Thanh tra tỉnh đã công bố kết luận thanh tra về dự án khu dân cư Tân Phú.",
])
def test_round14_issued_findings_are_nouns(text):
    assert primary(text, 0) is None


def test_a_reporters_question_keeps_the_credit_it_names():
    from claims.analyze import analyze_text
    text = """# Trò chuyện với tiền đạo Lê Văn Khánh

Sau trận, Lê Văn Khánh dành cho phóng viên cuộc trò chuyện ngắn.

PV: Cảm xúc của anh sau bàn thắng?

Lê Văn Khánh: Tôi rất vui.

PV: HLV Kim Sang-ho cho rằng anh việt vị ở bàn thắng. Anh nói gì về điều đó?

Lê Văn Khánh: Tôi nghĩ đó là bàn thắng hợp lệ.
"""
    (r,) = analyze_text(text, "pv.txt")
    got = {s.text: next((a.source for a in s.attributions if a.role == "speaker"), None) for s in r.sentences}
    assert got["PV: HLV Kim Sang-ho cho rằng anh việt vị ở bàn thắng."] == "Kim Sang-ho"
    assert got["Anh nói gì về điều đó?"] is None
    assert got["PV: Cảm xúc của anh sau bàn thắng?"] is None
    assert got["Lê Văn Khánh: Tôi nghĩ đó là bàn thắng hợp lệ."] == "Lê Văn Khánh"
