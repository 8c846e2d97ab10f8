"""Twenty-third session, conflicts inside one article. Sentences written for the project."""
from claimviews import conflict_pairs, kinds_between



def test_a_body_denying_an_explanation_is_not_denying_its_own_figures():
    text = ("Theo số liệu Cục Thống kê công bố ngày 5/10, quý III tỉnh xuất khẩu 1,2 triệu tấn cà phê.\n\n"
            "Hiệp hội Cà phê tỉnh cho rằng số liệu thấp vì hàng qua đường tiểu ngạch không được tính.\n\n"
            "Đại diện Cục Thống kê bác bỏ lý giải này, khẳng định mọi lô hàng đều đã được thống kê.")
    assert not kinds_between(conflict_pairs(text), 0, 2)


def test_a_gap_after_its_named_base_is_no_level():
    text = ("Theo Trung tâm Khí tượng, trạm Con Cuông đo được 41,8 độ C, cao nhất cả nước.\n\n"
            "Bà Trần Thu Hà, trưởng phòng dự báo, cho biết nhiệt độ trong khu dân cư có thể cao hơn số đo "
            "tại trạm từ 2 đến 3 độ C.")
    assert not kinds_between(conflict_pairs(text), 0, 1)


def test_a_figure_something_is_measured_against_is_no_current_level():
    text = ("Giá gạo xuất khẩu đã giảm mạnh so với mức đỉnh hơn 650 USD/tấn hồi đầu năm.\n\n"
            "Một số doanh nghiệp ở An Giang cho biết giá chào bán hiện chỉ còn 560 USD/tấn.")
    assert not kinds_between(conflict_pairs(text), 0, 1)


def test_a_total_since_the_start_of_the_year_after_whose_it_is_is_no_single_fine():
    text = ("Phòng khám Minh Tâm quảng cáo chữa khỏi tiểu đường bị phạt 70 triệu đồng\n\n"
            "Ngày 20/9, Thanh tra Sở Y tế tỉnh Bình Thuận ký quyết định xử phạt phòng khám Minh Tâm với tổng số "
            "tiền 70 triệu đồng.\n\n"
            "Theo Thanh tra Sở Y tế tỉnh Bình Thuận, từ đầu năm đến nay, đơn vị đã xử phạt 11 cơ sở vi phạm "
            "về quảng cáo, tổng số tiền hơn 540 triệu đồng.")
    assert not kinds_between(conflict_pairs(text), 1, 2)


def test_a_case_supposed_gives_no_competing_explanation():
    text = ("Theo thông báo của nhà trường, việc điều chỉnh điểm chuẩn là do lỗi nhập liệu.\n\n"
            "“Nếu phát hiện trường điều chỉnh điểm chuẩn vì lý do khác, Bộ sẽ xử lý nghiêm”, bà Lê Thu Hương nói.")
    assert not kinds_between(conflict_pairs(text), 0, 1)


def test_two_breakdowns_of_one_total_that_differ_conflict():
    # what both sentences name differs (a commander, a port authority), the breakdown is the same
    text = ("Chiếc tàu chở khách bị lật gần cửa biển sáng 12/7.\n\n"
            "Theo ông Phan Văn Lộc, trên tàu có 37 người, gồm 33 hành khách và 4 thuyền viên.\n\n"
            "Trong khi đó, Cảng vụ Đường thủy nội địa tỉnh Bình Định khẳng định tàu chỉ chở 34 người, "
            "gồm 30 hành khách và 4 thuyền viên.")
    assert "number_mismatch" in kinds_between(conflict_pairs(text), 1, 2)
