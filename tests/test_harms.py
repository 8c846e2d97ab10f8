"""The harm a figure counts (claims/conflicts/harms.py). Sentences written for the project."""
import pytest

from claims import lexicon, numbers
from claims.conflicts.harms import casualty


def _harm(text, k=0):
    f = numbers.extract(text)[k]
    return casualty(text, f, lexicon.get("vi"))[0]


@pytest.mark.parametrize("text,want", [
    ("Vụ tai nạn làm 3 người trong gia đình ông tử vong.", "dead"),
    ("Đã có 5 người bị thương nặng phải nhập viện.", "injured"),
    ("Số người chết đã tăng lên 17 người.", "dead"),
    ("Hơn 150 người tìm kiếm người mất tích suốt đêm.", None),  # the searchers, not the missing
    ("Hơn 200 người dân đang tìm kiếm những người mất tích.", None),
])
def test_the_harm_a_figure_counts(text, want):
    assert _harm(text) == want


def test_a_rescue_counts_only_people_brought_out_alive():
    assert _harm("Lực lượng cứu hộ đã cứu được 12 người.") == "rescued"
    assert _harm("Nông dân giải cứu 300 tấn thanh long.") is None
