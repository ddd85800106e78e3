<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <source>新建受理(&amp;N)</source>
        <translation>新建受理(&amp;N)</translation>
    </message>
    <message>
        <source>开始一件新的综合受理</source>
        <translation>开始一件新的综合受理</translation>
    </message>
    <message>
        <source>打印(&amp;P)…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>打印当前页面的通知书或回执</source>
        <translation>打印当前页面的通知书或回执</translation>
    </message>
    <message>
        <source>立即同步(&amp;S)</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>立即与中心服务器交换数据</source>
        <translation>立即与中心服务器交换数据</translation>
    </message>
    <message>
        <source>切换用户(&amp;W)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AB岗：接班的工作人员登录，接续本窗口的工作（程序不关闭）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>锁定(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>离开窗口时锁定：隐藏办件信息，重新登录后继续（同步照常进行）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>注销(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出登录，并在中心服务器上结束本次登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>中心服务器设置(&amp;C)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>中心服务器的地址和本单位的 CA 根证书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设置(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本窗口的设置：服务器、窗口、打印、通知书抬头和印章、语言、字号配色、锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>大字模式(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>适老化：正文 18 磅以上的大字显示（再按一次恢复）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>高对比度(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>适老化：黑白高对比度配色（再按一次恢复）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>关闭程序（未同步的数据保留在本机，下次启动继续上传）</source>
        <translation>关闭程序（未同步的数据保留在本机，下次启动继续上传）</translation>
    </message>
    <message>
        <source>查找办件(&amp;F)</source>
        <translation>查找办件(&amp;F)</translation>
    </message>
    <message>
        <source>转到办件搜索框（也可直接扫描条码）</source>
        <translation>转到办件搜索框（也可直接扫描条码）</translation>
    </message>
    <message>
        <source>叫号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>叫号：呼叫排队叫号机上的下一位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重呼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重呼：再次呼叫当前号票</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>转窗…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>转窗：把当前号票转到另一个窗口（输入窗口号后按回车）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>过号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>过号：当前号票的申请人未到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>快捷键帮助(&amp;K)</source>
        <translation>快捷键帮助(&amp;K)</translation>
    </message>
    <message>
        <source>显示所有快捷键</source>
        <translation>显示所有快捷键</translation>
    </message>
    <message>
        <source>全局</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作出所选的受理决定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>综合受理</source>
        <translation type="unfinished">综合受理</translation>
    </message>
    <message>
        <source>读卡：从身份证阅读器读取申请人信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>续办：输入或扫描一次性告知单上的办件编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>材料流转：把已受理办件的纸质材料移交后台，打印交接单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出件：按所选方式交付办理结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出件</source>
        <translation type="unfinished">出件</translation>
    </message>
    <message>
        <source>转到扫码框（扫描通知书条码）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>移交所选办件的材料并打印交接单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>材料流转对话框</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印预览中的通知书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>通知书预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>空格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请材料：收到 / 缺少</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>综合受理 · 申请材料表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请材料：不符合要求（填写原因）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请材料：原件 / 复印件 / 电子件（并标为收到）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请材料：拍摄或导入扫描件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从本次办理中移除所选事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>综合受理 · 本次办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+带下划线的字母</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>转到该字段或按下该按钮</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>转到下一个 / 上一个控件（当前控件有蓝色或黑黄边框）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicantForm</name>
    <message>
        <source>自然人(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法人或其他组织(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>读卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从身份证阅读器读取申请人信息 (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名(&amp;M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证件类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证件号码(&amp;I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 位身份证号或统一社会信用代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法定代表人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系电话(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11 位手机号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>委托代办人办理(&amp;G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代办人姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>授权委托书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：授权委托书(2026-11-20)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicantPanel</name>
    <message>
        <source>企业名称(&amp;M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名(&amp;M)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicantRatingPage</name>
    <message>
        <source>非常满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>基本满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>非常不满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>等候时间过长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作人员态度不好</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办事指南不清楚、一次告知不到位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>要求提交清单以外的材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>超过承诺时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>多次往返</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果有错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请您对本次服务作出评价</source>
        <extracomment>Colours of the five levels, from 非常满意 (green) to 非常不满意 (red). Check what is still missing before a rating may be sent: (rating, comment, reasons) -&gt; words or &quot;&quot;. Whether a rating is a 差评 whose reasons are asked for (the service&apos;s rule: ``EvaluationService.needs_reason``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>很抱歉给您带来不便。请告诉我们哪里做得不好（可多选）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>您的意见（可不填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>返回重选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提交评价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>感谢您的评价！</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicantScreen</name>
    <message>
        <source>服务评价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>面向申请人的评价屏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评价窗口（请将屏幕转向申请人）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackOfficePage</name>
    <message>
        <source>本部门待办（最早流转的在前）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>部门编码（空：本中心全部）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>刷新(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请在左侧选择一件办件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>扫描材料(&amp;1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审批办理(&amp;2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理进度(&amp;3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>认领审查(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>要求补正…(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录办理环节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意见（可空）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审批决定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>准予许可(&amp;Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不予许可(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>决定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果名称(&amp;M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不予许可时必填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>理由(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作出决定(&amp;J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证照或批文编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证照编号(&amp;Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附办理结果(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果已出，转窗口出件(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在读取待办…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，{k} 件已超期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在读取办件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;办件 {no}&lt;/b&gt;&#x3000;{item}&#x3000;&lt;b&gt;{state}&lt;/b&gt;&lt;br&gt;申请人 {who}&#x3000;承诺办结 {due}&#x3000;法定时限 {legal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>补正中，计时中止：{what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>后台尚未办理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在认领…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在记录…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在提交决定…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在附办理结果…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在转窗口出件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在退回补正…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackOfficeQueue</name>
    <message>
        <source>承诺办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办件编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>流转时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>认领人</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackOfficeWorkspace</name>
    <message>
        <source>后台审批须连接中心服务器：本机尚未设置中心服务器地址（server_url）或尚未登录。请联系管理员。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarWatch</name>
    <message>
        <source>载入节假日安排…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>载入国务院办公厅公布的节假日安排（工作日历 JSON 文件），暂定期限随即重新计算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择节假日安排文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作日历 (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在载入节假日安排并重新计算期限…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>节假日安排未载入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>节假日安排已载入，没有需要重新计算的暂定期限。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <source>采集材料：{name}</source>
        <extracomment>How often the 高拍仪&apos;s folder is looked at while the dialog is open (ms).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>高拍仪/扫描仪输出文件夹：{folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自动取图（高拍仪拍摄后自动加入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从高拍仪取图</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>向左旋转</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>向右旋转</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>裁剪…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>前移</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>后移</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择材料扫描件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>扫描件 (*.jpg *.jpeg *.png *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在保存扫描件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已加入 {n} 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF 文件不能在此裁剪：请在扫描时调整，或改用图片格式扫描</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已更新第 {n} 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已删除第 {n} 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF
{n} 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {n} 页 · {kb} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未采集</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseChooserDialog</name>
    <message>
        <source>选择办件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找到 {n} 个办件（姓名已遮蔽）。用 ↑↓ 选择，回车查看，Esc 关闭。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseSearchRouter</name>
    <message>
        <source>本机数据库尚未打开，不能查找办件</source>
        <extracomment>The workspaces that answer 查找办件 themselves while shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有找到办件：{text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>办件编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收件时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间（北京时间）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>窗口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出具日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>通知书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>份次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可否补打</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseViewDialog</name>
    <message>
        <source>办件 {case_no}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>补正材料已收齐，恢复计时(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请人已按后台要求补正：恢复计时，办件回到后台继续审批（记录经办人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示证件号码和电话(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>仅在办事需要时查看；每次查看都会记录经办人和时间（个人信息保护）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>概况(&amp;1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>材料(&amp;2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理记录(&amp;3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>通知书(&amp;4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开 PDF(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>补打(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按原内容重新打印，纸面标题注明“补打”，并记录经办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机没有该办件已出具通知书的存档。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办件 {case_no}&#x3000;{state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>需要处理：后台要求补正 {what}（计时已中止）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>需要处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>容缺承诺</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>后台办理进度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出件</source>
        <translation type="unfinished">出件</translation>
    </message>
    <message>
        <source>评价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已恢复计时，办件回到后台继续审批（同步后后台可见）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证件号码：{id}&#x3000;联系电话：{phone}（本次查看已记录）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到存档文件：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法打开 PDF（本机没有 PDF 阅读程序？）：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已补打{title}（已记录；补打件存档：{path}）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <source>即将推出</source>
        <translation>即将推出</translation>
    </message>
    <message>
        <source>该工作区正在开发中，本版本暂不可用。</source>
        <translation>该工作区正在开发中，本版本暂不可用。</translation>
    </message>
</context>
<context>
    <name>CommitmentsPage</name>
    <message>
        <source>刷新(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发送到期提醒(&amp;M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处理逾期(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>容缺材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>补交所选材料(&amp;B)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办结承诺(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>撤销容缺受理…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>延期办理（限时办结制）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办件编号(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>扫描或输入办件编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新办结日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>延期理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批准人(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机关负责人姓名、职务（《行政许可法》第四十二条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>延期并打印告知书(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>黄色：{days}个工作日内到期&#x3000;红色：已逾期</source>
        <extracomment>Asks whether a scan comes with a material (and which): ``scan.ask_scan``, or a test&apos;s own answer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>扫描通知书条码或二维码，或输入办件编号、证件号码、姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办件 {case_no}（{name}）不在承诺跟踪列表中：没有未结的容缺承诺或待告知事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机找不到办件 {case_no}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已找到办件 {case_no}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在上方列表中选择一个办件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自 {since} 起，期限 {due}（{left}），办件状态：{state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（暂定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待补：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已补：{name}（{date}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先选择待补的材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取消，未登记补交：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已登记补交：{name}（附扫描件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在登记补交…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办件 {case_no} 的容缺承诺已办结，结果可以发放。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已排队 {n} 条到期提醒短信。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>今天没有需要提醒的承诺。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新标记逾期 {n} 件；{revoke} 件按事项规定应撤销受理，请选中后点“撤销容缺受理”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新标记逾期 {n} 件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办件 {case_no} 的容缺受理已撤销，告知书已生成。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在延期…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到办件“{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已登记补交：{name}（无扫描件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在撤销…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到办件“{text}”，请输入或扫描办件编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该办件没有承诺办结日期，不能延期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本事项不允许延期办理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>依{basis}，自原承诺日期 {base} 起最多延长 {days} 个工作日，即最晚至 {latest}{note}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办件 {case_no} 已延期至 {date}，延期办理告知书已生成，短信已排队。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentsWorkspace</name>
    <message>
        <source>承诺跟踪暂不可用：本机数据库尚未打开。请重新启动程序；如仍不能使用，请联系管理员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>承诺与告知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期限调整（{n} 件待告知）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期限调整</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>要求窗口补正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>勾选需补正的全部材料，写明原因和补正要求（一次告知）。提交后办件退回窗口，计时中止，并短信告知申请人。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>材料（勾选需补正的）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如何补正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加其他材料(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明(&amp;M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退回补正(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>未找到系统密钥环：登录凭据仅保存在本次运行中</source>
        <translation>未找到系统密钥环：登录凭据仅保存在本次运行中</translation>
    </message>
</context>
<context>
    <name>CropDialog</name>
    <message>
        <source>裁剪：拖动鼠标框出要保留的部分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>裁剪</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>今日</source>
        <extracomment>How the figures are fetched: the window&apos;s own store (default), or the center&apos;s server with the store as the cache (``services.supervision_center.dashboard``, on the network lane).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本周</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自定义时段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>刷新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出报表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时段：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各窗口、各工作人员办件量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>超期预警（红牌：已超期；黄牌：承诺时限已过大半；环节超时：后台未按时认领）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看办件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>短信提醒经办人…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在统计…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在向中心服务器取数…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据来源：{source}，截至 {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{period}：收件 {intakes} 件，受理 {accepted} 件，容缺受理 {conditional} 件，一次性告知 {notices} 件，不予受理 {refusals} 件，出件 {handoffs} 件，待领取 {waiting} 件。超期预警：红牌 {red} 件，黄牌 {yellow} 件，环节超时 {step} 件。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <source>受理决定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受理(&amp;1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>即办，当场办结(&amp;2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一次性告知(&amp;3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>容缺受理(&amp;4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不予受理(&amp;5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复杂问题，延后告知(&amp;6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>容缺受理承诺</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>补齐期限(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>承诺人签字(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>承诺人签名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>纸质承诺书已签字(&amp;W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>清除签名，重新签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不予受理理由(&amp;Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>延后告知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>需核实的问题(&amp;Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作出决定 (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>选择常用理由或直接填写</source>
        <extracomment>The service&apos;s reason why an outcome is closed (``IntakeService.why_not``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请承诺人在此签名（鼠标、手写笔或手指）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>承诺人签名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>承诺人在打印的承诺书上亲笔签字后，由工作人员勾选确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待改正：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>承诺办结日期：{date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法定办结日期：{date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暂定：以国务院办公厅公布的节假日安排为准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>须补正的全部材料：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>默认补齐期限 {date}；逾期未补齐的，按事项规定处理（暂停出件或撤销受理）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将于 {due} 前（2 个工作日内）告知申请人。
注意：超过 {limit}（5 个工作日）仍未告知的，依《行政许可法》第三十二条自收到申请之日起即视为受理。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>程序发生内部错误：{summary}</source>
        <translation>程序发生内部错误：{summary}</translation>
    </message>
    <message>
        <source>已保存的办件不受影响。请记下当前操作并联系技术支持。详细记录见：{path}</source>
        <translation>已保存的办件不受影响。请记下当前操作并联系技术支持。详细记录见：{path}</translation>
    </message>
    <message>
        <source>内部错误</source>
        <translation>内部错误</translation>
    </message>
</context>
<context>
    <name>FileReviewPage</name>
    <message>
        <source>例如：{month} 第一组（第二位评查人用同一种子抽到同样的卷宗）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>抽取卷宗(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>抽样种子：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办结的办件中抽取</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>范围：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办件编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评查结论</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>情况说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录结论(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看卷宗(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已抽取 {n} 件卷宗（种子：{seed}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未评查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先在列表中选择一件卷宗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已记录。还有 {n} 件未评查。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本次评查已全部完成。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>容缺承诺</source>
        <extracomment>Background colours (light, so black text stays readable) and the words, for colour-blind clerks too.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>延后告知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正常</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（暂定）</source>
        <extracomment>After a date counted on a provisional holiday year (issue 10).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>逾期{n}个工作日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>今天到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>剩{n}个工作日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办件编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>剩余</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待办事项</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>只看未办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办件编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原因与意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评价日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>写明回访、整改、解释或反馈的情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看办件(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回访核实 {v} 个工作日内，整改和反馈 {r} 个工作日内（自评价之日起）；红色为已超期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（已超期）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在列表中选择一条差评。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} {who} {step}：{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未回访。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已记录。差评已办结。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已记录，下一步：{s}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoffPage</name>
    <message>
        <source>扫描通知书条码，或输入办件编号/证件号码(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>扫码后自动打开办件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待领取结果（等候最久的在前）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>刷新列表(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>短信通知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发送领取通知(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重发所选短信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本人领取(&amp;1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请人证件号码(&amp;I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>刷身份证或输入证件号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>他人代领(&amp;2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代领人姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代领人身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代领人电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>授权委托书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：授权委托书（2026-11-18）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMS邮寄(&amp;3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收件人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收件人电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>省/市/区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>省</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>市</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>区（县）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>街道门牌</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>邮政编码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>邮件单号(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>扫描或输入，如 EA123456785CN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>智能柜(&amp;4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>柜格号(&amp;G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如 A12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>领取人签名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>清除签名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已在打印的领取回执上签字(&amp;W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>好差评（由申请人本人评价）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请申请人评价(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出件并打印回执 (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>今日邮寄清单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确认送达/取件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <extracomment>The colours of what happened: done (green), refused or wrong (red), for information (grey). Prints a receipt; returns a problem in words (&quot;&quot; when it printed).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>领取人在打印的领取回执上亲笔签字后，由工作人员勾选确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待领取的办理结果（共 {n} 件，等候最久的在前）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请扫描通知书条码或在左侧列表中选择待领取的结果。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未登记）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办件编号：{case_no}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请人：{name}  证件：{id}  手机：{phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代办人：{name}（{id}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理结果：{result}  状态：{state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取件码：{code}（已短信发送给申请人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>存入后系统自动生成6位取件码，显示在此处，并以短信发送给申请人。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先扫描通知书条码或在列表中选择办件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在办理出件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取件码 {code}，请告知申请人（已短信发送）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>领取回执已送打印。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>领取通知短信已排队，联网后经中心发送。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先在短信列表中选择要重发的短信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已重新排队发送。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办件 {case_no} 已出件（{collector}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办件 {case_no} 已出件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已登记送达结果，将同步反馈至中心。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoffWorkspace</name>
    <message>
        <source>出件暂不可用：本机数据库尚未打开。请重新启动程序；如仍不能使用，请联系管理员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机未安装打印机：回执已保存为 PDF，并在预览中打开，可从预览打印。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>领取回执预览</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionPage</name>
    <message>
        <source>新建巡查(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>以往的巡查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>以往巡查：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>检查内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>情况说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>为所选项附照片(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>巡查人签名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在打印的记录上签名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签名并完成(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生成巡查记录 PDF(&amp;R)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已签名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>进行中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}&#x3000;{state}&#x3000;不合格 {failed} 项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{item}”的结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合格 {p} 项，不合格 {f} 项，未检查 {left} 项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>点“新建巡查”开始一次现场巡查。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已开始巡查：逐项选择合格或不合格，不合格请写明情况。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请在“情况说明”中写明看到的问题，回车保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先在列表中选择要附照片的检查项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择照片</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>照片 (*.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在保存照片…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>巡查记录已签名，将在下次同步时报送中心。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存巡查记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>巡查记录已保存：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在生成巡查记录…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>未能读取未完成的收件：{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>续办 {no} · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已恢复未完成的收件：{title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>放弃草稿失败：{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>草稿未能保存：{error}。已输入的内容仍在屏幕上，修改后会再次尝试保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已即办办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已出具一次性告知单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已容缺受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已不予受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>续办 {no}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新的收件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · 号票 {no}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有读到身份证：请把证件放在阅读器上再试</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已读取身份证：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在核验电子证照…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一件事：{name}（Delete 移除）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本次办理（Delete 移除）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>注意：一次告知未做到！首次告知单（{no}）没有列出以下材料：{names}。依规定须一次告知全部需补正的内容，此情况将报现场监督。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写不符合要求的原因：{names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请写明需要核实的问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在记录决定并生成通知书…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已登记，办件编号 {no}；请于 {due} 前告知申请人（超过 5 个工作日视为受理）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}，办件编号 {no}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已送打印：{n} 份通知书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>续办 {no}：已带出首次收件的申请人和已收材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>综合受理</source>
        <translation type="unfinished">综合受理</translation>
    </message>
    <message>
        <source>续办(&amp;R)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一次性告知单上的办件编号，或扫描条码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建收件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始一个新的收件 (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>继续未完成的收件：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>继续办理(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>放弃该草稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理事项(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名称、编码、拼音或首字母</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按部门筛选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找到的办理事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>情形引导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请材料(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>空格：收到 / 缺少；D：不符合要求（填写原因）；1 原件、2 复印件、3 电子件</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeWorkspace</name>
    <message>
        <source>综合受理暂不可用：本机数据库尚未打开。请重新启动程序；如仍不能使用，请联系管理员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>读卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>材料流转…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>续办…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemSearch</name>
    <message>
        <source>全部部门</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListsPage</name>
    <message>
        <source>容缺受理承诺（未履行）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>延后告知逾期、行政许可法第三十二条五日将满</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一次告知不到位（第二次告知了第一次未列出的材料）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>政务服务窗口工作台</source>
        <translation type="unfinished">政务服务窗口工作台</translation>
    </message>
    <message>
        <source>登录(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户名(&amp;U)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码(&amp;P)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请登录后开始工作。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>窗口已锁定，办件信息已隐藏。{name}或接班的工作人员登录后继续。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>切换用户（AB岗）：接班的工作人员登录后，接续本窗口未办完的工作；此后的每项操作都记录在接班人名下。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}已注销。请登录后继续工作。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原工作人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>中心服务器：{url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>连不上中心服务器时，{days} 天内在本机联网登录过的账号可离线登录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在登录…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请输入用户名和密码</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>登录中心服务器</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>中心服务器：{url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>稍后登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户名(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>办件编号 / 身份证号 / 姓名，或扫描条码</source>
        <extracomment>What still works on the lock screen.</extracomment>
        <translation>办件编号 / 身份证号 / 姓名，或扫描条码</translation>
    </message>
    <message>
        <source>输入后按回车查找办件；扫码枪扫描通知书条码会自动查找 (Ctrl+F)</source>
        <translation>输入后按回车查找办件；扫码枪扫描通知书条码会自动查找 (Ctrl+F)</translation>
    </message>
    <message>
        <source>查找办件</source>
        <translation>查找办件</translation>
    </message>
    <message>
        <source>当前登录的角色在本程序中没有工作区。
如需在窗口或后台工作，请切换用户，以相应角色的账号登录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>综合受理工作区即将推出，暂不能新建受理</source>
        <translation>综合受理工作区即将推出，暂不能新建受理</translation>
    </message>
    <message>
        <source>当前页面没有可打印的内容</source>
        <translation>当前页面没有可打印的内容</translation>
    </message>
    <message>
        <source>已切换为大字模式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已恢复标准字号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已切换为高对比度配色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已恢复标准配色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上次运行异常退出，崩溃记录已保存：{path}</source>
        <translation>上次运行异常退出，崩溃记录已保存：{path}</translation>
    </message>
    <message>
        <source>缺少中文字体</source>
        <translation>缺少中文字体</translation>
    </message>
    <message>
        <source>政务服务窗口工作台</source>
        <translation>政务服务窗口工作台</translation>
    </message>
    <message>
        <source>工作区导航</source>
        <translation>工作区导航</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>工作区(&amp;W)</source>
        <translation>工作区(&amp;W)</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>主工具栏</source>
        <translation>主工具栏</translation>
    </message>
</context>
<context>
    <name>MaterialsModel</name>
    <message>
        <source>材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>形式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>份数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明 / 不符合要求的原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>扫描件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待核验</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已收取</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已补齐</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>免提交</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缺少</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不符合要求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>容缺</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复印件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电子件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写不符合要求的原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（可选）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（可容缺）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已通过电子证照核验（证照编号 {no}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据共享获取（{source}），无需申请人提交</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据共享获取，无需提交</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaterialsViewer</name>
    <message>
        <source>上一页(&amp;P)</source>
        <extracomment>A PDF page is rendered at this scale (72 dpi × 2: readable on screen, a few MB at most).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下一页(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该办件没有电子材料（扫描件）；请以纸质材料为准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在读取扫描件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这一页无法显示（文件已损坏或格式不受支持）；请以纸质材料为准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 第 {page} 页（共 {n} 页中的第 {i} 页）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MovedDeadlinesModel</name>
    <message>
        <source>办件编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调整内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重新计算时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>短信告知</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MovedDeadlinesPanel</name>
    <message>
        <source>国务院办公厅公布节假日安排后，按暂定安排计算的期限已重新计算。下列办件的日期有调整；承诺办结日期推后的，请短信或当面告知申请人。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有因节假日安排调整期限的办件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>短信告知申请人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将办结日期调整的短信排队发送给所选办件的申请人（仅发送一次）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已排队发送短信至 {phone}（办件 {case_no}）。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticePreviewDialog</name>
    <message>
        <source>通知书预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印 (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>另存为 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>另存为 PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>叫号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>叫号 F7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重呼 F8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>转窗 F9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>过号 F10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>转到几号窗口？回车确认，Esc 取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在叫号…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在重呼…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前没有正在办理的号票，不能转窗：请先叫号（F7）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{no} 已转到 {to} 号窗口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在转窗…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{no} 已过号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在过号…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在与叫号系统通信，请稍候</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>叫号出错：{error}。可以不取号继续受理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有人在等候</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已呼叫 {no}，请到本窗口办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已重呼 {no}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无号票</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已等候 {m} 分 {s} 秒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还有 {n} 人等候</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取消转窗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>叫号在综合受理和出件工作区使用，且须设置叫号系统地址（设置文件的 queue_server_url）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingControl</name>
    <message>
        <source>办件编号：{case_no}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评价未能记录：{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本窗口未连接评价器或评价屏，请引导申请人通过其他渠道评价。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请人已评价。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请申请人在{where}上评价……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出件后请申请人本人评价（工作人员不得代评或干预）。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingsPage</name>
    <message>
        <source>按窗口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按工作人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>差评（须调查核实、督促整改并反馈，条例第五十二条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{at} {case_no}（{item}，{window} {clerk}）：{rating} 分 {reasons} {comment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本时段没有差评</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadyModel</name>
    <message>
        <source>办件编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>容缺</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暂缓发放</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>容缺受理：承诺的材料补齐前不能出件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待领取自</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>已切换用户：{name} 接续本窗口的工作</source>
        <extracomment>The login or logout under way (kept referenced until it ends; tests await it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已离线登录：中心服务器暂时无法连接，办件保存在本机</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>设置</source>
        <extracomment>Pages, by the key ``page`` names.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设置页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>中心服务器</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务器地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务器地址(&amp;A)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA 根证书文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不填写时使用系统信任的证书颁发机构</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择 CA 根证书文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA 根证书(&amp;B)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>测试连接(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>测试连接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政务内网使用本单位自建证书时，请选择管理员提供的根证书文件（PEM 格式）。证书验证始终开启；明文 http 只允许本机地址。保存后立即生效：更换服务器后须在新服务器上重新登录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本窗口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>中心代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 位数字，如 41122101</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>中心代码(&amp;Z)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>窗口号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>窗口号(&amp;W)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无操作自动锁定（分钟）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 至 {most} 分钟；0 为不自动锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无操作自动锁定(&amp;L)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>中心代码和窗口号印在新办件的编号和通知书上，重新启动程序后用于新办件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>通知书打印机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>系统默认打印机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}（未安装）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印机(&amp;P)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>纸张</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4（210×297 毫米）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A5（148×210 毫米，按比例缩小）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>纸张(&amp;S)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>通知书模板目录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不填写时使用程序自带的模板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择通知书模板目录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>模板目录(&amp;M)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>通知书抬头：中心名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>抬头名称(&amp;N)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>通知书抬头：地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地址(&amp;D)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>通知书抬头：联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系电话(&amp;E)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>印章图片文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>透明底 PNG；不填写时不印章</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择印章图片</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>印章图片(&amp;G)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>界面</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>简体中文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>界面语言(&amp;Y)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>字号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标准字号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>大字模式（适老化，正文 18 磅以上）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>字号(&amp;X)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>配色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标准配色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>高对比度（黑白）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>配色(&amp;C)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>字号和配色保存后立即生效，也可随时按 Ctrl+Shift+T（大字）、Ctrl+Shift+H（高对比度）切换。界面语言在重新启动程序后生效。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分钟（0 为不锁定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择 CA 根证书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证书文件 (*.pem *.crt *.cer);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>图片 (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设置无法保存：{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在连接 {server} …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutHelpDialog</name>
    <message>
        <source>快捷键</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>快捷键列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按键</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>作用</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>适用范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>请领取人在此签名（鼠标、手写笔或手指）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>领取人签名</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulatedRatingDevice</name>
    <message>
        <source>评价器</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SituationPanel</name>
    <message>
        <source>所选事项没有需要选择的情形</source>
        <extracomment>Up to this many options are shown as radio buttons; more go into a combo box.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>立即同步</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>立即与中心服务器交换数据 (F5)</source>
        <translation>立即与中心服务器交换数据 (F5)</translation>
    </message>
    <message>
        <source>● 正在同步…</source>
        <translation>● 正在同步…</translation>
    </message>
    <message>
        <source>● 在线</source>
        <translation>● 在线</translation>
    </message>
    <message>
        <source>● 离线</source>
        <translation>● 离线</translation>
    </message>
    <message>
        <source>已连接中心服务器</source>
        <translation>已连接中心服务器</translation>
    </message>
    <message>
        <source>未连接中心服务器：办件照常保存在本机，联网后自动上传</source>
        <translation>未连接中心服务器：办件照常保存在本机，联网后自动上传</translation>
    </message>
    <message numerus="yes">
        <source>待上传 %n 条</source>
        <translation>
            <numerusform>待上传 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>，%n 条需处理</source>
        <translation>
            <numerusform>，%n 条需处理</numerusform>
        </translation>
    </message>
    <message>
        <source>本机已保存、尚未被中心服务器接收的记录数</source>
        <translation>本机已保存、尚未被中心服务器接收的记录数</translation>
    </message>
    <message>
        <source>尚未同步</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>上次同步 {time}</source>
        <translation>上次同步 {time}</translation>
    </message>
    <message>
        <source>同步失败：{error}</source>
        <translation>同步失败：{error}</translation>
    </message>
    <message>
        <source>快</source>
        <translation>快</translation>
    </message>
    <message>
        <source>慢</source>
        <translation>慢</translation>
    </message>
    <message>
        <source>本机时间比服务器{direction} {minutes} 分钟，请校准系统时间</source>
        <translation>本机时间比服务器{direction} {minutes} 分钟，请校准系统时间</translation>
    </message>
    <message>
        <source>办件时间和期限以服务器时间为准；本机时间不准会导致期限计算错误</source>
        <translation>办件时间和期限以服务器时间为准；本机时间不准会导致期限计算错误</translation>
    </message>
    <message>
        <source>未登录</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>{number}号窗口</source>
        <translation>{number}号窗口</translation>
    </message>
    <message>
        <source>未设置窗口</source>
        <translation>未设置窗口</translation>
    </message>
</context>
<context>
    <name>Supervision</name>
    <message>
        <source>容缺与告知</source>
        <extracomment>(untranslated title, factory) of the pages after the dashboard, in tab order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>好差评</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>差评跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>现场巡查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>卷宗评查</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionWorkspace</name>
    <message>
        <source>现场监督暂不可用：本机数据库尚未打开。请重新启动程序；如仍不能使用，请联系管理员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>总览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>短信提醒经办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>给 {clerk}（{window}）发送催办短信，请输入其手机号码：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>催办短信已排队，将随同步经中心服务器发出：{text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出现场监督报表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF 报表 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报表已导出：{pdf}、{xlsx}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在生成报表…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>已改用中心服务器 {server}，正在连接</source>
        <extracomment>How long after the sync loop ended unexpectedly it is started again. The old engine and uploader being closed after new server settings (``apply_server_settings``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录后，本窗口的办件会同步到中心服务器。未登录时仍可照常受理，办件保存在本机。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>材料流转</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按各办件事项所属部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（共 {n} 件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待流转的办件(&amp;L)：没有了，已受理的办件都已移交后台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已选 {n} 件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先选择要流转的办件（↑↓ 选择，Ctrl+A 全选）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在流转…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已流转 {n} 件，交接单已存档：{nos}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferForm</name>
    <message>
        <source>待流转的办件(&amp;L)：已受理、容缺受理，纸质材料尚未移交后台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+↑↓ 连选，Ctrl+↑↓ 移动、Ctrl+空格 逐件选，Ctrl+A 全选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>接收部门(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>流转并打印交接单(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferModel</name>
    <message>
        <source>办件编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收件日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <source>综合受理</source>
        <translation>综合受理</translation>
    </message>
    <message>
        <source>出件</source>
        <translation>出件</translation>
    </message>
    <message>
        <source>承诺跟踪</source>
        <translation>承诺跟踪</translation>
    </message>
    <message>
        <source>现场监督</source>
        <translation>现场监督</translation>
    </message>
    <message>
        <source>后台审批</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
