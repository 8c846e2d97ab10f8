"""Twenty-fourth session, conflicts inside one article. Sentences written for the project."""
from claimviews import conflict_pairs, kinds_between



def test_a_second_source_answering_with_but_gives_a_figure_for_the_same_thing():
    text = ("Khu công nghiệp Bắc Hòa chậm tiến độ đã 6 năm.\n\n"
            "Theo ông Lê Văn Tâm, Giám đốc Sở Tài chính, nhà đầu tư mới san lấp khoảng 30% diện tích.\n\n"
            "Nhưng theo ông Trịnh Quốc Bảo, Tổng giám đốc công ty, doanh nghiệp đã san lấp khoảng 70% diện tích.")
    assert "number_mismatch" in kinds_between(conflict_pairs(text), 1, 2)


def test_two_sources_figures_for_the_same_thing_with_no_answer_are_not_set_against_each_other():
    # worded alike, but nothing says the second answers the first: two sides of a report, not a clash
    text = ("Khu công nghiệp Bắc Hòa chậm tiến độ đã 6 năm.\n\n"
            "Theo ông Lê Văn Tâm, Giám đốc Sở Tài chính, nhà đầu tư mới san lấp khoảng 30% diện tích.\n\n"
            "Ông Trịnh Quốc Bảo, Tổng giám đốc công ty, cho biết đã san lấp khoảng 70% diện tích lô A.")
    assert not kinds_between(conflict_pairs(text), 1, 2)


def test_a_boats_missing_answered_with_however_is_not_the_regions_toll():
    text = ("Theo Ban Chỉ huy phòng chống thiên tai khu vực, bão đã làm 7 người chết, 5 người mất tích.\n\n"
            "Biên phòng tỉnh cho biết tàu cá BĐ 91234 TS bị chìm, 2 ngư dân mất tích.\n\n"
            "Tuy nhiên, chủ tàu Lê Văn Hai nói vẫn còn 4 người chưa liên lạc được.")
    assert not kinds_between(conflict_pairs(text), 0, 2)


def test_a_denial_naming_its_object_answers_a_claim_sharing_one_term_of_it():
    text = ("Chị Lê Thu Trang đăng bài trên Facebook cho rằng quán tính giá cua quá cao.\n\n"
            "Chị Trang viết: \"Mình đề nghị cân lại thì bị lớn tiếng.\"\n\n"
            "Làm việc với đoàn kiểm tra, bà Phạm Thị Lựu, chủ quán Hải Âu, cho biết cua được cân trước mặt khách.\n\n"
            "Bà Lựu cũng phủ nhận việc nhân viên quán lớn tiếng với khách.")
    assert "denial" in kinds_between(conflict_pairs(text), 1, 3)


def test_an_authority_saying_the_rumour_negated_denies_it():
    text = ("Chiều 9/11, trên mạng xã hội xuất hiện thông tin cầu Long Hòa có nguy cơ sập.\n\n"
            "Ông Trần Quốc Hậu, Phó giám đốc Sở Xây dựng, khẳng định cầu Long Hòa không có nguy cơ sập.")
    assert "denial" in kinds_between(conflict_pairs(text), 0, 1)


def test_an_authority_saying_another_thing_negated_does_not_deny_the_rumour():
    text = ("Chiều 9/11, trên mạng xã hội xuất hiện thông tin cầu Long Hòa có nguy cơ sập.\n\n"
            "Ông Trần Quốc Hậu, Phó giám đốc Sở Xây dựng, cho biết xe tải trên 10 tấn không được qua cầu Long Hòa.")
    assert "denial" not in kinds_between(conflict_pairs(text), 0, 1)


def test_none_of_a_group_against_another_sources_count_of_it():
    text = ("Anh Nguyễn Văn Hải mở phòng tập quyền anh miễn phí cho trẻ bán vé số.\n\n"
            "Anh Hải khẳng định từ ngày mở lớp đến nay, chưa học trò nào của anh bị công an lập biên bản.\n\n"
            "Tuy nhiên, Trung tá Đỗ Minh Trí, Phó Trưởng Công an phường 7, cho biết năm 2023 công an phường "
            "đã lập biên bản hai học viên của phòng tập.")
    assert "contradiction" in kinds_between(conflict_pairs(text), 1, 2)


def test_none_in_one_clause_is_not_set_against_a_count_the_next_clause_gives():
    # "Không có vắc xin nào ..., nhưng tiêm đủ hai mũi ...": the count belongs to the second clause
    text = ("Bác sĩ Lê Thu Hà cho biết không có vắc xin nào bảo vệ tuyệt đối, nhưng tiêm đủ hai mũi giúp bảo vệ 97% trẻ.\n\n"
            "Theo CDC tỉnh, tỷ lệ trẻ tiêm đủ hai mũi vắc xin sởi năm qua chỉ đạt 82%.")
    assert "contradiction" not in kinds_between(conflict_pairs(text), 0, 1)
