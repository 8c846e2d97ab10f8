"""Twenty-fifth session, attribution. Sentences written for the project."""
from claims import lexicon
from claims.attribution.names import names_in
from claimviews import first_source as primary


def test_the_name_a_pronoun_is_called_by_is_the_person_named_before():
    text = ("Lò rèn cuối cùng của làng\n\n"
            "Ông Phạm Văn Tình năm nay 68 tuổi, ngồi bên bễ lửa từ tờ mờ sáng.\n\n"
            "Người trong xóm quen gọi ông là “ông Tình Đe”, vì cái đe sắt ông giữ từ thời cha.\n\n"
            "Hồi đó làng có cả chục lò, giờ còn mỗi lò này, ông Tình Đe nói.")
    assert primary(text, 3) == ("Phạm Văn Tình", "person")


def test_a_nickname_that_shares_no_word_with_the_full_name_is_no_one_elses():
    # "ông Đe" shares no word with "Phạm Văn Tình": nothing ties the two
    text = ("Ông Phạm Văn Tình năm nay 68 tuổi.\n\n"
            "Người trong xóm quen gọi ông là “ông Đe Sắt”.\n\n"
            "Hồi đó làng có cả chục lò, ông Đe Sắt nói.")
    assert primary(text, 2) != ("Phạm Văn Tình", "person")


def test_a_name_after_a_second_address_title_takes_that_title():
    lex = lexicon.get("vi")
    assert names_in("Người cùng anh đi qua vụ thất bại ấy là chị Lê Thị Hoa", lex) == [("Lê Thị Hoa", "chị", "f")]


def test_she_after_a_woman_named_with_a_man_mentioned_before_her_is_the_woman():
    text = ("Anh Trương Văn Nghị nuôi tôm đã năm năm.\n\n"
            "Người cùng anh đi qua vụ thất bại ấy là chị Lê Thị Hoa, vợ anh.\n\n"
            "Chị kể mỗi ao có sổ riêng, ghi từ độ mặn đến lượng thức ăn.")
    assert primary(text, 2) == ("Lê Thị Hoa", "person")


def test_a_ledger_is_a_document():
    text = ("Bà Nguyễn Thị Lựu làm hộ sinh ở xã đã 20 năm.\n\n"
            "Theo sổ sách của trạm y tế, bà đã đỡ khoảng 900 ca sinh.")
    assert primary(text, 1) == ("sổ sách của trạm y tế", "document")


def test_a_lead_in_whose_verb_the_parse_gives_another_subject_is_still_its_first_persons():
    # "một lúc mới đáp": the parse may read "lúc" as the subject of "đáp"; the line opens with the name
    text = ("Năm 2019 anh Đoàn Văn Khiêm bỏ việc ở thành phố về quê trồng nấm.\n\n"
            "Người trong xóm quen gọi anh là Út Khiêm, vì anh là con út.\n\n"
            "Út Khiêm nhìn ra mấy dãy lán đang phun sương, một lúc mới đáp:\n\n"
            "– Tiếc thì có. Nhưng ở đây tôi làm cho cái lán của mình.")
    assert primary(text, 3) == ("Đoàn Văn Khiêm", "person")
    assert primary(text, 4) == ("Đoàn Văn Khiêm", "person")


def test_a_lead_in_after_an_opening_clause_is_its_subjects():
    text = ("Ông Hà Văn Quế giữ nghề đan lưới đã 40 năm.\n\n"
            "Lúc tiễn tôi ra ngõ, ông chỉ vào đứa cháu đang ngồi gỡ lưới:\n\n"
            "– Thằng Bin năm nay lên 10, đi học về là ngồi vào đây.")
    assert primary(text, 2) == ("Hà Văn Quế", "person")


def test_a_lead_in_with_a_verb_of_writing_after_an_opening_clause_is_not_speech():
    text = ("Ông Hà Văn Quế giữ nghề đan lưới đã 40 năm.\n\n"
            "Trước cửa nhà, ông treo tấm bảng ghi:\n\n"
            "– Nhận đan lưới, vá lưới giá rẻ.")
    assert primary(text, 2) is None


def test_an_untagged_answer_after_the_reporters_question_is_the_one_asked():
    text = ("Bà Lò Thị Sen dạy chữ cho trẻ bản Nà Hừ đã 15 năm.\n\n"
            "Tôi hỏi bà đã bao giờ nghĩ đến chuyện xuống xuôi.\n\n"
            "– Sao lại không? Nhưng đi rồi thì ai dạy lũ trẻ.")
    assert primary(text, 1) is None
    assert primary(text, 2) == ("Lò Thị Sen", "person")


def test_an_answer_to_a_question_put_to_two_people_is_credited_to_neither():
    text = ("Vợ chồng ông Lê Văn Tám và bà Trần Thị Ba bán nước ở bến đò.\n\n"
            "Tôi hỏi ông bà lấy đâu ra tiền mua đường, mua đá.\n\n"
            "– Lương hưu mỗi tháng 2 triệu, vậy là đủ.")
    assert primary(text, 2) is None


def test_after_a_recounted_saying_the_pronoun_is_the_teller_again():
    text = ("Ông Trần Văn Khải làm nghề rèn đã 50 năm.\n\n"
            "Ông kể có lần cụ thân sinh là cụ Trần Văn Bút cầm con dao ông rèn hỏng ném ra sân, bảo: "
            "“Sắt không biết nói dối đâu con”.\n\n"
            "Ông cười, rót thêm chén trà rồi nói:\n\n"
            "– Câu ấy tôi nhớ đến giờ.")
    assert primary(text, 3) == ("Trần Văn Khải", "person")
