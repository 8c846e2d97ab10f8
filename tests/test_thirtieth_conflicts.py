"""Thirtieth session, conflicts inside one article: a plan ("Kế hoạch năm nay của tỉnh là ...")
and a forecast ("Hiệp hội dự báo ... cả năm") are different measures, neither a result; what a
quarter still needs to reach a plan ("cần thêm ...") is no count of what it did. Sentences written
for the project."""
from claimviews import conflict_pairs, kinds_between


def test_a_plan_is_not_set_against_a_forecast():
    text = ("Xuất khẩu cá tra 10 tháng đạt 1,6 tỷ USD.\n\n"
            "Kế hoạch năm nay của tỉnh là 0,8 tỷ USD, nghĩa là hai tháng cuối năm phải xuất thêm 90 triệu USD.\n\n"
            "Hiệp hội dự báo xuất khẩu cá tra cả năm đạt khoảng 2,1 tỷ USD, thấp hơn mục tiêu 2,2 tỷ USD.")
    assert not kinds_between(conflict_pairs(text), 1, 2)


def test_two_forecasts_of_one_quantity_still_meet():
    text = ("Xuất khẩu cá tra 11 tháng đạt 1,9 tỷ USD.\n\n"
            "Hiệp hội Chế biến và Xuất khẩu thủy sản dự báo xuất khẩu cá tra cả năm đạt khoảng 2,3 tỷ USD.\n\n"
            "Trong khi đó, Cục Thủy sản dự báo xuất khẩu cá tra cả năm chỉ đạt 2,05 tỷ USD.")
    assert "number_mismatch" in kinds_between(conflict_pairs(text), 1, 2)


def test_what_a_quarter_still_needs_is_no_count_of_a_past_quarter():
    text = ("Cần Thơ có thêm 2.410 doanh nghiệp trong 9 tháng.\n\n"
            "Để đạt kế hoạch 3.500 doanh nghiệp, quý IV thành phố cần thêm 1.090 doanh nghiệp thành lập mới.\n\n"
            "Năm 2024, quý IV của thành phố có 980 doanh nghiệp thành lập mới.")
    assert not kinds_between(conflict_pairs(text), 1, 2)


def test_a_claim_that_negates_the_very_act_another_asserts():
    text = ("Vỡ ống nước trên đường Lê Văn Lương.\n\n"
            "Theo ông Trần Quốc Hưng, Phó giám đốc Công ty Nước sạch số 2, đơn vị thi công đã khoan trúng đường ống cấp nước D400, khiến nước tràn ra đường.\n\n"
            "Trong khi đó, đại diện Công ty Xây dựng Hòa Bình khẳng định công ty không khoan trúng bất kỳ đường ống nào.")
    assert "contradiction" in kinds_between(conflict_pairs(text), 1, 2)


def test_a_negation_about_other_people_further_on_is_no_clash():
    text = ("Ngộ độc ở nhà máy may.\n\n"
            "Chị Lò Thị Hoa kể chị chỉ ăn cơm với canh nhưng đến chiều vẫn bị đau bụng.\n\n"
            "Theo ông Vũ Văn Hòa, nguyên nhân có thể do nước uống, vì một số công nhân không ăn cơm căng tin cũng bị đau bụng.")
    assert not kinds_between(conflict_pairs(text), 1, 2)
