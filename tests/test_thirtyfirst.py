"""Thirty-first session, by structure: a place after a preposition of place ends a spokesperson's
body ("Đại diện một số doanh nghiệp ... tại TP HCM" speaks for unnamed firms); a building's or a
lane's head, with or without its code, makes the name after it a place ("chung cư B4 Kim Liên").
Sentences written for the project."""
import pytest

from claims import lexicon
from claims.attribution.names import names_in
from claims.attribution.phrases import classify
from claimviews import first_source as primary

VI = lexicon.get("vi")


@pytest.mark.parametrize("phrase", [
    "Đại diện một số doanh nghiệp dệt may tại TP HCM",
    "Đại diện các hộ kinh doanh ở Đà Lạt",
])
def test_a_spokesperson_of_unnamed_bodies_somewhere_is_anonymous(phrase):
    found = classify(phrase, VI)
    assert (found.name, found.stype) == (phrase, "anonymous")


def test_a_spokesperson_of_a_named_body_somewhere_speaks_for_the_body():
    found = classify("Đại diện hệ thống nhà thuốc Minh Tâm tại Cần Thơ", VI)
    assert (found.name, found.stype) == ("Minh Tâm", "organization")


@pytest.mark.parametrize("phrase", [
    "Cư dân chung cư B4 Kim Liên",
    "người dân khu tập thể Thành Công",
    "Một hộ dân ở ngõ 12 Trần Phú",
    "Người dân tòa nhà CT3 Hòa Bình",
])
def test_a_name_after_a_building_or_a_lane_is_a_place(phrase):
    assert names_in(phrase, VI) == []


def test_a_person_named_after_a_building_is_still_named():
    assert names_in("bà Trần Thị Lan ở chung cư B4 Kim Liên", VI)[0][0] == "Trần Thị Lan"


def test_residents_of_a_building_speak_as_unnamed_people():
    text = "Cư dân chung cư B4 Kim Liên cho biết thang máy đã hỏng suốt hai tuần.\n"
    assert primary(text, 0) == ("Cư dân chung cư B4 Kim Liên", "anonymous")


@pytest.mark.parametrize("phrase", ["Công an xã Phú Lâm Tây", "người dân phường Tân Định Đông"])
def test_a_place_of_three_words_after_its_level_holds_no_name(phrase):
    assert names_in(phrase, VI) == []


@pytest.mark.parametrize("phrase, name", [
    ("Trưởng Công an xã Phú Lâm Tây Lê Văn Hùng", "Lê Văn Hùng"),
    ("Chủ tịch UBND tỉnh Hòa Lâm Vũ Đức Thịnh", "Vũ Đức Thịnh"),
    ("người dân xã Tân Lập Nguyễn Văn An", "Nguyễn Văn An"),
])
def test_a_full_name_after_a_place_is_cut_where_its_surname_opens(phrase, name):
    assert names_in(phrase, VI)[0][0] == name


@pytest.mark.parametrize("phrase", [
    "Đài Phát thanh và Truyền hình Lạng Sơn",
    "Đài Phát thanh - Truyền hình Bình Định",
    "Báo và Phát thanh, Truyền hình Kon Tum",
])
def test_a_provincial_broadcaster_keeps_its_whole_name(phrase):
    found = classify(phrase, VI)
    assert (found.name, found.stype) == (phrase, "media")


def test_a_leading_credit_to_a_merged_broadcaster_keeps_its_comma():
    text = "Theo Báo và Phát thanh, Truyền hình Kon Tum, ba cây cầu tạm đã bị cuốn trôi.\n"
    assert primary(text, 0) == ("Báo và Phát thanh, Truyền hình Kon Tum", "media")


@pytest.mark.parametrize("epithet", [
    "Người đàn ông có nước da rám nắng",  # a look that takes a clause
    "Người đàn ông dân tộc Cơ Tu",  # a people after "dân tộc"
])
def test_a_described_man_is_the_man_just_named(epithet):
    text = ("Ông Hồ Văn Dinh ngồi vá lưới trước hiên nhà.\n"
            f"{epithet} kể, năm 16 tuổi ông đã theo cha lên rẫy.\n")
    assert primary(text, 1) == ("Hồ Văn Dinh", "person")


def test_a_woman_by_her_job_is_the_woman_just_named():
    text = ("Cô giáo Lò Thị Xuân (29 tuổi) dẫn chúng tôi đi quanh điểm trường.\n"
            "Nữ giáo viên trẻ kể, mùa mưa năm ngoái cô phải dạy tạm trong nhà kho.\n")
    assert primary(text, 1) == ("Lò Thị Xuân", "person")


def test_a_young_man_by_his_studies_is_the_one_named_just_before():
    text = ("Trần Minh Khoa, sinh viên năm hai, đến phụ bếp mỗi sáng Chủ nhật.\n"
            "“Ở đây em học được nhiều hơn trên giảng đường”, chàng sinh viên nói.\n")
    assert primary(text, 1) == ("Trần Minh Khoa", "person")


def test_a_captain_who_just_spoke_is_the_man_described_next():
    text = ("Thuyền trưởng Đặng Văn Thông cho tàu chạy chậm lại.\n"
            "“Gió này thì đêm nay cá sẽ lên”, ông nói.\n"
            "Người đàn ông có làn da đen sạm kể, ông đi biển từ năm 15 tuổi.\n")
    assert primary(text, 2) == ("Đặng Văn Thông", "person")


def test_a_description_after_someone_new_is_brought_in_stays_unnamed():
    text = ("Ông Hồ Văn Dinh ngồi vá lưới trước hiên nhà.\n"
            "Lát sau, một người đàn ông hàng xóm ghé qua.\n"
            "Người đàn ông có nước da rám nắng kể, đêm qua mưa rất to.\n")
    assert primary(text, 2) != ("Hồ Văn Dinh", "person")


def test_as_for_a_given_name_the_man_named_before_speaks():
    text = ("Công an đã bắt giữ Lương Văn Tám và Đinh Thị Mơ.\n"
            "Riêng Tám khai chỉ giúp vợ giao hàng.\n")
    assert primary(text, 1) == ("Lương Văn Tám", "person")


def test_by_his_telling_a_pronoun_and_a_cue_after_theo_loi():
    text = ("Ông Giàng A Sử năm nay 64 tuổi.\n"
            "Theo lời ông kể, con suối đổi dòng chỉ trong một đêm.\n")
    assert primary(text, 1) == ("Giàng A Sử", "person")


def test_unnamed_people_described_by_how_the_paper_met_them():
    text = "Nhiều tiểu thương mà phóng viên gặp đều cho biết sức mua giảm mạnh.\n"
    assert primary(text, 0) == ("Nhiều tiểu thương mà phóng viên gặp", "anonymous")


def test_when_reached_by_the_paper_is_an_aside_before_the_cue():
    text = ("Bà Phan Thị Nguyệt là chủ cơ sở.\n"
            "Con gái bà Nguyệt khi được liên hệ khẳng định cơ sở có đủ giấy phép.\n")
    assert primary(text, 1) == ("Con gái bà Nguyệt", "anonymous")


def test_a_quote_of_several_sentences_right_after_his_quoted_words_is_his():
    text = ("Ông Phùng Văn Sáu làm nghề rèn đã 50 năm.\n\n"
            "“Dao phải tôi hai lần”, ông Sáu nói. “Lửa non thì lưỡi mềm. Lửa già thì lưỡi giòn, dễ mẻ”.\n")
    assert primary(text, 2) == ("Phùng Văn Sáu", "person")
    assert primary(text, 3) == ("Phùng Văn Sáu", "person")


def test_a_quote_in_a_new_paragraph_is_not_carried_over():
    text = ("Ông Phùng Văn Sáu làm nghề rèn đã 50 năm.\n\n"
            "“Dao phải tôi hai lần”, ông Sáu nói.\n\n"
            "“Lửa non thì lưỡi mềm. Lửa già thì lưỡi giòn, dễ mẻ”.\n")
    assert primary(text, 2) is None


def test_a_quote_with_its_own_tag_is_its_speakers():
    text = ("Ông Phùng Văn Sáu làm nghề rèn đã 50 năm.\n\n"
            "“Dao phải tôi hai lần”, ông Sáu nói. “Lửa non thì lưỡi mềm. Lửa già thì giòn”, bà Lò Thị Nga, vợ ông, nói thêm.\n")
    assert primary(text, 2) == ("Lò Thị Nga", "person")
