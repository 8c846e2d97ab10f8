"""Fresh-eyes round 28 (seventeenth session), conflicts: a level (salinity, a price, a rate) holds
where it is measured; a correction puts right the very part it follows ("riêng tuần 33 có 712
ca" / "con số chính xác là 612 ca"); "tuần 33" is a week, not a count. Sentences written for
the project."""
from claims import numbers
from claimviews import conflict_pairs


def test_a_level_at_a_station_is_not_the_citys_tap_water():
    text = ("Số liệu do Đài Khí tượng Thủy văn tỉnh Trà Vinh công bố cho thấy độ mặn tại trạm Hưng Mỹ (huyện Châu Thành) "
            "lên tới 11,5‰.\n\n"
            "Những ngày qua, trên mạng xã hội lan truyền thông tin nước máy cấp cho thành phố Trà Vinh đã nhiễm mặn tới 3‰.")
    assert not [p for p in conflict_pairs(text) if p[0] in ("denial", "number_mismatch")]


def test_a_correction_of_one_weeks_count():
    text = ("Tại buổi giao ban sáng 12/9, ông Phạm Văn Hùng, Phó Giám đốc Sở Y tế, thông báo riêng tuần 36 toàn tỉnh "
            "có 845 ca mắc mới.\n\n"
            "Ngay sau đó, bà Trần Thu Lan, Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh, đính chính: con số chính xác là 745 ca.")
    assert ("correction", 1, 0) in conflict_pairs(text)


def test_a_week_of_the_year_is_a_date():
    got = [(f.text, f.kind) for f in numbers.extract("Riêng tuần 36 có 845 ca; mỗi tuần 3 buổi phun thuốc; trong 2 tuần 5 ngày.")]
    assert ("tuần 36", "date") in got and ("845 ca", "count") in got
    assert any(t.startswith("3 buổi") and k == "count" for t, k in got) and ("5 ngày", "count") in got
    assert not any(t in ("tuần 3", "tuần 5") for t, _ in got)


def test_a_denial_of_this_report_answers_an_earlier_outlet_not_the_bodys_own_official():
    text = ("Hãng tin Yonhap dẫn lời một quan chức Bộ Ngoại giao nước này cho biết hai bên đã có những trao đổi thẳng thắn.\n\n"
            "Trong khi đó, hãng tin Kyodo đưa tin hai bên đã đạt được thỏa thuận sơ bộ về việc gia hạn hiệp định.\n\n"
            "Tuy nhiên, người phát ngôn Bộ Ngoại giao Hàn Quốc đã bác bỏ thông tin này.\n\n"
            "Tờ The Korea Herald cho rằng Seoul muốn tránh để hiệp định hết hiệu lực.")
    denials = [p for p in conflict_pairs(text) if p[0] == "denial"]
    assert denials and all({p[1], p[2]} == {1, 2} for p in denials)
