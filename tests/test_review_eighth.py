"""The eighth session's review: cases a reviewer found wrongly handled by that session's changes,
and the fresh-eyes round 6 conflicts mended with them. Every sentence was written for the project."""
import pytest

from claims.conflicts import compare, within
from claims.conflicts.frames import frames
from claims.conflicts.statements import is_rumour, same_party
from claims.conflicts.terms import change_base, partial, periods
from claims.lexicon import get
from claims.numbers import extract
from claimviews import first_source as primary, view
from claimviews import ACROSS

LEX = get("vi")


@pytest.mark.parametrize("text,k,want", [
    ("Tại cơ quan công an, Nguyễn Văn T. khai nhận đã trộm 3 xe máy.", 0, ("Nguyễn Văn T", "person")),  # an initial
    ("Ông Lê Văn Hải, Trưởng Công an xã Tân Lập, cho biết vụ va chạm xảy ra lúc 7h. "
     "Tài xế 40 tuổi khai rằng xe bị mất phanh khi xuống dốc.", 1, ("Tài xế 40 tuổi", "anonymous")),  # someone new
    ("Ông Lê Văn Hải, Chủ tịch UBND xã Tân Lập, cho biết nạn nhân vào viện lúc 2h. "
     "Vị bác sĩ kể rằng nạn nhân bị đa chấn thương.", 1, ("Vị bác sĩ", "anonymous")),
    ("Ông Hoàng Văn Nam, Chủ tịch UBND xã Tân Lập, cho biết xã đã hỗ trợ 50 hộ. "
     "Tuy vậy, anh Hoàng, một người dân trong thôn, kể rằng gia đình anh chưa nhận được gì.", 1, ("Hoàng", "person")),
    ("Chị Nguyễn Thị Lan bán rau ở chợ Đồng Xuân. Chị Lan bảo là cả nhà đã sống lại nhờ gian hàng này.", 1,
     ("Nguyễn Thị Lan", "person")),
    ("Ông Hùng là người rất bảo thủ. Ông ấy bảo thủ trong mọi chuyện.", 1, None),
    ("Ông Chad Smith, Giám đốc điều hành Công ty Minh Long, cho biết doanh thu tăng 20%.", 0, ("Chad Smith", "person")),
])
def test_review_attribution_cases(pipeline, text, k, want):
    assert primary(text, k) == want


def test_review_frame_readers():
    (fr,) = frames("Vụ ngộ độc khiến 30 học sinh các trường tiểu học phải nhập viện.",
                   tuple(extract("Vụ ngộ độc khiến 30 học sinh các trường tiểu học phải nhập viện.")), None, None)
    assert fr.harm == "hospitalised"  # "các" without a verb before it keeps the harm
    t = "Doanh thu tăng 12% so với tháng trước và là mức cao nhất từ đầu năm."
    assert change_base(t, extract(t)[0], LEX) == "tháng trước"
    q4, qiv = "Doanh thu quý 4 đạt 150 tỷ đồng.", "Doanh thu quý IV đạt 180 tỷ đồng."
    assert periods(q4, extract(q4)[-1], LEX) == periods(qiv, extract(qiv)[-1], LEX)
    t = "Ngành chức năng xác định vụ cháy làm 5 người tử vong."
    assert not partial(t, extract(t)[0], LEX)  # the authorities, no sector
    assert is_rumour("Đoạn clip về vụ việc lan truyền trên mạng xã hội cho rằng tài xế đã uống rượu.", LEX)


def test_review_figure_comparisons():
    profit = view(0, "Công ty Sữa Hòa Bình báo lợi nhuận sau thuế quý III đạt 186 tỷ đồng.", "Công ty Sữa Hòa Bình", "organization")
    lai = view(1, "Công ty Sữa Hòa Bình báo lãi sau thuế quý III đạt 250 tỷ đồng.", "Báo Đầu tư", "media")
    assert [c.kind for c in compare(lai, profit)] == ["number_mismatch"]  # lãi is the profit
    toll_a = view(2, "Theo đánh giá của tỉnh Tân Lập, bão số 3 làm 12 người chết.", "Báo Tuổi Trẻ", "media")
    toll_b = view(3, "Bão số 3 gây thiệt hại nặng cho tỉnh Tân Lập, làm 15 người chết.", "Báo Thanh Niên", "media")
    assert compare(toll_b, toll_a)  # "đánh giá" is no price, and tolls have no measure noun
    aug = view(4, "Doanh thu tháng 8 năm 2024 đạt 120 tỷ đồng.", "Công ty A", "organization")
    sep = view(5, "Doanh thu tháng 9 năm 2024 đạt 150 tỷ đồng.", "Công ty B", "organization")
    assert compare(sep, aug) == []  # two months of one year
    helped = view(6, "Ông Lê Văn Hải cho biết khoảng 120 hộ dân ở xã Tân Lập đã nhận tiền hỗ trợ.", "Báo A", "media")
    dry = view(7, "Ông Lê Văn Hải cho biết khoảng 300 hộ dân ở xã Tân Lập vẫn chưa có nước sạch.", "Báo B", "media")
    assert not [c for c in compare(dry, helped, "vi", ACROSS) if c.figure]  # "cho biết khoảng" is no shared wording


def test_review_parties():
    a = view(0, "Công ty TNHH MTV Minh Long cho biết chưa nhận được tiền.", "Công ty TNHH MTV Minh Long", "organization")
    b = view(1, "Công ty TNHH MTV Hoàng Phát bác bỏ việc nợ tiền.", "Công ty TNHH MTV Hoàng Phát", "organization")
    assert not same_party(a, b, LEX)
    c = view(2, "Bộ Công Thương cho biết giá xăng sẽ giảm.", "Bộ Công Thương", "organization")
    d = view(3, "Sở Công Thương tỉnh Nghệ An cho rằng giá xăng sẽ tăng.", "Sở Công Thương tỉnh Nghệ An", "organization")
    assert not same_party(c, d, LEX)


def test_round6_denials_that_agree_and_rumours_are_no_conflict():
    manager = view(0, "Bà Phạm Thu Hà, quản lý của ca sĩ Minh Tú, khẳng định thông tin nam ca sĩ qua đời vì tai nạn "
                      "giao thông là hoàn toàn sai sự thật.", "Phạm Thu Hà", "person", mention="bà Phạm Thu Hà", cue="khẳng định")
    police = view(1, "Công an tỉnh Hòa Sơn cũng xác nhận không có vụ tai nạn giao thông nào liên quan đến ca sĩ Minh Tú.",
                  "Công an tỉnh Hòa Sơn", "organization", mention="Công an tỉnh Hòa Sơn", cue="xác nhận")
    drugs = view(2, "Cơ quan công an khẳng định thông tin nam ca sĩ bị bắt vì liên quan đến ma túy là tin giả.",
                 "Cơ quan công an", "organization", mention="Cơ quan công an", cue="khẳng định")
    assert within([manager, police, drugs]) == []  # all three deny; two denials are no rival explanations


def test_round6_corrections_storms_and_breakdowns():
    company = view(0, "Ông Lê Văn Thắng, Phó giám đốc công ty, cho biết có 126 công nhân phải nhập viện.",
                   "Lê Văn Thắng", "person")
    health = view(1, "Theo Sở Y tế, thực tế chỉ có 74 công nhân phải nhập viện, không phải 126 người như thông tin trước đó.",
                  "Sở Y tế", "organization")
    assert [c.kind for c in compare(health, company, "vi", ACROSS)] == ["correction"]
    part = view(2, "Trong số 74 người nhập viện, 68 người điều trị tại bệnh viện tỉnh và 6 người tại trung tâm y tế huyện.")
    assert compare(part, company, "vi", ACROSS) == []
    storm4 = view(3, "Bão số 4 đổ bộ Hòa Sơn, 2 người chết")
    storm3 = view(4, "Trước đó, bão số 3 hồi đầu tháng 9 đã làm 4 người chết trên địa bàn tỉnh.")
    assert compare(storm3, storm4) == []
    index = view(5, "Chỉ số VN-Index mở cửa phiên sáng tăng 8 điểm lên 1.278 điểm.")
    close = view(6, "VN-Index đóng cửa ở mức 1.282 điểm.")
    assert all(c.other_figure != "8 điểm" for c in compare(close, index))  # 8 is the step, not the level


# the second look at the mends, and fresh-eyes round 7


@pytest.mark.parametrize("text,k,want", [
    ("Anh Nguyễn Văn Nam, học sinh lớp 12 chia sẻ rằng đề thi năm nay khá dễ.", 0, ("Nguyễn Văn Nam", "person")),
    ("Bà Lê Thị Hoa sinh năm 1980 kể lại rằng nhà bà bị ngập.", 0, ("Lê Thị Hoa", "person")),  # a number that labels
    ("Bài đăng thu hút gần 6.000 bình luận chỉ sau 5 giờ.", 0, None),  # a number that counts
    ("HLV Park Hang-seo đã chia tay đội tuyển sau 5 năm. Chiến lược gia 65 tuổi cho biết ông sẽ nghỉ ngơi.", 1,
     ("Park Hang-seo", "person")),
    ("Cục CSGT đề nghị người dân phản ánh qua ứng dụng nếu phát hiện cán bộ tiêu cực.", 0, None),  # asked to speak
    ("Một cán bộ Ban Chỉ huy tỉnh đề nghị giấu tên cho rằng số liệu vênh nhau.", 0,
     ("Một cán bộ Ban Chỉ huy tỉnh đề nghị giấu tên", "anonymous")),
    ("Bloomberg dẫn lời các nhà phân tích cho biết nguồn cung từ Brazil đang bị đe dọa.", 0,
     ("các nhà phân tích", "anonymous")),  # "nhà phân tích" is no cue
    ("Chủ tịch Vicofa Nguyễn Quang Đạt nhận định giá cao do cung cầu.", 0, ("Nguyễn Quang Đạt", "person")),
    ("BS CKII Trần Thu Hương, Phó khoa Cấp cứu, thừa nhận khoa quá tải. \"Có đêm cả kíp không kịp uống nước\", "
     "nữ bác sĩ chia sẻ.", 1, ("Trần Thu Hương", "person")),
])
def test_second_review_and_round7_attribution(pipeline, text, k, want):
    assert primary(text, k) == want


def test_second_review_conflicts():
    def kinds(x):
        return [(c.kind, c.figure, c.other_figure) for c in x]
    mourners = view(0, "Khoảng 200 người dân xếp hàng viếng những người tử vong trong vụ cháy chung cư.")
    toll = view(1, "Vụ cháy chung cư làm 12 người tử vong.", "Công an thành phố", "organization")
    assert compare(mourners, toll) == []
    sep = view(2, "Trong tháng 9, xuất khẩu gạo đạt 650.000 tấn.", "A", "organization")
    aug = view(3, "Trong tháng 8, xuất khẩu gạo đạt 700.000 tấn.", "B", "organization")
    assert compare(sep, aug, "vi", ACROSS) == []  # periods for every unit
    reply = view(4, "Trả lời phóng viên, ông Minh cho biết doanh thu năm 2024 đạt 500 tỷ đồng.", "Minh", "person")
    profit = view(5, "Lợi nhuận năm 2024 đạt 60 tỷ đồng.", "B", "organization")
    assert compare(reply, profit) == []  # "trả lời" holds no profit
    rate = view(6, "Lãi suất cho vay quý III ở mức 6,5%.", "A", "organization")
    margin = view(7, "Lợi nhuận quý III ở mức 8,2%.", "B", "organization")
    assert compare(rate, margin) == []  # an interest rate is no profit
    assert not same_party(view(8, "x", "Hiệp hội Ngân hàng", "organization"), view(9, "y", "Ngân hàng Nhà nước", "organization"), LEX)
    assert not is_rumour("Liên quan đến clip lan truyền trên mạng xã hội, Công an huyện cho biết vụ tai nạn làm 3 người bị thương.", LEX)
    older = view(10, "Doanh thu tăng 15% so với 2019.", "Lan", "person")
    newer = view(11, "Doanh thu tăng 40% so với 2023.", "Minh", "person")
    assert kinds(compare(newer, older)) == []  # two bases, digits read
