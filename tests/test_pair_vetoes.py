"""Pairs that speak for no one (`pair_vetoes`), whatever the ranker scores: someone asked to say
something, a cue that is part of another word; and a mention trimmed to its source."""
from claims import lexicon
from claims.attribution import pair_vetoes
from claimviews import first_source

HEAD = "Ngập úng ở phường Tân An\n\n"


def test_someone_asked_to_report_says_nothing_yet():
    text = HEAD + "UBND thành phố yêu cầu Sở Xây dựng báo cáo nguyên nhân ngập trước ngày 10/9.\n"
    assert first_source(text, 1) is None


def test_someone_who_reports_is_credited():
    text = HEAD + "Sở Xây dựng báo cáo có 14 tuyến đường bị ngập sâu sau trận mưa.\n"
    assert first_source(text, 1) == ("Sở Xây dựng", "organization")


def test_a_mention_loses_its_opener_and_its_apposition():
    class Art:
        lex = lexicon.get("vi")
        from claims.attribution.patterns import patterns
        rx = patterns("vi")
    assert pair_vetoes.trimmed_mention(Art, "Tuy nhiên ông Lê Văn Tám, 52 tuổi") == "ông Lê Văn Tám"
