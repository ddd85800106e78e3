"""Sample notices with sample data: ``govdesk notice sample KIND``, the tests and the benchmark use them."""

from __future__ import annotations

from datetime import date, datetime

from govdesk.domain.case import Agent, Applicant, ApplicantKind, Case, MaterialRecord, MaterialStatus
from govdesk.domain.catalog import (
    Department,
    Fee,
    ItemKind,
    Material,
    MaterialForm,
    OverdueRule,
    ServiceItem,
    TimeLimit,
)
from govdesk.domain.clock import CST
from govdesk.domain.events import Actor, Role
from govdesk.domain.notices import (
    CenterProfile,
    Notice,
    NoticeKind,
    NoticeLine,
    acceptance_notice,
    commitment_letter,
    deficiency_lines,
    deficiency_notice,
    delay_notice,
    pickup_receipt,
    rejection_notice,
    transfer_sheet,
)
from govdesk.domain.numbering import CaseNumber

SAMPLE_DAY = date(2026, 11, 22)
#: Made by the numbering that intake uses (STYLE.md: samples use production formats), station S03's 127th case.
SAMPLE_CASE_NO = CaseNumber.make("41122101", "S03", SAMPLE_DAY, 127)

_MATERIALS = (
    Material(
        "M01", "营业执照申请书", requirements="使用市场监管部门统一格式，法定代表人签字", forms=(MaterialForm.ORIGINAL,)
    ),
    Material("M02", "法定代表人身份证明", requirements="居民身份证原件及正反面复印件", forms=(MaterialForm.COPY,)),
    Material(
        "M03",
        "经营场所使用证明",
        requirements="房屋产权证明或租赁合同，租期不少于一年",
        forms=(MaterialForm.COPY,),
        waivable=True,
    ),
    Material("M04", "公司章程", requirements="全体股东签署，注明签署日期", forms=(MaterialForm.ORIGINAL,), copies=2),
    Material(
        "M05",
        "食品安全管理制度",
        requirements="加盖公章，含从业人员健康管理、进货查验等制度",
        forms=(MaterialForm.ORIGINAL,),
        waivable=True,
    ),
)

SAMPLE_ITEM = ServiceItem(
    code="11410000005184918D4000117004",
    name="食品经营许可（新办）",
    department=Department("SCJG", "示例县市场监督管理局"),
    item_type="01",
    kind=ItemKind.PROMISED,
    statutory_limit=TimeLimit(20),
    promised_limit=TimeLimit(5),
    fee=Fee(),
    materials=_MATERIALS,
    result_name="食品经营许可证",
    legal_basis="《中华人民共和国食品安全法》第三十五条",
    guide_url="https://zwfw.example.gov.cn/guide/11410000005184918D4000117004",
    commitment_days=10,
    overdue_rule=OverdueRule.WITHHOLD,
)

SAMPLE_CENTER = CenterProfile(name="示例县政务服务中心", address="示例县人民路 1 号政务服务大厅", phone="0000-12345678")


def sample_case(materials: int = 0, case_no: str = SAMPLE_CASE_NO) -> Case:
    """A case for the sample item; ``materials`` > 0 adds that many extra missing materials (for long notices)."""
    clerk = Actor("C007", "李晓梅", Role.INTAKE, "41122101", "S03", "3号窗口")
    case = Case(
        case_id="00000000-0000-4000-8000-000000000127",
        case_no=case_no,
        item_codes=(SAMPLE_ITEM.code,),
        catalog_version="2026.11",
        applicant=Applicant(ApplicantKind.PERSON, "王建国", "111", "410102198507153216", phone="13800001234"),
        received_at=datetime(2026, 11, 22, 9, 30, tzinfo=CST),
        first_clerk=clerk,
        agent=Agent("赵丽", "111", "410102199003082746", phone="13900005678", authorization="授权委托书"),
    )
    case.materials = {
        "M01": MaterialRecord("M01", "营业执照申请书", MaterialStatus.RECEIVED, MaterialForm.ORIGINAL, 1),
        "M02": MaterialRecord(
            "M02", "法定代表人身份证明", MaterialStatus.DEFECTIVE, MaterialForm.COPY, 1, reason="复印件不清晰，缺反面"
        ),
        "M03": MaterialRecord("M03", "经营场所使用证明", MaterialStatus.MISSING),
        "M04": MaterialRecord("M04", "公司章程", MaterialStatus.RECEIVED, MaterialForm.ORIGINAL, 2),
        "M05": MaterialRecord("M05", "食品安全管理制度", MaterialStatus.MISSING),
    }
    for i in range(materials):
        code = f"X{i + 1:02d}"
        case.materials[code] = MaterialRecord(
            code,
            f"补充材料第{i + 1}号（{_EXTRA_NAMES[i % len(_EXTRA_NAMES)]}）",
            MaterialStatus.MISSING,
            reason="未提交",
            remedy=_EXTRA_REMEDIES[i % len(_EXTRA_REMEDIES)],
        )
    return case


_EXTRA_NAMES = ("设备布局图", "工艺流程图", "从业人员健康证明", "卫生设施清单", "进货查验记录", "场所平面图")
_EXTRA_REMEDIES = (
    "按比例绘制，标明各功能区面积",
    "注明原料入口、加工、成品出口及废弃物流向，需申请人签字确认并加盖公章",
    "由具备资质的医疗机构出具，在有效期内",
)


def sample_notice(
    kind: NoticeKind, center: CenterProfile = SAMPLE_CENTER, extra_materials: int = 0, case_no: str = SAMPLE_CASE_NO
) -> Notice:
    """A sample notice of ``kind`` (``extra_materials`` lengthens a deficiency notice's list)."""
    case = sample_case(extra_materials, case_no)
    items = [SAMPLE_ITEM]
    day = SAMPLE_DAY
    records = list(case.materials.values())
    match kind:
        case NoticeKind.DEFICIENCY:
            return deficiency_notice(case, items, deficiency_lines(records, items), center, day)
        case NoticeKind.ACCEPTANCE:
            return acceptance_notice(case, items, center, day, date(2026, 11, 27), "ems")
        case NoticeKind.REJECTION:
            reason = "申请的经营项目属于《市场准入负面清单》禁止准入事项，不属于本中心受理范围。"
            return rejection_notice(case, items, center, day, reason)
        case NoticeKind.COMMITMENT:
            waived = [
                NoticeLine(m.name, remedy=m.requirements, copies=m.copies, form="原件")
                for m in SAMPLE_ITEM.materials
                if m.waivable
            ]
            return commitment_letter(case, items, waived, center, day, date(2026, 12, 4))
        case NoticeKind.TRANSFER:
            return transfer_sheet(case, items, center, day, "3号综合受理窗口")
        case NoticeKind.RECEIPT:
            return pickup_receipt(
                case,
                items,
                center,
                day,
                "proxy",
                case.agent or case.applicant,
                details="凭授权委托书代领",
                clerk="周敏",
            )
        case NoticeKind.DELAY:
            reason = "需组织现场核查经营场所，核查安排在承诺期限届满后进行。"
            return delay_notice(case, items, center, day, date(2026, 11, 27), date(2026, 12, 8), reason, clerk="李晓梅")
