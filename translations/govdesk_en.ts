<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Actions</name>
    <message>
        <source>新建受理(&amp;N)</source>
        <translation>New &amp;intake</translation>
    </message>
    <message>
        <source>开始一件新的综合受理</source>
        <translation>Start a new intake at the comprehensive window</translation>
    </message>
    <message>
        <source>打印(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>打印当前页面的通知书或回执</source>
        <translation>Print the notice or receipt on the current page</translation>
    </message>
    <message>
        <source>立即同步(&amp;S)</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>立即与中心服务器交换数据</source>
        <translation>Exchange data with the central server now</translation>
    </message>
    <message>
        <source>需处理的记录(&amp;N)…</source>
        <translation>Records that &amp;need attention…</translation>
    </message>
    <message>
        <source>中心拒收或与中心决定冲突的记录：本机所做、中心的决定，由谁、何时</source>
        <translation>Records the center refused or that conflict with its decisions: what this PC did, what the center decided, who and when</translation>
    </message>
    <message>
        <source>切换用户(&amp;W)…</source>
        <translation>S&amp;witch user…</translation>
    </message>
    <message>
        <source>AB岗：接班的工作人员登录，接续本窗口的工作（程序不关闭）</source>
        <translation>Backup post: the clerk taking over logs in and continues this window&apos;s work (the program stays open)</translation>
    </message>
    <message>
        <source>锁定(&amp;L)</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>离开窗口时锁定：隐藏办件信息，重新登录后继续（同步照常进行）</source>
        <translation>Lock when leaving the window: case details are hidden; log in again to continue (sync goes on)</translation>
    </message>
    <message>
        <source>注销(&amp;O)</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <source>退出登录，并在中心服务器上结束本次登录</source>
        <translation>Log out, and end this login at the central server</translation>
    </message>
    <message>
        <source>中心服务器设置(&amp;C)…</source>
        <translation>&amp;Central server settings…</translation>
    </message>
    <message>
        <source>中心服务器的地址和本单位的 CA 根证书</source>
        <translation>The central server&apos;s address and your organisation&apos;s CA root certificate</translation>
    </message>
    <message>
        <source>设置(&amp;E)…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <source>本窗口的设置：服务器、窗口、打印、通知书抬头和印章、语言、字号配色、锁定</source>
        <translation>Settings for this window: server, window, printing, notice header and seal, language, font size and colors, locking</translation>
    </message>
    <message>
        <source>大字模式(&amp;T)</source>
        <translation>Large &amp;text</translation>
    </message>
    <message>
        <source>适老化：正文 18 磅以上的大字显示（再按一次恢复）</source>
        <translation>Accessibility: large text, body text 18 pt or larger (press again to restore)</translation>
    </message>
    <message>
        <source>高对比度(&amp;H)</source>
        <translation>&amp;High contrast</translation>
    </message>
    <message>
        <source>适老化：黑白高对比度配色（再按一次恢复）</source>
        <translation>Accessibility: black-and-white high-contrast colors (press again to restore)</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>关闭程序（未同步的数据保留在本机，下次启动继续上传）</source>
        <translation>Close the program (unsent records are sent next time)</translation>
    </message>
    <message>
        <source>查找办件(&amp;F)</source>
        <translation>&amp;Find a case</translation>
    </message>
    <message>
        <source>转到办件搜索框（也可直接扫描条码）</source>
        <translation>Go to the case search box (or just scan a barcode)</translation>
    </message>
    <message>
        <source>叫号</source>
        <translation>Call next</translation>
    </message>
    <message>
        <source>叫号：呼叫排队叫号机上的下一位</source>
        <translation>Call: call the next ticket from the queue machine</translation>
    </message>
    <message>
        <source>重呼</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>重呼：再次呼叫当前号票</source>
        <translation>Recall: call the current ticket again</translation>
    </message>
    <message>
        <source>转窗…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <source>转窗：把当前号票转到另一个窗口（输入窗口号后按回车）</source>
        <translation>Transfer: send the current ticket to another window (type the window number, then Enter)</translation>
    </message>
    <message>
        <source>过号</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>过号：当前号票的申请人未到</source>
        <translation>Skip: the applicant of the current ticket did not come</translation>
    </message>
    <message>
        <source>快捷键帮助(&amp;K)</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>显示所有快捷键</source>
        <translation>Show all keyboard shortcuts</translation>
    </message>
    <message>
        <source>全局</source>
        <translation>Everywhere</translation>
    </message>
    <message>
        <source>作出所选的受理决定</source>
        <translation>Make the selected decision</translation>
    </message>
    <message>
        <source>综合受理</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>读卡：从身份证阅读器读取申请人信息</source>
        <translation>Read ID card: read the applicant&apos;s details from the ID card reader</translation>
    </message>
    <message>
        <source>续办：输入或扫描一次性告知单上的办件编号</source>
        <translation>Resume: type or scan the case number on the one-time notice</translation>
    </message>
    <message>
        <source>材料流转：把已受理办件的纸质材料移交后台，打印交接单</source>
        <translation>Transfer materials: hand the paper materials of accepted cases to the back office and print a handover sheet</translation>
    </message>
    <message>
        <source>出件：按所选方式交付办理结果</source>
        <translation>Handoff: hand over the result by the chosen method</translation>
    </message>
    <message>
        <source>出件</source>
        <translation>Handoff</translation>
    </message>
    <message>
        <source>转到扫码框（扫描通知书条码）</source>
        <translation>Go to the scan box (scan the notice barcode)</translation>
    </message>
    <message>
        <source>移交所选办件的材料并打印交接单</source>
        <translation>Transfer the selected cases&apos; materials and print the handover sheet</translation>
    </message>
    <message>
        <source>材料流转对话框</source>
        <translation>Transfer of materials dialog</translation>
    </message>
    <message>
        <source>打印预览中的通知书</source>
        <translation>Print the notice being previewed</translation>
    </message>
    <message>
        <source>通知书预览</source>
        <translation>Notice preview</translation>
    </message>
    <message>
        <source>空格</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>申请材料：收到 / 缺少</source>
        <translation>Materials: received / missing</translation>
    </message>
    <message>
        <source>综合受理 · 申请材料表</source>
        <translation>Intake · materials list</translation>
    </message>
    <message>
        <source>申请材料：不符合要求（填写原因）</source>
        <translation>Materials: not acceptable (give the reason)</translation>
    </message>
    <message>
        <source>申请材料：原件 / 复印件 / 电子件（并标为收到）</source>
        <translation>Materials: original / copy / electronic (also marks it received)</translation>
    </message>
    <message>
        <source>申请材料：拍摄或导入扫描件</source>
        <translation>Materials: photograph or import a scan</translation>
    </message>
    <message>
        <source>从本次办理中移除所选事项</source>
        <translation>Remove the selected service item from this intake</translation>
    </message>
    <message>
        <source>综合受理 · 本次办理</source>
        <translation>Intake · chosen items</translation>
    </message>
    <message>
        <source>Alt+带下划线的字母</source>
        <translation>Alt+underlined letter</translation>
    </message>
    <message>
        <source>转到该字段或按下该按钮</source>
        <translation>Go to that field or press that button</translation>
    </message>
    <message>
        <source>转到下一个 / 上一个控件（当前控件有蓝色或黑黄边框）</source>
        <translation>Go to the next / previous control (the current control has a blue or black-and-yellow border)</translation>
    </message>
</context>
<context>
    <name>ApplicantForm</name>
    <message>
        <source>自然人(&amp;P)</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>法人或其他组织(&amp;E)</source>
        <translation>Legal &amp;entity or organization</translation>
    </message>
    <message>
        <source>读卡</source>
        <translation>Read ID card</translation>
    </message>
    <message>
        <source>从身份证阅读器读取申请人信息 (F6)</source>
        <translation>Read the applicant from the ID card reader (F6)</translation>
    </message>
    <message>
        <source>姓名(&amp;M)</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <source>证件号码(&amp;I)</source>
        <translation>&amp;ID number</translation>
    </message>
    <message>
        <source>18 位身份证号或统一社会信用代码</source>
        <translation>18-digit ID number or social credit code</translation>
    </message>
    <message>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>联系电话(&amp;T)</source>
        <translation>&amp;Telephone</translation>
    </message>
    <message>
        <source>11 位手机号码</source>
        <translation>11-digit mobile number</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>委托代办人办理(&amp;G)</source>
        <translation>Applying through an a&amp;gent</translation>
    </message>
    <message>
        <source>代办人姓名</source>
        <translation>Agent&apos;s name</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>授权委托书</source>
        <translation>Power of attorney</translation>
    </message>
    <message>
        <source>如：授权委托书(2026-11-20)</source>
        <translation>e.g. Power of attorney (2026-11-20)</translation>
    </message>
</context>
<context>
    <name>ApplicantPanel</name>
    <message>
        <source>企业名称(&amp;M)</source>
        <translation>Entity na&amp;me</translation>
    </message>
    <message>
        <source>姓名(&amp;M)</source>
        <translation>Na&amp;me</translation>
    </message>
</context>
<context>
    <name>ApplicantRatingPage</name>
    <message>
        <source>非常满意</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>基本满意</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>非常不满意</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <source>等候时间过长</source>
        <translation>Waited too long</translation>
    </message>
    <message>
        <source>工作人员态度不好</source>
        <translation>Staff were unfriendly</translation>
    </message>
    <message>
        <source>办事指南不清楚、一次告知不到位</source>
        <translation>Unclear guide, not told everything at once</translation>
    </message>
    <message>
        <source>要求提交清单以外的材料</source>
        <translation>Asked for materials not on the list</translation>
    </message>
    <message>
        <source>超过承诺时限</source>
        <translation>Promised time limit exceeded</translation>
    </message>
    <message>
        <source>多次往返</source>
        <translation>Had to come back several times</translation>
    </message>
    <message>
        <source>结果有错误</source>
        <translation>The result has errors</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>请您对本次服务作出评价</source>
        <extracomment>Colours of the five levels, from 非常满意 (green) to 非常不满意 (red). Check what is still missing before a rating may be sent: (rating, comment, reasons) -&gt; words or &quot;&quot;. Whether a rating is a 差评 whose reasons are asked for (the service&apos;s rule: ``EvaluationService.needs_reason``).</extracomment>
        <translation>Please rate our service</translation>
    </message>
    <message>
        <source>很抱歉给您带来不便。请告诉我们哪里做得不好（可多选）：</source>
        <translation>We are sorry for the trouble. Please tell us what went wrong (choose any):</translation>
    </message>
    <message>
        <source>您的意见（可不填）</source>
        <translation>Your comments (optional)</translation>
    </message>
    <message>
        <source>返回重选</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>提交评价</source>
        <translation>Submit rating</translation>
    </message>
    <message>
        <source>感谢您的评价！</source>
        <translation>Thank you for your rating!</translation>
    </message>
</context>
<context>
    <name>ApplicantScreen</name>
    <message>
        <source>服务评价</source>
        <translation>Service rating</translation>
    </message>
    <message>
        <source>面向申请人的评价屏</source>
        <translation>Rating screen facing the applicant</translation>
    </message>
    <message>
        <source>评价窗口（请将屏幕转向申请人）</source>
        <translation>Rating window (please turn the screen towards the applicant)</translation>
    </message>
</context>
<context>
    <name>AttachmentService</name>
    <message>
        <source>无法保存材料文件：{error}</source>
        <comment>services.attachments.cannot_save</comment>
        <translation>Cannot save the scan file: {error}</translation>
    </message>
    <message>
        <source>无法读取高拍仪/扫描仪的输出文件夹 {folder}：{error}</source>
        <comment>services.attachments.cannot_read_folder</comment>
        <translation>Cannot read the document camera/scanner output folder {folder}: {error}</translation>
    </message>
    <message>
        <source>裁剪范围无效：请在图上框出要保留的部分</source>
        <comment>services.attachments.bad_crop</comment>
        <translation>The crop area is not valid: draw a box around the part to keep</translation>
    </message>
    <message>
        <source>裁剪范围太小：请框出材料的完整内容</source>
        <comment>services.attachments.crop_too_small</comment>
        <translation>The crop area is too small: draw a box around the whole material</translation>
    </message>
    <message>
        <source>PDF 文件不能在此旋转或裁剪：请在扫描时调整，或改用图片格式扫描</source>
        <comment>services.attachments.pdf_no_edit</comment>
        <translation>A PDF file cannot be rotated or cropped here: adjust it when scanning, or scan as an image</translation>
    </message>
    <message>
        <source>无法处理该图片：{error}</source>
        <comment>services.attachments.cannot_process</comment>
        <translation>Cannot process this image: {error}</translation>
    </message>
    <message>
        <source>电子证照核验未完成：{reason}</source>
        <comment>services.attachments.licence_check_failed</comment>
        <translation>The electronic licence check did not complete: {reason}</translation>
    </message>
    <message>
        <source>请先填写申请人的证件号码，再核验电子证照</source>
        <comment>services.attachments.no_id_for_licence</comment>
        <translation>Enter the applicant&apos;s ID number first, then check the electronic licence</translation>
    </message>
    <message>
        <source>未连接中心服务器，无法核验电子证照；该材料仍按数据共享办理，无需申请人提交</source>
        <comment>services.attachments.licence_offline</comment>
        <translation>Not connected to the central server, the electronic licence cannot be checked; the material is still handled by data sharing and the applicant need not submit it</translation>
    </message>
    <message>
        <source>电子证照库中没有该申请人有效的“{material_name}”；可请申请人提供纸质材料，或按数据共享另行核实</source>
        <comment>services.attachments.no_licence</comment>
        <translation>The electronic licence library holds no valid “{material_name}” of this applicant; ask the applicant for the paper material, or verify it through data sharing otherwise</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>{label}是空文件，未采集</source>
        <comment>attachments.empty</comment>
        <translation>{label} is an empty file and was not taken in</translation>
    </message>
    <message>
        <source>{label}太大（{size_mb:.1f} MB），每页材料最多 {max_mb} MB；请降低扫描分辨率或分页扫描</source>
        <comment>attachments.too_large</comment>
        <translation>{label} is too large ({size_mb:.1f} MB); each page may be at most {max_mb} MB. Scan at a lower resolution or page by page</translation>
    </message>
    <message>
        <source>{label}不是 JPEG、PNG 或 PDF 文件，未采集（只接收这三种格式的扫描件）</source>
        <comment>attachments.wrong_format</comment>
        <translation>{label} is not a JPEG, PNG or PDF file and was not taken in (only scans in these three formats are accepted)</translation>
    </message>
</context>
<context>
    <name>AttentionDialog</name>
    <message>
        <source>需处理的记录</source>
        <translation>Records that need attention</translation>
    </message>
    <message>
        <source>办件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>本机所做</source>
        <translation>Done on this PC</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>中心的决定</source>
        <translation>The center&apos;s decision</translation>
    </message>
    <message>
        <source>中心的说明</source>
        <translation>The center&apos;s words</translation>
    </message>
    <message>
        <source>查看办件(&amp;O)</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <source>冲突</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>被拒收</source>
        <translation>Refused</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 条记录未被中心接收。本机的记录都已保留；请核对办件，必要时与后台或中心联系。</source>
        <translation>
            <numerusform>%n record was not taken by the center. Every record is kept on this PC; check the case, and contact the back office or the center if needed.</numerusform>
            <numerusform>%n records were not taken by the center. Every record is kept on this PC; check the cases, and contact the back office or the center if needed.</numerusform>
        </translation>
    </message>
    <message>
        <source>没有需处理的记录。</source>
        <translation>No records need attention.</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>未能通知中心服务器注销（{error}）；本机已退出登录</source>
        <comment>services.auth.logout_unconfirmed</comment>
        <translation>The central server could not be told of the logout ({error}); this PC has logged out</translation>
    </message>
    <message>
        <source>请输入用户名和密码</source>
        <comment>services.auth.no_credentials</comment>
        <translation>Enter the user name and password</translation>
    </message>
</context>
<context>
    <name>BackOffice</name>
    <message>
        <source>要求补正时须列出至少一项需补正的材料</source>
        <comment>backoffice.correction.none</comment>
        <translation>To ask for corrections, list at least one material to be corrected</translation>
    </message>
    <message>
        <source>一次补正最多列出 {max_correction_items} 项材料</source>
        <comment>backoffice.correction.too_many</comment>
        <translation>One request for corrections may list at most {max_correction_items} materials</translation>
    </message>
    <message>
        <source>“{state}”</source>
        <comment>backoffice.quoted_state</comment>
        <translation>“{state}”</translation>
    </message>
    <message>
        <source>办件当前状态为“{state}”，不能记录“{step}”环节，只有{allowed}的办件可以</source>
        <comment>backoffice.wrong_state</comment>
        <translation>The case is now “{state}”: the “{step}” step cannot be recorded. Only cases that are {allowed} can</translation>
    </message>
    <message>
        <source>第 {position} 项补正材料没有写材料名称</source>
        <comment>backoffice.correction.no_name</comment>
        <translation>Correction item {position} has no material name</translation>
    </message>
    <message>
        <source>补正材料“{name}”没有写明需补正的原因</source>
        <comment>backoffice.correction.no_reason</comment>
        <translation>The correction of “{name}” does not say why it must be corrected</translation>
    </message>
    <message>
        <source>补正材料“{name}”列了两次，请合并为一项</source>
        <comment>backoffice.correction.twice</comment>
        <translation>“{name}” is listed twice for correction; merge them into one item</translation>
    </message>
</context>
<context>
    <name>BackOfficePage</name>
    <message>
        <source>本部门待办（最早流转的在前）</source>
        <translation>Department to-do (earliest transferred first)</translation>
    </message>
    <message>
        <source>部门编码（空：本中心全部部门）</source>
        <translation>Department code (empty: every department of this center)</translation>
    </message>
    <message>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>请在左侧选择一件办件</source>
        <translation>Choose a case on the left</translation>
    </message>
    <message>
        <source>扫描材料(&amp;1)</source>
        <translation>Scanned materials (&amp;1)</translation>
    </message>
    <message>
        <source>审批办理(&amp;2)</source>
        <translation>Review and decide (&amp;2)</translation>
    </message>
    <message>
        <source>办理进度(&amp;3)</source>
        <translation>Progress (&amp;3)</translation>
    </message>
    <message>
        <source>认领审查(&amp;C)</source>
        <translation>&amp;Claim for review</translation>
    </message>
    <message>
        <source>要求补正…(&amp;B)</source>
        <translation>Ask for correction… (&amp;B)</translation>
    </message>
    <message>
        <source>记录办理环节</source>
        <translation>Record a step</translation>
    </message>
    <message>
        <source>意见（可空）</source>
        <translation>Comment (optional)</translation>
    </message>
    <message>
        <source>记录(&amp;S)</source>
        <translation>Record (&amp;S)</translation>
    </message>
    <message>
        <source>审批决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>准予许可(&amp;Y)</source>
        <translation>Approve (&amp;Y)</translation>
    </message>
    <message>
        <source>不予许可(&amp;D)</source>
        <translation>&amp;Deny</translation>
    </message>
    <message>
        <source>决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>结果名称(&amp;M)</source>
        <translation>Result na&amp;me</translation>
    </message>
    <message>
        <source>不予许可时必填</source>
        <translation>Required when denying</translation>
    </message>
    <message>
        <source>理由(&amp;L)</source>
        <translation>Reason (&amp;L)</translation>
    </message>
    <message>
        <source>作出决定(&amp;J)</source>
        <translation>Decide (&amp;J)</translation>
    </message>
    <message>
        <source>办理结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>证照或批文编号</source>
        <translation>Licence or approval number</translation>
    </message>
    <message>
        <source>证照编号(&amp;Z)</source>
        <translation>Licence number (&amp;Z)</translation>
    </message>
    <message>
        <source>未选择（可不附）</source>
        <translation>None chosen (optional)</translation>
    </message>
    <message>
        <source>选择文件…(&amp;W)</source>
        <translation>Choose a file… (&amp;W)</translation>
    </message>
    <message>
        <source>证照或批文的扫描件（JPEG、PNG 或 PDF），随办理结果上传，窗口出件时可查看</source>
        <translation>The scan of the licence or approval document (JPEG, PNG or PDF), uploaded with the result; the window can view it at handoff</translation>
    </message>
    <message>
        <source>结果文件</source>
        <translation>Result document</translation>
    </message>
    <message>
        <source>附办理结果(&amp;A)</source>
        <translation>&amp;Attach the result</translation>
    </message>
    <message>
        <source>结果已出，转窗口出件(&amp;T)</source>
        <translation>Result ready, send to the handoff window (&amp;T)</translation>
    </message>
    <message>
        <source>正在读取待办…</source>
        <translation>Loading the to-do list…</translation>
    </message>
    <message>
        <source>{dept} 待办（最早流转的在前）</source>
        <translation>{dept} to do (earliest forwarded first)</translation>
    </message>
    <message>
        <source>本中心各部门待办（最早流转的在前）</source>
        <translation>Every department of this center to do (earliest forwarded first)</translation>
    </message>
    <message>
        <source>共 {n} 件</source>
        <translation>{n} cases</translation>
    </message>
    <message>
        <source>，已显示 {k} 件（向下滚动读取其余）</source>
        <translation>, {k} shown (scroll down to load the rest)</translation>
    </message>
    <message>
        <source>，{k} 件已超期</source>
        <translation>, {k} overdue</translation>
    </message>
    <message>
        <source>，已显示的办件中 {k} 件已超期</source>
        <translation>, {k} of those shown overdue</translation>
    </message>
    <message>
        <source>正在读取办件…</source>
        <translation>Loading the case…</translation>
    </message>
    <message>
        <source>未记录</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>&lt;b&gt;办件 {no}&lt;/b&gt;&#x3000;{item}&#x3000;&lt;b&gt;{state}&lt;/b&gt;&lt;br&gt;申请人 {who}&#x3000;承诺办结 {due}&#x3000;法定时限 {legal}</source>
        <translation>&lt;b&gt;Case {no}&lt;/b&gt;&#x3000;{item}&#x3000;&lt;b&gt;{state}&lt;/b&gt;&lt;br&gt;Applicant {who}&#x3000;Promised by {due}&#x3000;Statutory limit {legal}</translation>
    </message>
    <message>
        <source>补正中，计时中止：{what}</source>
        <translation>Correction pending, clock stopped: {what}</translation>
    </message>
    <message>
        <source>后台尚未办理。</source>
        <translation>Not yet handled by the back office.</translation>
    </message>
    <message>
        <source>正在认领…</source>
        <translation>Claiming…</translation>
    </message>
    <message>
        <source>正在记录…</source>
        <translation>Recording…</translation>
    </message>
    <message>
        <source>正在提交决定…</source>
        <translation>Submitting the decision…</translation>
    </message>
    <message>
        <source>选择办理结果文件</source>
        <translation>Choose the result document</translation>
    </message>
    <message>
        <source>扫描件 (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Scans (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>已选择结果文件：{name}（点“附办理结果”上传）</source>
        <translation>Result document chosen: {name} (click “Attach the result” to upload it)</translation>
    </message>
    <message>
        <source>待上传：{name}</source>
        <translation>To upload: {name}</translation>
    </message>
    <message>
        <source>图片</source>
        <translation>image</translation>
    </message>
    <message>
        <source>已上传（{kind}），窗口出件时可查看</source>
        <translation>Uploaded ({kind}); the window can view it at handoff</translation>
    </message>
    <message>
        <source>正在附办理结果…</source>
        <translation>Attaching the result…</translation>
    </message>
    <message>
        <source>正在上传结果文件并附办理结果…</source>
        <translation>Uploading the result document and attaching the result…</translation>
    </message>
    <message>
        <source>正在转窗口出件…</source>
        <translation>Sending to the handoff window…</translation>
    </message>
    <message>
        <source>正在退回补正…</source>
        <translation>Returning for correction…</translation>
    </message>
</context>
<context>
    <name>BackOfficeQueue</name>
    <message>
        <source>承诺办结</source>
        <translation>Promised by</translation>
    </message>
    <message>
        <source>办件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Service item</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>流转时间</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>认领人</source>
        <translation>Claimed by</translation>
    </message>
    <message>
        <source>（补正中）</source>
        <translation> (correction pending)</translation>
    </message>
    <message>
        <source>法定时限：{day}</source>
        <translation>Statutory limit: {day}</translation>
    </message>
</context>
<context>
    <name>BackOfficeService</name>
    <message>
        <source>读取待办</source>
        <comment>services.backoffice.read_queue</comment>
        <translation>Reading the queue</translation>
    </message>
    <message>
        <source>读取办件</source>
        <comment>services.backoffice.read_case</comment>
        <translation>Reading the case</translation>
    </message>
    <message>
        <source>读取扫描件</source>
        <comment>services.backoffice.read_scans</comment>
        <translation>Reading the scans</translation>
    </message>
    <message>
        <source>认领</source>
        <comment>services.backoffice.claim</comment>
        <translation>Claiming</translation>
    </message>
    <message>
        <source>已认领，开始审查</source>
        <comment>services.backoffice.claimed</comment>
        <translation>Claimed; review started</translation>
    </message>
    <message>
        <source>要求补正</source>
        <comment>services.backoffice.ask_correction</comment>
        <translation>Asking for correction</translation>
    </message>
    <message>
        <source>已退回窗口补正（{names}），计时中止；申请人登记了手机的已短信告知</source>
        <comment>services.backoffice.sent_for_correction</comment>
        <translation>Sent back to the window for correction ({names}); the clock is stopped. Applicants with a mobile number have been told by SMS</translation>
    </message>
    <message>
        <source>记录{step}环节</source>
        <comment>services.backoffice.record_step</comment>
        <translation>Recording the {step} step</translation>
    </message>
    <message>
        <source>已记录{step}环节</source>
        <comment>services.backoffice.step_recorded</comment>
        <translation>{step} step recorded</translation>
    </message>
    <message>
        <source>作出决定</source>
        <comment>services.backoffice.decide</comment>
        <translation>Deciding</translation>
    </message>
    <message>
        <source>已决定：准予许可</source>
        <comment>services.backoffice.approved</comment>
        <translation>Decided: approved</translation>
    </message>
    <message>
        <source>已决定：不予许可</source>
        <comment>services.backoffice.denied</comment>
        <translation>Decided: refused</translation>
    </message>
    <message>
        <source>上传结果文件</source>
        <comment>services.backoffice.upload_result</comment>
        <translation>Uploading the result file</translation>
    </message>
    <message>
        <source>附办理结果</source>
        <comment>services.backoffice.attach_result</comment>
        <translation>Attaching the result</translation>
    </message>
    <message>
        <source>（{licence_no}）</source>
        <comment>services.backoffice.licence_no</comment>
        <translation> ({licence_no})</translation>
    </message>
    <message>
        <source>，结果文件已上传</source>
        <comment>services.backoffice.file_uploaded</comment>
        <translation>, result file uploaded</translation>
    </message>
    <message>
        <source>已附办理结果{number}{scanned}</source>
        <comment>services.backoffice.result_attached</comment>
        <translation>Result attached{number}{scanned}</translation>
    </message>
    <message>
        <source>标记结果已出</source>
        <comment>services.backoffice.mark_ready</comment>
        <translation>Marking the result ready</translation>
    </message>
    <message>
        <source>结果已出，已转综合窗口出件</source>
        <comment>services.backoffice.ready</comment>
        <translation>Result ready; passed to the intake window for hand-over</translation>
    </message>
    <message>
        <source>{month}月{day}日</source>
        <comment>services.backoffice.day</comment>
        <translation>{month}/{day}</translation>
    </message>
    <message>
        <source>{date}（补正中，计时中止）</source>
        <comment>services.backoffice.correcting</comment>
        <translation>{date} (correction, clock stopped)</translation>
    </message>
    <message>
        <source>{date}（已超期）</source>
        <comment>services.backoffice.overdue</comment>
        <translation>{date} (overdue)</translation>
    </message>
    <message>
        <source>{date}（今日到期）</source>
        <comment>services.backoffice.due_today</comment>
        <translation>{date} (due today)</translation>
    </message>
    <message>
        <source>{date}（剩 {left} 个工作日）</source>
        <comment>services.backoffice.days_left</comment>
        <translation>{date} ({left} working days left)</translation>
    </message>
    <message>
        <source>中心服务器尚未提供该办件的电子材料（未扫描，或扫描件尚未上传完毕）；请以纸质材料为准</source>
        <comment>services.backoffice.no_scans</comment>
        <translation>The central server has no electronic materials of this case yet (not scanned, or the scans are still uploading); go by the paper materials</translation>
    </message>
    <message>
        <source>电子材料暂不能显示：{refused}</source>
        <comment>services.backoffice.scans_refused</comment>
        <translation>The electronic materials cannot be shown yet: {refused}</translation>
    </message>
    <message>
        <source>准予许可时须填写结果名称（证照或批文）</source>
        <comment>services.backoffice.no_result_name</comment>
        <translation>To approve, enter the name of the result (licence or approval document)</translation>
    </message>
    <message>
        <source>不予许可时须写明理由</source>
        <comment>services.backoffice.no_refusal_reason</comment>
        <translation>To refuse, state the reason</translation>
    </message>
    <message>
        <source>结果文件不能上传：{refused}</source>
        <comment>services.backoffice.result_refused</comment>
        <translation>The result file cannot be uploaded: {refused}</translation>
    </message>
    <message>
        <source>无法读取结果文件“{name}”：{error}</source>
        <comment>services.backoffice.cannot_read_result</comment>
        <translation>Cannot read the result file “{name}”: {error}</translation>
    </message>
    <message>
        <source>{what}未完成：未连接中心服务器（离线）。后台审批须联网办理，请检查网络后重试；已填写的内容仍保留在窗口中</source>
        <comment>services.backoffice.offline</comment>
        <translation>{what} not done: not connected to the central server (offline). Back-office review needs the network: check it and try again; what was entered stays in the window</translation>
    </message>
    <message>
        <source>{what}未完成：中心服务器出错，请稍后重试；已填写的内容仍保留在窗口中</source>
        <comment>services.backoffice.server_failed</comment>
        <translation>{what} not done: the central server failed, please try again later; what was entered stays in the window</translation>
    </message>
    <message>
        <source>{what}未完成：{error}</source>
        <comment>services.backoffice.failed</comment>
        <translation>{what} not done: {error}</translation>
    </message>
</context>
<context>
    <name>BackOfficeStep</name>
    <message>
        <source>审查</source>
        <comment>backoffice.step.review</comment>
        <extracomment>The back office asks the window for 补正: a record (the state stays) that stops the clock. One 办理环节 (审查, 决定, 制证) recorded with who and when. The result (licence number, optional scanned result) attached to the case. The window&apos;s answer to a 补正: the clock runs again (``Case.resume``). At most this many materials in one 补正 request (a real item lists a dozen at most).</extracomment>
        <translation>Review</translation>
    </message>
    <message>
        <source>决定</source>
        <comment>backoffice.step.decision</comment>
        <translation>Decision</translation>
    </message>
    <message>
        <source>制证</source>
        <comment>backoffice.step.production</comment>
        <translation>Issuing the licence</translation>
    </message>
</context>
<context>
    <name>BackOfficeWorkspace</name>
    <message>
        <source>后台审批须连接中心服务器：本机尚未设置中心服务器地址（server_url）或尚未登录。请联系管理员。</source>
        <translation>The back office needs the central server: no server address (server_url) is set on this PC, or nobody is logged in. Please contact the administrator.</translation>
    </message>
</context>
<context>
    <name>CalendarWatch</name>
    <message>
        <source>载入节假日安排…</source>
        <translation>Load holiday schedule…</translation>
    </message>
    <message>
        <source>载入国务院办公厅公布的节假日安排（工作日历 JSON 文件），暂定期限随即重新计算</source>
        <translation>Load the holiday schedule published by the State Council General Office (a work-calendar JSON file); provisional deadlines are recounted at once</translation>
    </message>
    <message>
        <source>选择节假日安排文件</source>
        <translation>Choose the holiday schedule file</translation>
    </message>
    <message>
        <source>工作日历 (*.json)</source>
        <translation>Work calendar (*.json)</translation>
    </message>
    <message>
        <source>正在载入节假日安排并重新计算期限…</source>
        <translation>Loading the holiday schedule and recounting deadlines…</translation>
    </message>
    <message>
        <source>节假日安排未载入</source>
        <translation>Holiday schedule not loaded</translation>
    </message>
    <message>
        <source>节假日安排已载入，没有需要重新计算的暂定期限。</source>
        <translation>Holiday schedule loaded; no provisional deadline needed recounting.</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <source>采集材料：{name}</source>
        <extracomment>How often the 高拍仪&apos;s folder is looked at while the dialog is open (ms).</extracomment>
        <translation>Capture material: {name}</translation>
    </message>
    <message>
        <source>高拍仪/扫描仪输出文件夹：{folder}</source>
        <translation>Document camera / scanner output folder: {folder}</translation>
    </message>
    <message>
        <source>自动取图（高拍仪拍摄后自动加入）</source>
        <translation>Take pictures automatically (added as soon as the document camera shoots)</translation>
    </message>
    <message>
        <source>添加文件…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>从高拍仪取图</source>
        <translation>Take from document camera</translation>
    </message>
    <message>
        <source>向左旋转</source>
        <translation>Rotate left</translation>
    </message>
    <message>
        <source>向右旋转</source>
        <translation>Rotate right</translation>
    </message>
    <message>
        <source>裁剪…</source>
        <translation>Crop…</translation>
    </message>
    <message>
        <source>前移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>后移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>选择材料扫描件</source>
        <translation>Choose the material&apos;s scans</translation>
    </message>
    <message>
        <source>扫描件 (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Scans (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <source>正在保存扫描件…</source>
        <translation>Saving scans…</translation>
    </message>
    <message>
        <source>已加入 {n} 页</source>
        <translation>{n} page(s) added</translation>
    </message>
    <message>
        <source>PDF 文件不能在此裁剪：请在扫描时调整，或改用图片格式扫描</source>
        <translation>A PDF cannot be cropped here: adjust it when scanning, or scan as an image</translation>
    </message>
    <message>
        <source>已更新第 {n} 页</source>
        <translation>Page {n} updated</translation>
    </message>
    <message>
        <source>已删除第 {n} 页</source>
        <translation>Page {n} deleted</translation>
    </message>
    <message>
        <source>PDF
{n} 页</source>
        <translation>PDF
{n} page(s)</translation>
    </message>
    <message>
        <source>第 {n} 页 · {kb} KB</source>
        <translation>Page {n} · {kb} KB</translation>
    </message>
    <message>
        <source>共 {n} 页</source>
        <translation>{n} page(s)</translation>
    </message>
    <message>
        <source>尚未采集</source>
        <translation>Nothing captured yet</translation>
    </message>
</context>
<context>
    <name>Case</name>
    <message>
        <source>告知单上没有任何缺少或不符合要求的材料</source>
        <comment>case.refused.notice_empty</comment>
        <translation>The notice lists no missing or unsatisfactory material</translation>
    </message>
    <message>
        <source>承诺书属于另一个办件</source>
        <comment>case.refused.commitment_other_case</comment>
        <translation>The letter of commitment belongs to another case</translation>
    </message>
    <message>
        <source>承诺书中没有待补的材料</source>
        <comment>case.refused.commitment_empty</comment>
        <translation>The letter of commitment lists no material still to come</translation>
    </message>
    <message>
        <source>未知的出件方式 {method!r}</source>
        <comment>case.refused.unknown_handoff</comment>
        <translation>Unknown way of handing over the result: {method!r}</translation>
    </message>
    <message>
        <source>{method}须填写{detail}</source>
        <comment>case.refused.handoff_detail</comment>
        <translation>{method} needs the {detail}</translation>
    </message>
    <message>
        <source>该办件不是容缺受理，没有可撤销的承诺</source>
        <comment>case.refused.not_conditional</comment>
        <translation>This case was not accepted with materials outstanding: there is no commitment to revoke</translation>
    </message>
    <message>
        <source>容缺材料已补齐，承诺已履行</source>
        <comment>case.refused.commitment_kept</comment>
        <translation>The outstanding materials have all come: the commitment was kept</translation>
    </message>
    <message>
        <source>该事项的逾期处理办法是暂缓发放结果，不撤销受理</source>
        <comment>case.refused.withhold_only</comment>
        <translation>For this item an overdue commitment holds back the result; the acceptance is not revoked</translation>
    </message>
    <message>
        <source>容缺承诺期限 {due_date} 尚未逾期</source>
        <comment>case.refused.not_overdue</comment>
        <translation>The commitment&apos;s due date {due_date} has not passed yet</translation>
    </message>
    <message>
        <source>必须写明理由</source>
        <comment>case.refused.no_reason</comment>
        <translation>A reason must be given</translation>
    </message>
    <message>
        <source>承诺办结日期 {promised} 晚于法定办结日期 {statutory}</source>
        <comment>case.refused.promised_after_statutory</comment>
        <translation>The promised completion date {promised} is later than the statutory completion date {statutory}</translation>
    </message>
    <message>
        <source>办件至少要有一个事项</source>
        <comment>case.new.no_items</comment>
        <translation>A case needs at least one service item</translation>
    </message>
    <message>
        <source>办件编号不能为空</source>
        <comment>case.new.no_number</comment>
        <translation>The case number cannot be empty</translation>
    </message>
</context>
<context>
    <name>CaseAction</name>
    <message>
        <source>一次性告知</source>
        <comment>case.action.notify</comment>
        <translation>give a one-time notice</translation>
    </message>
    <message>
        <source>不予受理</source>
        <comment>case.action.reject</comment>
        <translation>refuse to accept</translation>
    </message>
    <message>
        <source>即办办结</source>
        <comment>case.action.complete</comment>
        <translation>finish on the spot</translation>
    </message>
    <message>
        <source>受理</source>
        <comment>case.action.accept</comment>
        <translation>accept</translation>
    </message>
    <message>
        <source>容缺受理</source>
        <comment>case.action.accept_conditional</comment>
        <translation>accept with materials to follow</translation>
    </message>
    <message>
        <source>流转后台</source>
        <comment>case.action.submit</comment>
        <translation>send to the back office</translation>
    </message>
    <message>
        <source>开始审批</source>
        <comment>case.action.start_review</comment>
        <translation>start the review</translation>
    </message>
    <message>
        <source>审批通过</source>
        <comment>case.action.approve</comment>
        <translation>approve</translation>
    </message>
    <message>
        <source>审批不予许可</source>
        <comment>case.action.deny</comment>
        <translation>refuse</translation>
    </message>
    <message>
        <source>结果待领取</source>
        <comment>case.action.mark_result_ready</comment>
        <translation>mark the result ready</translation>
    </message>
    <message>
        <source>出件</source>
        <comment>case.action.hand_off</comment>
        <translation>hand over</translation>
    </message>
    <message>
        <source>办结归档</source>
        <comment>case.action.close</comment>
        <translation>close and archive</translation>
    </message>
    <message>
        <source>撤销容缺受理</source>
        <comment>case.action.revoke</comment>
        <translation>revoke the conditional acceptance</translation>
    </message>
    <message>
        <source>延期办理</source>
        <comment>case.record.delayed</comment>
        <extracomment>The event that creates a case (``Case.new``): the only kind accepted for a case the server does not know. The kind each action emits: ``case.&lt;target state&gt;``, as ``Case._go`` names it. The windows&apos; roles. An intake clerk may cover the result window (AB岗, regulation 001), so hand-off and the 容缺 follow-up are open to both. Whoever works at a desktop: its records of what was looked at, reprinted or recounted there. Who may send each kind: every kind a case can carry. A kind not listed is refused (``unknown_kind``). Records that move no state but make sense only while the case&apos;s clock runs (``Case.delay``, ``suspend`` and ``resume`` check it at the window). At the server, the same record on a case the center has decided meanwhile (an offline window&apos;s 延期 after the back office denied it) is refused: a conflict, said with both sides.</extracomment>
        <translation>extend the deadline</translation>
    </message>
    <message>
        <source>中止计时</source>
        <comment>case.record.suspended</comment>
        <translation>suspend the clock</translation>
    </message>
    <message>
        <source>恢复计时</source>
        <comment>case.record.resumed</comment>
        <translation>resume the clock</translation>
    </message>
    <message>
        <source>收件登记</source>
        <comment>case.record.drafted</comment>
        <translation>Intake recorded</translation>
    </message>
    <message>
        <source>核验材料</source>
        <comment>case.record.material_recorded</comment>
        <translation>Material checked</translation>
    </message>
    <message>
        <source>补交容缺材料</source>
        <comment>case.record.material_supplemented</comment>
        <translation>Missing material brought</translation>
    </message>
    <message>
        <source>承诺办结</source>
        <comment>case.record.commitment_closed</comment>
        <translation>Promise fulfilled</translation>
    </message>
    <message>
        <source>承诺逾期</source>
        <comment>case.record.commitment_overdue</comment>
        <translation>Promise overdue</translation>
    </message>
    <message>
        <source>延后告知</source>
        <comment>case.record.notice_deferred</comment>
        <translation>Notice deferred</translation>
    </message>
    <message>
        <source>重新计算期限</source>
        <comment>case.record.deadlines_recomputed</comment>
        <translation>Deadlines recounted</translation>
    </message>
    <message>
        <source>申请人评价</source>
        <comment>case.record.evaluated</comment>
        <translation>Applicant&apos;s rating</translation>
    </message>
    <message>
        <source>邮件妥投</source>
        <comment>case.record.delivery_confirmed</comment>
        <translation>Mail delivered</translation>
    </message>
    <message>
        <source>智能柜取件</source>
        <comment>case.record.locker_collected</comment>
        <translation>Collected from locker</translation>
    </message>
    <message>
        <source>更换办件编号</source>
        <comment>case.record.renumbered</comment>
        <translation>Case renumbered</translation>
    </message>
    <message>
        <source>告知补正</source>
        <comment>case.record.correction_requested</comment>
        <translation>Correction requested</translation>
    </message>
    <message>
        <source>记录办理环节</source>
        <comment>case.record.step_recorded</comment>
        <translation>Step recorded</translation>
    </message>
    <message>
        <source>附上办理结果</source>
        <comment>case.record.result_attached</comment>
        <translation>Result attached</translation>
    </message>
    <message>
        <source>差评跟进</source>
        <comment>case.record.rating_followed_up</comment>
        <translation>Poor rating followed up</translation>
    </message>
    <message>
        <source>查看个人信息</source>
        <comment>case.record.personal_data_viewed</comment>
        <translation>Personal data viewed</translation>
    </message>
    <message>
        <source>补打通知书</source>
        <comment>case.record.notice_reprinted</comment>
        <translation>Notice reprinted</translation>
    </message>
</context>
<context>
    <name>CaseChooserDialog</name>
    <message>
        <source>选择办件</source>
        <translation>Choose a case</translation>
    </message>
    <message>
        <source>找到 {n} 个办件（姓名已遮蔽）。用 ↑↓ 选择，回车查看，Esc 关闭。</source>
        <translation>{n} cases found (names masked). ↑↓ to choose, Enter to view, Esc to close.</translation>
    </message>
    <message>
        <source>查看</source>
        <translation>View</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CaseEvents</name>
    <message>
        <source>综合受理</source>
        <comment>services.case_events.role_intake</comment>
        <translation>Intake</translation>
    </message>
    <message>
        <source>出件窗口</source>
        <comment>services.case_events.role_issuing</comment>
        <translation>Hand-over window</translation>
    </message>
    <message>
        <source>现场巡查</source>
        <comment>services.case_events.role_supervisor</comment>
        <translation>On-site inspection</translation>
    </message>
    <message>
        <source>管理员</source>
        <comment>services.case_events.role_admin</comment>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>后台审批</source>
        <comment>services.case_events.role_back_office</comment>
        <translation>Back office</translation>
    </message>
    <message>
        <source>系统</source>
        <comment>services.case_events.role_system</comment>
        <translation>System</translation>
    </message>
    <message>
        <source>领取人</source>
        <comment>services.case_events.collector</comment>
        <translation>Collector</translation>
    </message>
    <message>
        <source>领取人证件号码</source>
        <comment>services.case_events.collector_id</comment>
        <translation>Collector&apos;s ID number</translation>
    </message>
    <message>
        <source>授权委托</source>
        <comment>services.case_events.authorization</comment>
        <translation>Authorization</translation>
    </message>
    <message>
        <source>邮件单号</source>
        <comment>services.case_events.tracking_no</comment>
        <translation>Tracking number</translation>
    </message>
    <message>
        <source>收件人</source>
        <comment>services.case_events.recipient</comment>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>邮寄地址</source>
        <comment>services.case_events.address</comment>
        <translation>Postal address</translation>
    </message>
    <message>
        <source>寄出日期</source>
        <comment>services.case_events.mailed_on</comment>
        <translation>Posted on</translation>
    </message>
    <message>
        <source>妥投日期</source>
        <comment>services.case_events.delivered_on</comment>
        <translation>Delivered on</translation>
    </message>
    <message>
        <source>柜格号</source>
        <comment>services.case_events.cell</comment>
        <translation>Locker cell</translation>
    </message>
    <message>
        <source>取件码</source>
        <comment>services.case_events.pickup_code</comment>
        <translation>Pickup code</translation>
    </message>
    <message>
        <source>取件时间</source>
        <comment>services.case_events.collected_at</comment>
        <translation>Collected at</translation>
    </message>
    <message>
        <source>签名</source>
        <comment>services.case_events.signature</comment>
        <translation>Signature</translation>
    </message>
    <message>
        <source>证件号码</source>
        <comment>services.case_events.field_id_number</comment>
        <translation>ID number</translation>
    </message>
    <message>
        <source>联系电话</source>
        <comment>services.case_events.field_phone</comment>
        <translation>phone</translation>
    </message>
    <message>
        <source>收件登记，办件编号 {case_no}</source>
        <comment>services.case_events.drafted</comment>
        <translation>Received, case number {case_no}</translation>
    </message>
    <message>
        <source>补交容缺材料“{name}”</source>
        <comment>services.case_events.supplemented</comment>
        <translation>Material to follow supplied: “{name}”</translation>
    </message>
    <message>
        <source>容缺材料已补齐，承诺办结</source>
        <comment>services.case_events.commitment_closed</comment>
        <translation>Materials to follow supplied; promise fulfilled</translation>
    </message>
    <message>
        <source>容缺材料逾期未补齐</source>
        <comment>services.case_events.commitment_overdue</comment>
        <translation>Materials to follow not supplied in time</translation>
    </message>
    <message>
        <source>延期办理至 {new_date}；理由：{reason}</source>
        <comment>services.case_events.delayed</comment>
        <translation>Extended to {new_date}; reason: {reason}</translation>
    </message>
    <message>
        <source>中止计时：{reason}</source>
        <comment>services.case_events.suspended</comment>
        <translation>Clock stopped: {reason}</translation>
    </message>
    <message>
        <source>恢复计时</source>
        <comment>services.case_events.resumed</comment>
        <translation>Clock resumed</translation>
    </message>
    <message>
        <source>延后一次性告知，应于 {due_date} 前告知</source>
        <comment>services.case_events.notice_deferred</comment>
        <translation>One-time notice deferred; to be given by {due_date}</translation>
    </message>
    <message>
        <source>节假日安排公布后重新计算期限</source>
        <comment>services.case_events.recomputed</comment>
        <translation>Deadlines recounted after the holiday schedule was published</translation>
    </message>
    <message>
        <source>邮件已妥投（{delivered_on}）</source>
        <comment>services.case_events.delivery_confirmed</comment>
        <translation>Delivered by post ({delivered_on})</translation>
    </message>
    <message>
        <source>申请人已从智能柜取件（{cell}号柜格）</source>
        <comment>services.case_events.locker_collected</comment>
        <translation>The applicant collected it from the smart locker (cell {cell})</translation>
    </message>
    <message>
        <source>已短信发送</source>
        <comment>services.case_events.sent_by_sms</comment>
        <translation>sent by SMS</translation>
    </message>
    <message>
        <source>已签名（签名图像存于本机）</source>
        <comment>services.case_events.signed</comment>
        <translation>signed (the signature image is kept on this PC)</translation>
    </message>
    <message>
        <source>状态由“{old}”变为“{new}”</source>
        <comment>services.case_events.state_changed</comment>
        <translation>State changed from “{old}” to “{new}”</translation>
    </message>
    <message>
        <source>差评{step}：{note}</source>
        <comment>services.case_events.rating_followed_up</comment>
        <translation>Bad rating, {step}: {note}</translation>
    </message>
    <message>
        <source>跟进</source>
        <comment>services.case_events.follow_up</comment>
        <translation>follow-up</translation>
    </message>
    <message>
        <source>理由：{value}</source>
        <comment>services.case_events.reason</comment>
        <translation>reason: {value}</translation>
    </message>
    <message>
        <source>结果：{value}</source>
        <comment>services.case_events.result</comment>
        <translation>result: {value}</translation>
    </message>
    <message>
        <source>承诺办结日期：{value}</source>
        <comment>services.case_events.promised_date</comment>
        <translation>promised completion date: {value}</translation>
    </message>
    <message>
        <source>告知补正：{names}</source>
        <comment>services.case_events.to_correct</comment>
        <translation>told to correct: {names}</translation>
    </message>
    <message>
        <source>承诺 {due} 前补交：{names}</source>
        <comment>services.case_events.promised_supply</comment>
        <translation>promised to supply by {due}: {names}</translation>
    </message>
    <message>
        <source>方式：{method}</source>
        <comment>services.case_events.method</comment>
        <translation>method: {method}</translation>
    </message>
    <message>
        <source>核验材料“{name}”：{status}</source>
        <comment>services.case_events.material_checked</comment>
        <translation>Material checked “{name}”: {status}</translation>
    </message>
    <message>
        <source>核验材料“{name}”：{status}（{reason}）</source>
        <comment>services.case_events.material_checked_why</comment>
        <translation>Material checked “{name}”: {status} ({reason})</translation>
    </message>
    <message>
        <source>查看了申请人未遮蔽的{fields}（个人信息保护留痕）</source>
        <comment>services.case_events.viewed</comment>
        <translation>Viewed the applicant&apos;s unmasked {fields} (recorded for personal data protection)</translation>
    </message>
    <message>
        <source>个人信息</source>
        <comment>services.case_events.personal_data</comment>
        <translation>personal data</translation>
    </message>
    <message>
        <source>通知书</source>
        <comment>services.case_events.notice</comment>
        <translation>notice</translation>
    </message>
    <message>
        <source>补打{title}（第 {number} 份，纸面注明“补打”）</source>
        <comment>services.case_events.reprinted</comment>
        <translation>Reprinted the {title} (copy {number}, marked “reprint” on paper)</translation>
    </message>
    <message>
        <source>申请人评价：{rating}</source>
        <comment>services.case_events.rated</comment>
        <translation>Applicant&apos;s rating: {rating}</translation>
    </message>
    <message>
        <source>申请人评价</source>
        <comment>services.case_events.rated_plain</comment>
        <translation>Applicant&apos;s rating</translation>
    </message>
    <message>
        <source>{text}；意见：{comment}</source>
        <comment>services.case_events.rated_comment</comment>
        <translation>{text}; comment: {comment}</translation>
    </message>
    <message>
        <source>一次性告知</source>
        <comment>services.case_events.notified</comment>
        <translation>One-time notice</translation>
    </message>
    <message>
        <source>其他记录（{kind}）</source>
        <comment>services.case_events.other</comment>
        <translation>Other record ({kind})</translation>
    </message>
</context>
<context>
    <name>CaseNumber</name>
    <message>
        <source>{first} 或 {rest}</source>
        <comment>numbering.alternatives</comment>
        <translation>{first} or {rest}</translation>
    </message>
    <message>
        <source>中心代码应为 8 位数字（6 位行政区划代码加 2 位中心序号）：{code!r}</source>
        <comment>numbering.center_code</comment>
        <translation>A center code is 8 digits (a 6-digit division code and a 2-digit center number): {code!r}</translation>
    </message>
    <message>
        <source>工位代码应为 1 至 6 位数字或大写字母：{code!r}</source>
        <comment>numbering.station_code</comment>
        <translation>A station code is 1 to 6 digits or capital letters: {code!r}</translation>
    </message>
    <message>
        <source>事项编码不能为空或含有空格：{code!r}</source>
        <comment>numbering.item_code_blank</comment>
        <translation>An item code cannot be empty or contain spaces: {code!r}</translation>
    </message>
    <message>
        <source>事项编码超过 {most} 个字符：{code}</source>
        <comment>numbering.item_code_too_long</comment>
        <translation>An item code is longer than {most} characters: {code}</translation>
    </message>
    <message>
        <source>“{text}”不是有效的办件编号：请按“中心代码-工位代码-日期-序号-校验位”核对，例如 {example}</source>
        <comment>numbering.not_a_case_no</comment>
        <translation>“{text}” is not a valid case number. Check it against the form center-station-date-serial-check, for example {example}</translation>
    </message>
    <message>
        <source>“{text}”可以读作 {readings}：请带“-”输入完整的办件编号</source>
        <comment>numbering.ambiguous</comment>
        <translation>“{text}” could be read as {readings}. Enter the whole case number with its “-” signs</translation>
    </message>
    <message>
        <source>序号 {seq} 超出范围（1 至 999999）</source>
        <comment>numbering.seq_range</comment>
        <translation>Serial number {seq} is out of range (1 to 999999)</translation>
    </message>
    <message>
        <source>日期 {day} 超出范围</source>
        <comment>numbering.day_range</comment>
        <translation>Date {day} is out of range</translation>
    </message>
    <message>
        <source>办件编号为空</source>
        <comment>numbering.empty</comment>
        <translation>The case number is empty</translation>
    </message>
    <message>
        <source>办件编号超过 {most} 个字符</source>
        <comment>numbering.too_long</comment>
        <translation>The case number is longer than {most} characters</translation>
    </message>
    <message>
        <source>办件编号含有不允许的字符：{chars}</source>
        <comment>numbering.bad_chars</comment>
        <translation>The case number contains characters that are not allowed: {chars}</translation>
    </message>
    <message>
        <source>办件编号应为“中心代码-工位代码-日期-序号-校验位”五段，例如 {example}</source>
        <comment>numbering.five_parts</comment>
        <translation>A case number has five parts, center-station-date-serial-check, for example {example}</translation>
    </message>
    <message>
        <source>办件编号中的日期应为 8 位数字（年月日）：{day}</source>
        <comment>numbering.day_digits</comment>
        <translation>The date in a case number is 8 digits (year, month, day): {day}</translation>
    </message>
    <message>
        <source>办件编号中的序号应为 4 至 6 位数字（不足 4 位前补 0）且不为 0：{seq}</source>
        <comment>numbering.seq_digits</comment>
        <translation>The serial number in a case number is 4 to 6 digits (padded with leading zeros to 4) and not 0: {seq}</translation>
    </message>
    <message>
        <source>办件编号的校验位应为 1 个字符：{check}</source>
        <comment>numbering.check_length</comment>
        <translation>The check character of a case number is a single character: {check}</translation>
    </message>
    <message>
        <source>办件编号 {case_no} 校验不通过：可能有字输错或前后颠倒，请核对</source>
        <comment>numbering.check_failed</comment>
        <translation>Case number {case_no} fails its check: a character may be mistyped or two swapped. Please check it</translation>
    </message>
    <message>
        <source>二维码内容不完整（应为 GD1|办件编号|类型|日期|摘要|密钥|签名），请重新扫描</source>
        <comment>numbering.qr_incomplete</comment>
        <translation>The QR code is incomplete (it should read GD1|case number|type|date|digest|key|signature). Please scan it again</translation>
    </message>
    <message>
        <source>字符 {char!r} 不能用于编号（只允许数字、大写字母和“-”）</source>
        <comment>numbering.bad_char</comment>
        <translation>The character {char!r} cannot be used in a number (only digits, capital letters and “-”)</translation>
    </message>
    <message>
        <source>办件编号中的日期 {day} 不是有效的日期</source>
        <comment>numbering.day_invalid</comment>
        <translation>The date {day} in the case number is not a real date</translation>
    </message>
</context>
<context>
    <name>CaseRecords</name>
    <message>
        <source>登记材料</source>
        <comment>case_records.action.record_materials</comment>
        <translation>Record materials</translation>
    </message>
    <message>
        <source>补交容缺材料</source>
        <comment>case_records.action.supplement</comment>
        <translation>Hand in outstanding materials</translation>
    </message>
    <message>
        <source>办结容缺承诺</source>
        <comment>case_records.action.close_commitment</comment>
        <translation>Close the commitment</translation>
    </message>
    <message>
        <source>标记承诺逾期</source>
        <comment>case_records.action.mark_overdue</comment>
        <translation>Mark the commitment overdue</translation>
    </message>
    <message>
        <source>{kind}中止计时</source>
        <comment>case_records.action.suspend</comment>
        <translation>Stop the clock for {kind}</translation>
    </message>
    <message>
        <source>延后告知</source>
        <comment>case_records.action.defer_notice</comment>
        <translation>Defer the notice</translation>
    </message>
    <message>
        <source>只有收件中的办件才能登记材料</source>
        <comment>case_records.refused.materials_draft_only</comment>
        <translation>Materials can be recorded only while the case is being taken in</translation>
    </message>
    <message>
        <source>该办件不是容缺受理</source>
        <comment>case_records.refused.not_conditional</comment>
        <translation>This case was not accepted with materials outstanding</translation>
    </message>
    <message>
        <source>容缺承诺已办结或已撤销</source>
        <comment>case_records.refused.commitment_closed</comment>
        <translation>The commitment is already closed or revoked</translation>
    </message>
    <message>
        <source>尚缺{materials}</source>
        <comment>case_records.refused.still_missing</comment>
        <translation>still missing: {materials}</translation>
    </message>
    <message>
        <source>承诺期限 {due_date} 尚未届满</source>
        <comment>case_records.refused.not_due</comment>
        <translation>The commitment&apos;s due date {due_date} has not come yet</translation>
    </message>
    <message>
        <source>只有已受理、尚未审结的办件才能延期</source>
        <comment>case_records.refused.delay_running_only</comment>
        <translation>Only a case that is accepted and not yet decided can be extended</translation>
    </message>
    <message>
        <source>延期必须写明理由</source>
        <comment>case_records.refused.delay_no_reason</comment>
        <translation>An extension needs a reason</translation>
    </message>
    <message>
        <source>新日期 {new_date} 不晚于原承诺日期 {promised}</source>
        <comment>case_records.refused.delay_not_later</comment>
        <translation>The new date {new_date} is not later than the promised date {promised}</translation>
    </message>
    <message>
        <source>只有已受理、尚未审结的办件才能中止计时</source>
        <comment>case_records.refused.suspend_running_only</comment>
        <translation>The clock can be stopped only for a case that is accepted and not yet decided</translation>
    </message>
    <message>
        <source>计时已因{why}中止，尚未恢复</source>
        <comment>case_records.refused.already_suspended</comment>
        <translation>The clock is already stopped for {why} and has not been restarted</translation>
    </message>
    <message>
        <source>中止计时必须写明理由</source>
        <comment>case_records.refused.suspend_no_reason</comment>
        <translation>Stopping the clock needs a reason</translation>
    </message>
    <message>
        <source>计时没有中止</source>
        <comment>case_records.refused.not_suspended</comment>
        <translation>The clock is not stopped</translation>
    </message>
    <message>
        <source>只有收件中的办件才能延后告知</source>
        <comment>case_records.refused.defer_draft_only</comment>
        <translation>The notice can be deferred only while the case is being taken in</translation>
    </message>
    <message>
        <source>告知日期 {due_date} 已经过去</source>
        <comment>case_records.refused.defer_past</comment>
        <translation>The notice date {due_date} has already passed</translation>
    </message>
    <message>
        <source>材料“{material}”不符合要求时须写明原因</source>
        <comment>case_records.material.no_reason</comment>
        <translation>When the material “{material}” does not meet the requirements, say why</translation>
    </message>
    <message>
        <source>材料“{material}”的扫描件超过 {most} 个文件</source>
        <comment>case_records.material.too_many_files</comment>
        <translation>The material “{material}” has more than {most} scanned files</translation>
    </message>
    <message>
        <source>新的办件编号不能为空，也不能与原编号相同</source>
        <comment>case_records.renumber.invalid</comment>
        <translation>The new case number cannot be empty or the same as the old one</translation>
    </message>
</context>
<context>
    <name>CaseRole</name>
    <message>
        <source>综合受理</source>
        <comment>case.role.intake</comment>
        <translation>Intake</translation>
    </message>
    <message>
        <source>出件窗口</source>
        <comment>case.role.issuing</comment>
        <translation>Hand-over window</translation>
    </message>
    <message>
        <source>现场巡查</source>
        <comment>case.role.supervisor</comment>
        <translation>On-site inspection</translation>
    </message>
    <message>
        <source>管理员</source>
        <comment>case.role.admin</comment>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>后台审批</source>
        <comment>case.role.back_office</comment>
        <translation>Back office</translation>
    </message>
    <message>
        <source>系统</source>
        <comment>case.role.system</comment>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>CaseRules</name>
    <message>
        <source>办件 {case_no} 当前状态为“{state}”，不能执行“{action}”：{why}</source>
        <comment>case.rules.illegal_transition</comment>
        <translation>Case {case_no} is now “{state}”: “{action}” is not possible: {why}</translation>
    </message>
    <message>
        <source>办件当前状态为“{state}”，不能执行“{action}”：{why}</source>
        <comment>case.rules.illegal_here</comment>
        <translation>The case is now “{state}”: “{action}” is not possible: {why}</translation>
    </message>
    <message>
        <source>办件当前状态为“{state}”，不能{record}：只有已受理、尚未审结的办件可以</source>
        <comment>case.rules.not_running</comment>
        <translation>The case is now “{state}”: “{record}” is not possible. Only a case that is accepted and not yet decided can have it</translation>
    </message>
    <message>
        <source>尚缺{materials}</source>
        <comment>case.rules.still_missing</comment>
        <translation>still missing: {materials}</translation>
    </message>
    <message>
        <source>材料已补齐，但承诺尚未办结</source>
        <comment>case.rules.not_closed</comment>
        <translation>the materials have all come, but the commitment is not closed</translation>
    </message>
    <message>
        <source>办件 {case_no} 的容缺承诺自 {since} 起未办结（{what}），补齐并办结承诺前不能出件</source>
        <comment>case.rules.commitment_open</comment>
        <translation>The commitment of case {case_no} has been open since {since} ({what}). The result cannot be handed over until the materials are in and the commitment is closed</translation>
    </message>
    <message>
        <source>“{state}”是终结状态，不能再转为“{target}”</source>
        <comment>case.rules.final</comment>
        <translation>“{state}” is a final state; the case cannot become “{target}”</translation>
    </message>
    <message>
        <source>“{label}”</source>
        <comment>case.rules.quoted</comment>
        <translation>“{label}”</translation>
    </message>
    <message>
        <source>只有{allowed}的办件才能转为“{target}”</source>
        <comment>case.rules.only_from</comment>
        <translation>Only a case that is {allowed} can become “{target}”</translation>
    </message>
    <message>
        <source>“{role}”角色不能上传此类事件（{kind}），只有{allowed}可以</source>
        <comment>case.rules.forbidden_role</comment>
        <translation>The “{role}” role cannot send this kind of event ({kind}); only {allowed} can</translation>
    </message>
    <message>
        <source>不认识事件类型“{kind}”</source>
        <comment>case.rules.unknown_kind</comment>
        <translation>Unknown event type “{kind}”</translation>
    </message>
    <message>
        <source>该办件已在中心登记，不能重新收件</source>
        <comment>case.rules.case_exists</comment>
        <translation>The center already has this case; it cannot be taken in again</translation>
    </message>
    <message>
        <source>中心没有该办件的收件记录，请先上传收件事件</source>
        <comment>case.rules.unknown_case</comment>
        <translation>The center has no intake record of this case; send the intake event first</translation>
    </message>
</context>
<context>
    <name>CaseSearchRouter</name>
    <message>
        <source>本机数据库尚未打开，不能查找办件</source>
        <translation>The local database is not open: cases cannot be searched</translation>
    </message>
    <message>
        <source>没有找到办件：{text}</source>
        <translation>No case found: {text}</translation>
    </message>
</context>
<context>
    <name>CaseSnapshot</name>
    <message>
        <source>办件数据格式版本 {schema} 比本程序支持的版本 {supported} 新，请升级程序</source>
        <comment>snapshot.too_new</comment>
        <translation>The case data is in format version {schema}, newer than the version {supported} this program reads. Please upgrade the program</translation>
    </message>
    <message>
        <source>办件数据的收件时间缺少时区</source>
        <comment>snapshot.no_timezone</comment>
        <translation>The case data&apos;s intake time has no time zone</translation>
    </message>
    <message>
        <source>办件数据无法读取：{kind}: {error}</source>
        <comment>snapshot.unreadable</comment>
        <translation>The case data cannot be read: {kind}: {error}</translation>
    </message>
</context>
<context>
    <name>CaseState</name>
    <message>
        <source>收件中</source>
        <comment>case.state.draft</comment>
        <extracomment>The state each action leads to. The FULL transition table: every state and the states it may move to. Final states map to the empty set. 结果待领取 and every state after it. The table is one-way from there (none of them is reached another way), so a case in one of them is or has been ready for hand-off: it concerns every window of its center (综合窗口出件; the center&apos;s station-scoped pull and both sides&apos; G4, issue 17). States in which the case&apos;s clock runs (it may be suspended, delayed, and its 容缺 materials supplemented).</extracomment>
        <translation>Being received</translation>
    </message>
    <message>
        <source>已一次性告知</source>
        <comment>case.state.notified</comment>
        <translation>One-time notice given</translation>
    </message>
    <message>
        <source>不予受理</source>
        <comment>case.state.rejected</comment>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>已即办办结</source>
        <comment>case.state.completed</comment>
        <translation>Done on the spot</translation>
    </message>
    <message>
        <source>已受理</source>
        <comment>case.state.accepted</comment>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>已容缺受理</source>
        <comment>case.state.accepted_conditional</comment>
        <translation>Accepted with materials to follow</translation>
    </message>
    <message>
        <source>已流转后台</source>
        <comment>case.state.submitted</comment>
        <translation>Sent to the back office</translation>
    </message>
    <message>
        <source>审批中</source>
        <comment>case.state.in_review</comment>
        <translation>Under review</translation>
    </message>
    <message>
        <source>审批通过</source>
        <comment>case.state.approved</comment>
        <translation>Approved</translation>
    </message>
    <message>
        <source>审批不予许可</source>
        <comment>case.state.denied</comment>
        <translation>Refused</translation>
    </message>
    <message>
        <source>结果待领取</source>
        <comment>case.state.result_ready</comment>
        <translation>Result ready for collection</translation>
    </message>
    <message>
        <source>已出件</source>
        <comment>case.state.handed_off</comment>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>已办结归档</source>
        <comment>case.state.closed</comment>
        <translation>Closed and archived</translation>
    </message>
    <message>
        <source>容缺受理已撤销</source>
        <comment>case.state.revoked</comment>
        <translation>Conditional acceptance revoked</translation>
    </message>
</context>
<context>
    <name>CaseStory</name>
    <message>
        <source>申请人</source>
        <comment>services.case_story.applicant</comment>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>证件号码</source>
        <comment>services.case_story.id_number</comment>
        <translation>ID number</translation>
    </message>
    <message>
        <source>联系电话</source>
        <comment>services.case_story.phone</comment>
        <translation>Phone</translation>
    </message>
    <message>
        <source>法定代表人</source>
        <comment>services.case_story.legal_representative</comment>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>代办人</source>
        <comment>services.case_story.agent</comment>
        <translation>Agent</translation>
    </message>
    <message>
        <source>首问负责</source>
        <comment>services.case_story.first_clerk</comment>
        <translation>First-asked clerk</translation>
    </message>
    <message>
        <source>收件时间</source>
        <comment>services.case_story.received_at</comment>
        <translation>Received</translation>
    </message>
    <message>
        <source>承诺办结日期</source>
        <comment>services.case_story.promised_date</comment>
        <translation>Promised completion date</translation>
    </message>
    <message>
        <source>法定办结日期</source>
        <comment>services.case_story.statutory_date</comment>
        <translation>Statutory completion date</translation>
    </message>
    <message>
        <source>一次性告知期限</source>
        <comment>services.case_story.notice_due</comment>
        <translation>One-time notice due</translation>
    </message>
    <message>
        <source>延期理由</source>
        <comment>services.case_story.delay_reason</comment>
        <translation>Reason for the extension</translation>
    </message>
    <message>
        <source>尚未恢复</source>
        <comment>services.case_story.not_resumed</comment>
        <translation>not resumed yet</translation>
    </message>
    <message>
        <source>中止计时</source>
        <comment>services.case_story.suspended</comment>
        <translation>Clock stopped</translation>
    </message>
    <message>
        <source>{start} 至 {end}</source>
        <comment>services.case_story.span</comment>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>日期由人工确定，未记录计算过程</source>
        <comment>services.case_story.set_by_hand</comment>
        <translation>Date set by hand; no calculation recorded</translation>
    </message>
    <message>
        <source>（未记录）</source>
        <comment>services.case_story.no_date</comment>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>未补齐</source>
        <comment>services.case_story.open</comment>
        <translation>Not supplied yet</translation>
    </message>
    <message>
        <source>已补齐</source>
        <comment>services.case_story.fulfilled</comment>
        <translation>Supplied</translation>
    </message>
    <message>
        <source>已逾期</source>
        <comment>services.case_story.overdue</comment>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>承诺状态</source>
        <comment>services.case_story.commitment_state</comment>
        <translation>Promise</translation>
    </message>
    <message>
        <source>签署人</source>
        <comment>services.case_story.signed_by</comment>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>补齐期限</source>
        <comment>services.case_story.supply_by</comment>
        <translation>To be supplied by</translation>
    </message>
    <message>
        <source>已于 {came} 补交</source>
        <comment>services.case_story.supplied_on</comment>
        <translation>Supplied on {came}</translation>
    </message>
    <message>
        <source>尚未补交</source>
        <comment>services.case_story.not_supplied</comment>
        <translation>Not supplied yet</translation>
    </message>
    <message>
        <source>出件方式</source>
        <comment>services.case_story.handoff_method</comment>
        <translation>Hand-over</translation>
    </message>
    <message>
        <source>出件时间</source>
        <comment>services.case_story.handoff_time</comment>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>评价</source>
        <comment>services.case_story.rating</comment>
        <translation>Rating</translation>
    </message>
    <message>
        <source>不满意原因</source>
        <comment>services.case_story.bad_reasons</comment>
        <translation>Reasons for dissatisfaction</translation>
    </message>
    <message>
        <source>意见</source>
        <comment>services.case_story.comment</comment>
        <translation>Comment</translation>
    </message>
    <message>
        <source>{text}；其后改为 {day}（见下方记录）</source>
        <comment>services.case_story.changed_later</comment>
        <translation>{text}; later changed to {day} (see the records below)</translation>
    </message>
    <message>
        <source>{kind}：{reason}</source>
        <comment>services.case_story.suspension_note</comment>
        <translation>{kind}: {reason}</translation>
    </message>
</context>
<context>
    <name>CaseStoryService</name>
    <message>
        <source>找不到该办件（可能尚未同步到本机）</source>
        <comment>services.case_story.not_found</comment>
        <translation>Case not found (it may not be synchronised to this PC yet)</translation>
    </message>
    <message>
        <source>后台没有为该办件上传办理结果文件</source>
        <comment>services.case_story.no_result_file</comment>
        <translation>The back office has not uploaded a result file for this case</translation>
    </message>
    <message>
        <source>本机未配置通知书打印，不能补打</source>
        <comment>services.case_story.no_notice_printing</comment>
        <translation>Notice printing is not set up on this PC, it cannot reprint</translation>
    </message>
    <message>
        <source>{error}（未能记录本次操作）</source>
        <comment>services.case_story.not_recorded</comment>
        <translation>{error} (this operation could not be recorded)</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>办件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Service item</translation>
    </message>
    <message>
        <source>收件时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>时间（北京时间）</source>
        <translation>Time (Beijing)</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>办理情况</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>材料</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>出具日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>通知书</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>份次</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>可否补打</source>
        <translation>Reprint?</translation>
    </message>
    <message>
        <source>可补打</source>
        <translation>Can be reprinted</translation>
    </message>
    <message>
        <source>仅可查看（未存内容）</source>
        <translation>View only (content not kept)</translation>
    </message>
    <message>
        <source>第 {n} 份</source>
        <translation>Copy {n}</translation>
    </message>
</context>
<context>
    <name>CaseViewDialog</name>
    <message>
        <source>办件 {case_no}</source>
        <translation>Case {case_no}</translation>
    </message>
    <message>
        <source>补正材料已收齐，恢复计时(&amp;B)</source>
        <translation>Corrections received, resume the clock (&amp;B)</translation>
    </message>
    <message>
        <source>申请人已按后台要求补正：恢复计时，办件回到后台继续审批（记录经办人）</source>
        <translation>The applicant has supplied the corrections the back office asked for: the clock resumes and the case goes back to the back office (the clerk is recorded)</translation>
    </message>
    <message>
        <source>查看办理结果文件(&amp;V)</source>
        <translation>&amp;View the result document</translation>
    </message>
    <message>
        <source>后台上传的证照或批文扫描件：出件前与纸质结果核对</source>
        <translation>The licence or approval scan the back office uploaded: check it against the paper result before handoff</translation>
    </message>
    <message>
        <source>显示证件号码和电话(&amp;S)</source>
        <translation>&amp;Show ID number and phone</translation>
    </message>
    <message>
        <source>仅在办事需要时查看；每次查看都会记录经办人和时间（个人信息保护）</source>
        <translation>View only when the work needs it; every view records the clerk and the time (personal data protection)</translation>
    </message>
    <message>
        <source>概况(&amp;1)</source>
        <translation>Overview (&amp;1)</translation>
    </message>
    <message>
        <source>材料(&amp;2)</source>
        <translation>Materials (&amp;2)</translation>
    </message>
    <message>
        <source>办理记录(&amp;3)</source>
        <translation>History (&amp;3)</translation>
    </message>
    <message>
        <source>通知书(&amp;4)</source>
        <translation>Notices (&amp;4)</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>打开 PDF(&amp;O)</source>
        <translation>&amp;Open PDF</translation>
    </message>
    <message>
        <source>补打(&amp;R)</source>
        <translation>&amp;Reprint</translation>
    </message>
    <message>
        <source>按原内容重新打印，纸面标题注明“补打”，并记录经办人</source>
        <translation>Print again with the original content, the title marked “Reprint”, and record the clerk</translation>
    </message>
    <message>
        <source>本机没有该办件已出具通知书的存档。</source>
        <translation>This PC has no archived notice of this case.</translation>
    </message>
    <message>
        <source>办件 {case_no}&#x3000;{state}</source>
        <translation>Case {case_no}&#x3000;{state}</translation>
    </message>
    <message>
        <source>需要处理：后台要求补正 {what}（计时已中止）</source>
        <translation>Action needed: the back office asks for correction of {what} (clock stopped)</translation>
    </message>
    <message>
        <source>需要处理</source>
        <translation>Action needed</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Service item</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>容缺承诺</source>
        <translation>Conditional acceptance promise</translation>
    </message>
    <message>
        <source>后台办理进度</source>
        <translation>Back-office progress</translation>
    </message>
    <message>
        <source>出件</source>
        <translation>Handoff</translation>
    </message>
    <message>
        <source>评价</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>已恢复计时，办件回到后台继续审批（同步后后台可见）</source>
        <translation>Clock resumed; the case is back with the back office (visible there after the next sync)</translation>
    </message>
    <message>
        <source>正在记录补正…</source>
        <translation>Recording the correction…</translation>
    </message>
    <message>
        <source>已显示办理结果文件</source>
        <translation>Result document shown</translation>
    </message>
    <message>
        <source>正在取回办理结果文件…</source>
        <translation>Fetching the result document…</translation>
    </message>
    <message>
        <source>证件号码：{id}&#x3000;联系电话：{phone}（本次查看已记录）</source>
        <translation>ID number: {id}&#x3000;Phone: {phone} (this view is recorded)</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>无法打开 PDF（本机没有 PDF 阅读程序？）：{path}</source>
        <translation>Cannot open the PDF (no PDF reader on this PC?): {path}</translation>
    </message>
    <message>
        <source>已补打{title}（已记录；补打件存档：{path}）</source>
        <translation>Reprinted {title} (recorded; reprint archived at {path})</translation>
    </message>
    <message>
        <source>正在补打…</source>
        <translation>Reprinting…</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>情形问题“{question}”没有选项 {value}</source>
        <comment>catalog.no_option</comment>
        <translation>The situation question “{question}” has no option {value}</translation>
    </message>
    <message>
        <source>事项“{item}”没有材料 {code}</source>
        <comment>catalog.no_material</comment>
        <translation>The item “{item}” has no material {code}</translation>
    </message>
    <message>
        <source>目录 {version} 中没有事项 {code}</source>
        <comment>catalog.no_item</comment>
        <translation>Catalog {version} has no item {code}</translation>
    </message>
    <message>
        <source>目录 {version} 中没有“一件事” {code}</source>
        <comment>catalog.no_bundle</comment>
        <translation>Catalog {version} has no “one thing” bundle {code}</translation>
    </message>
    <message>
        <source>服务事项目录有 {count} 个问题：
{lines}</source>
        <comment>catalog.invalid</comment>
        <translation>The service item catalog has {count} problem(s):
{lines}</translation>
    </message>
</context>
<context>
    <name>CenterItemsDialog</name>
    <message>
        <source>本中心检查项</source>
        <translation>This center&apos;s checklist items</translation>
    </message>
    <message>
        <source>国家标准 GB/T 36112-2018 的 {n} 项检查内容之外，本中心自行规定的检查项（保存后随下次同步报送中心，本中心各督查人员的电脑随之更新）：</source>
        <translation>Checklist items this center sets itself, beyond the {n} items of national standard GB/T 36112-2018 (once saved they are sent to the center with the next sync and reach every supervisor&apos;s PC of this center):</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>检查内容</source>
        <translation>What is checked</translation>
    </message>
    <message>
        <source>添加一项(&amp;A)</source>
        <translation>&amp;Add an item</translation>
    </message>
    <message>
        <source>删除所选(&amp;D)</source>
        <translation>&amp;Delete selected</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>中心服务器未接受上次的修改：{words}。请修改后保存，保存后随下次同步重新报送。</source>
        <translation>The central server did not accept the last change: {words}. Correct it and save; it is sent again with the next sync.</translation>
    </message>
</context>
<context>
    <name>CenterItemsRefusal</name>
    <message>
        <source>重新报送(&amp;U)</source>
        <translation>Res&amp;end</translation>
    </message>
    <message>
        <source>放弃修改，采用中心的版本</source>
        <translation>Discard the change, use the center&apos;s version</translation>
    </message>
    <message>
        <source>本中心检查项的修改未被中心服务器接受：{words}。修改仍保留在本机（本机巡查暂按修改后的检查项），其他督查人员的电脑仍用中心的版本。可在“本中心检查项”中修改后保存、重新报送，或放弃修改。</source>
        <translation>The change to this center&apos;s checklist items was not accepted by the central server: {words}. The change stays on this PC (inspections here use it for now); other supervisors&apos; PCs keep the center&apos;s version. Correct it under “Center checklist items” and save, send it again, or discard it.</translation>
    </message>
</context>
<context>
    <name>CentralApp</name>
    <message>
        <source>无权读取运行指标：须在本机访问，或携带为监控系统设置的令牌（Bearer）</source>
        <comment>central.metrics_forbidden</comment>
        <translation>Not allowed to read the metrics: access them from this machine or with the monitoring token (Bearer)</translation>
    </message>
</context>
<context>
    <name>CentralAttachments</name>
    <message>
        <source>该办件的材料登记中没有这个文件，中心不接收未登记的文件</source>
        <comment>central.not_named</comment>
        <translation>This file is not among the case&apos;s registered materials; the center accepts no unregistered files</translation>
    </message>
    <message>
        <source>中心没有这个办件（其办件事件尚未送达或未被接收），材料暂未上传</source>
        <comment>central.case_unknown</comment>
        <translation>The center does not have this case yet (its events have not arrived or were not accepted); the materials are not uploaded yet</translation>
    </message>
    <message>
        <source>文件标识不是有效的 SHA-256 值</source>
        <comment>central.bad_hash</comment>
        <translation>The file identifier is not a valid SHA-256 value</translation>
    </message>
    <message>
        <source>中心已收到 {received} 字节，应从此处续传</source>
        <comment>central.offset_mismatch</comment>
        <translation>The center has received {received} bytes; resume from there</translation>
    </message>
    <message>
        <source>上传的内容超过了登记的文件大小，中心未接收</source>
        <comment>central.beyond_size</comment>
        <translation>The upload goes beyond the registered file size; the center did not accept it</translation>
    </message>
    <message>
        <source>只有窗口（受理、出件）账号能上传办件材料</source>
        <comment>central.forbidden_role</comment>
        <translation>Only window accounts (intake, hand-off) can upload case materials</translation>
    </message>
    <message>
        <source>只有后台审批账号能查看办件材料</source>
        <comment>central.attachments.forbidden_role</comment>
        <translation>Only back-office accounts can view case materials</translation>
    </message>
    <message>
        <source>该办件不属于本部门，无权查看其材料</source>
        <comment>central.other_department</comment>
        <translation>This case does not belong to your department; you may not view its materials</translation>
    </message>
    <message>
        <source>找不到该材料文件</source>
        <comment>central.not_found</comment>
        <translation>Material file not found</translation>
    </message>
    <message>
        <source>文件内容不是登记的{kind}，中心未接收</source>
        <comment>central.content_mismatch</comment>
        <translation>The file&apos;s content is not the registered {kind}; the center did not accept it</translation>
    </message>
    <message>
        <source>材料文件过大：每个文件最多 {mb} MB</source>
        <comment>central.file_too_large</comment>
        <translation>Material file too large: at most {mb} MB per file</translation>
    </message>
    <message>
        <source>材料文件只接收 JPEG、PNG 或 PDF</source>
        <comment>central.file_type</comment>
        <translation>Material files must be JPEG, PNG or PDF</translation>
    </message>
    <message>
        <source>上传的文件与登记的校验值不符，已丢弃，将重新上传</source>
        <comment>central.hash_mismatch</comment>
        <translation>The uploaded file does not match its registered checksum; it was discarded and will be uploaded again</translation>
    </message>
    <message>
        <source>每次最多上传 {kb} KB</source>
        <comment>central.chunk_too_large</comment>
        <translation>At most {kb} KB per upload</translation>
    </message>
    <message>
        <source>窗口只能查看办件的办理结果文件</source>
        <comment>central.attachments.forbidden_role2</comment>
        <translation>A window can only view a case&apos;s result files</translation>
    </message>
    <message>
        <source>同一文件在本中心另一办件中登记的大小或类型不同，中心不接收</source>
        <comment>central.size_differs</comment>
        <translation>The same file was registered with another size or type in another case of this center; the center did not accept it</translation>
    </message>
</context>
<context>
    <name>CentralAuth</name>
    <message>
        <source>该登录凭据已被使用过，为安全起见已注销此次登录，请重新登录</source>
        <comment>central.token_reused</comment>
        <translation>This login token was already used; for safety this login was signed out. Please log in again</translation>
    </message>
    <message>
        <source>登录已被注销或撤销，请重新登录</source>
        <comment>central.token_revoked</comment>
        <translation>The login was signed out or revoked; please log in again</translation>
    </message>
    <message>
        <source>登录已过期，请重新登录</source>
        <comment>central.token_expired</comment>
        <translation>The login has expired; please log in again</translation>
    </message>
    <message>
        <source>登录凭据无效，请重新登录</source>
        <comment>central.token_invalid</comment>
        <translation>The login token is not valid; please log in again</translation>
    </message>
    <message>
        <source>请先登录</source>
        <comment>central.not_authenticated</comment>
        <translation>Please log in first</translation>
    </message>
    <message>
        <source>登录凭据已过期，请刷新</source>
        <comment>central.auth.token_expired</comment>
        <translation>The login token has expired; please refresh it</translation>
    </message>
</context>
<context>
    <name>CentralBackoffice</name>
    <message>
        <source>办件 {case_no} 当前状态为“{label}”，不能{action}</source>
        <comment>central.illegal_transition</comment>
        <translation>Case {case_no} is &quot;{label}&quot;: cannot {action}</translation>
    </message>
    <message>
        <source>找不到该办件（或不属于本中心）</source>
        <comment>central.unknown_case</comment>
        <translation>Case not found (or not of this center)</translation>
    </message>
    <message>
        <source>您的后台审批账号尚未设置所属部门，不能查看或办理办件：请中心管理员用 govdesk central user set-department 设置</source>
        <comment>central.no_department</comment>
        <translation>Your back-office account has no department yet, so you cannot view or handle cases: ask the center&apos;s administrator to set it with govdesk central user set-department</translation>
    </message>
    <message>
        <source>找不到该办件（或不属于本部门）</source>
        <comment>central.backoffice.unknown_case</comment>
        <translation>Case not found (or not of your department)</translation>
    </message>
    <message>
        <source>只能查看本部门（{scope}）的待办</source>
        <comment>central.backoffice.other_department</comment>
        <translation>You can only view the queue of your own department ({scope})</translation>
    </message>
    <message>
        <source>该办件已由 {claimed_by} 认领审查</source>
        <comment>central.claimed_by_other</comment>
        <translation>This case has been claimed for review by {claimed_by}</translation>
    </message>
    <message>
        <source>待办列表的翻页位置（cursor）无法识别：请从第一页重新读取</source>
        <comment>central.bad_cursor</comment>
        <translation>The queue&apos;s page position (cursor) is not recognised: read again from the first page</translation>
    </message>
    <message>
        <source>准予许可时须填写结果名称（证照或批文）</source>
        <comment>central.result_name_required</comment>
        <translation>Granting requires the name of the result (licence or approval)</translation>
    </message>
    <message>
        <source>不予许可时须填写理由</source>
        <comment>central.reason_required</comment>
        <translation>A denial requires a reason</translation>
    </message>
</context>
<context>
    <name>CentralBackpressure</name>
    <message>
        <source>中心服务器繁忙，请 {retry} 秒后重试；本机已录入的办件不受影响，会自动再次上传</source>
        <comment>central.server_busy</comment>
        <translation>The central server is busy; retry in {retry} seconds. Cases entered on this PC are not affected and will be uploaded again automatically</translation>
    </message>
    <message>
        <source>中心服务器正在接收大量数据，请 {retry} 秒后重试；本机已录入的办件不受影响，会自动再次上传</source>
        <comment>central.backpressure.server_busy</comment>
        <translation>The central server is receiving a lot of data; retry in {retry} seconds. Cases entered on this PC are not affected and will be uploaded again automatically</translation>
    </message>
    <message>
        <source>请求内容传送过慢（{body_grace} 秒后每秒不足 {min_body_rate} 字节），中心已断开连接，未处理本次请求；网络恢复后会自动重试</source>
        <comment>central.body_too_slow</comment>
        <translation>The request arrived too slowly (under {min_body_rate} bytes per second after {body_grace} seconds); the center closed the connection without handling it. It will be retried when the network recovers</translation>
    </message>
</context>
<context>
    <name>CentralChanges</name>
    <message>
        <source>同步游标无效，请重新获取全量快照</source>
        <comment>central.changes.bad_cursor</comment>
        <translation>The sync cursor is not valid; fetch a full snapshot again</translation>
    </message>
    <message>
        <source>本机同步进度已超出中心保留期限，需要重新获取全量快照</source>
        <comment>central.cursor_expired</comment>
        <translation>This PC&apos;s sync position is older than the center keeps; a full snapshot must be fetched again</translation>
    </message>
    <message>
        <source>本机同步进度与中心不符（中心数据可能已恢复），需要重新获取全量快照</source>
        <comment>central.cursor_unknown</comment>
        <translation>This PC&apos;s sync position does not match the center (its data may have been restored); a full snapshot must be fetched again</translation>
    </message>
</context>
<context>
    <name>CentralDepartments</name>
    <message>
        <source>请在 {department_key_header} 请求头中提供部门接入凭据</source>
        <comment>central.department_key_required</comment>
        <translation>Give the department&apos;s access key in the {department_key_header} header</translation>
    </message>
    <message>
        <source>部门接入凭据无效</source>
        <comment>central.department_key_invalid</comment>
        <translation>The department access key is not valid</translation>
    </message>
    <message>
        <source>该部门接入凭据已被停用，请联系中心管理员重新签发</source>
        <comment>central.department_key_revoked</comment>
        <translation>This department access key has been disabled; ask the center&apos;s administrator for a new one</translation>
    </message>
</context>
<context>
    <name>CentralDeps</name>
    <message>
        <source>当前账号的角色无权执行此操作</source>
        <comment>central.deps.forbidden_role</comment>
        <translation>This account&apos;s role may not do this</translation>
    </message>
</context>
<context>
    <name>CentralDevices</name>
    <message>
        <source>本机的设备凭据与中心登记的不符：不能使用其他电脑的设备编号同步。如本机重装或更换，请联系管理员重新登记</source>
        <comment>central.device_key_invalid</comment>
        <translation>This PC&apos;s device credential does not match the one the center registered: a device number of another computer cannot be used to sync. If this PC was reinstalled or replaced, ask the administrator to register it again</translation>
    </message>
    <message>
        <source>该设备由其他账号登记，请由原登记人或管理员重新登记</source>
        <comment>central.device_bound</comment>
        <translation>This device was registered by another account; ask the person who registered it or the administrator to register it again</translation>
    </message>
    <message>
        <source>本中心已登记 {count} 台设备，达到上限 {quota} 台，请联系管理员停用旧设备或调整上限</source>
        <comment>central.device_quota</comment>
        <translation>This center has {count} devices registered, its limit of {quota}: ask the administrator to disable old devices or raise the limit</translation>
    </message>
    <message>
        <source>中心 {center_code} 不存在，请联系管理员</source>
        <comment>central.unknown_center</comment>
        <translation>Center {center_code} does not exist; contact the administrator</translation>
    </message>
    <message>
        <source>本设备已登记在中心 {registered_center}，不能在中心 {center_code} 重复登记</source>
        <comment>central.device_other_center</comment>
        <translation>This device is registered with center {registered_center} and cannot be registered again with center {center_code}</translation>
    </message>
    <message>
        <source>该设备编号已由另一台电脑登记并绑定，不能在本机重复登记。如本机重装或更换，请联系管理员重新登记</source>
        <comment>central.devices.device_bound</comment>
        <translation>This device number is registered and bound by another computer and cannot be registered again on this PC. If this PC was reinstalled or replaced, ask the administrator to register it again</translation>
    </message>
    <message>
        <source>无法分配工作站编号，请联系管理员</source>
        <comment>central.station_exhausted</comment>
        <translation>No station number could be assigned; contact the administrator</translation>
    </message>
</context>
<context>
    <name>CentralDistribution</name>
    <message>
        <source>中心尚未发布{document}</source>
        <comment>central.no_document</comment>
        <translation>The center has not yet published the {document}</translation>
    </message>
    <message>
        <source>{label}版本 {version} 已发布过，请使用新的版本号</source>
        <comment>central.version_exists</comment>
        <translation>{label} version {version} was already published; use a new version number</translation>
    </message>
    <message>
        <source>{label}无法发布：{error}</source>
        <comment>central.bad_document</comment>
        <translation>{label} cannot be published: {error}</translation>
    </message>
    <message>
        <source>工作日历无法发布：{error}</source>
        <comment>central.distribution.bad_document</comment>
        <translation>The working calendar cannot be published: {error}</translation>
    </message>
</context>
<context>
    <name>CentralErrors</name>
    <message>
        <source>请求内容不符合要求，请检查后重试</source>
        <comment>central.invalid_request</comment>
        <translation>The request is not as required; check it and try again</translation>
    </message>
    <message>
        <source>请求中有数据库不能保存的字符或数值（如不可见的控制字符），请检查后重试</source>
        <comment>central.invalid_value</comment>
        <translation>The request holds characters or values the database cannot store (such as invisible control characters); check it and try again</translation>
    </message>
    <message>
        <source>中心服务器内部错误，请稍后重试或联系管理员</source>
        <comment>central.server_error</comment>
        <translation>Internal error of the central server; try again later or contact the administrator</translation>
    </message>
    <message>
        <source>请求有误</source>
        <comment>central.http.bad_request</comment>
        <translation>Bad request</translation>
    </message>
    <message>
        <source>请先登录</source>
        <comment>central.http.not_authenticated</comment>
        <translation>Please log in first</translation>
    </message>
    <message>
        <source>无权执行此操作</source>
        <comment>central.http.forbidden</comment>
        <translation>Not allowed to do this</translation>
    </message>
    <message>
        <source>找不到请求的内容</source>
        <comment>central.http.not_found</comment>
        <translation>The requested item was not found</translation>
    </message>
    <message>
        <source>不支持此请求方式</source>
        <comment>central.http.method_not_allowed</comment>
        <translation>This request method is not supported</translation>
    </message>
    <message>
        <source>无法提供请求的格式</source>
        <comment>central.http.not_acceptable</comment>
        <translation>The requested format cannot be provided</translation>
    </message>
    <message>
        <source>请求内容过大</source>
        <comment>central.http.too_large</comment>
        <translation>The request is too large</translation>
    </message>
    <message>
        <source>请求内容格式不受支持</source>
        <comment>central.http.unsupported_media_type</comment>
        <translation>The request&apos;s content type is not supported</translation>
    </message>
    <message>
        <source>请求未能完成</source>
        <comment>central.http.other</comment>
        <translation>The request could not be completed</translation>
    </message>
</context>
<context>
    <name>CentralLicences</name>
    <message>
        <source>只有窗口账号能核验电子证照</source>
        <comment>central.licences.forbidden_role</comment>
        <translation>Only window accounts can verify electronic licences</translation>
    </message>
</context>
<context>
    <name>CentralLimits</name>
    <message>
        <source>请求内容过大：此接口最多接收 {limit}，中心未处理本次请求</source>
        <comment>central.too_large</comment>
        <translation>The request is too large: this endpoint accepts at most {limit}; the center did not handle it</translation>
    </message>
</context>
<context>
    <name>CentralLogin</name>
    <message>
        <source>登录请求过多，请稍后再试</source>
        <comment>central.login_busy</comment>
        <translation>Too many login requests; please try again shortly</translation>
    </message>
    <message>
        <source>用户名或密码错误</source>
        <comment>central.bad_credentials</comment>
        <translation>Wrong user name or password</translation>
    </message>
    <message>
        <source>该账号已停用，请联系管理员</source>
        <comment>central.account_disabled</comment>
        <translation>This account is disabled; contact the administrator</translation>
    </message>
    <message>
        <source>该账号登录失败次数过多，已锁定，请 {minutes} 分钟后再试或联系管理员</source>
        <comment>central.account_locked</comment>
        <translation>Too many failed logins: this account is locked; try again in {minutes} minutes or contact the administrator</translation>
    </message>
    <message>
        <source>本机所在地址登录失败次数过多，已暂停登录，请 {minutes} 分钟后再试</source>
        <comment>central.address_locked</comment>
        <translation>Too many failed logins from this PC&apos;s address: login is paused; try again in {minutes} minutes</translation>
    </message>
</context>
<context>
    <name>CentralPush</name>
    <message>
        <source>中心服务器繁忙，请稍后重试</source>
        <comment>central.busy</comment>
        <translation>The central server is busy; please try again later</translation>
    </message>
    <message>
        <source>本设备尚未在中心登记，请重新登记设备后再同步</source>
        <comment>central.unknown_device</comment>
        <translation>This device is not registered with the center; register it again, then sync</translation>
    </message>
    <message>
        <source>本设备登记在其他中心，不能以当前账号同步</source>
        <comment>central.wrong_center</comment>
        <translation>This device is registered with another center and cannot sync with the current account</translation>
    </message>
    <message>
        <source>本机上传的事件序号 {device_seq} 已被中心收到的其他事件使用（中心已收到序号 {last_seq}），本机可能是从旧备份恢复的</source>
        <comment>central.seq_regression</comment>
        <translation>Event number {device_seq} uploaded by this PC is already used by another event the center holds (the center has up to number {last_seq}); this PC may have been restored from an old backup</translation>
    </message>
    <message>
        <source>中心已收到此事件，未重复保存</source>
        <comment>central.push.duplicate</comment>
        <translation>The center already has this event; it was not stored twice</translation>
    </message>
    <message>
        <source>事件来自其他设备，不能随本设备上传</source>
        <comment>central.push.device_mismatch</comment>
        <translation>The event comes from another device and cannot be uploaded with this one</translation>
    </message>
    <message>
        <source>前面的事件序号有误（{code}），本事件暂未处理，请从序号 {expected} 起重新上传</source>
        <comment>central.push.seq_blocked</comment>
        <translation>An earlier event&apos;s number is wrong ({code}), so this event was not handled yet; upload again from number {expected}</translation>
    </message>
    <message>
        <source>缺少本设备序号 {expected} 至 {last} 的事件，请从序号 {expected} 起重新上传</source>
        <comment>central.push.seq_gap</comment>
        <translation>This device&apos;s events {expected} to {last} are missing; upload again from number {expected}</translation>
    </message>
    <message>
        <source>该办件属于中心 {center_code}，不能在本中心办理</source>
        <comment>central.push.case_of_other_center</comment>
        <translation>This case belongs to center {center_code} and cannot be handled at this center</translation>
    </message>
    <message>
        <source>事件内容过大（{size} KB），中心只接收不超过 {limit} KB 的事件</source>
        <comment>central.push.event_too_large</comment>
        <translation>The event is too large ({size} KB); the center accepts events of at most {limit} KB</translation>
    </message>
    <message>
        <source>事件内容不完整或格式错误，中心无法读取</source>
        <comment>central.push.malformed</comment>
        <translation>The event is incomplete or malformed; the center cannot read it</translation>
    </message>
    <message>
        <source>事件编号与其内容不一致</source>
        <comment>central.push.event_id_mismatch</comment>
        <translation>The event&apos;s id does not match its content</translation>
    </message>
    <message>
        <source>事件缺少有效的办件编号</source>
        <comment>central.push.no_case</comment>
        <translation>The event has no valid case id</translation>
    </message>
    <message>
        <source>事件格式版本 {version} 高于中心支持的版本，请联系管理员升级中心服务器</source>
        <comment>central.push.schema_too_new</comment>
        <translation>Event format version {version} is newer than the center supports; ask the administrator to upgrade the central server</translation>
    </message>
    <message>
        <source>审批结果由后台在中心作出，窗口不能上传此类事件</source>
        <comment>central.push.back_office_kind</comment>
        <translation>Decisions are made by the back office at the center; a window cannot upload this kind of event</translation>
    </message>
    <message>
        <source>中心不认识事件类型“{kind}”</source>
        <comment>central.push.unknown_kind</comment>
        <translation>The center does not know event kind &quot;{kind}&quot;</translation>
    </message>
    <message>
        <source>事件属于中心 {event_center}，本设备登记在中心 {center_code}</source>
        <comment>central.push.event_of_other_center</comment>
        <translation>The event belongs to center {event_center}; this device is registered with center {center_code}</translation>
    </message>
    <message>
        <source>办件 {case_no} 为容缺受理，承诺补交的材料尚未补齐、承诺尚未办结，不能出件</source>
        <comment>central.push.commitment_open</comment>
        <translation>Case {case_no} was accepted conditionally: the promised materials are not all in and the promise is not closed, so the result cannot be handed over</translation>
    </message>
    <message>
        <source>账号角色“{role}”不能上传事件</source>
        <comment>central.push.role_cannot_push</comment>
        <translation>Accounts of role &quot;{role}&quot; cannot upload events</translation>
    </message>
    <message>
        <source>办件编号 {number} 已被本中心另一办件使用：中心已收下本办件，但不采用这个重复的编号。本机将为本办件另行编号；如已按原编号打印告知单，请核对后为申请人重新打印</source>
        <comment>central.push.number_taken</comment>
        <translation>Case number {number} is used by another case of this center: the center took this case but not the duplicate number. This PC will give the case a new number; if a notice was printed with the old number, check it and reprint it for the applicant</translation>
    </message>
    <message>
        <source>办件编号 {number} 已被本中心另一办件（工作站 {station}）使用：中心已收下本办件，但不采用这个重复的编号。本机将为本办件另行编号；如已按原编号打印告知单，请核对后为申请人重新打印</source>
        <comment>central.push.number_taken_at</comment>
        <translation>Case number {number} is used by another case of this center (station {station}): the center took this case but not the duplicate number. This PC will give the case a new number; if a notice was printed with the old number, check it and reprint it for the applicant</translation>
    </message>
    <message>
        <source>该办件的编号未被中心拒绝，不能改编号</source>
        <comment>central.push.renumber_not_needed</comment>
        <translation>The center did not refuse this case&apos;s number; it cannot be renumbered</translation>
    </message>
    <message>
        <source>新的办件编号无效：{error}</source>
        <comment>central.push.invalid_new_number</comment>
        <translation>The new case number is not valid: {error}</translation>
    </message>
    <message>
        <source>新的办件编号 {number} 不属于本机的工作站 {station}，只能用本机的工作站编号重新编号</source>
        <comment>central.push.new_number_other_station</comment>
        <translation>New case number {number} is not of this PC&apos;s station {station}; renumber only with this PC&apos;s station number</translation>
    </message>
    <message>
        <source>{clerk}（窗口记录的经办人：{written}）</source>
        <comment>central.push.clerk_as_written</comment>
        <translation>{clerk} (clerk recorded by the window: {written})</translation>
    </message>
    <message>
        <source>该办件的结果已于 {at} 由 {who}（{where}）出件，本次出件未被中心采纳</source>
        <comment>central.push.already_handed_off</comment>
        <translation>The result of this case was handed over at {at} by {who} ({where}); this hand-over was not taken by the center</translation>
    </message>
</context>
<context>
    <name>CentralQuarantine</name>
    <message>
        <source>本机（工作站 {station_code}）已向中心申请登记，正在等待管理员批准；批准后将自动开始同步，已录入的办件保存在本机</source>
        <comment>central.device_pending</comment>
        <translation>This PC (station {station_code}) has asked the center to register it and is waiting for the administrator&apos;s approval; sync starts by itself once approved, and the cases entered are kept on this PC</translation>
    </message>
    <message>
        <source>本机（工作站 {station_code}）已于 {at} 被中心隔离：{status_reason}。在管理员重新登记本机之前，中心不接收本机的任何数据，本机暂停编号新办件；已录入的办件全部保存在本机，重新登记后会自动补传</source>
        <comment>central.device_quarantined</comment>
        <translation>This PC (station {station_code}) was quarantined by the center at {at}: {status_reason}. Until the administrator registers this PC again, the center takes no data from it and it numbers no new cases; every case entered is kept on this PC and is uploaded after re-registration</translation>
    </message>
    <message>
        <source>本机原设备编号已停用（已重新登记为新设备 {replaced_by}），请用新的设备身份同步</source>
        <comment>central.device_retired</comment>
        <translation>This PC&apos;s former device number is retired (re-registered as new device {replaced_by}); sync under the new device identity</translation>
    </message>
    <message>
        <source>设备 {device_id}（工作站 {station_code}）当前状态为“{label}”，无需批准</source>
        <comment>central.device_not_pending</comment>
        <translation>Device {device_id} (station {station_code}) is &quot;{label}&quot;: no approval needed</translation>
    </message>
    <message>
        <source>设备 {device_id}（工作站 {station_code}）当前状态为“{label}”，只有被隔离的设备需要重新登记</source>
        <comment>central.device_not_quarantined</comment>
        <translation>Device {device_id} (station {station_code}) is &quot;{label}&quot;: only a quarantined device needs re-registration</translation>
    </message>
    <message>
        <source>设备 {device_id} 不存在</source>
        <comment>central.device_unknown_admin</comment>
        <translation>Device {device_id} does not exist</translation>
    </message>
    <message>
        <source>设备 {device_id} 不存在（中心 {center_code}）</source>
        <comment>central.device_unknown_in_center</comment>
        <translation>Device {device_id} does not exist (center {center_code})</translation>
    </message>
    <message>
        <source>设备范围“{scope}”无效，应为 station（窗口电脑：本工作站的办件）或 center（大厅或督查席位：全中心）</source>
        <comment>central.device_scope_unknown</comment>
        <translation>Device scope “{scope}” is not valid: it is station (a window PC: its own station’s cases) or center (a hall or supervision desk: the whole center)</translation>
    </message>
    <message>
        <source>本机报告的最后事件序号 {seq} 小于中心已收到的序号 {last_seq}，本机之后录入的数据已不在本机，本机可能是从旧备份恢复的</source>
        <comment>central.seq_behind</comment>
        <translation>The last event number this PC reports, {seq}, is below the number the center has received, {last_seq}: data entered on this PC afterwards is no longer on it; it may have been restored from an old backup</translation>
    </message>
</context>
<context>
    <name>CentralReceipts</name>
    <message>
        <source>该角色的窗口不打印通知书，不能申请通知书签名密钥证书</source>
        <comment>central.role_forbidden</comment>
        <translation>Windows of this role print no notices and cannot ask for a notice signing key certificate</translation>
    </message>
    <message>
        <source>通知书签名公钥应为 32 字节的 Ed25519 公钥</source>
        <comment>central.key_invalid</comment>
        <translation>The notice signing public key must be a 32-byte Ed25519 public key</translation>
    </message>
    <message>
        <source>本中心没有登记这台设备：请先登记本窗口</source>
        <comment>central.device_unknown</comment>
        <translation>This device is not registered with this center: register this window first</translation>
    </message>
    <message>
        <source>本设备一天内已申请 {max_certs_per_day} 次通知书签名密钥证书，已达上限：请明天再试或联系管理员</source>
        <comment>central.notice_key_quota</comment>
        <translation>This device has asked for a notice signing key certificate {max_certs_per_day} times today, the limit: try again tomorrow or contact the administrator</translation>
    </message>
    <message>
        <source>这把通知书签名密钥已于 {revoked_at} 被中心吊销，不再为它颁发证书：请生成新的密钥后再申请</source>
        <comment>central.notice_key_revoked</comment>
        <translation>This notice signing key was revoked by the center at {revoked_at}; no more certificates are issued for it: generate a new key and ask again</translation>
    </message>
</context>
<context>
    <name>CentralResultFiles</name>
    <message>
        <source>结果文件过大：最多 {mb} MB</source>
        <comment>central.result_files.file_too_large</comment>
        <translation>Result file too large: at most {mb} MB</translation>
    </message>
    <message>
        <source>结果文件只接收 JPEG、PNG 或 PDF</source>
        <comment>central.result_files.file_type</comment>
        <translation>Result files must be JPEG, PNG or PDF</translation>
    </message>
    <message>
        <source>只有后台审批账号能上传办理结果文件</source>
        <comment>central.result_files.forbidden_role</comment>
        <translation>Only back-office accounts can upload result files</translation>
    </message>
    <message>
        <source>办件尚未作出审批决定，作出决定后再上传办理结果文件</source>
        <comment>central.result_files.illegal_transition</comment>
        <translation>No decision has been made on this case yet; upload the result file after the decision</translation>
    </message>
    <message>
        <source>上传的文件与其校验值不符，已丢弃，请重新上传</source>
        <comment>central.result_files.hash_mismatch</comment>
        <translation>The uploaded file does not match its checksum; it was discarded, please upload it again</translation>
    </message>
    <message>
        <source>同一文件在本中心此前登记的大小或类型不同，中心不接收</source>
        <comment>central.result_files.size_differs</comment>
        <translation>The same file was registered earlier at this center with another size or type; the center did not accept it</translation>
    </message>
</context>
<context>
    <name>CentralRoutesDept</name>
    <message>
        <source>state 须为 {states} 之一</source>
        <comment>central.bad_state</comment>
        <translation>state must be one of {states}</translation>
    </message>
</context>
<context>
    <name>CentralRoutesTrust</name>
    <message>
        <source>本中心没有设备 {device_id}</source>
        <comment>central.routes_trust.device_unknown</comment>
        <translation>This center has no device {device_id}</translation>
    </message>
    <message>
        <source>只能查看本机设备的回执：核对其他设备须由本中心的管理员或监督人员进行</source>
        <comment>central.receipts_forbidden</comment>
        <translation>You can only view the receipts of this PC&apos;s device: checking other devices is for the center&apos;s administrator or supervisors</translation>
    </message>
</context>
<context>
    <name>CentralSmsSend</name>
    <message>
        <source>当前账号的角色不能发送短信</source>
        <comment>central.sms_send.forbidden_role</comment>
        <translation>This account&apos;s role cannot send text messages</translation>
    </message>
    <message>
        <source>手机号码“{phone}”格式不正确（应为 11 位手机号）</source>
        <comment>central.bad_phone</comment>
        <translation>Mobile number &quot;{phone}&quot; is not valid (11 digits expected)</translation>
    </message>
    <message>
        <source>短信须关于本中心的一件办件：找不到该办件（或不属于本中心）</source>
        <comment>central.sms_send.unknown_case</comment>
        <translation>A text message must concern a case of this center: case not found (or not of this center)</translation>
    </message>
    <message>
        <source>短信只能发往申请人在收件时登记的手机号码</source>
        <comment>central.not_case_phone</comment>
        <translation>Text messages can only go to the mobile number the applicant gave at intake</translation>
    </message>
    <message>
        <source>短信内容须为本中心规定的通知模板，且写明办件编号 {case_no}</source>
        <comment>central.not_template</comment>
        <translation>The text must be the center&apos;s notice template and name case number {case_no}</translation>
    </message>
    <message>
        <source>该办件 24 小时内已发送 {per_case_per_day} 条短信，请明天再发</source>
        <comment>central.sms_rate_case</comment>
        <translation>{per_case_per_day} text messages were sent for this case within 24 hours; send again tomorrow</translation>
    </message>
    <message>
        <source>本账号 1 小时内已发送 {per_sender_per_hour} 条短信，请稍后再发</source>
        <comment>central.sms_rate_sender</comment>
        <translation>This account sent {per_sender_per_hour} text messages within an hour; send again later</translation>
    </message>
    <message>
        <source>短信请求编号已被使用，请重新生成后再发</source>
        <comment>central.request_id_taken</comment>
        <translation>This text message request number is already used; generate a new one and send again</translation>
    </message>
</context>
<context>
    <name>CentralStatistics</name>
    <message>
        <source>结束日期 {last} 早于开始日期 {first}</source>
        <comment>central.bad_period</comment>
        <translation>End date {last} is before start date {first}</translation>
    </message>
    <message>
        <source>统计时段最长 {max_days} 天，请缩短时段</source>
        <comment>central.statistics.bad_period</comment>
        <translation>A statistics period is at most {max_days} days; shorten it</translation>
    </message>
</context>
<context>
    <name>CentralSteps</name>
    <message>
        <source>办件 {case_no} 正在补正（计时中止），窗口收齐补正材料后才能作出决定</source>
        <comment>central.correction_open</comment>
        <translation>Case {case_no} is under correction (time stopped); a decision can be made once the window has collected the corrections</translation>
    </message>
    <message>
        <source>该办件已在补正中，窗口收齐材料前不能再次要求补正（一次告知全部内容）</source>
        <comment>central.steps.correction_open</comment>
        <translation>This case is already under correction; no new correction request before the window has collected the materials (everything is said at once)</translation>
    </message>
    <message>
        <source>准予许可的办件须填写证照（批文）编号或附结果扫描件</source>
        <comment>central.result_required</comment>
        <translation>A granted case needs a licence (approval) number or a scanned result</translation>
    </message>
    <message>
        <source>结果扫描件尚未完整上传到中心：请先上传结果文件（上传完成后再附办理结果）</source>
        <comment>central.result_file_missing</comment>
        <translation>The scanned result is not completely uploaded to the center: upload the result file first (then attach the result)</translation>
    </message>
</context>
<context>
    <name>CentralSupervisionFiles</name>
    <message>
        <source>该巡查记录中没有这张照片，中心不接收未登记的文件</source>
        <comment>central.supervision_files.not_named</comment>
        <translation>This photo is not in the inspection record; the center accepts no unregistered files</translation>
    </message>
    <message>
        <source>中心还没有这条巡查记录：照片随记录之后上传</source>
        <comment>central.record_unknown</comment>
        <translation>The center does not have this inspection record yet: photos are uploaded after their record</translation>
    </message>
    <message>
        <source>只能上传本人巡查记录的照片</source>
        <comment>central.not_the_author</comment>
        <translation>You can only upload photos of your own inspection records</translation>
    </message>
    <message>
        <source>中心没有这张照片（尚未上传，或不属于本中心）</source>
        <comment>central.supervision_files.not_found</comment>
        <translation>The center does not have this photo (not uploaded yet, or not of this center)</translation>
    </message>
    <message>
        <source>巡查照片只接收 JPEG 或 PNG</source>
        <comment>central.supervision_files.file_type</comment>
        <translation>Inspection photos must be JPEG or PNG</translation>
    </message>
    <message>
        <source>巡查照片每张最多 {mb} MB</source>
        <comment>central.supervision_files.file_too_large</comment>
        <translation>Inspection photos are at most {mb} MB each</translation>
    </message>
    <message>
        <source>上传的照片与登记的校验值不符，已丢弃，将重新上传</source>
        <comment>central.supervision_files.hash_mismatch</comment>
        <translation>The uploaded photo does not match its registered checksum; it was discarded and will be uploaded again</translation>
    </message>
    <message>
        <source>同一文件在本中心别处登记的大小或类型不同，中心不接收</source>
        <comment>central.supervision_files.size_differs</comment>
        <translation>The same file was registered elsewhere at this center with another size or type; the center did not accept it</translation>
    </message>
</context>
<context>
    <name>CentralSupervisionRecords</name>
    <message>
        <source>记录过大（超过 {kb} KB），照片请作为附件上传</source>
        <comment>central.record_too_large</comment>
        <translation>The record is too large (over {kb} KB); upload photos as attachments</translation>
    </message>
    <message>
        <source>记录编号与地址中的编号不一致</source>
        <comment>central.record_id_mismatch</comment>
        <translation>The record number differs from the one in the address</translation>
    </message>
    <message>
        <source>只能上传本人所做的巡查或评查记录</source>
        <comment>central.supervision_records.not_the_author</comment>
        <translation>You can only upload inspection or review records you made yourself</translation>
    </message>
    <message>
        <source>不能上传其他中心的记录</source>
        <comment>central.other_center</comment>
        <translation>Records of another center cannot be uploaded</translation>
    </message>
    <message>
        <source>该记录编号已被其他记录使用</source>
        <comment>central.record_taken</comment>
        <translation>This record number is used by another record</translation>
    </message>
    <message>
        <source>该记录已签名（已完成），中心不接受修改；如需补充，请新建一次巡查或评查</source>
        <comment>central.record_final</comment>
        <translation>This record is signed (complete); the center accepts no changes. To add to it, start a new inspection or review</translation>
    </message>
    <message>
        <source>检查项编号重复</source>
        <comment>central.duplicate_code</comment>
        <translation>Duplicate checklist item number</translation>
    </message>
    <message>
        <source>本中心没有这条记录</source>
        <comment>central.supervision_records.record_unknown</comment>
        <translation>This center has no such record</translation>
    </message>
    <message>
        <source>中心已有第 {version} 版本中心检查项，请先取得最新版本再修改</source>
        <comment>central.checklist_outdated</comment>
        <translation>The center already has version {version} of its checklist items; fetch the latest version before changing them</translation>
    </message>
    <message>
        <source>列表的翻页位置（cursor）无法识别：请从第一页重新读取</source>
        <comment>central.supervision_records.bad_cursor</comment>
        <translation>The list&apos;s page position (cursor) is not recognised: read again from the first page</translation>
    </message>
</context>
<context>
    <name>CentralSupervisionReminders</name>
    <message>
        <source>找不到该办件（或不属于本中心），催办短信未发送</source>
        <comment>central.supervision_reminders.unknown_case</comment>
        <translation>Case not found (or not of this center); the reminder text was not sent</translation>
    </message>
    <message>
        <source>办件 {case_no} 在中心已办结或已终止，无需催办，催办短信未发送</source>
        <comment>central.case_done</comment>
        <translation>Case {case_no} is completed or terminated at the center; no reminder needed, the reminder text was not sent</translation>
    </message>
    <message>
        <source>本中心没有用户名为“{clerk}”的工作人员，催办短信未发送</source>
        <comment>central.unknown_clerk</comment>
        <translation>This center has no staff member with user name &quot;{clerk}&quot;; the reminder text was not sent</translation>
    </message>
    <message>
        <source>{display_name} 的账号已停用，催办短信未发送</source>
        <comment>central.clerk_revoked</comment>
        <translation>{display_name}&apos;s account is disabled; the reminder text was not sent</translation>
    </message>
    <message>
        <source>{display_name} 未经办办件 {case_no}，催办短信只能发给该办件的经办人</source>
        <comment>central.not_case_clerk</comment>
        <translation>{display_name} did not handle case {case_no}; a reminder can only go to the case&apos;s clerk</translation>
    </message>
    <message>
        <source>承诺办结日期 {due} 不是该办件的日期，催办短信未发送</source>
        <comment>central.bad_due</comment>
        <translation>Promised completion date {due} is not this case&apos;s date; the reminder text was not sent</translation>
    </message>
    <message>
        <source>今天已给 {display_name} 发过办件 {case_no} 的催办短信，请明天再发</source>
        <comment>central.reminded_today</comment>
        <translation>A reminder about case {case_no} was already sent to {display_name} today; send again tomorrow</translation>
    </message>
    <message>
        <source>该工作人员未在中心登记手机号码，请管理员登记（govdesk central user set-phone）</source>
        <comment>central.no_clerk_phone</comment>
        <translation>This staff member has no mobile number registered at the center; ask the administrator to register one (govdesk central user set-phone)</translation>
    </message>
</context>
<context>
    <name>CentralTerms</name>
    <message>
        <source>已提交后台</source>
        <comment>central.term.submitted</comment>
        <translation>submitted to the back office</translation>
    </message>
    <message>
        <source>审查中</source>
        <comment>central.term.in_review</comment>
        <translation>in review</translation>
    </message>
    <message>
        <source>已准予</source>
        <comment>central.term.approved</comment>
        <translation>granted</translation>
    </message>
    <message>
        <source>不予许可</source>
        <comment>central.term.denied</comment>
        <translation>denied</translation>
    </message>
    <message>
        <source>结果已出</source>
        <comment>central.term.result_ready</comment>
        <translation>result ready</translation>
    </message>
    <message>
        <source>认领审查</source>
        <comment>central.term.claim</comment>
        <translation>claim it for review</translation>
    </message>
    <message>
        <source>作出审批决定</source>
        <comment>central.term.decide</comment>
        <translation>decide on it</translation>
    </message>
    <message>
        <source>标记结果已出</source>
        <comment>central.term.mark_ready</comment>
        <translation>mark its result ready</translation>
    </message>
    <message>
        <source>要求补正</source>
        <comment>central.term.request_correction</comment>
        <translation>request corrections</translation>
    </message>
    <message>
        <source>附办理结果</source>
        <comment>central.term.attach_result</comment>
        <translation>attach the result</translation>
    </message>
    <message>
        <source>等待批准</source>
        <comment>central.term.device_pending</comment>
        <translation>awaiting approval</translation>
    </message>
    <message>
        <source>正常</source>
        <comment>central.term.device_active</comment>
        <translation>active</translation>
    </message>
    <message>
        <source>已隔离</source>
        <comment>central.term.device_quarantined</comment>
        <translation>quarantined</translation>
    </message>
    <message>
        <source>已批准重新登记</source>
        <comment>central.term.device_reenrol</comment>
        <translation>re-registration approved</translation>
    </message>
    <message>
        <source>已停用（已重新登记）</source>
        <comment>central.term.device_retired</comment>
        <translation>retired (re-registered)</translation>
    </message>
    <message>
        <source>JPEG 图片</source>
        <comment>central.term.jpeg_image</comment>
        <translation>JPEG image</translation>
    </message>
    <message>
        <source>PNG 图片</source>
        <comment>central.term.png_image</comment>
        <translation>PNG image</translation>
    </message>
    <message>
        <source>PDF 文件</source>
        <comment>central.term.pdf_file</comment>
        <translation>PDF file</translation>
    </message>
    <message>
        <source>JPEG 照片</source>
        <comment>central.term.jpeg_photo</comment>
        <translation>JPEG photo</translation>
    </message>
    <message>
        <source>PNG 照片</source>
        <comment>central.term.png_photo</comment>
        <translation>PNG photo</translation>
    </message>
    <message>
        <source>事项目录</source>
        <comment>central.term.catalog</comment>
        <translation>service catalog</translation>
    </message>
    <message>
        <source>工作日历</source>
        <comment>central.term.calendar</comment>
        <translation>working calendar</translation>
    </message>
    <message>
        <source>其他窗口</source>
        <comment>central.term.other_window</comment>
        <translation>another window</translation>
    </message>
</context>
<context>
    <name>CentralTrustRecords</name>
    <message>
        <source>吊销原因代码“{reason_code}”无效，可选：{choices}</source>
        <comment>central.revoke_reason_code</comment>
        <translation>Revocation reason code &quot;{reason_code}&quot; is not valid; choose from: {choices}</translation>
    </message>
    <message>
        <source>请写明吊销原因（1 至 {max_reason} 个字）</source>
        <comment>central.revoke_reason_missing</comment>
        <translation>Write the reason for the revocation (1 to {max_reason} characters)</translation>
    </message>
    <message>
        <source>失效时间须带时区（如 2026-12-01T00:00:00+08:00）</source>
        <comment>central.revoke_no_timezone</comment>
        <translation>The invalid-from time needs a time zone (e.g. 2026-12-01T00:00:00+08:00)</translation>
    </message>
    <message>
        <source>失效时间不能晚于吊销时间：吊销立即生效</source>
        <comment>central.revoke_invalid_from_later</comment>
        <translation>The invalid-from time cannot be after the revocation: a revocation holds at once</translation>
    </message>
    <message>
        <source>本中心没有设备 {device_id}</source>
        <comment>central.revoke_device_unknown</comment>
        <translation>This center has no device {device_id}</translation>
    </message>
    <message>
        <source>设备 {device_id} 没有可吊销的通知书签名密钥（中心尚未为它颁发证书，或已全部吊销）</source>
        <comment>central.revoke_nothing</comment>
        <translation>Device {device_id} has no notice signing key to revoke (the center has issued it no certificate, or all are revoked)</translation>
    </message>
</context>
<context>
    <name>CentralVersions</name>
    <message>
        <source>本机程序版本 {version} 过旧，中心要求 {minimum} 或更新版本，请升级后再同步</source>
        <comment>central.client_too_old</comment>
        <translation>This program&apos;s version {version} is too old; the center requires {minimum} or newer: upgrade, then sync</translation>
    </message>
</context>
<context>
    <name>CodeList</name>
    <message>
        <source>行政许可</source>
        <comment>codes.item_type.01</comment>
        <translation>Administrative licensing</translation>
    </message>
    <message>
        <source>行政处罚</source>
        <comment>codes.item_type.02</comment>
        <translation>Administrative penalty</translation>
    </message>
    <message>
        <source>行政强制</source>
        <comment>codes.item_type.03</comment>
        <translation>Administrative coercion</translation>
    </message>
    <message>
        <source>行政征收</source>
        <comment>codes.item_type.04</comment>
        <translation>Administrative levy</translation>
    </message>
    <message>
        <source>行政给付</source>
        <comment>codes.item_type.05</comment>
        <translation>Administrative payment</translation>
    </message>
    <message>
        <source>行政检查</source>
        <comment>codes.item_type.06</comment>
        <translation>Administrative inspection</translation>
    </message>
    <message>
        <source>行政确认</source>
        <comment>codes.item_type.07</comment>
        <translation>Administrative confirmation</translation>
    </message>
    <message>
        <source>行政奖励</source>
        <comment>codes.item_type.08</comment>
        <translation>Administrative reward</translation>
    </message>
    <message>
        <source>行政裁决</source>
        <comment>codes.item_type.09</comment>
        <translation>Administrative adjudication</translation>
    </message>
    <message>
        <source>其他行政权力</source>
        <comment>codes.item_type.10</comment>
        <translation>Other administrative power</translation>
    </message>
    <message>
        <source>公共服务</source>
        <comment>codes.item_type.20</comment>
        <translation>Public service</translation>
    </message>
    <message>
        <source>即办件</source>
        <comment>codes.case_kind.1</comment>
        <translation>Done on the spot</translation>
    </message>
    <message>
        <source>承诺件</source>
        <comment>codes.case_kind.2</comment>
        <translation>Promised by a date</translation>
    </message>
    <message>
        <source>居民身份证</source>
        <comment>codes.id_type.111</comment>
        <extracomment>Our catalog&apos;s ``ItemKind`` as its 办件类型 code.</extracomment>
        <translation>Resident identity card</translation>
    </message>
    <message>
        <source>外交护照</source>
        <comment>codes.id_type.411</comment>
        <translation>Diplomatic passport</translation>
    </message>
    <message>
        <source>公务护照</source>
        <comment>codes.id_type.412</comment>
        <translation>Service passport</translation>
    </message>
    <message>
        <source>因公普通护照</source>
        <comment>codes.id_type.413</comment>
        <translation>Official ordinary passport</translation>
    </message>
    <message>
        <source>普通护照</source>
        <comment>codes.id_type.414</comment>
        <translation>Ordinary passport</translation>
    </message>
    <message>
        <source>台湾居民来往大陆通行证</source>
        <comment>codes.id_type.511</comment>
        <translation>Mainland travel permit for Taiwan residents</translation>
    </message>
    <message>
        <source>往来港澳通行证</source>
        <comment>codes.id_type.513</comment>
        <translation>Exit-entry permit to Hong Kong and Macao</translation>
    </message>
    <message>
        <source>港澳居民来往内地通行证</source>
        <comment>codes.id_type.516</comment>
        <translation>Mainland travel permit for Hong Kong and Macao residents</translation>
    </message>
    <message>
        <source>外国人永久居留身份证</source>
        <comment>codes.id_type.553</comment>
        <translation>Foreign permanent resident ID card</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <comment>codes.id_type.049</comment>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>其他证件</source>
        <comment>codes.id_type.990</comment>
        <translation>Other document</translation>
    </message>
    <message>
        <source>非常满意</source>
        <comment>codes.satisfaction.1</comment>
        <extracomment>The 证件类型 code of each kind of number (a mobile number is not a 证件 and has none). 证件类型 of a Chinese passport by the letters its number starts with (D/DE 外交, S/SE 公务, P/PE 公务普通). The kinds a number of a 证件类型 may be (414 covers Chinese and foreign ordinary passports).</extracomment>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <source>满意</source>
        <comment>codes.satisfaction.2</comment>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>基本满意</source>
        <comment>codes.satisfaction.3</comment>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <source>不满意</source>
        <comment>codes.satisfaction.4</comment>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>非常不满意</source>
        <comment>codes.satisfaction.5</comment>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <source>已受理</source>
        <comment>codes.case_status.01</comment>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>容缺受理</source>
        <comment>codes.case_status.02</comment>
        <translation>Accepted with materials to follow</translation>
    </message>
    <message>
        <source>不予受理</source>
        <comment>codes.case_status.03</comment>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>一次性告知（补正）</source>
        <comment>codes.case_status.04</comment>
        <translation>One-time notice (correction)</translation>
    </message>
    <message>
        <source>即办办结</source>
        <comment>codes.case_status.05</comment>
        <translation>Done on the spot</translation>
    </message>
    <message>
        <source>审查中</source>
        <comment>codes.case_status.06</comment>
        <translation>Under review</translation>
    </message>
    <message>
        <source>准予许可</source>
        <comment>codes.case_status.07</comment>
        <translation>Approved</translation>
    </message>
    <message>
        <source>不予许可</source>
        <comment>codes.case_status.08</comment>
        <translation>Refused</translation>
    </message>
    <message>
        <source>待领取</source>
        <comment>codes.case_status.09</comment>
        <translation>Ready for collection</translation>
    </message>
    <message>
        <source>已出件</source>
        <comment>codes.case_status.10</comment>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>已办结</source>
        <comment>codes.case_status.11</comment>
        <translation>Closed</translation>
    </message>
    <message>
        <source>撤销容缺受理</source>
        <comment>codes.case_status.12</comment>
        <translation>Conditional acceptance revoked</translation>
    </message>
    <message>
        <source>窗口领取</source>
        <comment>codes.delivery.1</comment>
        <extracomment>How each reported case state is coded; a draft is never reported, and &quot;submitted&quot;/&quot;in_review&quot; share 06.</extracomment>
        <translation>Collected at the window</translation>
    </message>
    <message>
        <source>邮政寄递</source>
        <comment>codes.delivery.2</comment>
        <translation>Posted</translation>
    </message>
    <message>
        <source>自助柜</source>
        <comment>codes.delivery.3</comment>
        <translation>Self-service locker</translation>
    </message>
    <message>
        <source>电子证照</source>
        <comment>codes.delivery.4</comment>
        <translation>Electronic licence</translation>
    </message>
</context>
<context>
    <name>ColleaguesPage</name>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>现场巡查</source>
        <translation>On-site inspections</translation>
    </message>
    <message>
        <source>卷宗评查</source>
        <translation>File reviews</translation>
    </message>
    <message>
        <source>差评跟进</source>
        <translation>Bad-rating follow-ups</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>类别：</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>选择左侧的一条记录查看（只读）</source>
        <translation>Choose a record on the left to view it (read-only)</translation>
    </message>
    <message>
        <source>本机未设置中心服务器：同事的记录只保存在中心服务器，设置并登录后可查看</source>
        <translation>No central server is set on this PC: colleagues&apos; records are kept only at the central server; set it and log in to see them</translation>
    </message>
    <message>
        <source>正在向中心服务器取同事的记录…</source>
        <translation>Fetching colleagues&apos; records from the central server…</translation>
    </message>
    <message>
        <source>中心服务器上同事的记录共 {n} 条</source>
        <translation>Colleagues&apos; records at the central server: {n}</translation>
    </message>
    <message>
        <source>，已显示 {k} 条（向下滚动读取其余）</source>
        <translation>, {k} shown (scroll down for the rest)</translation>
    </message>
    <message>
        <source>，截至 {time}</source>
        <translation>, as of {time}</translation>
    </message>
    <message>
        <source>正在取这条记录…</source>
        <translation>Fetching this record…</translation>
    </message>
    <message>
        <source>（照片无法显示）</source>
        <translation>(the photo cannot be shown)</translation>
    </message>
</context>
<context>
    <name>ColleaguesService</name>
    <message>
        <source>请先登录中心服务器，再查看同事的记录（{error}）</source>
        <comment>services.supervision_colleagues.login_first</comment>
        <translation>Log in to the central server first to see colleagues&apos; records ({error})</translation>
    </message>
    <message>
        <source>中心服务器拒绝：{error}</source>
        <comment>services.supervision_colleagues.server_refused</comment>
        <translation>The central server refused: {error}</translation>
    </message>
    <message>
        <source>中心服务器暂不可达：同事的记录只保存在中心服务器，请联网后点“刷新”</source>
        <comment>services.supervision_colleagues.unreachable</comment>
        <translation>The central server cannot be reached: colleagues&apos; records are kept only there. Connect and press “Refresh”</translation>
    </message>
    <message>
        <source>这条记录的格式本程序无法读取（{error}），请升级程序后再看</source>
        <comment>services.supervision_colleagues.unreadable</comment>
        <translation>This program cannot read the format of this record ({error}): upgrade the program to see it</translation>
    </message>
    <message>
        <source>已签名</source>
        <comment>services.supervision_colleagues.signed</comment>
        <translation>Signed</translation>
    </message>
    <message>
        <source>巡查中</source>
        <comment>services.supervision_colleagues.inspecting</comment>
        <translation>Inspecting</translation>
    </message>
    <message>
        <source>评查完成</source>
        <comment>services.supervision_colleagues.reviewed</comment>
        <translation>Review complete</translation>
    </message>
    <message>
        <source>评查中</source>
        <comment>services.supervision_colleagues.reviewing</comment>
        <translation>Reviewing</translation>
    </message>
    <message>
        <source>第 {version} 版</source>
        <comment>services.supervision_colleagues.version</comment>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>差评跟进 · 办件 {case_no}</source>
        <comment>services.supervision_colleagues.follow_up_title</comment>
        <translation>Bad-rating follow-up · case {case_no}</translation>
    </message>
    <message>
        <source>{at} {author} {step}：{note}</source>
        <comment>services.supervision_colleagues.follow_up_line</comment>
        <translation>{at} {author} {step}: {note}</translation>
    </message>
    <message>
        <source>（无说明）</source>
        <comment>services.supervision_colleagues.no_note</comment>
        <translation>(no note)</translation>
    </message>
    <message>
        <source>{at} 签名</source>
        <comment>services.supervision_colleagues.signed_at</comment>
        <translation>signed {at}</translation>
    </message>
    <message>
        <source>{at} 签名（纸质签名）</source>
        <comment>services.supervision_colleagues.signed_on_paper</comment>
        <translation>signed {at} (on paper)</translation>
    </message>
    <message>
        <source>尚未签名</source>
        <comment>services.supervision_colleagues.not_signed</comment>
        <translation>not signed yet</translation>
    </message>
    <message>
        <source>巡查人：{inspector}&#x3000;开始：{started}&#x3000;{signed}</source>
        <comment>services.supervision_colleagues.inspector_line</comment>
        <translation>Inspector: {inspector}  Started: {started}  {signed}</translation>
    </message>
    <message>
        <source>已检查 {checked} / {items} 项：合格 {passed} 项，不合格 {failed} 项</source>
        <comment>services.supervision_colleagues.checked_line</comment>
        <translation>Checked {checked} / {items} items: {passed} passed, {failed} failed</translation>
    </message>
    <message>
        <source>【未检查】{area}·{item}</source>
        <comment>services.supervision_colleagues.not_checked</comment>
        <translation>[Not checked] {area} · {item}</translation>
    </message>
    <message>
        <source>合格</source>
        <comment>services.supervision_colleagues.passed</comment>
        <translation>Passed</translation>
    </message>
    <message>
        <source>不合格</source>
        <comment>services.supervision_colleagues.failed</comment>
        <translation>Failed</translation>
    </message>
    <message>
        <source>【{result}】{area}·{item}</source>
        <comment>services.supervision_colleagues.finding</comment>
        <translation>[{result}] {area} · {item}</translation>
    </message>
    <message>
        <source>{finding}：{note}</source>
        <comment>services.supervision_colleagues.finding_note</comment>
        <translation>{finding}: {note}</translation>
    </message>
    <message>
        <source>{finding}（照片 {photos} 张）</source>
        <comment>services.supervision_colleagues.finding_photos</comment>
        <translation>{finding} ({photos} photos)</translation>
    </message>
    <message>
        <source>现场巡查 · {author}</source>
        <comment>services.supervision_colleagues.inspection_title</comment>
        <translation>On-site inspection · {author}</translation>
    </message>
    <message>
        <source>评查人：{reviewer}&#x3000;抽样种子：{seed}&#x3000;办结时段：{first} 至 {last}</source>
        <comment>services.supervision_colleagues.reviewer_line</comment>
        <translation>Reviewer: {reviewer}  Sampling seed: {seed}  Completed between {first} and {last}</translation>
    </message>
    <message>
        <source>抽取 {sampled} 件，已评 {reviewed} 件：{tally}</source>
        <comment>services.supervision_colleagues.sample_line</comment>
        <translation>{sampled} cases drawn, {reviewed} reviewed: {tally}</translation>
    </message>
    <message>
        <source>{verdict} {count} 件</source>
        <comment>services.supervision_colleagues.verdict_count</comment>
        <translation>{verdict}: {count}</translation>
    </message>
    <message>
        <source>办件 {case_id}…（本机无此办件）</source>
        <comment>services.supervision_colleagues.case_not_here</comment>
        <translation>Case {case_id}… (not on this PC)</translation>
    </message>
    <message>
        <source>{case}：未评</source>
        <comment>services.supervision_colleagues.not_reviewed</comment>
        <translation>{case}: not reviewed</translation>
    </message>
    <message>
        <source>{case}：{verdict}</source>
        <comment>services.supervision_colleagues.verdict</comment>
        <translation>{case}: {verdict}</translation>
    </message>
    <message>
        <source>{verdict}（{problems}）</source>
        <comment>services.supervision_colleagues.verdict_problems</comment>
        <translation>{verdict} ({problems})</translation>
    </message>
    <message>
        <source>{verdict} {note}</source>
        <comment>services.supervision_colleagues.verdict_note</comment>
        <translation>{verdict} {note}</translation>
    </message>
    <message>
        <source>卷宗评查 · {author}</source>
        <comment>services.supervision_colleagues.review_title</comment>
        <translation>File review · {author}</translation>
    </message>
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <source>即将推出</source>
        <translation>Coming soon</translation>
    </message>
    <message>
        <source>该工作区正在开发中，本版本暂不可用。</source>
        <translation>This workspace is being developed and is not available in this version.</translation>
    </message>
</context>
<context>
    <name>Commitment</name>
    <message>
        <source>没有缺少的材料，无需容缺受理</source>
        <comment>commitment.nothing_missing</comment>
        <translation>No material is missing: there is no need to accept with materials outstanding</translation>
    </message>
    <message>
        <source>以下材料不允许容缺，不能容缺受理：{materials}</source>
        <comment>commitment.not_allowed</comment>
        <translation>These materials cannot be outstanding, so the case cannot be accepted without them: {materials}</translation>
    </message>
    <message>
        <source>以下事项不提供容缺受理：{items}</source>
        <comment>commitment.not_offered</comment>
        <translation>These items cannot be accepted with materials outstanding: {items}</translation>
    </message>
    <message>
        <source>承诺书须由申请人或代理人签字</source>
        <comment>commitment.unsigned</comment>
        <translation>The letter of commitment must be signed by the applicant or the agent</translation>
    </message>
    <message>
        <source>材料 {material} 不在容缺承诺书中，无需补交</source>
        <comment>commitment.not_promised</comment>
        <translation>The material {material} is not in the letter of commitment; it need not be handed in</translation>
    </message>
    <message>
        <source>材料 {material} 已于 {day} 补交</source>
        <comment>commitment.already_supplemented</comment>
        <translation>The material {material} was handed in on {day}</translation>
    </message>
    <message>
        <source>承诺补齐日期 {due_date} 早于受理日期 {accepted_on}</source>
        <comment>commitment.due_before_acceptance</comment>
        <translation>The promised date {due_date} is earlier than the acceptance date {accepted_on}</translation>
    </message>
</context>
<context>
    <name>CommitmentService</name>
    <message>
        <source>延后告知：{question}</source>
        <comment>services.commitments.notice_question</comment>
        <translation>Deferred notice: {question}</translation>
    </message>
    <message>
        <source>延后告知（复杂疑难问题）</source>
        <comment>services.commitments.notice_complex</comment>
        <translation>Deferred notice (complex question)</translation>
    </message>
    <message>
        <source>材料已补齐，待办结承诺</source>
        <comment>services.commitments.all_supplied</comment>
        <translation>Materials supplied, promise to be fulfilled</translation>
    </message>
    <message>
        <source>逾期{days}个工作日</source>
        <comment>services.commitments.days_overdue</comment>
        <translation>{days} working days overdue</translation>
    </message>
    <message>
        <source>已逾期</source>
        <comment>services.commitments.overdue</comment>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>今天到期</source>
        <comment>services.commitments.due_today</comment>
        <translation>Due today</translation>
    </message>
    <message>
        <source>剩{days}个工作日</source>
        <comment>services.commitments.days_left</comment>
        <translation>{days} working days left</translation>
    </message>
    <message>
        <source>容缺待补：{names}</source>
        <comment>services.commitments.waiting_for</comment>
        <translation>Materials to follow: {names}</translation>
    </message>
    <message>
        <source>找不到该办件</source>
        <comment>services.commitments.not_found</comment>
        <translation>Case not found</translation>
    </message>
    <message>
        <source>找不到附件文件 {attachment}</source>
        <comment>services.commitments.no_attachment</comment>
        <translation>Attachment file {attachment} not found</translation>
    </message>
    <message>
        <source>扫描件未能保存，未登记补交：{error}</source>
        <comment>services.commitments.scan_not_saved</comment>
        <translation>The scan could not be saved; the supplement was not recorded: {error}</translation>
    </message>
    <message>
        <source>延期的最晚日期超出本机工作日历的范围：{error}</source>
        <comment>services.commitments.extension_out_of_calendar</comment>
        <translation>The latest date of an extension is beyond this PC&apos;s working calendar: {error}</translation>
    </message>
    <message>
        <source>办件 {case_no} 的承诺办结日期 {promised} 已过，不能再延期：依《中华人民共和国行政许可法》第四十二条，延长期限须在期限内决定并告知申请人；请按超期办件处理</source>
        <comment>services.commitments.deadline_passed</comment>
        <translation>The promised date {promised} of case {case_no} has passed: it can no longer be extended (Administrative Licensing Law, art. 42: an extension is decided within the time limit and told to the applicant); handle it as an overdue case</translation>
    </message>
    <message>
        <source>办件 {case_no} 没有承诺办结日期，不能延期</source>
        <comment>services.commitments.no_promised_date</comment>
        <translation>Case {case_no} has no promised completion date and cannot be extended</translation>
    </message>
    <message>
        <source>新的办结日期 {new_date} 超出本机工作日历的范围：{error}</source>
        <comment>services.commitments.new_date_out_of_calendar</comment>
        <translation>The new completion date {new_date} is beyond this PC&apos;s working calendar: {error}</translation>
    </message>
    <message>
        <source>新的办结日期 {new_date} 不是工作日{provisional}</source>
        <comment>services.commitments.new_date_not_workday</comment>
        <translation>The new completion date {new_date} is not a working day{provisional}</translation>
    </message>
</context>
<context>
    <name>Commitments</name>
    <message>
        <source>（按暂定的节假日安排）</source>
        <comment>services.commitments.provisional</comment>
        <translation> (by the provisional holiday schedule)</translation>
    </message>
</context>
<context>
    <name>CommitmentsPage</name>
    <message>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>发送到期提醒(&amp;M)</source>
        <translation>Send due re&amp;minders</translation>
    </message>
    <message>
        <source>处理逾期(&amp;O)</source>
        <translation>Handle &amp;overdue</translation>
    </message>
    <message>
        <source>容缺材料</source>
        <translation>Materials still to supply</translation>
    </message>
    <message>
        <source>补交所选材料(&amp;B)…</source>
        <translation>Su&amp;bmit selected material…</translation>
    </message>
    <message>
        <source>办结承诺(&amp;C)</source>
        <translation>&amp;Close commitment</translation>
    </message>
    <message>
        <source>撤销容缺受理…</source>
        <translation>Revoke conditional acceptance…</translation>
    </message>
    <message>
        <source>延期办理（限时办结制）</source>
        <translation>Extend the deadline (time-limit rule)</translation>
    </message>
    <message>
        <source>办件编号(&amp;K)</source>
        <translation>Case &amp;number</translation>
    </message>
    <message>
        <source>扫描或输入办件编号</source>
        <translation>Scan or type the case number</translation>
    </message>
    <message>
        <source>新办结日期</source>
        <translation>New due date</translation>
    </message>
    <message>
        <source>延期理由</source>
        <translation>Reason for extension</translation>
    </message>
    <message>
        <source>批准人(&amp;A)</source>
        <translation>&amp;Approved by</translation>
    </message>
    <message>
        <source>本机关负责人姓名、职务（《行政许可法》第四十二条）</source>
        <translation>Name and post of the head of this authority (Administrative Licensing Law, art. 42)</translation>
    </message>
    <message>
        <source>延期并打印告知书(&amp;D)</source>
        <translation>Exten&amp;d and print notice</translation>
    </message>
    <message>
        <source>扫描通知书条码或二维码，或输入办件编号、证件号码、姓名</source>
        <extracomment>Asks whether a scan comes with a material (and which): ``scan.ask_scan``, or a test&apos;s own answer.</extracomment>
        <translation>Scan the notice&apos;s barcode or QR code, or type a case number, ID number or name</translation>
    </message>
    <message>
        <source>办件 {case_no}（{name}）不在承诺跟踪列表中：没有未结的容缺承诺或待告知事项</source>
        <translation>Case {case_no} ({name}) is not on the commitments list: no open conditional promise or pending notice</translation>
    </message>
    <message>
        <source>本机找不到办件 {case_no}</source>
        <translation>Case {case_no} not found on this PC</translation>
    </message>
    <message>
        <source>已找到办件 {case_no}</source>
        <translation>Case {case_no} found</translation>
    </message>
    <message>
        <source>共 {n} 件（最早到期的在前）&#x3000;黄色：{days}个工作日内到期&#x3000;红色：已逾期</source>
        <translation>{n} cases (earliest due first)   Yellow: due within {days} working days   Red: overdue</translation>
    </message>
    <message>
        <source>在上方列表中选择一个办件。</source>
        <translation>Select a case in the list above.</translation>
    </message>
    <message>
        <source>自 {since} 起，期限 {due}（{left}），办件状态：{state}</source>
        <translation>Since {since}, due {due} ({left}), case status: {state}</translation>
    </message>
    <message>
        <source>（暂定）</source>
        <translation> (provisional)</translation>
    </message>
    <message>
        <source>待补：{name}</source>
        <translation>To supply: {name}</translation>
    </message>
    <message>
        <source>已补：{name}（{date}）</source>
        <translation>Supplied: {name} ({date})</translation>
    </message>
    <message>
        <source>请先选择待补的材料</source>
        <translation>First select a material still to supply</translation>
    </message>
    <message>
        <source>已取消，未登记补交：{name}</source>
        <translation>Cancelled; supply not recorded: {name}</translation>
    </message>
    <message>
        <source>已登记补交：{name}（附扫描件）</source>
        <translation>Supplied material recorded: {name} (scan attached)</translation>
    </message>
    <message>
        <source>正在延期…</source>
        <translation>Extending…</translation>
    </message>
    <message>
        <source>办件 {case_no} 的容缺承诺已办结，结果可以发放。</source>
        <translation>The conditional acceptance promise of case {case_no} is fulfilled; the result can be handed over.</translation>
    </message>
    <message>
        <source>已排队 {n} 条到期提醒短信。</source>
        <translation>{n} deadline reminder SMS queued.</translation>
    </message>
    <message>
        <source>今天没有需要提醒的承诺。</source>
        <translation>No promises need a reminder today.</translation>
    </message>
    <message>
        <source>新标记逾期 {n} 件；{revoke} 件按事项规定应撤销受理，请选中后点“撤销容缺受理”。</source>
        <translation>{n} newly marked overdue; {revoke} must have their acceptance revoked under the service item&apos;s rules: select each and click “Revoke conditional acceptance”.</translation>
    </message>
    <message>
        <source>新标记逾期 {n} 件。</source>
        <translation>{n} newly marked overdue.</translation>
    </message>
    <message>
        <source>办件 {case_no} 的容缺受理已撤销，告知书已生成。</source>
        <translation>Conditional acceptance of case {case_no} revoked; the notice has been made.</translation>
    </message>
    <message>
        <source>找不到办件“{text}”</source>
        <translation>No case “{text}”</translation>
    </message>
    <message>
        <source>已登记补交：{name}（无扫描件）</source>
        <translation>Supply recorded: {name} (no scan)</translation>
    </message>
    <message>
        <source>正在登记补交…</source>
        <translation>Recording the supply…</translation>
    </message>
    <message>
        <source>正在撤销…</source>
        <translation>Revoking…</translation>
    </message>
    <message>
        <source>找不到办件“{text}”，请输入或扫描办件编号</source>
        <translation>No case “{text}”: type or scan the case number</translation>
    </message>
    <message>
        <source>该办件没有承诺办结日期，不能延期。</source>
        <translation>This case has no promised completion date: it cannot be extended.</translation>
    </message>
    <message>
        <source>本事项不允许延期办理。</source>
        <translation>This service item does not allow an extension.</translation>
    </message>
    <message>
        <source>依{basis}，自原承诺日期 {base} 起最多延长 {days} 个工作日，即最晚至 {latest}{note}。</source>
        <translation>Under {basis}, at most {days} working days beyond the promised date {base}, that is until {latest} at the latest{note}.</translation>
    </message>
    <message>
        <source>办件 {case_no} 已延期至 {date}，延期办理告知书已生成，短信已排队。</source>
        <translation>Case {case_no} extended to {date}; the extension notice has been made and the SMS queued.</translation>
    </message>
</context>
<context>
    <name>CommitmentsWorkspace</name>
    <message>
        <source>承诺跟踪暂不可用：本机数据库尚未打开。请重新启动程序；如仍不能使用，请联系管理员。</source>
        <translation>Commitment tracking is unavailable: the local database is not open. Restart the program; if it still does not work, contact the administrator.</translation>
    </message>
    <message>
        <source>承诺与告知</source>
        <translation>Commitments and notices</translation>
    </message>
    <message>
        <source>期限调整（{n} 件待告知）</source>
        <translation>Moved deadlines ({n} to tell)</translation>
    </message>
    <message>
        <source>期限调整</source>
        <translation>Moved deadlines</translation>
    </message>
    <message>
        <source>正在生成告知书…</source>
        <translation>Generating the notice…</translation>
    </message>
    <message>
        <source>告知书已送打印。</source>
        <translation>The notice was sent to the printer.</translation>
    </message>
    <message>
        <source>正在打印告知书…</source>
        <translation>Printing the notice…</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>要求窗口补正</source>
        <translation>Ask the window for correction</translation>
    </message>
    <message>
        <source>勾选需补正的全部材料，写明原因和补正要求（一次告知）。提交后办件退回窗口，计时中止，并短信告知申请人。</source>
        <translation>Tick every material to correct, with the reason and what is needed (all at once). On submit the case goes back to the window, the clock stops and the applicant is told by SMS.</translation>
    </message>
    <message>
        <source>材料（勾选需补正的）</source>
        <translation>Materials (tick those to correct)</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>如何补正</source>
        <translation>How to correct</translation>
    </message>
    <message>
        <source>添加其他材料(&amp;A)</source>
        <translation>&amp;Add another material</translation>
    </message>
    <message>
        <source>说明(&amp;M)</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <source>退回补正(&amp;O)</source>
        <translation>Return for c&amp;orrection</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CredentialService</name>
    <message>
        <source>登录凭据为空，无法保存</source>
        <comment>services.credentials.empty</comment>
        <translation>The login credential is empty and cannot be saved</translation>
    </message>
    <message>
        <source>登录凭据过长（{count} 字符，最多 {limit}），只应保存刷新令牌</source>
        <comment>services.credentials.too_long</comment>
        <translation>The login credential is too long ({count} characters, at most {limit}); only the refresh token should be saved</translation>
    </message>
    <message>
        <source>无法读取系统密钥环：{error}</source>
        <comment>services.credentials.cannot_read</comment>
        <translation>Cannot read the system keyring: {error}</translation>
    </message>
    <message>
        <source>无法写入系统密钥环：{error}</source>
        <comment>services.credentials.cannot_write</comment>
        <translation>Cannot write to the system keyring: {error}</translation>
    </message>
    <message>
        <source>无法删除系统密钥环中的凭据：{error}</source>
        <comment>services.credentials.cannot_delete</comment>
        <translation>Cannot delete the credential from the system keyring: {error}</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>未找到系统密钥环：登录凭据仅保存在本次运行中</source>
        <translation>No system keyring found: the login is kept for this session only</translation>
    </message>
    <message>
        <source>未找到系统密钥环：本机数据库未加密，请联系管理员启用系统密钥环</source>
        <translation>No system keyring: this PC&apos;s database is not encrypted; ask the administrator to enable the system keyring</translation>
    </message>
    <message>
        <source>未找到系统密钥环：本机数据库未加密，登录凭据仅保存在本次运行中，请联系管理员启用系统密钥环</source>
        <extracomment>Both at once (the usual case: no keyring for either), in one sentence the status bar has room for.</extracomment>
        <translation>No system keyring: the database is not encrypted and logins last this run only; ask the administrator</translation>
    </message>
</context>
<context>
    <name>CropDialog</name>
    <message>
        <source>裁剪：拖动鼠标框出要保留的部分</source>
        <translation>Crop: drag to frame the part to keep</translation>
    </message>
    <message>
        <source>裁剪</source>
        <translation>Crop</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>今日</source>
        <extracomment>How the figures are fetched: the window&apos;s own store (default), or the center&apos;s server with the store as the cache (``services.supervision_center.dashboard``, on the network lane).</extracomment>
        <translation>Today</translation>
    </message>
    <message>
        <source>本周</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>自定义时段</source>
        <translation>Custom period</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>导出报表…</source>
        <translation>Export report…</translation>
    </message>
    <message>
        <source>时段：</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>各窗口、各工作人员办件量</source>
        <translation>Cases by window and by clerk</translation>
    </message>
    <message>
        <source>不分组</source>
        <translation>No grouping</translation>
    </message>
    <message>
        <source>按部门</source>
        <translation>By department</translation>
    </message>
    <message>
        <source>按经办人</source>
        <translation>By clerk</translation>
    </message>
    <message>
        <source>按事项</source>
        <translation>By item</translation>
    </message>
    <message>
        <source>分组：</source>
        <translation>Group:</translation>
    </message>
    <message>
        <source>超期预警分组及件数</source>
        <translation>Warning groups and their counts</translation>
    </message>
    <message>
        <source>查看办件</source>
        <extracomment>the group whose cards are shown: (by, key); None: every card</extracomment>
        <translation>View case</translation>
    </message>
    <message>
        <source>短信提醒经办人…</source>
        <translation>Remind the clerk by SMS…</translation>
    </message>
    <message>
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>正在向中心服务器取数…</source>
        <translation>Fetching from the central server…</translation>
    </message>
    <message>
        <source>{kind}“{name}”：共 {n} 件（红牌 {red} 件、黄牌 {yellow} 件、环节超时 {step} 件），最紧急的在前；全部 {all} 件</source>
        <translation>{kind} “{name}”: {n} cases ({red} red, {yellow} yellow, {step} step overruns), most urgent first; {all} in all</translation>
    </message>
    <message>
        <source>{department} 红牌 {red} 件、黄牌 {yellow} 件</source>
        <translation>{department}: {red} red, {yellow} yellow</translation>
    </message>
    <message>
        <source>共 {n} 件，最紧急的在前。按部门：{departments}</source>
        <translation>{n} cases, most urgent first. By department: {departments}</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>数据来源：{source}，截至 {time}</source>
        <translation>Source: {source}, as of {time}</translation>
    </message>
    <message>
        <source>超期预警</source>
        <translation>Overdue warnings</translation>
    </message>
    <message>
        <source>红牌：已超期；黄牌：承诺时限已过大半；环节超时：后台未按时认领。</source>
        <translation>Red: overdue; yellow: more than half the promised time used; step overdue: not claimed in time by the back office.</translation>
    </message>
    <message>
        <source>{period}：收件 {intakes} 件，受理 {accepted} 件，容缺受理 {conditional} 件，一次性告知 {notices} 件，不予受理 {refusals} 件，出件 {handoffs} 件，待领取 {waiting} 件。超期预警：红牌 {red} 件，黄牌 {yellow} 件，环节超时 {step} 件。</source>
        <translation>{period}: {intakes} received, {accepted} accepted, {conditional} conditionally accepted, {notices} one-time notices, {refusals} rejected, {handoffs} handed over, {waiting} awaiting collection. Overdue warnings: {red} red, {yellow} yellow, {step} step overdue.</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>即办</source>
        <comment>deadline.instant</comment>
        <translation>On the spot</translation>
    </message>
    <message>
        <source>{amount}个工作日</source>
        <comment>deadline.limit.working_days</comment>
        <extracomment>A time limit in words: &quot;15个工作日&quot;, &quot;30个自然日&quot;, &quot;4小时&quot;.</extracomment>
        <translation>{amount} working days</translation>
    </message>
    <message>
        <source>{amount}个自然日</source>
        <comment>deadline.limit.natural_days</comment>
        <translation>{amount} calendar days</translation>
    </message>
    <message>
        <source>{amount}小时</source>
        <comment>deadline.limit.hours</comment>
        <translation>{amount} hours</translation>
    </message>
    <message>
        <source>受理</source>
        <comment>deadline.start.accepted</comment>
        <translation>acceptance</translation>
    </message>
    <message>
        <source>收件</source>
        <comment>deadline.start.received</comment>
        <translation>receipt</translation>
    </message>
    <message>
        <source>延期决定</source>
        <comment>deadline.start.delay</comment>
        <translation>the extension decision</translation>
    </message>
    <message>
        <source>办结</source>
        <comment>deadline.end.finish</comment>
        <translation>completed</translation>
    </message>
    <message>
        <source>依法办结</source>
        <comment>deadline.end.statutory</comment>
        <translation>completed as the law requires</translation>
    </message>
    <message>
        <source>补齐容缺材料</source>
        <comment>deadline.end.commitment</comment>
        <translation>missing materials supplied</translation>
    </message>
    <message>
        <source>告知申请人</source>
        <comment>deadline.end.notice</comment>
        <translation>applicant told</translation>
    </message>
    <message>
        <source>个工作日</source>
        <comment>deadline.unit.working_days</comment>
        <translation>working days</translation>
    </message>
    <message>
        <source>个自然日</source>
        <comment>deadline.unit.natural_days</comment>
        <translation>calendar days</translation>
    </message>
    <message>
        <source>小时</source>
        <comment>deadline.unit.hours</comment>
        <translation>hours</translation>
    </message>
    <message>
        <source>自 {date} {time} {start}时起算</source>
        <comment>deadline.origin_at</comment>
        <translation>counted from {start} at {date} {time}</translation>
    </message>
    <message>
        <source>自 {date} {start}次日起算</source>
        <comment>deadline.origin</comment>
        <translation>counted from the day after {start} on {date}</translation>
    </message>
    <message>
        <source>{amount} {unit}</source>
        <comment>deadline.amount</comment>
        <translation>{amount} {unit}</translation>
    </message>
    <message>
        <source>{amount}（每个工作日按 {hours} 小时计）</source>
        <comment>deadline.hours_note</comment>
        <translation>{amount} (a working day counts as {hours} hours)</translation>
    </message>
    <message>
        <source>{origin} {amount}</source>
        <comment>deadline.counted</comment>
        <translation>{amount} {origin}</translation>
    </message>
    <message>
        <source>自 {date} 起因{kind}中止计时（尚未恢复）</source>
        <comment>deadline.stopped_open</comment>
        <translation>clock stopped for {kind} since {date} (not yet resumed)</translation>
    </message>
    <message>
        <source>因{kind}中止 {days} {unit}</source>
        <comment>deadline.stopped</comment>
        <translation>stopped {days} {unit} for {kind}</translation>
    </message>
    <message>
        <source>应于 {date} 前{end}（日历 {calendar}）</source>
        <comment>deadline.due</comment>
        <translation>{end} by {date} (calendar {calendar})</translation>
    </message>
    <message>
        <source>{text}；{note}</source>
        <comment>deadline.with_note</comment>
        <translation>{text}; {note}</translation>
    </message>
    <message>
        <source>{year} 年节假日安排尚未公布，按《全国年节及纪念日放假办法》推算（暂定）</source>
        <comment>deadline.provisional_note</comment>
        <translation>the holiday schedule of {year} is not published yet; counted by the National Holidays Regulation (provisional)</translation>
    </message>
    <message>
        <source>{year} 年节假日安排尚未公布，按《全国年节及纪念日放假办法》推算（暂定）；如调休安排不利，最早可能为 {earliest}</source>
        <comment>deadline.provisional_note_earliest</comment>
        <translation>the holiday schedule of {year} is not published yet; counted by the National Holidays Regulation (provisional); with unfavourable swapped working days it may be as early as {earliest}</translation>
    </message>
    <message>
        <source>{date}（暂定）</source>
        <comment>deadline.short_provisional</comment>
        <translation>{date} (provisional)</translation>
    </message>
    <message>
        <source>{date}（暂定，最早可能 {earliest}）</source>
        <comment>deadline.short_earliest</comment>
        <translation>{date} (provisional, possibly as early as {earliest})</translation>
    </message>
</context>
<context>
    <name>DeadlineRecountService</name>
    <message>
        <source>{year} 年节假日安排尚未载入：跨入该年的期限暂按《全国年节及纪念日放假办法》推算并标注“暂定”。国务院办公厅通知发布后，请用 govdesk calendar import 转换通知全文，再在中心服务器发布（govdesk central calendar publish）或在本机载入（govdesk calendar load）；载入后暂定期限自动重新计算。</source>
        <comment>services.deadline_recount.year_not_loaded</comment>
        <translation>The holiday schedule of {year} is not loaded yet: deadlines running into that year are counted by the National Holidays Regulation and marked “provisional”. Once the State Council General Office publishes its notice, convert its full text with govdesk calendar import, then publish it on the central server (govdesk central calendar publish) or load it on this PC (govdesk calendar load); provisional deadlines are recounted automatically after loading.</translation>
    </message>
    <message>
        <source>暂定期限重新计算未能保存，办件保持原样，下次启动时将再试：{error}</source>
        <comment>services.deadline_recount.not_saved</comment>
        <translation>The recount of provisional deadlines could not be saved; the cases are unchanged and it is tried again at the next start: {error}</translation>
    </message>
    <message>
        <source>找不到这次期限调整记录</source>
        <comment>services.deadline_recount.no_change_record</comment>
        <translation>This deadline change record cannot be found</translation>
    </message>
    <message>
        <source>办件 {case_no} 的承诺办结日期没有调整，无需短信告知</source>
        <comment>services.deadline_recount.not_moved</comment>
        <translation>The promised completion date of case {case_no} did not change; no SMS is needed</translation>
    </message>
    <message>
        <source>办件 {case_no} 的这次日期调整已经短信告知过申请人</source>
        <comment>services.deadline_recount.already_told</comment>
        <translation>The applicant of case {case_no} has already been told of this date change by SMS</translation>
    </message>
    <message>
        <source>新</source>
        <comment>services.deadline_recount.new_years</comment>
        <translation>new</translation>
    </message>
    <message>
        <source>{years} 年节假日安排已载入：{recounted} 件办件的暂定期限已按正式安排重新计算。</source>
        <comment>services.deadline_recount.loaded</comment>
        <translation>The holiday schedule of {years} is loaded: the provisional deadlines of {recounted} cases were recounted by the official schedule.</translation>
    </message>
    <message>
        <source>{years} 年节假日安排已载入：{recounted} 件办件的暂定期限已按正式安排重新计算，其中 {moved} 件日期有调整。</source>
        <comment>services.deadline_recount.loaded_moved</comment>
        <translation>The holiday schedule of {years} is loaded: the provisional deadlines of {recounted} cases were recounted by the official schedule, {moved} of them with changed dates.</translation>
    </message>
    <message>
        <source>{years} 年节假日安排已载入：{recounted} 件办件的暂定期限已按正式安排重新计算，其中 {moved} 件日期有调整（{later} 件承诺办结日期推后，可在“承诺跟踪 › 期限调整”短信告知申请人）。</source>
        <comment>services.deadline_recount.loaded_later</comment>
        <translation>The holiday schedule of {years} is loaded: the provisional deadlines of {recounted} cases were recounted by the official schedule, {moved} of them with changed dates ({later} promised completion dates moved later; the applicants can be told by SMS under Follow-ups › Deadline changes).</translation>
    </message>
    <message>
        <source>本机找不到办件 {case_no}</source>
        <comment>services.deadline_recount.case_missing</comment>
        <translation>Case {case_no} cannot be found on this PC</translation>
    </message>
    <message>
        <source>短信未能排队：{error}</source>
        <comment>services.deadline_recount.sms_not_queued</comment>
        <translation>The SMS could not be queued: {error}</translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <source>受理决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>受理(&amp;1)</source>
        <translation>&amp;1 Accept</translation>
    </message>
    <message>
        <source>即办，当场办结(&amp;2)</source>
        <translation>&amp;2 Complete on the spot</translation>
    </message>
    <message>
        <source>一次性告知(&amp;3)</source>
        <translation>&amp;3 One-time notice</translation>
    </message>
    <message>
        <source>容缺受理(&amp;4)</source>
        <translation>&amp;4 Conditional acceptance</translation>
    </message>
    <message>
        <source>不予受理(&amp;5)</source>
        <translation>&amp;5 Reject</translation>
    </message>
    <message>
        <source>复杂问题，延后告知(&amp;6)</source>
        <translation>&amp;6 Complex: notify later</translation>
    </message>
    <message>
        <source>容缺受理承诺</source>
        <translation>Conditional acceptance commitment</translation>
    </message>
    <message>
        <source>补齐期限(&amp;U)</source>
        <translation>S&amp;upply by</translation>
    </message>
    <message>
        <source>承诺人签字(&amp;N)</source>
        <translation>Sig&amp;ned by</translation>
    </message>
    <message>
        <source>承诺人签名</source>
        <translation>Signature of the promisor</translation>
    </message>
    <message>
        <source>纸质承诺书已签字(&amp;W)</source>
        <translation>Paper promise signed (&amp;W)</translation>
    </message>
    <message>
        <source>重签</source>
        <translation>Sign again</translation>
    </message>
    <message>
        <source>清除签名，重新签</source>
        <translation>Clear the signature and sign again</translation>
    </message>
    <message>
        <source>不予受理理由(&amp;Y)</source>
        <translation>Re&amp;jection reason</translation>
    </message>
    <message>
        <source>延后告知</source>
        <translation>Notify later</translation>
    </message>
    <message>
        <source>需核实的问题(&amp;Q)</source>
        <translation>&amp;Questions to verify</translation>
    </message>
    <message>
        <source>作出决定 (Ctrl+Enter)</source>
        <translation>Decide (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>请先选择办理事项</source>
        <extracomment>The service&apos;s reason why an outcome is closed (``IntakeService.why_not``).</extracomment>
        <translation>Choose a service item first</translation>
    </message>
    <message>
        <source>须先填好申请人信息（见下方红字）</source>
        <translation>First fix the applicant&apos;s details (below)</translation>
    </message>
    <message>
        <source>选择常用理由或直接填写</source>
        <translation>Pick a common reason or type one</translation>
    </message>
    <message>
        <source>请承诺人在此签名（鼠标、手写笔或手指）</source>
        <translation>Promisor, please sign here (mouse, pen or finger)</translation>
    </message>
    <message>
        <source>承诺人签名</source>
        <translation>Signature of the promisor</translation>
    </message>
    <message>
        <source>承诺人在打印的承诺书上亲笔签字后，由工作人员勾选确认</source>
        <translation>Tick once the promisor has signed the printed promise by hand</translation>
    </message>
    <message>
        <source>待改正：</source>
        <translation>To correct:</translation>
    </message>
    <message>
        <source>承诺办结日期：{date}</source>
        <translation>Promised completion date: {date}</translation>
    </message>
    <message>
        <source>法定办结日期：{date}</source>
        <translation>Statutory completion date: {date}</translation>
    </message>
    <message>
        <source>暂定：以国务院办公厅公布的节假日安排为准</source>
        <translation>Provisional: subject to the holiday schedule published by the State Council General Office</translation>
    </message>
    <message>
        <source>须补正的全部材料：</source>
        <translation>All materials to correct or supply:</translation>
    </message>
    <message>
        <source>默认补齐期限 {date}；逾期未补齐的，按事项规定处理（暂停出件或撤销受理）。</source>
        <translation>Default deadline to supply: {date}. If not supplied in time, the service item&apos;s rules apply (result withheld or acceptance revoked).</translation>
    </message>
    <message>
        <source>将于 {due} 前（2 个工作日内）告知申请人。
注意：超过 {limit}（5 个工作日）仍未告知的，依《行政许可法》第三十二条自收到申请之日起即视为受理。</source>
        <translation>Notify the applicant by {due} (within 2 working days).
Note: if not notified by {limit} (5 working days), the application counts as accepted from the day it was received (Administrative Licensing Law, Art. 32).</translation>
    </message>
</context>
<context>
    <name>Delivery</name>
    <message>
        <source>该办件不是邮寄出件</source>
        <comment>delivery.not_mailed</comment>
        <translation>This case&apos;s result was not sent by post</translation>
    </message>
    <message>
        <source>该邮件已确认送达</source>
        <comment>delivery.already_delivered</comment>
        <translation>Delivery of this item is already confirmed</translation>
    </message>
    <message>
        <source>送达日期 {delivered_on} 晚于今天（{today}），请按邮件回执填写</source>
        <comment>delivery.delivered_in_future</comment>
        <translation>The delivery date {delivered_on} is after today ({today}). Enter the date on the postal receipt</translation>
    </message>
    <message>
        <source>送达日期 {delivered_on} 早于寄出日期（{mailed_on}），请核对</source>
        <comment>delivery.delivered_before_mailing</comment>
        <translation>The delivery date {delivered_on} is before the posting date ({mailed_on}). Please check it</translation>
    </message>
    <message>
        <source>该办件不是存入智能柜的出件</source>
        <comment>delivery.not_in_locker</comment>
        <translation>This case&apos;s result was not put in a locker</translation>
    </message>
    <message>
        <source>已登记过取件</source>
        <comment>delivery.already_collected</comment>
        <translation>The collection is already recorded</translation>
    </message>
</context>
<context>
    <name>DeliveryMethod</name>
    <message>
        <source>窗口领取</source>
        <comment>notices.delivery.window</comment>
        <extracomment>How a result reaches the applicant (the hand-off method values of the case).</extracomment>
        <translation>Collected at the window</translation>
    </message>
    <message>
        <source>委托他人代领</source>
        <comment>notices.delivery.proxy</comment>
        <translation>Collected by an authorised person</translation>
    </message>
    <message>
        <source>EMS邮寄送达</source>
        <comment>notices.delivery.ems</comment>
        <translation>Delivered by EMS</translation>
    </message>
    <message>
        <source>自助文件柜领取</source>
        <comment>notices.delivery.locker</comment>
        <translation>Collected from the self-service locker</translation>
    </message>
    <message>
        <source>电子证照送达</source>
        <comment>notices.delivery.electronic</comment>
        <translation>Delivered as an electronic licence</translation>
    </message>
</context>
<context>
    <name>DraftService</name>
    <message>
        <source>（未填申请人）</source>
        <comment>services.drafts.no_applicant</comment>
        <translation>(no applicant yet)</translation>
    </message>
    <message>
        <source>{who} · {count} 个事项</source>
        <comment>services.drafts.title</comment>
        <translation>{who} · {count} items</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>程序发生内部错误：{summary}</source>
        <translation>Internal error: {summary}</translation>
    </message>
    <message>
        <source>已保存的办件不受影响。请记下当前操作并联系技术支持。详细记录见：{path}</source>
        <translation>Saved cases are not affected. Note what you were doing and contact support. Details: {path}</translation>
    </message>
    <message>
        <source>内部错误</source>
        <translation>Internal error</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <source>请选择1至5的评价（1 非常满意 … 5 非常不满意）</source>
        <comment>evaluation.no_rating</comment>
        <translation>Choose a rating from 1 to 5 (1 very satisfied … 5 very dissatisfied)</translation>
    </message>
    <message>
        <source>未知的差评原因：{reasons}</source>
        <comment>evaluation.unknown_reasons</comment>
        <translation>Unknown reasons for a bad rating: {reasons}</translation>
    </message>
    <message>
        <source>差评请勾选或说明不满意的原因，以便核实整改</source>
        <comment>evaluation.bad_needs_reason</comment>
        <translation>For a bad rating, tick or describe what was unsatisfactory, so that it can be checked and put right</translation>
    </message>
    <message>
        <source>评价内容不超过500字</source>
        <comment>evaluation.comment_too_long</comment>
        <translation>The comment may be at most 500 characters</translation>
    </message>
    <message>
        <source>办件 {case_no} 已经评价过，不能重复评价</source>
        <comment>evaluation.already_rated</comment>
        <translation>Case {case_no} has already been rated and cannot be rated again</translation>
    </message>
</context>
<context>
    <name>EvaluationService</name>
    <message>
        <source>找不到该办件</source>
        <comment>services.evaluation.not_found</comment>
        <translation>Case not found</translation>
    </message>
</context>
<context>
    <name>Extension</name>
    <message>
        <source>新的办结日期 {new_date} 超出本事项允许的延期：依{basis}，自原承诺日期 {base} 起最多延长 {days} 个工作日，即最晚至 {latest}</source>
        <comment>extension.beyond</comment>
        <translation>The new completion date {new_date} is beyond the extension this item allows: under {basis}, at most {days} working days from the promised date {base}, that is {latest} at the latest</translation>
    </message>
    <message>
        <source>新的办结日期 {new_date} 超出本事项允许的延期：依{basis}，自原承诺日期 {base} 起最多延长 {days} 个工作日，即最晚至 {latest}（暂定，以国务院办公厅公布的节假日安排为准）</source>
        <comment>extension.beyond_provisional</comment>
        <translation>The new completion date {new_date} is beyond the extension this item allows: under {basis}, at most {days} working days from the promised date {base}, that is {latest} at the latest (provisional, until the State Council publishes the holiday arrangements)</translation>
    </message>
    <message>
        <source>延期办理须经本机关负责人批准，请填写批准人（《行政许可法》第四十二条）</source>
        <comment>extension.no_approver</comment>
        <translation>An extension must be approved by the head of this authority; enter who approved it (《行政许可法》 Art. 42)</translation>
    </message>
    <message>
        <source>本事项不允许延期办理（{basis}；目录未规定可延长的期限）</source>
        <comment>extension.not_allowed</comment>
        <translation>This item cannot be extended ({basis}; the catalog sets no extension)</translation>
    </message>
</context>
<context>
    <name>FileReview</name>
    <message>
        <source>未知的问题类别：{issues}</source>
        <comment>file_review.unknown_issues</comment>
        <translation>Unknown kinds of problem: {issues}</translation>
    </message>
    <message>
        <source>基本合格或不合格的卷宗，请勾选问题或写明情况</source>
        <comment>file_review.needs_issue</comment>
        <translation>For a file that is only partly or not satisfactory, tick the problems or describe them</translation>
    </message>
    <message>
        <source>说明不超过1000字</source>
        <comment>file_review.note_too_long</comment>
        <translation>The note may be at most 1,000 characters</translation>
    </message>
    <message>
        <source>请填写抽样种子（例如“2026年11月 第一组”），第二位评查人用同一种子可抽到同样的卷宗</source>
        <comment>file_review.no_seed</comment>
        <translation>Enter a sampling seed (for example “2026-11 group 1”); a second reviewer using the same seed draws the same files</translation>
    </message>
    <message>
        <source>抽样数量应大于 0</source>
        <comment>file_review.no_sample_size</comment>
        <translation>The sample size must be greater than 0</translation>
    </message>
    <message>
        <source>该办件不在本次抽样中</source>
        <comment>file_review.not_sampled</comment>
        <translation>This case is not in this sample</translation>
    </message>
    <message>
        <source>评查记录格式不正确</source>
        <comment>file_review.bad_record</comment>
        <translation>The file review record is malformed</translation>
    </message>
    <message>
        <source>申请材料不齐全或与清单不符</source>
        <comment>file_review.issue.materials</comment>
        <extracomment>What a reviewer commonly finds wrong in a file (the county&apos;s 评查 sheet, in words a reviewer ticks). The Chinese words are what a finding records (data); the clerk reads them in their language (``issue_label``).</extracomment>
        <translation>Application materials incomplete or not as listed</translation>
    </message>
    <message>
        <source>一次告知不到位（多次补正）</source>
        <comment>file_review.issue.one_time_notice</comment>
        <translation>Not told everything at once (corrected more than once)</translation>
    </message>
    <message>
        <source>超过承诺时限办结</source>
        <comment>file_review.issue.late</comment>
        <translation>Finished after the promised time</translation>
    </message>
    <message>
        <source>受理、决定文书不规范或缺失</source>
        <comment>file_review.issue.documents</comment>
        <translation>Acceptance or decision documents irregular or missing</translation>
    </message>
    <message>
        <source>签名、签章缺失</source>
        <comment>file_review.issue.signatures</comment>
        <translation>Signatures or seals missing</translation>
    </message>
    <message>
        <source>收费不符合规定</source>
        <comment>file_review.issue.fees</comment>
        <translation>Fees not as the rules say</translation>
    </message>
    <message>
        <source>送达记录缺失</source>
        <comment>file_review.issue.delivery</comment>
        <translation>Delivery record missing</translation>
    </message>
    <message>
        <source>其他</source>
        <comment>file_review.issue.other</comment>
        <translation>Other</translation>
    </message>
    <message>
        <source>合格</source>
        <comment>file_review.verdict.good</comment>
        <translation>Satisfactory</translation>
    </message>
    <message>
        <source>基本合格</source>
        <comment>file_review.verdict.fair</comment>
        <translation>Mostly satisfactory</translation>
    </message>
    <message>
        <source>不合格</source>
        <comment>file_review.verdict.poor</comment>
        <translation>Unsatisfactory</translation>
    </message>
</context>
<context>
    <name>FileReviewPage</name>
    <message>
        <source>例如：{month} 第一组（第二位评查人用同一种子抽到同样的卷宗）</source>
        <translation>e.g. {month} group 1 (a second reviewer with the same seed draws the same files)</translation>
    </message>
    <message>
        <source>{year}年{month}月</source>
        <translation>{month}/{year}</translation>
    </message>
    <message>
        <source>抽取卷宗(&amp;D)</source>
        <translation>&amp;Draw files</translation>
    </message>
    <message>
        <source>抽样种子：</source>
        <translation>Sample seed:</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>办结的办件中抽取</source>
        <translation>Draw from cases closed</translation>
    </message>
    <message>
        <source>件</source>
        <translation>files</translation>
    </message>
    <message>
        <source>范围：</source>
        <translation>Range:</translation>
    </message>
    <message>
        <source>办件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>评查结论</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>情况说明</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>记录结论(&amp;R)</source>
        <translation>&amp;Record finding</translation>
    </message>
    <message>
        <source>查看卷宗(&amp;O)</source>
        <translation>&amp;Open file</translation>
    </message>
    <message>
        <source>已抽取 {n} 件卷宗（种子：{seed}）</source>
        <translation>{n} files drawn (seed: {seed})</translation>
    </message>
    <message>
        <source>未评查</source>
        <translation>Not reviewed</translation>
    </message>
    <message>
        <source>请先在列表中选择一件卷宗</source>
        <translation>Choose a file in the list first</translation>
    </message>
    <message>
        <source>已记录。还有 {n} 件未评查。</source>
        <translation>Recorded. {n} files still to review.</translation>
    </message>
    <message>
        <source>本次评查已全部完成。</source>
        <translation>This review is complete.</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>容缺承诺</source>
        <extracomment>Background colours (light, so black text stays readable) and the words, for colour-blind clerks too.</extracomment>
        <translation>Conditional acceptance promise</translation>
    </message>
    <message>
        <source>延后告知</source>
        <translation>Notify later</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>（暂定）</source>
        <extracomment>After a date counted on a provisional holiday year (issue 10).</extracomment>
        <translation> (provisional)</translation>
    </message>
    <message>
        <source>逾期{n}个工作日</source>
        <translation>{n} working days overdue</translation>
    </message>
    <message>
        <source>今天到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>剩{n}个工作日</source>
        <translation>{n} working days left</translation>
    </message>
    <message>
        <source>办件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>剩余</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>待办事项</source>
        <translation>To do</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>只看未办结</source>
        <translation>Open only</translation>
    </message>
    <message>
        <source>办件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>评价</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>原因与意见</source>
        <translation>Reasons and comments</translation>
    </message>
    <message>
        <source>评价日期</source>
        <translation>Rated on</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>写明回访、整改、解释或反馈的情况</source>
        <translation>Describe the call-back, the fix, the explanation or the feedback</translation>
    </message>
    <message>
        <source>查看办件(&amp;O)</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <source>回访核实 {v} 个工作日内，整改和反馈 {r} 个工作日内（自评价之日起）；红色为已超期</source>
        <translation>Call back within {v} working days, fix and reply within {r} working days (from the rating); red is overdue</translation>
    </message>
    <message>
        <source>（已超期）</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <source>在列表中选择一条差评。</source>
        <translation>Choose a poor rating in the list.</translation>
    </message>
    <message>
        <source>{when} {who} {step}：{note}</source>
        <translation>{when} {who} {step}: {note}</translation>
    </message>
    <message>
        <source>尚未回访。</source>
        <translation>No call-back yet.</translation>
    </message>
    <message>
        <source>已记录。差评已办结。</source>
        <translation>Recorded. The poor rating is closed.</translation>
    </message>
    <message>
        <source>已记录，下一步：{s}</source>
        <translation>Recorded; next: {s}</translation>
    </message>
    <message>
        <source>或</source>
        <translation> or </translation>
    </message>
</context>
<context>
    <name>GovDialog</name>
    <message>
        <source>无法打开本机数据库 {path}：{reason}</source>
        <translation>The local database {path} cannot be opened: {reason}</translation>
    </message>
</context>
<context>
    <name>HandoffMethod</name>
    <message>
        <source>窗口领取</source>
        <comment>handoff.method.window</comment>
        <translation>Collected at the window</translation>
    </message>
    <message>
        <source>他人代领</source>
        <comment>handoff.method.proxy</comment>
        <translation>Collected by someone else</translation>
    </message>
    <message>
        <source>EMS邮寄</source>
        <comment>handoff.method.ems</comment>
        <translation>Posted by EMS</translation>
    </message>
    <message>
        <source>智能柜领取</source>
        <comment>handoff.method.locker</comment>
        <translation>Collected from the smart locker</translation>
    </message>
    <message>
        <source>电子送达</source>
        <comment>handoff.method.electronic</comment>
        <translation>Delivered electronically</translation>
    </message>
    <message>
        <source>代领人姓名</source>
        <comment>handoff.detail.collector_name</comment>
        <translation>collector&apos;s name</translation>
    </message>
    <message>
        <source>邮件单号</source>
        <comment>handoff.detail.tracking_no</comment>
        <translation>tracking number</translation>
    </message>
    <message>
        <source>柜格号</source>
        <comment>handoff.detail.cell</comment>
        <translation>locker cell number</translation>
    </message>
</context>
<context>
    <name>HandoffPage</name>
    <message>
        <source>扫描通知书条码，或输入办件编号/证件号码(&amp;S)</source>
        <translation>&amp;Scan the notice barcode, or type a case or ID number</translation>
    </message>
    <message>
        <source>扫码后自动打开办件</source>
        <translation>The case opens as soon as it is scanned</translation>
    </message>
    <message>
        <source>待领取结果（等候最久的在前）</source>
        <translation>Results awaiting collection (longest waiting first)</translation>
    </message>
    <message>
        <source>刷新列表(&amp;R)</source>
        <translation>&amp;Refresh list</translation>
    </message>
    <message>
        <source>短信通知</source>
        <translation>SMS notices</translation>
    </message>
    <message>
        <source>发送领取通知(&amp;N)</source>
        <translation>Send collection &amp;notice</translation>
    </message>
    <message>
        <source>重发所选短信</source>
        <translation>Resend selected SMS</translation>
    </message>
    <message>
        <source>本人领取(&amp;1)</source>
        <translation>&amp;1 In person</translation>
    </message>
    <message>
        <source>申请人证件号码(&amp;I)</source>
        <translation>Applicant&apos;s &amp;ID number</translation>
    </message>
    <message>
        <source>刷身份证或输入证件号码</source>
        <translation>Swipe the ID card or type the ID number</translation>
    </message>
    <message>
        <source>他人代领(&amp;2)</source>
        <translation>&amp;2 By proxy</translation>
    </message>
    <message>
        <source>代领人姓名</source>
        <translation>Proxy&apos;s name</translation>
    </message>
    <message>
        <source>代领人身份证号</source>
        <translation>Proxy&apos;s ID number</translation>
    </message>
    <message>
        <source>代领人电话</source>
        <translation>Proxy&apos;s phone</translation>
    </message>
    <message>
        <source>授权委托书</source>
        <translation>Power of attorney</translation>
    </message>
    <message>
        <source>例如：授权委托书（2026-11-18）</source>
        <translation>e.g. Power of attorney (2026-11-18)</translation>
    </message>
    <message>
        <source>EMS邮寄(&amp;3)</source>
        <translation>&amp;3 EMS mail</translation>
    </message>
    <message>
        <source>收件人</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>收件人电话</source>
        <translation>Recipient&apos;s phone</translation>
    </message>
    <message>
        <source>省/市/区</source>
        <translation>Province/city/district</translation>
    </message>
    <message>
        <source>省</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>市</source>
        <translation>City</translation>
    </message>
    <message>
        <source>区（县）</source>
        <translation>District (county)</translation>
    </message>
    <message>
        <source>街道门牌</source>
        <translation>Street address</translation>
    </message>
    <message>
        <source>邮政编码</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>邮件单号(&amp;T)</source>
        <translation>&amp;Tracking number</translation>
    </message>
    <message>
        <source>扫描或输入，如 EA123456785CN</source>
        <translation>Scan or type, e.g. EA123456785CN</translation>
    </message>
    <message>
        <source>智能柜(&amp;4)</source>
        <translation>&amp;4 Smart locker</translation>
    </message>
    <message>
        <source>柜格号(&amp;G)</source>
        <translation>&amp;Compartment</translation>
    </message>
    <message>
        <source>例如 A12</source>
        <translation>e.g. A12</translation>
    </message>
    <message>
        <source>领取人签名</source>
        <translation>Collector&apos;s signature</translation>
    </message>
    <message>
        <source>清除签名</source>
        <translation>Clear signature</translation>
    </message>
    <message>
        <source>已在打印的领取回执上签字(&amp;W)</source>
        <translation>Signed the printed collection receipt (&amp;W)</translation>
    </message>
    <message>
        <source>好差评（由申请人本人评价）</source>
        <translation>Rating (by the applicant in person)</translation>
    </message>
    <message>
        <source>请申请人评价(&amp;P)</source>
        <translation>Ask the applicant to rate (&amp;P)</translation>
    </message>
    <message>
        <source>出件并打印回执 (Ctrl+Enter)</source>
        <translation>Hand over and print receipt (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>今日邮寄清单</source>
        <translation>Today&apos;s mailing list</translation>
    </message>
    <message>
        <source>确认送达/取件</source>
        <translation>Confirm delivery/pickup</translation>
    </message>
    <message>
        <source>类别</source>
        <extracomment>The colours of what happened: done (green), refused or wrong (red), for information (grey). Prints a receipt: returns a problem in words, &quot;&quot; when it printed, or None when the print goes on off the GUI thread (the workspace&apos;s, through the operations gateway): ``HandoffPage.receipt_printed`` then tells how it ended.</extracomment>
        <translation>Kind</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>领取人在打印的领取回执上亲笔签字后，由工作人员勾选确认</source>
        <translation>Tick once the collector has signed the printed collection receipt by hand</translation>
    </message>
    <message>
        <source>待领取的办理结果（共 {n} 件，等候最久的在前）</source>
        <translation>Results awaiting collection ({n}, longest waiting first)</translation>
    </message>
    <message>
        <source>（未登记）</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>办件编号：{case_no}</source>
        <translation>Case number: {case_no}</translation>
    </message>
    <message>
        <source>申请人：{name}  证件：{id}  手机：{phone}</source>
        <translation>Applicant: {name}  ID: {id}  Mobile: {phone}</translation>
    </message>
    <message>
        <source>代办人：{name}（{id}）</source>
        <translation>Agent: {name} ({id})</translation>
    </message>
    <message>
        <source>办理结果：{result}  状态：{state}</source>
        <translation>Result: {result}  Status: {state}</translation>
    </message>
    <message>
        <source>取件码：{code}（已短信发送给申请人）</source>
        <translation>Pickup code: {code} (sent to the applicant by SMS)</translation>
    </message>
    <message>
        <source>存入后系统自动生成6位取件码，显示在此处，并以短信发送给申请人。</source>
        <translation>Once stored, a 6-digit pickup code is made, shown here and sent to the applicant by SMS.</translation>
    </message>
    <message>
        <source>请先扫描通知书条码或在列表中选择办件</source>
        <translation>Scan the notice&apos;s barcode or choose a case in the list first</translation>
    </message>
    <message>
        <source>正在办理出件…</source>
        <translation>Handing over…</translation>
    </message>
    <message>
        <source>证件号码与申请人一致，请申请人签名后出件。</source>
        <translation>The ID number matches the applicant&apos;s. Ask the applicant to sign, then hand the result over.</translation>
    </message>
    <message>
        <source>取件码 {code}，请告知申请人（已短信发送）。</source>
        <translation>Pickup code {code}: tell the applicant (sent by SMS).</translation>
    </message>
    <message>
        <source>领取回执已送打印。</source>
        <translation>Collection receipt sent to the printer.</translation>
    </message>
    <message>
        <source>领取通知短信已排队，联网后经中心发送。</source>
        <translation>Pickup SMS queued; the centre sends it once online.</translation>
    </message>
    <message>
        <source>请扫描通知书条码或在列表中选择待领取的结果。</source>
        <translation>Scan the notice barcode or pick a waiting result in the list.</translation>
    </message>
    <message>
        <source>请先在短信列表中选择要重发的短信</source>
        <translation>First select the SMS to resend in the SMS list</translation>
    </message>
    <message>
        <source>已重新排队发送。</source>
        <translation>Queued to send again.</translation>
    </message>
    <message>
        <source>办件 {case_no} 已出件（{collector}）。</source>
        <translation>Case {case_no} handed over ({collector}).</translation>
    </message>
    <message>
        <source>办件 {case_no} 已出件。</source>
        <translation>Case {case_no} handed over.</translation>
    </message>
    <message>
        <source>已登记送达结果，将同步反馈至中心。</source>
        <translation>Delivery recorded; it will be reported to the centre.</translation>
    </message>
</context>
<context>
    <name>HandoffService</name>
    <message>
        <source>找不到办件“{text}”，请核对办件编号或证件号码</source>
        <comment>services.handoff.not_found_text</comment>
        <translation>No case found for “{text}”: check the case number or ID number</translation>
    </message>
    <message>
        <source>“{text}”对应 {count} 个办件，请在列表中选择</source>
        <comment>services.handoff.several</comment>
        <translation>“{text}” matches {count} cases: choose one in the list</translation>
    </message>
    <message>
        <source>找不到办件“{text}”</source>
        <comment>services.handoff.not_found_short</comment>
        <translation>No case found for “{text}”</translation>
    </message>
    <message>
        <source>找不到该办件</source>
        <comment>services.handoff.not_found</comment>
        <translation>Case not found</translation>
    </message>
    <message>
        <source>容缺受理：自 {since} 起尚缺 {missing}（承诺 {due_date} 前补齐{overdue}），补齐并办结承诺前不能出件（结果暂不发放）</source>
        <comment>services.handoff.commitment_open</comment>
        <translation>Accepted with materials to follow: since {since} still missing {missing} (promised by {due_date}{overdue}); the result cannot be handed over until they are supplied and the promise is fulfilled (the result is held back)</translation>
    </message>
    <message>
        <source>该办件已出件（{how}），不能重复出件</source>
        <comment>services.handoff.already_handed</comment>
        <translation>This case&apos;s result has already been handed over ({how}) and cannot be handed over twice</translation>
    </message>
    <message>
        <source>该办件当前状态为“{state}”，结果尚未送达窗口</source>
        <comment>services.handoff.not_arrived</comment>
        <translation>This case is now “{state}”: the result has not reached the window yet</translation>
    </message>
    <message>
        <source>邮件单号 {tracking_no}</source>
        <comment>services.handoff.tracking_note</comment>
        <translation>tracking number {tracking_no}</translation>
    </message>
    <message>
        <source>柜格 {cell}</source>
        <comment>services.handoff.cell_note</comment>
        <translation>locker cell {cell}</translation>
    </message>
    <message>
        <source>已于 {when} 出件（{how}）</source>
        <comment>services.handoff.handed_at</comment>
        <translation>handed over on {when} ({how})</translation>
    </message>
    <message>
        <source>已出件（{how}）</source>
        <comment>services.handoff.handed</comment>
        <translation>handed over ({how})</translation>
    </message>
    <message>
        <source>领取人 {who}</source>
        <comment>services.handoff.collected_by</comment>
        <translation>collected by {who}</translation>
    </message>
    <message>
        <source>该办件当前状态为“{state}”，不是待领取的结果</source>
        <comment>services.handoff.not_for_pickup</comment>
        <translation>This case is now “{state}”, not a result waiting to be collected</translation>
    </message>
    <message>
        <source>本窗口没有该办件申请人的证件号码（在其他窗口受理），请按他人代领核对并登记领取人证件</source>
        <comment>services.handoff.no_applicant_id</comment>
        <translation>This window has no ID number of the applicant of this case (accepted at another window): check it as collection by someone else and record the collector&apos;s ID</translation>
    </message>
    <message>
        <source>证件号码 {given} 与申请人 {name} 的证件号码 {expected} 不符，不能以本人领取方式出件；如为他人代领，请选择“他人代领”并核对授权委托书</source>
        <comment>services.handoff.id_mismatch</comment>
        <translation>ID number {given} does not match the ID number {expected} of the applicant {name}: it cannot be handed over as collection in person. If someone else collects, choose “Someone else collects” and check the letter of authorization</translation>
    </message>
    <message>
        <source>请填写代领人姓名</source>
        <comment>services.handoff.no_proxy_name</comment>
        <translation>Enter the collector&apos;s name</translation>
    </message>
    <message>
        <source>代领人证件号码有误：{reason}</source>
        <comment>services.handoff.proxy_id</comment>
        <translation>The collector&apos;s ID number is wrong: {reason}</translation>
    </message>
    <message>
        <source>他人代领须出示申请人的授权委托书，请登记委托书</source>
        <comment>services.handoff.no_authorization</comment>
        <translation>Collection by someone else needs the applicant&apos;s letter of authorization: record it</translation>
    </message>
    <message>
        <source>代领人证件号码与申请人相同，请选择“本人领取”</source>
        <comment>services.handoff.proxy_is_applicant</comment>
        <translation>The collector&apos;s ID number is the applicant&apos;s: choose “Collected in person”</translation>
    </message>
    <message>
        <source>请填写柜格号（柜门上的编号，例如 A12）</source>
        <comment>services.handoff.no_cell</comment>
        <translation>Enter the locker cell number (the number on the locker door, e.g. A12)</translation>
    </message>
    <message>
        <source>申请人没有登记手机号码，取件码无法短信告知，请改为窗口领取或邮寄</source>
        <comment>services.handoff.no_phone</comment>
        <translation>The applicant has no mobile number registered, so the pickup code cannot be sent by SMS: hand it over at the window or post it instead</translation>
    </message>
    <message>
        <source>办件 {case_no} 不能出件：{why}</source>
        <comment>services.handoff.cannot_hand_over</comment>
        <translation>Case {case_no} cannot be handed over: {why}</translation>
    </message>
    <message>
        <source>领取人尚未签收：{error}</source>
        <comment>services.handoff.not_signed</comment>
        <translation>The collector has not signed yet: {error}</translation>
    </message>
    <message>
        <source>办件 {case_no} 的结果已由其他窗口出件，本窗口的出件未被中心采纳</source>
        <comment>services.handoff.taken_elsewhere</comment>
        <translation>The result of case {case_no} was handed over at another window; this window&apos;s hand-over was not taken by the center</translation>
    </message>
    <message>
        <source>工位 {station}</source>
        <comment>services.handoff.station</comment>
        <translation>workstation {station}</translation>
    </message>
    <message>
        <source>其他窗口</source>
        <comment>services.handoff.other_window</comment>
        <translation>another window</translation>
    </message>
    <message>
        <source>以“{how}”方式</source>
        <comment>services.handoff.how</comment>
        <translation>by “{how}”</translation>
    </message>
    <message>
        <source>办件 {case_no} 的结果已于 {at_text} 由 {who}（{where}）{how}出件；本窗口的出件未被中心采纳，请核实结果去向，并向申请人说明</source>
        <comment>services.handoff.taken_by</comment>
        <translation>The result of case {case_no} was handed over on {at_text} by {who} ({where}) {how}; this window&apos;s hand-over was not taken by the center. Check where the result went and explain it to the applicant</translation>
    </message>
    <message>
        <source>{verdict}；本机找不到办件 {case_no}，请核对或等待同步</source>
        <comment>services.handoff.not_here_verdict</comment>
        <translation>{verdict}; case {case_no} is not on this PC: check it or wait for synchronisation</translation>
    </message>
    <message>
        <source>本机找不到办件 {case_no}，请核对或等待同步</source>
        <comment>services.handoff.not_here</comment>
        <translation>Case {case_no} is not on this PC: check it or wait for synchronisation</translation>
    </message>
    <message>
        <source>不能由他人代领：{problems}</source>
        <comment>services.handoff.no_proxy</comment>
        <translation>Someone else cannot collect it: {problems}</translation>
    </message>
    <message>
        <source>不能邮寄：{problems}</source>
        <comment>services.handoff.no_post</comment>
        <translation>It cannot be posted: {problems}</translation>
    </message>
    <message>
        <source>（空）</source>
        <comment>services.handoff.empty</comment>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>（材料已补齐，待办结承诺）</source>
        <comment>services.handoff.all_supplied</comment>
        <translation>(materials supplied, promise to be fulfilled)</translation>
    </message>
    <message>
        <source>，已逾期</source>
        <comment>services.handoff.overdue</comment>
        <translation>, overdue</translation>
    </message>
</context>
<context>
    <name>HandoffWorkspace</name>
    <message>
        <source>出件暂不可用：本机数据库尚未打开。请重新启动程序；如仍不能使用，请联系管理员。</source>
        <translation>Result handoff is unavailable: the local database is not open. Restart the program; if it still does not work, contact the administrator.</translation>
    </message>
    <message>
        <source>本机未安装打印机：回执已保存为 PDF，并在预览中打开，可从预览打印。</source>
        <translation>No printer on this PC: the receipt was saved as a PDF and opened in the preview; print from there.</translation>
    </message>
    <message>
        <source>领取回执预览</source>
        <translation>Collection receipt preview</translation>
    </message>
</context>
<context>
    <name>HolidayNotice</name>
    <message>
        <source>第 {line} 行：{problem}</source>
        <comment>holiday_notice.at_line</comment>
        <translation>Line {line}: {problem}</translation>
    </message>
    <message>
        <source>第 {line} 行：{problem}
  第 {line} 行原文：{text}</source>
        <comment>holiday_notice.at_line_with_text</comment>
        <translation>Line {line}: {problem}
  Line {line} reads: {text}</translation>
    </message>
    <message>
        <source>{month}月{day}日</source>
        <comment>holiday_notice.month_day</comment>
        <translation>{month}/{day}</translation>
    </message>
    <message>
        <source>{year}年</source>
        <comment>holiday_notice.year</comment>
        <translation>{year}/</translation>
    </message>
    <message>
        <source>农历{month}月{day}</source>
        <comment>holiday_notice.lunar</comment>
        <translation>lunar month {month}, day {day}</translation>
    </message>
    <message>
        <source>放假日</source>
        <comment>holiday_notice.holiday</comment>
        <translation>a day off</translation>
    </message>
    <message>
        <source>调休上班日</source>
        <comment>holiday_notice.makeup_day</comment>
        <translation>a make-up working day</translation>
    </message>
    <message>
        <source>年份</source>
        <comment>holiday_notice.the_year</comment>
        <translation>year</translation>
    </message>
    <message>
        <source>文号</source>
        <comment>holiday_notice.the_number</comment>
        <translation>document number</translation>
    </message>
    <message>
        <source>{day}（{weekday}，{name}）</source>
        <comment>holiday_notice.day_described</comment>
        <translation>{day} ({weekday}, {name})</translation>
    </message>
    <message>
        <source>{year} 年工作日历缺少《全国年节及纪念日放假办法》规定的法定节假日：{days}</source>
        <comment>holiday_notice.statutory_missing</comment>
        <translation>The {year} working calendar lacks public holidays set by 《全国年节及纪念日放假办法》: {days}</translation>
    </message>
    <message>
        <source>《全国年节及纪念日放假办法》规定的{name}假日 {day}（{weekday}）</source>
        <comment>holiday_notice.statutory_day</comment>
        <translation>the {name} holiday {day} ({weekday}) set by 《全国年节及纪念日放假办法》</translation>
    </message>
    <message>
        <source>{law}不在{item}的放假日中</source>
        <comment>holiday_notice.statutory_not_in_item</comment>
        <translation>{law} is not among the days off of {item}</translation>
    </message>
    <message>
        <source>通知中没有{name}的放假安排：{law}未列为放假日</source>
        <comment>holiday_notice.statutory_no_item</comment>
        <translation>The notice has no arrangement for {name}: {law} is not listed as a day off</translation>
    </message>
    <message>
        <source>日期“{year}{month}月{day}日”不存在</source>
        <comment>holiday_notice.no_such_date</comment>
        <translation>The date {year}{month}/{day} does not exist</translation>
    </message>
    <message>
        <source>{day}是{weekday}，括号中却写“{part}”</source>
        <comment>holiday_notice.weekday_wrong</comment>
        <translation>{day} is a {weekday}, but the brackets say “{part}”</translation>
    </message>
    <message>
        <source>{day}后括号中的“{part}”无法识别（应为星期，如“周四”，或农历日期）</source>
        <comment>holiday_notice.note_unknown</comment>
        <translation>“{part}” in the brackets after {day} is not understood (it should be a weekday, such as “周四”, or a lunar date)</translation>
    </message>
    <message>
        <source>{day}后括号中的农历日期“{part}”无法识别</source>
        <comment>holiday_notice.lunar_unknown</comment>
        <translation>The lunar date “{part}” in the brackets after {day} is not understood</translation>
    </message>
    <message>
        <source>{day}是{actual}，括号中却写“{part}”</source>
        <comment>holiday_notice.lunar_wrong</comment>
        <translation>{day} is {actual}, but the brackets say “{part}”</translation>
    </message>
    <message>
        <source>{day} 已在第 {line} 行列为{kind}，不能重复列出</source>
        <comment>holiday_notice.listed_twice</comment>
        <translation>{day} is already listed on line {line} as {kind} and cannot be listed again</translation>
    </message>
    <message>
        <source>{day} 不属于 {year} 年（只有元旦可以从上一年 12 月开始）</source>
        <comment>holiday_notice.other_year</comment>
        <translation>{day} is not in {year} (only New Year&apos;s Day may start in December of the year before)</translation>
    </message>
    <message>
        <source>无法读懂“{first}”：应为“1月1日至3日放假”这样的日期或日期范围</source>
        <comment>holiday_notice.days_off_unreadable</comment>
        <translation>“{first}” is not understood: it should be a date or range of dates such as “1月1日至3日放假”</translation>
    </message>
    <message>
        <source>日期范围“{range}”的结束日不晚于开始日</source>
        <comment>holiday_notice.range_backwards</comment>
        <translation>The range “{range}” does not end after it starts</translation>
    </message>
    <message>
        <source>无法读懂“{clause}”（可以是“共N天”“与周末连休”“不调休”或“M月D日补休”）</source>
        <comment>holiday_notice.clause_unreadable</comment>
        <translation>“{clause}” is not understood (it can be “共N天”, “与周末连休”, “不调休” or “M月D日补休”)</translation>
    </message>
    <message>
        <source>写明共 {n} 天，但列出的放假日是 {listed_count} 天：{listed}</source>
        <comment>holiday_notice.count_differs</comment>
        <translation>It says {n} days in all, but lists {listed_count} days off: {listed}</translation>
    </message>
    <message>
        <source>无法读懂调休上班日“{part}”：应为“1月4日（周日）”这样的日期</source>
        <comment>holiday_notice.workday_unreadable</comment>
        <translation>The make-up working day “{part}” is not understood: it should be a date such as “1月4日（周日）”</translation>
    </message>
    <message>
        <source>调休上班日 {day}是{weekday}：调休上班日只能是星期六或星期日</source>
        <comment>holiday_notice.makeup_on_weekday</comment>
        <translation>The make-up working day {day} is a {weekday}: a make-up working day can only be a Saturday or Sunday</translation>
    </message>
    <message>
        <source>无法识别的节日名称“{names}”（应为{festivals}之一）</source>
        <comment>holiday_notice.festival_unknown</comment>
        <translation>Unknown festival names “{names}” (they should be among {festivals})</translation>
    </message>
    <message>
        <source>无法读懂“{sentence}”：应为放假安排（“……放假”）或调休上班安排（“……上班”）</source>
        <comment>holiday_notice.sentence_unreadable</comment>
        <translation>“{sentence}” is not understood: it should be days off (“……放假”) or make-up working days (“……上班”)</translation>
    </message>
    <message>
        <source>写明“不调休”，却又列出了调休上班日</source>
        <comment>holiday_notice.no_swap_but_makeups</comment>
        <translation>It says “不调休” (no make-up days) but lists make-up working days</translation>
    </message>
    <message>
        <source>通知中的{what}不一致：{found}</source>
        <comment>holiday_notice.inconsistent</comment>
        <translation>The notice&apos;s {what} is not the same throughout: {found}</translation>
    </message>
    <message>
        <source>找不到通知标题“国务院办公厅关于YYYY年部分节假日安排的通知”，无法确定年份</source>
        <comment>holiday_notice.no_title</comment>
        <translation>The notice&apos;s title “国务院办公厅关于YYYY年部分节假日安排的通知” was not found, so its year is unknown</translation>
    </message>
    <message>
        <source>标题是 {year} 年的通知，正文却写“现将{announced}年……”</source>
        <comment>holiday_notice.year_differs</comment>
        <translation>The title is for {year}, but the text says it is for {announced}</translation>
    </message>
    <message>
        <source>这一行中间有放假安排条目：每条安排应单独成行（如“二、春节：……”）</source>
        <comment>holiday_notice.item_inside_line</comment>
        <translation>An arrangement starts in the middle of this line: each arrangement should be on a line of its own (such as “二、春节：……”)</translation>
    </message>
    <message>
        <source>条目编号应为第 {expected} 条，这里是“{number}”：是否漏了或多了一条？</source>
        <comment>holiday_notice.item_number</comment>
        <translation>This should be item {expected}, but it is numbered “{number}”: is an item missing or extra?</translation>
    </message>
    <message>
        <source>{name}的安排已在第 {line} 行列出</source>
        <comment>holiday_notice.item_twice</comment>
        <translation>The arrangement for {name} is already on line {line}</translation>
    </message>
    <message>
        <source>通知中找不到放假安排条目（如“一、元旦：1月1日放假……”）</source>
        <comment>holiday_notice.no_items</comment>
        <translation>The notice has no holiday arrangements (such as “一、元旦：1月1日放假……”)</translation>
    </message>
    <message>
        <source>通知中的成文日期不一致：{dates}</source>
        <comment>holiday_notice.published_differs</comment>
        <translation>The notice&apos;s dates of issue differ: {dates}</translation>
    </message>
    <message>
        <source>需要 {wanted} 年的工作日历，实际为 {actual} 年</source>
        <comment>holiday_notice.wrong_previous_year</comment>
        <translation>The working calendar of {wanted} is needed, but this one is for {actual}</translation>
    </message>
</context>
<context>
    <name>IdCheck</name>
    <message>
        <source>居民身份证</source>
        <comment>id.kind.resident_id</comment>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <source>港澳台居民居住证</source>
        <comment>id.kind.residence_permit</comment>
        <translation>Residence permit for Hong Kong, Macao and Taiwan residents</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <comment>id.kind.uscc</comment>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>外国人永久居留身份证</source>
        <comment>id.kind.foreign_permanent</comment>
        <translation>Foreign permanent resident ID card</translation>
    </message>
    <message>
        <source>中国护照</source>
        <comment>id.kind.cn_passport</comment>
        <translation>Chinese passport</translation>
    </message>
    <message>
        <source>外国护照</source>
        <comment>id.kind.foreign_passport</comment>
        <translation>Foreign passport</translation>
    </message>
    <message>
        <source>港澳居民来往内地通行证</source>
        <comment>id.kind.hk_macao_permit</comment>
        <translation>Mainland travel permit for Hong Kong and Macao residents</translation>
    </message>
    <message>
        <source>台湾居民来往大陆通行证</source>
        <comment>id.kind.taiwan_permit</comment>
        <translation>Mainland travel permit for Taiwan residents</translation>
    </message>
    <message>
        <source>往来港澳通行证</source>
        <comment>id.kind.exit_permit</comment>
        <translation>Exit-entry permit to Hong Kong and Macao</translation>
    </message>
    <message>
        <source>手机号码</source>
        <comment>id.kind.mobile</comment>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>未知证件类型</source>
        <comment>id.kind.unknown</comment>
        <translation>Unknown document type</translation>
    </message>
    <message>
        <source>号码为空</source>
        <comment>id.empty</comment>
        <translation>The number is empty</translation>
    </message>
    <message>
        <source>{kind}号码应为{length}位，实际为 {actual} 位</source>
        <comment>id.wrong_length</comment>
        <translation>{kind} numbers have {length} characters; this one has {actual}</translation>
    </message>
    <message>
        <source>第{position}位应为数字，实际为 {actual}</source>
        <comment>id.not_digit</comment>
        <translation>Character {position} must be a digit, not {actual}</translation>
    </message>
    <message>
        <source>第18位校验码只能是 0-9 或 X，实际为 {actual}</source>
        <comment>id.check_char</comment>
        <translation>Character 18 (the check character) must be 0-9 or X, not {actual}</translation>
    </message>
    <message>
        <source>第18位校验码应为 {expected}，实际为 {actual}</source>
        <comment>id.check_digit</comment>
        <translation>Character 18 (the check character) should be {expected}, not {actual}</translation>
    </message>
    <message>
        <source>第{positions}位出生日期 {date} 不存在</source>
        <comment>id.birth.not_a_date</comment>
        <translation>The birth date in characters {positions}, {date}, does not exist</translation>
    </message>
    <message>
        <source>第{positions}位出生日期 {date} 晚于今天（{today}）</source>
        <comment>id.birth.future</comment>
        <translation>The birth date in characters {positions}, {date}, is after today ({today})</translation>
    </message>
    <message>
        <source>第{positions}位出生日期 {date} 早于 {earliest}，应是输入错误</source>
        <comment>id.birth.too_early</comment>
        <translation>The birth date in characters {positions}, {date}, is before {earliest}: a typing error</translation>
    </message>
    <message>
        <source>出生日期 {date} 早于 1900 年，请核对证件</source>
        <comment>id.birth.before_1900</comment>
        <translation>Birth date {date} is before 1900: check the card</translation>
    </message>
    <message>
        <source>第1-6位地址码 {code} 是省级代码（{province}），不是个人的常住户口所在地代码</source>
        <comment>id.address.province_level</comment>
        <translation>Address code {code} (characters 1-6) is a province-level code ({province}), not a place of household registration</translation>
    </message>
    <message>
        <source>第1-6位地址码 {code} 不在 GB/T 2260 行政区划代码表（含历年代码）中，请核对证件</source>
        <comment>id.address.unknown</comment>
        <translation>Address code {code} (characters 1-6) is not in the GB/T 2260 division codes (past codes included): check the card</translation>
    </message>
    <message>
        <source>地址码 {code} 为已调整的行政区划：{history}</source>
        <comment>id.address.changed</comment>
        <translation>Address code {code} is a division that has since changed: {history}</translation>
    </message>
    <message>
        <source>第1-2位行政区划代码 {code} 不是有效的省级代码</source>
        <comment>id.province.invalid</comment>
        <translation>Characters 1-2, {code}, are not a valid province code</translation>
    </message>
    <message>
        <source>第1-2位行政区划代码 71（台湾省）不用于居民身份证；台湾居民的居住证号码以 83 开头</source>
        <comment>id.province.taiwan</comment>
        <translation>Characters 1-2, 71 (Taiwan), are not used on resident ID cards; residence permits of Taiwan residents start with 83</translation>
    </message>
    <message>
        <source>第1-2位代码 {code} 是港澳台居民居住证的地址码，不是居民身份证；请按港澳台居民居住证核验</source>
        <comment>id.province.permit</comment>
        <translation>Characters 1-2, {code}, are the address code of a Hong Kong, Macao or Taiwan residence permit, not of a resident ID card: check it as a residence permit</translation>
    </message>
    <message>
        <source>{reason}（15位旧号码也可）</source>
        <comment>id.or_legacy</comment>
        <translation>{reason} (a 15-digit old number is also accepted)</translation>
    </message>
    <message>
        <source>15位旧身份证号码第{position}位应为数字，实际为 {actual}</source>
        <comment>id.legacy.not_digit</comment>
        <translation>Character {position} of a 15-digit old ID number must be a digit, not {actual}</translation>
    </message>
    <message>
        <source>15位旧号码{reason}（年份按 19xx 计）</source>
        <comment>id.legacy.birth</comment>
        <translation>15-digit old number: {reason} (year read as 19xx)</translation>
    </message>
    <message>
        <source>15位旧号码，已转换为18位 {converted}</source>
        <comment>id.legacy.converted</comment>
        <translation>15-digit old number, converted to 18 digits: {converted}</translation>
    </message>
    <message>
        <source>第1-6位地址码应为 810000（香港）、820000（澳门）或 830000（台湾），实际为 {actual}</source>
        <comment>id.permit.address</comment>
        <translation>The address code (characters 1-6) must be 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan), not {actual}</translation>
    </message>
    <message>
        <source>2017版15位号码：仅核对格式（3位字母+12位数字）</source>
        <comment>id.foreign.note_2017</comment>
        <translation>2017 15-character number: format checked only (3 letters + 12 digits)</translation>
    </message>
    <message>
        <source>旧版永居证号码第{position}位应为字母（国籍代码），实际为 {actual}</source>
        <comment>id.foreign.letter_2017</comment>
        <translation>Character {position} of an old permanent resident number must be a letter (nationality code), not {actual}</translation>
    </message>
    <message>
        <source>旧版永居证号码第{position}位应为数字，实际为 {actual}</source>
        <comment>id.foreign.digit_2017</comment>
        <translation>Character {position} of an old permanent resident number must be a digit, not {actual}</translation>
    </message>
    <message>
        <source>{reason}（2017版为15位）</source>
        <comment>id.foreign.or_2017</comment>
        <translation>{reason} (the 2017 version has 15 characters)</translation>
    </message>
    <message>
        <source>第1位应为 9（外国人永久居留身份证的标识），实际为 {actual}</source>
        <comment>id.foreign.first</comment>
        <translation>Character 1 must be 9 (marks a foreign permanent resident ID card), not {actual}</translation>
    </message>
    <message>
        <source>第2-3位受理地省级代码 {code} 不是有效的省级代码</source>
        <comment>id.foreign.province</comment>
        <translation>Characters 2-3, {code}, are not a valid province code of the issuing place</translation>
    </message>
    <message>
        <source>国籍数字代码 {code}</source>
        <comment>id.foreign.nationality</comment>
        <translation>Nationality code {code}</translation>
    </message>
    <message>
        <source>无法识别证件类型：{length} 位的号码不符合任何可自动识别的证件格式；外国护照等请先选择证件类型</source>
        <comment>id.unrecognised</comment>
        <translation>Cannot tell the document type: a number of {length} characters fits no format that can be recognised; for a foreign passport and the like, choose the document type first</translation>
    </message>
    <message>
        <source>号码同时符合{kinds}的格式，无法自动判断：请选择证件类型</source>
        <comment>id.ambiguous</comment>
        <translation>The number fits the format of {kinds}: choose the document type</translation>
    </message>
    <message>
        <source>手机号码为空</source>
        <comment>id.mobile.empty</comment>
        <translation>The mobile number is empty</translation>
    </message>
    <message>
        <source>手机号码第{position}位应为数字，实际为 {actual}</source>
        <comment>id.mobile.not_digit</comment>
        <translation>Digit {position} of the mobile number must be a digit, not {actual}</translation>
    </message>
    <message>
        <source>手机号码应为11位数字，实际为 {actual} 位</source>
        <comment>id.mobile.length</comment>
        <translation>A mobile number has 11 digits; this one has {actual}</translation>
    </message>
    <message>
        <source>手机号码应以 13-19 开头，实际为 {actual}</source>
        <comment>id.mobile.prefix</comment>
        <translation>A mobile number starts with 13-19, not {actual}</translation>
    </message>
    <message>
        <source>第{position}位 {actual} 不是字母或数字</source>
        <comment>id.not_alnum</comment>
        <translation>Character {position}, {actual}, is not a letter or digit</translation>
    </message>
    <message>
        <source>E 字头的电子普通护照号码应为9位，实际为 {actual} 位</source>
        <comment>id.passport.e_length</comment>
        <translation>An e-passport number starting with E has 9 characters; this one has {actual}</translation>
    </message>
    <message>
        <source>第2位不能是字母 {letter}（电子普通护照不使用 I、O）</source>
        <comment>id.passport.e_letter</comment>
        <translation>Character 2 cannot be the letter {letter} (e-passports do not use I or O)</translation>
    </message>
    <message>
        <source>中国护照号码格式不符：应为 E+8位数字、E+字母+7位数字，或旧版 G+8位数字、D/S/P+7至8位数字</source>
        <comment>id.passport.format</comment>
        <translation>Not a Chinese passport number: it is E + 8 digits, E + a letter + 7 digits, or the old G + 8 digits or D/S/P + 7 to 8 digits</translation>
    </message>
    <message>
        <source>护照号码 {number} 是{actual}（{actual_code}），与所选证件类型{chosen}（{chosen_code}）不符</source>
        <comment>id.passport.type_mismatch</comment>
        <translation>Passport number {number} is a {actual} ({actual_code}), not the chosen document type {chosen} ({chosen_code})</translation>
    </message>
    <message>
        <source>外国护照号码按 ICAO 9303 至多 {max} 位，实际为 {actual} 位：请按护照资料页机读区第二行的证件号码填写</source>
        <comment>id.foreign_passport.too_long</comment>
        <translation>Under ICAO 9303 a foreign passport number has at most {max} characters; this one has {actual}: use the document number on the second line of the machine-readable zone</translation>
    </message>
    <message>
        <source>外国护照号码应为{min}至{max}位字母或数字，实际为 {actual} 位</source>
        <comment>id.foreign_passport.length</comment>
        <translation>A foreign passport number has {min} to {max} letters or digits; this one has {actual}</translation>
    </message>
    <message>
        <source>外国护照号码应含有数字：请核对是否把姓名或其他内容填入了证件号码</source>
        <comment>id.foreign_passport.no_digit</comment>
        <translation>A foreign passport number contains digits: check that no name or other text was typed as the number</translation>
    </message>
    <message>
        <source>外国护照：仅核对格式（ICAO 9303）</source>
        <comment>id.foreign_passport.note</comment>
        <translation>Foreign passport: format checked only (ICAO 9303)</translation>
    </message>
    <message>
        <source>换证次数 {renewals}；终身号码 {lifelong}</source>
        <comment>id.hk_macao.note</comment>
        <translation>Renewal count {renewals}; lifelong number {lifelong}</translation>
    </message>
    <message>
        <source>第1位应为 H（香港）或 M（澳门），实际为 {actual}</source>
        <comment>id.hk_macao.first</comment>
        <translation>Character 1 must be H (Hong Kong) or M (Macao), not {actual}</translation>
    </message>
    <message>
        <source>港澳居民来往内地通行证号码应为 H/M 加8位数字（或加2位换证次数共11位），实际为 {actual} 位</source>
        <comment>id.hk_macao.length</comment>
        <translation>A mainland travel permit for Hong Kong and Macao residents is H/M + 8 digits (or 11 with a 2-digit renewal count); this one has {actual} characters</translation>
    </message>
    <message>
        <source>旧版10位台胞证号码</source>
        <comment>id.taiwan.old_note</comment>
        <translation>Old 10-digit Taiwan compatriot permit number</translation>
    </message>
    <message>
        <source>台湾居民来往大陆通行证号码应为8位数字（旧版10位），实际为 {actual} 位</source>
        <comment>id.taiwan.length</comment>
        <translation>A mainland travel permit for Taiwan residents has 8 digits (old version 10); this one has {actual}</translation>
    </message>
    <message>
        <source>旧版本式通行证</source>
        <comment>id.exit.old_note</comment>
        <translation>Old booklet permit</translation>
    </message>
    <message>
        <source>第1位应为 C（电子往来港澳通行证）或 W（旧版），实际为 {actual}</source>
        <comment>id.exit.first</comment>
        <translation>Character 1 must be C (electronic permit) or W (old version), not {actual}</translation>
    </message>
    <message>
        <source>往来港澳通行证号码应为9位（字母加8位），实际为 {actual} 位</source>
        <comment>id.exit.length</comment>
        <translation>An exit-entry permit to Hong Kong and Macao has 9 characters (a letter and 8 more); this one has {actual}</translation>
    </message>
    <message>
        <source>第2位应为字母或数字，实际为 {actual}</source>
        <comment>id.exit.second</comment>
        <translation>Character 2 must be a letter or digit, not {actual}</translation>
    </message>
    <message>
        <source>统一社会信用代码应为18位，实际为 {actual} 位</source>
        <comment>id.uscc.length</comment>
        <translation>A unified social credit code has 18 characters; this one has {actual}</translation>
    </message>
    <message>
        <source>第{position}位 {actual} 不是统一社会信用代码可用的字符（0-9 和除 I、O、Z、S、V 外的大写字母）</source>
        <comment>id.uscc.char</comment>
        <translation>Character {position}, {actual}, cannot be in a unified social credit code (0-9 and capital letters except I, O, Z, S, V)</translation>
    </message>
    <message>
        <source>第1位登记管理部门代码 {code} 不存在</source>
        <comment>id.uscc.authority</comment>
        <translation>Character 1, registration authority code {code}, does not exist</translation>
    </message>
    <message>
        <source>第2位机构类别代码 {code} 不属于登记管理部门“{authority}”（应为 {allowed}）</source>
        <comment>id.uscc.type</comment>
        <translation>Character 2, organisation type code {code}, does not belong to the registration authority “{authority}” (it should be {allowed})</translation>
    </message>
    <message>
        <source>第{position}位应为数字（第3-8位是行政区划码），实际为 {actual}</source>
        <comment>id.uscc.region_digit</comment>
        <translation>Character {position} must be a digit (characters 3-8 are the division code), not {actual}</translation>
    </message>
    <message>
        <source>第17位（组织机构代码校验码）应为 {expected}，实际为 {actual}</source>
        <comment>id.uscc.org_check</comment>
        <translation>Character 17 (the organisation code&apos;s check character) should be {expected}, not {actual}</translation>
    </message>
    <message>
        <source>登记管理部门：{authority}；机构类别：{type}</source>
        <comment>id.uscc.note</comment>
        <translation>Registration authority: {authority}; organisation type: {type}</translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message>
        <source>还有 {count} 项未检查：{names}</source>
        <comment>inspection.unanswered</comment>
        <translation>{count} item(s) not checked yet: {names}</translation>
    </message>
    <message>
        <source>{names}等</source>
        <comment>inspection.and_more</comment>
        <translation>{names} and others</translation>
    </message>
    <message>
        <source>检查表中没有此项：{code}</source>
        <comment>inspection.no_such_item</comment>
        <translation>The checklist has no such item: {code}</translation>
    </message>
    <message>
        <source>巡查记录已签名，不能再修改；如需补充，请新建一次巡查</source>
        <comment>inspection.signed.no_change</comment>
        <translation>The inspection record is signed and can no longer be changed; to add to it, start a new inspection</translation>
    </message>
    <message>
        <source>说明不超过500字</source>
        <comment>inspection.note_too_long</comment>
        <translation>The note may be at most 500 characters</translation>
    </message>
    <message>
        <source>“{item}”不合格，请写明看到的问题</source>
        <comment>inspection.failed_needs_note</comment>
        <translation>“{item}” failed: describe the problem you saw</translation>
    </message>
    <message>
        <source>每项最多附10张照片</source>
        <comment>inspection.too_many_photos</comment>
        <translation>At most 10 photos per item</translation>
    </message>
    <message>
        <source>巡查记录已签名，不能再附照片</source>
        <comment>inspection.signed.no_photo</comment>
        <translation>The inspection record is signed; no more photos can be added</translation>
    </message>
    <message>
        <source>照片只接受 JPEG 或 PNG 文件</source>
        <comment>inspection.photo_format</comment>
        <translation>Photos must be JPEG or PNG files</translation>
    </message>
    <message>
        <source>照片超过 {max_mb} MB，请压缩后再附</source>
        <comment>inspection.photo_too_large</comment>
        <translation>The photo is larger than {max_mb} MB; make it smaller and add it again</translation>
    </message>
    <message>
        <source>巡查记录已签名</source>
        <comment>inspection.signed</comment>
        <translation>The inspection record is already signed</translation>
    </message>
    <message>
        <source>请巡查人签名</source>
        <comment>inspection.no_signature</comment>
        <translation>The inspector must sign</translation>
    </message>
    <message>
        <source>签名时间早于巡查开始时间，请检查本机时钟</source>
        <comment>inspection.signed_before_start</comment>
        <translation>The signing time is before the inspection began; check this computer&apos;s clock</translation>
    </message>
    <message>
        <source>巡查记录格式不正确</source>
        <comment>inspection.bad_record</comment>
        <translation>The inspection record is malformed</translation>
    </message>
    <message>
        <source>本中心自定义检查项的编号应以 own- 开头：{code}</source>
        <comment>inspection.own_code_prefix</comment>
        <translation>The code of this center&apos;s own checklist item must start with own-: {code}</translation>
    </message>
    <message>
        <source>检查项编号重复：{code}</source>
        <comment>inspection.duplicate_code</comment>
        <translation>Duplicate checklist item code: {code}</translation>
    </message>
    <message>
        <source>自定义检查项需填写类别和内容</source>
        <comment>inspection.own_item_incomplete</comment>
        <translation>An own checklist item needs a category and a text</translation>
    </message>
</context>
<context>
    <name>InspectionPage</name>
    <message>
        <source>合格</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>不合格</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>（照片 {n} 张）</source>
        <extracomment>The photos&apos; count after a finding&apos;s note; the text before &quot;{n}&quot; cuts it off again when the note is read back.</extracomment>
        <translation> (photos: {n})</translation>
    </message>
    <message>
        <source>新建巡查(&amp;N)</source>
        <translation>&amp;New inspection</translation>
    </message>
    <message>
        <source>以往的巡查</source>
        <translation>Past inspections</translation>
    </message>
    <message>
        <source>以往巡查：</source>
        <translation>Past inspections:</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>检查内容</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>情况说明</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>为所选项附照片(&amp;P)…</source>
        <translation>Attach a &amp;photo to the selected check…</translation>
    </message>
    <message>
        <source>从相机/高拍仪取照片(&amp;C)</source>
        <translation>Take photos from the &amp;camera/document camera</translation>
    </message>
    <message>
        <source>本中心检查项(&amp;I)…</source>
        <translation>This center&apos;s checklist &amp;items…</translation>
    </message>
    <message>
        <source>取相机或高拍仪拍出的照片（设备驱动写入：{folder}）</source>
        <translation>Take the photos a camera or document camera took (its driver writes to: {folder})</translation>
    </message>
    <message>
        <source>巡查人签名</source>
        <translation>Inspector&apos;s signature</translation>
    </message>
    <message>
        <source>在打印的记录上签名</source>
        <translation>Sign on the printed record</translation>
    </message>
    <message>
        <source>签名并完成(&amp;S)</source>
        <translation>&amp;Sign and finish</translation>
    </message>
    <message>
        <source>生成巡查记录 PDF(&amp;R)…</source>
        <translation>Make the inspection &amp;record PDF…</translation>
    </message>
    <message>
        <source>已签名</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>进行中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>{when}&#x3000;{state}&#x3000;不合格 {failed} 项</source>
        <translation>{when}&#x3000;{state}&#x3000;{failed} failed</translation>
    </message>
    <message>
        <source>“{item}”的结果</source>
        <translation>Result of “{item}”</translation>
    </message>
    <message>
        <source>合格 {p} 项，不合格 {f} 项，未检查 {left} 项</source>
        <translation>{p} passed, {f} failed, {left} not checked</translation>
    </message>
    <message>
        <source>点“新建巡查”开始一次现场巡查。</source>
        <translation>Click “New inspection” to start an inspection of the hall.</translation>
    </message>
    <message>
        <source>已开始巡查：逐项选择合格或不合格，不合格请写明情况。</source>
        <translation>Inspection started: choose pass or fail for each check; describe each failure.</translation>
    </message>
    <message>
        <source>请在“情况说明”中写明看到的问题，回车保存。</source>
        <translation>Describe what you saw in “Remarks”, then press Enter to save.</translation>
    </message>
    <message>
        <source>请先在列表中选择要附照片的检查项</source>
        <translation>Choose the check to attach a photo to in the list first</translation>
    </message>
    <message>
        <source>选择照片</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <source>照片 (*.jpg *.jpeg *.png)</source>
        <translation>Photos (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>本中心检查项已保存，下次开始的巡查将包括这些检查项；同步后报送中心。</source>
        <translation>This center&apos;s checklist items are saved; the next inspection started includes them. They are sent to the center with the next sync.</translation>
    </message>
    <message>
        <source>已从相机/高拍仪取得照片。</source>
        <translation>Photos taken from the camera/document camera.</translation>
    </message>
    <message>
        <source>以下文件未附上：</source>
        <translation>These files were not attached:</translation>
    </message>
    <message>
        <source>正在取照片…</source>
        <translation>Taking the photos…</translation>
    </message>
    <message>
        <source>正在保存照片…</source>
        <translation>Saving the photo…</translation>
    </message>
    <message>
        <source>巡查记录已签名，将在下次同步时报送中心。</source>
        <translation>Inspection record signed; it goes to the centre at the next sync.</translation>
    </message>
    <message>
        <source>保存巡查记录</source>
        <translation>Save the inspection record</translation>
    </message>
    <message>
        <source>巡查记录-{when}.pdf</source>
        <translation>inspection-{when}.pdf</translation>
    </message>
    <message>
        <source>巡查记录已保存：{path}</source>
        <translation>Inspection record saved: {path}</translation>
    </message>
    <message>
        <source>正在生成巡查记录…</source>
        <translation>Making the inspection record…</translation>
    </message>
</context>
<context>
    <name>IntakeCheck</name>
    <message>
        <source>请先选择办理事项</source>
        <comment>intake.no_item</comment>
        <translation>Choose a service item first</translation>
    </message>
    <message>
        <source>请填写申请人姓名</source>
        <comment>intake.no_applicant_name</comment>
        <translation>Enter the applicant&apos;s name</translation>
    </message>
    <message>
        <source>请填写企业名称</source>
        <comment>intake.no_enterprise_name</comment>
        <translation>Enter the enterprise&apos;s name</translation>
    </message>
    <message>
        <source>请填写法定代表人</source>
        <comment>intake.no_legal_representative</comment>
        <translation>Enter the legal representative</translation>
    </message>
    <message>
        <source>请填写代办人姓名</source>
        <comment>intake.no_agent_name</comment>
        <translation>Enter the agent&apos;s name</translation>
    </message>
    <message>
        <source>代办人证件：{reason}</source>
        <comment>intake.agent_id</comment>
        <translation>Agent&apos;s ID: {reason}</translation>
    </message>
    <message>
        <source>代办须有授权委托书，请登记委托书</source>
        <comment>intake.no_authorization</comment>
        <translation>An agent needs a power of attorney: record it</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>未能读取未完成的收件：{error}</source>
        <translation>Could not read the unfinished intakes: {error}</translation>
    </message>
    <message>
        <source>续办 {no} · </source>
        <translation>Resuming {no} · </translation>
    </message>
    <message>
        <source>已恢复未完成的收件：{title}</source>
        <translation>Unfinished intake restored: {title}</translation>
    </message>
    <message>
        <source>放弃草稿失败：{error}</source>
        <translation>Could not discard the draft: {error}</translation>
    </message>
    <message>
        <source>草稿未能保存：{error}。已输入的内容仍在屏幕上，修改后会再次尝试保存。</source>
        <translation>Draft not saved: {error}. What you entered is still on screen; saving is retried at the next change.</translation>
    </message>
    <message>
        <source>已受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>已即办办结</source>
        <translation>Completed on the spot</translation>
    </message>
    <message>
        <source>已出具一次性告知单</source>
        <translation>One-time notice issued</translation>
    </message>
    <message>
        <source>已容缺受理</source>
        <translation>Conditionally accepted</translation>
    </message>
    <message>
        <source>已不予受理</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>续办 {no}</source>
        <translation>Resuming {no}</translation>
    </message>
    <message>
        <source>新的收件</source>
        <translation>New intake</translation>
    </message>
    <message>
        <source> · 号票 {no}</source>
        <translation> · ticket {no}</translation>
    </message>
    <message>
        <source>没有读到身份证：请把证件放在阅读器上再试</source>
        <translation>No ID card read: place the card on the reader and try again</translation>
    </message>
    <message>
        <source>已读取身份证：{name}</source>
        <translation>ID card read: {name}</translation>
    </message>
    <message>
        <source>正在核验电子证照…</source>
        <translation>Checking the e-licence…</translation>
    </message>
    <message>
        <source>一件事：{name}（Delete 移除）</source>
        <translation>Bundle: {name} (Delete to remove)</translation>
    </message>
    <message>
        <source>本次办理（Delete 移除）</source>
        <translation>Chosen items (Delete to remove)</translation>
    </message>
    <message>
        <source>注意：一次告知未做到！首次告知单（{no}）没有列出以下材料：{names}。依规定须一次告知全部需补正的内容，此情况将报现场监督。</source>
        <translation>Warning: the one-time notice was incomplete! The first notice ({no}) did not list: {names}. All corrections must be notified at once; this will be reported to on-site supervision.</translation>
    </message>
    <message>
        <source>请填写不符合要求的原因：{names}</source>
        <translation>Give the reason why these are not acceptable: {names}</translation>
    </message>
    <message>
        <source>请写明需要核实的问题</source>
        <translation>State the questions to verify</translation>
    </message>
    <message>
        <source>正在记录决定并生成通知书…</source>
        <translation>Recording the decision and making the notices…</translation>
    </message>
    <message>
        <source>已登记，办件编号 {no}；请于 {due} 前告知申请人（超过 5 个工作日视为受理）</source>
        <translation>Registered as case {no}; notify the applicant by {due} (after 5 working days it counts as accepted)</translation>
    </message>
    <message>
        <source>{what}，办件编号 {no}</source>
        <translation>{what}: case {no}</translation>
    </message>
    <message>
        <source>已送打印：{n} 份通知书</source>
        <translation>Sent to the printer: {n} notice(s)</translation>
    </message>
    <message>
        <source>续办 {no}：已带出首次收件的申请人和已收材料</source>
        <translation>Resuming {no}: applicant and received materials taken over from the first visit</translation>
    </message>
    <message>
        <source>综合受理</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>续办(&amp;R)：</source>
        <translation>&amp;Resume:</translation>
    </message>
    <message>
        <source>一次性告知单上的办件编号，或扫描条码</source>
        <translation>Case number on the one-time notice, or scan it</translation>
    </message>
    <message>
        <source>新建收件</source>
        <translation>New intake</translation>
    </message>
    <message>
        <source>开始一个新的收件 (Ctrl+N)</source>
        <translation>Start a new intake (Ctrl+N)</translation>
    </message>
    <message>
        <source>继续未完成的收件：</source>
        <translation>Continue an unfinished intake:</translation>
    </message>
    <message>
        <source>继续办理(&amp;C)</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <source>放弃该草稿</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <source>办理事项(&amp;S)</source>
        <translation>&amp;Service items</translation>
    </message>
    <message>
        <source>名称、编码、拼音或首字母</source>
        <translation>Name, code, pinyin or initials</translation>
    </message>
    <message>
        <source>按部门筛选</source>
        <translation>Filter by department</translation>
    </message>
    <message>
        <source>找到的办理事项</source>
        <translation>Service items found</translation>
    </message>
    <message>
        <source>情形引导</source>
        <translation>Situation questions</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>申请材料(&amp;L)</source>
        <translation>Materia&amp;ls</translation>
    </message>
    <message>
        <source>空格：收到 / 缺少；D：不符合要求（填写原因）；1 原件、2 复印件、3 电子件</source>
        <translation>Space: received / missing; D: not acceptable (give the reason); 1 original, 2 copy, 3 electronic</translation>
    </message>
</context>
<context>
    <name>IntakeService</name>
    <message>
        <source>所选事项均为即办件，应当场办结（即办）</source>
        <comment>services.intake.all_instant</comment>
        <translation>All chosen items are done on the spot: finish them on the spot</translation>
    </message>
    <message>
        <source>承诺件不能当场办结，应予受理</source>
        <comment>services.intake.promised_not_instant</comment>
        <translation>Items with a promised date cannot be finished on the spot: accept them</translation>
    </message>
    <message>
        <source>材料不齐，不能受理：{names}</source>
        <comment>services.intake.incomplete</comment>
        <translation>Materials incomplete, cannot accept: {names}</translation>
    </message>
    <message>
        <source>材料齐全，无需一次性告知</source>
        <comment>services.intake.complete_no_notice</comment>
        <translation>The materials are complete: no one-time notice is needed</translation>
    </message>
    <message>
        <source>材料齐全，无需容缺受理</source>
        <comment>services.intake.complete_no_conditional</comment>
        <translation>The materials are complete: no conditional acceptance is needed</translation>
    </message>
    <message>
        <source>当前情况下不能作出该决定</source>
        <comment>services.intake.not_now</comment>
        <translation>This decision cannot be made as things stand</translation>
    </message>
    <message>
        <source>不能容缺受理：{reasons}</source>
        <comment>services.intake.no_conditional</comment>
        <translation>Cannot accept with materials to follow: {reasons}</translation>
    </message>
    <message>
        <source>{error}（本次录入已保留为草稿）</source>
        <comment>services.intake.kept_as_draft</comment>
        <translation>{error} (what was entered is kept as a draft)</translation>
    </message>
    <message>
        <source>不予受理必须写明理由</source>
        <comment>services.intake.no_refusal_reason</comment>
        <translation>A refusal to accept must state the reason</translation>
    </message>
    <message>
        <source>理由为不属于本机关职权范围的，须写明申请人应当向哪个有权机关申请（《行政许可法》第三十二条）</source>
        <comment>services.intake.no_competent_authority</comment>
        <translation>When the reason is that the matter is outside this authority&apos;s powers, state the competent authority the applicant should apply to (Administrative Licensing Law, Art. 32)</translation>
    </message>
    <message>
        <source>须写明行政复议机关（《行政复议法》第二十条）</source>
        <comment>services.intake.no_review_authority</comment>
        <translation>State the administrative reconsideration authority (Administrative Reconsideration Law, Art. 20)</translation>
    </message>
    <message>
        <source>找不到办件 {case}</source>
        <comment>services.intake.case_not_found</comment>
        <translation>Case {case} not found</translation>
    </message>
    <message>
        <source>办件 {case_no} 不是一次性告知的办件（当前状态：{state}），不能续办</source>
        <comment>services.intake.not_one_time_notice</comment>
        <translation>Case {case_no} is not a one-time-notice case (current state: {state}) and cannot be continued</translation>
    </message>
</context>
<context>
    <name>IntakeWorkspace</name>
    <message>
        <source>综合受理暂不可用：本机数据库尚未打开。请重新启动程序；如仍不能使用，请联系管理员。</source>
        <translation>Intake is unavailable: the local database is not open. Restart the program; if it still does not work, contact the administrator.</translation>
    </message>
    <message>
        <source>读卡</source>
        <translation>Read ID card</translation>
    </message>
    <message>
        <source>材料流转…</source>
        <translation>Transfer materials…</translation>
    </message>
    <message>
        <source>续办…</source>
        <translation>Resume a case…</translation>
    </message>
</context>
<context>
    <name>ItemSearch</name>
    <message>
        <source>{code}
{department} · 承诺时限 {limit}</source>
        <translation>{code}
{department} · promised time limit {limit}</translation>
    </message>
    <message>
        <source>匹配：{matched}</source>
        <translation>Matched: {matched}</translation>
    </message>
    <message>
        <source>【一件事】{name}</source>
        <translation>[One-stop] {name}</translation>
    </message>
    <message>
        <source>一次办理：{items}</source>
        <translation>All in one go: {items}</translation>
    </message>
    <message>
        <source>全部部门</source>
        <translation>All departments</translation>
    </message>
</context>
<context>
    <name>ListsPage</name>
    <message>
        <source>容缺受理承诺（未履行）</source>
        <translation>Conditional acceptance promises (not yet kept)</translation>
    </message>
    <message>
        <source>延后告知逾期、行政许可法第三十二条五日将满</source>
        <translation>Deferred notices overdue; the five days of Administrative Licensing Law art. 32 running out</translation>
    </message>
    <message>
        <source>一次告知不到位（第二次告知了第一次未列出的材料）</source>
        <translation>One-time notice incomplete (a second notice named materials the first did not)</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>政务服务窗口工作台</source>
        <translation>Government Service Desk</translation>
    </message>
    <message>
        <source>登录(&amp;L)</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <source>用户名(&amp;U)：</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>密码(&amp;P)：</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>请登录后开始工作。</source>
        <translation>Log in to start work.</translation>
    </message>
    <message>
        <source>窗口已锁定，办件信息已隐藏。{name}或接班的工作人员登录后继续。</source>
        <translation>The window is locked and case details are hidden. {name} or the clerk taking over logs in to continue.</translation>
    </message>
    <message>
        <source>切换用户（AB岗）：接班的工作人员登录后，接续本窗口未办完的工作；此后的每项操作都记录在接班人名下。</source>
        <translation>Switch user (backup post): the clerk taking over logs in and continues this window&apos;s unfinished work; every action from then on is recorded under their name.</translation>
    </message>
    <message>
        <source>{name}已注销。请登录后继续工作。</source>
        <translation>{name} has logged out. Log in to continue.</translation>
    </message>
    <message>
        <source>原工作人员</source>
        <translation>The previous clerk</translation>
    </message>
    <message>
        <source>中心服务器：{url}</source>
        <translation>Central server: {url}</translation>
    </message>
    <message>
        <source>连不上中心服务器时，{days} 天内在本机联网登录过的账号可离线登录。</source>
        <translation>When the central server cannot be reached, accounts that logged in on this PC online within {days} days can log in offline.</translation>
    </message>
    <message>
        <source>程序未能完成启动：{error}。请重新启动程序；如仍不能使用，请联系管理员。</source>
        <translation>The program could not finish starting: {error}. Please start it again; if it still cannot be used, contact your administrator.</translation>
    </message>
    <message>
        <source>正在登录…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <source>请输入用户名和密码</source>
        <translation>Enter your user name and password</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>登录中心服务器</source>
        <translation>Log in to the central server</translation>
    </message>
    <message>
        <source>中心服务器：{url}</source>
        <translation>Central server: {url}</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>稍后登录</source>
        <translation>Log in later</translation>
    </message>
    <message>
        <source>用户名(&amp;U)</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>密码(&amp;P)</source>
        <translation>&amp;Password</translation>
    </message>
</context>
<context>
    <name>LookupService</name>
    <message>
        <source>无法验证签名：本机的通知书密钥文件不可用（{error}），请联系管理员</source>
        <comment>services.lookup.no_key</comment>
        <translation>The signature cannot be verified: this PC’s notice key file is not available ({error}); please contact the administrator</translation>
    </message>
    <message>
        <source>办件 {case_no} 由工作站 {station} 受理，本窗口只同步本工作站的办件和待领取的结果：请到工作站 {station} 查询，结果待领取后可在此出件</source>
        <comment>services.lookup.elsewhere</comment>
        <extracomment>A case number of another station that this window does not hold: a window pulls what concerns it (issue 17).</extracomment>
        <translation>Case {case_no} was taken in at station {station}; this window receives only its own station’s cases and the results ready for hand-off: ask at station {station}; once its result is ready it can be handed out here</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>办件编号 / 身份证号 / 姓名，或扫描条码</source>
        <extracomment>A first start on a screen at most this wide opens maximized: a hall PC&apos;s 1366×768 is what the pages are laid out for (issue 15), and 85 % of it (1,162 px) made large text scroll the intake page sideways. What still works on the lock screen.</extracomment>
        <translation>Case number / ID number / name, or scan a barcode</translation>
    </message>
    <message>
        <source>输入后按回车查找办件；扫码枪扫描通知书条码会自动查找 (Ctrl+F)</source>
        <translation>Type and press Enter to find a case; scanning a notice barcode finds it directly (Ctrl+F)</translation>
    </message>
    <message>
        <source>查找办件</source>
        <translation>Find a case</translation>
    </message>
    <message>
        <source>当前登录的角色在本程序中没有工作区。
如需在窗口或后台工作，请切换用户，以相应角色的账号登录。</source>
        <translation>The role you are logged in with has no workspace in this program.
To work at a window or in the back office, switch user and log in with an account of that role.</translation>
    </message>
    <message>
        <source>综合受理工作区即将推出，暂不能新建受理</source>
        <translation>The intake workspace is coming soon; a new intake cannot be started yet</translation>
    </message>
    <message>
        <source>当前页面没有可打印的内容</source>
        <translation>Nothing to print on this page</translation>
    </message>
    <message>
        <source>已切换为大字模式</source>
        <translation>Switched to large text</translation>
    </message>
    <message>
        <source>已恢复标准字号</source>
        <translation>Standard font size restored</translation>
    </message>
    <message>
        <source>已切换为高对比度配色</source>
        <translation>Switched to high-contrast colors</translation>
    </message>
    <message>
        <source>已恢复标准配色</source>
        <translation>Standard colors restored</translation>
    </message>
    <message>
        <source>上次运行异常退出，崩溃记录已保存：{path}</source>
        <translation>The last run ended in a crash; its record was saved: {path}</translation>
    </message>
    <message>
        <source>缺少中文字体</source>
        <translation>Chinese font missing</translation>
    </message>
    <message>
        <source>政务服务窗口工作台</source>
        <translation>Government Service Desk</translation>
    </message>
    <message>
        <source>工作区导航</source>
        <translation>Workspace navigation</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>工作区(&amp;W)</source>
        <translation>&amp;Workspace</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>主工具栏</source>
        <translation>Main toolbar</translation>
    </message>
</context>
<context>
    <name>MaterialStatus</name>
    <message>
        <source>未核验</source>
        <comment>material.status.pending</comment>
        <extracomment>New kinds recorded by the case view (the central server must list them in ``KIND_ROLES``).</extracomment>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>已收取</source>
        <comment>material.status.received</comment>
        <translation>Received</translation>
    </message>
    <message>
        <source>免提交（数据共享）</source>
        <comment>material.status.shared</comment>
        <translation>Not needed (data sharing)</translation>
    </message>
    <message>
        <source>缺少</source>
        <comment>material.status.missing</comment>
        <translation>Missing</translation>
    </message>
    <message>
        <source>不符合要求</source>
        <comment>material.status.defective</comment>
        <translation>Not acceptable</translation>
    </message>
    <message>
        <source>容缺（承诺后补）</source>
        <comment>material.status.waived</comment>
        <translation>To follow (promised)</translation>
    </message>
    <message>
        <source>已补交</source>
        <comment>material.status.supplemented</comment>
        <translation>Supplied later</translation>
    </message>
</context>
<context>
    <name>MaterialsModel</name>
    <message>
        <source>材料</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>形式</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>说明 / 不符合要求的原因</source>
        <translation>Notes / what is wrong</translation>
    </message>
    <message>
        <source>扫描件</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>待核验</source>
        <translation>To check</translation>
    </message>
    <message>
        <source>已收取</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>已补齐</source>
        <translation>Supplied</translation>
    </message>
    <message>
        <source>免提交</source>
        <translation>Not needed</translation>
    </message>
    <message>
        <source>缺少</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>不符合要求</source>
        <translation>Not acceptable</translation>
    </message>
    <message>
        <source>容缺</source>
        <translation>Promised</translation>
    </message>
    <message>
        <source>原件</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>复印件</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>电子件</source>
        <translation>Electronic</translation>
    </message>
    <message>
        <source>请填写不符合要求的原因</source>
        <translation>Enter what is wrong</translation>
    </message>
    <message>
        <source>（可选）</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <source>（可容缺）</source>
        <translation> (may be promised)</translation>
    </message>
    <message>
        <source>{n} 页</source>
        <translation>{n} page(s)</translation>
    </message>
    <message>
        <source>已通过电子证照核验（证照编号 {no}）</source>
        <translation>Verified as an e-licence (licence number {no})</translation>
    </message>
    <message>
        <source>数据共享获取（{source}），无需申请人提交</source>
        <translation>Obtained by data sharing ({source}); the applicant need not submit it</translation>
    </message>
    <message>
        <source>数据共享获取，无需提交</source>
        <translation>Obtained by data sharing; not to be submitted</translation>
    </message>
</context>
<context>
    <name>MaterialsViewer</name>
    <message>
        <source>上一页(&amp;P)</source>
        <extracomment>A PDF page is rendered at this scale (72 dpi × 2: readable on screen, a few MB at most).</extracomment>
        <translation>&amp;Previous page</translation>
    </message>
    <message>
        <source>下一页(&amp;N)</source>
        <translation>&amp;Next page</translation>
    </message>
    <message>
        <source>该办件没有电子材料（扫描件）；请以纸质材料为准</source>
        <translation>This case has no electronic materials (scans); the paper materials are authoritative</translation>
    </message>
    <message>
        <source>正在读取扫描件…</source>
        <translation>Loading scans…</translation>
    </message>
    <message>
        <source>这一页无法显示（文件已损坏或格式不受支持）；请以纸质材料为准</source>
        <translation>This page cannot be shown (the file is damaged or of an unsupported format); the paper materials are authoritative</translation>
    </message>
    <message>
        <source>{name} 第 {page} 页（共 {n} 页中的第 {i} 页）</source>
        <translation>{name} page {page} (page {i} of {n})</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{first}；{rest}</source>
        <comment>messages.join</comment>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <source>{first}、{rest}</source>
        <comment>messages.enumeration</comment>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <source>{first}，{rest}</source>
        <comment>messages.clauses</comment>
        <extracomment>Clauses of one sentence (&quot;，&quot;).</extracomment>
        <translation>{first}, {rest}</translation>
    </message>
</context>
<context>
    <name>MovedDeadlinesModel</name>
    <message>
        <source>办件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>调整内容</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>重新计算时间</source>
        <translation>Recounted at</translation>
    </message>
    <message>
        <source>短信告知</source>
        <translation>SMS notice</translation>
    </message>
    <message>
        <source>已告知</source>
        <translation>Told</translation>
    </message>
    <message>
        <source>待告知（办结日期推后）</source>
        <translation>To tell (completion date later)</translation>
    </message>
    <message>
        <source>无需告知</source>
        <translation>No need to tell</translation>
    </message>
</context>
<context>
    <name>MovedDeadlinesPanel</name>
    <message>
        <source>国务院办公厅公布节假日安排后，按暂定安排计算的期限已重新计算。下列办件的日期有调整；承诺办结日期推后的，请短信或当面告知申请人。</source>
        <translation>Since the State Council General Office published the holiday schedule, deadlines counted on the provisional schedule have been recounted. The dates of the cases below changed; where the promised completion date moved later, tell the applicant by SMS or in person.</translation>
    </message>
    <message>
        <source>没有因节假日安排调整期限的办件。</source>
        <translation>No case had its deadlines moved by the holiday schedule.</translation>
    </message>
    <message>
        <source>短信告知申请人</source>
        <translation>Tell the applicant by SMS</translation>
    </message>
    <message>
        <source>将办结日期调整的短信排队发送给所选办件的申请人（仅发送一次）</source>
        <translation>Queue an SMS about the moved completion date to the applicants of the chosen cases (sent once only)</translation>
    </message>
    <message>
        <source>已排队发送短信至 {phone}（办件 {case_no}）。</source>
        <translation>SMS to {phone} queued (case {case_no}).</translation>
    </message>
</context>
<context>
    <name>NoticeArchiveService</name>
    <message>
        <source>该通知书归档时未保存内容文件（{name}），不能补打；可打开原 PDF 查看</source>
        <comment>services.notice_archive.no_content</comment>
        <translation>The content file of this notice was not kept when it was archived ({name}); it cannot be reprinted. The original PDF can be opened</translation>
    </message>
    <message>
        <source>通知书内容文件 {path} 已损坏，不能补打：{error}</source>
        <comment>services.notice_archive.content_damaged</comment>
        <translation>The content file {path} of the notice is damaged and cannot be reprinted: {error}</translation>
    </message>
</context>
<context>
    <name>NoticeCheck</name>
    <message>
        <source>签名不符：签发密钥 {key_id} 没有中心颁发的证书</source>
        <comment>notice_check.no_certificate</comment>
        <translation>Signature does not match: signing key {key_id} has no certificate from the center</translation>
    </message>
    <message>
        <source>签名不符：通知书日期 {day} 不在签发密钥证书的有效期内（{first} 至 {last}）</source>
        <comment>notice_check.out_of_validity</comment>
        <translation>Signature does not match: the notice&apos;s date {day} is outside its signing key certificate&apos;s validity ({first} to {last})</translation>
    </message>
    <message>
        <source>{verdict}；签发密钥经中心 {center} 证书核对（站点 {station}，有效至 {last}）</source>
        <comment>notice_check.certified</comment>
        <translation>{verdict}; the signing key checked against center {center}&apos;s certificate (station {station}, valid until {last})</translation>
    </message>
    <message>
        <source>{certified}；{judged}</source>
        <comment>notice_check.certified_revoked</comment>
        <translation>{certified}; {judged}</translation>
    </message>
    <message>
        <source>办件 {case_no} {title} {day}</source>
        <comment>notice_check.described</comment>
        <translation>case {case_no}, {title} of {day}</translation>
    </message>
    <message>
        <source>不是本系统通知书的二维码内容（格式应为 GD1|办件编号|类型|日期|摘要|密钥|签名）</source>
        <comment>notice_check.not_ours</comment>
        <translation>This QR code is not from one of our notices (the format is GD1|case number|kind|date|digest|key|signature)</translation>
    </message>
    <message>
        <source>未知的通知书类型代码 {code}</source>
        <comment>notice_check.unknown_kind</comment>
        <translation>unknown notice kind code {code}</translation>
    </message>
    <message>
        <source>二维码内容已损坏：{error}</source>
        <comment>notice_check.damaged</comment>
        <translation>the QR code&apos;s content is damaged: {error}</translation>
    </message>
    <message>
        <source>签名不符：{reason}</source>
        <comment>notice_check.mismatch</comment>
        <translation>Signature does not match: {reason}</translation>
    </message>
    <message>
        <source>签名不符：未知的签发密钥 {key_id}（不是已登记中心签发的通知书）</source>
        <comment>notice_check.unknown_key</comment>
        <translation>Signature does not match: unknown signing key {key_id} (not a notice issued by a registered center)</translation>
    </message>
    <message>
        <source>签名不符：{notice} 的内容与签名不一致，通知书可能被篡改或伪造</source>
        <comment>notice_check.tampered</comment>
        <translation>Signature does not match: the content of {notice} differs from its signature; the notice may have been altered or forged</translation>
    </message>
    <message>
        <source>真实：{notice}（密钥 {key_id}）</source>
        <comment>notice_check.genuine</comment>
        <translation>Genuine: {notice} (key {key_id})</translation>
    </message>
</context>
<context>
    <name>NoticeDesk</name>
    <message>
        <source>办件已保存，但通知书未能生成：通知书服务未就绪，未能生成 PDF。</source>
        <extracomment>What a desk&apos;s caller is told once the work is done: a problem in words (&quot;&quot; when all went well).</extracomment>
        <translation>The case is saved, but the notices could not be generated: the notice service is not ready, so no PDF was made.</translation>
    </message>
    <message>
        <source>正在生成通知书…</source>
        <translation>Generating the notices…</translation>
    </message>
    <message>
        <source>通知书服务未就绪，不能打印</source>
        <translation>The notice service is not ready: cannot print</translation>
    </message>
    <message>
        <source>正在打印通知书…</source>
        <translation>Printing the notices…</translation>
    </message>
    <message>
        <source>通知书服务未就绪，不能保存</source>
        <translation>The notice service is not ready: cannot save</translation>
    </message>
    <message>
        <source>正在保存 PDF…</source>
        <translation>Saving the PDF…</translation>
    </message>
</context>
<context>
    <name>NoticeIdType</name>
    <message>
        <source>居民身份证</source>
        <comment>notices.id_type.111</comment>
        <extracomment>Three-letter codes used in the QR payload (kept short so the QR stays small and robust). 证件类型 codes (GA/T 2000.156) most often seen at the window; others print as &quot;证件号码&quot;.</extracomment>
        <translation>Resident identity card</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <comment>notices.id_type.049</comment>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>护照</source>
        <comment>notices.id_type.414</comment>
        <translation>Passport</translation>
    </message>
    <message>
        <source>港澳居民来往内地通行证</source>
        <comment>notices.id_type.516</comment>
        <translation>Mainland travel permit for Hong Kong and Macao residents</translation>
    </message>
    <message>
        <source>台湾居民来往大陆通行证</source>
        <comment>notices.id_type.511</comment>
        <translation>Mainland travel permit for Taiwan residents</translation>
    </message>
</context>
<context>
    <name>NoticeKind</name>
    <message>
        <source>一次性告知单</source>
        <comment>notices.kind.deficiency</comment>
        <extracomment>Each kind&apos;s title: printed on the notice (in Chinese, as a ``str``) and named to the clerk (a ``Message``).</extracomment>
        <translation>Notice of missing materials</translation>
    </message>
    <message>
        <source>受理通知书</source>
        <comment>notices.kind.acceptance</comment>
        <translation>Acceptance notice</translation>
    </message>
    <message>
        <source>不予受理通知书</source>
        <comment>notices.kind.rejection</comment>
        <translation>Rejection notice</translation>
    </message>
    <message>
        <source>容缺受理承诺书</source>
        <comment>notices.kind.commitment</comment>
        <translation>Letter of commitment</translation>
    </message>
    <message>
        <source>材料流转交接单</source>
        <comment>notices.kind.transfer</comment>
        <translation>Material transfer sheet</translation>
    </message>
    <message>
        <source>领取回执</source>
        <comment>notices.kind.receipt</comment>
        <translation>Collection receipt</translation>
    </message>
    <message>
        <source>延期办理告知书</source>
        <comment>notices.kind.delay</comment>
        <translation>Extension notice</translation>
    </message>
</context>
<context>
    <name>NoticePreviewDialog</name>
    <message>
        <source>通知书预览</source>
        <translation>Notice preview</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>打印 (Ctrl+P)</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
</context>
<context>
    <name>NoticeService</name>
    <message>
        <source>办件已保存，但通知书未能生成：{errors}。可稍后按 Ctrl+P 重新打印。</source>
        <comment>services.notices.not_rendered</comment>
        <translation>The case is saved, but the notice could not be made: {errors}. It can be printed again later with Ctrl+P.</translation>
    </message>
    <message>
        <source>打印失败（办件已保存，可重新打印）：{problems}</source>
        <comment>services.notices.not_printed</comment>
        <translation>Printing failed (the case is saved and can be printed again): {problems}</translation>
    </message>
    <message>
        <source>{title}：{error}</source>
        <comment>services.notices.print_problem</comment>
        <translation>{title}: {error}</translation>
    </message>
    <message>
        <source>{title}（{case_no}）</source>
        <comment>services.notices.titled</comment>
        <translation>{title} ({case_no})</translation>
    </message>
    <message>
        <source>保存 PDF 失败：{error}</source>
        <comment>services.notices.pdf_not_saved</comment>
        <translation>Saving the PDF failed: {error}</translation>
    </message>
</context>
<context>
    <name>NumberingService</name>
    <message>
        <source>本机已被中心隔离（可能是从旧备份恢复的电脑），暂停为新办件编号，以免与中心已有的办件编号重复。已填写的内容已保存为草稿，管理员重新登记本机后即可继续受理。中心的说明：{reason}</source>
        <comment>services.numbering.quarantined</comment>
        <translation>This PC is quarantined by the center (perhaps restored from an old backup): new cases are not numbered, so that no number repeats one the center holds. What was entered is saved as a draft; once an administrator re-enrols this PC, intake continues. The center says: {reason}</translation>
    </message>
</context>
<context>
    <name>OfficeClient</name>
    <message>
        <source>中心服务器的材料清单无法识别</source>
        <comment>sync.office.bad_list</comment>
        <translation>The central server&apos;s list of materials cannot be read</translation>
    </message>
    <message>
        <source>扫描件过大，无法显示</source>
        <comment>sync.office.scan_too_large</comment>
        <translation>The scan is too large to show</translation>
    </message>
</context>
<context>
    <name>OfflineLoginService</name>
    <message>
        <source>无法连接中心服务器，且该用户未在本机联网登录过，不能离线登录；请检查网络后再试</source>
        <comment>services.offline_login.never_online</comment>
        <translation>Cannot connect to the central server, and this user has never logged in online on this PC: offline login is not possible. Check the network and try again</translation>
    </message>
    <message>
        <source>密码错误次数过多，请 {wait} 秒后再试</source>
        <comment>services.offline_login.too_many</comment>
        <translation>Too many wrong passwords: try again in {wait} s</translation>
    </message>
    <message>
        <source>离线登录已过期：上次联网登录是 {last}，离线登录只在 {valid_days} 天内有效；请连接中心服务器后登录</source>
        <comment>services.offline_login.expired</comment>
        <translation>Offline login has expired: the last online login was {last}, and offline login is valid for {valid_days} days only. Connect to the central server and log in</translation>
    </message>
    <message>
        <source>密码错误（离线登录，中心服务器暂时无法连接）</source>
        <comment>services.offline_login.wrong_password</comment>
        <translation>Wrong password (offline login; the central server cannot be reached at the moment)</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>程序内部出错（{kind}），本次操作可能未完成，已录入的内容仍在窗口中。错误已记入日志，请联系管理员。</source>
        <extracomment>A call running longer than this shows the busy dialog (a store write takes a few ms; a PDF a few hundred).</extracomment>
        <translation>Internal program error ({kind}): this action may not have finished; what you entered is still in the window. The error is logged; please contact the administrator.</translation>
    </message>
    <message>
        <source>请稍候</source>
        <extracomment>What the GUI thread calls back when an operation ends: kept here, never handed to a worker thread. Coroutines awaiting an operation (``wait``).</extracomment>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>未能完成</source>
        <translation>Could not finish</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>请安装文泉驿微米黑字体：Debian/Ubuntu 执行 sudo apt-get install fonts-wqy-microhei；Windows 系统自带的宋体或微软雅黑亦可。</source>
        <comment>printing.font.install_hint</comment>
        <extracomment>Families tried first, best first. Noto/Source Han are last resorts (their PDF text layer is broken).</extracomment>
        <translation>Install the WenQuanYi Micro Hei font: on Debian/Ubuntu run sudo apt-get install fonts-wqy-microhei. On Windows, the built-in SimSun or Microsoft YaHei also works.</translation>
    </message>
    <message>
        <source>未找到中文字体，通知书无法打印（打印出来会是方框）。{hint}</source>
        <comment>printing.font.none</comment>
        <translation>No Chinese font was found, so notices cannot be printed (they would print as boxes). {hint}</translation>
    </message>
    <message>
        <source>打印字体为 {family}：通知书可以打印，但 PDF 中的文字无法正确检索和复制。{hint}</source>
        <comment>printing.font.last_resort</comment>
        <translation>The print font is {family}: notices can be printed, but their text in the PDF cannot be searched or copied correctly. {hint}</translation>
    </message>
    <message>
        <source>打印字体“{family}”未安装，通知书无法打印。{hint}</source>
        <comment>printing.font.not_installed</comment>
        <translation>The print font “{family}” is not installed, so notices cannot be printed. {hint}</translation>
    </message>
    <message>
        <source>打印字体“{family}”缺少以下字符：{shown}，打印出来会是方框。请改用常用字或安装包含这些字的字体。</source>
        <comment>printing.font.lacks</comment>
        <translation>The print font “{family}” lacks these characters: {shown}. They would print as boxes. Use common characters instead, or install a font that has them.</translation>
    </message>
    <message>
        <source>{shown} 等 {count} 个字符</source>
        <comment>printing.font.lacks_more</comment>
        <translation>{shown} and others, {count} characters in all</translation>
    </message>
    <message>
        <source>“{ch}”(U+{code})</source>
        <comment>printing.font.character</comment>
        <translation>“{ch}” (U+{code})</translation>
    </message>
    <message>
        <source>程序正在退出或界面无响应，未能生成文件，请重试</source>
        <comment>printing.gui_unavailable</comment>
        <extracomment>Set while the program closes (``ui.operations`` shutdown): a print job still waiting for the GUI thread gives up instead of waiting for a thread that is joining it. How long a worker waits for the GUI thread to take its job before it says so (a GUI thread stuck that long is a bug; the job&apos;s words say the print did not happen instead of the worker hanging for ever).</extracomment>
        <translation>The program is closing or the window is not responding; the file was not made. Please try again</translation>
    </message>
    <message>
        <source>无法写入 PDF 文件 {path}：请检查目录是否存在、是否有写入权限、磁盘是否已满。</source>
        <comment>printing.pdf_unwritable</comment>
        <translation>The PDF file {path} cannot be written. Check that the folder exists, that you may write to it, and that the disk is not full.</translation>
    </message>
    <message>
        <source>无法换页，巡查记录未能完整写出。</source>
        <comment>printing.inspection_page_break</comment>
        <translation>A new page could not be started; the inspection record was not written in full.</translation>
    </message>
    <message>
        <source>条形码（含两侧空白区）宽 {barcode:.0f} 像素，超出版面（{page:.0f}）：请在模板中把 {{{{barcode_html}}}} 单独放在一行</source>
        <comment>printing.barcode_too_wide</comment>
        <translation>The barcode (with its quiet zones) is {barcode:.0f} pixels wide, wider than the page ({page:.0f}): put {{{{barcode_html}}}} on a line of its own in the template</translation>
    </message>
    <message>
        <source>默认打印机</source>
        <comment>printing.printer.default</comment>
        <translation>the default printer</translation>
    </message>
    <message>
        <source>通知书 PDF 已保存在 {path}，可稍后重新打印。</source>
        <comment>printing.printer.pdf_kept</comment>
        <translation>The notice PDF is saved at {path}; you can print it again later.</translation>
    </message>
    <message>
        <source>打印机“{name}”不可用（未安装或已脱机）。{kept}</source>
        <comment>printing.printer.unavailable</comment>
        <translation>The printer “{name}” is not available (not installed or offline). {kept}</translation>
    </message>
    <message>
        <source>无法连接打印机“{name}”：请检查打印机是否开机、联网、有纸。{kept}</source>
        <comment>printing.printer.not_connected</comment>
        <translation>Cannot reach the printer “{name}”: check that it is switched on, connected and has paper. {kept}</translation>
    </message>
    <message>
        <source>打印机“{name}”出错：{error}{kept}</source>
        <comment>printing.printer.failed</comment>
        <translation>The printer “{name}” failed: {error} {kept}</translation>
    </message>
    <message>
        <source>打印机“{name}”报告错误，打印未完成。{kept}</source>
        <comment>printing.printer.reported_error</comment>
        <translation>The printer “{name}” reported an error; printing did not finish. {kept}</translation>
    </message>
    <message>
        <source>打印机无法换页（可能缺纸或脱机）。</source>
        <comment>printing.page_break</comment>
        <translation>The printer could not start a new page (it may be out of paper or offline).</translation>
    </message>
    <message>
        <source>报表无法写入 {path}（文件被占用或目录不可写）</source>
        <comment>printing.report_locked</comment>
        <translation>The report cannot be written to {path} (the file is in use or the folder cannot be written to)</translation>
    </message>
    <message>
        <source>报表无法保存到 {path}：{error}</source>
        <comment>printing.report_unsaved</comment>
        <translation>The report cannot be saved to {path}: {error}</translation>
    </message>
    <message>
        <source>找不到通知书模板文件 {name}（已查找：{dirs}）</source>
        <comment>printing.template_missing</comment>
        <translation>The notice template file {name} was not found (looked in: {dirs})</translation>
    </message>
    <message>
        <source>{source}中有未知的占位符：{names}</source>
        <comment>printing.unknown_placeholders</comment>
        <translation>{source} has unknown placeholders: {names}</translation>
    </message>
    <message>
        <source>中心信息文件 {path} 格式错误：{exc}（需要 name、address、phone 字段）</source>
        <comment>printing.center_info_invalid</comment>
        <translation>The center information file {path} is malformed: {exc} (it needs the fields name, address and phone)</translation>
    </message>
</context>
<context>
    <name>ProgressService</name>
    <message>
        <source>认领，开始审查</source>
        <comment>services.progress.claimed</comment>
        <translation>Claimed; review started</translation>
    </message>
    <message>
        <source>决定：准予许可（{result_name}）</source>
        <comment>services.progress.approved</comment>
        <translation>Decided: approved ({result_name})</translation>
    </message>
    <message>
        <source>决定：不予许可；理由：{reason}</source>
        <comment>services.progress.denied</comment>
        <translation>Decided: refused; reason: {reason}</translation>
    </message>
    <message>
        <source>结果已出，转综合窗口出件</source>
        <comment>services.progress.ready</comment>
        <translation>Result ready; passed to the intake window for hand-over</translation>
    </message>
    <message>
        <source>后台要求补正</source>
        <comment>services.progress.correction_asked</comment>
        <translation>Back office asks for correction</translation>
    </message>
    <message>
        <source>请申请人补交</source>
        <comment>services.progress.ask_applicant</comment>
        <translation>Ask the applicant to supply it</translation>
    </message>
    <message>
        <source>后台说明</source>
        <comment>services.progress.note</comment>
        <translation>Back office&apos;s note</translation>
    </message>
    <message>
        <source>计时</source>
        <comment>services.progress.clock</comment>
        <translation>Clock</translation>
    </message>
    <message>
        <source>补正期间办理时限中止计算</source>
        <comment>services.progress.clock_stopped</comment>
        <translation>The time limit does not run during the correction</translation>
    </message>
    <message>
        <source>材料收齐后恢复计时，办件回到后台继续审批</source>
        <comment>services.progress.clock_resumes</comment>
        <translation>The clock runs again once the materials are in, and the case goes back to the back office</translation>
    </message>
    <message>
        <source>找不到该办件（可能尚未同步到本机）</source>
        <comment>services.progress.not_found</comment>
        <translation>Case not found (it may not be synchronised to this PC yet)</translation>
    </message>
    <message>
        <source>办件 {case_no} 没有待补正的后台要求</source>
        <comment>services.progress.no_correction</comment>
        <translation>Case {case_no} has no back-office request for correction</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>叫号</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>叫号 F7</source>
        <translation>Call F7</translation>
    </message>
    <message>
        <source>重呼 F8</source>
        <translation>Recall F8</translation>
    </message>
    <message>
        <source>转窗 F9</source>
        <translation>Transfer F9</translation>
    </message>
    <message>
        <source>过号 F10</source>
        <translation>Skip F10</translation>
    </message>
    <message>
        <source>转到几号窗口？回车确认，Esc 取消</source>
        <translation>Transfer to which window? Enter to confirm, Esc to cancel</translation>
    </message>
    <message>
        <source>正在叫号…</source>
        <translation>Calling…</translation>
    </message>
    <message>
        <source>正在重呼…</source>
        <translation>Recalling…</translation>
    </message>
    <message>
        <source>当前没有正在办理的号票，不能转窗：请先叫号（F7）</source>
        <translation>No ticket is being served: nothing to transfer. Call one first (F7)</translation>
    </message>
    <message>
        <source>{no} 已转到 {to} 号窗口</source>
        <translation>{no} transferred to window {to}</translation>
    </message>
    <message>
        <source>正在转窗…</source>
        <translation>Transferring…</translation>
    </message>
    <message>
        <source>{no} 已过号</source>
        <translation>{no} skipped</translation>
    </message>
    <message>
        <source>正在过号…</source>
        <translation>Skipping…</translation>
    </message>
    <message>
        <source>正在与叫号系统通信，请稍候</source>
        <translation>Talking to the queue system, please wait</translation>
    </message>
    <message>
        <source>没有人在等候</source>
        <translation>Nobody is waiting</translation>
    </message>
    <message>
        <source>已呼叫 {no}，请到本窗口办理</source>
        <translation>Called {no}: please come to this window</translation>
    </message>
    <message>
        <source>已重呼 {no}</source>
        <translation>Recalled {no}</translation>
    </message>
    <message>
        <source>无号票</source>
        <translation>No ticket</translation>
    </message>
    <message>
        <source>已等候 {m} 分 {s} 秒</source>
        <translation>Waited {m} min {s} s</translation>
    </message>
    <message>
        <source>还有 {n} 人等候</source>
        <translation>{n} still waiting</translation>
    </message>
    <message>
        <source>已取消转窗</source>
        <translation>Transfer cancelled</translation>
    </message>
    <message>
        <source>叫号在综合受理和出件工作区使用，且须设置叫号系统地址（设置文件的 queue_server_url）</source>
        <translation>The queue works in the Intake and Handoff workspaces, and needs the queue system&apos;s address (queue_server_url in the settings file)</translation>
    </message>
</context>
<context>
    <name>QueueService</name>
    <message>
        <source>叫号</source>
        <comment>services.queue.call</comment>
        <extracomment>Seconds to wait for the queue system: a clerk pressing 叫号 should hear within a few seconds that it is down. A queue system&apos;s answers are small; more than this is not an answer.</extracomment>
        <translation>calling the next number</translation>
    </message>
    <message>
        <source>重呼 {number}</source>
        <comment>services.queue.recall</comment>
        <translation>calling {number} again</translation>
    </message>
    <message>
        <source>把 {number} 转到 {to_window} 号窗口</source>
        <comment>services.queue.transfer</comment>
        <translation>passing {number} to window {to_window}</translation>
    </message>
    <message>
        <source>{number} 过号</source>
        <comment>services.queue.no_show</comment>
        <translation>marking {number} as not shown</translation>
    </message>
    <message>
        <source>重呼</source>
        <comment>services.queue.recall_word</comment>
        <translation>call again</translation>
    </message>
    <message>
        <source>转窗</source>
        <comment>services.queue.transfer_word</comment>
        <translation>pass to another window</translation>
    </message>
    <message>
        <source>过号</source>
        <comment>services.queue.no_show_word</comment>
        <translation>mark as not shown</translation>
    </message>
    <message>
        <source>叫号系统地址“{base_url}”无效，应形如 http://10.0.0.5:8080。可以不取号继续受理。</source>
        <comment>services.queue.bad_address</comment>
        <translation>The queue system address “{base_url}” is not valid; it should look like http://10.0.0.5:8080. Intake can go on without a ticket.</translation>
    </message>
    <message>
        <source>叫号系统（{host}）{timeout:g} 秒内没有回答，{what}未完成。可以不取号继续受理。</source>
        <comment>services.queue.timed_out</comment>
        <translation>The queue system ({host}) did not answer within {timeout:g} s; {what} was not done. Intake can go on without a ticket.</translation>
    </message>
    <message>
        <source>连接不上叫号系统（{host}），{what}未完成：请检查叫号机是否开启、网络是否正常。可以不取号继续受理。</source>
        <comment>services.queue.unreachable</comment>
        <translation>Cannot connect to the queue system ({host}); {what} was not done: check that the ticket machine is on and the network works. Intake can go on without a ticket.</translation>
    </message>
    <message>
        <source>叫号系统（{host}）出错（HTTP {status}），{what}未完成{said}。请联系管理员。可以不取号继续受理。</source>
        <comment>services.queue.failed</comment>
        <translation>The queue system ({host}) failed (HTTP {status}); {what} was not done{said}. Please contact the administrator. Intake can go on without a ticket.</translation>
    </message>
    <message>
        <source>：{why}</source>
        <comment>services.queue.said</comment>
        <translation>: {why}</translation>
    </message>
    <message>
        <source>叫号系统拒绝{what}：{why}</source>
        <comment>services.queue.refused_said</comment>
        <translation>The queue system refused {what}: {why}</translation>
    </message>
    <message>
        <source>叫号系统拒绝{what}（HTTP {status}）。可以不取号继续受理。</source>
        <comment>services.queue.refused</comment>
        <translation>The queue system refused {what} (HTTP {status}). Intake can go on without a ticket.</translation>
    </message>
    <message>
        <source>叫号系统（{host}）的回答无法识别，{what}未完成（{detail}）。请联系管理员。可以不取号继续受理。</source>
        <comment>services.queue.garbage</comment>
        <translation>The queue system&apos;s ({host}) answer cannot be read; {what} was not done ({detail}). Please contact the administrator. Intake can go on without a ticket.</translation>
    </message>
    <message>
        <source>等候人数 {waiting}</source>
        <comment>services.queue.waiting</comment>
        <translation>people waiting {waiting}</translation>
    </message>
    <message>
        <source>号票不是对象</source>
        <comment>services.queue.ticket_not_object</comment>
        <translation>the ticket is not an object</translation>
    </message>
    <message>
        <source>回答过长</source>
        <comment>services.queue.too_long</comment>
        <translation>the answer is too long</translation>
    </message>
    <message>
        <source>不是 JSON 对象</source>
        <comment>services.queue.not_json</comment>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <source>号票 {error}</source>
        <comment>services.queue.ticket</comment>
        <translation>ticket {error}</translation>
    </message>
    <message>
        <source>号码不是文字：{value}</source>
        <comment>services.queue.not_text</comment>
        <translation>the number is not text: {value}</translation>
    </message>
    <message>
        <source>请填写要转到的窗口号</source>
        <comment>services.queue.no_target</comment>
        <translation>Enter the window to pass the ticket to</translation>
    </message>
    <message>
        <source>{target} 号窗口就是本窗口，请填写另一个窗口号</source>
        <comment>services.queue.same_window</comment>
        <translation>Window {target} is this window: enter another window number</translation>
    </message>
    <message>
        <source>叫号出错：{error}。可以不取号继续受理。</source>
        <comment>services.queue.adapter_failed</comment>
        <translation>Calling failed: {error}. Intake can go on without a ticket.</translation>
    </message>
    <message>
        <source>本窗口未设置叫号系统地址（请管理员在设置文件中填写 queue_server_url）。可以不取号继续受理。</source>
        <comment>services.queue.no_queue</comment>
        <translation>No queue system address is set for this window (the administrator sets queue_server_url in the settings file). Intake can go on without a ticket.</translation>
    </message>
    <message>
        <source>未设置本窗口在叫号系统中的窗口号（请管理员在设置文件中填写 window_number 或 queue_window）。可以不取号继续受理。</source>
        <comment>services.queue.no_window</comment>
        <translation>This window&apos;s number in the queue system is not set (the administrator sets window_number or queue_window in the settings file). Intake can go on without a ticket.</translation>
    </message>
    <message>
        <source>当前没有正在办理的号票，不能{what}：请先叫号</source>
        <comment>services.queue.no_ticket</comment>
        <translation>No ticket is being served, so you cannot {what}: call the next number first</translation>
    </message>
</context>
<context>
    <name>QueueTicket</name>
    <message>
        <source>号票号码“{number}”无效</source>
        <comment>queue.ticket_invalid</comment>
        <translation>The ticket number “{number}” is not valid</translation>
    </message>
    <message>
        <source>号票的取号和叫号时间须带时区</source>
        <comment>queue.ticket_no_timezone</comment>
        <translation>A ticket&apos;s issue and call times need a time zone</translation>
    </message>
    <message>
        <source>号票 {number} 的叫号时间早于取号时间</source>
        <comment>queue.called_before_taken</comment>
        <translation>Ticket {number} was called before it was issued</translation>
    </message>
</context>
<context>
    <name>RatingControl</name>
    <message>
        <source>办件编号：{case_no}</source>
        <translation>Case number: {case_no}</translation>
    </message>
    <message>
        <source>评价未能记录：{error}</source>
        <translation>The rating could not be recorded: {error}</translation>
    </message>
    <message>
        <source>本窗口未连接评价器或评价屏，请引导申请人通过其他渠道评价。</source>
        <translation>No rating device or screen is connected to this window; point the applicant to another way to rate.</translation>
    </message>
    <message>
        <source>申请人已评价。</source>
        <translation>The applicant has rated.</translation>
    </message>
    <message>
        <source>请申请人在{where}上评价……</source>
        <translation>Applicant, please rate on the {where}…</translation>
    </message>
    <message>
        <source>出件后请申请人本人评价（工作人员不得代评或干预）。</source>
        <translation>After the handoff, ask the applicant to rate in person (staff must not rate for them or influence them).</translation>
    </message>
</context>
<context>
    <name>RatingFollowUp</name>
    <message>
        <source>回访核实</source>
        <comment>followup.step.verify</comment>
        <translation>verification with the applicant</translation>
    </message>
    <message>
        <source>整改</source>
        <comment>followup.step.rectify</comment>
        <translation>rectification</translation>
    </message>
    <message>
        <source>解释说明</source>
        <comment>followup.step.explain</comment>
        <translation>explanation</translation>
    </message>
    <message>
        <source>反馈</source>
        <comment>followup.step.feedback</comment>
        <translation>reply to the applicant</translation>
    </message>
    <message>
        <source>待回访核实</source>
        <comment>followup.stage.to_verify</comment>
        <translation>to verify</translation>
    </message>
    <message>
        <source>待整改</source>
        <comment>followup.stage.to_rectify</comment>
        <translation>to put right</translation>
    </message>
    <message>
        <source>待反馈</source>
        <comment>followup.stage.to_answer</comment>
        <translation>to report back</translation>
    </message>
    <message>
        <source>已办结</source>
        <comment>followup.stage.closed</comment>
        <translation>closed</translation>
    </message>
    <message>
        <source>{first}或{rest}</source>
        <comment>followup.either</comment>
        <translation>{first} or {rest}</translation>
    </message>
    <message>
        <source>办件 {case_no} 的差评现在应{wanted}，不能先{step}</source>
        <comment>followup.wrong_step</comment>
        <translation>The next step for the bad rating of case {case_no} is {wanted}, not {step}</translation>
    </message>
    <message>
        <source>请写明{step}的情况</source>
        <comment>followup.needs_note</comment>
        <translation>Describe the {step}</translation>
    </message>
    <message>
        <source>回访期限应大于 0 且不超过整改期限，整改期限不超过 60 个工作日</source>
        <comment>followup.deadlines</comment>
        <translation>The verification period must be more than 0 and no longer than the period to put it right, which is at most 60 working days</translation>
    </message>
    <message>
        <source>差评处理记录格式不正确</source>
        <comment>followup.bad_record</comment>
        <translation>The bad rating&apos;s follow-up record is malformed</translation>
    </message>
    <message>
        <source>说明不超过1000字</source>
        <comment>followup.note_too_long</comment>
        <translation>The note may be at most 1,000 characters</translation>
    </message>
    <message>
        <source>处理时间早于上一步，请检查本机时钟</source>
        <comment>followup.before_previous</comment>
        <translation>This step&apos;s time is before the previous step&apos;s; check this computer&apos;s clock</translation>
    </message>
    <message>
        <source>办件 {case_no} 的差评已处理完毕</source>
        <comment>followup.done</comment>
        <translation>The bad rating of case {case_no} has been dealt with already</translation>
    </message>
</context>
<context>
    <name>RatingsPage</name>
    <message>
        <source>按窗口</source>
        <translation>By window</translation>
    </message>
    <message>
        <source>按工作人员</source>
        <translation>By clerk</translation>
    </message>
    <message>
        <source>按事项</source>
        <translation>By service item</translation>
    </message>
    <message>
        <source>差评（须调查核实、督促整改并反馈，条例第五十二条）</source>
        <translation>Poor ratings (to be checked, fixed and answered; Regulations art. 52)</translation>
    </message>
    <message>
        <source>{at} {case_no}（{item}，{window} {clerk}）：{rating} 分 {reasons} {comment}</source>
        <translation>{at} {case_no} ({item}, {window} {clerk}): {rating} points {reasons} {comment}</translation>
    </message>
    <message>
        <source>本时段没有差评</source>
        <translation>No poor ratings in this period</translation>
    </message>
</context>
<context>
    <name>ReadyModel</name>
    <message>
        <source>办件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>容缺</source>
        <translation>Promised</translation>
    </message>
    <message>
        <source>办理结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Service item</translation>
    </message>
    <message>
        <source>暂缓发放</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>容缺受理：承诺的材料补齐前不能出件</source>
        <translation>Conditional acceptance: no handoff until the promised materials are supplied</translation>
    </message>
    <message>
        <source>待领取自</source>
        <translation>Waiting since</translation>
    </message>
</context>
<context>
    <name>ReceiptAuditService</name>
    <message>
        <source>无法从中心取得回执：{error}</source>
        <comment>services.receipt_audit.no_receipt</comment>
        <translation>Cannot get the receipt from the center: {error}</translation>
    </message>
    <message>
        <source>中心的答复无法读取：{error}</source>
        <comment>services.receipt_audit.bad_answer</comment>
        <translation>The center&apos;s answer cannot be read: {error}</translation>
    </message>
</context>
<context>
    <name>RejectFields</name>
    <message>
        <source>不属本机关职权范围时必填</source>
        <translation>Required when the matter is outside this authority&apos;s powers</translation>
    </message>
    <message>
        <source>有权机关(&amp;J)</source>
        <translation>Competent authority (&amp;J)</translation>
    </message>
    <message>
        <source>复议机关(&amp;V)</source>
        <translation>Re&amp;view body</translation>
    </message>
    <message>
        <source>默认：{body}</source>
        <translation>Default: {body}</translation>
    </message>
    <message>
        <source>必填：作出决定的机关的行政复议机关</source>
        <translation>Required: the administrative review body of the deciding authority</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>报表无法保存到 {path}：{error}</source>
        <comment>services.supervision_report.not_saved</comment>
        <translation>The report cannot be saved to {path}: {error}</translation>
    </message>
</context>
<context>
    <name>ResultFileDialog</name>
    <message>
        <source>办件 {case_no} 的办理结果文件</source>
        <translation>Result document of case {case_no}</translation>
    </message>
    <message>
        <source>图片</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>本机已存副本</source>
        <translation>copy kept on this PC</translation>
    </message>
    <message>
        <source>刚从中心服务器取回，已存本机</source>
        <translation>just fetched from the central server, kept on this PC</translation>
    </message>
    <message>
        <source>证照编号 {no}&#x3000;</source>
        <translation>Licence number {no}&#x3000;</translation>
    </message>
    <message>
        <source>{number}{kind}，{size} KB；{where}</source>
        <translation>{number}{kind}, {size} KB; {where}</translation>
    </message>
    <message>
        <source>该文件无法显示（不是可识别的图片或 PDF）；请联系后台核对</source>
        <translation>This file cannot be shown (not a recognised image or PDF); please ask the back office to check it</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ResultFileService</name>
    <message>
        <source>未连接中心服务器，结果文件尚未取回本机：联网并登录后再查看；出件可先核对证照编号</source>
        <comment>services.result_files.offline</comment>
        <translation>Not connected to the central server, the result file is not on this PC yet: connect and log in to view it; for the hand-over, check the licence number first</translation>
    </message>
    <message>
        <source>未连接中心服务器，结果文件尚未取回本机：联网并登录后再查看；出件可先核对证照编号（{licence_no}）</source>
        <comment>services.result_files.offline_licence_no</comment>
        <translation>Not connected to the central server, the result file is not on this PC yet: connect and log in to view it; for the hand-over, check the licence number first ({licence_no})</translation>
    </message>
    <message>
        <source>结果文件未能取回：{reason}</source>
        <comment>services.result_files.not_fetched</comment>
        <translation>The result file could not be fetched: {reason}</translation>
    </message>
    <message>
        <source>取回的结果文件与后台登记的校验值不符，未显示：请联系后台重新上传</source>
        <comment>services.result_files.hash_mismatch</comment>
        <translation>The fetched result file does not match the checksum the back office recorded and is not shown: ask the back office to upload it again</translation>
    </message>
</context>
<context>
    <name>RoleName</name>
    <message>
        <source>综合受理员</source>
        <comment>services.roles.role.intake</comment>
        <extracomment>Workspace keys each role sees, in navigation order. An admin sees all of them; the back office sees its own (后台审批: regulation 002 三 (二)), and a window clerk does not.</extracomment>
        <translation>intake clerk</translation>
    </message>
    <message>
        <source>出件窗口工作人员</source>
        <comment>services.roles.role.issuing</comment>
        <translation>hand-over clerk</translation>
    </message>
    <message>
        <source>现场监督人员</source>
        <comment>services.roles.role.supervisor</comment>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>管理员</source>
        <comment>services.roles.role.admin</comment>
        <translation>administrator</translation>
    </message>
    <message>
        <source>后台审批人员</source>
        <comment>services.roles.role.back_office</comment>
        <translation>back-office reviewer</translation>
    </message>
    <message>
        <source>系统</source>
        <comment>services.roles.role.system</comment>
        <translation>system</translation>
    </message>
    <message>
        <source>作出受理决定</source>
        <comment>services.roles.operation.decide</comment>
        <translation>decide on acceptance</translation>
    </message>
    <message>
        <source>办理出件</source>
        <comment>services.roles.operation.hand_over</comment>
        <translation>hand over results</translation>
    </message>
</context>
<context>
    <name>RoleService</name>
    <message>
        <source>{role}不能{operation}，只有{allowed}可以；请由有权限的工作人员登录（切换用户）后办理</source>
        <comment>services.roles.not_allowed</comment>
        <translation>A {role} cannot {operation}; only {allowed} can. Please have a member of staff with the permission log in (switch user) to do it</translation>
    </message>
</context>
<context>
    <name>RuntimeService</name>
    <message>
        <source>只有管理员可以在本机载入节假日安排，请以管理员身份登录后再试</source>
        <comment>services.runtime.admin_only</comment>
        <translation>Only an administrator can load the holiday schedule on this PC: log in as an administrator and try again</translation>
    </message>
</context>
<context>
    <name>ScanChooser</name>
    <message>
        <source>图片或PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>Images or PDF (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <source>文件夹</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>{suffix} 文件</source>
        <translation>{suffix} file</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>选择扫描件或照片</source>
        <translation>Choose a scan or photo</translation>
    </message>
    <message>
        <source>查找范围(&amp;L)：</source>
        <translation>Look &amp;in:</translation>
    </message>
    <message>
        <source>文件名(&amp;N)：</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <source>文件类型(&amp;T)：</source>
        <translation>File &amp;type:</translation>
    </message>
    <message>
        <source>打开(&amp;O)</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>补交材料</source>
        <translation>Supply material</translation>
    </message>
    <message>
        <source>登记补交“{name}”：是否附扫描件或照片？</source>
        <translation>Record the supply of “{name}”: with a scan or photo?</translation>
    </message>
    <message>
        <source>取消则不登记补交。</source>
        <translation>Cancel records no supply.</translation>
    </message>
    <message>
        <source>选择扫描件(&amp;S)…</source>
        <translation>Choose a &amp;scan…</translation>
    </message>
    <message>
        <source>无扫描件，仅登记(&amp;N)</source>
        <translation>&amp;No scan, record only</translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <source>中心服务器地址“{url}”无法识别：请填写 https:// 开头的地址，如 https://zwfw.example.gov.cn</source>
        <comment>services.server_settings.bad_address</comment>
        <translation>The central server address &quot;{url}&quot; is not recognised: enter an address starting with https://, such as https://zwfw.example.gov.cn</translation>
    </message>
    <message>
        <source>拒绝以明文 http 连接中心服务器 {host}：密码和群众的个人信息不得在网络上明文传输。请改为 https 地址（如 https://{netloc}），内网自建证书的请同时设置 ca_bundle；明文 http 只允许本机地址（127.0.0.1、localhost）</source>
        <comment>services.server_settings.plain_http</comment>
        <translation>Refusing to connect to central server {host} over plain http: passwords and citizens&apos; personal data must not cross the network unencrypted. Use an https address (such as https://{netloc}); with an intranet&apos;s own certificate also set the CA bundle. Plain http is allowed only to this machine (127.0.0.1, localhost)</translation>
    </message>
    <message>
        <source>找不到设置的 CA 证书文件 {ca_bundle}：请把本单位的根证书（PEM 格式）放到该位置，或改正路径；未连接中心服务器</source>
        <comment>services.server_settings.no_ca_bundle</comment>
        <translation>The CA certificate file {ca_bundle} was not found: put your organisation&apos;s root certificate (PEM) there or correct the path; the central server was not contacted</translation>
    </message>
    <message>
        <source>{ca_bundle} 不是 PEM 格式的证书文件：请选择本单位根证书（以 -----BEGIN CERTIFICATE----- 开头）</source>
        <comment>services.server_settings.not_pem</comment>
        <translation>{ca_bundle} is not a PEM certificate file: choose your organisation&apos;s root certificate (it starts with -----BEGIN CERTIFICATE-----)</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>已切换用户：{name} 接续本窗口的工作</source>
        <extracomment>The login or logout under way (kept referenced until it ends; tests await it).</extracomment>
        <translation>User switched: {name} continues this window&apos;s work</translation>
    </message>
    <message>
        <source>已离线登录：中心服务器暂时无法连接，办件保存在本机</source>
        <translation>Logged in offline: the central server cannot be reached; cases are kept on this PC</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>设置文件已损坏，已改用默认设置（原文件保存为 {aside}）</source>
        <comment>services.settings.broken</comment>
        <translation>The settings file was damaged; default settings are used (the old file was kept as {aside})</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>设置</source>
        <extracomment>Pages, by the key ``page`` names.</extracomment>
        <translation>Settings</translation>
    </message>
    <message>
        <source>设置页</source>
        <translation>Settings pages</translation>
    </message>
    <message>
        <source>中心服务器</source>
        <translation>Central server</translation>
    </message>
    <message>
        <source>服务器地址</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>服务器地址(&amp;A)：</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <source>CA 根证书文件</source>
        <translation>CA root certificate file</translation>
    </message>
    <message>
        <source>不填写时使用系统信任的证书颁发机构</source>
        <translation>Leave empty to use the certificate authorities the system trusts</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>选择 CA 根证书文件</source>
        <translation>Choose the CA root certificate file</translation>
    </message>
    <message>
        <source>CA 根证书(&amp;B)：</source>
        <translation>CA &amp;root certificate:</translation>
    </message>
    <message>
        <source>测试连接(&amp;T)</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>测试连接</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>政务内网使用本单位自建证书时，请选择管理员提供的根证书文件（PEM 格式）。证书验证始终开启；明文 http 只允许本机地址。保存后立即生效：更换服务器后须在新服务器上重新登录。</source>
        <translation>If the government intranet uses your organization&apos;s own certificates, choose the root certificate file (PEM format) provided by your administrator. Certificate verification is always on; plain http is allowed only for local addresses. Changes take effect as soon as they are saved: after changing the server you must log in again on the new server.</translation>
    </message>
    <message>
        <source>本窗口</source>
        <translation>This window</translation>
    </message>
    <message>
        <source>中心代码</source>
        <translation>Center code</translation>
    </message>
    <message>
        <source>8 位数字，如 41122101</source>
        <translation>8 digits, e.g. 41122101</translation>
    </message>
    <message>
        <source>中心代码(&amp;Z)：</source>
        <translation>&amp;Center code:</translation>
    </message>
    <message>
        <source>窗口号</source>
        <translation>Window number</translation>
    </message>
    <message>
        <source>如 3</source>
        <translation>e.g. 3</translation>
    </message>
    <message>
        <source>窗口号(&amp;W)：</source>
        <translation>&amp;Window number:</translation>
    </message>
    <message>
        <source>无操作自动锁定（分钟）</source>
        <translation>Auto-lock when idle (minutes)</translation>
    </message>
    <message>
        <source>0 至 {most} 分钟；0 为不自动锁定</source>
        <translation>0 to {most} minutes; 0 turns auto-lock off</translation>
    </message>
    <message>
        <source>无操作自动锁定(&amp;L)：</source>
        <translation>Auto-&amp;lock when idle:</translation>
    </message>
    <message>
        <source>中心代码和窗口号印在新办件的编号和通知书上，重新启动程序后用于新办件。</source>
        <translation>The center code and window number are printed in new case numbers and on notices; changes apply to new cases after the program is restarted.</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>通知书打印机</source>
        <translation>Notice printer</translation>
    </message>
    <message>
        <source>系统默认打印机</source>
        <translation>System default printer</translation>
    </message>
    <message>
        <source>{name}（未安装）</source>
        <translation>{name} (not installed)</translation>
    </message>
    <message>
        <source>打印机(&amp;P)：</source>
        <translation>&amp;Printer:</translation>
    </message>
    <message>
        <source>纸张</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>A4（210×297 毫米）</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>A5（148×210 毫米，按比例缩小）</source>
        <translation>A5 (148 × 210 mm, scaled down)</translation>
    </message>
    <message>
        <source>纸张(&amp;S)：</source>
        <translation>Paper &amp;size:</translation>
    </message>
    <message>
        <source>通知书模板目录</source>
        <translation>Notice template folder</translation>
    </message>
    <message>
        <source>不填写时使用程序自带的模板</source>
        <translation>Leave empty to use the built-in templates</translation>
    </message>
    <message>
        <source>选择通知书模板目录</source>
        <translation>Choose the notice template folder</translation>
    </message>
    <message>
        <source>模板目录(&amp;M)：</source>
        <translation>Te&amp;mplate folder:</translation>
    </message>
    <message>
        <source>通知书抬头：中心名称</source>
        <translation>Notice header: center name</translation>
    </message>
    <message>
        <source>抬头名称(&amp;N)：</source>
        <translation>Header &amp;name:</translation>
    </message>
    <message>
        <source>通知书抬头：地址</source>
        <translation>Notice header: address</translation>
    </message>
    <message>
        <source>地址(&amp;D)：</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>通知书抬头：联系电话</source>
        <translation>Notice header: phone number</translation>
    </message>
    <message>
        <source>联系电话(&amp;E)：</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>印章图片文件</source>
        <translation>Seal image file</translation>
    </message>
    <message>
        <source>透明底 PNG；不填写时不印章</source>
        <translation>PNG with a transparent background; leave empty for no seal</translation>
    </message>
    <message>
        <source>选择印章图片</source>
        <translation>Choose the seal image</translation>
    </message>
    <message>
        <source>印章图片(&amp;G)：</source>
        <translation>Seal &amp;image:</translation>
    </message>
    <message>
        <source>界面</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>简体中文</source>
        <translation>Simplified Chinese</translation>
    </message>
    <message>
        <source>界面语言(&amp;Y)：</source>
        <translation>Interface lan&amp;guage:</translation>
    </message>
    <message>
        <source>字号</source>
        <translation>Font size</translation>
    </message>
    <message>
        <source>标准字号</source>
        <translation>Standard font size</translation>
    </message>
    <message>
        <source>大字模式（适老化，正文 18 磅以上）</source>
        <translation>Large text (accessibility, body text 18 pt or larger)</translation>
    </message>
    <message>
        <source>字号(&amp;X)：</source>
        <translation>&amp;Font size:</translation>
    </message>
    <message>
        <source>配色</source>
        <translation>Colors</translation>
    </message>
    <message>
        <source>标准配色</source>
        <translation>Standard colors</translation>
    </message>
    <message>
        <source>高对比度（黑白）</source>
        <translation>High contrast (black and white)</translation>
    </message>
    <message>
        <source>配色(&amp;C)：</source>
        <translation>C&amp;olors:</translation>
    </message>
    <message>
        <source>字号和配色保存后立即生效，也可随时按 Ctrl+Shift+T（大字）、Ctrl+Shift+H（高对比度）切换。界面语言在重新启动程序后生效。</source>
        <translation>Font size and colors take effect as soon as they are saved; you can also switch them at any time with Ctrl+Shift+T (large text) and Ctrl+Shift+H (high contrast). The interface language takes effect after the program is restarted.</translation>
    </message>
    <message>
        <source>现场监督</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>黄牌预警：承诺时限已用百分比</source>
        <translation>Yellow card: share of the time limit used</translation>
    </message>
    <message>
        <source>黄牌预警(&amp;Y)：</source>
        <translation>&amp;Yellow card at:</translation>
    </message>
    <message>
        <source>% 承诺时限已用</source>
        <translation>% of the time limit used</translation>
    </message>
    <message>
        <source>后台认领时限（工作日）</source>
        <translation>Back-office claim limit (working days)</translation>
    </message>
    <message>
        <source>后台认领时限(&amp;B)：</source>
        <translation>&amp;Back-office claim limit:</translation>
    </message>
    <message>
        <source>个工作日内未认领计为环节超时</source>
        <translation>working days; unclaimed after that is a step overrun</translation>
    </message>
    <message>
        <source>现场监督的超期预警（红牌：已超期；黄牌：承诺时限已用到上述比例；环节超时：后台未按时认领），保存后刷新总览即按新的阈值计算。</source>
        <translation>The supervision&apos;s overdue warnings (red: past the promised date; yellow: the share above of the time limit used; step overrun: not claimed by the back office in time). After saving, refresh the overview to count with the new thresholds.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>分钟（0 为不锁定）</source>
        <translation>minutes (0 = never lock)</translation>
    </message>
    <message>
        <source>选择 CA 根证书</source>
        <translation>Choose the CA root certificate</translation>
    </message>
    <message>
        <source>证书文件 (*.pem *.crt *.cer);;所有文件 (*)</source>
        <translation>Certificate files (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>图片 (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>设置无法保存：{error}</source>
        <translation>Settings could not be saved: {error}</translation>
    </message>
    <message>
        <source>正在连接 {server} …</source>
        <translation>Connecting to {server}…</translation>
    </message>
</context>
<context>
    <name>ShortcutHelpDialog</name>
    <message>
        <source>快捷键</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>快捷键列表</source>
        <translation>List of keyboard shortcuts</translation>
    </message>
    <message>
        <source>按键</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>作用</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>适用范围</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>请领取人在此签名（鼠标、手写笔或手指）</source>
        <translation>Collector signs here (mouse, pen or finger)</translation>
    </message>
    <message>
        <source>领取人签名</source>
        <translation>Collector&apos;s signature</translation>
    </message>
</context>
<context>
    <name>Signatures</name>
    <message>
        <source>承诺书</source>
        <comment>signatures.what.commitment_letter</comment>
        <translation>letter of commitment</translation>
    </message>
    <message>
        <source>领取回执</source>
        <comment>signatures.what.collection_receipt</comment>
        <translation>collection receipt</translation>
    </message>
    <message>
        <source>请填写{what}的签字人</source>
        <comment>signatures.no_signer</comment>
        <translation>Enter who signs the {what}</translation>
    </message>
    <message>
        <source>{what}须由签字人在签字板上签名，或在纸质{what}上签字后由工作人员确认</source>
        <comment>signatures.not_signed</comment>
        <translation>The {what} must be signed on the signature pad, or signed on the paper {what} and then confirmed by the clerk</translation>
    </message>
</context>
<context>
    <name>SimulatedRatingDevice</name>
    <message>
        <source>评价器</source>
        <translation>rating device</translation>
    </message>
</context>
<context>
    <name>SituationPanel</name>
    <message>
        <source>所选事项没有需要选择的情形</source>
        <extracomment>Up to this many options are shown as radio buttons; more go into a combo box.</extracomment>
        <translation>The chosen service items have no situations to choose</translation>
    </message>
</context>
<context>
    <name>SmsPurpose</name>
    <message>
        <source>领取通知</source>
        <comment>sms.purpose.result_ready</comment>
        <translation>Ready for collection</translation>
    </message>
    <message>
        <source>文件柜取件码</source>
        <comment>sms.purpose.locker</comment>
        <translation>Locker pickup code</translation>
    </message>
    <message>
        <source>邮寄通知</source>
        <comment>sms.purpose.mailed</comment>
        <translation>Posted</translation>
    </message>
    <message>
        <source>补交提醒（到期前）</source>
        <comment>sms.purpose.remind_before</comment>
        <translation>Supplement reminder (before due)</translation>
    </message>
    <message>
        <source>补交提醒（到期当日）</source>
        <comment>sms.purpose.remind_due</comment>
        <translation>Supplement reminder (due today)</translation>
    </message>
    <message>
        <source>逾期告知</source>
        <comment>sms.purpose.overdue</comment>
        <translation>Overdue notice</translation>
    </message>
    <message>
        <source>撤销受理告知</source>
        <comment>sms.purpose.revoked</comment>
        <translation>Revocation notice</translation>
    </message>
    <message>
        <source>延期办理告知</source>
        <comment>sms.purpose.delay</comment>
        <translation>Extension notice</translation>
    </message>
    <message>
        <source>办结日期调整告知</source>
        <comment>sms.purpose.deadline_moved</comment>
        <translation>Completion date change</translation>
    </message>
    <message>
        <source>监督催办提醒</source>
        <comment>sms.purpose.supervision_reminder</comment>
        <translation>Supervision reminder</translation>
    </message>
    <message>
        <source>补正告知</source>
        <comment>sms.purpose.correction</comment>
        <translation>Correction notice</translation>
    </message>
    <message>
        <source>审批结果告知</source>
        <comment>sms.purpose.decision</comment>
        <translation>Decision notice</translation>
    </message>
</context>
<context>
    <name>SmsService</name>
    <message>
        <source>办件 {case_no} 的申请人没有登记手机号码，无法发送短信，请电话或当面告知</source>
        <comment>services.sms.no_phone</comment>
        <translation>The applicant of case {case_no} has no mobile number registered; no SMS can be sent. Please tell them by phone or in person</translation>
    </message>
    <message>
        <source>申请人手机号码 {phone} 不是有效的手机号码，无法发送短信</source>
        <comment>services.sms.bad_phone</comment>
        <translation>The applicant&apos;s mobile number {phone} is not a valid mobile number; no SMS can be sent</translation>
    </message>
    <message>
        <source>找不到这条短信</source>
        <comment>services.sms.not_found</comment>
        <translation>This SMS cannot be found</translation>
    </message>
    <message>
        <source>监督催办短信已改为经中心服务器即时发送，本机排队的旧催办短信不再发送，请在现场监督页面重新催办</source>
        <comment>services.sms.old_reminder</comment>
        <extracomment>Why a supervisor&apos;s reminder an older version queued here is never sent (the center refused them all: a number the window named, a free text): a reminder now goes at once through the center (``SupervisionService.remind_clerk``).</extracomment>
        <translation>Supervision reminders are now sent at once through the central server; reminders queued on this PC by an older version are not sent. Please remind again from the supervision page</translation>
    </message>
</context>
<context>
    <name>SmsStatus</name>
    <message>
        <source>待发送</source>
        <comment>services.sms.status.queued</comment>
        <translation>Queued</translation>
    </message>
    <message>
        <source>已发送</source>
        <comment>services.sms.status.sent</comment>
        <translation>Sent</translation>
    </message>
    <message>
        <source>发送失败</source>
        <comment>services.sms.status.failed</comment>
        <translation>Failed</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>立即同步</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>立即与中心服务器交换数据 (F5)</source>
        <translation>Exchange data with the central server now (F5)</translation>
    </message>
    <message>
        <source>查看</source>
        <translation>View</translation>
    </message>
    <message>
        <source>查看中心拒收或有冲突的记录 (Ctrl+Shift+N)</source>
        <translation>View the records the center refused or that conflict (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>● 正在同步…</source>
        <translation>● Syncing…</translation>
    </message>
    <message>
        <source>● 在线</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>● {state}</source>
        <translation>● {state}</translation>
    </message>
    <message>
        <source>● 离线</source>
        <translation>● Offline</translation>
    </message>
    <message>
        <source>已连接中心服务器</source>
        <translation>Connected to the central server</translation>
    </message>
    <message>
        <source>未连接中心服务器：办件照常保存在本机，联网后自动上传</source>
        <translation>Not connected to the central server: cases are saved on this computer and sent when the line is back</translation>
    </message>
    <message numerus="yes">
        <source>待上传 %n 条</source>
        <translation>
            <numerusform>%n record to send</numerusform>
            <numerusform>%n records to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>，%n 条需处理</source>
        <translation>
            <numerusform>, %n needs attention</numerusform>
            <numerusform>, %n need attention</numerusform>
        </translation>
    </message>
    <message>
        <source>本机已保存、尚未被中心服务器接收的记录数</source>
        <translation>Records saved here that the central server has not yet received</translation>
    </message>
    <message>
        <source>尚未同步</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <source>上次同步 {time}</source>
        <translation>Last sync {time}</translation>
    </message>
    <message>
        <source>同步失败：{error}</source>
        <translation>Sync failed: {error}</translation>
    </message>
    <message>
        <source>快</source>
        <translation>ahead of</translation>
    </message>
    <message>
        <source>慢</source>
        <translation>behind</translation>
    </message>
    <message>
        <source>本机时间比服务器{direction} {minutes} 分钟，请校准系统时间</source>
        <translation>This computer&apos;s clock is {minutes} min {direction} the server&apos;s: please correct it</translation>
    </message>
    <message>
        <source>办件时间和期限以服务器时间为准；本机时间不准会导致期限计算错误</source>
        <translation>Case times and deadlines follow the server&apos;s clock; a wrong local clock miscalculates deadlines</translation>
    </message>
    <message>
        <source>未登录</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <source>{number}号窗口</source>
        <translation>Window {number}</translation>
    </message>
    <message>
        <source>未设置窗口</source>
        <translation>No window set</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>本地数据库出错，办件未保存：请重试；如反复出现，请联系管理员</source>
        <comment>store.failed</comment>
        <translation>The local database failed and the case was not saved. Please try again; if it keeps happening, contact the administrator</translation>
    </message>
    <message>
        <source>磁盘已满，办件未保存：请清理磁盘后重试，已录入的内容仍在窗口中</source>
        <comment>store.disk_full</comment>
        <translation>The disk is full and the case was not saved. Free some disk space and try again; what you entered is still in the window</translation>
    </message>
    <message>
        <source>数据库文件只读，办件未保存：请检查文件权限或磁盘是否写保护，已录入的内容仍在窗口中</source>
        <comment>store.read_only</comment>
        <translation>The database file is read-only and the case was not saved. Check the file&apos;s permissions or whether the disk is write-protected; what you entered is still in the window</translation>
    </message>
    <message>
        <source>数据库文件已损坏或不是 govdesk 数据库：请停止使用并联系管理员从备份恢复，不要删除该文件</source>
        <comment>store.corrupt</comment>
        <translation>The database file is damaged or is not a govdesk database. Stop using it and contact the administrator to restore it from a backup; do not delete the file</translation>
    </message>
    <message>
        <source>数据库正忙（另一操作尚未完成），办件未保存：请稍后重试，已录入的内容仍在窗口中</source>
        <comment>store.busy</comment>
        <translation>The database is busy (another operation has not finished) and the case was not saved. Try again in a moment; what you entered is still in the window</translation>
    </message>
    <message>
        <source>无法打开数据库文件：请检查文件夹是否存在、磁盘是否连接，以及是否有写入权限</source>
        <comment>store.unavailable</comment>
        <translation>The database file cannot be opened. Check that the folder exists, the disk is connected and you may write to it</translation>
    </message>
    <message>
        <source>读写磁盘出错，办件未保存：请检查磁盘后重试，已录入的内容仍在窗口中</source>
        <comment>store.io_error</comment>
        <translation>Reading or writing the disk failed and the case was not saved. Check the disk and try again; what you entered is still in the window</translation>
    </message>
    <message>
        <source>数据冲突（编号或记录已存在），办件未保存：请核对后重试</source>
        <comment>store.conflict</comment>
        <translation>The data conflicts (the number or record already exists) and the case was not saved. Check it and try again</translation>
    </message>
    <message>
        <source>该办件已在别处被修改，本页的内容已过时，本次保存未写入：请重新打开该办件后再操作</source>
        <comment>store.stale</comment>
        <translation>This case was changed elsewhere and this page is out of date, so nothing was saved. Open the case again and redo the change</translation>
    </message>
    <message>
        <source>本机数据库已加密，但系统密钥环中没有它的密钥（可能换了电脑、重装了系统或换了 Windows 账户）。没有密钥，任何人都无法打开它，本程序也不会改动它。请不要删除该文件，联系管理员：已同步的办件可在重新登记本窗口后从中心取回；未同步的办件只能用原来的 Windows 账户在原电脑上打开后同步。</source>
        <comment>store.key_missing</comment>
        <translation>This computer&apos;s database is encrypted, but the system keyring has no key for it (the computer, the system or the Windows account may have changed). Without the key nobody can open it, and this program will not change it. Do not delete the file; contact the administrator: synchronized cases can be fetched from the center after this window is registered again; unsynchronized cases can only be opened and synchronized on the original computer with the original Windows account.</translation>
    </message>
    <message>
        <source>系统密钥环中的密钥打不开本机数据库：密钥属于另一个数据库，或数据库文件已损坏。本程序没有改动该文件。请联系管理员核对密钥与数据库是否对应，必要时从备份恢复。</source>
        <comment>store.key_wrong</comment>
        <translation>The key in the system keyring does not open this computer&apos;s database: the key belongs to another database, or the database file is damaged. This program has not changed the file. Contact the administrator to check that key and database belong together, and restore from a backup if needed.</translation>
    </message>
    <message>
        <source>本机的一份扫描件无法解密：文件已损坏或被改动，或不是用本机数据库的密钥加密的。该文件不会被上传或显示；请重新扫描该材料，或联系管理员。</source>
        <comment>store.sealed_file_damaged</comment>
        <translation>A scanned file on this computer cannot be decrypted: it is damaged or was changed, or it was not encrypted with this database&apos;s key. It will not be uploaded or shown. Scan the material again, or contact the administrator.</translation>
    </message>
    <message>
        <source>本机的扫描件已加密，但没有打开它的密钥（本机数据库未以密钥打开）</source>
        <comment>store.sealed_no_key</comment>
        <translation>The scanned files on this computer are encrypted, but there is no key to open them (the database was not opened with its key)</translation>
    </message>
    <message>
        <source>本机存档的文件“{name}”无法解密：文件已损坏或被改动，或不是用本机数据库的密钥加密的。请联系管理员。</source>
        <comment>store.kept_file_damaged</comment>
        <extracomment>A signature drawn on the pad or an archived notice (``store.sealed_files``) that does not open.</extracomment>
        <translation>The file “{name}” kept on this computer cannot be decrypted: it is damaged or was changed, or was not encrypted with this computer&apos;s database key. Please contact the administrator.</translation>
    </message>
    <message>
        <source>本机存档的文件“{name}”已加密，但没有打开它的密钥（本机数据库未以密钥打开）</source>
        <comment>store.kept_file_no_key</comment>
        <translation>The file “{name}” kept on this computer is encrypted, but there is no key to open it (the database was not opened with its key)</translation>
    </message>
    <message>
        <source>加密存档文件“{name}”后核对不一致，已保留原文件</source>
        <comment>store.kept_seal_mismatch</comment>
        <translation>The encrypted copy of “{name}” did not check out against the original; the original was kept</translation>
    </message>
    <message>
        <source>无法读取文件“{file}”：{error}</source>
        <comment>store.attachment_unreadable</comment>
        <translation>The file “{file}” cannot be read: {error}</translation>
    </message>
    <message>
        <source>加密扫描件后核对不一致，已保留原文件</source>
        <comment>store.seal_mismatch</comment>
        <translation>The encrypted scan did not match the original on checking; the original file was kept</translation>
    </message>
    <message>
        <source>数据库正被另一个程序使用，暂不能加密：请关闭其他 govdesk 后重新启动</source>
        <comment>store.encrypt.busy</comment>
        <translation>Another program is using the database, so it cannot be encrypted now. Close the other govdesk and start again</translation>
    </message>
    <message>
        <source>数据库的预写日志未能并入主文件，暂不能加密：请关闭其他 govdesk 后重新启动</source>
        <comment>store.encrypt.wal</comment>
        <translation>The database&apos;s write-ahead log could not be merged into the main file, so it cannot be encrypted now. Close the other govdesk and start again</translation>
    </message>
    <message>
        <source>加密本机数据库时核对副本不一致，已放弃加密，原数据库未改动（{problems}）</source>
        <comment>store.encrypt.mismatch</comment>
        <translation>The encrypted copy of the database did not match on checking, so encryption was abandoned; the original database is unchanged ({problems})</translation>
    </message>
    <message>
        <source>不一致的表：{tables}</source>
        <comment>store.encrypt.differing_tables</comment>
        <translation>tables that differ: {tables}</translation>
    </message>
    <message>
        <source>数据库版本（{versions}）比本程序新（本程序最高为 {head}）：请先升级 govdesk 再打开它。数据库未作任何改动，也不会被降级。</source>
        <comment>store.too_new</comment>
        <translation>The database version ({versions}) is newer than this program (which goes up to {head}). Upgrade govdesk before opening it. The database was not changed and will not be downgraded.</translation>
    </message>
    <message>
        <source>govdesk 已在运行（{who}）并正在使用这个数据库：{where}。请切换到已打开的窗口；同一数据库不能同时打开两个 govdesk。</source>
        <comment>store.locked</comment>
        <translation>govdesk is already running ({who}) and using this database: {where}. Switch to the window that is open; one database cannot be opened by two govdesks at once.</translation>
    </message>
    <message>
        <source>进程号 {pid}</source>
        <comment>store.locked.by</comment>
        <translation>process {pid}</translation>
    </message>
    <message>
        <source>另一个进程</source>
        <comment>store.locked.by_another</comment>
        <translation>another process</translation>
    </message>
    <message>
        <source>{path}（即 {real}）</source>
        <comment>store.locked.path</comment>
        <translation>{path} (that is, {real})</translation>
    </message>
    <message>
        <source>办件 {case_no} 已在别处被修改（其他窗口、其他页面或同步），本页的内容已过时，本次保存未写入：请重新打开该办件后再操作</source>
        <comment>store.stale_case</comment>
        <translation>Case {case_no} was changed elsewhere (another window, another page or synchronization) and this page is out of date, so nothing was saved. Open the case again and redo the change</translation>
    </message>
</context>
<context>
    <name>Supervision</name>
    <message>
        <source>容缺与告知</source>
        <extracomment>(untranslated title, factory) of the pages after the dashboard, in tab order.</extracomment>
        <translation>Promises and notices</translation>
    </message>
    <message>
        <source>好差评</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>差评跟进</source>
        <translation>Poor-rating follow-up</translation>
    </message>
    <message>
        <source>现场巡查</source>
        <translation>Hall inspection</translation>
    </message>
    <message>
        <source>卷宗评查</source>
        <translation>File review</translation>
    </message>
    <message>
        <source>同事记录</source>
        <translation>Colleagues&apos; records</translation>
    </message>
    <message>
        <source>窗口</source>
        <extracomment>Card colours: readable on white, and the text says the level too (never colour alone).</extracomment>
        <translation>Window</translation>
    </message>
    <message>
        <source>工作人员</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>预警</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>办件编号</source>
        <extracomment>容缺受理承诺 not fulfilled (red when overdue).
----------
Received and undecided: deferred notices past due, art. 32&apos;s five days.</extracomment>
        <translation>Case number</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Service item</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>受理人</source>
        <translation>Accepted by</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>承诺办结</source>
        <translation>Promised by</translation>
    </message>
    <message>
        <source>情况</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>补交期限</source>
        <translation>Supply by</translation>
    </message>
    <message>
        <source>已逾期 {n} 个工作日</source>
        <translation>{n} working days overdue</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>红牌</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>黄牌</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>环节超时</source>
        <translation>Step overrun</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>剩余 {n} 个工作日</source>
        <translation>{n} working days left</translation>
    </message>
    <message>
        <source>收件人</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>收件日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>第二次告知</source>
        <extracomment>一次告知 broken: both notices side by side.</extracomment>
        <translation>Second notice</translation>
    </message>
    <message>
        <source>第一次告知</source>
        <translation>First notice</translation>
    </message>
    <message>
        <source>告知人</source>
        <translation>Notified by</translation>
    </message>
    <message>
        <source>第一次列出</source>
        <translation>Named first</translation>
    </message>
    <message>
        <source>第二次列出</source>
        <translation>Named second</translation>
    </message>
    <message>
        <source>第一次未列出</source>
        <translation>Missing from the first</translation>
    </message>
    <message>
        <source>窗口/人员/事项</source>
        <translation>Window / clerk / item</translation>
    </message>
    <message>
        <source>评价数</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>差评</source>
        <translation>Poor</translation>
    </message>
    <message>
        <source>平均分（1最好）</source>
        <translation>Average (1 is best)</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>中心收到</source>
        <translation>Received at center</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>办件/版本</source>
        <translation>Case/version</translation>
    </message>
</context>
<context>
    <name>SupervisionFigures</name>
    <message>
        <source>收件</source>
        <comment>supervision.figures.intakes</comment>
        <extracomment>The figures counted per window and clerk, in the dashboard&apos;s column order: (key, Chinese heading).</extracomment>
        <translation>Received</translation>
    </message>
    <message>
        <source>受理</source>
        <comment>supervision.figures.accepted</comment>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>一次性告知</source>
        <comment>supervision.figures.notices</comment>
        <translation>One-time notices</translation>
    </message>
    <message>
        <source>容缺受理</source>
        <comment>supervision.figures.conditional</comment>
        <translation>Conditional</translation>
    </message>
    <message>
        <source>不予受理</source>
        <comment>supervision.figures.refusals</comment>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>即办办结</source>
        <comment>supervision.figures.completions</comment>
        <translation>Done on the spot</translation>
    </message>
    <message>
        <source>流转后台</source>
        <comment>supervision.figures.transfers</comment>
        <translation>To back office</translation>
    </message>
    <message>
        <source>出件</source>
        <comment>supervision.figures.handoffs</comment>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>待领取</source>
        <comment>supervision.figures.waiting</comment>
        <translation>Awaiting collection</translation>
    </message>
    <message>
        <source>合计</source>
        <comment>supervision.figures.total</comment>
        <extracomment>The figures&apos; total row, a row of no window, an item no longer in the catalog, and where the figures came from.</extracomment>
        <translation>Total</translation>
    </message>
    <message>
        <source>（未登记窗口）</source>
        <comment>supervision.figures.no_window</comment>
        <translation>(no window recorded)</translation>
    </message>
    <message>
        <source>（事项不详）</source>
        <comment>supervision.figures.no_item</comment>
        <translation>(item unknown)</translation>
    </message>
    <message>
        <source>（目录中无此事项）</source>
        <comment>supervision.figures.not_in_catalog</comment>
        <translation>(item not in the catalog)</translation>
    </message>
    <message>
        <source>本机缓存</source>
        <comment>supervision.figures.local_cache</comment>
        <translation>cached here</translation>
    </message>
    <message>
        <source>中心服务器</source>
        <comment>supervision.figures.center</comment>
        <translation>central server</translation>
    </message>
    <message>
        <source>中心服务器（全中心办件量与好差评；超期预警与清单为本机缓存）</source>
        <comment>supervision.figures.source_center</comment>
        <translation>central server (center-wide counts and ratings; warnings and lists cached here)</translation>
    </message>
    <message>
        <source>本机缓存（中心服务器暂不可达：{why}）</source>
        <comment>supervision.figures.source_local_offline</comment>
        <translation>cached here ({why})</translation>
    </message>
</context>
<context>
    <name>SupervisionLevel</name>
    <message>
        <source>红牌（已超期）</source>
        <comment>supervision.level.red</comment>
        <translation>Red (overdue)</translation>
    </message>
    <message>
        <source>黄牌（临近超期）</source>
        <comment>supervision.level.yellow</comment>
        <translation>Yellow (nearly overdue)</translation>
    </message>
    <message>
        <source>环节超时</source>
        <comment>supervision.level.step</comment>
        <translation>Step overdue</translation>
    </message>
</context>
<context>
    <name>SupervisionPeriod</name>
    <message>
        <source>今日</source>
        <comment>supervision.period.day</comment>
        <translation>Today</translation>
    </message>
    <message>
        <source>本周</source>
        <comment>supervision.period.week</comment>
        <translation>This week</translation>
    </message>
    <message>
        <source>本月</source>
        <comment>supervision.period.month</comment>
        <translation>This month</translation>
    </message>
    <message>
        <source>自定义时段</source>
        <comment>supervision.period.range</comment>
        <translation>Custom period</translation>
    </message>
</context>
<context>
    <name>SupervisionRecordKind</name>
    <message>
        <source>现场巡查</source>
        <comment>supervision.record_kind.inspection</comment>
        <translation>On-site inspection</translation>
    </message>
    <message>
        <source>卷宗评查</source>
        <comment>supervision.record_kind.file_review</comment>
        <translation>File review</translation>
    </message>
    <message>
        <source>差评跟进</source>
        <comment>supervision.record_kind.follow_up</comment>
        <translation>Bad-rating follow-up</translation>
    </message>
</context>
<context>
    <name>SupervisionService</name>
    <message>
        <source>请选择时段的起止日期</source>
        <comment>services.supervision.no_period</comment>
        <translation>Choose the first and last day of the period</translation>
    </message>
    <message>
        <source>结束日期 {last} 早于开始日期 {first}，请重新选择</source>
        <comment>services.supervision.end_before_start</comment>
        <translation>The end date {last} is before the start date {first}: please choose again</translation>
    </message>
    <message>
        <source>时段最长三年，请缩短时段</source>
        <comment>services.supervision.period_too_long</comment>
        <translation>The period is at most three years: please shorten it</translation>
    </message>
    <message>
        <source>{role}不能查看现场监督，只有现场监督人员和管理员可以；请由有权限的人员登录</source>
        <comment>services.supervision.not_allowed</comment>
        <translation>A {role} cannot view on-site supervision; only supervisors and administrators can. Please have a member of staff with the permission log in</translation>
    </message>
    <message>
        <source>未连接中心服务器，催办短信未发送，请联网后再发</source>
        <comment>services.supervision.reminder_offline</comment>
        <extracomment>The cards the dashboard makes at once (the table makes the rest as it scrolls; every count is of all of them). 《行政许可法》 art. 32: five (working) days to tell what is missing; the list warns from the third on. Days before and after today the working-day map covers (cases outside it get no yellow share, red still works). The event kind → the figures column it counts in. The card&apos;s level as the center&apos;s reminder names it.</extracomment>
        <translation>Not connected to the central server: the reminder SMS was not sent. Please send it again when online</translation>
    </message>
    <message>
        <source>办件 {case_no} 没有登记经办人（{clerk}），无法发送催办短信</source>
        <comment>services.supervision.reminder_no_clerk</comment>
        <translation>Case {case_no} has no responsible clerk recorded ({clerk}): no reminder SMS can be sent</translation>
    </message>
    <message>
        <source>后台尚未认领</source>
        <comment>services.supervision.not_claimed</comment>
        <translation>not yet claimed by the back office</translation>
    </message>
    <message>
        <source>请先登录中心服务器，再发送催办短信（{error}）</source>
        <comment>services.supervision.reminder_login</comment>
        <translation>Please log in to the central server before sending a reminder SMS ({error})</translation>
    </message>
    <message>
        <source>中心服务器未发送催办短信：{error}</source>
        <comment>services.supervision.reminder_refused</comment>
        <translation>The central server did not send the reminder SMS: {error}</translation>
    </message>
    <message>
        <source>催办短信未发送：{error}</source>
        <comment>services.supervision.reminder_not_sent</comment>
        <translation>Reminder SMS not sent: {error}</translation>
    </message>
    <message>
        <source>中心短信网关未能发出给 {name}（{phone}）的催办短信：{error}，请稍后再发</source>
        <comment>services.supervision.reminder_gateway</comment>
        <translation>The center&apos;s SMS gateway could not send the reminder to {name} ({phone}): {error}. Please try again later</translation>
    </message>
    <message>
        <source>原因不明</source>
        <comment>services.supervision.unknown_reason</comment>
        <translation>reason unknown</translation>
    </message>
    <message>
        <source>只有现场监督人员或管理员可以办理巡查、评查和差评回访</source>
        <comment>services.supervision_common.supervisors_only</comment>
        <translation>Only supervisors or administrators can record inspections, file reviews and follow-ups of bad ratings</translation>
    </message>
    <message>
        <source>{error}（记录未保存，可重试）</source>
        <comment>services.supervision_common.not_saved</comment>
        <translation>{error} (the record was not saved; it can be tried again)</translation>
    </message>
    <message>
        <source>该记录已签名或已完成，不能再修改</source>
        <comment>services.supervision_common.sealed</comment>
        <translation>This record is signed or finished and can no longer be changed</translation>
    </message>
    <message>
        <source>找不到该记录</source>
        <comment>services.supervision_common.record_not_found</comment>
        <translation>Record not found</translation>
    </message>
    <message>
        <source>该办件没有需要跟进的差评</source>
        <comment>services.supervision_followups.no_bad_rating</comment>
        <translation>This case has no bad rating to follow up</translation>
    </message>
    <message>
        <source>找不到该办件</source>
        <comment>services.supervision_followups.case_not_found</comment>
        <translation>Case not found</translation>
    </message>
    <message>
        <source>{error}（本步未记录，可重试）</source>
        <comment>services.supervision_followups.step_not_recorded</comment>
        <translation>{error} (this step was not recorded; it can be tried again)</translation>
    </message>
    <message>
        <source>本机缺少照片文件（{digest}…），巡查记录已送达中心，照片未能上传</source>
        <comment>services.supervision_records.photo_missing</comment>
        <translation>The photo file ({digest}…) is missing on this PC; the inspection record reached the center, the photo could not be uploaded</translation>
    </message>
    <message>
        <source>本机照片文件（{digest}…）无法读取：{error}；巡查记录已送达中心，照片未能上传</source>
        <comment>services.supervision_records.photo_unreadable</comment>
        <translation>The photo file ({digest}…) on this PC cannot be read: {error}; the inspection record reached the center, the photo could not be uploaded</translation>
    </message>
    <message>
        <source>照片未被中心接收：{words}</source>
        <comment>services.supervision_records.photo_refused</comment>
        <translation>The center did not take the photo: {words}</translation>
    </message>
    <message>
        <source>只有管理员可以修改本中心的检查项</source>
        <comment>services.supervision_records.admin_only_items</comment>
        <translation>Only an administrator can change this center&apos;s checklist items</translation>
    </message>
    <message>
        <source>本中心检查项最多 {limit} 项</source>
        <comment>services.supervision_records.too_many_items</comment>
        <translation>This center has at most {limit} checklist items</translation>
    </message>
    <message>
        <source>检查项“{item}”：类别不超过16字，内容不超过200字</source>
        <comment>services.supervision_records.item_too_long</comment>
        <translation>Checklist item “{item}”: the category is at most 16 characters, the text at most 200</translation>
    </message>
    <message>
        <source>照片只接受 JPEG 或 PNG 文件</source>
        <comment>services.supervision_records.photo_type</comment>
        <translation>Photos must be JPEG or PNG files</translation>
    </message>
    <message>
        <source>照片超过 {limit} MB，请压缩后再附</source>
        <comment>services.supervision_records.photo_too_large</comment>
        <translation>The photo is larger than {limit} MB: compress it and attach it again</translation>
    </message>
    <message>
        <source>照片未能保存（{error}）：请检查磁盘空间后重试</source>
        <comment>services.supervision_records.photo_not_saved</comment>
        <translation>The photo could not be saved ({error}): check the disk space and try again</translation>
    </message>
    <message>
        <source>无法读取照片 {name}：{error}</source>
        <comment>services.supervision_records.cannot_read_photo</comment>
        <translation>Cannot read photo {name}: {error}</translation>
    </message>
    <message>
        <source>请先选择该项合格或不合格，再附照片</source>
        <comment>services.supervision_records.choose_verdict_first</comment>
        <translation>Choose pass or fail for this item first, then attach the photo</translation>
    </message>
    <message>
        <source>未找到相机或高拍仪的输出文件夹 {folder}（{error}）：请接好设备，或从文件选择照片</source>
        <comment>services.supervision_records.no_camera_folder</comment>
        <translation>The output folder of the camera or document camera, {folder}, is not found ({error}): connect the device, or choose a photo from a file</translation>
    </message>
    <message>
        <source>相机或高拍仪还没有拍出照片（{folder} 中没有新照片）；拍照后再点一次</source>
        <comment>services.supervision_records.no_new_photo</comment>
        <translation>The camera or document camera has taken no photo yet (no new photo in {folder}); take one and press again</translation>
    </message>
    <message>
        <source>结束日期早于开始日期</source>
        <comment>services.supervision_records.end_before_start</comment>
        <translation>The end date is before the start date</translation>
    </message>
    <message>
        <source>{start} 至 {end} 本机没有已办结的办件可供评查</source>
        <comment>services.supervision_records.no_finished_cases</comment>
        <translation>No finished cases on this PC from {start} to {end} to review</translation>
    </message>
    <message>
        <source>{period}（{day}）</source>
        <comment>services.supervision_types.period_day</comment>
        <translation>{period} ({day})</translation>
    </message>
    <message>
        <source>{period}（{first} 至 {last}）</source>
        <comment>services.supervision_types.period_range</comment>
        <translation>{period} ({first} to {last})</translation>
    </message>
    <message>
        <source>延后告知应于 {notice_due} 前作出，已逾期</source>
        <comment>services.supervision_types.notice_late</comment>
        <translation>the deferred notice was due by {notice_due} and is overdue</translation>
    </message>
    <message>
        <source>收件已 {workdays_since} 个工作日，超过行政许可法第三十二条的五日，自收件之日起即为受理</source>
        <comment>services.supervision_types.art32_passed</comment>
        <translation>received {workdays_since} working days ago, past the five days of Art. 32 of the Administrative Licensing Law: it counts as accepted from the day received</translation>
    </message>
    <message>
        <source>收件已 {workdays_since} 个工作日，行政许可法第三十二条的五日将满</source>
        <comment>services.supervision_types.art32_close</comment>
        <translation>received {workdays_since} working days ago; the five days of Art. 32 of the Administrative Licensing Law are nearly up</translation>
    </message>
    <message>
        <source>{submitted_day} 流转后台，{waited} 个工作日未被认领（限 {limit} 个工作日）</source>
        <comment>services.supervision_warnings.unclaimed</comment>
        <translation>sent to the back office on {submitted_day}, unclaimed for {waited} working days (limit {limit} working days)</translation>
    </message>
    <message>
        <source>已超过承诺办结日期 {due}（逾期 {days} 个工作日）</source>
        <comment>services.supervision_warnings.past_due</comment>
        <translation>past the promised completion date {due} ({days} working days overdue)</translation>
    </message>
    <message>
        <source>承诺时限已用 {used:.0%}，剩余 {left} 个工作日（{due} 到期）</source>
        <comment>services.supervision_warnings.used</comment>
        <translation>{used:.0%} of the promised time used, {left} working days left (due {due})</translation>
    </message>
    <message>
        <source>中心服务器</source>
        <comment>services.supervision_center.from_center</comment>
        <extracomment>Where the center&apos;s figures came from (the dashboard says &quot;数据来源：…&quot;).</extracomment>
        <translation>the central server</translation>
    </message>
    <message>
        <source>{at} 流转后台，至今未被认领（中心服务器）</source>
        <comment>services.supervision_center.unclaimed</comment>
        <translation>sent to the back office at {at}, not claimed yet (central server)</translation>
    </message>
</context>
<context>
    <name>SupervisionWorkspace</name>
    <message>
        <source>现场监督暂不可用：本机数据库尚未打开。请重新启动程序；如仍不能使用，请联系管理员。</source>
        <translation>Supervision is not available: the local database is not open. Restart the program; if it still does not work, contact the administrator.</translation>
    </message>
    <message>
        <source>总览</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>未登记</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>短信提醒经办人</source>
        <translation>Remind the clerk by SMS</translation>
    </message>
    <message>
        <source>给 {clerk}（{window}）发送催办短信？</source>
        <translation>Send a reminder SMS to {clerk} ({window})?</translation>
    </message>
    <message>
        <source>（未登记经办人）</source>
        <translation>(no clerk recorded)</translation>
    </message>
    <message>
        <source>办件：{case_no}（{item}）
预警：{level}，{note}
承诺办结日期：{due}

短信由中心服务器按中心登记的工作人员手机号码发送，内容由中心统一生成。</source>
        <translation>Case: {case_no} ({item})
Warning: {level}, {note}
Promised completion date: {due}

The central server sends the SMS to the staff member&apos;s mobile number registered at the center; the center writes the text.</translation>
    </message>
    <message>
        <source>发送催办短信</source>
        <translation>Send reminder SMS</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>催办短信已发送给 {clerk}（{phone}）：办件 {case_no}</source>
        <translation>Reminder SMS sent to {clerk} ({phone}): case {case_no}</translation>
    </message>
    <message>
        <source>正在经中心服务器发送催办短信…</source>
        <translation>Sending the reminder SMS through the central server…</translation>
    </message>
    <message>
        <source>导出现场监督报表</source>
        <translation>Export the supervision report</translation>
    </message>
    <message>
        <source>PDF 报表 (*.pdf)</source>
        <translation>PDF report (*.pdf)</translation>
    </message>
    <message>
        <source>现场监督报表.pdf</source>
        <translation>supervision-report.pdf</translation>
    </message>
    <message>
        <source>报表已导出：{pdf}、{xlsx}</source>
        <translation>Report exported: {pdf}, {xlsx}</translation>
    </message>
    <message>
        <source>正在生成报表…</source>
        <translation>Making the report…</translation>
    </message>
</context>
<context>
    <name>Suspension</name>
    <message>
        <source>补正</source>
        <comment>deadlines.suspension.correction</comment>
        <translation>Correction</translation>
    </message>
    <message>
        <source>现场勘验</source>
        <comment>deadlines.suspension.site_survey</comment>
        <translation>On-site survey</translation>
    </message>
    <message>
        <source>听证</source>
        <comment>deadlines.suspension.hearing</comment>
        <translation>Hearing</translation>
    </message>
    <message>
        <source>专家评审</source>
        <comment>deadlines.suspension.expert_review</comment>
        <translation>Expert review</translation>
    </message>
</context>
<context>
    <name>SyncAttachments</name>
    <message>
        <source>中心服务器发来的文件过大，未接收</source>
        <comment>sync.attachments.file_too_large</comment>
        <translation>The file sent by the central server is too large and was not taken</translation>
    </message>
    <message>
        <source>尚未登录中心服务器：登录后自动继续（本机数据已保存）</source>
        <comment>sync.attachments.not_logged_in</comment>
        <translation>Not logged in to the central server: uploads continue after login (the data is saved on this PC)</translation>
    </message>
    <message>
        <source>无法连接中心服务器，材料将稍后自动续传；材料已保存在本机</source>
        <comment>sync.attachments.unreachable</comment>
        <translation>Cannot connect to the central server; the scans will be uploaded later automatically. They are saved on this PC</translation>
    </message>
    <message>
        <source>中心服务器的答复无法识别，材料将稍后续传</source>
        <comment>sync.attachments.bad_answer</comment>
        <translation>The central server&apos;s answer cannot be read; the scans will be uploaded later</translation>
    </message>
    <message>
        <source>中心服务器拒绝了材料上传（{status}）</source>
        <comment>sync.attachments.upload_refused</comment>
        <translation>The central server refused the scan upload ({status})</translation>
    </message>
    <message>
        <source>上传材料时发生意外错误，将自动重试；材料已保存在本机</source>
        <comment>sync.attachments.unexpected</comment>
        <translation>An unexpected error while uploading scans; will retry automatically. The scans are saved on this PC</translation>
    </message>
    <message>
        <source>本机找不到该材料文件，无法上传</source>
        <comment>sync.attachments.file_missing</comment>
        <translation>The scan file cannot be found on this PC and cannot be uploaded</translation>
    </message>
    <message>
        <source>已停止上传，材料将在下次启动后续传</source>
        <comment>sync.attachments.stopped</comment>
        <translation>Uploading stopped; the scans will be uploaded after the next start</translation>
    </message>
    <message>
        <source>本机保存的材料文件已损坏（校验值不符），未上传；请重新扫描该材料</source>
        <comment>sync.attachments.file_damaged</comment>
        <translation>The scan file saved on this PC is damaged (checksum mismatch) and was not uploaded: please scan this material again</translation>
    </message>
</context>
<context>
    <name>SyncAttention</name>
    <message>
        <source>本机已将本办件改编为 {number}（原编号 {old}），是否为申请人重新打印告知单，请经办人决定</source>
        <comment>sync.attention.renumbered</comment>
        <extracomment>What the window adds to the center&apos;s ``case_no_taken`` once it has renumbered the case (``services.reenrol``); kept in the outbox as text after the center&apos;s reason and &quot;；&quot;, said again in the clerk&apos;s language when read.</extracomment>
        <translation>this PC renumbered the case {number} (it was {old}); the clerk decides whether to reprint the applicant&apos;s notice</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <source>用户名或密码错误</source>
        <comment>sync.client.bad_credentials</comment>
        <translation>Wrong user name or password</translation>
    </message>
    <message>
        <source>尚未登录中心服务器，请登录后同步</source>
        <comment>sync.client.not_logged_in</comment>
        <translation>Not logged in to the central server: log in to synchronise</translation>
    </message>
    <message>
        <source>登录已失效，请重新登录</source>
        <comment>sync.client.login_expired</comment>
        <translation>The login has expired: please log in again</translation>
    </message>
    <message>
        <source>中心服务器的答复与上传的事件不对应，将稍后重试</source>
        <comment>sync.client.answer_mismatch</comment>
        <translation>The central server&apos;s answer does not match the events sent; will retry later</translation>
    </message>
    <message>
        <source>中心服务器在 {seconds:g} 秒内未答复，将减少每批上传的条数并稍后自动重试；办件已保存在本机</source>
        <comment>sync.client.timeout_smaller</comment>
        <translation>The central server did not answer within {seconds:g} s; the next batches will be smaller and sent again automatically. The cases are saved on this PC</translation>
    </message>
    <message>
        <source>中心服务器在 {seconds:.0f} 秒内无响应，将稍后自动重试；办件已保存在本机</source>
        <comment>sync.client.timeout</comment>
        <translation>The central server did not respond within {seconds:.0f} s; will retry automatically. The cases are saved on this PC</translation>
    </message>
    <message>
        <source>无法连接中心服务器，将稍后自动重试；办件已保存在本机</source>
        <comment>sync.client.unreachable</comment>
        <translation>Cannot connect to the central server; will retry automatically. The cases are saved on this PC</translation>
    </message>
    <message>
        <source>中心服务器的答复无法识别（内容不完整或格式错误），将稍后重试</source>
        <comment>sync.client.bad_answer</comment>
        <translation>The central server&apos;s answer cannot be read (incomplete or malformed); will retry later</translation>
    </message>
    <message>
        <source>设置的 CA 证书（{ca_bundle}）</source>
        <comment>sync.client.trusted_bundle</comment>
        <translation>the CA certificate set for this window ({ca_bundle})</translation>
    </message>
    <message>
        <source>本机信任的证书颁发机构（未设置 ca_bundle）</source>
        <comment>sync.client.trusted_system</comment>
        <translation>a certificate authority this PC trusts (no ca_bundle set)</translation>
    </message>
    <message>
        <source>中心服务器的证书未通过验证：它不是由{trusted}签发的，或不属于这个地址。为防冒充，未发送任何数据。请向管理员索取本单位的根证书，在“文件 → 中心服务器设置”中选择它（设置文件的 ca_bundle）</source>
        <comment>sync.client.certificate_refused</comment>
        <translation>The central server&apos;s certificate failed verification: it was not issued by {trusted}, or it is not for this address. To guard against impersonation, nothing was sent. Ask the administrator for your organisation&apos;s root certificate and choose it under File → Central server settings (ca_bundle in the settings file)</translation>
    </message>
    <message>
        <source>无法与中心服务器建立安全连接（TLS 握手失败）：请确认服务器地址和端口提供 https 服务；未发送任何数据</source>
        <comment>sync.client.tls_failed</comment>
        <translation>Cannot make a secure connection to the central server (TLS handshake failed): check that the server address and port serve https. Nothing was sent</translation>
    </message>
    <message>
        <source>本机程序版本过旧，请升级后再同步；办件已保存在本机</source>
        <comment>sync.client.client_too_old</comment>
        <translation>This program is too old: please upgrade it before synchronising. The cases are saved on this PC</translation>
    </message>
    <message>
        <source>需要重新获取全量快照</source>
        <comment>sync.client.snapshot_needed</comment>
        <translation>A full snapshot must be fetched again</translation>
    </message>
    <message>
        <source>中心拒绝本机同步</source>
        <comment>sync.client.device_refused</comment>
        <translation>The center refuses to synchronise with this PC</translation>
    </message>
    <message>
        <source>中心服务器繁忙，将稍后自动重试；办件已保存在本机</source>
        <comment>sync.client.server_busy</comment>
        <translation>The central server is busy; will retry automatically. The cases are saved on this PC</translation>
    </message>
    <message>
        <source>中心服务器出错（{status}），将稍后自动重试；办件已保存在本机</source>
        <comment>sync.client.server_error</comment>
        <translation>The central server failed ({status}); will retry automatically. The cases are saved on this PC</translation>
    </message>
    <message>
        <source>中心服务器拒绝了请求（{status}）</source>
        <comment>sync.client.request_refused</comment>
        <translation>The central server refused the request ({status})</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>同步任务意外中止，已自动重新启动；本机已录入的办件不受影响</source>
        <extracomment>How long after the sync loop ended unexpectedly it is started again.</extracomment>
        <translation>The sync task stopped unexpectedly and was restarted; cases entered on this PC are not affected</translation>
    </message>
    <message>
        <source>已改用中心服务器 {server}，正在连接</source>
        <extracomment>The old engine and uploader being closed after new server settings (``apply_server_settings``).</extracomment>
        <translation>Switched to central server {server}; connecting…</translation>
    </message>
    <message>
        <source>登录后，本窗口的办件会同步到中心服务器。未登录时仍可照常受理，办件保存在本机。</source>
        <translation>Once you log in, this window&apos;s cases are synced to the central server. Without logging in you can still take applications; cases are saved on this computer.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>同步时发生内部错误：{error}</source>
        <comment>sync.engine.internal</comment>
        <translation>An internal error during synchronisation: {error}</translation>
    </message>
    <message>
        <source>本机（工作站 {station_code}）已向中心申请登记，正在等待管理员批准；批准后将自动开始同步，已录入的办件保存在本机</source>
        <comment>sync.engine.device_pending</comment>
        <translation>This PC (workstation {station_code}) has asked the center to register it and waits for an administrator&apos;s approval; synchronisation starts by itself once approved. The cases entered are saved on this PC</translation>
    </message>
    <message>
        <source>中心要求从序号 {resend_from} 起重新上传，但本机无法补齐，将稍后重试</source>
        <comment>sync.engine.cannot_resend</comment>
        <translation>The center asks for the upload again from number {resend_from}, but this PC cannot complete it; will retry later</translation>
    </message>
    <message>
        <source>{reason}（待上传的记录已保存在本机）</source>
        <comment>sync.engine.needs_login</comment>
        <translation>{reason} (the records to upload are saved on this PC)</translation>
    </message>
    <message>
        <source>约 {seconds} 秒</source>
        <comment>sync.engine.seconds</comment>
        <translation>about {seconds} s</translation>
    </message>
    <message>
        <source>约 {minutes} 分钟</source>
        <comment>sync.engine.minutes</comment>
        <translation>about {minutes} min</translation>
    </message>
    <message>
        <source>同步出现意外错误，将自动重试；本机已录入的办件不受影响</source>
        <comment>sync.engine.unexpected</comment>
        <translation>An unexpected error in synchronisation; will retry automatically. The cases entered on this PC are not affected</translation>
    </message>
    <message>
        <source>中心服务器繁忙</source>
        <comment>sync.engine.busy</comment>
        <translation>The central server is busy</translation>
    </message>
    <message>
        <source>{reason}，{wait}后重试；本机已录入的办件不受影响</source>
        <comment>sync.engine.retry_in</comment>
        <translation>{reason}; retrying in {wait}. The cases entered on this PC are not affected</translation>
    </message>
</context>
<context>
    <name>SyncPush</name>
    <message>
        <source>其他窗口</source>
        <comment>sync.push.other_window</comment>
        <translation>another window</translation>
    </message>
    <message>
        <source>该办件已由 {who} 于 {at} 办理，本次操作未被中心采纳</source>
        <comment>sync.push.conflict</comment>
        <translation>{who} handled this case at {at}; the center did not take this operation</translation>
    </message>
    <message>
        <source>中心拒收此事件（{code}）</source>
        <comment>sync.push.refused</comment>
        <translation>The center refused this event ({code})</translation>
    </message>
    <message>
        <source>未说明原因</source>
        <comment>sync.push.no_reason</comment>
        <translation>no reason given</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>本机磁盘已满</source>
        <comment>services.sync_service.disk_full</comment>
        <translation>this PC&apos;s disk is full</translation>
    </message>
    <message>
        <source>中心的回执</source>
        <comment>services.sync_service.receipt</comment>
        <translation>The center&apos;s receipt</translation>
    </message>
    <message>
        <source>同步状态</source>
        <comment>services.sync_service.status</comment>
        <translation>The sync state</translation>
    </message>
    <message>
        <source>中心的批次回执</source>
        <comment>services.sync_service.batch_receipt</comment>
        <translation>The center&apos;s batch receipt</translation>
    </message>
    <message>
        <source>重新登记的设备身份</source>
        <comment>services.sync_service.new_identity</comment>
        <translation>The device identity from re-enrolment</translation>
    </message>
    <message>
        <source>办件的新编号</source>
        <comment>services.sync_service.new_numbers</comment>
        <translation>The cases&apos; new numbers</translation>
    </message>
    <message>
        <source>中心的变更</source>
        <comment>services.sync_service.changes</comment>
        <translation>The center&apos;s changes</translation>
    </message>
    <message>
        <source>中心的办件</source>
        <comment>services.sync_service.cases</comment>
        <translation>The center&apos;s cases</translation>
    </message>
    <message>
        <source>中心的办件快照</source>
        <comment>services.sync_service.snapshot</comment>
        <translation>The center&apos;s snapshot of cases</translation>
    </message>
    <message>
        <source>{what}未能保存到本机：{reason}。本机已录入的办件不受影响，恢复后会自动重试同步</source>
        <comment>services.sync_service.local_store_failed</comment>
        <translation>{what} could not be saved on this PC: {reason}. The cases entered on this PC are not affected; synchronisation is retried automatically once this is fixed</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>离线</source>
        <comment>sync.state.offline</comment>
        <extracomment>the server&apos;s address (plain http to another machine) or its certificate was refused: nothing is sent, no retries, until the address or the CA bundle is changed (or the clerk asks to sync) The words for each state (``domain.messages``: the status bar says them in the clerk&apos;s language).</extracomment>
        <translation>Offline</translation>
    </message>
    <message>
        <source>在线</source>
        <comment>sync.state.online</comment>
        <translation>Online</translation>
    </message>
    <message>
        <source>需要重新登录</source>
        <comment>sync.state.needs_login</comment>
        <translation>Log in again</translation>
    </message>
    <message>
        <source>程序版本过旧，已暂停上传</source>
        <comment>sync.state.paused_too_old</comment>
        <translation>Program too old, uploads paused</translation>
    </message>
    <message>
        <source>服务器地址或证书未通过检查，已暂停同步</source>
        <comment>sync.state.paused_refused</comment>
        <translation>Server address or certificate refused, sync paused</translation>
    </message>
    <message>
        <source>本机已被中心隔离，暂停同步和编号</source>
        <comment>sync.state.quarantined</comment>
        <translation>This PC is quarantined by the center: sync and numbering paused</translation>
    </message>
    <message>
        <source>等待管理员批准本机登记</source>
        <comment>sync.state.device_pending</comment>
        <translation>Waiting for an administrator to approve this PC</translation>
    </message>
</context>
<context>
    <name>SyncTransport</name>
    <message>
        <source>中心服务器地址“{url}”无法识别：请在设置文件的 server_url 中填写 https:// 开头的地址，如 https://zwfw.example.gov.cn</source>
        <comment>sync.transport.bad_address</comment>
        <translation>The central server address “{url}” cannot be read: enter an address starting with https:// in server_url of the settings file, e.g. https://zwfw.example.gov.cn</translation>
    </message>
    <message>
        <source>拒绝以明文 http 连接中心服务器 {host}：密码和群众的个人信息不得在网络上明文传输。请在设置文件的 server_url 中改为 https 地址（如 https://{netloc}），内网自建证书的请同时设置 ca_bundle；明文 http 只允许本机地址（127.0.0.1、localhost）</source>
        <comment>sync.transport.plain_http</comment>
        <translation>Refusing a plain-http connection to the central server {host}: passwords and citizens&apos; personal data must not cross the network in clear. Change server_url in the settings file to an https address (e.g. https://{netloc}); for an in-house certificate also set ca_bundle. Plain http is allowed only for this PC itself (127.0.0.1, localhost)</translation>
    </message>
    <message>
        <source>找不到设置的 CA 证书文件 {ca_bundle}（设置文件的 ca_bundle）：请把本单位的根证书（PEM 格式）放到该位置，或改正路径；未连接中心服务器</source>
        <comment>sync.transport.no_ca_bundle</comment>
        <translation>The CA certificate file set for this window, {ca_bundle}, cannot be found (ca_bundle in the settings file): put your organisation&apos;s root certificate (PEM) there, or correct the path. The central server was not contacted</translation>
    </message>
    <message>
        <source>{reason}。同步已暂停，设置改正后自动恢复；办件照常保存在本机</source>
        <comment>sync.transport.paused</comment>
        <translation>{reason}. Synchronisation is paused and resumes by itself once the setting is corrected; the cases are saved on this PC as usual</translation>
    </message>
</context>
<context>
    <name>SyncVersion</name>
    <message>
        <source>中心服务器的同步协议版本无法识别（{shown}），已暂停同步：请确认服务器地址，或升级 govdesk；办件已保存在本机</source>
        <comment>sync.version.unknown</comment>
        <translation>The central server&apos;s sync protocol version cannot be read ({shown}); synchronisation is paused: check the server address, or upgrade govdesk. The cases are saved on this PC</translation>
    </message>
    <message>
        <source>中心服务器已升级到同步协议 {shown}，本机程序只支持 {major}.x，已暂停同步：请升级 govdesk；办件已保存在本机</source>
        <comment>sync.version.newer</comment>
        <translation>The central server has moved to sync protocol {shown}, this program supports only {major}.x; synchronisation is paused: please upgrade govdesk. The cases are saved on this PC</translation>
    </message>
    <message>
        <source>中心服务器的同步协议 {shown} 比本机程序旧（需要 {major}.x）：请联系管理员升级中心服务器，升级后会自动继续同步；办件已保存在本机</source>
        <comment>sync.version.older</comment>
        <translation>The central server&apos;s sync protocol {shown} is older than this program&apos;s (it needs {major}.x): ask the administrator to upgrade the central server; synchronisation resumes by itself afterwards. The cases are saved on this PC</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>材料流转</source>
        <translation>Transfer of materials</translation>
    </message>
    <message>
        <source>按各办件事项所属部门</source>
        <translation>Each case&apos;s own department</translation>
    </message>
    <message>
        <source>（共 {n} 件）</source>
        <translation> (total: {n})</translation>
    </message>
    <message>
        <source>待流转的办件(&amp;L)：没有了，已受理的办件都已移交后台</source>
        <translation>Case &amp;list: none left, every accepted case is with the back office</translation>
    </message>
    <message>
        <source>已选 {n} 件</source>
        <translation>{n} selected</translation>
    </message>
    <message>
        <source>请先选择要流转的办件（↑↓ 选择，Ctrl+A 全选）</source>
        <translation>First select the cases to transfer (↑↓ to select, Ctrl+A for all)</translation>
    </message>
    <message>
        <source>正在流转…</source>
        <translation>Transferring…</translation>
    </message>
    <message>
        <source>已流转 {n} 件，交接单已存档：{nos}</source>
        <translation>{n} case(s) transferred; handover sheets archived: {nos}</translation>
    </message>
</context>
<context>
    <name>TransferForm</name>
    <message>
        <source>待流转的办件(&amp;L)：已受理、容缺受理，纸质材料尚未移交后台</source>
        <translation>Case &amp;list: accepted or conditionally accepted, paper not yet with the back office</translation>
    </message>
    <message>
        <source>Shift+↑↓ 连选，Ctrl+↑↓ 移动、Ctrl+空格 逐件选，Ctrl+A 全选</source>
        <translation>Shift+↑↓ select range, Ctrl+↑↓ move, Ctrl+Space pick one, Ctrl+A select all</translation>
    </message>
    <message>
        <source>接收部门(&amp;D)</source>
        <translation>Receiving &amp;department</translation>
    </message>
    <message>
        <source>流转并打印交接单(&amp;T)</source>
        <translation>&amp;Transfer and print handover sheet</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>TransferModel</name>
    <message>
        <source>办件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>办理事项</source>
        <translation>Service items</translation>
    </message>
    <message>
        <source>收件日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>TransferService</name>
    <message>
        <source>找不到办件 {case_id}</source>
        <comment>services.transfer.case_not_found</comment>
        <translation>Case {case_id} not found</translation>
    </message>
    <message>
        <source>{error}（未流转，可重试）</source>
        <comment>services.transfer.not_transferred</comment>
        <translation>{error} (not transferred; it can be tried again)</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>{what}不是有效的 base64 文本</source>
        <comment>trust.not_base64</comment>
        <translation>{what} is not valid base64 text</translation>
    </message>
    <message>
        <source>回执不是一个对象</source>
        <comment>trust.receipt.not_object</comment>
        <translation>The receipt is not an object</translation>
    </message>
    <message>
        <source>回执缺少或写错了字段：{error}</source>
        <comment>trust.receipt.fields</comment>
        <translation>The receipt has a missing or wrong field: {error}</translation>
    </message>
    <message>
        <source>回执的链位置、校验值或序号范围无效</source>
        <comment>trust.receipt.invalid</comment>
        <translation>The receipt&apos;s chain position, hash or sequence range is not valid</translation>
    </message>
    <message>
        <source>证书不是一个对象</source>
        <comment>trust.certificate.not_object</comment>
        <translation>The certificate is not an object</translation>
    </message>
    <message>
        <source>证书缺少或写错了字段：{error}</source>
        <comment>trust.certificate.fields</comment>
        <translation>The certificate has a missing or wrong field: {error}</translation>
    </message>
    <message>
        <source>吊销记录不是一个对象</source>
        <comment>trust.revocation.not_object</comment>
        <translation>The revocation record is not an object</translation>
    </message>
    <message>
        <source>吊销记录缺少或写错了字段：{error}</source>
        <comment>trust.revocation.fields</comment>
        <translation>The revocation record has a missing or wrong field: {error}</translation>
    </message>
    <message>
        <source>密钥可能泄露（电脑被盗、被入侵或密钥文件外流）</source>
        <comment>trust.reason.compromised</comment>
        <extracomment>Why a notice key was revoked (an admin&apos;s choice; the words the verifier shows).</extracomment>
        <translation>the key may have leaked (a PC stolen or broken into, or the key file copied out)</translation>
    </message>
    <message>
        <source>设备停用或更换</source>
        <comment>trust.reason.retired</comment>
        <translation>the device was retired or replaced</translation>
    </message>
    <message>
        <source>密钥已更换</source>
        <comment>trust.reason.superseded</comment>
        <translation>the key was replaced</translation>
    </message>
    <message>
        <source>其他原因</source>
        <comment>trust.reason.other</comment>
        <translation>other reasons</translation>
    </message>
    <message>
        <source>签发密钥已于 {when} 被中心吊销（{why}）</source>
        <comment>trust.revoked_at</comment>
        <translation>the signing key was revoked by the center on {when} ({why})</translation>
    </message>
    <message>
        <source>签发密钥已于 {when} 被中心吊销（{why}：{reason}）</source>
        <comment>trust.revoked_at_said</comment>
        <translation>the signing key was revoked by the center on {when} ({why}: {reason})</translation>
    </message>
    <message>
        <source>{revoked}；本通知书日期 {day} 早于密钥失效日 {cutoff}，按吊销前签发认定为真实</source>
        <comment>trust.before_cutoff</comment>
        <translation>{revoked}; this notice is dated {day}, before the key stopped being valid on {cutoff}, so it is taken as genuine (signed before the revocation)</translation>
    </message>
    <message>
        <source>{revoked}；本通知书日期 {day} 早于密钥失效日 {cutoff}，按吊销前签发认定为真实；因密钥可能泄露，如有疑问请向中心核对该办件的记录</source>
        <comment>trust.before_cutoff_leaked</comment>
        <translation>{revoked}; this notice is dated {day}, before the key stopped being valid on {cutoff}, so it is taken as genuine (signed before the revocation); as the key may have leaked, check the case&apos;s record with the center when in doubt</translation>
    </message>
    <message>
        <source>签名不符：{revoked}；本通知书日期 {day} 正是密钥失效日，无法证明签于吊销之前，不能认定为真实，请向中心核实办件记录</source>
        <comment>trust.on_cutoff</comment>
        <translation>Signature does not match: {revoked}; this notice is dated {day}, the very day the key stopped being valid, so nothing shows it was signed before the revocation; it cannot be taken as genuine, check the case&apos;s record with the center</translation>
    </message>
    <message>
        <source>签名不符：{revoked}；本通知书日期 {day} 晚于密钥失效日 {cutoff}，不能认定为真实，请向中心核实办件记录</source>
        <comment>trust.after_cutoff</comment>
        <translation>Signature does not match: {revoked}; this notice is dated {day}, after the key stopped being valid on {cutoff}; it cannot be taken as genuine, check the case&apos;s record with the center</translation>
    </message>
</context>
<context>
    <name>Urgency</name>
    <message>
        <source>正常</source>
        <comment>services.commitments.urgency.ok</comment>
        <extracomment>Working days left at which a promise counts as due soon (coloured in the list). The reminder before the due date goes this many working days ahead.</extracomment>
        <translation>On time</translation>
    </message>
    <message>
        <source>即将到期</source>
        <comment>services.commitments.urgency.due_soon</comment>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>已逾期</source>
        <comment>services.commitments.urgency.overdue</comment>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>Viewing</name>
    <message>
        <source>找不到存档文件：{path}</source>
        <comment>services.viewing.not_found</comment>
        <translation>Archived file not found: {path}</translation>
    </message>
    <message>
        <source>无法打开存档的通知书 {name}：{error}</source>
        <comment>services.viewing.not_opened</comment>
        <translation>Cannot open the archived notice {name}: {error}</translation>
    </message>
    <message>
        <source>无法打开存档的通知书：{error}</source>
        <comment>services.viewing.not_decrypted</comment>
        <translation>Cannot open the archived notice: {error}</translation>
    </message>
</context>
<context>
    <name>WindowSettingsService</name>
    <message>
        <source>中心代码应为 8 位数字（6 位行政区划代码加 2 位中心序号），如 41122101</source>
        <comment>services.window_settings.center_code</comment>
        <translation>The center code has 8 digits (the 6-digit administrative division code and a 2-digit center number), e.g. 41122101</translation>
    </message>
    <message>
        <source>窗口号只填数字或字母（最多 6 位），如 3；通知书上印作“3号窗口”</source>
        <comment>services.window_settings.window_number</comment>
        <translation>The window number is digits or letters only (at most 6), e.g. 3; notices print it as “Window 3”</translation>
    </message>
    <message>
        <source>请选择 A4 或 A5 纸</source>
        <comment>services.window_settings.paper</comment>
        <translation>Choose A4 or A5 paper</translation>
    </message>
    <message>
        <source>找不到模板目录 {template_dir}：请选择已有的目录，或留空使用程序自带的模板</source>
        <comment>services.window_settings.no_templates</comment>
        <translation>Template folder {template_dir} not found: choose an existing folder, or leave it empty to use the program’s own templates</translation>
    </message>
    <message>
        <source>请填写通知书抬头的中心名称，如 渑池县政务服务中心</source>
        <comment>services.window_settings.no_header</comment>
        <translation>Enter the center name for the notice header, e.g. “渑池县政务服务中心”</translation>
    </message>
    <message>
        <source>中心名称过长（最多 40 个字），通知书抬头放不下</source>
        <comment>services.window_settings.header_too_long</comment>
        <translation>The center name is too long (at most 40 characters) for the notice header</translation>
    </message>
    <message>
        <source>地址过长（最多 80 个字）</source>
        <comment>services.window_settings.address_too_long</comment>
        <translation>The address is too long (at most 80 characters)</translation>
    </message>
    <message>
        <source>联系电话只填数字和“-”，如 0398-4812345</source>
        <comment>services.window_settings.phone</comment>
        <translation>The phone number is digits and “-” only, e.g. 0398-4812345</translation>
    </message>
    <message>
        <source>请选择界面语言</source>
        <comment>services.window_settings.language</comment>
        <translation>Choose the interface language</translation>
    </message>
    <message>
        <source>请选择字号</source>
        <comment>services.window_settings.text_size</comment>
        <translation>Choose the text size</translation>
    </message>
    <message>
        <source>请选择配色</source>
        <comment>services.window_settings.theme</comment>
        <translation>Choose the colour scheme</translation>
    </message>
    <message>
        <source>请填写 {low} 至 {high} 之间的整数（承诺时限已用的百分比）</source>
        <comment>services.window_settings.yellow_percent</comment>
        <translation>Enter a whole number from {low} to {high} (percent of the time limit used)</translation>
    </message>
    <message>
        <source>请填写 1 至 {limit} 之间的整数工作日</source>
        <comment>services.window_settings.claim_days</comment>
        <translation>Enter a whole number of working days from 1 to {limit}</translation>
    </message>
    <message>
        <source>请填写 0 至 {limit} 之间的整数分钟（0 为不自动锁定）</source>
        <comment>services.window_settings.idle_minutes</comment>
        <translation>Enter whole minutes from 0 to {limit} (0: never lock by itself)</translation>
    </message>
    <message>
        <source>找不到印章图片 {path}</source>
        <comment>services.window_settings.no_seal</comment>
        <translation>Seal image {path} not found</translation>
    </message>
    <message>
        <source>无法读取印章图片 {path}：{error}</source>
        <comment>services.window_settings.seal_unreadable</comment>
        <translation>Cannot read the seal image {path}: {error}</translation>
    </message>
    <message>
        <source>{name} 不是 PNG 或 JPEG 图片：请选择透明底的 PNG 印章图片</source>
        <comment>services.window_settings.seal_not_image</comment>
        <translation>{name} is not a PNG or JPEG image: choose a PNG seal image with a transparent background</translation>
    </message>
    <message>
        <source>连接失败：{reason}</source>
        <comment>services.window_settings.connect_failed</comment>
        <translation>Connection failed: {reason}</translation>
    </message>
    <message>
        <source>；本机时钟与中心相差 {seconds:.0f} 秒</source>
        <comment>services.window_settings.clock_skew</comment>
        <translation>; this PC’s clock differs from the center’s by {seconds:.0f} s</translation>
    </message>
    <message>
        <source>连接成功：中心服务器已答复（中心密钥 {key}）{clock}</source>
        <comment>services.window_settings.connected</comment>
        <translation>Connected: the central server answered (center key {key}){clock}</translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <source>{where}：{problem}</source>
        <comment>calendar.where</comment>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>{where}（{year} 年）：{problem}</source>
        <comment>calendar.where_year</comment>
        <translation>{where} ({year}): {problem}</translation>
    </message>
    <message>
        <source>{year} 年工作日历：{problem}</source>
        <comment>calendar.in_year</comment>
        <translation>Working calendar {year}: {problem}</translation>
    </message>
    <message>
        <source>工作日历文档应为 JSON 对象</source>
        <comment>calendar.not_an_object</comment>
        <translation>A working calendar document must be a JSON object</translation>
    </message>
    <message>
        <source>工作日历文档缺少字段：year</source>
        <comment>calendar.no_year</comment>
        <translation>The working calendar document lacks the field: year</translation>
    </message>
    <message>
        <source>年份 year 应为 {first} 至 {last} 之间的整数，实际为 {year!r}</source>
        <comment>calendar.bad_year</comment>
        <translation>The year must be a whole number from {first} to {last}, not {year!r}</translation>
    </message>
    <message>
        <source>工作日历文档含有无法识别的字段：{fields}</source>
        <comment>calendar.unknown_fields</comment>
        <translation>The working calendar document has unknown fields: {fields}</translation>
    </message>
    <message>
        <source>工作日历文档缺少字段：{fields}</source>
        <comment>calendar.missing_fields</comment>
        <translation>The working calendar document lacks the fields: {fields}</translation>
    </message>
    <message>
        <source>来源 source 应为非空文字（如国务院办公厅通知的文号）</source>
        <comment>calendar.no_source</comment>
        <translation>The source must be text, not empty (such as the number of the State Council&apos;s notice)</translation>
    </message>
    <message>
        <source>{field} 中的日期应为 YYYY-MM-DD 文字，实际为 {value!r}</source>
        <comment>calendar.date_not_text</comment>
        <translation>A date in {field} must be YYYY-MM-DD text, not {value!r}</translation>
    </message>
    <message>
        <source>{field} 中的日期“{value}”不是有效的 YYYY-MM-DD 日期</source>
        <comment>calendar.date_invalid</comment>
        <translation>The date “{value}” in {field} is not a valid YYYY-MM-DD date</translation>
    </message>
    <message>
        <source>{field} 应为 {{日期: 节日名称}} 形式的 JSON 对象</source>
        <comment>calendar.days_not_object</comment>
        <translation>{field} must be a JSON object of the form {{date: festival name}}</translation>
    </message>
    <message>
        <source>{field} 中 {key} 的节日名称应为非空文字</source>
        <comment>calendar.no_holiday_name</comment>
        <translation>The festival name of {key} in {field} must be text, not empty</translation>
    </message>
    <message>
        <source>{field} 中的 {day} 不属于 {year} 年</source>
        <comment>calendar.other_year</comment>
        <translation>{day} in {field} is not in {year}</translation>
    </message>
    <message>
        <source>{day} 同时被列为放假日和调休上班日</source>
        <comment>calendar.holiday_and_workday</comment>
        <translation>{day} is listed both as a day off and as a make-up working day</translation>
    </message>
    <message>
        <source>调休上班日 {day} 是{weekday}：调休上班日只能是星期六或星期日</source>
        <comment>calendar.makeup_on_weekday</comment>
        <translation>The make-up working day {day} is a {weekday}: a make-up working day can only be a Saturday or Sunday</translation>
    </message>
    <message>
        <source>星期一</source>
        <comment>calendar.weekday.monday</comment>
        <translation>Monday</translation>
    </message>
    <message>
        <source>星期二</source>
        <comment>calendar.weekday.tuesday</comment>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>星期三</source>
        <comment>calendar.weekday.wednesday</comment>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>星期四</source>
        <comment>calendar.weekday.thursday</comment>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>星期五</source>
        <comment>calendar.weekday.friday</comment>
        <translation>Friday</translation>
    </message>
    <message>
        <source>星期六</source>
        <comment>calendar.weekday.saturday</comment>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>星期日</source>
        <comment>calendar.weekday.sunday</comment>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>{year} 年的工作日历重复提供了两次</source>
        <comment>calendar.year_twice</comment>
        <translation>The working calendar of {year} was given twice</translation>
    </message>
    <message>
        <source>工作日历没有任何年度的数据</source>
        <comment>calendar.empty</comment>
        <translation>The working calendar has no year&apos;s data</translation>
    </message>
    <message>
        <source>工作日历缺少 {missing} 年的数据（已有 {before} 年和 {after} 年）：年份必须连续</source>
        <comment>calendar.year_gap</comment>
        <translation>The working calendar lacks {missing} (it has {before} and {after}): the years must follow one another</translation>
    </message>
    <message>
        <source>工作日历数据应为文档列表（每年一个 JSON 对象）</source>
        <comment>calendar.not_a_list</comment>
        <translation>Working calendar data must be a list of documents (one JSON object per year)</translation>
    </message>
    <message>
        <source>{subject} 超出工作日历的范围（{first_day} 至 {last_year}-12-31）：{first_year} 年以前没有节假日数据，{last_year} 年以后不作推算，无法计算工作日。</source>
        <comment>calendar.out_of_range</comment>
        <translation>{subject} is outside the working calendar ({first_day} to {last_year}-12-31): there are no holiday data before {first_year} and no estimate after {last_year}, so working days cannot be counted.</translation>
    </message>
    <message>
        <source>日期 {day}</source>
        <comment>calendar.the_date</comment>
        <translation>The date {day}</translation>
    </message>
    <message>
        <source>{start} 之后第 {n} 个工作日</source>
        <comment>calendar.nth_workday</comment>
        <translation>Working day {n} after {start}</translation>
    </message>
    <message>
        <source>JSON 中的键“{key}”出现了两次</source>
        <comment>calendar.key_twice</comment>
        <translation>The key “{key}” appears twice in the JSON</translation>
    </message>
    <message>
        <source>无法读取工作日历文件（{error}）</source>
        <comment>calendar.unreadable</comment>
        <translation>The working calendar file cannot be read ({error})</translation>
    </message>
    <message>
        <source>不是有效的 JSON（{error}）</source>
        <comment>calendar.not_json</comment>
        <translation>It is not valid JSON ({error})</translation>
    </message>
    <message>
        <source>工作日历文档应包含 years 列表（每年一个对象）</source>
        <comment>calendar.no_years</comment>
        <translation>A working calendar document must contain a years list (one object per year)</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <source>综合受理</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>出件</source>
        <translation>Handoff</translation>
    </message>
    <message>
        <source>承诺跟踪</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>现场监督</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>后台审批</source>
        <translation>Back office</translation>
    </message>
</context>
</TS>
