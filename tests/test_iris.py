from __future__ import annotations

from builder.iris import Minter, slug
from builder.model import EntityKey

M = Minter("https://w3id.org/plankg/")


def test_shared_entities_are_not_scoped() -> None:
    a = M.entity(EntityKey("Zone", "市北高新区"))
    assert a == "https://w3id.org/plankg/zone/市北高新区"


def test_plan_elements_are_scoped_by_plan() -> None:
    iri = M.entity(EntityKey("Phase", "前期研究", "静安区产业发展“十四五”规划"))
    assert iri == "https://w3id.org/plankg/plan/静安区产业发展十四五规划/phase/前期研究"


def test_slug_is_safe_and_bounded() -> None:
    assert slug("罗兰贝格国际管理咨询(上海)有限公司") == "罗兰贝格国际管理咨询(上海)有限公司"
    long = slug("产业发展能级不高,龙头企业引领尚待加强;" * 4)
    assert len(long) <= 60 and " " not in long and "," not in long
    assert slug("产业发展能级不高,龙头企业引领尚待加强;" * 4) == long


def test_base_is_configurable() -> None:
    other = Minter("https://example.org/kg")
    assert (
        other.entity(EntityKey("Industry", "金融服务业"))
        == "https://example.org/kg/industry/金融服务业"
    )
