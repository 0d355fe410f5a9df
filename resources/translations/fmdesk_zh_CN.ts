<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AcceptanceDialog</name>
    <message>
        <source>Three-level acceptance — {0}</source>
        <translation>三级验收 — {0}</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>验收人</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Fail (back to the contractor)</source>
        <translation>不通过（退回承包商）</translation>
    </message>
    <message>
        <source>Who checked the work</source>
        <translation>验收人姓名</translation>
    </message>
    <message>
        <source>Next level</source>
        <translation>下一级</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>1 · Contractor self-check</source>
        <translation>1 · 承包商自检</translation>
    </message>
    <message>
        <source>2 · Property initial check</source>
        <translation>2 · 物业初验</translation>
    </message>
    <message>
        <source>3 · Third-party final check</source>
        <translation>3 · 第三方终验</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不通过</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>验收</translation>
    </message>
    <message>
        <source>Passed {0} of 3 levels</source>
        <translation>已通过 {0}/3 级</translation>
    </message>
    <message>
        <source>due by {0}</source>
        <translation>应于 {0} 前完成</translation>
    </message>
    <message>
        <source>late</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>All three levels passed: the work is accepted.</source>
        <translation>三级验收全部通过，工作已验收。</translation>
    </message>
    <message>
        <source>Record the acceptance once the work is rectified.</source>
        <translation>工单整改完成后才能记录验收。</translation>
    </message>
</context>
<context>
    <name>AssetCardPanel</name>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履历</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>安装日期</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>制造商</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Open work orders</source>
        <translation>未完成工单</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Repeated inspection findings: {0}</source>
        <translation>屡查屡犯的巡检问题：{0}</translation>
    </message>
    <message>
        <source>Report a fault on this asset…</source>
        <translation>为该设备报修…</translation>
    </message>
    <message>
        <source>Select an asset in the model or the register</source>
        <translation>请在模型或设备台账中选择一台设备</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>出厂编号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>This asset is no longer in the model.</source>
        <translation>该设备已不在当前模型中。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>上传时间</translation>
    </message>
    <message>
        <source>Warranty until</source>
        <translation>保修截止</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
</context>
<context>
    <name>AssetRegisterPanel</name>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All storeys</source>
        <translation>全部楼层</translation>
    </message>
    <message>
        <source>All systems</source>
        <translation>全部系统</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Filter by code, name or serial number</source>
        <translation>按编码、名称或出厂编号筛选</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Storey</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>{0} asset(s)</source>
        <translation>共 {0} 台设备</translation>
    </message>
</context>
<context>
    <name>AssetSearchBox</name>
    <message>
        <source>Scan or type an asset code</source>
        <translation>扫码或输入设备编码</translation>
    </message>
    <message>
        <source>Type an asset code, serial number or GlobalId, or scan a QR label; Enter opens it</source>
        <translation>输入设备编码、出厂编号或 GlobalId，或扫描二维码标签；按回车打开</translation>
    </message>
</context>
<context>
    <name>AssetSlots</name>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Asset {0}: {1}</source>
        <translation>设备 {0}：{1}</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Find an asset by code</source>
        <translation>按编码查找设备</translation>
    </message>
    <message>
        <source>Import assets</source>
        <translation>导入设备</translation>
    </message>
    <message>
        <source>Importing the assets of {0}</source>
        <translation>正在导入 {0} 中的设备</translation>
    </message>
    <message>
        <source>No asset has the code &apos;{0}&apos;.</source>
        <translation>没有编码为“{0}”的设备。</translation>
    </message>
    <message>
        <source>Open a model first, then import its assets.</source>
        <translation>请先打开模型，再导入其中的设备。</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG images (*.png)</source>
        <translation>PDF (*.pdf);;PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Print QR labels</source>
        <translation>打印二维码标签</translation>
    </message>
    <message>
        <source>QR labels</source>
        <translation>二维码标签</translation>
    </message>
    <message>
        <source>QR labels written to {0}</source>
        <translation>二维码标签已保存到 {0}</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Select one or more assets in the asset register first.</source>
        <translation>请先在设备台账中选择一台或多台设备。</translation>
    </message>
    <message>
        <source>This element has no asset record</source>
        <translation>该构件没有设备台账记录</translation>
    </message>
    <message>
        <source>{0}: {1} added, {2} changed, {3} removed, {4} unchanged; {5} space(s) added</source>
        <translation>{0}：新增 {1}，变更 {2}，移除 {3}，未变 {4}；新增空间 {5} 个</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backup failed: {0}</source>
        <translation>备份失败：{0}</translation>
    </message>
    <message>
        <source>Backup written: {0} ({1:.1f} MB)</source>
        <translation>备份已写入：{0}（{1:.1f} MB）</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source> backups</source>
        <translation> 份</translation>
    </message>
    <message>
        <source>A backup holds every record, document and photo; restore it with &apos;fmdesk db restore FILE --db URL&apos; into a new, empty database.</source>
        <translation>备份包含全部记录、文档和照片；用“fmdesk db restore 文件 --db 地址”恢复到一个新的空数据库。</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Daily (at start-up, or when a day has passed)</source>
        <translation>每天（启动时，或距上次备份满一天时）</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Scheduled backup</source>
        <translation>定时备份</translation>
    </message>
</context>
<context>
    <name>CalmProgressBar</name>
    <message>
        <source>{0} s</source>
        <translation>{0} 秒</translation>
    </message>
</context>
<context>
    <name>ContextActions</name>
    <message>
        <source>Copy GlobalId</source>
        <translation>复制 GlobalId</translation>
    </message>
    <message>
        <source>Frame selection</source>
        <translation>缩放到所选</translation>
    </message>
    <message>
        <source>Guided leak handling…</source>
        <translation>漏水处置…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Hide this class</source>
        <translation>隐藏此类别</translation>
    </message>
    <message>
        <source>Isolate here</source>
        <translation>在此处隔离（漏水/故障）</translation>
    </message>
    <message>
        <source>Isolate its storey</source>
        <translation>只显示其所在楼层</translation>
    </message>
    <message>
        <source>Leak drill here</source>
        <translation>在此做漏水演练</translation>
    </message>
    <message>
        <source>Mark as inoperable</source>
        <translation>标记为无法操作</translation>
    </message>
    <message>
        <source>Mark as operable</source>
        <translation>标记为可以操作</translation>
    </message>
    <message>
        <source>Mark as source</source>
        <translation>标记为水源/电源</translation>
    </message>
    <message>
        <source>Report a fault here…</source>
        <translation>在此报修…</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>Show only this</source>
        <translation>只显示此项</translation>
    </message>
    <message>
        <source>Trace downstream</source>
        <translation>向下游追溯</translation>
    </message>
    <message>
        <source>Trace upstream</source>
        <translation>向上游追溯</translation>
    </message>
    <message>
        <source>Trip / close this device</source>
        <translation>断开/关闭此设备</translation>
    </message>
    <message>
        <source>Unmark as source</source>
        <translation>取消水源/电源标记</translation>
    </message>
</context>
<context>
    <name>ContractForm</name>
    <message>
        <source>New contract — {0}</source>
        <translation>新增合同 — {0}</translation>
    </message>
    <message>
        <source>systems, separated by commas (empty: all)</source>
        <translation>系统，用逗号分隔（留空：全部）</translation>
    </message>
    <message>
        <source>buildings or storeys (empty: all)</source>
        <translation>楼栋或楼层（留空：全部）</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>合同期限</translation>
    </message>
    <message>
        <source>Asset categories</source>
        <translation>设备类别</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Monthly fee (¥)</source>
        <translation>月度服务费（元）</translation>
    </message>
    <message>
        <source>Per SLA breach (¥)</source>
        <translation>每次 SLA 超时罚款（元）</translation>
    </message>
    <message>
        <source>Per concealed fault (% of fee)</source>
        <translation>每次隐瞒故障（月费 %）</translation>
    </message>
    <message>
        <source>Per repeated finding (¥)</source>
        <translation>每次屡查屡犯（元）</translation>
    </message>
    <message>
        <source>Pass score</source>
        <translation>合格分</translation>
    </message>
    <message>
        <source>Service standards (minutes)</source>
        <translation>服务标准（分钟）</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>验收</translation>
    </message>
</context>
<context>
    <name>ContractorForm</name>
    <message>
        <source>New contractor</source>
        <translation>新增外包单位</translation>
    </message>
    <message>
        <source>e.g. lift maintenance</source>
        <translation>例如：电梯维保</translation>
    </message>
    <message>
        <source>Backup supplier (备选)</source>
        <translation>备选供应商</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>服务范围</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>ContractorScorecard</name>
    <message>
        <source>Card</source>
        <translation>警示牌</translation>
    </message>
    <message>
        <source>Concealed faults</source>
        <translation>隐瞒故障</translation>
    </message>
    <message>
        <source>Contract {0}, {1} – {2}, monthly fee ¥{3}</source>
        <translation>合同 {0}，{1} – {2}，月费 ¥{3}</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>外包单位</translation>
    </message>
    <message>
        <source>Contractor scorecard</source>
        <translation>外包商月度考核</translation>
    </message>
    <message>
        <source>Contractor scores</source>
        <translation>外包商考核</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查问题</translation>
    </message>
    <message>
        <source>First-time fix</source>
        <translation>一次修复率</translation>
    </message>
    <message>
        <source>Insurance: {0}</source>
        <translation>保险：{0}</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>及时率</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>工单数</translation>
    </message>
    <message>
        <source>Penalties this month: ¥{0}</source>
        <translation>本月罚款合计：¥{0}</translation>
    </message>
    <message>
        <source>Penalty (¥)</source>
        <translation>罚款（元）</translation>
    </message>
    <message>
        <source>Qualifications: {0}</source>
        <translation>资质：{0}</translation>
    </message>
    <message>
        <source>Red card</source>
        <translation>红牌</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Repeated findings</source>
        <translation>屡查屡犯</translation>
    </message>
    <message>
        <source>Rework rate</source>
        <translation>返修率</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>SLA 超时</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Staff: {0}</source>
        <translation>人员：{0}</translation>
    </message>
    <message>
        <source>Yellow card</source>
        <translation>黄牌</translation>
    </message>
</context>
<context>
    <name>ContractorsDialog</name>
    <message>
        <source>Contractors and contracts</source>
        <translation>外包单位与合同</translation>
    </message>
    <message>
        <source>All pools</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>New contractor…</source>
        <translation>新增外包单位…</translation>
    </message>
    <message>
        <source>Move to pool</source>
        <translation>移至</translation>
    </message>
    <message>
        <source>New contract…</source>
        <translation>新增合同…</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>外包单位</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>服务范围</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同数</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>合同期限</translation>
    </message>
    <message>
        <source>Standards: response / completion / acceptance</source>
        <translation>服务标准：响应 / 完成 / 验收（分钟）</translation>
    </message>
    <message>
        <source>{0} {1} min</source>
        <translation>{0} {1} 分钟</translation>
    </message>
    <message>
        <source>¥{0} per SLA breach
{1}% of the fee per concealed fault
¥{2} per repeat</source>
        <translation>SLA 超时 ¥{0}/次
隐瞒故障 月费 {1}%/次
屡查屡犯 ¥{2}/次</translation>
    </message>
    <message>
        <source>Monthly fee (¥)</source>
        <translation>月度服务费（元）</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>罚则</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备选</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Contractors</source>
        <translation>外包单位</translation>
    </message>
    <message>
        <source>{0}: {1} contract(s)</source>
        <translation>{0}：{1} 份合同</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部范围</translation>
    </message>
</context>
<context>
    <name>DatabaseTab</name>
    <message>
        <source>A new connection takes effect the next time fmdesk starts.</source>
        <translation>新的连接设置在下次启动 fmdesk 时生效。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Database type</source>
        <translation>数据库类型</translation>
    </message>
    <message>
        <source>Embedded SQLite file (one workstation)</source>
        <translation>内置 SQLite 文件（单台工作站）</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>PostgreSQL server (several workstations)</source>
        <translation>PostgreSQL 服务器（多台工作站共用）</translation>
    </message>
    <message>
        <source>Remember the password on this workstation (in a file only you can read)</source>
        <translation>在本工作站记住密码（保存在仅本人可读的文件中）</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>SQLite 文件</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>empty: the default file in the data folder</source>
        <translation>留空：使用数据文件夹中的默认文件</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Internal error ({name}): {detail}. Please report it to the maintainers.</source>
        <translation>内部错误（{name}）：{detail}。请报告给维护人员。</translation>
    </message>
</context>
<context>
    <name>DiffTab</name>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类</translation>
    </message>
    <message>
        <source>Compare with an older revision…</source>
        <translation>与旧版本对比…</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>构件</translation>
    </message>
    <message>
        <source>Move records to regenerated GlobalIds</source>
        <translation>记录随新 GlobalId 迁移</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>{old} → {new}: matched {matched} of {count} ({by_id} by GlobalId)</source>
        <translation>{old} → {new}：匹配 {matched}/{count}（其中 {by_id} 个按 GlobalId）</translation>
    </message>
</context>
<context>
    <name>DrillPanel</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(practice, not recorded)</source>
        <translation>（练习，不记录）</translation>
    </message>
    <message>
        <source>Check my answer</source>
        <translation>提交答案</translation>
    </message>
    <message>
        <source>Choose a drill set and press Start, or right-click a pipe: Leak drill here.</source>
        <translation>选择题组后点“开始题组”，或右键点击管道：在此做漏水演练。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Drill set:</source>
        <translation>题组：</translation>
    </message>
    <message>
        <source>Drill {0} of {1}</source>
        <translation>第 {0} 题 / 共 {1} 题</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>简单</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>困难</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中等</translation>
    </message>
    <message>
        <source>Next drill</source>
        <translation>下一题</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Random leak</source>
        <translation>随机漏水</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Start the set</source>
        <translation>开始题组</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>系统：</translation>
    </message>
    <message>
        <source>Trainee:</source>
        <translation>学员：</translation>
    </message>
</context>
<context>
    <name>DrillSession</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>作答</translation>
    </message>
    <message>
        <source>Checking the answer</source>
        <translation>正在判分</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>答对</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>找到了</translation>
    </message>
    <message>
        <source>Found, but after the time limit</source>
        <translation>找到了，但超时</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>遗漏</translation>
    </message>
    <message>
        <source>Needlessly cut off</source>
        <translation>不必要停水</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>没找到</translation>
    </message>
    <message>
        <source>Only valves, breakers and switches count.</source>
        <translation>只有阀门、断路器和开关可以作为答案。</translation>
    </message>
    <message>
        <source>Practice finished: {0}/100.</source>
        <translation>练习结束：{0}/100。</translation>
    </message>
    <message>
        <source>Preparing the drill</source>
        <translation>正在准备演练</translation>
    </message>
    <message>
        <source>Recording the attempt</source>
        <translation>正在记录成绩</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>正确答案</translation>
    </message>
    <message>
        <source>Still wet</source>
        <translation>仍在漏水</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Time left: {0} s</source>
        <translation>剩余时间：{0} 秒</translation>
    </message>
    <message>
        <source>Time: {0} s</source>
        <translation>用时：{0} 秒</translation>
    </message>
    <message>
        <source>Unnecessary</source>
        <translation>多关</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation>{0} 秒</translation>
    </message>
    <message>
        <source>{0}: {1}/100 (pass mark {2}), {3}.</source>
        <translation>{0}：{1}/100（合格线 {2}），{3}。</translation>
    </message>
</context>
<context>
    <name>DrillSetActions</name>
    <message>
        <source>Choosing a leak</source>
        <translation>正在选择漏点</translation>
    </message>
    <message>
        <source>Drill set {0} saved.</source>
        <translation>演练题组 {0} 已保存。</translation>
    </message>
    <message>
        <source>Saving the drill set</source>
        <translation>正在保存演练题组</translation>
    </message>
    <message>
        <source>Select an element on the model first.</source>
        <translation>请先在模型中选择构件。</translation>
    </message>
</context>
<context>
    <name>FindingForm</name>
    <message>
        <source>(in-house)</source>
        <translation>（自有班组）</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>Asset code</source>
        <translation>资产编码</translation>
    </message>
    <message>
        <source>Check item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Concealed fault</source>
        <translation>隐瞒故障</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>外包单位</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>图片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>较重</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>新建检查问题</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>{0} photo(s)</source>
        <translation>{0} 张照片</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>&amp;Handover</source>
        <translation>交付(&amp;H)</translation>
    </message>
    <message>
        <source>Check handover data (IDS)</source>
        <translation>检查交付信息（IDS）</translation>
    </message>
    <message>
        <source>Compare with an older revision…</source>
        <translation>与旧版本对比…</translation>
    </message>
    <message>
        <source>Edit IDS requirements…</source>
        <translation>编辑 IDS 要求…</translation>
    </message>
    <message>
        <source>Export COBie…</source>
        <translation>导出 COBie…</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>交付与承接查验</translation>
    </message>
    <message>
        <source>Handover inspection</source>
        <translation>承接查验</translation>
    </message>
</context>
<context>
    <name>HandoverController</name>
    <message>
        <source>Checking the model against the IDS</source>
        <translation>正在按 IDS 检查模型</translation>
    </message>
    <message>
        <source>Choose an IDS file</source>
        <translation>选择 IDS 文件</translation>
    </message>
    <message>
        <source>Choose the older revision</source>
        <translation>选择旧版本模型</translation>
    </message>
    <message>
        <source>Comparing revisions</source>
        <translation>正在对比版本</translation>
    </message>
    <message>
        <source>Creating review issues</source>
        <translation>正在创建审查问题</translation>
    </message>
    <message>
        <source>Delivery date (2027-06-30)</source>
        <translation>交付日期（2027-06-30）</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;Web page (*.html);;BCF (*.bcf)</source>
        <translation>Excel (*.xlsx);;网页 (*.html);;BCF (*.bcf)</translation>
    </message>
    <message>
        <source>Export COBie</source>
        <translation>导出 COBie</translation>
    </message>
    <message>
        <source>Export the IDS report</source>
        <translation>导出 IDS 检查报告</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>交付与承接查验</translation>
    </message>
    <message>
        <source>IDS files (*.ids *.xml)</source>
        <translation>IDS 文件 (*.ids *.xml)</translation>
    </message>
    <message>
        <source>IDS files (*.ids)</source>
        <translation>IDS 文件 (*.ids)</translation>
    </message>
    <message>
        <source>IFC models (*.ifc *.ifczip)</source>
        <translation>IFC 模型 (*.ifc *.ifczip)</translation>
    </message>
    <message>
        <source>Loading handovers</source>
        <translation>正在读取承接查验</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>New handover</source>
        <translation>新建承接查验</translation>
    </message>
    <message>
        <source>Open a model first.</source>
        <translation>请先打开模型。</translation>
    </message>
    <message>
        <source>Reading the IDS</source>
        <translation>正在读取 IDS</translation>
    </message>
    <message>
        <source>Recording the result</source>
        <translation>正在记录结果</translation>
    </message>
    <message>
        <source>Save the IDS</source>
        <translation>保存 IDS</translation>
    </message>
    <message>
        <source>Saving the IDS</source>
        <translation>正在保存 IDS</translation>
    </message>
    <message>
        <source>Starting the handover</source>
        <translation>正在建立承接查验</translation>
    </message>
    <message>
        <source>What is wrong?</source>
        <translation>发现了什么问题？</translation>
    </message>
    <message>
        <source>Writing the COBie workbook</source>
        <translation>正在写入 COBie 表</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>正在写入报告</translation>
    </message>
    <message>
        <source>{n} review issues created</source>
        <translation>已创建 {n} 个审查问题</translation>
    </message>
</context>
<context>
    <name>HandoverPanel</name>
    <message>
        <source>Handover inspection</source>
        <translation>承接查验</translation>
    </message>
    <message>
        <source>IDS check</source>
        <translation>IDS 检查</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>版本对比</translation>
    </message>
</context>
<context>
    <name>IdsEditorDialog</name>
    <message>
        <source>Add requirement</source>
        <translation>添加要求</translation>
    </message>
    <message>
        <source>Add specification</source>
        <translation>添加规范</translation>
    </message>
    <message>
        <source>Cardinality</source>
        <translation>要求程度</translation>
    </message>
    <message>
        <source>Data type</source>
        <translation>数据类型</translation>
    </message>
    <message>
        <source>Edit IDS requirements</source>
        <translation>编辑 IDS 要求</translation>
    </message>
    <message>
        <source>IFC classes (| between)</source>
        <translation>IFC 类（用 | 分隔）</translation>
    </message>
    <message>
        <source>New specification</source>
        <translation>新规范</translation>
    </message>
    <message>
        <source>Properties (| between)</source>
        <translation>属性（用 | 分隔）</translation>
    </message>
    <message>
        <source>Property sets (| between)</source>
        <translation>属性集（用 | 分隔）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove requirement</source>
        <translation>删除要求</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规范</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>适用性</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>prohibited</source>
        <translation>禁止</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必需</translation>
    </message>
</context>
<context>
    <name>IdsTab</name>
    <message>
        <source>Check model</source>
        <translation>检查模型</translation>
    </message>
    <message>
        <source>Choose IDS…</source>
        <translation>选择 IDS…</translation>
    </message>
    <message>
        <source>Create review issues</source>
        <translation>生成审查问题</translation>
    </message>
    <message>
        <source>Edit requirements…</source>
        <translation>编辑要求…</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <source>IDS: {name}</source>
        <translation>IDS：{name}</translation>
    </message>
    <message>
        <source>One review issue per failed element (the selected ones, else all)</source>
        <translation>每个未通过构件生成一个审查问题（选中的，未选则全部）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Specification / element</source>
        <translation>规范 / 构件</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>the default FM handover IDS (物业承接查验设备交付信息)</source>
        <translation>默认物业承接查验设备交付信息 IDS</translation>
    </message>
    <message>
        <source>{applicable} applicable, {passed} passed, {failed} failed</source>
        <translation>适用 {applicable}，通过 {passed}，未通过 {failed}</translation>
    </message>
    <message>
        <source>{title}: {verdict} — {specs} specifications, {failed} failed, {elements} elements to fix</source>
        <translation>{title}：{verdict} —— 共 {specs} 条规范，{failed} 条未通过，{elements} 个构件待整改</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Apply only the valid rows</source>
        <translation>只应用正确的行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Every row is valid.</source>
        <translation>所有行均有效。</translation>
    </message>
    <message>
        <source>Import edited workbook: {0}</source>
        <translation>导入修改后的计划表：{0}</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>{0} row(s) checked: {1} change(s) of date or team, {2} completion(s), {3} unchanged, {4} occurrence(s) without a row.</source>
        <translation>已检查 {0} 行：{1} 处日期或班组调整，{2} 条完成记录，{3} 行未改动，{4} 次保养在表中没有对应行。</translation>
    </message>
    <message>
        <source>{0} row(s) have errors (listed below); nothing is applied unless you choose to apply only the valid rows.</source>
        <translation>{0} 行有误（见下表）；除非选择只应用正确的行，否则不会应用任何修改。</translation>
    </message>
</context>
<context>
    <name>InspectionPanel</name>
    <message>
        <source>(repeated: found {0} time(s) before)</source>
        <translation>（屡查屡犯：此前已发现 {0} 次）</translation>
    </message>
    <message>
        <source>A route over the assets of one storey</source>
        <translation>覆盖一个楼层设备的巡检路线</translation>
    </message>
    <message>
        <source>Choose a route and start a round</source>
        <translation>选择路线后开始巡检</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Finish round</source>
        <translation>结束本轮</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>New route…</source>
        <translation>新建路线…</translation>
    </message>
    <message>
        <source>Note (what was found)</source>
        <translation>备注（发现的问题）</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Round finished: {0} checked, {1} passed, {2} failed, {3} not checked, {4} work order(s), {5} repeated finding(s)</source>
        <translation>本轮巡检结束：检查 {0} 项，合格 {1} 项，不合格 {2} 项，未检 {3} 项，生成工单 {4} 张，屡查屡犯 {5} 项</translation>
    </message>
    <message>
        <source>Round {0} on {1} started</source>
        <translation>已开始巡检第 {0} 轮：{1}</translation>
    </message>
    <message>
        <source>Start round</source>
        <translation>开始巡检</translation>
    </message>
    <message>
        <source>Stop / item</source>
        <translation>点位 / 检查项</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
</context>
<context>
    <name>InspectionSlots</name>
    <message>
        <source>Import the model&apos;s assets before creating a route.</source>
        <translation>请先导入模型设备，再创建巡检路线。</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>巡检</translation>
    </message>
    <message>
        <source>New route</source>
        <translation>新建巡检路线</translation>
    </message>
    <message>
        <source>Route name:</source>
        <translation>路线名称：</translation>
    </message>
    <message>
        <source>Storey:</source>
        <translation>楼层：</translation>
    </message>
    <message>
        <source>{0} daily round</source>
        <translation>{0} 日常巡检</translation>
    </message>
</context>
<context>
    <name>InspectionTab</name>
    <message>
        <source>Delivered {delivered}; quality revisit {start} – {end}; {findings} findings</source>
        <translation>交付 {delivered}；质保期回访 {start} – {end}；发现问题 {findings} 项</translation>
    </message>
    <message>
        <source>Failed (review issue)</source>
        <translation>不合格（生成审查问题）</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>查验项</translation>
    </message>
    <message>
        <source>New handover…</source>
        <translation>新建承接查验…</translation>
    </message>
    <message>
        <source>No handover yet: start one with “New handover…”.</source>
        <translation>尚无承接查验：请用“新建承接查验…”开始。</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Review issue</source>
        <translation>审查问题</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>System / space</source>
        <translation>系统 / 空间</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>KPI dashboard</source>
        <translation>KPI 仪表板</translation>
    </message>
    <message>
        <source>Monthly report…</source>
        <translation>月度报告…</translation>
    </message>
</context>
<context>
    <name>KpiDashboard</name>
    <message>
        <source>KPI dashboard</source>
        <translation>KPI 仪表板</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Monthly report…</source>
        <translation>月度报告…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>不分组</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>外包单位</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>h</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>In-house</source>
        <translation>自有班组</translation>
    </message>
    <message>
        <source>Drill-down</source>
        <translation>钻取</translation>
    </message>
    <message>
        <source>{0}: {1} work orders ({2} – {3})</source>
        <translation>{0}：{1} 张工单（{2} – {3}）</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>月度报告</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel (*.xlsx)</source>
        <translation>PDF (*.pdf);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Wrote {0} ({1} pages)</source>
        <translation>已生成 {0}（{1} 页）</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <source>target {0} {1}</source>
        <translation>目标 {0} {1}</translation>
    </message>
    <message>
        <source>h</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>周</translation>
    </message>
</context>
<context>
    <name>Leak</name>
    <message>
        <source>From a reported leak to the valves to close, the notice and the work order</source>
        <translation>从报修的漏水点到关阀、停水通知和工单</translation>
    </message>
    <message>
        <source>Guided &amp;leak handling…</source>
        <translation>漏水处置(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>LeakWizard</name>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Guided leak handling</source>
        <translation>漏水处置</translation>
    </message>
    <message>
        <source>Leak plan</source>
        <translation>漏水处置方案</translation>
    </message>
    <message>
        <source>New leak</source>
        <translation>新的漏水</translation>
    </message>
    <message>
        <source>Shut-off work order</source>
        <translation>关阀工单</translation>
    </message>
    <message>
        <source>Step {0} of {1}: {2}</source>
        <translation>第 {0} 步 / 共 {1} 步：{2}</translation>
    </message>
    <message>
        <source>Valve picture</source>
        <translation>阀门位置图</translation>
    </message>
    <message>
        <source>Water-stop notice</source>
        <translation>停水通知</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>flats and notice</source>
        <translation>停水住户与通知</translation>
    </message>
    <message>
        <source>located</source>
        <translation>定位</translation>
    </message>
    <message>
        <source>reopen</source>
        <translation>恢复供水</translation>
    </message>
    <message>
        <source>reported leak</source>
        <translation>报修位置</translation>
    </message>
    <message>
        <source>upstream</source>
        <translation>上游追溯</translation>
    </message>
    <message>
        <source>valves to close</source>
        <translation>关闭阀门</translation>
    </message>
    <message>
        <source>work order</source>
        <translation>关阀工单</translation>
    </message>
</context>
<context>
    <name>LifecyclePanel</name>
    <message>
        <source>Age</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>As of {0}; from {1}</source>
        <translation>截至 {0}；数据来自{1}</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>估算依据</translation>
    </message>
    <message>
        <source>End-of-life year</source>
        <translation>到期年份</translation>
    </message>
    <message>
        <source>Estimated service life</source>
        <translation>估算使用寿命</translation>
    </message>
    <message>
        <source>ISO 15686 factors (ESL = RSL × A × … × G)</source>
        <translation>ISO 15686 修正系数（估算寿命 = 参考寿命 × A × … × G）</translation>
    </message>
    <message>
        <source>Next tasks</source>
        <translation>后续保养任务</translation>
    </message>
    <message>
        <source>No plan yet: Planning → Generate plan for year…</source>
        <translation>尚无计划：计划 → 生成年度计划…</translation>
    </message>
    <message>
        <source>No visits for this asset in {0}.</source>
        <translation>{0} 年此设备没有保养安排。</translation>
    </message>
    <message>
        <source>Recommended replacement</source>
        <translation>建议更换年份</translation>
    </message>
    <message>
        <source>Reference service life</source>
        <translation>参考使用寿命</translation>
    </message>
    <message>
        <source>Remaining life</source>
        <translation>剩余寿命</translation>
    </message>
    <message>
        <source>Replacement cost</source>
        <translation>更换费用</translation>
    </message>
    <message>
        <source>Select an element to see its lifecycle estimate.</source>
        <translation>选择一个构件以查看其寿命估算。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>{0:,.0f} CNY</source>
        <translation>{0:,.0f} 元</translation>
    </message>
    <message>
        <source>{0:.1f} years</source>
        <translation>{0:.1f} 年</translation>
    </message>
</context>
<context>
    <name>LifecycleSlots</name>
    <message>
        <source>Lifecycle</source>
        <translation>寿命估算</translation>
    </message>
    <message>
        <source>Lifecycle estimate: waiting for the model…</source>
        <translation>寿命估算：正在等待模型…</translation>
    </message>
    <message>
        <source>Reading the assets…</source>
        <translation>正在读取设备…</translation>
    </message>
    <message>
        <source>Select an element to see its lifecycle estimate.</source>
        <translation>选择一个构件以查看其寿命估算。</translation>
    </message>
    <message>
        <source>The selected element is not a maintained asset (no task or service life).</source>
        <translation>所选构件不是需维护的设备（无保养任务或使用寿命）。</translation>
    </message>
    <message>
        <source>{0} is not an element of the open model</source>
        <translation>{0} 不是当前模型中的构件</translation>
    </message>
</context>
<context>
    <name>LocatedPage</name>
    <message>
        <source>Flat / room: {0}</source>
        <translation>住户 / 房间：{0}</translation>
    </message>
    <message>
        <source>Leaking pipe isolated: {0}</source>
        <translation>需隔离的漏水管段：{0}</translation>
    </message>
    <message>
        <source>Reported: {0} ({1})</source>
        <translation>报修位置：{0}（{1}）</translation>
    </message>
    <message>
        <source>Show in the 3D view</source>
        <translation>在三维视图中显示</translation>
    </message>
    <message>
        <source>Storey: {0}</source>
        <translation>楼层：{0}</translation>
    </message>
    <message>
        <source>The leak in the model</source>
        <translation>漏水点在模型中的位置</translation>
    </message>
    <message>
        <source>element</source>
        <translation>构件</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>room</source>
        <translation>房间</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Remember the user name on this workstation</source>
        <translation>在本工作站记住用户名</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign in to fmdesk</source>
        <translation>登录 fmdesk</translation>
    </message>
    <message>
        <source>This records database has users: sign in to work.</source>
        <translation>此记录数据库设有用户：请登录后工作。</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;About fmdesk</source>
        <translation>关于 fmdesk(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Bottom</source>
        <translation>仰视(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Classes</source>
        <translation>构件类别(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Clear problems</source>
        <translation>清空问题列表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Colour by class</source>
        <translation>按类别着色(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Frame selection</source>
        <translation>缩放到所选(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Front</source>
        <translation>前视(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Hide class of selection</source>
        <translation>隐藏所选构件的类别(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Isolate storey of selection</source>
        <translation>只显示所选构件的楼层(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Isometric</source>
        <translation>等轴测(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Left</source>
        <translation>左视(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Right</source>
        <translation>右视(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Standard views</source>
        <translation>标准视图(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Top</source>
        <translation>俯视(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Walk mode</source>
        <translation>漫游模式(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;X-ray</source>
        <translation>透视(&amp;X)</translation>
    </message>
    <message>
        <source>(no model)</source>
        <translation>（未打开模型）</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>B&amp;ack</source>
        <translation>后视(&amp;A)</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>Close the current model</source>
        <translation>关闭当前模型</translation>
    </message>
    <message>
        <source>Colour elements by their class instead of the model&apos;s own colours</source>
        <translation>按构件类别着色，而不是使用模型自带的颜色</translation>
    </message>
    <message>
        <source>Cut the model with a box around the selection</source>
        <translation>用包围所选构件的剖切框剖切模型</translation>
    </message>
    <message>
        <source>Decrease the walking speed</source>
        <translation>降低漫游速度</translation>
    </message>
    <message>
        <source>Empty the Problems panel</source>
        <translation>清空问题面板</translation>
    </message>
    <message>
        <source>Export &amp;screenshot…</source>
        <translation>导出截图(&amp;S)…</translation>
    </message>
    <message>
        <source>Fit &amp;all</source>
        <translation>全部显示(&amp;A)</translation>
    </message>
    <message>
        <source>Hide every element of the selected element&apos;s class</source>
        <translation>隐藏与所选构件同类别的全部构件</translation>
    </message>
    <message>
        <source>Increase the walking speed</source>
        <translation>提高漫游速度</translation>
    </message>
    <message>
        <source>Look at the model from a standard direction</source>
        <translation>从标准方向查看模型</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open an IFC model (.ifc, .ifczip)</source>
        <translation>打开 IFC 模型（.ifc、.ifczip）</translation>
    </message>
    <message>
        <source>Open the user manual: daily tasks step by step (F1)</source>
        <translation>打开用户手册：日常工作分步说明（F1）</translation>
    </message>
    <message>
        <source>Quit fmdesk</source>
        <translation>退出 fmdesk</translation>
    </message>
    <message>
        <source>Save the 3D view as a PNG image</source>
        <translation>将三维视图保存为 PNG 图片</translation>
    </message>
    <message>
        <source>Section &amp;box</source>
        <translation>剖切框(&amp;B)</translation>
    </message>
    <message>
        <source>See through walls and slabs</source>
        <translation>透过墙体和楼板查看</translation>
    </message>
    <message>
        <source>Show a&amp;ll</source>
        <translation>全部显示构件(&amp;L)</translation>
    </message>
    <message>
        <source>Show every hidden element and storey</source>
        <translation>显示所有隐藏的构件和楼层</translation>
    </message>
    <message>
        <source>Show only the storey of the selected element</source>
        <translation>只显示所选构件所在的楼层</translation>
    </message>
    <message>
        <source>Show the whole model</source>
        <translation>显示整个模型</translation>
    </message>
    <message>
        <source>The Qt toolkit version</source>
        <translation>Qt 工具包版本</translation>
    </message>
    <message>
        <source>User &amp;manual</source>
        <translation>用户手册(&amp;M)</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>版本与许可</translation>
    </message>
    <message>
        <source>Walk &amp;faster</source>
        <translation>加快漫游速度(&amp;F)</translation>
    </message>
    <message>
        <source>Walk &amp;slower</source>
        <translation>减慢漫游速度(&amp;S)</translation>
    </message>
    <message>
        <source>Walk through the building: W/A/S/D or arrows, drag to look, Esc to leave</source>
        <translation>在建筑内漫游：W/A/S/D 或方向键移动，拖动鼠标环顾，Esc 退出</translation>
    </message>
    <message>
        <source>Zoom to the selected elements</source>
        <translation>缩放到所选构件</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About fmdesk</source>
        <translation>关于 fmdesk</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>功能模块</translation>
    </message>
    <message>
        <source>Model tree</source>
        <translation>模型树</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Viewpoints</source>
        <translation>视点</translation>
    </message>
    <message>
        <source>fmdesk {0}
BIM-aware facility management for property engineering departments.</source>
        <translation>fmdesk {0}
面向物业工程部的 BIM 设施管理工作站。</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <source>The user manual is not installed.</source>
        <translation>未安装用户手册。</translation>
    </message>
    <message>
        <source>fmdesk user manual</source>
        <translation>fmdesk 用户手册</translation>
    </message>
</context>
<context>
    <name>MeterChartWidget</name>
    <message>
        <source>Choose a meter to see its use</source>
        <translation>选择一块计量表查看其用量</translation>
    </message>
</context>
<context>
    <name>MetersPanel</name>
    <message>
        <source>Anomaly</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Create work order</source>
        <translation>生成工单</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Find anomalies</source>
        <translation>查找异常</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>Import meter readings</source>
        <translation>导入抄表读数</translation>
    </message>
    <message>
        <source>Import readings…</source>
        <translation>导入读数…</translation>
    </message>
    <message>
        <source>Importing meter readings</source>
        <translation>正在导入抄表读数</translation>
    </message>
    <message>
        <source>Line {0}: {1}</source>
        <translation>第 {0} 行：{1}</translation>
    </message>
    <message>
        <source>Main meter</source>
        <translation>总表</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>计量表</translation>
    </message>
    <message>
        <source>Meter readings</source>
        <translation>抄表读数</translation>
    </message>
    <message>
        <source>Meters</source>
        <translation>计量表</translation>
    </message>
    <message>
        <source>Meters and anomalies…</source>
        <translation>计量表与异常…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>读数条数</translation>
    </message>
    <message>
        <source>Readings (*.csv *.xlsx)</source>
        <translation>读数文件 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Where to look: {0}</source>
        <translation>排查位置：{0}</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Work order {0} created.</source>
        <translation>已生成工单 {0}。</translation>
    </message>
    <message>
        <source>{0} readings added, {1} updated, {2} unchanged, {3} bad rows.</source>
        <translation>新增读数 {0} 条，更新 {1} 条，未变 {2} 条，错误行 {3} 行。</translation>
    </message>
    <message>
        <source>{0}/day</source>
        <translation>{0}/天</translation>
    </message>
</context>
<context>
    <name>ModelOpening</name>
    <message>
        <source>Cannot open the model</source>
        <translation>无法打开模型</translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation>几何</translation>
    </message>
    <message>
        <source>IFC models (*.ifc *.ifczip);;All files (*)</source>
        <translation>IFC 模型 (*.ifc *.ifczip);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Open IFC model</source>
        <translation>打开 IFC 模型</translation>
    </message>
    <message>
        <source>The model defines no distribution systems</source>
        <translation>模型中没有定义任何管线/配电系统</translation>
    </message>
    <message>
        <source>{0} element(s) are not placed on any storey</source>
        <translation>{0} 个构件不属于任何楼层</translation>
    </message>
</context>
<context>
    <name>ModelTreePanel</name>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Filter by name, class or tag…</source>
        <translation>按名称、类别或编号筛选…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Spatial</source>
        <translation>空间结构</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>系统</translation>
    </message>
</context>
<context>
    <name>NetworkCheckPanel</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Check networks</source>
        <translation>检查管网</translation>
    </message>
    <message>
        <source>Check ports, connections and flow directions of the model&apos;s networks</source>
        <translation>检查模型管网的端口、连接和流向</translation>
    </message>
    <message>
        <source>Connections to ports without an element</source>
        <translation>连接到无所属构件的端口</translation>
    </message>
    <message>
        <source>Connections with conflicting directions</source>
        <translation>流向冲突的连接</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Distribution elements without ports</source>
        <translation>没有端口的管线构件</translation>
    </message>
    <message>
        <source>Elements with open ports</source>
        <translation>有未连接端口的构件</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Finding / element</source>
        <translation>问题 / 构件</translation>
    </message>
    <message>
        <source>Flow directions that go round</source>
        <translation>流向成环</translation>
    </message>
    <message>
        <source>How to fix: {0}</source>
        <translation>修正方法：{0}</translation>
    </message>
    <message>
        <source>Inferred connections to confirm</source>
        <translation>待确认的推断连接</translation>
    </message>
    <message>
        <source>Loops (normal)</source>
        <translation>环路（正常）</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>介质</translation>
    </message>
    <message>
        <source>Network fragments</source>
        <translation>管网片段</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>未发现问题</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Pieces that feed and serve nothing</source>
        <translation>无供给也无用户的片段</translation>
    </message>
    <message>
        <source>Pieces without a source</source>
        <translation>没有水源/电源的片段</translation>
    </message>
    <message>
        <source>Ports without a flow direction</source>
        <translation>没有流向的端口</translation>
    </message>
    <message>
        <source>Ports without an element</source>
        <translation>端口没有所属构件</translation>
    </message>
    <message>
        <source>Runs that end open</source>
        <translation>开口的管线</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Storey</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>System members in no connection</source>
        <translation>未连接的系统成员</translation>
    </message>
    <message>
        <source>Unconnected elements</source>
        <translation>未连接的构件</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>{0} errors, {1} warnings, {2} notes; {3} elements, {4} fragments</source>
        <translation>{0} 个错误，{1} 个警告，{2} 条提示；{3} 个构件，{4} 个片段</translation>
    </message>
</context>
<context>
    <name>NetworkFeature</name>
    <message>
        <source>Cannot save the correction: {0}</source>
        <translation>无法保存修正：{0}</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>管网</translation>
    </message>
    <message>
        <source>Network check</source>
        <translation>管网检查</translation>
    </message>
    <message>
        <source>Network results</source>
        <translation>管网追溯结果</translation>
    </message>
    <message>
        <source>Tracing…</source>
        <translation>正在追溯…</translation>
    </message>
</context>
<context>
    <name>NetworkMenu</name>
    <message>
        <source>&amp;Check networks</source>
        <translation>检查管网(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Isolate here</source>
        <translation>在此处隔离(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>管网(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Trip / close this device</source>
        <translation>断开/关闭此设备(&amp;T)</translation>
    </message>
    <message>
        <source>Find missing connections, ports and flow directions in the model</source>
        <translation>查找模型中缺失的连接、端口和流向</translation>
    </message>
    <message>
        <source>Trace &amp;downstream</source>
        <translation>向下游追溯(&amp;D)</translation>
    </message>
    <message>
        <source>Trace &amp;upstream</source>
        <translation>向上游追溯(&amp;U)</translation>
    </message>
    <message>
        <source>Valves or breakers to operate for a leak or fault at the selection</source>
        <translation>所选处漏水或故障时需要操作的阀门或断路器</translation>
    </message>
    <message>
        <source>What feeds the selected element</source>
        <translation>所选构件由哪里供给</translation>
    </message>
    <message>
        <source>What the selected element feeds, and the flats served</source>
        <translation>所选构件供给哪些构件和住户</translation>
    </message>
    <message>
        <source>Who loses supply when the selected valve or breaker opens</source>
        <translation>所选阀门关闭或断路器断开后哪些地方停水停电</translation>
    </message>
</context>
<context>
    <name>NetworkReport</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Affected flats and spaces</source>
        <translation>受影响的住户和空间</translation>
    </message>
    <message>
        <source>Also lose supply</source>
        <translation>同时停水/停电</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close:</source>
        <translation>需关闭：</translation>
    </message>
    <message>
        <source>Cut off from</source>
        <translation>已切断的水源/电源</translation>
    </message>
    <message>
        <source>Devices on the way (nearest first):</source>
        <translation>沿途设备（由近及远）：</translation>
    </message>
    <message>
        <source>Devices opened</source>
        <translation>断开/关闭的设备</translation>
    </message>
    <message>
        <source>Devices to operate</source>
        <translation>需操作的设备</translation>
    </message>
    <message>
        <source>Downstream elements (nearest first)</source>
        <translation>下游构件（由近及远）</translation>
    </message>
    <message>
        <source>Downstream of: {0}</source>
        <translation>下游追溯：{0}</translation>
    </message>
    <message>
        <source>Flats and spaces served</source>
        <translation>供给的住户和空间</translation>
    </message>
    <message>
        <source>Flats/spaces losing supply ({0}): </source>
        <translation>停水/停电住户（{0}）：</translation>
    </message>
    <message>
        <source>Flats/spaces served ({0}): </source>
        <translation>供给的住户（{0}）：</translation>
    </message>
    <message>
        <source>Isolate: {0}</source>
        <translation>漏水/故障隔离：{0}</translation>
    </message>
    <message>
        <source>Isolated segment</source>
        <translation>隔离段</translation>
    </message>
    <message>
        <source>Lose supply</source>
        <translation>停水/停电</translation>
    </message>
    <message>
        <source>Not cut off (no operable device in between)</source>
        <translation>无法切断（中间没有可操作的设备）</translation>
    </message>
    <message>
        <source>Not usable (inoperable): {0}</source>
        <translation>无法操作（已跳过）：{0}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>断开</translation>
    </message>
    <message>
        <source>Open / switch off:</source>
        <translation>需断开：</translation>
    </message>
    <message>
        <source>Shut-off: {0}</source>
        <translation>关阀停水：{0}</translation>
    </message>
    <message>
        <source>Skipped: marked inoperable</source>
        <translation>已跳过：标记为无法操作</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>水源/电源</translation>
    </message>
    <message>
        <source>Sources passed</source>
        <translation>经过的水源/电源</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>水源/电源：</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空间</translation>
    </message>
    <message>
        <source>Spaces passed</source>
        <translation>经过的空间</translation>
    </message>
    <message>
        <source>Trip / close: {0}</source>
        <translation>断开/关闭：{0}</translation>
    </message>
    <message>
        <source>Upstream elements (nearest first)</source>
        <translation>上游构件（由近及远）</translation>
    </message>
    <message>
        <source>Upstream of: {0}</source>
        <translation>上游追溯：{0}</translation>
    </message>
    <message>
        <source>Warning: still connected to {0}</source>
        <translation>注意：仍与 {0} 相连</translation>
    </message>
    <message>
        <source>cannot be fully isolated</source>
        <translation>无法完全隔离</translation>
    </message>
    <message>
        <source>flat {0}</source>
        <translation>住户 {0}</translation>
    </message>
    <message>
        <source>{0} (by geometry)</source>
        <translation>{0}（按几何推断）</translation>
    </message>
    <message>
        <source>{0} and {1} more</source>
        <translation>{0} 等 {1} 个</translation>
    </message>
    <message>
        <source>{0} flats/spaces affected, {1} elements out</source>
        <translation>影响 {0} 户/空间，{1} 个构件停供</translation>
    </message>
    <message>
        <source>{0} sources, {1} elements, {2} flats/spaces</source>
        <translation>{0} 个水源/电源，{1} 个构件，{2} 户/空间</translation>
    </message>
    <message>
        <source>{0} to operate, {1} flats/spaces affected, {2} elements out</source>
        <translation>需操作 {0} 个设备，影响 {1} 户/空间，{2} 个构件停供</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>…等，另有 {0} 个</translation>
    </message>
</context>
<context>
    <name>NetworkResultsPanel</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy what to close and which flats lose supply, as plain text for a chat</source>
        <translation>复制需关闭的设备和停水住户（纯文本，可粘贴到微信）</translation>
    </message>
    <message>
        <source>Create shut-off work order</source>
        <translation>创建关阀工单</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Flat / room</source>
        <translation>住户 / 房间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation>暂无结果</translation>
    </message>
    <message>
        <source>Remove the result and its highlight</source>
        <translation>清除结果及其高亮</translation>
    </message>
    <message>
        <source>Report a work order with the valves to close and the flats affected</source>
        <translation>创建工单，列出需关闭的阀门和受影响住户</translation>
    </message>
    <message>
        <source>Right-click a pipe, valve, cable or flat to trace or isolate it.</source>
        <translation>右键单击管道、阀门、电缆或住户，即可追溯或隔离。</translation>
    </message>
    <message>
        <source>Save every element of the result to an .xlsx file</source>
        <translation>将结果中的全部构件保存为 .xlsx 文件</translation>
    </message>
    <message>
        <source>Storey</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Zoom to result</source>
        <translation>缩放到结果</translation>
    </message>
    <message>
        <source>… {0} more (all are in the Excel export)</source>
        <translation>… 另有 {0} 个（完整列表见 Excel 导出）</translation>
    </message>
</context>
<context>
    <name>NewIssueDialog</name>
    <message>
        <source>Assignee:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <source>Elements: {0} selected</source>
        <translation>已选构件：{0} 个</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>New review issue</source>
        <translation>新建审查问题</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>优先级：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>comma separated, e.g. 给排水, 泵房</source>
        <translation>用逗号分隔，例如：给排水, 泵房</translation>
    </message>
</context>
<context>
    <name>NoticePage</name>
    <message>
        <source>&amp;Copy the notice</source>
        <translation>复制通知(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Print the notice…</source>
        <translation>打印通知(&amp;P)…</translation>
    </message>
    <message>
        <source>Flats without water ({0}): {1}</source>
        <translation>停水住户（{0} 户）：{1}</translation>
    </message>
    <message>
        <source>Who loses water, and the notice</source>
        <translation>停水范围与停水通知</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>{0}: cancelled</source>
        <translation>{0}：已取消</translation>
    </message>
    <message>
        <source>{0}: done</source>
        <translation>{0}：已完成</translation>
    </message>
    <message>
        <source>{0}: still running</source>
        <translation>{0}：仍在进行中</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>&amp;Operations</source>
        <translation>运营(&amp;O)</translation>
    </message>
    <message>
        <source>Contractor scorecard…</source>
        <translation>外包商月度考核…</translation>
    </message>
    <message>
        <source>Quality checks…</source>
        <translation>品质检查…</translation>
    </message>
    <message>
        <source>Contractors and contracts…</source>
        <translation>外包单位与合同…</translation>
    </message>
</context>
<context>
    <name>OrderButtons</name>
    <message>
        <source>Acceptance…</source>
        <translation>验收…</translation>
    </message>
</context>
<context>
    <name>OrderPage</name>
    <message>
        <source>C&amp;reate the work order</source>
        <translation>生成工单(&amp;R)</translation>
    </message>
    <message>
        <source>Print the &amp;dispatch sheet…</source>
        <translation>打印派工单(&amp;D)…</translation>
    </message>
    <message>
        <source>The shut-off work order</source>
        <translation>关阀工单</translation>
    </message>
    <message>
        <source>Work order {0} created.</source>
        <translation>已生成工单 {0}。</translation>
    </message>
</context>
<context>
    <name>PeopleFeature</name>
    <message>
        <source> and {0} more</source>
        <translation>等 {0} 人</translation>
    </message>
    <message>
        <source>Duty &amp;roster…</source>
        <translation>值班表(&amp;R)…</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>当前值班</translation>
    </message>
    <message>
        <source>On duty: nobody rostered</source>
        <translation>当前值班：未排班</translation>
    </message>
    <message>
        <source>On duty: {0}{1}</source>
        <translation>当前值班：{0}{1}</translation>
    </message>
    <message>
        <source>Staff and &amp;certificates…</source>
        <translation>人员与证书(&amp;C)…</translation>
    </message>
    <message>
        <source>Staff list, teams and certificates due</source>
        <translation>人员名单、班组与到期证书</translation>
    </message>
    <message>
        <source>The month&apos;s duty roster: generate, edit, print</source>
        <translation>本月值班表：生成、编辑、打印</translation>
    </message>
</context>
<context>
    <name>PlanFilters</name>
    <message>
        <source>All systems</source>
        <translation>全部系统</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部班组</translation>
    </message>
    <message>
        <source>Contractors only</source>
        <translation>仅外包单位</translation>
    </message>
    <message>
        <source>In-house and contractors</source>
        <translation>内部班组和外包单位</translation>
    </message>
    <message>
        <source>In-house teams only</source>
        <translation>仅内部班组</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>({0})</source>
        <translation>（{0} 项）</translation>
    </message>
    <message>
        <source>+{0} more</source>
        <translation>另有 {0} 个</translation>
    </message>
    <message>
        <source>; filtered: {0} visit(s), {1:g} h</source>
        <translation>；筛选后 {0} 次，{1:g} 工时</translation>
    </message>
    <message>
        <source>; this month: {0} visit(s), {1:g} h</source>
        <translation>；本月 {0} 次，{1:g} 工时</translation>
    </message>
    <message>
        <source>; {0} over capacity or outside the window</source>
        <translation>；{0} 次超出产能或窗口</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>No plan yet: Planning → Generate plan for year…</source>
        <translation>尚无计划：计划 → 生成年度计划…</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>系统：</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Team / contractor</source>
        <translation>班组/单位</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>班组：</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Week {0}: {1} – {2}</source>
        <translation>第 {0} 周：{1} – {2}</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>执行方：</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已调整</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>{0} plan, assets from {1}: {2} visit(s), {3:g} h in the year</source>
        <translation>{0} 年度计划，设备来自{1}：全年 {2} 次保养，{3:g} 工时</translation>
    </message>
    <message>
        <source>{0} visit(s), {1:g} h</source>
        <translation>{0} 次保养，{1:g} 工时</translation>
    </message>
    <message>
        <source>{0}-{1:02d}</source>
        <translation>{0} 年 {1} 月</translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <source>Lifecycle</source>
        <translation>寿命估算</translation>
    </message>
    <message>
        <source>Maintenance plan</source>
        <translation>保养计划</translation>
    </message>
</context>
<context>
    <name>PlanningController</name>
    <message>
        <source>&amp;Generate plan for year…</source>
        <translation>生成年度计划(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Import edited workbook…</source>
        <translation>导入修改后的计划表(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Planning</source>
        <translation>计划(&amp;P)</translation>
    </message>
    <message>
        <source>Applied {0} change(s) and {1} completion(s)</source>
        <translation>已应用 {0} 处调整和 {1} 条完成记录</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Check a planner&apos;s edited workbook row by row before applying it</source>
        <translation>逐行检查计划员修改过的工作簿，再决定是否应用</translation>
    </message>
    <message>
        <source>Checking {0}</source>
        <translation>正在检查 {0}</translation>
    </message>
    <message>
        <source>Edit &amp;task library…</source>
        <translation>编辑保养任务库(&amp;T)…</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export i&amp;Calendar per team…</source>
        <translation>按班组导出 i&amp;Calendar…</translation>
    </message>
    <message>
        <source>Export plan to Excel</source>
        <translation>导出计划到 Excel</translation>
    </message>
    <message>
        <source>Export to &amp;Excel…</source>
        <translation>导出到 &amp;Excel…</translation>
    </message>
    <message>
        <source>Folder for the iCalendar files</source>
        <translation>iCalendar 文件的保存文件夹</translation>
    </message>
    <message>
        <source>Generate plan</source>
        <translation>生成计划</translation>
    </message>
    <message>
        <source>Import &amp;workday adjustments (调休)…</source>
        <translation>导入调休安排(&amp;W)…</translation>
    </message>
    <message>
        <source>Import edited workbook</source>
        <translation>导入修改后的计划表</translation>
    </message>
    <message>
        <source>Import workday adjustments</source>
        <translation>导入调休安排</translation>
    </message>
    <message>
        <source>Plan a year of preventive maintenance on Chinese working days</source>
        <translation>按中国工作日安排一年的预防性保养</translation>
    </message>
    <message>
        <source>Plan written to {0}</source>
        <translation>计划已写入 {0}</translation>
    </message>
    <message>
        <source>Plan year:</source>
        <translation>计划年份：</translation>
    </message>
    <message>
        <source>Planned {0}: {1} visit(s), {2:g} h, assets from {3}</source>
        <translation>已生成 {0} 年计划：{1} 次保养，{2:g} 工时，设备来自{3}</translation>
    </message>
    <message>
        <source>Planning {0}</source>
        <translation>正在生成 {0} 年计划</translation>
    </message>
    <message>
        <source>Routine tasks per equipment type: recurrence, hours, team</source>
        <translation>各类设备的例行任务：频次、工时、班组</translation>
    </message>
    <message>
        <source>Show the &amp;plan</source>
        <translation>显示计划(&amp;P)</translation>
    </message>
    <message>
        <source>Show the plan calendar panel</source>
        <translation>显示计划日历面板</translation>
    </message>
    <message>
        <source>Task library saved ({0} tasks); generate the plan again to use it</source>
        <translation>任务库已保存（{0} 项任务）；重新生成计划后生效</translation>
    </message>
    <message>
        <source>The State Council&apos;s holiday and adjusted-workday notice (date,kind,name)</source>
        <translation>国务院放假调休通知（date,kind,name）</translation>
    </message>
    <message>
        <source>The plan changed meanwhile; import the workbook again.</source>
        <translation>计划已在此期间改变；请重新导入该工作簿。</translation>
    </message>
    <message>
        <source>Write one .ics file per team or contractor</source>
        <translation>每个班组或外包单位写一个 .ics 文件</translation>
    </message>
    <message>
        <source>Write the plan as a workbook for approval and contractors</source>
        <translation>将计划写成 Excel 工作簿，用于审批和发给外包单位</translation>
    </message>
    <message>
        <source>Writing calendars</source>
        <translation>正在写入日历</translation>
    </message>
    <message>
        <source>Writing {0}</source>
        <translation>正在写入 {0}</translation>
    </message>
    <message>
        <source>the model {0} ({1} assets)</source>
        <translation>模型 {0}（{1} 台设备）</translation>
    </message>
    <message>
        <source>the records database ({0} assets)</source>
        <translation>设备台账数据库（{0} 台设备）</translation>
    </message>
    <message>
        <source>{0} calendar file(s) written to {1}</source>
        <translation>已将 {0} 个日历文件写入 {1}</translation>
    </message>
    <message>
        <source>{0} workday adjustment(s) imported for {1}; generate the plan again</source>
        <translation>已导入 {1} 年的 {0} 条调休安排；请重新生成计划</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Asset</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>验收人</translation>
    </message>
    <message>
        <source>Complete by</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Flats without water</source>
        <translation>停水住户</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>On site by</source>
        <translation>到场时限</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>报修时间</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>报修人</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>住户签字</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>维修人员</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Valves to close</source>
        <translation>需关闭阀门</translation>
    </message>
    <message>
        <source>Work order (dispatch sheet)</source>
        <translation>派工单</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Element</source>
        <translation>构件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>ProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop this operation</source>
        <translation>停止此操作</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>(no maintenance records yet)</source>
        <translation>（暂无维护记录）</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>基本属性</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Double-click to select {0}</source>
        <translation>双击选择 {0}</translation>
    </message>
    <message>
        <source>Elevation</source>
        <translation>标高</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Long name</source>
        <translation>全称</translation>
    </message>
    <message>
        <source>Maintenance records</source>
        <translation>维护记录</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员数</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Predefined type</source>
        <translation>预定义类型</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>属性名</translation>
    </message>
    <message>
        <source>Property sets</source>
        <translation>属性集</translation>
    </message>
    <message>
        <source>Quantities</source>
        <translation>工程量</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空间</translation>
    </message>
    <message>
        <source>Storey</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Type class</source>
        <translation>类型类别</translation>
    </message>
    <message>
        <source>Type name</source>
        <translation>类型名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>QualityChecks</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>Check item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Close (销项)</source>
        <translation>销项</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已销项</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>外包单位</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>New finding…</source>
        <translation>新建检查问题…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待整改</translation>
    </message>
    <message>
        <source>Quality checks</source>
        <translation>品质检查</translation>
    </message>
    <message>
        <source>Recheck failed</source>
        <translation>复核不通过</translation>
    </message>
    <message>
        <source>Recheck passed</source>
        <translation>复核通过</translation>
    </message>
    <message>
        <source>Rechecked</source>
        <translation>已复核</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>Repeated</source>
        <translation>屡查屡犯</translation>
    </message>
    <message>
        <source>Repeated only (屡查屡犯)</source>
        <translation>仅看屡查屡犯</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>整改工单</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>ReadingWarningsFeed</name>
    <message>
        <source>Checking the model</source>
        <translation>正在检查模型</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>读取</translation>
    </message>
</context>
<context>
    <name>RecordsController</name>
    <message>
        <source>Asset card</source>
        <translation>设备卡片</translation>
    </message>
    <message>
        <source>Asset register</source>
        <translation>设备台账</translation>
    </message>
    <message>
        <source>Create or update the asset register from the open model&apos;s equipment</source>
        <translation>根据当前模型中的设备创建或更新设备台账</translation>
    </message>
    <message>
        <source>Find an asset by code</source>
        <translation>按编码查找设备</translation>
    </message>
    <message>
        <source>Import &amp;assets from model</source>
        <translation>从模型导入设备(&amp;A)</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>巡检</translation>
    </message>
    <message>
        <source>Maintenance records</source>
        <translation>维护记录</translation>
    </message>
    <message>
        <source>Opening the records database</source>
        <translation>正在打开记录数据库</translation>
    </message>
    <message>
        <source>Preview the label sheet of the selected assets and print it</source>
        <translation>预览所选设备的标签页并打印</translation>
    </message>
    <message>
        <source>Print &amp;QR labels for selected assets…</source>
        <translation>为所选设备打印二维码标签(&amp;Q)…</translation>
    </message>
    <message>
        <source>Print QR labels with pre&amp;view…</source>
        <translation>预览并打印二维码标签(&amp;V)…</translation>
    </message>
    <message>
        <source>Reconnect to the records database</source>
        <translation>重新连接记录数据库</translation>
    </message>
    <message>
        <source>Records unavailable</source>
        <translation>记录库不可用</translation>
    </message>
    <message>
        <source>Records: opening…</source>
        <translation>记录库：正在打开…</translation>
    </message>
    <message>
        <source>Records: ready</source>
        <translation>记录库：就绪</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Write a PDF or PNG sheet of QR labels for the assets selected in the register</source>
        <translation>为台账中选中的设备生成 PDF 或 PNG 二维码标签页</translation>
    </message>
</context>
<context>
    <name>RecordsLabels</name>
    <message>
        <source>Acceptance record</source>
        <translation>验收记录</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接单</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Breaker</source>
        <translation>断路器</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>合格证</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation>检查井</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派单</translation>
    </message>
    <message>
        <source>Distribution board</source>
        <translation>配电柜</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Fan</source>
        <translation>风机</translation>
    </message>
    <message>
        <source>Faulty</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>发电机</translation>
    </message>
    <message>
        <source>Hidden works</source>
        <translation>隐蔽工程影像</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Hydrant</source>
        <translation>消火栓</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>巡检</translation>
    </message>
    <message>
        <source>Inspection result</source>
        <translation>巡检结果</translation>
    </message>
    <message>
        <source>Junction box</source>
        <translation>接线箱</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>电梯</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>说明书</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>计量表</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>已到场</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Preventive</source>
        <translation>预防性维护</translation>
    </message>
    <message>
        <source>Pump</source>
        <translation>水泵</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>扫码</translation>
    </message>
    <message>
        <source>Rechecked</source>
        <translation>已复核</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>已重开</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>已报修</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>报废</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空间</translation>
    </message>
    <message>
        <source>Sprinkler</source>
        <translation>喷头</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>备用</translation>
    </message>
    <message>
        <source>Tank</source>
        <translation>水箱</translation>
    </message>
    <message>
        <source>Test report</source>
        <translation>检测报告</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>管网追溯</translation>
    </message>
    <message>
        <source>Transformer</source>
        <translation>变压器</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Valve</source>
        <translation>阀门</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>{0} d</source>
        <translation>{0} 天</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} 小时</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} 分钟</translation>
    </message>
</context>
<context>
    <name>ReopenPage</name>
    <message>
        <source>After the repair: reopen in this order</source>
        <translation>维修完成后：按以下顺序恢复供水</translation>
    </message>
    <message>
        <source>Tick each step when it is done.</source>
        <translation>每完成一步请勾选。</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Expected shut-off (hours):</source>
        <translation>预计停水时长（小时）：</translation>
    </message>
    <message>
        <source>Reported at:</source>
        <translation>报修位置：</translation>
    </message>
    <message>
        <source>Type the flat (1-601), a room or an element&apos;s code, or select the leaking element in the 3D view and use it.</source>
        <translation>输入户号（如 1-601）、房间或构件编码，或在三维视图中选中漏水构件后点“使用所选构件”。</translation>
    </message>
    <message>
        <source>Use the selected element</source>
        <translation>使用所选构件</translation>
    </message>
    <message>
        <source>Where is the leak?</source>
        <translation>哪里漏水？</translation>
    </message>
    <message>
        <source>e.g. 1-601</source>
        <translation>例如 1-601</translation>
    </message>
</context>
<context>
    <name>ResultActions</name>
    <message>
        <source>Copied to the clipboard</source>
        <translation>已复制到剪贴板</translation>
    </message>
    <message>
        <source>Create shut-off work order</source>
        <translation>创建关阀工单</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>正在创建…</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation>已保存到 {0}</translation>
    </message>
    <message>
        <source>Work order {0} created</source>
        <translation>已创建工单 {0}</translation>
    </message>
</context>
<context>
    <name>RetryBar</name>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Try again with the fields as they are now</source>
        <translation>按当前填写的内容重新提交</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>&amp;Review</source>
        <translation>审查(&amp;R)</translation>
    </message>
    <message>
        <source>Export BCF…</source>
        <translation>导出 BCF…</translation>
    </message>
    <message>
        <source>Import BCF…</source>
        <translation>导入 BCF…</translation>
    </message>
    <message>
        <source>New issue on selection…</source>
        <translation>在所选构件上新建问题…</translation>
    </message>
    <message>
        <source>Review issues</source>
        <translation>审查问题</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Adding comment</source>
        <translation>正在添加评论</translation>
    </message>
    <message>
        <source>Adding viewpoint</source>
        <translation>正在添加视点</translation>
    </message>
    <message>
        <source>BCF 2.1 (*.bcfzip)</source>
        <translation>BCF 2.1 (*.bcfzip)</translation>
    </message>
    <message>
        <source>BCF 3.0 (*.bcf)</source>
        <translation>BCF 3.0 (*.bcf)</translation>
    </message>
    <message>
        <source>BCF files (*.bcf *.bcfzip)</source>
        <translation>BCF 文件 (*.bcf *.bcfzip)</translation>
    </message>
    <message>
        <source>Changing status</source>
        <translation>正在更改状态</translation>
    </message>
    <message>
        <source>Creating review issue</source>
        <translation>正在创建审查问题</translation>
    </message>
    <message>
        <source>Export BCF</source>
        <translation>导出 BCF</translation>
    </message>
    <message>
        <source>Exported {0} issue(s) to {1}</source>
        <translation>已将 {0} 个问题导出到 {1}</translation>
    </message>
    <message>
        <source>Exporting BCF</source>
        <translation>正在导出 BCF</translation>
    </message>
    <message>
        <source>Import BCF</source>
        <translation>导入 BCF</translation>
    </message>
    <message>
        <source>Imported {0} topic(s) from {1}</source>
        <translation>已从 {1} 导入 {0} 个问题</translation>
    </message>
    <message>
        <source>Importing BCF</source>
        <translation>正在导入 BCF</translation>
    </message>
    <message>
        <source>Loading review issues</source>
        <translation>正在加载审查问题</translation>
    </message>
    <message>
        <source>Loading snapshot</source>
        <translation>正在加载快照</translation>
    </message>
    <message>
        <source>Raising work order</source>
        <translation>正在生成工单</translation>
    </message>
    <message>
        <source>Work order {0} raised from {1}</source>
        <translation>已由 {1} 生成工单 {0}</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>(no snapshot)</source>
        <translation>（无快照）</translation>
    </message>
    <message>
        <source>Add a comment…</source>
        <translation>添加评论…</translation>
    </message>
    <message>
        <source>Add current view</source>
        <translation>添加当前视图</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Assignee: {0}</source>
        <translation>负责人：{0}</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Create an issue on the selected elements with this view</source>
        <translation>以当前视图在所选构件上新建问题</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Due: {0}</source>
        <translation>截止：{0}</translation>
    </message>
    <message>
        <source>Elements: {0}</source>
        <translation>构件：{0} 个</translation>
    </message>
    <message>
        <source>Export BCF…</source>
        <translation>导出 BCF…</translation>
    </message>
    <message>
        <source>Import BCF…</source>
        <translation>导入 BCF…</translation>
    </message>
    <message>
        <source>Labels: {0}</source>
        <translation>标签：{0}</translation>
    </message>
    <message>
        <source>Make work order</source>
        <translation>生成工单</translation>
    </message>
    <message>
        <source>New issue</source>
        <translation>新建问题</translation>
    </message>
    <message>
        <source>No issue chosen</source>
        <translation>未选择问题</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>仅未关闭</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Priority: {0}</source>
        <translation>优先级：{0}</translation>
    </message>
    <message>
        <source>Raise a rework work order (返修) for the builder</source>
        <translation>为施工单位生成返修工单</translation>
    </message>
    <message>
        <source>Restore viewpoint</source>
        <translation>恢复视点</translation>
    </message>
    <message>
        <source>Search number, title, assignee…</source>
        <translation>搜索编号、标题、负责人…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation>状态：{0}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Type: {0}</source>
        <translation>类型：{0}</translation>
    </message>
    <message>
        <source>Work order: {0}</source>
        <translation>工单：{0}</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation>值班表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export for printing…</source>
        <translation>导出打印…</translation>
    </message>
    <message>
        <source>Export the roster</source>
        <translation>导出值班表</translation>
    </message>
    <message>
        <source>Exporting the roster</source>
        <translation>正在导出值班表</translation>
    </message>
    <message>
        <source>Generate from patterns</source>
        <translation>按班制生成</translation>
    </message>
    <message>
        <source>Generating the roster</source>
        <translation>正在生成值班表</translation>
    </message>
    <message>
        <source>Legend: {0}. Red dates are weekends or holidays.</source>
        <translation>图例：{0}。红色日期为周末或节假日。</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>No roster for this month yet: press Generate from patterns.</source>
        <translation>本月尚未排班：请点击“按班制生成”。</translation>
    </message>
    <message>
        <source>Roster written to {0}</source>
        <translation>值班表已保存到 {0}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>roster {0}.xlsx</source>
        <translation>值班表 {0}.xlsx</translation>
    </message>
</context>
<context>
    <name>SecurityController</name>
    <message>
        <source>Audit trail</source>
        <translation>审计追溯</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Sign in as another user…</source>
        <translation>切换用户…</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>正在登录</translation>
    </message>
    <message>
        <source>Single-user mode</source>
        <translation>单用户模式</translation>
    </message>
    <message>
        <source>User: {0} ({1})</source>
        <translation>用户：{0}（{1}）</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Users and roles…</source>
        <translation>用户与角色…</translation>
    </message>
    <message>
        <source>Verify the audit trail…</source>
        <translation>审计追溯校验…</translation>
    </message>
    <message>
        <source>Verifying the audit trail</source>
        <translation>正在校验审计追溯记录</translation>
    </message>
</context>
<context>
    <name>SelectionMirror</name>
    <message>
        <source>(unreadable)</source>
        <translation>（无法读取）</translation>
    </message>
</context>
<context>
    <name>SetBuilderPanel</name>
    <message>
        <source>Add random leaks (medium)</source>
        <translation>添加随机漏点（中等）</translation>
    </message>
    <message>
        <source>Add the selection</source>
        <translation>添加所选构件</translation>
    </message>
    <message>
        <source>Fault: open breakers</source>
        <translation>故障：断开断路器</translation>
    </message>
    <message>
        <source>Identify the element</source>
        <translation>认构件</translation>
    </message>
    <message>
        <source>Leak: close valves</source>
        <translation>漏水：关阀</translation>
    </message>
    <message>
        <source>Locate the element</source>
        <translation>找构件</translation>
    </message>
    <message>
        <source>Pass mark:</source>
        <translation>合格线：</translation>
    </message>
    <message>
        <source>Refresher (months, 0 = none):</source>
        <translation>复训周期（月，0 为不复训）：</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Save the set</source>
        <translation>保存题组</translation>
    </message>
    <message>
        <source>Set name:</source>
        <translation>题组名称：</translation>
    </message>
    <message>
        <source>e.g. 关阀演练</source>
        <translation>例如：关阀演练</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>SettingsFeature</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Certificates (expiry)</source>
        <translation>证书（到期日）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <source>Expires within {0} days or has expired</source>
        <translation>{0} 天内到期或已过期</translation>
    </message>
    <message>
        <source>Import staff list</source>
        <translation>导入人员名单</translation>
    </message>
    <message>
        <source>Import staff list…</source>
        <translation>导入人员名单…</translation>
    </message>
    <message>
        <source>Importing the staff list</source>
        <translation>正在导入人员名单</translation>
    </message>
    <message>
        <source>Line {0}: {1}</source>
        <translation>第 {0} 行：{1}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>No certificate expires within {0} days.</source>
        <translation>{0} 天内没有到期的证书。</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Shift pattern</source>
        <translation>班制</translation>
    </message>
    <message>
        <source>Staff and certificates</source>
        <translation>人员与证书</translation>
    </message>
    <message>
        <source>Staff list</source>
        <translation>人员名单</translation>
    </message>
    <message>
        <source>Staff list (*.xlsx *.csv)</source>
        <translation>人员名单 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>own staff</source>
        <translation>本单位</translation>
    </message>
    <message>
        <source>{0} added, {1} updated, {2} unchanged.</source>
        <translation>新增 {0} 人，更新 {1} 人，未变 {2} 人。</translation>
    </message>
    <message>
        <source>{0} certificates expire within {1} days or have expired (in red).</source>
        <translation>有 {0} 个证书将在 {1} 天内到期或已过期（红色标出）。</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source> (from cache)</source>
        <translation>（来自缓存）</translation>
    </message>
    <message>
        <source>+{0} more</source>
        <translation>另有 {0} 个</translation>
    </message>
    <message>
        <source>; {0} element(s) without geometry, see Problems</source>
        <translation>；{0} 个构件没有几何，详见“问题”面板</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Could not open the model: {0}</source>
        <translation>无法打开模型：{0}</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>数据库：{0}</translation>
    </message>
    <message>
        <source>Loading the 3D geometry of {0}…</source>
        <translation>正在加载 {0} 的三维几何…</translation>
    </message>
    <message>
        <source>Meshing</source>
        <translation>生成网格</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>未打开模型</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>未选择构件</translation>
    </message>
    <message>
        <source>Opened {0} in {1:.1f} s</source>
        <translation>已打开 {0}，用时 {1:.1f} 秒</translation>
    </message>
    <message>
        <source>Opening cancelled</source>
        <translation>已取消打开</translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation>正在打开 {0}…</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Selected: {0} ({1})</source>
        <translation>已选择：{0}（{1}）</translation>
    </message>
    <message>
        <source>Stop opening the model</source>
        <translation>停止打开模型</translation>
    </message>
    <message>
        <source>{0} · {1} · {2} elements</source>
        <translation>{0} · {1} · {2} 个构件</translation>
    </message>
</context>
<context>
    <name>TaskLibraryDialog</name>
    <message>
        <source>Add task</source>
        <translation>添加任务</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Contractor (yes/empty)</source>
        <translation>外包（yes/空）</translation>
    </message>
    <message>
        <source>Equipment type (IFC class)</source>
        <translation>设备类型（IFC 类）</translation>
    </message>
    <message>
        <source>Export task library</source>
        <translation>导出任务库</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Fixed / floating</source>
        <translation>固定/浮动</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>频次</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Import task library</source>
        <translation>导入任务库</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Nothing saved: {0}</source>
        <translation>未保存：{0}</translation>
    </message>
    <message>
        <source>Predefined type</source>
        <translation>预定义类型</translation>
    </message>
    <message>
        <source>Recurrence (RRULE)</source>
        <translation>重复规则（RRULE）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Reset to shipped</source>
        <translation>恢复内置任务库</translation>
    </message>
    <message>
        <source>Row {0}</source>
        <translation>第 {0} 行</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Task library</source>
        <translation>保养任务库</translation>
    </message>
    <message>
        <source>Team / skill</source>
        <translation>班组/工种</translation>
    </message>
    <message>
        <source>Window %</source>
        <translation>窗口 %</translation>
    </message>
    <message>
        <source>the department&apos;s own library</source>
        <translation>本部门的任务库</translation>
    </message>
    <message>
        <source>the shipped library</source>
        <translation>内置任务库</translation>
    </message>
    <message>
        <source>{0} task(s) from {1} ({2})</source>
        <translation>{0} 项任务，来自{1}（{2}）</translation>
    </message>
    <message>
        <source>{0}: task code {1} is used twice; rename one.</source>
        <translation>{0}：任务代码 {1} 重复；请改名。</translation>
    </message>
</context>
<context>
    <name>TourPlayer</name>
    <message>
        <source>Document: {0}</source>
        <translation>资料：{0}</translation>
    </message>
    <message>
        <source>Stop {0} of {1}</source>
        <translation>第 {0} 站 / 共 {1} 站</translation>
    </message>
    <message>
        <source>{0} element(s) of this stop are not in this revision of the model.</source>
        <translation>本站有 {0} 个构件不在当前版本的模型中。</translation>
    </message>
</context>
<context>
    <name>TourSidePanel</name>
    <message>
        <source>Back to the tour</source>
        <translation>回到巡览</translation>
    </message>
    <message>
        <source>Leave the tour</source>
        <translation>退出巡览</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一站 ▶</translation>
    </message>
    <message>
        <source>Walk freely: W/A/S/D, drag to look</source>
        <translation>自由漫游：W/A/S/D 移动，拖动鼠标环视</translation>
    </message>
    <message>
        <source>Walk here</source>
        <translation>在此漫游</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一站</translation>
    </message>
</context>
<context>
    <name>ToursPanel</name>
    <message>
        <source>Add stop from the view</source>
        <translation>以当前视图添加一站</translation>
    </message>
    <message>
        <source>Attached: {0}</source>
        <translation>已附：{0}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>No photo attached</source>
        <translation>未附照片</translation>
    </message>
    <message>
        <source>Photo or document…</source>
        <translation>照片或资料…</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Record a tour</source>
        <translation>录制巡览</translation>
    </message>
    <message>
        <source>Remove stop</source>
        <translation>删除该站</translation>
    </message>
    <message>
        <source>Save tour</source>
        <translation>保存巡览</translation>
    </message>
    <message>
        <source>Saves the camera, hidden elements, x-ray, section and the selection</source>
        <translation>保存相机、隐藏构件、透视、剖切和选中的构件</translation>
    </message>
    <message>
        <source>Stop title:</source>
        <translation>站点标题：</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Tour title:</source>
        <translation>巡览标题：</translation>
    </message>
    <message>
        <source>Tours of this model</source>
        <translation>本模型的巡览</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>试播</translation>
    </message>
    <message>
        <source>e.g. 地下一层水泵房</source>
        <translation>例如：地下一层水泵房</translation>
    </message>
    <message>
        <source>e.g. 泵房与管井</source>
        <translation>例如：泵房与管井</translation>
    </message>
</context>
<context>
    <name>TrainerPanel</name>
    <message>
        <source>Add trainee…</source>
        <translation>添加学员…</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>最高分</translation>
    </message>
    <message>
        <source>Certificate…</source>
        <translation>证书…</translation>
    </message>
    <message>
        <source>Drill set</source>
        <translation>题组</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最近</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Refresher due</source>
        <translation>复训到期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>refresher due</source>
        <translation>需要复训</translation>
    </message>
    <message>
        <source>refresher due soon</source>
        <translation>即将需要复训</translation>
    </message>
</context>
<context>
    <name>TrainingFeature</name>
    <message>
        <source>&amp;Drills</source>
        <translation>演练(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Random leak drill</source>
        <translation>随机漏水演练(&amp;R)</translation>
    </message>
    <message>
        <source>Add trainee</source>
        <translation>添加学员</translation>
    </message>
    <message>
        <source>Adding the trainee</source>
        <translation>正在添加学员</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Certificate written to {0}</source>
        <translation>证书已写入 {0}</translation>
    </message>
    <message>
        <source>Choosing a leak</source>
        <translation>正在选择漏点</translation>
    </message>
    <message>
        <source>Delete this tour for everyone?</source>
        <translation>确定为所有人删除这个巡览吗？</translation>
    </message>
    <message>
        <source>Delete tour</source>
        <translation>删除巡览</translation>
    </message>
    <message>
        <source>Deleting the tour</source>
        <translation>正在删除巡览</translation>
    </message>
    <message>
        <source>Drill sets</source>
        <translation>演练题组</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Export tour</source>
        <translation>导出巡览</translation>
    </message>
    <message>
        <source>Exporting the tour</source>
        <translation>正在导出巡览</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>从文件选择…</translation>
    </message>
    <message>
        <source>From the archive:</source>
        <translation>从档案中选择：</translation>
    </message>
    <message>
        <source>Give the tour a title first.</source>
        <translation>请先填写巡览标题。</translation>
    </message>
    <message>
        <source>Guided &amp;tours</source>
        <translation>设备巡览(&amp;T)</translation>
    </message>
    <message>
        <source>Import tour</source>
        <translation>导入巡览</translation>
    </message>
    <message>
        <source>Imported {0} ({1} stops).</source>
        <translation>已导入 {0}（{1} 站）。</translation>
    </message>
    <message>
        <source>Importing the tour</source>
        <translation>正在导入巡览</translation>
    </message>
    <message>
        <source>Loading training records</source>
        <translation>正在读取培训记录</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Opening the tour</source>
        <translation>正在打开巡览</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Photo or document</source>
        <translation>照片或资料</translation>
    </message>
    <message>
        <source>Photos and documents (*.png *.jpg *.jpeg *.pdf);;All files (*)</source>
        <translation>照片和资料 (*.png *.jpg *.jpeg *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading the archive</source>
        <translation>正在读取档案</translation>
    </message>
    <message>
        <source>Saving the tour</source>
        <translation>正在保存巡览</translation>
    </message>
    <message>
        <source>T&amp;raining</source>
        <translation>培训(&amp;R)</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>班组：</translation>
    </message>
    <message>
        <source>Tour with photos (*.fmtour);;Tour as JSON (*.json)</source>
        <translation>含照片的巡览 (*.fmtour);;JSON 巡览 (*.json)</translation>
    </message>
    <message>
        <source>Tour written to {0}</source>
        <translation>巡览已写入 {0}</translation>
    </message>
    <message>
        <source>Tour {0} saved.</source>
        <translation>巡览 {0} 已保存。</translation>
    </message>
    <message>
        <source>Tours</source>
        <translation>巡览</translation>
    </message>
    <message>
        <source>Tours (*.fmtour *.json);;All files (*)</source>
        <translation>巡览 (*.fmtour *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Trainees and &amp;progress</source>
        <translation>学员与进度(&amp;P)</translation>
    </message>
    <message>
        <source>Writing the certificate</source>
        <translation>正在生成证书</translation>
    </message>
    <message>
        <source>{0} element(s) are not in this model.</source>
        <translation>有 {0} 个构件不在本模型中。</translation>
    </message>
</context>
<context>
    <name>UpstreamPage</name>
    <message>
        <source>Fed from: {0}</source>
        <translation>水源：{0}</translation>
    </message>
    <message>
        <source>Upstream: from the source to the leak</source>
        <translation>上游追溯：从水源到漏水点</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Adding a user</source>
        <translation>正在添加用户</translation>
    </message>
    <message>
        <source>Changing a user</source>
        <translation>正在修改用户</translation>
    </message>
    <message>
        <source>Disable / enable selected</source>
        <translation>停用 / 启用所选用户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>No users yet: everything is allowed. The first user must be an admin.</source>
        <translation>尚无用户：所有操作都允许。第一个用户必须是管理员。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>已保存：{0}</translation>
    </message>
    <message>
        <source>Select a user first.</source>
        <translation>请先选择一个用户。</translation>
    </message>
    <message>
        <source>Set password of selected</source>
        <translation>为所选用户设置密码</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>用户与角色</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可不填</translation>
    </message>
</context>
<context>
    <name>ValvesPage</name>
    <message>
        <source>Drawing the valves…</source>
        <translation>正在绘制阀门位置图…</translation>
    </message>
    <message>
        <source>Show the valves in the 3D view</source>
        <translation>在三维视图中显示阀门</translation>
    </message>
    <message>
        <source>The valves cannot fully isolate this leak: call the engineer on duty.</source>
        <translation>阀门无法完全隔离此处漏水，请联系值班工程师。</translation>
    </message>
    <message>
        <source>Valves to close, in this order</source>
        <translation>按以下顺序关闭阀门</translation>
    </message>
</context>
<context>
    <name>ViewActions</name>
    <message>
        <source>Cannot write {0}: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
    </message>
    <message>
        <source>Export screenshot</source>
        <translation>导出截图</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Screenshot saved to {0}</source>
        <translation>截图已保存到 {0}</translation>
    </message>
    <message>
        <source>Walk mode: W/A/S/D or arrows to move, drag to look, Esc to leave</source>
        <translation>漫游模式：W/A/S/D 或方向键移动，拖动鼠标环顾，Esc 退出</translation>
    </message>
</context>
<context>
    <name>ViewHost</name>
    <message>
        <source>Preparing the 3D view…</source>
        <translation>正在准备三维视图…</translation>
    </message>
</context>
<context>
    <name>ViewpointSlots</name>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Save viewpoint</source>
        <translation>保存视点</translation>
    </message>
    <message>
        <source>Viewpoint {0}</source>
        <translation>视点 {0}</translation>
    </message>
</context>
<context>
    <name>ViewpointsPanel</name>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Save the current camera as a named viewpoint</source>
        <translation>将当前相机保存为命名视点</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>保存视点</translation>
    </message>
</context>
<context>
    <name>WorkOrderBoard</name>
    <message>
        <source>All systems</source>
        <translation>全部系统</translation>
    </message>
    <message>
        <source>Asset / space</source>
        <translation>设备 / 空间</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Due {0}</source>
        <translation>期限 {0}</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Orders I reported or am assigned to</source>
        <translation>我报修或由我处理的工单</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅超时</translation>
    </message>
    <message>
        <source>Overdue {0}</source>
        <translation>超时 {0}</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
</context>
<context>
    <name>WorkOrderDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Asset code</source>
        <translation>设备编码</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Assignee: {0}</source>
        <translation>处理人：{0}</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>添加佐证</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证</translation>
    </message>
    <message>
        <source>New work order</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>Next deadline: {0}</source>
        <translation>下一期限：{0}</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>No technician is registered yet.</source>
        <translation>尚未登记维修人员。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Overdue by {0}</source>
        <translation>已超时 {0}</translation>
    </message>
    <message>
        <source>Photos and videos (*.jpg *.jpeg *.png *.mp4 *.mov);;All files (*)</source>
        <translation>照片和视频 (*.jpg *.jpeg *.png *.mp4 *.mov);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Priority: {0}</source>
        <translation>优先级：{0}</translation>
    </message>
    <message>
        <source>Rated {0}/5</source>
        <translation>评分 {0}/5</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>提交报修</translation>
    </message>
    <message>
        <source>Report a fault</source>
        <translation>报修</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>报修人</translation>
    </message>
    <message>
        <source>Resident satisfaction (1–5)</source>
        <translation>住户满意度（1–5）</translation>
    </message>
    <message>
        <source>Save rating</source>
        <translation>保存评分</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空间</translation>
    </message>
    <message>
        <source>Suggested: {0} ({1})</source>
        <translation>建议派给：{0}（{1}）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>What is wrong, in a few words</source>
        <translation>简要描述问题</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>has the skill</source>
        <translation>技能匹配</translation>
    </message>
    <message>
        <source>lacks the skill</source>
        <translation>技能不匹配</translation>
    </message>
    <message>
        <source>on or based at this storey</source>
        <translation>在该楼层或常驻该楼层</translation>
    </message>
    <message>
        <source>{0} open order(s)</source>
        <translation>在办工单 {0} 张</translation>
    </message>
    <message>
        <source>→ {0}</source>
        <translation>→ {0}</translation>
    </message>
</context>
</TS>
