"""Outline rules on small hand-written documents of the genre (no corpus needed)."""

from __future__ import annotations

from reader.document import analyze_text


def tree(text):
    def walk(nodes):
        return [(n.kind, n.label, walk(n.children)) for n in nodes]
    return walk(analyze_text(text).nodes)


NEWS = """特首出席論壇談經濟前景

行政長官林鄭月娥今日出席經濟論壇時表示，本港經濟去年增長3.2%，今年將面對不少挑戰。

她指出，政府今年預留200億元成立基金，協助企業轉型。

財政司司長陳茂波在論壇上說，外圍環境仍然充滿變數，但香港的基本因素穩健。

記者：政府會否考慮派錢？

林鄭月娥：我們會全面考慮，但現階段沒有這個計劃。
"""


def test_news_speakers_with_titles_and_transcript_names():
    # the lede (the first paragraph of prose) summarises the story: never a speaker turn
    assert [(k, label) for k, label, _ in tree(NEWS)] == [
        ("preface", "行政長官林鄭月娥今日出席經濟論壇時表示，本港經濟…"), ("speaker", "陳茂波說"), ("speaker", "記者"),
        ("speaker", "林鄭月娥"),
    ]


def test_titled_speech():
    text = "標題\n\n會議綜述內容，介紹了會議的基本情況和各方的參與。\n\n市長張明遠作了題為“奮力開創新局面”的報告。\n\n一、過去一年\n\n正文內容很長很長，說明過去一年的工作。\n"
    nodes = analyze_text(text).nodes
    speaker = [n for n in nodes if n.kind == "speaker"][0]
    assert speaker.label == "張明遠報告" and speaker.subtitle == "奮力開創新局面"
    assert speaker.children[0].label == "一、過去一年"


def test_numbering_levels():
    text = "規定\n\n第一章 總則\n\n第一節 目的\n\n一、適用範圍\n\n（一）本規定適用於全體人員。具體說明如下文所述的各項。\n\n1.第一款內容，說明具體要求。\n\n（1）第一項細則，說明具體做法。\n\n（2）第二項細則，說明具體做法。\n\n2.第二款內容，說明具體要求。\n\n二、職責\n\n第二章 附則\n"
    t = tree(text)
    chapter = t[0]
    assert chapter[1] == "第一章 總則"
    section = chapter[2][0]
    assert section[1] == "第一節 目的"
    one = section[2][0]
    assert one[1] == "一、適用範圍"
    paren = one[2][0]
    assert paren[1].startswith("（一）本規定適用於全體人員")
    first = paren[2][0]
    assert first[1].startswith("1.第一款內容") and [c[1][:3] for c in first[2]] == ["（1）", "（2）"]
    assert paren[2][1][1].startswith("2.第二款內容")
    assert [n[1] for n in one[2]] == [paren[1]] and section[2][1][1] == "二、職責"
    assert t[1][1] == "第二章 附則"


def test_ordinal_series_nest_and_need_a_start():
    text = "報告\n\n總體要求如下，說明這一年的工作重點和方向。\n\n一是加強領導，各級要高度重視這項工作並落實責任。\n\n二是完善制度，建立健全各項規章制度並嚴格執行。\n\n三是強化督查，定期檢查各項工作的進展情況。\n\n其次，這一段不是一個系列的開始，所以它只是正文。\n"
    t = tree(text)
    assert [n[1][:2] for n in t] == ["總體", "一是", "二是", "三是", "其次"]
    assert t[0][0] == "preface" and {n[0] for n in t[1:4]} == {"heading"}
    assert t[4][0] == "paragraphs"  # a lone 其次 starts no series: plain text after it


def test_dash_items_and_parallel_points():
    text = "講話\n\n同志們：\n\n我們要做到以下幾點，這些要求都很重要，必須認真落實。\n\n——必須堅持人民至上。人民是歷史的創造者。\n\n——必須堅持自信自立。走自己的路是根本。\n\n要堅持立德樹人抓方向，落實根本任務；\n\n要堅持依法治教抓底線，落實法定責任；\n\n要堅持民生為本抓發展，回應群眾期待。\n"
    nodes = analyze_text(text).nodes
    labels = [n.label for n in nodes] + [c.label for n in nodes for c in n.children]
    assert "必須堅持人民至上" in labels and "必須堅持自信自立" in labels
    assert "要堅持立德樹人抓方向" in labels and "要堅持民生為本抓發展" in labels


CLOSING = """在全市工作會議上的講話

同志們：今天召開全市工作會議，主要任務是總結去年工作、部署今年任務。

一、去年工作回顧

去年全市生產總值增長5.2%，各項工作取得新進展，民生保障持續加強。

二、今年主要任務

今年要堅持穩中求進，抓好項目建設，推進改革開放，辦好民生實事。

同志們！我們要鼓足幹勁、奮發有為，為完成全年目標任務而努力奮鬥！
"""


def test_a_closing_address_ends_the_numbered_parts():
    kinds = [(k, label) for k, label, _ in tree(CLOSING)]
    assert kinds[-3:] == [
        ("heading", "一、去年工作回顧"), ("heading", "二、今年主要任務"),
        ("paragraphs", "同志們！我們要鼓足幹勁、奮發有為"),
    ]
    # an address inside a part, with a heading after it, is that part's text
    inside = CLOSING.replace("二、今年主要任務", "同志們！成績來之不易，我們要倍加珍惜。\n\n二、今年主要任務")
    assert [label for _, label, _ in tree(inside)][-2:] == ["二、今年主要任務", "同志們！我們要鼓足幹勁、奮發有為"]
    assert "同志們！成績來之不易" not in str(tree(inside))


VOTE = """會議過程正式紀錄

陳大文議員動議的修正案如下

主席：我現在向各位提出的待議議題是：陳大文議員動議的修正案，予以通過。

主席：現在停止表決，顯示結果。

功能團體：

吳甲議員、鄭乙議員及馮丙議員贊成。

地方選區：

李一議員、王二議員、張三議員、趙四議員、錢五議員及孫六議員贊成。

周七議員反對。

主席宣布修正案被否決。

林八議員：主席，我動議再進行記名表決時，表決須在鐘聲響起1分鐘後進行。

主席：是否有議員想發言？
"""


def test_a_vote_list_holds_its_names_and_the_turns_after_it_return_to_the_debate():
    (debate,) = [n for n in tree(VOTE) if n[1] == "陳大文議員動議的修正案如下"]
    assert [(k, label) for k, label, _ in debate[2]] == [
        ("speaker", "主席"), ("speaker", "主席"), ("heading", "功能團體"), ("heading", "地方選區"),
        ("speaker", "林八議員"), ("speaker", "主席"),
    ]
    for roster in debate[2][2:4]:  # (three names joined by 、 and 及 are a list too)
        assert all(kind not in ("speaker", "heading") for kind, _, _ in roster[2])


def test_a_speakers_own_sentences_are_not_lead_phrases():
    turn = ("會議紀錄\n\n主席：請陳議員發言。\n\n"
            "陳大文議員：主席，今天辯論的是職業安全，各位同事都很關心這個問題。\n\n"
            "我知道時間不多，所以我長話短說。工人每天工作十多小時，意外不斷發生，政府必須正視。\n\n"
            "我們每個人也說保障職業安全。可是工時過長的問題一直沒有解決，勞工處的巡查也不足夠。\n")
    (_, _, children), = [n for n in tree(turn) if n[1] == "陳大文議員"]
    assert children == []  # not items: 我知道時間不多 is the speaker talking
    report = ("報告\n\n一、主要工作\n\n深化國企改革。今年完成了多家企業的重組整合，效益明顯提升，職工收入增加。\n\n"
              "非公有制經濟是我國經濟的重要組成部分。要鼓勵支持引導非公有制經濟發展，激發活力。\n")
    (_, _, items), = [n for n in tree(report) if n[1] == "一、主要工作"]
    assert [label for _, label, _ in items] == ["深化國企改革", "非公有制經濟是我國經濟的重要組成部分"]
