"""Who can be a speaker: Chinese personal names, named organisations, generic subjects.

Owns the word lists the attribution finder needs to tell a person or an organisation from a
title, an affiliation or a generic subject: common surnames in both scripts (single and
double), two-character words that end in a surname character (``主任``, ``民主黨``), the
suffixes of organisation names, and the subjects that never speak as a named source
(``政府``, ``記者``, ``多名議員``). No list names a particular person or document.
"""

from __future__ import annotations

import re

# Common Chinese surnames, Traditional and Simplified forms.
SURNAMES = frozenset(
    "王李張张劉刘陳陈楊杨黃黄趙赵吳吴周徐孫孙馬马朱胡郭何高林羅罗鄭郑梁謝谢宋唐許许韓韩馮冯鄧邓曹彭曾蕭萧田董"
    "袁潘于蔣蒋蔡余杜葉叶程蘇苏魏呂吕丁任沈姚盧卢姜崔鍾钟譚谭陸陆汪范金石廖賈贾夏韋韦付方白鄒邹孟熊秦邱江尹薛閻"
    "阎段雷侯龍龙史陶黎賀贺顧顾毛郝龔龚邵萬万錢钱嚴严覃武戴莫孔向湯汤常溫温康施文牛樊葛邢安齊齐易喬乔伍龐庞顏颜"
    "倪莊庄聶聂章魯鲁岳翟殷詹申歐欧耿關关蘭兰焦俞左柳甘祝包寧宁尚符舒阮柯紀纪梅童凌畢毕單单季裴霍涂成苗谷盛曲"
    "翁冉駱骆藍蓝路游辛靳管柴蒙鮑鲍華华喻祁蒲房滕屈饒饶解牟艾尤陽阳時时穆農农卓古吉繆缪簡简車车項项連连蘆芦"
    "麥麦褚婁娄竇窦戚岑景黨党宮宫費费卜冷晏席衛卫米杭洪巫商郁栗樓楼鄺邝區区甄植利談谈鄔邬容練练勞劳冼佘佟查郎"
    "荀闞阚祿禄禤戈湛麻雲云鳳凤貝贝伏酆鄂隋嵇邴邰郜鄢鞠桂褚闕阙幸仇霍卓藺蔺晁糜敖聞闻莘姬班仲伊宗丘"
    "習习闫卞虞屠晉晋邸冀桑寇苟禹逯郗瞿"
)
DOUBLE_SURNAMES = frozenset(
    "歐陽 欧阳 司徒 上官 諸葛 诸葛 司馬 司马 夏侯 東方 东方 皇甫 尉遲 尉迟 公孫 公孙 令狐 慕容 端木 長孫 长孙 "
    "宇文 軒轅 轩辕 澹台 鍾離 钟离 申屠 太史 呼延 萬俟 万俟 獨孤 独孤".split()
)
# Two-character words whose second character is also a surname: a name never starts there
# (主任周志明 is 周志明, 民主黨馮俊文 is 馮俊文).
_TITLE_WORDS = frozenset(
    "主任 責任 责任 擔任 担任 兼任 出任 上任 前任 現任 现任 新任 首任 繼任 继任 委任 接任 離任 离任 升任 調任 调任 "
    "時任 时任 歷任 历任 曾任 留任 專任 专任 主管 監管 监管 中華 中华 新華 新华 公安 治安 保安 平安 警方 校方 院方 "
    "美方 中方 英方 港方 雙方 双方 各方 官方 資方 资方 勞方 劳方 軍方 军方 對方 对方 甲方 乙方 會長 会长 議長 议长 "
    "總管 总管 看管 法官 司長 司长 上司 公司 總司 总司 檢察 检察 助理 代理 署理 經理 经理 總理 总理 常任 "
    "主席 出席 列席 缺席 首席 議席 议席 入席 退席 離席 离席 當時 当时 同時 同时 屆時 届时 及時 及时 按時 按时 "
    "最高 提高 較高 较高 來華 来华 訪華 访华 在華 在华 駐華 驻华 原因 成因 基因 主因 現金 现金 資金 资金 基金 "
    "租金 獎金 奖金 黃金 黄金 美金 白金".split()
)
# Characters that end a title or an affiliation: a name right after one is well bounded
# (行政長官黃志強, 召集人林子健, 民主黨馮俊文).
TITLE_LAST = frozenset(
    "官長长員员席士生師师理裁任首督使領领事記记書书統统相監监人黨党聯联會会界線线量盟派社局署處处部委院"
    "家體体構构司行校室系科台臺館馆團团隊队組组所網网報报媒廳厅辦办魁授"
)
_PARTY = frozenset("黨党")
# Characters that end a word before a name rather than begin one (in 主席陳大文 the 席).
FUNCTION_CHARS = frozenset(
    "則则亦也就又再續续還还更均都即便並并仍曾已將将會会在於于向對对與与跟和及等的了是有為为被把從从到以"
    "而且但或之其此該该這这那着著過过得地說说稱称指表示問问昨今才卻却僅仅講讲"
)
_LAST_NOT = frozenset("須须需要能可應应該该屬属係乃來来去時时後后間间")  # a name does not end in a modal or copula
_PREP_SURNAMES = frozenset("向于和")
_HONORIFICS = ("女士", "先生", "小姐", "太太", "醫生", "医生", "教授", "博士")
_AFTER_NOT_NAME = frozenset("的在於于與与向對对跟把被從从由到")
# Two-character words that start with a surname and may stand before a verb: never a name
_WORDS = frozenset(
    "方面 方法 方案 方式 方向 高度 管理 安全 成功 時間 时间 文化 程度 周期 金融 黃金 黄金 華人 华人 任何 任務 任务 "
    "常務 常务 江湖 程序 石油 馬上 马上 何時 何时 林業 林业 田地 朱紅 宋體 明確 明确 高層 高层 高官 江河 萬一 万一".split()
)
_WEEKDAY = re.compile(r"[周週][一二三四五六日天末]|星期")
_NUMERALS = frozenset("一二三四五六七八九十百千萬万兩两幾几數数")  # surnames that are more often prepositions
ORG_SUFFIX = re.compile(
    r"(?:委員會|委员会|協會|协会|工會|工会|學會|学会|商會|商会|聯會|联会|總會|总会|議會|议会|公會|公会|"
    r"陣線|阵线|聯盟|联盟|同盟|中心|公司|集團|集团|銀行|银行|基金|大學|大学|學院|学院|醫院|医院|法院|"
    r"組織|组织|機構|机构|團體|团体|政府|電視台|电视台|媒體|媒体|航空|電力|电力|辦公室|办公室|辦事處|办事处|"
    r"[會会局署處处部委廳厅社黨党院所台臺庭盟隊队團团司]|[^\W\d_]{2,}(?:Group|Ltd|Inc|Corp))$"
)
_GENERIC = re.compile(
    r"^(?:政府|港府|特區政府|特区政府|中央|當局|当局|官方|[美中英港日韓韩歐欧警校院雙双各對对資资勞劳軍军][方]|"
    r"外界|記者|记者|有?報道|报道|據報|据报|消息|市民|公眾|公众|民眾|民众|議員|议员|委員|委员|專家|专家|學者|"
    r"学者|業界|业界|商界|社會|社会|網民|网民|外國|外国|國際|国际|大家|有人|他們|她們|他们|她们|我們|我们|你們|"
    r"你们|聲明|声明|報告|报告|文件|資料|资料|數據|数据|調查|调查|研究|統計|统计|會議|会议|大會|大会|法庭|"
    r"人們|人们|主席|代表|官員|官员|發言人|发言人|秘書處|秘书处|警察|警員|警员|醫生|医生|病人|家長|家长|學生|学生|"
    r"老師|老师|員工|员工|公司|集團|集团|法官|律師|律师|政黨|政党|傳媒|传媒|媒體|媒体|網上|网上|坊間|坊间|"
    r"國家|国家|本港|香港|內地|内地|兩地|两地|各地|全球|世界|歐盟|欧盟|[\u4e00-\u9fff]{1,3}[國国])$"
    r"|派|多名|多位|多個|多个|一眾|一众|部分|不少|有些|一些|其他|其餘|其余|全體|全体|所有|眾多|众多|等|"
    r"^[\u4e00-\u9fff]方$|(?:發布會|发布会|記者會|记者会|研討會|研讨会|座談會|座谈会|論壇|论坛|會議|会议|大會|大会)$|"
    r"人士|們$|们$|^[該该本此這这其各某我你您咱]|^有|^[0-9０-９一二兩两三四五六七八九十百千幾几數数多][名位個个間间家所項项宗隻只部條条人大批眾众]"
)
NOT_FIRST = frozenset("的之了是我你您咱吾本該该此這这那其各每某有無无不沒没未要想能可會会應应須须")  # never open a name
PRONOUN = re.compile(r"^(?:他們|她們|他们|她们|佢哋|他|她|佢|它|其)$")


ROLE_END = re.compile(
    r"(?:議員|议员|主席|局長|局长|司長|司长|秘書長|秘书长|部長|部长|代表|委員|委员|主任|署長|署长|處長|处长|"
    r"官員|官员|總監|总监|主管|經理|经理|專員|专员|人員|人员|職員|职员|負責人|负责人|召集人|醫生|医生)$"
)


def is_generic(subject: str) -> bool:
    """A subject that is not a named source: 政府, 記者, 多名民主派議員, 5名議員, 選舉主任
    (a role without a name)…"""
    return bool(_GENERIC.search(subject)) or any(c.isdigit() for c in subject) or bool(ROLE_END.search(subject))


def name_start_ok(text: str, p: int, lo: int) -> bool:
    """Can a personal name start at ``p`` (``lo``: where the clause starts)?"""
    first = text[p]
    if first not in SURNAMES and text[p : p + 2] not in DOUBLE_SURNAMES:
        return False
    if p > lo:
        if text[p - 1 : p + 1] in _TITLE_WORDS:
            return False
        if first in _PARTY and "\u4e00" <= text[p - 1] <= "\u9fff":
            return False
    return True


def bounded_before(text: str, p: int, lo: int) -> bool:
    """Does a name at ``p`` follow a clause start, punctuation, a title or an affiliation?"""
    if p <= lo:
        return True
    c = text[p - 1]
    return c in TITLE_LAST or c in "和及與与" or not ("\u4e00" <= c <= "\u9fff")


def name_candidates(text: str, end: int, lo: int) -> list[tuple[int, float]]:
    """Personal names ending at ``end`` (not before ``lo``): ``(start, score)`` pairs.

    Three characters is the common length; four for a double surname (歐陽X X) or a
    married name (陳李美華); two for a short given name (王毅) or a two-character short form.
    """
    out: list[tuple[int, float]] = []
    for length, base in ((3, 3.0), (2, 2.0), (4, 2.5)):
        p = end - length
        if p < lo or not name_start_ok(text, p, lo):
            continue
        name = text[p:end]
        if not all("\u4e00" <= c <= "\u9fff" for c in name):
            continue
        if p > 0 and text[p - 1].isdigit():
            continue  # 609宗屬: a count, not a name
        if name[1] in _NUMERALS or _WEEKDAY.match(name) or name in _WORDS:
            continue  # 成三項, 周日: a numeral or a weekday, not a given name
        score = base
        if any(c in FUNCTION_CHARS for c in name[1:]) or name[-1] in _LAST_NOT:
            score -= 2.5  # 陳李則 (則 is a word of its own), 陳在會
        bounded = bounded_before(text, p, lo)
        if length == 2 and not bounded:
            continue  # 高度, 管理: a two-character name must follow a title or a boundary
        if bounded:
            score += 0.5
        elif name[0] in _PREP_SURNAMES:
            score -= 1.0  # 何文龍向員工: 向 as a preposition
        elif text[p - 1] == "的":
            score -= 0.5  # 的成績: a noun after an attributive (負責統籌活動的鄭家明 repeats, and passes)
        elif text[p - 1] in _AFTER_NOT_NAME:
            score -= 2.0  # 在孟加拉: a place after a preposition
        if length == 4:
            if name[:2] in DOUBLE_SURNAMES:
                score += 1.0
            elif name[1] in SURNAMES and bounded and name_start_ok(text, p + 1, p):
                score += 0.7  # 陳李美華: two surnames then a given name
            else:
                continue
        elif length == 3 and name[:2] in DOUBLE_SURNAMES:
            score += 0.3
        if ORG_SUFFIX.search(name):
            score -= 1.5  # 高法院: an organisation, found as such elsewhere
        if name[1:] in _HONORIFICS:
            score += 0.8  # 羅女士, 陳先生: a surname and an honorific
        out.append((p, score))
    return out
