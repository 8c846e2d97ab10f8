"""Twenty-third session, attribution. Sentences written for the project."""
from claims.analyze import analyze_text
from claims.clean import clean_text
from claimviews import first_source as primary


def _sentence(text, k):
    (rep,) = analyze_text(text)
    return rep.sentences[k]


def test_a_school_named_after_a_person_is_the_school():
    # "Trường THPT Chu Văn An": the level's acronym, then the name the school was given
    text = ("Nhiều phụ huynh phản ánh khoản thu quỹ lớp quá cao.\n\n"
            "Trường THPT Chu Văn An thừa nhận có sai sót trong khâu thu phí.\n\n"
            "Hiệu trưởng Trường THCS Nguyễn Du Lê Thị Mai cho biết nhà trường sẽ hoàn tiền.")
    assert primary(text, 1) == ("Trường THPT Chu Văn An", "organization")
    assert primary(text, 2) == ("Lê Thị Mai", "person")


def test_a_body_whose_name_holds_verbs_of_its_work():
    # "đầu tư xây dựng" names what the board does; it is no clause before the cue
    text = ("Tuyến đường ven biển chậm tiến độ gần một năm.\n\n"
            "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Bình Phước khẳng định "
            "tiến độ vẫn bảo đảm.")
    assert primary(text, 1) == (
        "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Bình Phước", "organization")


def test_a_generic_name_of_a_body_is_the_body_named_in_full_before():
    text = ("Cơ quan Cảnh sát điều tra Công an tỉnh Gia Lai đã khởi tố 4 bị can.\n\n"
            "Cơ quan điều tra xác định nhóm này đã lừa hơn 300 người.\n\n"
            "Phòng khám đa khoa Hồng Phúc bị phạt 60 triệu đồng.\n\n"
            "Trên trang cá nhân, phòng khám từng khẳng định liệu pháp này an toàn tuyệt đối.\n\n"
            "UBND xã Ea Kly đã cử cán bộ đến hiện trường.\n\n"
            "Xã cho biết chưa nhận được báo cáo nào từ thôn.")
    assert primary(text, 1) == ("Cơ quan Cảnh sát điều tra Công an tỉnh Gia Lai", "organization")
    assert primary(text, 3) == ("Phòng khám đa khoa Hồng Phúc", "organization")
    assert primary(text, 5) == ("UBND xã Ea Kly", "organization")


def test_a_place_word_inside_another_body_is_not_that_commune():
    # "xã" inside the health station's name is where the station is; the commune's own body is
    # the people's committee, never named here: the mention stays as written
    text = ("Trạm Y tế xã Ea Kly đã hết thuốc từ tuần trước.\n\n"
            "Xã cho biết đang chờ huyện cấp thêm thuốc.")
    assert primary(text, 1) == ("Xã", "organization")


def test_a_social_media_account_named_like_a_person():
    text = ("Bài đăng kêu gọi quyên góp thu hút hàng nghìn lượt bình luận.\n\n"
            "Một tài khoản tên Thu Trang bình luận: “Tôi gửi 2 triệu mà không thấy tên trong sao kê”.\n\n"
            "Tài khoản TikTok “Bếp nhà Bống” thì cho rằng mọi khoản chi đều minh bạch.")
    assert primary(text, 1) == ("Thu Trang", "person")
    assert primary(text, 2)[1] == "anonymous"


def test_a_gesture_then_speech_has_the_pronoun_as_subject():
    text = ("Ông Nguyễn Văn Bảy đã chèo đò trên sông Trẹm hơn 40 năm.\n\n"
            "Ông rít một hơi thuốc, mắt nhìn ra giữa dòng, chậm rãi kể:\n\n"
            "— Có năm nước lớn, gió chướng thổi dữ lắm.")
    assert primary(text, 1) == ("Nguyễn Văn Bảy", "person")
    line = _sentence(text, 2)
    assert line.primary is not None and line.primary.source == "Nguyễn Văn Bảy"
    assert line.primary.quote == "direct"


def test_a_dash_line_and_its_tag_are_direct_speech():
    text = ("Bà Trần Thị Hoa bán bún ở đầu ngõ đã ba mươi năm.\n\n"
            "– Nồi nước dùng phải trong mà ngọt – bà Hoa nói, tay vẫn khuấy nồi.")
    line = _sentence(text, 1)
    assert line.primary is not None and line.primary.source == "Trần Thị Hoa"
    assert line.primary.quote == "direct"


def test_a_headline_with_a_quote_at_its_end_is_a_headline():
    (article,) = clean_text("Sạt lở đe dọa 20 hộ dân, Chủ tịch xã: “Chúng tôi đã di dời người dân”\n\n"
                            "Sáng 5/8, ông Lò Văn Phong, Chủ tịch UBND xã Nà Hỳ, cho biết xã đã lập tổ công tác.")
    assert article.units[0].kind == "headline"
    assert article.units[1].kind == "body"


def test_a_headline_title_and_body_after_a_comma_are_named_in_the_body():
    text = ("Sạt lở đe dọa 20 hộ dân, Chủ tịch xã: “Chúng tôi đã di dời người dân”\n\n"
            "Mưa lớn kéo dài nhiều ngày khiến đồi sau bản nứt toác.\n\n"
            "Người dân đã được đưa đến nhà văn hóa bản.\n\n"
            "Sáng 5/8, ông Lò Văn Phong, Chủ tịch UBND xã Nà Hỳ, cho biết xã đã lập tổ công tác.")
    assert primary(text, 0) == ("Lò Văn Phong", "person")
    text = ("Tài xế cãi nhau với CSGT, Công an huyện: “Cán bộ làm đúng quy trình”\n\n"
            "Chiều 15/10, đại diện Công an huyện Tân Hòa cho biết đã làm việc với các bên liên quan.")
    assert primary(text, 0) == ("Công an huyện Tân Hòa", "organization")


def test_this_representative_is_the_body_the_representative_spoke_for():
    text = ("Đại diện Công an tỉnh Kon Tum cho biết vụ việc đang được xác minh.\n\n"
            "Vị đại diện này cho biết chưa có kết luận về hành vi chiếm đoạt.")
    assert primary(text, 1) == ("Công an tỉnh Kon Tum", "organization")


def test_a_vendor_described_by_what_she_does_is_not_a_pronoun():
    # right before the cue, "Chị bán rau ..." describes someone; only a gesture set off by a comma
    # leaves the pronoun as the subject
    text = ("Bà Phạm Thị Hạnh, Giám đốc Sở Công Thương, cho biết giá rau tăng mạnh.\n\n"
            "Chị bán hoa quả ở chợ Cồn cho biết mỗi ngày chỉ bán được nửa sạp.")
    assert primary(text, 1) != ("Phạm Thị Hạnh", "person")


def test_a_place_after_a_verb_of_motion_is_no_name_for_the_title():
    text = ("Cụ Lê Thị Nở năm nay 85 tuổi, bán xôi ở đầu ngõ.\n\n"
            "Cụ kể, năm 1960, cụ quẩy gánh từ Thường Tín lên phố, ngồi bán ngay đầu ngõ này.")
    assert primary(text, 1) == ("Lê Thị Nở", "person")


def test_a_piece_an_outlet_published_credits_the_outlet():
    text = ("Lớp học miễn phí mở từ năm 2018.\n\n"
            "Theo một bài viết trên báo Tuổi Trẻ năm 2021, khi đó lớp đã có 25 em.")
    assert primary(text, 1) == ("Tuổi Trẻ", "media")


def test_this_dispatch_is_the_numbered_one_named_before():
    # "Công văn 2714": a paper named by its capitalised head and its number, no "số"
    text = ("Về giải ngân, báo cáo của ban quản lý gửi HĐND tỉnh ghi số vốn đã giải ngân là 830 tỷ đồng.\n\n"
            "Ngày 5/5, Bộ Công Thương ban hành Công văn 2714 gửi các tập đoàn điện lực.\n\n"
            "Công văn này nêu rõ nguy cơ thiếu điện vào các giờ cao điểm.")
    assert primary(text, 2) == ("Công văn 2714", "document")
