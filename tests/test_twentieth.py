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
