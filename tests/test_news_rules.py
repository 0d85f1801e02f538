"""News reports: one rule, one hand-written case (speakers, continuation, points, items).

Every sentence here is made up for the test; names are common ones, not the dev set's.
"""

from __future__ import annotations

import pytest

from reader.document import analyze_text
from reader.document.attribution import Context, find


def attribution(paragraph: str, title: str = "") -> str | None:
    found = find(paragraph, Context(paragraph, title))
    return None if found is None or found.kind == "generic" else found.label


@pytest.mark.parametrize(
    ("paragraph", "label"),
    [
        ("教育局局長楊國強回應稱，明年將增加學額，確保每名學生都有學位。", "楊國強回應稱"),
        ("衞生署署長周志明表示，流感高峰期將於下月出現。", "周志明表示"),
        ("發展局局長何志平回應時，批評有關說法誤導公眾，又稱工程進度理想。", "何志平批評"),
        ("工聯會吳文傑發言時，引述政府數據指失業率上升。", "吳文傑引述"),
        ("「樓價不會大跌。」經濟學家黃志強表示，利率走勢仍是關鍵。", "黃志強表示"),
        ("“我们不会搞大水漫灌。”王建国表示，货币政策保持稳健。", "王建国表示"),
        ("有報道指，當局已選定新址。民主黨馮俊文詢問，新址何時啟用。", "馮俊文詢問"),
        ("會議下午結束。運輸署署長郭志誠離開會場時表示，會繼續跟進。", "郭志誠表示"),
        ("鄭家明則說，方案仍有改善空間。", "鄭家明說"),
        ("李永康亦指，市民反應正面。", "李永康指"),
        ("許國華在記者會表示：「我們會盡快公布細節。」", "許國華表示"),
        ("陳志遠回應傳媒時表示，自己沒有違規。", "陳志遠表示"),
        ("公司行政總裁劉文輝向員工發信表示，裁員是艱難的決定。", "劉文輝表示"),
        ("[環保團體蔡美玲表示](https://example.org/a)，計劃欠缺透明度。", "蔡美玲表示"),
        ("民主黨王小玲、公民黨張明德關注，條例會否影響言論自由。", "王小玲、張明德關注"),
        ("消費者委員會表示，今年接獲的投訴較去年增加兩成。", "消費者委員會表示"),
        ("但在劉國強看來，問題的根源在於供應不足。", "劉國強看來"),
        ("作為前任財長，趙文凱直言，財政儲備足以應對衝擊。", "趙文凱直言"),
        ("環境局局長黃明星回應指，兩間公司會凍結收費。", "黃明星回應指"),
        ("委員周子健舉例指，有市民等候超過兩小時。", "周子健舉例指"),
        ("行政長官林鄭玉芬表示，政府會全力支援。", "林鄭玉芬表示"),
        ("政制局發言人說：「局方會全力配合。」", "政制局發言人說"),  # an organisation's spokesperson
        ("負責協調初選的戴國強回覆指，投票安排不變。戴國強又說，會繼續跟進。", "戴國強回覆指"),
        ("從事社工的羅女士擔心，計劃會影響生計。", "羅女士擔心"),
        ("選舉主任黃文翹和楊慧心回覆查詢時說，不會評論個別個案。", "黃文翹和楊慧心說"),
        ("公民黨黨魁楊國橋質疑政府的做法。", "楊國橋質疑"),
        ("局長聶建權今午出席活動。他表示，計劃開支約為三億元。", "聶建權表示"),  # the pronoun is the name
        ("食衞局長陳明始昨晚見記者，未有即時宣佈新措施，僅表示會密切留意。", "陳明始表示"),
        ("立法會主席梁國彥總結過去4年的工作，形容議會運作暢順。梁國彥又說，會繼續努力。", "梁國彥形容"),
        ("香港社區互助協會發聲明，表示反對有關安排。", "香港社區互助協會表示"),
        ("部分辯方代表則指，案情複雜，其中資深大律師夏志義認為應押後。", "夏志義認為"),
        ("該公司公布上月客運量，指合共載客三百萬人次。", None),  # 該公司: generic
    ],
)
def test_attribution_in_the_first_or_second_sentence(paragraph, label):
    assert attribution(paragraph) == label


def test_an_organisation_the_title_names_speaks():
    paragraph = "海通集團宣佈，下午將舉行簡報會交代重組詳情。"
    assert attribution(paragraph, title="海通集團重組　裁員千人") == "海通集團宣佈"
    assert attribution("海通公布上月數據，指營業額下跌。", title="海通重組裁員") is None  # said once only


@pytest.mark.parametrize(
    "paragraph",
    [
        "政府發言人表示，會密切留意情況。",  # generic subject
        "當局指，有關措施會盡快推行。",
        "記者追問，政府何時公布結果？",
        "多名民主派議員批評，政府未有諮詢公眾。",
        "建制派表明支持議案。",
        "5名議員包括陳大文、李小明到場報案。",
        "主席梁永強邀請局長發言。",  # procedural act
        "主席梁永強宣布結束辯論，並開始表決修正案。",
        "主席梁永強要求他們肅靜，否則會視為行為不檢。",
        "會議於下午開始，議員相繼發言，提出多項修正。",
        "劉文輝發言後，議員便動議休會。",  # a verb inside a time clause
        "我這次在孟加拉與員工交流時，強調本地化的重要。",  # a place after 在, not a speaker
        "他們提出的方案，最終被否決。",
        "多名議員批評，局長林志強在事件中呼籲市民包容，做法欠妥。",  # the criticism's content
        "選管會在提名期開始前兩日突然公布確認書安排。",  # an announcement that reports nothing
        "有多於一名曾經參與選舉工作的公務員透露，情況屬實。",
        "新界選舉主任質疑他們的立場。",  # a role without a name
        "BBC記者問另一個問題：Zoom等社交網絡公司稱會暫停處理申請，外交部如何回應？",  # inside a question
        "控方續說，被告有潛逃風險。",  # 控方: a side, not a name
        "人民銀行舉行新聞發布會，發布會介紹了上半年的金融數據。",
        "去年1月，國家主席習志平訪問緬甸，確認兩國長期合作關係。",  # an object, not content
    ],
)
def test_not_an_attribution(paragraph):
    assert attribution(paragraph) is None


def test_only_the_first_attribution_of_a_paragraph_counts():
    assert attribution("民建聯蘇美娟批評，政府反應太慢。工聯會陳國強則指，應盡快派錢。") == "蘇美娟批評"
    assert attribution("議員蔡明德詢問政府，為何不公開名單。律政司司長黃仁龍說，不會回應揣測。") == "蔡明德詢問"


REPORT = """海通集團重組　裁員千人

海通集團今日公布重組計劃，將削減約1200個職位，行政總裁何文龍向員工致歉。

行政總裁何文龍表示，裁員是一個痛心的決定，公司會盡力支援受影響員工。

何表示，公司會在月底前通知所有受影響員工。

他又指，重組後集團每月可節省約3億元開支。

人手方面，集團將先凍結招聘，再分階段裁員。

財政司司長梁國明回應稱，政府尊重企業的商業決定。

至於會否提供支援，梁國明說，政府會透過勞工處協助受影響員工轉職。

### 工會：要求公司增加補償

職工會聯盟主席鄭美華批評，公司的補償方案遠低於業界水平。

關於遣散費，何文龍說，公司會按法例發放，並額外提供一個月薪金。

民主黨李志強表示，政府應要求公司交代注資用途，分別是(1)保留本地職位；(2)優先聘用本地員工；(3)定期公開財務狀況。
"""


def _flat(nodes, depth=0):
    out = []
    for n in nodes:
        out.append((depth, n.kind, n.label))
        out.extend(_flat(n.children, depth + 1))
    return out


def test_a_news_report_outline():
    assert _flat(analyze_text(REPORT).nodes) == [
        (0, "preface", "海通集團今日公布重組計劃，將削減約1200個職位…"),  # the lede: never a turn
        (0, "speaker", "何文龍表示"),
        (1, "point", "人手方面"),  # 何 and 他 continue the turn; 人手方面 is its sub-topic
        (0, "speaker", "梁國明回應稱"),
        (1, "point", "至於會否提供支援"),  # continuation of the current speaker: a point only
        (0, "heading", "工會：要求公司增加補償"),
        (1, "speaker", "鄭美華批評"),
        (1, "speaker", "何文龍說"),  # a heading ended the earlier turn: a new turn, then its point
        (2, "point", "關於遣散費"),
        (1, "speaker", "李志強表示"),
        (2, "item", "(1)保留本地職位"),
        (2, "item", "(2)優先聘用本地員工"),
        (2, "item", "(3)定期公開財務狀況"),
    ]


def test_speaker_index_resolves_short_forms():
    from reader.document.speakers import speaker_index

    index = speaker_index(analyze_text(REPORT))
    assert [(s.name, len(s.turns)) for s in index] == [
        ("何文龍", 2), ("梁國明", 1), ("鄭美華", 1), ("李志強", 1),
    ]


def test_topic_lead_before_a_new_speaker_gives_speaker_then_point():
    text = ("標題\n\n導語段落，介紹會議的基本情況和出席人士，內容相當長。\n\n"
            "黃文傑表示，方案可行。\n\n至於推行時間，醫學界何國強指出，最快明年落實。\n")
    assert _flat(analyze_text(text).nodes)[-2:] == [(0, "speaker", "何國強指出"), (1, "point", "至於推行時間")]


def test_aspect_that_introduces_a_new_speaker_is_no_point():
    text = ("標題\n\n導語段落，介紹會議的基本情況和出席人士，內容相當長。\n\n"
            "黃文傑表示，方案可行。\n\n業界方面，飲食業聯會主席林子健批評政策荒謬。\n")
    assert _flat(analyze_text(text).nodes)[-1] == (0, "speaker", "林子健批評")


def test_question_frames_and_generic_answers_give_no_point():
    text = ("標題\n\n導語段落，介紹會議的基本情況和出席人士，內容相當長。\n\n"
            "黃文傑表示，方案可行。\n\n對於專家表示方案有漏洞，政府發聲明指說法有誤解。\n\n"
            "被問到何時推行，黃文傑說，最快明年。\n")
    assert [k for _, k, _ in _flat(analyze_text(text).nodes)] == ["preface", "speaker"]


@pytest.mark.parametrize(
    ("body", "labels"),
    [
        ("陳文表示，措施包括一是加強宣傳，二是增加人手，三是檢討程序。", ["一是加強宣傳", "二是增加人手", "三是檢討程序"]),
        ("陳文表示，首先要穩定就業；其次要支援企業；最後要保障民生。", ["首先要穩定就業", "其次要支援企業", "最後要保障民生"]),
        ("陳文表示，分別是①加強宣傳；②增加人手；③檢討程序。", ["①加強宣傳", "②增加人手", "③檢討程序"]),
    ],
)
def test_enumerations_inside_one_paragraph(body, labels):
    text = f"標題\n\n導語段落，介紹會議的基本情況和出席人士，內容相當長。\n\n{body}\n"
    assert [label for _, k, label in _flat(analyze_text(text).nodes) if k == "item"] == labels


def test_bold_numbered_lists_and_ordinals_behind_markup():
    text = ("# 標題\n\n導語段落，介紹會議的基本情況和出席人士，內容相當長。\n\n"
            "局長陳文指，將實施以下措施：\n\n**1.全日禁止堂食** ：餐廳只可提供外賣。\n\n"
            "**2.限聚令收緊至兩人** ：同住人士獲豁免。\n\n**第三，** 所有公眾地方須戴口罩，違者罰款。\n")
    flat = _flat(analyze_text(text).nodes)
    assert (0, "speaker", "陳文指") in flat
    assert (1, "heading", "1.全日禁止堂食") in flat and (1, "heading", "2.限聚令收緊至兩人") in flat


def test_inline_items_offsets_index_the_paragraph():
    a = analyze_text(REPORT)
    items = [n for n in a.walk() if n.kind == "item"]
    assert [a.text[n.start:n.end] for n in items] == ["(1)保留本地職位", "(2)優先聘用本地員工", "(3)定期公開財務狀況"]


@pytest.mark.parametrize(
    ("paragraph", "label"),
    [
        # a professor's title, then a clause whose only verb (訪問) reports nothing: the name holds
        ("城市大學法律學院教授孫立明，接受電台訪問，認為新方案可以接受，指政府已盡力回應社會的擔憂。",
         "孫立明認為"),
        # a clause that opens with a verb names no one (not 「指政府已經盡力回應社會擔憂」)
        ("新方案公布後，商界反應不一，指政府已經盡力回應社會對修例的擔憂。", None),
    ],
)
def test_subjects_that_are_clauses_are_no_one(paragraph, label):
    assert attribution(paragraph) == label


def test_a_clause_holding_a_verb_is_no_organisation():
    text = ("王毅同外长举行视频会谈\n\n新华社北京电 国务委员兼外长王毅今天同外长举行视频会谈。\n\n"
            "在应对气候方面，中方提出携手合作是国际社会的首要任务，介绍了中国的务实举措，"
            "包括向国际社会提供援助等。中方表示愿同各方加强合作。\n")
    # not a speaker 「中方提出携手合作是国际社介绍」 (a name ending in 社)
    assert [n.kind for n in analyze_text(text).walk()] == ["preface"]
