"""Eighteenth session (fresh-eyes round 29), conflicts in figure-heavy articles: a list of figures
shares the place its first names; a fractional count of people is an average; "Tại TP.HCM" is a
place; a correction puts one figure right (the one it names as wrong, else its own body's, its
names', the nearest); capital pledged is not capital disbursed; a share's sum is a part.
Sentences written for the project."""
from claims.conflicts.places import place_mentions
from claimviews import conflict_pairs


def _kinds(text):
    return [p for p in conflict_pairs(text) if p[0] in ("number_mismatch", "correction", "denial")]


def test_a_list_of_figures_shares_the_place_of_its_first():
    text = ("Trong 5 ngày nghỉ lễ, cả nước có 150 vụ tai nạn giao thông, 80 người chết.\n\n"
            "Tại Đà Nẵng, trong 5 ngày nghỉ lễ xảy ra 6 vụ tai nạn, làm 4 người chết.")
    assert not _kinds(text)


def test_a_fractional_count_of_people_is_an_average():
    text = ("Bình quân mỗi ngày cả nước xảy ra 30 vụ tai nạn, làm 16,2 người chết.\n\n"
            "Ngày đầu kỳ nghỉ ghi nhận 35 vụ tai nạn, làm 19 người chết.")
    assert not [p for p in _kinds(text) if p[0] == "number_mismatch"]


def test_a_city_written_with_a_dot_after_tai_is_a_place():
    found = place_mentions("Tại TP.HCM, Phòng Cảnh sát giao thông cho biết có 12 vụ tai nạn.", "vi")
    assert found and found[0][3] == "tp.hcm" and found[0][:2] == (0, 10)


TYPHOON = ("Theo Văn phòng Ban Chỉ đạo, đến 17h ngày 14/10, bão đã làm 5 người chết ở các tỉnh miền Trung.\n\n"
           "Sáng 15/10, con số này tăng lên 11 người chết và 6 người mất tích.\n\n"
           "Ban Chỉ huy phòng chống thiên tai tỉnh Quảng Nam báo cáo tính đến 11h ngày 15/10, tỉnh có 4 người chết.\n\n"
           "Tuy nhiên, đến chiều cùng ngày, cơ quan này đã đính chính: tính đến 11h ngày 15/10, Quảng Nam có 6 người chết.")


def test_a_correction_puts_right_one_figure_not_every_earlier_toll():
    corrections = [p for p in conflict_pairs(TYPHOON) if p[0] == "correction"]
    assert [set(p[1:]) for p in corrections] == [{2, 3}]


def test_a_correction_that_names_the_wrong_figure_finds_it_far_back():
    body = ["Theo Cục Cảnh sát giao thông, trong 7 ngày nghỉ Tết cả nước xảy ra 200 vụ tai nạn, làm chết 130 người, "
            "bị thương 640 người."]
    body += [f"Tại tỉnh số {k}, lực lượng chức năng đã xử lý {k * 10} trường hợp vi phạm nồng độ cồn." for k in range(1, 8)]
    body += ["Chiều 5/2, Cục Cảnh sát giao thông có văn bản đính chính: số người bị thương trong 7 ngày nghỉ Tết là "
             "460 người, không phải 640 người như đã công bố."]
    corrections = [p for p in conflict_pairs("\n\n".join(body)) if p[0] == "correction"]
    assert [set(p[1:]) for p in corrections] == [{0, 8}]


def test_capital_pledged_is_not_capital_disbursed():
    text = ("Tính đến ngày 30/11, tổng vốn FDI đăng ký vào tỉnh Bắc Giang đạt 2,9 tỷ USD.\n\n"
            "Trong khi đó, Cục Thống kê tỉnh công bố vốn FDI giải ngân trong 11 tháng là 1,6 tỷ USD.")
    assert not _kinds(text)


def test_a_share_of_a_total_given_as_a_sum_is_a_part():
    text = ("Tính đến ngày 30/11, tổng vốn FDI đăng ký vào tỉnh Bắc Giang đạt 2,9 tỷ USD.\n\n"
            "Số liệu do Ban Quản lý các khu công nghiệp tỉnh công bố cho thấy 70% tổng vốn đăng ký năm nay đổ vào "
            "các khu công nghiệp, tương đương 2 tỷ USD.")
    assert not _kinds(text)


def test_a_later_figure_of_the_stretch_holds_where_the_first_does():
    text = ("Theo Cục Đầu tư nước ngoài, vốn FDI đăng ký của cả nước trong 11 tháng đạt 30 tỷ USD, vốn giải ngân đạt 20 tỷ USD.\n\n"
            "Cục Thống kê tỉnh Bắc Giang công bố vốn FDI giải ngân trong 11 tháng là 1,6 tỷ USD.")
    assert not _kinds(text)


def test_the_whole_countrys_figure_against_one_naming_no_place_among_provinces():
    text = ("Theo Hiệp hội Lương thực Việt Nam, quý I/2025 cả nước xuất khẩu 2,3 triệu tấn gạo, trị giá 1,2 tỷ USD.\n\n"
            "Riêng tỉnh An Giang xuất khẩu 310.000 tấn gạo, trị giá 160 triệu USD trong quý I.\n\n"
            "Tuy vậy, số liệu sơ bộ do Cục Hải quan công bố lại ghi nhận lượng gạo xuất khẩu quý I chỉ đạt 2,1 triệu tấn, "
            "với kim ngạch 1,1 tỷ USD.")
    assert any({p[1], p[2]} == {0, 2} and p[0] == "number_mismatch" for p in conflict_pairs(text))


def test_a_target_set_at_a_level_is_no_result():
    text = ("Số liệu do Cục Hải quan công bố ngày 8/1 cho thấy, năm 2025 Việt Nam xuất khẩu 7,9 triệu tấn gạo, giảm 3% "
            "so với năm 2024, nhưng kim ngạch đạt 5,1 tỷ USD, tăng 12%.\n\n"
            "Mục tiêu xuất khẩu gạo năm 2026 được ngành nông nghiệp đặt ở mức 5,4 tỷ USD.")
    assert not _kinds(text)


def test_the_growth_of_trade_is_not_the_growth_of_a_price():
    text = ("Số liệu do Cục Hải quan công bố ngày 8/1 cho thấy, năm 2025 Việt Nam xuất khẩu 1,2 triệu tấn chè, giảm 5% "
            "so với năm 2024, nhưng kim ngạch đạt 2,1 tỷ USD, tăng 30%.\n\n"
            "Tính bình quân, mỗi tấn chè xuất khẩu năm qua có giá 1.750 USD, tăng 42% so với năm trước.")
    assert not [p for p in _kinds(text) if p[0] == "number_mismatch"]
