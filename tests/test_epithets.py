"""The things' epithets of the article memory (`claims.attribution.epithets`): "sàn này", "hãng tin
Anh", "đài này", "công văn trên" point back to what the article named or credited, within reach.
Sentences written for the project."""
from claims.attribution.memory import ArticleMemory
from claims.attribution.types import Attribution, SentenceIn


def memory(*texts, sources=()):
    art = ArticleMemory([SentenceIn(t) for t in texts], "vi")
    art.sources.extend(sources)
    return art


def media(name, mention):
    return Attribution(name, mention, "media", "cho biết", "indirect", 0.9)


def test_a_head_points_back_to_the_latest_thing_named_with_it():
    art = memory("Khách hàng phản ánh sàn thương mại điện tử Lazada giao hàng chậm.",
                 "Sàn này đã lên tiếng xin lỗi.")
    assert art._named_with_head("sàn", 1).endswith("Lazada")
    assert art._named_with_head("cảng", 1) is None


def test_a_named_thing_beyond_reach_is_forgotten():
    art = memory("Khách hàng phản ánh sàn thương mại điện tử Lazada giao hàng chậm.",
                 *["Giá cước vận chuyển tăng trong tháng."] * 5, "Sàn này đã lên tiếng xin lỗi.")
    assert art._named_with_head("sàn", 6) is None


def test_an_agency_of_a_country_is_the_outlet_of_that_country_credited_before():
    art = memory("Theo Reuters, cuộc họp kéo dài ba giờ.", "Kyodo cho biết hai bên chưa ký.",
                 "Hãng tin Anh dẫn lời một quan chức.",
                 sources=[(0, media("Reuters", "Reuters")), (1, media("Kyodo", "Kyodo"))])
    assert art._outlet_of_country("Hãng tin Anh", 2) == "Reuters"
    assert art._outlet_of_country("Hãng tin Pháp", 2) is None


def test_a_numbered_paper_and_a_verb_with_a_count():
    art = memory("Sở đã ban hành công văn số 245/SXD-QLN gửi các quận.", "Công văn trên yêu cầu dừng thi công.")
    assert art._document_numbered("công văn", 1) == "công văn số 245/SXD-QLN"
    counted = memory("Bệnh viện báo cáo 45 ca mắc mới.", "Báo cáo này gây chú ý.")
    assert counted._document_numbered("báo cáo", 1) is None
