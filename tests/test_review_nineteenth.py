"""The nineteenth session's review: each finding as a test of our own sentences, mended."""
from claimviews import conflict_pairs, first_source as primary


def test_guided_in_the_passive_is_no_relay():
    assert primary("Người dân được Công an phường hướng dẫn cách nhận biết tin nhắn lừa đảo.", 0) is None
    assert primary("Ông Lê Văn Tám được Hội Cựu chiến binh xã dẫn đi thăm khu di tích.", 0) is None


def test_an_office_is_what_stands_right_before_the_name_not_a_clause():
    text = ("Giám đốc trung tâm y tế đã giao bác sĩ Phan Văn Lực theo dõi các ca nặng.\n\n"
            "Người đứng đầu trung tâm y tế cho biết chưa có ca tử vong.")
    assert primary(text, 1) != ("Phan Văn Lực", "person")


def test_the_head_of_one_named_ministry_is_no_minister_of_another():
    text = ("Bộ trưởng Bộ Tài chính Hồ Đức Phớc cho biết thuế sẽ được giãn.\n\n"
            "Người đứng đầu Bộ Giáo dục khẳng định học phí không tăng.")
    assert primary(text, 1) != ("Hồ Đức Phớc", "person")


def test_a_department_head_is_not_the_head_of_the_hospital():
    text = ("Ông Trương Văn Định, Giám đốc Bệnh viện Đa khoa tỉnh, cho biết bệnh viện đủ thuốc.\n\n"
            "Bác sĩ Lê Thị Thu, Trưởng khoa Nhi Bệnh viện Đa khoa tỉnh, nói khoa đang quá tải.\n\n"
            "Người đứng đầu bệnh viện khẳng định sẽ không để thiếu giường.")
    assert primary(text, 2) == ("Trương Văn Định", "person")


def test_an_official_channel_is_no_rumour():
    found = primary("Trên cổng thông tin điện tử chính thức của Sở Y tế đăng tải thông tin về 3 ca mắc sởi.", 0)
    assert found is None or found[1] != "anonymous"  # the body publishes; nothing spreads


def test_a_pronoun_addressed_as_oneself_still_reports():
    assert primary("Bà Phạm Thị Xuân bảo mình biết chuyện này từ lâu.", 0) == ("Phạm Thị Xuân", "person")


def test_a_vendor_described_with_va_stays_one_noun_phrase():
    text = ("Bà Nguyễn Thị Lan, Giám đốc Sở Công Thương, cho biết giá rau tăng mạnh.\n\n"
            "Chị bán rau và trái cây ở chợ Đầm cho biết mỗi ngày chỉ bán được nửa sạp.")
    assert primary(text, 1) != ("Nguyễn Thị Lan", "person")


def test_another_countrys_ministry_is_another_party():
    text = ("Người phát ngôn Bộ Ngoại giao Phạm Thu Hằng cho biết Việt Nam phản đối việc tàu khảo sát đi vào vùng biển.\n\n"
            "Bộ Ngoại giao khẳng định tàu khảo sát đã vi phạm chủ quyền của Việt Nam.\n\n"
            "Bộ Ngoại giao Trung Quốc bác bỏ thông tin này.")
    assert ("denial", 2, 1) in conflict_pairs(text)


def test_a_running_total_to_a_date_is_no_one_days_figure():
    text = ("Theo Ban Chỉ huy phòng chống thiên tai tỉnh Bình Định, tính đến ngày 12/10, mưa lũ đã làm 20 người chết.\n\n"
            "Theo UBND tỉnh Bình Định, sau 5 ngày mưa lũ, 15 người chết.")
    assert ("number_mismatch", 1, 0) in conflict_pairs(text)


def test_topic_openers_alone_are_no_goods():
    text = ("Về nguyên nhân, Công an tỉnh Bình Dương cho biết vụ cháy quán karaoke làm 11 người chết.\n\n"
            "Về thiệt hại, UBND thành phố Thuận An cho biết vụ cháy quán karaoke làm 14 người chết.")
    assert ("number_mismatch", 1, 0) in conflict_pairs(text)


def test_an_earlier_count_of_the_sentence_is_not_its_own_wrong_figure():
    text = ("Theo báo cáo ban đầu của UBND huyện, vụ sập giàn giáo làm 5 người chết.\n\n"
            "Trong khi 12 người vẫn đang điều trị tại bệnh viện, Sở Y tế đã đính chính số người chết là 3 người.")
    assert ("correction", 1, 0) in conflict_pairs(text)


def test_a_whole_takes_only_the_harms_of_its_own_list():
    from claims.conflicts.frames import frames
    from claims.numbers import extract
    text = "Mưa lũ làm 27 người, trong đó 21 người chết và 6 người mất tích; ngoài ra 40 người bị thương."
    whole = frames(text, tuple(extract(text)), None, None)[0]
    assert whole.harm == "dead+missing"
