"""underthesea's words with their offsets, mended where it joins a name to its cue."""
from claims.words import segment, worth_parsing


def test_a_name_and_the_reporting_verb_after_it_are_two_words():
    """underthesea joins "An thừa nhận" / "Trung khai" into one word; mid-sentence the name and
    the cue are split, while a capitalised noun opening the sentence and names of bodies stay."""
    words = [w for w, _, _ in segment("Tại tòa, An thừa nhận có ký hợp đồng.")]
    assert "An" in words and "thừa nhận" in words
    words = [w for w, _, _ in segment("Công ty mất khả năng chi trả\", Trung khai.")]
    assert words[-3:] == ["Trung", "khai", "."]
    words = [w for w, _, _ in segment("Theo Hội đồng xét xử, bị cáo phạm tội.")]
    assert "Hội đồng" in words


def test_offsets_point_at_each_word_in_the_text():
    text = "Ông Nguyễn Văn An cho biết: nước đã rút."
    for word, start, end in segment(text):
        assert text[start:end] == word


def test_runs_of_marks_are_not_worth_parsing():
    assert worth_parsing("Ông An cho biết nước đã rút.")
    assert not worth_parsing("- - - - ( ( ( ( | | |")
