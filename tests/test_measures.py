"""claims/conflicts/measures.py: which measure a figure is beyond its unit and harm. Sentences
written for the project."""
from claims import lexicon
from claims.conflicts.measures import firms_own, past_event, per_period, rate_name, share_of_plan, years_named
from claims.conflicts.frames import frames
from claims.numbers import extract
from claimviews import view

LEX = lexicon.get("vi")


def first(text):
    return next(f for f in extract(text) if f.kind == "count")


def test_rate_name():
    assert rate_name("Tỷ lệ nợ xấu được kiểm soát dưới 1,5%.", first("Tỷ lệ nợ xấu được kiểm soát dưới 1,5%."), LEX) == "nợ xấu"
    t = "Tỷ lệ bao phủ nợ xấu đạt 118%."
    assert rate_name(t, first(t), LEX) == "bao phủ"
    t1, t2 = "Tỷ lệ nghèo giảm còn 18,5% trong năm 2024.", "Tỷ lệ nghèo là 24,3% trong năm 2024."
    assert rate_name(t1, first(t1), LEX) == rate_name(t2, first(t2), LEX) == "nghèo"  # one word, then its verb
    t = "Giá xăng tăng 3%."
    assert rate_name(t, first(t), LEX) is None


def test_share_of_plan_and_per_period():
    t = "Ngân hàng hoàn thành 24% kế hoạch năm."
    assert share_of_plan(t, first(t), LEX)
    t = "Lợi nhuận tăng 24% so với năm trước."
    assert not share_of_plan(t, first(t), LEX)
    t = "Trên công trường có khoảng 150 công nhân làm việc mỗi ngày."
    assert per_period(t, first(t), LEX)
    t = "Có 20 công nhân đang làm việc trên giàn giáo."
    assert not per_period(t, first(t), LEX)


def test_past_event_and_years():
    t = "Hồi tháng 1, một vụ nổ tại quán ăn từng làm 2 người bị thương."
    assert past_event(t, first(t), LEX)
    t = "Năm 2024, tỷ lệ nghèo của tỉnh là 18,5%."
    assert not past_event(t, first(t), LEX)
    assert years_named("Mục tiêu năm 2025 là 8%, cao hơn năm 2024.") == frozenset({"2025", "2024"})


def test_firms_own():
    t = "Bà Ngọc, Giám đốc Công ty Tây Hòa, cho biết năm qua công ty xuất được 90.000 tấn gạo."
    c = view(0, t, "Ngọc", "person", cue="cho biết", mention="Bà Ngọc")
    (fr,) = frames(t, tuple(extract(t)), c.source, c.mention)
    assert firms_own(c, fr, LEX)
    t2 = "Ông Hải cho biết vụ cháy tại nhà máy may Phú Thịnh làm 3 người tử vong."
    c2 = view(1, t2, "Hải", "person", cue="cho biết", mention="Ông Hải")
    (fr2,) = frames(t2, tuple(extract(t2)), c2.source, c2.mention)
    assert not firms_own(c2, fr2, LEX)
