"""Where the stretch before a cue is cut to its subject (`claims.attribution.subject_trims`).
Sentences written for the project."""
from claims.attribution.subject_trims import without_relative_clause
from claimviews import first_source


def test_a_relative_clause_inside_an_apposition_is_cut():
    assert without_relative_clause(" chủ chiếc sà lan mà nhiều người dân nhắc đến") == " chủ chiếc sà lan"
    assert without_relative_clause("Nhà máy mà người dân phản ánh") == "Nhà máy mà người dân phản ánh"  # a name, not an apposition


def test_the_body_before_an_apposition_with_a_relative_clause_speaks():
    text = ("Sáng 9/4, Công ty TNHH Vận tải thủy Hòa Lộc, chủ chiếc sà lan mà nhiều người dân nhắc đến, "
            "khẳng định phương tiện của công ty đã neo tại bến từ chiều hôm trước.")
    assert first_source(text, 0) == ("Công ty TNHH Vận tải thủy Hòa Lộc", "organization")


def test_a_verb_inside_the_stretch_leaves_the_source_after_it():
    text = "Qua tuần tra, Công an xã phát hiện 2 tài khoản Facebook đăng tải thông tin sai sự thật về vụ cháy."
    assert first_source(text, 0) == ("2 tài khoản Facebook", "anonymous")
