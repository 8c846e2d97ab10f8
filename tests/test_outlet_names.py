"""An outlet's name after its noun, in Vietnamese sentence case or a foreign name's own case."""
from claims import lexicon
from claims.attribution.outlet_names import outlet_name

VI = lexicon.get("vi")


def test_sentence_case_words_go_on_to_the_phrases_end():
    # (the callers pass the noun phrase, cut before its verb)
    assert outlet_name("Văn hóa Nghệ thuật Thủ đô", VI) == "Văn hóa Nghệ thuật Thủ đô"


def test_an_ampersand_joins_two_parts_of_one_name():
    assert outlet_name("Tài nguyên & Môi trường", VI) == "Tài nguyên & Môi trường"


def test_a_time_word_ends_the_name():
    assert outlet_name("Thanh Niên hôm qua đưa tin", VI) == "Thanh Niên"


def test_a_foreign_name_ends_at_its_last_word():
    assert outlet_name("Jakarta Post phỏng vấn ông", VI) == "Jakarta Post"


def test_a_comma_ends_the_name():
    assert outlet_name("Tuổi trẻ, số ra sáng nay", VI) == "Tuổi trẻ"
