"""Twenty-second session, attribution. Sentences written for the project."""
from claimviews import first_source as primary


def test_a_judgement_with_its_holder_is_credited():
    # what someone judges or believes is theirs (the guideline: "what someone said or thinks")
    text = ("Nhiều hộ ở ấp Tân Thạnh đã bán ghe lên phố tìm việc.\n\n"
            "Trưởng ấp Nguyễn Văn Tư nhận thấy nghề đánh bắt trên sông không còn nuôi nổi một gia đình.\n\n"
            "Nhiều người dân tin rằng con đập thượng nguồn đã làm cá ít đi.")
    assert primary(text, 1) == ("Nguyễn Văn Tư", "person")
    assert primary(text, 2) == ("Nhiều người dân", "anonymous")


def test_one_can_see_credits_no_one():
    text = "Giá cá giảm mạnh trong năm nay.\n\nCó thể nhận thấy người nuôi cá đang lỗ nặng."
    assert primary(text, 1) is None


def test_a_tag_whose_speaker_follows_the_verb():
    # "vừa nói ông Sáu vừa ...": the speaker stands between the verb and the second "vừa"
    text = ("Ông Lê Văn Sáu đã đan lưới bên bến sông hơn bốn mươi năm.\n\n"
            "\"Lưới này phải vá xong trước mùa nước nổi\" - vừa nói ông Sáu vừa kéo tấm lưới lên bờ.")
    assert primary(text, 1) == ("Lê Văn Sáu", "person")
