"""Thirty-first session, conflicts inside one article: a province's part of a total, given as
"Trong đó, tỉnh X có ...", is the province's whole toll and meets another source's toll for it;
"nửa đầu năm" is the first six months; the reason for one event is no rival to the reason for
another in a clause after a semicolon, nor does a body's head make two matters one; principal and
interest are different sums. Sentences written for the project."""
from claimviews import conflict_pairs, kinds_between


def test_a_provinces_part_of_a_total_meets_another_count_for_that_province():
    text = ("Mưa lũ ở miền núi phía Bắc.\n\n"
            "Theo báo cáo của Cục Quản lý đê điều, mưa lũ đã làm 17 người chết ở hai tỉnh.\n\n"
            "Trong đó, Hà Giang có 12 người chết; Cao Bằng có 5 người chết.\n\n"
            "Tuy nhiên, theo Ban Chỉ huy Phòng thủ dân sự tỉnh Hà Giang, toàn tỉnh có 10 người chết.")
    assert "number_mismatch" in kinds_between(conflict_pairs(text), 2, 3)


def test_a_part_of_a_list_at_a_place_is_still_no_rival_to_another_count_there():
    text = ("Giao khoán đất rừng ở xã Tà Lùng.\n\n"
            "Một cán bộ huyện cho biết ông Hòa ở xã Tà Lùng đã nhận khoán 6 ha.\n\n"
            "Ngoài ra còn có ông Sơn ở xã Tà Lùng đã nhận khoán 4 ha.")
    assert not kinds_between(conflict_pairs(text), 1, 2)


def test_the_first_half_of_the_year_is_six_months():
    text = ("Xuất khẩu cà phê.\n\n"
            "Theo số liệu của Cục Hải quan, 6 tháng đầu năm 2026, Việt Nam xuất khẩu 0,92 triệu tấn cà phê.\n\n"
            "Trong khi đó, báo cáo của Bộ Công Thương cho biết nửa đầu năm, Việt Nam xuất khẩu 0,98 triệu tấn cà phê.")
    assert "number_mismatch" in kinds_between(conflict_pairs(text), 1, 2)


def test_reasons_for_two_different_events_do_not_compete():
    text = ("Rò rỉ hóa chất ở khu công nghiệp.\n\n"
            "Bác sĩ Lê Thị Hằng cho biết bệnh viện đã tiếp nhận 6 công nhân của công ty bên cạnh vì hít phải khí độc.\n\n"
            "Theo báo Đồng Nai, đây không phải lần đầu công ty này gặp sự cố; năm 2024, công ty từng bị phạt vì xả thải sai quy định.")
    assert not kinds_between(conflict_pairs(text), 1, 2)


def test_principal_and_interest_are_different_sums():
    text = ("Vụ huy động vốn trái phép.\n\n"
            "Theo luật sư Đỗ Minh Tâm, 52 người đã gửi tổng tiền gốc hơn 90 tỷ đồng.\n\n"
            "Trong khi đó, nhiều bị hại khẳng định tổng tiền lãi họ nhận được chỉ khoảng 4 tỷ đồng.")
    assert not kinds_between(conflict_pairs(text), 1, 2)


def test_two_principals_still_clash():
    text = ("Vụ huy động vốn trái phép.\n\n"
            "Theo cơ quan điều tra, tổng tiền gốc bị chiếm đoạt là 62 tỷ đồng.\n\n"
            "Trong khi đó, luật sư Đỗ Minh Tâm cho rằng tổng tiền gốc bị chiếm đoạt lên tới 90 tỷ đồng.")
    assert "number_mismatch" in kinds_between(conflict_pairs(text), 1, 2)
