"""Twenty-first session: what a helper's review of the session's change found, each mended.
Sentences written for the project."""
from claimviews import conflict_pairs, first_source as primary

from claims.analyze import analyze_text
from claims.sentences import split_sentences


def test_a_tag_without_a_verb_at_a_paragraphs_end_does_not_crash():
    text = "Chuyện bến đò\n\nBà Nguyễn Thị Tư chèo đò đã ba mươi năm.\n\n– Lên đò lẹ đi mấy đứa – bà Tư\n\nChiếc đò rời bến."
    (rep,) = analyze_text(text)
    assert len(rep.sentences) == 4


def test_a_cue_joined_by_and_keeps_the_whole_name_of_its_subject():
    text = ("Công ty Thép Việt cho biết đã nhận được phản ánh của khách hàng từ tuần trước.\n\n"
            "Công ty Hòa Phát đã thu hồi lô hàng và khẳng định sản phẩm không có lỗi kỹ thuật.")
    assert primary(text, 1) in (None, ("Công ty Hòa Phát", "organization"))


def test_two_bodies_whose_names_share_a_start_still_contradict():
    text = ("Tin biển Đông\n\nBộ Ngoại giao khẳng định vụ tàu cá bị đâm là hành động cố ý của tàu nước ngoài.\n\n"
            "Bộ Ngoại giao Trung Quốc khẳng định vụ va chạm chỉ là một tai nạn.")
    assert any(kind == "contradiction" for kind, *_ in conflict_pairs(text))


def test_a_report_published_with_its_finding_after_a_comma_credits_the_body():
    text = "Dịch sởi\n\nBộ Y tế vừa công bố báo cáo về tình hình dịch sởi, theo đó số ca mắc tăng gấp ba."
    assert primary(text, 1) == ("Bộ Y tế", "organization")


def test_an_aside_between_dashes_is_no_speakers_tag():
    text = ("Ông Trần Văn Long, giám đốc công ty thủy sản, trả lời phỏng vấn về đơn hàng.\n\n"
            "– Chúng tôi đã làm việc lại với khách hàng – cụ thể là các nhà nhập khẩu Mỹ – để giãn tiến độ.\n\n"
            "Tại tòa, ông Lê Văn Hùng, giám đốc công ty, khai không biết việc ký khống hóa đơn.\n\n"
            "- Bị cáo Phạm Văn Quý – giám đốc công ty – bị đề nghị từ 12 đến 13 năm tù.")
    assert primary(text, 1) in (None, ("Trần Văn Long", "person"))
    assert primary(text, 3) is None


def test_narration_after_a_tagged_line_is_the_reporters():
    text = ("Thầy Lò Văn Pản dạy học ở điểm trường Sà Phìn đã tám năm.\n\n"
            "– Ngày mai con lại đến lớp – Vàng Thị Dua, 8 tuổi, nói nhỏ. Cô bé cúi đầu đi về phía bản.")
    assert primary(text, 1) == ("Vàng Thị Dua", "person")
    assert primary(text, 2) is None


def test_an_old_man_is_no_young_official_named_before():
    text = ("Anh Trần Văn Tú, 28 tuổi, cán bộ văn hóa xã, cho biết bến đò sắp được thay bằng cầu.\n\n"
            "Một cụ già ngồi vá lưới bên gốc đa.\n\n"
            "“Tui chèo đò ở đây từ hồi còn trẻ”, ông cụ nói.")
    got = primary(text, 2)
    assert got is None or got[0] != "Trần Văn Tú"


def test_a_pupil_is_no_headmaster():
    text = ("Thầy Nguyễn Văn Nam, hiệu trưởng nhà trường, cho biết năm nay trường có thêm 40 học sinh mới.\n\n"
            "Cậu học trò nhỏ ngồi bàn đầu giơ tay phát biểu.\n\n"
            "“Lớn lên con muốn làm bác sĩ”, em nói.")
    got = primary(text, 2)
    assert got is None or got[0] != "Nguyễn Văn Nam"


def test_a_man_named_since_the_nickname_keeps_his_own_name():
    text = ("Ông Võ Văn Thạnh, người trong làng quen gọi “ông Bảy Thạnh”, năm nay đã ngoài 70 tuổi.\n\n"
            "Ông Thạnh cho biết nghề biển ngày càng khó khăn.\n\n"
            "Trưởng ấp Nguyễn Văn Bảy cho biết cả ấp có 40 ghe bị sóng đánh chìm.\n\n"
            "Theo ông Bảy, ấp cần thêm kinh phí để sửa kè.")
    assert primary(text, 3) == ("Nguyễn Văn Bảy", "person")


def test_a_name_read_by_its_middle_name_has_that_sex():
    text = "Lũ về\n\nHờ Thị Mai, 30 tuổi, cho biết nước lũ lên rất nhanh.\n\nAnh cho biết cả bản phải sơ tán trong đêm."
    got = primary(text, 2)
    assert got is None or got[0] != "Hờ Thị Mai"


def test_a_negative_temperature_ends_a_sentence():
    text = "Nhiệt độ xuống -2 độ C. Người dân đốt lửa sưởi."
    assert len(split_sentences(text)) == 2


def test_an_em_dash_dialogue_line_keeps_its_tag():
    text = "— Lên lẹ đi mấy đứa! — bà Tư hối. Chiếc đò rời bến."
    assert len(split_sentences(text)) == 2


def test_many_initials_and_a_long_dash_paragraph_are_read_whole():
    initials = "Ông Nguyễn Văn A. cho biết đã nộp đơn. " * 3000
    assert len(split_sentences(initials)) == 3000
    dialogue = "– Mở đầu câu chuyện. " + " ".join(f"Chuyện số {i} – nói thật là – chẳng ai ngờ tới." for i in range(120))
    (rep,) = analyze_text("Tin\n\n" + dialogue, "a.txt", use_nlp=False)
    assert len(rep.sentences) > 100  # (the time it takes is measured in bench/, not here)
