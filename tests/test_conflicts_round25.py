"""Fresh-eyes round 25 (sixteenth session), conflicts: a body that corrects its own figure, named
again as "cơ quan này" after another body was; households counted as "hộ dân" and as "hộ"; last
week's figure against this week's; a share against a rise; a target for a named year against the
story's own plan. Sentences written for the project."""
from claimviews import conflict_pairs, first_source as primary


def _numbers(text):
    return [p for p in conflict_pairs(text) if p[0] == "number_mismatch"]


def test_a_body_corrects_its_own_figure_counted_two_ways():
    text = ("Theo Ban Chỉ đạo quốc gia về phòng thủ dân sự, cơ quan này đã ghi nhận 12 người chết ở ba tỉnh.\n\n"
            "Sáng 6/10, Văn phòng Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh Hòa Lâm báo cáo đã di dời 8.400 hộ dân đến nơi an toàn.\n\n"
            "Tuy nhiên, đến 15h cùng ngày, cơ quan này đính chính, cho biết do nhầm lẫn khi tổng hợp, số hộ được di dời "
            "thực tế là 4.800 hộ.")
    assert primary(text, 1) == ("Văn phòng Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh Hòa Lâm", "organization")
    # "cơ quan này" is the body credited just before, not the one an earlier "cơ quan này" meant
    assert primary(text, 2) == ("Văn phòng Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh Hòa Lâm", "organization")
    assert ("correction", 2, 1) in conflict_pairs(text)


def test_last_weeks_figure_is_no_figure_for_this_week():
    text = ("Theo Trung tâm Kiểm soát bệnh tật tỉnh Hòa Lâm, trong tuần từ ngày 3/11 đến 9/11, toàn tỉnh ghi nhận "
            "842 ca mắc sốt xuất huyết, tăng 11% so với tuần trước.\n\n"
            "Tuần trước, toàn tỉnh ghi nhận 758 ca.")
    assert not _numbers(text)


def test_a_share_is_no_rise():
    text = ("Cộng dồn từ đầu năm, tỉnh Hòa Lâm có 9.120 ca mắc, tăng 41,5% so với cùng kỳ, Sở Y tế cho biết.\n\n"
            "Theo bác sĩ Lê Thu Hà, khoảng 35% trong số này là bệnh nhân từ các tỉnh lân cận.")
    assert not _numbers(text)


def test_a_target_for_a_named_year_is_not_this_years_plan():
    text = ("Để cán đích kế hoạch 18 tỷ USD, tỉnh Hòa Lâm còn phải xuất khẩu thêm 3,2 tỷ USD trong hai tháng cuối năm.\n\n"
            "Theo báo cáo của UBND tỉnh, tỉnh đặt mục tiêu xuất khẩu năm 2027 đạt 20 tỷ USD.")
    assert not _numbers(text)


def test_two_bodies_year_to_date_totals_still_clash():
    # the guard: both totals for the same ten months, from two bodies, still disagree
    text = ("Lũy kế 10 tháng, kim ngạch xuất khẩu của tỉnh Hòa Lâm đạt 14,6 tỷ USD, Sở Công Thương cho biết.\n\n"
            "Tuy nhiên, theo Cục Thống kê tỉnh Hòa Lâm, kim ngạch xuất khẩu 10 tháng của tỉnh chỉ đạt 13,1 tỷ USD.")
    assert _numbers(text)


# round 26 (the same session): yields per hectare, averages, a headline that sums up a running count
def test_a_yield_per_hectare_keeps_its_rate():
    from claims.numbers import extract
    assert [f.unit for f in extract("Năng suất lúa đạt 6,4 tấn/ha, xe chạy 60 km/h.")] == ["tấn/ha", "km/h"]


def test_an_average_is_no_single_fields_figure():
    text = ("Ông Lê Văn Tư, 58 tuổi, kể vụ này ruộng nhà ông đạt 7,1 tấn/ha.\n\n"
            "Theo Sở Nông nghiệp tỉnh Hòa Lâm, năng suất bình quân toàn tỉnh ước đạt 6,2 tấn/ha.")
    assert not _numbers(text)


def test_two_averages_still_clash():
    text = ("Theo Sở Nông nghiệp tỉnh Hòa Lâm, năng suất bình quân toàn tỉnh vụ Đông Xuân ước đạt 6,2 tấn/ha.\n\n"
            "Tuy nhiên, Cục Thống kê tỉnh Hòa Lâm cho biết năng suất bình quân toàn tỉnh vụ Đông Xuân chỉ đạt 5,6 tấn/ha.")
    assert _numbers(text)


def test_a_farmers_field_is_no_provinces_area():
    text = ("Ông Lê Văn Tư có 2 ha lúa ở xã Tân Hòa, ông cho biết vụ này được mùa.\n\n"
            "Theo Sở Nông nghiệp tỉnh Hòa Lâm, vụ Đông Xuân toàn tỉnh xuống giống 95.000 ha.")
    assert not _numbers(text)


def test_a_headline_summing_up_the_latest_count_disagrees_with_no_earlier_step():
    text = ("Rò rỉ khí clo ở nhà máy nước, 48 công nhân nhập viện\n\n"
            "Theo Ban Quản lý khu công nghiệp Tân Hòa, tính đến 10h, có 30 công nhân phải nhập viện.\n\n"
            "Đến 18h cùng ngày, Sở Y tế tỉnh cho biết tổng số công nhân nhập viện đã lên 48 người.")
    assert not [p for p in _numbers(text) if 0 in p[1:]]
