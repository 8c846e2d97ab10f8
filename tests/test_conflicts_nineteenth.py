"""Nineteenth session (fresh-eyes round 31), conflicts: two goods an article weighs against each
other are two quantities; a figure the article puts right disagrees with nothing else; a sentence
that corrects its own figure corrects no other sentence's; a correction puts right the figure it
differs from, not one that already gives the right value; a whole split "trong đó" into harms
counts them together; one day's figure is part of a stretch's total. Sentences written for the project."""
from claimviews import conflict_pairs


def _linked(text, kind="number_mismatch"):
    return [p[1:] for p in conflict_pairs(text) if p[0] == kind]


def test_two_goods_are_two_quantities():
    text = ("Xuất khẩu tiêu và điều quý I\n\n"
            "Theo Cục Hải quan, quý I cả nước xuất khẩu 61.000 tấn tiêu, thu về 390 triệu USD.\n\n"
            "Với hạt điều, Cục Hải quan cho biết quý I xuất khẩu 152.000 tấn, trị giá 980 triệu USD.\n\n"
            "Hiệp hội Hồ tiêu cho rằng lượng tiêu xuất khẩu thực tế chỉ khoảng 55.000 tấn.")
    found = _linked(text)
    assert (2, 1) not in found and (3, 2) not in found


def test_one_good_alone_is_no_contrast():
    text = ("Theo Cục Hải quan, quý I cả nước xuất khẩu 61.000 tấn tiêu.\n\n"
            "Hiệp hội Hồ tiêu cho rằng quý I xuất khẩu tiêu chỉ khoảng 55.000 tấn.")
    assert _linked(text) == [(1, 0)]


def test_a_figure_put_right_disagrees_with_nothing_else():
    text = ("Theo Tổng cục Thống kê, quý I kim ngạch xuất khẩu thủy sản đạt 2,1 tỷ USD.\n\n"
            "Trước đó, bản tin ngày 3/4 của Bộ Nông nghiệp ghi kim ngạch thủy sản quý I đạt 3,1 tỷ USD.\n\n"
            "Một ngày sau, bộ đã đính chính con số đúng là 2,1 tỷ USD, do nhầm lẫn khi nhập liệu.")
    pairs = conflict_pairs(text)
    assert ("correction", 2, 1) in pairs
    assert not [p for p in pairs if p[0] == "number_mismatch"]


def test_a_sentence_correcting_its_own_figure_corrects_no_other():
    text = ("Theo Cục Cảnh sát giao thông, trong 7 ngày nghỉ lễ cả nước có 98 người chết vì tai nạn.\n\n"
            "Trong bản tin ngày 30/4, cục thông báo 17 người chết trong ngày, song sau đó đã đính chính còn 14 người do cộng nhầm.")
    assert not _linked(text, "correction")


def test_a_whole_split_into_harms_counts_them_together():
    text = ("Mưa lũ làm 23 người chết và mất tích\n\n"
            "Tính đến 7h ngày 9/9, mưa lũ đã làm 15 người chết và mất tích.\n\n"
            "Đến 18h cùng ngày, cơ quan này cập nhật con số lên 23 người, trong đó 18 người chết và 5 người mất tích.")
    assert (1, 0) not in _linked(text) and (0, 1) not in _linked(text)


def test_one_day_is_part_of_a_stretch():
    text = ("Theo Cục Cảnh sát giao thông, trong 5 ngày nghỉ lễ, cả nước xảy ra 230 vụ tai nạn giao thông.\n\n"
            "Ngày 2/9 là ngày có nhiều vụ tai nạn nhất, với 61 vụ.")
    assert not _linked(text)


def test_a_denial_of_this_information_answers_who_spoke_just_before():
    text = ("Ông Trịnh Văn Lộc, chuyên gia từng làm việc tại Hiệp hội Bất động sản, cho rằng số liệu của hiệp hội và của bộ vênh nhau vì cách đếm giao dịch.\n\n"
            "Trên các hội nhóm mua bán nhà đất, thông tin giá căn hộ sẽ giảm 30% vào cuối năm được chia sẻ rầm rộ.\n\n"
            "Ông Phan Đức Toàn, Phó chủ tịch Hiệp hội Bất động sản, bác bỏ thông tin này, cho rằng không có cơ sở để dự báo như vậy.")
    denials = _linked(text, "denial")
    assert denials == [(2, 1)]


def test_a_denial_of_this_accusation_answers_the_quote_before_it():
    text = ("Người phát ngôn quân đội, đại tá Hamid Rasul, cáo buộc phe nổi dậy lợi dụng đàm phán để tái bố trí lực lượng.\n\n"
            "“Chúng tôi đến với thiện chí. Nhưng không thể ngừng bắn khi họ vẫn chiếm giữ bệnh viện”, ông nói.\n\n"
            "Ông Yusuf Kamal, cố vấn của phe nổi dậy, bác bỏ cáo buộc này.")
    assert (3, 0) in _linked(text, "denial")


def test_a_bare_denial_answers_the_rumour_just_before():
    text = ("Cuộc đàm phán tại Doha kết thúc hôm 9/11 mà không có thỏa thuận, hai nguồn tin ngoại giao cho biết.\n\n"
            "Trong khi đó, mạng xã hội lan truyền tin đồn rằng một phái đoàn đã bị yêu cầu rời Doha từ ngày 8/11.\n\n"
            "Bộ Ngoại giao Qatar ngay sau đó ra thông cáo bác bỏ, nêu rõ các phái đoàn rời đi theo lịch trình.")
    assert _linked(text, "denial") == [(2, 1)]


def test_a_body_named_again_with_its_place_is_one_party():
    text = ("Phụ huynh bức xúc vì điểm thi, Sở GD&ĐT lên tiếng\n\n"
            "Trên một số diễn đàn xuất hiện thông tin cho rằng sở đã âm thầm chấm lại môn Toán.\n\n"
            "Đại diện Sở GD&ĐT Nam Định bác bỏ thông tin này, nói việc phúc khảo chỉ bắt đầu từ ngày 5/7.")
    assert _linked(text, "denial") == [(2, 1)]


def test_two_sums_of_one_article_sharing_no_word_are_not_compared():
    text = ("Đổi lại, bị cáo Quang được bị cáo Hạnh “cảm ơn” tổng cộng 18 tỷ đồng, VKS cáo buộc.\n\n"
            "Đại diện VKS cho biết cơ quan điều tra đã kê biên 11 bất động sản và phong tỏa 42 tỷ đồng của các bị cáo.")
    assert not _linked(text)


def test_a_sum_named_as_the_figure_is_still_compared():
    text = ("Theo tờ Siam Sport, CLB Bangkok United chi 600.000 USD để sở hữu tiền đạo 23 tuổi.\n\n"
            "Một nguồn tin thân cận với cầu thủ cho biết con số chỉ vào khoảng 350.000 USD.")
    assert _linked(text) == [(1, 0)]
