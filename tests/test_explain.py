"""Every flag and conflict says why in one Vietnamese line (issue 13), and conflicts are shown
as two sides with what matched."""
from claims import explain
from claims.analyze import analyze_text

ARTICLE = """# Cháy kho hàng ở khu công nghiệp Tân Mỹ

Theo Cảnh sát PCCC tỉnh Bình Lâm, đám cháy bùng phát lúc 2h sáng 9/10 và thiêu rụi 3 nhà kho.

Một công nhân giấu tên cho rằng hệ thống báo cháy đã hỏng từ lâu.

Thiệt hại ước tính lên tới 20 tỷ đồng.

Nguyên nhân vụ cháy được cho là do chập điện.

Ông Lưu Văn Thành, giám đốc công ty, nói thêm rằng khoảng 4 nhà kho bị cháy.
"""


def report():
    return analyze_text(ARTICLE, use_nlp=False)[0]


def reasons(i):
    r = report()
    return explain.sentence_reasons(r.sentences[i], r)


def test_every_flag_has_its_line():
    r = report()
    for s in r.sentences:
        lines = explain.sentence_reasons(s, r)
        assert lines and all("\n" not in line for line in lines)
        starts = {"unattributed": "Chưa có nguồn", "anonymous_source": "Nguồn ẩn danh", "hedged": "Chưa khẳng định",
                  "conflict": "Mâu thuẫn"}
        for flag in s.flags:
            assert any(line.startswith(starts[flag]) for line in lines), (s.text, flag, lines)


def test_lines_name_what_triggered_the_flag():
    assert "(20 tỷ đồng)" in reasons(3)[0]  # an unattributed figure says which
    assert "“giấu tên”" in reasons(2)[0]  # the anonymity marker
    r = analyze_text("Một cán bộ xã Nậm Khê, đề nghị giấu tên, cho biết nhiều ngôi nhà bị cuốn trôi.", use_nlp=False)[0]
    assert "(“đề nghị giấu tên”)" in explain.sentence_reasons(r.sentences[0], r)[0]  # outside the mention
    assert any("“được cho là”" in line for line in reasons(4))  # the hedge
    assert reasons(1)[-1].startswith("Độ tin cậy 0.90 — cao")  # what the confidence means


def test_confidence_levels():
    assert "cao" in explain.confidence_line(0.9)
    assert "trung bình" in explain.confidence_line(0.75)
    assert "trung bình" in explain.confidence_line(0.5)
    assert "thấp" in explain.confidence_line(0.45)
    assert "khả năng nguồn được gán đúng" in explain.confidence_line(0.9)


MARKET = """# Cháy chợ Đồng Xuân Mới

Theo Cảnh sát PCCC tỉnh Kiên Hòa, vụ cháy chợ Đồng Xuân Mới làm 120 ki-ốt bị thiêu rụi.

Ban quản lý chợ Đồng Xuân Mới cho biết vụ cháy làm 85 ki-ốt bị thiêu rụi.
"""


def test_conflict_shows_both_sides_and_what_matched():
    r = analyze_text(MARKET, use_nlp=False)[0]
    (c,) = r.conflicts
    view = explain.conflict_view(r, c)
    assert view.kind == "số liệu lệch nhau" and "85 ki-ốt" in view.reason
    sides = sorted([view.mine, view.other], key=lambda x: x.sentence)
    assert [s.sentence for s in sides] == [1, 2]
    assert sides[0].source == "Cảnh sát PCCC tỉnh Kiên Hòa (tổ chức)" and sides[0].figures == ("120 ki-ốt",)
    assert sides[1].source.endswith("(tổ chức)") and sides[1].figures == ("85 ki-ốt",)
    assert view.matched == ("tên: Đồng Xuân Mới", "đơn vị: ki-ốt")
    assert view.later.startswith("Câu 3 đứng sau câu 2")
    line = [x for x in explain.sentence_reasons(r.sentences[1], r) if x.startswith("Mâu thuẫn")][0]
    assert "câu 3 cùng bài" in line and "120 ki-ốt" in line
