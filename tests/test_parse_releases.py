"""Every release kind against its fixture pages: every printed figure, exactly, and
nothing else; the same figures from the old NBS layout; loud errors on drifted pages.

The expected figures below were read off the fixture pages by hand (see
tests/fixtures/README.md); each line is `indicator period period_type measure value`.
"""
import re
from datetime import datetime

import pytest
from bs4 import BeautifulSoup
from conftest import MIIT, NBS, RELEASE_PAGES, url_of
from parsing import expect, figures, parse_text

from xinzhi.archive import Archive, FetchRecord
from xinzhi.model import NotHtml, ParseError
from xinzhi.pipeline import parse_archive, parse_page


def parse_fixture(path):
    return parse_page(path.read_bytes(), url_of(path))


OVERVIEW_NOV_2025 = expect("""
industrial_va 2025-11 month yoy_pct 4.8
industrial_va 2025-11 month growth_pp_change -0.1 2025-10/month
industrial_va 2025-11 month mom_pct 0.44
industrial_va 2025-11 ytd yoy_pct 6.0
industrial_va.equipment 2025-11 ytd yoy_pct 9.3
industrial_va.high_tech 2025-11 ytd yoy_pct 9.2
industrial_va.equipment 2025-11 month yoy_pct 7.7
sales_ratio 2025-11 month level 96.5
sales_ratio 2025-11 month pp_change -0.8
export_delivery_value 2025-11 month level 13610
export_delivery_value 2025-11 month yoy_pct -0.1
industrial_profit 2025-10 ytd level 59502.9
industrial_profit 2025-10 ytd yoy_pct 1.9
services_index 2025-11 month yoy_pct 4.2
retail_sales 2025-11 month level 43898
retail_sales 2025-11 month yoy_pct 1.3
retail_sales.ex_auto 2025-11 month level 39444
retail_sales.ex_auto 2025-11 month yoy_pct 2.5
retail_sales 2025-11 ytd level 456067
retail_sales 2025-11 ytd yoy_pct 4.0
retail_sales.ex_auto 2025-11 ytd level 411637
retail_sales.ex_auto 2025-11 ytd yoy_pct 4.6
fai 2025-11 ytd level 444035
fai 2025-11 ytd yoy_pct -2.6
fai.private 2025-11 ytd yoy_pct -5.3
fai 2025-11 month mom_pct -1.03
fai.primary 2025-11 ytd level 8770
fai.primary 2025-11 ytd yoy_pct 2.7
fai.secondary 2025-11 ytd level 162243
fai.secondary 2025-11 ytd yoy_pct 3.9
fai.tertiary 2025-11 ytd level 273022
fai.tertiary 2025-11 ytd yoy_pct -6.3
fai.industry 2025-11 ytd yoy_pct 4.0
fai.mining 2025-11 ytd yoy_pct 4.0
fai.manufacturing 2025-11 ytd yoy_pct 1.9
fai.utilities 2025-11 ytd yoy_pct 10.7
fai.infrastructure 2025-11 ytd yoy_pct -1.1
goods_trade 2025-11 month yoy_pct 4.1
goods_trade.exports 2025-11 month yoy_pct 5.7
unemployment 2025-11 month level 5.1
unemployment 2025-11 month pp_change_mom 0
unemployment.local 2025-11 month level 5.3
unemployment.migrant 2025-11 month level 4.7
unemployment.migrant_rural 2025-11 month level 4.4
unemployment.cities31 2025-11 month level 5.1
unemployment.cities31 2025-11 month pp_change_mom 0
weekly_hours 2025-11 month level 48.6
cpi 2025-11 month yoy_pct 0.7
cpi.core 2025-11 month yoy_pct 1.2
cpi.core 2025-11 month growth_pp_change 0.0 2025-10/month
fai.real_estate 2025-11 ytd level 78591
fai.real_estate 2025-11 ytd yoy_pct -15.9
real_estate.sales_area 2025-11 ytd level 78702
real_estate.sales_area 2025-11 ytd yoy_pct -7.8
unemployment 2025-11 ytd level 5.2
""")

OVERVIEW_JAN_FEB_2026 = expect("""
industrial_va 2026-02 ytd yoy_pct 6.3
industrial_va.mining 2026-02 ytd yoy_pct 6.1
industrial_va.manufacturing 2026-02 ytd yoy_pct 6.6
industrial_va.utilities 2026-02 ytd yoy_pct 4.7
industrial_va 2026-02 month mom_pct 0.83
industrial_va.C31 2026-02 ytd yoy_pct 2.2
industrial_va.C32 2026-02 ytd yoy_pct 3.9
industrial_va.C26 2026-02 ytd yoy_pct 7.6
industrial_va.C36 2026-02 ytd yoy_pct 3.4
industrial_va.C39 2026-02 ytd yoy_pct 14.2
output.nev 2026-02 ytd level 160.4
output.nev 2026-02 ytd yoy_pct -13.7
""")

OVERVIEW_2025 = expect("""
gdp 2025 year yoy_pct 5.0
gdp 2025-12 quarter yoy_pct 4.5
industrial_va 2025 year yoy_pct 5.9
industrial_va 2025-12 month yoy_pct 5.2
industrial_va.equipment 2025 year yoy_pct 9.2
industrial_va.high_tech 2025 year yoy_pct 9.4
industrial_va.digital_products 2025 year yoy_pct 9.3
industrial_va.equipment 2025 year share_pct 36.8
industrial_va.high_tech 2025 year share_pct 17.1
industrial_va.C36 2025 year yoy_pct 11.5
industrial_va.C37 2025 year yoy_pct 14.0
industrial_va.C38 2025 year yoy_pct 9.2
industrial_va.C39 2025 year yoy_pct 10.6
output.nev 2025 year level 1652.4
output.nev 2025 year yoy_pct 25.1
output.industrial_robots 2025 year yoy_pct 28.0
""")

PMI_NOV_2025 = expect("""
pmi 2025-11 month index 49.2
pmi 2025-11 month pp_change_mom 0.2
pmi.large 2025-11 month index 49.3
pmi.large 2025-11 month pp_change_mom -0.6
pmi.medium 2025-11 month index 48.9
pmi.medium 2025-11 month pp_change_mom 0.2
pmi.small 2025-11 month index 49.1
pmi.small 2025-11 month pp_change_mom 2.0
pmi.production 2025-11 month index 50.0
pmi.production 2025-11 month pp_change_mom 0.3
pmi.new_orders 2025-11 month index 49.2
pmi.new_orders 2025-11 month pp_change_mom 0.4
pmi.raw_materials_inventory 2025-11 month index 47.3
pmi.raw_materials_inventory 2025-11 month pp_change_mom 0
pmi.employment 2025-11 month index 48.4
pmi.employment 2025-11 month pp_change_mom 0.1
pmi.supplier_delivery 2025-11 month index 50.1
pmi.supplier_delivery 2025-11 month pp_change_mom 0.1
pmi_nonmfg 2025-11 month index 49.5
pmi_nonmfg 2025-11 month pp_change_mom -0.6
pmi_nonmfg.construction 2025-11 month index 49.6
pmi_nonmfg.construction 2025-11 month pp_change_mom 0.5
pmi_nonmfg.services 2025-11 month index 49.5
pmi_nonmfg.services 2025-11 month pp_change_mom -0.7
pmi_composite 2025-11 month index 49.7
pmi_composite 2025-11 month pp_change_mom -0.3
pmi 2025-10 month index 49.0
pmi.production 2025-10 month index 49.7
pmi.new_orders 2025-10 month index 48.8
pmi.raw_materials_inventory 2025-10 month index 47.3
pmi.employment 2025-10 month index 48.3
pmi.supplier_delivery 2025-10 month index 50.0
pmi_nonmfg 2025-10 month index 50.1
""")

PMI_DEC_2021_OLD_SITE = expect("""
pmi 2021-12 month index 50.3
pmi 2021-12 month pp_change_mom 0.2
pmi 2021-11 month index 50.1
pmi_nonmfg 2021-12 month index 52.7
pmi_nonmfg 2021-12 month pp_change_mom 0.4
""")

PROFITS_JAN_OCT_2025 = expect("""
industrial_profit 2025-10 ytd level 59502.9
industrial_profit 2025-10 ytd yoy_pct 1.9
industrial_profit.state_holding 2025-10 ytd level 18490.2
industrial_profit.state_holding 2025-10 ytd yoy_pct 0
industrial_profit.shareholding 2025-10 ytd level 44328.3
industrial_profit.shareholding 2025-10 ytd yoy_pct 1.5
industrial_profit.foreign_hmt 2025-10 ytd level 14848.6
industrial_profit.foreign_hmt 2025-10 ytd yoy_pct 3.5
industrial_profit.private 2025-10 ytd level 16995.6
industrial_profit.private 2025-10 ytd yoy_pct 1.9
industrial_profit.mining 2025-10 ytd level 7123.3
industrial_profit.mining 2025-10 ytd yoy_pct -27.8
industrial_profit.manufacturing 2025-10 ytd level 45050.3
industrial_profit.manufacturing 2025-10 ytd yoy_pct 7.7
industrial_profit.utilities 2025-10 ytd level 7329.3
industrial_profit.utilities 2025-10 ytd yoy_pct 9.5
industrial_profit.C32 2025-10 ytd yoy_pct 14.0
industrial_profit.D44 2025-10 ytd yoy_pct 13.1
industrial_profit.C39 2025-10 ytd yoy_pct 12.8
industrial_profit.C13 2025-10 ytd yoy_pct 8.5
industrial_profit.C38 2025-10 ytd yoy_pct 7.0
industrial_profit.C34 2025-10 ytd yoy_pct 6.2
industrial_profit.C35 2025-10 ytd yoy_pct 5.0
industrial_profit.C36 2025-10 ytd yoy_pct 4.4
industrial_profit.C30 2025-10 ytd yoy_pct 1.0
industrial_profit.C26 2025-10 ytd yoy_pct -5.4
industrial_profit.C17 2025-10 ytd yoy_pct -6.1
industrial_profit.B07 2025-10 ytd yoy_pct -12.5
industrial_profit.B06 2025-10 ytd yoy_pct -49.2
industrial_revenue 2025-10 ytd level 113.37
industrial_revenue 2025-10 ytd yoy_pct 1.8
industrial_cost 2025-10 ytd level 97.00
industrial_cost 2025-10 ytd yoy_pct 2.0
industrial_margin 2025-10 ytd level 5.25
industrial_margin 2025-10 ytd pp_change 0.01
industrial_profit 2025-10 month yoy_pct -5.5
""")

COMMUNIQUE_2025 = expect("""
gdp 2025 year yoy_pct 5.0
industrial_va 2025 year yoy_pct 5.9
industrial_va.equipment 2025 year yoy_pct 9.2
industrial_va.equipment 2025 year share_pct 36.8
industrial_va.high_tech 2025 year yoy_pct 9.4
industrial_va.high_tech 2025 year share_pct 17.1
output.nev 2025 year level 1652.4
output.nev 2025 year yoy_pct 25.1
output.industrial_robots 2025 year yoy_pct 28.0
telecom.bs_5g 2025-12 month level 483.8
telecom.mobile_users 2025-12 month level 18.27
telecom.mobile_users_5g 2025-12 month level 12.04
telecom.broadband_users 2025-12 month level 6.91
telecom.broadband_gigabit 2025-12 month level 2.38
rd_spending 2025 year level 39262
rd_spending.intensity 2025 year level 2.8
""")

TELECOM_Q3_2025 = expect("""
telecom.revenue 2025-09 ytd level 13270
telecom.revenue 2025-09 ytd yoy_pct 0.9
telecom.volume 2025-09 ytd yoy_pct 9
telecom.mobile_users 2025-09 month level 18.28
telecom.mobile_users 2025-09 month abs_change 3795
telecom.mobile_users_5g 2025-09 month level 11.67
telecom.mobile_users_5g 2025-09 month abs_change 1.53
telecom.mobile_users_5g 2025-09 month share_pct 63.9
telecom.broadband_users 2025-09 month level 6.95
telecom.broadband_users 2025-09 month abs_change 2486
telecom.broadband_100m 2025-09 month level 6.61
telecom.broadband_100m 2025-09 month share_pct 95.2
telecom.broadband_gigabit 2025-09 month level 2.35
telecom.broadband_gigabit 2025-09 month abs_change 2839
telecom.broadband_gigabit 2025-09 month share_pct 33.9
telecom.broadband_gigabit 2025-09 month share_pp_change_ytd 3.0
telecom.bs_5g 2025-09 month level 470.5
telecom.bs_5g 2025-09 month abs_change 45.5
telecom.bs_5g 2025-09 month share_pct 36.6
telecom.bs_5g 2025-09 month share_pp_change_prev 0.9 2025-06/ytd
telecom.fiber_length 2025-09 month level 7444
""")

TELECOM_JAN_NOV_2025 = expect("""
telecom.revenue 2025-11 ytd level 16096
telecom.revenue 2025-11 ytd yoy_pct 0.9
telecom.volume 2025-11 ytd yoy_pct 9.1
telecom.mobile_users 2025-11 month level 18.28
telecom.mobile_users 2025-11 month abs_change 3854
telecom.mobile_users_5g 2025-11 month level 11.93
telecom.mobile_users_5g 2025-11 month abs_change 1.79
telecom.mobile_users_5g 2025-11 month share_pct 65.3
telecom.pon_10g_ports 2025-11 month level 3134
telecom.pon_10g_ports 2025-11 month abs_change 313.3
telecom.bs_5g 2025-11 month level 483
telecom.bs_5g 2025-11 month abs_change 57.9
telecom.bs_5g 2025-11 month share_pct 37.4
telecom.bs_5g 2025-11 month share_pp_change_prev 0.4 2025-10/ytd
""")

ELECTRONICS_JAN_FEB_2025 = expect("""
electronics_va 2025-02 ytd yoy_pct 10.6
electronics_va 2025-02 ytd pp_gap 4.7 industrial_va
electronics_va 2025-02 ytd pp_gap 1.5 industrial_va.high_tech
customs_export.notebooks 2025-02 ytd level 2223
customs_export.notebooks 2025-02 ytd yoy_pct 16.5
output.microcomputers 2025-02 ytd level 4700
output.microcomputers 2025-02 ytd yoy_pct 7.2
output.mobile_phones 2025-02 ytd level 2.17
output.mobile_phones 2025-02 ytd yoy_pct -6.1
output.smartphones 2025-02 ytd level 1.62
output.smartphones 2025-02 ytd yoy_pct -6.8
output.integrated_circuits 2025-02 ytd level 767
output.integrated_circuits 2025-02 ytd yoy_pct 4.4
electronics_export_delivery 2025-02 ytd yoy_pct 5.9
electronics_revenue 2025-02 ytd level 2.32
electronics_revenue 2025-02 ytd yoy_pct 9.2
electronics_cost 2025-02 ytd level 2.06
electronics_cost 2025-02 ytd yoy_pct 9.6
electronics_profit 2025-02 ytd level 387
electronics_profit 2025-02 ytd yoy_pct -9.4
electronics_margin 2025-02 ytd level 1.67
electronics_fai 2025-02 ytd yoy_pct 9.6
electronics_fai 2025-02 ytd growth_pp_change -2.4 2024/year
electronics_revenue.east 2025-02 ytd level 16433
electronics_revenue.east 2025-02 ytd yoy_pct 11.1
electronics_revenue.central 2025-02 ytd level 3835
electronics_revenue.central 2025-02 ytd yoy_pct 9
electronics_revenue.west 2025-02 ytd level 2833
electronics_revenue.west 2025-02 ytd yoy_pct -0.1
electronics_revenue.northeast 2025-02 ytd level 130
electronics_revenue.northeast 2025-02 ytd yoy_pct 6.6
""")

SOFTWARE_JAN_NOV_2023 = expect("""
software_revenue 2023-11 ytd level 110447
software_revenue 2023-11 ytd yoy_pct 13.9
software_profit 2023-11 ytd level 13033
software_profit 2023-11 ytd yoy_pct 12.9
software_export 2023-11 ytd level 449.5
software_export 2023-11 ytd yoy_pct -3.8
software_revenue.products 2023-11 ytd level 25862
software_revenue.products 2023-11 ytd yoy_pct 11.3
software_revenue.products 2023-11 ytd share_pct 23.4
software_revenue.industrial_software 2023-11 ytd level 2509
software_revenue.industrial_software 2023-11 ytd yoy_pct 12.2
software_revenue.it_services 2023-11 ytd level 73243
software_revenue.it_services 2023-11 ytd yoy_pct 15.1
software_revenue.it_services 2023-11 ytd share_pct 66.3
software_revenue.cloud_bigdata 2023-11 ytd level 11232
software_revenue.cloud_bigdata 2023-11 ytd yoy_pct 15
software_revenue.cloud_bigdata 2023-11 ytd share_pct 15.3
software_revenue.ic_design 2023-11 ytd level 2787
software_revenue.ic_design 2023-11 ytd yoy_pct 7.2
software_revenue.ecommerce_platform 2023-11 ytd level 10220
software_revenue.ecommerce_platform 2023-11 ytd yoy_pct 8.7
software_revenue.security 2023-11 ytd level 1910
software_revenue.security 2023-11 ytd yoy_pct 11.5
software_revenue.embedded 2023-11 ytd level 9432
software_revenue.embedded 2023-11 ytd yoy_pct 12.6
software_revenue.east 2023-11 ytd level 91095
software_revenue.east 2023-11 ytd yoy_pct 14.5
""")

STEEL_H1_2020 = expect("""
output.pig_iron 2020-06 ytd level 4.33
output.pig_iron 2020-06 ytd yoy_pct 2.2
output.crude_steel 2020-06 ytd level 4.99
output.crude_steel 2020-06 ytd yoy_pct 1.4
output.steel_products 2020-06 ytd level 6.06
output.steel_products 2020-06 ytd yoy_pct 2.7
""")

EQUIPMENT_JAN_AUG_2022 = expect("""
industrial_va.C34 2022-08 ytd yoy_pct -1.9
industrial_va.C35 2022-08 ytd yoy_pct 4.3
industrial_va.C36 2022-08 ytd yoy_pct 4.5
industrial_va.C38 2022-08 ytd yoy_pct 10.7
output.metal_cutting_machine_tools 2022-08 ytd level 38
output.metal_cutting_machine_tools 2022-08 ytd yoy_pct -10.5
output.industrial_robots 2022-08 ytd level 277536
output.industrial_robots 2022-08 ytd yoy_pct -10.5
output.vehicles 2022-08 ytd level 1735.8
output.vehicles 2022-08 ytd yoy_pct 6.1
output.nev 2022-08 ytd level 407.4
output.nev 2022-08 ytd yoy_pct 110.1
output.generating_sets 2022-08 ytd level 9602
output.generating_sets 2022-08 ytd yoy_pct 2.8
""")

TELECOM_BULLETIN_2025 = expect("""
telecom.revenue 2025 year level 1.75
telecom.revenue 2025 year yoy_pct 0.7
telecom.volume 2025 year yoy_pct 9.1
telecom.emerging_revenue 2025 year share_pct 25.7
telecom.mobile_users 2025-12 month level 18.27
telecom.mobile_users_5g 2025-12 month level 12.04
telecom.mobile_users_5g 2025-12 month share_pct 65.9
telecom.broadband_users 2025-12 month level 6.91
telecom.broadband_gigabit 2025-12 month level 2.38
telecom.broadband_gigabit 2025-12 month share_pct 34.5
telecom.iot_users 2025-12 month level 28.88
telecom.bs_5g 2025-12 month level 483.8
telecom.bs_5g 2025-12 month share_pct 37.6
telecom.bs_5g_per_10k 2025-12 month level 34.4
telecom.rd_spending 2025 year share_pct 4.6
""")

# MIIT's industry reports in the ministry's own register (issue 21): every column, an annual and a
# monthly report each, written for these tests from the real published figures.
SOFTWARE_2024 = expect("""
software_revenue 2024 year level 137276
software_revenue 2024 year yoy_pct 10
software_profit 2024 year level 16953
software_profit 2024 year yoy_pct 8.7
software_export 2024 year level 569.5
software_export 2024 year yoy_pct 3.5
software_revenue.products 2024 year level 30417
software_revenue.products 2024 year yoy_pct 6.6
software_revenue.products 2024 year share_pct 22.2
software_revenue.industrial_software 2024 year level 2940
software_revenue.industrial_software 2024 year yoy_pct 7.4
software_revenue.basic_software 2024 year level 1919
software_revenue.basic_software 2024 year yoy_pct 6.9
software_revenue.it_services 2024 year level 92190
software_revenue.it_services 2024 year yoy_pct 11
software_revenue.it_services 2024 year share_pct 67.2
software_revenue.cloud_bigdata 2024 year level 14088
software_revenue.cloud_bigdata 2024 year yoy_pct 9.9
software_revenue.cloud_bigdata 2024 year share_pct 15.3
software_revenue.ic_design 2024 year level 3644
software_revenue.ic_design 2024 year yoy_pct 16.4
software_revenue.ecommerce_platform 2024 year level 13764
software_revenue.ecommerce_platform 2024 year yoy_pct 11.4
software_revenue.security 2024 year level 2290
software_revenue.security 2024 year yoy_pct 5.1
software_revenue.embedded 2024 year level 12379
software_revenue.embedded 2024 year yoy_pct 11.8
software_revenue.east 2024 year level 113022
software_revenue.east 2024 year yoy_pct 10.1
software_revenue.east 2024 year growth_pp_change -0.7 2024-11/ytd
software_revenue.central 2024 year level 7341
software_revenue.central 2024 year yoy_pct 11.5
software_revenue.central 2024 year growth_pp_change -1 2024-11/ytd
software_revenue.west 2024 year level 13776
software_revenue.west 2024 year yoy_pct 8.5
software_revenue.west 2024 year growth_pp_change -0.6 2024-11/ytd
software_revenue.northeast 2024 year level 3137
software_revenue.northeast 2024 year yoy_pct 8.9
software_revenue.northeast 2024 year growth_pp_change 0 2024-11/ytd
software_revenue.east 2024 year share_pct 82.3
software_revenue.central 2024 year share_pct 5.3
software_revenue.west 2024 year share_pct 10
software_revenue.northeast 2024 year share_pct 2.3
software_revenue.beijing 2024 year yoy_pct 10.5
software_revenue.guangdong 2024 year yoy_pct 12
software_revenue.jiangsu 2024 year yoy_pct 8.7
software_revenue.shandong 2024 year yoy_pct 10.6
software_revenue.shanghai 2024 year yoy_pct 11.9
software_revenue.top5_provinces 2024 year level 96211
software_revenue.top5_provinces 2024 year share_pct 70.1
software_revenue.top5_provinces 2024 year share_pp_change_prev -0.8 2024-11/ytd
""")

SOFTWARE_TABLE_2024 = expect("""
software_revenue 2024 year level 137276
software_revenue 2024 year yoy_pct 10
software_revenue.products 2024 year level 30417
software_revenue.products 2024 year yoy_pct 6.6
software_revenue.it_services 2024 year level 92190
software_revenue.it_services 2024 year yoy_pct 11
software_revenue.security 2024 year level 2290
software_revenue.security 2024 year yoy_pct 5.1
software_revenue.embedded 2024 year level 12379
software_revenue.embedded 2024 year yoy_pct 11.8
software_export 2024 year level 569.5
software_export 2024 year yoy_pct 3.5
software_profit 2024 year level 16953
software_profit 2024 year yoy_pct 8.7
""")

SOFTWARE_JAN_JUL_2024 = expect("""
software_revenue 2024-07 ytd level 73429
software_revenue 2024-07 ytd yoy_pct 11.2
software_profit 2024-07 ytd level 8754
software_profit 2024-07 ytd yoy_pct 12
software_export 2024-07 ytd level 307.7
software_export 2024-07 ytd yoy_pct 2
software_revenue.products 2024-07 ytd level 16524
software_revenue.products 2024-07 ytd yoy_pct 8.9
software_revenue.products 2024-07 ytd share_pct 22.5
software_revenue.industrial_software 2024-07 ytd level 1564
software_revenue.industrial_software 2024-07 ytd yoy_pct 10.5
software_revenue.basic_software 2024-07 ytd level 1029
software_revenue.basic_software 2024-07 ytd yoy_pct 11.1
software_revenue.it_services 2024-07 ytd level 49501
software_revenue.it_services 2024-07 ytd yoy_pct 12.2
software_revenue.it_services 2024-07 ytd share_pct 67.4
software_revenue.cloud_bigdata 2024-07 ytd level 7606
software_revenue.cloud_bigdata 2024-07 ytd yoy_pct 11.1
software_revenue.cloud_bigdata 2024-07 ytd share_pct 15.4
software_revenue.ic_design 2024-07 ytd level 2054
software_revenue.ic_design 2024-07 ytd yoy_pct 14.8
software_revenue.ecommerce_platform 2024-07 ytd level 6287
software_revenue.ecommerce_platform 2024-07 ytd yoy_pct 6.5
software_revenue.security 2024-07 ytd level 1088
software_revenue.security 2024-07 ytd yoy_pct 7.5
software_revenue.embedded 2024-07 ytd level 6317
software_revenue.embedded 2024-07 ytd yoy_pct 10
software_revenue.east 2024-07 ytd level 61261
software_revenue.east 2024-07 ytd yoy_pct 11.4
software_revenue.east 2024-07 ytd growth_pp_change -0.5 2024-06/ytd
""")

STEEL_2024 = expect("""
output.pig_iron 2024 year level 85174
output.crude_steel 2024 year level 100509
output.steel_products 2024 year level 139967
output.pig_iron 2024 year yoy_pct -2.3
output.crude_steel 2024 year yoy_pct -1.7
output.steel_products 2024 year yoy_pct 1.1
steel.apparent_consumption 2024 year level 8.92
steel.apparent_consumption 2024 year yoy_pct -5.4
customs_export.steel_products 2024 year level 1.11
customs_export.steel_products 2024 year yoy_pct 22.7
customs_export.steel_products_price 2024 year level 755
customs_export.steel_products_price 2024 year yoy_pct -19.3
customs_import.steel_products 2024 year level 682
customs_import.steel_products 2024 year yoy_pct -10.9
customs_import.steel_products_price 2024 year level 1689
customs_import.steel_products_price 2024 year yoy_pct 1.8
steel.net_exports 2024 year level 1.13
steel.net_exports 2024 year yoy_pct 31.5
steel.cspi 2024 year level 102.47
steel.cspi 2024 year yoy_pct -8.39
steel.cspi_long 2024 year level 105.22
steel.cspi_long 2024 year yoy_pct -8.83
steel.cspi_flat 2024 year level 100.58
steel.cspi_flat 2024 year yoy_pct -10.09
customs_import.iron_ore 2024 year level 12.37
customs_import.iron_ore 2024 year yoy_pct 4.9
customs_import.iron_ore_price 2024 year level 106.93
customs_import.iron_ore_price 2024 year yoy_pct -7.08
""")

STEEL_JAN_JUL_2020 = expect("""
output.pig_iron 2020-07 month level 7818
output.crude_steel 2020-07 month level 9336
output.steel_products 2020-07 month level 11689
output.pig_iron 2020-07 month yoy_pct 8.8
output.crude_steel 2020-07 month yoy_pct 9.1
output.steel_products 2020-07 month yoy_pct 9.9
output.pig_iron 2020-07 ytd level 51086
output.crude_steel 2020-07 ytd level 59317
output.steel_products 2020-07 ytd level 72395
output.pig_iron 2020-07 ytd yoy_pct 3.2
output.crude_steel 2020-07 ytd yoy_pct 2.8
output.steel_products 2020-07 ytd yoy_pct 3.7
steel.cspi 2020-07 month level 104.04
steel.cspi 2020-07 month mom_abs_change 0.91
steel.cspi 2020-07 ytd level 101.46
steel.cspi 2020-07 ytd yoy_abs_change -8.02
steel.cspi 2020-07 ytd yoy_pct -7.3
customs_import.steel_products 2020-07 month level 260.6
customs_import.steel_products 2020-07 month yoy_pct 209.5
customs_import.steel_products 2020-07 month mom_pct 38.8
customs_export.steel_products 2020-07 month level 417.6
customs_export.steel_products 2020-07 month yoy_pct -25
customs_export.steel_products 2020-07 month mom_pct 12.8
customs_import.steel_products 2020-07 ytd level 994.8
customs_import.steel_products 2020-07 ytd yoy_pct 49.3
customs_export.steel_products 2020-07 ytd level 3288
customs_export.steel_products 2020-07 ytd yoy_pct -17.6
miit_revenue.steel_key 2020-07 month level 4093
miit_revenue.steel_key 2020-07 month yoy_pct 14.8
miit_profit.steel_key 2020-07 month level 219.3
miit_profit.steel_key 2020-07 month yoy_pct 33.4
miit_revenue.steel_key 2020-07 ytd level 24687
miit_revenue.steel_key 2020-07 ytd yoy_pct 3.3
miit_profit.steel_key 2020-07 ytd level 868.7
miit_profit.steel_key 2020-07 ytd yoy_pct -28.6
customs_import.iron_ore 2020-07 month level 11264.7
customs_import.iron_ore 2020-07 month yoy_pct 23.8
customs_import.iron_ore 2020-07 ytd level 65955.5
customs_import.iron_ore 2020-07 ytd yoy_pct 11.8
steel.apparent_consumption 2020-07 month level 9273
steel.apparent_consumption 2020-07 month yoy_pct 15.1
steel.apparent_consumption 2020-07 ytd level 57608
steel.apparent_consumption 2020-07 ytd yoy_pct 6
""")

NONFERROUS_JAN_JUL_2023 = expect("""
miit_va.nonferrous 2023-07 ytd yoy_pct 5.9
miit_va.nonferrous 2023-07 ytd pp_gap 2.1 industrial_va
output.ten_nonferrous 2023-07 ytd level 4232
output.ten_nonferrous 2023-07 ytd yoy_pct 7
output.copper 2023-07 ytd level 732
output.copper 2023-07 ytd yoy_pct 12.6
output.aluminium 2023-07 ytd level 2362
output.aluminium 2023-07 ytd yoy_pct 2.8
price.copper 2023-07 ytd level 68212
price.aluminium 2023-07 ytd level 18462
price.zinc 2023-07 ytd level 21855
price.copper 2023-07 ytd yoy_pct -2.4
price.aluminium 2023-07 ytd yoy_pct -11.7
price.zinc 2023-07 ytd yoy_pct -14.6
price.nickel 2023-07 ytd level 19
price.lithium_carbonate 2023-07 ytd level 32.2
price.nickel 2023-07 ytd yoy_pct -8
price.lithium_carbonate 2023-07 ytd yoy_pct -29.4
customs_import.copper_concentrate 2023-07 ytd level 1541
customs_import.bauxite 2023-07 ytd level 8498
customs_import.copper_concentrate 2023-07 ytd yoy_pct 7.9
customs_import.bauxite 2023-07 ytd yoy_pct 12.2
customs_import.copper 2023-07 ytd level 303.9
customs_import.copper 2023-07 ytd yoy_pct -10.7
customs_import.alumina 2023-07 ytd level 88.9
customs_import.alumina 2023-07 ytd yoy_pct -12.3
customs_export.copper_products 2023-07 ytd level 39.6
customs_export.copper_products 2023-07 ytd yoy_pct 0
customs_export.aluminium_products 2023-07 ytd level 306
customs_export.aluminium_products 2023-07 ytd yoy_pct -20.1
""")

AUTO_2025 = expect("""
vehicles.production 2025 year level 3453.1
vehicles.sales 2025 year level 3440
vehicles.production 2025 year yoy_pct 10.4
vehicles.sales 2025 year yoy_pct 9.4
vehicles.passenger_production 2025 year level 3027
vehicles.passenger_sales 2025 year level 3010.3
vehicles.passenger_production 2025 year yoy_pct 10.2
vehicles.passenger_sales 2025 year yoy_pct 9.2
vehicles.nev_production 2025 year level 1662.6
vehicles.nev_sales 2025 year level 1649
vehicles.nev_production 2025 year yoy_pct 29
vehicles.nev_sales 2025 year yoy_pct 28.2
vehicles.nev_sales 2025 year share_pct 47.9
vehicles.chinese_brand_sales 2025 year level 2093.6
vehicles.chinese_brand_share 2025 year level 69.5
vehicles.chinese_brand_share 2025 year pp_change 4.3
vehicles.nev_exports 2025 year level 261.5
vehicles.nev_exports 2025 year yoy_pct 100
""")

AUTO_OCT_2025 = expect("""
vehicles.production 2025-10 month level 335.9
vehicles.sales 2025-10 month level 332.2
vehicles.production 2025-10 month mom_pct 2.5
vehicles.sales 2025-10 month mom_pct 3
vehicles.production 2025-10 month yoy_pct 12.1
vehicles.sales 2025-10 month yoy_pct 8.8
vehicles.production 2025-10 ytd level 2769.2
vehicles.sales 2025-10 ytd level 2768.7
vehicles.production 2025-10 ytd yoy_pct 13.2
vehicles.sales 2025-10 ytd yoy_pct 12.4
vehicles.nev_production 2025-10 month level 177.2
vehicles.nev_sales 2025-10 month level 171.5
vehicles.nev_production 2025-10 month yoy_pct 21.1
vehicles.nev_sales 2025-10 month yoy_pct 20
vehicles.nev_sales 2025-10 month share_pct 51.6
vehicles.nev_production 2025-10 ytd level 1301.5
vehicles.nev_sales 2025-10 ytd level 1294.3
vehicles.nev_production 2025-10 ytd yoy_pct 33.1
vehicles.nev_sales 2025-10 ytd yoy_pct 32.7
vehicles.nev_sales 2025-10 ytd share_pct 46.7
vehicles.exports 2025-10 ytd level 561.6
vehicles.exports 2025-10 ytd yoy_pct 15.7
vehicles.nev_exports 2025-10 ytd level 201.4
vehicles.nev_exports 2025-10 ytd yoy_pct 90.4
vehicles.nev_passenger_exports 2025-10 ytd level 194.4
vehicles.nev_passenger_exports 2025-10 ytd yoy_pct 89.3
vehicles.nev_commercial_exports 2025-10 ytd level 7
vehicles.nev_commercial_exports 2025-10 ytd yoy_pct 130
vehicles.top10_sales 2025-10 ytd share_pct 84.1
""")

SHIPBUILDING_2025 = expect("""
shipbuilding.completions 2025 year level 5369
shipbuilding.completions 2025 year yoy_pct 11.4
shipbuilding.new_orders 2025 year level 10782
shipbuilding.new_orders 2025 year yoy_pct -4.6
shipbuilding.order_book 2025-12 month level 27442
shipbuilding.order_book 2025-12 month yoy_pct 31.5
shipbuilding.completions 2025 year share_pct 56.1
shipbuilding.new_orders 2025 year share_pct 69
shipbuilding.order_book 2025-12 month share_pct 66.8
shipbuilding.export_completions 2025 year share_pct 89.3
shipbuilding.export_new_orders 2025 year share_pct 88.2
shipbuilding.export_order_book 2025-12 month share_pct 92.4
shipbuilding.export_value 2025 year level 550.8
""")

TEXTILES_2024 = expect("""
industrial_va.C17 2024 year yoy_pct 5.1
industrial_va.C18 2024 year yoy_pct 0.8
industrial_va.C28 2024 year yoy_pct 9
output.yarn 2024 year level 2277.9
output.cloth 2024 year level 306.3
output.chemical_fibers 2024 year level 7910.8
output.yarn 2024 year yoy_pct 1.3
output.cloth 2024 year yoy_pct 2.2
output.chemical_fibers 2024 year yoy_pct 9.7
capacity_utilization.textiles 2024 year level 78.5
capacity_utilization.textiles 2024 year pp_change 2.1
capacity_utilization.chemical_fibers 2024 year level 85.4
capacity_utilization.chemical_fibers 2024 year pp_change 1.1
""")

LIGHT_INDUSTRY_2024 = expect("""
miit_va.light 2024 year yoy_pct 5.1
industrial_va.C14 2024 year yoy_pct 5.8
industrial_va.C22 2024 year yoy_pct 8.2
light_products_growing 2024 year count 55
light_products_growing_share 2024 year level 60.4
miit_revenue.light 2024 year yoy_pct 2
miit_profit.light 2024 year yoy_pct 8.3
miit_margin.light 2024 year level 6.5
miit_margin.light 2024 year pp_change 0.4
customs_export.light_industry 2024 year level 9253.6
customs_export.light_industry 2024 year yoy_pct 3.6
customs_export.light_industry 2024 year share_pct 25.9
""")

TEXTILES_JAN_MAY_2022 = expect("""
miit_va.textiles 2022-05 ytd yoy_pct 1.5
miit_revenue.textiles 2022-05 ytd level 20568
miit_revenue.textiles 2022-05 ytd yoy_pct 7.1
miit_profit.textiles 2022-05 ytd level 734
miit_profit.textiles 2022-05 ytd yoy_pct -19.5
miit_loss_ratio.textiles 2022-05 ytd level 26.5
miit_loss_ratio.textiles 2022-05 ytd pp_change 1.6
customs_export.textiles_apparel 2022-05 ytd level 1251
customs_export.textiles_apparel 2022-05 ytd yoy_pct 11.2
customs_export.textiles 2022-05 ytd level 629
customs_export.textiles 2022-05 ytd yoy_pct 12.1
customs_export.apparel 2022-05 ytd level 622
customs_export.apparel 2022-05 ytd yoy_pct 10.2
""")

ELECTRONICS_2024 = expect("""
electronics_va 2024 year yoy_pct 11.8
electronics_va 2024 year pp_gap 6 industrial_va
electronics_va 2024 year pp_gap 2.9 industrial_va.high_tech
electronics_va 2024-12 month yoy_pct 8.7
output.mobile_phones 2024 year level 16.7
output.mobile_phones 2024 year yoy_pct 7.8
output.smartphones 2024 year level 12.5
output.smartphones 2024 year yoy_pct 8.2
electronics_export_delivery 2024 year yoy_pct 2.2
electronics_revenue 2024 year level 16.19
electronics_revenue 2024 year yoy_pct 7.3
electronics_profit 2024 year level 6408
electronics_profit 2024 year yoy_pct 3.4
electronics_fai 2024 year yoy_pct 12
""")

TELECOM_TABLE_NOV_2025 = expect("""
telecom.revenue 2025-11 ytd level 16096
telecom.revenue 2025-11 ytd yoy_pct 0.9
telecom.mobile_users 2025-11 month level 18.28
telecom.mobile_users_5g 2025-11 month level 11.93
telecom.bs_5g 2025-11 month level 483
telecom.pon_10g_ports 2025-11 month level 3134
""")


PAGES = [
    (NBS / "sj/zxfb/202512/t20251215_1962075.html", "monthly_overview", ("2025-11", "month"), OVERVIEW_NOV_2025),
    (NBS / "sj/zxfb/202603/t20260316_1962780.html", "monthly_overview", ("2026-02", "ytd"), OVERVIEW_JAN_FEB_2026),
    (NBS / "sj/zxfb/202601/t20260119_1962320.html", "monthly_overview", ("2025", "year"), OVERVIEW_2025),
    (NBS / "sj/zxfb/202511/t20251130_1961850.html", "pmi", ("2025-11", "month"), PMI_NOV_2025),
    (NBS / "tjsj/zxfb/202112/t20211231_1826166.html", "pmi", ("2021-12", "month"), PMI_DEC_2021_OLD_SITE),
    (NBS / "sj/zxfb/202511/t20251127_1961832.html", "industrial_profits", ("2025-10", "ytd"), PROFITS_JAN_OCT_2025),
    (NBS / "sj/zxfb/202602/t20260228_1962650.html", "annual_communique", ("2025", "year"), COMMUNIQUE_2025),
    (MIIT / "gxsj/tjfx/txy/art/2025/art_5c1f2a7e9b3d4e8fa0c6d2b4e7f91a36.html", "telecom", ("2025-09", "ytd"),
     TELECOM_Q3_2025),
    (MIIT / "gxsj/tjfx/txy/art/2025/art_8e2d4b6a1c3f4a7b9d0e5f2a6c8b1d47.html", "telecom", ("2025-11", "ytd"),
     TELECOM_JAN_NOV_2025),
    (MIIT / "gxsj/tjfx/txy/art/2026/art_6a8c0e2b4d6f4a8c0e2b4d6f8a0c2e3b.html", "telecom", ("2025", "year"),
     TELECOM_BULLETIN_2025),
    (MIIT / "gxsj/tjfx/dzxx/art/2025/art_2b7c9e1d4f6a4c8e8a3b5d7f9e1c2a40.html", "electronics", ("2025-02", "ytd"),
     ELECTRONICS_JAN_FEB_2025),
    (MIIT / "gxsj/tjfx/rjy/art/2023/art_7d3e5f9a1b2c4d6e8f0a2b4c6d8e0f13.html", "software", ("2023-11", "ytd"),
     SOFTWARE_JAN_NOV_2023),
    (MIIT / "gxsj/tjfx/yclgy/art/2020/art_4a6c8e0b2d4f4a6c8e0b2d4f6a8c0e21.html", "raw_materials", ("2020-06", "ytd"),
     STEEL_H1_2020),
    (MIIT / "gxsj/tjfx/zbgy/art/2022/art_9b1d3f5a7c9e4b1d3f5a7c9e1b3d5f07.html", "equipment", ("2022-08", "ytd"),
     EQUIPMENT_JAN_AUG_2022),
    (MIIT / "gxsj/tjfx/rjy/art/2025/art_3b8e1f0a6c2d4e7f9a1b3c5d7e9f0a24.html", "software", ("2024", "year"),
     SOFTWARE_2024),
    (MIIT / "gxsj/tjfx/rjy/art/2025/art_5d0f2a1b7c3e4f8a0b2c4d6e8f1a3b57.html", "software", ("2024", "year"),
     SOFTWARE_TABLE_2024),
    (MIIT / "gxsj/tjfx/rjy/art/2024/art_858c1d2e3f4a4b5c8d9e0f1a2b3c4d66.html", "software", ("2024-07", "ytd"),
     SOFTWARE_JAN_JUL_2024),
    (MIIT / "gxsj/tjfx/yclgy/art/2025/art_6c1e3a5b7d9f4a2c8e0b1d3f5a7c9e46.html", "raw_materials", ("2024", "year"),
     STEEL_2024),
    (MIIT / "gxsj/tjfx/yclgy/art/2020/art_8e2a4c6e0b1d4f3a5c7e9b1d3f5a7c60.html", "raw_materials", ("2020-07", "ytd"),
     STEEL_JAN_JUL_2020),
    (MIIT / "gxsj/tjfx/yclgy/ys/art/2023/art_2f4b6d8a0c1e4a3b5d7f9a1c3e5b7d18.html", "raw_materials", ("2023-07", "ytd"),
     NONFERROUS_JAN_JUL_2023),
    (MIIT / "gxsj/tjfx/zbgy/qc/art/2026/art_4a6e8c0b2d1f4e3a5c7b9d1f3e5a7c82.html", "equipment", ("2025", "year"),
     AUTO_2025),
    (MIIT / "gxsj/tjfx/zbgy/qc/art/2025/art_7b9d1f3a5c7e4b6d8f0a2c4e6b8d0f13.html", "equipment", ("2025-10", "month"),
     AUTO_OCT_2025),
    (MIIT / "gxsj/tjfx/zbgy/cb/art/2026/art_9c1e3a5d7f9b4c2e6a8d0f2b4e6a8c35.html", "equipment", ("2025", "year"),
     SHIPBUILDING_2025),
    (MIIT / "gxsj/tjfx/xfpgy/fz/art/2025/art_1d3f5a7c9e2b4d6f8a0c1e3b5d7f9a31.html", "consumer_goods", ("2024", "year"),
     TEXTILES_2024),
    (MIIT / "gxsj/tjfx/xfpgy/qg/art/2025/art_5e7a9c1b3d6f4a8c0e2b4d6f8a1c3e59.html", "consumer_goods", ("2024", "year"),
     LIGHT_INDUSTRY_2024),
    (MIIT / "gxsj/tjfx/xfpgy/fz/art/2022/art_f94c3042a9eb4efca7db1c9dcea4f5a4.html", "consumer_goods", ("2022-05", "ytd"),
     TEXTILES_JAN_MAY_2022),
    (MIIT / "gxsj/tjfx/dzxx/art/2025/art_0d2f4b6a8c1e4d3f5b7a9c2e4f6a8b91.html", "electronics", ("2024", "year"),
     ELECTRONICS_2024),
    (MIIT / "gxsj/tjfx/txy/art/2025/art_3f5a7c9e1b3d4f5a7c9e1b3d5f7a9c12.html", "telecom", ("2025-11", "month"),
     TELECOM_TABLE_NOV_2025),
]
IDS = [f"{kind}:{period[0]}" for _, kind, period, _ in PAGES]


@pytest.mark.parametrize("path, kind, period, expected", PAGES, ids=IDS)
def test_every_printed_figure_exactly_and_nothing_else(path, kind, period, expected):
    release = parse_fixture(path)
    assert release.kind == kind and (release.period, release.period_type) == period
    assert release.conflicts == []
    assert figures(release) == expected


@pytest.mark.parametrize("path, kind, period, expected", PAGES, ids=IDS)
def test_lineage_on_every_figure(path, kind, period, expected):
    release = parse_fixture(path)
    publisher = "MIIT" if "miit" in release.url else "NBS"
    for o in release.observations:
        assert o.source_url == url_of(path) and o.publisher == publisher and o.release_kind == kind
        assert o.published_at == release.published_at.isoformat()
        assert o.parser_version and o.label_zh and o.quote
        # The quote is the clause or table row the figure was read from.
        number, times = f"{abs(o.value):g}", f"{abs(o.value) / 100:g}倍"       # 增长1.3倍 is stored as 130 %
        assert number in o.quote.replace(",", "") or times in o.quote or o.value == 0, (o.indicator, o.value, o.quote)


def test_units_as_printed():
    rows = {(o.indicator, o.measure): o.unit for o in parse_fixture(PAGES[0][0]).observations}
    assert rows[("retail_sales", "level")] == "亿元" and rows[("weekly_hours", "level")] == "小时"
    assert rows[("unemployment", "pp_change_mom")] == "百分点" and rows[("unemployment", "level")] == "%"
    telecom = {(o.indicator, o.measure): o.unit for o in parse_fixture(PAGES[7][0]).observations}
    assert telecom[("telecom.bs_5g", "level")] == "万个" and telecom[("telecom.mobile_users", "abs_change")] == "万户"
    software_page = next(path for path, kind, *_ in PAGES if kind == "software")
    software = {(o.indicator, o.measure): o.unit for o in parse_fixture(software_page).observations}
    assert software[("software_export", "level")] == "亿美元"


def test_figures_read_in_text_and_table_are_marked_as_both():
    pmi = {(o.indicator, o.period): o.origin for o in parse_fixture(PAGES[3][0]).observations if o.measure == "index"}
    assert pmi[("pmi", "2025-11")] == "text+table" and pmi[("pmi", "2025-10")] == "table"
    profits = {(o.indicator, o.measure): o.origin for o in parse_fixture(PAGES[5][0]).observations}
    assert profits[("industrial_profit.mining", "level")] == "text+table"
    assert profits[("industrial_profit.C32", "yoy_pct")] == "text"


def test_what_is_read_but_not_stored_is_listed():
    overview = parse_fixture(PAGES[0][0])
    skipped = " / ".join(overview.skipped)
    # A qualified figure (investment excluding real estate) is not read.
    assert "扣除房地产开发投资，全国固定资产投资增长0.8%" in skipped
    profits = parse_fixture(PAGES[5][0])
    assert not any("由亏转盈" in s or "减亏" in s for s in profits.skipped)    # no number: nothing to list
    communique = " / ".join(parse_fixture(PAGES[6][0]).skipped)
    assert "二氧化碳排放下降5.0%" in communique    # a chapter outside the themes: not read


# ------------------------------------------------------------------ both NBS layouts


def as_old_site(html: str) -> str:
    """The same release in the pre-2023 template (xilan title, TRS_PreAppend body)."""
    soup = BeautifulSoup(html, "lxml")
    title = soup.select_one("div.detail-title h1").get_text()
    stamp = soup.select_one("div.detail-title-des h2").get_text().strip().replace("/", "-")
    body = soup.select_one(".trs_editor_view")
    return (f"<html><head><meta http-equiv='Content-Type' content='text/html; charset=utf-8'><title>{title}</title>"
            f"</head><body><div class='center'><div class='center_xilan'><h2 class='xilan_tit'>{title}</h2>"
            f"<div class='xilan_titf'><font class='xilan_titf'>来源：国家统计局&nbsp;&nbsp;发布时间：{stamp}</font></div>"
            f"<div class='xilan_con'><div class='TRS_PreAppend'>{body.decode_contents()}</div></div></div></div>"
            f"</body></html>")


@pytest.mark.parametrize("path, kind, period, expected",
                         [p for p in PAGES if "stats.gov.cn/sj/" in str(p[0])],
                         ids=[i for i, p in zip(IDS, PAGES) if "stats.gov.cn/sj/" in str(p[0])])
def test_the_old_site_layout_gives_the_same_figures(path, kind, period, expected):
    old_url = url_of(path).replace("https://www.stats.gov.cn/sj/", "http://www.stats.gov.cn/tjsj/")
    html = as_old_site(path.read_text(encoding="utf-8"))
    assert "detail-title" not in html
    release = parse_page(html.encode("utf-8"), old_url)
    assert release.kind == kind and figures(release) == expected


# ------------------------------------------------------------------ drift fails loudly

NBS_PAGES = [p for p, *_ in PAGES if "stats.gov.cn/sj/" in str(p)]
MIIT_PAGES = [p for p, *_ in PAGES if "miit" in str(p)]


@pytest.mark.parametrize("path", NBS_PAGES, ids=lambda p: p.name)
@pytest.mark.parametrize("drift, part", [
    (lambda h: h.replace("trs_editor_view TRS_UEDITOR trs_paper_default trs_word", "article-body"), "body"),
    (lambda h: re.sub(r"<h1>.*?</h1>", "<h1></h1>", re.sub(r'<meta name="ArticleTitle"[^>]*>', "", h)), "title"),
    (lambda h: re.sub(r"(<p style=\"text-indent:2em\"><span>)[^<]*\d[^<]*(</span></p>)", r"\1数据另行发布\2",
                      re.sub(r"<div class=\"ue_table\">.*?</div>", "", h, flags=re.S)), "figures"),
])
def test_a_drifted_nbs_page_is_an_error_naming_the_url_and_the_missing_part(path, drift, part):
    url = url_of(path)
    html = drift(path.read_text(encoding="utf-8"))
    with pytest.raises(ParseError) as error:
        parse_page(html.encode("utf-8"), url)
    assert error.value.url == url and error.value.part in (part, "index table")


@pytest.mark.parametrize("path", MIIT_PAGES, ids=lambda p: p.name)
@pytest.mark.parametrize("drift, part", [
    (lambda h: h.replace('id="con_con"', 'id="content"').replace("ccontent", "article"), "body"),
    (lambda h: re.sub(r'<h1 id="con_title">.*?</h1>', "", re.sub(r'<meta name="ArticleTitle"[^>]*>', "", h)), "title"),
    (lambda h: re.sub(r'<span id="con_time">.*?</span>', "", re.sub(r'<meta name="PubDate"[^>]*>', "", h)),
     "release date"),
    (lambda h: re.sub(r"(<p style=\"text-indent: 2em;\">)[^<]*\d[^<]*(</p>)", r"\1详见附件\2",
                      re.sub(r"<div class=\"ue_table\">.*?</div>", "", h, flags=re.S)), "figures"),
])
def test_a_drifted_miit_page_is_an_error_naming_the_url_and_the_missing_part(path, drift, part):
    url = url_of(path)
    with pytest.raises(ParseError) as error:
        parse_page(drift(path.read_text(encoding="utf-8")).encode("utf-8"), url)
    assert error.value.url == url and error.value.part == part


def test_a_pmi_page_without_its_index_table_is_an_error():
    path = PAGES[3][0]
    html = re.sub(r'<div class="ue_table">.*?</div>', "", path.read_text(encoding="utf-8"), flags=re.S)
    with pytest.raises(ParseError, match="index table: expected a table with months down"):
        parse_page(html.encode("utf-8"), url_of(path))


def test_a_pdf_only_article_is_recorded_as_such():
    path = MIIT / "gxsj/tjfx/dzxx/art/2026/art_0c2e4a6b8d0f4c2e4a6b8d0f2c4e6a82.html"
    with pytest.raises(NotHtml, match=r"attachment only \(/cms_files/.*\.pdf\)"):
        parse_fixture(path)


def test_drifted_pages_are_quarantined_with_the_reason_and_the_rest_parse(tmp_path):
    archive = Archive(tmp_path / "archive")
    good, drifted = PAGES[3][0], PAGES[9][0]
    for path, html in ((good, good.read_text(encoding="utf-8")),
                       (drifted, drifted.read_text(encoding="utf-8").replace('id="con_con"', 'id="main"')
                        .replace("ccontent", "article"))):
        sha = archive.put(html.encode("utf-8"))
        archive.log_fetch(FetchRecord(url_of(path), "article", datetime.now().isoformat(), 200, sha, None, None,
                                      len(html), "text/html; charset=utf-8"))
    parsed, quarantine = parse_archive(archive)
    assert [r.url for r, _ in parsed] == [url_of(good)]
    assert quarantine[0]["url"] == url_of(drifted) and quarantine[0]["stage"] == "parse"
    assert f"{url_of(drifted)}: body: expected div.ccontent#con_con" == quarantine[0]["reason"]


# ------------------------------------------------------------------ wording variety, kind by kind


PMI_TABLE = [["", "PMI"], ["2025年2月", "50.2"], ["2025年3月", "50.5"]]


@pytest.mark.parametrize("text, expected", [
    # three sizes in one list, their changes listed after them
    ("大、中、小型企业PMI分别为51.2%、49.9%和49.6%，比上月下降1.3、上升0.7和上升3.3个百分点。",
     {("pmi.large", "index"): 51.2, ("pmi.medium", "index"): 49.9, ("pmi.small", "index"): 49.6,
      ("pmi.large", "pp_change_mom"): -1.3, ("pmi.medium", "pp_change_mom"): 0.7, ("pmi.small", "pp_change_mom"): 3.3}),
    # two groups sharing the PMI suffix; a comparison with the total is a gap (pp_gap)
    ("高技术制造业和装备制造业PMI分别为51.9%和50.5%，均高于制造业总体水平；高耗能行业PMI为48.2%，低于总体水平1.3个百分点。",
     {("pmi.high_tech", "index"): 51.9, ("pmi.equipment", "index"): 50.5, ("pmi.energy_intensive", "index"): 48.2,
      ("pmi.energy_intensive", "pp_gap"): -1.3}),
    # price indices listed with 和, changes without repeating the unit
    ("主要原材料购进价格指数和出厂价格指数分别为53.3%和49.1%，比上月回升1.8和0.8个百分点。",
     {("pmi.input_prices", "index"): 53.3, ("pmi.output_prices", "index"): 49.1,
      ("pmi.input_prices", "pp_change_mom"): 1.8, ("pmi.output_prices", "pp_change_mom"): 0.8}),
    # the change before the level
    ("生产经营活动预期指数比上月回落1个百分点，为58.4%。",
     {("pmi.expectations", "pp_change_mom"): -1.0, ("pmi.expectations", "index"): 58.4}),
    # an index above a threshold is not a figure
    ("邮政、货币金融服务等行业商务活动指数位于55.0%以上。", {}),
])
def test_pmi_wordings(text, expected):
    release = parse_text("pmi", "2025年3月中国采购经理指数运行情况", "2025-03-31T09:30",
                         ["一、中国制造业采购经理指数运行情况", "3月份，制造业采购经理指数（PMI）为50.5%。", text],
                         [PMI_TABLE])
    got = {(o.indicator, o.measure): o.value for o in release.observations
           if o.period == "2025-03" and o.indicator != "pmi"}
    assert got == expected and release.conflicts == []


def test_overview_gdp_by_quarter_and_sector():
    release = parse_text("monthly_overview", "前三季度国民经济稳中有进", "2024-10-18T10:00", [
        "初步核算，前三季度国内生产总值949746亿元，按不变价格计算，同比增长4.8%。分产业看，第一产业增加值57733亿元，"
        "同比增长3.4%；第二产业增加值361362亿元，增长5.4%。分季度看，一季度国内生产总值同比增长5.3%，二季度增长4.7%，"
        "三季度增长4.6%。从环比看，三季度国内生产总值增长0.9%。"])
    assert figures(release) == expect("""
gdp 2024-09 ytd level 949746
gdp 2024-09 ytd yoy_pct 4.8
gdp.primary 2024-09 ytd level 57733
gdp.primary 2024-09 ytd yoy_pct 3.4
gdp.secondary 2024-09 ytd level 361362
gdp.secondary 2024-09 ytd yoy_pct 5.4
gdp 2024-03 ytd yoy_pct 5.3
gdp 2024-06 quarter yoy_pct 4.7
gdp 2024-09 quarter yoy_pct 4.6
gdp 2024-09 quarter mom_pct 0.9
""")


def test_overview_retail_breakdowns_and_qualified_figures():
    release = parse_text("monthly_overview", "2023年1—2月份国民经济企稳回升", "2023-03-15T10:00", [
        "三、市场销售较快恢复",
        "按经营单位所在地分，城镇消费品零售额66796亿元，同比增长3.4%。按消费类型分，商品零售68638亿元，"
        "增长2.9%；餐饮收入8429亿元，增长9.2%。按零售业态分，超市、便利店零售额分别增长2.3%、10.0%。",
        "扣除价格因素，社会消费品零售总额实际增长1.3%。",
        "实物商品网上零售额17476亿元，增长5.3%，占社会消费品零售总额的比重为22.7%。"])
    assert figures(release) == expect("""
retail_sales.urban 2023-02 ytd level 66796
retail_sales.urban 2023-02 ytd yoy_pct 3.4
retail_sales.goods 2023-02 ytd level 68638
retail_sales.goods 2023-02 ytd yoy_pct 2.9
retail_sales.catering 2023-02 ytd level 8429
retail_sales.catering 2023-02 ytd yoy_pct 9.2
retail_sales.online_goods 2023-02 ytd level 17476
retail_sales.online_goods 2023-02 ytd yoy_pct 5.3
retail_sales.online_goods 2023-02 ytd share_pct 22.7
retail_sales 2023-02 ytd yoy_real_pct 1.3
""")


def test_profits_balance_sheet_at_month_end_and_ratios():
    release = parse_text("industrial_profits", "2024年1—11月份全国规模以上工业企业利润下降4.7%", "2024-12-27T09:30", [
        "11月末，规模以上工业企业资产总计156.07万亿元，同比增长8.6%；资产负债率为56.9%，同比上升0.2个百分点。",
        "1—11月份，每百元营业收入中的成本为84.80元，同比增加1.02元。石油和天然气开采业利润总额同比增长1.13倍。",
        "在41个工业大类行业中，20个行业利润总额同比增长。"])
    assert figures(release) == expect("""
industrial_assets 2024-11 month level 156.07
industrial_assets 2024-11 month yoy_pct 8.6
industrial_debt_ratio 2024-11 month level 56.9
industrial_debt_ratio 2024-11 month pp_change 0.2
industrial_cost_per_100 2024-11 ytd level 84.8
industrial_cost_per_100 2024-11 ytd yoy_abs_change 1.02
industrial_profit.B07 2024-11 ytd yoy_pct 113
industries_profit_growing 2024-11 ytd count 20
""")


def test_telecom_wordings():
    release = parse_text("telecom", "2025年前2个月通信业经济运行情况", "2025-03-26T10:00", [
        "截至2月末，全国5G基站总数已达到432.5万个，占移动基站总数的34.1%。",
        "其中5G移动电话用户达10.51亿户，占比达到58.6%。1-2月份新建5G基站8.1万个。",
        "截至2025年底，我国5G基站数达483.8万个，平均每万人拥有5G基站34.4个。"])
    assert figures(release) == expect("""
telecom.bs_5g 2025-02 month level 432.5
telecom.bs_5g 2025-02 month share_pct 34.1
telecom.mobile_users_5g 2025-02 month level 10.51
telecom.mobile_users_5g 2025-02 month share_pct 58.6
telecom.bs_5g_new 2025-02 ytd level 8.1
""")
    # the end of a year still ahead when the page was published: an estimate, never a statistic
    assert ("我国5G基站数达483.8万个", "not yet over") in release.not_stored()


def test_communique_all_industry_and_profits():
    release = parse_text("annual_communique", "中华人民共和国2024年国民经济和社会发展统计公报", "2025-02-28T09:30", [
        "三、工业和建筑业",
        "全年全部工业增加值405442亿元，比上年增长5.7%。规模以上工业增加值增长5.8%。",
        "全年规模以上工业企业利润74310.5亿元，比上年下降3.3%。",
        "八、交通、邮政、电信和旅游",
        "年末移动电话基站总数1265万个，其中5G基站425.1万个。移动电话普及率为127.1部/百人。"])
    assert figures(release) == expect("""
industry_va_total 2024 year level 405442
industry_va_total 2024 year yoy_pct 5.7
industrial_va 2024 year yoy_pct 5.8
industrial_profit 2024 year level 74310.5
industrial_profit 2024 year yoy_pct -3.3
telecom.bs_mobile 2024-12 month level 1265
telecom.bs_5g 2024-12 month level 425.1
telecom.mobile_penetration 2024-12 month level 127.1
""")


def test_an_overview_without_numbered_headings_is_still_read():
    release = parse_text("monthly_overview", "11月份国民经济延续稳中有进发展态势", "2025-12-15T10:00", [
        "国家统计局",                                   # a byline: not a heading that switches reading off
        "11月份，全国规模以上工业增加值同比增长4.8%。1—11月份，规模以上工业增加值同比增长6.0%。",
        "就业形势总体稳定",                              # an unnumbered heading that names its topic
        "11月份，全国城镇调查失业率为5.1%，与上月持平。"])
    assert figures(release) == expect("""
industrial_va 2025-11 month yoy_pct 4.8
industrial_va 2025-11 ytd yoy_pct 6.0
unemployment 2025-11 month level 5.1
unemployment 2025-11 month pp_change_mom 0
""")


def test_a_more_precise_table_value_is_kept_and_quoted_with_its_row():
    release = parse_text("pmi", "2025年11月中国采购经理指数运行情况", "2025-11-30T09:30",
                         ["11月份，制造业采购经理指数（PMI）为49.2%。"], [[["", "PMI"], ["2025年11月", "49.23"]]])
    pmi = next(o for o in release.observations if o.indicator == "pmi" and o.period == "2025-11")
    assert (pmi.value, pmi.origin) == (49.23, "text+table")
    assert "49.2%" in pmi.quote and "49.23" in pmi.quote


# ------------------------------------------------------------------ what is not stored, and the self-check

@pytest.mark.parametrize("path", RELEASE_PAGES, ids=lambda p: p.name)
def test_every_number_of_every_fixture_page_is_accounted_for(path):
    release = parse_fixture(path)
    assert release.unexplained == []
    assert len(release.skipped) == len(release.skip_reasons)


def test_the_self_check_names_a_number_that_was_neither_stored_nor_skipped():
    from xinzhi.model import Article, Release
    from xinzhi.releases.selfcheck import unexplained

    article = Article("https://www.stats.gov.cn/sj/zxfb/202512/t20251215_1.html", "x", datetime(2025, 12, 15),
                      ["11月份，41个大类行业中有30个行业增加值增长，规模以上工业增加值增长4.8%，5G基站达到483.0万个，"
                       "发电量增长2.1%。", "附注", "1.统计范围：年主营业务收入2000万元及以上的工业法人单位。"],
                      [[["指标", "11月"], ["规模以上工业增加值", "4.8"], ["发电量", "7.3"]]], "new")
    release = Release(article.url, "NBS", "industrial_production", "x", article.published_at, "2025-11", "month")
    assert sorted(unexplained(article, release, [])) == sorted([
        "2.1 in «发电量增长2.1%»", "30 in «41个大类行业中有30个行业增加值增长»", "4.8 in «规模以上工业增加值增长4.8%»",
        "4.8 in table row «规模以上工业增加值 | 4.8»", "483.0 in «5G基站达到483.0万个»", "7.3 in table row «发电量 | 7.3»"])
    release.skip("发电量增长2.1%", "unknown name")
    assert "2.1 in «发电量增长2.1%»" not in unexplained(article, release, [])


def test_what_is_not_stored_is_listed_with_its_reason():
    overview = dict(zip(*[parse_fixture(PAGES[0][0]).skipped, parse_fixture(PAGES[0][0]).skip_reasons]))
    assert overview["扣除房地产开发投资，全国固定资产投资增长0.8%"] == "qualified"


def test_a_report_on_one_industry_its_table_of_sub_industries_and_a_margin_against_all_industry():
    # The title names the industry; the total row is it; a share column is no level; a column of the
    # same span a year earlier is that span's growth; all industry's margin is industry's own.
    release = parse_text("consumer_goods", "2017年上半年医药工业主要经济指标完成情况", "2017-08-10T10:00", [
        "上半年，医药工业规模以上企业主营业务收入达到15314.40亿元，同比增长12.39%，增速较上年同期提高2.25个百分点。",
        "该行业实现利润总额1686.52亿元，同比增长15.83%。",
        "规模以上医药工业主营收入利润率为11.01%，高于全国工业整体水平3.88个百分点。"], tables=[[
            ["行业", "主营业务收入(亿元)", "同比(%)", "比重(%)", "2016年同期增速(%)"],
            ["化学药品原料药制造", "2602.06", "13.68", "16.99", "9.55"],
            ["中成药制造", "3339.72", "10.95", "21.81", "8.16"],
            ["医药工业合计", "15314.40", "12.39", "100", "10.14"]]])
    assert figures(release) == expect("""
miit_revenue.medicine 2017-06 ytd level 15314.4
miit_revenue.medicine 2017-06 ytd yoy_pct 12.39
miit_revenue.medicine 2017-06 ytd growth_pp_change 2.25 2016-06/ytd
miit_revenue.medicine 2016-06 ytd yoy_pct 10.14
miit_profit.medicine 2017-06 ytd level 1686.52
miit_profit.medicine 2017-06 ytd yoy_pct 15.83
miit_margin.medicine 2017-06 ytd level 11.01
miit_margin.medicine 2017-06 ytd pp_gap 3.88 industrial_margin
miit_revenue.medicine_api 2017-06 ytd level 2602.06
miit_revenue.medicine_api 2017-06 ytd yoy_pct 13.68
miit_revenue.medicine_api 2016-06 ytd yoy_pct 9.55
miit_revenue.medicine_tcm 2017-06 ytd level 3339.72
miit_revenue.medicine_tcm 2017-06 ytd yoy_pct 10.95
miit_revenue.medicine_tcm 2016-06 ytd yoy_pct 8.16
""")


def test_levels_waiting_for_their_changes_and_a_growth_of_zero():
    # '产量…，销量…，同比分别…': the levels with no change yet, in order; one with its own change is not
    # among them; 同比持平 is a growth of zero, never a gap to an aggregate named '比'.
    release = parse_text("equipment", "2024年汽车工业经济运行情况", "2025-01-20T10:00", [
        "2024年，乘用车产量2747.7万辆，销量2756.3万辆，同比分别增长5.2%和5.8%。",
        "商用车产量380.5万辆，同比下降5.8%，销量387.3万辆，同比下降3.9%。"])
    assert figures(release) == expect("""
vehicles.passenger_production 2024 year level 2747.7
vehicles.passenger_production 2024 year yoy_pct 5.2
vehicles.passenger_sales 2024 year level 2756.3
vehicles.passenger_sales 2024 year yoy_pct 5.8
vehicles.commercial_production 2024 year level 380.5
vehicles.commercial_production 2024 year yoy_pct -5.8
vehicles.commercial_sales 2024 year level 387.3
vehicles.commercial_sales 2024 year yoy_pct -3.9
""")
    flat = parse_text("consumer_goods", "2024年医药工业经济运行情况", "2025-02-10T10:00", [
        "2024年，医药工业规模以上企业实现营业收入29552.5亿元，同比持平；实现利润总额3420.7亿元，同比下降1.1%。"])
    assert figures(flat) == expect("""
miit_revenue.medicine 2024 year level 29552.5
miit_revenue.medicine 2024 year yoy_pct 0
miit_profit.medicine 2024 year level 3420.7
miit_profit.medicine 2024 year yoy_pct -1.1
""")


def test_a_figure_of_a_span_not_over_when_the_page_appeared_is_no_statistic():
    release = parse_text("raw_materials", "2024年有色金属行业运行情况", "2025-02-10T10:00", [
        "2024年，十种常用有色金属产量7919万吨，同比增长4.3%。初步测算，2025年一季度十种常用有色金属产量同比增长4%。"])
    assert figures(release) == expect("""
output.ten_nonferrous 2024 year level 7919
output.ten_nonferrous 2024 year yoy_pct 4.3
""")
    assert ("十种常用有色金属产量同比增长4%", "not yet over") in release.not_stored()


def test_a_milestone_names_the_subject_of_the_figure_after_it_and_regions_take_the_metric_in_force():
    autos = parse_text("equipment", "2024年汽车工业经济运行情况", "2025-01-20T10:00", [
        "新能源汽车产量首次突破1000万辆，达到1288.8万辆，同比增长34.4%。",
        "汽车产销量均突破3000万辆，分别达到3128.2万辆和3143.6万辆，同比分别增长3.7%和4.5%。"])
    assert figures(autos) == expect("""
vehicles.nev_production 2024 year level 1288.8
vehicles.nev_production 2024 year yoy_pct 34.4
vehicles.production 2024 year level 3128.2
vehicles.production 2024 year yoy_pct 3.7
vehicles.sales 2024 year level 3143.6
vehicles.sales 2024 year yoy_pct 4.5
""")
    software = parse_text("software", "2024年软件业经济运行情况", "2025-01-27T10:00", [
        "东部地区完成软件业务收入112708亿元，同比增长10.6%；中部、西部和东北地区依次增长13.2%、10.2%和7.5%。",
        # a region's profits the catalogue does not hold: the regions after it are not revenue
        "东部地区实现利润总额13000亿元；中部和西部地区分别增长8.2%和7.1%。"])
    assert figures(software) == expect("""
software_revenue.east 2024 year level 112708
software_revenue.east 2024 year yoy_pct 10.6
software_revenue.central 2024 year yoy_pct 13.2
software_revenue.west 2024 year yoy_pct 10.2
software_revenue.northeast 2024 year yoy_pct 7.5
""")
    steel = parse_text("raw_materials", "2024年钢铁行业运行情况", "2025-02-01T10:00", [
        "进口铁矿石12.37亿吨，同比增长4.9%。铁矿石进口平均价格为106.9美元/吨，同比下降5.1%。"])
    assert figures(steel) == expect("""
customs_import.iron_ore 2024 year level 12.37
customs_import.iron_ore 2024 year yoy_pct 4.9
customs_import.iron_ore_price 2024 year level 106.9
customs_import.iron_ore_price 2024 year yoy_pct -5.1
""")


def test_telecom_annual_wordings_counts_named_with_数量_a_total_共计_speed_tiers_and_dou():
    release = parse_text("telecom", "2024年通信业统计公报", "2025-01-20T10:00", [
        "截至2024年底，5G基站数量达到425.1万个，比上年末净增87.4万个。",
        "全年移动互联网月户均流量（DOU）达18.92GB/户·月，同比增长11.1%。",
        "三家基础电信企业固定互联网宽带接入用户共计6.7亿户，其中接入速率在100Mbps及以上、1000Mbps及以上的用户"
        "分别为6.36亿户和2.07亿户。"])
    assert figures(release) == expect("""
telecom.bs_5g 2024-12 month level 425.1
telecom.bs_5g 2024-12 month abs_change 87.4
telecom.dou 2024 year level 18.92
telecom.dou 2024 year yoy_pct 11.1
telecom.broadband_users 2024-12 month level 6.7
telecom.broadband_100m 2024-12 month level 6.36
telecom.broadband_gigabit 2024-12 month level 2.07
""")


def test_an_industry_holding_shares_of_all_industry_printed_before_each_metric():
    release = parse_text("consumer_goods", "2019年1-10月轻工业经济运行情况", "2019-12-10T10:00", [
        "我国轻工业以占全国工业13.92%的资产总额，实现了占全国工业18.74%的营业收入和20.05%的利润。"])
    got = {(o.indicator, o.measure, o.relative_to): o.value for o in release.observations}
    assert got == {("miit_assets.light", "share_pct", "industrial_assets"): 13.92,
                   ("miit_revenue.light", "share_pct", "industrial_revenue"): 18.74,
                   ("miit_profit.light", "share_pct", "industrial_profit"): 20.05}


def test_the_growth_a_year_earlier_said_in_passing():
    release = parse_text("raw_materials", "2024年有色金属行业运行情况", "2025-02-10T10:00", [
        "2024年，规模以上有色金属工业增加值同比增长8.9%，上年为增长7.4%。"])
    assert figures(release) == expect("""
miit_va.nonferrous 2024 year yoy_pct 8.9
miit_va.nonferrous 2023 year yoy_pct 7.4
""")


def test_a_consumer_goods_report_restating_divisions_retail_categories_and_shares_of_all_industry():
    release = parse_text("consumer_goods", "2019年食品工业经济运行情况", "2020-02-20T10:00", [
        "全年，限额以上单位饮料类商品零售类值为2099.3亿元，同比增长10.4%。",
        "规上纺织企业工业增加值同比下降2.6%，无纺布产量增长15.8%。",
        "轻工业以占全国工业13.2%的资产，实现了全国工业16.7%的营业收入和18.1%的利润。"], tables=[[
            ["行业", "营业收入(亿元)", "同比增长(%)", "利润总额(亿元)", "同比增长(%)"],
            ["农副食品加工业", "46810.0", "4.0", "1887.6", "3.9"],
            ["食品制造业", "19074.1", "4.2", "1670.4", "9.1"]]])
    got = {(o.indicator, o.measure, o.relative_to): o.value for o in release.observations}
    assert got == {
        ("retail_sales.beverages", "level", None): 2099.3, ("retail_sales.beverages", "yoy_pct", None): 10.4,
        ("miit_va.textiles", "yoy_pct", None): -2.6, ("output.nonwovens", "yoy_pct", None): 15.8,
        ("miit_assets.light", "share_pct", "industrial_assets"): 13.2,
        ("miit_revenue.light", "share_pct", "industrial_revenue"): 16.7,
        ("miit_profit.light", "share_pct", "industrial_profit"): 18.1,
        # the divisions' own revenue and profits, as the ministry's table restates them
        ("industrial_revenue.C13", "level", None): 46810.0, ("industrial_revenue.C13", "yoy_pct", None): 4.0,
        ("industrial_profit.C13", "level", None): 1887.6, ("industrial_profit.C13", "yoy_pct", None): 3.9,
        ("industrial_revenue.C14", "level", None): 19074.1, ("industrial_revenue.C14", "yoy_pct", None): 4.2,
        ("industrial_profit.C14", "level", None): 1670.4, ("industrial_profit.C14", "yoy_pct", None): 9.1}


def test_a_compound_list_without_分别_and_shares_of_the_whole_said_before_in_its_metric():
    release = parse_text("equipment", "2024年汽车工业经济运行情况", "2025-01-20T10:00", [
        "2024年，汽车产销累计完成3128.2万辆和3143.6万辆，同比分别增长3.7%和4.5%。",
        "从动力类型看，纯电动汽车销量在新能源汽车中占60%，插电式混合动力汽车销量占40%。"])
    got = {(o.indicator, o.measure, o.relative_to): o.value for o in release.observations}
    assert got == {("vehicles.production", "level", None): 3128.2, ("vehicles.sales", "level", None): 3143.6,
                   ("vehicles.production", "yoy_pct", None): 3.7, ("vehicles.sales", "yoy_pct", None): 4.5,
                   # of new-energy vehicles' sales, not of their production
                   ("vehicles.bev_sales", "share_pct", "vehicles.nev_sales"): 60.0,
                   ("vehicles.phev_sales", "share_pct", "vehicles.nev_sales"): 40.0}


def test_steel_and_petrochemical_annual_wordings():
    steel = parse_text("raw_materials", "2020年钢铁行业运行情况", "2021-02-01T10:00", [
        "2020年全国生铁、粗钢产量分别为88752万吨、105300万吨，同比分别增长4.3%、5.2%。与1—11月相比，生铁产量增速"
        "加快0.1个百分点，粗钢产量增速回落0.3个百分点。",
        "12月，全国生铁产量7422万吨，同比增长5.4%；钢材产量12034万吨，同比增长12.8%。与11月相比，生铁、钢材产量"
        "同比增速分别加快0.7和2个百分点。"])
    assert figures(steel) == expect("""
output.pig_iron 2020 year level 88752
output.crude_steel 2020 year level 105300
output.pig_iron 2020 year yoy_pct 4.3
output.crude_steel 2020 year yoy_pct 5.2
output.pig_iron 2020 year growth_pp_change 0.1 2020-11/ytd
output.crude_steel 2020 year growth_pp_change -0.3 2020-11/ytd
output.pig_iron 2020-12 month level 7422
output.pig_iron 2020-12 month yoy_pct 5.4
output.steel_products 2020-12 month level 12034
output.steel_products 2020-12 month yoy_pct 12.8
output.pig_iron 2020-12 month growth_pp_change 0.7 2020-11/month
output.steel_products 2020-12 month growth_pp_change 2 2020-11/month
""")
    petrochem = parse_text("raw_materials", "2024年石化化工行业经济运行情况", "2025-02-20T10:00", [
        "全年石化化工行业实现营业收入16.28万亿元，由上年的下降1.1%转为增长2.1%，占全国规模以上工业营业收入的比重"
        "稳定在12%左右。",
        "截至2024年底，石化化工行业规模以上企业超过3.2万家，比上年增加1676家。"])
    got = {(o.indicator, o.period, o.measure, o.relative_to, o.qualifier): o.value for o in petrochem.observations}
    assert got == {
        ("miit_revenue.petrochem", "2024", "level", None, "exact"): 16.28,
        ("miit_revenue.petrochem", "2024", "yoy_pct", None, "exact"): 2.1,
        ("miit_revenue.petrochem", "2023", "yoy_pct", None, "exact"): -1.1,
        ("miit_revenue.petrochem", "2024", "share_pct", "industrial_revenue", "about"): 12.0,
        ("miit_enterprises.petrochem", "2024-12", "count", None, "over"): 3.2,
        ("miit_enterprises.petrochem", "2024-12", "yoy_abs_change", None, "exact"): 1676.0}


def test_software_annual_bulletin_wordings():
    release = parse_text("software", "2022年软件和信息技术服务业统计公报", "2023-02-01T10:00", [
        "2022年，全国软件和信息技术服务业规模以上企业超过3.5万家。主营业务利润率为9.1%，比上年下降0.1个百分点。",
        "其中，云服务、大数据服务合计实现收入10427亿元，同比增长8.7%，占信息技术服务收入的14.9%，占比较上年提高2个百分点。",
        "东部、中部、西部和东北地区依次完成软件业务收入88663亿元、5390亿元、11574亿元和2499亿元，同比分别增长10.6%、"
        "16.9%、14.3%和8.7%，其中中部、西部地区分别高出全国平均水平5.7和3.1个百分点。"])
    got = {(o.indicator, o.measure, o.relative_to): o.value for o in release.observations}
    assert got == {
        ("miit_enterprises.software", "count", None): 3.5,
        ("software_margin", "level", None): 9.1, ("software_margin", "pp_change", None): -0.1,
        ("software_revenue.cloud_bigdata", "level", None): 10427.0,
        ("software_revenue.cloud_bigdata", "yoy_pct", None): 8.7,
        ("software_revenue.cloud_bigdata", "share_pct", "software_revenue.it_services"): 14.9,
        ("software_revenue.cloud_bigdata", "share_pp_change", "software_revenue.it_services"): 2.0,
        ("software_revenue.east", "level", None): 88663.0, ("software_revenue.central", "level", None): 5390.0,
        ("software_revenue.west", "level", None): 11574.0, ("software_revenue.northeast", "level", None): 2499.0,
        ("software_revenue.east", "yoy_pct", None): 10.6, ("software_revenue.central", "yoy_pct", None): 16.9,
        ("software_revenue.west", "yoy_pct", None): 14.3, ("software_revenue.northeast", "yoy_pct", None): 8.7,
        # the regions named before the gap, against the whole industry
        ("software_revenue.central", "pp_gap", "software_revenue"): 5.7,
        ("software_revenue.west", "pp_gap", "software_revenue"): 3.1}


def test_electronics_gaps_in_a_new_sentence_a_region_with_its_share_and_a_name_not_read_keeps_its_metric():
    release = parse_text("electronics", "2021年电子信息制造业运行情况", "2022-02-01T10:00", [
        "2021年，规模以上电子信息制造业增加值同比增长15.7%。增速比同期规模以上工业增加值高6.1个百分点，"
        "但比高技术制造业增加值低2.5个百分点。",
        "规模以上电子信息制造业京津冀地区实现营业收入1484亿元、同比增长27.9%，营收占全国比重6.4%。",
        # a region the catalogue does not hold: its share is never the whole industry's
        "规模以上电子信息制造业成渝地区实现营业收入2500亿元、同比增长7.9%，营收占全国比重5.4%。"])
    got = {(o.indicator, o.measure, o.relative_to): o.value for o in release.observations}
    assert got == {
        ("electronics_va", "yoy_pct", None): 15.7,
        ("electronics_va", "pp_gap", "industrial_va"): 6.1,
        ("electronics_va", "pp_gap", "industrial_va.high_tech"): -2.5,
        ("electronics_revenue.jingjinji", "level", None): 1484.0,
        ("electronics_revenue.jingjinji", "yoy_pct", None): 27.9,
        ("electronics_revenue.jingjinji", "share_pct", "electronics_revenue"): 6.4}
    assert ("营收占全国比重5.4%", "unknown name") in release.not_stored()


def test_sea_going_ships_said_of_the_shipbuilding_indicator_in_force():
    release = parse_text("equipment", "2022年上半年船舶工业经济运行情况", "2022-07-20T10:00", [
        "1—6月，全国造船完工量1850万载重吨，同比下降11.6%，其中海船为593万修正总吨；新承接船舶订单量2246万载重吨，"
        "同比下降41.3%，其中海船为1113万修正总吨。"])
    assert figures(release) == expect("""
shipbuilding.completions 2022-06 ytd level 1850
shipbuilding.completions 2022-06 ytd yoy_pct -11.6
shipbuilding.completions_sea 2022-06 ytd level 593
shipbuilding.new_orders 2022-06 ytd level 2246
shipbuilding.new_orders 2022-06 ytd yoy_pct -41.3
shipbuilding.new_orders_sea 2022-06 ytd level 1113
""")


def test_things_counted_after_their_unit_and_the_sellers_of_a_share_of_sales():
    # real figures: the 2025 telecom bulletin (5G-A cities) and the auto report to November 2025
    telecom = parse_text("telecom", "2025年通信业统计公报", "2026-01-20T10:00", [
        "截至12月末，5G基站总数达483.8万个。5G-A网络已覆盖330多个城市，千兆城市达到207个。"])
    assert figures(telecom) == expect("""
telecom.bs_5g 2025-12 month level 483.8
g5a_cities 2025-12 month count 330
gigabit_cities 2025-12 month count 207
""")
    assert {o.indicator: o.qualifier for o in telecom.observations}["g5a_cities"] == "over"     # 330多个
    autos = parse_text("equipment", "2025年11月汽车工业经济运行情况", "2025-12-11T10:00", [
        "1—11月，汽车销量排名前十位的企业（集团）共销售汽车2658万辆，占汽车销售总量的85.4%。"])
    assert {(o.indicator, o.measure, o.relative_to): o.value for o in autos.observations} == {
        ("vehicles.top10_sales", "level", None): 2658.0,
        ("vehicles.top10_sales", "share_pct", "vehicles.sales"): 85.4}


def test_a_later_name_takes_the_first_ones_head_a_whole_named_as_the_total_and_a_domestic_price():
    # real figures: nonferrous metals in 2024, fixed broadband at the end of July 2025
    metals = parse_text("raw_materials", "2024年有色金属行业运行情况", "2025-02-20T10:00", [
        "国内铜现货均价74907元/吨，同比上涨10.9%。",
        "规模以上有色金属工业企业实现利润总额3809亿元。其中，有色金属矿采选业、冶炼和压延加工业利润分别为901亿元和2908亿元，"
        "同比分别增长31.7%和19.8%。"])
    assert figures(metals) == expect("""
price.copper 2024 year level 74907
price.copper 2024 year yoy_pct 10.9
miit_profit.nonferrous 2024 year level 3809
miit_profit.nonferrous_mining 2024 year level 901
miit_profit.nonferrous_smelting 2024 year level 2908
miit_profit.nonferrous_mining 2024 year yoy_pct 31.7
miit_profit.nonferrous_smelting 2024 year yoy_pct 19.8
""")
    telecom = parse_text("telecom", "2025年1—7月份通信业经济运行情况", "2025-08-20T10:00", [
        "截至7月末，固定互联网宽带接入用户总数6.86亿户，其中1000Mbps及以上接入速率的用户2.28亿户，占总用户数的33.3%。"
        "5G基站总数459.8万个，占移动基站总数的36%。"])
    shares = {o.indicator: o.relative_to for o in telecom.observations if o.measure == "share_pct"}
    assert shares == {"telecom.broadband_gigabit": "telecom.broadband_users", "telecom.bs_5g": "telecom.bs_mobile"}


def test_shares_of_flows_said_after_a_date_are_over_the_reports_span_and_a_subjects_second_metric():
    # real figures: shipbuilding in the first half of 2025
    release = parse_text("equipment", "2025年上半年船舶工业经济运行情况", "2025-07-20T10:00", [
        "截至6月底，手持订单量22869万载重吨。出口船舶分别占全国造船完工量、新接订单量、手持订单量的71.8%、86.1%和91.0%。",
        "1—5月，全国规模以上船舶工业企业营业收入和利润总额同比分别增长13.8%和68.4%。"])
    assert figures(release) == expect("""
shipbuilding.order_book 2025-06 month level 22869
shipbuilding.export_completions 2025-06 ytd share_pct 71.8
shipbuilding.export_new_orders 2025-06 ytd share_pct 86.1
shipbuilding.export_order_book 2025-06 month share_pct 91.0
miit_revenue.shipbuilding 2025-05 ytd yoy_pct 13.8
miit_profit.shipbuilding 2025-05 ytd yoy_pct 68.4
""")


def test_a_price_per_unit_said_before_the_number_and_a_months_figure_inside_a_sentence_is_that_parts_only():
    # real figures: building materials, January to September 2025
    release = parse_text("raw_materials", "2025年1－9月建材行业经济运行情况", "2025-10-28T10:00", [
        "1-9月，规模以上建材工业增加值同比增长0.9%；9月当月下降1.2%。31种主要建材产品中，13种产品产量同比增长。",
        "9月份，水泥平均出厂价格每吨353元，同比下降11.0%。"])
    assert figures(release) == expect("""
miit_va.building_materials 2025-09 ytd yoy_pct 0.9
miit_va.building_materials 2025-09 month yoy_pct -1.2
building_products_growing 2025-09 ytd count 13
price.cement 2025-09 month level 353
price.cement 2025-09 month yoy_pct -11.0
""")
    assert {o.indicator: o.unit for o in release.observations if o.measure == "level"} == {"price.cement": "元/吨"}


def test_regions_named_with_the_industry_their_share_of_the_nation_and_a_bare_value_added_of_the_reports_industry():
    # real figures: electronics January to November 2024, telecom January to October 2025
    electronics = parse_text("electronics", "2024年1－11月电子信息制造业运行情况", "2024-12-30T10:00", [
        "1－11月，规模以上电子信息制造业增加值同比增长12.2%。据海关统计，同期我国出口手机7.43亿台。11月份，增加值同比增长9.3%。",
        "1－11月，东部、中部、西部和东北地区电子信息制造业营业收入分别增长8.7%、6.9%、-0.6%和-12.4%。"])
    assert figures(electronics) == expect("""
electronics_va 2024-11 ytd yoy_pct 12.2
electronics_va 2024-11 month yoy_pct 9.3
customs_export.mobile_phones 2024-11 ytd level 7.43
electronics_revenue.east 2024-11 ytd yoy_pct 8.7
electronics_revenue.central 2024-11 ytd yoy_pct 6.9
electronics_revenue.west 2024-11 ytd yoy_pct -0.6
electronics_revenue.northeast 2024-11 ytd yoy_pct -12.4
""")
    telecom = parse_text("telecom", "2025年1—10月份通信业经济运行情况", "2025-11-20T10:00", [
        "1—10月，东部、中部、西部和东北地区电信业务收入占全国的比重依次为51.2%、19.4%、23.3%和6.1%。"])
    assert {o.indicator: o.relative_to for o in telecom.observations} == {
        f"telecom.revenue.{r}": "telecom.revenue" for r in ("east", "central", "west", "northeast")}


def test_output_said_as_what_was_produced_a_conjunction_before_a_change_and_an_index_change_of_about():
    # real figures: steel, July 2024
    release = parse_text("raw_materials", "2024年7月钢铁行业运行情况", "2024-08-30T10:00", [
        "1-7月，全国累计生产粗钢6.14亿吨，同比下降2.2%；钢材8.13亿吨，则增长1.3%。",
        "7月末中国钢材价格指数（CSPI）为97.00点，环比下降约4.4点。"])
    assert figures(release) == expect("""
output.crude_steel 2024-07 ytd level 6.14
output.crude_steel 2024-07 ytd yoy_pct -2.2
output.steel_products 2024-07 ytd level 8.13
output.steel_products 2024-07 ytd yoy_pct 1.3
steel.cspi 2024-07 month level 97.0
steel.cspi 2024-07 month mom_abs_change -4.4
""")
    assert [o.qualifier for o in release.observations if o.measure == "mom_abs_change"] == ["about"]


def test_a_bare_change_after_a_parts_own_month_is_that_months():
    # real figures: autos, January to October 2025
    release = parse_text("equipment", "2025年1—10月汽车工业经济运行情况", "2025-11-11T10:00", [
        "1—10月，新能源汽车产销分别完成1301.5万辆和1294.3万辆，同比分别增长33.1%和32.7%。其中10月新能源汽车销量171.5万辆，"
        "同比增长20.0%。"])
    assert figures(release) == expect("""
vehicles.nev_production 2025-10 ytd level 1301.5
vehicles.nev_sales 2025-10 ytd level 1294.3
vehicles.nev_production 2025-10 ytd yoy_pct 33.1
vehicles.nev_sales 2025-10 ytd yoy_pct 32.7
vehicles.nev_sales 2025-10 month level 171.5
vehicles.nev_sales 2025-10 month yoy_pct 20.0
""")


def test_a_figure_restated_roughly_is_no_conflict_and_a_multiple_of_a_year_earlier_is_a_growth():
    # real figures: NEV exports, January to October 2025
    release = parse_text("equipment", "2025年1—10月汽车工业经济运行情况", "2025-11-11T10:00", [
        "1—10月，新能源汽车出口201.4万辆，同比增长90.4%，约为上年同期的1.9倍。"])
    assert figures(release) == expect("""
vehicles.nev_exports 2025-10 ytd level 201.4
vehicles.nev_exports 2025-10 ytd yoy_pct 90.4
""")
    assert release.conflicts == []
    alone = parse_text("equipment", "2025年1—10月汽车工业经济运行情况", "2025-11-11T10:00", [
        "1—10月，新能源汽车出口201.4万辆，是上年同期的2倍多。"])
    assert [(o.measure, o.value, o.qualifier) for o in alone.observations if o.measure == "yoy_pct"] == [("yoy_pct", 100.0, "over")]


def test_the_total_a_share_is_of_said_in_the_sentence_before():
    # real figures: fixed broadband at the end of October 2025
    release = parse_text("telecom", "2025年1—10月份通信业经济运行情况", "2025-11-20T10:00", [
        "截至10月末，三家基础电信企业的固定互联网宽带接入用户总数达6.97亿户。其中，1000Mbps及以上接入速率的用户为2.38亿户，"
        "占总用户数的34.1%，占比较上年末提升3.3个百分点。"])
    assert {(o.indicator, o.measure): o.relative_to for o in release.observations if o.measure.startswith("share")} == {
        ("telecom.broadband_gigabit", "share_pct"): "telecom.broadband_users",
        ("telecom.broadband_gigabit", "share_pp_change_ytd"): "telecom.broadband_users"}


def test_the_five_provinces_named_then_counted_are_the_top_five_group():
    # real figures: software to October 2025 (the five provinces' total)
    release = parse_text("software", "2025年1—10月软件业经济运行情况", "2025-11-25T10:00", [
        "1—10月份，北京、广东、江苏、山东、上海五省（市）软件业务收入合计84030亿元，占全国比重为67.3%。"])
    assert {(o.indicator, o.measure): (o.value, o.relative_to) for o in release.observations} == {
        ("software_revenue.top5_provinces", "level"): (84030.0, None),
        ("software_revenue.top5_provinces", "share_pct"): (67.3, "software_revenue")}


def test_a_change_said_of_production_alone_is_never_of_sales():
    # real figures: autos, January to October 2025
    release = parse_text("equipment", "2025年10月汽车工业经济运行情况", "2025-11-11T10:00", [
        "1—10月，汽车产销分别完成2769.2万辆和2768.7万辆，同比分别增长13.2%和12.4%，产量增速较1—9月回落0.1个百分点。"])
    assert [(o.indicator, o.value) for o in release.observations if o.measure == "growth_pp_change"] == [
        ("vehicles.production", -0.1)]


def test_a_gap_to_another_metric_of_the_same_industry_is_to_that_series_never_to_itself():
    # real figures: software in 2024
    release = parse_text("software", "2024年软件业经济运行情况", "2025-01-27T10:00", [
        "全年软件业务收入达到137276亿元，比上年增长10.0%。软件业实现利润总额16953亿元，增长8.7%，增速低于收入1.3个百分点。"])
    assert [(o.indicator, o.value, o.relative_to) for o in release.observations if o.measure == "pp_gap"] == [
        ("software_profit", -1.3, "software_revenue")]


def test_a_total_of_names_said_with_hejiji_and_broadband_access_revenue():
    # real figures: software and telecom in 2024
    software = parse_text("software", "2024年软件业经济运行情况", "2025-01-27T10:00", [
        "细分来看，云计算、大数据服务合计收入14088亿元，增长9.9%。"])
    assert figures(software) == expect("""
software_revenue.cloud_bigdata 2024 year level 14088
software_revenue.cloud_bigdata 2024 year yoy_pct 9.9
""")
    telecom = parse_text("telecom", "2024年通信业统计公报", "2025-01-20T10:00", [
        "固定互联网宽带接入业务收入2763亿元，比上年增长5.5%，在电信业务收入中占15.9%。"])
    assert {(o.indicator, o.measure): o.value for o in telecom.observations} == {
        ("telecom.broadband_revenue", "level"): 2763.0, ("telecom.broadband_revenue", "yoy_pct"): 5.5,
        ("telecom.broadband_revenue", "share_pct"): 15.9}
