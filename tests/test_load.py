"""Stage 1: decoding, HTML pages, page chrome, bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder import load, vocab
from builder.errors import InputError

from .conftest import SEED

VOCAB = vocab.load()


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _lines(tmp_path: Path, text: str, name: str = "p.txt") -> list[str]:
    """The lines of ``text`` as loading leaves them."""
    return load.load(_write(tmp_path, name, text.encode()), VOCAB).text.split("\n")


def test_seed_footer_is_dropped() -> None:
    doc = load.load(SEED, VOCAB)
    assert doc.text.endswith("六个方面予以强化落实。")
    for chrome in ("留言咨询", "纠错", "您的姓名", "使用说明"):
        assert chrome not in doc.text


@pytest.mark.parametrize(
    ("banner", "footer"),
    [
        ("无障碍", "上一篇:关于印发《临江市促进民营经济发展若干措施》的通知"),
        ("长者模式", "下一篇:临江市召开智能制造推进大会"),
        ("关怀版", "相关文章:临江市召开智能制造推进大会"),
        ("English", "本页面由临江市人民政府主办 网站标识码:3301000001"),
    ],
)
def test_a_sites_banner_links_to_other_pages_and_sponsor_line_are_chrome(
    tmp_path: Path, banner: str, footer: str
) -> None:
    lines = _lines(
        tmp_path,
        f"临江市人民政府门户网站 {banner}\n临江市智能制造发展规划\n一、重点任务\n"
        f"1.推进无障碍环境建设。支持企业发展工业机器人整机。\n{footer}\n",
    )
    assert lines == [
        "临江市智能制造发展规划",
        "一、重点任务",
        "1.推进无障碍环境建设。支持企业发展工业机器人整机。",
    ]


def test_a_footer_that_repeats_the_text_before_it_is_dropped(tmp_path: Path) -> None:
    opening = "现在,我代表省人民政府,向大会报告工作,请予审议,并请省政协委员提出意见,请予审议。"
    lines = _lines(
        tmp_path,
        f"临江省政府工作报告\n各位代表:\n{opening}\n一、主要任务\n推进创新。\n"
        f"责任编辑:\n李某\n相关附件>>\n临江省政府工作报告\n各位代表:{opening}\n",
    )
    assert lines[-1] == "推进创新。"
    for editor in ("【责任编辑:李某】", "(责任编辑:李某)", "责任编辑 李某"):
        lines = _lines(
            tmp_path,
            f"临江省政府工作报告\n各位代表:\n{opening}\n一、主要任务\n推进创新。\n{editor}\n"
            f"各位代表:{opening}\n",
        )
        assert lines[-1] == "推进创新。"


def test_a_documents_closing_record_is_dropped(tmp_path: Path) -> None:
    lines = _lines(
        tmp_path,
        "临江市支持创新药发展的若干措施\n一、支持研发\n1.加大研发补助。给予最高1000万元补助。\n"
        "临江市人民政府\n2025年4月1日\n抄送:市委各部门,市人大常委会办公厅,市政协办公厅。\n"
        "临江市人民政府办公室 2025年4月2日印发\n",
    )
    assert lines[-1] == "2025年4月1日"
    for record in ("抄送:市委各部门。\n", "白水县人民政府办公室2025年4月2日印发\n"):
        lines = _lines(tmp_path, "临江市措施\n一、支持研发\n1.加大研发补助。\n" + record)
        assert lines[-1] == "1.加大研发补助。"  # with no signature's date above it


def test_a_sentence_broken_around_a_phrase_in_bold_is_one_line(tmp_path: Path) -> None:
    lines = _lines(
        tmp_path,
        "临江省政府工作报告\n今年经济社会发展的\n主要预期目标\n是:地区生产总值增长5%左右。\n"
        "二、主要任务\n是:\n",
    )
    assert "今年经济社会发展的主要预期目标是:地区生产总值增长5%左右。" in lines
    assert lines[-2:] == ["二、主要任务", "是:"]  # a heading's line is no phrase in bold
    lines = _lines(tmp_path, "临江省政府工作报告\n今年的\n主要预期目标\n为:经济增长5%左右。\n")
    assert "今年的主要预期目标为:经济增长5%左右。" in lines


def test_a_paragraph_a_page_break_cut_inside_a_word_is_one_line(tmp_path: Path) -> None:
    lines = _lines(
        tmp_path,
        "临江省政府工作报告\n一、过去一年工作回顾\n"
        "我们也清醒看到,经济社会发展中还存在不少困难和问题。经济下行压力加大,财政收支矛盾较大,经\n\n"
        "济金融风险隐患不容忽视。环境污染形势依然严峻。\n"
        "二、今年工作总体部署\n做好今年工作,要坚持稳中求进工作总基调\n三、主要任务\n",
    )
    assert "财政收支矛盾较大,经济金融风险隐患不容忽视。环境污染形势依然严峻。" in lines[2]
    assert "二、今年工作总体部署" in lines and "三、主要任务" in lines  # short lines stay apart


def test_a_sentence_broken_around_a_quoted_or_bold_phrase_is_one_line(tmp_path: Path) -> None:
    """A line never opens with a closing mark (,”。) nor ends with an opening one (“《): the page
    broke the sentence around a phrase set apart."""
    lines = _lines(
        tmp_path,
        "临江省政府工作报告\n这五年,我们坚定不移践行\n以人民为中心发展思想\n,在推进共享中提高生活水平。\n"
        "坚决做到“\n两个维护\n”,以实干践行使命。\n二、“\n十四五\n”时期发展的总体思路\n"
        "(五)转型升级成效明显。科技创新能力跃居\n全国前列\n。新增高新技术企业2200家。\n",
    )
    assert lines[1:] == [
        "这五年,我们坚定不移践行以人民为中心发展思想,在推进共享中提高生活水平。",
        "坚决做到“两个维护”,以实干践行使命。",
        "二、“十四五”时期发展的总体思路",
        "(五)转型升级成效明显。科技创新能力跃居全国前列。新增高新技术企业2200家。",
    ]
    members = _lines(tmp_path, "临江镇减量化工作方案\n召集人\n:\n镇长\n成员单位\n:\n党政办公室\n")
    assert members[1:] == ["召集人:", "镇长", "成员单位:", "党政办公室"]  # a label's colon


def test_a_photos_caption_is_dropped(tmp_path: Path) -> None:
    lines = _lines(
        tmp_path,
        "2026年临江省政府工作报告\n省长某某作政府工作报告。临江日报全媒体记者 刘某 摄\n各位代表:\n",
    )
    assert lines == ["2026年临江省政府工作报告", "各位代表:"]
    lines = _lines(
        tmp_path,
        "2026年临江省政府工作报告\n省长某某作政府工作报告。(临江日报通讯员 刘某 摄)\n各位代表:\n",
    )
    assert lines == ["2026年临江省政府工作报告", "各位代表:"]
    heading = "(二)打造影视摄影和外景拍摄"
    assert heading in _lines(tmp_path, f"临江区文化发展规划\n{heading}\n建设影视基地。\n")


@pytest.mark.parametrize("codec", ["utf-8-sig", "gb18030", "gbk"])
def test_other_encodings_give_the_same_text(tmp_path: Path, codec: str) -> None:
    plain = load.load(SEED, VOCAB)
    encoded = SEED.read_text(encoding="utf-8").encode(codec)
    other = load.load(_write(tmp_path, f"seed-{codec}.txt", encoded), VOCAB)
    assert other.text == plain.text


def test_crlf_and_fullwidth_punctuation_are_normalised(tmp_path: Path) -> None:
    path = _write(tmp_path, "p.txt", "一、目标\r\n到2025年，建成示范区。\r\n".encode())
    assert load.load(path, VOCAB).text == "一、目标\n到2025年,建成示范区。"


def test_an_opening_bracket_alone_on_a_line_goes_with_the_next(tmp_path: Path) -> None:
    text = "二、工作回顾\n（\n三）改革开放持续深化、互促共进。\n“一表通”走在全国前列。\n"
    path = _write(tmp_path, "p.txt", text.encode())
    assert load.load(path, VOCAB).text.split("\n")[1] == "(三)改革开放持续深化、互促共进。"


def test_note_numbers_inside_a_sentence_are_dropped_but_a_tables_row_numbers_stay(
    tmp_path: Path,
) -> None:
    text = (
        "一、发展基础\n　　加快实现老城市新活力、“四个出新出彩”\n\n1\n\n，进一步增强城市能级。"
        "生产性服务业\n5\n增加值比重提升至59.0%。\n"
        "二、主要指标\n序号\n指标名称\n1\n新增功能性机构（五年累计）\n家\n力争1300亿元\n"
        "2\n创建特色空间载体（五年累计）\n家\n"
    )
    lines = _lines(tmp_path, text)
    assert lines == [
        "一、发展基础",
        "加快实现老城市新活力、“四个出新出彩”,进一步增强城市能级。生产性服务业增加值比重提升至59.0%。",
        "二、主要指标",
        "序号",
        "指标名称",
        "1",  # the table's row numbers stay
        "新增功能性机构(五年累计)",
        "家",
        "力争1300亿元",
        "2",
        "创建特色空间载体(五年累计)",
        "家",
    ]


def test_html_page_gives_body_text_without_chrome(tmp_path: Path) -> None:
    body = "".join(
        f"<p>{line}</p>" for line in SEED.read_text(encoding="utf-8").splitlines() if line
    )
    page = (
        '<html><head><meta charset="gbk"><title>t</title><script>var x="留言咨询";</script></head>'
        '<body><div class="nav">首页 > 政务公开 > 规划</div>'
        f'<div id="zoom">{body}</div><div class="foot">版权所有 ICP备</div></body></html>'
    )
    path = _write(tmp_path, "seed.html", page.encode("gbk"))
    assert load.load(path, VOCAB).text == load.load(SEED, VOCAB).text


def test_breadcrumb_and_meta_lines_are_dropped(tmp_path: Path) -> None:
    text = "首页 > 政务公开 > 规划信息\n发布时间:2025-03-01 来源:区商务委 字号:大 中 小\n一、总体要求\n到2025年,建成示范区。"
    doc = load.load(_write(tmp_path, "p.txt", text.encode()), VOCAB)
    assert doc.text == "一、总体要求\n到2025年,建成示范区。"


def test_a_toolbar_copied_one_button_a_line_is_dropped(tmp_path: Path) -> None:
    text = (
        "下载\n打印\n全屏\n收藏\n【字号:\n加大\n还原\n减小\n】\n2026年政府工作报告\n时间:2026-02-02\n"
        "【字体:\n大\n中\n小\n】\n2026-02-03 09:02:33\n时间:2026年3月至6月,完成排查。\n各位代表:"
    )
    doc = load.load(_write(tmp_path, "p.txt", text.encode()), VOCAB)
    assert doc.text == "2026年政府工作报告\n时间:2026年3月至6月,完成排查。\n各位代表:"


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b" \n\n ", "empty file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("controls.txt", b"abc\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f" * 20, "binary file"),
        ("bad-bom.txt", b"\xef\xbb\xbf\xff\xfe plan", "not valid utf-8"),
        ("latin.txt", bytes(range(0x80, 0xFF)) * 3, "cannot decode"),
        ("chrome.txt", "留言咨询\n纠错\n您的姓名:*\n".encode(), "no plan text"),
    ],
)
def test_bad_input_names_file_and_problem(
    tmp_path: Path, name: str, data: bytes, problem: str
) -> None:
    path = _write(tmp_path, name, data)
    with pytest.raises(InputError) as caught:
        load.load(path, VOCAB)
    assert str(path) in str(caught.value)
    assert problem in str(caught.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load.load(tmp_path / "nope.txt", VOCAB)


def _wrapped(paragraph: str, width: int = 20) -> list[str]:
    """A paragraph as a PDF copy gives it: indented by two, broken every `width` characters."""
    text = "  " + paragraph
    return [text[i : i + width] for i in range(0, len(text), width)]


def test_a_pdf_copys_wrapped_lines_and_page_numbers_are_read_as_paragraphs(
    tmp_path: Path,
) -> None:
    first = "京津冀协同发展走深走实。建立京津冀党政主要领导协商机制,形成推动协同发展强大合力。" * 5
    second = (
        "首都发展面临前所未有的历史机遇。全球数字经济标杆城市和国际绿色经济标杆城市引领带动作用不断增强。"
        * 4
    )
    item = "———更加注重增进民生福祉。顺应人民群众对美好生活的新期待。"
    # a sentence that ends where a full line does: the paragraph goes on in the next full line
    third = (
        "经济高质量发展实现新跃升"
        + "经济运行稳中有进"[:1] * 25
        + "。"
        + "新质生产力加速发展," * 4
        + "。"
    )
    assert _wrapped(third)[1].endswith("。")
    lines = ["第二章 准确把握“十五五”时期的重要地位", *_wrapped(first)]
    lines += ["— 6 —", *_wrapped(second), *_wrapped(third), "二、主要目标", item]
    lines.insert(4, "现 代 化 教 育 体 系 加 快 构 建,普 惠 性")
    doc = load.load(_write(tmp_path, "p.txt", "\n".join(lines).encode()), VOCAB)
    got = doc.text.split("\n")
    assert got[0] == "第二章 准确把握“十五五”时期的重要地位"
    assert (
        got[1].startswith("京津冀协同发展走深走实。") and "现代化教育体系加快构建,普惠性" in got[1]
    )
    assert got[2:] == [second, third, "二、主要目标", item]


def test_a_pdf_copy_without_indents_keeps_its_paragraphs_apart(tmp_path: Path) -> None:
    """A copy that lost the paragraphs' indents: a paragraph whose last line ends a sentence short
    of the width ends there, though the lines joined before it make a long paragraph; a line
    that opens with a decimal (1.84万元) goes on; a heading with its text run in goes on."""
    review = "全体城乡居民人均收入分别达到2.7万元和1.84万元,经济社会发展态势总体平稳向好。"
    heading = "(一)着力提振市场信心,经济稳进向好。政策效应加快显现,争取中央预算内投资资金五十亿元。"
    plain = "实施城市更新行动,加快推进老旧小区改造和完整社区建设,提升城市功能品质和人居环境。"
    paragraphs = [review, heading, plain] * 3
    lines = [p[i : i + 20] for p in paragraphs for i in range(0, len(p), 20)]
    assert lines[1].startswith("1.84") and lines[-2].endswith("人居环境")
    assert lines[lines.index(plain[:20]) - 1] == "十亿元。"  # a short line ends the heading's text
    doc = load.load(_write(tmp_path, "p.txt", "\n".join(lines).encode()), VOCAB)
    assert doc.text.split("\n") == paragraphs


def test_text_with_a_paragraph_to_a_line_is_not_joined(tmp_path: Path) -> None:
    """Headings and lines that end no sentence (a responsible body's brackets) stay apart."""
    lines = ["一、主要任务"]
    for n in range(14):
        lines += [
            f"({n + 1})加强第{n}项工作",
            f"推进第{n}项设施建设,完善配套服务。(市发展改革委负责)",
        ]
    text = "\n".join(lines)
    assert load.load(_write(tmp_path, "p.txt", text.encode()), VOCAB).text == text


def test_a_sites_menu_after_the_signature_date_is_dropped_but_an_annex_is_kept(
    tmp_path: Path,
) -> None:
    body = (
        "临江市商务局关于做好家电以旧换新工作的通知\n一、做好政策衔接\n"
        "各区要加强统筹协调,做好本地区现有家电以旧换新政策的有效衔接,精心组织好相关工作。\n"
        "临江市商务局\n2024年8月24日\n"
    )
    menu = "商务热点\n学习宣传贯彻党的二十大精神\n中国国际进口博览会\n国际消费中心城市培育建设\n"
    notice = load.load(_write(tmp_path, "notice.txt", (body + menu).encode()), VOCAB)
    assert notice.text.rstrip().endswith("2024年8月24日")
    assert "中国国际进口博览会" not in notice.text
    annex = "附件:重点任务分工表\n序号 任务 责任单位\n1 做好政策衔接 市商务局\n"
    plan = load.load(_write(tmp_path, "plan.txt", (body + annex).encode()), VOCAB)
    assert "做好政策衔接 市商务局" in plan.text


def test_a_markdown_copys_front_matter_and_heading_marks_are_dropped(tmp_path: Path) -> None:
    text = (
        "---\n标题: 关于印发临江市实施方案的通知\n发布日期: 2024-11-21\n状态: 有效\n---\n"
        "# 关于印发临江市实施方案的通知\n## 一、重点任务\n到2025年,建成示范区。\n---\n"
    )
    doc = load.load(_write(tmp_path, "p.md", text.encode()), VOCAB)
    assert doc.text == "关于印发临江市实施方案的通知\n一、重点任务\n到2025年,建成示范区。\n---"


def test_a_markdown_copys_bold_marks_and_download_footer_are_dropped(tmp_path: Path) -> None:
    text = (
        "# 关于印发临江区创新区建设方案的通知\n**临江区创新区建设方案**\n**一、主要目标**\n"
        "到2027年,建成**示范区**。\n【原文下载】\n- [建设方案.pdf](/cmsres/a.pdf)\n"
    )
    doc = load.load(_write(tmp_path, "p.md", text.encode()), VOCAB)
    assert doc.text == (
        "关于印发临江区创新区建设方案的通知\n临江区创新区建设方案\n一、主要目标\n到2027年,建成示范区。"
    )


def test_the_copiers_notes_after_the_front_matter_are_dropped(tmp_path: Path) -> None:
    text = (
        "---\n标题: 关于印发临江市实施方案的通知\n状态: 有效\n---\n"
        "> 本文正文由脚本自官方公开页面提取,仅供检索查阅。\n"
        "> 依《中华人民共和国著作权法》第五条第一项,行政性质的文件不适用著作权法。\n"
        "# 关于印发临江市实施方案的通知\n> 引用的一句原文。\n"
    )
    doc = load.load(_write(tmp_path, "p.md", text.encode()), VOCAB)
    assert (
        doc.text == "关于印发临江市实施方案的通知\n> 引用的一句原文。"
    )  # the body's own quote stays


def test_a_text_that_opens_with_a_rule_but_no_fields_keeps_its_lines(tmp_path: Path) -> None:
    text = "---\n一、总体要求\n到2025年,建成示范区。\n---\n二、主要任务\n"
    doc = load.load(_write(tmp_path, "p.txt", text.encode()), VOCAB)
    assert doc.text.startswith("---\n一、总体要求")


def test_a_box_caption_set_one_part_a_line_is_joined(tmp_path: Path) -> None:
    text = (
        "第一节 全力稳住支柱产业\n打造万亿级汽车产业集群。做强整车制造。\n"
        "专栏\n2\n支柱产业发展重点领域、重点平台\n01\n汽车\n重点发展智能汽车。\n"
        "专栏\n4 \n未来\n产业\n发展\n重点领域、重点平台\n01\n具身智能\n"
    )
    doc = load.load(_write(tmp_path, "p.txt", text.encode()), VOCAB)
    lines = doc.text.split("\n")
    assert "专栏2 支柱产业发展重点领域、重点平台" in lines
    assert "专栏4 未来产业发展重点领域、重点平台" in lines
    assert lines[-2:] == ["01", "具身智能"]


def test_a_task_lists_row_numbers_are_no_note_marks(tmp_path: Path) -> None:
    text = (
        "一、主要任务\n推进片区更新。\n序号\n工作任务\n推进单位\n行动一:再造发展新极行动(综合区域焕新行动)\n"
        "1\n“一江一河”地区:重点推进东斯文里区域整体更新。\n区规划资源局、区建设管理委\n2\n推进走马塘片区规划研究\n"
    )
    lines = _lines(tmp_path, text)
    assert lines[lines.index("行动一:再造发展新极行动(综合区域焕新行动)") + 1] == "1"
    assert "2" in lines
    # notes numbered one after another are still dropped, also below a table with a 序号 column
    notes = (
        "序号\n指标\n1\n地区生产总值增长(%)\n2\n全员劳动生产率增长(%)\n第二章 主要任务\n"
        "打造万亿级汽车产业集群。聚焦“三横、三纵”\n16\n,推动集群提质扩量。\n做强整车制造能力\n17\n、车规级芯片配套。\n"
    )
    lines = _lines(tmp_path, notes, "q.txt")
    assert "打造万亿级汽车产业集群。聚焦“三横、三纵”,推动集群提质扩量。" in lines
    assert "做强整车制造能力、车规级芯片配套。" in lines


def test_a_parts_title_in_two_phrases_on_two_lines_is_one_line(tmp_path: Path) -> None:
    text = (
        "第十一篇 优化发展格局\n大力促进城乡融合区域协调\n城乡融合与区域协调发展是推动高质量发展的必然要求。\n"
        "第一章 扎实推进乡村全面振兴\n坚持大城市带动大京郊。\n第十二篇 提升城市治理效能\n第一章 全面提升规划水平\n"
    )
    lines = _lines(tmp_path, text)
    assert lines[0] == "第十一篇 优化发展格局 大力促进城乡融合区域协调"
    assert "第十二篇 提升城市治理效能" in lines  # a chapter's heading after it is no second phrase


def test_a_box_caption_wrapped_inside_a_word_or_a_quotation_is_joined(tmp_path: Path) -> None:
    text = (
        "一、主要任务\n加快建设。\n专栏\n8\n综合交通枢纽提升行\n动\n01\n航运项目\n建设港区五期工程。\n"
        "专栏\n6\n“\n5+2+4\n”国际知名商圈建设行动\n01\n5个世界级地标商圈\n"
    )
    lines = _lines(tmp_path, text)
    assert "专栏8 综合交通枢纽提升行动" in lines
    assert "专栏6 “5+2+4”国际知名商圈建设行动" in lines
    assert lines[-2:] == ["01", "5个世界级地标商圈"]
    # a table's header cells after a caption (序号, 类别) and a box's item number stay lines
    text = '专栏\n1\n城市更新重点项目\n序号\n项目名称\n专栏\n6\n“一江两岸"滨水空间提升行动\n01\n滨江公园\n'
    lines = _lines(tmp_path, text, "q.txt")
    assert lines[:2] == ["专栏1 城市更新重点项目", "序号"]
    assert lines[-2:] == ["01", "滨江公园"]
    lines = _lines(tmp_path, "专栏\n5\n关键核心技术攻关\n行动\n01\n人工智能\n加快研发。\n", "r.txt")
    assert lines[:3] == ["专栏5 关键核心技术攻关行动", "01", "人工智能"]  # its head word wrapped


def test_a_name_a_layout_broke_around_its_dash_is_one_line(tmp_path: Path) -> None:
    lines = [
        "一、重点功能区",
        "环王子山",
        "—",
        "九龙湖生态文旅协作示范区",
        "加强与周边城市旅游合作,推动旅游景区联动发展。",
        "指标 属性 2030年",
        "预期性",
        "—",
        "90%",
        "消除老旧小区手拎马桶",
        "—",
        "基本消除",
    ]
    doc = load.load(_write(tmp_path, "p.txt", "\n".join(lines).encode()), VOCAB)
    got = doc.text.split("\n")
    assert got[1] == "环王子山—九龙湖生态文旅协作示范区"
    assert got[4:] == lines[6:]  # a table's empty cells stay apart


def test_a_pdf_copys_heading_that_fills_its_line_goes_on_in_the_short_line_after_it(
    tmp_path: Path,
) -> None:
    """ "(二)大力推进…湖北优势" fills the page's line and "的现代化产业体系。" ends it; a heading
    short of the width stays on its own line."""
    body = (
        "遵循科技创新规律、产业发展规律和现代金融规律,坚持需求牵引和问题导向,加快构建现代化产业体系。"
        * 6
    )
    long_heading = "(二)大力推进科技创新和金融创新深度融合"  # 20 characters: the page's width
    assert len(long_heading) == 20
    lines = [
        *_wrapped(body),
        long_heading,
        "发展。",
        *_wrapped(body),
        "(三)推进改革",
        *_wrapped(body),
    ]
    doc = load.load(_write(tmp_path, "p.txt", "\n".join(lines).encode()), VOCAB)
    got = doc.text.split("\n")
    assert long_heading + "发展。" in got
    assert "(三)推进改革" in got


def test_a_tables_cells_a_line_each_are_no_wrapped_page(tmp_path: Path) -> None:
    """Many cells of one length (金汇港东侧、南奉公路南侧绿地建设) look like a page's wrapped lines;
    a page's line is longer, so each cell stays a line of its own."""
    rivers = (
        "金汇港 白沙港 太保港 龙泉港 南竹港 胜利港 大寨河 沿港河 航塘港 朱家港 尤望港 肖塘港 柘沥港"
    )
    rows = []
    for n, river in enumerate(rivers.split(), 1):
        rows += [str(n), f"{river}东侧、南奉公路南侧绿地建设", f"位于{river}东侧", "3.16", "需动迁"]
    lines = [
        "临江区关于加快推进公园城市建设的实施意见",
        "附件2",
        "公园绿地重点建设计划表",
        "序号",
        *rows,
    ]
    doc = load.load(_write(tmp_path, "p.txt", "\n\n".join(lines).encode()), VOCAB)
    assert doc.text.split("\n") == lines


def test_a_narrow_pages_wrapped_lines_are_joined_even_where_a_comma_opens_one(
    tmp_path: Path,
) -> None:
    """A page 17 characters wide (a column of a two-column PDF) is still a page; a line that opens
    with a comma after a full line is a wrapped line, not a phrase set apart."""
    first = (
        "加快发展集成电路产业和生物医药产业,推动临江经济开发区扩区提质,培育一批专精特新企业。" * 3
    )
    second = "大力发展软件和信息技术服务业,推进滨江中央商务区建设,推动现代物流业深度融合发展。" * 3
    lines = ["临江市推进产业高质量发展行动方案", "一、主要任务", *_wrapped(first, 17)]
    lines += ["二、保障措施", *_wrapped(second, 17)]
    doc = load.load(_write(tmp_path, "p.txt", "\n".join(lines).encode()), VOCAB)
    assert doc.text.split("\n")[1:] == ["一、主要任务", first, "二、保障措施", second]
