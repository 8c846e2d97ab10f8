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


def test_a_tag_after_a_quote_then_what_the_speaker_did():
    text = ("Anh Hà Văn Sinh, 41 tuổi, đang dựng lại nhà.\n\n"
            "“Năm nay cả nhà phải ăn Tết dưới mái nhà mới”, anh Sinh đáp, mắt nhìn lên bộ khung gỗ.\n")
    assert first_source(text, 1) == ("Hà Văn Sinh", "person")
    # a quoted word inside the narrative tags no one
    assert first_source("Nghe tiếng kêu “Cứu với”, anh Minh lao xuống sông, bơi ra giữa dòng.", 0) is None


def test_a_title_alone_tags_a_quote_of_several_sentences():
    text = ("Người đứng chờ ở cửa là thầy Nguyễn Văn Thuận, 57 tuổi.\n\n"
            "“Có lúc nào thầy muốn về xuôi không?”, tôi hỏi.\n\n"
            "“Có chứ. Năm 2001 mẹ tôi ốm nặng. Sáng mang đơn ra xã, thế là tôi quay về”, thầy đáp, giọng chùng xuống.\n")
    (rep,) = analyze_text(text)
    assert [s.primary.source if s.primary else None for s in rep.sentences[2:]] == ["Nguyễn Văn Thuận"] * 3


def test_a_man_described_by_his_hair_with_a_clause_of_its_own():
    text = ("Người đứng chờ ở cửa là thầy Nguyễn Văn Thuận, 57 tuổi.\n\n"
            "Người đàn ông tóc đã bạc gần hết nói những tháng đầu, thầy phải đến từng nhà.\n")
    assert first_source(text, 1) == ("Nguyễn Văn Thuận", "person")
    assert first_source("Một người đàn ông tóc đã bạc nói trường sắp đóng cửa.", 0) == \
        ("Một người đàn ông tóc đã bạc", "anonymous")


def test_bac_is_an_uncle_before_a_name_and_a_denial_before_a_report():
    assert first_source("Bác Tư bán nước cho biết lửa bùng lên rất nhanh.", 0) == ("Tư", "person")
    text = ("Công an phường Hòa Khánh cho biết vụ cháy không gây thương vong.\n\n"
            "Công an bác thông tin có người tử vong\n")
    assert first_source(text, 1) == ("Công an phường Hòa Khánh", "organization")
    assert first_source("Tòa bác đơn kháng cáo của bị cáo.", 0) is None
    assert first_source("Ông Nam nhờ bác thông tin cho con trai.", 0) is None


def test_a_rumour_on_a_channel_of_a_place_named_with_its_levels():
    text = ("Mấy ngày qua, trên nhiều nhóm Zalo của phụ huynh ở xã Tân Hòa, huyện Đức Thạnh (Đồng Tháp) lan truyền "
            "thông tin có nhóm bắt cóc trẻ em đi xe bán tải.")
    (rep,) = analyze_text(text)
    p = rep.sentences[0].primary
    assert p is not None and p.source_type == "anonymous" and "nhóm Zalo" in p.source


def test_messages_counted_speak_for_no_one_named():
    assert first_source("Một tin nhắn khác còn khẳng định “đã có 3 cháu bị bắt ở huyện bên cạnh”.", 0) == \
        ("Một tin nhắn khác", "anonymous")


def test_traders_an_agency_quotes_are_the_source():
    text = "Theo Reuters, các thương nhân tại Buôn Ma Thuột cho biết sản lượng có thể giảm 10%."
    assert first_source(text, 0) == ("các thương nhân tại Buôn Ma Thuột", "anonymous")


def test_a_time_before_the_subject_with_no_comma():
    assert first_source("Trước đó, hồi tháng 10/2025 báo Thanh Niên từng phản ánh tin đồn tương tự.", 0) == \
        ("Thanh Niên", "media")
    assert first_source("Hồi tháng 3 năm ngoái nhiều hộ dân phản ánh nước bị ô nhiễm.", 0) == ("nhiều hộ dân", "anonymous")


def test_voicing_concern_about_a_clause_credits_who_voiced_it():
    text = "Đại biểu Huỳnh Văn Lực bày tỏ lo ngại khu công nghiệp nằm sát sông, nguồn nước tưới cho hàng nghìn ha lúa."
    assert first_source(text, 0) == ("Huỳnh Văn Lực", "person")
    assert first_source("Nhiều hộ dân bày tỏ lo lắng về nguồn nước.", 0) is None


def test_information_sought_or_passed_on_is_a_noun():
    assert first_source("Thí sinh tìm hiểu thông tin tuyển sinh tại một ngày hội tư vấn.", 0) is None
    assert first_source("Công an tỉnh thông tin vụ việc đang được điều tra.", 0) == ("Công an tỉnh", "organization")


def test_writing_and_speaking_as_skills_say_nothing():
    assert first_source("Vợ chồng anh Tuấn mở lớp dạy viết chữ đẹp.", 0) is None
    assert first_source("Sau mười buổi, người học đã viết được những dòng chữ nghiêng.", 0) is None
    assert first_source("Mẹ cô nói một thứ ngôn ngữ hoàn toàn khác với tiếng Trung.", 0) is None
    assert first_source("Ông Lê Văn Nam viết trên Facebook rằng dự án bị chậm.", 0) == ("Lê Văn Nam", "person")


def test_a_name_typed_in_lower_case():
    text = "Bác sĩ trần văn nhật, giám đốc trung tâm y tế huyện, cho biết đã có 12 ca mắc."
    assert first_source(text, 0) == ("trần văn nhật", "person")
    # "văn hóa", "thị xã" are words, not a middle and a given name
    assert first_source("Lê văn hóa dân tộc được giới thiệu tại hội thảo, ban tổ chức cho biết.", 0) != ("Lê văn hóa", "person")


# ------------------------------------------------------------------ the first review's mends
def test_a_possessor_in_a_sentence_of_her_own_may_be_the_next_speaker():
    text = ("Chị Nguyễn Thị Hà cho biết nước lên rất nhanh.\n\n"
            "Ngôi nhà của bà Lê Thị Tám ở cuối xóm bị cuốn trôi.\n\n"
            "“Tôi chỉ kịp ôm đứa cháu chạy ra”, người phụ nữ nói.\n")
    assert first_source(text, 2) != ("Nguyễn Thị Hà", "person")


def test_a_question_put_to_someone_is_not_their_running_quote():
    text = ("Chúng tôi hỏi ông Hà Văn Páo: “Ông có sợ mùa lũ không?\n\n"
            "Năm nào nước cũng lên cao thế này à”, người phóng viên hỏi thêm.\n")
    assert first_source(text, 1) != ("Hà Văn Páo", "person")
    text = ("Ông Hà Văn Páo và ông Lò Văn Tiến cùng kể: “Nước lên lúc nửa đêm.\n\n"
            "Cả bản mất trắng”, người đàn ông nói.\n")
    assert first_source(text, 1) != ("Hà Văn Páo", "person")


def test_a_title_put_first_is_no_quote():
    assert first_source("“Mưa đỏ”, anh Tuấn đã xem ba lần, lần nào cũng khóc.", 0) is None
    assert first_source("“Bài ca hy vọng”, bà Hà hát đi hát lại, mắt rưng rưng.", 0) is None


def test_an_uncle_who_informs_denies_nothing():
    assert first_source("Bác tổ trưởng đến từng nhà, bác thông tin cho bà con về lịch cắt điện.", 0) is None


def test_a_body_speaking_at_a_meeting_is_no_rumour():
    (rep,) = analyze_text("Tại hội nghị, TP Hà Nội chia sẻ thông tin về mô hình thu gom rác mới.")
    p = rep.sentences[0].primary
    assert p is None or p.source_type != "anonymous"


def test_a_city_after_a_body_is_no_one_s_name():
    text = "Ông Nguyễn Văn Hiếu, Giám đốc Sở Giáo dục và Đào tạo TP Hồ Chí Minh, cho biết điểm chuẩn giảm."
    assert first_source(text, 0) == ("Nguyễn Văn Hiếu", "person")


def test_a_woman_described_by_her_skin_is_named_whole():
    text = "Ông Lò Văn Pọm cho biết bản có 60 hộ.\n\nNgười phụ nữ da đã sạm nắng nói chồng chị đi làm thuê xa.\n"
    assert first_source(text, 1) == ("Người phụ nữ da đã sạm nắng", "anonymous")


# ------------------------------------------------------------------ the second review's mends
def test_a_name_before_a_cue_ends_no_compound():
    assert first_source("Ông Phạm Văn Minh thông tin, đến nay đã có 30 hộ nhận tiền.", 0) == ("Phạm Văn Minh", "person")
    assert first_source("Sở Y tế đã chuyển thông tin vụ việc sang Công an tỉnh để xác minh.", 0) is None


def test_a_lawyer_said_by_whom_he_defends_keeps_the_clause():
    (rep,) = analyze_text("Luật sư bào chữa cho bị cáo cho rằng cáo trạng chưa đủ căn cứ.")
    assert rep.sentences[0].primary.source == "Luật sư bào chữa cho bị cáo"


def test_a_petition_recounts_a_letter_confides_nothing():
    assert first_source("Đơn kể lại: gia đình bị thu hồi đất từ năm 2019.", 0) != ("Đơn", "person")


def test_a_gesture_then_a_deed_tags_a_quote():
    text = "Ông Lê Văn Tư, 68 tuổi, đứng ở bờ ruộng.\n\n“Năm nay mất mùa rồi”, ông Tư lắc đầu, mắt nhìn ra cánh đồng.\n"
    assert first_source(text, 1) == ("Lê Văn Tư", "person")


def test_a_son_told_of_before_the_quote_does_not_block_its_opener():
    text = ("Nhắc đến con trai là anh Lò Văn Tiến, ông Hà Văn Páo nghẹn giọng: “Nó đi làm ăn xa từ năm 2019.\n\n"
            "Đến giờ chưa về lần nào”, người cha nói.\n")
    assert first_source(text, 1) == ("Hà Văn Páo", "person")


def test_a_rumour_on_a_channel_of_a_district():
    (rep,) = analyze_text("Trên nhóm Facebook của cư dân phường Yên Hòa, quận Cầu Giấy lan truyền thông tin chung cư sắp bị cắt nước.")
    assert rep.sentences[0].primary.source_type == "anonymous"


# ------------------------------------------------------------------ the third review's mends
def test_a_scene_in_the_body_keeps_its_speaker_for_the_next_quote():
    text = ("Bộ trưởng Lê Minh Hoan trả lời báo chí bên lề kỳ họp Quốc hội.\n\n"
            "“Giá phân bón sẽ giảm trong quý tới”, ông nói.\n")
    assert first_source(text, 1) == ("Lê Minh Hoan", "person")


def test_two_speakers_listed_with_a_comma_leave_the_running_quote_open():
    text = ("Ông Hà Văn Páo, ông Lò Văn Tiến kể: “Nước lên lúc nửa đêm.\n\n"
            "Cả bản mất trắng”, người đàn ông nói.\n")
    assert first_source(text, 1) == ("người đàn ông", "anonymous")


def test_a_disease_s_number_is_no_name_s():
    assert first_source("COVID 19 ghi nhận thêm 300 ca.", 0) is None
