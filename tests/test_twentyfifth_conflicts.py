"""Twenty-fifth session, conflicts inside one article. Sentences written for the project."""
from claimviews import conflict_pairs, kinds_between


def test_the_whole_district_is_the_district_its_chairman_heads():
    # "toàn huyện" names no place: it is the unit the speaker's description named
    text = ("Bão số 9 gây thiệt hại nặng ở ba tỉnh ven biển.\n\n"
            "Tại Hòa Lâm, Ban Chỉ huy Phòng thủ dân sự tỉnh Hòa Lâm báo cáo huyện Tây Sơn có 315 nhà bị tốc mái "
            "tính đến chiều 28/10.\n\n"
            "Tuy nhiên, ông Lê Văn Dũng, Chủ tịch UBND huyện Tây Sơn, khẳng định đến chiều cùng ngày toàn huyện có "
            "540 nhà bị tốc mái.\n\n"
            "Tại Phú Khang, huyện Đông Hải có 120 nhà bị tốc mái.")
    assert "number_mismatch" in kinds_between(conflict_pairs(text), 1, 2)


def test_the_whole_of_another_district_is_not_set_against_this_one():
    text = ("Bão số 9 gây thiệt hại nặng ở ba tỉnh ven biển.\n\n"
            "Tại Hòa Lâm, Ban Chỉ huy Phòng thủ dân sự tỉnh Hòa Lâm báo cáo huyện Tây Sơn có 315 nhà bị tốc mái "
            "tính đến chiều 28/10.\n\n"
            "Tuy nhiên, ông Lê Văn Dũng, Chủ tịch UBND huyện Đông Hải, khẳng định đến chiều cùng ngày toàn huyện có "
            "540 nhà bị tốc mái.\n\n"
            "Tại Phú Khang, huyện Bắc Hà có 120 nhà bị tốc mái.")
    assert not kinds_between(conflict_pairs(text), 1, 2)


def test_two_bodies_totals_for_the_same_months_answered_with_only():
    text = ("Xuất khẩu cà phê tăng mạnh về giá trị.\n\n"
            "Theo số liệu của Cục Thống kê, 10 tháng đầu năm cả nước xuất khẩu 1,32 triệu tấn cà phê.\n\n"
            "Trong khi đó, Hiệp hội Cà phê Việt Nam cho biết lượng cà phê xuất khẩu của cả nước trong 10 tháng "
            "chỉ đạt 1,18 triệu tấn.")
    assert "number_mismatch" in kinds_between(conflict_pairs(text), 1, 2)


def test_a_total_for_ten_months_is_not_set_against_one_months():
    text = ("Xuất khẩu cà phê tăng mạnh về giá trị.\n\n"
            "Theo số liệu của Cục Thống kê, 10 tháng đầu năm cả nước xuất khẩu 1,32 triệu tấn cà phê.\n\n"
            "Trong khi đó, Hiệp hội Cà phê Việt Nam cho biết lượng cà phê xuất khẩu của cả nước trong tháng 10 "
            "chỉ đạt 118.000 tấn.")
    assert not kinds_between(conflict_pairs(text), 1, 2)
