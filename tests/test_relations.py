"""Relation rules, one row per rule, on sentences written for these tests in the style of
reports from many provinces (not copied from any report).

Most rows give the mentions by hand, so each row tests the relation rule alone, whatever the
entity rules find; a few rows run the whole pipeline on a one-line report.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from kgreport.extract.relations import ISSUER, extract_relations
from kgreport.models import HONOR, ORG, PLACE, PROGRAM, PROJECT, Mention, Sentence
from kgreport.build.stages import extract_text

I = ISSUER
_NO_QUOTES = dict.fromkeys(map(ord, "“”《》"), None)
CLS = {"O": ORG, "P": PLACE, "J": PROJECT, "G": PROGRAM, "H": HONOR}


def _mentions(text: str, spec: list[tuple[str, str]]) -> list[Mention]:
    """Mentions from (class letter, surface) pairs; a surface found twice takes the next occurrence."""
    out, pos = [], 0
    for letter, surface in spec:
        start = text.find(surface, pos)
        if start < 0:
            start = text.find(surface)
        assert start >= 0, surface
        pos = start + 1
        name = surface.translate(_NO_QUOTES)
        source = "honor-counted" if letter == "Hc" else "test"  # Hc: a level-and-kind title (entities/honors.py)
        out.append(Mention(CLS[letter[0]], name, surface, 0, start, start + len(surface), source))
    return out


def _relations(text: str, spec: list[tuple[str, str]]) -> set[tuple[str, str, str]]:
    """(relation, subject name or @issuer, object name) of a one-sentence text with the given mentions."""
    sent = Sentence(0, 0, 0, len(text), text)
    got = extract_relations([sent], _mentions(text, spec))
    return {(r.kind.value, r.subject if isinstance(r.subject, str) else r.subject.name, r.object.name) for r in got}


# (case, sentence, mentions, relations that must be found, relations that must not)
ROWS = [
    # ---- implements
    ("implements, issuer, cue before", "全面推行“田长制”。", [("G", "“田长制”")],
     [("implements", I, "田长制")], []),
    ("implements, a higher body's issuing of a plan is none (Sichuan)", "省委办公厅、省政府办公厅印发《甲省民营经济发展环境专项治理工作方案》。",
     [("O", "省委办公厅"), ("O", "省政府办公厅"), ("G", "《甲省民营经济发展环境专项治理工作方案》")], [],
     [("implements", "省委办公厅", "甲省民营经济发展环境专项治理工作方案"), ("implements", "省政府办公厅", "甲省民营经济发展环境专项治理工作方案"),
      ("implements", I, "甲省民营经济发展环境专项治理工作方案")]),
    ("implements, the State Council's own opinion with the Party centre (national)", "党中央、国务院出台《关于支持民营企业改革发展的意见》。",
     [("O", "党中央"), ("O", "国务院"), ("G", "《关于支持民营企业改革发展的意见》")],
     [("implements", "国务院", "关于支持民营企业改革发展的意见")], [("implements", "党中央", "关于支持民营企业改革发展的意见")]),
    ("implements, a district named as a place issues its own opinion (Shenzhen)", "甲岗区出台《关于促进人才优先发展的意见》及配套文件。",
     [("P", "甲岗区"), ("G", "《关于促进人才优先发展的意见》")], [("implements", "甲岗区", "关于促进人才优先发展的意见")], []),
    ("implements, a county government issues its own measures (Hebei)", "县政府制定《甲县招商引资奖励办法》。",
     [("O", "县政府"), ("G", "《甲县招商引资奖励办法》")], [("implements", "县政府", "甲县招商引资奖励办法")], []),
    ("implements, a region after 在 is where the work is done (Guangdong)", "在珠三角地区实施近零碳排放区示范工程。",
     [("P", "珠三角"), ("G", "近零碳排放区示范工程")], [("implements", I, "近零碳排放区示范工程")],
     [("implements", "珠三角", "近零碳排放区示范工程")]),
    ("implements, rivers listed after 在 are places, not actors (national)", "在重点林区和长江、黄河上中游开展了天然林保护工程。",
     [("P", "长江"), ("P", "黄河"), ("G", "天然林保护工程")], [("implements", I, "天然林保护工程")],
     [("implements", "黄河", "天然林保护工程"), ("implements", "长江", "天然林保护工程")]),
    ("implements, the body before a place after 在 acts (Henan)", "甲县在乙镇推行“一村一品”。",
     [("P", "甲县"), ("P", "乙镇"), ("G", "“一村一品”")], [("implements", "甲县", "一村一品")], [("implements", "乙镇", "一村一品")]),
    ("implements, a supported city carries out its own strategy (Hebei)", "支持甲庄实施强省会战略。",
     [("P", "甲庄"), ("G", "强省会战略")], [("implements", "甲庄", "强省会战略")], []),
    ("implements, a note explaining a term carries nothing out (Hebei)", "〔5〕三深化、三提升：指深化“双创双服”活动、提升高质量发展水平。",
     [("G", "“双创双服”")], [], [("implements", I, "双创双服")]),
    ("implements, a numbered note with a quoted term (Sichuan)", "12.“双高计划”：教育部提出启动新一轮专业建设计划。",
     [("O", "教育部"), ("G", "专业建设计划")], [], [("implements", "教育部", "专业建设计划"), ("implements", I, "专业建设计划")]),
    ("implements, a numbered work item of the report is the issuer's (Shenzhen)", "27、社区服务：顺利推进“宜居甲区系统工程”八大项目。",
     [("G", "“宜居甲区系统工程”")], [("implements", I, "宜居甲区系统工程")], []),
    ("implements, explicit subject", "赣州经开区深入推进“亩均论英雄”改革。", [("P", "赣州经开区"), ("G", "“亩均论英雄”改革")],
     [("implements", "赣州经开区", "亩均论英雄改革")], [("implements", I, "亩均论英雄改革")]),
    ("implements, 加快 before a program's 建设 (Fujian)", "加快全域“无废城市”建设，推进固体废物源头减量。", [("G", "“无废城市”")],
     [("implements", I, "无废城市")], []),
    ("implements, 加快 a reform (Hebei)", "完善企业职工基本养老保险制度，加快事业单位养老保险制度改革。", [("G", "事业单位养老保险制度改革")],
     [("implements", I, "事业单位养老保险制度改革")], []),
    ("implements, 推动 right before a reform (Guizhou)", "积极推动农村信用社改革落地，组建省农商联合银行。", [("G", "农村信用社改革")],
     [("implements", I, "农村信用社改革")], []),
    ("implements, a level between 建设 and its object (Hubei)", "努力建设更高水平的平安襄阳。", [("G", "平安襄阳")],
     [("implements", I, "平安襄阳")], []),
    ("implements, a list right after a next cue, no separator (Sichuan)", "建设更高水平平安绵阳法治绵阳。", [("G", "平安绵阳"), ("G", "法治绵阳")],
     [("implements", I, "平安绵阳"), ("implements", I, "法治绵阳")], []),
    ("implements, a list right after a next cue, 、 (Tianjin)", "建设高水平法治滨海、平安滨海，筑牢安全底线。", [("G", "法治滨海"), ("G", "平安滨海")],
     [("implements", I, "法治滨海"), ("implements", I, "平安滨海")], []),
    ("implements, a next cue's list stops at other words (Hunan)", "建设平安株洲，推进“智慧城管”。", [("G", "平安株洲"), ("G", "“智慧城管”")],
     [("implements", I, "平安株洲")], []),
    ("implements, 扩大 a pilot (Guizhou)", "稳步扩大农村互助养老服务试点。", [("G", "农村互助养老服务试点")],
     [("implements", I, "农村互助养老服务试点")], []),
    ("implements, 扩大 only right before its program (Shandong)", "扩大有效投资，落实“两新”政策。", [("G", "“两新”政策")],
     [("implements", I, "两新政策")], []),
    ("implements, 全面推开 after a reform (Heilongjiang)", "省以下财政体制改革全面推开。", [("G", "省以下财政体制改革")],
     [("implements", I, "省以下财政体制改革")], []),
    ("implements, 全面推开 before a pilot (Guangxi)", "全面推开“营改增”试点。", [("G", "“营改增”")],
     [("implements", I, "营改增")], []),
    ("implements, a reform 落地见效 (Gansu)", "电价市场化改革落地见效。", [("G", "电价市场化改革")],
     [("implements", I, "电价市场化改革")], []),
    ("builds, 前期准备 is a preparatory stage (Inner Mongolia)", "加快第一中学新校区、文体中心等项目的前期准备工作。",
     [("J", "第一中学新校区"), ("J", "文体中心")], [], [("builds", I, "第一中学新校区"), ("builds", I, "文体中心")]),
    ("builds, a work 正式运营 (Hainan)", "滨海院区、环湾商务港正式运营。", [("J", "滨海院区"), ("J", "环湾商务港")],
     [("builds", I, "滨海院区"), ("builds", I, "环湾商务港")], []),
    ("builds, 启动 a named project (Henan)", "启动人民路东延和滨河路改造提升工程。", [("J", "人民路东延"), ("J", "滨河路改造提升工程")],
     [("builds", I, "人民路东延"), ("builds", I, "滨河路改造提升工程")], []),
    ("builds, 启动 land preparation is a preparatory stage (Guangdong)", "启动体育中心、高中园等项目土地整备。", [("J", "体育中心"), ("J", "高中园")],
     [], [("builds", I, "体育中心"), ("builds", I, "高中园")]),
    ("builds, 启动 a project's 前期 (Shandong)", "启动环城路综合管廊前期。", [("J", "环城路综合管廊")],
     [], [("builds", I, "环城路综合管廊")]),
    ("implements, a title's 创建 is a goal (Inner Mongolia)", "持续推进“国家级健康促进区”创建工作。", [("G", "“国家级健康促进区”")],
     [], [("implements", I, "国家级健康促进区")]),
    ("implements, a campaign's 创建 still carries it out (Henan)", "持续开展“三零”创建工作。", [("G", "“三零”")],
     [("implements", I, "三零")], []),
    ("implements, 完成 the review of listed plans carries none out (Hebei)", "完成《全域旅游规划》《风景区总体规划》评审。",
     [("G", "《全域旅游规划》"), ("G", "《风景区总体规划》")], [], [("implements", I, "全域旅游规划"), ("implements", I, "风景区总体规划")]),
    ("implements, 依托 names a means, not the actor (Hunan)", "依托江南实验室开展教育科技人才一体改革试点。",
     [("O", "江南实验室"), ("G", "教育科技人才一体改革试点")], [("implements", I, "教育科技人才一体改革试点")],
     [("implements", "江南实验室", "教育科技人才一体改革试点")]),
    ("implements, an any cue after its objects takes no listed body as actor (Guangdong)", "期货交易所、“跨境理财通”试点等改革落地见效。",
     [("O", "期货交易所"), ("G", "“跨境理财通”试点")], [("implements", I, "跨境理财通试点")], [("implements", "期货交易所", "跨境理财通试点")]),
    ("implements, a program's 建设取得 progress (Xinjiang)", "平安伊犁、法治伊犁建设取得新进展。", [("G", "平安伊犁"), ("G", "法治伊犁")],
     [("implements", I, "平安伊犁"), ("implements", I, "法治伊犁")], []),
    ("implements, 用好 a policy (Shaanxi)", "用好“240小时过境免签”政策，提升出入境便利化水平。", [("G", "“240小时过境免签”")],
     [("implements", I, "240小时过境免签")], []),
    ("implements, 用足用好 listed policies (Jiangsu)", "用足用好“两重”“两新”政策资金。", [("G", "“两重”"), ("G", "“两新”")],
     [("implements", I, "两重"), ("implements", I, "两新")], []),
    ("implements, 用好的 is an adjective (Chongqing)", "用好的制度保障“好房子”建设。", [("G", "“好房子”")],
     [], [("implements", I, "好房子")]),
    ("implements, 推动 a change toward a mode is no implements (Shenzhen)", "推动政务服务从“事项供给”向“免证办”转变。", [("G", "“免证办”")],
     [], [("implements", I, "免证办")]),
    ("implements, the body opening the sentence acts in a later clause (Henan)", "省委全会锚定“两个确保”，持续实施“十大战略”、推进“十大建设”。",
     [("O", "省委"), ("G", "“两个确保”"), ("G", "“十大战略”"), ("G", "“十大建设”")],
     [("implements", "省委", "十大战略"), ("implements", "省委", "十大建设")], [("implements", I, "十大战略"), ("implements", I, "十大建设")]),
    ("implements, 全县 in the later clause keeps the issuer (Shaanxi)", "县人民医院成功创建三甲医院，全县深入推进“县域医共体”改革。",
     [("O", "县人民医院"), ("G", "“县域医共体”改革")], [("implements", I, "县域医共体改革")], [("implements", "县人民医院", "县域医共体改革")]),
    ("implements, post-posed cue", "“放管服”改革持续深化。", [("G", "“放管服”改革")],
     [("implements", I, "放管服改革")], []),
    ("implements, post-posed cue, coordination", "“一窗受理”改革、“证照分离”改革扎实推进。",
     [("G", "“一窗受理”改革"), ("G", "“证照分离”改革")],
     [("implements", I, "一窗受理改革"), ("implements", I, "证照分离改革")], []),
    ("implements, post-posed cue with explicit subject", "柳州高新区“标准地”改革顺利推进。",
     [("P", "柳州高新区"), ("G", "“标准地”改革")], [("implements", "柳州高新区", "标准地改革")], []),
    ("implements, a five-year period is no plan carried out (Zhejiang)", "今年要打好“十四五”收官战。", [("G", "“十四五”")],
     [], [("implements", I, "十四五")]),
    ("implements, a five-year period's targets met (Chongqing)", "提前完成“十四五”药品集中带量采购目标。", [("G", "“十四五”")],
     [], [("implements", I, "十四五")]),
    ("implements, a works list that spans a period (Guangdong)", "集中启动实施安居、养老等十大民生工程，跨“十二五”连续推进。",
     [("G", "“十二五”")], [], [("implements", I, "十二五")]),
    ("implements, the plan named as one is carried out (Hebei)", "今年是实施“十四五”规划的关键一年。", [("G", "“十四五”规划")],
     [("implements", I, "十四五规划")], []),
    ("implements, cue must end its clause when post-posed", "“一个目标”即全面深化改革开放。", [("G", "“一个目标”")],
     [], [("implements", I, "一个目标")]),
    ("implements, two bodies acting together are both subjects", "省委、省政府部署实施“千企升级”行动。",
     [("O", "省委"), ("O", "省政府"), ("G", "“千企升级”行动")],
     [("implements", "省委", "千企升级行动"), ("implements", "省政府", "千企升级行动")], [("implements", I, "千企升级行动")]),
    ("implements, joined bodies without a mark", "市委市政府作出实施“强省会”行动的决策。",
     [("O", "市委"), ("O", "市政府"), ("G", "“强省会”行动")],
     [("implements", "市委", "强省会行动"), ("implements", "市政府", "强省会行动")], []),
    ("implements, partners after 与 are not joint subjects", "与遵义、毕节合作实施“双百工程”。",
     [("P", "遵义"), ("P", "毕节"), ("G", "“双百工程”")], [], [("implements", "遵义", "双百工程")]),
    ("implements, adopting a policy", "出台《支持民营经济发展十条措施》。", [("G", "《支持民营经济发展十条措施》")],
     [("implements", I, "支持民营经济发展十条措施")], []),
    ("implements, adopting with 了 and coordination", "制定了“人才新政二十条”“科技创新十条”。",
     [("G", "“人才新政二十条”"), ("G", "“科技创新十条”")],
     [("implements", I, "人才新政二十条"), ("implements", I, "科技创新十条")], []),
    ("implements, completing a campaign", "圆满完成了脱贫攻坚的伟大任务。", [("G", "脱贫攻坚")],
     [("implements", I, "脱贫攻坚")], []),
    ("implements, a partner after 同 is not the actor (Guangdong)", "同百色市开展“消费帮扶”行动。", [("P", "百色市"), ("G", "“消费帮扶”行动")],
     [("implements", I, "消费帮扶行动")], [("implements", "百色市", "消费帮扶行动")]),
    ("implements, partners listed after 携手 are not the actors (Guizhou)", "携手黔东南州、铜仁市推进“黔货出山”行动。",
     [("P", "黔东南州"), ("P", "铜仁市"), ("G", "“黔货出山”行动")],
     [("implements", I, "黔货出山行动")], [("implements", "铜仁市", "黔货出山行动"), ("implements", "黔东南州", "黔货出山行动")]),
    ("builds, a partner after 与 is not the builder (Sichuan)", "与重庆市共同推进成渝中线高铁建设。", [("P", "重庆市"), ("J", "成渝中线高铁")],
     [("builds", I, "成渝中线高铁")], [("builds", "重庆市", "成渝中线高铁")]),
    ("implements, the body before the partner acts (Hebei)", "省政府与雄安新区联合实施“千企升级”工程。",
     [("O", "省政府"), ("P", "雄安新区"), ("G", "“千企升级”工程")],
     [("implements", "省政府", "千企升级工程")], [("implements", "雄安新区", "千企升级工程")]),
    ("implements, a pilot's tasks met are no implements (Heilongjiang)", "高质量完成中小企业数字化转型城市试点任务。",
     [("G", "中小企业数字化转型城市试点")], [], [("implements", I, "中小企业数字化转型城市试点")]),
    ("implements, a quoted program's targets met are no implements (Hebei)", "全面完成“气化乡村”目标，新增清洁取暖用户3万户。",
     [("G", "“气化乡村”")], [], [("implements", I, "气化乡村")]),
    ("implements, an outline's targets met are no implements (Xinjiang)", "全面完成《甲省法治政府建设实施纲要(2021—2025年)》各项目标任务。",
     [("G", "《甲省法治政府建设实施纲要(2021—2025年)》")], [], [("implements", I, "甲省法治政府建设实施纲要(2021—2025年)")]),
    ("implements, drawing up a strategy's plan is no implements (Shenzhen)", "完成“湾北智谷”战略规划编制。",
     [("G", "“湾北智谷”")], [], [("implements", I, "湾北智谷")]),
    ("implements, an inspection's problems rectified are no implements (Jiangxi)", "抓好中央生态环保督察反馈等问题整改，强化减排。",
     [("G", "中央生态环保督察")], [], [("implements", I, "中央生态环保督察")]),
    ("implements, an inspection's second look answered is no implements (Hebei)", "强力推进中央环保督察“回头看”问题整改。",
     [("G", "中央环保督察")], [], [("implements", I, "中央环保督察")]),
    ("implements, a review of the issuer's own campaign carries it out (Hebei)", "开展脱贫攻坚“回头看”，全面排查检视。",
     [("G", "脱贫攻坚")], [("implements", I, "脱贫攻坚")], []),
    ("implements, an inspection carried out by the State Council stays", "开展中央环保督察，严肃查处违法案件。",
     [("G", "中央环保督察")], [("implements", I, "中央环保督察")], []),
    ("implements, kinds of works counted are no programs (Xizang)", "实施清洁能源供暖工程22个、供氧工程13个。",
     [("G", "清洁能源供暖工程"), ("G", "供氧工程")], [], [("implements", I, "清洁能源供暖工程"), ("implements", I, "供氧工程")]),
    ("implements, works counted by length are no program (Hebei)", "完成安全生命防护工程80公里；",
     [("G", "安全生命防护工程")], [], [("implements", I, "安全生命防护工程")]),
    ("implements, a quoted program counted is still carried out (Shenzhen)", "实施“民生微实事”项目532个，累计解决社区问题408项。",
     [("G", "“民生微实事”")], [("implements", I, "民生微实事")], []),
    ("implements, a program followed by its own works stays (Henan)", "实施“十四五”规划20项重大工程。",
     [("G", "“十四五”规划")], [("implements", I, "十四五规划")], []),
    ("implements, a reform completed is carried out (Hebei)", "完成国有林场改革和林业区域站建设。", [("G", "国有林场改革")],
     [("implements", I, "国有林场改革")], []),
    ("implements, common verb right before the program", "建设“四好农村路”120公里。", [("G", "“四好农村路”")],
     [("implements", I, "四好农村路")], []),
    ("implements, common verb and a program after 和 is no cue", "以园区建设和“菜篮子”工程为重点。", [("G", "“菜篮子”工程")],
     [], [("implements", I, "菜篮子工程")]),
    ("implements, common verb far from the program is no cue", "发布工程建设项目招标负面清单。", [("G", "负面清单")],
     [], [("implements", I, "负面清单")]),
    ("implements, compound cue keeps the inner cue", "启动建设“天府粮仓”示范区。", [("G", "“天府粮仓”")],
     [("implements", I, "天府粮仓")], []),
    ("implements, 参与", "深度参与“一带一路”建设。", [("G", "“一带一路”")],
     [("implements", I, "一带一路")], []),
    ("implements, 加大…力度", "加大“万企兴万村”力度。", [("G", "“万企兴万村”")],
     [("implements", I, "万企兴万村")], []),
    ("implements, approval is not implementation", "“三区三线”获批实施。", [("G", "“三区三线”")],
     [], [("implements", I, "三区三线")]),
    ("implements, the lever of the work", "以“一网通办”工程为抓手，推动规则衔接。", [("G", "“一网通办”工程")],
     [("implements", I, "一网通办工程")], []),
    ("implements, a reform completed", "国有企业“三供一业”改革全部完成。", [("G", "“三供一业”")],
     [("implements", I, "三供一业")], []),
    ("implements, a count before the object makes it a category", "推行“企业开办一件事”等6个“全省首创”。",
     [("G", "“企业开办一件事”"), ("G", "“全省首创”")], [("implements", I, "企业开办一件事")], [("implements", I, "全省首创")]),
    ("implements, a bare count before a program keeps it", "深入实施三个“一号工程”。", [("G", "“一号工程”")],
     [("implements", I, "一号工程")], []),
    ("implements, phrases joined by 、 before 工程", "扎实推进“千村引领、万村升级”工程。", [("G", "“千村引领、万村升级”")],
     [("implements", I, "千村引领、万村升级")], []),
    ("implements, 抓好 a pilot", "抓好新就业形态职业伤害保障试点，鼓励灵活就业。", [("G", "新就业形态职业伤害保障试点")],
     [("implements", I, "新就业形态职业伤害保障试点")], []),
    ("implements, 抓好 a quoted program", "继续抓好“菜篮子”工程。", [("G", "“菜篮子”工程")],
     [("implements", I, "菜篮子工程")], []),
    ("implements, 兑现 a program's subsidies", "兑现“惠农一卡通”补贴12亿元。", [("G", "“惠农一卡通”")],
     [("implements", I, "惠农一卡通")], []),
    ("implements, 坚持 a strategy", "坚持人才优先发展战略，引进高层次人才。", [("G", "人才优先发展战略")],
     [("implements", I, "人才优先发展战略")], []),
    ("implements, 坚持 governs only what follows it", "人才优先发展战略成效明显，坚持稳中求进。", [("G", "人才优先发展战略")],
     [], [("implements", I, "人才优先发展战略")]),
    # 用好 was left out on 5 sentences; on 400 corpus sentences it puts a named policy or scheme to use (用好“两重”
    # “两新”政策资金 in a reader's index), so a named fund scheme is carried out too
    ("implements, 用好 a named fund scheme (Anhui)", "用好“两个10亿元”省级资金。", [("G", "“两个10亿元”")],
     [("implements", I, "两个10亿元")], []),
    # ---- builds
    ("builds, issuer, cue anywhere", "北环快速路建成通车。", [("J", "北环快速路")],
     [("builds", I, "北环快速路")], []),
    ("builds, 落成 of a museum (Shaanxi)", "榆林博物馆新馆落成开放。", [("J", "榆林博物馆新馆")],
     [("builds", I, "榆林博物馆新馆")], []),
    ("builds, a power line 投入运行 (Inner Mongolia)", "锡盟至山东特高压输电工程投入运行。", [("J", "锡盟至山东特高压输电工程")],
     [("builds", I, "锡盟至山东特高压输电工程")], []),
    ("builds, explicit subject, cue before", "桂林经开区引进比亚迪动力电池项目。", [("P", "桂林经开区"), ("J", "比亚迪动力电池项目")],
     [("builds", "桂林经开区", "比亚迪动力电池项目")], []),
    ("builds, post-posed cue, coordination", "丹霞大道、西城水厂等重点项目顺利推进。", [("J", "丹霞大道"), ("J", "西城水厂")],
     [("builds", I, "丹霞大道"), ("builds", I, "西城水厂")], []),
    ("builds, a listed place is no subject", "溪口旅游区、东湖湿地公园等项目加快推进。", [("P", "溪口旅游区"), ("J", "东湖湿地公园")],
     [("builds", I, "东湖湿地公园")], [("builds", "溪口旅游区", "东湖湿地公园")]),
    ("builds, a place inside an unfound item is no subject", "国电宜宾热电机组扩建、南溪港二期等项目加快推进。",
     [("P", "宜宾"), ("J", "南溪港二期")], [("builds", I, "南溪港二期")], [("builds", "宜宾", "南溪港二期")]),
    ("builds, the subject opens the list", "临港开发区滨海大道、港池二期等项目顺利推进。",
     [("P", "临港开发区"), ("J", "滨海大道"), ("J", "港池二期")],
     [("builds", "临港开发区", "滨海大道"), ("builds", "临港开发区", "港池二期")], []),
    ("builds, implements cue with a project object", "环湖生态廊道等重点项目顺利实施。", [("J", "环湖生态廊道")],
     [("builds", I, "环湖生态廊道")], []),
    ("builds, compound cue before a list", "加快推进国道绕城段、滨江东路北延等项目。", [("J", "国道绕城段"), ("J", "滨江东路北延")],
     [("builds", I, "国道绕城段"), ("builds", I, "滨江东路北延")], []),
    ("builds, a plaza opened for business", "华阳时代广场开业运营。", [("J", "华阳时代广场")],
     [("builds", I, "华阳时代广场")], []),
    ("builds, a wind farm connected to the grid", "龙山风电场实现并网发电。", [("J", "龙山风电场")],
     [("builds", I, "龙山风电场")], []),
    ("builds, quoted items of a project list", "“虞山云谷”、方塔书院等项目建成启用。", [("J", "虞山云谷"), ("J", "方塔书院")],
     [("builds", I, "虞山云谷"), ("builds", I, "方塔书院")], []),
    ("builds, a named work started", "白龙江引水工程开工建设。", [("J", "白龙江引水工程")],
     [("builds", I, "白龙江引水工程")], []),
    ("builds, opened", "市民中心、科技馆新馆建成开放。", [("J", "市民中心"), ("J", "科技馆新馆")],
     [("builds", I, "市民中心"), ("builds", I, "科技馆新馆")], []),
    ("builds, settled in the city", "国家植物园分园等一批新项目落户我市。", [("J", "国家植物园分园")],
     [("builds", I, "国家植物园分园")], []),
    ("builds, a site meeting is no progress", "乡村振兴示范基地建设现场推进会在我市召开。", [("J", "乡村振兴示范基地")],
     [], [("builds", I, "乡村振兴示范基地")]),
    ("builds, preparatory work is no building", "加快推进沅江航道三期工程前期工作。", [("J", "沅江航道三期工程")],
     [], [("builds", I, "沅江航道三期工程")]),
    ("builds, to be included in a plan is no building", "争取锡澄轨道二期纳入省建设规划。", [("J", "锡澄轨道二期")],
     [], [("builds", I, "锡澄轨道二期")]),
    ("builds, laying the groundwork for a work is no building", "为实施瀑河水库引水蓄水工程打下坚实基础。", [("J", "瀑河水库引水蓄水工程")],
     [], [("builds", I, "瀑河水库引水蓄水工程")]),
    ("builds, planning in a past attribute of a work that began", "总书记亲自谋划亲自部署的雅下水电工程开工建设。", [("J", "雅下水电工程")],
     [("builds", I, "雅下水电工程")], []),
    ("builds, planned and carried out is no building", "谋划实施金坛抽水蓄能电站。", [("J", "金坛抽水蓄能电站")],
     [], [("builds", I, "金坛抽水蓄能电站")]),
    ("builds, planning before 建设 is no building yet (Sichuan)", "加快川藏铁路规划建设，推动成达万高铁建成通车。",
     [("J", "川藏铁路"), ("J", "成达万高铁")], [("builds", I, "成达万高铁")], [("builds", I, "川藏铁路")]),
    ("builds, groundwork laid for a project is no building (Hebei)", "为实施曲水水库引水蓄水工程打下坚实基础。",
     [("J", "曲水水库引水蓄水工程")], [], [("builds", I, "曲水水库引水蓄水工程")]),
    ("builds, planned for years then started", "谋划多年的滇中引水工程开工建设。", [("J", "滇中引水工程")],
     [("builds", I, "滇中引水工程")], []),
    ("builds, a reserve depot is a facility, not a stage", "国家粮食储备库二期建成投用。", [("J", "国家粮食储备库二期")],
     [("builds", I, "国家粮食储备库二期")], []),
    ("builds, a building topped out is under construction (Shenzhen)", "恒力科技大厦、博元大厦等产业项目主体结构封顶。",
     [("J", "恒力科技大厦"), ("J", "博元大厦")], [("builds", I, "恒力科技大厦"), ("builds", I, "博元大厦")], []),
    ("builds, 完成 a construction work (Guangdong)", "完成白云机场二期扩建工程，揭阳潮汕机场扩建进展顺利。",
     [("J", "白云机场二期扩建工程")], [("builds", I, "白云机场二期扩建工程")], []),
    ("builds, kindergartens counted are a kind of works (Shandong)", "新建镇街幼儿园5所，扩建第二实验小学。",
     [("J", "镇街幼儿园")], [], [("builds", I, "镇街幼儿园")]),
    ("builds, road works counted by length are a kind (Shandong)", "实施农村公路大中修工程393.9公里，改造危窄桥涵278座。",
     [("J", "农村公路大中修工程")], [], [("builds", I, "农村公路大中修工程")]),
    ("builds, a named project before a count of its own parts stays (Guangdong)", "建成甲江水利枢纽工程2座泵站。",
     [("J", "甲江水利枢纽工程")], [("builds", I, "甲江水利枢纽工程")], []),
    ("builds, works approved are not built yet (Fujian)", "甲州国家骨干冷链物流基地、乙潭商贸服务型国家物流枢纽获批建设。",
     [("J", "甲州国家骨干冷链物流基地"), ("J", "乙潭商贸服务型国家物流枢纽")], [],
     [("builds", I, "甲州国家骨干冷链物流基地"), ("builds", I, "乙潭商贸服务型国家物流枢纽")]),
    ("builds, an approved centre in its own clause after works being built (Sichuan)", "甲藏铁路等大通道加快建设，乙都中欧班列集结中心获批建设。",
     [("J", "甲藏铁路"), ("J", "乙都中欧班列集结中心")], [("builds", I, "甲藏铁路")], [("builds", I, "乙都中欧班列集结中心")]),
    ("builds, a count with a grade before the works makes them a kind (Jilin)", "推进甲通榆、乙榆树等5个百亿级绿色氢基能源一体化项目建设。",
     [("J", "绿色氢基能源一体化项目")], [], [("builds", I, "绿色氢基能源一体化项目")]),
    ("builds, 完成 a list of works and their building (Hebei)", "完成龙西路、黄武路等4个项目建设。",
     [("J", "龙西路"), ("J", "黄武路")], [("builds", I, "龙西路"), ("builds", I, "黄武路")], []),
    ("builds, 完成 a stage of a project is no building (Hebei)", "配合完成雄忻铁路线路定位和征拆核查。",
     [("J", "雄忻铁路")], [], [("builds", I, "雄忻铁路")]),
    ("builds, 完成 a side task along a road is no building (Shenzhen)", "完成盐排高速1公里景观林种植。",
     [("J", "盐排高速")], [], [("builds", I, "盐排高速")]),
    ("builds, a clause naming nothing finishes the projects of the clause before (Henan)", "投资5500万元的广顺化纤项目，已竣工投产。",
     [("J", "广顺化纤项目")], [("builds", I, "广顺化纤项目")], []),
    ("builds, a date and a goal before the cue (Guangxi)", "全力抓好北河大桥新建工程，确保6月底顺利通车。",
     [("J", "北河大桥新建工程")], [("builds", I, "北河大桥新建工程")], []),
    ("builds, the investment clause between the project and its start (Hebei)", "石衡高速公路，总投资120亿元，今年开工建设。",
     [("J", "石衡高速公路")], [("builds", I, "石衡高速公路")], []),
    ("builds, a list of projects then a start (Shenzhen)", "推动东部过境高速、外环高速等新建项目，力争年内动工建设。",
     [("J", "东部过境高速"), ("J", "外环高速")], [("builds", I, "东部过境高速"), ("builds", I, "外环高速")], []),
    ("builds, a preparatory stage in the clause before gives no building (Yunnan)", "完成青龙水库可行性研究，力争年内开工。",
     [("J", "青龙水库")], [], [("builds", I, "青龙水库")]),
    ("builds, a clause with its own subject takes nothing from the clause before (Jiangxi)", "抓好某某商贸综合体项目，确保主力店年内完工。",
     [("J", "某某商贸综合体项目")], [], [("builds", I, "某某商贸综合体项目")]),
    ("builds, a program of the clause before is not built (Anhui)", "实施“千村示范”工程，年内全部完工。",
     [("G", "“千村示范”工程")], [], [("builds", I, "千村示范工程")]),
    # ---- cooperatesWith
    ("cooperation, a partner counted vaguely is a kind of body, no partner", "已与国外一些石油公司签订协议，与若干高校、某某大学开展合作。",
     [("O", "国外一些石油公司"), ("O", "若干高校"), ("O", "某某大学")], [("cooperatesWith", I, "某某大学")],
     [("cooperatesWith", I, "国外一些石油公司"), ("cooperatesWith", I, "若干高校")]),
    ("cooperates, issuer", "与兰州大学签署战略合作协议。", [("O", "兰州大学")],
     [("cooperatesWith", I, "兰州大学")], []),
    ("cooperates, 对口 right before the partners, the kind of cooperation after them (Guangdong)", "抓好对口甲市、乙市扶贫协作。",
     [("P", "甲市"), ("P", "乙市")], [("cooperatesWith", I, "甲市"), ("cooperatesWith", I, "乙市")], []),
    ("cooperates, places listed before 对口 and a kind of help (Hebei)", "丙区、丁市对口支持、派出挂职干部。",
     [("P", "丙区"), ("P", "丁市")], [("cooperatesWith", I, "丙区"), ("cooperatesWith", I, "丁市")], []),
    ("cooperates, 帮扶 right before a province (Shenzhen)", "认真完成对口支援西藏、帮扶贵州等任务。",
     [("P", "西藏"), ("P", "贵州")], [("cooperatesWith", I, "西藏"), ("cooperatesWith", I, "贵州")], []),
    ("cooperates, places listed before 帮扶工作 (Sichuan)", "扎实推进甲州、乙县等帮扶工作。",
     [("P", "甲州"), ("P", "乙县")], [("cooperatesWith", I, "甲州"), ("cooperatesWith", I, "乙县")], []),
    ("cooperates, 帮扶 of people names no partner (Hebei)", "加大对困难群众帮扶力度，甲县持续发展。",
     [("P", "甲县")], [], [("cooperatesWith", I, "甲县")]),
    ("cooperates, 对口 with no place after it gives nothing (Shenzhen)", "携手对口地区共同打赢脱贫攻坚战，甲县持续发展。",
     [("P", "甲县")], [], [("cooperatesWith", I, "甲县")]),
    ("cooperates, a place qualifying 各 and a group is no partner (Tianjin)", "持续强化与北京各产业园区合作。", [("P", "北京")],
     [], [("cooperatesWith", I, "北京")]),
    ("cooperates, a region qualifying 国家 is no partner (Gansu)", "深化与中亚国家合作。", [("P", "中亚")],
     [], [("cooperatesWith", I, "中亚")]),
    ("cooperates, a place before an adjective and its group (Hebei)", "加强与天津知名院校和科研机构合作。", [("P", "天津")],
     [], [("cooperatesWith", I, "天津")]),
    ("cooperates, a region named as itself with 地区 stays a partner (Guangxi)", "加强与珠三角地区的产业合作。", [("P", "珠三角")],
     [("cooperatesWith", I, "珠三角")], []),
    ("cooperates, a country before 等 and a count stays a partner (Guangdong)", "与芬兰等9个国家签署科技合作协议。", [("P", "芬兰")],
     [("cooperatesWith", I, "芬兰")], []),
    ("cooperates, a forum named after the cooperation has no partners (Xinjiang)", "办好中国—中亚合作论坛。",
     [("P", "中国"), ("P", "中亚")], [], [("cooperatesWith", I, "中亚")]),
    ("cooperates, pair right at the cue without an event stays (Guangdong)", "深港合作持续深化。",
     [("P", "深"), ("P", "港")], [("cooperatesWith", I, "港")], []),
    ("cooperates, explicit subject", "肇东经开区与哈尔滨工业大学共建研究院。", [("P", "肇东经开区"), ("O", "哈尔滨工业大学")],
     [("cooperatesWith", "肇东经开区", "哈尔滨工业大学")], []),
    ("cooperates, partners stand between 与 and the cue", "与中山大学合作建设珠海研究院，服务横琴新区。",
     [("O", "中山大学"), ("O", "珠海研究院"), ("P", "横琴新区")],
     [("cooperatesWith", I, "中山大学")], [("cooperatesWith", I, "珠海研究院"), ("cooperatesWith", I, "横琴新区")]),
    ("cooperates, lead verbs before 与 keep the issuer", "持续深化与贵州大学合作。", [("O", "贵州大学")],
     [("cooperatesWith", I, "贵州大学")], []),
    ("cooperates, a generic subject before 与 gives nothing", "支持企业与贵州大学开展合作。", [("O", "贵州大学")],
     [], [("cooperatesWith", I, "贵州大学")]),
    ("cooperates, 同比 is no with-word", "外贸同比增长，与东盟合作加深。", [("P", "东盟")],
     [("cooperatesWith", I, "东盟")], []),
    ("cooperates, the issuer speaking of itself", "我国同东盟的合作关系不断扩大。", [("P", "东盟")],
     [("cooperatesWith", I, "东盟")], []),
    ("cooperates, a later cue with no 与 of its own", "支持企业与高校人才共用、平台共建。", [("O", "高校人才共用")],
     [], [("cooperatesWith", I, "高校人才共用")]),
    ("cooperates, a place before 对接 links up itself, it is no partner (Guizhou)", "加快打造甲市对接乙经济圈的桥头堡。",
     [("P", "甲市"), ("P", "乙经济圈")], [], [("cooperatesWith", I, "甲市")]),
    # CONVENTIONS / blind audits: linking up with a region (对接) states no cooperation; 对接合作 does
    ("cooperates, places after 对接 alone are no partners (Hebei)", "主动对接北京、天津，推进协同发展。",
     [("P", "北京"), ("P", "天津")], [], [("cooperatesWith", I, "北京"), ("cooperatesWith", I, "天津")]),
    ("cooperates, places before 对接 alone are no partners (Hebei)", "全方位与京津进行产业对接，形成协作格局。",
     [("P", "京"), ("P", "津")], [], [("cooperatesWith", I, "京"), ("cooperatesWith", I, "津")]),
    ("cooperates, a place before 对接合作 is a partner (Shenzhen)", "加强与香港的对接合作，深化科技领域合作。",
     [("P", "香港")], [("cooperatesWith", I, "香港")], []),
    ("cooperates, a mechanism of 对接 with countries is cooperation (Guizhou)", "与甲国、乙国等建立省部级沟通对接机制，新增国际友城6个。",
     [("P", "甲国"), ("P", "乙国")], [("cooperatesWith", I, "甲国"), ("cooperatesWith", I, "乙国")], []),
    ("cooperates, 机制对接 with a zone is cooperation (Shenzhen)", "主动加强与甲海的机制对接、空间联动。",
     [("P", "甲海")], [("cooperatesWith", I, "甲海")], []),
    ("cooperates, schools after 对接 stay partners (Hebei)", "持续深化与甲中学、乙附校等名校对接。",
     [("O", "甲中学"), ("O", "乙附校")], [("cooperatesWith", I, "甲中学"), ("cooperatesWith", I, "乙附校")], []),
    ("cooperates, the place right before 对接 links up with the one after (Jiangxi)", "支持甲州对接乙州，提高发展能级。",
     [("P", "甲州"), ("P", "乙州")], [("cooperatesWith", "甲州", "乙州")], [("cooperatesWith", I, "乙州")]),
    ("cooperates, pairs listed before the cue each cooperate (Jiangxi)", "支持甲州与乙圳、丙安与丁莞对口合作。",
     [("P", "甲州"), ("P", "乙圳"), ("P", "丙安"), ("P", "丁莞")],
     [("cooperatesWith", "甲州", "乙圳"), ("cooperatesWith", "丙安", "丁莞")], [("cooperatesWith", "乙圳", "丙安")]),
    ("cooperates, the venue of a signing is no partner (Shenzhen)", "该协定于1970年在日内瓦签订。", [("P", "日内瓦")],
     [], [("cooperatesWith", I, "日内瓦")]),
    ("cooperates, paired assistance", "与吉林省对口合作全面加强。", [("P", "吉林省")],
     [("cooperatesWith", I, "吉林省")], []),
    ("cooperates, poverty alleviation partnership", "启动与百色市扶贫协作。", [("P", "百色市")],
     [("cooperatesWith", I, "百色市")], []),
    ("cooperates, a second cue starts a new partner list", "加强与汕头、河源帮扶协作和梅州产业合作。",
     [("P", "汕头"), ("P", "河源"), ("P", "梅州")],
     [("cooperatesWith", I, "汕头"), ("cooperatesWith", I, "河源"), ("cooperatesWith", I, "梅州")],
     [("cooperatesWith", "河源", "梅州")]),
    ("cooperates, examples of a cooperation are not partners", "昆明理工大学、云南大学成为校地合作的典范。",
     [("O", "昆明理工大学"), ("O", "云南大学")], [], [("cooperatesWith", I, "昆明理工大学"), ("cooperatesWith", I, "云南大学")]),
    ("cooperates, a cooperative is no cue", "组建强村公司合作社。", [("O", "强村公司")],
     [], [("cooperatesWith", I, "强村公司")]),
    ("cooperation, places assisted after 对口支援", "对口支援西藏、新疆、四川甘孜工作扎实推进。",
     [("P", "西藏"), ("P", "新疆"), ("P", "四川"), ("P", "甘孜")],
     [("cooperatesWith", I, "西藏"), ("cooperatesWith", I, "新疆"), ("cooperatesWith", I, "甘孜")], [("cooperatesWith", I, "四川")]),
    ("cooperation, a province before an unfound county is no partner", "对口支援四川江油灾后重建。", [("P", "四川")],
     [], [("cooperatesWith", I, "四川")]),
    ("cooperation, only the list right after 对口帮扶", "对口帮扶百色市是党中央的部署。", [("P", "百色市"), ("O", "党中央")],
     [("cooperatesWith", I, "百色市")], [("cooperatesWith", I, "党中央")]),
    ("cooperation, a body before a later verb is not the helper", "配合市对口办做好对口帮扶石渠县工作。",
     [("O", "市对口办"), ("P", "石渠县")], [("cooperatesWith", I, "石渠县")], [("cooperatesWith", "市对口办", "石渠县")]),
    ("cooperation, 对接 a place on its own is no partner", "主动融入保定，主动对接保定，进行城市规划修编。", [("P", "保定"), ("P", "保定")],
     [], [("cooperatesWith", I, "保定")]),
    ("cooperation, 对接 a firm", "对接湖南建工集团，完成菜市场改造工程。", [("O", "湖南建工集团")],
     [("cooperatesWith", I, "湖南建工集团")], []),
    ("cooperation, 对接 a resource a place qualifies", "积极对接北京优质医疗资源，实施名医工程。", [("P", "北京")],
     [], [("cooperatesWith", I, "北京")]),
    ("cooperation, 对接 a strategy a region qualifies", "深度对接长江经济带发展、粤港澳大湾区城市群发展规划。",
     [("P", "长江经济带"), ("P", "粤港澳大湾区")], [], [("cooperatesWith", I, "长江经济带"), ("cooperatesWith", I, "粤港澳大湾区")]),
    ("cooperation, 对接 two places side by side is no cooperation", "在对接京津、服务京津中加快发展。", [("P", "京"), ("P", "津")],
     [], [("cooperatesWith", I, "京"), ("cooperatesWith", I, "津")]),
    ("cooperation, 对接 two places that qualify a noun", "积极对接京津科研院所。", [("P", "京"), ("P", "津")],
     [], [("cooperatesWith", I, "京"), ("cooperatesWith", I, "津")]),
    ("cooperation, no 与: the partner right after the cue", "联合香港做好西部铁路规划建设工作。", [("P", "香港")],
     [("cooperatesWith", I, "香港")], []),
    ("cooperation, no 与: a partner list right after the cue", "联合港、澳开展文化推介展览。", [("P", "港"), ("P", "澳")],
     [("cooperatesWith", I, "港"), ("cooperatesWith", I, "澳")], []),
    ("cooperation, no 与: places elsewhere in the clause are no partners", "继续联合开展福田口岸、八卦岭片区等重点区域的消防整治。",
     [("P", "福田口岸"), ("P", "八卦岭片区")], [], [("cooperatesWith", I, "福田口岸"), ("cooperatesWith", I, "八卦岭片区")]),
    ("cooperation, no 与: a cue inside an unfound name", "19个项目落地沪明临港产业园、广龙合作产业园。", [("P", "沪明临港产业园")],
     [], [("cooperatesWith", I, "沪明临港产业园")]),
    ("cooperation, no 与: 结对帮扶 before the partners", "结对帮扶紫金县、东兰县。", [("P", "紫金县"), ("P", "东兰县")],
     [("cooperatesWith", I, "紫金县"), ("cooperatesWith", I, "东兰县")], []),
    ("cooperation, a 和 inside the partner list after 与", "深化与梅州市平远县、汕头市澄海区和潮南区等对口帮扶地区合作。",
     [("P", "梅州市"), ("P", "平远县"), ("P", "汕头市"), ("P", "澄海区"), ("P", "潮南区")],
     [("cooperatesWith", I, "平远县"), ("cooperatesWith", I, "澄海区"), ("cooperatesWith", I, "潮南区")],
     [("cooperatesWith", I, "梅州市"), ("cooperatesWith", I, "汕头市")]),
    ("cooperation, places listed before 对口支援 are the partners", "认真做好西藏察隅县、新疆策勒县对口支援工作。",
     [("P", "西藏"), ("P", "察隅县"), ("P", "新疆"), ("P", "策勒县")],
     [("cooperatesWith", I, "察隅县"), ("cooperatesWith", I, "策勒县")], [("cooperatesWith", I, "西藏"), ("cooperatesWith", I, "新疆")]),
    ("cooperation, a place acting before 对口帮扶 with partners after it", "福田区对口帮扶和平县。", [("P", "福田区"), ("P", "和平县")],
     [("cooperatesWith", "福田区", "和平县")], [("cooperatesWith", I, "福田区")]),
    ("cooperation, a province placing a partner after 与 is no partner", "深化与四川阿坝州、贵州毕节市的对口协作。",
     [("P", "四川"), ("P", "阿坝州"), ("P", "贵州"), ("P", "毕节市")],
     [("cooperatesWith", I, "阿坝州"), ("cooperatesWith", I, "毕节市")], [("cooperatesWith", I, "四川"), ("cooperatesWith", I, "贵州")]),
    # ---- receivedHonor
    ("honor counted in persons after the title names no holder (Hainan)", "获评全国劳动模范3人、全国五一劳动奖章2人。",
     [("H", "全国劳动模范"), ("H", "全国五一劳动奖章")], [],
     [("receivedHonor", I, "全国劳动模范"), ("receivedHonor", I, "全国五一劳动奖章")]),
    ("honor, a bare 被 after a clause with a subject in words gives no holder", "轨道交通产业园完成总体规划，并被确定为市级合作共建示范园区。",
     [("H", "市级合作共建示范园区")], [], [("receivedHonor", I, "市级合作共建示范园区")]),
    ("honor, an enumerator before the granter", "一是被国家发改委等九部委确定为全国生态文明先行示范区。",
     [("O", "国家发改委"), ("H", "全国生态文明先行示范区")], [("receivedHonor", I, "全国生态文明先行示范区")],
     [("receivedHonor", "国家发改委", "全国生态文明先行示范区")]),
    ("honor, an enumerator before the cue", "四是成功创建国家旅游服务标准化示范区。", [("H", "国家旅游服务标准化示范区")],
     [("receivedHonor", I, "国家旅游服务标准化示范区")], []),
    ("honor, 唯一 before the cue", "唯一荣获市治污保洁工程特别奖。", [("H", "市治污保洁工程特别奖")],
     [("receivedHonor", I, "市治污保洁工程特别奖")], []),
    ("honor, the issuer's word and 被 before the cue", "我市被确定为国家服务业综合改革试点城市。", [("H", "国家服务业综合改革试点城市")],
     [("receivedHonor", I, "国家服务业综合改革试点城市")], []),
    ("honor, 被确定为 with no holder before 被", "深化医药卫生体制改革，被确定为全省公立医院改革示范县。",
     [("G", "医药卫生体制改革"), ("H", "全省公立医院改革示范县")], [("receivedHonor", I, "全省公立医院改革示范县")], []),
    ("honor, a field of the issuer's own work before the cue", "计生工作连续三年被评为全市先进县。", [("H", "全市先进县")],
     [("receivedHonor", I, "全市先进县")], []),
    ("honor, counted scenic areas listed before the cue", "白云山、石门湖、龙潭峡三个景区入选全省十大研学线路。",
     [("P", "白云山"), ("P", "石门湖"), ("P", "龙潭峡"), ("H", "全省十大研学线路")],
     [("receivedHonor", "白云山", "全省十大研学线路"), ("receivedHonor", "石门湖", "全省十大研学线路"), ("receivedHonor", "龙潭峡", "全省十大研学线路")],
     [("receivedHonor", I, "全省十大研学线路")]),
    ("honor, the issuer after a streak of times", "连续第四次荣获“全国双拥模范城”称号。", [("H", "“全国双拥模范城”")],
     [("receivedHonor", I, "全国双拥模范城")], []),
    ("honor, the issuer after 近三年连续", "近三年连续被评为全省平安建设先进市。", [("H", "全省平安建设先进市")],
     [("receivedHonor", I, "全省平安建设先进市")], []),
    ("honor, a list of a body and a place", "县委宣传部、柳溪镇被评为全省平安建设先进集体。",
     [("O", "县委宣传部"), ("P", "柳溪镇"), ("H", "全省平安建设先进集体")],
     [("receivedHonor", "县委宣传部", "全省平安建设先进集体"), ("receivedHonor", "柳溪镇", "全省平安建设先进集体")], []),
    ("honor, issuer", "成功创建国家森林城市。", [("H", "国家森林城市")],
     [("receivedHonor", I, "国家森林城市")], []),
    ("honor, named holder", "天水市第一人民医院入选国家区域医疗中心建设单位。",
     [("O", "天水市第一人民医院"), ("H", "国家区域医疗中心建设单位")],
     [("receivedHonor", "天水市第一人民医院", "国家区域医疗中心建设单位")], [("receivedHonor", I, "国家区域医疗中心建设单位")]),
    ("honor, named holder behind adverbials", "桂林银行连续三年荣获全国金融服务先进单位。",
     [("O", "桂林银行"), ("H", "全国金融服务先进单位")], [("receivedHonor", "桂林银行", "全国金融服务先进单位")], []),
    ("honor granted by a body after 被", "桂林银行被中国人民银行确定为全国金融服务先进单位。",
     [("O", "桂林银行"), ("O", "中国人民银行"), ("H", "全国金融服务先进单位")],
     [("receivedHonor", "桂林银行", "全国金融服务先进单位")], [("receivedHonor", "中国人民银行", "全国金融服务先进单位")]),
    ("honor, coordinated holders", "东山村、西岭村入选全国乡村旅游重点村。",
     [("P", "东山村"), ("P", "西岭村"), ("H", "全国乡村旅游重点村")],
     [("receivedHonor", "东山村", "全国乡村旅游重点村"), ("receivedHonor", "西岭村", "全国乡村旅游重点村")], []),
    ("honor, coordinated holders with 等", "理光精工、华达科技等获评全国制造业单项冠军。",
     [("O", "理光精工"), ("O", "华达科技"), ("H", "全国制造业单项冠军")],
     [("receivedHonor", "理光精工", "全国制造业单项冠军"), ("receivedHonor", "华达科技", "全国制造业单项冠军")], []),
    ("honor, a place qualifying an unfound holder", "临港合作区东岙村入选中国美丽休闲乡村。", [("P", "临港合作区"), ("H", "中国美丽休闲乡村")],
     [], [("receivedHonor", "临港合作区", "中国美丽休闲乡村")]),
    ("honor, 获准 is permission", "深圳证券交易所获准设立创业板。", [("O", "深圳证券交易所"), ("H", "设立创业板")],
     [], [("receivedHonor", "深圳证券交易所", "设立创业板")]),
    ("honor, a streak is not a count of holders", "连续两年获评全国文明城市。", [("H", "全国文明城市")],
     [("receivedHonor", I, "全国文明城市")], []),
    ("honor, counted holders after the honor", "获评省级专精特新企业12家。", [("H", "省级专精特新企业")],
     [], [("receivedHonor", I, "省级专精特新企业")]),
    ("honor, counted awards after the honor", "获国家科学技术奖35项。", [("H", "国家科学技术奖")],
     [], [("receivedHonor", I, "国家科学技术奖")]),
    ("honor, counted holder before the cue", "6部作品获“五个一工程奖”。", [("O", "6部作品"), ("H", "“五个一工程奖”")],
     [], [("receivedHonor", "6部作品", "五个一工程奖"), ("receivedHonor", I, "五个一工程奖")]),
    ("honor, unnamed holder", "龙潭湖成功创建省级美丽河湖。", [("H", "省级美丽河湖")],
     [], [("receivedHonor", I, "省级美丽河湖")]),
    ("honor, a division before the title qualifies it", "城区教师获评昆明“年度教师”。", [("P", "昆明"), ("H", "“年度教师”")],
     [], [("receivedHonor", "昆明", "年度教师"), ("receivedHonor", I, "年度教师")]),
    ("honor, a named area before the title holds it", "创成东湖画廊省级风貌样板区。", [("P", "东湖画廊"), ("H", "省级风貌样板区")],
     [("receivedHonor", "东湖画廊", "省级风貌样板区")], []),
    ("honor, a title held again, cue after it", "“国家卫生城市”实现五连冠。", [("H", "“国家卫生城市”")],
     [("receivedHonor", I, "国家卫生城市")], []),
    ("honor, holding a title again", "蝉联全国文明城市。", [("H", "全国文明城市")],
     [("receivedHonor", I, "全国文明城市")], []),
    ("honor, 获得感 is no cue", "群众获得感、幸福感不断增强。", [("H", "幸福感不断增强")],
     [], [("receivedHonor", I, "幸福感不断增强")]),
    ("honor, the issuer's own words", "我市荣获全国双拥模范城。", [("H", "全国双拥模范城")],
     [("receivedHonor", I, "全国双拥模范城")], []),
    ("honor, the body that opens the sentence holds the title of a later clause",
     "市第二人民医院顺利通过复审，获评全国改善医疗服务示范医院。", [("O", "市第二人民医院"), ("H", "全国改善医疗服务示范医院")],
     [("receivedHonor", "市第二人民医院", "全国改善医疗服务示范医院")], [("receivedHonor", I, "全国改善医疗服务示范医院")]),
    ("honor, a firm opening the sentence holds a title after its results", "兰州银行营收增长8%，荣获全国金融服务先进单位。",
     [("O", "兰州银行"), ("H", "全国金融服务先进单位")], [("receivedHonor", "兰州银行", "全国金融服务先进单位")], []),
    ("honor, a district's title after a body opens the sentence", "县中医院新院区启用，成功创建省级健康促进县。",
     [("O", "县中医院"), ("H", "省级健康促进县")], [("receivedHonor", I, "省级健康促进县")], [("receivedHonor", "县中医院", "省级健康促进县")]),
    ("honor, a qualified opener is no topic", "宁夏的枸杞产业稳步发展，获评全国特色产业集群。",
     [("P", "宁夏"), ("H", "全国特色产业集群")], [], [("receivedHonor", "宁夏", "全国特色产业集群")]),
    ("honor, a practice's case title is not the issuer's (Guangdong)", "“民生微实事”全面实施，入选中国社区治理十大创新成果。",
     [("H", "中国社区治理十大创新成果")], [], [("receivedHonor", I, "中国社区治理十大创新成果")]),
    ("honor, a model's case title, the model not found (Henan)", "花生产业扶贫模式连续三年入选全国产业扶贫典型示范案例。",
     [("H", "全国产业扶贫典型示范案例")], [], [("receivedHonor", I, "全国产业扶贫典型示范案例")]),
    ("honor, a project's case title after its results (Hebei)", "肉鸡养殖年出栏800万只，作为全省唯一项目，入选全国帮扶产业典型案例。",
     [("H", "全国帮扶产业典型案例")], [], [("receivedHonor", I, "全国帮扶产业典型案例")]),
    ("honor, the issuer's own case title (Hubei)", "我县入选全国乡村治理典型案例。",
     [("H", "全国乡村治理典型案例")], [("receivedHonor", I, "全国乡村治理典型案例")], []),
    ("honor, the issuer's work as a case (Shenzhen)", "生活垃圾分类工作获评全国垃圾分类优秀案例。",
     [("H", "全国垃圾分类优秀案例")], [("receivedHonor", I, "全国垃圾分类优秀案例")], []),
    ("honor, 并被 keeps the first clause's body (Hebei)", "农机局被省农业厅授予农机监理先进单位，并被评为全国农机监理示范窗口。",
     [("O", "农机局"), ("O", "省农业厅"), ("H", "农机监理先进单位"), ("H", "全国农机监理示范窗口")],
     [("receivedHonor", "农机局", "农机监理先进单位")], [("receivedHonor", I, "全国农机监理示范窗口"), ("receivedHonor", "省农业厅", "全国农机监理示范窗口")]),
    ("honor, 并 after the issuer's own clause keeps the issuer (Guangdong)", "生态示范创建活动取得好成绩，通过考评的5个社区，我区占了3个，并荣获省级林业生态区称号。",
     [("H", "省级林业生态区")], [("receivedHonor", I, "省级林业生态区")], []),
    ("honor, a level-and-kind title the issuer creates", "我市再次成功创建国家卫生城市。",
     [("Hc", "国家卫生城市")], [("receivedHonor", I, "国家卫生城市")], []),
    ("honor, a county approved for a level-and-kind park", "宾川县获批国家级现代农业产业园。",
     [("P", "宾川县"), ("Hc", "国家级现代农业产业园")], [("receivedHonor", "宾川县", "国家级现代农业产业园")], []),
    ("honor, a counted level-and-kind title has no named holder", "成功创建2个国家级现代农业产业园。",
     [("Hc", "国家级现代农业产业园")], [], [("receivedHonor", I, "国家级现代农业产业园")]),
    ("honor, a firm's label is never the issuer's", "获评省级专精特新企业。",
     [("Hc", "省级专精特新企业")], [], [("receivedHonor", I, "省级专精特新企业")]),
    ("honor, listed holders with their count", "弥勒、泸西两县分别获评全国绿化模范县。",
     [("P", "弥勒"), ("P", "泸西"), ("H", "全国绿化模范县")],
     [("receivedHonor", "弥勒", "全国绿化模范县"), ("receivedHonor", "泸西", "全国绿化模范县")], []),
    ("honor, a count larger than the named list", "宁德时代、福耀玻璃3家企业荣获省制造业单项冠军。",
     [("O", "宁德时代"), ("O", "福耀玻璃"), ("H", "省制造业单项冠军")], [], [("receivedHonor", "宁德时代", "省制造业单项冠军")]),
    ("honor, a count that is not the list's", "宝安、龙岗四个镇被评为教育强镇。",
     [("P", "宝安"), ("P", "龙岗"), ("H", "教育强镇")], [], [("receivedHonor", "宝安", "教育强镇")]),
    ("honor, a clause opened by the granter after 被 is the issuer's", "双拥工作扎实推进，被自治区继续评为双拥模范城。",
     [("H", "双拥模范城")], [("receivedHonor", I, "双拥模范城")], []),
    ("honor, coordinated granters after 被 hold nothing", "被省委、省政府授予“民营经济发展先进县”称号。",
     [("O", "省委"), ("O", "省政府"), ("H", "“民营经济发展先进县”")],
     [("receivedHonor", I, "民营经济发展先进县")], [("receivedHonor", "省政府", "民营经济发展先进县")]),
    ("honor, the holder right after 授予", "世界旅游组织授予桂林市“最佳旅游目的地”称号。",
     [("O", "世界旅游组织"), ("P", "桂林市"), ("H", "“最佳旅游目的地”")],
     [("receivedHonor", "桂林市", "最佳旅游目的地")], [("receivedHonor", "世界旅游组织", "最佳旅游目的地")]),
    ("honor, 授予我县 is the issuer", "农业农村部授予我县“全国农业科技先进县”称号。",
     [("O", "农业农村部"), ("H", "“全国农业科技先进县”")],
     [("receivedHonor", I, "全国农业科技先进县")], [("receivedHonor", "农业农村部", "全国农业科技先进县")]),
    ("honor, people granted a title are no named holder", "授予56人“技术能手”称号。", [("H", "“技术能手”")],
     [], [("receivedHonor", I, "技术能手")]),
    ("honor, a grant that qualifies the title won", "荣获中国城市规划学会授予的“规划设计金奖”。",
     [("O", "中国城市规划学会"), ("H", "“规划设计金奖”")],
     [("receivedHonor", I, "规划设计金奖")], [("receivedHonor", "中国城市规划学会", "规划设计金奖")]),
    ("honor, 获批成为", "昆明获批成为国家物流枢纽建设城市。", [("P", "昆明"), ("H", "国家物流枢纽建设城市")],
     [("receivedHonor", "昆明", "国家物流枢纽建设城市")], []),
    ("honor, a title aimed at is not held (积极创建)", "积极创建国家食品安全示范城市。", [("H", "国家食品安全示范城市")],
     [], [("receivedHonor", I, "国家食品安全示范城市")]),
    ("honor, a title aimed at is not held (争取获批)", "提高园区管理水平，争取获批省级经济开发区。", [("H", "省级经济开发区")],
     [], [("receivedHonor", I, "省级经济开发区")]),
    ("honor, a named holder aiming at a title holds nothing", "县人民医院力争年内入选省级区域医疗中心。",
     [("O", "县人民医院"), ("H", "省级区域医疗中心")], [], [("receivedHonor", "县人民医院", "省级区域医疗中心")]),
    # ---- locatedIn
    ("located in, bracketed place after a project", "国家雪上训练基地（崇礼）建成投用。", [("J", "国家雪上训练基地"), ("P", "崇礼")],
     [("locatedIn", "国家雪上训练基地", "崇礼")], []),
    ("located in, not for a university campus name", "南方科技大学（深圳）开学。", [("O", "南方科技大学"), ("P", "深圳")],
     [], [("locatedIn", "南方科技大学", "深圳")]),
    ("located in, a consulate in a city", "泰国驻昆明总领事馆开馆。", [("O", "泰国驻昆明总领事馆"), ("P", "昆明")],
     [("locatedIn", "泰国驻昆明总领事馆", "昆明")], []),
    ("located in, projects settled in a zone", "宝钛钛材、秦川机床等12个项目落户蔡家坡经开区。",
     [("J", "宝钛钛材"), ("J", "秦川机床"), ("P", "蔡家坡经开区")],
     [("locatedIn", "宝钛钛材", "蔡家坡经开区"), ("locatedIn", "秦川机床", "蔡家坡经开区")], []),
    ("located in, a lab moving into a science city", "深圳市神经科学研究院入驻光明科学城。", [("O", "深圳市神经科学研究院"), ("P", "光明科学城")],
     [("locatedIn", "深圳市神经科学研究院", "光明科学城")], []),
    ("located in, not for a firm coming to a city", "华为研究院落户深圳。", [("O", "华为研究院"), ("P", "深圳")],
     [], [("locatedIn", "华为研究院", "深圳")]),
    ("located in, only the subjects of the same clause", "光明科学城加快建设，比亚迪研究院落户前海合作区。",
     [("P", "光明科学城"), ("O", "比亚迪研究院"), ("P", "前海合作区")],
     [("locatedIn", "比亚迪研究院", "前海合作区")], [("locatedIn", "光明科学城", "前海合作区")]),
    ("located in, province prefix", "云南省大理市持续推进洱海保护。", [("P", "云南省"), ("P", "大理市")],
     [("locatedIn", "大理市", "云南省")], []),
    ("honor, the first of a listed count holds the title though the rest was not found (Shaanxi)", "宜川、平利等5个县区被命名为国家生态文明建设示范区。",
     [("P", "宜川"), ("H", "国家生态文明建设示范区")], [("receivedHonor", "宜川", "国家生态文明建设示范区")], []),
    ("honor, a place qualifying an unfound holder still holds nothing (Guangdong)", "某合作区大安村入选省级美丽乡村。",
     [("P", "某合作区"), ("H", "省级美丽乡村")], [], [("receivedHonor", "某合作区", "省级美丽乡村"), ("receivedHonor", I, "省级美丽乡村")]),
    ("honor, 分别: holders and titles pair up in order (Guangdong)", "海山街道、永安社区分别获评全国和谐社区建设示范街道、示范社区。",
     [("P", "海山街道"), ("P", "永安社区"), ("H", "全国和谐社区建设示范街道"), ("H", "示范社区")],
     [("receivedHonor", "海山街道", "全国和谐社区建设示范街道"), ("receivedHonor", "永安社区", "示范社区")],
     [("receivedHonor", "海山街道", "示范社区"), ("receivedHonor", "永安社区", "全国和谐社区建设示范街道")]),
    ("honor, 分别 with one title: every holder holds it (Shaanxi)", "安康、石泉分别入选全国美丽乡村先行区。",
     [("P", "安康"), ("P", "石泉"), ("H", "全国美丽乡村先行区")],
     [("receivedHonor", "安康", "全国美丽乡村先行区"), ("receivedHonor", "石泉", "全国美丽乡村先行区")], []),
    ("cooperation, the cue ends a program named after the partners (Guangdong)", "深化与田东、德保东西部协作，打造乡村振兴示范点。",
     [("P", "田东"), ("P", "德保"), ("G", "东西部协作")], [("cooperatesWith", I, "田东"), ("cooperatesWith", I, "德保")], []),
    ("cooperation, the cue inside a project named after the partners after 与 (Hebei)", "加快与华侨城、五矿集团合作项目进度。",
     [("O", "华侨城"), ("O", "五矿集团"), ("J", "五矿集团合作项目")],
     [("cooperatesWith", I, "华侨城"), ("cooperatesWith", I, "五矿集团")], []),
    ("cooperation, a project with a cue and no 与 names no partner (Shanghai)", "推进中德合作产业园项目建设。",
     [("P", "中德"), ("J", "中德合作产业园项目")], [], [("cooperatesWith", I, "中德")]),
    ("cooperation, 探索与: the issuer explores the cooperation (Guangdong)", "探索与香港、龙岗等地共建跨域合作平台。",
     [("P", "香港"), ("P", "龙岗")], [("cooperatesWith", I, "香港"), ("cooperatesWith", I, "龙岗")], []),
    ("cooperation, 重点加强与 (Hebei)", "重点加强与中国农业大学合作。",
     [("O", "中国农业大学")], [("cooperatesWith", I, "中国农业大学")], []),
    ("cooperation, 内地与: the mainland is the issuer's own territory (national)", "深化内地与香港、澳门合作。",
     [("P", "香港"), ("P", "澳门")], [("cooperatesWith", I, "香港"), ("cooperatesWith", I, "澳门")], []),
    ("cooperation, a program ending in a cue with no partners before it (Tianjin)", "持续巩固拓展东西部协作成果。",
     [("G", "东西部协作")], [], [("cooperatesWith", I, "东西部协作")]),
    ("located in, 位于: a park in the town right after the verb (Sichuan)", "攀西钒钛产业园位于仁和镇，规划面积12平方公里。",
     [("P", "攀西钒钛产业园"), ("P", "仁和镇")], [("locatedIn", "攀西钒钛产业园", "仁和镇")], []),
    ("located in, 位于 after a colon in a note (Guangdong)", "电子商务产业带：位于梅林片区。",
     [("P", "电子商务产业带"), ("P", "梅林片区")], [("locatedIn", "电子商务产业带", "梅林片区")], []),
    ("located in, 地处 an edge between two places is no container (Hebei)", "涞水地处京保交界，区位优越。",
     [("P", "涞水"), ("P", "京保")], [], [("locatedIn", "涞水", "京保")]),
    ("located in, 位于 between two places is no container (Jiangsu)", "新城位于苏州和无锡之间。",
     [("P", "新城"), ("P", "苏州"), ("P", "无锡")], [], [("locatedIn", "新城", "苏州")]),
    ("located in, nested: a village right after its town (Gansu)", "城关镇新庄村获评省级美丽乡村示范村。",
     [("P", "城关镇"), ("P", "新庄村"), ("H", "省级美丽乡村示范村")], [("locatedIn", "新庄村", "城关镇")], []),
    ("located in, nested: a project right after its development zone (Hubei)", "黄石经济开发区锂电池隔膜项目开工建设。",
     [("P", "黄石经济开发区"), ("J", "锂电池隔膜项目")], [("locatedIn", "锂电池隔膜项目", "黄石经济开发区")], []),
    ("located in, nested: a science city right after its city's name (Liaoning)", "大连英歌石科学城汇聚科研团队。",
     [("P", "大连"), ("P", "英歌石科学城")], [("locatedIn", "英歌石科学城", "大连")], []),
    ("located in, nested: a city's name opening a body's name is no site (Shanghai)", "上海大歌剧院建成开放。",
     [("P", "上海"), ("J", "大歌剧院")], [], [("locatedIn", "大歌剧院", "上海")]),
    ("located in, nested: a town right after its county (Zhejiang)", "开化县华埠镇入选全国千强镇。",
     [("P", "开化县"), ("P", "华埠镇"), ("H", "全国千强镇")], [("locatedIn", "华埠镇", "开化县")], []),
    ("located in, nested: a region before a base qualifies it (Guangdong)", "建设大湾区“菜篮子”产品生产供应基地。",
     [("P", "大湾区"), ("J", "“菜篮子”产品生产供应基地")], [], [("locatedIn", "菜篮子产品生产供应基地", "大湾区")]),
    ("located in, nested: a city after a new area is not inside it (Hebei)", "争创雄安新区保定联动创新区。",
     [("P", "雄安新区"), ("P", "保定")], [], [("locatedIn", "保定", "雄安新区")]),
]


@pytest.mark.parametrize("case,text,spec,found,absent", ROWS, ids=[r[0] for r in ROWS])
def test_relation_rule(case: str, text: str, spec, found, absent) -> None:
    got = _relations(text, spec)
    for rel in found:
        assert rel in got, f"{case}: {rel} not in {sorted(got)}"
    for rel in absent:
        assert rel not in got, f"{case}: {rel} found"


# ---- whole pipeline: the entity rules and the relation rules together

PIPELINE = [
    ("Guangxi: 加快 + named railways is construction under way", "2022年广西壮族自治区政府工作报告", "加快南崇铁路、柳梧铁路等项目进度。",
     ("builds", "柳梧铁路")),
    ("post-posed cue in a Jiangxi city", "2022年江西省赣州市政府工作报告", "“放管服”改革持续深化。", ("implements", "放管服")),
    ("honor of a Gansu district", "2023年甘肃省天水市麦积区政府工作报告", "成功创建国家森林城市。", ("receivedHonor", "国家森林城市")),
    ("builds in a Heilongjiang city", "2024年黑龙江省肇东市政府工作报告", "北环快速路建成通车。", ("builds", "北环快速路")),
    ("honor approved to a Guizhou city", "2024年贵州省铜仁市政府工作报告", "铜仁获批建设国家中医药传承创新发展试验区。",
     ("receivedHonor", "国家中医药传承创新发展试验区")),
    ("cooperation with two cities of a Guangdong city", "2021年广东省深圳市政府工作报告", "深化与汕头、潮州协作。", ("cooperatesWith", "潮州市")),
    ("cooperation with a city before 协同", "2025年四川省政府工作报告", "与重庆协同共建长江上游航运中心。", ("cooperatesWith", "重庆市")),
    ("a Hunan province's system after 实行", "2012年湖南省政府工作报告", "实行首问负责制和限时办结制。", ("implements", "限时办结制")),
    ("a Jiangsu county's quoted measure after 实行", "2019年江苏省昆山市政府工作报告", "全面实行“不见面审批”，提升服务效率。",
     ("implements", "不见面审批")),
    ("a Shaanxi city's 工程 after 实施", "2020年陕西省汉中市政府工作报告", "实施农民减负增收工程。", ("implements", "农民减负增收工程")),
    ("a Hebei province's own policy package issued", "2018年河北省政府工作报告", "出台降低实体经济成本28条。", ("implements", "降低实体经济成本28条")),
    ("Fujian: the other province of an abbreviated pair before 协作", "2024年福建省政府工作报告", "深化闽宁协作，共建产业园区。",
     ("cooperatesWith", "宁夏回族自治区")),
    ("Yunnan: 沪 of 沪滇协作 (second abbreviation 滇)", "2024年云南省政府工作报告", "持续深化沪滇协作，推动产业梯度转移。",
     ("cooperatesWith", "上海市")),
    ("Zhejiang: the partner comes first, the report's own province second", "2023年浙江省政府工作报告", "吉浙对口合作持续深化。",
     ("cooperatesWith", "吉林省")),
    ("Hebei: the kind 扶贫 between the pair and the cue", "2019年河北省政府工作报告", "深化京冀扶贫协作。", ("cooperatesWith", "北京市")),
    ("Guangdong: 东西部 between the pair and the cue", "2023年广东省政府工作报告", "深化粤桂东西部协作。", ("cooperatesWith", "广西壮族自治区")),
    ("Anhui: a run of three, 港澳 among them", "2024年安徽省政府工作报告", "深化皖港澳合作，推进科技交流。", ("cooperatesWith", "香港特别行政区")),
    ("Guangdong: two pairs listed before the cue", "2012年广东省政府工作报告", "落实粤港、粤澳合作框架协议。", ("cooperatesWith", "香港特别行政区")),
    ("Hubei: a count of provinces between the run and the cue", "2026年湖北省政府工作报告", "健全鄂湘赣三省合作机制。",
     ("cooperatesWith", "江西省")),
    ("Guangdong: a new item of a list of cooperations names its partners right at the cue", "2020年广东省深圳市坪山区政府工作报告",
     "深化汕尾陆河对口帮扶、哈尔滨五常对口合作。", ("cooperatesWith", "五常市")),
    ("Chongqing: a run opening a word is cut at the word (创新 before 川渝)", "2025年重庆市政府工作报告", "创新川渝合作机制。",
     ("cooperatesWith", "四川省")),
    ("Hebei: a field of cooperation between the pairs and the cue", "2022年河北省政府工作报告", "落实京冀、津冀战略合作协议。",
     ("cooperatesWith", "天津市")),
    ("Beijing: 全方位 between the pairs and the cue", "2026年北京市政府工作报告", "优化京港、京澳全方位合作机制。",
     ("cooperatesWith", "澳门特别行政区")),
    ("Anhui: 交流 between the pair and the cue", "2026年安徽省政府工作报告", "推进皖台交流合作。", ("cooperatesWith", "台湾省")),
    ("Guangdong: a city's first character in a run names the city (深港)", "2019年广东省深圳市政府工作报告", "深化深港金融合作。",
     ("cooperatesWith", "香港特别行政区")),
    ("Guangdong: a district of that city, two fields before the cue", "2023年广东省深圳市罗湖区政府工作报告", "加强深港教育交流合作。",
     ("cooperatesWith", "香港特别行政区")),
    ("Hebei: a county of Baoding, 保 of 京保", "2020年河北省保定市曲阳县政府工作报告", "深化京保扶贫协作。", ("cooperatesWith", "北京市")),
    ("Inner Mongolia: a sister-city tie with a foreign city after 与", "2013年内蒙古自治区呼伦贝尔市海拉尔区政府工作报告",
     "与蒙古国乌兰巴托市正式缔结国际友城关系。", ("cooperatesWith", "乌兰巴托市")),
    ("Inner Mongolia: a sister-city tie with two cities after 与", "2019年内蒙古自治区呼伦贝尔市海拉尔区政府工作报告",
     "与广州市、东莞市建立友好城市关系。", ("cooperatesWith", "东莞市")),
    ("Anhui: the partners named before 共建 stay partners", "2025年安徽省政府工作报告", "沪皖共建长三角（广德）康养基地签约建设。",
     ("cooperatesWith", "上海市")),
    ("Guangdong: 高等教育 between the run and the cue", "2011年广东省深圳市政府工作报告", "深港高等教育合作取得新进展。",
     ("cooperatesWith", "香港特别行政区")),
    ("Hebei: a county's short form after 对口援建 is the partner", "2010年河北省政府工作报告",
     "成功抗击了重大雪灾，对口援建平武灾区工作顺利推进。", ("cooperatesWith", "平武县")),
    ("Guangdong: a county listed second after an assistance cue is a partner too", "2021年广东省深圳市福田区政府工作报告",
     "深化对口帮扶那坡、靖西，推动产业共建。", ("cooperatesWith", "靖西市")),
    ("Guangdong: a new item of a list of cooperations names its partners right after its cue (扶贫协作)",
     "2020年广东省深圳市龙岗区政府工作报告", "用心用情做好对口帮扶海丰、扶贫协作靖西和那坡、援疆等各项工作。", ("cooperatesWith", "那坡县")),
    ("Guangdong: a company holds a level-and-kind title", "2016年广东省深圳市光明新区政府工作报告",
     "光明集团被评为国家级农业龙头企业。", ("receivedHonor", "国家级农业龙头企业")),
    ("Guangdong: partners listed after 与 before 签约 (签约 also cues builds)", "2017年广东省深圳市政府工作报告",
     "与北京大学、清华大学等6所国内名校签约建设深圳校区。", ("cooperatesWith", "清华大学")),
    ("Guangdong: a partner after 与 before 签约共建 (Shenzhen district)", "2016年广东省深圳市龙岗区政府工作报告",
     "与拜仁慕尼黑俱乐部签约共建国际足球学校。", ("cooperatesWith", "拜仁慕尼黑俱乐部")),
    ("Hebei: 被列为 enters the issuer into a pilot", "2021年河北省保定市清苑区政府工作报告",
     "深入推进行政审批制度改革，被列为河北省“中介超市”试点单位。", ("receivedHonor", "河北省中介超市试点单位")),
    ("Hebei: 被列为 after the county's own name", "2018年河北省保定市易县政府工作报告",
     "易县被列为全市行政备案改革工作试点县。", ("receivedHonor", "全市行政备案改革工作试点县")),
    ("Hebei: a title named by a ministry after 被, held by the issuer", "2022年河北省保定市阜平县政府工作报告",
     "被生态环境部命名为全国生态文明建设示范区。", ("receivedHonor", "全国生态文明建设示范区")),
    ("Hebei: a title named by a ministry after 被, held by the company before it", "2008年河北省保定市清苑县政府工作报告",
     "立中集团被科技部命名为“中国国际科技合作基地”。", ("receivedHonor", "中国国际科技合作基地")),
]


#: (case, title, body, a relation that must not be found as (kind, object label)) through the whole pipeline.
PIPELINE_NOT = [
    ("Guangdong: a firm that signs to settle in is no partner (签约 without 与)", "2019年广东省深圳市宝安区政府工作报告",
     "华为公司签约落户，带动产业集聚。", ("cooperatesWith", "华为公司")),
    ("Guangdong: a title 打造成为 aims at is none held", "2015年广东省深圳市宝安区政府工作报告",
     "将某某科技公司打造成为宝安旗舰型企业。", ("receivedHonor", "宝安旗舰型企业")),
    ("Hebei: readying a motorway's start (开工准备) is a preparatory stage, no builds", "2010年河北省政府工作报告",
     "抓好保沧高速开工准备，推进港口和高速公路建设。", ("builds", "保沧高速")),
    ("Henan: 加快 a base's growth builds nothing", "2026年河南省政府工作报告", "加快中国农科院河南创新基地高质量发展，推进高端智能农机装备研发。",
     ("builds", "中国农科院河南创新基地")),
    ("Guangdong: 加快 governs the cooperation, not the project after it", "2021年广东省深圳市政府工作报告", "加快与华侨城、五矿集团合作项目进度。",
     ("builds", "五矿集团合作项目")),
    ("Chongqing: 新 of 创新 is no Xinjiang", "2025年重庆市政府工作报告", "创新川渝合作机制。", ("cooperatesWith", "新疆维吾尔自治区")),
    ("Fujian: the report's own province is no partner", "2024年福建省政府工作报告", "深化闽宁协作，共建产业园区。", ("cooperatesWith", "福建省")),
    ("Hebei: two abbreviated provinces side by side, neither inside the other", "2019年河北省政府工作报告", "深化京冀扶贫协作。",
     ("locatedIn", "北京市")),
    ("Hubei: counted provinces side by side, neither inside the other", "2026年湖北省政府工作报告", "健全鄂湘赣三省合作机制。",
     ("locatedIn", "湖南省")),
    ("Guangdong: the city of a county partner is no partner of its own", "2020年广东省深圳市坪山区政府工作报告",
     "深化汕尾陆河对口帮扶、哈尔滨五常对口合作。", ("cooperatesWith", "哈尔滨市")),
    ("Hebei: 中新 is China and Singapore, no province run", "2019年河北省政府工作报告", "中新合作持续深化。", ("cooperatesWith", "新疆维吾尔自治区")),
    ("Shanxi: 港澳台 among work areas is no partner", "2025年山西省政府工作报告", "外事、侨务、港澳台、广电等工作持续深化。",
     ("cooperatesWith", "台湾省")),
    ("national: a field before the cue counts only when the report's own place is one side", "2021年国务院政府工作报告",
     "深化粤港澳全面合作。", ("cooperatesWith", "香港特别行政区")),
    ("Guangdong: a zone named after a field and the cue is no cooperation", "2024年广东省深圳市政府工作报告",
     "全面深化前海深港现代服务业合作区改革开放。", ("cooperatesWith", "香港特别行政区")),
    ("Guangdong: a city's own character is no partner of its own", "2019年广东省深圳市政府工作报告", "深化深港金融合作。",
     ("cooperatesWith", "深圳市")),
    ("Shandong: places counted after the title are its holders, not the issuer", "2025年山东省聊城市高唐县政府工作报告",
     "获评全省“最美公共文化空间”2处。", ("receivedHonor", "最美公共文化空间")),
    ("Inner Mongolia: a foreign country right before its city is no partner of its own", "2013年内蒙古自治区呼伦贝尔市海拉尔区政府工作报告",
     "与蒙古国乌兰巴托市正式缔结国际友城关系。", ("cooperatesWith", "蒙古国")),
    ("Guangdong: what the province and city build together is no partner", "2017年广东省深圳市盐田区政府工作报告",
     "省市共建和谐劳动关系综合试验区建设全面推进。", ("cooperatesWith", "和谐劳动关系综合试验区")),
    ("Sichuan: a corridor built together is no partner", "2026年四川省政府工作报告", "共建巴蜀文旅走廊。", ("cooperatesWith", "巴蜀文旅走廊")),
    ("Guangdong: a corridor named after the run's cooperation has no partners", "2017年广东省深圳市福田区政府工作报告",
     "加快南部深港合作新廊带开发。", ("cooperatesWith", "香港特别行政区")),
    ("Guangdong: an extension zone named after the run's cooperation has no partners", "2024年广东省深圳市坪山区政府工作报告",
     "积极推动深港科技创新合作延伸区建设。", ("cooperatesWith", "香港特别行政区")),
]


@pytest.mark.parametrize("case,title,body,unexpected", PIPELINE_NOT, ids=[p[0] for p in PIPELINE_NOT])
def test_relation_not_in_pipeline(case: str, title: str, body: str, unexpected: tuple[str, str]) -> None:
    rg = extract_text(f"{title}\n\n{body}\n")
    labels = {e.key: e.label for e in rg.entities}
    got = {(r.kind.value, labels.get(r.object, "")) for r in rg.relations}
    assert unexpected not in got, f"{case}: {unexpected} in {sorted(got)}"


@pytest.mark.parametrize("case,title,body,expected", PIPELINE, ids=[p[0] for p in PIPELINE])
def test_relation_in_pipeline(case: str, title: str, body: str, expected: tuple[str, str]) -> None:
    rg = extract_text(f"{title}\n\n{body}\n")
    labels = {e.key: e.label for e in rg.entities}
    got = {(r.kind.value, labels.get(r.object, "")) for r in rg.relations}
    assert expected in got, f"{case}: {expected} not in {sorted(got)}"


#: (case, title, body, a relation that must be found as (kind, subject label, object label)) through the
#: whole pipeline, where the holder's label needs the issuer's region (short county names).
PIPELINE_HOLDERS = [
    ("two Hubei counties counted as 县市 hold the title", "2025年湖北省政府工作报告", "罗田、钟祥2个县市获批创建国家现代农业产业园。",
     ("receivedHonor", "罗田县", "国家现代农业产业园")),
    ("a Yunnan stretch of a river holds the title", "2026年云南省政府工作报告", "赤水河（昭通段）入选全国美丽河湖优秀案例。",
     ("receivedHonor", "赤水河（昭通段）", "全国美丽河湖优秀案例")),
    ("Hebei villages listed with their townships hold the title", "2020年河北省保定市曲阳县政府工作报告",
     "羊平镇羊平北村、范家庄乡虎山村入选河北省乡村旅游重点村。", ("receivedHonor", "虎山村", "河北省乡村旅游重点村")),
    ("a Hebei village listed with its town is inside the town", "2024年河北省保定市清苑区政府工作报告",
     "冉庄镇冉庄村、北店乡西林水村获评全国民主法治示范村。", ("locatedIn", "西林水村", "北店乡")),
]


@pytest.mark.parametrize("case,title,body,expected", PIPELINE_HOLDERS, ids=[p[0] for p in PIPELINE_HOLDERS])
def test_holder_in_pipeline(case: str, title: str, body: str, expected: tuple[str, str, str]) -> None:
    rg = extract_text(f"{title}\n\n{body}\n")
    labels = {e.key: e.label for e in rg.entities}
    got = {(r.kind.value, labels.get(r.subject, ""), labels.get(r.object, "")) for r in rg.relations}
    assert expected in got, f"{case}: {expected} not in {sorted(got)}"


@pytest.mark.parametrize(
    "body,merged",
    [
        ("制定了《某某省国民经济和社会发展第十五个五年规划和二〇三五年远景目标纲要（草案）》。《规划纲要（草案）》围绕目标作出部署。", True),
        ("出台《某某市数字经济发展行动方案》和《某某市先进制造业发展行动方案》。落实《发展行动方案》要求。", False),  # two candidates
    ],
)
def test_a_short_document_title_joins_its_full_title(body: str, merged: bool) -> None:
    rg = extract_text(f"2026年辽宁省政府工作报告\n\n{body}\n")
    programs = [e for e in rg.entities if e.cls.value == "Program"]
    short = "规划纲要（草案）" if merged else "发展行动方案"
    holders = [e for e in programs if short in e.alt_labels or e.label == short]
    assert len(holders) == 1, [(e.label, e.alt_labels) for e in programs]
    if merged:
        assert holders[0].label.startswith("某某省国民经济"), [(e.label, e.alt_labels) for e in programs]
    else:
        assert holders[0].label == short, [(e.label, e.alt_labels) for e in programs]  # which long one it meant is unknown


def test_a_draft_plan_drawn_up_is_not_implemented() -> None:
    """制定了《…纲要（草案）》，提请大会审议: the draft is a Program, but it is submitted, not carried out."""
    rg = extract_text("2026年辽宁省政府工作报告\n\n省政府制定了《辽宁省国民经济和社会发展第十五个五年规划纲要（草案）》，提请大会审议。\n")
    drafts = {e.key for e in rg.entities if e.label.endswith(("（草案）", "(草案)", "草案"))}
    assert drafts, sorted(e.label for e in rg.entities)
    assert not [r for r in rg.relations if r.object in drafts]


# ---- locatedIn from the title: the parent division named before the issuer's territory

TITLES = [
    ("a Guangxi district under its city", "(广西)柳州市城中区人民政府工作报告", [("locatedIn", "城中区", "柳州市"), ("locatedIn", "柳州市", "广西壮族自治区")]),
    ("a Hebei county under its city", "（河北）保定市清苑区人民政府工作报告", [("locatedIn", "清苑区", "保定市")]),
    ("a Gansu district with full-width brackets", "（甘肃省）天水市麦积区人民政府工作报告", [("locatedIn", "麦积区", "天水市")]),
    ("a county with only its province", "（江西省）崇仁县人民政府工作报告", [("locatedIn", "崇仁县", "江西省")]),
]


@pytest.mark.parametrize("case,title,expected", TITLES, ids=[t[0] for t in TITLES])
def test_title_parent(case: str, title: str, expected: list[tuple[str, str, str]]) -> None:
    rg = extract_text(f"{title}\n\n全区经济稳步增长。\n")
    labels = {e.key: e.label for e in rg.entities}
    places = {e.label for e in rg.entities if e.cls.value == "Place"}
    got = {(r.kind.value, labels[r.subject], labels[r.object]) for r in rg.relations}
    for rel in expected:
        assert rel[2] in places, f"{case}: {rel[2]} not a place in {sorted(places)}"
        assert rel in got, f"{case}: {rel} not in {sorted(got)}"


# ---- locatedIn from a name's prefix: a zone or site named after a division the report names

NAME_PREFIX = [
    ("a zone named after the city", "2025年甘肃省兰州市政府工作报告", "兰州新区综合保税区封关运行。", ("兰州新区综合保税区", "兰州市"), True),
    ("a station named after the county-level city", "2022年浙江省义乌市政府工作报告", "完成义乌北站周边城市设计。", ("义乌北站", "义乌市"), True),
    ("a metropolitan area is wider than its city", "2026年辽宁省政府工作报告", "推进沈阳都市圈建设，沈阳市加快发展。", ("沈阳都市圈", "沈阳市"), False),
    ("a park joining a province to a foreign place lies in neither", "2016年广东省政府工作报告", "推进中马广东—马六甲海洋工业园等境外产业园建设。",
     ("广东—马六甲海洋工业园", "广东省"), False),
    ("a corridor joining two places lies in neither", "2023年河北省政府工作报告", "共建北京-雄安人才科创走廊，北京市企业加快落地。",
     ("北京-雄安人才科创走廊", "北京市"), False),
]


@pytest.mark.parametrize("case,title,body,pair,expected", NAME_PREFIX, ids=[t[0] for t in NAME_PREFIX])
def test_name_prefix(case: str, title: str, body: str, pair: tuple[str, str], expected: bool) -> None:
    rg = extract_text(f"{title}\n\n{body}\n")
    labels = {e.key: e.label for e in rg.entities}
    got = {(labels[r.subject], labels[r.object]) for r in rg.relations if r.kind.value == "locatedIn"}
    assert pair[0] in labels.values(), f"{case}: {pair[0]} not extracted: {sorted(labels.values())}"
    assert (pair in got) is expected, f"{case}: {pair} {'not ' if expected else ''}in {sorted(got)}"
# ---- honors: 百强 rankings a holder is placed in, whole pipeline
# (case, title, body, relations (kind, subject label, object label) that must be found, that must not)
RANKED = [
    ("honors: listed rankings placed together, the issuer's", "2024年江苏省昆山市政府工作报告",
     "全国综合实力百强县市、赛迪全国县域经济百强排名均保持前列。",
     [("receivedHonor", "昆山市", "全国综合实力百强县市"), ("receivedHonor", "昆山市", "赛迪全国县域经济百强")], []),
    ("honors: a named holder placed in a ranking", "2024年广东省深圳市宝安区政府工作报告", "宝安区连续两年位居全国创新百强区第二。",
     [("receivedHonor", "宝安区", "全国创新百强区")], []),
    ("honors: a holder named in words only", "2023年广东省深圳市罗湖区政府工作报告", "城区综合实力连续四年居全国百强区榜首。",
     [], [("receivedHonor", "罗湖区", "全国百强区")]),
    ("honors: listed firms enter a ranking", "2023年湖南省株洲市政府工作报告", "华菱钢铁集团、中联重科股份有限公司进入全市工业亩均效益前30强。",
     [("receivedHonor", "华菱钢铁集团", "全市工业亩均效益前30强"), ("receivedHonor", "中联重科股份有限公司", "全市工业亩均效益前30强")],
     [("receivedHonor", "株洲市", "全市工业亩均效益前30强")]),
    ("honors: a firm enters a ranking", "2025年海南省政府工作报告", "海垦集团进入中国企业500强。", [("receivedHonor", "海垦集团", "中国企业500强")], []),
    ("honors: counted firms entering a ranking hold nothing named", "2023年湖南省株洲市政府工作报告", "全市有3家企业进入中国企业500强。",
     [], [("receivedHonor", "株洲市", "中国企业500强")]),
    ("honors: listed counties enter a 百强 ranking", "2025年辽宁省大连市政府工作报告", "瓦房店市、庄河市进入全国百强县。",
     [("receivedHonor", "瓦房店市", "全国百强县"), ("receivedHonor", "庄河市", "全国百强县")], []),
    ("honors: a ranking as a target is no title", "2023年湖南省浏阳市政府工作报告", "实施全国百强县、百强区巩固提升行动。",
     [], [("receivedHonor", "浏阳市", "全国百强县")]),

    ("honors: a bare 创建 aims at a title", "2019年河北省保定市博野县政府工作报告", "一年来，我县创建国家园林县城。",
     [], [("receivedHonor", "博野县", "国家园林县城")]),
    ("honors: 成功创建 holds the title", "2019年河北省保定市博野县政府工作报告", "一年来，我县成功创建国家园林县城。",
     [("receivedHonor", "博野县", "国家园林县城")], []),
    ("honors: a place supported to create a title holds none yet", "2020年广东省政府工作报告", "支持梅州、云浮创建国家级高新区。",
     [], [("receivedHonor", "梅州市", "国家级高新区"), ("receivedHonor", "云浮市", "国家级高新区")]),
]


@pytest.mark.parametrize("case,title,body,found,absent", RANKED, ids=[r[0] for r in RANKED])
def test_ranked_titles(case: str, title: str, body: str, found: list[tuple[str, str, str]], absent: list[tuple[str, str, str]]) -> None:
    rg = extract_text(f"{title}\n\n{body}\n")
    labels = {e.key: e.label for e in rg.entities}
    got = {(r.kind.value, labels.get(r.subject, ""), labels.get(r.object, "")) for r in rg.relations}
    for rel in found:
        assert rel in got, f"{case}: {rel} not in {sorted(got)}"
    for rel in absent:
        assert rel not in got, f"{case}: {rel} found"


# ---- honors: a ranking describing the company named after it (世界500强企业某某集团)
# (case, sentence, mentions (H = the ranking found as a descriptor), relations found, relations absent)
DESCRIBED = [
    ("honors: a ranking before 企业 and a company", "世界500强企业富士康科技集团落户河北。",
     [("H", "世界500强"), ("O", "富士康科技集团"), ("P", "河北")], [("receivedHonor", "富士康科技集团", "世界500强")], []),
    ("honors: listed rankings each before its company", "引进世界500强中冶集团、中国民营企业500强恒力集团等企业。",
     [("H", "世界500强"), ("O", "中冶集团"), ("H", "中国民营企业500强"), ("O", "恒力集团")],
     [("receivedHonor", "中冶集团", "世界500强"), ("receivedHonor", "恒力集团", "中国民营企业500强")],
     [("receivedHonor", "恒力集团", "世界500强"), ("receivedHonor", I, "世界500强")]),
    ("honors: a company not right after the ranking", "世界500强企业在我市设立华南总部，中冶集团落户。",
     [("H", "世界500强"), ("O", "中冶集团")], [], [("receivedHonor", "中冶集团", "世界500强")]),
]


@pytest.mark.parametrize("case,text,spec,found,absent", DESCRIBED, ids=[r[0] for r in DESCRIBED])
def test_described_holders(case: str, text: str, spec: list[tuple[str, str]], found: list[tuple[str, str, str]], absent: list[tuple[str, str, str]]) -> None:
    sent = Sentence(0, 0, 0, len(text), text)
    ms = [replace(m, source="honor-descriptor") if m.cls is HONOR else m for m in _mentions(text, spec)]
    got = {(r.kind.value, r.subject if isinstance(r.subject, str) else r.subject.name, r.object.name) for r in extract_relations([sent], ms)}
    for rel in found:
        assert rel in got, f"{case}: {rel} not in {sorted(got)}"
    for rel in absent:
        assert rel not in got, f"{case}: {rel} found"
