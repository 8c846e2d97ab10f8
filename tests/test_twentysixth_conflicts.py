"""Twenty-sixth session, conflicts inside one article. Sentences written for the project."""
import pytest

from claimviews import conflict_pairs, kinds_between


@pytest.mark.xfail(reason="the whole of every group ('các doanh nghiệp trên địa bàn tỉnh') is kept apart from a total "
                          "over a period: joining them set a part ('doanh nghiệp FDI', exports to one market) against "
                          "the total", strict=True)
def test_a_provinces_exports_for_a_quarter_against_the_statistics_office_for_its_three_months():
    # the period phrase and "chỉ đạt" stand between the figure and what it measures
    text = ("Xuất khẩu gạo của Hậu Giang tăng mạnh.\n\n"
            "Ông Lê Minh Tâm, Phó giám đốc Sở Công Thương Hậu Giang, cho biết trong quý I, các doanh nghiệp "
            "trên địa bàn tỉnh đã xuất khẩu 215.000 tấn gạo.\n\n"
            "Tuy nhiên, theo báo cáo quý I của Cục Thống kê tỉnh Hậu Giang, lượng gạo xuất khẩu của tỉnh "
            "trong ba tháng đầu năm chỉ đạt 176.400 tấn.")
    assert "number_mismatch" in kinds_between(conflict_pairs(text), 1, 2)


def test_a_seasons_harvest_is_not_set_against_one_months_exports():
    text = ("Giá hồ tiêu tiếp tục tăng.\n\n"
            "Theo Hiệp hội Hồ tiêu Việt Nam, trong tháng 5, Việt Nam xuất khẩu được 21.500 tấn hồ tiêu.\n\n"
            "Ông Trần Văn Lực cho biết sản lượng hồ tiêu niên vụ năm nay của Việt Nam ước đạt 165.000 tấn.")
    assert not kinds_between(conflict_pairs(text), 1, 2)


def test_a_provinces_exports_for_a_quarter_against_another_quarters_are_not_one():
    text = ("Xuất khẩu gạo của Hậu Giang tăng mạnh.\n\n"
            "Ông Lê Minh Tâm, Phó giám đốc Sở Công Thương Hậu Giang, cho biết trong quý I, các doanh nghiệp "
            "trên địa bàn tỉnh đã xuất khẩu 215.000 tấn gạo.\n\n"
            "Theo báo cáo của Cục Thống kê tỉnh Hậu Giang, lượng gạo xuất khẩu của tỉnh trong quý II đạt 176.400 tấn.")
    assert not kinds_between(conflict_pairs(text), 1, 2)
