"""Issue 13, defect 8: an image caption under a photo is no claim. Pasted from a news page, the
line is marked a subheading (claims/clean.py); under a Markdown image it is marked a caption;
either way it was counted as an unattributed claim because the parser reads "hỗn độn" after "Cảnh"
as a predicate. A caption headed by a noun of depiction is now a label (claims/attribution/claimhood.py)."""
import pytest

from claims.analyze import analyze_text

QUAKE = """# Động đất mạnh ở Thổ Nhĩ Kỳ

Một trận động đất mạnh 6,2 độ richter xảy ra ở Istanbul chiều 23/4, theo Cơ quan Quản lý thiên tai và khẩn cấp (AFAD).

Cảnh hỗn độn tại Istanbul sau trận động đất

Ông Ali Yerlikaya, Bộ trưởng Nội vụ, cho biết 151 người bị thương khi nhảy từ các tòa nhà.
"""


@pytest.mark.parametrize("layout", ["pasted", "under an image"])
def test_a_caption_is_not_an_unattributed_claim(pipeline, layout):
    text = QUAKE if layout == "pasted" else QUAKE.replace("Cảnh hỗn độn", "![](anh.jpg)\n\nCảnh hỗn độn")
    caption = [s for s in analyze_text(text)[0].sentences if s.text.startswith("Cảnh hỗn độn")][0]
    assert not caption.is_claim and "unattributed" not in caption.flags


def test_a_caption_about_police_is_still_a_claim(pipeline):
    """"Cảnh sát" (police) begins with the letters of "Cảnh" (scene): the label test looks at the
    segmented word, and a caption that says what someone did is a claim."""
    text = QUAKE.replace("Cảnh hỗn độn tại Istanbul sau trận động đất", "![](anh.jpg)\n\nCảnh sát phong tỏa khu vực đổ nát")
    caption = [s for s in analyze_text(text)[0].sentences if s.text.startswith("Cảnh sát")][0]
    assert caption.kind == "caption" and caption.is_claim


def test_a_depiction_label_with_a_figure_stays_a_claim(pipeline):
    text = QUAKE.replace("Cảnh hỗn độn tại Istanbul sau trận động đất",
                         "![](anh.jpg)\n\nHiện trường vụ sập nhà khiến 3 người bị thương")
    caption = [s for s in analyze_text(text)[0].sentences if s.text.startswith("Hiện trường")][0]
    assert caption.is_claim
