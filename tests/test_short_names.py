"""A body's short form and its full name (`claims.attribution.short_names`). Sentences written
for the project."""
from claims.attribution.short_names import spelt_out
from claimviews import first_source


def test_an_acronym_is_spelt_out_by_the_initials_after_the_same_head():
    assert spelt_out("Cục Cảnh sát giao thông", "Cục", "CSGT")
    assert spelt_out("Bộ Giáo dục và Đào tạo", "Bộ", "GD&ĐT")
    assert not spelt_out("Cục Quản lý thị trường", "Cục", "CSGT")
    assert spelt_out("Sở Giáo dục và Đào tạo Nghệ An", "Sở", "GD&ĐT", then_place=True)


def test_a_bracketed_short_form_is_the_name_written_before_it():
    text = ("Tập đoàn Điện lực Miền Trung (EVNCT) vừa điều chỉnh giá bán lẻ.\n\n"
            "Theo EVNCT, mức tăng bình quân là 4,8%.")
    assert first_source(text, 1) == ("Tập đoàn Điện lực Miền Trung (EVNCT)", "organization")


def test_a_short_form_then_a_place_met_inside_a_title_is_the_whole_name():
    text = ("Ông Lê Văn Hải, Phó Giám đốc Trung tâm Kiểm soát bệnh tật (CDC) Kon Tum, cho biết tỉnh có 610 ca sởi.\n\n"
            "Theo CDC Kon Tum, tỷ lệ tiêm đủ hai mũi đạt 81%.\n\n"
            "CDC Gia Lai cho biết sẽ tiêm bổ sung cho trẻ.")
    assert first_source(text, 1) == ("Trung tâm Kiểm soát bệnh tật (CDC) Kon Tum", "organization")
    assert first_source(text, 2) == ("CDC Gia Lai", "organization")  # another province's centre, never named in full
