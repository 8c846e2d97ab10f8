"""Fresh-eyes round 18 (fourteenth session), conflicts: a department "của" a company speaks for
the company, so its denial is no conflict with the company's own statement; a sentence that gives
its subject's share of a total ("chiếm 41% tổng doanh thu") is about a part, not the total.
Articles written for the project."""
from claims.analyze import analyze_text


def _pairs(text):
    (rep,) = analyze_text(text)
    return [(c.kind, c.sentence, c.other_sentence) for c in rep.conflicts]


def test_a_companys_own_department_is_no_second_party():
    text = ("Công ty cổ phần Dệt may Hòa Bình (Hòa Bình Textile) vừa công bố kế hoạch tái cấu trúc.\n\n"
            "Cùng ngày, trong thông cáo gửi báo chí, Hòa Bình Textile xác nhận sẽ chấm dứt hợp đồng với khoảng "
            "300 công nhân từ ngày 1/12.\n\n"
            "Một công nhân phản ánh, nhiều người bị gọi lên ký biên bản thỏa thuận ngay trong buổi sáng.\n\n"
            "Đại diện phòng nhân sự của Hòa Bình Textile bác bỏ thông tin công nhân bị ép ký, khẳng định mọi "
            "thỏa thuận đều tự nguyện.")
    assert not [p for p in _pairs(text) if {p[1], p[2]} == {1, 3}]


def test_a_share_of_the_total_is_no_total():
    text = ("Theo báo cáo tài chính quý III, Công ty Thép Hưng Long đạt doanh thu 5.200 tỷ đồng, giảm 12% so với "
            "cùng kỳ năm trước.\n\n"
            "Doanh thu xuất khẩu, vốn chiếm 35% tổng doanh thu, giảm 27% so với cùng kỳ.")
    assert not [p for p in _pairs(text) if p[0] == "number_mismatch"]


def test_two_totals_for_one_quarter_are_still_compared():
    # the guard is the share of a total, not any percentage: two reports of one total still clash
    text = ("Theo báo cáo tài chính quý III, doanh thu của Công ty Thép Hưng Long giảm 12% so với cùng kỳ.\n\n"
            "Tuy nhiên, theo Hiệp hội Thép, doanh thu quý III của Công ty Thép Hưng Long giảm 20% so với cùng kỳ.")
    assert [p for p in _pairs(text) if p[0] == "number_mismatch"]
