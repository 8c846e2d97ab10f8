import pytest

from claims.clean import clean_text, deobfuscate, split_runin_headline


@pytest.mark.parametrize("raw,fixed", [
    ("vụ tai nạn làm 2 người t.hiệt m.ạng", "vụ tai nạn làm 2 người thiệt mạng"),
    ("nghi phạm s.át h.ại nạn nhân", "nghi phạm sát hại nạn nhân"),
    ("chuyên gia đ.ánh giá cao", "chuyên gia đánh giá cao"),
    ("B.é g.ái bị thương", "Bé gái bị thương"),
    ("đổ m.áu.", "đổ máu."),
])
def test_deobfuscation_restores_words(raw, fixed):
    assert deobfuscate(raw) == fixed


@pytest.mark.parametrize("text", [
    "có 2.500 quân", "giá 7.5 tỷ USD", "tại TP.HCM hôm qua", "theo U.S. Army", "Công an H.Lấp Vò",
    "xem www.baomau.vn/tin.html", "gửi ban@baomau.vn", "giải V.League", "PGS.TS Lê Văn Bình", "ngày 3.8 vừa qua",
    "e.g. như vậy",
])
def test_deobfuscation_leaves_numbers_abbreviations_and_urls(text):
    assert deobfuscate(text) == text


def test_runin_subheading_is_split_from_the_first_sentence():
    text = "Giá rau tăng mạnh Ngày 5/3, giá rau xanh tại các chợ lẻ tăng gấp đôi so với tuần trước."
    cut = split_runin_headline(text)
    assert cut is not None and text[:cut].strip() == "Giá rau tăng mạnh"
    # a name inside the first sentence is not a subheading
    assert split_runin_headline("Ông Trần Văn Nam cho biết giá rau tại chợ Bến Thành tăng mạnh trong tuần.") is None


PAGE = """Mưa lũ ở tỉnh Hòa Lâm làm 3 người t.hiệt m.ạng

Theo dõi Báo Mẫu trên

Theo Ban Chỉ huy phòng chống thiên tai tỉnh Hòa Lâm, 3 người đã thiệt mạng trong đêm 2/9.

Mưa lũ ở tỉnh Hòa Lâm làm 3 người thiệt mạng - Hình 1
Người dân dọn bùn sau lũ. Ảnh: Minh Hà

Video đang HOT

Nhiều tuyến đường vẫn bị chia cắt.

Đường sắt Bắc Nam tạm dừng chạy tàu qua Hòa Lâm

Đường sắt Bắc Nam tạm dừng chạy tàu qua Hòa Lâm - Hình 1
Một đoạn đường ray bị sạt lở. Ảnh: Lan Anh

Tổng công ty Đường sắt cho biết các chuyến tàu sẽ chạy lại từ ngày 5/9.

Phát hiện cá sấu trong hồ nước công viên Hà Nội Một ngày sau bão số 5 người dân vẫn thiếu nước sạch Cận cảnh con đường ngập sâu nhất thành phố

Bạn thấy bài viết này có hữu ích không?
Có;
Không

Tin liên quan

Giá vàng hôm nay tăng mạnh
08:15:20 16/09/2026
"""


def test_page_is_cleaned_split_and_marked():
    arts = clean_text(PAGE)
    assert [a.title for a in arts] == ["Mưa lũ ở tỉnh Hòa Lâm làm 3 người thiệt mạng",
                                       "Đường sắt Bắc Nam tạm dừng chạy tàu qua Hòa Lâm"]
    all_text = " ".join(u.text for a in arts for u in a.units)
    for furniture in ("Theo dõi Báo Mẫu", "Video đang HOT", "hữu ích", "Giá vàng hôm nay", "Phát hiện cá sấu", "08:15:20"):
        assert furniture not in all_text
    first = arts[0]
    kinds = [(u.kind, u.role) for u in first.units]
    assert kinds[0] == ("headline", None)
    assert ("caption", "cms_alt") in kinds
    caption = [u for u in first.units if u.text.startswith("Người dân dọn bùn")][0]
    assert caption.kind == "caption" and caption.text.endswith("Ảnh: Minh Hà")
    assert "thiệt mạng" in first.units[0].text  # restored in the headline too


def test_offsets_map_back_to_the_cleaned_text():
    for art in clean_text(PAGE):
        for u in art.units:
            assert art.text[u.start:u.end] == u.text


def test_markdown_heading_and_image_and_byline():
    text = "# Tiêu đề bài\n\nĐoạn một có nội dung dài hơn một chút để làm thân bài.\n\n![Ảnh minh họa cầu mới](cau.jpg)\n\nTrần Văn A - Lê Thị B"
    art = clean_text(text)[0]
    assert art.title == "Tiêu đề bài"
    kinds = {u.text: (u.kind, u.role) for u in art.units}
    assert kinds["Ảnh minh họa cầu mới"] == ("caption", None)
    assert kinds["Trần Văn A - Lê Thị B"] == ("body", "byline")


def test_byline_with_the_agency_credited():
    from claims.analyze import analyze_text

    rep = analyze_text("# Tin thế giới\n\nCông ty Nexora cắt giảm 800 nhân viên, theo Bloomberg.\n\nBảo Lâm (theo Bloomberg)",
                       use_nlp=False)[0]
    last = rep.sentences[-1]
    assert (last.role, last.is_claim) == ("byline", False)


@pytest.mark.parametrize("use_nlp", [False, True])
def test_a_last_line_crediting_agencies_is_a_credit_not_a_claim(use_nlp):
    """"Theo Reuters, AP" closing an article credits the whole article: no claim, no source; the
    sentence that names AP as its source keeps it."""
    from claims.analyze import analyze_text

    rep = analyze_text("Tàu hàng mắc cạn ở eo biển\n\nMột tàu hàng chở 20.000 tấn ngô đã mắc cạn sáng nay, "
                       "hãng tin AP cho biết.\n\nTheo Reuters, AP", use_nlp=use_nlp)[0]
    last = rep.sentences[-1]
    assert (last.role, last.is_claim, last.attributions) == ("byline", False, ())
    assert rep.sentences[1].attributions[0].source == "AP"
    body = analyze_text("Tàu hàng mắc cạn\n\nMột tàu hàng đã mắc cạn sáng nay.\n\nTheo cảnh sát biển, không ai bị thương.",
                        use_nlp=use_nlp)[0]
    assert body.sentences[-1].role is None and body.sentences[-1].attributions


def test_a_teaser_link_to_another_story_is_furniture():
    text = ("Cháy xưởng gỗ ở Bình Lâm, 2 người bị thương\n\n"
            "Vụ cháy xảy ra lúc 3h sáng 4/5 tại xưởng gỗ của ông Trịnh Văn Lợi.\n\n"
            "Xem thêm: Tai nạn liên hoàn trên cao tốc, 5 ô tô hư hỏng\n\n"
            ">> Đọc thêm: Giá xăng giảm lần thứ ba liên tiếp\n\n"
            "**Xem thêm:** Khởi công cầu vượt sông Hồng\n\n"
            "[Xem thêm: Mở lại tuyến xe buýt số 9](https://example.org/tin-9)\n\n"
            "Lực lượng chữa cháy đã khống chế đám cháy sau 2 giờ.")
    (art,) = clean_text(text)
    all_text = " ".join(u.text for u in art.units)
    assert "cao tốc" not in all_text and "Giá xăng" not in all_text
    assert "sông Hồng" not in all_text and "xe buýt" not in all_text
    assert "khống chế đám cháy" in all_text  # the story goes on after the teasers


def test_a_section_label_over_the_headline_is_not_the_title():
    (art,) = clean_text("Pháp luật\n\nBắt giám đốc công ty lừa bán 200 lô đất nền\n\n"
                        "Công an tỉnh Hòa Lâm đã khởi tố ông Đàm Văn Kiên về tội lừa đảo.")
    assert art.title == "Bắt giám đốc công ty lừa bán 200 lô đất nền"
    (plain,) = clean_text("Lũ quét ở bản Nà Ho\n\nMưa lớn kéo dài khiến nhiều nhà bị cuốn trôi.")
    assert plain.title == "Lũ quét ở bản Nà Ho"  # a short title with no headline after it stays the title
    (marked,) = clean_text("# Lũ quét\n\n## Nhiều nhà ở bản Nà Ho bị cuốn trôi trong đêm\n\nMưa lớn kéo dài.")
    assert marked.title == "Lũ quét"


def test_two_markdown_titles_the_section_label_gives_way():
    (art,) = clean_text("# Thời sự\n\n# Cháy lớn tại chung cư mini ở phường Tân Lập\n\nVụ cháy xảy ra lúc 2h sáng.")
    assert art.title == "Cháy lớn tại chung cư mini ở phường Tân Lập"


def test_a_headline_naming_a_province_and_an_industrial_park_is_the_title_not_glued_teasers():
    text = ("Công an tỉnh Bình Điền đính chính thông tin về vụ cháy tại Khu công nghiệp Phú Thạnh Tây\n\n"
            "Chiều 4/11, Công an tỉnh Bình Điền đã phát đi thông cáo đính chính. Diện tích bị cháy là 1.200 m2.\n")
    (art,) = clean_text(text)
    assert art.title == "Công an tỉnh Bình Điền đính chính thông tin về vụ cháy tại Khu công nghiệp Phú Thạnh Tây"
    # later in the page, a line of teaser headlines glued together is still furniture
    page = text + ("Bão số 5 đổ bộ Quảng Trị Một ngày sau lũ người dân dọn bùn Nhiều tuyến đường ngập sâu "
                   "Giá vàng tăng mạnh phiên sáng nay\n")
    (art,) = clean_text(page)
    assert not any("Giá vàng" in u.text for u in art.units)
