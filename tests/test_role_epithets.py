"""Which of what an article said of someone an epithet by role or kin fits (`role_epithets`):
the role as the person's own, an office for "cán bộ", the narration without its quotes."""
from claims import lexicon
from claims.attribution.role_epithets import _describes, _epithet_word, _narration, _own_office

VI = lexicon.get("vi")


def test_a_mother_described_so():
    assert _describes("mẹ già", None, ["bà trần thị sáu", "mẹ anh lợi"], VI)


def test_a_doctor_is_no_mother():
    assert not _describes("mẹ", None, ["bác sĩ điều trị"], VI)


def test_a_captain_is_no_crewman():
    assert _epithet_word("thuyền trưởng", None, VI) == "thuyền trưởng"
    assert not _describes("thuyền trưởng", None, ["thuyền viên tàu bđ 90127"], VI)


def test_an_official_by_any_office_of_their_own():
    assert _describes("cán bộ trẻ", None, ["29 tuổi", "phó chủ tịch ubnd xã sà phìn"], VI)


def test_the_son_of_an_official_holds_no_office():
    assert not _own_office("con trai trưởng bản", VI)
    assert not _describes("cán bộ", None, ["con trai ông phó chủ tịch xã"], VI)


def test_the_epithets_other_words_must_be_said_of_the_office():
    assert not _describes("lãnh đạo xã", None, ["trưởng nhóm cứu hộ tình nguyện"], VI)
    assert _describes("lãnh đạo xã", None, ["chủ tịch ubnd xã"], VI)


def test_the_narration_leaves_out_what_is_quoted():
    assert "mẹ" not in _narration("“Cháu có nhận ra mẹ không chị?”, tôi hỏi.")
    assert "mẹ" not in _narration("Nhận ra chứ, con cười với mẹ suốt đấy”, chị nói.")
    assert "người mẹ khác" in _narration("Ở hành lang, một người mẹ khác bế con.")
