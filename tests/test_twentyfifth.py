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


def test_a_long_lead_in_ending_with_a_colon_is_kept_by_the_cleaner():
    # one comma, no full stop, over 150 characters: the shape of glued teaser headlines, but the
    # colon says a list follows
    from claims.clean import clean_text
    lead = ("Số liệu do Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Hòa Lâm công bố sáng 15/10 cho thấy có 52 công "
            "nhân phải nhập viện theo dõi, điều trị tại 3 cơ sở y tế:")
    text = ("Ngộ độc ở khu công nghiệp\nHàng chục công nhân nhập viện sau bữa trưa ngày 14/10.\n"
            f"{lead}\n- Bệnh viện Đa khoa tỉnh: 40 người;\n- Phòng khám Phúc Lâm: 12 người.")
    units = clean_text(text)[0].units
    assert any(u.text == lead for u in units)


def test_a_quoted_post_after_a_lead_in_is_the_posters():
    text = ("Hàng chục học sinh nhập viện sau bữa trưa.\n\n"
            "Tối 15/10, anh Vũ Đức Thành, phụ huynh học sinh lớp 3B, đăng trong nhóm Zalo của lớp:\n\n"
            "\"Con tôi sốt cả đêm mà trường không báo. Ai có con học bán trú thì kiểm tra ngay nhé!\"")
    assert primary(text, 2) == ("Vũ Đức Thành", "person")
    assert primary(text, 3) == ("Vũ Đức Thành", "person")


def test_a_quote_after_a_lead_in_is_not_credited_to_the_next_lead_in():
    text = ("Hàng chục học sinh nhập viện sau bữa trưa.\n\n"
            "Anh Vũ Đức Thành kể lại:\n\n"
            "\"Con tôi sốt cả đêm. Sáng ra cháu mới đỡ.\"\n\n"
            "Chị Lê Thu Hà nói:\n\n"
            "\"Trường phải xin lỗi phụ huynh.\"")
    assert primary(text, 2) == ("Vũ Đức Thành", "person")
    assert primary(text, 3) == ("Vũ Đức Thành", "person")
    assert primary(text, 5) == ("Lê Thu Hà", "person")


def test_the_dashed_items_of_a_bodys_list_are_its_words():
    text = ("Xe khách bốc cháy trên quốc lộ 1A.\n\n"
            "Theo danh sách do nhà xe Phúc Lộc cung cấp, trên xe có:\n\n"
            "- 32 hành khách, trong đó có 3 trẻ em;\n\n"
            "- 2 tài xế và 1 phụ xe.")
    assert primary(text, 2) == primary(text, 1) is not None
    assert primary(text, 3) == primary(text, 1)


def test_a_list_of_measures_under_no_one_is_credited_to_no_one():
    text = ("Dịch sốt xuất huyết tăng mạnh ở huyện.\n\n"
            "Các biện pháp gồm:\n\n"
            "- Phun thuốc diệt muỗi.\n\n"
            "- Diệt lăng quăng.")
    assert primary(text, 2) is None and primary(text, 3) is None


def test_a_description_by_sex_and_home_village_is_the_one_woman_named_just_before():
    text = ("Anh Trần Văn Khang về quê nuôi tôm từ năm 2020.\n\n"
            "Người cùng anh đi qua vụ thất bại ấy là chị Lê Thị Hoa, vợ anh.\n\n"
            "\"Ảnh mê công nghệ. Còn tui thì tin cuốn sổ hơn\", cô gái quê Thanh Hóa cười.")
    assert primary(text, 3) == ("Lê Thị Hoa", "person")


def test_a_description_by_home_village_with_two_women_before_is_no_one_named():
    text = ("Chị Lê Thị Hoa và chị Phạm Thị Lan cùng nuôi tôm ở ấp Vĩnh Mới.\n\n"
            "\"Nuôi tôm phải tin cuốn sổ\", cô gái quê Thanh Hóa cười.")
    assert primary(text, 1) not in (("Lê Thị Hoa", "person"), ("Phạm Thị Lan", "person"))


def test_someone_new_described_by_home_village_stays_unnamed():
    text = ("Chị Lê Thị Hoa nuôi tôm ở ấp Vĩnh Mới.\n\n"
            "Một cô gái quê Nghệ An cho biết chị cũng muốn học nghề nuôi tôm.")
    assert primary(text, 1)[1] == "anonymous"
