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
        <source>切换用户(&amp;W)…</source>
        <translation>S&amp;witch user…</translation>
    </message>
    <message>
        <source>AB岗：接班的工作人员登录，接续本窗口的工作（程序不关闭）</source>
        <translation>Backup post: the clerk taking over logs in and continues this window's work (the program stays open)</translation>
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
        <translation>The central server's address and your organisation's CA root certificate</translation>
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
        <translation>Read ID card: read the applicant's details from the ID card reader</translation>
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
        <translation>Transfer the selected cases' materials and print the handover sheet</translation>
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
        <translation>Agent's name</translation>
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
        <extracomment>Colours of the five levels, from 非常满意 (green) to 非常不满意 (red). Check what is still missing before a rating may be sent: (rating, comment, reasons) -&gt; words or "". Whether a rating is a 差评 whose reasons are asked for (the service's rule: ``EvaluationService.needs_reason``).</extracomment>
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
        <source>&lt;b&gt;办件 {no}&lt;/b&gt;　{item}　&lt;b&gt;{state}&lt;/b&gt;&lt;br&gt;申请人 {who}　承诺办结 {due}　法定时限 {legal}</source>
        <translation>&lt;b&gt;Case {no}&lt;/b&gt;　{item}　&lt;b&gt;{state}&lt;/b&gt;&lt;br&gt;Applicant {who}　Promised by {due}　Statutory limit {legal}</translation>
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
        <extracomment>How often the 高拍仪's folder is looked at while the dialog is open (ms).</extracomment>
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
        <translation>Choose the material's scans</translation>
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
        <source>办件 {case_no}　{state}</source>
        <translation>Case {case_no}　{state}</translation>
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
        <source>证件号码：{id}　联系电话：{phone}（本次查看已记录）</source>
        <translation>ID number: {id}　Phone: {phone} (this view is recorded)</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>找不到存档文件：{path}</source>
        <translation>Archived file not found: {path}</translation>
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
    <name>CenterItemsDialog</name>
    <message>
        <source>本中心检查项</source>
        <translation>This center's checklist items</translation>
    </message>
    <message>
        <source>国家标准 GB/T 36112-2018 的 {n} 项检查内容之外，本中心自行规定的检查项（保存后随下次同步报送中心，本中心各督查人员的电脑随之更新）：</source>
        <translation>Checklist items this center sets itself, beyond the {n} items of national standard GB/T 36112-2018 (once saved they are sent to the center with the next sync and reach every supervisor's PC of this center):</translation>
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
        <translation>Discard the change, use the center's version</translation>
    </message>
    <message>
        <source>本中心检查项的修改未被中心服务器接受：{words}。修改仍保留在本机（本机巡查暂按修改后的检查项），其他督查人员的电脑仍用中心的版本。可在“本中心检查项”中修改后保存、重新报送，或放弃修改。</source>
        <translation>The change to this center's checklist items was not accepted by the central server: {words}. The change stays on this PC (inspections here use it for now); other supervisors' PCs keep the center's version. Correct it under “Center checklist items” and save, send it again, or discard it.</translation>
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
        <translation>No central server is set on this PC: colleagues' records are kept only at the central server; set it and log in to see them</translation>
    </message>
    <message>
        <source>正在向中心服务器取同事的记录…</source>
        <translation>Fetching colleagues' records from the central server…</translation>
    </message>
    <message>
        <source>中心服务器上同事的记录共 {n} 条</source>
        <translation>Colleagues' records at the central server: {n}</translation>
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
        <extracomment>Asks whether a scan comes with a material (and which): ``scan.ask_scan``, or a test's own answer.</extracomment>
        <translation>Scan the notice's barcode or QR code, or type a case number, ID number or name</translation>
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
        <source>共 {n} 件（最早到期的在前）　黄色：{days}个工作日内到期　红色：已逾期</source>
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
        <translation>{n} newly marked overdue; {revoke} must have their acceptance revoked under the service item's rules: select each and click “Revoke conditional acceptance”.</translation>
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
    <name>Credentials</name>
    <message>
        <source>未找到系统密钥环：登录凭据仅保存在本次运行中</source>
        <translation>No system keyring found: the login is kept for this session only</translation>
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
        <extracomment>How the figures are fetched: the window's own store (default), or the center's server with the store as the cache (``services.supervision_center.dashboard``, on the network lane).</extracomment>
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
        <source>超期预警（红牌：已超期；黄牌：承诺时限已过大半；环节超时：后台未按时认领）</source>
        <translation>Overdue warnings (red: overdue; yellow: more than half the promised time used; step overdue: not claimed in time by the back office)</translation>
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
        <source>{period}：收件 {intakes} 件，受理 {accepted} 件，容缺受理 {conditional} 件，一次性告知 {notices} 件，不予受理 {refusals} 件，出件 {handoffs} 件，待领取 {waiting} 件。超期预警：红牌 {red} 件，黄牌 {yellow} 件，环节超时 {step} 件。</source>
        <translation>{period}: {intakes} received, {accepted} accepted, {conditional} conditionally accepted, {notices} one-time notices, {refusals} rejected, {handoffs} handed over, {waiting} awaiting collection. Overdue warnings: {red} red, {yellow} yellow, {step} step overdue.</translation>
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
        <extracomment>The service's reason why an outcome is closed (``IntakeService.why_not``).</extracomment>
        <translation>Choose a service item first</translation>
    </message>
    <message>
        <source>须先填好申请人信息（见下方红字）</source>
        <translation>First fix the applicant's details (below)</translation>
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
        <translation>Default deadline to supply: {date}. If not supplied in time, the service item's rules apply (result withheld or acceptance revoked).</translation>
    </message>
    <message>
        <source>将于 {due} 前（2 个工作日内）告知申请人。
注意：超过 {limit}（5 个工作日）仍未告知的，依《行政许可法》第三十二条自收到申请之日起即视为受理。</source>
        <translation>Notify the applicant by {due} (within 2 working days).
Note: if not notified by {limit} (5 working days), the application counts as accepted from the day it was received (Administrative Licensing Law, Art. 32).</translation>
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
        <translation>Applicant's &amp;ID number</translation>
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
        <translation>Proxy's name</translation>
    </message>
    <message>
        <source>代领人身份证号</source>
        <translation>Proxy's ID number</translation>
    </message>
    <message>
        <source>代领人电话</source>
        <translation>Proxy's phone</translation>
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
        <translation>Recipient's phone</translation>
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
        <translation>Collector's signature</translation>
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
        <translation>Today's mailing list</translation>
    </message>
    <message>
        <source>确认送达/取件</source>
        <translation>Confirm delivery/pickup</translation>
    </message>
    <message>
        <source>类别</source>
        <extracomment>The colours of what happened: done (green), refused or wrong (red), for information (grey). Prints a receipt: returns a problem in words, "" when it printed, or None when the print goes on off the GUI thread (the workspace's, through the operations gateway): ``HandoffPage.receipt_printed`` then tells how it ended.</extracomment>
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
        <source>请扫描通知书条码或在左侧列表中选择待领取的结果。</source>
        <translation>Scan the notice barcode or pick a waiting result in the list on the left.</translation>
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
        <translation>Scan the notice's barcode or choose a case in the list first</translation>
    </message>
    <message>
        <source>正在办理出件…</source>
        <translation>Handing over…</translation>
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
        <translation>Character 17 (the organisation code's check character) should be {expected}, not {actual}</translation>
    </message>
    <message>
        <source>登记管理部门：{authority}；机构类别：{type}</source>
        <comment>id.uscc.note</comment>
        <translation>Registration authority: {authority}; organisation type: {type}</translation>
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
        <extracomment>The photos' count after a finding's note; the text before "{n}" cuts it off again when the note is read back.</extracomment>
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
        <translation>This center's checklist &amp;items…</translation>
    </message>
    <message>
        <source>取相机或高拍仪拍出的照片（设备驱动写入：{folder}）</source>
        <translation>Take the photos a camera or document camera took (its driver writes to: {folder})</translation>
    </message>
    <message>
        <source>巡查人签名</source>
        <translation>Inspector's signature</translation>
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
        <source>{when}　{state}　不合格 {failed} 项</source>
        <translation>{when}　{state}　{failed} failed</translation>
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
        <translation>This center's checklist items are saved; the next inspection started includes them. They are sent to the center with the next sync.</translation>
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
        <translation>Enter the applicant's name</translation>
    </message>
    <message>
        <source>请填写企业名称</source>
        <comment>intake.no_enterprise_name</comment>
        <translation>Enter the enterprise's name</translation>
    </message>
    <message>
        <source>请填写法定代表人</source>
        <comment>intake.no_legal_representative</comment>
        <translation>Enter the legal representative</translation>
    </message>
    <message>
        <source>请填写代办人姓名</source>
        <comment>intake.no_agent_name</comment>
        <translation>Enter the agent's name</translation>
    </message>
    <message>
        <source>代办人证件：{reason}</source>
        <comment>intake.agent_id</comment>
        <translation>Agent's ID: {reason}</translation>
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
        <translation>Switch user (backup post): the clerk taking over logs in and continues this window's unfinished work; every action from then on is recorded under their name.</translation>
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
    <name>MainWindow</name>
    <message>
        <source>办件编号 / 身份证号 / 姓名，或扫描条码</source>
        <extracomment>What still works on the lock screen.</extracomment>
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
    <name>NoticeDesk</name>
    <message>
        <source>办件已保存，但通知书未能生成：通知书服务未就绪，未能生成 PDF。</source>
        <extracomment>What a desk's caller is told once the work is done: a problem in words ("" when all went well).</extracomment>
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
        <translation>The queue works in the Intake and Handoff workspaces, and needs the queue system's address (queue_server_url in the settings file)</translation>
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
        <source>手机</source>
        <translation>Mobile</translation>
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
    <name>RejectFields</name>
    <message>
        <source>不属本机关职权范围时必填</source>
        <translation>Required when the matter is outside this authority's powers</translation>
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
        <source>证照编号 {no}　</source>
        <translation>Licence number {no}　</translation>
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
    <name>SessionController</name>
    <message>
        <source>已切换用户：{name} 接续本窗口的工作</source>
        <extracomment>The login or logout under way (kept referenced until it ends; tests await it).</extracomment>
        <translation>User switched: {name} continues this window's work</translation>
    </message>
    <message>
        <source>已离线登录：中心服务器暂时无法连接，办件保存在本机</source>
        <translation>Logged in offline: the central server cannot be reached; cases are kept on this PC</translation>
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
        <translation>If the government intranet uses your organization's own certificates, choose the root certificate file (PEM format) provided by your administrator. Certificate verification is always on; plain http is allowed only for local addresses. Changes take effect as soon as they are saved: after changing the server you must log in again on the new server.</translation>
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
        <translation>Collector's signature</translation>
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
        <source>● 正在同步…</source>
        <translation>● Syncing…</translation>
    </message>
    <message>
        <source>● 在线</source>
        <translation>● Online</translation>
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
        <translation>This computer's clock is {minutes} min {direction} the server's: please correct it</translation>
    </message>
    <message>
        <source>办件时间和期限以服务器时间为准；本机时间不准会导致期限计算错误</source>
        <translation>Case times and deadlines follow the server's clock; a wrong local clock miscalculates deadlines</translation>
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
        <translation>Colleagues' records</translation>
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
Received and undecided: deferred notices past due, art. 32's five days.</extracomment>
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

The central server sends the SMS to the staff member's mobile number registered at the center; the center writes the text.</translation>
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
        <translation>Once you log in, this window's cases are synced to the central server. Without logging in you can still take applications; cases are saved on this computer.</translation>
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
        <translation>Each case's own department</translation>
    </message>
    <message>
        <source>（共 {n} 件）</source>
        <translation> ({n} cases)</translation>
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