"""The one tokenizer every dedup normaliser starts from: folded ASCII words and their stems.

Names, addresses and organisations are compared as tokens, so they must be split alike: lower
case without accents, ``&``/``+`` read as ``and``, possessive ``'s`` dropped, runs of single
letters joined (``R.D.A.`` = ``RDA``), and a light stem so that ``walks``, ``walking`` and
``walk`` are one word. The stem is not English morphology: both sides of a comparison get the
same treatment, which is all matching needs.
"""

from __future__ import annotations

import html
import re
import unicodedata

_APOSTROPHE_S = re.compile(r"['’`]s\b")
_APOSTROPHE = re.compile(r"['’`]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,200}>")
"""An HTML tag left in a field (``<br>``, ``<strong>``): the words around it are the text."""
_FROM_AGE = re.compile(r"(\d+)(?:s\b)?\s*(?:\+|plus\b|(?:and|or)\s+(?:over|above|older)\b)")
"""A number with a plus, said or written: an age from which (``18+ Social Group``, ``50 Plus
Exercise``, ``Lunch Club for 60s and over``: ``Over 50s``, ``Over 60s``)."""
_DIGIT = re.compile(r"\d")


def fold(text: str) -> str:
    """Lower-case ASCII with accents removed: ``Café`` → ``cafe``."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return decomposed.encode("ascii", "ignore").decode("ascii").lower()


def basic_tokens(text: str) -> list[str]:
    """Words of a text, folded, ``&``/``+`` as ``and`` (a number's plus as ``over``),
    possessives dropped; HTML a feed left in it read as its text (``St Mary&#39;s``,
    ``Knit&nbsp;and&nbsp;Natter<br>Tuesdays``)."""
    if "&" in text and ";" in text:
        text = html.unescape(text)
    if "<" in text:
        text = _TAG.sub(" ", text)
    text = fold(text)
    if (
        "+" in text or "plus" in text or "over" in text or "above" in text or "older" in text
    ) and _DIGIT.search(text):  # (``in`` chained: a generator costs more, on every address too)
        text = _FROM_AGE.sub(r" over \1 ", text)  # ``18+`` is ``over 18``
    if "&" in text or "+" in text:
        text = text.replace("&", " and ").replace("+", " and ")
    if "'" in text or "’" in text or "`" in text:  # most texts have none: skip both patterns
        text = _APOSTROPHE_S.sub("", text)
        text = _APOSTROPHE.sub("", text)
    return _NON_ALNUM.sub(" ", text).split()


def join_initials(tokens: list[str]) -> list[str]:
    """Runs of two or more single letters are one initialism: ``r d a`` → ``rda``
    (``R.D.A.``, ``Y M C A``). A lone letter stays itself."""
    if not any(len(token) == 1 for token in tokens):
        return tokens  # the common case: no lone letters
    out: list[str] = []
    run: list[str] = []
    for token in tokens:
        if len(token) == 1 and token.isalpha():
            run.append(token)
            continue
        if run:
            out.extend(["".join(run)] if len(run) > 1 else run)
            run = []
        out.append(token)
    if run:
        out.extend(["".join(run)] if len(run) > 1 else run)
    return out


_NOT_PLURAL_BEFORE_S = frozenset("uisw")
"""Letters before a four-letter word's final ``s`` that make it no plural (``plus``, ``this``,
``less``, ``news``)."""
_VOWELS = frozenset("aeiou")
"""A four-letter word with none of these before its ``s`` is initials (``HYCS``), no plural."""


def stem(token: str) -> str:
    """Plural- and ``-ing``-insensitive form: ``carers`` → ``carer``, ``walking``/``walks`` →
    ``walk``, ``therapies`` → ``therapy``."""
    if len(token) > 6 and token.endswith("ing"):
        return token[:-3]
    if len(token) > 5 and token.endswith("ies"):
        return token[:-3] + "y"
    if len(token) > 4 and token.endswith("s") and not token.endswith("ss"):
        return token[:-1]
    if (
        len(token) == 4
        and token[3] == "s"
        and token[2] not in _NOT_PLURAL_BEFORE_S
        and not _VOWELS.isdisjoint(token[:3])
    ):
        return token[:-1]  # ``cubs``, ``kids``, ``jobs``; not ``plus``, ``news``, nor ``HYCS``
    return token


NUMBER_WORDS: dict[str, int] = {
    **{
        word: n
        for n, word in enumerate(
            [
                "zero",
                "one",
                "two",
                "three",
                "four",
                "five",
                "six",
                "seven",
                "eight",
                "nine",
                "ten",
                "eleven",
                "twelve",
                "thirteen",
                "fourteen",
                "fifteen",
                "sixteen",
                "seventeen",
                "eighteen",
                "nineteen",
            ]
        )
    },
    **{
        word: 20 + 10 * k
        for k, word in enumerate(
            ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
        )
    },
}
"""Numbers written as words, zero to nineteen and the tens: names read them as the numbers
(``names.py``), and two of them part two names (``contrasts.py``)."""


def number_word_forms(word: str) -> tuple[str, ...]:
    """A number word and its plurals as names write them: ``five``, ``fives``; ``fifty``,
    ``fifties``; ``six``, ``sixes``."""
    if word.endswith("y"):
        return word, word[:-1] + "ies"
    if word.endswith("x"):
        return word, word + "es"
    return word, word + "s"
