"""Fresh-eyes round 9 (ninth session): an unnamed person or group named by a role noun after a
quantifier ("nhiều cổ động viên", "một giảng viên của trường"); "Theo nhà trường / tòa," for the
body named before; a role with "này" pointing back ("Bị cáo này", "Nhà khoa học này"); a
pronoun's estimate; a foreign name's particle ("Martin de Vries"). Sentences written for the
project."""
import pytest

from claimviews import first_source as primary


@pytest.mark.parametrize("text,k,want", [
    ("Đội tuyển thua 0-2. Trên mạng xã hội, nhiều cổ động viên chỉ trích cách dùng người của ban huấn luyện.", 1,
     ("nhiều cổ động viên", "anonymous")),
    ("Đề thi bị lộ. Tuy nhiên, một giảng viên của trường đề nghị giấu tên cho biết ngân hàng câu hỏi chỉ thay 30%.", 1,
     ("một giảng viên của trường", "anonymous")),
    ("Rừng cháy hai ngày. Một chiến sĩ trẻ kể anh đã hai đêm liền không ngủ.", 1, ("Một chiến sĩ trẻ", "anonymous")),
    ("Trường Đại học Tân Phong họp báo chiều qua. Theo nhà trường, hình ảnh lan truyền được chụp sau giờ thi.", 1,
     ("Trường Đại học Tân Phong", "organization")),
    ("Trang Bola dẫn lời HLV Indonesia Martin de Vries nói rằng đội chủ nhà đã nghiên cứu rất kỹ đối thủ.", 0,
     ("Martin de Vries", "person")),
])
def test_round9_classes(text, k, want):
    got = primary(text, k)
    # (asking not to be named stays in an unnamed source's phrase, as the guideline writes it)
    assert got is not None and got[1] == want[1] and (got[0] == want[0] or got[0].startswith(want[0] + " đề nghị giấu tên"))


def test_a_role_with_this_points_back_to_the_person_just_credited():
    text = ("Tòa mở phiên phúc thẩm xét kháng cáo của Lâm Quốc Hưng, 47 tuổi, cựu giám đốc công ty. "
            "Hưng khai đã dùng tiền để đền bù cho dân. Bị cáo này cho rằng phần lớn số tiền đã trả lương nhân viên.")
    assert primary(text, 2) == ("Lâm Quốc Hưng", "person")
    text = ("TS Vương Thị Kim Hoa, Viện Sinh thái học, đánh giá thiệt hại lớn. Bà ước tính khu rừng cần 5 năm để "
            "phục hồi. Nhà khoa học này cũng lưu ý khói có thể ảnh hưởng sức khỏe người dân.")
    assert primary(text, 1) == ("Vương Thị Kim Hoa", "person")  # a pronoun's estimate
    assert primary(text, 2) == ("Vương Thị Kim Hoa", "person")


@pytest.mark.parametrize("text", [
    "Một nguyên nhân khiến giá tăng là thiếu hàng.",  # "nhân" is no agent syllable: a cause
    "Một gia đình ở xã Tân Hòa mất trắng vụ lúa.",  # "gia" first is a family, no speaker
])
def test_agent_syllables_make_no_speaker_of_things(text):
    assert primary(text, 0) is None
