"""Which of two figures is a running story's later one (`claims/conflicts/steps.py`). Sentences
written for the project."""
from claims import lexicon
from claims.conflicts.figures import Context
from claims.conflicts.frames import frames
from claims.conflicts.steps import newer, rounded_alike
from claims.numbers import extract

LEX = lexicon.get("vi")
EVENT = Context(same_event=True, a_newer=True, across=True)


def frame(text):
    (fr,) = frames(text, tuple(extract(text)), None, None)
    return fr


def test_a_later_as_of_time_is_the_later_figure():
    noon = frame("Tính đến 12h ngày 3/9, mưa lũ đã làm 5 người chết.")
    evening = frame("Tính đến 18h ngày 3/9, mưa lũ đã làm 8 người chết.")
    assert newer(evening, noon, Context(), LEX) == 1 and newer(noon, evening, Context(), LEX) == -1


def test_a_toll_said_to_rise_is_the_later_figure():
    before = frame("Vụ cháy làm 4 người bị thương.")
    risen = frame("Số người bị thương đã tăng lên 6 người.")
    assert newer(risen, before, Context(), LEX) == 1


def test_a_higher_toll_in_the_later_report_of_one_event_is_its_next_step_but_not_a_lower_one():
    morning = frame("Lũ quét làm 3 người chết ở xã Tân Hòa.")
    later_report = frame("Lũ quét làm 6 người chết ở xã Tân Hòa.")
    assert newer(later_report, morning, EVENT, LEX) == 1
    lower = frame("Lũ quét làm 2 người chết ở xã Tân Hòa.")
    assert newer(lower, morning, EVENT, LEX) == 0  # left to the other checks (a correction, a conflict)


def test_a_rounded_figure_and_one_within_a_tenth_of_it_are_one_count():
    about, exact = extract("hơn 1.200 bài")[0], extract("1.248 bài")[0]
    assert rounded_alike(about, exact)
    assert not rounded_alike(extract("hơn 800 bài")[0], extract("1.248 bài")[0])
    assert newer(frame("Có hơn 1.200 bài dự thi."), frame("Có 1.248 bài dự thi."), EVENT, LEX) == 0
