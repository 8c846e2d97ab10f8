"""Thirty-second session, by structure: the writer's own question tagged "tôi hỏi"; a bare sex
noun ("người đàn ông") pointing back to the man the story was last about; a pronoun in a later
clause of a sentence that opened on someone called by it; "người" before an office ("người đội
trưởng") as "vị" is; a role written after an age (", 41 tuổi, đội trưởng,"). Sentences written
for the project."""
import pytest

from claimviews import first_source as primary

FERRY = """Ông Trần Văn Lộc năm nay 71 tuổi, đã chở khách qua sông gần 40 năm.

“Có bao giờ ông muốn nghỉ không?”, tôi hỏi.

Ông cười: “Còn chèo được thì còn chở.”
"""


def test_the_writers_own_question_is_credited_to_toi():
    assert primary(FERRY, 1) == ("tôi", "person")
    assert primary(FERRY, 2) == ("Trần Văn Lộc", "person")  # "tôi" is no one a later "ông" points back to


HILL = """Anh Hoàng Văn Nam, 38 tuổi, sống ở bản Nà Lùng.

Ông Lò Văn Pha, 67 tuổi, kể cả bản đã góp công dựng lại nhà cho gia đình anh.

“Nhà nó mất hết, mình có sức thì góp sức”, ông nói.

Anh Nam vẫn lo khoản nợ 50 triệu đồng, nhưng anh bảo cả nhà được ngủ yên là quý nhất.

“Giờ nhà ở chỗ đất chắc rồi”, người đàn ông nói.
"""


def test_a_pronoun_after_a_comma_is_the_one_the_sentence_opened_on():
    assert primary(HILL, 3) == ("Hoàng Văn Nam", "person")


def test_a_bare_sex_noun_is_the_man_the_story_was_last_about():
    assert primary(HILL, 4) == ("Hoàng Văn Nam", "person")


def test_a_bare_sex_noun_after_someone_new_stays_unnamed():
    text = HILL.replace("Anh Nam vẫn lo khoản nợ 50 triệu đồng, nhưng anh bảo cả nhà được ngủ yên là quý nhất.",
                        "Một người đàn ông đi ngang qua, dừng lại nhìn căn nhà mới.")
    assert primary(text, 4) == ("người đàn ông", "anonymous")


@pytest.mark.xfail(reason="known gap: the subject of a clause before a comma is taken over a pronoun right "
                          "before the cue ('Chị Mai rót nước, ông cho biết' credits Mai)", strict=True)
def test_a_sentence_opened_on_someone_called_otherwise_leaves_the_pronoun_to_the_one_before():
    text = """Ông Lê Văn Hòa, 60 tuổi, là trưởng thôn Đồng Xá.

Chị Mai rót nước mời khách, ông cho biết thôn có 12 hộ bị ngập.
"""
    assert primary(text, 1) == ("Lê Văn Hòa", "person")


FLOOD = """Đội xuồng cứu hộ của phường có 9 người.

“Nhà ai còn người thì bật đèn lên!”, anh Đỗ Minh Tâm, 41 tuổi, đội trưởng, gọi lớn qua loa.

Đến 17h, anh Tâm nói nước trong khu dân cư vẫn lên chừng 10 cm mỗi giờ.

“Còn người gọi thì anh em còn đi”, người đội trưởng nói.

Người dân cho biết nước đã vào tới gian thờ.
"""


def test_people_before_an_office_points_back_as_vi_does():
    assert primary(FLOOD, 3) == ("Đỗ Minh Tâm", "person")


def test_people_is_still_a_group():
    assert primary(FLOOD, 4) == ("Người dân", "anonymous")


def test_what_a_figure_measures_is_no_source():
    text = ("Năm 2025, thiên tai trên địa bàn tỉnh làm 17 người chết, thiệt hại ước tính 1.850 tỷ đồng.\n\n"
            "Bộ Tài chính ước tính thiệt hại khoảng 2.000 tỷ đồng.")
    assert primary(text, 0) is None
    assert primary(text, 1) == ("Bộ Tài chính", "organization")
