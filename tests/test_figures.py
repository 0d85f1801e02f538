"""Figure rules of the spec §3, one case each."""

from __future__ import annotations

import pytest

from reader.document.figures import find_figures


def figs(text):
    return [(f.text, f.kind) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("完工率65.38%", [("65.38%", "percent")]),
        ("百分之五", [("百分之五", "percent")]),
        ("提高百分之十八点五", [("百分之十八点五", "percent")]),
        ("投入3.5億元", [("3.5億元", "money")]),
        ("从五十四万亿元增长", [("五十四万亿元", "money")]),
        ("2018年建設", [("2018年", "date")]),
        ("8月20日至21日,", [("8月20日至21日", "date")]),
        ("9月底前完成", [("9月底", "date")]),
        ("到二〇三五年", [("二〇三五年", "date")]),
        ("392所學校", [("392所", "count")]),
        ("4221個隱患", [("4221個", "count")]),
        ("50餘次", [("50餘次", "count")]),
        ("等5部門聯合", [("5部門", "count")]),
        ("12.3萬平方米", [("12.3萬平方米", "measure")]),
        ("新建铁路30公里", [("30公里", "measure")]),
        ("领先3～6个月", [("3～6个月", "measure")]),
        ("增加2700", [("2700", "number")]),
        ("三年建設規劃", [("三年", "chinese")]),
        ("五個中心", [("五個", "chinese")]),
        ("一百二十所學校", [("一百二十所", "chinese")]),
        ("两千三百万人", [("两千三百万人", "chinese")]),
        ("四个月后", [("四个月", "chinese")]),
        ("１２３所", [("１２３所", "count")]),
        ("２０１８年", [("２０１８年", "date")]),
        ("14.55%和20.61%", [("14.55%", "percent"), ("20.61%", "percent")]),
        ("8.66%、21.21%", [("8.66%", "percent"), ("21.21%", "percent")]),
        ("共1,600處", [("1,600處", "count")]),
        ("建設119所,目前已開工38所", [("119所", "count"), ("38所", "count")]),
        ("減少1/3以上", [("1/3", "number")]),
        # news conventions (corpus-news CONVENTIONS.md §8)
        ("在家工作一周", [("一周", "chinese")]),
        ("過去一年", [("一年", "chinese")]),
        ("派出兩位觀察員", [("兩位", "chinese")]),
        ("未來四個月", [("四個月", "chinese")]),
        ("接近六成的公務員", [("六成", "chinese")]),
        ("急升逾半成", [("半成", "chinese")]),
        ("兩大醫學院", [("兩大", "chinese")]),
        ("每日逾百宗確診", [("百宗", "chinese")]),
        ("只需十數分鐘", [("十數分鐘", "chinese")]),
        ("未來兩、三星期", [("兩、三星期", "chinese")]),
        ("只得數十間醫學院", [("數十間", "chinese")]),
        ("百多個學生", [("百多個", "chinese")]),
        ("比率有一半", [("一半", "chinese")]),
        ("只餘下 786 張病床", [("786 張", "count")]),
        ("低5個BP", [("5個BP", "percent")]),
        ("高達15億至20億港元", [("15億至20億港元", "money")]),
        ("年齡介乎7至91歲", [("7至91歲", "measure")]),
        ("合共載客47061人次", [("47061人次", "count")]),
        ("承諾受薪僱員逾2.5萬人", [("2.5萬人", "count")]),
        ("下午2時開始", [("2時", "date")]),
        ("政府由今天（20日）開始", [("20日", "date")]),
        ("下午一時會舉行簡報會", [("一時", "date")]),
        ("今年9月份至12月份", [("9月份至12月份", "date")]),
        ("公布九月份客運量", [("九月份", "date")]),
        ("6個多月來", [("6個多月", "measure")]),
        ("1個多小時後", [("1個多小時", "measure")]),
        ("歷時1小時54分鐘", [("1小時54分鐘", "date")]),
    ],
)
def test_figure_found(text, expected):
    assert figs(text) == expected


@pytest.mark.parametrize(
    "text",
    ["第三批試點", "第3批", "COVID-19疫情", "IPv6網絡", "3G網絡", "一個問題，一次會議", "三足鼎立",
     "千方百計", "三番五次", "一心一意", "（1）加強管理", "1.推進改革", "見[3]注", "十分重要",
     "國泰（00293）發公告", "page.html?m=1&id=2", "一國兩制", "老百姓", "千萬不要", "其中一項建議", "一時之間"],
)
def test_not_a_figure(text):
    assert figs(text) == []


def test_offsets_index_the_text():
    text = "　今年1至8月，全市新增就業2.5萬人，增長12%；百分之五十的學校"
    for f in find_figures(text):
        assert text[f.start:f.end] == f.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("每日會有2.9萬架次", ["2.9萬架次"]),
        ("每日提供460多班", ["460多班"]),
        ("花了16個小時飛往", ["16個小時"]),
        ("供應4千4百萬劑疫苗", ["4千4百萬劑"]),
        ("可於24小時至7天前預約", ["24小時至7天"]),
        ("会占到70%-80%", ["70%-80%"]),
        ("未来五到十年", ["五到十年"]),
        ("风险来自三方面", ["三方面"]),
        ("近百頁報告", ["百頁"]),
        ("不足兩日內", ["兩日"]),
        ("幾廿人嘅交通", ["幾廿人"]),
        ("2022年5月21~22日，", ["2022年5月21~22日"]),
        ("《獅子山下2020》單元", []),  # a name of a work
        ("21世纪经济报道", []),
        ("### 問題1. 採樣方式", []),  # an enumerator
        ("党的十八大以来", []),
        ("下半年复苏", []),
        ("新的一年", []),
        ("每一日確診", []),
        ("涉及兩區居民", ["兩區"]),
        ("三度延期", ["三度"]),
        ("增加兩成多", ["兩成多"]),
        ("花了一個半小時", ["一個半小時"]),
        ("自2010起", ["2010"]),
        ("第12批次", []),
        ("共12批次疫苗", ["12批次"]),
        ("只收300蚊", ["300蚊"]),
        ("去年一月起", ["一月"]),
        ("全民檢測最後一日", []),
        ("個案1487與個案1901", []),  # identifiers
        ("7月26日初步確診", ["7月26日"]),
        ("過百人", ["百人"]),
        ("為下一年做準備", []),
        ("非法集資案件2.5萬起", ["2.5萬起"]),
    ],
)
def test_news_figures_held_out(text, expected):
    assert [f for f, _ in figs(text)] == expected


def test_figures_are_read_in_the_reading_text_only():
    from reader.document import analyze_text

    text = '# 標題\n\n<p>正文<img id="0" src="a/2021/b.jpg">有3項建議，[見此](https://x.org/page/42)。</p>\n'
    assert [f.text for f in analyze_text(text).figures] == ["3項"]


# Chinese numeral composition, approximators, 、-joined pairs, enumerators, idioms, 届
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("拥有九千六百多万名党员", ["九千六百多万名"]),  # 多 inside the numeral, before 万
        ("改造住房四千二百多万套", ["四千二百多万套"]),
        ("改造危房二千四百多万户", ["二千四百多万户"]),
        ("近一亿农村贫困人口", ["一亿"]),  # a bare numeral before a noun is the number
        ("裁减员额三十万胜利完成", ["三十万"]),
        ("三十万人参加", ["三十万人"]),
        ("提高十一点六个百分点", ["十一点六个百分点"]),
        ("守住十八亿亩耕地", ["十八亿亩"]),
        ("大幅跳升至三、四十萬元。", ["三、四十萬元"]),  # an approximate pair
        ("約有七、八百人", ["七、八百人"]),
        ("一名五十多歲男子", ["五十多歲"]),  # after 一名, an article
        ("數十萬人", ["數十萬人"]),
        ("连任两届", ["两届"]),
        ("他連任三屆", ["三屆"]),  # terms counted; a session is 十九届 or 三届人大
        ("连续四届当选", ["四届"]),
    ],
)
def test_chinese_numeral_composition(text, expected):
    assert [f for f, _ in figs(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "不能当成一成不变的教条",  # a set phrase
        "一日千里",
        "万人空巷",
        "一、一国两制",  # an enumerator, then 一国
        "和平统一、一国两制方针",
        "党的十九届五中全会",  # 届 after a numeral names a session: an ordinal
        "十九大、十九届六中全会",
        "本周三屆滿",
        "第三届人大",
        "三届全国人大",
        "千万不要",
        "十万火急",
    ],
)
def test_chinese_numeral_not_a_figure(text):
    assert figs(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("三、四個月後完成", ["四個月"]),  # 三、 opens the paragraph: an enumerator
        ("引言。\n二、二〇二二年的工作", ["二〇二二年"]),
        ("好。三、四年內", ["四年"]),
        ("過去三、四個月", ["三、四個月"]),  # inside a sentence the pair is one figure
    ],
)
def test_enumerator_at_a_sentence_start(text, expected):
    assert [f for f, _ in figs(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("只留下一、兩年時間", ["一、兩年"]),
        ("实现“两个一百年”奋斗目标", ["两个"]),  # 一百年 is a slogan's name here
    ],
)
def test_pairs_and_articles(text, expected):
    assert [f for f, _ in figs(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("去年共有12 621宗意外", ["12 621宗"]),  # thousands grouped by a space (typeset, PDF)
        ("約51 000人受影響", ["51 000人"]),
        ("合共1 000 000元", ["1 000 000元"]),
        ("2013年 2月 21日", ["2013年 2月 21日"]),
        ("在2012 2013年間", ["2012", "2013年"]),  # four digits then a group: two numbers
    ],
)
def test_thousands_grouped_by_spaces(text, expected):
    assert [f for f, _ in figs(text)] == expected


@pytest.mark.parametrize("text", ["見附表1及附表2", "載於附件3", "详见附录2"])
def test_a_documents_parts_are_identifiers(text):
    assert figs(text) == []
