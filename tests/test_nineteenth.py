"""Nineteenth session, attribution: "the head of X" is the person named as X's leader; "nữ bị cáo"
is the woman on trial; a bare pronoun is the whole subject before a manner or a first predicate;
"bảo ai làm gì" tells, it does not report; a mention never ends inside a word of the parse; an
interview led by "cuộc trò chuyện giữa phóng viên và ông X" credits X, also past a report he
relays inside his answer. Sentences written for the project."""
from claimviews import first_source as primary, sentence_attributions


def test_the_head_of_a_body_is_its_named_leader():
    text = ("Bác sĩ Trần Minh Khoa, Giám đốc Bệnh viện Đa khoa huyện Cầu Ngang, thừa nhận khoa cấp cứu quá tải.\n\n"
            "Bà Lý Thị Hồng, Phó giám đốc Sở Y tế, cho biết sở đang cân đối thuốc cho các huyện.\n\n"
            "Người đứng đầu bệnh viện cho biết đơn vị đã xin bổ sung 20 điều dưỡng.")
    assert primary(text, 2) == ("Trần Minh Khoa", "person")


def test_the_office_written_before_the_name_counts():
    text = ("Giám đốc Sở Nông nghiệp Đặng Văn Lực cho biết đã có 300 ha lúa bị ngập.\n\n"
            "Người đứng đầu ngành nông nghiệp tỉnh khẳng định sẽ hỗ trợ giống cho nông dân.")
    assert primary(text, 1) == ("Đặng Văn Lực", "person")


def test_no_leader_named_leaves_the_head_unnamed():
    text = ("Nhiều phụ huynh phản ánh học phí tăng cao.\n\n"
            "Người đứng đầu nhà trường khẳng định mức thu đúng quy định.")
    assert primary(text, 1) == ("Người đứng đầu nhà trường", "anonymous")


def test_a_deputy_is_not_the_head():
    text = ("Ông Ngô Quang Vinh, Phó giám đốc Công an tỉnh, cho biết đã lập chuyên án.\n\n"
            "Người đứng đầu công an tỉnh khẳng định sẽ xử lý nghiêm.")
    assert primary(text, 1) != ("Ngô Quang Vinh", "person")


def test_the_woman_on_trial():
    text = ("Theo cáo trạng, bị cáo Hà Thị Mỹ Duyên (45 tuổi), Chủ tịch HĐQT Công ty CP Đầu tư và Thương mại Hoàng Long, đã chuyển 12 tỷ đồng cho bị cáo Trương Quốc Bảo.\n\n"
            "Tại tòa, bị cáo Bảo khai số tiền trên là khoản vay.\n\n"
            "Ngược lại, bị cáo Duyên khai chính Bảo là người gợi ý lập hồ sơ khống.\n\n"
            "Nữ bị cáo cũng thừa nhận số tiền là chi phí để được duyệt hồ sơ.")
    assert primary(text, 3) == ("Hà Thị Mỹ Duyên", "person")


def test_an_age_in_brackets_does_not_hide_the_role():
    text = ("Bị cáo Tạ Quang Huy (51 tuổi), cựu Giám đốc chi nhánh Bến Thành, có mặt tại tòa.\n\n"
            "“Bị cáo chỉ ký theo tờ trình. Số tiền đó là khoản vay cá nhân”, cựu giám đốc chi nhánh trình bày.")
    assert primary(text, 2) == ("Tạ Quang Huy", "person")


def test_a_firms_name_with_va_is_no_person():
    from claims.attribution.names import names_in
    from claims import lexicon
    found = names_in("Chủ tịch HĐQT Công ty CP Đầu tư và Thương mại Hoàng Long", lexicon.get("vi"))
    assert not [n for n, *_ in found if n == "Hoàng Long"]


def test_a_bare_pronoun_before_a_first_predicate_is_the_subject():
    text = ("Bà Phùng Thị Liên ra mở cổng cho đoàn cán bộ.\n\n"
            "Bà dừng lại và kể: nhà có bốn người, hai con đi làm xa.")
    assert primary(text, 1) == ("Phùng Thị Liên", "person")


def test_a_mention_never_ends_inside_a_word():
    (atts,) = [a for a in sentence_attributions('Bà Lan tươi cười: "Năm nay vườn được mùa".')]
    assert atts and atts[0][0] == "Lan"


def test_telling_someone_to_do_something_is_no_report():
    assert primary("Ông Đoàn Văn Tư bảo tôi chuẩn bị thuyền để ra khơi.", 0) is None
    assert primary("Ông Đoàn Văn Tư bảo Khánh đi gọi thêm người.", 0) is None
    assert primary("Ông Đoàn Văn Tư bảo tôi rằng biển đã lặng.", 0) == ("Đoàn Văn Tư", "person")
    assert primary("Ông Đoàn Văn Tư bảo Khánh đã về quê từ tuần trước.", 0) == ("Đoàn Văn Tư", "person")


def test_a_time_adverb_is_no_part_of_the_body():
    assert primary("Bộ Ngoại giao Malaysia ngay sau đó ra thông cáo bác bỏ, nêu rõ đoàn đã rời đi theo lịch.", 0) \
        == ("Bộ Ngoại giao Malaysia", "organization")


INTERVIEW = ("Ông Lâm Văn Sáu trồng sầu riêng ở Cai Lậy đã 20 năm.\n\n"
             "Dưới đây là cuộc trò chuyện giữa phóng viên và ông Sáu.\n\n"
             "- Vì sao ông bỏ phân hóa học?\n\n"
             "- Năm 2019 tôi bị ngộ độc. Bác sĩ nói gan tôi yếu lắm rồi. Từ đó tôi chỉ dùng phân chuồng.\n\n"
             "- Vụ đầu tiên ông lỗ bao nhiêu?\n\n"
             "- Chừng 50 triệu đồng.")


def test_an_interview_between_the_reporter_and_someone():
    speakers = [t[0][0] if t else None for t in sentence_attributions(INTERVIEW)]
    assert speakers[3] == speakers[5] == speakers[7] == "Lâm Văn Sáu"
    assert speakers[2] is None and speakers[6] is None  # the questions
    assert speakers[4] != "Lâm Văn Sáu"  # the doctor he quotes


def test_what_spreads_online_is_an_unnamed_source_whatever_the_ranker_says():
    for text, where in (("Tối cùng ngày, trên một số hội nhóm Zalo của tiểu thương chợ đầu mối lan truyền thông tin chợ sẽ đóng cửa.",
                         "một số hội nhóm Zalo của tiểu thương chợ đầu mối"),
                        ("Trước đó, trên một số diễn đàn phụ huynh xuất hiện tin đồn trường sẽ tăng học phí.", "một số diễn đàn phụ huynh"),
                        ("Trong khi đó, mạng xã hội ở Myanmar lan truyền tin đồn rằng đoàn đàm phán đã rời đi.", "mạng xã hội ở Myanmar")):
        found = primary(text, 0)
        assert found is not None and found[1] == "anonymous" and where in found[0]


def test_someone_quoted_by_an_outlet_in_the_passive_speaks():
    text = "Nhà kinh tế Petr Dvorak được nhật báo Pravo trích lời rằng doanh nghiệp Séc muốn mở rộng đầu tư."
    assert primary(text, 0) == ("Petr Dvorak", "person")
    roles = {role for _, _, role in sentence_attributions(text)[0]}
    assert roles == {"speaker", "relay"}
    assert primary("Một quan chức Pháp giấu tên được tờ Le Monde dẫn lời nói Paris thất vọng.", 0) \
        == ("Một quan chức Pháp giấu tên", "anonymous")


def test_a_short_form_takes_the_fullest_name_written_before():
    text = ("Theo Trung tâm Kiểm soát bệnh tật (CDC) Đà Nẵng, tuần qua thành phố ghi nhận 310 ca sốt xuất huyết.\n\n"
            "CDC Đà Nẵng cho biết riêng quận Liên Chiểu có 92 ca.\n\n"
            "Theo Văn phòng Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn thành phố, mưa lớn còn kéo dài.\n\n"
            "Cũng theo Văn phòng Ban Chỉ huy, 2.100 hộ dân đã được sơ tán.\n\n"
            "Theo cáo trạng của VKSND Tối cao, các bị cáo gây thiệt hại 870 tỷ đồng.\n\n"
            "Bị cáo Quang được cảm ơn 12 tỷ đồng, VKS cáo buộc.")
    assert primary(text, 1) == ("Trung tâm Kiểm soát bệnh tật (CDC) Đà Nẵng", "organization")
    assert primary(text, 3) == ("Văn phòng Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn thành phố", "organization")
    assert primary(text, 5) == ("VKSND Tối cao", "organization")


def test_a_name_and_its_short_form_in_brackets_is_the_fullest_name():
    assert primary("Theo Quỹ Nhi đồng của Liên Hợp Quốc (UNICEF), 2 triệu trẻ em cần hỗ trợ.", 0) \
        == ("Quỹ Nhi đồng của Liên Hợp Quốc (UNICEF)", "organization")


def test_two_bodies_a_short_form_could_mean_leave_it_alone():
    from claims.attribution.memory import ArticleMemory
    from claims.attribution.types import SentenceIn
    art = ArticleMemory([SentenceIn("Văn phòng Sở Y tế tỉnh Cà Mau cho biết đã có 12 ca bệnh."),
                         SentenceIn("Văn phòng Sở Y tế tỉnh Bạc Liêu cho biết chưa ghi nhận ca nào."),
                         SentenceIn("Theo Văn phòng Sở Y tế, dịch đang được kiểm soát.")], "vi")
    assert art._longer_name_before("Văn phòng Sở Y tế", 2) is None
    assert art._longer_name_before("Văn phòng Sở Y tế", 1) == "Văn phòng Sở Y tế tỉnh Cà Mau"


def test_an_acronym_and_a_place_take_the_name_spelt_out_before():
    text = ("Sở Giáo dục và Đào tạo tỉnh Nam Định đã nhận hơn 900 đơn phúc khảo.\n\n"
            "Đại diện Sở GD&ĐT Nam Định bác bỏ thông tin này.")
    assert primary(text, 1) == ("Sở Giáo dục và Đào tạo tỉnh Nam Định", "organization")


def test_a_body_asked_to_act_is_no_speaker():
    assert primary("UBND tỉnh Hòa Bình đã yêu cầu Sở Y tế khẩn trương xác định nguyên nhân vụ ngộ độc.", 0) is None
    assert primary("Chủ tịch UBND tỉnh chỉ đạo Công an tỉnh làm rõ trách nhiệm của các bên.", 0) is None
    assert primary("Sở Y tế cho biết đã xác định nguyên nhân vụ ngộ độc.", 0) == ("Sở Y tế", "organization")
