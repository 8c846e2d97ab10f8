import pytest

from claims.numbers import compatible, extract, parse_number


@pytest.mark.parametrize("s,v", [("2.500", 2500), ("7,8", 7.8), ("7.5", 7.5), ("1.234.567", 1234567), ("13,35", 13.35)])
def test_vietnamese_number_reading(s, v):
    assert parse_number(s) == pytest.approx(v)


def texts(sentence):
    return [f.text for f in extract(sentence)]


def test_counts_with_units_dates_and_times():
    s = "Đêm 2/2, khoảng 2.500 quân và 900 máy bay đã rút, sau 48 giờ giao tranh; lúc 23h22 có thêm 3 binh sĩ bị thương."
    assert texts(s) == ["Đêm 2/2", "2.500 quân", "900 máy bay", "48 giờ", "23h22", "3 binh sĩ"]


def test_ranges_money_and_percent():
    figs = extract("Giá thịt tăng thêm 5.000-7.000 đồng/kg, tổng thiệt hại ước 7,8 tỷ đồng, lạm phát 3,5%.")
    by_text = {f.text: f for f in figs}
    assert by_text["5.000-7.000 đồng/kg"].low == 5000 and by_text["5.000-7.000 đồng/kg"].high == 7000
    assert by_text["7,8 tỷ đồng"].value == pytest.approx(7.8e9)
    assert by_text["3,5%"].unit == "%"


def test_identifiers_are_not_numbers():
    assert texts("Xe biển số 29A-123.45 chạy qua Tháp 22 khi bão số 3 đổ bộ, theo Điều 318 của bộ luật.") == []


def test_spelled_out_and_approximators():
    figs = extract("Trong hai tuần qua có hơn 30 vụ cháy và hàng chục cuộc biểu tình.")
    assert [f.text for f in figs] == ["hai tuần", "30 vụ", "hàng chục cuộc biểu tình"]
    assert figs[1].bound == "above"


def test_compatible_figures():
    above_30 = extract("có hơn 30 người bị thương")[0]
    exact_34 = extract("có 34 người bị thương")[0]
    exact_25 = extract("có 25 người bị thương")[0]
    assert compatible(above_30, exact_34)
    assert not compatible(above_30, exact_25)
    assert not compatible(extract("12 người chết")[0], extract("15 người chết")[0])
