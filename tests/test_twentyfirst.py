"""Twenty-first session, attribution and sentence splitting. Sentences written for the project."""
from claimviews import first_source as primary

from claims.sentences import split_sentences


def _split(text):
    return [text[a:b] for a, b in split_sentences(text)]


def test_a_temperature_unit_ends_a_sentence_an_initial_does_not():
    text = ("Nhiệt độ cao nhất phổ biến 37-39 độ C, có nơi trên 40 độ C. Theo dự báo, nắng nóng còn kéo dài. "
            "Bà Lê Thị H. cho biết bà mệt.")
    assert _split(text) == ["Nhiệt độ cao nhất phổ biến 37-39 độ C, có nơi trên 40 độ C.",
                            "Theo dự báo, nắng nóng còn kéo dài.", "Bà Lê Thị H. cho biết bà mệt."]


def test_a_dialogue_lines_tag_stays_with_its_line():
    text = "– Lên xuồng lẹ lên mấy đứa, trễ giờ học bây giờ! – bà Sáu vừa giữ mái chèo vừa hối. Chiếc xuồng rời bến."
    assert _split(text) == ["– Lên xuồng lẹ lên mấy đứa, trễ giờ học bây giờ! – bà Sáu vừa giữ mái chèo vừa hối.",
                            "Chiếc xuồng rời bến."]


def test_a_reply_in_the_same_paragraph_is_its_own_line():
    # a capital after the dash opens the other speaker's reply, not a tag
    assert _split("– Anh về chưa? – Chưa, chiều mới về.") == ["– Anh về chưa?", "– Chưa, chiều mới về."]


def test_a_dialogue_line_is_credited_to_the_person_in_its_tag():
    text = ("Bà Nguyễn Thị Sáu đã chèo đò qua sông suốt mười lăm năm.\n\n"
            "– Lên xuồng lẹ lên mấy đứa, trễ giờ học bây giờ! – bà Sáu vừa giữ mái chèo vừa hối.")
    assert primary(text, 1) == ("Nguyễn Thị Sáu", "person")


def test_a_role_noun_before_a_full_name_is_that_person():
    # "điều dưỡng" (a nurse) is a person's role, not the noun "điều"
    text = ("Xe cứu thương vừa đưa một nạn nhân tai nạn giao thông vào khoa cấp cứu.\n\n"
            "– Mạch nhanh, huyết áp tụt! – điều dưỡng Phan Thị Thu nói dồn, tay vẫn giữ chặt băng gạc.")
    assert primary(text, 1) == ("Phan Thị Thu", "person")


def test_a_participial_opener_then_a_second_predicate():
    # "Tranh luận tại tòa," has no subject of its own; the representative's second verb reports
    text = ("Phiên tòa xét xử vụ lừa đảo kéo dài đến chiều.\n\n"
            "Tranh luận tại tòa, đại diện VKSND tỉnh Bình Định giữ nguyên quan điểm truy tố, khẳng định các chứng cứ "
            "đủ cơ sở buộc tội.")
    assert primary(text, 1) == ("VKSND tỉnh Bình Định", "organization")


def test_an_inspectorate_is_a_body():
    text = ("Dự án chậm tiến độ hơn hai năm.\n\n"
            "Thanh tra Bộ Xây dựng vừa ban hành kết luận, xác định chủ đầu tư đã vi phạm quy định về đấu thầu.")
    assert primary(text, 1) == ("Thanh tra Bộ Xây dựng", "organization")


def test_still_between_a_notice_and_its_cue():
    text = ("Nhiều nhà đầu tư không rút được tiền suốt hai tuần.\n\n"
            "Trên trang web của công ty, một thông báo vẫn khẳng định hệ thống đang được nâng cấp.")
    assert primary(text, 1) == ("thông báo", "document")


def test_a_name_after_a_place_closes_a_list_of_places():
    text = ("Mùa khô năm nay đến sớm.\n\n"
            "Nhiều hộ dân tại các khu chung cư cũ ở Hòa Khánh, Thanh Khê phản ánh nước sinh hoạt bị đục.")
    assert primary(text, 1) == ("Nhiều hộ dân tại các khu chung cư cũ ở Hòa Khánh, Thanh Khê", "anonymous")


def test_a_place_opener_still_sets_the_scene_for_a_speaker():
    text = ("Mùa khô năm nay đến sớm.\n\n"
            "Ở huyện Mỹ Tú, Lê Văn Nam kể rằng lúa nhà anh đã bị ngập mặn một nửa.")
    assert primary(text, 1) == ("Lê Văn Nam", "person")


def test_a_cue_joined_by_and_shares_the_first_verbs_subject():
    text = ("Nhiều sai phạm được phát hiện tại dự án.\n\n"
            "Bộ Công an đã vào cuộc điều tra và khẳng định sẽ xử lý nghiêm các sai phạm.")
    assert primary(text, 1) == ("Bộ Công an", "organization")


def test_a_verb_joined_by_and_to_a_relative_clause_reports_nothing():
    # who posted the clip is the man who filmed it, not the police
    text = ("Một đoạn clip ghi cảnh đánh nhau lan truyền trên mạng.\n\n"
            "Công an xã Hòa Phong đã vào cuộc xác minh người quay và đăng tải đoạn video.")
    assert primary(text, 1) is None


def test_the_representative_of_a_consortium_is_the_consortium():
    text = ("Tuyến đường sắt đô thị lại lỡ hẹn chạy thử.\n\n"
            "Tuy nhiên, đại diện liên danh Công ty Cổ phần Xây dựng Hòa Bình và Công ty Tín hiệu Phương Nam, "
            "nhà thầu gói thiết bị, cho rằng nguyên nhân nằm ở mặt bằng.\n\n"
            "“Chúng tôi chỉ nhận mặt bằng vào tháng 6”, vị đại diện nói.")
    first = primary(text, 1)
    assert first is not None and first[1] == "organization" and first[0].startswith("liên danh")
    assert primary(text, 2) == first


def test_figures_of_this_department_are_the_department_named_before():
    text = ("Dịch sốt xuất huyết tăng nhanh ở các tỉnh phía Bắc.\n\n"
            "Cục Y tế dự phòng (Bộ Y tế) nhận định đỉnh dịch có thể rơi vào tháng 10.\n\n"
            "Cả nước từ đầu năm ghi nhận khoảng 61.000 ca mắc, theo số liệu của cục này.")
    got = primary(text, 2)
    assert got is not None and got[0].endswith("Cục Y tế dự phòng")


def test_a_paper_named_with_and_keeps_its_whole_name():
    text = ("Bệnh viện quá tải vì sốt xuất huyết.\n\n"
            "Theo báo Sức khỏe và Đời sống, Giám đốc bệnh viện Trần Văn Khoa cho biết đã kê thêm 40 giường.\n\n"
            "Cũng theo tờ báo này, bệnh viện đang điều trị 95 bệnh nhân.")
    assert primary(text, 2) == ("Sức khỏe và Đời sống", "media")


def test_there_are_parents_who_say():
    # existential "Có" before any head the tables call unnamed people
    text = "Chuyện ở trường.\n\nCó phụ huynh phản ánh con bị phạt đứng ngoài nắng."
    assert primary(text, 1) == ("Có phụ huynh", "anonymous")


def test_publishing_a_finding_on_a_topic_says_nothing_yet():
    text = ("Dự án bị chậm hơn ba năm.\n\n"
            "Sở Xây dựng đã công bố kết luận thanh tra về dự án khu dân cư Tân An.\n\n"
            "Sở Xây dựng công bố kết quả kiểm tra: cả 12 hạng mục đều đạt yêu cầu.")
    assert primary(text, 1) is None
    assert primary(text, 2) == ("Sở Xây dựng", "organization")


def test_a_nickname_the_article_gives_is_the_same_person():
    text = ("Sáu giờ sáng, ông Lê Văn Tám, người trong xóm quen gọi “ông Hai Tám”, đã ngồi vá lưới dưới gầm tàu.\n\n"
            "– Đêm đó sóng đánh vô dữ lắm. – ông Hai chỉ tay về phía đầu kè.\n\n"
            "Theo ông Hai, cả xóm mất gần chục chiếc ghe sau trận bão.")
    assert primary(text, 1) == ("Lê Văn Tám", "person")
    assert primary(text, 2) == ("Lê Văn Tám", "person")


def test_an_elder_spoken_of_again_is_the_elder_named_before():
    text = ("Trong căn nhà cuối xóm, ông Phan Văn Lộc, 80 tuổi, ngồi bên khung cửi cũ.\n\n"
            "– Cái khung này cha tui để lại, ngót 60 năm rồi. – ông cụ nói mà không ngẩng lên.")
    assert primary(text, 1) == ("Phan Văn Lộc", "person")


def test_an_elder_woman_is_she_later():
    # "Cụ" says no gender; her name does, and "bà" points back to her, not to a "bà" named before
    text = ("Bà Trần Thị Hoa, chủ một xưởng may, cho biết xưởng đã chuyển sang làm ca đêm.\n\n"
            "Cụ Nguyễn Thị Lành, 78 tuổi, kể đêm qua cả nhà phải trải chiếu ra hành lang ngủ.\n\n"
            "Theo bà, đây là đợt nóng khó chịu nhất trong nhiều năm.")
    assert primary(text, 2) == ("Nguyễn Thị Lành", "person")


def test_a_pupil_spoken_of_after_an_unnamed_student():
    text = ("Một nữ sinh ngành Logistics, xin giấu tên, kể em được cộng 2 điểm nhờ tham gia trại hè.\n\n"
            "“Giờ đi học mà lúc nào cũng sợ bị gọi lên”, em nói.")
    assert primary(text, 1) == ("Một nữ sinh ngành Logistics", "anonymous")


def test_a_report_of_a_body_with_a_long_listed_name():
    text = ("Lũ quét tràn qua ba xã vùng cao.\n\n"
            "Theo báo cáo cập nhật lúc 16h ngày 15/8 của Ban Chỉ huy Phòng chống thiên tai, Tìm kiếm cứu nạn và Phòng thủ "
            "dân sự tỉnh, trận lũ đã làm 27 nhà bị cuốn trôi.")
    got = primary(text, 1)
    assert got is not None and got[1] == "document" and got[0].endswith("Phòng thủ dân sự tỉnh")


def test_a_dialogue_turn_of_two_sentences_takes_its_tags_speaker():
    text = ("Thầy giáo Lê Văn Bình đã dạy ở điểm trường này chín năm.\n\n"
            "– Đi nhanh thì ba tiếng, trời mưa thì năm tiếng. Hôm nào trượt chân thì không tính được – thầy cười, "
            "chìa cho tôi cây gậy.")
    assert primary(text, 1) == ("Lê Văn Bình", "person")
    assert primary(text, 2) == ("Lê Văn Bình", "person")


def test_a_tag_with_a_full_name_after_the_dash():
    text = ("Buổi học bắt đầu từ sáu giờ sáng.\n\n"
            "– Con thích thầy vì thầy cho con mượn sách – Hờ Thị Mai, 9 tuổi, lí nhí.")
    assert primary(text, 1) == ("Hờ Thị Mai", "person")


def test_the_next_speakers_turn_is_not_the_tags():
    # a sentence opening with its own dash is another turn: the tag after it names its speaker only
    text = ("Chị Lê Thị Thu quét rác trên đường Lý Tự Trọng đã mười năm.\n\n"
            "– Chị có sợ không?\n\n"
            "– Sợ nhất là xe chạy ẩu – chị nói, tay vẫn không ngừng quét.")
    assert primary(text, 2) == ("Lê Thị Thu", "person")
    assert primary(text, 1) is None


def test_a_groups_letter_ends_a_sentence():
    text = "Các trận đấu diễn ra tại giải hạng Nhì, bảng B. Trong số bị can có 5 cầu thủ. Bị cáo H. khai nhận."
    assert _split(text) == ["Các trận đấu diễn ra tại giải hạng Nhì, bảng B.", "Trong số bị can có 5 cầu thủ.",
                            "Bị cáo H. khai nhận."]


def test_an_office_said_after_a_clause_is_the_official_named_before_others():
    # "vị chỉ huy công an quận" is the police officer named four sentences back, past the suspect
    # named since; the clause before the comma says what, not who
    text = ("Trao đổi với phóng viên, Thượng tá Lê Văn Hưng, Phó trưởng Công an quận Tân Bình, xác nhận đã mời "
            "người đàn ông lên làm việc.\n\n"
            "Người này là Trần Quốc T. (29 tuổi), theo Thượng tá Hưng.\n\n"
            "Bước đầu, T. khai nhận đã uống rượu trước khi gọi xe.\n\n"
            "Tuy nhiên, T. cũng khai rằng tài xế đã chửi trước.\n\n"
            "Lời khai này không khớp với dữ liệu hành trình do công ty cung cấp, vị chỉ huy công an quận nói.")
    assert primary(text, 4) == ("Lê Văn Hưng", "person")
