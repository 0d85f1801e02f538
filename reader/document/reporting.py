"""The words of reported speech and the shape of a news sentence.

Owns the reporting verbs (``表示 指 說 稱 批評 質疑 …``, action verbs such as ``回應 宣布``
that need a later verb or may label a turn alone), the words that may stand between a
name and its verb (``則``, ``今日``, ``在記者會``, ``回應傳媒時``), the lead-in words of a
clause (``不過``, ``另外``), and quote-aware sentences and clauses. ``attribution`` uses
them to find who is reported as speaking.
"""

from __future__ import annotations

import re

SENTENCE_END = "。！？!?"
_OPEN_Q = "「『“‘\"《〈（("
_CLOSE_Q = "」』”’\"》〉）)"
_CLAUSE_SEP = "，,；;：:"
HEAD_LIMIT = 600  # characters of a paragraph an attribution is looked for in

# Verbs that introduce reported content (longest first in the pattern).
CONTENT = (
    "表示 指出 指稱 指称 強調 强调 認為 认为 質疑 质疑 批評 批评 詢問 询问 追問 追问 反問 反问 關注 关注 提到 提及 "
    "解釋 解释 透露 介紹 介绍 形容 呼籲 呼吁 擔心 担心 擔憂 担忧 憂慮 忧虑 表明 直斥 痛斥 怒斥 贊同 赞同 反駁 反驳 "
    "引述 補充 补充 重申 坦言 直言 承認 承认 否認 否认 警告 預計 预计 預料 预料 估計 估计 提醒 坦承 感謝 感谢 "
    "澄清 讚揚 赞扬 斥責 斥责 譴責 谴责 表態 表态 預期 预期 說明 说明 舉例 举例 回憶 回忆 憶述 忆述 宣稱 宣称 "
    "聲稱 声称 揚言 扬言 承諾 承诺 堅稱 坚称 直指 抨擊 抨击 讚賞 赞赏 寫道 写道 說道 说道 問道 问道 笑言 笑稱 "
    "笑称 慨嘆 感嘆 感叹 同意 相信 建議 建议 希望 要求 提出 回答 期望 歡迎 欢迎 預告 预告 分析 舉出 举出 "
    "披露 證實 证实 確認 确认 撇清"  # (證實 and 確認 only before a comma or a colon: NEEDS_MARK)
).split()
NEEDS_MARK = frozenset("相信 建議 建议 希望 要求 提出 回答 期望 歡迎 欢迎 同意 證實 证实 確認 确认".split())
ACTION = frozenset("回應 回应 匯報 汇报 彙報 宣布 宣佈 公布 公佈 發言 发言 講話 讲话 致辭 致辞 發表 发表 回覆 回复".split())
ACTION_LABEL = frozenset("回應 回应 匯報 汇报 彙報 宣布 宣佈 公布 公佈 回覆 回复".split())  # may label a turn alone
SINGLE = "指說说稱称問问斥講讲"
SINGLE_NOT_AFTER = {  # 演說, 據說, 聲稱, 答問: the verb character ends another word
    "說": "演遊游據聽小傳解學勸", "说": "演游据听小传解学劝", "指": "手食拇屈", "稱": "聲宣號簡統俗名自堪對相",
    "称": "声宣号简统俗名自堪对相", "問": "答訪提學", "问": "答访提学", "斥": "排駁驳",
}
SINGLE_NEEDS_MARK = frozenset("問问斥講讲")
SINGLE_NOT_BEFORE = {  # 指示, 說法, 稱為, 問題: words, not verbs
    "指": "示揮挥定引標标控導导令數数南紋纹明派向甲尖頭头點点使責责摘望戰战",
    "說": "法話服明出起過", "说": "法话服明出起过",
    "稱": "為號讚作呼職霸", "称": "为号赞作呼职霸", "講": "座堂師解究求價", "讲": "座堂师解究求价",
    "問": "題責卷候世津", "问": "题责卷候世津", "斥": "資资",
}
def _trie(words: list[str]) -> str:
    """An alternation of ``words`` as a trie, longest match first: each alternative opens
    with its own character, so the regex engine skips quickly between candidates."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w[1:])
    parts = []
    for c in sorted(groups):
        rests = groups[c]
        tails = [r for r in rests if r]
        inner = _trie(tails) if tails else ""
        if not tails:
            parts.append(re.escape(c))
        elif "" in rests:
            parts.append(f"{re.escape(c)}(?:{inner})?")
        else:
            parts.append(f"{re.escape(c)}(?:{inner})")
    return "|".join(parts)


VERB = re.compile(_trie(CONTENT + list(ACTION) + list(SINGLE)))
_PROCEDURAL = re.compile(
    r"(?:結束|结束|開始|开始|進入|进入|暫停|暂停|恢復|恢复|休會|休会|散會|散会|復會|复会|會議|会议|議案|议案|"
    r"表決|表决|投票|通過|通过|否決|否决|流會|流会|點名|点名|點算|点算|動議|动议|開會|开会)"
)
_WHEN = re.compile(r"(?:時|时|後|后|期間|期间|之際|之际|前)$")
_MARK = "，,：:「『“\"︰"

ADV_WORDS = (
    "則 则 亦 也 就 又 再 續 续 還 还 更 均 都 即 便 並 并 仍 已 將 将 會 会 一度 之後 之后 其後 其后 隨後 随后 隨即 随即 同日 當日 当日 當時 当时 今日 昨日 今天 "
    "昨天 今早 昨午 昨晚 今晚 今 昨 周[一二三四五六日] 星期[一二三四五六日天] 上午 下午 晚上 早上 稍後 稍后 會後 会后 事後 事后 過去 过去 曾經 曾经 早前 日前 較早前 较早前 "
    "強烈 强烈 特別 特别 多次 多番 再次 進一步 进一步 一再 最後 最后 首先 另外 同時 同时 亦有 也有 均有 都有 不斷 不断 公開 公开 直接 嚴正 严正 先後 先后 分別 分别 此前 一直 "
    "早已 最終 最终 明確 明确 坦白 隨之 随之 繼而 继而 亦再 向來 向来 同樣 同样 主動 主动 率先 "
    "才 先 卻 却 僅 仅 只 已經 已经 亦都 就已經 就已经 終於 终于 仍然 亦曾 又再 都會 都会 今午 昨午 高調 高调 "
    "去年 今年 明年 前年 上月 本月 下月 上周 本周 下周 上週 本週 下週 周[一二三四五六日][早晚] "
    "[0-9０-９]{1,4}年 [0-9０-９]{1,2}月 [0-9０-９]{1,2}[日號号] （[^（）]{1,12}） \\([^()]{1,12}\\) "
).split()
# an alternation of words, longest first, so 亦有 is not read as 亦 and a dangling 有
ADV = "|".join(sorted(ADV_WORDS, key=len, reverse=True)) + "|"

_SPEECH_ACT = (
    r"撰文|發文|发文|發信|发信|去信|致函|發帖|发帖|留言|發\s*聲明|发\s*声明|發表\s*聲明|发表\s*声明|發\s*公告|"
    r"发\s*公告|見記者|见记者|見傳媒|见传媒"
)
_PREP_HEAD = (
    r"(?:在|於|于|向|對|对|跟|與|与|接受|經|经|出席|離開|离开|見|會見|会见|致|面對|面对|談及|谈及|就|以|"
    r"代表|作為|作为|回應|回应|回覆|回复|為|为|通過|通过|透過|透过|經由|经由)"
)
_PREP = _PREP_HEAD + r"[^，,。；;：:！？!?]{0,22}?"
_CLAUSE_WHEN = r"[^，,。；;：:！？!?]{1,24}?(?:時|时|後|后|期間|期间|之際|之际)"
GAP = re.compile(rf"(?:\s|{ADV}{_SPEECH_ACT}|{_PREP}|{_CLAUSE_WHEN})*")
GAP_START = re.compile(rf"(?:\s|{ADV}{_SPEECH_ACT}|{_PREP_HEAD}|{_CLAUSE_WHEN}|$)")
GAP_TOKEN = re.compile(rf"\s|{ADV}{_SPEECH_ACT}|{_PREP_HEAD}")  # a gap that opens with a known word
MAX_GAP = 28
_LEAD_WORDS = (
    "不過 不过 但是 但 而且 而 另外 此外 同時 同时 其後 其后 隨後 随后 然而 因此 所以 目前 現時 现时 至今 另一方面 與此同時 与此同时 事實上 事实上 據悉 据悉 惟 並 并 亦 又 "
    "最後 最后 首先 其次 接著 接着 會後 会后 會上 会上 期間 期间 當時 当时 今日 昨日 今天 昨天 今 昨 上午 下午 晚上 早上 稍後 稍后 日前 早前 較早前 较早前 此前 之前 之後 "
    "之后 包括 包含 以及 甚至 尤其 例如 比如 譬如 其中 紛紛 纷纷 相繼 相继 嚴厲 严厉 立即 即時 即时 從而 从而 然後 然后 因而 "
    "如果 假如 即使 雖然 虽然 儘管 尽管 因為 因为 由於 由于 若 倘若 只要 只有 除非 無論 无论 不管 既然 剛才 刚才 "
    "其實 其实 當然 当然 可能 也許 也许 未有 沒有 没有 並未 并未 尚未 未曾 "
).split()
_LEAD_IN = re.compile(
    r"(?:\s|" + "|".join(sorted(set(_LEAD_WORDS) | set(ADV_WORDS), key=len, reverse=True))
    + r"|[“”「」『』\"])+"
)
SEEN = re.compile(r"^(?:但|而|不過|不过)?在(.{2,8}?)(?:看來|看来)$")



_SENTENCE_MARK = re.compile(r"[「『“《〈」』”》〉。！？!?]")


def sentences(text: str, limit: int = 2, start: int = 0) -> list[tuple[int, int]]:
    """The first ``limit`` sentences (quote-aware: 。 inside 「…」 does not end one)."""
    out: list[tuple[int, int]] = []
    depth = 0
    begin = start
    end = min(len(text), start + HEAD_LIMIT)
    skip_to = start
    for m in _SENTENCE_MARK.finditer(text, start, end):
        i = m.start()
        if i < skip_to:
            continue
        c = text[i]
        if c in "「『“《〈":
            depth += 1
        elif c in "」』”》〉":
            depth = max(0, depth - 1)
        elif not depth:
            j = i + 1
            while j < len(text) and text[j] in SENTENCE_END + "」』”’\"）)":
                j += 1
            out.append((begin, j))
            if len(out) == limit:
                return out
            begin = skip_to = j
    if begin < end:
        out.append((begin, end))
    return out


def clauses(text: str, a: int, b: int, quoted: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Clauses of ``text[a:b]`` split at commas, semicolons and colons outside quotes;
    the quoted stretches are added to ``quoted`` when given."""
    out: list[tuple[int, int]] = []
    depth = 0
    begin = a
    opened = a
    for i in range(a, b):
        c = text[i]
        if c in "「『“":
            if not depth:
                opened = i
            depth += 1
        elif c in "」』”" and depth:
            depth -= 1
            if not depth and quoted is not None:
                quoted.append((opened, i + 1))
        elif c in _CLAUSE_SEP and not depth:
            out.append((begin, i))
            begin = i + 1
    if depth and quoted is not None:
        quoted.append((opened, b))
    if begin < b:
        out.append((begin, b))
    return out


def inside(quoted: list[tuple[int, int]], i: int) -> bool:
    return any(a <= i < b for a, b in quoted)


def lead_in(text: str, a: int, b: int) -> int:
    m = _LEAD_IN.match(text, a, b)
    return m.end() if m else a


def verb_ok(text: str, m: re.Match[str], end: int) -> bool:
    v, e = m.group(), m.end()
    nxt = text[e] if e < end else "，"
    prev = text[m.start() - 1] if m.start() > 0 else "，"
    if prev == "被":
        return False  # 被問到, 被批評: passive
    if nxt in "的人書书函稿單单" or prev == "比":
        return False  # 提出的動議, 發言人, 確認書, 比預期: not a reporting verb
    if v in SINGLE_NOT_BEFORE and (nxt in SINGLE_NOT_BEFORE[v] or prev in SINGLE_NOT_AFTER.get(v, "")):
        return False
    if (v in NEEDS_MARK or v in SINGLE_NEEDS_MARK) and nxt not in _MARK:
        return False
    if v in ("宣布", "宣佈") and _PROCEDURAL.match(text, e, end):
        return False
    if v not in ACTION:
        return True
    # a "when" clause: 何志平回應時, 發言72秒後, 宣布…計劃後 (up to the next verb or the end)
    nxt_verb = VERB.search(text, e, end)
    tail = text[e : nxt_verb.start() if nxt_verb else end].rstrip()
    return not (len(tail) <= 24 and _WHEN.search(tail) and not any(c in tail for c in _MARK))


def compound(text: str, m: re.Match[str], end: int) -> str:
    """回應指, 舉例說, 回應稱: a verb followed at once by a short content verb."""
    e = m.end()
    if e < end and text[e] in SINGLE and not (e + 1 < end and text[e + 1] in SINGLE_NOT_BEFORE.get(text[e], "")):
        return m.group() + text[e]
    if text.startswith(("表示", "指出"), e):
        return m.group() + text[e : e + 2]
    return m.group()


