"""Attributions inside a paragraph: who is reported as saying what (``何志平批評，…``).

Owns finding the subject of a reporting verb (the verbs and the words around them are in
``reporting``): a personal name (titles and affiliations before it dropped, coordinated
names kept: ``馮俊文、吳文傑``), a named organisation or a name the report is about, a
pronoun, or a generic subject (``政府``, ``記者``) that is never a speaker; a subject held
over from an earlier clause (``何志平回應時，批評…``); ``在X看來``. ``find`` returns the
first attribution of a paragraph's first sentence, or of its second when the first is
context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import names
from . import reporting as words


@dataclass(slots=True)
class Attribution:
    """One attribution: ``name`` as written (``""`` for a pronoun), the verb, and kind."""

    name: str
    verb: str
    kind: str  # person | org | short | pronoun | generic
    sentence: int  # 0: the first sentence, 1: the second

    @property
    def label(self) -> str:
        return self.name + self.verb


_WINDOW = 30_000  # characters either side in which a name's repeats are counted


class Context:
    """What the document says about a string near the paragraph being read: how often it
    occurs, and whether it is a name the report is about (named in the title and repeated:
    海通, 兩間公司, 史密斯 — an organisation or a foreign name without a surname to find)."""

    def __init__(self, text: str, title: str = "") -> None:
        self.text = text
        self.title = title
        self.pos = 0
        self._counts: dict[tuple[str, int], int] = {}

    def count(self, s: str) -> int:
        block = self.pos // _WINDOW
        n = self._counts.get((s, block))
        if n is None:
            lo, hi = max(0, (block - 1) * _WINDOW), (block + 2) * _WINDOW
            n = self._counts[(s, block)] = self.text.count(s, lo, hi)
        return n

    def known(self, s: str) -> bool:
        return len(s) >= 2 and s in self.title and self.count(s) >= 2


PERSON_MIN = 3.3  # below this a surname-initial string is not taken for a name
_PRONOUN_LAST = frozenset("他她佢們们哋")
_ROLE_LAST = frozenset("官長长員员席任裁理人士生師师")  # the last character of a role: 主席陳大文
_QUESTION = frozenset("問 问 詢問 询问 追問 追问 反問 反问 問道 问道 提問 提问 查詢 查询".split())  # an answer may follow
_TOPIC_WORD = re.compile(r"針對|针对|關於|关于|對於|对于|至於|至于|有關|有关|除了")
_NOT_IN_TITLE = frozenset("在於于與与向對对跟把被從从由經经當当為为同到")


@dataclass(slots=True)
class _Subject:
    name: str
    kind: str
    score: float


def _subject(text: str, lo: int, v: int, ctx: Context) -> _Subject | None:
    """The subject standing before the verb at ``v`` in the clause starting at ``lo``."""
    best: _Subject | None = None
    floor = max(lo, v - words.MAX_GAP)
    surnames = names.SURNAMES
    for g in range(v, floor - 1, -1):
        # cheap tests first: could a name, a pronoun or a clause-initial subject end here?
        if g - lo > 16 and text[g - 1] not in _PRONOUN_LAST and not (
            text[g - 2] in surnames or text[g - 3] in surnames or text[g - 4] in surnames
        ):
            continue
        if g < v and not words.GAP.fullmatch(text, g, v):
            continue
        gap_cost = 0.04 * (v - g) - _boundary(text, g, v)
        head = words.lead_in(text, lo, g)
        for p, score in names.name_candidates(text, g, head):
            name = text[p:g]
            if names.bounded_before(text, p, head) or (p > 0 and text[p - 1] == "的" and ctx.count(name) >= 2):
                score += 0.8 if ctx.count(name) >= 2 else 0.0  # the head of 負責統籌活動的鄭家明
            else:
                score -= 0.8  # 過程中, 查詢時: mid-word, and a repeat proves nothing there
            score -= gap_cost
            if score < PERSON_MIN:
                continue
            if not best or score > best.score:
                best = _Subject(_coordinated(text, p, head) + name, "person", score)
        if g > head:
            if names.PRONOUN.match(text[head:g]):
                cand = _Subject("", "pronoun", 2.6 - gap_cost)
                if not best or cand.score > best.score:
                    best = cand
            if g - head == 1 and text[head] in names.SURNAMES:
                cand = _Subject(text[head], "short", 1.5 - gap_cost)
                if not best or cand.score > best.score:
                    best = cand
            entity = _entity(text, head, g, ctx)
            if entity and (not best or entity.score - gap_cost > best.score):
                best = _Subject(entity.name, entity.kind, entity.score - gap_cost)
    return best


def _coordinated(text: str, p: int, head: int) -> str:
    """Names listed before the one at ``p``: 民主黨馮俊文、工聯會吳文傑 → 馮俊文、."""
    out = ""
    while p > head:
        sep = max(text.rfind(c, max(head, p - 12), p) for c in "、和及與与")
        if sep < 0 or any(c in text[sep + 1 : p] for c in "，,。「」“”"):
            break
        found = [(q, s) for q, s in names.name_candidates(text, sep, head) if s >= 2.9]
        if not found:
            break
        q = max(found, key=lambda f: f[1])[0]
        out = text[q:sep] + text[sep] + out
        p = q
    return out


def _entity(text: str, head: int, g: int, ctx: Context) -> _Subject | None:
    """An organisation or a repeated foreign name as the whole subject (海通, 史密斯)."""
    np = text[head:g].strip()
    if not (1 < len(np) <= 14):
        return None
    if names.is_generic(np):
        return _Subject(np, "generic", 1.0)
    if not all("\u4e00" <= c <= "\u9fff" or c.isalpha() for c in np):
        return None
    if np[0] in names.NOT_FIRST or "的" in np or _TOPIC_WORD.match(np):
        return None  # 我想, 的建設, 至於教育局: not a name
    if names.ORG_SUFFIX.search(np):
        return _Subject(np, "org", 2.4)
    if np.endswith(("發言人", "发言人")) and names.ORG_SUFFIX.search(np[:-3]) and not names.is_generic(np[:-3]):
        return _Subject(np, "org", 2.4)  # 教育局發言人: the organisation speaking
    if np[-1] in names.FUNCTION_CHARS:
        return None
    # a name the document keeps as a subject (海通, 史密斯), alone or after a title
    # (美國前財長保爾森): the longest such tail
    for k in range(max(0, len(np) - 6), len(np) - 1):
        tail = np[k:]
        if (k == 0 or np[k - 1] in names.TITLE_LAST) and not names.is_generic(tail) and ctx.known(tail):
            return _Subject(tail, "org", 2.2)
    return None


def _clause_subject(text: str, a: int, b: int, ctx: Context | None = None) -> str:
    """A clause that opens with a name and no reporting verb: 何志平回應時 → 何志平. What
    stands before the name must read as a title (保安局局長), not as a subject or a
    preposition (我這次在孟加拉…: 孟加拉 is a place)."""
    head = words.lead_in(text, a, b)
    if head < b and text[head] in names.NOT_FIRST:
        return ""
    for p in range(head, min(b, head + 20)):
        if text[p] in _NOT_IN_TITLE:
            return ""
        if text[p] not in names.SURNAMES and text[p : p + 2] not in names.DOUBLE_SURNAMES:
            continue
        if not names.bounded_before(text, p, head):
            continue  # 世衛事宜: a name follows a title or a boundary
        best, best_score = "", 0.0
        for end in (p + 4, p + 3, p + 2):
            if end > b:
                continue
            known_end = end == b or words.GAP_START.match(text, end, b) is not None
            for q, score in names.name_candidates(text, end, head):
                # 陳大文總結…: any verb may follow a name the document repeats
                if not known_end and (end - p < 3 or ctx is None or ctx.count(text[p:end]) < 2
                                      or not (p == head or text[p - 1] in _ROLE_LAST)):
                    continue
                score += _boundary(text, end, b)
                if q == p and score >= PERSON_MIN - 0.5 and score > best_score:
                    best, best_score = text[p:end], score
        if best:
            return best
    return _clause_org(text, head, b)


def _clause_org(text: str, head: int, b: int) -> str:
    """A clause that opens with an organisation and a speech act: 全港工商協會發聲明."""
    for end in range(min(b, head + 16), head + 1, -1):
        np = text[head:end]
        if names.ORG_SUFFIX.search(np) and not names.is_generic(np) and words.GAP_START.match(text, end, b) \
                and end < b and not words.VERB.search(np):
            return np  # (中方提出携手抗疫是国际社…: a clause with a verb is not a name)
    return ""


def _boundary(text: str, g: int, v: int) -> float:
    """A name followed at once by its verb, or by a known word (則, 在…, 發言時), is well
    bounded; one followed only by a when-clause of any words less so."""
    if g == v or words.GAP_TOKEN.match(text, g, v) or words.VERB.match(text, g, v):
        return 1.2
    return 0.0


def _in_sentence(text: str, a: int, b: int, ctx: Context, skip_lead: int,
                 found: list[re.Match[str]]) -> Attribution | None:
    """The first attribution of one sentence; a generic one only if no named one follows.

    A clause may hold the subject for a clause that opens with a verb (何志平回應時，批評…):
    such words.clauses are kept in ``held`` and read only when a verb needs them."""
    generic: Attribution | None = None
    quoted: list[tuple[int, int]] = []
    spans = words.clauses(text, a, b, quoted)
    verbs = [m for m in found if not (quoted and words.inside(quoted, m.start()))]
    held: list[tuple[int, int]] = []
    vi = 0
    gagged = False  # after a generic statement: its content, unless 其中… names one of them
    for k, (lo, hi) in enumerate(spans):
        while vi < len(verbs) and verbs[vi].start() < lo:
            vi += 1
        if hi <= skip_lead:
            held = []
            continue
        if gagged:
            if not text[lo:hi].lstrip().startswith(("其中", "当中", "當中")):
                continue
            gagged = False
        if "看" in text[lo:hi]:
            seen = words.SEEN.match(text[words.lead_in(text, lo, hi):hi].strip())
            if seen:
                cands = names.name_candidates(seen.group(1), len(seen.group(1)), 0)
                if any(p == 0 for p, _ in cands) or ctx.known(seen.group(1)):
                    return Attribution(seen.group(1), "看來" if "看來" in text[lo:hi] else "看来", "person", 0)
        mine = []
        while vi < len(verbs) and verbs[vi].start() < hi:
            mine.append(verbs[vi])
            vi += 1
        done = False
        for m in mine:
            if not words.verb_ok(text, m, hi):
                continue
            if k == len(spans) - 1 and text.startswith("了", m.end()):
                continue  # 介紹了下半年的工作安排。: an object, nothing reported
            subject = _subject(text, lo, m.start(), ctx)
            if subject is None and held and not text[words.lead_in(text, lo, m.start()) : m.start()].strip():
                subject = _held_subject(text, held, ctx)
            if subject is None or (subject.kind != "generic" and words.VERB.match(subject.name)):
                continue  # (指政府已經盡力回應社會…擔憂: a clause that opens with a verb names no one)
            verb = words.compound(text, m, hi)
            if subject.kind == "generic":
                generic = generic or Attribution(subject.name, verb, "generic", 0)
                if (verb not in _QUESTION and k == 0) or (m.end() < hi and text[m.end()] in "：:"):
                    gagged = True  # 多名議員批評，周志明…呼籲 / 記者問：…: what follows is their content
                done = True
                break
            if verb in words.ACTION and subject.kind != "pronoun":
                later = _later_verb(text, spans[k + 1 :])
                if later:
                    verb = later
                elif verb not in words.ACTION_LABEL or (
                        k == len(spans) - 1 and not (m.end() < hi and text[m.end()] in "，,：:「『“")):
                    continue  # 發言 alone, or 公布確認書安排。 with nothing reported: no attribution
            return Attribution(subject.name, verb, subject.kind, 0)
        if done:
            held = []
        elif any(words.verb_ok(text, m, hi) for m in mine):
            held = [(lo, hi)]  # a clause with a verb that named no one: 何志平回應時
        else:
            held.append((lo, hi))
    return generic


def _held_subject(text: str, held: list[tuple[int, int]], ctx: Context) -> _Subject | None:
    """The subject of the latest held clause that has one (a name, or a generic subject)."""
    for lo, hi in reversed(held):
        name = _clause_subject(text, lo, hi, ctx)
        if name:
            return _Subject(name, "person", 3.0)
        if names.is_generic(text[words.lead_in(text, lo, hi) : min(hi, lo + 10)]):
            return _Subject(text[lo:hi], "generic", 3.0)
    return None


def _later_verb(text: str, spans: list[tuple[int, int]]) -> str:
    """A content verb opening a later clause of the same subject (海通公布…，指…)."""
    for lo, hi in spans:
        start = words.lead_in(text, lo, hi)
        m = words.VERB.match(text, start, hi)
        if not m:
            return ""
        if words.verb_ok(text, m, hi) and m.group() not in words.ACTION:
            return words.compound(text, m, hi)
    return ""


def find(text: str, ctx: Context, skip_lead: int = 0) -> Attribution | None:
    """The paragraph's attribution: in its first sentence, or in its second when the first
    holds none (context: a question, the setting, a generic subject). ``skip_lead``: the
    end of a topic lead whose own attributions do not count (至於楊國強稱…，鄭家明同意)."""
    verbs = list(words.VERB.finditer(text, 0, words.HEAD_LIMIT))
    if not verbs:
        return None
    generic: Attribution | None = None
    spans = words.sentences(text, 2)
    for n, (a, b) in enumerate(spans):
        found = _in_sentence(text, a, b, ctx, skip_lead, [m for m in verbs if a <= m.start() < b])
        if found and found.kind == "pronoun" and n == 1 and generic is None:
            # 楊國強今午出席活動。他表示…: the pronoun is the name that opened the paragraph
            first = [c for c in words.clauses(text, spans[0][0], spans[0][1]) if c[1] > skip_lead]
            name = next((s for c in first if (s := _clause_subject(text, *c, ctx))), "")
            if name:
                return Attribution(name, found.verb, "person", 1)
        if found and found.kind != "generic":
            found.sentence = n
            return found
        generic = generic or found
    return generic
