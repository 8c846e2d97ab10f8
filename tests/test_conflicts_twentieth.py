"""Twentieth session (fresh-eyes round 33), conflicts: interest paid and a share's price are
measures of their own, not the firm's profit; a correction that points back ("đây là nhầm lẫn")
puts right the figure just before, and never one given after it; "nâng số người chết ... lên 4" is a
later step; a hospital's share of the injured is no conflict with the whole unless it exceeds it.
Sentences written for the project."""
from claimviews import conflict_pairs


def _linked(text, kind="number_mismatch"):
    return [p[1:] for p in conflict_pairs(text) if p[0] == kind]


def test_interest_paid_is_not_profit():
    text = ("Công ty CP Thực phẩm Nam Việt báo lãi quý III đạt 120 tỷ đồng, giảm 25% so với cùng kỳ.\n\n"
            "Công ty Chứng khoán Rồng Việt cho rằng chi phí lãi vay quý III của Nam Việt đã tăng 60%, lên 85 tỷ đồng.")
    assert not _linked(text)


def test_a_shares_price_is_not_the_firms_results():
    text = ("Công ty CP Thực phẩm Nam Việt báo lợi nhuận quý III giảm 25% so với cùng kỳ.\n\n"
            "Trên sàn HOSE, cổ phiếu NVF giảm 3,2% trong phiên 20/10.")
    assert not _linked(text)


def test_shares_bought_are_a_deals_size_not_a_share_price():
    # (the measure is the sum paid: two figures for it still disagree)
    text = ("Theo Bloomberg, tập đoàn Hòa Phong đã đề nghị mua lại hãng Sao Mai với giá trị lên đến 2.1 tỷ USD.\n\n"
            "Như vậy, để mua được 51% số cổ phiếu của Sao Mai, Hòa Phong sẽ phải chi khoản tiền lên tới 2,6 tỷ USD, theo Bloomberg.")
    assert _linked(text) == [(1, 0)]


def test_a_correction_pointing_back_puts_right_the_figure_just_before():
    text = ("Bà Trần Thu Hiền cho biết biên lợi nhuận gộp giảm từ 21,5% xuống 17,2%.\n\n"
            "Trong văn bản đầu tiên, công ty ghi lợi nhuận quý III giảm 72%.\n\n"
            "Vài giờ sau, công ty phát văn bản đính chính, cho biết đây là nhầm lẫn và con số đúng là 27%.")
    links = _linked(text, "correction")
    assert (2, 1) in links and (2, 0) not in links


def test_a_correction_puts_right_nothing_given_after_it():
    text = ("Công ty phát văn bản đính chính, cho biết con số đúng là lợi nhuận giảm 27%.\n\n"
            "Theo Công ty Chứng khoán Rồng Việt, chi phí bán hàng tăng 45%.")
    assert not [p for p in conflict_pairs(text) if p[0] in ("correction", "number_mismatch")]


def test_raising_the_toll_by_a_long_phrase_is_a_later_step():
    text = ("Theo Công an tỉnh Bắc Hà, đến 22h, vụ cháy tại Khu công nghiệp Tân Phú làm 3 người chết.\n\n"
            "Sáng hôm sau, Bệnh viện Bỏng Quốc gia xác nhận một nạn nhân vụ cháy tại Khu công nghiệp Tân Phú đã tử vong, "
            "nâng số người chết trong vụ cháy lên 4.")
    pairs = conflict_pairs(text)
    assert ("update", 1, 0) in pairs and not _linked(text)


def test_a_hospitals_share_of_the_injured_is_within_the_whole():
    text = ("Theo Công an tỉnh Bắc Hà, vụ cháy tại Khu công nghiệp Tân Phú làm 11 người bị thương.\n\n"
            "Ông Lý Minh Châu, Phó giám đốc Bệnh viện Đa khoa tỉnh Bắc Hà, cho biết bệnh viện đã tiếp nhận 8 người bị thương "
            "trong vụ cháy tại Khu công nghiệp Tân Phú.")
    assert not _linked(text)


def test_a_hospital_taking_in_more_than_the_whole_disagrees():
    text = ("Theo Công an tỉnh Bắc Hà, vụ cháy tại Khu công nghiệp Tân Phú làm 11 người bị thương.\n\n"
            "Ông Lý Minh Châu, Phó giám đốc Bệnh viện Đa khoa tỉnh Bắc Hà, cho biết bệnh viện đã tiếp nhận 15 người bị thương "
            "trong vụ cháy tại Khu công nghiệp Tân Phú.")
    assert _linked(text) == [(1, 0)]


def test_a_figure_its_own_sentence_says_was_taken_back_corrects_nothing():
    text = ("Sáng 15/3, báo cáo nhanh của UBND tỉnh Lai Châu xác định vụ tai nạn trên đèo Ô Quy Hồ làm 6 người chết.\n\n"
            "Trước đó, trang tin của huyện đăng tin vụ tai nạn trên đèo Ô Quy Hồ làm 8 người chết, sau đó gỡ bài và đính chính.")
    pairs = conflict_pairs(text)
    assert not [p for p in pairs if p[0] in ("correction", "number_mismatch")]
