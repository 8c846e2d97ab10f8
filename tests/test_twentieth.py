"""Twentieth session, attribution. Sentences written for the project."""
from claimviews import first_source as primary


def test_a_paper_described_by_a_passive_clause_speaks():
    # who signed it is a description of the paper, not a second subject
    text = ("Hai nước vừa kết thúc chuyến thăm cấp nhà nước.\n\n"
            "Tuyên bố chung được ngoại trưởng hai nước ký chiều qua nêu rõ hai bên sẽ mở rộng hợp tác hàng hải.")
    assert primary(text, 1) == ("Tuyên bố chung", "document")


def test_a_paper_passed_by_a_body_speaks():
    text = ("Kỳ họp kết thúc sau ba ngày làm việc.\n\n"
            "Nghị quyết được HĐND tỉnh thông qua sáng nay nêu rõ các huyện phải hoàn thành giải phóng mặt bằng trước tháng 6.")
    assert primary(text, 1) == ("Nghị quyết", "document")


def test_a_passive_clause_after_a_person_is_not_a_paper():
    # "được khen thưởng" describes no paper: the person still speaks
    text = ("Lễ tuyên dương diễn ra tại trụ sở công an tỉnh.\n\n"
            "Anh Lê Văn Tâm, người được UBND tỉnh khen thưởng, cho biết anh chỉ làm đúng trách nhiệm.")
    assert primary(text, 1) == ("Lê Văn Tâm", "person")


def test_a_record_reads_and_a_letter_states_plainly():
    text = ("Công an huyện vừa hoàn tất hồ sơ vụ cháy.\n\n"
            "Biên bản khám nghiệm hiện trường có ghi: nạn nhân tử vong do ngạt khói.\n\n"
            "Công văn số 215 ghi rõ công ty được phép vay thêm 20 tỉ đồng.")
    assert primary(text, 1) == ("Biên bản khám nghiệm hiện trường", "document")
    assert primary(text, 2) == ("Công văn số 215", "document")


def test_a_person_writing_down_reports_nothing():
    text = ("Người dân đến nộp hồ sơ từ sáng sớm.\n\n"
            "Anh Phạm Văn Hưng ghi rõ họ tên, địa chỉ vào tờ khai rồi nộp cho cán bộ một cửa.")
    assert primary(text, 1) is None


def test_theo_a_pronoun_after_a_conjunction():
    # the pronoun "ông" is found as a word, not as the end of "không" later in the sentence
    text = ("Ông Trịnh Văn Quang, Trưởng phòng Tài nguyên huyện, thừa nhận có 4 hồ sơ đo đạc sai.\n\n"
            "Tuy nhiên, theo ông, số hộ bị ảnh hưởng không nhiều và đã được đo lại.")
    assert primary(text, 1) == ("Trịnh Văn Quang", "person")


def test_theo_an_unnamed_official_described_by_a_clause():
    # the clause after the noun says who the official is; the comma closes the credit
    text = ("Các bên vẫn chưa thống nhất văn kiện cuối cùng.\n\n"
            "Nhưng theo một nhà ngoại giao Thái Lan dự phiên họp kín, điều khoản về nguồn nước vẫn đang được cân nhắc.")
    assert primary(text, 1) == ("một nhà ngoại giao Thái Lan dự phiên họp kín", "anonymous")


def test_a_colon_inside_a_bracketed_aside_sets_off_no_topic():
    text = "Công ty cổ phần Tập đoàn Minh Khang (mã chứng khoán: MKG) vừa công bố lợi nhuận quý III đạt 120 tỷ đồng."
    assert primary(text, 0) == ("Công ty cổ phần Tập đoàn Minh Khang", "organization")


def test_a_brand_name_after_a_long_name_whose_fields_the_tagger_reads_as_verbs():
    # "Suất ăn": a field's lower-case syllable the tagger takes for a verb, more fields after it
    text = ("Bà Lâm Thu Hà cho biết bếp ăn do Công ty CP Dịch vụ Suất ăn Công nghiệp và Thương mại Phú An đảm nhận.\n\n"
            "“Thực phẩm của chúng tôi đều có nguồn gốc rõ ràng”, đại diện Phú An nói.")
    assert primary(text, 1) == ("Công ty CP Dịch vụ Suất ăn Công nghiệp và Thương mại Phú An", "organization")


def test_a_body_whose_name_lists_its_work_with_commas_and_va():
    # the verbs of its work ("chữa cháy", "cứu hộ") and "và" are inside the name, not a clause
    text = ("Vụ cháy xảy ra tại xưởng may ở phường Hòa Khánh.\n\n"
            "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an TP Đà Nẵng cho biết xưởng chưa được nghiệm thu.")
    assert primary(text, 1) == ("Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an TP Đà Nẵng", "organization")


def test_an_outlet_called_by_its_country_after_another_agency_was_called_this_agency():
    # "Hãng tin này" pointed at Reuters; "Hãng tin Pháp" is the French agency credited since
    text = ("Theo Reuters, cuộc đàm phán kéo dài hai ngày.\n\n"
            "Hãng tin này dẫn lời một quan chức giấu tên cho biết các bên đã gần đạt thỏa thuận.\n\n"
            "Tuy nhiên, theo AFP, vấn đề thuế quan vẫn chưa được giải quyết.\n\n"
            "Hãng tin Pháp cho hay hai trưởng đoàn đã gặp riêng vào tối qua.")
    assert primary(text, 3) == ("AFP", "media")


def test_some_outlets_are_unnamed_not_one_named_before():
    text = ("Theo Reuters, hội nghị sẽ bế mạc vào chiều mai.\n\n"
            "Một số trang tin của Indonesia trước đó đưa tin tổng thống nước này sẽ không dự.")
    assert primary(text, 1) == ("Một số trang tin của Indonesia", "anonymous")


def test_where_a_spokesperson_spoke_is_no_part_of_the_body():
    text = ("Hai nước đã tổ chức vòng đàm phán thứ ba.\n\n"
            "Người phát ngôn Bộ Ngoại giao Thái Lan tại cuộc họp báo ở Bangkok xác nhận có cuộc gặp.")
    assert primary(text, 1) == ("Bộ Ngoại giao Thái Lan", "organization")


def test_a_record_drawn_up_by_a_body_speaks_for_itself():
    text = ("Đoàn kiểm tra làm việc tại nhà máy suốt buổi sáng.\n\n"
            "Biên bản làm việc do Sở Tài nguyên và Môi trường lập ngày 5-3 nêu rõ doanh nghiệp đã xả thải trái phép.")
    assert primary(text, 1) == ("Biên bản làm việc", "document")


def test_a_coach_operator_and_its_spokesperson():
    text = ("Xe khách của nhà xe Thành Đạt bị lật trên đèo Khánh Lê.\n\n"
            "Nhà xe Thành Đạt cho biết xe xuất bến lúc 19h.\n\n"
            "Đại diện nhà xe khẳng định tài xế đã nghỉ ngơi đủ 8 tiếng.")
    assert primary(text, 1) == ("Nhà xe Thành Đạt", "organization")
    assert primary(text, 2) == ("Nhà xe Thành Đạt", "organization")


def test_a_websites_name_is_no_cue():
    text = ("Bộ sẽ lấy ý kiến đến hết tháng 12.\n\n"
            "Người dân có thể gửi góp ý trên Cổng thông tin điện tử của Bộ Tư pháp.")
    assert primary(text, 1) is None


def test_the_agent_of_a_passive_report_says_it():
    text = ("Tính đến hết tháng 10, tỉnh mới giải ngân được 38% kế hoạch vốn.\n\n"
            "Số liệu trên được Sở Kế hoạch và Đầu tư Quảng Bình báo cáo tại cuộc họp trực tuyến chiều 5/11.")
    assert primary(text, 1) == ("Sở Kế hoạch và Đầu tư Quảng Bình", "organization")


def test_this_person_is_the_one_just_identified():
    # the sentence before ends by saying who someone is; "Người này" is that one, not the source
    text = ("Theo một cán bộ điều tra, chủ tài khoản đăng tin đầu tiên là một người đàn ông 35 tuổi ở phường Tân Mai.\n\n"
            "Người này khai chỉ chia sẻ lại từ một nhóm Zalo.")
    assert primary(text, 1) == ("một người đàn ông 35 tuổi ở phường Tân Mai", "anonymous")


def test_an_elder_called_by_the_epithet_she_was_introduced_with():
    text = ("Ông lão Trần Văn Bảy, cha của anh Tài, năm nay 79 tuổi, vẫn ra đồng mỗi sáng.\n\n"
            "“Ruộng này nuôi cả nhà mấy chục năm rồi”, ông lão nói, tay vẫn cầm liềm.")
    assert primary(text, 1) == ("Trần Văn Bảy", "person")


def test_a_gesture_before_a_colon_and_a_quote_tags_the_speaker():
    # the parse's verb right before ': "..."', after a pronoun: whatever the gesture, he speaks
    text = ("Anh Lê Văn Toàn đã làm thợ hồ ở Bình Dương 11 năm.\n\n"
            'Hỏi có định về quê làm ăn hẳn không, anh lắc đầu: "Ở quê không ai trả nổi 9 triệu một tháng."')
    assert primary(text, 1) == ("Lê Văn Toàn", "person")


def test_he_going_back_to_the_south_names_no_one():
    # "anh sẽ lại vào Nam": "anh" is he and "Nam" the South, not a man called Nam
    text = ("Anh Lê Văn Toàn cho biết ra Tết vợ chồng anh sẽ lại vào Nam làm thuê.\n\n"
            "Anh nói thêm: “Ở quê không có việc.”")
    assert primary(text, 1) == ("Lê Văn Toàn", "person")


def test_the_head_of_a_unit_is_its_trưởng_phòng():
    text = ("Ông Đỗ Minh Quân, Trưởng phòng Tài nguyên và Môi trường huyện Đắk Mil, cho biết đã lập đoàn kiểm tra.\n\n"
            "Người đứng đầu ngành tài nguyên huyện nói thêm kết quả sẽ được công bố trong tuần tới.")
    assert primary(text, 1) == ("Đỗ Minh Quân", "person")


def test_the_head_named_where_a_body_relays_him():
    # "dẫn lời Giám đốc Sở X": the office is right before the name, after the relay verb
    text = ("Trong thông cáo chiều 11/9, Sở Y tế tỉnh Bình Định dẫn lời Giám đốc Sở Lưu Thị Ngọc Hà cho biết đã lấy mẫu xét nghiệm.\n\n"
            "Người đứng đầu sở cũng cho hay sở đã đề nghị tạm đình chỉ bếp ăn.")
    assert primary(text, 1) == ("Lưu Thị Ngọc Hà", "person")


def test_the_mother_named_as_such():
    text = ("Mẹ của em T. là chị Phan Thị Duyên cho rằng nhà trường đang giảm nhẹ sự việc.\n\n"
            "“Cháu không dám đến trường nữa”, người mẹ nói.")
    assert primary(text, 1) == ("Phan Thị Duyên", "person")
