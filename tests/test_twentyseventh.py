"""Fresh-eyes round 45 (twenty-seventh session), by structure: a body's name whose working words
the tagger reads as verbs runs to the place that closes it; a short form in brackets followed by a
place is the body credited with it in full; where an outlet is from is no part of its name; a
generic "Bộ này", "đơn vị này", "Doanh nghiệp này" is the nearest body of that kind, credited or
only named; a line leading into speech describes the speaker, then what they did; a people's
name ("Hà Nhì") is no person's; a common noun capitalised at a sentence's start is no name.
Sentences written for the project."""
import pytest

from claimviews import first_source as primary


@pytest.mark.parametrize("text,k,want", [
    # the verbs name the body's work; the place closes its name
    ("Ban Quản lý dự án đầu tư xây dựng TP Đà Lạt khẳng định công trình sẽ xong trước mùa mưa.", 0,
     ("Ban Quản lý dự án đầu tư xây dựng TP Đà Lạt", "organization")),
    ("Trái lại, đại diện Ban Quản lý dự án đầu tư xây dựng tỉnh Bình Phước cho rằng nhà thầu chậm bàn giao.", 0,
     ("Ban Quản lý dự án đầu tư xây dựng tỉnh Bình Phước", "organization")),
    # a short form whose body's name went on after the bracket
    ("Theo Trung tâm Y tế dự phòng (TTYTDP) tỉnh Sóc Trăng, tuần qua có 51 ca tay chân miệng. "
     "Đại diện TTYTDP khẳng định các ca bệnh đều nhẹ.", 1,
     ("Trung tâm Y tế dự phòng (TTYTDP) tỉnh Sóc Trăng", "organization")),
    # where the outlet is from, then its name
    ("Trong khi đó, theo hãng tin Đức DPA, cuộc đàm phán đã bị hoãn.", 0, ("DPA", "media")),
    ("Theo tờ Nhật Bản Asahi, thủ tướng sẽ tới Hà Nội vào tháng sau.", 0, ("Asahi", "media")),
    ("Theo báo Pháp Luật, vụ án đã được khởi tố.", 0, ("Pháp Luật", "media")),
    # a national broadcaster by its full name, whose "Tiếng nói" holds a speech verb
    ("Đài Tiếng nói Việt Nam cho biết nước lũ đã bắt đầu rút.", 0, ("Đài Tiếng nói Việt Nam", "media")),
])
def test_names_of_bodies_and_outlets(text, k, want):
    assert primary(text, k) == want


@pytest.mark.parametrize("text,k,want", [
    # "Bộ này": a body headed "Bộ", not an official whose post holds the syllable ("cán bộ")
    ("Một cán bộ Văn phòng Tỉnh ủy đề nghị giấu tên cho biết kế hoạch chưa được duyệt. "
     "Trước đó, Bộ Tài chính đã có văn bản hướng dẫn các địa phương. "
     "Đại diện Bộ này cho biết sẽ kiểm tra việc thực hiện trong quý tới.", 2, ("Bộ Tài chính", "organization")),
    # "Doanh nghiệp này": the firm named last, after the bank credited earlier
    ("Ngân hàng TMCP Phương Nam khẳng định đã nhiều lần gia hạn nợ. "
     "Tuy nhiên, theo ông Đỗ Văn Thành, Giám đốc Công ty TNHH Thương mại Gia Phúc, số nợ bị tính sai. "
     "Doanh nghiệp này cho biết đã khởi kiện ra tòa.", 2, ("Công ty TNHH Thương mại Gia Phúc", "organization")),
])
def test_a_generic_body_is_the_nearest_of_its_kind(text, k, want):
    assert primary(text, k) == want


def test_a_line_leading_into_speech_describes_the_speaker_then_what_they_did():
    text = ("Tôi gặp bà Lò Thị Sen ở đầu bản, khi bà đang phơi ngô.\n"
            "Người phụ nữ 58 tuổi lau tay vào vạt áo, nhìn ra con suối rồi nói:\n"
            "– Mùa này nước to, trẻ con không sang được bên kia.")
    assert primary(text, 1) == ("Lò Thị Sen", "person")
    assert primary(text, 2) == ("Lò Thị Sen", "person")


def test_a_description_in_a_plain_sentence_keeps_its_clause():
    # not a line leading into speech: "sống cạnh đó" may say who, so the description stays whole
    text = ("Tôi gặp bà Lò Thị Sen ở đầu bản, khi bà đang phơi ngô.\n"
            "Người phụ nữ 58 tuổi sống cạnh trạm y tế cho biết đêm qua nước lên rất nhanh.")
    assert primary(text, 1) != ("Lò Thị Sen", "person")


def test_a_peoples_name_is_no_persons_and_describes_the_one_just_introduced():
    text = ("Chị Y Nhi Byă, 29 tuổi, ở buôn Tơng Jũ, là một trong những người được chị Hằng giúp đỡ.\n"
            "Người phụ nữ Ê Đê kể năm ngoái cả nhà suýt mất trắng vụ cà phê.")
    assert primary(text, 1) == ("Y Nhi Byă", "person")


def test_a_common_noun_capitalised_at_the_start_is_an_unnamed_source():
    assert primary("Dân xóm kể có năm lũ về trong đêm, cuốn trôi cả đàn bò.", 0) == ("Dân xóm", "anonymous")


def test_a_pronoun_points_back_to_the_unnamed_woman_just_quoted():
    text = ("Chủ tiệm, một phụ nữ ngoài 40 tuổi xin giấu tên, nói: “Khách bây giờ hỏi hóa đơn kỹ lắm.”\n"
            "Bà cho biết giá thuê mặt bằng đã tăng gấp đôi trong hai năm.")
    assert primary(text, 1) == ("Chủ tiệm", "anonymous")


@pytest.mark.parametrize("text,k,want", [
    # "thứ" opens a weekday only with its number: "vị thứ trưởng" is the deputy minister named before
    ("Thứ trưởng Bộ Nông nghiệp Phan Văn Tâm cho biết giá phân bón sẽ giảm. "
     "“Chúng tôi đã làm việc với các nhà máy”, vị thứ trưởng nói.", 1, ("Phan Văn Tâm", "person")),
    ("Ông Lê Văn Nam cho biết hàng sẽ về vào thứ Hai.", 0, ("Lê Văn Nam", "person")),
    # an outlet written in lower case after where it is from
    ("Hãng thông tấn Đức dpa đưa tin liên minh cầm quyền đã giành đủ số ghế.", 0, ("dpa", "media")),
    # a school named after a historic person is no one speaking; its head is
    ("Hiệu trưởng Trường THCS Lê Quý Đôn Trần Thị Mai cho biết học sinh được nghỉ hai ngày.", 0,
     ("Trần Thị Mai", "person")),
    ("Bà Trần Thị Mai, Hiệu trưởng Trường THCS Lê Quý Đôn, cho biết học sinh được nghỉ hai ngày.", 0,
     ("Trần Thị Mai", "person")),
])
def test_titles_outlets_and_schools(text, k, want):
    assert primary(text, k) == want


def test_a_headline_office_in_a_body_known_by_its_capitals_is_the_one_holding_it():
    text = ("Phó Giám đốc TTYT huyện Đức Phổ: \"Diệt lăng quăng quan trọng hơn phun thuốc\"\n"
            "Sốt xuất huyết tăng mạnh ở Đức Phổ.\n"
            "Ông Lương Văn Tài, Phó Giám đốc TTYT huyện Đức Phổ, cho biết tuần qua có 40 ca.")
    assert primary(text, 0) == ("Lương Văn Tài", "person")


def test_a_headline_office_in_a_school_named_after_someone_is_the_one_holding_it():
    text = ("Hiệu trưởng Trường THCS Lê Quý Đôn: \"Học sinh không phải học bù\"\n"
            "Trường học ở Vĩnh Yên đóng cửa vì bão.\n"
            "Bà Trần Thị Mai, Hiệu trưởng Trường THCS Lê Quý Đôn, cho biết học sinh được nghỉ hai ngày.")
    assert primary(text, 0) == ("Trần Thị Mai", "person")


@pytest.mark.parametrize("text,k,want", [
    # after "theo", the figures or notice a body gives out stand for the body
    ("Theo số liệu của Cục Hải quan, quý I cả nước xuất khẩu 2 triệu tấn gạo.", 0, ("Cục Hải quan", "organization")),
    ("Theo số liệu sơ bộ của Bộ Công Thương, sản lượng điện tăng 9%.", 0, ("Bộ Công Thương", "organization")),
    ("Theo thông báo của UBND quận Cầu Giấy, nước sẽ có lại từ 18h.", 0, ("UBND quận Cầu Giấy", "organization")),
    # as a subject the paper itself speaks
    ("Thông báo của UBND quận Cầu Giấy nêu rõ nước sẽ có lại từ 18h.", 0,
     ("Thông báo của UBND quận Cầu Giấy", "document")),
])
def test_figures_a_body_gives_out(text, k, want):
    assert primary(text, k) == want


def test_data_as_a_subject_showing_something_credits_no_one():
    assert primary("Số liệu của Cục Hải quan cho thấy xuất khẩu gạo giảm 5%.", 0) is None


@pytest.mark.xfail(reason="'đơn vị này' after a body only named in the sentence before (the auction's organiser) "
                          "still means the body credited before it: preferring the named one also took the offender "
                          "('nước thải từ Công ty X') or a supplier for the inspector (review, twenty-seventh session)",
                   strict=True)
def test_this_unit_right_after_the_body_that_runs_the_auction():
    text = ("Người phát ngôn của Ngân hàng TMCP Phương Nam cho biết khoản nợ đã quá hạn ba năm. "
            "Phiên đấu giá do Công ty Đấu giá hợp danh Trường An tổ chức vào sáng thứ Hai. "
            "Đại diện đơn vị này cho biết chưa có ai đăng ký mua hồ sơ.")
    assert primary(text, 2) == ("Công ty Đấu giá hợp danh Trường An", "organization")


def test_this_unit_is_the_inspector_credited_not_the_firm_it_found_at_fault():
    text = ("Sở Tài nguyên và Môi trường tỉnh Long An cho biết đã lấy mẫu nước tại kênh Xáng. "
            "Kết quả phân tích cho thấy nước thải từ Công ty TNHH Giấy Thành Phát vượt quy chuẩn 4 lần. "
            "Đơn vị này cho biết đã đề nghị UBND tỉnh xử phạt công ty 250 triệu đồng.")
    assert primary(text, 2) == ("Sở Tài nguyên và Môi trường tỉnh Long An", "organization")
