"""Twenty-ninth session, by structure: a passive "bị cáo buộc" read as "bị cáo" + "buộc" credits
no one; a document's relative clause ("mà ...") is not its name; figures a body published, "của"
left out, are the body's; the paper's own newsroom and reporter; a group named after words that
describe it; a relay told as a memory with "rằng"; "Theo ông" right after an office's holder.
Sentences written for the project."""
import pytest

from claimviews import first_source as primary


@pytest.mark.parametrize("text,k", [
    ("Ông Trịnh Quốc Vượng bị cáo buộc lừa đảo 30 tỷ đồng của các nhà đầu tư.", 0),
    ("Bà Lương Thị Thủy, cựu kế toán trưởng, bị cáo buộc đã lập chứng từ khống.", 0),
])
def test_accused_in_the_passive_credits_no_one(text, k):
    assert primary(text, k) is None


@pytest.mark.parametrize("text,k,want", [
    ("Theo biên bản mà đoàn thanh tra lập sáng 2/3, kho chứa hơn 5 tấn hàng lậu.", 0, ("biên bản", "document")),
    ("Theo bản hợp đồng mà phóng viên được xem, mỗi hộ nhận 20 triệu đồng.", 0, ("bản hợp đồng", "document")),
])
def test_a_documents_relative_clause_is_no_part_of_its_name(text, k, want):
    assert primary(text, k) == want


@pytest.mark.parametrize("text,k,want", [
    # "của" left out, the body named right after the figures, with when they came out
    ("Theo số liệu Sở Nông nghiệp Đồng Tháp công bố chiều 9/4, tỉnh có 3.200 ha lúa bị hạn.", 0,
     ("Sở Nông nghiệp Đồng Tháp", "organization")),
    ("Nhưng theo thống kê Cục Thủy sản đưa ra hôm qua, sản lượng tôm giảm 8%.", 0,
     ("Cục Thủy sản", "organization")),
    # a database's name is the figures' own
    ("Theo dữ liệu WorldPop năm 2023, vùng này có 1,2 triệu dân.", 0, ("dữ liệu WorldPop", "document")),
    # relayed figures are their owner's
    ("Hãng tin AP dẫn số liệu của Trung tâm Cảnh báo bão Liên hợp (JTWC) cho biết sức gió đạt 180 km/h.", 0,
     ("Trung tâm Cảnh báo bão Liên hợp (JTWC)", "organization")),
])
def test_figures_are_the_bodys_that_published_them(text, k, want):
    assert primary(text, k) == want


def test_figures_published_with_no_one_named_credit_no_one():
    assert primary("Số liệu sơ bộ công bố đầu tháng 7 cho thấy lượng cà phê xuất khẩu đạt 120.000 tấn.", 0) is None


def test_the_papers_own_newsroom_is_no_source():
    assert primary("Ban biên tập xin đính chính và cáo lỗi cùng bạn đọc.", 0) is None
    assert primary("Tòa soạn xin đính chính: số hộ bị ảnh hưởng là 40, không phải 400.", 0) is None


def test_the_papers_reporter_is_media():
    assert primary("Theo tìm hiểu của PV, tiệm vàng này đã đóng cửa từ tháng trước.", 0) == ("PV", "media")


@pytest.mark.parametrize("text,k,want", [
    ("Theo nhóm theo dõi độc lập GreenWatch, diện tích rừng mất đã gấp đôi năm ngoái.", 0,
     ("nhóm theo dõi độc lập GreenWatch", "organization")),
    # people of a body stay unnamed
    ("Theo nhóm sinh viên Bách Khoa, thiết bị chỉ tốn 2 triệu đồng.", 0,
     ("nhóm sinh viên Bách Khoa", "anonymous")),
])
def test_a_group_named_after_its_description(text, k, want):
    assert primary(text, k) == want


def test_the_public_prosecution_is_no_accusation_cue():
    assert primary("Cơ quan công tố khẳng định bị cáo biết rõ hồ sơ là giả.", 0) == ("Cơ quan công tố", "organization")


def test_a_relay_told_as_a_memory_with_rang():
    text = ("Ông Chín Lợi năm nay đã ngoài bảy mươi, vẫn ngày ngày ra ruộng. "
            "Ông kể có lần ông Ba Sương nói với ông rằng đất này nuôi được cả làng.")
    assert primary(text, 1) == ("Ba Sương", "person")


def test_theo_ong_means_the_office_holder_who_just_spoke():
    text = ("Ông Nguyễn Văn Hạnh, chủ ghe, khẳng định ghe chỉ chở 12 người. "
            "Một cán bộ huyện cho biết ghe chưa được đăng kiểm. "
            "Chỉ huy trưởng Đồn Biên phòng Cửa Việt cho biết lực lượng đã tìm thấy một thi thể. "
            "Theo ông, việc tìm kiếm gặp khó vì sóng lớn.")
    assert primary(text, 3) == ("Chỉ huy trưởng Đồn Biên phòng Cửa Việt", "person")


def test_theo_ba_keeps_the_woman_named_two_sentences_before():
    # (the office holder's sex is not said; "bà" names the woman who spoke just before him)
    text = ("Bà Lê Thị Hồng, trưởng ấp 3, cho biết nước đã rút. "
            "Giám đốc Sở Nông nghiệp tỉnh cho biết 200 ha lúa bị ngập. "
            "Theo bà, nông dân cần được hỗ trợ giống.")
    assert primary(text, 2) == ("Lê Thị Hồng", "person")


def test_going_out_to_a_place_is_no_pointing_out():
    text = "Cậu con trai út, Lê Văn Bình, 17 tuổi, mỗi tháng chỉ ra chợ huyện một lần."
    assert primary(text, 0) is None
    assert primary("Đoàn kiểm tra chỉ ra nhiều sai phạm trong việc cấp phép.", 0) == ("Đoàn kiểm tra", "organization")


def test_then_between_the_subject_and_its_cue():
    text = "Công ty Cấp nước Sông Lam khi đó khẳng định nguồn nước không bị ô nhiễm."
    assert primary(text, 0) == ("Công ty Cấp nước Sông Lam", "organization")


def test_a_clause_then_va_and_the_one_who_speaks():
    text = "Năm ngoái, hàng trăm con gà chết bất thường và Chi cục Thú y huyện kết luận nguyên nhân là cúm gia cầm."
    assert primary(text, 0) == ("Chi cục Thú y huyện", "organization")
    # one body's name with "và" inside stays whole
    text = "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh Hà Tĩnh cho biết 120 ngôi nhà bị tốc mái."
    assert primary(text, 0) == ("Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh Hà Tĩnh", "organization")
