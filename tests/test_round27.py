"""Fresh-eyes round 27 (seventeenth session), attribution: a cue word the syllable before it makes
into a noun of the segmenter's dictionary ("Lời khai ...") reports nothing; an outlet's name
matches only as written, capitalised ("một thanh niên" is no "Thanh Niên"); a body's name with a
comma between its fields runs to its end ("Công ty Cổ phần Chế biến, Xuất khẩu Nông sản và Thực
phẩm X"), and its short form takes it. Sentences written for the project."""
import pytest

from claimviews import first_source as primary
from claims.words import glued_to_word_before


def test_a_cue_glued_into_a_noun_reports_nothing():
    assert glued_to_word_before("Lời", "khai")
    assert glued_to_word_before("Đây là bản", "tin")
    assert not glued_to_word_before("Ông Bình", "than")  # a name's end, not "bình than"
    assert not glued_to_word_before("Bị can", "khai")
    assert primary("Lời khai mâu thuẫn của hai tài xế", 0) is None
    assert primary("Tài xế Lê Văn Hòa khai xe chạy khoảng 60 km/h.", 0) == ("Lê Văn Hòa", "person")


def test_an_outlet_matches_only_capitalised():
    assert primary("Một thanh niên ở xóm Bãi cho biết nước lên rất nhanh trong đêm.", 0)[1] == "anonymous"
    assert primary("Theo Thanh Niên, nước lên rất nhanh trong đêm.", 0) == ("Thanh Niên", "media")


def test_a_young_man_described_after_a_comma_speaks():
    got = primary("Một thanh niên trong xóm, người chèo xuồng đưa 12 cụ già ra khỏi vùng ngập, kể nước lên rất nhanh.", 0)
    assert got == ("Một thanh niên trong xóm", "anonymous")


@pytest.mark.parametrize("k", [1, 2])
def test_a_body_name_with_commas_between_fields(k):
    text = ("Công ty Cổ phần Đầu tư, Thương mại Dịch vụ và Vận tải Hòa Phong vừa công bố kết quả kinh doanh quý III. "
            "Theo Hòa Phong, lợi nhuận giảm do giá nhiên liệu tăng. "
            "Công ty cho biết sẽ cắt giảm 5 tuyến xe khách.")
    assert primary(text, k) == ("Công ty Cổ phần Đầu tư, Thương mại Dịch vụ và Vận tải Hòa Phong", "organization")


@pytest.mark.parametrize("text,want", [
    # a title, then a province: the office's holder, known by it (no one named "Kalimantan")
    ("Phó thống đốc tỉnh Kalimantan bác bỏ thông tin này.", ("Phó thống đốc tỉnh Kalimantan", "person")),
    # a title, a one-word state, then the person
    ("Thống đốc bang Oregon Mary Collins khẳng định bang đủ nước cho mùa hè.", ("Mary Collins", "person")),
    # the commune left unnamed: the surname opens the holder's name
    ("Chủ tịch UBND xã Trần Văn Lộc cho biết đã di dời 40 hộ.", ("Trần Văn Lộc", "person")),
])
def test_a_place_after_a_title_is_no_ones_name(text, want):
    assert primary(text, 0) == want


def test_a_credited_phrase_loses_the_passive_clause_that_describes_it():
    text = ("Nhưng theo một ngư dân sống sót được tờ Bangkok Post phỏng vấn, tàu chở gần 40 người. "
            "Tờ báo này cho biết tàu không có giấy phép.")
    assert primary(text, 0) == ("một ngư dân sống sót", "anonymous")
    assert primary(text, 1) == ("Bangkok Post", "media")  # the paper's name ends at its foreign word


def test_the_speaker_after_theo_an_outlet_has_commas_in_its_name():
    text = ("Theo Reuters, Liên minh Bảo vệ Rừng, Sông và Biển Mekong, một tổ chức phi chính phủ, "
            "cáo buộc nhà đầu tư xả thải trái phép.")
    assert primary(text, 0) == ("Liên minh Bảo vệ Rừng, Sông và Biển Mekong", "organization")


def test_a_place_that_records_cases_reports_nothing():
    assert primary("Đà Nẵng ghi nhận gần 600 ca sốt xuất huyết trong tuần.", 0) is None
    assert primary("Biên bản kiểm tra ghi nhận bếp ăn không lưu mẫu thức ăn.", 0)[1] == "document"


def test_a_heads_acronym_takes_the_name_it_spells():
    text = ("Cục Quản lý thị trường cho biết đã kiểm tra 1.200 cơ sở trong tháng 10. "
            "Cục QLTT đánh giá hàng giả chủ yếu được bán qua mạng.")
    assert primary(text, 1) == ("Cục Quản lý thị trường", "organization")
    # two bodies it could spell: left as written
    text2 = ("Cục Quản lý thị trường và Cục Quản lý tàu thuyền họp bàn. "
             "Cục QLTT đánh giá hàng giả chủ yếu được bán qua mạng.")
    assert primary(text2, 1)[0] != "Cục Quản lý thị trường"


def test_a_body_speaks_through_the_paper_it_issues():
    assert primary("Sáng 3/4, Sở Tài chính tỉnh Hòa Lâm có văn bản đính chính: tổng vốn giải ngân là 1.250 tỷ đồng.", 0) \
        == ("Sở Tài chính tỉnh Hòa Lâm", "organization")
    assert primary("Văn bản đính chính được gửi tới các cơ quan báo chí chiều cùng ngày.", 0) is None
