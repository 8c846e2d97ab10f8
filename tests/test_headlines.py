"""A source named before a colon (`claims/attribution/headlines.py`): a headline "Source:
statement", a role after the event in a headline, a transcript's line in the body. Sentences
written for the project."""
import pytest

from conftest import attribute_texts, primary


@pytest.mark.parametrize("headline, source", [
    ("Sở Y tế Lào Cai: Chưa ghi nhận ca bệnh mới", "Sở Y tế Lào Cai"),
    ("Lở đất ở bản Khe Ná: Ba hộ phải di dời", None),  # an event before the colon
])
def test_a_headline_credits_a_body_not_an_event(headline, source):
    (res, _) = attribute_texts(headline, "Mưa lớn kéo dài ba ngày.", kinds=["headline", "body"])
    assert (primary(res).source if primary(res) else None) == source


def test_a_role_after_the_event_is_the_one_the_article_gives_it():
    res = attribute_texts("Quán nướng bị tố chặt chém, chủ quán: “Chúng tôi niêm yết giá rõ ràng”",
                          "Ông Lưu Văn Bảy, chủ quán, cho biết giá đã niêm yết từ đầu năm.",
                          kinds=["headline", "body"])
    assert primary(res[0]).source == "Lưu Văn Bảy"


def test_a_transcripts_line_in_the_body_needs_a_named_person():
    (named, unnamed) = attribute_texts("Giám đốc Sở Nông nghiệp Đinh Văn Tùng: Toàn tỉnh có 12 hồ chứa xung yếu.",
                                       "Tình hình chung: Toàn tỉnh có 12 hồ chứa xung yếu.")
    assert primary(named).source == "Đinh Văn Tùng"
    assert primary(unnamed) is None
