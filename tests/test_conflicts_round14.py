"""Fresh-eyes cross round 14 (thirteenth session): a correction notice whose sentence marks its
correction ("con số chính xác là ...") corrects the published figure though it does not repeat its
verb; a notice's correction puts right only what came before it, and a later figure for one day or
for a neighbouring province corrects nothing; a province-wide figure credited to that province's
body is that province's, not a total of several; a rainfall spread ("phổ biến ..., có nơi ...") is
no station's reading; an article's own rates worded apart are two measures. Every sentence was
written for the project."""
from claims.analyze import analyze_text
from claims.conflicts.frames import frames
from claims.numbers import extract
from claims.store import store_reports
from claimviews import kinds, view

PUBLISHED = """# Hòa Lâm đón 900.000 lượt khách dịp lễ

Theo Sở Văn hóa, Thể thao và Du lịch tỉnh Hòa Lâm, trong 5 ngày nghỉ lễ, toàn tỉnh đón khoảng 900.000 lượt khách.

Khu du lịch biển Bãi Ngọc đón khoảng 210.000 lượt, khu di tích Thành Cổ đón 95.000 lượt.

Tỉnh lân cận Bình Sơn đón khoảng 400.000 lượt khách.
"""
NOTICE = """# Đính chính số liệu khách du lịch đến Hòa Lâm dịp lễ

Do nhầm lẫn trong quá trình tổng hợp, bài viết nêu toàn tỉnh đón khoảng 900.000 lượt khách.

Theo báo cáo chính thức của Sở Văn hóa, Thể thao và Du lịch tỉnh Hòa Lâm, con số chính xác là 650.000 lượt khách.

Ông Hà Văn Lực, Giám đốc Sở, cho biết riêng ngày cao điểm 1/5, các điểm tham quan trong tỉnh đón khoảng 160.000 lượt khách.

Tỉnh lân cận Bình Sơn đón khoảng 380.000 lượt khách.
"""


def test_a_marked_notice_corrects_the_published_figure_and_nothing_after_it(engine):
    (a,) = analyze_text(PUBLISHED, "a.txt", use_nlp=True)
    (b,) = analyze_text(NOTICE, "b.txt", use_nlp=True)
    store_reports(engine, [a])
    (sb,) = store_reports(engine, [b])
    cross = sorted((x.kind, x.sentence, x.other_sentence) for x in sb.conflicts if x.other_article)
    inside = sorted((x.kind, x.sentence, x.other_sentence) for x in sb.conflicts if not x.other_article)
    assert ("correction", 2, 1) in cross
    assert inside == [("correction", 2, 1)]  # the notice's right figure against the wrong one it quotes


def test_a_rainfall_spread_is_no_stations_reading():
    forecast = view(0, "Theo Trung tâm Dự báo, hoàn lưu bão còn gây mưa lớn đến hết ngày 16/10, "
                       "tổng lượng mưa phổ biến 150-250 mm, có nơi trên 350 mm.")
    station = view(1, "Theo Đài Khí tượng tỉnh, trong 24 giờ qua, trạm Đồng Lâm đo được lượng mưa 372 mm.")
    assert kinds(station, forecast) == []


def test_a_neighbouring_province_is_a_place():
    text = "Tỉnh lân cận Bình Sơn đón khoảng 380.000 lượt khách."
    (fr,) = [f for f in frames(text, tuple(extract(text)), None, None)]
    assert fr.places and fr.places[0][0][1] == "bình sơn"


def test_an_articles_own_rates_worded_apart_are_two_measures():
    article = """# Hãng bay Cánh Diều báo lãi

Trong nửa đầu năm, hãng vận chuyển khoảng 5,2 triệu lượt khách, tăng 14% so với cùng kỳ.

Trên sàn chứng khoán, cổ phiếu của hãng tăng gần 4% trong phiên sáng nay.
"""
    (report,) = analyze_text(article, "c.txt", use_nlp=True)
    assert not [c for c in report.conflicts if c.kind == "number_mismatch"]


def test_a_market_price_given_as_the_going_rate_is_still_compared():
    report = view(0, "Giá lợn hơi hôm nay phổ biến ở mức 62.000 đồng/kg tại miền Bắc.")
    other = view(1, "Theo Hội Chăn nuôi, giá lợn hơi tại miền Bắc hôm nay chỉ 55.000 đồng/kg.", "Hội Chăn nuôi", "organization")
    from claims.conflicts.terms import partial
    from claims import lexicon
    (f,) = [x for x in report.figures if "đồng" in x.unit]
    assert not partial(report.text, f, lexicon.get("vi"))


def test_the_provinces_around_a_city_are_no_named_place():
    text = "Các tỉnh lân cận Hà Nội đón khoảng 800.000 lượt khách."
    assert all(f.places == () for f in frames(text, tuple(extract(text)), None, None))
