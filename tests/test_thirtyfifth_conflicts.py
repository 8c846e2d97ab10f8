"""Thirty-fifth session, conflicts: a day's average is no rival to the period's total, a figure set
against another source's is set against its total and not its parts, an estimate made while the
event went on is an early step, a person named after a title is a shared name, and the spoken
"đi viện" counts the hospitalised. Sentences written for the project."""
from claims.analyze import analyze_text
from claims.conflicts import frames as frames_mod
from claims.numbers import extract
from claimviews import mismatches


def _links(article):
    (rep,) = analyze_text(article)
    return [(c.sentence, c.other_sentence, c.kind) for c in rep.conflicts]


def test_a_days_average_is_no_rival_to_the_periods_total():
    article = ("180 người chết vì tai nạn giao thông trong 9 ngày nghỉ lễ\n\n"
               "Bộ Công an cho biết cả nước xảy ra 250 vụ tai nạn giao thông trong kỳ nghỉ.\n\n"
               "Bình quân mỗi ngày nghỉ lễ có 20 người thiệt mạng vì tai nạn giao thông.\n")
    assert (2, 0) not in mismatches(article) and (0, 2) not in mismatches(article)


FIRE = ("Theo báo cáo của Ban quản lý rừng phòng hộ Tân Phú gửi UBND tỉnh chiều 9/3, tổng diện tích rừng bị cháy "
        "là 40 ha, trong đó tiểu khu 1 là 30 ha và tiểu khu 2 là 10 ha.\n\n"
        "Tối 7/3, khi lửa còn đang lan, ban quản lý ước tính diện tích cháy khoảng 12 ha.\n\n"
        "Tuy nhiên, trong văn bản gửi Bộ sáng 10/3, Chi cục Kiểm lâm tỉnh xác định diện tích rừng bị cháy là 65 ha, "
        "cao hơn gần 60% so với số liệu của Ban quản lý.\n")


def test_a_figure_set_against_another_sources_is_set_against_its_total():
    assert (2, 0, "number_mismatch") in _links(FIRE)


def test_an_estimate_made_while_the_event_went_on_is_no_rival():
    assert not any({i, j} == {1, 2} and kind == "number_mismatch" for i, j, kind in _links(FIRE))


def test_one_person_named_after_a_title_makes_two_claims_one_matter():
    article = ("Theo ông Lò Văn Hùng, Phó Chủ tịch UBND xã, gia đình anh Tâm đã nhận đủ 50 triệu đồng hỗ trợ làm nhà.\n\n"
               "Anh Tâm thì cho biết đến nay gia đình mới nhận 30 triệu đồng.\n")
    assert (1, 0, "number_mismatch") in _links(article) or (0, 1, "number_mismatch") in _links(article)


def test_two_peoples_fees_named_after_titles_stay_apart():
    article = ("Chị Lan cho biết mỗi tháng chị đóng 2 triệu đồng học phí cho con.\n\n"
               "Anh Tâm thì cho biết anh trả 3 triệu đồng tiền nhà mỗi tháng.\n")
    assert not any(kind == "number_mismatch" for _, _, kind in _links(article))


def test_going_to_hospital_said_plainly_counts_the_hospitalised():
    text = "Bà Lan cho biết có 37 công nhân phải đi viện."
    (fr,) = [f for f in frames_mod.frames(text, tuple(extract(text)), "Lan", "Bà Lan", "vi") if f.unit != "date"]
    assert fr.harm == "hospitalised"


# ------------------------------------------------------------------ the first review's mends
def test_a_clause_of_while_that_dates_the_event_is_no_early_estimate():
    article = ("Theo chủ nhà trọ, khi mọi người vẫn đang ngủ, đám cháy làm 8 người bị thương.\n\n"
               "Công an phường cho biết vụ cháy làm 5 người bị thương.\n")
    assert any(kind == "number_mismatch" for _, _, kind in _links(article))


def test_the_united_kingdom_is_still_a_shared_name():
    from claims.conflicts.base import proper_names
    assert "anh" in proper_names("Lạm phát của Anh trong tháng 3 là 3,1%, theo Reuters.", "vi")
    assert "chủ" not in proper_names("Theo ông Chủ tịch UBND xã, đã có 30 hộ nhận tiền.", "vi")


def test_a_rebuttal_naming_a_part_meets_that_part():
    article = ("Ban quản lý rừng cho biết có 40 ha rừng bị cháy, trong đó 30 ha rừng trồng.\n\n"
               "Hạt Kiểm lâm xác định diện tích rừng trồng bị cháy là 36 ha, cao hơn so với số liệu của Ban quản lý.\n")
    (rep,) = analyze_text(article)
    (c,) = [c for c in rep.conflicts if c.kind == "number_mismatch"]
    assert {c.figure, c.other_figure} == {"36 ha", "30 ha"}


def test_a_figure_a_headline_denies_is_not_the_deniers_own():
    article = ("Sở Y tế bác thông tin 100 học sinh nhập viện\n\n"
               "Trên mạng xã hội lan truyền thông tin có 100 học sinh nhập viện sau bữa trưa ở trường.\n\n"
               "Sở Y tế khẳng định chỉ có 12 học sinh nhập viện để theo dõi.\n")
    assert not any({i, j} == {0, 2} and kind == "number_mismatch" for i, j, kind in _links(article))


def test_a_denial_of_charges_with_bac():
    article = ("Cáo trạng cáo buộc ông Nguyễn Văn Minh nhận hối lộ 2 tỷ đồng từ doanh nghiệp.\n\n"
               "Tại tòa, ông Minh bác cáo buộc nhận hối lộ, cho rằng 2 tỷ đồng là tiền vay.\n")
    assert (1, 0, "denial") in _links(article)


def test_a_days_average_opening_the_sentence_is_a_rate():
    article = ("Trong 5 ngày cao điểm, lực lượng chức năng xử lý 35.000 trường hợp vi phạm.\n\n"
               "Trung bình một ngày, lực lượng chức năng xử lý 7.000 trường hợp vi phạm.\n")
    assert not any(kind == "number_mismatch" for _, _, kind in _links(article))


# ------------------------------------------------------------------ the second review's mends
def test_a_title_and_full_name_opening_a_sentence_is_the_name_inside_another():
    article = ("Bà Lê Thị Hoa cho biết gia đình mới nhận 20 triệu đồng tiền hỗ trợ.\n\n"
               "Theo UBND xã, gia đình bà Lê Thị Hoa đã nhận đủ 50 triệu đồng tiền hỗ trợ.\n")
    assert any(kind == "number_mismatch" for _, _, kind in _links(article))


def test_an_estimate_before_the_clause_of_while_is_an_early_step():
    article = ("Ban quản lý ước tính, khi lửa còn đang cháy, diện tích rừng bị cháy khoảng 10 ha.\n\n"
               "Chi cục Kiểm lâm xác định diện tích rừng bị cháy là 30 ha.\n")
    assert not any(kind == "number_mismatch" for _, _, kind in _links(article))


def test_a_denier_s_own_figure_after_and_is_its_own():
    article = ("Chủ tịch UBND xã phủ nhận việc chậm chi trả và cho biết xã đã chi 1,2 tỷ đồng tiền bồi thường.\n\n"
               "Nhiều hộ dân phản ánh UBND xã mới chi trả 600 triệu đồng tiền bồi thường.\n")
    assert any(kind == "number_mismatch" for _, _, kind in _links(article))


# ------------------------------------------------------------------ the third review's mends
def test_a_bare_each_day_does_not_make_a_total_a_rate():
    article = ("Công an huyện cho biết lực lượng tuần tra mỗi ngày và đã bắt giữ 45 đối tượng trong tháng 3.\n\n"
               "Theo UBND huyện, lực lượng tuần tra đã bắt giữ 30 đối tượng trong tháng 3.\n")
    assert any(kind == "number_mismatch" for _, _, kind in _links(article))


def test_a_list_a_denial_runs_on_with_and_is_all_denied():
    from claims import lexicon
    from claims.conflicts.statements import own_figures
    text = "Công ty phủ nhận việc nợ lương công nhân và nợ bảo hiểm 2 tỷ đồng."
    frs = frames_mod.frames(text, tuple(extract(text)), "Công ty", "Công ty", "vi")
    assert own_figures(text, frs, lexicon.get("vi")) == ()
