from claims.sentences import split_sentences


def spans_text(text):
    return [text[a:b] for a, b in split_sentences(text)]


def test_sentence_split_basic_and_quotes():
    text = ('Mưa lớn kéo dài ba ngày. Nhiều tuyến đường bị ngập... Ông Hải nói: “Chúng tôi đã sơ tán dân. '
            'Không ai bị thương”. Sau đó, nước rút dần.')
    assert spans_text(text) == [
        "Mưa lớn kéo dài ba ngày.", "Nhiều tuyến đường bị ngập...", "Ông Hải nói: “Chúng tôi đã sơ tán dân.",
        "Không ai bị thương”.", "Sau đó, nước rút dần."]


def test_sentence_split_keeps_abbreviations_initials_numbers_and_tags():
    text = ('Bà H. và bà L. đã đến TP. Hồ Chí Minh lúc 3.30. "Tôi không biết", ông Nam nói. '
            'Giá tăng 7.5% so với tháng trước., theo báo Mẫu.')
    out = spans_text(text)
    assert out[0] == "Bà H. và bà L. đã đến TP. Hồ Chí Minh lúc 3.30."
    assert out[1] == '"Tôi không biết", ông Nam nói.'
    assert out[2] == "Giá tăng 7.5% so với tháng trước., theo báo Mẫu."


def test_a_speaker_tag_after_a_closed_quote_stays_with_its_quote():
    text = ('Cứ thế chúng tôi chờ tàu đến cứu..." - anh Trần Văn Lực kể. '
            '"Tỷ lệ giảm còn 30%." - Vy nói. Mọi người im lặng.')
    assert spans_text(text) == [
        'Cứ thế chúng tôi chờ tàu đến cứu..." - anh Trần Văn Lực kể.',
        '"Tỷ lệ giảm còn 30%." - Vy nói.', "Mọi người im lặng."]


def test_a_dialogue_reply_after_a_closed_quote_is_its_own_sentence():
    text = 'Anh hỏi: "Đi không?" - Không, tôi ở lại đây với mẹ. Sau đó trời mưa.'
    assert spans_text(text) == ['Anh hỏi: "Đi không?"', "- Không, tôi ở lại đây với mẹ.", "Sau đó trời mưa."]


def test_a_dash_after_an_unquoted_sentence_still_starts_a_new_one():
    # no closing quote before the dash: a list item or a dialogue line, not a tag
    assert spans_text("Nước rút chậm. - bà con đã về nhà.") == ["Nước rút chậm.", "- bà con đã về nhà."]


def test_a_short_reply_after_a_question_is_its_own_sentence_but_a_tag_with_more_words_is_not():
    text = 'Tôi hỏi ông: "Ông có sợ không?" - Tôi chẳng sợ gì cả. Sau đó ông quay đi.'
    assert spans_text(text)[1] == "- Tôi chẳng sợ gì cả."
    text = '"Gần hai ngày đêm rồi chứ ít đâu..." - một thợ liệm nói khi đang chèn trà vào quan tài. Trời tối dần.'
    assert spans_text(text)[0].endswith("quan tài.")
