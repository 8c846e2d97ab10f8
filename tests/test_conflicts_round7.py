"""Fresh-eyes cross round 7 (ninth session): a figure placed twice is one figure, not one per
place; "tổng số ... là N" and "được đưa đến bệnh viện" count the hospitalised; a window still to
come is a forecast; a correction notice corrects what it quotes; a long denied object is answered
by a claim that repeats its words, not one that shares scattered syllables. Every sentence was
written for the project."""
from claims.analyze import analyze_text
from claims.conflicts import compare, multi_place_keys
from claims.conflicts.frames import frames
from claims.store import store_reports
from claimviews import ACROSS, view


def harm_of(text, figure):
    v = view(0, text)
    return next(f.harm for f in frames(v.text, v.figures, None, None) if f.figure.text == figure)


def test_hospitalised_read_from_a_total_before_the_figure_and_from_taken_to_hospital():
    assert harm_of("Tính đến 10h, tổng số công nhân phải nhập viện sau sự cố là 27 người.", "27 người") == "hospitalised"
    assert harm_of("Toàn bộ 41 công nhân này đều được đưa đến bệnh viện huyện.", "41 công nhân") == "hospitalised"


def test_one_figure_placed_twice_is_not_a_figure_per_place():
    b = [view(0, "Sự cố rò rỉ khí ở Cần Thơ đã khiến 41 công nhân phải nhập viện."),
         view(1, "Toàn bộ 41 công nhân đều được đưa đến Bệnh viện Đa khoa khu vực Thốt Nốt.")]
    assert multi_place_keys(b) == frozenset()
    two = [view(0, "Ở Cần Thơ có 41 công nhân phải nhập viện."), view(1, "Ở Hậu Giang có 12 công nhân phải nhập viện.")]
    assert multi_place_keys(two)  # two places, two figures: one per place, as before


def test_two_outlets_same_hour_different_hospital_counts_conflict():
    doctor = view(0, "Bác sĩ Lâm Văn Phúc cho biết tính đến 10h, tổng số công nhân phải nhập viện là 27 người.",
                  "Lâm Văn Phúc", "person")
    ward = view(1, "Theo ông Huỳnh Văn Tâm, tính đến 10h, toàn bộ 41 công nhân này đều được đưa đến bệnh viện cấp cứu.",
                "Huỳnh Văn Tâm", "person")
    assert [c.kind for c in compare(ward, doctor, "vi", ACROSS)] == ["number_mismatch"]


def test_a_forecast_window_is_not_compared_with_rain_that_fell():
    fell = view(0, "Từ đêm 12/9 đến sáng 14/9, lượng mưa tại khu vực phổ biến 180-250 mm.", "Đài Khí tượng", "organization")
    ahead = view(1, "Theo Đài Khí tượng, trong 24 giờ tới khu vực Sìn Hồ còn mưa 50-100 mm.", "Đài Khí tượng", "organization")
    assert frames(ahead.text, ahead.figures, None, None)[0].scope == "target"
    assert compare(ahead, fell, "vi", ACROSS) == []


NOTICE = """# Đính chính số tiền đầu tư cầu Tân Phú

Trong bài viết "Tỉnh Lâm Hà chi 3.200 tỷ đồng xây cầu Tân Phú" đăng ngày 5/4, báo đưa tin dự án có tổng mức đầu tư 3.200 tỷ đồng.

Đây là con số nhầm lẫn trong quá trình biên tập.

Theo nghị quyết của HĐND tỉnh Lâm Hà, tổng mức đầu tư của dự án là 2.200 tỷ đồng.
"""
FIRST = """# Tỉnh Lâm Hà chi 3.200 tỷ đồng xây cầu Tân Phú

Sáng 5/4, HĐND tỉnh Lâm Hà thông qua nghị quyết đầu tư cầu Tân Phú bắc qua sông Lam.

Theo nghị quyết, dự án có tổng mức đầu tư 3.200 tỷ đồng, khởi công trong năm nay.
"""


def test_inside_a_correction_notice_the_later_figure_corrects_the_quoted_one():
    (rep,) = analyze_text(NOTICE, "notice.txt", use_nlp=False)
    kinds = {(c.kind, c.sentence, c.other_sentence) for c in rep.conflicts}
    assert ("correction", 3, 1) in kinds
    assert not any(c.kind == "number_mismatch" for c in rep.conflicts)


def test_a_correction_notice_quoting_a_stored_headline_corrects_that_article(engine):
    (a,) = analyze_text(FIRST, "first.txt", use_nlp=False)
    (b,) = analyze_text(NOTICE, "notice.txt", use_nlp=False)
    store_reports(engine, [a])
    (sb,) = store_reports(engine, [b])
    cross = {(c.kind, c.sentence, c.other_sentence) for c in sb.conflicts if c.other_article}
    assert ("correction", 3, 2) in cross
    assert not any(kind == "number_mismatch" for kind, _, _ in cross)


def test_without_the_notice_headline_the_same_figures_are_no_correction():
    plain = NOTICE.replace("# Đính chính số tiền đầu tư cầu Tân Phú", "# Cầu Tân Phú")
    (rep,) = analyze_text(plain, "plain.txt", use_nlp=False)
    assert not any(c.kind == "correction" and c.sentence == 3 and c.other_sentence == 1 for c in rep.conflicts)


def test_a_long_denied_object_needs_its_words_not_scattered_syllables():
    text = ("# Quỹ tín dụng Tân Hòa bác tin đồn\n\n"
            "Ngân hàng Nhà nước chi nhánh tỉnh Lâm Hà khẳng định thông tin Quỹ tín dụng Tân Hòa mất khả năng "
            "thanh toán và sẽ đóng cửa là hoàn toàn sai sự thật.\n\n"
            "Đại diện Ngân hàng Hợp tác chi nhánh Lâm Hà cho biết đơn vị sẵn sàng hỗ trợ thanh khoản cho quỹ "
            "khi cần thiết.\n\n"
            "Trước đó, một tài khoản Facebook cho rằng Quỹ tín dụng Tân Hòa đã mất khả năng thanh toán.\n")
    (rep,) = analyze_text(text, "q.txt", use_nlp=False)
    denied = {(c.sentence, c.other_sentence) for c in rep.conflicts if c.kind == "denial"}
    assert not any(2 in pair for pair in denied)  # the support offer is not what was denied
    assert any(3 in pair and 1 in pair for pair in denied)  # the account's claim is
