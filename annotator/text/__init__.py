"""Qt-free text core: normalisation, tokens with offsets, sentences, matching keys."""

from annotator.text.matching import MatchKey, find_all, match_key
from annotator.text.normalize import TextDecodeError, decode_utf8, normalize_text
from annotator.text.sentences import sentence_ranges
from annotator.text.tokens import Token, tokenize

__all__ = [
    "MatchKey",
    "TextDecodeError",
    "Token",
    "decode_utf8",
    "find_all",
    "match_key",
    "normalize_text",
    "sentence_ranges",
    "tokenize",
]
