"""Twenty-fourth session, attribution. Sentences written for the project."""
from claimviews import first_source as primary


def test_a_cue_at_the_end_of_a_chain_of_coordinated_verbs_has_the_first_verbs_subject():
    # the parse joins "khẳng định" to "cầm" and "cầm" to "đứng" (conj): one subject for all three
    text = ("Quỹ từ thiện của phường bị nghi chi sai mục đích.\n\n"
            "Bà Trịnh Thu Mai đứng dậy, cầm micro và khẳng định quỹ đã chi đúng mục đích.")
    assert primary(text, 1) == ("Trịnh Thu Mai", "person")


def test_the_first_verbs_object_is_not_the_subject_of_a_cue_after_va():
    text = ("Trận chung kết diễn ra căng thẳng.\n\n"
            "Trọng tài Nguyễn Văn Tâm tách hai võ sĩ và tuyên bố trận đấu kết thúc.")
    assert primary(text, 1) == ("Nguyễn Văn Tâm", "person")


def test_a_numbered_paper_speaks_with_a_cue_only_papers_use():
    # the number before the cue is the paper's ("Công văn 215"), not a count ("6.000 bình luận")
    text = ("Công ty xin vay vốn ưu đãi từ năm 2019.\n\n"
            "Công văn 215 ghi rõ công ty được vay 20 tỉ đồng.")
    assert primary(text, 1) == ("Công văn 215", "document")


def test_what_only_a_paper_does_makes_an_unlisted_thing_a_paper():
    text = ("Bưu tá Lê Văn Hòa phụ trách tuyến dài nhất huyện.\n\n"
            "Sổ giao nhận của bưu điện xã ghi rõ trong tháng 9 anh đã phát 300 bưu gửi.")
    assert primary(text, 1) == ("Sổ giao nhận của bưu điện xã", "document")


def test_an_unnamed_description_with_an_age_is_the_one_named_with_that_age():
    text = ("Anh Trần Văn Cường, 38 tuổi, làm muối đã 15 năm.\n\n"
            "Theo cách tính của người đàn ông 38 tuổi, mỗi công ruộng chỉ lãi 2 triệu đồng.\n\n"
            "Người đàn ông 38 tuổi cho biết năm nay giá muối thấp.\n\n"
            "Một người đàn ông 38 tuổi khác cho biết anh đã bỏ nghề.")
    assert primary(text, 1) == ("Trần Văn Cường", "person")
    assert primary(text, 2) == ("Trần Văn Cường", "person")
    assert primary(text, 3)[1] == "anonymous"  # someone new with the same age


def test_an_age_two_people_share_points_to_no_one():
    text = ("Anh Lê Hùng, 38 tuổi, và chị Phạm Lan, 38 tuổi, cùng làm ruộng muối.\n\n"
            "Người 38 tuổi cho biết năm nay giá muối thấp.")
    assert primary(text, 1) != ("Lê Hùng", "person") and primary(text, 1) != ("Phạm Lan", "person")


def test_a_dash_turn_after_a_gesture_lead_in_is_the_gesturers():
    # the lead-in credits no one ("cười, gãi đầu:"); its main verb's subject speaks the turn
    text = ("Anh Trần Đình Lành là bưu tá của xã.\n\n"
            "Tôi hỏi sao anh không xin về xuôi.\n\n"
            "Lành cười, gãi đầu:\n\n"
            "- Về thì ai đi thay? Người ở đây chờ lá thư như chờ người thân về.")
    assert primary(text, 2) is None
    assert primary(text, 3) == ("Trần Đình Lành", "person")
    assert primary(text, 4) == ("Trần Đình Lành", "person")


def test_a_papers_dashed_items_are_all_its_words():
    text = ("Phụ huynh Trường Tiểu học Hoa Sen phản đối mức thu mới.\n\n"
            "Thông báo của nhà trường nêu rõ các mức thu cho năm học mới:\n\n"
            "- Học phí: 7,3 triệu đồng/tháng, năm trước là 5,2 triệu đồng.\n\n"
            "- Tiền ăn bán trú: 55.000 đồng/ngày.\n\n"
            "- Phí cơ sở vật chất: 3 triệu đồng/năm.\n\n"
            "Nhiều phụ huynh cho rằng mức tăng quá cao.")
    for k in (2, 3, 4):
        assert primary(text, k) == ("Thông báo của nhà trường", "document")
    assert primary(text, 5)[1] == "anonymous"


def test_a_persons_dash_lines_after_her_lead_in_stay_one_turn_each():
    # a person's lead-in: the next dash line is the next speaker's, not hers
    text = ("Bà Lê Thị Hoa bán hàng ở chợ đã 20 năm.\n\n"
            "Bà Hoa nói:\n\n"
            "- Chợ này đông nhất vào mùa mưa.\n\n"
            "- Bà bán ở đây lâu chưa?")
    assert primary(text, 2) == ("Lê Thị Hoa", "person")
    assert primary(text, 3) is None


def test_one_who_recounts_what_another_once_said_relays_that_other():
    text = ("Thầy Nguyễn Thanh Hải mở lớp võ miễn phí từ năm 2019.\n\n"
            "Cậu bé kể có lần thầy Hải nói với cả lớp: \"Đấm cho giỏi là để khỏi phải đấm ai hết\".\n\n"
            "Anh Lê Văn Lành kể hồi mới nhận tuyến, chú Bảy, người đưa thư cũ, từng nói với anh rằng "
            "ở vùng này \"mất một lá thư là mất lòng tin\".")
    assert primary(text, 1) == ("Nguyễn Thanh Hải", "person")
    assert primary(text, 2)[0] == "Bảy"


def test_recounting_what_another_did_quotes_no_one():
    text = ("Ông Trần Văn Hòa là cựu chiến binh của xã.\n\n"
            "Ông Hòa kể ông Bình nói dối về tuổi để được đi lính.")
    assert primary(text, 1) == ("Trần Văn Hòa", "person")


def test_a_nickname_the_village_habitually_calls_someone_is_theirs():
    text = ("Ông Võ Văn Thạnh, người trong làng quen gọi ông Bảy Thạnh, năm nay 70 tuổi.\n\n"
            "Ông Bảy Thạnh kể năm ấy lũ lên tới nóc nhà.")
    assert primary(text, 1) == ("Võ Văn Thạnh", "person")


def test_a_speakers_heading_under_a_reporters_question_states_nothing_and_her_listed_answer_is_hers():
    from claims.analyze import analyze_text
    text = ("Bác sĩ Hồ Thị Minh Nguyệt là Trưởng khoa Truyền nhiễm, Bệnh viện Nhi tỉnh.\n"
            "PV: Làm sao để phụ huynh nhận biết sớm trẻ mắc sởi?\n"
            "BS Nguyệt:\n"
            "Các dấu hiệu điển hình của sởi gồm:\n"
            "- Sốt cao trên 39 độ C, kèm ho.\n"
            "- Phát ban sau 3-4 ngày sốt.\n")
    (rep,) = analyze_text(text)
    assert primary(text, 2) is None and not rep.sentences[2].is_claim
    for k in (3, 4, 5):
        assert primary(text, k) == ("Hồ Thị Minh Nguyệt", "person")


def test_a_headlines_speaker_by_a_role_no_table_lists_is_the_one_given_that_role():
    text = ('Vụ khách tố bị "chặt chém" ở bãi biển, chủ quán: "Cua cân trước mặt khách, có hóa đơn"\n\n'
            "Một du khách đăng bài trên mạng xã hội tố bị tính giá cao.\n\n"
            "Bà Phạm Thị Lựu, chủ quán Hải Âu, khẳng định cua được cân trước mặt khách.")
    assert primary(text, 0) == ("Phạm Thị Lựu", "person")


def test_a_headline_title_the_tables_read_as_a_name_is_the_one_given_it():
    text = ('Số ca sởi tăng mạnh, Trưởng khoa Truyền nhiễm: "Nhiều trẻ chưa tiêm mũi nào"\n\n'
            "Phóng viên trao đổi với bác sĩ Lê Thị Thu Hà, Trưởng khoa Truyền nhiễm, Bệnh viện Nhi tỉnh.")
    assert primary(text, 0) == ("Lê Thị Thu Hà", "person")


def test_a_role_two_people_hold_names_no_one_in_a_headline():
    text = ('Tranh cãi về giá cua, chủ quán: "Chúng tôi làm đúng"\n\n'
            "Bà Phạm Thị Lựu, chủ quán Hải Âu, và ông Lê Văn Tâm, chủ quán Sóng Biển, đều bị kiểm tra.")
    assert primary(text, 0) not in (("Phạm Thị Lựu", "person"), ("Lê Văn Tâm", "person"))


def test_a_province_after_a_comma_that_ends_where_someone_is_from_is_no_speaker():
    text = ("Anh Trần Đình Lành, 29 tuổi, là bưu tá của xã.\n\n"
            "Chàng trai quê Diễn Châu, Nghệ An nói điều anh sợ nhất là những lá thư không còn người nhận.")
    assert primary(text, 1) != ("Nghệ An", "person")


def test_a_dash_tag_with_a_bare_name_or_an_age_description_credits_the_turn_as_direct_speech():
    text = ("Thằng Bi, 14 tuổi, là học trò theo thầy lâu nhất.\n\n"
            "- Hồi đó con đánh lộn hoài, giờ thầy cấm - Bi nói, mắt liếc về phía thầy.\n\n"
            "Bà Lâm Thị Sáu, 62 tuổi, làm muối từ năm 17 tuổi.\n\n"
            "- Ổng nói vậy chớ tới lúc bệnh vẫn đòi ra thăm ruộng - người đàn bà 62 tuổi cười, giọng khàn đặc.")
    from claims.analyze import analyze_text
    (rep,) = analyze_text(text)
    assert (rep.sentences[1].primary.source, rep.sentences[1].primary.quote) == ("Bi", "direct")
    assert primary(text, 3) == ("Lâm Thị Sáu", "person")


def test_a_bare_spokesperson_is_the_one_credited_as_a_bodys_spokesperson_before():
    text = ("Tại cuộc họp báo chiều 18/6, người phát ngôn Cục Hải quan cho biết quy định mới có hiệu lực từ 1/7.\n\n"
            "Theo người phát ngôn, quy định áp dụng với mọi hành khách.")
    assert primary(text, 1) == ("Cục Hải quan", "organization")


def test_a_bare_paper_as_subject_is_the_outlet_credited_before():
    text = ("Theo báo Tiền Phong, xe khách chở quá số người quy định.\n\n"
            "Tờ báo cho biết đoạn đèo từng bị người dân phản ánh nhiều lần.")
    assert primary(text, 1) == ("Tiền Phong", "media")


def test_a_body_then_the_body_it_belongs_to_credits_the_first():
    text = ("Nhiều khu công nghiệp chậm triển khai nhiều năm.\n\n"
            "Trong khi đó, Cục Quản lý đất đai, Bộ Nông nghiệp và Môi trường, cho biết cả nước có 40 khu chậm triển khai.\n\n"
            "Bộ Văn hóa, Thể thao và Du lịch cho biết lễ hội sẽ diễn ra vào tháng 3.")
    assert primary(text, 1) == ("Cục Quản lý đất đai", "organization")
    assert primary(text, 2) == ("Bộ Văn hóa, Thể thao và Du lịch", "organization")
