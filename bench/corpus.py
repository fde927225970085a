"""A reproducible synthetic corpus of plan explanations in the genre (seeded random, no network).

Each document follows the structure of real district plan explanations — sections, work methods
with visited parks and enterprises, dated phases, bottlenecks, opportunities and challenges,
goals, headed measures naming industries and zones, safeguards — with names drawn from pools, so
a corpus exercises discovery rather than the curated vocabulary.

    python -m bench.corpus 100 /tmp/corpus          # writes 100 synthetic plan files
    python -m bench.corpus 100 /tmp/corpus --real   # 100 real texts with other places and parks
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

DISTRICTS = [
    "黄浦区",
    "徐汇区",
    "长宁区",
    "静安区",
    "普陀区",
    "虹口区",
    "杨浦区",
    "闵行区",
    "宝山区",
    "嘉定区",
    "浦东新区",
    "金山区",
    "松江区",
    "青浦区",
    "奉贤区",
    "崇明区",
]
SYLLABLES = list(
    "临江滨河北湖东岚西岭南屿春申云栖金桥星港明珠泰和安澜锦绣瑞丰嘉禾启元恒通翔宇华信博远"
)
ZONE_SUFFIXES = [
    "科技园区",
    "创新示范区",
    "数字经济集聚区",
    "产业园区",
    "科创社区",
    "文创先行区",
    "金融集聚区",
    "生态谷",
]
INDUSTRIES = [
    ("人工智能产业", ["大模型产业", "智能机器人产业"]),
    ("生物医药产业", ["创新药产业", "高端医疗器械产业"]),
    ("金融服务业", ["绿色金融产业", "金融科技产业"]),
    ("专业服务业", ["知识产权服务产业", "检验检测认证产业"]),
    ("文化创意产业", ["数字创意产业", "电子竞技产业"]),
    ("商贸服务业", ["跨境电商产业", "首店经济产业"]),
    ("数据智能产业", ["大数据产业", "区块链产业"]),
    ("生命健康产业", ["数字健康产业", "医疗器械产业"]),
]
VERBS = ["培育壮大", "做强", "提升", "加快发展", "打造"]
BODIES = [
    "建设{zone},重点发展{sub}和{sub2},推动产业链上下游协同,集聚一批具有核心竞争力的龙头企业和专精特新企业",
    "依托{zone}完善公共服务平台和应用场景,发展{sub},促进技术创新与产业融合,形成特色鲜明的产业集群",
    "以{zone}为主要载体,聚焦{sub}和{sub2},加强政策支持和要素保障,提升产业规模能级和国际竞争力",
]
BOTTLENECKS = [
    "龙头企业数量偏少,产业链带动作用不强",
    "创新资源转化不充分,成果本地产业化率有待提高",
    "产业空间分布不均衡,部分老旧载体更新滞后",
    "高端人才供给不足,人才吸引力有待增强",
    "产业载体资源开发不充分,低效用地亟待盘活",
    "新兴产业规模偏小,新动能培育急需加快",
]
OPPORTUNITIES = [
    "新一轮科技革命和产业变革深入演进",
    "长三角一体化发展纵深推进",
    "国际科技创新中心建设全面提速",
    "自贸试验区制度创新持续深化",
    "数字经济加快发展",
]
CHALLENGES = ["全球产业链供应链深度调整", "区域间产业竞争日趋激烈", "外部环境复杂多变"]
SAFEGUARDS = [
    "组织领导保障",
    "产业政策供给",
    "载体空间保障",
    "人才引育服务",
    "金融创新支持",
    "重大项目招商",
]
BODIES_GOV = ["区发展改革委", "区科委", "区商务委", "区财政局", "区投资促进办", "区规划资源局"]
CN = "一二三四五六七八九十"
TOPICS = [
    "产业",
    "数字经济",
    "科技创新",
    "现代服务业",
    "商贸",
    "金融",
    "文化创意产业",
    "生物医药产业",
    "人工智能产业",
    "专业服务业",
    "总部经济",
    "数据智能产业",
    "绿色低碳产业",
    "智能制造",
    "会展经济",
    "旅游产业",
    "体育产业",
    "夜间经济",
    "首发经济",
    "航运服务业",
    "新材料产业",
    "集成电路产业",
    "低空经济",
    "海洋经济",
    "人力资源服务业",
    "知识产权服务业",
    "检验检测产业",
    "跨境电商",
    "时尚消费",
    "健康服务业",
    "养老服务业",
    "教育服务业",
]


def _name(rng: random.Random, length: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(length))


def _list(items: list[str]) -> str:
    return "、".join(items)


def plan(rng: random.Random, index: int) -> str:
    """One plan; titles are unique per index (district × period × topic) as in a real corpus."""
    district = DISTRICTS[index % len(DISTRICTS)]
    fyp = 14 + (index // len(DISTRICTS)) % 2
    topic = TOPICS[(index // (2 * len(DISTRICTS))) % len(TOPICS)]
    short = district[:-1] if len(district) > 2 else district
    mark = "十" + CN[fyp - 11] + "五"
    year = 2019 + (fyp - 14) * 5
    zones = [_name(rng, 2) + rng.choice(ZONE_SUFFIXES) for _ in range(8)]
    firms = [
        _name(rng, rng.choice([2, 3]))
        + rng.choice(["科技", "银行", "证券", "生物", "咨询", "传媒"])
        for _ in range(9)
    ]
    chosen = rng.sample(INDUSTRIES, 6)
    months = sorted(rng.sample(range(1, 12), 5))
    title = f"{district}{topic}发展“{mark}”规划"
    lines = [
        f"《{title}》编制说明",
        "一、编制依据及目的",
        f"“{mark}”时期,是{short}推动高质量发展、建设现代化产业体系的关键时期。"
        f"根据《中共{district}委关于制定{district}国民经济和社会发展第{CN[fyp - 11]}个五年规划的建议》,编制《{title}》。"
        "规划系统回顾上一时期本区产业发展成效,研判面临的形势与环境,对发展目标、重点举措和保障措施作出统筹谋划。",
        "二、 主要工作方法",
        "1、资料数据收集。系统梳理国内外产业发展的新趋势、新特征,收集国家和本市相关产业政策文件与统计数据。",
        f"2、政府相关部门座谈。与{_list(rng.sample(BODIES_GOV, 4))}等部门开展深入交流,听取各部门意见。",
        f"3、重点园区走访。对{_list(zones[:4])}等产业园区进行走访调研,了解载体供给和企业集聚情况。",
        f"4、重点企业走访。对本区代表性企业进行走访调研,包括{_list(firms[:3])}等金融机构,{_list(firms[3:6])}等科技企业,"
        f"以及{_list(firms[6:])}等专业服务机构。",
        f"5、专家论证。邀请{_name(rng, 2)}产业经济研究院、{_name(rng, 2)}管理咨询有限公司等单位的专家,提出意见建议。",
        "三、 各阶段推进情况",
    ]
    for n, (label, m) in enumerate(
        zip(["前期研究", "规划起草", "专题汇报", "征求意见", "规划衔接"], months, strict=True)
    ):
        lines.append(
            f"{n + 1}、{label}:{year}年{m}月至{m + 1}月。开展相关工作,形成阶段成果,并多次进行交流研讨。"
        )
    prev = "十" + CN[fyp - 12] + "五"
    lines += [
        "四、 规划主要内容",
        f"“{prev}”时期,{district}产业规模持续扩大,产业结构加快优化;重点园区提质增效,创新生态日益完善;"
        "营商环境持续改善,产业发展基础更加牢固。",
        f"与此同时,{district}产业发展面临着{';'.join(rng.sample(BOTTLENECKS, 4))}等瓶颈问题。",
        f"展望“{mark}”时期,{district}产业发展面临着{_list(rng.sample(OPPORTUNITIES, 3))}的新机遇,"
        f"也面临着{_list(rng.sample(CHALLENGES, 2))}的重大挑战。",
        f"“{mark}”时期{short}产业的发展目标是到{year + 6}年,产业规模显著壮大,创新能力明显增强,"
        "现代化产业体系基本形成。",
        f"“{mark}”时期{short}产业发展的指导思想是:坚持以科技创新引领产业创新,深入实施创新驱动发展战略,"
        "着力优化产业功能布局,提升产业规模能级,积极培育和引进龙头企业,打造产业集群和产业生态,加大产业开放力度,"
        "推进业态模式创新,促进产业跨界融合发展,加快构建创新引领、融合发展、开放协同的现代化产业体系,"
        "为城区高质量发展和高品质生活提供强大产业支撑。",
        f"“{mark}”时期{short}产业发展的重点举措有:",
    ]
    measures = []
    for k, (industry, subs) in enumerate(chosen):
        body = rng.choice(BODIES).format(
            zone=zones[k + 2 if k + 2 < 8 else 7], sub=subs[0], sub2=subs[1]
        )
        extra = rng.choice(BODIES).format(zone=zones[k], sub=subs[1], sub2=subs[0])
        third = rng.choice(BODIES).format(zone=zones[(k + 5) % 8], sub=subs[0], sub2=subs[1])
        measures.append(
            f"{rng.choice(VERBS)}{industry}:{body}。{extra}。{third}。完善产业扶持政策,优化营商环境,"
            "加强统计监测和评估,推动项目早落地、早见效。"
        )
    lines.append("".join(measures))
    safe = rng.sample(SAFEGUARDS, 4)
    lines.append(
        f"“{mark}”产业发展的保障措施,从{'、'.join(safe[:3])}和{safe[3]}四个方面予以强化落实。"
    )
    lines.append(
        "规划实施过程中,将建立健全年度评估和动态调整机制,加强规划实施情况的跟踪分析,"
        "及时研究解决规划实施中出现的新情况新问题,确保各项目标任务落到实处。"
    )
    lines += ["", "留言咨询", "纠错", "您的姓名:*", "使用说明"]
    return "\n".join(lines) + "\n"


def write_corpus(n: int, folder: Path, seed: int = 2025) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for i in range(n):
        path = folder / f"plan-{i:05d}.txt"
        path.write_text(plan(rng, i), encoding="utf-8")
        paths.append(path)
    return paths


# -- a corpus of real texts ------------------------------------------------------------------------

REAL = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "real"
_PARK = re.compile(r"[\u4e00-\u9fff]{2}(?=产业园|科技园|园区|开发区|高新区|示范区|集聚区|产业基地)")


def _place_pools() -> dict[str, list[str]]:
    """Full division names by their last character (市, 区, 县, 省, …), sorted."""
    from builder.places import places

    pools: dict[str, list[str]] = {}
    for place in places():
        if len(place.name) >= 3:
            pools.setdefault(place.name[-1], []).append(place.name)
    return {suffix: sorted(names) for suffix, names in pools.items()}


def _places_in(text: str, pools: dict[str, list[str]]) -> list[str]:
    """The divisions ``text`` names, in order of first mention."""
    names = sorted((n for pool in pools.values() for n in pool), key=len, reverse=True)
    found = {m.group() for m in re.finditer("|".join(map(re.escape, names)), text)}
    return sorted(found, key=text.find)


def _renamings(
    found: list[str], replica: int, rng: random.Random, pools: dict[str, list[str]]
) -> dict[str, str]:
    """Every division in ``found`` → another of the same kind (and its short form → the other's);
    the first → the ``replica``-th of a fixed shuffle, so that replicas of one text name different
    places (and, mostly, have different titles)."""
    from builder.places import short_form

    out: dict[str, str] = {}
    for k, name in enumerate(found):
        pool = pools[name[-1]]
        order = random.Random(name).sample(pool, len(pool))
        other = order[replica % len(order)] if k == 0 else rng.choice(pool)
        out[name] = other
        if short_form(name) and short_form(other):
            out.setdefault(short_form(name), short_form(other))
    return out


def real_plan(
    text: str, found: list[str], replica: int, rng: random.Random, pools: dict[str, list[str]]
) -> str:
    """A real text with its places (``found`` in it) and park names changed; replica 0 is the
    text as published."""
    if replica == 0:
        return text
    renamings = _renamings(found, replica, rng, pools)
    if renamings:
        pattern = re.compile("|".join(map(re.escape, sorted(renamings, key=len, reverse=True))))
        text = pattern.sub(lambda m: renamings[m.group()], text)
    return _PARK.sub(lambda m: _name(rng, 2), text)


def write_real_corpus(n: int, folder: Path, seed: int = 2025) -> list[Path]:
    """``n`` plans made from the real texts of tests/fixtures/real/, round-robin, each replica
    with other place and park names: the size, structure and wording of real plans."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = sorted(REAL.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in sources]
    rng, pools = random.Random(seed), _place_pools()
    found = [_places_in(text, pools) for text in texts]
    paths = []
    for i in range(n):
        replica, k = divmod(i, len(sources))
        path = folder / f"{sources[k].stem}-{replica:04d}.txt"
        path.write_text(real_plan(texts[k], found[k], replica, rng, pools), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench.corpus",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("count", type=int, help="how many plan files to write")
    parser.add_argument("folder", type=Path, help="where to write them (created if missing)")
    parser.add_argument(
        "--real", action="store_true", help="replicate the real texts with other places"
    )
    args = parser.parse_args(argv)
    try:
        files = (write_real_corpus if args.real else write_corpus)(args.count, args.folder)
    except OSError as exc:
        print(f"bench.corpus: {args.folder}: {exc.strerror or exc}", file=sys.stderr)
        raise SystemExit(2) from None
    size = sum(f.stat().st_size for f in files) / 1e6
    print(f"wrote {len(files)} plans, {size:.1f} MB, to {args.folder}")


if __name__ == "__main__":
    main()
