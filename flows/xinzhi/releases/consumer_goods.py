"""MIIT consumer-goods industry reports (消费品工业 column: 轻工业, 纺织, 食品, 医药, 家电 …
运行情况): value added by industry, outputs (纱, 布, 化学纤维, 家用电冰箱 …), revenue, profits,
margin and loss ratio, retail sales, consumer prices of medicines, exports of textiles, apparel and light-industry goods."""
from __future__ import annotations

from ..model import Article, Release
from .raw_materials import FINANCE, TRADE
from .release import parse_titled
from .vocabulary import Titles, Vocabulary

KIND = "consumer_goods"
PUBLISHER = "MIIT"
VOCABULARY = Vocabulary(
    PUBLISHER, KIND,
    families=("miit_va", "industrial_va", "output", "customs_export", "customs_trade", "retail_sales",
              "capacity_utilization", "light_products_growing", "light_products_growing_share", "miit_enterprises",
              "cpi", "trade_in"),
    metrics=FINANCE + TRADE + (("产能利用率", "capacity_utilization"),),
    counts=(("轻工", "light_products_growing"),),
    parser_version="miit-consumer-goods/1.7.41")

TITLES = Titles(r"(消费品工业|轻工业|轻工|纺织工业|纺织|服装|食品工业|食品|医药工业|医药|家电|家用电器|造纸|皮革|塑料|"
                r"电池|自行车|钟表|日用玻璃|陶瓷|酿酒|乳制品)(行业|工业)?(经济)?(运行情况|主要经济指标完成情况)")
matches_title = TITLES.match


def parse(article: Article) -> Release:
    return parse_titled(article, VOCABULARY, TITLES, "a consumer-goods industry title (…纺织行业运行情况)",
                        "consumer-goods industry")
