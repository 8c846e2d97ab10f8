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


def test_a_familys_own_count_is_a_part_of_the_toll():
    family = view(0, '"Gia đình tôi cũng có 6 người phải nhập viện, tôi rất lo", ông Võ Văn Tư nói.',
                  "Võ Văn Tư", "person")
    total = view(1, "Trong 86 người nhập viện, Trung tâm Y tế huyện tiếp nhận 54 người.")
    assert kinds(family, total) == []


def test_a_notice_giving_the_right_figure_before_the_wrong_one_still_corrects_it():
    notice = """# Đính chính số liệu khách du lịch

Con số chính xác là 720.000 lượt khách trong 5 ngày nghỉ lễ.

Trước đó, bài viết đã đưa tin toàn tỉnh đón 650.000 lượt khách trong 5 ngày nghỉ lễ.
"""
    (report,) = analyze_text(notice, "n.txt", use_nlp=True)
    assert ("correction", 1, 2) in {(c.kind, c.sentence, c.other_sentence) for c in report.conflicts} | \
        {(c.kind, c.other_sentence, c.sentence) for c in report.conflicts}


# cross round 15 (the same session)
def test_a_daily_workforce_is_not_the_count_at_one_moment():
    site = view(0, "Hiện trên công trường có khoảng 150 công nhân làm việc mỗi ngày.")
    moment = view(1, "Thời điểm giàn giáo sập, có khoảng 20 công nhân đang làm việc trên đoạn giàn giáo này.")
    assert kinds(site, moment) == []


def test_a_firms_own_figure_is_not_the_provinces_total():
    firm = view(0, "Bà Lê Thị Ngọc, Giám đốc Công ty CP Lương thực Tây Hòa, cho biết năm qua công ty xuất được "
                   "90.000 tấn gạo, kim ngạch 60 triệu USD.", "Lê Thị Ngọc", "person", cue="cho biết",
                mention="Bà Lê Thị Ngọc")
    total = view(1, "Theo Sở Công Thương, kim ngạch xuất khẩu gạo cả năm của tỉnh đạt 640 triệu USD.",
                 "Sở Công Thương", "organization", cue="Theo", mention="Sở Công Thương")
    assert kinds(firm, total) == []


def test_drowned_is_a_count_of_its_own_and_not_the_group_that_went_swimming():
    text = "Ba học sinh lớp 7 đuối nước khi tắm sông"
    (fr,) = frames(text, tuple(extract(text)), None, None)
    assert fr.harm == "drowned"
    group = view(0, "Chiều 15/6, nhóm 6 học sinh ở xã Tân Hòa rủ nhau ra sông để tắm.")
    assert kinds(group, view(1, text)) == []


def test_posts_that_claim_something_are_the_rumour():
    from claims import lexicon
    from claims.conflicts.statements import is_rumour
    lex = lexicon.get("vi")
    assert is_rumour("Nhiều bài đăng kêu gọi hơn 3.000 người dân ở hạ du phải sơ tán khẩn cấp.", lex)
    assert not is_rumour("Bài đăng của một tài khoản đã bị xóa sau hai giờ.", lex)


def test_a_notice_corrects_a_years_total_given_for_all_firms(engine):
    published = """# Xuất khẩu gạo của Hòa Lâm lập kỷ lục

Theo Sở Công Thương tỉnh Hòa Lâm, năm 2024 các doanh nghiệp trên địa bàn tỉnh đã xuất khẩu 1,18 triệu tấn gạo.
"""
    notice = """# Đính chính thông tin về lượng gạo xuất khẩu năm 2024 của Hòa Lâm

Do nhầm lẫn trong quá trình biên tập, bài viết đã nêu sai lượng gạo xuất khẩu của tỉnh.

Theo báo cáo của Sở Công Thương tỉnh Hòa Lâm, con số chính xác là 1,81 triệu tấn gạo.
"""
    (a,) = analyze_text(published, "a.txt", use_nlp=True)
    (b,) = analyze_text(notice, "b.txt", use_nlp=True)
    store_reports(engine, [a])
    (sb,) = store_reports(engine, [b])
    assert ("correction", 2, 1) in {(x.kind, x.sentence, x.other_sentence) for x in sb.conflicts if x.other_article}


# review mends (the same session)
def test_a_fire_at_a_factory_is_no_firms_own_figure():
    police = view(0, "Theo Công an tỉnh, vụ cháy đã làm 5 người tử vong.", "Công an tỉnh", "organization",
                  cue="Theo", mention="Công an tỉnh")
    chair = view(1, "Ông Nguyễn Văn Hải, Chủ tịch UBND huyện, cho biết vụ cháy tại nhà máy may Phú Thịnh đã làm "
                    "3 người tử vong.", "Nguyễn Văn Hải", "person", cue="cho biết", mention="Ông Nguyễn Văn Hải")
    assert kinds(chair, police) == ["number_mismatch"]


def test_outlets_pages_are_no_rumour():
    from claims import lexicon
    from claims.conflicts.statements import is_rumour
    assert not is_rumour("Các trang tin quốc tế đưa tin 50 người thiệt mạng.", lexicon.get("vi"))


def test_the_rescued_from_drowning_are_not_the_dead():
    rescued = view(0, "Lực lượng cứu hộ đã cứu sống 5 học sinh bị đuối nước.")
    dead = view(1, "Vụ việc khiến 2 học sinh tử vong.")
    assert kinds(rescued, dead) == []


def test_the_same_rate_worded_alike_in_one_article_is_still_compared():
    article = """# Giá điện tăng từ hôm nay

Theo đó, giá bán lẻ điện bình quân tăng 4,8% từ ngày 11/10.

Như vậy, giá bán lẻ điện bình quân tăng 3% so với trước.
"""
    (report,) = analyze_text(article, "p.txt", use_nlp=True)
    assert [c for c in report.conflicts if c.kind == "number_mismatch"]


# cross round 16 (the same session)
def test_a_plan_and_a_share_of_it_are_not_results():
    result = view(0, "Lợi nhuận trước thuế của ngân hàng năm 2024 đạt 8.920 tỷ đồng.")
    plan = view(1, "Ngân hàng đã hoàn thành 105% kế hoạch lợi nhuận 8.500 tỷ đồng do đại hội đồng cổ đông giao.")
    assert kinds(result, plan) == []
    quarter = view(2, "Trong quý I/2025, ngân hàng hoàn thành 24% kế hoạch năm.")
    assert kinds(quarter, plan) == []


def test_two_named_ratios_are_two_measures():
    bad_debt = view(0, "Tỷ lệ nợ xấu được kiểm soát dưới 1,5%.")
    cover = view(1, "Tỷ lệ bao phủ nợ xấu đạt 118%.")
    assert kinds(bad_debt, cover) == []


def test_an_earlier_events_figure_is_not_a_step():
    now = view(0, "Tính đến 7h, các bệnh viện đã tiếp nhận 17 người bị thương.")
    before = view(1, "Hồi tháng 1, một vụ nổ gas tại quán ăn ở phường Tân Lập từng làm 2 người bị thương.")
    assert kinds(now, before) == []


def test_a_condition_is_no_denial():
    from claims import lexicon
    from claims.conflicts.statements import has_denial
    lex = lexicon.get("vi")
    assert has_denial("Luật sư cho rằng nếu thông tin được xác định là bịa đặt, người đăng có thể bị phạt.", lex) is None
    assert has_denial("Không có cơ sở nào tiếp nhận bệnh nhân ngộ độc.", lex) is None
    assert has_denial("Sở Y tế khẳng định thông tin này là bịa đặt.", lex) == "bịa đặt"



# review mends of cross round 16's changes (the same session)
def test_a_year_led_report_is_not_a_past_event():
    a = view(0, "Năm 2024, tỷ lệ nghèo của tỉnh Hà Giang là 18,5%, Sở Lao động tỉnh Hà Giang cho biết.",
             "Sở Lao động tỉnh Hà Giang", "organization", cue="cho biết", mention="Sở Lao động tỉnh Hà Giang")
    b = view(1, "Cục Thống kê cho biết tỷ lệ nghèo của tỉnh Hà Giang năm 2024 là 24,3%.",
             "Cục Thống kê", "organization", cue="cho biết", mention="Cục Thống kê")
    assert kinds(a, b) == ["number_mismatch"]


def test_a_result_beyond_the_plan_is_no_plan():
    text = "Năm 2024 đơn vị hoàn thành vượt kế hoạch với doanh thu 5.200 tỷ đồng."
    (fr,) = [f for f in frames(text, tuple(extract(text)), None, None) if "đồng" in f.figure.unit]
    assert fr.scope != "target"


def test_no_basis_to_believe_is_a_denial():
    from claims import lexicon
    from claims.conflicts.statements import has_denial
    assert has_denial("Sở Y tế khẳng định thông tin này không có cơ sở nào để tin cậy.", lexicon.get("vi"))
