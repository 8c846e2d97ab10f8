"""The twenty-eighth session's review: regressions a reviewer found in the session's changes, each
with its mend. Sentences written for the project."""
import pytest

from claims.numbers import extract
from claimviews import conflict_pairs, first_source as primary, kinds_between


@pytest.mark.parametrize("text,k,want", [
    # a place or a field called by a name is no one's nickname
    ("Bà Đỗ Thị Hằng cho biết con dốc này được người dân gọi là Dốc Ông Sáu.\n"
     "Ông Sáu, chủ quán nước đầu dốc, kể ông đã sống ở đây hơn 30 năm.", 1, ("Sáu", "person")),
    ("Ông Phạm Văn Tám dẫn chúng tôi ra khu ruộng mà dân làng gọi là Ruộng Cô Hai.\n"
     "Cô Hai, con gái ông Tám, cho biết năm nay lúa mất mùa.", 1, ("Hai", "person")),
    # the one the nickname clause hangs on, not the first person named
    ("Bà Lê Thị Mai kể con trai bà, anh Võ Văn Hậu, được bạn bè gọi là Hậu Lùn.\n"
     "Hậu Lùn nói anh đã nghỉ việc ở xưởng từ tháng trước.", 1, ("Võ Văn Hậu", "person")),
    # a word of address is no given name
    ("Dạ, cô giáo chủ nhiệm, cho biết các em đã về nhà an toàn.", 0, ("cô giáo chủ nhiệm", "anonymous")),
    # a body named after a person keeps that name when it speaks again
    ("Bệnh viện Đa khoa Nguyễn Đình Chiểu vừa công bố kết quả kiểm tra.\n"
     "Theo Bệnh viện Đa khoa, bệnh nhân đã qua cơn nguy kịch.", 1,
     ("Bệnh viện Đa khoa Nguyễn Đình Chiểu", "organization")),
])
def test_names_after_review(text, k, want):
    assert primary(text, k) == want


@pytest.mark.parametrize("text,k,want", [
    # a verb inside who they are ("nhặt ve chai", "chữa cháy") is no first predicate
    ("Người nhặt ve chai ở bãi rác Đa Phước tìm thấy túi tiền và cho biết đã nộp cho công an.", 0,
     ("Người nhặt ve chai ở bãi rác Đa Phước", "anonymous")),
    ("Lực lượng chữa cháy có mặt sau 12 phút và cho biết không có ai bị thương.", 0,
     ("Lực lượng chữa cháy", "organization")),
])
def test_a_subject_is_never_cut_to_its_head(text, k, want):
    assert primary(text, k) == want


def test_no_toll_conflict_between_two_provinces_bodies():
    text = ("Mưa lũ ở miền núi phía Bắc.\n\n"
            "Tính đến 17h ngày 10/9, Ban chỉ huy phòng chống thiên tai tỉnh Yên Bái cho biết đã tìm thấy 21 thi thể.\n\n"
            "Cũng đến 17h ngày 10/9, Ban chỉ huy phòng chống thiên tai tỉnh Hà Giang cho biết đã tìm thấy 9 thi thể.")
    assert not kinds_between(conflict_pairs(text), 1, 2)


def test_no_toll_conflict_between_a_shifts_count_and_the_total():
    text = ("Lật tàu du lịch trên vịnh.\n\n"
            "Tính đến sáng 20/7, Bộ đội Biên phòng cho biết đã vớt được 41 thi thể nạn nhân, trong đó có 9 trẻ em.\n\n"
            "Cũng đến sáng 20/7, ông Trịnh Văn Lực, Phó chủ tịch UBND tỉnh, cho biết lực lượng cứu hộ "
            "đã đưa được 12 thi thể lên bờ trong buổi sáng.")
    assert not kinds_between(conflict_pairs(text), 1, 2)


@pytest.mark.parametrize("text,want", [
    # a classifier counts no households, and after two nouns it may sum them
    ("Hội đã tặng 300 suất quà cho 60 hộ dân, không phải 150 chiếc như báo cáo.", "chiếc"),
    ("Có 4 xe tải và 3 ô tô con va chạm, không phải 6 chiếc như tin ban đầu.", "chiếc"),
])
def test_a_classifier_after_khong_phai_keeps_its_own_unit(text, want):
    assert extract(text)[-1].unit == want
