"""What ``IntakeService.check_fields`` says about the applicant's and agent's fields (``domain.messages``), each with
a stable key ``intake.…``. The identity numbers' own reasons are the domain's (``domain/identity/messages.py``)."""

from __future__ import annotations

from govdesk.domain.messages import translate

NO_ITEM = translate("IntakeCheck", "请先选择办理事项", "intake.no_item")
NO_APPLICANT_NAME = translate("IntakeCheck", "请填写申请人姓名", "intake.no_applicant_name")
NO_ENTERPRISE_NAME = translate("IntakeCheck", "请填写企业名称", "intake.no_enterprise_name")
NO_LEGAL_REPRESENTATIVE = translate("IntakeCheck", "请填写法定代表人", "intake.no_legal_representative")
NO_AGENT_NAME = translate("IntakeCheck", "请填写代办人姓名", "intake.no_agent_name")
AGENT_ID = translate("IntakeCheck", "代办人证件：{reason}", "intake.agent_id")
NO_AUTHORIZATION = translate("IntakeCheck", "代办须有授权委托书，请登记委托书", "intake.no_authorization")
