"""MIIT raw-materials industry reports (原材料工业 column: 钢铁, 有色金属, 石化化工, 建材, 稀土 …
运行情况): value added, outputs, customs trade in products (出口钢材, 铜精矿进口), prices (CSPI,
spot and ex-works prices), and the revenue and profits of the industry or of CISA's key enterprises."""
from __future__ import annotations

from ..model import Article, Release
from .release import parse_titled
from .vocabulary import Titles, Vocabulary

KIND = "raw_materials"
PUBLISHER = "MIIT"
# MIIT's industry reports restate NBS value added and outputs beside their own industry groups.
FAMILIES = ("miit_va", "industrial_va", "output", "steel", "building_materials", "nonferrous", "customs_trade",
            "apparent_consumption", "miit_enterprises", "capacity_utilization")
# Metric words printed with the name they are of: a company group, an industry, a product.
FINANCE = (("营业收入利润率", "miit_margin"), ("主营业务收入利润率", "miit_margin"), ("主营收入利润率", "miit_margin"), ("销售利润率", "miit_margin"),
           ("平均利润率", "miit_margin"), ("资产总额", "miit_assets"), ("资产总计", "miit_assets"), ("资产", "miit_assets"),
           ("出口交货值", "miit_export_delivery"),
           ("利润率", "miit_margin"), ("营业收入", "miit_revenue"), ("销售收入", "miit_revenue"),
           ("主营业务收入", "miit_revenue"), ("营业成本", "miit_cost"), ("利润总额", "miit_profit"),
           ("利润", "miit_profit"), ("亏损面", "miit_loss_ratio"), ("固定资产投资", "fai"),
           ("平均用工人数", "miit_employment"), ("用工人数", "miit_employment"),
           ("投资", "fai"))        # '有色金属冶炼和压延加工业投资增长25.3%'

TRADE_TOTAL = (("货物贸易进出口总额", "customs_trade"), ("进出口贸易总额", "customs_trade"), ("进出口总额", "customs_trade"))
TRADE = TRADE_TOTAL + (("出口", "customs_export"), ("进口", "customs_import"))
PRICES = (("现货均价", "price"), ("现货平均价格", "price"), ("平均出厂价格", "price"), ("出厂价格", "price"), ("平均价格", "price"),
          ("出厂价", "price"), ("均价", "price"), ("价格", "price"))
VOCABULARY = Vocabulary(PUBLISHER, KIND, families=FAMILIES, metrics=FINANCE + TRADE + PRICES,
                        counts=(("建材", "building_products_growing"),),
                        parser_version="miit-raw-materials/2.6.41")

TITLES = Titles(r"(原材料|钢铁|有色金属|有色|石化化工|石油和化工|石化|化工|建材|建筑材料|稀土|铜|铝|铅锌|黄金|水泥|平板玻璃|"
                r"光伏压延玻璃|玻璃)(工业|行业)?(经济)?运行情况")
matches_title = TITLES.match


def parse(article: Article) -> Release:
    return parse_titled(article, VOCABULARY, TITLES, "a raw-materials industry title (…钢铁行业运行情况)",
                        "raw-materials industry")
