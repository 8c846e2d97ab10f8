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


def segmented(*words):
    """A sentence and its word spans, as the segmenter gives them ("mục tiêu" is one word)."""
    text, spans = "", []
    for w in words:
        if text and w not in ",.":
            text += " "
        spans.append((len(text), len(text) + len(w)))
        text += w
    return text, spans


def seg_texts(*words):
    text, spans = segmented(*words)
    return [f.text for f in extract(text, words=spans)]


def test_counted_noun_is_one_segmented_word():
    assert seg_texts("Pháo binh", "bắn", "40", "mục tiêu", "và", "3", "lính", "thiệt mạng", ".") == ["40 mục tiêu", "3 lính"]
    assert seg_texts("Tòa", "xét xử", "hai", "bị cáo", ".") == ["hai bị cáo"]  # "bị" opens the word, still a noun
    assert seg_texts("Có", "53", "người dân", "được", "sơ tán", ".") == ["53 người"]  # people counted


def test_measure_word_takes_the_next_noun_and_rates():
    text, spans = segmented("Họ", "bán", "20-25", "con", "heo", "và", "giảm", "1,2", "triệu", "thùng", "dầu", "mỗi", "ngày", ".")
    figs = extract(text, words=spans)
    assert [f.text for f in figs] == ["20-25 con heo", "1,2 triệu thùng dầu mỗi ngày"]
    assert figs[1].unit == "thùng dầu/ngày" and figs[1].value == pytest.approx(1.2e6)
    assert figs[0].kind == "count"  # "20-25" before a noun is a range, not 20 May


def test_bare_numerals_after_ca_and_la():
    assert seg_texts("Sau", "đó", ",", "cả", "4", "đều", "khỏi", "bệnh", ".") == ["4"]
    assert seg_texts("Số", "ca", "nặng", "là", "9", ",", "còn", "lại", "ổn định", ".") == ["9"]
    assert seg_texts("Anh", "về", "lúc", "9", ",", "rồi", "đi", ".") == []


def test_more_date_forms():
    assert texts("NASA công bố chiều 14.5, sau khi phóng tàu vào tháng 6.2011 và tháng 9/2020.") == [
        "chiều 14.5", "tháng 6.2011", "tháng 9/2020"]
    assert texts("Ông nói về thế kỷ 22, mùa giải 2024-2025 và giải hạng Nhất 2023-2024.") == [
        "thế kỷ 22", "mùa giải 2024-2025", "2023-2024"]
    assert texts("Lúc 17 giờ cùng ngày (5.9), đội cứu hộ có mặt.") == ["17 giờ", "5.9"]


def test_spelled_out_and_tricky_leads():
    assert texts("Cả 6 bệnh nhi đã xuất viện.") == ["6 bệnh nhi"]  # "Cả" opens the sentence, not a name
    assert texts("Giá ở chợ Bình Lợi 120.000 đồng.") == ["120.000 đồng"]  # a place name before a price
    assert texts("Xe tải BS 51C - 7342 lao vào dải phân cách.") == []  # a plate with a spaced dash
    assert texts("Giá sẽ tăng trong vòng 2 năm tới, đến vòng 3 thì dừng.") == ["2 năm"]
    assert texts("Họ đã thử một lần nữa với một triệu đồng.") == ["một triệu đồng"]
    assert texts("Lợi nhuận tăng 38%-45% so với cùng kỳ.") == ["38%-45%"]


def test_orders_of_magnitude():
    tens = extract("Hàng chục người bị thương.")[0]
    assert tens.bound == "order"
    assert compatible(tens, extract("Có 45 người bị thương.")[0])
    assert not compatible(tens, extract("Có 300 người bị thương.")[0])
    assert texts("Hàng triệu triệu người ủng hộ.") == []


def test_acronym_nouns_rates_per_area_and_temperatures():
    assert texts("Lực lượng phòng không bắn hạ 40 UAV; giá 80 triệu đồng/m2; xả 6.000 m3/ngày đêm; nóng 35 độ C.") == [
        "40 UAV", "80 triệu đồng/m2", "6.000 m3/ngày đêm", "35 độ C"]
    assert texts("Có 3 TP và 2 UBND được khen.") == []  # places and bodies are not counted nouns here


def test_sports_minutes_scores_quarters_and_sessions():
    assert texts("Đội khách gỡ hòa ở phút 90+4 sau khi bị dẫn 2-0 nhờ cú đúp ở phút 23.") == ["phút 90+4", "2-0", "phút 23"]
    assert texts("Báo cáo quý III cho thấy giai đoạn 2021-2022 tăng, phiên 3/11 giảm, số người chết lên 29.") == [
        "quý III", "giai đoạn 2021-2022", "phiên 3/11", "29"]


def test_number_words_that_are_names():
    assert texts("Bà Sáu nói giá tăng, ông Tám thì im lặng.") == []


def test_compound_counted_nouns():
    assert texts("Nga bắn hạ 87 máy bay không người lái và 3 tên lửa hành trình.") == [
        "87 máy bay không người lái", "3 tên lửa hành trình"]


def test_a_time_written_before_its_date_is_one_expression():
    assert texts("Khoảng 23h ngày 2/6 có mưa; tới 10g sáng 4-2 vẫn đông; từ 7 giờ sáng đã xếp hàng.") == [
        "23h ngày 2/6", "10g sáng 4-2", "7 giờ sáng"]
    assert texts("Tính đến 17 giờ cùng ngày (3.8) chưa có kết quả.") == ["17 giờ", "3.8"]


def test_fractions_and_common_compounds():
    assert texts("Đề bị lộ trùng khớp ở 8/10 câu.") == ["8/10 câu"]
    assert texts("Hơn 60 hộ dân phản ánh; 27 hộ nuôi cá bị thiệt hại; 6 xe chữa cháy có mặt.") == [
        "60 hộ dân", "27 hộ", "6 xe chữa cháy"]


def test_ordinals_years_of_birth_and_glued_figures():
    assert texts("Đây là lần thứ hai giá điện tăng; ông sẽ bước vào nhiệm kỳ thứ ba liên tiếp.") == [
        "lần thứ hai", "nhiệm kỳ thứ ba"]
    assert texts("Nhóm do Lương Văn Thế (SN 1979) cầm đầu.") == ["SN 1979"]
    text, spans = segmented("Ngành", "này", "lấy", "28,75 điểm", ",", "tăng", "0,5 điểm", ".")
    assert [f.text for f in extract(text, words=spans)] == ["28,75 điểm", "0,5 điểm"]  # the segmenter glued them
    assert texts("Có hàng chục nghìn người biểu tình, dù dự án sau nhiều năm triển khai vẫn dở dang.") == [
        "hàng chục nghìn người"]


def test_a_figure_named_as_the_wrong_one_counts_what_the_figure_before_it_counts():
    figs = extract("Cảnh sát xác định trên tàu có 34 người, không phải 36 như tin ban đầu.")
    assert [(f.text, f.unit, f.value) for f in figs] == [("34 người", "người", 34), ("36", "người", 36)]
    figs = extract("Lô hàng được định giá 3,4 tỷ đồng, thay vì 34 tỷ đồng.")
    assert [f.unit for f in figs] == ["đồng", "đồng"]
    assert [f.text for f in extract("Trận đấu có 36 cầu thủ tham dự.")] == ["36 cầu thủ"]


def test_a_count_after_sentence_opening_hiện_is_no_name():
    # "Hiện 17 người": currently 17 people; "Tháp 22" is still a name
    assert [f.text for f in extract("Hiện 17 người đang điều trị tại bệnh viện.")] == ["17 người"]
    assert [f.text for f in extract("Tháp 22 cao 80 m.")] == ["80 m"]
