"""Who speaks a dialogue line with no tag (`claims.attribution.untagged`): the one the reporter's
question addressed, the one the line of narration before it showed. Sentences written for the
project."""
import pytest

from claimviews import first_source as primary


@pytest.mark.parametrize("question", [
    "Tôi hỏi một tháng chị bán được bao nhiêu bó chổi.",
    "Tôi hỏi sao chị không ra chợ huyện bán cho được giá.",
])
def test_the_one_a_question_addresses_after_a_question_word_answers(question):
    text = f"Chị Hà Thị Duyên bó chổi dưới hiên nhà.\n{question}\n– Được chừng ba trăm bó, bán cho thương lái."
    assert primary(text, 2) == ("Hà Thị Duyên", "person")


def test_a_question_to_two_people_leaves_the_answer_unknown():
    text = ("Ông Vũ Văn Khang và vợ ngồi bó chổi dưới hiên.\n"
            "Tôi hỏi sao ông bà không ra chợ huyện bán.\n"
            "– Xa lắm, đi về mất cả ngày.")
    assert primary(text, 2) is None


@pytest.mark.parametrize("shown", [
    "Ông cười, xoay xoay chiếc điếu cày trong tay.",
    "Ông Khang ngồi xuống bậc thềm, rót thêm chén nước.",
    "Chiều muộn, ông Khang lại ra vườn tưới mấy luống rau.",
])
def test_a_line_showing_one_person_then_an_untagged_line(shown):
    text = f"Ông Vũ Văn Khang năm nay 72 tuổi.\n{shown}\n– Làm chổi thì chẳng giàu, nhưng không đói."
    assert primary(text, 2) == ("Vũ Văn Khang", "person")


@pytest.mark.parametrize("shown", [
    # two people in the line: either may speak
    "Ông Khang rót nước, bà Lụa vẫn cặm cụi bó chổi.",
    # the line is someone's words already
    "Ông Khang cho biết năm nay giá chổi giảm.",
    # the reporter's own line
    "Tôi ngồi nhìn ông bó chổi đến tối.",
])
def test_no_one_shown_alone(shown):
    text = f"Ông Vũ Văn Khang năm nay 72 tuổi.\n{shown}\n– Làm chổi thì chẳng giàu, nhưng không đói."
    assert primary(text, 2) is None
