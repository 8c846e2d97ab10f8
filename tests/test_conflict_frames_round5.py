"""Conflict false alarms and misses a fresh-eyes tester met across two outlets' reports (issue 11,
session of 2026-12-01, eighth): searchers counted as the missing, a part introduced by "Trong số
<group>," without a number, the missing count falling as people are found, a company's notice about
a rumour read as the rumour, and its own chief executive read as a rival party. Every sentence here
was written for the project."""
from claims.analyze import analyze_text
from claims.conflicts import ClaimView, compare
from claims.conflicts.frames import frames
from claims.conflicts.statements import is_rumour, same_party
from claims.lexicon import get
from claims.numbers import extract
from claimviews import ACROSS, view

LEX = get("vi")


def test_people_searching_for_the_missing_are_not_the_missing():
    searchers = view(0, "Bộ đội, công an cùng hơn 150 người dân đang tìm kiếm những người mất tích dọc suối Nậm Ty.")
    (fr,) = [f for f in frames(searchers.text, searchers.figures, None, None) if f.figure.value == 150]
    assert fr.harm is None
    headline = view(1, "Lũ quét ở Nậm Ty: 5 người chết, còn 3 người mất tích")
    assert compare(headline, searchers, "vi", ACROSS) == []


def test_some_of_a_group_named_without_a_number_are_a_part_of_it():
    part = view(0, "Trong số học sinh nhập viện, 4 em phải truyền dịch do mất nước.")
    total = view(1, "Hiệu trưởng cho biết 31 học sinh đã nhập viện sau bữa trưa.", "Hiệu trưởng", "person")
    assert compare(total, part, "vi", ACROSS) == []
    from claims.conflicts.terms import near_breakdown

    (fig,) = part.figures
    assert near_breakdown(part.text, fig, LEX)
    assert not near_breakdown("Trong số liệu mới, 31 học sinh đã nhập viện.", extract("Trong số liệu mới, 31 học sinh đã nhập viện.")[0], LEX)


def test_fewer_missing_in_a_later_report_is_the_next_step_not_a_rival_figure():
    morning = view(0, "Tính đến 7h sáng 2/10, lũ quét đã làm 3 người chết và 4 người mất tích.",
                   "Ban chỉ huy phòng chống thiên tai tỉnh Lâm Hà", "organization")
    evening = view(1, "Lũ quét ở Lâm Hà: còn 2 người mất tích")
    assert [(c.kind, c.figure, c.other_figure) for c in compare(evening, morning, "vi", ACROSS)] == [
        ("update", "2 người", "4 người")]


def test_a_notice_about_a_rumour_is_not_the_rumour():
    assert not is_rumour("Chiều 3/5, Công ty Lam Sơn phát đi thông báo về thông tin lan truyền trên mạng xã hội.", LEX)
    assert not is_rumour("Công an huyện đang xác minh thông tin lan truyền trên mạng.", LEX)
    assert is_rumour("Từ tối 2/5, trên nhiều hội nhóm mạng xã hội lan truyền thông tin chuỗi cửa hàng sẽ đóng cửa.", LEX)


def test_a_chief_executive_of_the_company_speaks_for_the_company_the_article_is_about():
    body = view(0, "Lam Sơn Mart bác tin đóng cửa toàn bộ cửa hàng.", "Lam Sơn Mart", "organization", article="a")
    ceo = ClaimView(1, "Ông Trần Văn Hậu, Tổng giám đốc công ty, cho biết doanh nghiệp chỉ đóng cửa 2 cửa hàng.",
                    "Trần Văn Hậu", "person", tuple(extract("2 cửa hàng")), "a", "Ông Trần Văn Hậu", "cho biết")
    assert same_party(body, ceo, LEX)
    elsewhere = ClaimView(1, ceo.text, "Trần Văn Hậu", "person", ceo.figures, "b", "Ông Trần Văn Hậu", "cho biết")
    assert not same_party(body, elsewhere, LEX)  # another article's "công ty" may be any company


def test_a_denial_article_that_never_states_the_rumour_has_no_conflict_inside(pipeline):
    text = ("Lam Sơn Mart bác tin đóng cửa toàn bộ cửa hàng\n\n"
            "Chiều 3/5, Công ty cổ phần Thương mại Lam Sơn đã phát đi thông báo về thông tin lan truyền trên "
            "mạng xã hội liên quan đến chuỗi cửa hàng Lam Sơn Mart. Công ty khẳng định thông tin chuỗi Lam Sơn "
            "Mart đóng cửa toàn bộ cửa hàng từ ngày 1/6 là hoàn toàn sai sự thật.\n\n"
            "Ông Trần Văn Hậu, Tổng giám đốc công ty, cho biết doanh nghiệp chỉ đóng cửa 2 cửa hàng ở Hòa Lâm "
            "để chuyển sang địa điểm mới.")
    (rep,) = analyze_text(text)
    assert rep.sentences[0].primary.source_type == "organization"  # "Lam Sơn Mart": a brand, no one's name
    company = rep.sentences[2].primary
    assert company.source == "Công ty cổ phần Thương mại Lam Sơn"  # "Công ty khẳng định": the company named before
    assert [c for c in rep.conflicts if not c.other_article] == []


def test_a_treatment_centre_after_tai_is_no_place_so_two_sources_for_one_hour_conflict():
    office = view(0, "Theo Phòng Y tế huyện Đông Sa, tính đến 16h ngày 20/10, đã có 34 học sinh phải nhập viện "
                     "điều trị tại Trung tâm Y tế huyện.", "Phòng Y tế huyện Đông Sa", "organization")
    principal = view(1, "Bà Lê Thị Nhàn, Hiệu trưởng nhà trường, cho biết tính đến 16h ngày 20/10, có 27 học sinh "
                        "phải nhập viện tại Trung tâm Y tế huyện Đông Sa.", "Lê Thị Nhàn", "person")
    assert [(c.kind, c.figure, c.other_figure) for c in compare(principal, office, "vi", ACROSS)] == [
        ("number_mismatch", "27 học sinh", "34 học sinh")]


def test_none_dead_instead_of_the_one_reported_is_a_correction():
    early = view(0, "Vụ cháy làm 1 công nhân tử vong và 3 người khác bị thương.")
    fix = view(1, "Vụ cháy làm 2 công nhân bị ngạt khói nhẹ và không có người tử vong, không phải 1 người chết "
                  "như thông tin ban đầu.", "Công an tỉnh Bình Điền", "organization")
    (c,) = compare(fix, early, "vi", ACROSS)
    assert (c.kind, c.figure, c.other_figure) == ("correction", "không có người tử vong", "1 công nhân")


def test_revenue_and_profit_of_one_quarter_are_two_quantities():
    results = view(0, "Công ty Lam Giang vừa công bố lợi nhuận sau thuế quý II đạt 96 tỷ đồng.")
    sales = view(1, "Doanh thu thuần quý II đạt 1.870 tỷ đồng, tăng 12% so với cùng kỳ.")
    assert compare(sales, results) == []
    growth = view(2, "Lợi nhuận quý II vẫn tăng 40% so với cùng kỳ năm ngoái.")
    assert compare(growth, sales) == []  # profit growth is not revenue growth


def test_a_month_nine_months_a_quarter_and_a_year_are_different_periods():
    month = view(0, "Kim ngạch xuất khẩu của tỉnh Lam Giang trong tháng 9 ước đạt 410 triệu USD.")
    months = view(1, "Kim ngạch xuất khẩu 9 tháng của tỉnh Lam Giang đạt 3,6 tỷ USD.")
    assert compare(month, months, "vi", ACROSS) == []
    quarter = view(2, "Tỉnh phấn đấu kim ngạch xuất khẩu quý IV đạt ít nhất 1,2 tỷ USD.")
    year = view(3, "Tỉnh phấn đấu kim ngạch xuất khẩu cả năm 2024 đạt 4,9 tỷ USD.")
    assert compare(quarter, year) == []
    last_year = view(4, "Tháng 9 năm ngoái, xuất khẩu thủy sản của tỉnh chỉ đạt 70 triệu USD.")
    assert compare(last_year, view(5, "Năm 2023, kim ngạch xuất khẩu của tỉnh đạt 4,4 tỷ USD."), "vi", ACROSS) == []


def test_changes_against_two_bases_and_one_item_of_a_total_are_not_compared():
    monthly = view(0, "Kim ngạch xuất khẩu tháng 9 ước đạt 410 triệu USD, tăng 6% so với tháng trước.")
    yearly = view(1, "So với cùng kỳ năm ngoái, kim ngạch xuất khẩu tháng 9 tăng 14,2%.")
    assert compare(yearly, monthly) == []
    top = view(2, "Dệt may vẫn là mặt hàng có kim ngạch lớn nhất trong tháng với 150 triệu USD.")
    assert compare(top, monthly) == []
    sector = view(3, "Ngành thủy sản tỉnh đặt kế hoạch xuất khẩu năm 2024 đạt 0,9 tỷ USD.")
    total = view(4, "Tỉnh phấn đấu kim ngạch xuất khẩu cả năm 2024 đạt 4,9 tỷ USD.")
    assert compare(sector, total) == []
    # the same measure, period and base from two sources still conflict
    other = view(5, "Theo Cục Thống kê, kim ngạch xuất khẩu tháng 9 ước đạt 380 triệu USD.", "Cục Thống kê", "organization")
    assert [c.kind for c in compare(other, monthly)] == ["number_mismatch"]


def test_two_outlets_wording_a_count_alike_are_compared():
    guard = view(0, "Theo Bộ đội Biên phòng tỉnh Lam Giang, trên tàu có 11 thuyền viên.",
                 "Bộ đội Biên phòng tỉnh Lam Giang", "organization")
    owner = view(1, "Ông Phan Văn Tư, chủ tàu, cho biết trên tàu có 12 thuyền viên, đều là người trong xã.",
                 "Phan Văn Tư", "person")
    assert [c.kind for c in compare(owner, guard, "vi", ACROSS)] == ["number_mismatch"]
    rescued = view(2, "Đến trưa cùng ngày, lực lượng cứu hộ đã cứu được 9 thuyền viên.")
    assert compare(rescued, guard, "vi", ACROSS) == []  # the crew rescued is not the crew aboard
