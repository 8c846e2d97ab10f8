"""Twenty-sixth session: the review's cases, in sentences of our own."""
from claims import lexicon
from claims.attribution.names import names_in
from claimviews import conflict_pairs, first_source as primary, kinds_between


def test_a_suspect_described_by_age_is_not_the_officer_who_told_of_the_arrest():
    text = ("Bắt nghi phạm trộm xe máy ở Thanh Trì\n\n"
            "Trung tá Lê Văn Bảo, Trưởng Công an huyện Thanh Trì, cho biết đã bắt giữ một người đàn ông 41 tuổi ở xã Tả Thanh Oai.\n\n"
            "Tại cơ quan công an, người đàn ông 41 tuổi khai do nợ cờ bạc nên đi trộm xe.")
    assert primary(text, 2) != ("Lê Văn Bảo", "person")


def test_a_description_of_the_man_with_him_is_someone_else():
    text = ("Anh Đỗ Văn Hưng làm nghề chài lưới trên sông Hồng đã 15 năm.\n\n"
            "Đêm qua, chiếc thuyền của anh bị gió lật úp gần bãi giữa.\n\n"
            "Người đàn ông đi cùng anh trên thuyền kể lại rằng nước chảy rất xiết.")
    assert primary(text, 2) != ("Đỗ Văn Hưng", "person")


def test_a_pronoun_after_someone_new_was_brought_in_is_not_the_one_named_before():
    text = ("Người giữ đền trên núi\n\n"
            "Ông Vũ Văn Lâm trông coi ngôi đền trên núi Bà Đen đã 25 năm.\n\n"
            "Mỗi năm, hàng vạn du khách leo núi lên đền.\n\n"
            "Đường lên đền dài gần 5 km, nhiều đoạn phải leo bậc đá.\n\n"
            "Giữa lưng chừng núi, một ông cụ bán nước ngồi dưới gốc cây.\n\n"
            "\"Năm nay khách lên đông lắm\", ông nói.")
    assert primary(text, 5) != ("Vũ Văn Lâm", "person")


def test_a_given_name_that_is_also_in_a_place_named_later_stays_a_name():
    lex = lexicon.get("vi")
    assert names_in("anh Hà, sinh viên Hà Nội", lex) == [("Hà", "anh", "m")]


def test_a_statement_paragraph_after_a_lead_in_with_its_subject_stays_credited():
    text = ("Dịch sốt xuất huyết tăng mạnh ở Hà Nam\n\n"
            "Ông Trần Văn Khoa, Giám đốc Sở Y tế, nhận định về tình hình dịch:\n\n"
            "Số ca mắc tuần qua tăng gấp đôi so với cùng kỳ, tập trung ở các phường nội thành.")
    assert primary(text, 2) == ("Trần Văn Khoa", "person")


def test_a_line_about_someone_else_between_question_and_answer_breaks_the_answer():
    text = ("Ông Nguyễn Văn Tám vá xe đạp ở đầu ngõ Hàng Chiếu đã 35 năm.\n\n"
            "Tôi hỏi ông Tám có định nghỉ không.\n\n"
            "Anh Lê Minh Quân, khách quen, cười thay.\n\n"
            "– Ông ấy mà nghỉ thì cả phố này ai vá xe.")
    assert primary(text, 3) != ("Nguyễn Văn Tám", "person")


def test_a_dash_question_about_a_named_third_person_does_not_credit_them_with_the_answer():
    text = ("Ông Nguyễn Văn Tám vá xe đạp ở đầu ngõ Hàng Chiếu, con trai ông là anh Nguyễn Văn Hùng làm kỹ sư.\n\n"
            "– Anh Hùng có định nối nghiệp không ạ? – tôi hỏi.\n\n"
            "– Nó à? Nó làm kỹ sư, chẳng ai theo nghề này nữa.")
    assert primary(text, 2) != ("Nguyễn Văn Hùng", "person")


def test_a_doctor_the_speaker_quotes_inside_a_turn_keeps_the_credit():
    text = ("Cháy chợ Phú Lâm\n\n"
            "Bà Lê Thị Hoa, tiểu thương ở chợ, kể lại:\n\n"
            "– Tôi chạy ra thì lửa đã lan sang ba ki-ốt. Bác sĩ ở bệnh viện huyện cho biết cháu bé bị bỏng 30% cơ thể.")
    assert primary(text, 3) == ("Bác sĩ ở bệnh viện huyện", "anonymous")


def test_a_first_person_line_after_a_line_ending_with_a_semicolon_is_the_next_speaker():
    text = ("Họp tổ dân phố số 5\n\n"
            "Ông Trần Văn Lộc, tổ trưởng tổ dân phố số 5, nói:\n\n"
            "– Tôi đề nghị mỗi hộ đóng thêm 10.000 đồng mỗi tháng;\n\n"
            "– Tôi không đồng ý, nhà tôi đã đóng đủ rồi.")
    assert primary(text, 3) != ("Trần Văn Lộc", "person")


def test_a_part_of_the_exporters_is_not_set_against_the_provinces_total():
    text = ("Xuất khẩu gạo của Hậu Giang tăng mạnh.\n\n"
            "Ông Lê Minh Tâm cho biết trong quý I, các doanh nghiệp FDI trên địa bàn tỉnh đã xuất khẩu 95.000 tấn gạo.\n\n"
            "Tuy nhiên, theo báo cáo quý I của Cục Thống kê tỉnh Hậu Giang, lượng gạo xuất khẩu của tỉnh "
            "trong ba tháng đầu năm chỉ đạt 176.400 tấn.")
    assert not kinds_between(conflict_pairs(text), 1, 2)


def test_a_description_by_age_of_an_old_woman_called_ba_cu_is_hers():
    # "bà cụ" is how a story calls its own people, not an office held
    text = ("Bà cụ Lê Thị Xuân bán nước chè ở đầu cầu Long Biên đã 40 năm.\n\n"
            "Quán nhỏ của cụ chỉ có dăm chiếc ghế nhựa.\n\n"
            "\"Còn đi được thì còn bán\", người phụ nữ 82 tuổi nói.")
    assert primary(text, 2) == ("Lê Thị Xuân", "person")
