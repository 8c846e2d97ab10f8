"""Twenty-sixth session, attribution. Sentences written for the project."""
from claims import lexicon
from claims.attribution.names import names_in
from claimviews import first_source as primary


def test_a_surname_inside_a_countrys_name_names_no_one():
    # "Bồ Đào Nha" holds the surname Đào, "châu Âu" the surname Âu
    lex = lexicon.get("vi")
    assert names_in("Ủy ban Bầu cử Quốc gia Bồ Đào Nha", lex) == []
    assert names_in("Người phát ngôn Ủy ban châu Âu", lex) == []
    assert names_in("chị Nga", lex) == [("Nga", "chị", "f")]  # a name that is the whole of a country's stays
    assert names_in("ông Đào Văn Nam", lex) == [("Đào Văn Nam", "ông", "m")]


def test_a_body_named_after_a_country_speaks_as_the_body():
    text = ("Bầu cử quốc hội ở Bồ Đào Nha\n\n"
            "Ủy ban Bầu cử Quốc gia Bồ Đào Nha sáng 3/3 công bố kết quả sơ bộ, đảng cầm quyền dẫn đầu với 31%.\n\n"
            "Người phát ngôn Ủy ban châu Âu cho biết Brussels sẵn sàng làm việc với chính phủ mới.")
    assert primary(text, 1) == ("Ủy ban Bầu cử Quốc gia Bồ Đào Nha", "organization")
    assert primary(text, 2) == ("Ủy ban châu Âu", "organization")


def test_a_description_by_age_points_back_to_the_one_man_named_just_before():
    # no age was given with his name: "người thầy 38 tuổi" is still the teacher the story is about
    text = ("Thầy giáo chở học trò qua suối\n\n"
            "Đã 7 năm nay, thầy Lò Văn Khải dậy từ sớm để chở học trò qua suối Nậm Mu.\n\n"
            "Điểm trường nơi thầy Khải dạy nằm bên kia suối, cách bản gần hai cây số.\n\n"
            "\"Năm nào nước cũng lên rất nhanh\", người thầy 38 tuổi nói.")
    assert primary(text, 3) == ("Lò Văn Khải", "person")


def test_a_description_by_another_age_than_the_one_given_is_someone_else():
    text = ("Ông Đinh Văn Lộc, 62 tuổi, làm nghề chèo đò trên sông Đà.\n\n"
            "Mỗi ngày ông chở chừng 30 lượt khách qua sông.\n\n"
            "Người đàn ông 45 tuổi ngồi cạnh cho biết giá vé đã tăng gấp đôi.")
    assert primary(text, 2) != ("Đinh Văn Lộc", "person")


def test_a_description_by_origin_is_the_man_the_sentence_before_introduced():
    # three men are named within reach; the one introduced just before is meant
    text = ("Anh Lý Văn Hòa, tình nguyện viên ở bếp, cho biết mỗi ngày bếp phát 300 suất cơm.\n\n"
            "Theo ông Tám Đức, chủ bếp, tiền gạo chủ yếu do người trong xóm góp.\n\n"
            "Ông Thạch Sang, 58 tuổi, chạy thận ở bệnh viện đã bốn năm.\n\n"
            "\"Có bữa cơm này tui đỡ được nhiều lắm\", người đàn ông gốc Khmer nói.")
    assert primary(text, 3) == ("Thạch Sang", "person")


def test_an_origin_after_a_title_is_no_name():
    lex = lexicon.get("vi")
    assert names_in("người đàn ông gốc Khmer", lex) == []


def test_a_pronoun_the_narration_kept_using_still_means_the_man_last_named():
    # he was named four sentences back; the narration kept calling him "ông" since
    text = ("Anh Trần Minh Đức, khách quen, nói ông Phạm Văn Sáu sửa được cả những chiếc đồng hồ cũ nhất.\n\n"
            "Ông Sáu ngồi ở góc chợ Hàng Da đã 40 năm.\n\n"
            "Ông có hai người con, đều đã lập gia đình ở xa.\n\n"
            "Trưa, ông ăn bát cơm mang theo rồi ngả lưng trên chiếc ghế gỗ.\n\n"
            "Chị Lê Thị Hằng, con gái ông, muốn đón ông về ở cùng.\n\n"
            "\"Còn người đeo đồng hồ thì còn người sửa\", ông nói.")
    assert primary(text, 5) == ("Phạm Văn Sáu", "person")


def test_a_pronoun_with_no_one_of_its_kind_named_before_stays_unresolved():
    text = ("Chị Lê Thị Hằng bán hàng ở chợ Hàng Da đã 20 năm.\n\n"
            "Chị có hai người con, đều đã đi học xa.\n\n"
            "\"Chợ giờ vắng lắm\", ông nói.")
    assert primary(text, 2) != ("Lê Thị Hằng", "person")


def test_the_answer_to_the_reporters_dash_question_is_the_one_it_addresses():
    text = ("Ông Nguyễn Văn Tám vá xe đạp ở đầu ngõ Hàng Chiếu đã 35 năm.\n\n"
            "Khách quen của ông phần lớn là người già đi chợ.\n\n"
            "– Ông không định nghỉ ạ? – tôi hỏi.\n\n"
            "– Nghỉ thì ngồi nhà làm gì? Tay còn khỏe thì tôi còn ngồi đây.")
    assert primary(text, 3) == ("Nguyễn Văn Tám", "person")


def test_the_answer_after_what_the_one_asked_did_is_still_theirs():
    text = ("Bà Trần Thị Mến nấu cơm miễn phí cho người bệnh đã 10 năm.\n\n"
            "Tôi hỏi bà Mến chừng nào bà tính nghỉ.\n\n"
            "Bà nhìn ra cổng bệnh viện, cười hiền.\n\n"
            "– Còn đứng được thì còn nấu.")
    assert primary(text, 3) == ("Trần Thị Mến", "person")


def test_a_dash_line_after_the_reporters_narration_is_not_an_answer():
    # the line between is the reporter's own narration, not what the one asked did
    text = ("Bà Trần Thị Mến nấu cơm miễn phí cho người bệnh đã 10 năm.\n\n"
            "Tôi hỏi bà Mến chừng nào bà tính nghỉ.\n\n"
            "Trời đã xế trưa, hàng người xếp hàng lấy cơm vẫn dài.\n\n"
            "– Cho con xin hai suất, một người bệnh nhân nói.")
    assert primary(text, 3) != ("Trần Thị Mến", "person")


def test_a_persons_list_joined_by_semicolons_is_all_theirs():
    text = ("Ông Hà Văn Lợi, Chủ tịch UBND xã Mường Lạn, cho biết mưa lớn gây thiệt hại ở nhiều bản:\n"
            "- 3 nhà dân ở bản Phiêng bị tốc mái;\n"
            "- khoảng 4 ha ngô bị ngập;\n"
            "- đường vào bản Huổi Lếch bị sạt, xe máy không đi được.\n"
            "Trung tâm Khí tượng thủy văn tỉnh Sơn La cảnh báo mưa còn kéo dài.")
    for k in (1, 2, 3):
        assert primary(text, k) == ("Hà Văn Lợi", "person")


def test_dash_lines_after_a_persons_lead_in_with_no_semicolons_are_not_one_list():
    # the second dash line answers the first: the next speaker's turn, not an item
    text = ("Tôi hỏi bà Lê Thị Sen còn bán hàng ở chợ này bao lâu nữa.\n\n"
            "Bà Sen cười, nói:\n\n"
            "– Còn đi được thì còn bán.\n\n"
            "– Bà bán ở đây bao lâu rồi? – tôi hỏi tiếp.")
    assert primary(text, 3) != ("Lê Thị Sen", "person")


def test_a_credit_published_on_a_date_is_the_body_that_published_it():
    text = ("Lượng khách đến Ninh Bình dịp lễ\n\n"
            "Tuy nhiên, theo ước tính của Cục Thống kê tỉnh Ninh Bình công bố ngày 6/5, lượng khách chỉ khoảng 940.000 lượt.")
    assert primary(text, 1) == ("Cục Thống kê tỉnh Ninh Bình", "organization")


def test_the_state_audit_office_and_a_road_maintenance_station_are_bodies():
    text = ("Kiểm toán nhà nước vừa công bố báo cáo kiểm toán dự án đường cao tốc Bắc - Nam.\n\n"
            "Theo ước tính của Hạt Quản lý đường bộ số 2, khối lượng đất đá sạt xuống khoảng 8.000 m3.")
    assert primary(text, 0) == ("Kiểm toán nhà nước", "organization")
    assert primary(text, 1) == ("Hạt Quản lý đường bộ số 2", "organization")


def test_a_birth_order_name_before_a_given_name_is_the_one_person_named_so():
    text = ("Anh Lê Văn Bình là con út trong nhà, theo cha học nghề đóng ghe từ nhỏ.\n\n"
            "Út Bình cho biết xưởng giờ chủ yếu đóng ghe cho các hộ nuôi cá.")
    assert primary(text, 1) == ("Lê Văn Bình", "person")


def test_a_description_by_looks_is_the_man_the_story_is_about():
    text = ("Anh Trần Văn Bảy làm nghề đóng ghe đã 30 năm.\n\n"
            "Xưởng của anh nằm sát mép nước.\n\n"
            "Người đàn ông da đen nhẻm dừng tay, nói chậm rãi rằng nghề này cực lắm.")
    assert primary(text, 2) == ("Trần Văn Bảy", "person")


def test_a_description_by_looks_of_someone_brought_in_unnamed_is_not_the_man_named_before():
    text = ("Anh Trần Văn Bảy làm nghề đóng ghe đã 30 năm.\n\n"
            "Một người đàn ông da đen nhẻm ghé vào hỏi mua ghe.\n\n"
            "Người đàn ông da đen nhẻm nói rằng giá ghe năm nay tăng mạnh.")
    assert primary(text, 2) != ("Trần Văn Bảy", "person")


def test_someone_unnamed_the_speaker_tells_of_inside_a_turn_does_not_take_the_turn():
    text = ("Ông Nguyễn Văn Tám vá xe đạp ở đầu ngõ Hàng Chiếu đã 35 năm.\n\n"
            "– Ông không định nghỉ ạ? – tôi hỏi.\n\n"
            "– Nghỉ thì ngồi nhà làm gì? Con cháu bảo mãi rồi, nhưng tay còn khỏe thì tôi còn ngồi đây.")
    assert primary(text, 3) == ("Nguyễn Văn Tám", "person")


def test_someone_named_the_speaker_quotes_inside_a_turn_keeps_their_credit():
    text = ("Ông Nguyễn Văn Tám vá xe đạp ở đầu ngõ Hàng Chiếu đã 35 năm.\n\n"
            "– Ông không định nghỉ ạ? – tôi hỏi.\n\n"
            "– Nghỉ thì ngồi nhà làm gì? Chị Nguyễn Thị Hoa, con gái tôi, nói sẽ đón tôi về quê.")
    assert primary(text, 3) == ("Nguyễn Thị Hoa", "person")
