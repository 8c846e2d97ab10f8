"""A speaker set before a colon by what they did ("Cậu bé gật đầu: “...”"). Sentences written
for the project."""
from claimviews import first_source as primary


def test_a_named_boy_who_nods_then_speaks_in_quotes():
    text = ("Cậu bé Hờ A Páo học lớp 4 ở điểm trường Nậm Cang.\n"
            "Cậu bé gật đầu, chỉ tay về phía dãy phòng mới: “Giờ mưa to cũng không sợ dột nữa”.\n")
    assert primary(text, 1) == ("Hờ A Páo", "person")


def test_unnamed_people_who_react_then_speak_in_quotes():
    text = "Người dân thôn Khe Váng bức xúc: “Đường hỏng ba năm nay rồi mà chưa ai sửa”.\n"
    assert primary(text, 0) == ("Người dân thôn Khe Váng", "anonymous")


def test_a_thing_before_a_colon_and_a_quoted_sound_is_no_speaker():
    text = "Chiếc xe tải lao xuống ta luy âm: “Rầm” một tiếng.\n"
    assert primary(text, 0) is None


def test_a_common_noun_the_article_never_gave_anyone_speaks_for_no_one_named():
    text = "Cậu bé gật đầu, chỉ tay về phía dãy phòng mới: “Giờ mưa to cũng không sợ dột nữa”.\n"
    assert primary(text, 0) is None


def test_what_a_letter_says_is_not_the_words_of_the_one_who_opens_it():
    text = ("Chị Lê Thị Nhàn chờ tin con gái suốt ba tháng.\n"
            "Chị mở lá thư: “Mẹ ơi, con vẫn khỏe, mẹ đừng lo”.\n")
    assert primary(text, 1) != ("Lê Thị Nhàn", "person")
