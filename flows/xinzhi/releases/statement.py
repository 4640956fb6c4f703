"""MIIT statements of progress (news, the annual work conference, press conferences): the
interview's theme metrics, each with how its wording qualifies it and what evidence it is.

The forms read (N, M, X stand for numbers; STRUCTURE.md 2.6):
  截至目前，全国工业5G专网项目超过N万个、5G工厂超过M家        a name, a qualifier, a number (listed with 、)
  累计建成N余家先进级、M余家卓越级智能工厂                   the number before the name; names share a suffix
  5G融入97个国民经济大类中的N个                              a count out of a fixed universe
  人工智能核心产业超过万亿元                                 a bare magnitude (1 万亿元, over)
  数字化研发设计工具普及率、关键工序数控化率分别达到X%和Y%    paired figures
  新能源汽车新车销量达N万辆、同比增长X%                      a figure and its growth
  千兆宽带用户达N亿户，占所有宽带用户X%                      a share of the figure just read
  预计2025年全年，…分别同比增长X%和Y%左右                    a forecast: stored, never scored
A clause with a number that names nothing in the catalogue is skipped and listed, never guessed.

Periods: 截至N月底 is that month; 截至目前 / 目前 the statement's month. Under a year in force
(2025年，…) a stock (factories, networks …) is at that year's end and a flow (sales, growth) is
the year; when the statement comes from inside that year, a stock is at the statement's month and
a flow is the year to date through the month before, unless the statement reviews the year from its
last weeks (from 15 December: the work conference), when a flow is the year's. A flow with no year at
all is not stored.
"""
from __future__ import annotations

import calendar
import os
import re
from datetime import date
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .. import catalogue
from ..catalogue import Indicator
from ..cn import (BARE_MAGNITUDE, CHANGE_RE, COUNTING_UNITS, DAY_SPAN, bound_of, PERIOD_PATTERNS, QUANTITY_RE, Period, Quantity, find_period, fold, parse_change,
                  tenths, parse_quantity, unit_factor)
from ..model import Article, Observation, Release
from .. import register
from . import named, selfcheck
from .comparisons import _AGGREGATE_NOISE, NATIONAL, share_change_measure
from . import consumer_goods, equipment, raw_materials, targets

KIND = "statement"
PUBLISHER = "MIIT"
PARSER_VERSION = "miit-statement/1.58.0"
# Where names are looked up: the theme metrics first, then the statistical series statements restate.
FAMILIES = ("industry_va_total", "mfg_innovation_centers", "g5_apps", "g5_factories", "g5_private_networks", "g5_virtual_networks",
            "g5a_cities", "gigabit_cities", "wanzhao_pilots", "g5_iip_projects", "compute_racks", "compute_pue", "smart_factories",
            "digital_rd_tools_rate", "nc_rate", "robot_density", "iip_platforms",
            "iip_devices", "iip_core_industry", "iip_identifiers", "iip_categories", "ai_core_industry",
            "ai_enterprises", "compute_intelligent", "compute_total", "compute_clusters", "storage_capacity", "green_factories",
            "green_parks", "solid_waste_utilization", "sme", "hightech_enterprises", "vehicles", "shipbuilding",
            "digital_industry_revenue", "digital_industry_profit", "telecom", "industrial_va", "industry_va_total",
            "software_revenue", "electronics_va", "fai", "industries_growing", "g5_factories_high_level",
            "green_factories_new", "g5_factories_new", "high_tech_zones", "advanced_mfg_clusters", "sme_clusters", "industrial_enterprises",
            "charging_infrastructure", "swap_stations", "digital_industry_employment", "aircraft", "gdp", "output",
            "sme_export_index", "sme_count", "capacity_utilization", "pmi", "sme_dev_index", "phone_shipments", "trade_in",
            "battery_recycling_volume", "water_reuse_rate", "solid_waste_use_all", "battery_installs", "internet_revenue",
            "internet_profit", "industries_growing_share", "lithium_battery_output", "pv_output", "electronics_fai",
            "price", "beidou_output", "drones", "iip_nodes", "recycled_nonferrous_output", "green_data_centers",
            "machinery_sales", "ai_models", "patents", "humanoid_robots", "internet_rd", "rd_top2500_enterprises",
            "iip_service_enterprises", "battery_output", "robots", "charging_infrastructure_new", "ev_charging_volume",
            "recycled_resources", "dt_promotion_centers",
            # the ministry's own industry series, when a statement restates them
            "miit_va", "miit_revenue", "miit_profit", "electronics_revenue", "rd_intensity", "export_delivery_value",
            # what statements of progress cite beside them
            "sme_finance", "energy_intensity", "water_intensity", "carbon_intensity", "lighthouse_factories", "pilot_platforms",
            "iip_va", "recycled_resources_collected", "recycled_resources_value", "recycled_nonferrous_output",
            "big_data_revenue", "digital_economy", "digital_core_va", "world", "solid_waste_utilization_volume",
            "innovation_demo_zones", "green_parks_new", "green_supply_chain", "green_supply_chain_new", "green_products",
            "green_products_new", "electronics_profit", "software_profit", "software_export", "miit_margin",
            "miit_export_delivery", "electronics_export_delivery", "retail_sales", "miit_enterprises",
            # groups whose share of the whole is a series of its own (十大重点行业增加值占比)
            "key_industries", "key_regions",
            # the raw-materials industries a ministry or an association states (粗钢日产, 五种钢材社会库存)
            "steel", "nonferrous", "building_materials")

# '在92种主要轻工产品中，有58种…': products counted in a group's own series, as its column's report counts them
# '在重点监测的主要产品中，': the products a count after it is of, no number of them printed
_AMONG_PRODUCTS = re.compile(r"(?:在|规模以上工业)[^,;]{0,10}?主要产品中,?\s*$")
_PRODUCT_GROUPS = consumer_goods.VOCABULARY.counts + equipment.VOCABULARY.counts + raw_materials.VOCABULARY.counts

# The families of value added: what a name said with 增加值 is looked up in.
_VALUE_ADDED = ("industrial_va", "industry_va_total", "miit_va", "electronics_va", "digital_core_va")

# Rates that are ratios over a span (a margin), not a state at a date (a penetration rate); so are shares of a flow
# (catalogue.is_flow_share).
_SPAN_RATES = ("industrial_margin", "miit_margin", "software_margin", "capacity_utilization", "sales_ratio")
# Ratios of a year's flows (研发经费占营业收入的比重): a year's, never a date's; said with no year, not stored.
_YEARLY_RATES = ("rd_intensity",)
# Industry's finance, read only when a statement names it with industry (resolve).
INDUSTRY_FINANCE = ("industrial_profit", "industrial_revenue", "industrial_margin")

# Topics a title may name for the whole page.
TITLE_TOPICS = ("工业互联网", "人工智能", "智能制造", "绿色制造", "算力", "5G", "数字产业")

# News columns the kind reads (the statistics columns are the other kinds'): 新闻发布 today, and the addresses the
# same columns had before (新闻动态 /xwdt/gxdt/sjdt/, /xwdt/szyw/; 在线访谈 /gzcy/zbft/ for press conferences), which
# old links and mirrors still carry; 政策解读 /zwgk/zcjd/, where a department's answers to reporters are also printed.
NEWS_PATHS = ("/xwfb/", "/xwdt/", "/gzcy/zbft/", "/zwgk/zcjd/")

# '比上年同期增加0.6万家', '同比增加…': a change on the same date a year before (of a stock too)
_SAME_DATE = re.compile(r"同比|(?:比|较)上年同(?:期|月)")
# '在国内市场，…', '国内市场上，…': one market's figures (the series are the nation's, exports included)
_ONE_MARKET = re.compile(r"在?(?:国内|海外|国际|境外)市场(?:上|中|方面)?(?:[,，]|$)")
# What says progress again after a goal's '；' ('…；5G融合应用已融入…', '…；累计培育148家'): a date, a growth, 已, 累计
_PROGRESS_AGAIN = re.compile(r"累计|已|目前|截至|截止|同比|比上年|较上年|\d{4}年(?![底末])|上半年|前三季度|前\d{1,2}个月|\d{1,2}月")
# '已遴选', '已经累计建成': how many there are by now (the perfect), said before the count
_ALREADY = re.compile(r"(?<![而并])已(?:经)?(?![于在])")
# '5年来', '“十四五”以来', '近年来': years running to the day the page speaks (never '2020—2024年', '“十四五”期间')
_RUNNING_WINDOW = re.compile(r"以来|(?:[二两三四五六七八九十]|\d+|多)年来|近年来|近(?:[二两三四五六七八九十]|\d+)年")
# '为25.7%', '达到89.5': a value said with no name of its own
_BARE_VALUE = re.compile(r"(?:为|是|达到?)" + register.NUMBER + r"[^\d,;]{0,4}")
# '从中国中小企业协会发布的中小企业发展指数（SMEDI）看': what the figures after it are of (its abbreviation no part of it)
_VIEWED_FROM = re.compile(r"^\s*从(?P<name>[^,;]+?)(?:\([A-Za-z]+\))?(?:来)?看$")
_WINDOW = re.compile(r"(?P<start>20\d\d)年?(?:-|至|到)(?P<end>20\d\d)年")
_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]?")
_LATEST = re.compile(r"\s*(?:据|根据)?最新(?:的)?(?:监测|统计|数据|调查|测算)")
_NOW = re.compile(r"截至目前|截止目前|目前|当前|现已|至今|(?<=[省市区国])现有")
# '据行业测算，到2060年…需投入资金约20万亿元': an estimate of what a date will take, never a plan's target
_ESTIMATED = re.compile(r"据[^，,。；;]{0,10}?测算[，,]")
# (预期目标 is the target; '在政策预期带动下', '市场预期改善': expectations as a cause, no forecast)
# ('企业生产经营活动预期指数为54.0%': an index of expectations, never a forecast)
_FORECAST = re.compile(r"预计|(?<!政策|市场|心理|社会)预期(?!目标|带动|影响|改善|向好|转好|增强|提振|指数)|有望|(?<!不可)预测(?!值|模型|方法)")
# A plan's items after a colon ('…抓好新一轮重点行业稳增长工作方案落实：'): each goal holds past its '；'.
# ('《汽车行业稳增长工作方案（2025—2026年）》提出，2025年力争…；汽车制造业增加值同比增长6%左右': a plan's items,
# all goals to the sentence's end)
_PLAN_ITEMS = re.compile(r"(?:方案|规划|计划|目标|任务|下一步)[^。；;，,]*[：:]\s*$"
                         r"|《[^》]*(?:方案|规划|计划|意见)[^》]*》[，,]?(?:提出|明确|要求)[，,：:]?[^。；;]*$")
# A goal, not a figure reached: nothing after it in the sentence is read (力争到2025年，超70%的…).
# ('全省地区生产总值预期增长5.5%左右': the year's expected growth a government sets, its target)
_GOAL = re.compile(r"力争|(?<![超出的])预期(?:增长|增速)|(?<!\d年)(?<!\d年份)(?<!达)到20\d\d年(?:底|末)?(?![^，,；;。]{0,6}?的)(?![^，,；;。]{0,6}以来)|目标(?:是|为|[:：])|计划(?=到|于|在20|将|新建|建设|建成|完成|投资)|将(?:分批|逐步|持续|进一步)?(?:达到|建成|建设|推动|实现|支持|培育|打造)|" + targets.PLAN_FOLLOWED + r"|《[^》]*(?:方案|规划|计划|意见)[^》]*》(?:明确|提出|要求)|(?<![》\w])" + targets.PLAN_SAYS + r"(?![的了]|以来)|要(?:推动|实现|达到|保持|确保)|确保"
                   # '重庆将以地区生产总值增长5%以上为预期目标，…'; '比如安徽提出规上工业增加值增长7%左右' (a place's own aim)
                   r"|以(?=[^，,；;。]{2,30}?\d[^，,；;。]{0,12}?为(?:预期|主要|奋斗)?目标)"
                   r"|(?<![力争])将(?=[^，,；;。]{2,30}?\d[^，,；;。]{0,12}?作为(?:主要)?(?:预期|奋斗)?目标)"
                   r"|(?<=[\u4e00-\u9fff])提出(?=[^，,；;。]*?(?:增长|达到|超过)[^，,；;。]*?\d+(?:\.\d+)?%?(?:左右|以上))")
# Enterprises are counted in 户 or 家.
_COUNTER = re.compile(r"户")
# '到2022年末' is a deadline only while it is ahead: said after that year, it is a date (截至2022年末).
_PASSED = re.compile(r"到20\d\d年(?:底|末)")
_PASSED_DATE = re.compile(r"到(?=20\d\d年(?:底|末))")
# A period after 比 / 较 is the base of a comparison, not the period of the figures.
# '去年以来', '去年1—11月', '去年，…': the year before the page's named as a time (never a base: 比去年, 去年同期)
_LAST_YEAR = re.compile(r"(?<![比较与同于])(?:去年|上年)(?=以来|[,;]|$|全年|[一二三四]季度|前三季度|上半年|下半年|\d{1,2}(?:-\d{1,2})?月)")
_SPAN_SAID = re.compile(r"^(?:\d{1,2}-\d{1,2}月份?|\d{1,2}月份?|全年|上半年|前三季度|[一二三四]季度)")
_BASE = re.compile(r"(?:比|较|相比|同比|与)(?:\d{4}年|上年|去年)")
_UNIVERSE = re.compile(r"(?P<name>.*?)(?:融入|覆盖|应用于|拓展至|延伸至|进入)(?:了)?(?P<pre>[^\d，,；;]{0,6}?)(?P<uni>\d+)个"
                       r"(?P<what>[^，,；;\d]{2,12}?)中的(?P<n>\d+)个")     # also 融入国民经济97个大类中的91个
# The same without the universe ('5G行业应用已融入67个国民经济大类'): the count alone.
_REACH = re.compile(r"(?P<name>.*?)(?:融入|覆盖|涵盖|分布在|分布于|应用于|拓展至|延伸至|进入)(?:了)?(?P<n>\d+)个(?P<what>[^，,；;\d中]{2,12})$")
# '人工智能已渗透70%以上的业务场景', '覆盖超过98%的服务区': the share of a whole a name reaches
_REACH_SHARE = re.compile(r"(?P<name>[^，,；;]*?)(?:已经|已)?(?:全面|深度)?(?P<verb>覆盖|渗透|惠及|进入|分布在|应用于)了?(?:到)?"
                          r"(?P<pre>超过|近|约)?(?P<n>\d+(?:\.\d+)?)%(?P<post>以上|左右)?的(?P<what>[^，,；;\d]{2,14})$")
_FULL_COVER = re.compile(r"(?P<name>.*?)实现(?P<n>\d+)个(?P<what>[^，,；;\d]{2,8}?)全覆盖")
# '工业互联网覆盖全部41个工业大类': all of them too.
_COVER_ALL = re.compile(r"(?P<name>.*?)(?:覆盖|融入)了?(?:全部|所有)(?P<n>\d+)个(?P<what>[^，,；;。\d中]{2,8})[。；;，,]?$")
_SHARE = re.compile(r"(?P<about>约)?占(?!有率)(?P<den>[^，,；;]*?)的?(?:比重|比例)?(?P<about2>约)?均?(?:仍|继续|依然)?(?:为|达到|达|超过|突破|稳定在|保持在|接近|近|在)?(?=\d)")
# The names whose shares changed, said with the share's word ('造船完工量和手持订单量的国际市场份额')
_SHARES_OF = re.compile(r"(?P<names>.+?)的?(?:(?:国际|全球|世界)?市场(?:份额|占比|比重)?|份额|占比|比重)")
# A count an action is done to (对92家绿色工厂…变更名称, 将…132家…移出名单)
# (对欧盟出口…: trade; 将达到…, 将增长…: what is expected)
_ACTED_ON = re.compile(r"\s*(?:对|把|将(?!达|实现|突破|超过|增长|下降|保持|有望|进一步|继续|力争|新增|累计))"
                       r"(?![^,;，；\d]*(?:出口|进口))(?:此前|已经?|原|该)?[^,;，；\d]{0,10}?\d")
# '上半年A股新上市企业中，…占比超过80%': the whole a share after it is of
_WHOLE_BEFORE = re.compile(r"(?:20\d\d年|上半年|下半年|前三季度|[一二三四]季度|全年|\d{1,2}月份?)*"
                           r"(?P<whole>[^,;，；:：\d]{2,20}?)中[,，]\s*$")
# '第九批单项冠军中，…': the whole the shares after it in the sentence are of (never '其中')
_AMONG_SAID = re.compile(r"(?:^|[，,；;])\s*(?:在|从)?(?P<whole>[^，,；;。\d其]{2,20}?)中[，,]")
# '在所有移动电话用户中占比达65.9%': the share of the figure just read in a whole.
_SHARE_IN = re.compile(r"在(?P<den>[^，,；;]*?)中(?:所|的)?(?P<about2>约|近)?(?:占(?:的)?(?:比重|比例|比)?|比重|比例)"
                       r"(?:已经?|均)?(?:为|达到|达|超过|突破|(?P<about>接近|约为)|(?:提升|提高|上升|升)(?:至|到)|(?:保持|稳定|维持)在)?(?=\d)")
# '按不变价格计算', '按可比价计算': how a growth is measured (in real terms), no part of a name
_IN_REAL_TERMS = r"按照?(?:上年)?(?:不变价|可比价|可比口径|价格)(?:格)?计算的?"
_LEAD = re.compile(r"^(?:" + register.DESCRIBED_AS + r"|" + register.ON_A_BASE + r"|[“\"]?十[一二三四五]五[”\"]?(?:期间|时期|以来)|[一二三四五六七八九十]是|其中|(?:但是?|而且?|并且)(?=.{2})|月末|月底|\d{4}年度(?:名单)?|当年(?=.{2})|同年(?=.{2})|同时|此外|另外|另有|共有|首批|各地区?|各省份?|初步|(?:行业机构|业内机构|有关机构|机构|协会)?预计|预期|(?:今年|年初|本年)以来|今年|本年度|本年|去年|明年|年内|(?:当|单)月(?=.{2})|" + _IN_REAL_TERMS + r"|在建(?=.{2})|截至目前|截止目前|截[至止][年月]?[末底](?=.{2})|目前|当前|现已|至今|全国|我国|我们|进一步(?=[达提增升降扩下减回])|(?:这一|该)(?=增速|增幅|增长率)|全年|全月|累计|(?:已经|已|现)有(?=.{3})|已经|已|共|第[一二三四五六七八九十]{1,2}批(?=.{3})|新建(?=成)|全行业(?=.{2})|登记在册的?|我部|(?:测算|核算|估算)(?=.{4})|继(?![续承而任])(?=\d{4}年|[\u4e00-\u9fff]{4})|还(?=新|有|培育|建成)|同期(?=[^增下比较]{2})|(?:信息)?通信业(?=(?:实现|完成|累计)*电信业务)|本批次|本批|"
                   + register.TELECOM_REPORTERS + r"(?:已经|已)?(?:在全国)?|在全国|在?国家层面|(?:规模以上|规上)工业中(?!小企业|小型|小微)(?=.{2})|规上(?=.{2})|"
                   r"新(?=布局|部署|建成)|拟(?=新|认定|培育|遴选)|确定(?=.{2})|建成|布局|建设|开通|培育|打造|部署|遴选|认定|创建|推广|推动|带动|实现|完成(?=.{2})|形成|拥有|了(?=\d)|有效期内的(?=高新)|规模以上(?=.{2}))+")
_TAIL = re.compile(r"(?:合计|共计)?(?:则|也|亦|仍|仍然|依然)?(?:年内|全年|当年)?(?:预计|预期|有望)?(?:将会|将)?(?:已经|已|累计|共|分别|进一步|继续)?"
                   r"(?:小幅|大幅|一度|又|再次|再)?"
                   r"(?:达到|(?<!通)达|为|是|在|超过|超|突破|冲击|逾|近|约|有|建成|培育|部署|(?:增长|增加|提高|提升|上升)(?:到|至)|[增升降]至|完成|实现"
                   r"|(?:回升|回落|下滑|下降|降低|跌)(?:到|至)"
                   r"|入选|公示|(?:新)?认定|(?:保持|稳定|维持)在?)*$")
# '643个产品列入绿色设计产品名单': the members of the list are what it names.
_LIST_MEMBERS = re.compile(r"^(?:产品|企业|项目|园区|单位)?(?:入选|列入|纳入)(?P<name>.+?)(?:名单|名录)$")
# '行业实现营业收入…': the money of the industry the text just named
_THE_INDUSTRY = re.compile(r"(?:该|本)?行业(?:实现|完成)?(?P<metric>营业收入利润率|营业收入|利润总额|利润)")
# '在86个城市开展…', '168个万兆光网试点在86个城市有序部署': where the counted things are, not a figure of them
_WHERE = re.compile(r"(?:^|(?<=\D))在\d+个(?:城市|地市|省份|省市|地区)(?=(?:有序|加快|稳步|全面)?"
                    r"(?:开展|部署|建设|建成|布局|实施|落地))")
# A density printed per worker ('每万名工人470台') is the catalogue's 台/万人.
_PER_WORKERS = re.compile(r"每万名?(?:产业)?(?:工人|员工|从业人员)(?P<n>\d+(?:\.\d+)?)台")
# Names of two series: all enterprises' (a yearly level) and industry above designated size's (a growth
# within the year). A growth over a span shorter than a year is the latter's.
_WITHIN_YEAR = {"industry_va_total.manufacturing": "industrial_va.manufacturing"}
# '轻工业增长5.4%' in the ministry's words is its own key industry's measure, not NBS's light-industry grouping
_MINISTRY_OWN = {"industrial_va.light": "miit_va.light"}
# '规模以上工业新能源汽车产量1652.4万辆' beside the ministry's own count (1662.6万辆): the bureau's product output
_ABOVE_SIZE_OUTPUT = {"vehicles.production": "output.vehicles", "vehicles.nev_production": "output.nev"}
_ABOVE_SIZE = re.compile(r"(?:规模以上|规上)工业(?!增加值|企业|利润|营业)")
_QUOTES = re.compile(r"[“”\"‘’']")
# The metric a name ends in, to say another metric of the same subject.
_METRIC_TAIL = re.compile(r"(?:实现|完成)?(?:业务收入|营业收入|收入|利润总额|利润|规模|(?:新车)?产量|(?:新车)?销量|销售|增加值)$")
_PUNCTUATION = " ，,；;：:、。！？!?"
# '新型储能装机规模达到9491万千瓦/2.22亿千瓦时': a power and an energy, said of one name
_POWER_ENERGY = re.compile(r"(?P<name>[^,;\d]{2,}?)(?:累计)?(?:达到|达|为|超过)?(?P<power>\d+(?:\.\d+)?[万亿]?千瓦)/"
                           r"(?P<energy>\d+(?:\.\d+)?[万亿]?千瓦时)")
# '高技术制造业所占比重提高0.8个百分点': a name's share moved, its base said before in the sentence
_SHARE_MOVED = re.compile(r"(?P<name>[^\d,;]{2,16}?)(?:所占|的)?(?:比重|占比)(?P<rest>(?:提高|提升|上升|下降|回落|降低)\d+(?:\.\d+)?个?百分点)")


# A metric said without its name ('上半年增加值同比增长0.4%').
_DOCUMENT = re.compile(r"《[^》]*》")
# '…均已超过2024年全年水平': a year a figure is compared with, never the period of what follows
_LEVEL_THEN = re.compile(r"(?<=超过|高于|低于|接近|达到|恢复|超出)(?:到|至)?\d{4}年(?:全年|同期)?的?(?:水平|规模(?!以上)|总量)")
# '工业品出口保持韧性，' said just before a bare 出口额: the trade it is the value of
_TRADE_SAID = re.compile(r"(?:^|[,;，；。])(?P<trade>[\u4e00-\u9fff]{2,8}?(?:出口|进口))[^,;，；。\d]{2,10}[,，]$")
# '是在2024年增长12.3%的基础上实现的': the base a growth builds on ('在一季度良好开局的基础上…', '在2024年…增长11.8%的较高基数上':
# a span or year said as the base, never the period of what follows)
_ON_THE_BASE = re.compile(r"在(?:\d{4}年|去年|上年|第?[一二三四]季度|上半年|前三季度)[^，,；;。]{0,40}?的(?:较高|高|较低|低)?(?:基础|基数)上")
def _whole_said(whole: str) -> str:
    """A share's whole as the catalogue names it ('全国规上工业中小企业' → 规模以上工业中小企业)."""
    return re.sub(r"^(?:全国|我国)", "", whole.strip()).replace("规上", "规模以上")


# '…比2024年底分别增加…': the end of a year a change is since, said after the names it is of
_SINCE_END_SAID = re.compile(r"(?:比|较)(?:上年末|上年底|去年底|去年末|(?P<year>20\d\d)年(?:底|末))(?:累计)?$")


# One of the key industries named as what a sentence speaks of ('轻工行业…', '钢铁企业…')
_AN_INDUSTRY = re.compile(r"(?:轻工|纺织|钢铁|有色金属|有色|石化化工|石化|化工|建材|机械|汽车|电子信息|家电|食品|医药|船舶|电力装备"
                          r"|消费品|装备制造)(?:行业|工业|企业|产业|领域)"
                          r"|(?:装备制造业|原材料工业|消费品工业|电子信息制造业)(?=是|作为|已|在|的)")    # ('装备制造业是…的主力军，…')
# Series that count the members of a national list: an industry's members are never the nation's
_NATIONAL_LISTS = ("green_factories", "green_parks", "smart_factories", "g5_factories", "sme.little_giants")
# A speaker's label opening a transcript's paragraph ('原材料工业司负责人：', '记者：').
_SPEAKER = re.compile(r"^\s*[^，。：:；;\d]{0,20}?(?:负责人|负责同志|司长|局长|厅长|主任|部长|副部长|发言人|记者|主持人|巡视员)"
                      r"(?:\s*[(（][^()（）]{2,40}[)）])?"        # ('主持人（…新闻发言人、…副局长 周健）：')
                      r"(?:\s*(?P<who>[\u4e00-\u9fff]{2,4}))?\s*(?:[：:]|(?:介绍|表示|说|指出)[，,])")
# '座谈会上，安徽省有关部门介绍，…': a province's departments giving their account (its figures the province's)
_PROVINCE_VOICE = re.compile(r"\s*(?:[^，,。；;\d]{1,8}[，,])?(?P<org>[\u4e00-\u9fff]{2,4}?(?:省|市|自治区)?)(?:政府)?(?:(?:有关部门|有关方面|相关部门|"
                             r"(?:工业和|经济和|经济)?信息化(?:厅|委员会|委|局)|工信厅|经信厅|经信委|统计局)"
                             r"(?:[、和][\u4e00-\u9fff]{2,12}?(?:厅|委|局))*"       # ('四川省经济和信息化厅、省统计局…')
                             r"(?:有关|相关)?(?:负责同志|负责人|同志)?"
                             r"|(?<=省|市|区)(?:有关|相关)(?:负责同志|负责人)"      # ('陕西省有关负责同志介绍，…')
                             r"|(?<=省|区))"                                          # ('座谈中，安徽省介绍了…')
                             r"(?:介绍|表示|通报|汇报|指出)(?:了|说)?")
# '调研组表示，…', '会议强调，…': another voice than the province's own, after its account
_OTHER_VOICE = re.compile(r"\s*(?:[^，,。；;\d]{1,8}[，,])?(?:调研组|调研团|检查组|督导组|部领导|会议|座谈会|工业和信息化部|工信部)"
                          r"(?:一行|负责同志|负责人)?(?:表示|指出|强调|认为|要求)[，,：:]")
# '周建平充分肯定…', '他指出，…': an official of the ministry speaking (named in the page), or 'he' said after one
_NAMED_VOICE = re.compile(r"\s*(?:(?P<who>[\u4e00-\u9fff]{2,3}?)|他|她)(?:还|也)?(?:充分)?(?:肯定|指出|表示|强调|要求|认为)")
# '李乐成对湖北工业和信息化发展取得的成绩给予肯定': an official praising a place's progress (its figures follow)
_PLACE_PRAISED = re.compile(r"\s*[\u4e00-\u9fff]{2,3}?(?:对|充分肯定了?|肯定了?)(?P<place>[\u4e00-\u9fff]{2,4}?)(?:省|市|自治区)?"
                            r"(?:工业和信息化|工业|经济|产业|制造业)[^。，,]{0,16}?(?:给予(?:充分)?肯定|取得的(?:成绩|成效)|成效)")
_OFFICIAL = re.compile(r"(?:副?部长|司长|局长|总工程师|总经济师)[、，,\s]?(?P<who>[\u4e00-\u9fff]{2,3}?)(?=赴|在|出席|主持|参加|到|深入|一行|[，,、。：:]|$)")
# What a name not catalogued counts, when it says so ('…用户规模', '…企业数量'): the counter a bare magnitude takes
_COUNTED_AS = re.compile(r"(?P<what>用户|企业)(?:规模|数量|总数|数)?$")
# '具体来看，…', '主要目标是：…': a goal's items said in the sentence after it
_GOAL_DETAILED = re.compile(r"\s*(?:具体来看|具体而言|具体包括|具体目标(?:是|为)?|主要目标(?:是|为|包括)?)[，,：:]")
# '江苏省工业和信息化厅厅长沈卫东': a province's official introduced with his title, then his name
_INTRODUCED = re.compile(r"(?P<org>[\u4e00-\u9fff]{2,8}?(?:省|自治区|市))[\u4e00-\u9fff]{2,12}?(?:厅|委员会|委|局)"
                         r"(?:党组书记、)?(?:副?厅长|副?主任|副?局长|负责同志|负责人|一级巡视员|二级巡视员)"
                         r"\s*(?P<who>[\u4e00-\u9fff]{2,3})(?=[，,、。；;]|出席|参加)")
# '李乐成：…' in a transcript: a speaker named with a title earlier, taking the floor again
_NAMED_SPEAKER = re.compile(r"^\s*(?P<who>[\u4e00-\u9fff]{2,4})\s*[：:]")

# The thing counted before what it does: '207个城市达到千兆城市建设标准' (of 千兆城市), '168个万兆光网试点项目加快
# 部署' (of the projects, the words before the verb).
# '首次突破万亿元', '迈上千亿元台阶': a line crossed by a level (what it reached may follow)
_LINE_CROSSED = re.compile(r"(?:突破|迈上|站上|跨上|跨越|超过)(?:\d+(?:\.\d+)?)?[十百千万亿]*[元吨辆台个家户]")
_BECAME = re.compile(r"(?:城市|地市|园区|企业|工厂|项目)(?:达到|通过|获评|成为|建成)(?P<name>.+?)(?:建设|创建)?(?:标准|称号|要求)?$")
# Only verbs with no object after them: '1.6万余家中小企业完成数字化改造' counts the firms that did it, not the firms.
_DOES_VERB = r"(?:部署|建设|推进|实施|运行|运营|落地|上线|开通|启动|投产|投用)"
_DOES = re.compile(r"(?:(?:加快|正在|正|全面|稳步|有序)+" + _DOES_VERB + r"?|(?:已经|已)?" + _DOES_VERB + r")$")
# Metrics the nation has too, said bare after an industry: that industry's when it has one.
_SUBJECT_METRIC = re.compile(r"出口交货值|固定资产投资|投资")
_METRIC_ONLY = re.compile(r"(?:工业)?增加值|营业收入|利润总额|产量|销量|出口")
# A point of an enumeration ('一是…', '其二，', '第三，'): what it says is not the point before's.
_POINT = re.compile(r"^(?:[一二三四五六七八九十]是|其[一二三四五六七八九十]|第[一二三四五六七八九十])[,，]?")
# How a subject moved, said after its name ('制造业投资明显回升'): not part of the name.


# A list announced ('公布2022年度绿色制造名单，共有874家绿色工厂…'): the sentence's counts are its members,
# but for a total said beside them (累计, 总数, 已…); a clause of members ('…112家…入选', '643个产品列入…名单').
_ANNOUNCED = re.compile(r"(?:公布|发布)[^。]*名单|名单[^。]*(?:公布|发布)")
# (a batch after the first, 第七批…“小巨人”企业公示3482家, is its year's new members too)
# ('2025年5G工厂名录共收录560个项目', '2025年度卓越级智能工厂名单共270余家': what a list holds)
_MEMBERS = re.compile(r"入选|上榜|(?:列入|纳入)[^,;。]*(?:名单|名录)|第[二三四五六七八九十]{1,2}批"
                      r"|(?:名单|名录)共?(?:收录|包括|包含|有|\d|(?:遴选|评选|认定)出?)")
_TOTAL_WORDS = re.compile(r"累计|总数|总量|已|截至|目前")
# '首批15家领航级智能工厂培育名单已经发布': the members named before the list, and the first batch is the whole
# ('…名单近日正式公布': the adverbs said together)
_LIST_TAIL = re.compile(r"(?:培育|遴选|创建|试点|示范)?(?:名单(?:(?:已经|已|正式|日前|近日|近期)*(?:对外)?(?:发布|公布)了?)?"
                        r"|(?:已经|已|正式|日前|近日)+(?:对外)?(?:发布|公布)了?)$")
_FIRST_BATCH = re.compile(r"首批|第一批")
# '“十四五”以来', '从“十四五”时期看', '“十四五”期间': a plan's years so far (a flow over them is no year's)
_PLAN_SPAN = re.compile(r"(?P<plan>十[一二三四五]五)[”\"]?(?:以来|期间|时期(?!末))")
# '回顾“十四五”，…年均增长7.1%': the plan's years looked back on, whole
_PLAN_REVIEWED = re.compile(r"(?:回顾|纵观|回看|总结)[“\"]?(?P<plan>十[一二三四五]五)[”\"]?(?:时期|期间)?(?=[，,]|\s*$)")
# What is said of names listed with no figure ('…行业仍处于调整期', '…保持较快增长'): a remark, not a list awaiting figures
_SAID_OF = re.compile(r"仍|处于|保持|持续|稳步|加快|继续|呈现|面临|承压|态势|势头|增势|较好|良好|亮眼")
# '新布局了16家…', '新培育…1383家': what was added, said by its verb
_NEW_ONES = re.compile(r"新(?:建成|布局|培育|认定|建设|遴选|打造|部署|创建)了?(?:\d|[^\d，,；;]{0,12}\d)")
# Who led what was counted ('带动地方梯度培育…', '推动各地建设…'): never part of its name.
_LED_BY = re.compile(r"^(?:.*?(?:带动|推动|引导|支持))?(?:各地|地方|全国)?(?:梯度)?(?:累计)?(?:培育|建设|认定|打造)")
# '2024年度新培育…', '本年度共新培育…': the members a list added, of the list's year
_NEW_MEMBERS = re.compile(r"(?:本年度|今年)?共?新(?:培育|增|认定|遴选|推广|创建)")
# '在世界经济论坛发布的全球灯塔工厂中': the things a count after it is of (the world's, here: ours among them)
_AMONG = re.compile(r"在(?:[^,;]*?(?:发布|公布|评选|认定)的)?(?:全球|世界|全国)?(?:第[一二三四五六七八九十\d]+批)?(?P<name>[^,;的]{2,16}?)中")
# Bodies and procedures ('…战略咨询专家委评审及公示等程序'): a clause naming one is about no theme
_PROCEDURE = re.compile(r"委员会|专家委|评审|公示|程序|推荐|评选|遴选")
# '江苏新认定807家' in a batch said before ('在…第七批国家级专精特新“小巨人”企业中，'): the new members of what it counts
_NEW_MEMBERS_OF = re.compile(r"(?:新(?:认定|培育|增|入选|遴选)|入选)$")
# What left a list or changed in it ('…移出名单', '…予以撤销', '230家单位名称予以变更'): never a count of members.
_LEFT = re.compile(r"(?:移出|调出|退出|撤出)(?:名单|名录)|(?:予以|被)(?:撤销|变更|摘牌|除名)|名称(?:予以)?变更$|(?:变更|更改)了?名称$")
# '据国际机器人联合会统计，…': a figure cited from another source
# '…，以上均为2025年数据。', '（上述数据均为截至2025年底数据）': the period of a paragraph's figures, said after them
_ALL_OF = re.compile(r"[，,；;（(]\s*(?:以上|上述)(?:数据|数字|指标)?(?:均|皆|全部)?为(?P<when>[^，,。；;\d]{0,4}\d{4}年[^，,。；;]{0,8}?)"
                     r"的?(?:统计)?数据[)）]?[。.]?\s*$")
# '轻工业增加值约占全部工业的15.4%（2024年数据）。': a clause's own year, said after its figure, nothing measured after
# it in the sentence (read as if the clause opened with it)
_DATA_YEAR = re.compile(r"(?P<clause>[^，,。；;（(]*\d[^，,。；;（(]*)[（(](?P<year>20\d\d)年度?(?:的)?(?:统计)?(?:数据)?[)）]"
                        r"(?P<rest>[^。；;\d（(]*(?:[。；;]|$))")
# '会议指出，…', '数据显示，…', '网络设施方面，…': who says it or what of, before what is said
_SAID_THAT = re.compile(r"[^，,。\d]{0,12}?(?:指出|显示|表明|强调|介绍|通报|透露|方面)")


@dataclass
class _Context:
    """What stays in force inside one sentence."""
    year: int | None                  # a year in force (2025年，…)
    carried: bool = False             # that year was opened in an earlier paragraph (not by the title)
    asof: Period | None = None        # an as-of month (截至11月底, 目前)
    span: Period | None = None        # a year-to-date span named (前11个月)
    days: bool = False                # a span of days said (去年3月7日至11月7日): no period kept
    forecast: bool = False            # after 预计
    unforecast: tuple | None = None   # (year, asof) in force before 预计: back after its '；'
    forecast_inside: bool = False     # 预计 said after a name inside its clause ('…比重预计超过50%'): of that clause only
    parts_said: bool = False          # a '；'-part opened with 其中: the parts listed after it go on with it
    full_year: bool = False           # '全年新培育…': the whole year, even from inside it
    month: Period | None = None       # a month named (12月份，…): the figures are that month's
    subject: tuple[Indicator, str] | None = None    # the last figure's name, for 同比增长 / 占…
    topic: str = ""                   # what the sentence is about ('5G应用…，案例总数…': 5G应用)
    pending: list[str] = field(default_factory=list)  # names listed before 分别
    line_of: tuple[str, str] = ("", "")   # (name, clause) of a line passed ('…首次突破万亿元'): a bare level after is its
    group: list[tuple[Indicator, str]] = field(default_factory=list)  # the names of the last figures read
    history: list[tuple[Indicator, str]] = field(default_factory=list)  # every name with a figure, in order
    among: str = ""                   # what the sentence counts among ('在…“小巨人”企业中，'), for its members said after
    universe: tuple | None = None     # '41个工业大类中' said before the count of it
    periods: list[Period] | None = None   # '一季度、二季度、三季度，…分别…': one period per figure
    since: str | None = None          # '与2020年相比，…': the base year of the changes that follow
    year_before: int | None = None    # the year in force at the end of the sentence before ('…2020年…。与之相比，…')
    window: tuple[str, str] | None = None   # '2020—2024年，…从N增长到M': the years of a from-to
    window_opened: bool = False       # ... said opening the sentence (else it holds to its '；')
    years_said: tuple[str, str] | None = None   # the years a from-to just said (同期… of a from-to after it: the same)
    from_to_read: int | None = None   # the figures read when a from-to ended: a change right after it is over its years
    plan_ends: int | None = None      # '“十四五”以来，…': the last year of the plan whose years are in force (flows
                                      # over them are never one year's)
    plan_whole: bool = False          # ... said as its whole years ('“十四五”期间', never '以来')
    plan_opened: bool = False         # ... before the sentence's first figure (else it holds to its ';' only)
    whole: Indicator | None = None    # the aggregate of the last contribution ('…拉动经济增长…，其中制造业拉动…')
    unread: str = ""                  # a name whose figure was not read ('十大重点行业增加值同比增长6.6%，占…比重为…')
    share_whole: str = ""             # the whole of the last share ('占规上工业增加值比重为17.1%；…占比达到36.8%')
    share_holder: str = ""            # whose shares of a whole's metrics were just read ('…以占…3.5%的数量，贡献了…')
    shares_then: Period | None = None  # ... and the date they are of, when the count they follow gave it
    trade_total: str = ""             # the trade total (kept as printed) whose exports and imports are being read
    mention: str = ""                 # what a list closed by 等 named ('发展云计算…等新兴业务，…完成收入…')
    regional: str = ""                # the province or region the sentence speaks of ('广东省作为制造业大省，建成…')
    outer: tuple | None = None        # (span, month) before a part's own period ('其中三季度…'), back after '；'
    market: bool = False              # '在国内市场，…': figures of one market, never the nation's series (to the '；')
    listed: int | None = None         # the year of a list the sentence names (2022年度…名单, …入选)
    announced: bool = False           # the sentence announces the list (公布…名单): its counts are members
    scale: str = ""                   # '以修正总吨计，…': the scale the sentence's figures are on, once said
    before: list[tuple[Indicator, str]] = field(default_factory=list)  # the names the sentence before read
    basis: str = ""                   # '与上年相比，…': yoy, the base of the shares' changes after it
    span_basis: str = ""              # '与1—5月相比，…': the earlier span the changes in points after it are against
    change_base: str = ""             # the earlier span a change in points of the sentence was against ('比11月份…')
    counted: str = ""                 # the series of the last count out of a whole ('…中有36个行业增长，增长面为…')
    above_size: bool = False          # '从规模以上工业口径看，…': products counted as the statistics bureau counts them
    said: str = ""                    # the sentence (folded)
    asof_held: Period | None = None   # the date in force before a value of another date was said in passing
    year_then: tuple[int | None] | None = None   # the year in force (none: None) before another's value said in passing
    span_then: tuple | None = None    # (span, month) in force before a value of another span was said in passing
    periods_read: tuple | None = None  # (periods, [name]) of a list of one name's figures per period just read
    names_past: list = field(default_factory=list)   # names each said over a line ('…均突破1万亿元'), for 分别… after
    asof_passing: bool = False        # a date said in passing in the clause just read (asof_held holds the one in force)
    asof_said: bool = False           # the as-of date was said in this sentence (not carried into it)
    asof_opened: bool = False         # ... and opened it ('截至6月底，…'): it holds to the paragraph's end
    start: tuple = ()                 # the figures read and skipped when the sentence began
    month_carried: Period | None = None   # the month in force when the sentence began (said in one before it)
    first_part: bool = True           # the part read is the sentence's first (after who said it or the source)
    aspect: str = ""                  # the name a heading said ('汽车行业方面，…')
    named_run: list = field(default_factory=list)   # the names of the levels kept as printed read one after another
    trended: str = ""                 # a name not catalogued said with how it moved, no figure ('…份额逐年攀升')
    rate_changed: tuple = ()          # the rate the change in points just read was of (降幅), and where it ended
    asof_said_now: bool = False       # the day said in the sentence itself (目前, 截至目前)
    sales_of: str = ""                # whose sales the parts said are of (挖掘机: 其中国内销量…、出口…)
    named: tuple | None = None        # (name, figures and skips read then): the last figure read as printed, of a
                                      # name none of the catalogue's, while nothing else was read after it

    def said_before(self, part: str) -> str:
        """What the sentence said before a part of it (folded; '' when the part is not found)."""
        return self.said[: max(self.said.find(fold(part.strip())), 0)]


# An industry's own finance said with its metric ('规模以上有色金属工业企业资产总额'): looked up in the metric's family
_INDUSTRY_FINANCE = ("miit_revenue", "miit_profit", "miit_assets", "miit_margin")


def _industry_metric(name: str) -> Indicator | None:
    """'规模以上有色金属工业企业资产总额', '有色金属企业工业增加值': the metric of the industry named before it, as
    the ministry's industry series keep it; None when the industry has no such series."""
    metric = raw_materials.VOCABULARY.metric_of(name)
    if metric and metric[1] in _INDUSTRY_FINANCE and name.endswith(metric[0]):
        subject, families = name[: -len(metric[0])], (metric[1],)
    elif added := re.fullmatch(r"(?P<subject>.{2,}?)(?:工业)?增加值", name):
        subject, families = added.group("subject"), ("miit_va",)
    elif delivered := re.fullmatch(r"(?P<subject>.{2,}?)(?:实现)?出口交货值", name):
        # '规模以上电子信息制造业实现出口交货值…': an industry's export delivery value (the electronics industry's is
        # its family's total)
        subject, families = delivered.group("subject"), ("miit_export_delivery", "electronics_export_delivery")
    else:
        return None
    stem = re.sub(r"(?:工业|行业)?企业$", "", re.sub(r"^(?:全国)?(?:规模以上|规上)", "", subject))
    if len(stem) < 2 or stem in ("工业", "制造业"):
        return None
    return next((found for name in (stem + "工业", stem + "行业", stem)
                 if (found := catalogue.resolve(name, families)) is not None
                 and (found.dimension != "total" or families[-1] == "electronics_export_delivery")), None)


def is_news(url: str) -> bool:
    return any(path in url for path in NEWS_PATHS)


def matches_title(title: str) -> bool:
    """Every news item: its text decides what it states. The kinds of news that never state progress
    (news_scope.py) are never fetched by a refresh; a page of one given to `xinzhi parse` is read all the
    same (a meeting with an association can print the industry's figures), with none when it has none."""
    return True


def parse(article: Article) -> Release:
    month = Period(article.published_at.strftime("%Y-%m"), "month")
    release = Release(article.url, PUBLISHER, KIND, article.title, article.published_at, month.period, "month")
    reader = _StatementReader(release, article, month)
    reader.read(article.paragraphs)
    # A news item with no catalogued figure is read with none: its clauses with numbers are listed
    # (raw.skipped), never an error.
    release.observations = named.distinct(reader.out, release, key=Observation.key)
    release.named = named.distinct(reader.named_out, release)
    release.unexplained = selfcheck.unexplained(article, release, reader.out + reader.named_out)
    return release


class _StatementReader:
    def __init__(self, release: Release, article: Article, month: Period):
        self.release, self.article, self.month = release, article, month
        self.out: list[Observation] = []
        self.named_out: list[Observation] = []        # figures of names the catalogue does not hold (named.py)
        self.subject_index: Indicator | None = None     # the last index read ('该指数' after it)
        found = find_period(fold(article.title), article.published_at.year)
        # A year the title names stays in force, unless it is still ahead: '2024年全国工业和信息化工作
        # 会议' meets in December 2023 and reports on 2023.
        # Only a year the title prints: '部署四季度重点工作' names work ahead, not the figures' year.
        year = int(found[0].period[:4]) if found and re.search(r"\d{4}", found[1].group()) else None
        self.year = year if year is not None and year <= article.published_at.year else None
        self.title_year = self.year
        # '前三季度工业经济运行总体平稳': the span the title names, for a paragraph that names no period of its own
        span = found[0] if found and found[0].period_type in ("ytd", "quarter") else None
        self.title_span = span if span is not None and span.as_date() <= month.as_date() else None
        self.latest_span_said = False     # the page said the latest span out (1—11月 in December)
        self.year_expected: int | None = None
        self.dated_paragraph = False    # whether the paragraph read so far named a period
        self.last_was_catalogued = False    # whether the figure read last is in self.out (else in self.named_out)
        self.years_said: set[int] = {self.year} - {None}    # the years in force after each sentence read so far
        self.year_opened = False        # whether a paragraph before this one opened the year in force
        self.list_said: int | None = None    # the year of a list the sentence before announced, with no figure
        self.listed_before: int | None = None     # the year of a list the sentence before spoke of
        self.current = _Context(None)
        self.subject_said = None              # the last name read in the sentence before ('4、5、6月份分别增长…' of it)
        self.universe_said = None             # the last whole counted out of on the page ('在…623种主要工业产品中')
        self.region_said = ""                 # the province the sentence before ended speaking of
        self.city_said = ""                   # the city the paragraph spoke of last (whose 全市 is)
        self.speaker_region = ""              # the province whose official is speaking (a press conference)
        self.speakers: set[str] = set()       # who spoke, by name (李乐成): a paragraph opening with one is a new turn
        self.introduced: dict[str, str] = {}  # a province's official introduced by name: the province
        self.goal_said = None                 # the window of a goal the sentence just read ended in (具体来看，… goes on)
        self.paragraph_span: Period | None = None
        self.members_said: tuple | None = None  # (names, period): the members of a count just read (企业名牌中轻工行业 …)
        self.page_region = _page_region(article)    # a province's own page ('江苏：…', 来源 江苏省工业和信息化厅)
        self.plan_reviewed: int | None = None    # the last year of an ended plan the page reviews (十四五: 2025)
        self.paragraph_plan: int | None = None   # …when the paragraph speaks of its years
        self.section_region = ""              # the place a heading names ('北京：电子、汽车行业带动作用突出'), until another
        # the ministry's officials the page names ('副部长周建平赴四川调研'): their words are never a province's account
        self.officials = {said["who"] for text in [article.title, *article.paragraphs] for said in _OFFICIAL.finditer(fold(text))}
        self.names_listed: list[str] = []     # the names of the last list read in this paragraph ('上述四个行业…' of them)
        # '…、…、…三大指标' said on the page: the names each group stands for (and the register's fixed groups)
        self.groups_defined: dict[str, list[str]] = {group: names.split("、") for group, names in register.KNOWN_GROUPS.items()}
        self.span_before: Period | None = None
        self.span_said: Period | None = None  # '上半年，…。装备制造业增加值…': a span opening a sentence holds to the paragraph's end
        self.month_said: Period | None = None  # '9月份，…。主要产品中，钢材产量…': a month opening a sentence, likewise
        # What the page is about, for names said without it ('工业互联网…' above '核心产业规模达…')
        self.title_topics = [topic for topic in TITLE_TOPICS if topic in article.title]

    def read(self, paragraphs: list[str]) -> None:
        self.asof_carried: Period | None = None    # the as-of month in force at the last paragraph's end
        selfcheck.read_as_printed(self, paragraphs, self.read_paragraph)

    def read_paragraph(self, text: str) -> None:
        """Reads one paragraph (`text`, as read)."""
        asof = self.asof_carried
        if said_last := _ALL_OF.search(text):
            # '…，以上均为2025年数据。': the period of the whole paragraph, said at its end, read as if it opened it
            text = said_last.group("when") + "，" + text[: said_last.start()] + "。"
        text = _DATA_YEAR.sub(lambda m: f"{m['year']}年，{m['clause'].lstrip()}{m['rest']}", text)
        span = self.span_said
        if span is not None and asof is not None and len(span.period) == 7 and asof.period > span.period:
            # '前11个月…。\n截至2025年底，…。\n…' a later date said since: the span is no longer in force
            span = None
        # '截至6月底，…。…千兆宽带用户达2.26亿户。': the date holds to the paragraph's end, and into the next
        # one when it opens with 同期 ('…。\n同期，5G移动电话用户达到…')
        same_time = re.match(r"\s*同期", text) is not None
        asof = asof if same_time else None
        self.list_said = self.subject_said = None
        self.region_said, self.names_listed, self.city_said = "", [], ""
        if (heading := _PLACE_HEADING.fullmatch(fold(text).strip())) is not None:
            # a page reviewing several places, a section each: the sections' figures are the place's
            self.section_region = _of_a_region(heading["place"], bare_city=True)
        self.paragraph_plan = None
        self.gap_wholes: list[str] = []     # the aggregates a growth was said above, in turn, in the paragraph
        self.paragraph_base = ""            # the span or year a rate's change was last said against, in the paragraph
        # '…江苏省工业和信息化厅厅长沈卫东，广东省…出席': who speaks for which province, when the turns name them alone
        self.introduced |= {who["who"]: _of_a_region(who["org"]) for who in _INTRODUCED.finditer(text)}
        speaker = _SPEAKER.match(text)
        if speaker is None and (again := _NAMED_SPEAKER.match(text)) and again["who"] in self.speakers | set(self.introduced):
            speaker = again
        if speaker:
            # another answer: a span or month an earlier speaker said is not this one's
            span = self.month_said = None
            self.speakers |= {speaker["who"]} - {None}
            # '江苏省工业和信息化厅负责同志：…': a province's official speaks of the province, until another speaker
            # ('沈卫东：…', introduced as one before)
            self.speaker_region = _of_a_region(speaker.group()) or self.introduced.get(speaker["who"], "")
            if speaker["who"] and self.speaker_region:
                # ('江苏省工业和信息化厅副厅长 宋卫东：…' then '宋卫东：谢谢您的提问。我省…': the same province's)
                self.introduced.setdefault(speaker["who"], self.speaker_region)
        # ('1—7月，全省…。\n从市州看，…恩施、黄石、荆州增加值分别增长…': a breakdown of the paragraph before, of its period)
        # ('四川省2025年规上工业增加值增长6.5%' in January: a breakdown of the year the title reviews)
        breakdown = bool(register.BREAKDOWN_VIEW.match(fold(text)))
        if breakdown and self.span_said is None and self.title_year == self.month_year - 1 and self.month.period[5:] <= "03":
            self.year = self.title_year
        self.dated_paragraph = breakdown and (self.span_said is not None or self.year == self.title_year == self.month_year - 1)
        self.year_expected = None       # a year to come said as expected in the paragraph ('预计，2025年…')
        # with no other year in force, a span said before still holds ('会议通报，前三季度…。\n主要产品生产…粗钢
        # 产量…'): the page's own span rather than one guessed from the day it appeared (but a review of the year
        # in its last weeks speaks of the year)
        self.span_said = span if same_time or self.year is None or (
            span is not None and int(span.period[:4]) == self.year and not self.reviews_year) else None
        self.span_before = self.span_said         # a stock is never dated by a span of another paragraph
        self.month_said = None
        self.paragraph_span = None                # the first span opening a sentence of the paragraph
        self.paragraph_named = len(self.named_out)  # the named figures read before the paragraph
        self.paragraph_text = fold(text)
        self.opens_paragraph = False              # the sentence read opens its paragraph
        self.year_reviewed = False                # the paragraph opened looking back on its year ('回顾2024年，…')
        carried = self.year is not None and self.year != self.title_year
        paragraph_year = None             # the year the paragraph speaks of (the first one its sentences open)
        for index, sentence in enumerate(_SENTENCE.findall(text)):
            self.opens_paragraph = index == 0
            self.plan_in_force(sentence)
            span_before = self.span_said
            # ('…持平（2024年增长7.3%，高于全国1.5个百分点），全市工业经济总量…': clauses said aside are no part of the
            # sentence's dates or lists; one naming its own date is read on its own after it)
            asides = list(_ASIDE_CLAUSES.finditer(sentence))
            plain = _ASIDE_CLAUSES.sub(lambda m: "，" + " " * (len(m.group()) - 1), sentence)   # (the clause ends there)
            # ('请问四季度工业运行呈现哪些特点？对2026年工业经济怎么看？': a question's dates are no answer's)
            read = self.read_in_passing if re.search(r"[？?]\s*$", sentence) else self.sentence
            asof = read(plain, asof, carried and self.year != self.title_year)
            for aside in asides:
                self.aside(aside.group()[1:-1], asof)
            if register.SPANS_IN_PASSING.match(fold(sentence)) and selfcheck.has_figure(fold(sentence)) \
                    and len(self.spans_opened(sentence)) > 1:
                # '从年内走势看，一季度…增长8.2%，上半年增长7.7%…。分行业看，…有36个行业…': spans in passing, with their
                # figures: the paragraph's year again after them ('从年内走势看，上半年行业效益改善明显。…' opens a span)
                self.span_said = span_before
            self.years_said |= {self.year} - {None}
            self.subject_said, self.region_said = self.current.subject, self.current.regional
            carried = carried and self.year != self.title_year and not self.year_opened
            self.back_to_the_paragraph_span()
            if paragraph_year is None and re.search(r"20\d\d年", plain):
                paragraph_year = self.year or (int(asof.period[:4]) if asof is not None else None)
        if paragraph_year is not None and self.year is not None and self.year < paragraph_year:
            # '…截至2025年底，…。石油化工、有色冶金…，2024年分别占全省工业的29.7%和25.5%。\n重点市州…全年…': an earlier
            # year looked back to within a paragraph is never the next paragraph's
            self.year = paragraph_year
        self.year_opened = False
        self.asof_carried = asof

    def plan_in_force(self, sentence: str) -> None:
        """'会议认为，“十四五”时期，…。\n会议指出，五年来…累计培育…超过14万家' in January 2026: a plan's years reviewed after
        their end; from the sentence that speaks of them, the paragraph's undated stocks are at that end."""
        ended = [register.plan_last_year(plan["plan"]) for plan in _PLAN_SPAN.finditer(fold(sentence))]
        self.plan_reviewed = next((year for year in ended if year and year < self.month_year), self.plan_reviewed)
        if ended or re.search(r"五年来|五年间|过去五年", sentence):
            self.paragraph_plan = self.plan_reviewed

    def aside(self, text: str, asof: Period | None) -> None:
        """Clauses said aside in brackets: read as a sentence of their own when they name their own date ('（2025年9月时，
        先进级、卓越级智能工厂分别为6300余家和230余家）'), the sentences after them reading on as before; listed else
        (whose figures they are said against is not sure)."""
        if not _ASIDE_DATED.match(fold(text)):
            return self._skip_if_figure(text, "not stored")
        self.read_in_passing(text, asof)

    def read_in_passing(self, text: str, asof: Period | None, carried: bool = False) -> Period | None:
        """Reads a sentence whose dates and subjects hold for it alone (an aside, a question), the reading state as it
        was after it; returns the as-of month at its end."""
        kept = {name: getattr(self, name) for name in _READING_STATE}
        asof = self.sentence(text, asof, carried)
        for name, value in kept.items():
            setattr(self, name, value)
        return asof

    def names_of_group(self, listed: str) -> list[str]:
        """The catalogued names a group said with its members stands for ('我国船舶工业造船完工量、新接订单量…' →
        造船完工量, 新接订单量 …: the first without what the sentence said before it); [] when one is not catalogued."""
        names = catalogue.split_labels(_clean(listed))
        first = next((names[0][k:] for k in range(len(names[0]) - 1) if self.resolve(names[0][k:])), None) if names else None
        names = [first] + names[1:] if first else []
        return names if all(self.resolve(name) for name in names) else []

    def back_to_the_paragraph_span(self) -> None:
        """'前5个月，…。一季度，工业软件…。从地区看，…' and '一季度，…。前两个月，软件…。\n二是…': a shorter span said in passing
        (ending before the one the paragraph opened with, in its year) is of its own sentence; the paragraph's holds after."""
        first, last = self.paragraph_span, self.span_said
        if first is not None and last is not None and last.period < first.period:
            # ('二季度…指数为89.1…。去年四季度，这一指数为89.0…。\n分区域看，…': a span of a year before looked back to too,
            # and its year with it)
            self.span_said = first
            if self.year is not None and self.year != int(first.period[:4]):
                self.year = int(first.period[:4])

    def whole_place(self, opening: str) -> str:
        """Whose '全省…' / '全市…' / '该市…' opening `opening` is: the place the sentence before spoke of, or the
        speaker's or the page's province; 全市 on a province's page, the city said last in the paragraph. A place not
        known is none of ours (某省, 某市: not stored)."""
        province = next((place for place in (self.region_said, self.speaker_region, self.page_region)
                         if place and not _a_city(place)), "")
        if _WHOLE_CITY.match(opening):
            city = self.region_said if _a_city(self.region_said) else self.city_said
            return city or (province if province in _MUNICIPALITIES else _A_CITY)
        # ('…2024年长沙工程机械出口额…；今年1—8月，全省工程机械出口…': the province of the city just said)
        city = self.region_said if _a_city(self.region_said) else self.city_said
        return province or catalogue.province_of(city) or _A_PROVINCE

    @staticmethod
    def product_said(metric: str, quote: str, ctx: _Context) -> str:
        """The product whose `metric` (产量, 销量) the sentence named before `quote`, said after the places listed
        ('内蒙古、新疆、山西工业炸药产量…' → 工业炸药); '' when it named none."""
        before = ctx.said[: max(0, ctx.said.find(fold(quote.strip())))]
        said = re.search(r"([\u4e00-\u9fff、]{2,40}?)" + metric, before)
        if said is None:
            return ""
        text = said.group(1)
        while (place := next((name for name in _region_names() if text.startswith(name)), None)) is not None:
            text = text[len(place):].lstrip("、和及")
        return text if 2 <= len(text) <= 8 and not _of_a_region(text) else ""

    def spans_opened(self, sentence: str) -> set[str]:
        """The spans the clauses of a sentence open with ('一季度…，上半年…' → 2025-03, 2025-06): a sentence walking
        through two or more looks at them in passing; one span said is the one the sentences after it go on with."""
        said = set()
        for part in re.split(r"[，,；;]", _clean_lead(fold(sentence))):
            found = find_period(part.strip(), self.year or self.month_year)
            if found and found[1].start() == 0 and found[0].period_type != "year":
                said.add(found[0].period)
        return said

    def voice_of(self, folded: str) -> None:
        """'座谈会上，安徽省有关部门介绍，2024年全省…': a province's account, its figures the province's until another
        voice speaks ('调研组表示，…') or a clause says 全国; the sentences and paragraphs after it go on with it."""
        named_voice = _NAMED_VOICE.match(folded)
        if (voice := _PROVINCE_VOICE.match(folded)) and (region := _of_a_region(voice["org"])):
            self.speaker_region = region
        elif praised := _PLACE_PRAISED.match(folded):
            # '李乐成对湖北工业和信息化发展取得的成绩给予肯定。他说，…': the figures after are the place's
            self.speaker_region = _of_a_region(praised["place"]) or self.speaker_region
        elif _OTHER_VOICE.match(folded) or named_voice and (named_voice["who"] in self.officials or not named_voice["who"]):
            # ('周建平充分肯定…。他指出，2025年全国…': the ministry's own words; '李乐成表示，湖北统筹推进…': the place's)
            said = folded[(named_voice or _OTHER_VOICE.match(folded)).end():].lstrip("，,：: ")
            # ('李乐成对安徽…给予肯定。他表示，近年来安徽…': 'he' goes on speaking of the place praised, when he names it)
            pronoun = named_voice is not None and not named_voice["who"]
            still = self.speaker_region if pronoun and self.speaker_region and self.speaker_region[:2] in said else ""
            self.speaker_region = (_of_a_region(said) or still) if named_voice else ""

    # ------------------------------------------------------------ one sentence

    def sentence(self, sentence: str, asof: Period | None = None, carried: bool = False) -> Period | None:
        """Reads one sentence; returns the as-of month in force at its end. `carried`: the year in force
        was opened in an earlier paragraph."""
        goal, self.goal_said = self.goal_said, None
        if goal and _GOAL_DETAILED.match(sentence):
            # '…实施意见提出，到2027年，…稳居世界前列。具体来看，…；推出1000个高水平工业智能体…': the goal's items, never
            # progress
            if selfcheck.has_figure(fold(sentence)):
                targets.read_restated(self.release, sentence, goal)
            self.goal_said = goal
            return asof
        self.voice_of(fold(sentence))
        # '原材料工业司负责人：2024年，…': who speaks is no name of a figure
        sentence = _SPEAKER.sub(lambda m: " " * len(m.group()), sentence, count=1)
        if (again := _NAMED_SPEAKER.match(sentence)) and again["who"] in self.speakers:
            sentence = " " * again.end() + sentence[again.end():]
        if _LATEST.match(_clean_lead(fold(sentence))) and find_period(fold(sentence), self.month_year) is None:
            # '最新监测显示，IPv6活跃用户数已突破8.65亿': of a date the page does not say (not stored; '最新数据显示，
            # 1—10月，…' says its span)
            self._skip_if_figure(sentence, "not stored")
            return asof
        before = self.current.history or self.current.before
        year_before = self.current.year
        ctx = self.current = _Context(self.year, asof=asof, carried=carried, span=self.span_said, before=before,
                                      month=self.month_said)
        ctx.year_before = year_before
        # '…江苏工业生产总体稳定…。全省1—9月软件业务收入…': the whole province, the one the sentence before spoke of
        ctx.said, ctx.start, ctx.month_carried = fold(sentence), self.marker(), ctx.month
        if re.match(r"\s*同期[,，]", sentence) and (last := self.last_read()) is not None and last.period_type == "month" \
                and last.measure in ("level", "count"):
            # '…截至6月底，在用算力中心标准机架达1085万架。同期，我国已发布大模型1509个': at the date of the figure before
            ctx.asof, ctx.asof_said = Period(last.period, last.period_type), True
        if (defined := register.group_defined(sentence)) is not None and (names := self.names_of_group(defined[1])):
            self.groups_defined[defined[0]] = names
        # ('郑州规上工业增加值…。其中，电子信息产业…': the parts of the place the sentence before spoke of)
        opening = _clean_lead(fold(sentence)).lstrip(_PUNCTUATION)
        # ('郑州规上工业增加值同比增长9%…。主导产业增加值增长9.7%': on a province's page, the city the sentence before
        # spoke of, until a sentence names another place)
        city_before = self.region_said if _a_city(self.region_said) and (self.page_region or self.speaker_region) else ""
        # ('从三省合计看，二级节点共152个，占全国的36.4%…': a group's figures, none of ours)
        # ('…，云南电解铝产量…。绿色铝、硅光伏…增加值分别增长…，合计对全省规上工业增长的贡献率为29.1%': the province the
        # sentence before spoke of, 全省 said of it)
        province_before = self.region_said if self.region_said and not _a_city(self.region_said) \
            and re.search(r"全省", opening) else ""
        ctx.regional = (_A_PROVINCE if register.GROUP_HEADING.match(opening) else "") \
            or _of_a_region(sentence, bare_city=True) or (self.whole_place(opening) if _WHOLE_PROVINCE.match(opening)
                                                  else self.region_said if re.match(r"\s*其中", sentence) else "") \
            or city_before or self.speaker_region or self.section_region or self.page_region or province_before
        self.city_said = ctx.regional if _a_city(ctx.regional) else self.city_said
        # '…公布了2022年度绿色制造名单。其中，绿色工厂874家…': the list announced in the sentence before
        ctx.listed = self.list_year(fold(sentence))
        ctx.announced = bool(_ANNOUNCED.search(fold(sentence)))
        ctx.above_size = bool(_ABOVE_SIZE.search(fold(sentence)))
        if self.list_said is not None and re.match(r"\s*(?:其中|本年度|本批|此次|本次)", sentence):   # the list just announced
            ctx.listed, ctx.announced = self.list_said, True
        elif self.listed_before is not None and ctx.listed is None and register.BREAKDOWN_VIEW.match(fold(sentence)):
            # '今年公示的第七批…共3482家。分省份看，江苏公示807家…': the list the sentence before counted, by province
            ctx.listed, ctx.announced = self.listed_before, True
        self.listed_before = ctx.listed
        self.list_said = ctx.listed if ctx.announced and not selfcheck.has_figure(fold(sentence)) else None
        announced_at = _ANNOUNCED.search(fold(sentence))
        opening = True          # until the first figure or period: '会议指出，2023年…' opens with its year
        goal_until = 0          # the end of a goal's clause: nothing in it is read
        held_region = None      # the place in force before a nation's aside, again after it
        for start, end in _nation_aside_apart(sentence, _spans(sentence, "，,；;：:")):
            if held_region is not None:
                ctx.regional, held_region = held_region, None
            if sentence[start - 1: start] in ("（", "(") and sentence[end: end + 1] in ("）", ")"):
                held_region = ctx.regional
            # ('…增长3.2%，而11月份为下降0.1%': the contrast word said before an earlier period is no part of it)
            segment = re.sub(r"^(\s*)(?:而|但)(?=\d{1,2}月|[一二三四]季度|上半年|前三季度|\d{4}年)", r"\1 ", sentence[start:end])
            if not segment.strip():
                continue
            if ctx.year_then is not None:     # ('…92次，2024年为68次，增长35.3%': the year in force again after it)
                ctx.year, ctx.year_then = ctx.year_then[0], None
            if ctx.span_then is not None:     # ('…增长8.0%，一季度这一增速为8.2%；…': the span in force again after it)
                (ctx.span, ctx.month), ctx.span_then = ctx.span_then, None
            if register.EARLIER_SAID.match(fold(segment).strip()) and self.marker() != ctx.start:
                # ('…52.6万辆（上半年为33.31万辆），同比增长31.2%': an earlier span's value said aside, then the span's again)
                ctx.span_then = (ctx.span, ctx.month)
            if ctx.asof_passing:    # ('…，2020年底这一数字为71.8万个；每万人拥有5G基站34.4个': the date in force again)
                ctx.asof, ctx.asof_passing = ctx.asof_held, False
            if scale := register.SCALE.search(segment):
                ctx.scale = scale.group("scale")
            # '调研中了解到，广东作为…大省，前三季度…': the province the sentence speaks of, until '全国…' again
            # ('2025年，安徽全年生产汽车…，其中新能源汽车179.41万辆': a province opening a clause after the year too)
            if region := _of_a_region(segment):
                ctx.regional = region
                self.city_said = region if _a_city(region) else self.city_said
            elif _of_the_nation(fold(segment)):
                ctx.regional = ""       # ('广东：…' page: '我国软件业务收入…', '2025年全国…' are the nation's)
            elif (not ctx.regional or _a_city(ctx.regional) != bool(_WHOLE_CITY.match(_clean(fold(segment))))) \
                    and _WHOLE_PROVINCE.match(_clean(fold(segment))):
                # '…软件和信息技术服务业较快发展，2024年全省完成软件业务收入932亿元': a province's, never the nation's
                # (the one said before, or none known: then not stored); '湖南：…' page, '…目前全市拥有…': the city's
                ctx.regional = self.whole_place(_clean(fold(segment)))
            if announced_at is not None and self.list_said is None and not re.match(r"\s*其中", sentence):
                # counts before the clause that announces a list are not its members ('…500余家卓越级智能工厂，
                # 首批15家领航级智能工厂培育名单已经发布')
                # ('…名单日前发布；国家级智能制造示范工厂达到421家': a part after '；' speaks of something else)
                ctx.announced = end > announced_at.start() and not re.search(r"[；;]", sentence[announced_at.end():start])
            if ctx.forecast and ctx.forecast_inside and start and not re.search(r"预计|预期|将|有望|可望|力争", segment) \
                    and ctx.unforecast is not None:
                # '…比重预计超过50%，同期对美出口同比增长26.9%': what was expected is that clause's only
                (ctx.year, ctx.asof), ctx.unforecast, ctx.forecast, ctx.forecast_inside = ctx.unforecast, None, False, False
            if ctx.forecast and start and not re.search(r"预计|预期|将|有望|可望|力争", segment) \
                    and (counted := QUANTITY_RE.search(fold(segment))) and parse_quantity(counted).counts \
                    and re.search(r"[\u4e00-\u9fff]{2}", fold(segment)[: counted.start()]) and ctx.unforecast is not None:
                # '预计全年将超过8万亿元，…，新材料规上企业数量超过2万家': a count of its own name, said as it stands
                (ctx.year, ctx.asof), ctx.unforecast, ctx.forecast = ctx.unforecast, None, False
            if start and sentence[start - 1] in "；;":
                ctx.parts_said = re.match(r"\s*其中", segment) is not None or (
                    ctx.parts_said and re.match(catalogue.BARE_VEHICLE_CLASS.pattern + r"\d", fold(segment).strip()) is not None)
            if start and sentence[start - 1] in "；;" and not re.match(r"\s*其中", segment) \
                    and not self.forecast_goes_on(segment, ctx) \
                    and not (ctx.parts_said and re.match(catalogue.BARE_VEHICLE_CLASS.pattern + r"\d", fold(segment).strip())):
                # ('…；其中，乘用车2890万辆，…；商用车400万辆，…': the parts listed after 其中 go on with it)
                # '…有望连续16年保持全球第一；电信业务总量同比增长9.1%': a new clause ('；其中…' goes on with it)
                if ctx.forecast and ctx.unforecast is not None:
                    # '…预计2025年将达到57%左右；退役动力电池综合利用量…': the sentence's year again, not the one expected
                    (ctx.year, ctx.asof), ctx.unforecast = ctx.unforecast, None
                ctx.forecast = False
                if not ctx.plan_opened:
                    ctx.plan_ends = None    # '…，“十四五”时期年均增长5.0%；精炼铜产量…': the year's again
                if not ctx.window_opened:
                    ctx.window = None       # '…，2021—2024年年均增长0.59%；工业雷管产量6.72亿发': the year's again
                if ctx.outer is not None:   # '…，其中三季度增长4.9%；建材工业增加值…': the sentence's span again
                    (ctx.span, ctx.month), ctx.outer = ctx.outer, None
                ctx.market = False
            if start < goal_until:
                continue            # inside a goal's clause
            if targets.read_named(self.release, segment, self.goal_name(segment, ctx), self.year_compared(ctx)):
                continue            # '…高于方案提出的3230万辆左右的预期目标': the target, never progress
            goal = _GOAL.search(fold(segment))
            if goal is not None and targets.progress_under(goal.group(), fold(sentence[start:])):
                goal = None
            if goal is None and register.NEXT_STEP.match(fold(sentence)):
                goal = re.match(r"\s*", fold(segment))     # '下一步，我们将…，建设5G-A基站50万个': what is aimed at
            if goal is None and re.match(r"\s*[，,]\s*到20\d\d年", sentence[end:]):
                # '按照2025年工作要点的部署，到2025年末，…达到8.5亿': what a plan deploys for a date, never a level then
                goal = re.search(r"按照[^，,。；;]{0,30}?(?:部署|要求|安排)$", fold(segment).strip())
            if goal is None and re.match(r"\s*[：:]", sentence[end:]):
                goal = re.search(r"目标$", fold(segment).strip())    # '…，分行业明确了主要目标：…': its items after the colon
            if goal is None:
                goal = self.plan_restated(fold(sentence[:start]), fold(segment), fold(sentence[end:]))
            if goal is not None and (goal.group().startswith("将") or goal.group().startswith("到")) and (
                    ctx.forecast or _FORECAST.search(fold(segment)[: goal.start()]) or _ESTIMATED.search(fold(sentence[:end]))):
                # '预计全年…将达到1600万辆左右', '预计到2026年，…服务器产业规模超过4000亿元': what is expected, a forecast,
                # not an aim
                goal = None
            passed = goal is not None and _PASSED.fullmatch(goal.group()) and int(goal.group()[1:5]) < self.month_year
            if goal and not passed and not register.from_to(_per_workers(_clean_lead(fold(segment)))):
                if not selfcheck.has_figure(fold(segment)) and re.match(r"\s*[，,；;]\s*(?:预计|预期)", sentence[end:]):
                    continue      # '…确保完成全年目标任务，预计全年…增长6%左右': the forecast after the aim is read
                # a goal holds to the sentence's end, or to its '；' ('计划到今年底培育…；5G融合应用已融入…': progress again)
                # ('…工作方案落实：钢铁行业力争…；有色金属行业…': a plan's items after its colon, all goals)
                # ('…工作方案（2025—2026年），分行业明确了主要目标：钢铁行业…；有色金属行业…': the goal said before the colon)
                items = _PLAN_ITEMS.search(sentence[:start]) or _PLAN_ITEMS.search(sentence[:end]) \
                    or re.match(r"\s*[：:]", sentence[end:])
                semicolon = None if items else re.search(r"[；;]", sentence[end:])
                until = end + semicolon.end() if semicolon else len(sentence)
                while semicolon and (more := re.match(r"[^；;]*[；;]?", sentence[until:])).group() \
                        and not self.progress_again(fold(more.group())):
                    # '到2027年底，…达到45%；全国建成7万个5G行业虚拟专网，并带动…': the goal's next items, said as it
                    until += more.end()
                    semicolon = semicolon if until < len(sentence) else None
                rest = sentence[start:until].strip()
                if selfcheck.has_figure(fold(rest)):
                    # a goal: the plan's target, never progress (of the window the plan said before it names)
                    # ('面向2026年，有色金属行业稳增长工作方案提出…': the year the sentence looks to before the plan)
                    targets.read_restated(self.release, rest, targets.window_said(fold(sentence[:start]))
                                          or targets.deadline_said(sentence[:start])
                                          or (None if targets.deadline_said(rest) or re.search(r"(?<!到)20\d\d年", rest)
                                              else self.year_ahead(sentence[:start])
                                              or self.year_begun(sentence[:start])),
                                          year_in_force=(self.year_ahead(sentence[:start]) or (None, None))[1])
                if not semicolon:
                    self.goal_said = targets.deadline_said(rest) or targets.window_said(fold(sentence[:start])) \
                        or self.goal_said
                    return self.asof_after(ctx, asof)
                goal_until = until
                continue
            # '到2022年末，…' said in 2023 is a date passed: as at it, not a goal
            # a document's title names no period of the figures ('《…工作方案（2025—2026年）》')
            if _ON_THE_BASE.search(fold(segment)):
                # '是在2024年增长12.3%的基础上实现的': the base's figure, of that year, and never the year in force
                self._skip_if_figure(segment, "not stored")
                continue
            plain = _LEVEL_THEN.sub(lambda m: " " * len(m.group()), _DOCUMENT.sub(lambda m: " " * len(m.group()), segment))
            ctx.first_part = not sentence[:start].strip(" ，,") or bool(
                register.CITED.fullmatch(sentence[:start].strip(" ，,")) or _SAID_THAT.fullmatch(sentence[:start].strip(" ，,")))
            self.context(_PASSED_DATE.sub("截至", plain) if passed else plain, ctx, opens=opening)
            # '据国际机器人联合会统计，2023年…': a source's year is its figure's, never the page's from here on (but
            # '据中国汽车工业协会统计，2025年…' in January 2026: the year the page reviews; '据行业协会统计，1—11月，…' a span
            # of the year in force, holding for the paragraph as any span opening a sentence)
            # (the year opening what the source says: '…监测，二季度…，高于2023年和2024年同期水平' opens with its quarter)
            said_year = re.match(r"[\s，,：:]*(20\d\d)年", sentence[end:])
            opening = opening and not re.search(r"\d", segment) and not (
                register.CITED.match(segment) and said_year and int(said_year.group(1)) < self.month_year - 1)
            if _ONE_MARKET.match(_clean_lead(fold(segment))):
                ctx.market = True
            if ctx.market:
                # '在国内市场，新能源汽车新车销量占比突破50%': of the domestic market, never of all new-car sales
                self._skip_if_figure(segment, "qualified")
                continue
            if re.fullmatch(r"\s*与[^,;]+?(?:相吻合|吻合|相符合?|相一致)[。；;]?\s*", fold(segment)):
                # '…增长5.9%，与…会议上预计的增长5.9%相吻合': the figure matched against, an aside; the subject holds
                self._skip_if_figure(segment, "not stored")
                continue
            if self.places_share(segment, ctx):
                continue        # ('广东、浙江、山东三省家电产量合计占全国的62.4%': the places' share, never their own figures)
            if not register.batch_said_as_year(fold(segment), None) and self.said_of_the_last(segment, ctx):
                continue        # (a batch compared with the one before is read by its parts: batch_before)
            if (held := register.metric_shares(_clean_lead(fold(segment)).rstrip(_PUNCTUATION))) is not None:
                self.metric_shares(held, segment, ctx)
            elif _UNIVERSE.search(fold(segment)) or _FULL_COVER.search(fold(segment)) or _COVER_ALL.search(fold(segment)) \
                    or _REACH.search(fold(segment).rstrip(_PUNCTUATION)) \
                    or _REACH_SHARE.search(fold(segment).rstrip(_PUNCTUATION)):
                self.universe(segment, ctx)
            elif register.distributes(fold(segment)) or re.search(r"[、和].+(?<![户人年月日])均", segment):
                read = len(self.out)
                self.paired(segment, ctx)
                if len(self.out) == read and any(parse_quantity(q).unit != "%" for q in QUANTITY_RE.finditer(fold(segment))):
                    # '…；摩托车产销…（not read），同比分别增长…': what follows is of the names not read
                    ctx.subject, ctx.group, ctx.history = None, [], []
            elif len(ctx.group) > 1 and register.changes_listed(fold(segment).rstrip(_PUNCTUATION), len(ctx.group)):
                self.paired(segment, ctx, implied=True)
            else:
                self.items(segment, ctx)
        return self.asof_after(ctx, asof)

    def asof_after(self, ctx: _Context, carried_in: Period | None) -> Period | None:
        """The date in force after a sentence: one said in passing ('…，6月末余额达到35.6万亿元') or years before the
        page ('截至2024年7月底，…' in 2026) holds to its sentence's end only."""
        if ctx.asof_held is not None:
            return ctx.asof_held
        if ctx.forecast and ctx.unforecast is not None and ctx.unforecast[1] is not None:
            return ctx.unforecast[1]    # '目前，…超过6000家，预计2025年…。…已建成…': the day said before what is expected
        if ctx.asof is not None and ctx.asof_said and (not ctx.asof_opened or int(ctx.asof.period[:4]) < self.month_year - 1):
            return carried_in
        if ctx.asof is not None and ctx.asof_said and carried_in is not None and ctx.asof.period < carried_in.period:
            return carried_in   # '截至11月末，…。截至9月末，千兆宽带…。5G已融入…': an earlier date, of its sentence only
        return ctx.asof

    def context(self, segment: str, ctx: _Context, opens: bool = False) -> None:
        """Periods and forecasts a segment sets before its figures. A year that opens a sentence
        ('2025年，…', '会议总结2025年工作，…') stays in force for the sentences after it."""
        folded = fold(segment)
        first = QUANTITY_RE.search(folded)
        head = folded[: first.start()] if first else folded
        if register.RECORD_SINCE.search(head):
            return          # '…，为去年8月以来累计最高增速；9月份…': a record's span is no period of the figures after it
        if DAY_SPAN.search(head):
            ctx.days = True     # '去年3月7日至11月7日，我国消费品新增1516.6万种': over days, no span kept (never March)
            return
        if expected := _FORECAST.search(head):
            if not ctx.forecast:
                ctx.unforecast = (ctx.year, ctx.asof)
                ctx.forecast_inside = bool(re.search(r"[\u4e00-\u9fff]{2}(?:的|之)?(?:比重|比例|占比|规模|产值|收入|总量|数量)$",
                                                     _clean(head[: expected.start()])))
            ctx.forecast = True
        # ('…提高至14%，为年内最高水平': a record, no span; '较上年全年提高0.8个百分点': the year before's, a base)
        if re.search(r"(?<!上年)(?<!去年)全年|年内(?!最|新高|首次|高点|低点)", head):
            ctx.full_year, ctx.month = True, None
            if ctx.asof is not None and ctx.asof.period.endswith("-12") and not ctx.forecast \
                    and not re.search(r"\d{4}年|今年|去年|上年|本年", head):
                # '截至2024年底，5G基站总数达到425.1万个，全年净增87.4万个': the year ending at the date said
                ctx.year, ctx.carried = int(ctx.asof.period[:4]), False
            elif ctx.carried and ctx.asof is None and self.title_year == self.month_year - 1 and not ctx.forecast \
                    and not re.search(r"\d{4}年|今年|去年|上年|本年|比[^，,]{0,4}全年", head):
                # '2024年我国造船…' page: '三、与上年…相比 2023年，…。\n四、…全年累计交船69艘': the year the page reviews,
                # never one another paragraph spoke of
                ctx.year, ctx.carried = self.title_year, False
            # '…。预计全年…': the year, never the span said before (but '比去年全年', '全年预期目标' name no span)
            if ctx.span is not None and ctx.span is not self.span_said \
                    and re.search(r"(?<![比较年])全年(?!预期|目标|任务)", head):
                ctx.span = None     # '杭州市余杭区前三季度…；杭州市全年规上工业增加值4624亿元': the year, never that span
            if ctx.span is self.span_said and re.search(r"(?<![比较年])(?:全年|年内)(?!预期|目标|任务)", head):
                if not ctx.forecast:
                    # '全年组织开展…。…带动4.6万家…' after a paragraph on 上半年, '1—9月…达75.9%，全年占比超过70%。…拉动…':
                    # the rest of this paragraph is the year's too, never the span said before
                    self.span_said = None
                ctx.span = None
        if re.match(r"[\s，,]*20\d\d年以来", head) and not ctx.forecast and ctx.year is not None \
                and ctx.span is None and ctx.month is None:
            # '2024年，…。2025年以来，…二季度为71.9%': no year in force since, a span after it the latest one over
            ctx.year, ctx.carried = None, False
        plan = _PLAN_SPAN.search(head) or _PLAN_REVIEWED.search(head)
        if plan and re.search(r"(?:较|比|与|同)[“\"]?$", head[: plan.start()]):
            plan = None         # '…，较“十三五”时期高出15.1个百分点': the plan compared with, never the window in force
        if plan:
            ctx.plan_ends = register.plan_last_year(plan.group("plan"))
            ctx.plan_whole = not plan.group().endswith("以来")
            ctx.plan_opened = opens or self.marker() == ctx.start     # (said before any figure of the sentence)
        elif re.search(r"(?<![与比较])\d{4}年(?![底末]?的)|今年|本年|去年|上年|全年", head) \
                and not (ctx.plan_ends and re.search(r"(?:截至|截止)(?:到)?\d{4}年", head)):
            # a year said after it: that year's (never a value's, '由2020年的…', nor a base, '与2020年相比'; nor the end of the plan's years so far:
            # '从“十四五”时期看，截至2025年6月底，…承接的新船订单占全球的64.2%')
            ctx.plan_ends = None
        if (yearly := re.match(r"[\s，,]*(?P<year>20\d\d)年度(?![^。]*名单)", head)) and ctx.listed is None:
            # '2024年度还新培育…126家': that year (no list named); '截至2025年9月，…；2025年度…利用率…': never the date before
            ctx.year, ctx.carried, ctx.asof = int(yearly["year"]), False, None
        if (ended := register.plan_end(_clean_lead(head))) is not None and ended < self.month_year:
            # '“十三五”末，国家层面绿色工厂…分别为2121家…': the stocks at the end of that plan's last year
            ctx.asof, ctx.year, ctx.carried = Period(f"{ended}-12", "month"), ended, False
        elif _NOW.search(head):
            # ('截至目前，…。在领航级智能工厂中，…沉淀了6000余个…': the day holds to the paragraph's end, a date said)
            ctx.asof, self.dated_paragraph, ctx.asof_said_now = self.month, True, True
            if ctx.plan_ends is not None and not _PLAN_SPAN.search(head):
                ctx.plan_ends = None    # '预计“十四五”期间…；目前我国…占全球比重约30%': the day, never the plan's years
            if ctx.year is not None and ctx.year < self.month_year - 1 and not ctx.forecast:
                ctx.year = None     # '2024年这一比重为24.9%；目前，…占全球的比重接近30%': the day, never that year
        elif ctx.forecast and re.search(r"(?:今年|本年)(?!\d|以来|上半年|下半年|前|第?[一二三四]季度)", head):
            # '…目前…超过5300家，预计今年…规模将突破1万亿元': the year expected, not the month said before
            ctx.full_year, ctx.asof = True, None
            if ctx.span is self.span_said:
                ctx.span = None
        if re.match(r"[\s，,]*(?:此前|之前)一年", head) and ctx.year is not None:
            # '2025年，广东…。此前一年，全省规上工业企业营业收入已突破19万亿元': the year before the one in force
            ctx.year, ctx.carried, ctx.asof, ctx.span = ctx.year - 1, False, None, None
        if re.search(r"(?<![比较与同])明年", head):
            # '预计今年汽车出口有望达到700万辆，明年有望冲击800万辆': the year after the page's
            ctx.year, ctx.carried, ctx.full_year, ctx.asof, ctx.span = self.month_year + 1, False, True, None, None
        elif re.search(r"今年|本年", head):      # '今年1—7月' after a sentence on 2022: the year the page speaks in
            ctx.year, ctx.carried = self.month_year, False
            if opens:                          # '今年以来，…。1—7月，…': and for the sentences after it
                self.year, self.year_opened = ctx.year, True
            elif self.year is not None and self.year != ctx.year and not ctx.forecast:
                # '2023年，…机器人密度…；今年前10个月，…': an earlier year opened the sentence, the page's came back
                # (never one expected in passing: '2024年…高端化工营收占比达到52%，预计今年将超过53%。原油加工量…')
                self.year = None
        elif ((last := _LAST_YEAR.search(head))
              and not re.search(r"[\u4e00-\u9fff]", re.sub(r"^.*(?:--|——)|(?:截至|截止)(?:到)?$|^(?:回顾|回看|回望|反观|纵观)$", "",
                                                              _clean_lead(head[: last.start()])))) \
                or re.match(r"\s*去年(?!同期|[底末]|的)", head):
            # (never '装备工业延续了去年以来…的态势': a trend since then, said inside a clause; '回顾去年，…': that year)
            # '去年以来，…，1—11月，…' in January, '去年规模以上电子信息制造业增加值增长11.8%': the year before the page's
            ctx.year, ctx.carried = self.month_year - 1, False
            if ctx.asof is not None and ctx.asof.period[:4] != str(ctx.year):
                # '截至今年7月，…。去年，有64家…进入世界500强。…中小企业超过6000万户': last year's, said in passing
                # after a date of this year, which holds again after the sentence
                ctx.asof_held, ctx.asof = ctx.asof_held or ctx.asof, None
            elif opens:
                self.year, self.year_opened = ctx.year, True
            if ctx.span is not None and ctx.span.period[:4] != str(ctx.year) and not re.search(r"以来", head):
                # '前三季度，…。回顾去年，全国集成电路产量4514亿块': that year's, never the span of this one said before
                ctx.span = None
        if since := register.basis_year(_clean_lead(folded)):
            ctx.since = since               # '与2020年相比，…': the changes after it are since 2020
            return
        if re.fullmatch(r"\s*与(?:之|此)相比[,，]?\s*", folded) and ctx.year_before is not None \
                and ctx.year_before < self.month_year - 1:
            # '“十三五”末的2020年，…3853万载重吨…。与之相比，2025年造船完工量增长39.3%': since the year said before
            ctx.since = str(ctx.year_before)
            return
        if basis := register.basis(_clean_lead(folded)):
            ctx.basis = basis               # '与上年相比，…所占份额分别提高…': the year before
            return
        if span_basis := register.span_basis(_clean_lead(folded)):
            ctx.span_basis = span_basis     # '与1—5月相比，营业收入增速回落1.1个百分点': against that span
            return
        listed = register.period_list(_clean_lead(folded), ctx.year or self.month_year)
        if listed:                          # '一季度、二季度、三季度，…分别…': one period per figure
            ctx.periods = listed[0]
            return
        found = find_period(head, ctx.year or self.month_year)
        if found and (re.search(r"去年|上年|今年|本年|明年", found[1].group()) or re.search(r"(?:今年|本年)$", head[: found[1].start()])) \
                and ctx.year not in (None, self.month_year):
            # ('截至2024年底，…；今年1—8月，…': this year's span, never the year said before)
            # '2025年，…。…截至去年底，…' in March 2026: last year is the page's, never the year said before
            found = find_period(head, self.month_year)
        if found and (_BASE.search(head[max(0, found[1].start() - 4): found[1].end()])
                      or re.search(r"(?:比|较|与|同|相比|由)(?:今年|本年)?$", head[: found[1].start()])):
            found = None                    # '增速较上半年加快…', '由6月份下降0.1%转为…': the base, not the span
        if found and re.search(r"(?:为|是|相当于|达到)$", head[: found[1].start()]) and head[found[1].end():].startswith("的"):
            found = None                    # '…483.8万个，约为2020年末的6.7倍': a multiple of a value then, never a date
        if found and found[0].period_type != "year" and re.search(r"(?:从|至|到)$", head[: found[1].start()]) \
                and head[found[1].end():].startswith("的"):
            found = None                    # '价格从一季度的397元/吨回落至三季度的344元/吨': a from-to's ends, never the span
        if found and re.search(r"自$", head[: found[1].start()]) and head[found[1].end():].startswith("以来的"):
            found = None                    # '进口结束了自2022年一季度以来的下降态势': a trend's start, never a date
        if found:
            self.dated_paragraph = True
            period, match = found
            if period.period_type != "year" and not re.search(r"\d{4}|今年|本年|去年|上年", match.group()) \
                    and re.search(r"(?:截至|截止)(?:到)?$", head[: match.start()]) and not ctx.forecast:
                # '2024年，…。截至上半年，…普及率已达86.2%' said in September 2025: progress up to the latest such span
                # ended when the page appeared, never one of the year said before
                latest = Period(register.shift_year(period.period, self.month_year - int(period.period[:4])), period.period_type)
                period = latest if latest.as_date() <= self.month.as_date() else \
                    Period(register.shift_year(latest.period, -1), period.period_type)
            if period.period_type in ("month", "ytd", "quarter") and not re.search(r"\d{4}|今年|本年|去年|上年", match.group()) \
                    and ctx.carried and ctx.year is not None and ctx.year < self.month_year and ctx.forecast:
                # '预计上半年利润总额超过150亿元' in July after a paragraph on 2024: the span of the page's year (an estimate
                # of one just ended, or a forecast), never one of a year long over
                period = Period(register.shift_year(period.period, self.month_year - int(period.period[:4])), period.period_type)
            if period.period_type in ("month", "ytd", "quarter") and not re.search(r"\d{4}|今年|本年|去年|上年", match.group()) \
                    and ctx.carried and ctx.year != self.month_year and not ctx.forecast:
                # '…2024年制造业增加值占…。\n1—11月，新能源汽车产销…' in December 2025: a span without its year, in a
                # paragraph that named none, is the latest such span ended when the page appeared, never one of a
                # year an earlier paragraph looked back to
                ended = Period(register.shift_year(period.period, self.month_year - int(period.period[:4])), period.period_type)
                period = ended if ended.as_date() <= self.month.as_date() else \
                    Period(register.shift_year(ended.period, -1), period.period_type)
            if period.period_type in ("month", "ytd", "quarter") and not re.search(r"\d{4}", match.group()) \
                    and ctx.year in (None, self.month_year) and not ctx.forecast \
                    and re.search(r"\d{1,2}月|季度|半年", match.group()) and not re.search(r"今年|本年", head) \
                    and period.as_date() > self.month.as_date():
                # '11月份当月…' printed without its year in January: last year's, never a month still ahead
                period = Period(register.shift_year(period.period, -1), period.period_type)
            if period.period_type == "year" and not re.search(r"\d{4}", match.group()) and ctx.year is None \
                    and not ctx.forecast and period.period == str(self.month_year) and self.month.period[5:] <= "03":
                # '全年规模以上工业增加值增长5.9%' in January: a year ended is last year, never one barely begun
                period = Period(str(self.month_year - 1), "year")
            if period.period_type == "year" and not re.search(r"\d", match.group()) and ctx.forecast \
                    and int(period.period) < self.month_year and self.month.period[5:] > "02":
                # '预计全年…将首次突破8000万吨' in October after a paragraph on 2024: the year still running, never one
                # over (a forecast of last year is only said while its figures are not out: January and February)
                period = Period(str(self.month_year), "year")
            if period.period_type == "year" and not re.search(r"\d", match.group()) and ctx.forecast \
                    and self.year_expected is not None:
                # '行业机构预计，2025年汽车产业将…。预计全年汽车销量3290万辆左右' in January: the year expected just before
                period = Period(str(self.year_expected), "year")
            if period.period_type == "year" and re.search(r"\d", match.group()) and ctx.forecast \
                    and int(period.period) >= self.month_year:
                self.year_expected = int(period.period)
            if period.period_type in ("quarter", "ytd") and re.match(r"[末底]", head[match.end():]):
                period = Period(period.period, "month")     # '截至三季度末', '截至上半年末': at the span's last month's end
            if period.period_type == "month" and re.search(r"(?:(?<!特别|尤其)是|为|相当于|比|较|高于|低于|超过)$", head[: match.start()]):
                pass        # '是2020年底71.8万个的6.7倍；平均每万人…': the base of a comparison, never the date in force
            elif period.period_type == "month" and (re.search(r"末|底|年年?初", match.group()) or re.match(r"[末底]", head[match.end():])
                                                   or re.search(r"(?:截至|截止)(?:今年|本年)?$", head[: match.start()])):
                if re.search(r"(?:去年|上年)$", head[: match.start()]):
                    period = Period(register.shift_year(period.period, self.month_year - 1 - int(period.period[:4])), "month")
                elif not match.groupdict().get("year") and not match.groupdict().get("last") and re.search(r"截至|截止", head):
                    # '截至8月份' printed without its year: the latest such month up to the page's, never a
                    # year an earlier sentence looked back to ('2012年…。截至8月份，…')
                    month = int(period.period[5:])
                    year = self.month_year if month <= int(self.month.period[5:]) else self.month_year - 1
                    period = Period(f"{year}-{month:02d}", "month")
                if ctx.asof is not None and ctx.asof_held is None \
                        and (re.match(r"(?:" + named.REFERENCE_SAID.pattern + r"|这?[两二三四]项指标|两者|二者)(?:分别|均)?"
                                      r"(?:约|仅|只)?(?:为|是|超过|达到|达|突破|不足|$)|为", head[match.end():])
                             or re.search(r"而$", head[: match.start()])):
                    # ('…为66.2%，而2021年底两项指标分别为74.7%和51.3%；全国累计建成…': the date in force after it)
                    # ('…，2020年底这一数字为71.8万个；每万人拥有…': the date in force again after it)
                    ctx.asof_held = ctx.asof     # '截至11月末，…，5G基站数6月末为454.9万个': a date in passing
                    ctx.asof_passing = True
                # ('据…平台数据，截至6月，…': no figure before it in the sentence, it opens it)
                # ('截至6月底，…', '据…平台数据，截至6月，…': it opens the sentence; '…较快增长，6月末余额达到…': the
                # date of that figure only)
                ctx.asof, ctx.asof_said = period, True
                if ctx.span is not None and ctx.span is self.span_before and period.period > ctx.span.period:
                    # '1—7月，…。\n截至2025年11月底，…；…较上年提升30%': a later date said ends a span another paragraph said
                    ctx.span = self.span_said = None
                elif ctx.span is not None and period.period > ctx.span.period and not ctx.asof_passing:
                    # '2025年上半年达到9491万千瓦…；截至9月底，…装机规模超过1亿千瓦': a later date ends the span said before
                    ctx.span = None
                ctx.asof_opened = (opens or self.marker() == ctx.start and bool(register.CITED.match(ctx.said))) and (
                    ctx.first_part or bool(re.search(r"截至|截止", head[: match.end()])))
            elif period.period_type == "year" and head[match.end():].startswith("的") and ctx.year is not None:
                pass        # '软件业务收入由2020年的8.16万亿元增长到…': a value of a year said in passing, the year stays
            elif period.period_type == "year" and re.search(r"(?:自|从)$", head[: match.start()]) \
                    and re.match(r"(?:起|开始)", head[match.end():]):
                pass        # '自2023年起连续三年发布名录以来，…': a window's start, never the year in force
            elif period.period_type == "year" and (head[match.end():].startswith(("同期", "和", "、"))
                                                   or re.search(r"(?:高于|低于|超过|超出|好于|比|较)(?:[“”\"]?十[一二三四五]五[“”\"]?"
                                                                r"(?:末|期末)的|上年|去年)?$", head[: match.start()])):
                pass        # '…为89.1，仍高于2023年和2024年同期水平': years compared with, never the figures' own
                # ('…比重达到12.9%，较上年全年提高0.8个百分点': the year before's whole, never 全年 in force)
            elif period.period_type == "year" and ctx.forecast and not re.search(r"\d", match.group()) \
                    and period.period == str(self.month_year) and self.month.period[5:] <= "02":
                # '全年…预计超过1.6万亿元' in January: the year just reviewed or the one begun; the year in force
                # when one was said, else none (not stored); the year expected just before when one was
                ctx.asof = None
                if self.year_expected is not None:
                    ctx.year, ctx.carried = self.year_expected, False
            elif period.period_type == "year" and match.group() == "全年" and ctx.asof is not None \
                    and ctx.asof.period.endswith("-12") and not ctx.forecast:
                # '截至2025年底，电话用户总数达到19.87亿户，全年新增3091万户。其中，…': the year ending at the date said,
                # the date holding on after it
                ctx.year, ctx.carried, ctx.month = int(ctx.asof.period[:4]), False, None
            elif period.period_type == "year" and re.match(r"(?:分别)?(?:为|是)", head[match.end():]) and not opens \
                    and (ctx.year is None or int(period.period) < ctx.year) and self.marker() != ctx.start \
                    and ctx.asof is None and ctx.span is None and ctx.month is None:
                # '全年…发射92次，2024年为68次，增长35.3%；其中商业航天发射50次': another year's value said in passing,
                # of its clause only ('…提高13.0、20.2和22.1个百分点（2020年分别为43.1%、…），手持订单量…': none in force)
                ctx.year_then, ctx.year = (ctx.year,), int(period.period)
            elif period.period_type == "year":
                ctx.year, ctx.asof, ctx.carried, ctx.month = int(period.period), None, False, None   # a year named ends a date carried over
                self.month_said = None if opens else self.month_said
                explicit = re.fullmatch(r"\d{4}年(?:全年)?", match.group())
                if ctx.span is not None and (ctx.span.period[:4] != period.period or explicit and ctx.span is self.span_said):
                    ctx.span = self.span_said = None      # '…。2024年，…': another year's, not the span said before
                # ('…由2020年的26.6万亿元增加到…': a value of a year, said in passing, opens no year; nor '…比重总体稳定，
                # 2024年这一比重为24.9%': the series just named, in another year)
                # ('回看2024年，…', '而在2024年末，…': a look back, of its sentence only, unless it opens the paragraph:
                # '回顾2024年，工业机器人产量…。…自主品牌…占有率达到58.5%' is all that year's)
                reviewed = self.opens_paragraph and ctx.said.lstrip().startswith("回顾")
                if opens and not ctx.forecast and not head[match.end():].startswith("的") \
                        and not named.REFERENCE.match(head[match.end():].strip(_PUNCTUATION)) \
                        and not (_LOOK_BACK.match(ctx.said) and not reviewed):
                    self.year, self.year_opened, self.year_reviewed = ctx.year, True, reviewed
                elif not opens and not ctx.forecast and self.year is not None and self.year < ctx.year <= self.month_year \
                        and not head[: match.start()].strip(" ，,") and explicit \
                        and (ctx.year < self.month_year or self.month.period[5:] > "03"):
                    # (never a year barely begun: '1月21日，2026年全区工业和信息化工作会议…' names a meeting)
                    # '2024年全省…首次突破1万亿元，2025年继续保持较快增长…。…前三季度…': the later year, said as a clause of
                    # its own, is in force for the sentences after it
                    self.year = ctx.year
            elif period.period_type in ("ytd", "quarter"):
                if not re.search(r"\d{4}|去年|上年|今年", match.group()) and not re.search(r"(?:今年|本年)$", head[: match.start()]) \
                        and ctx.asof is not None and ctx.asof_said \
                        and ctx.asof.period[:4] != period.period[:4] and ctx.asof.period[5:] >= period.period[5:]:
                    # '2024年，…。截至6月底，…；上半年…新上架数据产品3328个': the year of the date the sentence said
                    period = Period(ctx.asof.period[:4] + period.period[4:], period.period_type)
                if not opens and ctx.span is not None and ctx.span != period and self.marker() != ctx.start \
                        and re.match(r"(?:" + named.REFERENCE_SAID.pattern + r")(?:为|是)", head[match.end():]):
                    # '上半年，…增长8.0%，一季度这一增速为8.2%；…增长8.6%': another span's value said in passing
                    ctx.span_then = (ctx.span, ctx.month)
                if re.match(r"其中", folded.strip(_PUNCTUATION)) and ctx.outer is None:
                    ctx.outer = (ctx.span, ctx.month)
                ctx.span, ctx.month = period, None     # '…，其中二季度增长4.4%': the quarter from here on
                if opens and re.search(r"\d{4}", match.group()) and not ctx.forecast \
                        and (ctx.year is None or ctx.carried or ctx.year < int(period.period[:4])):
                    # '2025年二季度…。分区域看，…' after a paragraph on 2024, '2024年，…。2025年前11个月，…。一季度，…':
                    # the span's year ends the one in force
                    ctx.year, ctx.carried = int(period.period[:4]), False
                    self.year, self.year_opened = ctx.year, True
                if ctx.asof is not None and ctx.asof.period != period.period:
                    ctx.asof = None     # '截至2024年底，…。2025年二季度，…利用率为62.3%': a span ending elsewhere ends the date
                # ('浙江1—11月规上工业增加值增长7.0%。广东规上工业增加值增长3.0%': a province's span, said after its
                # name, is of its sentence only)
                own = bool(_of_a_region(head[: match.start()]))
                self.span_said = period if opens and not own else self.span_said
                self.latest_span_said |= period.period_type == "ytd" and period.period == register.shift_month(self.month.period, -1)
                if opens and not own and self.paragraph_span is None:
                    self.paragraph_span = period
                self.month_said = None if opens and not own else self.month_said
            elif period.period_type == "month":
                if re.match(r"其中", folded.strip(_PUNCTUATION)) and ctx.outer is None:
                    ctx.outer = (ctx.span, ctx.month)  # '1—8月…，其中8月份增长5.2%；装备制造业…': the span again after '；'
                ctx.month, ctx.span = period, None     # '12月份，中小企业出口指数为52.4%': that month's figure
                if ctx.asof is not None and not ctx.asof_said:
                    ctx.asof = None     # ('三季度末工业生产明显提速。9月份，…增长6.5%': the month's, never to a date before)
                # ('1—9月，…。9月当月，…利润同比增长21.6%。分门类看，制造业利润增长9.9%': the span's own month, said as
                # 当月, is that sentence's; the span holds after it)
                part = "当月" in match.group() + head[match.end(): match.end() + 2] and self.span_said is not None \
                    and self.span_said.period_type == "ytd" and self.span_said.period == period.period
                self.span_said = None if opens and not part else self.span_said
                self.month_said = period if opens and not part else self.month_said
        if window := _WINDOW.search(head):
            ctx.window, ctx.window_opened = (window.group("start"), window.group("end")), opens
            if re.fullmatch(r"\d{4}", window.group("end")) and not ctx.forecast:
                # '2020年到2024年，…从…增加到…，…占比提高到…': the sentence's years after are the window's last, never
                # its first (the sentences after keep the year they had)
                ctx.year = int(window.group("end"))
                if opens:
                    self.year, self.year_opened = None, False

    def said_of_the_last(self, segment: str, ctx: _Context) -> bool:
        """The register's forms said of the figures just read: a milestone (连续16年…, 均超过…: never a
        figure), a comparison with an aggregate (增速分别高于规上工业3.3个和3.5个百分点), a change in
        points against an earlier span (增速比上年加快0.1个百分点), a share's change (占…比重较上年分别
        提高…), a cumulative change since a base year (与2020年相比分别累计增长约39.5%和48.4%)."""
        if (aside := register.value_aside(fold(segment))) is not None and ctx.subject is not None:
            # '增速比上半年（16.4%）提高0.4个百分点': the subject's rate then, before the change against it
            self.earlier(fold(segment), Quantity(aside[1], "%", "exact", None), None, segment, ctx)
        # '比全国（6.2%）低2.3个百分点': the aggregate's own figure said aside is not the gap's
        folded = re.sub(r"\(\d+(?:\.\d+)?%\)", "", tenths(_clean_lead(fold(segment))))
        if (group := register.INDUSTRIES_COUNTED.match(folded)) and re.match(r"(?:合计|共同)(?:拉动|带动|上拉)", folded[group.end():]):
            # '4个行业合计拉动规上工业增长3.9个百分点': the group just listed (named_gap), never a count
            folded = folded[group.end():]
        if (each := register.GROWTH_EACH_OVER.fullmatch(_clean_lead(folded).strip(_PUNCTUATION))) and len(ctx.group) > 1 \
                and all(ind is not None for ind, _ in ctx.group) \
                and [o.indicator for o in self.out[-len(ctx.group):]] == [ind.code for ind, _ in ctx.group]:
            # '新能源汽车产销量均超过1100万辆，同比增长均超过30%': each name's growth, over the line as its level is
            for ind, name in ctx.group:
                self.emit(ind, name, Quantity(float(each["num"]), "%", "over", None), "yoy_pct", segment, ctx)
            return True
        # ('北京、广东…软件业务收入规模居全国前列，同比分别增长…': names with no figure, for the list after them)
        if register.threshold(folded) and (selfcheck.has_figure(folded) or "、" not in folded):
            if self.line_passed(folded, segment, ctx):
                return True
            self._skip_if_figure(segment, "milestone")
            if self.names_past(segment, ctx):
                return True
            # '全部工业增加值突破40万亿元大关，占GDP比重达到33.2%': what follows is the named subject's
            name = _clean(register.milestone_subject(_clean(folded)))
            ind = self.resolve(name) if name else None
            if ind is not None:
                ctx.subject, ctx.group = (ind, name), [(ind, name)]
            elif re.search(r"(?:率|比重|占比|份额)$", name) and ctx.subject and ctx.subject[0] is not None \
                    and ctx.subject[0].unit != "%":
                # '…销量为17.7万台；自主品牌国内市场占有率首次突破50%，达到58.5%': a rate not kept, never the amount's
                # before it
                ctx.subject, ctx.group = None, []
            elif parts := register.compound(name):
                # '新能源汽车产销量双双突破1600万辆，其中新车销量达到…': what the compound is of is the topic
                ctx.topic = os.path.commonprefix(parts) or ctx.topic
                # '乘用车产销首次双双突破3000万辆，分别完成…': and its parts are what a list after it is of
                ctx.pending = list(parts)
            elif name and _LINE_CROSSED.search(folded) and not re.search(r"(?:率|比重|占比|份额|增速|增幅)$", name):
                # '全市规上工业总产值首次突破万亿元，达到1.06万亿元': the level reached right after is the name's
                ctx.line_of = (name, folded.strip())
            return True
        # '2020—2024年，装备制造业增加值年均增长7.9%': the window said before the clause, from the year before its
        # first (the five yearly growths of 2020–2024 give the 7.9% printed; from 2020's level they give 8.2%)
        said = f"{ctx.window[0]}-{ctx.window[1]}年" if ctx.window and "年均" in folded else ""
        if not said and ctx.years_said and "年均" in folded and not register.DISTRIBUTES.search(folded):
            # '…从“十三五”末的1450万吨增加到2024年的1915万吨，年均增长7.2%': over the from-to's years, from its first
            said = f"{int(ctx.years_said[0]) + 1}-{ctx.years_said[1]}年"
        if not said and ctx.plan_ends is not None and ctx.plan_whole and "年均" in folded and ctx.plan_ends < self.month_year:
            # '“十四五”时期，十种有色金属产量年均增长5.0%' said after the plan's years: over them (to the year in
            # force when one before their end is: '2024年，…销量17.7万台，“十四五”期间年均增长33.1%')
            said = f"{ctx.plan_ends - 4}-{min(ctx.plan_ends, ctx.year or ctx.plan_ends)}年"
        if average := register.two_year_average(folded) or register.window_average(folded) or \
                (said and register.window_average(said + folded)):
            return self.average(average, segment, ctx)
        # ('“十三五”时期，…能耗累计下降16%': the plan said before the clause)
        plan = register.plan_ending(ctx.plan_ends) if ctx.plan_whole else ""
        if over := register.window_change(folded) or (plan and register.window_change(plan + "时期" + folded)):
            return self.window_change(over, segment, ctx)
        if re.search(r"(?<![国省市区业])(?:年均|平均)(?:增长|增速|下降)", folded) and not register.DISTRIBUTES.search(segment) \
                and not (re.search(r"平均下降", folded) and named.effect(folded)):     # ('不良品率平均下降50.2%': an effect)
            # a yearly average over a window: not stored (the nation's average growth, '高于全国平均增速1个百分点', is
            # what a gap is measured against)
            self._skip_if_figure(segment, "not stored")
            return True
        if register.members_counted(folded) is not None and not register.DISTRIBUTES.search(folded):
            if self.counted(folded, segment, ctx):
                return True     # '其中自行车、家用冷柜等15种产品产量保持两位数增长': the count, its examples no part of it
            # '电子、有色、化工、汽车4个行业对工业生产增长的贡献率…': said of the group, never of its first name
            self._skip_if_figure(segment, "not stored")
            return True
        if self.counted(folded, segment, ctx) or self.contribution(folded, segment, ctx) or self.two_years(folded, segment, ctx) \
                or self.increment(folded, segment, ctx):
            return True
        if (asides := register.aggregates_aside(_clean_lead(fold(segment)).strip(_PUNCTUATION))) and ctx.subject \
                and ctx.subject[0] is not None:
            # '…增长10.6%，增速高于同期规模以上工业（5.9%）和高技术制造业（9.4%）': each aggregate's own growth
            wholes = [self.whole(name) for name, _ in asides]
            if all(whole is not None and whole.unit == "%" and whole != ctx.subject[0] for whole in wholes):
                for whole, (name, value) in zip(wholes, asides):
                    self.emit(whole, name, Quantity(value, "%", "exact", None), "yoy_pct", segment, ctx,
                              period=self.period_of(ctx.subject[0], "yoy_pct", ctx))
                return True
        # '快于全部规模以上工业（增长6.4%）1.6个百分点', '高于全国（6.3%）9.3个百分点' (read before the bare rate is taken off)
        aside = register.aggregate_aside(folded) or register.aggregate_aside(tenths(_clean_lead(fold(segment))))
        folded = aside[0] if aside else folded
        compared, since = register.comparison(folded), register.cumulative(folded)
        # ('与2024年相比，…份额分别提高…' of 2025's shares: the year before, said by its number)
        year_before = ctx.basis == "yoy" or (ctx.since is not None and ctx.year is not None and ctx.since == str(ctx.year - 1))
        span = register.span_change(folded) or (year_before and register.share_change_after_basis(folded)) \
            or (ctx.span_basis and register.span_change_said(folded, ctx.span_basis)) \
            or (ctx.change_base not in ("", "上年", "去年", "上年同期")
                and re.fullmatch(r"\s*(?:加快|放缓|回落|回升|提高|下降)\d+(?:\.\d+)?个?百分点[。；;]?\s*", folded)
                and register.span_change_said("增速" + folded.strip(), ctx.change_base)) \
            or (ctx.change_base and (share := _SHARE_MOVED.fullmatch(folded.strip(_PUNCTUATION)))
                and register.span_change(f"{share['name']}比重比{ctx.change_base}{share['rest']}")) \
            or self.rate_moved_bare(folded, ctx) or None
        if span and register.span_base_said(span.base):
            # ('制造业增长5.7%，比11月份加快1.1个百分点；…供应业增长0.8%，回落3.5个百分点', '…比重为36.8%，比上年提高2.2
            # 个百分点；高技术制造业所占比重提高0.8个百分点': the same span or year, for the sentence)
            ctx.change_base = span.base
            if re.match(r"\s*(?:比|较)", folded):
                self.paragraph_base = span.base
        if span and (share_of := _SHARES_OF.fullmatch(span.head.strip(_PUNCTUATION))):
            # '造船完工量和手持订单量的国际市场份额分别提高…': the shares of the names printed, just read
            span = replace(span, head=share_of["names"], what=span.what or "份额")
        cumulative = register.cumulative_named(folded) if not (compared or span or since) else None
        if cumulative:
            # '算力总规模较上年末增长16.5%': the growth since then of the name printed before it
            name, since = _clean(cumulative[0]), cumulative[1]
            ind = self.resolve(name)
            if ind is None:
                if not self.named_since(name, since, segment, ctx):
                    self._skip_if_figure(segment, "unknown name")
                return True
            ctx.subject, ctx.group = (ind, name), [(ind, name)]
        if not (compared or span or since):
            return False
        group = ctx.group or ([ctx.subject] if ctx.subject else [])
        said_at = find_period(re.sub(r"^其中", "", span.head.strip(_PUNCTUATION)), ctx.year or self.month_year) if span else None
        span_at = None
        if said_at and said_at[1].group() == re.sub(r"^其中", "", span.head.strip(_PUNCTUATION)) and ctx.subject is not None \
                and any(o.indicator == ctx.subject[0].code and o.period == said_at[0].period
                        for o in self.out[ctx.start[0]:]):
            # '…分别为74.1%和74.0%，其中二季度比上年同期下降0.9个百分点': the subject's, of the period read in the
            # sentence ('一、二季度…依次为79.3%、80.8%，其中一季度比上年同期提高2.0个百分点': of the first)
            span, span_at = replace(span, head=""), said_at[0]
        if span and not compared and span.head.strip(_PUNCTUATION):
            # '建材工业增加值与上年基本持平': of the name printed before it, never of the figures read before
            names = register.compound(_clean(span.head)) or catalogue.split_labels(_clean(span.head)) or [_clean(span.head)]
            group = [(self.resolve(name) or self.sibling_of_last(name), name) for name in names]
            # '汽车产销分别完成…，同比分别增长…，产量增速较1—10月扩大1.1个百分点': a part of the compound just read
            group = [(ind, name) if ind is not None or not re.fullmatch(r"产量|销量", name) else next(
                ((read, said) for read, said in reversed(ctx.group) if read is not None and read.name_zh.endswith(name)),
                (None, name)) for ind, name in group]
            if not all(ind for ind, _ in group):
                self._skip_if_figure(segment, "unknown name")
                return True
            ctx.subject, ctx.group = group[-1], group
            if not span.what and span.values == (0.0,) and span.base in ("上年", "去年", "上年同期", "去年同期"):
                # a level the same as a year earlier is a growth of zero (基本持平: about)
                for ind, name in group:
                    self.change(ind, name, Quantity(0.0, "%", "about" if "基本" in folded else "exact", None), segment, ctx)
                return True
        wanted = len((compared or span).values) if (compared or span) else len(since.items)
        if len(group) < wanted <= len(ctx.history) and register.DISTRIBUTES.search(segment):
            group = ctx.history[-wanted:]    # '收入约38.3万亿元，利润总额3.1万亿元，…分别累计增长…'

        if compared:
            self.compared(compared, segment, group, ctx, aside[1] if aside else None)
        elif span:
            # ('…降幅较上年收窄1.6个百分点，较1—9月扩大0.3个百分点': the fall changed just before, again)
            span = register.fall_changed_again(span, ctx.rate_changed[0] if ctx.rate_changed[1:] == (self.marker(),) else "")
            self.span(span, segment, group, ctx, span_at)
            ctx.rate_changed = (span.what, self.marker())
        else:
            self.since(since, segment, group, ctx)
        return True

    def rate_moved_bare(self, folded: str, ctx: _Context) -> register.SpanChange | None:
        """'…产能利用率为74.1%，比上年同期上升0.5个百分点。分门类看，制造业产能利用率为74.1%，上升0.3个百分点': a rate's
        change said bare right after it, against the base the paragraph said before (never a growth's: 加快 is)."""
        base = ctx.change_base or self.paragraph_base
        last = self.out[-1] if len(self.out) > ctx.start[0] else None
        if not base or ctx.subject is None or ctx.subject[0] is None or last is None \
                or last.indicator != ctx.subject[0].code or last.measure != "level" or ctx.subject[0].unit != "%" \
                or catalogue.family_of(ctx.subject[0].code) in catalogue.GROWTH_ONLY \
                or not re.fullmatch(r"\s*(?:上升|下降|提高|回落|回升|降低)\d+(?:\.\d+)?个?百分点[。；;]?\s*", folded):
            return None
        return register.span_change(f"比{base}" + folded.strip())

    def named_since(self, name: str, since: register.Since, segment: str, ctx: _Context) -> bool:
        """'2024年全省…单位增加值能耗较2020年累计下降19.8%': a name kept as printed, its one change since a base year before
        the year in force (cum_pct); False else."""
        if ctx.year is None or since.year_end or len(since.items) != 1 or not since.base.isdigit() \
                or int(since.base) >= ctx.year - 1:
            return False
        item = since.items[0]
        return self.as_named(_WHOLE_PROVINCE.sub("", name), Quantity(item.value, "%", item.qualifier, None), "cum_pct",
                             segment, ctx, period=Period(str(ctx.year), "year"), base=Period(since.base, "year"))

    def since_of_named(self, found: register.Since, segment: str, ctx: _Context) -> bool:
        """'…申报企业1291家，比2024年增长39.7%' (of 2025) of the figure kept as printed just read: its growth on the year
        before, said with that year; False when nothing such was read or the base is another year or a year's end."""
        name = self.named_just_read(ctx)
        if not name or ctx.named[3] not in ("level", "count") or found.span \
                or not found.base.isdigit() or int(found.base) != int(ctx.named[2].period[:4]) - 1:
            return False
        item = found.items[0]
        if found.year_end and ctx.named[2].period_type == "month":
            # '截至8月底，…算力规模增至7.5万P，较2024年底增长36%': a stock's growth since last year's end
            return self.as_named(name, Quantity(item.value, "%", item.qualifier, None), "cum_pct", segment, ctx,
                                 period=ctx.named[2], base=Period(f"{found.base}-12", "month"))
        if found.year_end or ctx.named[2].period_type != "year":
            return False
        return self.as_named(name, Quantity(item.value, "%", item.qualifier, None), "yoy_pct", segment, ctx,
                             period=ctx.named[2])

    def places_gaps(self, found: register.Comparison, name: str, segment: str, ctx: _Context) -> bool:
        """'北京、天津、大连规上工业增加值分别增长6.5%、4.2%和11.7%。…北京、大连增速分别高于全国0.6个和5.8个百分点': each
        place's gap to the nation, of its growth kept as printed just before; False unless every place named has one."""
        places = re.fullmatch(r"(?P<places>[\u4e00-\u9fff、和]+?)(?:的)?(?:增速|增幅)?", name)
        names = re.split(r"[、和]", places["places"]) if places else []
        if found.measure != "pp_gap" or not 1 < len(names) == len(found.values) < 6 \
                or not re.fullmatch(r"全国(?:平均)?(?:水平)?", found.aggregate.strip()):
            return False
        growths = [next((o for o in reversed(self.named_out[-12:]) if o.measure == "yoy_pct" and o.label_zh.startswith(place)), None)
                   for place in names]
        if any(o is None or not _of_a_region(place, bare_city=True) for o, place in zip(growths, names)):
            return False
        return all([self.as_named(o.label_zh, Quantity(value, "百分点", "exact", None), "pp_gap", segment, ctx,
                                  period=Period(o.period, o.period_type), relative_to="全国")
                    for o, value in zip(growths, found.values)])

    def named_share_moved(self, found: register.Comparison, name: str, segment: str, ctx: _Context) -> bool:
        """'…先进制造业、高技术制造业…比重分别为57.2%和33.1%，其中先进制造业占比比上年提高0.5个百分点': the change on the
        year before of a share kept as printed, read earlier in the sentence, of the name said; False else."""
        name = re.sub(r"^其中", "", name)
        share = next((o for o in reversed(self.named_out) if o.measure == "share_pct" and fold(o.quote) in ctx.said_before(segment)
                      and o.label_zh.removeprefix(ctx.regional).startswith(name)), None) \
            if found.measure == "share_change" and len(found.values) == 1 and len(name) >= 2 else None
        if share is None:
            return False
        period = Period(share.period, share.period_type)
        then = register.base_period(found.base or "上年", period)
        if then is None or then.period != str(int(period.period[:4]) - 1) + period.period[4:]:
            return False
        return self.as_named(share.label_zh, Quantity(found.values[0], "百分点", "exact", None), "pp_change", segment, ctx,
                             period=period, relative_to=share.relative_to)

    def compared(self, found: register.Comparison, segment: str, group, ctx: _Context,
                 aggregate_growth: float | None = None) -> None:
        if found.label:
            # '工业拉动经济增长1.1个百分点', '其中制造业拉动0.8个百分点': of the name said before it
            name = _clean(found.label)
            ind = self.resolve(name)
            # '装备制造业、高技术制造业增加值在…中的占比较2023年分别提高…': each name listed; '两者在…中的比重…': the
            # names just read
            listed = [] if ind is not None or len(found.values) < 2 else \
                ctx.history[-len(found.values):] if register.THE_LAST_NAMED.fullmatch(name) \
                and len(ctx.history) >= len(found.values) else \
                [(self.resolve(part), part) for part in _shared_tail(catalogue.split_labels(name))]
            if ind is None and not (len(listed) == len(found.values) and all(i is not None for i, _ in listed)):
                if self.places_gaps(found, name, segment, ctx) or self.named_share_moved(found, name, segment, ctx):
                    return None
                return self._skip_if_figure(segment, "unknown name")
            group = listed or [(ind, name)]
        elif self.named_just_read(ctx):
            # '…高技术制造业增长17.2%、高于全国8个百分点，高端装备制造业增长28%（kept as printed）、高于全国20.1个百分点':
            # of the figure just read, never of the series before it
            if not (self.named_gaps_listed(found, segment, ctx) or self.named_gap(found, segment, ctx)):
                self._skip_if_figure(segment, "unattributed")
            return None
        values = found.values * len(group) if len(found.values) == 1 and found.each else found.values
        wholes = catalogue.split_labels(_AGGREGATE_NOISE.sub("", found.aggregate)) if len(group) == 1 < len(values) else []
        if found.measure == "pp_gap" and not _AGGREGATE_NOISE.sub("", found.aggregate).strip() and len(group) == 1 < len(values):
            # '…增速分别比同期工业、高技术制造业高5个和1.8个百分点；1—5月增长11.1%，增速分别高出4.8个和1.6个百分点':
            # against the aggregates the paragraph listed before
            wholes = self.gap_wholes
        if found.measure == "pp_gap" and len(wholes) == len(values):
            self.gap_wholes = wholes
            # '增速分别比同期工业、高技术制造业高6.0个和2.9个百分点': one subject against each aggregate in turn
            for whole, value in zip(wholes, values):
                self.compared(replace(found, aggregate=whole, values=(value,)), segment, group, ctx)
            return None
        if not group or len(values) != len(group):
            return self._skip_if_figure(segment, "unattributed")
        aggregate = _AGGREGATE_NOISE.sub("", found.aggregate)     # 'GDP增速' is GDP's
        if (ctx.regional or all(ind is not None and ind.dimension == "region" for ind, _ in group)) \
                and found.measure == "pp_gap" and re.fullmatch(r"全国(?:平均)?(?:水平)?", aggregate.strip()):
            # '江苏…增长7.4%，高于全国1.2个百分点': the province's gap to the nation's same series ('河南、山东…分别增长…，
            # 分别高于全国2.5个和1.7个百分点': each province's)
            grown = self.last_read()
            for (ind, name), value in zip(group, values):
                # (the series read is the nation's until emit takes the province's: '高技术制造业' is itself)
                national = catalogue.indicators().get(catalogue.scope_of(ind.code), ind) if ind.dimension == "region" else ind
                self.emit(ind, name, Quantity(value, "百分点", "exact", None), "pp_gap", segment, ctx,
                          relative_to=national.code)
            if aggregate_growth is not None and len(group) == 1 and (last := grown) is not None \
                    and last.measure == "yoy_pct" and catalogue.scope_of(last.indicator) == national.code:
                # '…增长15.6%，增速高于全国（9%）6.6个百分点': the nation's own growth, said aside, of the same span
                held, ctx.regional = ctx.regional, ""
                self.emit(national, "全国" + national.name_zh, Quantity(aggregate_growth, "%", "exact", None), "yoy_pct",
                          segment, ctx, period=Period(last.period, last.period_type))
                ctx.regional = held
            return
        whole = self.whole(aggregate) if found.aggregate else \
            ctx.whole if found.measure == "contribution_pp" else None
        if found.measure == "contribution_pp" and found.aggregate and ctx.regional and _WHOLE_PROVINCE.match(aggregate.strip()):
            # '…装备制造业增加值增长11.8%，上拉全省工业增长2.9个百分点': against the province's own industry, never the nation's
            national = self.whole(_WHOLE_PROVINCE.sub("", aggregate.strip()))
            whole = catalogue.region_of(ctx.regional, _whole_of(group[0][0], national)) if national is not None else None
        else:
            whole = _whole_of(group[0][0], whole) if whole is not None else None
        if found.measure == "pp_gap" and whole is not None and whole.code == "industry_va_total" \
                and (re.fullmatch(r"(?:同期|全国|整体)?工业", aggregate.strip()) or re.search(r"规模以上|规上", aggregate)):
            # '电子信息制造业增加值同比增长10.9%，增速比同期工业高4.7个百分点': a growth against industry's own growth, that
            # of industry above designated size (all industry's value added is a level, its growth said as GDP's part)
            whole = catalogue.indicators()["industrial_va"]
        if found.measure == "pp_gap" and whole is not None and len(group) == 1 and self.read_as_rate(group[0][0]):
            # '…研发费用占营业收入的比重为5.4%，比全部规上工业平均水平高3.2个百分点': a rate against the same rate of
            # the aggregate (its own series, or nothing: never the aggregate's growth)
            whole = catalogue.same_rate_of(group[0][0], whole)
            if whole is None:
                return self._skip_if_figure(segment, "unattributed")
        ctx.whole = whole if found.measure == "contribution_pp" else ctx.whole
        group = [(_of_whole(ind, whole), name) for ind, name in group]
        if found.measure == "share_change":
            measure, base = share_change_measure(found.base, self.period_of(group[0][0], "share_pct", ctx) or self.month)
        else:
            measure, base = found.measure, None
        if measure is None or (found.measure != "share_change" and whole is None):
            return self._skip_if_figure(segment, "unknown name" if measure else "not stored")
        for (ind, name), value in zip(group, values):
            share = next((o for o in reversed(self.out) if o.indicator == ind.code and o.measure == "share_pct"), None) \
                if whole is None and found.measure == "share_change" else None
            # '占移动基站总数的36.6%，占比较上半年提高0.9个百分点': the change of the share just read, of its whole
            against = _industry_flow_of(ind, whole) if measure == "pp_gap" else whole
            relative_to = share.relative_to if share is not None else \
                against.code if against is not None and against.code != ind.code else None
            self.emit(ind, name, Quantity(value, "百分点", "exact", None), measure, segment, ctx,
                      relative_to=relative_to, base=base)
        if aggregate_growth is not None and found.measure == "pp_gap":
            # the aggregate's own growth, said aside: of the span of the subjects' growths
            self.emit(whole, aggregate, Quantity(aggregate_growth, "%", "exact", None), "yoy_pct", segment, ctx,
                      period=self.period_of(group[0][0], "yoy_pct", ctx))

    def rate_not_read_since(self, segment: str, ctx: _Context) -> bool:
        """Whether a rate (…%) was said in the sentence after the last figure read and before `segment`, and not read
        ('…3482家，…；…复核通过率为87.04%，比去年提高4.14个百分点': the points are the rate's)."""
        before = ctx.said_before(segment)
        last = fold(self.out[-1].quote) if len(self.out) > ctx.start[0] else ""
        since = before[before.rfind(last) + len(last):] if last and last in before else ""
        return bool(re.search(r"\d%", since))

    def span(self, change: register.SpanChange, segment: str, group, ctx: _Context, at: Period | None = None) -> None:
        """'增速比上年加快0.1个百分点' of the growth just read: growth_pp_change against that span (`at`: of the
        figure of that period read in the sentence, '其中一季度…')."""
        values = change.values * len(group) if len(change.values) == 1 else change.values
        # (a name not catalogued read last, after the group: '…3482家，…；…复核通过率为87.04%，比去年提高4.14个百分点')
        named_last = not group or bool(self.named_just_read(ctx))
        if named_last and len(change.values) == 1 and change.what in ("", "增速", "增幅", "降幅") \
                and self.named_growth_points(segment, change.values[0], change.base, ctx):
            return      # '先进材料产业增长4.7%、增速比上半年提高3.8个百分点': the change of a named growth, against that span
        if named_last and len(change.values) == 1 and change.what not in ("增速", "增幅") \
                and self.named_points(segment, change.values[0], change.base, ctx):
            return      # '…的比重提升至4.6%，比上年提高0.3个百分点': the change of a share of names not catalogued
        if named_last and len(change.values) > 1 and change.what not in ("增速", "增幅") \
                and self.named_points_listed(segment, change, ctx):
            return      # '…的比重分别为23.9%和23.1%，分别比上年提升1.1个和1.2个百分点': each share's change
        if named_last and len(change.values) > 1 and change.what in ("", "增速", "增幅") \
                and self.named_points_listed(segment, change, ctx, growths=True):
            return      # '…等行业增加值分别增长36.0%、…，增速较去年全年依次提高7.4、…个百分点': each growth's change
        if len(change.values) > 1 and change.what not in ("增速", "增幅") and self.points_listed_mixed(segment, change, ctx):
            return      # '先进制造业、高技术制造业…比重分别达到56.5%和30.2%，比上年分别提高…' (one catalogued, one not)
        if group and (named_last or self.rate_not_read_since(segment, ctx)):
            return self._skip_if_figure(segment, "unattributed")     # of the rate just said, not read: never the group's
        if not group or len(values) != len(group):
            return self._skip_if_figure(segment, "unattributed")
        for (ind, name), value in zip(group, values):
            # (a province's figure just read is stored under its own series: '全省工业增加值…占…比重为27.8%，同比提升…')
            share = next((o for o in reversed(self.out) if (o.indicator == ind.code or ctx.regional
                          and catalogue.scope_of(o.indicator) == ind.code) and (at is None or o.period == at.period)), None)
            if share is not None and share.measure == "yoy_pct" and register.flat_on_a_year_before(change):
                # '…同比增长0.2%，与上年同期基本持平': the growth just read, said again in words
                self._skip_if_figure(segment, "not stored")
                continue
            if share is not None and share.measure in ("level", "count") and share.unit != "%" \
                    and register.flat_on_a_year_before(change):
                # '…实现营业收入2.53万亿元，与上年基本持平': the amount's growth is about zero, never a rate's change
                self.change(ind, name, Quantity(0.0, "%", "about" if "基本" in segment else "exact", None), segment, ctx)
                continue
            if share is not None and share.measure == "share_pct" and change.what not in ("增速", "增幅"):
                # '…占…的比重分别达到14.4%和32.5%，比2015年分别提高2.6和0.7个百分点': the shares' changes
                period = Period(share.period, share.period_type)
                measure, base = share_change_measure(change.base, period)
                if measure is None:
                    return self._skip_if_figure(segment, "not stored")
                self.emit(ind, name, Quantity(value, "百分点", "exact", None), measure, segment, ctx,
                          relative_to=share.relative_to, base=base, period=period)
                continue
            if change.what in ("比重", "占比", "份额") and (share is None or share.measure != "share_pct"):
                # '装备制造业…比重为36.8%，比上年提高2.2个百分点；高技术制造业所占比重提高0.8个百分点': a share not read,
                # of the whole the sentence's share was of (never a growth's change); with none, not sure
                sibling = next((o for o in reversed(self.out[ctx.start[0]:]) if o.measure == "share_pct"), None)
                period = Period(sibling.period, sibling.period_type) if sibling is not None else None
                measure, base = share_change_measure(change.base, period) if period else (None, None)
                if measure is None:
                    self._skip_if_figure(segment, "unattributed")
                    continue
                self.emit(ind, name, Quantity(value, "百分点", "exact", None), measure, segment, ctx,
                          relative_to=sibling.relative_to, base=base, period=period)
                continue
            rate = ind.unit == "%" and catalogue.family_of(ind.code) not in catalogue.GROWTH_ONLY
            # a rate's change is at the date of the rate just read ('截至6月…普及率…71.5%，比2015年提高…')
            period = Period(share.period, share.period_type) if rate and share is not None \
                and share.measure in ("level", "index") else self.period_of(ind, "yoy_pct", ctx)
            base = register.base_period(change.base, period) if period else None
            if base is None:
                return self._skip_if_figure(segment, "not stored")
            # ('2024年，…比重约为20%（a stock: at 2024-12），比上年提高2个百分点': on the year before's end)
            a_year_earlier = base.period == str(int(period.period[:4]) - 1) + period.period[4:] or (
                period.period.endswith("-12") and base.period == str(int(period.period[:4]) - 1))
            if ind.unit == "点" and value == 0 and period.period_type in ("month", "quarter") and "-" in base.period \
                    and base.period == register.shift_month(period.period, -1 if period.period_type == "month" else -3):
                # '7月份为89.0，与6月份持平': an index unchanged in points on the period before, never a growth's change
                self.emit(ind, name, Quantity(0.0, "点", "exact", None), "mom_abs_change", segment, ctx, period=period)
                continue
            # '小型企业PMI为48.2%，比上月上升1.6个百分点': a rate's change on the month before
            a_month_earlier = change.base in ("上月", "前月") and period.period_type == "month"
            measure = "pp_change" if rate and a_year_earlier else "pp_change_mom" if rate and a_month_earlier else \
                "pp_change_prev" if rate else "growth_pp_change"
            self.emit(ind, name, Quantity(value, "百分点", "exact", None), measure, segment, ctx,
                      base=None if measure in ("pp_change", "pp_change_mom") else base, period=period)

    def since(self, found: register.Since, segment: str, group, ctx: _Context) -> None:
        """'与2020年相比分别累计增长约39.5%和48.4%': growth since the base year (cum_pct); '较2023年底增长6.1%'
        of a stock at the end of 2024: its growth on a year earlier."""
        if not group and len(found.items) == 1 and self.since_of_named(found, segment, ctx):
            return None
        if not group or len(found.items) != len(group):
            return self._skip_if_figure(segment, "unattributed")
        for (ind, name), item in zip(group, found.items):
            period = self.period_of(ind, "level", ctx)
            # '较2023年底增长6.1%' of a stock at the end of 2024, '比2023年增长5%' of 2024: a growth on a year earlier
            if period is None and found.base == "上年":
                return self._skip_if_figure(segment, "unattributed")      # the year before which, unknown
            a_year_earlier = period is not None and int(period.period[:4]) == int(found.base_year(period)) + 1 \
                and (found.year_end and period.period[4:] in ("", "-12") or period.period_type == "year" and not found.span)
            measure, base = ("yoy_pct", None) if a_year_earlier else \
                ("cum_pct", found.base_period(period) if period else Period(found.base, "year"))
            self.emit(ind, name, Quantity(item.value, "%", item.qualifier, None), measure, segment, ctx, base=base)

    def average(self, found: register.Average, segment: str, ctx: _Context) -> bool:
        """'规模以上工业增加值两年平均增长6.1%', '…同比增长9.6%，两年平均增长6.1%': the average yearly growth
        since the same span two years earlier (avg_yoy_pct), of the name said or of the figures just read."""
        name = _clean(found.label)
        ind = self.resolve(name) if name else None
        listed = _shared_tail(catalogue.split_labels(name)) if name and ind is None and len(found.items) > 1 else []
        if len(listed) == len(found.items) > 1:
            # '规模以上工业中小企业增加值、营业收入、利润总额年均分别增长…': each name, the first's qualifier shared
            listed, resolved = catalogue.qualifier_shared(listed, [self.resolve(n) for n in listed], self.resolve)
            if all(resolved):
                name, ctx.group = "", list(zip(resolved, listed))
        if name and ind is None:
            if not (len(found.items) == 1 and self.named_average(name, found, segment, ctx)):
                self._skip_if_figure(segment, "unknown name")
            return True
        if not name and len(found.items) == 1 and (last := self.named_last(ctx)):
            # '…由2020年的10.87万家增长到14万家左右（kept as printed），年均增长6.4%': of that name
            if not self.named_average(last, found, segment, ctx):
                self._skip_if_figure(segment, "not stored")
            return True
        group = [(ind, name)] if ind is not None else (ctx.group or ([ctx.subject] if ctx.subject else []))
        if len(group) < len(found.items) <= len(ctx.history) and register.distributes(segment):
            group = ctx.history[-len(found.items):]
        if not group or len(group) != len(found.items):
            self._skip_if_figure(segment, "unattributed")
            return True
        for (indicator, label), item in zip(group, found.items):
            # a window of years over ('“十四五”时期…年均增长5.0%' in 2026): its last year's, whatever year is in force
            period = Period(str(found.end_year), "year") if found.end_year is not None \
                and found.end_year < self.month_year else self.period_of(indicator, "yoy_pct", ctx)
            if period is None:
                self._skip_if_figure(segment, "not stored")
                continue
            base = found.base_period(period)
            if base is None:       # a window not over: an aim, never a result
                self._skip_if_figure(segment, "not stored")
                continue
            self.emit(indicator, label, Quantity(item.value, "%", item.qualifier, None), "avg_yoy_pct", segment, ctx,
                      base=base, period=period)
        ctx.subject, ctx.group = group[-1], group
        return True

    def window_change(self, found: register.WindowChange, segment: str, ctx: _Context) -> bool:
        """'…用水量“十三五”时期下降近40%': the change of the name said (or in force) over a plan's five years, from the
        year before its first to its last (cum_pct); a window not over when the page appeared is an aim (not stored)."""
        name = _clean(found.label)
        said = (self.resolve(name), name) if name else ctx.subject
        if said is None or said[0] is None:
            self._skip_if_figure(segment, "unknown name")
            return True
        ctx.subject, ctx.group = said, [said]      # ('…，2021年进一步下降5.6%': the same name's, in that year)
        if found.end_year >= self.month_year:
            self._skip_if_figure(segment, "not stored")
            return True
        self.emit(said[0], said[1], Quantity(found.item.value, "%", found.item.qualifier, None), "cum_pct", segment, ctx,
                  base=Period(str(found.base_year), "year"), period=Period(str(found.end_year), "year"))
        return True

    def trade_part(self, part: str, ctx: _Context) -> bool:
        """'医药保健品进出口总额1494.68亿美元（kept as printed）…；其中出口825.62亿美元，…进口669.06亿美元': the exports
        and imports of that trade, kept as printed too; False when the last figure read is no such total."""
        said = re.fullmatch(r"\s*(?:其中)?[,，]?(?P<way>出口|进口)(?:额)?(?:为|达到?)?(?P<num>\d[^,，;；。]*?)[。；;]?\s*", fold(part))
        last = self.named_just_read(ctx) if said else ""
        # ('…其中出口…，增长5.13%，进口669.06亿美元': the other way of the same trade, after its exports)
        total = ctx.trade_total if ctx.trade_total and last.startswith(named.TRADE_TOTAL.sub("", ctx.trade_total)) else last
        printed = QUANTITY_RE.search(said["num"]) if said else None
        # ('…行业出口7583.2亿美元，同比增长7.2%；进口6184.2亿美元': the other way of the trade just read, no total said)
        other = named.OTHER_WAY.search(last) if not named.TRADE_TOTAL.search(total) else None
        if printed is None or not (named.TRADE_TOTAL.search(total) or other and other["way"] != said["way"]):
            return False
        name = last[: other.start()] + said["way"] + other["tail"] if other else named.TRADE_TOTAL.sub("", total) + said["way"]
        ctx.trade_total = total if not other else ctx.trade_total
        quantity = parse_quantity(printed)
        if not self.as_named(name, quantity, named.measure_of(quantity), part, ctx):
            self._skip_if_figure(part, "not stored")
        return True

    def named_average(self, name: str, found: register.Average, segment: str, ctx: _Context) -> bool:
        """'“十四五”期间，全省工业投资年均增速达12%': a name's average yearly growth over the window, kept as printed
        from the year before it began (core.named_figures base_period); False when its period is not sure."""
        item = found.items[0]
        stand_in = named.kind(name, fold(segment), "%", "yoy_pct")[0]
        period = Period(str(found.end_year), "year") if found.end_year is not None \
            and found.end_year < self.month_year else self.period_of(stand_in, "yoy_pct", ctx)
        base = found.base_period(period) if period is not None else None
        return base is not None and self.as_named(name, Quantity(item.value, "%", item.qualifier, None), "avg_yoy_pct",
                                                  segment, ctx, period=period, window_said=True, base=base)

    def counted(self, folded: str, segment: str, ctx: _Context) -> bool:
        """'41个工业大类中有39个实现增长': a count out of a whole (register.count)."""
        opening = find_period(folded, self.month_year)
        if opening and opening[1].start() == 0:      # '6月份有26个行业…': the period is the context's
            folded = folded[opening[1].end():].lstrip(_PUNCTUATION)
        folded = re.sub(r"^\s*(?:当月|当季|全年|同期)(?=有?\d)", "", folded)     # ('当月有33个大类行业实现同比增长')
        said = register.universe(folded)
        if said:
            ctx.universe = self.universe_said = said
            return True
        last = next((o for o in reversed(self.out[-3:]) if o.indicator == ctx.counted and o.measure == "count"), None) \
            if ctx.counted else None
        if last is not None and (moved := register.count_moved(_clean_lead(folded).rstrip(_PUNCTUATION),
                                                               Period(last.period, last.period_type))) is not None:
            # '当月有33个大类行业实现同比增长，比11月份增加3个', '…增长面为69.7%，比上年增加13种': the count's change on the
            # month or the year before (its share said between)
            ind = catalogue.indicators()[ctx.counted]
            self.emit(ind, ind.name_zh, Quantity(moved[1], ind.unit, "exact", None), moved[0], segment, ctx,
                      period=Period(last.period, last.period_type))
            return True
        # ('…623种主要工业产品中，368种…。…当月325种产品产量同比增长': the whole the page said before, of the same kind)
        counter = re.search(r"\d+(个|种|类)", folded)
        page_whole = self.universe_said if self.universe_said and counter \
            and self.universe_said[1].startswith(counter.group(1)) else None
        found = register.count(folded, ctx.universe or page_whole or self.products_of_industry(segment, ctx))
        if found is None and ctx.counted and re.match(r"\s*其中", fold(segment)) \
                and (kind := re.search(r"(主要[\u4e00-\u9fff]{1,6}产品)", catalogue.indicators()[ctx.counted].name_zh)):
            # '…58种产品产量实现增长，…，其中自行车…等15种产品产量保持两位数增长': a part of those just counted (the
            # examples no part of the count)
            found = register.count(register.without_examples(folded), (None, "种" + kind.group(1)))
        if found is None or found.falling:
            return False
        group = next((code for word, code in _PRODUCT_GROUPS if word in found.what), "products_growing")
        code = group if "产品" in found.what else "provinces_growing" if "省" in found.what else "industries_growing"
        if found.fast:
            # '其中自行车、家用冷柜等15种产品产量保持两位数增长': those grown by two digits, where the catalogue holds them
            code = code.replace("_growing", "_double_digit")
            if code not in catalogue.indicators():
                return False
        if code != group and re.search(r"利润|收入|营收|出口|投资|效益", found.of):
            # '31个制造业大类行业中，有19个行业的中小企业利润总额保持增长': members counted by another measure than
            # their value added, kept as printed with the whole they are of
            if not self.as_named(found.of + "增长的行业", Quantity(found.value, "个", "exact", None), "count", segment,
                                 ctx, universe=found.whole):
                self._skip_if_figure(segment, "unknown name")
            return True
        ind = catalogue.indicators()[code]
        self.emit(ind, ind.name_zh, Quantity(found.value, ind.unit, "exact", None), "count", segment, ctx,
                  universe=found.whole)
        ctx.counted, ctx.subject = code, (ind, ind.name_zh)     # (its change after it: '…，比11月份增加3个')
        return True

    def products_of_industry(self, segment: str, ctx: _Context) -> tuple[float | None, str] | None:
        """'…机械工业…增加值同比增长9.0%；在重点监测的主要产品中，有84种产品产量同比增长': the whole counted is the
        main products of the industry just read (no number of them printed); None when no such industry was read."""
        among = _AMONG_PRODUCTS.search(ctx.said_before(segment))
        if among and re.search(r"规模以上工业(?:统计的)?主要产品中", among.group()):
            return None, "种主要工业产品"      # '规模以上工业统计的主要产品中，有343种…': all industry's products
        if not among or not ctx.subject or ctx.subject[0] is None:
            return None
        word = next((word for word, _ in _PRODUCT_GROUPS if word in ctx.subject[1] or word in ctx.subject[0].name_zh), None)
        return (None, f"种主要{word}产品") if word else None

    def held(self, holder: str, part: str, ctx: _Context) -> None:
        """One count of what a part of the nation holds ('机械行业拥有制造业单项冠军企业超过500家'), kept as printed under
        the holder's name; not stored when it is no count of a name."""
        folded = fold(part)
        counted = QUANTITY_RE.search(folded)
        quantity = parse_quantity(counted) if counted else None
        name = _clean(re.sub(r"^.*?(?:拥有|聚集|集聚|汇聚)", "", folded[: counted.start()])) if counted else ""
        name = re.sub(r"(?:超过|达到|达|近|约|逾)$", "", name)
        if quantity is None or not quantity.counts or len(QUANTITY_RE.findall(folded)) != 1 \
                or not self.as_named(holder + name, quantity, "count", part, ctx):
            self._skip_if_figure(part, "not stored")

    def two_years(self, folded: str, segment: str, ctx: _Context) -> bool:
        """'全部工业增加值从2020年的31.3万亿元增长到2024年的40.5万亿元': the level in each year."""
        # ('“十四五”期间，…比重由38%提高至62%': from the year before the plan's first to its last, the plan over)
        window = ctx.window or ((str(ctx.plan_ends - 5), str(ctx.plan_ends)) if ctx.plan_whole and ctx.plan_ends is not None
                                and ctx.plan_ends < self.month_year else None)
        found = register.from_to(_per_workers(folded), window, now=self.month_year)
        # ('2020年，…为31.3万亿元，2024年达到40.5万亿元；同期，…由26.6万亿元增至33.6万亿元': the two years said before it)
        said_before = ctx.said[: max(0, ctx.said.find(folded.strip()))]
        before = set(re.findall(r"(20\d\d)年", said_before))
        years = ctx.years_said or (tuple(sorted(before)) if len(before) == 2 else None)
        if found is None and years and (re.match(r"[\s，,；;]*同期", segment) or re.search(r"同期[,，]\s*$", said_before)
                                        or ctx.years_said and not re.search(r"\d{4}年", folded)):
            # ('…比重由2020年的15.1%提高到2025年的17.1%，装备制造业占比由33.7%提高到36.8%': the years just said)
            # '…从2020年的31.3万亿元增长到2024年的40.5万亿元，同期制造业增加值从26.6万亿元增长到33.6万亿元': the same years
            found = register.from_to(_per_workers(folded).rstrip(_PUNCTUATION), years)
        if found is None and (since := register.from_to(_per_workers(folded).rstrip(_PUNCTUATION), None,
                                                        str(self.month_year))) is not None:
            return self.since_year_to_now(since, segment, ctx)
        if found is None and (listed := register.from_to_listed(_per_workers(folded).rstrip(_PUNCTUATION))) is not None:
            return self.two_years_listed(listed, segment, ctx)
        if found is None and (risen := register.risen_to(folded.rstrip(_PUNCTUATION))) is not None:
            return self.risen(risen, segment, ctx)
        if found is None:
            return False
        name, levels = _clean(found[0]), found[1]
        name = _WHOLE_PROVINCE.sub("", name) if ctx.regional else name      # '全省…产量由…': the province's
        if not name and not ctx.subject and (ctx.pending or ctx.trended):
            # '…国际市场份额逐年攀升，由2021年的31.5%提高到2024年的78.5%': the name said before, with how it moved
            name = ctx.pending.pop() if ctx.pending else ctx.trended
        ctx.years_said = (levels[0][0], levels[1][0])
        # '高技术制造业占规模以上工业增加值比重从2012年的9.4%提高到2020年的15.1%': a share in each year
        # ('智能家电在家电产品中的比重从38%提高到62%': the whole said with 在…中)
        share = re.fullmatch(r"(?P<part>.*?)(?:占(?P<whole>.+?)的?|在(?P<whole_in>.+?)中的?)(?:比重|比例|占比)", name)
        whole_said = (share["whole"] or share["whole_in"]) if share else ""
        if share:
            name = share.group("part")
        elif name.endswith("占比") and ctx.share_whole and all(item.unit == "%" for _, item in levels):
            # '…占规模以上工业增加值的比重由…提高到…，装备制造业占比由33.7%提高到36.8%': of the whole just said
            share, whole_said, name = True, ctx.share_whole, name[:-2]
        ctx.share_whole = whole_said or ctx.share_whole
        ind = self.resolve(name) if name else (ctx.subject[0] if share and ctx.subject else None)
        if name and not share and register.BARE_METRIC.fullmatch(name) and ctx.subject and ctx.subject[0] is not None \
                and (own := catalogue.sibling(ctx.subject[0], name)) is not None:
            # '…电子信息制造业增加值年均增速达到11.6%，营业收入从7万亿元增长至14.1万亿元': the subject's own metric
            ind, name = own, _METRIC_TAIL.sub("", ctx.subject[1]) + name
        name = name or (ctx.subject[1] if ctx.subject else "")
        whole = self.whole(whole_said) if share else None
        if ind is None and name and not (share and any(item.unit != "%" for _, item in levels)) \
                and self.two_years_named(named.share_of(name, whole_said) if share else name, levels, bool(share),
                                         segment, ctx):
            return True
        if ind is None or (share and (whole is None or any(item.unit != "%" for _, item in levels))):
            self._skip_if_figure(segment, "unknown name")
            return True
        read = len(self.out)
        for year, item in levels:
            # ('5G基站数从2020年底的71.8万个增至2025年底的483.8万个': a stock at each year's end)
            at = Period(f"{year}-12", "month") if not share and catalogue.is_stock(ind.code) else Period(year, "year")
            self.emit(ind, name, Quantity(item.value, item.unit, item.qualifier, None),
                      "share_pct" if share else catalogue.amount_measure(ind, item.unit),
                      segment, ctx, period=at, relative_to=whole.code if whole else None)
        ind = self.stored(ind, read)
        if at.period_type == "month" and ctx.asof is None and len(self.out) > read:
            ctx.asof = at       # '5G基站由2020年底的…增长到2025年底的483.8万个，每万人拥有5G基站34.4个': at that date
        ctx.subject, ctx.group = (ind, name), [(ind, name)]
        ctx.from_to_read = len(self.out)
        return True

    def two_years_named(self, name: str, levels: list, share: bool, segment: str, ctx: _Context,
                        flows_sure: bool = True) -> bool:
        """'新材料产业总产值由2021年的5.9万亿元增至2024年的超过8万亿元': a name not catalogued, its level in each
        year (a count held at the year's end; a year None: the day), kept as printed when all are sure. `flows_sure`:
        False when a year is only a plan's end, for which a flow's level is never sure (a count or a share is)."""
        read = len(self.named_out)
        # ('…订单的国际市场份额由2021年的31.5%逐年提升至…': a share named by its own word)
        share = share or bool(re.search(r"(?:份额|占比|比重|比例)$", name)) and all(item.unit == "%" for _, item in levels)
        for year, item in levels:
            quantity = Quantity(item.value, item.unit, item.qualifier, None)
            measure = "share_pct" if share else named.measure_of(quantity)
            held = not share and named.kind(name, fold(segment), quantity.unit, measure)[1] == "count"
            at = self.month if year is None else Period(f"{year}-12", "month") if held else Period(year, "year")
            if not (held or share or flows_sure) \
                    or not self.as_named(name, quantity, measure, segment, ctx, period=at, window_said=True):
                del self.named_out[read:]
                return False
        return True

    def since_year_to_now(self, found: tuple[str, list], segment: str, ctx: _Context) -> bool:
        """'规模以上轻工企业数量由2020年的10.87万家增长至14万家': the level in the year said and now (a count or a stock:
        at the statement's date as any it states; a flow's now is unsure, not read, unless a plan reviewed ends it)."""
        name, ((year, then), (_, now)) = _clean(found[0]), found[1]
        ind = self.resolve(name)
        # '…增加到目前的14万家': said of the day, whatever plan was said before it
        today = register.to_the_day(fold(segment))
        measure = catalogue.amount_measure(ind, now.unit) if ind is not None else ""
        # ('会议认为，“十四五”时期，…。5G基站从2020年底的71.8万个增加到483.8万个': the end of the plan's years reviewed)
        end = self.plans_end(ctx) or (Period(f"{self.paragraph_plan}-12", "month") if self.paragraph_plan else None)
        # (no plan reviewed nor the day said: the year just ended on a page of its first weeks, else the day it speaks,
        # '大模型…应用案例占比由2024年的19.9%提高至25.9%': never a flow's, not sure)
        # (a year's step only: from the year before the page's, the day; from the one before that on a page of the new
        # year's first weeks, the year just ended; from a year further back, no date is sure)
        early = self.month.period[5:] <= "02"
        reviewed = str(self.month_year - 1) if early and int(year) == self.month_year - 2 else None
        day = today or int(year) == self.month_year - 1 and not early
        if ind is None and name and (day or end or reviewed) and self.two_years_named(
                name, [(year, then), (None if day else end.period[:4] if end else reviewed, now)], False, segment, ctx,
                flows_sure=False):
            # '“十四五”期间，智能家电占比由2020年的38%提升至62%': at the year said and at the end of the plan's years (or
            # the day, '…增加到目前的…')
            return True
        # ('（“十四五”…）新能源汽车年销量由2020年的136.7万辆跃升至1649万辆': a year's flow, in a plan reviewed)
        flow_over_plan = ind is not None and end is not None and not today and measure == "level" \
            and not catalogue.is_stock(ind.code)
        if ind is None or not (measure == "count" or catalogue.is_stock(ind.code) or flow_over_plan) or then.unit != now.unit:
            self._skip_if_figure(segment, "unknown name" if ind is None else "form not read")
            return True
        # a stock then at that year's end (as any stock said of a year), now at the day or the plan's end; a year's flow
        # that year's and the plan's last year's
        then_at, now_at = (Period(year, "year"), Period(end.period[:4], "year")) if flow_over_plan else \
            (Period(f"{year}-12", "month"), self.month if today else end)
        read = len(self.out)
        self.emit(ind, name, Quantity(then.value, then.unit, then.qualifier, None), measure, segment, ctx, period=then_at)
        self.emit(ind, name, Quantity(now.value, now.unit, now.qualifier, None), measure, segment, ctx, period=now_at)
        ind = self.stored(ind, read)
        ctx.subject, ctx.group = (ind, name), [(ind, name)]
        ctx.from_to_read = len(self.out)
        if flow_over_plan:
            ctx.years_said = (year, end.period[:4])     # (年均增长… after it: over them)
        return True

    def two_years_listed(self, listed: register.ListedFromTo, segment: str, ctx: _Context) -> bool:
        """'2020—2024年，装备制造业和高技术制造业…，占规模以上工业增加值的比重分别由33.7%和15.1%提高到34.6%和16.3%': each
        name's level (or share) in the window's first and last years (or in the years printed with the lists)."""
        label, first, second = listed.label, listed.first, listed.second
        years = listed.years or ctx.window or ctx.years_said
        share = re.fullmatch(r"(?P<part>.*?)占(?P<whole>.+?)的?(?:比重|比例)", _clean(label))
        part = _clean(share.group("part")) if share else _clean(label)
        part = _WHOLE_PROVINCE.sub("", part) if ctx.regional else part      # '全省汽车和…产量': the province's
        names = catalogue.split_labels(part) if part else [name for _, name in ctx.group]
        resolved = [self.resolve(name) for name in names] if part else [ind for ind, _ in ctx.group]
        whole = self.whole(share.group("whole")) if share else None
        if years is None or len(names) != len(first) or not all(resolved) or (share and whole is None) \
                or (share and any(item.unit != "%" for item in first + second)):
            self._skip_if_figure(segment, "unattributed")
            return True
        for ind, name, then, now in zip(resolved, names, first, second):
            for year, item in ((years[0], then), (years[1], now)):
                self.emit(ind, name, Quantity(item.value, item.unit, item.qualifier, None), "share_pct" if share else
                          catalogue.amount_measure(ind, item.unit), segment, ctx, period=Period(year, "year"),
                          relative_to=whole.code if whole else None)
        ctx.group = list(zip(resolved, names))
        ctx.from_to_read = len(self.out)
        return True

    def stored(self, ind: Indicator, read: int) -> Indicator:
        """The series the figures just emitted were stored under: '规模以上轻工企业由…10.87万家增至14万家，年均增长6.4%'
        is the firms' count, never the industry's revenue the name alone resolves to (what follows is of it)."""
        return catalogue.indicators().get(self.out[-1].indicator, ind) if len(self.out) > read else ind

    def plans_end(self, ctx: _Context) -> Period | None:
        """'“十四五”期间，…由5000余家跃升至1.76万家' said after the plan's years: at the end of its last year."""
        return Period(f"{ctx.plan_ends}-12", "month") if ctx.plan_ends and ctx.plan_ends < self.month_year else None

    def risen(self, risen: tuple[str, register.Item], segment: str, ctx: _Context) -> bool:
        """'…“小巨人”企业由5000余家跃升至1.76万家': a count or stock reached by now (the start, undated, is not read);
        under a year long past in force, whose it is is unsure: not read."""
        name, level = _clean(risen[0]), risen[1]
        name = _WHOLE_PROVINCE.sub("", name) if ctx.regional else name      # '全省软件业务收入…': the province's
        ind = self.resolve(name)
        measure = catalogue.amount_measure(ind, level.unit) if ind is not None else ""
        if measure == "level" and not catalogue.is_stock(ind.code) and self.over_the_plan(ind, name, level, segment, ctx):
            return True
        period = self.period_of(ind, measure, ctx) if ind is not None else None
        if ind is None or not (measure == "count" or catalogue.is_stock(ind.code)) or period is None \
                or int(period.period[:4]) < self.month_year - 1:
            self._skip_if_figure(segment, "form not read")
            return True
        read = len(self.out)
        self.emit(ind, name, Quantity(level.value, level.unit, level.qualifier, None), measure, segment, ctx,
                  period=self.plans_end(ctx) or period)
        ind = self.stored(ind, read)
        start = register.risen_start(fold(segment))
        first = QUANTITY_RE.search(fold(segment), *start) if start else None
        if first and ctx.plan_whole and self.plans_end(ctx):
            # '“十四五”期间，…由不足4万家增加到14万家以上': the start is at the end of the year before the plan's
            then = parse_quantity(first)
            self.emit(ind, name, Quantity(then.value, then.unit, then.qualifier, None), measure, segment, ctx,
                      period=Period(f"{ctx.plan_ends - 5}-12", "month"))
            if len(self.out) == read + 2:
                # (the level reached stays the figure read last: '…增加到1.76万家，以占…3.5%的数量，贡献了…' is of it)
                self.out.append(self.out.pop(read))
        elif start:
            self.release.skip(segment[start[0]:start[1]], "not stored")      # the undated start: listed, never a figure
        ctx.subject, ctx.group = (ind, name), [(ind, name)]
        ctx.from_to_read = len(self.out)
        return True

    def over_the_plan(self, ind: Indicator, name: str, level: register.Item, segment: str, ctx: _Context) -> bool:
        """'“十四五”期间，全省软件业务收入由1.36万亿元跃升至超2.5万亿元' said after the plan's years: a flow in the
        year before them and in their last year."""
        folded = fold(segment)
        start = register.risen_start(folded)
        first = QUANTITY_RE.search(folded, start[0], start[1]) if start else None
        if not (ctx.plan_whole and ctx.plan_ends is not None and ctx.plan_ends < self.month_year and first):
            return False
        for quantity, year in ((parse_quantity(first), ctx.plan_ends - 5), (level, ctx.plan_ends)):
            self.emit(ind, name, Quantity(quantity.value, quantity.unit, quantity.qualifier, None), "level", segment,
                      ctx, period=Period(str(year), "year"))
        ctx.subject, ctx.group = (ind, name), [(ind, name)]
        return True

    def contribution(self, folded: str, segment: str, ctx: _Context) -> bool:
        """'工业对经济增长的贡献率为35%': the share of the aggregate's growth (contribution_pct)."""
        found = register.contribution_rate(folded)
        if found is None:
            return False
        name = _clean(found.label)
        grown = found.whole + ("" if re.search(r"(?:增量|增幅)$", found.whole) else "增长")
        growth_read = next((o.label_zh for o in reversed(self.named_out[ctx.start[1]:]) if o.measure == "yoy_pct"), None)
        if not name and re.match(r"\s*(?:合计|共同|总计)", _clean_lead(folded)):
            # '…三个行业增加值分别增长…，合计对全省规上工业增长的贡献率为29.1%': the names together, never the last one's
            self._skip_if_figure(segment, "unattributed")
            return True
        if not name and not ctx.subject and ctx.regional and growth_read:
            # '南阳市…装备制造业增加值同比增长18.4%，占全市…的比重为25.2%，对规上工业增长的贡献率达50.7%': of the name
            # whose growth the sentence read (kept as printed), never the city's own
            name = growth_read.removeprefix(ctx.regional)
        subject = (self.resolve(name), name) if name else ctx.subject
        if subject and subject[0] is not None and (part := catalogue.part_of_share(subject[0])) is not None:
            # '十大重点行业增加值合计占规上工业增加值的70.3%，对规上工业增长的贡献率…': the industries' value added
            subject = (part, subject[1])
        whole = self.whole(found.whole)
        rate_before = subject and subject[0] is not None and subject[0].unit == "%" \
            and catalogue.family_of(subject[0].code) not in catalogue.GROWTH_ONLY
        if not subject or subject[0] is None or whole is None or rate_before:
            # a contribution is a growing flow's: never a share's or a rate's just read ('…比重为62.1%，对…的贡献率…');
            # one of a name or whole not catalogued is kept as printed ('我国…贡献了全球新能源汽车增量的68%')
            # (with no name, only the nation's share of the world's growth, or the province's in force, is sure:
            # '对全球制造业增长的贡献率超过30%', '广东…，贡献全国进出口增量的24.1%')
            # ('预计“十四五”期间…，对全球制造业增长的贡献率超过30%': over the plan's years, said at their last)
            over_plan = Period(str(ctx.plan_ends), "year") if ctx.plan_whole and ctx.plan_ends else None
            if not rate_before and (name or re.match(r"全球|世界", found.whole) or ctx.regional) and self.as_named(
                    re.sub(r"^(?:我国|全国)", "", name or "") + f"对{grown}的贡献率",
                    Quantity(found.value, "%", found.qualifier, None), "share_pct", segment, ctx, period=over_plan,
                    window_said=over_plan is not None,
                    base=Period(str(ctx.plan_ends - 5), "year") if over_plan is not None else None):
                ctx.subject, ctx.group = None, []
                return True
            self._skip_if_figure(segment, "unknown name")
            # ('…贡献率达到52%，比上年提高5个百分点': what follows is the rate's, never the figure before it)
            ctx.subject, ctx.group = None, []
            return True
        whole = _whole_of(subject[0], whole)
        if ctx.regional and not re.search(r"全国", found.whole):
            # '江苏…装备制造业增加值增长8.8%，对规上工业增长的贡献率…': of the province's own industry, never the nation's
            whole = catalogue.region_of(ctx.regional, whole)
            if whole is None and not (subject[1] and self.as_named(
                    subject[1].removeprefix(ctx.regional) + f"对{grown}的贡献率",
                    Quantity(found.value, "%", found.qualifier, None), "share_pct", segment, ctx)):
                # (a city's, which has no series: its industry's contribution kept as printed, or not stored)
                self._skip_if_figure(segment, "not stored")
            if whole is None:
                return True
        # ('“十四五”期间制造业增加值增量预计达到8万亿元，对全球制造业增长的贡献率超过30%': over the plan's years, as the
        # increment it follows)
        over_plan = Period(str(ctx.plan_ends), "year") if ctx.plan_whole and ctx.plan_ends else None
        self.emit(_of_whole(subject[0], whole), subject[1], Quantity(found.value, "%", found.qualifier, None),
                  "contribution_pct", segment, ctx, relative_to=whole.code, period=over_plan,
                  base=Period(str(ctx.plan_ends - 5), "year") if over_plan is not None else None)
        return True

    def increment(self, folded: str, segment: str, ctx: _Context) -> bool:
        """'预计“十四五”期间制造业增加值增量将达到8万亿元': the level's change over the plan's years, from the year before
        them (abs_change, based there); False with no plan's years in force or no series of the name."""
        found = register.increment(_clean_lead(folded))
        if found is None or ctx.plan_ends is None or not ctx.plan_whole:
            return False
        ind = self.resolve(_clean(found[0]))
        if ind is None or catalogue.family_of(ind.code) in catalogue.GROWTH_ONLY:
            return False
        self.emit(ind, _clean(found[0]), parse_quantity(found[1]), "abs_change", segment, ctx,
                  period=Period(str(ctx.plan_ends), "year"), base=Period(str(ctx.plan_ends - 5), "year"))
        return True

    def index_changes_listed(self, head: str, tail: str, segment: str, ctx: _Context) -> bool:
        """'东部、中部…指数分别为89.7、89.9…，较三季度分别上升0.2、0.4…点': each index just read, its change in points on
        the quarter (month) before; False unless the list is as long as the indices read, each on the span before."""
        listed = register.points_listed(_clean_lead(head).strip() + "分别" + tail.strip())
        group = [(ind, name) for ind, name in ctx.group if ind is not None and ind.unit == "点"]
        named_here = False
        if listed is None and (listed := register.points_listed("分别" + tail.strip())) is not None:
            # '工业、建筑业指数分别较上季度下降0.3和0.6个点': the sub-indices named, of the index in force's period
            group, named_here = self.sub_indices_named(head, len(listed[1])), True
        elif listed is not None and len(group) != len(ctx.group):
            return False
        if listed is None or not group or len(group) != len(listed[1]):
            return False
        read = []
        for (ind, name), said in zip(group, listed[1]):
            last = next((o for o in reversed(self.out) if o.indicator == ind.code and o.measure == "level"), None)
            if last is None and named_here:
                # a sub-index named with its change only: of the period the index's family was last read at
                # ('批发零售业指数与上季度持平，工业、建筑业指数分别较上季度下降…')
                family = ind.code.split(".")[0]
                last = next((o for o in reversed(self.out) if o.indicator.split(".")[0] == family), None)
            at = Period(last.period, last.period_type) if last is not None else None
            moved = register.points_moved(said, at) if at is not None else None
            if moved is None:
                return False
            read.append((ind, name, moved, at))
        for ind, name, (measure, value), at in read:
            self.emit(ind, name, Quantity(value, "点", "exact", None), measure, segment, ctx, period=at)
        return True

    def sub_indices_named(self, head: str, count: int) -> list:
        """'工业、建筑业指数' before a list of changes: the sub-indices of one index kept in points, named in turn; [] else."""
        names = _shared_tail(catalogue.split_labels(_clean(_clean_lead(head))))
        found = [(self.resolve(name), name) for name in names]
        if len(found) != count or not all(ind is not None and ind.unit == "点" and "." in ind.code for ind, _ in found) \
                or len({ind.code.split(".")[0] for ind, _ in found}) != 1:
            return []
        return found

    def group_shares_listed(self, head: str, tail: str, segment: str, ctx: _Context) -> bool:
        """'其中，制造业和服务业部分分别增长3.8%和8.0%，占比分别为59.6%和40.4%': each part just read, its share of the
        whole it is a segment of; False unless every part has one and the list is as long as the parts."""
        items = register.enumeration("为" + re.sub(r"^\s*(?:为|达到|达)", "", tail.strip()))
        if not re.fullmatch(r"\s*(?:所占)?(?:占比|比重)\s*", _clean_lead(head)) or len(items) < 2 \
                or len(items) != len(ctx.group) or any(item.unit != "%" for item in items):
            return False
        wholes = [catalogue.whole_of_segment(ind) if ind is not None and ind.dimension == "segment" else None
                  for ind, _ in ctx.group]
        if not all(wholes):
            return False
        for (ind, name), whole, item in zip(ctx.group, wholes, items):
            self.emit(ind, name, Quantity(item.value, "%", item.qualifier, None), "share_pct", segment, ctx,
                      relative_to=whole.code)
        return True

    def whole(self, text: str) -> Indicator | None:
        """The aggregate a gap, contribution or share is against: '全部工业生产', '整体工业', '宏观经济', '服务业' (its
        value added, said with 增速)."""
        return self.resolve(text) or self.resolve(_clean(text)) \
            or self.resolve(re.sub(r"^(?:全部|全国|所有|整体|整个|我国|宏观)", "", _clean(text))) \
            or (self.resolve(_clean(text) + "增加值") if _clean(text) else None) \
            or self.resolve(re.sub(r"(?:市场)?(?:份额|总量)$", "", _clean(text))) \
            or self.resolve(re.sub(r"^(?:全世界|全球|世界|国际(?=市场)).*$", "世界", _clean(text)))  # '世界市场份额', '全世界制造业': the world's

    @property
    def reviews_year(self) -> bool:
        return self.article.published_at.month == 12 and self.article.published_at.day >= 15

    @property
    def month_year(self) -> int:
        return int(self.month.period[:4])

    # ------------------------------------------------------------ forms

    def universe(self, segment: str, ctx: _Context) -> None:
        """'5G融入97个国民经济大类中的91个': 91 with its universe; '实现41个工业大类全覆盖': 41 of 41."""
        folded = fold(segment)
        if share := _REACH_SHARE.search(folded.rstrip(_PUNCTUATION)):
            # '…人工智能已渗透70%以上的业务场景': the share of the whole it reaches, kept as printed
            name = _clean(share["name"]) or ctx.topic or (ctx.subject[1] if ctx.subject else "")
            qualifier = "over" if share["pre"] == "超过" or share["post"] == "以上" else \
                "about" if share["pre"] in ("近", "约") or share["post"] == "左右" else "exact"
            quantity = Quantity(float(share["n"]), "%", qualifier, None)
            if not (name and self.as_named(f"{name}{share['verb']}的{share['what']}比例", quantity, "share_pct", segment, ctx)):
                self.release.skip(segment.strip(), "unknown name")
            return
        match = _UNIVERSE.search(folded)
        if match:
            universe, n = float(match.group("uni")), float(match.group("n"))
            verb = folded[match.start("name") + len(match.group("name")): match.start("pre")].rstrip("了")
        elif _FULL_COVER.search(folded) or _COVER_ALL.search(folded):
            match = _FULL_COVER.search(folded) or _COVER_ALL.search(folded)
            universe = n = float(match.group("n"))
            verb = "覆盖"
        else:
            match = _REACH.search(folded.rstrip(_PUNCTUATION))
            universe, n = None, float(match.group("n"))
            verb = folded[match.start("name") + len(match.group("name")): match.start("n")].rstrip("了")
        # '…已全面融入49个国民经济大类，覆盖全部41个工业大类': the second reach is of the same topic
        name = _clean(match.group("name")) or ctx.topic or (ctx.subject[1] if ctx.subject else "")
        ctx.topic = name
        what = (match.groupdict().get("pre") or "") + match.group("what")
        bare = re.sub(r"(?:已经|已)?(?:全面|深度|广泛)?$", "", name)
        ind = self.resolve(name + verb + what) or self.resolve(name + "融入" + what) or self.resolve(name + "覆盖" + what) \
            or self.resolve(bare + "覆盖" + what)
        quantity = Quantity(n, "个", "exact", None)
        if ind is None:
            # '二级节点达到383个，覆盖47个行业': what the name just read reaches, kept as printed
            if not (name and self.as_named(name + verb + what, quantity, "count", segment, ctx, universe=universe)):
                self.release.skip(segment.strip(), "unknown name")
            return
        self.emit(ind, name + verb + what, quantity, "count", segment, ctx, universe=universe)
        ctx.subject, ctx.group = (ind, name + verb + what), []      # (its change after it: '…，较2024年底增加11个')

    @staticmethod
    def names_past(segment: str, ctx: _Context) -> bool:
        """'家用电器和音像器材类、通讯器材类零售额均突破1万亿元，分别增长11%和20.9%': names each over a line, kept for a
        list of figures after them that names none (ctx.names_past); False when the segment lists no names."""
        head = fold(segment).split("均")[0]
        names = _shared_tail(catalogue.split_labels(_clean(head))) if "均" in fold(segment) and "、" in head else []
        if len(names) > 1:
            ctx.names_past = names
        return len(names) > 1

    def these_listed(self, segment: str, ctx: _Context) -> bool:
        """'…绿色工厂8300余家、绿色工业园区616家，而2021年底这两项数字分别为2783家和223家': the series just read in the
        sentence, in order, at the date said (one said with no date, or of figures not all catalogued: not sure)."""
        if not register.distributes(segment):
            return False
        head, tail = register.distributed_parts(segment)
        these = register.these_listed(fold(head).strip(_PUNCTUATION))
        if these is None:
            return False
        when = find_period(these[0], ctx.year or self.month_year) if these[0] else None
        items = register.enumeration(fold(tail).strip(_PUNCTUATION))
        read = self.out[-these[1]:] if len(self.out) - ctx.start[0] >= these[1] else []
        if when is None or when[1].group() != these[0] or len(items) != these[1] != len(read) \
                or any(o.measure not in ("level", "count") or o.unit != item.unit for o, item in zip(read, items)):
            return False        # (of another population, '2023年，重点工业企业这两项指标…': paired's)
        for figure, item in zip(read, items):
            ind = catalogue.indicators()[figure.indicator]
            self.emit(ind, figure.label_zh or ind.name_zh, Quantity(item.value, item.unit, item.qualifier, None),
                      figure.measure, segment, ctx, period=when[0])
        return True

    def paired(self, segment: str, ctx: _Context, implied: bool = False) -> None:
        """'A、B分别达到X%和Y%', 'A和B分别同比增长X%和Y%左右': one figure per name, in order;
        'A、B同比均增长11%左右': the one figure for each; '二季度、三季度分别增长4.4%和5.8%': one figure per
        period of the name in force; '同比分别增长22%和27%': one per name just read."""
        if register.each_past(fold(segment)):
            # '福建、安徽…增速均在8%以上', '乙烯、合成树脂产量增速均超过10%': a line each passed, never a figure
            # ('…、通讯器材类零售额均突破1万亿元，分别增长11%和20.9%': the names, for the figures after them)
            self.names_past(segment, ctx)
            return self._skip_if_figure(segment, "milestone")
        listed = register.share_list(fold(segment))
        if listed:      # '我国造船完工量、新接订单量和手持订单量分别占世界总量的56.1%、69.0%和66.8%'
            return self.shares(*listed, segment, ctx)
        if self.since_year_end_listed(fold(segment), segment, ctx) or self.totals_listed(fold(segment), segment, ctx) \
                or self.these_listed(segment, ctx):
            return
        distributes = register.distributes(segment)       # 分别, 依次, or a compound with a figure per part
        if not distributes and not implied and self._own_shares_alike(segment, ctx):
            return
        # implied: '…产销分别为…，增长5.2%和5.8%' (register.changes_listed), the names just read
        head, tail = register.distributed_parts(segment) if distributes else ("", segment) if implied \
            else segment.split("均", 1)
        if distributes and (self.index_changes_listed(fold(head), fold(tail), segment, ctx)
                            or self.group_shares_listed(fold(head), fold(tail), segment, ctx)):
            return
        folded_tail = fold(tail)
        if ctx.regional:     # '全省高技术制造业、装备制造业增加值同比分别增长…': the province's own, 全省 no part of a name
            head = _WHOLE_PROVINCE.sub("", head)
        # '“小巨人”企业和单项冠军企业数量比2024年底分别增加3000家和305家': each name's change since a year's end
        since_end = _SINCE_END_SAID.search(fold(head)) if re.match(r"(?:净)?(?:增加|减少|净增|净减)\d", folded_tail) else None
        if since_end:
            head = head[: since_end.start()]
        periods, ctx.periods = ctx.periods, None
        in_head = register.period_list(_clean_lead(fold(head.strip(_PUNCTUATION))), ctx.year or self.month_year)
        if in_head:
            periods, head = in_head
        on_month = re.search(r"环比$", head.strip()) is not None       # '…环比分别增长16.4%和12.9%'
        head = re.sub(r"(?:同比|环比|比上年同期|比上年|较上年同期|较上年|比去年同期|(?:与|和|同)(?:上年|去年)(?:同期)?相比)$", "",
                      head.strip())
        # '…增加值年均分别增长7.9%和8.7%' (but '…研发周期平均分别缩短29%和38%': an effect, named.effect)
        yearly = re.search(r"(?:年均|平均)$", head) is not None and not (
            head.endswith("平均") and named.effect(fold(head + folded_tail)))
        head = re.sub(r"(?:年均|平均)$", "", head)
        head = register.ranked_members(fold(head)) or head      # '…收入居前5位的北京、广东…分别增长…': each member's
        group = register.without_group_count(fold(head))     # '广东、…、四川7个工业大省规上工业增加值分别增长…'
        if group is not None:
            # ('集成电路、电子专用材料两个行业增加值': each an industry, its metric after it)
            # ('汽车、电子两个行业分别增长…': industries with no metric said, 汽车行业 beside 电子行业)
            head = (re.sub(r"(?=(?:增加值|营业收入|利润总额|利润)$)", "行业", group[0], count=1)
                    if re.search(r"(?:增加值|营业收入|利润总额|利润)$", group[0]) else group[0] + "行业") \
                if re.search(r"个行业", fold(head)) and not re.search(r"行业(?:增加值|营业收入|利润总额|利润)?$", group[0]) else group[0]
        as_rate = re.search(r"(?:增加值)?(?:同比)?(?:增速|增幅|增长率)$", fold(head))    # '增速分别为…' is a growth
        head = register.without_etc(_clean(fold(head[: as_rate.start()] if as_rate else head)))   # (fold: 1—11月 is a span)
        if re.fullmatch(_IN_REAL_TERMS, head):
            head = ""       # '…生产总值分别为…，按不变价格计算分别增长…': of the names just read, in real terms
        counted = register.named_trades(fold(head))
        if counted and len(self.names_listed) == counted[0]:
            # '…计算机制造业增加值均实现增长。上述四个行业增加值同比增速依次为…': the names of the list just read
            rest = _SPAN_SAID.sub("", fold(head)[counted[1]:])
            head = "、".join(self.names_listed) + ("" if re.fullmatch(r"[\d\-月]*", rest) else rest)
        parts = register.compound(head)
        if parts and not ctx.pending and ctx.aspect and all(len(part) <= 2 for part in parts):
            ctx.pending = [ctx.aspect]      # '乘用车方面，产销分别完成…': the compound is of the heading's name
        if parts and ctx.pending and all(len(part) <= 2 for part in parts):
            # '新能源汽车继续保持快速增长，全年产销分别完成…': the compound is of the name said before it
            # ('汽车行业延续增长势头，产销分别完成…': of the industry's product, 汽车产量 and 汽车销量)
            said = ctx.pending[-1]
            product = re.sub(r"(?:行业|工业|产业)$", "", said)
            if product != said and all(self.resolve(part) for part in register.compound(product + head)):
                said = product
            parts, ctx.pending = register.compound(said + head), ctx.pending[:-1]
        labels = parts or catalogue.split_labels(head)
        wanted = len(QUANTITY_RE.findall(fold(tail)))
        if not parts and len(_shared_tail(labels)) != wanted and (paused := named.listed_by_pause(head, wanted)) \
                and not all(self.resolve(name) for name in _shared_tail(labels)):
            labels = paused     # '生物药品制造、基因工程药物和疫苗制造行业利润分别增长…': names holding 和 of their own
        own = parts or _shared_tail(labels)
        if ctx.pending and (len(own) > 1 and len(own) == len(QUANTITY_RE.findall(fold(tail)))
                            or periods is not None and len(own) == 1 and len(periods) == len(QUANTITY_RE.findall(fold(tail)))) \
                and (all(self.resolve(name) for name in own) or all(catalogue.place_opening(name) for name in own)
                     or group is not None and group[1] == len(own)
                     or re.match(r"\s*其中", segment) and len(own) > 1):
            # '…攻关工程深入实施，集成电路、电子专用材料行业增加值分别增长26.7%和23.9%': the names it prints account
            # for every figure ('…势头保持强劲，6月份和12月份中小企业出口指数分别为…': one name, a figure per month;
            # '中西部地区增势较好，四川、陕西工业软件产品收入分别增长…': places, each with its name; '…两大主导产业增加值分别
            # 增长…': as many as the group counts); names said before are
            # none of them
            ctx.pending = []
        rates_of = [re.sub(r"(?:同比)?(?:增速|增幅|增长率)$", "", name) for name in ctx.pending]
        if not head and not as_rate and len(ctx.pending) > 1 and rates_of != ctx.pending \
                and all(catalogue.is_place(name) for name in rates_of):
            # '舟山、嘉兴、金华增速居前，分别为12.6%、9.3%和8.9%': the places' growths, said as rates
            as_rate, ctx.pending = True, rates_of
        printed = ctx.pending + labels            # as printed: '轻工' beside 食品 is light industry without food
        names = ctx.pending + own
        ctx.pending = []
        quantities = register.times_listed(folded_tail) \
            or [parse_quantity(m) for m in QUANTITY_RE.finditer(register.units_completed(folded_tail))]
        names = self.members_among(names, quantities, segment, ctx) if quantities else names
        points = not quantities and _points(folded_tail)
        if points:
            quantities = points     # '东部、中部…指数分别为90.1、89.7…': an index's points, printed bare
        quantities = _shared_qualifier(quantities, folded_tail) if quantities else quantities
        # prices rise (上涨) and fall (下跌); an effect shortens or lowers ('…研发周期平均分别缩短29%和38%')
        growth = re.match(r"(?:同比|比上年|(?P<mom>环比))?(?:增长|下降|上涨|下跌)", folded_tail) \
            or (re.match(r"(?P<mom>)(?:缩短|降低|减少|提升|提高)\d", folded_tail) if named.effect(fold(segment)) else None)
        if not since_end and quantities and register.changes_in_units(folded_tail):
            # '与2024年的…相比，造船完工量和手持订单量分别增加551万载重吨和6570万载重吨': changes, never levels
            # ('铝、黄金、铜三个行业利润分别增加380亿元…': names not catalogued, each flow's change on the year before)
            if not any(self.resolve(name) for name in named.sharing_measure(names)) and ctx.since is None \
                    and self.named_list(names, quantities, folded_tail, False, segment, ctx):
                return
            return self._skip_if_figure(segment, "not stored")
        if periods is None and not names and growth and ctx.periods_read and len(ctx.periods_read[0]) == len(quantities) > 1:
            # '6月份、9月份、11月份当月产量分别为…，同比分别下降5.3%、8.6%和8.2%': the same periods' growths
            periods, names = ctx.periods_read
        if periods is not None:         # one name, one figure per period (of the sentence before: '…。4、5月份分别增长…')
            subject = ctx.subject or self.subject_said
            if len(names) > 1 or (not names and not subject) or len(quantities) != len(periods):
                return self._skip_if_figure(segment, "unattributed")
            if names and subject and (bare := re.fullmatch(r"(?:当月|单月)?(产量|销量|产值|出口量|进口量|出口额|进口额|指数)", names[0])) \
                    and re.sub(r"\([A-Za-z]+\)$", "", subject[1]).endswith(bare[1]):
                # '…水泥产量16.93亿吨…；6月份、9月份、11月份当月产量分别为…', '…发展指数（SMEDI）为89.3…；一、二、三季度指数
                # 分别为…': the subject's
                names = [subject[1]]
            names = names or [subject[1]]
            ctx.periods_read = (periods, names[:1])
            names = names * len(periods)
        carried = None
        if periods is None and len(names) == 1 and len(quantities) > 1 and (said := self.the_last_named_of(names[0], len(quantities), ctx)):
            names = [said]  # '2023年，重点工业企业这两项指标分别为…': of a population those series are kept of too
        metric = register.last_named_metric(names[0]) if len(names) == 1 else ""
        if periods is None and metric and len(ctx.group) == len(quantities) > 1 \
                and all(name.endswith(metric) for _, name in ctx.group):
            # '…装备制造业和高技术制造业增加值分别年均增长…；2025年，两者增加值同比分别增长9.2%和9.4%': the names just read
            carried = list(ctx.group)
            names = [name for _, name in carried]
        elif periods is None and len(names) == 1 and register.THE_LAST_NAMED.fullmatch(names[0]) and len(quantities) > 1 \
                and len(ctx.history or ctx.before) >= len(quantities):
            # '…手持订单量27442万载重吨。以修正总吨计，三大指标依次为…': the names the sentence (or the one before) read
            carried = (ctx.history or ctx.before)[-len(quantities):]
            names = [name for _, name in carried]
        if periods is None and not names and len(ctx.names_past) == len(quantities) > 1:
            names = ctx.names_past      # ('…、通讯器材类零售额均突破1万亿元，分别增长11%和20.9%': the names over the line)
        ctx.names_past = []
        if periods is None and not names and len(quantities) > 1 and growth and ctx.from_to_read == len(self.out) \
                and not re.match(r"(?:同比|比上年)", folded_tail):
            # '…由2020年的116.1万辆、10.5万辆增长到2024年的357万辆、168.4万辆，分别增长2倍和15倍': over the from-to's
            # years, never a year's growth
            return self._skip_if_figure(segment, "not stored")
        if periods is None and not names and len(quantities) > 1 and not (growth or as_rate) \
                and (then := re.match(r"\s*(20\d\d)年(?:全年)?(?:分别|依次)", fold(segment))) \
                and int(then.group(1)) < self.month_year and self.earlier_year_listed(int(then.group(1)), quantities, segment, ctx):
            return      # '…两类产品产量均已超过上年全年水平，2024年全年分别为55.6万套和1051.9万套': the same series then
        if periods is None and not names and len(quantities) > 1 and ctx.regional \
                and re.match(r"(?:约|大约)?占(?:全国|全省)(?:总量|总额)?的?(?:比重)?(?:分别)?(?:为|达到?)?(?:约|大约)?\d", folded_tail):
            # '…汽车产量333.5万辆、…，新能源汽车产量163.5万辆、…，分别约占全国的10.7%和11.0%': the place's shares of the
            # nation's same series, in the order they were read
            read = list(dict.fromkeys(ind for ind, _ in ctx.history if ind is not None and ind.dimension == "region"))
            if len(read) != len(quantities) or any(catalogue.scope_of(ind.code) == ind.code for ind in read):
                return self._skip_if_figure(segment, "unattributed")
            about = re.match(r"(?:约|大约)", folded_tail) is not None
            for ind, quantity in zip(read, quantities):
                quantity = Quantity(quantity.value, "%", "about", None) if about and quantity.qualifier == "exact" else quantity
                self.emit(ind, ind.name_zh, quantity, "share_pct", segment, ctx, relative_to=catalogue.scope_of(ind.code))
            return
        if periods is None and not names and len(quantities) > 1 and (growth or as_rate):
            # '产销量分别达到…，同比分别增长22%和27%'; '营业收入约11.8万亿元，利润总额5380亿元，同比分别下降2.5%和增长3.1%':
            # of the names just read
            carried = ctx.group if len(ctx.group) == len(quantities) else \
                ctx.history[-len(quantities):] if len(ctx.history) >= len(quantities) else None
            names = [name for _, name in carried or []]
            # ('…地区生产总值分别为…，按不变价格计算分别增长…': the names not catalogued just read, kept as printed; never
            # when other names were listed since: '…；荆门、黄冈、孝感同样保持两位数增长，增速依次为…')
            listed_since = re.split(r"[,;]", ctx.said[: ctx.said.find(folded_tail)].rstrip(",;"))[-2:]
            names = names or ([] if any("、" in clause and not selfcheck.has_figure(clause) for clause in listed_since)
                              else self.named_list_just_read(len(quantities), ctx))
        # '…实现营业收入52.3万亿元，营业收入、利润总额同比分别增长…': bare metrics of the subject just read
        resolved = [ind for ind, _ in carried] if carried else \
            [self.named(name, ctx) for name in names]
        if not carried:     # '出口船舶完工量、新接订单量…分别…': the first name's qualifier is every name's
            names, resolved = catalogue.qualifier_shared(names, resolved, self.resolve)
        resolved = catalogue.light_beside_food(resolved, printed if len(printed) == len(names) else names)
        resolved = catalogue.cells_beside_wafers(resolved, names)
        if group is not None and len(names) != group[1]:
            return self._skip_if_figure(segment, "unattributed")      # the members printed are not the group counted
        if points and not all(ind is not None and ind.unit == "点" for ind in resolved):
            return self._skip_if_figure(segment, "unattributed")      # bare numbers are points of an index only
        if (yearly or re.match(r"(?:同比)?(?:年均|平均)", folded_tail)) and all(resolved):
            # '…分别年均增长7.9%和8.7%' over a window: not stored, the names stay in force (占…比重分别…)
            ctx.group = list(dict.fromkeys(zip(resolved, names)))
            return self._skip_if_figure(segment, "not stored")
        if not distributes and len(quantities) == 1:
            quantities = quantities * len(names)
        if all(resolved) and len(names) > 1 and not carried:
            self.names_listed = [_METRIC_TAIL.sub("", name) or name for name in names]
        if not quantities or len(quantities) != len(names) or not all(resolved):
            if not all(resolved) and periods is None and not carried and not since_end and not points \
                    and not (growth and (growth["mom"] or on_month)) and self.named_list(
                        names, quantities, folded_tail, bool(growth or as_rate), segment, ctx):
                return
            self.release.skip(segment.strip(), "unknown name" if not all(resolved) else "unattributed")
            return
        last = self.out[-1] if self.out else None
        if not (growth or as_rate) and re.match(r"\s*其中", segment) and last is not None and last.measure == "yoy_pct" \
                and quantities and all(q.unit == "%" for q in quantities) \
                and all(catalogue.family_of(ind.code) in catalogue.GROWTH_ONLY for ind in resolved):
            # '…增加值同比增长1.8%，其中纺织业、服装业、化纤业分别为3.0%、-3.0%和8.2%': the parts' growths, said as rates
            as_rate = True
        if growth or as_rate:
            changes = register.enumerated_changes(folded_tail) if growth else register.rates_listed(folded_tail)
            if not distributes and len(changes) == 1:
                changes = changes * len(quantities)          # 'A、B同比均增长11%左右': one figure for each
            if len(changes) != len(quantities):
                return self._skip_if_figure(segment, "unattributed")
            quantities = [Quantity(item.value, "%", quantity.qualifier, None) for item, quantity in zip(changes, quantities)]
        for i, (ind, name, quantity) in enumerate(zip(resolved, names, quantities)):
            period = periods[i] if periods is not None else None
            if since_end:
                at = self.period_of(ind, "count", ctx)
                a_stock = catalogue.is_stock(ind.code) or _measure(quantity, ind) == "count"
                year_before = at is not None and at.period_type == "month" and (
                    not since_end["year"] or int(since_end["year"]) == int(at.period[:4]) - 1)
                if not (a_stock and year_before):
                    self._skip_if_figure(segment, "not stored")     # since an end other than the year before's
                    continue
                sign = -1 if re.match(r"净?减", folded_tail) else 1
                self.emit(ind, name, Quantity(sign * quantity.value, quantity.unit, quantity.qualifier, quantity.bound),
                          "abs_change", segment, ctx, period=at)
            elif growth or as_rate:
                resolved[i] = self.change(ind, name, quantity, segment, ctx, period=period,
                                          measure="mom_pct" if growth and (growth["mom"] or on_month) else "yoy_pct")
            else:
                read = len(self.out)
                self.emit(ind, name, quantity, _measure(quantity, ind), segment, ctx, period=period)
                # ('…出口分别为7641.5亿元和8268.5亿元，同比分别增长…': the series the unit put each in, for the changes)
                resolved[i] = self.stored(ind, read)
        ctx.subject = (resolved[-1], names[-1]) if len(set(names)) == 1 else None
        ctx.group = list(dict.fromkeys(zip(resolved, names)))

    def earlier_year_listed(self, year: int, quantities: list[Quantity], segment: str, ctx: _Context) -> bool:
        """The values in an earlier year of the levels just read, in the order they were read, each in its unit; False
        unless the last levels read are as many, all of this year's span, in the units printed."""
        levels = [o for o in self.out if o.measure == "level"][-len(quantities):]
        if len(levels) != len(quantities) or len({o.indicator for o in levels}) != len(levels) \
                or any(o.unit != q.unit or int(o.period[:4]) != self.month_year for o, q in zip(levels, quantities)):
            return False
        for level, quantity in zip(levels, quantities):
            ind = catalogue.indicators()[level.indicator]
            at = Period(f"{year}-12", "month") if catalogue.is_stock(ind.code) else Period(str(year), "year")
            self.emit(ind, level.label_zh, quantity, "level", segment, ctx, period=at)
        return True

    def named_list(self, names: list[str], quantities: list[Quantity], tail: str, growth: bool, segment: str,
                   ctx: _Context) -> bool:
        """A list of names none catalogued, a figure each (named.listed), each kept as printed."""
        if all((place := catalogue.place_opening(name)) and register.BARE_METRIC.fullmatch(name[len(place):])
               for name in names):
            return False    # '广东、江苏分别实现营业收入…': places' revenue of what is not said (never a place's all)
        members = self.members_said[1] if self.members_said and names == self.members_said[0] else None
        owner = named.sales_owner(ctx.subject[1]) if ctx.subject else ""
        if owner and all(named.SALES_PART.fullmatch(name) for name in named.sharing_measure(names)):
            # '装载机累计销量93739台，…，国内、出口销量分别为…': the parts of the sales just read
            names = [owner + named.SALES_PART.fullmatch(name)["part"] for name in named.sharing_measure(names)]
        if members is None and (parts := self.parts_of_named(names, quantities, growth, segment, ctx)):
            names, members = parts, Period(self.named_out[-1].period, self.named_out[-1].period_type)
        names = self.places_metric(names, growth)
        if (figures := named.listed(names, quantities, tail, growth, members=members is not None)) is None:
            return False
        # (members of a count just read: at its date)
        kept = [self.as_named(name, quantity, measure, segment, ctx, period=members)
                for name, quantity, measure in figures]
        if not all(kept):
            self.release.skip(segment.strip(), "unknown name")    # (the ones kept stay: each is sure on its own)
        return any(kept)

    def places_metric(self, names: list[str], growth: bool) -> list[str]:
        """'…深圳、广州…规上工业增加值分别增长…。其中，…；惠州、江门分别增长8.9%和6.1%': places' growths with no metric said are
        of the metric the paragraph's last places' growth was of; the names as they are when it read none."""
        if not growth or not all(catalogue.is_place(name) for name in names):
            return names
        metric = next((said[len(place):] for o in reversed(self.named_out[self.paragraph_named:]) if o.measure == "yoy_pct"
                       and (said := o.label_zh) and (place := catalogue.place_opening(said))
                       and named.METRIC_TAIL.search(said[len(place):])), "")
        # ('1—10月，11个设区市规上工业增加值均保持增长。舟山、嘉兴…': the metric the paragraph said of the places counted)
        counted = _PLACES_METRIC.search(self.paragraph_text) if not metric else None
        return [name + (metric or (counted["metric"] if counted else "")) for name in names]

    def parts_of_named(self, names: list[str], quantities: list[Quantity], growth: bool, segment: str,
                       ctx: _Context) -> list[str]:
        """'…移动物联网综合收入达452.71亿元，其中中国电信、中国移动、中国联通分别为50.19亿元、…': the parts of the figure
        kept as printed just read, each with its name, when they are in its unit and add up to no more than it; or []."""
        whole = self.named_out[-1] if self.named_just_read(ctx) and self.named_out else None
        if whole is None or growth or not re.match(r"\s*其中", segment) or whole.measure != "level" \
                or any(named.measures(name) for name in names) or len(quantities) != len(names) \
                or any(q.unit != whole.unit for q in quantities) or sum(q.value for q in quantities) > whole.value * 1.001:
            return []
        return [name + whole.label_zh for name in names]

    def members_among(self, names: list[str], quantities: list[Quantity], segment: str, ctx: _Context) -> list[str]:
        """'…包括企业品牌93个…。企业品牌中，轻工、纺织、食品、医药行业分别为28个、14个、38个和13个': the members of a
        count just read, by industry (企业品牌中轻工行业 …), when they are counted in its unit and add up to no more
        than it; the names as they are else."""
        before = ctx.said_before(segment)
        among = re.search(r"(?:^|[,;。])(?:在)?(?P<whole>[^,;。\d]{2,12})中,?$", before)
        whole = next((o for o in reversed(self.named_out) if among and o.label_zh == among["whole"]), None)
        if whole is None or any(named.measures(name) for name in names) \
                or any(q.unit != whole.unit for q in quantities) or sum(q.value for q in quantities) > whole.value:
            return names
        members = [f"{whole.label_zh}中{name}" for name in names]
        self.members_said = (members, Period(whole.period, whole.period_type))
        return members

    def change(self, ind: Indicator, name: str, quantity: Quantity, quote: str, ctx: _Context,
               period: Period | None = None, measure: str = "yoy_pct") -> Indicator:
        """A change in %: on a year earlier, or since the base year said before it (与2020年相比，…: cum_pct), or
        a month's on the month before (环比: mom_pct). Gives the series the change was stored under (what a change
        in points after it is of)."""
        at = period or self.period_of(ind, "yoy_pct", ctx)
        if measure == "mom_pct":
            # '9月，汽车产销…环比分别增长16.4%和12.9%': only a month has a month before it
            if at is None or at.period_type != "month" or catalogue.is_stock(ind.code):
                self._skip_if_figure(quote, "not stored")
            else:
                self.emit(ind, name, quantity, measure, quote, ctx, period=period)
            return ind
        if ind.code in _WITHIN_YEAR and at is not None and at.period_type != "year" and "全部" not in name:
            # '上半年，制造业增加值同比增长4.2%': within a year only the statistics of industry above
            # designated size give a growth; all enterprises' manufacturing is a yearly level
            ind = catalogue.indicators()[_WITHIN_YEAR[ind.code]]
        if ctx.since is not None:
            at = period or self.period_of(ind, "level", ctx)
            if at is None or int(at.period[:4]) <= int(ctx.since):
                self._skip_if_figure(quote, "not stored")
                return ind
            if int(at.period[:4]) - int(ctx.since) > 1:
                self.emit(ind, name, quantity, "cum_pct", quote, ctx, base=Period(ctx.since, "year"), period=period)
                return ind
        self.emit(ind, name, quantity, "yoy_pct", quote, ctx, period=period)
        return ind

    def shares(self, label: str, whole: str, items: list, segment: str, ctx: _Context) -> None:
        label = re.sub(r"[以按](?:载重吨|修正总吨|金额|数量|产量)计", "", label)     # the measure the shares are in
        wholes = [re.sub(r"^(?:全国|全部|我国)", "", w) for w in catalogue.split_labels(_clean(whole))] \
            if re.search(r"[、和及]", whole) else []
        if len(wholes) == len(items) > 1 and _clean(label) and self.shares_of_wholes(_clean(label), wholes, items,
                                                                                    segment, ctx):
            return
        grouped = register.without_group_count(_clean(label))
        if grouped and grouped[1] == len(items):
            # '有色、钢铁、建材三个行业占规上工业的比重分别为…': the members, each an industry
            label = grouped[0] + ("行业" if _clean(label).endswith("行业") else "")
        names = _shared_tail(catalogue.split_labels(_clean(label)))
        read = None
        if not names and len(ctx.group) == len(items):     # '…分别增长…，占…的比重分别为…': the names just read
            names = [name for _, name in ctx.group]
            read = [ind for ind, _ in ctx.group]           # ('营业收入、利润总额…': bare metrics, read of their subject)
        elif not names and ctx.regional and len(ctx.history) >= len(items) and re.match(r"\s*(?:分别|占)", segment):
            # '安徽全年生产汽车…、新能源汽车…，分别占全国总产量的10.68%和10.79%': the province's figures just read
            # ('安徽汽车产量…、新能源汽车产量…，占全国的比重分别为…')
            names = [name for _, name in ctx.history[-len(items):]]
            read = [ind for ind, _ in ctx.history[-len(items):]]
        elif len(group := self.groups_defined.get(_clean(label).removesuffix("当时").removeprefix("上述"), [])) == len(items):
            names = group       # '…、…、…三大指标…。\n…三大指标依次占全球总量的…': the names the group was said to stand for
        elif register.THE_LAST_NAMED.fullmatch(_clean(label)) and len(ctx.history or ctx.before) >= len(items):
            # '两者在…中所占比重依次为…'; '…手持订单量20872万载重吨。以载重吨计，三大指标的…': the sentence before's
            names = [name for _, name in (ctx.history or ctx.before)[-len(items):]]
        if not names and (listed := self.named_list_just_read(len(items), ctx)):
            # '全省无人机、工业机器人、服务机器人产量分别增长…，分别占全国产量的90%、40%和80%': of the names just read
            quantities = [Quantity(item.value, "%", item.qualifier, None) for item in items]
            if all([self.as_named(named.share_of(name, whole), quantity, "share_pct", segment, ctx)
                    for name, quantity in zip(listed, quantities)]):
                return
        resolved = read if read and all(read) else [self.resolve(name) for name in names]
        names, resolved = catalogue.qualifier_shared(names, resolved, self.resolve)
        if (subject := named.of_one_subject(names)) != names:
            # '中小企业单位数、从业人员、资产总计…': measures of the subject the first name names
            names, resolved = subject, [self.resolve(name) for name in subject]
        if len(names) == len(items) > 1 and not any(resolved) and whole.strip() and all(
                [self.as_named(named.share_of(name, whole), Quantity(item.value, "%", item.qualifier, None), "share_pct",
                               segment, ctx) for name, item in zip(names, items)]):
            return      # '…分别占全部企业的99.9%、84.3%和78%': names not catalogued
        aside = []      # '先进制造业、高技术制造业增加值占…的比重分别为…': the ones not catalogued, kept as printed after
        if len(names) == len(items) > 1 and any(resolved) and not all(resolved) and whole.strip() \
                and (find_period(ctx.said[: ctx.said.find(fold(segment.strip()))], self.month_year)
                     or ctx.year is not None and not ctx.carried and ctx.span is None):
            # (a period said in the sentence, or the paragraph's year: one the readers of both date alike)
            aside = [(name, item) for name, ind, item in zip(names, resolved, items) if ind is None]
            names, resolved, items = map(list, zip(*[(n, ind, item) for n, ind, item in zip(names, resolved, items)
                                                     if ind is not None]))
        if len(names) != len(items) or not all(resolved):
            return self._skip_if_figure(segment, "unknown name" if not all(resolved) else "unattributed")
        # '纯电动汽车、插电式混合动力汽车销量在新能源汽车中的占比…': of the whole's same metric (新能源汽车销量)
        metric = catalogue.quantity_word(resolved[0])
        of = (self.whole(whole + metric) if metric and not whole.endswith(metric) else None) or self.whole(whole)
        if of is None and read and not _clean(whole):
            # '…分别占世界总量的51.7%、…，按修正总吨计分别占47.2%、…': of the whole the shares just read were of
            said = {o.relative_to for o in self.out[ctx.start[0]:] if o.measure == "share_pct" and o.relative_to}
            of = catalogue.indicators().get(said.pop()) if len(said) == 1 else None
        for ind, name, item in zip(resolved, names, items):
            # '…分别占全国的91.1%…': a segment's share of the nation is of the total it is part of
            whole_of = of or (catalogue.whole_of_segment(ind) if re.fullmatch(r"全国(?:总量)?", whole.strip()) else None)
            if ind.dimension == "region" and re.match(r"全国", whole.strip()):
                whole_of = catalogue.indicators().get(catalogue.scope_of(ind.code))    # a province's share of the nation's
            whole_of = _all_industry_same(ind, whole) or whole_of
            self.emit(ind, name, Quantity(item.value, "%", item.qualifier, None), "share_pct", segment, ctx,
                      relative_to=whole_of.code if whole_of is not None and whole_of.code != ind.code else None)
        ctx.group = list(zip(resolved, names))
        # (dated as the catalogued ones just read: one clause, one period)
        at = Period(self.out[-1].period, self.out[-1].period_type) if aside and self.out and self.out[-1].quote == segment else None
        if aside and not (at and all([self.as_named(named.share_of(name, whole), Quantity(item.value, "%", item.qualifier, None),
                                                    "share_pct", segment, ctx, period=at) for name, item in aside])):
            self.release.skip(segment.strip(), "unknown name")

    def shares_of_wholes(self, label: str, wholes: list[str], items: list, segment: str, ctx: _Context) -> bool:
        """'出口船舶占全国造船完工量、新接订单量、手持订单量的比重依次为…': the part of each whole, one share each (the
        release reader's form)."""
        parts = [(self.resolve(label + whole), self.resolve(whole), whole) for whole in wholes]
        if not all(part is not None and of is not None for part, of, _ in parts):
            return False
        for (part, of, printed), item in zip(parts, items):
            self.emit(part, label + printed, Quantity(item.value, "%", item.qualifier, None), "share_pct", segment, ctx,
                      relative_to=of.code if of.code != part.code else None)
        ctx.group = [(part, label + printed) for part, _, printed in parts]
        return True

    def places_share(self, segment: str, ctx: _Context) -> bool:
        """'广东、浙江、山东三省家电产量合计占全国的62.4%', '…分别达到62家、55家和48家，三省合计约占全国总数的33%': the
        places' share together, kept as printed (register.places_share); their level together (register.places_total)."""
        folded = fold(segment)
        said = register.places_share(folded, ctx.said[: max(0, ctx.said.find(folded.strip()))], catalogue.is_place)
        if said is None and (total := register.places_total(folded, catalogue.is_place)):
            # '河北、江苏、山东三省粗钢产量合计约3.9亿吨': the places' level together (a share after it is the group's)
            return self.as_named(total[0], total[1], named.measure_of(total[1]), segment, ctx)
        return said is not None and self.as_named(said.name, said.share, "share_pct", segment, ctx)

    def items(self, segment: str, ctx: _Context) -> None:
        """A segment's items (split on 、): each a figure with its name before or after it."""
        if register.CIRCUMSTANCE.fullmatch(fold(segment).strip(_PUNCTUATION)):
            return                  # '在以旧换新、…等政策推动下': policies listed, never the subjects of what follows
        listed = register.period_list(_clean_lead(fold(segment)), self.month_year)
        if listed and not listed[1].strip(_PUNCTUATION):
            return                  # '5、6月份，…': periods for the list after it (context), no names
        parts = [segment[a:b][x:y] for a, b in _list_spans(segment) for x, y in register.figure_items(segment[a:b], catalogue.names_holding_joints())]
        if len(parts) > 1 and not any(QUANTITY_RE.search(fold(p)) for p in parts[:-1]) \
                and re.search(r"(?:合计|共计|总计)(?:为|达到?)?(?:约|近|超过)?\d", fold(parts[-1])):
            # '再生铜、铝、铅、锌产量合计998万吨': the names' total, never the last name's figure
            return self._skip_if_figure(segment, "not stored")
        if len(parts) > 1 and not all(QUANTITY_RE.search(fold(p)) or CHANGE_RE.search(fold(p)) for p in parts):
            # 'A、B、C分别…' arrives as one segment; a bare name list before a figure is pending names
            if not any(QUANTITY_RE.search(fold(p)) for p in parts):
                names = [_clean(p) for p in parts if _clean(p)]
                names[-1] = register.strip_rank(names[-1])    # 'A、B、C软件业务收入居全国前五': a rank is no name
                after = ctx.said[ctx.said.find(fold(segment).strip()) + len(fold(segment).strip()):]
                if (grown := register.growth_remarked(fold(names[-1]))) and re.match(r"[,，]\s*(?:同比)?分别(?:增长|下降)", after):
                    # '集成电路、工业机器人、新能源汽车等产品产量保持较快增长，分别增长23.5%、…': the names remarked to grow
                    # are what the growths distributed right after are of
                    names[-1] = _clean(register.without_etc(grown))
                    if tail := _METRIC_TAIL.search(names[-1]):     # (产量 said once, after the last: each one's)
                        names[:-1] = [name if _METRIC_TAIL.search(name) else name + tail.group() for name in names[:-1]]
                shared = _shared_tail(names)
                if not all(self.resolve(name) for name in shared) and _SAID_OF.search(names[-1]):
                    # '石化化工、建材行业仍处于调整期，…利润分别下降…': names a remark is about, never the figures' after it
                    return
                # ('广东、山东…安徽水泥产量居全国前5位，依次为…': each place's whole name)
                ctx.pending = shared if all(self.resolve(name) for name in shared) or all(
                    catalogue.is_place(name) for name in names[:-1]) else names
                kind = register.kind_after_etc(fold(segment))
                ctx.mention = kind or ctx.mention
                if kind and named.measures(kind) and not all(self.resolve(name) for name in shared):
                    # '语音、短信、流量等传统业务收入小幅回落，同比下降0.5%': examples of a kind, the kind what follows is of
                    ctx.pending = [kind]
                return
        if len(parts) > 1 and (holder := register.holder(fold(parts[0]))):
            # '机械行业拥有单项冠军企业超过500家、“小巨人”企业超过5000家': every count listed is the industry's, kept as
            # printed under its name (never the nation's series)
            for part in parts:
                self.held(holder, part, ctx)
            return
        if _LEFT.search(fold(parts[-1]).rstrip(_PUNCTUATION)):
            # '已发布名单中的47家绿色工厂、3家绿色工业园区…移出名单': what left the list, never a total or what is new
            for part in parts:
                self._skip_if_figure(part, "not stored")
            return
        # ('2024年度名单新培育…': the list said with its year)
        fresh = _NEW_MEMBERS.match(re.sub(r"^(?:\d{4}年度?)?(?:名单)?", "", _clean_lead(fold(segment))))
        # ('2024年度，新培育…': the list's year said as the sentence's lead)
        said = re.search(r"(\d{4})年度?(?:名单)?(?=本年度|今年|共|新)", fold(segment)) or \
            re.match(r"\s*(\d{4})年度[,，]", ctx.said)
        if fresh and (year := (said.group(1) if said else None) or ctx.listed or self.list_said):
            # '2024年度新培育国家层面绿色工厂1382家、绿色工业园区123家…': every name listed counts new members
            ctx.listed, ctx.announced = int(year), True
        if len(parts) > 1 and ctx.listed is not None and _MEMBERS.search(fold(parts[0])):
            ctx.announced = True        # '江苏入选绿色工厂334家、绿色工业园区19家': every name listed counts members
        elif len(parts) > 1 and not fresh and _TOTAL_WORDS.search(fold(parts[0])):
            # '…新培育…123家，截至2024年底累计培育绿色工厂6430家、绿色工业园区491家': totals, every name listed
            ctx.announced = False
        last_name = _after_figure(parts[-1])
        for n, part in enumerate(parts):
            if n and fresh and re.match(r"\s*[\u4e00-\u9fff“\"]", part) \
                    and not _NEW_MEMBERS.match(fold(part).strip()) and not _TOTAL_WORDS.search(fold(part)) \
                    and not (ctx.announced and self.resolve(_clean(QUANTITY_RE.sub("", fold(part))))):
                # '全年新增省级智能工厂216个、未来工厂28家': every name listed counts new ones (never 28 未来工厂 in all;
                # a catalogued list's members are its year's as they are)
                self.item_as_printed(fresh.group() + part.lstrip(), part, ctx, last_name)
            else:
                self.item(part, ctx, last_name)

    def changed_since_year(self, folded: str, part: str, ctx: _Context) -> bool:
        """'制造业单项冠军企业数量比2020年底增加近1000家', '与2020年相比，全国粗钢产量减少约9200万吨', '与2024年底相比，“小巨人”
        企业增加约3000家': a level's change in its unit since an earlier year, at the period in force, its base the year (its
        end: a stock's, or when said; none for a stock since the year before's end)."""
        clause = _clean_lead(folded).strip(_PUNCTUATION)
        if (opening := find_period(clause, self.month_year)) and opening[1].start() == 0:
            clause = _clean_lead(clause[opening[1].end():])    # ('…，2025年全国粗钢产量减少…': the year is the period's)
        said = register.CHANGED_SINCE_YEAR.fullmatch(clause)
        moved = said or (register.CHANGED_BY.fullmatch(clause) if ctx.since is not None else None)
        if moved is None or len(QUANTITY_RE.findall(folded)) != 1:
            return False
        name, year = _clean(moved["name"] or ""), int(said["year"] if said else ctx.since)
        if not name and not (ctx.subject and ctx.subject[0] is not None):
            return False
        ind = self.resolve(name) if name else ctx.subject[0]
        name = name or ctx.subject[1]
        quantity = parse_quantity(QUANTITY_RE.search(folded))
        period = self.period_of(ind, "level", ctx) if ind is not None else \
            (Period(str(ctx.year), "year") if ctx.year is not None else None)
        if period is None or int(period.period[:4]) <= year or ind is not None and unit_factor(ind.unit)[1] \
                != unit_factor(quantity.unit)[1] and _COUNTER.sub("家", ind.unit[-1:]) != _COUNTER.sub("家", quantity.unit[-1:]):
            return False        # (in the series' unit: enterprises are counted in 户 or 家)
        stock = catalogue.is_stock(ind.code) if ind is not None else bool(said and said["end"]) or quantity.counts
        year_before = year == int(period.period[:4]) - 1
        if year_before and not stock:
            return False        # ('出口…较2024年增加123.9万辆': a flow's change on the year before, read as such)
        # ('5G基站较2024年底增加42万个' at 2025's end: a stock's change since the year before's end, no base said)
        base = None if year_before else Period(f"{year}-12", "month") if stock else Period(str(year), "year")
        change = Quantity(register.change_sign(moved["verb"]) * quantity.value, quantity.unit, quantity.qualifier,
                          quantity.bound)
        if ind is not None:
            self.emit(ind, name, change, "abs_change", part, ctx, base=base)
            return True
        return self.as_named(name, change, "abs_change", part, ctx, base=base)

    def batch_before(self, part: str, ctx: _Context, last_name: str) -> bool:
        """'…第七批…“小巨人”企业共3482家，比第六批的3012家多出470家', '江苏公示807家，上一批为711家': a yearly list's batch
        compared with the one before it, read as said of the year before (the batch of a catalogued yearly list just
        read, in its count); False else."""
        last = self.out[-1] if self.out else None
        if last is None or last.measure != "count" or last.period_type != "year" or catalogue.is_stock(last.indicator):
            return False
        batches = re.findall(r"第([一二三四五六七八九十]{1,3})批", ctx.said[: ctx.said.find(fold(part).strip())])
        said = register.batch_said_as_year(part, batches[-1] if batches else None)
        if said is None:
            return False
        self.item_as_printed(said, part, ctx, last_name)
        return True

    def item_as_printed(self, reading: str, part: str, ctx: _Context, last_name: str) -> None:
        """A clause read as rewritten (`reading`), its figures and skips quoting what the page prints (`part`)."""
        read, kept, skipped = len(self.out), len(self.named_out), len(self.release.skipped)
        self.item(reading, ctx, last_name)
        for figure in self.out[read:] + self.named_out[kept:]:
            figure.quote = part             # what the page prints, never the reading
        self.release.skipped[skipped:] = [part] * (len(self.release.skipped) - skipped)

    def goal_name(self, segment: str, ctx: _Context) -> str:
        """The name a goal printed without one is of: the sentence's subject, the member of the group just read the clause
        names, or the figure kept as printed just read; with 增长 when the figure set against the goal was a growth
        ('…增加值同比增长11.5%，高于方案提出的6%左右的预期目标': a growth of about 6 %)."""
        name = ctx.subject[1] if ctx.subject else self.group_member_said(segment, ctx) or self.named_last(ctx)
        grown = any(o.measure == "yoy_pct" and (o.label_zh == name or _clean(o.label_zh) == _clean(name))
                    for o in self.read_in_sentence(ctx))
        rate = re.search(r"\d%", fold(segment)) is not None and not re.search(r"(?:增长|增速|下降)(?:约|近)?\d", fold(segment))
        return name + "增长" if name and grown and rate and not re.search(r"增长$", name) else name

    def year_compared(self, ctx: _Context) -> int | None:
        """The year of the figures a sentence set against a goal: the last read in it, when a year's (never a span's)."""
        read = self.read_in_sentence(ctx)
        if read:
            return int(read[-1].period) if read[-1].period_type == "year" else None
        # ('2025年，…。全年汽车销量、新能源汽车销量均高于…目标': the year in force, the sentence said of its whole)
        return ctx.year if ctx.year is not None and re.match(r"\s*全年", ctx.said) and not ctx.forecast else None

    def read_in_sentence(self, ctx: _Context) -> list[Observation]:
        """The figures read in the sentence so far, catalogued ones then those kept as printed."""
        return self.out[ctx.start[0]:] + self.named_out[ctx.start[1]:]

    @staticmethod
    def group_member_said(segment: str, ctx: _Context) -> str:
        """The name of the group just read whose metric the clause opens with ('汽车产销分别完成…，全年销量明显高于…':
        汽车销量), or ''."""
        head = re.match(r"\s*(?:全年|当年|今年)?(?P<metric>[\u4e00-\u9fff]{2,4}?)(?:明显|均|也|还)?(?:高于|超过|超出|低于)", fold(segment))
        said = [ind for ind, name in ctx.group if ind is not None and head
                and (ind.name_zh.endswith(head["metric"]) or _clean(name).endswith(head["metric"]))]
        return said[0].name_zh if len(said) == 1 else ""

    def multiple(self, part: str, ctx: _Context) -> None:
        """'…超过8000家，约为“十三五”末2121家的3.8倍': the value then of the figure just read (the multiple itself is a
        ratio no measure holds); '…483.8万个，约为2020年末的6.7倍': of a catalogued level read in the sentence, its growth
        since that year (cum_pct); never a figure of now."""
        multiple = _clean_lead(fold(part)).strip(_PUNCTUATION)
        if (then := register.multiple_said_as_value_then(multiple)) is not None:
            return self.earlier(then, _value_then(then), None, part, ctx)
        since = register.multiple_since(multiple)
        if since is not None and ctx.subject is not None and ctx.subject[0] is not None and any(
                o.indicator == ctx.subject[0].code and o.measure in ("level", "count") for o in self.out[ctx.start[0]:]):
            return self.since(since, part, [ctx.subject], ctx)
        return self._skip_if_figure(part, "not stored")

    def _last_year_end(self, net: re.Match, ctx: _Context) -> bool:
        """'较2022年底增加3.2万户' of a stock of 2023: the end of the year before the figure's."""
        year = net.groupdict().get("year")
        period = self.period_of(ctx.subject[0], "level", ctx) if year else None
        return not year or (period is not None and int(year) == int(period.period[:4]) - 1)

    def item(self, part: str, ctx: _Context, last_name: str) -> None:
        if self.trade_part(part, ctx) or self.batch_before(part, ctx, last_name) or self.changed_since_year(fold(part), part, ctx):
            return
        if register.PLACES_GROUPED.match(_clean_lead(fold(part))) and ctx.said[: ctx.said.find(fold(part).strip())].rstrip().endswith("、"):
            # '青岛、济南、烟台三市地区生产总值合计…': a group of places, never the last one named
            return self._skip_if_figure(part, "not stored")
        if register.MULTIPLE_OF_EARLIER.fullmatch(_clean_lead(fold(part)).strip(_PUNCTUATION)):
            return self.multiple(part, ctx)
        if _ACTED_ON.match(fold(part)):
            # '对92家绿色工厂、12家绿色工业园区变更名称', '将此前发布的132家绿色工厂…移出名单': what is done to them, never
            # how many there are
            return self._skip_if_figure(part, "not stored")
        if (peak := register.peak_said_as_value_then(fold(part))) != fold(part) \
                and register.EARLIER_COMPARED.match(peak.strip()) and ctx.subject is not None:
            # '…零售额达10307亿元，…，超过2017年9454亿元的峰值': the subject's value that year
            return self.earlier(peak, parse_quantity(QUANTITY_RE.search(peak)), None, part, ctx)
        if (then := register.value_then_change(folded := fold(part))) is not None:
            if not ctx.subject and self.named_then(then, folded, part, ctx):
                return
            # '比上年的123258亿元增长10.0%', '比上年末的425.1万个净增58.7万个': the change of the figure just read,
            # read as if its base were said bare, then the same name's value then
            start, end = then
            read, skipped, subject = len(self.out), len(self.release.skipped), ctx.subject
            bare = part[:start] + part[end:]
            # ('增速比上半年的16.4%提高0.4个百分点': a change in points is said of the figure just read)
            # ('…保有量突破200万台，比2020年的96万台增长1.1倍': its growth since that year, read as if said bare)
            if (register.span_change(fold(bare).strip(_PUNCTUATION)) or register.cumulative(fold(bare).strip(_PUNCTUATION))) \
                    and self.said_of_the_last(bare, ctx):
                for figure in self.out[read:]:
                    figure.quote = part
                self.release.skipped[skipped:] = [part] * (len(self.release.skipped) - skipped)
            else:
                self.item_as_printed(bare, part, ctx, last_name)
            # (the value then after the change: the change is of the figure read before them, never of the value then;
            # the value then is of that figure's name, whatever the change's reading left in force)
            after, ctx.subject = ctx.subject, subject
            self.earlier(folded, _value_then(folded, start), None, part, ctx, upto=read)
            ctx.subject = after
            return
        if self.of_name_said(part, ctx, last_name):
            return
        if self.power_and_energy(fold(part), part, ctx):
            return
        folded = tenths(_PER_WORKERS.sub(r"\g<n>台/万人", fold(part)))
        reached = register.CITIES_REACHED.fullmatch(_clean_lead(folded).rstrip(_PUNCTUATION))
        # ('5G-A网络加快规模部署，已覆盖超过330个城市': the network the sentence named before)
        reaching = (_clean(reached["name"]) or (ctx.pending[-1] if ctx.pending else "")) if reached else ""
        if reached and reaching:
            cities = Quantity(float(reached["num"]), "个", "over" if reached["yu"] or reached["pre"] in ("超过", "逾")
                              else "about" if reached["pre"] else "exact", None)
            name = register.reached_name(reached, reaching)
            if (ind := self.resolve(name)) is not None:
                return self.emit(ind, name, cities, "count", part, ctx)
            if (not _clean(reached["name"]) or reached["what"] not in ("城市", "地市")) \
                    and self.as_named(name, cities, "count", part, ctx):
                return
        where = _WHERE.search(folded)
        if where:
            self.release.skip(where.group(), "not stored")
            folded = folded[: where.start()] + folded[where.end():]
        unit_read = ctx.subject[0].unit if ctx.subject and ctx.subject[0] is not None else \
            ctx.named[4] if self.named_last(ctx) and ctx.named[3] == "count" else None
        folded = register.growth_kept(self.in_series_unit(folded, unit_read))
        # '比上年末净增87.4万个' of the figure just read: its change since the end of last year
        net = register.SINCE_YEAR_END.fullmatch(_clean_lead(folded))
        if net and ctx.subject and len(QUANTITY_RE.findall(folded)) == 1 and self._last_year_end(net, ctx):
            quantity = parse_quantity(QUANTITY_RE.search(folded))
            if ctx.subject[0].unit.startswith(quantity.unit + "/"):
                # '普及率为每百人130部，较上年末提高2.9部': in the rate's own unit (部/百人)
                quantity = Quantity(quantity.value, ctx.subject[0].unit, quantity.qualifier, quantity.bound)
            if _COUNTER.sub("家", quantity.unit[-1:]) == _COUNTER.sub("家", ctx.subject[0].unit[-1:]):
                sign = register.change_sign(net.group("verb"))
                self.emit(ctx.subject[0], ctx.subject[1], Quantity(sign * quantity.value, quantity.unit,
                                                                   quantity.qualifier, quantity.bound),
                          "abs_change", part, ctx)
                return
        if net and not ctx.subject and self.named_since_year_end(net, folded, part, ctx):
            return
        if self.on_a_year_before(folded, part, ctx) or self.named_on_a_year_before(folded, part, ctx) \
                or self.change_of_name_said(folded, part, ctx):
            return
        if self.moved_to(folded, part, ctx) or self.turned(folded, part, ctx) or self.month_end_change(folded, part, ctx):
            return
        if (moved := self.index_moved(folded, ctx)) is not None:
            ind, name, value, at, measure = moved
            # '…指数为89.1，较一季度下降0.4点' ('0.1个点' is no count): its change on the quarter before, in points
            return self.emit(ind, name, Quantity(value, "点", "exact", None), measure, part, ctx, period=at)
        change = CHANGE_RE.search(folded)
        quantities = [q for q in QUANTITY_RE.finditer(folded) if not register.NAME_THRESHOLD.match(folded, q.end())]
        if register.earlier_base(folded.strip()) and (not change or register.EARLIER_COMPARED.match(folded.strip())) \
                and len(quantities) == 1 and not ctx.pending:
            # (with a name said since the last figure, '…产能利用率仍在低位运行，二季度为71.9%', '…，制造业增加值占GDP
            # 比重保持基本稳定，上半年为25.7%' is the name's own of that span)
            # '（上年同期为64.5%）', '比10月底的475.8万个继续增加': the same name's value then
            return self.earlier(folded, parse_quantity(quantities[0]), None, part, ctx)
        share = _SHARE_IN.search(folded) or _SHARE.search(folded)
        said, share_named = None, ""      # (what is a share, of what, said about); its name as printed
        if share and len(quantities) == 1 and quantities[0].end() > share.end():
            # '占所有宽带用户34.5%' of the figure just read, or 'A占B的比重为4.6%' of A
            said = (folded[: share.start()], share.group("den"), share.groupdict().get("about") or share.groupdict().get("about2"))
        elif len(quantities) == 1 and (reached := register.share_reached(folded.strip(_PUNCTUATION))):
            said = (reached.label, reached.whole, None)      # '…销量达到汽车新车总销量的47.9%'
        if said and said[1].strip() in ("", "到", "比") and (inverted := register.whole_first(_clean(said[0]))):
            # '新车销量中新能源汽车占到40.9%': the whole said first ('新车销量' there is all cars', 汽车新车销量)
            said = (inverted[0], re.sub(r"^新车", "汽车新车", inverted[1]), said[2])
        if said:
            name = _clean(said[0])
            # '…营业收入、利润总额分别为…，营业收入占全部规模以上工业企业的60.7%': the subject's metric said bare
            subject = ((self.named(name, ctx) or self.of_group(name, ctx) or self.measured_in_group(name, ctx), name)
                       if name else ctx.subject) or (None, "")
            if subject[0] is None and name:
                # '“小巨人”企业研发费用占营业收入的比重为5.3%，高出…3.1个百分点': a share of a name not read; what
                # follows is of it, never of the figure before
                ctx.subject, ctx.group = None, []
            quantity = parse_quantity(quantities[0])
            if quantity.qualifier == "exact" and said[2]:
                quantity = Quantity(quantity.value, quantity.unit, "about", quantity.bound)   # '约占…4.9%', '比重约为15%'
            # '十大重点行业增加值占规上工业的比重约为80%': a group whose share is catalogued as its own series, a level
            said_of = name or (ctx.unread if ctx.subject is None else "")
            # ('8个工业大省规模以上工业增加值合计占全国的比重': the group's, said with its size, scope and total)
            plain = re.sub(r"(?:规模以上|规上)工业(?=增加值)|合计$", "", re.sub(r"^(?:\d+|[一二三四五六七八九十]+)个", "", said_of))
            own = next((ind for ind in (self.resolve(said_of + "占比"), self.resolve(plain + "占比")) if ind), None) \
                if said_of and quantity.unit == "%" else None
            if own is not None and own.unit == "%":
                self.emit(own, said_of, quantity, "level", part, ctx)
                ctx.subject, ctx.group = (own, said_of), [(own, said_of)]
                return
            if subject[0] is not None and quantity.unit == "%" and said[1].strip() not in ("", "比") \
                    and (kept := self.resolve(subject[1] + "占" + said[1].strip() + "的比重")
                         or self.resolve(subject[0].name_zh + "占" + said[1].strip() + "的比重")) is not None \
                    and kept.unit == "%" and kept != subject[0]:
                # '…IPv6活跃用户数达8.34亿，占网民总数的75.29%': a share kept as a series of its own (a level)
                self.emit(kept, subject[1] + "占" + said[1].strip(), quantity, "level", part, ctx)
                return
            if subject[0] is not None and quantity.unit == "%":
                # '…占规上工业增加值比重为17.1%；装备制造业…占比达到36.8%': a share with no whole is of the one before
                said_whole = said[1].strip() if said[1].strip() not in ("", "比") else ctx.share_whole
                ctx.share_whole = said_whole
                # '占规上工业比重': the scope is the whole's name, never noise to take off (工业 alone is all industry)
                whole = self.resolve(said_whole) or \
                    self.resolve(re.sub(r"^(?:全部|所有|全国|总|同期|当月)", "", _clean(said_whole))) or \
                    self.resolve(register.whole_series(_clean(said_whole))) or \
                    self.whole(said_whole)
                if ctx.regional and re.match(r"\s*全(?:省|市|区)", said_whole):
                    # '广东高技术制造业增加值…，占全省规模以上工业的比重为33.8%': of the province's own whole, or none
                    own = self.resolve(re.sub(r"^\s*全(?:省|市|区)", "", said_whole))
                    whole = catalogue.region_of(ctx.regional, own) if own is not None else None
                    if whole is None:
                        self._skip_if_figure(part, "not stored")
                        ctx.subject, ctx.group = subject, [subject]
                        return
                if name and register.BARE_METRIC.fullmatch(name) and said_whole.endswith("企业"):
                    # '营业收入占全部规模以上工业企业的60.7%': the same metric of the enterprises named, never their number
                    whole = self.resolve(re.sub(r"^(?:全部|所有|全国)", "", _clean(said_whole)) + name)
                if whole is None and (total := catalogue.whole_of_segment(subject[0])) is not None \
                        and len(_clean(said_whole)) >= 2 and total.name_zh.endswith(_clean(said_whole)):
                    whole = total      # '…产业核心产值为1699亿元，占总体产值的29.5%': its own total, said by its last words
                if whole is None and re.fullmatch(r"(?:全|整个)行业(?:业务|营业)?收入", said_whole):
                    # '软件产品收入…，占全行业收入的22.4%': the industry's total the part is of
                    whole = catalogue.indicators().get(catalogue.scope_of(subject[0].code))
                if not said_whole:
                    # '移动电话用户总数18.1亿户，其中5G移动电话用户11.18亿户，占比61.8%': of the total just read
                    whole = catalogue.whole_read_before(subject[0], [ind for ind, _ in ctx.history])
                    among = _WHOLE_BEFORE.search(ctx.said[: ctx.said.find(folded.strip())])
                    if whole is None and among is not None:
                        # '上半年A股新上市企业中，专精特新中小企业占比超过80%': a share of the whole said before, kept
                        # as printed (never the series' own share of nothing said)
                        if not self.as_named(named.share_of(subject[1], among.group("whole")), quantity, "share_pct",
                                             part, ctx):
                            self._skip_if_figure(part, "unattributed")
                        return
                elif said[1].strip() in ("", "比") and (own_total := catalogue.whole_of_segment(subject[0])) is not None:
                    # '…占移动电话用户的61.8%；千兆…固定宽带用户占比为33%': a segment's share is of its own total, never
                    # of the whole said of another series before it
                    whole = own_total
                kept = (re.search(r"(?:销量|产量)$", whole.name_zh) if whole is not None else None) \
                    or re.match(r"(?:汽车)?(出口)", _clean(said_whole))
                if kept and not re.search(r"销|产|出口|收入|增加值|利润", subject[1]):
                    # '新能源汽车在国内新车销量中的占比超过50%': of what the whole counts (its sales, never its output);
                    # '其中新能源汽车占出口总量的38.5%': its exports, where a series of them is kept alike, or nothing
                    own = self.resolve(subject[1] + kept.group(kept.lastindex or 0))
                    if own is not None and own != subject[0] and (own.dimension == "region") == (subject[0].dimension == "region"):
                        subject = (own, subject[1] + kept.group(kept.lastindex or 0))
                    elif kept.lastindex and kept.group(1) not in subject[0].name_zh:
                        self._skip_if_figure(part, "unattributed")
                        ctx.subject, ctx.group = None, []
                        return
                whole = _all_industry_same(subject[0], said_whole) or whole
                relative_to = whole.code if whole is not None and whole.code != subject[0].code else None
                if ctx.regional and re.fullmatch(r"全国(?:总量|总额)?", said_whole.strip()):
                    # '广东省…全省软件业务收入…，占全国的16.9%': the province's share of the nation's same series
                    relative_to = catalogue.scope_of(subject[0].code)
                self.emit(subject[0], subject[1], quantity, "share_pct", part, ctx, relative_to=relative_to)
                ctx.subject, ctx.group = subject, [subject]
                return
            # ('…对美国出口服装…，占服装出口总额的21.1%；对欧盟出口服装…，占比18.9%': the whole said before)
            whole_said = said[1].strip() if said[1].strip() not in ("", "比") else ctx.share_whole
            if subject[0] is None and not name and quantity.unit == "%" and whole_said \
                    and (just := self.named_just_read(ctx)) and self.as_named(
                        named.share_of(just.removeprefix(ctx.regional), whole_said), quantity, "share_pct", part, ctx):
                ctx.share_whole = whole_said
                return      # '…数字经济增加值有望达到49万亿元左右，占国内生产总值的比重约35%': of the name just read
            if subject[0] is None and not name and quantity.unit == "%":
                # '行业实现营业收入…（not read），约占全国规模以上工业营业收入的12%': a share of nothing read is never
                # read as a level of the whole's name
                ctx.subject, ctx.group = None, []
                return self._skip_if_figure(part, "unattributed")
            if subject[0] is None and name and quantity.unit == "%":
                # '通信业研发经费占电信业务收入的比重提升至4.6%': a share of names not catalogued, unless a name
                # read below is
                # ('…开票销售金额5792.4亿元，…，光通信及激光产业在其中占56.1%': of the name just read, or not sure)
                whole = self.named_last(ctx).removeprefix(ctx.regional) if said[1].strip() in ("其", "其中") else said[1]
                if re.fullmatch(r"(?:实现)?(?:产值|总产值|营业收入|收入|利润|利润总额)", name) and ctx.history \
                        and ctx.history[-1][0].unit[-1:] in COUNTING_UNITS:
                    # '累计培育绿色工厂6430家，实现产值占制造业总产值的比重约20%': the output of the things just counted
                    name = _clean(ctx.history[-1][1]) + name.removeprefix("实现")
                share_named = named.share_of(name, whole) if whole else ""
                if self.resolve(_clean(folded[: quantities[0].start()])) is None \
                        and self.as_named(share_named, quantity, "share_pct", part, ctx):
                    return
        if (points := _BARE_POINTS.fullmatch(_clean_lead(folded).strip(_PUNCTUATION))) and self.points_of_from_to(points, part, ctx):
            return      # '…占比由2024年的19.9%提高到25.9%，提高6个百分点': the change between the from-to's years
        # ('…利润总额同比增长1.4倍': a growth in 倍 is the clause's one figure, though no quantity)
        if change and (change.group("num") or change.group("doubled") or change.group("times")) and (
                len(quantities) == 1 or not _clean(folded[: change.start()])
                or (not quantities and change.group("unit") == "倍")):
            return self.growth(part, folded, change, ctx)
        if len(quantities) != 1:
            bare = BARE_MAGNITUDE.fullmatch(_clean_lead(folded).rstrip(_PUNCTUATION)) if not quantities else None
            if bare and (ind := self.resolve(_clean(bare["name"]))) is not None and ind.unit == bare["unit"]:
                # 'IPv6活跃用户数超过8亿': a count kept in 亿 with no counter word, said as it is kept
                over = bare["verb"] in ("超过", "超", "突破", "不少于", "不低于")
                quantity = Quantity(float(bare["num"]), bare["unit"], "over" if over else "exact", None)
                self.emit(ind, _clean(bare["name"]), quantity, "level", part, ctx)
                ctx.subject, ctx.group = (ind, _clean(bare["name"])), [(ind, _clean(bare["name"]))]   # ('…，占网民总数的…')
                return
            if not quantities and (ratio := register.BARE_RATIO.fullmatch(_clean_lead(folded).strip(_PUNCTUATION))) \
                    and (ind := self.resolve(_clean(ratio["name"]))) is not None and ind.unit == "PUE":
                # '全国算力中心平均电能利用效率（PUE）降至1.42': the ratio, at the date in force
                self.emit(ind, _clean(ratio["name"]), Quantity(float(ratio["num"]), "PUE", "exact", None), "level", part, ctx)
                ctx.subject, ctx.group = (ind, _clean(ratio["name"])), [(ind, _clean(ratio["name"]))]
                return
            if not quantities and (indexed := self.bare_index(folded, ctx)) is not None:
                ind, name, quantity = indexed
                self.emit(ind, name, quantity, _measure(quantity, ind), part, ctx)
                ctx.subject, ctx.group, ctx.pending = (ind, name), [(ind, name)], []
                return
            if not quantities and (index := register.BARE_INDEX.fullmatch(_clean_lead(folded).strip(_PUNCTUATION))) \
                    and re.search(r"[\u4e00-\u9fff]{2}指数$", _clean(index.group("label") or "")) \
                    and self.as_named(_clean(index.group("label")), Quantity(float(index.group("num")), "点", "exact", None),
                                      "level", part, ctx):
                # '2024年四季度纺织行业综合景气指数为58.3': an index no series keeps, in points, kept as printed
                ctx.subject, ctx.group, ctx.pending = None, [], []
                return
            if not quantities and register.MULTIPLE_OF_EARLIER.fullmatch(_clean_lead(folded).strip(_PUNCTUATION)):
                return self.multiple(part, ctx)     # (what follows is still of the figure just read)
            if not quantities:
                if _POINT.match(folded):      # '四是制造业投资明显回升': a new point, a new subject
                    ctx.subject, ctx.group = None, []
                if (place := _of_a_region(folded)) and ctx.subject and place not in ctx.subject[1] \
                        and (ctx.subject[0] is None or place not in ctx.subject[0].name_zh):
                    # '…河南增长7.8%…；广东增速逐季回升，四季度增长4.5%': another place said, never the last one's figure
                    ctx.subject, ctx.group = None, []
                if selfcheck.has_figure(folded):
                    # '光伏新增装机97.2吉瓦' not read: what follows ('同比增长158%') is of it, never of an older name
                    ctx.subject, ctx.group, ctx.pending = None, [], []
                    return self._skip_if_figure(part, "form not read")
                among = _AMONG.fullmatch(folded.strip(_PUNCTUATION))
                if among:      # '在世界经济论坛发布的全球灯塔工厂中，我国已有79家': what the count after it counts
                    ctx.pending.append(_clean(among.group("name")))
                    ctx.among = _clean(among.group("name"))     # (to the sentence's end: '…中，江苏新认定807家；广东…')
                    return
                if viewed := _VIEWED_FROM.match(folded.strip(_PUNCTUATION)):
                    ctx.share_whole = viewed["name"]   # '从规模以上工业中小企业看，“小巨人”企业以3.5%的户数占比…'
                name = register.TREND.sub("", _clean(_POINT.sub("", _VIEWED_FROM.sub(r"\g<name>", folded.strip(_PUNCTUATION)))))
                # '工业互联网赋能作用持续增强，…标识注册量突破6000亿个': the theme the sentence is about
                # ('…经工业互联网战略咨询专家委评审…，本年度共有560个项目…': a body or a procedure named, no theme)
                if not _PROCEDURE.search(name):
                    ctx.topic = next((topic for topic in TITLE_TOPICS if name.startswith(topic)), ctx.topic)
                # '装备制造业恢复态势明显': the name it opens with is the subject of what follows
                # ('新遴选国家级智能制造示范工厂，总数达到…': or the name it ends with)
                share = re.match(r"[^占]{2,}占[^占]{2,}?(?:比重|比例)", name)
                # ('制造业增加值占GDP比重保持基本稳定': the share, never the part alone)
                name = share.group() if share and self.resolve(share.group().split("占")[0]) else \
                    next((name[:k] for k in range(len(name), 2, -1) if self.resolve(name[:k])), "") or \
                    next((name[k:] for k in range(1, len(name) - 3) if self.resolve(name[k:])), "")
                # ('…；电池片出口逆势增长，出口额17.3亿美元': a product not catalogued, said with how its trade or output fared,
                # heads the bare amounts after it as a heading would)
                traded = re.fullmatch(r"(?P<name>[^,;\d]{2,10}?)(?:出口|进口|生产|产量|销量)", said_name) \
                    if not name and (said_name := register.TREND.sub("", _clean(folded.strip(_PUNCTUATION)))) != \
                    _clean(folded.strip(_PUNCTUATION)) else None
                if not name and said_name != _clean(folded.strip(_PUNCTUATION)) and named.name_of(said_name):
                    ctx.trended = said_name     # '…国际市场份额逐年攀升，由2021年的…': the name a from-to after it is of
                if traded and named.name_of(traded["name"]) and not _ASPECT_OF_ALL.fullmatch(traded["name"]):
                    ctx.aspect = traded["name"]
                    ctx.subject, ctx.group, ctx.pending = None, [], []
                if kind := register.kind_after_etc(folded):
                    ctx.mention, name = kind, ""
                if heading := re.fullmatch(r"(?P<name>[^,;\d]{2,16}?)(?:方面|环节)", _clean(folded.strip(_PUNCTUATION))):
                    # '汽车行业方面，2025年汽车产销分别完成…', '硅片环节，全年产量753GW': a heading, never one of the
                    # names a list is of; the subject before it ends
                    ctx.aspect, name = name or heading["name"], ""
                    ctx.subject, ctx.group, ctx.pending = None, [], []
                owner = _OWNER_REMARKED.match(_clean(folded.strip(_PUNCTUATION))) if not name and not ctx.aspect else None
                if owner and named.name_of(owner["name"]):
                    # '化工板块表现好于油气开采和炼油板块，营业收入9.61万亿元': a sector remarked on, whose the bare metric
                    # after it is
                    ctx.pending.append(owner["name"])
                if name:
                    ctx.pending.append(name)
                    if (index := self.resolve(name)) is not None and index.unit == "点" and name.endswith("指数"):
                        # '中小企业发展指数总体运行在较高水平。一季度指数为89.5': the index a later bare 指数 is
                        self.subject_index = index
                return self._skip_if_figure(part, "form not read")
            if (members := register.members_and_metric(_clean_lead(folded).rstrip(_PUNCTUATION))) is not None \
                    and self.members_and_metric(members, part, ctx):
                return
            ctx.subject, ctx.group, ctx.pending = None, [], []
            return self._skip_if_figure(part, "form not read")
        match = quantities[0]
        quantity = parse_quantity(match)
        before, after = _clean(folded[: match.start()]), _clean(folded[match.end():])
        fresh = re.fullmatch(r"\s*(?:其中)?(?:(?:19|20)\d\d年)?(?:当年|年内|全年)?(?P<verb>新(?:培育|增|建成?|认定|遴选|创建))\s*",
                             folded[: match.start()])
        if fresh and quantity.counts and not after and ctx.subject and ctx.subject[0] is not None \
                and catalogue.is_stock(ctx.subject[0].code) and ctx.subject[0].unit[-1:] in COUNTING_UNITS:
            # '已建成国家绿色数据中心246个，其中2024年新培育50家': the new ones among the stock just read
            name = fresh["verb"] + _clean(ctx.subject[1])
            if (ind := self.resolve(name)) is not None:
                return self.emit(ind, name, quantity, "count", part, ctx)
            return None if self.as_named(name, quantity, "count", part, ctx) else self._skip_if_figure(part, "unknown name")
        # '…销量17.7万台；在国内市场的占有率达到58.5%': the subject's share of that market
        before = re.sub(r"^在(?P<m>国内|国际|全球|海外)?市场(?:上)?的?(?=占有率|份额|占比)", r"\g<m>市场", before)
        if ctx.regional:      # '全省1—9月软件业务收入…': the province in force (never the nation's)
            before = _clean(_WHOLE_PROVINCE.sub("", before))
        if ctx.counted and re.fullmatch(r"(?:行业)?增长面", before) and not after and quantity.unit == "%" \
                and (share := catalogue.indicators().get(ctx.counted + "_share")) is not None:
            # '41个工业大类中有36个行业增加值增长，增长面为87.8%': the share of the whole counted (its change after it:
            # '…，比上年提高26.8个百分点', never the count's)
            ctx.subject, ctx.group = (share, before), [(share, before)]
            return self.emit(share, before, quantity, "level", part, ctx)
        if not before and not after and not ctx.subject and (said := self.named_last(ctx)) \
                and quantity.counts != (ctx.named[4][-1:] in COUNTING_UNITS) and quantity.unit != "%" \
                and ctx.named[4] != "%" and (re.match(r"、", ctx.said[ctx.said.find(folded.strip()) - 1:])
                                             or re.match(r",(?:约|近|超过?)?\d", ctx.said[ctx.said.find(folded.strip()) - 1:])):
            # '…累计支持中小微企业融资50.9万笔、19.5万亿元': the same name's other measure, a count beside an amount (after a
            # comma only bare: '新增企业320家，达到1.06万亿元' says what reached it no more)
            return None if self.as_named(said, quantity, named.measure_of(quantity), part, ctx, period=ctx.named[2]) \
                else self._skip_if_figure(part, "unknown name")
        if quantity.unit == "%" and before and re.fullmatch(r"的?(?:同比)?(?:增速|增幅|增长速度)", after):
            # '人工智能产业规模保持20%以上增速': the name's growth, printed before its word (never a level in %)
            before, after = re.sub(r"(?:保持|实现|维持|达到)了?$", "", before) + "增速", ""
        growth = register.GROWTH_NAMED.fullmatch(before) if quantity.unit == "%" and before and not after else None
        if growth and not growth.group("label") and (remarked := register.growth_remarked(ctx.said_before(part))):
            # '全省工程机械出口继续保持两位数增长，增速为15.7%': the growth of the name the clause before remarks on
            label = _clean(_WHOLE_PROVINCE.sub("", remarked)) if ctx.regional else _clean(remarked)
            signed = Quantity(register.growth_sign(growth) * quantity.value, "%", quantity.qualifier, None)
            if (ind := self.named(label, ctx)) is not None:
                return self.emit(ind, label, signed, "yoy_pct", part, ctx)
            return None if self.as_named(label, signed, "yoy_pct", part, ctx) else self._skip_if_figure(part, "unknown name")
        if growth and (ind := self.named(_clean(growth.group("label")), ctx) if growth.group("label") else
                       ctx.subject[0] if ctx.subject else None) is not None:
            # '软件业务收入增速为13.2%': the name's growth on a year earlier, said as its rate ('降幅达8.6%': its fall)
            if register.growth_sign(growth) < 0:
                quantity = Quantity(-quantity.value, quantity.unit, quantity.qualifier, None)
            return self.emit(ind, growth.group("label") or ctx.subject[1], quantity, "yoy_pct", part, ctx)
        if growth and growth.group("label") and named.name_of(_clean(growth.group("label"))):
            # '西成药出口增速高达22.94%': the growth of a name the catalogue does not hold
            signed = Quantity(register.growth_sign(growth) * quantity.value, "%", quantity.qualifier, None)
            return None if self.as_named(_clean(growth.group("label")), signed, "yoy_pct", part, ctx) \
                else self._skip_if_figure(part, "unknown name")
        owner = named.sales_owner(ctx.subject[1]) if ctx.subject else ctx.sales_of
        if not after and owner and named.SALES_PART.fullmatch(before):
            # '挖掘机累计销量…，其中国内销量89877台、出口84162台': 挖掘机国内销量, 挖掘机出口
            before, ctx.sales_of = owner + named.SALES_PART.fullmatch(before)["part"], owner
        if ctx.aspect and not after and _BARE_FLOW.fullmatch(before) and not _ASPECT_OF_ALL.fullmatch(ctx.aspect) \
                and (not ctx.subject or ctx.aspect in ctx.subject[1] + (ctx.subject[0].name_zh if ctx.subject[0] else "")):
            # '硅片环节，全年产量753GW，…，出口量约60.9GW': the heading's (never when another subject was named since:
            # '效益方面，…工业企业实现利润总额…；实现营业收入…' is the enterprises')
            before = ctx.aspect + before
        candidates = [before, after, before + after] if before and after else [before or after]
        if before and after and before in catalogue.region_words():
            # '内蒙古自治区3家国家级制造业单项冠军企业…': the province is whose, never what is counted
            candidates = [after]
        if quantity.counts and before and not _NEW_MEMBERS.search(before) and (led := _LED_BY.sub("", before)) != before \
                and len(led) >= 4:
            candidates.append(led)      # '带动地方梯度培育省市级绿色工厂1.6万余家': what was built up, not who led it
        if quantity.counts and not before and (said_of := named.SAID_OF_THEM.search(after)) and said_of.start() >= 4:
            # '246个国家绿色数据中心使用的电力一半以上来自绿电': what is counted, never what is said of it
            candidates = [after[: said_of.start()]] + candidates
        if quantity.counts and not before and after:
            became = _BECAME.fullmatch(after)
            candidates += [became.group("name")] if became else \
                [after[: does.start()] for does in [_DOES.search(after)] if does and does.start() >= 3]
        if after and last_name and after != last_name:
            candidates += [after + last_name[k:] for k in range(1, len(last_name))]
        # (a later batch only when the sentence announces a list: its members are the year's new ones)
        if quantity.counts and after and (tail := _LIST_TAIL.search(after)) and tail.start() >= 2 \
                and (_FIRST_BATCH.search(folded) or self.of_list(part, ctx)):
            candidates += [after[: tail.start()]]
        if not before and not after and ctx.subject:
            candidates = [ctx.subject[1]]
        referred = ctx.subject or self.referred_across(quantity)
        share_before = self.share_across(before, quantity, ctx)
        if share_before is not None:
            # '…占国内生产总值的比重为9.9%。据测算，2024年这一比重达到10%左右': the share the sentence before ended
            # with, of the year said
            ind = catalogue.indicators()[share_before.indicator]
            self.emit(ind, share_before.label_zh, quantity, "share_pct", part, ctx, relative_to=share_before.relative_to)
            return
        if (ago := register.years_ago(before)) and named.REFERENCE_SAID.fullmatch(ago[1]) and not after:
            # '人工智能企业数量已超过5300家，五年前这一数字为1400余家': the series just read, N years before its own year
            # (of a name not catalogued, not read: no date is sure)
            last = self.out[-1] if len(self.out) > ctx.start[0] and referred and referred[0] is not None \
                and self.out[-1].indicator == referred[0].code and self.out[-1].unit == quantity.unit else None
            if last is None:
                return self._skip_if_figure(part, "unattributed")
            then = Period(str(int(last.period[:4]) - ago[0]), "year")
            self.emit(referred[0], referred[1], quantity, last.measure, part, ctx, period=then)
            return
        if named.REFERENCE_SAID.fullmatch(before) and not after and referred and referred[0] is not None:
            # '2024年这一比例超过55%', '…比重为5.4%；上半年这一比重为5.3%': the series just read (its name as printed
            # may not resolve again), of the period said; '…5G基站总数达454.9万个…。截至3月底，这一数字为439.5万个': the
            # sentence before's, in its unit
            ctx.subject = referred
            self.emit(referred[0], referred[1], quantity, _measure(quantity, referred[0]), part, ctx)
            ctx.group, ctx.pending = [referred], []
            return
        metric = re.sub(r"^共?(?:完成|实现)", "", before or after)
        if ctx.mention and register.BARE_METRIC.fullmatch(metric):
            candidates += [register.joined(ctx.mention, metric)]      # '…等新兴业务，全年完成收入4348亿元
        if ctx.pending and (register.BARE_METRIC.fullmatch(metric) or len(metric) >= 2 and ctx.pending[-1].endswith(metric)) \
                and not after:
            # ('汽车出口再上新台阶，全年出口709.8万辆': the name said, its own metric said bare)
            # '一是软件产品收入平稳增长，前5个月实现收入12478亿元': the metric of the name said just before
            said = re.sub(r"(?<=.{4})规模$", "", ctx.pending[-1])     # ('汽车出口规模再上新台阶，全年出口超过700万辆')
            candidates = [said if said.endswith(metric) else _METRIC_TAIL.sub("", said) + metric] + candidates
        if not ctx.pending and not after and (bare := register.BARE_FLOW.fullmatch(before)):
            # ('纺织服装行业顶住外部压力，全年出口额2938.1亿美元': the name the clause before remarks on, where kept so)
            candidates += [name + bare["metric"] for name in register.remark_openings(ctx.said[: ctx.said.find(folded.strip())])]
        if ctx.among and quantity.counts and not after and not before.removeprefix(ctx.regional) \
                and (new := _NEW_MEMBERS_OF.search(folded[: match.start()].rstrip())):
            # '…中，江苏新认定807家': the new members (the province's: emit takes its own series)
            candidates = [new.group() + ctx.among] + candidates
        if ctx.pending and re.fullmatch(r"(?:总数|总量|数量|规模)?", before) and not after:
            # '全年新遴选国家级智能制造示范工厂，总数达到421家': the total of the name said just before
            candidates = [ctx.pending[-1] + before, ctx.pending[-1]] + candidates
        if ctx.topic:     # '5G应用已融入…，案例总数超过…': a name said of the sentence's topic
            candidates += [register.joined(ctx.topic, name) for name in candidates if name and not name.startswith(ctx.topic)]
        candidates += [register.joined(topic, name) for topic in self.title_topics for name in candidates[:2]
                       if name and not name.startswith(topic)]
        if ctx.subject:
            # '数字产业收入约38.3万亿元，利润总额3.1万亿元', '新能源汽车新车销量…，产量…': the same subject with another metric
            head = _METRIC_TAIL.sub("", ctx.subject[1])
            metric_of_subject = [head + name for name in candidates[:2] if name and head and not name.startswith(head)
                                 and _METRIC_TAIL.fullmatch(name)]
            # '5G移动电话用户达11.18亿户，用户普及率超79%': a name said of the figure just read
            candidates += metric_of_subject + \
                [register.joined(ctx.subject[1], name) for name in candidates[:2] if name and name != ctx.subject[1]]
            candidates += [head + name for name in candidates[:2] if name and head and not name.startswith(head)]
            # '大宗工业固废综合利用量约22亿吨，综合利用率达到54%': the subject's name up to the words they share
            candidates += [_overlaid(ctx.subject[1], name) for name in candidates[:2] if name and _overlaid(ctx.subject[1], name)]
            # '基础级智能工厂3.5万余家、先进级8200余家': a short name takes the tail of the one just read
            if before and not after and len(before) <= 4:
                candidates += [before + ctx.subject[1][k:] for k in range(1, len(ctx.subject[1]) - 1)]
            # '工业互联网标识注册总量超过6900亿个，服务企业超过51万家': a name said after the subject's leading words
            candidates += [ctx.subject[1][:k] + name for name in candidates[:1] if name and len(name) >= 3
                           for k in range(len(ctx.subject[1]) - 2, 1, -1)]
        elif len(ctx.group) > 1 and (register.BARE_METRIC.fullmatch(metric) or metric in ("出口", "进口")):
            # '新能源汽车产销分别完成…，全年出口128.4万辆': the metric of what the names just read share
            common = os.path.commonprefix([name for _, name in ctx.group])
            candidates += [common + name for name in candidates[:2] if len(common) >= 2 and name]
        for name in candidates:
            ind = self.named(name, ctx) if name else None
            if ind is not None and ctx.subject and ind == ctx.subject[0] and name != candidates[0] \
                    and ctx.subject[1] not in (name, candidates[0]) \
                    and not re.fullmatch(r"(?:累计)?(?:总数|总量|数量|总规模|规模)", candidates[0]):   # ('…，总数达到33家': its own)
                # another name, taken with the subject's words, is never the subject's own series again in its sentence
                # ('渗透产业增加值3.48万亿元，产业增加值总规模5.01万亿元' is no second figure of the part)
                continue
            if ind is not None:
                read, skipped = len(self.out), len(self.release.skipped)
                self.emit(ind, name, quantity, _measure(quantity, ind), part, ctx)
                if len(self.out) == read and self.release.skip_reasons[skipped:] in (["unattributed"], ["another scale"]):
                    # '装备制造业是…主力军，…卓越级智能工厂197家（an industry's: not the nation's），占全国总量的39%': what
                    # is said of it after is not the series' either ('家用电器出口额6888.5亿元（in 元），同比下降3.3%': nor
                    # the growth of another currency's amount)
                    ctx.subject, ctx.group, ctx.pending = None, [], []
                    return
                ctx.subject = (self.stored(ind, read), name)   # ('纺织品出口7641.5亿元，同比增长3%': the yuan series)
                ctx.group = [ctx.subject]
                ctx.pending = []        # names said before this figure are not what a change after it is of
                return
        if named.BARE_RATE.fullmatch(before) and not after and (of := ctx.subject[1] if ctx.subject else self.named_last(ctx)):
            # '…乘用车新车销量达到776万辆，渗透率为62.6%' (no series of it): the rate of the subject just read
            before = register.joined(_METRIC_TAIL.sub("", of) or of, before)
        elif (register.BARE_METRIC.fullmatch(metric) or named.TRADE_PART.fullmatch(metric)
              or named.TRADE_TOTAL.fullmatch(metric)) and not after \
                and (owner := self.named_owner(ctx) or self.subject_owner(ctx)):
            # ('石化全行业实现营业收入7.77万亿元（catalogued），…；进出口总额4414.3亿美元': the industry's trade, kept as printed)
            # '机床工具行业完成营业收入7647亿元（kept as printed），实现利润总额247亿元', '…仪器仪表制造企业达到7326家；
            # 实现营业收入…': the same owner's other metric
            before = owner + metric
        elif (bare := register.BARE_FLOW.fullmatch(before)) \
                and (flow_said := re.fullmatch(r"(产量|销量|出口|进口)量?", bare["metric"])) \
                and not after and ctx.subject and quantity.unit not in ("%", "") \
                and not _clean(ctx.subject[1]).endswith(flow_said[1]) \
                and len(head := re.sub(r"累计$", "", _METRIC_TAIL.sub("", _clean(ctx.subject[1])))) >= 2 \
                and head != _clean(ctx.subject[1]):
            # '硅片产量达到753GW，同比增长12.7%，出口约60.9GW': the product's exports, kept as printed
            # ('动力和其他电池累计产量1291.4GWh，…；累计销量1249.5GWh': its sales)
            before = head + flow_said[1] + ("" if flow_said[1].endswith("量") else "量")
        elif (per := re.fullmatch(r"(?:户均|人均|平均)(?P<core>[\u4e00-\u9fff]{2,})", before)) and not after and ctx.subject \
                and (at := _clean(ctx.subject[1]).find(per["core"][:2])) >= 2:
            # '“小巨人”企业研发投入强度达到7%，户均研发投入超过3000万元': per member of the subject just read
            before = _clean(ctx.subject[1])[:at] + before
        ctx.subject = None
        # (a name said before its figure only: after it, a verb phrase ('12家企业负责人作交流发言') is no name)
        if not share_named and quantity.unit == "%" and (members := named.share_of_members(before, after)):
            share_named = members   # '其中89.6%的企业已经启动数字化改造': the share of members said after it
        counted = named.counted_after(before, after) if quantity.counts and not share_named else None
        if counted and re.match(r"\s*[、和及与]\s*[^\d，,；;。]*的", ctx.said[ctx.said.find(fold(part).strip()) + len(fold(part).strip()):]):
            # '首批168个小区、工厂和园区的万兆光网试点': the first of kinds listed, whose thing counted follows them
            return self.release.skip(part.strip(), "unknown name")
        if quantity.counts and after and re.search(r"(?<![保维稳处低高])(?:在|于|向|对|从|给|与|跟|同)$",
                                                   folded[: match.start()].rstrip()):
            # '…万兆光网试点在86个城市顺利开展部署': the figure after a preposition counts its object, never the name
            return self.release.skip(part.strip(), "unknown name")
        if quantity.counts and not counted and re.match(r"[\u4e00-\u9fff]{2,}|[\u4e00-\u9fff][(（]", after or "") and before \
                and not _NEW_MEMBERS.search(before):
            # '中国算力平台已完成10个省区市分平台接入': the count is of what follows it, never of the name before
            # ('覆盖全省17个市（州）')
            return self.release.skip(part.strip(), "unknown name")
        if not share_named and not after and (named.MOVED_TO.fullmatch(before) or not before and re.search(
                named.MOVED_TO.pattern + r"\s*$", folded[: match.start()])) and (said := self.named_last(ctx)):
            before = said       # '…利润率6月份升至2.82%，9月份又回落至1.71%': the name just read, at the date said
        elif not share_named and not after and not before and quantity.unit != "%" and self.right_after_line(part, ctx):
            # '全市规上工业总产值首次突破万亿元，达到1.06万亿元': the name of the line passed
            before = _clean(_WHOLE_PROVINCE.sub("", ctx.line_of[0])) if ctx.regional else ctx.line_of[0]
        elif not share_named and not after and quantity.counts and (
                named.TOTAL_OF.fullmatch(before) or named.TOTAL_OF.fullmatch(folded[: match.start()].strip(" ,，"))) \
                and (said := named.total_of(self.named_last(ctx))):
            before = said       # '新增创新型中小企业3023家，总量达到13314家': the total of what the new ones are of
        elif not share_named and not after and quantity.unit == "%" and (on_year := register.ON_A_YEAR_BEFORE.fullmatch(before)) \
                and not re.search(r"(?<!功)率$|比重$|占比$|份额$", on_year["name"]):
            # '全国公共场站平均充电功率较上年提升30%': the name's change on the year before, in % (never a rate's: points?)
            if not self.as_named(on_year["name"], Quantity(register.change_sign(on_year["verb"]) * quantity.value, "%", quantity.qualifier, quantity.bound),
                                 "yoy_pct", part, ctx):
                self.release.skip(part.strip(), "unknown name")
            return
        elif not share_named and not after and len(ctx.pending) == 1 and named.name_of(ctx.pending[0]) \
                and register.BARE_METRIC.fullmatch(re.sub(r"^共?(?:完成|实现)", "", before)):
            # '化工板块表现好于…，营业收入9.61万亿元': the bare metric of the name remarked on before it
            before = ctx.pending[0] + re.sub(r"^共?(?:完成|实现)", "", before)
        if counted and (ind := self.resolve(counted)) is not None and _measure(quantity, ind) == "count":
            # '首批15家领航级智能工厂遴选产生': what is counted, a series the catalogue keeps
            self.emit(ind, counted, quantity, "count", part, ctx)
            return
        if not (self.as_named(share_named, quantity, "share_pct", part, ctx) if share_named
                else self.as_named(counted, quantity, "count", part, ctx) if counted
                else self.as_named(before, quantity, named.measure_of(quantity, before), part, ctx)):
            self.release.skip(part.strip(), "unknown name")

    @staticmethod
    def right_after_line(part: str, ctx: _Context) -> bool:
        """Whether a clause comes right after a line passed by a name ('…首次突破万亿元，达到1.06万亿元')."""
        name, line = ctx.line_of
        return bool(name) and re.search(re.escape(line) + r"[,，]\s*" + re.escape(fold(part).strip()[:4]), ctx.said) is not None

    def totals_listed(self, folded: str, part: str, ctx: _Context) -> bool:
        """'全年新增省级智能工厂216个、未来工厂28家，累计分别达到1526个、112家': the totals the new ones of each name just
        read are added to, in order (named.total_of)."""
        said = named.TOTAL_OF.match(folded.strip(" ,，"))      # (累计 said: never a lead word here)
        rest = folded.strip(" ,，")[said.end():] if said and said.group() else ""
        quantities = [parse_quantity(q) for q in QUANTITY_RE.finditer(rest)]
        read = self.named_out[ctx.start[1]:][-len(quantities):] if len(quantities) > 1 and "分别" in said.group() else []
        totals = [named.total_of(o.label_zh) if o.measure == "count" else "" for o in read]
        if len(totals) != len(quantities) or not all(totals) or not re.fullmatch(r"(?:\s*[、和及]?\s*" + QUANTITY_RE.pattern + r")+[。；;]?\s*", rest):
            return False
        for total, quantity in zip(totals, quantities):
            self.as_named(total, quantity, "count", part, ctx)
        return True

    def since_year_end_listed(self, folded: str, part: str, ctx: _Context) -> bool:
        """'…标识注册总量突破7000亿个，服务企业超过52万家，分别较上年底增加约1200亿个和6万家': each stock read last in
        the sentence, its change since the end of the year before (in its own unit, at its own date)."""
        listed = register.since_year_end_listed(_clean_lead(folded).strip(_PUNCTUATION))
        read = [o for o in self.out[ctx.start[0]:] if o.measure in ("level", "count")][-len(listed):] if listed else []
        if not listed or len(read) != len(listed) or any(
                not catalogue.is_stock(o.indicator) or o.period_type != "month"
                or unit_factor(o.unit)[1] != unit_factor(item.unit)[1] for o, item in zip(read, listed)):
            return False        # (of flows, or in another unit: not theirs)
        for said, item in zip(read, listed):
            self.emit(catalogue.indicators()[said.indicator], said.label_zh, Quantity(item.value, item.unit, item.qualifier,
                                                                                      None),
                      "abs_change", part, ctx, period=Period(said.period, said.period_type))
        return True

    def named_since_year_end(self, net: re.Match, folded: str, part: str, ctx: _Context) -> bool:
        """'家庭宽带户均签约带宽达553.4Mbps，较上年末提高41.6Mbps': the change since last year's end of the stock kept as
        printed just before, in its unit, at its date."""
        last = self.named_out[-1] if self.named_out and self.named_just_read(ctx) else None
        found = QUANTITY_RE.findall(folded)
        if last is None or len(found) != 1 or last.measure not in ("level", "count") or last.period_type not in ("month", "year") \
                or (net["year"] and int(net["year"]) != int(last.period[:4]) - 1):
            return False
        quantity = parse_quantity(QUANTITY_RE.search(folded))
        if quantity.unit != last.unit:
            return False
        change = Quantity(register.change_sign(net.group("verb")) * quantity.value, quantity.unit, quantity.qualifier, None)
        return self.as_named(last.label_zh, change, "abs_change", part, ctx, period=Period(last.period, last.period_type))

    def of_name_said(self, part: str, ctx: _Context, last_name: str) -> bool:
        """'…，制造业增加值占GDP比重保持基本稳定，上半年为25.7%': a bare value of a span, of the name said since the
        last figure, read as if printed after it (quoted as printed)."""
        said = _clean_lead(fold(part)).strip(_PUNCTUATION)
        opening = find_period(said, self.month_year)
        if not ctx.pending or opening is None or opening[1].start() != 0 \
                or not _BARE_VALUE.fullmatch(said[opening[1].end():]):
            return False
        read, skipped = len(self.out), len(self.release.skipped)
        self.item(ctx.pending[-1] + said[opening[1].end():], ctx, last_name)
        if len(self.out) == read:
            del self.release.skipped[skipped:]
            return False
        for figure in self.out[read:]:
            figure.quote = part.strip()
        return True

    def subjects_last(self, ctx: _Context) -> Observation | None:
        """The figure just read, when it is of the subject in force."""
        last = self.out[-1] if self.out else None
        ok = ctx.subject and ctx.subject[0] is not None and last is not None and last.indicator == ctx.subject[0].code
        return last if ok else None

    def level_of_subject(self, ctx: _Context) -> Observation | None:
        """The level or count of the catalogued subject in force among the last figures read (its growth may follow it),
        when a catalogued figure was read last; None else."""
        if not self.last_was_catalogued or ctx.subject is None or ctx.subject[0] is None:
            return None
        return next((o for o in reversed(self.out[-2:]) if o.indicator == ctx.subject[0].code
                     and o.measure in ("level", "count")), None)

    def moved_to(self, folded: str, part: str, ctx: _Context) -> bool:
        """'1—2月份…增长5.9%，3月份加快至7.7%': the subject's growth in the period said, the rate it moved to."""
        if not register.GROWTH_MOVED_TO.search(folded):     # (a period looked for only when the form is there)
            return False
        opening = find_period(_clean_lead(folded), self.month_year)
        moved = register.GROWTH_MOVED_TO.fullmatch(
            _clean_lead(folded)[opening[1].end() if opening and opening[1].start() == 0 else 0:].rstrip(_PUNCTUATION))
        last = self.subjects_last(ctx)
        # ('钢铁行业销售利润率6月份为2.82%，9月份回落至1.71%': a rate's level in the period said)
        rate = last is not None and last.measure in ("level", "share_pct") and last.unit == "%" \
            and ctx.subject[0].unit == "%" and opening is not None and opening[1].start() == 0
        if not moved or last is None or (last.measure != "yoy_pct" and not rate):
            return False
        self.emit(ctx.subject[0], ctx.subject[1], Quantity(float(moved["num"]), "%", "exact", None),
                  last.measure if rate else "yoy_pct", part, ctx)
        return True

    def turned(self, folded: str, part: str, ctx: _Context) -> bool:
        """'非金属矿物制品业由6月份下降0.1%转为增长0.2%': the name's growth now, and then (the span said)."""
        was = register.turned(_clean_lead(folded))
        if was is None:
            return False
        name = _clean(was[0])
        ind = self.named(name, ctx) if name else None
        now = self.period_of(ind, "yoy_pct", ctx) if ind is not None else None
        # ('由上年全年下降3.3%转为同比增长0.8%': the whole year before, whatever span the growth now is of)
        base = "上年" if re.fullmatch(r"(?:上年|去年)全年", was[1]) else \
            "上年同期" if re.fullmatch(r"(?:上年|去年)(?:同期)?", was[1]) else was[1]
        if ind is None and name:
            return self.turned_named(name, was, base, part, ctx)
        then = register.base_period(base, now) if now is not None else None
        if then is None:
            return False
        self.emit(ind, name, Quantity(was[3], "%", "exact", None), "yoy_pct", part, ctx, period=now)
        if was[2] is not None:      # ('由上月下降转为增长3.8%': the growth then, its size unsaid)
            self.emit(ind, name, Quantity(was[2], "%", "exact", None), "yoy_pct", part, ctx, period=then)
        ctx.subject, ctx.group = (ind, name), [(ind, name)]
        return True

    def turned_named(self, name: str, was: tuple, base: str, part: str, ctx: _Context) -> bool:
        """'…利润由上年下降1.1%转为增长2.1%' of a name the catalogue does not hold: its growth now and then, kept as
        printed (then only when now is sure)."""
        if not self.as_named(name, Quantity(was[3], "%", "exact", None), "yoy_pct", part, ctx):
            return False
        now = self.named_out[-1]
        then = register.base_period(base, Period(now.period, now.period_type))
        if was[2] is not None and then is not None:
            self.as_named(name, Quantity(was[2], "%", "exact", None), "yoy_pct", part, ctx, period=then, window_said=True)
        return True

    def month_end_change(self, folded: str, part: str, ctx: _Context) -> bool:
        """'截至10月末，5G基站总数达到475.8万个，较9月末增加5.3万个': a stock's change on the month-end before."""
        moved = register.ABS_MOM.fullmatch(_clean_lead(folded).rstrip(_PUNCTUATION))
        # ('较9月份上升0.3点': an index's points, no quantity of a stock: another reading's)
        printed = QUANTITY_RE.search(folded) if moved and moved.group("month") else None
        last = self.subjects_last(ctx) if printed else None
        quantity = parse_quantity(printed) if last is not None else None
        if last is None or last.period_type != "month" or not catalogue.is_stock(last.indicator) \
                or int(moved.group("month")) % 12 + 1 != int(last.period[5:7]) or quantity.unit != last.unit:
            if last is not None and ctx.subject is not None:
                # '…12.04亿户，比上年末净增1.9亿户，较9月末增加3700万户，占…的65.9%': a change on an earlier month-end
                # not kept; what follows is still of the subject
                self._skip_if_figure(part, "not stored")
                return True
            return False
        sign = -1 if moved.group("verb") in ("减少", "下降", "回落") else 1
        self.emit(ctx.subject[0], ctx.subject[1], Quantity(sign * quantity.value, quantity.unit, quantity.qualifier,
                                                           quantity.bound), "mom_abs_change", part, ctx,
                  period=Period(last.period, "month"))
        return True

    def read_as_rate(self, ind: Indicator) -> bool:
        """The figure last read of `ind` is a rate or a share in % (not a growth)."""
        last = next((o for o in reversed(self.out) if o.indicator == ind.code), None)
        return last is not None and last.measure in ("level", "share_pct") and last.unit == "%"

    def on_a_year_before(self, folded: str, part: str, ctx: _Context) -> bool:
        """'全年认定…“小巨人”企业3482家，比上年多470家', '…1293万辆，比2024年增加168万辆': the change of the count or
        amount just read on the year before, in its unit (yoy_abs_change); False unless the clause says only that, of a
        flow just read."""
        said, change = _on_a_year_before(folded) or (None, None)
        last = self.out[-1] if self.out else None
        if last is not None and len(self.out) > 1 and self.out[-2].indicator == last.indicator \
                and last.period == register.shift_year(self.out[-2].period, -1):
            last = self.out[-2]     # ('…3482家，比上年的3012家多470家': the value then was read first; the change is of now)
        elif last is not None and last.measure in ("yoy_pct", "share_pct") and len(self.out) > 1 \
                and self.out[-2].indicator == last.indicator and self.out[-2].period == last.period:
            # ('…5369万载重吨，同比增长11.4%，比上年增加551万载重吨': its growth said between; '…1293万辆，占…的49.38%，
            # 比2024年增加168万辆': its share)
            last = self.out[-2]
        # (the series the figure just read was stored under: a list's new members are the year's new ones, …_new)
        if said is None or not ctx.subject or ctx.subject[0] is None or last is None \
                or (said.group("year") and int(said.group("year")) != int(last.period[:4]) - 1) \
                or not last.indicator.startswith(ctx.subject[0].code) or last.measure not in ("level", "count") \
                or (catalogue.is_stock(last.indicator) or last.period_type == "month") and not _SAME_DATE.match(said.group()) \
                or change.unit != last.unit:
            return False
        self.emit(catalogue.indicators()[last.indicator], ctx.subject[1], change, "yoy_abs_change", part, ctx,
                  period=Period(last.period, last.period_type))
        return True

    def change_of_name_said(self, folded: str, part: str, ctx: _Context) -> bool:
        """'造船完工量比2024年增加551万载重吨', '手持订单量比上年末增加6570万载重吨': a catalogued series named with its
        change in its unit on the year before (a flow's: yoy_abs_change) or since last year's end (a stock's:
        abs_change), of its level read before on the page; False else."""
        said = re.fullmatch(r"(?P<name>[^,;\d]{2,}?)(?P<rest>(?:比|较).+)", _clean_lead(folded).strip(_PUNCTUATION))
        ind = self.resolve(_clean(said["name"])) if said else None
        last = next((o for o in reversed(self.out) if o.indicator == ind.code and o.measure in ("level", "count")), None) \
            if ind is not None else None
        if last is None:
            return False
        year = int(last.period[:4])
        flow = _on_a_year_before(said["rest"])
        if (since := register.SINCE_YEAR_END.fullmatch(said["rest"])) and catalogue.is_stock(ind.code) \
                and last.period_type == "month" and int(since["year"] or year - 1) == year - 1:
            value = parse_quantity(QUANTITY_RE.search(said["rest"]))
            change, measure = Quantity(register.change_sign(since["verb"]) * value.value, value.unit, value.qualifier, None), \
                "abs_change"
        elif flow and last.period_type == "year" and int(flow[0]["year"] or year - 1) == year - 1:
            change, measure = flow[1], "yoy_abs_change"
        else:
            return False
        if change.unit != last.unit:
            return False
        self.emit(ind, _clean(said["name"]), change, measure, part, ctx, period=Period(last.period, last.period_type))
        return True

    def named_then(self, then: tuple[int, int], folded: str, part: str, ctx: _Context) -> bool:
        """'稀土出口4000.3吨（kept as printed），较8月份的5791.8吨下降30.9%': the value of the month or year before, and the
        change on it (mom_pct, yoy_pct), of the figure just read; False when it is no such change."""
        name, said = self.named_just_read(ctx), _clean_lead(folded).strip()
        at = ctx.named[2] if name else None
        base = register.base_period(register.earlier_base(said) or "", at) if at is not None else None
        change = CHANGE_RE.search(said, then[1])
        if base is None or change is None or ctx.named[3] not in ("level", "count"):
            return False
        if base.period_type == "year" and at.period_type == "month" and at.period.endswith("-12"):
            base = Period(f"{base.period}-12", "month")     # a stock at a year's end, against an earlier year's: its end
        month_before = at.period_type == "month" and base == Period(register.shift_month(at.period, -1), "month")
        year_before = base.period == register.shift_year(at.period, -1) and base.period_type == at.period_type
        # '保有量…，比2020年的96万台增长1.1倍' of a stock at a year's end: its growth since an earlier year's end
        years_before = base.period_type == at.period_type and base.period < register.shift_year(at.period, -1) \
            and (at.period_type == "year" or at.period.endswith("-12") and base.period.endswith("-12"))
        value = _value_then(said, then[0])
        if not (month_before or year_before or years_before) or value.unit != ctx.named[4]:
            return False
        found = parse_change(change)
        if found.unit != "%":
            return False
        self.as_named(name, value, ctx.named[3], part, ctx, period=base, window_said=years_before)
        return self.as_named(name, Quantity(found.value, "%", found.qualifier, None),
                             "mom_pct" if month_before else "yoy_pct" if year_before else "cum_pct", part, ctx,
                             period=at, base=None if month_before or year_before else base)

    def forecast_goes_on(self, segment: str, ctx: _Context) -> bool:
        """'预计2026年汽车总销量3475万辆左右，同比增长1%；新能源汽车销量1900万辆左右，…': a part after the forecast's '；'
        said as the forecast was (an amount 左右) with no date of its own, and no year over in force before the forecast
        ('展望2026年，…' in January 2026), goes on with it (dated that year, a part would be progress the sentence never
        said)."""
        folded = fold(segment)
        if ctx.forecast and ctx.unforecast is not None and _FORECAST.search(folded) and find_period(folded, self.month_year) is None:
            return True     # '预计2026年汽车总销量为3475万辆…；新能源汽车销量有望达到1900万辆': expected again, of that year
        return ctx.forecast and ctx.unforecast is not None \
            and (ctx.unforecast[0] is None or ctx.unforecast[0] >= self.month_year) \
            and re.search(r"\d(?:\.\d+)?[万亿千]*[^\d,;，；]{0,3}?左右", folded) is not None \
            and find_period(folded, self.month_year) is None and not (_NOW.search(folded) or _ALREADY.search(folded))

    def named_on_a_year_before(self, folded: str, part: str, ctx: _Context) -> bool:
        """'…仪器仪表制造企业达到7326家（kept as printed），比上年增加547家': the change on the year before of the count or
        amount kept as printed just read, in its unit, at its date (a stock's only at a year's end or said 同比)."""
        said, change = _on_a_year_before(folded) or (None, None)
        name = self.named_just_read(ctx)
        if said is None or said.group("year") or not name or ctx.named[3] not in ("level", "count") \
                or change.unit != ctx.named[4]:
            return False
        at = ctx.named[2]
        if at.period_type == "month" and not at.period.endswith("-12") and not _SAME_DATE.match(said.group()):
            return False
        return self.as_named(name, change, "yoy_abs_change", part, ctx, period=at)

    def index_moved(self, folded: str, ctx: _Context) -> tuple[Indicator, str, float, Period, str] | None:
        """'较一季度下降0.4点' after a quarterly index just read, '环比上升2.69点' after a monthly one, '同比下降13.28点'
        after either; or the index named before its change ('7月份中国钢材价格指数（CSPI）环比上升2.69点'): (index,
        name, change, its period, measure) or None."""
        said = re.sub(r"^(?:但|而|并|且)", "", _clean_lead(folded).strip(_PUNCTUATION))   # ('…，但比5月份回落2.3点')
        opening = find_period(said, self.month_year)
        unopened = said[opening[1].end():] if opening and opening[1].start() == 0 else said     # (the period is ctx's)
        named = re.fullmatch(r"(?P<label>[^,;\d]{2,}?指数)(?:\([A-Za-z]+\))?(?P<rest>(?:环比|同比|比|较)[^,;]+)", unopened)
        if named and (ind := self.resolve(_clean(named["label"]))) is not None and ind.unit == "点":
            subject, at, said = (ind, _clean(named["label"])), self.period_of(ind, "level", ctx), named["rest"]
        elif ctx.subject and ctx.subject[0].unit == "点":
            last = next((o for o in reversed(self.out) if o.indicator == ctx.subject[0].code and o.measure == "level"), None)
            subject, at = ctx.subject, (Period(last.period, last.period_type) if last is not None else None)
        else:
            return None
        if at is None:
            return None
        if (value := register.points_since_year_end(said, at)) is not None:
            return subject[0], subject[1], value, at, "abs_change"
        moved = register.points_moved(said, at)
        return None if moved is None else (subject[0], subject[1], moved[1], at, moved[0])

    def bare_index(self, folded: str, ctx: _Context) -> tuple[Indicator, str, Quantity] | None:
        """'三季度中国中小企业发展指数为89.2': an index kept in points, printed without its unit."""
        # ('…发展指数（SMEDI）为89.1': the index's abbreviation is no part of what is said of it)
        index = register.BARE_INDEX.fullmatch(re.sub(r"\([A-Za-z]+\)", "", _clean_lead(folded)).strip(_PUNCTUATION))
        opening = find_period(_clean_lead(folded), self.month_year)
        if (index is None or not index.group("label")) and self.subject_index is not None and opening \
                and opening[1].start() == 0 and (
                alone := register.BARE_INDEX.fullmatch(_clean_lead(folded)[opening[1].end():].strip(_PUNCTUATION))) \
                and not _AVERAGE.sub("", alone.group("label")):
            # '…一季度中小企业发展指数为89.5…；二季度为89.1', '…；1—7月平均值为93.58点': the index named before, of
            # the span said
            return self.subject_index, self.subject_index.name_zh, Quantity(float(alone.group("num")), "点", "exact", None)
        if not index or not index.group("label"):
            return None
        # ('中国钢材价格指数（CSPI）平均为93.67点': the index's average over the span, in points)
        label = _AVERAGE.sub("", _clean(index.group("label"))) or _clean(index.group("label"))
        if re.fullmatch(r"(?:该|这一|此)?指数", label) and self.subject_index is not None:
            # '一季度该指数为89.5': the index named before
            return self.subject_index, label, Quantity(float(index.group("num")), "点", "exact", None)
        if self.subject_index is not None and (own := self.index_of(self.subject_index, label)) is not None:
            # '…建筑材料工业景气指数为100.6点。…景气指数降至94.8点。其中，生产指数为95.1点': the index read before, or
            # its family's index named by the same words (never another family's, PMI 生产指数)
            self.subject_index = own if own.dimension == "total" else self.subject_index    # (a sub-index never replaces it)
            return own, label, Quantity(float(index.group("num")), "点", "exact", None)
        # '中国中小企业协会发布的…发展指数为89.1': the index is the longest name the label ends with
        for name in (label[k:] for k in range(0, max(len(label) - 3, 1)) if label[k] != "的"):
            ind = self.resolve(name)
            if ind is not None:
                if ind.unit != "点":
                    return None
                self.subject_index = ind
                return ind, name, Quantity(float(index.group("num")), "点", "exact", None)
        if (place := self.region_of_last(label, ctx)) is not None and place.unit == "点":
            # '…东部、中部、西部地区指数分别为…，东北地区指数为81.5': a region's of the index whose regions were just read
            self.subject_index = place
            return place, label, Quantity(float(index.group("num")), "点", "exact", None)
        return None

    def earlier(self, folded: str, quantity: Quantity, measure: str | None, part: str, ctx: _Context,
                upto: int | None = None) -> None:
        """'（上年为增长5.8%）', '（上年同期为64.5%）' after a figure: the same name's growth, or its value in the
        same measure and unit, of the span or year said (register.EARLIER_SAID); never another name's."""
        base = register.earlier_base(folded.strip())
        if base is None:
            return self._skip_if_figure(part, "form not read")
        # the figure just read in that unit ('…483.8万个，同比增长…，比10月底的475.8万个…': the level, not its growth)
        # (upto: the figures read before a change said with the value then, the change itself never one of them)
        out = self.out[:upto] if upto is not None else self.out
        last = next((o for o in reversed(out[-2:]) if o.unit == quantity.unit
                     and (measure or o.measure in ("level", "count", "share_pct"))), out[-1] if out else None)
        if measure is None and last is not None and last.measure == "yoy_pct" and quantity.unit == "%" \
                and last.indicator == (ctx.subject[0].code if ctx.subject and ctx.subject[0] else None):
            measure = "yoy_pct"     # '…增加值同比增长9%（上半年为8.6%）': the growth then, said as a rate
        if self.named_out and not self.last_was_catalogued:
            # '…固定资产投资…下降3.8%；基础设施投资（不含电力）下降2.2%，上年同期为增长4.4%': the name kept as printed
            # just read has the value then, never the catalogued figure before it
            return self.earlier_of_named(base, quantity, measure, part, ctx)
        if ctx.subject is None or ctx.subject[0] is None or last is None or last.indicator != ctx.subject[0].code \
                or (measure is None and (last.measure not in ("level", "count", "share_pct") or last.unit != quantity.unit)):
            return self._skip_if_figure(part, "not stored")
        said = register.base_period(base, Period(last.period, last.period_type))
        if said is None:
            return self._skip_if_figure(part, "not stored")
        if said.period_type == "year" and last.period_type == "month" and catalogue.is_stock(last.indicator):
            said = Period(f"{said.period}-12", "month")      # '…保有量突破200万台，比2020年的96万台…': at that year's end
        self.emit(ctx.subject[0], ctx.subject[1], quantity, measure or last.measure, part, ctx, period=said,
                  relative_to=last.relative_to if measure is None else None)

    def earlier_of_named(self, base: str, quantity: Quantity, measure: str | None, part: str, ctx: _Context) -> None:
        """The value then said aside ('上年同期为增长4.4%') of the name kept as printed read last, in the measure and unit
        of its figure said in them (a level before its growth: '…利润总额96.39亿元，同比增长13%，上年为85.27亿元'), at the
        span or year said against its own ('…达到1289家，而2020年末仅为531家': window_said, never a year said for its own
        figure); listed when it cannot be that name's."""
        name = self.named_out[-1].label_zh
        last = next((o for o in reversed(self.named_out[-2:]) if o.label_zh == name and o.unit == quantity.unit
                     and (o.measure == measure if measure else o.measure in ("level", "count", "share_pct"))),
                    self.named_out[-1])
        then = self.then_of_named(base, last)
        if then is None or quantity.unit != last.unit or measure not in (None, last.measure) \
                or not self.as_named(last.label_zh, quantity, last.measure, part, ctx, period=then, window_said=True):
            self._skip_if_figure(part, "not stored")

    def part_of_last(self, name: str, measure: str, period: Period) -> bool:
        """Whether a named figure breaks down the figure read last, of that period, in its metric and measure ('10月份全省
        规上工业增加值同比增长6.6%。汽车、烟草…等行业增加值分别增长…': the industries' part of it, that month's)."""
        last = self.out[-1] if self.out else None
        metric = re.search(r"(?:增加值|营业收入|利润总额|出口交货值)$", name)
        return last is not None and metric is not None and last.measure == measure \
            and (last.period, last.period_type) == (period.period, period.period_type) \
            and last.label_zh.endswith(metric.group())

    def share_across(self, before: str, quantity: Quantity, ctx: _Context) -> Observation | None:
        """The catalogued share the sentence before ended with, when '这一比重…' opens this one with a figure in %."""
        if ctx.subject or quantity.unit != "%" or not re.fullmatch(r"(?:这一?|该)(?:比重|占比|比例)(?:仅|则|也|已|更)?", before):
            return None
        last = self.out[-1] if self.out and self.out[-1].measure == "share_pct" else None
        return last if last is not None and self.subject_said and self.subject_said[0] is not None \
            and self.subject_said[0].code == last.indicator and len(self.out) <= ctx.start[0] else None

    def referred_across(self, quantity: Quantity) -> tuple | None:
        """The catalogued series the sentence before ended with, when a figure in its unit refers to it ('这一数字为…'
        opening the next sentence); None else."""
        said = self.subject_said
        if not said or said[0] is None or quantity.unit == "%":
            return None
        return said if unit_factor(said[0].unit)[1] == unit_factor(quantity.unit)[1] else None

    @staticmethod
    def then_of_named(base: str, level: Observation) -> Period | None:
        """The period of a base said against a figure kept as printed; a stock's ('保有量突破200万台，较2020年的96万台…')
        at that year's end, as it is at a month's end now."""
        then = register.base_period(base, Period(level.period, level.period_type))
        if then is not None and then.period_type == "year" and level.period_type == "month":
            return Period(f"{then.period}-12", "month")
        return then

    def metric_shares(self, held: register.MetricShares, segment: str, ctx: _Context) -> None:
        """'“小巨人”企业以占规模以上工业中小企业3.5%的数量，贡献了9.6%的营业收入和13.7%的利润': the subject's
        share of each metric of the whole, each kept as a series of its own (a level); else not read."""
        name = _clean(held.head) or ctx.share_holder or (ctx.subject[1] if ctx.subject else "")
        whole = held.whole or ctx.share_whole
        # ('以3.5%的户数占比': its share of the number of enterprises)
        owned = [(self.resolve(name + re.sub(r"^(?:户数|企业数|企业数量|个数)(?:占比)?$", "数量", metric) + "占比"), metric, value)
                 for value, metric in held.items] if name else []
        if not owned or not whole or any(ind is None or ind.unit != "%" for ind, _, _ in owned) \
                or not all(_whole_said(ind.name_zh.split("占", 1)[1].removesuffix("的比重")) == _whole_said(whole)
                           for ind, _, _ in owned):     # of the whole the series is kept of
            ctx.share_whole = whole
            holder = _clean(held.head) or ctx.share_holder or self.named_owner(ctx)
            if (not name or name == ctx.share_holder) and holder and whole \
                    and self.named_shares(holder, whole, held, segment, ctx):
                return
            return self._skip_if_figure(segment, "unknown name" if name else "unattributed")
        # ('…“小巨人”企业由5000余家增加到1.76万家，以占…3.5%的数量，贡献了…': the shares then, of the count just read)
        last = self.subjects_last(ctx) if not _clean(held.head) else None
        then = Period(last.period, last.period_type) if last is not None and last.measure in ("count", "level") \
            else ctx.shares_then if ctx.share_holder == name and not _clean(held.head) else None
        ctx.share_whole, ctx.share_holder, ctx.shares_then = whole, name, then
        for ind, metric, value in owned:
            self.emit(ind, name + metric, Quantity(value, "%", "about" if held.about else "exact", None), "level",
                      segment, ctx, period=then)

    def named_shares(self, holder: str, whole: str, held: register.MetricShares, segment: str, ctx: _Context) -> bool:
        """'规上“小巨人”工业企业实现营业收入4.84万亿元，…，以约占全国规上工业中小企业3%的数量，贡献了6%的营业收入和9.7%的
        利润': the shares of a name kept as printed, each of its metric of the whole (share_pct), dated as the figure
        just read."""
        about = "about" if held.about else "exact"
        kept = [self.as_named(f"{holder}{metric}占{whole}的比重", Quantity(value, "%", about, None), "share_pct", segment,
                              ctx) for value, metric in held.items]
        ctx.share_holder = holder
        return all(kept)

    def _own_shares_alike(self, segment: str, ctx: _Context) -> bool:
        """'重点行业和重点地区的工业增加值占工业总量的比重均在80%左右': the one share of each name, each kept as a
        series of its own (a level); False unless every name's is."""
        folded = fold(segment)
        share, quantities = _SHARE.search(folded), list(QUANTITY_RE.finditer(folded))
        if share is None or len(quantities) != 1 or parse_quantity(quantities[0]).unit != "%":
            return False
        parts = [re.sub(r"的?(?:工业)?增加值$", "", part) for part in re.split(r"[和、及与]", _clean(folded[: share.start()]))]
        owned = [(self.resolve(part + "增加值占比") or self.resolve(part + "占比"), part) for part in parts if part]
        if len(owned) < 2 or not all(ind is not None and ind.unit == "%" for ind, _ in owned):
            return False
        quantity = parse_quantity(quantities[0])
        for ind, name in owned:
            self.emit(ind, name, quantity, "level", segment, ctx)
        ctx.subject, ctx.group = owned[-1], owned
        return True

    def members_and_metric(self, found: register.MembersAndMetric, part: str, ctx: _Context) -> bool:
        """'2327家规模以上农机企业实现营业收入2661.89亿元': how many enterprises and their metric, each kept as printed
        (never a catalogued series guessed for them); False, nothing kept, unless both are."""
        read = len(self.named_out)
        who = re.sub(r"^(?:全国|我国|全省|全市)", "", found.who)      # (规模以上 stays: the scope counted)
        if not (self.as_named(who, Quantity(found.count.value, found.count.unit, "exact", None), "count", part, ctx)
                and self.as_named(who + found.metric, Quantity(found.amount.value, found.amount.unit, "exact", None),
                                  "level", part, ctx)):
            del self.named_out[read:]
            return False
        ctx.subject, ctx.group, ctx.pending = None, [], []
        return True

    def in_series_unit(self, folded: str, unit_read: str | None = None) -> str:
        """'标识注册量突破6000亿': the bare magnitude in the unit the named series counts in (亿个); money
        is never guessed (元 or 美元), and a clause with a unit of its own is left as it is; '…7960亿，较2024年底增加
        1650亿': a change of the figure just read, in its unit (`unit_read`)."""
        clause = folded.rstrip(_PUNCTUATION)
        bare = BARE_MAGNITUDE.fullmatch(clause)
        if bare is None or QUANTITY_RE.search(clause):
            return folded
        changed = unit_read is not None and re.fullmatch(r"\s*(?:较|比)[^,，;；]*(?:增加|净增|减少|净减)", bare["name"])
        ind = None if changed else self.resolve(_clean(bare["name"]))
        base = unit_factor(unit_read)[1] if changed else unit_factor(ind.unit)[1] if ind else ""
        if ind is None and (counter := _COUNTED_AS.search(_clean(bare["name"]))):
            base = "户" if counter.group("what") == "用户" else "家"   # '天通卫星用户规模超过300万': 万户, as the name says
        if not base or base.endswith("元") or base in ("%", "百分点", "亿", "万"):
            return folded           # (a series kept in 亿 itself: the magnitude is its unit, read as it is)
        return clause + base + folded[len(clause):]

    def growth(self, part: str, folded: str, change, ctx: _Context) -> None:
        """'同比增长28.2%' of the figure just read, or 'A同比增长9%左右' of a name."""
        if ctx.from_to_read == len(self.out) and not parse_change(change).base and not _clean(folded[: change.start()]):
            # '…从不足4万家增至14万家以上，增长超过2.5倍': over the from-to's years, never a year's growth
            return self._skip_if_figure(part, "not stored")
        if parse_change(change).month is not None and (ctx.month is None or parse_change(change).against_another_month(ctx.month)):
            # '12月份均价…，比3月份下降14.1%': against another month than the one before it (or a month not said)
            return self._skip_if_figure(part, "not stored")
        if register.EARLIER_SAID.match(folded.strip()) and change.group("num") and change.group("unit") == "%":
            # '…加快0.7个百分点（上年为增长5.8%）': the same name's growth of the span said
            quantity = Quantity(parse_change(change).value, "%", parse_change(change).qualifier, None)
            return self.earlier(folded, quantity, "yoy_pct", part, ctx)
        head = folded[: change.start()]
        if (plan := re.search(r"(?:比|较)(" + register.PLAN_END + r")$", head)) and not ctx.subject \
                and (since := register.plan_end(plan[1])) is not None:
            # '数据产业规模达到5.86万亿元，较“十三五”末增长117%': the name's (or the one just read) since the plan's end
            return self.named_growth_since(_clean(head[: plan.start()]) or self.named_last(ctx), str(since), change,
                                           part, ctx)
        if (year_before := re.search(r"(?:比|较)(\d{4})年(?:同期)?$", head)) \
                and find_period(head[: year_before.start()], ctx.year or self.month_year) is None:
            if ctx.year is None or int(year_before[1]) != ctx.year - 1:
                # '2025年，…产量比2020年增长2.5倍': since that year, never a year's growth
                return self.named_growth_since(_clean(head[: year_before.start()]), year_before[1], change, part, ctx)
            head = head[: year_before.start()]      # '2025年，…工业增加值比2024年增长5.9%': on the year before
        name = _clean(re.sub(r"(?:同比|(?:比|较)(?:上年|去年)(?:同期)?)$", "", head))
        if ctx.regional:      # '广东省…介绍，全省规模以上工业增加值…': the province in force (never the nation's)
            name = _WHOLE_PROVINCE.sub("", name)
        opening = find_period(name, self.month_year)
        metric = name[opening[1].end():] if opening and opening[1].start() == 0 else name   # '上半年增加值'
        if re.fullmatch(r"当年(?:即|就|便)", name):
            name = metric = ""        # '2021年当年即下降5.6%': that year's (said before it), of the subject in force
        if name and self.resolve(name) is None and ctx.pending and _METRIC_ONLY.fullmatch(metric):
            # '装备制造业恢复态势明显，上半年增加值同比增长0.4%': the metric of the name just said
            name = next((n for n in (ctx.pending[-1] + metric, ctx.pending[-1]) if self.resolve(n)), name)
        if name and self.resolve(name) is None and ctx.subject and _METRIC_TAIL.fullmatch(name):
            # '规上中小企业营业收入同比增长4.2%，利润总额增长3.1%': another metric of the subject just read
            head = _METRIC_TAIL.sub("", ctx.subject[1])
            name = head + name if head and self.resolve(head + name) else name
        if name and ctx.subject and self.resolve(name) is None and (over := _overlaid(ctx.subject[1], name)) \
                and self.resolve(over):
            name = over     # '电信业务收入同比增长6.8%，业务总量同比增长16.5%': the subject's name up to the words shared
        if name and ctx.subject and (said := named.SIBLING_METRIC.search(ctx.subject[1])) and not _METRIC_TAIL.search(name) \
                and (ind := self.resolve(name)) is not None and ind.dimension in ("sector", "industry", "industry_group"):
            # '制造业利润增长9.9%，电力、热力、燃气及水生产和供应业增长10.3%': the metric just said, of another
            # industry (never its value added); not sure when that industry has no such series
            if self.resolve(name + said.group()) is None:
                return self._skip_if_figure(part, "unattributed")
            name += said.group()
        if not name and ctx.pending and self.resolve(ctx.pending[-1]):
            name = ctx.pending.pop()    # '四是制造业投资明显回升，同比增长15.6%': of the name said just before
        name = self.place_metric(name)
        if not name and ctx.subject is None and self.subject_said and (at := find_period(fold(part), self.month_year)) \
                and not _clean(fold(part)[: at[1].start()]):
            # '…增长6.2%。分季度看，三季度增长5.8%': a span of its own, of the name the sentence before ended on
            ctx.subject = self.subject_said
        subject = (self.named(name, ctx), name) if name else ctx.subject
        on_month = parse_change(change).base == "mom" and not name
        if (subject is None or subject[0] is None) and change.group("num") and change.group("unit") == "%" \
                and (parse_change(change).base in ("yoy", "") or on_month) and ctx.since is None \
                and (said := name or self.growth_of_named(ctx) or (ctx.pending[-1] if ctx.pending == [ctx.mention] else "")) \
                and (not on_month or (then := self.month_level_read(said)) is not None) \
                and self.as_named(
                    said, Quantity(parse_change(change).value, "%", parse_change(change).qualifier, None),
                    "mom_pct" if on_month else "yoy_pct", part, ctx,
                    period=then if on_month else None if _span_said(part, self.month_year)
                    else self.level_just_read(said, ctx)):
            # '江西省级产业集群…营业收入2.84万亿元，同比增长11.81%': of a name the catalogue does not hold ('12月…零售
            # 229.6万辆，同比下降13%，较上月增长3%': a month's, on the month before too)
            return
        if subject is None or subject[0] is None or (change.group("unit") or (change.group("doubled") or change.group("times")) and "%") not in ("%", "倍") \
                or parse_change(change).base not in ("yoy", "mom", ""):
            if name and not re.match(r"扭转|实现|保持|呈现|延续|改变", name):
                # '化学品制造领域投资增长13.9%，高于…': what follows is of the name not read
                ctx.subject, ctx.group, ctx.unread = None, [], name
            return self._skip_if_figure(part, "unknown name" if name else "unattributed")
        post = QUANTITY_RE.match(folded, change.start("num")) if change.group("num") else None
        qualifier = parse_change(change).qualifier
        qualifier = parse_quantity(post).qualifier if post and qualifier == "exact" else qualifier
        used = self.change(subject[0], subject[1], Quantity(parse_change(change).value, "%", qualifier, None), part, ctx,
                           measure="mom_pct" if parse_change(change).base == "mom" else "yoy_pct")
        ctx.subject = (used, subject[1])
        ctx.group = [ctx.subject]

    def named_growth_since(self, name: str, base: str, change, part: str, ctx: _Context) -> None:
        """A name's growth since an earlier year said with it ('…产量比2020年增长250%'): cumulative, of the year in force."""
        quantity = Quantity(parse_change(change).value, "%", parse_change(change).qualifier, None)
        ind = self.named(name, ctx) if name else None
        at = Period(str(ctx.year), "year") if ctx.year is not None and int(base) < ctx.year else None
        if at is None or change.group("unit") != "%" or not name:
            return self._skip_if_figure(part, "unattributed")
        if ind is not None:
            return self.emit(ind, name, quantity, "cum_pct", part, ctx, base=Period(base, "year"), period=at)
        if not self.as_named(name, quantity, "cum_pct", part, ctx, period=at, base=Period(base, "year")):
            self._skip_if_figure(part, "unknown name")

    def place_metric(self, name: str) -> str:
        """'青岛全年规上工业增加值增长7.9%，…；济南增长6.9%': a city named alone, its growth of the metric the growth kept
        as printed just before was of another city's; the name as it is else."""
        if not name or catalogue.city_opening(name) != name:
            return name
        for before in reversed(self.named_out[-4:]):
            city = catalogue.city_opening(before.label_zh)
            if city and city != name and before.measure == "yoy_pct" and len(before.label_zh) > len(city) + 1 \
                    and fold(before.quote).lstrip(_PUNCTUATION).startswith(city):
                # (a city's own growth, named in its clause: never one of its industries listed after it)
                return name + before.label_zh[len(city):]
        return name

    def evidence(self, period: Period, ctx: _Context, quote: str) -> str:
        """A forecast is of a period not over or just over ('预计2025年全年…' in January 2026); a value of years before
        said in its sentence ('预计超过1.6万亿元，较2023年的1.35万亿元进一步增长') is a statement of what was, unless its
        own clause says it is expected ('2024年…营业收入预计分别增长15.6%和14%' in 2026: an estimate still)."""
        # ('预计…年均增长5.9%左右，制造业增加值由2020年的26.6万亿元增加到2024年的33.6万亿元' in December 2025: the year
        # before, long over, was, never is expected)
        just_over = int(period.period[:4]) == self.month_year - 1 and int(self.month.period[5:]) <= 3
        expected = int(period.period[:4]) >= self.month_year or just_over or _FORECAST.search(fold(quote))
        return "forecast" if ctx.forecast and expected else "statement"

    def line_passed(self, folded: str, segment: str, ctx: _Context) -> bool:
        """'商用车出口首次突破100万辆', '新能源汽车产销量均超过1100万辆': each series named, over the line (an exact figure
        printed too is kept, the bound dropped as restated: named.distinct); False when a name is not a series."""
        passed = register.passed_line(_clean(folded))
        rest = ctx.said[ctx.said.find(fold(segment).strip()) + len(fold(segment).strip()):] if passed else ""
        if any(parse_quantity(q).unit != "%" for q in QUANTITY_RE.finditer(rest)):
            return False        # ('…双双突破3000万辆，分别完成3027万辆和3010.3万辆': the figures follow, the line is theirs)
        name = _clean(passed[0]) if passed else ""
        names = register.compound(name) or [name] if name else []
        resolved = [(self.resolve(part), part) for part in names]
        if not resolved or not all(ind is not None and ind.unit != "%" for ind, _ in resolved):
            return False
        quantity = parse_quantity(QUANTITY_RE.match(_clean(folded), passed[1]))
        for ind, part in resolved:
            self.emit(ind, part, quantity, _measure(quantity, ind), segment, ctx)
        ctx.subject, ctx.group = resolved[-1], resolved
        return True

    def power_and_energy(self, folded: str, part: str, ctx: _Context) -> bool:
        """'新型储能装机规模达到9491万千瓦/2.22亿千瓦时': a store's power and its energy, one name said once, each kept as
        printed (功率, 能量); False for any other clause."""
        said = _POWER_ENERGY.fullmatch(_clean_lead(folded).rstrip(_PUNCTUATION))
        name = named.name_of(_clean(said["name"])) if said else None
        if name is None:
            return False
        for part_name, printed in ((name + "（功率）", said["power"]), (name + "（能量）", said["energy"])):
            if not self.as_named(part_name, parse_quantity(QUANTITY_RE.fullmatch(printed)), "level", part, ctx):
                self._skip_if_figure(part, "unknown name")
        return True

    def progress_again(self, part: str) -> bool:
        """Whether a goal's next item speaks of progress again (已…, 截至…, a year over); a year still ahead ('…；2026年
        机械行业营业收入突破10万亿元') goes on with the goal."""
        return any(not re.fullmatch(r"\d{4}年", said.group()) or int(said.group()[:4]) < self.month_year
                   for said in _PROGRESS_AGAIN.finditer(part))

    def plan_restated(self, before: str, segment: str, after: str) -> re.Match | None:
        """What a plan said, restated: '印发《钢铁行业稳增长工作方案（2025—2026年）》，提出2025—2026年…年均增长4%左右'
        (the document named just before), '按照新一轮重点行业稳增长工作方案，2025—2026年，石化化工行业…' (a window
        not over when the page appeared, said right after); None else (按照…方案，…已完成…: progress under it)."""
        if re.search(r"》[,，]?\s*$", before) and (said := re.match(r"\s*(?:提出|明确|要求)(?=.*\d)", segment)):
            return said
        # ('会议明确，2026年全省规上工业增加值增长6%左右，…' in January 2026: what a meeting sets for a year not over)
        if re.search(r"(?:会议|会上|大会|文件|报告)(?:还|进一步)?(?:明确|提出|部署|确定)[,，]\s*$", before) \
                and (ahead := re.match(r"\s*(20\d\d)年(?![度底末])", segment)) and int(ahead.group(1)) >= self.month_year:
            return re.match(r"\s*", segment)
        # ('对照各行业方案确定的目标，2025—2026年钢铁行业增加值年均增长4%左右，…': what the plans set, said after)
        said = re.fullmatch(r"\s*(?:按照|对照|根据)[^,;。]{0,30}?(?:方案|规划|行动计划)(?:确定|提出|明确)?的?(?:目标|要求)?[,，]?\s*",
                            segment)
        window = re.match(r"\s*(?:20\d\d)年?[-—－至到](?P<end>20\d\d)年", after.lstrip(" ,，"))
        if said and window and int(window["end"]) >= self.month_year:
            return said
        # ('要…深入实施新一轮十大重点行业稳增长工作方案，推动2025—2026年钢铁…行业增加值年均分别增长4%左右…': what a
        # directive pushes for over a window not over)
        pushed = re.match(r"\s*推动(?=(?:20\d\d)年?[-—－至到](?P<end>20\d\d)年)", segment)
        if pushed and int(pushed["end"]) >= self.month_year and re.search(r"(?:^|[,，。])\s*要|方案", before):
            return pushed
        # ('2026年是…开局之年，要…深入实施…稳增长工作方案，推动钢铁行业增加值年均增长4%左右、…': the year ahead's)
        pushed = re.match(r"\s*推动(?=[^,;。]*?年均(?:增长|下降))", segment)
        return pushed if pushed and self.year_ahead(before) and re.search(r"(?:^|[,，。])\s*要", before) \
            and re.search(r"方案|规划", before) else None

    def year_begun(self, before: str) -> tuple[None, int] | None:
        """'不少省份年初就锚定了…目标，比如安徽提出…增长7%左右': the goals set at this year's start are this year's."""
        return (None, self.month_year) if re.search(r"年初|今年", fold(before)) else None

    def year_ahead(self, before: str) -> tuple[None, int] | None:
        """The year a sentence opens with, or the one in force, when it is not over yet ('会议强调，2026年是…开局之年。要…'
        in December 2025): the deadline of the goals it restates."""
        opening = re.match(r"\s*(?:[^,，。；;\d]{0,8}[,，])?\s*(20\d\d)年(?!度)", fold(before))     # ('会议强调，2026年是…')
        year = int(opening.group(1)) if opening else self.year
        return (None, year) if year is not None and year >= self.month_year else None

    def the_last_named_of(self, name: str, n: int, ctx: _Context) -> str:
        """'重点工业企业这两项指标': the reference alone ('这两项指标') when every series just read is also kept under the
        population said before it (重点工业企业数字化研发设计工具普及率), else ''."""
        said = register.THE_LAST_NAMED.search(name)
        read = (ctx.history or ctx.before)[-n:]
        if said is None or said.end() != len(name) or said.start() == 0 or len(read) != n:
            return ""
        who = name[: said.start()]
        return said.group() if all(ind is not None and self.resolve(who + ind.name_zh) == ind for ind, _ in read) else ""

    def last_read(self) -> Observation | None:
        """The figure read last on the page, catalogued or kept as printed."""
        if self.out and self.named_out:
            return self.out[-1] if self.last_was_catalogued else self.named_out[-1]
        return (self.out or self.named_out or [None])[-1]

    def level_just_read(self, name: str, ctx: _Context) -> Period | None:
        """The period of the level of `name` kept as printed just before, which a growth said bare after it is of
        ('…平均充电功率为46.5千瓦（截至12月底），同比提升33%': at that date); None when none was. After a value of an earlier
        year said in passing ('…发射92次，2024年为68次，增长35.3%'), the figure's before it."""
        if self.named_last(ctx) != name or ctx.named[3] not in ("level", "count"):
            return None
        before = self.named_out[-2] if len(self.named_out) > 1 else None
        if before is not None and before.label_zh == name and before.measure == ctx.named[3] \
                and before.period[:4] > ctx.named[2].period[:4]:
            return Period(before.period, before.period_type)
        return ctx.named[2]

    def month_level_read(self, name: str) -> Period | None:
        """The month of the level of `name` kept as printed among the last figures read (its growth may be between),
        which a change on the month before is of; None when it is of no month."""
        level = next((o for o in reversed(self.named_out[-3:]) if o.label_zh == name and o.measure in ("level", "count")),
                     None)
        return Period(level.period, level.period_type) if level is not None and level.period_type == "month" else None

    def growth_of_named(self, ctx: _Context) -> str:
        """The name a growth said bare is of, the figure just read kept as printed: after its share of a whole, the
        part's ('动力电池累计销量1044.3GWh，占总销量的73.9%，同比增长50.3%': of the sales, never of the share)."""
        said = self.named_last(ctx)
        if not said or ctx.named[3] != "share_pct":
            return said
        part = said.partition("占")[0]
        return part if part and any(o.label_zh == part for o in self.named_out[-3:-1]) else ""

    def named(self, name: str, ctx: _Context) -> Indicator | None:
        """The series a name is: '…电子信息制造业增加值增长10.9%；…出口交货值增长3.9%，固定资产投资则下降2.1%': a metric
        the industry just read has of its own is the industry's (never the nation's), else as catalogued."""
        if _SUBJECT_METRIC.fullmatch(name) and (own := self.of_subject(name, ctx)) is not None:
            return own
        if (place := self.region_of_last(name, ctx)) is not None:
            return place
        if (sector := self.sector_of_last(name, ctx)) is not None:
            return sector
        if (sub := self.sub_index_of_last(name, ctx)) is not None:
            return sub
        whole = next((o.indicator for o in reversed(self.out[ctx.start[0]:]) if o.indicator in catalogue.VEHICLE_TOTALS),
                     None) if catalogue.BARE_VEHICLE_CLASS.fullmatch(name) else None
        if whole is not None:
            # '汽车销量…；其中，乘用车2890万辆': a vehicle class said bare after a total read in the sentence is a part of
            # it, in its measure (销量 → 乘用车销量), never production guessed
            return catalogue.vehicle_class_of(name, whole)
        if industry := _THE_INDUSTRY.fullmatch(name):
            # '…石化化工行业增加值同比增长7.2%，乙烯产量…。行业实现营业收入…': the industry named last, in this sentence or
            # the one before
            return next((own for ind, _ in reversed(ctx.history or ctx.before)
                         if (own := catalogue.sibling(ind, industry["metric"])) is not None), None)
        found = self.resolve(name) or self.of_subject(name, ctx)
        if found is None and ctx.share_holder and len(name) <= 8:
            # '“小巨人”企业以占…3.5%的数量，贡献了…；研发投入强度达到7%': the metric of whose shares were just read
            found = self.resolve(ctx.share_holder + name)
        if found is None and ctx.subject is None and self.subject_said and register.BARE_METRIC.fullmatch(name):
            # '…电子信息制造业累计实现出口交货值同比增长2.2%。全年实现营业收入…': the industry of the sentence before
            found = self.of_subject(name, replace(ctx, subject=self.subject_said))
        return found

    def sub_index_of_last(self, name: str, ctx: _Context) -> Indicator | None:
        """'建筑材料工业景气指数为100.6点，…。价格指数、生产指数分别为…': a sub-index said bare after an index is that
        index's own (建筑材料工业价格指数), where its family keeps one; None else."""
        last = ctx.subject or (ctx.history or ctx.before or [None])[-1]
        if last is None or last[0] is None or last[0].unit != "点":
            return None
        found = self.index_of(last[0], name)
        return found if found != last[0] else None

    def index_of(self, index: Indicator, name: str) -> Indicator | None:
        """The index of `index`'s family a bare '…指数' names, said with the words `index`'s own name opens with ('价格指数'
        after 建筑材料工业景气指数: 建筑材料工业价格指数; '景气指数': itself); None when the family keeps none."""
        if not re.fullmatch(r"[\u4e00-\u9fff]{2,6}指数", name):
            return None
        family = catalogue.family_of(index.code)
        return next((found for k in range(len(index.name_zh) - 2, 1, -1)
                     if (found := self.resolve(index.name_zh[:k] + name)) is not None
                     and catalogue.family_of(found.code) == family), None)

    def sector_of_last(self, name: str, ctx: _Context) -> Indicator | None:
        """'制造业产能利用率为74.1%，…；电力、热力、燃气及水生产和供应业为73.6%': a sector said alone after another's rate
        is of that rate's family (never the sector's value added); None when the family keeps no series of it."""
        last = ctx.subject or (ctx.history or [None])[-1]
        bare = self.resolve(name)
        if last is None or last[0] is None or bare is None or last[0].unit != "%" \
                or last[0].dimension not in ("sector", "industry") or catalogue.family_of(bare.code) not in catalogue.GROWTH_ONLY \
                or catalogue.family_of(last[0].code) in catalogue.GROWTH_ONLY:
            return None
        return catalogue.resolve(name, (catalogue.family_of(last[0].code),))

    @staticmethod
    def region_of_last(name: str, ctx: _Context) -> Indicator | None:
        """'…发展指数为89.5，东部、中部…分别为…'; '…中部、西部和东北地区分别完成…亿元。京津冀地区完成5913亿元': a region said
        alone is of the series just read (or of the one whose regions were just read)."""
        last = ctx.subject or (ctx.group or ctx.history or ctx.before or [None])[-1]
        if last is None or last[0] is None:
            return None
        series = catalogue.indicators().get(catalogue.scope_of(last[0].code)) if last[0].dimension == "region" else last[0]
        return catalogue.region_of(re.sub(r"(?<=.{2})指数$", "", name), series) if series is not None else None

    @staticmethod
    def of_group(name: str, ctx: _Context) -> Indicator | None:
        """A bare metric after a list ('营业收入、利润总额分别为…，营业收入占…'): the one series it is of them all."""
        if not register.BARE_METRIC.fullmatch(name):
            return None
        found = {catalogue.sibling(ind, name) for ind, _ in ctx.group if ind is not None}
        return found.pop() if len(found) == 1 else None

    @staticmethod
    def measured_in_group(name: str, ctx: _Context) -> Indicator | None:
        """'新能源汽车产销分别完成…，新车销量占汽车总销量的44.3%': the one name just read measured as `name` is (its
        sales); None when none or several are."""
        word = re.fullmatch(r"(?:新车)?(销量|产量|出口)量?", name)
        if not word or len(ctx.group) < 2:
            return None
        alike = [ind for ind, _ in ctx.group if ind is not None and word.group(1) in ind.name_zh]
        return alike[0] if len(alike) == 1 else None

    @staticmethod
    def of_subject(name: str, ctx: _Context) -> Indicator | None:
        """A bare metric of the industry just read: '电子信息制造业增加值增长11.8%；实现营业收入…，利润总额…'
        is the electronics industry's revenue and profits; None when that industry has no such series."""
        if ctx.subject is None or ctx.subject[0] is None or not (register.BARE_METRIC.fullmatch(name) or _SUBJECT_METRIC.fullmatch(name)):
            return None
        return catalogue.sibling(ctx.subject[0], name)

    def _skip_if_figure(self, part: str, reason: str) -> None:
        if selfcheck.has_figure(fold(part)):
            self.release.skip(part.strip(), reason)

    # ------------------------------------------------------------ names and figures

    @staticmethod
    def resolve(name: str) -> Indicator | None:
        name = _QUOTES.sub("", name)
        if register.BARE_METRIC.fullmatch(name) or re.fullmatch(r"(?:其中)?(?:出口|进口)(?:额|量)?", name):
            return None         # whose revenue, whose exports: see of_subject, trade_part
        # 重点平台的工业设备连接数, 数字产业完成业务收入, 充电基础设施累计数量, 中国品牌乘用车共销售 (公共 is a word)
        plain = re.sub(r"的|已经|已|(?<=.)(?:累计|(?<!公)共)?(?:完成|实现)(?=.)|(?<=.)(?:累计|(?<!公)共)(?=.)|(?<=.)[当单]月(?=.)",
                       "", name)       # ('新能源汽车当月产销': the month's, said inside the name)
        if register.BARE_METRIC.fullmatch(plain):
            return None         # '…贡献了9.6%的营业收入': whose? never a series that prints the metric bare
        plain = plain.replace("国家层面", "国家级")                                 # 国家层面绿色工厂
        # '安徽全省规模以上工业增加值': the province's own, 全省 said again after its name
        plain = re.sub(r"^(?P<r>[\u4e00-\u9fff]{2,8}?)全(?:省|市|区)(?=.{2})",
                       lambda m: m["r"] if m["r"] in catalogue.region_words() else m.group(), plain)
        plain = re.sub(r"\((?:含|不含|包括|包含)[^()]{1,8}\)(?=.)", "", plain)     # 高速公路服务区（含停车区）…充电设施
        # 新认定的第七批“小巨人”企业, 公示的第七批“小巨人”企业: a batch of the list
        plain = re.sub(r"^(?:公示|公布|发布)(?=第[二三四五六七八九十]{1,2}批)", "", plain)
        plain = re.sub(r"第[二三四五六七八九十]{1,2}批(?=.{2})", "", plain)
        # '江苏入选绿色工厂', '…17家企业入选国家级绿色工厂': the list's members (see of_list)
        plain = re.sub(r"(?<=.{2})(?:入选|列入|获评)(?=.{2})|^(?:企业|单位|项目|园区|工厂)?(?:入选|列入|获评)(?=.{2})", "", plain)
        # '制造业重点领域企业数字化研发设计工具普及率': the rate as catalogued, without the scope it is of
        # ('轻工领域的农副食品加工业': the division, the field it is counted in said before it)
        scoped = re.sub(r"^(?:制造业)?重点(?:领域|行业)(?:企业)?(?=.{4})|^.{2,6}?(?:领域|方面)(?=.{2,}业$)", "", plain)
        # '汽车年产销量' is its production and sales in the year; '…、物联网等新兴业务收入' the whole the list is of
        yearly = re.sub(r"年(?=产量|销量|产销)", "", scoped)
        listed = re.sub(r"^.*等(?:在内)?(?=[^等]{2,}$)", "", scoped)
        listed = register.kind_after_etc(scoped) or listed      # '以云计算、…为主的新兴业务收入': the kind
        # '电子专用材料行业增加值': an industry said as 行业 is catalogued as 制造业
        trade = re.sub(r"(?<=.{2})行业(?=增加值$|$)", "制造业", plain)
        scope = "规模以上" + plain if plain.startswith("工业") else plain     # _clean takes 规模以上 off the front
        # '限额以上单位通讯器材类商品零售额': the category's retail sales, as the catalogue names the category
        retail = re.sub(r"^限额以上(?:单位)?|(?<=类)(?:商品)?零售额$", "", plain)
        # '机械工业规模以上企业增加值': the industry's value added, its scope said between the two
        sized = re.sub(r"(?<=.{2}(?:工业|行业|产业))(?:规模以上|规上)(?:工业)?企业(?=.{2})", "", plain)
        for candidate in dict.fromkeys((name, plain, scoped, yearly, listed, trade, scope, retail, sized)):
            # '“小巨人”企业增加值' is the enterprises' value added, never their number
            value_added = candidate.endswith("增加值") and catalogue.resolve(candidate[:-3], _VALUE_ADDED)
            found = _not_a_region(catalogue.resolve(candidate, FAMILIES)) or value_added or _not_a_price(_not_a_region(
                catalogue.resolve(re.sub(r"(?:总数|数量|总量|总规模|规模|产量)$" if candidate.endswith("增加值") and len(candidate) > 3
                                  else r"(?:增加值|总数|数量|总量|总规模|规模|产量|(?<=[^指])数)$", "", candidate), FAMILIES))) \
                or catalogue.resolve(
                re.sub(r"(?:规模以上|规上)工业增加值$|(?<=[地区部])工业增加值$", "", candidate), _VALUE_ADDED)
            if found:
                found = catalogue.indicators()[_MINISTRY_OWN.get(found.code, found.code)]
                return catalogue.light_beside_food([found], [name])[0]
        # '纺织品服装出口3011亿美元': exports, looked up among the customs series only when said as exports
        if "进出口" in plain and (traded := catalogue.resolve(plain, ("customs_trade",))):
            return traded           # '机械工业货物贸易进出口总额1.27万亿美元': the customs series of the trade
        if "出口" in plain and (exported := catalogue.resolve(plain, ("customs_export",))):
            return exported
        if (made := re.fullmatch(r"生产(.{2,})", plain)) and (product := catalogue.resolve(made.group(1), FAMILIES)) \
                and (catalogue.family_of(product.code) == "output" or product.name_zh.endswith("产量")):
            return product          # '前三季度，全国累计生产粗钢7.46亿吨': the product's output, said verb first
        if (traded := re.fullmatch(r"(出口|进口)(.{2,})", plain)) and (goods := catalogue.resolve(
                traded.group(2), ("customs_export",) if traded.group(1) == "出口" else ("customs_import",))):
            return goods            # '全年出口手机8.14亿台': the customs series of the goods, said verb first
        # '机电产品出口7.8万亿元': the nation's trade in a named class of goods (never a bare 出口 or 进口: whose?)
        if re.match(r"(?:机电产品|高新技术产品)出口", plain) and (goods := catalogue.resolve(plain, ("goods_trade",))):
            return goods
        # '软件和信息技术服务业完成软件业务收入': the industry named again by its metric's own name
        for said in re.finditer(r"业", plain[:-3]):
            head, tail = catalogue.resolve(plain[: said.end()], FAMILIES), catalogue.resolve(plain[said.end():], FAMILIES)
            if head and tail and catalogue.family_of(head.code) == catalogue.family_of(tail.code):
                return tail
            if head and register.BARE_METRIC.fullmatch(plain[said.end():]) and \
                    (own := catalogue.sibling(head, plain[said.end():])) is not None:
                return own           # '软件业完成业务收入': the industry's own revenue
        if (own := _industry_metric(plain)) is not None:
            return own
        # '东北地区软件业务收入', '北京软件业务收入': a region of the series named after it
        for k in (k for k in range(2, len(plain) - 1) if plain[:k] in catalogue.region_words()):
            # ('广东高技术制造业增加值': the group's value added, kept by the group's name)
            series = catalogue.resolve(plain[k:], FAMILIES) or catalogue.resolve(re.sub(r"(?<=.{2})增加值$", "", plain[k:]),
                                                                                _VALUE_ADDED) \
                or catalogue.resolve(re.sub(r"^(?:全年|累计)?生产(?=.{2})", "", plain[k:]) + "产量", FAMILIES)   # 安徽全年生产汽车
            if series is not None and series.dimension != "region" and (place := catalogue.region_of(plain[:k], series)):
                return place
        # industry's own profits and revenue only when named with industry: a bare 利润总额 is
        # another subject's (数字产业…，利润总额3.1万亿元)
        industry = re.match(r"(?:全国)?(?:规模以上|规上)?(?P<scope>工业|制造业|采矿业|[^、]*?(?:、[^、]*?){0,3}(?:制造业|制品业|加工业|采选业|开采业|供应业))"
                            r"(?:企业)?(?:实现)?"
                            r"(?P<metric>利润总额|利润|营业收入|营业收入利润率)$", plain)
        if industry:
            found = catalogue.resolve("规模以上工业企业" + industry.group("metric").replace("利润总额", "利润"), INDUSTRY_FINANCE)
            scope = industry.group("scope")
            if found is None or scope == "工业":
                return found
            # '规模以上制造业企业利润', '规模以上计算机、通信和其他电子设备制造业实现营业收入': a division's, same family
            division = catalogue.resolve(scope, ("industrial_va",))
            part = "manufacturing" if scope == "制造业" else division.code.split(".", 1)[1] if division else None
            return catalogue.indicators().get(f"{found.code}.{part}") if part else None
        return None

    def emit(self, ind: Indicator, name: str, quantity: Quantity, measure: str, quote: str, ctx: _Context,
             universe: float | None = None, relative_to: str | None = None, base: Period | None = None,
             period: Period | None = None) -> None:
        if ind.code == "world":
            # '…总规模达到962EFlops，全球占比约为21%': the world is the whole of a share, never a subject of its own
            return self.world_share(quantity, measure, quote, ctx)
        if measure == "count" and self.part_of_another_count(ind, quote, ctx):
            # '…人工智能企业由…增长到…超过5000家，其中国家级专精特新“小巨人”企业超过400家': the AI firms' own, never the
            # nation's little giants
            return self.release.skip(quote.strip(), "unattributed")
        if ctx.regional and ind.dimension != "region":
            # a province's figure, never the nation's: its own series when the catalogue keeps one
            # ('江苏作为工业大省，1—8月规模以上工业增加值同比增长7.4%')
            own = (self.resolve(ctx.regional + name) if name else None) or self.resolve(ctx.regional + ind.name_zh) \
                or catalogue.region_of(ctx.regional, ind)      # 江苏 of 软件业务收入, 安徽 of 汽车产量
            if own is None or own.dimension != "region" or catalogue.family_of(own.code) != catalogue.family_of(ind.code):
                # ('山东累计培育国家级制造业单项冠军企业274家': the province's, kept as printed; one said only as
                # 全省 is not known)
                said = (name or ind.name_zh).replace("同比", "")    # ('…大类中有30个行业实现增长': 增加值增长的大类行业个数)
                if register.BARE_METRIC.fullmatch(_clean(said)) and ctx.named is not None \
                        and (whose := named.METRIC_TAIL.search(ctx.named[0])) and whose.start() >= 2:
                    # '全省规模以上工业企业实现营业收入…；实现利润总额…': the metric of whom the sentence's named figure is
                    said = ctx.named[0][: whose.start()].removeprefix(ctx.regional) + _clean(said)
                if catalogue.family_of(ind.code) == "industrial_va" and said.endswith("业") \
                        and named.METRIC_TAIL.search(said) is None and measure in ("yoy_pct", "share_pct"):
                    said += "增加值"       # ('金属制品业、…、通用设备制造业增加值依次增长…' of a province: each division's)
                # ('十大重点行业增加值占…的比重（79.6%）' of a province: a rate kept under a name that says no rate, never)
                rate_unnamed = ind.unit == "%" and measure == "level" and quantity.unit == "%" \
                    and not re.search(r"(?:率|比重|占比|比例|份额|指数|强度|增长面)$", _clean(said))
                # ('2021年至2024年，全省…；工业投资年均增长16.7%': a province's yearly average over the window, its base said)
                averaged = measure == "avg_yoy_pct" and base is not None and period is not None
                # ('江苏…全省二级节点达到67个，比上年底增加5个': a stock's change since the year's end, as the nation's is read)
                if ctx.regional in (_A_PROVINCE, _A_CITY) \
                        or measure not in ("level", "count", "yoy_pct", "share_pct", "abs_change") \
                        and not averaged or rate_unnamed or not \
                        self.as_named(said, quantity, measure, quote, ctx, like=ind, relative_to=relative_to,
                                      universe=universe, period=period or self.period_of(ind, measure, ctx),
                                      base=base if averaged else None, window_said=averaged or period is not None):
                    self.release.skip(quote.strip(), "not stored")
                return
            ind = own
        if ctx.above_size and ind.code in _ABOVE_SIZE_OUTPUT:
            ind = catalogue.indicators()[_ABOVE_SIZE_OUTPUT[ind.code]]
        if ctx.scale and catalogue.off_scale(ind, ctx.scale):
            # '以修正总吨计，…' of a series kept in 载重吨: its series on that scale, where one is kept
            ind = catalogue.on_scale(ind, ctx.scale)
            if ind is None:
                self.release.skip(quote.strip(), "another scale")
                return
        if measure == "share_pct" and (own := catalogue.share_series(ind, relative_to)) is not None:
            ind, measure, relative_to = own, "level", None     # the ten key industries' share: its own series
        if measure in ("level", "count"):
            counted = catalogue.counted_series(ind, quantity.unit)
            if counted is None:
                # ('家用电器出口额6888.5亿元' of a series kept in 美元: another currency's amount)
                self.release.skip(quote.strip(), "another scale" if _money(quantity.unit) and _money(ind.unit) else "not stored")
                return
            ind = counted
        if measure == "level" and catalogue.family_of(ind.code) in catalogue.GROWTH_ONLY:
            # '工业增加值达到40.5万亿元': a level is all industry's (industry above designated size's is a growth)
            if ind.code not in _ALL_INDUSTRY:
                # ('全省…工业增加值总量由2020年的1.34万亿元增加到2024年的1.79万亿元': a province's level, kept as printed)
                if not (ind.dimension == "region" and ctx.regional and name
                        and self.as_named(name, quantity, measure, quote, ctx, period=period, window_said=period is not None)):
                    self.release.skip(quote.strip(), "not stored")
                return
            ind = catalogue.indicators()[_ALL_INDUSTRY[ind.code]]
        if measure == "count" and ind.dimension in ("total", "region", "segment") and ind.code.startswith(_NATIONAL_LISTS) \
                and not re.search(r"全国|我国", quote) \
                and (any(read.dimension in ("industry", "industry_group") for read, _ in ctx.history)
                     or _AN_INDUSTRY.search(ctx.said_before(quote))):
            # '规模以上轻工企业…增至14万家，…国家级绿色工厂达到1321家': an industry's members of a national list
            # ('轻工行业“灯塔工厂”达到28家，国家级绿色工厂达到1321家': named in the sentence, its figure not read;
            # '装备制造业是…主力军，…卓越级智能工厂197家，占全国总量的39%': the share after it is the industry's too)
            self.release.skip(quote.strip(), "unattributed")
            return
        if measure == "count" and _NEW_ONES.search(fold(quote)) and not _of_new_ones(ind):
            # '“十四五”期间新布局了16家国家制造业创新中心': the ones added, never the total; kept where the catalogue
            # keeps what was new in a year (…_new), never over a window
            ind = catalogue.indicators().get(_new_ones_of(ind))
            if ind is None or ctx.window is not None or re.search(r"十[一二三四五]五", quote):
                self.release.skip(quote.strip(), "not stored")
                return
        if measure == "count" and self.of_list(quote, ctx) and not _FIRST_BATCH.search(quote):
            # a list's members are the year's new ones: the series of what was new, never the total's
            ind = ind if _of_new_ones(ind) else catalogue.indicators().get(_new_ones_of(ind))
            if ind is None:
                self.release.skip(quote.strip(), "not stored")
                return
            # ('…共3482家，比第六批的3012家…': an earlier batch said with its year is that year's)
            period = period if period is not None and int(period.period[:4]) < ctx.listed else Period(str(ctx.listed), "year")
        if measure in ("level", "count") and _money(quantity.unit) != _money(ind.unit):
            # '智能算力规模超过1590EFLOPS；总规模600亿元的…基金': an amount of money is never a series kept in things
            self.release.skip(quote.strip(), "not stored")
            return
        said_period = period
        period = period or self.period_of(ind, measure, ctx)
        if measure in ("count", "yoy_pct", "yoy_abs_change") and period is not None and period.period_type == "ytd" \
                and _national_code(ind) in _YEARLY_BATCHES:
            # ('…第七批…共3482家。分省份看，江苏公示807家' in August: the year's; '…691家，较上一批的561家增长23.17%': its growth)
            period = Period(period.period[:4], "year")
        if period is None and measure == "share_pct" and relative_to == "world" and ctx.asof_said_now:
            period = ctx.asof      # '目前，我国制造业增加值占全球的比重接近30%': the share the ministry states that day
        if period is None or ctx.days:
            self.release.skip(quote.strip(), "not stored" if ctx.days else "form not read")
            return
        if period.period_type == "ytd" and period.period.endswith("-03") and ind.unit == "点" and measure == "level":
            # '一季度该指数为89.5', '一季度，东部…指数依次为…': an index of the first quarter is that quarter's, never a
            # span's to date
            period = Period(period.period, "quarter")
        if ctx.plan_ends and ctx.plan_whole and said_period is None and period.period_type == "month" \
                and not re.search(r"20\d\d年|今年|去年|本年|上年", ctx.said) \
                and ctx.asof is None and catalogue.is_stock(ind.code) and (end := self.plans_end(ctx)) is not None:
            period = end    # '2024年，…。“十四五”期间新布局…16家，总数达到33家': at the plan's end, never the year carried
        if ctx.plan_ends and said_period is None and period.period_type != "month" and not ctx.forecast:
            # '“十四五”以来，我国承接的新船订单占全球的比重达64.2%': a flow over the plan's years so far, never one year's
            self.release.skip(quote.strip(), "not stored")
            return
        published_list = measure in ("count", "yoy_abs_change", "yoy_pct") and ctx.listed == self.month_year \
            and period.period == str(ctx.listed)
        if period.period_type in ("ytd", "quarter") and not ctx.forecast and _span_end(period) > self.release.published_at.date():
            # '一季度…分别为74.1%…' on 6 March with no year in force: a span still running, never a statistic
            self.release.skip(quote.strip(), "not yet over")
            return
        if period.as_date() > self.month.as_date() and not ctx.forecast and not published_list:
            # (a list published this year is the year's batch, whole when it is out: 今年第七批…公示3482家)
            self.release.skip(quote.strip(), "not stored")      # a later period: a goal, not progress
            return
        if measure in ("level", "count", "yoy_pct") and (ind, name) not in ctx.history:
            ctx.history.append((ind, name))
        self.last_was_catalogued = True
        self.out.append(Observation(
            source_url=self.release.url, publisher=PUBLISHER, release_kind=KIND,
            published_at=self.release.published_at.isoformat(), indicator=ind.code, label_zh=catalogue.clean_label(name),
            dimension=ind.dimension, period=period.period, period_type=period.period_type, measure=measure,
            value=quantity.value, unit=quantity.unit, quote=quote.strip(), qualifier=quantity.qualifier,
            evidence=self.evidence(period, ctx, quote), universe=universe,
            bound=quantity.bound if quantity.bound is not None else bound_of(quantity.value, quantity.qualifier),
            relative_to=relative_to, base_period=base.period if base else None,
            base_period_type=base.period_type if base else None,
            parser_version=PARSER_VERSION))

    def part_of_another_count(self, ind: Indicator, quote: str, ctx: _Context) -> bool:
        """Whether a count said after 其中 is part of a count of something else the sentence said before it (a count in
        the sentence, none of whose figures read is of `ind`'s family)."""
        if not re.match(r"\s*其中", fold(quote)) or ind.dimension == "region":
            return False
        before = ctx.said[: max(0, ctx.said.find(fold(quote).strip()))]
        counted = [q for q in QUANTITY_RE.finditer(before) if parse_quantity(q).counts]
        read = [o for o in self.out[ctx.start[0]:] if catalogue.family_of(o.indicator) == catalogue.family_of(ind.code)]
        return bool(counted) and not read

    def world_share(self, quantity: Quantity, measure: str, quote: str, ctx: _Context) -> None:
        """'全球占比约为21%' right after a figure kept as printed: that name's share of the world, at its date; listed
        when the figure read last is none such."""
        subject = self.level_of_subject(ctx)
        if subject is not None and quantity.unit == "%" and measure in ("share_pct", "level"):
            # '原铝产量4501.6万吨，增长2.4%，全球占比约60%': the catalogued series' share of the world
            return self.emit(catalogue.indicators()[subject.indicator], subject.label_zh, quantity, "share_pct", quote, ctx,
                             relative_to="world", period=Period(subject.period, subject.period_type))
        last = self.named_out[-1] if self.named_out and not self.last_was_catalogued else None
        if last is None or quantity.unit != "%" or measure not in ("share_pct", "level") or last.measure not in ("level", "count") \
                or not self.as_named(f"{last.label_zh.removeprefix(ctx.regional)}占全球比重", quantity, "share_pct", quote, ctx,
                                     relative_to="world", period=Period(last.period, last.period_type)):
            self._skip_if_figure(quote, "unattributed")

    def as_named(self, name: str, quantity: Quantity, measure: str, quote: str, ctx: _Context,
                 like: Indicator | None = None, relative_to: str | None = None, period: Period | None = None,
                 window_said: bool = False, base: Period | None = None, universe: float | None = None) -> bool:
        """A figure of a name the catalogue does not hold, kept as printed (core.named_figures), dated as a
        series of its kind would be (`like`: the catalogued series of the nation, when a province's is not
        kept); False when the name is no name or the figure's period is not sure."""
        if ctx.days:
            return False            # over a span of days said: no period kept
        if not ctx.regional and name and re.match(r"\s*(?:累计|共|已经|已)*拥有", fold(quote)) \
                and ctx.said_before(quote).strip(_PUNCTUATION):
            # '“小巨人”企业平均研发投入强度达到7%，累计拥有发明专利约46万项': what the firms the sentence read a figure of
            # hold, never the nation's (a bare '发明专利'); with no such firms read, not sure whose
            owner = re.match(r"[^，,；;]{1,12}?(?:企业|工厂|园区|集群)", ctx.named[0]) \
                if ctx.named is not None and ctx.named[1][1] > ctx.start[1] else None
            if owner is None:
                return False
            name = owner.group() + _QUOTES.sub("", name)
        given = period is not None          # (the caller's, from the figure it is read with)
        printed = _QUOTES.sub("", name) if name else ""
        if named.TRADE_PART.fullmatch(printed) and (trade_said := _TRADE_SAID.search(ctx.said_before(quote))):
            # '工业品出口保持韧性，出口额同比增长6.9%': the value of the trade said just before
            printed = named.joined(trade_said["trade"], printed)
        if printed in ("户均", "平均每家", "每家企业平均") and (said := self.named_last(ctx)) and ctx.named[3] == "count" \
                and ctx.named[4][-1:] == quantity.unit[-1:] and not given:
            # '发明专利总量达到46万项、户均26.6项': the average per member of the count just read
            return self.as_named("户均" + re.sub(r"(?:总量|总数|数量)$", "", said), quantity, "level", quote, ctx,
                                 period=ctx.named[2])
        rate_word = re.sub(r"(?:有望|将|预计)*(?:进一步|继续)?(?:收窄|扩大|缩小|回落|回升|提高|提升|升|降)(?:至|到)$", "", printed)
        if rate_word in register.FALL_RATES + ("增幅", "增速") and measure == "level" and quantity.unit == "%" \
                and (said := self.named_last(ctx)) and ctx.named[3] == "yoy_pct":
            # '2025年…钢铁需求将下降2.0%左右，2026年降幅有望收窄至1.0%': the growth of the name just read, of its period
            sign = -1 if rate_word in register.FALL_RATES else 1
            return self.as_named(said, Quantity(sign * quantity.value, "%", quantity.qualifier, quantity.bound),
                                 "yoy_pct", quote, ctx)
        if named.REFERENCE_SAID.fullmatch(printed) and (said := self.named_last(ctx)) and ctx.named[4] == quantity.unit \
                and (ctx.named[3] == measure or {ctx.named[3], measure} == {"level", "share_pct"}):
            # '…国际市场份额达到78.5%，2021年这一比重仅为31.5%': the name just read, of the year said, in its measure
            printed, measure = said, ctx.named[3]
        name = named.name_of(printed) if name else None
        # ('前三季度，全省出口2.84万亿元': the province's trade in goods, said bare)
        trade_of_place = bool(printed) and ctx.regional not in ("", _A_PROVINCE, _A_CITY) \
            and re.fullmatch(r"(?:出口|进口|进出口)(?:额|总额|总值)?", printed.removeprefix(ctx.regional)) is not None \
            and (quantity.unit.endswith("元") or measure == "yoy_pct")
        name = ctx.regional + printed.removeprefix(ctx.regional) if trade_of_place else name
        if name and measure == "share_pct" and re.fullmatch(r"[^占]{2,}占比", name) \
                and (among := list(_AMONG_SAID.finditer(ctx.said_before(quote)))):
            # '第九批单项冠军中，高端装备制造领域占比33.9%，新材料领域占比27.2%': shares of the whole the sentence named
            name = named.share_of(name[:-2], among[-1]["whole"])
        if name is not None and quantity.unit == "%" and (grown := named.growth_named(name, measure)) \
                and named.name_of(grown[0]):
            # '预计全年机械工业主要经济指标增速在5.5%左右': the growth of the name ('…降幅收窄至3%左右': a fall)
            name, measure = grown[:2]
            quantity = Quantity(grown[2] * quantity.value, "%", quantity.qualifier, quantity.bound)
        # ('上海铁路、船舶、航空航天和其他运输设备制造业产值': a division holding commas, its metric said after it)
        bare = named.METRIC_TAIL.sub("", re.sub(r"产值$", "", printed.removeprefix(ctx.regional)))
        division = name is None and "、" in printed and (
            like is not None and like in (self.resolve(printed), self.resolve(printed.removeprefix(ctx.regional)))
            or (found := self.resolve(bare)) is not None and found.dimension == "industry" and found.name_zh == bare)
        if division:
            name = printed          # '计算机、通信和其他电子设备制造业' of a province: the division's own name
        if name is not None and named.BARE_RATE.fullmatch(name):
            return False        # '渗透率为62.6%' of no subject read: never a name alone
        if name is not None and re.match(r"(?:增速|增幅|降幅|涨幅|跌幅)", name.removeprefix(ctx.regional)):
            return False        # '增速虽较1—7月（15.2%）有所回落', '当月增速回升至5.2%': a growth of no name said

        if measure == "yoy_pct" and named.effect(fold(quote)):
            measure = "cum_pct"     # '生产效率平均提升22.3%': against the state before (no base year), never a year's growth
        if name is None or register.BARE_METRIC.fullmatch(name) or named.TRADE_TOTAL.fullmatch(name) or ctx.scale \
                or named.points_as_level(quantity, measure) \
                or (measure == "yoy_pct" and (named.averaged(fold(quote)) or named.within_span(fold(quote)))):
            return False
        if ctx.regional and name is not None and (metric := name.removeprefix(ctx.regional)) in ("产量", "销量") \
                and (product := self.product_said(metric, quote, ctx)):
            name = ctx.regional + product + metric     # '…内蒙古、新疆、山西工业炸药产量居全国前列，其中内蒙古产量22.07万吨'
        if ctx.regional in (_A_PROVINCE, _A_CITY) or ctx.regional and not division and not trade_of_place \
                and named.name_of(name.removeprefix(ctx.regional)) is None:
            return False                        # '其中山东以84家位居首位': the province and no name
        if register.PLACES_COUNTED.match(name):
            return False        # '长沙…，株洲…，两市对全省…的贡献率合计为42.0%': the places together, never one's; not named
        if ctx.regional and name.startswith(ctx.regional) \
                and (lead := re.match(r"(?:已经|已|累计|共有|共|拥有)+(?=[\u4e00-\u9fff]{2})", name[len(ctx.regional):])):
            name = ctx.regional + name[len(ctx.regional) + lead.end():]     # '无锡累计获评…': lead words no part of it
        if ctx.regional and not name.startswith(ctx.regional) and not _ACROSS_PROVINCES.match(name) \
                and not catalogue.city_opening(name) and catalogue.city_in(name) in (None, ctx.regional):
            # ('黄石、荆州增加值分别增长…' on a province's page: each city's own, never the province's; '宁波…增长7.8%；
            # 绍兴、温州…分别增长…', '“东数西算”庆阳数据中心集群…': each city's own, never the city said before)
            # '山东累计培育…单项冠军企业': the province's, said with it ('全省经济总量': 江苏经济总量)
            name = ctx.regional + _WHOLE_PROVINCE.sub("", name)
        said = ctx.said[: ctx.said.find(fold(quote.strip())) + len(fold(quote.strip()))]
        # a window opening the sentence holds to its end; one said inside it, to its ';' ('…，“十四五”时期年均增长5.0%；
        # 精炼铜产量1472.0万吨…': the copper is the year's)
        # ('“十四五”期间，…，2024年低空装备产值约520亿元': a clause naming its own year is that year's)
        windowed = (named.over_a_window(said[said.rfind(";") + 1:]) or named.over_a_window(said.split(",")[0])
                    or ctx.window is not None) and not re.match(r"\s*20\d\d年(?![度以来])", fold(quote))
        held_then = None if window_said else self.held_then(name, quantity, measure, said, windowed, ctx)
        if (not window_said and windowed and held_then is None) or named.not_a_figure(fold(quote)):
            return False        # (window_said: each figure of a from-to, dated by its own year)
        period = period or held_then
        # '深圳市人工智能企业已超过2800家' in a paragraph naming no date: held as of the day
        now = period is None and not window_said and not self.dated_paragraph and not named.dated(said) \
            and measure in ("count", "level") and _ALREADY.search(fold(quote)) \
            and not named.FLOW_METRIC.search(name)
        period = self.month if now else period
        one_year = self.years_said == {ctx.year} and ctx.year in (self.month_year, self.month_year - 1)
        carried_span = self.page_span_growth(measure, name, ctx)
        if not (window_said or self.dated_paragraph or named.dated(said) or held_then is not None or one_year
                or carried_span or now):
            # no period said in its paragraph: a date carried from another is not sure for a name (unless the page
            # has only ever spoken of one year, the one it reviews; a growth is over the span carried, as above)
            return False
        if named.under_a_goal(said[said.rfind(";") + 1:]) and not ctx.forecast:
            return False        # (a goal holds to its ';': '…推动…落实…；…累计培育148家…' is progress again)
        stand_in, dated_as = (like, measure) if like is not None else named.kind(name, fold(quote), quantity.unit, measure)
        # '截至2025年6月底，…完成超低排放改造…，普及率达到…': at the date in force, whatever it counts
        # ('上半年，…。截至上半年末，193家钢铁企业完成…': the date said in the sentence, never the span before it)
        # ('2024年前三季度…。三是…，目前246个国家绿色数据中心…': 目前 in the clause itself, never the span before)
        # ('截至2025年底，…。分地区看，…三省粗钢产量合计约3.9亿吨': a flow, the year's, never a stock held at the date)
        # (a share of that flow just read too: '…合计约3.9亿吨，占全国的40%左右')
        flow = measure == "level" and quantity.unit != "%" and named.FLOW_METRIC.search(name) is not None \
            or measure == "share_pct" and ctx.named is not None and ctx.named[3] == "level" \
            and named.FLOW_METRIC.search(ctx.named[0]) is not None and name.startswith(ctx.named[0]) \
            or measure == "share_pct" and named.FLOW_METRIC.search(name.partition("占")[0]) is not None \
            and not _NOW.search(said) \
            or measure == "count" and named.counts_new(name)
        # ('截至2025年底，…；全年新增创新型中小企业3023家': what was new, counted over the year, never held at its end)
        # ('截至2025年底，…化工园区营业收入占全行业的比重提高到65.3%': a flow's share, the year's; '截至目前，…绿色工厂6430家，
        # 实现产值占制造业总产值的比重约20%': as the day's)
        at_date = ctx.asof is not None and measure in ("count", "level", "share_pct") and not flow and (
            ctx.span is None or ctx.asof_said and ctx.span is self.span_said or bool(_NOW.search(said)))
        if period is None and not at_date and ctx.span is not None and ctx.span is self.span_before \
                and not (self.dated_paragraph or named.dated(said)) and not self.page_span_growth(measure, name, ctx):
            # a span another paragraph said ('2025年1—7月…。\n…累计开放测试示范道路3.5万公里'): not sure of a stock or an
            # amount (a growth over the span the page's title names is, as a catalogued one is)
            return False
        if period is None and measure == "cum_pct" and base is None and ctx.asof is not None:
            # an effect said of what stood at a date: that year's (the day's, in a year still running)
            period = Period(ctx.asof.period[:4], "year") if int(ctx.asof.period[:4]) < self.month_year else self.month
        period = period or (ctx.asof if at_date else self.period_of(stand_in, dated_as, ctx))
        if measure == "cum_pct" and base is None and period is not None and period.period_type == "ytd" and ctx.span is None:
            period = self.month     # '据测算，卓越级智能工厂产品研发周期平均缩短28.4%': an effect as stated now, no span of the year
        if measure == "count" and self.of_list(quote, ctx):
            # a list's members: the list's year, or the month it came out when the sentence says it ('今年4月，我们发布了
            # 首批中国消费名品名单，共有企业名牌93个')
            said_month = ctx.month is not None and ctx.month is not ctx.month_carried \
                and ctx.month.period[:4] == str(ctx.listed)
            period = ctx.month if said_month else Period(str(ctx.listed), "year")
        if period is not None and period.period_type == "ytd" and ctx.span is None \
                and not self.part_of_last(name, measure, period) \
                and not (measure == "yoy_pct" and period == self.title_span):
            # a flow of the year still running, no span said (安排…资金2500亿元): not sure (a growth over the span the
            # title names is: '浙江前三季度…' then '分地区看，…杭州、宁波、温州三市分别增长…')
            return False
        if period is not None and ctx.month is not None and ctx.month is ctx.month_carried and period == ctx.month \
                and not given and not self.part_of_last(name, measure, period):
            return False            # a month said in a sentence before ('10月份…。分市场看，…'): not sure it is this one's
        if period is not None and not window_said and any((years := self.years_in(text)) and period.period[:4] not in years
                                                          for text in (said, fold(quote))):
            # a year said in the sentence, or in the clause itself, is not the one in force ('…入选2025年度名单',
            # '今年上半年，…，已经超过2024年全年的519亿美元'): not sure
            return False
        if period is None \
                or (period.period_type in ("ytd", "quarter") and not ctx.forecast
                    and _span_end(period) > self.release.published_at.date()) \
                or (period.as_date() > self.month.as_date() and not ctx.forecast):
            return False        # over a plan's years, a span not over, a later period (a goal): not sure
        before, self.last_was_catalogued = self.marker(), False
        self.named_out.append(named.figure(self.release, name, period, measure, quantity, quote.strip(),
                                           self.evidence(period, ctx, quote), PARSER_VERSION,
                                           dimension="region" if ctx.regional or _of_a_region(name) else "total",
                                           relative_to=relative_to,
                                           base=base, universe=universe))
        # levels read one after another, nothing between, are a list for the changes said after them (named_list_just_read)
        run = ctx.named_run if ctx.named is not None and ctx.named[1] == before and measure in ("level", "count") else []
        ctx.named_run = [*run, name] if measure in ("level", "count") else []
        ctx.named = (name, self.marker(), period, measure, quantity.unit)
        return True

    def years_in(self, said: str) -> set[str]:
        """The years a sentence speaks in: printed (never as a base, '增速比2023年加快…', an edition, '2024年版', or a value
        then said in passing, '…92次，2024年为68次'), or said as 去年 or 今年."""
        years = set(re.findall(r"(?<![比较与同])(20\d\d)年(?!版)(?![底末]?[为是]\d)", named.without_record(said)))
        return years | ({str(self.month_year - 1)} if _LAST_YEAR.search(said) or re.match(r"\s*去年", said) else set()) \
            | ({str(self.month_year)} if re.search(r"今年|本年(?!度)", said) else set())

    def page_span_growth(self, measure: str, name: str, ctx: _Context) -> bool:
        """Whether a growth (or a flow's share: '…四市规上工业增加值合计占全省的63.5%') is over a span carried from another
        paragraph that is the page's own, the one its title names ('国新办举行2025年一季度…发布会': 一季度)."""
        # ('前三季度，全省…增长7.1%。\n从重点产业看，…电子信息产业增长15.8%': the one span the page has said, the
        # paragraph before's, when no other year was ever in force)
        # (a share of places' flow together only: a share said alone may be a structure held now, '…园区产值占全行业的比重')
        flow, together, _ = name.partition("合计占")
        over_span = measure == "yoy_pct" or measure == "share_pct" and together \
            and (named.FLOW_METRIC.search(flow) or flow.endswith("增加值"))
        return bool(over_span) and ctx.span is not None and ctx.span is self.span_before \
            and (ctx.span == self.title_span or self.years_said <= {int(ctx.span.period[:4])})

    def held_then(self, name: str, quantity: Quantity, measure: str, said: str, windowed: bool,
                  ctx: _Context) -> Period | None:
        """The date a named stock (or rate) is held at when the sentence or paragraph names none of its own, or None."""
        held = named.kind(name, said, quantity.unit, measure)[1] == "count"
        if held and windowed:
            # '“十四五”以来，累计培育创新型中小企业1587户…' said after the plan's years: counts held then; '5年来，…重点工业互联网
            # 平台设备连接数超过了1亿台（套）': a stock held at the end of years running to now
            end = self.plans_end(ctx) if measure == "count" else None
            running = _RUNNING_WINDOW.search(said) and ctx.window is None and not ctx.forecast
            return end or ((ctx.asof or self.month) if running else None)
        if (measure == "count" or held) and not windowed and not ctx.forecast and ctx.asof is None and not named.dated(said) \
                and not self.year_reviewed \
                and (ctx.span is not None and ctx.span.period_type == "ytd" or ctx.year is not None and held) \
                and _ALREADY.search(said[said.rfind(";") + 1:]):
            # '1—8月，…增长7.6%。数字化转型梯次推进，已遴选101个试点城市': a count said with 已 in a sentence after the
            # span's own is how many there are by now, never a flow of the span ('2024年，…。…产品已出口至140余个国家和
            # 地区': nor a stock at the end of the year said before; '2024年，…。…多晶硅名义产能已超过330万吨': an amount held)
            return self.month
        if (held or quantity.unit == "%" and measure in ("level", "share_pct")) and not windowed and not ctx.forecast \
                and not (self.dated_paragraph or named.dated(said)) and not re.search(r"[平户人]均", name) \
                and not self.page_span_growth(measure, name, ctx) \
                and (ctx.year is None or ctx.carried and self.month.period > f"{ctx.year + 1}-02"
                     or held and ctx.year == self.month_year):
            # '…累计部署“揭榜挂帅”攻关任务110项', '…渗透率超过70%' in a paragraph that names no date and no year in force
            # (or one long past, carried from another paragraph): as the ministry states it the day it speaks; a rate under a year a review
            # speaks of is that year's, and an average of members is of a batch or a year it does not say
            # ('单项冠军企业平均拥有有效专利363.7件'): never the day's
            return ctx.asof or self.month
        return None

    def marker(self) -> tuple[int, int, int]:
        return len(self.out), len(self.named_out), len(self.release.skipped)

    def points_of_from_to(self, points: re.Match, part: str, ctx: _Context) -> bool:
        """'…占比由2024年的19.9%提高到25.9%，提高6个百分点': a change in points said bare right after a from-to of a rate or
        share kept as printed: the later year's change against the earlier one (a base kept unless the year before)."""
        then, now = self.named_out[-2:] if len(self.named_out) > 1 and self.named_just_read(ctx) else (None, None)
        if now is None or then.label_zh != now.label_zh or then.quote != now.quote or now.unit != "%" \
                or now.measure not in ("level", "share_pct") or then.period_type != now.period_type \
                or not then.period < now.period:
            return False
        change = (-1 if points["verb"] in ("下降", "降低", "回落", "减少") else 1) * float(points["v"])
        if abs(change - (now.value - then.value)) > 0.051:
            return False        # (points that are not the difference of the two are not sure)
        year_before = now.period_type == "year" and int(now.period) == int(then.period) + 1
        return self.as_named(now.label_zh, Quantity(change, "百分点", "exact", None), "pp_change", part,
                             ctx, period=Period(now.period, now.period_type), window_said=True,
                             base=None if year_before else Period(then.period, then.period_type))

    def named_points(self, part: str, value: float, base: str, ctx: _Context) -> bool:
        """'…比上年提高1.6个百分点' right after a rate or share of a name not catalogued: its change on the year
        before, dated as the figure it changes (a growth's or an amount's change is not read)."""
        said = self.named_last(ctx)
        if not said or ctx.named[3] not in ("level", "share_pct") or "%" not in ctx.named[4]:
            return False
        period = ctx.named[2]
        then = register.base_period(base, period)
        year_before = then is not None and then.period == str(int(period.period[:4]) - 1) + period.period[4:]
        # ('…利润率为1.9%，较一季度提高0.6个百分点': against an earlier span of the year, kept as its base)
        earlier_span = then is not None and then.period[:4] == period.period[:4] and then.period < period.period
        listed = len([o for o in self.named_out if o.quote == self.named_out[-1].quote]) > 1
        if not (year_before or earlier_span) or listed:
            return False        # (one change after a list of shares: whose is not sure)
        return self.as_named(said, Quantity(value, "百分点", "exact", None), "pp_change", part, ctx, period=period,
                             base=None if year_before else then)

    def named_points_listed(self, part: str, change: register.SpanChange, ctx: _Context, growths: bool = False) -> bool:
        """Changes in points listed right after as many figures of names not catalogued, read from one clause: each rate's
        or share's change on the year before, dated as it (named_points, for each); with `growths`, each growth's ('…增速')
        change against the span said (named_growth_points, for each)."""
        listed = self.named_out[-len(change.values):]
        of_kind = (lambda o: o.measure == "yoy_pct") if growths else \
            (lambda o: o.unit == "%" and o.measure in ("level", "share_pct"))
        if not self.named_just_read(ctx) or len(listed) != len(change.values) or len({o.quote for o in listed}) != 1 \
                or (growths and len({o.label_zh for o in listed}) != len(listed)) or not all(of_kind(o) for o in listed):
            return False
        read = len(self.named_out)
        for figure, value in zip(listed, change.values):
            period = Period(figure.period, figure.period_type)
            then = register.base_period(change.base, period)
            points = Quantity(value, "百分点", "exact", None)
            if growths:
                kept = then is not None and self.as_named(figure.label_zh.removeprefix(ctx.regional) + "增速", points,
                                                          "pp_change", part, ctx, period=period, base=then)
            else:
                kept = then is not None and then.period == str(int(period.period[:4]) - 1) + period.period[4:] \
                    and self.as_named(figure.label_zh, points, "pp_change", part, ctx, period=period,
                                      relative_to=figure.relative_to)
            if not kept:
                del self.named_out[read:]
                return False
        return True

    def points_listed_mixed(self, part: str, change: register.SpanChange, ctx: _Context) -> bool:
        """Changes in points listed right after as many shares or rates read from one clause, some catalogued and some
        kept as printed: each share's or rate's change on the year before, in the order the figures were printed."""
        quote = (self.named_out[-1].quote if self.named_just_read(ctx) else
                 self.out[-1].quote if len(self.out) > ctx.start[0] else "")
        read = [o for o in self.out[ctx.start[0]:] if o.quote == quote] + [o for o in self.named_out if o.quote == quote]
        if not quote or len(read) != len(change.values) or not all(o.unit == "%" and o.measure in ("level", "share_pct")
                                                                    for o in read):
            return False
        folded, catalogued = fold(quote), len([o for o in self.out[ctx.start[0]:] if o.quote == quote])
        at = [folded.find(f"{o.value:g}%") for o in read]
        if min(at) < 0 or len(set(at)) != len(read) or catalogued in (0, len(read)):
            return False       # (a list of names alone is named_points_listed's)
        kept = []
        for (_, figure), value in zip(sorted(zip(at, read), key=lambda pair: pair[0]), change.values):
            period, points = Period(figure.period, figure.period_type), Quantity(value, "百分点", "exact", None)
            then = register.base_period(change.base, period)
            if then is None or then.period != str(int(period.period[:4]) - 1) + period.period[4:]:
                return False     # (only a change on the year before, for both kinds)
            kept.append((figure, period, points))
        for figure, period, points in kept:
            if figure.indicator not in catalogue.indicators():
                self.as_named(figure.label_zh, points, "pp_change", part, ctx, period=period, relative_to=figure.relative_to)
                continue
            ind = catalogue.indicators()[figure.indicator]
            measure = "share_pp_change" if figure.measure == "share_pct" else "pp_change"
            self.emit(ind, figure.label_zh or ind.name_zh, points, measure, part, ctx, relative_to=figure.relative_to,
                      period=period)
        return True

    def named_gaps_listed(self, found: register.Comparison, part: str, ctx: _Context) -> bool:
        """'四川、陕西工业软件产品收入分别增长14.6%和12.9%，分别高出全国平均水平6.0和4.3个百分点': the gap of each growth of
        a list of names kept as printed, read from the clause just before, to the average named."""
        listed = self.named_out[-len(found.values):] \
            if len(found.values) > 1 and self.named_list_just_read(len(found.values), ctx) else []
        aggregate = _AGGREGATE_NOISE.sub("", found.aggregate).strip()
        if found.measure != "pp_gap" or not listed or not all(o.measure == "yoy_pct" for o in listed) \
                or not re.search(r"分别|依次", part) or not _AN_AVERAGE.fullmatch(aggregate):
            return False
        return all([self.as_named(o.label_zh, Quantity(value, "百分点", "exact", None), "pp_gap", part, ctx,
                                  period=Period(o.period, o.period_type), relative_to=aggregate)
                    for o, value in zip(listed, found.values)])

    def named_gap(self, found: register.Comparison, part: str, ctx: _Context) -> bool:
        """'…普及率达84.9%，较全国平均水平高0.8个百分点': the gap in points of the rate, share or growth just read (a name
        not catalogued) to the same of an aggregate, kept with the aggregate as printed (relative_to)."""
        said, aggregate = self.named_just_read(ctx), _AGGREGATE_NOISE.sub("", found.aggregate).strip()
        # ('…贷款余额…同比增长21.2%，增速比各项贷款高14个百分点': a growth against another name's, kept as printed)
        growth_against = ctx.named is not None and ctx.named[3] == "yoy_pct" and re.match(r"\s*增速", part) is not None \
            and named.name_of(aggregate) is not None
        if said and found.measure == "contribution_pp" and len(found.values) == 1 and ctx.named[3] == "yoy_pct" \
                and re.fullmatch(r"(?:全省|全市|全区|全国|全部)?(?:规模以上|规上)?工业(?:增加值)?", aggregate) \
                and not re.search(r"合计|共同|累计|分别|依次", part) \
                and not re.search(r"分别|依次", self.named_out[-1].quote if self.named_out else ""):
            # (never a list's pull together: '…等行业增加值分别增长…，合计拉动规上工业增加值增长5.2个百分点')
            # '…其中规上制造业增加值增长9.8%，拉动全省规上工业增长7.6个百分点': the growth's pull on the whole in force
            return self.as_named(said, Quantity(found.values[0], "百分点", "exact", None), "contribution_pp", part, ctx,
                                 period=ctx.named[2], relative_to=aggregate)
        industry = re.fullmatch(r"(?:全省|全市|全区|全国|全部)?(?:规模以上|规上)?工业(?:增加值)?", aggregate)
        if found.measure == "contribution_pp" and industry and len(found.values) == 1 and re.search(r"合计|共同", part) \
                and (group := register.INDUSTRIES_COUNTED.match(part)) \
                and (members := self.named_list_just_read(register.group_size(group["n"]), ctx)) and len(members) > 1 \
                and all(o.measure == "yoy_pct" for o in self.named_out[-len(members):]):
            # '汽车、…、通用设备等行业增加值分别增长…，4个行业合计拉动规上工业增长3.9个百分点': the listed industries' pull
            # together, kept under the first with 等 as the page names them
            metric = "增加值" if members[0].endswith("增加值") else ""
            core = re.sub(r"(?:行业|产业)?增加值$", "", members[0])
            return self.as_named(f"{core}等行业{metric}", Quantity(found.values[0], "百分点", "exact", None), "contribution_pp",
                                 part, ctx, period=Period(self.named_out[-1].period, self.named_out[-1].period_type),
                                 relative_to=aggregate)
        listed = self.named_list_just_read(len(found.values), ctx) if len(found.values) > 1 else []
        if found.measure == "contribution_pp" and industry and listed and re.search(r"分别|依次", part) \
                and all(o.measure == "yoy_pct" for o in self.named_out[-len(listed):]):
            # '…制造业增加值依次增长16.8%、…，分别拉动全省规模以上工业增长0.6个、…百分点': each growth's pull on the whole
            return all([self.as_named(o.label_zh, Quantity(value, "百分点", "exact", None), "contribution_pp", part, ctx,
                                      period=Period(o.period, o.period_type), relative_to=aggregate,
                                      like=self.resolve(re.sub(r"增加值$", "", o.label_zh.removeprefix(ctx.regional))))
                        for o, value in zip(self.named_out[-len(listed):], found.values)])
        wholes = re.split(r"[、和及]", aggregate)
        rate = ctx.named[3] if said and ctx.named[4] == "%" else None
        if said and ctx.named[3] == "pp_gap" and found.measure == "pp_gap":
            # '…增长9.1%，比全省规上工业快1.7个百分点，比全国平均水平高2.1个百分点': another gap of the rate before the first
            before = next((o for o in reversed(self.named_out[-3:-1]) if o.label_zh == said and o.unit == "%"), None)
            rate = before.measure if before is not None else None
        if said and found.measure == "pp_gap" and len(found.values) == len(wholes) > 1 \
                and rate in ("level", "share_pct", "yoy_pct") and all(re.fullmatch(r"全国|全省|全市", w) for w in wholes):
            # '…增速就达到13.4%，分别高于全国、全省7个、5.7个百分点': one gap to each whole, in turn
            return all([self.as_named(said, Quantity(value, "百分点", "exact", None), "pp_gap", part, ctx,
                                      period=ctx.named[2], relative_to=whole) for whole, value in zip(wholes, found.values)])
        if not said or found.measure != "pp_gap" or len(found.values) != 1 or rate not in ("level", "share_pct", "yoy_pct") \
                or not (_AN_AVERAGE.fullmatch(aggregate) or growth_against):
            return False
        return self.as_named(said, Quantity(found.values[0], "百分点", "exact", None), "pp_gap", part, ctx,
                             period=ctx.named[2], relative_to=aggregate)

    def named_growth_points(self, part: str, value: float, base: str, ctx: _Context) -> bool:
        """A change in points right after the growth of a name not catalogued: its growth's ('…增速') change against
        the span said, dated as the growth (the span kept as its base_period); the figure just read, though another
        subject is in force ('…增加值同比增长11.5%，…；电子产品出口额同比增长5.8%，比上年同期加快9.8个百分点')."""
        said = self.named_just_read(ctx)
        # ('…工业投资同比增长20.6%，高于全国8.6个百分点，比去年同期提高7.8个百分点': the growth's, a gap said between)
        growth = next((o for o in reversed(self.named_out[-2:]) if o.label_zh == said and o.measure == "yoy_pct"), None) \
            if said and ctx.named[3] in ("yoy_pct", "pp_gap") else None
        if growth is None:
            return False
        period = Period(growth.period, growth.period_type)
        if (then := register.base_period(base, period)) is None:
            return False
        name = said.removeprefix(ctx.regional) + "增速"
        return self.as_named(name, Quantity(value, "百分点", "exact", None), "pp_change", part, ctx, period=period,
                             base=then)

    def sibling_of_last(self, metric: str) -> Indicator | None:
        """'…实现利润总额5700亿元…。与1—5月相比，营业收入增速回落1.1个百分点': a metric said bare, of the industry of
        the figure read last (catalogue.sibling); None when it is no bare metric or the industry has none."""
        if not register.BARE_METRIC.fullmatch(metric) or not self.out:
            return None
        return catalogue.sibling(catalogue.indicators()[self.out[-1].indicator], metric)

    def named_owner(self, ctx: _Context) -> str:
        """Whose the figure kept as printed just read is: its name without its metric ('机床工具行业营业收入' → 机床工具行业,
        '组件出口量' → 组件), or the enterprises or industry it counts ('仪器仪表制造企业'); '' else."""
        said = re.sub(r"(?<=.{4})增速$", "", self.named_last(ctx))    # (its growth's change just read: '…营业收入增速')
        # ('…营业收入15.72万亿元，…，约占全国规模以上工业营业收入的11.5%；实现利润总额…': the share's part)
        said = re.sub(r"(?<=.{4})占[^占]{2,30}?的比重$", "", said)
        # ('组件出口量', '化工板块进出口额': the trade said whole, never its 出口额 part)
        traded = re.search(r"(?:进出口|贸易)(?:总额|额|总值)$|" + named.TRADE_PART.pattern + "$", said)
        return named.owner_of(said) or (said[: traded.start()] if traded and traded.start() >= 2 else "") \
            or (said if re.search(r"(?:企业|行业|工业)$", said) else "")

    @staticmethod
    def subject_owner(ctx: _Context) -> str:
        """Whose the catalogued figure just read is: its name without its metric ('石化全行业实现营业收入' → 石化全行业; a
        metric said bare, '利润总额', by the series' own name), or ''."""
        if not ctx.subject or ctx.subject[0] is None:
            return ""
        return named.owner_of(_clean(ctx.subject[1]), _METRIC_TAIL) or named.owner_of(ctx.subject[0].name_zh, _METRIC_TAIL)

    def named_last(self, ctx: _Context) -> str:
        """The name of the figure just read as printed, when nothing was read after it ('…营业收入2.84万亿元，同比增长
        11.81%' of it)."""
        return self.named_just_read(ctx) if ctx.subject is None else ""

    def named_list_just_read(self, count: int, ctx: _Context) -> list[str]:
        """The names of a list of `count` figures kept as printed, read from one clause as the last thing read, or read
        one after another, nothing between ('…营业收入7647亿元，…利润总额247亿元，同比分别增长…'); or []."""
        last = self.named_out[-count:] if self.named_just_read(ctx) and len(self.named_out) >= count else []
        if len({o.quote for o in last}) == 1 and len({o.label_zh for o in last}) == count:
            return [o.label_zh for o in last]
        run = ctx.named_run if self.named_just_read(ctx) else []
        return run if len(run) == count == len(set(run)) > 1 else []

    def named_just_read(self, ctx: _Context) -> str:
        """The name of the figure kept as printed when it was the last thing read (nothing read or skipped since), or ''."""
        return ctx.named[0] if ctx.named is not None and ctx.named[1] == self.marker() else ""

    def list_year(self, sentence: str) -> int | None:
        """The year of a list the sentence announces ('公布2022年度绿色制造名单'): the list's year (…年度),
        else the year in force, else last year's."""
        if not (_ANNOUNCED.search(sentence) or _MEMBERS.search(sentence)):
            return None
        # ('…（2025年度）名单答记者问': the list the page is about, when the sentence names none)
        year_named = re.search(r"(\d{4})年度", sentence) or re.search(r"(\d{4})年度\)?名单", fold(self.article.title))
        if year_named is None and re.search(r"今年|本年(?!度)", sentence):
            return self.month_year      # '今年第七批…公示3482家': this year's list
        if year_named is None and re.match(r"\s*(?:去年|上年)的?(?:名单|名录)", sentence):
            return self.month_year - 1  # '去年的名录遴选出400个高水平5G工厂': last year's list
        # ('2025年，全年认定第七批…3482家': the year the sentence opens with)
        year_named = year_named or re.match(r"\s*(\d{4})年(?!度)", sentence)
        return int(year_named.group(1)) if year_named else (self.year or self.month_year - 1)

    @staticmethod
    def of_list(quote: str, ctx: _Context) -> bool:
        """Whether a count is of the members of a list: its clause names them (入选, 列入…名单), or the
        sentence announced the list and the clause says no total (累计, 总数 …)."""
        clause = fold(quote)
        return ctx.listed is not None and (bool(_MEMBERS.search(clause)) or
                                           (ctx.announced and not _TOTAL_WORDS.search(clause)))

    def period_of(self, ind: Indicator, measure: str, ctx: _Context) -> Period | None:
        """A stock or a rate (利用率, 普及率) is at a date; a flow or a growth rate is over a span, and so is
        a flow's share (装备制造业占规上工业增加值的比重) or a count of what was new in the year (新培育…)."""
        stock = catalogue.is_stock(ind.code) or (measure == "count" and ind.code not in catalogue.FLOW_COUNTS) \
            or (ind.unit == "%" and measure == "level") \
            or (measure == "share_pct" and catalogue.family_of(ind.code) not in catalogue.GROWTH_ONLY
                and ind.unit == "%")
        if catalogue.family_of(ind.code) in _YEARLY_RATES and measure == "level":
            # '2024年，…研发经费占营业收入的比重为1.72%'; '“十四五”以来…超过1.6%' names no year: not stored
            # (a year carried from another paragraph is not sure: such rates come a year late, '2025年…。\n规模以上制造业
            # 企业研发经费占营业收入比重超过1.6%' is 2024's)
            return ctx.span if ctx.span is not None else \
                Period(str(ctx.year), "year") if ctx.year is not None and not ctx.carried else None
        if ctx.asof is not None and (stock or (ind.unit == "点" and measure == "level" and (
                ctx.span is None or ctx.asof_said and ctx.span.period_type == "quarter" and ctx.asof.period == ctx.span.period))):
            # ('7月末，中国钢材价格指数为95.27点': an index at the date; '四季度窄幅波动，12月末CSPI为91.87点': at the
            # span's last month's end said)
            return ctx.asof
        if ctx.asof is not None and ctx.asof_said and ctx.span is None and ctx.asof.period.endswith("-12"):
            return Period(ctx.asof.period[:4], "year")    # '截至2025年末，我国数字产业收入约38.3万亿元': the year's flow
        if ctx.asof is not None and ctx.asof_said and ctx.span is None and not stock and measure in ("level", "count") \
                and ctx.asof.period_type == "month":
            return Period(ctx.asof.period, "ytd")     # '截至11月底，全国汽车以旧换新补贴申请量超过1100万份': the flow so far
        if stock and measure in ("count", "level", "share_pct") and (end := self.plans_end(ctx)) is not None \
                and ctx.year is None:
            return end      # '“十四五”期间新布局…16家，总数达到33家' said after the plan's years: at their end (its share too)
        if stock and measure in ("count", "level") and self.paragraph_plan is not None and ctx.asof is None \
                and ctx.span is None and ctx.month is None and (ctx.year is None or ctx.year > self.paragraph_plan):
            # '五年来…累计培育专精特新中小企业超过14万家' reviewing the plan's years after their end: at that end
            return Period(f"{self.paragraph_plan}-12", "month")
        if ctx.asof is not None and (ctx.span is None or ctx.span is self.span_before) and ind.name_zh.endswith("规模") \
                and measure == "level":
            return ctx.asof      # '目前，…人工智能核心产业规模接近9000亿元': an industry's size as the ministry states it then
        if ctx.span is not None and (catalogue.family_of(ind.code) in _SPAN_RATES or catalogue.is_flow_share(ind)):
            return ctx.span                   # '前11个月，…营业收入利润率为6.98%': a ratio over the span
        if catalogue.is_stock(ind.code) and ctx.span is not None and ctx.span.period_type == "ytd" \
                and ctx.span is not self.span_before:
            if _ALREADY.search(ctx.said) and not named.dated(ctx.said) and not ctx.forecast and not self.year_reviewed:
                # '1—9月…。…已培育国家级专精特新“小巨人”企业超过600家': held now, said with 已 in a sentence after the span's
                # own (as a count kept as printed is: held_then)
                return self.month
            return Period(ctx.span.period, "month")      # '前5个月，…企业数量达到52万户': at the span's end
        if ctx.span is not None and ctx.span.period_type == "quarter" and measure == "level" and ind.unit == "%":
            return ctx.span               # '三季度，全国工业产能利用率为76.7%': the quarter's rate
        if ctx.span is not None and ctx.span.period_type == "ytd" and measure == "level" and ind.unit == "%" \
                and ctx.asof is None and ctx.span is not self.span_before:
            return Period(ctx.span.period, "month")     # '1—10月，…普及率达到…': at the span's end, never later
        if ctx.span is not None and not stock:
            return ctx.span
        if ctx.month is not None and ctx.asof is None:
            return ctx.month
        rate = ind.unit == "%" and measure == "level" and not catalogue.is_stock(ind.code)
        if ctx.year is not None and ctx.asof is None and ctx.span is None and ind.unit == "%" and measure == "level" \
                and ctx.carried and not self.dated_paragraph and len(self.years_said) > 1:
            # a rate in a paragraph that names no period, on a page that spoke of several years: the year last said is
            # not sure ('…，2024年全国算力总规模达到280EFLOPS。\n…5G标准必要专利声明量全球占比达42%' is no 2024 figure)
            return None
        if ctx.year is not None and ctx.asof is None and rate:
            return Period(str(ctx.year), "year")      # '2025年，大宗工业固废综合利用率达到57%': the year's rate
        if ctx.year is not None and (measure == "count" and ind.code not in catalogue.FLOW_COUNTS
                                     or catalogue.is_stock(ind.code)) and ctx.carried \
                and self.month.period > f"{ctx.year + 1}-02":
            # '专精特新中小企业已达到7万多家' paragraphs after a year long past was named: counted as the statement
            # speaks, a stock too ('…平台设备连接数超过1亿台'); a review of the year just ended, in January or
            # February, still counts at its end
            return self.month
        if ctx.year is not None and stock and self.month.period > f"{ctx.year + 1}-02" and ctx.asof is None \
                and ctx.span is None and _ALREADY.search(ctx.said) and not re.search(r"\d{4}年|去年|上年", ctx.said) \
                and not self.year_reviewed:
            # '2024年，…核心产业增加值达到1.53万亿元。…全国已部署5G行业虚拟专网6.4万个': a stock said as reached, in a
            # sentence naming no year, is held as of the day, never at the end of the year said before (a review of the
            # year just ended, in January or February, still counts at its end)
            return self.month
        if ctx.year is not None:
            # a review of the year from its last weeks (the work conference in late December) speaks of the year
            inside = ctx.year == self.month_year and not ctx.forecast and not self.reviews_year
            if stock:
                return self.month if inside else Period(f"{ctx.year}-12", "month")
            if not stock and measure in ("yoy_pct", "share_pct") and self.reviews_year and ctx.year == self.month_year \
                    and not ctx.forecast and not ctx.full_year and self.latest_span_said:
                # '1—11月，全省…增长7.0%。\n从城市看，温州…增长10.3%' in December: a growth of the year not over (or a
                # flow's share: '…占规上工业的比重达到12.9%') is of the latest span out, said on the page, never the year's
                return Period(register.shift_month(self.month.period, -1), "ytd")
            if not inside or ctx.full_year:
                return Period(str(ctx.year), "year")
            month = int(self.month.period[5:]) - 1
            return Period(f"{ctx.year}-{month:02d}", "ytd") if month > 1 else None
        if ctx.forecast and ctx.full_year and not stock and self.month.period[5:] > "02":
            # '预计全年数字产业业务收入增长6%左右' said from inside a year: that year's (in January or February
            # the year just ended and the one begun are both meant: not stored)
            return Period(str(self.month_year), "year")
        if not stock and self.title_span is not None and not self.dated_paragraph and ctx.asof is None:
            return self.title_span      # '从结构看，装备制造业增加值增长9.7%' under a title naming 前三季度
        if ind.name_zh.endswith("规模") and measure == "level" and not ctx.forecast and ctx.span is None:
            return self.month       # '…工业互联网核心产业规模超过1.5万亿元' with no date: the size as the ministry states it
        return self.month if stock else None


def _measure(quantity: Quantity, ind: Indicator) -> str:
    return catalogue.amount_measure(ind, quantity.unit)


def _shared_qualifier(quantities: list[Quantity], listed: str) -> list[Quantity]:
    """'9%和12%左右': a qualifier printed once after the last figure holds for them all; so does '约为' printed
    once before the first ('分别约为310万吨、200万吨')."""
    last = quantities[-1].qualifier
    if last == "about" and all(q.qualifier == "exact" for q in quantities[:-1]):
        return [Quantity(q.value, q.unit, "about", None) for q in quantities]
    if re.match(r"(?:均|都)?(?:大约|约)为", listed) and all(q.qualifier == "exact" for q in quantities):
        return [Quantity(q.value, q.unit, "about", None) for q in quantities]
    return quantities


# Industry above designated size and all industry: a part of GDP is all industry's ('工业拉动经济增长…'),
# a part of industry above designated size's growth is measured against it ('装备制造业…对工业增长的贡献率').
_ALL_INDUSTRY = {"industrial_va": "industry_va_total", "industrial_va.manufacturing": "industry_va_total.manufacturing"}


def _of_whole(ind: Indicator, whole: Indicator | None) -> Indicator:
    """The series of a part as the whole it is of counts it (a part of GDP is all industry's)."""
    if whole is not None and whole.code == "gdp" and ind.code in _ALL_INDUSTRY:
        return catalogue.indicators()[_ALL_INDUSTRY[ind.code]]
    return ind


def _industry_flow_of(part: Indicator, whole: Indicator | None) -> Indicator | None:
    """'营业收入…增速比全国工业低3.5个百分点': a revenue's (profit's) growth against all industry's revenue (profits),
    never its value added."""
    family = catalogue.family_of(part.code) if whole is not None and whole.code == "industrial_va" else ""
    flow = NATIONAL.get(family) or ("industrial_revenue" if family.endswith("revenue") else
                                    "industrial_profit" if family.endswith("profit") else "")
    return catalogue.indicators()[flow] if flow else whole


_ALL_INDUSTRY_WHOLE = re.compile(r"(?:全国|全部|整个)?(?:规模以上|规上)?工业(?:企业)?")


def _all_industry_same(part: Indicator, said_whole: str) -> Indicator | None:
    """'机械工业营业收入、利润总额…在全国工业中的占比分别为…': of all industry's same metric (NATIONAL), never its value
    added; None for any other whole."""
    same = NATIONAL.get(catalogue.family_of(part.code))
    return catalogue.indicators()[same] if same and _ALL_INDUSTRY_WHOLE.fullmatch(_clean(said_whole).strip()) else None


def _whole_of(part: Indicator, whole: Indicator) -> Indicator:
    """'对整体工业增长的贡献率' of a series of industry above designated size: its total's growth."""
    if whole.code == "industry_va_total" and catalogue.family_of(part.code) == "industrial_va":
        return catalogue.indicators()["industrial_va"]
    return whole


def _overlaid(subject: str, name: str) -> str:
    """'大宗工业固废综合利用量' and '综合利用率' → '大宗工业固废综合利用率': the name put where its first words
    (at least two) stand in the subject's name; '' when they do not."""
    for k in range(len(name) - 1, 1, -1):
        at = subject.find(name[:k])
        if at > 0:
            return subject[:at] + name
    return ""


# An index's average over a span, said after its name ('…指数（CSPI）平均为93.67点')
_AVERAGE = re.compile(r"(?:全年)?(?:平均值?|均值)$")
# Headings on an aspect of all the industry ('效益方面，…'), never a thing whose output or exports follow
_ASPECT_OF_ALL = re.compile(r"(?:经济)?效益|生产|投资|出口|进口|外贸|价格|运行|市场|需求|供给|创新|质效|盈利|效率|结构")
# What a heading's name is said to do, bare ('硅片环节，全年产量753GW，出口量约60.9GW'): the heading's
_BARE_FLOW = re.compile(r"(?:产量|销量|出口量|进口量|出口额|进口额|出口|进口|装机量|营业收入|收入|利润总额|利润)")


# '回看2024年，…', '而在2024年末，…', '反观2020年，…': a year looked back to, of its sentence only
_LOOK_BACK = re.compile(r"[\s,，]*(?:而在?|回看|回顾|回望|反观|对比|此前[,，]?|相比之下[,，]?)(?=\d{4}年)")
# An aside in brackets holding clauses of its own ('（2024年增长7.3%，高于全国1.5个百分点）')
# ('…分别提高13.0、20.2和22.1个百分点（2020年分别为43.1%、48.8%和44.7%），手持订单量…': one naming its own year too)
_ASIDE_CLAUSES = re.compile(r"[（(][^（）()]*[，,；;][^（）()]*[)）]|[（(]\d{4}年[^（）()]*\d[^（）()]*[)）]"
                            # ('…增长18.5%和4.2%（1—8月智能手机产量下降0.6%）', '…2.26亿户（具备千兆网络服务能力的端口数达
                            # 3022万个）': a figure of its own name said aside, never the clause's)
                            r"|(?<=[%个户家台辆吨元])[（(](?!全国|我国|其中|含|见|约|占|同比|比|较)(?:\d{1,2}(?:[-—–]\d{1,2})?月份?)?"
                            r"[^（）()\d]{4,}"
                            r"(?:达到?|为|增长|下降)\d[^（）()]*[)）]")
# ... opening with a date of its own, a month's or a year's end ('2025年9月时，…', '截至2024年底，…')
_ASIDE_DATED = re.compile(r"\s*(?:截至|截止)?\d{4}年(?:\d{1,2}月|[底末])(?:份|底|末)?(?:时|时点)?[,，]")
# What a sentence leaves in force for the ones after it (an aside read on its own leaves it as it was)
_READING_STATE = ("current", "year", "year_opened", "span_said", "month_said", "dated_paragraph", "list_said",
                  "listed_before", "subject_said", "region_said", "city_said", "goal_said", "paragraph_span")


def _value_then(folded: str, start: int = 0) -> Quantity:
    """The value then of a comparison ('比上年的123258亿元…'), or an index's in points ('比一季度的89.5点下降0.4点')."""
    if found := QUANTITY_RE.search(folded, start):
        return parse_quantity(found)
    points = _POINTS.search(folded, start)
    return Quantity(float(points.group(1)), "点", "exact", None)


_POINTS = re.compile(r"(\d+(?:\.\d+)?)点")


def _span_said(part: str, year: int) -> bool:
    """Whether a clause says a span or a month of its own ('2024年1—11月同比增长10%以上' after the year's level): its
    growth is of that span, never of the level read before it."""
    found = find_period(fold(part), year)
    return found is not None and found[0].period_type in ("ytd", "quarter", "month") and not _clean(fold(part)[: found[1].start()])


def _on_a_year_before(folded: str) -> tuple[re.Match, Quantity] | None:
    """A clause saying only a change on the year before in a unit ('比上年多470家', '比2024年增加168万辆'): the form
    said (register.ABS_YOY, its year if printed) and the change, signed; None else."""
    said = register.ABS_YOY.fullmatch(_clean_lead(folded).strip(_PUNCTUATION))
    quantities = [parse_quantity(m) for m in QUANTITY_RE.finditer(folded)] if said else []
    if len(quantities) != 1:
        return None
    value = quantities[0]
    return said, Quantity(register.change_sign(said.group("verb")) * value.value, value.unit, value.qualifier, value.bound)


def _shared_tail(names: list[str]) -> list[str]:
    """'制造业部分和服务业部分收入': an earlier name takes the tail of the last one it lacks (制造业部分收入)."""
    if len(names) < 2:
        return names
    # ('白银、天水、定西工业固定资产投资': a short name no series keeps is a place too, 白银 no city of the catalogue's)
    if by_places := named.places_sharing(names, lambda name: len(name) <= 3 and _StatementReader.resolve(name) is None):
        return by_places
    # '中小企业营业收入、利润总额': a later bare metric is of the first name's subject (中小企业利润总额)
    head = _METRIC_TAIL.sub("", names[0])
    if head != names[0]:
        names = names[:1] + [head + name if register.BARE_METRIC.fullmatch(name) else name for name in names[1:]]
    out = []
    last = _StatementReader.resolve(names[-1])
    for name in names[:-1]:
        whole = next((register.joined(name, names[-1][k:]) for k in range(1, len(names[-1]))
                      if _StatementReader.resolve(register.joined(name, names[-1][k:]))), None)
        # '集成电路、电子专用材料行业增加值': 集成电路 alone is the product; with the tail, the industry like the last
        # ('汽车、电子行业分别增长…': 汽车行业 beside 电子行业, two industries, never the output of cars)
        joined = _StatementReader.resolve(whole) if whole is not None else None
        alike = joined is not None and last is not None and (
            catalogue.family_of(joined.code) == catalogue.family_of(last.code)
            or {joined.dimension, last.dimension} <= {"industry", "industry_group"})
        own = _StatementReader.resolve(name)
        if own is not None and joined is not None and joined != own and last is not None \
                and catalogue.family_of(own.code) == catalogue.family_of(last.code):
            # '采矿业、电力、热力、燃气及水生产和供应业分别增长…': a name whole on its own, like the last (never 采矿业
            # with the utilities' tail, 水生产和供应业)
            out.append(name)
            continue
        if whole is None and own is None and 2 <= len(name) <= 4 and len(names[-1]) > len(name) + 1 \
                and names[-1][len(name) - 1] == name[-1]:
            # '卓越级、领航级工厂产品研发周期': a qualifier formed as the last name's opening takes the rest of it
            whole = name + names[-1][len(name):]
        out.append(whole if alike or not own and whole else name)
    return out + names[-1:]


def _after_figure(part: str) -> str:
    """The name printed after the last figure of a part ('500余家卓越级智能工厂' → 卓越级智能工厂)."""
    matches = list(QUANTITY_RE.finditer(fold(part)))
    return _clean(fold(part)[matches[-1].end():]) if matches else ""


@lru_cache(maxsize=1)
def _region_names() -> tuple[str, ...]:
    """Provinces and regions as statements name them (广东省, 广东, 东部地区), longest first."""
    names = {ind.name_zh for code, ind in catalogue.indicators().items()
             if ind.dimension == "region" and catalogue.family_of(code) == "industrial_va"}
    names |= {re.sub(r"(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|地区)$", "", name) for name in names}
    return tuple(sorted((name for name in names if len(name) >= 2), key=len, reverse=True))


def _page_region(article: Article) -> str:
    """The province a page is of: its title opens with it ('江苏：“压舱石”作用持续彰显…'), or a department of
    its government wrote it (来源：江苏省工业和信息化厅); '' for the ministry's own pages. What such a page
    prints is the province's unless a clause says 全国."""
    opening = re.match(r"([\u4e00-\u9fff]{2,8})[：:]", article.title)
    source = re.match(r"([\u4e00-\u9fff]{2,8}?)(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)?(?:工业和信息化|经济和信息化|"
                      r"经济信息化|工业信息化|工信)(?:厅|委员会|委|局)$", article.meta.get("source", ""))
    for said in (opening, source):
        if said and (region := _of_a_region(said.group(1))):
            return region
    # ('浙江去年新增省级智能工厂…': a title opening with one province and naming no other)
    region = _of_a_region(article.title)
    others = [name for name in _region_names() if name in article.title and not region.startswith(name)
              and not name.startswith(region)]
    return region if region and not _a_city(region) and not _ACROSS_PROVINCES.match(region) and not others else ""


# '化工板块表现好于…', '油气开采板块受油价走低影响': a sector remarked on, no figure, the owner of the bare metrics after it
_OWNER_REMARKED = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,10}?(?:板块|子行业|领域))(?:表现|受|总体|整体|运行|效益)")
# '全省规模以上工业增加值': the province in force, said as the whole of it
# What a name's rate or growth is compared with: the nation's or all industry's (其) average ('全国平均水平', '全部规模以上
# 工业平均水平'), never another name's
# ('…开票销售金额…增长8.8%，增幅高于全省平均水平4.4个百分点': the province's average, said as 全省)
_AN_AVERAGE = re.compile(r"(?:全国|全省|全市|全区|(?:全省|全市|全区)?(?:全部(?:规模以上|规上)?工业|(?:规模以上|规上)工业)|全行业|全部企业)(?:的)?(?:平均)?(?:水平)?")
_PLACES_METRIC = re.compile(r"(?:(?:\d{1,2}|[一二两三四五六七八九十]{1,3})个(?:设区市|地级市|地市|市州|市\(州\)|城市)"
                            r"|[二两三四五六七八九十]市)"        # ('…三市分别增长…，三市规上工业增加值合计…')
                            r"(?P<metric>[^,;。\d]{0,10}?(?:增加值|营业收入|利润总额|总产值))")
# '提高6个百分点': a change in points said bare, no base
_BARE_POINTS = re.compile(r"(?P<verb>提高|提升|上升|增加|下降|降低|回落|减少)了?(?P<v>\d+(?:\.\d+)?)个?百分点")
_WHOLE_PROVINCE = re.compile(r"^(?:全|该|我|本)(?:省|市|区)(?=.{2})")     # (该市: the city just said; 我省: the speaker's)
_WHOLE_CITY = re.compile(r"^(?:全|该|我|本)市(?=.{2})")
_A_PROVINCE = "某省"        # a province said only as 全省: its figures have no series of ours
_A_CITY = "某市"            # a city said only as 全市 on a province's page, none named before: not stored
_MUNICIPALITIES = ("北京", "上海", "天津", "重庆", "北京市", "上海市", "天津市", "重庆市")     # (全市: the page's own)


def _of_the_nation(segment: str) -> bool:
    """Whether a clause opens with the nation (全国, 我国), after its period if any ('2025年全国规模以上…')."""
    opening = re.sub(r"^(?:同期|同时|与此同时)[，,]?", "", segment.strip())     # ('…增长7.6%；同期全国…增长5.9%')
    if (said := find_period(opening, 2000)) and said[1].start() == 0:
        opening = opening[said[1].end():].lstrip("，, ")
    # ('从全国看，1—9月挖掘机销量…': the nation's again after a place's)
    return opening.startswith(("全国", "我国")) or re.match(r"(?:从|就|放眼)全国(?:范围)?(?:来?看|而言|来说)", opening) is not None


def _a_city(place: str) -> bool:
    """Whether a place in force is a city (苏州, 宜昌市, 某市), never a province, a municipality or a region."""
    return bool(place) and place != _A_PROVINCE and place not in _region_names()


# '长三角三省一市经济总量': a region across provinces, never one province's own
_ACROSS_PROVINCES = re.compile(r"长三角|京津冀|珠三角|粤港澳|长江经济带|成渝|黄河流域|东部|中部|西部|东北")


# '北京：电子、汽车行业带动作用突出': a section's heading naming its place, no figure in it
_PLACE_HEADING = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,8})[：:][^\d，,。；;]{2,30}")


def _of_a_region(sentence: str, bare_city: bool = False) -> str:
    """The one province or region a sentence opens with as its subject ('广东省作为制造业大省，建成5G工厂…',
    '今年以来江苏工业生产总体稳定'), or '' (none, or a list of them: 广东、江苏…分别…, each its own series);
    `bare_city`: a city said without 市 before its industry ('郑州规上工业…') counts, where a sentence opens."""
    # ('地市层面，宜昌市…': a heading said before the place)
    # ('据重庆市经济信息委统计，…': the place of the source the figures are cited from, never 据 with it)
    opening = re.sub(r"^以来|^[\u4e00-\u9fff]{2,6}(?:层面|方面)[,，]|^据", "", _clean_lead(fold(sentence).strip()))
    if (said := find_period(opening, 2000)) and said[1].start() == 0:
        opening = opening[said[1].end():].lstrip("，, ")      # '2025年江苏新增省级绿色工厂901家': the province after its year
    # ('以苏州为例，当地…': the city the sentence takes as its example)
    opening = re.sub(r"^以([\u4e00-\u9fff]{2,4})为例[，,](?:当地|该市)?", r"\1", opening)
    # ('能源化工仍是陕西工业的“压舱石”，…': the place whose industry the clause says it is)
    opening = re.sub(r"^[^，,、\d]{2,10}?(?:仍|依然|始终|一直)?(?:是|成为)(?=[\u4e00-\u9fff]{2,4}?(?:省|市)?(?:工业|经济|制造业)的)", "",
                     opening)
    name = next((name for name in _region_names() if opening.startswith(name)), None)
    if name is None and (known := catalogue.city_opening(opening)) \
            and not re.match(r"[、和与及]", opening[len(known):]):
        # '苏州集聚工业企业16万家': a city named bare, its figures its own (never its province's); '宜昌市…' as printed
        return known + "市" if opening[len(known):].startswith("市") else known
    if name is None and (city := _CITY.match(opening) or bare_city and _CITY_BEFORE_ITS_INDUSTRY.match(opening)):
        # '宜昌市规上工业增加值增长7.3%', '郑州规上工业增加值同比增长9%': a city's, never its province's (no series
        # of ours)
        return city.group()
    return name if name is not None and not re.match(r"(?:省|市)?[、和与及]", opening[len(name):]) else ""


# A city named bare before its industry's figures ('郑州规上工业增加值…'), never 全国, 全省, 我国 or a span
_CITY_BEFORE_ITS_INDUSTRY = re.compile(r"(?!全|我|今|去|同|其|当|本|该|各|上|前|从|在|按|分|据|行业|工业|高于|低于|快于|慢于|占|比|较|对|约|近|超)"
                                       r"[\u4e00-\u9fff]{2,3}"
                                       r"(?=(?:全年|全市)?(?:规上|规模以上)工业)")
# A city a clause opens with ('武汉市…', '襄阳市引进…'), never 全市, 千兆城市, 超市 or '占全市…的比重'
_CITY = re.compile(r"(?!全|城|超|各|该|本|地|县|占|比|较|对|在|向|从|为)[\u4e00-\u9fff]{2,3}(?<![城超门都股夜集街全该本各])市(?=[\u4e00-\u9fff])"
                   r"(?!场|值|民|州)")


# Lists published once a year: a batch's count is the year's, never a span's
_YEARLY_BATCHES = ("sme.little_giants_new", "green_factories_new", "green_parks_new", "green_supply_chain_new",
                   "green_products_new", "g5_factories_new", "smart_factories.excellent_new")


def _national_code(ind: Indicator) -> str:
    """The code of a series without its province ('green_factories_new.jiangsu' → green_factories_new)."""
    return ind.code.rsplit(".", 1)[0] if ind.dimension == "region" else ind.code


def _of_new_ones(ind: Indicator) -> bool:
    """Whether a series counts what was new (green_factories_new, or a province's row of it)."""
    return _national_code(ind).endswith("_new")


def _new_ones_of(ind: Indicator) -> str:
    """The code of what was new of a series ('green_factories' → green_factories_new; a province's row, of its
    province: green_factories.jiangsu → green_factories_new.jiangsu)."""
    if ind.dimension == "region":
        scope, province = ind.code.rsplit(".", 1)
        return f"{scope}_new.{province}"
    return ind.code + "_new"


def _span_end(period: Period) -> date:
    """The last day of a span's last month."""
    year, month = int(period.period[:4]), int(period.period[5:7])
    return date(year, month, calendar.monthrange(year, month)[1])


def _points(tail: str) -> list[Quantity]:
    """'为90.1、89.7、88.6和81.5', '为99.8点和100.7点': numbers listed after 为, bare or in points (an index's); [] for
    anything else."""
    listed = re.fullmatch(r"(?:分别|依次)?为(?P<nums>\d+\.\d+(?:点?[、和及]\d+\.\d+)+)点?[。；;，,]?", tail.strip())
    return [Quantity(float(n), "点", "exact", None) for n in re.findall(r"\d+\.\d+", listed["nums"])] if listed else []


def _not_a_price(found: Indicator | None) -> Indicator | None:
    """'电池级碳酸锂产量' is the product's output, never its price (a price series may be named by the product alone)."""
    return None if found is not None and catalogue.family_of(found.code) == "price" else found


def _not_a_region(found: Indicator | None) -> Indicator | None:
    """A region named alone ('广东') is no series: the metric said with it decides (广东规上工业增加值)."""
    return None if found is not None and found.dimension == "region" else found


def _clean_lead(text: str) -> str:
    return _LEAD.sub("", text.strip(_PUNCTUATION))


def _money(unit: str) -> bool:
    """An amount of money (亿元, 万亿美元), as against things counted or measured (a price, 元/吨, is neither)."""
    return unit_factor(fold(unit))[1] in ("元", "美元")


def _per_workers(text: str) -> str:
    """'从2020年的每万名工人246台提高到2022年的392台': both levels in the density's own unit (台/万人)."""
    if not _PER_WORKERS.search(text):
        return text
    return _PER_WORKERS.sub(r"\g<n>台/万人", re.sub(r"(?<=到\d{4}年的)(\d+(?:\.\d+)?)台", r"每万名工人\1台", text))


def _clean(text: str) -> str:
    """The name in a piece of text: no period, no lead words (累计建成, 目前 …), no verbs after it."""
    for pattern, _ in PERIOD_PATTERNS:
        text = pattern.sub("", text)
    text = register.without_circumstance(_QUOTES.sub("", text.strip(_PUNCTUATION)))
    text = _LEAD.sub("", text)
    text = _TAIL.sub("", text).strip(_PUNCTUATION)
    members = _LIST_MEMBERS.match(text)
    return members.group("name") if members else text


@lru_cache(maxsize=1)
def _names_with_comma() -> tuple[str, ...]:
    """Every catalogued name or alias that holds a 、 (航空、航天器及设备制造业), longest first."""
    return tuple(name for name in catalogue._names_longest_first() if "、" in name)


def _list_spans(segment: str):
    """The items of a segment split on 、, but never inside a catalogued name that holds one
    (航空、航天器及设备制造业增长16.2%)."""
    folded = fold(segment)
    kept = set()
    for name in _names_with_comma():
        at = folded.find(name)
        while at >= 0:
            kept.update(at + i for i, char in enumerate(name) if char == "、")
            at = folded.find(name, at + 1)
    # '互联网电视（IPTV、OTT）用户': nor inside brackets, nor in a list of examples ('以云计算、大数据…为主的新兴业务收入')
    for bracket in re.finditer(r"[(（][^()（）]*[)）]|" + register.EXAMPLES.pattern, segment):
        kept.update(range(bracket.start(), bracket.end()))
    start = 0
    for i, char in enumerate(segment):
        if char == "、" and i not in kept:
            yield start, i
            start = i + 1
    if start < len(segment):
        yield start, len(segment)


# '二级节点达到383个、覆盖47个行业': what a count reaches, said after '、' as after '，' (a clause of its own)
_REACH_JOINED = re.compile(r"(?<=[个家项台套户万亿])、(?=(?:并|已|还|共)?(?:覆盖|涵盖|融入|分布在|分布于|辐射|惠及)\d)")


# '东北地区指数为81.5、较上季度上升0.1点': the figure's change said after '、' as after '，'
_CHANGE_JOINED = re.compile(r"(?<=[\d%点个家户台元吨])、(?=(?:同比|环比|比|较)[^、，,；;。\d]{0,8}?(?:增长|下降|上升|提高|回落|回升|增加|减少))")


# '…分别占全国的10.7%和10.9%（全国汽车产量3453.1万辆、新能源汽车产量1652.4万辆）': the nation's figures said aside
_NATION_ASIDE = re.compile(r"[（(](?=全国|我国)[^（）()]*\d[^（）()]*[）)]")


def _nation_aside_apart(text: str, spans):
    """The spans of a sentence, a bracketed aside of the nation's own figures read as a clause of its own after the
    clause it is printed in (its figures are the whole the clause's shares are of, never the clause's)."""
    for start, end in spans:
        aside = _NATION_ASIDE.search(text, start, end)
        if aside is None:
            yield start, end
            continue
        for piece in ((start, aside.start()), (aside.start() + 1, aside.end() - 1), (aside.end(), end)):
            if text[piece[0]:piece[1]].strip():
                yield piece


def _spans(text: str, seps: str):
    start = 0
    joints = {m.start() for m in _REACH_JOINED.finditer(text)} | {m.start() for m in _CHANGE_JOINED.finditer(text)}
    for i, char in enumerate(text):
        if char in seps or i in joints:
            yield start, i
            start = i + 1
    if start < len(text):
        yield start, len(text)
