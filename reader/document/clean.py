"""Finding the title and the noise around the reading text.

Owns: YAML front matter (its ``title:`` becomes the document title), the title line,
repeats of the title in either script, share/footer/subscription lines, photo captions and
datelines, running page headers and page numbers of PDF text, image and HTML markup lines,
markdown separators. Nothing is deleted: each finding is a ``Removed`` range with a reason,
and ``noise_lines`` tells the paragraph builder which lines to skip.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .model import Removed
from .names import SURNAMES
from .script import normalise

_FOOTER = re.compile(
    r"^\s*[【\[]?\s*(分享到|分享至|分享|相關文章|相关文章|相關閱讀|相关阅读|相關新聞|相关新闻|延伸閱讀|延伸阅读|"
    r"推薦閱讀|推荐阅读|責任編輯|责任编辑|編輯|编辑|來源|来源|原標題|原标题|原文鏈接|原文链接|"
    r"掃描二維碼|扫描二维码|上一篇|下一篇|返回頂部|返回顶部|打印本頁|打印本页|關閉窗口|关闭窗口|"
    r"【?打印】?|【?關閉】?|【?关闭】?|版權所有|版权所有|Copyright|©|點擊|点击|閱讀原文|阅读原文|"
    r"字號|字号|瀏覽次數|浏览次数|發布時間|发布时间|發佈時間)\s*[\]】]?\s*(?:[:：]|$|\s)"
)
_SUBSCRIBE = re.compile(r"訂戶|订户|訂閱|订阅|subscribe|關注我們|关注我们|公眾號|公众号|長按|长按")
_CAPTION = re.compile(r"(記者|记者|攝影|摄影|圖|图|供圖|供图)[^。！？]{0,40}(攝|摄|供圖|供图)\s*(?:</\w+>)?\s*$")
_DATELINE = re.compile(
    r"^\s*[（(]?(新華社|新华社|中新社|中新網|中新网|人民網|人民网|央視網|央视网|本報|本报|本台|新華網|新华网|"
    r"香港中通社|中通社|法新社|路透社|美聯社|美联社)[^。！？]{0,16}(電|电|訊|讯)\s*[)）]?\s*$"
)
_PAGE_NUMBER = re.compile(r"^\s*[-—–－]?\s*(?:第\s*)?[0-9０-９]{1,5}\s*(?:頁|页)?\s*[-—–－]?\s*$")
_HR = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,}|={3,})\s*$")
_LINK_ONLY = re.compile(r"^\s*[^\[\]]{0,12}\[[^\]]*\]\([^)]*\)\s*$")
_TAG_ONLY = re.compile(r"^\s*(?:<[^<>]{1,2000}>\s*)+$")
_IMG = re.compile(r"^\s*(?:!\[[^\]]*\]\([^)]*\)|<img\b[^>]*>)\s*$", re.I)
_FM_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$")
_BYLINE = re.compile(
    r"^[（(]?\s*(?:[\u4e00-\u9fff]{0,8}(?:記者|记者|編輯|编辑|撰文|文|圖|图|攝影|摄影))\s*[|｜:：／/]?\s*"
    r"(?P<name>[\u4e00-\u9fff]{2,4})(?:\s*[、，,\s]\s*[\u4e00-\u9fff]{2,4})*\s*[）)]?$"
)
_SHORTCODE = re.compile(r"^\s*\{\{[<%].*[>%]\}\}\s*$")
_TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][^<>]{0,2000}>")
_PROMO = re.compile(r"(盡在|尽在|下載|下载|掃碼|扫码|打開|打开).{0,20}(APP|App|app|客戶端|客户端)")
_SPACE = re.compile(r"\s+")
_DIGIT = re.compile(r"\d")


# Noise that may sit inside a section (a page header in the middle of a speech, a photo
# between two paragraphs): the section's range keeps it and the reader hides it. Any other
# noise ends the section before it, so it is covered once.
Lines = list[tuple[int, int]]  # start and end offset of each line
NESTED_NOISE = frozenset({"page header", "page number", "image", "markup", "photo caption", "link"})


@dataclass(slots=True)
class Cleaning:
    title: str = ""
    title_range: tuple[int, int] | None = None
    title_line: int = -1
    metadata: dict[str, str] = field(default_factory=dict)
    removed: list[Removed] = field(default_factory=list)
    noise_lines: set[int] = field(default_factory=set)
    line_reasons: dict[int, str] = field(default_factory=dict)
    caption_lines: set[int] = field(default_factory=set)  # <figcaption> text: kept, marked


def split_lines(text: str) -> list[tuple[int, int]]:
    """Start and end offset of every line (the newline excluded)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    find = text.find
    while True:
        nl = find("\n", pos)
        if nl < 0:
            spans.append((pos, len(text)))
            return spans
        spans.append((pos, nl))
        pos = nl + 1


def clean(text: str, lines: list[tuple[int, int]]) -> Cleaning:
    result = Cleaning()
    reasons: dict[int, str] = {}
    n = len(lines)

    def line(i: int) -> str:
        a, b = lines[i]
        return text[a:b]

    first = _first_nonblank(text, lines, 0)
    if first is not None and line(first).strip() == "---":
        _front_matter(text, lines, first, result, reasons)

    _markup_blocks(text, lines, reasons, result.caption_lines)
    _page_furniture(text, lines, reasons)
    for i in range(n):
        if i in reasons:
            continue
        s = line(i).strip()
        if not s:
            continue
        reason = _line_noise(s if "<" not in s else _TAG.sub("", s).strip())
        if reason:
            reasons[i] = reason

    # Title: metadata wins; else the first line that is not noise.
    title_key = ""
    if result.metadata.get("title"):
        result.title = result.metadata["title"]
        title_key = _key(result.title)
    for i in range(n):
        if i in reasons or not line(i).strip():
            continue
        if not title_key:
            a, b = lines[i]
            raw = text[a:b]
            stripped = raw.strip().lstrip("#").strip()
            stripped = stripped.strip("*").strip()
            if len(stripped) > TITLE_MAX:
                # a first line this long is text, not a title: name the document by its
                # opening words and keep the line in the reading text
                result.title = _opening(stripped)
                break
            result.title = stripped
            lead = len(raw) - len(raw.lstrip())
            result.title_range = (a + lead, a + len(raw.rstrip()))
            result.title_line = i
            title_key = _key(stripped)
        break

    if title_key:
        for i in range(n):
            if i in reasons or i == result.title_line:
                continue
            a, b = lines[i]
            if b - a < len(title_key) * 0.8 or b - a > len(title_key) * 12 + 40:
                continue
            k = _key(_TAG.sub("", text[a:b]).strip().lstrip("#").strip().strip("*"))
            if k and len(k) % len(title_key) == 0 and k == title_key * (len(k) // len(title_key)):
                reasons[i] = "duplicate of the title"
            elif len(title_key) >= 8 and title_key in k and len(k) <= len(title_key) * 1.5 + 8:
                reasons[i] = "duplicate of the title"  # （中国这十年）+ the title: a repeat with a tag

    result.noise_lines = set(reasons)
    result.line_reasons = reasons
    result.removed = _ranges(text, lines, reasons)
    return result


TITLE_MAX = 100


def _opening(s: str) -> str:
    m = re.search(r"[。！？!?.;；]", s)
    head = s[: m.start()] if m and m.start() > 0 else s
    return head[:40].rstrip() + ("…" if len(head) > 40 else "")


def _key(s: str) -> str:
    return _SPACE.sub("", normalise(s))


def _first_nonblank(text: str, lines: Lines, start: int) -> int | None:
    for i in range(start, len(lines)):
        a, b = lines[i]
        if text[a:b].strip():
            return i
    return None


def _front_matter(text: str, lines: Lines, first: int, result: Cleaning, reasons: dict[int, str]) -> None:
    end = None
    for i in range(first + 1, min(len(lines), first + 200)):
        a, b = lines[i]
        if text[a:b].strip() == "---":
            end = i
            break
    if end is None:
        return
    keys = 0
    for i in range(first + 1, end):
        a, b = lines[i]
        m = _FM_KEY.match(text[a:b])
        if m:
            keys += 1
            value = m.group(2).strip().strip("'\"").strip()
            if value:
                result.metadata[m.group(1)] = value
    if keys == 0:
        result.metadata.clear()
        return
    for i in range(first, end + 1):
        reasons[i] = "front matter"


def _markup_blocks(text: str, lines: Lines, reasons: dict[int, str], captions: set[int]) -> None:
    """Figures (their caption text kept), images, tag-only lines, style and script blocks,
    shortcodes."""
    inside = ""
    for i, (a, b) in enumerate(lines):
        s = text[a:b]
        if not inside and "<" not in s and "![" not in s and "{{" not in s:
            continue
        s = s.strip()
        low = s.lower()
        if not inside:
            for tag in ("figure", "style", "script"):
                if low.startswith("<" + tag):
                    inside = tag
        if inside:
            if inside == "figure" and "<figcaption" in low and _TAG.sub("", s).strip():
                captions.add(i)
            else:
                reasons[i] = "image" if inside == "figure" else "markup"
            if f"</{inside}>" in low:
                inside = ""
            continue
        if _IMG.match(s):
            reasons[i] = "image"
        elif s and (_TAG_ONLY.match(s) or _SHORTCODE.match(s)):
            reasons[i] = "markup"


def _page_furniture(text: str, lines: Lines, reasons: dict[int, str]) -> None:
    """Running headers (a short line with a digit repeated on many pages) and page numbers."""
    counts: Counter[str] = Counter()
    numbers: list[int] = []
    for i, (a, b) in enumerate(lines):
        if b - a > 60 or a == b:
            continue
        s = text[a:b]
        if not _DIGIT.search(s):
            continue
        if _PAGE_NUMBER.match(s):
            numbers.append(i)
            continue
        s = _SPACE.sub(" ", s.strip())
        if s and s[-1] not in "。！？!?":
            counts[s] += 1
    headers = {s for s, c in counts.items() if c >= 3 and len(s) <= 50}
    if headers:
        for i, (a, b) in enumerate(lines):
            if b - a <= 60 and _SPACE.sub(" ", text[a:b].strip()) in headers:
                reasons[i] = "page header"
    if len(numbers) >= 3:
        for i in numbers:
            reasons[i] = "page number"


def _line_noise(s: str) -> str:
    if len(s) <= 60 and _FOOTER.match(s):
        return "footer"
    if len(s) <= 120 and _SUBSCRIBE.search(s) and ("http" in s or "網址" in s or "网址" in s or len(s) <= 60):
        return "subscription"
    if len(s) <= 60 and _PROMO.search(s):
        return "subscription"
    if _HR.match(s):
        return "separator"
    if _LINK_ONLY.match(s):
        return "link"
    if len(s) <= 120 and _CAPTION.search(s):
        return "photo caption"
    if _DATELINE.match(s):
        return "dateline"
    m = _BYLINE.match(s) if len(s) <= 30 else None
    if m and m.group("name")[0] in SURNAMES:
        return "byline"
    return ""


def _ranges(text: str, lines: Lines, reasons: dict[int, str]) -> list[Removed]:
    """Merge consecutive noise lines with one reason into one range."""
    out: list[Removed] = []
    for i in sorted(reasons):
        a, b = lines[i]
        raw = text[a:b]
        lead = len(raw) - len(raw.lstrip())
        a2, b2 = a + lead, a + len(raw.rstrip())
        if a2 >= b2:
            continue
        reason = reasons[i]
        if out and out[-1].reason == reason and not text[out[-1].end : a2].strip():
            out[-1] = Removed(out[-1].start, b2, reason)
        else:
            out.append(Removed(a2, b2, reason))
    return out
