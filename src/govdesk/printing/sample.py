"""Sample notices with sample data: ``govdesk notice sample KIND``, the tests and the benchmark use them.

Each sample is a case that could really have been decided that way (STYLE.md: samples use production formats):
the 一次性告知单 lists what the case lacks; the 受理通知书 and the 承诺书 are of a 容缺 case whose only missing
materials are the item's waivable ones; every other notice is of a case with all materials received."""

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
from govdesk.domain.commitment import Commitment
from govdesk.domain.events import Actor, Role
from govdesk.domain.notice_builders import (
    acceptance_notice,
    commitment_letter,
    deficiency_lines,
    deficiency_notice,
    delay_notice,
    pickup_receipt,
    rejection_notice,
    transfer_sheet,
)
from govdesk.domain.notices import CenterProfile, Notice, NoticeKind
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

SAMPLE_CENTER = CenterProfile(
    name="示例县政务服务中心",
    address="示例县人民路 1 号政务服务大厅",
    phone="0000-12345678",
    review_body="示例县人民政府",
)
SAMPLE_PROMISED = date(2026, 11, 27)
SAMPLE_COMMITMENT_DUE = date(2026, 12, 4)
#: A reason that the matter is not within the center's competence, so the notice names where to apply
#: (《行政许可法》 art. 32 (二)); long, as real ones are.
SAMPLE_REJECTION_REASON = (
    "申请人拟使用的经营场所位于示例市高新技术产业开发区，该区域的食品经营许可由开发区管理委员会所属市场监督管理部门"
    "实施，不属于本中心受理范围。"
)
SAMPLE_COMPETENT_AUTHORITY = "示例市高新技术产业开发区市场监督管理局（高新区政务服务中心二楼）"
SAMPLE_APPROVER = "示例县市场监督管理局局长张志远"


def sample_case(materials: int = 0, case_no: str = SAMPLE_CASE_NO) -> Case:
    """A case for the sample item as the 一次性告知单 finds it: one material defective, the two waivable ones
    missing; ``materials`` > 0 adds that many extra missing materials (for long notices)."""
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


def _complete(case: Case) -> Case:
    """Every material of the item received, in its catalog form and copies."""
    case.materials = {
        m.code: MaterialRecord(m.code, m.name, MaterialStatus.RECEIVED, m.forms[0], m.copies)
        for m in SAMPLE_ITEM.materials
    }
    return case


def _conditional(case: Case) -> Case:
    """容缺: everything received but the item's waivable materials, promised by ``SAMPLE_COMMITMENT_DUE``."""
    _complete(case)
    waived = [m for m in SAMPLE_ITEM.materials if m.waivable]
    for m in waived:
        case.materials[m.code] = MaterialRecord(m.code, m.name, MaterialStatus.MISSING)
    case.commitment = Commitment(
        commitment_id="00000000-0000-4000-8000-0000000c0127",
        case_id=case.case_id,
        material_codes=tuple(m.code for m in waived),
        due_date=SAMPLE_COMMITMENT_DUE,
        signed_at=case.received_at,
        signed_by=case.agent.name if case.agent else case.applicant.name,
        names={m.code: m.name for m in waived},
        overdue_rule=SAMPLE_ITEM.overdue_rule,
    )
    return case


_EXTRA_NAMES = ("设备布局图", "工艺流程图", "从业人员健康证明", "卫生设施清单", "进货查验记录", "场所平面图")
_EXTRA_REMEDIES = (
    "按比例绘制，标明各功能区面积",
    "注明原料入口、加工、成品出口及废弃物流向，需申请人签字确认并加盖公章",
    "由具备资质的医疗机构出具，在有效期内",
)


def sample_notice(
    kind: NoticeKind,
    center: CenterProfile = SAMPLE_CENTER,
    extra_materials: int = 0,
    case_no: str = SAMPLE_CASE_NO,
    *,
    conditional: bool = True,
) -> Notice:
    """A sample notice of ``kind`` (``extra_materials`` lengthens a deficiency notice's list; the 受理通知书 is of
    a 容缺 case unless ``conditional`` is False)."""
    case = sample_case(extra_materials, case_no)
    items = [SAMPLE_ITEM]
    day = SAMPLE_DAY
    match kind:
        case NoticeKind.DEFICIENCY:
            return deficiency_notice(case, items, deficiency_lines(list(case.materials.values()), items), center, day)
        case NoticeKind.ACCEPTANCE:
            accepted = _conditional(case) if conditional else _complete(case)
            return acceptance_notice(accepted, items, center, day, SAMPLE_PROMISED, "ems")
        case NoticeKind.REJECTION:
            return rejection_notice(
                case,
                items,
                center,
                day,
                SAMPLE_REJECTION_REASON,
                competent_authority=SAMPLE_COMPETENT_AUTHORITY,
                review_body=center.review_body or SAMPLE_CENTER.review_body,
            )
        case NoticeKind.COMMITMENT:
            waived = deficiency_lines(list(_conditional(case).materials.values()), items)
            return commitment_letter(case, items, waived, center, day, SAMPLE_COMMITMENT_DUE)
        case NoticeKind.TRANSFER:
            return transfer_sheet(_complete(case), items, center, day, "3号综合受理窗口")
        case NoticeKind.RECEIPT:
            return pickup_receipt(
                _complete(case),
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
            return delay_notice(
                _complete(case),
                items,
                center,
                day,
                SAMPLE_PROMISED,
                date(2026, 12, 8),  # 7 working days after the promised date: within the item's 10
                reason,
                clerk="李晓梅",
                approved_by=SAMPLE_APPROVER,
                legal_basis=SAMPLE_ITEM.extension_law,
            )
