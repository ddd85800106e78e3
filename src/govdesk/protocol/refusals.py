"""What the central server says to the person at a window or in the back office when it refuses: the text of
every ``ErrorBody`` (see ``govdesk.protocol``), declared once with ``domain.messages.translate``.

It lives in the protocol, which the center and the client share (the client imports nothing of ``govdesk.central``),
so a window that receives ``message_key`` and ``params`` says the same message in its clerk's language
(``govdesk.sync.server_words``). A key is a promise: a text may be reworded, its placeholders never change under
the same key (a new wording with other placeholders gets a new key; an older window falls back to ``message_zh``).
Contexts are the center's areas (one per module of ``govdesk.central``).
"""

from __future__ import annotations

from govdesk.domain.messages import translate

# --- CentralApp ---

METRICS_FORBIDDEN = translate(
    "CentralApp", "无权读取运行指标：须在本机访问，或携带为监控系统设置的令牌（Bearer）", "central.metrics_forbidden"
)

# --- CentralAttachments ---

NOT_NAMED = translate(
    "CentralAttachments", "该办件的材料登记中没有这个文件，中心不接收未登记的文件", "central.not_named"
)
CASE_UNKNOWN = translate(
    "CentralAttachments", "中心没有这个办件（其办件事件尚未送达或未被接收），材料暂未上传", "central.case_unknown"
)
BAD_HASH = translate("CentralAttachments", "文件标识不是有效的 SHA-256 值", "central.bad_hash")
OFFSET_MISMATCH = translate("CentralAttachments", "中心已收到 {received} 字节，应从此处续传", "central.offset_mismatch")
BEYOND_SIZE = translate("CentralAttachments", "上传的内容超过了登记的文件大小，中心未接收", "central.beyond_size")
FORBIDDEN_ROLE = translate("CentralAttachments", "只有窗口（受理、出件）账号能上传办件材料", "central.forbidden_role")
ATTACHMENTS_FORBIDDEN_ROLE = translate(
    "CentralAttachments", "只有后台审批账号能查看办件材料", "central.attachments.forbidden_role"
)
OTHER_DEPARTMENT = translate("CentralAttachments", "该办件不属于本部门，无权查看其材料", "central.other_department")
NOT_FOUND = translate("CentralAttachments", "找不到该材料文件", "central.not_found")
CONTENT_MISMATCH = translate("CentralAttachments", "文件内容不是登记的{kind}，中心未接收", "central.content_mismatch")
FILE_TOO_LARGE = translate("CentralAttachments", "材料文件过大：每个文件最多 {mb} MB", "central.file_too_large")
FILE_TYPE = translate("CentralAttachments", "材料文件只接收 JPEG、PNG 或 PDF", "central.file_type")
HASH_MISMATCH = translate(
    "CentralAttachments", "上传的文件与登记的校验值不符，已丢弃，将重新上传", "central.hash_mismatch"
)
CHUNK_TOO_LARGE = translate("CentralAttachments", "每次最多上传 {kb} KB", "central.chunk_too_large")
ATTACHMENTS_FORBIDDEN_ROLE_2 = translate(
    "CentralAttachments", "窗口只能查看办件的办理结果文件", "central.attachments.forbidden_role2"
)

# --- CentralAuth ---

TOKEN_REUSED = translate(
    "CentralAuth", "该登录凭据已被使用过，为安全起见已注销此次登录，请重新登录", "central.token_reused"
)
TOKEN_REVOKED = translate("CentralAuth", "登录已被注销或撤销，请重新登录", "central.token_revoked")
TOKEN_EXPIRED = translate("CentralAuth", "登录已过期，请重新登录", "central.token_expired")
TOKEN_INVALID = translate("CentralAuth", "登录凭据无效，请重新登录", "central.token_invalid")
NOT_AUTHENTICATED = translate("CentralAuth", "请先登录", "central.not_authenticated")
AUTH_TOKEN_EXPIRED = translate("CentralAuth", "登录凭据已过期，请刷新", "central.auth.token_expired")

# --- CentralBackoffice ---

ILLEGAL_TRANSITION = translate(
    "CentralBackoffice", "办件 {case_no} 当前状态为“{label}”，不能{action}", "central.illegal_transition"
)
UNKNOWN_CASE = translate("CentralBackoffice", "找不到该办件（或不属于本中心）", "central.unknown_case")
NO_DEPARTMENT = translate(
    "CentralBackoffice",
    "您的后台审批账号尚未设置所属部门，不能查看或办理办件：请中心管理员用 govdesk central user set-department 设置",
    "central.no_department",
)
BACKOFFICE_UNKNOWN_CASE = translate(
    "CentralBackoffice", "找不到该办件（或不属于本部门）", "central.backoffice.unknown_case"
)
BACKOFFICE_OTHER_DEPARTMENT = translate(
    "CentralBackoffice", "只能查看本部门（{scope}）的待办", "central.backoffice.other_department"
)
CLAIMED_BY_OTHER = translate("CentralBackoffice", "该办件已由 {claimed_by} 认领审查", "central.claimed_by_other")
BAD_CURSOR = translate(
    "CentralBackoffice", "待办列表的翻页位置（cursor）无法识别：请从第一页重新读取", "central.bad_cursor"
)
RESULT_NAME_REQUIRED = translate(
    "CentralBackoffice", "准予许可时须填写结果名称（证照或批文）", "central.result_name_required"
)
REASON_REQUIRED = translate("CentralBackoffice", "不予许可时须填写理由", "central.reason_required")

# --- CentralBackpressure ---

SERVER_BUSY = translate(
    "CentralBackpressure",
    "中心服务器繁忙，请 {retry} 秒后重试；本机已录入的办件不受影响，会自动再次上传",
    "central.server_busy",
)
BACKPRESSURE_SERVER_BUSY = translate(
    "CentralBackpressure",
    "中心服务器正在接收大量数据，请 {retry} 秒后重试；本机已录入的办件不受影响，会自动再次上传",
    "central.backpressure.server_busy",
)
BODY_TOO_SLOW = translate(
    "CentralBackpressure",
    "请求内容传送过慢（{body_grace} 秒后每秒不足 {min_body_rate} 字节），中心已断开连接，未处理本次请求；网络恢复后会自动重试",  # noqa: E501
    "central.body_too_slow",
)

# --- CentralChanges ---

CHANGES_BAD_CURSOR = translate("CentralChanges", "同步游标无效，请重新获取全量快照", "central.changes.bad_cursor")
CURSOR_EXPIRED = translate(
    "CentralChanges", "本机同步进度已超出中心保留期限，需要重新获取全量快照", "central.cursor_expired"
)
CURSOR_UNKNOWN = translate(
    "CentralChanges", "本机同步进度与中心不符（中心数据可能已恢复），需要重新获取全量快照", "central.cursor_unknown"
)

# --- CentralDepartments ---

DEPARTMENT_KEY_REQUIRED = translate(
    "CentralDepartments", "请在 {department_key_header} 请求头中提供部门接入凭据", "central.department_key_required"
)
DEPARTMENT_KEY_INVALID = translate("CentralDepartments", "部门接入凭据无效", "central.department_key_invalid")
DEPARTMENT_KEY_REVOKED = translate(
    "CentralDepartments", "该部门接入凭据已被停用，请联系中心管理员重新签发", "central.department_key_revoked"
)

# --- CentralDeps ---

DEPS_FORBIDDEN_ROLE = translate("CentralDeps", "当前账号的角色无权执行此操作", "central.deps.forbidden_role")

# --- CentralDevices ---

DEVICE_KEY_INVALID = translate(
    "CentralDevices",
    "本机的设备凭据与中心登记的不符：不能使用其他电脑的设备编号同步。如本机重装或更换，请联系管理员重新登记",
    "central.device_key_invalid",
)
DEVICE_BOUND = translate("CentralDevices", "该设备由其他账号登记，请由原登记人或管理员重新登记", "central.device_bound")
DEVICE_QUOTA = translate(
    "CentralDevices",
    "本中心已登记 {count} 台设备，达到上限 {quota} 台，请联系管理员停用旧设备或调整上限",
    "central.device_quota",
)
UNKNOWN_CENTER = translate("CentralDevices", "中心 {center_code} 不存在，请联系管理员", "central.unknown_center")
DEVICE_OTHER_CENTER = translate(
    "CentralDevices",
    "本设备已登记在中心 {registered_center}，不能在中心 {center_code} 重复登记",
    "central.device_other_center",
)
DEVICES_DEVICE_BOUND = translate(
    "CentralDevices",
    "该设备编号已由另一台电脑登记并绑定，不能在本机重复登记。如本机重装或更换，请联系管理员重新登记",
    "central.devices.device_bound",
)
STATION_EXHAUSTED = translate("CentralDevices", "无法分配工作站编号，请联系管理员", "central.station_exhausted")

# --- CentralDistribution ---

NO_DOCUMENT = translate("CentralDistribution", "中心尚未发布{document}", "central.no_document")
VERSION_EXISTS = translate(
    "CentralDistribution", "{label}版本 {version} 已发布过，请使用新的版本号", "central.version_exists"
)
BAD_DOCUMENT = translate("CentralDistribution", "{label}无法发布：{error}", "central.bad_document")
DISTRIBUTION_BAD_DOCUMENT = translate(
    "CentralDistribution", "工作日历无法发布：{error}", "central.distribution.bad_document"
)

# --- CentralErrors ---

INVALID_REQUEST = translate("CentralErrors", "请求内容不符合要求，请检查后重试", "central.invalid_request")
INVALID_VALUE = translate(
    "CentralErrors", "请求中有数据库不能保存的字符或数值（如不可见的控制字符），请检查后重试", "central.invalid_value"
)
SERVER_ERROR = translate("CentralErrors", "中心服务器内部错误，请稍后重试或联系管理员", "central.server_error")

# --- CentralLicences ---

LICENCES_FORBIDDEN_ROLE = translate("CentralLicences", "只有窗口账号能核验电子证照", "central.licences.forbidden_role")

# --- CentralLimits ---

TOO_LARGE = translate("CentralLimits", "请求内容过大：此接口最多接收 {limit}，中心未处理本次请求", "central.too_large")

# --- CentralLogin ---

LOGIN_BUSY = translate("CentralLogin", "登录请求过多，请稍后再试", "central.login_busy")
BAD_CREDENTIALS = translate("CentralLogin", "用户名或密码错误", "central.bad_credentials")
ACCOUNT_DISABLED = translate("CentralLogin", "该账号已停用，请联系管理员", "central.account_disabled")

# --- CentralPush ---

BUSY = translate("CentralPush", "中心服务器繁忙，请稍后重试", "central.busy")
UNKNOWN_DEVICE = translate("CentralPush", "本设备尚未在中心登记，请重新登记设备后再同步", "central.unknown_device")
WRONG_CENTER = translate("CentralPush", "本设备登记在其他中心，不能以当前账号同步", "central.wrong_center")
SEQ_REGRESSION = translate(
    "CentralPush",
    "本机上传的事件序号 {device_seq} 已被中心收到的其他事件使用（中心已收到序号 {last_seq}），本机可能是从旧备份恢复的",
    "central.seq_regression",
)

# --- CentralQuarantine ---

DEVICE_PENDING = translate(
    "CentralQuarantine",
    "本机（工作站 {station_code}）已向中心申请登记，正在等待管理员批准；批准后将自动开始同步，已录入的办件保存在本机",
    "central.device_pending",
)
DEVICE_QUARANTINED = translate(
    "CentralQuarantine",
    "本机（工作站 {station_code}）已于 {at} 被中心隔离：{status_reason}。在管理员重新登记本机之前，中心不接收本机的任何数据，本机暂停编号新办件；已录入的办件全部保存在本机，重新登记后会自动补传",  # noqa: E501
    "central.device_quarantined",
)
DEVICE_RETIRED = translate(
    "CentralQuarantine",
    "本机原设备编号已停用（已重新登记为新设备 {replaced_by}），请用新的设备身份同步",
    "central.device_retired",
)
DEVICE_NOT_PENDING = translate(
    "CentralQuarantine",
    "设备 {device_id}（工作站 {station_code}）当前状态为“{label}”，无需批准",
    "central.device_not_pending",
)
DEVICE_NOT_QUARANTINED = translate(
    "CentralQuarantine",
    "设备 {device_id}（工作站 {station_code}）当前状态为“{label}”，只有被隔离的设备需要重新登记",
    "central.device_not_quarantined",
)

# --- CentralReceipts ---

ROLE_FORBIDDEN = translate(
    "CentralReceipts", "该角色的窗口不打印通知书，不能申请通知书签名密钥证书", "central.role_forbidden"
)
KEY_INVALID = translate("CentralReceipts", "通知书签名公钥应为 32 字节的 Ed25519 公钥", "central.key_invalid")
DEVICE_UNKNOWN = translate("CentralReceipts", "本中心没有登记这台设备：请先登记本窗口", "central.device_unknown")
NOTICE_KEY_QUOTA = translate(
    "CentralReceipts",
    "本设备一天内已申请 {max_certs_per_day} 次通知书签名密钥证书，已达上限：请明天再试或联系管理员",
    "central.notice_key_quota",
)
NOTICE_KEY_REVOKED = translate(
    "CentralReceipts",
    "这把通知书签名密钥已于 {revoked_at} 被中心吊销，不再为它颁发证书：请生成新的密钥后再申请",
    "central.notice_key_revoked",
)

# --- CentralResultFiles ---

RESULT_FILES_FILE_TOO_LARGE = translate(
    "CentralResultFiles", "结果文件过大：最多 {mb} MB", "central.result_files.file_too_large"
)
RESULT_FILES_FILE_TYPE = translate(
    "CentralResultFiles", "结果文件只接收 JPEG、PNG 或 PDF", "central.result_files.file_type"
)
RESULT_FILES_FORBIDDEN_ROLE = translate(
    "CentralResultFiles", "只有后台审批账号能上传办理结果文件", "central.result_files.forbidden_role"
)
RESULT_FILES_ILLEGAL_TRANSITION = translate(
    "CentralResultFiles",
    "办件尚未作出审批决定，作出决定后再上传办理结果文件",
    "central.result_files.illegal_transition",
)
RESULT_FILES_HASH_MISMATCH = translate(
    "CentralResultFiles", "上传的文件与其校验值不符，已丢弃，请重新上传", "central.result_files.hash_mismatch"
)

# --- CentralRoutesDept ---

BAD_STATE = translate("CentralRoutesDept", "state 须为 {states} 之一", "central.bad_state")

# --- CentralRoutesTrust ---

ROUTES_TRUST_DEVICE_UNKNOWN = translate(
    "CentralRoutesTrust", "本中心没有设备 {device_id}", "central.routes_trust.device_unknown"
)
RECEIPTS_FORBIDDEN = translate(
    "CentralRoutesTrust",
    "只能查看本机设备的回执：核对其他设备须由本中心的管理员或监督人员进行",
    "central.receipts_forbidden",
)

# --- CentralSmsSend ---

SMS_SEND_FORBIDDEN_ROLE = translate("CentralSmsSend", "当前账号的角色不能发送短信", "central.sms_send.forbidden_role")
BAD_PHONE = translate("CentralSmsSend", "手机号码“{phone}”格式不正确（应为 11 位手机号）", "central.bad_phone")
SMS_SEND_UNKNOWN_CASE = translate(
    "CentralSmsSend", "短信须关于本中心的一件办件：找不到该办件（或不属于本中心）", "central.sms_send.unknown_case"
)
NOT_CASE_PHONE = translate("CentralSmsSend", "短信只能发往申请人在收件时登记的手机号码", "central.not_case_phone")
NOT_TEMPLATE = translate(
    "CentralSmsSend", "短信内容须为本中心规定的通知模板，且写明办件编号 {case_no}", "central.not_template"
)
SMS_RATE_CASE = translate(
    "CentralSmsSend", "该办件 24 小时内已发送 {per_case_per_day} 条短信，请明天再发", "central.sms_rate_case"
)
SMS_RATE_SENDER = translate(
    "CentralSmsSend", "本账号 1 小时内已发送 {per_sender_per_hour} 条短信，请稍后再发", "central.sms_rate_sender"
)
REQUEST_ID_TAKEN = translate("CentralSmsSend", "短信请求编号已被使用，请重新生成后再发", "central.request_id_taken")

# --- CentralStatistics ---

BAD_PERIOD = translate("CentralStatistics", "结束日期 {last} 早于开始日期 {first}", "central.bad_period")
STATISTICS_BAD_PERIOD = translate(
    "CentralStatistics", "统计时段最长 {max_days} 天，请缩短时段", "central.statistics.bad_period"
)

# --- CentralSteps ---

CORRECTION_OPEN = translate(
    "CentralSteps", "办件 {case_no} 正在补正（计时中止），窗口收齐补正材料后才能作出决定", "central.correction_open"
)
STEPS_CORRECTION_OPEN = translate(
    "CentralSteps",
    "该办件已在补正中，窗口收齐材料前不能再次要求补正（一次告知全部内容）",
    "central.steps.correction_open",
)
RESULT_REQUIRED = translate(
    "CentralSteps", "准予许可的办件须填写证照（批文）编号或附结果扫描件", "central.result_required"
)
RESULT_FILE_MISSING = translate(
    "CentralSteps",
    "结果扫描件尚未完整上传到中心：请先上传结果文件（上传完成后再附办理结果）",
    "central.result_file_missing",
)

# --- CentralSupervisionFiles ---

SUPERVISION_FILES_NOT_NAMED = translate(
    "CentralSupervisionFiles", "该巡查记录中没有这张照片，中心不接收未登记的文件", "central.supervision_files.not_named"
)
RECORD_UNKNOWN = translate(
    "CentralSupervisionFiles", "中心还没有这条巡查记录：照片随记录之后上传", "central.record_unknown"
)
NOT_THE_AUTHOR = translate("CentralSupervisionFiles", "只能上传本人巡查记录的照片", "central.not_the_author")
SUPERVISION_FILES_NOT_FOUND = translate(
    "CentralSupervisionFiles", "中心没有这张照片（尚未上传，或不属于本中心）", "central.supervision_files.not_found"
)
SUPERVISION_FILES_FILE_TYPE = translate(
    "CentralSupervisionFiles", "巡查照片只接收 JPEG 或 PNG", "central.supervision_files.file_type"
)
SUPERVISION_FILES_FILE_TOO_LARGE = translate(
    "CentralSupervisionFiles", "巡查照片每张最多 {mb} MB", "central.supervision_files.file_too_large"
)
SUPERVISION_FILES_HASH_MISMATCH = translate(
    "CentralSupervisionFiles",
    "上传的照片与登记的校验值不符，已丢弃，将重新上传",
    "central.supervision_files.hash_mismatch",
)

# --- CentralSupervisionRecords ---

RECORD_TOO_LARGE = translate(
    "CentralSupervisionRecords", "记录过大（超过 {kb} KB），照片请作为附件上传", "central.record_too_large"
)
RECORD_ID_MISMATCH = translate(
    "CentralSupervisionRecords", "记录编号与地址中的编号不一致", "central.record_id_mismatch"
)
SUPERVISION_RECORDS_NOT_THE_AUTHOR = translate(
    "CentralSupervisionRecords", "只能上传本人所做的巡查或评查记录", "central.supervision_records.not_the_author"
)
OTHER_CENTER = translate("CentralSupervisionRecords", "不能上传其他中心的记录", "central.other_center")
RECORD_TAKEN = translate("CentralSupervisionRecords", "该记录编号已被其他记录使用", "central.record_taken")
RECORD_FINAL = translate(
    "CentralSupervisionRecords",
    "该记录已签名（已完成），中心不接受修改；如需补充，请新建一次巡查或评查",
    "central.record_final",
)
DUPLICATE_CODE = translate("CentralSupervisionRecords", "检查项编号重复", "central.duplicate_code")
SUPERVISION_RECORDS_RECORD_UNKNOWN = translate(
    "CentralSupervisionRecords", "本中心没有这条记录", "central.supervision_records.record_unknown"
)
CHECKLIST_OUTDATED = translate(
    "CentralSupervisionRecords",
    "中心已有第 {version} 版本中心检查项，请先取得最新版本再修改",
    "central.checklist_outdated",
)

# --- CentralSupervisionReminders ---

SUPERVISION_REMINDERS_UNKNOWN_CASE = translate(
    "CentralSupervisionReminders",
    "找不到该办件（或不属于本中心），催办短信未发送",
    "central.supervision_reminders.unknown_case",
)
CASE_DONE = translate(
    "CentralSupervisionReminders", "办件 {case_no} 在中心已办结或已终止，无需催办，催办短信未发送", "central.case_done"
)
UNKNOWN_CLERK = translate(
    "CentralSupervisionReminders", "本中心没有用户名为“{clerk}”的工作人员，催办短信未发送", "central.unknown_clerk"
)
CLERK_REVOKED = translate(
    "CentralSupervisionReminders", "{display_name} 的账号已停用，催办短信未发送", "central.clerk_revoked"
)
NOT_CASE_CLERK = translate(
    "CentralSupervisionReminders",
    "{display_name} 未经办办件 {case_no}，催办短信只能发给该办件的经办人",
    "central.not_case_clerk",
)
BAD_DUE = translate(
    "CentralSupervisionReminders", "承诺办结日期 {due} 不是该办件的日期，催办短信未发送", "central.bad_due"
)
REMINDED_TODAY = translate(
    "CentralSupervisionReminders",
    "今天已给 {display_name} 发过办件 {case_no} 的催办短信，请明天再发",
    "central.reminded_today",
)

# --- CentralTrustRecords ---

REVOKE_REASON_CODE = translate(
    "CentralTrustRecords", "吊销原因代码“{reason_code}”无效，可选：{choices}", "central.revoke_reason_code"
)
REVOKE_REASON_MISSING = translate(
    "CentralTrustRecords", "请写明吊销原因（1 至 {max_reason} 个字）", "central.revoke_reason_missing"
)
REVOKE_NO_TIMEZONE = translate(
    "CentralTrustRecords", "失效时间须带时区（如 2026-12-01T00:00:00+08:00）", "central.revoke_no_timezone"
)
REVOKE_INVALID_FROM_LATER = translate(
    "CentralTrustRecords", "失效时间不能晚于吊销时间：吊销立即生效", "central.revoke_invalid_from_later"
)
REVOKE_DEVICE_UNKNOWN = translate("CentralTrustRecords", "本中心没有设备 {device_id}", "central.revoke_device_unknown")
REVOKE_NOTHING = translate(
    "CentralTrustRecords",
    "设备 {device_id} 没有可吊销的通知书签名密钥（中心尚未为它颁发证书，或已全部吊销）",
    "central.revoke_nothing",
)

# --- CentralVersions ---

CLIENT_TOO_OLD = translate(
    "CentralVersions",
    "本机程序版本 {version} 过旧，中心要求 {minimum} 或更新版本，请升级后再同步",
    "central.client_too_old",
)

# --- declared by hand: texts chosen at run time, HTTP statuses without a code of ours ---

ACCOUNT_LOCKED = translate(
    "CentralLogin", "该账号登录失败次数过多，已锁定，请 {minutes} 分钟后再试或联系管理员", "central.account_locked"
)
ADDRESS_LOCKED = translate(
    "CentralLogin", "本机所在地址登录失败次数过多，已暂停登录，请 {minutes} 分钟后再试", "central.address_locked"
)
DEVICE_UNKNOWN_ADMIN = translate("CentralQuarantine", "设备 {device_id} 不存在", "central.device_unknown_admin")
DEVICE_UNKNOWN_IN_CENTER = translate(
    "CentralQuarantine", "设备 {device_id} 不存在（中心 {center_code}）", "central.device_unknown_in_center"
)
DEVICE_SCOPE_UNKNOWN = translate(
    "CentralQuarantine",
    "设备范围“{scope}”无效，应为 station（窗口电脑：本工作站的办件）或 center（大厅或督查席位：全中心）",
    "central.device_scope_unknown",
)
SEQ_BEHIND = translate(
    "CentralQuarantine",
    "本机报告的最后事件序号 {seq} 小于中心已收到的序号 {last_seq}，本机之后录入的数据已不在本机，本机可能是从旧备份恢复的",  # noqa: E501
    "central.seq_behind",
)
SIZE_DIFFERS_OTHER_CASE = translate(
    "CentralAttachments", "同一文件在本中心另一办件中登记的大小或类型不同，中心不接收", "central.size_differs"
)
SIZE_DIFFERS_RESULT = translate(
    "CentralResultFiles", "同一文件在本中心此前登记的大小或类型不同，中心不接收", "central.result_files.size_differs"
)
SIZE_DIFFERS_PHOTO = translate(
    "CentralSupervisionFiles",
    "同一文件在本中心别处登记的大小或类型不同，中心不接收",
    "central.supervision_files.size_differs",
)
LIST_BAD_CURSOR = translate(
    "CentralSupervisionRecords",
    "列表的翻页位置（cursor）无法识别：请从第一页重新读取",
    "central.supervision_records.bad_cursor",
)
NO_CLERK_PHONE = translate(
    "CentralSupervisionReminders",
    "该工作人员未在中心登记手机号码，请管理员登记（govdesk central user set-phone）",
    "central.no_clerk_phone",
)
HTTP_BAD_REQUEST = translate("CentralErrors", "请求有误", "central.http.bad_request")
HTTP_NOT_AUTHENTICATED = translate("CentralErrors", "请先登录", "central.http.not_authenticated")
HTTP_FORBIDDEN = translate("CentralErrors", "无权执行此操作", "central.http.forbidden")
HTTP_NOT_FOUND = translate("CentralErrors", "找不到请求的内容", "central.http.not_found")
HTTP_METHOD_NOT_ALLOWED = translate("CentralErrors", "不支持此请求方式", "central.http.method_not_allowed")
HTTP_NOT_ACCEPTABLE = translate("CentralErrors", "无法提供请求的格式", "central.http.not_acceptable")
HTTP_TOO_LARGE = translate("CentralErrors", "请求内容过大", "central.http.too_large")
HTTP_UNSUPPORTED_MEDIA_TYPE = translate("CentralErrors", "请求内容格式不受支持", "central.http.unsupported_media_type")
HTTP_OTHER = translate("CentralErrors", "请求未能完成", "central.http.other")

# --- terms: words the center puts into its refusals as parameters (a state, an action, a kind of file). A window
# that receives a parameter equal to one of these texts says the term in its clerk's language
# (``govdesk.sync.server_words``); keys ``central.term.*``, never with placeholders. ---

TERM_SUBMITTED = translate("CentralTerms", "已提交后台", "central.term.submitted")
TERM_IN_REVIEW = translate("CentralTerms", "审查中", "central.term.in_review")
TERM_APPROVED = translate("CentralTerms", "已准予", "central.term.approved")
TERM_DENIED = translate("CentralTerms", "不予许可", "central.term.denied")
TERM_RESULT_READY = translate("CentralTerms", "结果已出", "central.term.result_ready")
TERM_CLAIM = translate("CentralTerms", "认领审查", "central.term.claim")
TERM_DECIDE = translate("CentralTerms", "作出审批决定", "central.term.decide")
TERM_MARK_READY = translate("CentralTerms", "标记结果已出", "central.term.mark_ready")
TERM_REQUEST_CORRECTION = translate("CentralTerms", "要求补正", "central.term.request_correction")
TERM_ATTACH_RESULT = translate("CentralTerms", "附办理结果", "central.term.attach_result")
TERM_DEVICE_PENDING = translate("CentralTerms", "等待批准", "central.term.device_pending")
TERM_DEVICE_ACTIVE = translate("CentralTerms", "正常", "central.term.device_active")
TERM_DEVICE_QUARANTINED = translate("CentralTerms", "已隔离", "central.term.device_quarantined")
TERM_DEVICE_REENROL = translate("CentralTerms", "已批准重新登记", "central.term.device_reenrol")
TERM_DEVICE_RETIRED = translate("CentralTerms", "已停用（已重新登记）", "central.term.device_retired")
TERM_JPEG_IMAGE = translate("CentralTerms", "JPEG 图片", "central.term.jpeg_image")
TERM_PNG_IMAGE = translate("CentralTerms", "PNG 图片", "central.term.png_image")
TERM_PDF_FILE = translate("CentralTerms", "PDF 文件", "central.term.pdf_file")
TERM_JPEG_PHOTO = translate("CentralTerms", "JPEG 照片", "central.term.jpeg_photo")
TERM_PNG_PHOTO = translate("CentralTerms", "PNG 照片", "central.term.png_photo")
TERM_CATALOG = translate("CentralTerms", "事项目录", "central.term.catalog")
TERM_CALENDAR = translate("CentralTerms", "工作日历", "central.term.calendar")

# --- a pushed event's answer (``PushResult.reason``, with ``message_key`` and ``params`` like ``ErrorBody``) ---

ALREADY_RECEIVED = translate("CentralPush", "中心已收到此事件，未重复保存", "central.push.duplicate")
DEVICE_MISMATCH = translate("CentralPush", "事件来自其他设备，不能随本设备上传", "central.push.device_mismatch")
SEQ_BLOCKED = translate(
    "CentralPush",
    "前面的事件序号有误（{code}），本事件暂未处理，请从序号 {expected} 起重新上传",
    "central.push.seq_blocked",
)
SEQ_GAP = translate(
    "CentralPush",
    "缺少本设备序号 {expected} 至 {last} 的事件，请从序号 {expected} 起重新上传",
    "central.push.seq_gap",
)
CASE_OF_OTHER_CENTER = translate(
    "CentralPush", "该办件属于中心 {center_code}，不能在本中心办理", "central.push.case_of_other_center"
)
EVENT_TOO_LARGE = translate(
    "CentralPush",
    "事件内容过大（{size} KB），中心只接收不超过 {limit} KB 的事件",
    "central.push.event_too_large",
)
EVENT_MALFORMED = translate("CentralPush", "事件内容不完整或格式错误，中心无法读取", "central.push.malformed")
EVENT_ID_MISMATCH = translate("CentralPush", "事件编号与其内容不一致", "central.push.event_id_mismatch")
EVENT_NO_CASE = translate("CentralPush", "事件缺少有效的办件编号", "central.push.no_case")
SCHEMA_TOO_NEW = translate(
    "CentralPush",
    "事件格式版本 {version} 高于中心支持的版本，请联系管理员升级中心服务器",
    "central.push.schema_too_new",
)
BACK_OFFICE_KIND = translate(
    "CentralPush", "审批结果由后台在中心作出，窗口不能上传此类事件", "central.push.back_office_kind"
)
UNKNOWN_KIND = translate("CentralPush", "中心不认识事件类型“{kind}”", "central.push.unknown_kind")
EVENT_OF_OTHER_CENTER = translate(
    "CentralPush", "事件属于中心 {event_center}，本设备登记在中心 {center_code}", "central.push.event_of_other_center"
)
COMMITMENT_OPEN = translate(
    "CentralPush",
    "办件 {case_no} 为容缺受理，承诺补交的材料尚未补齐、承诺尚未办结，不能出件",
    "central.push.commitment_open",
)
ROLE_CANNOT_PUSH = translate("CentralPush", "账号角色“{role}”不能上传事件", "central.push.role_cannot_push")
NUMBER_TAKEN = translate(
    "CentralPush",
    "办件编号 {number} 已被本中心另一办件使用：中心已收下本办件，但不采用这个重复的编号。"
    "本机将为本办件另行编号；如已按原编号打印告知单，请核对后为申请人重新打印",
    "central.push.number_taken",
)
NUMBER_TAKEN_AT = translate(
    "CentralPush",
    "办件编号 {number} 已被本中心另一办件（工作站 {station}）使用：中心已收下本办件，但不采用这个重复的编号。"
    "本机将为本办件另行编号；如已按原编号打印告知单，请核对后为申请人重新打印",
    "central.push.number_taken_at",
)
RENUMBER_NOT_NEEDED = translate(
    "CentralPush", "该办件的编号未被中心拒绝，不能改编号", "central.push.renumber_not_needed"
)
INVALID_NEW_NUMBER = translate("CentralPush", "新的办件编号无效：{error}", "central.push.invalid_new_number")
NEW_NUMBER_OTHER_STATION = translate(
    "CentralPush",
    "新的办件编号 {number} 不属于本机的工作站 {station}，只能用本机的工作站编号重新编号",
    "central.push.new_number_other_station",
)
TERM_OTHER_WINDOW = translate("CentralTerms", "其他窗口", "central.term.other_window")
CLERK_AS_WRITTEN = translate("CentralPush", "{clerk}（窗口记录的经办人：{written}）", "central.push.clerk_as_written")
ALREADY_HANDED_OFF = translate(
    "CentralPush",
    "该办件的结果已于 {at} 由 {who}（{where}）出件，本次出件未被中心采纳",
    "central.push.already_handed_off",
)
