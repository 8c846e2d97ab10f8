"""Read the UD Vietnamese-VTB treebank and give its sentences news-style spacing.

The treebank's `# text` lines put a space around every punctuation mark (`nói : " Tôi ...`).
News text does not, and the checker is measured on news text, so `detokenize` rewrites the
spacing the way a newspaper prints it and keeps a map back to the treebank's characters:
annotations of treebank sentences are stored as character spans over the treebank's own
`# text` (never the text itself), and read through that map.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .errors import InputError

SPLITS = ("train", "dev", "test")
_NO_SPACE_BEFORE = set(",.;:!?)]}%…")
_NO_SPACE_AFTER = set("([{")
# Some treebank sentences spell brackets as tokens (Penn style): they are shown as brackets.
_BRACKETS = {"LBKT": "(", "RBKT": ")"}
_BRACKET_WORD = {v: k for k, v in _BRACKETS.items()}


@dataclass(frozen=True)
class TreebankWord:
    form: str
    upos: str
    xpos: str
    head: int
    deprel: str


@dataclass(frozen=True)
class TreebankSentence:
    sent_id: str
    text: str  # the `# text` line as the treebank writes it
    words: tuple[TreebankWord, ...]
    split: str = ""  # train / dev / test: the file it is in (test ids start "text-" or "test-")


def treebank_file(root: Path, split: str) -> Path:
    return Path(root) / f"vi_vtb-ud-{split}.conllu"


def read_conllu(path: Path, split: str = "") -> Iterator[TreebankSentence]:
    """Sentences of one CoNLL-U file, in file order."""
    if not Path(path).is_file():
        raise InputError(str(path), "treebank file not found (is ../shared/nlp-data there?)")
    sent_id, text, words = None, None, []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("# sent_id"):
                sent_id = line.split("=", 1)[1].strip()
            elif line.startswith("# text"):
                text = line.split("=", 1)[1].strip()
            elif not line.strip():
                if sent_id is not None and text is not None:
                    yield TreebankSentence(sent_id, text, tuple(words), split)
                sent_id, text, words = None, None, []
            elif not line.startswith("#"):
                cols = line.split("\t")
                if len(cols) == 10 and cols[0].isdigit():
                    words.append(TreebankWord(cols[1], cols[3], cols[4], int(cols[6]), cols[7]))
    if sent_id is not None and text is not None:
        yield TreebankSentence(sent_id, text, tuple(words), split)


def read_split(root: Path, split: str) -> list[TreebankSentence]:
    return list(read_conllu(treebank_file(root, split), split))


def read_all(root: Path) -> dict[str, TreebankSentence]:
    return {s.sent_id: s for split in SPLITS for s in read_conllu(treebank_file(root, split), split)}


def detokenize(text: str) -> tuple[str, list[int]]:
    """News-style spacing for a treebank sentence, and for each character of the result the
    index of the same character in `text` (spaces that were kept map to themselves)."""
    tokens = [(m.start(), _BRACKETS.get(m.group(), m.group())) for m in re.finditer(r"\S+", text)]
    quote_open = _leading_quote_opens(tokens)
    out: list[str] = []
    index: list[int] = []
    glue_next = False
    for k, (at, tok) in enumerate(tokens):
        closing = False
        if tok == '"':
            closing = quote_open
            quote_open = not quote_open
        glue = (glue_next or not out or closing or tok[0] in _NO_SPACE_BEFORE and _is_mark(tok)
                or tok == "/" or _inside_number(tokens, k))
        if not glue:
            out.append(" ")
            index.append(at - 1)
        out.extend(tok)
        index.extend(range(at, at + len(tok)) if text[at:at + len(tok)] == tok else [at] * len(tok))
        glue_next = (tok == '"' and not closing) or tok in _NO_SPACE_AFTER or tok == "/" or _inside_number(tokens, k)
    return "".join(out), index


def _inside_number(tokens: list[tuple[int, str]], k: int) -> bool:
    """A "." or "," between two digit runs belongs to a number ("28 . 000" -> "28.000", "1 , 9 kg")."""
    tok = tokens[k][1]
    return (tok in (".", ",") and 0 < k < len(tokens) - 1 and tokens[k - 1][1][-1].isdigit()
            and tokens[k + 1][1][0].isdigit())


def _is_mark(tok: str) -> bool:
    return all(not ch.isalnum() for ch in tok)


def _leading_quote_opens(tokens: list[tuple[int, str]]) -> bool:
    """Whether a quote is already open when the sentence starts: a sentence that continues a
    quote from the previous one has an odd number of marks and closes before it opens
    (`À , tôi còn ... đây này " .`)."""
    marks = [k for k, (_, t) in enumerate(tokens) if t == '"']
    if len(marks) % 2 == 0 or not marks:
        return False
    first = marks[0]
    # an odd count: the unpaired mark closes an earlier quote when it is not at the start of
    # a clause (after words), opens one that runs on when it comes first
    return first > 0 and tokens[first - 1][1] not in (":", ",", "(")


def raw_span(index: list[int], start: int, end: int) -> tuple[int, int]:
    """Treebank span of the detokenized span [start, end)."""
    return index[start], index[end - 1] + 1


def news_span(index: list[int], start: int, end: int) -> tuple[int, int]:
    """Detokenized span of the treebank span [start, end) (the inverse of `raw_span`)."""
    first = next(k for k, i in enumerate(index) if i >= start)
    last = max(k for k, i in enumerate(index) if i < end)
    return first, last + 1


def align_to_raw(news: str, raw: str) -> list[int]:
    """For each character of `news` (a respaced copy of the treebank text `raw`: only spaces
    removed or kept), its index in `raw`. Works for any respacing, so annotations made on one
    version of the spacing convert to treebank spans."""
    index: list[int] = []
    j = 0
    for ch in news:
        while j < len(raw) and raw[j] != ch and raw[j].isspace():
            j += 1
        word = _BRACKET_WORD.get(ch)
        if word and raw.startswith(word, j):  # "LBKT" shown as "("
            index.append(j)
            j += len(word)
            continue
        if j >= len(raw) or raw[j] != ch:
            raise ValueError(f"not a respacing of the treebank text at {len(index)}")
        index.append(j)
        j += 1
    return index


DEFAULT_ROOT = Path(__file__).resolve().parents[2] / "shared" / "nlp-data" / "UD_Vietnamese-VTB"
PARTS = ("test", "train", "all")


def treebank_root() -> Path:
    """`$CLAIMS_TREEBANK`, else ../shared/nlp-data/UD_Vietnamese-VTB beside the project."""
    import os

    return Path(os.environ.get("CLAIMS_TREEBANK") or DEFAULT_ROOT)


def is_treebank_gold(folder: Path) -> bool:
    return (Path(folder) / "gold.jsonl").is_file() and (Path(folder) / "batches.json").is_file()


def locked_ids(folder: Path) -> set[str]:
    path = Path(folder) / "locked-test-ids.txt"
    return {ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")}


def gold_documents(folder: Path, part: str = "all", root: Path | None = None) -> list[dict]:
    """Gold documents in the shared corpus format (one per batch, sentences one per line) built
    from the span annotations in `folder` and the treebank's text. `part`: "test" (the locked
    ids), "train" (the rest) or "all"."""
    import json

    if part not in PARTS:
        raise InputError(part, f"unknown part (use one of: {', '.join(PARTS)})")
    folder = Path(folder)
    sentences = read_all(root or treebank_root())
    rows = {}
    with open(folder / "gold.jsonl", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            rows[r["sent_id"]] = r
    locked = locked_ids(folder)
    docs = []
    for batch in json.loads((folder / "batches.json").read_text(encoding="utf-8")):
        ids = batch["sent_ids"]
        in_test = all(i in locked for i in ids)
        if part == "test" and not in_test or part == "train" and in_test:
            continue
        news = {i: detokenize(sentences[i].text) for i in ids}

        def text_of(ref: list) -> str:
            sid, a, b = ref
            shown, index = news[sid]
            x, y = news_span(index, a, b)
            return shown[x:y]

        gold = []
        for k, sid in enumerate(ids):
            r = rows[sid]
            gold.append({"i": k, "sent_id": sid, "text": news[sid][0], "kind": r["kind"], "claim": r["claim"],
                         "attributed": r["attributed"], "source": text_of(r["source"]) if r["source"] else None,
                         "source_type": r["source_type"], "cue": text_of(r["cue"]) if r["cue"] else None,
                         "quote": r["quote"], "numbers": [text_of([sid, a, b]) for a, b in r["numbers"]]})
        conflicts = [[ids.index(a), ids.index(b), why] for a, b, why in batch.get("conflicts", [])]
        docs.append({"id": batch["batch"], "lang": "vi", "text": "\n".join(g["text"] for g in gold),
                     "sentences": gold, "conflicts": conflicts})
    return docs
