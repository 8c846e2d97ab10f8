"""Opposite actions, stances and universals (`claims.conflicts.stances`), on sentences of our own."""
from claims import lexicon
from claims.conflicts.stances import opposite_actions, opposite_stances, opposite_universals, polarity, stance_keys

LEX = lexicon.get("vi")


def test_the_same_action_after_opposite_verbs():
    assert opposite_actions("Quân đội tuyên bố tạm dừng tấn công thị trấn.",
                            "Phía đối phương nói quân đội vẫn tiếp tục tấn công thị trấn.", LEX) == \
        ("tạm dừng tấn công", "tiếp tục tấn công")
    # (opposite verbs on different things are no contradiction)
    assert opposite_actions("Nhà máy tạm dừng sản xuất.", "Công nhân tiếp tục đình công.", LEX) is None


def test_opposite_sides_of_one_stance():
    assert opposite_stances("Sở Y tế khẳng định nước giếng đạt chuẩn.",
                            "Người dân cho rằng nước giếng bị ô nhiễm.", LEX) == ("đạt chuẩn", "ô nhiễm")
    assert opposite_stances("Sở Y tế khẳng định nước giếng đạt chuẩn.", "Người dân cho rằng nước giếng đạt chuẩn.", LEX) is None
    # a claim holding both sides weighs them, it takes none
    assert opposite_stances("Đoàn kiểm tra cho rằng nước giếng đạt chuẩn nhưng có nơi bị ô nhiễm.",
                            "Người dân cho rằng nước giếng bị ô nhiễm.", LEX) is None


def test_stance_keys_meet_only_where_a_side_is_taken():
    assert stance_keys("Người dân cho rằng nước giếng bị ô nhiễm.", LEX)
    assert stance_keys("Trời mưa to suốt đêm.", LEX) == set()


def test_all_against_none_of_the_same_group():
    assert opposite_universals("Cả 12 hộ đều đã nhận tiền bồi thường.", "Cả 12 hộ đều chưa nhận tiền bồi thường.", LEX)
    # another count is another group
    assert opposite_universals("Cả 12 hộ đều đã nhận tiền bồi thường.", "Cả 10 hộ đều chưa nhận tiền bồi thường.", LEX) is None


def test_polarity_counts_negations():
    assert polarity("Có hai người bị thương.", LEX)
    assert not polarity("Không có ai bị thương.", LEX)
