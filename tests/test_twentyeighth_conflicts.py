"""Twenty-eighth session, conflicts inside one article: bodies recovered count the dead, and two
sources giving that toll as of the same stated moment speak of one matter however differently
they word it; the figure a source names as the wrong one ("không phải 6 chiếc") counts what its
own figure counts, though only the classifier is written. Sentences written for the project."""
from claimviews import conflict_pairs, kinds_between


def test_two_tolls_of_bodies_as_of_the_same_moment():
    text = ("Lật thuyền trên hồ Tonle, hàng chục người mất tích.\n\n"
            "Theo hãng tin AP, 38 thi thể đã được tìm thấy tính đến tối 9/7.\n\n"
            "Trong khi đó, Tân Hoa xã dẫn lời ông Heng Sokha, phó chỉ huy lực lượng cứu nạn tỉnh, cho biết "
            "cũng đến tối 9/7, các đội tìm kiếm đã vớt được 45 thi thể.")
    assert "number_mismatch" in kinds_between(conflict_pairs(text), 1, 2)


def test_two_tolls_of_bodies_at_different_moments_are_no_mismatch():
    text = ("Lật thuyền trên hồ Tonle, hàng chục người mất tích.\n\n"
            "Theo hãng tin AP, 38 thi thể đã được tìm thấy tính đến tối 9/7.\n\n"
            "Trong khi đó, Tân Hoa xã dẫn lời ông Heng Sokha, phó chỉ huy lực lượng cứu nạn tỉnh, cho biết "
            "đến trưa 11/7, các đội tìm kiếm đã vớt được 45 thi thể.")
    assert "number_mismatch" not in kinds_between(conflict_pairs(text), 1, 2)


def test_the_figure_named_wrong_by_its_classifier_counts_the_same_thing():
    text = ("Hãng bay tái cơ cấu đội tàu bay.\n\n"
            "Trước đó, tạp chí Hàng không Tuần san đưa tin Hãng hàng không Sao Mai sẽ phải trả lại 8 máy bay cho bên cho thuê.\n\n"
            "Bà Vũ Thị Ngọc, người phát ngôn của hãng, cho biết hãng chỉ trả lại 3 máy bay trong năm nay, "
            "không phải 8 chiếc như thông tin đã nêu.")
    assert kinds_between(conflict_pairs(text), 1, 2)
