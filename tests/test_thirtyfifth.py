"""Thirty-fifth session, attribution: figures a body published "at a press conference" show what
it says, a body's head with its bracketed short form, a quarter's Roman numeral ending a sentence,
a people after "người" that names no one, someone named only as whose something is, and the tag of
a quote that opened sentences before. Sentences written for the project."""
from claims.analyze import analyze_text
from claimviews import first_source

CYBER = ("Bộ Công an họp báo về tội phạm mạng.\n\n"
         "Đại tá Lê Văn Tám, Phó Cục trưởng Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05), "
         "cho biết luật mới có hiệu lực từ tháng 7.\n\n"
         "Số liệu do Cục A05 công bố tại họp báo cho thấy trong năm qua đã xử lý 46 vụ.\n\n"
         "Theo Cục A05, phần lớn vụ việc liên quan đến mua bán dữ liệu.\n")


def test_figures_published_at_a_press_conference_speak_for_their_publisher():
    assert first_source(CYBER, 2) == ("Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05)", "organization")
    assert first_source("Số liệu do Sở Y tế công bố sáng nay cho thấy số ca mắc tăng 20%.", 0) == ("Sở Y tế", "organization")


def test_a_picture_handed_over_at_a_meeting_still_says_nothing():
    assert first_source("Ảnh do Viện Địa chất cung cấp tại hội nghị cho thấy vết nứt dài 30 m.", 0) is None


def test_a_head_with_its_bracketed_short_form_is_the_body_named_in_full():
    assert first_source(CYBER, 3) == ("Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05)", "organization")
    # (another body of that head is not it)
    text = ("Ông Lê Văn Tám, Phó Cục trưởng Cục Quản lý thị trường (QLTT), cho biết đã kiểm tra 40 cơ sở.\n\n"
            "Cục C03 cho biết đang điều tra đường dây buôn thuốc giả.\n")
    assert first_source(text, 1) == ("Cục C03", "organization")


def test_a_quarter_in_roman_numerals_ends_its_sentence():
    text = ("“Chúng tôi phấn đấu bàn giao mặt bằng trong quý I. Nếu đúng tiến độ, dự án giải ngân thêm "
            "600 tỷ đồng”, bà Hồ Thị Hà nói.")
    (rep,) = analyze_text(text)
    assert len(rep.sentences) == 2
    assert [s.primary.source for s in rep.sentences] == ["Hồ Thị Hà", "Hồ Thị Hà"]
    # a name's initial still ends no sentence
    (rep,) = analyze_text("Anh Lê Văn Đ. cho biết đã mất xe.")
    assert len(rep.sentences) == 1


PATROL = ("Đi sau anh là chị Vi Thị Hằng, 26 tuổi, nữ kiểm lâm viên trẻ nhất hạt.\n\n"
          "Hỏi có sợ không, cô gái người Thái bật cười rồi kể: “Lần đầu ngủ rừng, em thức trắng.\n\n"
          "Giờ quen rồi”.\n")


def test_a_people_after_nguoi_names_no_one():
    assert first_source(PATROL, 1) == ("Vi Thị Hằng", "person")
    assert first_source(PATROL, 2) == ("Vi Thị Hằng", "person")
    # a title right before it is a given name
    assert first_source("Anh Thái cho biết đoàn đã vào rừng từ sáng.", 0) == ("Thái", "person")


HATS = ("Bà Lài cho biết mỗi chiếc nón bà làm ra chỉ được trả 60.000 đồng.\n\n"
        "Chị Trương Thị Kim, người thu mua nón của bà Lài gần 10 năm nay, lại khẳng định chị luôn trả 85.000 đồng.\n\n"
        "“Tui lời được mười ngàn một chiếc là cùng”, người phụ nữ nói qua điện thoại.\n")


def test_a_woman_named_only_as_whose_something_is_is_no_second_speaker():
    assert first_source(HATS, 2) == ("Trương Thị Kim", "person")


def test_two_women_who_both_spoke_leave_a_bare_sex_noun_open():
    text = ("Chị Trương Thị Kim và bà Hoàng Thị Lài cùng cho biết giá nón tăng.\n\n"
            "“Tui lời được mười ngàn”, người phụ nữ nói.\n")
    assert first_source(text, 1) == ("người phụ nữ", "anonymous")


RIVER = ("Hỏi bà có muốn về nhà nghỉ không, bà Ma Thị Duyên lắc đầu: “Thằng Tú nó bơi giỏi lắm.\n\n"
         "Mẹ mà về, lúc nó lên bờ lại không thấy ai”, người mẹ nói rồi lại quay mặt ra sông.\n")


def test_the_tag_closing_a_quote_of_several_sentences_is_its_opener():
    assert first_source(RIVER, 1) == ("Ma Thị Duyên", "person")


def test_a_tag_of_the_other_sex_is_not_the_opener():
    text = ("Ông Lê Văn Tám kể: “Nước lên nhanh lắm.\n\n"
            "Cả xóm chạy không kịp”, người mẹ nói.\n")
    assert first_source(text, 1) != ("Lê Văn Tám", "person")


def test_a_quote_closed_before_its_tag_opened_again_is_the_tags_own():
    text = ("Bà Ma Thị Duyên nói: “Nó bơi giỏi lắm”.\n\n"
            "Ông Hà Văn Páo, 68 tuổi, người đánh cá trên khúc sông này, đi cùng bà.\n\n"
            "“Nước mùa lũ cuộn xuống đáy rồi mới nhả ra”, người đánh cá nói.\n")
    assert first_source(text, 2) != ("Ma Thị Duyên", "person")
