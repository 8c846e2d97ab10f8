"""The one place that knows Stanza: builds the Vietnamese pipeline once and turns its output
into the project's own frozen `Token` / `ParsedSentence` objects.

Models, in order of precedence:
1. official Stanza Vietnamese models, when installed in `$STANZA_RESOURCES_DIR`
   (default `~/stanza_resources`), fetched once by `python -m claims models download`;
2. the compact models bundled in `claims/bundled/vi/`, trained by `scripts/train_models.py`.
Nothing is ever downloaded implicitly (`download_method=None`).

Speed (measured in bench/bench_pipeline.py; README, Performance):
- torch runs on a number of threads chosen here (`set_threads`), never on its default;
- sentences already parsed in this process come from a bounded cache;
- the parser's tree decoder finds and contracts cycles with `claims.mst` instead of Stanza's
  general code (the same trees, half the decoding time).

With the bundled models and underthesea's words, the words are tagged by `claims.tagger` (a CRF,
better and faster than the compact Stanza tagger) and Stanza runs only its parser, on those tags
(`depparse_pretagged`).
"""
from __future__ import annotations

import logging
import os
import threading
from collections import OrderedDict
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from . import tagger
from .words import segment, worth_parsing
from .errors import ModelError

BUNDLED_DIR = Path(__file__).resolve().parent / "bundled" / "vi"
# Word segmentation: underthesea's CRF segmenter measured far better than our compact Stanza
# tokenizer on VTB test (word F1 95.7 vs 87.8; tokenize+POS UPOS 83.3 vs 77.8, see
# claims/bundled/README.md), so by default it segments and Stanza tags and parses the words.
SEGMENTERS = ("underthesea", "stanza")

# One torch thread per process, in every path (the desk, the CLI, each batch worker). Measured
# on the 2-core machine while another process was busy: a 400-word article took 0.32 s with one
# thread and 4.0 s with torch's default of two (the issue saw 1.1 s against 4.2 s for 1,000
# words): two busy threads on shared cores spin against each other, and the tagger and parser
# run small matrices on short sentences, where a second thread mostly adds hand-offs.
# Parallelism comes from processes instead (one per core, `--jobs`). `$CLAIMS_TORCH_THREADS`
# overrides it for machines where measurement says otherwise.
THREADS_ENV = "CLAIMS_TORCH_THREADS"
DEFAULT_THREADS = 1
# Parsed sentences kept per process: news repeats whole sentences (boilerplate, captions,
# standing phrases, the same wire text in several articles), and a re-check meets them again.
# About 5 KB each, so the cache stays near 20 MB.
CACHE_SIZE = 4096


@dataclass(frozen=True)
class Token:
    text: str
    upos: str
    start: int  # offsets into the sentence text
    end: int
    xpos: str | None = None
    head: int | None = None
    deprel: str | None = None


@dataclass(frozen=True)
class ParsedSentence:
    text: str
    tokens: tuple[Token, ...]


@dataclass(frozen=True)
class ModelInfo:
    kind: str  # "official" | "bundled"
    processors: tuple[str, ...]
    paths: dict


def official_dir() -> Path:
    return Path(os.environ.get("STANZA_RESOURCES_DIR", Path.home() / "stanza_resources"))


def _official_available() -> bool:
    vi = official_dir() / "vi"
    return (official_dir() / "resources.json").exists() and (vi / "tokenize").is_dir() and (vi / "pos").is_dir()


def model_info() -> ModelInfo:
    """Which models `get_pipeline` would load, without loading them."""
    if _official_available():
        return ModelInfo("official", ("tokenize", "pos", "lemma", "depparse"), {"dir": str(official_dir())})
    paths = {name: BUNDLED_DIR / f"{name}.pt" for name in ("tokenize", "pos", "pretrain", "depparse")}
    if crf_tagging():
        paths["crf-pos"] = tagger.MODEL_PATH
        processors = ["crf-pos"]
    else:
        processors = ["tokenize", "pos"]
    if paths["depparse"].exists():
        processors += ["lemma", "depparse"] if "pos" in processors else ["depparse"]
    return ModelInfo("bundled", tuple(processors), {k: str(v) for k, v in paths.items() if v.exists()})


def crf_tagging() -> bool:
    """Whether words are tagged by `claims.tagger` (bundled models, underthesea's words, the CRF
    model present and not switched off with `CLAIMS_TAGGER=stanza`) rather than by Stanza."""
    return not _official_available() and segmenter() == "underthesea" and tagger.choice() == "crf"


_lock = threading.Lock()
_cache_lock = threading.Lock()
_cache: OrderedDict[tuple[str, str, str], "ParsedSentence"] = OrderedDict()


def torch_threads() -> int:
    """The torch thread count this process should use: `$CLAIMS_TORCH_THREADS`, else 1."""
    raw = os.environ.get(THREADS_ENV, "").strip()
    if raw.isdigit() and int(raw) > 0:
        return int(raw)
    return DEFAULT_THREADS


def set_threads(n: int | None = None) -> int:
    """Put torch on `n` threads (default `torch_threads()`); every entry point that may run the
    models calls this (through `get_pipeline` and `parse`), so none runs on torch's default.
    The setting is process-wide: threads started later (Streamlit's script runs, Dask's task
    threads) use it too."""
    n = n or torch_threads()
    try:
        import torch
    except ImportError:  # pragma: no cover - requirements install it
        return n
    if torch.get_num_threads() != n:
        torch.set_num_threads(n)
    return n


@contextmanager
def _inference_only():
    """Stanza's tagger builds an Adam optimizer even to tag, and the first torch optimizer of a
    process imports torch._dynamo: 1.5-3.5 s, most of the model load (measured: pipeline built
    in 1.9 s with it, 0.2 s without). Nothing here trains, so while the pipeline is built the
    tagger gets no optimizer."""
    from stanza.models.common import utils

    real = utils.get_split_optimizer
    utils.get_split_optimizer = lambda *args, **kwargs: {}
    try:
        yield
    finally:
        utils.get_split_optimizer = real


def _speed_up_decoder() -> None:
    """Give Stanza's Chu-Liu-Edmonds decoder our cycle finder and contraction (same results, see
    claims/mst.py). Stanza 1.15 looks both up in its module at each call, so replacing them
    there is enough; the originals stay beside them as `stanza_tarjan`, `stanza_process_cycle`."""
    from stanza.models.common import chuliu_edmonds

    from . import mst

    for name, ours in (("tarjan", mst.cycles), ("process_cycle", mst.contract)):
        if getattr(chuliu_edmonds, name) is not ours:
            setattr(chuliu_edmonds, f"stanza_{name}", getattr(chuliu_edmonds, f"stanza_{name}",
                                                             getattr(chuliu_edmonds, name)))
            setattr(chuliu_edmonds, name, ours)


def segmenter() -> str:
    """`$CLAIMS_SEGMENTER` (underthesea | stanza), else underthesea when it is installed."""
    choice = os.environ.get("CLAIMS_SEGMENTER", "").strip().lower()
    if choice in SEGMENTERS:
        return choice
    try:
        import underthesea  # noqa: F401
    except ImportError:
        return "stanza"
    return "underthesea"


def get_pipeline(lang: str = "vi", pretokenized: bool | None = None):
    """The Stanza pipeline, built once per process (never at import time). By default the one
    `parse` uses (the parser alone on words tagged by `claims.tagger`; or tagger and parser on
    underthesea's words; or Stanza's own tokenizer), so that a front end that loads the models
    ahead of time (the desk) loads the ones its analyses will use. `pretokenized=True` / `False`
    asks for Stanza's own tagger on given words / Stanza's tokenizer (the benchmarks compare them)."""
    if pretokenized is None:
        mode = _mode()
    else:
        mode = "pretokenized" if pretokenized else "raw"
    return _pipeline(lang, mode)


def _mode() -> str:
    """How `parse` runs now: "raw" (Stanza's tokenizer), "pretokenized" (Stanza tags underthesea's
    words) or "pretagged" (`claims.tagger` tags them, Stanza parses)."""
    if segmenter() != "underthesea":
        return "raw"
    return "pretagged" if crf_tagging() else "pretokenized"


@lru_cache(maxsize=4)
def _pipeline(lang: str, mode: str):
    if lang != "vi":
        raise ModelError(f"no Stanza models configured for language '{lang}'")
    set_threads()
    with _lock:
        try:
            import stanza
        except ImportError as exc:  # pragma: no cover - requirements install it
            raise ModelError(f"stanza is not installed ({exc}); run: pip install -r requirements.txt") from None
        logging.getLogger("stanza").setLevel(logging.WARNING)
        _speed_up_decoder()
        info = model_info()
        common = dict(lang="vi", download_method=None, verbose=False, use_gpu=False, tokenize_no_ssplit=True,
                      tokenize_pretokenized=mode != "raw")
        try:
            with _inference_only():
                if mode == "pretagged":
                    return _build_parser_only(stanza, info, common)
                return _build(stanza, info, common)
        except ModelError:
            raise
        except Exception as exc:
            raise ModelError(f"cannot load the Stanza models ({type(exc).__name__}: {exc})") from None


def _build(stanza, info: ModelInfo, common: dict):
    """The Stanza pipeline for the models `model_info` found."""
    if info.kind == "official":
        return stanza.Pipeline(dir=str(official_dir()), processors=",".join(info.processors), **common)
    missing = [n for n in ("tokenize", "pos", "pretrain") if n not in info.paths]
    if missing:
        raise ModelError(f"bundled models missing in {BUNDLED_DIR}: {', '.join(missing)} "
                         f"(retrain with: python scripts/train_models.py)")
    stanza_processors = ["tokenize", "pos"] + (["lemma", "depparse"] if "depparse" in info.paths else [])
    kwargs = dict(
        processors=",".join(stanza_processors),
        dir=str(BUNDLED_DIR),
        tokenize_model_path=info.paths["tokenize"],
        pos_model_path=info.paths["pos"],
        pos_pretrain_path=info.paths["pretrain"],
    )
    if "depparse" in info.paths:
        # Vietnamese has no inflection: the identity lemmatizer, which stanza only schedules
        # when the processor has a "model path" of some kind
        kwargs.update(lemma_use_identity=True, lemma_model_path="identity",
                      depparse_model_path=info.paths["depparse"], depparse_pretrain_path=info.paths["pretrain"])
    return stanza.Pipeline(**common, **kwargs)


def _build_parser_only(stanza, info: ModelInfo, common: dict):
    """Stanza's parser alone, on words tagged by `claims.tagger`; None without a parser model."""
    if "depparse" not in info.paths or "pretrain" not in info.paths:
        return None
    return stanza.Pipeline(**common, processors="depparse", dir=str(BUNDLED_DIR), depparse_pretagged=True,
                           depparse_model_path=info.paths["depparse"], depparse_pretrain_path=info.paths["pretrain"])


def load(lang: str = "vi"):
    """Load now the pipeline `parse` will use (a batch worker does this once, before its first
    task, so that no task waits for it)."""
    set_threads()
    if _mode() == "pretagged":
        tagger.load()
    return get_pipeline(lang)


def parse(texts: Sequence[str], lang: str = "vi") -> list[ParsedSentence]:
    """Parse each text as one sentence (sentences are cut by `clean`). Empty input returns early.

    Give it many sentences at once (a whole batch of articles): Stanza sorts and batches them
    itself. Sentences parsed before in this process, or twice in one call, are parsed once."""
    if not texts:
        return []
    set_threads()
    seg = _mode()  # part of the cache key: the same text parsed another way is another entry
    out: list[ParsedSentence | None] = [None] * len(texts)
    todo: dict[str, list[int]] = {}
    with _cache_lock:
        for i, text in enumerate(texts):
            hit = _cache.get((lang, seg, text))
            if hit is not None:
                _cache.move_to_end((lang, seg, text))
                out[i] = hit
            else:
                todo.setdefault(text, []).append(i)
    if todo:
        fresh = _parse_stanza(list(todo), lang) if seg == "raw" else _parse_segmented(list(todo), lang, seg)
        with _cache_lock:
            for text, parsed in zip(todo, fresh):
                for i in todo[text]:
                    out[i] = parsed
                _cache[(lang, seg, text)] = parsed
            while len(_cache) > CACHE_SIZE:
                _cache.popitem(last=False)
    return out  # type: ignore[return-value]


def clear_cache() -> None:
    with _cache_lock:
        _cache.clear()


def _parse_stanza(texts: Sequence[str], lang: str) -> list[ParsedSentence]:
    """Stanza's own tokenizer (`CLAIMS_SEGMENTER=stanza`)."""
    import stanza

    nlp = get_pipeline(lang, pretokenized=False)
    docs = [stanza.Document([], text=t) for t in texts]
    try:
        done = nlp(docs) if len(docs) > 1 else [nlp(docs[0])]
    except Exception as exc:
        raise ModelError(f"Stanza failed while parsing ({type(exc).__name__}: {exc})") from None
    out: list[ParsedSentence] = []
    for text, doc in zip(texts, done):
        tokens: list[Token] = []
        for sent in doc.sentences:
            for word in sent.words:
                tok = word.parent
                start = tok.start_char if tok is not None and tok.start_char is not None else -1
                end = tok.end_char if tok is not None and tok.end_char is not None else -1
                tokens.append(Token(word.text, word.upos or "X", start, end, word.xpos,
                                    getattr(word, "head", None), getattr(word, "deprel", None)))
        out.append(ParsedSentence(text, tuple(tokens)))
    return out


def _parse_segmented(texts: Sequence[str], lang: str, mode: str) -> list[ParsedSentence]:
    nlp = _pipeline(lang, mode)
    segmented = [segment(t) if worth_parsing(t) else [] for t in texts]
    batch = [[w for w, _, _ in seg] for seg in segmented if seg]
    try:
        doc = (_tag_and_parse(nlp, batch) if mode == "pretagged" else nlp(batch)) if batch else None
    except ModelError:
        raise
    except Exception as exc:
        raise ModelError(f"Stanza failed while parsing ({type(exc).__name__}: {exc})") from None
    sentences = iter(doc.sentences if doc is not None else [])
    out: list[ParsedSentence] = []
    for text, seg in zip(texts, segmented):
        if not seg:
            out.append(ParsedSentence(text, ()))
            continue
        sent = next(sentences)
        no_tree = os.environ.get("CLAIMS_NO_DEPPARSE") == "1"  # ablation: words and tags only
        tokens = tuple(Token(w.text, w.upos or "X", start, end, w.xpos,
                             None if no_tree else getattr(w, "head", None), None if no_tree else getattr(w, "deprel", None))
                       for w, (_, start, end) in zip(sent.words, seg))
        out.append(ParsedSentence(text, tokens))
    return out


def _tag_and_parse(parser, batch: list[list[str]]):
    """Tag each sentence's words with `claims.tagger`, then let Stanza's parser (if any) add the
    tree: one Document for the whole batch, so Stanza sorts and batches the sentences itself."""
    from stanza.models.common.doc import Document

    doc = Document([[{"id": i + 1, "text": w, "lemma": w, "upos": upos, "xpos": xpos}
                     for i, (w, (upos, xpos)) in enumerate(zip(words, tagger.tag(words)))]
                    for words in batch])
    return parser(doc) if parser is not None else doc
