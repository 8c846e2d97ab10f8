"""The learned half of attribution: proposers, the ranker, the model files, and the error classes
of real news it was built for (sentences written for these tests)."""
import json

import pytest

from claims.analyze import analyze_text
from claims.attribution import SentenceIn
from claims.attribution import candidates as cand_mod
from claims.attribution import model as model_mod
from claims.attribution.features import sentence_features, tokens_of
from claims.attribution.memory import ArticleMemory
from claims.attribution.ranker import Ranker, best_pair, pair_features


def _pairs(pipeline, text):
    from claims import nlp

    (parsed,) = nlp.parse([text])
    sent = SentenceIn(text, parsed=parsed)
    art = ArticleMemory([sent], "vi")
    tokens = tokens_of(sent)
    feats = sentence_features(sent, tokens, False, [], "vi")
    pairs = cand_mod.propose(art, 0, False, [], tokens, feats)
    shown = {(text[tokens[p.src[0]].start:tokens[p.src[1] - 1].end], text[tokens[p.cue[0]].start:tokens[p.cue[1] - 1].end])
             for p in pairs}
    return tokens, feats, pairs, shown


def test_proposers_find_a_subject_the_rules_cannot_name(pipeline):
    # a bare given name before a lexicon cue, and an unnamed group before a verb no list has
    _, _, _, shown = _pairs(pipeline, "Mười cho biết bồn rượu đã có người đặt mua.")
    assert ("Mười", "cho biết") in shown
    _, _, _, shown = _pairs(pipeline, "Những tiếp viên khác bảo rằng không ai dám bỏ đi.")
    assert any(src.startswith("Những tiếp viên") for src, _ in shown)


def test_proposers_find_the_clause_subject_of_a_later_verb(pipeline):
    _, _, _, shown = _pairs(pipeline, "Trọng tài lập tức kéo võ sĩ ra và tuyên bố trận đấu kết thúc.")
    assert ("Trọng tài", "tuyên bố") in shown


def test_proposers_find_theo_anywhere_and_a_tag_after_a_quote(pipeline):
    _, _, _, shown = _pairs(pipeline, "Cơ sở của việc này, theo luật sư Tình, nằm ở hợp đồng năm 2019.")
    assert any(src.startswith("luật sư Tình") and cue == "theo" for src, cue in shown)
    _, _, _, shown = _pairs(pipeline, "\"Tôi trốn khỏi đó lúc nửa đêm\" - Vy kể.")
    assert ("Vy", "kể") in shown


def test_the_ranker_scores_by_its_weights_and_pools_proposers(pipeline):
    tokens, feats, pairs, _ = _pairs(pipeline, "Mười cho biết bồn rượu đã có người đặt mua.")
    target = next(p for p in pairs if tokens[p.src[0]].text == "Mười")
    x = pair_features(tokens, feats, target, frozenset({target.how}))
    assert "cue=cho biết" in x and x["bias"] == 1.0
    only_this = Ranker({k: 1.0 for k in x if k.startswith("m_first=mười")} | {"bias": -1.0})
    best, score = best_pair(only_this, tokens, feats, pairs)
    assert tokens[best.src[0]].text == "Mười" and score == pytest.approx(0.5)
    assert Ranker({}).score({"bias": 1.0}) == pytest.approx(0.5)


def test_the_model_can_be_switched_off_and_falls_back_to_the_rules(monkeypatch, tmp_path):
    monkeypatch.setenv("CLAIMS_ATTRIBUTION", "rules")
    assert model_mod.load() is None
    monkeypatch.setenv("CLAIMS_ATTRIBUTION", "model")
    monkeypatch.setenv("CLAIMS_ATTRIBUTION_MODEL", str(tmp_path))  # no files there: rules alone
    assert model_mod.load() is None
    (tmp_path / "ranker.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "meta.json").write_text("{}", encoding="utf-8")
    (tmp_path / "clusters.json").write_text("{}", encoding="utf-8")
    model_mod._load.cache_clear()
    from claims.errors import ModelError

    with pytest.raises(ModelError, match="cannot load the attribution model"):
        model_mod.load()
    model_mod._load.cache_clear()


def test_calibration_interpolates_and_stays_monotone(tmp_path):
    (tmp_path / "ranker.json").write_text(json.dumps({"bias": 0.0}), encoding="utf-8")
    (tmp_path / "clusters.json").write_text("{}", encoding="utf-8")
    (tmp_path / "meta.json").write_text(json.dumps({"calibration": [[0.0, 0.1], [0.5, 0.5], [1.0, 0.96]],
                                                    "threshold": 0.4}), encoding="utf-8")
    m = model_mod.from_files(tmp_path)
    assert m.threshold == 0.4
    values = [m.calibrate(x / 20) for x in range(21)]
    assert values == sorted(values) and values[0] == pytest.approx(0.1) and values[-1] == pytest.approx(0.96)
    assert m.calibrate(0.75) == pytest.approx(0.73)


def test_without_a_parse_the_rules_decide():
    (rep,) = analyze_text("Theo Sở Y tế tỉnh Lam Hà, 14 người phải nhập viện.", use_nlp=False)
    assert rep.sentences[0].primary.source == "Sở Y tế tỉnh Lam Hà"


def test_the_bundled_model_is_small_and_describes_its_training():
    meta = json.loads((model_mod.BUNDLED / "meta.json").read_text(encoding="utf-8"))
    size = sum(p.stat().st_size for p in model_mod.BUNDLED.iterdir())
    assert size < 5_000_000
    assert meta["trained_on"]["documents"] > 60 and meta["calibration"]
    assert "locked" not in json.dumps(meta["trained_on"])  # never trained on the locked part


# ------------------------------------------------------------------ error classes of real news
# Each was seen on real news the rules had never met (issue 10); these sentences are the tests'
# own. They pass through the model (with the parse) or through a structural rule, never a rule
# for one sentence.
CLASSES = [
    ("conjunction before theo", "Nhưng theo ông Trần Văn Nam, Giám đốc Sở Xây dựng, cây cầu vẫn an toàn.",
     "Trần Văn Nam", "person"),
    ("conjunction before theo", "Còn theo bà Lê Thị Hoa, người dân chưa nhận được thông báo nào.", "Lê Thị Hoa", "person"),
    ("comma inside a body's name", "Ban Chỉ đạo phòng, chống thiên tai tỉnh Hòa Lâm cho biết 12 hộ dân đã được di dời.",
     "Ban Chỉ đạo phòng, chống thiên tai tỉnh Hòa Lâm", "organization"),
    ("comma inside a body's name", "Theo Ban Chỉ huy phòng, chống thiên tai huyện Đông Sa, nước sông đã vượt báo động 3.",
     "Ban Chỉ huy phòng, chống thiên tai huyện Đông Sa", "organization"),
    ("a company's legal form inside its name", "Đại diện Công ty cổ phần Gạch men Thanh Bình khẳng định lô hàng đạt chuẩn.",
     "Công ty cổ phần Gạch men Thanh Bình", "organization"),
    ("a company's legal form inside its name", "Đại diện Công ty Gạch men Lê Minh khẳng định lô hàng đạt chuẩn.",
     "Công ty Gạch men Lê Minh", "organization"),
    ("source not the subject", "Trên mạng xã hội xuất hiện thông tin cho rằng nhà máy xả thải ra sông.",
     "thông tin trên mạng xã hội", "anonymous"),
    ("source not the subject", "Số liệu do các sở Y tế công bố cho thấy 300 ca mắc mới trong tuần.", "các sở Y tế",
     "organization"),
    ("source not the subject", "Tin tức từ hãng thông tấn Yonhap nói rằng hai bên sẽ nối lại đàm phán.", "Yonhap", "media"),
    ("official known by role", "Chỉ huy đội cảnh sát giao thông số 8 cho biết đoạn đường sẽ bị cấm từ 22h.",
     "Chỉ huy đội cảnh sát giao thông số 8", "person"),
    ("interview answer after the speaker's name", 'Bà Hồ Thị Lan: "Chúng tôi đã chuẩn bị đủ lương thực cho mùa lũ".',
     "Hồ Thị Lan", "person"),
    ("interview answer after the speaker's name", "Ông Phan Văn Kiên: Chúng tôi chưa nhận được công văn nào.",
     "Phan Văn Kiên", "person"),
    ("adverb between subject and cue", "Ông Trần Minh Khoa còn cho rằng giá điện sẽ tăng trong quý tới.",
     "Trần Minh Khoa", "person"),
    ("bare given name", "Mười cho biết bồn rượu này đã có người đặt mua với giá 500.000 đồng.", "Mười", "person"),
    ("unnamed group, unlisted head", "Các bác tài xe ôm cho biết thị trấn có bốn bến đỗ.", "Các bác tài xe ôm", "anonymous"),
    ("speech act inside a narrative", "Ông Phạm Minh Tuấn thở dài và nói rằng công ty sẽ cắt giảm 200 lao động.",
     "Phạm Minh Tuấn", "person"),
]


# Seen by a fresh-eyes tester on articles of their own (2026-12-01, seventh session); the
# sentences here are the tests' own.
FRESH = [
    ("a capitalised quantifier is no name", "Một tiểu thương ngồi ở cuối dãy cho biết sạp của bà bị cháy rụi.",
     "Một tiểu thương ngồi ở cuối dãy", "anonymous"),
    ("asking not to be named stays in the mention", "Báo Lam Sơn dẫn lời một quan chức ngoại giao Nhật Bản giấu tên nói rằng chuyến thăm bị hoãn.",
     "một quan chức ngoại giao Nhật Bản giấu tên", "anonymous"),
    ("a name comma of 'khám, chữa'", "Cục Quản lý khám, chữa bệnh (Bộ Y tế) cho biết đã ghi nhận 9 ca ngộ độc.",
     "Cục Quản lý khám, chữa bệnh", "organization"),
    ("an aside between subject and cue", "Hiệp hội Doanh nghiệp nhỏ, trong một văn bản gửi Bộ Tài chính, cho rằng thuế mới quá cao.",
     "Hiệp hội Doanh nghiệp nhỏ", "organization"),
    # eighth session's round (2026-12-01)
    ("a country between a title and a foreign name", "Ngoại trưởng Eritrea Mehari Tsegay cho biết hai nước sẽ mở lại biên giới.",
     "Mehari Tsegay", "person"),
    ("a credit between two commas", "Phần còn lại của số vàng, theo lời bị cáo Lò Văn Sình, đã được bán cho một tiệm ở Lào Cai.",
     "Lò Văn Sình", "person"),
    ("a government portal after the clause", "Tuyến đường sẽ thông xe vào cuối tháng 9, theo Cổng thông tin điện tử tỉnh Hòa Lâm.",
     "Cổng thông tin điện tử tỉnh Hòa Lâm", "media"),
    ("a vague lead before a clause naming someone", "Theo thông tin ban đầu, chiếc xe tải do tài xế Lương Văn Bảy (35 tuổi, ngụ Hòa Lâm) điều khiển, chở 20 tấn cát.",
     "thông tin ban đầu", "anonymous"),
    ("a colloquial 'said' after a clause", "Giờ thấy con gọi được tên mẹ, chị Lò Thị Mai bảo cả nhà như sống lại.",
     "Lò Thị Mai", "person"),
    ("a body between two commas", "Các đối tượng này, theo cơ quan điều tra, đều được trả lương 15 triệu đồng mỗi tháng.",
     "cơ quan điều tra", "organization"),
    ("an outlet named by its acronym after a description", "Truyền thông nhà nước Triều Tiên (KCNA) đưa tin ông Kim đã thị sát một cuộc tập trận.",
     "Truyền thông nhà nước Triều Tiên (KCNA)", "media"),
    ("a rumour after a time phrase", "Sáng qua, trên mạng xã hội lan truyền thông tin trường học sẽ cho học sinh nghỉ cả tuần.",
     "thông tin trên mạng xã hội", "anonymous"),
]


@pytest.mark.parametrize("text", [
    "Theo đề nghị của Công an thị xã, Sở Giao thông vận tải sẽ rà soát toàn bộ các nhà xe.",
    "Theo kiến nghị của đại diện các tiểu thương, ban quản lý chợ sẽ giảm phí thuê sạp.",
    "Bước đầu xác định nguyên nhân có thể do tài xế xe tải thiếu chú ý quan sát.",
    "Mẹ bảo con đi học sớm kẻo muộn.",  # "bảo": told to, an instruction
    "Công ty bảo đảm quyền lợi cho toàn bộ người lao động.",  # "bảo đảm": ensure
    "Sáng 8/6, Bộ trưởng Bộ Công Thương Lê Văn An trả lời chất vấn của đại biểu về giá điện.",  # answering is an act
])
def test_the_guideline_s_non_sources_are_never_credited(pipeline, text):
    (rep,) = analyze_text(text)
    assert rep.sentences[0].primary is None, rep.sentences[0].primary


def test_a_legal_form_or_a_country_is_not_part_of_a_person_s_name(pipeline):
    (rep,) = analyze_text("Công ty TNHH Lumora Việt Nam vừa cắt giảm 120 nhân viên.\n\n"
                          "Trong thông báo gửi nhân viên, Lumora cho biết đây là quyết định khó khăn.\n\n"
                          "Tổng thống Namibia Hage Kavango phát biểu tại hội nghị.\n\nÔng Hage nói hạn hán đã kéo dài ba năm.")
    assert (rep.sentences[1].primary.source, rep.sentences[1].primary.source_type) == ("Lumora", "organization")
    assert rep.sentences[3].primary.source == "Hage Kavango"


def test_a_person_described_after_being_named_is_that_person(pipeline):
    (rep,) = analyze_text("HLV Kim Sang-woo của CLB Hòa Lâm không giấu sự thất vọng sau trận thua.\n\n"
                          "Chiến lược gia người Hàn Quốc cho rằng các học trò đã thiếu tập trung.\n\n"
                          "Đồng Nai và Hòa Lâm đều tuyên bố giành chiến thắng, trong khi nữ ứng viên Mai Lan Chi im lặng.\n\n"
                          "Nữ chính trị gia 45 tuổi cho rằng phiếu bầu ở nước ngoài chưa được kiểm.\n\n"
                          "Cụ bà 90 tuổi kể lũ năm nay lớn nhất đời cụ.")
    assert rep.sentences[1].primary.source == "Kim Sang-woo"
    assert rep.sentences[3].primary.source == "Mai Lan Chi"
    assert rep.sentences[4].primary.source_type == "anonymous"  # someone new, described, not a role given before


def test_the_said_expert_is_the_person_just_credited_whatever_title_the_lead_gave(pipeline):
    (rep,) = analyze_text('PGS.TS Lý Văn Hải, giảng viên Trường Đại học Cần Thơ, phân tích mặn năm nay vào sớm. '
                          '"Nông dân cần chuyển sang cây chịu mặn", vị chuyên gia nhấn mạnh.')
    assert rep.sentences[1].primary.source == "Lý Văn Hải"


def test_a_bare_title_right_after_its_holder_spoke_is_that_holder(pipeline):
    (rep,) = analyze_text("Bác sĩ Trịnh Thu Hà nói bệnh nhân đã qua cơn nguy kịch.\n\n"
                          "Theo bác sĩ, loại nấm này sống trong đất ẩm.")
    assert rep.sentences[1].primary.source == "Trịnh Thu Hà"
    (rep,) = analyze_text("Bộ Y tế vừa ban hành hướng dẫn mới về nấm.\n\nTheo bác sĩ, loại nấm này sống trong đất ẩm.")
    assert rep.sentences[1].primary.source_type == "anonymous"  # no doctor spoke: doctors at large


def test_a_pejorative_pronoun_points_back_to_the_suspect(pipeline):
    (rep,) = analyze_text("Đối tượng Hồ Văn Tư bị bắt hôm 3/5 tại nhà riêng.\n\n"
                          "Hắn cho biết cả nhóm chi khoảng 200 triệu đồng mỗi tháng để mua tài khoản ngân hàng.")
    assert rep.sentences[1].primary.source == "Hồ Văn Tư"


def test_a_name_written_right_after_its_body_and_a_headline_office_named_in_the_lead(pipeline):
    from claims.attribution.names import names_in
    from claims.lexicon import get

    lex = get("vi")
    assert names_in("Thứ trưởng Bộ Công Thương Lê Quang Thịnh chủ trì", lex) == [("Lê Quang Thịnh", "thứ trưởng", None)]
    assert names_in("Hiệu trưởng Trường THPT Tân Hưng Võ Thanh Tùng", lex)[0][0] == "Võ Thanh Tùng"
    assert names_in("Giám đốc Sở Y tế Hà Nội Nguyễn Văn An", lex)[0][0] == "Nguyễn Văn An"  # the city is no name
    assert names_in("nữ ca sĩ viết trên Facebook", lex) == []  # a clause after the title, not a name
    (rep,) = analyze_text("Thứ trưởng Bộ Tài chính: Không tăng thuế xăng trong năm nay\n\n"
                          "Sáng 5/3, Thứ trưởng Bộ Tài chính Đinh Văn Hậu chủ trì buổi họp báo thường kỳ.")
    assert rep.sentences[0].primary.source == "Đinh Văn Hậu"


def test_a_chinese_name_called_by_its_family_name(pipeline):
    (rep,) = analyze_text("Người phát ngôn Bộ Thương mại Trung Quốc Lâm Hải Phong phát biểu tại họp báo.\n\n"
                          "Ông Lâm cho rằng các biện pháp kiểm soát xuất khẩu đi ngược quy luật thị trường.")
    assert rep.sentences[1].primary.source == "Lâm Hải Phong"
    (rep,) = analyze_text("Ông Trần Văn Lâm và bà Lâm Thị Hoa cùng dự họp.\n\nÔng Lâm cho rằng giá điện sẽ tăng.")
    assert rep.sentences[1].primary.source == "Trần Văn Lâm"  # called by his given name, as Vietnamese are


def test_a_headline_credited_to_an_office_holder(pipeline):
    (rep,) = analyze_text('Giám đốc Sở Y tế Hòa Lâm: "Không để bệnh viện nào thiếu thuốc"\n\n'
                          "Sở Y tế đã phân bổ thêm 2.000 hộp thuốc cho các bệnh viện tuyến huyện.")
    p = rep.sentences[0].primary
    assert p is not None and p.source_type == "person" and "Giám đốc Sở Y tế" in p.mention


@pytest.mark.parametrize("label,text,source,stype", CLASSES + FRESH, ids=[c[0] for c in CLASSES + FRESH])
def test_error_classes_of_real_news(pipeline, label, text, source, stype):
    (rep,) = analyze_text(text)
    p = rep.sentences[0].primary
    assert p is not None and p.source == source and p.source_type == stype, (label, p)


def test_an_outlet_named_again_by_an_epithet_is_the_same_outlet(pipeline):
    (rep,) = analyze_text("Tuần báo Der Spiegel dẫn một nguồn tin giấu tên cho biết cuộc gặp diễn ra hôm thứ Ba. "
                          "Tuần báo Đức cho rằng hai bên đã gần đạt thỏa thuận.")
    assert rep.sentences[1].primary.source == "Der Spiegel" and rep.sentences[1].primary.source_type == "media"


def test_scientists_finding_something_is_not_a_report(pipeline):
    (rep,) = analyze_text("Các nhà khoa học phát hiện một loài ếch mới ở vườn quốc gia Bạch Mã.")
    assert rep.sentences[0].primary is None


def test_a_quote_over_several_sentences_keeps_its_speaker(pipeline):
    (rep,) = analyze_text('Ông Đỗ Văn Minh kể: "Nước lên rất nhanh. Cả nhà chạy lên mái. Đến sáng thì có xuồng tới".')
    assert [s.primary.source for s in rep.sentences] == ["Đỗ Văn Minh"] * 3
    assert all(s.primary.quote == "direct" for s in rep.sentences)


def toks(*pairs):
    """Parsed tokens (text, UPOS) laid out one space apart, for the span helpers' unit tests."""
    from claims.attribution.features import Token

    out, at = [], 0
    for text, upos in pairs:
        out.append(Token(text, at, at + len(text), upos))
        at += len(text) + 1
    return out


def test_a_mention_ends_where_a_name_runs_into_the_verb_phrase():
    """A proposer that takes a clause's whole subject stretch can leave the verb phrase in
    ("Hùng lên phòng gõ cửa và"); a name takes no clause, a common noun may ("người dân sống gần đó")."""
    from claims.attribution.mention_span import tidy_span as _tidy_span

    run_on = toks(("Hùng", "PROPN"), ("lên", "VERB"), ("phòng", "NOUN"), ("gõ", "VERB"), ("cửa", "NOUN"), ("và", "CCONJ"))
    assert _tidy_span(run_on, (0, 6)) == (0, 1)
    clause = toks(("người", "NOUN"), ("dân", "NOUN"), ("sống", "VERB"), ("gần", "ADJ"), ("đó", "PRON"))
    assert _tidy_span(clause, (0, 5)) == (0, 5)
    led = toks(("Giờ đây", "ADV"), ("Vy", "PROPN"))
    assert _tidy_span(led, (0, 2)) == (1, 2)
    from claims import lexicon

    timed = toks(("Bộ", "NOUN"), ("Ngoại giao", "NOUN"), ("Eritrea", "PROPN"), ("sau", "ADP"), ("đó", "PRON"), ("ra", "VERB"))
    assert _tidy_span(timed, (0, 6), lexicon.get("vi")) == (0, 3)  # a time word after the name opens the predicate


def test_credits_carried_along_a_quote_are_trusted_no_more_than_measured():
    from types import SimpleNamespace

    from claims.attribution import Attribution
    from claims.attribution.model import load
    from claims.attribution.quotes import spread_quotes

    sentences = [SimpleNamespace(text=t, kind="body") for t in (
        'Ông Vũ Hải nói: "Đê đã được gia cố.', "Nước sẽ không tràn qua.", 'Dân có thể yên tâm".')]
    speaker = Attribution("Vũ Hải", "Ông Vũ Hải", "person", "nói", "direct", 0.93)
    per = [[speaker], [], []]
    spread_quotes(SimpleNamespace(s=sentences), per, [False, True, True], [True, True, False], 0.6)
    assert [p[0].source for p in per] == ["Vũ Hải"] * 3
    assert [p[0].confidence for p in per] == [0.93, 0.6, 0.6]  # the speaker's own credit keeps its score
    # the bundled model says how often such carried credits were right out of fold
    model = load()
    assert model is not None and 0.0 < model.carried_confidence <= 1.0


def test_an_unresolved_they_is_an_unnamed_group():
    from claims.attribution import SentenceIn as In
    from claims.attribution.decide import _resolve
    from claims.attribution.memory import ArticleMemory as Memory

    art = Memory([In("Họ cho biết nước đã rút.")], "vi")
    assert _resolve(art, 0, "Họ") == ("Họ", "anonymous")
    assert _resolve(art, 0, "Ông")[1] == "person"  # a singular pronoun left unresolved is still one person


def test_a_parenthesis_names_the_parent_body_not_the_speaker(pipeline):
    """"Cục X (Bộ Y tế) khẳng định": the parse may make the parenthesis the subject; the mention is
    the body before it, with its parent, never "(Bộ Y tế)" alone."""
    _, _, _, shown = _pairs(pipeline, "Giám đốc Sở Y tế (Bộ Y tế) cho biết sẽ kiểm tra.")
    assert not any(src.startswith("(") for src, _ in shown)
    (rep,) = analyze_text("Trả lời báo chí, đại diện Cục Hạ tầng và Thiết bị y tế (Bộ Y tế) khẳng định "
                          "chưa cấp phép sản phẩm này.\n\nGiám đốc Sở Y tế (Bộ Y tế) cho biết sẽ kiểm tra.")
    first, second = (s.primary for s in rep.sentences)
    assert (first.source, first.source_type) == ("Cục Hạ tầng và Thiết bị y tế (Bộ Y tế)", "organization")
    assert second.source_type == "person" and second.mention.startswith("Giám đốc Sở Y tế")


def test_a_player_named_without_his_family_name_a_speaker_who_asked_not_to_be_named_and_a_subject_before_its_adverb(pipeline):
    (rep,) = analyze_text("Tiền vệ Lê Hữu Khoa chuyển sang Thái Lan thi đấu\n\n"
                          "Chia sẻ trên trang cá nhân tối 14/7, Hữu Khoa viết: “Cảm ơn Hà Tĩnh đã cho tôi cơ hội.”\n\n"
                          "Chủ quán, một phụ nữ ngoài 50 tuổi xin giấu tên, nói: “Khách vắng lắm, tôi bán không được.”\n\n"
                          "Bà cho biết giá thuê mặt bằng đã tăng gấp đôi.\n\n"
                          "Số khác lại ủng hộ quyết định của cầu thủ, cho rằng thi đấu ở nước ngoài sẽ giúp anh tiến bộ.")
    got = [(s.primary.source, s.primary.source_type) if s.primary else None for s in rep.sentences[1:]]
    assert got == [("Lê Hữu Khoa", "person"), ("Chủ quán", "anonymous"), ("Chủ quán", "anonymous"),
                   ("Số khác", "anonymous")]


def test_a_credit_to_a_bare_pronoun_is_trusted_no_more_than_measured(pipeline, monkeypatch, tmp_path):
    """"Ông nói" is as right as the person it is taken to mean: its confidence is capped at the
    model's measured rate for such credits, whatever its score; a named speaker's is not."""
    for name in ("ranker.json", "clusters.json"):
        (tmp_path / name).write_bytes((model_mod.BUNDLED / name).read_bytes())
    meta = json.loads((model_mod.BUNDLED / "meta.json").read_text(encoding="utf-8"))
    meta["pronoun_confidence"] = 0.3
    (tmp_path / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    monkeypatch.setenv("CLAIMS_ATTRIBUTION_MODEL", str(tmp_path))
    (rep,) = analyze_text("Ông Lê Văn Tám, trưởng thôn Đông, cho biết nước đã rút.\n\n"
                          "Ông nói thêm rằng 30 hộ dân đã trở về nhà.")
    named, pronoun = (s.primary for s in rep.sentences)
    assert named.source == pronoun.source == "Lê Văn Tám"
    assert pronoun.confidence <= 0.3 < named.confidence


def test_a_pronoun_points_back_a_few_sentences_not_to_anyone_named_earlier(pipeline):
    def last(*texts):
        (rep,) = analyze_text("\n\n".join(texts))
        return rep.sentences[-1].primary

    filler = ["Mưa lớn kéo dài suốt ba ngày.", "Nhiều tuyến đường bị ngập sâu.", "Học sinh được nghỉ học.",
              "Điện lưới bị cắt ở nhiều nơi."]
    assert last("Ông Lê Văn Tám cho biết nước đã rút.", filler[0], "Ông nói 30 hộ đã về nhà.").source == "Lê Văn Tám"
    # someone else named since, and the speaker out of reach: "Ông" stays as written
    far = last("Ông Lê Văn Tám cho biết nước đã rút.", "Anh Trần Văn Lực đến hiện trường từ sớm.", *filler[:3],
               "Ông nói 30 hộ đã về nhà.")
    assert (far.source, far.source_type) == ("Ông", "person")
    # the last speaker, with no one named since (a long quote in between), stays in reach
    quoted = last('Ông Lê Văn Tám, trưởng thôn Đông, kể: "Nước lên từ nửa đêm.', "Chúng tôi dậy gọi nhau.",
                  "Nhiều nhà ngập đến mái.", 'Đến sáng nước mới rút".', "Ông cho biết thêm mỗi hộ được 10 kg gạo.")
    assert quoted.source == "Lê Văn Tám"
    # a chain of credits keeps the person in reach: each "Ông nói" is a recent mention for the next
    chain = last("Ông Lê Văn Tám cho biết nước đã rút.", *filler[:2], "Ông nói 30 hộ đã về nhà.",
                 *filler[2:], "Ông nói thêm rằng đê vẫn an toàn.")
    assert chain.source == "Lê Văn Tám"


def test_a_pronoun_left_as_written_is_no_one_a_later_pronoun_can_mean(pipeline):
    (rep,) = analyze_text("Cô nói nước đã rút từ chiều qua.\n\nBà nói 30 hộ đã về nhà.")
    assert [s.primary.source for s in rep.sentences] == ["Cô", "Bà"]


def test_a_parenthesis_does_not_join_two_bodies_over_and(pipeline):
    _, _, _, shown = _pairs(pipeline, "Bộ Công Thương và Cục Quản lý dược (Bộ Y tế) khẳng định chưa cấp phép.")
    # the parenthesis takes the body right before it, not both bodies joined by "và"
    assert not any(src.startswith("Bộ Công Thương") and src.endswith("(Bộ Y tế)") for src, _ in shown)
    assert any(src == "Cục Quản lý dược (Bộ Y tế)" for src, _ in shown)


def test_a_common_word_after_and_does_not_start_a_second_body(pipeline):
    _, _, _, shown = _pairs(pipeline, "Trung tâm Kiểm soát và Phòng ngừa dịch bệnh Mỹ (CDC) khẳng định vắc xin an toàn.")
    assert not any(src.startswith("Phòng ngừa") for src, _ in shown)


def test_a_pronoun_after_an_unnamed_speaker_is_that_speaker(pipeline):
    (rep,) = analyze_text("Một bị hại ngồi ở hàng ghế cuối cho biết bà đã mất hết tiền tiết kiệm.\n\n"
                          '"Tôi chỉ mong lấy lại được tiền", bà nói.')
    assert rep.sentences[1].primary.source == "Một bị hại ngồi ở hàng ghế cuối"
    assert rep.sentences[1].primary.source_type == "anonymous"


def test_a_foreign_name_called_by_its_first_word_keeps_the_full_name(pipeline):
    (rep,) = analyze_text("Ông Somsak Chaiyaporn, người phát ngôn Bộ Ngoại giao, cho biết hai bên sẽ gặp nhau.\n\n"
                          "Ông Somsak nói rằng đối thoại là con đường duy nhất.\n\n"
                          '"Không có lý do gì để trì hoãn", ông nói thêm.')
    assert [s.primary.source for s in rep.sentences] == ["Somsak Chaiyaporn"] * 3


def test_a_quote_tagged_by_a_manner_verb_and_a_gesture_is_the_tagged_speaker_s(pipeline):
    (rep,) = analyze_text("Ông Đinh Văn Sáu năm nay 70 tuổi, sống cạnh bến đò cũ.\n\n"
                          '"Hồi trước chưa có cầu, qua sông phải chờ cả buổi. Giờ nghĩ lại vẫn thấy nhớ", ông Sáu cười, mắt nhìn ra sông.\n\n'
                          "Bà Lê Thị Tư, hàng xóm của ông, kể bến đò đã đóng cửa từ năm 2015.")
    assert [s.primary.source for s in rep.sentences[1:3]] == ["Đinh Văn Sáu"] * 2


def test_a_body_named_again_without_its_place_is_the_body_named_before(pipeline):
    (rep,) = analyze_text("Sở Y tế Hòa Lâm cho biết số ca sốt xuất huyết tăng gấp đôi.\n\n"
                          "Một bé trai 7 tuổi đã tử vong do sốc sốt xuất huyết, theo Sở Y tế.")
    assert rep.sentences[1].primary.source == "Sở Y tế Hòa Lâm"


def test_a_body_s_name_that_resumes_after_a_lower_case_word_is_not_cut():
    from claims.attribution.mention_span import name_end as _name_end

    name = toks(("Cơ quan", "NOUN"), ("Núi lửa", "PROPN"), ("và", "CCONJ"), ("Giảm", "PROPN"), ("nhẹ", "ADJ"),
                ("Thảm họa", "PROPN"), ("Địa chất", "PROPN"))
    assert _name_end(name, 0, len(name)) == len(name)


def test_second_review_a_name_running_into_a_journey_is_cut_and_a_birth_order_name_is_a_name():
    from claims.attribution.mention_span import name_end as _name_end
    from claims import lexicon

    lex = lexicon.get("vi")
    journey = toks(("Ông", "NOUN"), ("Long", "PROPN"), ("trở về", "VERB"), ("Hà Nội", "PROPN"), ("rồi", "ADV"))
    assert _name_end(journey, 0, 5, lex) == 2
    second_son = toks(("Chú", "NOUN"), ("Hai", "PROPN"), ("chạy", "VERB"), ("xe", "NOUN"))
    assert _name_end(second_son, 0, 4, lex) == 2
    some = toks(("Một số", "DET"), ("lại", "ADV"), ("cho", "VERB"))
    assert _name_end(some, 0, 3, lex) == 1


def test_a_quote_with_a_tag_paragraph_pointing_back_is_the_tagged_speaker_s(pipeline):
    (rep,) = analyze_text('"Cả buổi sáng tôi chưa bán được đơn hàng nào. Tiền thuê sạp vẫn phải trả đủ."\n\n'
                          "Bà Nguyễn Thị Lụa, tiểu thương bán vải ở chợ Hàng Da, chia sẻ như vậy khi phóng viên ghé qua.")
    assert [s.primary.source for s in rep.sentences[:2]] == ["Nguyễn Thị Lụa"] * 2


def test_a_capitalised_word_inside_a_body_s_name_is_no_cue_and_a_caption_needs_a_reporting_word(pipeline):
    (rep,) = analyze_text("Trung tâm Dự báo khí tượng thủy văn quốc gia khuyến cáo người dân không đi qua các ngầm tràn.")
    assert rep.sentences[0].primary is None or rep.sentences[0].primary.cue != "Dự báo"
    (rep,) = analyze_text("Bài viết\n\n![](anh.jpg)\n\nNông dân Cai Lậy thu hoạch sầu riêng. Ảnh: Minh Đảm\n\nGiá sầu riêng tăng mạnh.")
    assert all(s.primary is None for s in rep.sentences if s.kind == "caption")


def test_a_titled_surname_takes_the_full_foreign_name_written_before(pipeline):
    (rep,) = analyze_text("Ứng viên cánh hữu Ricardo Valdés và đối thủ cánh tả Camila Ortega đều tuyên bố chiến thắng.\n\n"
                          "Theo AFP, ông Valdés giành 49,6% số phiếu, trong khi bà Ortega đạt 48,9%.\n\n"
                          '"Chúng tôi sẽ chờ kết quả chính thức", bà nói với hãng tin AP.')
    assert rep.sentences[2].primary.source == "Camila Ortega"
