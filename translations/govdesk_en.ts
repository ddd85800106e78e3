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
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>关闭程序（未同步的数据保留在本机，下次启动继续上传）</source>
        <translation>Close the program (unsent records stay on this computer and are sent at the next start)</translation>
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
        <source>快捷键帮助(&amp;K)</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>显示所有快捷键</source>
        <translation>Show all keyboard shortcuts</translation>
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
    <name>Credentials</name>
    <message>
        <source>未找到系统密钥环：登录凭据仅保存在本次运行中</source>
        <translation>No system keyring found: the login is kept for this session only</translation>
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
    <name>MainWindow</name>
    <message>
        <source>办件编号 / 身份证号 / 姓名，或扫描条码</source>
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
        <source>综合受理工作区即将推出，暂不能新建受理</source>
        <translation>The intake workspace is coming soon; a new intake cannot be started yet</translation>
    </message>
    <message>
        <source>当前页面没有可打印的内容</source>
        <translation>Nothing to print on this page</translation>
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
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>主工具栏</source>
        <translation>Main toolbar</translation>
    </message>
</context>
<context>
    <name>ShortcutHelpDialog</name>
    <message>
        <source>快捷键</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>按键</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>作用</source>
        <translation>Action</translation>
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
</context>
</TS>
