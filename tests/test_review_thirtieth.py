"""The thirtieth session's review: sentences written for the project, one test per regression the
review found in the first draft of the session's rules (a refusal to speak credited, a name cut
at its own "không", a new subject after a comma, an office in a headline dropped, a warning
silenced, handed-over figures, a building read as a court, a plan read into what was done, two
projections no longer compared)."""
import pytest

from claimviews import conflict_pairs, first_source as primary, kinds_between


@pytest.mark.parametrize("text", [
    "Bà Lâm Thị Nở cúi mặt, không nói gì thêm.",
    "Ông Hồ Văn Tám lắc đầu, không khẳng định ngày trả lương.",
])
def test_a_refusal_after_a_gesture_credits_no_one(text):
    assert primary(text, 0) is None


def test_a_bodys_name_keeps_its_own_khong():
    text = "Cục Hàng không chưa cấp phép, cho rằng hãng còn thiếu tàu bay dự phòng."
    src = primary(text, 0)
    assert src is None or src[0] == "Cục Hàng không"


def test_a_new_subject_after_the_comma_is_not_the_first_clauses():
    text = "Cô giáo Hà Thị Mai dắt chúng tôi qua dãy lớp học, học sinh đều nói thích giờ đọc sách."
    src = primary(text, 0)
    assert src is None or src[0] != "Hà Thị Mai"


def test_an_office_named_with_its_province_still_speaks_in_a_headline():
    text = ("Chủ tịch UBND huyện Tủa Chùa, tỉnh Điện Biên: 'Sẽ làm rõ trách nhiệm từng cán bộ'\n"
            "Ông Giàng A Dình, Chủ tịch UBND huyện Tủa Chùa, cho biết huyện đã lập tổ kiểm tra.\n")
    assert primary(text, 0) == ("Giàng A Dình", "person")


def test_a_warning_about_people_at_risk_is_still_credited():
    text = "Viện Pasteur khuyến cáo người mắc bệnh tim mạch có nguy cơ biến chứng nặng hơn khi mắc cúm."
    assert primary(text, 0) == ("Viện Pasteur", "organization")


def test_figures_a_body_handed_over_then_show_credit_it():
    text = "Số liệu do Chi cục Thống kê huyện Cần Giuộc cung cấp cho thấy sản lượng lúa giảm 8%."
    assert primary(text, 0) == ("Chi cục Thống kê huyện Cần Giuộc", "organization")


def test_a_building_is_no_court_in_session():
    text = "Cư dân tại tòa nhà CT5 phản ánh thang máy hỏng nhiều ngày."
    assert primary(text, 0) == ("Cư dân tại tòa nhà CT5", "anonymous")


def test_what_was_done_under_a_plan_is_no_plan():
    text = ("Sạt lở ở miền núi Quảng Nam.\n\n"
            "Thực hiện kế hoạch này huyện Phước Sơn đã di dời 140 hộ dân ra khỏi vùng nguy hiểm, ông Hồ Văn Lộc cho biết.\n\n"
            "Tuy nhiên, theo UBND tỉnh, đến nay huyện Phước Sơn mới di dời 95 hộ dân.")
    assert "number_mismatch" in kinds_between(conflict_pairs(text), 1, 2)


def test_two_projections_of_one_years_total_are_compared():
    text = ("Xuất khẩu hồ tiêu 10 tháng đạt 1,1 tỷ USD.\n\n"
            "Hiệp hội Hồ tiêu dự kiến xuất khẩu hồ tiêu cả năm đạt khoảng 1,4 tỷ USD.\n\n"
            "Trong khi đó, Cục Xuất nhập khẩu dự báo xuất khẩu hồ tiêu cả năm chỉ đạt 1,25 tỷ USD.")
    assert "number_mismatch" in kinds_between(conflict_pairs(text), 1, 2)
