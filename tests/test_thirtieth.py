"""Thirtieth session, by structure: an address title then a verb of motion names a place, not a
person; a capital inside a quotation is no name; a headline's body by its head is the body the
article names in full; "ban đầu" between a body and its cue; "theo chiều ..." is a
direction; a court in session is where a body spoke; a negated first predicate then the cue; a
manner adverb between a gesture and the cue; an unnamed official with a clause saying which one.
Sentences written for the project."""
import pytest

from claims import lexicon
from claims.analyze import analyze_text
from claims.attribution.names import names_in
from claimviews import first_source as primary

VI = lexicon.get("vi")


@pytest.mark.parametrize("phrase", [
    "Anh lên Mù Cang Chải dạy học từ năm 2015",
    "Chị về Tam Nông lấy chồng",
    "Ông xuống Cà Mau buôn cá",
])
def test_a_pronoun_then_a_verb_of_motion_names_a_place_not_a_person(phrase):
    assert names_in(phrase, VI) == []


def test_a_pronoun_with_a_name_still_names_the_person():
    assert names_in("Chị Hằng lên Mù Cang Chải dạy học", VI) == [("Hằng", "chị", "f")]


def test_a_described_speaker_is_the_person_not_the_place_she_went_to():
    text = ("Cô giáo Nguyễn Thị Thanh Hằng dạy ở điểm trường bản Nậm Khắt.\n"
            "Chị lên Nậm Khắt từ năm 2016, định dạy ba năm rồi về xuôi.\n"
            "Cô giáo 34 tuổi ngồi lặng một lúc rồi kể:\n"
            "- Năm đầu em khóc suốt, vì học trò không nói được tiếng Kinh.\n")
    assert primary(text, 2) == ("Nguyễn Thị Thanh Hằng", "person")


@pytest.mark.parametrize("phrase", [
    "Cụ ông mất 40 triệu đồng vì tin nhắn báo 'trúng thưởng iPhone'",
    "Bà cụ bị lừa qua cuộc gọi xưng 'nhân viên EVN'",
])
def test_a_capital_inside_a_quotation_is_no_name(phrase):
    assert names_in(phrase, VI) == []


def test_a_headlines_lower_case_body_is_the_body_the_article_names():
    text = ("Cụ ông mất 40 triệu đồng vì tin nhắn báo 'trúng thưởng iPhone', công an xã: 'Không bấm vào đường link lạ'\n"
            "Công an xã Tân Phú Đông vừa tiếp nhận đơn trình báo của ông Lâm Văn Chín (80 tuổi).\n"
            "Ông Chín cho biết đã làm theo hướng dẫn trong tin nhắn.\n")
    assert primary(text, 0) == ("Công an xã Tân Phú Đông", "organization")


def test_at_first_between_a_body_and_its_cue_is_when_not_who():
    text = ("Theo Hiệp hội Cà phê - Ca cao Việt Nam, xuất khẩu cà phê tháng 3 đạt 180.000 tấn.\n"
            "Với thị trường Đức, hiệp hội ban đầu công bố lượng xuất khẩu quý I đạt 95.000 tấn.\n")
    assert primary(text, 1) == ("Hiệp hội Cà phê - Ca cao Việt Nam", "organization")


def test_theo_chieu_is_a_direction_not_a_source():
    text = "Trong khi đó, đại biểu Lò Văn Sơn lại tỏ ra lo lắng theo chiều ngược lại: giá tăng nhanh thì dân khó làm sổ."
    src = primary(text, 0)
    assert src is None or src[0] == "Lò Văn Sơn"


def test_a_court_in_session_is_where_a_body_spoke():
    text = "Đại diện Công ty Bảo hiểm Hòa Bình tại tòa cho rằng hợp đồng đã hết hiệu lực từ tháng 5."
    assert primary(text, 0) == ("Công ty Bảo hiểm Hòa Bình", "organization")


@pytest.mark.parametrize("text", [
    "Ông Trương Văn Lợi là chủ vựa trái cây.\nÔng Lợi không đồng tình, nói giá 25.000 đồng chỉ là giá bán lẻ ở chợ.\n",
    "Ông Trương Văn Lợi là chủ vựa trái cây.\nÔng Lợi chưa hài lòng, cho rằng giá thu mua còn thấp.\n",
])
def test_a_negated_first_predicate_then_the_cue_shares_its_subject(text):
    assert primary(text, 1) == ("Trương Văn Lợi", "person")


def test_a_manner_adverb_between_a_gesture_and_the_cue_leaves_the_gesture_out():
    text = ("Ông lão tựa lưng vào cột nhà, thong thả nói:\n"
            "- Hồi đó cả xóm đều làm nghề đan lát.\n")
    (rep,) = analyze_text(text)
    p = rep.sentences[0].primary
    assert p is not None and p.mention == "Ông lão" and p.cue == "nói"


def test_an_unnamed_official_with_a_clause_saying_which_one_is_credited():
    text = ("Một cán bộ Ban quản lý rừng phòng hộ Sông Tranh có mặt tại hiện trường ước tính "
            "diện tích rừng bị chặt khoảng 4 ha.")
    src = primary(text, 0)
    assert src is not None and src[1] == "anonymous" and src[0].startswith("Một cán bộ Ban quản lý rừng phòng hộ Sông Tranh")


@pytest.mark.parametrize("text,want", [
    ("Trang tin Miền Tây 24h cũng phản ánh tình trạng sạt lở ở xã này.", "Miền Tây 24h"),
    ("Báo Tuổi Trẻ cũng phản ánh tình trạng sạt lở ở xã này.", "Tuổi Trẻ"),
])
def test_a_number_ending_an_outlets_name_is_part_of_it(text, want):
    assert primary(text, 0) == (want, "media")


def test_a_pronoun_after_the_unnamed_head_of_one_firm_is_that_person():
    text = ("Giám đốc một hợp tác xã nuôi tôm ở Bạc Liêu, đề nghị không nêu tên, cho biết giá thức ăn tăng 10%.\n"
            "Theo ông, nhiều hộ sẽ phải treo ao trong vụ tới.\n")
    assert primary(text, 1) == ("Giám đốc một hợp tác xã nuôi tôm ở Bạc Liêu", "anonymous")


@pytest.mark.parametrize("text,want", [
    ("Chủ tịch một hợp tác xã rau sạch ở Đà Lạt cho biết giá rau tăng gấp đôi.",
     ("Chủ tịch một hợp tác xã rau sạch ở Đà Lạt", "anonymous")),
    ("Trưởng phòng một ngân hàng tại Cần Thơ cho biết lãi suất đã giảm.",
     ("Trưởng phòng một ngân hàng tại Cần Thơ", "anonymous")),
])
def test_the_head_of_some_body_is_an_unnamed_official_not_the_place_it_is_in(text, want):
    assert primary(text, 0) == want


def test_what_a_body_handed_over_then_shows_credits_no_one():
    assert primary("Ảnh vệ tinh do Viện Hải dương học cung cấp cho thấy bãi bồi đã mất 12 ha.", 0) is None


def test_figures_a_body_published_then_show_still_credit_it():
    assert primary("Số liệu do Sở Y tế Long An công bố cho thấy số ca mắc tăng 20%.", 0) == ("Sở Y tế Long An", "organization")


def test_when_a_bulletin_went_out_is_no_part_of_its_name():
    text = "Tuy nhiên, bản tin của Ban Chỉ huy phòng chống thiên tai tỉnh Yên Bái phát đi cùng thời điểm nêu toàn tỉnh có 210 con bò chết."
    assert primary(text, 0) == ("bản tin của Ban Chỉ huy phòng chống thiên tai tỉnh Yên Bái", "document")


def test_a_memory_after_a_time_set_off_credits_the_one_recounted():
    text = ("Ông Lê Văn Sáu năm nay 76 tuổi. Chị Đặng Thị Hiền là con dâu ông.\n"
            "Chị Hiền kể hồi mới về nhà chồng, có lần ông Sáu nói với chị: “Làm nghề này thì đừng sợ bẩn tay”.\n")
    assert primary(text, 2) == ("Lê Văn Sáu", "person")


def test_the_reporters_question_on_a_line_of_its_own_is_answered_by_the_one_addressed():
    text = ("Bà Lê Thị Bảy vẫn ngồi vá lưới bên hiên nhà.\n"
            "Tôi hỏi:\n"
            "– Bà vá lưới được bao nhiêu năm rồi?\n"
            "– Hơn bốn chục năm rồi con.\n")
    assert primary(text, 3) == ("Lê Thị Bảy", "person")


@pytest.mark.parametrize("text", [
    "Trung tâm Y tế huyện Tân Phú khuyến cáo người dân không ăn cá nóc dưới mọi hình thức.",
    "Sở Giáo dục khuyến cáo phụ huynh cho trẻ nghỉ học khi có biểu hiện sốt.",
    "Ban quản lý rừng khuyến cáo du khách không đốt lửa trong rừng thông.",
])
def test_advice_to_someone_is_a_request_not_a_report(text):
    assert primary(text, 0) is None


def test_a_warning_that_something_holds_is_still_a_report():
    text = "Trung tâm Dự báo khí tượng thủy văn khuyến cáo mưa lớn sẽ kéo dài đến hết thứ Bảy."
    assert primary(text, 0) == ("Trung tâm Dự báo khí tượng thủy văn", "organization")


@pytest.mark.parametrize("text,want", [
    ("Thẩm tra dự án luật, Chủ nhiệm Ủy ban Pháp luật của Quốc hội Hoàng Thanh Tùng cho biết cơ quan thẩm tra đồng tình.",
     ("Hoàng Thanh Tùng", "person")),
    ("Phó trưởng Ban Tuyên giáo của Tỉnh ủy Lương Thị Hạnh khẳng định thông tin trên là sai sự thật.",
     ("Lương Thị Hạnh", "person")),
])
def test_a_title_the_body_it_belongs_to_then_the_holders_name(text, want):
    assert primary(text, 0) == want


def test_someones_kin_stays_unnamed():
    assert primary("Vợ của ông Nguyễn Văn An cho biết ông đi làm từ sáng sớm.", 0)[1] == "anonymous"


def test_a_file_a_body_handed_over_speaks_as_a_document():
    text = "Tuy nhiên, hồ sơ bồi thường do Trung tâm Phát triển quỹ đất huyện Định Quán cung cấp ghi rõ đơn giá đất là 320.000 đồng/m2."
    assert primary(text, 0) == ("hồ sơ bồi thường", "document")
