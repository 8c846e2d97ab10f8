"""Fresh-eyes round 28 (seventeenth session), attribution: an interview whose lead says its
subject gives it ("chị dành cho phóng viên cuộc trò chuyện") and whose headline gives her the
floor; a headline "Title Full Name: 'quote'" in single quotes; a rumour lead with a time set off
or on a question line; a manner verb between a quote's speaker and the cue; "Đại diện công ty
này". Sentences written for the project."""
from claimviews import first_source as primary, sentence_attributions


INTERVIEW = ("Kiến trúc sư Lê Minh Thư: 'Nhà phố không cần phải tối'\n\n"
             "Sau ba năm ở Đà Lạt, Lê Minh Thư trở lại TP.HCM với dự án cải tạo 20 căn nhà phố cũ. "
             "Cộng sự lâu năm của chị là kỹ sư Trần Thu Vân.\n\n"
             "Trước lễ khánh thành, chị dành cho phóng viên cuộc trò chuyện về dự án.\n\n"
             "* Vì sao chị chọn nhà phố cũ thay vì xây mới?\n\n"
             "- Nhà phố cũ có giếng trời, có mái ngói, chỉ cần mở lại là sáng. Xây mới tốn gấp ba lần.\n\n"
             "* Chi phí mỗi căn là bao nhiêu?\n\n"
             "- Trung bình 600 triệu đồng. Có căn chỉ hết 350 triệu.")


def test_an_interview_the_lead_says_its_subject_gives():
    speakers = [t[0][0] if t else None for t in sentence_attributions(INTERVIEW)]
    # the headline, then the two answers' four sentences (not the colleague named last)
    assert speakers[0] == "Lê Minh Thư"
    assert [i for i, s in enumerate(speakers) if s == "Lê Minh Thư" and i > 4] == [5, 6, 8, 9]
    assert "Trần Thu Vân" not in speakers


def test_a_headline_names_its_speaker_before_single_quotes():
    assert primary("Nhạc sĩ Đỗ Hoài Nam: 'Tôi chưa bao giờ bán bản quyền bài hát này'", 0) == ("Đỗ Hoài Nam", "person")
    assert primary("Lũ quét ở Mường Lát: 'Nước lên nhanh như chưa từng thấy'", 0) is None


def test_a_rumour_lead_with_a_time_set_off():
    assert primary("Trên mạng xã hội, từ tối qua lan truyền thông tin hai học sinh bị bắt cóc.", 0)[1] == "anonymous"


def test_a_manner_verb_between_the_speaker_and_the_cue():
    text = ("Một phụ huynh có con học lớp 4A kể con chị bị nôn từ trưa. "
            "\"Nhà trường báo muộn quá\", người mẹ này bức xúc nói.")
    assert primary(text, 1) == ("Một phụ huynh có con học lớp 4A", "anonymous")


def test_a_representative_of_the_firm_named_before():
    text = ("Suất ăn do Công ty TNHH Thực phẩm Bình An cung cấp. "
            "Đại diện công ty này khẳng định thực phẩm được nấu trong ngày.")
    assert primary(text, 1) == ("Công ty TNHH Thực phẩm Bình An", "organization")


def test_a_lawyer_named_by_a_given_name_that_is_also_a_country():
    text = ("Luật sư Trần Văn Đức (Đoàn Luật sư TP Hà Nội), người bào chữa cho bị cáo, cho rằng thân chủ không cầm đầu. "
            "Theo luật sư Đức, bị cáo chỉ được thuê quản trị máy chủ.")
    assert primary(text, 0) == ("Trần Văn Đức", "person")
    assert primary(text, 1) == ("Trần Văn Đức", "person")  # not "Hà Nội" read as a lawyer's name


def test_an_outlet_called_by_its_country():
    text = ("Theo Reuters, hai bên đã họp ba vòng. Kyodo cho biết Tokyo muốn kéo dài đàm phán. "
            "Cũng theo hãng tin Anh, Tokyo lo ngại một điều khoản về khai thác chung.")
    assert primary(text, 2) == ("Reuters", "media")


def test_a_place_closing_a_bodys_name_after_a_word_read_as_a_verb():
    text = "Trung tâm Xúc tiến du lịch Quảng Bình cho biết lượng khách tháng 7 tăng 12%."
    assert primary(text, 0) == ("Trung tâm Xúc tiến du lịch Quảng Bình", "organization")


def test_salinity_per_mille_is_a_figure():
    from claims import numbers
    assert [(f.text, f.unit) for f in numbers.extract("Độ mặn tại trạm Hòa Bình đạt 12,5‰, cao hơn 1,5‰ so với cùng kỳ.")] \
        == [("12,5‰", "‰"), ("1,5‰", "‰")]
