"""What the local store says to the clerk (``domain.messages``), each with a stable key ``store.…``.

A catalog of its own: ``store.errors.translate`` (a SQLite error to a ``StoreError``) takes the name the
declarations need. Every message says whether the work was kept and what to do next.
"""

from __future__ import annotations

from govdesk.domain.messages import Message, translate

# The StoreError classes' own messages (``default_message``), made once: a Message is an immutable ``str``.
FAILED = Message(translate("Store", "本地数据库出错，办件未保存：请重试；如反复出现，请联系管理员", "store.failed"))
DISK_FULL = Message(
    translate("Store", "磁盘已满，办件未保存：请清理磁盘后重试，已录入的内容仍在窗口中", "store.disk_full")
)
READ_ONLY = Message(
    translate(
        "Store",
        "数据库文件只读，办件未保存：请检查文件权限或磁盘是否写保护，已录入的内容仍在窗口中",
        "store.read_only",
    )
)
CORRUPT = Message(
    translate(
        "Store",
        "数据库文件已损坏或不是 govdesk 数据库：请停止使用并联系管理员从备份恢复，不要删除该文件",
        "store.corrupt",
    )
)
BUSY = Message(
    translate("Store", "数据库正忙（另一操作尚未完成），办件未保存：请稍后重试，已录入的内容仍在窗口中", "store.busy")
)
UNAVAILABLE = Message(
    translate(
        "Store", "无法打开数据库文件：请检查文件夹是否存在、磁盘是否连接，以及是否有写入权限", "store.unavailable"
    )
)
IO_ERROR = Message(
    translate("Store", "读写磁盘出错，办件未保存：请检查磁盘后重试，已录入的内容仍在窗口中", "store.io_error")
)
CONFLICT = Message(translate("Store", "数据冲突（编号或记录已存在），办件未保存：请核对后重试", "store.conflict"))
STALE = Message(
    translate(
        "Store",
        "该办件已在别处被修改，本页的内容已过时，本次保存未写入：请重新打开该办件后再操作",
        "store.stale",
    )
)
KEY_MISSING = Message(
    translate(
        "Store",
        "本机数据库已加密，但系统密钥环中没有它的密钥（可能换了电脑、重装了系统或换了 Windows 账户）。"
        "没有密钥，任何人都无法打开它，本程序也不会改动它。"
        "请不要删除该文件，联系管理员：已同步的办件可在重新登记本窗口后从中心取回；"
        "未同步的办件只能用原来的 Windows 账户在原电脑上打开后同步。",
        "store.key_missing",
    )
)
KEY_WRONG = Message(
    translate(
        "Store",
        "系统密钥环中的密钥打不开本机数据库：密钥属于另一个数据库，或数据库文件已损坏。"
        "本程序没有改动该文件。请联系管理员核对密钥与数据库是否对应，必要时从备份恢复。",
        "store.key_wrong",
    )
)
SEALED_FILE_DAMAGED = Message(
    translate(
        "Store",
        "本机的一份扫描件无法解密：文件已损坏或被改动，或不是用本机数据库的密钥加密的。"
        "该文件不会被上传或显示；请重新扫描该材料，或联系管理员。",
        "store.sealed_file_damaged",
    )
)

SEALED_NO_KEY = translate(
    "Store", "本机的扫描件已加密，但没有打开它的密钥（本机数据库未以密钥打开）", "store.sealed_no_key"
)
#: A signature drawn on the pad or an archived notice (``store.sealed_files``) that does not open.
KEPT_FILE_DAMAGED = translate(
    "Store",
    "本机存档的文件“{name}”无法解密：文件已损坏或被改动，或不是用本机数据库的密钥加密的。请联系管理员。",
    "store.kept_file_damaged",
)
KEPT_FILE_NO_KEY = translate(
    "Store",
    "本机存档的文件“{name}”已加密，但没有打开它的密钥（本机数据库未以密钥打开）",
    "store.kept_file_no_key",
)
KEPT_SEAL_MISMATCH = translate("Store", "加密存档文件“{name}”后核对不一致，已保留原文件", "store.kept_seal_mismatch")
ATTACHMENT_UNREADABLE = translate("Store", "无法读取文件“{file}”：{error}", "store.attachment_unreadable")
SEAL_MISMATCH = translate("Store", "加密扫描件后核对不一致，已保留原文件", "store.seal_mismatch")

ENCRYPT_BUSY = translate(
    "Store", "数据库正被另一个程序使用，暂不能加密：请关闭其他 govdesk 后重新启动", "store.encrypt.busy"
)
ENCRYPT_WAL = translate(
    "Store", "数据库的预写日志未能并入主文件，暂不能加密：请关闭其他 govdesk 后重新启动", "store.encrypt.wal"
)
ENCRYPT_MISMATCH = translate(
    "Store", "加密本机数据库时核对副本不一致，已放弃加密，原数据库未改动（{problems}）", "store.encrypt.mismatch"
)
DIFFERING_TABLES = translate("Store", "不一致的表：{tables}", "store.encrypt.differing_tables")

TOO_NEW = translate(
    "Store",
    "数据库版本（{versions}）比本程序新（本程序最高为 {head}）："
    "请先升级 govdesk 再打开它。数据库未作任何改动，也不会被降级。",
    "store.too_new",
)
LOCKED = translate(
    "Store",
    "govdesk 已在运行（{who}）并正在使用这个数据库：{where}。"
    "请切换到已打开的窗口；同一数据库不能同时打开两个 govdesk。",
    "store.locked",
)
LOCKED_BY = translate("Store", "进程号 {pid}", "store.locked.by")
LOCKED_BY_ANOTHER = translate("Store", "另一个进程", "store.locked.by_another")
LOCKED_PATH = translate("Store", "{path}（即 {real}）", "store.locked.path")
STALE_CASE = translate(
    "Store",
    "办件 {case_no} 已在别处被修改（其他窗口、其他页面或同步），本页的内容已过时，本次保存未写入："
    "请重新打开该办件后再操作",
    "store.stale_case",
)
