"""Twenty-ninth session, conflicts inside one article: a sentence's first word, a preposition
("Tại Bình Phước, ..."), is no part of the place name two sentences share; a count of places
("tại hai tỉnh A và B") says where a toll holds, before or after it, so a two-province total is
set against neither province's own count. Sentences written for the project."""
from claimviews import conflict_pairs, kinds_between


def test_two_sources_figures_for_one_province_and_week():
    text = ("Sốt xuất huyết tăng mạnh ở miền Đông.\n\n"
            "Tại Bình Phước, bà Lê Thị Thu, Phó Giám đốc Sở Y tế, cho biết trong tuần 31 tỉnh ghi nhận 214 ca sốt xuất huyết.\n\n"
            "Tuy nhiên, theo bản tin của Viện Vệ sinh dịch tễ khu vực, Bình Phước có 263 ca sốt xuất huyết trong tuần 31.")
    assert "number_mismatch" in kinds_between(conflict_pairs(text), 1, 2)


def test_a_two_province_toll_after_its_figure_is_no_provinces_count():
    text = ("Lũ quét ở miền núi phía Bắc.\n\n"
            "Tính đến 18h ngày 4/9, mưa lũ đã làm 11 người chết, 5 người mất tích tại hai tỉnh Hà Giang và Lào Cai.\n\n"
            "Tại Lào Cai, ông Vàng Seo Dín, Phó Chủ tịch UBND tỉnh, cho biết đến 18h ngày 4/9, toàn tỉnh có 3 người chết và 2 người mất tích.")
    assert not kinds_between(conflict_pairs(text), 1, 2)


def test_a_two_province_toll_before_its_figure_is_no_provinces_count():
    text = ("Lũ quét ở miền núi phía Bắc.\n\n"
            "Tính đến 18h ngày 4/9, mưa lũ tại hai tỉnh Hà Giang và Lào Cai đã làm 11 người chết, 5 người mất tích.\n\n"
            "Tại Lào Cai, ông Vàng Seo Dín, Phó Chủ tịch UBND tỉnh, cho biết đến 18h ngày 4/9, toàn tỉnh có 3 người chết và 2 người mất tích.")
    assert not kinds_between(conflict_pairs(text), 1, 2)
