"""``implements`` (programs) and ``builds`` (projects): the objects a cue governs and who acts."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kgreport import patterns
from kgreport.extract.relations.cues import ACTORS, ADVERBIALS, ISSUER, NUM, cue_table
from kgreport.extract.kinds import generic_category, generic_kind
from kgreport.lexicon import Cue, lexicon
from kgreport.extract.entities.names import all_generic
from kgreport.extract.entities.quoted import FIVE_YEAR_PLAN_RULE
from kgreport.models import EntityClass, Mention, RelationKind, relation_specs
from kgreport.resources import word_list

#: Words after a cue, so the cue does not end its clause, e.g. "改革" in "全面深化改革" (aspect marks excepted).
_MORE_AFTER = re.compile(f"[{patterns.HAN}A-Za-z]{{2}}|[{patterns.HAN}](?<![了中完])")

#: A count after 等 right before an object makes it a category, e.g. "等8个" in "推行甲等8个“全省率先”",
#: "等5个百亿级" in "推进甲、乙等5个百亿级绿色氢基能源一体化项目建设" (but 实施三个“一号工程” names a program).
_COUNT_BEFORE = re.compile(f"等{NUM}[个项类](?:[{patterns.HAN}]{{1,3}}级)?[“《]?$")

#: A count closing the item right after a program or project makes it a kind of works counted, not a name, e.g.
#: "13个" in "实施清洁能源供暖工程22个、供氧工程13个", "80公里" in "完成安全生命防护工程80公里", "约4000个" in "实施奖补项目约4000个"
#: (but "实施“十四五”规划20项重大工程" goes on after the count).
_COUNTED_AFTER = re.compile(f"[”》]?(?:约|近|共|超过?)?{NUM}(?:多|余)?[万亿]?(?:个|项|处|座|条|亩|公里|家|所)(?=[，,、。；;]|$)")

#: A count of works right before a project's name makes the name a kind of works counted, not one works, e.g. "99个" in
#: "完工99个库区生态修复项目", "6所" in "建成6所乡镇寄宿制学校", and after 等 a capacity too, e.g. "等540万千瓦" in
#: "建成甲电厂扩建等540万千瓦煤电项目" (but "建成一座甲大桥" is one, and "等3个项目" before an item is _COUNT_BEFORE's).
_COUNTED_KIND_BEFORE = re.compile(
    f"(?:(?<!等)(?!一[个项座所处家]){NUM}(?:多|余)?[个项座所处家]|等{NUM}(?:多|余)?[万亿]?(?:千瓦|兆瓦|吨|公里|米|亩|平方米|立方米|千伏))"
    r"[^，,、。；;：:“《]{0,6}$"
)

#: A project's name right after 等 is the kind the list is summed up as, not one of its items, e.g. "市属医院" in
#: "推进甲医院等市属医院建设", "等一批" in "乙、丙等一批重点工程" (the items before 等 are built).
_KIND_AFTER_DENG = re.compile(r"等(?:一批|一系列|多个|若干)?[“《]?$")

#: Assisting the works of others before the first object: the issuer helps, another body builds, e.g. "全力配合" in
#: "全力配合甲高铁、乙路等重大项目实施", "配合上级做好" in "配合上级做好丙线建设" (cues.tsv assist_lead).
_ASSISTS = re.compile(f"(?:{'|'.join(map(re.escape, word_list('rules/relations/cues.tsv', 'assist_lead')))})")

#: A list mark right after a body's name makes it one of the works listed, no builder named between the assisting
#: word and the cue, e.g. "、" after "卫星厅" in "协助推进甲跑道、卫星厅、乙枢纽建设" (but "配合市水务局实施甲工程" names the builder).
_LISTED_AFTER = re.compile(r"[、和及]")

#: New buildings of a unit right after its name make the unit their site, e.g. "新建住院病房楼" in
#: "完成县妇幼保健院新建住院病房楼建设" (but "甲大桥新建项目" names the works).
_NEW_BUILDING_AFTER = re.compile(f"新建(?!项目|工程)[{patterns.HAN}]{{2}}")

#: Heads that end the name of one works, e.g. "水库", "高速", "污水处理厂", "南延" (entities/built.tsv facility_head, the
#: Project suffixes, the works words of the lexicon, 工程).
_WORKS_HEADS = tuple(
    sorted(
        set(word_list("rules/entities/built.tsv", "facility_head"))
        | {k for k, v in lexicon().suffixes.items() if v is EntityClass.PROJECT}
        | set(lexicon().project_words)
        | set(word_list("rules/entities/built.tsv", "works_word"))
        | set(word_list("rules/relations/cues.tsv", "done_work"))
        # works done on a named river, reservoir or street, e.g. "甲河综合治理", "乙水库清淤扩容", "丙街"
        # and a section of a named road, e.g. "乙街中段"
        | {"工程", "治理", "清淤", "疏浚", "扩能", "升级", "街", "巷", "段"},
        key=len,
        reverse=True,
    )
)

#: Words of a phase, manner or field of works, not the head of a kind of facility, e.g. "水利" in "等重大水利项目" (any
#: named works may stand before it), "北延", "改建".
_MANNER_OR_FIELD = (
    frozenset(word_list("rules/relations/cues.tsv", "done_work"))
    | frozenset(word_list("rules/entities/built.tsv", "works_word"))
    | {"项目", "中心", "基地", "通道", "一期", "二期", "三期", "四期", "搬迁", "水利", "交流", "直流", "千伏", "特高压", "改建", "东迁", "西迁",
       "北延", "南延", "东延", "西延", "下沉", "拓宽", "大修", "分洪", "蓄水", "雨水", "污水", "治理", "清淤", "疏浚", "扩能", "升级"}
)

#: Heads of a kind of works specific enough that listed items named without it lose it, e.g. "供水" and "工程" in
#: "公明、清林径等供水工程" (the items are 公明供水工程 and 清林径供水工程), "水库" in "甲、乙等水库"; not a bare 项目,
#: a one-character head or a phase or manner of works (等一批重大项目, 等改造项目: any item may stand before them).
_SPECIFIC_HEADS = tuple(
    h for h in _WORKS_HEADS
    if len(h) > 1 and h not in _MANNER_OR_FIELD
)

#: The rest of a list and its kind after 等, e.g. "、清林径等供水工程" after "公明" (group 1 is the kind's first characters).
_LIST_KIND = re.compile(
    f"(?:[”’]?[、和及][“‘]?[^，,。；;、：:]{{1,20}}?)*?等(?:{NUM}(?:多|余)?[个项座所处条家批])?([{patterns.HAN}]{{2,8}})"
)

#: Zones a list is summed up as after 等, e.g. "重点片区" in "支持建设甲总部基地、乙金融中心等重点片区" (the items are zones,
#: CONVENTIONS 13: no builds; entities/built.tsv zone_end).
#: (the zone closes the clause or comes right before 建设: "等服务保障雄安新区的重点项目" names the zone served, not the kind).
_ZONE_LIST = re.compile(
    f"(?:[”’]?[、和及][“‘]?[^，,。；;、：:]{{1,20}}?)*?等(?:{NUM}(?:多|余)?个)?[{patterns.HAN}]{{0,4}}?"
    f"(?:{'|'.join(map(re.escape, word_list('rules/entities/built.tsv', 'zone_end')))})(?=建设|[，,。；;！]|$)"
)

#: Ends of a project's name that make it no works but a programme of people or reform, e.g. "人才培养项目" in
#: "实施青年科技人才培养项目", "改革项目" in "实施某某司法保护改革项目" (cues.tsv not_works_end).
_NOT_WORKS_ENDS = tuple(word_list("rules/relations/cues.tsv", "not_works_end"))

#: A count of places or works inside a project's name makes it a kind counted, e.g. "96所" in "特区外96所村办小学改扩建工程"
#: (Arabic digits only: 五家渠, 三座塔 are names).
_COUNT_INSIDE = re.compile(r"\d+(?:多|余)?[个项座所处家条](?=.)")

#: A road or place right before 至 (or right after it) is an end of the works between two ends, not the works, e.g.
#: "保新路" in "完成保新路至臧村公路建设" (but "甲至乙高速公路" found whole is the works; 至今, 至少 are no ends).
_END_AFTER = re.compile(f"至(?![今此少关于多上])[{patterns.HAN}]")
_END_BEFORE = re.compile(f"[{patterns.HAN}]至$")

#: Firms, not projects, closing the list a bringing-in cue governs, e.g. "等一批总部企业" in "引进甲总部、乙中心等一批总部企业",
#: "等3家企业" in "引进甲科技、乙材料等3家企业" (firms brought in are no works built; but "引进甲、乙等一批大项目" builds them,
#: CONVENTIONS 1).
_FIRMS_AFTER = re.compile(
    f"[”》]?(?:等(?:{NUM}(?:多|余)?[家个批])?[^，,。；;、]{{0,8}}?)?(?:企业|公司|总部企业|机构|团队|品牌|人才)(?=[，,。；;、]|$)"
)

#: Cue words that bring firms or projects in, e.g. "引进".
_BRINGING_CUES = ("引进", "引入")

#: Other works right after a project's name that make it their site, e.g. "护坡" in "完成机场路护坡改造", "搬迁安置房"
#: in "某某水库搬迁安置房开工", "S1线" in "贵阳轨道交通S1线开通运营", "“以大代小”工程" in "某某电厂“以大代小”工程并网发电"
#: (cues.tsv site_work; but "某某大道建成通车" and "某某医院二期" name the works themselves); after 等 and a kind too, e.g.
#: "等水库除险加固" in "枫木浪、大茅田等水库除险加固建设", "等重大项目安置房" in "加快甲高铁、乙路等重大项目安置房建设".
_SITE_OF_WORKS = re.compile(
    f"(?:等[^，,、。；;]{{0,6}}?)?(?:{'|'.join(map(re.escape, word_list('rules/relations/cues.tsv', 'site_work')))})"
    r"|[A-Za-z]+\d+号?线|[“‘][^”’，。；]{1,8}[”’](?:工程|项目)"
    # a point on the road named by a short place name, e.g. "阳城出口" in "启动京港澳高速阳城出口建设" (cues.tsv site_point)
    # a phase right after the name, which the name lost, e.g. "五期" in "开工建设南沙港五期" (the phase is what is built)
    r"|[一二三四五六七八九十\d]{1,2}期"
    # (not a kind after 等: "等站城一体化项目" sums the list up)
    f"|(?:(?!等)[{patterns.HAN}]){{1,4}}?(?:{'|'.join(map(re.escape, word_list('rules/relations/cues.tsv', 'site_point')))})"
)

#: A kind of works named by a field prefix and a two-character field, e.g. "智慧城管" in "实施智慧警务、智慧城管等57个项目"
#: (cues.tsv field_prefix; but "智慧管理指挥平台" names one works).
_FIELD_KIND = re.compile(f"(?:{'|'.join(map(re.escape, word_list('rules/relations/cues.tsv', 'field_prefix')))})[{patterns.HAN}]{{2}}")

#: Words of a kind of facility or works, or describing one, that name no one works: a project's name made of these
#: only is generic, e.g. "生态", "景观", "林带" in "生态景观林带建设", "城市" and "游园" in "加快城市游园建设"
#: (cues.tsv generic_works, generic_qualifiers.txt, entities/built.tsv facility_generic; but "科学城体育中心" names one,
#: and so does "科技馆新馆", the issuer's own).
_GENERIC_WORKS = (
    frozenset(word_list("rules/relations/cues.tsv", "generic_works"))
    | frozenset(word_list("rules/entities/built.tsv", "facility_generic"))
    | lexicon().generic_qualifiers
)

#: 建成 followed by a level or rank makes what stands before it a unit made into a title, e.g. "建成三级" in
#: "县医院建成三级医院", "建成全市" in "推动某某高级中学建成全市一流高中" (cues.tsv made_into_lead).
_MADE_INTO = re.compile(f"建成(?:{'|'.join(map(re.escape, word_list('rules/relations/cues.tsv', 'made_into_lead')))})")

#: 把 before a project's name and 建成 (建设成, 打造成) after it make it what is made into the title that follows, e.g.
#: "把" in "把河套灌区建成名副其实的“塞外粮仓”", "建成缩小" in "把四大新城和甲中心区建成缩小特区内外差距的示范区"
#: (but "把甲项目建成投产" builds it).
_BA_BEFORE = re.compile(r"把[^，,。；;]*$")
_MADE_INTO_AFTER = re.compile(r"(?:建设?|打造)成(?!投[产用入]|通车|运营|使用|开放|并)")

#: A voltage or rating opening a works' name, set aside before asking whether the rest is a kind, e.g. "35KV" in
#: "35KV变电站工程", "220千伏" in "220千伏输变电工程" (unnamed works, blind audit 16).
_RATING_LEAD = re.compile(r"^[\d.]+(?:[kK][vV]|千伏|兆伏安|MVA|兆瓦|MW)")

#: An existing street named only as the site of a generic renewal, e.g. "进行提升改造" after "甲路" in "对甲路进行提升改造",
#: "等18条背街小巷的路面改造" after "乙街" in "启动丙路、乙街等18条背街小巷的路面改造提升" (the works are generic, the street
#: is no project; blind audit 16; cues.tsv street_renewal; but "丁路建成通车", "戊大道改造工程" name works).
_STREET_ENDS = ("路", "街", "巷", "大道", "大街")
_STREET_NOT_ENDS = ("公路", "铁路", "国道", "省道", "高速")
#: The generic renewals of cues.tsv street_renewal as one alternation, e.g. "提升改造|升级改造" (read by both patterns below).
_RENEWAL_WORDS = '|'.join(map(re.escape, word_list('rules/relations/cues.tsv', 'street_renewal')))
_STREET_RENEWAL = re.compile(
    f"(?:等[^，,、。；;]{{0,14}}?)?(?:进行|实施)?(?:{_RENEWAL_WORDS})"
    r"(?!工程|项目)"
)

#: A stage short of building right after the last works a bare 启动 governs, e.g. "开发" in "启动甲站枢纽综合体开发"
#: (a development started with land sales; blind audit 16), "征收" in "启动乙片区征收" (but "启动丙中心建设" builds it).
_STARTED_STAGE_AFTER = re.compile(r"[”》]?(?:开发|设计|招商|征收|征迁|拆迁)(?!建设)")

#: An open quotation after a word of proposing, before the cue: the words quoted are another body's, e.g. "提出要“" in
#: "市人代会提出要“加快甲滑雪场等体育项目建设" (blind audit 16; but "提出并实施…" without a quotation is the issuer's).
_PROPOSED_BY = re.compile(r"(?:提出|要求|强调|指出|部署)[要了，,：:]?“[^”]*$")

#: A generic renewal ending a works' name, e.g. "升级改造" in "甲路升级改造" (cues.tsv street_renewal).
_RENEWAL_TAIL = re.compile(f"(?:{_RENEWAL_WORDS})$")

#: A plan right after a project's name makes the name what the plan is about, e.g. "更新计划" in "启动街道文体中心更新计划",
#: "”深圳行动计划" in "启动“万里碧道”深圳行动计划" (a program carried out, no works built; but "甲、乙等一批计划竣工项目"
#: plans the works' completion).
_PLAN_AFTER = re.compile(f"[”》]?(?:(?!等)[{patterns.HAN}]){{0,4}}?计划(?=[，,。；;、]|$)")

#: Growth, not building, after a project a push word governs, e.g. "高质量发展" in "加快某某创新基地高质量发展".
_GROWS = re.compile(r"(?:高质量|融合|协同|创新)?发展")

#: A works' preparatory stage named after a program in its clause (CONVENTIONS 21), e.g. "前期" in
#: "做好某某调水工程前期论证", "”引水生态综合治理、乙水库等工程前期" after "“甲”", "研究论证" in
#: "加快甲航运工程研究论证" (but 前期 before the name, 前期实施甲行动, is only a time).
_EARLY_STAGE_AFTER = re.compile(r"[^，,。；;]*?(?:前期|研究论证|纳规)")

#: The end of a name and the other names listed with it, before what follows them all, e.g. "》《乙规划》" after "《甲规划"
#: in "完成《甲规划》《乙规划》评审" (read by the patterns of what follows a name: drafting, tasks, standards).
_NAMES_LISTED_AFTER = r"[”》]?(?:[、和及]?[“《][^”》，。；]{1,40}[”》])*"

#: A plan being drawn up right after its name (or after the other names listed with it), whatever the cue (CONVENTIONS
#: 22: 编制 of a plan gives none), e.g. "》编制" in "启动《某某发展规划》编制工作", "”规划修编" after "“甲" in
#: "推进“甲”规划修编" (but "制定甲方案" is the issuer's own policy, and 编制 after a works' name is no plan).
_DRAFTING_AFTER = re.compile(
    f"{_NAMES_LISTED_AFTER}(?:的)?(?:规划|计划|纲要)?(?:{'|'.join(map(re.escape, word_list('rules/relations/cues.tsv', 'drafting_word')))})"
)

#: Only opening quotes between a "next" cue and its object, e.g. "“" in "建设“四好农村路”".
_OPENERS = re.compile(r"[“《「‘]?")

#: The only cues that implement a national five-year plan, e.g. 实施 in "实施“十二五”规划".
_PLAN_CUES = word_list("rules/relations/cues.tsv", "plan_cue")

#: A five-year period named without its plan (CONVENTIONS 12: implements only a plan named as one), e.g.
#: "十四五" in "打好“十四五”收官战" or "跨“十二五”"; "十四五规划" and "七五普法" are other names.
_FIVE_YEAR_PERIOD = re.compile(r"十[一二三四五六七八九]五|[六七八九]五")

#: Cue words that meet a program's targets when a task word follows it (CONVENTIONS 22), e.g. 完成 in 圆满完成.
_DONE_CUES = word_list("rules/relations/cues.tsv", "done_cue")

#: Endings of a plan document that a done cue completes, its targets met (CONVENTIONS 22), e.g. "计划" in
#: "完成某某治理三年行动计划" (but "完成某某改革" carries the reform out).
_DONE_PLAN_ENDS = tuple(word_list("rules/relations/cues.tsv", "done_plan_end"))

#: Central campaign slogans that are optional Programs (CONVENTIONS 10, 24): no implements, e.g. "三大攻坚战" in
#: "打好三大攻坚战" (its named campaigns, 污染防治攻坚战, still are carried out).
#: A demand right after a quoted name (or the other quoted names listed with it), e.g. "”要求" in "落实“甲乙”要求",
#: "”和“丙”要求", "”决策部署" in "围绕市委“甲乙”决策部署", "”重大部署" in "落实“甲乙统筹”重大部署" (CONVENTIONS 10: leaders'
#: 要求 and a Party body's decisions are no programme the issuer carries out; "“甲乙”工作要求" is the issuer's own framework).
_DEMAND_AFTER = re.compile(r"”?(?:[、和及]?“[^”，。；]{1,20}”)*(?:的)?(?:重要指示|有关|各项)?(?:要求|(?:重大)?决策部署|重大(?:战略)?部署)")
_SLOGAN_PROGRAMS = frozenset(word_list("rules/relations/cues.tsv", "slogan_program"))

#: A program's targets or tasks right after its name (or after the other names listed with it), e.g. "任务" in
#: "完成某某数字化转型城市试点任务", "》《乙规划》评审" in "完成《甲规划》《乙规划》评审", "》各项目标" in
#: "全面完成《甲纲要》各项目标任务", "”战略规划编制" in "完成“甲乙”战略规划编制" (but "完成某某改革" carries the reform out, and so
#: does "完成了脱贫攻坚的伟大任务").
_TASKS_AFTER = re.compile(
    f"{_NAMES_LISTED_AFTER}(?:(?!的)[{patterns.HAN}]){{0,4}}?(?:{'|'.join(map(re.escape, word_list('rules/relations/cues.tsv', 'task_word')))})"
)

#: What makes a program right before it an inspection the issuer answers, e.g. "反馈" in "抓好中央生态环保督察反馈问题整改",
#: "“回头看”问题整改" in "做好中央环保督察“回头看”问题整改" (开展中央环保督察 carries one out, and 开展脱贫攻坚“回头看”
#: reviews the issuer's own campaign); other items listed after it and summed up by 等 stand between, e.g.
#: "、乙巡视等反馈" in "抓好甲督察、乙巡视等反馈问题整改" (an 等 only: "甲改革和问题整改" lists no inspections).
_ANSWERED = re.compile(f"[”》]?(?:(?:[、和及][^，。；、]{{1,16}})*等)?(?:“回头看”)?(?:问题)?(?:{'|'.join(map(re.escape, word_list('rules/relations/cues.tsv', 'answered_word')))})")

#: The gains of a policy right after its name (or after the other names listed with it), e.g. "”“乙”政策红利" after
#: "“甲" in "用好“甲”“乙”政策红利", "最大机遇" in "用好“丙”最大机遇" (but "用好“甲”政策资金" puts the policy to use).
_GAINS_AFTER = re.compile(r"[”》]?(?:[、和及]?[“《][^”》，。；]{1,20}[”》])*(?:政策|战略)?(?:最大|重大|重要|历史性)?(?:红利|机遇)")

#: The results of a campaign right after its name, e.g. "成果" in "巩固拓展脱贫攻坚成果" (the results are kept, the
#: campaign is not carried out), "”改革成果" after "“甲" in "推广“甲”改革成果" (not 成果转化 of a quoted framework's own: 成果 only).
_RESULTS_AFTER = re.compile(r"[”》]?(?:改革|行动|工程)?(?:阶段性|重大|丰硕)?成果(?!转化)")

#: A clause that opens with 随着 sets the scene, e.g. "随着甲协同发展向纵深推进": the cue in it says how things go,
#: not what the issuer does.
_SCENE_OPENER = re.compile(r"^\s*随着")

#: A list summed up after 等 as resources, products or routes, e.g. "”“乙线路”等旅游资源" after "“甲十景" in
#: "推广“甲十景”“乙线路”等旅游资源" (but "甲、乙等改革" sums up programmes).
_GOODS_AFTER = re.compile(
    r"[”》]?(?:[、和及]?[“《][^”》，。；]{1,20}[”》])*等(?:[一二三四五六七八九十\d]+[个项条种类])?[\u4e00-\u9fff]{0,4}?(?:资源|产品|线路|景点|商品)(?=[，,。；;]|$)"
)

#: Cue words that take no objects standing before them (cues.tsv no_post_cue), e.g. "推广" in "某某模式在全市推广".
_NO_POST_CUES = frozenset(word_list("rules/relations/cues.tsv", "no_post_cue"))

#: What may follow the last project after 完成 for it to build them, e.g. "等4个项目建设" in "完成甲路、乙路等4个项目建设",
#: "改造提升" in "完成丙污水处理厂改造提升" (not "线路定位和征拆核查", "土地遴选和出让").
_DONE_WORK = re.compile(
    f"(?:等{NUM}?[个项条座所处]?)?(?:{'|'.join(map(re.escape, word_list('rules/relations/cues.tsv', 'done_work')))})*[。；;，,！]?"
)

#: Preparatory stages that give no builds (CONVENTIONS 21), e.g. 纳入 in "争取乙线纳入建设规划".
_PREP_CUES = word_list("rules/relations/cues.tsv", "prep_cue")
#: Each preparatory word on its own (each word's occurrences are read apart), e.g. "纳入".
_PREP_CUE_RES = tuple(re.compile(re.escape(w)) for w in _PREP_CUES)
#: Any preparatory word, e.g. "纳入" in "争取乙线纳入建设规划": one search answers "none" for most clauses.
_ANY_PREP_CUE = re.compile("|".join(map(re.escape, _PREP_CUES)))

#: A stretch of time after a preparatory word makes it a past attribute, e.g. "多年" in "谋划多年的甲工程启动建设".
_LONG_AGO = re.compile(r"多年|已久|[一二三四五六七八九十两\d]+年")

#: Planning right before a construction cue, e.g. "规划" in "推动某某机场规划建设" (the cue is 建设).
_PLANNED = re.compile(r"规划$")

#: Planning and building named together anywhere in the clause, the works not yet under way (CONVENTIONS 21), e.g.
#: "规划建设加快" in "地铁甲、乙号线等轨道交通系统的规划建设加快推进", "规划建设" in "推进某某新城规划建设"
#: (but "规划建设用地12平方公里的甲园区" is an area, "城市规划建设管理" a field, "规划建设的甲项目开工" an attribute).
_PLANNED_IN_CLAUSE = re.compile(r"规划建设(?!用地|管理|面积|的)")

#: A clause laying the groundwork for what it names, e.g. "为实施甲工程打下坚实基础", "为乙项目落地奠定基础".
_GROUNDWORK = re.compile(r"为.{2,}?(?:打下|奠定|夯实)[^，。；]{0,6}基础")

#: A draft's mark at the end of a document's name, e.g. "（草案）" in "某某规划纲要（草案）".
_DRAFT = re.compile(r"[（(]?(?:修订)?草案[）)]?$")

#: The creation of a title right after a name, e.g. "”创建" in "持续推进“国家级健康促进区”创建工作" (a goal;
#: 成功创建 is an honor received, not this).
_CREATION_AFTER = re.compile(r"[”》」]?(?:创建|争创|创评)")

#: Endings of a title that a place, unit or family is created as, e.g. "区" in "国家级健康促进区", "都市" in "公交都市"
#: (not a campaign's name: 开展“三零”创建 carries 三零 out).
_TITLE_ENDS = tuple(word_list("rules/relations/cues.tsv", "aim_title_end"))

#: Ends of another region's strategy that 融入 takes part in, no implements (cues.tsv joined_strategy_end), e.g.
#: "协同发展" in "主动融入京津冀协同发展", "一体化发展" in "融入长三角一体化发展".
_JOINED_STRATEGY_ENDS = tuple(word_list("rules/relations/cues.tsv", "joined_strategy_end"))

#: The state or the centre and a cue right before a programme, in a clause that names the programme as an opportunity, carries it
#: out, not the issuer, e.g. "国家" in "抓住国家实施甲发展战略的重大机遇" (but "我县实施" and a bare 实施 are the issuer's,
#: and so is the state in the national report's own "国家实施…" without such a frame; 党中央 and 国务院 are named bodies,
#: the subject already).
_HIGHER_ACTOR_BEFORE = re.compile(r"(?:国家|中央)(?:层面|大力|深入|全面)?(?:实施|推进|推行|开展|部署)[“《]?$")
_OPPORTUNITY = re.compile(r"机遇|契机|机会|红利")

#: Projects right after a programme's name make the name what the projects serve, e.g. "合作项目" in
#: "累计推进甲乙协同发展合作项目86项" (the projects are pushed, not the regional strategy carried out; but "推进丙协同发展"
#: carries it out).
_PROJECTS_AFTER = re.compile(r"[”》]?(?:合作|对接|签约|协作|招商)项目")

#: A standard right after a name (or after the other names listed with it) makes the name a technical standard issued,
#: no programme carried out, e.g. "”地方标准" in "出台“甲县标准”地方标准", "》等地方标准" in "制定《乙生产技术规范》等地方标准3项",
#: "”标准" in "出台“五有”标准" (but "实施“丙”标准化工程" carries a programme out).
_STANDARD_AFTER = re.compile(
    f"{_NAMES_LISTED_AFTER}等?(?:{NUM}[项个])?(?:地方|团体|行业|企业|国家|省级|市级|县级)?标准(?!化)"
)

#: A place or unit right after a pilot's name makes the pilot a title aimed at, e.g. "城区" in "全力打造体育消费试点城区",
#: "县" in "争当某某改革试点县" (no programme carried out; but "推进甲改革试点，…" carries the pilot out).
_PILOT_TITLE_AFTER = re.compile(r"[”》]?(?:城市|城区|县城|县|市|区|镇|乡|村|单位|园区|地区)(?=[，,。；;、]|建设|创建|$)")

#: Object class of each kind this module finds (data/relations.tsv, rule "target"), e.g. implements → Program.
TARGET = {s.kind: EntityClass(s.object[0]) for s in relation_specs() if s.rule == "target"}


#: A zone's head right after a programme's name: the programme only names the zone aimed at, e.g. "先行区" in
#: "加快建设省域美丽中国先行区", "示范区" in "打造乡村振兴示范区" (a place, CONVENTIONS 13; no programme carried out).
_ZONE_TITLE_AFTER = re.compile(r"(?:先行示范区|先行区|示范区|样板区|试验区|引领区|先导区|示范带)")


#: A reform of the world's order or bodies, e.g. "国际金融体系改革" in "推动国际金融体系改革", "全球治理体系改革",
#: "世界贸易组织改革": the country advocates it, no programme of its own carried out (audit 17); a domestic reform for
#: the world, 国际人才管理改革 (pool seed 3172), is carried out.
_WORLD_REFORM = re.compile(f"(?:国际|全球|世界)[{patterns.HAN}]{{0,4}}?(?:体系|秩序|组织|机构|架构)改革")


def _drafted(m: Mention, clause_text: str, clause_start: int) -> bool:
    """Whether a program is a plan being drawn up, named right before 编制 (启动《甲规划》编制工作, 推进“乙”规划修编)."""
    drafting = _DRAFTING_AFTER.match(clause_text, m.end - clause_start)
    return drafting is not None and (m.name.rstrip("》”").endswith(_DONE_PLAN_ENDS) or any(w in drafting.group(0) for w in _DONE_PLAN_ENDS))


def objects(
    cls: EntityClass, mentions: Sequence[Mention], cue: Cue, cs: int, ce: int, prev_end: int, clause_text: str, clause_start: int
) -> tuple[list[Mention], bool]:
    """Objects of class ``cls`` that a cue governs, and whether they stand before it (post-posed cue).

    ``cs``/``ce`` are the cue's document offsets, ``prev_end`` where the last cue that took objects ended.
    """
    found = mentions  # before any object is set aside: what stands right after 加快 (below)
    mentions = [m for m in mentions if not _COUNT_BEFORE.search(clause_text, 0, m.start - clause_start)]
    if cls is EntityClass.PROGRAM:  # 制定了《某某规划纲要（草案）》，提请大会审议: a draft is submitted, not carried out
        mentions = [m for m in mentions if not _DRAFT.search(m.name)]
    if not any(w in cue.word for w in _PLAN_CUES):  # 完成“十二五”规划的目标: targets met, no implements
        mentions = [m for m in mentions if m.source != FIVE_YEAR_PLAN_RULE]
    if cls is EntityClass.PROGRAM and any(w in cue.word for w in _DONE_CUES):  # 完成甲试点任务: its tasks met
        mentions = [m for m in mentions if not _TASKS_AFTER.match(clause_text, m.end - clause_start)]
        # 完成甲三年行动计划, 全面完成《乙纲要》: the plan's targets met, nothing carried out
        mentions = [m for m in mentions if not m.name.rstrip("》”").endswith(_DONE_PLAN_ENDS)]
    # 推进“某某示范区”创建工作: a title aimed at, not a program carried out or a project built
    mentions = [m for m in mentions if not (_CREATION_AFTER.match(clause_text, m.end - clause_start) and m.name.endswith(_TITLE_ENDS))]
    if cls is EntityClass.PROGRAM and "融入" in cue.word:  # 融入京津冀协同发展: the issuer joins another region's work
        mentions = [m for m in mentions if not m.name.endswith(_JOINED_STRATEGY_ENDS)]
    if cls is EntityClass.PROGRAM:  # 到“十四五”末, 完成“十三五”目标: a period is never carried out
        mentions = [m for m in mentions if m.name.strip("“”") not in _SLOGAN_PROGRAMS]  # 打好三大攻坚战: a slogan
        # 落实“甲乙”要求: a higher body's demand, no programme (CONVENTIONS 10)
        mentions = [m for m in mentions if not (_DEMAND_AFTER.match(clause_text, m.end - clause_start) and _quoted(m, clause_text, clause_start))]
        mentions = [m for m in mentions if not _FIVE_YEAR_PERIOD.fullmatch(m.name)]
        if _OPPORTUNITY.search(clause_text):  # 抓住国家实施甲战略的重大机遇: the state carries it out, the issuer seizes the chance
            mentions = [m for m in mentions if not _HIGHER_ACTOR_BEFORE.search(clause_text, 0, m.start - clause_start)]
        # 出台“甲县标准”地方标准: a technical standard issued, no programme carried out
        # (issued only: 推进“十个有”标准建设 works to the standard)
        if any(w in cue.word for w in _ISSUING_CUES):
            mentions = [m for m in mentions if not _STANDARD_AFTER.match(clause_text, m.end - clause_start)]
        # 推进甲乙协同发展合作项目: the projects are pushed, the strategy they serve is not carried out
        mentions = [m for m in mentions if not _PROJECTS_AFTER.match(clause_text, m.end - clause_start)]
        # 推动国际金融体系改革: advocacy of the world's reform, not the issuer's own programme
        mentions = [m for m in mentions if not _WORLD_REFORM.fullmatch(m.name)]
        # 建设省域美丽中国先行区: the programme names the zone aimed at, not a programme carried out
        # (a quoted programme's zone carries it out: 启动建设“天府粮仓”示范区)
        mentions = [m for m in mentions if _quoted(m, clause_text, clause_start) or not _ZONE_TITLE_AFTER.match(clause_text, m.end - clause_start)]
        # 打造体育消费试点城区: the pilot names a title aimed at, not a programme carried out
        mentions = [m for m in mentions if not (m.name.endswith("试点") and _PILOT_TITLE_AFTER.match(clause_text, m.end - clause_start))]
        # 深化甲、“乙”引水治理等工程前期, 做好丙调水工程前期论证: the works' preparatory stage, nothing carried out
        mentions = [m for m in mentions if not _EARLY_STAGE_AFTER.match(clause_text, m.end - clause_start)]
        # 启动《甲规划》编制工作: a plan being drawn up is not yet carried out
        mentions = [m for m in mentions if not _drafted(m, clause_text, clause_start)]
        # 抓好中央生态环保督察反馈问题整改: the issuer answers the inspection, it does not carry it out
        mentions = [m for m in mentions if not _ANSWERED.match(clause_text, m.end - clause_start)]
        # 用好“两重”“两新”政策红利: the gains of a policy reaped, the policy not carried out
        mentions = [m for m in mentions if not _GAINS_AFTER.match(clause_text, m.end - clause_start)]
        # 巩固拓展甲攻坚成果: the campaign's results are kept, the campaign is not carried out
        mentions = [m for m in mentions if not _RESULTS_AFTER.match(clause_text, m.end - clause_start)]
        if _SCENE_OPENER.match(clause_text):
            return [], False  # 随着甲协同发展向纵深推进: the scene, not the issuer's act
        # 推广“甲十景”“乙线路”等旅游资源: items of a list summed up as resources or products, no programmes
        mentions = [m for m in mentions if not _GOODS_AFTER.match(clause_text, m.end - clause_start)]
    # 实施清洁能源供暖工程22个、新建镇街幼儿园5所: kinds of works counted, not programs or projects (a quoted name
    # is one: 实施“民生微实事”项目532个)
    mentions = [m for m in mentions if not (_COUNTED_AFTER.match(clause_text, m.end - clause_start) and not _quoted(m, clause_text, clause_start))]
    # 推进高标准农田建设, 实施公厕建设工程, 加快配电网项目建设: a kind of work, no named programme or works (one check for
    # both families, extract/kinds.py; a quoted name is one: 实施“绿化提质工程”)
    # “五险一金”, “三小场所”, a heading's “攻坚工程”: a generic category, quoted or not
    mentions = [m for m in mentions if not generic_category(m.name) and (_quoted(m, clause_text, clause_start) or not generic_kind(m.name))]
    if cls is EntityClass.PROJECT:  # 完成机场路护坡改造: the works at the road are built, not the road
        mentions = _not_sites(mentions, clause_text, clause_start)
        # 完工99个库区生态修复项目, 特区外96所村办小学改扩建工程: kinds of works counted, not one works
        mentions = [m for m in mentions if not _COUNTED_KIND_BEFORE.search(clause_text, 0, m.start - clause_start) and not _COUNT_INSIDE.search(m.name)]
        # 聚源大街建设（巨力路至复兴路）: the bracketed range names the ends, no works; 巨力路和津保路亮化: two works glued
        mentions = [m for m in mentions if not _BRACKETED.search(clause_text, 0, m.start - clause_start) and not _joined_works(m)]
        # 支持建设甲基地、乙中心等重点片区: zones, not works; 实施青年人才培养项目: people, not works
        mentions = [m for m in mentions if not _zone_item(m, clause_text, clause_start) and not _not_works(m, clause_text, clause_start)]
        # 公明、清林径等供水工程: items named without the head their kind after 等 shares are cut names
        mentions = [m for m in mentions if not _headless_item(m, clause_text, clause_start)]
        # 推进甲医院等市属医院建设: the kind after 等 is no item
        mentions = [m for m in mentions if not _KIND_AFTER_DENG.search(clause_text, 0, m.start - clause_start)]
        # 完成县妇幼保健院新建住院病房楼建设: the new building is built, the hospital is its site
        mentions = [m for m in mentions if not _NEW_BUILDING_AFTER.match(clause_text, m.end - clause_start)]
        # 完成保新路至臧村公路建设: the roads are the ends of the works, not the works
        mentions = [m for m in mentions if not _END_AFTER.match(clause_text, m.end - clause_start) and not _END_BEFORE.search(clause_text, 0, m.start - clause_start)]
        mentions = [m for m in mentions if not _FIELD_KIND.fullmatch(m.name)]
        # 建设开发区污水处理厂, 推进110千伏变电站工程: a kind (a voltage or rating before it names no works)
        mentions = [m for m in mentions if not all_generic(_RATING_LEAD.sub("", m.name), lexicon(), _GENERIC_WORKS)]
        mentions = [m for m in mentions if not _PLAN_AFTER.match(clause_text, m.end - clause_start)]  # 启动某某更新计划  # 实施智慧城管等项目: a kind of works
    if cls is EntityClass.PROJECT and _MADE_INTO.match(clause_text, cs - clause_start):
        mentions = [m for m in mentions if m.end > cs]  # 县医院建成三级医院: made into a title, not built
    if cls is EntityClass.PROJECT and _MADE_INTO_AFTER.match(clause_text, cs - clause_start):
        # 把河套灌区建成名副其实的“塞外粮仓”: made into a title, not built
        mentions = [m for m in mentions if m.end > cs or not _BA_BEFORE.search(clause_text, 0, m.start - clause_start)]
    if cls is EntityClass.PROJECT and _PROPOSED_BY.search(clause_text, 0, cs - clause_start):
        return [], False  # 市人代会提出要“加快甲项目建设”: a work another body proposed, quoted, not the issuer's building
    if cls is EntityClass.PROJECT and _preparatory(clause_text):
        return [], False
    if cls is EntityClass.PROJECT and mentions and _assists_others(mentions, cs, clause_text, clause_start):
        return [], False  # 全力配合甲高铁、乙路等重大项目实施: the issuer assists the works of others
    if cls is EntityClass.PROJECT and _GROUNDWORK.match(clause_text):
        return [], False  # 为实施甲水库引水工程打下坚实基础: groundwork for building, nothing built (CONVENTIONS 21)
    if cls is EntityClass.PROJECT and _PLANNED.search(clause_text, 0, cs - clause_start):
        return [], False  # 推动某某机场规划建设: planned and to be built, not yet under way (CONVENTIONS 21)
    if cls is EntityClass.PROJECT and _PLANNED_IN_CLAUSE.search(clause_text):
        return [], False  # 推进某某新城规划建设, 甲线的规划建设加快推进: planned, not yet under way (CONVENTIONS 21)
    if cue.position == "any":
        return [m for m in mentions if m.cls is cls], False
    if cue.position == "next":  # 建设“四好农村路”, but not 建设项目…负面清单 or 建设和“菜篮子”工程
        lead = _NEXT_MODIFIER.match(clause_text, ce - clause_start)  # 建设更高水平的平安某省: the level is no object
        start = ce + (lead.end() - lead.start() if lead else 0)
        first = [
            m for m in mentions
            if m.cls is cls and 0 <= m.start - start <= 1 and _OPENERS.fullmatch(clause_text, start - clause_start, m.start - clause_start)
        ]
        if not first and cue.word == "推动":
            # 推动大宗货物“公转铁”: who or what takes the quoted programme up stands between (not 推动政务服务向“免证办”转变)
            first = [
                m for m in mentions
                if m.cls is cls and _quoted(m, clause_text, clause_start)
                and _WHO_TAKES_UP.fullmatch(clause_text, start - clause_start, m.start - clause_start)
                and _TAKEN_UP_CLOSE.match(clause_text, m.end - clause_start)
                # 推动出台《甲条例》 urges a body to issue it, 推动共建“乙” joins others' work: a verb between, no taker
                and not cue_table().regex.search(clause_text, start - clause_start, m.start - clause_start)
            ]
        return _listed_after(first, [m for m in mentions if m.cls is cls], clause_text, clause_start), False
    after = [m for m in mentions if m.cls is cls and m.start >= ce]
    if after and cls is EntityClass.PROJECT and any(w in cue.word for w in _DONE_CUES):
        # 完成甲机场二期扩建工程 builds it; 完成乙铁路线路定位和征拆核查 finishes a stage, not the building
        last = max(after, key=lambda m: m.end)
        if not _DONE_WORK.fullmatch(clause_text, last.end - clause_start):
            return [], False
    if after and cls is EntityClass.PROJECT and any(w in cue.word for w in _BRINGING_CUES):
        # 引进甲总部、乙中心等一批总部企业: firms brought in, no works built
        last = max(after, key=lambda m: m.end)
        if _FIRMS_AFTER.match(clause_text, last.end - clause_start):
            return [], False
    if after and cls is EntityClass.PROJECT and cue.word == "启动":
        # 启动甲综合体开发, 启动乙片区征收: a development or clearing stage started, nothing built yet (CONVENTIONS 21;
        # but 启动丙中心建设 builds it)
        last = max(after, key=lambda m: m.end)
        if _STARTED_STAGE_AFTER.match(clause_text, last.end - clause_start):
            return [], False
    if after and cls is EntityClass.PROJECT and cue.word == "加快":
        # 加快甲铁路、乙站等工程进度 pushes the works on; 加快构建甲枢纽, 加快甲基地高质量发展 do not build them, and
        # 加快甲铁路规划建设 plans it (CONVENTIONS 21)
        # (the nearest of all the clause's projects: one set aside as a cut name or a site still stands there)
        nearest = min((m for m in found if m.cls is cls and m.start >= ce), key=lambda m: m.start)
        if nearest.start != ce or any(_GROWS.match(clause_text, m.end - clause_start) for m in after) or "规划" in clause_text[ce - clause_start :]:
            return [], False
    if after:
        return after, False
    if _MORE_AFTER.search(clause_text, ce - clause_start):
        return [], False  # “一个目标”即全面深化改革: the cue governs what follows, which names nothing
    if cue.word in _NO_POST_CUES:
        return [], False  # 城市管理“某某模式”在全市推广: a model spread to others, no programme carried out
    # 甲、乙等项目顺利推进 / “大综合一体化”改革持续深化: the cue follows its objects and ends the clause
    return [m for m in mentions if m.cls is cls and prev_end <= m.start and m.end <= cs], True


#: A level between a "next" cue and its object, e.g. "更高水平的" in "建设更高水平的平安某省、法治某省".
_NEXT_MODIFIER = re.compile(f"(?:{'|'.join(map(re.escape, word_list('rules/relations/cues.tsv', 'next_modifier')))})的?")

#: A short bare noun between 推动 and a quoted programme, who or what takes it up, e.g. "大宗货物" in "推动大宗货物“公转铁”",
#: "工业企业" in "推动工业企业“智改数转”" (no preposition or joiner: 推动政务服务向“免证办”转变 names a change, no programme).
_WHO_TAKES_UP = re.compile(r"(?:(?![向从由为到在对把和与及的等将让使])[\u4e00-\u9fff]){2,4}“?")

#: What follows such a programme: the clause ends or another quoted programme is listed, e.g. "”，" in
#: "推动惠企服务“一网通办”，" (but "推动能耗“双控”向…转变", "推动建立某“甲计划”展示中心" name a change or a body).
_TAKEN_UP_CLOSE = re.compile(r"[”》]?(?:[，,。；;！]|$|[、和及]?[“《])")


#: What joins the items of a list of objects after one cue, e.g. "、" in "建设平安某省、法治某省", "" in
#: "建设更高水平平安某市法治某市" (quotes around the items allowed).
_ITEM_JOIN = re.compile(r"[”》」’]?(?:[、和及]|以及)?[“《「‘]?")


def _listed_after(first: list[Mention], same: list[Mention], clause_text: str, clause_start: int) -> list[Mention]:
    """The object right after a "next" cue and the objects listed right after it (建设平安某省、法治某省)."""
    out = list(first)
    while out:
        nxt = next((m for m in same if m.start > out[-1].end - 1 and m not in out and _ITEM_JOIN.fullmatch(clause_text, out[-1].end - clause_start, m.start - clause_start)), None)
        if nxt is None:
            break
        out.append(nxt)
    return out


def doers(
    kind: RelationKind, cue: Cue, mentions: Sequence[Mention], targets: list[Mention], cs: int, post: bool, clause_text: str, clause_start: int
) -> list[tuple[Mention, Mention | str]]:
    """(object, subject) pairs: the actor named before the cue (or the objects), else the issuer."""
    # 甲、“乙”试点、丙考试等改革落地见效: a cue after its objects takes no actor named inside or after them
    before_cue = post or all(t.end <= cs for t in targets)
    limit = min(t.start for t in targets) if before_cue else cs
    actors = [m for m in mentions if m.cls in ACTORS and m.end <= limit and not _names_inside(m, targets)]
    if before_cue:
        # 开发区甲项目、乙项目顺利推进: the subject opens the list; 某地热电扩建、乙项目…推进 names
        # no subject (the place is inside an item that was not found), nor does a listed place
        actors = [m for m in actors if not clause_text[m.end - clause_start : limit - clause_start].strip("“《 ")]
    if kind is RelationKind.IMPLEMENTS:
        # 西部地区“两基”攻坚计划开始实施: a broad region glued to the programme is the scope in its name, not its doer
        actors = [m for m in actors if not _scope_region(m, targets, clause_text, clause_start)]
    actors = [m for m in actors if not _partner(m, actors, clause_text, clause_start)]
    # 在珠三角地区实施…, 在长江、黄河上中游开展…: where the work is done, not who does it
    actors = [m for m in actors if not _LOCATIVE.search(clause_text, 0, m.start - clause_start)]
    # 以疏解甲市非首都功能为重点推进…, 以甲市实施某某试点为契机…: a focus or a means named inside 以…为, not who acts
    first_target = min(t.start for t in targets)
    actors = [m for m in actors if not _inside_frame(m, first_target, clause_text, clause_start)]
    if kind is RelationKind.IMPLEMENTS:
        subj: Mention | str = actors[-1] if actors else ISSUER
    else:
        # 市交通集团建成甲路, 乙经开区成功引进丙项目: a body or place right before a cue that may stand anywhere, only
        # adverbials between, builds what follows (CONVENTIONS 20); further away it only qualifies (甲县在乙镇…建成)
        adjacent = bool(actors) and not post and _right_before(actors[-1], cs, clause_text, clause_start)
        subj = actors[-1] if actors and (cue.position == "before" or post or adjacent) else ISSUER
        if adjacent:
            # 支持甲市建设乙基地、丙市建设丁基地: the works after the next actor are that actor's, not this one's
            nxt = min((m.start for m in mentions if m.cls in ACTORS and m.start >= cs), default=None)
            targets = [t for t in targets if nxt is None or t.start < nxt]
    subjects = (
        _joint_actors(actors, clause_text, clause_start) if actors and (kind is RelationKind.IMPLEMENTS or adjacent) else [subj]
    )
    if kind is RelationKind.BUILDS and before_cue and subjects == [ISSUER] and _FINISHED_CUE.search(cue.word) and not _SETTLED_CUE.search(cue.word):
        # 甲集团乙风电项目建成投运: the company named at the head of the works that open the clause builds them (CONVENTIONS
        # 20), not the issuer (a firm's short name alone, 甲、乙等项目开工, stays the issuer's list, CONVENTIONS 1)
        # (one works on its own: a list of firms' projects, 甲集团乙项目、丙二期等项目建成投产, is the issuer's, CONVENTIONS 1)
        alone = len(targets) == 1 and not _LIST_BEFORE.search(clause_text, 0, targets[0].start - clause_start) and not _LIST_AFTER.match(
            clause_text, targets[0].end - clause_start
        )
        owner = _owner(targets[0], mentions) if alone else None
        if owner is not None:
            return [(targets[0], owner)]
    if kind is RelationKind.IMPLEMENTS and any(w in cue.word for w in _ISSUING_CUES) and _URGED.search(clause_text, 0, cs - clause_start):
        return []  # 推动出台“甲”规划, 争取出台乙条例: another body issues it at the issuer's urging (CONVENTIONS 22)
    if kind is RelationKind.IMPLEMENTS and any(w in cue.word for w in _ISSUING_CUES):
        # 省委办公厅、省政府办公厅印发《甲方案》, 党中央出台《乙意见》: a higher body's policy (CONVENTIONS 22); a place
        # may be the issuer's own (甲区出台《乙意见》)
        subjects = [s for s in subjects if isinstance(s, str) or s.cls is not EntityClass.ORGANIZATION or s.name.endswith(_OWN_BODY_ENDS)]
    return [(t, s) for s in subjects for t in targets if t is not s]


#: Cue words of works finished or run by their owner, e.g. "建成投运" (the company named at their head built them), and
#: of works brought in, e.g. "签约落地" (the issuer brings the firm's project in, CONVENTIONS 1: 甲集团乙综合体签约落地).
_FINISHED_CUE = re.compile(r"建成|投运|投产|完工|竣工|并网|试运行|运营")
_SETTLED_CUE = re.compile(r"签约|落地|落户|引进|引入")

#: A list mark right before a works or a list mark or 等 right after it, e.g. "、" in "甲集团乙项目、丙二期等项目建成投产".
_LIST_BEFORE = re.compile(r"[、和及与]$")
_LIST_AFTER = re.compile(r"[、和及等与]")

#: Endings of a company's name, e.g. "集团" in "甲能源集团", "公司" in "乙电力公司".
_COMPANY_ENDS = ("集团", "公司", "股份")


def _owner(t: Mention, mentions: Sequence[Mention]) -> Mention | None:
    """The company named at the head of a works' name, e.g. 甲集团 in 甲集团乙风电项目 (None when there is none)."""
    return next(
        (m for m in mentions if m.cls is EntityClass.ORGANIZATION and m.start == t.start and m.end < t.end and m.name.endswith(_COMPANY_ENDS)),
        None,
    )


#: Endings of a broad region that may open a programme's name as its scope, e.g. "地区" in "西部地区“两基”攻坚计划",
#: "流域" in "黄河流域甲行动" (audit 17; an administrative division before its programme, 甲县“乙”改革, acts).
_SCOPE_REGION_ENDS = ("地区", "区域", "流域", "山区", "牧区", "林区", "边疆", "老区")


def _scope_region(m: Mention, targets: Sequence[Mention], clause_text: str, clause_start: int) -> bool:
    """Whether a place is a broad region glued to a programme after it (only quote marks between): the scope in the
    programme's name (西部地区“两基”攻坚计划), not who carries it out."""
    if m.cls is not EntityClass.PLACE or not m.name.endswith(_SCOPE_REGION_ENDS):
        return False
    return any(t.start >= m.end and not clause_text[m.end - clause_start : t.start - clause_start].strip("“《「‘ ") for t in targets)


def _right_before(m: Mention, cs: int, clause_text: str, clause_start: int) -> bool:
    """Whether only adverbials stand between an actor and the cue (市交通集团建成, 甲公司成功投产, 乙镇已建成)."""
    gap = clause_text[m.end - clause_start : cs - clause_start]
    return not gap or ADVERBIALS.fullmatch(gap) is not None


#: A locative 在 opening a list of places right before an actor, e.g. "在" in "在珠三角地区实施…", "在重点林区和长江、"
#: in "在重点林区和长江、黄河上中游开展…" (the work is done there; the issuer or a body before acts).
_LOCATIVE = re.compile(r"在(?:[^，,。；;、和及与]{1,8}[、和及与])*$")

#: An open 以 before an actor (no mark, no second 以 between), e.g. "以疏解" before 甲市 in "以疏解甲市非首都功能为重点".
_FRAME_OPEN = re.compile(r"以[^，,。；;以为]*$")

#: The 为 closing such a frame after the actor and before the cue, with what the frame makes of it (cues.tsv frame_noun),
#: e.g. "非首都功能为重点" in "以疏解甲市非首都功能为重点推进…".
_FRAME_CLOSE = re.compile(f"[^，,。；;以]*?为(?:{'|'.join(map(re.escape, word_list('rules/relations/cues.tsv', 'frame_noun')))})")


def _inside_frame(m: Mention, first_target: int, clause_text: str, clause_start: int) -> bool:
    """Whether an actor stands inside a 以…为重点/契机/抓手 frame that closes before the objects (the cue may be part
    of the frame: 为引领): the frame names a focus or a means, the one who acts is outside it (the issuer, or a body
    before 以)."""
    return bool(
        _FRAME_OPEN.search(clause_text, 0, m.start - clause_start)
        and _FRAME_CLOSE.match(clause_text[: first_target - clause_start], m.end - clause_start)
    )


#: Cue words by which a body issues a policy, e.g. "印发" in "省政府办公厅印发《甲方案》".
_ISSUING_CUES = word_list("rules/relations/cues.tsv", "issuing_cue")

#: Urging right before an issuing cue: another body issues the policy (cues.tsv urged_lead), e.g. "推动" in
#: "推动出台“甲”规划", "积极争取" in "积极争取出台乙条例" (but "研究出台" and "县政府出台" issue it themselves).
_URGED = re.compile(f"(?:{'|'.join(map(re.escape, word_list('rules/relations/cues.tsv', 'urged_lead')))})$")

#: Endings of a named body that may be the issuer issuing its own policy, e.g. "政府" in "县政府出台…".
_OWN_BODY_ENDS = tuple(word_list("rules/relations/cues.tsv", "own_body_end"))

#: What may join two bodies acting together, e.g. "、" in "省委、省政府出台…", "" in "市委市政府部署…".
_JOINT = re.compile(r"[、和及与]?")


def _joint_actors(actors: list[Mention], clause_text: str, clause_start: int) -> list[Mention]:
    """The last actor and the ones joined to it right before (省委省政府部署实施…: both act)."""
    out = [actors[-1]]
    for m in reversed(actors[:-1]):
        if not _JOINT.fullmatch(clause_text, m.end - clause_start, out[-1].start - clause_start):
            break
        out.append(m)
    if len(out) > 1 and _PARTNER_OPENER.search(clause_text, 0, out[-1].start - clause_start):
        return [actors[-1]]  # 与深圳、广州合作实施…: partners of the issuer, not bodies acting together
    return out[::-1]


#: A partner list's opening word right before the first of the joined actors, e.g. "与" in "与深圳、广州合作实施".
_PARTNER_OPENER = re.compile(r"[与同和跟]$")


#: What joins the partners of one list, e.g. "、" in "与甲县、乙县共同实施" (not 与, which opens the list).
_LISTED = re.compile(r"[、和及]")

#: A "with" right before a partner, e.g. "同" in "同百色市开展消费帮扶行动" or "携手" in "携手甲市推进…"; "依托"
#: names a means the issuer works through (依托某某实验室开展…试点).
_PARTNER_LEAD = re.compile(r"(?:[与同跟]|携手|联合|依托)$")


def _partner(m: Mention, actors: list[Mention], clause_text: str, clause_start: int) -> bool:
    """Whether an actor is a partner named after 与/同/携手 (alone or in a list), not the one who acts:
    同百色市开展“消费帮扶”行动, 与甲县、乙县共同实施… (the issuer acts with them)."""
    first = m
    for o in reversed([a for a in actors if a.end <= m.start]):
        if not _LISTED.fullmatch(clause_text, o.end - clause_start, first.start - clause_start):
            break
        first = o
    return bool(_PARTNER_LEAD.search(clause_text, 0, first.start - clause_start))


#: A pause between two items of one list, e.g. "、" in "枫木浪、大茅田等水库除险加固".
_LIST_PAUSE = re.compile(r"[”’]?、[“‘]?")


def _not_sites(mentions: list[Mention], clause_text: str, clause_start: int) -> list[Mention]:
    """The mentions but the projects named as the site of other works (完成甲路护坡改造), and the items listed right
    before such a site's 等 (枫木浪、大茅田等水库除险加固: both reservoirs are the sites)."""
    sites = [
        m for m in mentions
        if m.cls is EntityClass.PROJECT
        and (_SITE_OF_WORKS.match(clause_text, m.end - clause_start) and not _listed_works(m, clause_text, clause_start) or _renewed_street(m, clause_text, clause_start))
    ]
    # (only before a kind after 等: in 科学公园大道、光明大道北段 the section is the second road's alone)
    kinds = [m for m in sites if clause_text.startswith("等", m.end - clause_start)]
    for m in sorted(mentions, key=lambda m: -m.start):
        if m.cls is EntityClass.PROJECT and m not in sites and not m.name.endswith(_ITSELF_WORKS) and any(
            _LIST_PAUSE.fullmatch(clause_text, m.end - clause_start, o.start - clause_start)
            # an item named without the head it shares with the site after it is a site too: 甲、乙污水处理厂提标工程
            for o in (kinds + [s for s in sites if _headless(m)]) if o.start >= m.end
        ):
            kinds.append(m)
            sites.append(m)
    return [m for m in mentions if m not in sites]


#: Ends of a name that make it works of its own, never the site of the works a list is summed up as after 等, e.g. "东延"
#: in "甲路东延等口岸交通疏解工程", "改造" in "乙立交改造、…" (names.tsv project_extension and road_section, 工程, 项目).
_ITSELF_WORKS = tuple(
    sorted({*word_list("rules/entities/names.tsv", "project_extension"), *word_list("rules/entities/names.tsv", "road_section"), "工程", "项目"}, key=len, reverse=True)
)


def _listed_works(m: Mention, clause_text: str, clause_start: int) -> bool:
    """Whether a project named as works of its own (甲立交改造, 乙路东延) is an item of a list summed up after 等 as the
    works of a site kind (等口岸交通疏解工程): the item is one of those works, not their site."""
    kind = _LIST_KIND.match(clause_text, m.end - clause_start) if m.name.endswith(_ITSELF_WORKS) else None
    head = _HAN_RUN.match(clause_text, kind.start(1)) if kind else None
    # (the kind is works, 等交通疏解工程; not 等重大项目安置房, housing built for the items, which stay its sites)
    return head is not None and head.group(0).removesuffix("建设").endswith(("工程", "项目"))


#: A run of Chinese characters, e.g. the whole kind "口岸交通疏解工程" from its first characters.
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def _headless(m: Mention) -> bool:
    """Whether a listed item was named without the head it shares with the next item, e.g. 城东 (城东污水处理厂) in
    "城东、城西污水处理厂" (its name was completed from the next item's)."""
    return len(m.surface.strip("“”‘’《》")) < len(m.name)


def _renewed_street(m: Mention, clause_text: str, clause_start: int) -> bool:
    """Whether a project is an existing street named only as the site of a generic renewal (对甲路进行提升改造)."""
    # 完成甲路升级改造: the renewal glued to the street's name is no named works either
    glued = _RENEWAL_TAIL.search(m.name)
    if glued and glued.start() >= 2:
        street = m.name[: glued.start()]
        return street.endswith(_STREET_ENDS) and not street.endswith(_STREET_NOT_ENDS)
    if not m.name.endswith(_STREET_ENDS) or m.name.endswith(_STREET_NOT_ENDS):
        return False
    return _STREET_RENEWAL.match(clause_text, m.end - clause_start) is not None


def _zone_item(m: Mention, clause_text: str, clause_start: int) -> bool:
    """Whether a project is an item of a list summed up as zones after 等 (甲基地、乙中心等重点片区)."""
    return _ZONE_LIST.match(clause_text, m.end - clause_start) is not None


#: An opening bracket right before a project's name: the name qualifies the works before it (a range of ends or a
#: place), e.g. "（" in "聚源大街建设（巨力路至复兴路）".
_BRACKETED = re.compile(r"[（(]$")

#: Words that join two names of works into one mention, e.g. "和" in "巨力路和津保路", "以及" in "甲环线以及乙隧道".
_JOINERS = re.compile(r"以及|和|及|与")


#: Ends of a district or landform that, before a joining word, name the first of two works sharing the head after the
#: second, e.g. "区" in "甲新区及乙半岛支线" (two branch lines; blind audit 16).
_SHARED_HEAD_PLACES = ("新区", "城区", "工业区", "半岛")


def _joined_works(m: Mention) -> bool:
    """Whether a project's name is two works glued by a joining word, the first ending in a works head (巨力路和津保路,
    甲环线以及乙隧道; not 温仁和冉庄污水处理厂, where 温仁 names no works, nor 和平路, where 和 opens the name, nor 甲商贸街及酒店,
    where a bare kind after the joiner is part of one works)."""
    return any(
        j.start() > 1 and m.name[: j.start()].endswith(_WORKS_HEADS + _SHARED_HEAD_PLACES) and len(m.name) - j.end() >= 3
        for j in _JOINERS.finditer(m.name)
    )


def _not_works(m: Mention, clause_text: str, clause_start: int) -> bool:
    """Whether a project is a programme of people, research or reform, by its own name (青年科技人才培养项目) or by the kind
    its list is summed up as after 等 (甲再生稻、乙钠离子电池等十大技术攻关项目)."""
    if m.name.endswith(_NOT_WORKS_ENDS):
        return True
    kind = _LIST_KIND.match(clause_text, m.end - clause_start)
    return kind is not None and kind.group(1).endswith(_NOT_WORKS_ENDS)


def _headless_item(m: Mention, clause_text: str, clause_start: int) -> bool:
    """Whether a project is an item named without the head of the specific kind of works its list is summed up as after
    等 (清林径 in "公明、清林径等供水工程稳步推进"; not 坪联路 in "坪西公路、坪联路等8条道路", nor a firm before 等重大项目)."""
    if m.cls is not EntityClass.PROJECT or m.name.endswith(_WORKS_HEADS):
        return False
    kind = _LIST_KIND.match(clause_text, m.end - clause_start)
    return kind is not None and any(h in kind.group(1) for h in _SPECIFIC_HEADS)


def _assists_others(mentions: list[Mention], cs: int, clause_text: str, clause_start: int) -> bool:
    """Whether the issuer only assists the works of the clause (全力配合甲高铁、乙路等重大项目实施), not a body named after
    the assisting word and before the cue (配合市水务局实施甲工程: the bureau builds it)."""
    first = min(m.start for m in mentions) - clause_start
    hit = _ASSISTS.search(clause_text, 0, max(first, 0))
    if hit is None:
        return False
    return not any(
        m.cls in ACTORS and hit.end() <= m.start - clause_start and m.end <= cs and not _LISTED_AFTER.match(clause_text, m.end - clause_start)
        for m in mentions
    )


def _quoted(m: Mention, clause_text: str, clause_start: int) -> bool:
    """Whether a name stands in quotes or title marks (“民生微实事”项目, 《甲纲要》)."""
    return m.surface.startswith(("“", "《")) or clause_text[max(m.start - clause_start - 1, 0) : m.start - clause_start] in ("“", "《")


def _names_inside(m: Mention, others: Sequence[Mention]) -> bool:
    return any(o.start <= m.start and m.end <= o.end for o in others)


def _preparatory(clause_text: str) -> bool:
    """Whether a clause names only a preparatory stage of its projects (前期工作, 纳入规划), no building."""
    if not _ANY_PREP_CUE.search(clause_text):
        return False  # most clauses: no preparatory word at all
    return any(
        not _LONG_AGO.match(clause_text, m.end()) and not _PAST_ATTRIBUTE.match(clause_text, m.end())
        for cue in _PREP_CUE_RES for m in cue.finditer(clause_text)
    )


#: A preparatory word inside an attribute of a project that has started or been finished since, e.g.
#: "亲自部署的某某水电工程开工建设" after 谋划 (the planning is past; the clause says the work began).
_PAST_ATTRIBUTE = re.compile(r"[^，,。；;的]{0,8}的[^，,。；;]{2,30}?(?:开工|建成|投产|竣工|通车|投用|投入使用)")


#: What may open a clause that only says its projects are built or started: lead words and dates, e.g.
#: "确保6月底顺利" in "确保6月底顺利通车" or "已" in "已竣工投产".
_PROGRESS_LEAD = re.compile(
    f"(?:{'|'.join(map(re.escape, sorted(word_list('rules/relations/cues.tsv', 'progress_lead'), key=len, reverse=True)))}"
    f"|{NUM}月(?:底|份|前|末)?|{NUM}年(?:底|内)?)*"
)

#: What may join two progress cues, e.g. "并" in "建成并投用".
_PROGRESS_JOIN = re.compile(r"[并、和及]?")


def carried_projects(prev: Sequence[Mention], prev_text: str, clause_text: str) -> tuple[list[Mention], str]:
    """Projects of the clause before that a clause naming nothing says are built or started, and the cue:
    北河大桥新建项目 in "全力推进北河大桥新建项目，确保6月底顺利通车", 广顺化纤项目 in "…的广顺化纤项目，已竣工投产"."""
    table = cue_table()
    text = clause_text.strip().rstrip("。；;！!")
    lead = _PROGRESS_LEAD.match(text)  # matches the empty string at least
    pos = lead.end() if lead else 0
    cues: list[str] = []
    while pos < len(text):
        m = table.regex.match(text, pos)
        # only cues that stand after their objects (建成, 开工, 通车), not 引进 or 新建, which take what follows
        if m is None or not any(c.kind is RelationKind.BUILDS and c.position == "any" for c in table.by_word[m.group(0)]):
            return [], ""
        cues.append(m.group(0))
        join = _PROGRESS_JOIN.match(text, m.end())  # matches the empty string at least
        pos = join.end() if join else m.end()
    if not cues or _preparatory(prev_text) or _GROUNDWORK.match(prev_text):
        return [], ""
    # (甲路、配电网项目，已竣工: a kind of works carried over builds nothing either, extract/kinds.py)
    found = [m for m in prev if m.cls is EntityClass.PROJECT and not generic_kind(m.name)]
    return found, cues[0]
