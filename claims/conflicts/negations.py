"""A claim that negates what another asserts, word for word: "công ty không đào trúng bất kỳ
tuyến ống nào" against "nhà thầu đã đào trúng tuyến ống thu gom": the verb right after the
negator and a two-word term of what follows it are both in the other claim, which is not
negated there. Whole sentences may share little else (who said it, when), so this stands in for
the similarity a plain polarity clash needs."""
from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+")


def negated_predicate_shared(negative: str, positive: str, lex) -> str | None:
    """The negated predicate ("đào trúng") both claims hold, or None."""
    pos_low = " ".join(_WORD.findall(positive.lower()))
    for clause in re.split(r"[,;:.!?()“”\"]", negative.lower()):
        found = _in_clause(_WORD.findall(clause), pos_low, lex)
        if found:
            return found
    return None


def _in_clause(neg_words: list[str], pos_low: str, lex) -> str | None:
    """Within one clause: the negator, its two-syllable verb, and within four words after it a
    term the other claim holds after that verb (a term further on is someone else's: "một số
    công nhân không ăn cơm căng tin cũng bị đau bụng")."""
    for k, w in enumerate(neg_words):
        if w not in lex.POLARITY_NEGATORS or k + 3 >= len(neg_words):
            continue
        verb = neg_words[k + 1:k + 3]
        if any(x in lex.STOPWORDS or x in lex.POLARITY_NEGATORS for x in verb):
            continue
        phrase = " ".join(verb)
        at = pos_low.find(phrase)
        if at < 0 or any(pos_low[:at].endswith(n + " ") for n in lex.POLARITY_NEGATORS):
            continue  # (negated in the other claim too, or not there at all)
        tail = [x for x in neg_words[k + 3:k + 7] if x not in lex.STOPWORDS]
        terms = {" ".join(tail[i:i + 2]) for i in range(len(tail) - 1)}
        if any(t in pos_low[at + len(phrase):] for t in terms):
            return phrase
    return None
