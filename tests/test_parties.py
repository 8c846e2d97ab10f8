"""Whether two speakers are one side (`claims/conflicts/parties.py`): a body named twice, a
person and the body they work for, a place and its own body. Sentences written for the project."""
from claims import lexicon
from claims.conflicts.parties import described_here, one_voice, same_party
from claimviews import view


def test_a_body_named_in_full_and_by_its_bare_head_is_one_side():
    full = view(0, "Công an tỉnh Hòa Lâm cho biết đã lấy mẫu nước thải.", "Công an tỉnh Hòa Lâm", "organization", "cho biết")
    bare = view(1, "Cơ quan công an khẳng định chưa có kết quả.", "Cơ quan công an", "organization", "khẳng định")
    assert same_party(bare, full)
    other = view(2, "Công an tỉnh Lâm Hà khẳng định chưa có kết quả.", "Công an tỉnh Lâm Hà", "organization", "khẳng định")
    assert not same_party(other, full)


def test_a_person_and_the_body_they_speak_for_are_one_side_but_two_bodies_are_not():
    director = view(0, "Ông Trần Văn Lộc, Giám đốc Công ty CP Thủy sản Hòa Lâm, cho biết nhà máy vẫn hoạt động.",
                    "Trần Văn Lộc", "person", "cho biết")
    firm = view(1, "Công ty CP Thủy sản Hòa Lâm khẳng định không xả thải ra sông.", "Công ty CP Thủy sản Hòa Lâm",
                "organization", "khẳng định")
    assert same_party(director, firm)
    police = view(2, "Công an tỉnh Hòa Lâm cho biết đã lấy mẫu nước thải.", "Công an tỉnh Hòa Lâm", "organization", "cho biết")
    assert not same_party(police, firm)


def test_how_the_sentence_describes_its_speaker():
    director = view(0, "Ông Trần Văn Lộc, Giám đốc Công ty CP Thủy sản Hòa Lâm, cho biết nhà máy vẫn hoạt động.",
                    "Trần Văn Lộc", "person", "cho biết")
    assert "giám đốc công ty cp thủy sản hòa lâm" in described_here(director).lower()


def test_one_body_through_its_report_is_one_voice():
    assert one_voice("báo cáo cập nhật của Ban Chỉ huy phòng chống thiên tai tỉnh",
                     "Ban Chỉ huy phòng chống thiên tai tỉnh Yên Lâm", lexicon.get("vi"))
    assert not one_voice("Công an tỉnh Yên Lâm", "Sở Y tế tỉnh Yên Lâm", lexicon.get("vi"))
